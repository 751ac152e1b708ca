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
  TOCSIN_EFORMAT,  /* input format not understood */
  TOCSIN_ESTORE    /* the event store is corrupt, locked, too new or cannot be written */
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
  /* TABARI/PETRARCH sets only, filled by tocsin_dict_pattern_stats (0 otherwise):
  ** actor and agent phrases (synonyms and plurals each count), root verbs,
  ** patterns attached to them, named synsets, discard and issue phrases, and
  ** distinct dictionary words */
  size_t nPatActors, nPatAgents, nPatVerbs, nPatPatterns, nPatSynsets, nPatDiscards, nPatIssues, nPatWords;
} tocsin_dict_stats;
void tocsin_dict_get_stats(const tocsin_dict *pDict, tocsin_dict_stats *pStats);

/* ---- dictionary tools: `tocsin dict check|who|verb` (docs/dictionaries.md) ---- */

/* One problem found by tocsin_dict_check, at the dictionary line it concerns. */
typedef struct tocsin_dict_finding {
  const char *zFile;      /* the dictionary file */
  int iLine;              /* 1-based line */
  int bError;             /* 1 error, 0 warning */
  const char *zCheck;     /* "conflict", "duplicate", "overlap", "pattern-conflict",
                          ** "pattern-duplicate", "no-forms", "lemma-form", "never-matches",
                          ** "too-many" */
  const char *zMsg;       /* what is wrong, naming the other line where there is one */
} tocsin_dict_finding;
typedef void (*tocsin_finding_fn)(void *pArg, const tocsin_dict_finding *pFinding);

/* Audits a loaded dictionary set: a phrase with different codes within one kind
** of entry (an error for people, organisations and countries), overlapping role
** ranges of a person with different codes, a verb pattern under two codes, a
** pattern lemma without forms, phrases that can never match. Each finding goes
** to xFinding (in file order per check); *pnError and *pnWarn (may be NULL) get
** the counts. TOCSIN_OK or TOCSIN_ENOMEM. */
int tocsin_dict_check(const tocsin_dict *pDict, tocsin_finding_fn xFinding, void *pArg,
                      size_t *pnError, size_t *pnWarn, tocsin_error *pErr);

/* A person's role line as tocsin_dict_who reports it. */
typedef struct tocsin_dict_role {
  const char *zCode;
  char zFrom[11], zTo[11];  /* YYYY-MM-DD, "*" for the default line, "-" open */
  int bApplies;           /* the role coded on the date asked about */
  const char *zFile; int iLine;
} tocsin_dict_role;

/* One dictionary entry matched by (part of) a phrase. */
typedef struct tocsin_dict_entry {
  const char *zText;      /* the words of the phrase this entry matched */
  const char *zKind;      /* "country" "demonym" "capital" "metonym" "place" "org" "agent" "person"
                          ** ("person she" for a woman) "ignore" */
  const char *zCode;      /* actor code (for a person: the code on the date), or NULL */
  const char *zCountry, *zOrg, *zRole, *zName;   /* or NULL */
  int bCaseOk;            /* 0: the words as written would not match (a name must end capitalised) */
  const char *zFile; int iLine;
  const tocsin_dict_role *aRole; size_t nRole;   /* people only */
} tocsin_dict_entry;
typedef void (*tocsin_entry_fn)(void *pArg, const tocsin_dict_entry *pEntry);

/* Looks zPhrase up the way the coder does (longest match from each word) and
** hands every entry each part matches to xEntry. zDate (YYYY-MM-DD, or NULL:
** the latest role) picks a person's role. Returns TOCSIN_OK (also when nothing
** matched: *pnFound, which may be NULL, gets the number of entries), EARG for a
** bad date, ENOMEM. */
int tocsin_dict_who(const tocsin_dict *pDict, const char *zPhrase, const char *zDate, tocsin_entry_fn xEntry,
                    void *pArg, size_t *pnFound, tocsin_error *pErr);

/* One verb pattern that matches a fragment, as tocsin_dict_verb reports it. */
typedef struct tocsin_dict_verb_match {
  size_t iWord;           /* 0-based token of the verb form in the fragment */
  const char *zForm;      /* the surface word */
  const char *zLemma;
  const char *zForms;     /* which forms the word is: "past", "base 3s", ... */
  const char *zPattern;   /* the pattern as written */
  const char *zMatched;   /* the words it covers */
  int nLiteral;           /* literal words matched: the most wins */
  int bWinner;            /* the pattern the coder picks at this word */
  const char *zCode, *zName, *zPlover;   /* CAMEO code and name; PLOVER or NULL */
  double goldstein;
  const char *zFile; int iLine;
} tocsin_dict_verb_match;
typedef void (*tocsin_verb_fn)(void *pArg, const tocsin_dict_verb_match *pMatch);

