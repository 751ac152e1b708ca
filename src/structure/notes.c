/*
** Notes: parses the notes section into numbered notes, joins notes and links
** that PDF conversion split across lines, and refangs defanged URLs. Every
** change to a URL is recorded as a repair at its original offset.
*/
#include "../core/internal.h"

#include <stdio.h>   /* snprintf */
#include <stdlib.h>
#include <string.h>

/* URLs of one note are de-duplicated by pairwise comparison only up to this
** many, so that a pathological note cannot make parsing quadratic. */
#define NOTE_DEDUP_MAX 256

/* Reads 1..nMax digits at z[*pi] as a positive note number; -1 if none. */
static int read_label_num(const char *z, size_t n, size_t *pi, size_t nMax) {
  size_t i = *pi;
  int v = 0;
  while (i < n && is_digit((unsigned char)z[i]) && i - *pi < nMax) v = v * 10 + (z[i++] - '0');
  if (i == *pi || (i < n && is_digit((unsigned char)z[i])) || v < 1) return -1;
  *pi = i;
  return v;
}

/* 1 if z[i..n) starts with something URL-like. */
static int starts_url(const char *z, size_t n, size_t i) {
  return (n - i >= 4 && (strnicmp_ascii(z + i, "http", 4) == 0 || strnicmp_ascii(z + i, "hxxp", 4) == 0 ||
                         strnicmp_ascii(z + i, "www.", 4) == 0));
}

/* Contract: recognises a note label at the start of z[0..n) (leading blanks
** allowed): a marker, "[17]", "[17]:", "^17", "17.", "17)", "17<TAB>", or
** "17 " before note-like text. Sets *pN, *piText (first byte of the text
** after the label and blanks) and *pbStrong (1 for the forms only notes use:
** marker, [n], ^n). Returns 1 if a label was found. A bare number before a
** month ("5 June 2021") or a lower-case word is a wrapped line, not a label. */
int structure_note_label(const char *z, size_t n, int *pN, size_t *piText, int *pbStrong) {
  size_t i = 0;
  while (i < n && text_is_blank((unsigned char)z[i])) i++;
  if (i >= n) return 0;
  int v = -1, bStrong = 0;
  size_t k = i;
  if (z[i] == MARK_OPEN) {
    size_t m = text_marker_len(z, n, i);
    if (!m) return 0;
    k = i + 1;
    v = read_label_num(z, n, &k, 5);
    k = i + m;
    if (k < n && (z[k] == ':' || z[k] == '.')) k++;
    bStrong = 1;
  } else if (z[i] == '[') {
    k = i + 1;
    if (k < n && z[k] == '^') k++;
    v = read_label_num(z, n, &k, 4);
    if (v < 0 || k >= n || z[k] != ']') return 0;
    k++;
    if (k < n && z[k] == ':') k++;
    bStrong = 1;
  } else if (z[i] == '^') {
    k = i + 1;
    v = read_label_num(z, n, &k, 4);
    if (v < 0 || (k < n && !text_is_blank((unsigned char)z[k]))) return 0;
    bStrong = 1;
  } else if (is_digit((unsigned char)z[i])) {
    k = i;
    v = read_label_num(z, n, &k, 4);
    if (v < 0) return 0;
    if (k < n && (z[k] == '.' || z[k] == ')')) {
      k++;
      if (k < n && !text_is_blank((unsigned char)z[k])) return 0;
    } else if (k < n && z[k] == '\t') {
      k++;
    } else if (k < n && z[k] == ' ') {
      if (k - i > 3) return 0;   /* a year, not a note number */
      size_t j = k;
      while (j < n && text_is_blank((unsigned char)z[j])) j++;
      if (j >= n) return 0;
      size_t w = j;
      while (w < n && is_alpha((unsigned char)z[w])) w++;
      if (w > j && month_from_name(z + j, w - j + (w < n && z[w] == '.'))) return 0;
      if (is_lower((unsigned char)z[j]) && !starts_url(z, n, j)) return 0;
    } else {
      return 0;
    }
  } else {
    return 0;
  }
  if (v < 0) return 0;
  while (k < n && text_is_blank((unsigned char)z[k])) k++;
  *pN = v;
  *piText = k;
  *pbStrong = bStrong;
  return 1;
}

/* ---- collecting raw notes ------------------------------------------------------ */

