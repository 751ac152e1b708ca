/*
** The event store (src/store/, docs/store.md): the content hash, idempotent
** ingest, replacement of a new version, the merge rule, migrations, clear
** errors for corrupt, foreign, too-new and locked stores, read-only SQL,
** full-text search, forecasts scored on known numbers, watch rule errors.
*/
#include "test.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tocsin.h"

/* internal (src/store/store.h), exposed for these tests */
void sha256_hex(const void *z, size_t n, char zOut[65]);
int store_migrate(sqlite3 *db, const char *zPath, int iTarget, tocsin_error *pErr);

/* A fresh temporary directory and the store path inside it. */
typedef struct Tmp { char zDir[64]; char zDb[96]; } Tmp;

static void tmp_init(Tmp *t) {
  snprintf(t->zDir, sizeof t->zDir, "/tmp/tocsin-store-XXXXXX");
  if (!mkdtemp(t->zDir)) abort();
  snprintf(t->zDb, sizeof t->zDb, "%s/t.db", t->zDir);
}

static void tmp_free(Tmp *t) {
  char z[128];
  const char *azSuffix[] = {"", "-wal", "-shm", "-journal"};
  for (int i = 0; i < 4; i++) {
    snprintf(z, sizeof z, "%s%s", t->zDb, azSuffix[i]);
    unlink(z);
  }
  rmdir(t->zDir);
}

/* First column of the first row as an integer (or text copied into zText). */
typedef struct One { long long v; double d; char zText[256]; int nRow; } One;

static int one_row(void *pArg, const tocsin_row *r) {
  One *o = pArg;
  if (o->nRow++ == 0 && r->nCol > 0 && r->azVal[0]) {
    o->v = atoll(r->azVal[0]);
    o->d = atof(r->azVal[0]);
    snprintf(o->zText, sizeof o->zText, "%s", r->azVal[0]);
  }
  return 0;
}

static long long sql_int(tocsin_store *p, const char *zSql) {
  One o = {0};
  tocsin_error err;
  if (tocsin_store_sql(p, zSql, one_row, &o, &err) != TOCSIN_OK) {
    fprintf(stderr, "  sql_int(%s): %s\n", zSql, err.msg);
    return -1;
  }
  return o.v;
}

static tocsin_doc *coded(const tocsin_dict *pDict, const char *zText, const char *zPath) {
  tocsin_error err;
  tocsin_doc *d = tocsin_doc_parse(zText, strlen(zText), zPath, NULL, &err);
  if (d && tocsin_doc_code(d, pDict, &err) != TOCSIN_OK) {
    tocsin_doc_free(d);
    d = NULL;
  }
  return d;
}

/* Codes and ingests one document; returns the ingest status or -rc. */
static int ingest(tocsin_store *p, const tocsin_dict *pDict, const char *zText, const char *zPath,
                  tocsin_ingest_result *pRes) {
  tocsin_error err;
  tocsin_doc *d = coded(pDict, zText, zPath);
  if (!d) return -1;
  int rc = tocsin_store_ingest(p, d, pRes, &err);
  if (rc) fprintf(stderr, "  ingest %s: %s\n", zPath, err.msg);
  tocsin_doc_free(d);
  return rc ? -rc : pRes->status;
}

static const char zWire1[] =
    "Wire One\n29 May 2021\n\n"
    "Russia threatened Belarus on May 28.<sup>1</sup> Poland praised Lithuania.\n\n"
    "Notes\n1. https://www.reuters.com/world/one\n";
static const char zWire2[] =
    "Wire Two\n30 May 2021\n\n"
    "Russia threatened Belarus on May 28.<sup>1</sup>\n\n"
    "Notes\n1. https://tass.ru/politika/two\n";

/* Most tests need a scratch store and the default dictionaries: t, err,
** pDict and p, checked by the test itself (CHECK(pDict && p)), released by
** STORE_FIXTURE_END. */
#define STORE_FIXTURE                                             \
  Tmp t;                                                          \
  tmp_init(&t);                                                   \
  tocsin_error err;                                               \
  tocsin_dict *pDict = tocsin_dict_load(NULL, &err);              \
  tocsin_store *p = tocsin_store_open(t.zDb, &err)
#define STORE_FIXTURE_END \
  tocsin_store_close(p);  \
  tocsin_dict_free(pDict); \
  tmp_free(&t)

