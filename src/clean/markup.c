/*
** CLEAN stage, part 1: markup. Turns the HTML / Markdown / LaTeX-flavoured text
** that PDF and OCR converters produce into plain text with inline footnote
** markers.
**
** Two passes. Pass 1 normalises line endings, drops a leading BOM, maps U+00A0
** to a space and decodes HTML entities, so that entity-escaped markup
** ("&lt;sup&gt;3&lt;/sup&gt;", "<sup&gt;3</sup>") looks like markup to pass 2.
** Pass 2 recognises tags, footnote-marker notations, Markdown escapes,
** emphasis and links.
**
** Repairs recorded (kind: when):
**   footnote-marker  each marker notation (<sup>, LaTeX, Markdown, links to
**                    notes such as <a href="#_ftn3">[3]</a> or [3](#fn3));
**                    zTo = its note numbers, joined by ","
**   latex-note       "$^{5}\ text$" at a line start became the note line "5 text"
**   unescape         a Markdown backslash escape ("\_" -> "_")
**   markup           a removed tag other than the routine p/br/em/strong/b/i/u/
**                    span, links to internal anchors, and closing tags (the
**                    opening tag's repair stands for the pair); "<a href=U>x</a>"
**                    is one repair "-> x (U)"; a Markdown note definition
**                    "[^3]:" at a line start -> "3"; an image "![alt](f)" -> alt.
** Entities, line endings, BOM, NBSP, Markdown emphasis and Markdown links are
** routine and not reported: they would drown the repairs a reader must check.
** That includes a double-escaped entity ("&amp;lt;" -> "<", one level only),
** which converters produce when they escape already escaped HTML; when it
** spells a marker notation, the footnote-marker repair quotes it as found.
**
** Within this file Text offsets are indices into `in`, translated to in's own
** offsets once at the end, so that a repair quotes the input exactly as found.
*/
#include "../core/internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- pass 1: line endings, BOM, NBSP, entities ----------------------------- */

typedef struct Entity {
  const char *zName;
  const char *zUtf8;
} Entity;

