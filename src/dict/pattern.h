/*
** Pattern dictionaries: the TABARI and PETRARCH formats (docs/dictionaries.md,
** "TABARI and PETRARCH formats"), compiled into one PatDict that the pattern
** coder (src/code/sparse.c) reads. Loaders: src/dict/tabari.c (.project,
** .actors, .agents, .verbs, .options) and src/dict/petrarch.c (CAMEO.2.0.txt
** and the Phoenix actors, agents, discards and issues). Several sets may be
** loaded into one PatDict: actors from one, verbs from another.
**
** Words are kept upper case, as TABARI compares them. A dictionary word
** either matches a text word exactly or, as a "stem", any text word it is a
** prefix of (TABARI's stemming); every word is also indexed by its interned id
** so that lookups walk the prefixes of a text word through one hash table
** instead of scanning strings.
*/
#ifndef TOCSIN_PATTERN_H
#define TOCSIN_PATTERN_H

#include "dict.h"

#include <limits.h>
#include <stdint.h>

typedef struct PatDict PatDict;

/* ---- phrases ------------------------------------------------------------ */
typedef enum PElemKind {
  PE_WORD = 1,   /* a word (exact or stem) */
  PE_VERB,       /* '*': where the verb sits */
  PE_SOURCE,     /* '$': the source actor */
  PE_TARGET,     /* '+': the target actor */
  PE_COMPOUND,   /* '%': a compound actor that is both source and target */
  PE_SKIP,       /* '^': skip one actor (or compound) without using it */
  PE_SYNSET,     /* '&NAME': any phrase of synset iSet */
  PE_ALT         /* '{ a | b }': any phrase of alternative group iSet */
} PElemKind;

typedef struct PElem {
  uint8_t kind;       /* PElemKind */
  uint8_t fNext;      /* joined to the next element by '_' or '~': must be adjacent */
  uint8_t fExact;     /* word ended in '_' (or '=' / inside a synset): whole word,
                      ** though regular endings still apply (see patdict_word_match) */
  uint8_t fNoEnd;     /* word ended in '=': no regular endings either */
  uint32_t iWord;     /* PE_WORD: interned id (lower case) */
  const char *z;      /* PE_WORD: upper-case text; PE_SYNSET: "&NAME" */
  uint32_t n;         /* strlen(z) */
  uint32_t iSet;      /* PE_SYNSET: synset index; PE_ALT: alternative group index */
} PElem;

typedef struct PPhrase {
  PElem *a;
  uint32_t n;
} PPhrase;

/* Flags for patdict_parse_phrase(): what the phrase may contain. */
#define PP_ACTOR   0x01  /* words only (actors, agents, nouns, discards) */
#define PP_PATTERN 0x02  /* verb pattern: one '*', may have $ + % ^ &SET {..|..} */
#define PP_ROOT    0x04  /* verb root or form: words only, '_' joins them */
#define PP_SYNSET  0x08  /* synset member: words and &SET, no stemming */

/* A named synset (&NAME) or an anonymous { a | b } group. */
typedef struct PSet {
  const char *zName;    /* "&TIETYPES", or NULL for { | } groups */
  PPhrase *a;
  size_t n, nAlloc;
} PSet;

/* ---- codes ---------------------------------------------------------------- */
/* One [...] block of an actor or agent: a code valid from..to (days since
** 1970-01-01, inclusive; INT32_MIN / INT32_MAX when open). zCode is as
** written after normalisation: "ARN", "ARN/GON" (coded compound), "~GOV" or
** "NGO~" (agents), "---" (null), "###" (discard), "+++" (complex). */
typedef struct PCode {
  const char *zCode;
  int32_t from, to;
  uint8_t bDated;       /* had a date restriction */
} PCode;

typedef enum PEntryKind {
  PK_ACTOR = 1, PK_AGENT, PK_NOUN, PK_ADJECTIVE, PK_TIME, PK_DISCARD, PK_ISSUE,
  PK_ATTRIB
} PEntryKind;

/* An actor, agent, noun, adjective, time-shift word, discard or issue phrase. */
typedef struct PEntry {
  uint8_t kind;         /* PEntryKind */
  uint8_t bStory;       /* discards: '+' story-level discard */
  PPhrase phrase;       /* words only */
  PCode *aCode;         /* actors/agents: code blocks in file order, the undated default last */
  uint32_t nCode;
  int32_t iShift;       /* PK_TIME: days (+7, -1); INT32_MIN for [###]-style "discard" */
  const char *zIssue;   /* PK_ISSUE: issue code; PK_ATTRIB: attribution code;
                        ** PK_TIME: "---", "###" or "+++" instead of a shift */
  uint32_t iGroup;      /* synonyms share the index of their head entry */
  const char *zFile; int iLine;
  int32_t iNext;        /* next entry with the same first word (-1 ends) */
} PEntry;