TEST(store_sha256_vectors) {
  char z[65];
  sha256_hex("", 0, z);
  CHECK_STR(z, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  sha256_hex("abc", 3, z);
  CHECK_STR(z, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *z56 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  sha256_hex(z56, strlen(z56), z);
  CHECK_STR(z, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  char *zA = malloc(1000000);
  if (zA) {
    memset(zA, 'a', 1000000);
    sha256_hex(zA, 1000000, z);
    CHECK_STR(z, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(zA);
  }
}

TEST(store_ingest_idempotent_and_merge) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    CHECK_INT(ingest(p, pDict, zWire1, "one.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(r.nSentence, 2);
    CHECK_INT(r.nMention, 2);
    CHECK_INT(r.nNewEvent, 2);
    long long nEvents = sql_int(p, "SELECT count(*) FROM events");
    long long nChanges = sql_int(p, "SELECT total_changes()");
    /* the same bytes again change nothing */
    CHECK_INT(ingest(p, pDict, zWire1, "one.txt", &r), TOCSIN_INGEST_UNCHANGED);
    CHECK_INT(ingest(p, pDict, zWire1, "copy-of-one.txt", &r), TOCSIN_INGEST_UNCHANGED);
    CHECK_INT(sql_int(p, "SELECT total_changes()"), nChanges);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM events"), nEvents);
    /* the same event from a second document: one event, two mentions, both sources */
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(r.nMention, 1);
    CHECK_INT(r.nNewEvent, 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM events WHERE source='RUS' AND target='BLR'"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.code='130'"), 2);
    One o = {0};
    tocsin_filter f = {"RUS", "BLR", "13", "2021-05-01", "2021-05-31"};
    CHECK_INT(tocsin_store_events(p, &f, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 1);
    /* mentions, sources, articles and the domains kept, through the event query */
    CHECK_INT(sql_int(p, "SELECT count(DISTINCT u.domain) FROM mentions m JOIN sentences s ON s.id = m.sentence_id,"
                         " json_each(s.notes) j JOIN notes n ON n.doc_id = s.doc_id AND n.n = j.value"
                         " JOIN urls u ON u.note_id = n.id"), 2);
    f.zSince = "2021-06-01";
    o.nRow = 0;
    CHECK_INT(tocsin_store_events(p, &f, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 0);
  }
  STORE_FIXTURE_END;
}

/* The merge rule inside one document: an event that meets a stored event's
** key merges with it, the events before and after it are new, a repeat
** within the document is the same event, and new events get their ids in
** document order (docs/store.md, "Round of 2026-11-29, night": multi-row
** INSERTs for events were tried and must keep exactly this). */
TEST(store_new_events_merge_mid_document) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    CHECK_INT(ingest(p, pDict, zWire1, "one.txt", &r), TOCSIN_INGEST_ADDED);
    long long nBefore = sql_int(p, "SELECT max(id) FROM events");
    static const char zWire3[] =
        "Wire Three\n30 May 2021\n\n"
        "Germany met with France on May 27. Poland praised Lithuania on May 26. "
        "Russia threatened Belarus on May 28. Germany met with France on May 27.\n";
    CHECK_INT(ingest(p, pDict, zWire3, "three.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(r.nMention, 4);
    CHECK_INT(r.nNewEvent, 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM events"), nBefore + 2);
    CHECK_INT(sql_int(p, "SELECT id FROM events WHERE source='DEU' AND date='2021-05-27'"), nBefore + 1);
    CHECK_INT(sql_int(p, "SELECT id FROM events WHERE source='POL' AND date='2021-05-26'"), nBefore + 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.source='DEU'"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.source='RUS'"), 2);
    CHECK_INT(sql_int(p, "SELECT count(DISTINCT event_id) FROM mentions"), nBefore + 2);
    /* in a batch, after the first document: the batch's cache, then the store */
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    static const char zWire4[] =
        "Wire Four\n31 May 2021\n\n"
        "Germany met with France on May 27. Spain praised Portugal on May 30. "
        "Russia threatened Belarus on May 28.\n";
    CHECK_INT(ingest(p, pDict, zWire4, "four.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(r.nNewEvent, 1);
    CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
    CHECK_INT(sql_int(p, "SELECT id FROM events WHERE source='ESP'"), nBefore + 3);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.source='DEU'"), 3);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.source='RUS'"), 3);
  }
  STORE_FIXTURE_END;
}

/* With the background checkpointer the store still ends as one whole
** database file: after close the log is gone and the file alone holds
** every document; a read-only store refuses it. */
TEST(store_background_checkpoint) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    CHECK_INT(tocsin_store_checkpoint_background(p, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_checkpoint_background(p, &err), TOCSIN_OK);   /* once is enough */
    tocsin_ingest_result r;
    char zText[512], zPath[32];
    for (int b = 0; b < 8; b++) {
      CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
      for (int i = 0; i < 40; i++) {
        snprintf(zText, sizeof zText, "Wire %d\n%d May 2021\n\nRussia threatened Belarus on May %d. "
                 "Poland praised Lithuania on May %d. Germany met with France.\n", b * 40 + i, 1 + i % 28,
                 1 + i % 27, 1 + (b + i) % 27);
        snprintf(zPath, sizeof zPath, "w%d.txt", b * 40 + i);
        CHECK_INT(ingest(p, pDict, zText, zPath, &r), TOCSIN_INGEST_ADDED);
      }
      CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
    }
  }
  tocsin_store_close(p);
  char zWal[128];
  snprintf(zWal, sizeof zWal, "%s-wal", t.zDb);
  CHECK(access(zWal, F_OK) != 0);
  sqlite3 *db = NULL;
  CHECK_INT(sqlite3_open_v2(t.zDb, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_stmt *s = NULL;
  CHECK_INT(sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &s, NULL), SQLITE_OK);
  CHECK_INT(sqlite3_step(s), SQLITE_ROW);
  CHECK_INT(sqlite3_column_int(s, 0), 320);
  sqlite3_finalize(s);
  sqlite3_close(db);
  tocsin_store *pRo = tocsin_store_open_readonly(t.zDb, &err);
  CHECK(pRo != NULL);
  CHECK_INT(tocsin_store_checkpoint_background(pRo, &err), TOCSIN_EARG);
  tocsin_store_close(pRo);
  tocsin_dict_free(pDict);
  tmp_free(&t);
}

TEST(store_new_version_replaces) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    CHECK_INT(ingest(p, pDict, zWire1, "one.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_ADDED);
    /* one.txt v2 drops Poland's praise and keeps the threat */
    static const char zV2[] = "Wire One\n29 May 2021\n\nRussia threatened Belarus on May 28. It was cold.\n";
    CHECK_INT(ingest(p, pDict, zV2, "one.txt", &r), TOCSIN_INGEST_REPLACED);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents WHERE path='one.txt'"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences s JOIN documents d ON d.id=s.doc_id WHERE d.path='one.txt'"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM events WHERE source='POL'"), 0);  /* only v1 reported it */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM events WHERE code='130'"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM notes"), 1);     /* v1's note went with it */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)"), 0);
    One o = {0};
    CHECK_INT(tocsin_store_search(p, "praised", 0, 10, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 0);  /* the full-text index forgot the old sentence too */
    o.nRow = 0;
    CHECK_INT(tocsin_store_search(p, "cold", 0, 10, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 1);
  }
  STORE_FIXTURE_END;
}

TEST(store_migrates_older_schema) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  /* a store as schema version 1 left it: no full-text index, no alerts */
  sqlite3 *db = NULL;
  CHECK_INT(sqlite3_open(t.zDb, &db), SQLITE_OK);
  CHECK_INT(store_migrate(db, t.zDb, 1, &err), TOCSIN_OK);
  CHECK_INT(sqlite3_exec(db,
                         "INSERT INTO documents(id,hash,path,type,nbytes,nsentences,nmentions) "
                         "VALUES (1,'h','old.txt','wire',10,1,0);"
                         "INSERT INTO sentences(doc_id,i,byte_start,byte_end,text) "
                         "VALUES (1,0,0,30,'The single gas market was discussed.');",
                         NULL, NULL, NULL),
            SQLITE_OK);
  sqlite3_close(db);
  /* read-only refuses an out-of-date store and says what to do */
  tocsin_store *p = tocsin_store_open_readonly(t.zDb, &err);
  CHECK(p == NULL);
  CHECK_INT(err.code, TOCSIN_ESTORE);
  CHECK(strstr(err.msg, "tocsin ingest") != NULL);
  p = tocsin_store_open(t.zDb, &err);
  CHECK(p != NULL);
  if (p) {
    CHECK_INT(sql_int(p, "PRAGMA user_version"), 7);
    /* version 4's indexes under the cascading foreign keys of mentions and judgments */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_schema WHERE type='index' AND name IN "
                         "('mentions_sentence', 'judgments_mention')"), 2);
    /* version 5: no copies of the sentence's document, notes, domains and URL in mentions */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM pragma_table_info('mentions') WHERE name IN "
                         "('doc_id', 'notes', 'sources', 'url')"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_schema WHERE name IN ('mentions_doc', 'judgments_due')"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM pragma_table_info('mentions')"), 16);
    /* version 7: each mention may name who reported its event */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM pragma_table_info('mentions') WHERE name='reporter'"), 1);
    /* version 6: the full-text index keeps no token counts (columnsize=0) */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_schema WHERE name='sentences_fts_docsize'"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_schema WHERE name='sentences_fts' AND sql LIKE '%columnsize=0%'"), 1);
    One o = {0};
    CHECK_INT(tocsin_store_search(p, "single gas market", 0, 10, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 1);  /* the migration indexed the sentences already there */
    CHECK_STR(o.zText, "old.txt");
    CHECK_INT(sql_int(p, "SELECT count(*) FROM alerts"), 0);
  }
  tocsin_store_close(p);
  tmp_free(&t);
}

