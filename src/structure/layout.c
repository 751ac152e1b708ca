/*
** Layout: the document's title, its byline date, where the body starts and
** where the notes section starts. Works line by line on cleaned text (inline
** markers present); it only reads t and writes d->zTitle / d->zDate.
*/
#include "../core/internal.h"

#include <stdlib.h>
#include <string.h>

/* Header lines scanned for a byline date, as the brief of the format says:
** bylines sit in the first dozen lines or not at all. */
#define LAYOUT_HEADER_LINES 12
/* Unnumbered lines tolerated between numbered note lines (wrapped notes). */
#define LAYOUT_NOTE_GAP 3

typedef struct Line {
  size_t a, b;   /* z[a..b) without the newline */
} Line;

/* ---- small lexical helpers ------------------------------------------------- */

/* Trims blanks (and, for comparisons, markers) from both ends of [*pa, *pb). */
static void trim_range(const char *z, size_t *pa, size_t *pb) {
  size_t a = *pa, b = *pb;
  for (;;) {
    size_t m;
    if (a < b && is_space((unsigned char)z[a])) a++;
    else if ((m = text_marker_len(z, b, a)) != 0) a += m;
    else break;
  }
  for (;;) {
    if (b > a && is_space((unsigned char)z[b - 1])) { b--; continue; }
    if (b > a && z[b - 1] == MARK_CLOSE) {
      size_t k = b - 1;
      while (k > a && is_digit((unsigned char)z[k - 1])) k--;
      if (k > a && z[k - 1] == MARK_OPEN) { b = k - 1; continue; }
    }
    break;
  }
  *pa = a;
  *pb = b;
}

static int line_blank(const char *z, Line l) {
  size_t a = l.a, b = l.b;
  trim_range(z, &a, &b);
  return a == b;
}

