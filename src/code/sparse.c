/*
** The pattern coder: TABARI's sparse parse over a PatDict (TABARI manual 0.8.4
** chapters 5-8; docs/dictionaries.md says where tocsin differs). One sentence
** at a time:
**   filter   upper case, punctuation to blanks, commas and quotes as words
**   roots    at each word the dictionary phrase (actor, agent, verb, noun,
**            adjective, built-in word) matching the most characters wins
**   nouns    a verb after a determiner or capitalised mid-sentence is a noun
**   parse    compound actors ("A, B and C"), comma-delimited clauses dropped,
**            clauses split at conjunctions, pronouns dereferenced
**   code     per clause, verbs left to right: patterns longest first, then
**            the root; source = first actor of the clause, target = first
**            actor after the verb (else before it); passive voice swaps them;
**            paired, subordinate, dominant, null, discard and complex codes
**   expand   compound actors and coded compounds (A/B) into events
** Nothing here prints or keeps global state; all memory is per call.
*/
#include "code.h"
#include "../dict/pattern.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum WType {
  W_NULL = 0, W_ACTOR, W_AGENT, W_VERB, W_TIME, W_DETERM, W_NOUN, W_ADJ, W_AUXIL, W_BY, W_COMMA,
  W_PRONOUN, W_CONJ, W_NUMBER, W_PREP, W_HALT
} WType;

/* Built-in words (TABARI's RootsClass constructor). */
enum { BI_NONE = 0, BI_DET, BI_AND, BI_NOR, BI_CONJ, BI_PREP, BI_HE, BI_THEY, BI_AUXIL, BI_BY, BI_FORMER };

typedef struct SWord {
  const char *z;        /* upper-case text (in the filtered buffer) */
  uint32_t n;
  uint8_t type;         /* WType */
  uint8_t builtin;      /* BI_* when a built-in word */
  uint8_t bMidCap;      /* capitalised, not the first word */
  uint8_t bCompound;    /* inside a compound actor phrase */
  uint8_t bHead;        /* first word of its root match */
  uint8_t bNumber;
  uint8_t rootKind;     /* 1: iRoot is an entry, 2: a verb (kept when a clause is dropped) */
  int32_t iRoot;        /* entry index (actors, agents, nouns...) or verb index */
  int32_t iTail;        /* head: index of the last word of the match */
  int32_t iHead;        /* any matched word: its head */
  int32_t iRef;         /* dereferenced pronoun: the actor head it stands for */
  int32_t iCmpTail;     /* compound head: index of its last word, else -1 */
  int32_t iSubTail;     /* subordinate-clause head: index of its last word, else -1 */
  int32_t iClause;      /* clause number */
} SWord;

/* An actor found for an event: code and agent, where it was. */
typedef struct SActor {
  const char *zActor;   /* actor code, may hold '/' (coded compound); NULL = empty */
  const char *zAgent;   /* agent code with its '~', or NULL */
  const char *zAgent2;  /* PETRARCH: a second agent on the other side, or NULL */
  int32_t iEntry, iAgent;   /* dictionary entries that gave them (--explain), -1 */
  int32_t where;        /* word index of the actor head (-1 default actor) */
} SActor;

typedef struct SEvent {
  SActor src, tgt;
  const char *zCode;    /* without ? and ! */
  uint8_t bSub, bDom, bNull, bDiscard, bComplex;
  int32_t iVerb;        /* word index of the verb */
  int32_t iVerbRoot;    /* its PVerb */
  const PVerbPat *pPat; /* pattern that fired, or NULL for the root */
} SEvent;

typedef struct Sparse {
  const PatDict *pd;
  long day;             /* record date as days since 1970 (date restrictions) */
  char *zFilt;          /* filtered text */
  SWord *aW; size_t nW, nWAlloc;
  SEvent *aE; size_t nE, nEAlloc;
  int bDiscard, bComplex, bHasClauses;
  int nShift;           /* <TIME> shift of the event date in days */
  int iFreshClause;     /* PETRARCH: a final ", a senior official said" clause, -1 */
  int32_t iFwdActor;    /* FORWARD: entry of the previous sentence's first actor, -1 */
  int32_t iFwdGroup;    /* ... of its first compound (else its first actor), -1 */
  /* coder state */
  SActor source, target;
  int bRegularSource, bRegularTarget, bPassive;
  int iStartClause, iEndClause;
  int bOom;
  /* pattern match results */
  int indexSource, indexTarget, indexCompound;
  int nLenAlt, bAltUsed;   /* letters matched inside { | } alternatives */
} Sparse;

static int is_lower_c(int c) { return c >= 'a' && c <= 'z'; }
static int is_upper_c(int c) { return c >= 'A' && c <= 'Z'; }
static int is_digit_c(int c) { return c >= '0' && c <= '9'; }

/* ---- filtering and words ------------------------------------------------------ */

/* TABARI's filterText: returns the filtered, blank-separated text (malloc'ed). */
static char *filter_text(const char *z, size_t n, int *pbCaps) {
  char *zOut = malloc(3 * n + 4);
  if (!zOut) return NULL;
  size_t o = 0;
  int bCaps = 1;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (is_lower_c(c)) bCaps = 0;
    if (c == '/' && i + 1 < n && z[i + 1] == '*') {   /* text inside comments is not coded */
      i += 2;
      while (i + 1 < n && !(z[i] == '*' && z[i + 1] == '/')) i++;
      i++;
      continue;
    }
    unsigned char prev = i ? (unsigned char)z[i - 1] : ' ';
    unsigned char next = i + 1 < n ? (unsigned char)z[i + 1] : ' ';
    if (c < 128 && c > ' ' && !((c >= '0' && c <= '9') || is_upper_c(c) || is_lower_c(c))) {
      if (c == ';' || c == ':' || c == '(' || c == ')') {
        memcpy(zOut + o, " , ", 3);
        o += 3;
      } else if (c == ',') {
        if (!is_digit_c(prev) || !is_digit_c(next)) {
          memcpy(zOut + o, " , ", 3);
          o += 3;
        }
      } else if (c == '.') {
        if ((is_digit_c(prev) && is_digit_c(next)) || is_upper_c(prev)) zOut[o++] = '.';
        else zOut[o++] = ' ';
      } else if (c == '\'' || c == '$') {
        zOut[o++] = (char)c;
      } else if (c == '"') {
        memcpy(zOut + o, " \" ", 3);
        o += 3;
      } else {
        zOut[o++] = ' ';
      }
    } else if (c == '\t' || c == '\n' || c == '\r') {
      zOut[o++] = ' ';
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)z[i + 1] == 0x80 &&
               ((unsigned char)z[i + 2] == 0x99 || (unsigned char)z[i + 2] == 0x98)) {
      zOut[o++] = '\'';   /* curly apostrophes */
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)z[i + 1] == 0x80 &&
               ((unsigned char)z[i + 2] == 0x9C || (unsigned char)z[i + 2] == 0x9D)) {
      memcpy(zOut + o, " \" ", 3);
      o += 3;
      i += 2;
    } else {
      zOut[o++] = (char)c;
    }
  }
  zOut[o] = 0;
  *pbCaps = bCaps;
  return zOut;
}

static int push_word(Sparse *s, const char *z, uint32_t n) {
  if (!vec_grow((void **)&s->aW, &s->nWAlloc, s->nW + 1, sizeof(SWord))) return 0;
  SWord *w = &s->aW[s->nW++];
  memset(w, 0, sizeof *w);
  w->z = z;
  w->n = n;
  w->iRoot = w->iTail = w->iHead = w->iRef = w->iCmpTail = w->iSubTail = -1;
  return 1;
}

static int builtin_of(const char *z, uint32_t n) {
  static const struct { const char *z; int bi; } aBi[] = {
      {"A", BI_DET},     {"AN", BI_DET},     {"THE", BI_DET},  {"AND", BI_AND},    {"NOR", BI_NOR},
      {"BUT", BI_CONJ},  {"OR", BI_CONJ},    {"IN", BI_PREP},  {"OF", BI_PREP},    {"HE", BI_HE},
      {"HIM", BI_HE},    {"SHE", BI_HE},     {"HER", BI_HE},   {"IT", BI_HE},      {"THEM", BI_THEY},
      {"THEIR", BI_THEY}, {"THEY", BI_THEY}, {"WERE", BI_AUXIL}, {"WAS", BI_AUXIL}, {"BEEN", BI_AUXIL},
      {"BY", BI_BY},     {"FORMER", BI_FORMER}};
  for (size_t i = 0; i < sizeof aBi / sizeof aBi[0]; i++)
    if (strlen(aBi[i].z) == n && !memcmp(aBi[i].z, z, n)) return aBi[i].bi;
  return BI_NONE;
}

static int builtin_type(int bi) {
  switch (bi) {
    case BI_DET: return W_DETERM;
    case BI_AND: case BI_NOR: case BI_CONJ: return W_CONJ;
    case BI_PREP: return W_PREP;
    case BI_HE: case BI_THEY: return W_PRONOUN;
    case BI_AUXIL: return W_AUXIL;
    case BI_BY: return W_BY;
    case BI_FORMER: return W_ADJ;
    default: return W_NULL;
  }
}