/* Tokenizes zText as a sentence fragment and, at each word that is a verb form
** (words covered by an earlier winner are skipped, as in coding), hands each
** pattern that matches to xMatch: the winner first, then the candidates it
** beat. *pnFound (may be NULL) gets the number of matches. */
int tocsin_dict_verb(const tocsin_dict *pDict, const char *zText, tocsin_verb_fn xMatch, void *pArg,
                     size_t *pnFound, tocsin_error *pErr);

/* ==== dictionaries in the field's formats: TABARI and PETRARCH ============ */
/* (src/dict/pattern/, docs/dictionaries.md "TABARI and PETRARCH formats")
** A dictionary set is named by one or more specs, combined in order into one
** tocsin_dict that codes with TABARI's pattern semantics (src/code/pattern/):
**   tabari:FILE.project      the .actors/.verbs/.agents/.options files it names
**   tabari-actors:FILE  tabari-agents:FILE  tabari-verbs:FILE  tabari-options:FILE
**   petrarch:DIR             CAMEO.2.0.txt, Phoenix.*.actors.txt, Phoenix.agents.txt,
**                            Phoenix.discards.txt, Phoenix.IssueCoding.txt in DIR
**   petrarch-actors:FILE  petrarch-agents:FILE  petrarch-verbs:FILE
**   petrarch-discards:FILE  petrarch-issues:FILE
** so actors may come from one set and verbs from another. A malformed line is
** TOCSIN_EDICT naming file, line, column and what was expected. */
tocsin_dict *tocsin_dict_load_specs(const char *const *azSpec, size_t nSpec, tocsin_error *pErr);

/* Lines of a TABARI/PETRARCH set that were skipped as those programs skip
** them (an entry without a code, a broken date restriction, an unclosed
** "{" in a pattern): their number, and in *pzFirst (when not NULL) the first
** one's message "FILE:LINE:COL: what was expected". 0 for other sets. */
size_t tocsin_dict_warnings(const tocsin_dict *pDict, const char **pzFirst);

/* Nonzero when pDict was loaded from TABARI/PETRARCH specs. */
int tocsin_dict_is_pattern(const tocsin_dict *pDict);

/* Fills the nPat* fields of *pStats for a TABARI/PETRARCH set (zeroes them
** for other dictionaries), leaving the other fields as they are: call it
** after tocsin_dict_get_stats. */
void tocsin_dict_pattern_stats(const tocsin_dict *pDict, tocsin_dict_stats *pStats);

/* Applies one TABARI options line ("SET: TIME SHIFT = FALSE",
** "COMPLEX: VERBS[5] CONJ[4]") or a PETRARCH config assignment
** ("name=value") to a pattern dictionary, as validation records do. EARG
** when the line is not understood or pDict is not a pattern dictionary.
** (The dictionary is then no longer safe to share between threads while
** options change.) */
int tocsin_dict_option(tocsin_dict *pDict, const char *zLine, tocsin_error *pErr);

/* Nonzero when the pattern dictionary shifts event dates by its <TIME>
** phrases (on when a .verbs file has them, "SET: TIME SHIFT = FALSE" turns it
** off); 0 for other dictionaries. */
int tocsin_dict_time_shift(const tocsin_dict *pDict);

/* ---- documents ------------------------------------------------------- */

