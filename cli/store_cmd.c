/*
** The store's commands (docs/store.md, docs/watch.md, docs/cli.md):
**   tocsin ingest     documents into the store
**   tocsin query      merged events by dyad, code and date, or read-only SQL
**   tocsin search     full-text search over stored sentences
**   tocsin forecasts  judgments due, their outcomes, Brier scores
**   tocsin watch      threshold and anomaly rules -> alerts
** All work is done by libtocsin; this file parses arguments, prints rows and
** chooses the exit status (5 for any store error).
*/
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "pipeline.h"
#include "tocsin.h"

/* The store used when --db is not given: $TOCSIN_DB, else ./tocsin.db. */
static const char *default_db(void) {
  const char *z = getenv("TOCSIN_DB");
  return z && *z ? z : "tocsin.db";
}

static int exit_for_code(int code) {
  switch (code) {
    case TOCSIN_OK: return EXIT_OKAY;
    case TOCSIN_ENOMEM: return EXIT_INTERNAL;
    case TOCSIN_ESTORE: return EXIT_STORE;
    case TOCSIN_EARG: return EXIT_USAGE;
    case TOCSIN_EDICT: return EXIT_DICT;
  }
  return EXIT_INPUT;
}

static int fail(const tocsin_error *pErr) {
  fprintf(stderr, "tocsin: %s\n", pErr->msg);
  return exit_for_code(pErr->code);
}

static int usage_err(const char *zCmd, const char *zMsg, const char *zArg) {
  fprintf(stderr, "tocsin %s: %s%s%s%s (see tocsin %s --help)\n", zCmd, zMsg, zArg ? " '" : "", zArg ? zArg : "",
          zArg ? "'" : "", zCmd);
  return EXIT_USAGE;
}

static int valid_date(const char *d) {
  if (strlen(d) != 10 || d[4] != '-' || d[7] != '-') return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return 0;
  int m = atoi(d + 5), dd = atoi(d + 8);
  return m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
}

/* ---- printing rows ------------------------------------------------------------ */

typedef struct Printer {
  const char *zFormat;     /* jsonl csv tsv table */
  int bHeader;             /* print a header row (csv, tsv, table) */
  int bHeaderDone;
  int bGdelt;              /* events as GDELT-style TSV: tocsin_tsv_header() names */
  const char *const *azShow;  /* table: the columns to show, NULL-terminated; NULL: all */
  /* table: rows are kept to size the columns */
  char **azCell;
  size_t nCell, nCellAlloc;
  int nCol;                /* table: columns shown */
  int bOom;
} Printer;

static void json_str(FILE *f, const char *z) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)z; *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(f, "\\%c", *p);
    else if (*p == '\n') fputs("\\n", f);
    else if (*p == '\t') fputs("\\t", f);
    else if (*p == '\r') fputs("\\r", f);
    else if (*p < 0x20) fprintf(f, "\\u%04x", *p);
    else fputc(*p, f);
  }
  fputc('"', f);
}

/* A value as printed: REALs with %.15g so -4.0 is -4 as in `tocsin code`. */
static const char *cell(const tocsin_row *r, int i, char *zNum, size_t nNum) {
  if (!r->azVal[i]) return NULL;
  if (r->aType[i] == TOCSIN_COL_FLOAT) {
    snprintf(zNum, nNum, "%.15g", strtod(r->azVal[i], NULL));
    return zNum;
  }
  return r->azVal[i];
}

static void tsv_field(const char *z) {
  for (; z && *z; z++) putchar(*z == '\t' || *z == '\n' || *z == '\r' ? ' ' : *z);
}

static void csv_field(const char *z) {
  if (!z) return;
  if (!strpbrk(z, ",\"\n\r")) {
    fputs(z, stdout);
    return;
  }
  putchar('"');
  for (; *z; z++) {
    if (*z == '"') putchar('"');
    putchar(*z);
  }
  putchar('"');
}

static int show_col(const Printer *pr, const char *zCol) {
  if (!pr->azShow) return 1;
  for (const char *const *az = pr->azShow; *az; az++)
    if (!strcmp(*az, zCol)) return 1;
  return 0;
}

static int keep_cell(Printer *pr, const char *z) {
  if (pr->nCell == pr->nCellAlloc) {
    size_t n = pr->nCellAlloc ? pr->nCellAlloc * 2 : 256;
    char **a = realloc(pr->azCell, n * sizeof(char *));
    if (!a) return 0;
    pr->azCell = a;
    pr->nCellAlloc = n;
  }
  char *zCopy = strdup(z ? z : "-");
  if (!zCopy) return 0;
  for (char *c = zCopy; *c; c++)
    if (*c == '\n' || *c == '\t') *c = ' ';
  pr->azCell[pr->nCell++] = zCopy;
  return 1;
}