/* Splits the filtered text into words, upper-casing them; sets capitals and numbers. */
static int make_words(Sparse *s, int bCaps) {
  char *z = s->zFilt;
  int bFirst = 1;
  while (*z) {
    while (*z == ' ') z++;
    if (!*z) break;
    char *e = z;
    while (*e && *e != ' ') e++;
    /* PETRARCH phrases are written in Treebank tokens: "DID N'T", "CA N'T" */
    if (s->pd->opt.bTreebank && e - z > 3 && !strncasecmp(e - 3, "n't", 3)) {
      if (!push_word(s, z, (uint32_t)(e - 3 - z))) return 0;
      SWord *w0 = &s->aW[s->nW - 1];
      if (!bCaps && is_upper_c((unsigned char)*z)) {
        if (bFirst) bFirst = 0;
        else w0->bMidCap = 1;
      }
      for (char *q = z; q < e; q++)
        if (is_lower_c((unsigned char)*q)) *q = (char)(*q - 32);
      z = e - 3;
    }
    if (!push_word(s, z, (uint32_t)(e - z))) return 0;
    SWord *w = &s->aW[s->nW - 1];
    if (!bCaps && is_upper_c((unsigned char)*z)) {
      if (bFirst) bFirst = 0;
      else w->bMidCap = 1;
    }
    for (char *q = z; q < e; q++)
      if (is_lower_c((unsigned char)*q)) *q = (char)(*q - 32);
    if (w->n == 1 && *z == ',') w->type = W_COMMA;
    else if (is_digit_c((unsigned char)*z) && intern_id((Intern *)&s->pd->vocab, NULL, z, w->n, 0) == TOK_NONE) {
      w->type = W_NUMBER;
      w->bNumber = 1;
    }
    z = e;
  }
  return 1;
}

/* ---- roots (TABARI's makeSynt / matchLex) ---------------------------------- */

/* Regular ending lengths allowed after an exact final word: nouns S 'S ES,
** verbs S ED ES EN ING, and D after a stem ending in E. */
static int ending_ok(const char *zEnd, size_t n, int bVerb, const PElem *e, int bPetr) {
  if (n == 1 && zEnd[0] == 'S') return 1;
  /* PETRARCH generates real forms: "-ES" only after S, X, Z, O, SH, CH */
  if (bPetr && bVerb && n == 2 && zEnd[0] == 'E' && zEnd[1] == 'S') {
    char c = e->n ? e->z[e->n - 1] : 0, b = e->n > 1 ? e->z[e->n - 2] : 0;
    return c == 'S' || c == 'X' || c == 'Z' || c == 'O' || (c == 'H' && (b == 'S' || b == 'C'));
  }
  if (!bVerb) return n == 2 && zEnd[1] == 'S' && (zEnd[0] == '\'' || zEnd[0] == 'E');
  if (n == 2 && zEnd[0] == 'E' && (zEnd[1] == 'D' || zEnd[1] == 'S' || zEnd[1] == 'N')) return 1;
  if (n == 3 && !memcmp(zEnd, "ING", 3)) return 1;
  if (n == 1 && zEnd[0] == 'D' && e->n && e->z[e->n - 1] == 'E') return 1;
  return 0;
}

/* Matches a root phrase (words only) starting at word i. Returns the
** characters matched (0: no match); aIdx gets the matched word indexes.
** Root matching reads TABARI's connectors as its matchLex does: a word may be
** matched partially unless it was written "WORD_X" or is a final "WORD_"
** (which still takes regular endings) or "WORD="; later words may be skipped
** to after a plain or '~' word. */
static int match_root(const Sparse *s, const PPhrase *ph, size_t i, int bVerb, int32_t *aIdx) {
  size_t p = i;
  int nm = 0, bSkip = 0;
  for (uint32_t k = 0; k < ph->n; k++) {
    const PElem *e = &ph->a[k];
    if (e->kind != PE_WORD) return 0;
    int bLast = k + 1 == ph->n;
    for (;; p++) {
      if (p >= s->nW) return 0;
      const SWord *w = &s->aW[p];
      if (w->type == W_COMMA) return 0;
      if (w->n >= e->n && !memcmp(w->z, e->z, e->n)) {
        if (w->n == e->n) break;
        int bPartialOk;
        if (!e->fExact) bPartialOk = !e->fNext;   /* plain stem: yes; '~': exact in roots */
        else bPartialOk = !e->fNext && !bLast;    /* "WORD_ X": TABARI accepts it partly */
        if (bPartialOk) break;
        if (bLast && !e->fNoEnd && ending_ok(w->z + e->n, w->n - e->n, bVerb, e, s->pd->opt.bTreebank)) {
          nm += (int)(w->n - e->n);
          break;
        }
        return 0;   /* TABARI: a literal matched but not as a whole word ends the try */
      }
      if (!bSkip) return 0;
    }
    aIdx[k] = (int32_t)p;
    nm += (int)e->n;
    /* roots may skip words after a word whose connector allows partial
    ** matches; PETRARCH words are whole words, joined or not by '_' */
    bSkip = !e->fExact || (s->pd->opt.bTreebank && !e->fNext);
    p++;
  }
  return nm;
}

typedef struct RootBest {
  const Sparse *s;
  size_t i;
  int nBest;
  int type;
  int32_t iRoot;
  int32_t aIdx[64], aBestIdx[64];
  uint32_t nIdx;
  int bDiscard;
} RootBest;

static int entry_type(int kind) {
  switch (kind) {
    case PK_ACTOR: return W_ACTOR;
    case PK_AGENT: return W_AGENT;
    case PK_NOUN: return W_NOUN;
    case PK_ADJECTIVE: return W_ADJ;
    case PK_TIME: return W_TIME;
    case PK_DISCARD: return W_NOUN;
    default: return W_NULL;
  }
}

static int try_entry(void *pArg, int32_t iEntry) {
  RootBest *b = pArg;
  const PEntry *e = &b->s->pd->aEntry[iEntry];
  int type = entry_type(e->kind);
  if (type == W_NULL || e->phrase.n > 64) return 0;
  int nm = match_root(b->s, &e->phrase, b->i, 0, b->aIdx);
  /* equal matches: the entry written first wins, as in TABARI */
  if (nm > b->nBest || (nm && nm == b->nBest && b->iRoot >= 0 && b->type != W_VERB && iEntry < b->iRoot)) {
    b->nBest = nm;
    b->type = type;
    b->iRoot = iEntry;
    b->nIdx = e->phrase.n;
    memcpy(b->aBestIdx, b->aIdx, e->phrase.n * sizeof(int32_t));
    b->bDiscard = e->kind == PK_DISCARD;
  }
  return 0;
}

static int try_form(void *pArg, int32_t iForm) {
  RootBest *b = pArg;
  const PatDict *pd = b->s->pd;
  const PVerbForm *f = &pd->aForm[iForm];
  const PPhrase *ph = patdict_form_phrase(pd, f);
  if (ph->n > 64) return 0;
  int nm = match_root(b->s, ph, b->i, 1, b->aIdx);
  if (nm > b->nBest) {
    b->nBest = nm;
    b->type = W_VERB;
    b->iRoot = (int32_t)f->iVerb;
    b->nIdx = ph->n;
    memcpy(b->aBestIdx, b->aIdx, ph->n * sizeof(int32_t));
    b->bDiscard = 0;
  }
  return 0;
}

static void mark_root(Sparse *s, size_t i, int type, int32_t iRoot, const int32_t *aIdx, uint32_t nIdx) {
  for (uint32_t k = 0; k < nIdx; k++) {
    SWord *w = &s->aW[aIdx[k]];
    w->type = (uint8_t)type;
    w->iHead = (int32_t)i;
    w->iRoot = iRoot;
  }
  s->aW[i].bHead = 1;
  s->aW[i].iTail = aIdx[nIdx - 1];
  s->aW[i].rootKind = type == W_VERB ? 2 : 1;
}

static void make_roots(Sparse *s) {
  RootBest *b = malloc(sizeof *b);
  if (!b) { s->bOom = 1; return; }
  for (size_t i = 0; i < s->nW; i++) {
    SWord *w = &s->aW[i];
    if (w->type != W_NULL || w->iHead >= 0) continue;
    memset(b, 0, sizeof *b);
    b->s = s;
    b->i = i;
    int bi = builtin_of(w->z, w->n);
    /* PETRARCH reads agents across "from" too ("soldiers from Gondor") */
    if (!bi && s->pd->opt.bTreebank && w->n == 4 && !memcmp(w->z, "FROM", 4)) bi = BI_PREP;
    if (bi) {
      b->nBest = (int)w->n;
      b->type = builtin_type(bi);
      b->iRoot = -1;
      b->nIdx = 1;
      b->aBestIdx[0] = (int32_t)i;
    }
    patdict_each_entry(s->pd, w->z, w->n, try_entry, b);
    patdict_each_form(s->pd, w->z, w->n, try_form, b);
    if (!b->nBest) continue;
    if (b->iRoot < 0) {
      w->builtin = (uint8_t)bi;
      w->type = (uint8_t)b->type;
      w->bHead = 1;
      w->iHead = w->iTail = (int32_t)i;
      continue;
    }
    if (b->bDiscard) s->bDiscard = 1;
    mark_root(s, i, b->type, b->iRoot, b->aBestIdx, b->nIdx);
  }
  free(b);
}

/* ---- parsing -------------------------------------------------------------- */

/* The code an actor or agent entry carries on the record's day. */
static const char *entry_code(const Sparse *s, int32_t iEntry) {
  const PEntry *e = &s->pd->aEntry[iEntry];
  for (uint32_t k = 0; k < e->nCode; k++) {
    const PCode *c = &e->aCode[k];
    if (!c->bDated) return c->zCode;
    if (s->day >= c->from && s->day <= c->to) return c->zCode;
  }
  return "---";
}

static int is_null_code(const char *z) { return !z || !strcmp(z, "---"); }

/* Cancels the root whose head is h: its words become type t (W_NULL/W_NOUN). */
static void retype_root(Sparse *s, int32_t h, int t) {
  int32_t tail = s->aW[h].iTail >= 0 ? s->aW[h].iTail : h;
  for (int32_t k = h; k <= tail && k < (int32_t)s->nW; k++)
    if (s->aW[k].iHead == h) s->aW[k].type = (uint8_t)t;
}

static int verb_is_null(const Sparse *s, int32_t iVerb) {
  const PVerb *v = &s->pd->aVerb[iVerb];
  return !v->nPat && (!v->zCode[0] || !strcmp(v->zCode, "---"));
}

