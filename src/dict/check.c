/*
** Dictionary tools behind `tocsin dict check|who|verb` (docs/dictionaries.md):
** an audit of a loaded dictionary set, and the two look-ups that explain a
** coding decision. Nothing here prints: findings, entries and matches go to
** the caller's callback.
*/
#include "dict.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *kind_name(ActorKind k) {
  switch (k) {
    case AK_COUNTRY: return "country";
    case AK_DEMONYM: return "demonym";
    case AK_CAPITAL: return "capital";
    case AK_METONYM: return "metonym";
    case AK_PLACE: return "place";
    case AK_ORG: return "org";
    case AK_AGENT: return "agent";
    case AK_PERSON: return "person";
    case AK_IGNORE: return "ignore";
    case AK_GROUP: return "group";
  }
  return "?";
}

/* ---- check ------------------------------------------------------------------ */

typedef struct Checker {
  const tocsin_dict *p;
  tocsin_finding_fn x;
  void *pArg;
  size_t nErr, nWarn;
  int bOom;
  char zMsg[1024];
} Checker;

static void finding(Checker *k, const char *zFile, int iLine, int bError, const char *zCheck) {
  tocsin_dict_finding f;
  f.zFile = zFile;
  f.iLine = iLine;
  f.bError = bError;
  f.zCheck = zCheck;
  f.zMsg = k->zMsg;
  if (bError) k->nErr++;
  else k->nWarn++;
  if (k->x) k->x(k->pArg, &f);
}

/* The set of codes an entry stands for, as one string: a person's distinct
** role codes sorted, else its code (orgs with their short name). */
static void entry_codes(const ActorEntry *a, char *z, size_t n) {
  z[0] = 0;
  if (a->kind != AK_PERSON) {
    snprintf(z, n, "%s", a->zCode ? a->zCode : "");
    return;
  }
  const char *az[32];
  size_t nz = 0;
  for (size_t r = 0; r < a->nRole && nz < 32; r++) {
    size_t j = 0;
    while (j < nz && strcmp(az[j], a->aRole[r].zCode)) j++;
    if (j == nz) az[nz++] = a->aRole[r].zCode;
  }
  for (size_t i = 1; i < nz; i++) {
    for (size_t j = i; j > 0 && strcmp(az[j - 1], az[j]) > 0; j--) {
      const char *t = az[j];
      az[j] = az[j - 1];
      az[j - 1] = t;
    }
  }
  for (size_t i = 0; i < nz; i++) {
    size_t l = strlen(z);
    snprintf(z + l, n - l, "%s%s", i ? "," : "", az[i]);
  }
}

static int cmp_entry_pos(const ActorEntry *a, const ActorEntry *b) {
  return a < b ? -1 : a > b;   /* entries are stored in load order: file, then line */
}

/* Contract: 1 when people a and b both have dated roles and no dated role
** of one overlaps a dated role of the other; a default ("* *") role counts
** as none. */
static int roles_disjoint(const ActorEntry *a, const ActorEntry *b) {
  int nA = 0, nB = 0;
  for (size_t i = 0; i < a->nRole; i++) nA += !a->aRole[i].bDefault;
  for (size_t j = 0; j < b->nRole; j++) nB += !b->aRole[j].bDefault;
  if (!nA || !nB) return 0;
  for (size_t i = 0; i < a->nRole; i++)
    for (size_t j = 0; j < b->nRole; j++) {
      const PersonRole *x = &a->aRole[i], *y = &b->aRole[j];
      if (!x->bDefault && !y->bDefault && x->from <= y->to && y->from <= x->to) return 0;
    }
  return 1;
}

