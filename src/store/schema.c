/*
** Opening the store, its versioned schema and SQLite error messages.
**
** The schema version lives in PRAGMA user_version. aMigration[k] turns a
** version-k store into version k+1; each runs in its own IMMEDIATE
** transaction together with the version bump, so a crash or kill during a
** migration leaves the store at the old version, never half-migrated. New
** schema changes are new entries at the end: never edit a shipped one, since
** stores in the field were built by it. docs/store.md describes the tables.
*/
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const aMigration[STORE_SCHEMA_VERSION] = {
    /* 0 -> 1: documents, their parts, merged events, mentions, judgments */
    "CREATE TABLE documents(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  hash TEXT NOT NULL UNIQUE,\n"          /* SHA-256 of the bytes: idempotent ingest */
    "  path TEXT NOT NULL,\n"
    "  title TEXT, pubdate TEXT, date_source TEXT,\n"
    "  type TEXT NOT NULL,\n"                 /* 'report' (numbered notes) or 'wire' */
    "  nbytes INTEGER NOT NULL,\n"
    "  nsentences INTEGER NOT NULL,\n"        /* counts let a check prove a document is whole */
    "  nmentions INTEGER NOT NULL,\n"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));\n"
    "CREATE INDEX documents_path ON documents(path);\n"
    "CREATE TABLE sentences(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  i INTEGER NOT NULL, byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL, notes TEXT,\n"
    "  UNIQUE(doc_id, i));\n"
    "CREATE TABLE notes(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  n INTEGER NOT NULL, text TEXT NOT NULL,\n"
    "  UNIQUE(doc_id, n));\n"
    "CREATE TABLE urls(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,\n"
    "  url TEXT NOT NULL, domain TEXT);\n"
    "CREATE INDEX urls_note ON urls(note_id);\n"
    "CREATE INDEX urls_domain ON urls(domain);\n"
    "CREATE TABLE events(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  date TEXT,\n"
    "  source TEXT NOT NULL, source_country TEXT, source_org TEXT, source_role TEXT,\n"
    "  target TEXT NOT NULL, target_country TEXT, target_org TEXT, target_role TEXT,\n"
    "  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT,\n"
    "  negated INTEGER NOT NULL,\n"
    "  asserted INTEGER NOT NULL);\n"         /* 1: fact/reported, 0: a judgment about it */
    /* the merge rule (docs/store.md): one event per key; undated events never merge */
    "CREATE UNIQUE INDEX events_key ON events(date, source, target, code, negated, asserted)\n"
    "  WHERE date IS NOT NULL;\n"
    "CREATE INDEX events_dyad ON events(source, target, date);\n"
    "CREATE TABLE mentions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  event_id INTEGER NOT NULL REFERENCES events(id),\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,\n"
    "  ord INTEGER NOT NULL,\n"
    "  date_text TEXT, source_text TEXT, target_text TEXT, verb TEXT,\n"
    "  mood TEXT NOT NULL, hedge TEXT, p_low REAL, p_high REAL, due TEXT,\n"
    "  loc_name TEXT, loc_country TEXT, notes TEXT, sources TEXT, url TEXT);\n"
    "CREATE INDEX mentions_event ON mentions(event_id);\n"
    "CREATE INDEX mentions_doc ON mentions(doc_id);\n"
    "CREATE TABLE judgments(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,\n"
    "  author TEXT NOT NULL, mood TEXT NOT NULL, hedge TEXT, p_low REAL, p_high REAL,\n"
    "  due TEXT, subject TEXT NOT NULL, text TEXT NOT NULL,\n"
    "  key TEXT NOT NULL,\n"                  /* same statement across versions of a document */
    "  outcome INTEGER, resolved_at TEXT);\n"
    "CREATE INDEX judgments_due ON judgments(due);\n"
    "CREATE INDEX judgments_doc ON judgments(doc_id);\n",

    /* 1 -> 2: full-text search over sentences, watch alerts. Ingest indexes
    ** each sentence it inserts itself: an AFTER INSERT trigger would run the
    ** FTS5 insert inside a statement savepoint, which makes FTS5 flush its
    ** pending terms to disk for every row (about 10 times slower; bench/).
    ** Deletions go through a trigger, so no way of removing a sentence can
    ** leave the index pointing at it. */
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',\n"
    "  tokenize='porter unicode61 remove_diacritics 2');\n"
    "CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN\n"
    "  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END;\n"
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');\n"
    "CREATE TABLE alerts(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  rule TEXT NOT NULL, kind TEXT NOT NULL, scope TEXT NOT NULL, series TEXT NOT NULL,\n"
    "  day_start TEXT NOT NULL, day_end TEXT NOT NULL,\n"
    "  value REAL, threshold REAL, message TEXT NOT NULL,\n"
    "  raised_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),\n"
    "  UNIQUE(rule, series, day_end));\n"
    /* no foreign key to events: an alert records what was seen when it was
    ** raised, and keeps its summary when a document's new version drops an event */
    "CREATE TABLE alert_events(\n"
    "  alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,\n"
    "  event_id INTEGER NOT NULL, date TEXT, summary TEXT NOT NULL,\n"
    "  PRIMARY KEY(alert_id, event_id)) WITHOUT ROWID;\n",

    /* 2 -> 3: no query reads events by (source, target, date) -- the actor
    ** filters of query and watch are prefix tests -- or URLs by domain, so
    ** those two indexes only cost every insert (about 2 % of storing) */
    "DROP INDEX events_dyad;\n"
    "DROP INDEX urls_domain;\n",

    /* 3 -> 4: replacing a document deletes its sentences and mentions, and
    ** the ON DELETE CASCADE of mentions.sentence_id and judgments.mention_id
    ** then looks up the child rows of each deleted row: without an index,
    ** a scan of all mentions per sentence and of all judgments per mention
    ** (bench/replace.sh: a replacement cost 0.58 s of CPU in a store of
    ** 1,500 documents and 1.88 s at 6,000, against 0.14 s for an addition).
    ** Deleting the children first by doc_id does not help: with foreign keys
    ** on, SQLite runs the cascade's lookup for every deleted parent row,
    ** whether or not children are left. */
    "CREATE INDEX mentions_sentence ON mentions(sentence_id);\n"
    "CREATE INDEX judgments_mention ON judgments(mention_id);\n",

    /* 4 -> 5: a mention's notes, cited domains and first URL were copies of
    ** what its sentence row and the notes and urls tables hold (the coder
    ** gives an event the notes of its sentence), and its doc_id that of its
    ** sentence; the queries derive them. Without doc_id, mentions need no
    ** index on it: a document's mentions go with its sentences (the
    ** cascade of sentence_id, under mentions_sentence), and of the three
    ** indexes under every mention row one is left to maintain besides
    ** those two (docs/store.md, Cost). SQLite cannot drop a column with a
    ** foreign key, so the table is rebuilt; store_migrate() runs migrations
    ** with foreign keys off (DROP TABLE would otherwise delete through the
    ** judgments' cascade) and checks them before the commit. Last, an index
    ** no query reads. */
    "CREATE TABLE mentions_v5(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  event_id INTEGER NOT NULL REFERENCES events(id),\n"
    "  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,\n"
    "  ord INTEGER NOT NULL,\n"
    "  date_text TEXT, source_text TEXT, target_text TEXT, verb TEXT,\n"
    "  mood TEXT NOT NULL, hedge TEXT, p_low REAL, p_high REAL, due TEXT,\n"
    "  loc_name TEXT, loc_country TEXT);\n"
    "INSERT INTO mentions_v5 SELECT id, event_id, sentence_id, ord, date_text, source_text, target_text, verb,\n"
    "  mood, hedge, p_low, p_high, due, loc_name, loc_country FROM mentions;\n"
    "DROP TABLE mentions;\n"
    "ALTER TABLE mentions_v5 RENAME TO mentions;\n"
    "CREATE INDEX mentions_event ON mentions(event_id);\n"
    "CREATE INDEX mentions_sentence ON mentions(sentence_id);\n"
    /* no query reads judgments by due date: forecasts --due-before filters
    ** with "?1 IS NULL OR due < ?1" and sorts, which scans the table */
    "DROP INDEX judgments_due;\n",

    /* 5 -> 6: the full-text index keeps no token count per sentence
    ** (columnsize=0): a row of sentences_fts_docsize per sentence stored was
    ** 6 % of storing's instructions, and bm25() only needs the counts of the
    ** rows a search returns, which FTS5 then takes by tokenizing their text
    ** (the same ranking, docs/store.md "Cost"). An FTS5 table's options are
    ** fixed when it is made, so it is made again and rebuilt from the
    ** sentences; the delete trigger on sentences names it and stays. */
    "DROP TABLE sentences_fts;\n"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',\n"
    "  tokenize='porter unicode61 remove_diacritics 2', columnsize=0);\n"
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');\n",

    /* 6 -> 7: who the text says told a reported event ("Ukraine's military
    ** said ...", "..., according to Amnesty"): the reporter's actor code per
    ** mention, NULL for facts, judgments and unnamed speakers. Older
    ** mentions keep NULL: their documents were coded before the coder named
    ** reporters (the same bytes again change nothing; a new version of a
    ** document is coded afresh). */
    "ALTER TABLE mentions ADD COLUMN reporter TEXT;\n",
};