/* markNouns: determiners and mid-sentence capitals turn verbs into nouns;
** null-coded actors become nouns; null verbs without patterns are nothing. */
static void mark_nouns(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    SWord *w = &s->aW[i];
    if (!w->bHead) continue;
    if (w->type == W_VERB) {
      if (verb_is_null(s, w->iRoot)) retype_root(s, (int32_t)i, W_NULL);
      else if (i > 0 && (s->aW[i - 1].type == W_DETERM || w->bMidCap)) retype_root(s, (int32_t)i, W_NOUN);
    } else if (w->type == W_ACTOR && w->iRoot >= 0 && is_null_code(entry_code(s, w->iRoot))) {
      retype_root(s, (int32_t)i, W_NOUN);
    }
  }
}

/* PETRARCH: in "Arnor's Elrond" or "Ithilen's evil minister Calimehtar" the
** noun phrase is the possessor's: the actor it owns is not an actor of its own. */
static void absorb_possessed(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    SWord *w = &s->aW[i];
    if (w->type != W_ACTOR || !w->bHead) continue;
    int32_t t = w->iTail >= (int32_t)i ? w->iTail : (int32_t)i;
    const SWord *wt = &s->aW[t];
    if (!(wt->n > 2 && wt->z[wt->n - 2] == '\'' && wt->z[wt->n - 1] == 'S')) continue;
    size_t k = (size_t)t + 1;
    for (int n = 0; n < 4 && k < s->nW && (s->aW[k].type == W_NULL || s->aW[k].type == W_ADJ ||
                                            s->aW[k].type == W_AGENT) && !s->aW[k].bNumber;
         n++)
      k++;
    if (k < s->nW && s->aW[k].type == W_ACTOR && s->aW[k].bHead) retype_root(s, (int32_t)k, W_NOUN);
  }
}

/* SET: CONVERT AGENT: an agent with no actor next to it becomes an actor. */
static void convert_agents(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    SWord *w = &s->aW[i];
    if (w->type != W_AGENT || !w->bHead) continue;
    int32_t t = w->iTail;
    int bPrior = i > 0 && (s->aW[i - 1].type == W_ACTOR || s->aW[i - 1].builtin == BI_FORMER);
    int bAfter = (size_t)t + 1 < s->nW && s->aW[t + 1].type == W_ACTOR && s->aW[t + 1].bHead;
    int bPrep = (size_t)t + 2 < s->nW && s->aW[t + 1].type == W_PREP && s->aW[t + 2].type == W_ACTOR;
    if (!bPrior && !bAfter && !bPrep) retype_root(s, (int32_t)i, W_ACTOR);
    i = (size_t)t;
  }
}

static int32_t head_of(const Sparse *s, int32_t k) {
  while (k >= 0 && !(s->aW[k].bHead && s->aW[k].iHead == k)) k = s->aW[k].iHead >= 0 ? s->aW[k].iHead : k - 1;
  return k;
}

/* markCompound: "A, B and C" (actors with determiners and adjectives between). */
static void mark_compound(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    SWord *w = &s->aW[i];
    if (w->type != W_CONJ || (w->builtin != BI_AND && w->builtin != BI_NOR)) continue;
    int32_t pend = -1, pset = -1;
    size_t k = i + 1;
    int bPetr = s->pd->opt.bTreebank;
    /* PETRARCH (a parser) also sees "and the evil awful Gondor": words no
    ** dictionary knows may stand before the first actor after the conjunction */
    if (bPetr)
      while (k < s->nW && (s->aW[k].type == W_NULL || s->aW[k].type == W_DETERM || s->aW[k].type == W_ADJ) &&
             !s->aW[k].bNumber)
        k++;
    while (k < s->nW && (s->aW[k].type == W_ACTOR || s->aW[k].type == W_DETERM || s->aW[k].type == W_ADJ)) {
      if (s->aW[k].type == W_ACTOR && s->aW[k].bHead) {
        if (s->aW[k].iTail > (int32_t)k) k = (size_t)s->aW[k].iTail;
        pend = (int32_t)k;
      }
      k++;
    }
    if (pend < 0) continue;
    int bNeedConnect = 0;
    for (int32_t q = (int32_t)i; q >= 0; q--) {
      int t = s->aW[q].type;
      if (bPetr && t == W_NULL && !s->aW[q].bNumber) continue;
      if (t != W_ACTOR && t != W_CONJ && t != W_COMMA && t != W_DETERM && t != W_ADJ) break;
      if (t == W_CONJ || t == W_COMMA) bNeedConnect = 0;
      if (t == W_ACTOR) {
        if (bNeedConnect) break;
        q = head_of(s, q);
        if (q < 0) break;
        pset = q;
        bNeedConnect = 1;
      }
    }
    if (pset < 0) continue;
    /* a compound inside the new one is absorbed */
    for (int32_t q = pset; q <= pend; q++) {
      s->aW[q].iCmpTail = -1;
      s->aW[q].bCompound = 1;
    }
    s->aW[pset].iCmpTail = pend;
  }
}

/* Skips a segment starting at *pi whose tail is given by iTailOf; 1 when skipped. */
static int skip_compound(const Sparse *s, size_t *pi) {
  if (s->aW[*pi].iCmpTail >= 0) {
    *pi = (size_t)s->aW[*pi].iCmpTail + 1;
    return 1;
  }
  return 0;
}
static int skip_subord(const Sparse *s, size_t *pi) {
  if (s->aW[*pi].iSubTail >= 0) {
    *pi = (size_t)s->aW[*pi].iSubTail + 1;
    return 1;
  }
  return 0;
}

/* markSubordinate: comma-delimited clauses of the COMMA: lengths are
** marked to be dropped -- the first (BMIN..BMAX words), inner ones
** (MIN..MAX) and the last (EMIN..EMAX). As TABARI does, a clause's closing
** comma does not open the next one. */
/* Whether the comma at k delimits clauses for PETRARCH's parser: not inside
** a compound, nor between two modifiers of one noun phrase ("restore
** complete, full diplomatic ties"). */
static int petr_clause_comma(const Sparse *s, size_t k) {
  if (s->aW[k].type != W_COMMA || s->aW[k].bCompound) return 0;
  if (k == 0 || k + 2 >= s->nW) return 1;
  int tp = s->aW[k - 1].type, tn = s->aW[k + 1].type, tnn = s->aW[k + 2].type;
  int bMod = (tp == W_NULL || tp == W_ADJ) && !s->aW[k - 1].bNumber && (tn == W_NULL || tn == W_ADJ) &&
             (tnn == W_NULL || tnn == W_ADJ || tnn == W_NOUN);
  return !bMod;
}

/* PETRARCH's check_commas: words (tokens that begin with a letter) are
** counted; the first clause (if BMAX), the last (if EMAX), then each clause
** between two commas (if MAX, chained from comma to comma) is dropped when
** its length is within the limits. */
static int petr_words(const Sparse *s, size_t a, size_t b) {
  int n = 0;
  for (size_t k = a; k < b && k < s->nW; k++)
    if ((s->aW[k].z[0] >= 'A' && s->aW[k].z[0] <= 'Z')) n++;
  return n;
}

static void mark_subordinate_petr(Sparse *s) {
  const PatOptions *o = &s->pd->opt;
  size_t iFirst = s->nW, iLast = s->nW;
  for (size_t k = 0; k < s->nW; k++)
    if (petr_clause_comma(s, k)) {
      if (iFirst == s->nW) iFirst = k;
      iLast = k;
    }
  if (iFirst == s->nW) return;
  if (o->nCommaBMax) {
    int n = petr_words(s, 0, iFirst);
    if (n >= o->nCommaBMin && n <= o->nCommaBMax && iFirst > 0) s->aW[0].iSubTail = (int32_t)iFirst - 1;
  }
  if (o->nCommaEMax) {
    int n = petr_words(s, iLast + 1, s->nW);
    if (n >= o->nCommaEMin && n <= o->nCommaEMax) s->aW[iLast].iSubTail = (int32_t)s->nW - 1;
  }
  if (o->nCommaMax) {
    size_t ka = iFirst;
    for (size_t kb = ka + 1; kb < s->nW; kb++) {
      if (!petr_clause_comma(s, kb)) continue;
      int n = petr_words(s, ka + 1, kb);
      if (n >= o->nCommaMin && n <= o->nCommaMax && s->aW[ka].iSubTail < 0) s->aW[ka].iSubTail = (int32_t)kb - 1;
      ka = kb;
    }
  }
}

static void mark_subordinate(Sparse *s) {
  const PatOptions *o = &s->pd->opt;
  if (o->bTreebank) {
    mark_subordinate_petr(s);
    return;
  }
  if (o->bCommaOff) return;
  size_t i = 0;
  while (i < s->nW) {
    if (skip_compound(s, &i)) continue;
    if (s->aW[i].type == W_COMMA) {
      size_t start = i;
      if ((int)start >= o->nCommaBMin && (int)start <= o->nCommaBMax && start > 0) s->aW[0].iSubTail = (int32_t)start - 1;
      size_t k = i + 1;
      while (k < s->nW && s->aW[k].type != W_COMMA) {
        if (!skip_compound(s, &k)) k++;
      }
      int nIn = (int)(k - start) - 1;
      if (k >= s->nW) {
        if (nIn >= o->nCommaEMin && nIn <= o->nCommaEMax) s->aW[start].iSubTail = (int32_t)s->nW - 1;
        return;
      }
      if (nIn >= o->nCommaMin && nIn <= o->nCommaMax) s->aW[start].iSubTail = (int32_t)k;
      i = k + 1;
      continue;
    }
    i++;
  }
}

