/*
** The ordered reading and coding pipeline of the CLI (cli/pipeline.h).
**
** Jobs sit in a ring of Q slots by sequence number: the reader fills slot
** seqHead, workers claim seqClaim, the caller takes seqTail once its job is
** done; seqTail <= seqClaim <= seqHead <= seqTail + Q. One mutex guards the
** three counters and the done flags; the jobs' own work runs outside it.
*/
#include "pipeline.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Job {
  PipeItem item;          /* first: a PipeItem* is its Job* */
  tocsin_input *pIn;      /* a one-document input still to read (the worker reads it) */
  int bDone;
} Job;

struct Pipe {
  PipeConfig cfg;
  /* reader state, touched only by the reader (or by pipe_next() with no threads) */
  int iFile;
  tocsin_input *pIn;      /* the JSONL stream being split into articles */
  int bEnd;               /* out of memory: read nothing more */
  /* shared state */
  pthread_mutex_t mu;
  pthread_cond_t cvWork, cvDone, cvSpace;
  pthread_mutex_t muSkip; /* xSkip is called one call at a time */
  Job **aRing;
  size_t nRing;
  size_t seqHead, seqClaim, seqTail;
  int bReaderDone, bStop;
  pthread_t reader;
  pthread_t *aWorker;
  int nWorker;
  int bReaderStarted;
};

static char *dup_or_null(const char *z) { return z ? strdup(z) : NULL; }

static void job_free(Job *j) {
  if (!j) return;
  tocsin_doc_free(j->item.d);
  tocsin_input_free(j->pIn);
  free((char *)j->item.art.zId);
  free((char *)j->item.art.zUrl);
  free((char *)j->item.art.zPublished);
  free((char *)j->item.art.zTitle);
  free((char *)j->item.art.zExtraJson);
  free(j);
}

void pipe_item_free(PipeItem *pItem) { job_free((Job *)pItem); }

static Job *job_new(Pipe *p) {
  Job *j = calloc(1, sizeof *j);
  if (!j) p->bEnd = 1;
  return j;
}

/* A job that reports an error of reading: err says which file and line. */
static Job *job_error(Pipe *p, const tocsin_error *pErr, int bInputFailed, int iType) {
  if (pErr->code == TOCSIN_ENOMEM) p->bEnd = 1;   /* nothing more would work */
  Job *j = job_new(p);
  if (!j) return NULL;
  j->item.err = *pErr;
  j->item.bInputFailed = bInputFailed;
  j->item.iType = iType;
  return j;
}

/* The next job in input order, or NULL at the end (or out of memory). Runs on
** the reader thread only. */
static Job *produce(Pipe *p) {
  tocsin_error err;
  for (;;) {
    if (p->pIn) {
      tocsin_doc *d = tocsin_input_next(p->pIn, &err);
      if (!d && err.code == TOCSIN_OK) {   /* the end of this stream */
        tocsin_input_free(p->pIn);
        p->pIn = NULL;
        continue;
      }
      if (!d) return job_error(p, &err, 0, TOCSIN_TYPE_JSONL);   /* a bad line: reported, then the next */
      Job *j = job_new(p);
      if (!j) {
        tocsin_doc_free(d);
        return NULL;
      }
      j->item.d = d;
      j->item.iType = TOCSIN_TYPE_JSONL;
      const tocsin_article *a = tocsin_input_article(p->pIn);
      if (a) {
        j->item.bArticle = 1;
        j->item.art.iLine = a->iLine;
        j->item.art.zId = dup_or_null(a->zId);
        j->item.art.zUrl = dup_or_null(a->zUrl);
        j->item.art.zPublished = dup_or_null(a->zPublished);
        j->item.art.zTitle = dup_or_null(a->zTitle);
        j->item.art.zExtraJson = dup_or_null(a->zExtraJson);
      }
      return j;
    }
    if (p->bEnd || p->iFile >= p->cfg.nFile) return NULL;
    const char *zFile = p->cfg.azFile[p->iFile++];
    int bStdin = !strcmp(zFile, "-");
    tocsin_input *in = tocsin_input_open(bStdin ? "<stdin>" : zFile, bStdin ? (void *)stdin : NULL, p->cfg.pOpt, &err);
    if (!in) return job_error(p, &err, 1, 0);
    if (tocsin_input_type(in) == TOCSIN_TYPE_JSONL) {
      p->pIn = in;
      continue;
    }
    Job *j = job_new(p);
    if (!j) {
      tocsin_input_free(in);
      return NULL;
    }
    j->pIn = in;
    j->item.iType = tocsin_input_type(in);
    return j;
  }
}

/* Reads (a one-document input), then codes a job's document. Any thread. */
static void work(Pipe *p, Job *j) {
  if (j->pIn) {
    j->item.d = tocsin_input_next(j->pIn, &j->item.err);
    tocsin_input_free(j->pIn);
    j->pIn = NULL;
  }
  tocsin_doc *d = j->item.d;
  if (!d || !p->cfg.pDict) return;
  if (p->cfg.xSkip) {
    pthread_mutex_lock(&p->muSkip);
    int r = p->cfg.xSkip(p->cfg.pSkipArg, d, &j->item.iSkipInfo, &j->item.err);
    pthread_mutex_unlock(&p->muSkip);
    j->item.bSkipped = r > 0;
    j->item.bSkipFailed = r < 0;
    if (r) return;
  }
  if (tocsin_doc_code(d, p->cfg.pDict, &j->item.err) != TOCSIN_OK) j->item.bCodeFailed = 1;
}

