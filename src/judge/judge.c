/*
** Estimative language (ICD 203, "Analytic Standards", 2015, table of
** expressions of likelihood) and the mood of a statement.
*/
#include "judge.h"

#include <stdio.h>
#include <string.h>

#include "../util/util.h"

/* Longest expressions first so "very likely" wins over "likely". */
static const struct Band {
  const char *z;     /* space-separated lower-case words */
  double lo, hi;
} aBand[] = {
    {"almost no chance", 0.01, 0.05},
    {"very unlikely", 0.05, 0.20},
    {"highly unlikely", 0.05, 0.20},
    {"highly improbable", 0.05, 0.20},
    {"roughly even chance", 0.45, 0.55},
    {"roughly even odds", 0.45, 0.55},
    {"even chance", 0.45, 0.55},
    {"almost certainly", 0.95, 0.99},
    {"almost certain", 0.95, 0.99},
    {"nearly certain", 0.95, 0.99},
    {"virtually certain", 0.95, 0.99},
    {"very likely", 0.80, 0.95},
    {"highly likely", 0.80, 0.95},
    {"highly probable", 0.80, 0.95},
    {"probably not", 0.20, 0.45},
    {"not likely", 0.20, 0.45},
    {"unlikely", 0.20, 0.45},
    {"improbable", 0.20, 0.45},
    {"remote", 0.01, 0.05},
    {"likely", 0.55, 0.80},
    {"probably", 0.55, 0.80},
    {"probable", 0.55, 0.80},
    /* modal verbs of possibility: ICD 203 gives them no band; tocsin reads
    ** them as "roughly even chance or lower" (docs/judgments.md) */
    {"may", 0.05, 0.55},
    {"might", 0.05, 0.55},
    {"could", 0.05, 0.55},
    {"possibly", 0.05, 0.55},
};

static int word_is(const JudgeWord *w, const char *z) {
  return word_eq(w->z, w->n, z);
}

/* Does the phrase (space-separated) start at a[i]? Returns its word count. */
static size_t phrase_at(const JudgeWord *a, size_t n, size_t i, const char *zPhrase) {
  /* judge_clause tries some 60 phrases at every word: most differ in the
  ** first letter, decided before any length is measured (9 % of coding) */
  if (i >= n || !a[i].n || (a[i].z[0] | 0x20) != (zPhrase[0] | 0x20)) return 0;
  size_t k = 0;
  const char *z = zPhrase;
  while (*z) {
    const char *e = strchr(z, ' ');
    size_t l = e ? (size_t)(e - z) : strlen(z);
    if (i + k >= n || a[i + k].n != l || strnicmp_ascii(a[i + k].z, z, l)) return 0;
    k++;
    z += l;
    if (*z == ' ') z++;
  }
  return k;
}

int judge_band(const char *z, double *pLo, double *pHi) {
  for (size_t i = 0; i < sizeof aBand / sizeof aBand[0]; i++) {
    if (!strcmp(z, aBand[i].z)) {
      *pLo = aBand[i].lo;
      *pHi = aBand[i].hi;
      return 1;
    }
  }
  return 0;
}

static void hedge_append(Judgment *j, const JudgeWord *a, size_t i, size_t k) {
  for (size_t x = i; x < i + k; x++) {
    size_t len = strlen(j->zHedge);
    snprintf(j->zHedge + len, sizeof j->zHedge - len, "%s%.*s", len ? " " : "", (int)a[x].n, a[x].z);
  }
}