/* A new store is made at the current version in one step: the same tables
** and indexes the migrations above leave, with the same columns in the same
** order (tests/unit/test_store.c compares the two). Running the chain costs
** a new store more than the whole schema: each ALTER TABLE ... DROP COLUMN
** of a column re-reads and checks the schema (6 M instructions each, 1 %
** of what storing the 300 documents of bench/pipeline.sh costs). */
static const char zSchema[] =
    "CREATE TABLE documents(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  hash TEXT NOT NULL UNIQUE,\n"
    "  path TEXT NOT NULL,\n"
    "  title TEXT, pubdate TEXT, date_source TEXT,\n"
    "  type TEXT NOT NULL,\n"
    "  nbytes INTEGER NOT NULL,\n"
    "  nsentences INTEGER NOT NULL,\n"
    "  nmentions INTEGER NOT NULL,\n"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));\n"
    "CREATE INDEX documents_path ON documents(path);\n"
    "CREATE TABLE sentences(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  i INTEGER NOT NULL, byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL, notes TEXT,\n"
    "  UNIQUE(doc_id, i));\n"
    "CREATE TABLE notes(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  n INTEGER NOT NULL, text TEXT NOT NULL,\n"
    "  UNIQUE(doc_id, n));\n"
    "CREATE TABLE urls(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,\n"
    "  url TEXT NOT NULL, domain TEXT);\n"
    "CREATE INDEX urls_note ON urls(note_id);\n"
    "CREATE TABLE events(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  date TEXT,\n"
    "  source TEXT NOT NULL, source_country TEXT, source_org TEXT, source_role TEXT,\n"
    "  target TEXT NOT NULL, target_country TEXT, target_org TEXT, target_role TEXT,\n"
    "  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT,\n"
    "  negated INTEGER NOT NULL,\n"
    "  asserted INTEGER NOT NULL);\n"
    "CREATE UNIQUE INDEX events_key ON events(date, source, target, code, negated, asserted)\n"
    "  WHERE date IS NOT NULL;\n"
    "CREATE TABLE mentions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  event_id INTEGER NOT NULL REFERENCES events(id),\n"
    "  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,\n"
    "  ord INTEGER NOT NULL,\n"
    "  date_text TEXT, source_text TEXT, target_text TEXT, verb TEXT,\n"
    "  mood TEXT NOT NULL, hedge TEXT, p_low REAL, p_high REAL, due TEXT,\n"
    "  loc_name TEXT, loc_country TEXT, reporter TEXT);\n"
    "CREATE INDEX mentions_event ON mentions(event_id);\n"
    "CREATE INDEX mentions_sentence ON mentions(sentence_id);\n"
    "CREATE TABLE judgments(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,\n"
    "  author TEXT NOT NULL, mood TEXT NOT NULL, hedge TEXT, p_low REAL, p_high REAL,\n"
    "  due TEXT, subject TEXT NOT NULL, text TEXT NOT NULL,\n"
    "  key TEXT NOT NULL,\n"
    "  outcome INTEGER, resolved_at TEXT);\n"
    "CREATE INDEX judgments_doc ON judgments(doc_id);\n"
    "CREATE INDEX judgments_mention ON judgments(mention_id);\n"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',\n"
    "  tokenize='porter unicode61 remove_diacritics 2', columnsize=0);\n"
    "CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN\n"
    "  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END;\n"
    "CREATE TABLE alerts(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  rule TEXT NOT NULL, kind TEXT NOT NULL, scope TEXT NOT NULL, series TEXT NOT NULL,\n"
    "  day_start TEXT NOT NULL, day_end TEXT NOT NULL,\n"
    "  value REAL, threshold REAL, message TEXT NOT NULL,\n"
    "  raised_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),\n"
    "  UNIQUE(rule, series, day_end));\n"
    "CREATE TABLE alert_events(\n"
    "  alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,\n"
    "  event_id INTEGER NOT NULL, date TEXT, summary TEXT NOT NULL,\n"
    "  PRIMARY KEY(alert_id, event_id)) WITHOUT ROWID;\n";