/* 1 if the trimmed line ends like a sentence (. ! ?, possibly before closing
** quotes, brackets or markup). */
static int ends_sentence(const char *z, size_t a, size_t b) {
  trim_range(z, &a, &b);
  while (b > a) {
    unsigned char c = (unsigned char)z[b - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') { b--; continue; }
    /* closing curly quotes U+201D, U+2019 */
    if (b - a >= 3 && (unsigned char)z[b - 3] == 0xE2 && (unsigned char)z[b - 2] == 0x80 &&
        (c == 0x9D || c == 0x99)) { b -= 3; continue; }
    break;
  }
  return b > a && (z[b - 1] == '.' || z[b - 1] == '!' || z[b - 1] == '?');
}

static int word_ieq(const char *z, size_t n, const char *zWord) {
  return strlen(zWord) == n && strnicmp_ascii(z, zWord, n) == 0;
}

/* ---- dates ------------------------------------------------------------------ */

/* Reads 1..nMax digits at z[*pi]; returns the value or -1. */
static int read_num(const char *z, size_t n, size_t *pi, int nMin, int nMax) {
  size_t i = *pi;
  int v = 0, k = 0;
  while (i < n && is_digit((unsigned char)z[i]) && k < nMax) v = v * 10 + (z[i++] - '0'), k++;
  if (k < nMin || (i < n && is_digit((unsigned char)z[i]))) return -1;
  *pi = i;
  return v;
}

/* Skips an English ordinal suffix ("4th", "1st") at z[*pi]. */
static void skip_ordinal(const char *z, size_t n, size_t *pi) {
  size_t i = *pi;
  static const char *az[] = {"st", "nd", "rd", "th"};
  for (int k = 0; k < 4; k++) {
    if (i + 2 <= n && strnicmp_ascii(z + i, az[k], 2) == 0 &&
        (i + 2 == n || !is_alpha((unsigned char)z[i + 2]))) {
      *pi = i + 2;
      return;
    }
  }
}

/* Month name at z[*pi] ("June", "Jun.", "Sept"); advances past it. */
static int read_month(const char *z, size_t n, size_t *pi) {
  size_t i = *pi, k = i;
  while (k < n && is_alpha((unsigned char)z[k]) && k - i < 10) k++;   /* bounded: "September" */
  if (k - i < 3 || k - i > 9) return 0;
  int m = month_from_name(z + i, k - i);
  if (!m) return 0;
  if (k < n && z[k] == '.') k++;
  *pi = k;
  return m;
}

/* Skips the few blanks that may separate the parts of a date (bounded, so
** that scanning a long line for dates stays linear). */
static size_t skip_blanks(const char *z, size_t n, size_t i) {
  size_t i0 = i;
  while (i < n && text_is_blank((unsigned char)z[i]) && i - i0 < 4) i++;
  return i;
}

/* Parses a date starting at z[i]: "June 4, 2021", "Jun. 4 2021", "4 June 2021",
** "4th June, 2021", "2021-06-04". Returns the offset just past it, 0 if none
** (or not a valid calendar date). */
static size_t date_at(const char *z, size_t n, size_t i, Ymd *pOut) {
  if (i > 0 && is_alnum((unsigned char)z[i - 1])) return 0;
  if (i >= n) return 0;
  Ymd t = {0, 0, 0};
  size_t k = i;
  if (is_digit((unsigned char)z[i])) {
    size_t k4 = i;
    int y = read_num(z, n, &k4, 4, 4);
    if (y >= 0 && k4 < n && (z[k4] == '-' || z[k4] == '/')) {
      char sep = z[k4];
      size_t j = k4 + 1;
      int m = read_num(z, n, &j, 2, 2);
      if (m >= 0 && j < n && z[j] == sep) {
        j++;
        int dd = read_num(z, n, &j, 2, 2);
        if (dd >= 0) {
          t.y = y, t.m = m, t.d = dd;
          k = j;
          goto check;
        }
      }
      return 0;
    }
    int dd = read_num(z, n, &k, 1, 2);
    if (dd < 0) return 0;
    skip_ordinal(z, n, &k);
    if (k < n && z[k] == '.') k++;
    size_t j = skip_blanks(z, n, k);
    if (j == k) return 0;
    int m = read_month(z, n, &j);
    if (!m) return 0;
    if (j < n && z[j] == ',') j++;
    size_t j2 = skip_blanks(z, n, j);
    if (j2 == j) return 0;
    int y2 = read_num(z, n, &j2, 4, 4);
    if (y2 < 0) return 0;
    t.y = y2, t.m = m, t.d = dd;
    k = j2;
  } else if (is_alpha((unsigned char)z[i])) {
    int m = read_month(z, n, &k);
    if (!m) return 0;
    size_t j = skip_blanks(z, n, k);
    if (j == k) return 0;
    int dd = read_num(z, n, &j, 1, 2);
    if (dd < 0) return 0;
    skip_ordinal(z, n, &j);
    int bComma = j < n && z[j] == ',';
    if (bComma) j++;
    size_t j2 = skip_blanks(z, n, j);
    if (j2 == j && !bComma) return 0;
    int y = read_num(z, n, &j2, 4, 4);
    if (y < 0) return 0;
    t.y = y, t.m = m, t.d = dd;
    k = j2;
  } else {
    return 0;
  }
check:
  if (k < n && is_alnum((unsigned char)z[k])) return 0;
  if (t.y < 1000 || !ymd_valid(t)) return 0;
  *pOut = t;
  return k;
}

/* Date label classes: a "Published" date beats a plain one beats "Updated". */
enum { DATE_PUBLISHED = 0, DATE_PLAIN = 1, DATE_UPDATED = 2, DATE_NONE = 3 };

/* Class of a date from the words before it on its line (z[a..b)). */
static int date_class(const char *z, size_t a, size_t b) {
  int cls = DATE_PLAIN;
  for (size_t i = a; i < b; i++) {
    if (!is_alpha((unsigned char)z[i]) || (i > a && is_alpha((unsigned char)z[i - 1]))) continue;
    size_t k = i;
    while (k < b && is_alpha((unsigned char)z[k])) k++;
    if (word_ieq(z + i, k - i, "updated") || word_ieq(z + i, k - i, "modified") ||
        word_ieq(z + i, k - i, "revised"))
      cls = DATE_UPDATED;
    else if (word_ieq(z + i, k - i, "published") || word_ieq(z + i, k - i, "posted") ||
             word_ieq(z + i, k - i, "released") || word_ieq(z + i, k - i, "issued"))
      cls = DATE_PUBLISHED;
    i = k;
  }
  return cls;
}

/* Best date on a line: lowest class, then first. Returns the class
** (DATE_NONE when the line has no date) and sets *pt, *piDate, *piEnd. */
static int line_date(const char *z, Line l, Ymd *pt, size_t *piDate, size_t *piEnd) {
  int best = DATE_NONE;
  size_t iPrev = l.a;
  for (size_t i = l.a; i < l.b; i++) {
    Ymd t;
    size_t e = date_at(z, l.b, i, &t);
    if (!e) continue;
    int cls = date_class(z, iPrev, i);
    if (cls < best) {
      best = cls;
      *pt = t;
      *piDate = i;
      *piEnd = e;
    }
    iPrev = e;
    i = e - 1;
  }
  return best;
}

/* 1 if the token z[a..b) is filler that may surround a date on a date line:
** labels, weekdays, times, time zones, an all-caps wire dateline city. */
static int date_filler(const char *z, size_t a, size_t b) {
  static const char *az[] = {"published", "updated", "posted", "last", "on", "at", "am", "pm",
                             "a.m", "p.m", "a.m.", "p.m.", "monday", "tuesday", "wednesday",
                             "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
                             "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "date",
                             "released", "modified", "revised", "issued", "and"};
  while (b > a && (z[b - 1] == ':' || z[b - 1] == ',')) b--;
  size_t n = b - a;
  if (n == 0) return 1;
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++)
    if (word_ieq(z + a, n, az[k])) return 1;
  if (is_digit((unsigned char)z[a])) {
    /* times: 5:30, 17:30, 5:30pm, 5pm */
    int bColon = 0;
    for (size_t i = a; i < b; i++) {
      if (z[i] == ':') bColon = 1;
      else if (!is_digit((unsigned char)z[i]) && !is_alpha((unsigned char)z[i]) && z[i] != '.')
        return 0;
    }
    if (bColon) return 1;
    return n > 2 && (strnicmp_ascii(z + b - 2, "am", 2) == 0 || strnicmp_ascii(z + b - 2, "pm", 2) == 0);
  }
  /* time zones (EDT, GMT, UTC+3) and all-caps dateline cities (MOSCOW) */
  int bUpper = 1;
  for (size_t i = a; i < b; i++)
    if (!is_upper((unsigned char)z[i]) && z[i] != '+' && z[i] != '-' && !is_digit((unsigned char)z[i]))
      bUpper = 0;
  return bUpper && is_upper((unsigned char)z[a]);
}

