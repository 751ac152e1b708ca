/*
** A VFS that gathers the write-ahead log's appends into large writes
** (docs/store.md, "Round of 2026-11-30").
**
** SQLite writes each log frame with two system calls, its 24-byte header and
** its page, so a batch of 1,000 changed pages costs 2,000 pwrite calls. On the
** virtual machines tocsin is measured on a call costs 2-3 microseconds
** whatever its size, and the same bytes written 64 frames at a time cost a
** seventh as much (bench/pipeline.sh). This shim wraps the default VFS and,
** for log files only, keeps appends that follow one another in a buffer and
** writes them with one call.
**
** Why this is safe. Other connections read the log only up to the last frame
** a commit published in the shared-memory index, and SQLite publishes a commit
** after the commit frame's write returns. The commit frame is the one whose
** header carries a nonzero database size (bytes 4-7, the WAL format), so the
** buffer is written out when that frame's page has been appended, inside the
** same xWrite, whose failure then fails the commit as a plain write failure
** would. The publication itself passes through the database file's memory
** barrier (xShmBarrier, between the two copies of the index header that a
** reader compares), which writes out whatever is still gathered: should a
** SQLite write a frame in another shape, nothing is published before it is
** in the file. Everything else that could look at the file first writes the
** buffer out: any read, sync, truncate, size query, file control or close,
** and any write that is not the next append. A kill -9 loses at most
** buffered frames of a transaction that had not committed, which a log
** recovery ignores, as it ignores the tail of any interrupted transaction.
** Nothing changes on disk: the file is the same bytes SQLite would write.
**
** Every other file (the database, its shared memory) goes straight through.
*/
#include "store.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Bytes of log appends gathered before they are written (31 frames of 4 KiB
** pages): SQLite's unix VFS writes at most 0x1ffff bytes in one call -- it
** masks a longer length, since SQLite itself never asks for more -- so a
** larger write would come back short and read as a full disk. */
#define WALBUF_BYTES 0x1ffff
/* A log frame's header (the WAL file format) */
#define WAL_FRAME_HDR 24

typedef struct BufFile BufFile;
struct BufFile {
  sqlite3_file base;          /* pMethods = &buf_io */
  sqlite3_file *pReal;        /* the default VFS's file, just after this struct */
  int bWal;                   /* a log file: appends are gathered */
  unsigned char *aBuf;        /* gathered bytes, or NULL until the first append */
  size_t nBuf;                /* bytes in aBuf */
  sqlite3_int64 iBufOff;      /* file offset of aBuf[0] */
  sqlite3_int64 iCommitPage;  /* offset of the page of the last commit frame seen, or -1 */
  /* a database file and its open log point at each other; same connection, same thread */
  BufFile *pWal, *pDb;
};

static sqlite3_vfs *pDefault;   /* the VFS this one wraps */

/* Writes the gathered bytes; on failure they stay gathered and the caller
** reports the error (a later write, sync or close tries again). */
static int buf_flush(BufFile *f) {
  if (!f->nBuf) return SQLITE_OK;
  int rc = f->pReal->pMethods->xWrite(f->pReal, f->aBuf, (int)f->nBuf, f->iBufOff);
  if (rc == SQLITE_OK) f->nBuf = 0;
  return rc;
}

static int buf_close(sqlite3_file *pFile) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  if (f->pDb) f->pDb->pWal = NULL;
  if (f->pWal) f->pWal->pDb = NULL;
  int rc2 = f->pReal->pMethods->xClose(f->pReal);
  free(f->aBuf);
  f->aBuf = NULL;
  return rc != SQLITE_OK ? rc : rc2;
}

static int buf_read(sqlite3_file *pFile, void *p, int n, sqlite3_int64 off) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xRead(f->pReal, p, n, off);
}

/* Big-endian 32-bit value at a (the WAL format's byte order). */
static uint32_t get_u32(const unsigned char *a) {
  return (uint32_t)a[0] << 24 | (uint32_t)a[1] << 16 | (uint32_t)a[2] << 8 | a[3];
}

static int buf_write(sqlite3_file *pFile, const void *p, int n, sqlite3_int64 off) {
  BufFile *f = (BufFile *)pFile;
  if (!f->bWal) return f->pReal->pMethods->xWrite(f->pReal, p, n, off);
  int rc;
  if (f->nBuf && off != f->iBufOff + (sqlite3_int64)f->nBuf) {
    /* not the next append (a rewritten frame, a new log): order is kept */
    if ((rc = buf_flush(f)) != SQLITE_OK) return rc;
  }
  if (n == WAL_FRAME_HDR) f->iCommitPage = get_u32((const unsigned char *)p + 4) ? off + WAL_FRAME_HDR : -1;
  if (!f->aBuf) f->aBuf = malloc(WALBUF_BYTES);
  if (!f->aBuf || (size_t)n > WALBUF_BYTES) {
    /* written at once, after what is gathered */
    if ((rc = buf_flush(f)) != SQLITE_OK) return rc;
    return f->pReal->pMethods->xWrite(f->pReal, p, n, off);
  }
  if (f->nBuf + (size_t)n > WALBUF_BYTES && (rc = buf_flush(f)) != SQLITE_OK) return rc;
  if (!f->nBuf) f->iBufOff = off;
  memcpy(f->aBuf + f->nBuf, p, (size_t)n);
  f->nBuf += (size_t)n;
  /* a commit frame complete: on disk before SQLite publishes it */
  if (off == f->iCommitPage) return buf_flush(f);
  return SQLITE_OK;
}

