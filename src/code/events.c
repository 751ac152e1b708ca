/*
** From hits to events (emit_event): actor codes of people on the story's day,
** the state of a bare role ("the army", "the foreign minister") from the
** story, the event's own date from the narrative ("the next day", "two weeks
** after"), the dictionary lines that fired, and the checks that make an act
** domestic or foreign.
*/
#include "coder.h"

static const char *definite_role_country(const Coder *c, int iM);
static int role_head_synonyms(const Coder *c, uint32_t idA, uint32_t idB, const char *zRole);
static const char *named_role_country(const Coder *c, int iM);
static int narrative_date(const Coder *c, const DateFound *pDate, DateFound *pOut);
static const char *dated_country(const Coder *c, const ActorEntry *a);

/* Actor code of a person on day (the rule lives in src/dict/people.c). */
const char *person_code(const ActorEntry *a, long day, int bHaveDay, char *zBuf, size_t nBuf) {
  int r = dict_person_role(a, day, bHaveDay);
  if (r >= 0) return a->aRole[r].zCode;
  dict_person_fallback(a, day, zBuf, nBuf);
  return zBuf[0] ? zBuf : NULL;
}

int is_state_code(const char *z) { return dict_state_code(z); }   /* the rule lives in src/dict/people.c */

/* Contract: the code of leader p's role on the day (day, bHaveDay) when it
** is a state's, else the code of p's first role -- the state a leader's
** officer or follower ("Machar's rebels", "supporters of Bolsonaro") takes,
** in its first three letters. zBuf (nBuf bytes) may hold the result. */
static const char *leader_state_code(const ActorEntry *p, long day, int bHaveDay, char *zBuf, size_t nBuf) {
  const char *z = person_code(p, day, bHaveDay, zBuf, nBuf);
  return is_state_code(z) ? z : p->aRole[0].zCode;
}

/* Contract: the document's focus state (c->zFocus) in place of zState when
** the document names the focus at least four times and twice as often as
** zState, and no dateline names a third state; else zState. Why: a role named without its
** state falls back on the state last named or last acting, and one aside
** about another state ("U.S. officials said Washington had played no
** part") handed it the next sentence's "Intelligence agents detained
** opposition lawmaker Juan Requesens ... the Constituent Assembly stripped
** him of his immunity" in a story about Venezuela (issue 4 dev33). */
static const char *dominant_focus(const Coder *c, const char *zState) {
  const char *zWhere = c->pDateline ? c->pDateline->zCountry : NULL;
  if (!zState || !c->zFocus || !strncmp(zState, c->zFocus, 3) || (zWhere && strncmp(zWhere, c->zFocus, 3)))
    return zState;
  int nF = 0, nS = 0;
  for (size_t x = 0; x < c->nDocState; x++) {
    if (!strncmp(c->aDocState[x].zC, c->zFocus, 3)) nF = c->aDocState[x].n;
    if (!strncmp(c->aDocState[x].zC, zState, 3)) nS = c->aDocState[x].n;
  }
  return nF >= 4 && nF >= 2 * nS ? c->zFocus : zState;
}

/* Fills a public actor from a mention. zInherit: country for role-only actors. */
static int make_actor(Coder *c, const Mention *m, long day, int bDay, const char *zInherit,
                      tocsin_actor *pOut) {
  Arena *A = c->d->pArena;
  char zBuf[32], zCode[32];
  memset(pOut, 0, sizeof *pOut);
  const char *zCountry = NULL, *zRole = NULL, *zOrg = NULL;
  zCode[0] = 0;
  const ActorEntry *a = m->pMain;
  if (a && a->kind == AK_PERSON) {
    const char *z = person_code(a, day, bDay, zBuf, sizeof zBuf);
    /* a person the text names by a body's office he left acts for no body
    ** that day: his state's former office holder, when the dictionary knows
    ** his state ("former U.N. Secretary-General Kofi Annan" brokering a
    ** deal is GHAELI, though a mission of the AU's spans the day) */
    if (m->bFormer && z && !is_state_code(z)) {
      char zFall[32];
      const char *zState = NULL;
      for (size_t r = 0; r < a->nRole && !zState; r++)
        if (a->aRole[r].bDefault && is_state_code(a->aRole[r].zCode)) zState = a->aRole[r].zCode;
      if (!zState) {
        dict_person_fallback(a, day, zFall, sizeof zFall);
        if (is_state_code(zFall)) zState = zFall;
      }
      if (zState) {
        snprintf(zBuf, sizeof zBuf, "%.3sELI", zState);
        z = zBuf;
      }
    }
    if (!z) return 0;
    snprintf(zCode, sizeof zCode, "%s", z);
    if (is_state_code(zCode) && strlen(zCode) >= 3) {
      zCountry = arena_strndup(A, zCode, 3);
      if (strlen(zCode) > 3) zRole = arena_strdup(A, zCode + 3);
    }
  } else if (a && a->kind == AK_ORG) {
    const char *zOn = dict_entry_dated(a, day, bDay);   /* "People Power Party" in 2008: Thailand's */
    snprintf(zCode, sizeof zCode, "%s", zOn ? zOn : a->zCode);
    zOrg = a->zOrg;
  } else if (a && a->kind == AK_METONYM) {
    const char *zOn = dict_entry_dated(a, day, bDay);   /* "the Kremlin" in 1985: SUNGOV */
    snprintf(zCode, sizeof zCode, "%s", zOn ? zOn : a->zCode);
    zCountry = zOn && a->zCountry ? arena_strndup(A, zOn, 3) : a->zCountry;
    zRole = a->zRole;
  } else if (a && a->kind == AK_CAPITAL && !m->pAgent && !m->bLoc) {
    const char *zOn = dict_entry_dated(a, day, bDay);   /* "Moscow" in 1985: the Soviet Union */
    zCountry = zOn ? zOn : a->zCountry;
    snprintf(zCode, sizeof zCode, "%sGOV", zCountry);   /* "Minsk said": the government; "in Minsk" the place */
    zRole = "GOV";
  } else {
    const ActorEntry *pC = m->pCountry ? m->pCountry : a;
    /* CAMEO order: state, identity group, role ("IRQMOSSUN", "KURUAF", "IRQKURMIL") */
    const char *zGroup = m->pGroup ? m->pGroup->zCode : NULL;
    if (pC && pC->kind == AK_GROUP) pC = NULL;
    if (pC) zCountry = pC->zCountry;
    /* a state's name or demonym read on the event's day ("Yugoslavia" in 1995
    ** is the Federal Republic, SRB) */
    if (pC && dict_entry_dated(pC, day, bDay)) zCountry = dict_entry_dated(pC, day, bDay);
    /* ... a leader's follower or officer: the leader's state on that day
    ** ("Machar's rebels" in 2014: South Sudan's, not the Sudan he served in 2005) */
    if (!zCountry && m->pPersonCountry) {
      char zDayBuf[32];
      zCountry = arena_strndup(A, leader_state_code(m->pPersonCountry, day, bDay, zDayBuf, sizeof zDayBuf), 3);
    }
    /* a people or faith has no executive: its leaders and officials are the group
    ** ("Druze leaders" MOSDRZ, as CAMEO codes a Christian leader LBNCHR) */
    if (m->pAgent) zRole = m->pAgent->zRole;
    if (zGroup && !zCountry && zRole && !strcmp(zRole, "GOV")) zRole = NULL;
    /* a role, or a group, named without a state takes the state of its context
    ** ("Tamil rebels ... Sri Lankan forces" LKATAMREB) */
    if (!zCountry && (m->pAgent || zGroup)) zCountry = zInherit;
    snprintf(zCode, sizeof zCode, "%s%s%s", zCountry ? zCountry : "", zGroup ? zGroup : "", zRole ? zRole : "");
  }
  if (!zCode[0]) return 0;
  pOut->zCode = arena_strdup(A, zCode);
  pOut->zCountry = zCountry;
  pOut->zOrg = zOrg;
  pOut->zRole = zRole;
  if (m->bOwn) {   /* no words of its own: the country's name */
    pOut->zText = a ? a->zName : NULL;
    return pOut->zCode != NULL;
  }
  size_t s = c->aTok[m->i].start, e = c->aTok[m->e - 1].end;
  pOut->zText = arena_strndup(A, c->z + s, e - s);
  return pOut->zCode != NULL;
}

int members(const Coder *c, int iM, int *a, int nMax) {
  int n = 0;
  if (iM < 0) return 0;
  for (size_t k = 0; k < c->nM && n < nMax; k++) {
    if (c->aM[k].iGroup == c->aM[iM].iGroup) a[n++] = (int)k;
  }
  return n;
}

void mention_country(const Coder *c, int iM, const char **pz) {
  if (iM < 0) return;
  const Mention *m = &c->aM[iM];
  const char *zPerson = NULL;
  /* a world region ("European leaders") is no country for others to borrow */
  if ((m->pCountry && m->pCountry->bRegion) || (!m->pCountry && m->pMain && m->pMain->bRegion)) return;
  /* (on the story's day: "Bratislava" in 1989 is Czechoslovakia's) */
  if (m->pCountry) *pz = dated_country(c, m->pCountry);
  else if (m->pMain && m->pMain->zCountry) *pz = dated_country(c, m->pMain);
  else if ((zPerson = person_state(c, m->pMain)) != NULL)
    *pz = arena_strndup(c->d->pArena, zPerson, 3);
  /* a group of one country ("the Taliban", AFGINSTAL; "Hamas", PSEREBHMS) */
  else if (m->pMain && m->pMain->kind == AK_ORG && is_state_code(m->pMain->zCode) &&
           strlen(m->pMain->zCode) > 3 && country_entry(c, m->pMain->zCode)) {
    /* ... on the document's day ("People Power Party" in 2008: Thailand's) */
    const char *zOn = dict_entry_dated(m->pMain, c->bDocDate ? ymd_to_days(c->docDate) : 0, c->bDocDate);
    *pz = arena_strndup(c->d->pArena, zOn ? zOn : m->pMain->zCode, 3);
  }
  /* a leader's officer or follower: "Erdogan's chief adviser", "supporters of
  ** Bolsonaro" -- the leader's state on the document's day */
  else if (!m->pMain && m->pPersonCountry && m->pPersonCountry->nRole) {
    char zBuf[32];
    const char *zP = leader_state_code(m->pPersonCountry, c->bDocDate ? ymd_to_days(c->docDate) : 0, c->bDocDate,
                                       zBuf, sizeof zBuf);
    if (is_state_code(zP)) *pz = arena_strndup(c->d->pArena, zP, 3);
  }
}

/* "the northern Mozambican town of Palma", "Nigeria's port of Bonny": the
** state the text puts a place in, which outranks the dictionary's reading of
** a place name other countries share (Palma de Mallorca); NULL when the
** sentence names none. */
static const char *place_owner(const Coder *c, const Mention *m) {
  static const char *const azPlaceNoun[] = {"island", "city", "town", "port", "village", "resort",
                                            "region", "province", "district", "enclave", NULL};
  if (m->i < 3 || !tok_is(c, m->i - 1, "of") || !tok_in(c, m->i - 2, azPlaceNoun)) return NULL;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *o = &c->aM[k];
    if (o == m || o->pAgent) continue;
    /* the owner stands right before the place noun ("Mozambican town"), or
    ** before "'s" and the noun ("Nigeria's port") */
    int bNext = o->e == m->i - 2 || (o->e + 1 == m->i - 2 && tok_is(c, o->e, "'s"));
    if (!bNext) continue;
    const ActorEntry *pC = o->pCountry ? o->pCountry : o->pMain;
    if (pC && pC->zCountry && !pC->bRegion && (pC->kind == AK_DEMONYM || pC->kind == AK_COUNTRY))
      return pC->zCountry;
  }
  return NULL;
}

/* The country a role-only mention belongs to, in order of evidence: a fellow
** member of its compound ("Lukashenko and the opposition"); the nearest state or
** place named in the sentence other than the event's other side ("insurgents
** shelled Syria's second city"); for coercion, force and release the other
** side's country, since such acts on unnamed roles are mostly domestic
** ("Belarusian authorities detained journalists"), while a foreign minister who
** meets "the opposition" meets the one the report is about;
** the wire item's dateline; else zDefault (earlier sentences, document focus). */
/* No "that", "which", "who" or clause break between tokens a and b. */
int same_clause(const Coder *c, size_t a, size_t b) {
  size_t lo = a < b ? a : b, hi = a < b ? b : a;
  for (size_t t = lo + 1; t < hi; t++) {
    if (tok_is(c, t, "that") || tok_is(c, t, "which") || tok_is(c, t, "who") || clause_break(c, t)) return 0;
    /* "Syria asked the UN for help, and Turkish prosecutors opened ..." */
    if (tok_is(c, t, ",") && t + 1 < hi && (tok_is(c, t + 1, "and") || tok_is(c, t + 1, "but"))) return 0;
  }
  return 1;
}

/* Contract: 1 when mention iM is a bare challenger role (rebels, insurgents,
** militias, separatists, the opposition) and mention k a state named by
** itself ("Russia", "Kyiv"). Why: "demanded that Russia and the rebels let
** investigators in" -- a state listed beside the armed or political side
** that challenges a government is a separate party, not that side's owner,
** while a ruler ("Lukashenko and the opposition") or a demonym ("U.S.
** warplanes and warships") still lends its state. */
static int challenger_beside_state(const Coder *c, int iM, size_t k) {
  static const char *const az[] = {"REB", "INS", "UAF", "SEP", "OPP", NULL};
  const Mention *m = &c->aM[iM], *o = &c->aM[k];
  if (!m->pAgent || !m->pAgent->zRole || m->pMain || m->pCountry || m->pPersonCountry) return 0;
  return str_listed(m->pAgent->zRole, az) && !o->pAgent && !o->pCountry && o->pMain && (o->pMain->kind == AK_COUNTRY || o->pMain->kind == AK_CAPITAL);
}

/* The country another member of mention iM's compound names, else NULL:
** "U.S. warplanes and warships" are both American. With bOwner, a state
** listed beside a challenger role does not count (challenger_beside_state). */
const char *member_country(const Coder *c, int iM, int bOwner) {
  for (size_t k = 0; k < c->nM; k++) {
    if ((int)k == iM || c->aM[k].iGroup != c->aM[iM].iGroup) continue;
    /* ... an adjective lends its state forward only: "arrested the
    ** opposition leader and two Polish activists" */
    if ((int)k > iM && c->aM[k].i > c->aM[iM].i && c->aM[k].pCountry && !c->aM[k].pMain) continue;
    if (bOwner && challenger_beside_state(c, iM, k)) continue;
    const char *zC = NULL;
    mention_country(c, (int)k, &zC);
    if (zC) return zC;
  }
  return NULL;
}
static const char *junta_country(const Coder *c, int iM) {
  static const char *const azRuler[] = {"junta", "juntas", "generals", "putschists", NULL};
  if (iM < 0 || !c->zFocus) return NULL;
  const Mention *m = &c->aM[iM];
  if (!bare_role(m) || m->bPronoun || m->e <= m->i) return NULL;
  int bRuler = tok_in(c, m->e - 1, azRuler);
  bRuler |= tok_is(c, m->e - 1, "government") && m->e >= m->i + 2 && tok_is(c, m->e - 2, "military");
  bRuler |= tok_is(c, m->e - 1, "leaders") && m->e >= m->i + 2 && tok_is(c, m->e - 2, "coup");
  if (!bRuler) return NULL;
  for (size_t k = c->d->nEvent; k-- > 0;) {
    const tocsin_event *pE = &c->d->aEvent[k];
    for (int side = 0; side < 2; side++) {
      const tocsin_actor *a = side ? &pE->target : &pE->source;
      if (!a->zCountry || !a->zText) continue;
      const char *zLast = strrchr(a->zText, ' ');
      zLast = zLast ? zLast + 1 : a->zText;
      for (const char *const *z = azRuler; *z; z++)
        if (!strcmp(zLast, *z)) return a->zCountry;
    }
  }
  return c->zFocus;
}
static const char *possessor_role_country(const Coder *c, int iM) {
  if (iM < 0) return NULL;
  const Mention *m = &c->aM[iM];
  if (!bare_role(m) || m->bPronoun || m->i < 2 || !tok_is(c, m->i - 1, "'s")) return NULL;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *o = &c->aM[k];
    if ((int)k == iM || o->e != m->i - 1 || o->bPronoun) continue;
    /* ... and a possessor that names its state: "The commander of Bolivia's
    ** armed forces" (the possessor's phrase took "Bolivia"; issue 4,
    ** session 63) */
    if (!bare_role(o)) {
      const char *zO = NULL;
      mention_country(c, (int)k, &zO);
      return zO && is_state_code(zO) ? zO : NULL;
    }
    const char *zC = junta_country(c, (int)k);
    if (!zC) zC = definite_role_country(c, (int)k);
    if (!zC) zC = named_role_country(c, (int)k);
    return zC;
  }
  return NULL;
}

/* Why: "Somali President Sharif Sheikh Ahmed said ..., although his defence
** minister had signed a joint communique with Kenya": the office "his" or
** "her" gives is the person's state's, not that of the country named last
** (a foreign aid worker's of the sentence before). Contract: for a bare role
** iM right after "his" or "her", the state of the nearest person before it
** in the sentence (no place, aside or pronoun) that has one, else, for "His"
** or "Her" opening the sentence, that of the last sentence's person
** (pLastPerson); else NULL. */
static const char *his_role_country(const Coder *c, int iM) {
  if (iM < 0) return NULL;
  const Mention *m = &c->aM[iM];
  if (!bare_role(m) || m->bPronoun || m->i < 1 || !(tok_is(c, m->i - 1, "his") || tok_is(c, m->i - 1, "her")))
    return NULL;
  for (int k = iM; k-- > 0;) {
    const Mention *o = &c->aM[k];
    if (o->bLoc || o->bAside || o->bPronoun || !o->pMain || o->pMain->kind != AK_PERSON) continue;
    const char *zC = NULL;
    mention_country(c, k, &zC);
    return zC;
  }
  /* ... and opening the sentence, the person the last sentence was about
  ** ("Bolivia's interim president, Jeanine Anez, declared ... persona non
  ** grata. Her government accused ...": not the ambassador named after her;
  ** issue 4, session 47) */
  const char *zP = m->i == 1 ? person_state(c, c->pLastPerson) : NULL;
  const ActorEntry *pC = zP ? country_entry(c, zP) : NULL;   /* the state, not the role code ("BOLGOV") */
  return pC ? pC->zCode : NULL;
  return NULL;
}

/* Contract: for a bare role iM followed by "for", an optional determiner
** and a mention of a place or state glued to "-based", that place's state;
** else NULL. Why: "reporters for the San Francisco-based Current TV" work
** for a body of that state, whoever seized them (issue 4, session 41). */
static const char *employer_base_country(const Coder *c, int iM) {
  if (iM < 0) return NULL;
  const Mention *pR = &c->aM[iM];
  if (!bare_role(pR) || pR->bPronoun || pR->e + 3 >= c->nTok || !tok_is(c, pR->e, "for")) return NULL;
  size_t iBase = pR->e + 1 + (tok_in(c, pR->e + 1, azDet) ? 1u : 0u);   /* (the mention may hold the article) */
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    const ActorEntry *a = m->pCountry ? m->pCountry : m->pMain;
    if ((m->i == iBase || m->i == pR->e + 1) && a && a->zCountry && !a->bRegion && m->e + 1 < c->nTok &&
        tok_is(c, m->e, "-") && tok_is(c, m->e + 1, "based"))
      return a->zCountry;
  }
  return NULL;
}

/* Contract: for mention iM "the opposition" (or "the opposition's"), a bare
** role of the opposition, the state the document is most about (zFocus);
** else NULL. Why: "Kuchma flew to Moscow, where Putin ... dismissed the
** opposition's call for a rerun" is Ukraine's opposition, not that of the
** place the act happened (issue 4, session 47). */
static const char *story_opposition_country(const Coder *c, int iM) {
  if (iM < 0 || !c->zFocus || !is_state_code(c->zFocus)) return NULL;
  const Mention *m = &c->aM[iM];
  /* (the phrase alone: "the opposition leader" a court sentences is of the court's state) */
  if (!bare_role(m) || m->bPronoun || !m->pAgent->zRole || strcmp(m->pAgent->zRole, "OPP") || m->e != m->i + 2) return NULL;
  return tok_is(c, m->i, "the") && tok_is(c, m->i + 1, "opposition") ? c->zFocus : NULL;
}

static const char *definite_role_country(const Coder *c, int iM) {
  if (iM < 0) return NULL;
  const Mention *m = &c->aM[iM];
  if (!bare_role(m) || m->bPronoun || !m->pAgent->zRole || m->e <= m->i) return NULL;
  if (!tok_is(c, m->i, "the") && !(m->i > 0 && tok_is(c, m->i - 1, "the"))) return NULL;
  const tocsin_doc *d = c->d;
  /* "President Emmanuel Macron held talks with Xi ... The head of state
  ** called on China": a singular definite role that opens its sentence is
  ** the one the sentence before made the subject of an act in that role
  ** (issue 4, session 63) */
  static const char *const azPersonTitle[] = {"state", "president", "minister", "premier", "chancellor", "leader",
                                              "spokesman", "spokeswoman", "spokesperson", "secretary", NULL};
  if (!plural_word(c, m->e - 1) && m->i == 0 && m->pAgent->zRole && !strcmp(m->pAgent->zRole, "GOV") &&
      tok_in(c, m->e - 1, azPersonTitle) && !(m->e < c->nTok && tok_is(c, m->e, "of"))) {
    for (size_t k = d->nEvent; k-- > 0;) {
      const tocsin_event *pE = &d->aEvent[k];
      if (pE->iSentence + 1 < c->iSentNow || before_item(c, pE->iSentence)) break;
      if (pE->iSentence >= c->iSentNow) continue;
      const tocsin_actor *a = &pE->source;
      if (a->zCountry && a->zRole && !strcmp(a->zRole, "GOV") && a->zText && strncmp(a->zText, "the ", 4) &&
          strncmp(a->zText, "The ", 4))
        return a->zCountry;
    }
    return NULL;
  }
  /* people sent or met ("the soldiers", "the officers"), not a state's organ
  ** ("the government", "the armed forces"), which the story's side owns */
  if (!plural_word(c, m->e - 1) || tok_is(c, m->e - 1, "forces")) return NULL;
  for (size_t k = d->nEvent; k-- > 0;) {
    const tocsin_event *pE = &d->aEvent[k];
    if (pE->iSentence + 2 < c->iSentNow) break;
    if (pE->iSentence >= c->iSentNow) continue;
    const tocsin_actor *a = &pE->source;   /* who acted: "praised the troops" after "shelled by Russian troops" is open */
    if (!a->zCountry || !a->zRole || !a->zText || strcmp(a->zRole, m->pAgent->zRole)) continue;
    const char *zLast = strrchr(a->zText, ' ');
    if (!zLast || !strncmp(a->zText, "the ", 4) || !strncmp(a->zText, "The ", 4)) continue;
    if (tok_is(c, m->e - 1, zLast + 1) ||
        role_head_synonyms(c, c->aTok[m->e - 1].id, dict_tok(c->p, zLast + 1), m->pAgent->zRole))
      return a->zCountry;
  }
  return NULL;
}