int store_error(sqlite3 *db, int rc, const char *zPath, const char *zWhat, tocsin_error *pErr) {
  const char *zMsg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_NOMEM:
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory while %s", zPath, zWhat);
      return TOCSIN_ENOMEM;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
              "%s: the store is locked by another process while %s (%s); nothing was written; "
              "try again when the other tocsin command has finished",
              zPath, zWhat, zMsg);
      break;
    case SQLITE_NOTADB:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
              "%s: not a tocsin store: not an SQLite database, or its header is corrupt (%s, while %s); "
              "give another --db path, or restore the store from a backup",
              zPath, zMsg, zWhat);
      break;
    case SQLITE_CORRUPT:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
              "%s: the store is corrupt (%s, while %s); check it with sqlite3 '%s' 'PRAGMA integrity_check', "
              "then restore it from a backup or re-ingest the documents into a new store",
              zPath, zMsg, zWhat, zPath);
      break;
    case SQLITE_CANTOPEN:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
              "%s: cannot open the store (%s, while %s); does its directory exist and can you write to it?",
              zPath, zMsg, zWhat);
      break;
    case SQLITE_READONLY:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
              "%s: the store cannot be written (%s, while %s); check the permissions of the file, its "
              "-wal and -shm files and its directory",
              zPath, zMsg, zWhat);
      break;
    case SQLITE_FULL:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
              "%s: the disk is full (while %s); nothing of the current document was written; free space "
              "and run the command again",
              zPath, zWhat);
      break;
    default:
      err_set(pErr, TOCSIN_ESTORE, (size_t)-1, "%s: SQLite error while %s: %s", zPath, zWhat, zMsg);
  }
  return TOCSIN_ESTORE;
}

