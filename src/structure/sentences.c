/*
** Sentences: splits the body into paragraphs and list items, and those into
** sentences. Inline footnote markers leave the text here and become each
** sentence's note list; sentence offsets point into the original input.
*/
#include "../core/internal.h"

#include <stdlib.h>
#include <string.h>

/* Lines of this many words or more are never headings. */
#define HEADING_MAX_WORDS 12

enum { L_BLANK, L_HEAD, L_RULE, L_BULLET, L_TEXT };

typedef struct SLine {
  size_t a, b;   /* the line z[a..b) without its newline */
  size_t c;      /* where its text starts (after blanks and a bullet) */
  int kind;
} SLine;

/* Note numbers being gathered for one sentence (malloc'ed, reused). */
typedef struct NoteList {
  int *a;
  size_t n, nAlloc;
} NoteList;

static int u8_is(const char *z, size_t n, size_t i, unsigned b0, unsigned b1, unsigned b2) {
  return n - i >= 3 && (unsigned char)z[i] == b0 && (unsigned char)z[i + 1] == b1 &&
         (unsigned char)z[i + 2] == b2;
}

/* Length of a closing quote or bracket at z[i], or 0. */
static size_t closer_len(const char *z, size_t n, size_t i) {
  if (i >= n) return 0;
  char c = z[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (u8_is(z, n, i, 0xE2, 0x80, 0x9D) || u8_is(z, n, i, 0xE2, 0x80, 0x99)) return 3;
  if (n - i >= 2 && (unsigned char)c == 0xC2 && (unsigned char)z[i + 1] == 0xBB) return 2;
  return 0;
}

/* Length of an opening quote at z[i], or 0. */
static size_t opener_len(const char *z, size_t n, size_t i) {
  if (i >= n) return 0;
  char c = z[i];
  if (c == '"' || c == '\'') return 1;
  if (u8_is(z, n, i, 0xE2, 0x80, 0x9C) || u8_is(z, n, i, 0xE2, 0x80, 0x98)) return 3;
  if (n - i >= 2 && (unsigned char)c == 0xC2 && (unsigned char)z[i + 1] == 0xAB) return 2;
  return 0;
}

/* 1 if z[i] starts an upper-case letter: ASCII, Latin-1, Greek or Cyrillic. */
static int upper_at(const char *z, size_t n, size_t i) {
  if (i >= n) return 0;
  unsigned char c = (unsigned char)z[i];
  if (is_upper(c)) return 1;
  if (n - i < 2) return 0;
  unsigned char c2 = (unsigned char)z[i + 1];
  if (c == 0xC3) return c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97;
  if (c == 0xCE) return c2 >= 0x91 && c2 <= 0xA9;
  if (c == 0xD0) return c2 >= 0x80 && c2 <= 0xAF;
  return 0;
}

/* 1 if the text starting at z[i] may begin a sentence: an upper-case letter,
** a digit, an opening quote, or a bracket before an upper-case letter. */
static int starts_sentence(const char *z, size_t n, size_t i) {
  if (i >= n) return 0;
  if (upper_at(z, n, i) || is_digit((unsigned char)z[i]) || opener_len(z, n, i)) return 1;
  return (z[i] == '(' || z[i] == '[') && upper_at(z, n, i + 1);
}

static int word_in(const char *z, size_t n, const char *const *az) {
  for (; *az; az++)
    if (strlen(*az) == n && memcmp(z, *az, n) == 0) return 1;
  return 0;
}

enum { AB_NONE, AB_NOSPLIT, AB_AMBIG };

/* What the word before the '.' at z[j] says about a sentence break there:
** AB_NOSPLIT for titles, months and the like (always followed by more of the
** sentence), AB_AMBIG for initials, initialisms (U.S.) and company suffixes,
** which end sentences as often as not, AB_NONE for ordinary words. */
static int abbrev_class(const char *z, size_t a, size_t j) {
  static const char *const azNo[] = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl",
      "Pvt", "Adm", "Brig", "Cmdr", "Sen", "Rep", "Gov", "Pres", "Amb", "Rev", "Hon", "Messrs",
      "St", "Mt", "No", "Nos", "vs", "Vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec", "Fig", "Figs", "Vol", "pp", "approx", "cf", "viz", NULL};
  static const char *const azAmbig[] = {"Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Bros", "al", NULL};
  size_t p = j;
  while (p > a && is_alpha((unsigned char)z[p - 1])) p--;
  size_t len = j - p;
  if (len == 0) return AB_NONE;
  if (len == 1) return is_lower((unsigned char)z[p]) ? AB_NOSPLIT : AB_AMBIG;
  if (word_in(z + p, len, azNo)) return AB_NOSPLIT;
  if (word_in(z + p, len, azAmbig)) return AB_AMBIG;
  return AB_NONE;
}

