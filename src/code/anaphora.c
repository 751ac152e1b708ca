/*
** What a phrase stands for beyond its words: trailing attributions ("...,
** Reuters reported"), plural and singular pronouns and the subjects they
** carry across sentences, possessives ("its embassy", "their allies"), a
** person's state on the story's day, and the joins of a phrase to the one
** beside it.
*/
#include "coder.h"

/* Is token t one of azAttrVerb? Tests length and first letter before the words. */
int attr_verb(const Coder *c, size_t t) {
  if (t >= c->nTok) return 0;
  const Token *p = &c->aTok[t];
  size_t n = p->end - p->start;
  unsigned mLen;   /* the lengths of azAttrVerb's words with this first letter */
  switch (c->z[p->start] | 0x20) {
    case 's': mLen = 1u << 3 | 1u << 4 | 1u << 6; break;
    case 'r': mLen = 1u << 6 | 1u << 7 | 1u << 8; break;
    case 't': mLen = 1u << 4 | 1u << 7; break;
    case 'a': mLen = 1u << 5 | 1u << 7 | 1u << 9; break;
    case 'c': mLen = 1u << 7 | 1u << 9 | 1u << 10; break;
    case 'q': mLen = 1u << 6; break;
    case 'w': mLen = 1u << 5 | 1u << 6; break;
    case 'p': mLen = 1u << 9; break;
    default: return 0;
  }
  return n <= 10 && (mLen >> n & 1u) && tok_in(c, t, azAttrVerb);
}

static int attribution_end(const Coder *c, size_t t) {
  static const char *const azAfter[] = {".", ",", ";", "!", "?", "\"", "on", "in", "late", "earlier", "later",
                                        "citing", "quoting", "last", "this", "today", "yesterday", "overnight", "here",
                                        "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", NULL};
  return t >= c->nTok || tok_in(c, t, azAfter);
}

static void mark_said(Coder *c, size_t lo, size_t hi) {
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i >= lo && c->aM[m].e <= hi) c->aM[m].bSaid = 1;
}

/* "released a ship operated by Greenpeace", "shelled villages held by the
** rebels", "struck a school run by the UN": after a thing an act falls on,
** "by" with a participle of owning or running names its owner, the party
** the act reaches -- no passive's agent. A role with no side of its own
** ("a school", "a hospital") is then the owner's: the owner stands for it. */
void owner_by(Coder *c) {
  /* ... and "crimes committed by security forces": whose deeds they were */
  static const char *const azOwned[] = {"owned", "operated", "run", "managed", "controlled", "held", "chartered",
                                        "leased", "staffed", "occupied", "used", "administered", "committed",
                                        "perpetrated", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->bBy || m->i < 3 || !tok_in(c, m->i - 2, azOwned)) continue;
    size_t t = m->i - 3;   /* the thing owned: a noun, not a form of "be" ("was held by") */
    if (!c->aTok[t].bWord || tok_in(c, t, azBe) || tok_is(c, t, "and") || tok_in(c, t, azPrep)) continue;
    int bRole = 0;
    for (size_t x = 0; x < c->nM; x++) {
      Mention *o = &c->aM[x];
      if (o->e != t + 1) continue;
      if (!o->pAgent || o->pMain || o->pCountry || o->pPersonCountry) bRole = -1;   /* "militias backed by" */
      else bRole = (int)x + 1;
    }
    if (bRole < 0) continue;
    m->bBy = 0;
    m->bPrep = 1;   /* ... and never the subject: "pagers used by the militia exploded" */
    if (bRole > 0) c->aM[bRole - 1].bAside = 1;
  }
}

/* "said on Twitter", "wrote on Telegram", "in a post on X": the platform a
** statement is made on is its medium, no party to any act of the sentence. */
void platform_medium(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->pAgent || m->i == 0 || !tok_is(c, m->i - 1, "on")) continue;
    if (platform_org(m->pMain)) m->bAside = 1;
  }
}

/* Contract: token t is an "and" that joins two named reporters ("..., Saudi
** Arabia and the United States said"): an actor mention ends right before it
** and another starts right after it (or after "the"). Why: a compound
** reporter was read as an open clause, so the two states it names became
** the targets of the act they reported (issue 4 lead23). */
int reporter_pair_and(const Coder *c, size_t t) {
  if (!tok_is(c, t, "and") || t == 0 || t + 1 >= c->nTok) return 0;
  size_t n = tok_is(c, t + 1, "the") ? t + 2 : t + 1;
  /* ... the first may be a plain noun of people who saw or know, no actor
  ** of the dictionaries: "..., witnesses and Amnesty International said" */
  static const char *const azTeller[] = {"witnesses", "sources", "residents", "medics", "survivors", NULL};
  int bBefore = tok_in(c, t - 1, azTeller) && t >= 2 && tok_is(c, t - 2, ","), bAfter = 0;
  for (size_t m = 0; m < c->nM; m++) {
    if (c->aM[m].bLoc) continue;
    bBefore |= c->aM[m].e == t;
    bAfter |= c->aM[m].i == n || c->aM[m].i == t + 1;
  }
  return bBefore && bAfter;
}

int attribution_in_relative(const Coder *c, size_t iComma) {
  static const char *const azRelative[] = {"who", "which", "whom", "that", NULL};
  return iComma > 0 && tok_in(c, iComma - 1, azRelative);
}

int compass_word(const Coder *c, size_t i) {
  static const char *const azCompass[] = {"eastern", "western", "northern", "southern", "central", "northeastern",
                                          "northwestern", "southeastern", "southwestern", "northeast", "northwest",
                                          "southeast", "southwest", NULL};
  return i < c->nTok && tok_in(c, i, azCompass);
}

void trailing_attribution(Coder *c) {
  static const char *const azOpen[] = {"and", "or", "but", "which", "who", "whom", "whose", "that", "while",
                                       "after", "before", "as", "when", "if", "because", "since", "although",
                                       "though", "where", "whereas", "until", "unless", "once", "so", "then",
                                       "not", NULL};
  c->iAttrib = c->iAttribVerb = SIZE_MAX;
  int bAny = 0;   /* most sentences name no reporter: nothing to do */
  for (size_t t = 1; t < c->nTok && !bAny; t++) bAny = attr_verb(c, t);
  if (!bAny) return;
  for (size_t a = 0; a + 2 < c->nTok; a++) {
    if (!tok_is(c, a, ",") || a == 0) continue;
    size_t lo = a + 1, hi = 0, v = 0;
    if (attr_verb(c, lo) && !tok_is(c, lo, "told")) {
      /* ", said the ministry", ", reported Xinhua" */
      size_t t = lo + 1;
      while (t < c->nTok && t <= lo + 10 && !tok_is(c, t, ",") && !tok_is(c, t, ".") && !tok_is(c, t, ";")) t++;
      if (t == lo + 1 || (t < c->nTok && !tok_is(c, t, ",") && !tok_is(c, t, ".") && !tok_is(c, t, ";"))) continue;
      int bActor = 0;
      /* ... the reporter alone: ", said he would travel to Washington" is
      ** the apposition's verb and its statement, no inverted attribution */
      for (size_t m = 0; m < c->nM; m++)
        bActor |= (c->aM[m].i == lo + 1 || (c->aM[m].i == lo + 2 && tok_is(c, lo + 1, "the"))) &&
                  (c->aM[m].e == t || attribution_end(c, c->aM[m].e) || tok_is(c, c->aM[m].e, "'s"));
      if (!bActor) continue;
      v = lo;
      hi = t;
      mark_said(c, lo + 1, hi);
    } else {
      /* ", the BTA news agency reported", ", Egyptian officials said" */
      for (v = lo + 1; v < c->nTok && v <= lo + 9; v++)   /* the verb first: most commas have none after them */
        if (tok_is(c, v, ",") || tok_is(c, v, ";") || attr_verb(c, v)) break;
      if (v >= c->nTok || !attr_verb(c, v)) continue;
      if (tok_in(c, lo, azOpen) || tok_in(c, lo, azPrep) || tok_in(c, lo, azLocPrep) || !c->aTok[lo].bWord) continue;
      int bOpen = 0, bPair = 0;
      for (size_t t = lo + 1; t < v && !bOpen; t++) {
        int bAnd = reporter_pair_and(c, t);
        bPair |= bAnd;
        bOpen = tok_in(c, t, azOpen) && !bAnd;
      }
      /* ... a pair, not the end of a list of subjects ("Mali, Burkina Faso
      ** and Niger announced") */
      for (size_t m = 0; m < c->nM && bPair && !bOpen; m++) bOpen = c->aM[m].e == a && !c->aM[m].bLoc;
      if (bOpen) continue;
      size_t e = v + 1;
      if (tok_is(c, v, "told")) {   /* ", an official told Reuters" */
        size_t x = SIZE_MAX;
        for (size_t m = 0; m < c->nM; m++)
          if (c->aM[m].i == e || (c->aM[m].i == e + 1 && tok_is(c, e, "the"))) x = m;
        if (x == SIZE_MAX) continue;
        e = c->aM[x].e;
      } else {
        int bObj = 0;   /* ", the ministry said Russia ...": a statement of its own */
        for (size_t m = 0; m < c->nM; m++) bObj |= c->aM[m].i == e;
        if (bObj) continue;
      }
      if (!attribution_end(c, e)) continue;
      hi = e;
      mark_said(c, lo, hi);
    }
    /* "..., citing the military", "..., quoting a police officer" */
    size_t t = hi;
    while (t < c->nTok && !tok_is(c, t, "citing") && !tok_is(c, t, "quoting") && !tok_is(c, t, ".") &&
           !tok_is(c, t, ";") && t < hi + 6)
      t++;
    if (t < c->nTok && (tok_is(c, t, "citing") || tok_is(c, t, "quoting"))) {
      size_t u = t + 1;
      while (u < c->nTok && !tok_is(c, u, ",") && !tok_is(c, u, ".") && !tok_is(c, u, ";")) u++;
      mark_said(c, t + 1, u);
    }
    /* "The court, Amnesty International said, sentenced ...": an attribution
    ** set off inside the clause reports the acts after it too */
    size_t u = hi;
    while (u < c->nTok && u < hi + 4 && !tok_is(c, u, ",") && !tok_is(c, u, ".") && !tok_is(c, u, ";")) u++;
    int bInside = u + 2 < c->nTok && tok_is(c, u, ",") && c->aTok[u + 1].bWord && !tok_in(c, u + 1, azOpen) &&
                  !tok_is(c, u + 1, "citing") && !tok_is(c, u + 1, "quoting");
    if (bInside) a = c->nTok;
    if (attribution_in_relative(c, lo - 1)) continue;   /* (lo - 1: the comma; a may have moved) */
    if (c->iAttrib == SIZE_MAX || a > c->iAttrib) {
      c->iAttrib = a;
      c->iAttribVerb = v;
    }
  }
}

