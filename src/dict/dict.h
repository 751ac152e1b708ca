/*
** Compiled dictionaries: interned tokens, token-ID tries, actor entries, verb
** patterns and the CAMEO table. Built once by tocsin_dict_load(); read-only
** afterwards, so coding threads may share one dict.
*/
#ifndef TOCSIN_DICT_H
#define TOCSIN_DICT_H

#include "../core/internal.h"

#include <stdint.h>

#define TOK_NONE 0u   /* token id 0 means "not in the dictionary vocabulary" */

/* ---- interned vocabulary -------------------------------------------------- */
typedef struct InternSlot { uint32_t id, hash; } InternSlot;   /* id 0 = empty */
typedef struct Intern {
  char **azTok;       /* id -> lower-case token (arena) */
  uint32_t nTok, nTokAlloc;
  InternSlot *aSlot;  /* open-addressing table of ids with their hashes */
  uint32_t nSlot;     /* power of two */
} Intern;

int intern_init(Intern *p);
void intern_free(Intern *p);
/* Grows the table (and id array) so that nTok tokens in all fit without a
** rehash. Ids are unaffected. 0 on OOM (p is unchanged and still valid). */
int intern_reserve(Intern *p, uint32_t nTok);
/* Id of the lower-cased token z[0..n), adding it when bAdd; TOK_NONE if absent
** (and !bAdd) or on OOM. */
uint32_t intern_id(Intern *p, Arena *pArena, const char *z, size_t n, int bAdd);

/* ---- tokenizer shared by dictionaries and sentences ----------------------- */
typedef struct Token {
  uint32_t start, end;   /* byte offsets in the tokenized string */
  uint32_t id;           /* interned id (TOK_NONE when unknown) */
  uint8_t bCap;          /* first letter upper case */
  uint8_t bWord;         /* letters/digits (not punctuation) */
} Token;

/* Splits z[0..n) into tokens: words (letters, digits, inner apostrophes that are
** not possessive, initialisms like "U.S."), possessive "'s" as its own token,
** hyphen as its own token, every other punctuation character its own token.
** Curly apostrophes count as "'". Appends to *paTok (malloc'ed, grown). When
** pIntern is non-NULL ids are looked up (bAdd: added). Returns 0 on OOM. */
int tokenize(const char *z, size_t n, Intern *pIntern, Arena *pArena, int bAdd,
             Token **paTok, size_t *pnTok, size_t *pnAlloc);

/* ---- trie over token ids -------------------------------------------------- */
typedef struct TrieEdge { uint32_t from, tok, to; } TrieEdge;
typedef struct Trie {
  int32_t *aHead;          /* node -> first payload ref, -1 none */
  uint32_t nNode, nNodeAlloc;
  TrieEdge *aEdge;         /* open addressing on (from,tok), from != 0; to==0 empty */
  uint32_t nEdge, nEdgeSlot;
  struct TrieRef { uint32_t iItem; int32_t iNext; } *aRef;
  uint32_t nRef, nRefAlloc;
  uint32_t *aRoot;         /* the root's children by token id (0 none): not in aEdge */
  uint32_t nRoot;          /* entries in aRoot */
} Trie;

int trie_init(Trie *t);
void trie_free(Trie *t);
/* Makes room for nNode nodes, nEdge edges below the root's children and nRef
** payloads without regrowing the tables. Lookups are unaffected. 0 on OOM
** (t stays valid). */
int trie_reserve(Trie *t, uint32_t nNode, uint32_t nEdge, uint32_t nRef);
/* Adds the token sequence with payload iItem. 0 on OOM. */
int trie_add(Trie *t, const uint32_t *aTok, size_t nTok, uint32_t iItem);
/* Child of node for tok, or 0 (the root is node 0 and is never a child). */
uint32_t trie_step(const Trie *t, uint32_t node, uint32_t tok);

/* ---- actors --------------------------------------------------------------- */
typedef enum ActorKind {
  AK_COUNTRY, AK_DEMONYM, AK_CAPITAL, AK_METONYM, AK_PLACE, AK_ORG, AK_AGENT, AK_PERSON,
  AK_IGNORE,  /* phrases that look like actors but are not ("South China Sea") */
  AK_GROUP    /* a religious or ethnic identity that is no state ("Sunnis" MOSSUN, "Kurds" KUR) */
} ActorKind;