/* 1 if the word at z[i] is one that typically opens a sentence, which settles
** an ambiguous abbreviation before it ("the U.S. The Kremlin said"). */
static int opening_word(const char *z, size_t n, size_t i) {
  static const char *const az[] = {
      "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "In",
      "On", "At", "But", "However", "A", "An", "As", "After", "Before", "Since", "While", "When",
      "Meanwhile", "Moreover", "And", "Yet", "Such", "There", "Their", "His", "Her", "Our",
      "According", "Also", "Then", "Thus", "If", "Although", "Despite", "During", "For", "From",
      "Following", "Separately", "Some", "Many", "Most", "Both", NULL};
  size_t k = i;
  while (k < n && is_alpha((unsigned char)z[k])) k++;
  return k > i && word_in(z + i, k - i, az);
}

/* Classifies the line z[a..b) and finds where its text starts. */
static SLine classify(const char *z, size_t a, size_t b) {
  SLine l = {a, b, a, L_TEXT};
  size_t s = a, e = b;
  while (s < e && is_space((unsigned char)z[s])) s++;
  while (e > s && is_space((unsigned char)z[e - 1])) e--;
  l.c = s;
  if (s == e) {
    l.kind = L_BLANK;
    return l;
  }
  if (z[s] == '#') {
    size_t k = s;
    while (k < e && z[k] == '#') k++;
    if (k == e || text_is_blank((unsigned char)z[k])) {
      l.kind = L_HEAD;
      return l;
    }
  }
  size_t nRule = 0, k = s;
  while (k < e && (strchr("-*_=", z[k]) || text_is_blank((unsigned char)z[k]))) nRule += !text_is_blank((unsigned char)z[k++]);
  if (k == e && nRule >= 3) {
    l.kind = L_RULE;
    return l;
  }
  size_t m = 0;
  if ((z[s] == '-' || z[s] == '*' || z[s] == '+') && s + 1 < e && text_is_blank((unsigned char)z[s + 1])) m = 1;
  else if (u8_is(z, e, s, 0xE2, 0x80, 0xA2) || u8_is(z, e, s, 0xE2, 0x96, 0xAA) ||
           u8_is(z, e, s, 0xE2, 0x97, 0x8F) || u8_is(z, e, s, 0xE2, 0x97, 0xA6) ||
           u8_is(z, e, s, 0xEF, 0x82, 0xA7))
    m = 3;   /* bullet, small square, circle, white bullet, PDF Wingdings bullet */
  else if (is_digit((unsigned char)z[s])) {
    size_t d = s;
    while (d < e && is_digit((unsigned char)z[d]) && d - s < 3) d++;
    if (d < e && (z[d] == '.' || z[d] == ')') && d + 1 < e && text_is_blank((unsigned char)z[d + 1]))
      m = d + 1 - s;
  }
  if (m) {
    size_t c = s + m;
    while (c < e && text_is_blank((unsigned char)z[c])) c++;
    if (c < e) {
      l.kind = L_BULLET;
      l.c = c;
    }
  }
  return l;
}

/* 1 if the trimmed text z[a..b) ends with . ! ? (before closing quotes). */
static int ends_sentence(const char *z, size_t a, size_t b) {
  while (b > a && is_space((unsigned char)z[b - 1])) b--;
  for (;;) {
    if (b > a && strchr("\"')]", z[b - 1])) b--;
    else if (b - a >= 3 && (u8_is(z, b, b - 3, 0xE2, 0x80, 0x9D) || u8_is(z, b, b - 3, 0xE2, 0x80, 0x99)))
      b -= 3;
    else break;
  }
  return b > a && strchr(".!?", z[b - 1]);
}

