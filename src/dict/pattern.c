/*
** The pattern dictionary shared by the TABARI and PETRARCH loaders: phrase and
** code parsing, the first-word indexes, word matching with TABARI's stems and
** regular endings, and the options TABARI's .options files set.
*/
#include "pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

PatDict *patdict_new(void) {
  PatDict *pd = calloc(1, sizeof *pd);
  if (!pd) return NULL;
  if (!(pd->pArena = arena_new()) || !intern_init(&pd->vocab)) {
    patdict_free(pd);
    return NULL;
  }
  pd->opt.nCommaMin = 2;    /* TABARI's defaults (manual 8.6) */
  pd->opt.nCommaMax = 10;
  pd->opt.nCommaEMin = 2;
  pd->opt.nCommaEMax = 10;
  pd->opt.nCommaBMin = 128; /* the first clause is never dropped */
  pd->opt.nCommaBMax = 0;
  pd->opt.nMinWords = 8;
  pd->opt.bRequireDyad = 1;
  return pd;
}

void patdict_free(PatDict *pd) {
  if (!pd) return;
  for (size_t i = 0; i < pd->nVerb; i++) {
    free(pd->aVerb[i].aForm);
    free(pd->aVerb[i].aPat);
  }
  for (size_t i = 0; i < pd->nSet; i++) free(pd->aSet[i].a);
  for (size_t i = 0; i < pd->opt.nRaw; i++) free(pd->opt.azRaw[i]);
  for (size_t i = 0; i < pd->nSource; i++) free(pd->azSource[i]);
  free(pd->opt.azRaw);
  free(pd->azSource);
  free(pd->aEntry);
  free(pd->aEntryHead);
  free(pd->aVerb);
  free(pd->aPat);
  free(pd->aForm);
  free(pd->aFormHead);
  free(pd->aSet);
  intern_free(&pd->vocab);
  arena_free(pd->pArena);
  free(pd);
}

/* ---- phrases ------------------------------------------------------------ */

static int phrase_err(tocsin_error *pErr, const char *zFile, int iLine, int iCol, const char *zWhat) {
  err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: %s", zFile ? zFile : "(dictionary)", iLine, iCol, zWhat);
  if (pErr) {
    pErr->line = (size_t)iLine;
    pErr->col = (size_t)iCol;
  }
  return TOCSIN_EDICT;
}

/* Whether c continues a word; '{', '|' and '}' are plain characters outside
** verb patterns (real actor files hold "KOKUCHUKAI|_"). */
static int is_word_char(int c, int fFlags) {
  if (!c || c == ' ' || c == '\t' || c == '_' || c == '~' || c == '=' || c == '\r' || c == '\n') return 0;
  if (c == '{' || c == '}' || c == '|') return !(fFlags & (PP_PATTERN | PP_SYNSET));
  return 1;
}

typedef struct ElemVec { PElem *a; size_t n, nAlloc; } ElemVec;

static PElem *elem_push(ElemVec *v) {
  if (!vec_grow((void **)&v->a, &v->nAlloc, v->n, sizeof(PElem))) return NULL;
  PElem *e = &v->a[v->n++];
  memset(e, 0, sizeof *e);
  return e;
}

static int32_t set_new(PatDict *pd, const char *zName) {
  if (!vec_grow((void **)&pd->aSet, &pd->nSetAlloc, pd->nSet, sizeof(PSet))) return -1;
  PSet *s = &pd->aSet[pd->nSet];
  memset(s, 0, sizeof *s);
  if (zName && !(s->zName = arena_strdup(pd->pArena, zName))) return -1;
  return (int32_t)pd->nSet++;
}

int32_t patdict_synset(PatDict *pd, const char *zName, int bCreate) {
  for (size_t i = 0; i < pd->nSet; i++)
    if (pd->aSet[i].zName && !strcmp(pd->aSet[i].zName, zName)) return (int32_t)i;
  return bCreate ? set_new(pd, zName) : -1;
}

static int set_add(PatDict *pd, uint32_t iSet, const PPhrase *p) {
  PSet *s = &pd->aSet[iSet];
  if (!vec_grow((void **)&s->a, &s->nAlloc, s->n, sizeof(PPhrase))) return 0;
  s->a[s->n++] = *p;
  return 1;
}