typedef struct tocsin_options {
  const char *zDate;      /* fallback document date YYYY-MM-DD when no byline date; NULL: none */
  int bDateOverride;      /* nonzero: zDate wins over the byline date */
  size_t nMaxBytes;       /* 0: default 64 MiB */
  size_t nMaxLine;        /* longest line accepted in bytes; 0: default 1 MiB */
  /* input formats (see "input formats" at the end of this header) */
  int iType;              /* TOCSIN_TYPE_*; 0 (AUTO): detected from the content */
  double rTimeLimit;      /* seconds one document may take to convert (PDF, OCR); 0: default 300 */
  int bOneSentence;       /* 1: the whole text is one sentence (a validation record,
                          ** a headline); 2: each line is one sentence (a story
                          ** given sentence by sentence); no title, notes or
                          ** splitting either way. 0: find them. */
  int bTrace;             /* nonzero: tocsin_doc_code() records what each of the default
                          ** coder's passes changed, read by tocsin_doc_trace() */
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

/* With tocsin_options.bTrace, the text of the last tocsin_doc_code() run:
** per sentence its mentions and verb hits after each pass that changed them
** ("+"/"-" lines), then the events coded. For the pattern coder (TABARI,
** PETRARCH dictionaries) one line says there are no passes. NULL when the
** document was parsed without bTrace or not coded; owned by the document. */
const char *tocsin_doc_trace(const tocsin_doc *pDoc);

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
  const char *zIssues;      /* issue codes of the sentence, comma-separated (PETRARCH
                            ** issue coding: Phoenix.IssueCoding.txt), or NULL */
  tocsin_actor reporter;    /* who the text says told a "reported" event (a state or
                            ** body: "Ukraine's military said ...", "..., Amnesty said");
                            ** all fields NULL when none is named or the mood is not
                            ** "reported" */
} tocsin_event;

const char *tocsin_doc_path(const tocsin_doc *pDoc);
const char *tocsin_doc_title(const tocsin_doc *pDoc);        /* or NULL */
/* The author(s) named by the byline ("By Jane Doe", "Mara Velychko and
** Daniel Ortis", an HTML meta author, a JSONL "author"), or NULL. */
const char *tocsin_doc_author(const tocsin_doc *pDoc);
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
/* Which dictionary lines fired for event i, as a JSON object:
** {"source":"FILE:LINE","target":"FILE:LINE","verb":"FILE:LINE: PATTERN"};
** composed actors list each line joined by " + " (demonym + agent). Owned by
** the document; NULL when i is out of range or on out-of-memory. */
const char *tocsin_event_explain(tocsin_doc *pDoc, size_t i);

/* ---- output ------------------------------------------------------------ */
/* Each renders into a string owned by the document (valid until the next
** render call of the same kind or tocsin_doc_free) and returns it; *pn gets
** its length. NULL on out-of-memory. */
const char *tocsin_doc_json(tocsin_doc *pDoc, size_t *pn);          /* `tocsin doc` */
const char *tocsin_events_jsonl(tocsin_doc *pDoc, size_t *pn);      /* one event per line */
const char *tocsin_events_tsv(tocsin_doc *pDoc, int bHeader, size_t *pn); /* GDELT-style */

/* Header row of the TSV format (static). */
const char *tocsin_tsv_header(void);

/* ==== the event store (src/store/, docs/store.md) ====================== */
/* An embedded SQLite database of documents, sentences, notes, URLs, merged
** events with all their mentions, judgments (forecasts) and alerts. Every
** failure is TOCSIN_ESTORE (or ENOMEM/EARG/EFORMAT) with a message naming the
** store file, what SQLite reported and what to do about it. */

typedef struct tocsin_store tocsin_store;

/* Opens zPath read-write, creating it when missing, in WAL mode, and brings
** an older schema up to date (each migration in its own transaction). A file
** that is not a tocsin store, is corrupt, was written by a newer tocsin, or is
** locked beyond the busy timeout gives NULL and TOCSIN_ESTORE. */
tocsin_store *tocsin_store_open(const char *zPath, tocsin_error *pErr);
/* Opens an existing store read-only (no migration; an out-of-date store is
** an error that says to run `tocsin ingest` first). Nothing can be written. */
tocsin_store *tocsin_store_open_readonly(const char *zPath, tocsin_error *pErr);
void tocsin_store_close(tocsin_store *pStore);
/* How long to wait for another writer before TOCSIN_ESTORE (default 5000 ms). */
void tocsin_store_busy_timeout(tocsin_store *pStore, int nMs);

/* What tocsin_store_ingest did with a document. */
enum { TOCSIN_INGEST_ADDED = 1, TOCSIN_INGEST_UNCHANGED, TOCSIN_INGEST_REPLACED };

typedef struct tocsin_ingest_result {
  int status;           /* TOCSIN_INGEST_* */
  long long iDoc;       /* the document's row id */
  size_t nSentence;     /* sentences stored */
  size_t nMention;      /* event mentions stored (one per coded event) */
  size_t nNewEvent;     /* of them, events not seen before */
  size_t nJudgment;     /* hedged, forecast or recommended statements kept */
  char zHash[65];       /* SHA-256 of the document's bytes, hex */
} tocsin_ingest_result;

