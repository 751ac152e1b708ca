/*
** Actor phrases (find_actors): longest matches in the actor trie composed
** with their modifiers ("Belarusian" + "riot police", "Foreign Minister" +
** "Lavrov"), names and surnames, acronyms the document defines, homonym
** places, "the two countries", "both sides", the bodies and states the
** sentences before named.
*/
#include "coder.h"

/* A count written in digits: "10", "1,800". */
int tok_number(const Coder *c, size_t i) {
  const Token *t = &c->aTok[i];
  return t->bWord && t->end > t->start && c->z[t->start] >= '0' && c->z[t->start] <= '9';
}

/* Contract: 1 when string z is non-NULL and equal to one entry of the
** NULL-terminated list az ("" included). Why: many passes ask whether a
** role code is one of a list of organs or forces. */
int str_listed(const char *z, const char *const *az) {
  for (; z && *az; az++)
    if (!strcmp(z, *az)) return 1;
  return 0;
}

int role_listed(const char *z, const char *const *az) {
  for (; z && *az; az++)
    if (!strncmp(z, *az, 3)) return 1;
  return 0;
}
/* Token t is a verb form only as its bare stem ("attack", not "attacked",
** "attacks" or "attacking"). */
static int bare_stem_only(const Coder *c, size_t t) {
  const VerbFormEntry *f = dict_forms(c->p, c->aTok[t].id);
  if (!f) return 0;
  for (; f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
    if (f->forms & (VF_PAST | VF_PP | VF_ING | VF_3S)) return 0;
  return 1;
}

int plural_word(const Coder *c, size_t t) {
  const Token *k = &c->aTok[t];
  return k->end - k->start > 2 && c->z[k->end - 1] == 's' && c->z[k->end - 2] != 's';
}

/* Contract: 1 when token t is a modal of prescription or need that takes "to"
** ("NATO ought to", "Kyiv needs to", "Western governments need to"). Why: such
** a word is no noun, so the actor before it is the subject of the verb after
** "to", not a modifier (issue 4 policy: "ought to" and "need to" recommendations
** had no source). */
static int prescriptive_modal_at(const Coder *c, size_t t) {
  static const char *const azModal[] = {"ought", "need", "needs", NULL};
  if (!tok_in(c, t, azModal)) return 0;
  size_t n = t + 1;
  if (tok_is(c, n, "not")) n++;
  return n < c->nTok && c->aTok[n].id == c->idTo;
}

int noun_at(const Coder *c, size_t t) {
  if (t >= c->nTok) return 0;
  const Token *pt = &c->aTok[t];
  size_t len = pt->end - pt->start;
  /* a form that can only be a gerund reads as a noun here: "training centers" */
  const VerbFormEntry *f = dict_forms(c->p, pt->id);
  int bVerb = 0;
  for (; f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL) bVerb |= (f->forms & ~VF_ING) != 0;
  return pt->bWord && !pt->bCap && is_alpha((unsigned char)c->z[pt->start]) && !bVerb &&
         !prescriptive_modal_at(c, t) && !tok_in(c, t, azPrep) && !tok_in(c, t, azLocPrep) && !tok_in(c, t, azFollow) &&
         !tok_in(c, t, azNotNoun) && !(len > 2 && c->z[pt->end - 2] == 'l' && c->z[pt->end - 1] == 'y') &&
         !(len >= 5 && c->z[pt->end - 2] == 'e' && c->z[pt->end - 1] == 'd' && !tok_is(c, t, "hundred"));
}

int in_mention(const Coder *c, size_t i) {
  for (size_t k = 0; k < c->nM; k++) {
    if (i >= c->aM[k].i && i < c->aM[k].e && !c->aM[k].bPronoun) return 1;
  }
  return 0;
}

/* Contract: 1 when the comma at token t joins two actor mentions of one
** list: an actor mention ends at t and another starts right after it ("the"
** may open it). */
int list_comma(const Coder *c, size_t t) {
  if (t == 0 || t + 1 >= c->nTok) return 0;
  size_t v = tok_is(c, t + 1, "the") ? t + 2 : t + 1;
  if (v >= c->nTok || actor_mention_at(c, v) < 0) return 0;
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].e == t && !c->aM[k].bPronoun) return 1;
  return 0;
}

static int kind_rank(ActorKind k) {
  switch (k) {
    case AK_PERSON: return 8;
    case AK_ORG: return 7;
    case AK_METONYM: return 6;
    case AK_COUNTRY: return 5;
    case AK_CAPITAL: return 4;
    case AK_PLACE: return 3;
    case AK_DEMONYM: return 2;
    case AK_GROUP: return 2;
    case AK_AGENT: return 1;
    case AK_IGNORE: return 9;   /* a stop phrase beats everything it overlaps */
  }
  return 0;
}

const ActorEntry *raw_pick(const RawMatch *r, ActorKind kind) {
  for (int k = 0; k < r->n; k++) {
    if (r->a[k]->kind == kind) return r->a[k];
  }
  return NULL;
}

const ActorEntry *raw_best(const RawMatch *r) {
  const ActorEntry *b = NULL;
  for (int k = 0; k < r->n; k++) {
    if (!b || kind_rank(r->a[k]->kind) > kind_rank(b->kind)) b = r->a[k];
  }
  return b;
}

/* "vetoed a UN Security Council resolution on Ukraine", "blocked a draft
** Security Council resolution": a veto is aimed at the body whose draft it
** kills (the modifier of "resolution"), not at the draft's topic. */
int veto_body(const Coder *c, const VerbHit *h, int iMod, int iGapMod, int iT) {
  static const char *const azDraft[] = {"resolution", "resolutions", "draft", "statement", "declaration", NULL};
  const char *zAct = h->zAct ? h->zAct : h->zCode;
  if (strcmp(zAct, "129")) return iT;
  if (iGapMod >= 0 && tok_in(c, c->aM[iGapMod].e, azDraft)) return iGapMod;   /* "blocked a draft ... resolution" */
  if (iMod < 0 || !tok_in(c, c->aM[iMod].e, azDraft)) return iT;
  return iMod;
}

/* Contract: 1 when token t comes right after verb token v, or after it and
** an article, or after "the" and up to two lowercase words that end in a
** word of kind ("quit the regional bloc IGAD"); else 0. */
static int right_after_verb_or_kind(const Coder *c, size_t v, size_t t) {
  static const char *const azKind[] = {"bloc", "body", "organisation", "organization", "alliance", "grouping",
                                       "court", "forum", "union", NULL};
  if (t == v + 1 || (t == v + 2 && tok_is(c, v + 1, "the"))) return 1;
  if (t < v + 3 || t > v + 4 || !tok_is(c, v + 1, "the") || !tok_in(c, t - 1, azKind)) return 0;
  for (size_t u = v + 2; u < t; u++)
    if (!c->aTok[u].bWord || c->aTok[u].bCap) return 0;
  return 1;
}

/* "Burundi withdrew from the International Criminal Court", "said it would
** pull out of the OAS": a state leaving an international body breaks
** relations with it (161; said of the future, the threat 1313), not a
** military de-escalation (087). Not a force leaving a mission. */
const char *org_exit(const Coder *c, const VerbHit *h, const Mention *pT, const char *zCode) {
  static const char *const azQuit[] = {"quit", "leave", "exit", NULL};
  int bNow = !strcmp(zCode, "087"), bIntent = !strcmp(zCode, "0356");
  /* ... and "Mali, Burkina Faso and Niger quit ECOWAS", "left the ICC": the
  ** body right after a verb of leaving, which the dictionary codes 160 */
  if (!strcmp(zCode, "160") && str_listed(lemma_of(c, h), azQuit) && pT->pMain && pT->pMain->kind == AK_ORG &&
      !pT->pAgent && !strncmp(pT->pMain->zCode, "IGO", 3) && !strstr(pT->pMain->zCode, "PKO") &&
      right_after_verb_or_kind(c, h->i, pT->i))
    return "161";
  if ((!bNow && !bIntent) || !pT->pMain || pT->pMain->kind != AK_ORG || pT->pAgent ||
      strncmp(pT->pMain->zCode, "IGO", 3) || strstr(pT->pMain->zCode, "PKO"))
    return zCode;
  size_t b = pT->i;
  if (b > 0 && tok_is(c, b, "the")) b++;   /* the mention may start at its article */
  if (b < 1 || !(tok_is(c, b - 1, "from") || tok_is(c, b - 1, "of") || tok_is(c, b - 2, "from") || tok_is(c, b - 2, "of")))
    return zCode;
  return bNow ? "161" : "1313";
}

/* "France withdrew its troops from Mali", "Denmark said it would withdraw
** its special forces from Mali": troops leaving a state they were stationed
** in, whom they were not fighting, end an international involvement (166;
** said of the future, the threat 136: tests/gold/README.md, "Codes"), not a
** military de-escalation (087), which a force fighting that state makes
** ("Russia withdrew its troops from Kherson" after shelling Ukraine).
** zSrc, zTgt: the two states; iSent: this sentence. */
const char *troops_leave_host(const Coder *c, const Mention *pT, const char *zSrc, const char *zTgt,
                              size_t iSent, const char *zCode) {
  int bNow = !strcmp(zCode, "087"), bIntent = !strcmp(zCode, "0356");
  const ActorEntry *pState = pT->pMain ? pT->pMain : pT->pCountry;
  if ((!bNow && !bIntent) || !zSrc || !zTgt || !strncmp(zSrc, zTgt, 3) || !pState ||
      (pState->kind != AK_COUNTRY && pState->kind != AK_CAPITAL))
    return zCode;
  size_t b = pT->i;
  if (b > 0 && tok_is(c, b, "the")) b++;   /* the mention may start at its article */
  /* ... the forces and the state they leave read as one mention ("its
  ** special forces from Mali", issue 4 intent23): the state after its "from" */
  if (pT->pAgent) {
    if (!pT->pAgent->zRole || strcmp(pT->pAgent->zRole, "MIL")) return zCode;
    b = 0;
    for (size_t t = pT->i + 1; t < pT->e && t < c->nTok && !b; t++)
      if (tok_is(c, t - 1, "from")) b = t;
    if (!b) return zCode;
  }
  if (b < 1 || !(tok_is(c, b - 1, "from") || (b >= 2 && tok_is(c, b - 1, "of") && tok_is(c, b - 2, "out"))))
    return zCode;   /* "from Mali", "out of Mali" */
  if (fought_in_story(c, zSrc, zTgt, iSent)) return zCode;
  return bNow ? "166" : "136";
}

/* Contract: 1 when an event of roots 18-20 between states zA and zB (either
** way) was told up to sentence iSent, as done: not negated, a fact or a
** report (a forecast "retaliation" is no fighting). */
int fought_in_story(const Coder *c, const char *zA, const char *zB, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t e = 0; e < d->nEvent; e++) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence > iSent || pE->zRoot[0] < '1' || (pE->zRoot[0] == '1' && pE->zRoot[1] < '8')) continue;
    if (pE->bNegated || (strcmp(pE->zMood, "fact") && strcmp(pE->zMood, "reported"))) continue;
    const char *zS = pE->source.zCountry, *zT = pE->target.zCountry;
    if (zS && zT && ((!strncmp(zS, zA, 3) && !strncmp(zT, zB, 3)) || (!strncmp(zS, zB, 3) && !strncmp(zT, zA, 3))))
      return 1;
  }
  return 0;
}

/* Contract: "174" when zCode is "166" and target mention pT is another
** state's troops ("Burkina Faso's junta ordered French troops out of the
** country"), else zCode. Why: a host putting a foreign force off its soil is
** an expulsion (174) by the gold sets' convention (tests/gold/README.md,
** dev11 regional), as for diplomats; a state's order to its own troops
** ("ordered its troops out of Mali") has the host as its target and stays
** 166. zSrc, zTgt: the two states. */
const char *foreign_troops_expelled(const Mention *pT, const char *zSrc, const char *zTgt, const char *zCode) {
  if (strcmp(zCode, "166") || !zSrc || !zTgt || !strncmp(zSrc, zTgt, 3) || !pT->pAgent || !pT->pAgent->zRole ||
      strcmp(pT->pAgent->zRole, "MIL") || pT->bPronoun)
    return zCode;
  return "174";
}

/* "met in Jeddah, Saudi Arabia", "talks in Doha, Qatar": a state named
** after a comma right behind a city the act happens in only says where that
** city is; it is the place of the act too, never its partner. */
static void place_state_apposition(const Coder *c, Mention *m) {
  if (m->bLoc || !m->pMain || m->pMain->kind != AK_COUNTRY || m->pAgent || c->nM == 0 || m->i < 2) return;
  const Mention *p = &c->aM[c->nM - 1];
  if (!p->bLoc || p->e + 1 != m->i || !tok_is(c, p->e, ",") || !p->pMain ||
      (p->pMain->kind != AK_CAPITAL && p->pMain->kind != AK_PLACE))
    return;
  m->bLoc = 1;
}

/* A role mention m and the actor mention n after it become one mention over
** both: n's actor with m's start and flags; bRole keeps m's role where n has
** none (a state's), else n stands as itself (an organisation). */
static void role_merge(Mention *m, const Mention *n, int bRole) {
  Mention merged = *n;
  merged.i = m->i;
  merged.bPrep = m->bPrep;
  merged.bLoc = m->bLoc;
  merged.bBy = m->bBy;
  merged.bAside = m->bAside;
  merged.bMod = m->bMod;
  if (bRole && !merged.pAgent) merged.pAgent = m->pAgent;
  *m = merged;
}

/* Mention k takes in mention k + 1, the words right after it: one phrase over
** both, the first's entries and flags kept. */
static void absorb_next_mention(Coder *c, size_t k) {
  c->aM[k].e = c->aM[k + 1].e;
  memmove(&c->aM[k + 1], &c->aM[k + 2], (c->nM - k - 2) * sizeof(Mention));
  c->nM--;
}

/* Contract: a bare role followed by "of" and a state or an organisation
** ("a delegation of the African Union", "a delegation of ECOWAS officials")
** becomes one mention of that actor: the state keeps the role, an
** organisation stands as itself. Why: the role alone took a guessed state
** (the subject's own, so "met a delegation of ECOWAS mediators" was dropped
** as an act on oneself) and the actor after "of" was only a modifier. */
static void role_of_actor(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    /* "a delegation of EU officials": the body read with its "of" already
    ** ("delegation of EU"), and the role right after it is its own */
    if (m->pMain && m->pMain->kind == AK_ORG && !m->pAgent && m->e > m->i + 1 && tok_is(c, m->i + 1, "of") &&
        n->i == m->e && n->pAgent && !n->pMain && !n->pCountry && !n->pPersonCountry && !n->pGroup && !n->bPronoun) {
      absorb_next_mention(c, k);
      continue;
    }
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun) continue;
    if (m->e >= c->nTok || !tok_is(c, m->e, "of")) continue;   /* "troops from Mali" left from */
    size_t a = m->e + 1;
    if (a < c->nTok && tok_is(c, a, "the")) a++;
    /* ... past a count: "the ambassadors of the 15 EU states" (issue 4 lead49) */
    if (a > m->e + 1 && a + 1 < c->nTok && amount_word(c, a) && !in_mention(c, a)) a++;
    if (n->i != m->e + 1 && n->i != a) continue;
    const ActorEntry *pN = n->pMain ? n->pMain : n->pCountry;
    if (!pN || n->bPronoun || pN->kind == AK_PERSON || pN->bRegion) continue;
    /* ... or a state's body named as itself ("officers of the FSB security
    ** service", "agents of the Kremlin"): the body (issue 4 dev35) */
    if (pN->kind != AK_ORG && pN->kind != AK_COUNTRY && pN->kind != AK_DEMONYM && pN->kind != AK_METONYM) continue;
    role_merge(m, n, pN->kind != AK_ORG && pN->kind != AK_METONYM);
    memmove(&c->aM[k + 1], &c->aM[k + 2], (c->nM - k - 2) * sizeof(Mention));
    c->nM--;
  }
}

/* Contract: a people's adjective alone after "in the", "at the", "near the"
** or "to the" and before a noun of place ("in the Finnish capital", "at the
** Egyptian port") is a place of that state (bLoc), no party. Why: "signed a
** peace deal in the Finnish capital" was aimed at Finland (issue 4 dev33). */
static void demonym_place_noun(Coder *c) {
  static const char *const azPlaceNoun[] = {"capital", "city", "port", "town", "resort", "village", "island",
                                            "border", "coast", NULL};
  static const char *const azIn[] = {"in", "at", "near", "to", "from", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->pMain || m->pAgent || !m->pCountry || m->bPronoun || m->i < 2 || m->e >= c->nTok) continue;
    size_t b = tok_is(c, m->i, "the") ? m->i : m->i - 1;
    if (!tok_is(c, b, "the") || b < 1 || !tok_in(c, b - 1, azIn) || !tok_in(c, m->e, azPlaceNoun)) continue;
    m->bLoc = 1;
  }
}

/* Contract: "Indians" or "Indian" after a capitalised word that names no
** actor and opens no sentence ("45 Tzotzil Indians", "Miskito Indians") is
** a native people of the Americas, not India's: the mention loses India and
** stands for civilians of the story's state. Why: the massacre at Acteal
** had become one of India's people (issue 4, session 64). */
static void native_american_people(Coder *c) {
  const ActorEntry *pCvl = NULL;   /* looked up only when needed: a scan of every entry */
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pCountry || m->pMain || m->i < 2 || !(tok_is(c, m->i, "indians") || tok_is(c, m->i, "indian"))) continue;
    const Token *pP = &c->aTok[m->i - 1];
    if (!pP->bWord || !pP->bCap || in_mention(c, m->i - 1) || tok_is(c, m->i - 2, ".") || dict_forms(c->p, pP->id))
      continue;   /* (not a headline's verb: "Canada Expels Indian Diplomat") */
    const char *zC = NULL;
    mention_country(c, (int)k, &zC);
    if (!zC || strncmp(zC, "IND", 3)) continue;
    if (!pCvl && !(pCvl = agent_entry(c, "CVL"))) return;
    m->pCountry = NULL;
    if (!m->pAgent) m->pAgent = pCvl;
    m->i--;   /* the people's own name is part of the mention */
  }
}

/* Contract: a state's armed service followed, with at most two plain
** lower-case words between, by a bare military role ("Chinese air force
** transport aircraft", "the Russian navy's patrol ships") is one mention,
** the service's. Why: the bare role stood alone as the subject and took the
** state a title or the story named, the target's (issue 4, session 64). */
static void service_craft(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    const char *zR = m->pAgent ? m->pAgent->zRole : m->pMain && m->pMain->kind == AK_METONYM ? m->pMain->zRole : NULL;
    if (m->bPronoun || m->bLoc || !zR || strcmp(zR, "MIL") || !(m->pCountry || m->pMain)) continue;
    if (n->bPronoun || n->pMain || n->pCountry || n->pPersonCountry || n->pGroup || !n->pAgent || !n->pAgent->zRole ||
        strcmp(n->pAgent->zRole, "MIL") || n->i < m->e || n->i > m->e + 2)
      continue;
    int bPlain = 1;
    for (size_t t = m->e; t < n->i && bPlain; t++)
      bPlain = c->aTok[t].bWord && !c->aTok[t].bCap && !dict_forms(c->p, c->aTok[t].id) && !tok_in(c, t, azPrep) &&
               !tok_in(c, t, azLocPrep) && !tok_in(c, t, azFollow) && !tok_in(c, t, azDet);
    if (bPlain) absorb_next_mention(c, k);
  }
}

/* Contract: "North and South Korean warships", "North and South Sudanese
** troops": the first half of a split pair of peoples gets a mention of its
** own -- North Korea's (PRK) before a South Korean mention, Sudan's (SDN)
** before a South Sudanese one -- with the same role, on the word "North".
** Why: "North" alone names no one, so the clash of the two navies had one
** side only (issue 4, session 64). 0 on OOM. */
static int north_and_south_pair(Coder *c) {
  static const struct { const char *zSouth, *zNorth; } aPair[] = {{"KOR", "PRK"}, {"SSD", "SDN"}};
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    size_t i = m->i;
    if (i < 2 || !m->pCountry || m->pMain || !tok_is(c, i, "south") || !tok_is(c, i - 1, "and") ||
        !tok_is(c, i - 2, "north") || in_mention(c, i - 2))
      continue;
    const char *zSouth = NULL;
    mention_country(c, (int)k, &zSouth);
    for (size_t x = 0; zSouth && x < sizeof aPair / sizeof aPair[0]; x++) {
      if (strncmp(zSouth, aPair[x].zSouth, 3)) continue;
      const ActorEntry *pNorth = country_entry(c, aPair[x].zNorth);
      if (!pNorth) break;
      Mention n = *m;
      n.i = i - 2;
      n.e = i - 1;
      n.pCountry = pNorth;
      if (!insert_mention(c, &n)) return 0;
      k++;   /* the South's mention moved one on */
      break;
    }
  }
  return 1;
}

/* Contract: a bare role (no state, body or person of its own) that is no
** state organ, right after "near", "outside" or "inside" (an article
** between at most), is a place. Why: "shot dead a villager near a church
** outside Kirbali and detained ..." -- the church had become the detainer
** (issue 4, session 64). A state organ there is what a protest faces
** ("protested near the court", "a protest outside parliament"). */
static void beside_place_roles(Coder *c) {
  static const char *const azBeside[] = {"near", "outside", "inside", NULL};
  static const char *const azOrgan[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    size_t t = m->i;
    if (m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || !m->pAgent || m->bPronoun ||
        !m->pAgent->zRole || str_listed(m->pAgent->zRole, azOrgan))
      continue;
    if (t >= 1 && tok_in(c, t - 1, azDet)) t--;
    if (t >= 1 && tok_in(c, t - 1, azBeside)) m->bLoc = 1;
  }
}

/* Contract: a mention right after "as" that a verb or participle of
** disguise opens ("disguised as National Guard soldiers", "posing as aid
** workers", "dressed as police"), or right after "impersonating", is set
** aside: it names what the actors looked like, not who they were. Why: the
** disguise had become the subject of "took more than 1,000 people hostage"
** (issue 4, session 64). */
static void disguise_asides(Coder *c) {
  static const char *const azGuise[] = {"disguised", "dressed", "posing", "posed", "pose", "poses", "masquerading",
                                        "masquerade", "impersonating", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    size_t t = m->i;
    if (t >= 1 && (tok_is(c, t - 1, "a") || tok_is(c, t - 1, "an"))) t--;
    if (t >= 2 && tok_is(c, t - 1, "as") && tok_in(c, t - 2, azGuise)) m->bAside = 1;
    /* "impersonating police officers": no "as" */
    if (m->i >= 1 && tok_is(c, m->i - 1, "impersonating")) m->bAside = 1;
  }
}

/* Contract: two peoples' adjectives joined by a hyphen before a person or a
** role ("the Russian-Armenian billionaire Samvel Karapetyan", "an
** Iranian-American journalist") name one person of two states: the first
** adjective's mention is removed and its state kept as the mention's
** pHeritage, which the event takes when the other state is the acting
** side's own (emit_event: "Iran released the British-Iranian aid worker" is
** GBR, "Iran arrested an Iranian-American journalist" USA). A joint act or
** relation noun after the pair ("Saudi-Iran deal") is left to
** hyphen_pair_groups. Why: the first adjective stood as a second actor, the
** target of "police arrested ..." (issue 4, session 44). */
static void heritage_demonym(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    const Mention *p = &c->aM[k], *m = &c->aM[k + 1];
    if (m->i != p->e + 1 || !tok_is(c, p->e, "-") || p->pMain || p->pAgent || !p->pCountry ||
        p->pCountry->kind != AK_DEMONYM)
      continue;
    if ((m->pMain && m->pMain->kind != AK_PERSON) || !m->pCountry || m->pCountry->kind != AK_DEMONYM ||
        m->e <= m->i + 1 || !m->pAgent)
      continue;
    const ActorEntry *pFirst = p->pCountry;
    memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
    c->nM--;
    c->aM[k].pHeritage = pFirst;
  }
}

/* Contract: a bare role followed by "in" and a list of two states or more
** ("governments in Venezuela, Ecuador and Bolivia", "protesters in Kenya,
** Uganda and Nigeria") is the role of each, as role_of_actor() makes "of"
** lists: the role and the first state become one mention, and the states
** after it join it as a list. Why: "in" made the first state a place, so
** the role took it and the rest of the list were places of no act. */
static void role_in_states(Coder *c) {
  for (size_t k = 0; k + 2 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1], *n2 = &c->aM[k + 2];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun) continue;
    if (m->e >= c->nTok || !tok_is(c, m->e, "in") || n->i != m->e + 1) continue;
    if (!n->pMain || n->pAgent || n->pMain->kind != AK_COUNTRY || n->bPronoun) continue;
    if (!n2->pMain || n2->pAgent || n2->pMain->kind != AK_COUNTRY || n2->i <= n->e || n2->i > n->e + 2) continue;
    int bList = 1;
    for (size_t t = n->e; t < n2->i; t++) bList &= tok_is(c, t, ",") || tok_is(c, t, "and");
    if (!bList) continue;
    role_merge(m, n, 1);
    memmove(&c->aM[k + 1], &c->aM[k + 2], (c->nM - k - 2) * sizeof(Mention));
    c->nM--;
  }
}

/* Contract: a bare role followed by "in" and a capital alone ("the
** government in Malabo", "officials in Beijing", "the authorities in Kabul")
** is that capital's state's role; the capital stays the place. Not a
** diplomatic post, which sits in another state's capital ("the embassy in
** Kabul"). Why: the role took a state from elsewhere in the sentence ("...
** living in exile in Spain" made Malabo's government Spain's, issue 4 lead50). */
static void role_in_capital(Coder *c) {
  static const char *const azPost[] = {"embassy", "embassies", "ambassador", "ambassadors", "envoy", "envoys",
                                       "diplomat", "diplomats", "consulate", "consul", "mission", "delegation",
                                       "delegations", "negotiator", "negotiators", NULL};
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun) continue;
    if (m->e >= c->nTok || !tok_is(c, m->e, "in") || n->i != m->e + 1 || tok_in(c, m->e - 1, azPost)) continue;
    if (!n->pMain || n->pAgent || n->pMain->kind != AK_CAPITAL || !n->pMain->zCountry || n->bPronoun) continue;
    /* ... not the last of a list a people's adjective may own: "Turkish
    ** shops, schools and businesses in Berlin" */
    if (m->i > 0 && (tok_is(c, m->i - 1, ",") || tok_is(c, m->i - 1, "and") || tok_is(c, m->i - 1, "or"))) continue;
    /* ... one capital, no list of places: "officials in Beijing and Moscow" */
    if (n->e < c->nTok && (tok_is(c, n->e, "and") || tok_is(c, n->e, "or") || tok_is(c, n->e, ","))) continue;
    /* ... on the document's day: "the general staff in Belgrade" in 1991
    ** is Yugoslavia's, as "Belgrade" alone is (issue 4 dev48) */
    const char *zOn = dict_entry_dated(n->pMain, c->bDocDate ? ymd_to_days(c->docDate) : 0, c->bDocDate);
    m->pCountry = country_entry(c, zOn && is_state_code(zOn) ? zOn : n->pMain->zCountry);
  }
}

/* Contract: a state's possessive right before a mention of the United
** Nations (IGOUNO itself) whose last word is an envoy's title ("Iraq's U.N.
** envoy", "Israel's UN ambassador") becomes one mention of that state's
** government; the possessive is absorbed. Why: a state's envoy to the
** world body speaks for the state, not for the U.N.; "Iraq's U.N. envoy,
** Nizar Hamdoon, denied" had become the U.N.'s denial (issue 4, session
** 64). */
static void state_un_envoy(Coder *c) {
  static const char *const azEnvoy[] = {"envoy", "ambassador", "representative", "delegate", "delegation",
                                        "mission", NULL};
  const ActorEntry *pGov = NULL;   /* looked up only when needed: a scan of every entry */
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    if (m->bPronoun || m->pAgent || !m->pMain || m->pMain->kind != AK_COUNTRY || !tok_is(c, m->e, "'s") ||
        n->i != m->e + 1 || !n->pMain || !n->pMain->zCode || strcmp(n->pMain->zCode, "IGOUNO") ||
        !tok_in(c, n->e - 1, azEnvoy))
      continue;
    if (!pGov && !(pGov = agent_entry(c, "GOV"))) return;
    m->pCountry = m->pMain;
    m->pMain = NULL;
    m->pAgent = pGov;
    absorb_next_mention(c, k);
  }
}

/* Contract: when a town or capital mention is followed by ", <state>" or
** "in (compass) <state>" naming another state than the dictionary's, the
** town's mention stands for that state. Why: a town name another country
** also has ("Palma in northern Mozambique", "Tripoli, Lebanon") is where the
** text says it is; the dictionary's Palma is Spain's. */
static void place_in_named_state(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    if (!m->pMain || m->pAgent || (m->pMain->kind != AK_PLACE && m->pMain->kind != AK_CAPITAL) || !m->pMain->zCountry)
      continue;
    if (!n->pMain || n->pAgent || n->pMain->kind != AK_COUNTRY || !n->pMain->zCountry ||
        !strncmp(n->pMain->zCountry, m->pMain->zCountry, 3))
      continue;
    size_t t = m->e;
    int bNear = (n->i == t + 1 && (tok_is(c, t, ",") || tok_is(c, t, "in"))) ||
                (n->i == t + 2 && tok_is(c, t, "in") && compass_word(c, t + 1));
    /* ... not a possessor after the comma: "Paris, Haiti's former colonial
    ** ruler, froze its aid" is France (issue 4, session 39) */
    if (bNear && n->e < c->nTok && tok_is(c, n->e, "'s")) bNear = 0;
    if (bNear) m->pMain = n->pMain;
  }
}

/* "struck the targets with warplanes, warships and a submarine": weapons
** after "with" are the means of an act, not a partner or a victim ("clashed
** with soldiers" keeps its people). */
static void weapons_with(const Coder *c, Mention *m) {
  static const char *const azArms[] = {"warplanes", "warplane", "warships", "warship", "aircraft", "drones", "drone",
                                       "submarine", "submarines", "tanks", "helicopters", "gunships", "bombers",
                                       "jets", "artillery", "missiles", "rockets", "vessels", NULL};
  static const char *const azArmsDet[] = {"a", "an", "the", "its", "their", "his", "her", NULL};
  if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || strcmp(m->pAgent->zCode, "MIL")) return;
  if (!tok_in(c, m->e - 1, azArms)) return;
  size_t b = m->i;
  if (b > 0 && (tok_in(c, b - 1, azArmsDet) || is_digit((unsigned char)c->z[c->aTok[b - 1].start]))) b--;
  if (b > 0 && tok_is(c, b - 1, "with")) m->bAside = 1;
  /* ... and the rest of the list: "with warplanes, warships and a submarine" */
  const Mention *p = c->nM ? &c->aM[c->nM - 1] : NULL;
  if (b > 0 && (tok_is(c, b - 1, "and") || tok_is(c, b - 1, ",")) && p && p->bAside && p->e + 1 == b && p->pAgent &&
      !p->pMain && tok_in(c, p->e - 1, azArms))
    m->bAside = 1;
}

static void un_organ(const Coder *c, Mention *m) {
  if (!m->pAgent || m->pCountry || m->pMain || m->pPersonCountry || m->pGroup) return;
  size_t s = tok_is(c, m->i, "the") || tok_is(c, m->i, "a") || tok_is(c, m->i, "an") ? m->i + 1 : m->i;
  /* ... and its envoys: "a Security Council delegation met Colonel Assimi
  ** Goita" (issue 4 dev48: the delegation had become Mali's) */
  static const char *const azEnvoys[] = {"delegation", "delegations", "envoys", "ambassadors", "mission", NULL};
  int bEnvoys = m->e == s + 3 && tok_in(c, s + 2, azEnvoys);
  if ((m->e != s + 2 && !bEnvoys) || !c->aTok[s].bCap || !c->aTok[s + 1].bCap) return;
  const char *zCode = NULL;
  if (tok_is(c, s, "security") && tok_is(c, s + 1, "council")) zCode = "IGOUNOSEC";
  if (tok_is(c, s, "general") && tok_is(c, s + 1, "assembly")) zCode = "IGOUNOGAS";
  const ActorEntry *pOrg = zCode ? org_entry(c, zCode) : NULL;
  if (pOrg) {
    m->pMain = pOrg;
    m->pAgent = NULL;
  }
}

/* Longest actor phrase starting at token i (an optional "the" first). */
/* Keeps the entries at trie node `node` that may match tokens [s, e) as
** written; returns how many were kept in r. */
static int match_filter(const Coder *c, size_t s, size_t e, uint32_t node, RawMatch *r) {
  const Trie *t = &c->p->actors;
  r->n = 0;
  r->bHomonym = 0;
  for (int32_t ref = t->aHead[node]; ref >= 0 && r->n < MAX_CAND; ref = t->aRef[ref].iNext) {
    uint32_t iItem = t->aRef[ref].iItem;
    int bAnyCase = (iItem & ACTOR_ANY_CASE) != 0;
    iItem &= ~ACTOR_ANY_CASE;
    if (iItem & ACTOR_EXACT_CASE) {
      /* an acronym written in capitals ("US") does not match the word "us" */
      int bUpper = 1;
      for (size_t k = s; k < e; k++) {
        for (uint32_t b = c->aTok[k].start; b < c->aTok[k].end; b++) bUpper &= !is_lower((unsigned char)c->z[b]);
      }
      if (!bUpper) continue;
      iItem &= ~ACTOR_EXACT_CASE;
    }
    const ActorEntry *a = &c->p->aActor[iItem];
    if (a->kind != AK_AGENT && a->kind != AK_IGNORE && !bAnyCase) {
      /* a name is capitalised at its end: "Islamic State" but not "a strict
      ** Islamic state"; "al-Qaeda", "Republic of Belarus" pass */
      size_t iLast = e - 1;
      /* "Kim Jong-un", "Tsai Ing-wen": a hyphenated part may be lower case */
      while (iLast >= s + 2 && !c->aTok[iLast].bCap && tok_is(c, iLast - 1, "-") &&
             c->aTok[iLast - 1].end == c->aTok[iLast].start && c->aTok[iLast - 2].end == c->aTok[iLast - 1].start)
        iLast -= 2;
      const Token *pLast = &c->aTok[iLast];
      int bLastCap = pLast->bCap || !is_alpha((unsigned char)c->z[pLast->start]);
      if (!bLastCap) continue;
    }
    r->a[r->n++] = a;
  }
  return r->n;
}