/* 1 if the line is only a date plus filler ("Friday, June 4, 2021, 5:30 pm
** EDT", "Published: 4 June 2021", "MOSCOW, 4 June 2021"). */
static int line_is_dateline(const char *z, Line l) {
  Ymd t;
  size_t iDate = 0, iEnd = 0;
  if (line_date(z, l, &t, &iDate, &iEnd) == DATE_NONE) return 0;
  for (size_t i = l.a; i < l.b;) {
    Ymd t2;
    size_t e = date_at(z, l.b, i, &t2);
    if (e) {
      i = e;
      continue;
    }
    unsigned char c = (unsigned char)z[i];
    if (is_space(c) || c == ',' || c == '|' || c == ':' || c == ';' || c == '-' || c == '(' ||
        c == ')' || c == '*' || c == '#' || c == '_' || c >= 0x80 || c == MARK_OPEN ||
        c == MARK_CLOSE) {
      i++;
      continue;
    }
    size_t k = i;
    while (k < l.b && (is_alnum((unsigned char)z[k]) || z[k] == '.' || z[k] == ':' || z[k] == '+'))
      k++;
    if (k == i) return 0;
    if (!date_filler(z, i, k)) return 0;
    i = k;
  }
  return 1;
}

/* 1 if the line is an author line: "By Jane Doe", "Authors: ...". */
static int line_is_byline(const char *z, Line l) {
  size_t a = l.a, b = l.b;
  trim_range(z, &a, &b);
  while (a < b && (z[a] == '*' || z[a] == '_' || z[a] == '#' || text_is_blank((unsigned char)z[a]))) a++;
  if (text_word_count(z, a, b) >= 25) return 0;
  static const char *az[] = {"by ", "authors:", "author:", "written by ", "words by "};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    size_t m = strlen(az[k]);
    if ((size_t)(b - a) > m && strnicmp_ascii(z + a, az[k], m) == 0) return 1;
  }
  return 0;
}

