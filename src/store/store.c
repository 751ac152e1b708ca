/*
** Ingest and queries (docs/store.md).
**
** A document goes in with ONE IMMEDIATE transaction: its row, sentences,
** notes, URLs, event mentions and judgments, and — for a new version of a
** path already stored — the removal of the old version. SQLite's WAL makes
** that transaction atomic across kill -9, so a document is whole or absent.
**
** The merge rule: a coded event joins the stored event with the same date,
** source code, target code, CAMEO code, negation and assertion class (fact
** or reported vs. a judgment); it gets one mention per sentence that reports
** it. Undated events never merge. The window is the calendar day: a wider
** one would make the result depend on the order documents arrive in.
*/
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const azStmtSql[STMT_COUNT] = {
    [STMT_BY_HASH] = "SELECT id, path FROM documents WHERE hash=?1",
    [STMT_BY_PATH] = "SELECT id FROM documents WHERE path=?1",
    [STMT_DOC] = "INSERT INTO documents(hash, path, title, pubdate, date_source, type, nbytes, nsentences, "
                 "nmentions) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    /* the rows of a document get the ids SQLite would give them, max + 1 on */
    [STMT_MAX_IDS] = "SELECT (SELECT max(id) FROM sentences), (SELECT max(id) FROM notes), "
                     "(SELECT max(id) FROM mentions)",
    [STMT_FIND_EVENT] = "SELECT id FROM events WHERE date=?1 AND source=?2 AND target=?3 AND code=?4 "
                        "AND negated=?5 AND asserted=?6",
    /* a new event costs one statement; only a merge looks the old one up */
    [STMT_EVENT] = "INSERT INTO events(date, source, source_country, source_org, source_role, target, "
                   "target_country, target_org, target_role, code, root, quad, goldstein, plover, negated, "
                   "asserted) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16) "
                   "ON CONFLICT(date, source, target, code, negated, asserted) WHERE date IS NOT NULL DO NOTHING",
};

/* One row of each multi-row INSERT (store.h), repeated 2^k times. */
static const struct {
  const char *zHead, *zRow;
  int nCol;
} aRowsSql[ROWS_COUNT] = {
    [ROWS_SENT] = {"INSERT INTO sentences(id, doc_id, i, byte_start, byte_end, text, notes) VALUES ",
                   "(?,?,?,?,?,?,?)", 7},
    [ROWS_NOTE] = {"INSERT INTO notes(id, doc_id, n, text) VALUES ", "(?,?,?,?)", 4},
    [ROWS_URL] = {"INSERT INTO urls(note_id, url, domain) VALUES ", "(?,?,?)", 3},
    /* a mention's document, notes, cited domains and first URL are its
    ** sentence's (schema version 5): the queries derive them */
    [ROWS_MENTION] = {"INSERT INTO mentions(id, event_id, sentence_id, ord, date_text, source_text, target_text, "
                      "verb, mood, hedge, p_low, p_high, due, loc_name, loc_country, reporter) VALUES ",
                      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", 16},
    [ROWS_JUDGMENT] = {"INSERT INTO judgments(doc_id, mention_id, author, mood, hedge, p_low, p_high, due, subject, "
                       "text, key) VALUES ",
                       "(?,?,?,?,?,?,?,?,?,?,?)", 11},
};

/* The document's SHA-256 (hex), computed once: the skip test and the ingest
** of the same document both need it. */
static const char *doc_hash(tocsin_doc *d) {
  if (!d->zSha256[0]) sha256_hex(d->zOrig, d->nOrig, d->zSha256);
  return d->zSha256;
}

/* The cached statement i, reset and unbound; NULL (pErr set) on failure. */
static sqlite3_stmt *stmt(tocsin_store *p, int i, tocsin_error *pErr) {
  if (!p->aStmt[i]) {
    int rc = sqlite3_prepare_v3(p->db, azStmtSql[i], -1, SQLITE_PREPARE_PERSISTENT, &p->aStmt[i], NULL);
    if (rc != SQLITE_OK) {
      store_error(p->db, rc, p->zPath, "preparing the ingest statements", pErr);
      return NULL;
    }
  }
  sqlite3_reset(p->aStmt[i]);
  sqlite3_clear_bindings(p->aStmt[i]);
  return p->aStmt[i];
}

/* How many of n (> 0) rows the next INSERT of table t takes: the largest
** power of two not above n, at most 2^(ROWS_SIZES-1); *ps is the statement,
** reset (NULL, pErr set, on failure). Its parameters keep the values of its
** last run: the callers bind every one of them, NULLs included (clearing
** up to 608 bindings per statement was 1 % of storing's instructions). */
static size_t rows_stmt(tocsin_store *p, int t, size_t n, sqlite3_stmt **ps, tocsin_error *pErr) {
  int k = ROWS_SIZES - 1;
  while (((size_t)1 << k) > n) k--;
  sqlite3_stmt **pp = &p->aRows[t][k];
  if (!*pp) {
    Buf q;
    buf_init(&q);
    buf_puts(&q, aRowsSql[t].zHead);
    for (int j = 0; j < 1 << k; j++) {
      if (j) buf_putc(&q, ',');
      buf_puts(&q, aRowsSql[t].zRow);
    }
    int rc = q.bOom ? SQLITE_NOMEM : sqlite3_prepare_v3(p->db, q.z, (int)q.n, SQLITE_PREPARE_PERSISTENT, pp, NULL);
    buf_free(&q);
    if (rc != SQLITE_OK) {
      store_error(p->db, rc, p->zPath, "preparing the ingest statements", pErr);
      *ps = NULL;
      return 0;
    }
  }
  sqlite3_reset(*pp);
  *ps = *pp;
  return (size_t)1 << k;
}

/* For NOT NULL columns: the coder always fills them, but a missing value must
** not turn into a constraint error that refuses the whole document. */
static const char *nn(const char *z) { return z ? z : ""; }

static void bind_text(sqlite3_stmt *s, int i, const char *z) {
  if (z) sqlite3_bind_text(s, i, z, -1, SQLITE_STATIC);
  else sqlite3_bind_null(s, i);
}

/* Steps a statement that returns no row (or one row we ignore); SQLite rc. */
static int step_done(sqlite3_stmt *s) {
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) rc = SQLITE_OK;
  sqlite3_reset(s);
  return rc;
}

