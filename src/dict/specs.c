/*
** Dictionary sets named by specs ("tabari:Validate.project",
** "petrarch:DIR", "tabari-verbs:FILE", ...): each spec is loaded in order into
** one PatDict, so actors may come from one set and verbs from another.
*/
#include "pattern.h"

#include <stdlib.h>
#include <string.h>

tocsin_dict *tocsin_dict_load_specs(const char *const *azSpec, size_t nSpec, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!nSpec) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1, "no dictionary spec given (expected e.g. tabari:FILE.project)");
    return NULL;
  }
  tocsin_dict *p = calloc(1, sizeof *p);
  if (!p || !(p->pArena = arena_new()) || !intern_init(&p->vocab) || !trie_init(&p->actors) ||
      !(p->pPat = patdict_new())) {
    tocsin_dict_free(p);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < nSpec; i++) {
    const char *zSpec = azSpec[i];
    const char *zColon = zSpec ? strchr(zSpec, ':') : NULL;
    if (!zColon || zColon == zSpec || !zColon[1]) {
      err_set(pErr, TOCSIN_EARG, (size_t)-1,
              "dictionary spec '%s' is not KIND:PATH (kinds: tabari, tabari-actors, tabari-agents, tabari-verbs, "
              "tabari-options, petrarch, petrarch-actors, petrarch-agents, petrarch-verbs, petrarch-discards, "
              "petrarch-issues)",
              zSpec ? zSpec : "(null)");
      tocsin_dict_free(p);
      return NULL;
    }
    char zKind[32];
    size_t nKind = (size_t)(zColon - zSpec);
    if (nKind >= sizeof zKind) nKind = sizeof zKind - 1;
    memcpy(zKind, zSpec, nKind);
    zKind[nKind] = 0;
    int rc;
    if (!strncmp(zKind, "tabari", 6)) rc = tabari_load(p->pPat, zKind, zColon + 1, pErr);
    else if (!strncmp(zKind, "petrarch", 8)) {
      if (!p->pPat->opt.bTreebank) {   /* PETRARCH's defaults (PETRglobals) */
        PatOptions *o = &p->pPat->opt;
        o->bTreebank = 1;
        o->nCommaMin = 2;
        o->nCommaMax = 8;
        o->nCommaBMin = 0;
        o->nCommaBMax = 0;
        o->nCommaEMin = 2;
        o->nCommaEMax = 8;
        o->nMinWords = 0;   /* PETRARCH codes sentences of any length */
      }
      rc = petrarch_load(p->pPat, zKind, zColon + 1, pErr);
    }
    else {
      err_set(pErr, TOCSIN_EARG, (size_t)-1, "unknown dictionary kind '%s' in '%s' (expected tabari... or petrarch...)",
              zKind, zSpec);
      rc = TOCSIN_EARG;
    }
    if (rc) {
      tocsin_dict_free(p);
      return NULL;
    }
  }
  /* CAMEO's Goldstein weights and PLOVER categories for the codes coded */
  if (!dict_load_cameo_table(p, pErr)) {
    tocsin_dict_free(p);
    return NULL;
  }
  return p;
}

int tocsin_dict_is_pattern(const tocsin_dict *pDict) {
  return pDict && pDict->pPat != NULL;
}

int tocsin_dict_option(tocsin_dict *pDict, const char *zLine, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  if (!pDict || !pDict->pPat) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1, "options apply only to TABARI/PETRARCH dictionaries");
    return TOCSIN_EARG;
  }
  return patdict_option(pDict->pPat, zLine ? zLine : "", pErr);
}

int tocsin_dict_time_shift(const tocsin_dict *pDict) {
  return pDict && pDict->pPat && pDict->pPat->opt.bTimeShift;
}

size_t tocsin_dict_warnings(const tocsin_dict *pDict, const char **pzFirst) {
  if (pzFirst) *pzFirst = NULL;
  if (!pDict || !pDict->pPat) return 0;
  if (pzFirst && pDict->pPat->nWarn) *pzFirst = pDict->pPat->zWarn;
  return pDict->pPat->nWarn;
}

void tocsin_dict_pattern_stats(const tocsin_dict *pDict, tocsin_dict_stats *s) {
  s->nPatActors = s->nPatAgents = s->nPatVerbs = s->nPatPatterns = 0;
  s->nPatSynsets = s->nPatDiscards = s->nPatIssues = s->nPatWords = 0;
  const PatDict *pd = pDict ? pDict->pPat : NULL;
  if (!pd) return;
  s->nPatActors = pd->nActor;
  s->nPatAgents = pd->nAgent;
  s->nPatVerbs = pd->nVerb;
  s->nPatPatterns = pd->nPat;
  for (size_t i = 0; i < pd->nSet; i++) s->nPatSynsets += pd->aSet[i].zName != NULL;
  for (size_t i = 0; i < pd->nEntry; i++) {
    s->nPatDiscards += pd->aEntry[i].kind == PK_DISCARD;
    s->nPatIssues += pd->aEntry[i].kind == PK_ISSUE;
  }
  s->nPatWords = pd->vocab.nTok ? pd->vocab.nTok - 1 : 0;
}