/* Parses z[i..n) up to the end, or up to '|' / '}' when bInAlt. */
static int parse_elems(PatDict *pd, const char *z, size_t n, size_t *pi, int fFlags, int bInAlt,
                       ElemVec *v, const char *zFile, int iLine, int iCol0, tocsin_error *pErr) {
  size_t i = *pi;
  char zWord[256];
  while (i < n) {
    char c = z[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { i++; continue; }
    if (bInAlt && (c == '|' || c == '}')) break;
    int iCol = iCol0 + (int)i;
    PElem *e = NULL;
    if (c == '{' && (fFlags & (PP_PATTERN | PP_SYNSET))) {
      if (!(fFlags & PP_PATTERN) || bInAlt)
        return phrase_err(pErr, zFile, iLine, iCol, "'{' alternatives are allowed only in verb patterns");
      int32_t iSet = set_new(pd, NULL);
      if (iSet < 0) return TOCSIN_ENOMEM;
      i++;
      for (;;) {
        ElemVec alt = {0};
        int rc = parse_elems(pd, z, n, &i, PP_SYNSET, 1, &alt, zFile, iLine, iCol0, pErr);
        if (rc) { free(alt.a); return rc; }
        if (i >= n) { free(alt.a); return phrase_err(pErr, zFile, iLine, iCol, "'{' without its closing '}'"); }
        if (!alt.n) { free(alt.a); return phrase_err(pErr, zFile, iLine, iCol0 + (int)i, "an empty alternative in { | }"); }
        PPhrase ph;
        ph.n = (uint32_t)alt.n;
        ph.a = arena_alloc(pd->pArena, alt.n * sizeof(PElem));
        if (!ph.a) { free(alt.a); return TOCSIN_ENOMEM; }
        memcpy(ph.a, alt.a, alt.n * sizeof(PElem));
        free(alt.a);
        if (!set_add(pd, (uint32_t)iSet, &ph)) return TOCSIN_ENOMEM;
        if (z[i++] == '}') break;
      }
      if (!(e = elem_push(v))) return TOCSIN_ENOMEM;
      e->kind = PE_ALT;
      e->iSet = (uint32_t)iSet;
    } else if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
      if (!(fFlags & PP_PATTERN) && !((fFlags & PP_SYNSET) && c != '*'))
        return phrase_err(pErr, zFile, iLine, iCol, "'*', '$', '+', '%' and '^' belong in verb patterns only");
      if (!(e = elem_push(v))) return TOCSIN_ENOMEM;
      e->kind = c == '*' ? PE_VERB : c == '$' ? PE_SOURCE : c == '+' ? PE_TARGET : c == '%' ? PE_COMPOUND : PE_SKIP;
      i++;
      if (i < n && z[i] == '~') {   /* "*~_CLOSELY": read as '_' */
        i++;
        if (!(i < n && z[i] == '_')) { e->fNext = 1; continue; }
      }
    } else if (c == '&' && (fFlags & (PP_PATTERN | PP_SYNSET))) {
      size_t j = i + 1;
      while (j < n && (is_alnum((unsigned char)z[j]))) j++;
      if (j == i + 1) return phrase_err(pErr, zFile, iLine, iCol, "a synset name after '&'");
      if (j - i >= sizeof zWord) return phrase_err(pErr, zFile, iLine, iCol, "a synset name shorter than 255 bytes");
      for (size_t k = i; k < j; k++) zWord[k - i] = (char)(z[k] >= 'a' && z[k] <= 'z' ? z[k] - 32 : z[k]);
      zWord[j - i] = 0;
      int32_t iSet = patdict_synset(pd, zWord, 0);
      if (iSet < 0) {
        char zMsg[400];
        snprintf(zMsg, sizeof zMsg, "synset %s is used before it is declared (declare it in <SYNSETS> first)", zWord);
        return phrase_err(pErr, zFile, iLine, iCol, zMsg);
      }
      if (!(e = elem_push(v))) return TOCSIN_ENOMEM;
      e->kind = PE_SYNSET;
      e->iSet = (uint32_t)iSet;
      e->z = pd->aSet[iSet].zName;
      e->n = (uint32_t)strlen(e->z);
      i = j;
    } else if (c == '_' || c == '-') {
      i++;   /* a stray connector ("ON_ _", "ANGLO-_DUTCH"): nothing to join */
      continue;
    } else if (c == '~' || c == '=' || ((c == '|' || c == '}') && (fFlags & (PP_PATTERN | PP_SYNSET)))) {
      char zMsg[80];
      snprintf(zMsg, sizeof zMsg, "a word before '%c'", c);
      return phrase_err(pErr, zFile, iLine, iCol, zMsg);
    } else {
      size_t j = i;
      size_t nw = 0;
      while (j < n && is_word_char((unsigned char)z[j], fFlags)) {
        if (z[j] == '-') break;   /* dictionaries: a hyphen joins words like '_' */
        if (nw + 1 >= sizeof zWord) return phrase_err(pErr, zFile, iLine, iCol, "a word shorter than 255 bytes");
        char ch = z[j];
        zWord[nw++] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        j++;
      }
      if (!nw) {   /* a lone '-' */
        i++;
        continue;
      }
      if (!(e = elem_push(v))) return TOCSIN_ENOMEM;
      e->kind = PE_WORD;
      e->z = arena_strndup(pd->pArena, zWord, nw);
      e->n = (uint32_t)nw;
      e->iWord = intern_id(&pd->vocab, pd->pArena, zWord, nw, 1);
      if (!e->z || e->iWord == TOK_NONE) return TOCSIN_ENOMEM;
      i = j;
      if (i < n && z[i] == '-') {  /* BARAD-DUR: two whole words, adjacent */
        e->fExact = 1;
        e->fNext = 1;
        while (i < n && (z[i] == '-' || z[i] == '_')) i++;
        continue;
      }
      if (i < n && z[i] == '=') {
        e->fExact = 1;
        e->fNoEnd = 1;
        i++;
      } else if (i < n && z[i] == '~') {
        e->fNext = 1;   /* a stem that must be followed at once */
        i++;
        if (i < n && z[i] == '_') i++;
        continue;
      }
    }
    /* a connector after the element */
    if (i < n && z[i] == '_') {
      if (e->kind == PE_WORD) e->fExact = 1;
      i++;
      if (i < n && z[i] != ' ' && z[i] != '\t' && !(bInAlt && (z[i] == '|' || z[i] == '}'))) e->fNext = 1;
    }
  }
  *pi = i;
  return TOCSIN_OK;
}