void judge_clause(const JudgeWord *a, size_t n, const JudgeWord *aAll, size_t nAll, int bReported,
                  Judgment *j) {
  memset(j, 0, sizeof *j);
  int bFuture = 0, bRecommend = 0, bEstimate = 0;
  size_t iHedgeFirst = (size_t)-1, iHedgeLast = 0;
  for (size_t i = 0; i < n; i++) {
    const JudgeWord *w = &a[i];
    if (word_is(w, "not") || word_is(w, "n't") || word_is(w, "never") ||
        (word_is(w, "no") && i + 1 < n && word_is(&a[i + 1], "longer")))
      j->bNegated = 1;
    if (word_is(w, "will") || word_is(w, "shall") || word_is(w, "'ll") || word_is(w, "won't") ||
        phrase_at(a, n, i, "expected to") || phrase_at(a, n, i, "set to") ||
        phrase_at(a, n, i, "going to") || phrase_at(a, n, i, "poised to") ||
        phrase_at(a, n, i, "plans to") || phrase_at(a, n, i, "plan to") ||
        phrase_at(a, n, i, "intends to") || phrase_at(a, n, i, "scheduled to") ||
        phrase_at(a, n, i, "due to") || phrase_at(a, n, i, "about to") || phrase_at(a, n, i, "would") ||
        /* present intentions are statements about the future too */
        phrase_at(a, n, i, "wants to") || phrase_at(a, n, i, "want to") || phrase_at(a, n, i, "wants") ||
        phrase_at(a, n, i, "seeks to") || phrase_at(a, n, i, "seek to") || phrase_at(a, n, i, "hopes to") ||
        phrase_at(a, n, i, "hope to") || phrase_at(a, n, i, "aims to") || phrase_at(a, n, i, "aim to") ||
        phrase_at(a, n, i, "intend to") || phrase_at(a, n, i, "planning to") || phrase_at(a, n, i, "preparing to")) {
      if (phrase_at(a, n, i, "expected to") || phrase_at(a, n, i, "set to") || phrase_at(a, n, i, "poised to") ||
          phrase_at(a, n, i, "scheduled to") || phrase_at(a, n, i, "due to") || phrase_at(a, n, i, "about to") ||
          phrase_at(a, n, i, "going to"))
        j->bExpected = 1;
      if (!bFuture) {
        bFuture = 1;
        if (iHedgeFirst == (size_t)-1 || i < iHedgeFirst) iHedgeFirst = i;
        if (i > iHedgeLast) iHedgeLast = i;
      }
    }
    if (word_is(w, "should") || word_is(w, "must") || word_is(w, "ought") || phrase_at(a, n, i, "do well to") ||
        phrase_at(a, n, i, "needs to") || phrase_at(a, n, i, "need to") ||
        word_is(w, "recommend") || word_is(w, "recommends")) {
      bRecommend = 1;
      if (iHedgeFirst == (size_t)-1 || i < iHedgeFirst) iHedgeFirst = i;
      if (i > iHedgeLast) iHedgeLast = i;
    }
    if (!j->bHasP) {
      for (size_t b = 0; b < sizeof aBand / sizeof aBand[0]; b++) {
        size_t k = phrase_at(a, n, i, aBand[b].z);
        if (k) {
          j->bHasP = 1;
          j->p[0] = aBand[b].lo;
          j->p[1] = aBand[b].hi;
          bEstimate = 1;
          if (iHedgeFirst == (size_t)-1 || i < iHedgeFirst) iHedgeFirst = i;
          if (i + k - 1 > iHedgeLast) iHedgeLast = i + k - 1;
          break;
        }
      }
    }
    if (phrase_at(a, n, i, "we assess") || phrase_at(a, n, i, "we judge") ||
        phrase_at(a, n, i, "we estimate") || phrase_at(a, n, i, "we believe"))
      bEstimate = 1;
  }
  /* the hedge is the contiguous estimative span, e.g. "will likely", "very likely will not" */
  if (iHedgeFirst != (size_t)-1) {
    size_t e = iHedgeLast;
    /* extend over a trailing negation inside the hedge ("likely will not") */
    while (e + 1 < n && (word_is(&a[e + 1], "not") || word_is(&a[e + 1], "n't"))) e++;
    if (e - iHedgeFirst < 6) hedge_append(j, a, iHedgeFirst, e - iHedgeFirst + 1);
  }
  int bReport = bReported;
  for (size_t i = 0; i < nAll; i++) {
    /* "We assess with moderate confidence that Lavrov pressed ...": the
    ** analysts' own judgment governs the whole sentence */
    if (phrase_at(aAll, nAll, i, "we assess") || phrase_at(aAll, nAll, i, "we judge") ||
        phrase_at(aAll, nAll, i, "we estimate") || phrase_at(aAll, nAll, i, "we believe") ||
        phrase_at(aAll, nAll, i, "in our assessment") || phrase_at(aAll, nAll, i, "in our judgment"))
      bEstimate = 1;
    if (word_is(&aAll[i], "reportedly") || word_is(&aAll[i], "allegedly") ||
        phrase_at(aAll, nAll, i, "according to") || phrase_at(aAll, nAll, i, "is said to") ||
        phrase_at(aAll, nAll, i, "are said to") || phrase_at(aAll, nAll, i, "was said to"))
      bReport = 1;
  }
  j->bReport = bReport;
  if (bRecommend) j->zMood = "recommendation";
  else if (bFuture) j->zMood = "forecast";
  else if (bEstimate) j->zMood = "estimate";
  else if (bReport) j->zMood = "reported";
  else j->zMood = "fact";
  j->bFuture = bFuture || bRecommend;
}