static int print_row(void *pArg, const tocsin_row *r) {
  Printer *pr = pArg;
  char zNum[64];
  const char *zFmt = pr->zFormat;
  if (!strcmp(zFmt, "jsonl")) {
    putchar('{');
    for (int i = 0; i < r->nCol; i++) {
      if (i) putchar(',');
      json_str(stdout, r->azCol[i]);
      putchar(':');
      const char *z = cell(r, i, zNum, sizeof zNum);
      if (!z) fputs("null", stdout);
      else if (r->aType[i] == TOCSIN_COL_INT || r->aType[i] == TOCSIN_COL_FLOAT) fputs(z, stdout);
      else if (!strcmp(r->azCol[i], "notes") && z[0] == '[') fputs(z, stdout);  /* stored as JSON */
      else json_str(stdout, z);
    }
    fputs("}\n", stdout);
    return 0;
  }
  if (!strcmp(zFmt, "table")) {
    if (!pr->nCell) {
      for (int i = 0; i < r->nCol; i++) {
        if (!show_col(pr, r->azCol[i])) continue;
        if (!keep_cell(pr, r->azCol[i])) return pr->bOom = 1;
        pr->nCol++;
      }
      if (!pr->nCol) return 0;
    }
    for (int i = 0; i < r->nCol; i++)
      if (show_col(pr, r->azCol[i]) && !keep_cell(pr, cell(r, i, zNum, sizeof zNum))) return pr->bOom = 1;
    return 0;
  }
  int bTsv = !strcmp(zFmt, "tsv");
  if (pr->bHeader && !pr->bHeaderDone) {
    pr->bHeaderDone = 1;
    if (pr->bGdelt) {
      const char *zH = tocsin_tsv_header();
      fwrite(zH, 1, strlen(zH) - 1, stdout);
      fputs("\tNumMentions\tNumSources\tNumArticles\tSourceDomains\tDocs\n", stdout);
    } else {
      for (int i = 0; i < r->nCol; i++) {
        if (i) putchar(bTsv ? '\t' : ',');
        if (bTsv) tsv_field(r->azCol[i]);
        else csv_field(r->azCol[i]);
      }
      putchar('\n');
    }
  }
  for (int i = 0; i < r->nCol; i++) {
    if (i) putchar(bTsv ? '\t' : ',');
    const char *z = cell(r, i, zNum, sizeof zNum);
    char zDay[9];
    if (pr->bGdelt && z && !strcmp(r->azCol[i], "date") && strlen(z) == 10) {
      /* GDELT's Day is YYYYMMDD */
      snprintf(zDay, sizeof zDay, "%.4s%.2s%.2s", z, z + 5, z + 8);
      z = zDay;
    }
    if (pr->bGdelt && z && !strcmp(r->azCol[i], "notes") && z[0] == '[') {
      /* `tocsin code --format tsv` writes notes as 1,2 */
      size_t n = strlen(z);
      fwrite(z + 1, 1, n >= 2 ? n - 2 : 0, stdout);
      continue;
    }
    if (bTsv) tsv_field(z);
    else csv_field(z);
  }
  putchar('\n');
  return 0;
}

/* Prints the kept table cells with each column as wide as its widest cell
** (up to a cap, so one long sentence does not push every row off screen). */
static void printer_finish(Printer *pr) {
  if (pr->nCell && !pr->bOom) {
    size_t nShow = (size_t)pr->nCol;  /* header cells: one per shown column */
    size_t *aW = calloc(nShow ? nShow : 1, sizeof(size_t));
    if (aW) {
      for (size_t i = 0; i < pr->nCell; i++) {
        size_t l = strlen(pr->azCell[i]);
        if (l > aW[i % nShow]) aW[i % nShow] = l > 40 ? 40 : l;
      }
      for (size_t i = 0; i < pr->nCell; i++) {
        size_t c = i % nShow;
        if (!pr->bHeader && i < nShow) continue;
        if (c + 1 == nShow) printf("%s\n", pr->azCell[i]);
        else printf("%-*s  ", (int)aW[c], pr->azCell[i]);
      }
    }
    free(aW);
  }
  if (pr->bOom) fprintf(stderr, "tocsin: out of memory printing the table\n");
  for (size_t i = 0; i < pr->nCell; i++) free(pr->azCell[i]);
  free(pr->azCell);
  pr->azCell = NULL;
  pr->nCell = 0;
}

static int check_format(const char *zCmd, const char *z) {
  if (strcmp(z, "jsonl") && strcmp(z, "csv") && strcmp(z, "tsv") && strcmp(z, "table"))
    return usage_err(zCmd, "--format must be jsonl, csv, tsv or table, not", z);
  return EXIT_OKAY;
}

/* Flushes stdout; the exit status when it cannot be written. */
static int finish_output(int rc) {
  if (fflush(stdout) != 0) {
    fprintf(stderr, "tocsin: cannot write output\n");
    return rc ? rc : EXIT_INTERNAL;
  }
  return rc;
}

/* ---- ingest ---------------------------------------------------------------------- */

static const char zUsageIngest[] =
    "usage: tocsin ingest [--db FILE] [options] FILE...\n"
    "\n"
    "Parses, codes and stores each document in the event store, whole or not at\n"
    "all (a transaction per 256 documents or second, which a store error rolls\n"
    "back whole, for the next run to store again; a document's line is printed\n"
    "once stored for good). A JSONL stream holds one\n"
    "document per line (named FILE:LINE; a bad line is reported and skipped);\n"
    "a directory stands for the files inside it (recursively, in name order).\n"
    "The same bytes again change nothing; new bytes under a stored path replace\n"
    "that version. Events reported by several documents are merged, keeping\n"
    "every mention (docs/store.md). With no FILE, only creates or upgrades the store.\n"
    "\n"
    "options:\n"
    "  --db FILE          the store (default $TOCSIN_DB, else ./tocsin.db)\n"
    "  --dict DIR|SPEC    dictionaries: a directory in tocsin's format (default: the\n"
    "                     built-in dict/) or TABARI/PETRARCH specs (repeatable), as\n"
    "                     for `tocsin code` (docs/cli.md)\n"
    "  --option LINE      a TABARI options line for spec dictionaries (repeatable)\n"
    "  --date YYYY-MM-DD  document date when the byline has none (--force-date: always)\n"
    "  -j, --jobs N       read and code on N threads (default: every online CPU);\n"
    "                     documents are stored in input order whatever N is\n"
    "  --quiet            print only errors\n"
    "\n"
    "Exit status: 0 ok, 1 a file could not be read (the others were stored),\n"
    "2 usage, 3 dictionary, 4 out of memory, 5 store error (stops at once).\n";