/* What is known about the blank-separated token being written, kept up to
** date byte by byte so that no check has to scan back over a long token. */
typedef struct TokState {
  size_t iTok, iPrevTok;  /* starts of this token and of the one before */
  int bUrl, bPrevUrl;     /* "://", "www.", "hxxp", "[.]" or "(.)" seen */
  int bPath, bQuery;      /* a '/' (not of "://") or a '?'/'#' seen */
} TokState;

/* Updates st for the byte z[k], just appended after z[0..k). */
static void tok_push(TokState *st, const char *z, size_t k) {
  char c = z[k];
  if (c == ' ') {
    st->iPrevTok = st->iTok;
    st->bPrevUrl = st->bUrl;
    st->iTok = k + 1;
    st->bUrl = st->bPath = st->bQuery = 0;
    return;
  }
  size_t nTok = k + 1 - st->iTok;
  if (c == '?' || c == '#') st->bQuery = 1;
  if (nTok >= 3 && (memcmp(z + k - 2, "://", 3) == 0 || memcmp(z + k - 2, "[.]", 3) == 0 ||
                    memcmp(z + k - 2, "(.)", 3) == 0))
    st->bUrl = 1;
  if (nTok == 4 && (strnicmp_ascii(z + st->iTok, "www.", 4) == 0 || strnicmp_ascii(z + st->iTok, "hxxp", 4) == 0))
    st->bUrl = 1;
  if (c == '/' && !(k >= 1 && z[k - 1] == ':') && !(k >= 2 && z[k - 1] == '/' && z[k - 2] == ':'))
    st->bPath = 1;
}

typedef struct RawNote {
  int n;
  size_t at;        /* original offset of the label */
  size_t seq;       /* order of appearance, for a stable sort */
  TextWriter w;     /* the note's text, single-spaced, markers removed */
  TokState st;      /* its last token */
  int bSpace;       /* a blank is pending before the next byte */
} RawNote;

/* Appends t->z[a..b) to the note, dropping markers and collapsing blanks. */
static void raw_put(RawNote *r, const Text *t, size_t a, size_t b) {
  for (size_t i = a; i < b;) {
    size_t m = text_marker_len(t->z, b, i);
    if (m) {
      i += m;
      continue;
    }
    if (is_space((unsigned char)t->z[i])) {
      r->bSpace = 1;
      i++;
      continue;
    }
    if (r->bSpace && r->w.b.n) {
      tw_emitc(&r->w, ' ', t->aOff[i]);
      if (r->w.b.bOom || r->w.bOom) return;
      tok_push(&r->st, r->w.b.z, r->w.b.n - 1);
    }
    r->bSpace = 0;
    tw_copy(&r->w, t, i, 1);
    if (r->w.b.bOom || r->w.bOom) return;
    tok_push(&r->st, r->w.b.z, r->w.b.n - 1);
    i++;
  }
}

/* Characters that may continue a URL on the next line. */
static int url_char(int c) {
  return is_alnum(c) || (c && strchr("-._~:/?#[]@!$&'()*+,;=%", c) != NULL);
}

/* How a continuation line z[a..b) joins the note: 0 with a space, 1 without
** (a link split across lines), 2 with a space but as part of a link (a
** defanged " dot" at the line end, refanged later). An indented line never
** continues a link. */
static int join_kind(const RawNote *r, const char *z, size_t a, size_t b, int bIndented) {
  const Buf *pb = &r->w.b;
  if (!pb->n || bIndented) return 0;
  const char *zTok = pb->z + r->st.iTok;
  size_t nTok = pb->n - r->st.iTok;
  /* the first token of the next line */
  size_t e = a;
  while (e < b && !is_space((unsigned char)z[e])) e++;
  int bUrlish = 1, bPath = 0, bSlug = 0, bAlpha = 1;
  for (size_t i = a; i < e; i++) {
    unsigned char c = (unsigned char)z[i];
    if (!url_char(c)) bUrlish = 0;
    if (!is_alpha(c)) bAlpha = 0;
    if (c == '/' || c == '=' || c == '&' || c == '?') bPath = 1;
    if ((c == '-' || c == '_' || c == '%' || c == '.') && i + 1 < e) bSlug = 1;
  }
  {
    static const char *azExt[] = {".html", ".htm", ".php", ".aspx", ".asp", ".pdf", ".shtml"};
    for (size_t k = 0; k < sizeof(azExt) / sizeof(azExt[0]); k++) {
      size_t m = strlen(azExt[k]);
      if (e - a > m && strnicmp_ascii(z + e - m, azExt[k], m) == 0) bPath = 1;
    }
  }
  if (!bUrlish) return 0;
  /* a plain word followed by more words is prose ("Accessed June 4") */
  if (bAlpha && e < b) return 0;
  int bLow = is_lower((unsigned char)z[a]) || is_digit((unsigned char)z[a]);
  /* "www.agency dot" + "com/politics": the defanged dot splits the link */
  if (nTok == 3 && strnicmp_ascii(zTok, "dot", 3) == 0 && r->st.iTok >= 2)
    return r->st.bPrevUrl && is_alnum((unsigned char)z[a]) ? 2 : 0;
  if (nTok >= 5 && (memcmp(zTok + nTok - 5, "[dot]", 5) == 0 || memcmp(zTok + nTok - 5, "(dot)", 5) == 0))
    return 1;
  if (nTok >= 3 && (memcmp(zTok + nTok - 3, "(.)", 3) == 0 || memcmp(zTok + nTok - 3, "[.]", 3) == 0))
    return 1;
  if (!nTok || !r->st.bUrl) return 0;
  char cLast = zTok[nTok - 1];
  if (strchr("/-_=?&", cLast)) return bPath || bLow || bSlug;
  if (cLast == '.') return bPath;     /* else the URL simply ended a sentence */
  return bPath || (bLow && bSlug);
}

