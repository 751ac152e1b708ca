/*
** Watch rules (docs/watch.md): parse a rule file, evaluate each rule over the
** stored events, and record every alert not raised before, with the events
** that triggered it, in one transaction.
**
** Only events that happened count: asserted (fact or reported), not negated.
** A judgment that Russia "may" mass troops is not troops massing.
**
** Threshold rules count matching events in a sliding window of N days and
** alert on the first day the count reaches the minimum; further alerts of
** the rule wait until the window no longer overlaps an earlier alert's, so a
** sustained surge is one alert per window, not one a day.
**
** Anomaly rules build the daily series of event count and Goldstein sum from
** the store's first event day on (days without events are zeros) and score a
** day with events by a robust z-score against the B days before it:
**   z = (x - median) / max(1.4826 * MAD, floor)
** The median and MAD ignore the outliers a mean and standard deviation would
** chase; the floor keeps a quiet dyad (MAD 0) from alerting on every event.
*/
#include "store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KIND_THRESHOLD = 1, KIND_ANOMALY };
enum { SCOPE_ANY = 0, SCOPE_DYAD, SCOPE_PAIR, SCOPE_ACTOR };

typedef struct Rule {
  char *zName;
  size_t iLine;         /* where it starts, for messages */
  int eKind;
  int eScope;
  char *zA, *zB;        /* actor code prefixes; "*" = any */
  char **azCode;        /* CAMEO code prefixes ("1x" -> "1") */
  size_t nCode;
  int mQuad;            /* bit q set: quad class q counts; 0 = all */
  int nWindow, nMin;    /* threshold */
  int bCount, bGold;    /* anomaly series */
  int bQuiet;           /* anomaly: also days far BELOW the baseline (count series) */
  int nBaseline;
  double z, floor;
} Rule;

typedef struct Ev {
  long long id;
  long day;             /* days since 1970-01-01 */
  double goldstein;
  char *zSummary;       /* "2021-03-01 RUS 130 BLR" */
} Ev;

typedef struct Watch {
  tocsin_store *p;
  Arena *pArena;        /* rules, events and their strings */
  Rule *aRule;
  size_t nRule, nRuleAlloc;
  tocsin_error *pErr;
  const char *zFile;
} Watch;

static int parse_err(Watch *w, size_t iLine, const char *zMsg, const char *zArg) {
  err_set(w->pErr, TOCSIN_EFORMAT, (size_t)-1, "%s:%zu: %s%s%s%s", w->zFile, iLine, zMsg, zArg ? " '" : "",
          zArg ? zArg : "", zArg ? "'" : "");
  if (w->pErr) w->pErr->line = iLine;
  return TOCSIN_EFORMAT;
}

static int parse_int(const char *z, int *pOut) {
  char *e;
  long v = strtol(z, &e, 10);
  if (e == z || *e || v <= 0 || v > 100000) return 0;
  *pOut = (int)v;
  return 1;
}

static int parse_num(const char *z, double *pOut) {
  char *e;
  double v = strtod(z, &e);
  if (e == z || *e || !(v > 0) || v > 1e9) return 0;
  *pOut = v;
  return 1;
}

static int valid_code_prefix(const char *z) {
  if (!*z) return 0;
  for (; *z; z++)
    if (!is_digit((unsigned char)*z)) return 0;
  return 1;
}

/* Checks what a rule needs once all its lines are read. */
static int rule_finish(Watch *w, Rule *r) {
  if (!r->eKind) return parse_err(w, r->iLine, "rule without a kind: add 'kind threshold' or 'kind anomaly' to", r->zName);
  if (r->eKind == KIND_THRESHOLD && (!r->nWindow || !r->nMin))
    return parse_err(w, r->iLine, "threshold rule needs 'window DAYS' and 'min N':", r->zName);
  if (r->eKind == KIND_ANOMALY && !r->bCount && !r->bGold) r->bCount = r->bGold = 1;
  return TOCSIN_OK;
}

/* Splits a line into words in place; returns how many (at most nMax). */
static int split(char *z, char **az, int nMax) {
  int n = 0;
  while (*z) {
    while (*z && is_space((unsigned char)*z)) z++;
    if (!*z) break;
    if (n == nMax) return nMax + 1;  /* too many words: the caller reports it */
    az[n++] = z;
    while (*z && !is_space((unsigned char)*z)) z++;
    if (*z) *z++ = 0;
  }
  return n;
}