/* Phrases with more than one entry: walk the trie's nodes. */
static void check_phrases(Checker *k) {
  const tocsin_dict *p = k->p;
  const Trie *t = &p->actors;
  uint32_t *aParent = calloc(t->nNode ? t->nNode : 1, sizeof(uint32_t));
  uint32_t *aTokOf = calloc(t->nNode ? t->nNode : 1, sizeof(uint32_t));
  if (!aParent || !aTokOf) {
    free(aParent);
    free(aTokOf);
    k->bOom = 1;
    return;
  }
  for (uint32_t tok = 0; tok < t->nRoot; tok++) {   /* the root's children */
    uint32_t to = t->aRoot[tok];
    if (to && to < t->nNode) aTokOf[to] = tok;
  }
  for (uint32_t i = 0; i < t->nEdgeSlot; i++) {
    const TrieEdge *e = &t->aEdge[i];
    if (e->to && e->to < t->nNode) {
      aParent[e->to] = e->from;
      aTokOf[e->to] = e->tok;
    }
  }
  for (uint32_t node = 1; node < t->nNode; node++) {
    if (t->aHead[node] < 0 || t->aRef[t->aHead[node]].iNext < 0) continue;
    /* the phrase, for messages */
    char zPhrase[256];
    uint32_t aT[64];
    int nT = 0;
    for (uint32_t q = node; q && nT < 64; q = aParent[q]) aT[nT++] = aTokOf[q];
    zPhrase[0] = 0;
    for (int i = nT - 1; i >= 0; i--) {
      size_t l = strlen(zPhrase);
      snprintf(zPhrase + l, sizeof zPhrase - l, "%s%s", i == nT - 1 ? "" : " ",
               aT[i] < p->vocab.nTok ? p->vocab.azTok[aT[i]] : "?");
    }
    /* the entries, in load order */
    const ActorEntry *aE[64];
    int nE = 0, nAll = 0;
    for (int32_t ref = t->aHead[node]; ref >= 0; ref = t->aRef[ref].iNext) {
      nAll++;
      if (nE < 64) aE[nE++] = &p->aActor[t->aRef[ref].iItem & ~ACTOR_FLAGS];
    }
    for (int i = 1; i < nE; i++) {
      for (int j = i; j > 0 && cmp_entry_pos(aE[j - 1], aE[j]) > 0; j--) {
        const ActorEntry *x = aE[j];
        aE[j] = aE[j - 1];
        aE[j - 1] = x;
      }
    }
    /* refs are prepended: the coder sees the last-loaded entries first and keeps 8 */
    if (nAll > 8) {
      snprintf(k->zMsg, sizeof k->zMsg, "phrase \"%s\" has %d entries; the coder considers only 8", zPhrase, nAll);
      finding(k, aE[nE - 1]->zFile, aE[nE - 1]->iLine, 0, "too-many");
    }
    for (int j = 1; j < nE; j++) {
      const ActorEntry *b = aE[j];
      for (int i = 0; i < j; i++) {
        const ActorEntry *a = aE[i];
        if (a->kind != b->kind) continue;
        if (a == b) {
          if (i == j - 1) {
            snprintf(k->zMsg, sizeof k->zMsg, "%s phrase \"%s\" is listed twice in the same entry",
                     kind_name(a->kind), zPhrase);
            finding(k, b->zFile, b->iLine, 0, "duplicate");
          }
          break;
        }
        char zA[256], zB[256];
        entry_codes(a, zA, sizeof zA);
        entry_codes(b, zB, sizeof zB);
        int bSame = !strcmp(zA, zB) && (a->kind != AK_ORG || !strcmp(a->zOrg, b->zOrg));
        if (bSame) {
          snprintf(k->zMsg, sizeof k->zMsg, "%s phrase \"%s\" (%s) is already an entry at %s:%d",
                   kind_name(a->kind), zPhrase, zA, a->zFile, a->iLine);
          finding(k, b->zFile, b->iLine, 0, "duplicate");
        } else if (a->kind == AK_PERSON && roles_disjoint(a, b)) {
          /* two people one name fits ("George Bush", father and son) whose
          ** offices never overlap: the coder keeps the one in office on the
          ** document's day (resolve_person_homonym): no finding */
        } else if (a->kind == AK_PLACE && a->zCountry && b->zCountry && strncmp(a->zCountry, b->zCountry, 3)) {
          /* places of two states that share a name are a homonym the coder
          ** resolves by the document's states (places.txt, "Homonyms"):
          ** no finding */
        } else {
          int bErr = a->kind == AK_PERSON || a->kind == AK_ORG || a->kind == AK_COUNTRY;
          snprintf(k->zMsg, sizeof k->zMsg, "%s phrase \"%s\" is %s here but %s at %s:%d", kind_name(a->kind),
                   zPhrase, zB[0] ? zB : "-", zA[0] ? zA : "-", a->zFile, a->iLine);
          finding(k, b->zFile, b->iLine, bErr, "conflict");
        }
        break;   /* one report per entry: against the first earlier one of its kind */
      }
    }
  }
  free(aParent);
  free(aTokOf);
}