/* 1 if the header line is a list of names ("Mara Velychko and Daniel Ortis",
** "Jane Doe, John Roe & Ann Poe"): 2 to 16 words, no digits, no closing
** punctuation, every word capitalised or a connector or name particle. */
static int line_is_names(const char *z, Line l) {
  size_t a = l.a, b = l.b;
  trim_range(z, &a, &b);
  while (a < b && (z[a] == '*' || z[a] == '_')) a++;
  while (b > a && (z[b - 1] == '*' || z[b - 1] == '_')) b--;
  if (a >= b || z[b - 1] == '.' || z[b - 1] == ':' || z[b - 1] == '?' || z[b - 1] == '!') return 0;
  int nWord = 0, nCap = 0;
  for (size_t i = a; i < b;) {
    while (i < b && (z[i] == ' ' || z[i] == ',')) i++;
    if (i >= b) break;
    size_t e = i;
    while (e < b && z[e] != ' ' && z[e] != ',') e++;
    nWord++;
    for (size_t k = i; k < e; k++)
      if (is_digit((unsigned char)z[k])) return 0;
    static const char *az[] = {"and", "&", "de", "van", "von", "al", "bin", "der", "la", "le", "da", "di"};
    int bLink = 0;
    for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++)
      if (strlen(az[k]) == e - i && !strnicmp_ascii(z + i, az[k], e - i)) bLink = 1;
    if (is_upper((unsigned char)z[i]) || (unsigned char)z[i] >= 0xC0) nCap++;
    else if (!bLink) return 0;
    i = e;
  }
  return nWord >= 2 && nWord <= 16 && nCap >= 2;
}

/* The author(s) an author line names, without "By"/"Author:" and any date
** after them; an arena string or NULL. */
static char *author_text(Arena *pArena, const char *z, Line l) {
  size_t a = l.a, b = l.b;
  trim_range(z, &a, &b);
  while (a < b && (z[a] == '*' || z[a] == '_' || z[a] == '#' || text_is_blank((unsigned char)z[a]))) a++;
  static const char *az[] = {"written by ", "words by ", "authors:", "author:", "by "};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    size_t m = strlen(az[k]);
    if ((size_t)(b - a) > m && strnicmp_ascii(z + a, az[k], m) == 0) {
      a += m;
      break;
    }
  }
  for (size_t i = a; i < b; i++)
    if (is_digit((unsigned char)z[i]) || z[i] == '|' || z[i] == '\n') {
      b = i;
      break;
    }
  /* "By Jane Doe, November 30": drop a trailing month name too */
  for (size_t i = a; i < b; i++) {
    if (z[i] != ',' || i + 2 >= b) continue;
    size_t w = i + 1, e;
    while (w < b && z[w] == ' ') w++;
    for (e = w; e < b && is_alpha((unsigned char)z[e]);) e++;
    if (e > w && month_from_name(z + w, e - w) > 0) {
      b = i;
      break;
    }
  }
  while (a < b && (text_is_blank((unsigned char)z[a]) || z[a] == '*' || z[a] == '_')) a++;
  while (b > a && (text_is_blank((unsigned char)z[b - 1]) || strchr(",;|-*_", z[b - 1]))) b--;
  if (b <= a || b - a > 200) return NULL;
  return arena_strndup(pArena, z + a, b - a);
}

/* 1 if a line starts a Markdown heading or a list item: the body has begun. */
static int line_is_section(const char *z, Line l) {
  size_t a = l.a;
  while (a < l.b && text_is_blank((unsigned char)z[a])) a++;
  if (a >= l.b) return 0;
  if (z[a] == '#') return 1;
  if ((z[a] == '-' || z[a] == '*' || z[a] == '+') && a + 1 < l.b && z[a + 1] == ' ') return 1;
  if (l.b - a >= 3 && (unsigned char)z[a] == 0xE2 && (unsigned char)z[a + 1] == 0x80 &&
      (unsigned char)z[a + 2] == 0xA2)
    return 1;  /* U+2022 bullet */
  return 0;
}

/* 1 if the line reads like running text rather than a header line. Header
** lines are short and unpunctuated; bylines with many authors and a date may
** run longer, so an unpunctuated line needs 25 words to count as text. */
static int line_is_para(const char *z, Line l) {
  size_t nw = text_word_count(z, l.a, l.b);
  int bEnd = ends_sentence(z, l.a, l.b);
  if (nw >= 25) return 1;
  if (line_is_dateline(z, l) || line_is_byline(z, l)) return 0;
  if (nw >= 12) return bEnd;
  return bEnd && nw >= 4;
}

