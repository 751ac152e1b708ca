/*
** Loading tocsin's own dictionaries (docs/dictionaries.md) and compiling them
** to token-ID tries. Errors name file, line and column and what was expected.
*/
#include "dict.h"
#include "pattern.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef TOCSIN_DICT_DIR
#define TOCSIN_DICT_DIR "dict"
#endif
#ifndef TOCSIN_GEN_DIR
#define TOCSIN_GEN_DIR "build/dict"
#endif

typedef struct Loader {
  tocsin_dict *p;
  tocsin_error *pErr;
  const char *zFile;   /* arena copy */
  int iLine;
  Token *aTok; size_t nTok, nTokAlloc;
  uint32_t *aId; size_t nIdAlloc;
  ActorEntry *pPerson;   /* person awaiting role lines */
  ActorEntry *pDated;    /* state name, capital, place or metonym that may take dated code lines */
} Loader;

static int load_fail(Loader *L, size_t col, const char *zWhat) {
  err_set(L->pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%zu: %s", L->zFile, L->iLine, col, zWhat);
  if (L->pErr) {
    L->pErr->line = (size_t)L->iLine;
    L->pErr->col = col;
  }
  return 0;
}

static int load_oom(Loader *L) {
  err_set(L->pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory loading %s", L->zFile);
  return 0;
}

/* Reads a file into a malloc'ed NUL-terminated buffer, its length in *pn:
** one allocation sized from fstat() and, for a regular file, one read.
** NULL with errno set when the file cannot be opened or memory runs out. */
static char *slurp(const char *zPath, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f) return NULL;
  struct stat st;
  size_t nAlloc = 65536;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
      (uint64_t)st.st_size < SIZE_MAX / 2)
    nAlloc = (size_t)st.st_size + 2;   /* one byte more than the file: the read stops short at EOF */
  char *z = malloc(nAlloc);
  size_t n = 0;
  while (z) {
    if (n + 1 >= nAlloc) {   /* the file grew, or is not a regular file */
      char *zNew = nAlloc < SIZE_MAX / 2 ? realloc(z, nAlloc * 2) : NULL;
      if (!zNew) {
        free(z);
        z = NULL;
        errno = ENOMEM;
        break;
      }
      z = zNew;
      nAlloc *= 2;
    }
    size_t nWant = nAlloc - 1 - n, nRead = fread(z + n, 1, nWant, f);
    n += nRead;
    if (nRead < nWant) break;   /* EOF (or a read error: what was read is kept, as before) */
  }
  fclose(f);
  if (!z) return NULL;
  z[n] = 0;
  *pn = n;
  return z;
}

static char *trim(char *z) {
  while (*z == ' ' || *z == '\t') z++;
  size_t n = strlen(z);
  while (n && (z[n - 1] == ' ' || z[n - 1] == '\t' || z[n - 1] == '\r')) z[--n] = 0;
  return z;
}

/* The next line of the text at *pz, NUL-terminated in place, with *pz moved
** past it and L->iLine counted; NULL at the end of the text. */
static char *next_line(Loader *L, char **pz) {
  char *z = *pz;
  if (!z || !*z) return NULL;
  char *zEol = strchr(z, '\n');
  if (zEol) *zEol = 0;
  *pz = zEol ? zEol + 1 : NULL;
  L->iLine++;
  return z;
}

/* Tokenizes a phrase into L->aId (dropping a leading "the"); returns count. */
static size_t phrase_ids(Loader *L, const char *z, int *pbOk) {
  tocsin_dict *p = L->p;
  L->nTok = 0;
  *pbOk = tokenize(z, strlen(z), &p->vocab, p->pArena, 1, &L->aTok, &L->nTok, &L->nTokAlloc);
  if (!*pbOk) return 0;
  size_t i0 = 0;
  if (L->nTok > 1 && L->aTok[0].end - L->aTok[0].start == 3 &&
      strnicmp_ascii(z + L->aTok[0].start, "the", 3) == 0)
    i0 = 1;
  if (!vec_grow((void **)&L->aId, &L->nIdAlloc, L->nTok, sizeof(uint32_t))) {
    *pbOk = 0;
    return 0;
  }
  for (size_t i = i0; i < L->nTok; i++) L->aId[i - i0] = L->aTok[i].id;
  return L->nTok - i0;
}

static ActorEntry *actor_new(Loader *L, ActorKind kind) {
  tocsin_dict *p = L->p;
  if (!vec_grow((void **)&p->aActor, &p->nActorAlloc, p->nActor, sizeof(ActorEntry))) return NULL;
  ActorEntry *e = &p->aActor[p->nActor++];
  memset(e, 0, sizeof(*e));
  e->kind = kind;
  e->zFile = L->zFile;
  e->iLine = L->iLine;
  return e;
}

/* Can the phrase just tokenized into L->aTok (its last n tokens are the
** phrase) match text written as it is? Names must end in a capitalised word,
** a hyphenated lower-case ending aside ("Kim Jong-un"): the rule of the
** coder's match_at (src/code/coder.c). */
static int phrase_can_match(const Loader *L, const char *z, size_t n) {
  size_t s = L->nTok - n, iLast = L->nTok - 1;
  while (iLast >= s + 2 && !L->aTok[iLast].bCap && z[L->aTok[iLast - 1].start] == '-' &&
         L->aTok[iLast - 1].end - L->aTok[iLast - 1].start == 1 &&
         L->aTok[iLast - 1].end == L->aTok[iLast].start && L->aTok[iLast - 2].end == L->aTok[iLast - 1].start)
    iLast -= 2;
  const Token *t = &L->aTok[iLast];
  return t->bCap || !is_alpha((unsigned char)z[t->start]);
}

/* Notes that token tok ends a full name of person iPerson, or
** (SURNAME_PHRASE) is a one-word phrase of some actor. 0 on OOM. */
static int surname_note(tocsin_dict *p, uint32_t tok, int32_t iPerson) {
  if (tok == TOK_NONE) return 1;
  if (tok >= p->nSurname) {
    uint32_t n = p->nSurname ? p->nSurname : 1024;
    while (n <= tok) n *= 2;
    int32_t *a = realloc(p->aSurname, n * sizeof *a);
    if (!a) return 0;
    for (uint32_t i = p->nSurname; i < n; i++) a[i] = -1;
    p->aSurname = a;
    p->nSurname = n;
  }
  for (int32_t k = p->aSurname[tok]; k >= 0; k = p->aSurnameLink[k].iNext)
    if (p->aSurnameLink[k].iActor == iPerson) return 1;
  if (!vec_grow((void **)&p->aSurnameLink, &p->nSurnameLinkAlloc, p->nSurnameLink, sizeof(*p->aSurnameLink)))
    return 0;
  p->aSurnameLink[p->nSurnameLink].iActor = iPerson;
  p->aSurnameLink[p->nSurnameLink].iNext = p->aSurname[tok];
  p->aSurname[tok] = (int32_t)p->nSurnameLink++;
  return 1;
}