int patdict_parse_phrase(PatDict *pd, const char *z, size_t n, int fFlags, PPhrase *pOut,
                         const char *zFile, int iLine, int iCol0, tocsin_error *pErr) {
  ElemVec v = {0};
  size_t i = 0;
  memset(pOut, 0, sizeof *pOut);
  int rc = parse_elems(pd, z, n, &i, fFlags, 0, &v, zFile, iLine, iCol0, pErr);
  if (rc) {
    free(v.a);
    if (rc == TOCSIN_ENOMEM) err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return rc;
  }
  if (!v.n) {
    free(v.a);
    return phrase_err(pErr, zFile, iLine, iCol0, "a phrase");
  }
  v.a[v.n - 1].fNext = 0;
  if (fFlags & PP_PATTERN) {
    int nVerb = 0;
    for (size_t k = 0; k < v.n; k++) nVerb += v.a[k].kind == PE_VERB;
    if (nVerb != 1) {
      free(v.a);
      return phrase_err(pErr, zFile, iLine, iCol0,
                        nVerb ? "only one '*' (the verb) in a pattern" : "a '*' marking where the verb goes");
    }
  }
  pOut->a = arena_alloc(pd->pArena, v.n * sizeof(PElem));
  if (!pOut->a) {
    free(v.a);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return TOCSIN_ENOMEM;
  }
  memcpy(pOut->a, v.a, v.n * sizeof(PElem));
  pOut->n = (uint32_t)v.n;
  free(v.a);
  return TOCSIN_OK;
}

/* ---- codes and dates -------------------------------------------------------- */

int patdict_parse_date(const char *z, size_t n, int bYYYY, int32_t *pDay) {
  size_t nWant = bYYYY ? 8 : 6;
  if (n == 8 && !bYYYY) nWant = 8;   /* PETRARCH writes 8 digits; accept both */
  if (n != nWant) return 1;
  for (size_t i = 0; i < n; i++)
    if (!is_digit((unsigned char)z[i])) return 1;
  int y, m, d;
  if (n == 8) {
    y = (z[0] - '0') * 1000 + (z[1] - '0') * 100 + (z[2] - '0') * 10 + (z[3] - '0');
    z += 4;
  } else {
    y = (z[0] - '0') * 10 + (z[1] - '0');
    y += y <= 30 ? 2000 : 1900;   /* TABARI's pivot (manual 6.5.2) */
    z += 2;
  }
  m = (z[0] - '0') * 10 + (z[1] - '0');
  d = (z[2] - '0') * 10 + (z[3] - '0');
  Ymd t = {y, m, d};
  if (!ymd_valid(t)) return 1;
  *pDay = (int32_t)ymd_to_days(t);
  return 0;
}