/* Appends every row of zSql to *pz ('|' between columns, newline between rows). */
static int schema_row(void *pArg, int n, char **az, char **azCol) {
  (void)azCol;
  char **pz = pArg;
  for (int i = 0; i < n; i++) {
    size_t nOld = *pz ? strlen(*pz) : 0, nAdd = strlen(az[i] ? az[i] : "NULL") + 2;
    char *z = realloc(*pz, nOld + nAdd + 1);
    if (!z) return 1;
    snprintf(z + nOld, nAdd + 1, "%s%c", az[i] ? az[i] : "NULL", i + 1 < n ? '|' : '\n');
    *pz = z;
  }
  return 0;
}

/* What a store's schema means: every table's columns (name, type, NOT NULL,
** default, key), foreign keys and indexes, and the text of the rest. The
** CREATE TABLE text itself differs once ALTER TABLE has rewritten it. */
static char *schema_of(const char *zDb) {
  static const char zSql[] =
      "SELECT m.type, m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
      " FROM sqlite_schema m, pragma_table_xinfo(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid;"
      "SELECT m.name, f.* FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
      " ORDER BY m.name, f.id, f.seq;"
      "SELECT m.name, x.name, x.\"unique\", x.origin, x.partial, i.seqno, i.name FROM sqlite_schema m,"
      " pragma_index_list(m.name) x, pragma_index_info(x.name) i WHERE m.type = 'table'"
      " ORDER BY m.name, x.name, i.seqno;"
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type <> 'table' OR sql LIKE 'CREATE VIRTUAL%'"
      " ORDER BY name;"
      "PRAGMA user_version";
  sqlite3 *db = NULL;
  char *z = NULL;
  if (sqlite3_open(zDb, &db) == SQLITE_OK) sqlite3_exec(db, zSql, schema_row, &z, NULL);
  sqlite3_close(db);
  return z;
}