/* Stores a parsed (and normally coded) document in ONE transaction: all its
** rows are in, or none are. The same bytes again change nothing (UNCHANGED);
** new bytes under a path already stored replace that version's rows
** (REPLACED; resolved forecast outcomes carry over to identical statements).
** Events are merged with those already stored by the rule of docs/store.md. */
int tocsin_store_ingest(tocsin_store *pStore, tocsin_doc *pDoc, tocsin_ingest_result *pRes,
                        tocsin_error *pErr);

/* Batches: between tocsin_store_begin and tocsin_store_commit, the ingests
** share one transaction, which commits at once (much faster for many small
** documents; a crash loses the uncommitted batch whole, never part of a
** document). A document refused before any write (EARG: one the store cannot
** keep; ENOMEM) leaves the batch open and whole. Any later failure (the
** store's: a full disk, an I/O error; memory) rolls the whole batch back, so
** no document is ever half-stored: tocsin_store_batch_open() is then 0 and
** the message counts the batch's documents that were not stored.
** tocsin_store_rollback abandons an open batch (a no-op without one), as
** does tocsin_store_close. */
int tocsin_store_begin(tocsin_store *pStore, tocsin_error *pErr);
int tocsin_store_commit(tocsin_store *pStore, tocsin_error *pErr);
int tocsin_store_rollback(tocsin_store *pStore);
/* 1 while a batch is open, else 0. */
int tocsin_store_batch_open(const tocsin_store *pStore);

/* Whether the store already holds a document with pDoc's exact bytes: 1 (and
** *piDoc its id when piDoc is not NULL), 0, or -1 with pErr set. Lets a caller
** skip coding documents that tocsin_store_ingest would find UNCHANGED. */
int tocsin_store_contains(tocsin_store *pStore, const tocsin_doc *pDoc, long long *piDoc, tocsin_error *pErr);

/* For a long ingest: copies the write-ahead log into the database file on a
** thread with a connection of its own (PASSIVE checkpoints, which never block
** the writer), instead of in the commits of pStore. tocsin_store_close stops
** the thread, then checkpoints the rest, so the database file is whole when
** it returns, as always. Durability and atomicity are unchanged. A read-write
** store only; TOCSIN_OK, or TOCSIN_ESTORE/ENOMEM (the store stays usable and
** checkpoints as before). */
int tocsin_store_checkpoint_background(tocsin_store *pStore, tocsin_error *pErr);

/* One result row handed to a tocsin_row_fn; valid only during the call. */
enum { TOCSIN_COL_NULL = 0, TOCSIN_COL_INT, TOCSIN_COL_FLOAT, TOCSIN_COL_TEXT };
typedef struct tocsin_row {
  int nCol;
  const char *const *azCol;   /* column names */
  const char *const *azVal;   /* values as text, NULL for SQL NULL */
  const int *aType;           /* TOCSIN_COL_* per column */
} tocsin_row;
/* Row callback: return nonzero to stop (the query still returns TOCSIN_OK). */
typedef int (*tocsin_row_fn)(void *pArg, const tocsin_row *pRow);

/* Event filter; NULL or empty fields match everything. Actor codes match by
** prefix ("RUS" matches RUSGOV), zCode by CAMEO code prefix ("04", "17"). */
typedef struct tocsin_filter {
  const char *zSource, *zTarget;
  const char *zCode;
  const char *zSince, *zUntil;  /* inclusive YYYY-MM-DD */
} tocsin_filter;

/* Merged events, oldest first, one row each; the columns follow the GDELT-
** style TSV (tocsin_tsv_header()) and end with mentions, sources, articles. */
int tocsin_store_events(tocsin_store *pStore, const tocsin_filter *pFilter, tocsin_row_fn xRow, void *pArg,
                        tocsin_error *pErr);
/* Runs read-only SQL (statements that would write are refused with EARG). */
int tocsin_store_sql(tocsin_store *pStore, const char *zSql, tocsin_row_fn xRow, void *pArg,
                     tocsin_error *pErr);
/* Full-text search over sentences, best first. By default each word of zQuery
** must occur (any order); bRaw passes zQuery to SQLite FTS5 as written. */
int tocsin_store_search(tocsin_store *pStore, const char *zQuery, int bRaw, int nLimit, tocsin_row_fn xRow,
                        void *pArg, tocsin_error *pErr);