/* Stores one parsed document: skips it when its bytes are stored already,
** else codes and ingests it, printing one line unless bQuiet. Counts it in
** aN (by TOCSIN_INGEST_*; [0] failed). Returns the exit status to raise to,
** and sets *pbStop when the store itself failed (later documents would too). */
/* Lines about documents of the open batch, printed once the batch commits:
** a line never announces a document that a crash then loses. */
typedef struct Pending {
  char *z;
  size_t n, nAlloc;
} Pending;

static void pending_add(Pending *p, const char *zFmt, ...) __attribute__((format(printf, 2, 3)));
static void pending_add(Pending *p, const char *zFmt, ...) {
  char zLine[1024];
  va_list ap;
  va_start(ap, zFmt);
  int n = vsnprintf(zLine, sizeof zLine, zFmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= sizeof zLine) n = (int)sizeof zLine - 1;
  if (p->n + (size_t)n + 1 > p->nAlloc) {
    size_t nNew = (p->nAlloc + (size_t)n + 1) * 2;
    char *z = realloc(p->z, nNew);
    if (!z) return;
    p->z = z;
    p->nAlloc = nNew;
  }
  memcpy(p->z + p->n, zLine, (size_t)n);
  p->n += (size_t)n;
  p->z[p->n] = 0;
}

static void pending_flush(Pending *p) {
  if (p->n) fwrite(p->z, 1, p->n, stdout);
  p->n = 0;
}

/* Documents per transaction of `tocsin ingest` (or a second, whichever comes
** first). Each commit writes a segment of the full-text index, which FTS5
** later merges, and rewrites the pages the batch touched: 256 instead of 64
** executes 6.8 % fewer of storing's instructions on the 1,200 varied
** documents of bench/pipeline.sh (docs/store.md, "Round of 2026-11-29,
** night"); the second still bounds what a crash can lose. */
#define INGEST_BATCH 256
/* The batch's time limit, seconds. Instruction counts (valgrind) need
** batches cut by count alone: build with -DINGEST_BATCH_SECONDS=1e9. */
#ifndef INGEST_BATCH_SECONDS
#define INGEST_BATCH_SECONDS 1.0
#endif

/* The pipeline's skip test: a document whose bytes are stored already is not
** coded again (a re-run over yesterday's files costs only their reading). */
static int ingest_skip(void *pArg, const tocsin_doc *d, long long *piDoc, tocsin_error *pErr) {
  return tocsin_store_contains((tocsin_store *)pArg, d, piDoc, pErr);
}

/* Stores one item of the pipeline (read and coded already), printing one
** line unless bQuiet. Counts it in aN (by TOCSIN_INGEST_*; [0] failed).
** Returns the exit status to raise to, and sets *pbStop when the store
** itself failed (later documents would too) or memory ran out. */
static int ingest_item(tocsin_store *pStore, PipeItem *pItem, int bQuiet, size_t aN[4], Pending *pOut,
                       int *pbStop) {
  tocsin_error err;
  memset(&err, 0, sizeof err);
  if (!pItem->d) {   /* could not be read: the message names the file (and line) */
    fprintf(stderr, "tocsin: %s\n", pItem->err.msg);
    aN[0]++;
    int x = exit_for_code(pItem->err.code);
    if (pItem->err.code == TOCSIN_ENOMEM) *pbStop = 1;
    return x;
  }
  tocsin_doc *d = pItem->d;
  const char *zName = tocsin_doc_path(d);
  if (pItem->bSkipFailed) {
    *pbStop = 1;
    return fail(&pItem->err);
  }
  if (pItem->bSkipped) {
    /* the same bytes are stored: coding them again would change nothing */
    aN[TOCSIN_INGEST_UNCHANGED]++;
    if (!bQuiet) pending_add(pOut, "unchanged %s (already stored as document %lld)\n", zName, pItem->iSkipInfo);
    return EXIT_OKAY;
  }
  if (pItem->bCodeFailed) {
    fprintf(stderr, "tocsin: %s\n", pItem->err.msg);
    aN[0]++;
    int x = exit_for_code(pItem->err.code);
    if (x == EXIT_INTERNAL) *pbStop = 1;
    return x;
  }
  tocsin_ingest_result res;
  if (tocsin_store_ingest(pStore, d, &res, &err) != TOCSIN_OK) {
    aN[0]++;
    *pbStop = 1;
    return fail(&err);
  }
  aN[res.status]++;
  if (!bQuiet) {
    if (res.status == TOCSIN_INGEST_UNCHANGED)
      pending_add(pOut, "unchanged %s (already stored as document %lld)\n", zName, res.iDoc);
    else
      pending_add(pOut, "%s %s: document %lld, %zu sentences, %zu event mentions (%zu new events), %zu judgments\n",
             res.status == TOCSIN_INGEST_ADDED ? "added" : "replaced", zName, res.iDoc, res.nSentence,
             res.nMention, res.nNewEvent, res.nJudgment);
  }
  return EXIT_OKAY;
}

