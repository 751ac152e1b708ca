/*
** tocsin: turn footnoted analytic reports and wire stories into coded event data.
**
** The public API. Two opaque handles:
**   tocsin_dict  compiled dictionaries (actors, agents, people, verbs, CAMEO table);
**                read-only once loaded, so one dict may serve many threads.
**   tocsin_doc   one document: its cleaned text, sentences, notes, repairs and
**                events. A doc owns all its memory (one arena); tocsin_doc_free()
**                releases everything, including every string handed out.
**
** Every call that can fail returns a result code (TOCSIN_OK == 0) or NULL and fills
** a tocsin_error with the code, a message and, where it applies, the byte offset
** and line of the input at fault. The library never prints, prompts or exits.
*/
#ifndef TOCSIN_H
#define TOCSIN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TOCSIN_VERSION "0.1.0"

/* Result codes. */
enum {
  TOCSIN_OK = 0,
  TOCSIN_ENOMEM,   /* out of memory */
  TOCSIN_EIO,      /* file cannot be opened or read */
  TOCSIN_EISDIR,   /* path names a directory */
  TOCSIN_EEMPTY,   /* input has no text */
  TOCSIN_EUTF8,    /* invalid UTF-8 (pos = first bad byte) */
  TOCSIN_ENUL,     /* NUL byte in text (pos = its offset) */
  TOCSIN_ELIMIT,   /* a configured limit was exceeded (size, line length) */
  TOCSIN_EDICT,    /* malformed dictionary line (zFile, line, col) */
  TOCSIN_EARG,     /* invalid argument (e.g. a bad --date) */
  TOCSIN_EFORMAT   /* input format not understood */
};

typedef struct tocsin_error {
  int code;           /* TOCSIN_* */
  char msg[512];      /* human-readable, names file and position where known */
  size_t pos;         /* byte offset in the input, or (size_t)-1 */
  size_t line;        /* 1-based line, or 0 when unknown */
  size_t col;         /* 1-based column (bytes), or 0 */
} tocsin_error;

/* Returns a static, constant name for a result code ("TOCSIN_EUTF8"). */
const char *tocsin_errstr(int code);

/* ---- dictionaries ---------------------------------------------------- */

typedef struct tocsin_dict tocsin_dict;

/* Loads every dictionary file of the default set: zDir (NULL: the compiled-in
** dict/ directory, or $TOCSIN_DICT when set) plus the generated ISO 3166 list.
** Returns NULL and fills pErr on failure. */
tocsin_dict *tocsin_dict_load(const char *zDir, tocsin_error *pErr);
void tocsin_dict_free(tocsin_dict *pDict);

/* Statistics for --version and benchmarks. */
typedef struct tocsin_dict_stats {
  size_t nActorPhrases, nPeople, nAgentPhrases, nVerbPatterns, nVerbForms, nCodes, nTokens;
} tocsin_dict_stats;
void tocsin_dict_get_stats(const tocsin_dict *pDict, tocsin_dict_stats *pStats);

/* ---- documents ------------------------------------------------------- */

typedef struct tocsin_options {
  const char *zDate;      /* fallback document date YYYY-MM-DD when no byline date; NULL: none */
  int bDateOverride;      /* nonzero: zDate wins over the byline date */
  size_t nMaxBytes;       /* 0: default 64 MiB */
  size_t nMaxLine;        /* longest line accepted in bytes; 0: default 1 MiB */
} tocsin_options;

void tocsin_options_init(tocsin_options *pOpt);

typedef struct tocsin_doc tocsin_doc;

/* One-shot: parse and clean a document held in memory (zText need not be
** NUL-terminated; it is copied). zPath names it in output and errors (may be NULL). */
tocsin_doc *tocsin_doc_parse(const char *zText, size_t nText, const char *zPath,
                             const tocsin_options *pOpt, tocsin_error *pErr);

/* Reads and parses a file. Errors name the file. */
tocsin_doc *tocsin_doc_read_file(const char *zPath, const tocsin_options *pOpt,
                                 tocsin_error *pErr);

/* Streaming: feed chunks as they arrive, then finish to get the document. */
typedef struct tocsin_parser tocsin_parser;
tocsin_parser *tocsin_parser_new(const char *zPath, const tocsin_options *pOpt);
int tocsin_parser_feed(tocsin_parser *p, const char *zChunk, size_t nChunk, tocsin_error *pErr);
tocsin_doc *tocsin_parser_finish(tocsin_parser *p, tocsin_error *pErr);
void tocsin_parser_free(tocsin_parser *p);

