/*
** `make bench`: start-up (dictionary load), cleaning+structure throughput,
** coding throughput and the cost of storing the coded documents in the event
** store (tocsin_store_ingest into a fresh file-backed store per repetition),
** measured in one run so their ratios are comparable on a noisy shared
** machine. Prints medians of several repetitions and peak RSS.
**
** Two stores are filled from the same coded documents: one transaction per
** document, and one batch per repetition (tocsin_store_begin/commit, each
** document a savepoint, as `tocsin ingest` does). Each ingest follows the
** skip test `tocsin ingest` runs first (tocsin_store_contains: the document's
** SHA-256 and a lookup); the batched store goes first, so it pays the hash.
** Times are wall clock and, for the ratios, CPU time too (user + system of
** this process, which runs on one thread): on a shared machine CPU time
** moves less than wall time.
**
** Each copy of a file is made distinct (k trailing newlines) and stored under
** its own path, so every ingest is a real one, not an UNCHANGED hash hit; the
** copies report the same events, so most mentions take the merge path, as
** they do when many reports cover the same days.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "tocsin.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Deletes a store file and its WAL and shared-memory files. */
static void remove_store(const char *zDb) {
  const char *azSuffix[] = {"", "-wal", "-shm"};
  for (int k = 0; k < 3; k++) {
    char z[600];
    snprintf(z, sizeof z, "%s%s", zDb, azSuffix[k]);
    unlink(z);
  }
}

static char *slurp(const char *zPath, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *z = malloc((size_t)n + 1);
  if (z && fread(z, 1, (size_t)n, f) != (size_t)n) {
    free(z);
    z = NULL;
  }
  fclose(f);
  if (z) z[n] = 0;
  *pn = (size_t)n;
  return z;
}

