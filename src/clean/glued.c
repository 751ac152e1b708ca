/*
** CLEAN stage, part 3: footnote numbers that PDF extraction glued to the text
** ("sanctions.12 The", "on May 9.8", "in 2020.12") become inline markers.
**
** Runs on the body after the notes are parsed, because the evidence is the
** note itself: digits become a marker only when a note with that number
** exists, and only in a position where a number cannot be running text
** (decimals "grew 3.5 percent", identifiers "G20", "MH17", "COVID-19" stay).
** Each is recorded as a "footnote-marker" repair: zFrom the token as found
** up to the digits, zTo the note number, at the digits' original offset.
** The marker takes the digits' place, after any punctuation ("word." marker).
*/
#include "../core/internal.h"

#include <string.h>

/* Length of a closing quote ending just before z[k] (", ', ”, ’), or 0. */
static size_t closing_quote_before(const char *z, size_t k) {
  if (k >= 3 && (memcmp(z + k - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(z + k - 3, "\xE2\x80\x99", 3) == 0))
    return 3;
  if (k >= 1 && (z[k - 1] == '"' || z[k - 1] == '\'')) return 1;
  return 0;
}

/* Does a new sentence (or paragraph, or marker) start at z[j]? Blanks, then
** end of text, a newline, a marker, or an optional opening quote or
** parenthesis and a capital letter. */
static int sentence_follows(const char *z, size_t n, size_t j) {
  if (j >= n || z[j] == '\n' || z[j] == MARK_OPEN) return 1;
  if (z[j] != ' ' && z[j] != '\t') return 0;
  while (j < n && (z[j] == ' ' || z[j] == '\t')) j++;
  if (j >= n || z[j] == '\n' || z[j] == MARK_OPEN) return 1;
  if (z[j] == '"' || z[j] == '\'' || z[j] == '(') j++;
  else if (j + 3 <= n && (memcmp(z + j, "\xE2\x80\x9C", 3) == 0 || memcmp(z + j, "\xE2\x80\x98", 3) == 0))
    j += 3;
  return j < n && is_upper((unsigned char)z[j]);
}

/* Start of the run of ASCII letters ending just before z[k]. */
static size_t letters_start(const char *z, size_t k) {
  while (k > 0 && is_alpha((unsigned char)z[k - 1])) k--;
  return k;
}

/* Abbreviations after which "Word.12" is a reference number, not a note. */
static int is_ref_abbrev(const char *z, size_t n) {
  static const char *const az[] = {"no",   "nos", "p",    "pp",  "vol", "vols", "art",
                                   "arts", "para", "paras", "fig", "figs", "ch", "chap",
                                   "sec",  "sect", "op",   "ed",  "eds", "n",   "nn",
                                   "tab",  "eq",  "ref",  "ver", "rev", "pt",  "pts"};
  if (n >= 2 && z[0] == 'n' && z[1] == 'o') return 0; /* "said no.12" is the word no */
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++)
    if (strlen(az[k]) == n && strnicmp_ascii(z, az[k], n) == 0) return 1;
  return 0;
}

/* "Month D" ends just before z[k] (D = digits [a, k)): returns the month's
** days-valid day value, else 0. "Sept. 3" counts. */
static int date_day_before(const char *z, size_t a, size_t k) {
  if (k - a < 1 || k - a > 2 || z[a] == '0') return 0;
  int day = 0;
  for (size_t x = a; x < k; x++) day = day * 10 + (z[x] - '0');
  size_t e = a;
  if (e == 0 || z[e - 1] != ' ') return 0;
  while (e > 0 && z[e - 1] == ' ') e--;
  if (e > 0 && z[e - 1] == '.') e--;
  size_t s = letters_start(z, e);
  if (s == e || !is_upper((unsigned char)z[s]) || (s > 0 && is_alnum((unsigned char)z[s - 1])))
    return 0;
  int m = month_from_name(z + s, e - s);
  return m && day <= days_in_month(2000, m) ? day : 0;
}

/* Is the whitespace-delimited token holding z[i] a URL or e-mail address? */
static int in_url(const char *z, size_t n, size_t i) {
  size_t a = i, b = i;
  while (a > 0 && !is_space((unsigned char)z[a - 1]) && z[a - 1] != MARK_CLOSE) a--;
  while (b < n && !is_space((unsigned char)z[b]) && z[b] != MARK_OPEN) b++;
  for (size_t k = a; k < b; k++)
    if (z[k] == '@' || (k + 3 <= b && memcmp(z + k, "://", 3) == 0) ||
        (k + 4 <= b && strnicmp_ascii(z + k, "www.", 4) == 0))
      return 1;
  return 0;
}

