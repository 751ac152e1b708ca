/*
** CLEAN stage, part 3: footnote numbers that PDF extraction glued to the text
** ("sanctions.12 The", "on May 9.8", "in 2020.12") become inline markers.
**
** Runs on the body after the notes are parsed, because the evidence is the
** note itself: digits become a marker only when a note with that number
** exists, and only in a position where a number cannot be running text
** (decimals "grew 3.5 percent", identifiers "G20", "MH17", "COVID-19" stay).
** A list after a sentence end ("front.11,12 French": every number an existing
** note, ascending) gives a marker for each. Bracketed numbers right after a
** word or a sentence end ("refused.[1]", "Belaruskali.[4][5]", "said[3]",
** what a Markdown "\[1\]" becomes) are markers too when the notes exist.
** Each is recorded as a "footnote-marker" repair: zFrom the token as found
** up to the end of the digits (or brackets), zTo the note numbers joined by
** ",", at the original offset of the first digit (or of the '['). The marker
** takes the digits' place, after any punctuation ("word." marker).
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

/* Value of the day number z[a..k) (1-2 digits, no leading zero), or 0. */
static int day_digits(const char *z, size_t a, size_t k) {
  if (k - a < 1 || k - a > 2 || z[a] == '0') return 0;
  int day = 0;
  for (size_t x = a; x < k; x++) day = day * 10 + (z[x] - '0');
  return day;
}

/* Month of "Month D" whose day D = z[a..k) ends just before z[k] ("Sept. 3"
** counts), with D valid in that month; 0 if none. */
static int month_before_day(const char *z, size_t a, size_t k) {
  int day = day_digits(z, a, k);
  if (!day) return 0;
  size_t e = a;
  if (e == 0 || z[e - 1] != ' ') return 0;
  while (e > 0 && z[e - 1] == ' ') e--;
  if (e > 0 && z[e - 1] == '.') e--;
  size_t s = letters_start(z, e);
  if (s == e || !is_upper((unsigned char)z[s]) || (s > 0 && is_alnum((unsigned char)z[s - 1])))
    return 0;
  int m = month_from_name(z + s, e - s);
  return m && day <= days_in_month(2000, m) ? m : 0;
}

