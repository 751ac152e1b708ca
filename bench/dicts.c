/*
** `make bench` (bench/run.sh): load time and peak memory of the field's
** dictionary sets read by tocsin_dict_load_specs, next to tocsin's own set,
** and coding speed with each on the same sentences:
**   (a) PETRARCH2's set: CAMEO.2.0.txt + Phoenix.* (spec petrarch:DIR)
**   (b) TABARI's: CAMEO.091003.master.verbs + every .actors file in TABARI-Dictionaries
**       + PSU.120522.agents + CAMEO.09b5.options
**   (c) tocsin's own dict/ (tocsin_dict_load)
** Each set is loaded in a child process of its own, so that process's
** ru_maxrss is the set's peak (the RSS before loading is printed too).
**
** usage: bench-dicts DATA [SENTENCES]
**   DATA       the shared data folder (../shared/data); sets whose files are
**              missing are skipped with a line saying so
**   SENTENCES  "YYYY-MM-DD<TAB>sentence" lines (bench/run.sh extracts the
**              <Text> elements of PETRARCH2's GigaWord.sample.PETR.xml); each
**              is coded as one sentence on its date
** Exit status 1 when a set that is present fails to load.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tocsin.h"

enum { REPS = 5, CODE_REPS = 21, MAX_SPECS = 64 };

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int cmp_s(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static double rss_mb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;   /* Linux: kilobytes */
}

static int exists(const char *zPath) {
  struct stat st;
  return stat(zPath, &st) == 0;
}

/* One set: a label and its specs (nSpec 0: tocsin's own dict/). */
typedef struct Set {
  const char *zLabel;
  char *azSpec[MAX_SPECS];
  int nSpec;
  const char *zMissing;   /* a file the set needs that is not there, or NULL */
} Set;

static char *mprintf2(const char *zA, const char *zB, const char *zC) {
  size_t n = strlen(zA) + strlen(zB) + strlen(zC) + 1;
  char *z = malloc(n);
  if (!z) {
    fputs("bench-dicts: out of memory\n", stderr);
    exit(1);
  }
  snprintf(z, n, "%s%s%s", zA, zB, zC);
  return z;
}

static void add_spec(Set *s, const char *zKind, const char *zPath) {
  if (s->nSpec == MAX_SPECS) return;
  s->azSpec[s->nSpec++] = mprintf2(zKind, ":", zPath);
  if (!s->zMissing && !exists(zPath)) s->zMissing = zPath;
}

/* The sentences to code: dates and texts, read from zPath. */
typedef struct Sentences {
  char **azDate, **azText;
  size_t n;
} Sentences;

static void read_sentences(const char *zPath, Sentences *p) {
  memset(p, 0, sizeof *p);
  FILE *f = zPath ? fopen(zPath, "r") : NULL;
  if (!f) return;
  char zLine[65536];
  size_t nAlloc = 0;
  while (fgets(zLine, sizeof zLine, f)) {
    zLine[strcspn(zLine, "\r\n")] = 0;
    char *zTab = strchr(zLine, '\t');
    if (!zTab || !zTab[1]) continue;
    *zTab = 0;
    if (p->n == nAlloc) {
      nAlloc = nAlloc ? 2 * nAlloc : 128;
      char **a = realloc(p->azDate, nAlloc * sizeof *a), **b = a ? realloc(p->azText, nAlloc * sizeof *b) : NULL;
      if (!a || !b) {
        fputs("bench-dicts: out of memory\n", stderr);
        exit(1);
      }
      p->azDate = a;
      p->azText = b;
    }
    p->azDate[p->n] = strdup(zLine);
    p->azText[p->n] = strdup(zTab + 1);
    if (!p->azDate[p->n] || !p->azText[p->n]) exit(1);
    p->n++;
  }
  fclose(f);
}

static tocsin_dict *load(const Set *s, tocsin_error *pErr) {
  return s->nSpec ? tocsin_dict_load_specs((const char *const *)s->azSpec, (size_t)s->nSpec, pErr)
                  : tocsin_dict_load(NULL, pErr);
}

/* Codes every sentence CODE_REPS times; prints the median rates. 0 on failure. */
static int bench_coding(tocsin_dict *pDict, const Sentences *pSent) {
  double aCode[CODE_REPS], aAll[CODE_REPS];
  size_t nEvent = 0;
  tocsin_error err;
  for (int r = 0; r < CODE_REPS; r++) {
    double tCode = 0, t0 = now();
    nEvent = 0;
    for (size_t i = 0; i < pSent->n; i++) {
      tocsin_options opt;
      tocsin_options_init(&opt);
      opt.zDate = pSent->azDate[i];
      opt.bDateOverride = 1;
      opt.bOneSentence = 1;
      tocsin_doc *d = tocsin_doc_parse(pSent->azText[i], strlen(pSent->azText[i]), "sentence", &opt, &err);
      if (!d) {
        fprintf(stderr, "bench-dicts: sentence %zu: %s\n", i + 1, err.msg);
        return 0;
      }
      double t1 = now();
      int rc = tocsin_doc_code(d, pDict, &err);
      tCode += now() - t1;
      nEvent += tocsin_doc_event_count(d);
      tocsin_doc_free(d);
      if (rc != TOCSIN_OK) {
        fprintf(stderr, "bench-dicts: %s\n", err.msg);
        return 0;
      }
    }
    aCode[r] = tCode;
    aAll[r] = now() - t0;
  }
  qsort(aCode, CODE_REPS, sizeof(double), cmp_d);
  qsort(aAll, CODE_REPS, sizeof(double), cmp_d);
  printf("  coding the %zu GigaWord sample sentences: %.0f sentences/s (%.0f with parsing), %zu events\n", pSent->n,
         pSent->n / aCode[CODE_REPS / 2], pSent->n / aAll[CODE_REPS / 2], nEvent);
  return 1;
}