/* Contract: for a capitalised head-of-state or government title followed
** by a name the dictionaries do not know ("President Baldwin Lonsdale",
** "Prime Minister Joe Natuman"), in a wire item whose dateline state the
** item has named, that state; else NULL. Why: the leaders of other states
** are mostly in the people dictionary, so an unknown leader in a story
** filed from Port Vila is Vanuatu's; the title took the side of the last
** foreign act (Australia's aid flights; issue 4 dev34). */
static const char *titled_local_country(const Coder *c, int iM) {
  static const char *const azTitle[] = {"President", "Prime", "Premier", "King", "Queen", "Emir", "Sultan",
                                        "Chancellor", NULL};
  if (iM < 0 || !c->pDateline || !c->pDateline->zCountry || !c->bDatelineNamed) return NULL;
  const Mention *m = &c->aM[iM];
  if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun) return NULL;
  if (!c->aTok[m->i].bCap || !tok_in(c, m->i, azTitle) || m->e + 1 >= c->nTok) return NULL;
  /* the unknown name: two capitalised words right after the title, in no mention */
  if (!c->aTok[m->e].bCap || !c->aTok[m->e + 1].bCap || !c->aTok[m->e].bWord || !c->aTok[m->e + 1].bWord ||
      in_mention(c, m->e) || in_mention(c, m->e + 1))
    return NULL;
  /* ... not one the sentence first places abroad: "In Washington, President George Bush said" */
  for (int k = 0; k < iM; k++) {
    const char *zC = NULL;
    mention_country(c, k, &zC);
    if (c->aM[k].bLoc && zC && strncmp(zC, c->pDateline->zCountry, 3)) return NULL;
  }
  return c->pDateline->zCountry;
}

/* 1 when interned token id is one of the words of az. */
static int tok_id_in(const Coder *c, uint32_t id, const char *const *az) {
  for (size_t k = 0; az[k]; k++)
    if (id == dict_tok(c->p, az[k])) return 1;
  return 0;
}

/* 1 when head nouns idA and idB name the same kind of actor: a state's envoy
** ("ambassador", "envoy"), or, for lawmakers (zRole LEG), "deputies",
** "lawmakers", "members of parliament". */
static int role_head_synonyms(const Coder *c, uint32_t idA, uint32_t idB, const char *zRole) {
  static const char *const azEnvoy[] = {"ambassador", "envoy", "emissary", "diplomat", "representative", NULL};
  static const char *const azLaw[] = {"deputies", "lawmakers", "legislators", "parliamentarians", "parliament",
                                      "mps", "senators", NULL};
  /* ... or, for soldiers (MIL), "soldiers", "troops", "peacekeepers":
  ** "Pakistani peacekeepers fired into a throng ... gunmen had shot at the
  ** soldiers first" (issue 4 dev48) */
  static const char *const azSoldier[] = {"soldiers", "troops", "peacekeepers", "servicemen", "marines",
                                          "paratroopers", "commandos", NULL};
  if (zRole && !strcmp(zRole, "MIL") && tok_id_in(c, idA, azSoldier) && tok_id_in(c, idB, azSoldier)) return 1;
  if (tok_id_in(c, idA, azEnvoy) && tok_id_in(c, idB, azEnvoy)) return 1;
  return zRole && !strcmp(zRole, "LEG") && tok_id_in(c, idA, azLaw) && tok_id_in(c, idB, azLaw);
}

/* Contract: for a definite bare role ("the army", "the captain's boat"), the
** state of the latest role with the same code and head noun that one of the
** five sentences before (of this wire item) named with a state
** (remember_role_heads), else NULL. Why: "Egypt's army removed Morsi ...
** Saudi Arabia welcomed the army's move" -- the role is the one named before,
** not the story's side or the sentence's other state (issue 4 refs23). */
static const char *named_role_country(const Coder *c, int iM) {
  if (iM < 0) return NULL;
  const Mention *m = &c->aM[iM];
  /* not an adjective: "condemned the military escalation" */
  if (!bare_role(m) || m->bPronoun || m->bMod || !m->pAgent->zRole || m->e <= m->i) return NULL;
  /* ... or counted again: "freed 46 Ivorian soldiers ... detained 49 soldiers
  ** at Bamako airport" (issue 4 lead37) */
  int bCounted = m->i > 0 && (tok_number(c, m->i - 1) || amount_word(c, m->i - 1));
  if (!tok_is(c, m->i, "the") && !(m->i > 0 && tok_is(c, m->i - 1, "the")) && !bCounted) return NULL;
  /* ... of any role when the head alone is left: "freed four Russian army
  ** officers ... police detained the officers" (bare "officers" is COP, the
  ** army's MIL; issue 4, session 41) */
  size_t iHead0 = m->i + (tok_is(c, m->i, "the") ? 1u : 0u);
  int bHeadOnly = iHead0 + 1 == m->e && plural_word(c, m->e - 1);
  for (size_t k = c->nHead; k-- > 0;) {
    const struct RoleHead *q = &c->aHead[k];
    if (q->iSent >= c->iSentNow || q->iSent + 5 < c->iSentNow || before_item(c, q->iSent)) continue;
    if ((bHeadOnly || !strcmp(q->zRole, m->pAgent->zRole)) && c->aTok[m->e - 1].id == q->id) return q->zC;
    /* ... and an envoy is the ambassador named before: "declared Serbia's
    ** ambassador persona non grata ... accused the envoy of meddling"
    ** (issue 4 dev39: the envoy was Montenegro's own); "the deputies" are
    ** the "Lebanese members of parliament" (dev33: the Saudi hosts') */
    if (iHead0 + 1 == m->e && !strcmp(q->zRole, m->pAgent->zRole) &&
        role_head_synonyms(c, c->aTok[m->e - 1].id, q->id, q->zRole))
      return q->zC;
  }
  return NULL;
}
static const char *speaker_organ_country(const Coder *c, int iM) {
  static const char *const azSay[] = {"said", "says", "told", "reported", "announced", "stated", "claimed", NULL};
  static const char *const azForce[] = {"COP", "MIL", "SPY", NULL};   /* SPY: "said the KGB had detained" (issue 4 lead38) */
  if (iM < 0) return NULL;
  const Mention *m = &c->aM[iM];
  /* ... and a government's speaker means his own state's police and troops,
  ** "the" or not: "President Kenyatta said security forces had killed all
  ** the attackers", "Interior Minister Darmanin said police had arrested
  ** 200 people" in a story of another place (issue 4 lead32) */
  int bForce = bare_role(m) && str_listed(m->pAgent->zRole, azForce);
  if ((!bare_organ(m) && !bForce) || m->bPronoun || m->i == 0 || (!bForce && !tok_is(c, m->i, "the"))) return NULL;
  size_t t = m->i;
  while (t > 0 && m->i - t < 8) {
    t--;
    if (tok_is(c, t, ".") || tok_is(c, t, ";") || tok_is(c, t, ",") || in_mention(c, t)) return NULL;
    if (tok_in(c, t, azSay)) break;
  }
  if (!tok_in(c, t, azSay)) return NULL;
  int iSp = -1;
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].e <= t && !c->aM[k].bLoc && !c->aM[k].bPronoun && (iSp < 0 || c->aM[k].e > c->aM[iSp].e)) iSp = (int)k;
  /* ... or the subject of the verb "and" joins it to: "Lukashenko admitted
  ** on March 4 that the aircraft had been damaged and said the KGB had
  ** detained the saboteur" (issue 4 lead38) */
  int bJoined = t > 0 && tok_is(c, t - 1, "and");
  if (bJoined) {
    iSp = -1;
    for (size_t k = 0; k < c->nM && iSp < 0; k++)
      if (c->aM[k].e <= t && !c->aM[k].bLoc && !c->aM[k].bPronoun && !c->aM[k].bAside && !c->aM[k].bPrep) iSp = (int)k;
  }
  if (iSp < 0 || (t - c->aM[iSp].e > 5 && !bJoined)) return NULL;
  const char *zRole = mention_role(c, iSp), *zC = NULL;
  int bSame = zRole && m->pAgent->zRole && !strcmp(zRole, m->pAgent->zRole);
  if (!zRole || !m->pAgent->zRole || (!bSame && !(bForce && !strcmp(zRole, "GOV")))) return NULL;
  mention_country(c, iSp, &zC);
  /* ... unless the clause names another state: "the State Department said
  ** the army had killed dozens of protesters in Myanmar" -- but what a
  ** speaker says his force will do is his own force's: "Defence Minister
  ** Israel Katz said the army would keep striking government forces in
  ** Sweida" (issue 4 lead36) */
  int bOwnFuture = m->e < c->nTok && (tok_is(c, m->e, "would") || tok_is(c, m->e, "will"));
  for (size_t k = 0; zC && !bSame && !bOwnFuture && k < c->nM; k++) {
    const char *zK = NULL;
    const Mention *o = &c->aM[k];
    if (o->i <= m->i || !same_clause(c, o->i, m->i) || o->bPronoun || o->pAgent || !o->pMain ||
        (o->pMain->kind != AK_COUNTRY && o->pMain->kind != AK_CAPITAL && o->pMain->kind != AK_PLACE))
      continue;   /* a state or place the text names, not a party's guessed home */
    /* ... not the home of the people acted on: "the KGB had detained the
    ** alleged saboteur, a citizen of Ukraine and Russia" (issue 4 lead38) */
    static const char *const azCitizen[] = {"citizen", "citizens", "national", "nationals", "resident", "residents",
                                            NULL};
    size_t b = o->i;   /* back over the list it ends ("of Ukraine and Russia") */
    while (b > 0 && (tok_is(c, b - 1, "and") || tok_is(c, b - 1, ",") || tok_is(c, b - 1, "of") || in_mention(c, b - 1)))
      b--;
    int bCitizen = 0;
    for (size_t u = b; u + 1 < o->i && !bCitizen; u++) bCitizen = tok_in(c, u, azCitizen) && tok_is(c, u + 1, "of");
    if (bCitizen) continue;
    mention_country(c, (int)k, &zK);
    if (zK && strncmp(zK, zC, 3)) return NULL;
  }
  return zC;
}

/* The state a role with no other evidence belongs to in a wire item: its
** dateline's, unless the item tells of another state and never names the
** dateline's ("DUBAI - Iranian security forces ... Protesters set fire to
** police stations": Dubai is where the wire files Iran from), when it is the
** state the item named last (this sentence's first if none before). */
const char *dateline_state(const Coder *c, const char *zDefault) {
  if (!c->pDateline || !c->pDateline->zCountry) return zDefault;
  const char *zHome = c->pDateline->zCountry, *zOther = c->zItemState;
  int bHome = c->bDatelineNamed;
  for (size_t k = 0; k < c->nM && !bHome; k++) {
    const char *zC = NULL;
    mention_country(c, (int)k, &zC);
    if (!zC) continue;
    if (!strncmp(zC, zHome, 3)) bHome = 1;
    else if (!zOther) zOther = zC;
  }
  return bHome || !zOther ? zHome : zOther;
}

/* Contract: 1 if hit h is force (18-20) by a bare irregular role (insurgents,
** gunmen, rebels) on a thing a state's name only qualifies ("a U.S. base",
** "a Turkish convoy"). Why: the irregulars are not that state's own -- an
** attack on a foreign base is no domestic act -- so they take their state
** from the story, not from the thing they attack. */
static int irregulars_on_state_thing(const Coder *c, const VerbHit *h, int iS, int iT) {
  static const char *const azIrregular[] = {"INS", "UAF", "REB", NULL};
  if (code_root(h) < 18 || iS < 0 || iT < 0) return 0;
  const Mention *pS = &c->aM[iS], *pT = &c->aM[iT];
  if (!pS->pAgent || pS->pMain || pS->pCountry || pS->pPersonCountry || !pS->pAgent->zRole) return 0;
  int bIrregular = 0;
  for (const char *const *z = azIrregular; *z && !bIrregular; z++) bIrregular = !strcmp(pS->pAgent->zRole, *z);
  if (!bIrregular) return 0;
  return pT->bMod && !pT->pAgent && pT->pMain && pT->pMain->kind == AK_COUNTRY;
}

/* Contract: 1 when an "of" with an -ing form right after it lies between
** tokens a and b: the charged act of "accused X of shooting down ...". */
static int charged_act_between(const Coder *c, size_t a, size_t b) {
  for (size_t t = a; t + 1 < b; t++)
    if (tok_is(c, t, "of") && tok_ing(c, t + 1)) return 1;
  return 0;
}

/* Contract: 1 when zRole is a civilian role code (business, civilians,
** media, aid, education, health, labour, refugees, migrants), whose
** nationality names a victim rather than the armed side that acts on it. */
static int civilian_victim_role(const char *zRole) {
  static const char *const az[] = {"BUS", "CVL", "MED", "NGO", "EDU", "HLH", "LAB", "REF", "IMG", NULL};
  for (const char *const *z = az; zRole && *z; z++)
    if (!strcmp(zRole, *z)) return 1;
  return 0;
}
static int organ_over_own_target(const Coder *c, int iM, int iOther, const char *zOrgan) {
  if (!zOrgan || !bare_organ(&c->aM[iM])) return 0;
  const Mention *o = &c->aM[iOther];
  return o->bOwn || (o->pAgent && !o->pMain && !o->pCountry && !o->pPersonCountry);
}

/* Contract: 1 when mention iM is a bare role of the state's own order
** (police, courts, prosecutors, security and secret services, the
** government) and iOther a foreigner the sentence names by a people's
** adjective ("a British tourist", "French aid workers", "the group's British
** leader"): a role that is no organ of a state. Why: "Zimbabwe seized a
** plane ... Police arrested a British tourist at the airport" -- police
** arrest foreigners where they serve, so the nationality of the one they
** hold is not theirs (issue 4, session 45: Harare's police became Britain's
** through Simon Mann). */
static int home_order_holds_foreigner(const Coder *c, int iM, int iOther) {
  static const char *const azOrder[] = {"COP", "JUD", "SPY", "GOV", NULL};
  static const char *const azForeigner[] = {"CVL", "BUS", "MED", "NGO", "EDU", "REL", "HLH", "CRM", "ELI", "OPP",
                                            "IMG", "REF", "LAB", "AGR", NULL};
  const Mention *m = &c->aM[iM], *o = &c->aM[iOther];
  /* (a pronoun for a bare role too: "Police said they had also arrested ...") */
  if (m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || !m->pAgent || !str_listed(m->pAgent->zRole, azOrder))
    return 0;
  if (o->bPronoun || o->pMain || !o->pCountry || o->pCountry->kind != AK_DEMONYM) return 0;
  /* ... and a leader a possessive gives to a group is the group's, no
  ** state's office: "the group's British leader" (issue 4, session 47) */
  int bOwned = o->i > 0 && (tok_is(c, o->i - 1, "'s") || tok_in(c, o->i - 1, azPossDet));
  if (o->pAgent && !str_listed(o->pAgent->zRole, azForeigner) && !bOwned) return 0;
  return 1;
}

/* Contract: 1 when mention iM is a bare irregular role (militants, rebels,
** gunmen, militias) and iOther a state's armed forces ("U.S. troops", "the
** Israeli army"). */
static int irregular_under_troops(const Coder *c, int iM, int iOther) {
  static const char *const az[] = {"INS", "UAF", "REB", NULL};
  const Mention *m = &c->aM[iM], *o = &c->aM[iOther];
  if (!m->pAgent || !m->pAgent->zRole || m->pMain || m->pCountry || m->pPersonCountry || m->bPronoun) return 0;
  if (!o->pAgent || !o->pAgent->zRole || strcmp(o->pAgent->zRole, "MIL")) return 0;
  return str_listed(m->pAgent->zRole, az);
}

/* Contract: the state of mention iOther when iM is a bare challenger role
** listed beside it as a state named by itself (challenger_beside_state) and
** the act is the joint act of the two, one compound; else NULL. Why:
** "Ukraine and pro-Russian rebels signed a ceasefire in Minsk" -- a
** challenger that acts together with a state challenges that state; the
** place that hosts the act is not the rebels' (they took Belarus's code),
** while "Russia and the rebels must let investigators in" (an act of both
** on a third) keeps the two apart (issue 4 actors). */
static const char *joint_challenger_country(const Coder *c, int iM, int iOther) {
  if (iM < 0 || iOther < 0 || c->aM[iOther].iGroup != c->aM[iM].iGroup ||
      !challenger_beside_state(c, iM, (size_t)iOther))
    return NULL;
  const char *zC = NULL;
  mention_country(c, iOther, &zC);
  return zC;
}

/* Why: "Israeli warplanes bombed the runways of Beirut's airport, and the
** navy imposed a blockade on Lebanese ports": a bare force in a clause joined
** by "and" to an act of a state's forces is that state's -- the story goes on
** with the same side -- not the state of a place either act names (it was
** LBNMIL; issue 4 lead33). Contract: iM is a bare army, navy, air force or
** police role ("the navy", "troops"), not a pronoun, as the source of hit h,
** directly after "and" (a comma before it or not); the live hit before h in
** the sentence has a source of a state's forces or government with a
** country, and no report verb stands between the two; returns that
** country, else NULL. */
static const char *coordinated_force_country(const Coder *c, const VerbHit *h, int iM) {
  static const char *const azForce[] = {"COP", "MIL", NULL};
  static const char *const azSide[] = {"", "COP", "MIL", "GOV", NULL};   /* "" a state itself */
  if (iM < 0 || h->iSrc != iM) return NULL;
  const Mention *m = &c->aM[iM];
  if (m->bPronoun || !bare_role(m) || m->pGroup || !str_listed(m->pAgent->zRole, azForce)) return NULL;
  size_t t = m->i;
  if (t > 0 && tok_is(c, t - 1, "the")) t--;
  if (t == 0 || !tok_is(c, t - 1, "and")) return NULL;
  const VerbHit *p = NULL;
  for (size_t x = 0; x < c->nH; x++) {
    const VerbHit *o = &c->aH[x];
    if (o != h && !o->bDrop && o->e <= t && o->iSrc >= 0 && (!p || o->i > p->i)) p = o;
  }
  if (!p) return NULL;
  for (size_t x = 0; x < c->nH; x++)
    if (c->aH[x].i > p->i && c->aH[x].i < t && is_report_verb(&c->aH[x])) return NULL;
  const char *zRole = mention_role(c, p->iSrc), *zC = NULL;
  if (!zRole || !str_listed(zRole, azSide)) return NULL;
  mention_country(c, p->iSrc, &zC);
  return zC;
}

/* Why: "Iran and the United States each freed five prisoners in an
** exchange", "Russia and Ukraine ... each handing over another 303 soldiers",
** "he would release the captured pilot": captives freed in a swap, or taken
** in the fight, are the other side's people, not the freeing state's own
** (they were IRNCVL and USACVL; issue 4 lead33). Contract: hit h of root 08
** from mention iS to a bare role iT (no state named with it); returns the
** other side's state when (a) iS is one of the two members, of two states,
** of a compound and the sentence says "each", "exchange", "swap" or
** "swapped", or (b) the role is of "captured" or "captive" people or of
** "prisoners of war" and the story set the source's state against another
** (story_counterpart); else NULL. */
static const char *swap_counterpart(const Coder *c, const VerbHit *h, int iS, int iT) {
  static const char *const azSwap[] = {"each", "exchange", "swap", "swapped", NULL};
  static const char *const azTaken[] = {"captured", "captive", NULL};
  if (code_root(h) != 8 || iS < 0 || iT < 0) return NULL;
  const Mention *pT = &c->aM[iT];
  if (!bare_role(pT) || pT->pGroup) return NULL;
  const char *zS = NULL;
  mention_country(c, iS, &zS);
  if (!zS) return NULL;
  int a[3];
  int bSwap = 0;
  for (size_t t = 0; t < c->nTok && !bSwap; t++) bSwap = tok_in(c, t, azSwap);
  if (bSwap && members(c, iS, a, 3) == 2) {
    const char *zO = NULL;
    mention_country(c, a[0] == iS ? a[1] : a[0], &zO);
    if (zO && strncmp(zO, zS, 3)) return zO;
  }
  int bTaken = pT->i > 0 && tok_in(c, pT->i - 1, azTaken);
  if (pT->i > 1 && tok_is(c, pT->i - 1, "the")) bTaken |= tok_in(c, pT->i - 2, azTaken);
  for (size_t t = pT->i; t < pT->e && !bTaken; t++) bTaken = tok_in(c, t, azTaken);
  if (pT->e + 1 < c->nTok && tok_is(c, pT->e, "of") && tok_is(c, pT->e + 1, "war")) bTaken = 1;
  if (!bTaken) return NULL;
  const tocsin_actor *pOther = story_counterpart(c, c->iSentNow, zS, NULL);
  const char *zO = pOther ? event_state(c, pOther) : NULL;
  return zO && strncmp(zO, zS, 3) ? zO : NULL;
}

/* Contract: 1 when mention iM is a state's mission abroad -- its embassy,
** consulate, diplomatic missions, ambassador or envoys -- else 0. Why: an
** act on a mission happens in the host state, so a bare role acting on it
** ("protesters marched on Japanese diplomatic missions across China") is
** not the mission's state's (issue 4 lead32). */
static int mission_mention(const Coder *c, int iM) {
  static const char *const azMission[] = {"embassy", "embassies", "consulate", "consulates", "mission",
                                          "missions", "ambassador", "ambassadors", "envoy", "envoys",
                                          "diplomats", NULL};
  return iM >= 0 && c->aM[iM].pAgent && mention_has(c, &c->aM[iM], azMission);
}

/* Contract: 1 when mention iM is a bare armed challenger (rebels,
** separatists, militants, gunmen; a pronoun for them too) and iOther a
** state's forces -- troops ("Russian soldiers") or a force the dictionary
** codes as a state's military arm ("Wagner fighters", RUSMILWAG). Why: in a
** story filed from Bamako, "separatists said they had killed dozens of Wagner
** fighters" are Mali's separatists fighting a Russian force in Mali, not
** Russia's (issue 4 force31: they were RUSSEP, while the gold and the
** dictionary's RUSMILWAG make the Russians the foreign side). */
static int challenger_vs_foreign_force(const Coder *c, int iM, int iOther) {
  static const char *const az[] = {"INS", "UAF", "REB", "SEP", NULL};
  const Mention *m = &c->aM[iM], *o = &c->aM[iOther];
  if (!m->pAgent || !m->pAgent->zRole || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup) return 0;
  if (!str_listed(m->pAgent->zRole, az)) return 0;
  if (o->pAgent && o->pAgent->zRole && !strcmp(o->pAgent->zRole, "MIL") && (o->pCountry || o->pMain)) return 1;
  return o->pMain && o->pMain->kind == AK_ORG && o->pMain->zCode && strlen(o->pMain->zCode) >= 6 &&
         !strncmp(o->pMain->zCode + 3, "MIL", 3);
}

/* Contract: 1 when mention m stands in a relative clause that a comma and
** "who" or "which" open before it, or a share ("some of whom", "most of
** which"), with no comma between ("Johnson, who was in New
** York for the U.N. General Assembly, said ...", "arrested 29 militants,
** some of whom had been trained in Lebanon"); else 0. */
static int in_relative_aside(const Coder *c, const Mention *m) {
  static const char *const azRel[] = {"whom", "which", NULL};
  for (size_t t = m->i; t-- > 1;) {
    if (!tok_is(c, t, ",")) continue;
    return tok_is(c, t + 1, "who") || tok_is(c, t + 1, "which") ||
           (t + 3 < m->i && tok_is(c, t + 2, "of") && tok_in(c, t + 3, azRel) && c->aTok[t + 1].bWord);
  }
  return 0;
}