int store_oom(tocsin_error *pErr) {
  err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
  return TOCSIN_ENOMEM;
}

int store_exec(tocsin_store *p, const char *zSql, const char *zWhat, tocsin_error *pErr) {
  int rc = sqlite3_exec(p->db, zSql, NULL, NULL, NULL);
  return rc == SQLITE_OK ? TOCSIN_OK : store_error(p->db, rc, p->zPath, zWhat, pErr);
}

int store_rows(tocsin_store *p, sqlite3_stmt *pStmt, tocsin_row_fn xRow, void *pArg, const char *zWhat,
               tocsin_error *pErr) {
  int nCol = sqlite3_column_count(pStmt);
  /* one allocation for the three per-column arrays, sized by this statement */
  size_t nPtr = nCol > 0 ? (size_t)nCol : 1;
  const char **az = malloc(nPtr * 2 * sizeof(char *) + nPtr * sizeof(int));
  if (!az) {
    sqlite3_finalize(pStmt);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory while %s", zWhat);
    return TOCSIN_ENOMEM;
  }
  const char **azCol = az, **azVal = az + nPtr;
  int *aType = (int *)(az + 2 * nPtr);
  for (int i = 0; i < nCol; i++) azCol[i] = sqlite3_column_name(pStmt, i);
  int rc;
  while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
    for (int i = 0; i < nCol; i++) {
      int t = sqlite3_column_type(pStmt, i);
      aType[i] = t == SQLITE_NULL      ? TOCSIN_COL_NULL
                 : t == SQLITE_INTEGER ? TOCSIN_COL_INT
                 : t == SQLITE_FLOAT   ? TOCSIN_COL_FLOAT
                                       : TOCSIN_COL_TEXT;
      azVal[i] = (const char *)sqlite3_column_text(pStmt, i);
      if (!azVal[i] && t != SQLITE_NULL) {
        rc = SQLITE_NOMEM;
        break;
      }
    }
    if (rc == SQLITE_NOMEM) break;
    tocsin_row row = {nCol, azCol, azVal, aType};
    if (xRow && xRow(pArg, &row)) {
      rc = SQLITE_DONE;
      break;
    }
  }
  int r = TOCSIN_OK;
  if (rc != SQLITE_DONE) r = store_error(p->db, rc, p->zPath, zWhat, pErr);
  sqlite3_finalize(pStmt);
  free(az);
  return r;
}