int patdict_parse_code(PatDict *pd, const char *z, size_t n, int bYYYY, PCode *pCode,
                       const char *zFile, int iLine, int iCol0, tocsin_error *pErr) {
  memset(pCode, 0, sizeof *pCode);
  pCode->from = INT32_MIN;
  pCode->to = INT32_MAX;
  size_t i = 0;
  while (i < n && (z[i] == ' ' || z[i] == '\t')) i++;
  while (n > i && (z[n - 1] == ' ' || z[n - 1] == '\t')) n--;
  /* the special codes, written with or without inner blanks: "- - -" */
  char zSq[16];
  size_t nSq = 0;
  for (size_t k = i; k < n && nSq < sizeof zSq - 1; k++)
    if (z[k] != ' ') zSq[nSq++] = z[k];
  zSq[nSq] = 0;
  size_t j = i;
  if (nSq >= 3 && (!memcmp(zSq, "---", 3) || !memcmp(zSq, "###", 3) || !memcmp(zSq, "+++", 3))) {
    char c = zSq[0];
    while (j < n && (z[j] == c || z[j] == ' ')) j++;
    pCode->zCode = c == '-' ? "---" : c == '#' ? "###" : "+++";
  } else {
    while (j < n && (is_alnum((unsigned char)z[j]) || z[j] == '~' || z[j] == '/' || z[j] == '?' || z[j] == '!' ||
                     z[j] == ':' || z[j] == '*'))
      j++;
    /* "~ OPP" with a blank after the connector */
    if (j == i + 1 && z[i] == '~') {
      size_t k = j;
      while (k < n && z[k] == ' ') k++;
      size_t m = k;
      while (m < n && is_alnum((unsigned char)z[m])) m++;
      if (m > k) {
        char *zc = arena_alloc(pd->pArena, m - k + 2);
        if (!zc) return TOCSIN_ENOMEM;
        zc[0] = '~';
        for (size_t q = k; q < m; q++) zc[q - k + 1] = (char)(z[q] >= 'a' && z[q] <= 'z' ? z[q] - 32 : z[q]);
        pCode->zCode = zc;
        j = m;
      }
    }
    if (!pCode->zCode) {
      if (j == i) {
        if (i < n && (z[i] == '<' || z[i] == '>' || is_digit((unsigned char)z[i])))
          return phrase_err(pErr, zFile, iLine, iCol0 + (int)i, "a code before the date restriction");
        return phrase_err(pErr, zFile, iLine, iCol0 + (int)i, "a code inside [ ]");
      }
      char *zc = arena_strndup(pd->pArena, z + i, j - i);
      if (!zc) return TOCSIN_ENOMEM;
      for (char *q = zc; *q; q++)
        if (*q >= 'a' && *q <= 'z') *q = (char)(*q - 32);
      pCode->zCode = zc;
    }
  }
  while (j < n && z[j] == ' ') j++;
  if (j == n) return TOCSIN_OK;
  /* a date restriction: <D, >D, D-D */
  pCode->bDated = 1;
  char cOp = 0;
  if (z[j] == '<' || z[j] == '>') {
    cOp = z[j++];
    while (j < n && z[j] == ' ') j++;
  }
  size_t k = j;
  while (k < n && is_digit((unsigned char)z[k])) k++;
  int32_t d1, d2;
  if (patdict_parse_date(z + j, k - j, bYYYY, &d1))
    return phrase_err(pErr, zFile, iLine, iCol0 + (int)j,
                      bYYYY ? "a date YYYYMMDD in the restriction" : "a date YYMMDD in the restriction");
  if (cOp == '<') pCode->to = d1;
  else if (cOp == '>') pCode->from = d1;
  else {
    while (k < n && z[k] == ' ') k++;
    if (k >= n || z[k] != '-') return phrase_err(pErr, zFile, iLine, iCol0 + (int)k, "'-' between the two dates of a range");
    k++;
    while (k < n && z[k] == ' ') k++;
    size_t m = k;
    while (m < n && is_digit((unsigned char)z[m])) m++;
    if (patdict_parse_date(z + k, m - k, bYYYY, &d2))
      return phrase_err(pErr, zFile, iLine, iCol0 + (int)k, "the second date of the range");
    pCode->from = d1;
    pCode->to = d2;
    k = m;
  }
  while (k < n && z[k] == ' ') k++;
  if (k != n) return phrase_err(pErr, zFile, iLine, iCol0 + (int)k, "']' after the date restriction");
  return TOCSIN_OK;
}