/* Appends the decimal digits of v: printf was 4 % of storing's instructions. */
static void buf_int(Buf *b, long long v) {
  char z[24];
  size_t k = sizeof z;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do z[--k] = (char)('0' + u % 10); while (u /= 10);
  if (v < 0) z[--k] = '-';
  buf_append(b, z + k, sizeof z - k);
}

/* "[1,2]": the same JSON shape as `tocsin code` */
static void json_int_list(Buf *b, const int *a, size_t n) {
  b->n = 0;
  buf_putc(b, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) buf_putc(b, ',');
    buf_int(b, a[i]);
  }
  buf_putc(b, ']');
}

static int is_judgment(const tocsin_event *e) {
  const char *z = nn(e->zMood);
  return e->zHedge || !strcmp(z, "estimate") || !strcmp(z, "forecast") || !strcmp(z, "recommendation");
}

/* ---- the batch's event cache (store.h) ---- */

void store_event_cache_clear(tocsin_store *p) {
  if (p->ev.nUsed) memset(p->ev.a, 0, p->ev.nSlot * sizeof *p->ev.a);
  p->ev.nUsed = 0;
  p->ev.keys.n = 0;
}

void store_event_cache_free(tocsin_store *p) {
  free(p->ev.a);
  buf_free(&p->ev.keys);
  memset(&p->ev, 0, sizeof p->ev);
}

/* The merge key of a dated event in b: its fields NUL-separated (no field
** holds a NUL, so two different keys never read alike). */
static void event_key(Buf *b, const tocsin_event *e, int bAsserted) {
  b->n = 0;
  const char *az[4] = {e->zDate, nn(e->source.zCode), nn(e->target.zCode), nn(e->zEvent)};
  for (int k = 0; k < 4; k++) buf_append(b, az[k], strlen(az[k]) + 1);
  buf_putc(b, (char)('0' + (e->bNegated != 0)));
  buf_putc(b, (char)('0' + bAsserted));
}

static uint64_t key_hash(const Buf *b) {
  uint64_t h = hash_bytes(b->z, b->n);
  return h ? h : 1;
}

/* The slot of key b: the one holding it, else the empty one to put it in. */
static EventSlot *event_slot(EventCache *c, const Buf *b, uint64_t h) {
  size_t m = c->nSlot - 1;
  for (size_t i = (size_t)h & m;; i = (i + 1) & m) {
    EventSlot *s = &c->a[i];
    if (!s->h || (s->h == h && s->nKey == b->n && !memcmp(c->keys.z + s->iKey, b->z, b->n))) return s;
  }
}

/* The cached event id for key b, or 0. */
static long long event_cache_get(tocsin_store *p, const Buf *b) {
  if (!p->ev.nUsed) return 0;
  EventSlot *s = event_slot(&p->ev, b, key_hash(b));
  return s->h ? s->iEvent : 0;
}

/* Remembers key b -> iEvent; out of memory only means no caching. */
static void event_cache_put(tocsin_store *p, const Buf *b, long long iEvent) {
  EventCache *c = &p->ev;
  if (c->nUsed + 1 > c->nSlot / 2) {
    /* grow to keep the table at most half full; a batch past 2^16 events starts over */
    size_t nNew = c->nSlot ? c->nSlot * 2 : 1024;
    if (nNew > (1u << 17)) {
      store_event_cache_clear(p);
    } else {
      EventSlot *aNew = calloc(nNew, sizeof *aNew);
      if (!aNew) return;
      EventCache old = *c;
      c->a = aNew;
      c->nSlot = nNew;
      for (size_t i = 0; i < old.nSlot; i++)
        if (old.a[i].h) {
          size_t m = nNew - 1, j = (size_t)old.a[i].h & m;
          while (aNew[j].h) j = (j + 1) & m;
          aNew[j] = old.a[i];
        }
      free(old.a);
    }
  }
  uint64_t h = key_hash(b);
  EventSlot *s = event_slot(c, b, h);
  if (s->h) return;
  size_t iKey = c->keys.n;
  buf_append(&c->keys, b->z, b->n);
  if (c->keys.bOom) {
    store_event_cache_clear(p);
    c->keys.bOom = 0;
    return;
  }
  s->h = h, s->iKey = iKey, s->nKey = b->n, s->iEvent = iEvent;
  c->nUsed++;
}

/* State of one ingest, so the steps below can share it and clean up once. */
typedef struct Ingest {
  tocsin_store *p;
  tocsin_doc *d;
  tocsin_error *pErr;
  long long iDoc;
  long long *aSentId;    /* row id of each sentence */
  long long *aEventId;   /* event row of each coded event */
  long long iMention0;   /* the document's mentions are rows iMention0 + 1 + i */
  Buf json;              /* JSON arrays of the rows, NUL-separated ... */
  size_t *aOff;          /* ... each starting at json.z + aOff[k] */
  int bBatch;            /* inside a batch: full-text indexing waits for its commit */
  Buf tmp, key;
  const char *zWhat;     /* the step running, for error messages */
} Ingest;

