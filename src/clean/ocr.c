/*
** CLEAN stage, part 2: OCR digit confusions ("I" "l" "|" for 1, "O" "o" for 0)
** in running text.
**
** A confusable is repaired only where the context proves a number: a day next
** to a month name, a year next to a month or day, an ISO date that repairs to
** a valid one ("2O21-O6-O4"), or a number: a token (or hyphen-separated part
** of one, "5O8-kilometer") that starts with a real digit and otherwise holds
** only digits, confusables and separators, with 2+ real digits, thousands
** groups ("2OO,OOO") or the value of a year ("2O2O"); see number_fixable.
** Everything else stays as written: words with other letters (B2B, G20,
** Su-30SM, aB3xQ9Lo), URL- and e-mail-like tokens, Roman numerals (World War
** II, Il-76), the pronoun I ("In March I went"), litres ("10l").
**
** Every repair swaps one byte for one byte, so the output is a copy of the
** input patched in place and all offsets carry over unchanged. Each is
** recorded as "ocr-digit" (zFrom the token as found, zTo the repaired token).
*/
#include "../core/internal.h"

#include <string.h>

/* A whitespace-delimited token and its core, the token without surrounding
** punctuation ("(I2," -> "I2"). Inline markers also delimit tokens. */
typedef struct Tok {
  size_t s, e;    /* token [s, e) */
  size_t cs, ce;  /* core [cs, ce) */
  int bUrl;       /* URL- or e-mail-like: never touched */
  int bMarked;    /* a footnote marker came before it: a clause ended there */
} Tok;

typedef enum { CTX_OTHER, CTX_MONTH, CTX_DAY } Ctx;

static int is_tok_end(char c) { return is_space((unsigned char)c) || c == MARK_OPEN; }

/* The 1-digit value a confusable stands for, or -1. bYear also allows 'o'. */
static int confusable(char c, int bYear) {
  if (c == 'I' || c == 'l' || c == '|') return bYear && c == '|' ? -1 : 1;
  if (c == 'O' || (bYear && c == 'o')) return 0;
  return -1;
}

/* Finds the next token at or after *pi; 0 at the end of the text. */
static int next_tok(const char *z, size_t n, size_t *pi, Tok *t) {
  size_t i = *pi;
  t->bMarked = 0;
  for (;;) {
    while (i < n && is_space((unsigned char)z[i])) i++;
    if (i < n && z[i] == MARK_OPEN) {
      t->bMarked = 1;
      while (i < n && z[i] != MARK_CLOSE) i++;
      if (i < n) i++;
      continue;
    }
    break;
  }
  if (i >= n) return 0;
  t->s = i;
  while (i < n && !is_tok_end(z[i])) i++;
  t->e = i;
  *pi = i;
  t->bUrl = 0;
  for (size_t k = t->s; k < t->e; k++) {
    char c = z[k];
    if (c == '/' || c == '@' || (c == '.' && k + 1 < t->e && is_alpha((unsigned char)z[k + 1])) ||
        (k + 4 <= t->e && strnicmp_ascii(z + k, "www.", 4) == 0))
      t->bUrl = 1;
  }
  size_t cs = t->s, ce = t->e;
  for (;;) {
    if (cs < ce && strchr("([\"'$", z[cs])) cs++;
    else if (ce - cs >= 3 && memcmp(z + cs, "\xE2\x80\x9C", 3) == 0) cs += 3;
    else break;
  }
  for (;;) {
    if (ce > cs && strchr(",.;:)]\"'!?%", z[ce - 1])) ce--;
    else if (ce - cs >= 3 && (memcmp(z + ce - 3, "\xE2\x80\x9D", 3) == 0 ||
                              memcmp(z + ce - 3, "\xE2\x80\x99", 3) == 0)) ce -= 3;
    else break;
  }
  t->cs = cs;
  t->ce = ce;
  return 1;
}

/* Month number of a token naming a month with a capital letter ("May", not the
** verb "may"); *pbAbbr set for "Jan"/"Sept" forms. 0 if none. */
static int tok_month(const char *z, const Tok *t, int *pbAbbr) {
  size_t n = t->ce - t->cs;
  if (t->bUrl || n < 3 || !is_upper((unsigned char)z[t->cs])) return 0;
  int m = month_from_name(z + t->cs, n);
  *pbAbbr = m && ((n == 3 && m != 5) || (n == 4 && m == 9)); /* "May", "June" are full names */
  return m;
}

/* Value of a day core of 1-2 chars from [0-9IlO|] with at least one
** confusable, in 1..31 (callers check the month's length, leap-permissive);
** -1 otherwise. *pbReal: has a real digit. */
static int day_value(const char *z, size_t s, size_t e, int *pbReal) {
  int v = 0, nConf = 0;
  *pbReal = 0;
  if (e - s < 1 || e - s > 2) return -1;
  for (size_t k = s; k < e; k++) {
    int c = confusable(z[k], 0);
    if (is_digit((unsigned char)z[k])) {
      c = z[k] - '0';
      *pbReal = 1;
    } else if (c < 0) {
      return -1;
    } else {
      nConf++;
    }
    v = v * 10 + c;
  }
  return nConf && v >= 1 && v <= 31 ? v : -1;
}