static void null_subordinate(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    int32_t t = s->aW[i].iSubTail;
    if (t < 0) continue;
    for (int32_t k = i == 0 && s->aW[0].type != W_COMMA ? 0 : (int32_t)i + 1; k <= t; k++) {
      SWord *w = &s->aW[k];
      /* a root reaching outside the clause is cancelled whole */
      if (w->iHead >= 0 && (w->iHead <= (int32_t)i || s->aW[w->iHead].iTail > t)) {
        int32_t h = w->iHead;
        int32_t tt = s->aW[h].iTail;
        for (int32_t q = h; q <= tt && q < (int32_t)s->nW; q++)
          if (s->aW[q].iHead == h) { s->aW[q].type = W_NULL; s->aW[q].bHead = 0; }
      }
      w->type = W_NULL;
      w->bHead = 0;
      w->iCmpTail = -1;
    }
    i = (size_t)t;
  }
}

/* markClauses: conjunctions outside compounds and dropped clauses split the
** sentence, except in <noun> and <adj>* <noun> or <adj> and <adj>. */
static void mark_clauses(Sparse *s) {
  int iClause = 0;
  size_t i = 0;
  s->bHasClauses = 0;
  while (i < s->nW) {
    size_t i0 = i;
    if (skip_compound(s, &i) || skip_subord(s, &i)) {
      for (size_t k = i0; k < i && k < s->nW; k++) s->aW[k].iClause = iClause;
      continue;
    }
    SWord *w = &s->aW[i];
    w->iClause = iClause;
    if (w->type == W_CONJ && i > 0 && i + 1 < s->nW) {
      int bPhrase = 0;
      if (s->aW[i - 1].type == W_NOUN) {
        size_t k = i + 1;
        while (k < s->nW && s->aW[k].type == W_ADJ) k++;
        if (k < s->nW && s->aW[k].type == W_NOUN) {
          bPhrase = 1;
          for (size_t q = i; q <= k; q++) s->aW[q].iClause = iClause;
          i = k;
        }
      }
      /* PETRARCH parses "awful and evil minister" as one noun phrase */
      if (!bPhrase && s->pd->opt.bTreebank && (s->aW[i - 1].type == W_NULL || s->aW[i - 1].type == W_ADJ) &&
          (s->aW[i + 1].type == W_NULL || s->aW[i + 1].type == W_ADJ) && !s->aW[i - 1].bNumber &&
          !s->aW[i + 1].bNumber)
        bPhrase = 1;
      if (!bPhrase && s->aW[i - 1].type == W_ADJ && s->aW[i + 1].type == W_ADJ) {
        bPhrase = 1;
        s->aW[i + 1].iClause = iClause;
        i++;
      }
      if (!bPhrase) {
        s->bHasClauses = 1;
        w->iClause = -1;   /* the conjunction itself belongs to no clause */
        iClause++;
      }
    }
    i++;
  }
  s->iFreshClause = -1;
  if (!s->pd->opt.bTreebank) return;
  /* PETRARCH parses "X did Y, a senior official said": the final comma
  ** clause that opens with a noun phrase and has a verb is a sentence of its
  ** own, with its own subject */
  size_t iLast = s->nW;
  for (size_t k = 0; k < s->nW; k++)
    if (petr_clause_comma(s, k)) iLast = k;
  if (iLast + 1 >= s->nW) return;
  for (size_t k = 0; k < s->nW; k++)
    if (s->aW[k].iSubTail >= (int32_t)iLast && k <= iLast) return;   /* dropped */
  int t0 = s->aW[iLast + 1].type;
  if (t0 != W_DETERM && t0 != W_ACTOR && t0 != W_AGENT && t0 != W_ADJ) return;
  int bVerb = 0;
  for (size_t k = iLast + 1; k < s->nW; k++) bVerb |= s->aW[k].type == W_VERB && s->aW[k].bHead;
  if (!bVerb) return;
  int c = 0;
  for (size_t k = 0; k < s->nW; k++)
    if (s->aW[k].iClause + 1 > c) c = s->aW[k].iClause + 1;
  s->aW[iLast].iClause = -1;
  for (size_t k = iLast + 1; k < s->nW; k++) s->aW[k].iClause = c;
  s->iFreshClause = c;
  s->bHasClauses = 1;
}

/* dereferencePronouns: HE HIM SHE HER IT -> the first actor (not inside a
** compound) before it; THEY THEM THEIR -> the first compound, else the first actor. */
static void dereference_pronouns(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    SWord *w = &s->aW[i];
    if (w->type != W_PRONOUN) continue;
    /* PETRARCH reads "their" as a determiner of a noun phrase, not an actor */
    if (s->pd->opt.bTreebank && w->n == 5 && !memcmp(w->z, "THEIR", 5)) continue;
    int32_t idx = -1;
    if (w->builtin == BI_HE) {
      size_t k = 0;
      while (k < i) {
        while (k < i && s->aW[k].type != W_ACTOR) k++;
        if (k >= i) break;
        if (s->aW[k].iCmpTail >= 0) {
          k = (size_t)s->aW[k].iCmpTail + 1;
        } else if (!s->aW[k].bHead || s->aW[k].bCompound) {
          k++;
        } else {
          idx = (int32_t)k;
          break;
        }
      }
    } else {
      for (size_t k = 0; k < i; k++) {
        if (s->aW[k].type != W_ACTOR) continue;
        if (s->aW[k].iCmpTail >= 0) { idx = (int32_t)k; break; }
        if (idx < 0 && s->aW[k].bHead) idx = (int32_t)k;
      }
    }
    if (idx >= 0) {
      w->type = W_ACTOR;
      w->bHead = 1;
      w->iHead = w->iTail = (int32_t)i;
      w->iRef = idx;
    } else if (s->pd->opt.bForward) {   /* the actor of the sentence before */
      int32_t iEntry = w->builtin == BI_HE ? s->iFwdActor : s->iFwdGroup;
      if (iEntry >= 0) {
        w->type = W_ACTOR;
        w->bHead = 1;
        w->iHead = w->iTail = (int32_t)i;
        w->iRoot = iEntry;
        w->rootKind = 1;
      }
    }
  }
}

/* What the next sentence may forward: its first actor that is not a pronoun
** and its first compound's head (else that first actor). */
static void set_forward(const Sparse *s, int32_t *piActor, int32_t *piGroup) {
  *piActor = *piGroup = -1;
  for (size_t k = 0; k < s->nW; k++) {
    const SWord *w = &s->aW[k];
    if (w->type != W_ACTOR || !w->bHead || w->iRef >= 0 || w->iRoot < 0 || w->builtin) continue;
    if (*piActor < 0) *piActor = w->iRoot;
    if (w->iCmpTail >= 0 && *piGroup < 0) *piGroup = w->iRoot;
  }
  if (*piGroup < 0) *piGroup = *piActor;
}

/* The actor head a word stands for, following pronoun references. */
static int32_t deref(const Sparse *s, int32_t k) {
  for (int n = 0; k >= 0 && s->aW[k].iRef >= 0 && n < 8; n++) k = s->aW[k].iRef;
  return k;
}

/* checkDiscards: a [###] code anywhere -- even in a dropped clause, as in
** TABARI, where the word keeps its root -- discards the sentence. */
static void check_discards(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    const SWord *w = &s->aW[i];
    if (!w->rootKind || w->iRef >= 0) continue;
    if (w->rootKind == 2) {
      if (!strcmp(s->pd->aVerb[w->iRoot].zCode, "###")) s->bDiscard = 1;
      continue;
    }
    const PEntry *e = &s->pd->aEntry[w->iRoot];
    if (e->kind == PK_DISCARD || (e->kind == PK_TIME && e->zIssue && !strcmp(e->zIssue, "###")) ||
        ((e->kind == PK_ACTOR || e->kind == PK_AGENT) && !strcmp(entry_code(s, w->iRoot), "###")))
      s->bDiscard = 1;
  }
}

/* checkTime: the first time-shift phrase moves the event date (or, coded
** [###] / [+++], discards the sentence or makes it complex). */
static void check_time(Sparse *s) {
  for (size_t i = 0; i < s->nW; i++) {
    const SWord *w = &s->aW[i];
    if (w->type != W_TIME || !w->bHead || w->iRoot < 0) continue;
    const PEntry *e = &s->pd->aEntry[w->iRoot];
    if (e->iShift != INT32_MIN) {
      s->nShift = e->iShift;
      return;
    }
    if (e->zIssue && !strcmp(e->zIssue, "###")) { s->bDiscard = 1; return; }
    if (e->zIssue && !strcmp(e->zIssue, "+++")) { s->bComplex = 1; return; }
  }
}

/* COMPLEX: conditions of the options. */
static void evaluate_complexity(Sparse *s) {
  const PatOptions *o = &s->pd->opt;
  int nVerb = 0, nConj = 0;
  for (size_t i = 0; i < s->nW;) {
    if (skip_subord(s, &i)) continue;
    if (s->aW[i].type == W_VERB && s->aW[i].bHead) nVerb++;
    i++;
  }
  for (size_t i = 0; i < s->nW;) {
    if (skip_compound(s, &i)) continue;
    if (i < s->nW && s->aW[i].type == W_CONJ) nConj++;
    i++;
  }
  if (o->nCplxVerbs > 0 && nVerb >= o->nCplxVerbs) s->bComplex = 1;
  if (o->nCplxConj > 0 && nConj >= o->nCplxConj) s->bComplex = 1;
  if (o->bNoActPrior) {
    size_t iVerb = 0;
    while (iVerb < s->nW) {
      if (skip_subord(s, &iVerb)) continue;
      if (s->aW[iVerb].type == W_VERB && s->aW[iVerb].bHead) break;
      iVerb++;
    }
    int bActor = 0;
    for (size_t k = 0; k < iVerb && k < s->nW;) {
      if (skip_subord(s, &k)) continue;
      if (s->aW[k].type == W_ACTOR) { bActor = 1; break; }
      k++;
    }
    if (!bActor) s->bComplex = 1;
  }
}

/* ---- actors for events -------------------------------------------------------- */