/* ---- adding and indexing ---------------------------------------------------- */

static int head_grow(int32_t **pa, uint32_t *pn, uint32_t id) {
  if (id < *pn) return 1;
  uint32_t n = *pn ? *pn : 1024;
  while (n <= id) n *= 2;
  int32_t *a = realloc(*pa, n * sizeof(int32_t));
  if (!a) return 0;
  for (uint32_t i = *pn; i < n; i++) a[i] = -1;
  *pa = a;
  *pn = n;
  return 1;
}

int32_t patdict_add_entry(PatDict *pd, const PEntry *pEntry) {
  if (!pEntry->phrase.n || pEntry->phrase.a[0].kind != PE_WORD) return -1;
  if (!vec_grow((void **)&pd->aEntry, &pd->nEntryAlloc, pd->nEntry, sizeof(PEntry))) return -1;
  uint32_t id = pEntry->phrase.a[0].iWord;
  if (!head_grow(&pd->aEntryHead, &pd->nEntryHead, id)) return -1;
  int32_t iNew = (int32_t)pd->nEntry++;
  PEntry *e = &pd->aEntry[iNew];
  *e = *pEntry;
  e->iNext = pd->aEntryHead[id];
  pd->aEntryHead[id] = iNew;
  if (e->kind == PK_ACTOR) pd->nActor++;
  if (e->kind == PK_AGENT) pd->nAgent++;
  if (e->kind == PK_ISSUE) pd->bHasIssues = 1;
  return iNew;
}

int32_t patdict_add_verb(PatDict *pd, const PVerb *pVerb) {
  if (!vec_grow((void **)&pd->aVerb, &pd->nVerbAlloc, pd->nVerb, sizeof(PVerb))) return -1;
  int32_t iVerb = (int32_t)pd->nVerb++;
  PVerb *v = &pd->aVerb[iVerb];
  *v = *pVerb;
  v->aForm = NULL;
  v->nForm = v->nFormAlloc = 0;
  v->aPat = NULL;
  v->nPat = v->nPatAlloc = 0;
  if (v->root.n && !patdict_add_form(pd, (uint32_t)iVerb, NULL)) return -1;
  return iVerb;
}

/* pForm NULL: index the root itself. */
int patdict_add_form(PatDict *pd, uint32_t iVerb, const PPhrase *pForm) {
  PVerb *v = &pd->aVerb[iVerb];
  int32_t iForm = -1;
  if (pForm) {
    if (!vec_grow((void **)&v->aForm, &v->nFormAlloc, v->nForm, sizeof(PPhrase))) return 0;
    v->aForm[v->nForm] = *pForm;
    iForm = (int32_t)v->nForm++;
  }
  const PPhrase *p = iForm < 0 ? &v->root : &v->aForm[iForm];
  if (!p->n || p->a[0].kind != PE_WORD) return 1;
  if (!vec_grow((void **)&pd->aForm, &pd->nFormAlloc, pd->nForm, sizeof(PVerbForm))) return 0;
  uint32_t id = p->a[0].iWord;
  if (!head_grow(&pd->aFormHead, &pd->nFormHead, id)) return 0;
  PVerbForm *f = &pd->aForm[pd->nForm];
  f->iVerb = iVerb;
  f->iForm = iForm;
  f->iNext = pd->aFormHead[id];
  pd->aFormHead[id] = (int32_t)pd->nForm++;
  return 1;
}

const PPhrase *patdict_form_phrase(const PatDict *pd, const PVerbForm *f) {
  const PVerb *v = &pd->aVerb[f->iVerb];
  return f->iForm < 0 ? &v->root : &v->aForm[f->iForm];
}