/* Is token t only ever a past tense or participle ("sent", "held", "built")?
** Then it is the verb after a subject, "The US sent troops", not a word
** describing a role ("US peacekeeping troops"). */
/* The union of the verb forms token t is (VerbForm bits), 0 for no verb. */
uint32_t token_forms(const Coder *c, size_t t) {
  uint32_t forms = 0;
  for (const VerbFormEntry *g = dict_forms(c->p, c->aTok[t].id); g; g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
    forms |= g->forms;
  return forms;
}

int past_only(const Coder *c, size_t t) {
  uint32_t forms = token_forms(c, t);
  return (forms & (VF_PAST | VF_PP)) && !(forms & VF_BASE);
}

/* Longest actor phrase starting at token i (an optional "the" first) whose
** entries may match as written; when the longest is refused ("UN refugee
** agency" written in lower case), a shorter one ("UN") still counts. */
/* "the Trump administration", "the Orban government": a leader's name
** right before the word for the executive he heads names that executive,
** coded as the leader is on the day (the government's own state and role);
** the bare word after it would otherwise take a state from context. */
static int person_government(const Coder *c, const RawMatch *r, size_t e) {
  static const char *const azExec[] = {"administration", "government", "cabinet", "regime", NULL};
  return r->i == e && r->e == r->i + 1 && raw_pick(r, AK_AGENT) && tok_in(c, r->i, azExec);
}

/* "Lukashenko's regime", "Maduro's government": the same executive named
** with a possessive; without this the bare word took the state last named
** in the story ("Mexico called for calm. Lukashenko's regime ..." was Mexico's). */
static int person_poss_government(const Coder *c, const RawMatch *r, size_t e) {
  static const char *const azExec[] = {"administration", "government", "cabinet", "regime", NULL};
  return r->i == e + 1 && tok_is(c, e, "'s") && r->e == r->i + 1 && raw_pick(r, AK_AGENT) && tok_in(c, r->i, azExec);
}

int match_at(const Coder *c, size_t i, RawMatch *r) {
  const Trie *t = &c->p->actors;
  size_t s = i;
  if (tok_is(c, i, "the") && i + 1 < c->nTok) s = i + 1;
  uint32_t node = 0;
  /* trie depth is bounded by the longest phrase: remember the nodes walked */
  enum { WALK = 24 };
  uint32_t aNode[WALK];
  size_t aEnd[WALK], nWalk = 0;
  for (size_t k = s; k < c->nTok; k++) {
    node = trie_step(t, node, c->aTok[k].id);
    if (!node) break;
    if (t->aHead[node] >= 0) {
      if (nWalk == WALK) memmove(aNode, aNode + 1, (WALK - 1) * sizeof aNode[0]), memmove(aEnd, aEnd + 1, (WALK - 1) * sizeof aEnd[0]), nWalk--;
      aNode[nWalk] = node;
      aEnd[nWalk++] = k + 1;
    }
  }
  r->i = i;
  while (nWalk-- > 0) {
    if (match_filter(c, s, aEnd[nWalk], aNode[nWalk], r)) {
      r->e = aEnd[nWalk];
      return 1;
    }
  }
  return 0;
}

/* How often the document names state zC (find_focus's count; 0 before it). */
static int doc_state_count(const Coder *c, const char *zC) {
  for (size_t k = 0; k < c->nDocState; k++)
    if (!strncmp(c->aDocState[k].zC, zC, 3)) return c->aDocState[k].n;
  return 0;
}

/* Contract: when match r holds places or capitals of two or more states (a
** homonym: "Tripoli", Libya's capital and a Lebanese port; "Palma", on
** Mallorca and in Cabo Delgado), keeps of them only the sense whose state
** the document names most often (doc_state_count), on a tie the one listed
** first in the dictionary, marks r->bHomonym and returns 1; else leaves r
** as it is and returns 0. Entries of other kinds (a person, an org) stay.
** Why: a place name is read the way the story around it places it; the
** dictionaries used to list one sense only and lose the other ("the
** coastal town of Palma" in a story on Mozambique was Spain's). */
static int resolve_homonym(const Coder *c, RawMatch *r) {
  const ActorEntry *pPick = NULL;
  int nPick = -1, bTwo = 0;
  for (int k = 0; k < r->n; k++) {
    const ActorEntry *a = r->a[k];
    if ((a->kind != AK_PLACE && a->kind != AK_CAPITAL) || !a->zCountry) continue;
    if (pPick && strncmp(pPick->zCountry, a->zCountry, 3)) bTwo = 1;
    int n = doc_state_count(c, a->zCountry);
    /* entries sit in load order in aActor: the lower address was listed first */
    if (!pPick || n > nPick || (n == nPick && a < pPick)) {
      pPick = a;
      nPick = n;
    }
  }
  if (!bTwo) return 0;
  int n = 0;
  for (int k = 0; k < r->n; k++) {
    const ActorEntry *a = r->a[k];
    if ((a->kind == AK_PLACE || a->kind == AK_CAPITAL) && a->zCountry && strncmp(a->zCountry, pPick->zCountry, 3))
      continue;
    r->a[n++] = a;
  }
  r->n = n;
  r->bHomonym = 1;
  return 1;
}

/* Contract: when match r holds two or more people (one name two people
** carry: "George Bush", father and son), keeps of them only the one who
** holds an office on the document's day, else the one whose last office
** ended nearest before it, and returns 1; else leaves r and returns 0. The
** dictionary lets two people share a name only when their offices never
** overlap (tocsin dict check). */
static int resolve_person_homonym(const Coder *c, RawMatch *r) {
  int nPerson = 0;
  for (int k = 0; k < r->n; k++) nPerson += r->a[k]->kind == AK_PERSON;
  if (nPerson < 2 || !(c->bAnchor || c->bDocDate)) return 0;
  long nDay = ymd_to_days(c->bAnchor ? c->anchor : c->docDate);
  const ActorEntry *pKeep = NULL;
  long nBest = LONG_MIN;
  for (int k = 0; k < r->n; k++) {
    const ActorEntry *a = r->a[k];
    if (a->kind != AK_PERSON) continue;
    if (dict_person_role(a, nDay, 1) >= 0) {
      pKeep = a;   /* in office that day */
      break;
    }
    for (size_t i = 0; i < a->nRole; i++)
      if (!a->aRole[i].bDefault && a->aRole[i].to <= nDay && a->aRole[i].to > nBest) {
        nBest = a->aRole[i].to;
        pKeep = a;
      }
  }
  if (!pKeep) return 0;
  int n = 0;
  for (int k = 0; k < r->n; k++)
    if (r->a[k]->kind != AK_PERSON || r->a[k] == pKeep) r->a[n++] = r->a[k];
  r->n = n;
  return 1;
}

int push_mention(Coder *c, Mention *m) {
  if (!vec_grow((void **)&c->aM, &c->nMAlloc, c->nM, sizeof(Mention))) return 0;
  c->aM[c->nM++] = *m;
  return 1;
}

/* Whether token i is written in capitals only (2 to 8 letters): an acronym. */
/* Is token i written in capitals and dots only ("U.S.", "UK")? */
static int initials(const Coder *c, size_t i) {
  const Token *t = &c->aTok[i];
  int nCap = 0;
  for (uint32_t b = t->start; b < t->end; b++) {
    unsigned char ch = (unsigned char)c->z[b];
    if (ch >= 'A' && ch <= 'Z') nCap++;
    else if (ch != '.') return 0;
  }
  return nCap >= 2;
}

static int tok_acronym(const Coder *c, size_t i) {
  if (i >= c->nTok) return 0;
  const Token *t = &c->aTok[i];
  size_t n = t->end - t->start;
  if (n < 2 || n > 8) return 0;
  for (size_t k = t->start; k < t->end; k++)
    if (!is_upper((unsigned char)c->z[k])) return 0;
  return 1;
}

static const ActorEntry *acronym_of(const Coder *c, size_t i) {
  if (!c->nAcro || !tok_acronym(c, i)) return NULL;
  const Token *t = &c->aTok[i];
  size_t n = t->end - t->start;
  for (size_t k = 0; k < c->nAcro; k++)
    if (strlen(c->aAcro[k].z) == n && !memcmp(c->aAcro[k].z, c->z + t->start, n)) return c->aAcro[k].p;
  return NULL;
}

/* Adds a mention found after the first pass, keeping c->aM in token order.
** 0 on OOM. */
int insert_mention(Coder *c, const Mention *pM) {
  size_t at = 0;
  while (at < c->nM && c->aM[at].i < pM->i) at++;
  Mention m = *pM;
  if (!push_mention(c, &m)) return 0;
  memmove(&c->aM[at + 1], &c->aM[at], (c->nM - 1 - at) * sizeof(Mention));
  c->aM[at] = m;
  return 1;
}

/* Adds a mention of pMain over the phrase [i, e) that stands for it ("the
** bloc", "both sides"), a prepositional object when a preposition comes
** before. 0 on OOM. */
int insert_phrase_mention(Coder *c, size_t i, size_t e, const ActorEntry *pMain) {
  Mention m;
  memset(&m, 0, sizeof m);
  m.i = i;
  m.e = e;
  m.pMain = pMain;
  if (i > 0 && tok_in(c, i - 1, azPrep)) m.bPrep = 1;
  return insert_mention(c, &m);
}

/* The alias entry whose surname is token i, or NULL. */
static const struct Alias *alias_at(const Coder *c, size_t i) {
  const Token *t = &c->aTok[i];
  size_t n = t->end - t->start;
  for (size_t k = 0; k < c->nAlias; k++)
    if (strlen(c->aAlias[k].z) == n && !memcmp(c->aAlias[k].z, c->z + t->start, n))
      return c->aAlias[k].bAmbiguous ? NULL : &c->aAlias[k];
  return NULL;
}

static int tok_name(const Coder *c, size_t i) {
  return i < c->nTok && c->aTok[i].bWord && c->aTok[i].bCap && c->aTok[i].end - c->aTok[i].start >= 3 &&
         !tok_acronym(c, i);
}

/* Contract: 1 when a title ending at token e (capitalised: "President") is
** followed by one or two capitalised words no match covers and then by the
** one-word match r, a person's surname: "President Junius Jayewardene" is
** J. R. Jayewardene, though the dictionary does not write his given name.
** Why: the title stood alone, an actor of its own, and made a compound
** subject with the name before it ("Gandhi and President Junius Jayewardene
** signed the accord" lost Jayewardene; issue 4 dev46). */
static int given_names_before(const Coder *c, size_t e, const RawMatch *r) {
  if (e == 0 || !c->aTok[e - 1].bCap || r->e != r->i + 1 || r->i <= e || r->i > e + 2) return 0;
  for (size_t t = e; t < r->i; t++)
    if (!tok_name(c, t)) return 0;
  return 1;
}

/* The participles after a glued "-" that name who leads, backs or owns a
** thing: "the Saudi-led coalition", "Iranian-backed rebels", "army-run
** television". After a state they describe the actor that follows
** (led_force_state); after a bare role they keep it an actor, not half of
** an adjective ("military-technical"). */
static const char *const azBackingWord[] = {"led", "backed", "brokered", "sponsored", "funded", "supported", "allied",
                                            "aligned", "controlled", "run", "owned", "installed", "trained", "armed",
                                            "based", "held", "appointed", "linked", "affiliated", "dominated",
                                            "imposed", NULL};

/* "Wu", "Xi", "Li", "Ma": a two-letter capitalised surname (not an acronym
** such as "UN" or "US"). Learned only from a full name of the dictionary's
** people ("Foreign Minister Joseph Wu ... Wu accused Beijing"), never taken
** from the dictionary alone. */
static int tok_short_name(const Coder *c, size_t i) {
  if (i >= c->nTok || !c->aTok[i].bWord || !c->aTok[i].bCap || c->aTok[i].end - c->aTok[i].start != 2) return 0;
  return is_lower((unsigned char)c->z[c->aTok[i].start + 1]);
}

/* Remembers token i as the surname of an actor. 0 on OOM. */
static int alias_add(Coder *c, size_t i, const ActorEntry *pMain, const ActorEntry *pCountry,
                     const ActorEntry *pAgent) {
  const Token *t = &c->aTok[i];
  size_t n = t->end - t->start;
  if (n >= sizeof c->aAlias[0].z) return 1;
  for (size_t k = 0; k < c->nAlias; k++) {
    struct Alias *a = &c->aAlias[k];
    if (strlen(a->z) != n || memcmp(a->z, c->z + t->start, n)) continue;
    /* the same role learned once with its state and once without is one
    ** person: the state is kept */
    if (a->pMain == pMain && a->pAgent == pAgent && (!a->pCountry || !pCountry)) {
      if (!a->pCountry) a->pCountry = pCountry;
      return 1;
    }
    if (a->pMain != pMain || a->pCountry != pCountry || a->pAgent != pAgent) a->bAmbiguous = 1;
    return 1;
  }
  if (!vec_grow((void **)&c->aAlias, &c->nAliasAlloc, c->nAlias, sizeof(*c->aAlias))) return 0;
  struct Alias *a = &c->aAlias[c->nAlias++];
  memcpy(a->z, c->z + t->start, n);
  a->z[n] = 0;
  a->pMain = pMain;
  a->pCountry = pCountry;
  a->pAgent = pAgent;
  a->bAmbiguous = 0;
  return 1;
}

/* "South Korean President Yoon Suk Yeol ... Yoon lifted martial law",
** "Taiwan's President Tsai Ing-wen ... Tsai said": in Chinese, Korean and
** Taiwanese names the family name comes first, and news calls the person
** by it. For person mention m of such a state, the token of that family
** name: the first of the run of name words that ends the mention, after
** the titles and demonyms before it; SIZE_MAX when there is none. */
static size_t family_name_first(const Coder *c, const Mention *m) {
  static const char *const azTitle[] = {"president", "prime", "minister", "premier", "leader", "chairman", "general",
                                        "vice", "foreign", "defence", "defense", "unification", "chief", "secretary",
                                        "speaker", "mr", "ms", "dr", "south", "north", "korean", "korea", "chinese",
                                        "china", "taiwanese", "taiwan", "'s", "former", "acting", "opposition", NULL};
  if (!dict_family_name_first(m->pMain)) return SIZE_MAX;
  size_t t = m->e;   /* back over the name's words: capitalised, or hyphen-joined ("Ing-wen") */
  while (t > m->i && (c->aTok[t - 1].bCap || tok_is(c, t - 1, "-") ||
                      (t - 1 > m->i && tok_is(c, t - 2, "-") && c->aTok[t - 2].end == c->aTok[t - 1].start)) &&
         !tok_in(c, t - 1, azTitle))
    t--;
  if (m->e - t < 2 || !c->aTok[t].bCap || c->aTok[t].end - c->aTok[t].start < 2 || tok_acronym(c, t)) return SIZE_MAX;
  return t;
}

/* Contract: for person mention m of the dictionary, the token of the
** person's given name -- the first word of the entry's display name, of
** four letters or more, inside m and followed there by another name word --
** else SIZE_MAX; never for a family-name-first state's person (the first
** word is the family name there: family_name_first). Why: Ethiopian and
** Eritrean news calls a leader by his given name ("Eritrean President
** Isaias Afwerki ... Isaias paid a return visit"), which matched no one
** (issue 4 actors). */
static size_t given_name_at(const Coder *c, const Mention *m) {
  const char *zName = m->pMain ? m->pMain->zName : NULL;
  if (!zName || dict_family_name_first(m->pMain)) return SIZE_MAX;
  size_t n = 0;
  while (zName[n] && zName[n] != ' ') n++;
  if (n < 4 || !zName[n]) return SIZE_MAX;
  for (size_t t = m->i; t + 1 < m->e; t++) {
    const Token *pT = &c->aTok[t];
    if (pT->end - pT->start != n || !tok_name(c, t) || !tok_name(c, t + 1)) continue;
    size_t j = 0;
    while (j < n && tolower((unsigned char)c->z[pT->start + j]) == tolower((unsigned char)zName[j])) j++;
    if (j == n) return t;
  }
  return SIZE_MAX;
}

/* News names a person in full once ("Sri Lankan President Gotabaya
** Rajapaksa", "US House Speaker Nancy Pelosi") and by surname after:
** "Rajapaksa has not resigned", "Pelosi met Tsai". A surname the document
** has given (the last word of a person the dictionary knows, or of the
** name that follows a role the text named) is that actor in the sentences
** after it, when it stands alone: not inside a longer name ("the Pelosi
** family" still is; "Nancy Pelosi Foundation" is not). 0 on OOM. */
/* Contract: 1 when capitalised token t is a weekday, a month or a sentence
** adverb ("On Monday Petro declared ...", "Later Petro said"), which ends no
** name: the surname after it stands alone. Why: surname_mentions takes a
** capitalised word before a surname as part of a longer name. */
static int name_boundary_word(const Coder *c, size_t t) {
  static const char *const azWord[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday", "january", "february", "march", "april", "june", "july",
                                       "august", "september", "october", "november", "december", "later",
                                       "earlier", "then", "meanwhile", "separately", "yesterday", "today",
                                       "tonight", "afterwards", "since", "but", "and", "when", "after",
                                       "before", "while", "as", "there", "here", NULL};
  return tok_in(c, t, azWord);
}

/* Why: "withdrawing from the 1998 Visiting Forces Agreement": a role word
** inside the capitalised name of a treaty or law names no party; "Forces"
** was read as the Philippine military, the target of the withdrawal (issue
** 4 dev39). Contract: a mention with a role and no main entry, state or
** group whose last word is capitalised, right before a capitalised document
** noun (Agreement, Treaty, Accord, Act, ...), is removed. */
static void document_name_roles(Coder *c) {
  static const char *const azDoc[] = {"agreement", "treaty", "accord", "accords", "act", "convention", "pact",
                                      "protocol", "charter", "law", NULL};
  for (size_t k = 0; k < c->nM;) {
    const Mention *m = &c->aM[k];
    if (m->pAgent && !m->pMain && !m->pCountry && !m->pGroup && !m->pPersonCountry && !m->bPronoun &&
        m->e < c->nTok && c->aTok[m->e - 1].bCap && c->aTok[m->e].bCap && tok_in(c, m->e, azDoc)) {
      memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
      c->nM--;
    } else
      k++;
  }
}

/* surname_mentions with aCov[t] set when a mention other than a pronoun
** covers token t (nTok + 1 entries): what in_mention tells, looked up once,
** for asked at every token in_mention made a long sentence quadratic
** (tests/fuzz.sh's dots.txt). Only the one-token mentions made here change it. */
/* Why: "Kurdish peshmerga forces have been fighting the militants": an
** identity group's adjective, one word the dictionary lacks, then a bare role
** is one actor, the group's force; as two, "forces" was a bare state organ
** and took the state of the side the story followed (the United States'
** jets) (issue 4 lead35). Contract: a group modifier (a mention with a group
** and no role) followed, after one lower-case word that is no verb, by a bare
** role of force (MIL, UAF, REB, INS, COP, SPY) becomes one mention over both
** with the role and the group; the modifier's start and flags are kept. */
static void group_role_join(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *g = &c->aM[k];
    const Mention *r = &c->aM[k + 1];
    static const char *const azForce[] = {"MIL", "UAF", "REB", "INS", "COP", "SPY", NULL};
    if (!g->pGroup || g->pAgent || g->bPronoun || !r->pAgent || !r->pAgent->zRole || r->pMain || r->pCountry ||
        r->pGroup || r->bPronoun || r->i != g->e + 1 || !str_listed(r->pAgent->zRole, azForce))
      continue;
    /* ... a word that is no verb ("Coptic Christians accused the police") */
    if (c->aTok[g->e].bCap || !c->aTok[g->e].bWord || dict_forms(c->p, c->aTok[g->e].id) || tok_in(c, r->i, azDet))
      continue;
    g->pAgent = r->pAgent;
    if (g->pMain == g->pGroup) g->pMain = NULL;   /* "the Kurds" alone stood for the group */
    g->bMod = 0;
    g->e = r->e;
    memmove(&c->aM[k + 1], &c->aM[k + 2], (c->nM - k - 2) * sizeof(Mention));
    c->nM--;
  }
}

/* Why: "the West African bloc ECOWAS", "the Lebanese militant group
** Hezbollah": a descriptor the dictionary reads as the body itself, then the
** body's name with no comma between, is one mention; as two, the name stood
** apart from the list it closes ("The African Union and the West African
** bloc ECOWAS condemned the coup" lost its compound and its event: issue 4
** lead35). Contract: two adjacent mentions (the second starts where the
** first ends) with the same main entry, an organisation, and no role or
** pronoun become one over both; the first's flags are kept. */
static void descriptor_name_join(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    if (m->e != n->i || !m->pMain || m->pMain != n->pMain || m->pMain->kind != AK_ORG || m->pAgent || n->pAgent ||
        m->bPronoun || n->bPronoun)
      continue;
    absorb_next_mention(c, k);
  }
}

/* Why: "Hundreds of people celebrated the takeover ..., some of them waving
** Russian flags": a partitive pronoun after a comma opens a clause about the
** subject's own members, no object of the verb before; it was taken as the
** celebration's target (issue 4 lead35). Contract: a pronoun "them" (or
** "us") right after "of", a quantifier ("some", "many", "most", "all",
** "several", "few", "one", "two", ...) and a comma is set aside, with the
** modifiers of the rest of its clause when a participle follows it. */
void partitive_pronoun_aside(Coder *c) {
  static const char *const azPart[] = {"some", "many", "most", "all", "several", "few", "one", "two", "three",
                                       "dozens", "hundreds", "thousands", "none", "each", "both", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    size_t i = m->i;
    if (!m->bPronoun || i < 3 || !(tok_is(c, i, "them") || tok_is(c, i, "us"))) continue;
    if (!tok_is(c, i - 1, "of") || !tok_in(c, i - 2, azPart) || !tok_is(c, i - 3, ",")) continue;
    m->bAside = 1;
    /* ... and so are the modifiers of its participle's clause ("waving
    ** Russian flags"; not "most of them when a Cambodian rocket hit ...") */
    if (m->e >= c->nTok || !tok_ing(c, m->e)) continue;
    size_t e = m->e;
    while (e < c->nTok && !tok_is(c, e, ",") && !tok_is(c, e, ".") && !tok_is(c, e, ";")) e++;
    for (size_t x = k + 1; x < c->nM && c->aM[x].i < e; x++)
      if (c->aM[x].bMod) c->aM[x].bAside = 1;
  }
}

/* Why: "The Security Council approved the operation by ten votes to none,
** with Brazil, China, New Zealand, Nigeria and Pakistan abstaining": the
** members a vote's tally names are no party to what the body did; each
** became a target of the approval (issue 4 dev52). Contract: the mentions of
** a list "with" opens -- mentions, commas, "and", "or" only -- that a word of
** voting ("abstaining", "dissenting", "voting", "objecting") follows right
** after its last mention are set aside. */
void vote_tally_aside(Coder *c) {
  static const char *const azVoting[] = {"abstaining", "dissenting", "voting", "objecting", NULL};
  for (size_t t = 0; t + 2 < c->nTok; t++) {
    if (!tok_is(c, t, "with")) continue;
    size_t u = t + 1;
    int nIn = 0;
    while (u < c->nTok && u < t + 24) {
      int bAt = 0;
      for (size_t k = 0; k < c->nM && !bAt; k++)
        if (c->aM[k].i == u && !c->aM[k].bPronoun) {
          u = c->aM[k].e;
          bAt = 1;
          nIn++;
        }
      if (bAt) continue;
      if (tok_is(c, u, ",") || tok_is(c, u, "and") || tok_is(c, u, "or")) u++;
      else break;
    }
    if (!nIn || u >= c->nTok || !tok_in(c, u, azVoting) || !in_mention(c, u - 1)) continue;
    for (size_t k = 0; k < c->nM; k++)
      if (c->aM[k].i > t && c->aM[k].e <= u) c->aM[k].bAside = 1;
    t = u;
  }
}

/* Contract: learns as alias of (pMain, pCountry, pAgent) the surname of the
** name of two to four capitalised words no mention covers that ends right
** before the apposition comma iComma ("Eston Kohver, an Estonian ...",
** "Olivier Salgado, MINUSMA's spokesman,"), when a lower-case word or the
** sentence start comes before the name; else nothing. 0 on OOM. */
static int learn_apposed_name(Coder *c, const unsigned char *aCov, size_t iComma, const ActorEntry *pMain,
                              const ActorEntry *pCountry, const ActorEntry *pAgent) {
  size_t b = iComma;
  while (b > 0 && b + 4 > iComma && tok_name(c, b - 1) && !aCov[b - 1] && !name_boundary_word(c, b - 1)) b--;
  if (iComma - b < 2 || (b > 0 && c->aTok[b - 1].bCap)) return 1;
  return alias_add(c, iComma - 1, pMain, pCountry, pAgent);
}

static int surname_mentions_cov(Coder *c, unsigned char *aCov) {
  Ymd day = c->bAnchor ? c->anchor : c->docDate;
  int bDay = c->bAnchor || c->bDocDate;
  for (size_t i = 0; i < c->nTok; i++) {
    int bShort = tok_short_name(c, i) && alias_at(c, i);   /* "Wu", learned from "Joseph Wu" */
    /* (a sentence's opening "The" is no first name: "The Carter administration") */
    if ((!tok_name(c, i) && !bShort) || aCov[i] || tok_name(c, i + 1) ||
        (i > 0 && tok_name(c, i - 1) && !name_boundary_word(c, i - 1) && !(i == 1 && tok_is(c, 0, "the"))))
      continue;
    const struct Alias *a = alias_at(c, i);
    const ActorEntry *pKnown = NULL;
    /* ... or, named by surname alone from the start ("Maduro, who has ruled
    ** Venezuela since 2013"), the one person of the dictionary whose full
    ** name ends in it and who holds an office that day: a surname two such
    ** people share, or with a phrase of its own, is no one's, nor one of
    ** three letters or fewer (Lee, Kim) */
    /* ... but not the first half of a hyphened adjective ("the English-speaking
    ** regions" is no Bill English: issue 4 africa16) */
    int bHyphened = i + 1 < c->nTok && tok_is(c, i + 1, "-");
    /* ... nor the second half of a double-barrelled name ("Debbie
    ** Ngarewa-Packer" is no James Packer: issue 4 lead35) */
    if (i >= 2 && tok_is(c, i - 1, "-") && tok_name(c, i - 2) && c->aTok[i - 1].start == c->aTok[i - 2].end &&
        c->aTok[i].start == c->aTok[i - 1].end)
      bHyphened = 1;
    if (!a && bDay && !bHyphened && c->aTok[i].end - c->aTok[i].start >= 4)
      pKnown = dict_surname(c->p, c->aTok[i].id, ymd_to_days(day));
    if (!a && !pKnown) continue;
    Mention m;
    memset(&m, 0, sizeof m);
    m.i = i;
    m.e = i + 1;
    m.pMain = a ? a->pMain : pKnown;
    m.pCountry = a ? a->pCountry : NULL;
    m.pAgent = a ? a->pAgent : NULL;
    m.bNameAlias = a != NULL;
    if (i > 0 && tok_is(c, i - 1, "by")) m.bBy = 1;
    if (i > 0 && tok_in(c, i - 1, azPrep)) m.bPrep = 1;
    if (i > 1 && tok_is(c, i - 1, "the") && tok_in(c, i - 2, azPrep)) m.bPrep = 1;   /* "envoy to the League" */
    /* a body's last word before a bare role of it: "Community foreign
    ** ministers" are the body's, as "EU foreign ministers" are */
    int iRoleAfter = -1;
    for (size_t x = 0; x < c->nM && iRoleAfter < 0 && a && a->pMain && a->pMain->kind == AK_ORG; x++)
      if (c->aM[x].i == i + 1 && c->aM[x].pAgent && !c->aM[x].pMain && !c->aM[x].pCountry && !c->aM[x].bPronoun)
        iRoleAfter = (int)x;
    /* ... and a leader's surname before his executive: "the Carter
    ** administration" is the president's, as "the Reagan administration"
    ** is (issue 4, session 64) */
    static const char *const azExec[] = {"administration", "government", "cabinet", "regime", NULL};
    for (size_t x = 0; x < c->nM && iRoleAfter < 0 && m.pMain && m.pMain->kind == AK_PERSON; x++)
      if (c->aM[x].i == i + 1 && c->aM[x].e == i + 2 && c->aM[x].pAgent && !c->aM[x].pMain && !c->aM[x].pCountry &&
          !c->aM[x].bPronoun && tok_in(c, i + 1, azExec))
        iRoleAfter = (int)x;
    if (iRoleAfter >= 0) {
      m.e = c->aM[iRoleAfter].e;
      memmove(&c->aM[iRoleAfter], &c->aM[iRoleAfter + 1], (c->nM - (size_t)iRoleAfter - 1) * sizeof(Mention));
      c->nM--;
    }
    if (!insert_mention(c, &m)) return 0;
    aCov[i] = 1;
  }
  /* learn this sentence's full names for the sentences after it */
  for (size_t k = 0; k < c->nM; k++) {
    /* ... also a leader named after a role's "of": "the previous government
    ** of Ma Ying-jeou ... Ma's administration" (issue 4 dev37) */
    Mention mLeader = c->aM[k];
    if (!mLeader.pMain && mLeader.pPersonCountry && mLeader.pPersonCountry->kind == AK_PERSON && !mLeader.bPronoun) {
      size_t o = mLeader.i;
      while (o < mLeader.e && !tok_is(c, o, "of")) o++;
      if (o + 2 < mLeader.e) {
        mLeader.i = o + 1;
        mLeader.pMain = mLeader.pPersonCountry;
        mLeader.pAgent = NULL;
        mLeader.pCountry = NULL;
      }
    }
    const Mention *m = &mLeader;
    if (m->bPronoun || m->e - m->i < 1) continue;
    /* "the European Community ... Community foreign ministers imposed
    ** sanctions", "the Arab League ... the League's envoy": a body named in
    ** full is then named by its last word (the ministers had become
    ** Croatia's; issue 4 dev48) */
    static const char *const azBodyWord[] = {"community", "union", "league", "alliance", NULL};
    if (m->pMain && m->pMain->kind == AK_ORG && !m->pAgent && m->e - m->i >= 2 && tok_in(c, m->e - 1, azBodyWord) &&
        c->aTok[m->e - 1].bCap && !alias_add(c, m->e - 1, m->pMain, NULL, NULL))
      return 0;
    size_t f = family_name_first(c, m);   /* "Yoon" of "Yoon Suk Yeol", "Tsai" of "Tsai Ing-wen" */
    if (f != SIZE_MAX && f + 1 < m->e && !alias_add(c, f, m->pMain, m->pCountry, m->pAgent)) return 0;
    if (m->pMain && m->pMain->kind == AK_PERSON && m->e - m->i >= 2 &&
        (tok_name(c, m->e - 1) || tok_short_name(c, m->e - 1))) {
      if (!alias_add(c, m->e - 1, m->pMain, m->pCountry, m->pAgent)) return 0;
      /* ... and the first of a compound surname: "Fernandez" of "Cristina
      ** Fernandez de Kirchner", whom the story then calls Fernandez (issue
      ** 4 lead36: the bare name went to another Fernandez of the dictionary) */
      static const char *const azParticle[] = {"de", "del", "da", "dos", "das", "y", NULL};
      if (m->e >= m->i + 4 && tok_in(c, m->e - 2, azParticle) && tok_name(c, m->e - 3) &&
          !alias_add(c, m->e - 3, m->pMain, m->pCountry, m->pAgent))
        return 0;
      size_t g = given_name_at(c, m);   /* "Isaias" of "Isaias Afwerki" */
      if (g != SIZE_MAX && !alias_add(c, g, m->pMain, m->pCountry, m->pAgent)) return 0;
    } else if ((m->pAgent || m->pCountry || (m->pMain && (m->pMain->kind == AK_COUNTRY || m->pMain->kind == AK_ORG))) &&
               (!m->pMain || m->pMain->kind != AK_PERSON) && tok_name(c, m->e) && !aCov[m->e]) {
      /* a role, then a name the dictionary lacks: "Kenyan Vice-President Moody
      ** Awori", "US House Speaker Nancy Pelosi" */
      size_t e = m->e;
      while (e < m->e + 5 && tok_name(c, e) && !aCov[e]) e++;
      /* ... a bare title in a wire item is the dateline state's ("PORT
      ** VILA ... Prime Minister Bill Skate"), as its own sentence reads it;
      ** learned without a state, the surname later took the state of the
      ** sentence it stood in ("John Howard, the Australian prime minister,
      ** sent his condolences to Skate": issue 4 dev37) */
      const ActorEntry *pCountry = m->pCountry;
      if (!pCountry && !m->pMain && m->pAgent && c->pDateline && c->pDateline->zCountry)
        pCountry = country_entry(c, c->pDateline->zCountry);
      if (e - m->e >= 2 && !tok_name(c, e) && !aCov[e] &&
          !alias_add(c, e - 1, m->pMain, pCountry, m->pAgent))
        return 0;
    }
    /* ... and an envoy's name in the apposition after "its ambassador to
    ** <state>": "Washington recalled its ambassador to Zambia, Daniel Foote,
    ** on Monday ... Foote called the prison terms horrifying" is the envoy of
    ** the state the sentence named first (session 56: "he" became Lungu) */
    if (m->pAgent && !m->pCountry && !m->pMain && m->i > 0 && (tok_is(c, m->i - 1, "its") || tok_is(c, m->i - 1, "their")) &&
        tok_in(c, m->e - 1, azEnvoyTitle) && m->e + 4 < c->nTok && tok_is(c, m->e, "to") && k + 1 < c->nM &&
        c->aM[k + 1].i == m->e + 1 && c->aM[k + 1].e < c->nTok && tok_is(c, c->aM[k + 1].e, ",")) {
      size_t b = c->aM[k + 1].e + 1, e = b;
      while (e < b + 4 && e < c->nTok && tok_name(c, e) && !aCov[e]) e++;
      const char *zOwner = NULL;
      for (size_t x = 0; x < k && !zOwner; x++)
        if (!c->aM[x].bPronoun) mention_country(c, (int)x, &zOwner);
      const ActorEntry *pOwner = zOwner && is_state_code(zOwner) ? country_entry(c, zOwner) : NULL;
      if (e - b >= 2 && e < c->nTok && tok_is(c, e, ",") && pOwner && !alias_add(c, e - 1, NULL, pOwner, m->pAgent))
        return 0;
    }
    /* a name the dictionary lacks, then its role in an apposition:
    ** "police detained Evghenia Gutul, the governor of Gagauzia, ... Gutul
    ** denied any wrongdoing" (issue 4 actors) */
    /* ... also an indefinite one that names the state: "seized Eston
    ** Kohver, an Estonian counterintelligence officer, ... detained Kohver" */
    /* ... with words before the role: "Cesare Battisti, a former Italian
    ** far-left militant", "Mariam Kaplan, a 34-year-old American
    ** journalist" (session 60: the name was no one after) */
    size_t iComma = SIZE_MAX, oArt = m->i;
    while (oArt > 0 && oArt + 6 > m->i && !in_mention(c, oArt - 1) &&
           ((c->aTok[oArt - 1].bWord && !c->aTok[oArt - 1].bCap && !tok_is(c, oArt - 1, "a") && !tok_is(c, oArt - 1, "an") &&
             !tok_is(c, oArt - 1, "the") && !dict_forms(c->p, c->aTok[oArt - 1].id)) ||
            tok_number(c, oArt - 1) ||
            (oArt >= 2 && tok_is(c, oArt - 1, "-") && c->aTok[oArt - 1].start == c->aTok[oArt - 2].end)))
      oArt--;
    /* ... or an indefinite role "of" a body or state named next: "Miguel
    ** Angel Blanco, a town councillor of the ruling Popular Party," (issue 4
    ** dev52: "ETA seized Blanco" had no one to seize) */
    int bOfNext = m->pAgent && !m->pMain && !m->pCountry && k + 1 < c->nM && m->e + 1 < c->nTok &&
                  tok_is(c, m->e, "of") && c->aM[k + 1].i > m->e && c->aM[k + 1].i <= m->e + 3;
    for (size_t t = m->e + 1; bOfNext && t < c->aM[k + 1].i; t++)   /* "of the ruling Popular Party" */
      bOfNext = c->aTok[t].bWord && !c->aTok[t].bCap;
    if (m->i >= 3 && tok_is(c, m->i, "the") && tok_is(c, m->i - 1, ",")) iComma = m->i - 1;
    else if (oArt >= 3 && (m->pCountry || bOfNext) && (tok_is(c, oArt - 1, "a") || tok_is(c, oArt - 1, "an")) &&
             tok_is(c, oArt - 2, ","))
      iComma = oArt - 2;
    /* ... or a people's word and a noun no role names, up to the comma:
    ** "Ho Hung-yi, a Taiwanese fisherman,", "Cesare Battisti, a former
    ** Italian far-left militant," (the role after it, when there is one) */
    const ActorEntry *pRoleAfter = m->pAgent;
    int bPeopleWord = 0;
    if (!m->pAgent && m->pCountry && !m->pMain && !m->bPronoun && iComma != SIZE_MAX && !tok_is(c, m->i, "the")) {
      size_t t = m->e;
      while (t < c->nTok && t < m->e + 5 && !tok_is(c, t, ",")) {
        int iAt = -1;
        for (size_t x = k + 1; x < c->nM && iAt < 0; x++)
          if (c->aM[x].i == t) iAt = (int)x;
        if (iAt >= 0 && c->aM[iAt].pAgent && !c->aM[iAt].pCountry && !c->aM[iAt].pMain && !c->aM[iAt].bPronoun) {
          pRoleAfter = c->aM[iAt].pAgent;
          t = c->aM[iAt].e;
        } else if ((c->aTok[t].bWord && !c->aTok[t].bCap && !in_mention(c, t)) || tok_is(c, t, "-"))
          t++;
        else
          break;
      }
      bPeopleWord = t > m->e && t < c->nTok && tok_is(c, t, ",");
    }
    /* ... or a body's or state's officer: "Olivier Salgado, MINUSMA's
    ** spokesman, ... the government accused Salgado" (issue 4 dev48) */
    int bBodyOfficer = 0;
    if (iComma == SIZE_MAX && m->i >= 3 && tok_is(c, m->i - 1, ",") && m->pMain && !m->bPronoun &&
        (m->pMain->kind == AK_ORG || m->pMain->kind == AK_COUNTRY || m->pMain->kind == AK_CAPITAL) && m->e >= m->i + 3 &&
        tok_is(c, m->e - 2, "'s") && c->aTok[m->e - 1].bWord && !c->aTok[m->e - 1].bCap && m->e < c->nTok &&
        tok_is(c, m->e, ",")) {
      iComma = m->i - 1;
      bBodyOfficer = 1;
    }
    if (bBodyOfficer && !learn_apposed_name(c, aCov, iComma, m->pMain, m->pCountry, m->pAgent)) return 0;
    if ((m->pAgent || bPeopleWord) && !m->pMain && !m->bPronoun && iComma != SIZE_MAX) {
      /* ... whose state may come after "of": "Vladislav Baumgertner, the
      ** chief executive of the Russian potash producer Uralkali" is Russian,
      ** and the head of a body is that body's (issue 4 lead48: he became
      ** Belarusian, the state of the story) */
      const ActorEntry *pCountry = m->pCountry, *pAgent = pRoleAfter;
      size_t o = m->e;   /* "of", maybe after a word the role phrase left out ("chief executive") */
      while (o < m->e + 2 && o < c->nTok && c->aTok[o].bWord && !c->aTok[o].bCap && !tok_is(c, o, "of")) o++;
      if (!pCountry && k + 1 < c->nM && tok_is(c, o, "of") && (c->aM[k + 1].i == o + 1 || bOfNext) &&
          !c->aM[k + 1].bPronoun) {
        const Mention *n = &c->aM[k + 1];
        const ActorEntry *pOf = n->pCountry ? n->pCountry
                                : n->pMain && (n->pMain->kind == AK_COUNTRY || n->pMain->kind == AK_DEMONYM ||
                                               n->pMain->kind == AK_CAPITAL || n->pMain->kind == AK_PLACE)
                                    ? n->pMain
                                    : NULL;
        if (pOf && pOf->zCountry && !pOf->bRegion) {
          pCountry = pOf;
          if (n->pAgent && pAgent && pAgent->zRole && !strcmp(pAgent->zRole, "GOV")) pAgent = n->pAgent;
        }
        /* ... and a member "of" a party or group is that body's ("a town
        ** councillor of the ruling Popular Party") */
        if (!pOf && bOfNext && n->pMain && n->pMain->kind == AK_ORG && !n->pAgent) {
          if (!learn_apposed_name(c, aCov, iComma, n->pMain, NULL, NULL)) return 0;
          continue;
        }
      }
      if (!learn_apposed_name(c, aCov, iComma, m->pMain, pCountry, pAgent)) return 0;
    }
  }
  return 1;
}