/* A mention a plural pronoun may stand for: a role named by a plural noun
** ("protesters", "the rebels", "police"), a people ("Palestinians"). */
int plural_mention(const Coder *c, const Mention *m) {
  if (m->bPronoun || m->bLoc || m->bAside || m->bSaid || m->e <= m->i) return 0;
  size_t h = m->e - 1;
  if (m->pAgent) return plural_word(c, h) || tok_is(c, h, "police") || tok_is(c, h, "people");
  /* a body named by its members: "M23 rebels", "Houthi fighters", "the Houthis" */
  if (m->pMain && m->pMain->kind == AK_ORG)
    return plural_word(c, h) && (!c->aTok[h].bCap || m->e == m->i + 1 || (m->e == m->i + 2 && tok_is(c, m->i, "the")));
  return m->pCountry && !m->pMain && plural_word(c, h);
}

/* Is group g of this sentence plural: two members or more, or one plural mention? */
int plural_group(const Coder *c, int g) {
  int n = 0, bPl = 0;
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].iGroup == g && !c->aM[k].bPronoun && !c->aM[k].bLoc) {
      n++;
      bPl |= plural_mention(c, &c->aM[k]);
    }
  return n >= 2 || bPl;
}

/* Contract: 1 when mention m is a bare demonym right before a plural common
** noun, or before one describing word and such a noun ("Vietnamese ships",
** "Vietnamese fishing boats"): a plural party though the noun is no role.
** Why: "rammed Vietnamese ships and fired water cannon at them" sent "them"
** to the subject or the sentence before, as the demonym only modifies. */
static int demonym_before_plural_noun(const Coder *c, const Mention *m) {
  if (!m->pCountry || m->pCountry->kind != AK_DEMONYM || m->pAgent || m->pMain || m->bPronoun || m->bLoc ||
      m->bAside)
    return 0;
  for (size_t t = m->e; t < m->e + 2 && t < c->nTok; t++) {
    const Token *pt = &c->aTok[t];
    if (!pt->bWord || pt->bCap || in_mention(c, t) || tok_is(c, t, "and") || tok_is(c, t, "or")) return 0;
    if (plural_word(c, t)) return 1;
  }
  return 0;
}

/* Contract: 1 when mention m is followed at once by a verb form and an "and"
** stands between that verb and token i (the pronoun "them") with no actor
** after it that could be a subject of its own: m is the
** subject of a predicate the verb of "them" is coordinated with, which
** "them" cannot mean (that would be "themselves"). Why: "Protesters stormed
** government buildings and set them on fire" coded the protesters as their
** own target. */
static int coordinated_subject_of(const Coder *c, const Mention *m, size_t i) {
  if (m->e >= i || !c->aTok[m->e].bWord || c->aTok[m->e].bCap || !dict_forms(c->p, c->aTok[m->e].id)) return 0;
  size_t a = SIZE_MAX;   /* the last "and" before the pronoun */
  for (size_t t = m->e + 2; t < i; t++)
    if (tok_is(c, t, "and")) a = t;
  if (a == SIZE_MAX) return 0;
  for (size_t k = 0; k < c->nM; k++)   /* "... and police dispersed them": a subject of its own */
    if (c->aM[k].i > a && c->aM[k].i < i && !c->aM[k].bPronoun) return 0;
  return 1;
}

/* The largest compound group number of this sentence's mentions, at least
** 0: a mention added after grouping takes the next one, a group of its own. */
int max_group(const Coder *c) {
  int g = 0;
  for (size_t k = 0; k < c->nM; k++) g = c->aM[k].iGroup > g ? c->aM[k].iGroup : g;
  return g;
}

/* Contract: 1 when a plural common noun that no mention covers, after "the",
** "these", "those" or a possessive and at most one word, stands before token
** i (a plural pronoun) in its sentence. Why: "Qatar's foreign ministry
** denied the charges, calling them baseless": "them" is the charges, not
** the plural party of the sentence before (it took "Qatari citizens" as
** the denial's target; issue 4 lead34). */
static int thing_antecedent(const Coder *c, size_t i) {
  static const char *const azThingDet[] = {"the", "these", "those", "its", "their", "his", "her", NULL};
  for (size_t t = 1; t < i; t++) {
    if (!plural_word(c, t) || in_mention(c, t) || c->aTok[t].bCap) continue;
    if (tok_in(c, t - 1, azThingDet) || (t >= 2 && tok_in(c, t - 2, azThingDet) && !in_mention(c, t - 1))) return 1;
  }
  return 0;
}

/* "they", "them": the plural actor before the pronoun in its sentence -- for
** "them" not the subject of the verb that governs it ("protesters said police
** beat them") -- else the plural subject of the sentence before
** ("Protesters gathered ... Police arrested them"). One mention per member of
** a compound antecedent, grouped as one. 0 on OOM. */
int plural_pronouns(Coder *c) {
  int gNext = max_group(c);
  for (size_t i = 0; i < c->nTok; i++) {
    int bThem = tok_is(c, i, "them");
    if ((!bThem && !tok_is(c, i, "they")) || in_mention(c, i)) continue;
    int g = -1, bOwnSubject = 0;
    for (size_t k = c->nM; k-- > 0 && g < 0;) {
      const Mention *m = &c->aM[k];
      int bDemPl = bThem && demonym_before_plural_noun(c, m);
      if (m->e > i || m->bPronoun || m->bLoc || m->bAside || m->bSaid || (m->bMod && !bDemPl) ||
          (!plural_group(c, m->iGroup) && !bDemPl))
        continue;
      /* ... the subject right before the verb of "them" */
      if (bThem && m->e + 3 >= i && m->e < i && c->aTok[m->e].bWord && !tok_is(c, m->e, "and") &&
          !tok_is(c, m->e, "or") && !(m->e + 1 < c->nTok && tok_is(c, m->e, "'s")))
        continue;
      /* ... nor the subject of a verb joined by "and" to the verb of "them" */
      if (bThem && coordinated_subject_of(c, m, i)) {
        bOwnSubject = 1;   /* ... and no actor of an earlier clause either */
        break;
      }
      g = m->iGroup;
    }
    Mention *aNew = NULL;
    size_t nNew = 0;
    if (g >= 0) {
      for (size_t k = 0; k < c->nM; k++) nNew += c->aM[k].iGroup == g && !c->aM[k].bPronoun;
      aNew = malloc(nNew * sizeof(Mention));
      if (!aNew) return 0;
      nNew = 0;
      for (size_t k = 0; k < c->nM; k++)
        if (c->aM[k].iGroup == g && !c->aM[k].bPronoun) aNew[nNew++] = c->aM[k];
    } else if (c->nPl && !bOwnSubject && !thing_antecedent(c, i)) {   /* the subject passed over is the story's party: no guess */
      aNew = malloc(c->nPl * sizeof(Mention));
      if (!aNew) return 0;
      memcpy(aNew, c->aPl, c->nPl * sizeof(Mention));
      nNew = c->nPl;
    }
    gNext++;
    for (size_t x = 0; x < nNew; x++) {
      Mention m = aNew[x];
      m.i = i;
      m.e = i + 1;
      m.bPronoun = 1;
      m.bLoc = m.bBy = m.bAside = m.bMod = m.bSaid = m.bOwn = 0;
      m.bPrep = i > 0 && tok_in(c, i - 1, azPrep);
      /* "some of them attacked the embassy": a part of them acts */
      static const char *const azPart[] = {"some", "many", "most", "several", "all", "few", "one", "two", "three",
                                           "each", "both", "dozens", "hundreds", "thousands", NULL};
      if (i > 1 && tok_is(c, i - 1, "of") && tok_in(c, i - 2, azPart)) m.bPrep = 0;
      m.iGroup = gNext;
      m.iAnte = g >= 0 ? aNew[x].i + 1 : 0;
      if (!insert_mention(c, &m)) {
        free(aNew);
        return 0;
      }
    }
    free(aNew);
  }
  return 1;
}