/* Is the digit run z[a..k), just before a '.', the day of a date: "Month D",
** or the end of a day range "Month D1 to D", "Month D1-D", "Month D1 and D"
** (also "through", "until", "till", an en dash) with D1 < D valid in that
** month? Returns the day, else 0. */
static int date_day_before(const char *z, size_t a, size_t k) {
  int day = day_digits(z, a, k);
  if (!day) return 0;
  if (month_before_day(z, a, k)) return day;
  /* the range's first day ends at e1 */
  size_t e1 = a;
  if (e1 > 0 && z[e1 - 1] == '-') {
    e1--;
  } else if (e1 >= 3 && memcmp(z + e1 - 3, "\xE2\x80\x93", 3) == 0) {
    e1 -= 3;
  } else {
    static const char *const az[] = {"to", "and", "through", "until", "till"};
    if (e1 == 0 || z[e1 - 1] != ' ') return 0;
    size_t we = e1 - 1, ws = letters_start(z, we);
    int bOk = 0;
    for (size_t x = 0; x < sizeof(az) / sizeof(az[0]) && !bOk; x++)
      bOk = strlen(az[x]) == we - ws && memcmp(z + ws, az[x], we - ws) == 0;
    if (!bOk || ws == 0 || z[ws - 1] != ' ') return 0;
    e1 = ws - 1;
  }
  size_t a1 = e1;
  while (a1 > 0 && e1 - a1 < 3 && is_digit((unsigned char)z[a1 - 1])) a1--;
  int first = day_digits(z, a1, e1), m = first ? month_before_day(z, a1, e1) : 0;
  return m && first < day && day <= days_in_month(2000, m) ? day : 0;
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

/* The note number of the digit run z[i..j) (1-4 digits, no leading zero)
** if that note exists, else 0. */
static int note_at(const tocsin_doc *d, const char *z, size_t i, size_t j) {
  if (j <= i || j - i > 4 || z[i] == '0') return 0;
  int v = 0;
  for (size_t k = i; k < j; k++) v = v * 10 + (z[k] - '0');
  return tocsin_doc_find_note(d, v) ? v : 0;
}

/* End of a run of digits starting at z[i] (i itself when there is none). */
static size_t digits_end(const char *z, size_t n, size_t i) {
  while (i < n && is_digit((unsigned char)z[i])) i++;
  return i;
}

/* A glued note number v ending at j may be followed by more, without
** blanks: "front.11,12 French". Returns the end of the list of existing notes
** in ascending order that starts with v. */
static size_t note_list_end(const tocsin_doc *d, const char *z, size_t n, size_t j, int v) {
  while (j + 1 < n && z[j] == ',' && is_digit((unsigned char)z[j + 1])) {
    size_t e = digits_end(z, n, j + 1);
    int w = note_at(d, z, j + 1, e);
    if (!w || w <= v) break;
    v = w;
    j = e;
  }
  return j;
}

/* Is the digit run z[i..j) a footnote number glued to the text before it
** (perhaps the first of a list "11,12" after a sentence end)? *pEnd gets the
** end of the number or list. */
static int is_glued(const tocsin_doc *d, const char *z, size_t n, size_t i, size_t j, size_t *pEnd) {
  if (i == 0) return 0;
  int v = note_at(d, z, i, j);
  if (!v) return 0;
  *pEnd = j;

  /* after a sentence end, perhaps with a closing quote: "word.12", "word.”12" */
  size_t nQuote = closing_quote_before(z, i), k = i - nQuote;
  if (k > 0 && (z[k - 1] == '.' || z[k - 1] == '?' || z[k - 1] == '!')) {
    size_t pu = k - 1;
    j = *pEnd = note_list_end(d, z, n, j, v);
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

/* Can a bracketed note reference start at z[i] == '['? It must come right
** after a word or a sentence end (letter, . ! ? or a closing quote or
** parenthesis), not in a URL, and end the word: "Belaruskali.[4][5]",
** "said[3] that", "sanctions[3], and". Returns the end of the run of bracket
** groups "[4]", "[4][5]", "[4, 5]" whose numbers all name existing notes, or
** 0 if a group in the run is anything else. */
static size_t bracket_refs_end(const tocsin_doc *d, const char *z, size_t n, size_t i) {
  if (i == 0) return 0;
  unsigned char b = (unsigned char)z[i - 1];
  if (!(is_alpha(b) || b >= 0x80 || b == '.' || b == '!' || b == '?' || b == ')' || b == '"' ||
        b == '\''))
    return 0;
  size_t k = i, e = 0;
  while (k < n && z[k] == '[') {
    size_t q = k + 1;
    for (;;) {
      size_t r = digits_end(z, n, q);
      if (!note_at(d, z, q, r)) return 0;
      q = r;
      if (q + 1 < n && z[q] == ',') {
        q++;
        if (z[q] == ' ') q++;
        continue;
      }
      break;
    }
    if (q >= n || z[q] != ']') break;
    e = k = q + 1;
  }
  /* the references end the word, perhaps before one punctuation mark; this
  ** also means in_url() runs at most once per token (linear time) */
  size_t t = e;
  if (t < n && z[t] && strchr(".,;:!?)", z[t])) t++;
  if (!e || (t < n && !is_space((unsigned char)z[t]) && z[t] != MARK_OPEN)) return 0;
  return !in_url(z, n, i) ? e : 0;
}

/* Emits a marker for each digit run in z[a..e) and records one repair:
** zFrom the token as found from its start to e, zTo the note numbers joined
** by ",", at the original offset of z[a]. 0 on OOM. */
static int glue_markers(tocsin_doc *d, TextWriter *w, const Text *in, size_t a, size_t e) {
  const char *z = in->z;
  size_t s = a;
  Buf to;
  buf_init(&to);
  while (s > 0 && !is_space((unsigned char)z[s - 1]) && z[s - 1] != MARK_CLOSE) s--;
  for (size_t k = a; k < e;) {
    if (!is_digit((unsigned char)z[k])) {
      k++;
      continue;
    }
    size_t r = digits_end(z, e, k);
    int v = 0;
    for (size_t x = k; x < r; x++) v = v * 10 + (z[x] - '0');
    tw_marker(w, v, in->aOff[k]);
    if (to.n) buf_putc(&to, ',');
    buf_append(&to, z + k, r - k);
    k = r;
  }
  int ok = !to.bOom && doc_repair(d, "footnote-marker", z + s, e - s, to.z, to.n, in->aOff[a]);
  buf_free(&to);
  return ok;
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
    size_t e = 0;
    if (z[i] == '[' && (e = bracket_refs_end(d, z, n, i)) != 0) {
      /* "word.[4][5]": brackets and numbers give way to the markers */
    } else if (!is_digit((unsigned char)z[i])) {
      i++;
      continue;
    } else {
      size_t j = digits_end(z, n, i);
      if (!is_glued(d, z, n, i, j, &e)) {
        i = j;
        continue;
      }
    }
    tw_copy(&w, in, iCopy, i - iCopy);
    if (!glue_markers(d, &w, in, i, e)) {
      tw_free(&w);
      return 0;
    }
    i = iCopy = e;
  }
  tw_copy(&w, in, iCopy, n - iCopy);
  return tw_finish(&w, out, in->aOff[n]);
}