/* Why: "Mogadishu ordered Nicholas Haysom, who leads the United Nations
** Assistance Mission in Somalia, out of the country": a name the dictionary
** lacks, set off by a relative clause saying what body he heads, acts and is
** acted on as that body, as a role in an apposition makes him ("Vladislav
** Baumgertner, the chief executive of ..."); he had no mention, and the
** body inside the clause was no party (issue 4 lead48). Contract: two to
** four capitalised name words no mention covers, then ", who leads|heads|
** runs|chairs|commands" and a mention of an organisation (or of a state's
** role), maybe after an office and "of" ("who heads the rights division of
** the U.N. mission"): a mention over the name with that mention's actor, the body's
** mention set aside, and the surname learned for the sentences after. 0 on
** OOM. */
/* 1 when token t lies in a mention of a bare role ("the monitoring mission"). */
static int bare_role_token(const Coder *c, size_t t) {
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].i <= t && t < c->aM[k].e)
      return c->aM[k].pAgent && !c->aM[k].pMain && !c->aM[k].pCountry && !c->aM[k].bPronoun;
  return 0;
}

/* Why: "The three diplomats who chair the Minsk Group, one each from Paris,
** Moscow and Washington, have called on Baku and Yerevan": officials named
** by a role and the body they chair act as that body; the states they come
** from are no parties, and had become the appeal's sources and targets
** (issue 4 dev53). Contract: a bare role then "who" and a verb of leading
** ("chair", "lead", "head", "run", and their -s forms) before a mention of
** an organisation takes that organisation as its actor (the role dropped),
** and the organisation's mention is set aside; the mentions of an
** apposition ", one each from ..." (or "one from each of") up to the
** comma that closes its list are set aside too. */
static void bare_role_chairs_body(Coder *c) {
  static const char *const azChair[] = {"chair", "chairs", "co-chair", "co-chairs", "lead", "leads", "head", "heads",
                                        "run", "runs", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    size_t w = m->e;
    if (!m->pAgent || m->pMain || m->pCountry || m->bPronoun || w + 2 >= c->nTok || !tok_is(c, w, "who") ||
        !tok_in(c, w + 1, azChair))
      continue;
    for (size_t x = k + 1; x < c->nM; x++) {
      Mention *o = &c->aM[x];
      if (o->i > w + 3) break;
      if (o->e <= w + 1 || !o->pMain || o->pMain->kind != AK_ORG || o->bPronoun) continue;
      m->pMain = o->pMain;
      m->pAgent = NULL;
      o->bAside = 1;
      break;
    }
  }
  for (size_t t = 0; t + 3 < c->nTok; t++) {
    if (!tok_is(c, t, ",") || !tok_is(c, t + 1, "one")) continue;
    size_t u = t + 2;
    if (tok_is(c, u, "each") && tok_is(c, u + 1, "from")) u += 2;
    else if (tok_is(c, u, "from") && u + 2 < c->nTok && tok_is(c, u + 1, "each") && tok_is(c, u + 2, "of")) u += 3;
    else continue;
    size_t e = u;   /* ... through the list: "from Paris, Moscow and Washington," */
    while (e < c->nTok && !tok_is(c, e, ";") && !tok_is(c, e, ".") &&
           !(tok_is(c, e, ",") && !(e + 1 < c->nTok && (in_mention(c, e + 1) || tok_is(c, e + 1, "and")))))
      e++;
    for (size_t x = 0; x < c->nM; x++)
      if (c->aM[x].i >= u && c->aM[x].e <= e) c->aM[x].bAside = 1;
  }
}

/* Why: "Iran's foreign ministry summoned the Swiss charge d'affaires, who
** represents U.S. interests in Tehran": a protecting power's envoy stands
** for the state whose interests he represents; the summons was aimed at
** Switzerland (issue 4, session 62; three gold sentences code it USA).
** Contract: a state's officer mention (a role with a state) followed by
** [","] "who represents" or "whose embassy represents" (or "which
** represents") and a mention of a state then "interests" takes that state,
** and the state's mention is set aside. */
static void protecting_power_envoy(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pAgent || !m->pCountry || m->pMain || m->bPronoun) continue;
    size_t t = m->e;
    if (t < c->nTok && tok_is(c, t, ",")) t++;
    if (t + 2 >= c->nTok) continue;
    if (tok_is(c, t, "who") || tok_is(c, t, "which")) t++;
    else if (tok_is(c, t, "whose") && t + 3 < c->nTok && (tok_is(c, t + 1, "embassy") || tok_is(c, t + 1, "mission")))
      t += 2;
    else continue;
    if (!tok_is(c, t, "represents") && !tok_is(c, t, "represented")) continue;
    for (size_t x = k + 1; x < c->nM; x++) {
      Mention *n = &c->aM[x];
      if (n->i < t + 1) continue;
      if (n->i > t + 2) break;
      const ActorEntry *pS = n->pCountry ? n->pCountry : n->pMain;
      if (!pS || n->pAgent || n->bPronoun || (pS->kind != AK_COUNTRY && pS->kind != AK_DEMONYM && pS->kind != AK_CAPITAL) ||
          n->e >= c->nTok || !tok_is(c, n->e, "interests"))
        break;
      m->pCountry = pS;
      n->bAside = 1;
      break;
    }
  }
}

static int relative_leader_names(Coder *c) {
  static const char *const azLead[] = {"leads", "heads", "runs", "chairs", "commands", "led", "headed", NULL};
  size_t nM = c->nM;
  for (size_t k = 0; k < nM; k++) {
    Mention *pB = &c->aM[k];
    size_t w = pB->i;   /* the verb before the body, or "of" after the office ("the rights division of") */
    if (w > 2 && tok_is(c, w - 1, "of")) {
      size_t v = w - 2;
      while (v > 0 && v + 6 > w && !tok_in(c, v, azLead) && c->aTok[v].bWord && !c->aTok[v].bCap &&
             (!in_mention(c, v) || bare_role_token(c, v)))
        v--;
      if (tok_in(c, v, azLead)) w = v + 1;
    }
    /* ... or speaks for it: "Saeed Khatibzadeh, who speaks for the Iranian
    ** foreign ministry, denied ..." (issue 4 dev35) */
    int bSpeaks = w > 5 && tok_is(c, w - 1, "for") && (tok_is(c, w - 2, "speaks") || tok_is(c, w - 2, "spoke")) &&
                  tok_is(c, w - 3, "who");
    if (bSpeaks) w--;   /* the verb before the body, as for "leads" */
    if (w < 5 || pB->bPronoun || !(tok_in(c, w - 1, azLead) || bSpeaks) || !tok_is(c, w - 2, "who")) continue;
    int bBody = (pB->pMain && pB->pMain->kind == AK_ORG) || (pB->pAgent && pB->pCountry && !pB->pMain);
    /* ... or a state's forces the story names without their state: "Admiral
    ** Miodrag Jokic, who commands the federal forces around the city, met
    ** Croatian ministers" (the city had become the subject; issue 4 dev48) */
    bBody |= tok_is(c, w - 1, "commands") && pB->pAgent && !pB->pMain && !pB->pCountry && pB->pAgent->zRole &&
             !strcmp(pB->pAgent->zRole, "MIL");
    if (!bBody) continue;
    /* ... or a name, then a role in apposition that the clause follows:
    ** "William Walker, the American diplomat who heads the monitoring
    ** mission of the OSCE," -- the role is set aside with the body */
    size_t e = w - 3;
    int iRole = -1;
    if (!tok_is(c, w - 3, ",")) {
      for (size_t x = 0; x < c->nM && iRole < 0; x++)
        if (c->aM[x].e == w - 2 && c->aM[x].pAgent && !c->aM[x].pMain && !c->aM[x].bPronoun && c->aM[x].i > 1 &&
            tok_is(c, c->aM[x].i - 1, ","))
          iRole = (int)x;
      if (iRole < 0) continue;
      e = c->aM[iRole].i - 1;
    }
    size_t b = e;
    while (b > 0 && e - b < 4 && c->aTok[b - 1].bWord && c->aTok[b - 1].bCap && !in_mention(c, b - 1) &&
           c->aTok[b - 1].end - c->aTok[b - 1].start >= 2)
      b--;
    if (e - b < 2 || (b > 0 && c->aTok[b - 1].bWord && c->aTok[b - 1].bCap)) continue;
    /* ... not a name that is itself set off after a state's officer: "Eritrea
    ** expelled Italy's ambassador, Antonio Bandini, who speaks for the
    ** European Union's envoys" is Italy's envoy (issue 4 dev53) */
    /* (his surname is that officer after: "The foreign ministry accused
    ** Bandini of interfering") */
    int bStateOfficer = 0;
    for (size_t x = 0; x < c->nM && b >= 2 && tok_is(c, b - 1, ",") && !bStateOfficer; x++) {
      const Mention *o = &c->aM[x];
      if (o->e == b - 1 && o->pAgent && !o->bPronoun &&
          (o->pCountry || (o->pMain && (o->pMain->kind == AK_COUNTRY || o->pMain->kind == AK_CAPITAL)))) {
        bStateOfficer = 1;
        if (!alias_add(c, e - 1, NULL, o->pCountry ? o->pCountry : o->pMain, o->pAgent)) return 0;
      }
    }
    if (bStateOfficer) continue;
    Mention m = *pB;
    m.i = b;
    m.e = e;
    m.iGroup = 0;
    m.bAside = m.bLoc = m.bMod = m.bPrep = m.bBy = m.bSaid = 0;
    m.bPrep = b > 0 && tok_in(c, b - 1, azPrep);
    pB->bAside = 1;
    if (iRole >= 0) {   /* the role names him no better than the body does: no actor of its own */
      memmove(&c->aM[iRole], &c->aM[iRole + 1], (c->nM - (size_t)iRole - 1) * sizeof(Mention));
      c->nM--;
      if ((size_t)iRole < k) k--;
    }
    const ActorEntry *pMain = m.pMain, *pCountry = m.pCountry, *pAgent = m.pAgent;
    if (!insert_mention(c, &m)) return 0;
    if (!alias_add(c, e - 1, pMain, pCountry, pAgent)) return 0;
    nM = c->nM;
    k++;   /* the new mention stands before the body's */
  }
  return 1;
}

static int surname_mentions(Coder *c) {
  /* "President Danilo Medina ... Maduro offered to bring Medina and
  ** Martelly together": a one-word place that is the surname of a person
  ** this document has named in full is that person, not the place (the
  ** Saudi city took the offer: issue 4, session 55) */
  for (size_t k = 0; k < c->nM;) {
    const Mention *m = &c->aM[k];
    const struct Alias *a = m->e == m->i + 1 && m->pMain && m->pMain->kind == AK_PLACE && !m->pAgent && !m->pCountry
                                ? alias_at(c, m->i)
                                : NULL;
    if (a && a->pMain && a->pMain->kind == AK_PERSON) {
      memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
      c->nM--;
    } else
      k++;
  }
  unsigned char *aCov = calloc(c->nTok + 1, 1);
  if (!aCov) return 0;
  for (size_t k = 0; k < c->nM; k++)
    for (size_t t = c->aM[k].i; !c->aM[k].bPronoun && t < c->aM[k].e && t < c->nTok; t++) aCov[t] = 1;
  int rc = surname_mentions_cov(c, aCov);
  free(aCov);
  return rc;
}

/* The distinct states (first three letters) of the sources of sentence
** iSent's events -- of their targets when bTarget -- in order, at most nWant
** (5 or fewer) of them in az; only of events with code zCode when it is not
** NULL. Returns how many, or nWant + 1 when the sentence has more. */
static size_t coded_sentence_states(const tocsin_doc *d, size_t iSent, int bTarget, const char *zCode,
                                    const char **az, size_t nWant) {
  size_t n = 0;
  int bMore = 0;
  for (size_t e = 0; e < d->nEvent; e++) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence != iSent || (zCode && strcmp(pE->zEvent, zCode))) continue;
    const char *z = bTarget ? pE->target.zCountry : pE->source.zCountry;
    if (!z) continue;
    int bSeen = 0;
    for (size_t x = 0; x < n; x++) bSeen |= !strncmp(az[x], z, 3);
    if (bSeen) continue;
    if (n < nWant) az[n++] = z;
    else bMore = 1;
  }
  return bMore ? nWant + 1 : n;
}

/* Why: "Mali, Burkina Faso and Niger recalled their ambassadors after Algiers
** said it had downed a Malian drone ... The three juntas accused Algeria":
** the states that acted together are those of one act, though the sentence
** tells another side's act too. Contract: as coded_sentence_states with no
** code, when that finds exactly nWant states; else the states of the first
** event code of the sentence whose events hold exactly nWant of them, in
** order; else what the first count gave. */
static size_t sentence_states(const tocsin_doc *d, size_t iSent, int bTarget, const char **az, size_t nWant) {
  size_t n = coded_sentence_states(d, iSent, bTarget, NULL, az, nWant);
  if (n == nWant) return n;
  for (size_t e = 0; e < d->nEvent; e++) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence != iSent) continue;
    const char *azOne[5];
    if (coded_sentence_states(d, iSent, bTarget, pE->zEvent, azOne, nWant) != nWant) continue;
    memcpy(az, azOne, nWant * sizeof *az);
    return nWant;
  }
  return n;
}

/* "Spain, Ireland and Norway recognised ... Israel recalled its ambassadors
** to the three countries": "the three/four countries" are the states that
** acted, else were acted on, together in the last sentence with events
** (of the six before this one) that has exactly that many. Mentions over
** the phrase, one group. 0 on OOM. */
static int the_n_states(Coder *c) {
  static const char *const azN[] = {"three", "four", "five", NULL};
  static const char *const azStates[] = {"countries", "states", "nations", "governments", "capitals", "juntas",
                                         "regimes", NULL};
  const tocsin_doc *d = c->d;
  for (size_t i = 0; i + 2 < c->nTok; i++) {
    if (!tok_is(c, i, "the") || !tok_in(c, i + 1, azN) || !tok_in(c, i + 2, azStates) || in_mention(c, i)) continue;
    size_t nWant = tok_is(c, i + 1, "three") ? 3 : tok_is(c, i + 1, "four") ? 4 : 5;
    size_t iLast = (size_t)-1;
    for (size_t e = d->nEvent; e-- > 0 && iLast == (size_t)-1;)
      if (d->aEvent[e].iSentence < c->iSentNow && d->aEvent[e].iSentence + 3 >= c->iSentNow) iLast = d->aEvent[e].iSentence;
    /* ... else the states the sentence before named, when exactly that
    ** many: "Guinea, Liberia and Sierra Leone asked for help. ... in the
    ** three countries" */
    if ((iLast == (size_t)-1 || iLast + 1 < c->iSentNow) && c->iPairSent + 1 == c->iSentNow &&
        c->nPairStates == nWant) {
      for (size_t x = 0; x < nWant; x++) {
        const ActorEntry *pC = country_entry(c, c->azPair[x]);
        if (!pC) return 1;
        if (!insert_phrase_mention(c, i, i + 3, pC)) return 0;
      }
      i += 2;
      continue;
    }
    /* ... the last sentence with events, within the six before, that has
    ** exactly that many: an act of one of them since ("Sierra Leone deployed
    ** troops") does not hide the three the story named together (issue 4
    ** lead33) */
    size_t iPrev = (size_t)-1;
    int bDone = 0;
    for (size_t e = d->nEvent; e-- > 0 && !bDone;) {
      size_t s = d->aEvent[e].iSentence;
      if (s >= c->iSentNow || s == iPrev) continue;
      if (s + 6 < c->iSentNow) break;
      iPrev = s;
      for (int bTarget = 0; bTarget < 2 && !bDone; bTarget++) {
        const char *az[5];
        size_t n = sentence_states(d, s, bTarget, az, nWant);
        if (n != nWant) continue;
        for (size_t x = 0; x < n; x++) {
          const ActorEntry *pC = country_entry(c, az[x]);
          if (!pC) return 1;
          if (!insert_phrase_mention(c, i, i + 3, pC)) return 0;
        }
        bDone = 1;
      }
    }
    i += 2;
  }
  return 1;
}

/* Why: "Mali, Burkina Faso and Niger said they would leave ECOWAS ... The
** juntas accused the bloc of imposing sanctions": "the juntas" with no number
** stand for the states that took one act together just before, not for the
** last state named. Contract: token i is "the" before "juntas" at i + 1, in
** no mention; when the last sentence with events in the three before this
** one has an event code taken by two to five states (the largest such
** group), one mention per state over [i, i + 2), as the_n_states makes;
** else nothing. 0 on OOM. */
static int the_ruling_group(Coder *c, size_t i) {
  const tocsin_doc *d = c->d;
  if (in_mention(c, i) || in_mention(c, i + 1)) return 1;
  size_t iLast = (size_t)-1;
  for (size_t e = d->nEvent; e-- > 0 && iLast == (size_t)-1;)
    if (d->aEvent[e].iSentence < c->iSentNow && d->aEvent[e].iSentence + 3 >= c->iSentNow) iLast = d->aEvent[e].iSentence;
  if (iLast == (size_t)-1) return 1;
  const char *az[5];
  size_t n = 0;
  for (size_t w = 5; w >= 2 && !n; w--)
    for (size_t e = 0; e < d->nEvent && !n; e++)
      if (d->aEvent[e].iSentence == iLast && coded_sentence_states(d, iLast, 0, d->aEvent[e].zEvent, az, w) == w)
        n = w;
  const ActorEntry *apC[5];
  for (size_t x = 0; x < n; x++)
    if (!(apC[x] = country_entry(c, az[x]))) return 1;
  for (size_t x = 0; x < n; x++)
    if (!insert_phrase_mention(c, i, i + 2, apC[x])) return 0;
  return 1;
}

/* "The juntas of Mali, Burkina Faso and Niger announced ... The three
** governments accused the bloc": "the three/four/five <role>" (governments,
** juntas, leaders, armies ...) are the states that acted together in the
** last sentence with events before this one, when exactly that many, each
** with the role the noun names (MLIGOV, BFAGOV, NERGOV) -- not the last state
** named. Runs before the_n_states, which reads the bare "countries". 0 on OOM. */
static int the_n_roles(Coder *c) {
  static const char *const azN[] = {"three", "four", "five", NULL};
  const tocsin_doc *d = c->d;
  for (size_t i = 0; i + 2 < c->nTok; i++) {
    /* "The juntas accused the bloc": with no number (the_ruling_group) */
    if (tok_is(c, i, "the") && tok_is(c, i + 1, "juntas")) {
      if (!the_ruling_group(c, i)) return 0;
      continue;
    }
    if (!tok_is(c, i, "the") || !tok_in(c, i + 1, azN) || in_mention(c, i)) continue;
    int iRole = -1;
    for (size_t k = 0; k < c->nM && iRole < 0; k++) {
      const Mention *m = &c->aM[k];
      if (m->i == i + 2 && m->e == i + 3 && m->pAgent && !m->pMain && !m->pCountry && !m->pPersonCountry &&
          !m->pGroup && !m->bPronoun)
        iRole = (int)k;
    }
    if (iRole < 0) continue;
    const ActorEntry *pAgent = c->aM[iRole].pAgent;
    size_t nWant = tok_is(c, i + 1, "three") ? 3 : tok_is(c, i + 1, "four") ? 4 : 5;
    size_t iLast = (size_t)-1;
    for (size_t e = d->nEvent; e-- > 0 && iLast == (size_t)-1;)
      if (d->aEvent[e].iSentence < c->iSentNow && d->aEvent[e].iSentence + 3 >= c->iSentNow) iLast = d->aEvent[e].iSentence;
    if (iLast == (size_t)-1) continue;
    const char *az[5];
    size_t n = sentence_states(d, iLast, 0, az, nWant);
    if (n != nWant) continue;
    const ActorEntry *apC[5];
    int bAll = 1;
    for (size_t x = 0; x < n && bAll; x++) bAll = (apC[x] = country_entry(c, az[x])) != NULL;
    if (!bAll) continue;
    memmove(&c->aM[iRole], &c->aM[iRole + 1], (c->nM - (size_t)iRole - 1) * sizeof(Mention));
    c->nM--;
    for (size_t x = 0; x < n; x++) {
      Mention m;
      memset(&m, 0, sizeof m);
      m.i = i;
      m.e = i + 3;
      m.pCountry = apC[x];
      m.pAgent = pAgent;
      if (i > 0 && tok_in(c, i - 1, azPrep)) m.bPrep = 1;
      if (!insert_mention(c, &m)) return 0;
    }
    i += 2;
  }
  return 1;
}

/* A mention over tokens [i, e) of the actor an event named: the body, else
** the state with its role ("SDNMIL"). 0 when the dictionary lacks it. */
static int actor_mention(const Coder *c, const tocsin_actor *a, size_t i, size_t e, Mention *m) {
  memset(m, 0, sizeof *m);
  m->i = i;
  m->e = e;
  if (a->zOrg) return (m->pMain = org_entry(c, a->zCode)) != NULL;
  if (!a->zCountry || !(m->pCountry = country_entry(c, a->zCountry))) return 0;
  if (a->zRole && !(m->pAgent = agent_entry(c, a->zRole))) return 0;
  return 1;
}

/* "both sides" of a joint act within one state (a civil war's army and
** rebels) in the three sentences before: two mentions over [i, e), one
** group. 1 when inserted; 0 when none (or on OOM, which the next step
** meets again). */
static int inner_sides(Coder *c, size_t i, size_t e) {
  const tocsin_doc *d = c->d;
  /* a joint act first; then force one side used on the other ("Abiy ordered
  ** an offensive against the TPLF ... urged both sides to de-escalate") */
  for (int bJointOnly = 1; bJointOnly >= 0; bJointOnly--)
    for (size_t k = d->nEvent; k-- > 0;) {
      const tocsin_event *pE = &d->aEvent[k];
      if (pE->iSentence + 5 < c->iSentNow || pE->iSentence > c->iSentNow) break;
      const tocsin_actor *pS = &pE->source, *pT = &pE->target;
      if (pE->bNegated || !pS->zCode || !pT->zCode || !strcmp(pS->zCode, pT->zCode)) continue;
      const char *zS = event_state(c, pS), *zT = event_state(c, pT);
      if (!zS || !zT || strncmp(zS, zT, 3)) continue;
      int bBack = 0;   /* the same act the other way: a joint one */
      for (size_t x = d->nEvent; x-- > 0 && !bBack;) {
        const tocsin_event *pX = &d->aEvent[x];
        if (pX->iSentence + 5 < c->iSentNow) break;
        bBack = x != k && pX->source.zCode && pX->target.zCode && !strcmp(pX->source.zCode, pT->zCode) &&
                !strcmp(pX->target.zCode, pS->zCode) && !strcmp(pX->zEvent, pE->zEvent);
      }
      int root = atoi(pE->zRoot);
      /* ... or, for political "camps" and "factions", any hostile act of one
      ** on the other ("Somchai ... accused the PAD of trying to overthrow" a
      ** government; "urge both camps to show restraint") */
      int nHostile = e >= 1 && (tok_is(c, e - 1, "camps") || tok_is(c, e - 1, "factions")) ? 11 : 18;
      if (!bBack && (bJointOnly || root < nHostile || strlen(pS->zCode) <= 3 || strlen(pT->zCode) <= 3)) continue;
      if (nHostile == 11 && pE->zMood && strcmp(pE->zMood, "fact") && strcmp(pE->zMood, "reported")) continue;
      Mention mA, mB;
      if (!actor_mention(c, pS, i, e, &mA) || !actor_mention(c, pT, i, e, &mB)) return 0;
      /* "kept their distance from both camps": a pair a preposition governs
      ** is no subject of the verb after it */
      mA.bPrep = mB.bPrep = i > 0 && tok_in(c, i - 1, azPrep) && !tok_is(c, i - 1, "with");
      return insert_mention(c, &mA) && insert_mention(c, &mB);
    }
  return 0;
}

/* "the two heads of state", "both heads of government": the end of the
** phrase at token i, which both_sides reads as its pair, else 0. */
static size_t two_heads_of(const Coder *c, size_t i) {
  int bBoth = tok_is(c, i, "both");
  size_t h = bBoth ? i + 1 : i + 2;
  if (!bBoth && !(tok_is(c, i, "the") && tok_is(c, i + 1, "two"))) return 0;
  if (h + 2 >= c->nTok + 0 || !tok_is(c, h, "heads") || !tok_is(c, h + 1, "of") ||
      !(tok_is(c, h + 2, "state") || tok_is(c, h + 2, "government")))
    return 0;
  return h + 3;
}

/* "Afghan Taliban forces attacked Pakistani border posts ... Qatar urged both
** sides to exercise restraint": a side of the last fighting may be a state's
** armed body (AFGINSTAL), which stands for its state's side; "both
** countries" are states that acted as such. The state of actor a for the
** pair phrase ending before token e ("sides", "parties"), else its country. */
static const char *pair_side_state(const Coder *c, const tocsin_actor *a, size_t e, int bBody) {
  static const char *const azSides[] = {"sides", "parties", "leaders", "delegations", NULL};
  if (e >= 1 && tok_in(c, e - 1, azSides)) {
    const char *z = event_state(c, a);
    /* ... and with bBody, a body with no state of its own is a side too, as
    ** one party of a joint act: "Trump and von der Leyen agreed on a deal
    ** ... the two sides signed it" (issue 4, session 43) */
    if (!z && bBody && a->zCode && !strncmp(a->zCode, "IGO", 3) && org_entry(c, a->zCode)) z = a->zCode;
    return z;
  }
  return a->zCountry;
}

/* The state or body a pair phrase's side names (a code from pair_side_state). */
static const ActorEntry *pair_side_entry(const Coder *c, const char *z) {
  return !strncmp(z, "IGO", 3) ? org_entry(c, z) : country_entry(c, z);
}

/* Contract: sets *pzA and *pzB to the two states that the most events of
** this wire item before this sentence have set against each other (source
** and target, either way, negated acts aside), when at least three events
** name that pair and no other pair as many, and neither is zActor's state;
** else leaves them. Why: "Washington urged both governments to halt the air
** strikes" after a paragraph on the mediators' plan: the pair is the war's
** two sides the story has followed, not the last two states named together
** (issue 4, session 41). */
static void dominant_pair(const Coder *c, size_t e, const char *zActor, const char **pzA, const char **pzB) {
  const tocsin_doc *d = c->d;
  const char *azS[16], *azT[16];
  int anCount[16];
  size_t nPair = 0;
  for (size_t k = d->nEvent; k-- > 0;) {
    const tocsin_event *pE = &d->aEvent[k];
    if (pE->iSentence >= c->iSentNow) continue;
    if (before_item(c, pE->iSentence)) break;
    const char *zS = pair_side_state(c, &pE->source, e, 0), *zT = pair_side_state(c, &pE->target, e, 0);
    if (!zS || !zT || !strncmp(zS, zT, 3) || pE->bNegated) continue;
    if (zActor && (!strncmp(zS, zActor, 3) || !strncmp(zT, zActor, 3))) continue;
    size_t x = 0;
    while (x < nPair && !((!strncmp(azS[x], zS, 3) && !strncmp(azT[x], zT, 3)) ||
                          (!strncmp(azS[x], zT, 3) && !strncmp(azT[x], zS, 3))))
      x++;
    if (x == nPair) {
      if (nPair == sizeof anCount / sizeof anCount[0]) continue;   /* a story of many pairs: the first sixteen */
      azS[x] = zS;
      azT[x] = zT;
      anCount[x] = 0;
      nPair++;
    }
    anCount[x]++;
  }
  int iBest = -1, nBest = 0, nSecond = 0;
  for (size_t x = 0; x < nPair; x++) {
    if (anCount[x] > nBest) {
      nSecond = nBest;
      nBest = anCount[x];
      iBest = (int)x;
    } else if (anCount[x] > nSecond) {
      nSecond = anCount[x];
    }
  }
  if (iBest < 0 || nBest < 3 || nBest == nSecond) return;
  *pzA = azS[iBest];
  *pzB = azT[iBest];
}

/* "Saudi Arabia and Qatar urged both sides to exercise restraint": a compound
** subject ("A and B") that acts on "both sides" right after its verb names
** the ones who appeal, not the pair appealed to -- no one urges himself. 1
** when mentions m and n are joined by "and" (or a comma), any further
** mentions up to the phrase continue that list ("The United States, Saudi
** Arabia and the African Union called on both sides": issue 4 africa16),
** and the phrase at token i follows the list's verb with no other mention
** between. */
static int compound_urges_pair(const Coder *c, size_t m, size_t n, size_t i) {
  static const char *const azJoin[] = {"and", ",", "the", NULL};
  const Mention *pM = &c->aM[m], *pN = &c->aM[n];
  if (pN->i < pM->e || pN->i > pM->e + 1) return 0;
  if (!(tok_is(c, pM->e, "and") || tok_is(c, pM->e, ","))) return 0;
  const Mention *pL = pN;   /* the list's last member so far */
  for (size_t x = n + 1; x < c->nM; x++) {
    const Mention *pX = &c->aM[x];
    if (pX->i >= i || pX->i < pL->e) continue;
    int bJoined = pX->i > pL->e && pX->i <= pL->e + 3;
    for (size_t t = pL->e; t < pX->i && bJoined; t++) bJoined = tok_in(c, t, azJoin);
    if (!bJoined) return 0;
    pL = pX;
  }
  return i > pL->e && i <= pL->e + 4;
}

/* Contract: the side mention m can be of a pair the sentence names before
** the pair phrase at token i: its state, else an intergovernmental body's
** code unless the body is a member of a list that urges the pair
** (compound_urges_pair: "The United States, Saudi Arabia and the African
** Union called on both sides"); NULL for a place, which is where the sides
** meet, not one of them. */
static const char *pair_side_code(const Coder *c, size_t m, size_t i) {
  const Mention *pm = &c->aM[m];
  if (pm->bLoc) return NULL;
  const char *z = NULL;
  mention_country(c, (int)m, &z);
  if (z || !pm->pMain || pm->pMain->kind != AK_ORG || strncmp(pm->pMain->zCode, "IGO", 3)) return z;
  if ((m + 1 < c->nM && compound_urges_pair(c, m, m + 1, i)) || (m > 0 && compound_urges_pair(c, m - 1, m, i)))
    return NULL;
  return pm->pMain->zCode;
}

/* Why: "Turkey and Saudi Arabia helped broker the exchange", "Pope Francis
** helped broker the deal": a mediation (045) is aimed at both parties of the
** deal it brokered (the README's one event per member), which the sentences
** before name, not this one. Contract: for token i opening "the" and a noun
** of a settlement (exchange, swap, ceasefire, truce, deal, talks, agreement,
** accord) right after "broker(ed)" or "mediate(d)", with no "between" or
** "with" after it, returns the end of the phrase, which both_sides then
** reads as "the two sides" from context only; else 0. */
static size_t brokered_settlement(const Coder *c, size_t i) {
  static const char *const azMediate[] = {"broker", "brokered", "brokers", "mediate", "mediated", "mediates", NULL};
  static const char *const azDeal[] = {"exchange", "swap", "ceasefire", "truce", "deal", "talks", "agreement",
                                       "accord", "accords", NULL};
  if (i == 0 || i + 1 >= c->nTok || !tok_is(c, i, "the") || !tok_in(c, i - 1, azMediate) || !tok_in(c, i + 1, azDeal))
    return 0;
  if (i + 2 < c->nTok && (tok_is(c, i + 2, "between") || tok_is(c, i + 2, "with"))) return 0;
  return i + 2;
}

/* Contract: "the two ministers", "both top diplomats", "the two envoys": the
** end of a pair phrase at token i whose head is an office that the role
** table does not hold as a plural pair noun (azPair's "leaders",
** "presidents"), with at most one describing word before it, else 0; why:
** readouts name the pair of a meeting by the office both hold, and the
** phrase took the country of the last subject alone (issue 4 readout). */
static size_t two_officials_of(const Coder *c, size_t i) {
  static const char *const azOffice[] = {"ministers", "diplomats", "envoys", "premiers", "counterparts",
                                         "chancellors", "monarchs", "delegates", NULL};
  size_t h = tok_is(c, i, "both") ? i + 1 : i + 2;
  if (!tok_is(c, i, "both") && !(tok_is(c, i, "the") && tok_is(c, i + 1, "two"))) return 0;
  if (h < c->nTok && tok_in(c, h, azOffice)) return h + 1;
  if (h + 1 < c->nTok && c->aTok[h].bWord && !c->aTok[h].bCap && tok_in(c, h + 1, azOffice)) return h + 2;
  return 0;
}

/* Contract: 1 when the document's last event lies in one of the nBack
** sentences before the one being coded and is a consultation (root 04), not
** negated, between two different states; else 0. Shared by they_who_met and
** two_men_who_met: the pair a later "They" or "the two men" names. */
static int last_meeting_of_states(const Coder *c, size_t nBack) {
  if (!c->d->nEvent) return 0;
  const tocsin_event *pE = &c->d->aEvent[c->d->nEvent - 1];
  if (pE->iSentence + nBack < c->iSentNow || pE->iSentence >= c->iSentNow || strcmp(pE->zRoot, "04") || pE->bNegated)
    return 0;
  return pE->source.zCountry && pE->target.zCountry && strncmp(pE->source.zCountry, pE->target.zCountry, 3);
}