static int actor_equal(const SActor *a, const SActor *b) {
  if (!a->zActor || !b->zActor) return !a->zActor && !b->zActor;
  if (strcmp(a->zActor, b->zActor)) return 0;
  if (!a->zAgent || !b->zAgent) return !a->zAgent && !b->zAgent;
  return !strcmp(a->zAgent, b->zAgent);
}

/* getActorStructCodes: the codes of the actor whose head (or pronoun) is at loc. */
static void actor_codes(const Sparse *s, int32_t loc, SActor *a) {
  loc = deref(s, loc);
  memset(a, 0, sizeof *a);
  a->where = loc;
  a->iEntry = a->iAgent = -1;
  if (loc < 0 || s->aW[loc].iRoot < 0) return;
  a->zActor = entry_code(s, s->aW[loc].iRoot);
  a->iEntry = s->aW[loc].iRoot;
  /* PETRARCH: an agent with no actor is the anonymous "---" with that agent */
  if (s->pd->opt.bTreebank && s->pd->aEntry[s->aW[loc].iRoot].kind == PK_AGENT) {
    a->zAgent = a->zActor;
    a->zActor = "---";
  }
}

/* findAgent: an agent right after the actor, or right before it (across IN/OF);
** FORMER makes it an elite. */
static void find_agent(const Sparse *s, int32_t loc, SActor *a) {
  if (a->zActor && !strcmp(a->zActor, "---") && a->zAgent) return;   /* PETRARCH "---GOV" */
  a->zAgent2 = NULL;
  int32_t tloc = s->aW[loc].iRef >= 0 ? loc : (s->aW[loc].iTail >= loc ? s->aW[loc].iTail : loc);
  int bFormer = 0;
  a->zAgent = NULL;
  if ((size_t)tloc + 1 < s->nW && s->aW[tloc + 1].builtin == BI_FORMER) {
    bFormer = 1;
    tloc++;
  }
  if (!bFormer && loc > 0 && s->aW[loc - 1].builtin == BI_FORMER) bFormer = 1;
  if (s->pd->opt.bTreebank) {
    /* PETRARCH: an agent anywhere in the actor's noun phrase ("Dagolath's
    ** first deputy prime minister"); a prefix agent as well ("an MSF Arnor
    ** diplomat" -> NGOARNGOV) */
    int32_t k = tloc + 1;
    for (int n = 0; n < 3 && (size_t)k < s->nW && (s->aW[k].type == W_NULL || s->aW[k].type == W_ADJ) &&
                    !s->aW[k].bNumber;
         n++)
      k++;
    if ((size_t)k < s->nW && s->aW[k].type == W_AGENT && s->aW[k].bHead) {
      a->zAgent = bFormer ? "~ELI" : entry_code(s, s->aW[k].iRoot);
      a->iAgent = s->aW[k].iRoot;
      if (loc > 0 && s->aW[loc - 1].type == W_AGENT) {
        int32_t h = s->aW[loc - 1].iHead;
        if (h >= 0 && s->aW[h].iTail == loc - 1) a->zAgent2 = entry_code(s, s->aW[h].iRoot);
      }
      return;
    }
  }
  if ((size_t)tloc + 1 < s->nW && s->aW[tloc + 1].type == W_AGENT && s->aW[tloc + 1].bHead) {
    a->zAgent = bFormer ? "~ELI" : entry_code(s, s->aW[tloc + 1].iRoot);
    a->iAgent = s->aW[tloc + 1].iRoot;
    return;
  }
  if (loc > 0 && s->aW[loc - 1].type == W_PREP) loc--;
  if (loc > 0 && s->aW[loc - 1].type == W_AGENT) {
    int32_t h = s->aW[loc - 1].iHead;
    if (h >= 0 && s->aW[h].iTail == loc - 1) {
      if (!bFormer && h > 0 && s->aW[h - 1].builtin == BI_FORMER) bFormer = 1;
      a->zAgent = bFormer ? "~ELI" : entry_code(s, s->aW[h].iRoot);
      a->iAgent = s->aW[h].iRoot;
    }
  }
}

/* findActor: the first actor head in [loc, end of clause]; -1 when none. */
static int32_t find_actor(const Sparse *s, int32_t loc, SActor *a) {
  for (; loc <= s->iEndClause && loc < (int32_t)s->nW; loc++) {
    if (s->aW[loc].type == W_ACTOR && s->aW[loc].bHead) {
      actor_codes(s, loc, a);
      find_agent(s, loc, a);
      return loc;
    }
  }
  return -1;
}

/* backActor: the nearest actor at or before loc within the clause. */
static int32_t back_actor(const Sparse *s, int32_t loc, SActor *a) {
  for (; loc >= s->iStartClause && loc >= 0; loc--) {
    if (s->aW[loc].type == W_ACTOR) {
      int32_t h = s->aW[loc].iRef >= 0 ? loc : s->aW[loc].iHead;
      if (h < 0) return -1;
      actor_codes(s, h, a);
      find_agent(s, h, a);
      return h;
    }
  }
  return -1;
}

static void set_default(const Sparse *s, SActor *a, const char *zCode) {
  memset(a, 0, sizeof *a);
  a->zActor = zCode;
  a->where = -1;
  a->iEntry = a->iAgent = -1;
  (void)s;
}

static void regular_source(Sparse *s, int32_t index) {
  const PatOptions *o = &s->pd->opt;
  int32_t loc = s->iStartClause;
  SActor a;
  if (o->bTreebank) {
    /* PETRARCH: the subject of the comma-delimited part the verb is in
    ** ("..., after Calenardhon crowds burned down its embassy") */
    int32_t k = index;
    while (k > s->iStartClause && !petr_clause_comma(s, (size_t)k - 1)) k--;
    for (int32_t q = k; q < index; q++)
      if (s->aW[q].type == W_ACTOR && s->aW[q].bHead) {
        loc = k;
        break;
      }
  }
  for (;;) {
    int32_t f = find_actor(s, loc, &a);
    if (f < 0) break;
    if (o->bDefSourcePrior && o->zDefSource && f > index) {
      set_default(s, &s->source, o->zDefSource);
      s->bRegularSource = 1;
      return;
    }
    if (!actor_equal(&a, &s->target)) {
      s->source = a;
      s->bRegularSource = 1;
      return;
    }
    loc = f + 1;
  }
  if (o->zDefSource) {
    set_default(s, &s->source, o->zDefSource);
    s->bRegularSource = 1;
  }
}

static int is_compound_word(const Sparse *s, int32_t where) {
  return where >= 0 && s->aW[where].bCompound;
}

static void regular_target(Sparse *s, int32_t index) {
  const PatOptions *o = &s->pd->opt;
  SActor a;
  int32_t loc = index + 1;
  for (;;) {
    int32_t f = find_actor(s, loc, &a);
    if (f < 0) break;
    if (!actor_equal(&a, &s->source)) {
      s->target = a;
      s->bRegularTarget = 1;
      return;
    }
    loc = f + 1;
  }
  if (o->bDefTargetAfter && o->zDefTarget) {
    set_default(s, &s->target, o->zDefTarget);
    s->bRegularTarget = 1;
    return;
  }
  if (o->bTreebank && !o->bRequireDyad) {   /* PETRARCH: no object, target "---" */
    set_default(s, &s->target, "---");
    return;
  }
  loc = index - 1;
  for (;;) {
    int32_t f = back_actor(s, loc, &a);
    if (f < 0) break;
    if (!actor_equal(&a, &s->source)) {
      s->target = a;
      return;
    }
    loc = f - 1;
  }
  if ((s->source.zActor && strchr(s->source.zActor, '/')) || is_compound_word(s, s->source.where))
    s->target = s->source;
  else if (o->zDefSource && o->zDefTarget)
    set_default(s, &s->target, o->zDefTarget);
}

static int check_passive(Sparse *s, int32_t index) {
  int bBy = 0;
  for (int k = 1; k <= 3; k++)
    if ((size_t)(index + k) < s->nW && s->aW[index + k].type == W_BY) bBy = 1;
  if (!bBy) return 0;
  int bAux = (index > 0 && s->aW[index - 1].type == W_AUXIL) || (index > 1 && s->aW[index - 2].type == W_AUXIL);
  if (bAux) s->bPassive = 1;
  return bAux;
}

/* ---- verb patterns (TABARI's checkPattern) ------------------------------------ */

#define NO_MATCH INT32_MIN

/* How a pattern word compares with text word k: 2 whole word, 1 the word
** begins with it, 0 no. Pattern words take no regular endings. */
static int literal_match(const Sparse *s, const PElem *e, int32_t k) {
  const SWord *w = &s->aW[k];
  if (w->type == W_COMMA || w->n < e->n || memcmp(w->z, e->z, e->n)) return 0;
  return w->n == e->n ? 2 : 1;
}

static int32_t match_elems(Sparse *s, const PElem *a, uint32_t n, int32_t pos, int dir, int bSkip);

/* Matches one element at pos or, when bSkip, at the first place beyond it;
** returns the position after the match (in direction dir) or NO_MATCH. */
static int32_t match_one(Sparse *s, const PElem *e, int32_t pos, int dir, int bSkip) {
  int32_t hi = s->iEndClause;
  for (;; pos += dir) {
    if (pos < 0 || pos > hi || pos >= (int32_t)s->nW) return NO_MATCH;
    const SWord *w = &s->aW[pos];
    switch (e->kind) {
      case PE_WORD: {
        int r = literal_match(s, e, pos);
        if (r == 2 || (r == 1 && !e->fExact)) return pos + dir;
        break;
      }
      case PE_SOURCE:
      case PE_TARGET:
        if (w->type == W_ACTOR) {
          int32_t h = w->iRef >= 0 ? deref(s, pos) : w->iHead;
          if (e->kind == PE_SOURCE) s->indexSource = h;
          else s->indexTarget = h;
          return pos + dir;
        }
        break;
      case PE_SKIP:
        if (w->type == W_ACTOR) {
          int32_t h = w->iRef >= 0 ? pos : w->iHead;
          if (h < 0) h = pos;
          if (dir > 0) return (s->aW[h].iTail >= pos ? s->aW[h].iTail : pos) + 1;
          return h - 1;
        }
        break;
      case PE_COMPOUND:
        if (w->iCmpTail >= 0) {
          s->indexCompound = pos;
          return pos + dir;
        }
        break;
      case PE_SYNSET:
      case PE_ALT: {
        const PSet *set = &s->pd->aSet[e->iSet];
        for (size_t m = 0; m < set->n; m++) {
          int32_t r = match_elems(s, set->a[m].a, set->a[m].n, pos, dir, 0);
          if (r != NO_MATCH) {
            if (e->kind == PE_ALT) {   /* TABARI counts what an alternative matched */
              s->bAltUsed = 1;
              for (uint32_t q = 0; q < set->a[m].n; q++)
                if (set->a[m].a[q].kind == PE_WORD) s->nLenAlt += (int)set->a[m].a[q].n;
            }
            return r;
          }
        }
        break;
      }
      default:
        return NO_MATCH;
    }
    if (!bSkip) return NO_MATCH;
  }
}