/* The id of event e's row: the cached one of its merge key, else a new row,
** else (the merge rule) the stored row with the same key. */
static int event_id(Ingest *g, const tocsin_event *e, int bAsserted, long long *piEvent,
                    tocsin_ingest_result *pRes) {
  tocsin_store *p = g->p;
  long long iEvent = 0;
  sqlite3_stmt *s;
  int rc = SQLITE_OK;
  g->zWhat = "storing an event";
  /* undated events never merge, so only dated ones are looked up */
  if (e->zDate) {
    event_key(&g->key, e, bAsserted);
    if (g->key.bOom) return store_oom(g->pErr);
    if ((*piEvent = event_cache_get(p, &g->key)) != 0) return TOCSIN_OK;
  }
  if (!(s = stmt(p, STMT_EVENT, g->pErr))) return TOCSIN_ESTORE;
  bind_text(s, 1, e->zDate);
  const tocsin_actor *aA[2] = {&e->source, &e->target};
  for (int k = 0; k < 2; k++) {
    bind_text(s, 2 + 4 * k, nn(aA[k]->zCode));
    bind_text(s, 3 + 4 * k, aA[k]->zCountry);
    bind_text(s, 4 + 4 * k, aA[k]->zOrg);
    bind_text(s, 5 + 4 * k, aA[k]->zRole);
  }
  bind_text(s, 10, nn(e->zEvent));
  bind_text(s, 11, nn(e->zRoot));
  sqlite3_bind_int(s, 12, e->quad);
  sqlite3_bind_double(s, 13, e->goldstein);
  bind_text(s, 14, e->zPlover);
  sqlite3_bind_int(s, 15, e->bNegated != 0);
  sqlite3_bind_int(s, 16, bAsserted);
  rc = step_done(s);
  if (rc == SQLITE_OK && sqlite3_changes(p->db) > 0) {
    iEvent = sqlite3_last_insert_rowid(p->db);
    pRes->nNewEvent++;
  } else if (rc == SQLITE_OK) {
    /* the merge rule: the stored event with the same key gets this mention */
    g->zWhat = "merging an event";
    if (!(s = stmt(p, STMT_FIND_EVENT, g->pErr))) return TOCSIN_ESTORE;
    bind_text(s, 1, e->zDate);
    bind_text(s, 2, nn(e->source.zCode));
    bind_text(s, 3, nn(e->target.zCode));
    bind_text(s, 4, nn(e->zEvent));
    sqlite3_bind_int(s, 5, e->bNegated != 0);
    sqlite3_bind_int(s, 6, bAsserted);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) iEvent = sqlite3_column_int64(s, 0), rc = SQLITE_OK;
    else if (rc == SQLITE_DONE) rc = SQLITE_CORRUPT;   /* a conflict with no row to match */
    sqlite3_reset(s);
  }
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
  if (e->zDate) event_cache_put(p, &g->key, iEvent);
  *piEvent = iEvent;
  return TOCSIN_OK;
}

/* Appends to g->json the subject ("source [not] verb target") and then the
** key of the judgment that event e's mention is: the key recognises the same
** statement in a later version of the document. */
static void judgment_text(Ingest *g, const tocsin_event *e) {
  tocsin_doc *d = g->d;
  Buf *b = &g->json;
  buf_puts(b, nn(e->source.zCode));
  if (e->bNegated) buf_puts(b, " not");
  buf_putc(b, ' ');
  buf_puts(b, nn(e->zVerb));
  buf_putc(b, ' ');
  buf_puts(b, nn(e->target.zCode));
  buf_putc(b, 0);
  Buf *t = &g->tmp;
  t->n = 0;
  const char *az[5] = {d->zPath, nn(d->aSent[e->iSentence].zText), nn(e->source.zCode), nn(e->zEvent),
                       nn(e->target.zCode)};
  for (int k = 0; k < 5; k++) {
    buf_puts(t, az[k]);
    buf_putc(t, '\x1f');
  }
  buf_int(t, e->bNegated);
  buf_putc(t, '\x1f');
  buf_puts(t, nn(e->zDue));
  char zKey[65];
  if (!t->bOom) sha256_hex(t->z, t->n, zKey);
  buf_append(b, zKey, 64);
  buf_putc(b, 0);
}

/* Stores the judgments among the document's event mentions (hedged,
** estimates, forecasts, recommendations), in multi-row INSERTs. */
static int ingest_judgments(Ingest *g, tocsin_ingest_result *pRes) {
  tocsin_store *p = g->p;
  tocsin_doc *d = g->d;
  size_t nJ = 0;
  for (size_t i = 0; i < d->nEvent; i++) nJ += is_judgment(&d->aEvent[i]) != 0;
  if (!nJ) return TOCSIN_OK;
  /* subjects and keys first, all in g->json: bound SQLITE_STATIC, so it must
  ** not move while the statements run */
  size_t *aEv = malloc(nJ * sizeof *aEv), *aText = malloc(nJ * sizeof *aText);
  if (!aEv || !aText) {
    free(aEv);
    free(aText);
    return store_oom(g->pErr);
  }
  g->json.n = 0;
  for (size_t i = 0, j = 0; i < d->nEvent; i++) {
    if (!is_judgment(&d->aEvent[i])) continue;
    aEv[j] = i;
    aText[j++] = g->json.n;
    judgment_text(g, &d->aEvent[i]);
  }
  int r = TOCSIN_OK;
  if (g->json.bOom || g->tmp.bOom) r = store_oom(g->pErr);
  /* the judgment's author: the byline, else the document's title, else its path */
  const char *zAuthor = d->zAuthor && *d->zAuthor ? d->zAuthor : d->zTitle && *d->zTitle ? d->zTitle : d->zPath;
  g->zWhat = "storing a judgment";
  sqlite3_stmt *s;
  for (size_t j0 = 0, k; r == TOCSIN_OK && j0 < nJ; j0 += k) {
    if (!(k = rows_stmt(p, ROWS_JUDGMENT, nJ - j0, &s, g->pErr))) {
      r = TOCSIN_ESTORE;
      break;
    }
    for (size_t m = 0; m < k; m++) {
      size_t iEv = aEv[j0 + m];
      const tocsin_event *e = &d->aEvent[iEv];
      const char *zSubject = g->json.z + aText[j0 + m];
      const char *zKey = zSubject + strlen(zSubject) + 1;
      int c = 11 * (int)m;
      sqlite3_bind_int64(s, c + 1, g->iDoc);
      sqlite3_bind_int64(s, c + 2, g->iMention0 + 1 + (long long)iEv);
      bind_text(s, c + 3, zAuthor);
      bind_text(s, c + 4, nn(e->zMood));
      bind_text(s, c + 5, e->zHedge);
      if (e->bHasP) {
        sqlite3_bind_double(s, c + 6, e->p[0]);
        sqlite3_bind_double(s, c + 7, e->p[1]);
      } else {
        sqlite3_bind_null(s, c + 6);
        sqlite3_bind_null(s, c + 7);
      }
      bind_text(s, c + 8, e->zDue);
      bind_text(s, c + 9, zSubject);
      bind_text(s, c + 10, d->aSent[e->iSentence].zText);
      sqlite3_bind_text(s, c + 11, zKey, 64, SQLITE_STATIC);
    }
    int rc = step_done(s);
    if (rc != SQLITE_OK) r = store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
    else pRes->nJudgment += k;
  }
  free(aEv);
  free(aText);
  return r;
}

