/*
** The coder: actors, verbs, events and their dates in a sentence.
*/
#ifndef TOCSIN_CODE_H
#define TOCSIN_CODE_H

#include "../dict/dict.h"

typedef enum DateKind {
  DK_NONE, DK_FULL, DK_MONTH_DAY, DK_MONTH_YEAR, DK_MONTH, DK_WEEKDAY,
  DK_REL_DAY, DK_REL_WEEK, DK_REL_MONTH, DK_REL_YEAR, DK_YEAR_END, DK_MONTH_END, DK_YEAR,
  /* "ten years ago (today)": ymd.y years, ymd.m months and shift days before
  ** the document; weekday is 1 when "today" or "this week" fixes the day */
  DK_AGO,
  /* told from the narrative's last date, not the document's ("the next day",
  ** "the same day", "later that month"): shift days or months; the coder
  ** resolves them, date_resolve cannot */
  DK_NARR_DAY, DK_NARR_MONTH
} DateKind;

typedef struct DateFound {
  DateKind kind;
  Ymd ymd;           /* the parts given (y may be 0) */
  int weekday;       /* 0=Monday, for DK_WEEKDAY */
  int shift;         /* relative offset (days, weeks, months, years by kind) */
  size_t iTok, iTokEnd;
  char zText[64];    /* the words as written */
} DateFound;

/* Finds every date expression among the sentence's tokens (z is the sentence
** text the tokens index). Fills *pa (grown with vec_grow). 0 on OOM. */
int dates_find(const char *z, const Token *aTok, size_t nTok, DateFound **pa, size_t *pn,
               size_t *pnAlloc);

/* Resolves f against the document date (NULL when unknown); bFuture for
** statements about the future. 1 on success, with the precision ("day",
** "week", "month", "year"). */
int date_resolve(const DateFound *f, const Ymd *pDoc, int bFuture, Ymd *pOut,
                 const char **pzPrecision);

/* A date given relative to another clause's: "two weeks after", "a day
** before", "48 hours after", "four days later". */
typedef struct DateOffset {
  int nDays, nMonths;   /* the distance (0 and 0: the same day) */
  int bForward;         /* 1: the dated act is that far after the anchor */
  size_t iStart;        /* first token of the phrase ("two") */
  size_t iWord;         /* its "after", "before", "later" or "earlier" */
} DateOffset;

/* Reads the offset phrase that ends at token iWord ("after", "before",
** "later", "earlier"). 1 when it gives a computable distance; "days after"
** without a count gives 0. */
int date_offset_at(const char *z, const Token *aTok, size_t nTok, size_t iWord, DateOffset *pOff);

/* *pOut = anchor moved by pOff (months first, then days). 0 if anchor is invalid. */
int date_offset_apply(const DateOffset *pOff, Ymd anchor, Ymd *pOut);

/* The pattern coder (sparse.c) for TABARI/PETRARCH dictionaries (p->pPat):
** codes every sentence of d, appending to d->aEvent; *paFired (malloc'ed,
** one zeroed entry per event) is for attach_sources. 0 on OOM. */
struct EventFired;
int sparse_code_doc(tocsin_doc *d, const tocsin_dict *p, struct EventFired **paFired);

#endif