/* Records a "join-url" repair: the end of the note from
** pb->z[iFrom..) and the first token of the next line z[a..e), as found
** (with the line break) and as joined (with zSep between). 0 on OOM. */
static int join_repair(tocsin_doc *d, const Buf *pb, size_t iFrom, const char *z, size_t a, size_t e,
                       const char *zSep, size_t at) {
  Buf from, to;
  buf_init(&from);
  buf_init(&to);
  buf_append(&from, pb->z + iFrom, pb->n - iFrom);
  buf_putc(&from, '\n');
  buf_append(&from, z + a, e - a);
  buf_append(&to, pb->z + iFrom, pb->n - iFrom);
  buf_puts(&to, zSep);
  buf_append(&to, z + a, e - a);
  int ok = !from.bOom && !to.bOom && doc_repair(d, "join-url", from.z, from.n, to.z, to.n, at);
  buf_free(&from);
  buf_free(&to);
  return ok;
}

/* ---- refanging ------------------------------------------------------------------ */

static int host_char(int c) { return is_alnum(c) || c == '-'; }

/* Defanged dot forms and their lengths. */
static size_t dot_form(const char *z, size_t n, size_t i) {
  static const char *az[] = {"[.]", "(.)", "{.}", "[dot]", "(dot)", "{dot}"};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    size_t m = strlen(az[k]);
    if (n - i >= m && strnicmp_ascii(z + i, az[k], m) == 0) return m;
  }
  return 0;
}

/* 1 if the path segment z[a..b) is a plausible year: 19xx or 20xx. */
static int seg_is_year(const char *z, size_t a, size_t b) {
  return b - a == 4 && (memcmp(z + a, "19", 2) == 0 || memcmp(z + a, "20", 2) == 0) &&
         is_digit((unsigned char)z[a + 2]) && is_digit((unsigned char)z[a + 3]);
}

/* OCR fix of a 1-2 character path segment that follows a year (month) or a
** year and month (day): I/l -> 1, O/o -> 0. Writes the digits into zTo and
** returns 1 only if a letter was changed and the result is a valid number
** for the position. */
static int ocr_segment(const char *zSeg, size_t nSeg, int bDay, char zTo[3]) {
  if (nSeg < 1 || nSeg > 2) return 0;
  int bChanged = 0, v = 0;
  for (size_t k = 0; k < nSeg; k++) {
    char c = zSeg[k];
    if (c == 'I' || c == 'l' || c == '|') c = '1', bChanged = 1;
    else if (c == 'O' || c == 'o') c = '0', bChanged = 1;
    else if (!is_digit((unsigned char)c)) return 0;
    zTo[k] = c;
    v = v * 10 + (c - '0');
  }
  zTo[nSeg] = 0;
  return bChanged && v >= 1 && v <= (bDay ? 31 : 12);
}