/* After a sentence: the antecedent of the next sentences' "they"/"them" (c->aPl). */
int remember_plural(Coder *c) {
  int g = -1;
  for (size_t k = 0; k < c->nH && g < 0; k++)
    if (!c->aH[k].bDrop && c->aH[k].iSrc >= 0) g = c->aM[c->aH[k].iSrc].iGroup;
  if (g < 0)
    for (size_t k = 0; k < c->nM && g < 0; k++) {
      const Mention *m = &c->aM[k];
      if (!m->bLoc && !m->bAside && !m->bSaid && !m->bPrep && !m->bMod && !m->bBy) g = m->iGroup;
    }
  if (g < 0 || !plural_group(c, g)) {   /* ... else the last plural actor */
    g = -1;
    for (size_t k = c->nM; k-- > 0 && g < 0;) {
      const Mention *m = &c->aM[k];
      if (!m->bLoc && !m->bAside && !m->bSaid && !m->bMod && plural_group(c, m->iGroup)) g = m->iGroup;
    }
  }
  if (g < 0) {
    /* a sentence whose subject is one actor, naming no plural one, ends the
    ** old antecedent's run */
    for (size_t k = 0; k < c->nH; k++)
      if (!c->aH[k].bDrop && c->aH[k].iSrc >= 0) c->nPl = 0;
    return 1;
  }
  size_t n = 0;
  for (size_t k = 0; k < c->nM; k++) {
    if (c->aM[k].iGroup != g || c->aM[k].bLoc) continue;
    if (!vec_grow((void **)&c->aPl, &c->nPlAlloc, n, sizeof(Mention))) return 0;
    c->aPl[n] = c->aM[k];
    /* a bare role keeps the country it took here ("Protesters gathered in Minsk") */
    const char *zC = c->aM[k].bPronoun && c->aM[k].iAnte ? role_country_at(c, c->aM[k].iAnte - 1)
                                                          : role_country_at(c, c->aM[k].i);
    for (size_t m = 0; !zC && c->aPl[n].pAgent && !c->aPl[n].pCountry && !c->aPl[n].pMain && m < c->nM; m++)
      if (c->aM[m].bLoc && c->aM[m].pMain) zC = c->aM[m].pMain->zCountry;
    if (zC && c->aPl[n].pAgent && !c->aPl[n].pCountry && !c->aPl[n].pMain && !c->aPl[n].pPersonCountry)
      c->aPl[n].pCountry = country_entry(c, zC);
    c->aPl[n].iAnte = 0;
    n++;
  }
  c->nPl = n;
  return 1;
}

/* After a sentence: the antecedent of the next sentence's subject "It"
** (c->mIt). It is the source of the sentence's first event, else its first
** mention that is a participant, when that is one actor, not a person and
** not plural: a state, a capital, a body, or a state organ ("India's
** foreign ministry"). Why: "It" never means a person, and a plural or a
** person subject leaves nothing "It" can stand for, so the antecedent is
** cleared rather than guessed from further back. */
void remember_it(Coder *c) {
  int k = -1;
  for (size_t h = 0; h < c->nH && k < 0; h++)
    if (!c->aH[h].bDrop && c->aH[h].iSrc >= 0) k = c->aH[h].iSrc;
  for (size_t x = 0; x < c->nM && k < 0; x++) {
    const Mention *m = &c->aM[x];
    if (!m->bLoc && !m->bAside && !m->bSaid && !m->bPrep && !m->bMod && !m->bBy) k = (int)x;
  }
  c->bIt = 0;
  if (k < 0) return;
  const Mention *m = &c->aM[k];
  const ActorEntry *a = m->pMain ? m->pMain : m->pCountry;
  const char *zRoleC = m->pAgent && !a ? role_country_at(c, m->i) : NULL;   /* a bare organ's state */
  if (plural_group(c, m->iGroup) || m->pGroup || (a && a->kind == AK_PERSON) || m->pPersonCountry ||
      (m->pAgent && !a && !zRoleC))
    return;
  if (!a && !m->pAgent) return;
  c->mIt = *m;
  if (zRoleC) c->mIt.pCountry = country_entry(c, zRoleC);
  c->mIt.bLoc = c->mIt.bBy = c->mIt.bAside = c->mIt.bMod = c->mIt.bSaid = c->mIt.bOwn = c->mIt.bPrep = 0;
  c->mIt.iAnte = 0;
  c->bIt = c->mIt.pMain || c->mIt.pCountry;
}

/* "Hundreds of thousands rally in Belgrade against Vucic government",
** "Thousands marched in Moscow": a bare count of people opening the sentence
** right before a verb of street protest is the crowd that protests (OPP,
** as "protesters" is; its state comes from the place, as for "protesters
** rallied in Minsk"). Only these verbs: "Thousands fled", "Hundreds were
** killed" name no actor. 0 on OOM. */
int crowd_count_subject(Coder *c) {
  static const char *const azCount[] = {"thousands", "hundreds", "dozens", "millions", "scores", NULL};
  static const char *const azProtest[] = {"rally", "rallied", "rallies", "march", "marched", "marches",
                                          "protest", "protested", "protests", "demonstrate", "demonstrated",
                                          "demonstrates", "gathered", "gather", "gathers", "took", "take",
                                          "takes", "poured", "pour", "pours", "stormed", "storm", "storms",
                                          "thronged", "throng", "throngs", "flooded", "flood", "floods", NULL};
  size_t e = 0;
  if (tok_is(c, 0, "tens") || tok_is(c, 0, "hundreds")) {
    e = 1;
    if (tok_is(c, 1, "of") && tok_is(c, 2, "thousands")) e = 3;
  } else if (tok_in(c, 0, azCount)) {
    e = 1;
  }
  if (!e || e >= c->nTok || in_mention(c, 0) || !tok_in(c, e, azProtest)) return 1;
  if ((tok_is(c, e, "took") || tok_is(c, e, "take") || tok_is(c, e, "takes")) && !tok_is(c, e + 1, "to")) return 1;
  const ActorEntry *pOpp = agent_entry(c, "OPP");
  if (!pOpp) return 1;
  int gNext = max_group(c);
  Mention m;
  memset(&m, 0, sizeof m);
  m.i = 0;
  m.e = e;
  m.pAgent = pOpp;
  m.iGroup = gNext + 1;
  return insert_mention(c, &m);
}

/* "India expelled a Canadian diplomat ... It also suspended visas": the
** subject "It" of a sentence (its first word, after a linking word such as
** "But", or after an opening phrase and its comma) followed by a verb of
** its own is the actor c->mIt holds; so is "The kingdom" or "The country"
** when that actor is a state. Not an expletive "it": "It was the
** first ...", "It remains unclear ...", "It is likely that ...", nor "it"
** before a modal and "be". 0 on OOM. */
int subject_it(Coder *c) {
  static const char *const azLink[] = {"but", "and", "then", "instead", "meanwhile", "later", "separately",
                                       NULL};
  static const char *const azSkip[] = {"also", "later", "then", "further", "previously", "already", "subsequently",
                                       "immediately", "quickly", "separately", "now", "again", "still", "has",
                                       "had", "have", "will", "would", "could", "may", "might", "should", "must",
                                       "did", "does", "not", "never", "recently", "last", "repeatedly", NULL};
  static const char *const azExpletive[] = {"is", "was", "be", "been", "being", "seems", "seemed", "appears",
                                            "appeared", "remains", "remained", "means", "meant", "took", "takes",
                                            "take", "happened", "happens", "comes", "came", "marks", "marked",
                                            "follows", "followed", "become", "became", "'s", "isn", "wasn",
                                            "remain", "seem", "appear", "mean", "come", "mark", "follow", NULL};
  if (!c->bIt) return 1;
  size_t i = 0;
  if (tok_in(c, 0, azLink)) i = tok_is(c, 1, ",") ? 2 : 1;
  else if (!tok_is(c, 0, "it"))   /* "On Friday, it expelled ..." */
    for (size_t t = 1; t < 7 && t + 1 < c->nTok; t++)
      if (tok_is(c, t, ",")) {
        i = t + 1;
        break;
      }
  /* ... and "The kingdom", "The country": a state's common noun, for a state */
  static const char *const azStateNoun[] = {"kingdom", "country", "nation", "republic", "emirate", "sultanate",
                                            NULL};
  size_t e = i + 1;
  if (i + 1 < c->nTok && tok_is(c, i, "the") && tok_in(c, i + 1, azStateNoun) && !in_mention(c, i + 1)) {
    const ActorEntry *a = c->mIt.pMain ? c->mIt.pMain : c->mIt.pCountry;
    if (c->mIt.pAgent || !a || (a->kind != AK_COUNTRY && a->kind != AK_CAPITAL && a->kind != AK_DEMONYM)) return 1;
    e = i + 2;
  } else if (i >= c->nTok || !tok_is(c, i, "it") || in_mention(c, i)) {
    return 1;
  }
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].i < i) return 1;   /* an opening phrase that names an actor: no guess */
  size_t v = e;
  while (v < c->nTok && v < e + 3 && tok_in(c, v, azSkip)) v++;
  if (v >= c->nTok || !c->aTok[v].bWord || c->aTok[v].bCap || tok_in(c, v, azExpletive) || in_mention(c, v))
    return 1;
  int gNext = max_group(c);
  Mention m = c->mIt;
  m.i = i;
  m.e = e;
  m.bPronoun = 1;
  m.iGroup = gNext + 1;
  return insert_mention(c, &m);
}