/* 1 if the unpunctuated short line z[a..b) reads as a news headline rather
** than a section heading: four words or more, opening with a capital, a digit
** or a quote, and at least two words set in lower case that are not function
** words ("Russia expels 10 U.S. diplomats", "Three soldiers killed in Mali
** ambush"), as sentence-case headline grammar writes its verbs and nouns.
** Title-case headings ("Key Judgments", "Russia's Leverage over Minsk") and
** bylines keep fewer lower-case content words and stay headings. */
static int reads_as_headline(const char *z, size_t a, size_t b) {
  static const char *const azFn[] = {
      "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "by", "with", "from",
      "over", "as", "vs", "via", "per", "into", "about", "its", "their", "his", "her", "pm",
      "am", "st", "nd", "rd", "th", "de", "la", "le", "du", "des", "von", "van", NULL};
  if (text_word_count(z, a, b) < 4 || !starts_sentence(z, b, a)) return 0;
  int nLower = 0;
  for (size_t i = a; i < b;) {
    while (i < b && !is_alpha((unsigned char)z[i])) i++;
    size_t k = i;
    while (k < b && (is_alpha((unsigned char)z[k]) || z[k] == '-' || z[k] == '\'')) k++;
    if (k > i && i > a && !is_alpha((unsigned char)z[i - 1]) && z[i - 1] != '/' &&
        z[i - 1] != '.' && z[i - 1] != '@' && !is_upper((unsigned char)z[i]) &&
        !word_in(z + i, k - i, azFn))
      nLower++;
    if (k == i) k++;
    i = k;
  }
  return nLower >= 2;
}

/* Contract: 1 if the line z[a..b) opens with a wire dateline: an all-caps
** place ("KYIV", "THE HAGUE", "PORT-AU-PRINCE"), optionally a comma and a
** short region or date ("KYIV, Ukraine", "BEIJING, May 3"), optionally a wire
** name in brackets ("(AP)", "(Reuters)"), then a dash. Why: a headline over a
** dateline lead is a news item's title, whatever its case, not a section heading. */
static int opens_with_dateline(const char *z, size_t a, size_t b) {
  size_t i = a;
  while (i < b && text_is_blank((unsigned char)z[i])) i++;
  int nUpper = 0;
  while (i < b) {
    unsigned char ch = (unsigned char)z[i];
    if (is_upper(ch)) nUpper++;
    else if (!(ch == '-' || ch == '\'' || ch == '.' || ch == ' ' || ch >= 0x80)) break;
    if (ch == ' ' && i + 1 < b && (z[i + 1] == '(' || z[i + 1] == '-' || (unsigned char)z[i + 1] == 0xE2))
      break;
    i++;
  }
  if (nUpper < 2 || i >= b) return 0;
  if (z[i] == ',') {   /* a region or date: up to a bracket or a dash, briefly */
    size_t e = i + 40 < b ? i + 40 : b;
    while (i < e && z[i] != '(' && !(z[i] == '-' && i > a && z[i - 1] == ' ') &&
           !((unsigned char)z[i] == 0xE2 && z[i - 1] == ' '))
      i++;
    if (i >= e) return 0;
  }
  while (i < b && z[i] == ' ') i++;
  if (i < b && z[i] == '(') {   /* the wire's name */
    size_t e = i + 30 < b ? i + 30 : b;
    while (i < e && z[i] != ')') i++;
    if (i >= e) return 0;
    i++;
    while (i < b && z[i] == ' ') i++;
  }
  if (i < b && z[i] == '-') return 1;
  return b - i >= 3 && (unsigned char)z[i] == 0xE2 && (unsigned char)z[i + 1] == 0x80 &&
         ((unsigned char)z[i + 2] == 0x94 || (unsigned char)z[i + 2] == 0x93);
}