TEST(store_new_is_migrated_schema) {
  /* a new store (made at the current version at once) and one taken through
  ** every migration from version 1 have the same schema */
  Tmp t, u;
  tmp_init(&t);
  tmp_init(&u);
  tocsin_error err;
  tocsin_store *p = tocsin_store_open(t.zDb, &err);
  CHECK(p != NULL);
  tocsin_store_close(p);
  sqlite3 *db = NULL;
  CHECK_INT(sqlite3_open(u.zDb, &db), SQLITE_OK);
  CHECK_INT(store_migrate(db, u.zDb, 1, &err), TOCSIN_OK);
  sqlite3_close(db);
  p = tocsin_store_open(u.zDb, &err);
  CHECK(p != NULL);
  tocsin_store_close(p);
  char *zNew = schema_of(t.zDb), *zOld = schema_of(u.zDb);
  CHECK(zNew && zOld && strstr(zNew, "|mentions|14|loc_country|") && strstr(zNew, "sentences_fts_ad"));
  if (zNew && zOld) CHECK_STR(zNew, zOld);
  free(zNew);
  free(zOld);
  tmp_free(&t);
  tmp_free(&u);
}

TEST(store_errors_are_clear) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  /* not a database */
  FILE *f = fopen(t.zDb, "wb");
  if (f) {
    for (int i = 0; i < 300; i++) fputs("this is not a database ", f);
    fclose(f);
  }
  tocsin_store *p = tocsin_store_open(t.zDb, &err);
  CHECK(p == NULL);
  CHECK_INT(err.code, TOCSIN_ESTORE);
  CHECK(strstr(err.msg, t.zDb) && strstr(err.msg, "not a tocsin store"));
  unlink(t.zDb);
  /* somebody else's database */
  sqlite3 *db = NULL;
  sqlite3_open(t.zDb, &db);
  sqlite3_exec(db, "CREATE TABLE mine(x)", NULL, NULL, NULL);
  sqlite3_close(db);
  p = tocsin_store_open(t.zDb, &err);
  CHECK(p == NULL);
  CHECK(strstr(err.msg, "not a tocsin store") != NULL);
  unlink(t.zDb);
  /* written by a newer tocsin */
  sqlite3_open(t.zDb, &db);
  sqlite3_exec(db, "PRAGMA user_version=99", NULL, NULL, NULL);
  sqlite3_close(db);
  p = tocsin_store_open(t.zDb, &err);
  CHECK(p == NULL);
  CHECK(strstr(err.msg, "newer tocsin") != NULL);
  unlink(t.zDb);
  /* locked by another writer: ingest waits, then fails cleanly */
  tocsin_dict *pDict = tocsin_dict_load(NULL, &err);
  p = tocsin_store_open(t.zDb, &err);
  CHECK(p != NULL);
  if (p && pDict) {
    sqlite3_open(t.zDb, &db);
    CHECK_INT(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    tocsin_store_busy_timeout(p, 20);
    tocsin_doc *d = coded(pDict, zWire1, "one.txt");
    CHECK_INT(tocsin_store_ingest(p, d, NULL, &err), TOCSIN_ESTORE);
    CHECK(strstr(err.msg, "locked") && strstr(err.msg, "one.txt"));
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK_INT(tocsin_store_ingest(p, d, NULL, &err), TOCSIN_OK);  /* and works once free */
    tocsin_doc_free(d);
  }
  tocsin_store_close(p);
  tocsin_dict_free(pDict);
  /* damaged pages inside a store */
  f = fopen(t.zDb, "r+b");
  if (f) {
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    for (long at = 4096; at < n; at += 512) {
      fseek(f, at, SEEK_SET);
      fputs("garbage garbage garbage garbage garbage", f);
    }
    fclose(f);
  }
  p = tocsin_store_open(t.zDb, &err);
  int rc = p ? tocsin_store_sql(p, "SELECT count(*) FROM sentences WHERE text LIKE '%x%'", one_row, &(One){0}, &err)
             : err.code;
  CHECK_INT(rc, TOCSIN_ESTORE);
  CHECK(strstr(err.msg, "corrupt") != NULL || strstr(err.msg, "not a tocsin store") != NULL);
  tocsin_store_close(p);
  tmp_free(&t);
}

TEST(store_sql_is_read_only) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  tocsin_store *p = tocsin_store_open(t.zDb, &err);
  CHECK(p != NULL);
  if (p) {
    CHECK_INT(tocsin_store_sql(p, "DELETE FROM events", NULL, NULL, &err), TOCSIN_EARG);
    CHECK(strstr(err.msg, "read-only") != NULL);
    CHECK_INT(tocsin_store_sql(p, "SELECT 1; DROP TABLE events", NULL, NULL, &err), TOCSIN_EARG);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_schema WHERE name='events'"), 1);
    CHECK_INT(tocsin_store_sql(p, "SELEC 1", NULL, NULL, &err), TOCSIN_EARG);
    CHECK(strstr(err.msg, "syntax error") != NULL);
  }
  tocsin_store_close(p);
  p = tocsin_store_open_readonly(t.zDb, &err);
  CHECK(p != NULL);
  if (p) CHECK_INT(tocsin_store_sql(p, "INSERT INTO alerts DEFAULT VALUES", NULL, NULL, &err), TOCSIN_EARG);
  tocsin_store_close(p);
  tmp_free(&t);
}