/* Contract: the state of place, capital, country or demonym entry a on the
** story's day: a dated line's state ("Prague" in 1989: CSK), else the
** entry's own; NULL for none. Why: a role took the present-day state of the
** place it acted in ("police detained demonstrators in Prague" in 1989 were
** Czech, the crowd they detained Czechoslovak; issue 4 dev53). */
static const char *dated_country(const Coder *c, const ActorEntry *a) {
  if (!a || !a->nRole || !(c->bAnchor || c->bDocDate)) return a ? a->zCountry : NULL;
  const char *z = dict_entry_dated(a, ymd_to_days(c->bAnchor ? c->anchor : c->docDate), 1);
  if (!z || strlen(z) < 3 || !is_state_code(z)) return a->zCountry;
  return arena_strndup(c->d->pArena, z, 3);
}

static const char *group_country(const Coder *c, int iM, int iOther, int bDomestic, const char *zDefault,
                                 const char *zOrgan, int bActor) {
  const char *zMember = member_country(c, iM, 1);
  if (zMember) return zMember;
  /* "accused pro-Russian separatists of shooting down a Malaysian airliner
  ** over eastern Ukraine": a state named as the region an act happens in
  ** ("in northern Syria") outranks a nearer one that only qualifies a thing */
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    const ActorEntry *a = m->pMain;
    if ((int)k != iM && a && !m->pAgent && a->zCountry && !a->bRegion && compass_place(c, m->i) &&
        (a->kind == AK_COUNTRY || a->kind == AK_PLACE || a->kind == AK_CAPITAL) && same_clause(c, m->i, c->aM[iM].i))
      return a->zCountry;
  }
  const char *zBest = NULL;
  size_t best = (size_t)-1;
  /* "Police detained Castillo as he drove to the Mexican embassy": in a
  ** domestic act a state named beyond its named target tells where the
  ** target went or what he did, not whose the role is */
  const char *zOtherC = NULL;
  int bMission = mission_mention(c, iOther);
  if (bDomestic && iOther >= 0 && c->aM[iOther].i > c->aM[iM].i && !bMission) mention_country(c, iOther, &zOtherC);
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if ((int)k == iM || (iOther >= 0 && m->iGroup == c->aM[iOther].iGroup)) continue;
    if (m->iGroup == c->aM[iM].iGroup && challenger_beside_state(c, iM, k)) continue;
    if (zOtherC && m->i > c->aM[iOther].i) continue;
    /* ... nor one in a relative clause after the role: "arrested 29
    ** militants, some of whom had been trained by Iran's Revolutionary
    ** Guards in Lebanon" (issue 4 dev52) */
    if (m->i > c->aM[iM].i && in_relative_aside(c, m)) continue;
    const ActorEntry *a = m->pCountry ? m->pCountry : m->pMain;
    if (!a || (a->kind != AK_COUNTRY && a->kind != AK_DEMONYM && a->kind != AK_CAPITAL && a->kind != AK_PLACE) ||
        a->bRegion)
      continue;
    if (m->bAside && m->e < c->nTok && tok_is(c, m->e, "-")) continue;   /* "Oslo-based" */
    /* "Troops rounded up dozens of the marchers, Timorese church sources
    ** said": who reports an act owns not the role that did it (issue 4
    ** dev48), though a victim may be his ("a Russian missile hit the
    ** country's largest children's hospital, Ukrainian officials said") */
    if (m->bSaid && bActor) continue;
    /* ... nor does the source an "according to" names, or for a victim one
    ** that is no state, the West ("according to witnesses and Western diplomats";
    ** issue 4 dev51; "killing 52 people, according to Ukrainian officials"
    ** keeps the victims Ukraine's) */
    if (m->bAside && in_according_list(c, m->i) && (bActor || !a->zCountry || !strcmp(a->zCountry, "WST"))) continue;
    /* "the Ambassador Bridge between Windsor and Detroit": the two ends of a
    ** bridge, border or route are no owner of the role (issue 4 lead52) */
    int bBetween = 0;
    for (size_t t = m->i > 4 ? m->i - 4 : 0; t < m->i && !bBetween; t++) bBetween = tok_is(c, t, "between");
    if (bBetween && m->pMain && !m->pAgent) continue;
    /* "a Russian-style law", "Iranian-made drones": a people's adjective in
    ** a compound qualifies a thing, not the role (issue 4 lead35) */
    if (m->pCountry && !m->pMain && m->e + 1 < c->nTok && tok_is(c, m->e, "-") &&
        (tok_is(c, m->e + 1, "style") || tok_is(c, m->e + 1, "made") || tok_is(c, m->e + 1, "type")))
      continue;
    /* an aside before the role ("Johnson, who was in New York for talks with
    ** Canadian officials, said ... the judges"; issue 4 lead35), not one
    ** after it that describes a party ("a ship linked to an Israeli firm") */
    if (m->bAside && m->i < c->aM[iM].i) continue;
    /* ... nor the foe or partner an aside on the role names after "with" or
    ** "against" ("The gunmen, several of them former fighters from the 1990s
    ** war with Azerbaijan, demanded ..."; issue 4 lead52) */
    if (m->bAside && m->i > c->aM[iM].e && m->i > 0 &&
        (tok_is(c, m->i - 1, "with") || tok_is(c, m->i - 1, "against")))
      continue;
    /* "people celebrated ..., some of them waving Russian flags": a people's
    ** adjective in a partitive aside on the role qualifies what they carry */
    if (m->bAside && m->bMod && !m->pMain && a->kind == AK_DEMONYM && m->i > c->aM[iM].e) {
      int bPartitive = 0;
      for (size_t x = 0; x < c->nM && !bPartitive; x++)
        bPartitive = c->aM[x].bAside && c->aM[x].bPronoun && c->aM[x].i > c->aM[iM].e && c->aM[x].i < m->i;
      if (bPartitive) continue;
    }
    /* "accused the rebels of shooting down a Malaysian airliner", "... of
    ** shelling a Polish convoy": in the charged act after the role, a
    ** demonym that qualifies a thing, or a civilian party of its own (an
    ** airliner, a firm, aid workers), names the victim's state, not the
    ** role's (issue 4 tens: the rebels were Malaysia's) */
    if (a->kind == AK_DEMONYM && m->i > c->aM[iM].i && charged_act_between(c, c->aM[iM].e, m->i) &&
        (m->pAgent ? civilian_victim_role(m->pAgent->zCode) : noun_at(c, m->e)))
      continue;
    /* "accused opposition leaders of plotting a coup with the backing of the
    ** United States": a state the charged act names other than as where it
    ** happens ("in Syria") is a party to it -- backer, victim, paymaster --
    ** not the accused role's owner (issue 4 roles22) */
    if (a->kind != AK_DEMONYM && m->i > c->aM[iM].i && charged_act_between(c, c->aM[iM].e, m->i) && !m->bLoc &&
        !m->bPronoun && !m->pAgent && m->pMain == a && (a->kind == AK_COUNTRY || a->kind == AK_CAPITAL))
      continue;
    /* "fighting near the Algerian border": a border is the edge of the state
    ** it names, not where the act happens */
    /* ... but "in Israeli border communities" names the state of the places
    ** (issue 4 force31) */
    static const char *const azBorderPlace[] = {"communities", "community", "towns", "town", "villages", "village",
                                                "city", "cities", "settlements", "areas", "posts", "residents", NULL};
    if (m->e < c->nTok && (tok_is(c, m->e, "border") || tok_is(c, m->e, "frontier")) &&
        !(m->e + 1 < c->nTok && tok_in(c, m->e + 1, azBorderPlace)))
      continue;
    if (!a->zCountry) continue;
    /* "spoke with his Jordanian counterpart": outside the acts a state does
    ** at home, a role is not of the state it acts with */
    if (iOther >= 0 && !bDomestic && c->aM[iM].i < c->aM[iOther].i) {
      const char *zO = NULL;
      mention_country(c, iOther, &zO);
      if (zO && !strncmp(zO, a->zCountry, 3)) continue;
    }
    size_t dist = m->i > c->aM[iM].i ? m->i - c->aM[iM].i : c->aM[iM].i - m->i;
    /* not across a clause: "told the Senate that genocide had been committed
    ** in Darfur" -- the Senate is not Sudan's */
    if (!same_clause(c, m->i, c->aM[iM].i)) continue;
    if (dist < best) {
      best = dist;
      zBest = dated_country(c, a);
    }
  }
  if (zBest) return zBest;
  /* the executive of the story's side acting on foreigners: "The military
  ** government also banned French NGOs" is not France's; a government acted
  ** on ("granted an amnesty to government officials"), courts and the other
  ** roles below keep the country of the other side of a domestic act */
  const ActorEntry *pAg = c->aM[iM].pAgent;
  /* ... but not when what it does to them is done at home to the story's
  ** own people: "The authorities have also jailed two former prime
  ** ministers" in a story on Mali whose last sentence was France's protest
  ** (issue 4, session 45) */
  int bGov = zOrgan && pAg && pAg->zRole && !strcmp(pAg->zRole, "GOV") && iOther >= 0;
  if (bGov && bDomestic && c->zFocus && is_state_code(c->zFocus) && strncmp(zOrgan, c->zFocus, 3)) {
    const Mention *o = &c->aM[iOther];
    const char *zO = NULL;
    mention_country(c, iOther, &zO);
    if (!zO && !o->bPronoun && o->pAgent && !o->pMain && !o->pCountry && !o->pPersonCountry) return c->zFocus;
  }
  /* ... and an organ that acts abroad on the focus state by name is the
  ** side that last acted, not the focus's own: "The foreign ministry warned
  ** London ..." after "Moscow ordered 23 British diplomats to leave" in a
  ** London story (dominant_focus) */
  if (zOrgan && !bDomestic && iOther >= 0 && c->zSubjCountry && bare_organ(&c->aM[iM])) {
    const char *zO = NULL;
    mention_country(c, iOther, &zO);
    const Mention *pO = &c->aM[iOther];
    int bStateNamed = pO->pMain && !pO->pAgent && !pO->pCountry && !pO->bPronoun &&
                      (pO->pMain->kind == AK_COUNTRY || pO->pMain->kind == AK_CAPITAL);
    if (bStateNamed && zO && !strncmp(zO, zOrgan, 3) && strncmp(zO, c->zSubjCountry, 3)) zOrgan = c->zSubjCountry;
  }
  if (bGov && c->aM[iM].i < c->aM[iOther].i) return zOrgan;
  if (iOther >= 0 && bDomestic && !bMission && !organ_over_own_target(c, iM, iOther, zOrgan)) {
    const char *zC = NULL;
    mention_country(c, iOther, &zC);
    /* "The U.S. military said it had killed 30 militants" in an Afghan
    ** story: a state's troops fight irregulars where the story is, so
    ** those are the story's state's (the fallback, when it is the document's
    ** focus or dateline state), not the troops' (issue 4 roles22) */
    if (zC && zDefault && strncmp(zC, zDefault, 3) &&
        (irregular_under_troops(c, iM, iOther) || home_order_holds_foreigner(c, iM, iOther)) &&
        ((c->zFocus && !strncmp(c->zFocus, zDefault, 3)) ||
         (c->pDateline && c->pDateline->zCountry && !strncmp(c->pDateline->zCountry, zDefault, 3))))
      return zDefault;
    /* ... else the police or courts holding a foreigner are the dateline's
    ** ("Police said they had also arrested the group's British leader" in a
    ** Harare story whose last sentence named Congo; issue 4, session 47) */
    const char *zWhere = c->pDateline ? c->pDateline->zCountry : NULL;
    if (zC && zWhere && strncmp(zC, zWhere, 3) && home_order_holds_foreigner(c, iM, iOther)) return zWhere;
    /* ... and so do challengers fighting a foreign force in the dateline's
    ** state ("BAMAKO - separatists killed dozens of Wagner fighters") */
    const char *zHome = c->pDateline && c->pDateline->zCountry ? c->pDateline->zCountry : NULL;
    if (zC && zHome && strncmp(zC, zHome, 3) && challenger_vs_foreign_force(c, iM, iOther)) return zHome;
    if (zC) return zC;
  }
  /* a state organ follows the story's side over the dateline's city */
  if (zOrgan) return zOrgan;
  return dateline_state(c, zDefault);
}

/* The dictionary entries of a mention in text order (tocsin_event_explain). */
static void fired_parts(const Mention *m, const ActorEntry **ap) {
  const ActorEntry *aIn[5] = {m->pCountry, m->pGroup, m->pAgent, m->pMain, m->pPersonCountry};
  int n = 0;
  if (m->pMain && m->pAgent && m->pMain->kind != AK_PERSON) {
    aIn[2] = m->pMain;   /* "NATO's secretary general": org before the agent */
    aIn[3] = m->pAgent;
  }
  for (int k = 0; k < 5; k++) {
    int bDup = 0;
    for (int q = 0; q < n; q++) bDup |= ap[q] == aIn[k];
    if (aIn[k] && !bDup) ap[n++] = aIn[k];
  }
  for (; n < 5; n++) ap[n] = NULL;
}

/* Records which dictionary lines made the event just appended. Only a record:
** no coding decision reads it. */
static int record_fired_at(Coder *c, size_t k, const VerbHit *h, const Mention *pS, const Mention *pT) {
  if (!vec_grow((void **)&c->aFired, &c->nFiredAlloc, k, sizeof(struct EventFired))) return 0;
  struct EventFired *f = &c->aFired[k];
  fired_parts(pS, f->apSrc);
  fired_parts(pT, f->apTgt);
  f->pPat = h->pPat;
  f->zPreset = NULL;
  return 1;
}

static int record_fired(Coder *c, const VerbHit *h, const Mention *pS, const Mention *pT) {
  return record_fired_at(c, c->d->nEvent - 1, h, pS, pT);
}

/* Why: "Ukraine said Russian troops had shelled a hospital ... Moscow denied
** it": a deed known only from a report is the reporter's claim, and a denial
** of it answers the reporter, who is no party of the event itself.
** Contract: the mention that reports hit h's act -- the mention after
** "according to" anywhere in the sentence; else, when h is reported, the
** first mention of a trailing attribution after it (", the army said"),
** else the subject of the nearest report verb before it in the sentence;
** -1 when no speaker is named. */
int reporter_mention(const Coder *c, const VerbHit *h) {
  /* "..., according to the Viasna human rights group" */
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    size_t t = pm->i;
    if (t >= 2 && tok_is(c, t - 1, "the")) t--;
    if (t >= 2 && tok_is(c, t - 2, "according") && tok_is(c, t - 1, "to")) return (int)m;
  }
  if (!h->bReported) return -1;
  /* "..., the French armed forces ministry said": the first reporter after
  ** the act, else one set off before it ("The court, Amnesty said, ...") */
  if (c->iAttrib != SIZE_MAX && h->i < c->iAttrib) {
    int iBefore = -1;
    for (size_t m = 0; m < c->nM; m++) {
      if (!c->aM[m].bSaid) continue;
      if (c->aM[m].i > h->i) return (int)m;
      iBefore = (int)m;
    }
    return iBefore;
  }
  const VerbHit *pTrail = NULL;
  for (size_t x = c->nH; x-- > 0;) {
    const VerbHit *r = &c->aH[x];
    if (r->i >= h->i || !is_report_verb(r)) continue;
    /* "Lukashenko announced that ..., claiming that Ukraine was preparing an
    ** attack": a trailing participle reports for the speaker of the report
    ** before it, not for the last actor of the clause it trails */
    if ((r->forms & VF_ING) && r->i > 0 && tok_is(c, r->i - 1, ",")) {
      if (!pTrail) pTrail = r;
      continue;
    }
    /* "Bourita accused Iran of arming the Polisario Front through Hezbollah
    ** and announced that Rabat was severing its ties": a report verb right
    ** after "and" shares the subject of the act before it, not the last actor
    ** of that act's clause (session 56: the Polisario reported the rupture) */
    if (r->i > 0 && tok_is(c, r->i - 1, "and")) {
      for (size_t y = x; y-- > 0;) {
        const VerbHit *p = &c->aH[y];
        if (p->bDrop || p->e > r->i) continue;
        if (p->iSrc >= 0 && !c->aM[p->iSrc].bPronoun) return p->iSrc;
        break;
      }
    }
    return mention_before(c, r->iSubj, 0);
  }
  return pTrail ? participle_speaker(c, pTrail) : -1;
}

/* Contract: fills *pOut with the actor of reporter_mention(h) when it names
** a state or a body, on the event's day (nDay, bDay: people's dated roles);
** leaves it zeroed otherwise. */
static void reporter_actor(Coder *c, const VerbHit *h, long nDay, int bDay, tocsin_actor *pOut) {
  memset(pOut, 0, sizeof *pOut);
  int iR = reporter_mention(c, h);
  if (iR < 0) return;
  const char *zC = NULL;
  mention_country(c, iR, &zC);
  const Mention *m = &c->aM[iR];
  if (!zC && !(m->pMain && m->pMain->kind == AK_ORG)) return;
  tocsin_actor a;
  if (make_actor(c, m, nDay, bDay, zC, &a) && (a.zCountry || a.zOrg)) *pOut = a;
}

/* 1 if a word of the mention is one of az. */
int mention_has(const Coder *c, const Mention *m, const char *const *az) {
  for (size_t t = m->i; t < m->e; t++)
    if (tok_in(c, t, az)) return 1;
  return 0;
}

/* 1 when the source is a bare police role (COP) and the target a bare role of
** unarmed people of the source's side (civilians, protesters, students,
** workers, journalists, medics); the caller checks both are of one country. */
static int police_on_people(const Mention *pS, const Mention *pT) {
  if (!pS->pAgent || pS->pMain || !pT->pAgent || pT->pMain || strcmp(pS->pAgent->zCode, "COP")) return 0;
  return strlen(pT->pAgent->zCode) == 3 && strstr(" CVL OPP EDU LAB JRN MED ", pT->pAgent->zCode) != NULL;
}

/* The finer code CAMEO gives force (18x, 19x) for who uses it and how, read
** from the sentence: a suicide, car or roadside bombing (1831-1833), a crowd
** turning violent (145), police or soldiers firing on their own country's
** protesters (175). zCode when none applies. */
static const char *force_by_context(const Coder *c, const VerbHit *h, const Mention *pS, const Mention *pT,
                                    const tocsin_event *pEv, const char *zCode) {
  static const char *const azBomb[] = {"bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "blast",
                                       "blasts", "attack", "attacks", "explosion", "explosions", NULL};
  int bSuicide = 0, bCar = 0, bRoadside = 0;   /* "a suicide car bomb" is both: 183 */
  for (size_t t = 0; t + 1 < c->nTok && t < h->e + 6; t++) {
    size_t u = t + 1;
    if (tok_in(c, u, azBomb) || (u + 1 < c->nTok && tok_is(c, u, "-") && tok_in(c, u + 1, azBomb))) {
      bCar |= tok_is(c, t, "car") || tok_is(c, t, "truck");
      bRoadside |= tok_is(c, t, "roadside");
    }
    bSuicide |= tok_is(c, t, "suicide") &&
                (tok_in(c, u, azBomb) || (u + 1 < c->nTok && tok_in(c, u + 1, azBomb) && (bCar || tok_is(c, u, "car") || tok_is(c, u, "truck"))));
  }
  /* "troops crushed a five-day revolt by rebels", "crushed an attempt by
  ** Tamil mercenaries": a revolt of armed men put down is fighting them
  ** (190), as every such gold line codes it; crushing an unarmed uprising
  ** stays repression (175; issue 4 dev50) */
  if (!strcmp(zCode, "175") && !strcmp(lemma_of(c, h), "crush")) {
    static const char *const azArmedRole[] = {"REB", "INS", "UAF", "SEP", "MIL", NULL};
    static const char *const azArmedWord[] = {"rebels", "mercenaries", "militants", "gunmen", "insurgents", "fighters",
                                              "mutineers", "soldiers", "guerrillas", "militia", "militiamen", NULL};
    int bArmed = pT->pAgent && pT->pAgent->zRole && str_listed(pT->pAgent->zRole, azArmedRole);
    bArmed |= pT->pMain && pT->pMain->kind == AK_ORG && armed_group_entry(pT->pMain);
    for (size_t t = h->i + 1; t < c->nTok && t < h->e + 5 && !bArmed; t++) bArmed = tok_in(c, t, azArmedWord);
    if (bArmed) return "190";
  }
  if (bSuicide + bCar + bRoadside > 1) return "183";
  if (bSuicide) return "1831";
  if (bCar) return "1832";
  if (bRoadside) return "1833";
  static const char *const azCrowd[] = {"protesters", "protestors", "demonstrators", "rioters", "mob", "mobs",
                                        "crowd", "crowds", "supporters", "looters", NULL};
  /* "rioters exchanged fire with gendarmes": gunfire traded is fighting both
  ** ways (193) whoever trades it, not a riot (145) nor a crackdown (175) --
  ** the gold README's dev15 rule (issue 4 force25) */
  static const char *const azTrade[] = {"exchange", "trade", NULL};
  if (!strcmp(zCode, "193") && str_listed(lemma_of(c, h), azTrade)) return zCode;
  if (mention_has(c, pS, azCrowd)) return "145";
  /* ... "some of them attacked the embassy" after "Protesters rallied" */
  if (pS->bPronoun && pS->pAgent && !pS->pMain && !strcmp(pS->pAgent->zCode, "OPP")) return "145";
  if (code_root(h) == 17) return zCode;   /* the rest is force proper */
  if (!strcmp(zCode, "190")) {
    const char *zWeapon = named_weapon_code(c, h, pS);
    if (zWeapon) return zWeapon;
  }
  /* "militiamen attacked a camp for refugees", "gunmen attacked a shopping
  ** mall in Nairobi": an irregular force's generic attack on civilians or a
  ** place is CAMEO's unconventional violence */
  const char *zSR = pEv->source.zCode;   /* SOMINSSHB: al-Shabaab's insurgents */
  int bIrregular = strlen(zSR) >= 6 && (!strncmp(zSR + 3, "INS", 3) || !strncmp(zSR + 3, "UAF", 3));
  /* ... and so is rebels' killing or shooting of people ("rebels killed 20
  ** villagers": every gold line of rebels killing civilians codes 180), and
  ** gangs', cartels' and rebels' attacks on civilians themselves ("gangs
  ** killed 62 people", "ELN fighters attacked villagers"); on a camp, a town,
  ** a ship or a place they keep the force of the fight (issue 4 africa16,
  ** americas16) */
  static const char *const azKill[] = {"kill", "shoot", "execute", "massacre", "slaughter", "behead", NULL};
  if (strlen(zSR) >= 6 && !strncmp(zSR + 3, "REB", 3) && str_listed(lemma_of(c, h), azKill) && !pT->bLoc)
    bIrregular = 1;
  int bPeople = pT->pAgent && !pT->pMain && !strcmp(pT->pAgent->zCode, "CVL");
  bIrregular |= bPeople && strlen(zSR) >= 6 && (!strncmp(zSR + 3, "CRM", 3) || !strncmp(zSR + 3, "REB", 3));
  int bPlace = pT->bLoc;   /* "a village in northern Burkina Faso" */
  for (size_t t = pT->i >= 2 ? pT->i - 2 : 0; t < pT->i; t++) bPlace |= tok_is(c, t, "in") || tok_is(c, t, "near");
  static const char *const azArmed[] = {"army", "military", "troops", "soldiers", "positions", "base", "bases",
                                        "police", "checkpoint", "checkpoints", "outpost", "outposts", "barracks",
                                        "convoy", "convoys", "patrol", "patrols", NULL};
  for (size_t t = h->e; t < pT->i; t++) bPlace &= !tok_in(c, t, azArmed);   /* "army positions in Mali" */
  /* ... farmers and herders are civilians too ("killed 43 rice farmers") */
  int bSoft = bPlace || (pT->pAgent && !pT->pMain && strstr(" CVL REF IMG BUS EDU MED REL AGR ", pT->pAgent->zCode) &&
                           strlen(pT->pAgent->zCode) == 3);
  if ((!strcmp(zCode, "190") || !strcmp(zCode, "193")) && bIrregular && bSoft) return "180";   /* and gunfire: "gunmen opened fire at a concert hall" */
  int bForce = pS->pAgent && !pS->pMain && (!strcmp(pS->pAgent->zCode, "COP") || !strcmp(pS->pAgent->zCode, "MIL"));
  int bHome = pEv->source.zCountry && pEv->target.zCountry && !strcmp(pEv->source.zCountry, pEv->target.zCountry);
  static const char *const azSlay[] = {"kill", "shoot", "fire", NULL};   /* "fired on unarmed people" */
  /* ... and a people of their own state they shoot ("troops and police have
  ** shot dead at least 80 Tibetans"): repression, as of civilians (issue 4,
  ** session 42) */
  /* (the people, not a group named by them: "Tamil Tiger leader" is no people shot) */
  static const char *const azArmedHead[] = {"leader", "leaders", "fighters", "rebels", "militants", "militia",
                                            "commander", "commanders", "gunmen", NULL};
  int bPeopleNamed = pT->e >= c->nTok || (!c->aTok[pT->e].bCap && !tok_in(c, pT->e, azArmedHead));
  if (bForce && bHome && pT->pGroup && (!pT->pMain || pT->pMain == pT->pGroup) && bPeopleNamed &&
      (!pT->pAgent || !strcmp(pT->pAgent->zCode, "CVL")) && str_listed(lemma_of(c, h), azSlay))
    return "175";
  if (!bForce || !bHome || !pT->pAgent || pT->pMain) return zCode;
  if (mention_has(c, pT, azCrowd)) return "175";
  /* ... and police who kill or shoot their own country's people, with or
  ** without a protest named in the sentence ("Security forces killed at least
  ** 18 people", "police shot dead a protester"), repress them: the gold sets
  ** code police force on civilians 175 (18 of 20 lines); other blows keep
  ** their code (issue 4 deeds28) */
  if (police_on_people(pS, pT) && str_listed(lemma_of(c, h), azSlay)) return "175";
  static const char *const azProtest[] = {"protest", "protests", "demonstration", "demonstrations", "rally",
                                          "rallies", "march", "marches", NULL};
  /* ... and workers their own police or soldiers fire on are strikers put
  ** down ("military police killed four striking garment workers"; issue 4
  ** lead38) */
  if (!strcmp(pT->pAgent->zCode, "LAB")) return "175";
  if (strcmp(pT->pAgent->zCode, "CVL") && strcmp(pT->pAgent->zCode, "OPP")) return zCode;
  for (size_t t = 0; t < c->nTok; t++)
    if (tok_in(c, t, azProtest)) return "175";
  return zCode;
}