/* A date run "YYYY-MM-DD" at z[i] inside a URL path segment, written with
** OCR confusables ("migrants-2O21-O7-O2/"): 4, 2 and 2 characters of
** [0-9IlOo] between '-', at least one confusable, 2+ real digits in the year,
** not followed by a letter or digit, repairing to a valid date in
** 1900..2099. Writes the repaired run (NUL-terminated) into zTo; 1 if so. */
static int url_date_run(const char *z, size_t n, size_t i, char zTo[11]) {
  int a[3] = {0, 0, 0}, part = 0, nConf = 0, nRealYear = 0;
  if (n - i < 10 || z[i + 4] != '-' || z[i + 7] != '-') return 0;
  if (i + 10 < n && is_alnum((unsigned char)z[i + 10])) return 0;
  for (size_t k = 0; k < 10; k++) {
    char c = z[i + k];
    if (k == 4 || k == 7) {
      zTo[k] = '-';
      part++;
      continue;
    }
    if (c == 'I' || c == 'l') c = '1', nConf++;
    else if (c == 'O' || c == 'o') c = '0', nConf++;
    else if (!is_digit((unsigned char)c)) return 0;
    else nRealYear += part == 0;
    zTo[k] = c;
    a[part] = a[part] * 10 + (c - '0');
  }
  zTo[10] = 0;
  Ymd t = {a[0], a[1], a[2]};
  return nConf && nRealYear >= 2 && t.y >= 1900 && t.y <= 2099 && ymd_valid(t);
}

/* The date context of the URL path being written, whose last byte is the
** '/' just copied: 1 if the path ends in /YYYY/, 2 if in /YYYY/MM/, else 0.
** Only in a URL, never in its query string. Looks back at most 8 bytes. */
static int path_date_ctx(const TokState *st, const Buf *b) {
  const char *z = b->z;
  size_t n = b->n, a = st->iTok;
  if (!st->bUrl || st->bQuery || n == 0 || z[n - 1] != '/') return 0;
  size_t e1 = n - 1, s1 = e1;
  while (s1 > a && z[s1 - 1] != '/' && e1 - s1 <= 4) s1--;
  if (s1 == a || z[s1 - 1] != '/') return 0;
  if (seg_is_year(z, s1, e1)) return 1;
  if (e1 - s1 == 2 && is_digit((unsigned char)z[s1]) && is_digit((unsigned char)z[s1 + 1])) {
    size_t e2 = s1 - 1, s2 = e2;
    while (s2 > a && z[s2 - 1] != '/' && e2 - s2 <= 4) s2--;
    if (s2 > a && z[s2 - 1] == '/' && seg_is_year(z, s2, e2)) return 2;
  }
  return 0;
}

/* Records a repair and writes its replacement; 0 on OOM. */
static int fix(tocsin_doc *d, TextWriter *w, const char *zKind, const Text *t, size_t i, size_t nFrom,
               const char *zTo, size_t at) {
  tw_emit(w, zTo, strlen(zTo), t->aOff[i]);
  return doc_repair(d, zKind, t->z + i, nFrom, zTo, strlen(zTo), at);
}

/* Brings st up to date with the bytes written to w since *pnSeen. */
static void tok_sync(TokState *st, size_t *pnSeen, const TextWriter *w) {
  if (w->bOom || w->b.bOom) return;
  for (; *pnSeen < w->b.n; (*pnSeen)++) tok_push(st, w->b.z, *pnSeen);
}