TEST(store_forecasts_resolve_and_score) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    static const char zA[] = "# Forecast Note\n1 June 2021\n\n"
                             "Moscow will likely sign an agreement with Minsk at the summit on June 14. "
                             "Russia will very likely attack Ukraine on July 1.\n";
    static const char zB[] = "# Forecast Note\n2 June 2021\n\n"
                             "Moscow will likely sign an agreement with Kyiv at the summit on June 20.\n";
    CHECK_INT(ingest(p, pDict, zA, "a.md", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(r.nJudgment, 2);
    CHECK_INT(ingest(p, pDict, zB, "b.md", &r), TOCSIN_INGEST_ADDED);
    One o = {0};
    CHECK_INT(tocsin_store_forecasts(p, "2021-06-30", 0, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 2);  /* due June 14 and June 20, not July 1 */
    long long iSign = sql_int(p, "SELECT id FROM judgments WHERE due='2021-06-14'");
    long long iAttack = sql_int(p, "SELECT id FROM judgments WHERE due='2021-07-01'");
    long long iKyiv = sql_int(p, "SELECT id FROM judgments WHERE due='2021-06-20'");
    CHECK_INT(tocsin_store_resolve(p, iSign, 1, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_resolve(p, iAttack, 1, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_resolve(p, iKyiv, 0, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_resolve(p, 9999, 0, &err), TOCSIN_EARG);
    /* one source ("Forecast Note"): p = 0.675 yes, 0.875 yes, 0.675 no
    ** Brier = (0.325^2 + 0.125^2 + 0.675^2) / 3 = 0.576875 / 3 = 0.1923 */
    o = (One){0};
    CHECK_INT(tocsin_store_score(p, one_row, &o, &err), TOCSIN_OK);
    CHECK_STR(o.zText, "Forecast Note");
    CHECK_INT(o.nRow, 3);  /* "all", then the bands 0.55-0.80 and 0.80-0.95 */
    One b = {0};
    CHECK_INT(tocsin_store_sql(p,
                               "SELECT round(avg(((p_low+p_high)/2-outcome)*((p_low+p_high)/2-outcome)),4)"
                               " FROM judgments WHERE outcome IS NOT NULL", one_row, &b, &err), TOCSIN_OK);
    CHECK(b.d > 0.19225 && b.d < 0.19235);
    /* outcomes survive a new version of the document that still makes the forecast */
    static const char zA2[] = "# Forecast Note\n1 June 2021\n\n"
                              "Moscow will likely sign an agreement with Minsk at the summit on June 14. "
                              "Russia will very likely attack Ukraine on July 1. Nothing else.\n";
    CHECK_INT(ingest(p, pDict, zA2, "a.md", &r), TOCSIN_INGEST_REPLACED);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM judgments WHERE outcome IS NOT NULL"), 3);
  }
  STORE_FIXTURE_END;
}

static int brier_row(void *pArg, const tocsin_row *r) {
  double *pBrier = pArg;
  for (int i = 0; i < r->nCol; i++)
    if (!strcmp(r->azCol[i], "band") && r->azVal[i] && !strcmp(r->azVal[i], "all"))
      for (int k = 0; k < r->nCol; k++)
        if (!strcmp(r->azCol[k], "brier") && r->azVal[k]) *pBrier = atof(r->azVal[k]);
  return 0;
}

TEST(store_score_brier_value) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  tocsin_store *p = tocsin_store_open(t.zDb, &err);
  CHECK(p != NULL);
  if (p) {
    /* judgments written directly: the score must follow the documented formula */
    sqlite3 *db;
    sqlite3_open(t.zDb, &db);
    CHECK_INT(sqlite3_exec(db,
                           "PRAGMA foreign_keys=OFF;"
                           "INSERT INTO judgments(doc_id,mention_id,author,mood,p_low,p_high,subject,text,key,outcome)"
                           " VALUES (1,1,'A','forecast',0.55,0.80,'s','t','k1',1),"
                           "        (1,2,'A','forecast',0.80,0.95,'s','t','k2',1),"
                           "        (1,3,'A','forecast',0.55,0.80,'s','t','k3',0),"
                           "        (1,4,'A','forecast',NULL,NULL,'s','t','k4',1);",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    double brier = -1;
    CHECK_INT(tocsin_store_score(p, brier_row, &brier, &err), TOCSIN_OK);
    CHECK(brier > 0.19225 && brier < 0.19235);
  }
  tocsin_store_close(p);
  tmp_free(&t);
}

TEST(store_watch_rule_errors) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  tocsin_store *p = tocsin_store_open(t.zDb, &err);
  CHECK(p != NULL);
  if (p) {
    CHECK_INT(tocsin_store_watch(p, "rule a\n  kind threshold\n  window 7\n  frob 3\n", "w.conf", NULL, NULL, NULL, &err),
              TOCSIN_EFORMAT);
    CHECK(strstr(err.msg, "w.conf:4:") && strstr(err.msg, "frob"));
    CHECK_INT(tocsin_store_watch(p, "rule a\n  kind threshold\n", "w.conf", NULL, NULL, NULL, &err), TOCSIN_EFORMAT);
    CHECK(strstr(err.msg, "w.conf:1:") && strstr(err.msg, "window"));
    CHECK_INT(tocsin_store_watch(p, "kind anomaly\n", "w.conf", NULL, NULL, NULL, &err), TOCSIN_EFORMAT);
    CHECK_INT(tocsin_store_watch(p, "rule a\n kind threshold\n window 3\n min 2\n codes 1y\n", "w.conf", NULL, NULL,
                                 NULL, &err),
              TOCSIN_EFORMAT);
    CHECK(strstr(err.msg, "w.conf:5:") != NULL);
    int nNew = -1;
    CHECK_INT(tocsin_store_watch(p, "# empty store\nrule a\n kind anomaly\n dyad RUS BLR\n", "w.conf", NULL, NULL,
                                 &nNew, &err),
              TOCSIN_OK);
    CHECK_INT(nNew, 0);
  }
  tocsin_store_close(p);
  tmp_free(&t);
}

TEST(store_batch_and_contains) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    tocsin_doc *d1 = coded(pDict, zWire1, "one.txt");
    long long iDoc = 0;
    CHECK_INT(tocsin_store_contains(p, d1, &iDoc, &err), 0);
    /* an abandoned batch leaves nothing */
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_ingest(p, d1, &r, &err), TOCSIN_OK);
    CHECK_INT(r.status, TOCSIN_INGEST_ADDED);
    CHECK_INT(tocsin_store_rollback(p), TOCSIN_OK);
    CHECK_INT(tocsin_store_contains(p, d1, &iDoc, &err), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences"), 0);
    /* a committed batch keeps every document, each whole */
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(tocsin_store_ingest(p, d1, &r, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_contains(p, d1, &iDoc, &err), 1);
    CHECK_INT(iDoc, r.iDoc);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions"), 3);
    tocsin_doc_free(d1);
  }
  STORE_FIXTURE_END;
}

/* quiet yes: a dyad that reported something every day for a month and then
** fell silent raises one alert, on the first silent day, and none again. */
TEST(store_watch_quiet_days) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  tocsin_store *p = tocsin_store_open(t.zDb, &err);
  tocsin_dict *pDict = tocsin_dict_load(NULL, &err);
  CHECK(p != NULL && pDict != NULL);
  if (p && pDict) {
    char zText[256], zPath[64];
    tocsin_ingest_result res;
    for (int day = 1; day <= 36; day++) {
      int bRus = day <= 30;   /* Russia and Belarus go quiet after day 30; France and Germany do not */
      snprintf(zText, sizeof zText, "Daily wire\n\n%s %d, 2021\n\n%s praised %s for its cooperation on trade.\n",
               day <= 31 ? "May" : "June", day <= 31 ? day : day - 31, bRus ? "Russia" : "France",
               bRus ? "Belarus" : "Germany");
      snprintf(zPath, sizeof zPath, "wire-%02d.txt", day);
      CHECK(ingest(p, pDict, zText, zPath, &res) == TOCSIN_INGEST_ADDED);
    }
    static const char zRules[] = "rule rus-blr-quiet\n  kind anomaly\n  dyad RUS BLR\n  series count\n"
                                 "  quiet yes\n  baseline 14\n  floor 0.25\n";
    int nNew = -1;
    CHECK_INT(tocsin_store_watch(p, zRules, "q.conf", NULL, NULL, &nNew, &err), TOCSIN_OK);
    CHECK_INT(nNew, 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM alerts WHERE series = 'count-drop' AND day_start = '2021-05-31'"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM alert_events"), 0);   /* a silence has no events */
    CHECK_INT(tocsin_store_watch(p, zRules, "q.conf", NULL, NULL, &nNew, &err), TOCSIN_OK);
    CHECK_INT(nNew, 0);
    /* without quiet, the same rule finds nothing: only rises count */
    CHECK_INT(tocsin_store_watch(p, "rule rus-blr-spike\n  kind anomaly\n  dyad RUS BLR\n  series count\n"
                                    "  baseline 14\n  floor 0.25\n", "s.conf", NULL, NULL, &nNew, &err),
              TOCSIN_OK);
    CHECK_INT(nNew, 0);
  }
  tocsin_dict_free(pDict);
  tocsin_store_close(p);
  tmp_free(&t);
}

/* Inside a batch the full-text index is filled when the batch commits; a
** search during the batch, and a new version of a document replacing one of
** the same batch, still see an index that matches the sentences. */
TEST(store_batch_fts_deferred) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    CHECK_INT(ingest(p, pDict, zWire1, "one.txt", &r), TOCSIN_INGEST_ADDED);
    /* a new version in the same batch, before anything was indexed:
    ** "Lithuania" gone, "Moldova" new */
    static const char zWire1b[] =
        "Wire One\n29 May 2021\n\n"
        "Russia threatened Belarus on May 28.<sup>1</sup> Romania praised Moldova.\n\n"
        "Notes\n1. https://www.reuters.com/world/one\n";
    CHECK_INT(ingest(p, pDict, zWire1b, "one.txt", &r), TOCSIN_INGEST_REPLACED);
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_ADDED);
    One o = {0};
    CHECK_INT(tocsin_store_search(p, "Moldova", 0, 10, one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.nRow, 1);   /* the open batch's sentences are searchable */
    CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'lithuania'"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'moldova'"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'belarus'"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences"), 3);
  }
  STORE_FIXTURE_END;
}