/* The one person whose full name ends in token tok and who holds an office
** on day, else NULL. Why the tie: "Uribe flew to Caracas" in 2005, when
** President Alvaro Uribe and his defence minister Jorge Alberto Uribe both
** held office, is Colombia's government either way; people who share a
** surname and the same code that day give that code, and the one listed
** first (each country's leaders come first in its table) stands for both.
** Holders of different codes stay no one's, and so does a word that is a
** verb's form. */
const ActorEntry *dict_surname(const tocsin_dict *p, uint32_t tok, long day) {
  if (tok >= p->nSurname) return NULL;
  const ActorEntry *pOne = NULL;
  int iOneRole = -1;
  for (int32_t k = p->aSurname[tok]; k >= 0; k = p->aSurnameLink[k].iNext) {
    int32_t iActor = p->aSurnameLink[k].iActor;
    if (iActor == SURNAME_PHRASE) return NULL;
    const ActorEntry *a = &p->aActor[iActor];
    int iRole = dict_person_role(a, day, 1);
    if (iRole < 0) continue;
    if (pOne) {
      if (a->aRole[iRole].bDefault || pOne->aRole[iOneRole].bDefault ||
          strcmp(a->aRole[iRole].zCode, pOne->aRole[iOneRole].zCode))
        return NULL;
      /* ... not a word that is also a verb's form: "Said and Cherif
      ** Kouachi" names no Omani ruler */
      if (dict_forms(p, tok)) return NULL;
      if (a > pOne) continue;
    }
    pOne = a;
    iOneRole = iRole;
  }
  return pOne;
}

/* Contract: 1 when the person phrase zPh just tokenized (its last n tokens
** in L->aTok) is a title and a two-word regnal name, "King Juan Carlos",
** "King Carl Gustaf": its last word is a given name, no surname ("Carlos the
** Jackal" is not the king; issue 4 dev50). "King Abdullah" keeps "Abdullah". */
static int regnal_name(const char *zPh, const Loader *L, size_t n) {
  static const char *const azTitle[] = {"King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Prince",
                                        "Princess", NULL};
  if (n < 3) return 0;
  const Token *t = &L->aTok[L->nTok - n];
  for (int k = 0; azTitle[k]; k++)
    if (t->end - t->start == strlen(azTitle[k]) && !strncmp(zPh + t->start, azTitle[k], t->end - t->start)) return 1;
  return 0;
}

/* Adds each '|' separated phrase of zList for actor iActor. */
static int add_phrases(Loader *L, char *zList, size_t iActor, size_t colBase) {
  ActorEntry *e = &L->p->aActor[iActor];
  int nAdded = 0;
  char *z = zList;
  while (z) {
    char *zBar = strchr(z, '|');
    if (zBar) *zBar = 0;
    char *zPh = trim(z);
    int bAnyCase = *zPh == '~';   /* "~euro zone": matched in any case (docs/dictionaries.md) */
    if (bAnyCase) zPh = trim(zPh + 1);
    if (*zPh) {
      int bOk;
      size_t n = phrase_ids(L, zPh, &bOk);
      if (!bOk) return load_oom(L);
      if (n == 0) return load_fail(L, colBase + (size_t)(zPh - zList), "empty phrase");
      /* a short phrase in capitals with no lower-case letter is an acronym */
      int bAcronym = strlen(zPh) <= 3 && n == 1;   /* "Nato" stays a match for NATO */
      for (const char *q = zPh; *q && bAcronym; q++) bAcronym = !is_lower((unsigned char)*q);
      uint32_t iItem = (uint32_t)iActor | (bAcronym ? ACTOR_EXACT_CASE : 0) | (bAnyCase ? ACTOR_ANY_CASE : 0);
      if (e->kind != AK_AGENT && e->kind != AK_IGNORE && !bAnyCase && !phrase_can_match(L, zPh, n)) {
        tocsin_dict *p = L->p;
        if (!vec_grow((void **)&p->aNever, &p->nNeverAlloc, p->nNever, sizeof(*p->aNever))) return load_oom(L);
        p->aNever[p->nNever].iActor = (uint32_t)iActor;
        p->aNever[p->nNever].zPhrase = arena_strdup(p->pArena, zPh);
        if (!p->aNever[p->nNever++].zPhrase) return load_oom(L);
      }
      if (!trie_add(&L->p->actors, L->aId, n, iItem)) return load_oom(L);
      if ((n == 1 || (e->kind == AK_PERSON && L->aTok[L->nTok - 1].bCap && !regnal_name(zPh, L, n))) &&
          !surname_note(L->p, L->aId[n - 1], n == 1 ? SURNAME_PHRASE : (int32_t)iActor))
        return load_oom(L);
      e = &L->p->aActor[iActor];
      if (!e->zName) e->zName = arena_strdup(L->p->pArena, zPh);
      if (e->kind == AK_AGENT) L->p->nAgentPhrases++;
      else L->p->nActorPhrases++;
      nAdded++;
    }
    z = zBar ? zBar + 1 : NULL;
  }
  if (!nAdded) return load_fail(L, colBase, "expected at least one phrase after '|'");
  return 1;
}

static int is_code(const char *z, size_t nMin, size_t nMax) {
  size_t n = strlen(z);
  if (n < nMin || n > nMax) return 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_upper((unsigned char)z[i]) && !is_digit((unsigned char)z[i])) return 0;
  }
  return 1;
}

/* "YYYY-MM-DD", "YYYY", "-" or "*" -> days; bEnd picks Dec 31 for a bare year. */
static int parse_day(const char *z, int bEnd, long *pOut) {
  if (!strcmp(z, "-") || !strcmp(z, "*")) {
    *pOut = bEnd ? LONG_MAX : LONG_MIN;
    return 1;
  }
  /* YYYY-MM-DD: ymd_parse()'s rule, without its three atoi() calls */
  int bYmd = 1;
  for (int i = 0; i < 10 && bYmd; i++) bYmd = (i == 4 || i == 7) ? z[i] == '-' : is_digit((unsigned char)z[i]);
  if (bYmd && !z[10]) {
    Ymd t = {(z[0] - '0') * 1000 + (z[1] - '0') * 100 + (z[2] - '0') * 10 + (z[3] - '0'),
             (z[5] - '0') * 10 + (z[6] - '0'), (z[8] - '0') * 10 + (z[9] - '0')};
    if (ymd_valid(t)) {
      *pOut = ymd_to_days(t);
      return 1;
    }
  }
  if (strlen(z) == 4 && is_digit((unsigned char)z[0]) && is_digit((unsigned char)z[1]) &&
      is_digit((unsigned char)z[2]) && is_digit((unsigned char)z[3])) {
    Ymd y = {atoi(z), bEnd ? 12 : 1, bEnd ? 31 : 1};
    *pOut = ymd_to_days(y);
    return 1;
  }
  return 0;
}