int main(int argc, char **argv) {
  enum { REPS = 7 };
  double aLoad[REPS], aParse[REPS], aCode[REPS], aStore[REPS], aBatch[REPS];
  double aParseCpu[REPS], aCodeCpu[REPS], aStoreCpu[REPS], aBatchCpu[REPS];
  tocsin_error err;
  for (int r = 0; r < REPS; r++) {
    double t0 = now();
    tocsin_dict *p = tocsin_dict_load(NULL, &err);
    aLoad[r] = now() - t0;
    if (!p) {
      fprintf(stderr, "bench: %s\n", err.msg);
      return 1;
    }
    tocsin_dict_free(p);
  }
  tocsin_dict *p = tocsin_dict_load(NULL, &err);
  size_t nBytes = 0, nSent = 0, nEvent = 0;
  const int nCopies = 40;
  const char *zTmp = getenv("TMPDIR");
  char azDb[2][512];
  for (int k = 0; k < 2; k++)
    snprintf(azDb[k], sizeof azDb[k], "%s/tocsin-bench-%ld-%d.db", zTmp && *zTmp ? zTmp : "/tmp", (long)getpid(), k);
  for (int r = 0; r < REPS; r++) {
    double tParse = 0, tCode = 0, tStore = 0, tBatch = 0;
    double cParse = 0, cCode = 0, cStore = 0, cBatch = 0;
    nBytes = nSent = nEvent = 0;
    remove_store(azDb[0]);
    remove_store(azDb[1]);
    tocsin_store *pStore = tocsin_store_open(azDb[0], &err);
    tocsin_store *pBatch = pStore ? tocsin_store_open(azDb[1], &err) : NULL;
    if (!pBatch || tocsin_store_begin(pBatch, &err) != TOCSIN_OK) {
      fprintf(stderr, "bench: %s\n", err.msg);
      return 1;
    }
    for (int i = 1; i < argc; i++) {
      size_t n;
      char *z0 = slurp(argv[i], &n);
      if (!z0) continue;
      char *z = realloc(z0, n + nCopies + 1);
      if (!z) {
        free(z0);
        continue;
      }
      for (int k = 0; k < nCopies; k++) {
        char zPath[600];
        snprintf(zPath, sizeof zPath, "%s#%d", argv[i], k);
        size_t nK = n + (size_t)k;
        if (k) z[nK - 1] = '\n';
        double t0 = now(), c0 = cpu();
        tocsin_doc *d = tocsin_doc_parse(z, nK, zPath, NULL, &err);
        double t1 = now(), c1 = cpu();
        if (!d) continue;
        tocsin_doc_code(d, p, &err);
        double t2 = now(), c2 = cpu();
        if (tocsin_store_contains(pBatch, d, NULL, &err) != 0 || tocsin_store_ingest(pBatch, d, NULL, &err) != TOCSIN_OK) {
          fprintf(stderr, "bench: %s\n", err.msg);
          return 1;
        }
        double t3 = now(), c3 = cpu();
        if (tocsin_store_contains(pStore, d, NULL, &err) != 0 || tocsin_store_ingest(pStore, d, NULL, &err) != TOCSIN_OK) {
          fprintf(stderr, "bench: %s\n", err.msg);
          return 1;
        }
        double t4 = now(), c4 = cpu();
        tParse += t1 - t0, cParse += c1 - c0;
        tCode += t2 - t1, cCode += c2 - c1;
        tBatch += t3 - t2, cBatch += c3 - c2;
        tStore += t4 - t3, cStore += c4 - c3;
        nBytes += n;
        nSent += tocsin_doc_sentence_count(d);
        nEvent += tocsin_doc_event_count(d);
        tocsin_doc_free(d);
      }
      free(z);
    }
    aParse[r] = tParse, aParseCpu[r] = cParse;
    aCode[r] = tCode, aCodeCpu[r] = cCode;
    double t0 = now(), c0 = cpu();
    if (tocsin_store_commit(pBatch, &err) != TOCSIN_OK) {
      fprintf(stderr, "bench: %s\n", err.msg);
      return 1;
    }
    aBatch[r] = tBatch + (now() - t0), aBatchCpu[r] = cBatch + (cpu() - c0);
    aStore[r] = tStore, aStoreCpu[r] = cStore;
    tocsin_store_close(pStore);
    tocsin_store_close(pBatch);
  }
  remove_store(azDb[0]);
  remove_store(azDb[1]);
  qsort(aLoad, REPS, sizeof(double), cmp_d);
  qsort(aParse, REPS, sizeof(double), cmp_d);
  qsort(aCode, REPS, sizeof(double), cmp_d);
  qsort(aStore, REPS, sizeof(double), cmp_d);
  qsort(aBatch, REPS, sizeof(double), cmp_d);
  qsort(aParseCpu, REPS, sizeof(double), cmp_d);
  qsort(aCodeCpu, REPS, sizeof(double), cmp_d);
  qsort(aStoreCpu, REPS, sizeof(double), cmp_d);
  qsort(aBatchCpu, REPS, sizeof(double), cmp_d);
  double load = aLoad[REPS / 2], parse = aParse[REPS / 2], code = aCode[REPS / 2], store = aStore[REPS / 2];
  double batch = aBatch[REPS / 2];
  double parseCpu = aParseCpu[REPS / 2], codeCpu = aCodeCpu[REPS / 2], storeCpu = aStoreCpu[REPS / 2];
  double batchCpu = aBatchCpu[REPS / 2];
  tocsin_dict_stats s;
  tocsin_dict_get_stats(p, &s);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("dictionary load (start-up)   %8.2f ms   (%zu actor phrases, %zu people, %zu verb patterns)\n",
         load * 1e3, s.nActorPhrases, s.nPeople, s.nVerbPatterns);
  printf("clean + structure            %8.2f MB/s  (%zu bytes, %zu sentences per repetition)\n",
         nBytes / parse / 1e6, nBytes, nSent);
  printf("coding                       %8.0f sentences/s (%zu events)\n", nSent / code, nEvent);
  printf("ratio coding / clean time    %8.2f\n", code / parse);
  printf("store ingest                 %8.0f documents/s (%d per repetition, one transaction each)\n",
         (argc - 1) * nCopies / store, (argc - 1) * nCopies);
  printf("ratio ingest / coding time   %8.2f  (CPU %.2f; storing costs %.0f %% on top of coding)\n",
         store / code, storeCpu / codeCpu, 100 * store / code);
  printf("  batched, as tocsin ingest  %8.2f  (CPU %.2f; %.0f documents/s; savepoint per document)\n", batch / code,
         batchCpu / codeCpu, (argc - 1) * nCopies / batch);
  printf("  batched / (clean + code)   %8.2f  (CPU %.2f; storing on top of all that tocsin code does; aim < 0.30)\n",
         batch / (parse + code), batchCpu / (parseCpu + codeCpu));
  printf("peak RSS                     %8.1f MB\n", ru.ru_maxrss / 1024.0);
  tocsin_dict_free(p);
  return 0;
}
