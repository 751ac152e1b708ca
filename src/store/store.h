/*
** The event store's internals, shared by the files of src/store (docs/store.md).
**
**   schema.c    opening, pragmas, error mapping, versioned migrations
**   store.c     ingest (one transaction per document, merge rule) and queries
**   forecast.c  judgments: listing, resolving, Brier scoring
**   watch.c     watch rules: parsing, threshold and anomaly evaluation, alerts
**   sha256.c    the content hash that makes ingest idempotent
**   checkpoint.c  the background checkpointer of a batch ingest
**   vfs.c       the VFS that gathers log appends into large writes
**
** Nothing here prints or exits; every failure becomes a tocsin_error with
** TOCSIN_ESTORE (or ENOMEM/EARG/EFORMAT) that names the store file.
*/
#ifndef TOCSIN_STORE_INT_H
#define TOCSIN_STORE_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "../core/internal.h"

/* The schema version this build writes (PRAGMA user_version). */
#define STORE_SCHEMA_VERSION 7

/* Statements ingest runs for every document, prepared once per store. */
enum { STMT_BY_HASH, STMT_BY_PATH, STMT_DOC, STMT_MAX_IDS, STMT_FIND_EVENT, STMT_EVENT, STMT_COUNT };

/* Sentences, notes, URLs, mentions and judgments go in with multi-row INSERTs of 1, 2,
** 4, ... 2^(ROWS_SIZES-1) rows: each statement has a cost of its own
** (cursors opened and closed, its end), about 10 % of storing (docs/store.md). */
enum { ROWS_SENT, ROWS_NOTE, ROWS_URL, ROWS_MENTION, ROWS_JUDGMENT, ROWS_COUNT };
#define ROWS_SIZES 6

/* The events a batch has stored or merged so far, by merge key: a mention of
** an event already seen in the batch costs no statement (two before: the
** INSERT that meets the unique index, then the lookup of the row it met).
** Trusted only while the batch's transaction holds the write lock, so it is
** emptied when a batch or a lone document's transaction starts or ends, when
** a failed document rolls its batch back, and after a replacement (which
** deletes events). Keys are NUL-separated fields in one buffer. */
typedef struct EventSlot {
  uint64_t h;           /* hash of the key; 0 = empty slot */
  size_t iKey, nKey;    /* the key in EventCache.keys */
  long long iEvent;
} EventSlot;
typedef struct EventCache {
  EventSlot *a;
  size_t nSlot, nUsed;  /* nSlot a power of two, or 0 */
  Buf keys;
} EventCache;

struct tocsin_store {
  sqlite3 *db;
  char *zPath;          /* as given to tocsin_store_open */
  int bReadOnly;
  sqlite3_stmt *aStmt[STMT_COUNT];
  sqlite3_stmt *aRows[ROWS_COUNT][ROWS_SIZES];   /* [table][log2 of the rows] */
  /* Inside a batch, sentences are added to the full-text index when the batch
  ** commits, in one statement: FTS5 writes a segment at every savepoint, so
  ** indexing per document cost a third of storing. First sentence id not yet
  ** indexed, 0 when none. */
  long long iFtsPending;
  size_t nBatchDoc;     /* documents stored in the open batch */
  EventCache ev;
  /* the background checkpointer, or NULL (checkpoint.c) */
  struct StoreCkpt *pCkpt;
};
typedef struct StoreCkpt StoreCkpt;

/* The VFS every store connection opens with (vfs.c): SQLite's default one,
** with the write-ahead log's appends gathered into large writes. Registered
** on the first call (thread-safe); NULL, meaning SQLite's default, if that
** failed. */
#define STORE_VFS_NAME "tocsin-walbuf"
const char *store_vfs(void);
/* Stops and frees the background checkpointer, if any (before closing p->db). */
void store_checkpoint_stop(tocsin_store *p);

/* Empties the event cache (keeps its memory); store_event_cache_free frees it. */
void store_event_cache_clear(tocsin_store *p);
void store_event_cache_free(tocsin_store *p);

/* Turns foreign keys back on once no transaction is open (a batch runs
** with them off: tocsin_store_begin). */
void store_fk_restore(tocsin_store *p);

/* Indexes the sentences a batch has stored so far (see iFtsPending). */
int store_fts_flush(tocsin_store *p, tocsin_error *pErr);

/* Applies migrations user_version+1 .. iTarget, each in its own transaction
** (the version bump commits with the DDL, so a crash leaves either version).
** Returns TOCSIN_OK or TOCSIN_ESTORE with pErr naming zPath. Exposed so the
** unit tests can build a store as an older tocsin would have. */
int store_migrate(sqlite3 *db, const char *zPath, int iTarget, tocsin_error *pErr);

/* Fills pErr from the connection's last error: TOCSIN_ESTORE, with a message
** that names zPath, what SQLite said, while doing zWhat, and what to do.
** Returns the code set. */
int store_error(sqlite3 *db, int rc, const char *zPath, const char *zWhat, tocsin_error *pErr);

/* Sets TOCSIN_ENOMEM; returns it. */
int store_oom(tocsin_error *pErr);

/* Runs a statement with no result rows; TOCSIN_OK or store_error(). */
int store_exec(tocsin_store *p, const char *zSql, const char *zWhat, tocsin_error *pErr);

/* Passes every row of a prepared statement to xRow (column names, values and
** types), then finalizes it. xRow returning nonzero stops early (not an error). */
int store_rows(tocsin_store *p, sqlite3_stmt *pStmt, tocsin_row_fn xRow, void *pArg, const char *zWhat,
               tocsin_error *pErr);

/* SHA-256 of z[0..n) as 64 lower-case hex digits plus NUL. */
void sha256_hex(const void *z, size_t n, char zOut[65]);

#endif