/* Room for n + 1 offsets in g->aOff, and g->json emptied; 0 when out of memory. */
static int json_start(Ingest *g, size_t n) {
  size_t *a = realloc(g->aOff, (n + 1) * sizeof *a);
  if (!a) return 0;
  g->aOff = a;
  g->json.n = 0;
  return 1;
}

/* Ends the JSON text just appended to g->json as number k. */
static void json_end(Ingest *g, size_t k) {
  buf_putc(&g->json, 0);
  g->aOff[k + 1] = g->json.n;
}

/* Binds JSON text k (static: g->json does not change until the step). */
static void bind_json(Ingest *g, sqlite3_stmt *s, int i, size_t k) {
  sqlite3_bind_text(s, i, g->json.z + g->aOff[k], (int)(g->aOff[k + 1] - g->aOff[k] - 1), SQLITE_STATIC);
}

/* Stores the sentences (ids from iSent0 + 1), the notes (from iNote0 + 1)
** and their URLs, in multi-row INSERTs. */
static int ingest_text(Ingest *g, long long iSent0, long long iNote0) {
  tocsin_store *p = g->p;
  tocsin_doc *d = g->d;
  sqlite3_stmt *s;
  int rc;
  g->zWhat = "storing the sentences";
  if (!json_start(g, d->nSent)) return store_oom(g->pErr);
  g->aOff[0] = 0;
  for (size_t i = 0; i < d->nSent; i++) {
    json_int_list(&g->tmp, d->aSent[i].aNote, d->aSent[i].nNote);
    buf_append(&g->json, g->tmp.z, g->tmp.n);
    json_end(g, i);
  }
  if (g->json.bOom || g->tmp.bOom) return store_oom(g->pErr);
  for (size_t i0 = 0, k; i0 < d->nSent; i0 += k) {
    if (!(k = rows_stmt(p, ROWS_SENT, d->nSent - i0, &s, g->pErr))) return TOCSIN_ESTORE;
    for (size_t j = 0; j < k; j++) {
      size_t i = i0 + j;
      const tocsin_sentence *t = &d->aSent[i];
      int c = 7 * (int)j;
      g->aSentId[i] = iSent0 + 1 + (long long)i;
      sqlite3_bind_int64(s, c + 1, g->aSentId[i]);
      sqlite3_bind_int64(s, c + 2, g->iDoc);
      sqlite3_bind_int64(s, c + 3, (long long)i);
      sqlite3_bind_int64(s, c + 4, (long long)t->start);
      sqlite3_bind_int64(s, c + 5, (long long)t->end);
      bind_text(s, c + 6, nn(t->zText));
      bind_json(g, s, c + 7, i);
    }
    if ((rc = step_done(s)) != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
  }
  /* the full-text index takes them when the batch (or the document) commits */
  if (d->nSent && (!p->iFtsPending || iSent0 + 1 < p->iFtsPending)) p->iFtsPending = iSent0 + 1;

  g->zWhat = "storing the notes";
  size_t nUrl = 0;
  for (size_t i0 = 0, k; i0 < d->nNote; i0 += k) {
    if (!(k = rows_stmt(p, ROWS_NOTE, d->nNote - i0, &s, g->pErr))) return TOCSIN_ESTORE;
    for (size_t j = 0; j < k; j++) {
      const tocsin_note *n = &d->aNote[i0 + j];
      int c = 4 * (int)j;
      sqlite3_bind_int64(s, c + 1, iNote0 + 1 + (long long)(i0 + j));
      sqlite3_bind_int64(s, c + 2, g->iDoc);
      sqlite3_bind_int(s, c + 3, n->n);
      bind_text(s, c + 4, nn(n->zText));
      nUrl += n->nUrl;
    }
    if ((rc = step_done(s)) != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
  }
  /* the URLs of all notes, in note order */
  size_t iNote = 0, iUrl = 0;
  for (size_t i0 = 0, k; i0 < nUrl; i0 += k) {
    if (!(k = rows_stmt(p, ROWS_URL, nUrl - i0, &s, g->pErr))) return TOCSIN_ESTORE;
    for (size_t j = 0; j < k; j++, iUrl++) {
      while (iUrl >= d->aNote[iNote].nUrl) iNote++, iUrl = 0;
      const tocsin_note *n = &d->aNote[iNote];
      int c = 3 * (int)j;
      sqlite3_bind_int64(s, c + 1, iNote0 + 1 + (long long)iNote);
      bind_text(s, c + 2, n->azUrl[iUrl]);
      bind_text(s, c + 3, n->azDomain[iUrl]);
    }
    if ((rc = step_done(s)) != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
  }
  return TOCSIN_OK;
}

/* Stores the events (merging by the rule above), their mentions (ids from
** g->iMention0 + 1, in multi-row INSERTs) and the judgments among them. */
static int ingest_events(Ingest *g, tocsin_ingest_result *pRes) {
  tocsin_store *p = g->p;
  tocsin_doc *d = g->d;
  sqlite3_stmt *s;
  int rc;
  if (!d->nEvent) return TOCSIN_OK;
  for (size_t i = 0; i < d->nEvent; i++) {
    const tocsin_event *e = &d->aEvent[i];
    int bAsserted = !strcmp(nn(e->zMood), "fact") || !strcmp(nn(e->zMood), "reported");
    if ((rc = event_id(g, e, bAsserted, &g->aEventId[i], pRes)) != TOCSIN_OK) return rc;
  }

  g->zWhat = "storing an event mention";
  for (size_t i0 = 0, k; i0 < d->nEvent; i0 += k) {
    if (!(k = rows_stmt(p, ROWS_MENTION, d->nEvent - i0, &s, g->pErr))) return TOCSIN_ESTORE;
    for (size_t j = 0; j < k; j++) {
      size_t i = i0 + j;
      const tocsin_event *e = &d->aEvent[i];
      int c = 16 * (int)j;
      sqlite3_bind_int64(s, c + 1, g->iMention0 + 1 + (long long)i);
      sqlite3_bind_int64(s, c + 2, g->aEventId[i]);
      sqlite3_bind_int64(s, c + 3, g->aSentId[e->iSentence]);
      sqlite3_bind_int64(s, c + 4, (long long)i);
      bind_text(s, c + 5, e->zDateText);
      bind_text(s, c + 6, e->source.zText);
      bind_text(s, c + 7, e->target.zText);
      bind_text(s, c + 8, e->zVerb);
      bind_text(s, c + 9, nn(e->zMood));
      bind_text(s, c + 10, e->zHedge);
      if (e->bHasP) {
        sqlite3_bind_double(s, c + 11, e->p[0]);
        sqlite3_bind_double(s, c + 12, e->p[1]);
      } else {
        sqlite3_bind_null(s, c + 11);
        sqlite3_bind_null(s, c + 12);
      }
      bind_text(s, c + 13, e->zDue);
      bind_text(s, c + 14, e->zLocName);
      bind_text(s, c + 15, e->zLocCountry);
      bind_text(s, c + 16, e->reporter.zCode);
    }
    if ((rc = step_done(s)) != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
    pRes->nMention += k;
  }
  return ingest_judgments(g, pRes);
}

/* What can refuse a document is checked, and its memory taken, before the
** first write: inside a batch a failure after that rolls the batch back
** whole (no savepoint per document, docs/store.md "Cost"), so only the
** store itself (a full disk, an I/O error) or memory running out can. */
static int ingest_check(Ingest *g) {
  tocsin_store *p = g->p;
  tocsin_doc *d = g->d;
  for (size_t i = 0; i < d->nEvent; i++) {
    /* the store keeps a mention's notes (and so its cited domains and URL)
    ** with its sentence: an event citing other notes would lose them */
    const struct EventExtra *x = &d->aExtra[i];
    const tocsin_sentence *t = &d->aSent[d->aEvent[i].iSentence];
    if (x->nNote != t->nNote || (x->aNote != t->aNote && memcmp(x->aNote, t->aNote, x->nNote * sizeof *x->aNote))) {
      err_set(g->pErr, TOCSIN_EARG, (size_t)-1,
              "%s: event %zu cites notes other than those of its sentence, which the store cannot keep; "
              "nothing of this document was stored (a coder bug: please report it with the document)",
              p->zPath, i);
      return TOCSIN_EARG;
    }
  }
  g->aSentId = malloc((d->nSent ? d->nSent : 1) * sizeof(long long));
  g->aEventId = malloc((d->nEvent ? d->nEvent : 1) * sizeof(long long));
  if (!g->aSentId || !g->aEventId || !json_start(g, d->nSent > d->nEvent ? d->nSent : d->nEvent))
    return store_oom(g->pErr);
  return TOCSIN_OK;
}

/* Everything inside the transaction; the caller commits or rolls back. */
static int ingest_body(Ingest *g, tocsin_ingest_result *pRes) {
  tocsin_store *p = g->p;
  tocsin_doc *d = g->d;
  sqlite3_stmt *s;
  int rc;

  g->zWhat = "looking the document up";
  if (!(s = stmt(p, STMT_BY_HASH, g->pErr))) return TOCSIN_ESTORE;
  bind_text(s, 1, pRes->zHash);
  rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    pRes->status = TOCSIN_INGEST_UNCHANGED;
    pRes->iDoc = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return TOCSIN_OK;
  }
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);

  long long iOld = 0;
  /* standard input has no name that stays the same from one document to the
  ** next: each distinct content is its own document, never a new version */
  int bAnonymous = !strcmp(d->zPath, "-") || !strcmp(d->zPath, "<stdin>");
  if (!bAnonymous) {
    if (!(s = stmt(p, STMT_BY_PATH, g->pErr))) return TOCSIN_ESTORE;
    bind_text(s, 1, d->zPath);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) iOld = sqlite3_column_int64(s, 0), rc = SQLITE_DONE;
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
  }

  g->zWhat = "storing the document";
  if (!(s = stmt(p, STMT_DOC, g->pErr))) return TOCSIN_ESTORE;
  bind_text(s, 1, pRes->zHash);
  bind_text(s, 2, d->zPath);
  bind_text(s, 3, d->zTitle);
  bind_text(s, 4, d->zDate[0] ? d->zDate : NULL);
  bind_text(s, 5, d->zDateSource);
  bind_text(s, 6, d->nNote ? "report" : "wire");
  sqlite3_bind_int64(s, 7, (long long)d->nOrig);
  sqlite3_bind_int64(s, 8, (long long)d->nSent);
  sqlite3_bind_int64(s, 9, (long long)d->nEvent);
  if ((rc = step_done(s)) != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);
  g->iDoc = pRes->iDoc = sqlite3_last_insert_rowid(p->db);

  /* the rows of this document take the ids after the highest ones stored */
  g->zWhat = "storing the document";
  if (!(s = stmt(p, STMT_MAX_IDS, g->pErr))) return TOCSIN_ESTORE;
  rc = sqlite3_step(s);
  long long iSent0 = 0, iNote0 = 0;
  if (rc == SQLITE_ROW) {
    iSent0 = sqlite3_column_int64(s, 0);
    iNote0 = sqlite3_column_int64(s, 1);
    g->iMention0 = sqlite3_column_int64(s, 2);
    rc = SQLITE_OK;
  }
  sqlite3_reset(s);
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, g->zWhat, g->pErr);

  int r = ingest_text(g, iSent0, iNote0);
  if (r != TOCSIN_OK) return r;
  pRes->nSentence = d->nSent;
  if ((r = ingest_events(g, pRes)) != TOCSIN_OK) return r;
  pRes->status = TOCSIN_INGEST_ADDED;
  if (!iOld) return g->bBatch ? TOCSIN_OK : store_fts_flush(p, g->pErr);

  /* A new version: keep the outcomes of forecasts it still makes, then drop
  ** the old rows and the events only the old version reported. */
  pRes->status = TOCSIN_INGEST_REPLACED;
  g->zWhat = "replacing the previous version of the document";
  /* the old version may be a document of this very batch, not yet indexed:
  ** the index must hold what its delete trigger takes out */
  int rcFlush = store_fts_flush(p, g->pErr);
  if (rcFlush != TOCSIN_OK) return rcFlush;
  Buf *t = &g->tmp;
  t->n = 0;
  buf_printf(t,
             "UPDATE judgments SET outcome=o.outcome, resolved_at=o.resolved_at"
             " FROM (SELECT key, outcome, resolved_at FROM judgments WHERE doc_id=%lld AND outcome IS NOT NULL) o"
             " WHERE judgments.doc_id=%lld AND judgments.key=o.key;"
             "CREATE TEMP TABLE IF NOT EXISTS old_events(id INTEGER PRIMARY KEY);"
             "DELETE FROM temp.old_events;"
             "INSERT INTO temp.old_events SELECT DISTINCT m.event_id FROM sentences s JOIN mentions m"
             " ON m.sentence_id = s.id WHERE s.doc_id=%lld;"
             /* children first: a batch writes with foreign keys off (no
             ** cascade), a lone document with them on (nothing left to cascade) */
             "DELETE FROM judgments WHERE doc_id=%lld;"
             "DELETE FROM mentions WHERE sentence_id IN (SELECT id FROM sentences WHERE doc_id=%lld);"
             "DELETE FROM urls WHERE note_id IN (SELECT id FROM notes WHERE doc_id=%lld);"
             "DELETE FROM notes WHERE doc_id=%lld;"
             "DELETE FROM sentences WHERE doc_id=%lld;"
             "DELETE FROM documents WHERE id=%lld;"
             "DELETE FROM events WHERE id IN (SELECT id FROM temp.old_events)"
             " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id=events.id);"
             "DELETE FROM temp.old_events;",
             iOld, g->iDoc, iOld, iOld, iOld, iOld, iOld, iOld, iOld);
  if (t->bOom) return store_oom(g->pErr);
  /* events the old version alone reported are gone: forget the cached ids */
  store_event_cache_clear(p);
  return store_exec(p, t->z, g->zWhat, g->pErr);
}

