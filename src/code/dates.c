/*
** Date expressions in a sentence, resolved against the document's date.
**
** Absolute dates ("September 14, 2019", "14 September 2019", "2019-09-14") need
** no anchor. Partial and relative ones need the document date: a month and day
** without a year take the document's year, moved back a year when that would put
** a past event more than 31 days after the document; weekdays are the latest such
** day on or before the document (the next on or after, for future statements);
** "last week" is 7 days before; "earlier this month" the first of the month.
** An offset phrase ("two weeks after", "a day before", "four days later")
** dates one clause from another: date_offset_at reads it, the coder picks the
** anchor. docs/cli.md (the `date` field) lists the forms.
*/
#include "code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tok_is(const char *z, const Token *t, const char *zWord) {
  size_t n = strlen(zWord);
  return t->end - t->start == n && strnicmp_ascii(z + t->start, zWord, n) == 0;
}

/* Value of an all-digit token, or -1. */
static int tok_num(const char *z, const Token *t) {
  size_t n = t->end - t->start;
  if (n == 0 || n > 4) return -1;
  int v = 0;
  for (size_t i = t->start; i < t->end; i++) {
    if (!is_digit((unsigned char)z[i])) return -1;
    v = v * 10 + (z[i] - '0');
  }
  return v;
}

/* Day number token: "14", "14th", "1st". */
static int tok_day(const char *z, const Token *t) {
  size_t n = t->end - t->start;
  int v = 0;
  size_t i = t->start;
  while (i < t->end && is_digit((unsigned char)z[i]) && i - t->start < 3) v = v * 10 + (z[i++] - '0');
  if (i == t->start || i - t->start > 2) return -1;
  if (i != t->end) {
    size_t r = t->end - i;
    if (r != 2 || n > 4) return -1;
    const char *s = z + i;
    if (strnicmp_ascii(s, "st", 2) && strnicmp_ascii(s, "nd", 2) && strnicmp_ascii(s, "rd", 2) &&
        strnicmp_ascii(s, "th", 2))
      return -1;
  }
  return (v >= 1 && v <= 31) ? v : -1;
}

/* A day with a footnote marker glued on, as text comes out of a PDF report:
** "on May 9.8" is May 9, note 8. Only at the end of the sentence or before a
** capitalised word or a bracket, where a decimal ("May 9.8 percent") cannot
** stand; the marker has 1-3 digits. The day, or -1. */
static int footnoted_day(const char *z, const Token *aTok, size_t nTok, size_t j) {
  const Token *t = &aTok[j];
  size_t i = t->start, d = 0;
  int v = 0;
  while (i < t->end && is_digit((unsigned char)z[i]) && d < 3) v = v * 10 + (z[i++] - '0'), d++;
  if (d == 0 || d > 2 || i >= t->end || z[i] != '.') return -1;
  size_t k = ++i;
  while (i < t->end && is_digit((unsigned char)z[i])) i++;
  if (i != t->end || i == k || i - k > 3) return -1;
  if (j + 1 < nTok) {
    const Token *n = &aTok[j + 1];
    unsigned char ch = (unsigned char)z[n->start];
    if (!is_upper(ch) && ch != '[' && !(n->end - n->start == 1 && ch == '.')) return -1;
  }
  return (v >= 1 && v <= 31) ? v : -1;
}

static int tok_month(const char *z, const Token *t) {
  size_t n = t->end - t->start;
  /* "May" is also a modal verb: only as a month when capitalised */
  int m = month_from_name(z + t->start, n);
  if (m == 5 && !is_upper((unsigned char)z[t->start])) return 0;
  if (m && n == 3 && !is_upper((unsigned char)z[t->start])) return 0;  /* "mar", "jan" */
  return m;
}

static int tok_weekday(const char *z, const Token *t) {
  static const char *az[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; i++) {
    if (tok_is(z, t, az[i])) return i;
  }
  return -1;
}