static int buf_truncate(sqlite3_file *pFile, sqlite3_int64 size) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xTruncate(f->pReal, size);
}

static int buf_sync(sqlite3_file *pFile, int flags) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xSync(f->pReal, flags);
}

static int buf_file_size(sqlite3_file *pFile, sqlite3_int64 *pSize) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xFileSize(f->pReal, pSize);
}

static int buf_lock(sqlite3_file *pFile, int lock) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xLock(f->pReal, lock);
}

static int buf_unlock(sqlite3_file *pFile, int lock) {
  BufFile *f = (BufFile *)pFile;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xUnlock(f->pReal, lock);
}

static int buf_check_lock(sqlite3_file *pFile, int *pOut) {
  BufFile *f = (BufFile *)pFile;
  return f->pReal->pMethods->xCheckReservedLock(f->pReal, pOut);
}

static int buf_file_control(sqlite3_file *pFile, int op, void *pArg) {
  BufFile *f = (BufFile *)pFile;
  if (op == SQLITE_FCNTL_VFSNAME) {
    /* as SQLite's own shims do: this VFS's name before the one it wraps */
    int rc = f->pReal->pMethods->xFileControl(f->pReal, op, pArg);
    if (rc == SQLITE_OK) {
      char *zNew = sqlite3_mprintf("tocsin-walbuf/%z", *(char **)pArg);
      if (!zNew) return SQLITE_NOMEM;
      *(char **)pArg = zNew;
    }
    return rc;
  }
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xFileControl(f->pReal, op, pArg);
}

static int buf_sector_size(sqlite3_file *pFile) {
  BufFile *f = (BufFile *)pFile;
  return f->pReal->pMethods->xSectorSize(f->pReal);
}

static int buf_device(sqlite3_file *pFile) {
  BufFile *f = (BufFile *)pFile;
  return f->pReal->pMethods->xDeviceCharacteristics(f->pReal);
}

/* Shared memory and memory mapping belong to the database file, which is
** never buffered: these go straight through when the wrapped file has them. */
static int buf_shm_map(sqlite3_file *pFile, int iPg, int pgsz, int bExtend, void volatile **pp) {
  BufFile *f = (BufFile *)pFile;
  if (f->pReal->pMethods->iVersion < 2) return SQLITE_IOERR_SHMMAP;
  return f->pReal->pMethods->xShmMap(f->pReal, iPg, pgsz, bExtend, pp);
}

static int buf_shm_lock(sqlite3_file *pFile, int off, int n, int flags) {
  BufFile *f = (BufFile *)pFile;
  if (f->pReal->pMethods->iVersion < 2) return SQLITE_IOERR_SHMLOCK;
  return f->pReal->pMethods->xShmLock(f->pReal, off, n, flags);
}

static void buf_shm_barrier(sqlite3_file *pFile) {
  BufFile *f = (BufFile *)pFile;
  /* Normally empty here (the commit frame's write emptied it). A failure
  ** cannot be returned from a barrier; the bytes stay gathered and the next
  ** write, sync or close of the log reports it. */
  if (f->pWal) buf_flush(f->pWal);
  if (f->pReal->pMethods->iVersion >= 2) f->pReal->pMethods->xShmBarrier(f->pReal);
}

static int buf_shm_unmap(sqlite3_file *pFile, int bDelete) {
  BufFile *f = (BufFile *)pFile;
  if (f->pReal->pMethods->iVersion < 2) return SQLITE_OK;
  return f->pReal->pMethods->xShmUnmap(f->pReal, bDelete);
}

static int buf_fetch(sqlite3_file *pFile, sqlite3_int64 off, int n, void **pp) {
  BufFile *f = (BufFile *)pFile;
  *pp = NULL;
  if (f->pReal->pMethods->iVersion < 3) return SQLITE_OK;
  int rc = buf_flush(f);
  return rc != SQLITE_OK ? rc : f->pReal->pMethods->xFetch(f->pReal, off, n, pp);
}