/* A verb pattern "- WORDS * WORDS [CODE]" or the root itself (one PE_VERB). */
typedef struct PVerbPat {
  PPhrase phrase;       /* exactly one PE_VERB element */
  const char *zCode;    /* "064", "032:033" (paired), "023?" (subordinate),
                        ** "111!" (dominant), "---", "###", "+++", or "" when
                        ** the root has no code of its own */
  int iLen;             /* TABARI length: letters and digits of the words */
  uint32_t iVerb;       /* its root verb */
  const char *zFile; int iLine;
} PVerbPat;

/* A root verb with its forms and patterns. */
typedef struct PVerb {
  PPhrase root;         /* the root as written ("ABANDON", "BURNED DOWN") */
  PPhrase *aForm;       /* irregular forms {BROKE_ BROKEN_} */
  size_t nForm, nFormAlloc;
  const char *zCode;    /* code of the bare root ("" when none) */
  uint32_t *aPat;       /* its patterns (indexes into aPat), longest first */
  size_t nPat, nPatAlloc;
  const char *zFile; int iLine;
} PVerb;

/* One form of a verb (root or irregular form) indexed by its first word. */
typedef struct PVerbForm {
  uint32_t iVerb;
  int32_t iForm;        /* -1: the root; else an index into PVerb.aForm */
  int32_t iNext;
} PVerbForm;

/* The phrase a verb form stands for (the root or an irregular form). */
const PPhrase *patdict_form_phrase(const PatDict *pd, const PVerbForm *f);

/* ---- options (TABARI .options; PETRARCH config) --------------------------- */
enum { PCODE_BY_CLAUSE = 0, PCODE_BY_SENTENCE, PCODE_ALL };

typedef struct PatOptions {
  int codeBy;              /* PCODE_BY_* */
  int bTimeShift;          /* apply <TIME> shifts (on when the verbs have <TIME>) */
  int bConvertAgent;       /* an agent with no actor becomes an actor (~GOV) */
  int bNoActPrior;         /* COMPLEX: NOACTPRIOR: no actor before the verb = complex */
  int nCplxVerbs, nCplxConj;  /* COMPLEX: VERBS[n] CONJ[n]; 0 = unchecked */
  int nCommaMin, nCommaMax;   /* COMMA: inner clauses of MIN..MAX words are dropped */
  int nCommaEMin, nCommaEMax; /* ... final clauses (EMIN..EMAX) */
  int nCommaBMin, nCommaBMax; /* ... initial clauses (BMIN..BMAX) */
  int bCommaOff;              /* COMMA: OFF */
  int nMinWords;           /* SET: MINIMUM WORDS: shorter sentences are not coded (default 8) */
  int bYYYY;               /* SET: YYYY = TRUE: date restrictions have 4-digit years */
  const char *zDefSource;  /* DEFAULT: SOURCE [X] */
  int bDefSourcePrior;     /* ... PRIOR: also when the record had an actor before the verb */
  const char *zDefTarget;  /* DEFAULT: TARGET [X] */
  int bDefTargetAfter;     /* ... AFTER */
  int bIssues;             /* code issues */
  int bRequireDyad;        /* PETRARCH require_dyad (default on): off codes events
                           ** whose target is missing as "---" */
  int bTreebank;           /* PETRARCH sets: text split as the Penn Treebank does
                           ** ("didn't" -> "did n't"), as their phrases are written */
  int bForward;            /* FORWARD: pronouns with no antecedent take the previous
                           ** sentence's first actor (TABARI's forwarding) */
  char **azRaw; size_t nRaw, nRawAlloc;   /* every options line applied, for --explain */
} PatOptions;

/* ---- the compiled set ----------------------------------------------------- */
struct PatDict {
  Arena *pArena;            /* owns every string and array below except the growable ones */
  Intern vocab;             /* words, lower case */
  PEntry *aEntry; size_t nEntry, nEntryAlloc;
  int32_t *aEntryHead; uint32_t nEntryHead;     /* first word id -> first PEntry */
  PVerb *aVerb; size_t nVerb, nVerbAlloc;
  PVerbPat *aPat; size_t nPat, nPatAlloc;
  PVerbForm *aForm; size_t nForm, nFormAlloc;
  int32_t *aFormHead; uint32_t nFormHead;       /* first word id -> first PVerbForm */
  PSet *aSet; size_t nSet, nSetAlloc;         /* synsets and { | } groups */
  PatOptions opt;
  uint32_t nActor, nAgent;  /* counts for stats */
  int bHasIssues;           /* PK_ISSUE entries were loaded: code issues */
  char **azSource; size_t nSource, nSourceAlloc; /* files loaded, for messages */
  /* lines skipped as TABARI skips them (an entry without a code, a broken
  ** date restriction, an unclosed { in a pattern): counted, the first kept */
  size_t nWarn;
  char zWarn[512];
};