/* A role line of a person, or a dated code line of a state's name, capital,
** metonym or organisation (the code the phrase stands for in a period: "Moscow"
** for the Soviet Union until its end; "People Power Party" for Thailand's
** party until its dissolution in 2008). Both are CODE FROM TO; a state's line takes a code of
** its entry's length and no `* *` default, since outside every range the
** entry's own code is the one. */
static int person_role_line(Loader *L, char *zLine) {
  ActorEntry *e = L->pPerson ? L->pPerson : L->pDated;
  char *azF[3];
  int nF = 0;
  char *z = zLine;
  while (nF < 3) {
    while (*z == ' ' || *z == '\t') z++;
    if (!*z) break;
    azF[nF++] = z;
    while (*z && *z != ' ' && *z != '\t') z++;
    if (*z) *z++ = 0;
  }
  if (nF < 3) return load_fail(L, 1, "expected a role line: CODE FROM TO (e.g. RUSGOV 2012-11-06 -)");
  if (e->kind != AK_PERSON) {
    size_t nOwn = strlen(e->zCode);
    if (!is_code(azF[0], nOwn, nOwn))
      return load_fail(L, (size_t)(azF[0] - zLine) + 1, nOwn == 3 ? "expected a country code such as SUN"
                                                                    : "expected an actor code of the entry's length");
    if (!strcmp(azF[1], "*") || !strcmp(azF[2], "*"))
      return load_fail(L, (size_t)(azF[1] - zLine) + 1, "a dated code line needs FROM and TO (YYYY-MM-DD, YYYY or -)");
  } else if (!is_code(azF[0], 6, 12))
    return load_fail(L, (size_t)(azF[0] - zLine) + 1, "expected an actor code such as RUSGOV");
  PersonRole r;
  memset(&r, 0, sizeof r);
  size_t nCode = strlen(azF[0]);   /* is_code() above: at most 12 bytes */
  if (nCode >= sizeof r.zCode) nCode = sizeof r.zCode - 1;
  memcpy(r.zCode, azF[0], nCode);   /* r was zeroed: NUL-terminated */
  if (!parse_day(azF[1], 0, &r.from))
    return load_fail(L, (size_t)(azF[1] - zLine) + 1, "expected FROM as YYYY-MM-DD, YYYY, - or *");
  if (!parse_day(azF[2], 1, &r.to))
    return load_fail(L, (size_t)(azF[2] - zLine) + 1, "expected TO as YYYY-MM-DD, YYYY, - or *");
  r.bDefault = !strcmp(azF[1], "*") && !strcmp(azF[2], "*");
  if (r.from > r.to) return load_fail(L, (size_t)(azF[1] - zLine) + 1, "FROM is after TO");
  size_t nAlloc = e->nRole;   /* roles live in malloc'ed arrays grown exactly */
  PersonRole *a = arena_alloc(L->p->pArena, (nAlloc + 1) * sizeof(PersonRole));
  if (!a) return load_oom(L);
  if (e->nRole) memcpy(a, e->aRole, e->nRole * sizeof(PersonRole));
  r.iLine = L->iLine;
  a[e->nRole++] = r;
  e->aRole = a;
  /* "Yoon lifts martial law": a family-first name is known by its first
  ** word too, from a headline on (the coder's family_name_first does the
  ** same for the names a document gives) */
  if (e->nRole == 1 && e->zName && dict_family_name_first(e)) {
    int bOk;
    size_t n = phrase_ids(L, e->zName, &bOk);
    if (!bOk) return load_oom(L);
    if (n >= 2 && L->aTok[0].bCap && !surname_note(L->p, L->aId[0], (int32_t)(e - L->p->aActor))) return load_oom(L);
  }
  return 1;
}

static int actor_line(Loader *L, char *zLine) {
  tocsin_dict *p = L->p;
  char *zBar = strchr(zLine, '|');
  if (!zBar) return load_fail(L, strlen(zLine) + 1, "expected '|' before the phrase list");
  *zBar = 0;
  char *azF[3];
  int nF = 0;
  char *z = zLine;
  while (nF < 3) {
    while (*z == ' ' || *z == '\t') z++;
    if (!*z) break;
    azF[nF++] = z;
    while (*z && *z != ' ' && *z != '\t') z++;
    if (*z) *z++ = 0;
  }
  while (*z == ' ' || *z == '\t') z++;
  if (*z) return load_fail(L, (size_t)(z - zLine) + 1, "unexpected field before '|'");
  if (nF == 0) return load_fail(L, 1, "expected a keyword (country, demonym, capital, metonym, place, org, agent, group, person, ignore)");
  const char *zKw = azF[0];
  size_t colList = (size_t)(zBar - zLine) + 2;
  ActorEntry *e;
  L->pPerson = NULL;
  L->pDated = NULL;
  if (!strcmp(zKw, "ignore")) {
    if (nF != 1) return load_fail(L, (size_t)(azF[1] - zLine) + 1, "ignore takes no code");
    e = actor_new(L, AK_IGNORE);
    if (!e) return load_oom(L);
    return add_phrases(L, zBar + 1, p->nActor - 1, colList);
  }
  if (!strcmp(zKw, "person")) {
    /* "person she | ...": the pronoun a woman takes (a man's line says nothing) */
    int bShe = nF == 2 && !strcmp(azF[1], "she");
    if (nF != 1 && !bShe)
      return load_fail(L, (size_t)(azF[1] - zLine) + 1,
                       "person takes no code (roles go on the indented lines below), only \"she\" for a woman");
    e = actor_new(L, AK_PERSON);
    if (!e) return load_oom(L);
    e->bFemale = bShe;
    L->pPerson = e;
    return add_phrases(L, zBar + 1, p->nActor - 1, colList);
  }
  static const struct { const char *zKw; ActorKind kind; } aKw[] = {
      {"country", AK_COUNTRY}, {"demonym", AK_DEMONYM}, {"capital", AK_CAPITAL},
      {"metonym", AK_METONYM}, {"place", AK_PLACE},     {"org", AK_ORG},
      {"agent", AK_AGENT},     {"group", AK_GROUP}};
  int k = -1;
  for (int i = 0; i < (int)(sizeof aKw / sizeof aKw[0]); i++) {
    if (!strcmp(zKw, aKw[i].zKw)) k = i;
  }
  if (k < 0) return load_fail(L, 1, "unknown keyword: expected country, demonym, capital, metonym, place, org, agent, group, person or ignore");
  if (nF < 2) return load_fail(L, (size_t)(zBar - zLine) + 1, "expected a code before '|'");
  ActorKind kind = aKw[k].kind;
  const char *zCode = azF[1];
  size_t colCode = (size_t)(azF[1] - zLine) + 1;
  if (kind == AK_AGENT) {
    if (!is_code(zCode, 3, 3)) return load_fail(L, colCode, "expected a 3-letter role code such as GOV");
  } else if (kind == AK_GROUP) {
    /* CAMEO identity codes: KUR, MOSSUN, CHRCTH ... (manual 1.1b3, RCS and ECS) */
    if (!is_code(zCode, 3, 9)) return load_fail(L, colCode, "expected a group code of 3-9 letters such as KUR or MOSSUN");
  } else if (kind == AK_ORG || kind == AK_METONYM) {
    if (!is_code(zCode, 3, 15)) return load_fail(L, colCode, "expected an actor code such as IGOWSTNAT or RUSGOV");
  } else if (!is_code(zCode, 3, 3)) {
    return load_fail(L, colCode, "expected an ISO 3166 alpha-3 code such as BLR");
  }
  if (kind == AK_ORG && nF < 3) return load_fail(L, colCode + strlen(zCode) + 1, "expected the organisation's short name after its code");
  if (kind != AK_ORG && nF > 2) return load_fail(L, (size_t)(azF[2] - zLine) + 1, "unexpected field before '|'");
  e = actor_new(L, kind);
  if (!e) return load_oom(L);
  e->zCode = arena_strdup(p->pArena, zCode);
  if (kind == AK_ORG) {
    e->zOrg = arena_strdup(p->pArena, azF[2]);
  } else if (kind == AK_AGENT) {
    e->zRole = e->zCode;
  } else if (kind == AK_METONYM) {
    if (strlen(zCode) >= 6 && is_code(zCode, 6, 6)) {
      e->zCountry = arena_strndup(p->pArena, zCode, 3);
      e->zRole = arena_strdup(p->pArena, zCode + 3);
    }
  } else if (kind != AK_GROUP) {   /* a group belongs to no state of its own */
    e->zCountry = e->zCode;
  }
  if (kind == AK_COUNTRY || kind == AK_DEMONYM || kind == AK_CAPITAL || kind == AK_METONYM || kind == AK_PLACE ||
      kind == AK_ORG)
    L->pDated = e;
  return add_phrases(L, zBar + 1, p->nActor - 1, colList);
}