typedef struct PersonRole {
  char zCode[16];
  long from, to;          /* days since epoch, inclusive; LONG_MIN/LONG_MAX open */
  int bDefault;           /* the "* *" line */
  int iLine;              /* its line (same file as the person) */
} PersonRole;

typedef struct ActorEntry {
  ActorKind kind;
  const char *zCode;      /* actor code (country code for country/demonym/capital/place;
                          ** the identity code for a group) */
  const char *zCountry;   /* ISO alpha-3 or NULL */
  const char *zOrg;       /* short name for orgs */
  const char *zRole;      /* role code (agents, metonyms) */
  const char *zName;      /* first phrase (display) */
  PersonRole *aRole; size_t nRole;
  const char *zFile; int iLine;   /* provenance for --explain */
  int bRegion;            /* a demonym, place or capital whose code is no state's or bloc's
                          ** (CAMEO regions: "the Sahel" WAF, "European" EUR): it lends no
                          ** country to roles named without one */
  int bFemale;            /* a person written "person she": "she" and "her" may stand for
                          ** her, "he" and "him" may not (and the reverse for the others) */
} ActorEntry;

/* Set on a trie payload when the phrase is an acronym written in capitals
** ("US", "UK"): it then matches only capitals in text, not "us". */
#define ACTOR_EXACT_CASE 0x80000000u
/* Set on a trie payload when the name was written with a leading '~'
** ("~euro zone"): a name usually printed in lower case, exempt from the rule
** that a name ends in a capitalised word. */
#define ACTOR_ANY_CASE 0x40000000u
#define ACTOR_FLAGS (ACTOR_EXACT_CASE | ACTOR_ANY_CASE)

/* ---- verbs ---------------------------------------------------------------- */
#define SLOT_GAP 0xFFFFFFFFu
typedef struct VerbSlot { uint32_t *aTok; uint32_t nTok; int bGap; } VerbSlot;
typedef struct VerbPattern {
  char zCode[8];
  uint32_t lemma;          /* token id of the lemma */
  VerbSlot *aSlot; uint32_t nSlot;   /* slots after the verb */
  const char *zText;       /* the pattern as written */
  const char *zFile; int iLine;
  /* written "!lemma ...": the pattern holds only where its verb is negated
  ** after a modal of the future ("will not tolerate"), and the negation is
  ** part of the act ("Moscow would not tolerate provocations" threatens, 130) */
  int bNegOnly;
} VerbPattern;

typedef enum VerbForm { VF_BASE = 1, VF_3S = 2, VF_PAST = 4, VF_PP = 8, VF_ING = 16 } VerbForm;
/* For each surface token that is a form of some lemma: (form token, lemma, form bits). */
typedef struct VerbFormEntry { uint32_t tok, lemma; uint32_t forms; int32_t iNext; } VerbFormEntry;

typedef struct CameoCode {
  char zCode[8];
  double goldstein;
  const char *zPlover;     /* NULL for dropped roots */
  const char *zName;
} CameoCode;

struct tocsin_dict {
  struct PatDict *pPat;                 /* TABARI/PETRARCH set (src/dict/pattern.h), else NULL */
  Arena *pArena;
  Intern vocab;
  Trie actors;                          /* phrase -> ActorEntry index */
  ActorEntry *aActor; size_t nActor, nActorAlloc;
  size_t nActorPhrases, nAgentPhrases;
  VerbPattern *aPat; size_t nPat, nPatAlloc;
  int32_t *aPatByLemma; uint32_t nPatByLemma;   /* lemma tok -> first pattern (chain via aPatNext) */
  int32_t *aPatNext;
  VerbFormEntry *aForm; size_t nForm, nFormAlloc;
  int32_t *aFormHead; uint32_t nFormHead;       /* surface tok -> first VerbFormEntry */
  CameoCode *aCode; size_t nCode, nCodeAlloc;
  /* irregular forms registered before use: lemma tok -> 5 forms */
  struct Irregular { uint32_t lemma; uint32_t aForm[5]; } *aIrr; size_t nIrr, nIrrAlloc;
  /* phrases of names that cannot match as written (for tocsin_dict_check) */
  struct NeverMatch { uint32_t iActor; const char *zPhrase; } *aNever; size_t nNever, nNeverAlloc;
  /* surnames: token id -> chain of the people whose full name ends in it
  ** ("Maduro": Nicolas Maduro, Ricardo Maduro), and of SURNAME_PHRASE when
  ** the word is a one-word phrase of any actor, which the trie matches */
  int32_t *aSurname; uint32_t nSurname;   /* head link per token id, -1 none */
  struct SurnameLink { int32_t iActor, iNext; } *aSurnameLink; size_t nSurnameLink, nSurnameLinkAlloc;
  /* dependent territories (dict/dependencies.txt): "NCLFRA", territory then state */
  struct Dependency { char z[7]; } *aDep; size_t nDep, nDepAlloc;
  /* neighbouring states (dict/borders.txt), both orders, sorted for
  ** bsearch: "IRQKWT" and "KWTIRQ"; z[6] is 'L' (land) or 'S' (sea) */
  struct Neighbour { char z[8]; } *aNb; size_t nNb, nNbAlloc;
  /* peoples living as a community in other states (dict/kin.txt): per
  ** ethnic word, its kin state and the host states, "XKXBIHHRV" */
  struct Kin { uint32_t tok; char zKin[4]; const char *zHosts; } *aKin; size_t nKin, nKinAlloc;
};
#define SURNAME_PHRASE (-2)
/* The one person whose full name ends in token tok and who holds a role on
** day (days since the epoch), or NULL: none, several, or tok is a one-word
** phrase of some actor. */
const ActorEntry *dict_surname(const tocsin_dict *p, uint32_t tok, long day);