/* Contract: the mention "it" opens after ", and" mid-sentence -- "Yemen's
** government said Eritrean forces had taken 180 of its soldiers prisoner,
** and it accused Asmara of naked aggression" -- is the sentence's subject,
** its first mention that is no place, aside, modifier or object of a
** preposition, when that is a state, a body or a state's organ named in the
** singular; no guess for a person ("it" never means one) or a plural. Only
** before a finite verb of its own. Why: the pronoun named no
** actor, and the clause's act went to the plural subject of the reported
** clause before it (issue 4, dev28). 0 on OOM. */
int clause_it(Coder *c) {
  static const char *const azAdverb[] = {"also", "later", "then", "further", "immediately", "quickly", "again",
                                         "has", "had", "repeatedly", "not", "yet", "never", "still", "already",
                                         NULL};
  static const char *const azConcede[] = {"although", "though", "while", "whereas", NULL};
  for (size_t i = 2; i + 1 < c->nTok; i++) {
    /* ", although it has not yet taken the dispute to the WTO": the subject
    ** of the clause the concession qualifies -- the nearest actor before its
    ** last finite verb, not the object right before the comma (issue 4
    ** lead48) */
    int bConcede = tok_is(c, i, "it") && tok_in(c, i - 1, azConcede) && tok_is(c, i - 2, ",") && !in_mention(c, i);
    /* ... also past a time phrase after ", and": ", and a day later it
    ** called its ambassador in Tehran home" (issue 4 dev42) */
    size_t iAnd = i - 1;
    if (!bConcede && tok_is(c, i, "it") && !in_mention(c, i) && !tok_is(c, iAnd, "and")) {
      static const char *const azWhen[] = {"a", "the", "later", "earlier", "day", "days", "week", "weeks", "hours",
                                           "next", "following", "same", "that", "then", "two", "three", "on",
                                           "evening", "morning", "afternoon", "night", "soon", "after", "monday",
                                           "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
      size_t t = i;
      while (t > 2 && t + 5 > i && !tok_is(c, t - 1, "and") && tok_in(c, t - 1, azWhen))
        t--;
      if (t + 5 > i && t < i && t >= 3 && tok_is(c, t - 1, "and")) iAnd = t - 1;
    }
    if (!bConcede && (!tok_is(c, i, "it") || !tok_is(c, iAnd, "and") || iAnd < 1 || !tok_is(c, iAnd - 1, ",") ||
                      in_mention(c, i)))
      continue;
    size_t v = i + 1;
    /* ("should urge ASEAN": a modal before the verb, as in a recommendation) */
    static const char *const azModalIt[] = {"should", "would", "will", "could", "must", "may", "might", "can", NULL};
    int bModal = v < c->nTok && tok_in(c, v, azModalIt);
    if (bModal) v++;
    while (v < c->nTok && v < i + 5 && tok_in(c, v, azAdverb)) v++;
    /* ("has not yet taken": a participle after "has" is the clause's verb) */
    int bPerfect = v > i + 1 && (tok_is(c, i + 1, "has") || tok_is(c, i + 1, "had"));
    if (v >= c->nTok || c->aTok[v].bCap || (!tok_finite_form(c, v) && !bPerfect && !bModal) || tok_in(c, v, azBe) ||
        tok_is(c, v, "seems") || tok_is(c, v, "seemed") || tok_is(c, v, "remains") || tok_is(c, v, "remained"))
      continue;
    int iAnte = -1;
    size_t iVerb = i - 2;   /* with a concession, the last finite verb before it */
    if (bConcede) {
      while (iVerb > 0 && !(tok_finite_form(c, iVerb - 1) && !in_mention(c, iVerb - 1) && !c->aTok[iVerb - 1].bCap))
        iVerb--;
      iVerb = iVerb > 0 ? iVerb - 1 : 0;
      for (size_t k = c->nM; k-- > 0 && iAnte < 0;) {
        const Mention *m = &c->aM[k];
        if (m->e > iVerb) continue;
        if (m->bLoc || m->bAside || m->bPrep || m->bMod || m->bBy || m->bSaid || m->bPronoun) break;
        iAnte = (int)k;
      }
    }
    for (size_t k = 0; !bConcede && k < c->nM && iAnte < 0; k++) {
      const Mention *m = &c->aM[k];
      if (m->e > iAnd - 1) break;
      if (m->bLoc || m->bAside || m->bPrep || m->bMod || m->bBy || m->bSaid || m->bPronoun) continue;
      iAnte = (int)k;   /* the sentence's subject, or no guess */
    }
    if (iAnte < 0) continue;
    const Mention *pA = &c->aM[iAnte];
    const ActorEntry *a = pA->pMain ? pA->pMain : pA->pCountry;
    int bPlural = !c->aTok[pA->e - 1].bCap && plural_word(c, pA->e - 1);
    if (!a || a->kind == AK_PERSON || pA->pPersonCountry || bPlural || pA->pGroup || plural_group(c, pA->iGroup))
      continue;
    Mention m = c->aM[iAnte];
    m.i = i;
    m.e = i + 1;
    m.bPronoun = 1;
    m.bLoc = m.bBy = m.bAside = m.bMod = m.bSaid = m.bOwn = m.bPrep = 0;
    m.iAnte = 0;
    m.iGroup = max_group(c) + 1;
    if (!insert_mention(c, &m)) return 0;
    i++;
  }
  return 1;
}

/* Contract: the code whose first three letters are person p's state on the
** document's day (the dateline's, else the document date): the role that
** day when it is a state's, else the state of the nearest range
** (dict_person_fallback), else the first role listed when it is a state's;
** NULL for no person or one with no state's role. Why: "Salva Kiir" and
** "Riek Machar" held Sudan's offices until 2011 and South Sudan's after; the
** first role listed made every South Sudanese leader Sudan's, the story's
** focus Sudan, and "the rebels" Sudan's (issue 4 lead34). */
const char *person_state(const Coder *c, const ActorEntry *p) {
  if (!p || p->kind != AK_PERSON || !p->nRole) return NULL;
  long day = 0;
  int bDay = story_day(c, &day);
  int r = dict_person_role(p, day, bDay);
  if (r >= 0 && is_state_code(p->aRole[r].zCode)) return p->aRole[r].zCode;
  /* ... and one who speaks for a body that day lends no state: von der
  ** Leyen in 2025 is the Commission's, not Germany's (issue 4, session 43) */
  if (r >= 0 && bDay && !p->aRole[r].bDefault) return NULL;
  if (r < 0 && bDay) {
    char zBuf[32];
    zBuf[0] = 0;
    dict_person_fallback(p, day, zBuf, sizeof zBuf);
    /* (the person's own role of that state: a code that outlives zBuf,
    ** found without a scan of the dictionary, as this runs per mention) */
    for (size_t k = 0; zBuf[0] && is_state_code(zBuf) && k < p->nRole; k++)
      if (!strncmp(p->aRole[k].zCode, zBuf, 3)) return p->aRole[k].zCode;
  }
  return is_state_code(p->aRole[0].zCode) ? p->aRole[0].zCode : NULL;
}

int story_day(const Coder *c, long *pDay) {
  if (c->bAnchor) *pDay = ymd_to_days(c->anchor);
  else if (c->bDocDate) *pDay = ymd_to_days(c->docDate);
  else return 0;
  return 1;
}

/* A mention over tokens [i, e) that a pronoun or possessive stands for: p. */
Mention pronoun_mention(size_t i, size_t e, const ActorEntry *p) {
  Mention m;
  memset(&m, 0, sizeof m);
  m.i = i;
  m.e = e;
  m.pMain = p;
  m.bPronoun = 1;
  return m;
}

/* Why: "Lukashenko has described his opponents as traitors": a leader's own
** opponents or critics are the opposition of the leader's state, while a
** role with no state of its own takes the state of the story's last actor
** (a story that moved from Cambodia to Belarus gave "KHMOPP"). Contract: an
** opposition role (OPP) with no state, group or person of its own, written
** after "his"/"her" (or as a phrase opening with it), is the person's: the
** first person named before it in this sentence, else the one carried from
** the sentences before. Troops and other roles are left as they were (see
** person_possessives). */
void possessive_opponents(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun) continue;
    if (!m->pAgent->zRole || strcmp(m->pAgent->zRole, "OPP")) continue;
    size_t i = m->i;
    int bPoss = tok_is(c, i, "his") || tok_is(c, i, "her") ||
                (i > 0 && (tok_is(c, i - 1, "his") || tok_is(c, i - 1, "her")));
    if (!bPoss) continue;
    const ActorEntry *pRef = NULL;
    for (size_t x = 0; x < c->nM && !pRef; x++)
      if (c->aM[x].i < i && c->aM[x].pMain && c->aM[x].pMain->kind == AK_PERSON) pRef = c->aM[x].pMain;
    if (!pRef) pRef = c->pLastPerson;
    size_t iPoss = tok_is(c, i, "his") || tok_is(c, i, "her") ? i : i - 1;
    pRef = fitting_person(c, iPoss, pRef);
    if (person_state(c, pRef)) m->pPersonCountry = pRef;
  }
}