/* Value of a year core: 4 chars of [0-9IlOo], at least 2 real digits, in
** 1900..2099; -1 otherwise (also when it needs no repair, *pbConf = 0). */
static int year_value(const char *z, size_t s, size_t e, int *pbConf) {
  int v = 0, nReal = 0;
  *pbConf = 0;
  if (e - s != 4) return -1;
  for (size_t k = s; k < e; k++) {
    int c = confusable(z[k], 1);
    if (is_digit((unsigned char)z[k])) {
      c = z[k] - '0';
      nReal++;
    } else if (c < 0) {
      return -1;
    } else {
      *pbConf = 1;
    }
    v = v * 10 + c;
  }
  return nReal >= 2 && v >= 1900 && v <= 2099 ? v : -1;
}

/* Is the token after position i a year (possibly with confusables)? */
static int year_follows(const char *z, size_t n, size_t i) {
  Tok t;
  int bConf;
  return next_tok(z, n, &i, &t) && !t.bUrl && !t.bMarked && t.cs == t.s &&
         year_value(z, t.cs, t.ce, &bConf) >= 0;
}

/* A digit, or a letter OCR confuses with one in numbers (O o l I). */
static int digit_like(char c) {
  return is_digit((unsigned char)c) || c == 'O' || c == 'o' || c == 'l' || c == 'I';
}

/* Is the part [s, e) of a core a number with confusables to repair ("1,7OO",
** "5O8", "2OO,OOO", "2O2O", "38o21")? It must start with a real digit and
** otherwise hold only digits, confusables O o l I and ','/'.' separators,
** each separator between two digit-like bytes: no other letter (B2B, 3M,
** 30SM). That shape is a number when it has 3+ bytes and 2+ real digits, or
** ',' groups of thousands (1-3 bytes, then 3 each: "2OO,OOO"), or is a year
** (4 bytes repairing to 1900..2099). A trailing 'l' is the litre ("10l"),
** except in a year. Returns 1 if there is a confusable to repair. */
static int number_fixable(const char *z, size_t s, size_t e) {
  int nReal = 0, nConf = 0, nComma = 0, nDot = 0, v = 0;
  int bGroups = 1;          /* ',' groups so far are thousands groups */
  size_t iGroup = s, iLastReal = s;
  if (e <= s || !is_digit((unsigned char)z[s])) return 0;
  for (size_t k = s; k < e; k++) {
    char c = z[k];
    if (c == ',' || c == '.') {
      if (k + 1 == e || !digit_like(z[k - 1]) || !digit_like(z[k + 1])) return 0;
      if (c == ',') {
        nComma++;
        if (k - iGroup > 3 || (nComma > 1 && k - iGroup != 3)) bGroups = 0;
        iGroup = k + 1;
      } else {
        nDot++;
      }
      continue;
    }
    if (!digit_like(c)) return 0;
    if (is_digit((unsigned char)c)) {
      nReal++;
      iLastReal = k;
    } else {
      nConf++;
    }
    if (k - s < 4) /* only a year's value is needed (and no overflow) */
      v = v * 10 + (is_digit((unsigned char)c) ? c - '0' : confusable(c, 1));
  }
  if (nComma && e - iGroup != 3) bGroups = 0;
  int bYear = e - s == 4 && !nComma && !nDot && v >= 1900 && v <= 2099;
  if (!nConf) return 0;
  if (!bYear) {
    int bLitre = z[e - 1] == 'l';
    for (size_t k = iLastReal + 1; k < e && bLitre; k++) bLitre = z[k] == 'l';
    if (bLitre) return 0;
  }
  return bYear || (nReal >= 2 && e - s >= 3) || (nComma && bGroups && !nDot);
}

/* Is the core [s, e) an ISO date "YYYY-MM-DD" with confusables that repairs
** to a valid date in 1900..2099 ("2O21-O6-O4")? The year needs 2+ real
** digits. Returns 1 if it is to be repaired, -1 if it has the date shape (of
** digit-like bytes) but is not such a date, 0 if it is something else. */
static int iso_date_fixable(const char *z, size_t s, size_t e) {
  int a[3] = {0, 0, 0}, nConf = 0, nRealYear = 0, part = 0;
  if (e - s != 10 || z[s + 4] != '-' || z[s + 7] != '-') return 0;
  for (size_t k = s; k < e; k++) {
    if (k == s + 4 || k == s + 7) {
      part++;
      continue;
    }
    char c = z[k];
    if (!digit_like(c)) return 0;
    if (is_digit((unsigned char)c)) {
      nRealYear += part == 0;
      a[part] = a[part] * 10 + (c - '0');
    } else {
      nConf++;
      a[part] = a[part] * 10 + confusable(c, 1);
    }
  }
  Ymd t = {a[0], a[1], a[2]};
  if (!nConf) return 0;
  return nRealYear >= 2 && t.y >= 1900 && t.y <= 2099 && ymd_valid(t) ? 1 : -1;
}