/* Rows of a raw query (a second connection), or -1. */
static long long raw_count(const char *zDb, const char *zSql) {
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  long long n = -1;
  if (sqlite3_open_v2(zDb, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2(db, zSql, -1, &s, NULL) == SQLITE_OK)
    for (n = 0; sqlite3_step(s) == SQLITE_ROW;) n++;
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

/* A batch writes with foreign keys off and deletes a replaced version's rows
** itself, children first: whether the old version was stored before the
** batch or earlier in it, nothing is left pointing at a deleted row. */
TEST(store_batch_replaces_without_orphans) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    static const char zV1[] =
        "Report One\n29 May 2021\n\n"
        "Moscow is likely to pressure Minsk before June.<sup>1</sup> Poland praised Lithuania.<sup>2</sup>\n\n"
        "Notes\n1. https://www.reuters.com/world/one\n2. https://tass.ru/two and https://meduza.io/three\n";
    static const char zV2[] = "Report One\n29 May 2021\n\nRussia threatened Belarus on May 28.\n";
    CHECK_INT(ingest(p, pDict, zV1, "one.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK(r.nJudgment >= 1);
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    CHECK_INT(ingest(p, pDict, zV2, "one.txt", &r), TOCSIN_INGEST_REPLACED);   /* stored before the batch */
    CHECK_INT(ingest(p, pDict, zWire1, "two.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_REPLACED); /* earlier in the batch */
    CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
    CHECK_INT(raw_count(t.zDb, "PRAGMA foreign_key_check"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM judgments"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM notes"), 1);   /* two.txt's new note */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM urls"), 1);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM mentions"), 2);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions)"), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'lithuania OR minsk'"), 0);
    /* outside a batch foreign keys are on again: the checks work */
    CHECK_INT(sql_int(p, "SELECT count(*) FROM pragma_foreign_keys"), 1);
    One o = {0};
    CHECK_INT(tocsin_store_sql(p, "SELECT foreign_keys FROM pragma_foreign_keys", one_row, &o, &err), TOCSIN_OK);
    CHECK_INT(o.v, 1);
  }
  STORE_FIXTURE_END;
}