/* ---- title -------------------------------------------------------------------- */

/* Copies the title line into the arena without markers, '#' marks, '**' and
** surplus blanks. NULL on OOM (an empty result is stored as NULL by the caller). */
static char *title_text(Arena *pArena, const char *z, Line l, int *pbOom) {
  Buf b;
  buf_init(&b);
  size_t a = l.a, e = l.b;
  trim_range(z, &a, &e);
  while (a < e && z[a] == '#') a++;
  while (e > a && (z[e - 1] == '#' || text_is_blank((unsigned char)z[e - 1]))) e--;
  int bSpace = 0;
  for (size_t i = a; i < e;) {
    size_t m = text_marker_len(z, e, i);
    if (m) {
      i += m;
      continue;
    }
    if ((z[i] == '*' && i + 1 < e && z[i + 1] == '*') || (z[i] == '_' && i + 1 < e && z[i + 1] == '_')) {
      i += 2;
      continue;
    }
    if (is_space((unsigned char)z[i])) {
      bSpace = 1;
      i++;
      continue;
    }
    if (bSpace && b.n) buf_putc(&b, ' ');
    bSpace = 0;
    buf_putc(&b, z[i]);
    i++;
  }
  char *r = NULL;
  *pbOom = b.bOom;
  if (!b.bOom && b.n) {
    r = arena_strndup(pArena, b.z, b.n);
    if (!r) *pbOom = 1;
  }
  buf_free(&b);
  return r;
}

/* ---- notes section ------------------------------------------------------------- */

/* Contract: 1 if the line z[0..n) is a notes heading: Notes, Endnotes, End
** Notes, Footnotes, References, Sources or Citations, in any case, with
** optional '#' marks, bold/underline markup, markers and a trailing ':'. */
int structure_is_notes_heading(const char *z, size_t n) {
  static const char *az[] = {"notes", "endnotes", "end notes", "footnotes", "references",
                             "sources", "citations"};
  size_t a = 0, b = n;
  trim_range(z, &a, &b);
  while (a < b && (z[a] == '#' || z[a] == '*' || z[a] == '_' || text_is_blank((unsigned char)z[a]))) a++;
  while (b > a && (z[b - 1] == '#' || z[b - 1] == '*' || z[b - 1] == '_' || z[b - 1] == ':' ||
                   text_is_blank((unsigned char)z[b - 1])))
    b--;
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++)
    if (word_ieq(z + a, b - a, az[k])) return 1;
  return 0;
}

/* 1 if z[a..b) contains something URL-like (a defanged one included). */
static int has_url(const char *z, size_t a, size_t b) {
  for (size_t i = a; i + 4 <= b; i++) {
    if (strnicmp_ascii(z + i, "http", 4) == 0 || strnicmp_ascii(z + i, "hxxp", 4) == 0 ||
        strnicmp_ascii(z + i, "www.", 4) == 0)
      return 1;
  }
  return 0;
}

static int cmp_int(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  return (a > b) - (a < b);
}

/* Collects, sorted, the note numbers the body refers to: inline markers and
** numbers glued to punctuation ("sanctions.12 The", "May 9.8"). 0 on OOM. */
static int body_refs(const char *z, size_t a, size_t b, int **paRef, size_t *pnRef) {
  int *aRef = NULL;
  size_t nRef = 0, nAlloc = 0;
  for (size_t i = a; i < b; i++) {
    int v = -1;
    size_t k = i;
    if (z[i] == MARK_OPEN) {
      k = i + 1;
    } else if (i > a && strchr(".,;:\"')", z[i - 1]) && is_digit((unsigned char)z[i]) &&
               (i < 2 || !is_digit((unsigned char)z[i - 2]))) {
      k = i;
    } else {
      continue;
    }
    size_t k0 = k;
    v = 0;
    while (k < b && is_digit((unsigned char)z[k]) && k - k0 < 5) v = v * 10 + (z[k++] - '0');
    if (k == k0) continue;
    if (z[i] == MARK_OPEN ? (k >= b || z[k] != MARK_CLOSE) : (k < b && !is_space((unsigned char)z[k])))
      continue;
    if (!vec_grow((void **)&aRef, &nAlloc, nRef, sizeof(int))) {
      free(aRef);
      return 0;
    }
    aRef[nRef++] = v;
    i = k;
  }
  if (nRef > 1) qsort(aRef, nRef, sizeof(int), cmp_int);
  *paRef = aRef;
  *pnRef = nRef;
  return 1;
}