/* pDate: the date words of the event, NULL for none; pDue: those of the act a
** stated intent or threat announces, its due date, NULL for none. */
/* The country the bare role at token i took in an event of this window, else NULL. */
const char *role_country_at(const Coder *c, size_t i) {
  for (size_t k = 0; k < c->nRoleC; k++)
    if (c->aRoleC[k].i == i) return c->aRoleC[k].zC;
  return NULL;
}

/* Contract: 1 when place mention m says where someone was while the act
** took place -- "was", "were" or "is" then "in", "at" or "visiting" right
** before it, in a clause "while", "when" or "as" opens within eight tokens
** before -- not where the act happened. Why: "Soldiers seized power in Sao
** Tome on Wednesday while President Menezes was in Nigeria, detaining the
** prime minister" made the soldiers Nigeria's (issue 4, dev30). */
static int whereabouts_place(const Coder *c, const Mention *m) {
  static const char *const azBeing[] = {"was", "were", "is", "been", NULL};
  static const char *const azWhile[] = {"while", "when", "as", NULL};
  if (m->i < 2 || !(tok_is(c, m->i - 1, "in") || tok_is(c, m->i - 1, "at")) || !tok_in(c, m->i - 2, azBeing))
    return 0;
  for (size_t t = m->i - 2; t-- > 0 && t + 10 > m->i;)
    if (tok_in(c, t, azWhile)) return 1;
  return 0;
}

/* Remembers the country a bare role mention took; 0 on OOM. */
static int note_role_country(Coder *c, const Mention *m, const char *zC) {
  if (!zC || m->bPronoun || !m->pAgent || m->pMain || m->pCountry || role_country_at(c, m->i)) return 1;
  if (!vec_grow((void **)&c->aRoleC, &c->nRoleCAlloc, c->nRoleC, sizeof(*c->aRoleC))) return 0;
  c->aRoleC[c->nRoleC].i = m->i;
  c->aRoleC[c->nRoleC++].zC = zC;
  return 1;
}

/* The default country of a bare role: a state organ ("the president", "the
** army", "the court") belongs to the side the story follows, the source of
** the last sentence that coded an event; other roles (police, protesters,
** residents) to the country named last, where they are; so do an identity
** group's ("the Kurdish forces" near Erbil are Iraq's, not those of the side
** the story follows: issue 4 lead35). */
int bare_organ(const Mention *m) {
  static const char *const azOrgan[] = {"GOV", "MIL", "LEG", "JUD", "SPY", NULL};
  if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || !m->pAgent->zRole) return 0;
  for (const char *const *z = azOrgan; *z; z++)
    if (!strcmp(m->pAgent->zRole, *z)) return 1;
  return 0;
}

const char *role_default(const Coder *c, int iM, const char *zDefault) {
  if (iM < 0 || !bare_organ(&c->aM[iM])) return zDefault;
  /* ... and a later clause's organ is the side an earlier clause of its
  ** own sentence followed: "Sharon's cabinet had approved the deal ..., and
  ** on Wednesday the Supreme Court rejected petitions" (issue 4 dev38) */
  const char *zEarlier = NULL;
  int bActs = 0;   /* ... as the subject of its own clause, not an object ("signed the pact with Defence Minister X") */
  for (size_t k = 0; k < c->nH && !bActs; k++) bActs = !c->aH[k].bDrop && c->aH[k].iSrc == iM;
  for (size_t k = 0; bActs && k < c->nH && c->aH[k].i < c->aM[iM].i; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iSrc == iM || !comma_and_between(c, h->e, c->aM[iM].i)) continue;
    const Mention *pS = &c->aM[h->iSrc];
    if (pS->bPronoun || !pS->pAgent || !(pS->pMain || pS->pCountry || pS->pPersonCountry)) continue;
    const char *z = NULL;
    mention_country(c, h->iSrc, &z);
    if (z && is_state_code(z)) zEarlier = z;
  }
  if (zEarlier) return zEarlier;
  return c->zSubjCountry ? dominant_focus(c, c->zSubjCountry) : zDefault;
}

/* Contract: the state of the latest event of the document so far, source
** before target, that is a state other than zNot; else NULL. */
const char *latest_other_state(const Coder *c, const char *zNot) {
  for (size_t x = c->d->nEvent; x-- > 0;) {
    const tocsin_event *o = &c->d->aEvent[x];
    const char *az[2] = {o->source.zCountry, o->target.zCountry};
    for (int k = 0; k < 2; k++)
      if (az[k] && is_state_code(az[k]) && strncmp(az[k], zNot, 3)) return az[k];
  }
  return NULL;
}

/* Why: "The navy seized a Panama-flagged tanker", "Soldiers fired on a
** Turkish patrol": a bare force (no state of its own) that threatens,
** coerces or strikes a state its words name, or that state's forces, is not
** that state's own; it had taken the state named last, the target's, and
** the act became one at home (issue 4, session 64; officers who remove
** their own leader act at home). Contract: for hit h of roots 15, 17-20
** by source iS, a bare military or police role, on target iT that names a
** state ("Panama", a demonym on an unknown noun) or its military or police
** (no people, officials, party or group of it), when zDefault is that
** state: the latest other state of the document's events
** (latest_other_state), else zDefault. */
static const char *force_beside_named_state(const Coder *c, const VerbHit *h, int iS, int iT, const char *zDefault) {
  int root = code_root(h);
  if (!zDefault || iT < 0 || root < 15 || root == 16) return zDefault;
  const Mention *pS = &c->aM[iS], *pT = &c->aM[iT];
  if (pS->bPronoun || !bare_role(pS) || pS->pGroup || !pS->pAgent->zRole ||
      (strcmp(pS->pAgent->zRole, "MIL") && strcmp(pS->pAgent->zRole, "COP")))
    return zDefault;
  if (pT->bPronoun || pT->bOwn || pT->pGroup) return zDefault;
  const char *zT = NULL;
  if (pT->pAgent) {
    if (!pT->pAgent->zRole || (strcmp(pT->pAgent->zRole, "MIL") && strcmp(pT->pAgent->zRole, "COP")))
      return zDefault;
    if (pT->pCountry && !pT->pMain) mention_country(c, iT, &zT);
  } else if ((pT->pMain && pT->pMain->kind == AK_COUNTRY) || (!pT->pMain && pT->pCountry && pT->bMod)) {
    mention_country(c, iT, &zT);   /* "Panama", "a Turkish patrol" */
  }
  if (!zT || strncmp(zT, zDefault, 3)) return zDefault;
  const char *zOther = latest_other_state(c, zT);
  return zOther ? zOther : zDefault;
}

/* Why: "Washington and Brussels should press the government to release
** Melia", in a brief on Georgia whose last sentence followed the U.S.
** embassy: the bare government others appeal to, press, condemn or threaten
** is not one of theirs. Contract: for hit h of root 02 or 10-13 by a source
** group iS whose members name two or more states or bodies ("Washington and
** Brussels"), and a target pT that is a bare state organ, when zDefault is
** the state of a member of the group: the document's focus state when it is
** none of theirs, else the latest other state of the document's events
** (latest_other_state); else zDefault. */
static const char *pressed_government_country(const Coder *c, const VerbHit *h, int iS, const Mention *pT,
                                              const char *zDefault) {
  int root = code_root(h);
  if ((root != 2 && (root < 10 || root > 13)) || !zDefault || iS < 0 || !bare_organ(pT) || pT->bPronoun)
    return zDefault;
  int aS[8], nS = members(c, iS, aS, 8);
  const char *zFirst = NULL;   /* the first member's state, else its body's code ("Brussels" as the EU) */
  int bTwo = 0, bOwn = 0, bFocusOwn = !c->zFocus;
  for (int x = 0; x < nS; x++) {
    const char *zM = NULL;
    mention_country(c, aS[x], &zM);
    const ActorEntry *a = c->aM[aS[x]].pMain;
    const char *zSide = zM ? zM : a && a->kind == AK_ORG ? a->zCode : NULL;
    if (zSide && !zFirst) zFirst = zSide;
    else if (zSide) bTwo |= strncmp(zSide, zFirst, 3) != 0;
    bOwn |= zM && !strncmp(zM, zDefault, 3);
    bFocusOwn |= zM && c->zFocus && !strncmp(zM, c->zFocus, 3);
  }
  /* ... a lone state's government pressing "the military authorities" or
  ** "the government" in a story about another state presses that state's
  ** (the State Department "urged the military authorities to free Abiola" in
  ** a Nigerian story; issue 4, session 43) */
  const char *zSrcRole = nS == 1 ? mention_role(c, aS[0]) : NULL;
  const char *zTgtRole = pT->pAgent->zRole;
  if (!bTwo && bOwn && nS == 1 && (!zSrcRole || !strcmp(zSrcRole, "GOV")) && zTgtRole &&
      (!strcmp(zTgtRole, "GOV") || !strcmp(zTgtRole, "MIL")) && c->zFocus && is_state_code(c->zFocus) &&
      strncmp(c->zFocus, zDefault, 3) && (c->aM[aS[0]].pMain || c->aM[aS[0]].pCountry))
    return c->zFocus;
  /* ... otherwise a list of outside powers only: a lone state's bare organ is as often
  ** its own ("the opposition called on the armed forces", "asked parliament") */
  if (!bTwo || !bOwn) return zDefault;
  if (!bFocusOwn) return c->zFocus;
  const char *zOther = latest_other_state(c, zDefault);
  return zOther ? zOther : zDefault;
}

/* Why: "A Russian deputy foreign minister said Russia could bomb intruding
** warships next time": the bare armed force a state threatens or strikes is
** another state's, not its own, which the country named last made it.
** Contract: for hit h of root 13 or 15-20 (not 17, coercion at home) by a
** source that is a state or its government or military (pSrc), and a
** target pT that is a bare military role, when zDefault is the source's own
** state and no mention but the source iS names a place of that state: the
** state of the latest earlier event of the document, source before target,
** that is another state (latest_other_state); else zDefault. */
static const char *enemy_force_country(const Coder *c, const VerbHit *h, int iS, const Mention *pT,
                                       const tocsin_actor *pSrc, const char *zDefault) {
  int root = code_root(h);
  if ((root != 13 && (root < 15 || root > 20 || root == 17)) || !zDefault || !pSrc->zCountry) return zDefault;
  if (!pT->pAgent || pT->pMain || pT->pCountry || pT->pPersonCountry || pT->pGroup || pT->bPronoun ||
      !pT->pAgent->zRole || strcmp(pT->pAgent->zRole, "MIL"))
    return zDefault;
  if (pSrc->zRole && *pSrc->zRole && strcmp(pSrc->zRole, "GOV") && strcmp(pSrc->zRole, "MIL")) return zDefault;
  if (strncmp(zDefault, pSrc->zCountry, 3)) return zDefault;
  /* ... not when the sentence places the act at home ("deployed troops to
  ** seal off the districts of Kenema and Kailahun"), unless the force is
  ** named as the foe ("had killed thousands of the invaders") */
  static const char *const azFoe[] = {"invaders", "invader", "enemy", "occupiers", "aggressors", "intruders", NULL};
  if (mention_has(c, pT, azFoe)) {
    const char *zFoe = latest_other_state(c, pSrc->zCountry);
    /* ... or the other state's force the sentence names ("Chinese infantry
    ** drove into northern Vietnam ..., and Hanoi radio said Vietnamese
    ** forces had killed thousands of the invaders") */
    for (size_t m = 0; m < c->nM && !zFoe; m++) {
      const char *zM = NULL;
      if ((int)m == iS || !c->aM[m].pAgent || !c->aM[m].pAgent->zRole || strcmp(c->aM[m].pAgent->zRole, "MIL")) continue;
      mention_country(c, (int)m, &zM);
      if (zM && is_state_code(zM) && strncmp(zM, pSrc->zCountry, 3)) zFoe = zM;
    }
    return zFoe ? zFoe : zDefault;
  }
  for (size_t m = 0; m < c->nM; m++) {
    const ActorEntry *a = c->aM[m].pMain;
    if ((int)m != iS && a && !c->aM[m].pAgent && (a->kind == AK_PLACE || a->kind == AK_CAPITAL || a->kind == AK_COUNTRY) &&
        a->zCountry && !strncmp(a->zCountry, pSrc->zCountry, 3))
      return zDefault;
  }
  const char *zOther = latest_other_state(c, pSrc->zCountry);
  return zOther ? zOther : zDefault;
}

/* Contract: the state a roundup's place label names -- the sentence opens
** with a country, capital or place and a colon ("Georgia: police used water
** cannon ...", "Israel: police arrested ...") -- else NULL. Why: briefs and live
** blogs jump from country to country; the label tells where the brief's bare
** roles are, which the story's side and the country named last before it
** (the previous brief's) do not. Issue 4 roundup. */
const char *label_state(const Coder *c) {
  if (c->nM == 0 || c->aM[0].i != 0) return NULL;
  const Mention *m = &c->aM[0];
  const ActorEntry *a = m->pMain;
  if (!a || m->pAgent || m->pCountry || !a->zCountry || a->bRegion ||
      (a->kind != AK_COUNTRY && a->kind != AK_CAPITAL && a->kind != AK_PLACE))
    return NULL;
  if (m->e + 1 >= c->nTok) return NULL;
  if (tok_is(c, m->e, ":")) return a->zCountry;
  /* ... and a think tank's update slugged with a state: "MALDIVES WARNING
  ** UPDATE, MARCH 9: Defence Minister ... signed" (slug_end; issue 4,
  ** session 64) */
  size_t iColon = slug_end(c);
  for (size_t t = m->e; t < iColon; t++)
    if (tok_is(c, t, "update")) return a->zCountry;
  return NULL;
}

/* Contract: the default state of a bare role mention iM: a roundup's label
** (label_state) before the story's side (role_default). Why: under "Georgia:"
** "police" are Georgia's, not those of the state the last brief followed. */
static const char *label_or_side(const Coder *c, int iM) {
  const char *zLabel = label_state(c);
  return zLabel ? zLabel : role_default(c, iM, NULL);
}

/* Why: "Presidential adviser Mykhailo Podolyak said Russia's aggression was
** the root cause", in a story that last followed Moscow's side: a bare state
** organ that condemns, rejects or threatens a state named by name is not
** that state's own, so the story's side it would default to is the wrong
** one. Contract: for source iS a bare organ (bare_organ) and target iT a
** state mention in the text (not bOwn), when the organ's default (the
** roundup label, the story's side, else zInherit) is iT's state: the state of the latest earlier event
** of the document, source before target, that is another state; else NULL. */
static const char *rival_of_named_state(const Coder *c, int iS, int iT, const char *zInherit) {
  const Mention *pT = &c->aM[iT];
  if (!bare_organ(&c->aM[iS]) || !pT->pMain || pT->pMain->kind != AK_COUNTRY || pT->pAgent || pT->bOwn ||
      !pT->pMain->zCountry)
    return NULL;
  const char *zTgt = pT->pMain->zCountry, *zDef = label_or_side(c, iS);
  if (!zDef) zDef = zInherit;
  if (!zDef || strncmp(zDef, zTgt, 3)) return NULL;
  return latest_other_state(c, zTgt);
}

/* Contract: 1 when the source iS is a bare state force or organ (army,
** police, jets, ministry) named before verb hit h under a roundup's label.
** Why: "Turkey: warplanes struck targets in northern Iraq" -- the place of
** the strike is the target's, the label names whose warplanes they are. */
static int label_owns_force(const Coder *c, int iS, const VerbHit *h) {
  static const char *const azForce[] = {"GOV", "MIL", "COP", "SPY", NULL};
  if (iS < 0 || !label_state(c)) return 0;
  const Mention *m = &c->aM[iS];
  if (m->i >= h->i || m->bPronoun || !m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || !m->pAgent->zRole)
    return 0;
  for (const char *const *z = azForce; *z; z++)
    if (!strcmp(m->pAgent->zRole, *z)) return 1;
  return 0;
}

/* The narrative's last date, told relative to ("the next day", "a week
** later"): narr while the wire item is the one that set it, else ctx. Why:
** ctx does not follow background dates, but a retold crisis counts its days
** from them. 1 with *pOut filled. */
static int narrative_anchor(const Coder *c, Ymd *pOut) {
  if (c->bNarrSent && c->iNarrSent == c->iSentNow && c->bNarrAnchor == c->bAnchor &&
      (!c->bAnchor || !ymd_cmp(c->narrAnchor, c->anchor))) {
    *pOut = c->narrSent;
    return 1;
  }
  if (!c->bCtx) return 0;
  *pOut = c->ctx;
  return 1;
}

/* The date an offset with nothing dated before it in its sentence counts
** from ("four days later", "a day after the vote"): the narrative's "now"
** (ctx) as before, else the narrative's date -- for an offset within a day
** ("hours earlier") only when that date lies a year or more before the
** report, a retold crisis. Why: ctx is never set in a retold crisis, and a
** recent narrative date of an earlier paragraph of wire copy dates no
** "who had named a commander hours earlier". 1 with *pOut filled. */
static int told_anchor(const Coder *c, const DateOffset *pOff, Ymd *pOut) {
  if (c->bCtx) {
    *pOut = c->ctx;
    return 1;
  }
  Ymd narr, ref = c->bAnchor ? c->anchor : c->docDate;
  if (!narrative_anchor(c, &narr)) return 0;
  int bBackground = (c->bAnchor || c->bDocDate) && ymd_to_days(ref) - ymd_to_days(narr) > 365;
  if (!pOff->nDays && !pOff->nMonths && !bBackground) return 0;
  *pOut = narr;
  return 1;
}

/* Contract: after dates_find, a bare role after a possessive ("its air
** force", "their troops") that find_actors set aside as the subject's own
** organ (its state may already be on it) takes part again when all that
** stands before the possessive is an opening time phrase: a date expression
** from the sentence's start (with "on" before it at most: "The next day its
** air force shot down ...", "On Tuesday its troops ...") or one time adverb
** ("Then its army ..."). Why:
** such a role opens its clause as it does after a comma, and the act lost its
** subject (issue 4 refs2). */
void opening_time_possessive(Coder *c) {
  static const char *const azThen[] = {"then", "later", "afterwards", "subsequently", "meanwhile", "soon", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->bAside || !m->pAgent || m->pMain || m->bPronoun || m->i < 2 ||
        !tok_in(c, m->i - 1, azPossDet))
      continue;
    size_t iPoss = m->i - 1;
    int bOpen = iPoss == 1 && tok_in(c, 0, azThen);
    for (size_t x = 0; x < c->nDate && !bOpen; x++) {
      const DateFound *d = &c->aDate[x];
      bOpen = d->iTokEnd == iPoss && (d->iTok == 0 || (d->iTok == 1 && tok_is(c, 0, "on")));
    }
    if (bOpen) m->bAside = 0;
  }
}

/* Records t, a past date an event or a sentence was given, as the
** narrative's date (see narrative_anchor). */
static void set_narrative_date(Coder *c, Ymd t) {
  c->narr = t;
  c->bNarr = 1;
  c->narrAnchor = c->anchor;
  c->bNarrAnchor = c->bAnchor;
}