int person_possessives(Coder *c) {
  static const char *const azLand[] = {"country", "nation", "homeland", "territory", "soil", NULL};
  static const char *const azModalLand[] = {"will", "would", "is", "was", "has", "had", "must", "should", "can",
                                            "could", "may", "might", "does", "did", NULL};
  for (size_t i = 0; i + 1 < c->nTok; i++) {
    if (!(tok_is(c, i, "his") || tok_is(c, i, "her")) || in_mention(c, i)) continue;
    if (!tok_in(c, i + 1, azLand) || in_mention(c, i + 1)) continue;
    /* the land as a subject ("his country would leave") or as the object of
    ** a past act ("had invaded her country"); not a possessive ("his
    ** country's accession") nor the object of an act in a clause of
    ** another ("accusing the bloc of failing to protect his country") */
    int bLandUse = i + 2 < c->nTok && (tok_in(c, i + 2, azModalLand) || tok_past_ed(c, i + 2));
    if (!bLandUse && i > 0 && c->aTok[i - 1].bWord && tok_past_ed(c, i - 1)) bLandUse = 1;
    if (i + 2 < c->nTok && (tok_is(c, i + 2, "'s") || tok_is(c, i + 2, "'"))) bLandUse = 0;
    if (!bLandUse) continue;
    /* ... only then the person and the state (country_entry scans the dictionary) */
    const ActorEntry *pRef = NULL;
    for (size_t k = 0; k < c->nM && !pRef; k++)
      if (c->aM[k].i < i && c->aM[k].pMain && c->aM[k].pMain->kind == AK_PERSON) pRef = c->aM[k].pMain;
    /* ... or, with no person the dictionaries know, the state of the office
    ** an apposition gave the speaker: "Armen Grigoryan, the secretary of
    ** Armenia's Security Council, said his country had asked Russia" */
    const char *zRefState = NULL;
    for (size_t k = 0; k < c->nM && !pRef && !zRefState; k++)
      if (c->aM[k].i < i && c->aM[k].pAgent && c->aM[k].pCountry && !c->aM[k].pMain && !c->aM[k].bLoc &&
          !c->aM[k].bPronoun && c->aM[k].pCountry->zCountry && !c->aM[k].pCountry->bRegion)
        zRefState = c->aM[k].pCountry->zCountry;
    if (!pRef && !zRefState) pRef = c->pLastPerson;
    pRef = fitting_person(c, i, pRef);
    if (!zRefState) zRefState = person_state(c, pRef);
    if (!zRefState) continue;
    char zC[4];
    snprintf(zC, sizeof zC, "%.3s", zRefState);
    const ActorEntry *pState = country_entry(c, zC);
    if (!pState) continue;
    Mention m = pronoun_mention(i, i + 2, pState);
    if (!insert_mention(c, &m)) return 0;
  }
  return 1;
}

/* Why: "Al-Shabaab said in a statement that its fighters had stormed the
** hotel", "The Eastern Theater Command of the PLA said its forces had fired
** missiles": the role a reported clause opens with "its" belongs to the
** speaker; set aside as the speaker's own organ, the act had no source when
** the speaker is a body, whose roles are the body itself (issue 4 lead31).
** A state's "its forces" stay aside: the speaker's state acts (tests
** coerce29, lead16, roles22). Contract: runs once the asides are known; an
** aside bare role right after "its" that follows a plain verb of saying, or a
** "that" whose nearest verb before it is one, is the nearest actor before it
** that is a body (AK_ORG) and no place, aside, carrier or prepositional object
** other than an "of" phrase's -- or a state organ named in such an "of"
** phrase; it is then no aside. Others are left alone. */
void speaker_possessive_roles(Coder *c) {
  static const char *const azSaying[] = {"said", "says", "say", "added", "claimed", "announced", "stated",
                                         "confirmed", "insisted", NULL};
  static const char *const azFrame[] = {"warned", "warns", "threatened", "threatens", "vowed", "vows", "pledged",
                                        "promised", "denied", "denies", "rejected", "dismissed", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->bAside || !m->pAgent || m->pCountry || m->pMain || m->pGroup || m->pPersonCountry || m->i < 2) continue;
    if (!tok_is(c, m->i - 1, "its")) continue;
    int bSaid = tok_in(c, m->i - 2, azSaying);
    if (tok_is(c, m->i - 2, "that"))   /* "said in a statement on its radio that its fighters" */
      for (size_t t = m->i - 2; t-- > 0 && t + 14 > m->i && !bSaid;) {
        if (tok_in(c, t, azFrame)) break;
        bSaid = tok_in(c, t, azSaying);
      }
    if (!bSaid) continue;
    const Mention *pOwner = NULL;   /* the speaker: the nearest actor before it that can speak */
    for (size_t x = k; x-- > 0 && !pOwner;) {
      const Mention *o = &c->aM[x];
      if (o->bLoc || o->bPronoun || o->bAside || o->bBy || o->bSaid ||
          (o->bPrep && !(o->i > 0 && tok_is(c, o->i - 1, "of")) && !(o->i > 1 && tok_is(c, o->i - 2, "of"))))
        continue;
      if (o->pMain || o->pCountry || o->pAgent) pOwner = o;
    }
    if (!pOwner || !pOwner->pMain) continue;
    /* ... or an "of" phrase's state organ, the speaker no actor of its own
    ** ("the Southern Theater Command of the People's Liberation Army") */
    int bOfOrgan = pOwner->bPrep && pOwner->pMain->kind == AK_METONYM;
    if (pOwner->pMain->kind != AK_ORG && !bOfOrgan) continue;
    m->pMain = pOwner->pMain;   /* "its fighters" of a body are the body */
    m->pAgent = NULL;
    m->pCountry = pOwner->pCountry;
    m->bAside = 0;
  }
}

/* Why: "Guatemala has since moved about 3,000 troops up to the frontier, and
** its foreign ministry has asked the OAS to investigate": set aside as the
** subject's own organ, the role left "troops", the first clause's object,
** to be taken as the asker (issue 4 dev37). Contract: runs after
** speaker_possessive_roles; an aside bare role right after "its" or "their"
** that follows ", and" is the organ of the sentence's first actor that is
** no place, aside, modifier, pronoun or prepositional object: of a state it
** takes the state (its role kept), of a body it is the body; it is then no
** aside. Others are left alone. */
void clause_possessive_roles(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->bAside || !m->pAgent || m->pCountry || m->pMain || m->pGroup || m->pPersonCountry || m->i < 3) continue;
    if (!(tok_is(c, m->i - 1, "its") || tok_is(c, m->i - 1, "their")) || !tok_is(c, m->i - 2, "and") ||
        !tok_is(c, m->i - 3, ","))
      continue;
    const Mention *pOwner = NULL;
    for (size_t x = 0; x < k && !pOwner; x++) {
      const Mention *o = &c->aM[x];
      if (o->bLoc || o->bPronoun || o->bAside || o->bBy || o->bSaid || o->bPrep || o->bMod) continue;
      pOwner = o;
    }
    if (!pOwner || !pOwner->pMain || pOwner->pAgent) continue;
    if (pOwner->pMain->kind == AK_ORG) {
      m->pMain = pOwner->pMain;   /* "its fighters" of a body are the body */
      m->pAgent = NULL;
    } else if (pOwner->pMain->kind == AK_COUNTRY || pOwner->pMain->kind == AK_CAPITAL ||
               pOwner->pMain->kind == AK_METONYM) {
      const ActorEntry *pState = pOwner->pMain->zCountry ? country_entry(c, pOwner->pMain->zCountry) : NULL;
      if (!pState) continue;
      m->pCountry = pState;
    } else {
      continue;
    }
    m->bAside = 0;
  }
}

/* "'We will impose sanctions on Iran,' Blinken said", "Zakharova told
** reporters: 'They will not intimidate us'": a first-person "we" or "us" in
** a sentence that says who is speaking stands for the speaker -- the actor
** right before or right after the verb of saying (a "he" or "she" there
** already stands for its person). Without a speaker ("We assess that ...")
** the words stay no one's. 0 on OOM. */
int speaker_we(Coder *c) {
  int bWe = 0;
  for (size_t i = 0; i < c->nTok && !bWe; i++)
    bWe = (tok_is(c, i, "we") || (tok_is(c, i, "us") && c->z[c->aTok[i].start] == 'u')) && !in_mention(c, i);
  if (!bWe) return 1;
  const Mention *pSpeaker = NULL;
  for (size_t t = 1; t < c->nTok && !pSpeaker; t++) {
    if (!attr_verb(c, t)) continue;
    for (size_t k = 0; k < c->nM && !pSpeaker; k++) {
      const Mention *m = &c->aM[k];
      if ((m->e == t || m->i == t + 1) && !m->bLoc && !m->bAside && (m->pMain || m->pAgent || m->pCountry)) pSpeaker = m;
    }
  }
  if (!pSpeaker) return 1;
  Mention s = *pSpeaker;
  for (size_t i = 0; i < c->nTok; i++) {
    int bUs = tok_is(c, i, "us") && c->z[c->aTok[i].start] == 'u';
    if ((!tok_is(c, i, "we") && !bUs) || in_mention(c, i)) continue;
    Mention m = s;
    m.i = i;
    m.e = i + 1;
    m.bPronoun = 1;
    m.bLoc = m.bBy = m.bAside = m.bMod = m.bSaid = m.bOwn = 0;
    m.bPrep = i > 0 && tok_in(c, i - 1, azPrep);
    m.iAnte = 0;
    if (!insert_mention(c, &m)) return 0;
  }
  return 1;
}

/* "Istanbul Mayor Ekrem Imamoglu", "Moscow's mayor", "Kano police": a city or
** province directly before a role (or with "'s") names whose officer it is, as
** "the mayor of Moscow" does; the place then stands for its state, like a
** demonym, and is no target of its own (detaining a place would be 192). */
const ActorEntry *place_of_office(const Coder *c, const RawMatch *aR, size_t nR, size_t k) {
  const ActorEntry *p = raw_best(&aR[k]);
  if ((p->kind != AK_CAPITAL && p->kind != AK_PLACE) || p->bRegion || !p->zCountry || k + 1 >= nR) return NULL;
  size_t e = aR[k].e, i = aR[k + 1].i;
  if (i != e && !(i == e + 1 && tok_is(c, e, "'s"))) return NULL;
  const ActorEntry *pAg = raw_pick(&aR[k + 1], AK_AGENT);
  return pAg && raw_best(&aR[k + 1]) == pAg ? p : NULL;
}