int tocsin_store_ingest(tocsin_store *p, tocsin_doc *d, tocsin_ingest_result *pRes, tocsin_error *pErr) {
  tocsin_ingest_result res;
  if (!pRes) pRes = &res;
  memset(pRes, 0, sizeof *pRes);
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!p || !d) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1, "tocsin_store_ingest: no store or no document");
    return TOCSIN_EARG;
  }
  if (p->bReadOnly) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1, "%s: the store was opened read-only", p->zPath);
    return TOCSIN_EARG;
  }
  memcpy(pRes->zHash, doc_hash(d), sizeof pRes->zHash);
  Ingest g;
  memset(&g, 0, sizeof g);
  g.p = p;
  g.d = d;
  g.pErr = pErr;
  buf_init(&g.tmp);
  buf_init(&g.key);
  buf_init(&g.json);
  /* Inside a batch (tocsin_store_begin) the document joins the batch's
  ** transaction: committed with the batch, and all or nothing as part of it
  ** (a failure after its first write rolls the whole batch back; a
  ** savepoint per document cost 3 % of storing's instructions and more of
  ** its time, docs/store.md "Cost"). Alone it is its own IMMEDIATE
  ** transaction, which takes the write lock at once, so a busy store fails
  ** before any work. */
  int bBatch = !sqlite3_get_autocommit(p->db);
  g.bBatch = bBatch;
  if (!bBatch) {
    /* a transaction of its own */
    store_event_cache_clear(p);
    p->iFtsPending = 0;
  }
  int r = ingest_check(&g);
  int bWrote = 0;   /* the transaction holds writes of this document */
  if (r == TOCSIN_OK && !bBatch) r = store_exec(p, "BEGIN IMMEDIATE", "starting the transaction", pErr);
  if (r == TOCSIN_OK) {
    bWrote = 1;
    r = ingest_body(&g, pRes);
    if (r == TOCSIN_OK && !bBatch) r = store_exec(p, "COMMIT", "committing the document", pErr);
  }
  if (r != TOCSIN_OK && bWrote) {
    sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
    store_event_cache_clear(p);   /* its new events are rolled back */
    p->iFtsPending = 0;
    if (bBatch) store_fk_restore(p);
  } else if (r == TOCSIN_OK && bBatch && pRes->status != TOCSIN_INGEST_UNCHANGED) {
    p->nBatchDoc++;
  }
  if (!bBatch) {
    store_event_cache_clear(p);
    p->iFtsPending = 0;
  }
  if (r != TOCSIN_OK && pErr && pErr->code) {
    /* say which document: the store's message names only the store */
    size_t n = strlen(pErr->msg);
    snprintf(pErr->msg + n, sizeof pErr->msg - n, " [document %s not stored]", d->zPath);
    n = strlen(pErr->msg);
    if (bBatch && bWrote && p->nBatchDoc)
      snprintf(pErr->msg + n, sizeof pErr->msg - n,
               " [the open batch was rolled back with it: %zu earlier document%s not stored either; "
               "run the ingest again to store them]",
               p->nBatchDoc, p->nBatchDoc == 1 ? " was" : "s were");
  }
  if (r != TOCSIN_OK && bBatch && bWrote) p->nBatchDoc = 0;
  if (r != TOCSIN_OK) {
    tocsin_ingest_result keep = *pRes;
    memset(pRes, 0, sizeof *pRes);
    memcpy(pRes->zHash, keep.zHash, sizeof pRes->zHash);
  }
  free(g.aSentId);
  free(g.aEventId);
  free(g.aOff);
  buf_free(&g.json);
  buf_free(&g.tmp);
  buf_free(&g.key);
  return r;
}