static void fmt_day(long d, int bEnd, char z[11]) {
  if (d == LONG_MIN || d == LONG_MAX) {
    snprintf(z, 11, "%s", "-");
    return;
  }
  (void)bEnd;
  ymd_format(ymd_from_days(d), z);
}

static void check_people(Checker *k) {
  const tocsin_dict *p = k->p;
  for (size_t i = 0; i < p->nActor; i++) {
    const ActorEntry *a = &p->aActor[i];
    /* people, and the states' names, capitals and metonyms with dated lines */
    if (a->kind != AK_PERSON && !a->nRole) continue;
    if (a->kind == AK_PERSON && a->nRole == 0) {
      snprintf(k->zMsg, sizeof k->zMsg, "person \"%s\" has no role lines", a->zName);
      finding(k, a->zFile, a->iLine, 1, "no-roles");
    }
    const PersonRole *pDef = NULL;
    for (size_t r = 0; r < a->nRole; r++) {
      const PersonRole *y = &a->aRole[r];
      if (y->bDefault) {
        if (pDef && strcmp(pDef->zCode, y->zCode)) {
          snprintf(k->zMsg, sizeof k->zMsg, "person \"%s\" has a second default role %s (line %d says %s)", a->zName,
                   y->zCode, pDef->iLine, pDef->zCode);
          finding(k, a->zFile, y->iLine, 1, "overlap");
        }
        if (!pDef) pDef = y;
        continue;
      }
      for (size_t q = 0; q < r; q++) {
        const PersonRole *x = &a->aRole[q];
        if (x->bDefault || !strcmp(x->zCode, y->zCode)) continue;
        if (x->from > y->to || y->from > x->to) continue;
        long lo = x->from > y->from ? x->from : y->from, hi = x->to < y->to ? x->to : y->to;
        char zLo[11], zHi[11];
        fmt_day(lo, 0, zLo);
        fmt_day(hi, 1, zHi);
        if (lo == hi) {
          /* a handover day written on both lines: the earlier line wins it */
          snprintf(k->zMsg, sizeof k->zMsg, "%s \"%s\": %s and %s (line %d) share the day %s", kind_name(a->kind), a->zName,
                   y->zCode, x->zCode, x->iLine, zLo);
          finding(k, a->zFile, y->iLine, 0, "overlap");
        } else {
          snprintf(k->zMsg, sizeof k->zMsg, "%s \"%s\": %s overlaps %s (line %d) from %s to %s", kind_name(a->kind), a->zName,
                   y->zCode, x->zCode, x->iLine, zLo, zHi);
          finding(k, a->zFile, y->iLine, 1, "overlap");
        }
        break;
      }
    }
  }
}