static int cmd_ingest(int argc, char **argv) {
  const char *zDb = default_db();
  CliDict dict;
  memset(&dict, 0, sizeof dict);
  int bQuiet = 0;
  int nThread = pipe_default_threads();
  tocsin_options opt;
  tocsin_options_init(&opt);
  CliFiles files = {0};
  files.az = calloc((size_t)argc + 1, sizeof(char *));
  if (!files.az) return EXIT_INTERNAL;
  int rc = EXIT_OKAY;
  for (int i = 1; i < argc && rc == EXIT_OKAY; i++) {
    const char *z = argv[i], *zVal = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      fputs(zUsageIngest, stdout);
      cli_files_clear(&files);
      cli_dict_clear(&dict);
      return EXIT_OKAY;
    } else if (!strcmp(z, "--")) {
      while (++i < argc) files.az[files.n++] = argv[i];
    } else if (z[0] != '-' || !strcmp(z, "-")) {
      files.az[files.n++] = argv[i];
    } else if (!strcmp(z, "--quiet")) {
      bQuiet = 1;
    } else if (!strcmp(z, "--force-date")) {
      opt.bDateOverride = 1;
    } else if (!strcmp(z, "--db") || !strcmp(z, "--dict") || !strcmp(z, "--option") || !strcmp(z, "--date") ||
               !strcmp(z, "-j") || !strcmp(z, "--jobs")) {
      if (!zVal) rc = usage_err("ingest", "this option needs a value:", z);
      else if (!strcmp(z, "-j") || !strcmp(z, "--jobs")) {
        if (!pipe_parse_threads(zVal, &nThread)) rc = usage_err("ingest", "-j takes a number of threads from 1 to 256, not", zVal);
      }
      else if (!strcmp(z, "--db")) zDb = zVal;
      else if (!strcmp(z, "--dict")) rc = cli_dict_add(&dict, zVal, 0);
      else if (!strcmp(z, "--option")) rc = cli_dict_add(&dict, zVal, 1);
      else if (!valid_date(zVal)) rc = usage_err("ingest", "--date must be YYYY-MM-DD, not", zVal);
      else opt.zDate = zVal;
      i++;
    } else {
      rc = usage_err("ingest", "unknown option", z);
    }
  }
  if (rc == EXIT_OKAY) rc = cli_dict_finish(&dict);
  if (rc == EXIT_OKAY) rc = cli_files_expand(&files);   /* a folder stands for its files */
  if (rc == EXIT_OKAY && opt.bDateOverride && !opt.zDate) rc = usage_err("ingest", "--force-date needs --date YYYY-MM-DD", NULL);
  if (rc != EXIT_OKAY) {
    cli_files_clear(&files);
    cli_dict_clear(&dict);
    return rc;
  }
  tocsin_error err;
  tocsin_store *pStore = tocsin_store_open(zDb, &err);
  if (!pStore) {
    cli_files_clear(&files);
    cli_dict_clear(&dict);
    return fail(&err);
  }
  tocsin_dict *pDict = NULL;
  if (files.n > 0 && !(pDict = cli_dict_open(&dict, &rc))) {
    tocsin_store_close(pStore);
    cli_files_clear(&files);
    cli_dict_clear(&dict);
    return rc;
  }
  size_t aN[4] = {0, 0, 0, 0};  /* by status; [0] = failed */
  size_t nDoc = 0, nInBatch = 0;
  int bStop = 0, bBatch = 0;
  Pending out = {0};
  struct timespec tBatch;
  /* Documents are committed in batches (INGEST_BATCH documents or a second,
  ** whichever comes first), each document a savepoint: still all or nothing
  ** per document, and a crash loses at most the open batch, which a re-run
  ** stores again (make bench: batched vs one transaction per document). */
  if (files.n > 0) {
    /* the log is copied into the database file on a thread of its own, so
    ** storing never waits for a checkpoint; if that thread cannot start, the
    ** commits checkpoint as they would anyway */
    (void)tocsin_store_checkpoint_background(pStore, &err);
    if (tocsin_store_begin(pStore, &err) != TOCSIN_OK) {
      tocsin_dict_free(pDict);
      cli_dict_clear(&dict);
      tocsin_store_close(pStore);
      cli_files_clear(&files);
      return fail(&err);
    }
    bBatch = 1;
    clock_gettime(CLOCK_MONOTONIC, &tBatch);
  }
  /* Every input through the pipeline (cli/pipeline.h): read and coded on
  ** nThread threads, stored here in input order. A JSONL news stream gives
  ** one document per article (named FILE:LINE). With threads, the skip test
  ** reads through a connection of its own: it does not see the open batch,
  ** so a document repeated within one run is coded twice and stored once. */
  tocsin_store *pCheck = pStore;
  if (files.n > 0 && nThread > 1 && !(pCheck = tocsin_store_open_readonly(zDb, &err))) {
    rc = fail(&err);
    bStop = 1;
  }
  /* a batch's commit (its full-text index) holds the writer for tens of
  ** milliseconds: 32 more documents in flight keep the coding threads busy
  ** meanwhile (make bench, 1,200 documents at -j 2: 0.92 -> 0.85 s) */
  PipeConfig cfg = {.azFile = files.az, .nFile = files.n, .pOpt = &opt, .pDict = pDict,
                    .nThread = nThread, .xSkip = ingest_skip, .pSkipArg = pCheck, .nAhead = 32};
  Pipe *pPipe = bStop || files.n == 0 ? NULL : pipe_start(&cfg);
  if (!pPipe && !bStop && files.n > 0) {
    fprintf(stderr, "tocsin: out of memory (starting %d threads)\n", nThread);
    rc = EXIT_INTERNAL;
    bStop = 1;
  }
  PipeItem *pItem;
  /* no files (`tocsin ingest --db FILE` upgrades a store): no pipeline */
  size_t aBatch[4];   /* aN when the open batch began */
  memcpy(aBatch, aN, sizeof aBatch);
  while (!bStop && pPipe && pipe_next(pPipe, &pItem)) {
    if (pItem->d) nDoc++;
    int x = ingest_item(pStore, pItem, bQuiet, aN, &out, &bStop);
    pipe_item_free(pItem);
    if (x > rc) rc = x;
    if (bBatch && !tocsin_store_batch_open(pStore)) {
      /* the store failed inside the batch and rolled it back whole (its
      ** message says how many documents): none of them was stored */
      bBatch = 0;
      out.n = 0;
      size_t nLost = aN[TOCSIN_INGEST_ADDED] - aBatch[TOCSIN_INGEST_ADDED] + aN[TOCSIN_INGEST_REPLACED] -
                     aBatch[TOCSIN_INGEST_REPLACED];
      aN[TOCSIN_INGEST_ADDED] = aBatch[TOCSIN_INGEST_ADDED];
      aN[TOCSIN_INGEST_REPLACED] = aBatch[TOCSIN_INGEST_REPLACED];
      aN[0] += nLost;
    }
    if (bStop) break;
    struct timespec tNow;
    clock_gettime(CLOCK_MONOTONIC, &tNow);
    double rAge = (double)(tNow.tv_sec - tBatch.tv_sec) + (tNow.tv_nsec - tBatch.tv_nsec) / 1e9;
    if (++nInBatch >= INGEST_BATCH || rAge >= INGEST_BATCH_SECONDS) {
      if (tocsin_store_commit(pStore, &err) != TOCSIN_OK || tocsin_store_begin(pStore, &err) != TOCSIN_OK) {
        bBatch = 0;
        rc = fail(&err);
        bStop = 1;
        break;
      }
      pending_flush(&out);
      memcpy(aBatch, aN, sizeof aBatch);
      nInBatch = 0;
      tBatch = tNow;
    }
  }
  pipe_stop(pPipe);
  if (pCheck != pStore) tocsin_store_close(pCheck);
  if (bBatch) {
    /* what was stored before a store error is kept: its savepoints are whole */
    if (tocsin_store_commit(pStore, &err) != TOCSIN_OK) {
      int x = fail(&err);
      if (x > rc) rc = x;
      out.n = 0;   /* nothing of the batch was stored */
    }
  }
  pending_flush(&out);
  free(out.z);
  if (!bQuiet && (files.n > 1 || nDoc > 1))
    printf("ingest: %zu added, %zu replaced, %zu unchanged, %zu failed\n", aN[TOCSIN_INGEST_ADDED],
           aN[TOCSIN_INGEST_REPLACED], aN[TOCSIN_INGEST_UNCHANGED], aN[0]);
  tocsin_dict_free(pDict);
  cli_dict_clear(&dict);
  tocsin_store_close(pStore);
  cli_files_clear(&files);
  return finish_output(rc);
}