/* At the start of sentence iSent: a sentence before it that coded no event
** hands its last date to the narrative ("He slipped back in September 2009.
** That month, ..."); this sentence's last past date waits as pending. Why:
** background sentences without an event still move the story's time. */
void narrative_sentence_start(Coder *c, size_t iSent) {
  if (c->bNarrPend && c->iNarrPendSent != iSent) {
    if (!c->bNarrEv || c->iNarrEvSent != c->iNarrPendSent) set_narrative_date(c, c->narrPend);
    c->bNarrPend = 0;
  }
  if (c->bNarrPend || (c->bNarrSent && c->iNarrSent == iSent)) return;   /* a later window of the same sentence */
  c->narrSent = c->narr;
  c->bNarrSent = c->bNarr;
  c->iNarrSent = iSent;
  Ymd ref = c->bAnchor ? c->anchor : c->docDate;
  int bRef = c->bAnchor || c->bDocDate;
  for (size_t x = 0; x < c->nDate; x++) {
    DateFound f = c->aDate[x], narrD;
    Ymd t;
    const char *zPrec = NULL;
    if (narrative_date(c, &f, &narrD)) f = narrD;
    if (f.kind != DK_FULL && f.kind != DK_MONTH_YEAR && f.kind != DK_AGO && f.kind != DK_WEEKDAY && f.kind != DK_MONTH_DAY)
      continue;
    if (!date_resolve(&f, bRef ? &ref : NULL, 0, &t, &zPrec)) continue;
    if (bRef && ymd_cmp(t, ref) > 0) continue;
    c->narrPend = t;
    c->bNarrPend = 1;
    c->iNarrPendSent = iSent;
  }
}

/* A date told from the narrative rather than the report, as a full date in
** *pOut: "the next day" or "later that month" from the narrative's date, and
** a day and month without a year ("on 26 August") in the narrative's year
** when the narrative is a year or more before the report. Why: retold
** crises of past years would otherwise land in the report's own year. */
static int narrative_date(const Coder *c, const DateFound *pDate, DateFound *pOut) {
  Ymd narr;
  if (!narrative_anchor(c, &narr)) return 0;
  Ymd t = narr;
  *pOut = *pDate;
  if (pDate->kind == DK_NARR_DAY) {
    /* "attacked shops on 16 January, and police declared a curfew the next
    ** day": a day-precise date before it in its own sentence is what "the
    ** next day" counts from (issue 4, session 41) */
    Ymd ref = c->bAnchor ? c->anchor : c->docDate;
    int bRef = c->bAnchor || c->bDocDate;
    for (size_t x = 0; x < c->nDate; x++) {
      const DateFound *f = &c->aDate[x];
      Ymd u;
      const char *zPrec = NULL;
      if (f->iTokEnd > pDate->iTok || (f->kind != DK_FULL && f->kind != DK_MONTH_DAY && f->kind != DK_WEEKDAY)) continue;
      if (date_resolve(f, bRef ? &ref : NULL, 0, &u, &zPrec) && !strcmp(zPrec, "day")) narr = u;
    }
    t = ymd_from_days(ymd_to_days(narr) + pDate->shift);
    pOut->kind = DK_FULL;
  } else if (pDate->kind == DK_NARR_MONTH) {
    int m = t.y * 12 + (t.m - 1) + pDate->shift;
    t.y = m / 12;
    t.m = m % 12 + 1;
    t.d = 1;
    pOut->kind = DK_MONTH_YEAR;
  } else if (pDate->kind == DK_MONTH_DAY) {
    Ymd ref = c->bAnchor ? c->anchor : c->docDate;
    if (!(c->bAnchor || c->bDocDate) || ymd_to_days(ref) - ymd_to_days(narr) <= 365) return 0;
    t = pDate->ymd;
    t.y = narr.y;
    if (!ymd_valid(t)) return 0;
    if (ymd_to_days(t) < ymd_to_days(narr) - 31) t.y++;   /* "in December ... on 3 January" */
    pOut->kind = DK_FULL;
  } else {
    return 0;
  }
  if (!ymd_valid(t)) return 0;
  pOut->ymd = t;
  return 1;
}

/* An offset from a named event without a date of its own, counted from the
** narrative's date: "severed ties three days after the recognition", "The day
** after the bombing, India withdrew ...", "Four days after the report, ...".
** The offset's object is a noun phrase (no verb of the sentence in it) that
** ends the sentence or its clause, and the sentence gives no date. Why: a
** retold story dates its acts from the last one it told. 1 with *pOut set. */
int offset_from_told_event(Coder *c, const VerbHit *h, DateFound *pOut) {
  if (c->nDate) return 0;
  for (size_t b = 1; b < c->nTok; b++) {
    DateOffset off;
    if (tok_is(c, b, "later") && b > h->i && same_clause(c, h->i, b) && !tok_is(c, b - 1, "hours") &&
        date_offset_at(c->z, c->aTok, c->nTok, b, &off) && (off.nDays || off.nMonths)) {
      /* "signed a contract in Moscow twelve days later" */
      Ymd anchor;
      if (!told_anchor(c, &off, &anchor)) return 0;
      memset(pOut, 0, sizeof *pOut);
      if (!date_offset_apply(&off, anchor, &pOut->ymd)) return 0;
      pOut->kind = DK_FULL;
      pOut->iTok = off.iStart;
      pOut->iTokEnd = b + 1;
      size_t zs = c->aTok[off.iStart].start, ze = c->aTok[b].end;
      snprintf(pOut->zText, sizeof pOut->zText, "%.*s", (int)(ze - zs), c->z + zs);
      return 1;
    }
    if (b + 1 >= c->nTok || !tok_is(c, b, "after")) continue;
    if (!date_offset_at(c->z, c->aTok, c->nTok, b, &off) || (!off.nDays && !off.nMonths)) continue;
    if (tok_is(c, b - 1, "hours") || tok_is(c, b - 1, "hour") || tok_is(c, b - 1, "minutes")) continue;
    size_t e = b + 1;
    if (!(tok_is(c, e, "the") || tok_is(c, e, "its") || tok_is(c, e, "his") || tok_is(c, e, "her") ||
          tok_is(c, e, "their")))
      continue;
    while (e < c->nTok && e < b + 6 && !tok_is(c, e, ",") && !tok_is(c, e, ".") && !clause_break(c, e)) e++;
    if (e < c->nTok && !tok_is(c, e, ",") && !tok_is(c, e, ".")) continue;
    int bVerb = h->i > b && h->i < e;
    for (size_t q = 0; q < c->nH && !bVerb; q++)
      bVerb = !c->aH[q].bDrop && c->aH[q].i > b && c->aH[q].i < e;
    if (bVerb) continue;
    Ymd anchor;
    if (!told_anchor(c, &off, &anchor)) return 0;
    off.bForward = 1;   /* the act is that far after the told event */
    memset(pOut, 0, sizeof *pOut);
    if (!date_offset_apply(&off, anchor, &pOut->ymd)) return 0;
    pOut->kind = DK_FULL;
    pOut->iTok = off.iStart;
    pOut->iTokEnd = e;
    size_t zs = c->aTok[off.iStart].start, ze = c->aTok[e - 1].end;
    snprintf(pOut->zText, sizeof pOut->zText, "%.*s", (int)(ze - zs), c->z + zs);
    return 1;
  }
  return 0;
}

/* An act in a clause dated from another clause's act: "Iran fired missiles
** on Saturday, two weeks after Israel struck its consulate" dates the strike
** 14 days before the Saturday; "Four days later, the EU imposed sanctions"
** dates the sanctions from the last dated event before it. Looks back from
** the verb, within its clause, for the offset phrase; the anchor is the
** nearest date of the sentence outside the offset's clause, else the
** narrative's date (for "later") or the report's (for "after"). 1 with *pOut
** filled as a full date whose text is the offset phrase. */
/* Contract: the date of hit h that the offset at token b ("after",
** "before", "later", "earlier") gives (date_offset_at), counted from the
** nearest day-precise date of the sentence -- before it for "later" and
** "earlier" -- else from a day told before ("later") or the report's day;
** 0 when the offset is none, when h's clause has a date of its own, or no
** anchor is found. Shared by relative_date's two directions. */
static int offset_date(Coder *c, const VerbHit *h, size_t b, int bLater, DateFound *pOut) {
  DateOffset off;
  if (!date_offset_at(c->z, c->aTok, c->nTok, b, &off)) return 0;
  /* the offset's own clause ends at the next comma or clause break */
  size_t e = h->e;
  while (e < c->nTok && !tok_is(c, e, ",") && !clause_break(c, e)) e++;
  const DateFound *pBest = NULL;
  size_t best = (size_t)-1;
  for (size_t x = 0; x < c->nDate; x++) {
    const DateFound *f = &c->aDate[x];
    if (f->iTokEnd > off.iStart && f->iTok < e && f->iTok >= h->i) return 0;   /* the clause has a date of its own */
    if (f->iTokEnd > off.iStart && f->iTok < e && off.iStart < h->i) return 0;
    if (bLater && f->iTok > off.iStart) continue;   /* "later" counts from what came before */
    size_t dist = f->iTok < off.iStart ? off.iStart - f->iTok : f->iTok - e;
    if (dist < best) {
      best = dist;
      pBest = f;
    }
  }
  Ymd ref = c->bAnchor ? c->anchor : c->docDate;
  int bRef = c->bAnchor || c->bDocDate;
  Ymd anchor;
  const char *zPrec = NULL;
  if (pBest) {
    if (!date_resolve(pBest, bRef ? &ref : NULL, 0, &anchor, &zPrec) || strcmp(zPrec, "day")) return 0;
  } else if (bLater) {
    if (!told_anchor(c, &off, &anchor)) return 0;   /* "a week later" with nothing dated before it */
  } else {
    if (!bRef) return 0;
    anchor = ref;
  }
  memset(pOut, 0, sizeof *pOut);
  if (!date_offset_apply(&off, anchor, &pOut->ymd)) return 0;
  pOut->kind = DK_FULL;
  pOut->iTok = off.iStart;
  pOut->iTokEnd = off.iWord + 1;
  size_t zs = c->aTok[off.iStart].start, ze = c->aTok[off.iWord].end;
  snprintf(pOut->zText, sizeof pOut->zText, "%.*s", (int)(ze - zs), c->z + zs);
  return 1;
}

int relative_date(Coder *c, const VerbHit *h, DateFound *pOut) {
  /* "had stormed its embassy in the Iranian capital a day earlier": an
  ** offset that closes the verb's own clause (issue 4 lead34) */
  /* ... over the object and a place only: an offset after another noun of
  ** an act or a clause ("accusing it of backing an attack a day earlier",
  ** "the agreement reached two days earlier") dates that act */
  static const char *const azPlacePrep[] = {"in", "at", "near", "outside", "inside", NULL};
  static const char *const azOther[] = {"of", "for", "on", "by", "over", "against", "that", "which", "who", "after",
                                        "before", "and", "to", "with", "from", NULL};
  for (size_t t = h->e; t < c->nTok && !tok_is(c, t, ",") && !tok_is(c, t, ".") && !clause_break(c, t); t++) {
    /* (a preposition before an actor names the act's party: "broke off
    ** relations with Rwanda two days earlier") */
    int bParty = t + 1 < c->nTok && (in_mention(c, t + 1) || (tok_is(c, t + 1, "the") && t + 2 < c->nTok &&
                                                              in_mention(c, t + 2)));
    if ((tok_in(c, t, azOther) && !bParty) ||
        (c->aTok[t].bWord && !tok_in(c, t, azPlacePrep) && !tok_in(c, t, azOther) && !in_mention(c, t) &&
                                  (dict_forms(c->p, c->aTok[t].id) || tok_past_ed(c, t) || tok_ing(c, t)) &&
                                  !tok_is(c, t + 1, "later") && !tok_is(c, t + 1, "earlier")))
      break;
    if (!tok_is(c, t, "later") && !tok_is(c, t, "earlier")) continue;
    if (offset_date(c, h, t, 1, pOut)) return 1;
    break;
  }
  size_t lo = h->i > 15 ? h->i - 15 : 0;
  for (size_t b = h->i; b-- > lo;) {
    if (clause_break(c, b)) return 0;
    int bAfter = tok_is(c, b, "after") || tok_is(c, b, "before");
    int bLater = tok_is(c, b, "later") || tok_is(c, b, "earlier");
    if (!bAfter && !bLater) {
      if (tok_is(c, b, ",") && !(b > 0 && (tok_is(c, b - 1, "later") || tok_is(c, b - 1, "earlier")))) return 0;
      continue;
    }
    return offset_date(c, h, b, bLater, pOut);
  }
  return 0;
}

/* A statement, appeal, meeting, praise, aid, demand, criticism or refusal
** aimed at exactly the actor that makes it ("Erdogan reaffirmed Ankara's
** support for Baku" -> TURGOV at TURGOV, "the junta accused France" with the
** junta read as French) is a target resolved to the wrong mention, not an
** act. Acts a state does at home (yielding, inquiries, reform, threats and
** force, as emit_event's bDomestic) may name it twice: "Thailand will impose
** a curfew". Two bare roles ("leaders accused officials") both took a
** guessed country and are left alone, as is a pronoun's guessed antecedent:
** the actors, not the act, are unsure. */
int bare_role(const Mention *m) {
  return m->pAgent && !m->pMain && !m->pCountry && !m->pPersonCountry;
}

static int self_directed(const tocsin_event *ev, const char *zCode, const Mention *pS, const Mention *pT) {
  if (!ev->source.zCode || !ev->target.zCode || strcmp(ev->source.zCode, ev->target.zCode)) return 0;
  if ((bare_role(pS) && bare_role(pT)) || pS->bPronoun || pT->bPronoun) return 0;
  int root = (zCode[0] - '0') * 10 + (zCode[1] - '0');
  if (root == 8 || root == 9 || root >= 13) return 0;
  return strncmp(zCode, "034", 3) && strncmp(zCode, "035", 3) && strncmp(zCode, "123", 3) &&
         strncmp(zCode, "124", 3);
}

/* "Iran launched 300 drones at Israel" coded Iran on Iran, "Ukraine severed
** relations with Moscow" the government on itself: force, coercion and
** sanctions (15-20, 16x) by an actor on the very same actor are a lost target,
** not an act; only a state's measures at home (172x: curfews, emergencies)
** name the state both ways. Two bare roles ("police ... police") are left
** to self_directed's rule. */
static int self_hostile(const tocsin_event *ev, const char *zCode, const Mention *pS, const Mention *pT) {
  if (!ev->source.zCode || !ev->target.zCode || strcmp(ev->source.zCode, ev->target.zCode)) return 0;
  if (bare_role(pS) && bare_role(pT)) return 0;
  int root = (zCode[0] - '0') * 10 + (zCode[1] - '0');
  if (root < 15 || !strncmp(zCode, "172", 3)) return 0;
  /* acts between states by nature: cutting ties, sanctions, expulsions */
  if (root == 16 || !strcmp(zCode, "174")) return 1;
  /* ... and any hostile act of a named state or body on itself ("Iran ...
  ** Iran"); a role of it may act on another of its own ("authorities
  ** detained former chief ministers"), a group on its land */
  int kS = pS->pMain ? (int)pS->pMain->kind : -1, kT = pT->pMain ? (int)pT->pMain->kind : -1;
  return kS == kT && (kS == AK_COUNTRY || kS == AK_ORG) && !pS->pAgent && !pT->pAgent && !pS->pGroup && !pT->pGroup;
}

/* "The US military said it shot down four drones": force whose target is a
** bare role that took its country from the source ("drones" is no one's
** here) and so reads as the source's own same force is no event: no one
** fights his own side's role. Roles the text gives a state keep theirs. */
static int own_force_on_itself(const tocsin_event *ev, const char *zCode, const Mention *pT) {
  if (zCode[0] != '1' && zCode[0] != '2') return 0;
  int root = (zCode[0] - '0') * 10 + (zCode[1] - '0');
  if (root < 18 || !ev->source.zCode || !ev->target.zCode || strcmp(ev->source.zCode, ev->target.zCode)) return 0;
  return bare_role(pT) && !pT->bPronoun;
}

/* "Indonesia deployed warships to waters off its islands" coded Indonesia on
** Indonesia, "agreed to resume joint patrols" a minister on himself: a show
** of force, alert or mobilisation (15x) by an actor on the very same actor
** is a lost target, not an act. (Its own forces as the object -- "scrambled
** fighter jets" KOR on KORMIL -- are left: the gold sets code a deployment
** at home towards the state's own country, and they score alike.) */
static int own_posture_on_itself(const tocsin_event *ev, const char *zCode) {
  if (zCode[0] != '1' || zCode[1] != '5' || !ev->source.zCode || !ev->target.zCode) return 0;
  return !strcmp(ev->source.zCode, ev->target.zCode);
}

/* Why: "Lula, who was visiting a flooded town in Sao Paulo state",
** "Japan said it would lift its curbs on exports", "Trump announced new
** sanctions against companies ...", "began evacuating thousands of residents":
** visits and hosting, mediation, trade and aid, shows of force, cutting ties
** and sanctions (and their threat or easing) are aimed at another state by
** their nature; one whose target is the source's own state or body is a lost
** target (none of some 60 in the development sets is coded so), not an act at
** home. Contract: 1 when code zCode is one of those and the event's source
** and target are one side as the scorer keys actors (a state's three
** letters, a body's whole code), else 0. */
static int foreign_act_at_home(const tocsin_event *ev, const char *zCode) {
  static const char *const azAbroad[] = {"042", "043", "045", "061", "1312", "150", "152", "161", "163", "166", NULL};
  const char *zS = ev->source.zCode, *zT = ev->target.zCode;
  if (!zS || !zT) return 0;
  /* easing administrative sanctions (0351) is done at home to a party of the
  ** state ("lift the ban on the Islamic Salvation Front", the CAMEO manual's
  ** example); only at the bare state itself is its target lost ("Japan would
  ** lift its curbs on exports") */
  int bAbroad = !strncmp(zCode, "07", 2) || !strncmp(zCode, "0354", 4) || (!strncmp(zCode, "0351", 4) && strlen(zT) == 3);
  for (const char *const *z = azAbroad; *z && !bAbroad; z++) bAbroad = !strcmp(zCode, *z);
  /* an international force or mission (role IGO) is no state's own: "the
  ** multinational force arrived in Port-au-Prince" is HTIIGO on HTI */
  if (!bAbroad || (ev->source.zRole && !strcmp(ev->source.zRole, "IGO"))) return 0;
  /* the side: a body's whole code, a firm's "MNC" and state, a state's three letters */
  size_t nKey = !strncmp(zS, "IGO", 3) || !strncmp(zS, "NGO", 3) ? strlen(zS) + 1 : !strncmp(zS, "MNC", 3) ? 6 : 3;
  return strlen(zS) >= 3 && strlen(zT) >= 3 && !strncmp(zS, zT, nKey);
}

/* A bare "suspend" (dict/verbs.txt, 161) cuts a tie with another party:
** "The African Union suspended Niger", "suspended the French broadcaster";
** within one state ("the government suspended the governor") it is no
** event. */
static int member_suspended(const Coder *c, const VerbHit *h, const tocsin_event *ev) {
  if (h->pPat->nSlot > 0 || strcmp(lemma_of(c, h), "suspend")) return 1;
  const char *zS = ev->source.zCountry, *zT = ev->target.zCountry;
  return !zS || !zT || strncmp(zS, zT, 3);
}

/* 1 if the mention at token t is the far side of a border: "near the
** border with Poland" places an act, it names no partner. */
int border_with(const Coder *c, size_t t) {
  static const char *const azBorder[] = {"border", "borders", "frontier", "boundary", NULL};
  return t >= 2 && tok_is(c, t - 1, "with") && tok_in(c, t - 2, azBorder);
}

/* "began joint drills around Taiwan", "staged exercises near the border
** with Lithuania": drills held around or near a state, not with it, are a
** show of force at it (150), whoever else joins them. */
static int drills_around(const Coder *c, const VerbHit *h, const Mention *pT) {
  static const char *const azDrill[] = {"exercises", "exercise", "drills", "drill", "maneuvers", "manoeuvres",
                                        "patrol", "patrols", "wargames", "games", NULL};
  static const char *const azAround[] = {"around", "near", "off", "encircling", "surrounding", NULL};
  size_t t = pT->i;
  if (t > 0 && tok_is(c, t - 1, "the")) t--;
  if (t == 0 || t < h->e) return 0;
  if (!tok_in(c, t - 1, azAround) && !border_with(c, t)) return 0;
  for (size_t k = h->i; k < h->e; k++)
    if (tok_in(c, k, azDrill)) return 1;
  return 0;
}

/* "South Korean consumers boycotted Japanese beer", "students boycotted
** French brands": a boycott by people, not by a state, is dissent (143),
** not an embargo (163), which only a government or a bloc can impose. */
static int popular_boycott(const Coder *c, const VerbHit *h, const char *zCode, const char *zRole) {
  static const char *const azPeople[] = {"CVL", "OPP", "LAB", "EDU", "AGR", "HRI", "NGO", "REL", "MED", NULL};
  if (strcmp(zCode, "163") || !zRole || strcmp(lemma_of(c, h), "boycott")) return 0;
  for (const char *const *z = azPeople; *z; z++)
    if (!strcmp(zRole, *z)) return 1;
  return 0;
}

/* Contract: the token after a share of a place that opens at t ("most of",
** "much of", "part of", "parts of", "all of", "half of"), else t. Why: "M23
** rebels seized most of Goma" takes the town as "seized Goma" does, but the
** share stood between the verb and the place (issue 4 force25). */
static size_t share_of_end(const Coder *c, size_t t) {
  static const char *const azShare[] = {"most", "much", "part", "parts", "all", "half", NULL};
  return t + 1 < c->nTok && tok_in(c, t, azShare) && tok_is(c, t + 1, "of") ? t + 2 : t;
}

/* Is place pT what act h takes ("captured Damascus", "seized the town of
** Palma")? Not a state further on ("arrested two men suspected of spying
** for Russia"), and never with a verb that only takes people ("arrest"). */
static int place_seized(const Coder *c, const VerbHit *h, const Mention *pT) {
  static const char *const azPeople[] = {"arrest", "detain", "jail", "imprison", "incarcerate", "apprehend",
                                         "intern", "remand", "prosecute", "indict", "impeach", "charge", NULL};
  const char *zLemma = lemma_of(c, h);
  for (const char *const *z = azPeople; *z; z++)
    if (!strcmp(zLemma, *z)) return 0;
  size_t t = share_of_end(c, h->e);
  if (t < pT->i && tok_is(c, t, "the")) t++;
  return pT->i <= t;
}

/* "Israeli forces seized the buffer zone on the Golan Heights", "rebels
** captured the town of X", "took control of the airport": seizing a
** piece of ground is occupying territory (192), not property (171). True
** when the object right after the verb (past "the", "a", "most of", "control
** of") is a word for ground and the target is a state or a place. */
static int territory_seized(const Coder *c, const VerbHit *h, const Mention *pT) {
  static const char *const azGround[] = {"zone", "territory", "territories", "town", "towns", "village",
                                         "villages", "city", "area", "areas", "district", "districts",
                                         "region", "province", "airport", "airbase", "crossing", "crossings",
                                         "heights", "hill", "hills", "island", "islands", "outskirts",
                                         "headquarters", "bridgehead", "settlement", "settlements", NULL};
  static const char *const azSkip[] = {"the", "a", "an", "most", "much", "part", "parts", "all", "of", "control",
                                       "key", "strategic", "buffer", "border", "demilitarized", "demilitarised",
                                       "eastern", "western", "northern", "southern", "central", "entire",
                                       "several", "two", "three", "some", NULL};
  if (pT->pAgent || (!pT->pMain && !pT->pCountry)) return 0;
  int kind = pT->pMain ? (int)pT->pMain->kind : (int)pT->pCountry->kind;
  if (kind != AK_CAPITAL && kind != AK_PLACE && kind != AK_COUNTRY && kind != AK_DEMONYM) return 0;
  size_t t = h->e;
  while (t < c->nTok && t < h->e + 5 && tok_in(c, t, azSkip) && !tok_in(c, t, azGround)) t++;
  return t < c->nTok && tok_in(c, t, azGround);
}