/* Contract: 1 if the next non-blank line after line k opens with a wire
** dateline (opens_with_dateline). Why: a feed item's title line stands over
** its dated lead, and must be coded as a sentence. */
static int dateline_lead_follows(const char *z, const SLine *aLine, size_t nLine, size_t k) {
  size_t j = k + 1;
  while (j < nLine && aLine[j].kind == L_BLANK) j++;
  return j < nLine && aLine[j].kind == L_TEXT && opens_with_dateline(z, aLine[j].c, aLine[j].b);
}

/* ---- building sentences ------------------------------------------------------- */

static int notes_add(NoteList *p, int n) {
  for (size_t k = 0; k < p->n; k++)
    if (p->a[k] == n) return 1;
  if (!vec_grow((void **)&p->a, &p->nAlloc, p->n, sizeof(int))) return 0;
  p->a[p->n++] = n;
  return 1;
}

/* Appends the notes in p to the last sentence (a marker with no text of its
** own follows the sentence before it). 0 on OOM. */
static int notes_to_last(tocsin_doc *d, const NoteList *p) {
  tocsin_sentence *s = &d->aSent[d->nSent - 1];
  int *a = arena_alloc(d->pArena, (s->nNote + p->n) * sizeof(int));
  if (!a) return 0;
  size_t n = s->nNote;
  if (n) memcpy(a, s->aNote, n * sizeof(int));
  for (size_t k = 0; k < p->n; k++) {
    int bHave = 0;
    for (size_t j = 0; j < n; j++) bHave |= a[j] == p->a[k];
    if (!bHave) a[n++] = p->a[k];
  }
  s->aNote = a;
  s->nNote = n;
  return 1;
}

typedef struct Splitter {
  tocsin_doc *d;
  const Text *t;
  Buf text;          /* zText being built */
  NoteList notes;    /* notes of the sentence being built (or orphaned) */
} Splitter;

/* Contract: adds body bytes [s, e) as one sentence: zText without markers,
** blanks collapsed; notes from its markers; start/end original offsets. An
** empty sentence adds nothing, its notes go to the sentence before (or, if
** none, wait for the next one). Returns 0 on OOM. */
static int emit_sentence(Splitter *p, size_t s, size_t e) {
  const Text *t = p->t;
  const char *z = t->z;
  tocsin_doc *d = p->d;
  while (s < e && is_space((unsigned char)z[s])) s++;
  while (e > s && is_space((unsigned char)z[e - 1])) e--;
  if (s >= e) return 1;
  p->text.n = 0;
  int bSpace = 0, bMarker = 0;
  for (size_t i = s; i < e;) {
    size_t m = text_marker_len(z, e, i);
    if (m) {
      int v = 0;
      for (size_t k = i + 1; k < i + m - 1; k++) v = v * 10 + (z[k] - '0');
      if (!notes_add(&p->notes, v)) return 0;
      bMarker = 1;
      i += m;
      continue;
    }
    unsigned char c = (unsigned char)z[i];
    if (is_space(c)) {
      bSpace = 1;
      i++;
      continue;
    }
    /* "Lukashenko {3}." -> "Lukashenko." */
    if (bSpace && p->text.n && !(bMarker && strchr(".,;:!?)]", (char)c))) buf_putc(&p->text, ' ');
    bSpace = bMarker = 0;
    buf_putc(&p->text, (char)c);
    i++;
  }
  if (p->text.bOom) return 0;
  if (p->text.n == 0) {
    if (d->nSent && p->notes.n) {
      if (!notes_to_last(d, &p->notes)) return 0;
      p->notes.n = 0;
    }
    return 1;
  }
  if (!vec_grow((void **)&d->aSent, &d->nSentAlloc, d->nSent, sizeof(tocsin_sentence))) return 0;
  tocsin_sentence *pS = &d->aSent[d->nSent];
  memset(pS, 0, sizeof(*pS));
  pS->i = d->nSent;
  pS->start = t->aOff[s];
  /* The byte after the sentence gives its end, so that markup the cleaner
  ** removed (a "</sup>" after a marker, an entity) stays inside; blanks in
  ** the original before that byte do not. */
  size_t end = t->aOff[e], endMin = t->aOff[e - 1] + 1;
  if (end < endMin) end = endMin;
  while (d->zOrig && end > endMin && end <= d->nOrig && is_space((unsigned char)d->zOrig[end - 1])) end--;
  pS->end = end;
  char *zText = arena_strndup(d->pArena, p->text.z, p->text.n);
  if (!zText) return 0;
  pS->zText = zText;
  if (p->notes.n) {
    int *a = arena_alloc(d->pArena, p->notes.n * sizeof(int));
    if (!a) return 0;
    memcpy(a, p->notes.a, p->notes.n * sizeof(int));
    pS->aNote = a;
    pS->nNote = p->notes.n;
  }
  p->notes.n = 0;
  d->nSent++;
  return 1;
}