static int phrase_len(const PatDict *pd, const PPhrase *p) {
  int n = 0;
  for (uint32_t i = 0; i < p->n; i++) {
    const PElem *e = &p->a[i];
    if (e->kind == PE_WORD) {
      for (uint32_t k = 0; k < e->n; k++) n += is_alnum((unsigned char)e->z[k]);
    } else if (e->kind == PE_ALT || e->kind == PE_SYNSET) {
      int nBest = 0;
      const PSet *s = &pd->aSet[e->iSet];
      for (size_t k = 0; k < s->n; k++) {
        int l = phrase_len(pd, &s->a[k]);
        if (l > nBest) nBest = l;
      }
      /* TABARI counts nothing for a synset designator ("- * DOLLAR" is tried
      ** before "- * &CURRENCY": its SYNSET-07 record); PETRARCH orders by the
      ** pattern's text, designator included (its SYNSET-20b) */
      n += e->kind == PE_ALT ? nBest : pd->opt.bTreebank ? (int)e->n : 0;
    }
  }
  return n;
}

int patdict_add_pattern(PatDict *pd, uint32_t iVerb, const PPhrase *pPhrase, const char *zCode,
                        const char *zFile, int iLine) {
  if (!vec_grow((void **)&pd->aPat, &pd->nPatAlloc, pd->nPat, sizeof(PVerbPat))) return 0;
  PVerbPat *pp = &pd->aPat[pd->nPat];
  pp->phrase = *pPhrase;
  pp->zCode = zCode;
  pp->iVerb = iVerb;
  pp->zFile = zFile;
  pp->iLine = iLine;
  pp->iLen = phrase_len(pd, pPhrase);
  PVerb *v = &pd->aVerb[iVerb];
  if (!vec_grow((void **)&v->aPat, &v->nPatAlloc, v->nPat, sizeof(uint32_t))) return 0;
  /* insertion keeps longest first, file order among equals */
  size_t k = v->nPat;
  while (k > 0 && pd->aPat[v->aPat[k - 1]].iLen < pp->iLen) {
    v->aPat[k] = v->aPat[k - 1];
    k--;
  }
  v->aPat[k] = (uint32_t)pd->nPat++;
  v->nPat++;
  return 1;
}

/* ---- matching ------------------------------------------------------------- */

static int is_regular_ending(const char *z, size_t n) {
  static const char *az[] = {"S", "'S", "ED", "ES", "EN", "ING", "D", "'"};
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++)
    if (strlen(az[i]) == n && !memcmp(az[i], z, n)) return 1;
  return 0;
}

int patdict_word_match(const PElem *e, const char *zWord, size_t n, int bFinal) {
  if (e->kind != PE_WORD || n < e->n || memcmp(e->z, zWord, e->n)) return 0;
  if (!e->fExact || n == e->n) return 1;
  return bFinal && !e->fNoEnd && is_regular_ending(zWord + e->n, n - e->n);
}

static void each_prefix(const PatDict *pd, const int32_t *aHead, uint32_t nHead, const char *zWord, size_t n,
                        int (*xEach)(void *, int32_t), void *pArg, int bEntries) {
  for (size_t k = n; k >= 1; k--) {
    uint32_t id = intern_id((Intern *)&pd->vocab, NULL, zWord, k, 0);
    if (id == TOK_NONE || id >= nHead) continue;
    for (int32_t i = aHead[id]; i >= 0;) {
      const PPhrase *p;
      int32_t iNext;
      if (bEntries) {
        p = &pd->aEntry[i].phrase;
        iNext = pd->aEntry[i].iNext;
      } else {
        p = patdict_form_phrase(pd, &pd->aForm[i]);
        iNext = pd->aForm[i].iNext;
      }
      if (patdict_word_match(&p->a[0], zWord, n, p->n == 1 || !bEntries) && xEach(pArg, i)) return;
      i = iNext;
    }
  }
}

void patdict_each_entry(const PatDict *pd, const char *zWord, size_t n,
                        int (*xEach)(void *pArg, int32_t iEntry), void *pArg) {
  each_prefix(pd, pd->aEntryHead, pd->nEntryHead, zWord, n, xEach, pArg, 1);
}

void patdict_each_form(const PatDict *pd, const char *zWord, size_t n,
                       int (*xEach)(void *pArg, int32_t iForm), void *pArg) {
  each_prefix(pd, pd->aFormHead, pd->nFormHead, zWord, n, xEach, pArg, 0);
}

/* ---- options ---------------------------------------------------------------- */

/* Case-insensitive search for zNeedle in z. */
static const char *find_word(const char *z, const char *zNeedle) {
  size_t n = strlen(zNeedle);
  for (; *z; z++)
    if (!strnicmp_ascii(z, zNeedle, n)) return z;
  return NULL;
}