/* Contract: a sentence-opening "They" when no plural actor is carried from
** the sentences before and the last event, in the sentence just before, is
** a consultation (root 04) between two states: the end of the phrase (i + 1),
** which both_sides reads as the pair, else 0; why: "X met his Y counterpart
** ... They also discussed ..." -- the pronoun names the two who met, and was
** left with no antecedent (issue 4 readout). */
static size_t they_who_met(const Coder *c, size_t i) {
  if (i != 0 || !tok_is(c, i, "they") || c->nPl) return 0;
  return last_meeting_of_states(c, 1) ? i + 1 : 0;
}

/* Contract: "the two men" / "the two women" at token i when the last event,
** in one of the two sentences before, is a consultation (root 04) between
** two different states: the end of the phrase (i + 3), which both_sides reads
** as the pair, else 0. Why: "Trump and Kim met ... After five hours, the two
** men signed a statement" -- wire names the two who met by their sex, and
** the phrase had no antecedent (issue 4 deal); "the two men were arrested"
** after no meeting stays unresolved. */
static size_t two_men_who_met(const Coder *c, size_t i) {
  if (i + 2 >= c->nTok || !tok_is(c, i, "the") || !tok_is(c, i + 1, "two") ||
      !(tok_is(c, i + 2, "men") || tok_is(c, i + 2, "women")))
    return 0;
  return last_meeting_of_states(c, 2) ? i + 3 : 0;
}

/* Contract: 1 when "the other" stands in the clause after token t, within
** eight tokens and before a comma or full stop, and ends a phrase ("the other",
** "the other side", "the other of firing first"): the partner of "each side"
** in a reciprocal act. Why: "Each side blamed the other" was no act of the two
** sides on each other, as "blamed each other" is (issue 4 asia). */
int reciprocal_other_after(const Coder *c, size_t t) {
  /* (... or "the other's": "Neither government has expelled any of the
  ** other's diplomats", issue 4 dev44) */
  static const char *const azEnd[] = {"side", "for", "of", "over", "in", "on", ",", ".", "and", "'s", NULL};
  for (size_t u = t; u + 1 < c->nTok && u < t + 8; u++) {
    if (tok_is(c, u, ",") || tok_is(c, u, ".")) return 0;
    if (tok_is(c, u, "the") && tok_is(c, u + 1, "other") && (u + 2 >= c->nTok || tok_in(c, u + 2, azEnd))) return 1;
  }
  return 0;
}

/* Contract: the states of the last two mentions before token i joined by
** "and" ("Mexican and Canadian goods", "Chile and Peru"), each naming a
** different state and neither a place, an aside or a reporter, into *pzA
** and *pzB; unchanged when there is none. */
static void coordinated_state_pair(const Coder *c, size_t i, const char **pzA, const char **pzB) {
  for (size_t m = c->nM; m-- > 1;) {
    const Mention *pN = &c->aM[m], *pM = &c->aM[m - 1];
    if (pN->e > i) continue;
    if (pN->i != pM->e + 1 || !tok_is(c, pM->e, "and")) continue;
    if (pM->bLoc || pN->bLoc || pM->bAside || pN->bAside || pM->bSaid || pN->bSaid) continue;
    const char *zM = NULL, *zN = NULL;
    mention_country(c, (int)m - 1, &zM);
    mention_country(c, (int)m, &zN);
    if (!zM || !zN || !strncmp(zM, zN, 3)) continue;
    *pzA = zM;
    *pzB = zN;
    return;
  }
}

/* Contract: the token after a pair noun ("neighbours", "rivals",
** "countries", ...) that one to three lower-case describing words or hyphens
** starting at token j lead to ("nuclear-armed neighbours", "old rivals"),
** else 0. Why: "appealed to the two nuclear-armed neighbours" named the pair
** as "the two neighbours" does, but the describing words hid the noun from
** both_sides (issue 4 brief17). Parties, leaders and governments are left
** out: "the two main opposition parties" are no two states. */
static size_t described_pair_end(const Coder *c, size_t j) {
  static const char *const azPairNoun[] = {"neighbours", "neighbors", "rivals", "countries", "nations", "states",
                                           "sides", "armies", "militaries", NULL};
  for (size_t k = 0; k <= 3 && j + k < c->nTok; k++) {
    size_t t = j + k;
    if (k > 0 && tok_in(c, t, azPairNoun)) return t + 1;
    if (in_mention(c, t) || c->aTok[t].bCap || (!c->aTok[t].bWord && !tok_is(c, t, "-"))) return 0;
    if (tok_in(c, t, azPairNoun)) return 0;
  }
  return 0;
}

/* Contract: when the sentences before this one (c->aSeen) named exactly two
** states as participants besides the state this sentence names before
** token i (the speaker's), sets *pzA and *pzB to them; else leaves them.
** Why: "China said it would not accept the award. The Philippines welcomed
** it. Japan urged both countries to abide by the ruling": the two sides a
** story has followed are "both countries" though no act joined them (issue
** 4 lead27); three or more leave the pair unknown. */
static void seen_pair(const Coder *c, size_t i, const char **pzA, const char **pzB) {
  const char *zSpeaker = NULL, *az[2] = {NULL, NULL};
  for (size_t m = 0; m < c->nM && c->aM[m].i < i && !zSpeaker; m++)
    if (!c->aM[m].bLoc) mention_country(c, (int)m, &zSpeaker);
  size_t n = 0;
  for (size_t k = 0; k < c->nSeen; k++) {
    const struct SeenActor *q = &c->aSeen[k];
    if (!q->zC || q->bLoc || q->iSent >= c->iSentNow || (zSpeaker && !strncmp(q->zC, zSpeaker, 3))) continue;
    int bHave = 0;
    for (size_t x = 0; x < n && x < 2; x++) bHave |= !strncmp(az[x], q->zC, 3);
    if (bHave) continue;
    if (n < 2) az[n] = q->zC;
    n++;
  }
  if (n != 2) return;
  *pzA = az[0];
  *pzB = az[1];
}

/* Contract: when the mentions of this sentence before token i, places
** included, name exactly two states, sets *pzA and *pzB to them; else
** leaves them. For a pair phrase that opens a clause of its own, whose
** sides are the two states its sentence has named so far. */
static void two_states_before(const Coder *c, size_t i, const char **pzA, const char **pzB) {
  const char *az[2] = {NULL, NULL};
  size_t n = 0;
  for (size_t m = 0; m < c->nM && c->aM[m].i < i; m++) {
    const char *zM = NULL;
    mention_country(c, (int)m, &zM);
    if (!zM || c->aM[m].bAside || c->aM[m].bSaid) continue;
    int bHave = 0;
    for (size_t x = 0; x < n && x < 2; x++) bHave |= !strncmp(az[x], zM, 3);
    if (bHave) continue;
    if (n < 2) az[n] = zM;
    n++;
  }
  if (n != 2) return;
  *pzA = az[0];
  *pzB = az[1];
}

/* Contract: for a pair phrase at token i that opens a clause ("but",
** "and", "while" or "," right before it), the index of the first of two
** mentions that make the sentence's subject -- its first mention that is
** no place, aside or reporter (or, after "of", the mention that owns it:
** "the government of President Salva Kiir"), then "and", then the second,
** which ends before i and is not followed by "and" or a comma -- else -1. */
static int subject_pair(const Coder *c, size_t i) {
  static const char *const azLink[] = {"but", "and", "while", ",", NULL};
  if (i == 0 || !tok_in(c, i - 1, azLink)) return -1;
  size_t f = 0;
  while (f < c->nM && (c->aM[f].bLoc || c->aM[f].bAside || c->aM[f].bSaid)) f++;
  if (f >= c->nM || c->aM[f].e >= i) return -1;
  if (f + 1 < c->nM && tok_is(c, c->aM[f].e, "of") && c->aM[f + 1].i == c->aM[f].e + 1) f++;
  if (f + 1 >= c->nM) return -1;
  const Mention *pM = &c->aM[f], *pN = &c->aM[f + 1];
  if (pN->i != pM->e + 1 || !tok_is(c, pM->e, "and") || pN->e >= i || pN->bLoc || pN->bAside) return -1;
  if (pN->e < c->nTok && (tok_is(c, pN->e, "and") || tok_is(c, pN->e, ","))) return -1;
  return (int)f;
}

/* Contract: sets *pzA and *pzB to the two states that are the sources of
** one act (same code, same target) told in one sentence of the three before
** the current one (in the same roundup item), the newest such act; leaves
** them as they are when there is none or when more than two states did it.
** Why: a pair phrase as a subject after "A and B cut ties with C" means A
** and B; the last act's two parties (B and C) made the victim one of the
** pair (issue 4 lead34). */
static void co_source_pair(const Coder *c, const char **pzA, const char **pzB) {
  const tocsin_doc *d = c->d;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 3 < c->iSentNow || before_item(c, pE->iSentence)) return;
    if (pE->iSentence >= c->iSentNow || pE->bNegated || !pE->target.zCode) continue;
    const char *zA = event_state(c, &pE->source), *zT = event_state(c, &pE->target);
    if (!zA || !zT || !strncmp(zA, zT, 3)) continue;
    const char *zB = NULL;
    int nOther = 0;
    for (size_t f = 0; f < d->nEvent; f++) {
      const tocsin_event *pF = &d->aEvent[f];
      if (f == e || pF->iSentence != pE->iSentence || strcmp(pF->zEvent, pE->zEvent) || !pF->target.zCode ||
          strcmp(pF->target.zCode, pE->target.zCode))
        continue;
      const char *zF = event_state(c, &pF->source);
      if (!zF || !strncmp(zF, zA, 3) || !strncmp(zF, zT, 3) || (zB && !strncmp(zF, zB, 3))) continue;
      zB = zF;
      nOther++;
    }
    if (nOther == 1) {
      *pzA = zA;
      *pzB = zB;
      return;
    }
    if (nOther > 1) return;
  }
}

/* "both sides", "the two countries": the two states of the last event
** between two states in the three sentences before, as a reader resolves
** them ("Armenia and Azerbaijan ... The two sides agreed to exchange
** prisoners"). Two mentions over the phrase, grouped as one compound
** actor. 0 on OOM. */
static int both_sides(Coder *c) {
  static const char *const azPair[] = {"sides", "countries", "nations", "neighbours", "neighbors", "rivals",
                                       "parties", "governments", "states", "capitals", "leaders", "presidents",
                                       "delegations",
                                       "armies", "militaries", "navies",   /* issue 4 roundup: "the two armies exchanged fire" */
                                       "generals",   /* issue 4 refs: "appealed to the two generals" of a war */
                                       "forces", "factions", "camps",   /* "urged both forces to stop fighting" */
                                       "allies",   /* issue 4 dev47: "urged both allies to show restraint" */
                                       NULL};
  static const char *const azPairOne[] = {"side", "country", "nation", "party", "government", "army", NULL};
  static const char *const azHouse[] = {"congress", "parliament", "senate", "house", "assembly", "legislature",
                                        "knesset", "duma", "bundestag", "chamber", NULL};
  /* words that open a clause whose subject the pair phrase is */
  static const char *const azPairClause[] = {"where", "when", "after", "once", "until", "because", "since", NULL};
  /* "the two had agreed to begin negotiations": "the two" before a verb */
  static const char *const azAux[] = {"had", "have", "has", "would", "will", "agreed", "signed", "met", "were",
                                      "are", "also", "discussed", "pledged", NULL};
  static const char *const azBothModal[] = {"should", "must", "can", "could", "may", "might", "likely",
                                            "probably", "want", "wanted", "say", "said", NULL};
  const tocsin_doc *d = c->d;
  for (size_t i = 0; i + 2 < c->nTok; i++) {
    size_t e;
    /* "both Koreas", "the two Koreas": the pair the name itself gives */
    int bKoreas = 0, bBrokered = 0;
    if ((tok_is(c, i, "both") && tok_is(c, i + 1, "koreas")) ||
        (tok_is(c, i, "the") && tok_is(c, i + 1, "two") && tok_is(c, i + 2, "koreas"))) {
      e = tok_is(c, i, "both") ? i + 2 : i + 3;
      bKoreas = 1;
    }
    /* "the two prime ministers", "both foreign ministers" */
    else if (tok_is(c, i, "both") && tok_is(c, i + 2, "ministers") && c->aTok[i + 1].bWord) e = i + 3;
    else if (tok_is(c, i, "the") && tok_is(c, i + 1, "two") && i + 3 < c->nTok && tok_is(c, i + 3, "ministers") &&
             c->aTok[i + 2].bWord)
      e = i + 4;
    else if ((e = two_heads_of(c, i)) != 0) {}
    else if ((e = two_officials_of(c, i)) != 0) {}
    else if ((e = they_who_met(c, i)) != 0) {}
    else if ((e = two_men_who_met(c, i)) != 0) {}
    else if (tok_is(c, i, "both") && tok_in(c, i + 1, azPair)) e = i + 2;
    else if (tok_is(c, i, "the") && tok_is(c, i + 1, "two") && tok_in(c, i + 2, azPair)) e = i + 3;
    /* "The neighbours agreed to reopen embassies": neighbours are two states
    ** without "two" too, when no "of" names whose (issue 4 refs) */
    else if (tok_is(c, i, "the") && (tok_is(c, i + 1, "neighbours") || tok_is(c, i + 1, "neighbors")) &&
             !tok_is(c, i + 2, "of") && !tok_is(c, i + 2, "'s"))
      e = i + 2;
    else if (tok_is(c, i, "the") && tok_is(c, i + 1, "warring") && tok_in(c, i + 2, azPair)) e = i + 3;
    /* "the two nuclear-armed neighbours", "both old rivals" */
    else if (tok_is(c, i, "the") && tok_is(c, i + 1, "two") && (e = described_pair_end(c, i + 2)) != 0) {}
    else if (tok_is(c, i, "both") && (e = described_pair_end(c, i + 1)) != 0) {}
    /* "Within hours each accused the other": "each" alone before the verb */
    else if (tok_is(c, i, "each") && dict_forms(c->p, c->aTok[i + 1].id) && !in_mention(c, i + 1) &&
             reciprocal_other_after(c, i + 2))
      e = i + 1;
    /* "Each side blamed the other", "either country": one of a pair acting on
    ** the other is the pair (issue 4 asia) */
    else if ((tok_is(c, i, "each") || tok_is(c, i, "either")) && tok_in(c, i + 1, azPairOne) &&
             reciprocal_other_after(c, i + 2))
      e = i + 2;
    else if (tok_is(c, i, "the") && tok_is(c, i + 1, "two") && tok_in(c, i + 2, azAux)) e = i + 2;
    /* "neither Beirut nor Jerusalem wants a wider war and both will likely
    ** avoid further clashes": "both" alone before a verb (issue 4 dev33) */
    else if (tok_is(c, i, "both") && i > 0 && !c->aTok[i - 1].bCap &&
             (tok_in(c, i + 1, azAux) || tok_in(c, i + 1, azBothModal)))
      e = i + 1;
    else if ((e = brokered_settlement(c, i)) != 0) bBrokered = 1;
    else continue;
    if (in_mention(c, i) || (e < c->nTok && tok_is(c, e, "'s"))) continue;
    /* "thanked Biden and both parties in Congress": parties or sides of a
    ** legislature are its factions, not the story's two states */
    if (e + 1 < c->nTok && (tok_is(c, e, "in") || tok_is(c, e, "of")) &&
        (tok_in(c, e + 1, azHouse) || (tok_is(c, e + 1, "the") && tok_in(c, e + 2, azHouse))))
      continue;
    /* a joint act (coded both ways) names the two sides best; else the
    ** last act of one state on another that took place */
    /* "fighting broke out between Armenian and Azerbaijani forces, with both
    ** sides exchanging artillery fire": the two "between" named before */
    int iPair = -1;
    for (size_t t = 0; t < i && iPair < 0; t++) {
      if (!tok_is(c, t, "between")) continue;
      for (size_t m = 0; m + 1 < c->nM && iPair < 0; m++) {
        const Mention *pM = &c->aM[m], *pN = &c->aM[m + 1];
        if (pM->i > t && pM->i <= t + 2 && pN->i == pM->e + 1 && tok_is(c, pM->e, "and") && pN->e <= i &&
            !pM->bLoc && !pN->bLoc && !(pN->e < c->nTok && tok_is(c, pN->e, "and")))
          iPair = (int)m;
      }
    }
    /* "The government of President Salva Kiir and the rebels signed a
    ** ceasefire ..., but both sides have repeatedly violated it": a pair
    ** phrase opening a clause after "but", "and" or "while" is the two
    ** members of the sentence's compound subject (issue 4 lead34) */
    if (iPair < 0) iPair = subject_pair(c, i);
    if (iPair >= 0) {
      for (int s = 0; s < 2; s++) {
        Mention m = c->aM[iPair + s];
        if (!m.pAgent) m.pAgent = c->aM[iPair + 1].pAgent;   /* "Armenian and Azerbaijani forces" */
        m.i = i;
        m.e = e;
        m.iGroup = 0;
        /* "with both sides exchanging fire": the subject of what follows */
        m.bPrep = i > 0 && tok_in(c, i - 1, azPrep) && !tok_is(c, i - 1, "with");
        m.bLoc = m.bBy = m.bAside = m.bMod = 0;
        if (!insert_mention(c, &m)) return 0;
      }
      i = e - 1;
      continue;
    }
    const char *zA = NULL, *zB = NULL;
    if (bKoreas) {
      zA = "KOR";
      zB = "PRK";
    }
    /* the nearest pair a reader would take: exactly two states this
    ** sentence names before the phrase ("Thailand accused Cambodia ..., and
    ** the two countries exchanged fire"), else the last joint act of the
    ** sentences before, else exactly the two states the sentence before
    ** named ("Thailand and Cambodia have long disputed the border. The two
    ** countries ..."), else the last act between two states */
    const char *zOne = NULL, *zTwo = NULL;
    int nNamed = 0;
    /* ... as a subject: "China called on both sides to remain calm" does
    ** not call on itself */
    int bObjPos = i > 0 && !tok_is(c, i - 1, ",") && !tok_is(c, i - 1, "and") && !tok_is(c, i - 1, "but") &&
                  !tok_is(c, i - 1, "while") && !tok_is(c, i - 1, "with") && !tok_in(c, i - 1, azPairClause);
    /* ... nor are the members of a compound subject that acts on the pair
    ** the pair: "Egypt and the United Arab Emirates may try to mediate
    ** between the two sides" are the mediators, and the sides are the war's
    ** (issue 4, session 63) */
    /* (compounds are grouped after this pass: the subject is the first
    ** mention and those "and" or a comma joins to it) */
    size_t mSubj = c->nM, mSubjEnd = c->nM;
    int bGoverned = i > 0 && (tok_in(c, i - 1, azPrep) || dict_forms(c->p, c->aTok[i - 1].id));
    for (size_t m = 0; bObjPos && bGoverned && m < c->nM && c->aM[m].i < i && mSubj == c->nM; m++)
      if (!c->aM[m].bLoc && !c->aM[m].bAside && !c->aM[m].bPrep) mSubj = m;
    if (mSubj < c->nM) {
      mSubjEnd = mSubj + 1;
      while (mSubjEnd < c->nM && c->aM[mSubjEnd].i < i && c->aM[mSubjEnd].i == c->aM[mSubjEnd - 1].e + 1 &&
             (tok_is(c, c->aM[mSubjEnd - 1].e, "and") || tok_is(c, c->aM[mSubjEnd - 1].e, ",")))
        mSubjEnd++;
      if (mSubjEnd == mSubj + 1) mSubj = mSubjEnd = c->nM;   /* one actor: counted as before */
    }
    for (size_t m = 0; !zA && m < c->nM && c->aM[m].i < i; m++) {
      const char *zM = NULL;
      mention_country(c, (int)m, &zM);
      if (!zM || c->aM[m].bLoc || c->aM[m].bAside || c->aM[m].bSaid) continue;
      if (m >= mSubj && m < mSubjEnd) continue;
      if (zOne && !strncmp(zOne, zM, 3)) continue;
      if (zTwo && !strncmp(zTwo, zM, 3)) continue;
      nNamed++;
      if (!zOne) zOne = zM;
      else if (!zTwo) zTwo = zM;
    }
    /* the state of the one who acts on a pair in object position */
    static const char *const azSay[] = {"said", "says", "say", "saying", "that", "added", NULL};
    const char *zActor = NULL;
    for (size_t m = 0; bObjPos && !tok_in(c, i - 1, azSay) && m < c->nM && c->aM[m].i < i && !zActor; m++)
      if (!c->aM[m].bLoc) mention_country(c, (int)m, &zActor);
    if (!zA && nNamed == 2 && !bObjPos) {
      zA = zOne;
      zB = zTwo;
    }
    /* ... and a clause of its own ("Muizzu is on a state visit to China,
    ** where the two sides signed 20 agreements") pairs the two states its
    ** sentence named before it, the place visited too */
    if (!zA && !bKoreas && !bBrokered && i > 0 && tok_in(c, i - 1, azPairClause)) two_states_before(c, i, &zA, &zB);
    /* ... of more states, the two it coordinates last before the phrase:
    ** "Trump put tariffs on Mexican and Canadian goods, accusing both
    ** countries of ..." */
    /* (not a brokered settlement's: its sides are those of the context,
    ** never the mediators' own states, "ministers, from the Netherlands,
    ** Luxembourg and Portugal, mediated the talks"; issue 4, session 45) */
    if (!zA && nNamed > 2 && !bBrokered) coordinated_state_pair(c, i, &zA, &zB);
    /* ... as a subject, the two states that did one act together on a
    ** third in the sentences before: "Saudi Arabia and the UAE cut ties
    ** with Qatar ... The two states gave Qatari citizens 14 days to leave" */
    if (!zA && !bObjPos && !bKoreas && !bBrokered && nNamed == 0) co_source_pair(c, &zA, &zB);
    int bInner = 0;
    /* "called on both capitals to keep their dialogue going": capitals,
    ** countries and nations are two states, never the two sides of a war
    ** within one (inner_sides had taken the gunmen and the government of
    ** a killing told before; issue 4 dev48) */
    static const char *const azStatesWord[] = {"countries", "nations", "states", "capitals", "neighbours", "neighbors",
                                               "allies", NULL};
    int bStatesWord = e > 0 && tok_in(c, e - 1, azStatesWord);
    for (int bJoint = 1; bJoint >= 0 && !zA; bJoint--) {
      if (!bJoint && bBrokered) break;   /* a brokered deal's parties: a joint act only */
      /* (a joint act of the sentences before is better evidence than the
      ** states the last one merely named) */
      /* ... and so is a war within one state fought in them ("Sudan's army
      ** and the RSF fought ... The UN called on both sides") */
      if (!bJoint && nNamed < 2 && !bStatesWord && (bInner = inner_sides(c, i, e)) != 0) break;
      if (!bJoint && nNamed < 2 && c->nPairStates == 2 && c->iPairSent + 1 == c->iSentNow &&
          !(zActor && (!strncmp(c->azPair[0], zActor, 3) || !strncmp(c->azPair[1], zActor, 3)))) {
        zA = c->azPair[0];
        zB = c->azPair[1];
        break;
      }
      if (!bJoint && nNamed < 2 && !bBrokered) {
        dominant_pair(c, e, zActor, &zA, &zB);
        if (zA) break;
      }
      for (size_t k = d->nEvent; k-- > 0 && !zA;) {
        const tocsin_event *pE = &d->aEvent[k];
        if (pE->iSentence + 3 < c->iSentNow || pE->iSentence > c->iSentNow) break;
        const char *zS = pair_side_state(c, &pE->source, e, bJoint), *zT = pair_side_state(c, &pE->target, e, bJoint);
        if (!zS || !zT || !strncmp(zS, zT, 3) || pE->bNegated) continue;
        /* ... never with the state that acts on the pair ("Trump phoned both
        ** leaders" after Cambodia thanked Trump): no one calls himself */
        if (bObjPos && zActor && (!strncmp(zS, zActor, 3) || !strncmp(zT, zActor, 3))) continue;
        int bBack = 0;
        for (size_t x = d->nEvent; bJoint && x-- > 0 && !bBack;) {
          const tocsin_event *pX = &d->aEvent[x];
          if (pX->iSentence + 3 < c->iSentNow) break;
          const char *zXS = pair_side_state(c, &pX->source, e, 1), *zXT = pair_side_state(c, &pX->target, e, 1);
          /* a joint act is one act both ways, or a hostile exchange ("accused
          ** India after Indian missiles struck"); a call one way and thanks
          ** back ("Trump phoned both leaders ... Hun Manet thanked Trump")
          ** name no pair of sides (issue 4 pairs16) */
          bBack = zXS && zXT && !strncmp(zXS, zT, 3) && !strncmp(zXT, zS, 3) &&
                  (!strcmp(pX->zRoot, pE->zRoot) || (atoi(pX->zRoot) >= 11 && atoi(pE->zRoot) >= 11));
        }
        if (bJoint && !bBack) continue;
        zA = zS;
        zB = zT;
      }
    }
    if (bInner) {
      i = e - 1;
      continue;
    }
    /* ... else the first two states named before it in this sentence: "Trump
    ** spoke with Putin and said the two had agreed to begin negotiations"
    ** (not the mediators of a brokered deal) */
    /* (a place named there is the venue, no side, and a body may be one:
    ** "At the EU-Russia summit in Helsinki on Friday the two sides will
    ** likely fail to agree" is the EU's and Russia's; session 56) */
    for (size_t m = 0; !zA && !bBrokered && m < c->nM && c->aM[m].i < i; m++) {
      const char *zM = pair_side_code(c, m, i);
      for (size_t n = m + 1; zM && !zB && n < c->nM && c->aM[n].i < i; n++) {
        const char *zN = pair_side_code(c, n, i);
        if (zN && strncmp(zM, zN, 3) && !compound_urges_pair(c, m, n, i)) zB = zN;
      }
      if (zB) zA = zM;
    }
    /* ... else the two sides of a war within one state, fighting each other
    ** ("Sudan's army and the RSF fought ...; the AU called on both sides to
    ** stop"): the two actors, each with its role, as a joint act gave them */
    if (!zA && !bBrokered && !bStatesWord && inner_sides(c, i, e)) {
      i = e - 1;
      continue;
    }
    if (!zA && !bBrokered) seen_pair(c, i, &zA, &zB);
    const ActorEntry *pA = zA ? pair_side_entry(c, zA) : NULL, *pB = zB ? pair_side_entry(c, zB) : NULL;
    if (!pA || !pB) continue;
    /* the role the phrase names ("the two prime ministers") is the pair */
    for (size_t m = c->nM; m-- > 0;)
      if (c->aM[m].i >= i && c->aM[m].e <= e) {
        memmove(&c->aM[m], &c->aM[m + 1], (c->nM - m - 1) * sizeof(Mention));
        c->nM--;
      }
    if (!insert_phrase_mention(c, i, e, pA) || !insert_phrase_mention(c, i, e, pB)) return 0;
    /* "troops from the two countries exchanged fire": a bare role of the
    ** pair is each state's role, the two of them the subject (it was a role
    ** of no state, and no event; issue 4 lead33) */
    int iRole = -1;
    for (size_t m = 0; i >= 2 && (tok_is(c, i - 1, "from") || tok_is(c, i - 1, "of")) && m < c->nM; m++) {
      const Mention *r = &c->aM[m];
      if (r->e == i - 1 && bare_role(r) && !r->pGroup && !r->bPronoun) iRole = (int)m;
    }
    if (iRole >= 0) {
      const ActorEntry *pAgent = c->aM[iRole].pAgent;
      size_t iStart = c->aM[iRole].i;
      memmove(&c->aM[iRole], &c->aM[iRole + 1], (c->nM - (size_t)iRole - 1) * sizeof(Mention));
      c->nM--;
      for (size_t m = 0; m < c->nM; m++)
        if (c->aM[m].i == i && c->aM[m].e == e && (c->aM[m].pMain == pA || c->aM[m].pMain == pB)) {
          c->aM[m].pAgent = pAgent;
          c->aM[m].i = iStart;
          c->aM[m].bPrep = iStart > 0 && tok_in(c, iStart - 1, azPrep);
        }
    }
    i = e - 1;
  }
  return 1;
}

/* The mention that is a bare role over exactly tokens [i, e) or [i + 1, e)
** ("the court"), else -1. */
static int bare_role_at(const Coder *c, size_t i, size_t e) {
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if ((m->i == i || m->i == i + 1) && m->e == e && m->pAgent && !m->pMain && !m->pCountry && !m->pPersonCountry &&
        !m->pGroup && !m->bPronoun)
      return (int)k;
  }
  return -1;
}

/* "the bloc", "the regional bloc" at tokens [i, e) stand for the body pOrg:
** its mention replaces the bare role mention iRole there (-1: none). 0 on OOM. */
static int body_for_phrase(Coder *c, size_t i, size_t e, int iRole, const ActorEntry *pOrg) {
  if (iRole >= 0) {
    memmove(&c->aM[iRole], &c->aM[iRole + 1], (c->nM - (size_t)iRole - 1) * sizeof(Mention));
    c->nM--;
  }
  return insert_phrase_mention(c, i, e, pOrg);
}

/* Contract: for "the" at token i, the token of the noun that heads the
** phrase it opens -- i + 1 ("the bloc"), or after at most two describing
** words that are no actor ("the regional bloc", "the Abuja-based
** organisation") -- when that noun is one a
** body is named by; else SIZE_MAX. A capitalised noun right after "the"
** ("The Council", "the Court") counts when no name continues after it.
** Why: the_body and the_named_body read a body's short name, and wire copy
** puts a describing word before it as often as not. */
static size_t body_noun_after_the(const Coder *c, size_t i) {
  static const char *const azBodyNoun[] = {"bloc", "alliance", "organisation", "organization", "agency", "mission",
                                           "watchdog", "court", "tribunal", "group", "movement", "militia",
                                           "militants", "league", "fund", "council", "body", NULL};
  /* ... "the body" as a corpse: "the body of a journalist", "the body was found" */
  static const char *const azCorpse[] = {"of", "was", "were", "had", "has", "found", "discovered", "recovered",
                                         "returned", "handed", "buried", "exhumed", "identified", "dumped", "lay",
                                         "lying", "bore", NULL};
  if (!tok_is(c, i, "the")) return SIZE_MAX;
  if (tok_is(c, i + 1, "body") && i + 2 < c->nTok && tok_in(c, i + 2, azCorpse)) return SIZE_MAX;
  size_t h = i + 1;
  for (int nMod = 0; h < c->nTok && !tok_in(c, h, azBodyNoun) && nMod < 2; nMod++) {
    if (in_mention(c, h)) return SIZE_MAX;
    if (h + 2 < c->nTok && tok_is(c, h + 1, "-") && c->aTok[h + 2].bWord && !c->aTok[h + 2].bCap &&
        c->aTok[h].end == c->aTok[h + 1].start && c->aTok[h + 1].end == c->aTok[h + 2].start)
      h += 3;   /* "Abuja-based", "Saudi-led" */
    else if (c->aTok[h].bWord && c->aTok[h].end - c->aTok[h].start >= 4 && !tok_in(c, h, azDet) &&
             !tok_in(c, h, azPrep) && !tok_in(c, h, azNotNoun) && !tok_in(c, h, azFollow))
      h++;
    else
      return SIZE_MAX;
  }
  if (h >= c->nTok || !tok_in(c, h, azBodyNoun) || !c->aTok[h].bWord) return SIZE_MAX;
  if (c->aTok[h].bCap && (h != i + 1 || (h + 1 < c->nTok && c->aTok[h + 1].bWord && c->aTok[h + 1].bCap) ||
                          (h + 1 < c->nTok && tok_is(c, h + 1, "of"))))
    return SIZE_MAX;
  return h;
}

/* Contract: 1 when token t is a lowercase word of four letters or more that
** can describe a body's organ or officer ("sanctions", "military",
** "executive"): no article, preposition, clause word or verb form. Why: "the
** Security Council's sanctions committee", "NATO's military committee" are
** the body's; the bare "committee" was read as some state's legislature. */
static int body_describing_word(const Coder *c, size_t t) {
  const Token *p = &c->aTok[t];
  return p->bWord && !p->bCap && p->end - p->start >= 4 && !tok_in(c, t, azDet) && !tok_in(c, t, azPrep) &&
         !tok_in(c, t, azFollow) && !tok_in(c, t, azNotNoun) && !tok_in(c, t, azLocPrep) &&
         !(token_forms(c, t) & (VF_PAST | VF_PP | VF_ING)) && !tok_past_ed(c, t) && !tok_ing(c, t);
}

/* "the Security Council's sanctions committee", "the AU's military staff":
** a bare role after a body's possessive, with up to two describing words
** between, is the body's organ and one mention with it. Runs after the UN
** organs read from capitalised roles (un_organ), which the composition in
** find_actors does not see as bodies. */
static void body_organ(Coder *c) {
  /* organs and officers only: "the EU's election observer mission" is an
  ** operation that acts and is acted on as such ("expelled ... mission") */
  static const char *const azOrgan[] = {"committee", "committees", "council", "commission", "panel", "secretariat",
                                        "staff", "assembly", "envoy", "envoys", "chief", "spokesman", "spokeswoman",
                                        "spokesperson", "officials", "official", "representative", NULL};
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k], *n = &c->aM[k + 1];
    if (!m->pMain || m->pMain->kind != AK_ORG || m->pAgent || m->bPronoun || m->e >= c->nTok ||
        !tok_is(c, m->e, "'s"))
      continue;
    if (!n->pAgent || n->pMain || n->pCountry || n->pGroup || n->pPersonCountry || n->bPronoun ||
        !tok_in(c, n->e - 1, azOrgan))
      continue;
    size_t t = m->e + 1;
    while (t < n->i && t < m->e + 3 && body_describing_word(c, t)) t++;
    if (t != n->i) continue;
    absorb_next_mention(c, k);
  }
}

/* "the leader of its Islamic-led opposition", "the head of the rebel
** movement": a bare head word ("leader", "head", "chief") followed by "of",
** a determiner and up to three describing tokens, then a bare role of
** another kind, is that role's leader: one mention with the role after
** "of". Why: the head word alone was read as a government's (GOV) and the
** opposition as a second actor (issue 4, dev28). */
static void leader_of_role(Coder *c) {
  static const char *const azHead[] = {"leader", "leaders", "head", "chief", NULL};
  static const char *const azOfDet[] = {"the", "its", "their", "his", "her", "country's", NULL};
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k], *n = &c->aM[k + 1];
    if (!m->pAgent || m->pMain || m->pCountry || m->bPronoun || !tok_in(c, m->e - 1, azHead)) continue;
    if (!n->pAgent || n->pMain || n->pGroup || n->bPronoun || n->pAgent == m->pAgent) continue;
    size_t t = m->e;
    if (t + 1 >= c->nTok || !tok_is(c, t, "of") || !tok_in(c, t + 1, azOfDet)) continue;
    if (n->i < t + 2 || n->i > t + 5) continue;
    int bOk = 1;
    for (size_t u = t + 2; u < n->i && bOk; u++) bOk = c->aTok[u].bWord || tok_is(c, u, "-");
    if (!bOk) continue;
    m->pAgent = n->pAgent;
    if (n->pCountry) m->pCountry = n->pCountry;
    absorb_next_mention(c, k);
  }
}

/* Contract: for "the group" ([i, e), e past the noun) with no armed body
** of its own code in the recent events, a mention of the last armed actor
** that has a state and an armed role (UAF, REB, INS, SEP) in the events of
** the three sentences before, with that state and role. Why: "police fought
** a band of gunmen ... The ministry accused the group of entering from a
** neighbouring country" names the gunmen, not a body with a code, and the
** accusation lost its target (issue 4, dev29). 0 on OOM, else 1. */
static int armed_group_phrase(Coder *c, size_t i, size_t e) {
  static const char *const azArmedRole[] = {"UAF", "REB", "INS", "SEP", NULL};
  const tocsin_doc *d = c->d;
  if (e < c->nTok && tok_is(c, e, "'s")) return 1;   /* "the group's leader": a person of it, named after */
  for (size_t k = d->nEvent; k-- > 0;) {
    const tocsin_event *pE = &d->aEvent[k];
    if (pE->iSentence + 3 < c->iSentNow || pE->iSentence > c->iSentNow) break;
    for (int side = 0; side < 2; side++) {
      const tocsin_actor *a = side ? &pE->target : &pE->source;
      if (a->zOrg || !a->zCountry || !a->zRole || !str_listed(a->zRole, azArmedRole)) continue;
      const ActorEntry *pC = country_entry(c, a->zCountry), *pA = agent_entry(c, a->zRole);
      if (!pC || !pA) return 1;
      /* ... not where one of its own speaks first: "A separatist spokesman
      ** denied that the group had taken the children" is the speaker's side */
      for (size_t q = 0; q < c->nM && c->aM[q].i < i; q++)
        if (c->aM[q].pAgent && !strcmp(c->aM[q].pAgent->zCode, a->zRole)) return 1;
      Mention m;
      memset(&m, 0, sizeof m);
      m.i = i;
      m.e = e;
      m.pCountry = pC;
      m.pAgent = pA;
      if (i > 0 && tok_in(c, i - 1, azPrep)) m.bPrep = 1;
      return insert_mention(c, &m);
    }
  }
  return 1;
}