/* A failure after a document's first write inside a batch (here a trigger
** another connection added refuses one of its mentions) rolls the whole
** batch back: nothing half-stored, the batch is closed, the message names
** the document and counts the batch's others, and the next batch stores
** them. */
TEST(store_batch_failure_rolls_back_whole) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_ADDED);   /* committed before */
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(t.zDb, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db,
                           "CREATE TRIGGER boom BEFORE INSERT ON mentions WHEN NEW.verb LIKE 'praise%' "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                           NULL, NULL, NULL),
              SQLITE_OK);
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    static const char zOther[] = "Wire Three\n1 June 2021\n\nRussia criticised Ukraine on May 31.\n";
    CHECK_INT(ingest(p, pDict, zOther, "three.txt", &r), TOCSIN_INGEST_ADDED);
    tocsin_doc *d1 = coded(pDict, zWire1, "one.txt");   /* "Poland praised Lithuania" */
    CHECK(d1 != NULL);
    if (d1) {
      CHECK_INT(tocsin_store_ingest(p, d1, &r, &err), TOCSIN_ESTORE);
      CHECK(strstr(err.msg, "injected failure") != NULL);
      CHECK(strstr(err.msg, "[document one.txt not stored]") != NULL);
      CHECK(strstr(err.msg, "1 earlier document was not stored either") != NULL);
      CHECK_INT(tocsin_store_batch_open(p), 0);
      CHECK_INT(sql_int(p, "SELECT count(*) FROM documents"), 1);   /* two.txt, committed before */
      CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences"), 1);
      CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'ukraine'"), 0);
      tocsin_doc_free(d1);
    }
    CHECK_INT(sqlite3_exec(db, "DROP TRIGGER boom", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    /* stored again, as the next run would */
    CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
    CHECK_INT(ingest(p, pDict, zOther, "three.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(ingest(p, pDict, zWire1, "one.txt", &r), TOCSIN_INGEST_ADDED);
    CHECK_INT(tocsin_store_batch_open(p), 1);
    CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
    CHECK_INT(tocsin_store_batch_open(p), 0);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents"), 3);
    CHECK_INT(raw_count(t.zDb, "PRAGMA foreign_key_check"), 0);
  }
  STORE_FIXTURE_END;
}

/* A batch big enough that its log appends are written in several gathered
** writes (src/store/vfs.c): while it is open, a connection through SQLite's
** own VFS sees the store as before it; once it commits, the whole batch,
** sound, with the full-text index. A commit that published frames still
** in the buffer would show that reader pages that are not there. */
TEST(store_gathered_log_writes_visible_at_commit) {
  STORE_FIXTURE;
  CHECK(pDict && p);
  if (pDict && p) {
    tocsin_ingest_result r;
    CHECK_INT(ingest(p, pDict, zWire2, "two.txt", &r), TOCSIN_INGEST_ADDED);
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open_v2(t.zDb, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    char zText[1024], zPath[32];
    for (int b = 0; b < 3; b++) {
      CHECK_INT(tocsin_store_begin(p, &err), TOCSIN_OK);
      for (int i = 0; i < 120; i++) {
        int k = b * 120 + i;
        snprintf(zText, sizeof zText,
                 "Wire %d\n%d May 2021\n\nRussia threatened Belarus on May %d. Poland praised Lithuania "
                 "in a statement numbered %d. Germany met with France to discuss item %d of the agenda. "
                 "Officials in Minsk rejected the claims about shipment %d.\n",
                 k, 1 + k % 28, 1 + k % 27, k, k * 7, k * 13);
        snprintf(zPath, sizeof zPath, "w%d.txt", k);
        CHECK_INT(ingest(p, pDict, zText, zPath, &r), TOCSIN_INGEST_ADDED);
      }
      long long nBefore = 1 + b * 120;
      sqlite3_stmt *s = NULL;
      CHECK_INT(sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &s, NULL), SQLITE_OK);
      CHECK_INT(sqlite3_step(s), SQLITE_ROW);
      CHECK_INT(sqlite3_column_int64(s, 0), nBefore);   /* the open batch is not seen */
      sqlite3_finalize(s);
      CHECK_INT(tocsin_store_commit(p, &err), TOCSIN_OK);
      CHECK_INT(sqlite3_prepare_v2(db,
                                   "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), "
                                   "(SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'shipment')",
                                   -1, &s, NULL),
                SQLITE_OK);
      CHECK_INT(sqlite3_step(s), SQLITE_ROW);
      CHECK_INT(sqlite3_column_int64(s, 0), nBefore + 120);
      CHECK_INT(sqlite3_column_int64(s, 1), 1 + (b + 1) * 120 * 4);
      CHECK_INT(sqlite3_column_int64(s, 2), (b + 1) * 120);
      sqlite3_finalize(s);
      s = NULL;
      CHECK_INT(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL), SQLITE_OK);
      CHECK_INT(sqlite3_step(s), SQLITE_ROW);
      CHECK_STR((const char *)sqlite3_column_text(s, 0), "ok");
      sqlite3_finalize(s);
    }
    sqlite3_close(db);
  }
  STORE_FIXTURE_END;
}

/* When the log cannot be written (here a file-size limit, as a full disk
** would), the batch's commit fails with a clear error and the store keeps
** exactly the batches committed before: a failed gathered write is reported
** as the write SQLite asked for, never swallowed. Run in a child process, so
** the limit stays there. */
TEST(store_log_write_failure_fails_commit) {
  Tmp t;
  tmp_init(&t);
  tocsin_error err;
  tocsin_dict *pDict = tocsin_dict_load(NULL, &err);
  CHECK(pDict != NULL);
  fflush(NULL);
  pid_t pid = pDict ? fork() : -1;
  if (pid == 0) {
    /* the child: one batch fits, then the log is capped; 0 means as expected */
    int rcChild = 10;
    tocsin_store *p = tocsin_store_open(t.zDb, &err);
    tocsin_ingest_result r;
    char zText[1024], zPath[32];
    if (p && tocsin_store_begin(p, &err) == TOCSIN_OK) {
      for (int k = 0; k < 20; k++) {
        snprintf(zText, sizeof zText, "Wire %d\n%d May 2021\n\nRussia threatened Belarus on May %d.\n", k,
                 1 + k % 28, 1 + k % 27);
        snprintf(zPath, sizeof zPath, "a%d.txt", k);
        if (ingest(p, pDict, zText, zPath, &r) != TOCSIN_INGEST_ADDED) rcChild = 11;
      }
      if (rcChild == 10 && tocsin_store_commit(p, &err) == TOCSIN_OK) rcChild = 12;
    }
    struct stat st;
    char zWal[128];
    snprintf(zWal, sizeof zWal, "%s-wal", t.zDb);
    if (rcChild == 12 && stat(zWal, &st) == 0) {
      signal(SIGXFSZ, SIG_IGN);
      struct rlimit lim = {(rlim_t)st.st_size + 64 * 1024, (rlim_t)st.st_size + 64 * 1024};
      if (setrlimit(RLIMIT_FSIZE, &lim) == 0 && tocsin_store_begin(p, &err) == TOCSIN_OK) {
        rcChild = 13;
        for (int k = 0; k < 400 && rcChild == 13; k++) {
          snprintf(zText, sizeof zText,
                   "Wire b%d\n%d June 2021\n\nPoland praised Lithuania about shipment %d. Germany met with "
                   "France on item %d.\n", k, 1 + k % 28, k * 11, k * 17);
          snprintf(zPath, sizeof zPath, "b%d.txt", k);
          if (ingest(p, pDict, zText, zPath, &r) != TOCSIN_INGEST_ADDED) rcChild = 14;
        }
        if (rcChild == 13) {
          int rc = tocsin_store_commit(p, &err);
          if (rc == TOCSIN_ESTORE && strstr(err.msg, t.zDb)) rcChild = 0;
          else rcChild = 15;
        } else if (strstr(err.msg, t.zDb)) {
          rcChild = 0;   /* failed while the batch spilled: also a clear error */
        }
      }
    }
    tocsin_store_close(p);
    _exit(rcChild);
  }
  int status = -1;
  if (pid > 0) waitpid(pid, &status, 0);
  CHECK(pid > 0 && WIFEXITED(status));
  CHECK_INT(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 0);
  CHECK_INT(raw_count(t.zDb, "SELECT 1 FROM documents"), 20);
  CHECK_INT(raw_count(t.zDb, "SELECT 1 FROM documents WHERE path LIKE 'b%'"), 0);
  CHECK_INT(raw_count(t.zDb, "SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH 'shipment'"), 0);
  CHECK_INT(raw_count(t.zDb, "SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH 'belarus'"), 20);
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  CHECK_INT(sqlite3_open_v2(t.zDb, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  CHECK_INT(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL), SQLITE_OK);
  CHECK_INT(sqlite3_step(s), SQLITE_ROW);
  CHECK_STR((const char *)sqlite3_column_text(s, 0), "ok");
  sqlite3_finalize(s);
  sqlite3_close(db);
  tocsin_dict_free(pDict);
  tmp_free(&t);
}