static int push(DateFound **pa, size_t *pn, size_t *pnAlloc, DateFound *f) {
  if (!vec_grow((void **)pa, pnAlloc, *pn, sizeof(DateFound))) return 0;
  (*pa)[(*pn)++] = *f;
  return 1;
}

static void set_text(DateFound *f, const char *z, const Token *aTok, size_t i, size_t j) {
  size_t s = aTok[i].start, e = aTok[j - 1].end;
  snprintf(f->zText, sizeof f->zText, "%.*s", (int)(e - s), z + s);
  f->iTok = i;
  f->iTokEnd = j;
}

/* A count word before a unit ("ten years ago", "a decade ago"): 1-20 in digits
** or words, "a"/"an" as 1; -1 when there is none. */
static int ago_count(const char *z, const Token *t) {
  static const char *const azNum[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                      "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  int v = tok_num(z, t);
  if (v > 0 && v <= 100) return v;
  if (tok_is(z, t, "a") || tok_is(z, t, "an")) return 1;
  for (int i = 1; i < (int)(sizeof azNum / sizeof azNum[0]); i++) {
    if (tok_is(z, t, azNum[i])) return i;
  }
  return -1;
}

/* Date phrases a retrospective narrative uses, at token i: "ten years ago
** (today, this week)" counts back from the document; "the next day", "the
** same day", "that evening", "later that month", "the following month" count
** from the narrative's last date (DK_NARR_*). Why: background paragraphs
** retell old crises in dates relative to each other, not to the report.
** Fills *pF and returns the number of tokens it spans, 0 when none starts here. */
static size_t narrative_phrase(const char *z, const Token *aTok, size_t nTok, size_t i, DateFound *pF) {
  static const char *const azDayPart[] = {"day", "morning", "afternoon", "evening", "night", NULL};
  size_t n = nTok - i;
  /* "N years (months, weeks, decades) ago", "a decade ago" ("ago" first: the
  ** count's word list is dear to try at every token) */
  int nn = n >= 3 && tok_is(z, &aTok[i + 2], "ago") ? ago_count(z, &aTok[i]) : -1;
  if (nn > 0) {
    int nY = 0, nM = 0, nD = 0;
    if (tok_is(z, &aTok[i + 1], "years") || tok_is(z, &aTok[i + 1], "year")) nY = nn;
    else if (tok_is(z, &aTok[i + 1], "decades") || tok_is(z, &aTok[i + 1], "decade")) nY = 10 * nn;
    else if (tok_is(z, &aTok[i + 1], "months") || tok_is(z, &aTok[i + 1], "month")) nM = nn;
    else if (tok_is(z, &aTok[i + 1], "weeks") || tok_is(z, &aTok[i + 1], "week")) nD = 7 * nn;
    else return 0;
    size_t k = 3;
    if (n > 3 && tok_is(z, &aTok[i + 3], "today")) k = 4;   /* "ten years ago today" */
    else if (n > 4 && tok_is(z, &aTok[i + 3], "this") &&
             (tok_is(z, &aTok[i + 4], "week") || tok_is(z, &aTok[i + 4], "month"))) k = 5;
    pF->kind = DK_AGO;
    pF->ymd.y = nY;
    pF->ymd.m = nM;
    pF->shift = nD;
    pF->weekday = k > 3;   /* the very day: "ago today", "ago this week" */
    set_text(pF, z, aTok, i, i + k);
    return k;
  }
  /* "the next (following, same) day", "that evening" */
  int bThe = tok_is(z, &aTok[i], "the");
  int bThat = tok_is(z, &aTok[i], "that");
  if ((bThe || bThat) && n >= 2) {
    size_t k = i + 1;
    int nShift = 0;
    if (bThe && n >= 3 && (tok_is(z, &aTok[k], "next") || tok_is(z, &aTok[k], "following"))) nShift = 1, k++;
    else if (bThe && n >= 3 && tok_is(z, &aTok[k], "same")) k++;
    else if (bThe) k = 0;
    if (k) {
      for (const char *const *zp = azDayPart; *zp; zp++) {
        if (!tok_is(z, &aTok[k], *zp)) continue;
        pF->kind = DK_NARR_DAY;
        pF->shift = nShift;
        set_text(pF, z, aTok, i, k + 1);
        return k + 1 - i;
      }
      if (tok_is(z, &aTok[k], "month")) {   /* "that month", "the following month" */
        pF->kind = DK_NARR_MONTH;
        pF->shift = nShift;
        set_text(pF, z, aTok, i, k + 1);
        return k + 1 - i;
      }
    }
  }
  /* "later that month", "later in the month" */
  if (tok_is(z, &aTok[i], "later") && n >= 3 && tok_is(z, &aTok[i + 1], "that") && tok_is(z, &aTok[i + 2], "month")) {
    pF->kind = DK_NARR_MONTH;
    pF->shift = 0;
    set_text(pF, z, aTok, i, i + 3);
    return 3;
  }
  return 0;
}

int dates_find(const char *z, const Token *aTok, size_t nTok, DateFound **pa, size_t *pn,
               size_t *pnAlloc) {
  *pn = 0;
  for (size_t i = 0; i < nTok; i++) {
    DateFound f;
    memset(&f, 0, sizeof f);
    int m = tok_month(z, &aTok[i]);
    if (m) {
      size_t j = i + 1;
      if (j < nTok && tok_is(z, &aTok[j], ".")) j++;   /* "Sept. 14" */
      int d = j < nTok ? tok_day(z, &aTok[j]) : -1;
      if (d < 0 && j < nTok) d = footnoted_day(z, aTok, nTok, j);
      if (d > 0) {
        size_t k = j + 1;
        if (k < nTok && tok_is(z, &aTok[k], ",")) k++;
        int y = k < nTok ? tok_num(z, &aTok[k]) : -1;
        f.kind = DK_MONTH_DAY;
        f.ymd.m = m;
        f.ymd.d = d;
        if (y >= 1900 && y <= 2100 && aTok[k].end - aTok[k].start == 4) {
          f.kind = DK_FULL;
          f.ymd.y = y;
          set_text(&f, z, aTok, i, k + 1);
        } else {
          set_text(&f, z, aTok, i, j + 1);
        }
        if (!push(pa, pn, pnAlloc, &f)) return 0;
        i = f.iTokEnd - 1;
        continue;
      }
      int y = j < nTok ? tok_num(z, &aTok[j]) : -1;
      if (y >= 1900 && y <= 2100 && aTok[j].end - aTok[j].start == 4) {
        f.kind = DK_MONTH_YEAR;
        f.ymd.y = y;
        f.ymd.m = m;
        f.ymd.d = 1;
        set_text(&f, z, aTok, i, j + 1);
        if (!push(pa, pn, pnAlloc, &f)) return 0;
        i = j;
        continue;
      }
      /* "last November", "next March": the nearest such month before or
      ** after the document's own, never the document's month itself */
      if (i > 0 && (tok_is(z, &aTok[i - 1], "last") || tok_is(z, &aTok[i - 1], "next"))) {
        f.kind = DK_MONTH;
        f.ymd.m = m;
        f.ymd.d = 1;
        f.shift = tok_is(z, &aTok[i - 1], "last") ? -1 : 1;
        set_text(&f, z, aTok, i - 1, i + 1);
        if (!push(pa, pn, pnAlloc, &f)) return 0;
        continue;
      }
      if (i > 0 && (tok_is(z, &aTok[i - 1], "in") || tok_is(z, &aTok[i - 1], "since") ||
                    tok_is(z, &aTok[i - 1], "until") || tok_is(z, &aTok[i - 1], "by") ||
                    tok_is(z, &aTok[i - 1], "early") || tok_is(z, &aTok[i - 1], "late") ||
                    tok_is(z, &aTok[i - 1], "mid"))) {
        f.kind = DK_MONTH;
        f.ymd.m = m;
        f.ymd.d = 1;
        set_text(&f, z, aTok, i, i + 1);
        if (!push(pa, pn, pnAlloc, &f)) return 0;
      }
      continue;
    }
    int d = tok_day(z, &aTok[i]);
    if (d > 0 && i + 1 < nTok && (m = tok_month(z, &aTok[i + 1])) != 0) {
      size_t k = i + 2;
      if (k < nTok && tok_is(z, &aTok[k], ",")) k++;
      int y = k < nTok ? tok_num(z, &aTok[k]) : -1;
      f.ymd.m = m;
      f.ymd.d = d;
      if (y >= 1900 && y <= 2100 && aTok[k].end - aTok[k].start == 4) {
        f.kind = DK_FULL;
        f.ymd.y = y;
        set_text(&f, z, aTok, i, k + 1);
      } else {
        f.kind = DK_MONTH_DAY;
        set_text(&f, z, aTok, i, i + 2);
      }
      if (!push(pa, pn, pnAlloc, &f)) return 0;
      i = f.iTokEnd - 1;
      continue;
    }
    /* 2020-09-14: the tokenizer gives 2020 - 09 - 14 */
    int y = tok_num(z, &aTok[i]);
    if (y >= 1900 && y <= 2100 && i + 4 < nTok && tok_is(z, &aTok[i + 1], "-") &&
        tok_is(z, &aTok[i + 3], "-")) {
      int mm = tok_num(z, &aTok[i + 2]), dd = tok_num(z, &aTok[i + 4]);
      Ymd t = {y, mm, dd};
      if (ymd_valid(t)) {
        f.kind = DK_FULL;
        f.ymd = t;
        set_text(&f, z, aTok, i, i + 5);
        if (!push(pa, pn, pnAlloc, &f)) return 0;
        i += 4;
        continue;
      }
    }
    /* "in 2022", "in early 2014": a year alone, after "in" (not "since 2022",
    ** a span that the document date ends) */
    if (y >= 1900 && y <= 2100 && aTok[i].end - aTok[i].start == 4 && i > 0 &&
        !(i + 1 < nTok && tok_is(z, &aTok[i + 1], "-"))) {
      size_t s = i - 1;
      if (s > 0 && (tok_is(z, &aTok[s], "early") || tok_is(z, &aTok[s], "late"))) s--;
      if (tok_is(z, &aTok[s], "in")) {
        f.kind = DK_YEAR;
        f.ymd.y = y;
        f.ymd.m = 1;
        f.ymd.d = 1;
        set_text(&f, z, aTok, s, i + 1);
        if (!push(pa, pn, pnAlloc, &f)) return 0;
        continue;
      }
    }
    size_t nNarr = narrative_phrase(z, aTok, nTok, i, &f);
    if (nNarr) {
      if (!push(pa, pn, pnAlloc, &f)) return 0;
      i += nNarr - 1;
      continue;
    }
    int wd = tok_weekday(z, &aTok[i]);
    if (wd >= 0) {
      f.kind = DK_WEEKDAY;
      f.weekday = wd;
      size_t s = i;
      if (i > 0 && (tok_is(z, &aTok[i - 1], "on") || tok_is(z, &aTok[i - 1], "last") ||
                    tok_is(z, &aTok[i - 1], "next") || tok_is(z, &aTok[i - 1], "this"))) {
        s = i - 1;
        if (tok_is(z, &aTok[i - 1], "last")) f.shift = -1;
        if (tok_is(z, &aTok[i - 1], "next")) f.shift = 1;
      }
      set_text(&f, z, aTok, s, i + 1);
      if (!push(pa, pn, pnAlloc, &f)) return 0;
      continue;
    }
    static const struct { const char *a, *b, *c; DateKind kind; int shift; } aRel[] = {
        {"yesterday", NULL, NULL, DK_REL_DAY, -1},
        {"today", NULL, NULL, DK_REL_DAY, 0},
        {"tomorrow", NULL, NULL, DK_REL_DAY, 1},
        {"earlier", "this", "week", DK_REL_WEEK, 0},
        {"earlier", "this", "month", DK_REL_MONTH, 0},
        {"earlier", "this", "year", DK_REL_YEAR, 0},
        {"later", "this", "month", DK_REL_MONTH, 0},
        {"later", "this", "year", DK_REL_YEAR, 0},
        {"last", "week", NULL, DK_REL_WEEK, -1},
        {"last", "month", NULL, DK_REL_MONTH, -1},
        {"last", "year", NULL, DK_REL_YEAR, -1},
        {"next", "week", NULL, DK_REL_WEEK, 1},
        {"next", "month", NULL, DK_REL_MONTH, 1},
        {"next", "year", NULL, DK_REL_YEAR, 1},
        {"this", "week", NULL, DK_REL_WEEK, 0},
        {"this", "month", NULL, DK_REL_MONTH, 0},
        {"this", "year", NULL, DK_REL_YEAR, 0},
        {"previous", "week", NULL, DK_REL_WEEK, -1},
        {"previous", "day", NULL, DK_REL_DAY, -1},
    };
    for (size_t r = 0; r < sizeof aRel / sizeof aRel[0]; r++) {
      size_t k = 1;
      if (!tok_is(z, &aTok[i], aRel[r].a)) continue;
      if (aRel[r].b) {
        if (i + 1 >= nTok || !tok_is(z, &aTok[i + 1], aRel[r].b)) continue;
        k++;
        if (aRel[r].c) {
          if (i + 2 >= nTok || !tok_is(z, &aTok[i + 2], aRel[r].c)) continue;
          k++;
        }
      }
      f.kind = aRel[r].kind;
      f.shift = aRel[r].shift;
      set_text(&f, z, aTok, i, i + k);
      if (!push(pa, pn, pnAlloc, &f)) return 0;
      i += k - 1;
      break;
    }
    /* "(by|before) the end of 2020", "the end of the year", "the end of March" */
    if (tok_is(z, &aTok[i], "end") && i + 2 < nTok && tok_is(z, &aTok[i + 1], "of")) {
      size_t k = i + 2;
      if (tok_is(z, &aTok[k], "the") && k + 1 < nTok) k++;
      int yy = tok_num(z, &aTok[k]);
      int mm = tok_month(z, &aTok[k]);
      if (yy >= 1900 && yy <= 2100 && aTok[k].end - aTok[k].start == 4) {
        f.kind = DK_FULL;
        f.ymd.y = yy;
        f.ymd.m = 12;
        f.ymd.d = 31;
      } else if (tok_is(z, &aTok[k], "year")) {
        f.kind = DK_YEAR_END;
      } else if (mm) {
        f.kind = DK_MONTH_END;
        f.ymd.m = mm;
      }
      if (f.kind != DK_NONE) {
        set_text(&f, z, aTok, i, k + 1);
        if (!push(pa, pn, pnAlloc, &f)) return 0;
        i = k;
        continue;
      }
    }
    /* "N days ago" */
    int nn = tok_num(z, &aTok[i]);
    if (nn > 0 && nn < 400 && i + 2 < nTok && (tok_is(z, &aTok[i + 1], "days") || tok_is(z, &aTok[i + 1], "day")) &&
        tok_is(z, &aTok[i + 2], "ago")) {
      f.kind = DK_REL_DAY;
      f.shift = -nn;
      set_text(&f, z, aTok, i, i + 3);
      if (!push(pa, pn, pnAlloc, &f)) return 0;
      i += 2;
    }
  }
  return 1;
}

int date_resolve(const DateFound *f, const Ymd *pDoc, int bFuture, Ymd *pOut, const char **pzPrecision) {
  Ymd t = f->ymd;
  *pzPrecision = "day";
  switch (f->kind) {
    case DK_FULL:
      *pOut = t;
      return ymd_valid(t);
    case DK_MONTH_YEAR:
      *pzPrecision = "month";
      *pOut = t;
      return ymd_valid(t);
    case DK_YEAR:
      /* the first of the year, as a month alone gives its first day; the
      ** document's own year is the document date, the nearest day known */
      *pzPrecision = "year";
      if (bFuture) t.m = 12, t.d = 31;   /* a deadline: the act is due by the year's end */
      *pOut = pDoc && pDoc->y == t.y && !bFuture ? *pDoc : t;
      return ymd_valid(*pOut);
    default: break;
  }
  if (!pDoc) return 0;
  long doc = ymd_to_days(*pDoc);
  switch (f->kind) {
    case DK_MONTH_DAY:
    case DK_MONTH: {
      t.y = pDoc->y;
      if (f->kind == DK_MONTH) *pzPrecision = "month";
      if (!ymd_valid(t)) return 0;
      if (f->kind == DK_MONTH && f->shift) {   /* "last November", "next March" */
        if (f->shift < 0 && t.m >= pDoc->m) t.y--;
        if (f->shift > 0 && t.m <= pDoc->m) t.y++;
        *pOut = t;
        return 1;
      }
      /* a past event dated after the report is from the year before */
      if (!bFuture && ymd_to_days(t) > doc + 31) t.y--;
      if (!ymd_valid(t)) t.d = days_in_month(t.y, t.m);
      *pOut = t;
      return 1;
    }
    case DK_WEEKDAY: {
      int wd = ymd_weekday(*pDoc);
      long delta;
      if (bFuture || f->shift > 0) {
        delta = (f->weekday - wd + 7) % 7;
        if (f->shift > 0 && delta == 0) delta = 7;
      } else {
        delta = -((wd - f->weekday + 7) % 7);
        if (f->shift < 0 && delta == 0) delta = -7;
      }
      *pOut = ymd_from_days(doc + delta);
      return 1;
    }
    case DK_REL_DAY:
      *pOut = ymd_from_days(doc + f->shift);
      return 1;
    case DK_REL_WEEK: {
      *pzPrecision = "week";
      /* the Monday of the week meant */
      long monday = doc - ymd_weekday(*pDoc) + 7L * f->shift;
      *pOut = ymd_from_days(monday);
      return 1;
    }
    case DK_REL_MONTH: {
      *pzPrecision = "month";
      Ymd m = {pDoc->y, pDoc->m + f->shift, 1};
      if (m.m < 1) { m.m += 12; m.y--; }
      if (m.m > 12) { m.m -= 12; m.y++; }
      *pOut = m;
      return 1;
    }
    case DK_YEAR_END: {
      *pzPrecision = "year";
      Ymd y = {pDoc->y, 12, 31};
      *pOut = y;
      return 1;
    }
    case DK_MONTH_END: {
      Ymd m = {pDoc->y, f->ymd.m, 1};
      if (!bFuture && f->ymd.m > pDoc->m) m.y--;
      m.d = days_in_month(m.y, m.m);
      *pOut = m;
      return 1;
    }
    case DK_REL_YEAR: {
      *pzPrecision = "year";
      Ymd y = {pDoc->y + f->shift, 1, 1};
      *pOut = y;
      return 1;
    }
    case DK_AGO: {
      /* the same day N years back ("ten years ago today"); without "today" the
      ** count's own unit is all that is known */
      *pzPrecision = f->weekday ? "day" : f->ymd.y ? "year" : f->ymd.m ? "month" : "week";
      Ymd a = *pDoc;
      int m = a.y * 12 + (a.m - 1) - 12 * f->ymd.y - f->ymd.m;
      a.y = m / 12;
      a.m = m % 12 + 1;
      if (a.d > days_in_month(a.y, a.m)) a.d = days_in_month(a.y, a.m);
      *pOut = ymd_from_days(ymd_to_days(a) - f->shift);
      return 1;
    }
    default: return 0;
  }
}

/* The count before a unit word: digits, "a", "an", "one" ... "twelve", "the"
** ("the day after"); -1 when there is none. */
static int offset_count(const char *z, const Token *t) {
  static const char *const azNum[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                      "eight", "nine", "ten", "eleven", "twelve"};
  int v = tok_num(z, t);
  if (v >= 0) return v;
  if (tok_is(z, t, "a") || tok_is(z, t, "an") || tok_is(z, t, "the")) return 1;
  for (int i = 0; i < (int)(sizeof azNum / sizeof azNum[0]); i++) {
    if (tok_is(z, t, azNum[i])) return i;
  }
  return -1;
}

int date_offset_at(const char *z, const Token *aTok, size_t nTok, size_t iWord, DateOffset *pOff) {
  memset(pOff, 0, sizeof *pOff);
  if (iWord >= nTok) return 0;
  /* "after" and "before" stand between the dated act and the other clause
  ** ("fired, two weeks after Israel struck": the strike is 14 days back);
  ** "later" and "earlier" count on from what was told before */
  if (tok_is(z, &aTok[iWord], "before") || tok_is(z, &aTok[iWord], "later")) {
    pOff->bForward = 1;
  } else if (!tok_is(z, &aTok[iWord], "after") && !tok_is(z, &aTok[iWord], "earlier")) {
    return 0;
  }
  if (iWord == 0) return 0;
  size_t u = iWord - 1;
  /* "shortly after", "soon after", "hours after": the same day */
  static const char *const azSameDay[] = {"shortly", "soon", "just", "immediately", "moments"};
  for (size_t k = 0; k < sizeof azSameDay / sizeof azSameDay[0]; k++) {
    if (tok_is(z, &aTok[u], azSameDay[k])) {
      pOff->iStart = u;
      pOff->iWord = iWord;
      return 1;
    }
  }
  static const struct { const char *z; int nDays, nMonths; } aUnit[] = {
      {"day", 1, 0}, {"days", 1, 0}, {"week", 7, 0}, {"weeks", 7, 0}, {"month", 0, 1},
      {"months", 0, 1}, {"year", 0, 12}, {"years", 0, 12}, {"hours", 0, 0}, {"hour", 0, 0},
      {"minutes", 0, 0}};
  for (size_t k = 0; k < sizeof aUnit / sizeof aUnit[0]; k++) {
    if (!tok_is(z, &aTok[u], aUnit[k].z)) continue;
    int bHours = aUnit[k].nDays == 0 && aUnit[k].nMonths == 0;
    int n = u > 0 ? offset_count(z, &aTok[u - 1]) : -1;
    if (n < 0 && bHours) n = 0;   /* "hours after": the same day */
    if (n < 0) return 0;          /* "days after": not a computable date */
    if (n == 0 && bHours) {
      pOff->iStart = u;
      pOff->iWord = iWord;
      return 1;
    }
    if (bHours) {
      pOff->nDays = tok_is(z, &aTok[u], "minutes") ? 0 : n / 24;   /* "48 hours after" */
    } else {
      pOff->nDays = n * aUnit[k].nDays;
      pOff->nMonths = n * aUnit[k].nMonths;
    }
    pOff->iStart = u - 1;
    pOff->iWord = iWord;
    return 1;
  }
  return 0;
}

int date_offset_apply(const DateOffset *pOff, Ymd anchor, Ymd *pOut) {
  int sign = pOff->bForward ? 1 : -1;
  Ymd t = anchor;
  if (pOff->nMonths) {
    int m = t.y * 12 + (t.m - 1) + sign * pOff->nMonths;
    t.y = m / 12;
    t.m = m % 12 + 1;
    if (t.d > days_in_month(t.y, t.m)) t.d = days_in_month(t.y, t.m);
  }
  if (!ymd_valid(t)) return 0;
  *pOut = ymd_from_days(ymd_to_days(t) + sign * pOff->nDays);
  return 1;
}
