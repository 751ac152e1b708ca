/*
** Reading and coding the inputs of `tocsin code`, `doc` and `ingest` on several
** threads, handed back one document at a time in input order.
**
** One reader thread opens the inputs in order. A file that holds one document
** (text, Markdown, HTML, PDF, a scan) becomes one job, read, converted, parsed
** and coded by a worker; a JSONL stream is split by the reader into one job per
** article (parsing a line is cheap next to coding it). Workers take jobs in
** order; the caller's thread receives them in order, so the output, the ids a
** store assigns and every message are the same for any number of threads.
** At most a few jobs per worker are in flight: memory stays bounded on a
** stream of millions of articles.
**
** With nThread <= 1 nothing runs on another thread: pipe_next() reads and
** codes each document itself.
**
** Thread safety this relies on (docs/ARCHITECTURE.md): a loaded tocsin_dict is
** only read while coding, a tocsin_doc and a tocsin_input belong to one thread
** at a time, and the library keeps no mutable global state.
*/
#ifndef TOCSIN_CLI_PIPELINE_H
#define TOCSIN_CLI_PIPELINE_H

#include "tocsin.h"

/* One input's outcome, in input order. */
typedef struct PipeItem {
  tocsin_doc *d;          /* the document; NULL when it could not be read */
  tocsin_error err;       /* why not (d NULL), or why coding failed (d set, bCodeFailed) */
  int bCodeFailed;
  int bSkipped;           /* xSkip said so: read but not coded */
  int bSkipFailed;        /* xSkip failed (err says why) */
  long long iSkipInfo;    /* what xSkip reported (ingest: the stored document's id) */
  int bInputFailed;       /* the input could not be opened at all */
  int iType;              /* the input's TOCSIN_TYPE_*, when it was opened */
  int bArticle;           /* art holds the JSONL article behind d */
  tocsin_article art;     /* strings owned by the item */
} PipeItem;

typedef struct PipeConfig {
  const char *const *azFile;   /* "-" is standard input */
  int nFile;
  const tocsin_options *pOpt;
  const tocsin_dict *pDict;    /* NULL: parse only */
  int nThread;                 /* coding threads; <= 1: none, all in pipe_next() */
  /* Called (one call at a time) after a document is parsed: 1 leaves it
  ** uncoded and marks the item bSkipped (ingest: its bytes are stored, and
  ** *piInfo the document's id), 0 codes it, -1 is an error (pErr filled). */
  int (*xSkip)(void *pArg, const tocsin_doc *d, long long *piInfo, tocsin_error *pErr);
  void *pSkipArg;
  /* Documents read and coded ahead of the caller beyond the default (4 per
  ** thread, 2 more): a caller that pauses now and then (ingest's batch
  ** commits) asks for more, so the threads go on coding meanwhile. Each
  ** costs the memory of one coded document. */
  int nAhead;
} PipeConfig;

typedef struct Pipe Pipe;

/* Starts reading. NULL when out of memory or no thread could start. */
Pipe *pipe_start(const PipeConfig *pCfg);
/* The next item in input order into *ppItem (free with pipe_item_free);
** returns 0 at the end of the inputs. */
int pipe_next(Pipe *p, PipeItem **ppItem);
void pipe_item_free(PipeItem *pItem);
/* Stops reading (what is in flight is dropped), joins the threads, frees. */
void pipe_stop(Pipe *p);

/* The number of threads to use when the user gives none: the online CPUs. */
int pipe_default_threads(void);
/* "-j N" / "--jobs N": 1..256 into *pn; 0 when z is not such a number. */
int pipe_parse_threads(const char *z, int *pn);

#endif