static int bracket_num(const char *z, const char *zKey, int *pN) {
  const char *p = find_word(z, zKey);
  if (!p) return 0;
  p += strlen(zKey);
  while (*p == ' ') p++;
  if (*p != '[') return 0;
  *pN = atoi(p + 1);
  return 1;
}

static int opt_bool(const char *z) {
  const char *p = strchr(z, '=');
  if (!p) return 1;
  p++;
  while (*p == ' ') p++;
  return *p == 'T' || *p == 't' || *p == '1' || *p == 'Y' || *p == 'y';
}

static const char *opt_code_after(PatDict *pd, const char *z, const char *zKey) {
  const char *p = find_word(z, zKey);
  if (!p) return NULL;
  p = strchr(p, '[');
  if (!p) return NULL;
  const char *q = strchr(p, ']');
  if (!q) return NULL;
  p++;
  while (*p == ' ') p++;
  size_t n = (size_t)(q - p);
  while (n && p[n - 1] == ' ') n--;
  char *zc = arena_strndup(pd->pArena, p, n);
  if (zc)
    for (char *c = zc; *c; c++)
      if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 32);
  return zc;
}

static int opt_number_after(const char *z, const char *zKey, int *pN) {
  const char *p = z;
  size_t n = strlen(zKey);
  while ((p = find_word(p, zKey))) {
    /* whole key: not preceded by a letter (MIN inside EMIN) */
    if (p > z && is_alpha((unsigned char)p[-1])) { p += n; continue; }
    p += n;
    while (*p == ' ') p++;
    if (*p != '=') continue;
    p++;
    while (*p == ' ') p++;
    *pN = atoi(p);
    return 1;
  }
  return 0;
}