/* "ECOWAS ... The bloc also imposed sanctions on Niger", "The group did not
** claim responsibility": a definite noun for a body stands for the last
** body of its kind in the events of the three sentences before (a bloc or
** agency: an IGO; a court: a court; a group or militia: an armed group).
** One mention over the phrase. 0 on OOM. */
static int the_body(Coder *c) {
  static const char *const azIgo[] = {"bloc", "alliance", "organisation", "organization", "agency", "mission",
                                      "watchdog", NULL};
  static const char *const azCourt[] = {"court", "tribunal", NULL};
  static const char *const azArmed[] = {"group", "movement", "militia", "militants", NULL};
  const tocsin_doc *d = c->d;
  for (size_t i = 0; i + 1 < c->nTok; i++) {
    size_t h = body_noun_after_the(c, i);
    if (h == SIZE_MAX) continue;
    /* "the court" is also a bare role (JUD) of the story's state: the body wins */
    int iRole = tok_in(c, h, azCourt) ? bare_role_at(c, i, h + 1) : -1;
    if ((in_mention(c, h) && iRole < 0) || (h + 1 < c->nTok && in_mention(c, h + 1))) continue;
    int kind = tok_in(c, h, azIgo) ? 1 : tok_in(c, h, azCourt) ? 2 : tok_in(c, h, azArmed) ? 3 : 0;
    if (!kind) continue;
    const ActorEntry *pOrg = NULL;
    for (size_t k = d->nEvent; k-- > 0 && !pOrg;) {
      const tocsin_event *pE = &d->aEvent[k];
      if (pE->iSentence + 3 < c->iSentNow || pE->iSentence > c->iSentNow) break;
      for (int side = 0; side < 2 && !pOrg; side++) {
        const tocsin_actor *a = side ? &pE->target : &pE->source;
        if (!a->zOrg || !a->zCode) continue;
        const char *z = a->zCode;
        int bIgo = !strncmp(z, "IGO", 3), bCourt = strstr(z, "ICC") || strstr(z, "ICJ") || strstr(z, "JUD");
        int bArmed = strstr(z, "REB") || strstr(z, "INS") || strstr(z, "UAF") || strstr(z, "SEP");
        if ((kind == 1 && bIgo && !bCourt) || (kind == 2 && bCourt) || (kind == 3 && bArmed)) pOrg = org_entry(c, z);
      }
    }
    if (!pOrg && kind == 3) {
      if (!armed_group_phrase(c, i, h + 1)) return 0;
      continue;
    }
    if (!pOrg) continue;
    if (!body_for_phrase(c, i, h + 1, iRole, pOrg)) return 0;
    i = h;
  }
  return 1;
}

/* Does the noun at token t ("the league", "the fund") name a body of
** pOrg's kind? By the words of its name ("Arab League", "International
** Monetary Fund", "UN Security Council") or its code (a UN agency IGOUNO...,
** a peace operation ...PKO..., a court). 0 for nouns it does not know. */
static int body_kind_matches(const Coder *c, size_t t, const ActorEntry *pOrg) {
  const char *zN = pOrg->zName ? pOrg->zName : "", *zC = pOrg->zCode;
  if (!zC || strncmp(zC, "IGO", 3)) return 0;
  int bCourt = strstr(zN, "Court") || strstr(zN, "Tribunal") || strstr(zN, "Arbitration") || strstr(zC, "ICC") ||
               strstr(zC, "ICJ") || strstr(zC, "JUD");
  int bMission = strstr(zC, "PKO") || strstr(zN, "Mission") != NULL;
  int bUnOrgan = !strcmp(zC, "IGOUNO") || !strcmp(zC, "IGOUNOSEC") || !strcmp(zC, "IGOUNOGAS");
  if (tok_is(c, t, "league")) return strstr(zN, "League") != NULL;
  if (tok_is(c, t, "fund")) return strstr(zN, "Fund") != NULL;
  if (tok_is(c, t, "council")) return strstr(zN, "Council") != NULL;
  if (tok_is(c, t, "court") || tok_is(c, t, "tribunal")) return bCourt;
  if (tok_is(c, t, "mission")) return bMission;
  if (tok_is(c, t, "agency")) return !strncmp(zC, "IGOUNO", 6) && !bUnOrgan && !bCourt && !bMission;
  /* ... a watchdog is any inspecting body, in the UN or not ("the chemical
  ** weapons watchdog": the OPCW) */
  if (tok_is(c, t, "watchdog")) return !bUnOrgan && !bCourt && !bMission;
  /* ... and "the body" is any council, assembly or bloc: "the European members
  ** of the Security Council requested an urgent session of the body" */
  if (tok_is(c, t, "body")) return !bCourt && !bMission;
  static const char *const azBloc[] = {"bloc", "alliance", "organisation", "organization", NULL};
  if (tok_in(c, t, azBloc)) return strncmp(zC, "IGOUNO", 6) && !bCourt && !bMission;
  return 0;
}

/* "Nicaragua completed its withdrawal from the Organization of American
** States. ... Moncada called the organisation an instrument of U.S.
** domination", "Arab ministers readmitted Syria to the Arab League. The
** league had suspended Damascus in 2011": a definite noun for a body ("the
** league", "the fund", "the council", "the agency", "the bloc", "the
** mission", "the court") stands for the last body of its kind named before
** it -- earlier in the sentence or in the three sentences before, as
** participant or not -- where the_body() looks only at the bodies of past
** events and takes any IGO for a bloc or an agency. One mention over the
** phrase. 0 on OOM. */
/* Contract: "the city", "the town" or "the village" (no "of" or noun after
** it, in no mention) becomes a mention of the last town the sentence named
** before it, else of the one the item's last three sentences named
** (remember_town); 0 on OOM. Why: "The Taliban seized Kunduz on Sept. 28 ...
** Afghan forces retook most of the city" had no target, as the bare noun
** named no one (issue 4, session 41). */
static int the_town(Coder *c) {
  static const char *const azTown[] = {"city", "town", "village", NULL};
  /* ("the city council", "the town hall": the noun qualifies another) */
  static const char *const azAfter[] = {".", ",", ";", "and", "on", "in", "last", "this", "late", "early", "from",
                                        "after", "before", "for", "with", "to", "again", "overnight", "itself", NULL};
  for (size_t i = 0; i + 1 < c->nTok; i++) {
    if (!tok_is(c, i, "the") || !tok_in(c, i + 1, azTown) || in_mention(c, i) || in_mention(c, i + 1)) continue;
    if (i + 2 < c->nTok && !tok_in(c, i + 2, azAfter)) continue;
    const ActorEntry *pTown = NULL;
    for (size_t k = 0; k < c->nM && c->aM[k].i < i; k++)
      if (town_of(&c->aM[k])) pTown = town_of(&c->aM[k]);
    if (!pTown && c->pLastTown && c->iLastTownSent + 3 >= c->iSentNow && c->iLastTownSent < c->iSentNow)
      pTown = c->pLastTown;
    if (!pTown) continue;
    Mention m;
    memset(&m, 0, sizeof m);
    m.i = i;
    m.e = i + 2;
    m.pMain = pTown;
    m.bPrep = i > 0 && tok_in(c, i - 1, azPrep);
    /* ... a place too after a direction: "a U.S. base east of the city" */
    static const char *const azSide[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                         "southwest", "outskirts", "edge", "centre", "center", "heart", NULL};
    m.bLoc = i > 0 && (tok_in(c, i - 1, azLocPrep) || (i > 1 && tok_is(c, i - 1, "of") && tok_in(c, i - 2, azSide)));
    if (!insert_mention(c, &m)) return 0;
    i++;
  }
  return 1;
}

/* Contract: "the ship", "the trawler", "the freighter" (vessel_noun_end;
** in no mention, no possessive after it) becomes a mention of the flag state
** of the last ship the sentence named before it, else of the one the item's
** last three sentences named (remember_vessel); 0 on OOM. Why: "fired
** warning shots across the bow of a Spanish trawler ..., then boarded and
** seized the ship" aimed the seizure at the European Union named after it,
** and "boarded the freighter" three sentences after "a Norwegian freighter"
** had no target (issue 4, session 47). */
static int the_vessel(Coder *c) {
  for (size_t i = 0; i + 1 < c->nTok; i++) {
    size_t e = tok_is(c, i, "the") ? vessel_noun_end(c, i + 1) : 0;
    if (!e || in_mention(c, i) || in_mention(c, e - 1) || (e < c->nTok && tok_is(c, e, "'s"))) continue;
    const ActorEntry *pFlag = NULL;
    for (size_t k = 0; k < c->nM && c->aM[k].i < i; k++)
      if (vessel_flag(c, &c->aM[k])) pFlag = vessel_flag(c, &c->aM[k]);
    if (!pFlag && c->pLastVessel && c->iLastVesselSent + 3 >= c->iSentNow && c->iLastVesselSent < c->iSentNow)
      pFlag = c->pLastVessel;
    if (!pFlag) continue;
    Mention m;
    memset(&m, 0, sizeof m);
    m.i = i;
    m.e = e;
    m.pCountry = pFlag;
    m.bPrep = i > 0 && tok_in(c, i - 1, azPrep);
    m.bLoc = i > 0 && tok_in(c, i - 1, azLocPrep);
    if (!insert_mention(c, &m)) return 0;
    i = e - 1;
  }
  return 1;
}

static int the_named_body(Coder *c) {
  for (size_t i = 0; i + 1 < c->nTok; i++) {
    size_t h = body_noun_after_the(c, i);
    if (h == SIZE_MAX) continue;
    int iRole = bare_role_at(c, i, h + 1);
    if ((in_mention(c, h) && iRole < 0) || (h + 1 < c->nTok && in_mention(c, h + 1))) continue;
    const ActorEntry *pOrg = NULL;
    for (size_t k = c->nM; k-- > 0 && !pOrg;) {   /* nearest first: this sentence, before the noun */
      const Mention *m = &c->aM[k];
      if (m->e <= i && m->pMain && m->pMain->kind == AK_ORG && body_kind_matches(c, h, m->pMain)) pOrg = m->pMain;
    }
    for (size_t k = c->nBody; k-- > 0 && !pOrg;)
      if (c->aBody[k].iSent + 3 >= c->iSentNow && c->aBody[k].iSent < c->iSentNow &&
          body_kind_matches(c, h, c->aBody[k].p))
        pOrg = c->aBody[k].p;
    if (!pOrg) continue;
    if (!body_for_phrase(c, i, h + 1, iRole, pOrg)) return 0;
    i = h;
  }
  return 1;
}

/* Contract: "A spokesman for U.N. chief Antonio Guterres said the
** secretary-general was shocked", "the director-general told reporters": a
** bare definite title that only a body's head holds (secretary-general,
** director-general, high commissioner) stands for the last body named before
** it, earlier in the sentence or in the three sentences before; the mention
** takes the body's code, as "the secretary-general of NATO" does. A title
** with a state ("Russia's secretary-general"), a "former" one, or with no body
** named before keeps its reading. Why: without it the title is a bare
** government role and takes the last state named, a bystander's. */
/* Contract: 1 when entry p names a company: an organisation coded MNC... or
** a state's firm whose code ends in BUS ("Barrick" CANBUS, "Gazprom"). */
static int firm_entry(const ActorEntry *p) {
  if (!p || !p->zCode) return 0;
  size_t n = strlen(p->zCode);
  return !strncmp(p->zCode, "MNC", 3) || (n == 6 && !strcmp(p->zCode + 3, "BUS"));
}

/* Contract: "Washington accused Huawei of spying, a charge the company
** denies", "which the firm denies": a bare definite "the company" or "the
** firm" stands for the last company named before it, earlier in the sentence
** or in the three sentences before (c->pLastFirm); the mention takes its
** code. Why: as a bare role it took the business sector of the last state
** named, the accuser's (issue 4 lead36). */
/* Contract: "a spokesman for the State Department", "a spokeswoman for
** Russia's foreign ministry": a spokesperson with no state of his own, right
** before "for" and a state, a state's organ or a body, is that actor's voice:
** the spokesperson's mention takes its identity and the actor after "for"
** stands aside. Why: the bare spokesman took the story's side (Guatemala's
** government spoke for the State Department; issue 4, session 43). */
static void voice_for_actor(Coder *c) {
  static const char *const azVoice[] = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                                        "spokespeople", NULL};
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k + 1];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->bPronoun || m->e + 1 >= c->nTok ||
        !tok_in(c, m->e - 1, azVoice) || !tok_is(c, m->e, "for"))
      continue;
    size_t a = m->e + 1 + (tok_is(c, m->e + 1, "the") ? 1 : 0);
    if ((n->i != m->e + 1 && n->i != a) || n->bPronoun || n->bLoc || (!n->pMain && !n->pCountry)) continue;
    m->pMain = n->pMain;
    m->pAgent = n->pAgent;
    m->pCountry = n->pCountry;
    m->pPersonCountry = n->pPersonCountry;
    c->aM[k + 1].bAside = 1;
  }
}

/* Contract: "Mark Toner, speaking for the State Department, said ...",
** "Wang Wenbin, who speaks for Beijing's foreign ministry, brushed off ...":
** the actor after "speaking for" ("speaks for", "who speaks for") in an
** apposition on a name the dictionary lacks -- capitalised words that open
** the sentence, or follow a dateline's dash, with no mention among them --
** is the speaker's voice: it is no prepositional object, and the verb after
** the apposition finds it as its subject. Why: the stranger was no actor and
** the body he spoke for was barred as a subject, so his verdict had no
** source (issue 4 dev33). */
static void speaking_for_stranger(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    Mention *n = &c->aM[k];
    if (!n->bPrep || n->bPronoun || n->bLoc || (!n->pMain && !n->pCountry)) continue;
    size_t f = n->i;   /* the phrase's first token, its article included */
    if (f >= 1 && tok_is(c, f - 1, "the")) f--;
    if (f < 3 || !tok_is(c, f - 1, "for") || !(tok_is(c, f - 2, "speaking") || tok_is(c, f - 2, "speaks"))) continue;
    size_t v = f - 2;
    if (tok_is(c, v - 1, "who")) v--;
    if (v < 2 || !tok_is(c, v - 1, ",")) continue;
    size_t b = v - 1, nName = 0;   /* back over the stranger's name */
    while (b > 0 && c->aTok[b - 1].bWord && c->aTok[b - 1].bCap && !in_mention(c, b - 1) && nName < 4) b--, nName++;
    if (nName < 2 || !(b == 0 || tok_is(c, b - 1, "-") || tok_is(c, b - 1, "--"))) continue;
    n->bPrep = 0;
  }
}

static void the_firm(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->bPronoun || m->e != m->i + 2 ||
        !tok_is(c, m->i, "the") || !(tok_is(c, m->i + 1, "company") || tok_is(c, m->i + 1, "firm")))
      continue;
    const ActorEntry *pFirm = NULL;
    for (size_t x = k; x-- > 0 && !pFirm;)
      if (firm_entry(c->aM[x].pMain)) pFirm = c->aM[x].pMain;
    if (!pFirm && c->pLastFirm && c->iFirmSent + 3 >= c->iSentNow && c->iFirmSent < c->iSentNow) pFirm = c->pLastFirm;
    if (!pFirm) continue;
    m->pMain = pFirm;
    m->pAgent = NULL;
  }
}

/* Contract: "The pro-Russian Patriotic Electoral Bloc led by former
** President Igor Dodon rejected the results": a party or bloc the dictionary
** does not know, named by capitalised words ending in a party noun, then "led
** by" (or "headed by") and a person, acts through that leader -- the
** person's mention is the subject its verb looks for, no agent of a passive.
** Why: the name was no actor and the person after "by" was barred from
** being one, so the party's acts had no source (issue 4 lead36). */
static void party_led_by(Coder *c) {
  static const char *const azParty[] = {"party", "bloc", "alliance", "movement", "front", "coalition", "platform",
                                        "union", "congress", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->bBy || m->i < 4 || !m->pMain || m->pMain->kind != AK_PERSON) continue;
    size_t b = m->i - 1;   /* "by" */
    if (!(tok_is(c, b - 1, "led") || tok_is(c, b - 1, "headed"))) continue;
    size_t n = b - 2;   /* the party noun */
    if (!c->aTok[n].bCap || !tok_in(c, n, azParty) || in_mention(c, n)) continue;
    m->bBy = 0;
    m->bPrep = 0;
  }
}

/* Why: "the alliance's chief, Jens Stoltenberg, appealed to Russia": a body
** that "the alliance" stands for, then "'s" and a bare role, is one actor,
** as "NATO's chief" is; the bare "chief" took no body and the appeal a
** source from its targets (issue 4 lead48). Contract: a mention of an
** organisation ending right before "'s", followed by a bare role mention
** (no main, state or person), absorbs the role; the role's compound group
** is kept, so an apposition after it still names the same actor. A person's
** mention a title composed ("President Donald Trump's national security
** adviser") lends the role its leader (pPersonCountry) instead, as "Trump's
** adviser" does when the name stands alone: the role had fallen back on the
** last state named (issue 4 dev33). */
static void body_possessive_role(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    Mention *r = &c->aM[k + 1];
    if (!m->pMain || m->bPronoun || !tok_is(c, m->e, "'s") || r->i != m->e + 1 || !r->pAgent || r->pMain ||
        r->pCountry || r->pPersonCountry || r->pGroup || r->bPronoun)
      continue;
    if (m->pMain->kind == AK_PERSON) {
      if (person_state(c, m->pMain)) r->pPersonCountry = m->pMain;
      continue;
    }
    if (m->pMain->kind != AK_ORG || m->pAgent) continue;
    m->pAgent = r->pAgent;
    m->iGroup = r->iGroup;
    absorb_next_mention(c, k);
  }
}

static void the_body_head(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->bPronoun || m->e < m->i + 2 ||
        !tok_is(c, m->i, "the"))
      continue;
    size_t h = m->e - 1;
    int bHead = (tok_is(c, h, "general") && h >= 2 &&
                 (tok_is(c, h - 1, "secretary") || tok_is(c, h - 1, "director") ||
                  (tok_is(c, h - 1, "-") && (tok_is(c, h - 2, "secretary") || tok_is(c, h - 2, "director"))))) ||
                (tok_is(c, h, "commissioner") && tok_is(c, h - 1, "high"));
    if (!bHead || (m->i > 0 && tok_is(c, m->i - 1, "former"))) continue;
    const ActorEntry *pOrg = NULL;
    for (size_t x = k; x-- > 0 && !pOrg;) {   /* nearest first: this sentence, before the title */
      const ActorEntry *p = c->aM[x].pMain;
      if (p && p->kind == AK_ORG && p->zCode && !strncmp(p->zCode, "IGO", 3) && !c->aM[x].bOwn) pOrg = p;
    }
    for (size_t x = c->nBody; x-- > 0 && !pOrg;)
      if (c->aBody[x].iSent + 3 >= c->iSentNow && c->aBody[x].iSent < c->iSentNow) pOrg = c->aBody[x].p;
    if (!pOrg) continue;
    m->pMain = pOrg;
    m->pAgent = NULL;
  }
}

/* After a sentence: the bodies it named, for the_named_body() in the next
** ones (grown as needed: no sentence's bodies are dropped). 0 on OOM. */
int remember_bodies(Coder *c, size_t iSent) {
  size_t n = 0;   /* forget those no sentence can still refer to (the_named_body looks three back) */
  for (size_t k = 0; k < c->nBody; k++)
    if (c->aBody[k].iSent + 3 >= iSent) c->aBody[n++] = c->aBody[k];
  c->nBody = n;
  for (size_t k = 0; k < c->nM; k++) {
    const ActorEntry *p = c->aM[k].pMain;
    if (firm_entry(p) && !c->aM[k].bOwn) {
      c->pLastFirm = p;
      c->iFirmSent = iSent;
    }
    if (!p || p->kind != AK_ORG || !p->zCode || strncmp(p->zCode, "IGO", 3) || c->aM[k].bOwn) continue;
    if (!vec_grow((void **)&c->aBody, &c->nBodyAlloc, c->nBody, sizeof(*c->aBody))) return 0;
    c->aBody[c->nBody].p = p;
    c->aBody[c->nBody++].iSent = iSent;
  }
  return 1;
}

/* After a sentence: the states and stateless bodies it named, participants
** and places alike, for context_party() in the two sentences after it (older
** ones are forgotten; a name the sentence repeats is kept once). 0 on OOM. */
int remember_seen(Coder *c, size_t iSent) {
  size_t n = 0;
  for (size_t k = 0; k < c->nSeen; k++)
    if (c->aSeen[k].iSent + 2 >= iSent) c->aSeen[n++] = c->aSeen[k];
  c->nSeen = n;
  /* a sentence that blames someone: its first actor is the accuser a later
  ** denial answers ("Canada accused India ...", "... allegations linking") */
  static const char *const azBlame[] = {"accuse", "accused", "accuses", "accusing", "accusation", "accusations",
                                        "blame", "blamed", "blames", "blaming", "alleged", "alleges", "allegation",
                                        "allegations", "behind", "responsible", "charged", "linking", NULL};
  int bAccusing = 0;
  for (size_t t = 0; t < c->nTok && !bAccusing; t++) bAccusing = tok_in(c, t, azBlame);
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (m->bOwn || m->bSaid || m->bPronoun) continue;
    const char *zC = NULL;
    mention_country(c, (int)k, &zC);
    const ActorEntry *pOrg = !zC && m->pMain && m->pMain->kind == AK_ORG && m->pMain->zCode ? m->pMain : NULL;
    if (!zC && !pOrg) continue;
    int bSeen = 0;
    for (size_t x = 0; x < c->nSeen && !bSeen; x++) {
      const struct SeenActor *q = &c->aSeen[x];
      bSeen = q->iSent == iSent && (zC ? q->zC && !strncmp(q->zC, zC, 3) : q->pOrg == pOrg);
    }
    if (bSeen) continue;
    if (!vec_grow((void **)&c->aSeen, &c->nSeenAlloc, c->nSeen + 1, sizeof(*c->aSeen))) return 0;
    struct SeenActor *q = &c->aSeen[c->nSeen++];
    q->zC = zC;
    q->pOrg = pOrg;
    q->iSent = iSent;
    q->bLoc = m->bLoc;
    q->bAccusing = bAccusing;
    q->iGroup = m->iGroup;
  }
  return 1;
}

/* Contract: after sentence iSent, remembers each role it named with a state
** of its own ("Egypt's army", "Chinese coast guard officers") by the role's
** head noun (last token's interned id), role code and state, forgetting
** those five sentences old. 0 on OOM. Why: a later definite bare role with
** the same head ("welcomed the army's move") means that actor, not the side
** the story follows (definite_role_country). */
int remember_role_heads(Coder *c, size_t iSent) {
  size_t n = 0;
  for (size_t k = 0; k < c->nHead; k++)
    if (c->aHead[k].iSent + 5 >= iSent) c->aHead[n++] = c->aHead[k];
  c->nHead = n;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (!m->pAgent || !m->pAgent->zRole || m->bOwn || m->bSaid || m->bPronoun || m->bMod || m->e <= m->i ||
        m->e > c->nTok)   /* not "Armenian military positions" */
      continue;
    const char *zC = NULL;
    if (!bare_role(m)) mention_country(c, (int)k, &zC);
    if (!zC) continue;
    const Token *t = &c->aTok[m->e - 1];
    if (!t->bWord || t->id == TOK_NONE) continue;
    if (!vec_grow((void **)&c->aHead, &c->nHeadAlloc, c->nHead + 1, sizeof(*c->aHead))) return 0;
    struct RoleHead *q = &c->aHead[c->nHead++];
    q->id = t->id;
    q->zC = zC;
    q->zRole = m->pAgent->zRole;
    q->iSent = iSent;
  }
  return 1;
}

/* "..., the official Xinhua news agency said", "..., state media reported
** on Tuesday", "..., an official told Reuters", "..., reported Interfax,
** citing the army": a clause after a comma that names who told the news
** names the reporter, never a party to the act it tells. Its mentions get
** bSaid (no member of a list before them, no target), and the acts before
** the comma are known from the report (c->iAttrib). Found from the words
** alone, as "reported" or "quoted" need not be verbs of the dictionary. */
/* ... and the present of a plural reporter, as headlines write it: "...,
** health officials say", "..., sources report" */
const char *const azAttrVerb[] = {"said", "says", "say", "reported", "reports", "report", "told", "added", "stated",
                                  "announced", "confirmed", "quoted", "wrote", "writes", "tweeted", "charged",
                                  "alleged", "protested", "complained", "claimed", NULL};

/* Why: "A statement from the Saudi foreign ministry welcomed the deal", "A
** joint statement issued by France and Germany demanded ...", "The
** communique of the Arab League condemned ...": a document that opens the
** clause speaks for its author, so the actor after its "by", "from" or "of"
** is the verb's subject, where mention_before passes over an agent after
** "by" or a preposition (issue 4 clauses). Contract: runs before
** assign_roles; for a live active hit whose verb follows a mention with only
** auxiliaries or adverbs between, when that mention (after an optional
** "the") follows "by", "from" or "of" -- after an optional "issued",
** "released", "posted", "published" or "adopted" -- and a document noun that
** at most three determiners or adjectives separate from the clause's start
** (sentence start, comma or dash), the mention and those joined to it by
** "and" lose bBy and bPrep. */
void document_author_subject(Coder *c) {
  static const char *const azDocNoun[] = {"statement", "statements", "communique", "communiqué", "declaration",
                                          "note", "letter", "announcement", "resolution", "report", "decree",
                                          "message", "readout", NULL};
  static const char *const azIssued[] = {"issued", "released", "posted", "published", "adopted", NULL};
  static const char *const azOf[] = {"by", "from", "of", NULL};
  static const char *const azPre[] = {"a", "an", "the", "joint", "written", "brief", "short", "new", "final",
                                      "same", "official", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || h->i < 4 || (h->forms & VF_ING) || tok_in(c, h->i - 1, azBe)) continue;
    size_t v = h->i;
    while (v > 0 && (tok_is(c, v - 1, "has") || tok_is(c, v - 1, "had") || tok_is(c, v - 1, "have") ||
                     tok_is(c, v - 1, "also") || tok_adverb(c, v - 1)))
      v--;
    int iM = -1;
    for (size_t m = 0; m < c->nM && iM < 0; m++)
      if (c->aM[m].e == v && !c->aM[m].bPronoun && !c->aM[m].bLoc) iM = (int)m;
    if (iM < 0) continue;
    /* back over the compound ("France and Germany") to its first member */
    size_t first = (size_t)iM;
    while (first > 0 && c->aM[first - 1].e + 1 == c->aM[first].i && tok_is(c, c->aM[first - 1].e, "and")) first--;
    size_t t = c->aM[first].i;
    if (t > 0 && tok_is(c, t - 1, "the")) t--;
    if (t < 3 || !tok_in(c, t - 1, azOf)) continue;
    t--;
    if (tok_in(c, t - 1, azIssued)) t--;
    if (t == 0 || !tok_in(c, t - 1, azDocNoun)) continue;
    size_t d = t - 1, s = d;
    while (s > 0 && d - s < 4 && tok_in(c, s - 1, azPre)) s--;
    if (!(s == 0 || tok_is(c, s - 1, ",") || tok_is(c, s - 1, "-") || tok_is(c, s - 1, "--"))) continue;
    for (size_t m = first; m <= (size_t)iM; m++) c->aM[m].bBy = c->aM[m].bPrep = 0;
  }
}

/* Contract: "expelled diplomats from Argentina, Chile and Peru after their
** governments questioned the result": a bare role right after "their" that
** opens a clause (at the start, or after a comma, "and" or a subordinator)
** as the subject of the verb after it is
** that role of each state of the plural antecedent -- the nearest compound
** group of states before it in the sentence, else the plural subject carried
** from the sentence before (c->aPl) -- one mention per state over the role's
** words, grouped as one. Why: the bare role took one state, or the story's,
** so the clause's act went to the wrong side (issue 4 regional). 0 on OOM. */
static int plural_possessive_roles(Coder *c) {
  static const char *const azOpen[] = {",", "and", "but", "after", "before", "when", "because", "as", "since",
                                       "while", "until", "once", "though", "although", NULL};
  int gNext = max_group(c);
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (!m->pAgent || m->pMain || m->pCountry || m->pGroup || m->pPersonCountry || m->bPronoun) continue;
    size_t i = tok_is(c, m->i, "their") ? m->i : m->i - 1;
    if (m->i == 0 || !tok_is(c, i, "their")) continue;
    if (i > 0 && !tok_in(c, i - 1, azOpen)) continue;
    /* ... as the subject of a verb right after it ("their governments
    ** questioned", "their leaders would meet"): no aside then */
    static const char *const azAux[] = {"would", "will", "had", "has", "have", "did", "were", "are", "also", NULL};
    if (m->e >= c->nTok || !(dict_forms(c->p, c->aTok[m->e].id) || tok_in(c, m->e, azAux))) continue;
    /* the antecedent: a group of two or more states before the role */
    int g = -1;
    for (size_t x = k; x-- > 0 && g < 0;) {
      const Mention *a = &c->aM[x];
      if (a->bLoc || a->bAside || a->bSaid || a->bPronoun || !plural_group(c, a->iGroup)) continue;
      g = a->iGroup;
    }
    const char **azC = malloc((k + c->nPl + 1) * sizeof(char *));
    if (!azC) return 0;
    size_t nC = 0;
    for (size_t x = 0; g >= 0 && x < k; x++) {
      const char *zC = NULL;
      if (c->aM[x].iGroup != g || c->aM[x].bPronoun) continue;
      mention_country(c, (int)x, &zC);
      if (zC && is_state_code(zC)) azC[nC++] = zC;
    }
    for (size_t x = 0; g < 0 && x < c->nPl; x++) {
      const char *zC = NULL;
      const Mention *a = &c->aPl[x];
      if (a->pCountry) zC = a->pCountry->zCountry;
      else if (a->pMain) zC = a->pMain->zCountry;
      if (zC && is_state_code(zC)) azC[nC++] = zC;
    }
    if (nC < 2) {
      free(azC);
      continue;
    }
    Mention tmpl = *m;
    gNext++;
    memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
    c->nM--;
    size_t nIn = 0;
    for (size_t x = 0; x < nC; x++) {
      Mention n = tmpl;
      n.pCountry = country_entry(c, azC[x]);
      if (!n.pCountry) continue;
      n.iGroup = gNext;
      n.bAside = n.bMod = n.bPrep = 0;
      if (!insert_mention(c, &n)) {
        free(azC);
        return 0;
      }
      nIn++;
    }
    free(azC);
    if (nIn) k += nIn - 1;
    else k--;
  }
  return 1;
}

/* Contract: 1 when role mention p (or a state named by itself) is followed by "and", one or two words
** that describe an armed force ("local", "allied", "clan", ...), and the
** armed role mention m (militia, troops, police, rebels) with no state or
** name of its own: "soldiers and local
** vigilantes", "government troops and allied clan militias". Why: the
** describing words kept the two roles from one list, so only the second
** acted (issue 4 force25). */
static int described_role_join(const Coder *c, const Mention *p, const Mention *m) {
  static const char *const azDescr[] = {"local", "allied", "armed", "clan", "tribal", "loyalist", "regular",
                                        "paramilitary", "irregular", "ethnic", "village", "civilian",
                                        "leftist", "rightist", "marxist", "maoist", "islamist", "communist",
                                        NULL};
  static const char *const azArmed[] = {"UAF", "MIL", "COP", "REB", "INS", NULL};
  /* ... also after a state named by itself: "Colombia and leftist rebels
  ** signed a ceasefire" (issue 4 actors) */
  int bState = !p->pAgent && !p->pCountry && p->pMain && !p->bPronoun &&
               (p->pMain->kind == AK_COUNTRY || p->pMain->kind == AK_CAPITAL);
  if ((!p->pAgent && !bState) || !m->pAgent || m->pMain || m->pCountry || p->bLoc || m->bLoc || m->i < p->e + 2 ||
      m->i > p->e + 3 || !tok_is(c, p->e, "and") || !str_listed(m->pAgent->zCode, azArmed))
    return 0;
  for (size_t t = p->e + 1; t < m->i; t++)
    if (!tok_in(c, t, azDescr) || in_mention(c, t)) return 0;
  return 1;
}

/* Contract: the token after the name the dictionary lacks that follows role
** mention p ("US envoy Zalmay Khalilzad", "Taliban negotiator Abdul Ghani
** Baradar"): up to six capitalised name words or hyphens no mention holds,
** followed by "and" or ","; p->e when there is none or p is no bare role. Why: the
** unlisted name stood between the role and "and", so "US envoy Zalmay
** Khalilzad and Baradar signed" was no list and coded nothing. */
static size_t unlisted_name_after_role(const Coder *c, const Mention *p) {
  if (!p->pAgent || p->bLoc || p->bPronoun || (p->pMain && p->pMain->kind == AK_PERSON)) return p->e;
  size_t e = p->e;
  /* ... a hyphen joins the parts of one ("Mohammed Al-Khulaifi") */
  while (e < p->e + 6 && e < c->nTok && !in_mention(c, e) &&
         ((c->aTok[e].bWord && c->aTok[e].bCap && !tok_acronym(c, e) && !name_boundary_word(c, e)) ||
          (e > p->e && tok_is(c, e, "-") && e + 1 < c->nTok && c->aTok[e + 1].bCap)))
    e++;
  if (e == p->e || e >= c->nTok || !(tok_is(c, e, "and") || tok_is(c, e, ","))) return p->e;
  return e;
}

/* Contract: for a gathering of protest at token t -- "rally", "demonstration",
** "march", "sit-in", or "protest" then "camp", "march", "rally" or
** "movement" -- the token after it; else 0. */
static size_t crowd_noun_at(const Coder *c, size_t t) {
  static const char *const azCrowd[] = {"rally", "rallies", "demonstration", "demonstrations", "march", "sit-in", NULL};
  static const char *const azProtestKind[] = {"camp", "camps", "march", "rally", "movement", NULL};
  if (t >= c->nTok) return 0;
  if (tok_in(c, t, azCrowd)) return t + 1;
  if (tok_is(c, t, "protest") && t + 1 < c->nTok && tok_in(c, t + 1, azProtestKind)) return t + 2;
  return 0;
}

/* Contract: 1 when role mention m is the object of a preposition ("at",
** "on", "against", ...) and "around", "beside", "behind", "aboard" or
** "opposite" follows it. Why: "fired tear gas at the demonstrators around the
** embassy" read "around" as a noun the demonstrators modify, and the embassy
** became the target (issue 4, session 47). An ungoverned role keeps the old
** reading: "militants around Lake Chad" in a description of a force, "leaders
** around the world". */
static int placed_prep_object(const Coder *c, const Mention *m) {
  static const char *const azPlace[] = {"around", "beside", "behind", "aboard", "opposite", NULL};
  if (m->e >= c->nTok || !tok_in(c, m->e, azPlace) || m->i == 0) return 0;
  size_t b = m->i - 1;   /* the word before the phrase, past an article the mention does not hold */
  if (!tok_in(c, m->i, azDet) && tok_in(c, b, azDet) && b > 0) b--;
  return tok_in(c, b, azPrep) || tok_in(c, b, azLocPrep);
}