/* ---- query ---------------------------------------------------------------------- */

static const char zUsageQuery[] =
    "usage: tocsin query [--db FILE] [filters] [--format jsonl|csv|tsv|table]\n"
    "       tocsin query [--db FILE] --sql \"SELECT ...\" [--format ...]\n"
    "\n"
    "Prints merged events, oldest first: one row per event with its first\n"
    "mention's words and its counts of mentions, sources and documents. tsv is\n"
    "GDELT-style (the header of `tocsin code --format tsv`, then NumMentions,\n"
    "NumSources, NumArticles, SourceDomains, Docs). The store is opened read-only.\n"
    "\n"
    "options:\n"
    "  --db FILE            the store (default $TOCSIN_DB, else ./tocsin.db)\n"
    "  --dyad SRC-TGT       source and target actor code prefixes (RUS-BLR; RUS-; -BLR)\n"
    "  --source CODE, --target CODE   one side only\n"
    "  --root CODE          CAMEO code prefix: 04, 17, 042\n"
    "  --since YYYY-MM-DD, --until YYYY-MM-DD   event dates, inclusive\n"
    "  --sql \"...\"          read-only SQL over the tables of docs/store.md\n"
    "  --format F           jsonl (default), csv, tsv or table\n"
    "  --no-header          no header row (csv, tsv, table)\n";

static const char *const azEventTable[] = {"id", "date", "source", "event", "target", "mood", "negated",
                                           "mentions", "articles", "doc", NULL};