/* "Australia's new foreign minister", "Fiji's newly appointed army
** commander", "Samoa's caretaker prime minister": one or two describing
** words between a state's "'s" and its role leave the role the state's, as
** with no word between (from the token after "'s", e, to the role at i).
** ... and a rank: "India's deputy consul general in New York" is India's,
** not the place's state (issue 4, session 41) */
int possessive_descriptor(const Coder *c, size_t e, size_t i) {
  static const char *const azDescr[] = {"new", "newly", "appointed", "elected", "named", "incoming", "outgoing",
                                        "caretaker", "longtime", "long-time", "long-serving", "veteran", "embattled",
                                        "powerful", "influential", "hawkish", "outspoken", "current", "then", "deputy",
                                        "acting", "interim", "former", "top", "senior", "chief",
                                        /* "Iraq's Federal Supreme Court" (issue 4 lead52) */
                                        "federal", "national", "central", NULL};
  if (e == 0 || !tok_is(c, e - 1, "'s") || i <= e || i > e + 2) return 0;
  for (size_t t = e; t < i; t++)
    if (!tok_in(c, t, azDescr)) return 0;
  return 1;
}

/* "his release", "her immediate release", "his unconditional freedom": the
** possessive names the person an appeal or demand for release is about. */
int possessed_release(const Coder *c, size_t i) {
  static const char *const azFree[] = {"release", "freedom", NULL};
  static const char *const azHow[] = {"immediate", "unconditional", "swift", "prompt", "speedy", "safe", NULL};
  if (!tok_is(c, i, "his") && !tok_is(c, i, "her")) return 0;
  size_t t = i + 1;
  while (t < c->nTok && t < i + 4 && (tok_in(c, t, azHow) || tok_is(c, t, "and"))) t++;
  return t < c->nTok && tok_in(c, t, azFree);
}

/* Contract: says whether token i is "his" or "her" between a reply verb and
** the plea it answers -- "rejected his request to remain free", "denied her appeal",
** "accepted his resignation", "rejected her accusations" -- so the possessive
** names the person the reply is aimed at, as in possessed_release. Why: the reply found no target and
** was dropped (issue 4 regional). */
int possessed_plea(const Coder *c, size_t i) {
  static const char *const azPlea[] = {"request", "requests", "appeal", "appeals", "plea", "pleas", "petition",
                                       "bid", "application", "resignation", "offer", "proposal", "demand",
                                       "demands", "accusation", "accusations", "allegation", "allegations",
                                       "charge", "charges", "claim", "claims",
                                       /* issue 4 (session 63): "Protest leaders dismissed his account as a lie" */
                                       "account", "version", "explanation", "denial", "denials", "assertion",
                                       "assertions", "excuse", "excuses", NULL};
  static const char *const azHow[] = {"latest", "last", "final", "new", "fresh", "formal", "urgent", NULL};
  /* ... right after a verb that answers another's plea, not one's own
  ** ("reiterated his demands" is the speaker's) */
  static const char *const azReply[] = {"rejected", "rejects", "reject", "rejecting", "denied", "denies", "deny",
                                        "denying", "dismissed", "dismisses", "dismiss", "accepted", "accepts",
                                        "accept", "granted", "grants", "grant", "approved", "approves", "upheld",
                                        "refused", "refuses", "down", "overturned", NULL};
  if (!tok_is(c, i, "his") && !tok_is(c, i, "her")) return 0;
  if (i == 0 || !tok_in(c, i - 1, azReply)) return 0;
  size_t t = i + 1;
  while (t < c->nTok && t < i + 3 && tok_in(c, t, azHow)) t++;
  return t < c->nTok && tok_in(c, t, azPlea);
}

/* Contract: says whether token i is "his" or "her" right after a verb that
** judges what another said or did (condemned, criticised, praised, ...;
** an adverb may come between) and before the words or deed judged ("her
** remarks", "his latest comments", "his decision"), so the possessive names
** the person the judgement is aimed at, as in possessed_plea. Why: "The OIC
** and the Gulf Cooperation Council both condemned her remarks" found no
** target and was dropped (issue 4 dev38). */
int possessed_stance(const Coder *c, size_t i) {
  static const char *const azJudge[] = {"condemned", "condemns", "condemn", "condemning", "criticised", "criticized",
                                        "criticises", "criticizes", "criticise", "criticize", "denounced",
                                        "denounces", "denounce", "deplored", "deplores", "slammed", "slams",
                                        "praised", "praises", "praise", "hailed", "hails", "welcomed", "welcomes",
                                        "lauded", "applauded", NULL};
  static const char *const azWords[] = {"remarks", "remark", "comments", "comment", "statement", "statements",
                                        "words", "speech", "decision", "stance", "conduct", "visit",
                                        NULL};
  static const char *const azHow[] = {"latest", "recent", "earlier", "last", "new", "public", "controversial",
                                      "inflammatory", "provocative", "hostile", "brave", "courageous", "bold",
                                      NULL};
  if (!tok_is(c, i, "his") && !tok_is(c, i, "her")) return 0;
  if (i == 0) return 0;
  size_t v = i - 1;
  if (v > 0 && tok_ly(c, v)) v--;
  if (!tok_in(c, v, azJudge)) return 0;
  size_t t = i + 1;
  while (t < c->nTok && t < i + 3 && tok_in(c, t, azHow)) t++;
  return t < c->nTok && tok_in(c, t, azWords);
}

/* "Workers demanding higher wages blocked roads", "Thousands of protesters
** calling for new elections marched": a role that opens its clause and is
** followed by a verb's present participle is the clause's actor, described by
** the participle, not a noun modifier as in "police reform". */
int subject_participle_at(const Coder *c, const Mention *m) {
  size_t t = m->e;
  if (t >= c->nTok || t + 1 >= c->nTok) return 0;
  const Token *p = &c->aTok[t];
  if (!tok_ing(c, t)) return 0;
  /* participles that describe how an actor looks or what it carries, which
  ** the verb dictionary has no act for ("Masked gunmen shouting slogans
  ** stormed ...", "Police wearing riot gear detained ...", issue 4 tens) */
  static const char *const azLooks[] = {"wearing", "carrying", "waving", "chanting", "shouting", "brandishing",
                                        "wielding", "riding", "driving", "holding", "singing",
                                        "swinging", "clutching", "using", "living", NULL};   /* "Riot police swinging truncheons cleared ..." */
  int bVerb = tok_in(c, t, azLooks);
  for (const VerbFormEntry *f = dict_forms(c->p, p->id); f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
    bVerb |= (f->forms & VF_ING) != 0;
  /* ... and any "-ing" word and its preposition after a role that opens a
  ** reported clause: "said gunmen hiding among the marchers had shot at the
  ** soldiers" (issue 4 dev48: the gunmen were a modifier, the shots the
  ** speaker's) */
  static const char *const azSayThat[] = {"said", "says", "say", "that", "claimed", "alleged", NULL};
  if (m->i > 0 && tok_in(c, m->i - 1, azSayThat) && (tok_in(c, t + 1, azPrep) || tok_in(c, t + 1, azLocPrep)))
    return 1;
  if (!bVerb) return 0;
  size_t b = m->i;
  /* ... "an opposition leader living in exile": an appositive's article too */
  if (b > 0 && (tok_is(c, b - 1, "the") || tok_is(c, b - 1, "The") || tok_is(c, b - 1, "a") || tok_is(c, b - 1, "an")))
    b--;
  if (b == 0 || tok_is(c, b - 1, ",") || tok_is(c, b - 1, "of") || clause_break(c, b - 1)) return 1;
  /* ... and so is a plural role a preposition governs, a participle and its
  ** own object or phrase after it: "fired tear gas at people trying to push
  ** aid trucks", "killed several soldiers and journalists working there"
  ** (issue 4, session 47) */
  static const char *const azNext[] = {"to", "for", "in", "at", "on", "the", "a", "an", "their", "there", NULL};
  return plural_word(c, m->e - 1) && tok_in(c, t + 1, azNext) && (tok_in(c, b - 1, azPrep) || tok_in(c, b - 1, azLocPrep));
}

/* Contract: 1 when mention m, a state or body named by itself (no
** demonym), directly follows "help" or "let" in any form and is followed by a
** lower-case word: the object of the causative and the subject of its bare
** verb ("pledged to help Tonga recover", "will help Haiti restore order"),
** not a noun modifier as in "Ukraine aid". Why: the dictionary lacks most
** bare verbs, so "Tonga recover" read as a noun phrase, the state lost its
** part as target, and a compound subject's intent went to its own members
** (issue 4 voice). */
int causative_object_at(const Coder *c, const Mention *m) {
  static const char *const azCause[] = {"help", "helps", "helped", "helping", "let", "lets", "letting", NULL};
  const ActorEntry *a = m->pMain ? m->pMain : m->pCountry;
  if (!a || a->kind == AK_DEMONYM || a->kind == AK_PERSON || m->pAgent || m->i == 0 || m->e >= c->nTok) return 0;
  const Token *pN = &c->aTok[m->e];
  return tok_in(c, m->i - 1, azCause) && pN->bWord && !pN->bCap && !plural_word(c, m->e) && !tok_ly(c, m->e);
}

/* Contract: 1 when token t is an adjective that follows the noun it describes
** and takes "to" or "with" ("forces loyal to Gadhafi", "gunmen faithful to the
** warlord"), else 0. Why: a bare role before such a word is the actor the
** phrase describes, not a modifier of a noun "loyal", so "Security forces
** loyal to Moammar Gadhafi fired on protesters" had no source (issue 4 force). */
int postpositive_adjective_at(const Coder *c, size_t t) {
  static const char *const azAdj[] = {"loyal", "faithful", "sympathetic", "hostile", "subordinate", "answerable", NULL};
  return t + 1 < c->nTok && tok_in(c, t, azAdj) && (tok_is(c, t + 1, "to") || tok_is(c, t + 1, "with"));
}

/* "over eastern Ukraine", "in northern Syria", "across southern Lebanon": a
** state named with a compass word after a preposition of place is the region
** an act happens in; "over" counts only so ("the dispute over Ukraine" is a
** topic). */
int compass_place(const Coder *c, size_t i) {
  static const char *const azPrepPlace[] = {"in", "over", "across", "throughout", "inside", NULL};
  return i > 1 && compass_word(c, i - 1) && tok_in(c, i - 2, azPrepPlace);
}

/* Contract: says whether tokens [a, b) between two actor mentions are "as well as"
** (a comma before it allowed), which joins them in one list as "and" does
** ("thanked the fund as well as India, China and Japan"). Issue 4 pledge: the
** members after it were dropped from the list. */
int as_well_as_join(const Coder *c, size_t a, size_t b) {
  if (a < b && tok_is(c, a, ",")) a++;
  return b == a + 3 && tok_is(c, a, "as") && tok_is(c, a + 1, "well") && tok_is(c, a + 2, "as");
}

/* Contract: 1 if the token at i ("him", "her") is the object of a participle
** that trails a clause after a comma (", accusing him of ..."). Why: the
** participle's subject is the clause's subject, and one does not accuse
** oneself; "him" is the other person the clause named. pFirst: the
** sentence's first person. */
int trailing_participle_object(const Coder *c, size_t i, const ActorEntry *pFirst) {
  if (i < 2 || !tok_is(c, i - 2, ",")) return 0;
  /* only when that person opens the sentence as its subject ("Cambodian
  ** police arrested Kem Sokha ..., accusing him": him is Kem Sokha) */
  const Mention *p0 = NULL;
  for (size_t k = 0; k < c->nM; k++)
    if (!c->aM[k].bPronoun && !c->aM[k].bLoc && (!p0 || c->aM[k].i < p0->i)) p0 = &c->aM[k];
  if (!p0 || p0->pMain != pFirst) return 0;
  const Token *p = &c->aTok[i - 1];
  size_t n = p->end - p->start;
  return p->bWord && !p->bCap && n > 4 && !strncmp(c->z + p->end - 3, "ing", 3);
}
int object_of_own_subject(const Coder *c, size_t i, const ActorEntry *pRef) {
  int iRef = -1;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (m->i >= i || m->bPronoun || !m->pMain || m->pMain->kind != AK_PERSON) continue;
    if (m->pMain != pRef) return 0;   /* another person named before: the nearest rule decides */
    iRef = (int)k;
  }
  if (iRef < 0 || !same_clause(c, c->aM[iRef].e, i)) return 0;
  /* ... the object of a verb of that clause, not of a preposition ("the coup
  ** against him") nor of a participle after a comma */
  if (i == 0 || tok_in(c, i - 1, azPrep) || tok_in(c, i - 1, azLocPrep)) return 0;
  for (size_t t = c->aM[iRef].e; t < i; t++)
    if (tok_is(c, t, ",") || attr_verb(c, t)) return 0;   /* "says the case was designed to keep him out" */
  /* ... and that mention is its clause's subject: no actor before it in the
  ** clause ("Cambodian police arrested Kem Sokha ..., accusing him": him is
  ** Kem Sokha, the object) */
  const Mention *pR = &c->aM[iRef];
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (m->e <= pR->i && m->e != pR->i && !m->bLoc && same_clause(c, m->i, pR->i)) return 0;
    /* ... nor an actor between them, the subject of a clause of its own
    ** ("Morales resigned after the army chief asked him to") */
    if (m->i >= pR->e && m->e <= i && !m->bLoc && !m->bPronoun) return 0;
  }
  return 1;
}