/* Contract: 1 when a lower-case finite verb form stands before token a.
** Why: ", and X, <apposition>, <verb>" opens a second clause only after a
** first one; "Qatar's emir, Sheikh Hamad, and Amr Moussa, the Arab League's
** secretary-general, brokered the deal" is one compound subject. */
static int finite_verb_before(const Coder *c, size_t a) {
  for (size_t t = 0; t < a; t++)
    if (!c->aTok[t].bCap && tok_finite_form(c, t)) return 1;
  return 0;
}

/* Contract: 1 when token u is a comma that opens an appositive noun phrase
** -- an article or possessive, then up to ten words with no verb form and no
** "and" -- closed by a comma and followed by a finite verb: "..., and
** Portugal, the islands' former colonial ruler, urged the soldiers". Why:
** the actor before u then opens a clause of its own, and joined to the list
** before ", and" it became a target of the first clause's act and lent that
** clause's subject to its own verb (issue 4, session 47). */
static int apposition_then_verb(const Coder *c, size_t u) {
  static const char *const azOpen[] = {"the", "a", "an", "its", "his", "her", "their", NULL};
  if (!tok_is(c, u, ",") || u + 2 >= c->nTok || !tok_in(c, u + 1, azOpen)) return 0;
  for (size_t t = u + 2; t < c->nTok && t <= u + 12; t++) {
    if (tok_is(c, t, ","))
      return t > u + 2 && t + 1 < c->nTok && !c->aTok[t + 1].bCap && tok_finite_form(c, t + 1);
    if (!c->aTok[t].bWord && !tok_is(c, t, "'") && !tok_is(c, t, "'s") && !tok_is(c, t, "-")) return 0;
    if (tok_is(c, t, "and") || tok_is(c, t, "who") || tok_is(c, t, "which")) return 0;
    if (!c->aTok[t].bCap && (tok_finite_form(c, t) || tok_ing(c, t))) return 0;
  }
  return 0;
}

/* Contract: 1 when token u is a comma followed by a mention of a person
** and a comma with "who" after it: "..., and the U.N. chief, Boutros
** Boutros-Ghali, who had spent weeks seeking troops, welcomed the offer".
** Why: the actor before u then opens a clause of its own and is the subject
** of the verb after the relative clause, no member of a list before ", and"
** (issue 4 dev52: Senegal welcomed the offer). */
static int named_apposition_relative(const Coder *c, size_t u) {
  if (!tok_is(c, u, ",")) return 0;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *p = &c->aM[k];
    if (p->i != u + 1) continue;
    return p->pMain && p->pMain->kind == AK_PERSON && !p->bPronoun && p->e + 1 < c->nTok && tok_is(c, p->e, ",") &&
           tok_is(c, p->e + 1, "who");
  }
  return 0;
}

/* Contract: 1 when tokens [a, b) are "and", a name of capitalised words no
** mention holds and a comma, and mention pK at b is a bare role set off by
** a comma after it: "Tajikistan's president and Said Abdullo Nuri, the
** opposition leader, signed": the name the dictionary lacks is the next
** member of the list, and the role it is described by stands for it. Why:
** the unknown name broke the list, and the accord was coded from one side. */
static int unlisted_name_role_join(const Coder *c, size_t a, size_t b, const Mention *pK) {
  if (b < a + 3 || b > a + 6 || !tok_is(c, a, "and") || !tok_is(c, b - 1, ",")) return 0;
  for (size_t t = a + 1; t + 1 < b; t++)
    if (!c->aTok[t].bWord || !c->aTok[t].bCap || in_mention(c, t)) return 0;
  return pK->pAgent && !pK->pMain && !pK->pCountry && !pK->bLoc && !pK->bPrep && pK->e < c->nTok &&
         tok_is(c, pK->e, ",");
}

/* Contract: 1 when tokens [a, b) are a glued "-", a leading participle
** ("led", "backed"), one lower-case collective noun no mention holds
** ("coalition", "alliance") and then "and" or ",", so the state before the
** hyphen and the mention at b are members of one list. Why: "The French-led
** alliance and the rebels clashed near the river" -- the noun the state leads
** stood between the state and "and", so the two sides were no list and the
** clash was coded one way from the wrong side, or not at all. */
static int led_collective_join(const Coder *c, size_t a, size_t b) {
  static const char *const azLedBy[] = {"led", "backed", NULL};
  static const char *const azBody[] = {"coalition", "alliance", "bloc", "mission", "force", "operation",
                                       "campaign", NULL};
  if (a == 0 || b < a + 4 || b > a + 5 || !tok_is(c, a, "-") || c->aTok[a - 1].end != c->aTok[a].start) return 0;
  if (!tok_in(c, a + 1, azLedBy) || !tok_in(c, a + 2, azBody) || in_mention(c, a + 2)) return 0;
  if (!(tok_is(c, a + 3, "and") || tok_is(c, a + 3, ","))) return 0;
  return b == a + 4 || tok_is(c, a + 4, "the");
}

/* Contract: 1 when mention k-1 is a place "in" locates role k-2 by and
** mention k, after "and", is a role or an organisation: "The American embassy
** in Baku and the Council of Europe". Why: the place stood between the two
** members, so the list was cut and the first member lost its verb. */
static int located_role_list(const Coder *c, size_t k) {
  const Mention *pR = &c->aM[k - 2], *pL = &c->aM[k - 1], *pK = &c->aM[k];
  if (!pL->bLoc || pR->bLoc || pK->bLoc || pR->iGroup == pL->iGroup || !pR->pAgent || pR->pMain || pR->bPronoun) return 0;
  if (pL->i != pR->e + 1 || !tok_is(c, pR->e, "in") || pK->i != pL->e + 1 || !tok_is(c, pL->e, "and")) return 0;
  /* ... a state or place after "and" may extend the places: "troops in Iraq and Syria" */
  return pK->pAgent || (pK->pMain && pK->pMain->kind == AK_ORG);
}

/* Contract: 1 when mention k-1 is a state or place named by itself that
** owns or backs mention k right after it -- "'s", or a glued "-" and "backed"
** or "led", between them -- and mention k is an organisation or a role. Why:
** "Israel and Lebanon's Hezbollah", "Egypt and Iran-backed Hamas", "a truce
** between Israel and Gaza's Hamas": the
** owner had joined the list before it, and the member it owns stood outside
** that list, so the two sides were not found (issue 4 force). */
static int owner_of_next_member(const Coder *c, size_t k) {
  const Mention *p = &c->aM[k - 1], *m = &c->aM[k];
  if (p->pAgent || !p->pMain || p->bLoc ||
      (p->pMain->kind != AK_COUNTRY && p->pMain->kind != AK_DEMONYM && p->pMain->kind != AK_PLACE &&
       p->pMain->kind != AK_CAPITAL) ||
      m->bPronoun || m->bLoc || (!m->pAgent && !(m->pMain && m->pMain->kind == AK_ORG)))
    return 0;
  size_t a = p->e, b = m->i;
  if (b == a + 1) return tok_is(c, a, "'s");
  return b == a + 2 && tok_is(c, a, "-") && c->aTok[a - 1].end == c->aTok[a].start &&
         (tok_is(c, a + 1, "backed") || tok_is(c, a + 1, "led"));
}

/* Why: "would not approve Sweden's and Finland's bids", "criticised Iran's
** and Russia's support": two possessive states before one noun are a list,
** though "'s" stands between the first and "and", so the compound loop saw
** no list and coded the first state only (issue 4 friction). So are
** "Congo's and Rwanda's foreign ministers", where the second state and its
** role are one mention (issue 4 targets). Contract: 1 when tokens [a, b) are
** "'s" then "and" or "," (one each) and the mention over [b, e) is followed
** by "'s" too or holds one after its first word; else 0. */
static int possessive_list_join(const Coder *c, size_t a, size_t b, size_t e) {
  if (b != a + 2 || !tok_is(c, a, "'s") || !(tok_is(c, a + 1, "and") || tok_is(c, a + 1, ","))) return 0;
  if (e < c->nTok && tok_is(c, e, "'s")) return 1;
  for (size_t t = b + 1; t < e; t++)
    if (tok_is(c, t, "'s")) return 1;
  return 0;
}

/* Contract: "Polish and allied jets", "U.S. and coalition warplanes": a
** named state joined by "and" to an unnamed partner word before a force noun
** takes that noun and the whole phrase, so the state is the actor; why: the
** bare role after "allied" would otherwise be left without a state and take
** the place named later ("... targets in Yemen") or fail the subject. */
static void named_with_unnamed_allies(Coder *c) {
  static const char *const azAlly[] = {"allied", "coalition", "partner", "friendly", NULL};
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *a = &c->aM[k], *b = &c->aM[k + 1];
    if (a->pAgent || a->bPronoun || a->bLoc || a->bPrep || b->bPronoun || !b->pAgent || b->pMain || b->pCountry)
      continue;
    const ActorEntry *pState = a->pCountry ? a->pCountry : a->pMain;
    if (!pState || (pState->kind != AK_COUNTRY && pState->kind != AK_DEMONYM) || (a->pCountry && a->pMain))
      continue;
    /* "and allied" between the two, or "and" before a role phrase that
    ** itself begins with the partner word ("coalition forces") */
    if (!(tok_is(c, a->e, "and") &&
          ((b->i == a->e + 2 && tok_in(c, a->e + 1, azAlly)) || (b->i == a->e + 1 && tok_in(c, b->i, azAlly)))))
      continue;
    a->pCountry = pState;
    a->pMain = NULL;
    a->pAgent = b->pAgent;
    a->e = b->e;
    memmove(b, b + 1, (c->nM - k - 2) * sizeof(Mention));
    c->nM--;
  }
}

/* Contract: joins a state's metonym and the bare role right after it into
** one mention of that state's role ("Pentagon officials", "IDF soldiers",
** "FBI agents"): the phrase is the metonym's, with its own role
** ("Pentagon officials" is USAMIL, "Basij militiamen" IRNMIL); a metonym
** without a role lends the role its state. Why: a metonym line in dict/actors ends
** in its capitalised name, so the dictionary cannot spell the role after
** it, and the bare role would otherwise take the state the story was last
** about ("Canada expelled a diplomat. Pentagon officials criticised Iran"
** gave Canada's officials). */
static void metonym_with_role(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *a = &c->aM[k], *b = &c->aM[k + 1];
    if (!a->pMain || a->pMain->kind != AK_METONYM || !a->pMain->zCountry || a->pAgent || a->pCountry ||
        a->bPronoun || b->bPronoun || !b->pAgent || b->pMain || b->pCountry || b->pGroup ||
        b->pPersonCountry || b->i != a->e)
      continue;
    const ActorEntry *pState = country_entry(c, a->pMain->zCountry);
    if (!pState) continue;
    /* ... but "pro-Kremlin television hosts", "anti-Kremlin protesters": a
    ** seat of power after "pro-" or "anti-" names a camp at home, so the role
    ** keeps its own code in the seat's state (issue 4 lead38) */
    int bCamp = a->i >= 2 && tok_is(c, a->i - 1, "-") && (tok_is(c, a->i - 2, "pro") || tok_is(c, a->i - 2, "anti"));
    if (bCamp) a->i -= 2;
    if (a->pMain->zRole && !bCamp) {
      a->e = b->e;   /* "Pentagon officials", "Basij militiamen": the body's own role */
    } else {
      a->pMain = NULL;
      a->pCountry = pState;
      a->pAgent = b->pAgent;
      a->e = b->e;
    }
    a->bMod = b->bMod;   /* the metonym modified the role; the phrase is the role */
    memmove(b, b + 1, (c->nM - k - 2) * sizeof(Mention));
    c->nM--;
  }
}

/* Contract: removes a one-word place mention that is the first name of a
** person the dictionaries do not hold: followed by a capitalised word in no
** mention, then a comma and "a", "an" or "the" opening an apposition that
** names a state ("Florence Cassez, a Frenchwoman who ..."). Why: the city
** Florence (ITA) was taken for the subject, and the person's "her" went
** with it (issue 4, session 43). */
static void place_first_name(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (!m->pMain || m->pAgent || m->pCountry || m->e != m->i + 1 || m->e >= c->nTok) continue;
    if (m->pMain->kind != AK_PLACE && m->pMain->kind != AK_CAPITAL && m->pMain->kind != AK_COUNTRY) continue;
    size_t t = m->e;
    /* ... or the first half of a hyphened surname after a first name or a
    ** title: "Carolyn Rodrigues-Birkett" (Rodrigues, an island of Mauritius,
    ** had made Guyana's minister a place; issue 4 lead52) */
    if (tok_is(c, t, "-") && t + 1 < c->nTok && m->i > 0 && c->aTok[t].start == c->aTok[t - 1].end &&
        c->aTok[t + 1].start == c->aTok[t].end && c->aTok[t + 1].bCap && c->aTok[t + 1].bWord &&
        !in_mention(c, t + 1) && c->aTok[m->i - 1].bCap && c->aTok[m->i - 1].bWord &&
        (!in_mention(c, m->i - 1) || (k > 0 && c->aM[k - 1].e == m->i && c->aM[k - 1].pAgent && !c->aM[k - 1].pMain))) {
      memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
      c->nM--;
      k--;
      continue;
    }
    if (!c->aTok[t].bCap || !c->aTok[t].bWord || in_mention(c, t)) continue;
    /* ... or a person's first name in a list of names after a title:
    ** "Generals Abass Dembele and Nema Sagara" (Nema, a town of Mauritania;
    ** issue 4, session 44) */
    if (m->i >= 3 && tok_is(c, m->i - 1, "and") && c->aTok[m->i - 2].bCap && c->aTok[m->i - 3].bCap &&
        !in_mention(c, m->i - 2) && (t + 1 >= c->nTok || !c->aTok[t + 1].bCap)) {
      memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
      c->nM--;
      k--;
      continue;
    }
    /* ... or the first name after a capitalised title the role phrase ends
    ** on: "Interior Minister Santiago Creel" (Santiago, Chile's capital, made
    ** Mexico's minister Chilean; issue 4 dev35) */
    if (k > 0 && c->aM[k - 1].e == m->i && c->aM[k - 1].pAgent && !c->aM[k - 1].pMain && !c->aM[k - 1].bPronoun &&
        c->aTok[m->i - 1].bCap && c->aTok[t].end - c->aTok[t].start >= 3 && !tok_acronym(c, t) &&
        (t + 1 >= c->nTok || !c->aTok[t + 1].bCap)) {
      memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
      c->nM--;
      k--;
      continue;
    }
    if (t + 3 >= c->nTok || !tok_is(c, t + 1, ",") || !(tok_is(c, t + 2, "a") || tok_is(c, t + 2, "an"))) continue;
    int bState = 0;   /* the apposition names a state: "a Frenchwoman", "a French national" */
    for (size_t x = k + 1; x < c->nM && !bState; x++) {
      const Mention *n = &c->aM[x];
      if (n->i > t + 6) break;
      bState = n->i > t + 2 && n->pCountry && !n->pMain;
    }
    if (!bState) continue;
    memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
    c->nM--;
    k--;
  }
}

/* Contract: 1 when the word at token t, case aside, is a whole word of
** display name zName. */
static int word_of_name(const Coder *c, size_t t, const char *zName) {
  size_t n = c->aTok[t].end - c->aTok[t].start;
  for (const char *z = zName; z && *z;) {
    size_t w = 0;
    while (z[w] && z[w] != ' ') w++;
    if (w == n) {
      size_t j = 0;
      while (j < n && tolower((unsigned char)c->z[c->aTok[t].start + j]) == tolower((unsigned char)z[j])) j++;
      if (j == n) return 1;
    }
    z += w;
    while (*z == ' ') z++;
  }
  return 0;
}

/* Contract: removes a person mention matched by a one-word alias (a
** surname) when a single capitalised word in no mention stands right before
** it, after a lower-case word or at the sentence's start, and that word is
** no title, no weekday or month, and no word of the person's display name.
** Why: "NATO spokesman Piet Verhagen" is not Maxime Verhagen, the Dutch
** minister the surname alone names; his state made a NATO spokesman's act
** the Netherlands' (issue 4, session 47). "Recep Erdogan" and "Tayyip
** Erdogan" keep theirs (words of "Recep Tayyip Erdogan"). */
static void other_given_name(Coder *c) {
  static const char *const azTitle[] = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "president", "premier",
                                        "minister", "general", "gen", "chancellor", "king", "queen", "prince",
                                        "princess", "sheikh", "emir", "colonel", "col", "ambassador", "senator",
                                        "sen", "rep", "judge", "justice", "commissioner", "secretary", "pope",
                                        "cardinal", "archbishop", "bishop", "ayatollah", "imam", "lt", "maj",
                                        "capt", "adm", "admiral", "marshal", "governor", "mayor", "speaker",
                                        "chairman", "chief", "leader", "spokesman", "spokeswoman", "envoy",
                                        "director", "commander", "foreign", "defence", "defense", "interior",
                                        "finance", "vice", "deputy", "former", "acting", "interim", "crown",
                                        "mullah", "rabbi", "father", "brother", "sister", "comrade", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (!m->pMain || m->pMain->kind != AK_PERSON || m->pAgent || m->pCountry || m->bPronoun || m->e != m->i + 1 ||
        m->i == 0)
      continue;
    size_t t = m->i - 1;
    const Token *pT = &c->aTok[t];
    if (!pT->bWord || !pT->bCap || in_mention(c, t) || tok_acronym(c, t) || tok_in(c, t, azTitle) ||
        name_boundary_word(c, t) || word_of_name(c, t, m->pMain->zName))
      continue;
    if (t > 0 && (c->aTok[t - 1].bCap || !c->aTok[t - 1].bWord)) continue;   /* one given name only */
    memmove(&c->aM[k], &c->aM[k + 1], (c->nM - k - 1) * sizeof(Mention));
    c->nM--;
    k--;
  }
}

/* Contract: the state that describes a person the dictionaries do not hold,
** named by two or more capitalised words in no mention: an apposition after
** the name, up to the next comma ("Cesare Battisti, a former Italian
** far-left militant, ..."), or a role with a state right before it ("Italian
** militant Cesare Battisti"), names the state; *piName is set to the name's
** first token. NULL when the sentence has no such person. Why: "Bolivia
** expelled him" had no actor for "him", as pronouns stood only for people
** of the dictionaries (issue 4, session 43). */
static const ActorEntry *unknown_person_state(const Coder *c, size_t *piName) {
  for (size_t a = 0; a + 1 < c->nTok; a++) {
    if (!c->aTok[a].bCap || !c->aTok[a].bWord || in_mention(c, a)) continue;
    size_t b = a;
    while (b < c->nTok && c->aTok[b].bCap && c->aTok[b].bWord && !in_mention(c, b)) b++;
    if (b - a < 2) {
      a = b;
      continue;
    }
    const char *zC = NULL;
    /* "Italian militant Cesare Battisti": a role of a state right before */
    for (size_t m = 0; m < c->nM && !zC; m++)
      if (c->aM[m].e == a && !c->aM[m].bPronoun && c->aM[m].pAgent && !c->aM[m].pMain) mention_country(c, (int)m, &zC);
    /* "Cesare Battisti, a former Italian far-left militant," */
    if (!zC && b + 2 < c->nTok && tok_is(c, b, ",") &&
        (tok_is(c, b + 1, "a") || tok_is(c, b + 1, "an") || tok_is(c, b + 1, "the"))) {
      size_t e = b + 2;
      while (e < c->nTok && e < b + 10 && !tok_is(c, e, ",") && !clause_break(c, e)) e++;
      for (size_t m = 0; m < c->nM && !zC; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->i > b && pm->e <= e && !pm->bPronoun && (pm->pCountry || (pm->pAgent && !pm->pMain)))
          mention_country(c, (int)m, &zC);
      }
    }
    const ActorEntry *pC = zC && is_state_code(zC) ? country_entry(c, zC) : NULL;
    if (pC) {
      *piName = a;
      return pC;
    }
    a = b;
  }
  return NULL;
}

/* Contract: inserts at token i a pronoun mention that stands for mention
** iFrom (its actor, role and state; none of its place, aside, modifier,
** preposition or "by" marks). 0 on OOM. Why: "him", "he" bound to an actor
** the sentence named acts and is acted on as that actor. */
static int insert_pronoun_copy(Coder *c, int iFrom, size_t i) {
  Mention m = c->aM[iFrom];   /* a copy: insert_mention may move the array */
  m.i = i;
  m.e = i + 1;
  m.bPronoun = 1;
  m.bAside = m.bMod = m.bPrep = m.bLoc = m.bBy = m.bSaid = 0;
  return insert_mention(c, &m);
}

/* Why: "Serb protesters blocked the roads to both crossings", "Rebel Serbs
** fired rockets into Zagreb": a people's ethnic word (dict/kin.txt) names
** the community in the host state the story is about, as the gold sets code
** it, not the kin state (it was SRBOPP, SRB). Contract: a mention built on
** such a word, holding no state office (GOV, MIL, COP, JUD, LEG, SPY), takes
** the host the document names most, when it names any and the sentence
** places nothing (a "bLoc" mention) in the kin state. */
static void kin_minority(Coder *c) {
  static const char *const azStateRole[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
  if (!c->p->nKin) return;
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    const ActorEntry *pK = m->pCountry ? m->pCountry : (m->pMain && m->pMain->kind != AK_PERSON ? m->pMain : NULL);
    if (!pK || !pK->zCountry || m->bPronoun) continue;
    const char *zKin = NULL, *zHosts = NULL;
    for (size_t t = m->i; t < m->e && !zHosts; t++) zHosts = dict_kin_hosts(c->p, c->aTok[t].id, &zKin);
    if (!zHosts || strncmp(zKin, pK->zCountry, 3)) continue;
    if (m->pAgent && role_listed(m->pAgent->zCode, azStateRole)) continue;
    int bHome = 0;
    for (size_t x = 0; x < c->nM && !bHome; x++) {
      const char *zX = NULL;
      if (c->aM[x].bLoc) mention_country(c, (int)x, &zX);
      bHome = zX && !strncmp(zX, zKin, 3);
    }
    if (bHome) continue;
    const char *zBest = NULL;
    int nBest = 0;
    for (const char *zH = zHosts; *zH; zH += 3) {
      char zCode[4] = {zH[0], zH[1], zH[2], 0};
      int n = doc_state_count(c, zCode);
      if (n > nBest) {
        nBest = n;
        zBest = zH;
      }
    }
    if (!zBest) continue;
    char zCode[4] = {zBest[0], zBest[1], zBest[2], 0};
    const ActorEntry *pH = country_entry(c, zCode);
    if (!pH) continue;
    if (m->pCountry) m->pCountry = pH;
    else m->pMain = pH;
  }
}

/* Contract: 1 when token i stands in the list right after "according to"
** ("according to witnesses and Western diplomats"): words only between, no
** comma (which closes the attribution) nor clause break, at most eight
** tokens. Shared by find_actors, which makes the list's later members
** reporters, and the role-owner rules, which pass them over. */
int in_according_list(const Coder *c, size_t i) {
  for (size_t t = i; t >= 3 && t + 9 > i; t--) {
    if (tok_is(c, t - 1, "to") && tok_is(c, t - 2, "according")) return 1;
    if (!c->aTok[t - 1].bWord || clause_break(c, t - 1)) return 0;
  }
  return 0;
}

/* Contract: the token of the report verb right before pronoun token i
** ("said he", "said that he"), else SIZE_MAX. Shared by the two rules that
** give such a "he" its speaker. */
static size_t report_verb_before(const Coder *c, size_t i) {
  static const char *const azSaidVerb[] = {"said", "says", "added", "insisted", "declared", "announced", "stressed",
                                           "warned", NULL};
  size_t v = i > 0 && tok_is(c, i - 1, "that") ? i - 1 : i;
  return v > 0 && tok_in(c, v - 1, azSaidVerb) ? v - 1 : SIZE_MAX;
}

/* Contract: 1 when token t marks a possessive: "'s", or a lone "'" glued to
** a word ending in s ("the Revolutionary Guards' navy", "the Houthis'
** leaders"; issue 4, session 64). */
static int poss_mark(const Coder *c, size_t t) {
  if (t >= c->nTok) return 0;
  if (tok_is(c, t, "'s")) return 1;
  if (!tok_is(c, t, "'") || t == 0 || c->aTok[t].start != c->aTok[t - 1].end || !c->aTok[t - 1].bWord) return 0;
  return c->z[c->aTok[t - 1].end - 1] == 's';
}

/* Contract: the mention of the person who is the subject of the report verb
** right before token i ("Annan said he", "Annan said that he"), over an
** apposition between commas ("Kofi Annan, the United Nations
** secretary-general, said he"); -1 when no named person is. */
static int speaker_before(const Coder *c, size_t i) {
  size_t e = report_verb_before(c, i);   /* the subject ends here */
  if (e == SIZE_MAX || e < 1) return -1;
  if (tok_is(c, e - 1, ",")) {
    size_t t = e - 1;
    while (t > 0 && e - t < 16 && !tok_is(c, t - 1, ",")) t--;
    if (t == 0 || e - t >= 16) return -1;
    e = t - 1;
  }
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *pm = &c->aM[k];
    if (pm->e == e && !pm->bPronoun && pm->pMain && pm->pMain->kind == AK_PERSON) return (int)k;
  }
  return -1;
}

