/*
** Internal types shared by the pipeline stages:
**
**   read -> clean -> structure -> code (+ judge) -> emit
**
** Order in core/doc.c: validate, clean_markup, clean_ocr, layout_find,
** notes_parse, clean_glued_markers (body only), sentences_split, code.
**
** Text flows between stages as a Text: a NUL-terminated byte string plus, for
** every byte, the offset in the original input it came from. A stage that
** rewrites text builds a new Text with a TextWriter, so offsets reported to the
** user (sentence start/end, repair "at") always point into the original file.
**
** Footnote markers, once recognised, travel inline as MARK_OPEN digits
** MARK_CLOSE (ASCII RS/US, which validated input never contains), so that
** later rewrites cannot separate a marker from the sentence it follows.
*/
#ifndef TOCSIN_INTERNAL_H
#define TOCSIN_INTERNAL_H

#include "tocsin.h"
#include "../util/util.h"

#define MARK_OPEN '\x1E'
#define MARK_CLOSE '\x1F'

typedef struct Text {
  char *z;        /* malloc'ed, NUL-terminated */
  size_t n;
  size_t *aOff;   /* aOff[i] = original offset of z[i]; aOff[n] = offset just past the end */
} Text;

void text_free(Text *t);
/* Identity-mapped copy of z[0..n) whose offsets start at base. 0 on OOM. */
int text_init(Text *t, const char *z, size_t n, size_t base);
/* Copy of in->z[i..i+n) with its offsets. 0 on OOM. */
int text_slice(Text *out, const Text *in, size_t i, size_t n);

/* Small lexical helpers shared by the stages. */
int text_is_blank(int c);   /* space, tab, CR, FF, VT (not newline) */
/* Length of the inline marker at z[i] (MARK_OPEN digits MARK_CLOSE), or 0. */
size_t text_marker_len(const char *z, size_t n, size_t i);
/* Number of blank-separated words in z[a..b). */
size_t text_word_count(const char *z, size_t a, size_t b);

typedef struct TextWriter {
  Buf b;
  size_t *aOff;
  size_t nAlloc;
  int bOom;
} TextWriter;

void tw_init(TextWriter *w);
/* Copies in->z[i..i+n) keeping each byte's original offset. */
void tw_copy(TextWriter *w, const Text *in, size_t i, size_t n);
/* Appends new bytes, all mapped to original offset at. */
void tw_emit(TextWriter *w, const char *z, size_t n, size_t at);
void tw_emitc(TextWriter *w, char c, size_t at);
/* Appends a footnote marker for note number n, mapped to at. */
void tw_marker(TextWriter *w, int n, size_t at);
/* Moves the result into *out (previous content of *out is NOT freed);
** endOff is the original offset just past the end. 0 on OOM (w is freed). */
int tw_finish(TextWriter *w, Text *out, size_t endOff);
void tw_free(TextWriter *w);

/* ---- the document ---------------------------------------------------------- */

struct tocsin_doc {
  Arena *pArena;
  char *zPath;
  char *zOrig;               /* the input as given (validated UTF-8) */
  size_t nOrig;
  char zSha256[65];          /* hex SHA-256 of zOrig once the store has asked, else "" */
  tocsin_options opt;

  char *zTitle;
  char *zAuthor;             /* byline author(s), or NULL */
  char zDate[11];            /* "" when unknown */
  const char *zDateSource;   /* "byline", "option", or NULL */
  size_t iBodyStart, iBodyEnd;  /* original offsets of the body (no title/byline/notes) */

  tocsin_sentence *aSent; size_t nSent, nSentAlloc;
  tocsin_note *aNote; size_t nNote, nNoteAlloc;
  tocsin_repair *aRepair; size_t nRepair, nRepairAlloc;
  tocsin_event *aEvent; size_t nEvent, nEventAlloc;
  /* per-event notes/sources, parallel to aEvent; and the dictionary lines
  ** that fired (for tocsin_event_explain: actor parts in text order, NULL-ended) */
  struct EventExtra {
    const int *aNote; size_t nNote; const char **azSource; size_t nSource;
    struct EventFired {
      const struct ActorEntry *apSrc[5], *apTgt[5];
      const struct VerbPattern *pPat;
      const char *zPreset;   /* the whole explanation, made by the pattern coder */
    } fired;
    const char *zExplain;   /* built on first request */
  } *aExtra;