/* Is the digit run z[i..j) a footnote number glued to the text before it?
** *pn gets the number. */
static int is_glued(const tocsin_doc *d, const char *z, size_t n, size_t i, size_t j, int *pn) {
  if (i == 0 || j - i > 4 || z[i] == '0') return 0;
  int v = 0;
  for (size_t k = i; k < j; k++) v = v * 10 + (z[k] - '0');
  if (!tocsin_doc_find_note(d, v)) return 0;
  *pn = v;

  /* after a sentence end, perhaps with a closing quote: "word.12", "word.”12" */
  size_t nQuote = closing_quote_before(z, i), k = i - nQuote;
  if (k > 0 && (z[k - 1] == '.' || z[k - 1] == '?' || z[k - 1] == '!')) {
    size_t pu = k - 1;
    if (pu == 0 || !sentence_follows(z, n, j)) return 0;
    unsigned char b = (unsigned char)z[pu - 1];
    if (is_digit(b)) {
      /* "March 3.14" (day, note) or "in 2020.12" (year, note); else a decimal */
      if (z[pu] != '.' || nQuote) return 0;
      size_t a = pu;
      while (a > 0 && is_digit((unsigned char)z[a - 1])) a--;
      int bYear = 0;
      if (pu - a == 4 && (a == 0 || z[a - 1] == ' ' || z[a - 1] == '(')) {
        int y = 0;
        for (size_t x = a; x < pu; x++) y = y * 10 + (z[x] - '0');
        bYear = y >= 1900 && y <= 2099;
      }
      if (!bYear && !date_day_before(z, a, pu)) return 0;
    } else if (is_alpha(b)) {
      size_t s = letters_start(z, pu);
      if (z[pu] == '.' && !nQuote && is_ref_abbrev(z + s, pu - s)) return 0; /* "No.12", "p.12" */
    } else if (!(b == ')' || b == ']' || closing_quote_before(z, pu))) {
      return 0;
    }
    return !in_url(z, n, i);
  }
  if (nQuote) return 0;

  /* comma glue "sanctions,12 and": a word (not a number) before, a word after */
  if (z[i - 1] == ',') {
    size_t s = letters_start(z, i - 1);
    if (i - 1 - s < 2 || (s > 0 && is_alnum((unsigned char)z[s - 1]))) return 0;
    if (j + 1 >= n || z[j] != ' ' || !is_alpha((unsigned char)z[j + 1])) return 0;
    return !in_url(z, n, i);
  }

  /* no punctuation "sanctions12 The": a lower-case dictionary-looking word of
  ** 4+ letters, so identifiers (G20, MH17, Su-35, COVID-19) stay */
  if (is_lower((unsigned char)z[i - 1])) {
    size_t s = letters_start(z, i);
    int bVowel = 0;
    if (i - s < 4) return 0;
    if (s > 0 && (is_alnum((unsigned char)z[s - 1]) || strchr("-_/.", z[s - 1]))) return 0;
    for (size_t x = s; x < i; x++) {
      if (!is_lower((unsigned char)z[x])) return 0;
      if (strchr("aeiouy", z[x])) bVowel = 1;
    }
    if (!bVowel || j >= n || !is_space((unsigned char)z[j])) return 0;
    size_t x = j;
    while (x < n && is_space((unsigned char)z[x])) x++;
    if (x >= n || !is_upper((unsigned char)z[x])) return 0;
    return !in_url(z, n, i);
  }
  return 0;
}

/* Contract (see internal.h): *out is the body in with glued note numbers
** turned into inline markers (existing markers copied unchanged); with no
** notes in d it is a plain copy. 1 ok, 0 on OOM (then *out is empty). */
int clean_glued_markers(tocsin_doc *d, const Text *in, Text *out) {
  memset(out, 0, sizeof(*out));
  if (!d->nNote) return text_slice(out, in, 0, in->n);
  const char *z = in->z;
  size_t n = in->n, i = 0, iCopy = 0;
  TextWriter w;
  tw_init(&w);
  while (i < n) {
    if (z[i] == MARK_OPEN) { /* existing markers pass through unchanged */
      while (i < n && z[i] != MARK_CLOSE) i++;
      if (i < n) i++;
      continue;
    }
    if (!is_digit((unsigned char)z[i])) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && is_digit((unsigned char)z[j])) j++;
    int v = 0;
    if (is_glued(d, z, n, i, j, &v)) {
      size_t s = i;
      while (s > 0 && !is_space((unsigned char)z[s - 1]) && z[s - 1] != MARK_CLOSE) s--;
      tw_copy(&w, in, iCopy, i - iCopy);
      tw_marker(&w, v, in->aOff[i]);
      iCopy = j;
      if (!doc_repair(d, "footnote-marker", z + s, j - s, z + i, j - i, in->aOff[i])) {
        tw_free(&w);
        return 0;
      }
    }
    i = j;
  }
  tw_copy(&w, in, iCopy, n - iCopy);
  return tw_finish(&w, out, in->aOff[n]);
}