int store_fts_flush(tocsin_store *p, tocsin_error *pErr) {
  if (!p->iFtsPending) return TOCSIN_OK;
  char zSql[160];
  snprintf(zSql, sizeof zSql, "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id >= %lld",
           p->iFtsPending);
  int r = store_exec(p, zSql, "indexing the batch's sentences", pErr);
  if (r == TOCSIN_OK) p->iFtsPending = 0;
  return r;
}

/* A batch writes with foreign keys off: every reference it stores is a row
** id it assigned or read in the same transaction, and a replacement deletes
** children before parents, so the checks (two parent lookups per mention,
** one per sentence, note and URL: 6 % of storing's instructions) could only
** fail on a bug, which the tests' PRAGMA foreign_key_check would show. The
** pragma is a no-op inside a transaction, so it is set around one. */
int tocsin_store_begin(tocsin_store *p, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  p->iFtsPending = 0;
  p->nBatchDoc = 0;
  store_event_cache_clear(p);   /* other writers may have changed events since */
  int r = store_exec(p, "PRAGMA foreign_keys=OFF", "starting a batch", pErr);
  if (r == TOCSIN_OK) r = store_exec(p, "BEGIN IMMEDIATE", "starting a batch", pErr);
  if (r != TOCSIN_OK) store_fk_restore(p);
  return r;
}