static int cmd_query(int argc, char **argv) {
  const char *zDb = default_db(), *zSql = NULL;
  tocsin_filter f;
  memset(&f, 0, sizeof f);
  Printer pr;
  memset(&pr, 0, sizeof pr);
  pr.zFormat = "jsonl";
  pr.bHeader = 1;
  char *zDyad = NULL;
  int rc = EXIT_OKAY;
  for (int i = 1; i < argc && rc == EXIT_OKAY; i++) {
    const char *z = argv[i], *zVal = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      fputs(zUsageQuery, stdout);
      free(zDyad);
      return EXIT_OKAY;
    }
    if (!strcmp(z, "--no-header")) {
      pr.bHeader = 0;
      continue;
    }
    if (z[0] != '-') {
      rc = usage_err("query", "unexpected argument (filters are options, e.g. --dyad RUS-BLR):", z);
      break;
    }
    if (!zVal) {
      rc = usage_err("query", "unknown option or missing value:", z);
      break;
    }
    i++;
    if (!strcmp(z, "--db")) zDb = zVal;
    else if (!strcmp(z, "--sql")) zSql = zVal;
    else if (!strcmp(z, "--format")) rc = check_format("query", zVal), pr.zFormat = zVal;
    else if (!strcmp(z, "--source")) f.zSource = zVal;
    else if (!strcmp(z, "--target")) f.zTarget = zVal;
    else if (!strcmp(z, "--root")) f.zCode = zVal;
    else if (!strcmp(z, "--since") || !strcmp(z, "--until")) {
      if (!valid_date(zVal)) rc = usage_err("query", "dates are YYYY-MM-DD, not", zVal);
      else if (!strcmp(z, "--since")) f.zSince = zVal;
      else f.zUntil = zVal;
    } else if (!strcmp(z, "--dyad")) {
      const char *zDash = strchr(zVal, '-');
      if (!zDash || strchr(zDash + 1, '-')) {
        rc = usage_err("query", "--dyad is SOURCE-TARGET (e.g. RUS-BLR), not", zVal);
      } else {
        free(zDyad);
        zDyad = strdup(zVal);
        if (!zDyad) rc = EXIT_INTERNAL;
        else {
          zDyad[zDash - zVal] = 0;
          f.zSource = zDyad;
          f.zTarget = zDyad + (zDash - zVal) + 1;
        }
      }
    } else {
      rc = usage_err("query", "unknown option", z);
    }
  }
  if (rc == EXIT_OKAY && zSql && (f.zSource || f.zTarget || f.zCode || f.zSince || f.zUntil))
    rc = usage_err("query", "--sql cannot be combined with filters; put them in the SQL", NULL);
  if (rc != EXIT_OKAY) {
    free(zDyad);
    return rc;
  }
  tocsin_error err;
  /* read-only: a query can never change the store, whatever the SQL says */
  tocsin_store *pStore = tocsin_store_open_readonly(zDb, &err);
  if (!pStore) {
    free(zDyad);
    return fail(&err);
  }
  int r;
  if (zSql) {
    r = tocsin_store_sql(pStore, zSql, print_row, &pr, &err);
  } else {
    pr.bGdelt = !strcmp(pr.zFormat, "tsv");
    pr.azShow = azEventTable;
    r = tocsin_store_events(pStore, &f, print_row, &pr, &err);
  }
  printer_finish(&pr);
  if (r != TOCSIN_OK) rc = fail(&err);
  tocsin_store_close(pStore);
  free(zDyad);
  return finish_output(pr.bOom ? EXIT_INTERNAL : rc);
}

/* ---- search ---------------------------------------------------------------------- */

static const char zUsageSearch[] =
    "usage: tocsin search [--db FILE] [--limit N] [--raw] [--format F] WORDS...\n"
    "\n"
    "Full-text search over every stored sentence (SQLite FTS5, English stemming),\n"
    "best match first. Each word must occur; --raw passes FTS5 query syntax\n"
    "(\"exact phrase\", OR, NEAR, prefix*).\n"
    "\n"
    "options:\n"
    "  --db FILE     the store (default $TOCSIN_DB, else ./tocsin.db)\n"
    "  --limit N     at most N sentences (default 20)\n"
    "  --format F    table (default), jsonl, csv or tsv\n";

static const char *const azSearchTable[] = {"doc", "date", "sentence", "match", NULL};

static int cmd_search(int argc, char **argv) {
  const char *zDb = default_db();
  Printer pr;
  memset(&pr, 0, sizeof pr);
  pr.zFormat = "table";
  pr.bHeader = 1;
  int nLimit = 20, bRaw = 0, rc = EXIT_OKAY;
  size_t nQuery = 1;
  for (int i = 1; i < argc; i++) nQuery += strlen(argv[i]) + 1;
  char *zQuery = calloc(nQuery, 1);
  if (!zQuery) return EXIT_INTERNAL;
  for (int i = 1; i < argc && rc == EXIT_OKAY; i++) {
    const char *z = argv[i], *zVal = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      fputs(zUsageSearch, stdout);
      free(zQuery);
      return EXIT_OKAY;
    }
    if (z[0] != '-') {
      if (*zQuery) strcat(zQuery, " ");
      strcat(zQuery, z);
    } else if (!strcmp(z, "--raw")) {
      bRaw = 1;
    } else if (!strcmp(z, "--no-header")) {
      pr.bHeader = 0;
    } else if (!zVal) {
      rc = usage_err("search", "unknown option or missing value:", z);
    } else {
      i++;
      if (!strcmp(z, "--db")) zDb = zVal;
      else if (!strcmp(z, "--format")) rc = check_format("search", zVal), pr.zFormat = zVal;
      else if (!strcmp(z, "--limit")) {
        nLimit = atoi(zVal);
        if (nLimit <= 0) rc = usage_err("search", "--limit takes a positive number, not", zVal);
      } else rc = usage_err("search", "unknown option", z);
    }
  }
  if (rc == EXIT_OKAY && !*zQuery) rc = usage_err("search", "give the words to search for", NULL);
  if (rc != EXIT_OKAY) {
    free(zQuery);
    return rc;
  }
  tocsin_error err;
  tocsin_store *pStore = tocsin_store_open_readonly(zDb, &err);
  if (!pStore) {
    free(zQuery);
    return fail(&err);
  }
  pr.azShow = azSearchTable;
  if (tocsin_store_search(pStore, zQuery, bRaw, nLimit, print_row, &pr, &err) != TOCSIN_OK) rc = fail(&err);
  printer_finish(&pr);
  tocsin_store_close(pStore);
  free(zQuery);
  return finish_output(pr.bOom ? EXIT_INTERNAL : rc);
}