/* Reads PRAGMA user_version; SQLite result code. */
static int user_version(sqlite3 *db, int *pV) {
  sqlite3_stmt *pStmt;
  int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &pStmt, NULL);
  if (rc != SQLITE_OK) return rc;
  rc = sqlite3_step(pStmt);
  if (rc == SQLITE_ROW) {
    *pV = sqlite3_column_int(pStmt, 0);
    rc = SQLITE_OK;
  }
  sqlite3_finalize(pStmt);
  return rc;
}

/* PRAGMA foreign_key_check inside a migration's transaction: SQLITE_OK when
** every reference holds, else SQLITE_CONSTRAINT_FOREIGNKEY. */
static int foreign_keys_hold(sqlite3 *db) {
  sqlite3_stmt *pStmt;
  int rc = sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &pStmt, NULL);
  if (rc != SQLITE_OK) return rc;
  rc = sqlite3_step(pStmt);
  rc = rc == SQLITE_DONE ? SQLITE_OK : rc == SQLITE_ROW ? SQLITE_CONSTRAINT_FOREIGNKEY : rc;
  sqlite3_finalize(pStmt);
  return rc;
}

/* One migration step per transaction, up to version iTarget. */
static int migrate_steps(sqlite3 *db, const char *zPath, int iTarget, tocsin_error *pErr) {
  for (;;) {
    int v = 0;
    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    /* re-read under the write lock: another process may have migrated meanwhile */
    if (rc == SQLITE_OK) rc = user_version(db, &v);
    if (rc != SQLITE_OK) {
      sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
      return store_error(db, rc, zPath, "upgrading the store's schema", pErr);
    }
    if (v >= iTarget) return sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK
                                 ? TOCSIN_OK
                                 : store_error(db, sqlite3_errcode(db), zPath, "upgrading the schema", pErr);
    /* a new store gets the current schema at once, an older one the next step */
    int bNew = v == 0 && iTarget == STORE_SCHEMA_VERSION;
    char zBump[64];
    snprintf(zBump, sizeof zBump, "PRAGMA user_version=%d", bNew ? iTarget : v + 1);
    rc = sqlite3_exec(db, bNew ? zSchema : aMigration[v], NULL, NULL, NULL);
    if (rc == SQLITE_OK && !bNew) rc = foreign_keys_hold(db);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, zBump, NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
      char zWhat[96];
      snprintf(zWhat, sizeof zWhat, "upgrading the schema from version %d to %d (store left at %d)", v,
               bNew ? iTarget : v + 1, v);
      store_error(db, rc, zPath, zWhat, pErr);
      sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
      return pErr ? pErr->code : TOCSIN_ESTORE;
    }
  }
}