void store_fk_restore(tocsin_store *p) {
  if (sqlite3_get_autocommit(p->db)) sqlite3_exec(p->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
}

int tocsin_store_batch_open(const tocsin_store *p) { return p && !sqlite3_get_autocommit(p->db); }

int tocsin_store_commit(tocsin_store *p, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  /* the batch's sentences enter the index in the same transaction */
  int r = store_fts_flush(p, pErr);
  if (r == TOCSIN_OK) r = store_exec(p, "COMMIT", "committing a batch", pErr);
  if (r != TOCSIN_OK) sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
  store_fk_restore(p);
  p->iFtsPending = 0;
  p->nBatchDoc = 0;
  store_event_cache_clear(p);
  return r;
}

int tocsin_store_rollback(tocsin_store *p) {
  p->iFtsPending = 0;
  p->nBatchDoc = 0;
  store_event_cache_clear(p);
  int r = sqlite3_get_autocommit(p->db) || sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK
              ? TOCSIN_OK
              : TOCSIN_ESTORE;
  store_fk_restore(p);
  return r;
}

int tocsin_store_contains(tocsin_store *p, const tocsin_doc *d, long long *piDoc, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  sqlite3_stmt *s = stmt(p, STMT_BY_HASH, pErr);
  if (!s) return -1;
  bind_text(s, 1, doc_hash((tocsin_doc *)d));
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW && piDoc) *piDoc = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (rc == SQLITE_ROW) return 1;
  if (rc == SQLITE_DONE) return 0;
  store_error(p->db, rc, p->zPath, "looking the document up", pErr);
  return -1;
}

/* ---- queries ----------------------------------------------------------------- */

/* One row per merged event; columns in the order of the GDELT-style TSV. The
** representative mention (its words, mood, notes, URL) is the first stored.
** A mention's document and notes are its sentence's; its cited domains,
** those of the URLs of these notes; its URL, the first of them (schema
** version 5: no copies in the mention rows). */
static const char zEventsSql[] =
    /* the event's domains once, as a JSON array: NumSources counts it and
    ** SourceDomains lists it (MATERIALIZED: a flattened query would derive
    ** them twice) */
    "WITH ev AS MATERIALIZED (SELECT e.id AS id, e.date AS date,"
    " e.source AS source, m.source_text AS source_name, e.source_country AS source_country,"
    " coalesce(e.source_role, CASE WHEN e.source_org IS NOT NULL THEN 'IGO' END) AS source_type,"
    " e.target AS target, m.target_text AS target_name, e.target_country AS target_country,"
    " coalesce(e.target_role, CASE WHEN e.target_org IS NOT NULL THEN 'IGO' END) AS target_type,"
    " (s.i = 0) AS is_root, e.code AS event, substr(e.code, 1, 3) AS base, e.root AS root,"
    " e.quad AS quad, e.goldstein AS goldstein, m.loc_name AS location, m.loc_country AS location_country,"
    " coalesce((SELECT u.url FROM json_each(s.notes) j JOIN notes n ON n.doc_id = s.doc_id AND n.n = j.value"
    "   JOIN urls u ON u.note_id = n.id ORDER BY j.key, u.id LIMIT 1), d.path) AS source_url,"
    " e.plover AS plover, m.mood AS mood, e.negated AS negated,"
    " m.hedge AS hedge, m.p_low AS p_low, m.p_high AS p_high, s.notes AS notes, d.path AS doc,"
    " s.i AS sentence, m.reporter AS reporter,"
    " (SELECT count(*) FROM mentions x WHERE x.event_id = e.id) AS mentions,"
    " (SELECT json_group_array(v) FROM (SELECT DISTINCT u.domain AS v FROM mentions x JOIN sentences y"
    "   ON y.id = x.sentence_id, json_each(y.notes) j JOIN notes n ON n.doc_id = y.doc_id AND n.n = j.value"
    "   JOIN urls u ON u.note_id = n.id WHERE x.event_id = e.id AND u.domain IS NOT NULL ORDER BY 1)) AS dj,"
    " (SELECT count(DISTINCT y.doc_id) FROM mentions x JOIN sentences y ON y.id = x.sentence_id"
    "   WHERE x.event_id = e.id) AS articles,"
    " (SELECT group_concat(v, ' ') FROM (SELECT DISTINCT z.path AS v FROM mentions x JOIN sentences y"
    "   ON y.id = x.sentence_id JOIN documents z ON z.id = y.doc_id WHERE x.event_id = e.id ORDER BY 1)) AS docs"
    " FROM events e"
    " JOIN mentions m ON m.id = (SELECT min(x.id) FROM mentions x WHERE x.event_id = e.id)"
    " JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.doc_id"
    " WHERE (?1 IS NULL OR substr(e.source, 1, length(?1)) = ?1)"
    " AND (?2 IS NULL OR substr(e.target, 1, length(?2)) = ?2)"
    " AND (?3 IS NULL OR substr(e.code, 1, length(?3)) = ?3)"
    " AND (?4 IS NULL OR e.date >= ?4) AND (?5 IS NULL OR e.date <= ?5))"
    " SELECT id, date, source, source_name, source_country, source_type, target, target_name, target_country,"
    " target_type, is_root, event, base, root, quad, goldstein, location, location_country, source_url, plover,"
    " mood, negated, hedge, p_low, p_high, notes, doc, sentence, reporter, mentions, json_array_length(dj) AS sources,"
    " articles, (SELECT group_concat(j.value, ' ') FROM json_each(dj) j) AS domains, docs"
    " FROM ev ORDER BY date IS NULL, date, id";

static const char *nonempty(const char *z) { return z && *z ? z : NULL; }

int tocsin_store_events(tocsin_store *p, const tocsin_filter *pF, tocsin_row_fn xRow, void *pArg,
                        tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db, zEventsSql, -1, &s, NULL);
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, "preparing the event query", pErr);
  if (pF) {
    bind_text(s, 1, nonempty(pF->zSource));
    bind_text(s, 2, nonempty(pF->zTarget));
    bind_text(s, 3, nonempty(pF->zCode));
    bind_text(s, 4, nonempty(pF->zSince));
    bind_text(s, 5, nonempty(pF->zUntil));
  }
  return store_rows(p, s, xRow, pArg, "querying events", pErr);
}