/* Contract: when the mentions right before token i are a list of named
** people joined by "and" or commas that opens its clause, followed by at most
** three lower-case words (the verb, an adverb) up to i, stores their people
** in apOut (at most nMax) and returns how many; else 0. Why: an object
** pronoun after such a list is none of them ("Vladimir Putin and Xi Jinping
** congratulated him"), and object_of_own_subject reads one subject only
** (issue 4 lead38). */
int person_list_subject(const Coder *c, size_t i, const ActorEntry **apOut, int nMax) {
  int iLast = -1;
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].e <= i && !c->aM[k].bPronoun) iLast = (int)k;
  if (iLast < 0) return 0;
  const Mention *pL = &c->aM[iLast];
  if (!pL->pMain || pL->pMain->kind != AK_PERSON || pL->e >= i || i - pL->e > 3) return 0;
  for (size_t t = pL->e; t < i; t++)
    if (!c->aTok[t].bWord || c->aTok[t].bCap) return 0;
  int n = 0, k = iLast;
  apOut[n++] = pL->pMain;
  while (k > 0 && n < nMax) {
    const Mention *pA = &c->aM[k - 1], *pB = &c->aM[k];
    if (pA->bPronoun || !pA->pMain || pA->pMain->kind != AK_PERSON || pA->e + 1 != pB->i ||
        !(tok_is(c, pA->e, "and") || tok_is(c, pA->e, ",")))
      break;
    apOut[n++] = pA->pMain;
    k--;
  }
  /* ... opening its clause: nothing but punctuation or a conjunction before */
  size_t b = c->aM[k].i;
  if (b > 0 && c->aTok[b - 1].bWord && !tok_is(c, b - 1, "and") && !tok_is(c, b - 1, "but")) return 0;
  return n;
}

/* Contract: the person an object pronoun takes when its clause's own subject
** is excluded (object_of_own_subject): the antecedent carried from the
** sentences before, unless that is pRef too; else NULL. */
const ActorEntry *antecedent_other_than(const Coder *c, const ActorEntry *pRef) {
  if (c->pLastPerson && c->pLastPerson != pRef) return c->pLastPerson;
  return NULL;
}

/* Contract: 1 when the personal pronoun at token i may stand for p: "she",
** "her", "hers" and "herself" for a person whose dictionary line says
** "person she", "he", "him", "his" and "himself" for any other person; any
** other word, and any entry that is no person, fits. Why: "Prosecutors
** accused Cassez ... and a judge sentenced her" had taken "her" for the
** French president the story named before (issue 4, session 59). */
int pronoun_fits(const Coder *c, size_t i, const ActorEntry *p) {
  static const char *const azShe[] = {"she", "her", "hers", "herself", NULL};
  static const char *const azHe[] = {"he", "him", "his", "himself", NULL};
  if (!p || p->kind != AK_PERSON || i >= c->nTok) return 1;
  if (tok_in(c, i, azShe)) return p->bFemale;
  if (tok_in(c, i, azHe)) return !p->bFemale;
  return 1;
}

/* Contract: the person the pronoun at token i stands for, given pRef, the
** antecedent the other rules chose (may be NULL): pRef when it fits
** (pronoun_fits); else the first person named before i in this sentence who
** fits; else the last woman or man named in the sentences before, as the
** pronoun asks; else NULL (a person the dictionaries do not hold: no one). */
const ActorEntry *fitting_person(const Coder *c, size_t i, const ActorEntry *pRef) {
  if (!pRef || pronoun_fits(c, i, pRef)) return pRef;
  const ActorEntry *p = sentence_person_fitting(c, i);
  if (p) return p;
  return pRef->bFemale ? c->pLastHe : c->pLastShe;
}

/* Contract: the first person named (no pronoun) before token i in this
** sentence whom the pronoun at i may stand for (pronoun_fits); else NULL. */
const ActorEntry *sentence_person_fitting(const Coder *c, size_t i) {
  for (size_t k = 0; k < c->nM && c->aM[k].i < i; k++) {
    const Mention *m = &c->aM[k];
    if (!m->bPronoun && m->pMain && m->pMain->kind == AK_PERSON && pronoun_fits(c, i, m->pMain)) return m->pMain;
  }
  return NULL;
}

/* Contract: when state mention k is followed by "-led" and a bare role
** ("Saudi-led warplanes", "U.S.-led forces"), the role gets that state. Why: a
** coalition's forces are coded by the state that leads them, as the gold sets
** code "the Saudi-led coalition"; left bare, they took the place's state
** ("U.S.-led warplanes struck ... near Raqqa" was Syria's). Issue 4 roundup. */
void led_force_state(Coder *c, size_t k) {
  const Mention *m = &c->aM[k];
  const ActorEntry *pState = m->pCountry ? m->pCountry : m->pMain;
  /* ... and an organisation's: "Hamas-led militants seized Shalit" are
  ** Hamas (the gold sets' X-led rule, dev13), not the victim's state's
  ** irregulars (issue 4, session 41) */
  if (pState && pState->kind == AK_ORG && !m->pAgent && !m->pCountry && tok_is(c, m->e + 1, "led")) {
    for (size_t x = k + 1; x < c->nM; x++) {
      Mention *n = &c->aM[x];
      if (n->i != m->e + 2) continue;
      if (n->pAgent && !n->pMain && !n->pCountry && !n->pPersonCountry && !n->pGroup && !n->bPronoun) {
        n->pMain = pState;
        n->pAgent = NULL;
      }
      return;
    }
  }
  if (!pState || m->pAgent || (pState->kind != AK_COUNTRY && pState->kind != AK_DEMONYM) || !pState->zCountry ||
      !tok_is(c, m->e + 1, "led"))
    return;
  for (size_t x = k + 1; x < c->nM; x++) {
    Mention *n = &c->aM[x];
    if (n->i != m->e + 2) continue;
    if (n->pAgent && !n->pMain && !n->pCountry && !n->pPersonCountry && !n->bPronoun) n->pCountry = pState;
    return;
  }
}