/* Finds a trailing block of numbered note lines without a heading. Returns
** the index of its first line, or nLine when there is none. A numbered list
** ending the body looks the same, so the block must show evidence of being
** notes: a URL, a label form only notes use ([n], ^n, a marker), or numbers
** the body refers to. *pbOom on OOM. */
static size_t trailing_notes(const char *z, const Line *aLine, size_t nLine, size_t iFirst,
                             int *pbOom) {
  size_t iStart = nLine, nNum = 0, nCont = 0, nBlank = 0;
  int bEvidence = 0;
  for (size_t k = nLine; k-- > iFirst;) {
    Line l = aLine[k];
    if (line_blank(z, l)) {
      if (nCont) nBlank++;
      continue;
    }
    int num, bStrong;
    size_t iText;
    if (structure_note_label(z + l.a, l.b - l.a, &num, &iText, &bStrong)) {
      iStart = k;
      nNum++;
      nCont = nBlank = 0;
      if (bStrong || has_url(z, l.a, l.b)) bEvidence = 1;
      if (num == 1) break;   /* notes start at 1: what precedes is body (a numbered list) */
      continue;
    }
    if (line_is_section(z, l)) break;
    nCont++;
    if (nCont > LAYOUT_NOTE_GAP || nBlank > 1) break;
  }
  if (nNum < 2 || iStart == nLine) return nLine;
  for (size_t k = iStart; k < nLine && !bEvidence; k++)
    if (has_url(z, aLine[k].a, aLine[k].b)) bEvidence = 1;
  if (!bEvidence) {
    int *aRef = NULL;
    size_t nRef = 0, nHit = 0, nNumSeen = 0;
    if (!body_refs(z, aLine[iFirst < nLine ? iFirst : 0].a, aLine[iStart].a, &aRef, &nRef)) {
      *pbOom = 1;
      return nLine;
    }
    for (size_t k = iStart; k < nLine; k++) {
      int num, bStrong;
      size_t iText;
      if (!structure_note_label(z + aLine[k].a, aLine[k].b - aLine[k].a, &num, &iText, &bStrong))
        continue;
      nNumSeen++;
      if (nRef && bsearch(&num, aRef, nRef, sizeof(int), cmp_int)) nHit++;
    }
    free(aRef);
    bEvidence = nHit >= (nNumSeen < 2 ? nNumSeen : 2);
  }
  return bEvidence ? iStart : nLine;
}

/* ---- entry point ---------------------------------------------------------------- */