/* 1 if person a's name puts the family name first, as Chinese, Korean and
** Taiwanese names do ("Yoon Suk Yeol", "Tsai Ing-wen"): news then calls the
** person by the first word. Decided by the state of a's first role. */
int dict_family_name_first(const ActorEntry *a);

const CameoCode *dict_cameo(const tocsin_dict *p, const char *zCode);
/* 1 if territory zTerr is administered by state zState (both ISO alpha-3;
** dict/dependencies.txt), else 0. */
int dict_dependency(const tocsin_dict *p, const char *zTerr, const char *zState);
/* 'L' if states zA and zB (ISO alpha-3) share a land boundary, 'S' if they
** face each other across a strait or narrow sea (dict/borders.txt), 0 if
** neither or either is NULL. */
int dict_neighbours(const tocsin_dict *p, const char *zA, const char *zB);
/* 1 if dict/borders.txt lists any neighbour of state zA, so that a 0 from
** dict_neighbours means "not a neighbour", not "unknown". */
int dict_knows_neighbours(const tocsin_dict *p, const char *zA);
/* The host states (three-letter codes run together, "XKXBIHHRV") of the
** people whose ethnic word is token tok ("serb", dict/kin.txt), with *pzKin
** set to its kin state's code; NULL when tok names no such people. */
const char *dict_kin_hosts(const tocsin_dict *p, uint32_t tok, const char **pzKin);
/* Loads tocsin's CAMEO table (dict/cameo.txt) into p: Goldstein weights and
** PLOVER for events coded with dictionaries in other formats. 0 on error. */
int dict_load_cameo_table(tocsin_dict *p, tocsin_error *pErr);
/* First VerbFormEntry for a surface token, or NULL; follow iNext (-1 ends). */
const VerbFormEntry *dict_forms(const tocsin_dict *p, uint32_t tok);
/* First pattern index for a lemma, -1 none; chain via p->aPatNext. */
int32_t dict_patterns(const tocsin_dict *p, uint32_t lemma);
/* Id of a token if in vocabulary (lower-cased), else TOK_NONE. */
uint32_t dict_tok(const tocsin_dict *p, const char *z);

/* Index of the role person a holds on day (bDay: a day is known), else its
** `* *` default line, else -1 (see dict_person_fallback). */
int dict_person_role(const ActorEntry *a, long day, int bDay);
/* Nonzero when actor code z is a state's (its first three letters a country
** or region), not an organisation's or a company's (IGO, NGO, MNC). */
int dict_state_code(const char *z);
/* The code outside every range: the nearest range's country + ELI (IGO/NGO
** codes kept as they are); "" when the person has no roles. */
void dict_person_fallback(const ActorEntry *a, long day, char *z, size_t n);
/* The code a state's name, capital or metonym stands for on day when one of
** its dated lines covers it ("Moscow" in 1985: SUN), else NULL (the entry's own
** code). Without a day (bDay 0) always NULL: the present-day reading. */
const char *dict_entry_dated(const ActorEntry *a, long day, int bDay);

/* Generates the five forms of a regular English verb into az (each buffer
** at least 64 bytes): base, 3rd person, past, past participle, -ing. */
void verb_regular_forms(const char *zLemma, char az[5][64]);

#endif