/* Matches a[0..n) from pos: forwards (dir +1) in order, backwards (dir -1)
** from the last element. bSkip: words may come before the first element met. */
static int32_t match_elems(Sparse *s, const PElem *a, uint32_t n, int32_t pos, int dir, int bSkip) {
  if (dir > 0) {
    for (uint32_t k = 0; k < n; k++) {
      pos = match_one(s, &a[k], pos, dir, k ? !a[k - 1].fNext : bSkip);
      if (pos == NO_MATCH) return NO_MATCH;
    }
  } else {
    for (uint32_t k = n; k-- > 0;) {
      pos = match_one(s, &a[k], pos, dir, k + 1 < n ? !a[k].fNext : bSkip);
      if (pos == NO_MATCH) return NO_MATCH;
    }
  }
  return pos;
}

/* checkPattern: the words after the verb, then those before it. */
static int check_pattern(Sparse *s, const PVerbPat *pp, int32_t index) {
  const PPhrase *ph = &pp->phrase;
  uint32_t iv = 0;
  while (iv < ph->n && ph->a[iv].kind != PE_VERB) iv++;
  if (iv == ph->n) return 0;
  int32_t tail = s->aW[index].iTail >= index ? s->aW[index].iTail : index;
  s->indexSource = s->indexTarget = s->indexCompound = -1;
  if (iv + 1 < ph->n &&
      match_elems(s, ph->a + iv + 1, ph->n - iv - 1, tail + 1, 1, !ph->a[iv].fNext) == NO_MATCH)
    return 0;
  if (iv > 0) {
    int32_t saveEnd = s->iEndClause;
    s->iEndClause = (int32_t)s->nW - 1;   /* lower phrases may reach before the clause */
    int32_t r = match_elems(s, ph->a, iv, index - 1, -1, !ph->a[iv - 1].fNext);
    s->iEndClause = saveEnd;
    if (r == NO_MATCH) return 0;
  }
  return 1;
}

/* ---- events ------------------------------------------------------------------ */

static void push_event(Sparse *s, const char *zCode, int32_t index, const PVerbPat *pp, const SActor *src,
                       const SActor *tgt) {
  if (!vec_grow((void **)&s->aE, &s->nEAlloc, s->nE, sizeof(SEvent))) {
    s->bOom = 1;
    return;
  }
  SEvent *ev = &s->aE[s->nE++];
  memset(ev, 0, sizeof *ev);
  ev->src = *src;
  ev->tgt = *tgt;
  ev->iVerb = index;
  ev->iVerbRoot = s->aW[index].iRoot;
  ev->pPat = pp;
  size_t n = strlen(zCode);
  char *z = malloc(n + 1);   /* freed with the events */
  if (!z) { s->bOom = 1; s->nE--; return; }
  memcpy(z, zCode, n + 1);
  while (n && (z[n - 1] == '?' || z[n - 1] == '!')) {
    if (z[n - 1] == '?') ev->bSub = 1;
    else ev->bDom = 1;
    z[--n] = 0;
  }
  ev->bNull = !strcmp(z, "---");
  ev->bDiscard = !strcmp(z, "###");
  ev->bComplex = !strcmp(z, "+++");
  ev->zCode = z;
}

/* putEvent: one event, two for a paired code "A:B" (the second reversed). */
static void put_event(Sparse *s, const char *zCode, int32_t index, const PVerbPat *pp, const SActor *src,
                      const SActor *tgt) {
  const char *zColon = strchr(zCode, ':');
  if (!zColon) {
    push_event(s, zCode, index, pp, src, tgt);
    return;
  }
  char zFirst[64];
  size_t n = (size_t)(zColon - zCode);
  if (n >= sizeof zFirst) n = sizeof zFirst - 1;
  memcpy(zFirst, zCode, n);
  zFirst[n] = 0;
  push_event(s, zFirst, index, pp, src, tgt);
  push_event(s, zColon + 1, index, pp, tgt, src);
}

/* The actor heads of the compound containing word where (or just where). */
static size_t compound_members(const Sparse *s, int32_t where, int32_t *aOut, size_t nMax) {
  /* only an actor at the head of a compound stands for all of it (TABARI's
  ** checkTailTag needs the compound's head tag there) */
  if (where < 0 || s->aW[where].iCmpTail < 0) {
    aOut[0] = where;
    return 1;
  }
  int32_t h = where;
  size_t n = 0;
  for (int32_t k = h; k <= s->aW[h].iCmpTail && n < nMax; k++)
    if (s->aW[k].type == W_ACTOR && s->aW[k].bHead) aOut[n++] = k;
  if (!n) aOut[n++] = where;
  return n;
}

/* PETRARCH: a verb whose only complement is a bare time noun ("said today",
** Treebank NP-TMP) has no object phrase and yields no event. */
static int petr_time_object(const Sparse *s, int32_t index) {
  int32_t t = s->aW[index].iTail >= index ? s->aW[index].iTail : index;
  if ((size_t)t + 1 >= s->nW) return 0;
  const SWord *w = &s->aW[t + 1];
  static const char *az[] = {"TODAY", "TONIGHT", "YESTERDAY", "TOMORROW"};
  for (size_t k = 0; k < sizeof az / sizeof az[0]; k++)
    if (w->n == strlen(az[k]) && !memcmp(w->z, az[k], w->n)) return (size_t)t + 2 >= s->nW;
  return 0;
}

static void make_event(Sparse *s, const char *zCode, int32_t index, const PVerbPat *pp) {
  if (!zCode || !zCode[0] || !strcmp(zCode, "---")) return;
  if (s->pd->opt.bTreebank && petr_time_object(s, index)) return;
  if (!s->source.zActor) regular_source(s, index);
  if (!s->target.zActor) regular_target(s, index);
  if (!s->source.zActor || !s->target.zActor) return;
  if (s->bRegularSource && s->bRegularTarget && check_passive(s, index)) {
    SActor t = s->source;
    s->source = s->target;
    s->target = t;
  }
  int32_t aSrc[64], aTgt[64];
  size_t nSrc = compound_members(s, s->source.where, aSrc, 64);
  size_t nTgt = compound_members(s, s->target.where, aTgt, 64);
  /* PETRARCH gives an agent named before a compound to all of it ("lawmakers
  ** in Fornost and Gondor"); TABARI only to its first actor */
  int bShare = s->pd->opt.bTreebank;
  for (size_t i = 0; i < nSrc; i++) {
    SActor src = s->source;
    if (nSrc > 1 || aSrc[i] != s->source.where) {
      actor_codes(s, aSrc[i], &src);
      find_agent(s, aSrc[i], &src);
      if (bShare && !src.zAgent) src.zAgent = s->source.zAgent;
    }
    for (size_t j = 0; j < nTgt; j++) {
      SActor tgt = s->target;
      if (nTgt > 1 || aTgt[j] != s->target.where) {
        actor_codes(s, aTgt[j], &tgt);
        find_agent(s, aTgt[j], &tgt);
        if (bShare && !tgt.zAgent) tgt.zAgent = s->target.zAgent;
      }
      put_event(s, zCode, index, pp, &src, &tgt);
    }
  }
  if (!s->bRegularSource) memset(&s->source, 0, sizeof s->source);
  if (!s->bRegularTarget) memset(&s->target, 0, sizeof s->target);
}

/* Letters the { | } groups of a pattern count for in its length: each
** group's longest alternative. */
static int alt_max_len(const PatDict *pd, const PPhrase *ph) {
  int n = 0;
  for (uint32_t i = 0; i < ph->n; i++) {
    if (ph->a[i].kind != PE_ALT) continue;
    const PSet *set = &pd->aSet[ph->a[i].iSet];
    int nBest = 0;
    for (size_t m = 0; m < set->n; m++) {
      int l = 0;
      for (uint32_t q = 0; q < set->a[m].n; q++)
        if (set->a[m].a[q].kind == PE_WORD) l += (int)set->a[m].a[q].n;
      if (l > nBest) nBest = l;
    }
    n += nBest;
  }
  return n;
}