/* Contract: reads the cleaned text t (markers inline) and sets d->zTitle (arena
** string or NULL), d->zDate/d->zDateSource when a byline date is found, *piBody
** (first byte after the title and byline lines) and *piNotes (start of the
** notes heading or of a trailing numbered block; t->n when none), both offsets
** into t with *piBody <= *piNotes. Returns 1, or 0 on OOM. */
int layout_find(tocsin_doc *d, const Text *t, size_t *piBody, size_t *piNotes) {
  const char *z = t->z;
  Line *aLine = NULL;
  size_t nLine = 0, nAlloc = 0;
  *piBody = 0;
  *piNotes = t->n;
  for (size_t i = 0; i <= t->n;) {
    const char *p = memchr(z + i, '\n', t->n - i);
    size_t e = p ? (size_t)(p - z) : t->n;
    if (!vec_grow((void **)&aLine, &nAlloc, nLine, sizeof(Line))) goto oom;
    aLine[nLine].a = i;
    aLine[nLine].b = e;
    nLine++;
    if (!p) break;
    i = e + 1;
  }

  /* Title: the first non-empty line, unless it is a date, an author line, or
  ** running text (a document that starts straight with its first paragraph). */
  size_t k = 0;
  while (k < nLine && line_blank(z, aLine[k])) k++;
  size_t iTitle = nLine;
  if (k < nLine) {
    Line l = aLine[k];
    size_t a = l.a;
    while (a < l.b && text_is_blank((unsigned char)z[a])) a++;
    int bHash = a < l.b && z[a] == '#';
    size_t nw = text_word_count(z, l.a, l.b);
    int bPara = !bHash && ((nw >= 12 && ends_sentence(z, l.a, l.b)) || nw >= 40);
    /* a text of one line ending like a sentence ("Russia criticised Belarus.")
    ** is that sentence, not a title over nothing */
    size_t kNext = k + 1;
    while (kNext < nLine && line_blank(z, aLine[kNext])) kNext++;
    if (!bHash && kNext >= nLine && ends_sentence(z, l.a, l.b)) bPara = 1;
    if (!line_is_dateline(z, l) && !line_is_byline(z, l) && !bPara) {
      int bOom = 0;
      d->zTitle = title_text(d->pArena, z, l, &bOom);
      if (bOom) goto oom;
      iTitle = k;
      k++;
    }
  }

  /* Byline block: header lines after the title, up to the first running
  ** text or section; the chosen date's line ends it. */
  size_t nSeen = iTitle < nLine ? 1 : 0, iDateLine = nLine, iLast = nLine;
  int bestCls = DATE_NONE;
  Ymd best = {0, 0, 0};
  for (size_t j = k; j < nLine && nSeen < LAYOUT_HEADER_LINES; j++) {
    Line l = aLine[j];
    if (line_blank(z, l)) continue;
    nSeen++;
    if (line_is_section(z, l) || line_is_para(z, l)) break;
    if (!d->zAuthor && (line_is_byline(z, l) || (!line_is_dateline(z, l) && line_is_names(z, l))))
      d->zAuthor = author_text(d->pArena, z, l);
    Ymd tt;
    size_t iD, iE;
    int cls = line_date(z, l, &tt, &iD, &iE);
    if (cls < bestCls) {
      bestCls = cls;
      best = tt;
      iDateLine = j;
    }
  }
  if (iDateLine < nLine) {
    iLast = iDateLine;
  } else if (iTitle < nLine) {
    /* No byline date: fall back to a date in the title ("Assessment, June 4, 2021"). */
    Ymd tt;
    size_t iD, iE;
    int cls = line_date(z, aLine[iTitle], &tt, &iD, &iE);
    if (cls != DATE_NONE) {
      bestCls = cls;
      best = tt;
    }
  }
  if (bestCls != DATE_NONE) {
    ymd_format(best, d->zDate);
    d->zDateSource = "byline";
  }
  /* Author and date lines directly after the title (or the date line) also
  ** belong to the byline. */
  size_t iBodyLine = iLast < nLine ? iLast + 1 : (iTitle < nLine ? iTitle + 1 : 0);
  for (size_t j = iBodyLine; j < nLine; j++) {
    Line l = aLine[j];
    if (line_blank(z, l)) continue;
    if (line_is_byline(z, l) || line_is_dateline(z, l)) {
      if (!d->zAuthor && line_is_byline(z, l)) d->zAuthor = author_text(d->pArena, z, l);
      iBodyLine = j + 1;
      continue;
    }
    break;
  }
  *piBody = iBodyLine < nLine ? aLine[iBodyLine].a : t->n;

  /* Notes: the last notes heading in the body whose section has numbered
  ** notes (a bibliography headed "References" may follow the "Notes"), else
  ** the last heading, else a trailing numbered block. */
  size_t iNotesLine = nLine, iLastHeading = nLine;
  int bLabels = 0;
  for (size_t j = nLine; j-- > iBodyLine;) {
    Line l = aLine[j];
    if (structure_is_notes_heading(z + l.a, l.b - l.a)) {
      if (iLastHeading == nLine) iLastHeading = j;
      if (bLabels) {
        iNotesLine = j;
        break;
      }
      continue;
    }
    int num, bStrong;
    size_t iText;
    if (!bLabels) bLabels = structure_note_label(z + l.a, l.b - l.a, &num, &iText, &bStrong);
  }
  if (iNotesLine == nLine) iNotesLine = iLastHeading;
  if (iNotesLine == nLine) {
    int bOom = 0;
    iNotesLine = trailing_notes(z, aLine, nLine, iBodyLine, &bOom);
    if (bOom) goto oom;
  }
  if (iNotesLine < nLine) *piNotes = aLine[iNotesLine].a;
  if (*piBody > *piNotes) *piBody = *piNotes;
  free(aLine);
  return 1;
oom:
  free(aLine);
  return 0;
}