/* Contract: splits the block z[s..e) (a paragraph or list item) into
** sentences at . ! ? followed by blanks and a sentence opening, honouring
** abbreviations, initials and decimals. Markers right after the end
** punctuation belong to the sentence before. 0 on OOM. */
static int split_block(Splitter *p, size_t s, size_t e) {
  const char *z = p->t->z;
  size_t j = s;
  while (j < e) {
    size_t m = text_marker_len(z, e, j);
    if (m) {
      j += m;
      continue;
    }
    char c = z[j];
    if (c != '.' && c != '!' && c != '?') {
      j++;
      continue;
    }
    size_t k = j + 1;
    int bMarker = 0;
    while (k < e && (z[k] == '.' || z[k] == '!' || z[k] == '?')) k++;
    for (;;) {
      if ((m = closer_len(z, e, k)) != 0) k += m;
      else if ((m = text_marker_len(z, e, k)) != 0) k += m, bMarker = 1;
      else break;
    }
    if (k >= e) break;
    /* "the ministry.1 The Border Guard": a note number glued after a word
    ** of four or more lower-case letters, with no note to confirm it (the
    ** clean stage marks only numbers whose note exists), still ends the
    ** sentence when a capital follows; the digits stay in its text (issue 4
    ** dev49: two sentences of a warning update were coded as one) */
    if (c == '.' && k == j + 1 && !bMarker && is_digit((unsigned char)z[k]) && j >= 4) {
      size_t d = k, w = j;
      while (d < e && d < k + 3 && is_digit((unsigned char)z[d])) d++;
      while (w > s && is_lower((unsigned char)z[w - 1])) w--;
      if (j - w >= 4 && (w == s || !is_alnum((unsigned char)z[w - 1])) && d < e && d - k <= 2 &&
          is_space((unsigned char)z[d]) && d + 1 < e && upper_at(z, e, d + 1)) {
        if (!emit_sentence(p, s, d)) return 0;
        s = j = d + 1;
        continue;
      }
    }
    if (!is_space((unsigned char)z[k]) && !(bMarker && upper_at(z, e, k))) {
      /* "3.5", "U.S.", a URL; but "Monday.{8}The": the marker shows the end */
      j = k;
      continue;
    }
    size_t iEnd = k, iNext = k;
    for (;;) {
      if (iNext < e && is_space((unsigned char)z[iNext])) iNext++;
      else if ((m = text_marker_len(z, e, iNext)) != 0) iEnd = iNext += m;
      else break;
    }
    if (iNext >= e) break;
    int bSplit = starts_sentence(z, e, iNext);
    if (bSplit && c == '.' && z[j + 1] != '.') {
      int cls = abbrev_class(z, s, j);
      if (cls == AB_NOSPLIT) bSplit = 0;
      else if (cls == AB_AMBIG) bSplit = opening_word(z, e, iNext) || opener_len(z, e, iNext);
    }
    if (bSplit) {
      if (!emit_sentence(p, s, iEnd)) return 0;
      s = iNext;
    }
    j = iNext;
  }
  return emit_sentence(p, s, e);
}