/* Contract: 1 if the match r opens with a word that is only ever a past
** verb form ("ousted", "deposed", "toppled") right after another actor
** match ends. Why: "The army ousted President Morsi" is a subject, its verb
** and the object; read as the agent phrase "ousted president" the verb was
** swallowed and no event was coded ("Sudan's ousted president" keeps the
** phrase: the possessive stands between). */
int verb_opens_phrase(const Coder *c, const RawMatch *r, const RawMatch *aR, size_t nR) {
  if (!nR || aR[nR - 1].e != r->i || r->e < r->i + 2) return 0;
  const Token *t = &c->aTok[r->i];
  return t->bWord && !t->bCap && past_only(c, r->i);
}

/* Contract: "a barrage of 40 Russian drones targeted Odesa", "a second wave
** of Ukrainian drones hit the refinery": a state's weapons or craft counted by
** a salvo noun ("wave", "barrage", "salvo", "swarm", "volley") and "of" (a
** count between allowed) are the clause's subject, not a preposition's
** object; clears bPrep of such a mention. Why: the salvo noun names no actor,
** so the weapons' state was never taken as the subject (issue 4 frontline). */
void salvo_subject(Coder *c) {
  static const char *const azSalvo[] = {"wave", "waves", "barrage", "barrages", "salvo", "salvos", "salvoes",
                                        "swarm", "swarms", "volley", "volleys", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->bPrep || m->bPronoun || m->bLoc || m->i < 2 || !(m->pCountry || m->pMain)) continue;
    size_t t = m->i - 1;
    if (tok_number(c, t) && t > 1) t--;
    if (tok_is(c, t, "of") && tok_in(c, t - 1, azSalvo)) m->bPrep = 0;
  }
}

/* Contract: "was hit by at least eight Russian missiles", "were attacked by
** dozens of Israeli drones": a state's weapons after "by" and a count (digits, a
** number word, "dozens", with "at least", "more than", "up to", "about",
** "nearly", "some", "around", "of" between) is the passive's agent, as one
** right after "by" is; sets bBy and bPrep. Why: only the token right before
** a mention set bBy, so a counted agent was taken for the passive's subject's
** rival or lost (issue 4 frontline). */
void counted_by_agent(Coder *c) {
  static const char *const azQuant[] = {"at", "least", "more", "than", "up", "to", "about", "nearly", "some",
                                        "around", "almost", "over", "of", "a", NULL};
  static const char *const azNum[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "dozen", "dozens", "hundreds", "several", "scores", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->bBy || m->bPronoun || m->bLoc || m->i < 2) continue;
    size_t t = m->i - 1;
    int bCount = 0;
    while (t > 0 && t + 6 > m->i && (tok_number(c, t) || tok_in(c, t, azNum) || tok_in(c, t, azQuant))) {
      bCount |= tok_number(c, t) || tok_in(c, t, azNum);
      t--;
    }
    if (!bCount || t + 1 >= m->i || !tok_is(c, t, "by")) continue;
    /* ... of weapons only: "by at least eight Russian missiles" */
    static const char *const azArms[] = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "strikes",
                                         "airstrikes", "artillery", NULL};
    int bArms = 0;
    for (size_t u = m->i; u < c->nTok && u < m->e + 3 && !bArms; u++)
      bArms = tok_in(c, u, azArms) || weapon_word_more(c, u);
    if (bArms) m->bBy = m->bPrep = 1;
  }
}

/* Contract: "The deal was brokered by former U.N. Secretary-General Kofi
** Annan", "Former NATO Secretary-General Anders Fogh Rasmussen criticised
** Russia": an organisation's title after "former" (or "ex-") and right before
** a person's name is an office the person no longer holds, so the title is no
** actor (bAside) and the person takes its bBy and bPrep; a title without
** "former" before a person the dictionary has in no office that day is the
** actor, and the name stands aside. Why: the title was the passive's agent
** and coded the person as the body (IGOUNO) he had left (issue 4 actors). */
/* 1 when body codes zA and zB name one body or one within the other
** ("IGOEUREECCOM", the Commission, within "IGOEUREEC", the Union). */
static int same_body(const char *zA, const char *zB) {
  size_t nA = strlen(zA), nB = strlen(zB);
  return nA >= 6 && nB >= 6 && !strncmp(zA, zB, nA < nB ? nA : nB);
}

void former_body_title(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k], *n = &c->aM[k + 1];
    if (m->bPronoun || !m->pMain || m->pMain->kind != AK_ORG || n->i != m->e || n->bPronoun || !n->pMain ||
        n->pMain->kind != AK_PERSON)
      continue;
    size_t t = m->i > 0 ? m->i - 1 : 0;
    if (tok_is(c, t, "-") && t > 0) t--;
    if (m->i == 0 || (!tok_is(c, t, "former") && !tok_is(c, t, "ex"))) {
      /* ... while a title the text gives as current is the office that day,
      ** also where the dictionary's dates for the person miss it ("Pacific
      ** Islands Forum Secretary General Henry Puna urged" a week before the
      ** month his range starts): the title acts, the name stands aside */
      int bDay = c->bAnchor || c->bDocDate;
      Ymd day = c->bAnchor ? c->anchor : c->docDate;
      int iRole = bDay ? dict_person_role(n->pMain, ymd_to_days(day), 1) : -1;
      if (bDay && iRole < 0) {
        m->bBy |= n->bBy;
        n->bAside = 1;
      }
      /* ... and a name whose office that day is the title's body is one
      ** actor with it: "European Commission President Ursula von der Leyen"
      ** is one mention over the whole phrase, of the body her office that
      ** day is (IGOEUREEC), so a list ("Trump and ...") reaches her (issue
      ** 4, session 43) */
      const ActorEntry *pOffice = iRole >= 0 && same_body(m->pMain->zCode, n->pMain->aRole[iRole].zCode)
                                      ? org_entry(c, n->pMain->aRole[iRole].zCode) : NULL;
      if (pOffice) {
        n->pMain = pOffice;   /* the body the person speaks for that day */
        n->i = m->i;
        n->bBy |= m->bBy;
        n->bPrep |= m->bPrep;
        n->bMod |= m->bMod;
        n->bLoc |= m->bLoc;
        memmove(m, m + 1, (c->nM - k - 1) * sizeof(Mention));
        c->nM--;
      }
      continue;
    }
    n->bBy |= m->bBy;
    n->bPrep |= m->bPrep;
    n->bFormer = 1;
    m->bAside = 1;
  }
  /* ... and so is the body's office in an apposition after the name: "Kofi
  ** Annan, the former U.N. chief who brokered the talks, urged ..." */
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *n = &c->aM[k];
    const Mention *m = &c->aM[k + 1];
    size_t t = n->e;
    if (n->bPronoun || !n->pMain || n->pMain->kind != AK_PERSON || !m->pMain || m->pMain->kind != AK_ORG ||
        t + 3 > c->nTok || !tok_is(c, t, ",") || !tok_is(c, t + 1, "the"))
      continue;
    if (tok_is(c, t + 2, "ex") && t + 3 < c->nTok && tok_is(c, t + 3, "-")) t++;
    if ((tok_is(c, t + 2, "former") || tok_is(c, t + 2, "ex")) && m->i == t + 3) n->bFormer = 1;
  }
}

/* Contract: "The European Union and the four founding members of Mercosur
** signed a trade pact", "the 27 member states of the EU agreed": a counted or
** definite phrase naming a body's members -- "the" or "all", an optional
** count, up to two describing words, then "members", "member states" (or
** countries, nations, governments), then "of" and the body -- is that body:
** the body's mention, an organisation's, takes the phrase's words and loses
** the bPrep its "of" gave it. Why: the body sat after "of", so it joined no
** compound subject and the phrase before it was no actor (issue 4 actors). */
void body_members_phrase(Coder *c) {
  static const char *const azMemberOf[] = {"states", "countries", "nations", "governments", NULL};
  static const char *const azDesc[] = {"founding", "original", "fellow", "other", "remaining", "permanent",
                                       "full", "core", "current", "new", "eastern", "western", "southern",
                                       "northern", "european", "african", "asian", "arab", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->bPronoun || m->pAgent || !m->pMain || m->pMain->kind != AK_ORG || m->i < 3) continue;
    size_t t = m->i - 1;
    if (tok_is(c, t, "the") && t > 0) t--;
    if (!tok_is(c, t, "of") || t < 2) continue;
    t--;
    if (tok_in(c, t, azMemberOf) && t > 0 && tok_is(c, t - 1, "member")) t--;
    else if (!tok_is(c, t, "members")) continue;
    size_t s = t;
    for (int n = 0; n < 2 && s > 0 && tok_in(c, s - 1, azDesc); n++) s--;
    if (s > 0 && amount_word(c, s - 1)) s--;
    if (s == 0 || !(tok_is(c, s - 1, "the") || tok_is(c, s - 1, "all"))) continue;
    s--;
    if (in_mention(c, s)) continue;
    m->i = s;
    m->bPrep = s > 0 && tok_in(c, s - 1, azPrep);
    m->bBy = s > 0 && tok_is(c, s - 1, "by");
  }
}

/* Contract: "a delegation led by former Nigerian head of state Abdulsalami
** Abubakar": a mention after "by" and a title word that is not its own
** ("former", "then", "ex-", "the", "a") is the agent after "by", as one right
** after "by" is; sets bBy and bPrep. Why: only the token right before a
** mention set bBy, so a former leader heading a group was taken for the
** group's verb's subject (issue 4 regional). */
void titled_by_agent(Coder *c) {
  static const char *const azTitle[] = {"former", "then", "ex", "-", "the", "a", "an", "late", "outgoing", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->bBy || m->bPronoun || m->bLoc || m->i < 2) continue;
    size_t t = m->i - 1;
    while (t > 0 && t + 4 > m->i && tok_in(c, t, azTitle)) t--;
    if (t + 1 < m->i && tok_is(c, t, "by")) m->bBy = m->bPrep = 1;
  }
}