/* Contract: rewrites the single-spaced note text t into *out with defanged
** URLs restored (hxxp, [.], (dot), " dot ", ".dot.", [:], [/], \_) and OCR'd
** dates in URL paths repaired (month and day segments after a year segment,
** "YYYY-MM-DD" runs inside a segment); each change is a repair at the
** original offset. 0 on OOM (out untouched). */
static int refang(tocsin_doc *d, const Text *t, Text *out) {
  TextWriter w;
  tw_init(&w);
  TokState st;
  memset(&st, 0, sizeof(st));
  size_t nSeen = 0;
  const char *z = t->z;
  size_t n = t->n;
  for (size_t i = 0; i < n; tok_sync(&st, &nSeen, &w)) {
    if (w.bOom || w.b.bOom) goto oom;
    unsigned char c = (unsigned char)z[i];
    size_t at = t->aOff[i];
    /* hxxp:// hXXps:// */
    if ((c == 'h' || c == 'H') && n - i >= 5 && strnicmp_ascii(z + i, "hxxp", 4) == 0 &&
        (i == 0 || !is_alnum((unsigned char)z[i - 1]))) {
      size_t m = 4;
      if (z[i + 4] == 's' || z[i + 4] == 'S') m = 5;
      if (i + m < n && (z[i + m] == ':' || z[i + m] == '[')) {
        if (!fix(d, &w, "refang", t, i, m, m == 5 ? "https" : "http", at)) goto oom;
        i += m;
        continue;
      }
    }
    /* [.] (.) {.} [dot] (dot) {dot}, also with blanks around them */
    if (c == ' ' || c == '[' || c == '(' || c == '{') {
      size_t j = i + (c == ' ');
      size_t m = dot_form(z, n, j);
      if (m) {
        size_t e = j + m;
        int bSpaced = c == ' ';
        if (bSpaced) {
          if (e < n && z[e] == ' ' && e + 1 < n && host_char((unsigned char)z[e + 1]) && i > 0 &&
              host_char((unsigned char)z[i - 1]))
            e++;
          else
            m = 0;
        }
        if (m && (bSpaced || (i > 0 && host_char((unsigned char)z[i - 1]))) && e < n &&
            host_char((unsigned char)z[e])) {
          if (!fix(d, &w, "refang", t, i, e - i, ".", at)) goto oom;
          i = e;
          continue;
        }
      }
    }
    /* [:] [/] [://] */
    if (c == '[') {
      static const char *az[] = {"[://]", "[:]", "[/]"};
      static const char *azTo[] = {"://", ":", "/"};
      size_t m = 0;
      int k;
      for (k = 0; k < 3 && !m; k++)
        if (n - i >= strlen(az[k]) && memcmp(z + i, az[k], strlen(az[k])) == 0) m = strlen(az[k]);
      if (m) {
        if (!fix(d, &w, "refang", t, i, m, azTo[k - 1], at)) goto oom;
        i += m;
        continue;
      }
    }
    /* "www.kremlin dot ru/events": a spelled-out dot between host labels,
    ** after a URL-ish token or before a path */
    if (c == ' ' && n - i >= 6 && strnicmp_ascii(z + i, " dot ", 5) == 0 && i > 0 &&
        host_char((unsigned char)z[i - 1])) {
      size_t e = i + 5;
      while (e < n && host_char((unsigned char)z[e]) && e - i < 70) e++;
      int bLabel = e > i + 5 && (e == n || strchr("/.: ?,;)", z[e]));
      if (bLabel && ((st.bUrl && !st.bPath) || (e < n && z[e] == '/'))) {
        if (!fix(d, &w, "refang", t, i, 5, ".", at)) goto oom;
        i += 5;
        continue;
      }
    }
    /* ".dot." inside a host; ".dot.gov" is a real US government host */
    if (c == '.' && n - i >= 6 && strnicmp_ascii(z + i, ".dot.", 5) == 0 && st.bUrl && !st.bPath &&
        !st.bQuery && host_char((unsigned char)z[i + 5]) &&
        !(n - i >= 8 && strnicmp_ascii(z + i + 5, "gov", 3) == 0 &&
          (n - i == 8 || !host_char((unsigned char)z[i + 8])))) {
      if (!fix(d, &w, "refang", t, i, 5, ".", at)) goto oom;
      i += 5;
      continue;
    }
    /* Markdown-escaped underscore left in a link */
    if (c == '\\' && i + 1 < n && z[i + 1] == '_' && st.bUrl) {
      if (!fix(d, &w, "refang", t, i, 2, "_", at)) goto oom;
      i += 2;
      continue;
    }
    /* an OCR'd date run in a path segment: ".../migrants-2O21-O7-O2/" */
    if (i > 0 && st.bUrl && st.bPath && !st.bQuery && strchr("-_/", z[i - 1]) &&
        (c == '1' || c == '2' || c == 'I' || c == 'l')) {
      char zTo[11];
      if (url_date_run(z, n, i, zTo)) {
        if (!fix(d, &w, "ocr-digit", t, i, 10, zTo, at)) goto oom;
        i += 10;
        continue;
      }
    }
    tw_copy(&w, t, i, 1);
    i++;
    tok_sync(&st, &nSeen, &w);
    /* after a '/', maybe an OCR'd month or day segment of a dated path */
    if (c == '/' && !w.bOom && !w.b.bOom) {
      int ctx = path_date_ctx(&st, &w.b);
      if (ctx) {
        size_t e = i;
        while (e < n && e - i <= 2 && z[e] != '/' && z[e] != ' ') e++;
        char zTo[3];
        if (e < n && z[e] == '/' && ocr_segment(z + i, e - i, ctx == 2, zTo)) {
          if (!fix(d, &w, "ocr-digit", t, i, e - i, zTo, t->aOff[i])) goto oom;
          i = e;
        }
      }
    }
  }
  if (!tw_finish(&w, out, t->aOff[n])) return 0;
  return 1;
oom:
  tw_free(&w);
  return 0;
}

/* ---- URLs ----------------------------------------------------------------------- */