/* "told AFP by phone", "told reporters by telephone": what is said to the
** press over the phone is a statement through it, no call between parties. */
static int press_by_phone(const Coder *c, const VerbHit *h, const tocsin_event *ev) {
  const char *zT = ev->target.zCode;
  int bPress = (ev->target.zRole && !strcmp(ev->target.zRole, "MED")) ||
               (zT && strlen(zT) >= 6 && !strncmp(zT + 3, "MED", 3));   /* an agency: FRAMEDAFP */
  return bPress && !strcmp(h->zCode, "041") && !strcmp(lemma_of(c, h), "tell");
}

/* "Syria's civil war, which began in 2011, has killed ...", "The UN has not
** deployed troops since its mission ended in 2017": a date inside a relative
** clause set off by commas before the verb (one a past participle opens
** counts), or inside a "since" clause, dates that clause, not the verb. */
int date_in_aside(const Coder *c, const VerbHit *h, const DateFound *pD) {
  if (pD->iTokEnd <= h->i) {
    size_t b = pD->iTok;
    while (b > 0 && c->aTok[b - 1].bWord) b--;
    /* ... or a reduced one, opened by a past participle: "the Government of
    ** National Unity, sworn in on Monday, is unlikely to ask" (issue 4, dev29) */
    uint32_t forms = token_forms(c, b);
    int bReduced = !c->aTok[b].bCap && ((forms & VF_PP) || (!forms && tok_past_ed(c, b))) && !(forms & VF_BASE);
    if (b == 0 || !tok_is(c, b - 1, ",") ||
        !(tok_is(c, b, "which") || tok_is(c, b, "who") || tok_is(c, b, "whom") || tok_is(c, b, "whose") || bReduced))
      return 0;
    for (size_t t = pD->iTokEnd; t < h->i; t++)
      if (tok_is(c, t, ",")) return 1;
    return 0;
  }
  if (pD->kind != DK_YEAR) return 0;
  for (size_t b = pD->iTok; b-- > h->i && c->aTok[b].bWord;)
    if (tok_is(c, b, "since")) return 1;
  return 0;
}

/* "signed a plan to expand military cooperation in 2021": a year after an
** infinitive that follows the hit's own words dates the infinitive's act, not
** the hit's (the plan was signed in 2020). Token iD is the date's first. */
int date_of_infinitive(const Coder *c, const VerbHit *h, size_t iD) {
  for (size_t b = h->e; b + 1 < iD; b++) {
    if (!c->aTok[b].bWord) return 0;   /* a comma or other mark ends the clause */
    if (!tok_is(c, b, "to")) continue;
    for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[b + 1].id); f;
         f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
      if (f->forms & VF_BASE) return 1;
  }
  return 0;
}

/* Contract: 1 when date pD is followed (past one comma) by a lowercase word
** that is no preposition or conjunction: with an article before it, the
** date then describes that noun ("the Jan. 6, 2021, attack", "the March 2019
** election"), it does not date an act. The caller checks the article. */
int date_names_noun(const Coder *c, const DateFound *pD) {
  static const char *const azNot[] = {"to", "of", "in", "on", "at", "for", "by", "and", "or", "but", "with", "from",
                                      "as", "when", "that", "which", "who", "after", "before", "until", "deadline",
                                      NULL};
  size_t t = pD->iTokEnd;
  if (t < c->nTok && tok_is(c, t, ",")) t++;
  return t < c->nTok && c->aTok[t].bWord && !c->aTok[t].bCap && !tok_in(c, t, azNot);
}

/* Contract: for a bare force a "government" word heads ("government troops",
** "government forces", "regime forces"), the state of the last place the
** sentence names, else the state the document names most; NULL for any
** other mention. Why: the government's forces are the state's where the story
** is; the nearest state the sentence names was often the foreign one fighting
** them ("Israeli aircraft struck ..., and government troops and Druze
** fighters fought", issue 4 lead36). */
const char *government_force_country(const Coder *c, int iM) {
  if (iM < 0) return NULL;
  const Mention *m = &c->aM[iM];
  if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->bPronoun || !m->pAgent->zCode ||
      (strcmp(m->pAgent->zCode, "MIL") && strcmp(m->pAgent->zCode, "COP")))
    return NULL;
  size_t t = m->i;
  if (tok_is(c, t, "the")) t++;
  if (t >= m->e || !(tok_is(c, t, "government") || tok_is(c, t, "regime") || tok_is(c, t, "pro-government")))
    return NULL;
  for (size_t k = c->nM; k-- > 0;) {
    const Mention *p = &c->aM[k];
    if (p->bLoc && p->pMain && p->pMain->zCountry && !p->pMain->bRegion &&
        (p->pMain->kind == AK_PLACE || p->pMain->kind == AK_CAPITAL || p->pMain->kind == AK_COUNTRY))
      return p->pMain->zCountry;
  }
  return c->zFocus ? c->zFocus : c->zRecent;
}

/* Contract: 1 when the year or month date at token iD, after the verb of
** hit h, dates the deed a reaction is about rather than the reaction: hit h
** blames, demands, rejects, sanctions or charges (roots 10-12, 16, 17) and a
** "for", "of" or "over" stands between its verb and the date ("blamed the
** air force for three chemical attacks in 2017", "charged an officer over
** torture in 2012"). A bare year or month says when the old deed was; the
** reaction is the story's news, dated by the document. */
int date_of_charged_act(const Coder *c, const VerbHit *h, const DateFound *pD) {
  if (pD->kind != DK_YEAR && pD->kind != DK_MONTH_YEAR && pD->kind != DK_MONTH) return 0;
  int root = code_root(h);
  if (root != 10 && root != 11 && root != 12 && root != 16 && root != 17) return 0;
  for (size_t b = h->i + 1; b < pD->iTok; b++) {
    if (clause_break(c, b) || tok_is(c, b, ",")) return 0;
    /* ("jailed him for 18 years in December 2021": a term, no charge) */
    if (tok_is(c, b, "for") && b + 2 < pD->iTok && (tok_number(c, b + 1) || tok_is(c, b + 1, "life")) &&
        (tok_is(c, b + 2, "years") || tok_is(c, b + 2, "months") || tok_is(c, b + 1, "life")))
      continue;
    if (tok_is(c, b, "for") || tok_is(c, b, "of") || tok_is(c, b, "over")) return 1;
  }
  return 0;
}

/* Contract: 1 when hit h praises, thanks or congratulates (051) a bare
** armed force or police (mention iT, no state of its own) and the praiser's
** state zSrcC is known. Why: "Putin congratulated the troops on the capture
** of the town" after a sentence about the other side's retreat -- a leader
** praises his own forces, not the story's last side. */
static int praised_own_force(const Coder *c, const VerbHit *h, int iT, const char *zSrcC) {
  const Mention *pT = &c->aM[iT];
  if (!zSrcC || strcmp(h->zCode, "051") || !pT->pAgent || pT->pMain || pT->pCountry || pT->pPersonCountry ||
      pT->bPronoun || !pT->pAgent->zRole)
    return 0;
  return !strcmp(pT->pAgent->zRole, "MIL") || !strcmp(pT->pAgent->zRole, "COP");
}

/* Contract: 1 when an accusation or criticism (root rootH 11) by actor pSrc
** -- a state, or its government -- is aimed at pT, a bare challenger role
** (opposition, party, rebels, insurgents, separatists) naming no state nor a
** base, and pSrc's state is the one the document is most about, the
** dateline's, or one an earlier event of the document acted within.
** Why: the role then took the state named last (a foreign critic's, "Syria's
** government ... blamed rebel fighters" after a U.S. threat gave USAREB),
** but a government at the centre of the story blames its own challengers
** (issue 4 accuse23). */
static const char *const azChallenger[] = {"OPP", "PTY", "REB", "INS", "SEP", NULL};
static int own_challengers_blamed(const Coder *c, int rootH, const Mention *pT, const tocsin_actor *pSrc) {
  if (rootH != 11 || !pSrc->zCountry || (pSrc->zRole && strcmp(pSrc->zRole, "GOV"))) return 0;
  if (!pT->pAgent || !pT->pAgent->zRole || pT->pMain || pT->pCountry || pT->pPersonCountry || pT->bPronoun) return 0;
  if (!str_listed(pT->pAgent->zRole, azChallenger)) return 0;
  /* "Pakistan-based militants", "Russian-backed separatists" name their base */
  if (pT->i >= 1 && (tok_is(c, pT->i - 1, "based") || tok_is(c, pT->i - 1, "backed"))) return 0;
  const char *zS = pSrc->zCountry, *zHome = c->pDateline ? c->pDateline->zCountry : NULL;
  if ((c->zFocus && !strncmp(c->zFocus, zS, 3)) || (zHome && !strncmp(zHome, zS, 3))) return 1;
  /* ... or a state whose own strife the story has told: an act at home */
  for (size_t e = 0; e < c->d->nEvent; e++) {
    const tocsin_actor *a = &c->d->aEvent[e].source, *b = &c->d->aEvent[e].target;
    if (a->zCountry && b->zCountry && !strncmp(a->zCountry, zS, 3) && !strncmp(b->zCountry, zS, 3)) return 1;
  }
  return 0;
}

/* Contract: 1 when mention iS is a bare challenger role (opposition, party,
** rebels: azChallenger) naming no state, and iT names a state's rulers -- a
** government organ or person whose role on the day is GOV -- with a state.
** Why: "Opposition leaders accused President Viktor Yanukovich of selling
** Ukraine's independence to Moscow" gave RUSOPP: the bare role took the
** state named nearest, but a challenger criticising named rulers is their
** own state's opposition (issue 4 accuse23). */
static int challenger_of_named_rulers(const Coder *c, int iS, int iT) {
  const Mention *m = &c->aM[iS], *t = &c->aM[iT];
  if (!m->pAgent || !m->pAgent->zRole || m->pMain || m->pCountry || m->pPersonCountry || m->bPronoun) return 0;
  if (!str_listed(m->pAgent->zRole, azChallenger) || t->bPronoun) return 0;
  if (!t->pCountry && !t->pPersonCountry && !(t->pMain && t->pMain->kind == AK_PERSON)) return 0;
  const char *zR = mention_role(c, iT);
  return zR && !strcmp(zR, "GOV");
}

/* Contract: for an act of violence or force (root 18 or 19) on a bare role pT (no state
** of its own) that would take zDefault, the source's own state zSrc (or no
** state yet: NULL), the
** state of a mention standing after "into" (an adjective between at most)
** in the sentence that is not the source's ("stormed into southern Israel,
** overrunning army posts"), else -- when the act carries
** its victims "to" or "into" a place of the source's own state ("abducting
** more than 200 people to Gaza", "took dozens of hostages back into Gaza")
** -- the first other state the sentence names ("..., the Israeli military
** said"); zDefault otherwise. Why: the victims then took the country of the
** abductors' own ground, named last, though they were carried off from the
** other side (issue 4 force27). */
static const char *carried_off_victims(const Coder *c, const VerbHit *h, const Mention *pT, const char *zSrc,
                                       const char *zDefault) {
  if (!zSrc || (zDefault && strncmp(zDefault, zSrc, 3)) || !pT->pAgent || pT->pMain || pT->pCountry ||
      pT->pPersonCountry)
    return zDefault;
  int bCarried = 0;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    const char *z = NULL;
    mention_country(c, (int)m, &z);
    if (!z || pm->bPronoun || pm->iGroup < 0 || pm->i < 1) continue;
    /* ... "into Israel", "into southern Israel" */
    int bInto = tok_is(c, pm->i - 1, "into") ||
                (pm->i >= 2 && tok_is(c, pm->i - 2, "into") && c->aTok[pm->i - 1].bWord && !c->aTok[pm->i - 1].bCap);
    if (bInto && strncmp(z, zSrc, 3) && pm->pMain &&
        (pm->pMain->kind == AK_COUNTRY || pm->pMain->kind == AK_PLACE || pm->pMain->kind == AK_CAPITAL))
      return z;
    bCarried |= pm->i > h->i && !strncmp(z, zSrc, 3) && (tok_is(c, pm->i - 1, "to") || tok_is(c, pm->i - 1, "into"));
  }
  for (size_t m = 0; m < c->nM && bCarried; m++) {
    const char *z = NULL;
    mention_country(c, (int)m, &z);
    if (z && !c->aM[m].bPronoun && c->aM[m].iGroup >= 0 && strncmp(z, zSrc, 3)) return z;
  }
  return zDefault;
}

/* "cut off aid to the de facto government", "sanctioned 14 members of the
** junta": a bare regime noun (a GOV or MIL role naming no state) on the
** receiving end of another state's aid, sanction or travel ban is the regime
** of the state the story tells of -- the state of its last domestic act, else
** the last state named -- not the acting state's own, where group_country
** falls back. zDefault is that fallback; returns the country to use. */
static const char *foreign_regime_country(const Coder *c, const VerbHit *h, const Mention *pT, const char *zSrcC,
                                          const char *zTgtMember, const char *zDefault) {
  if (zTgtMember || !zSrcC || !zDefault || strncmp(zDefault, zSrcC, 3)) return zDefault;
  if (!pT->pAgent || pT->pMain || pT->pCountry || pT->pPersonCountry || pT->bPronoun || pT->bOwn) return zDefault;
  if (strcmp(pT->pAgent->zCode, "GOV") && strcmp(pT->pAgent->zCode, "MIL")) return zDefault;
  int root = code_root(h);
  if (root != 7 && root != 16 && strcmp(h->zCode, "172")) return zDefault;
  for (size_t k = c->d->nEvent; k-- > 0;) {
    const tocsin_event *e = &c->d->aEvent[k];
    if (e->source.zCountry && e->target.zCountry && !strncmp(e->source.zCountry, e->target.zCountry, 3) &&
        strncmp(e->source.zCountry, zSrcC, 3))
      return e->source.zCountry;
  }
  if (c->zRecent && strncmp(c->zRecent, zSrcC, 3)) return c->zRecent;
  return zDefault;
}

/* Fills *pm as a mention not in the text: the state or body pC, over hit h's
** verb, its own ("bOwn"). Shared by push_implied_mention and home_rule_target. */
void implied_mention(const VerbHit *h, const ActorEntry *pC, Mention *pm) {
  memset(pm, 0, sizeof *pm);
  pm->i = h->i;
  pm->e = h->i + 1;
  pm->pMain = pC;
  pm->bOwn = 1;
}

/* Contract: sets pEv's target to state zS, a mention not in the text over
** hit h's verb; returns 0 when the actor cannot be made, 1 otherwise (also
** when zS is no state the dictionary knows: the target is then left). Shared
** by home_rule_target and inquiry_at_home. */
static int target_own_state(Coder *c, const VerbHit *h, const char *zS, long nDay, int bDay, tocsin_event *pEv) {
  const ActorEntry *pC = country_entry(c, zS);
  if (!pC) return 1;
  Mention m;
  implied_mention(h, pC, &m);
  return make_actor(c, &m, nDay, bDay, NULL, &pEv->target);
}

/* Contract: for a curfew or emergency rule (1723, 1724, and their threats
** 1323, 1324), sets pEv's target to the source's own state (a bare state
** actor) unless the target already is that state, its government or
** legislature, or a territory dependent on it ("France put New Caledonia
** under a state of emergency"). Returns 0 when the new actor cannot be made
** (the event is then left out). Why: emergency rule is imposed at home, but
** the first actor after the verb was often a foreign state ("citing
** Ukrainian shelling"), a place read as a region ("in the West
** department"), a previous sentence's state, or the state's own forces
** ("giving police and the army powers"); the gold sets code it at the
** declaring state (issue 4 coerce23). */
static int home_rule_target(Coder *c, const VerbHit *h, long nDay, int bDay, tocsin_event *pEv) {
  const char *zCode = h->zCode;
  if (strcmp(zCode, "1723") && strcmp(zCode, "1724") && strcmp(zCode, "1323") && strcmp(zCode, "1324")) return 1;
  const char *zS = pEv->source.zCountry, *zT = pEv->target.zCountry;
  if (!zS) return 1;
  if (zT && !strcmp(zS, zT) &&
      (!pEv->target.zRole || !strcmp(pEv->target.zRole, "GOV") || !strcmp(pEv->target.zRole, "LEG")))
    return 1;
  if (zT && strcmp(zS, zT) && dict_dependency(c->p, zT, zS)) return 1;
  return target_own_state(c, h, zS, nDay, bDay, pEv);
}

/* Contract: for an inquiry (root 09) whose target pT stands after "on" or
** "against" that follows an attack noun after the verb ("begun an inquiry
** into the assault on the embassy"), sets pEv's target to the source's own
** state; returns 0 when the new actor cannot be made. Why: the victim of the
** deed looked into is no suspect; the inquiry is the state's at home, as
** the gold sets code it (EGY 091 EGY; issue 4 dev30). */
static int inquiry_at_home(Coder *c, const VerbHit *h, const Mention *pT, long nDay, int bDay, tocsin_event *pEv) {
  static const char *const azDeed[] = {"attack", "attacks", "assault", "bombing", "bombings", "killing", "killings",
                                       "shooting", "murder", "raid", "storming", "ransacking", NULL};
  if (code_root(h) != 9 || !pEv->source.zCountry || pT->i < h->e + 2 || pT->bOwn) return 1;
  size_t t = pT->i;
  if (tok_is(c, t - 1, "the")) t--;
  if (!tok_is(c, t - 1, "on") && !tok_is(c, t - 1, "against")) return 1;
  int bDeed = 0;
  for (size_t u = h->e; u + 1 < t && !bDeed; u++) bDeed = tok_in(c, u, azDeed);
  if (!bDeed) return 1;
  return target_own_state(c, h, pEv->source.zCountry, nDay, bDay, pEv);
}

/* A travel ban one state or body imposes on another state's people is a
** sanction (163), as the gold sets code "imposed travel bans and asset
** freezes on Russian officials"; at home it stays an administrative
** sanction (172). Returns the code to use. */
static const char *travel_ban_abroad(const Coder *c, const VerbHit *h, const tocsin_event *pEv, const char *zCode) {
  if (strcmp(zCode, "172") || !pEv->target.zCountry) return zCode;
  if (pEv->source.zCountry && !strncmp(pEv->source.zCountry, pEv->target.zCountry, 3)) return zCode;
  if (!pEv->source.zCountry && !pEv->source.zOrg) return zCode;
  for (size_t t = h->i; t < h->e; t++)
    if (tok_is(c, t, "travel")) return "163";
  return zCode;
}

/* Contract: "195" when code zCode is 194 and the clause of hit h (from a
** comma or clause break at most twelve tokens before the verb to one at most
** ten tokens past it) joins an air arm and artillery with "and" ("jets and
** artillery pounded", "shelled towns with artillery and drones", "air and
** artillery strikes"); "194" for such a 195; else NULL. Why: one strike by
** both arms is two events in the gold sets, 195 and 194 (README, Codes). */
static const char *other_arm_code(const Coder *c, const VerbHit *h, const char *zCode) {
  static const char *const azAir[] = {"warplanes", "warplane", "jets", "aircraft", "drones", "drone", "bombers",
                                      "helicopters", "gunships", "missiles", "missile", "rockets", "rocket", "air",
                                      "airstrikes", "airstrike", "bombs", NULL};
  static const char *const azGun[] = {"artillery", "shells", "shelling", "mortars", "mortar", "howitzers", NULL};
  int b194 = !strcmp(zCode, "194");
  if (!b194 && strcmp(zCode, "195")) return NULL;
  size_t lo = h->i;
  while (lo > 0 && lo + 12 > h->i && !tok_is(c, lo - 1, ",") && !clause_break(c, lo - 1)) lo--;
  for (size_t t = lo + 1; t + 1 < c->nTok && t < h->e + 10; t++) {
    if (t >= h->e && (tok_is(c, t, ",") || clause_break(c, t))) break;
    if (!tok_is(c, t, "and")) continue;
    int airL = tok_in(c, t - 1, azAir) || (t >= lo + 2 && tok_in(c, t - 2, azAir));
    int gunL = tok_in(c, t - 1, azGun) || (t >= lo + 2 && tok_in(c, t - 2, azGun));
    int airR = tok_in(c, t + 1, azAir) || (t + 2 < c->nTok && tok_in(c, t + 2, azAir));
    int gunR = tok_in(c, t + 1, azGun) || (t + 2 < c->nTok && tok_in(c, t + 2, azGun));
    if ((airL && gunR) || (gunL && airR)) return b194 ? "195" : "194";
  }
  return NULL;
}

/* Contract: rewrites actor *pA (of mention iM, gunmen or a militia a
** nationality names: "Serb gunmen", "Afghan militiamen") to the state where
** it acts, zWhere, when the sentence places the act there (a place in the
** clause or the dateline), that state is not the nationality's, and the
** other side, *pOther, is of that state. Why: CAMEO and the gold sets code
** gunmen and militias by the country where they act ("Serb gunmen killed a
** Kosovo police officer near Banjska" XKX -> XKX): a nationality names their
** kin, not a state that sends them. Fire from afar (194, 195: rockets,
** missiles, drones) is not acting there ("a drone launched by Iraqi
** militants struck a US base in Jordan" stays IRQ), nor is crossing into
** land. */
static int irregulars_where_they_act(Coder *c, int iM, const char *zWhere, const tocsin_actor *pOther,
                                     const char *zCode, tocsin_actor *pA) {
  /* gunmen, militias and paramilitaries (UAF), as tests/gold/README.md codes
  ** them; insurgents and suicide bombers named by nationality ("Palestinian
  ** suicide bombers killed 23 people in Tel Aviv" PSEINS) keep it */
  static const char *const azIrregular[] = {"UAF", NULL};
  /* the other side is people of that state (police, troops, villagers), not
  ** its land: "Ukrainian sabotage groups tried to cross into the Belgorod
  ** region" come from their state */
  if (iM < 0 || !zWhere || !pOther->zCountry || !pOther->zRole || !pA->zCountry || !pA->zCode) return 1;
  if (zCode[0] != '1' && zCode[0] != '2') return 1;
  int root = atoi(zCode) / (strlen(zCode) > 3 ? 100 : 10);
  if (root < 18 || root > 20 || !strncmp(zCode, "194", 3) || !strncmp(zCode, "195", 3)) return 1;
  const Mention *m = &c->aM[iM];
  if (m->pMain || m->pGroup || m->pPersonCountry || !m->pCountry || m->pCountry->kind != AK_DEMONYM) return 1;
  if (!m->pAgent || !m->pAgent->zRole || !str_listed(m->pAgent->zRole, azIrregular)) return 1;
  if (!is_state_code(zWhere) || strlen(zWhere) != 3 || !strcmp(pA->zCountry, zWhere) ||
      strcmp(pOther->zCountry, zWhere))
    return 1;
  char zBuf[32];
  snprintf(zBuf, sizeof zBuf, "%s%s", zWhere, pA->zCode + (strlen(pA->zCode) >= 3 ? 3 : 0));
  pA->zCode = arena_strdup(c->d->pArena, zBuf);
  pA->zCountry = arena_strdup(c->d->pArena, zWhere);
  return pA->zCode != NULL;
}