/* Contract: splits body (cleaned text with inline markers) into sentences
** appended to d->aSent. Blank lines separate paragraphs; Markdown headings,
** rules and short unpunctuated lines standing alone are skipped; each list
** item starts its own sentence, without its bullet. Returns 1, or 0 on OOM. */
int sentences_split(tocsin_doc *d, const Text *body) {
  const char *z = body->z;
  SLine *aLine = NULL;
  size_t nLine = 0, nAlloc = 0;
  Splitter sp;
  memset(&sp, 0, sizeof(sp));
  sp.d = d;
  sp.t = body;
  buf_init(&sp.text);
  int ok = 0;
  for (size_t i = 0; i < body->n;) {
    const char *q = memchr(z + i, '\n', body->n - i);
    size_t e = q ? (size_t)(q - z) : body->n;
    if (!vec_grow((void **)&aLine, &nAlloc, nLine, sizeof(SLine))) goto done;
    aLine[nLine++] = classify(z, i, e);
    i = e + 1;
  }
  int bOpen = 0;
  size_t bs = 0, be = 0;
  for (size_t k = 0; k < nLine; k++) {
    SLine l = aLine[k];
    if (l.kind != L_TEXT && bOpen) {
      if (!split_block(&sp, bs, be)) goto done;
      bOpen = 0;
    }
    if (l.kind == L_BULLET) {
      bOpen = 1;
      bs = l.c;
      be = l.b;
      continue;
    }
    if (l.kind != L_TEXT) continue;
    if (bOpen) {
      be = l.b;
      continue;
    }
    /* a short line standing alone without end punctuation is a heading,
    ** unless it carries a note marker (then it is a statement to keep) */
    int kNext = k + 1 < nLine ? aLine[k + 1].kind : L_BLANK;
    if (kNext != L_TEXT && text_word_count(z, l.c, l.b) < HEADING_MAX_WORDS &&
        !ends_sentence(z, l.c, l.b) && !memchr(z + l.c, MARK_OPEN, l.b - l.c) &&
        !reads_as_headline(z, l.c, l.b) &&
        !(text_word_count(z, l.c, l.b) >= 3 && dateline_lead_follows(z, aLine, nLine, k)))
      continue;
    bOpen = 1;
    bs = l.c;
    be = l.b;
  }
  if (bOpen && !split_block(&sp, bs, be)) goto done;
  ok = 1;
done:
  free(aLine);
  free(sp.notes.a);
  buf_free(&sp.text);
  return ok;
}

int sentences_one(tocsin_doc *d, const Text *body, int bLines) {
  Splitter sp;
  memset(&sp, 0, sizeof(sp));
  sp.d = d;
  sp.t = body;
  buf_init(&sp.text);
  int ok = 1;
  if (!bLines) ok = emit_sentence(&sp, 0, body->n);
  for (size_t i = 0; bLines && ok && i < body->n;) {
    const char *q = memchr(body->z + i, '\n', body->n - i);
    size_t e = q ? (size_t)(q - body->z) : body->n;
    ok = emit_sentence(&sp, i, e);
    i = e + 1;
  }
  free(sp.notes.a);
  buf_free(&sp.text);
  return ok;
}

/* Contract: makes the document's title (d->zTitle, the first line of the
** input) its first sentence, before the body's; the rest are renumbered.
** Why: a feed article's "title" field is known to be its headline, an event
** to code, where a plain document's first line may be a mere title. Nothing
** is done when there is no title. Returns 0 on OOM. */
int sentences_title_first(tocsin_doc *d) {
  if (!d->zTitle || !d->zTitle[0]) return 1;
  size_t a = 0;
  while (a < d->nOrig && is_space((unsigned char)d->zOrig[a])) a++;
  const char *q = memchr(d->zOrig + a, '\n', d->nOrig - a);
  size_t b = q ? (size_t)(q - d->zOrig) : d->nOrig;
  while (b > a && is_space((unsigned char)d->zOrig[b - 1])) b--;
  if (b <= a) return 1;
  if (!vec_grow((void **)&d->aSent, &d->nSentAlloc, d->nSent, sizeof(tocsin_sentence))) return 0;
  memmove(d->aSent + 1, d->aSent, d->nSent * sizeof(tocsin_sentence));
  d->nSent++;
  memset(&d->aSent[0], 0, sizeof(tocsin_sentence));
  d->aSent[0].start = a;
  d->aSent[0].end = b;
  d->aSent[0].zText = d->zTitle;
  for (size_t k = 0; k < d->nSent; k++) d->aSent[k].i = k;
  return 1;
}