/* ---- forecasts ---------------------------------------------------------------- */

static const char zUsageForecasts[] =
    "usage: tocsin forecasts [--db FILE] [--due-before YYYY-MM-DD] [--open] [--format F]\n"
    "       tocsin forecasts resolve ID --outcome yes|no [--db FILE]\n"
    "       tocsin forecasts score [--db FILE] [--format F]\n"
    "\n"
    "Lists the judgments kept at ingest (hedged, forecast and recommended\n"
    "statements) with author, probability band, subject and due date; records\n"
    "whether one came true; scores each source's resolved judgments (Brier score\n"
    "on the band's midpoint, calibration per band; docs/store.md).\n"
    "\n"
    "options:\n"
    "  --db FILE                the store (default $TOCSIN_DB, else ./tocsin.db)\n"
    "  --due-before YYYY-MM-DD  only judgments due before that day\n"
    "  --open                   only judgments without an outcome\n"
    "  --format F               table (default), jsonl, csv or tsv\n";

static const char *const azForecastTable[] = {"id", "due", "author", "hedge", "p_low", "p_high", "subject",
                                              "outcome", NULL};

static int cmd_forecasts(int argc, char **argv) {
  const char *zDb = default_db(), *zDue = NULL, *zOutcome = NULL, *zSub = NULL, *zId = NULL;
  Printer pr;
  memset(&pr, 0, sizeof pr);
  pr.zFormat = "table";
  pr.bHeader = 1;
  int bOpen = 0, rc = EXIT_OKAY;
  for (int i = 1; i < argc && rc == EXIT_OKAY; i++) {
    const char *z = argv[i], *zVal = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      fputs(zUsageForecasts, stdout);
      return EXIT_OKAY;
    }
    if (z[0] != '-') {
      if (!zSub && (!strcmp(z, "resolve") || !strcmp(z, "score"))) zSub = z;
      else if (zSub && !strcmp(zSub, "resolve") && !zId) zId = z;
      else rc = usage_err("forecasts", "unexpected argument", z);
    } else if (!strcmp(z, "--open")) {
      bOpen = 1;
    } else if (!strcmp(z, "--no-header")) {
      pr.bHeader = 0;
    } else if (!zVal) {
      rc = usage_err("forecasts", "unknown option or missing value:", z);
    } else {
      i++;
      if (!strcmp(z, "--db")) zDb = zVal;
      else if (!strcmp(z, "--format")) rc = check_format("forecasts", zVal), pr.zFormat = zVal;
      else if (!strcmp(z, "--due-before")) {
        if (!valid_date(zVal)) rc = usage_err("forecasts", "--due-before takes YYYY-MM-DD, not", zVal);
        zDue = zVal;
      } else if (!strcmp(z, "--outcome")) {
        if (strcmp(zVal, "yes") && strcmp(zVal, "no")) rc = usage_err("forecasts", "--outcome is yes or no, not", zVal);
        zOutcome = zVal;
      } else rc = usage_err("forecasts", "unknown option", z);
    }
  }
  int bResolve = zSub && !strcmp(zSub, "resolve"), bScore = zSub && !strcmp(zSub, "score");
  long long iId = 0;
  if (rc == EXIT_OKAY && bResolve) {
    char *e = NULL;
    iId = zId ? strtoll(zId, &e, 10) : 0;
    if (!zId || *e || iId <= 0) rc = usage_err("forecasts", "resolve needs the forecast's id (a number from `tocsin forecasts`)", zId);
    else if (!zOutcome) rc = usage_err("forecasts", "resolve needs --outcome yes or --outcome no", NULL);
  }
  if (rc == EXIT_OKAY && !bResolve && zOutcome) rc = usage_err("forecasts", "--outcome belongs to `forecasts resolve ID`", NULL);
  if (rc != EXIT_OKAY) return rc;
  tocsin_error err;
  tocsin_store *pStore = bResolve ? tocsin_store_open(zDb, &err) : tocsin_store_open_readonly(zDb, &err);
  if (!pStore) return fail(&err);
  int r;
  if (bResolve) {
    r = tocsin_store_resolve(pStore, iId, !strcmp(zOutcome, "yes"), &err);
    if (r == TOCSIN_OK) printf("forecast %lld: outcome %s\n", iId, zOutcome);
  } else if (bScore) {
    r = tocsin_store_score(pStore, print_row, &pr, &err);
  } else {
    pr.azShow = azForecastTable;
    r = tocsin_store_forecasts(pStore, zDue, bOpen, print_row, &pr, &err);
  }
  printer_finish(&pr);
  if (r != TOCSIN_OK) rc = fail(&err);
  tocsin_store_close(pStore);
  return finish_output(pr.bOom ? EXIT_INTERNAL : rc);
}