int emit_event(Coder *c, size_t iSent, const VerbHit *h, int iS, int iT, const Judgment *j,
               const DateFound *pDate, const DateFound *pDue, int bJoint) {
  tocsin_doc *d = c->d;
  Arena *A = d->pArena;
  tocsin_event ev;
  memset(&ev, 0, sizeof ev);
  ev.iSentence = iSent;
  /* date */
  Ymd day = c->bAnchor ? c->anchor : c->docDate;
  int bDay = c->bAnchor || c->bDocDate;
  const char *zPrec = "day";
  ev.zDateText = c->bAnchor ? "dateline date" : "document date";
  Ymd ref = day;
  int bRef = bDay;
  int bOwnDate = 0;
  DateFound narrDate;
  if (pDate && narrative_date(c, pDate, &narrDate)) pDate = &narrDate;
  if (pDate) {
    Ymd t;
    if (date_resolve(pDate, bDay ? &ref : NULL, j->bFuture, &t, &zPrec)) {
      day = t;
      bDay = 1;
      bOwnDate = 1;
      ev.zDateText = arena_strdup(A, pDate->zText);
      int bPast = !bRef || ymd_cmp(t, ref) <= 0;
      if (!j->bFuture && bPast) {
        set_narrative_date(c, t);
        c->iNarrEvSent = c->iSentNow;
        c->bNarrEv = 1;
      }
      /* ... but not a flashback to background a year or more before the
      ** report ("Riyadh cut ties with Tehran on Jan. 3, 2016"): the story
      ** returns to its own days after it */
      int bBackground = bRef && ymd_to_days(ref) - ymd_to_days(t) > 365;
      if (!j->bFuture && !strcmp(zPrec, "day") && bPast && !bBackground) {
        /* later undated past events in the narrative happened then too */
        c->ctx = t;
        c->bCtx = 1;
        snprintf(c->zCtxText, sizeof c->zCtxText, "context: %s", pDate->zText);
      }
      /* a hedged statement about a date after the report is a forecast too:
      ** "Putin may offer guarantees at the summit on December 2" */
      int bAfterDoc = bRef && ymd_cmp(t, ref) > 0;
      if (j->bFuture || (bAfterDoc && strcmp(j->zMood, "fact"))) {
        char zd[11];
        ymd_format(t, zd);
        ev.zDue = arena_strdup(A, zd);
        if (!strcmp(j->zMood, "estimate")) ev.zMood = "forecast";
      }
    }
  }
  if (pDue) {
    Ymd t;
    const char *zP = NULL;
    if (date_resolve(pDue, bRef ? &ref : NULL, 1, &t, &zP) && (!bRef || ymd_cmp(t, ref) > 0)) {
      char zd[11];
      ymd_format(t, zd);
      ev.zDue = arena_strdup(A, zd);
    }
  }
  /* the narrative date carries to facts, reports and past-tense judgments
  ** ("we assess that Lavrov pressed"), not to "Lukashenko may expel" */
  int bPastAct = !strcmp(j->zMood, "fact") || !strcmp(j->zMood, "reported") ||
                 ((h->forms & VF_PAST) && !(h->forms & VF_BASE));
  /* ... nor to a present perfect ("both sides have repeatedly violated
  ** it"), which runs up to the report's day (issue 4 lead34) */
  size_t iAux = h->i;
  while (iAux > 0 && (tok_ly(c, iAux - 1) || tok_is(c, iAux - 1, "also") || tok_is(c, iAux - 1, "already")))
    iAux--;
  int bPerfect = iAux > 0 && (tok_is(c, iAux - 1, "have") || tok_is(c, iAux - 1, "has")) && (h->forms & VF_PP);
  if (!bOwnDate && !j->bFuture && c->bCtx && bPastAct && !bPerfect) {
    /* "He also praised ...": no date words of its own, so the date of the
    ** events narrated just before it, said as "context: <their words>" */
    day = c->ctx;
    bDay = 1;
    ev.zDateText = arena_strdup(A, c->zCtxText);
  }
  if (bDay) {
    char zd[11];
    ymd_format(day, zd);
    ev.zDate = arena_strdup(A, zd);
  }
  long nDay = bDay ? ymd_to_days(day) : 0;
  /* location */
  int iLoc = -1;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    /* a world region ("in the Caribbean") is no state's place: roles keep
    ** the states the sentence names */
    if (m->bLoc && m->pMain && (m->pMain->kind == AK_CAPITAL || m->pMain->kind == AK_PLACE ||
                                m->pMain->kind == AK_COUNTRY) && !m->pMain->bRegion &&
        same_clause(c, m->i, h->i) &&   /* "said that ... had been committed in Darfur" */
        !in_relative_aside(c, m)) {   /* "Johnson, who was in New York, said ..." (issue 4 lead35) */
      /* "stormed across the Gaza fence", "near the Lebanese border": the edge
      ** of a place is where two states meet, not the place where the act
      ** happens (issue 4 force31) */
      static const char *const azEdge[] = {"border", "fence", "frontier", "boundary", NULL};
      if (m->e < c->nTok && tok_in(c, m->e, azEdge)) continue;
      if (whereabouts_place(c, m)) continue;
      if (iLoc < 0 || (m->i > h->i && c->aM[iLoc].i < h->i)) iLoc = (int)k;
    }
  }
  /* a role without a country belongs to the place of the event, else to the
  ** country named last before it (this sentence, then earlier ones), else to
  ** the country the document is most about */
  const char *zInherit = c->zRecent ? c->zRecent : c->zFocus;
  zInherit = dominant_focus(c, zInherit);
  if (label_state(c)) zInherit = label_state(c);
  if (iLoc >= 0) {
    const Mention *m = &c->aM[iLoc];
    size_t s = c->aTok[m->i].start, e = c->aTok[m->e - 1].end;
    ev.zLocName = arena_strndup(A, c->z + s, e - s);
    const char *zOwner = place_owner(c, m);
    ev.zLocCountry = zOwner ? zOwner : dated_country(c, m->pMain);
    zInherit = ev.zLocCountry;
  } else if (c->pDateline) {
    ev.zLocName = c->pDateline->zName;
    ev.zLocCountry = c->pDateline->zCountry;
  }
  /* "Police in riot gear used tear gas against thousands of Democratic Front
  ** supporters who had camped outside parliament in Podgorica": two bare
  ** roles that protest, coerce or fight (roots 14-20), police and a crowd,
  ** are where the sentence's one town or capital is, though a clause of
  ** their own names it, not of the state the story last followed (issue 4,
  ** session 64) */
  const Mention *pSb = iS >= 0 ? &c->aM[iS] : NULL, *pTb = iT >= 0 ? &c->aM[iT] : NULL;
  int bBareS = pSb && bare_role(pSb) && !pSb->pGroup && !pSb->bPronoun;
  int bBareT = pTb && bare_role(pTb) && !pTb->pGroup && !pTb->bPronoun;
  if (iLoc < 0 && code_root(h) >= 14 && bBareS && bBareT) {
    const char *zTown = NULL;
    int nTown = 0;
    for (size_t k = 0; k < c->nM; k++) {
      const Mention *m = &c->aM[k];
      if (!m->bLoc || !m->pMain || m->pMain->bRegion || !m->pMain->zCountry ||
          (m->pMain->kind != AK_CAPITAL && m->pMain->kind != AK_PLACE))
        continue;
      if (!zTown || strncmp(zTown, m->pMain->zCountry, 3)) nTown++;
      zTown = m->pMain->zCountry;
    }
    if (nTown == 1) zInherit = zTown;
  }
  const char *zSrcC = NULL, *zTgtC = NULL;
  mention_country(c, iS, &zSrcC);
  mention_country(c, iT, &zTgtC);
  (void)zSrcC;
  (void)zTgtC;
  int rootH = code_root(h);
  /* ... as are the intents and refusals of yielding and reform ("agreed to
  ** free", "refused to release the journalist": 035x, 034x, 124x, 123x) */
  const char *zHc = h->zCode;
  /* ... and so are inquiries into roles ("opened an investigation into contractors") */
  int bDomestic = rootH == 8 || rootH == 9 || rootH >= 14 || !strncmp(zHc, "034", 3) || !strncmp(zHc, "035", 3) ||
                  !strncmp(zHc, "123", 3) || !strncmp(zHc, "124", 3);
  /* ... but a role listed with a named state's is that state's, wherever
  ** the act happens: "U.S. warplanes and warships struck targets in Yemen" */
  const char *zSrcMember = member_country(c, iS, 1), *zTgtMember = member_country(c, iT, 1);
  if (!zSrcMember) zSrcMember = possessor_role_country(c, iS);
  if (!zSrcMember) zSrcMember = his_role_country(c, iS);
  if (!zSrcMember) zSrcMember = definite_role_country(c, iS);
  if (!zSrcMember) zSrcMember = employer_base_country(c, iS);
  /* a speaker's own forces acting where the story is not their state's
  ** ("Kenyatta said security forces had killed all the attackers" in
  ** Somalia): what they act on stays where it is (below) */
  int bForceAbroad = 0;
  if (!zSrcMember) {
    zSrcMember = speaker_organ_country(c, iS);
    bForceAbroad = zSrcMember && zInherit && strncmp(zSrcMember, zInherit, 3);
  }
  if (!zSrcMember) zSrcMember = coordinated_force_country(c, h, iS);
  if (!zSrcMember) zSrcMember = junta_country(c, iS);
  if (!zSrcMember) zSrcMember = named_role_country(c, iS);
  if (!zSrcMember) zSrcMember = government_force_country(c, iS);
  /* ... a bare role keeps the state an earlier act of its sentence gave it:
  ** "Protesters tried to storm the Algerian embassy in Cairo, burning
  ** Algerian flags and throwing stones at riot police" are Egypt's all
  ** along (issue 4 lead38) */
  static const char *const azCrowdRole[] = {"OPP", "CVL", "LAB", "EDU", NULL};
  if (!zSrcMember && !c->aM[iS].bPronoun && c->aM[iS].pAgent && str_listed(c->aM[iS].pAgent->zRole, azCrowdRole))
    zSrcMember = role_country_at(c, c->aM[iS].i);
  if (!zSrcMember) zSrcMember = joint_challenger_country(c, iS, iT);
  if (!zSrcMember) zSrcMember = titled_local_country(c, iS);
  if (!zTgtMember) zTgtMember = titled_local_country(c, iT);
  if (!zTgtMember) zTgtMember = joint_challenger_country(c, iT, iS);
  if (!zTgtMember) zTgtMember = possessor_role_country(c, iT);
  if (!zTgtMember) zTgtMember = his_role_country(c, iT);
  if (!zTgtMember) zTgtMember = definite_role_country(c, iT);
  if (!zTgtMember) zTgtMember = employer_base_country(c, iT);
  if (!zTgtMember) zTgtMember = named_role_country(c, iT);
  if (!zTgtMember) zTgtMember = government_force_country(c, iT);
  if (!zTgtMember) zTgtMember = junta_country(c, iT);
  if (!zTgtMember) zTgtMember = story_opposition_country(c, iT);
  /* "Opposition leaders accused President Yanukovich": its own opposition */
  if (!zSrcMember && rootH == 11 && zTgtC && challenger_of_named_rulers(c, iS, iT)) zSrcMember = zTgtC;
  if (!zSrcMember && rootH >= 11 && rootH <= 13 && iLoc < 0) zSrcMember = rival_of_named_state(c, iS, iT, zInherit);
  /* "... and expelled them": a pronoun's role is where its antecedent was */
  if (c->aM[iS].iAnte && role_country_at(c, c->aM[iS].iAnte - 1)) zSrcMember = role_country_at(c, c->aM[iS].iAnte - 1);
  if (c->aM[iT].iAnte && role_country_at(c, c->aM[iT].iAnte - 1)) zTgtMember = role_country_at(c, c->aM[iT].iAnte - 1);
  /* "The government accuses Barrick of ..., which the company denies": the
  ** bare role a denial or rejection answers keeps the state its own act, an
  ** earlier event of the sentence, gave it (issue 4 lead36) */
  if (!zTgtMember && (!strcmp(h->zCode, "016") || code_root(h) == 12) && !c->aM[iT].bPronoun &&
      role_country_at(c, c->aM[iT].i))
    zTgtMember = role_country_at(c, c->aM[iT].i);
  /* ... but where talks are held is their venue, not the state of the bare
  ** organ who holds them: "Deputy Foreign Minister Ho Xuan Son held talks in
  ** Beijing with Dai Bingguo" is the story's side (session 56: he became
  ** China's, talking to China) */
  int bVenue = iLoc >= 0 && rootH == 4 && bare_organ(&c->aM[iS]) && !c->aM[iS].bPronoun;
  const char *zSrcDefault = zSrcMember ? zSrcMember
                            : label_owns_force(c, iS, h) ? label_state(c)
                            : iLoc >= 0 && !bVenue ? zInherit
                                        : group_country(c, iS, iT, bDomestic && !irregulars_on_state_thing(c, h, iS, iT),
                                                        zInherit, label_or_side(c, iS), 1);
  if (!zSrcMember) zSrcDefault = force_beside_named_state(c, h, iS, iT, zSrcDefault);
  if (!make_actor(c, &c->aM[iS], nDay, bDay, zSrcDefault, &ev.source)) return 1;
  /* "Powell told the Senate", "Trudeau told parliament": a statement's
  ** bare addressee is the speaker's own institution */
  const char *zTgtDefault = zTgtMember ? zTgtMember
                            : iLoc >= 0 ? zInherit
                                        : group_country(c, iT, iS, bDomestic, zInherit, label_or_side(c, iT), 0);
  const Mention *pT = &c->aM[iT];
  /* "Ortega released 222 political prisoners and expelled them to the United
  ** States": a yielding act (08) frees the source's own people */
  const char *zSwapped = zTgtMember ? NULL : swap_counterpart(c, h, iS, iT);
  if (zSwapped) zTgtDefault = zSwapped;
  else if (rootH == 8 && pT->pAgent && !pT->pMain && !pT->pCountry && !pT->pPersonCountry && ev.source.zCountry &&
      strcmp(pT->pAgent->zCode, "MIL") && strcmp(pT->pAgent->zCode, "COP"))   /* not "operations in Georgia" */
    zTgtDefault = ev.source.zCountry;
  if (!zTgtMember && praised_own_force(c, h, iT, ev.source.zCountry)) zTgtDefault = ev.source.zCountry;
  /* "South Korea's opposition criticised the government": the people of a
  ** state, its opposition, press or rebels, act on their own state's organs */
  static const char *const azDomestic[] = {"OPP", "PTY", "CVL", "MED", "LAB", "EDU", "BUS", "HRI", "REL", "REB",
                                           "INS", "SEP", "AGR", NULL};
  if (bare_organ(pT) && !zTgtMember && ev.source.zCountry && ev.source.zRole) {
    for (const char *const *z = azDomestic; *z; z++)
      if (!strcmp(ev.source.zRole, *z)) zTgtDefault = ev.source.zCountry;
  }
  /* "Syria's government blamed rebel fighters for the attack", "Maduro
  ** accuses opposition of plotting coup": rulers blame their own challengers */
  if (!zTgtMember && own_challengers_blamed(c, rootH, pT, &ev.source)) zTgtDefault = ev.source.zCountry;
  /* "Belarus's supreme court sentenced the opposition leader", "a Russian
  ** court jailed the activist": a state's courts and police act at home, so
  ** the bare role they try, jail or arrest is their own state's; so is
  ** whom its secret police arrest ("The KGB also arrested a journalism
  ** student" under a Stockholm dateline; issue 4, session 41) */
  if (!zTgtMember && !bForceAbroad && pT->pAgent && !pT->pMain && !pT->pCountry && !pT->pPersonCountry && ev.source.zCountry &&
      ev.source.zRole && (!strcmp(ev.source.zRole, "JUD") || !strcmp(ev.source.zRole, "COP") ||
                          (!strcmp(ev.source.zRole, "SPY") && rootH == 17)) &&
      strcmp(pT->pAgent->zCode, "GOV") && strcmp(pT->pAgent->zCode, "MIL"))
    zTgtDefault = ev.source.zCountry;
  if (rootH == 1 && pT->pAgent && !pT->pMain && !pT->pCountry && ev.source.zCountry && pT->i >= h->e &&
      pT->i <= h->e + 1)   /* the object right after the verb */
    zTgtDefault = ev.source.zCountry;
  /* "President Poroshenko asked parliament to impose martial law": a state's
  ** appeal to a bare legislature right after the verb is to its own, whichever
  ** side the story's last sentence followed (issue 4 coerce29) */
  if (rootH == 2 && !zTgtMember && pT->pAgent && !pT->pMain && !pT->pCountry && !pT->pPersonCountry &&
      pT->pAgent->zCode && !strcmp(pT->pAgent->zCode, "LEG") && ev.source.zCountry && pT->i >= h->e &&
      pT->i <= h->e + 1)
    zTgtDefault = ev.source.zCountry;
  zTgtDefault = foreign_regime_country(c, h, pT, ev.source.zCountry, zTgtMember, zTgtDefault);
  if (!zTgtMember) zTgtDefault = enemy_force_country(c, h, iS, pT, &ev.source, zTgtDefault);
  if (!zTgtMember) zTgtDefault = pressed_government_country(c, h, iS, pT, zTgtDefault);
  if ((rootH == 18 || rootH == 19) && !zTgtMember)   /* an armed group's state is its mention's (ev.source has none) */
    zTgtDefault = carried_off_victims(c, h, pT, ev.source.zCountry ? ev.source.zCountry : zSrcC, zTgtDefault);
  /* "Hamas gunmen killed hundreds of Israelis ... and took dozens of
  ** hostages": bare victims of a force act are of the state whose people the
  ** same attackers struck before in the sentence, not the attackers' own
  ** (issue 4 force31: the hostages were PSECVL) */
  if (rootH >= 18 && rootH <= 20 && !zTgtMember && pT->pAgent && pT->pAgent->zRole && !pT->pMain && !pT->pCountry &&
      !pT->pPersonCountry && !pT->bPronoun && civilian_victim_role(pT->pAgent->zRole) && ev.source.zCode &&
      zSrcC && zTgtDefault && !strncmp(zTgtDefault, zSrcC, 3)) {
    for (size_t x = c->d->nEvent; x-- > 0 && c->d->aEvent[x].iSentence == iSent;) {
      const tocsin_event *o = &c->d->aEvent[x];
      int rootO = o->zRoot ? atoi(o->zRoot) : 0;
      if (rootO >= 18 && rootO <= 20 && !strcmp(o->source.zCode, ev.source.zCode) && o->target.zCountry &&
          is_state_code(o->target.zCountry) && strncmp(o->target.zCountry, zSrcC, 3)) {
        zTgtDefault = o->target.zCountry;
        break;
      }
    }
  }
  if (!make_actor(c, &c->aM[iT], nDay, bDay, zTgtDefault, &ev.target)) return 1;
  /* "Iran released the British-Iranian aid worker": of a dual national's two
  ** states, a state's act is on the one that is not its own; its police
  ** and courts deal with their own citizen ("Armenian police arrested the
  ** Russian-Armenian tycoon" is ARMBUS) */
  const Mention *pSrcM = &c->aM[iS];
  int bLaw = ev.source.zRole && (!strcmp(ev.source.zRole, "COP") || !strcmp(ev.source.zRole, "JUD"));
  if (pT->pHeritage && pT->pHeritage->zCountry && ev.source.zCountry && ev.target.zCountry && !bLaw &&
      (pSrcM->pMain || pSrcM->pCountry) &&   /* not a bare role that took the state from its context */
      !strcmp(ev.source.zCountry, ev.target.zCountry) && strcmp(pT->pHeritage->zCountry, ev.source.zCountry)) {
    Mention mHeir = *pT;
    mHeir.pCountry = pT->pHeritage;
    if (!make_actor(c, &mHeir, nDay, bDay, zTgtDefault, &ev.target)) return 1;
  }
  if (!home_rule_target(c, h, nDay, bDay, &ev)) return 1;
  if (!inquiry_at_home(c, h, pT, nDay, bDay, &ev)) return 1;
  /* "told reporters in Kyiv", "said in a statement to journalists": the
  ** press a statement is made through is its medium, not its addressee */
  if (rootH == 1 && pT->pAgent && !pT->pMain && ev.target.zRole && !strcmp(ev.target.zRole, "MED")) return 1;
  if (press_by_phone(c, h, &ev)) return 1;
  /* "The foreign ministry summoned the Canadian ambassador": a role the
  ** text gives no country of does not take the country of the envoy its
  ** own verb summons or expels -- no state summons its own ambassador, so
  ** with no other evidence the event is left out rather than coded
  ** self-directed */
  if (pSrcM->pAgent && !pSrcM->pMain && !pSrcM->pCountry && !pSrcM->pPersonCountry && ev.source.zCountry &&
      ev.target.zCountry && !strcmp(ev.source.zCountry, ev.target.zCountry)) {
    static const char *const azEnvoyVerb[] = {"summon", "expel", NULL};
    static const char *const azEnvoy[] = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat",
                                          "diplomats", "charge", "consul", NULL};
    int bVerb = 0;
    for (const char *const *z = azEnvoyVerb; *z; z++) bVerb |= !strcmp(lemma_of(c, h), *z);
    if (bVerb && mention_has(c, pT, azEnvoy)) return 1;
  }
  /* the event */
  const char *zCode = h->zCode;
  /* "Nearly two million South Koreans have toured Mount Kumgang": a crowd of
  ** a people counted out travels as tourists or pilgrims; no state visits
  ** (issue 4 dev31) */
  if ((!strcmp(zCode, "042") || !strcmp(zCode, "043")) && pSrcM->pCountry && !pSrcM->pMain && !pSrcM->pAgent &&
      !pSrcM->bPronoun && pSrcM->pCountry->kind == AK_DEMONYM) {
    int bCounted = 0;
    for (size_t t = pSrcM->i >= 4 ? pSrcM->i - 4 : 0; t < pSrcM->i && !bCounted; t++)
      bCounted = tok_number(c, t) || amount_word(c, t);
    if (bCounted) return 1;
  }
  if (self_directed(&ev, zCode, &c->aM[iS], pT) || self_hostile(&ev, zCode, &c->aM[iS], pT) ||
      own_force_on_itself(&ev, zCode, pT) || own_posture_on_itself(&ev, zCode) || foreign_act_at_home(&ev, zCode) ||
      !member_suspended(c, h, &ev))
    return 1;
  /* "Putin ordered the army to ...", "ordered his forces to ...": an order
  ** within one state, or to a bare role, is command, not a demand */
  if (rootH == 10 && !strcmp(lemma_of(c, h), "order") &&
      ((ev.source.zCountry && ev.target.zCountry && !strcmp(ev.source.zCountry, ev.target.zCountry)) ||
       (pT->pAgent && !pT->pMain && !pT->pCountry && !pT->pPersonCountry)))
    return 1;
  if (!strncmp(zCode, "062", 3) && drills_around(c, h, pT)) zCode = "150";
  if (popular_boycott(c, h, zCode, ev.source.zRole)) zCode = "143";
  /* "Tokyo prosecutors raided the offices of two ruling party factions": a
  ** prosecutor's raid is the search of an inquiry (091); police and troops
  ** raiding offices seize or wreck property (171, dict/verbs.txt) */
  if (!strcmp(zCode, "171") && !strcmp(lemma_of(c, h), "raid") && ev.source.zRole && !strcmp(ev.source.zRole, "JUD"))
    zCode = "091";
  /* a meeting in a country that is neither side's is CAMEO 044 */
  if (!strcmp(zCode, "040") && ev.zLocCountry && ev.source.zCountry && ev.target.zCountry &&
      strcmp(ev.zLocCountry, ev.source.zCountry) && strcmp(ev.zLocCountry, ev.target.zCountry))
    zCode = "044";
  /* a show of force staged jointly by two states is military cooperation;
  ** one aimed at each other is not ("Both neighbours have sent extra troops
  ** to the frontier between them") */
  int bAtEachOther = 0;
  for (size_t t = 0; t + 1 < c->nTok && bJoint && !bAtEachOther; t++)
    bAtEachOther = (tok_is(c, t, "each") && tok_is(c, t + 1, "other")) ||
                   (tok_is(c, t, "one") && tok_is(c, t + 1, "another")) ||
                   (tok_is(c, t, "between") && tok_is(c, t + 1, "them"));
  /* ... and so is one "both countries" or "both sides" stage with nothing
  ** joint about it: the pair word names the two sides of the story's quarrel
  ** ("Both countries have since poured hundreds of soldiers into the area";
  ** issue 4 dev50) */
  static const char *const azPairWord[] = {"countries", "sides", "nations", "neighbours", "neighbors", "armies",
                                           "governments", "capitals", NULL};
  static const char *const azTogether[] = {"joint", "jointly", "together", "combined", NULL};
  if (bJoint && !bAtEachOther && c->aM[iS].i + 1 < c->nTok && tok_is(c, c->aM[iS].i, "both") &&
      tok_in(c, c->aM[iS].i + 1, azPairWord)) {
    bAtEachOther = 1;
    for (size_t t = 0; t < c->nTok && bAtEachOther; t++) bAtEachOther = !tok_in(c, t, azTogether);
  }
  if (bJoint && !bAtEachOther && zCode[0] == '1' && zCode[1] == '5' && ev.source.zCountry && ev.target.zCountry &&
      strcmp(ev.source.zCountry, ev.target.zCountry))
    zCode = "062";
  /* "a gunman shot and wounded the senator", "shot dead the former prime
  ** minister": an unnamed assailant firing on a political figure is CAMEO's
  ** assassination (186), or its attempt (185) while the victim lives */
  const Mention *pSm = &c->aM[iS];
  int bAssailant = pSm->pAgent && !pSm->pMain && !strcmp(pSm->pAgent->zCode, "UAF");
  int bFigure = (pT->pMain && pT->pMain->kind == AK_PERSON) ||
                (pT->pAgent && strstr(" GOV LEG OPP ELI PTY JUD ", pT->pAgent->zCode) &&
                 strlen(pT->pAgent->zCode) == 3);
  /* ... and so is any side's shooting of a named person or a singular
  ** officer: "Israeli commandos shot al-Wazir dead", "Rebel soldiers shot
  ** and seriously wounded President Jose Ramos-Horta", "shot dead an
  ** Algerian policeman and a Vietnamese diplomat" (issue 4, session 63) */
  static const char *const azOfficer[] = {"president", "minister", "leader", "mayor", "governor", "councillor",
                                          "councilor", "senator", "diplomat", "ambassador", "envoy", "official",
                                          "judge", "prosecutor", "policeman", NULL};
  /* (not a fighter: "security forces shot dead Burhan Wani, a commander of
  ** the Hizbul Mujahideen group" is fighting, 193) */
  static const char *const azArmed[] = {"INS", "REB", "SEP", "UAF", "CRM", NULL};
  if ((rootH == 18 || rootH == 19) && !pT->bOwn && pT->i > h->i && !strcmp(lemma_of(c, h), "shoot")) {
    int bNamedVictim = (pT->pMain && pT->pMain->kind == AK_PERSON) || pT->bNameAlias ||
                       (pT->pAgent && !pT->pMain && pT->e > pT->i && tok_in(c, pT->e - 1, azOfficer));
    /* ... also one the dictionaries lack, whom an apposition describes:
    ** "shot dead Tamaz Ginturi, a Georgian villager" (issue 4, session 64) */
    size_t iArt = pT->i;
    if (iArt > 0 && (tok_is(c, iArt - 1, "a") || tok_is(c, iArt - 1, "an"))) iArt--;
    bNamedVictim |= iArt < pT->i && iArt >= h->e + 2 && tok_is(c, iArt - 1, ",") && c->aTok[iArt - 2].bCap &&
                    c->aTok[iArt - 2].bWord && !in_mention(c, iArt - 2);
    const char *zTc = ev.target.zCode;
    char zTr[4] = {0};
    if (zTc && strlen(zTc) >= 6) memcpy(zTr, zTc + 3, 3);
    if (bNamedVictim && !str_listed(zTr, azArmed)) bAssailant = bFigure = 1;
  }
  if (bAssailant && bFigure && (rootH == 18 || rootH == 19) && strcmp(zCode, "181") && strcmp(zCode, "182") &&
      strcmp(zCode, "184") && strncmp(zCode, "191", 3) && strncmp(zCode, "192", 3)) {
    static const char *const azDead[] = {"dead", "killed", "killing", "assassinated", "murdered", NULL};
    int bDead = 0;
    for (size_t t = h->i; t < c->nTok && t < h->e + 8; t++) bDead |= tok_in(c, t, azDead);
    zCode = bDead ? "186" : "185";
  }
  /* "U.S. special forces killed Osama bin Laden", "the military had killed
  ** Qassem Soleimani": soldiers or agents who kill a named person
  ** assassinate him (186), as the gold sets code it; a weapon as the
  ** subject ("a drone strike killed ...") keeps its own code */
  static const char *const azSlay[] = {"kill", "assassinate", NULL};
  static const char *const azWeapon[] = {"strike", "strikes", "airstrike", "airstrikes", "drone", "drones", "missile",
                                         "missiles", "bomb", "bombs", "rocket", "rockets", "shell", "shells",
                                         "shelling", "raid", "attack", "bombing", NULL};
  if ((rootH == 18 || rootH == 19) && pSm->pAgent && !pSm->pMain && pT->pMain && pT->pMain->kind == AK_PERSON &&
      (!strcmp(pSm->pAgent->zCode, "MIL") || !strcmp(pSm->pAgent->zCode, "SPY")) && pT->i >= h->e &&
      pSm->i < h->i && str_listed(lemma_of(c, h), azSlay)) {
    int bWeapon = 0;
    for (size_t t = pSm->i; t < h->i; t++) bWeapon |= tok_in(c, t, azWeapon);
    if (!bWeapon) zCode = "186";
  }
  /* "killed at least 184 civilians", "massacred hundreds of villagers": the
  ** killing of a hundred or more unarmed people is CAMEO's mass killing (202) */
  /* (refugees and a people named by its group are unarmed too: "killed more
  ** than 300 Tutsis"; issue 4, session 64) */
  int bUnarmed = (pT->pAgent && !pT->pMain && (!strcmp(pT->pAgent->zCode, "CVL") || !strcmp(pT->pAgent->zCode, "REF"))) ||
                 (!pT->pAgent && pT->pGroup && (!pT->pMain || pT->pMain == pT->pGroup));
  if ((rootH == 18 || rootH == 19) && bUnarmed && pT->i >= h->e) {
    static const char *const azKill[] = {"killed", "killing", "kill", "kills", "massacred", "slaughtered",
                                         "executed", "murdered", NULL};
    int bKill = 0, bMany = 0;
    for (size_t t = h->i; t < h->e; t++) bKill |= tok_in(c, t, azKill);
    for (size_t t = h->e; t < pT->i; t++) {
      const Token *k = &c->aTok[t];
      /* ... "a hundred", "several hundred", "two thousand" as words too */
      if (tok_is(c, t, "hundreds") || tok_is(c, t, "thousands") || tok_is(c, t, "millions") ||
          tok_is(c, t, "hundred") || tok_is(c, t, "thousand"))
        bMany = 1;
      if (is_digit((unsigned char)c->z[k->start])) {
        long n = 0;
        for (size_t b = k->start; b < k->end; b++)
          if (is_digit((unsigned char)c->z[b])) n = n * 10 + (c->z[b] - '0');
          else if (c->z[b] != ',') break;
        bMany |= n >= 100 && n < 10000000;
      }
    }
    /* ... unless a weapon did it: "an air strike killed 160 people" is the strike (195) */
    static const char *const azMeans[] = {"strike", "strikes", "airstrike", "airstrikes", "bombing", "bomb",
                                          "shelling", "missile", "missiles", "drone", "drones", "bomber",
                                          "rocket", "rockets", "explosion", "blast", NULL};
    for (size_t t = 0; t < h->i; t++) bMany &= !tok_in(c, t, azMeans);
    /* ... nor is police killing at home: "security forces killed hundreds of
    ** Mursi supporters" is repression (175, force_by_context) */
    int bPoliceHome = police_on_people(pSm, pT) && bKill && ev.source.zCountry && ev.target.zCountry &&
                      !strcmp(ev.source.zCountry, ev.target.zCountry);
    if (bKill && bMany && !bPoliceHome) zCode = "202";
  }
  /* ... but thousands of an armed side killed are a battle's toll, not a
  ** massacre: "Vietnamese forces had killed thousands of the invaders"
  ** (issue 4, session 64) */
  static const char *const azArmedRoles[] = {"MIL", "REB", "INS", "UAF", "SEP", NULL};
  if (!strcmp(zCode, "202") && pT->pAgent && pT->pAgent->zRole && !pT->pMain && str_listed(pT->pAgent->zRole, azArmedRoles))
    zCode = "190";
  /* ... and the dictionary's "kill hundreds" (202) by police at home is
  ** repression too: "security forces killed hundreds of Mursi's supporters
  ** as they cleared two protest camps" (issue 4 dev5, dev13) */
  if (!strcmp(zCode, "202") && pSm->pAgent && !pSm->pMain && !strcmp(pSm->pAgent->zCode, "COP") &&
      ev.source.zCountry && ev.target.zCountry && !strcmp(ev.source.zCountry, ev.target.zCountry))
    zCode = "175";
  /* ... and a crowd that burns or wrecks property riots (145): "protesters
  ** set fire to piles of rubbish", "rioters ransacked shopping malls" */
  static const char *const azWreck[] = {"ransack", "pillage", "plunder", "vandalize", "vandalise", "deface", "damage",
                                        "loot", NULL};
  if (((rootH == 18 || rootH == 19) && strcmp(zCode, "202") && strcmp(zCode, "185") && strcmp(zCode, "186")) ||
      !strcmp(zCode, "1712") || (!strcmp(zCode, "171") && str_listed(lemma_of(c, h), azWreck)) ||
      (!strcmp(zCode, "175") && !strcmp(lemma_of(c, h), "crush")))
    zCode = force_by_context(c, h, pSm, pT, &ev, zCode);
  /* "rebel factions captured Damascus": seizing a place is occupying
  ** territory (192), seizing people is an arrest (173); so is a place named
  ** right after "seized" ("militants seized Mosul"), property otherwise (171) */
  int bSeizedPlace = !strcmp(zCode, "171") && pT->i == share_of_end(c, h->e) && !tok_is(c, pT->e, "'s");
  if ((!strcmp(zCode, "173") || bSeizedPlace) && pT->pMain && !pT->pAgent && !pT->bOwn &&
      (pT->pMain->kind == AK_CAPITAL || pT->pMain->kind == AK_PLACE || pT->pMain->kind == AK_COUNTRY) &&
      place_seized(c, h, pT))
    zCode = "192";
  if (!strcmp(zCode, "171") && territory_seized(c, h, pT)) zCode = "192";
  /* ... and people seized by irregulars ("More than 280 pupils were seized by
  ** gunmen", "bandits seized 40 villagers") are abducted (181), not property:
  ** a state's arrest is told by other verbs (issue 4 africa16) */
  if (!strcmp(zCode, "171") && ev.source.zCode && strlen(ev.source.zCode) >= 6 && pT->pAgent && !pT->pMain &&
      strlen(pT->pAgent->zCode) == 3 && strstr(" CVL EDU AGR REF IMG REL MED LAB ", pT->pAgent->zCode)) {
    static const char *const azIrregular[] = {"INS", "UAF", "REB", "CRM", NULL};
    char zR[4] = {ev.source.zCode[3], ev.source.zCode[4], ev.source.zCode[5], 0};
    if (str_listed(zR, azIrregular)) zCode = "181";
  }
  /* ... and a person named, seized, is arrested: "Honduran soldiers seized
  ** President Manuel Zelaya at his home" (it was 171, property; issue 4
  ** lead33); a role seized may be its building ("seized the regional
  ** parliament"), and power seized from a government stays a coup's */
  static const char *const azSeize[] = {"capture", "seize", "snatch", "grab", NULL};
  if (!strcmp(zCode, "171") && !pT->bOwn && pT->pMain && pT->pMain->kind == AK_PERSON &&
      str_listed(lemma_of(c, h), azSeize) && !(h->e < c->nTok && tok_is(c, h->e, "power")) &&
      !(pT->i > 0 && tok_is(c, pT->i - 1, "from")))   /* "seized executive authority from Prime Minister Qarase" */
    zCode = "173";
  /* ... and people seized by a state's forces are arrested: "Iranian forces
  ** seized two British sailors", "were seized by North Korean border guards"
  ** (a ship seized is 181 by dev12's rule, a building or goods 171; issue 4,
  ** session 41) */
  static const char *const azPeopleWord[] = {"sailors", "soldiers", "troops", "servicemen", "marines", "crew",
                                             "crewmen", "officers", "officer", "soldier", "sailor", "pilots", "pilot",
                                             "policemen", "personnel", "guards", "commanders", "commander", NULL};
  /* (the people are the verb's object or a passive's subject, not a
  ** target found further off: "boarded two navy boats, seizing rifles") */
  int bSeizedNear = pT->e <= h->i || (pT->i >= h->e && pT->i <= h->e + 3);
  if (!strcmp(zCode, "171") && !pT->bOwn && pT->pAgent && !pT->pMain && pT->e > 0 && bSeizedNear &&
      str_listed(lemma_of(c, h), azSeize) &&
      ((strlen(pT->pAgent->zCode) == 3 && strstr(" CVL EDU AGR REF IMG REL MED LAB OPP HRI NGO ", pT->pAgent->zCode)) ||
       tok_in(c, pT->e - 1, azPeopleWord) || (c->aTok[pT->e - 1].bCap && pT->i > h->i)))
    zCode = "173";   /* (or a person named with a role: "seized Shalit" after "Israeli soldier Gilad Shalit") */
  /* ... as is a person the document named without a role of state ("ETA
  ** seized Blanco" after "Miguel Angel Blanco, a town councillor of the
  ** ruling Popular Party"; issue 4 dev52) */
  if (!strcmp(zCode, "171") && pT->bNameAlias && !pT->bOwn && bSeizedNear && str_listed(lemma_of(c, h), azSeize))
    zCode = "173";
  /* ... and so are the people a plural noun right after the verb names,
  ** whoever the list after it names: "seized about 60 guests, among them the
  ** U.S. and Venezuelan ambassadors" (issue 4, session 63) */
  static const char *const azPeopleSeized[] = {"guests", "hostages", "passengers", "diplomats", "tourists", "people",
                                               "workers", "civilians", "villagers", "students", "pupils",
                                               "foreigners", "journalists", "worshippers", NULL};
  int bPeopleSeized = 0;
  for (size_t t = h->e; t < c->nTok && t < h->e + 4 && !bPeopleSeized && !tok_is(c, t, ","); t++)
    bPeopleSeized = tok_in(c, t, azPeopleSeized);
  if (!strcmp(zCode, "171") && !pT->bOwn && bPeopleSeized && str_listed(lemma_of(c, h), azSeize)) zCode = "173";
  /* ... and people captured by a non-state armed group ("Hezbollah
  ** guerrillas captured two soldiers", "rebels seized three engineers") are
  ** abducted (181), the gold README's dev15 convention; "arrested" and
  ** "detained" keep 173, as the gold sets code a de facto authority's
  ** detentions (issue 4 codes22) */
  size_t nSrc = ev.source.zCode ? strlen(ev.source.zCode) : 0;
  if (!strcmp(zCode, "173") && (nSrc >= 6 || nSrc == 3) && str_listed(lemma_of(c, h), azSeize)) {
    static const char *const azNonState[] = {"INS", "UAF", "REB", "SEP", NULL};
    const char *zS = ev.source.zCode + (nSrc >= 6 ? 3 : 0);   /* "REB" alone, or a state's "SOMREB" */
    char zR[4] = {zS[0], zS[1], zS[2], 0};
    if (str_listed(zR, azNonState) || (pSm->pMain && armed_group_entry(pSm->pMain) && strncmp(zR, "CRM", 3)))
      zCode = "181";
  }
  /* "Pashinyan charged Baku with staging the blockade": a state charged
  ** with a deed is accused (112); only people are charged in court (173) */
  if (!strcmp(zCode, "173") && !strcmp(lemma_of(c, h), "charge") && pT->pMain && !pT->pAgent && !pT->bOwn &&
      (pT->pMain->kind == AK_COUNTRY || pT->pMain->kind == AK_CAPITAL || pT->pMain->kind == AK_METONYM))
    zCode = "112";
  /* "Washington should invite Ethiopian negotiators back to the table",
  ** "Seoul should invite Foreign Minister Qin Gang for talks": an invitation
  ** the author recommends is the intent to meet it asks of its actor (036),
  ** as nine of the ten recommended invitations of the gold sets code it;
  ** one made is an appeal to come (026) */
  if (!strcmp(zCode, "026") && j->zMood && !strcmp(j->zMood, "recommendation") &&
      !strcmp(lemma_of(c, h), "invite"))
    zCode = "036";
  zCode = org_exit(c, h, pT, zCode);
  zCode = travel_ban_abroad(c, h, &ev, zCode);
  zCode = troops_leave_host(c, pT, ev.source.zCountry, ev.target.zCountry, iSent, zCode);
  zCode = foreign_troops_expelled(pT, ev.source.zCountry, ev.target.zCountry, zCode);
  /* "ordered Oxfam and MSF to leave the country": an aid agency put out of
  ** a country is 1663, not individuals (174, "a Human Rights Watch researcher") */
  static const char *const azAfterOrg[] = {"to", "and", ",", "out", "from", NULL};
  if (!strcmp(zCode, "174") && pT->pMain && !pT->pAgent && pT->pMain->kind == AK_ORG && !strncmp(pT->pMain->zCode, "NGO", 3) &&
      c->aTok[pT->e - 1].bCap && tok_in(c, pT->e, azAfterOrg))
    zCode = "1663";
  if (!irregulars_where_they_act(c, iS, ev.zLocCountry, &ev.target, zCode, &ev.source) ||
      !irregulars_where_they_act(c, iT, ev.zLocCountry, &ev.source, zCode, &ev.target))
    return 0;
  const CameoCode *cc = dict_cameo(c->p, zCode);
  if (!cc) return 1;
  ev.zEvent = arena_strdup(A, cc->zCode);
  ev.zRoot = arena_strndup(A, cc->zCode, 2);
  int root = (cc->zCode[0] - '0') * 10 + (cc->zCode[1] - '0');
  ev.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  ev.goldstein = cc->goldstein;
  ev.zPlover = cc->zPlover;
  size_t vs = c->aTok[hit_start(h)].start;
  size_t ve = c->aTok[(h->eSpan > h->e ? h->eSpan : h->e) - 1].end;
  ev.zVerb = arena_strndup(A, c->z + vs, ve - vs);
  ev.bNegated = h->bNegated || j->bNegated;
  if (!ev.zMood) ev.zMood = j->zMood;
  if (!strcmp(ev.zMood, "reported")) reporter_actor(c, h, nDay, bDay, &ev.reporter);
  ev.zHedge = j->zHedge[0] ? arena_strdup(A, j->zHedge) : NULL;
  ev.bHasP = j->bHasP;
  ev.p[0] = j->p[0];
  ev.p[1] = j->p[1];
  (void)zPrec;
  /* "met with Lukashenko and Makei": two mentions, one coded event */
  for (size_t k = d->nEvent; k-- > 0 && d->aEvent[k].iSentence == iSent;) {
    const tocsin_event *o = &d->aEvent[k];
    if (!strcmp(o->zEvent, ev.zEvent) && !strcmp(o->source.zCode, ev.source.zCode) &&
        !strcmp(o->target.zCode, ev.target.zCode) && o->bNegated == ev.bNegated &&
        ((!o->zDate && !ev.zDate) || (o->zDate && ev.zDate && !strcmp(o->zDate, ev.zDate))))
      return 1;
    /* "fighting broke out between A and B, with both sides exchanging
    ** artillery fire": one use of force by a dyad told twice is coded
    ** once, by its finer code (194 over 190); a visit and a meeting stay two */
    if (!strcmp(o->zRoot, ev.zRoot) && atoi(ev.zRoot) >= 18 && strcmp(o->zEvent, ev.zEvent) &&
        !strcmp(o->source.zCode, ev.source.zCode) &&
        !strcmp(o->target.zCode, ev.target.zCode) && o->bNegated == ev.bNegated) {
      int bOldGeneric = strlen(o->zEvent) == 3 && o->zEvent[2] == '0';
      int bNewGeneric = strlen(ev.zEvent) == 3 && ev.zEvent[2] == '0';
      if (bNewGeneric && !bOldGeneric) return 1;
      if (bOldGeneric && !bNewGeneric) {
        d->aEvent[k] = ev;
        return record_fired_at(c, k, h, &c->aM[iS], &c->aM[iT]);
      }
    }
  }
  if (!note_role_country(c, &c->aM[iS], ev.source.zCountry) || !note_role_country(c, &c->aM[iT], ev.target.zCountry))
    return 0;
  if (!vec_grow((void **)&d->aEvent, &d->nEventAlloc, d->nEvent, sizeof(tocsin_event))) return 0;
  d->aEvent[d->nEvent++] = ev;
  if (!record_fired(c, h, &c->aM[iS], &c->aM[iT])) return 0;
  /* "Russian jets and artillery pounded X": the other arm's strike too */
  const char *zArm = other_arm_code(c, h, ev.zEvent);
  const CameoCode *pArm = zArm ? dict_cameo(c->p, zArm) : NULL;
  int bArmDup = 0;
  for (size_t k = d->nEvent; pArm && k-- > 0 && d->aEvent[k].iSentence == iSent;)
    bArmDup |= !strcmp(d->aEvent[k].zEvent, pArm->zCode) && !strcmp(d->aEvent[k].source.zCode, ev.source.zCode) &&
               !strcmp(d->aEvent[k].target.zCode, ev.target.zCode);
  if (pArm && !bArmDup) {
    tocsin_event tw = ev;
    tw.zEvent = arena_strdup(A, pArm->zCode);
    tw.goldstein = pArm->goldstein;
    tw.zPlover = pArm->zPlover;
    if (!tw.zEvent || !vec_grow((void **)&d->aEvent, &d->nEventAlloc, d->nEvent, sizeof(tocsin_event))) return 0;
    d->aEvent[d->nEvent++] = tw;
    if (!record_fired(c, h, &c->aM[iS], &c->aM[iT])) return 0;
  }
  const Mention *pS = &c->aM[iS];
  if (!c->pSubject && pS->pMain && pS->pMain->kind == AK_PERSON) c->pSubject = pS->pMain;
  return 1;
}