static int load_actor_file(Loader *L, char *zText) {
  char *zNext = zText;
  L->iLine = 0;
  L->pPerson = NULL;
  L->pDated = NULL;
  for (char *z; (z = next_line(L, &zNext));) {
    char *zHash = strchr(z, '#');
    if (zHash) *zHash = 0;
    int bIndent = (*z == ' ' || *z == '\t');
    char *zt = trim(z);
    if (*zt) {
      if (bIndent) {
        if (!L->pPerson && !L->pDated)
          return load_fail(L, 1, "indented role line without a person, country, demonym, capital, place, metonym or org line above it");
        if (!person_role_line(L, zt)) return 0;
      } else {
        if (L->pPerson && L->pPerson->nRole == 0) {
          L->iLine = L->pPerson->iLine;
          return load_fail(L, 1, "person has no role lines (expected indented CODE FROM TO lines)");
        }
        if (!actor_line(L, zt)) return 0;
      }
    }
  }
  if (L->pPerson && L->pPerson->nRole == 0) {
    L->iLine = L->pPerson->iLine;
    return load_fail(L, 1, "person has no role lines (expected indented CODE FROM TO lines)");
  }
  return 1;
}

/* Marks the demonyms, places and capitals whose code no `country` entry has:
** world regions (CAMEO region codes), not states. A bloc that is an actor of
** its own, an `org` with a three-letter code ("the West" WST), is no region.
** 0 on OOM. */
static int cmp_code3(const void *a, const void *b) { return memcmp(*(char *const *)a, *(char *const *)b, 3); }

static int mark_regions(tocsin_dict *p) {
  const char **az = malloc((p->nActor + 1) * sizeof *az);
  if (!az) return 0;
  size_t n = 0;
  for (size_t i = 0; i < p->nActor; i++)
    if ((p->aActor[i].kind == AK_COUNTRY || p->aActor[i].kind == AK_ORG) && strlen(p->aActor[i].zCode) == 3)
      az[n++] = p->aActor[i].zCode;
  qsort(az, n, sizeof *az, cmp_code3);
  for (size_t i = 0; i < p->nActor; i++) {
    ActorEntry *e = &p->aActor[i];
    if ((e->kind == AK_DEMONYM || e->kind == AK_PLACE || e->kind == AK_CAPITAL) && e->zCode && strlen(e->zCode) == 3)
      e->bRegion = !bsearch(&e->zCode, az, n, sizeof *az, cmp_code3);
  }
  free(az);
  return 1;
}

/* ---- CAMEO table ------------------------------------------------------------ */

static int load_cameo(Loader *L, char *zText) {
  tocsin_dict *p = L->p;
  char *zNext = zText;
  L->iLine = 0;
  for (char *z; (z = next_line(L, &zNext));) {
    if (*z && *z != '#') {
      char *azF[4] = {0};
      int nF = 0;
      char *q = z;
      while (nF < 4) {
        azF[nF++] = q;
        char *t = strchr(q, '\t');
        if (!t) break;
        *t = 0;
        q = t + 1;
      }
      if (nF < 4) return load_fail(L, 1, "expected CODE<TAB>GOLDSTEIN<TAB>PLOVER<TAB>NAME");
      size_t nc = strlen(azF[0]);
      if (nc < 2 || nc > 4 || !is_code(azF[0], 2, 4)) return load_fail(L, 1, "expected a CAMEO code of 2-4 digits");
      char *zEnd;
      double g = strtod(azF[1], &zEnd);
      if (zEnd == azF[1] || *zEnd || g < -10 || g > 10)
        return load_fail(L, (size_t)(azF[1] - z) + 1, "expected a Goldstein weight between -10 and 10");
      if (!vec_grow((void **)&p->aCode, &p->nCodeAlloc, p->nCode, sizeof(CameoCode))) return load_oom(L);
      CameoCode *c = &p->aCode[p->nCode++];
      snprintf(c->zCode, sizeof c->zCode, "%s", azF[0]);
      c->goldstein = g;
      c->zPlover = strcmp(azF[2], "-") ? arena_strdup(p->pArena, azF[2]) : NULL;
      if (c->zPlover) {
        char *zSlash = strchr((char *)c->zPlover, '/');
        if (zSlash) *zSlash = 0;   /* the category; the mode is for a later release */
      }
      c->zName = arena_strdup(p->pArena, azF[3]);
    }
  }
  return 1;
}