/* 1 if the bytes at z[i] end a URL: blanks, brackets, quotes (ASCII or
** typographic), a no-break space. */
static int url_stop(const char *z, size_t n, size_t i, int *pnParen) {
  unsigned char c = (unsigned char)z[i];
  if (is_space(c) || c == '>' || c == '<' || c == ']' || c == '"' || c == '|' || c == '`') return 1;
  if (c == ')') {
    if (*pnParen > 0) {
      (*pnParen)--;
      return 0;
    }
    return 1;
  }
  if (c == '(') (*pnParen)++;
  if (c == 0xE2 && i + 1 < n && (unsigned char)z[i + 1] == 0x80) return 1;   /* U+2000..U+203F */
  if (c == 0xC2 && i + 1 < n) {
    unsigned char c2 = (unsigned char)z[i + 1];
    if (c2 == 0xA0 || c2 == 0xAB || c2 == 0xBB) return 1;
  }
  return 0;
}

/* The host of a URL: lower case, without scheme, user, port, "www." and a
** trailing dot. Arena string; NULL on OOM. */
static char *url_domain(Arena *pArena, const char *z, size_t n) {
  size_t a = 0;
  for (size_t k = 0; k + 3 <= n; k++) {
    if (memcmp(z + k, "://", 3) == 0) {
      a = k + 3;
      break;
    }
    if (!is_alpha((unsigned char)z[k])) break;
  }
  size_t e = a;
  while (e < n && z[e] != '/' && z[e] != '?' && z[e] != '#') e++;
  for (size_t k = e; k > a; k--)
    if (z[k - 1] == '@') {
      a = k;
      break;
    }
  size_t p = a;
  while (p < e && z[p] != ':') p++;
  e = p;
  if (e - a >= 4 && strnicmp_ascii(z + a, "www.", 4) == 0) a += 4;
  while (e > a && z[e - 1] == '.') e--;
  char *r = arena_strndup(pArena, z + a, e - a);
  if (r)
    for (char *q = r; *q; q++) *q = (char)to_lower((unsigned char)*q);
  return r;
}

/* A link without scheme or "www." as refanging leaves it ("kremlin[.]ru/
** events" -> "kremlin.ru/events"): host labels, a TLD of letters, then a '/'.
** Returns the length of the host, or 0. */
static size_t bare_host_len(const char *z, size_t n, size_t i) {
  size_t k = i, nLabel = 0, iLast = i;
  for (;;) {
    size_t a = k;
    while (k < n && host_char((unsigned char)z[k]) && k - a < 63) k++;
    if (k == a) return 0;
    nLabel++;
    iLast = a;
    if (k < n && z[k] == '.') {
      k++;
      continue;
    }
    break;
  }
  if (nLabel < 2 || k >= n || z[k] != '/' || k - iLast < 2) return 0;
  for (size_t j = iLast; j < k; j++)
    if (!is_alpha((unsigned char)z[j])) return 0;
  return k - i;
}

typedef struct NoteTmp {
  tocsin_note note;
  size_t seq, at;
} NoteTmp;

/* Finds the URLs of the refanged text z[0..n) and stores them in the note.
** 0 on OOM. */
static int note_urls(tocsin_doc *d, tocsin_note *pNote, const char *z, size_t n) {
  const char **az = NULL;
  size_t nUrl = 0, nAlloc = 0;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && (is_alnum((unsigned char)z[i - 1]) || z[i - 1] == '/' || z[i - 1] == '.')) continue;
    size_t m = 0;
    if (n - i > 8 && strnicmp_ascii(z + i, "https://", 8) == 0) m = 8;
    else if (n - i > 7 && strnicmp_ascii(z + i, "http://", 7) == 0) m = 7;
    else if (n - i > 6 && strnicmp_ascii(z + i, "ftp://", 6) == 0) m = 6;
    else if (n - i > 4 && strnicmp_ascii(z + i, "www.", 4) == 0) m = 4;
    int bBare = 0;
    if (!m && (i == 0 || strchr(" (<\"'", z[i - 1]))) bBare = (m = bare_host_len(z, n, i)) != 0;
    if (!m) continue;
    int nParen = 0;
    size_t e = i + m;
    while (e < n && !url_stop(z, n, e, &nParen)) e++;
    while (e > i + m && strchr(".,;:!?'", z[e - 1])) e--;
    if (!bBare && (e == i + m || !is_alnum((unsigned char)z[i + m]))) continue;
    int bDup = 0;
    for (size_t k = 0; k < nUrl && nUrl < NOTE_DEDUP_MAX; k++)
      if (strlen(az[k]) == e - i && memcmp(az[k], z + i, e - i) == 0) bDup = 1;
    if (!bDup) {
      if (!vec_grow((void **)&az, &nAlloc, nUrl, sizeof(char *))) goto oom;
      if (!(az[nUrl] = arena_strndup(d->pArena, z + i, e - i))) goto oom;
      nUrl++;
    }
    i = e;
  }
  pNote->nUrl = nUrl;
  pNote->azUrl = NULL;
  pNote->azDomain = NULL;
  if (nUrl) {
    const char **azU = arena_alloc(d->pArena, nUrl * sizeof(char *));
    const char **azD = arena_alloc(d->pArena, nUrl * sizeof(char *));
    if (!azU || !azD) goto oom;
    for (size_t k = 0; k < nUrl; k++) {
      azU[k] = az[k];
      if (!(azD[k] = url_domain(d->pArena, az[k], strlen(az[k])))) goto oom;
    }
    pNote->azUrl = azU;
    pNote->azDomain = azD;
  }
  free(az);
  return 1;