/* ---- watch ---------------------------------------------------------------------- */

static const char zUsageWatch[] =
    "usage: tocsin watch [--db FILE] --rules FILE [--format text|jsonl]\n"
    "\n"
    "Evaluates the watch rules (docs/watch.md) over the stored events, stores\n"
    "every alert not raised before with the events that triggered it, and prints\n"
    "the new ones. Running it again raises no duplicates.\n"
    "\n"
    "options:\n"
    "  --db FILE      the store (default $TOCSIN_DB, else ./tocsin.db)\n"
    "  --rules FILE   the rule file (default ./watch.conf)\n"
    "  --format F     text (default: one line per alert) or jsonl\n";

static int print_alert(void *pArg, const tocsin_row *r) {
  const Printer *pr = pArg;
  if (!strcmp(pr->zFormat, "jsonl")) return print_row(pArg, r);
  /* id rule kind scope series day_start day_end value threshold message events */
  const char *z[11];
  for (int i = 0; i < 11; i++) z[i] = i < r->nCol && r->azVal[i] ? r->azVal[i] : "";
  printf("ALERT %s [%s %s %s] %s; events %s\n", z[0], z[1], z[2], z[4], z[9], z[10]);
  return 0;
}

static char *slurp(const char *zPath, tocsin_error *pErr) {
  FILE *f = fopen(zPath, "rb");
  if (!f) {
    pErr->code = TOCSIN_EIO;
    snprintf(pErr->msg, sizeof pErr->msg, "%s: cannot open the rule file", zPath);
    return NULL;
  }
  size_t n = 0, nAlloc = 4096;
  char *z = malloc(nAlloc);
  size_t k;
  while (z && (k = fread(z + n, 1, nAlloc - n - 1, f)) > 0) {
    n += k;
    if (n + 1 == nAlloc) {
      char *zNew = realloc(z, nAlloc * 2);
      if (!zNew) free(z);
      z = zNew;
      nAlloc *= 2;
    }
  }
  int bErr = ferror(f);
  fclose(f);
  if (!z || bErr) {
    pErr->code = z ? TOCSIN_EIO : TOCSIN_ENOMEM;
    free(z);
    snprintf(pErr->msg, sizeof pErr->msg, "%s: cannot read the rule file", zPath);
    return NULL;
  }
  z[n] = 0;
  size_t nText = strlen(z);
  if (nText != n) {
    free(z);
    pErr->code = TOCSIN_EFORMAT;
    snprintf(pErr->msg, sizeof pErr->msg, "%s: NUL byte at byte %zu; a rule file is text", zPath, nText);
    return NULL;
  }
  return z;
}

static int cmd_watch(int argc, char **argv) {
  const char *zDb = default_db(), *zRules = "watch.conf";
  Printer pr;
  memset(&pr, 0, sizeof pr);
  pr.zFormat = "text";
  int rc = EXIT_OKAY;
  for (int i = 1; i < argc && rc == EXIT_OKAY; i++) {
    const char *z = argv[i], *zVal = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      fputs(zUsageWatch, stdout);
      return EXIT_OKAY;
    }
    if (z[0] != '-' || !zVal) {
      rc = usage_err("watch", z[0] == '-' ? "missing value for" : "unexpected argument", z);
      break;
    }
    i++;
    if (!strcmp(z, "--db")) zDb = zVal;
    else if (!strcmp(z, "--rules")) zRules = zVal;
    else if (!strcmp(z, "--format")) {
      if (strcmp(zVal, "text") && strcmp(zVal, "jsonl")) rc = usage_err("watch", "--format is text or jsonl, not", zVal);
      pr.zFormat = zVal;
    } else rc = usage_err("watch", "unknown option", z);
  }
  if (rc != EXIT_OKAY) return rc;
  tocsin_error err;
  char *zText = slurp(zRules, &err);
  if (!zText) return fail(&err);
  tocsin_store *pStore = tocsin_store_open(zDb, &err);
  if (!pStore) {
    free(zText);
    return fail(&err);
  }
  int nNew = 0;
  if (tocsin_store_watch(pStore, zText, zRules, print_alert, &pr, &nNew, &err) != TOCSIN_OK) rc = fail(&err);
  else fprintf(stderr, "watch: %d new alert%s\n", nNew, nNew == 1 ? "" : "s");
  tocsin_store_close(pStore);
  free(zText);
  return finish_output(rc);
}

/* ---- the table of commands (cli/extra.c) ---------------------------------------- */

int cli_ingest(int argc, char **argv) { return cmd_ingest(argc, argv); }
int cli_query(int argc, char **argv) { return cmd_query(argc, argv); }
int cli_search(int argc, char **argv) { return cmd_search(argc, argv); }
int cli_forecasts(int argc, char **argv) { return cmd_forecasts(argc, argv); }
int cli_watch(int argc, char **argv) { return cmd_watch(argc, argv); }