static void check_never(Checker *k) {
  const tocsin_dict *p = k->p;
  for (size_t i = 0; i < p->nNever; i++) {
    const ActorEntry *a = &p->aActor[p->aNever[i].iActor];
    snprintf(k->zMsg, sizeof k->zMsg,
             "%s phrase \"%s\" can never match: a name must end in a capitalised word "
             "(write it capitalised, or make it an agent)",
             kind_name(a->kind), p->aNever[i].zPhrase);
    finding(k, a->zFile, a->iLine, 0, "never-matches");
  }
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* Same slots, alternatives in any order. */
static int same_pattern(const VerbPattern *a, const VerbPattern *b) {
  if (a->lemma != b->lemma || a->nSlot != b->nSlot || a->bNegOnly != b->bNegOnly) return 0;
  for (uint32_t s = 0; s < a->nSlot; s++) {
    const VerbSlot *x = &a->aSlot[s], *y = &b->aSlot[s];
    if (x->bGap != y->bGap || x->nTok != y->nTok) return 0;
    if (x->bGap) continue;
    uint32_t ax[64], ay[64];
    uint32_t n = x->nTok < 64 ? x->nTok : 64;
    memcpy(ax, x->aTok, n * sizeof(uint32_t));
    memcpy(ay, y->aTok, n * sizeof(uint32_t));
    qsort(ax, n, sizeof(uint32_t), cmp_u32);
    qsort(ay, n, sizeof(uint32_t), cmp_u32);
    if (memcmp(ax, ay, n * sizeof(uint32_t))) return 0;
  }
  return 1;
}

static void check_verbs(Checker *k) {
  const tocsin_dict *p = k->p;
  for (size_t i = 0; i < p->nPat; i++) {
    const VerbPattern *v = &p->aPat[i];
    const char *zLemma = p->vocab.azTok[v->lemma];
    int bBase = 0;
    for (const VerbFormEntry *f = dict_forms(p, v->lemma); f; f = f->iNext >= 0 ? &p->aForm[f->iNext] : NULL) {
      if (f->lemma == v->lemma && (f->forms & VF_BASE)) bBase = 1;
    }
    if (!bBase) {
      snprintf(k->zMsg, sizeof k->zMsg, "pattern \"%s\": the lemma \"%s\" has no forms", v->zText, zLemma);
      finding(k, v->zFile, v->iLine, 1, "no-forms");
    }
    /* written as an inflected form of an irregular verb: "met", "gone" */
    for (size_t r = 0; r < p->nIrr; r++) {
      const struct Irregular *g = &p->aIrr[r];
      if (g->lemma == v->lemma) continue;
      int bForm = 0;
      for (int q = 1; q < 5; q++) bForm |= g->aForm[q] == v->lemma;
      if (bForm) {
        snprintf(k->zMsg, sizeof k->zMsg, "pattern \"%s\": the lemma \"%s\" is a form of \"%s\"", v->zText, zLemma,
                 p->vocab.azTok[g->lemma]);
        finding(k, v->zFile, v->iLine, 0, "lemma-form");
        break;
      }
    }
    /* the same pattern earlier in the file */
    for (int32_t j = dict_patterns(p, v->lemma); j >= 0 && (size_t)j < i; j = p->aPatNext[j]) {
      const VerbPattern *u = &p->aPat[j];
      if (!same_pattern(u, v)) continue;
      int bErr = strcmp(u->zCode, v->zCode) != 0;
      if (bErr)
        snprintf(k->zMsg, sizeof k->zMsg, "pattern \"%s\" is %s here but %s at %s:%d", v->zText, v->zCode,
                 u->zCode, u->zFile, u->iLine);
      else
        snprintf(k->zMsg, sizeof k->zMsg, "pattern \"%s\" (%s) is already listed at %s:%d", v->zText, v->zCode,
                 u->zFile, u->iLine);
      finding(k, v->zFile, v->iLine, bErr, bErr ? "pattern-conflict" : "pattern-duplicate");
      break;
    }
  }
}

/* Findings sorted by file and line would need buffering; the checks run in a
** fixed order instead and each reports in load order. */
int tocsin_dict_check(const tocsin_dict *pDict, tocsin_finding_fn xFinding, void *pArg, size_t *pnError,
                      size_t *pnWarn, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  Checker k;
  memset(&k, 0, sizeof k);
  k.p = pDict;
  k.x = xFinding;
  k.pArg = pArg;
  check_phrases(&k);
  check_people(&k);
  check_never(&k);
  check_verbs(&k);
  if (pnError) *pnError = k.nErr;
  if (pnWarn) *pnWarn = k.nWarn;
  if (k.bOom) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory checking the dictionaries");
    return TOCSIN_ENOMEM;
  }
  return TOCSIN_OK;
}

/* ---- who ---------------------------------------------------------------------- */


