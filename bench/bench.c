/*
** `make bench`: start-up (dictionary load), cleaning+structure throughput and
** coding throughput, measured in one run so their ratios are comparable on a
** noisy shared machine. Prints medians of several repetitions and peak RSS.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "tocsin.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
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
  double aLoad[REPS], aParse[REPS], aCode[REPS];
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
  for (int r = 0; r < REPS; r++) {
    double tParse = 0, tCode = 0;
    nBytes = nSent = nEvent = 0;
    for (int i = 1; i < argc; i++) {
      size_t n;
      char *z = slurp(argv[i], &n);
      if (!z) continue;
      for (int k = 0; k < nCopies; k++) {
        double t0 = now();
        tocsin_doc *d = tocsin_doc_parse(z, n, argv[i], NULL, &err);
        double t1 = now();
        if (!d) continue;
        tocsin_doc_code(d, p, &err);
        double t2 = now();
        tParse += t1 - t0;
        tCode += t2 - t1;
        nBytes += n;
        nSent += tocsin_doc_sentence_count(d);
        nEvent += tocsin_doc_event_count(d);
        tocsin_doc_free(d);
      }
      free(z);
    }
    aParse[r] = tParse;
    aCode[r] = tCode;
  }
  qsort(aLoad, REPS, sizeof(double), cmp_d);
  qsort(aParse, REPS, sizeof(double), cmp_d);
  qsort(aCode, REPS, sizeof(double), cmp_d);
  double load = aLoad[REPS / 2], parse = aParse[REPS / 2], code = aCode[REPS / 2];
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
  printf("peak RSS                     %8.1f MB\n", ru.ru_maxrss / 1024.0);
  tocsin_dict_free(p);
  return 0;
}