int store_migrate(sqlite3 *db, const char *zPath, int iTarget, tocsin_error *pErr) {
  /* Migrations run with foreign keys off, as SQLite's way of rebuilding a
  ** table asks (4 -> 5: DROP TABLE would delete through the cascades), and
  ** each checks every reference before its commit. The pragma is a no-op
  ** inside a transaction, so it is switched outside the steps. */
  sqlite3_stmt *pStmt;
  int bFk = 0;
  if (sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &pStmt, NULL) == SQLITE_OK) {
    if (sqlite3_step(pStmt) == SQLITE_ROW) bFk = sqlite3_column_int(pStmt, 0);
    sqlite3_finalize(pStmt);
  }
  if (bFk) sqlite3_exec(db, "PRAGMA foreign_keys=OFF", NULL, NULL, NULL);
  int r = migrate_steps(db, zPath, iTarget, pErr);
  if (bFk && sqlite3_exec(db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL) != SQLITE_OK && r == TOCSIN_OK)
    r = store_error(db, sqlite3_errcode(db), zPath, "enabling foreign keys", pErr);
  return r;
}

/* Opens with the given SQLite flags; bWrite also sets WAL and migrates. */
static tocsin_store *store_open(const char *zPath, int bWrite, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!zPath || !*zPath) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1, "no store path given (--db FILE)");
    return NULL;
  }
  struct stat st;
  if (!bWrite && stat(zPath, &st) != 0) {
    /* read-only never creates: say so rather than SQLite's "unable to open" */
    err_set(pErr, TOCSIN_ESTORE, (size_t)-1, "%s: no store there; create it with `tocsin ingest --db %s FILE...`",
            zPath, zPath);
    return NULL;
  }
  tocsin_store *p = calloc(1, sizeof *p);
  if (!p || !(p->zPath = strdup(zPath))) {
    free(p);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory opening %s", zPath);
    return NULL;
  }
  p->bReadOnly = !bWrite;
  int flags = bWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  int rc = sqlite3_open_v2(zPath, &p->db, flags | SQLITE_OPEN_NOMUTEX, store_vfs());
  const char *zWhat = "opening the store";
  int v = 0;
  if (rc == SQLITE_OK) {
    sqlite3_extended_result_codes(p->db, 1);
    sqlite3_busy_timeout(p->db, 5000);
    /* the first read of the file: a non-database or a damaged header fails here */
    zWhat = "reading the schema version";
    rc = user_version(p->db, &v);
  }
  if (rc == SQLITE_OK && v > STORE_SCHEMA_VERSION) {
    err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
            "%s: the store has schema version %d, written by a newer tocsin; this tocsin %s knows "
            "versions up to %d; use the newer tocsin (nothing was changed)",
            zPath, v, TOCSIN_VERSION, STORE_SCHEMA_VERSION);
    tocsin_store_close(p);
    return NULL;
  }
  if (rc == SQLITE_OK && v == 0) {
    /* version 0 with tables of its own is somebody else's database: leave it alone */
    sqlite3_stmt *pStmt;
    zWhat = "reading the schema";
    rc = sqlite3_prepare_v2(p->db, "SELECT count(*) FROM sqlite_schema", -1, &pStmt, NULL);
    if (rc == SQLITE_OK) {
      rc = sqlite3_step(pStmt) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(p->db);
      int nTable = sqlite3_column_int(pStmt, 0);
      sqlite3_finalize(pStmt);
      if (rc == SQLITE_OK && nTable > 0) {
        err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
                "%s: an SQLite database but not a tocsin store (it has tables and no tocsin schema "
                "version); give another --db path (nothing was changed)",
                zPath);
        tocsin_store_close(p);
        return NULL;
      }
    }
  }
  if (rc == SQLITE_OK && !bWrite && v < STORE_SCHEMA_VERSION) {
    err_set(pErr, TOCSIN_ESTORE, (size_t)-1,
            "%s: the store has schema version %d and this tocsin reads version %d; run "
            "`tocsin ingest --db %s` (with no files) once to upgrade it",
            zPath, v, STORE_SCHEMA_VERSION, zPath);
    tocsin_store_close(p);
    return NULL;
  }
  if (rc == SQLITE_OK && bWrite) {
    /* WAL: readers never block the writer, and a killed writer leaves only an
    ** uncommitted tail of the log that the next open ignores. synchronous=NORMAL
    ** keeps every commit across a process crash (kill -9); only a power cut can
    ** lose the last commits, never consistency (docs/store.md). */
    zWhat = "switching the store to WAL mode";
    /* synchronous first: switching a new file to WAL is a rollback-journal
    ** transaction, which then syncs twice instead of three times */
    rc = sqlite3_exec(p->db, "PRAGMA synchronous=NORMAL; PRAGMA journal_mode=WAL", NULL, NULL, NULL);
    /* checkpoint every 8000 pages (32 MB of log) instead of 1000: an ingest of
    ** many small documents then copies pages back to the database file far
    ** less often (make bench: per-document ingest 1.5 -> 1.2 x coding time) */
    /* temp_store=MEMORY: statement journals (the rollback copies of pages a
    ** statement inside a transaction keeps) and the replacement's temp table
    ** stay in memory, not in files in /var/tmp (with a savepoint per
    ** document, 17,000 of the 22,000 writes of a 300-document ingest) */
    /* The page cache stays at SQLite's 2 MiB. A batch of 256 documents dirties
    ** about 800 pages, more than that holds, so SQLite spills some to the log
    ** mid-transaction and reads back others: a 16 MiB cache cut the 1,200
    ** bench documents' pwrite calls from 20,901 to 15,307 and pread from
    ** 12,910 to 5,008 (strace -f -c), yet ingest took 4.5 % more CPU in
    ** alternating runs (6 MiB: no difference); the larger working set costs
    ** more than the system calls (docs/store.md, "Round of 2026-11-29, late
    ** night") */
    /* cache_spill=OFF: a batch's changed pages stay in memory until its
    ** commit (the cache grows past its size by them) instead of going to the
    ** log early. A page spilled and changed again was written twice, and its
    ** rewrite made SQLite read back and re-sum every later frame of the
    ** transaction at the commit: 4,896 frame reads and header writes in the
    ** 1,200 bench documents. It also keeps the log's appends in order for
    ** vfs.c to gather (docs/store.md, "Round of 2026-11-30"). */
    if (rc == SQLITE_OK) rc = sqlite3_exec(p->db, "PRAGMA wal_autocheckpoint=8000; PRAGMA temp_store=MEMORY; PRAGMA cache_spill=OFF", NULL, NULL, NULL);
#ifdef STORE_EXTRA_PRAGMA
    /* experiments only: one more pragma for the writer, e.g.
    ** -DSTORE_EXTRA_PRAGMA='"PRAGMA secure_delete=OFF"' (docs/store.md, session 8) */
    if (rc == SQLITE_OK) rc = sqlite3_exec(p->db, STORE_EXTRA_PRAGMA, NULL, NULL, NULL);
#endif
  }
  if (rc == SQLITE_OK) {
    zWhat = "enabling foreign keys";
    rc = sqlite3_exec(p->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
  }
  if (rc != SQLITE_OK) {
    store_error(p->db, rc, zPath, zWhat, pErr);
    tocsin_store_close(p);
    return NULL;
  }
  if (bWrite && v < STORE_SCHEMA_VERSION && store_migrate(p->db, zPath, STORE_SCHEMA_VERSION, pErr)) {
    tocsin_store_close(p);
    return NULL;
  }
  return p;
}

tocsin_store *tocsin_store_open(const char *zPath, tocsin_error *pErr) { return store_open(zPath, 1, pErr); }

tocsin_store *tocsin_store_open_readonly(const char *zPath, tocsin_error *pErr) {
  return store_open(zPath, 0, pErr);
}

void tocsin_store_busy_timeout(tocsin_store *p, int nMs) {
  if (p) sqlite3_busy_timeout(p->db, nMs);
}

void tocsin_store_close(tocsin_store *p) {
  if (!p) return;
  /* first: the writer's close below then checkpoints the rest of the log */
  store_checkpoint_stop(p);
  for (int i = 0; i < STMT_COUNT; i++) sqlite3_finalize(p->aStmt[i]);
  for (int i = 0; i < ROWS_COUNT; i++)
    for (int k = 0; k < ROWS_SIZES; k++) sqlite3_finalize(p->aRows[i][k]);
  store_event_cache_free(p);
  /* close_v2: statements left by an error path must not keep the file open */
  sqlite3_close_v2(p->db);
  free(p->zPath);
  free(p);
}
