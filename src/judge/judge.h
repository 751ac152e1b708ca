/*
** Judging a statement: is it a fact, a report of someone's claim, an analytic
** estimate, a forecast or a recommendation; which estimative words hedge it, and
** what probability band they stand for (ICD 203; table in docs/judgments.md).
*/
#ifndef TOCSIN_JUDGE_H
#define TOCSIN_JUDGE_H

#include <stddef.h>

typedef struct JudgeWord {   /* one token of the clause, lower-cased text */
  const char *z;
  size_t n;
} JudgeWord;

typedef struct Judgment {
  const char *zMood;    /* "fact" "reported" "estimate" "forecast" "recommendation" */
  int bFuture;          /* the statement is about the future (forecast/recommendation/intent) */
  int bHasP;
  double p[2];
  char zHedge[96];      /* the estimative words as written, "" when none */
  int bNegated;         /* a negation sits in the clause before the verb */
  int bReport;          /* a report marks the sentence ("reportedly", "according to") or a
                        ** reporting verb governs the event, whatever mood won */
  int bExpected;        /* the future is an onlooker's expectation or a schedule ("is expected
                        ** to", "is set to", "is due to"), not words of the actor's own intent
                        ** ("will", "plans to"): the coder keeps such a stated intent a forecast */
} Judgment;

/* Judges the words a[0..nBefore) that precede the event verb in its clause
** (from the subject on) and the whole sentence w[0..nAll) for report markers.
** bReported: a reporting verb ("said that") governs the event. */
void judge_clause(const JudgeWord *aBefore, size_t nBefore, const JudgeWord *aAll, size_t nAll,
                  int bReported, Judgment *pOut);

/* The ICD 203 band of an estimative phrase, for tests and docs: returns 1 and
** fills lo/hi when z is a known expression. */
int judge_band(const char *z, double *pLo, double *pHi);

#endif