oom:
  free(az);
  return 0;
}

/* Builds the finished note from a raw one: refang, then URLs. 0 on OOM. */
static int note_finish(tocsin_doc *d, RawNote *r, NoteTmp *pOut) {
  Text raw = {0}, fixed = {0};
  memset(pOut, 0, sizeof(*pOut));
  pOut->note.n = r->n;
  pOut->seq = r->seq;
  pOut->at = r->at;
  if (!tw_finish(&r->w, &raw, r->at)) return 0;
  int ok = refang(d, &raw, &fixed);
  text_free(&raw);
  if (!ok) return 0;
  size_t a = 0, b = fixed.n;
  while (a < b && fixed.z[a] == ' ') a++;
  while (b > a && fixed.z[b - 1] == ' ') b--;
  char *zText = arena_strndup(d->pArena, fixed.z + a, b - a);
  ok = zText && note_urls(d, &pOut->note, zText, b - a);
  pOut->note.zText = zText;
  text_free(&fixed);
  return ok;
}

static int cmp_note(const void *x, const void *y) {
  const NoteTmp *a = x, *b = y;
  if (a->note.n != b->note.n) return (a->note.n > b->note.n) - (a->note.n < b->note.n);
  return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Adds the later duplicate's URLs that the kept note lacks. 0 on OOM. */
static int merge_urls(tocsin_doc *d, tocsin_note *pKeep, const tocsin_note *pDup) {
  size_t nNew = 0;
  if (pKeep->nUrl + pDup->nUrl > NOTE_DEDUP_MAX) return 1;   /* pathological: keep the first */
  for (size_t k = 0; k < pDup->nUrl; k++) {
    int bHave = 0;
    for (size_t j = 0; j < pKeep->nUrl; j++)
      if (strcmp(pKeep->azUrl[j], pDup->azUrl[k]) == 0) bHave = 1;
    nNew += !bHave;
  }
  if (!nNew) return 1;
  size_t nAll = pKeep->nUrl + nNew;
  const char **azU = arena_alloc(d->pArena, nAll * sizeof(char *));
  const char **azD = arena_alloc(d->pArena, nAll * sizeof(char *));
  if (!azU || !azD) return 0;
  size_t m = 0;
  for (size_t j = 0; j < pKeep->nUrl; j++, m++) azU[m] = pKeep->azUrl[j], azD[m] = pKeep->azDomain[j];
  for (size_t k = 0; k < pDup->nUrl; k++) {
    int bHave = 0;
    for (size_t j = 0; j < pKeep->nUrl; j++)
      if (strcmp(pKeep->azUrl[j], pDup->azUrl[k]) == 0) bHave = 1;
    if (!bHave) azU[m] = pDup->azUrl[k], azD[m] = pDup->azDomain[k], m++;
  }
  pKeep->azUrl = azU;
  pKeep->azDomain = azD;
  pKeep->nUrl = nAll;
  return 1;
}

/* Contract: parses t->z[i..t->n) (the notes section, optionally starting
** with its heading) into d->aNote, replacing any notes there: sorted by
** number, one per number (a repeated number keeps the first text, gains the
** later URLs and is reported as "duplicate-note"; an out-of-order number is
** reported once as "note-order"). Unlabelled lines continue the previous
** note; a link split across lines is rejoined ("join-url"). Returns 1, or 0
** on OOM. */
int notes_parse(tocsin_doc *d, const Text *t, size_t i) {
  /* One note is collected at a time (cur) and finished into aTmp when the
  ** next label starts, so memory stays proportional to the finished notes. */
  RawNote cur;
  NoteTmp *aTmp = NULL;
  size_t nTmp = 0, nTmpAlloc = 0;
  int ok = 0, bOrderReported = 0, bCur = 0, bOpen = 0, nPrev = 0;
  const char *z = t->z;
  memset(&cur, 0, sizeof(cur));
  d->nNote = 0;
  for (;;) {
    int num = 0, bStrong = 0, bLabel = 0;
    size_t a = t->n, b = t->n, iText = 0;
    int bIndented = 0, bEnd = i >= t->n;
    if (!bEnd) {
      const char *p = memchr(z + i, '\n', t->n - i);
      size_t e = p ? (size_t)(p - z) : t->n;
      a = i, b = e;
      i = p ? e + 1 : t->n;
      while (b > a && is_space((unsigned char)z[b - 1])) b--;
      bIndented = a < b && text_is_blank((unsigned char)z[a]);
      while (a < b && text_is_blank((unsigned char)z[a])) a++;
      if (a == b) continue;
      if (structure_is_notes_heading(z + a, b - a) || z[a] == '#') {
        /* the heading, or a later section ("About the authors") */
        bOpen = 0;
        continue;
      }
      size_t k = a;
      while (k < b && is_digit((unsigned char)z[k])) k++;
      if (k == b) continue;   /* a lone number: a page number from the PDF */
      bLabel = structure_note_label(z + a, b - a, &num, &iText, &bStrong);
    }
    if ((bLabel || bEnd) && bCur) {
      if (!vec_grow((void **)&aTmp, &nTmpAlloc, nTmp, sizeof(NoteTmp))) goto done;
      if (!note_finish(d, &cur, &aTmp[nTmp])) goto done;
      nTmp++;
      tw_free(&cur.w);
      bCur = bOpen = 0;
    }
    if (bEnd) break;
    if (bLabel) {
      memset(&cur, 0, sizeof(cur));
      tw_init(&cur.w);
      cur.n = num;
      cur.at = t->aOff[a];
      cur.seq = nTmp;
      bCur = bOpen = 1;
      if (nTmp && num < nPrev && !bOrderReported) {
        char zFrom[64];
        int nFrom = snprintf(zFrom, sizeof(zFrom), "note %d after note %d", num, nPrev);
        if (!doc_repair(d, "note-order", zFrom, (size_t)nFrom, "sorted by number", 16, cur.at))
          goto done;
        bOrderReported = 1;
      }
      nPrev = num;
      raw_put(&cur, t, a + iText, b);
      if (cur.w.bOom || cur.w.b.bOom) goto done;
      continue;
    }
    if (!bOpen) continue;   /* stray text before the first note or after a section */
    int kind = join_kind(&cur, z, a, b, bIndented);
    size_t eTok = a;
    while (eTok < b && !is_space((unsigned char)z[eTok])) eTok++;
    if (kind == 1) {
      if (!join_repair(d, &cur.w.b, cur.st.iTok, z, a, eTok, "", t->aOff[a])) goto done;
      cur.bSpace = 0;
    } else if (kind == 2) {
      if (!join_repair(d, &cur.w.b, cur.st.iPrevTok, z, a, eTok, " ", t->aOff[a])) goto done;
      cur.bSpace = 1;
    } else {
      cur.bSpace = 1;
    }
    raw_put(&cur, t, a, b);
    if (cur.w.bOom || cur.w.b.bOom) goto done;
  }

  if (nTmp > 1) qsort(aTmp, nTmp, sizeof(NoteTmp), cmp_note);
  for (size_t k = 0; k < nTmp; k++) {
    if (d->nNote && d->aNote[d->nNote - 1].n == aTmp[k].note.n) {
      tocsin_note *pKeep = &d->aNote[d->nNote - 1];
      const char *zDup = aTmp[k].note.zText;
      if (!doc_repair(d, "duplicate-note", zDup, strlen(zDup), pKeep->zText, strlen(pKeep->zText),
                      aTmp[k].at))
        goto done;
      if (!merge_urls(d, pKeep, &aTmp[k].note)) goto done;
      continue;
    }
    if (!vec_grow((void **)&d->aNote, &d->nNoteAlloc, d->nNote, sizeof(tocsin_note))) goto done;
    d->aNote[d->nNote++] = aTmp[k].note;
  }
  ok = 1;
done:
  tw_free(&cur.w);
  free(aTmp);
  return ok;
}
