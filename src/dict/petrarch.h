/*
** PETRARCH dictionary loading with statistics: what petrarch_load() (declared
** in pattern.h) read, and the lines of the real PETRARCH files it repaired or
** skipped rather than failing on (the cases PETRARCH itself reads without
** complaint or skips with a log line). src/dict/petrarch.c.
*/
#ifndef TOCSIN_PETRARCH_H
#define TOCSIN_PETRARCH_H

#include "pattern.h"

#include <stddef.h>

/* Kinds of tolerated faults, counted separately. */
typedef enum PetrarchWarn {
  PW_TRAILING = 0,   /* text after the last [CODE] that is not a comment (MNC revenue columns) */
  PW_RESERVED,       /* '+', '&', '*', '$', ... inside an actor/agent/issue phrase: read as a blank */
  PW_NOCODE,         /* actor group or agent line without any code: skipped */
  PW_BRACE,          /* agent code closed by '}' instead of ']' */
  PW_MARKER,         /* agent substitution marker undefined or unclosed: line skipped */
  PW_MARKER2,        /* a second !MARKER! in one agent phrase: its '!' dropped */
  PW_MULTISYN,       /* several '+SYNONYM's on one line */
  PW_HEADCODES,      /* verb block header with more than one [CODE]: the first is used */
  PW_ISSUE_NOCODE,   /* issue line without [CODE]: skipped, as PETRARCH does */
  PW_ISSUE_TWO,      /* two "phrase [CODE]" entries on one issue line */
  PW_ISSUE_EMPTY,    /* an issue [CODE] without a phrase: skipped */
  PW_DAGGER,         /* U+2020 (dagger, a mangled blank) read as a blank */
  PW_DATELEN,        /* a date of 7 or more than 8 digits: read as PETRARCH reads it (its
                     ** first 6 or 8 digits) */
  PW_DATEBARE,       /* a date without '<', '>' or a range: read as ">DATE", which is what
                     ** PETRARCH's comparison intends */
  PW_UNDEF_SYNSET,   /* verb pattern naming an undeclared synset: skipped, as PETRARCH does */
  PW_COUNT
} PetrarchWarn;

typedef struct PetrarchStats {
  size_t nActor, nAgent, nDiscard, nIssue;   /* entries added (synonyms, plurals and
                                             ** expansions each count) */
  size_t nVerb;          /* root verbs added */
  size_t nVerbDup;       /* verb lines naming a root already read (forms merged) */
  size_t nForm;          /* irregular and generated forms added */
  size_t nPattern;       /* pattern lines read */
  size_t nPatternUse;    /* patterns attached to verbs (each verb of the block) */
  size_t nSynset, nMember;   /* synsets declared and members added */
  size_t nTransform;     /* '~' transformation lines skipped (they need a parse tree) */
  size_t nWarn;          /* tolerated faults, all kinds */
  size_t anWarn[PW_COUNT];
  char zWarn[256];       /* the first one: "file:line:col: what" */
} PetrarchStats;

/* Like petrarch_load(); adds what it read to *pStats (which may be NULL and
** is not reset). */
int petrarch_load_stats(PatDict *pd, const char *zKind, const char *zPath, PetrarchStats *pStats,
                        tocsin_error *pErr);

/* A short name for a warning kind ("trailing", "reserved", ...). */
const char *petrarch_warn_name(int iKind);

#endif