/* Replaces the confusables of core [s, e) in place and records the repair. */
static int fix(tocsin_doc *d, Text *out, size_t s, size_t e, int bYear) {
  char *z = out->z;
  size_t nFrom = e - s;
  char *zFrom = arena_strndup(d->pArena, z + s, nFrom);
  if (!zFrom) return 0;
  for (size_t k = s; k < e; k++) {
    int v = confusable(z[k], bYear || z[k] == 'o');
    if (!is_digit((unsigned char)z[k]) && v >= 0) z[k] = (char)('0' + v);
  }
  return doc_repair(d, "ocr-digit", zFrom, nFrom, z + s, nFrom, out->aOff[s]);
}

/* Token trailing punctuation allowed after a day: nothing, "," or ".". */
static int day_tail_ok(const char *z, const Tok *t) {
  return t->cs == t->s && (t->ce == t->e || (t->e - t->ce == 1 && (z[t->ce] == ',' || z[t->ce] == '.')));
}

/* Contract (see internal.h): *out is in with proven OCR digit confusions
** repaired byte for byte (same length, same offsets); each repair goes to d.
** 1 ok, 0 on OOM (then *out is empty). */
int clean_ocr(tocsin_doc *d, const Text *in, Text *out) {
  memset(out, 0, sizeof(*out));
  if (!text_slice(out, in, 0, in->n)) return 0;
  char *z = out->z;
  size_t n = out->n, i = 0;
  Ctx prev = CTX_OTHER;
  int prevMonth = 0;
  Tok t;
  while (next_tok(z, n, &i, &t)) {
    Ctx cur = CTX_OTHER;
    int bAbbr = 0, bReal = 0, bConf = 0;
    if (t.bMarked) prev = CTX_OTHER;
    if (t.bUrl || t.ce <= t.cs) {
      prev = CTX_OTHER;
      continue;
    }
    int mon = tok_month(z, &t, &bAbbr);
    if (mon) {
      /* "March." ends a sentence; "Sept." and "March," still lead a date */
      size_t nTail = t.e - t.ce;
      int bOk = nTail == 0 || (nTail == 1 && (z[t.ce] == ',' || (z[t.ce] == '.' && bAbbr)));
      prev = bOk ? CTX_MONTH : CTX_OTHER;
      prevMonth = mon;
      continue;
    }
    int day = day_value(z, t.cs, t.ce, &bReal);
    int bDigits = 1;
    for (size_t k = t.cs; k < t.ce; k++) bDigits &= is_digit((unsigned char)z[k]);
    if (prev == CTX_MONTH && day_tail_ok(z, &t)) {
      /* "March I2, 2019"; a lone confusable ("March I went") needs a year after */
      if (day > 0 && day <= days_in_month(2000, prevMonth) && (bReal || year_follows(z, n, t.e))) {
        if (!fix(d, out, t.cs, t.ce, 0)) goto oom;
        cur = CTX_DAY;
      } else if (bDigits && t.ce - t.cs <= 2) {
        cur = CTX_DAY;
      }
    }
    if (cur == CTX_OTHER && day > 0 && t.cs == t.s && t.ce == t.e) {
      /* "I2 March 2019" */
      size_t j = t.e;
      Tok u;
      int bA, mu;
      if (next_tok(z, n, &j, &u) && !u.bMarked && (mu = tok_month(z, &u, &bA)) != 0 &&
          day <= days_in_month(2000, mu) && (bReal || year_follows(z, n, u.e))) {
        if (!fix(d, out, t.cs, t.ce, 0)) goto oom;
        cur = CTX_DAY;
      }
    }
    if (cur == CTX_OTHER && (prev == CTX_MONTH || prev == CTX_DAY) &&
        year_value(z, t.cs, t.ce, &bConf) >= 0 && bConf) {
      /* "March 12, 2O19", "12 March 2OI9" */
      if (!fix(d, out, t.cs, t.ce, 1)) goto oom;
    } else if (cur == CTX_OTHER) {
      int iso = iso_date_fixable(z, t.cs, t.ce);
      if (iso > 0) {
        /* "2O21-O6-O4" */
        if (!fix(d, out, t.cs, t.ce, 1)) goto oom;
      } else if (iso == 0) {
        /* "38o21", "1,7OO", "2O2O"; each part of "5O8-kilometer" on its own */
        for (size_t a = t.cs, b; a < t.ce; a = b + 1) {
          b = a;
          while (b < t.ce && z[b] != '-') b++;
          if (number_fixable(z, a, b) && !fix(d, out, a, b, 0)) goto oom;
        }
      }
    }
    prev = cur;
  }
  return 1;
oom:
  text_free(out);
  return 0;
}