static int parse_rules(Watch *w, const char *zText) {
  Rule *r = NULL;
  size_t iLine = 0;
  const char *z = zText;
  while (*z) {
    iLine++;
    const char *zEnd = strchr(z, '\n');
    size_t n = zEnd ? (size_t)(zEnd - z) : strlen(z);
    char *zLine = arena_strndup(w->pArena, z, n);
    if (!zLine) return store_oom(w->pErr);
    z += n + (zEnd != NULL);
    char *zHash = strchr(zLine, '#');
    if (zHash) *zHash = 0;
    /* a key takes few words, except codes and quad: count before splitting */
    int nWord = 1;
    for (char *c = zLine; *c; c++) nWord += is_space((unsigned char)*c);
    char **az = arena_alloc(w->pArena, (size_t)nWord * sizeof(char *));
    if (!az) return store_oom(w->pErr);
    int nArg = split(zLine, az, nWord);
    if (nArg == 0) continue;
    const char *zKey = az[0];
    if (!strcmp(zKey, "rule")) {
      if (nArg != 2) return parse_err(w, iLine, "'rule' takes one name without spaces, e.g. rule rus-blr-pressure", NULL);
      if (r && rule_finish(w, r)) return TOCSIN_EFORMAT;
      for (size_t i = 0; i < w->nRule; i++)
        if (!strcmp(w->aRule[i].zName, az[1])) return parse_err(w, iLine, "a second rule with the name", az[1]);
      if (!vec_grow((void **)&w->aRule, &w->nRuleAlloc, w->nRule, sizeof(Rule)))
        return store_oom(w->pErr);
      r = &w->aRule[w->nRule++];
      memset(r, 0, sizeof *r);
      r->zName = az[1];
      r->iLine = iLine;
      r->nBaseline = 28;
      r->z = 3.5;
      r->floor = 1.0;
      continue;
    }
    if (!r) return parse_err(w, iLine, "a setting before the first 'rule NAME' line:", zKey);
    if (!strcmp(zKey, "kind")) {
      if (nArg != 2 || (strcmp(az[1], "threshold") && strcmp(az[1], "anomaly")))
        return parse_err(w, iLine, "'kind' is 'threshold' or 'anomaly'", NULL);
      r->eKind = !strcmp(az[1], "threshold") ? KIND_THRESHOLD : KIND_ANOMALY;
    } else if (!strcmp(zKey, "dyad") || !strcmp(zKey, "pair")) {
      if (nArg != 3) return parse_err(w, iLine, "'dyad' and 'pair' take two actor codes, e.g. dyad RUS BLR", NULL);
      r->eScope = !strcmp(zKey, "dyad") ? SCOPE_DYAD : SCOPE_PAIR;
      r->zA = az[1];
      r->zB = az[2];
    } else if (!strcmp(zKey, "actor")) {
      if (nArg != 2) return parse_err(w, iLine, "'actor' takes one actor code, e.g. actor RUSMIL", NULL);
      r->eScope = SCOPE_ACTOR;
      r->zA = az[1];
    } else if (!strcmp(zKey, "codes")) {
      if (nArg < 2) return parse_err(w, iLine, "'codes' takes CAMEO codes or families, e.g. codes 1x 17x 042", NULL);
      r->azCode = az + 1;
      r->nCode = (size_t)nArg - 1;
      for (size_t i = 0; i < r->nCode; i++) {
        char *c = r->azCode[i];
        size_t l = strlen(c);
        while (l > 0 && (c[l - 1] == 'x' || c[l - 1] == 'X')) c[--l] = 0;
        if (!valid_code_prefix(c)) return parse_err(w, iLine, "a CAMEO code is digits with optional trailing x, not", az[1 + i]);
      }
    } else if (!strcmp(zKey, "quad")) {
      if (nArg < 2) return parse_err(w, iLine, "'quad' takes quad classes 1 to 4", NULL);
      for (int i = 1; i < nArg; i++) {
        if (strlen(az[i]) != 1 || az[i][0] < '1' || az[i][0] > '4')
          return parse_err(w, iLine, "a quad class is 1, 2, 3 or 4, not", az[i]);
        r->mQuad |= 1 << (az[i][0] - '0');
      }
    } else if (!strcmp(zKey, "window")) {
      if (nArg != 2 || !parse_int(az[1], &r->nWindow)) return parse_err(w, iLine, "'window' takes a number of days", NULL);
    } else if (!strcmp(zKey, "min")) {
      if (nArg != 2 || !parse_int(az[1], &r->nMin)) return parse_err(w, iLine, "'min' takes a positive count of events", NULL);
    } else if (!strcmp(zKey, "baseline")) {
      if (nArg != 2 || !parse_int(az[1], &r->nBaseline) || r->nBaseline < 3)
        return parse_err(w, iLine, "'baseline' takes a number of days, 3 or more", NULL);
    } else if (!strcmp(zKey, "z")) {
      if (nArg != 2 || !parse_num(az[1], &r->z)) return parse_err(w, iLine, "'z' takes a positive number, e.g. z 3.5", NULL);
    } else if (!strcmp(zKey, "floor")) {
      if (nArg != 2 || !parse_num(az[1], &r->floor)) return parse_err(w, iLine, "'floor' takes a positive number, e.g. floor 1", NULL);
    } else if (!strcmp(zKey, "quiet")) {
      if (nArg != 2 || (strcmp(az[1], "yes") && strcmp(az[1], "no")))
        return parse_err(w, iLine, "'quiet' is yes or no", NULL);
      r->bQuiet = !strcmp(az[1], "yes");
    } else if (!strcmp(zKey, "series")) {
      if (nArg < 2) return parse_err(w, iLine, "'series' takes count, goldstein or both", NULL);
      for (int i = 1; i < nArg; i++) {
        if (!strcmp(az[i], "count")) r->bCount = 1;
        else if (!strcmp(az[i], "goldstein")) r->bGold = 1;
        else if (!strcmp(az[i], "both")) r->bCount = r->bGold = 1;
        else return parse_err(w, iLine, "'series' takes count, goldstein or both, not", az[i]);
      }
    } else {
      return parse_err(w, iLine,
                       "unknown setting (expected rule, kind, dyad, pair, actor, codes, quad, window, min, "
                       "baseline, z, floor, quiet or series):",
                       zKey);
    }
  }
  if (r && rule_finish(w, r)) return TOCSIN_EFORMAT;
  if (!w->nRule) return parse_err(w, iLine ? iLine : 1, "no rules in the file (a rule starts with 'rule NAME')", NULL);
  return TOCSIN_OK;
}