static int buf_unfetch(sqlite3_file *pFile, sqlite3_int64 off, void *p) {
  BufFile *f = (BufFile *)pFile;
  if (f->pReal->pMethods->iVersion < 3) return SQLITE_OK;
  return f->pReal->pMethods->xUnfetch(f->pReal, off, p);
}

static const sqlite3_io_methods buf_io = {
    3,                                            /* iVersion */
    buf_close,     buf_read,        buf_write,     buf_truncate,   buf_sync,
    buf_file_size, buf_lock,        buf_unlock,    buf_check_lock, buf_file_control,
    buf_sector_size, buf_device,
    buf_shm_map,   buf_shm_lock,    buf_shm_barrier, buf_shm_unmap,
    buf_fetch,     buf_unfetch,
};

static int buf_open(sqlite3_vfs *pVfs, const char *zName, sqlite3_file *pFile, int flags,
                    int *pOutFlags) {
  (void)pVfs;
  BufFile *f = (BufFile *)pFile;
  memset(f, 0, sizeof *f);
  f->pReal = (sqlite3_file *)(f + 1);
  int rc = pDefault->xOpen(pDefault, zName, f->pReal, flags, pOutFlags);
  /* no methods: the open failed and SQLite will not call xClose */
  if (!f->pReal->pMethods) return rc;
  f->base.pMethods = &buf_io;
  f->bWal = (flags & SQLITE_OPEN_WAL) != 0;
  f->iCommitPage = -1;
  if (f->bWal && zName) {
    /* the database file was opened through this VFS too (same pager) */
    BufFile *pDb = (BufFile *)sqlite3_database_file_object(zName);
    if (pDb && pDb->base.pMethods == &buf_io) {
      pDb->pWal = f;
      f->pDb = pDb;
    }
  }
  return rc;
}

/* The rest of the VFS is the default one's. */
static int buf_delete(sqlite3_vfs *v, const char *z, int bSync) {
  (void)v;
  return pDefault->xDelete(pDefault, z, bSync);
}
static int buf_access(sqlite3_vfs *v, const char *z, int flags, int *pOut) {
  (void)v;
  return pDefault->xAccess(pDefault, z, flags, pOut);
}
static int buf_full_pathname(sqlite3_vfs *v, const char *z, int n, char *zOut) {
  (void)v;
  return pDefault->xFullPathname(pDefault, z, n, zOut);
}
static void *buf_dl_open(sqlite3_vfs *v, const char *z) {
  (void)v;
  return pDefault->xDlOpen(pDefault, z);
}
static void buf_dl_error(sqlite3_vfs *v, int n, char *z) {
  (void)v;
  pDefault->xDlError(pDefault, n, z);
}
static void (*buf_dl_sym(sqlite3_vfs *v, void *p, const char *z))(void) {
  (void)v;
  return pDefault->xDlSym(pDefault, p, z);
}
static void buf_dl_close(sqlite3_vfs *v, void *p) {
  (void)v;
  pDefault->xDlClose(pDefault, p);
}
static int buf_randomness(sqlite3_vfs *v, int n, char *z) {
  (void)v;
  return pDefault->xRandomness(pDefault, n, z);
}
static int buf_sleep(sqlite3_vfs *v, int n) {
  (void)v;
  return pDefault->xSleep(pDefault, n);
}
static int buf_current_time(sqlite3_vfs *v, double *p) {
  (void)v;
  return pDefault->xCurrentTime(pDefault, p);
}
static int buf_last_error(sqlite3_vfs *v, int n, char *z) {
  (void)v;
  return pDefault->xGetLastError ? pDefault->xGetLastError(pDefault, n, z) : 0;
}
static int buf_current_time64(sqlite3_vfs *v, sqlite3_int64 *p) {
  (void)v;
  return pDefault->xCurrentTimeInt64(pDefault, p);
}

static sqlite3_vfs buf_vfs = {
    2, 0, 1024, NULL, STORE_VFS_NAME, NULL,
    buf_open, buf_delete, buf_access, buf_full_pathname,
    buf_dl_open, buf_dl_error, buf_dl_sym, buf_dl_close,
    buf_randomness, buf_sleep, buf_current_time, buf_last_error,
    buf_current_time64, NULL, NULL, NULL,
};

static int rcRegister = SQLITE_ERROR;

static void register_once(void) {
  pDefault = sqlite3_vfs_find(NULL);
  /* version 2 of the VFS object is what the wrapper forwards */
  if (!pDefault || pDefault->iVersion < 2) return;
  buf_vfs.szOsFile = (int)sizeof(BufFile) + pDefault->szOsFile;
  buf_vfs.mxPathname = pDefault->mxPathname;
  rcRegister = sqlite3_vfs_register(&buf_vfs, 0);
}

const char *store_vfs(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, register_once);
  return rcRegister == SQLITE_OK ? STORE_VFS_NAME : NULL;
}