static const Entity aEntity[] = {
    {"lt", "<"},          {"gt", ">"},          {"amp", "&"},
    {"quot", "\""},       {"apos", "'"},        {"nbsp", " "},
    {"mdash", "\xE2\x80\x94"}, {"ndash", "\xE2\x80\x93"}, {"rsquo", "\xE2\x80\x99"},
    {"lsquo", "\xE2\x80\x98"}, {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"},
    {"hellip", "\xE2\x80\xA6"}, {"laquo", "\xC2\xAB"},     {"raquo", "\xC2\xBB"},
    {"bull", "\xE2\x80\xA2"},  {"middot", "\xC2\xB7"},    {"copy", "\xC2\xA9"},
    {"reg", "\xC2\xAE"},       {"trade", "\xE2\x84\xA2"}, {"deg", "\xC2\xB0"},
    {"euro", "\xE2\x82\xAC"},  {"pound", "\xC2\xA3"},     {"sect", "\xC2\xA7"},
    {"shy", ""},
};

/* HTML5 maps numeric references 0x80..0x9F to Windows-1252; 0 = undefined. */
static const unsigned short aC1[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/* Encodes code point cp as UTF-8 into z (room for 4); returns the length. */
static size_t utf8_put(unsigned long cp, char *z) {
  if (cp < 0x80) {
    z[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    z[0] = (char)(0xC0 | (cp >> 6));
    z[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    z[0] = (char)(0xE0 | (cp >> 12));
    z[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    z[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  z[0] = (char)(0xF0 | (cp >> 18));
  z[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  z[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  z[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Decodes the entity at z[0]=='&' (n bytes available) into zOut (room for 8),
** *pnOut bytes. Returns the entity's length, or 0 if it is not one we decode.
** Code points that would be control bytes (and so could forge an inline
** marker) are refused and stay as written. z[0] itself is never read (so a
** double escape "&amp;lt;" can be decoded from the ';' of its "&amp;"). */
static size_t entity_decode(const char *z, size_t n, char *zOut, size_t *pnOut) {
  size_t k = 1;
  if (k < n && z[k] == '#') {
    unsigned long cp = 0;
    int bHex = 0;
    size_t nDigit = 0;
    k++;
    if (k < n && (z[k] == 'x' || z[k] == 'X')) {
      bHex = 1;
      k++;
    }
    for (; k < n && nDigit < 8; k++, nDigit++) {
      int c = (unsigned char)z[k], v;
      if (is_digit(c)) v = c - '0';
      else if (bHex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (bHex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else break;
      cp = cp * (bHex ? 16 : 10) + (unsigned long)v;
    }
    if (!nDigit || k >= n || z[k] != ';') return 0;
    if (cp >= 0x80 && cp <= 0x9F) cp = aC1[cp - 0x80];
    if (cp == 0xA0) cp = ' ';
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    *pnOut = utf8_put(cp, zOut);
    return k + 1;
  }
  while (k < n && k <= 8 && is_alnum((unsigned char)z[k])) k++;
  if (k == 1 || k >= n || z[k] != ';') return 0;
  for (size_t e = 0; e < sizeof(aEntity) / sizeof(aEntity[0]); e++) {
    size_t l = strlen(aEntity[e].zName);
    if (l == k - 1 && memcmp(z + 1, aEntity[e].zName, l) == 0) {
      *pnOut = strlen(aEntity[e].zUtf8);
      memcpy(zOut, aEntity[e].zUtf8, *pnOut);
      return k + 1;
    }
  }
  return 0;
}

/* Appends z[i..i+n) with offsets i, i+1, ... (indices into the source). */
static void emit_idx(TextWriter *w, const char *z, size_t i, size_t n) {
  size_t nBefore = w->b.n;
  tw_emit(w, z + i, n, i);
  if (w->b.n != nBefore + n) return; /* OOM: the writer is already poisoned */
  for (size_t k = 0; k < n; k++) w->aOff[nBefore + k] = i + k;
}

/* Pass 1: *t gets in->z with CR/CRLF -> LF, no leading BOM, NBSP -> space and
** entities decoded; t->aOff are indices into in. 0 on OOM. */
static int decode_pass(const Text *in, Text *t) {
  TextWriter w;
  const char *z = in->z;
  size_t n = in->n, i = 0;
  tw_init(&w);
  if (n >= 3 && memcmp(z, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < n) {
    size_t j = i;
    while (j < n && z[j] != '\r' && z[j] != '&' && (unsigned char)z[j] != 0xC2) j++;
    emit_idx(&w, z, i, j - i);
    i = j;
    if (i >= n) break;
    if (z[i] == '\r') {
      tw_emitc(&w, '\n', i);
      i += (i + 1 < n && z[i + 1] == '\n') ? 2 : 1;
    } else if ((unsigned char)z[i] == 0xC2 && i + 1 < n && (unsigned char)z[i + 1] == 0xA0) {
      tw_emitc(&w, ' ', i);
      i += 2;
    } else {
      char zBuf[8];
      size_t nBuf = 0, len = z[i] == '&' ? entity_decode(z + i, n - i, zBuf, &nBuf) : 0;
      if (len == 5 && memcmp(z + i, "&amp;", 5) == 0) {
        /* double-escaped "&amp;lt;": a converter escaped an entity again;
        ** the inner one is decoded too (one level only) */
        char zIn[8];
        size_t nIn = 0, lenIn = entity_decode(z + i + 4, n - i - 4, zIn, &nIn);
        if (lenIn) { /* the ';' of "&amp;" stands in for the inner '&' */
          memcpy(zBuf, zIn, nIn);
          nBuf = nIn;
          len = 4 + lenIn;
        }
      }
      if (len) {
        tw_emit(&w, zBuf, nBuf, i);
        i += len;
      } else {
        emit_idx(&w, z, i, 1);
        i++;
      }
    }
  }
  return tw_finish(&w, t, n);
}

/* ---- pass 2: tags, markers, Markdown --------------------------------------- */

typedef struct Num {
  int n;     /* note number */
  size_t i;  /* index in the pass-1 text of its digits */
} Num;

typedef struct Closer {
  size_t i, len;  /* an emphasis closing delimiter still ahead */
} Closer;

typedef struct Mk {
  tocsin_doc *d;
  const Text *in;  /* what clean_markup was given */
  const Text *t;   /* pass-1 text; t->aOff are indices into in */
  const char *s;   /* t->z */
  size_t n;        /* t->n */
  TextWriter w;
  int bOom;
  Num *aNum;       /* numbers of the marker notation being parsed */
  size_t nNum, nNumAlloc;
  Closer *aClose;
  size_t nClose, nCloseAlloc;
  Buf tmp;         /* scratch for repair texts */
  /* pending Markdown link: "]" at iLinkClose is followed by "(url)" up to iLinkEnd */
  int bLink, bImage;
  size_t iLinkStart, iLinkClose, iLinkUrl, nLinkUrl, iLinkEnd, oLinkText;
  /* pending HTML anchor <a href=...> */
  int bAnchor;
  size_t iAStart, iAUrl, nAUrl, oAText;
  size_t aNoClose[6];  /* per delimiter ("*" "**" "***" "_" ...): no closer before this index */
  int bNoCommentEnd;   /* no "-->" in the rest of the text */
  size_t iLinkMid;     /* index of the next "](" (m->n: none) */
  /* cache: is the whitespace-delimited token [iTokA, iTokB) URL-like? */
  size_t iTokA, iTokB;
  int bTokUrl;
} Mk;

/* Records a repair for pass-1 span [i, j): zFrom is the input as found. */
static void mk_repair(Mk *m, const char *zKind, size_t i, size_t j, const char *zTo, size_t nTo) {
  size_t a = m->t->aOff[i], b = m->t->aOff[j];
  if (b < a) b = a;
  if (!doc_repair(m->d, zKind, m->in->z + a, b - a, zTo, nTo, m->in->aOff[a])) m->bOom = 1;
}

/* Repair whose zTo is what the writer produced since output position o,
** without inline markers (each marker has its own repair, and repair texts
** must stay printable). */
static void mk_repair_out(Mk *m, const char *zKind, size_t i, size_t j, size_t o) {
  if (m->w.bOom || m->w.b.bOom) return;
  m->tmp.n = 0;
  buf_reserve(&m->tmp, 0);
  for (size_t k = o; k < m->w.b.n; k++) {
    if (m->w.b.z[k] == MARK_OPEN) {
      while (k < m->w.b.n && m->w.b.z[k] != MARK_CLOSE) k++;
    } else {
      buf_putc(&m->tmp, m->w.b.z[k]);
    }
  }
  if (m->tmp.bOom) m->bOom = 1;
  else mk_repair(m, zKind, i, j, m->tmp.z, m->tmp.n);
}

static int at_line_start(const Mk *m, size_t i) { return i == 0 || m->s[i - 1] == '\n'; }

/* Index of the first byte at or after k that is not a space or tab. */
static size_t skip_blank(const Mk *m, size_t k, size_t e) {
  while (k < e && (m->s[k] == ' ' || m->s[k] == '\t')) k++;
  return k;
}

/* Skips blanks and, when bTags, any <...> tags (e.g. the <a> inside a <sup>). */
static size_t skip_filler(const Mk *m, size_t k, size_t e, int bTags) {
  for (;;) {
    k = skip_blank(m, k, e);
    if (!bTags || k >= e || m->s[k] != '<') return k;
    const char *p = memchr(m->s + k, '>', e - k);
    if (!p) return k;
    k = (size_t)(p - m->s) + 1;
  }
}

/* Parses a note number (1..4 digits, no leading zero) at k; 0 if none. */
static size_t parse_num(const Mk *m, size_t k, size_t e, int *pn) {
  size_t j = k;
  int v = 0;
  while (j < e && j - k < 5 && is_digit((unsigned char)m->s[j])) v = v * 10 + (m->s[j++] - '0');
  if (j == k || j - k > 4 || m->s[k] == '0' || (j < e && is_digit((unsigned char)m->s[j])))
    return 0;
  *pn = v;
  return j;
}

/* Appends note n (digits at index i) to m->aNum; sets m->bOom on failure. */
static void num_push(Mk *m, int n, size_t i) {
  if (!vec_grow((void **)&m->aNum, &m->nNumAlloc, m->nNum, sizeof(Num))) {
    m->bOom = 1;
    return;
  }
  m->aNum[m->nNum].n = n;
  m->aNum[m->nNum].i = i;
  m->nNum++;
}

/* Parses a list of note numbers "9", "9,10", "9-11" (range expanded), "9–11"
** starting at k, not beyond e, into m->aNum. Returns the index just past the
** last number taken, or 0 if there is none. */
static size_t parse_numlist(Mk *m, size_t k, size_t e, int bTags) {
  int v, prev;
  size_t iPrev;
  m->nNum = 0;
  k = skip_filler(m, k, e, bTags);
  size_t j = parse_num(m, k, e, &v);
  if (!j) return 0;
  num_push(m, v, k);
  prev = v;
  iPrev = k;
  for (;;) {
    size_t q = skip_filler(m, j, e, bTags);
    int bRange = 0;
    if (q < e && m->s[q] == ',') q++;
    else if (q < e && m->s[q] == '-') { q++; bRange = 1; }
    else if (q + 2 < e && memcmp(m->s + q, "\xE2\x80\x93", 3) == 0) { q += 3; bRange = 1; }
    else return j;
    q = skip_filler(m, q, e, bTags);
    size_t r = parse_num(m, q, e, &v);
    if (!r) return j;
    if (bRange) {
      /* a wide or backwards "range" is more likely not a footnote list */
      if (v <= prev || v - prev > 200) return 0;
      for (int x = prev + 1; x < v; x++) num_push(m, x, iPrev);
    }
    num_push(m, v, q);
    prev = v;
    iPrev = q;
    j = r;
  }
}

/* Emits the markers in m->aNum and records one "footnote-marker" repair for
** the notation at pass-1 span [i, j). */
static void emit_markers(Mk *m, size_t i, size_t j) {
  m->tmp.n = 0;
  for (size_t k = 0; k < m->nNum; k++) {
    tw_marker(&m->w, m->aNum[k].n, m->t->aOff[m->aNum[k].i]);
    buf_printf(&m->tmp, k ? ",%d" : "%d", m->aNum[k].n);
  }
  if (m->tmp.bOom) m->bOom = 1;
  else mk_repair(m, "footnote-marker", i, j, m->tmp.z, m->tmp.n);
}

/* Case-insensitive: does s[k..) start with the ASCII string z? */
static int starts_with(const Mk *m, size_t k, const char *z) {
  size_t l = strlen(z);
  return k + l <= m->n && strnicmp_ascii(m->s + k, z, l) == 0;
}

/* Index of the closing tag zClose ("</sup>") of an element whose content
** starts at k, or m->n when the line ends, zOpen ("<sup") opens again, or 400
** bytes pass first (note references are short; the bound keeps lines of
** unclosed tags linear). */
static size_t find_close(const Mk *m, size_t k, const char *zClose, const char *zOpen) {
  size_t e = k + 400 < m->n ? k + 400 : m->n;
  const char *pNl = memchr(m->s + k, '\n', e - k);
  if (pNl) e = (size_t)(pNl - m->s);
  for (const char *p; k < e && (p = memchr(m->s + k, '<', e - k)) != NULL;) {
    k = (size_t)(p - m->s);
    if (starts_with(m, k, zClose)) return k;
    if (starts_with(m, k, zOpen) && k + strlen(zOpen) < m->n &&
        !is_alnum((unsigned char)m->s[k + strlen(zOpen)]))
      break;
    k++;
  }
  return m->n;
}

/* Does the fragment href [i, i+n) name a note ("#fn3", "#_ftn3", "#endnote-3",
** "#cite_note-3")? A bare linked number elsewhere may be "Table 3". */
static int href_is_note(const Mk *m, size_t i, size_t n) {
  static const char *const az[] = {"fn", "ftn", "note", "edn", "ref", "cite"};
  for (size_t k = i; k < i + n; k++)
    for (size_t a = 0; a < sizeof(az) / sizeof(az[0]); a++)
      if (k + strlen(az[a]) <= i + n && strnicmp_ascii(m->s + k, az[a], strlen(az[a])) == 0)
        return 1;
  return 0;
}

/* Is [k, e) exactly a note reference "12", "[12]", "9, 10" (blanks and, when
** bTags, tags around it)? A bare number counts only when bBareOk. Fills m->aNum. */
static int is_ref_content(Mk *m, size_t k, size_t e, int bTags, int bBareOk) {
  if (bTags && !bBareOk) {
    /* a number in <sup> is a reference too */
    for (size_t x = k; x + 4 <= e && !bBareOk; x++) bBareOk = starts_with(m, x, "<sup");
  }
  k = skip_filler(m, k, e, bTags);
  int bBracket = k < e && m->s[k] == '[';
  if (!bBracket && !bBareOk) return 0;
  size_t j = parse_numlist(m, k + bBracket, e, bTags);
  if (!j) return 0;
  j = skip_filler(m, j, e, bTags);
  if (bBracket) {
    if (j >= e || m->s[j] != ']') return 0;
    j = skip_filler(m, j + 1, e, bTags);
  }
  return j == e;
}

/* Copies pass-1 bytes [i, j) to the output. */
static void mk_copy(Mk *m, size_t i, size_t j) {
  if (j > i) tw_copy(&m->w, m->t, i, j - i);
}

/* Emits a newline for a block boundary unless the output already ends a line. */
static void mk_newline_soft(Mk *m, size_t i) {
  if (m->w.b.n && m->w.b.z[m->w.b.n - 1] != '\n') tw_emitc(&m->w, '\n', m->t->aOff[i]);
}

/* ---- HTML tags ---- */

typedef struct Tag {
  size_t iEnd;           /* just past '>' */
  int bClose;
  size_t iName, nName;
  size_t iAttr, nAttr;   /* between the name and '>' */
} Tag;

static const char *const azTagKnown[] = {
    "a", "abbr", "article", "aside", "b", "big", "blockquote", "br", "caption", "center",
    "cite", "code", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins",
    "kbd", "li", "mark", "nav", "ol", "p", "pre", "q", "s", "section", "small", "span",
    "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "tt", "u", "ul", "wbr"};
static const char *const azTagBlock[] = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5",
                                         "h6", "blockquote", "tr", "ul", "ol", "table",
                                         "section", "article", "header", "footer", "pre",
                                         "dd", "dt", "figure", "caption"};
static const char *const azTagRoutine[] = {"p", "br", "em", "strong", "b", "i", "u", "span"};

/* Is the tag's name one of az[0..nz) (case-insensitive)? */
static int name_in(const Mk *m, const Tag *g, const char *const *az, size_t nz) {
  for (size_t k = 0; k < nz; k++)
    if (strlen(az[k]) == g->nName && strnicmp_ascii(m->s + g->iName, az[k], g->nName) == 0)
      return 1;
  return 0;
}
#define NAME_IN(m, g, az) name_in(m, g, az, sizeof(az) / sizeof(az[0]))

/* Is the tag's name z (case-insensitive)? */
static int tag_is(const Mk *m, const Tag *g, const char *z) {
  return strlen(z) == g->nName && strnicmp_ascii(m->s + g->iName, z, g->nName) == 0;
}

/* Parses a known HTML tag at s[i]=='<'. Quoted attribute values may hold '>';
** a '<' before the end means this was not a tag. */
static int tag_parse(const Mk *m, size_t i, Tag *g) {
  const char *s = m->s;
  size_t k = i + 1;
  memset(g, 0, sizeof(*g));
  if (k < m->n && s[k] == '/') {
    g->bClose = 1;
    k++;
  }
  g->iName = k;
  if (k >= m->n || !is_alpha((unsigned char)s[k])) return 0;
  while (k < m->n && is_alnum((unsigned char)s[k])) k++;
  g->nName = k - g->iName;
  if (k >= m->n || !(s[k] == '>' || s[k] == '/' || is_space((unsigned char)s[k]))) return 0;
  g->iAttr = k;
  char q = 0;
  for (; k < m->n; k++) {
    if (k - i > 2000) return 0; /* tags are short; keeps "<a \"<a \"..." linear */
    if (q) {
      if (s[k] == q) q = 0;
    } else if (s[k] == '"' || s[k] == '\'') {
      q = s[k];
    } else if (s[k] == '>') {
      break;
    } else if (s[k] == '<') {
      return 0;
    }
  }
  if (k >= m->n) return 0;
  g->nAttr = k - g->iAttr;
  g->iEnd = k + 1;
  /* "a<b then c>d" is prose, not a tag: tags sit on one line, and attributes
  ** have values */
  if (memchr(s + g->iAttr, '\n', g->nAttr)) return 0;
  size_t nSolid = 0;
  for (size_t a = g->iAttr; a < k; a++) nSolid += !is_space((unsigned char)s[a]) && s[a] != '/';
  if (nSolid && !memchr(s + g->iAttr, '=', g->nAttr)) return 0;
  return NAME_IN(m, g, azTagKnown);
}

/* Finds attribute zAttr's value inside the tag; 0 if absent. */
static int tag_attr(const Mk *m, const Tag *g, const char *zAttr, size_t *pi, size_t *pn) {
  size_t l = strlen(zAttr), e = g->iAttr + g->nAttr;
  for (size_t k = g->iAttr; k + l <= e; k++) {
    if (!is_space((unsigned char)m->s[k - 1]) || strnicmp_ascii(m->s + k, zAttr, l) != 0) continue;
    size_t v = skip_blank(m, k + l, e);
    if (v >= e || m->s[v] != '=') continue;
    v = skip_blank(m, v + 1, e);
    if (v < e && (m->s[v] == '"' || m->s[v] == '\'')) {
      const char *p = memchr(m->s + v + 1, m->s[v], e - v - 1);
      if (!p) return 0;
      *pi = v + 1;
      *pn = (size_t)(p - m->s) - v - 1;
    } else {
      size_t u = v;
      while (u < e && !is_space((unsigned char)m->s[u]) && m->s[u] != '/') u++;
      *pi = v;
      *pn = u - v;
    }
    return 1;
  }
  return 0;
}

/* An href worth keeping in the text: not empty, not an internal anchor or script. */
static int url_is_external(const Mk *m, size_t i, size_t n) {
  return n && m->s[i] != '#' && !(n >= 11 && strnicmp_ascii(m->s + i, "javascript:", 11) == 0);
}

/* Ends a pending <a> at the tag [iTag, iEndTag): appends " (URL)" unless the
** link text is the URL. The URL's bytes map to the closing tag, not to the
** href, so that offsets never run backwards. */
static void anchor_close(Mk *m, size_t iTag, size_t iEndTag) {
  size_t o = m->oAText, nText = m->w.b.n > o ? m->w.b.n - o : 0;
  size_t at = m->t->aOff[iTag];
  m->bAnchor = 0;
  if (!(nText == m->nAUrl && memcmp(m->w.b.z + o, m->s + m->iAUrl, nText) == 0)) {
    if (nText) tw_emit(&m->w, " (", 2, at);
    tw_emit(&m->w, m->s + m->iAUrl, m->nAUrl, at);
    if (nText) tw_emitc(&m->w, ')', at);
  }
  mk_repair_out(m, "markup", m->iAStart, iEndTag, o);
}

/* <sup> at i, its tag ending at g->iEnd. Returns the index to continue at. */
static size_t do_sup(Mk *m, size_t i, const Tag *g) {
  size_t c = find_close(m, g->iEnd, "</sup>", "<sup");
  if (c < m->n) {
    size_t j = parse_numlist(m, g->iEnd, c, 1);
    if (j && skip_filler(m, j, c, 1) == c) {
      emit_markers(m, i, c + 6);
      return c + 6;
    }
    if (!memchr(m->s + g->iEnd, '<', c - g->iEnd)) {
      /* <sup>th</sup>: an ordinal or letter note, keep the text */
      size_t o = m->w.b.n;
      mk_copy(m, g->iEnd, c);
      mk_repair_out(m, "markup", i, c + 6, o);
      return c + 6;
    }
  } else {
    /* unclosed <sup>9 followed by something that is not a letter or digit */
    size_t j = parse_numlist(m, g->iEnd, m->n, 0);
    if (j && (j >= m->n || !is_alnum((unsigned char)m->s[j]))) {
      emit_markers(m, i, j);
      return j;
    }
  }
  mk_repair(m, "markup", i, g->iEnd, "", 0);
  return g->iEnd;
}

/* '<' at i: a tag, comment or autolink. Returns where to continue, 0 if none. */
static size_t do_lt(Mk *m, size_t i) {
  Tag g;
  if (starts_with(m, i, "<!--")) {
    const char *p = m->bNoCommentEnd ? NULL : strstr(m->s + i + 4, "-->");
    if (!p) {
      m->bNoCommentEnd = 1;
      return 0;
    }
    size_t e = (size_t)(p - m->s) + 3;
    mk_repair(m, "markup", i, e, "", 0);
    return e;
  }
  if (starts_with(m, i, "<http://") || starts_with(m, i, "<https://")) {
    size_t k = i + 1;
    while (k < m->n && m->s[k] != '>' && m->s[k] != '<' && !is_space((unsigned char)m->s[k])) k++;
    if (k >= m->n || m->s[k] != '>') return 0;
    mk_copy(m, i + 1, k);
    return k + 1;
  }
  if (!tag_parse(m, i, &g)) return 0;
  if (tag_is(m, &g, "sup") && !g.bClose) return do_sup(m, i, &g);
  if (tag_is(m, &g, "a")) {
    if (g.bClose) {
      if (m->bAnchor) anchor_close(m, i, g.iEnd);
      return g.iEnd;
    }
    if (m->bAnchor) anchor_close(m, i, i);
    size_t iu = 0, nu = 0;
    int bHref = tag_attr(m, &g, "href", &iu, &nu);
    if (bHref && nu && m->s[iu] == '#') {
      /* a link to a note: <a href="#_ftn12">[12]</a>, <a href="#fn4"><sup>4</sup></a> */
      size_t c = find_close(m, g.iEnd, "</a>", "<a");
      if (c < m->n && is_ref_content(m, g.iEnd, c, 1, href_is_note(m, iu, nu))) {
        emit_markers(m, i, c + 4);
        return c + 4;
      }
    }
    if (bHref && url_is_external(m, iu, nu)) {
      m->bAnchor = 1;
      m->iAStart = i;
      m->iAUrl = iu;
      m->nAUrl = nu;
      m->oAText = m->w.b.n;
    }
    return g.iEnd;
  }
  if (tag_is(m, &g, "br") || tag_is(m, &g, "hr")) {
    tw_emitc(&m->w, '\n', m->t->aOff[i]);
  } else if (g.bClose && (tag_is(m, &g, "td") || tag_is(m, &g, "th"))) {
    tw_emitc(&m->w, ' ', m->t->aOff[i]); /* keep table cells apart */
  } else if (NAME_IN(m, &g, azTagBlock)) {
    if (g.bClose) tw_emitc(&m->w, '\n', m->t->aOff[i]);
    else mk_newline_soft(m, i);
  }
  if (!g.bClose && !NAME_IN(m, &g, azTagRoutine)) mk_repair(m, "markup", i, g.iEnd, "", 0);
  return g.iEnd;
}

/* ---- LaTeX and Markdown marker notations ---- */

/* Copies s[k..e) undoing LaTeX escapes ("\ " "\," "\_" "\%" "\&" "\#" "\$"). */
static void copy_unlatex(Mk *m, size_t k, size_t e) {
  while (k < e) {
    if (m->s[k] == '\\' && k + 1 < e && m->s[k + 1] && strchr(" ,_%&#${}", m->s[k + 1])) {
      char c = m->s[k + 1] == ',' ? ' ' : m->s[k + 1];
      tw_emitc(&m->w, c, m->t->aOff[k]);
      k += 2;
    } else {
      mk_copy(m, k, k + 1);
      k++;
    }
  }
}

/* '$' at i: "$^{12}$", "$^12$", "${}^{12}$", or at a line start the note line
** "$^{5}\ text$". Returns where to continue, 0 if none. */
static size_t do_dollar(Mk *m, size_t i) {
  size_t k = i + 1;
  if (starts_with(m, k, "{}^")) k += 2;
  if (k >= m->n || m->s[k] != '^') return 0;
  k++;
  if (k < m->n && m->s[k] == '{') {
    size_t c = k + 1;
    while (c < m->n && c - k < 64 && m->s[c] != '}' && m->s[c] != '\n') c++;
    if (c >= m->n || m->s[c] != '}') return 0;
    size_t j = parse_numlist(m, k + 1, c, 0);
    if (!j || skip_blank(m, j, c) != c) return 0;
    if (c + 1 < m->n && m->s[c + 1] == '$') {
      emit_markers(m, i, c + 2);
      return c + 2;
    }
    /* $^{5}\ https://...$ : a converter's superscripted note number */
    if (!at_line_start(m, i) || m->nNum != 1) return 0;
    size_t q = c + 1;
    if (starts_with(m, q, "\\ ") || starts_with(m, q, "\\,")) q += 2;
    else if (q < m->n && (m->s[q] == ' ' || m->s[q] == '~')) q++;
    else return 0;
    size_t eol = q;
    while (eol < m->n && m->s[eol] != '\n') eol++;
    size_t last = eol;
    while (last > q && is_space((unsigned char)m->s[last - 1])) last--;
    if (last <= q + 1 || m->s[last - 1] != '$') return 0;
    size_t o = m->w.b.n;
    size_t d0 = skip_blank(m, k + 1, c);
    mk_copy(m, d0, j);
    tw_emitc(&m->w, ' ', m->t->aOff[c + 1]);
    copy_unlatex(m, skip_blank(m, q, last - 1), last - 1);
    mk_repair_out(m, "latex-note", i, last, o);
    return last;
  }
  int v;
  size_t j = parse_num(m, k, m->n, &v);
  if (!j || j >= m->n || m->s[j] != '$') return 0;
  m->nNum = 0;
  num_push(m, v, k);
  emit_markers(m, i, j + 1);
  return j + 1;
}

/* '^' at i: "^[12]", or pandoc's superscript "^12^". */
static size_t do_caret(Mk *m, size_t i) {
  if (i + 1 >= m->n) return 0;
  char cEnd = m->s[i + 1] == '[' ? ']' : '^';
  size_t j = parse_numlist(m, i + 1 + (cEnd == ']'), m->n, 0);
  if (!j || j >= m->n || m->s[j] != cEnd || m->s[i + 1] == ' ') return 0;
  emit_markers(m, i, j + 1);
  return j + 1;
}

/* Parses a Markdown link "[text](url "title")" at s[i]=='['. */
static int md_link(Mk *m, size_t i) {
  const char *s = m->s;
  size_t k = i + 1;
  int depth = 1;
  /* no "](" within reach: not a link (keeps runs of brackets linear) */
  if (m->iLinkMid < i || m->iLinkMid == 0) {
    const char *p = i + 1 < m->n ? strstr(s + i + 1, "](") : NULL;
    m->iLinkMid = p ? (size_t)(p - s) : m->n;
  }
  if (m->iLinkMid - i > 2000) return 0;
  for (; k < m->n; k++) {
    if (k - i > 2000) return 0; /* link texts are short; bounds the scan */
    if (s[k] == '\\' && k + 1 < m->n) {
      k++;
    } else if (s[k] == '\n' && k + 1 < m->n && s[k + 1] == '\n') {
      return 0;
    } else if (s[k] == '[') {
      depth++;
    } else if (s[k] == ']' && --depth == 0) {
      break;
    }
  }
  if (k + 1 >= m->n || s[k + 1] != '(') return 0;
  size_t iClose = k, u = skip_blank(m, k + 2, m->n), ue;
  int bAngle = u < m->n && s[u] == '<';
  if (bAngle) {
    ue = ++u;
    while (ue < m->n && s[ue] != '>' && s[ue] != '\n') ue++;
    if (ue >= m->n || s[ue] != '>') return 0;
    k = ue + 1;
  } else {
    int p = 0;
    for (ue = u; ue < m->n && !is_space((unsigned char)s[ue]); ue++) {
      if (s[ue] == '(') p++;
      else if (s[ue] == ')' && p-- == 0) break;
    }
    k = ue;
  }
  k = skip_blank(m, k, m->n);
  if (k < m->n && (s[k] == '"' || s[k] == '\'')) {
    const char *p = memchr(s + k + 1, s[k], m->n - k - 1);
    if (!p) return 0;
    k = skip_blank(m, (size_t)(p - s) + 1, m->n);
  }
  if (k >= m->n || s[k] != ')') return 0;
  m->iLinkStart = i;
  m->iLinkClose = iClose;
  m->iLinkUrl = u;
  m->nLinkUrl = ue - u;
  m->iLinkEnd = k + 1;
  m->oLinkText = m->w.b.n;
  return 1;
}

/* '[' at i: "[^12]" marker, "[^12]:" note definition, or a Markdown link. */
static size_t do_bracket(Mk *m, size_t i) {
  if (i + 1 < m->n && m->s[i + 1] == '^') {
    int v;
    size_t j = parse_num(m, i + 2, m->n, &v);
    if (!j || j >= m->n || m->s[j] != ']') return 0;
    if (at_line_start(m, i) && j + 1 < m->n && m->s[j + 1] == ':') {
      /* a definition "[^12]: text" becomes the plain note line "12 text" */
      size_t o = m->w.b.n;
      mk_copy(m, i + 2, j);
      size_t e = j + 2;
      if (e >= m->n || m->s[e] != ' ') tw_emitc(&m->w, ' ', m->t->aOff[j + 1]);
      mk_repair_out(m, "markup", i, e, o);
      return e;
    }
    m->nNum = 0;
    num_push(m, v, i + 2);
    emit_markers(m, i, j + 1);
    return j + 1;
  }
  if (m->bLink || !md_link(m, i)) return 0;
  if (m->nLinkUrl && m->s[m->iLinkUrl] == '#' &&
      is_ref_content(m, i + 1, m->iLinkClose, 0, href_is_note(m, m->iLinkUrl, m->nLinkUrl))) {
    /* a link to a note: [12](#fn12) */
    emit_markers(m, i, m->iLinkEnd);
    return m->iLinkEnd;
  }
  m->bLink = 1;
  m->bImage = 0;
  return i + 1;
}

/* ']' at i that closes the pending Markdown link: appends " (url)". */
static size_t do_link_close(Mk *m, size_t i) {
  size_t o = m->oLinkText, nText = m->w.b.n > o ? m->w.b.n - o : 0;
  size_t iu = m->iLinkUrl, nu = m->nLinkUrl;
  m->bLink = 0;
  if (m->bImage) {
    mk_repair_out(m, "markup", m->iLinkStart, m->iLinkEnd, o);
  } else if (url_is_external(m, iu, nu) &&
             !(nText == nu && memcmp(m->w.b.z + o, m->s + iu, nu) == 0)) {
    if (nText) {
      tw_emitc(&m->w, ' ', m->t->aOff[i]);
      tw_emitc(&m->w, '(', m->t->aOff[i + 1]);
    }
    mk_copy(m, iu, iu + nu);
    if (nText) tw_emitc(&m->w, ')', m->t->aOff[m->iLinkEnd - 1]);
  }
  return m->iLinkEnd;
}

/* '\' at i: \textsuperscript{12} or a Markdown escape. */
static size_t do_backslash(Mk *m, size_t i) {
  if (starts_with(m, i, "\\textsuperscript{")) {
    size_t k = i + 17, c = k;
    while (c < m->n && c - k < 64 && m->s[c] != '}' && m->s[c] != '\n') c++;
    if (c >= m->n || m->s[c] != '}') return 0;
    size_t j = parse_numlist(m, k, c, 0);
    if (j && skip_blank(m, j, c) == c) {
      emit_markers(m, i, c + 1);
    } else {
      size_t o = m->w.b.n;
      mk_copy(m, k, c);
      mk_repair_out(m, "markup", i, c + 1, o);
    }
    return c + 1;
  }
  if (i + 1 < m->n && m->s[i + 1] && strchr("_*[]#.-()$", m->s[i + 1])) {
    mk_copy(m, i + 1, i + 2);
    mk_repair(m, "unescape", i, i + 2, m->s + i + 1, 1);
    return i + 2;
  }
  return 0;
}

/* Is the whitespace-delimited token around i a URL? Emphasis is never undone
** inside one ("https://x.org/a_b_c"). */
static int in_url_token(Mk *m, size_t i) {
  if (i >= m->iTokA && i < m->iTokB) return m->bTokUrl;
  size_t a = i, b = i;
  while (a > 0 && !is_space((unsigned char)m->s[a - 1])) a--;
  while (b < m->n && !is_space((unsigned char)m->s[b])) b++;
  m->iTokA = a;
  m->iTokB = b;
  m->bTokUrl = 0;
  for (size_t k = a; k < b; k++)
    if (starts_with(m, k, "://") || starts_with(m, k, "www.")) m->bTokUrl = 1;
  return m->bTokUrl;
}

/* Is j already claimed as the closing delimiter of an earlier opener? */
static int closer_pending(const Mk *m, size_t j) {
  for (size_t k = 0; k < m->nClose; k++)
    if (m->aClose[k].i == j) return 1;
  return 0;
}

/* '*' or '_' at i: Markdown emphasis. Drops a delimiter whose partner was
** found earlier, or an opening delimiter with a closing partner ahead. */
static size_t do_emphasis(Mk *m, size_t i) {
  const char *s = m->s;
  char c = s[i];
  for (size_t k = 0; k < m->nClose;) {
    if (m->aClose[k].i < i) {
      m->aClose[k] = m->aClose[--m->nClose];
    } else if (m->aClose[k].i == i) {
      size_t e = i + m->aClose[k].len;
      m->aClose[k] = m->aClose[--m->nClose];
      return e;
    } else {
      k++;
    }
  }
  size_t r = i;
  while (r < m->n && s[r] == c) r++;
  r -= i;
  if (r > 3) { /* a rule "****" or similar: keep */
    mk_copy(m, i, i + r);
    return i + r;
  }
  size_t len = r;
  /* opener: not inside a word, followed by text (so "* item" bullets stay) */
  if (i > 0 && (is_alnum((unsigned char)s[i - 1]) || s[i - 1] == c)) return 0;
  if (i + r >= m->n || is_space((unsigned char)s[i + r])) return 0;
  if (in_url_token(m, i)) return 0;
  /* Whether a byte can close does not depend on the opener, so a failed
  ** search's reach is remembered: later openers resume there (linear time). */
  size_t *pNo = &m->aNoClose[(c == '_') * 3 + (len - 1)];
  size_t j = i + len + 1, jEnd = i + 4000;
  if (*pNo > j) j = *pNo;
  for (;; j++) {
    if (j + len > m->n || j >= jEnd || (s[j] == '\n' && j + 1 < m->n && s[j + 1] == '\n')) {
      *pNo = j;
      return 0;
    }
    size_t a = j;
    while (a < j + len && s[a] == c) a++;
    if (a < j + len || is_space((unsigned char)s[j - 1])) continue;
    if (a < m->n && (is_alnum((unsigned char)s[a]) || s[a] == c)) continue;
    if (in_url_token(m, j) || closer_pending(m, j)) continue;
    if (!vec_grow((void **)&m->aClose, &m->nCloseAlloc, m->nClose, sizeof(Closer))) {
      m->bOom = 1;
      return 0;
    }
    m->aClose[m->nClose].i = j;
    m->aClose[m->nClose].len = len;
    m->nClose++;
    return i + len;
  }
}

/* Dispatches on the special byte at i. Returns where to continue, 0 if the
** byte is ordinary text here. */
static size_t mk_special(Mk *m, size_t i) {
  switch (m->s[i]) {
    case '<': return do_lt(m, i);
    case '$': return do_dollar(m, i);
    case '^': return do_caret(m, i);
    case '[': return do_bracket(m, i);
    case ']': return (m->bLink && i == m->iLinkClose) ? do_link_close(m, i) : 0;
    case '\\': return do_backslash(m, i);
    case '*':
    case '_': return do_emphasis(m, i);
    case '!':
      if (i + 1 < m->n && m->s[i + 1] == '[' && !m->bLink && md_link(m, i + 1)) {
        m->bLink = 1;
        m->bImage = 1;
        m->iLinkStart = i;
        return i + 2;
      }
      return 0;
  }
  return 0;
}

/* Bytes that may start a construct; everything else is copied in runs. */
static int is_special(char c) {
  return c == '<' || c == '$' || c == '^' || c == '[' || c == ']' || c == '\\' || c == '*' ||
         c == '_' || c == '!';
}

/* Pass 2 over m->t. */
static void markup_pass(Mk *m) {
  size_t i = 0;
  while (i < m->n && !m->bOom) {
    if (m->bLink && m->iLinkClose < i) m->bLink = 0; /* skipped by a construct */
    size_t j = i;
    while (j < m->n && !is_special(m->s[j])) j++;
    mk_copy(m, i, j);
    i = j;
    if (i >= m->n) break;
    size_t k = mk_special(m, i);
    if (k > i) {
      i = k;
    } else {
      mk_copy(m, i, i + 1);
      i++;
    }
  }
  if (m->bAnchor) anchor_close(m, m->n, m->n);
}

/* Contract (see internal.h): *out gets the cleaned text with inline markers,
** offsets into the same original as in; repairs go to d. 1 ok, 0 on OOM (then
** *out is empty and nothing needs freeing). */
int clean_markup(tocsin_doc *d, const Text *in, Text *out) {
  Text t = {0};
  Mk m;
  memset(out, 0, sizeof(*out));
  if (!decode_pass(in, &t)) return 0;
  memset(&m, 0, sizeof(m));
  m.d = d;
  m.in = in;
  m.t = &t;
  m.s = t.z;
  m.n = t.n;
  tw_init(&m.w);
  markup_pass(&m);
  int ok = !m.bOom && tw_finish(&m.w, out, in->n);
  if (ok) {
    /* offsets so far are indices into in; make them in's own offsets */
    for (size_t k = 0; k <= out->n; k++) out->aOff[k] = in->aOff[out->aOff[k]];
  } else {
    tw_free(&m.w);
    memset(out, 0, sizeof(*out));
  }
  free(m.aNum);
  free(m.aClose);
  buf_free(&m.tmp);
  text_free(&t);
  return ok;
}