/* The rule's scope as text for alerts: "RUS>BLR", "RUS<>BLR", "RUS", "*". */
static const char *scope_text(Watch *w, const Rule *r) {
  switch (r->eScope) {
    case SCOPE_DYAD: return arena_printf(w->pArena, "%s>%s", r->zA, r->zB);
    case SCOPE_PAIR: return arena_printf(w->pArena, "%s<>%s", r->zA, r->zB);
    case SCOPE_ACTOR: return r->zA;
  }
  return "*";
}

/* Appends "prefix of column matches ?" unless the code is "*". */
static void prefix_cond(Buf *b, const char *zCol, const char *zCode, int *pnParam) {
  if (!strcmp(zCode, "*")) {
    buf_puts(b, "1");
    return;
  }
  (*pnParam)++;
  buf_printf(b, "substr(%s, 1, length(?%d)) = ?%d", zCol, *pnParam, *pnParam);
}

/* Loads the rule's events, oldest first. */
static int load_events(Watch *w, const Rule *r, Ev **paEv, size_t *pnEv) {
  tocsin_store *p = w->p;
  Buf b;
  buf_init(&b);
  int nParam = 0;
  const char *azParam[8];
  buf_puts(&b,
           "SELECT id, date, goldstein, date || ' ' || source || ' ' || code || ' ' || target FROM events"
           " WHERE date IS NOT NULL AND asserted = 1 AND negated = 0 AND (");
  if (r->eScope == SCOPE_DYAD || r->eScope == SCOPE_PAIR) {
    buf_putc(&b, '(');
    prefix_cond(&b, "source", r->zA, &nParam);
    if (strcmp(r->zA, "*")) azParam[nParam - 1] = r->zA;
    buf_puts(&b, " AND ");
    prefix_cond(&b, "target", r->zB, &nParam);
    if (strcmp(r->zB, "*")) azParam[nParam - 1] = r->zB;
    buf_putc(&b, ')');
    if (r->eScope == SCOPE_PAIR) {
      buf_puts(&b, " OR (");
      prefix_cond(&b, "source", r->zB, &nParam);
      if (strcmp(r->zB, "*")) azParam[nParam - 1] = r->zB;
      buf_puts(&b, " AND ");
      prefix_cond(&b, "target", r->zA, &nParam);
      if (strcmp(r->zA, "*")) azParam[nParam - 1] = r->zA;
      buf_putc(&b, ')');
    }
  } else if (r->eScope == SCOPE_ACTOR) {
    prefix_cond(&b, "source", r->zA, &nParam);
    if (strcmp(r->zA, "*")) azParam[nParam - 1] = r->zA;
    buf_puts(&b, " OR ");
    prefix_cond(&b, "target", r->zA, &nParam);
    if (strcmp(r->zA, "*")) azParam[nParam - 1] = r->zA;
  } else {
    buf_putc(&b, '1');
  }
  buf_putc(&b, ')');
  if (r->nCode) {
    /* codes are digits (checked when parsed), so they can be written inline */
    buf_puts(&b, " AND (");
    for (size_t i = 0; i < r->nCode; i++)
      buf_printf(&b, "%ssubstr(code, 1, %zu) = '%s'", i ? " OR " : "", strlen(r->azCode[i]), r->azCode[i]);
    buf_putc(&b, ')');
  }
  if (r->mQuad) {
    buf_puts(&b, " AND quad IN (");
    for (int q = 1, k = 0; q <= 4; q++)
      if (r->mQuad & (1 << q)) buf_printf(&b, "%s%d", k++ ? "," : "", q);
    buf_putc(&b, ')');
  }
  buf_puts(&b, " ORDER BY date, id");
  if (b.bOom) return store_oom(w->pErr);
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db, b.z, -1, &s, NULL);
  buf_free(&b);
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, "reading events for a watch rule", w->pErr);
  for (int i = 0; i < nParam; i++) sqlite3_bind_text(s, i + 1, azParam[i], -1, SQLITE_STATIC);
  Ev *aEv = NULL;
  size_t nEv = 0, nAlloc = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    Ymd t;
    const char *zDate = (const char *)sqlite3_column_text(s, 1);
    if (!zDate || !ymd_parse(zDate, &t)) continue;  /* not a date tocsin wrote: skip it */
    if (!vec_grow((void **)&aEv, &nAlloc, nEv, sizeof(Ev))) {
      rc = SQLITE_NOMEM;
      break;
    }
    aEv[nEv].id = sqlite3_column_int64(s, 0);
    aEv[nEv].day = ymd_to_days(t);
    aEv[nEv].goldstein = sqlite3_column_double(s, 2);
    aEv[nEv].zSummary = arena_strdup(w->pArena, (const char *)sqlite3_column_text(s, 3));
    if (!aEv[nEv].zSummary) {
      rc = SQLITE_NOMEM;
      break;
    }
    nEv++;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) {
    free(aEv);
    return store_error(p->db, rc, p->zPath, "reading events for a watch rule", w->pErr);
  }
  *paEv = aEv;
  *pnEv = nEv;
  return TOCSIN_OK;
}