/* doVerb: the verb's patterns longest first, else the root's own code. */
static void do_verb(Sparse *s, int32_t index) {
  memset(&s->target, 0, sizeof s->target);
  if (s->bPassive) {
    memset(&s->source, 0, sizeof s->source);
    s->bPassive = 0;
  }
  const PVerb *v = &s->pd->aVerb[s->aW[index].iRoot];
  /* Patterns are tried longest first. One with { | } alternatives that
  ** matches is kept while longer ones may still match: a later pattern wins
  ** only if it is longer than what the alternative actually matched (TABARI's
  ** doVerb). */
  const PVerbPat *pBest = NULL;
  int iSrc = -1, iTgt = -1, iCmp = -1, nMaxLen = 0, bGotAlt = 0;
  for (size_t k = 0; k < v->nPat; k++) {
    const PVerbPat *pp = &s->pd->aPat[v->aPat[k]];
    if (bGotAlt && pp->iLen <= nMaxLen) break;
    /* PETRARCH has no complex or discard codes in patterns: such a line is inert */
    if (s->pd->opt.bTreebank && (!strcmp(pp->zCode, "+++") || !strcmp(pp->zCode, "###"))) continue;
    s->nLenAlt = 0;
    s->bAltUsed = 0;
    if (!check_pattern(s, pp, index)) continue;
    if (s->bAltUsed) {
      if (!pBest || pp->iLen + s->nLenAlt > nMaxLen) {
        pBest = pp;
        iSrc = s->indexSource;
        iTgt = s->indexTarget;
        iCmp = s->indexCompound;
        nMaxLen = pp->iLen - alt_max_len(s->pd, &pp->phrase) + s->nLenAlt;
      }
      bGotAlt = 1;
      continue;
    }
    pBest = pp;
    iSrc = s->indexSource;
    iTgt = s->indexTarget;
    iCmp = s->indexCompound;
    break;
  }
  if (pBest) {
    const PVerbPat *pp = pBest;
    s->indexSource = iSrc;
    s->indexTarget = iTgt;
    s->indexCompound = iCmp;
    if (s->indexSource >= 0) {
      actor_codes(s, s->indexSource, &s->source);
      find_agent(s, s->indexSource, &s->source);
    }
    if (s->indexTarget >= 0) {
      actor_codes(s, s->indexTarget, &s->target);
      find_agent(s, s->indexTarget, &s->target);
    }
    if (s->indexCompound >= 0) {
      actor_codes(s, s->indexCompound, &s->source);
      actor_codes(s, s->indexCompound, &s->target);
    }
    make_event(s, pp->zCode, index, pp);
    return;
  }
  make_event(s, v->zCode, index, NULL);
}

/* The first and last word of clause c; 0 when there is no such clause. */
static int clause_bounds(Sparse *s, int c) {
  int32_t a = -1, b = -1;
  for (size_t i = 0; i < s->nW; i++)
    if (s->aW[i].iClause == c) {
      if (a < 0) a = (int32_t)i;
      b = (int32_t)i;
    }
  if (a < 0) return 0;
  s->iStartClause = a;
  s->iEndClause = b;
  return 1;
}

static void check_verbs(Sparse *s) {
  int codeBy = s->pd->opt.codeBy;
  memset(&s->source, 0, sizeof s->source);
  s->bPassive = 0;
  int nClause = 0;
  for (size_t i = 0; i < s->nW; i++)
    if (s->aW[i].iClause + 1 > nClause) nClause = s->aW[i].iClause + 1;
  for (int c = 0; c < nClause; c++) {
    if (!clause_bounds(s, c)) continue;
    if (s->iEndClause - s->iStartClause < 2) continue;
    if (c == s->iFreshClause) memset(&s->source, 0, sizeof s->source);
    if (s->iStartClause > 0 && s->aW[s->iStartClause].type == W_ACTOR && s->aW[s->iStartClause].bHead) {
      actor_codes(s, s->iStartClause, &s->source);
      find_agent(s, s->iStartClause, &s->source);
    }
    memset(&s->target, 0, sizeof s->target);
    size_t nStart = s->nE;
    size_t i = (size_t)s->iStartClause;
    while (i <= (size_t)s->iEndClause && i < s->nW) {
      if (skip_subord(s, &i)) continue;
      if (s->aW[i].type == W_VERB && s->aW[i].bHead) {
        do_verb(s, (int32_t)i);
        if (codeBy != PCODE_ALL) {
          int bGot = 0;
          for (size_t k = nStart; k < s->nE; k++)
            if (!s->aE[k].bSub && !s->aE[k].bNull) bGot = 1;
          if (bGot && codeBy == PCODE_BY_SENTENCE) return;
          if (bGot) break;
        }
      }
      i++;
    }
  }
}

/* ---- evaluation, expansion, output ------------------------------------------------ */

/* evaluateEvents: discard and complex codes cancel the sentence; dominant
** codes keep only their kind; subordinate codes count only when alone. */
static void evaluate_events(Sparse *s) {
  int bDom = 0, bNonSub = 0;
  for (size_t k = 0; k < s->nE; k++) {
    SEvent *e = &s->aE[k];
    if (e->bNull) continue;
    if (e->bDiscard) { s->bDiscard = 1; return; }
    if (e->bComplex || (e->src.zActor && !strcmp(e->src.zActor, "+++")) ||
        (e->tgt.zActor && !strcmp(e->tgt.zActor, "+++"))) {
      s->bComplex = 1;
      return;
    }
    if (e->bDom) { bDom = 1; bNonSub = 1; break; }
    if (!e->bSub) bNonSub = 1;
  }
  size_t o = 0;
  for (size_t k = 0; k < s->nE; k++) {
    SEvent *e = &s->aE[k];
    int bKeep = !e->bNull && (bDom ? e->bDom : bNonSub ? !e->bSub : 1);
    if (bKeep) s->aE[o++] = *e;
    else free((char *)e->zCode);
  }
  s->nE = o;
}

/* TABARI's addCompositeCode: actor + agent, the agent's '~' saying which side;
** an agent code already inside the actor code (on a 3-character boundary) is
** not added twice. */
static void composite(const char *zActor, const char *zAgent, char *zOut, size_t nOut) {
  if (!zAgent || !zAgent[0]) {
    snprintf(zOut, nOut, "%s", zActor);
    return;
  }
  if (zAgent[0] == '~') {
    const char *p = strstr(zActor, zAgent + 1);
    if (p && (p - zActor) % 3 == 0) snprintf(zOut, nOut, "%s", zActor);
    else snprintf(zOut, nOut, "%s%s", zActor, zAgent + 1);
  } else {
    char zA[64];
    snprintf(zA, sizeof zA, "%s", zAgent);
    size_t n = strlen(zA);
    if (n && zA[n - 1] == '~') zA[--n] = 0;
    const char *p = strstr(zActor, zA);
    if (p && (p - zActor) % 3 == 0) snprintf(zOut, nOut, "%s", zActor);
    else snprintf(zOut, nOut, "%s%s", zA, zActor);
  }
}

/* One coded event with plain codes, as handed to the caller. */
typedef struct SOut { char zSrc[96], zTgt[96]; const SEvent *pEv; } SOut;

/* expandCompoundCodes + makeEventStrings: A/B codes become one event per
** code; events with the same source and target, or repeated, are dropped. */
static int expand_events(Sparse *s, SOut **paOut, size_t *pnOut) {
  SOut *a = NULL;
  size_t n = 0, nAlloc = 0;
  for (size_t k = 0; k < s->nE; k++) {
    const SEvent *e = &s->aE[k];
    char zS[256], zT[256];
    snprintf(zS, sizeof zS, "%s", e->src.zActor ? e->src.zActor : "");
    snprintf(zT, sizeof zT, "%s", e->tgt.zActor ? e->tgt.zActor : "");
    char *sp1, *sp2;
    for (char *ps = strtok_r(zS, "/", &sp1); ps; ps = strtok_r(NULL, "/", &sp1)) {
      char zT2[256];
      memcpy(zT2, zT, sizeof zT2);
      for (char *pt = strtok_r(zT2, "/", &sp2); pt; pt = strtok_r(NULL, "/", &sp2)) {
        SOut o;
        char zTmp[96];
        composite(ps, e->src.zAgent, zTmp, sizeof zTmp);
        composite(zTmp, e->src.zAgent2, o.zSrc, sizeof o.zSrc);
        composite(pt, e->tgt.zAgent, zTmp, sizeof zTmp);
        composite(zTmp, e->tgt.zAgent2, o.zTgt, sizeof o.zTgt);
        o.pEv = e;
        if (!o.zSrc[0] || !o.zTgt[0] || !strcmp(o.zSrc, o.zTgt)) continue;
        /* "---" alone: no actor; PETRARCH keeps it as a target unless require_dyad */
        if (!strcmp(o.zSrc, "---") || (!strcmp(o.zTgt, "---") && s->pd->opt.bRequireDyad)) continue;
        int bDup = 0;
        for (size_t q = 0; q < n; q++)
          if (!strcmp(a[q].zSrc, o.zSrc) && !strcmp(a[q].zTgt, o.zTgt) && !strcmp(a[q].pEv->zCode, e->zCode))
            bDup = 1;
        if (bDup) continue;
        if (!vec_grow((void **)&a, &nAlloc, n, sizeof(SOut))) {
          free(a);
          return 0;
        }
        a[n++] = o;
      }
    }
  }
  *paOut = a;
  *pnOut = n;
  return 1;
}

static void sparse_free(Sparse *s) {
  for (size_t k = 0; k < s->nE; k++) free((char *)s->aE[k].zCode);
  free(s->aE);
  free(s->aW);
  free(s->zFilt);
}

/* Codes one sentence: fills *paOut (malloc'ed; free it, then sparse_free). 0 on OOM. */
static int sparse_sentence(Sparse *s, const char *z, size_t n, SOut **paOut, size_t *pnOut) {
  *paOut = NULL;
  *pnOut = 0;
  int bCaps = 0;
  if (!(s->zFilt = filter_text(z, n, &bCaps))) return 0;
  if (!make_words(s, bCaps)) return 0;
  if ((int)s->nW < s->pd->opt.nMinWords) return 1;   /* TABARI's minimum words */
  make_roots(s);
  if (s->bOom) return 0;
  mark_nouns(s);
  if (s->pd->opt.bTreebank) absorb_possessed(s);
  if (s->pd->opt.bConvertAgent || s->pd->opt.bTreebank) convert_agents(s);
  mark_compound(s);
  mark_subordinate(s);
  null_subordinate(s);
  mark_clauses(s);
  dereference_pronouns(s);
  check_discards(s);
  if (s->bDiscard) return 1;
  if (s->pd->opt.bTimeShift) check_time(s);
  if (s->bDiscard || s->bComplex) return 1;
  evaluate_complexity(s);
  if (s->bComplex) return 1;
  check_verbs(s);
  if (s->bOom) return 0;
  evaluate_events(s);
  if (s->bDiscard || s->bComplex) return 1;
  return expand_events(s, paOut, pnOut);
}