/* A copy of zPath the dictionary keeps (entries point at it for --explain);
** NULL on OOM. */
const char *patdict_save_path(PatDict *pd, const char *zPath);

/* Records pErr's message as a skipped-line warning and clears pErr. */
void patdict_warn(PatDict *pd, tocsin_error *pErr);

/* Lifecycle. patdict_new returns NULL on OOM. */
PatDict *patdict_new(void);
void patdict_free(PatDict *pd);

/* Parses one phrase z[0..n) ('-' already replaced as the format requires;
** words upper-cased here) into *pOut with the elements allowed by fFlags
** (PP_*). On error returns TOCSIN_EDICT with pErr naming zFile:iLine and the
** column (1-based, relative to the start of the line given by iCol0) of the
** fault and what was expected. Synsets must be declared before use. */
int patdict_parse_phrase(PatDict *pd, const char *z, size_t n, int fFlags, PPhrase *pOut,
                         const char *zFile, int iLine, int iCol0, tocsin_error *pErr);

/* Parses the inside of one [..] code block of an actor or agent
** ("USAGOV 991201-010114", "RUSGOV >080508", "HOB <950601", "~GOV", "---")
** into *pCode. bYYYY: dates are YYYYMMDD instead of YYMMDD. */
int patdict_parse_code(PatDict *pd, const char *z, size_t n, int bYYYY, PCode *pCode,
                       const char *zFile, int iLine, int iCol0, tocsin_error *pErr);

/* Adds an entry; returns its index or -1 on OOM. Indexes it by first word. */
int32_t patdict_add_entry(PatDict *pd, const PEntry *pEntry);
/* Adds a root verb (returns its index, -1 on OOM); forms are indexed by their
** first word. */
int32_t patdict_add_verb(PatDict *pd, const PVerb *pVerb);
int patdict_add_form(PatDict *pd, uint32_t iVerb, const PPhrase *pForm);
/* Adds a pattern to verb iVerb; computes iLen; keeps the verb's list sorted
** longest first (stable for equal lengths). 0 on OOM. */
int patdict_add_pattern(PatDict *pd, uint32_t iVerb, const PPhrase *pPhrase, const char *zCode,
                        const char *zFile, int iLine);
/* Finds or creates the synset named zName ("&TIETYPES"); -1 on OOM. */
int32_t patdict_synset(PatDict *pd, const char *zName, int bCreate);

/* Applies one TABARI options line or PETRARCH "name=value" setting. Returns
** TOCSIN_OK or TOCSIN_EARG with a message naming what was not understood. */
int patdict_option(PatDict *pd, const char *zLine, tocsin_error *pErr);

/* Whether text word zWord[0..n) (upper case) matches the dictionary word e:
** exact words match themselves; stems match any word they begin; when
** bFinal (the last word of an actor/agent/noun phrase or a verb) an exact
** word also matches with the regular endings S 'S ED ES EN ING (and
** actors/nouns S, 'S, ES) unless e->fNoEnd. */
int patdict_word_match(const PElem *e, const char *zWord, size_t n, int bFinal);

/* First entry / verb form whose first word could match the text word
** zWord[0..n): walks every prefix of the word through the index; calls
** xEach for each candidate until it returns nonzero. */
void patdict_each_entry(const PatDict *pd, const char *zWord, size_t n,
                        int (*xEach)(void *pArg, int32_t iEntry), void *pArg);
void patdict_each_form(const PatDict *pd, const char *zWord, size_t n,
                       int (*xEach)(void *pArg, int32_t iForm), void *pArg);

/* Day number (days since 1970-01-01) of a date restriction's YYMMDD or
** YYYYMMDD text; 0 on success. TABARI pivot: YY 00..30 -> 20YY, else 19YY. */
int patdict_parse_date(const char *z, size_t n, int bYYYY, int32_t *pDay);

/* Loaders (src/dict/tabari.c, src/dict/petrarch.c): zKind is the part of the
** spec before ':' ("tabari", "tabari-actors", "petrarch", "petrarch-verbs",
** ...), zPath after it. */
int tabari_load(PatDict *pd, const char *zKind, const char *zPath, tocsin_error *pErr);
int petrarch_load(PatDict *pd, const char *zKind, const char *zPath, tocsin_error *pErr);

#endif