void tocsin_doc_free(tocsin_doc *pDoc);

/* Codes the document's sentences into events with pDict. Calling it again
** replaces the earlier events. */
int tocsin_doc_code(tocsin_doc *pDoc, const tocsin_dict *pDict, tocsin_error *pErr);

/* ---- reading a document's parts -------------------------------------- */
/* All strings are owned by the document and valid until tocsin_doc_free(). */

typedef struct tocsin_sentence {
  size_t i;             /* 0-based index */
  size_t start, end;    /* byte offsets [start, end) in the original input */
  const char *zText;    /* cleaned text without footnote markers */
  const int *aNote;     /* note numbers linked to this sentence */
  size_t nNote;
} tocsin_sentence;

typedef struct tocsin_note {
  int n;                /* the note's number */
  const char *zText;    /* cleaned note text, URLs refanged */
  const char **azUrl;   /* refanged URLs */
  const char **azDomain;/* their host names, lower case, without "www." */
  size_t nUrl;
} tocsin_note;

typedef struct tocsin_repair {
  const char *zKind;    /* e.g. "ocr-digit", "footnote-marker", "refang" */
  const char *zFrom;    /* the text as found */
  const char *zTo;      /* what it became */
  size_t at;            /* byte offset in the original input */
} tocsin_repair;

typedef struct tocsin_actor {
  const char *zCode;    /* CAMEO actor code, e.g. "RUSGOV" */
  const char *zCountry; /* ISO alpha-3 or NULL */
  const char *zOrg;     /* short organisation name or NULL */
  const char *zRole;    /* role code (GOV, MIL, OPP, ...) or NULL */
  const char *zText;    /* the words matched */
} tocsin_actor;

typedef struct tocsin_event {
  size_t iSentence;
  const char *zDate;        /* YYYY-MM-DD of the event, or NULL */
  const char *zDateText;    /* the words that gave the date, or "document date" */
  tocsin_actor source, target;
  const char *zEvent;       /* CAMEO code, leading zeros kept */
  const char *zRoot;        /* two-digit root */
  int quad;                 /* 1..4 */
  double goldstein;
  const char *zPlover;      /* PLOVER category, or NULL for CAMEO 01/02 */
  const char *zVerb;        /* the verb words matched */
  int bNegated;
  const char *zMood;        /* "fact" "reported" "estimate" "forecast" "recommendation" */
  const char *zHedge;       /* estimative words, or NULL */
  int bHasP;
  double p[2];              /* probability band when bHasP */
  const char *zLocName, *zLocCountry;  /* or NULL */
  const char *zDue;         /* forecast due date YYYY-MM-DD, or NULL */
} tocsin_event;

const char *tocsin_doc_path(const tocsin_doc *pDoc);
const char *tocsin_doc_title(const tocsin_doc *pDoc);        /* or NULL */
const char *tocsin_doc_date(const tocsin_doc *pDoc);         /* YYYY-MM-DD or NULL */
const char *tocsin_doc_date_source(const tocsin_doc *pDoc);  /* "byline" "option" or NULL */
size_t tocsin_doc_sentence_count(const tocsin_doc *pDoc);
const tocsin_sentence *tocsin_doc_sentence(const tocsin_doc *pDoc, size_t i);
size_t tocsin_doc_note_count(const tocsin_doc *pDoc);
const tocsin_note *tocsin_doc_note(const tocsin_doc *pDoc, size_t i);
const tocsin_note *tocsin_doc_find_note(const tocsin_doc *pDoc, int n);
size_t tocsin_doc_repair_count(const tocsin_doc *pDoc);
const tocsin_repair *tocsin_doc_repair(const tocsin_doc *pDoc, size_t i);
size_t tocsin_doc_event_count(const tocsin_doc *pDoc);
const tocsin_event *tocsin_doc_event(const tocsin_doc *pDoc, size_t i);

/* ---- output ------------------------------------------------------------ */
/* Each renders into a string owned by the document (valid until the next
** render call of the same kind or tocsin_doc_free) and returns it; *pn gets
** its length. NULL on out-of-memory. */
const char *tocsin_doc_json(tocsin_doc *pDoc, size_t *pn);          /* `tocsin doc` */
const char *tocsin_events_jsonl(tocsin_doc *pDoc, size_t *pn);      /* one event per line */
const char *tocsin_events_tsv(tocsin_doc *pDoc, int bHeader, size_t *pn); /* GDELT-style */

/* Header row of the TSV format (static). */
const char *tocsin_tsv_header(void);

#ifdef __cplusplus
}
#endif
#endif /* TOCSIN_H */