/* "FILE:LINE" of an entry, "" when none. */
static void entry_place(Buf *b, const PatDict *pd, int32_t iEntry) {
  if (iEntry < 0) return;
  const PEntry *e = &pd->aEntry[iEntry];
  buf_printf(b, "%s:%d", e->zFile ? e->zFile : "", e->iLine);
}

/* The text of a phrase as written in a dictionary (for --explain). */
static void phrase_text(Buf *b, const PatDict *pd, const PPhrase *ph) {
  for (uint32_t k = 0; k < ph->n; k++) {
    const PElem *e = &ph->a[k];
    switch (e->kind) {
      case PE_WORD: buf_append(b, e->z, e->n); break;
      case PE_VERB: buf_putc(b, '*'); break;
      case PE_SOURCE: buf_putc(b, '$'); break;
      case PE_TARGET: buf_putc(b, '+'); break;
      case PE_COMPOUND: buf_putc(b, '%'); break;
      case PE_SKIP: buf_putc(b, '^'); break;
      case PE_SYNSET: buf_puts(b, e->z); break;
      case PE_ALT: {
        const PSet *set = &pd->aSet[e->iSet];
        buf_puts(b, "{ ");
        for (size_t m = 0; m < set->n; m++) {
          if (m) buf_puts(b, " | ");
          phrase_text(b, pd, &set->a[m]);
        }
        buf_puts(b, " }");
        break;
      }
      default: break;
    }
    if (k + 1 < ph->n) buf_putc(b, e->fNext ? '_' : ' ');
  }
}

static void explain_actor(Buf *b, const PatDict *pd, const SActor *a) {
  Buf t;
  buf_init(&t);
  entry_place(&t, pd, a->iEntry);
  if (a->iAgent >= 0) {
    if (t.n) buf_puts(&t, " + ");
    entry_place(&t, pd, a->iAgent);
  }
  buf_json_strn(b, t.n ? t.z : NULL, t.n);
  buf_free(&t);
}

/* --explain for a pattern-coded event: the dictionary lines that fired, in
** the form tocsin_event_explain documents. An arena string or NULL on OOM. */
static const char *explain_json(Arena *A, const PatDict *pd, const Sparse *s, const SEvent *e) {
  Buf b, v;
  buf_init(&b);
  buf_init(&v);
  (void)s;
  buf_puts(&b, "{\"source\":");
  explain_actor(&b, pd, &e->src);
  buf_puts(&b, ",\"target\":");
  explain_actor(&b, pd, &e->tgt);
  buf_puts(&b, ",\"verb\":");
  if (e->pPat) {
    buf_printf(&v, "%s:%d: - ", e->pPat->zFile ? e->pPat->zFile : "", e->pPat->iLine);
    phrase_text(&v, pd, &e->pPat->phrase);
    buf_printf(&v, " [%s]", e->pPat->zCode);
  } else if (e->iVerbRoot >= 0) {
    const PVerb *pv = &pd->aVerb[e->iVerbRoot];
    buf_printf(&v, "%s:%d: ", pv->zFile ? pv->zFile : "", pv->iLine);
    phrase_text(&v, pd, &pv->root);
    buf_printf(&v, " [%s]", pv->zCode);
  }
  buf_json_strn(&b, v.n ? v.z : NULL, v.n);
  buf_putc(&b, '}');
  const char *z = b.bOom || v.bOom ? NULL : arena_strndup(A, b.z, b.n);
  buf_free(&b);
  buf_free(&v);
  return z;
}

/* PETRARCH's issue coding: the issue codes whose phrases occur in the
** sentence, each once, in order ("TERRORISM,ELECTIONS"); phrases inside a
** match of an exclusion ("~a head start") do not count. An arena string or
** NULL when there are none. */
typedef struct IssueScan {
  const Sparse *s;
  size_t i;
  int bExclusion;        /* pass 1: exclusions; pass 2: issues */
  unsigned char *aOff;   /* words covered by an exclusion */
  Buf *pOut;
  int32_t aIdx[64];
} IssueScan;

static int issue_entry(void *pArg, int32_t iEntry) {
  IssueScan *x = pArg;
  const PEntry *e = &x->s->pd->aEntry[iEntry];
  if (e->kind != PK_ISSUE || !e->zIssue || e->phrase.n > 64) return 0;
  int bExcl = e->zIssue[0] == '~';
  if (bExcl != x->bExclusion) return 0;
  if (!match_root(x->s, &e->phrase, x->i, 0, x->aIdx)) return 0;
  if (bExcl) {
    for (uint32_t k = 0; k < e->phrase.n; k++) x->aOff[x->aIdx[k]] = 1;
    return 0;
  }
  for (uint32_t k = 0; k < e->phrase.n; k++)
    if (x->aOff[x->aIdx[k]]) return 0;
  /* each code once */
  size_t n = strlen(e->zIssue);
  for (const char *z = x->pOut->n ? x->pOut->z : ""; *z;) {
    const char *c = strchr(z, ',');
    size_t m = c ? (size_t)(c - z) : strlen(z);
    if (m == n && !memcmp(z, e->zIssue, n)) return 0;
    z += m + (c ? 1 : 0);
  }
  if (x->pOut->n) buf_putc(x->pOut, ',');
  buf_append(x->pOut, e->zIssue, n);
  return 0;
}

static const char *sentence_issues(Arena *A, const Sparse *s) {
  if (!s->nW) return NULL;
  Buf out;
  buf_init(&out);
  IssueScan x;
  memset(&x, 0, sizeof x);
  x.s = s;
  x.pOut = &out;
  x.aOff = calloc(s->nW, 1);
  if (!x.aOff) return NULL;
  for (int pass = 1; pass >= 0; pass--) {
    x.bExclusion = pass;
    for (x.i = 0; x.i < s->nW; x.i++) patdict_each_entry(s->pd, s->aW[x.i].z, s->aW[x.i].n, issue_entry, &x);
  }
  free(x.aOff);
  const char *z = out.n && !out.bOom ? arena_strndup(A, out.z, out.n) : NULL;
  buf_free(&out);
  return z;
}

static const char *code_root_of(Arena *A, const char *zCode) {
  return arena_strndup(A, zCode, strlen(zCode) >= 2 ? 2 : strlen(zCode));
}

int sparse_code_doc(tocsin_doc *d, const tocsin_dict *p, struct EventFired **paFired) {
  const PatDict *pd = p->pPat;
  int32_t iFwdActor = -1, iFwdGroup = -1;
  Ymd docDate;
  int bDate = d->zDate[0] && ymd_parse(d->zDate, &docDate);
  size_t nFiredAlloc = 0;
  *paFired = NULL;
  for (size_t i = 0; i < d->nSent; i++) {
    const tocsin_sentence *st = &d->aSent[i];
    Sparse s;
    memset(&s, 0, sizeof s);
    s.pd = pd;
    s.day = bDate ? ymd_to_days(docDate) : LONG_MIN;
    s.iFwdActor = iFwdActor;
    s.iFwdGroup = iFwdGroup;
    SOut *aOut = NULL;
    size_t nOut = 0;
    int ok = sparse_sentence(&s, st->zText, strlen(st->zText), &aOut, &nOut);
    if (ok && s.nW) set_forward(&s, &iFwdActor, &iFwdGroup);
    const char *zIssues = ok && nOut && pd->bHasIssues ? sentence_issues(d->pArena, &s) : NULL;
    for (size_t k = 0; ok && k < nOut; k++) {
      tocsin_event ev;
      memset(&ev, 0, sizeof ev);
      Arena *A = d->pArena;
      ev.iSentence = i;
      if (bDate) {
        char zd[11];
        Ymd t = ymd_from_days(ymd_to_days(docDate) + s.nShift);
        ymd_format(t, zd);
        ev.zDate = arena_strdup(A, zd);
        ev.zDateText = s.nShift ? "time shift" : "document date";
      }
      ev.source.zCode = arena_strdup(A, aOut[k].zSrc);
      ev.target.zCode = arena_strdup(A, aOut[k].zTgt);
      ev.source.zText = ev.target.zText = NULL;
      const SEvent *e = aOut[k].pEv;
      const CameoCode *cc = dict_cameo(p, e->zCode);
      ev.zEvent = arena_strdup(A, e->zCode);
      ev.zRoot = code_root_of(A, e->zCode);
      if (cc) {
        int root = (cc->zCode[0] - '0') * 10 + (cc->zCode[1] - '0');
        ev.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        ev.goldstein = cc->goldstein;
        ev.zPlover = cc->zPlover;
      }
      const SWord *w = &s.aW[e->iVerb];
      int32_t t = w->iTail >= e->iVerb ? w->iTail : e->iVerb;
      ev.zVerb = arena_strndup(A, w->z, (size_t)(s.aW[t].z + s.aW[t].n - w->z));
      ev.zMood = "fact";
      ev.zIssues = zIssues;
      if (!ev.source.zCode || !ev.target.zCode || !ev.zEvent || !ev.zRoot || !ev.zVerb ||
          !vec_grow((void **)&d->aEvent, &d->nEventAlloc, d->nEvent, sizeof(tocsin_event)) ||
          !vec_grow((void **)paFired, &nFiredAlloc, d->nEvent, sizeof(struct EventFired))) {
        ok = 0;
        break;
      }
      memset(&(*paFired)[d->nEvent], 0, sizeof(struct EventFired));
      (*paFired)[d->nEvent].zPreset = explain_json(A, pd, &s, e);
      d->aEvent[d->nEvent++] = ev;
    }
    free(aOut);
    sparse_free(&s);
    if (!ok) return 0;
  }
  return 1;
}