/* In the child: loads the set (the first load gives the peak RSS, REPS more
** the median time), prints its line and the coding rates. Exit status. */
static int run_set(const Set *s, const Sentences *pSent) {
  double rssBefore = rss_mb();
  tocsin_error err;
  double t0 = now();
  tocsin_dict *pDict = load(s, &err);
  double aLoad[REPS + 1];
  aLoad[0] = now() - t0;
  if (!pDict) {
    printf("dict load %s: FAILED: %s\n", s->zLabel, err.msg);
    return 1;
  }
  double rssPeak = rss_mb();
  for (int r = 1; r <= REPS; r++) {
    t0 = now();
    tocsin_dict *p = load(s, &err);
    aLoad[r] = now() - t0;
    tocsin_dict_free(p);
  }
  qsort(aLoad, REPS + 1, sizeof(double), cmp_d);
  tocsin_dict_stats st;
  tocsin_dict_get_stats(pDict, &st);
  char zCounts[160];
  if (tocsin_dict_is_pattern(pDict)) {
    tocsin_dict_pattern_stats(pDict, &st);
    snprintf(zCounts, sizeof zCounts, "%zu actor phrases, %zu agents, %zu verbs, %zu patterns, %zu lines skipped",
             st.nPatActors, st.nPatAgents, st.nPatVerbs, st.nPatPatterns, tocsin_dict_warnings(pDict, NULL));
  } else {
    snprintf(zCounts, sizeof zCounts, "%zu actor phrases, %zu people, %zu agents, %zu patterns", st.nActorPhrases,
             st.nPeople, st.nAgentPhrases, st.nVerbPatterns);
  }
  printf("dict load %s: %.2f s, %.0f MB peak RSS (%.0f MB before loading), %s\n", s->zLabel, aLoad[REPS / 2],
         rssPeak, rssBefore, zCounts);
  fflush(stdout);
  int rc = pSent->n && !bench_coding(pDict, pSent) ? 1 : 0;
  tocsin_dict_free(pDict);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: bench-dicts DATA [SENTENCES]\n", stderr);
    return 2;
  }
  const char *zData = argv[1];
  Sentences sent;
  read_sentences(argc > 2 ? argv[2] : NULL, &sent);
  Set aSet[3];
  memset(aSet, 0, sizeof aSet);

  aSet[0].zLabel = "petrarch (Phoenix + CAMEO.2.0)";
  char *zPetr = mprintf2(zData, "/petrarch2/dictionaries", "");
  add_spec(&aSet[0], "petrarch", zPetr);

  /* TABARI: options first (TABARI reads them before the dictionaries) */
  char *zTabDir = mprintf2(zData, "/TABARI-Dictionaries", "");
  char *zOptions = mprintf2(zTabDir, "/CAMEO.09b5.options", "");
  char *zVerbs = mprintf2(zData, "/TABARI-Code/CAMEO.091003.master.verbs", "");
  char *zAgents = mprintf2(zTabDir, "/PSU.120522.agents", "");
  add_spec(&aSet[1], "tabari-options", zOptions);
  add_spec(&aSet[1], "tabari-verbs", zVerbs);
  char *azActors[MAX_SPECS];
  int nActors = 0;
  DIR *pDir = opendir(zTabDir);
  struct dirent *de;
  while (pDir && (de = readdir(pDir)) && nActors < MAX_SPECS - 4) {
    size_t n = strlen(de->d_name);
    if (n > 7 && !strcmp(de->d_name + n - 7, ".actors")) azActors[nActors++] = mprintf2(zTabDir, "/", de->d_name);
  }
  if (pDir) closedir(pDir);
  qsort(azActors, (size_t)nActors, sizeof(char *), cmp_s);
  for (int i = 0; i < nActors; i++) add_spec(&aSet[1], "tabari-actors", azActors[i]);
  add_spec(&aSet[1], "tabari-agents", zAgents);
  char zTabLabel[128];
  snprintf(zTabLabel, sizeof zTabLabel, "TABARI (CAMEO.091003 verbs + %d .actors + PSU agents)", nActors);
  aSet[1].zLabel = zTabLabel;
  if (!nActors && !aSet[1].zMissing) aSet[1].zMissing = zTabDir;

  aSet[2].zLabel = "tocsin's own (dict/)";

  int rc = 0;
  for (int i = 0; i < 3; i++) {
    if (aSet[i].zMissing) {
      printf("dict load %s: skipped (no %s)\n", aSet[i].zLabel, aSet[i].zMissing);
      continue;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
      perror("bench-dicts: fork");
      return 1;
    }
    if (pid == 0) {
      int x = run_set(&aSet[i], &sent);
      fflush(stdout);
      _exit(x);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) rc = 1;
    if (i == 0 && !aSet[0].zMissing)
      printf("  for context, PETRARCH2 itself (as reported in the issue, not measured here): about 3.5 s and "
             "200 MB to load its set\n");
  }
  return rc;
}