static void day_text(long day, char z[11]) { ymd_format(ymd_from_days(day), z); }

/* Inserts an alert unless (rule, series, day_end) exists, with its events
** aEv[i0..i1). Returns TOCSIN_OK; *pbNew says whether it was new. */
static int add_alert(Watch *w, const Rule *r, const char *zKind, const char *zSeries, long day0, long day1,
                     double value, double threshold, const char *zMsg, const Ev *aEv, size_t i0, size_t i1,
                     int *pbNew) {
  tocsin_store *p = w->p;
  char z0[11], z1[11];
  day_text(day0, z0);
  day_text(day1, z1);
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db,
                              "INSERT OR IGNORE INTO alerts(rule, kind, scope, series, day_start, day_end, value,"
                              " threshold, message) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
                              -1, &s, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(s, 1, r->zName, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, zKind, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, scope_text(w, r), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 4, zSeries, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, z0, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 6, z1, -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(s, 7, value);
    sqlite3_bind_double(s, 8, threshold);
    sqlite3_bind_text(s, 9, zMsg, -1, SQLITE_STATIC);
    rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  *pbNew = rc == SQLITE_OK && sqlite3_changes(p->db) > 0;
  if (rc == SQLITE_OK && *pbNew) {
    long long iAlert = sqlite3_last_insert_rowid(p->db);
    rc = sqlite3_prepare_v2(p->db, "INSERT OR IGNORE INTO alert_events(alert_id, event_id, date, summary)"
                                   " VALUES (?1,?2,?3,?4)", -1, &s, NULL);
    for (size_t i = i0; rc == SQLITE_OK && i < i1; i++) {
      char zd[11];
      day_text(aEv[i].day, zd);
      sqlite3_bind_int64(s, 1, iAlert);
      sqlite3_bind_int64(s, 2, aEv[i].id);
      sqlite3_bind_text(s, 3, zd, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(s, 4, aEv[i].zSummary, -1, SQLITE_STATIC);
      rc = sqlite3_step(s);
      if (rc == SQLITE_DONE) rc = SQLITE_OK;
      sqlite3_reset(s);
    }
    if (s) sqlite3_finalize(s);
  }
  return rc == SQLITE_OK ? TOCSIN_OK : store_error(p->db, rc, p->zPath, "storing an alert", w->pErr);
}

/* Windows [start, end] of the rule's earlier alerts of one series. */
typedef struct Span { long a, b; } Span;

static int load_spans(Watch *w, const Rule *r, Span **paSpan, size_t *pnSpan, size_t *pnAlloc) {
  tocsin_store *p = w->p;
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db, "SELECT day_start, day_end FROM alerts WHERE rule = ?1", -1, &s, NULL);
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, "reading earlier alerts", w->pErr);
  sqlite3_bind_text(s, 1, r->zName, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    Ymd a, b;
    if (!ymd_parse((const char *)sqlite3_column_text(s, 0), &a) || !ymd_parse((const char *)sqlite3_column_text(s, 1), &b))
      continue;
    if (!vec_grow((void **)paSpan, pnAlloc, *pnSpan, sizeof(Span))) {
      rc = SQLITE_NOMEM;
      break;
    }
    (*paSpan)[(*pnSpan)++] = (Span){ymd_to_days(a), ymd_to_days(b)};
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? TOCSIN_OK : store_error(p->db, rc, p->zPath, "reading earlier alerts", w->pErr);
}

static int eval_threshold(Watch *w, const Rule *r, const Ev *aEv, size_t nEv, int *pnNew) {
  Span *aSpan = NULL;
  size_t nSpan = 0, nAlloc = 0;
  int rc = load_spans(w, r, &aSpan, &nSpan, &nAlloc);
  size_t i0 = 0;
  for (size_t j = 0; rc == TOCSIN_OK && j < nEv; j++) {
    if (j + 1 < nEv && aEv[j + 1].day == aEv[j].day) continue;  /* the last event of its day */
    long end = aEv[j].day, start = end - r->nWindow + 1;
    while (aEv[i0].day < start) i0++;
    size_t nIn = j - i0 + 1;
    if (nIn < (size_t)r->nMin) continue;
    int bOverlap = 0;
    for (size_t k = 0; k < nSpan && !bOverlap; k++) bOverlap = aSpan[k].a <= end && start <= aSpan[k].b;
    if (bOverlap) continue;
    char z0[11], z1[11];
    day_text(start, z0);
    day_text(end, z1);
    const char *zMsg = arena_printf(w->pArena, "%zu events %s in %d days %s..%s (min %d)", nIn, scope_text(w, r),
                                    r->nWindow, z0, z1, r->nMin);
    int bNew = 0;
    if (!zMsg) rc = store_oom(w->pErr);
    if (rc == TOCSIN_OK) rc = add_alert(w, r, "threshold", "count", start, end, (double)nIn, r->nMin, zMsg, aEv, i0, j + 1, &bNew);
    *pnNew += bNew;
    if (rc == TOCSIN_OK && !vec_grow((void **)&aSpan, &nAlloc, nSpan, sizeof(Span)))
      rc = store_oom(w->pErr);
    if (rc == TOCSIN_OK) aSpan[nSpan++] = (Span){start, end};
  }
  free(aSpan);
  return rc;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Median of a[0..n) (sorts a). */
static double median(double *a, size_t n) {
  qsort(a, n, sizeof(double), cmp_double);
  return n % 2 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
}

/* The robust z-score of day d of series a against the nB days before it
** (header comment): median, MAD, and scale max(1.4826 MAD, floor). aTmp has
** room for nB values. */
static double robust_z(const double *a, size_t d, size_t nB, double floor, double *aTmp, double *pMed, double *pMad) {
  memcpy(aTmp, a + d - nB, nB * sizeof(double));
  double med = median(aTmp, nB);
  for (size_t m = 0; m < nB; m++) aTmp[m] = fabs(a[d - nB + m] - med);
  double mad = median(aTmp, nB);
  double scale = 1.4826 * mad > floor ? 1.4826 * mad : floor;
  *pMed = med;
  *pMad = mad;
  return (a[d] - med) / scale;
}

/* quiet yes: the days, events or none, on which the count falls to -z or
** below against its baseline -- a busy relationship gone silent. One alert
** per quiet stretch, on its first day; the stretch ends when a day is no
** longer that far below. Days up to dayEnd, the store's last event day. */
static int eval_quiet(Watch *w, const Rule *r, const double *aCount, size_t nDay, double *aTmp, long dayFirst,
                      int *pnNew) {
  size_t nB = (size_t)r->nBaseline;
  int bInQuiet = 0, rc = TOCSIN_OK;
  for (size_t d = nB; d < nDay && rc == TOCSIN_OK; d++) {
    double med, mad, z = robust_z(aCount, d, nB, r->floor, aTmp, &med, &mad);
    if (z > -r->z) {
      bInQuiet = 0;
      continue;
    }
    if (bInQuiet) continue;
    bInQuiet = 1;
    char zDay[11];
    day_text(dayFirst + (long)d, zDay);
    const char *zMsg = arena_printf(w->pArena, "%s event count %g on %s: z = %.2f against median %g, MAD %g over %d days",
                                    scope_text(w, r), aCount[d], zDay, z, med, mad, r->nBaseline);
    int bNew = 0;
    if (!zMsg) rc = store_oom(w->pErr);
    else rc = add_alert(w, r, "anomaly", "count-drop", dayFirst + (long)d, dayFirst + (long)d, z, -r->z, zMsg, NULL, 0, 0,
                        &bNew);
    *pnNew += bNew;
  }
  return rc;
}

static int eval_anomaly(Watch *w, const Rule *r, const Ev *aEv, size_t nEv, long dayFirst, long dayEnd, int *pnNew) {
  if (!nEv) return TOCSIN_OK;
  long dayLast = aEv[nEv - 1].day;
  if (r->bQuiet && dayEnd > dayLast) dayLast = dayEnd;   /* a silence may run to the store's last day */
  size_t nDay = (size_t)(dayLast - dayFirst + 1);
  size_t nB = (size_t)r->nBaseline;
  double *aCount = calloc(nDay, sizeof(double)), *aGold = calloc(nDay, sizeof(double));
  double *aTmp = malloc(nB * sizeof(double));
  int rc = TOCSIN_OK;
  if (!aCount || !aGold || !aTmp) rc = store_oom(w->pErr);
  for (size_t i = 0; rc == TOCSIN_OK && i < nEv; i++) {
    aCount[aEv[i].day - dayFirst] += 1;
    aGold[aEv[i].day - dayFirst] += aEv[i].goldstein;
  }
  size_t i0 = 0;
  for (size_t j = 0; rc == TOCSIN_OK && j < nEv; j++) {
    if (j + 1 < nEv && aEv[j + 1].day == aEv[j].day) continue;
    size_t iFirst = i0;  /* events of this day: aEv[iFirst..j] */
    i0 = j + 1;
    while (iFirst > 0 && aEv[iFirst - 1].day == aEv[j].day) iFirst--;
    size_t d = (size_t)(aEv[j].day - dayFirst);
    if (d < nB) continue;  /* not enough history before this day */
    for (int k = 0; k < 2 && rc == TOCSIN_OK; k++) {
      if (k == 0 ? !r->bCount : !r->bGold) continue;
      double *a = k == 0 ? aCount : aGold;
      double med, mad, z = robust_z(a, d, nB, r->floor, aTmp, &med, &mad);
      /* more events than usual is news; fewer is not judged on days with events */
      int bHit = k == 0 ? z >= r->z : fabs(z) >= r->z;
      if (!bHit) continue;
      char zDay[11];
      day_text(aEv[j].day, zDay);
      const char *zSeries = k == 0 ? "count" : "goldstein";
      const char *zMsg = arena_printf(w->pArena, "%s %s %g on %s: z = %.2f against median %g, MAD %g over %d days",
                                      scope_text(w, r), k == 0 ? "event count" : "Goldstein sum", a[d], zDay, z, med,
                                      mad, r->nBaseline);
      int bNew = 0;
      if (!zMsg) rc = store_oom(w->pErr);
      else rc = add_alert(w, r, "anomaly", zSeries, aEv[j].day, aEv[j].day, z, r->z, zMsg, aEv, iFirst, j + 1, &bNew);
      *pnNew += bNew;
    }
  }
  if (rc == TOCSIN_OK && r->bQuiet) rc = eval_quiet(w, r, aCount, nDay, aTmp, dayFirst, pnNew);
  free(aCount);
  free(aGold);
  free(aTmp);
  return rc;
}

static const char zNewAlertsSql[] =
    "SELECT a.id AS id, a.rule AS rule, a.kind AS kind, a.scope AS scope, a.series AS series,"
    " a.day_start AS day_start, a.day_end AS day_end, round(a.value, 2) AS value, a.threshold AS threshold,"
    " a.message AS message,"
    " (SELECT group_concat(event_id, ' ') FROM alert_events x WHERE x.alert_id = a.id) AS events"
    " FROM alerts a WHERE a.id > ?1 ORDER BY a.id";

int tocsin_store_watch(tocsin_store *p, const char *zRules, const char *zRulesPath, tocsin_row_fn xRow,
                       void *pArg, int *pnNew, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  int nNewLocal = 0;
  if (!pnNew) pnNew = &nNewLocal;
  *pnNew = 0;
  Watch w;
  memset(&w, 0, sizeof w);
  w.p = p;
  w.pErr = pErr;
  w.zFile = zRulesPath ? zRulesPath : "<rules>";
  if (!(w.pArena = arena_new())) return store_oom(pErr);
  int rc = parse_rules(&w, zRules ? zRules : "");
  long long iMaxBefore = 0;
  long dayFirst = 0, dayEnd = 0;
  int bTx = 0;
  if (rc == TOCSIN_OK) rc = store_exec(p, "BEGIN IMMEDIATE", "starting the watch", pErr), bTx = rc == TOCSIN_OK;
  if (rc == TOCSIN_OK) {
    sqlite3_stmt *s;
    int r = sqlite3_prepare_v2(p->db, "SELECT (SELECT coalesce(max(id), 0) FROM alerts),"
                                      " (SELECT min(date) FROM events WHERE date IS NOT NULL),"
                                      " (SELECT max(date) FROM events WHERE date IS NOT NULL)", -1, &s, NULL);
    if (r == SQLITE_OK && (r = sqlite3_step(s)) == SQLITE_ROW) {
      Ymd t;
      iMaxBefore = sqlite3_column_int64(s, 0);
      const char *z = (const char *)sqlite3_column_text(s, 1);
      if (z && ymd_parse(z, &t)) dayFirst = ymd_to_days(t);
      z = (const char *)sqlite3_column_text(s, 2);
      if (z && ymd_parse(z, &t)) dayEnd = ymd_to_days(t);
      r = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (r != SQLITE_OK) rc = store_error(p->db, r, p->zPath, "starting the watch", pErr);
  }
  for (size_t i = 0; rc == TOCSIN_OK && i < w.nRule; i++) {
    Ev *aEv = NULL;
    size_t nEv = 0;
    rc = load_events(&w, &w.aRule[i], &aEv, &nEv);
    if (rc == TOCSIN_OK && nEv) {
      if (w.aRule[i].eKind == KIND_THRESHOLD) rc = eval_threshold(&w, &w.aRule[i], aEv, nEv, pnNew);
      else rc = eval_anomaly(&w, &w.aRule[i], aEv, nEv, dayFirst, dayEnd, pnNew);
    }
    free(aEv);
  }
  if (bTx) {
    /* all of a run's alerts, or none: a killed watch is simply run again */
    if (rc == TOCSIN_OK) rc = store_exec(p, "COMMIT", "committing alerts", pErr);
    if (rc != TOCSIN_OK) sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL), *pnNew = 0;
  }
  if (rc == TOCSIN_OK && *pnNew && xRow) {
    /* handed out after the commit, so nothing is reported that was not stored */
    sqlite3_stmt *s;
    int r = sqlite3_prepare_v2(p->db, zNewAlertsSql, -1, &s, NULL);
    if (r != SQLITE_OK) rc = store_error(p->db, r, p->zPath, "reading the new alerts", pErr);
    else {
      sqlite3_bind_int64(s, 1, iMaxBefore);
      rc = store_rows(p, s, xRow, pArg, "reading the new alerts", pErr);
    }
  }
  free(w.aRule);
  arena_free(w.pArena);
  return rc;
}