static void *reader_main(void *pArg) {
  Pipe *p = pArg;
  for (;;) {
    pthread_mutex_lock(&p->mu);
    while (!p->bStop && p->seqHead - p->seqTail >= p->nRing) pthread_cond_wait(&p->cvSpace, &p->mu);
    int bStop = p->bStop;
    pthread_mutex_unlock(&p->mu);
    Job *j = bStop ? NULL : produce(p);
    pthread_mutex_lock(&p->mu);
    if (!j) {
      p->bReaderDone = 1;
      pthread_cond_broadcast(&p->cvWork);
      pthread_cond_broadcast(&p->cvDone);
      pthread_mutex_unlock(&p->mu);
      return NULL;
    }
    p->aRing[p->seqHead % p->nRing] = j;
    p->seqHead++;
    pthread_cond_signal(&p->cvWork);
    pthread_mutex_unlock(&p->mu);
  }
}

/* Claims the oldest unclaimed job and codes it. Called and returns with p->mu
** held; releases it while the job is coded. */
static void claim_and_work(Pipe *p) {
  Job *j = p->aRing[p->seqClaim % p->nRing];
  p->seqClaim++;
  pthread_mutex_unlock(&p->mu);
  work(p, j);
  pthread_mutex_lock(&p->mu);
  j->bDone = 1;
  pthread_cond_broadcast(&p->cvDone);
}

static void *worker_main(void *pArg) {
  Pipe *p = pArg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (!p->bStop && p->seqClaim == p->seqHead && !p->bReaderDone) pthread_cond_wait(&p->cvWork, &p->mu);
    if (p->bStop || p->seqClaim == p->seqHead) break;
    claim_and_work(p);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

Pipe *pipe_start(const PipeConfig *pCfg) {
  Pipe *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->cfg = *pCfg;
  pthread_mutex_init(&p->mu, NULL);
  pthread_mutex_init(&p->muSkip, NULL);
  pthread_cond_init(&p->cvWork, NULL);
  pthread_cond_init(&p->cvDone, NULL);
  pthread_cond_init(&p->cvSpace, NULL);
  if (pCfg->nThread <= 1) return p;
  /* a few jobs per worker in flight: enough to keep them busy while the
  ** caller stores or prints one slow document, few enough to bound memory */
  p->nRing = 4 * (size_t)pCfg->nThread + 2 + (size_t)(pCfg->nAhead > 0 ? pCfg->nAhead : 0);
  p->aRing = calloc(p->nRing, sizeof *p->aRing);
  p->aWorker = calloc((size_t)pCfg->nThread, sizeof *p->aWorker);
  if (!p->aRing || !p->aWorker || pthread_create(&p->reader, NULL, reader_main, p) != 0) {
    pipe_stop(p);
    return NULL;
  }
  p->bReaderStarted = 1;
  for (int i = 0; i < pCfg->nThread; i++) {
    if (pthread_create(&p->aWorker[i], NULL, worker_main, p) != 0) break;
    p->nWorker++;
  }
  if (!p->nWorker) {
    pipe_stop(p);
    return NULL;
  }
  return p;
}

int pipe_next(Pipe *p, PipeItem **ppItem) {
  *ppItem = NULL;
  if (!p->aRing) {   /* no threads: read and code here */
    Job *j = produce(p);
    if (!j) return 0;
    work(p, j);
    *ppItem = &j->item;
    return 1;
  }
  pthread_mutex_lock(&p->mu);
  for (;;) {
    if (p->seqTail < p->seqHead && p->aRing[p->seqTail % p->nRing]->bDone) break;
    if (p->bReaderDone && p->seqTail == p->seqHead) {
      pthread_mutex_unlock(&p->mu);
      return 0;
    }
    /* rather than wait, code a job no worker has taken yet: the caller's
    ** thread (storing, printing) would otherwise sit idle while it waits */
    if (p->seqClaim < p->seqHead) {
      claim_and_work(p);
      continue;
    }
    pthread_cond_wait(&p->cvDone, &p->mu);
  }
  Job *j = p->aRing[p->seqTail % p->nRing];
  p->aRing[p->seqTail % p->nRing] = NULL;
  p->seqTail++;
  pthread_cond_signal(&p->cvSpace);
  pthread_mutex_unlock(&p->mu);
  *ppItem = &j->item;
  return 1;
}

void pipe_stop(Pipe *p) {
  if (!p) return;
  pthread_mutex_lock(&p->mu);
  p->bStop = 1;
  pthread_cond_broadcast(&p->cvWork);
  pthread_cond_broadcast(&p->cvSpace);
  pthread_cond_broadcast(&p->cvDone);
  pthread_mutex_unlock(&p->mu);
  if (p->bReaderStarted) pthread_join(p->reader, NULL);
  for (int i = 0; i < p->nWorker; i++) pthread_join(p->aWorker[i], NULL);
  if (p->aRing)
    for (size_t s = p->seqTail; s < p->seqHead; s++) job_free(p->aRing[s % p->nRing]);
  tocsin_input_free(p->pIn);
  free(p->aRing);
  free(p->aWorker);
  pthread_mutex_destroy(&p->mu);
  pthread_mutex_destroy(&p->muSkip);
  pthread_cond_destroy(&p->cvWork);
  pthread_cond_destroy(&p->cvDone);
  pthread_cond_destroy(&p->cvSpace);
  free(p);
}

int pipe_default_threads(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

int pipe_parse_threads(const char *z, int *pn) {
  if (!z || !*z) return 0;
  long n = 0;
  for (const char *c = z; *c; c++) {
    if (*c < '0' || *c > '9' || n > 1000) return 0;
    n = n * 10 + (*c - '0');
  }
  if (n < 1 || n > 256) return 0;
  *pn = (int)n;
  return 1;
}