  Buf outJson, outJsonl, outTsv;
  Buf trace;                 /* tocsin_doc_trace(): filled by tocsin_doc_code() when opt.bTrace */
};

/* Records a repair; zFrom/zTo are copied. Returns 0 on OOM. */
int doc_repair(tocsin_doc *d, const char *zKind, const char *zFrom, size_t nFrom,
               const char *zTo, size_t nTo, size_t at);
/* Sets an error message. */
void err_set(tocsin_error *pErr, int code, size_t pos, const char *zFmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- stage entry points ------------------------------------------------------ */

/* read/validate.c: checks bytes (UTF-8, NUL, empty, limits). */
int read_validate(const char *z, size_t n, const char *zPath, const tocsin_options *pOpt,
                  tocsin_error *pErr);

/* clean/markup.c: line endings, HTML entities, <sup>/LaTeX/Markdown footnote
** markers -> inline markers, stray tags, Markdown escapes and emphasis. */
int clean_markup(tocsin_doc *d, const Text *in, Text *out);

/* structure/layout.c: finds title, byline date and where the notes section
** starts. Offsets are into t. *piNotes == t->n when there is no notes section.
** Sets d->zTitle and d->zDate / d->zDateSource (byline). *piBody is the first
** byte after the title/byline block. */
int layout_find(tocsin_doc *d, const Text *t, size_t *piBody, size_t *piNotes);

/* structure/notes.c: recognises a note label at the start of the line
** z[0..n) ("12.", "[12]", "^12", a marker, ...); sets the note number, where
** its text starts and whether the label form is one only notes use. 1 if found. */
int structure_note_label(const char *z, size_t n, int *pN, size_t *piText, int *pbStrong);

/* structure/layout.c: 1 if the line z[0..n) is a notes heading ("Notes",
** "Endnotes", "References", ... with optional markup). */
int structure_is_notes_heading(const char *z, size_t n);

/* structure/notes.c: parses the notes section t->z[i..t->n) into d->aNote
** (sorted by number, duplicates merged and reported), with URLs refanged. */
int notes_parse(tocsin_doc *d, const Text *t, size_t i);

/* clean/ocr.c: OCR digit confusions inside numbers and dates in running text
** ("March I2, 2019", "38o21", "May l9"); URL-like tokens are left alone here
** (structure/notes.c repairs URL paths). Runs on the whole text before layout. */
int clean_ocr(tocsin_doc *d, const Text *in, Text *out);

/* clean/glued.c: footnote numbers glued to sentence ends ("on May 9.8",
** "sanctions.12 The") become inline markers, but only when a note with that
** number exists in d (notes are parsed first): evidence, not guesswork. */
int clean_glued_markers(tocsin_doc *d, const Text *in, Text *out);

/* structure/sentences.c: splits the body into sentences; strips inline
** markers into each sentence's note list. */
int sentences_split(tocsin_doc *d, const Text *body);
/* structure/sentences.c: the whole body as one sentence, or (bLines) each
** line as one sentence (options.bOneSentence 1 / 2). */
int sentences_one(tocsin_doc *d, const Text *body, int bLines);
/* structure/sentences.c: the title as the first sentence (a feed article's
** title field is its headline). 0 on OOM. */
int sentences_title_first(tocsin_doc *d);

/* emit/emit.c */
int emit_doc_json(tocsin_doc *d, Buf *b);
int emit_events_jsonl(tocsin_doc *d, Buf *b);
int emit_events_tsv(tocsin_doc *d, Buf *b, int bHeader);

#endif