int tocsin_dict_who(const tocsin_dict *p, const char *zPhrase, const char *zDate, tocsin_entry_fn xEntry, void *pArg,
                    size_t *pnFound, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (pnFound) *pnFound = 0;
  long day = 0;
  int bDay = 0;
  if (zDate) {
    Ymd t;
    if (!ymd_parse(zDate, &t)) {
      err_set(pErr, TOCSIN_EARG, (size_t)-1, "the date must be YYYY-MM-DD, not '%s'", zDate);
      return TOCSIN_EARG;
    }
    day = ymd_to_days(t);
    bDay = 1;
  }
  Token *aTok = NULL;
  size_t nTok = 0, nTokAlloc = 0;
  if (!tokenize(zPhrase, strlen(zPhrase), (Intern *)&p->vocab, p->pArena, 0, &aTok, &nTok, &nTokAlloc)) {
    free(aTok);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return TOCSIN_ENOMEM;
  }
  const Trie *t = &p->actors;
  size_t nFound = 0;
  int rc = TOCSIN_OK;
  for (size_t i = 0; i < nTok && rc == TOCSIN_OK;) {
    size_t s = i;
    if (aTok[i].end - aTok[i].start == 3 && !strnicmp_ascii(zPhrase + aTok[i].start, "the", 3) && i + 1 < nTok) s++;
    uint32_t node = 0, bestNode = 0;
    size_t bestEnd = 0;
    for (size_t k = s; k < nTok; k++) {
      node = trie_step(t, node, aTok[k].id);
      if (!node) break;
      if (t->aHead[node] >= 0) {
        bestEnd = k + 1;
        bestNode = node;
      }
    }
    if (!bestEnd) {
      i++;
      continue;
    }
    char zText[512];
    snprintf(zText, sizeof zText, "%.*s", (int)(aTok[bestEnd - 1].end - aTok[i].start), zPhrase + aTok[i].start);
    /* case as written, by the coder's rules */
    int bUpper = 1;
    for (size_t k = s; k < bestEnd; k++) {
      for (uint32_t b = aTok[k].start; b < aTok[k].end; b++) bUpper &= !is_lower((unsigned char)zPhrase[b]);
    }
    size_t iLast = bestEnd - 1;
    while (iLast >= s + 2 && !aTok[iLast].bCap && zPhrase[aTok[iLast - 1].start] == '-' &&
           aTok[iLast - 1].end == aTok[iLast].start && aTok[iLast - 2].end == aTok[iLast - 1].start)
      iLast -= 2;
    int bLastCap = aTok[iLast].bCap || !is_alpha((unsigned char)zPhrase[aTok[iLast].start]);
    for (int32_t ref = t->aHead[bestNode]; ref >= 0; ref = t->aRef[ref].iNext) {
      uint32_t iItem = t->aRef[ref].iItem;
      const ActorEntry *a = &p->aActor[iItem & ~ACTOR_FLAGS];
      tocsin_dict_entry e;
      memset(&e, 0, sizeof e);
      e.zText = zText;
      e.zKind = a->kind == AK_PERSON && a->bFemale ? "person she" : kind_name(a->kind);
      e.zCode = a->zCode;
      e.zCountry = a->zCountry;
      e.zOrg = a->zOrg;
      e.zRole = a->zRole;
      e.zName = a->zName;
      e.zFile = a->zFile;
      e.iLine = a->iLine;
      e.bCaseOk = 1;
      if ((iItem & ACTOR_EXACT_CASE) && !bUpper) e.bCaseOk = 0;
      if (a->kind != AK_AGENT && a->kind != AK_IGNORE && !(iItem & ACTOR_ANY_CASE) && !bLastCap) e.bCaseOk = 0;
      tocsin_dict_role *aR = NULL;
      char zFall[16];
      if (a->nRole) {
        aR = calloc(a->nRole, sizeof *aR);
        if (!aR) {
          rc = TOCSIN_ENOMEM;
          break;
        }
        /* a state's dated line applies only on a day it covers */
        int iOn = a->kind == AK_PERSON ? dict_person_role(a, day, bDay) : -1;
        const char *zDated = dict_entry_dated(a, day, bDay);
        for (size_t r = 0; zDated && r < a->nRole; r++) {
          if (iOn < 0 && day >= a->aRole[r].from && day <= a->aRole[r].to) iOn = (int)r;
        }
        for (size_t r = 0; r < a->nRole; r++) {
          const PersonRole *y = &a->aRole[r];
          aR[r].zCode = y->zCode;
          if (y->bDefault) {
            snprintf(aR[r].zFrom, sizeof aR[r].zFrom, "*");
            snprintf(aR[r].zTo, sizeof aR[r].zTo, "*");
          } else {
            fmt_day(y->from, 0, aR[r].zFrom);
            fmt_day(y->to, 1, aR[r].zTo);
          }
          aR[r].bApplies = (int)r == iOn;
          aR[r].zFile = a->zFile;
          aR[r].iLine = y->iLine;
        }
        if (iOn >= 0) {
          e.zCode = a->aRole[iOn].zCode;
        } else if (a->kind == AK_PERSON) {
          dict_person_fallback(a, day, zFall, sizeof zFall);
          e.zCode = zFall;
        }
        e.aRole = aR;
        e.nRole = a->nRole;
      }
      nFound++;
      if (xEntry) xEntry(pArg, &e);
      free(aR);
    }
    i = bestEnd;
  }
  free(aTok);
  if (pnFound) *pnFound = nFound;
  if (rc == TOCSIN_ENOMEM) err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
  return rc;
}