int patdict_option(PatDict *pd, const char *zLine, tocsin_error *pErr) {
  while (*zLine == ' ' || *zLine == '\t') zLine++;
  char *zCopy = strdup(zLine);
  if (!zCopy) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return TOCSIN_ENOMEM;
  }
  /* strip comments and trailing blanks */
  char *c = strstr(zCopy, "//");
  if (c) *c = 0;
  size_t n = strlen(zCopy);
  while (n && (zCopy[n - 1] == ' ' || zCopy[n - 1] == '\t' || zCopy[n - 1] == '\r' || zCopy[n - 1] == '\n'))
    zCopy[--n] = 0;
  PatOptions *o = &pd->opt;
  int rc = TOCSIN_OK;
  const char *z = zCopy;
  if (!*z || *z == '#') {
    /* nothing */
  } else if (!strnicmp_ascii(z, "SET:", 4) || !strnicmp_ascii(z, "SET ", 4)) {
    const char *a = z + 4;
    while (*a == ' ') a++;
    if (find_word(a, "CODE BY SENTENCE")) o->codeBy = PCODE_BY_SENTENCE;
    else if (find_word(a, "CODE BY CLAUSE")) o->codeBy = PCODE_BY_CLAUSE;
    else if (find_word(a, "CODE ALL")) o->codeBy = PCODE_ALL;
    else if (find_word(a, "TIME SHIFT")) o->bTimeShift = opt_bool(a);
    else if (find_word(a, "CONVERT AGENT")) o->bConvertAgent = opt_bool(a);
    else if (find_word(a, "YYYY")) o->bYYYY = opt_bool(a);
    else if (find_word(a, "MINIMUM WORDS")) {
      const char *q = strchr(a, '=');
      o->nMinWords = q ? atoi(q + 1) : 0;
    }
    /* the rest (LABEL, SKIP RECORDS, USAGE files, DUP WARNING, FBIS, HAIKU, ...)
    ** concern TABARI's files and screens, not coding */
  } else if (!strnicmp_ascii(z, "COMPLEX:", 8)) {
    o->nCplxVerbs = o->nCplxConj = 0;
    o->bNoActPrior = 0;
    bracket_num(z, "VERBS", &o->nCplxVerbs);
    bracket_num(z, "CONJ", &o->nCplxConj);
    o->bNoActPrior = find_word(z, "NOACTPRIOR") != NULL;
  } else if (!strnicmp_ascii(z, "DEFAULT:", 8)) {
    if (find_word(z + 8, "OFF")) {
      o->zDefSource = o->zDefTarget = NULL;
      o->bDefSourcePrior = o->bDefTargetAfter = 0;
    } else {
      const char *p;
      if ((p = opt_code_after(pd, z, "SOURCE"))) o->zDefSource = p;
      if ((p = opt_code_after(pd, z, "TARGET"))) o->zDefTarget = p;
      o->bDefSourcePrior = find_word(z, "PRIOR") != NULL;
      o->bDefTargetAfter = find_word(z, "AFTER") != NULL;
    }
  } else if (!strnicmp_ascii(z, "COMMA:", 6)) {
    if (find_word(z + 6, "OFF")) o->bCommaOff = 1;
    else {
      o->bCommaOff = 0;
      opt_number_after(z, "MIN", &o->nCommaMin);
      opt_number_after(z, "MAX", &o->nCommaMax);
      opt_number_after(z, "EMIN", &o->nCommaEMin);
      opt_number_after(z, "EMAX", &o->nCommaEMax);
      opt_number_after(z, "BMIN", &o->nCommaBMin);
      opt_number_after(z, "BMAX", &o->nCommaBMax);
    }
  } else if (!strnicmp_ascii(z, "FORWARD:", 8)) {
    o->bForward = !find_word(z + 8, "OFF");
  } else if (!strnicmp_ascii(z, "OUTPUT:", 7) || !strnicmp_ascii(z, "LABEL:", 6) ||
             !strnicmp_ascii(z, "NONEVENTS:", 10) ||
             !strnicmp_ascii(z, "ISSUES:", 7) || !strnicmp_ascii(z, "~FINISH", 7) ||
             !strnicmp_ascii(z, "~~", 2)) {
    /* output formatting: nothing to do for coding */
  } else if (strchr(z, '=')) {
    /* PETRARCH <Config> name=value (PETR_config.ini [Options]) */
    const char *q = strchr(z, '=');
    size_t nName = (size_t)(q - z);
    while (nName && z[nName - 1] == ' ') nName--;
    q++;
    while (*q == ' ') q++;
    int v = atoi(q);
    int bTrue = !(*q == 'f' || *q == 'F' || *q == '0' || *q == 'n' || *q == 'N');
#define OPT_IS(zKey) (nName == strlen(zKey) && !strnicmp_ascii(z, zKey, nName))
    if (OPT_IS("require_dyad")) o->bRequireDyad = bTrue;
    else if (OPT_IS("comma_min")) o->nCommaMin = v;
    else if (OPT_IS("comma_max")) o->nCommaMax = v;
    else if (OPT_IS("comma_bmin")) o->nCommaBMin = v;
    else if (OPT_IS("comma_bmax")) o->nCommaBMax = v;
    else if (OPT_IS("comma_emin")) o->nCommaEMin = v;
    else if (OPT_IS("comma_emax")) o->nCommaEMax = v;
    else if (OPT_IS("code_by_sentence")) o->codeBy = bTrue ? PCODE_BY_SENTENCE : PCODE_BY_CLAUSE;
    /* new_actor_length, stop_on_error, write_*: output and runner settings */
#undef OPT_IS
  } else {
    err_set(pErr, TOCSIN_EARG, (size_t)-1,
            "option not understood: '%s' (expected SET:, COMPLEX:, DEFAULT:, COMMA:, OUTPUT:, LABEL: or name=value)",
            z);
    rc = TOCSIN_EARG;
  }
  if (rc == TOCSIN_OK && *z) {
    if (!vec_grow((void **)&o->azRaw, &o->nRawAlloc, o->nRaw, sizeof(char *))) {
      free(zCopy);
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
      return TOCSIN_ENOMEM;
    }
    o->azRaw[o->nRaw++] = zCopy;
    return rc;
  }
  free(zCopy);
  return rc;
}

void patdict_warn(PatDict *pd, tocsin_error *pErr) {
  if (!pd->nWarn && pErr) snprintf(pd->zWarn, sizeof pd->zWarn, "%s", pErr->msg);
  pd->nWarn++;
  if (pErr) memset(pErr, 0, sizeof *pErr);
}

const char *patdict_save_path(PatDict *pd, const char *zPath) {
  if (!vec_grow((void **)&pd->azSource, &pd->nSourceAlloc, pd->nSource, sizeof(char *))) return NULL;
  char *z = strdup(zPath);
  if (!z) return NULL;
  pd->azSource[pd->nSource++] = z;
  return z;
}