int find_actors(Coder *c) {
  c->nM = 0;
  RawMatch *aR = NULL;
  size_t nR = 0, nRAlloc = 0;
  for (size_t i = 0; i < c->nTok;) {
    RawMatch r;
    size_t iA = tok_is(c, i, "the") ? i + 1 : i;   /* "the RSF" */
    const ActorEntry *pAcro = acronym_of(c, iA);
    int bMatch = 0;
    if (pAcro) {   /* an acronym the document defined */
      memset(&r, 0, sizeof r);
      r.i = i;
      r.e = iA + 1;
      r.a[0] = pAcro;
      r.n = 1;
      bMatch = 1;
    } else {
      bMatch = match_at(c, i, &r);
      if (bMatch) resolve_homonym(c, &r);
      if (bMatch) resolve_person_homonym(c, &r);
    }
    /* "Sheikh Sabah al-Ahmad al-Sabah", "Tamim bin Hamad al-Thani": the
    ** Arabic family, tribal and father's names after a person's matched
    ** name belong to it, not to a place they spell ("Sabah", a state of
    ** Malaysia) */
    if (bMatch && raw_best(&r)->kind == AK_PERSON) {
      for (;;) {
        if (r.e + 2 < c->nTok && (tok_is(c, r.e, "al") || tok_is(c, r.e, "el")) && tok_is(c, r.e + 1, "-") &&
            c->aTok[r.e + 2].bCap)
          r.e += 3;
        else if (r.e + 1 < c->nTok && (tok_is(c, r.e, "bin") || tok_is(c, r.e, "ibn")) && c->aTok[r.e + 1].bCap)
          r.e += 2;
        else
          break;
      }
    }
    /* "the Moscow Mechanism", "the Minsk Group", "the Minsk agreements",
    ** "the Astana process", "Kyiv Post": a city that names a procedure, a
    ** body, an accord or a newspaper is neither the state's government nor
    ** a place, so it is no actor (the OSCE's rapporteur is not Russia's) */
    if (bMatch && (raw_best(&r)->kind == AK_CAPITAL || raw_best(&r)->kind == AK_PLACE) && tok_in(c, r.e, azNameHead)) {
      i = r.e + 1;
      continue;
    }
    if (bMatch && verb_opens_phrase(c, &r, aR, nR)) {
      i++;
      continue;
    }
    if (bMatch) {
      if (!vec_grow((void **)&aR, &nRAlloc, nR, sizeof(RawMatch))) {
        free(aR);
        return 0;
      }
      aR[nR++] = r;
      i = r.e;
      /* "the Rapid Support Forces (RSF)": the letters name this actor from
      ** now on, and the parenthesis is not an actor of its own */
      const ActorEntry *pBest = raw_best(&r);
      /* ... unless the words are a bare role ("Ukraine's Security Service
      ** (SBU)"): the role holds no state of its own, so "the SBU" later would
      ** lose Ukraine; the letters keep their own entry (issue 4, session 39) */
      if (!pAcro && pBest->kind != AK_IGNORE && pBest->kind != AK_AGENT && tok_is(c, i, "(") &&
          tok_acronym(c, i + 1) && tok_is(c, i + 2, ")")) {
        const Token *t = &c->aTok[i + 1];
        size_t n = t->end - t->start, k = 0;
        while (k < c->nAcro && !(strlen(c->aAcro[k].z) == n && !memcmp(c->aAcro[k].z, c->z + t->start, n))) k++;
        if (k == c->nAcro) {
          if (!vec_grow((void **)&c->aAcro, &c->nAcroAlloc, c->nAcro, sizeof(*c->aAcro))) {
            free(aR);
            return 0;
          }
          c->nAcro++;
        }
        memcpy(c->aAcro[k].z, c->z + t->start, n);
        c->aAcro[k].z[n] = 0;
        c->aAcro[k].p = pBest;
        i += 3;
      }
    } else {
      i++;
    }
  }
  /* compose adjacent matches into mentions */
  for (size_t k = 0; k < nR;) {
    Mention m;
    memset(&m, 0, sizeof m);
    m.i = aR[k].i;
    m.e = aR[k].e;
    m.bHomonym = aR[k].bHomonym;
    const ActorEntry *pBest = raw_best(&aR[k]);
    if (pBest->kind == AK_IGNORE) {
      k++;
      continue;
    }
    /* "the Caribbean nation", "the West African country": one state of the
    ** region, named by it, not the region (nor an actor of its own) */
    static const char *const azOneState[] = {"nation", "country", "state", "island", "republic", "kingdom",
                                             "emirate", "monarchy", "archipelago", "island-nation", "neighbour",
                                             "neighbor", "city", "port", "town", "capital", "village", NULL};
    if (pBest->kind == AK_DEMONYM && pBest->bRegion && tok_in(c, aR[k].e, azOneState)) {
      k++;
      continue;
    }
    size_t kNext = k + 1;
    static const char *const azBodyForceWord[] = {"peacekeeping", "naval", "monitoring", "observer", "stabilisation",
                                                  "stabilization", "protection", "training", NULL};
    const ActorEntry *pMod = raw_pick(&aR[k], AK_DEMONYM);
    if (!pMod && pBest->kind == AK_COUNTRY) pMod = pBest;
    if (!pMod) pMod = place_of_office(c, aR, nR, k);
    const ActorEntry *pAg = raw_pick(&aR[k], AK_AGENT);
    /* "Russia 's" / "Belarusian" followed by an agent, then maybe a person */
    size_t j = kNext;
    int bComposed = 0;
    /* "Russian peacekeepers", "Russia's peacekeepers": a state's peacekeepers
    ** are its military. The word is no agent of the dictionary, since bare
    ** "the peacekeepers" and "NATO-led peacekeepers" are a body's. */
    static const char *const azPeacekeeper[] = {"peacekeepers", "peacekeeper", NULL};
    size_t iKeeper = m.e + (poss_mark(c, m.e) ? 1 : 0);
    const ActorEntry *pMil = NULL;
    /* ... and "West African peacekeepers" are ECOWAS's force (ECOMOG and
    ** its successors), not a region */
    const ActorEntry *pEcowasForce = NULL;
    if (pMod && pMod->bRegion && pMod->kind == AK_DEMONYM && pMod->zCode && !strcmp(pMod->zCode, "WAF") &&
        iKeeper == m.e && tok_in(c, iKeeper, azPeacekeeper) && (j >= nR || aR[j].i > iKeeper))
      pEcowasForce = org_entry(c, "IGOWAFWASPKO");
    if (pEcowasForce) {
      m.pMain = pEcowasForce;
      m.e = iKeeper + 1;
      bComposed = 1;
    } else if (pMod && !pMod->bRegion && (pMod->kind == AK_DEMONYM || iKeeper > m.e) && tok_in(c, iKeeper, azPeacekeeper) &&
        (j >= nR || aR[j].i > iKeeper) && (pMil = agent_entry(c, "MIL"))) {
      m.pCountry = pMod;
      m.pAgent = pMil;
      m.e = iKeeper + 1;
      bComposed = 1;
    } else if (pBest->kind == AK_GROUP) {
      /* an identity group, composed like a state's demonym: "Kurdish fighters";
      ** with a role and no state it is read as the role alone would be */
      m.pGroup = pBest;
      bComposed = 3;
    } else if (pMod && j < nR && raw_best(&aR[j])->kind == AK_GROUP &&
               (aR[j].i == m.e || (aR[j].i == m.e + 1 && poss_mark(c, m.e)))) {
      /* a state's group: "Iraqi Sunnis", "Turkey's Kurds", "Syrian Kurdish forces" */
      m.pCountry = pMod;
      m.pGroup = raw_best(&aR[j]);
      m.e = aR[j].e;
      j++;
      bComposed = 3;
    } else if (pMod && j < nR) {
      size_t gap = aR[j].i - m.e;
      int bPoss = gap == 1 && poss_mark(c, m.e);
      bPoss |= gap > 1 && possessive_descriptor(c, m.e + 1, aR[j].i);
      /* "Bangladeshi peacekeeping troops", "Turkish border guards": one
      ** describing word may stand between a demonym and its role */
      int bDescr = 0;
      if (gap == 1 && raw_pick(&aR[k], AK_DEMONYM) && pMod->kind == AK_DEMONYM) {
        const Token *pG = &c->aTok[m.e];
        size_t nG = pG->end - pG->start;
        bDescr = pG->bWord && !pG->bCap && nG > 3 && !tok_in(c, m.e, azFollow) && !tok_in(c, m.e, azPrep) &&
                 !tok_in(c, m.e, azDet) && !tok_in(c, m.e, azLocPrep) && !tok_in(c, m.e, azNotNoun) &&
                 strncmp(c->z + pG->end - 2, "ed", 2) && c->z[pG->end - 1] != 's' && !past_only(c, m.e);
      }
      /* "Indian Mirage jets", "U.S. B-2 bombers": a model name stands between
      ** a demonym or a state's name used as one and its weapon */
      if (gap >= 1) bDescr |= weapon_model_len(c, m.e) == gap;
      if ((gap == 0 || bPoss || bDescr) && raw_pick(&aR[j], AK_AGENT) &&
          kind_rank(raw_best(&aR[j])->kind) <= kind_rank(AK_AGENT)) {
        m.pCountry = pMod;
        m.pAgent = raw_pick(&aR[j], AK_AGENT);
        m.e = aR[j].e;
        j++;
        bComposed = 1;
      } else if ((gap == 0 || bPoss) && raw_pick(&aR[j], AK_PERSON)) {
        m.pCountry = pMod;
        m.pMain = raw_pick(&aR[j], AK_PERSON);
        m.e = aR[j].e;
        j++;
        bComposed = 2;
      }
    } else if (!pMod && pBest->kind == AK_PERSON && j < nR &&
               (person_government(c, &aR[j], m.e) || person_poss_government(c, &aR[j], m.e))) {
      m.pMain = pBest;   /* "the Trump administration", "the Orban government": the leader's */
      m.e = aR[j].e;
      j++;
      bComposed = 2;
    } else if (!pMod && pBest->kind == AK_PERSON && j < nR && aR[j].i == m.e + 1 && poss_mark(c, m.e) &&
               raw_pick(&aR[j], AK_AGENT) && kind_rank(raw_best(&aR[j])->kind) <= kind_rank(AK_AGENT) &&
               person_state(c, pBest)) {
      /* "Erdogan's chief adviser", "Assad's forces", "Maduro's opponents":
      ** a named leader's officer, force or foe is of the leader's state (as
      ** "supporters of Jair Bolsonaro" are), not of the last state named */
      m.pPersonCountry = pBest;
      m.pAgent = raw_pick(&aR[j], AK_AGENT);
      m.e = aR[j].e;
      j++;
      bComposed = 1;
    } else if (!pMod && pBest->kind == AK_AGENT) {
      m.pAgent = pAg;
      bComposed = 1;
    } else if (pBest->kind == AK_ORG && j < nR && aR[j].i - m.e <= 1 &&
               (aR[j].i == m.e || poss_mark(c, m.e) || tok_in(c, m.e, azBodyForceWord)) &&
               raw_best(&aR[j])->kind == AK_AGENT) {
      /* "NATO's secretary general", "EU foreign ministers", and a body's
      ** force named by its task: "NATO peacekeeping troops", "EU naval forces" */
      m.pMain = pBest;
      m.e = aR[j].e;
      j++;
      bComposed = 2;
      /* ... the head noun the last of adjacent roles: "NATO's military committee" */
      while (j < nR && aR[j].i == m.e && raw_best(&aR[j])->kind == AK_AGENT) m.e = aR[j++].e;
    } else if (pBest->kind == AK_METONYM && j < nR && aR[j].i == m.e + 1 && poss_mark(c, m.e) &&
               raw_best(&aR[j])->kind == AK_AGENT) {
      /* "Gazprom's negotiators", "the Kremlin's envoys": the people a state's
      ** firm or seat sends are that firm or seat, one mention; the bare role
      ** had become the subject on its own (issue 4 dev50) */
      m.pMain = pBest;
      m.e = aR[j].e;
      j++;
      bComposed = 2;
    } else if (pBest->kind == AK_ORG && j < nR && poss_mark(c, m.e)) {
      /* ("most", "highest", "military": "NATO's two most senior generals",
      ** issue 4, session 47) */
      static const char *const azOfficerCount[] = {"two", "three", "four", "five", "six", "several", "top", "senior",
                                                   "chief", "special", "new", "acting", "most", "highest",
                                                   "military", "deputy", NULL};
      /* "the OSCE's Moscow Mechanism rapporteur", "the UN's Syria envoy": an
      ** officer the body names for a place or a procedure is still the
      ** body's (up to four such words, then the role) */
      size_t t = m.e + 1, jj = j;
      int nName = 0;
      while (t < c->nTok && nName < 4) {
        if (jj < nR && aR[jj].i == t) {
          int kind = raw_best(&aR[jj])->kind;
          if (kind != AK_COUNTRY && kind != AK_CAPITAL && kind != AK_PLACE && kind != AK_DEMONYM) break;
          t = aR[jj].e;
          jj++;
        } else if (c->aTok[t].bWord && (c->aTok[t].bCap || tok_in(c, t, azOfficerCount))) {
          t++;   /* ... or counts and ranks them: "the Minsk Group's three co-chairs" */
        } else {
          break;
        }
        nName++;
      }
      if (nName && jj < nR && aR[jj].i == t && raw_best(&aR[jj])->kind == AK_AGENT) {
        m.pMain = pBest;
        m.e = aR[jj].e;
        j = jj + 1;
        bComposed = 2;
      }
    }
    if (bComposed == 1) {
      /* the head noun is the last of adjacent roles: "French armed forces ministry" */
      while (j < nR && aR[j].i == m.e && raw_best(&aR[j])->kind == AK_AGENT) {
        m.pAgent = raw_pick(&aR[j], AK_AGENT);
        m.e = aR[j].e;
        j++;
      }
      /* agent then a person: "Foreign Minister Sergei Lavrov" */
      if (j < nR && (aR[j].i == m.e || given_names_before(c, m.e, &aR[j])) && raw_pick(&aR[j], AK_PERSON)) {
        m.pMain = raw_pick(&aR[j], AK_PERSON);
        m.e = aR[j].e;
        j++;
      } else if (!m.pCountry && j < nR && aR[j].i == m.e &&
                 (raw_best(&aR[j])->kind == AK_ORG ||
                  (raw_best(&aR[j])->kind == AK_METONYM && raw_best(&aR[j])->zCode && m.pAgent &&
                   m.pAgent->zCode && strlen(raw_best(&aR[j])->zCode) == 6 &&
                   !strcmp(raw_best(&aR[j])->zCode + 3, m.pAgent->zCode)))) {
        /* a bare role that names the kind of a body: "the militant group
        ** Hamas", "the paramilitary Rapid Support Forces" are the body, and
        ** so is a state's firm named by its trade: "the state airline
        ** Belavia" (issue 4 lead36) */
        m.pMain = raw_best(&aR[j]);
        m.pAgent = NULL;
        m.e = aR[j].e;
        j++;
      } else if (!m.pCountry && j < nR && aR[j].i == m.e + 1 && tok_is(c, m.e, "of")) {
        /* "the foreign minister of Russia"; "supporters of Jair Bolsonaro"
        ** belong to his country */
        const ActorEntry *pC = raw_pick(&aR[j], AK_COUNTRY);
        if (!pC) pC = raw_pick(&aR[j], AK_CAPITAL);
        const ActorEntry *pP = raw_pick(&aR[j], AK_PERSON);
        /* ... and so does "the government of President Javier Milei": a
        ** title before the name (the government had taken the story's
        ** other state) */
        static const char *const azRegime[] = {"government", "administration", "regime", "cabinet", "forces",
                                               "troops", "supporters", "opponents", NULL};
        size_t nTitle = 0;
        if (!pC && !pP && tok_in(c, m.e - 1, azRegime) && j + 1 < nR && aR[j + 1].i == aR[j].e &&
            raw_pick(&aR[j], AK_AGENT) && raw_best(&aR[j])->kind == AK_AGENT &&
            (pP = raw_pick(&aR[j + 1], AK_PERSON)) != NULL)
          nTitle = 1;
        if (pC) {
          m.pCountry = pC;
          m.e = aR[j].e;
          j++;
        } else if (pP && pP->nRole && is_upper((unsigned char)pP->aRole[0].zCode[0]) &&
                   strncmp(pP->aRole[0].zCode, "IGO", 3)) {
          m.pPersonCountry = pP;
          /* (the titled name stays a mention of its own: the next
          ** sentence's "he") */
          if (!nTitle) {
            m.e = aR[j].e;
            j++;
          }
        } else if (raw_best(&aR[j])->kind == AK_ORG) {
          /* "the secretary-general of NATO", "the head of the IAEA": the
          ** body's code stands, as in "NATO's secretary general" */
          m.pMain = raw_best(&aR[j]);
          m.pAgent = NULL;
          m.e = aR[j].e;
          j++;
        }
      }
    }
    if (bComposed == 3) {
      while (j < nR && aR[j].i == m.e && raw_best(&aR[j])->kind == AK_AGENT) {
        m.pAgent = raw_pick(&aR[j], AK_AGENT);
        m.e = aR[j].e;
        j++;
      }
      if (!m.pAgent && !m.pCountry) m.pMain = m.pGroup;   /* "the Kurds" */
      if (j < nR && aR[j].i == m.e && (raw_best(&aR[j])->kind == AK_PERSON || raw_best(&aR[j])->kind == AK_ORG)) {
        /* "Kurdish leader Masoud Barzani", "the Kurdish YPG": the name's own code */
        m.pMain = raw_best(&aR[j]);
        m.pCountry = m.pGroup = m.pAgent = NULL;
        m.e = aR[j].e;
        j++;
      } else if (!m.pCountry && j < nR && aR[j].i == m.e + 1 &&
                 (tok_is(c, m.e, "in") || tok_is(c, m.e, "of") || tok_is(c, m.e, "from"))) {
        /* "Sunnis in Iraq", "Kurds of Syria", "Christians in the Middle East" */
        const ActorEntry *pC = raw_pick(&aR[j], AK_COUNTRY);
        if (!pC) pC = raw_pick(&aR[j], AK_CAPITAL);
        if (!pC) pC = raw_pick(&aR[j], AK_PLACE);
        if (pC && raw_best(&aR[j]) == pC) {
          m.pCountry = pC;
          if (m.pMain == m.pGroup) m.pMain = NULL;
          m.e = aR[j].e;
          j++;
        }
      }
    }
    if (!bComposed) {
      m.pMain = pBest->kind == AK_DEMONYM ? NULL : pBest;
      if (pBest->kind == AK_DEMONYM) m.pCountry = pBest;
    }
    /* a person alone */
    if (!m.pMain && !m.pAgent && !m.pCountry) m.pMain = pBest;
    kNext = j;
    if (m.i > 0 && tok_in(c, m.i - 1, azLocPrep)) {
      /* "in Belarus" and "in Minsk" are places; "at"/"near" only with a city
      ** ("fired rockets at Israel" names a target) */
      const ActorEntry *pPl = m.pMain;
      int bCity = pPl && (pPl->kind == AK_CAPITAL || pPl->kind == AK_PLACE);
      /* "transit through Belarus", "flights via Turkey": a route is a place */
      int bIn = tok_is(c, m.i - 1, "in") || tok_is(c, m.i - 1, "inside") || tok_is(c, m.i - 1, "throughout") ||
                tok_is(c, m.i - 1, "through") || tok_is(c, m.i - 1, "via");
      if (bCity || (bIn && pPl && pPl->kind == AK_COUNTRY && !m.pAgent)) m.bLoc = 1;
    }
    /* "U.S. forces in northern Iraq freed ...": so is a state after a
    ** compass word after "in" (compass_place) that places the force named
    ** right before it, as the subject's own words (where an act is aimed,
    ** "struck targets in northern Syria", the place stays its target) */
    if (!m.bLoc && !m.pAgent && m.pMain && (m.pMain->kind == AK_COUNTRY || m.pMain->kind == AK_CAPITAL ||
                                            m.pMain->kind == AK_PLACE) && compass_place(c, m.i) && m.i >= 3 &&
        tok_is(c, m.i - 2, "in") && c->nM > 0 && c->aM[c->nM - 1].e == m.i - 2 &&
        ((c->aM[c->nM - 1].pAgent && c->aM[c->nM - 1].pAgent->zRole &&
          strcmp(c->aM[c->nM - 1].pAgent->zRole, "CVL")) ||
         (!c->aM[c->nM - 1].pAgent && c->aM[c->nM - 1].pMain && c->aM[c->nM - 1].pMain->kind == AK_ORG)))
      m.bLoc = 1;
    /* "Tower 22, a small US logistics base in northeastern Jordan": a state
    ** after a compass word that locates a base or post names where it stands;
    ** the base's owner is the party, not the host (issue 4 force31) */
    static const char *const azPost[] = {"base", "bases", "outpost", "outposts", "garrison", "post", "posts",
                                         "airbase", "airfield", "barracks", "camp", "camps", "facility",
                                         "compound", "embassy", "consulate", NULL};
    if (!m.bLoc && !m.pAgent && m.pMain && !m.pMain->bRegion && m.i >= 3 &&
        (m.pMain->kind == AK_COUNTRY || m.pMain->kind == AK_CAPITAL || m.pMain->kind == AK_PLACE) &&
        compass_place(c, m.i) && tok_in(c, m.i - 3, azPost))
      m.bLoc = 1;
    /* "clashed in the disputed Galwan Valley", "in the restive Rakhine":
    ** one or two plain adjectives after "in the" still name where the act
    ** happens (not "in the US-led coalition": a place's name only) */
    if (!m.bLoc && m.i >= 3 && !m.pAgent && m.pMain && (m.pMain->kind == AK_CAPITAL || m.pMain->kind == AK_PLACE)) {
      size_t t = m.i;
      int nAdj = 0;
      while (nAdj < 2 && t > 2 && c->aTok[t - 1].bWord && !c->aTok[t - 1].bCap && !tok_is(c, t - 1, "the") &&
             !tok_in(c, t - 1, azLocPrep) && !tok_in(c, t - 1, azPrep)) {
        t--;
        nAdj++;
      }
      if (nAdj > 0 && tok_is(c, t - 1, "the") && (tok_is(c, t - 2, "in") || tok_is(c, t - 2, "inside"))) m.bLoc = 1;
    }
    /* a world region after a preposition is where an act goes or happens
    ** ("sent warships to the Caribbean", "across the Sahel"), no party to it */
    static const char *const azRegionPrep[] = {"to", "into", "toward", "towards", "from", "around", "within",
                                               "over", "on", "off", "beyond", "for", NULL};
    if (m.i > 0 && m.pMain && m.pMain->bRegion && !m.pAgent &&
        (tok_in(c, m.i - 1, azLocPrep) || tok_in(c, m.i - 1, azRegionPrep)))
      m.bLoc = 1;
    /* "met on the island of St Vincent", "in the Caribbean port of
    ** Kingstown": the place a meeting or an act happens at, never its partner;
    ** so is a coast an act happens off ("shot down a Chinese balloon off the
    ** coast of South Carolina": the balloon's state is the target) */
    static const char *const azPlaceNoun[] = {"island", "islands", "city", "town", "port", "village", "resort",
                                              "region", "province", "enclave", "capital", "coast", "coasts",
                                              "shores", NULL};
    static const char *const azOn[] = {"on", "in", "at", "near", "off", "along", NULL};
    if (m.i >= 4 && tok_is(c, m.i - 1, "of") && tok_in(c, m.i - 2, azPlaceNoun))
      for (size_t t = m.i - 3; t >= 1 && t + 6 > m.i; t--)
        if (tok_is(c, t, "the")) {
          if (tok_in(c, t - 1, azOn) && m.pMain && !m.pAgent) m.bLoc = 1;
          break;
        }
    /* "negotiated in separate rooms of an Omani government villa": a state
    ** or organ naming the building an act happens in is where, not who
    ** (issue 4 pairs16) */
    static const char *const azBuilding[] = {"villa", "building", "guesthouse", "residence", "mansion", "compound",
                                             "hotel", "palace", NULL};
    static const char *const azIn[] = {"in", "at", "inside", "of", NULL};   /* "in rooms of a ... villa" */
    if (m.i > 1 && m.e < c->nTok && tok_in(c, m.e, azBuilding) &&
        (tok_in(c, m.i - 1, azIn) ||
         ((tok_is(c, m.i - 1, "a") || tok_is(c, m.i - 1, "an") || tok_is(c, m.i - 1, "the")) &&
          tok_in(c, m.i - 2, azIn))))
      m.bLoc = 1;
    /* ... not "debt owed by Honduras", "states run by army officers": a
    ** participle that describes a noun names no agent of a passive (issue 4
    ** lead48) */
    static const char *const azOwed[] = {"owed", "incurred", "held", "run", NULL};
    /* ... "led by the presidential security adviser": an article and one
    ** lower-case adjective no mention holds may stand between "by" and the
    ** agent (issue 4 dev39: the adviser was taken as the talks' subject) */
    size_t iAfterBy = m.i;
    if (m.i >= 3 && c->aTok[m.i - 1].bWord && !c->aTok[m.i - 1].bCap && !dict_forms(c->p, c->aTok[m.i - 1].id) &&
        (tok_is(c, m.i - 2, "the") || tok_is(c, m.i - 2, "a") || tok_is(c, m.i - 2, "an")) && tok_is(c, m.i - 3, "by"))
      iAfterBy = m.i - 2;
    /* ... and so may a possessive: "was handed over to Bangladeshi police by
    ** their Indian counterparts" (issue 4 dev52) */
    static const char *const azPossBy[] = {"their", "its", "his", "her", NULL};
    if (m.i >= 2 && tok_in(c, m.i - 1, azPossBy) && tok_is(c, m.i - 2, "by")) iAfterBy = m.i - 1;
    /* ... and so may a count: "was abducted by four armed men" (issue 4,
    ** session 64) */
    if (m.i >= 2 && amount_word(c, m.i - 1) && tok_is(c, m.i - 2, "by")) iAfterBy = m.i - 1;
    if (iAfterBy > 0 && tok_is(c, iAfterBy - 1, "by") &&
        !(iAfterBy > 2 && tok_in(c, iAfterBy - 2, azOwed) && !tok_is(c, iAfterBy - 3, "was") &&
          !tok_is(c, iAfterBy - 3, "were") && !tok_is(c, iAfterBy - 3, "is") && !tok_is(c, iAfterBy - 3, "are")))
      m.bBy = 1;
    if (m.i > 0 && tok_in(c, m.i - 1, azPrep)) m.bPrep = 1;
    /* ... and past a compass word: "pushed out of Abkhazia into western
    ** Georgia on Monday and seized a military base" (Georgia had become the
    ** seizer; issue 4, session 62) */
    static const char *const azMotion[] = {"into", "to", "toward", "towards", NULL};
    if (m.i > 1 && compass_word(c, m.i - 1) && tok_in(c, m.i - 2, azMotion)) m.bPrep = 1;
    /* "surrounded the demonstrators outside parliament and arrested them":
    ** a body named as where something happens is no subject */
    if (m.i > 0 && m.pAgent && !m.pCountry && !m.pMain && tok_in(c, m.i - 1, azLocPrep)) m.bPrep = 1;
    /* "tens of thousands of protesters", "dozens of soldiers": a quantity
    ** of the actor is the actor */
    if (m.bPrep && m.i > 1 && tok_is(c, m.i - 1, "of") && tok_in(c, m.i - 2, azQuantity)) m.bPrep = 0;
    /* "their foreign ministries", "its ambassadors": the subject's own organs */
    /* ... but one that opens its clause is its subject: "His supporters stormed ..." */
    /* ... as does a quantity of them: "Dozens of his supporters protested"
    ** (issue 4 lead36) */
    if (m.pAgent && !m.pCountry && !m.pMain && m.i > 0 && tok_in(c, m.i - 1, azPossDet)) {
      size_t o = m.i - 1;   /* the phrase's first token */
      if (o >= 2 && tok_is(c, o - 1, "of") && (tok_in(c, o - 2, azQuantity) || tok_number(c, o - 2) ||
                                               tok_is(c, o - 2, "some") || tok_is(c, o - 2, "many")))
        o -= 2;
      if (!(o == 0 || tok_is(c, o - 1, ",") || clause_break(c, o - 1))) m.bAside = 1;
    }
    /* "in Belarus's internal affairs": a possessor, not a place */
    if (m.bLoc && m.e < c->nTok && tok_is(c, m.e, "'s")) m.bLoc = 0;
    if (m.i > 1 && tok_is(c, m.i - 1, "to") && tok_is(c, m.i - 2, "according")) m.bAside = 1;
    /* ... and so is a later member of its list: "according to witnesses and
    ** Western diplomats" (the diplomats had owned the protesters and been
    ** the target of the beating; issue 4 dev51) */
    if (!m.bAside && m.i > 0 && tok_is(c, m.i - 1, "and") && in_according_list(c, m.i)) m.bAside = 1;
    /* "condemned the invasion of Ukraine": the land a reaction names is the
    ** victim of the act it reacts to, not the one it is aimed at */
    static const char *const azSeize[] = {"invasion", "annexation", "occupation", "siege", "blockade", NULL};
    if (m.i > 2 && tok_is(c, m.i - 1, "of") && tok_in(c, m.i - 2, azSeize) && tok_is(c, m.i - 3, "the") &&
        (m.pMain || m.pCountry) && !m.pAgent)
      m.bAside = 1;
    /* "in the presence of US Secretary of State Marco Rubio", "in front of
    ** 15 Latin American leaders", "accompanied by her foreign minister":
    ** witnesses and companions, not the act's target; a count may stand
    ** between the phrase and the actor */
    {
      size_t w = m.i;
      if (w > 2 && tok_number(c, w - 1)) w--;
      /* ... "in the presence of" only: "opposed the presence of Kenyan forces"
      ** aims at them */
      if (w > 1 && ((tok_is(c, w - 1, "of") && ((w > 3 && tok_is(c, w - 2, "presence") && tok_is(c, w - 4, "in")) ||
                                               (w > 2 && tok_is(c, w - 2, "front") && tok_is(c, w - 3, "in")))) ||
                    (tok_is(c, w - 1, "by") && (tok_is(c, w - 2, "accompanied") || tok_is(c, w - 2, "flanked") ||
                                                tok_is(c, w - 2, "attended") || tok_is(c, w - 2, "witnessed")))))
        m.bAside = 1;
    }
    /* "military-technical measures", "police-style tactics": a bare role
    ** joined by a hyphen to a lower-case word is half of an adjective, no
    ** actor (it had become the target of "would take military-technical
    ** measures"; issue 4 dev46); "army-backed", "military-led" name the
    ** force behind a thing and stay, and so does a name's word ("Muttahida
    ** Majlis-e-Amal") */
    if (m.pAgent && !m.pMain && !m.pCountry && !m.pGroup && !m.pPersonCountry && m.e + 1 < c->nTok &&
        !c->aTok[m.e - 1].bCap && tok_is(c, m.e, "-") && c->aTok[m.e].start == c->aTok[m.e - 1].end &&
        c->aTok[m.e + 1].start == c->aTok[m.e].end && c->aTok[m.e + 1].bWord && !c->aTok[m.e + 1].bCap &&
        !tok_in(c, m.e + 1, azBackingWord)) {
      k = kNext;
      continue;
    }
    /* "lawmakers of the pro-Serbian Democratic Front", "a pro-Russian
    ** course": a people's adjective a word is "pro-" is no actor of the
    ** sentence; the groups so named are local (the gold sets code
    ** "pro-Russian separatists" Ukraine's), and the state had made
    ** Montenegro's police Serbia's (issue 4, session 59). A government's
    ** name keeps its camp: "Pro-Kremlin television presenters" are Russia's
    ** (issue 4 lead38). */
    if (m.i >= 2 && tok_is(c, m.i - 1, "-") && tok_is(c, m.i - 2, "pro") && !m.pAgent && !m.pGroup && m.pCountry &&
        !m.pMain && c->aTok[m.i - 1].start == c->aTok[m.i - 2].end && c->aTok[m.i].start == c->aTok[m.i - 1].end) {
      k = kNext;
      continue;
    }
    /* "broke off the EU-facilitated talks", "violated the U.S.-brokered
    ** truce": the body or state a talk or a deal is facilitated, mediated or
    ** brokered by is its broker, no party to an act on it (the EU had
    ** become the target of Serbia's walkout; issue 4 dev48) */
    static const char *const azBrokered[] = {"facilitated", "mediated", "brokered", "sponsored", "hosted", "chaired",
                                             "led", NULL};
    static const char *const azTalkNoun[] = {"talks", "dialogue", "negotiations", "process", "ceasefire", "truce", "deal",
                                             "agreement", "accord", "summit", "conference", NULL};
    if (m.e + 2 < c->nTok && tok_is(c, m.e, "-") && tok_in(c, m.e + 1, azBrokered) &&
        c->aTok[m.e].start == c->aTok[m.e - 1].end && c->aTok[m.e + 1].start == c->aTok[m.e].end &&
        (tok_in(c, m.e + 2, azTalkNoun) || (m.e + 3 < c->nTok && tok_in(c, m.e + 3, azTalkNoun))))
      m.bAside = 1;
    place_state_apposition(c, &m);
    weapons_with(c, &m);
    un_organ(c, &m);
    if (!push_mention(c, &m)) {
      free(aR);
      return 0;
    }
    k = kNext;
  }
  free(aR);
  if (!relative_leader_names(c)) return 0;
  bare_role_chairs_body(c);
  protecting_power_envoy(c);
  if (!surname_mentions(c)) return 0;
  /* pronouns: "he"/"she" is the first person named earlier in this sentence
  ** (usually its subject), else the antecedent carried from the sentences
  ** before (the subject of the last event, else the last person named) */
  const ActorEntry *pFirst = NULL;
  /* the first person named, found once: scanning the mentions at every
  ** token made a long sentence quadratic (tests/fuzz.sh's one-sentence.txt);
  ** the loop below adds pronouns only, so it stays the first */
  const ActorEntry *pFirstNamed = NULL;
  size_t iFirstNamed = SIZE_MAX;
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].i < iFirstNamed && c->aM[k].pMain && c->aM[k].pMain->kind == AK_PERSON && !c->aM[k].bPronoun) {
      iFirstNamed = c->aM[k].i;
      pFirstNamed = c->aM[k].pMain;
    }
  /* ... a title followed by a name the dictionaries do not hold ("In
  ** Washington, President George Bush said he ...", 1991) names a person too:
  ** a "he" after it is that person, no one carried from earlier sentences
  ** (issue 4, session 39: Bush's words had gone to Yeltsin) */
  size_t iUnknownTitled = SIZE_MAX;
  for (size_t k = 0; k < c->nM && iUnknownTitled == SIZE_MAX; k++) {
    const Mention *pm = &c->aM[k];
    if (pm->pMain || !pm->pAgent || pm->bPronoun || pm->e + 1 >= c->nTok || plural_mention(c, pm)) continue;
    if (c->aTok[pm->e].bCap && c->aTok[pm->e].bWord && c->aTok[pm->e + 1].bCap && c->aTok[pm->e + 1].bWord &&
        !in_mention(c, pm->e) && !in_mention(c, pm->e + 1))
      iUnknownTitled = pm->i;
  }
  place_first_name(c);
  other_given_name(c);
  size_t iProxyName = SIZE_MAX;
  const ActorEntry *pProxy = unknown_person_state(c, &iProxyName);
  if (pFirstNamed) c->iPersonSent = c->iSentNow;
  for (size_t i = 0; i < c->nTok; i++) {
    if (!pFirst && i == iFirstNamed) pFirst = pFirstNamed;
    /* a person the dictionaries do not hold, described by his state, named
    ** before and no person of theirs since: "Battisti ... was flown to Rome
    ** after Bolivia expelled him", "Bolivian police arrested him" */
    /* "her" is an object only before a preposition, punctuation or the end:
    ** "placed her on a list", not "her visa" */
    int bHerObj = tok_is(c, i, "her") &&
                  (i + 1 >= c->nTok || !c->aTok[i + 1].bWord || tok_in(c, i + 1, azPrep) || tok_in(c, i + 1, azLocPrep));
    /* "demanded his immediate release": whose release is the act's object */
    bHerObj |= possessed_release(c, i);
    bHerObj |= possessed_plea(c, i);
    bHerObj |= possessed_stance(c, i);
    int bPron = tok_is(c, i, "he") || tok_is(c, i, "she") || tok_is(c, i, "him") || bHerObj;
    /* ... also when the person named since is one the pronoun cannot stand
    ** for: "Frode Berg, a retired Norwegian border inspector, ... Foreign
    ** Minister Ine Eriksen Soreide ... Berg has said he was used" */
    const ActorEntry *pNamed = pFirst ? pFirst : c->pLastPerson;
    int bUnfit = bPron && pNamed && !pronoun_fits(c, i, pNamed) && !sentence_person_fitting(c, i);
    if (bPron && (!pFirst || bUnfit) && !in_mention(c, i)) {
      const ActorEntry *pState = pProxy && iProxyName < i ? pProxy : NULL;
      if (!pState && !pProxy && c->pProxyState && (c->iProxySent >= c->iPersonSent || bUnfit) &&
          c->iProxySent + 3 > c->iSentNow && c->iProxySent < c->iSentNow)
        pState = c->pProxyState;
      if (pState) {
        Mention m = pronoun_mention(i, i + 1, pState);
        if (!insert_mention(c, &m)) return 0;
        continue;
      }
    }
    /* (a first person the pronoun cannot stand for counts as none: "Foreign
    ** Minister Etta Banda said High Commissioner Fergus Cochrane-Dyet had
    ** insulted the head of state and that he had declined to explain") */
    int bNoFirst = !pFirst || (bUnfit && pNamed == pFirst);
    if (bNoFirst && iUnknownTitled < i && (tok_is(c, i, "he") || tok_is(c, i, "she"))) continue;
    /* ... and an object "him" after such a name is that person too, by his
    ** title's role: "detained opposition lawmaker Juan Requesens ..., and
    ** the assembly stripped him of his immunity" was aimed at a president
    ** named two sentences before (issue 4 dev33) */
    if (bNoFirst && iUnknownTitled < i && (tok_is(c, i, "him") || bHerObj) && !in_mention(c, i)) {
      int iT = -1;
      for (size_t k = 0; k < c->nM && iT < 0; k++)
        if (c->aM[k].i == iUnknownTitled && !c->aM[k].bPronoun) iT = (int)k;
      if (iT >= 0) {
        if (!insert_pronoun_copy(c, iT, i)) return 0;
        continue;
      }
    }
    /* ... and with no person named in the sentence, an object "him" after a
    ** state's envoy it summoned is that envoy: "Abu Dhabi summoned Iran's
    ** envoy that same day to hand him a protest note" (issue 4 dev42; not
    ** "stopped the U.S. ambassador from visiting him") */
    if (!pFirst && (tok_is(c, i, "him") || bHerObj) && !in_mention(c, i)) {
      static const char *const azSummon[] = {"summoned", "summons", "summon", "summoning", NULL};
      int iEnv = -1;
      for (size_t k = 0; k < c->nM && c->aM[k].i < i; k++) {
        const Mention *pE = &c->aM[k];
        int bSummoned = 0;
        for (size_t t = pE->i; t-- > 0 && t + 4 > pE->i && !bSummoned;) bSummoned = tok_in(c, t, azSummon);
        if (!pE->bPronoun && pE->pAgent && pE->pCountry && !pE->pMain && pE->e > pE->i && bSummoned &&
            (tok_in(c, pE->e - 1, azEnvoyTitle) || tok_is(c, pE->e - 1, "commissioner")) &&
            !plural_word(c, pE->e - 1))
          iEnv = (int)k;
      }
      if (iEnv >= 0) {
        if (!insert_pronoun_copy(c, iEnv, i)) return 0;
        continue;
      }
    }
    /* "Algeria's president said he was prepared to lift the ban": with no
    ** person named before it in the sentence, "he" right after a report verb
    ** whose subject is one office holder the sentence names by his office
    ** only is that office holder, not a person of the sentences before
    ** (session 60: it had become the U.S. defence secretary) */
    if (!pFirst && (tok_is(c, i, "he") || tok_is(c, i, "she")) && !in_mention(c, i)) {
      static const char *const azOffice[] = {"president", "minister", "premier", "leader", "chief", "king", "queen",
                                             "emir", "spokesman", "spokeswoman", "commander", "ambassador", "envoy",
                                             "governor", "chairman", "secretary", "chancellor", NULL};
      size_t v = report_verb_before(c, i);
      int iOffice = -1;
      for (size_t k = 0; v != SIZE_MAX && k < c->nM && iOffice < 0; k++) {
        const Mention *pm = &c->aM[k];
        if (pm->e == v && pm->pAgent && !pm->pMain && !pm->bPronoun && !pm->bLoc && !pm->bPrep &&
            tok_in(c, pm->e - 1, azOffice) && !plural_mention(c, pm))
          iOffice = (int)k;
      }
      if (iOffice >= 0) {
        if (!insert_pronoun_copy(c, iOffice, i)) return 0;
        continue;
      }
    }
    /* "Washington backed Pastrana's decision, while Kofi Annan, the United
    ** Nations secretary-general, said he regretted the breakdown": "he"
    ** right after a report verb is the person who speaks, over the first
    ** person the sentence named (issue 4 dev50) */
    if (pFirst && (tok_is(c, i, "he") || tok_is(c, i, "she")) && !in_mention(c, i)) {
      int iSpeaker = speaker_before(c, i);
      if (iSpeaker >= 0 && c->aM[iSpeaker].pMain != pFirst) {
        if (!insert_pronoun_copy(c, iSpeaker, i)) return 0;
        continue;
      }
    }
    const ActorEntry *pRef = fitting_person(c, i, pFirst ? pFirst : c->pLastPerson);
    if ((tok_is(c, i, "he") || tok_is(c, i, "she") || tok_is(c, i, "him") || bHerObj) && pRef &&
        !in_mention(c, i)) {
      Mention m = pronoun_mention(i, i + 1, pRef);
      /* "saying he would only welcome him in Jerusalem": an object "him" is
      ** never the "he" who is the subject of its own clause; it is the last
      ** other person named */
      if (tok_is(c, i, "him") || bHerObj) {
        int bSubjSame = 0;
        for (size_t t = i >= 8 ? i - 8 : 0; t < i; t++) {
          if (clause_break(c, t) || tok_is(c, t, ",")) bSubjSame = 0;
          for (size_t k = 0; k < c->nM; k++)
            if (c->aM[k].i == t && c->aM[k].bPronoun && c->aM[k].pMain == pRef &&
                (tok_is(c, t, "he") || tok_is(c, t, "she")))
              bSubjSame = 1;
        }
        /* "Xi received Sogavare and praised him": the object of a verb
        ** joined by "and" to the first person's clause is not that person */
        if (pRef == pFirst && i >= 2 && tok_is(c, i - 2, "and") && c->aTok[i - 1].bWord && !c->aTok[i - 1].bCap)
          bSubjSame = 1;
        if (pRef == pFirst && trailing_participle_object(c, i, pFirst)) bSubjSame = 1;
        /* ... nor the object of a preposition in such a verb's own words:
        ** "Jaishankar summoned the Pakistani high commissioner, Abdul Basit,
        ** and lodged a stiff protest with him" */
        static const char *const azWithObj[] = {"with", "to", "from", "against", NULL};
        size_t iAndVerb = 0;
        if (pRef == pFirst && !bSubjSame && tok_is(c, i, "him") && i >= 4 && tok_in(c, i - 1, azWithObj)) {
          for (size_t t = i - 1; t-- > 0 && t + 7 > i;) {
            if (tok_is(c, t, ",") || clause_break(c, t) || in_mention(c, t)) break;
            if (tok_is(c, t, "and") && t + 1 < i - 1 && c->aTok[t + 1].bWord && !c->aTok[t + 1].bCap) {
              iAndVerb = t;
              break;
            }
          }
          if (iAndVerb) bSubjSame = 1;
        }
        /* ... an object proper, not a possessive ("welcomed her release" may be her own) */
        int bObjProper = tok_is(c, i, "him") || (tok_is(c, i, "her") && (i + 1 >= c->nTok || !c->aTok[i + 1].bWord ||
                                                                       tok_in(c, i + 1, azPrep) || tok_in(c, i + 1, azLocPrep)));
        int bOwnSubj = pRef == pFirst && !bSubjSame && bObjProper && object_of_own_subject(c, i, pFirst);
        /* ... nor any of a list of people that is its clause's subject:
        ** "Vladimir Putin and Xi Jinping congratulated him" (issue 4 lead38) */
        const ActorEntry *apList[8];
        int nList = bObjProper && !bSubjSame && !bOwnSubj ? person_list_subject(c, i, apList, 8) : 0;
        if (nList >= 2) {
          /* ... but the person the document names most, when not one of them */
          const ActorEntry *pFocus = c->pFocusPerson;
          for (int x = 0; x < nList && pFocus; x++)
            if (apList[x] == pFocus) pFocus = NULL;
          if (!pFocus) continue;
          m.pMain = pFocus;
          if (!insert_mention(c, &m)) return 0;
          continue;
        }
        bSubjSame |= bOwnSubj;
        const ActorEntry *pOther = NULL;
        for (size_t k = c->nM; bSubjSame && !pOther && k-- > 0;)
          if (c->aM[k].i < i && !c->aM[k].bPronoun && c->aM[k].pMain && c->aM[k].pMain->kind == AK_PERSON &&
              c->aM[k].pMain != pRef && pronoun_fits(c, i, c->aM[k].pMain))
            pOther = c->aM[k].pMain;
        if (bOwnSubj && !pOther) pOther = antecedent_other_than(c, pRef);
        /* ... and with no other person named, the envoy or official of
        ** another state the first clause acted on is "him" */
        if (iAndVerb && !pOther) {
          const char *zRef = pRef->zCountry;
          for (size_t k = c->nM; k-- > 0;) {
            const Mention *pO = &c->aM[k];
            if (pO->i >= iAndVerb || pO->bPronoun || pO->bLoc) continue;
            if (pO->pMain == pRef) break;
            if (pO->pAgent && pO->pCountry && !pO->pMain && (!zRef || strncmp(pO->pCountry->zCode, zRef, 3))) {
              if (!insert_pronoun_copy(c, (int)k, i)) return 0;
              break;
            }
          }
          continue;
        }
        if (bSubjSame) {
          if (!pOther) continue;
          m.pMain = pOther;
        }
      }
      /* "telephoned Arafat ..., demanding that he rein in the violence": the
      ** subject of what one demands is another, the last other person named */
      static const char *const azDemandThat[] = {"demanding", "demanded", "demand", "demands", "urging", "urged",
                                                 "insisting", "insisted", "asking", "asked", NULL};
      if ((tok_is(c, i, "he") || tok_is(c, i, "she")) && pRef == pFirst && i >= 2 && tok_is(c, i - 1, "that") &&
          tok_in(c, i - 2, azDemandThat)) {
        for (size_t k = c->nM; k-- > 0;)
          if (c->aM[k].i < i && !c->aM[k].bPronoun && c->aM[k].pMain && c->aM[k].pMain->kind == AK_PERSON &&
              pronoun_fits(c, i, c->aM[k].pMain)) {
            if (c->aM[k].pMain != pRef) m.pMain = c->aM[k].pMain;
            break;
          }
      }
      if (!insert_mention(c, &m)) return 0;
    }
  }
  if (pProxy && (!pFirstNamed || iFirstNamed > iProxyName)) {
    c->pProxyState = pProxy;
    c->iProxySent = c->iSentNow;
  }
  if (!person_possessives(c) || !speaker_we(c)) return 0;
  possessive_opponents(c);
  descriptor_name_join(c);
  group_role_join(c);
  document_name_roles(c);
  /* the sentence's first person is its likeliest subject, the antecedent of
  ** the next sentence's "he" when no event names one */
  for (size_t k = 0; k < c->nM; k++) {
    if (c->aM[k].pMain && c->aM[k].pMain->kind == AK_PERSON && !c->aM[k].bPronoun) {
      c->pLastMentioned = c->aM[k].pMain;
      break;
    }
  }
  /* ... and the last woman and man it names, for a pronoun the antecedent
  ** above does not fit (fitting_person) */
  for (size_t k = 0; k < c->nM; k++) {
    const ActorEntry *p = c->aM[k].pMain;
    if (!p || p->kind != AK_PERSON || c->aM[k].bPronoun) continue;
    if (p->bFemale) c->pLastShe = p;
    else c->pLastHe = p;
  }
  /* a bare role followed by a noun is a modifier, not an actor: "military
  ** cooperation", "police reform" (but "police detained" is an actor + verb) */
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    /* "the Ambassador Bridge", "Parliament Square", "the Senate Building": a
    ** role in the name of a place is no actor (issue 4 lead36) */
    static const char *const azPlaceName[] = {"bridge", "square", "street", "avenue", "road", "hotel", "airport",
                                              "station", "park", "hall", "tower", "stadium", "hospital", "plaza",
                                              "boulevard", "highway", "bay", NULL};
    if (m->pAgent && !m->pCountry && !m->pMain && !m->pPersonCountry && m->e < c->nTok && c->aTok[m->e].bCap &&
        tok_in(c, m->e, azPlaceName)) {
      m->bMod = 1;
      m->bAside = 1;
      continue;
    }
    /* ... nor the capitalised last word of a place's name after "at", "in",
    ** "near" or "outside": "signed an accord at Lincoln University" (issue
    ** 4, session 47) */
    if (m->pAgent && !m->pCountry && !m->pMain && !m->pPersonCountry && m->e == m->i + 1 && m->i >= 2 &&
        c->aTok[m->i].bCap && c->aTok[m->i - 1].bCap && c->aTok[m->i - 1].bWord && !in_mention(c, m->i - 1)) {
      size_t b = m->i - 1;
      while (b > 0 && b + 3 > m->i && c->aTok[b - 1].bCap && c->aTok[b - 1].bWord && !in_mention(c, b - 1)) b--;
      if (b > 0 && (tok_is(c, b - 1, "at") || tok_is(c, b - 1, "in") || tok_is(c, b - 1, "near") ||
                    tok_is(c, b - 1, "outside"))) {
        m->bLoc = 1;
        m->bAside = 1;
        continue;
      }
    }
    /* ... but not before the noun of its own command: "The armed forces
    ** command urged ..." (issue 4, session 43) */
    static const char *const azOwnHead[] = {"command", "leadership", "headquarters", NULL};
    if (m->pAgent && !m->pCountry && !m->pMain && noun_at(c, m->e) && !subject_participle_at(c, m) &&
        !postpositive_adjective_at(c, m->e) && !tok_in(c, m->e, azOwnHead) && !placed_prep_object(c, m)) {
      m->bMod = 1;
      /* ... and the kind of a thing given or done, no party even of last
      ** resort: "would give 1 billion yuan in military aid to the continent"
      ** (issue 4 lead35) */
      static const char *const azKind[] = {"aid", "assistance", "support", "equipment", "hardware", "supplies",
                                           "spending", "budget", "budgets", "training", NULL};
      if (tok_in(c, m->e, azKind)) m->bAside = 1;
    }
    /* ... and before a verb's bare stem read as a noun it is the actor of a
    ** nominal event, no party to the finite one: "fired missiles at Kyiv,
    ** its largest military attack on the capital" */
    else if (m->pAgent && !m->pCountry && !m->pMain && m->e < c->nTok && bare_stem_only(c, m->e) &&
             compound_noun_head(c, m->e))
      m->bAside = 1;
  }
  /* a state, bloc or demonym directly before a noun modifies it: "Russian
  ** support", "Union State integration roadmaps", "EU sanctions list". It stays a
  ** mention (for countries of roles) but is no participant. An organisation
  ** before its own kind of noun is that organisation: "the Houthi movement",
  ** "Boko Haram fighters", "the UN human rights office". */
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    size_t t = m->e;
    if (m->pAgent || m->bPronoun || t >= c->nTok) continue;
    const ActorEntry *a = m->pMain ? m->pMain : m->pCountry;
    if (!a || a->kind == AK_PERSON) continue;
    if (a->kind == AK_ORG && m->pMain == a) {
      size_t h = t;
      while (h < t + 2 && h + 1 < c->nTok && noun_at(c, h) && !tok_in(c, h, azOrgHead) && !in_mention(c, h)) h++;
      /* ... and so is its committee or council, a bare role of its own: "met
      ** the ministers of the ECOWAS committee on Sierra Leone" (session 56:
      ** the committee was a legislature of the venue's state) */
      static const char *const azOrgan[] = {"committee", "council", "commission", NULL};
      if (k + 1 < c->nM && c->aM[k + 1].i == h && c->aM[k + 1].e == h + 1 && tok_in(c, h, azOrgan) &&
          c->aM[k + 1].pAgent && !c->aM[k + 1].pMain && !c->aM[k + 1].pCountry && !c->aM[k + 1].pPersonCountry) {
        m->e = h + 1;
        memmove(&c->aM[k + 1], &c->aM[k + 2], (c->nM - k - 2) * sizeof(Mention));
        c->nM--;
        continue;
      }
      if (tok_in(c, h, azOrgHead) && !in_mention(c, h)) {
        m->e = h + 1;
        /* ... and the body's own name after it: "the UN peacekeeping
        ** mission MINUSMA" is MINUSMA */
        if (k + 1 < c->nM && c->aM[k + 1].i == m->e && c->aM[k + 1].pMain && c->aM[k + 1].pMain->kind == AK_ORG &&
            !c->aM[k + 1].pAgent) {
          m->pMain = c->aM[k + 1].pMain;
          m->e = c->aM[k + 1].e;
          memmove(&c->aM[k + 1], &c->aM[k + 2], (c->nM - k - 2) * sizeof(Mention));
          c->nM--;
        }
        continue;
      }
    }
    /* "arrested the French film director Roman Polanski": a people's
    ** adjective, a lower-case calling (its last word a noun) and a name the
    ** dictionaries lack is that person, a civilian of that state; as a
    ** modifier it lost the arrest to a state named after (issue 4 dev44) */
    if (((a->kind == AK_DEMONYM && !m->pMain) || (a->kind == AK_COUNTRY && m->pMain == a && !m->pCountry)) &&
        !m->pAgent && !a->bRegion) {
      size_t u = t;
      while (u < c->nTok && u < t + 3 && c->aTok[u].bWord && !c->aTok[u].bCap &&
             is_alpha((unsigned char)c->z[c->aTok[u].start]) && !in_mention(c, u) && !tok_in(c, u, azPrep) &&
             !tok_in(c, u, azLocPrep) && !tok_in(c, u, azFollow) && !tok_in(c, u, azNotNoun) && !tok_in(c, u, azDet))
        u++;
      if (u > t && noun_at(c, u - 1) && u + 1 < c->nTok && c->aTok[u].bCap && c->aTok[u].bWord &&
          c->aTok[u + 1].bCap && c->aTok[u + 1].bWord && !in_mention(c, u) && !in_mention(c, u + 1)) {
        size_t eName = u + 2;
        while (eName < c->nTok && eName < u + 4 && c->aTok[eName].bCap && c->aTok[eName].bWord && !in_mention(c, eName))
          eName++;
        m->e = eName;
        m->pAgent = agent_entry(c, "CVL");
        if (m->pMain) {   /* "U.S. basketball star Brittney Griner": the state's name as its adjective */
          m->pCountry = m->pMain;
          m->pMain = NULL;
        }
        continue;
      }
    }
    /* "a Spanish trawler", "a Norwegian freighter": a ship is its flag
    ** state, and "cleared a Sahrawi protest camp", "broke up a Kurdish
    ** rally": a people's gathering is its protesters (OPP); each the target
    ** of what is done to it, not a thing the people's name describes (issue
    ** 4, session 47) */
    if (a->kind == AK_DEMONYM && !m->pMain && m->i > 0 && tok_in(c, m->i - 1, azDet)) {
      size_t eShip = vessel_noun_end(c, t), eCrowd = eShip ? 0 : crowd_noun_at(c, t);
      const ActorEntry *pOpp = eCrowd ? agent_entry(c, "OPP") : NULL;
      if (eShip || pOpp) {
        if (pOpp) m->pAgent = pOpp;
        m->e = eShip ? eShip : eCrowd;
        continue;
      }
    }
    /* "thanked Syria's Russian friends", "Georgia's Western partners": the
    ** allies after a state's possessive are the demonym's; the possessor
    ** only says whose (it took the thanks: SYR 051 SYR) */
    static const char *const azAlly[] = {"friends", "partners", "allies", "backers", "patrons", "sponsors", NULL};
    if (m->pCountry && !m->pMain && a->kind == AK_DEMONYM && k > 0 && m->i >= 1 && tok_is(c, m->i - 1, "'s") &&
        c->aM[k - 1].e + 1 == m->i && !c->aM[k - 1].bPronoun && tok_in(c, t, azAlly)) {
      c->aM[k - 1].bMod = c->aM[k - 1].bAside = 1;
      m->e = t + 1;
      continue;
    }
    /* (an article after the name opens the next phrase: "lifted sanctions on
    ** the state airline Belavia the same day", issue 4 lead36) */
    if (noun_at(c, t) && !tok_in(c, t, azDet) && !causative_object_at(c, m)) m->bMod = 1;
    /* "regretted the Indian strikes": after an article a people's adjective
    ** before a lower-case word describes it, even one that is also a verb */
    if (m->pCountry && !m->pMain && a->kind == AK_DEMONYM && !plural_word(c, m->e - 1) &&
        (tok_is(c, m->i, "the") || (m->i > 0 && tok_in(c, m->i - 1, azDet))) &&
        c->aTok[t].bWord && !c->aTok[t].bCap && is_alpha((unsigned char)c->z[c->aTok[t].start]) &&
        !tok_in(c, t, azFollow) && !tok_in(c, t, azPrep) && !tok_in(c, t, azLocPrep))
      m->bMod = 1;
    /* ... and a region's adjective before a noun ("a European summit",
    ** "Asian markets") only describes it: not even a target of last resort */
    if (m->bMod && a->bRegion && a->kind == AK_DEMONYM) m->bAside = 1;
    /* ... and so does a region's possessive before a superlative: "seized
    ** Europe's largest nuclear plant" ranks the plant, it is not Europe's */
    if (a->bRegion && tok_is(c, t, "'s") && t + 1 < c->nTok) {
      const Token *pS = &c->aTok[t + 1];
      if (pS->end - pS->start > 4 && !strncmp(c->z + pS->end - 3, "est", 3)) m->bAside = 1;
    }
  }
  /* "a commission known by its Spanish initials CICIG", "its French
  ** acronym": a people's adjective before what a language names is the
  ** language, no mention at all -- set aside, it still gave a bare role
  ** nearby its state (issue 4 dev35: the attorney general became Spain's) */
  static const char *const azLangUse[] = {"initials", "acronym", "abbreviation", "translation", "spelling",
                                          "name", "word", "term", NULL};
  size_t nKeep = 0;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    int bLanguage = m->pCountry && !m->pMain && !m->pAgent && !m->bPronoun && m->pCountry->kind == AK_DEMONYM &&
                    m->e < c->nTok && tok_in(c, m->e, azLangUse);
    if (!bLanguage) c->aM[nKeep++] = c->aM[k];
  }
  c->nM = nKeep;
  /* "insisted that Davis was a diplomat with immunity and demanded his
  ** release": a bare role after "is a", "was an", "became a" says what
  ** someone is, no actor; it took the demand from Washington (issue 4 dev35) */
  static const char *const azCopula[] = {"is", "was", "are", "were", "be", "been", "became", "become", "becomes",
                                         "remains", "remained", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->pAgent && !m->pMain && !m->pCountry && !m->pPersonCountry && !m->bPronoun && m->i >= 2 &&
        (tok_is(c, m->i - 1, "a") || tok_is(c, m->i - 1, "an")) && tok_in(c, m->i - 2, azCopula))
      m->bAside = 1;
  }
  /* "the bronze soldier", "a marble statue of a soldier": a role cast in
  ** metal or stone is a monument, no actor (issue 4 lead38) */
  static const char *const azCast[] = {"bronze", "marble", "stone", "granite", "wax", "toy", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->pAgent && !m->pMain && !m->pCountry && m->i > 0 && tok_in(c, m->i - 1, azCast)) m->bAside = 1;
  }
  /* "pro-Russian gunmen in Donetsk", "anti-American protesters": a state
  ** the actor sides with or against is not its own; a role keeps the
  ** country the place or the story gives it */
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pCountry || m->pMain || m->i < 2 || !tok_is(c, m->i - 1, "-") ||
        !(tok_is(c, m->i - 2, "pro") || tok_is(c, m->i - 2, "anti")))
      continue;
    if (m->pAgent) {
      m->pCountry = NULL;
      /* ... and "pro-" is the role's own word: "Ukraine and pro-Russian
      ** rebels signed a ceasefire" is a list of two (issue 4 actors) */
      m->i -= 2;
      m->bPrep = m->i > 0 && tok_in(c, m->i - 1, azPrep);
      m->bBy = m->i > 0 && tok_is(c, m->i - 1, "by");
    } else m->bAside = 1;
  }
  /* "the Russian-led CSTO", "Iranian-backed Houthi rebels", "the Saudi-led
  ** coalition": the state that leads or backs an actor describes it */
  static const char *const azMade[] = {"made", "built", "supplied", "designed", "manufactured", "produced",
                                       "donated", "provided", "origin", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    /* ... when an actor follows; "the Saudi-led coalition" is the Saudis' */
    if (m->e + 2 < c->nTok && tok_is(c, m->e, "-") && tok_in(c, m->e + 1, azBackingWord) && in_mention(c, m->e + 2)) {
      m->bMod = 1;
      led_force_state(c, k);
    }
    /* ... and "the Oslo-based group" only says where a body sits: no
    ** participant, and no country for the roles around it */
    else if (m->e + 1 < c->nTok && tok_is(c, m->e, "-") && tok_is(c, m->e + 1, "based"))
      m->bAside = 1;
    /* ... and "US-made missiles", "Iranian-built drones" say where a weapon
    ** comes from: no party to what is done with it */
    else if (m->e + 1 < c->nTok && tok_is(c, m->e, "-") && tok_in(c, m->e + 1, azMade))
      m->bAside = 1;
  }
  /* "Ugandan, Congolese and southern Sudanese troops": a compass word
  ** before the last demonym of a list is part of its mention, so the list
  ** joins (issue 4 dev38: only the Sudanese were coded) */
  for (size_t k = 1; k < c->nM; k++) {
    Mention *a = &c->aM[k - 1], *b = &c->aM[k];
    if (b->i < 2 || !b->pCountry || b->pMain || b->i != a->e + 2 || !compass_word(c, b->i - 1) ||
        !(tok_is(c, a->e, "and") || tok_is(c, a->e, ",")) || a->pMain || !a->pCountry)
      continue;
    b->i--;
  }
  /* "helicopters and jets of the U.S.-led force": the "of" phrase that
  ** gives the last of two joined roles its state gives it to both; the bare
  ** one took the state named next and the pair fought itself (issue 4 dev38) */
  for (size_t k = 1; k < c->nM; k++) {
    Mention *a = &c->aM[k - 1], *b = &c->aM[k];
    if (!a->pAgent || a->pMain || a->pCountry || a->pPersonCountry || a->pGroup || a->bPronoun || !b->pAgent ||
        !b->pCountry || b->pMain || b->i != a->e + 1 || !tok_is(c, a->e, "and"))
      continue;
    int bOf = 0;
    for (size_t t = b->i + 1; t < b->e && !bOf; t++) bOf = tok_is(c, t, "of");
    if (bOf) a->pCountry = b->pCountry;
  }
  /* "Russian and Belarusian paratroopers": the agent distributes over the
  ** demonyms joined to it */
  for (size_t k = c->nM; k-- > 1;) {
    Mention *a = &c->aM[k - 1], *b = &c->aM[k];
    if (b->pAgent && b->pCountry && !a->pAgent && !a->pMain && a->pCountry && b->i > a->e &&
        b->i - a->e == 1 && (tok_is(c, a->e, "and") || tok_is(c, a->e, ",")))
      a->pAgent = b->pAgent;
    /* ... and so over a country's initials used as one: "U.S. and British
    ** warplanes" are American warplanes too (not "Ethiopia and Tigrayan
    ** forces": a name, and one state's two sides) */
    else if (b->pAgent && b->pCountry && !a->pAgent && !a->pCountry && a->pMain && a->pMain->kind == AK_COUNTRY &&
             !a->bLoc && !a->bPrep && b->i > a->e && b->i - a->e == 1 && tok_is(c, a->e, "and") &&
             a->e == a->i + 1 && initials(c, a->i) && a->pMain->zCountry && b->pCountry->zCountry &&
             strcmp(a->pMain->zCountry, b->pCountry->zCountry))
      a->pCountry = a->pMain, a->pMain = NULL, a->pAgent = b->pAgent;
  }
  named_with_unnamed_allies(c);
  metonym_with_role(c);
  /* "a delegation from ECOWAS", "envoys from Qatar": a bare role sent from
  ** a state or a body is that state's or body's */
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k], *n = &c->aM[k + 1];
    if (!m->pAgent || m->pMain || m->pCountry || m->bPronoun || n->bPronoun || n->i != m->e + 1 ||
        !tok_is(c, m->e, "from") || n->pAgent)
      continue;
    const ActorEntry *a = n->pMain ? n->pMain : n->pCountry;
    if (!a || a->kind == AK_PERSON || a->kind == AK_PLACE) continue;
    /* ... not one already owned, or leaving: "recalled its ambassador from
    ** Albania", "withdrew troops from Mali" */
    static const char *const azOwn[] = {"its", "their", "his", "her", "our", "withdrew", "withdraw", "withdraws",
                                        "withdrawn", "withdrawing", "pulled", "pull", "pulling", "recalled",
                                        "recall", "recalling", "evacuated", "evacuate", "evacuating", "moved",
                                        "redeployed", "expelled", NULL};
    int bOwned = 0;
    /* ... a count and an adverb may stand between: "withdraw its roughly 1,500 troops from Niger" */
    for (size_t t = m->i >= 4 ? m->i - 4 : 0; t < m->i; t++) bOwned |= tok_in(c, t, azOwn);
    if (bOwned) continue;
    if (a->kind == AK_ORG) m->pMain = a;
    else if (a->kind == AK_COUNTRY || a->kind == AK_DEMONYM) m->pCountry = a;
    else if (!(m->pCountry = a->zCountry ? country_entry(c, a->zCountry) : NULL)) continue;
    absorb_next_mention(c, k);
  }
  body_organ(c);
  leader_of_role(c);
  if (!both_sides(c) || !the_n_roles(c) || !the_n_states(c) || !the_named_body(c) || !the_body(c) ||
      !the_town(c) || !the_vessel(c))
    return 0;
  the_body_head(c);
  body_possessive_role(c);
  the_firm(c);
  voice_for_actor(c);
  speaking_for_stranger(c);
  party_led_by(c);
  /* "the leaders of both countries", "health ministries in the three
  ** countries": a bare role of the states a phrase stands for (one mention
  ** each over the same words) is each state's role, one mention per state
  ** over the whole phrase */
  for (size_t k = 0; k + 2 < c->nM; k++) {
    Mention *m = &c->aM[k], *a = &c->aM[k + 1];
    if (!m->pAgent || m->pMain || m->pCountry || m->bPronoun || a->i != m->e + 1 ||
        !(tok_is(c, m->e, "of") || tok_is(c, m->e, "in")))
      continue;
    size_t n = 0;
    while (k + 1 + n < c->nM && c->aM[k + 1 + n].i == a->i && c->aM[k + 1 + n].e == a->e &&
           !c->aM[k + 1 + n].pAgent && c->aM[k + 1 + n].pMain && c->aM[k + 1 + n].pMain->kind == AK_COUNTRY)
      n++;
    if (n < 2) continue;
    for (size_t x = 0; x < n; x++) {
      Mention *pn = &c->aM[k + 1 + x];
      pn->pCountry = pn->pMain;
      pn->pMain = NULL;
      pn->pAgent = m->pAgent;
      pn->i = m->i;
      pn->bPrep = m->bPrep;
      pn->bMod = m->bMod;
      pn->bLoc = m->bLoc;
    }
    memmove(m, m + 1, (c->nM - k - 1) * sizeof(Mention));
    c->nM--;
  }
  place_in_named_state(c);
  state_un_envoy(c);
  role_of_actor(c);
  demonym_place_noun(c);
  role_in_states(c);
  role_in_capital(c);
  heritage_demonym(c);
  native_american_people(c);
  service_craft(c);
  if (!north_and_south_pair(c)) return 0;
  beside_place_roles(c);
  disguise_asides(c);
  trailing_attribution(c);
  owner_by(c);
  platform_medium(c);
  salvo_subject(c);
  counted_by_agent(c);
  titled_by_agent(c);
  former_body_title(c);
  body_members_phrase(c);
  /* compound groups: mentions joined only by "and", ",", "&" */
  int g = 0;
  int bAndClosed = 0;   /* the current group has joined a member by "and" */
  for (size_t k = 0; k < c->nM; k++) {
    if (k > 0 && c->aM[k].i == c->aM[k - 1].i && c->aM[k].e == c->aM[k - 1].e) {
      c->aM[k].iGroup = g;   /* "both sides": one phrase, two states */
      continue;
    }
    /* "Israel and Lebanon's Hezbollah": the owner, in a list, gives its
    ** place in the list to the member it owns and stands aside */
    if (k > 1 && c->aM[k - 1].iGroup == c->aM[k - 2].iGroup && c->aM[k - 1].i > c->aM[k - 2].e &&
        tok_is(c, c->aM[k - 1].i - 1, "and") && owner_of_next_member(c, k)) {
      c->aM[k].iGroup = g;
      c->aM[k - 1].bAside = 1;
      c->aM[k - 1].iGroup = lone_group(k - 1);
      continue;
    }
    /* "the governing coalition and the Hezbollah-led opposition": the
    ** leader's name before "-led" gives its place in the list to the body it
    ** leads, and stands aside (issue 4, session 44) */
    if (k > 1 && c->aM[k - 1].bMod && c->aM[k - 1].iGroup == c->aM[k - 2].iGroup && c->aM[k].i == c->aM[k - 1].e + 2 &&
        tok_is(c, c->aM[k - 1].e, "-") &&
        (tok_is(c, c->aM[k - 1].e + 1, "led") || tok_is(c, c->aM[k - 1].e + 1, "backed") ||
         tok_is(c, c->aM[k - 1].e + 1, "dominated"))) {
      c->aM[k].iGroup = g;
      c->aM[k - 1].bAside = 1;
      c->aM[k - 1].iGroup = lone_group(k - 1);
      continue;
    }
    /* "The American embassy in Baku and the Council of Europe voiced
    ** concern": the place that locates a role is no member of a list; the
    ** actor after "and" joins the role's (issue 4 lead52) */
    if (k > 1 && located_role_list(c, k)) {
      c->aM[k - 1].iGroup = lone_group(k - 1);
      g = c->aM[k].iGroup = c->aM[k - 2].iGroup;
      continue;
    }
    if (k > 0) {
      size_t a = unlisted_name_after_role(c, &c->aM[k - 1]), b = c->aM[k].i;
      /* "freed 13 Israeli women and 10 Thai farm workers", "arrested the
      ** opposition leader and two Polish activists": a count before the
      ** next member does not end the list */
      size_t bN = b > a + 1 && amount_word(c, b - 1) ? b - 1 : b;
      int bJoin = bN > a && bN - a <= 2;
      int bAsWell = as_well_as_join(c, a, bN);
      /* "neither Russia nor China": a list too, each member's act negated
      ** (neither_nor) */
      int bNeither = c->aM[k - 1].i > 0 && tok_is(c, c->aM[k - 1].i - 1, "neither");
      /* "Hungary's defence minister and his Slovak counterpart": a
      ** possessive after "and" opens the next member, not a new phrase */
      static const char *const azPoss[] = {"his", "her", "their", "its", NULL};
      /* ... and so does one after a comma when "and" then adds the last
      ** member: "for Netanyahu, his former defence minister Yoav Gallant
      ** and Mohammed Deif" (an appositive, "met Putin, his Russian
      ** counterpart, on Friday", has no "and" after it) */
      size_t bNext = k + 1 < c->nM ? c->aM[k + 1].i : 0;
      if (bNext > 0 && amount_word(c, bNext - 1)) bNext--;   /* "... and two Colombian journalists" */
      int bSerial = bNext > c->aM[k].e && bNext - c->aM[k].e <= 2 && tok_is(c, bNext - 1, "and");
      for (size_t t = a; bJoin && t < bN; t++) {
        if (t == bN - 1 && t > a && tok_is(c, t - 1, "and") && tok_in(c, t, azPoss)) continue;
        /* ... and so does an article there: "U.S. warships and an Australian frigate" */
        if (t == bN - 1 && t > a && tok_is(c, t - 1, "and") && (tok_is(c, t, "a") || tok_is(c, t, "an"))) continue;
        /* ... and an adjective before a bare role: "Sudan's government and
        ** southern rebels signed an accord" (issue 4, session 47) */
        if (t == bN - 1 && t > a && tok_is(c, t - 1, "and") && c->aM[k].pAgent && !c->aM[k].pMain &&
            !c->aM[k].pCountry && c->aTok[t].bWord && !c->aTok[t].bCap && !dict_forms(c->p, c->aTok[t].id) &&
            !tok_in(c, t, azPrep) && !tok_in(c, t, azLocPrep) && !tok_in(c, t, azDet) && !tok_in(c, t, azFollow) &&
            !tok_in(c, t, azNotNoun) && !tok_is(c, t, "other") && !tok_is(c, t, "fellow"))   /* "monks and other protesters": one crowd */
          continue;
        if (t == bN - 1 && t == a + 1 && tok_is(c, a, ",") && bSerial && tok_in(c, t, azPoss)) continue;
        if (!tok_is(c, t, "and") && !tok_is(c, t, ",") && !tok_is(c, t, "&") && !(bNeither && tok_is(c, t, "nor")))
          bJoin = 0;
      }
      /* "detained 4,000 protesters, the interior ministry said": the speaker
      ** after the comma is no member of the list before it (bSaid, set by
      ** trailing_attribution) */
      bJoin |= bAsWell;
      bJoin |= possessive_list_join(c, a, b, c->aM[k].e);   /* "Sweden's and Finland's bids" */
      bJoin |= led_collective_join(c, a, b);   /* "the Saudi-led coalition and the Houthis" */
      bJoin |= unlisted_name_role_join(c, a, b, &c->aM[k]);   /* "X and Said Nuri, the opposition leader," */
      bJoin |= described_role_join(c, &c->aM[k - 1], &c->aM[k]);   /* "soldiers and local vigilantes" */
      if (c->aM[k].bSaid != c->aM[k - 1].bSaid) bJoin = 0;
      /* "called the flights an attack by the Lukashenko regime, and Ursula
      ** von der Leyen, speaking for the Commission, expressed solidarity":
      ** after ", and" a named actor that its own participle phrase or verb
      ** follows opens the next clause; it joins no list (issue 4 lead38) */
      if (bJoin && bN == a + 2 && tok_is(c, a, ",") && tok_is(c, a + 1, "and") && c->aM[k].pMain &&
          c->aM[k].e + 1 < c->nTok) {
        size_t u = c->aM[k].e;
        /* ... a modifier's clause runs past the phrase it modifies: "ratify
        ** the Rome Statute, and Kremlin spokesman Dmitry Peskov called ..." */
        if (c->aM[k].bMod && k + 1 < c->nM && c->aM[k + 1].i == u && c->aM[k + 1].e + 1 < c->nTok) u = c->aM[k + 1].e;
        int bOwnClause = tok_is(c, u, ",") && (tok_ing(c, u + 1) || tok_is(c, u + 1, "who") ||
                                                ((apposition_then_verb(c, u) || named_apposition_relative(c, u)) &&
                                                 finite_verb_before(c, a)));
        /* ... or a modal: "hand its radar records to the OSCE, and NATO
        ** members should urge Moscow" (issue 4 dev33) */
        static const char *const azModalV[] = {"will", "would", "should", "must", "could", "can", "may",
                                               "might", "shall", NULL};
        /* ... but only after a first clause: "In Washington on Tuesday, John
        ** Kerry, America's top diplomat, and Jordanian Foreign Minister Nasser
        ** Judeh signed an accord" is one compound subject (session 56) */
        if (bOwnClause || (!c->aTok[u].bCap && (tok_finite_form(c, u) || tok_in(c, u, azModalV)) &&
                           finite_verb_before(c, a)))
          bJoin = 0;
      }
      /* "has not recalled the Czech ambassador from Beijing, and Heiko Maas
      ** ... told him": a preposition's object before ", and" ends its phrase;
      ** a name after it that no preposition governs opens the next clause
      ** (session 56) */
      /* ... also past a possessor the dictionary lacks ("bargain with
      ** M-19's commandos, and Chief Justice Alfonso Reyes Echandia ...
      ** begged"), and for a title before a name it lacks */
      if (bJoin && bN == a + 2 && tok_is(c, a, ",") && tok_is(c, a + 1, "and") && !c->aM[k].bPrep) {
        const Mention *pP = &c->aM[k - 1], *pN = &c->aM[k];
        int bPrepObj = pP->bPrep;
        for (size_t t = pP->i; !bPrepObj && t-- > 0 && t + 6 > pP->i;) {
          if (tok_is(c, t, ",") || in_mention(c, t)) break;
          bPrepObj = tok_in(c, t, azPrep) && t + 2 < pP->i && tok_is(c, pP->i - 1, "'s");
        }
        int bNamed = (pN->pMain && pN->pMain->kind == AK_PERSON) ||
                     (pN->pAgent && !pN->pMain && !pN->pCountry && pN->e + 1 < c->nTok && c->aTok[pN->i].bCap &&
                      c->aTok[pN->e].bCap && c->aTok[pN->e].bWord && c->aTok[pN->e + 1].bCap && !in_mention(c, pN->e));
        /* ... and any actor with a modal of its own right after it: "lay out
        ** their evidence before the Security Council, and Israel should not
        ** bomb ..." */
        static const char *const azModalNext[] = {"should", "must", "would", "will", "could", "may", "might",
                                                  "can", NULL};
        int bModalNext = pN->e < c->nTok && tok_in(c, pN->e, azModalNext);
        bNamed |= bModalNext;
        /* (a place or forum the verb names: "before the Security Council") */
        size_t iDet = pP->i > 0 && tok_in(c, pP->i - 1, azDet) ? pP->i - 1 : pP->i;
        bPrepObj |= bModalNext && iDet > 0 && (tok_is(c, iDet - 1, "before") || tok_in(c, iDet - 1, azLocPrep));
        if (bPrepObj && bNamed) bJoin = 0;
      }
      /* "struck targets in Iraq and Syria": a state joined by "and" to a
      ** place the preposition governs is a place too, unless it opens a
      ** clause of its own ("... in Paris and Britain said ...") */
      const Mention *pK = &c->aM[k];
      if (bJoin && c->aM[k - 1].bLoc && !pK->bLoc && pK->pMain && !pK->pAgent && !pK->pCountry &&
          (pK->pMain->kind == AK_COUNTRY || pK->pMain->kind == AK_CAPITAL || pK->pMain->kind == AK_PLACE) &&
          b > 0 && tok_is(c, b - 1, "and") &&
          (pK->e >= c->nTok || !c->aTok[pK->e].bWord || tok_in(c, pK->e, azPrep) || tok_in(c, pK->e, azLocPrep)))
        c->aM[k].bLoc = 1;
      /* "talks between Isaias Afwerki, Eritrea's president, and Abiy Ahmed,
      ** Ethiopia's premier, Eritrea agreed to ...": a list that "and" has
      ** closed takes no member after a lone comma that a verb of its own
      ** follows; that one opens the clause (issue 4, session 64) */
      if (bJoin && bAndClosed && bN == a + 1 && tok_is(c, a, ",") && pK->e < c->nTok &&
          !c->aTok[pK->e].bCap && tok_finite_form(c, pK->e))
        bJoin = 0;
      if (bJoin && c->aM[k].bLoc == c->aM[k - 1].bLoc) {
        for (size_t t = a; t < bN; t++) bAndClosed |= tok_is(c, t, "and");
        c->aM[k].iGroup = g;
        if (c->aM[k - 1].bLoc) c->aM[k].bLoc = 1;
        if (c->aM[k - 1].bBy) c->aM[k].bBy = 1;
        continue;
      }
    }
    c->aM[k].iGroup = ++g;
    bAndClosed = 0;
  }
  /* "As protests spread across Iran, police arrested 300 people": a comma
  ** after a preposition's object closes the phrase it ends; a list joined by
  ** commas alone whose first member a preposition governs and whose next
  ** member none does is no list */
  for (size_t k = 1; k < c->nM; k++) {
    Mention *m = &c->aM[k], *p = &c->aM[k - 1];
    if (m->iGroup != p->iGroup || m->i == p->i || m->i != p->e + 1 || !tok_is(c, p->e, ",")) continue;
    int bAnd = 0;
    size_t x0 = k - 1;
    while (x0 > 0 && c->aM[x0 - 1].iGroup == m->iGroup) x0--;
    for (size_t x = x0 + 1; x < c->nM && c->aM[x].iGroup == m->iGroup; x++)
      for (size_t t = c->aM[x - 1].e; t < c->aM[x].i; t++) bAnd |= !tok_is(c, t, ",");
    /* ... but "and" with a count or "other" after the last member ends a
    ** list too: "had flown to Brasilia, Lima and five other capitals" (issue
    ** 4 dev38: Lima was cut off the list) */
    static const char *const azMore[] = {"other", "several", "many", "some", NULL};
    size_t xl = k;
    while (xl + 1 < c->nM && c->aM[xl + 1].iGroup == m->iGroup) xl++;
    size_t eL = c->aM[xl].e;
    if (eL + 1 < c->nTok && tok_is(c, eL, "and") && (amount_word(c, eL + 1) || tok_in(c, eL + 1, azMore))) bAnd = 1;
    const Mention *pF = &c->aM[x0];
    /* ... "by" too: "Despite warnings by aid agencies, the government
    ** refused ...": the agent of the opening phrase is not the subject */
    int bGov = pF->i > 0 && (tok_in(c, pF->i - 1, azPrep) || tok_in(c, pF->i - 1, azLocPrep) ||
                             tok_is(c, pF->i - 1, "by"));
    int bGovM = m->i > 0 && (tok_in(c, m->i - 1, azPrep) || tok_in(c, m->i - 1, azLocPrep) ||
                             tok_is(c, m->i - 1, "by"));
    /* ... or a participle opening the sentence: "Addressing the crowd,
    ** Castro called ..." (issue 4 lead49) */
    size_t o = pF->i;
    while (o > 0 && o + 3 > pF->i && (tok_in(c, o - 1, azDet) || tok_is(c, o - 1, "to"))) o--;
    bGov |= o > 0 && tok_ing(c, o - 1) && c->aTok[o - 1].bCap && (o == 1 || tok_is(c, o - 2, "-"));
    if (bAnd || !bGov || bGovM) continue;
    for (size_t x = k; x < c->nM && c->aM[x].iGroup == p->iGroup; x++) {
      c->aM[x].iGroup = g + 1;
      c->aM[x].bBy = 0;   /* it had it from the list it seemed to join */
    }
    g++;
  }
  kin_minority(c);
  if (!crowd_count_subject(c) || !plural_pronouns(c) || !subject_it(c) || !clause_it(c)) return 0;
  return plural_possessive_roles(c);
}