/* ---- verb ---------------------------------------------------------------------- */

/* Matches slots s.. of v from token i: the coder's match_slots (gaps take
** 0-6 tokens, shortest first, never across '.' or ';'). */
static size_t verb_slots(const Token *aTok, size_t nTok, const char *z, const VerbPattern *v, uint32_t s, size_t i,
                         int *pnLit, int nLit) {
  if (s == v->nSlot) {
    *pnLit = nLit;
    return i;
  }
  const VerbSlot *sl = &v->aSlot[s];
  if (sl->bGap) {
    for (size_t g = 0; g <= 6 && i + g <= nTok; g++) {
      if (g > 0) {
        const Token *pt = &aTok[i + g - 1];
        if (pt->end - pt->start == 1 && (z[pt->start] == '.' || z[pt->start] == ';')) break;
      }
      size_t r = verb_slots(aTok, nTok, z, v, s + 1, i + g, pnLit, nLit);
      if (r) return r;
    }
    return 0;
  }
  if (i >= nTok) return 0;
  for (uint32_t k = 0; k < sl->nTok; k++) {
    if (sl->aTok[k] == aTok[i].id) return verb_slots(aTok, nTok, z, v, s + 1, i + 1, pnLit, nLit + 1);
  }
  return 0;
}

static void form_names(uint32_t forms, char *z, size_t n) {
  static const struct { uint32_t bit; const char *zName; } a[] = {
      {VF_BASE, "base"}, {VF_3S, "3s"}, {VF_PAST, "past"}, {VF_PP, "past-participle"}, {VF_ING, "ing"}};
  z[0] = 0;
  for (size_t i = 0; i < sizeof a / sizeof a[0]; i++) {
    if (!(forms & a[i].bit)) continue;
    size_t l = strlen(z);
    snprintf(z + l, n - l, "%s%s", l ? "/" : "", a[i].zName);
  }
}

typedef struct VerbCand { const VerbPattern *v; const VerbFormEntry *f; size_t e; int nLit; } VerbCand;

/* Contract: 1 when the word before token i (over at most two "-ly"
** adverbs) is "not", "never" or "n't" and the word before that "will",
** "would", "wo", "shall" or "'ll"; else 0. The coder's modal_negated_verb,
** which a "!lemma" pattern (VerbPattern.bNegOnly) needs to hold. */
static int negated_after_modal(const Token *aTok, const char *z, size_t i) {
  static const char *const azNeg[] = {"not", "never", "n't", NULL};
  static const char *const azModal[] = {"will", "would", "wo", "shall", "'ll", NULL};
  size_t t = i;
  while (t > 0 && i - t < 2 && aTok[t - 1].end - aTok[t - 1].start > 2 &&
         !strncasecmp(z + aTok[t - 1].end - 2, "ly", 2))
    t--;
  if (t < 2) return 0;
  int bNeg = 0, bModal = 0;
  for (const char *const *w = azNeg; *w && !bNeg; w++)
    bNeg = aTok[t - 1].end - aTok[t - 1].start == strlen(*w) && !strncasecmp(z + aTok[t - 1].start, *w, strlen(*w));
  for (const char *const *w = azModal; *w && !bModal; w++)
    bModal = aTok[t - 2].end - aTok[t - 2].start == strlen(*w) && !strncasecmp(z + aTok[t - 2].start, *w, strlen(*w));
  return bNeg && bModal;
}