const CameoCode *dict_cameo(const tocsin_dict *p, const char *zCode) {
  size_t lo = 0, hi = p->nCode;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(p->aCode[mid].zCode, zCode);
    if (c == 0) return &p->aCode[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

static int cmp_code(const void *a, const void *b) {
  return strcmp(((const CameoCode *)a)->zCode, ((const CameoCode *)b)->zCode);
}

/* ---- verbs ------------------------------------------------------------------ */

void verb_regular_forms(const char *zLemma, char az[5][64]) {
  size_t n = strlen(zLemma);
  if (n > 50) n = 50;   /* no English verb is longer; keeps every form within 64 bytes */
  char w[51];
  memcpy(w, zLemma, n);
  w[n] = 0;
  snprintf(az[0], 64, "%s", w);
  char last = n ? w[n - 1] : 0, prev = n > 1 ? w[n - 2] : 0;
  int bVowelPrev = prev && strchr("aeiou", prev);
  /* 3rd person */
  if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')) ||
      (last == 'o' && !bVowelPrev))
    snprintf(az[1], 64, "%ses", w);
  else if (last == 'y' && !bVowelPrev)
    snprintf(az[1], 64, "%.*sies", (int)(n - 1), w);
  else
    snprintf(az[1], 64, "%s", w), strcat(az[1], "s");
  /* doubling: short consonant-vowel-consonant stems (stop, ban, plan) */
  int bDouble = n >= 3 && n <= 4 && !strchr("aeiouwxy", last) && strchr("aeiou", prev) &&
                !strchr("aeiou", w[n - 3]);
  if (last == 'e') {
    snprintf(az[2], 64, "%sd", w);
  } else if (last == 'y' && !bVowelPrev) {
    snprintf(az[2], 64, "%.*sied", (int)(n - 1), w);
  } else if (bDouble) {
    snprintf(az[2], 64, "%s%ced", w, last);
  } else if (last == 'c') {
    snprintf(az[2], 64, "%sked", w);
  } else {
    snprintf(az[2], 64, "%sed", w);
  }
  memcpy(az[3], az[2], 64);   /* the past participle is the past tense */
  if (last == 'e' && prev == 'i') snprintf(az[4], 64, "%.*sying", (int)(n - 2), w);
  else if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o' && n > 2)
    snprintf(az[4], 64, "%.*sing", (int)(n - 1), w);
  else if (bDouble) snprintf(az[4], 64, "%s%cing", w, last);
  else if (last == 'c') snprintf(az[4], 64, "%sking", w);
  else snprintf(az[4], 64, "%sing", w);
}

static int form_add(Loader *L, uint32_t tok, uint32_t lemma, uint32_t forms) {
  tocsin_dict *p = L->p;
  for (const VerbFormEntry *f = dict_forms(p, tok); f; f = f->iNext >= 0 ? &p->aForm[f->iNext] : NULL) {
    if (f->lemma == lemma) {
      ((VerbFormEntry *)f)->forms |= forms;
      return 1;
    }
  }
  if (!vec_grow((void **)&p->aForm, &p->nFormAlloc, p->nForm, sizeof(VerbFormEntry))) return load_oom(L);
  if (tok >= p->nFormHead) {
    uint32_t nNew = p->nFormHead ? p->nFormHead : 1024;
    while (nNew <= tok) nNew *= 2;
    int32_t *a = realloc(p->aFormHead, nNew * sizeof(int32_t));
    if (!a) return load_oom(L);
    for (uint32_t i = p->nFormHead; i < nNew; i++) a[i] = -1;
    p->aFormHead = a;
    p->nFormHead = nNew;
  }
  VerbFormEntry *f = &p->aForm[p->nForm];
  f->tok = tok;
  f->lemma = lemma;
  f->forms = forms;
  f->iNext = p->aFormHead[tok];
  p->aFormHead[tok] = (int32_t)p->nForm++;
  return 1;
}

const VerbFormEntry *dict_forms(const tocsin_dict *p, uint32_t tok) {
  if (tok == TOK_NONE || tok >= p->nFormHead || p->aFormHead[tok] < 0) return NULL;
  return &p->aForm[p->aFormHead[tok]];
}

int32_t dict_patterns(const tocsin_dict *p, uint32_t lemma) {
  if (lemma == TOK_NONE || lemma >= p->nPatByLemma) return -1;
  return p->aPatByLemma[lemma];
}

uint32_t dict_tok(const tocsin_dict *p, const char *z) {
  return intern_id((Intern *)&p->vocab, p->pArena, z, strlen(z), 0);
}

static uint32_t tok_of(Loader *L, const char *z) {
  return intern_id(&L->p->vocab, L->p->pArena, z, strlen(z), 1);
}

/* Registers the forms of lemma (irregular table first, else the rules). */
static int lemma_forms(Loader *L, const char *zLemma, uint32_t lemma) {
  tocsin_dict *p = L->p;
  for (const VerbFormEntry *f = dict_forms(p, lemma); f; f = f->iNext >= 0 ? &p->aForm[f->iNext] : NULL) {
    if (f->lemma == lemma && (f->forms & VF_BASE)) return 1;   /* done before */
  }
  static const uint32_t aBit[5] = {VF_BASE, VF_3S, VF_PAST, VF_PP, VF_ING};
  int bIrregular = 0;
  for (size_t i = 0; i < p->nIrr; i++) {
    /* several irregular lines may give a lemma's spellings (traveled, travelled) */
    if (p->aIrr[i].lemma == lemma) {
      bIrregular = 1;
      for (int k = 0; k < 5; k++) {
        if (!form_add(L, p->aIrr[i].aForm[k], lemma, aBit[k])) return 0;
      }
    }
  }
  char az[5][64];
  if (!bIrregular) {
    verb_regular_forms(zLemma, az);
    for (int k = 0; k < 5; k++) {
      uint32_t t = tok_of(L, az[k]);
      if (t == TOK_NONE || !form_add(L, t, lemma, aBit[k])) return load_oom(L);
    }
  }
  size_t n = strlen(zLemma);
  /* British -ise for -ize verbs (criticised, recognising, apologises), from the
  ** regular forms; not for the verbs whose -ise is another word or none */
  static const char *azNotIse[] = {"seize", "size", "prize", "capsize", "resize", "downsize", "upsize"};
  int bIse = n >= 5 && n < 40 && !strcmp(zLemma + n - 3, "ize");
  for (size_t k = 0; bIse && k < sizeof azNotIse / sizeof azNotIse[0]; k++) bIse = strcmp(zLemma, azNotIse[k]) != 0;
  if (bIse) {
    verb_regular_forms(zLemma, az);
    for (int k = 0; k < 5; k++) {
      char z[64];
      memcpy(z, az[k], sizeof z);
      if (strlen(z) >= n && z[n - 2] == 'z') z[n - 2] = 's';   /* criticiz|es -> criticis|es */
      uint32_t t = tok_of(L, z);
      if (t == TOK_NONE || !form_add(L, t, lemma, aBit[k])) return load_oom(L);
    }
  }
  /* British spelling doubles a final l after one vowel: cancelled, labelled
  ** (for irregular lemmas too: "cancel" is listed with its US forms) */
  /* ... and after "ia" too: initialled, trialled, dialled (not "reveal") */
  if (n >= 4 && n < 40 && zLemma[n - 1] == 'l' && strchr("aeiou", zLemma[n - 2]) &&
      (!strchr("aeiou", zLemma[n - 3]) || (zLemma[n - 3] == 'i' && zLemma[n - 2] == 'a'))) {
    char z[64];
    snprintf(z, sizeof z, "%sled", zLemma);
    uint32_t t = tok_of(L, z);
    if (t == TOK_NONE || !form_add(L, t, lemma, VF_PAST | VF_PP)) return load_oom(L);
    snprintf(z, sizeof z, "%sling", zLemma);
    t = tok_of(L, z);
    if (t == TOK_NONE || !form_add(L, t, lemma, VF_ING)) return load_oom(L);
  }
  return 1;
}

static int irregular_line(Loader *L, char *zRest) {
  tocsin_dict *p = L->p;
  char *az[5];
  int n = 0;
  char *z = zRest;
  while (z && n < 6) {
    char *zBar = strchr(z, '|');
    if (zBar) *zBar = 0;
    char *w = trim(z);
    if (n < 5) az[n] = w;
    n++;
    z = zBar ? zBar + 1 : NULL;
  }
  if (n != 5) return load_fail(L, 1, "expected: irregular LEMMA | 3RD-PERSON | PAST | PAST-PARTICIPLE | -ING");
  if (!vec_grow((void **)&p->aIrr, &p->nIrrAlloc, p->nIrr, sizeof(*p->aIrr))) return load_oom(L);
  struct Irregular *r = &p->aIrr[p->nIrr++];
  for (int k = 0; k < 5; k++) {
    if (!*az[k] || strchr(az[k], ' ')) return load_fail(L, 1, "each irregular form must be one word");
    r->aForm[k] = tok_of(L, az[k]);
    if (r->aForm[k] == TOK_NONE) return load_oom(L);
  }
  r->lemma = r->aForm[0];
  return 1;
}

static int pattern_add(Loader *L, const char *zCode, char *zPat, size_t col) {
  tocsin_dict *p = L->p;
  char *zt = trim(zPat);
  if (!*zt) return load_fail(L, col, "empty pattern");
  /* split on spaces into slots */
  char *azW[32];
  int nW = 0;
  char *z = zt;
  while (*z) {
    while (*z == ' ' || *z == '\t') z++;
    if (!*z) break;
    if (nW == 32) return load_fail(L, col, "pattern has more than 32 words");
    azW[nW++] = z;
    while (*z && *z != ' ' && *z != '\t') z++;
    if (*z) *z++ = 0;
  }
  int bNegOnly = azW[0][0] == '!';   /* "!tolerate": only negated after a modal (VerbPattern) */
  if (bNegOnly) azW[0]++;
  if (!azW[0][0] || azW[0][0] == '~' || strchr(azW[0], '|'))
    return load_fail(L, col, "a pattern must start with the verb lemma (one word)");
  for (const char *c = azW[0]; *c; c++) {
    if (!is_lower((unsigned char)*c) && *c != '-') return load_fail(L, col, "the verb lemma must be a lower-case word");
  }
  if (!vec_grow((void **)&p->aPat, &p->nPatAlloc, p->nPat, sizeof(VerbPattern))) return load_oom(L);
  VerbPattern *v = &p->aPat[p->nPat];
  memset(v, 0, sizeof *v);
  snprintf(v->zCode, sizeof v->zCode, "%s", zCode);
  v->lemma = tok_of(L, azW[0]);
  v->zFile = L->zFile;
  v->iLine = L->iLine;
  v->bNegOnly = bNegOnly;
  v->nSlot = (uint32_t)(nW - 1);
  v->aSlot = arena_alloc(p->pArena, (size_t)(nW ? nW : 1) * sizeof(VerbSlot));
  Buf txt;
  buf_init(&txt);
  if (bNegOnly) buf_putc(&txt, '!');
  buf_puts(&txt, azW[0]);
  for (int i = 1; i < nW; i++) {
    VerbSlot *s = &v->aSlot[i - 1];
    buf_putc(&txt, ' ');
    buf_puts(&txt, azW[i]);
    if (!strcmp(azW[i], "~")) {
      s->bGap = 1;
      continue;
    }
    /* alternatives a|b|c: each must be one token */
    size_t nAlt = 1;
    for (char *c = azW[i]; *c; c++) nAlt += *c == '|';
    s->aTok = arena_alloc(p->pArena, nAlt * sizeof(uint32_t));
    if (!s->aTok) break;
    char *a = azW[i];
    while (a) {
      char *zBar = strchr(a, '|');
      if (zBar) *zBar = 0;
      L->nTok = 0;
      if (!tokenize(a, strlen(a), &p->vocab, p->pArena, 1, &L->aTok, &L->nTok, &L->nTokAlloc)) break;
      if (L->nTok != 1) {
        buf_free(&txt);
        return load_fail(L, col, "each word of a pattern must be a single token (split 'n't' or \"'s\" into their own word)");
      }
      s->aTok[s->nTok++] = L->aTok[0].id;
      a = zBar ? zBar + 1 : NULL;
    }
  }
  v->zText = arena_strdup(p->pArena, txt.z ? txt.z : "");
  buf_free(&txt);
  if (!v->aSlot || !v->zText) return load_oom(L);
  if (!lemma_forms(L, azW[0], v->lemma)) return 0;
  p->nPat++;
  return 1;
}

static int load_verbs(Loader *L, char *zText) {
  /* pass 1: irregular lines, so that pattern lemmas find their forms */
  for (int pass = 0; pass < 2; pass++) {
    char *zCopy = strdup(zText);
    if (!zCopy) return load_oom(L);
    char *zNext = zCopy;
    L->iLine = 0;
    int ok = 1;
    for (char *z; ok && (z = next_line(L, &zNext));) {
      char *zHash = strchr(z, '#');
      if (zHash) *zHash = 0;
      char *zt = trim(z);
      if (*zt) {
        int bIrr = !strncmp(zt, "irregular", 9) && (zt[9] == ' ' || zt[9] == '\t');
        if (pass == 0 && bIrr) {
          ok = irregular_line(L, zt + 10);
        } else if (pass == 1 && !bIrr) {
          char *zSp = zt;
          while (*zSp && *zSp != ' ' && *zSp != '\t') zSp++;
          size_t nc = (size_t)(zSp - zt);
          char zCode[8] = {0};
          if (nc < 2 || nc > 4) {
            ok = load_fail(L, 1, "expected a CAMEO code (2-4 digits) or 'irregular'");
            break;
          }
          memcpy(zCode, zt, nc);
          for (size_t i = 0; i < nc; i++) {
            if (!is_digit((unsigned char)zCode[i])) ok = load_fail(L, i + 1, "expected a CAMEO code (2-4 digits) or 'irregular'");
          }
          if (ok && !dict_cameo(L->p, zCode)) ok = load_fail(L, 1, "CAMEO code not in dict/cameo.txt");
          char *q = zSp;
          while (ok && q) {
            char *zBar = strstr(q, " | ");
            if (zBar) *zBar = 0;
            ok = pattern_add(L, zCode, q, (size_t)(q - zt) + 1);
            q = zBar ? zBar + 3 : NULL;
          }
        }
      }
    }
    free(zCopy);
    if (!ok) return 0;
  }
  /* index patterns by lemma */
  tocsin_dict *p = L->p;
  p->nPatByLemma = p->vocab.nTok + 1;
  p->aPatByLemma = malloc(p->nPatByLemma * sizeof(int32_t));
  p->aPatNext = malloc((p->nPat + 1) * sizeof(int32_t));
  if (!p->aPatByLemma || !p->aPatNext) return load_oom(L);
  for (uint32_t i = 0; i < p->nPatByLemma; i++) p->aPatByLemma[i] = -1;
  for (size_t i = p->nPat; i-- > 0;) {
    p->aPatNext[i] = p->aPatByLemma[p->aPat[i].lemma];
    p->aPatByLemma[p->aPat[i].lemma] = (int32_t)i;
  }
  return 1;
}

/* Contract: the next line of a table file (dependencies, borders) that has
** any content once its "#" comment is cut, trimmed, with *pzRaw set to the
** line's start (columns in errors count from there); NULL at the end. */
static char *data_line(Loader *L, char **pzNext, char **pzRaw) {
  for (char *z; (z = next_line(L, pzNext));) {
    char *zHash = strchr(z, '#');
    if (zHash) *zHash = 0;
    char *zT = trim(z);
    if (*zT) {
      *pzRaw = z;
      return zT;
    }
  }
  return NULL;
}

/* Contract: the next blank-separated word at or after *pz, ended in place
** with a NUL, *pz moved past it; NULL when only blanks are left. For the
** lists of codes and words in the table files (borders, kin). */
static char *next_word(char **pz) {
  char *z = *pz;
  while (*z == ' ' || *z == '\t') z++;
  if (!*z) {
    *pz = z;
    return NULL;
  }
  char *zE = z;
  while (*zE && *zE != ' ' && *zE != '\t') zE++;
  if (*zE) *zE++ = 0;
  *pz = zE;
  return z;
}

/* dict/dependencies.txt: "TERRITORY STATE" a line, ISO alpha-3 codes, "#" comments */
static int load_dependencies(Loader *L, char *zText) {
  tocsin_dict *p = L->p;
  char *zNext = zText;
  L->iLine = 0;
  for (char *z, *zA; (zA = data_line(L, &zNext, &z));) {
    char *zB = zA;
    while (*zB && *zB != ' ' && *zB != '\t') zB++;
    if (*zB) *zB++ = 0;
    zB = trim(zB);
    if (!is_code(zA, 3, 3) || strlen(zA) != 3) return load_fail(L, 1, "expected the territory's ISO 3166 alpha-3 code");
    if (!is_code(zB, 3, 3) || strlen(zB) != 3)
      return load_fail(L, (size_t)(zB - z) + 1, "expected the administering state's ISO 3166 alpha-3 code");
    if (!vec_grow((void **)&p->aDep, &p->nDepAlloc, p->nDep, sizeof *p->aDep)) return load_oom(L);
    snprintf(p->aDep[p->nDep++].z, sizeof p->aDep[0].z, "%s%s", zA, zB);
  }
  return 1;
}

int dict_dependency(const tocsin_dict *p, const char *zTerr, const char *zState) {
  if (!zTerr || !zState) return 0;
  for (size_t i = 0; i < p->nDep; i++)
    if (!strncmp(p->aDep[i].z, zTerr, 3) && !strncmp(p->aDep[i].z + 3, zState, 3)) return 1;
  return 0;
}

/* dict/borders.txt: "land CODE | CODE CODE ..." or "sea CODE | CODE ...", ISO
** alpha-3 codes, "#" comments. Each pair is stored both ways; a pair given
** twice must agree on its kind (a land neighbour is no sea one). */
static int load_borders(Loader *L, char *zText) {
  tocsin_dict *p = L->p;
  char *zNext = zText;
  L->iLine = 0;
  for (char *z, *zKw; (zKw = data_line(L, &zNext, &z));) {
    char *zBar = strchr(zKw, '|');
    if (!zBar) return load_fail(L, 1, "expected 'land CODE | CODE ...' or 'sea CODE | CODE ...'");
    *zBar = 0;
    char *zA = zKw;
    while (*zA && *zA != ' ' && *zA != '\t') zA++;
    if (*zA) *zA++ = 0;
    zA = trim(zA);
    char cKind = !strcmp(zKw, "land") ? 'L' : !strcmp(zKw, "sea") ? 'S' : 0;
    if (!cKind) return load_fail(L, 1, "unknown keyword: expected land or sea");
    if (!is_code(zA, 3, 3) || strlen(zA) != 3)
      return load_fail(L, (size_t)(zA - z) + 1, "expected the state's ISO 3166 alpha-3 code before '|'");
    for (char *zB, *zRest = zBar + 1; (zB = next_word(&zRest)) != NULL;) {
      if (!is_code(zB, 3, 3) || strlen(zB) != 3)
        return load_fail(L, (size_t)(zB - z) + 1, "expected an ISO 3166 alpha-3 code such as KWT");
      if (!strcmp(zA, zB)) return load_fail(L, (size_t)(zB - z) + 1, "a state is not its own neighbour");
      if (!vec_grow((void **)&p->aNb, &p->nNbAlloc, p->nNb + 1, sizeof *p->aNb)) return load_oom(L);
      snprintf(p->aNb[p->nNb++].z, sizeof p->aNb[0].z, "%s%s%c", zA, zB, cKind);
      if (!vec_grow((void **)&p->aNb, &p->nNbAlloc, p->nNb + 1, sizeof *p->aNb)) return load_oom(L);
      snprintf(p->aNb[p->nNb++].z, sizeof p->aNb[0].z, "%s%s%c", zB, zA, cKind);
    }
  }
  return 1;
}

static int cmp_pair6(const void *a, const void *b) { return memcmp(a, b, 6); }

/* Sorts the neighbour pairs and drops repeats (each pair is usually given
** from both sides). 0 with an error naming the file when one pair is given
** as land and as sea. */
static int finish_borders(Loader *L) {
  tocsin_dict *p = L->p;
  if (!p->nNb) return 1;
  qsort(p->aNb, p->nNb, sizeof *p->aNb, cmp_pair6);
  size_t n = 1;
  for (size_t i = 1; i < p->nNb; i++) {
    if (!memcmp(p->aNb[i].z, p->aNb[n - 1].z, 6)) {
      if (p->aNb[i].z[6] != p->aNb[n - 1].z[6]) {
        err_set(L->pErr, TOCSIN_EDICT, (size_t)-1, "%s: %.3s and %.3s are given as both land and sea neighbours: keep one",
                L->zFile, p->aNb[i].z, p->aNb[i].z + 3);
        return 0;
      }
      continue;
    }
    p->aNb[n++] = p->aNb[i];
  }
  p->nNb = n;
  return 1;
}

int dict_neighbours(const tocsin_dict *p, const char *zA, const char *zB) {
  if (!zA || !zB || !p->nNb) return 0;
  char key[8];
  snprintf(key, sizeof key, "%.3s%.3s", zA, zB);
  const struct Neighbour *q = bsearch(key, p->aNb, p->nNb, sizeof *p->aNb, cmp_pair6);
  return q ? q->z[6] : 0;
}

int dict_knows_neighbours(const tocsin_dict *p, const char *zA) {
  if (!zA || !p->nNb) return 0;
  size_t lo = 0, hi = p->nNb;   /* the first pair at or after zA */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (memcmp(p->aNb[mid].z, zA, 3) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < p->nNb && !memcmp(p->aNb[lo].z, zA, 3);
}

/* dict/kin.txt: "kin CODE | word word ... | HOST HOST ...": the ethnic words
** (any case; matched as lower-case tokens) of the people of state CODE who
** live as a community in the host states. A word given twice is an error. */
static int load_kin(Loader *L, char *zText) {
  tocsin_dict *p = L->p;
  char *zNext = zText;
  L->iLine = 0;
  for (char *z, *zKw; (zKw = data_line(L, &zNext, &z));) {
    char *zBar1 = strchr(zKw, '|'), *zBar2 = zBar1 ? strchr(zBar1 + 1, '|') : NULL;
    if (!zBar2) return load_fail(L, 1, "expected 'kin CODE | word word ... | HOST HOST ...'");
    *zBar1 = *zBar2 = 0;
    char *zK = zKw;
    while (*zK && *zK != ' ' && *zK != '\t') zK++;
    if (*zK) *zK++ = 0;
    zK = trim(zK);
    if (strcmp(zKw, "kin")) return load_fail(L, 1, "unknown keyword: expected kin");
    if (!is_code(zK, 3, 3) || strlen(zK) != 3)
      return load_fail(L, (size_t)(zK - z) + 1, "expected the kin state's ISO 3166 alpha-3 code before '|'");
    /* the hosts, run together */
    size_t nHost = 0;
    char *zHosts = arena_alloc(p->pArena, strlen(zBar2 + 1) + 1);
    if (!zHosts) return load_oom(L);
    for (char *zH, *zRest = zBar2 + 1; (zH = next_word(&zRest)) != NULL;) {
      if (!is_code(zH, 3, 3) || strlen(zH) != 3)
        return load_fail(L, (size_t)(zH - z) + 1, "expected a host state's ISO 3166 alpha-3 code such as XKX");
      if (!memcmp(zH, zK, 3)) return load_fail(L, (size_t)(zH - z) + 1, "a state is not a host of its own people");
      memcpy(zHosts + 3 * nHost++, zH, 3);
    }
    zHosts[3 * nHost] = 0;
    if (!nHost) return load_fail(L, (size_t)(zBar2 - z) + 2, "expected at least one host state after the second '|'");
    size_t nWord = 0;
    for (char *zW, *zRest = zBar1 + 1; (zW = next_word(&zRest)) != NULL;) {
      for (char *q = zW; *q; q++) *q = (char)tolower((unsigned char)*q);
      uint32_t tok = tok_of(L, zW);
      if (tok == TOK_NONE) return load_oom(L);
      for (size_t i = 0; i < p->nKin; i++)
        if (p->aKin[i].tok == tok) return load_fail(L, (size_t)(zW - z) + 1, "this word is given for a people already");
      if (!vec_grow((void **)&p->aKin, &p->nKinAlloc, p->nKin + 1, sizeof *p->aKin)) return load_oom(L);
      p->aKin[p->nKin].tok = tok;
      memcpy(p->aKin[p->nKin].zKin, zK, 4);
      p->aKin[p->nKin++].zHosts = zHosts;
      nWord++;
    }
    if (!nWord) return load_fail(L, (size_t)(zBar1 - z) + 2, "expected the people's words after the first '|'");
  }
  return 1;
}

const char *dict_kin_hosts(const tocsin_dict *p, uint32_t tok, const char **pzKin) {
  for (size_t i = 0; i < p->nKin; i++)
    if (p->aKin[i].tok == tok) {
      if (pzKin) *pzKin = p->aKin[i].zKin;
      return p->aKin[i].zHosts;
    }
  return NULL;
}

/* ---- the set ------------------------------------------------------------------ */

typedef int (*FileLoader)(Loader *, char *);

static int load_file(Loader *L, const char *zPath, FileLoader x, int bRequired) {
  size_t n;
  char *z = slurp(zPath, &n);
  L->zFile = arena_strdup(L->p->pArena, zPath);
  if (!z) {
    if (!bRequired && errno == ENOENT) return 1;
    err_set(L->pErr, TOCSIN_EDICT, (size_t)-1, "%s: cannot read dictionary: %s", zPath, strerror(errno));
    return 0;
  }
  int ok = x(L, z);
  free(z);
  return ok;
}

/* Bytes of dictionary text per table entry, for sizing tables before loading.
** Measured on tocsin's own dictionaries (2026): a distinct token per 67 bytes
** of all files; an actor per 137, a phrase per 59, a trie node per 39 and an
** edge below the root's children per 64 bytes of actor files and iso3166.txt.
** The hash tables' figures err low, so a table grows at most once more; the
** arrays' err high, as pages never written cost nothing. Only speed depends
** on them, never a result. */
enum {
  BYTES_PER_TOKEN = 80, BYTES_PER_EDGE = 96,
  BYTES_PER_ACTOR = 64, BYTES_PER_PHRASE = 32, BYTES_PER_NODE = 24
};

/* Size in bytes of zDir/zName (zName NULL: of zDir itself), 0 when it
** cannot be read or is not a regular file. */
static uint64_t file_size(const char *zDir, const char *zName) {
  char zPath[4096];
  struct stat st;
  if (zName) {
    if ((size_t)snprintf(zPath, sizeof zPath, "%s/%s", zDir, zName) >= sizeof zPath) return 0;
    zDir = zPath;
  }
  if (stat(zDir, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 0) return 0;
  return (uint64_t)st.st_size;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

void tocsin_dict_free(tocsin_dict *p) {
  if (!p) return;
  patdict_free(p->pPat);
  intern_free(&p->vocab);
  trie_free(&p->actors);
  free(p->aActor);
  free(p->aPat);
  free(p->aPatByLemma);
  free(p->aPatNext);
  free(p->aForm);
  free(p->aFormHead);
  free(p->aCode);
  free(p->aIrr);
  free(p->aNever);
  free(p->aSurname);
  free(p->aSurnameLink);
  free(p->aDep);
  free(p->aNb);
  free(p->aKin);
  arena_free(p->pArena);
  free(p);
}

tocsin_dict *tocsin_dict_load(const char *zDir, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!zDir || !*zDir) zDir = getenv("TOCSIN_DICT");
  if (!zDir || !*zDir) zDir = TOCSIN_DICT_DIR;
  const char *zGen = getenv("TOCSIN_GEN_DIR");
  if (!zGen || !*zGen) zGen = TOCSIN_GEN_DIR;
  tocsin_dict *p = calloc(1, sizeof *p);
  if (!p || !(p->pArena = arena_new_large()) || !intern_init(&p->vocab) || !trie_init(&p->actors)) {
    tocsin_dict_free(p);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return NULL;
  }
  Loader L;
  memset(&L, 0, sizeof L);
  L.p = p;
  L.pErr = pErr;
  char zPath[4096];
  int ok = 1;
  snprintf(zPath, sizeof zPath, "%s/cameo.txt", zDir);
  ok = load_file(&L, zPath, load_cameo, 1);
  if (ok) qsort(p->aCode, p->nCode, sizeof(CameoCode), cmp_code);
  if (ok) {
    snprintf(zPath, sizeof zPath, "%s/iso3166.txt", zGen);
    ok = load_file(&L, zPath, load_actor_file, 1);
    if (!ok && pErr && pErr->code == TOCSIN_EDICT && !pErr->line)
      snprintf(pErr->msg, sizeof pErr->msg,
               "%s/iso3166.txt is missing: run `make` (it is generated from Debian's iso-codes)", zGen);
  }
  if (ok) {
    /* every *.txt under dict/actors, in name order so runs are reproducible */
    snprintf(zPath, sizeof zPath, "%s/actors", zDir);
    DIR *pD = opendir(zPath);
    char **az = NULL;
    size_t nAz = 0, nAzAlloc = 0;
    if (pD) {
      struct dirent *de;
      while ((de = readdir(pD))) {
        size_t l = strlen(de->d_name);
        if (l > 4 && !strcmp(de->d_name + l - 4, ".txt") && de->d_name[0] != '.') {
          if (!vec_grow((void **)&az, &nAzAlloc, nAz, sizeof(char *))) break;
          az[nAz] = strdup(de->d_name);
          if (az[nAz]) nAz++;
        }
      }
      closedir(pD);
    }
    if (nAz) qsort(az, nAz, sizeof(char *), cmp_str);
    /* size the vocabulary and the actor trie from the files' sizes, so that
    ** loading does not rehash them again and again as they grow */
    uint64_t nActorBytes = 0;
    for (size_t i = 0; i < nAz; i++) nActorBytes += file_size(zPath, az[i]);
    snprintf(zPath, sizeof zPath, "%s/iso3166.txt", zGen);
    nActorBytes += file_size(zPath, NULL);
    snprintf(zPath, sizeof zPath, "%s/verbs.txt", zDir);
    uint64_t nAllBytes = nActorBytes + file_size(zPath, NULL);
    if (nAllBytes / 16 < UINT32_MAX / 4) {
      /* a failure here only leaves the tables to grow as they fill */
      intern_reserve(&p->vocab, (uint32_t)(nAllBytes / BYTES_PER_TOKEN));
      trie_reserve(&p->actors, (uint32_t)(nActorBytes / BYTES_PER_NODE), (uint32_t)(nActorBytes / BYTES_PER_EDGE),
                   (uint32_t)(nActorBytes / BYTES_PER_PHRASE));
      size_t nActor = (size_t)(nActorBytes / BYTES_PER_ACTOR);
      ActorEntry *a = nActor > p->nActorAlloc ? realloc(p->aActor, nActor * sizeof(ActorEntry)) : NULL;
      if (a) {
        p->aActor = a;
        p->nActorAlloc = nActor;
      }
    }
    for (size_t i = 0; i < nAz; i++) {
      if (ok) {
        snprintf(zPath, sizeof zPath, "%s/actors/%s", zDir, az[i]);
        ok = load_file(&L, zPath, load_actor_file, 1);
      }
      free(az[i]);
    }
    free(az);
  }
  if (ok) ok = mark_regions(p) || load_oom(&L);
  if (ok) {
    snprintf(zPath, sizeof zPath, "%s/verbs.txt", zDir);
    ok = load_file(&L, zPath, load_verbs, 1);
  }
  if (ok) {
    snprintf(zPath, sizeof zPath, "%s/dependencies.txt", zDir);
    ok = load_file(&L, zPath, load_dependencies, 0);
  }
  if (ok) {
    snprintf(zPath, sizeof zPath, "%s/borders.txt", zDir);
    ok = load_file(&L, zPath, load_borders, 0) && finish_borders(&L);
  }
  if (ok) {
    snprintf(zPath, sizeof zPath, "%s/kin.txt", zDir);
    ok = load_file(&L, zPath, load_kin, 0);
  }
  free(L.aTok);
  free(L.aId);
  if (!ok) {
    tocsin_dict_free(p);
    return NULL;
  }
  return p;
}

/* Loads only the CAMEO table (dict/cameo.txt: codes, Goldstein weights,
** PLOVER) into p, for dictionary sets in other formats whose events still
** need them. 1 on success (missing file: 1, nothing loaded), 0 with pErr set. */
int dict_load_cameo_table(tocsin_dict *p, tocsin_error *pErr) {
  const char *zDir = getenv("TOCSIN_DICT");
  if (!zDir || !*zDir) zDir = TOCSIN_DICT_DIR;
  Loader L;
  memset(&L, 0, sizeof L);
  L.p = p;
  L.pErr = pErr;
  char zPath[4096];
  snprintf(zPath, sizeof zPath, "%s/cameo.txt", zDir);
  int ok = load_file(&L, zPath, load_cameo, 0);
  if (ok) qsort(p->aCode, p->nCode, sizeof(CameoCode), cmp_code);
  free(L.aTok);
  free(L.aId);
  return ok;
}

void tocsin_dict_get_stats(const tocsin_dict *p, tocsin_dict_stats *s) {
  memset(s, 0, sizeof *s);
  s->nActorPhrases = p->nActorPhrases;
  s->nAgentPhrases = p->nAgentPhrases;
  s->nVerbPatterns = p->nPat;
  s->nVerbForms = p->nForm;
  s->nCodes = p->nCode;
  s->nTokens = p->vocab.nTok - 1;
  for (size_t i = 0; i < p->nActor; i++) s->nPeople += p->aActor[i].kind == AK_PERSON;
}