/* Judgments (hedged, forecast, recommended statements), by due date; only
** those due before zDueBefore when it is given; bOpen: unresolved only. */
int tocsin_store_forecasts(tocsin_store *pStore, const char *zDueBefore, int bOpen, tocsin_row_fn xRow,
                           void *pArg, tocsin_error *pErr);
/* Records whether judgment iId came true (bYes). EARG when there is no such id. */
int tocsin_store_resolve(tocsin_store *pStore, long long iId, int bYes, tocsin_error *pErr);
/* Brier score and calibration per source (docs/store.md): per source one row
** with band "all", then one row per probability band. */
int tocsin_store_score(tocsin_store *pStore, tocsin_row_fn xRow, void *pArg, tocsin_error *pErr);

/* Evaluates the watch rules in zRules (the text of a rule file, docs/watch.md;
** zRulesPath names it in errors: EFORMAT with file and line) and stores every
** alert not raised before, with the events that triggered it; each new alert
** is also handed to xRow. *pnNew gets the number of new alerts. */
int tocsin_store_watch(tocsin_store *pStore, const char *zRules, const char *zRulesPath, tocsin_row_fn xRow,
                       void *pArg, int *pnNew, tocsin_error *pErr);


/* ==== input formats: PDF, scanned PDF, HTML, JSONL news streams ============ */
/* tocsin_doc_read_file() and tocsin_parser_finish() detect the type of their
** input from its bytes (or take tocsin_options.iType) and convert PDF and HTML
** into tocsin's text form before cleaning; a converted document's offsets point
** into that text form. A JSONL stream holds many documents: read it with
** tocsin_input_* (which also reads every other type, as one document). */

enum {
  TOCSIN_TYPE_AUTO = 0,   /* detect: %PDF-, <!DOCTYPE html / <html, JSON objects per line, else text */
  TOCSIN_TYPE_TEXT,
  TOCSIN_TYPE_HTML,
  TOCSIN_TYPE_PDF,
  TOCSIN_TYPE_JSONL
};

/* The type of z[0..n) judged from its content (never TOCSIN_TYPE_AUTO). */
int tocsin_detect_type(const char *z, size_t n);
/* "auto" "text" "html" "pdf" "jsonl" (static), and back: -1 for an unknown name. */
const char *tocsin_type_name(int iType);
int tocsin_type_from_name(const char *zName);

/* Converts a PDF or HTML document z[0..n) to the text form tocsin_doc_parse()
** reads; *pzOut (NUL-terminated, *pnOut bytes) is freed with tocsin_free(). */
int tocsin_convert(const char *z, size_t n, int iType, const char *zName,
                   const tocsin_options *pOpt, char **pzOut, size_t *pnOut, tocsin_error *pErr);
void tocsin_free(void *p);

/* An input: a file or stream yielding documents, one for most types, one per
** line for JSONL. */
typedef struct tocsin_input tocsin_input;

/* Metadata of the JSONL article that the last tocsin_input_next() returned.
** Strings are owned by the input and valid until the next call. */
typedef struct tocsin_article {
  size_t iLine;           /* 1-based line of the stream */
  const char *zId;        /* "id" (numbers rendered as text), or NULL */
  const char *zUrl;       /* "url", or NULL */
  const char *zPublished; /* "published" as given, or NULL */
  const char *zTitle;     /* "title", or NULL */
  const char *zExtraJson; /* the other fields as one JSON object ("{}" when none) */
} tocsin_article;

/* Opens a file (zPath), or reads from f when f is not NULL (not closed; zPath
** then only names it). NULL with pErr filled when it cannot be read. */
tocsin_input *tocsin_input_open(const char *zPath, void *f, const tocsin_options *pOpt,
                                tocsin_error *pErr);
/* The type being read (TOCSIN_TYPE_*). */
int tocsin_input_type(const tocsin_input *p);
/* The next document, or NULL: with pErr->code == TOCSIN_OK at the end of the
** input; with another code when this document or line could not be read (the
** message names the file and line) -- call again for the next one, except after
** TOCSIN_ENOMEM. */
tocsin_doc *tocsin_input_next(tocsin_input *p, tocsin_error *pErr);
/* The article behind the last document of a JSONL stream, else NULL. */
const tocsin_article *tocsin_input_article(const tocsin_input *p);
void tocsin_input_free(tocsin_input *p);

#ifdef __cplusplus
}
#endif
#endif /* TOCSIN_H */
