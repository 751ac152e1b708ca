/*
** The background checkpointer (tocsin_store_checkpoint_background,
** docs/store.md "Round of 2026-11-29, night").
**
** In WAL mode every commit appends the pages it changed to the log, and a
** checkpoint copies them back into the database file (and syncs both). By
** default the writing connection does that itself, inside the commit that
** takes the log past wal_autocheckpoint pages, and again when it closes: the
** writer stops storing while pages are copied and the disk syncs. Here a
** thread with a connection of its own runs PASSIVE checkpoints instead
** whenever the writer's log has grown by CKPT_FRAMES pages since the last
** one: a PASSIVE checkpoint never takes the write lock and never waits for a
** reader, so the writer goes on storing meanwhile.
**
** The log starts over from its beginning only when a write transaction
** begins after a checkpoint has copied all of it, and a batch ingest begins
** the next batch at once after each commit, before the thread is done: so
** the log would only grow. When it reaches CKPT_LIMIT pages (wal_autocheckpoint
** before, docs/store.md), the writer waits for the thread's checkpoint and
** copies the rest itself, as wal_autocheckpoint would have copied all of it;
** its next transaction starts the log over. The log stays as bounded as
** before, and the writer copies only what the thread has not.
**
** What is copied is committed data only: a crash or kill -9 at
** any moment leaves what SQLite's WAL guarantees, each transaction whole or
** absent. tocsin_store_close stops the thread before the writer's connection
** closes, whose own checkpoint then copies the rest and leaves one complete
** database file, as without the thread.
*/
#include "store.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Pages appended to the log (4 KB each) that start a background checkpoint. */
#ifndef CKPT_FRAMES
#define CKPT_FRAMES 1000
#endif
/* Pages in the log at which the writer finishes a checkpoint itself. */
#define CKPT_LIMIT 8000

struct StoreCkpt {
  sqlite3 *db;            /* the thread's own connection, used only there */
  pthread_t thread;
  pthread_mutex_t mu;
  pthread_cond_t cv;       /* to the thread: wanted or stop */
  pthread_cond_t cvIdle;   /* from the thread: a checkpoint is done */
  int bWanted;            /* the log has grown: checkpoint when idle */
  int bBusy;              /* checkpointing now */
  int bStop;
  int nLast;              /* log size (frames) at the last request */
};

static void *ckpt_main(void *pArg) {
  StoreCkpt *c = pArg;
  pthread_mutex_lock(&c->mu);
  for (;;) {
    while (!c->bWanted && !c->bStop) pthread_cond_wait(&c->cv, &c->mu);
    if (c->bStop) break;
    c->bWanted = 0;
    c->bBusy = 1;
    pthread_mutex_unlock(&c->mu);
    /* failures (a busy checkpointer lock, an I/O error) only leave pages in
    ** the log: the writer's own checkpoint at close copies them */
    sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    pthread_mutex_lock(&c->mu);
    c->bBusy = 0;
    pthread_cond_broadcast(&c->cvIdle);
  }
  pthread_mutex_unlock(&c->mu);
  return NULL;
}

/* The writer's WAL hook, after each commit: nFrame is the log's size. Takes
** the place of wal_autocheckpoint (which is such a hook itself). */
static int ckpt_hook(void *pArg, sqlite3 *db, const char *zDb, int nFrame) {
  StoreCkpt *c = pArg;
  pthread_mutex_lock(&c->mu);
  if (nFrame < c->nLast) c->nLast = 0;   /* the log was started over */
  if (nFrame >= CKPT_LIMIT) {
    while (c->bWanted || c->bBusy) pthread_cond_wait(&c->cvIdle, &c->mu);
    c->nLast = 0;
    pthread_mutex_unlock(&c->mu);
    sqlite3_wal_checkpoint_v2(db, zDb, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return SQLITE_OK;
  }
  if (nFrame - c->nLast >= CKPT_FRAMES) {
    c->nLast = nFrame;
    c->bWanted = 1;
    pthread_cond_signal(&c->cv);
  }
  pthread_mutex_unlock(&c->mu);
  return SQLITE_OK;
}

int tocsin_store_checkpoint_background(tocsin_store *p, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!p || p->bReadOnly) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1, "tocsin_store_checkpoint_background: no store, or a read-only one");
    return TOCSIN_EARG;
  }
  if (p->pCkpt) return TOCSIN_OK;
  StoreCkpt *c = calloc(1, sizeof *c);
  if (!c) return store_oom(pErr);
  int rc = sqlite3_open_v2(p->zPath, &c->db, SQLITE_OPEN_READWRITE, store_vfs());
  /* it syncs as the writer would have (docs/store.md: synchronous=NORMAL) */
  if (rc == SQLITE_OK) rc = sqlite3_exec(c->db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
  if (rc != SQLITE_OK) {
    int r = store_error(c->db, rc, p->zPath, "opening the checkpoint connection", pErr);
    sqlite3_close(c->db);
    free(c);
    return r;
  }
  pthread_mutex_init(&c->mu, NULL);
  pthread_cond_init(&c->cv, NULL);
  pthread_cond_init(&c->cvIdle, NULL);
  if (pthread_create(&c->thread, NULL, ckpt_main, c) != 0) {
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    pthread_cond_destroy(&c->cvIdle);
    sqlite3_close(c->db);
    free(c);
    return store_oom(pErr);
  }
  p->pCkpt = c;
  sqlite3_wal_hook(p->db, ckpt_hook, c);
  return TOCSIN_OK;
}

void store_checkpoint_stop(tocsin_store *p) {
  StoreCkpt *c = p->pCkpt;
  if (!c) return;
  sqlite3_wal_hook(p->db, NULL, NULL);
  pthread_mutex_lock(&c->mu);
  c->bStop = 1;
  pthread_cond_signal(&c->cv);
  pthread_mutex_unlock(&c->mu);
  pthread_join(c->thread, NULL);
  pthread_mutex_destroy(&c->mu);
  pthread_cond_destroy(&c->cv);
  pthread_cond_destroy(&c->cvIdle);
  sqlite3_close(c->db);
  free(c);
  p->pCkpt = NULL;
}