int tocsin_dict_verb(const tocsin_dict *p, const char *zText, tocsin_verb_fn xMatch, void *pArg, size_t *pnFound,
                     tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (pnFound) *pnFound = 0;
  Token *aTok = NULL;
  size_t nTok = 0, nTokAlloc = 0;
  VerbCand *aC = NULL;
  size_t nC = 0, nCAlloc = 0;
  size_t nFound = 0, iCovered = 0;
  int ok = tokenize(zText, strlen(zText), (Intern *)&p->vocab, p->pArena, 0, &aTok, &nTok, &nTokAlloc);
  for (size_t i = 0; ok && i < nTok; i++) {
    if (i < iCovered || !aTok[i].bWord) continue;
    nC = 0;
    for (const VerbFormEntry *f = dict_forms(p, aTok[i].id); ok && f;
         f = f->iNext >= 0 ? &p->aForm[f->iNext] : NULL) {
      for (int32_t ip = dict_patterns(p, f->lemma); ip >= 0; ip = p->aPatNext[ip]) {
        const VerbPattern *v = &p->aPat[ip];
        if (v->bNegOnly && !negated_after_modal(aTok, zText, i)) continue;   /* "!tolerate" */
        int nLit = 0;
        size_t e = verb_slots(aTok, nTok, zText, v, 0, i + 1, &nLit, 0);
        if (!e) continue;
        if (!vec_grow((void **)&aC, &nCAlloc, nC, sizeof(VerbCand))) {
          ok = 0;
          break;
        }
        aC[nC].v = v;
        aC[nC].f = f;
        aC[nC].e = e;
        aC[nC++].nLit = nLit;
      }
    }
    if (!ok || !nC) continue;
    /* the coder keeps the first candidate with the most literals */
    size_t iWin = 0;
    for (size_t k = 1; k < nC; k++) {
      if (aC[k].nLit > aC[iWin].nLit ||
          (aC[k].nLit == aC[iWin].nLit && aC[k].v->bNegOnly && !aC[iWin].v->bNegOnly))
        iWin = k;   /* ... and a "!" pattern wins a tie, as in the coder */
    }
    iCovered = aC[iWin].e;
    for (size_t q = 0; q < nC; q++) {
      size_t k = q == 0 ? iWin : (q <= iWin ? q - 1 : q);
      const VerbCand *cd = &aC[k];
      const CameoCode *cc = dict_cameo(p, cd->v->zCode);
      char zForm[128], zForms[64], zMatched[512];
      snprintf(zForm, sizeof zForm, "%.*s", (int)(aTok[i].end - aTok[i].start), zText + aTok[i].start);
      form_names(cd->f->forms, zForms, sizeof zForms);
      snprintf(zMatched, sizeof zMatched, "%.*s", (int)(aTok[cd->e - 1].end - aTok[i].start), zText + aTok[i].start);
      tocsin_dict_verb_match m;
      memset(&m, 0, sizeof m);
      m.iWord = i;
      m.zForm = zForm;
      m.zLemma = p->vocab.azTok[cd->v->lemma];
      m.zForms = zForms;
      m.zPattern = cd->v->zText;
      m.zMatched = zMatched;
      m.nLiteral = cd->nLit;
      m.bWinner = k == iWin;
      m.zCode = cd->v->zCode;
      m.zName = cc ? cc->zName : NULL;
      m.zPlover = cc ? cc->zPlover : NULL;
      m.goldstein = cc ? cc->goldstein : 0;
      m.zFile = cd->v->zFile;
      m.iLine = cd->v->iLine;
      nFound++;
      if (xMatch) xMatch(pArg, &m);
    }
  }
  free(aTok);
  free(aC);
  if (pnFound) *pnFound = nFound;
  if (!ok) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return TOCSIN_ENOMEM;
  }
  return TOCSIN_OK;
}