/* Pragmas that take an argument but only read. */
static const char *const azReadPragma[] = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
                                           "foreign_key_list", "foreign_key_check", "integrity_check",
                                           "quick_check", NULL};

/* The authorizer of --sql: sqlite3_stmt_readonly() lets through what does not
** write the file but still changes the connection or other files: PRAGMA
** assignments (journal_mode=DELETE) and ATTACH (which can create a file). */
static int sql_authorizer(void *pArg, int op, const char *z1, const char *z2, const char *zDb, const char *zTrig) {
  (void)pArg, (void)zDb, (void)zTrig;
  if (op == SQLITE_ATTACH || op == SQLITE_DETACH) return SQLITE_DENY;
  if (op == SQLITE_PRAGMA && z2) {
    for (const char *const *az = azReadPragma; *az; az++)
      if (z1 && !strcmp(z1, *az)) return SQLITE_OK;
    return SQLITE_DENY;
  }
  return SQLITE_OK;
}

static int sql_run(tocsin_store *p, const char *zSql, tocsin_row_fn xRow, void *pArg, tocsin_error *pErr);

int tocsin_store_sql(tocsin_store *p, const char *zSql, tocsin_row_fn xRow, void *pArg, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  sqlite3_set_authorizer(p->db, sql_authorizer, NULL);
  int r = sql_run(p, zSql, xRow, pArg, pErr);
  sqlite3_set_authorizer(p->db, NULL, NULL);
  return r;
}

static int sql_run(tocsin_store *p, const char *zSql, tocsin_row_fn xRow, void *pArg, tocsin_error *pErr) {
  const char *z = zSql;
  while (z && *z) {
    sqlite3_stmt *s = NULL;
    const char *zTail = NULL;
    int rc = sqlite3_prepare_v2(p->db, z, -1, &s, &zTail);
    if (rc == SQLITE_AUTH) {
      err_set(pErr, TOCSIN_EARG, (size_t)(z - zSql),
              "--sql runs read-only statements and refused the one at byte %zu: it would change a setting "
              "(PRAGMA with a value) or attach a database",
              (size_t)(z - zSql));
      return TOCSIN_EARG;
    }
    if (rc != SQLITE_OK) {
      int iOff = sqlite3_error_offset(p->db);  /* -1 when SQLite cannot tell */
      size_t iAt = (size_t)(z - zSql) + (iOff > 0 ? (size_t)iOff : 0);
      if (iOff >= 0)
        err_set(pErr, TOCSIN_EARG, iAt, "--sql: %s (at byte %zu of the SQL)", sqlite3_errmsg(p->db), iAt);
      else
        err_set(pErr, TOCSIN_EARG, iAt, "--sql: %s (in the statement starting at byte %zu)", sqlite3_errmsg(p->db),
                iAt);
      return TOCSIN_EARG;
    }
    if (!s) break;  /* only whitespace or comments left */
    if (!sqlite3_stmt_readonly(s)) {
      size_t n = strlen(sqlite3_sql(s));
      err_set(pErr, TOCSIN_EARG, (size_t)(z - zSql),
              "--sql runs read-only statements and refused one that would write: %.*s%s; "
              "the store changes only through tocsin ingest, forecasts resolve and watch",
              n > 80 ? 80 : (int)n, sqlite3_sql(s), n > 80 ? "..." : "");
      sqlite3_finalize(s);
      return TOCSIN_EARG;
    }
    int r = store_rows(p, s, xRow, pArg, "running --sql", pErr);
    if (r) return r;
    z = zTail;
  }
  return TOCSIN_OK;
}

int tocsin_store_search(tocsin_store *p, const char *zQuery, int bRaw, int nLimit, tocsin_row_fn xRow,
                        void *pArg, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!p->bReadOnly && store_fts_flush(p, pErr) != TOCSIN_OK) return TOCSIN_ESTORE;   /* an open batch */
  Buf q;
  buf_init(&q);
  if (bRaw) {
    buf_puts(&q, zQuery);
  } else {
    /* every word as an FTS5 string, so "RUS-BLR" or "U.S." are words, not syntax */
    const char *z = zQuery;
    while (*z) {
      while (*z && is_space((unsigned char)*z)) z++;
      if (!*z) break;
      if (q.n) buf_putc(&q, ' ');
      buf_putc(&q, '"');
      for (; *z && !is_space((unsigned char)*z); z++) {
        if (*z == '"') buf_putc(&q, '"');
        buf_putc(&q, *z);
      }
      buf_putc(&q, '"');
    }
  }
  if (q.bOom || !q.n) {
    int bOom = q.bOom;
    buf_free(&q);
    err_set(pErr, bOom ? TOCSIN_ENOMEM : TOCSIN_EARG, (size_t)-1, bOom ? "out of memory" : "search: no words given");
    return pErr ? pErr->code : TOCSIN_EARG;
  }
  static const char zSql[] =
      "SELECT d.path AS doc, d.title AS title, d.pubdate AS date, s.i AS sentence,"
      " s.byte_start AS start, s.byte_end AS end, s.text AS text,"
      " highlight(sentences_fts, 0, '[', ']') AS match, s.notes AS notes"
      " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
      " JOIN documents d ON d.id = s.doc_id"
      " WHERE sentences_fts MATCH ?1 ORDER BY bm25(sentences_fts), d.path, s.i LIMIT ?2";
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db, zSql, -1, &s, NULL);
  if (rc != SQLITE_OK) {
    buf_free(&q);
    return store_error(p->db, rc, p->zPath, "preparing the search", pErr);
  }
  sqlite3_bind_text(s, 1, q.z, (int)q.n, SQLITE_TRANSIENT);
  sqlite3_bind_int(s, 2, nLimit > 0 ? nLimit : -1);
  buf_free(&q);
  int r = store_rows(p, s, xRow, pArg, "searching", pErr);
  if (r == TOCSIN_ESTORE && bRaw && pErr && strstr(pErr->msg, "fts5: syntax error")) {
    size_t n = strlen(pErr->msg);
    snprintf(pErr->msg + n, sizeof pErr->msg - n, "; without --raw each word is searched as written");
    pErr->code = TOCSIN_EARG;
    return TOCSIN_EARG;
  }
  return r;
}
