/*
** Targets the words after the verb do not give: vetoes, missile launches and
** landings, coordinated objects, reactions to an act told before ("condemned
** the attack"), the parties of deals and answers.
*/
#include "coder.h"

/* Domestic acts with no target in the text fall on the source's own country,
** as CAMEO codes them: a leader who resigns (0831) or withdraws a bill (0832),
** lifts a decree or a curfew (081x), frees prisoners (0841), declares a state
** of emergency (172x) or represses (175). A mention that is not in the text
** (bOwn) is added for that country. 0 on OOM. */
/* The dictionary's entry for the state with country code zC ("CAN"), or NULL. */
const ActorEntry *country_entry(const Coder *c, const char *zC) {
  for (size_t a = 0; a < c->p->nActor; a++)
    if (c->p->aActor[a].kind == AK_COUNTRY && !strncmp(c->p->aActor[a].zCode, zC, 3) &&
        strlen(c->p->aActor[a].zCode) == 3)
      return &c->p->aActor[a];
  return NULL;
}

/* The dictionary's organisation whose code is zCode ("IGOUNO"), or NULL. */
const ActorEntry *org_entry(const Coder *c, const char *zCode) {
  for (size_t a = 0; a < c->p->nActor; a++)
    if (c->p->aActor[a].kind == AK_ORG && !strcmp(c->p->aActor[a].zCode, zCode)) return &c->p->aActor[a];
  return NULL;
}

/* A mention not in the text: the state or body pC, over hit k's verb, in a
** group of its own; it is c->aM[c->nM - 1] after. 0 on OOM. */
int push_implied_mention(Coder *c, size_t k, const ActorEntry *pC) {
  Mention m;
  implied_mention(&c->aH[k], pC, &m);
  m.iGroup = implied_group(k);
  return push_mention(c, &m);
}

/* A mention not in the text: the state or body pC, as the target of hit k. */
int push_implied_target(Coder *c, size_t k, const ActorEntry *pC) {
  if (!push_implied_mention(c, k, pC)) return 0;
  c->aH[k].iTgt = (int)c->nM - 1;
  return 1;
}

/* Why: "Lawmakers of the ruling People Power Party urged the government to
** declare Xing persona non grata": a state's office named bare ("the
** government", "the army") that a party, the opposition, legislators or
** citizens of a named state act on is their own state's; it took the
** document's most mentioned state, the ambassador's (issue 4 dev44).
** Contract: a live hit of roots 01-17 whose target is a lone bare role of a
** state office (GOV, MIL, COP, JUD, LEG), its object and not a place after
** a preposition, and whose source names its state and has a role of its
** society (PTY, OPP, LEG, CVL, EDU, MED, LAB, REL), gets as target an
** implied mention of that state with the role; the bare mention stays bare
** for the sentences after, which may name another state's office. Armed
** groups and firms are left out: they act on other states' soldiers and
** governments ("Hezbollah fighters captured the three soldiers", "the
** government accuses Barrick"). 0 on OOM. */
int home_office_target(Coder *c) {
  static const char *const azOffice[] = {"GOV", "MIL", "COP", "JUD", "LEG", NULL};
  static const char *const azSociety[] = {"PTY", "OPP", "LEG", "CVL", "EDU", "MED", "LAB", "REL", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || h->iSrc == h->iTgt || code_root(h) >= 18) continue;
    Mention *pT = &c->aM[h->iTgt];
    if (!bare_role(pT) || pT->bPrep || !pT->pAgent->zCode || !role_listed(pT->pAgent->zCode, azOffice)) continue;
    int aMem[2];   /* (one office: a compound of them keeps its members) */
    if (members(c, h->iTgt, aMem, 2) != 1) continue;
    if (bare_role(&c->aM[h->iSrc]) || c->aM[h->iSrc].bPronoun) continue;   /* its state named, not guessed */
    const char *zS = NULL, *zRole = mention_role(c, h->iSrc);
    mention_country(c, h->iSrc, &zS);
    if (!zS || !zRole || !role_listed(zRole, azSociety)) continue;
    char zC[4] = {zS[0], zS[1], zS[2], 0};
    const ActorEntry *pC = country_entry(c, zC), *pAg = pT->pAgent;
    /* (a mention of its own: the bare one in the text stays bare for the
    ** sentences after, which may name another state's government) */
    if (!pC) continue;
    if (!push_implied_target(c, k, pC)) return 0;
    c->aM[c->nM - 1].pAgent = pAg;
  }
  return 1;
}

/* "Russia vetoed a Western-drafted Security Council resolution", "China
** will veto any resolution that ...": a veto of a draft resolution is cast in
** the body that votes on it -- the council or assembly the object names,
** else, when a state vetoes, the UN Security Council, where states hold the
** veto. What the draft says ("... that constrains the army") is not the
** target; a drafter named before the noun ("a U.S.-drafted resolution")
** stays the target, as a rejection is aimed at who proposed. A person's veto
** ("Biden vetoed a resolution") is left as it is: a president vetoes at home. */
int veto_targets(Coder *c) {
  static const char *const azDraft[] = {"resolution", "resolutions", "draft", NULL};
  static const char *const azStop[] = {"that", "which", ",", ".", ";", "on", "to", "over", "and", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "129") || h->iSrc < 0) continue;
    size_t n = SIZE_MAX;
    for (size_t t = h->i + 1; t < c->nTok && t < h->e + 8 && n == SIZE_MAX; t++) {
      if (tok_in(c, t, azDraft)) n = t;
      else if (t >= h->e && tok_in(c, t, azStop)) break;
    }
    if (n == SIZE_MAX) continue;
    if (h->iTgt >= 0 && c->aM[h->iTgt].i > h->i && c->aM[h->iTgt].e <= n && !c->aM[h->iTgt].bOwn &&
        !(c->aM[h->iTgt].pMain && c->aM[h->iTgt].pMain->kind == AK_ORG && !strncmp(c->aM[h->iTgt].pMain->zCode, "IGO", 3)))
      continue;   /* the drafter */
    int iBody = -1;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pM = &c->aM[m];
      if (pM->i > h->i && pM->e <= n && pM->pMain && pM->pMain->kind == AK_ORG && !strncmp(pM->pMain->zCode, "IGO", 3))
        iBody = (int)m;
    }
    if (iBody >= 0) {
      h->iTgt = iBody;
      continue;
    }
    const Mention *pS = &c->aM[h->iSrc];
    if (!pS->pMain || (pS->pMain->kind != AK_COUNTRY && pS->pMain->kind != AK_CAPITAL) || pS->pAgent) continue;
    const ActorEntry *pC = org_entry(c, "IGOUNOSEC");
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Why: "vetoed a Security Council resolution drafted by the United States
** and Albania", "vetoed a 50 billion euro EU aid package for Ukraine": the
** drafter named after the draft noun ("drafted by", "sponsored by") is whom
** the veto rejects, as veto_targets takes one named before it, and a
** body's own measure vetoed in that body answers the body, not the
** measure's beneficiary after "for" (issue 4 friction). Contract: runs after
** veto_targets; a live 129 with a source whose object (up to fourteen tokens,
** before a comma, "that", "which", ";" or ".") holds a draft noun followed
** by a participle of proposing and "by" gets the first mention after "by"
** (its list comes with it) when not of the source's side; else, when the
** object names an IGO before "for" and the target is a mention after "for",
** the IGO. */
void veto_drafter_or_body(Coder *c) {
  static const char *const azDraft[] = {"resolution", "resolutions", "draft", "text", "motion", "proposal", NULL};
  static const char *const azPropose[] = {"drafted", "sponsored", "proposed", "tabled", "submitted", "put", "written",
                                          "introduced", "backed", NULL};
  static const char *const azStop[] = {"that", "which", ",", ".", ";", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "129") || h->iSrc < 0) continue;
    size_t end = h->e;
    while (end < c->nTok && end < h->i + 14 && !tok_in(c, end, azStop)) end++;
    size_t tBy = 0, tFor = 0;
    for (size_t t = h->i + 1; t + 2 < end && !tBy; t++)
      if (tok_in(c, t, azDraft) && tok_in(c, t + 1, azPropose))
        tBy = tok_is(c, t + 2, "by") ? t + 2 : tok_is(c, t + 2, "forward") && tok_is(c, t + 3, "by") ? t + 3 : 0;
    for (size_t t = h->i + 1; t < end && !tFor && !tBy; t++)
      if (tok_is(c, t, "for")) tFor = t;
    int iNew = -1;
    for (size_t m = 0; m < c->nM && iNew < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->bOwn || pm->bPronoun) continue;
      if (tBy && pm->i > tBy && pm->i <= tBy + 2) iNew = (int)m;
      if (!tBy && tFor && pm->i > h->i && pm->e <= tFor && pm->pMain && pm->pMain->kind == AK_ORG &&
          !strncmp(pm->pMain->zCode, "IGO", 3) && h->iTgt >= 0 && c->aM[h->iTgt].i > tFor)
        iNew = (int)m;
    }
    if (iNew >= 0 && !same_side(c, h->iSrc, iNew)) h->iTgt = iNew;
  }
}

/* Why: "India rejected a new political map released by Nepal", "Tsipras
** rejected the proposals drawn up by the creditors", "condemned the sanctions
** imposed by Washington": a reaction whose object is a thing names its author
** after a participle of making and "by"; that author is whom it answers,
** and without it the reaction had no target or a bystander's (issue 4
** lead36). Contract: runs after veto_drafter_or_body, before reply_targets;
** a live hit of roots 11 or 12 (a disapproval or rejection) with a source
** and no target, whose
** object (up to twelve tokens, before a comma, ";", ".", "that" or "which")
** holds a participle of making followed, within two tokens, by "by", gets
** the first mention right after that "by" when it is not of the source's
** side. */
void authored_object_target(Coder *c) {
  static const char *const azMade[] = {"released", "proposed", "drafted", "drawn", "put", "announced", "issued",
                                       "published", "presented", "unveiled", "submitted", "tabled", "adopted",
                                       "passed", "approved", "imposed", "made", "offered", "floated", "sponsored",
                                       "introduced", NULL};
  static const char *const azStop[] = {"that", "which", ",", ".", ";", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || !(root == 11 || root == 12)) continue;
    size_t end = h->e;
    while (end < c->nTok && end < h->e + 12 && !tok_in(c, end, azStop)) end++;
    size_t tBy = 0;
    for (size_t t = h->e; t + 1 < end && !tBy; t++) {
      if (!tok_in(c, t, azMade) || in_mention(c, t)) continue;
      for (size_t b = t + 1; b < end && b <= t + 2 && !tBy; b++)
        if (tok_is(c, b, "by")) tBy = b;
    }
    if (!tBy) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i <= tBy || pm->i > tBy + 2 || pm->bPronoun || pm->bOwn) continue;
      if (!same_side(c, h->iSrc, (int)m)) h->iTgt = (int)m;
      break;
    }
  }
}

/* The second of two coordinated acts shares the first one's target when it
** names none: "Hezbollah blamed Israel and vowed retaliation", "Pakistan shot
** down an Indian jet and captured its pilot". Same subject, "and" between
** them, and no actor after the second verb. */
/* "claimed responsibility for drone attacks on two Saudi oil facilities":
** a claim of responsibility (015) is aimed at the victim of the act it
** claims, the next act in the sentence, when it names none of its own (a
** bare role there is the act's weapon: "drone"). */
int responsibility_targets(Coder *c) {
  static const char *const azAttack[] = {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion",
                                         "explosions", "killing", "killings", "assault", "raid", "ambush", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "015")) continue;
    if (h->iTgt >= 0 && !(c->aM[h->iTgt].pAgent && !c->aM[h->iTgt].pMain && !c->aM[h->iTgt].pCountry)) continue;
    for (size_t x = k + 1; x < c->nH; x++) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop) continue;
      if (a->iTgt >= 0 && code_root(a) >= 17) h->iTgt = a->iTgt;
      break;
    }
    /* "Al Shabaab claimed responsibility for the attack": an attack told
    ** before with no victim the text names (bombs that "exploded") was on the
    ** armed group's own state, where it fights */
    size_t t = h->e;
    /* ... and so was one it "carried out" (carried_out_claims): the act noun is the pattern's */
    int bCarried = h->i + 1 < c->nTok && tok_is(c, h->i + 1, "out");
    if (h->iTgt >= 0 || h->iSrc < 0 || (!tok_is(c, t, "for") && !bCarried)) continue;
    if (!bCarried && (tok_is(c, t + 1, "the") || tok_in(c, t + 1, azPossDet))) t++;
    if (!bCarried && !tok_in(c, t + 1, azAttack)) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    const ActorEntry *pC = zS && !c->aM[h->iSrc].pCountry && !c->aM[h->iSrc].pAgent ? country_entry(c, zS) : NULL;
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* "North Korea fired a ballistic missile into the sea", "Iran test-fired a
** missile": a launch that strikes no one is CAMEO's demonstration of
** military power (150, "a demonstration of military capabilities"), aimed at
** those it threatens -- a state the sentence names over, off or near whose
** waters it flies, or that reports it ("..., South Korea's military said").
** A launch with no such test words stays force (195) on the state that
** reports it ("Russia launched missiles overnight, Ukraine's air force
** said"). With no other state named there is no target, and CAMEO no event. */
/* "fired two cruise missiles from a submarine", "launched drones from Yemen":
** what a launch comes from (a platform, a place) is its origin, not its
** target. 1 when mention m follows "from" (a determiner or "its" between). */
static int launch_origin(const Coder *c, int m) {
  static const char *const azFromDet[] = {"a", "an", "the", "its", "their", NULL};
  size_t i = c->aM[m].i;
  if (i >= 1 && tok_is(c, i - 1, "from")) return 1;
  return i >= 2 && tok_in(c, i - 1, azFromDet) && tok_is(c, i - 2, "from");
}

void missile_launches(Coder *c) {
  static const char *const azLaunch[] = {"fire", "launch", "test", NULL};
  static const char *const azMissile[] = {"missile", "missiles", "rocket", "rockets", "icbm", "icbms", NULL};
  static const char *const azTest[] = {"test", "tests", "tested", "testing", "icbm", "icbms", "intercontinental",
                                       "sea", "waters", "coast", "splashed", "range", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || h->iSrc < 0) continue;
    if (strcmp(h->zCode, "195") && strcmp(h->zCode, "150")) continue;
    if (h->iTgt >= 0 && launch_origin(c, h->iTgt)) h->iTgt = -1;   /* "from a submarine" */
    /* "... that landed in waters off Japan", "fired a missile over Japan": a
    ** test near or across a state threatens it and strikes no one */
    if (h->iTgt >= 0) {
      static const char *const azNear[] = {"off", "over", "near", "toward", "towards", "waters", "sea", "around", NULL};
      const Mention *pT = &c->aM[h->iTgt];
      int bNear = pT->i > 0 && tok_in(c, pT->i - 1, azNear);
      /* ... "into the seas east and north of Taiwan" (the plural: "the Black Sea" names where from) */
      for (size_t t = h->e; t < pT->i && !bNear; t++)
        bNear = tok_is(c, t, "waters") || tok_is(c, t, "landed") || tok_is(c, t, "seas");
      int bM = 0;
      for (size_t t = h->i; t < h->e + 6 && t < c->nTok; t++) bM |= tok_in(c, t, azMissile);
      if (bNear && bM && !strcmp(h->zCode, "195")) h->zCode = "150";
      continue;
    }
    int bLaunch = 0, bMissile = 0, bTest = 0;
    for (const char *const *z = azLaunch; *z; z++) bLaunch |= !strcmp(lemma_of(c, h), *z);
    /* ... "test-fired a new ballistic missile": the weapon follows the pattern,
    ** after up to eight words ("a solid-fuel intercontinental ballistic missile") */
    for (size_t t = h->i; t < h->e + 9 && t < c->nTok && !(t >= h->e && tok_is(c, t, ",")); t++)
      bMissile |= tok_in(c, t, azMissile);
    if (!bLaunch || !bMissile) continue;
    for (size_t t = 0; t < c->nTok; t++) bTest |= tok_in(c, t, azTest);
    if (bTest) h->zCode = "150";
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      const char *zT = NULL;
      if (pm->iGroup == c->aM[h->iSrc].iGroup || pm->bBy || pm->bPronoun || launch_origin(c, (int)m)) continue;
      mention_country(c, (int)m, &zT);
      if (!zT || (zS && !strncmp(zS, zT, 3))) continue;
      h->iTgt = (int)m;
      break;
    }
  }
}
int missile_landings(Coder *c) {
  static const char *const azLand[] = {"land", "fall", "come", "splash", NULL};
  static const char *const azPoss[] = {"its", "their", NULL};
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || strcmp(h->zCode, "150") || !str_listed(lemma_of(c, h), azLand)) continue;
    int bZone = 0, bPoss = 0;
    for (size_t t = h->i; t < h->e; t++) {
      bZone |= tok_is(c, t, "zone") || tok_is(c, t, "waters");
      bPoss |= tok_in(c, t, azPoss);
    }
    if (!bZone) continue;
    int iOwner = -1;
    for (size_t m = 0; m < c->nM && iOwner < 0; m++) {
      const char *z = NULL;
      mention_country(c, (int)m, &z);
      if (z && !c->aM[m].bPronoun && c->aM[m].i > h->i && c->aM[m].i < h->e) iOwner = (int)m;
    }
    if (iOwner < 0 && bPoss && h->iSrc >= 0) iOwner = h->iSrc;
    const char *zOwner = NULL;
    mention_country(c, iOwner, &zOwner);
    if (!zOwner) continue;
    int iFirer = -1;
    for (int bAfter = 0; bAfter <= 1 && iFirer < 0; bAfter++)
      for (size_t m = 0; m < c->nM && iFirer < 0; m++) {
        const Mention *pm = &c->aM[m];
        const char *z = NULL;
        mention_country(c, (int)m, &z);
        if (!z || pm->bPronoun || (int)m == iOwner || !strncmp(z, zOwner, 3)) continue;
        if (!bAfter && !(pm->bMod && pm->e <= h->i)) continue;   /* "Chinese missiles" */
        iFirer = (int)m;
      }
    /* ... or the state a context pass already gave the hit as target: "the
    ** missiles" of the story's launcher */
    if (iFirer < 0 && h->iTgt >= 0 && h->iTgt != iOwner && c->aM[h->iTgt].iGroup < 0) {
      const char *z = NULL;
      mention_country(c, h->iTgt, &z);
      if (z && strncmp(z, zOwner, 3)) iFirer = h->iTgt;
    }
    if (iFirer >= 0) {
      h->iSrc = iFirer;
      h->iTgt = iOwner;
      continue;
    }
    const char *zFirer = NULL;
    for (size_t e = d->nEvent; e-- > 0 && !zFirer;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence >= c->iSentNow || pE->iSentence + 3 < c->iSentNow) continue;
      if (strncmp(pE->zRoot, "15", 2) && strncmp(pE->zRoot, "19", 2)) continue;
      if (pE->source.zCountry && strncmp(pE->source.zCountry, zOwner, 3)) zFirer = pE->source.zCountry;
    }
    const ActorEntry *pF = zFirer ? country_entry(c, zFirer) : seen_counterpart(c, c->iSentNow, zOwner, NULL, 0);
    if (!pF) continue;
    if (!push_implied_mention(c, k, pF)) return 0;
    h->iSrc = (int)c->nM - 1;
    h->iTgt = iOwner;
  }
  return 1;
}

/* Contract: a live 150 hit whose verb is "detect", "track" or "spot" and
** whose source is a state's side has its sides turned when a mention inside
** the pattern or right after it (the craft: "71 Chinese aircraft") is of
** another state: that mention becomes the source and the old source the
** target; else the hit is left alone. Why: "Taiwan's defence ministry said it
** had detected 71 Chinese aircraft and nine ships around the island": the
** craft show force at the state that tracks them (issue 4 force27). */
void detected_craft(Coder *c) {
  static const char *const azSee[] = {"detect", "track", "spot", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || h->iSrc < 0 || strcmp(h->zCode, "150") || !str_listed(lemma_of(c, h), azSee))
      continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS) continue;
    int iCraft = -1;
    for (size_t m = 0; m < c->nM && iCraft < 0; m++) {
      const Mention *pm = &c->aM[m];
      const char *z = NULL;
      mention_country(c, (int)m, &z);
      if (pm->i > h->i && pm->i <= h->e && !pm->bPronoun && pm->iGroup >= 0 && z && strncmp(z, zS, 3))
        iCraft = (int)m;
    }
    if (iCraft < 0) continue;
    h->iTgt = h->iSrc;
    h->iSrc = iCraft;
  }
}

/* Contract: a live hit of a demand (root 10) whose words end before "leave"
** and whose source and target are set, when "leave" is followed by "the
** country" (territory, kingdom) or by a state or capital of the source's own
** state, becomes an expulsion (174) of its target, its words running to the
** place. Why: "Bamako ordered Olivier Salgado, MINUSMA's spokesman, on
** Wednesday to leave Mali within 72 hours": an order to leave one's own
** state puts the person out of it, as "ordered the diplomats to leave" does
** for the nouns the dictionary lists; it was coded as a bare demand (issue 4
** dev48). */
void ordered_to_leave(Coder *c) {
  static const char *const azLand[] = {"country", "territory", "kingdom", "island", NULL};
  const CameoCode *cc = dict_cameo(c->p, "174");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || code_root(h) != 10 || h->e + 1 >= c->nTok ||
        !tok_is(c, h->e, "leave") || !tok_is(c, h->e - 1, "to"))
      continue;
    size_t p = h->e + 1, pEnd = 0;
    if (tok_is(c, p, "the") && p + 1 < c->nTok && tok_in(c, p + 1, azLand)) pEnd = p + 2;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    for (size_t m = 0; m < c->nM && !pEnd && zS; m++) {
      const Mention *pm = &c->aM[m];
      const char *zM = NULL;
      if (pm->i != p || pm->pAgent || !pm->pMain || (pm->pMain->kind != AK_COUNTRY && pm->pMain->kind != AK_CAPITAL))
        continue;
      mention_country(c, (int)m, &zM);
      if (zM && !strncmp(zM, zS, 3)) pEnd = pm->e;
    }
    const char *zT = NULL;
    mention_country(c, h->iTgt, &zT);
    if (!pEnd || (zT && zS && !strncmp(zT, zS, 3) && !c->aM[h->iTgt].pMain)) continue;
    h->zCode = cc->zCode;
    h->bFramed = 0;
    h->e = pEnd;
    if (h->eSpan < pEnd) h->eSpan = pEnd;
  }
}

/* Contract: a live 150 hit from "fly over" whose source is a person or a
** civilian office (no MIL, COP or SPY role) is dropped. Why: "Prime
** Minister Bill Skate, who flew over the stricken coast on Sunday" tours a
** disaster; a show of force flying over is made by warplanes and their
** crews (issue 4 dev48). */
void leader_flight_over(Coder *c) {
  static const char *const azForce[] = {"MIL", "COP", "SPY", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || strcmp(h->zCode, "150") || strcmp(lemma_of(c, h), "fly") || h->e != h->i + 2 ||
        !tok_is(c, h->i + 1, "over"))
      continue;
    const char *zRole = mention_role(c, h->iSrc);
    const Mention *pS = &c->aM[h->iSrc];
    if ((pS->pMain && pS->pMain->kind == AK_PERSON) || (zRole && *zRole && !str_listed(zRole, azForce)))
      h->bDrop = 1;
  }
}

/* Headline grammar coordinates present-tense acts with a comma where prose
** says "and": "Iran launches drones at Israel, vows harsh punishment",
** "Biden condemns attack, promises sanctions". 1 when the act h follows act a
** after a comma, both in the -s form, with no other word between the comma
** and h. */
static int headline_comma_coord(const Coder *c, const VerbHit *a, const VerbHit *h) {
  if (h->i < 1 || !tok_is(c, h->i - 1, ",") || a->e >= h->i) return 0;
  if (!(a->forms & VF_3S) || !(h->forms & VF_3S)) return 0;
  /* "Ukraine cuts ties with Russia, declares martial law": at home */
  if (!strcmp(h->zCode, "1723") || !strcmp(h->zCode, "1724")) return 0;
  for (size_t t = a->e; t + 1 < h->i; t++)
    if (tok_is(c, t, ",") || tok_is(c, t, ";") || tok_is(c, t, "and") || tok_is(c, t, "which") ||
        tok_is(c, t, "who"))
      return 0;
  return 1;
}

void coordinated_targets(Coder *c) {
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0) continue;
    const VerbHit *a = prev_live_hit(c, k);
    if (!a) continue;
    if (a->iSrc != h->iSrc || a->iTgt < 0 || a->iTgt == h->iSrc || a->e > h->i) continue;
    if (c->aM[a->iTgt].bOwn) continue;   /* a domestic act's own country is no shared object */
    const char *zCode = h->zCode;   /* "met Lukashenko and said ...": a statement to the press */
    if (!strcmp(zCode, "010") || !strcmp(zCode, "011") || !strcmp(zCode, "019")) continue;
    int bAnd = 0, bBreak = 0;
    for (size_t t = a->e; t < h->i; t++) {
      bAnd |= tok_is(c, t, "and");
      bBreak |= clause_break(c, t) || tok_is(c, t, ".") || tok_is(c, t, "which") || tok_is(c, t, "who");
    }
    /* ... or a series: "summoned Lithuania's charge d'affaires on Monday,
    ** called the restrictions openly hostile and demanded ..." -- past verbs
    ** of one subject a comma joins, nothing but the first act's object and
    ** its adjuncts between (issue 4 lead36) */
    int bSerial = h->i > 0 && tok_is(c, h->i - 1, ",") && (h->forms & VF_PAST) && (a->forms & VF_PAST) &&
                  !a->bOwnClause && !(h->e < c->nTok && tok_is(c, h->e, "by"));   /* not ", supported by" */
    for (size_t t = a->e; bSerial && t + 1 < h->i; t++)   /* one comma, right before h */
      bSerial = !tok_is(c, t, ",") && !tok_is(c, t, ";") && !tok_is(c, t, ".") && !tok_is(c, t, "which") &&
                !tok_is(c, t, "who") && !tok_is(c, t, "but") && !tok_is(c, t, "and") && !tok_is(c, t, "that");
    /* ... not a relative clause's act and the main verb after it ("Bolsonaro,
    ** who flew to Florida, condemned ...") */
    for (size_t t = c->aM[h->iSrc].e; bSerial && t < a->i; t++)
      bSerial = !tok_is(c, t, "who") && !tok_is(c, t, "which") && !tok_is(c, t, "whose") && !tok_is(c, t, ",");
    for (size_t m = 0; m < c->nM && bSerial; m++)
      bSerial = !(c->aM[m].i >= a->e && c->aM[m].i < h->i && (int)m != a->iTgt && !c->aM[m].bLoc);
    if ((!bAnd || bBreak || !tok_is(c, h->i - 1, "and")) && !bSerial && !headline_comma_coord(c, a, h)) continue;
    /* ... when h names no object of its own before the next act ("called the
    ** restrictions openly hostile and demanded that they be lifted": "they"
    ** is the demand's) */
    size_t hi = c->nTok;
    for (size_t x = k + 1; x < c->nH && hi == c->nTok; x++)
      if (!c->aH[x].bDrop) hi = c->aH[x].i;
    int bObject = 0;
    for (size_t m = 0; m < c->nM && !bObject; m++)
      bObject = c->aM[m].i >= h->e && !c->aM[m].bOwn && (c->aM[m].i < hi || !bSerial);
    if (!bObject) h->iTgt = a->iTgt;
  }
}

/* Contract: a live act a with a source and no target, followed after "and"
** (no clause break, comma or mention between) by a live act h of the same
** source whose target stands after h, takes h's target; when a is an offer,
** pledge or promise and h the bare noun of an act of giving (root 07: "offered
** condolences and help"), h is the offer's second object, the intent 033.
** Why: "offered his condolences and pledged assistance to Turkey", "offered
** condolences and help to Turkey": the party named once at the end is the
** target of both, and the first act was dropped for want of one (issue 4
** voice); coordinated_targets shares a target forwards only. */
void backward_coordinated_target(Coder *c) {
  static const char *const azOffer[] = {"offer", "pledge", "promise", NULL};
  const CameoCode *pIntent = dict_cameo(c->p, "033");
  for (size_t k = 0; k + 1 < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (a->bDrop || a->iSrc < 0 || a->iTgt >= 0) continue;
    if (!strcmp(a->zCode, "010") || !strcmp(a->zCode, "011") || !strcmp(a->zCode, "019")) continue;
    size_t x = k + 1;
    while (x < c->nH && c->aH[x].bDrop) x++;
    if (x >= c->nH) continue;
    VerbHit *h = &c->aH[x];
    /* ... "and" right after a's own words, and h's party after "to" or "for"
    ** (not "rejected the coup attempt and expressed solidarity with", "ended
    ** the siege and killed the attackers", "reopen embassies under a deal
    ** brokered by China") */
    if (h->iSrc != a->iSrc || h->iTgt < 0 || c->aM[h->iTgt].i < h->e || a->e + 1 != h->i || !tok_is(c, a->e, "and"))
      continue;
    size_t tT = c->aM[h->iTgt].i;
    if (tT > 0 && tok_in(c, tT - 1, azDet)) tT--;
    if (tT == 0 || !(tok_is(c, tT - 1, "to") || tok_is(c, tT - 1, "for"))) continue;
    a->iTgt = h->iTgt;
    int bOffer = 0;
    for (const char *const *z = azOffer; *z && !bOffer; z++) bOffer = !strcmp(lemma_of(c, a), *z);
    if (bOffer && pIntent && code_root(h) == 7 && h->i + 1 == h->e && !(h->forms & (VF_PAST | VF_3S | VF_ING)))
      h->zCode = pIntent->zCode;
  }
}

/* Why: "China expressed serious concern and asked Argentina to ensure the
** crew's safety", "a spokesman voiced deep concern and urged New Delhi to
** help": concern, regret or dissatisfaction voiced with no object of its own,
** joined by "and" to the speaker's next act on a party, disapproves of that
** party (110, as the gold sets code it); alone it named no one and was
** dropped. Contract: a live hit with a source and no target, of "express" or
** "voice" ending on a word of azFeel right before "and" (live, or dropped as
** the report of the act after it), whose next live hit right after "and" has
** a source (the same, when the hit has one), a root of 02 or 10-17 and a
** target mention after its verb, becomes 110 from that source at that target,
** and that next act is no longer reported. Runs after
** backward_coordinated_target. */
void voiced_concern_target(Coder *c) {
  static const char *const azFeel[] = {"concern", "concerns", "regret", "dissatisfaction", "displeasure",
                                       "disappointment", "dismay", "alarm", NULL};
  static const char *const azVoice[] = {"express", "voice", NULL};
  const CameoCode *p110 = dict_cameo(c->p, "110");
  for (size_t k = 0; p110 && k + 1 < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    /* (a voiced concern is a comment, dropped as a report of the act after it) */
    if ((a->bDrop && a->iCopyOf >= 0) || a->iTgt >= 0 || a->e < 1 || a->e >= c->nTok) continue;
    if (!tok_in(c, a->e - 1, azFeel) || !tok_is(c, a->e, "and")) continue;
    if (!str_listed(lemma_of(c, a), azVoice)) continue;
    size_t x = k + 1;
    while (x < c->nH && c->aH[x].bDrop) x++;
    if (x >= c->nH) continue;
    VerbHit *h = &c->aH[x];
    int r = code_root(h);
    if (h->i != a->e + 1 || h->iSrc < 0 || (a->iSrc >= 0 && h->iSrc != a->iSrc) || h->iTgt < 0 ||
        c->aM[h->iTgt].i <= h->i || (r != 2 && (r < 10 || r > 17)))
      continue;
    a->bDrop = 0;
    a->iSrc = h->iSrc;
    a->iTgt = h->iTgt;
    a->zCode = p110->zCode;
    h->bReported = 0;   /* the act after "and" is the speaker's own, not one the concern reports */
  }
}

/* Contract: "Kenyan protesters storm parliament", "Nigerian police arrest
** dozens in Lagos": in a headline's present tense a bare verb right after its
** plural or compound subject (no "to", no modal before it) is finite, as its
** -s and past forms are. Issue 4 headline: such acts were read as non-finite
** and got no domestic target. */
static int plural_present_after_subject(const Coder *c, const VerbHit *h) {
  if (!(h->forms & VF_BASE) || h->i == 0) return 0;
  size_t t = h->i;
  while (t > 0 && h->i - t < 2 && tok_adverb(c, t - 1)) t--;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e != t || pm->bPrep || pm->bLoc || pm->bAside || pm->bPronoun) continue;
    if (pm->iGroup > 0 ? plural_group(c, pm->iGroup) : plural_mention(c, pm)) return 1;
  }
  return 0;
}

int finite_act(const Coder *c, const VerbHit *h) {
  /* "resorted to throwing stones": a gerund after a past verb's "to" is that verb's act */
  if (h->i > 1 && tok_is(c, h->i - 1, "to") && (h->forms & VF_ING) && c->aTok[h->i - 2].end - c->aTok[h->i - 2].start > 3 &&
      !strncmp(c->z + c->aTok[h->i - 2].end - 2, "ed", 2))
    return 1;
  /* "police tried to break up the sit-in", "troops tried to enter the
  ** assembly": an attempt told in a finite form is the act, as the gold sets
  ** code it (issue 4 deeds28), and as the act is already coded when its
  ** target is named ("tried to arrest the opposition leader") */
  static const char *const azTried[] = {"tried", "tries", "attempted", "attempts", NULL};
  if ((h->forms & VF_BASE) && h->i > 1 && tok_is(c, h->i - 1, "to") && tok_in(c, h->i - 2, azTried)) return 1;
  if (h->i > 0 && tok_is(c, h->i - 1, "to")) return 0;
  if (h->forms & (VF_PAST | VF_3S | VF_PP)) return 1;
  /* "continued attacking Ukrainian cities", "kept shelling": a gerund after
  ** a verb of going on or starting is the act itself */
  if ((h->forms & VF_ING) && h->i > 0 && tok_in(c, h->i - 1, azGoOn)) return 1;
  static const char *const azAux[] = {"did", "does", "do", "will", "would", "can", "could", "may", "might", "must",
                                      "should", "shall", NULL};
  static const char *const azProg[] = {"is", "are", "was", "were", "am", NULL};   /* "are continuing a hunger strike" */
  size_t t = h->i;
  while (t > 0 && t + 3 > h->i && (tok_neg(c, t - 1) || tok_adverb(c, t - 1) || tok_hedge(c, t - 1))) t--;
  if (t > 0 && (h->forms & VF_ING) && tok_in(c, t - 1, azProg)) return 1;
  return (t > 0 && tok_in(c, t - 1, azAux)) || plural_present_after_subject(c, h);
}

/* "The truce was mediated by Qatar": the noun a passive verb's subject ends
** in, when the subject is "the" and one or two words before the verb's
** "was"/"has been"; else 0. */
static size_t passive_subject_noun(const Coder *c, const VerbHit *h) {
  if (!(h->forms & VF_PP) || h->i < 3) return 0;
  size_t t = h->i - 1;
  if (!tok_in(c, t, azBe)) return 0;
  if (tok_is(c, t, "been") && t > 0 && (tok_is(c, t - 1, "has") || tok_is(c, t - 1, "have") || tok_is(c, t - 1, "had"))) t--;
  if (t < 2) return 0;
  size_t n = t - 1;
  if (tok_is(c, n - 1, "the") || (n >= 2 && tok_is(c, n - 2, "the"))) return n;
  return 0;
}

/* "condemned the decision", "rejected the ruling": the verb's object is an
** act just reported (the noun right after "the", or one word on). */
/* Contract: the token after "for the" (or "for the <word>") right after
** hit h's pattern when it is an act noun and h owns up to, denies or
** apologises for an act (015, 016, 055): "claimed responsibility for the
** attack", "apologised for the raid"; else 0. Why: the act is named after
** "for", not as the verb's object, and its doer or victim is the target. */
size_t owned_act_noun(const Coder *c, const VerbHit *h) {
  if (strcmp(h->zCode, "015") && strcmp(h->zCode, "016") && strcmp(h->zCode, "055")) return 0;
  size_t e = h->e;
  if (e + 2 >= c->nTok || !tok_is(c, e, "for") || !tok_is(c, e + 1, "the")) return 0;
  if (tok_in(c, e + 2, azReactionAct)) return e + 2;
  return e + 3 < c->nTok && !c->aTok[e + 2].bCap && tok_in(c, e + 3, azReactionAct) ? e + 3 : 0;
}

/* Contract: 1 when hit h appeals for or demands (02, 10) "the release" of
** people: the release is asked for, not an act done that h answers, so the
** captor is found as for any appeal for a release. Why: "release" is a
** reaction noun for "welcomed the release" (issue 4 regional), which must
** not turn a demand for one into a reaction. */
static int release_asked(const Coder *c, const VerbHit *h) {
  int root = code_root(h);
  if (root != 2 && root != 10) return 0;
  for (size_t t = h->i + 1; t < c->nTok && t < h->e + 3; t++)
    if (tok_is(c, t, "release") || tok_is(c, t, "releases")) return 1;
  return 0;
}

/* Contract: the token of "it" when it is the whole object of hit h, a verb of
** praise, support, disapproval or rejection (roots 05, 11, 12) -- "The United
** States condemned it.", "Brussels welcomed it as a first step" -- and the
** clause ends or goes on with no other object after it; else 0. Why: such an
** "it" stands for the act just reported, as "the move" does, so the reaction
** is aimed at that act's author; the pronoun was left with no actor and the
** reaction dropped (issue 4 refs). */
static size_t reaction_pronoun(const Coder *c, const VerbHit *h) {
  static const char *const azEnd[] = {".", ",", ";", "as", "and", "but", "too", "outright", "strongly", "firmly",
                                      "immediately", "publicly", "sharply", NULL};
  int root = code_root(h);
  if (root != 5 && root != 11 && root != 12) return 0;
  size_t e = h->e;
  if (e + 1 >= c->nTok || !tok_is(c, e, "it") || in_mention(c, e)) return 0;
  return tok_in(c, e + 1, azEnd) ? e : 0;
}

int reaction_noun(const Coder *c, const VerbHit *h) {
  if (code_root(h) > 13) return 0;
  if (release_asked(c, h)) return 0;
  if (owned_act_noun(c, h)) return 1;
  if (reaction_pronoun(c, h)) return 1;
  if (passive_subject_noun(c, h) && tok_in(c, passive_subject_noun(c, h), azReactionAct)) return 1;
  /* ... or inside the pattern's gap: "called the diversion piracy" */
  for (size_t t = h->i + 1; t + 1 < h->e; t++)
    if (tok_is(c, t, "the") && (tok_in(c, t + 1, azReactionAct) || (t + 2 < h->e && tok_in(c, t + 2, azReactionAct)))) return 1;
  /* ... or the pattern's own last word: "welcomed the deal" */
  if (h->e >= h->i + 3 && tok_in(c, h->e - 1, azReactionAct) && (tok_is(c, h->e - 2, "the") || tok_is(c, h->e - 3, "the")))
    return 1;
  size_t e = h->e;
  /* ... past a quotation mark: condemned the "cowardly action" (session 43) */
  if (e + 2 < c->nTok && tok_is(c, e, "the") && tok_is(c, e + 1, "\""))
    return tok_in(c, e + 2, azReactionAct) || (e + 3 < c->nTok && tok_in(c, e + 3, azReactionAct));
  return e + 1 < c->nTok && tok_is(c, e, "the") &&
         (tok_in(c, e + 1, azReactionAct) || (e + 2 < c->nTok && tok_in(c, e + 2, azReactionAct)));
}

/* The act noun reaction_noun() found: its token. */
size_t reaction_noun_at(const Coder *c, const VerbHit *h) {
  if (passive_subject_noun(c, h)) return passive_subject_noun(c, h);
  if (owned_act_noun(c, h)) return owned_act_noun(c, h);
  if (reaction_pronoun(c, h)) return reaction_pronoun(c, h);
  for (size_t t = h->i + 1; t + 1 < h->e; t++)
    /* "called the decision a provocation": the act noun, not the label's article */
    if (tok_is(c, t, "the")) return t + 2 < h->e && !c->aTok[t + 1].bCap && c->aUsed[t + 1] != 1 &&
                                   !tok_in(c, t + 1, azReactionAct) &&
                                   c->aUsed[t + 2] != 1 ? t + 2 : t + 1;
  if (h->e >= h->i + 3 && (tok_is(c, h->e - 2, "the") || tok_is(c, h->e - 3, "the"))) return h->e - 1;
  size_t e = h->e;
  /* "denounced the sentence and urged ...": an act noun right after "the"
  ** is the noun, not the word after it */
  if (tok_is(c, e, "the") && e + 1 < c->nTok && tok_in(c, e + 1, azReactionAct)) return e + 1;
  if (tok_is(c, e, "the") && e + 2 < c->nTok && tok_is(c, e + 1, "\""))
    return tok_in(c, e + 2, azReactionAct) || e + 3 >= c->nTok ? e + 2 : e + 3;
  /* "rejected the order." names one word: the noun, not the full stop after it */
  return tok_is(c, e, "the") && e + 2 < c->nTok && !tok_is(c, e + 2, "of") && c->aTok[e + 2].bWord ? e + 2 : e + 1;
}

/* Contract: the state whose soldiers a reaction to "the coup", "the
** takeover" or "the mutiny" answers, with *pzRole set to MIL, when hit h
** reacts to such a noun: the state the story is about (the country of the
** last mention in earlier sentences, else the document's most mentioned), not
** the reacting side's own; else NULL. Why: a coup's "seized power" is no event
** of its own (heldout-2's rule), so "the AU condemned the takeover" found no
** act to answer and was dropped (issue 4 regional). */
const char *coup_makers(const Coder *c, const VerbHit *h, const char *zS, const char **pzRole) {
  static const char *const azCoup[] = {"coup", "takeover", "putsch", "mutiny", NULL};
  size_t n = reaction_noun_at(c, h);
  if (n >= c->nTok || !tok_in(c, n, azCoup)) return NULL;
  /* the story's state first: the last mention may be a reacting outsider
  ** ("The junta accused France ..., a charge Paris denied") */
  const char *zC = c->zFocus && is_state_code(c->zFocus) && !(zS && !strncmp(c->zFocus, zS, 3)) ? c->zFocus
                   : c->zRecent ? c->zRecent : c->zFocus;
  if (!zC || !is_state_code(zC) || (zS && !strncmp(zC, zS, 3))) return NULL;
  *pzRole = "MIL";
  return zC;
}

/* A measure taken against a state: sanctions, an embargo, tariffs, a ban.
** A reaction to "the sanctions" answers the last act that reduced relations
** or coerced (roots 16-17), not whatever was said last ("The EU imposed
** sanctions on Iran. Britain endorsed the decision. Japan supported the
** sanctions" is the EU's). Sets *pLo and *pHi and returns 1 for such a noun. */
/* "rejected the demand", "dismissed the ultimatum", "turned down the
** request", "rejected the criticism": words that ask, press, blame or warn,
** answered as such. Sets the roots of the act the noun names -- demands and
** ultimatums 10-13, requests 02-10, criticism 11, warnings and threats 13 --
** and returns 1 (*pzOnly: the one code an ultimatum is, 139); else 0. */
int reaction_demand(const Coder *c, size_t n, int *pLo, int *pHi, const char **pzOnly) {
  static const char *const azPress[] = {"demand", "demands", "ultimatum", NULL};
  if (n < c->nTok && tok_is(c, n, "ultimatum")) *pzOnly = "139";   /* not any warning just before it */
  static const char *const azAsk[] = {"request", "requests", NULL};
  static const char *const azBlame[] = {"criticism", "criticisms", "condemnation", NULL};
  static const char *const azWarn[] = {"warning", "warnings", "threats", NULL};
  if (n >= c->nTok) return 0;
  if (tok_in(c, n, azPress)) *pLo = 10, *pHi = 13;
  else if (tok_in(c, n, azAsk)) *pLo = 2, *pHi = 10;
  else if (tok_in(c, n, azBlame)) *pLo = 11, *pHi = 11;
  else if (tok_in(c, n, azWarn)) *pLo = 13, *pHi = 13;
  else return 0;
  return 1;
}

int reaction_measure(const Coder *c, size_t n, int *pLo, int *pHi) {
  static const char *const azMeasure[] = {"sanctions", "embargo", "boycott", "tariffs", "tariff", "duties", "levies",
                                          "curbs", "restrictions", "controls", "ban", "cutoff", "freeze",
                                          "expulsion", "expulsions", "suspension", NULL};
  if (n >= c->nTok || !tok_in(c, n, azMeasure)) return 0;
  *pLo = 16;
  *pHi = 17;
  return 1;
}

/* An arrest, charge, trial or verdict: a reaction to it answers coercion or
** a conviction. */
int legal_noun(const Coder *c, size_t n) {
  static const char *const azLegal[] = {"arrest", "arrests", "detention", "detentions", "charges", "trial", "sentence", "conviction",
                                        "indictment", "verdict", "ruling", "impeachment", "jailing", NULL};
  return n < c->nTok && tok_in(c, n, azLegal);
}

/* Why: a person's first listed role is not the one held on the story's day
** (Jeanine Anez, interim president in 2020, is a former office holder when
** police arrest her in 2021), so a former leader condemning her own arrest
** was taken for the government and her reaction dropped. Contract: the role
** (the code after the country) of a person mention on the anchor or document
** date, as events code it (dict_person_role, else the fallback: nearest range
** + ELI); NULL when the mention is no person or no date is known. */
static const char *person_role_on_day(const Coder *c, int iS, char *zBuf, size_t nBuf) {
  const Mention *m = &c->aM[iS];
  if (!m->pMain || m->pMain->kind != AK_PERSON || !m->pMain->nRole || (!c->bAnchor && !c->bDocDate)) return NULL;
  const char *z = person_code(m->pMain, ymd_to_days(c->bAnchor ? c->anchor : c->docDate), 1, zBuf, nBuf);
  return z && strlen(z) == 6 ? z + 3 : NULL;
}

/* A reaction by someone of the state whose organ acted, who is not that
** organ's kind: the opposition, a party, the press, a lawmaker or a citizen
** condemning what the police, a court or the government did. */
int domestic_critic(const Coder *c, int iS, const tocsin_actor *pA) {
  static const char *const azOrgan[] = {"GOV", "COP", "JUD", "MIL", "SPY", "LEG", NULL};
  static const char *const azCritic[] = {"OPP", "PTY", "MED", "HRI", "LAB", "EDU", "CVL", "REL", "LEG", "ELI", "NGO",
                                         NULL};
  if (iS < 0 || !pA->zRole) return 0;
  int bOrgan = 0;
  bOrgan = str_listed(pA->zRole, azOrgan);
  const Mention *m = &c->aM[iS];
  const char *zR = m->pAgent ? m->pAgent->zRole : NULL;
  char zBuf[32];
  if (!zR) zR = person_role_on_day(c, iS, zBuf, sizeof zBuf);
  if (!zR && m->pMain && m->pMain->kind == AK_PERSON && m->pMain->nRole && strlen(m->pMain->aRole[0].zCode) == 6)
    zR = m->pMain->aRole[0].zCode + 3;
  int bCritic = 0;
  for (const char *const *z = azCritic; zR && *z; z++) bCritic |= !strcmp(zR, *z);
  return bOrgan && bCritic && strcmp(zR, pA->zRole);
}

/* The state an event's actor belongs to: its country, else the state an
** organisation's code begins with ("PSEREBHMS": Hamas is Palestinian), else
** NULL. Compare the first three letters only. */
const char *event_state(const Coder *c, const tocsin_actor *a) {
  if (a->zCountry) return a->zCountry;
  if (a->zCode && strlen(a->zCode) > 3 && is_state_code(a->zCode) && country_entry(c, a->zCode)) return a->zCode;
  return NULL;
}

/* The body whose act a reaction answers when that act's actor is an
** organisation with no state of its own; NULL when it is none, or is the
** reacting body itself. */
const ActorEntry *reaction_body(const Coder *c, const VerbHit *h, const tocsin_event *pE) {
  if (!pE->source.zOrg || pE->source.zCountry) return NULL;
  const ActorEntry *pOrg = org_entry(c, pE->source.zCode);
  if (!pOrg || c->aM[h->iSrc].pMain == pOrg || is_state_code(pE->source.zCode)) return NULL;
  return pOrg;
}

/* "Opposition leader Matthew Wale called on Sogavare to resign ...;
** Sogavare rejected the call": a rejection or denial at home answers the
** side of the speaker's own state that appealed to, demanded of, accused
** or threatened the speaker's side in the two sentences before; the state
** (its role in *pzRole), else NULL. reply_targets() looks for a foreign
** actor only. zS may be NULL (a bare organ). */
const char *domestic_reply(const Coder *c, const VerbHit *h, size_t iSent, const char *zS,
                           const char **pzRole) {
  if (h->iSrc < 0 || (code_root(h) != 12 && strcmp(h->zCode, "016"))) return NULL;
  const char *zMine = mention_role(c, h->iSrc);
  if (!zMine || !*zMine) return NULL;
  const tocsin_doc *d = c->d;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
    int r = atoi(pE->zRoot);
    if (r != 2 && r != 10 && r != 11 && r != 13) continue;
    const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
    const char *zRA = pE->source.zRole, *zRB = pE->target.zRole;
    /* ... a bare organ ("The government rejected the demand") is the state's
    ** whose organ of its kind the act was aimed at */
    if (!zA || !zB || !zRA || !zRB || strncmp(zA, zB, 3) || (zS && strncmp(zA, zS, 3))) continue;
    if (strcmp(zRB, zMine) || !strcmp(zRA, zMine)) continue;
    *pzRole = zRA;
    return zA;
  }
  return NULL;
}

/* "The ICC issued a warrant for Putin ... Zelenskiy welcomed the warrant",
** "The Security Council demanded ...; Palestinian officials welcomed the
** vote": a reaction to what a body issues (a ruling, warrant, resolution,
** vote, order, award, opinion) answers the body with no state of its own (a
** court, a council, an agency) that last acted in the six sentences before,
** whatever that act's code (a court's order is 10x, its dismissal 12x), not
** the state that acted last. "The decision" is the body's only when no state
** did a deed (roots 03-09, 13-20) after it. NULL when there is none. */
/* Why: "Moscow did not recognise the court ... Zelensky hailed the decision",
** "South Africa welcomed the ruling ... Hamas welcomed the decision": a deed
** noun ("the decision", "the move") names a deed that took place, not one the
** sentence said did not happen, nor another side's praise or defence of it,
** which are words about it as criticism is. Contract: 1 for a negated event
** or a praise or verbal defence (051, 052). */
int said_not_done(const tocsin_event *pE) {
  return pE->bNegated || !strncmp(pE->zEvent, "051", 3) || !strncmp(pE->zEvent, "052", 3);
}

/* Why: "Ecuadorean police forced their way into Mexico's embassy ... Brazil
** condemned the raid": a raid is police or troops coercing (171, 173, as the
** dev9 sets code a raid with arrests), so a reaction to "the raid" answers
** coercion as well as force; so does one to "the incursion" of
** police into an embassy (issue 4 accuse23: it went to the last speaker).
** Contract: lowers *pLo to 17 for "raid(s)" or "incursion" at n. */
void raid_as_coercion(const Coder *c, size_t n, int *pLo) {
  static const char *const azRaid[] = {"raid", "raids", "incursion", NULL};
  if (n < c->nTok && tok_in(c, n, azRaid) && *pLo == 18) *pLo = 17;
}

/* Nouns that name a deed of any kind, with nothing of what was done:
** lead_deed_event and uncoded_lead_deed look for the deed they stand for. */
const char *const azGenericDeed[] = {"decision", "move", "step", "incident", NULL};

/* Contract: the first event of the story's lead -- the first sentence of the
** document (or of the roundup item) that coded an event, no more than six
** sentences before iSent -- that is a deed a generic noun can name: not
** words (roots 01, 02, 10-12), not force (18-20), not negated or praise
** (said_not_done), by a state other than zS (NULL: any); else SIZE_MAX.
** Why: "Germany will send tanks to Ukraine ... Biden said the United States
** would provide tanks ... Russia's ambassador called the decision extremely
** dangerous": wire copy reacts to the news its lead tells, and "the
** decision", "the move" name that lead deed, not the latest act told in the
** background paragraphs (issue 4 lead22). */
size_t lead_deed_event(const Coder *c, size_t iSent, const char *zS) {
  const tocsin_doc *d = c->d;
  size_t iLead = SIZE_MAX;
  for (size_t e = 0; e < d->nEvent; e++) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence >= iSent) break;
    if (before_item(c, pE->iSentence)) continue;
    if (iLead == SIZE_MAX) iLead = pE->iSentence;
    if (pE->iSentence != iLead || iLead + 6 < iSent) break;
    int r = atoi(pE->zRoot);
    if (r <= 2 || r == 10 || r == 11 || r == 12 || r >= 18 || said_not_done(pE)) continue;
    const char *zA = event_state(c, &pE->source);
    if (zA && (!zS || strncmp(zA, zS, 3))) return e;
  }
  return SIZE_MAX;
}

const ActorEntry *body_issuer(const Coder *c, const VerbHit *h, size_t iSent) {
  static const char *const azIssued[] = {"ruling", "rulings", "verdict", "warrant", "warrants", "resolution", "order",
                                         "award", "opinion", "judgment", "judgement", "vote", NULL};
  size_t n = reaction_noun_at(c, h);
  if (n >= 2 && n < c->nTok && tok_is(c, n - 2, "the") && tok_in(c, n - 1, azIssued)) n--;   /* "the warrant as ..." */
  int bDecision = tok_is(c, n, "decision");
  if (h->iSrc < 0 || (!bDecision && !tok_in(c, n, azIssued))) return NULL;
  const tocsin_doc *d = c->d;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 6 < iSent || pE->iSentence >= iSent) break;
    if (said_not_done(pE)) continue;
    int r = atoi(pE->zRoot);
    /* ... a decision is no campaign group's words: "Human Rights Watch urged
    ** Washington ... The ambassador praised the decision" (issue 4 dev34; a
    ** court's or an assembly's words may be its decision) */
    if (bDecision && (r <= 2 || r == 10 || r == 11 || r == 12) && pE->source.zCode &&
        !strncmp(pE->source.zCode, "NGO", 3))
      continue;
    const ActorEntry *pOrg = reaction_body(c, h, pE);
    if (pOrg) return pOrg;
    if (bDecision && event_state(c, &pE->source) && r >= 3 && r != 10 && r != 11 && r != 12) return NULL;
  }
  return NULL;
}

/* A reply names no target: "India denied any involvement in the killing",
** "Beijing refused to apologise", "Taiwan put its forces on alert in
** response" -- each answers what another state did to it in the sentences
** just before ("Canada accused India of ..."). A finite act of a state with
** no target in its sentence is aimed at the state that last acted on it
** within the two sentences before, as a reader takes it. Not for joint
** acts, bare statements, force (18-20: its victims must be in the text),
** or when an actor after the verb shows the act has an object of its own. */
/* "Hamas attacked Israel on Saturday. Germany condemned the attack": a
** reaction to force (lo 18) whose latest act of force, event e of the one or
** two sentences before, was an armed group's with no state is aimed at that
** group -- but only when no state used force in the story's window (six
** sentences), since a story about a state's war names the group's act in
** passing and the reaction answers the state. The group must be one the
** dictionary names (an organisation), never the reacting side's own. */
const ActorEntry *group_force_answered(const Coder *c, size_t iSent, size_t e, const char *zS) {
  const tocsin_doc *d = c->d;
  const tocsin_event *pE = &d->aEvent[e];
  if (pE->source.zCountry || !pE->source.zOrg || pE->iSentence + 2 < iSent) return NULL;
  const ActorEntry *pOrg = org_entry(c, pE->source.zCode);
  if (!pOrg) return NULL;
  for (size_t f = d->nEvent; f-- > 0;) {
    const tocsin_event *pF = &d->aEvent[f];
    if (pF->iSentence + 6 < iSent) break;
    if (pF->iSentence >= iSent || atoi(pF->zRoot) < 18) continue;
    if (pF->source.zCountry) return NULL;
  }
  const char *zHome = event_state(c, &pE->source);
  if (zS && zHome && !strncmp(zS, zHome, 3)) return NULL;   /* at home: the rule below for a government */
  return pOrg;
}

/* "Israel struck Hezbollah targets in Lebanon, and France condemned the
** attack": a reaction whose act noun answers an act told earlier in the same
** sentence, in a clause of its own ("and", ";" or "while" between them), is
** aimed at that act's state -- the nearest such act of the kind the noun
** names (roots lo-hi: force, a show of force, a deal, a measure; for a
** generic "the decision" or "the move" a material act, 14 and up, 06-08 or a
** treaty signed -- words or
** a threat there leave it to the story's act: "threatened sanctions, and
** Guterres condemned the coup").
** Returns its country code, or NULL. */
const char *same_sentence_act(const Coder *c, size_t k, int lo, int hiRoot, const char *zS) {
  const VerbHit *h = &c->aH[k];
  for (size_t x = k; x-- > 0;) {
    const VerbHit *a = &c->aH[x];
    if (a->bDrop || a->iSrc < 0 || a->iTgt < 0 || a->iSrc == h->iSrc || a->bReported) continue;
    int r = code_root(a);
    /* ... a generic deed may also be a material cooperation or a treaty
    ** signed or ratified: "voted to ratify the Rome Statute, and Peskov
    ** called the decision wrong" (issue 4, dev20) */
    int bDeed = lo == 14 && hiRoot == 20 && ((r >= 6 && r <= 8) || !strcmp(a->zCode, "057"));
    if ((r < lo || r > hiRoot) && !bDeed) continue;
    int bJoin = 0;
    for (size_t t = a->e; t < h->i && !bJoin; t++)
      bJoin = tok_is(c, t, "and") || tok_is(c, t, ";") || tok_is(c, t, "while");
    if (!bJoin) continue;
    const char *zA = NULL;
    mention_country(c, a->iSrc, &zA);
    if (zA && (!zS || strncmp(zA, zS, 3))) return zA;
  }
  return NULL;
}

/* Sets a mention's actor to the event actor a: an organisation by its own
** code, else its state zState with its role. */
void mention_as_actor(const Coder *c, Mention *m, const tocsin_actor *a, const char *zState) {
  const ActorEntry *pOrg = a->zOrg ? org_entry(c, a->zCode) : NULL;
  m->pMain = pOrg ? pOrg : country_entry(c, zState);
  m->pAgent = !pOrg && a->zRole ? agent_entry(c, a->zRole) : NULL;
}

/* "Ethiopia's government and the TPLF signed a cessation of hostilities ...
** The United States welcomed the agreement": a deal between two sides of one
** state is aimed at both sides, each by its own code, not once at the state
** they share. Contract: when the deal event pE is between two actors of one
** state, the target mention of hit k becomes pE's source and a second member
** of its group pE's target; 0 on OOM, else 1. */
int domestic_pact_parties(Coder *c, size_t k, const tocsin_event *pE) {
  const tocsin_actor *pA = &pE->source, *pB = &pE->target;
  const char *zA = pA->zCountry ? pA->zCountry : event_state(c, pA);
  const char *zB = pB->zCountry ? pB->zCountry : event_state(c, pB);
  if (!zA || !zB || strncmp(zA, zB, 3) || !pA->zCode || !pB->zCode || !strcmp(pA->zCode, pB->zCode) ||
      (!pA->zOrg && !pA->zRole) || (!pB->zOrg && !pB->zRole) || !country_entry(c, zA))
    return 1;
  Mention *pT = &c->aM[c->aH[k].iTgt];
  mention_as_actor(c, pT, pA, zA);
  Mention m = *pT;
  mention_as_actor(c, &m, pB, zB);
  return push_mention(c, &m);
}

/* "North Korea fired a missile over Japan. ... Kishida condemned it. ...
** Yoon's office called the launch a reckless provocation": a launch, test or
** drill a reaction names (lo 13, reply_targets) is what a security story is
** about, and is answered as far back as an attack is (six sentences), not
** only in the two sentences before, where the last reactions stand. */
int story_show_of_force(int lo) {
  return lo == 13;
}

/* "Kishi said the flights were provocative and that Tokyo had conveyed grave
** concerns to both countries": a second reported clause ("and that ...",
** "but that ...") is words of its own; its actors are no object of the
** verdict before it. The first token of such a clause in [e, hi), else hi. */
size_t second_report_clause(const Coder *c, size_t e, size_t hi) {
  for (size_t t = e + 1; t < hi; t++)
    if (tok_is(c, t, "that") && (tok_is(c, t - 1, "and") || tok_is(c, t - 1, "but"))) return t - 1;
  return hi;
}

/* Why: "Hungary's foreign minister declined to condemn the operation": a
** refusal of a hostile act negates the act (README, refusals), and the act
** so refused is the sentence's own reaction, aimed like a finite one at the
** deed its noun names. Contract: 1 when hit h is negated and right after
** "refused to" or "declined to" (any form). */
int refused_hostile_act(const Coder *c, const VerbHit *h) {
  static const char *const azRefuse[] = {"refuse", "refuses", "refused", "refusing", "decline", "declines",
                                         "declined", "declining", NULL};
  return h->bNegated && h->i >= 2 && tok_is(c, h->i - 1, "to") && tok_in(c, h->i - 2, azRefuse);
}
const ActorEntry *claimed_force_doer(Coder *c, size_t iSent, const char *zS, const ActorEntry *pSelf) {
  const tocsin_doc *d = c->d;
  const ActorEntry *pClaimer = NULL;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 6 < iSent || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= iSent || pE->bNegated) continue;
    if (atoi(pE->zRoot) >= 18) return NULL;   /* the act itself was coded: reply_targets answers it */
    if (pClaimer || strcmp(pE->zEvent, "015")) continue;
    const ActorEntry *p = event_party(c, &pE->source);
    const char *zA = event_state(c, &pE->source);
    if (!p || p == pSelf || (zS && zA && !strncmp(zA, zS, 3))) continue;
    pClaimer = p;
  }
  return pClaimer;
}

/* Contract: 1 when the text of sentence iOld holds the word of token n
** (the same spelling, any case, or that spelling with an "s" more or less)
** as a whole word with an article or possessive one or two words before it. Why: a reaction names the act it answers by the noun the
** story used for it ("Hamas gunmen killed hundreds of Israelis in a surprise
** attack ... Israeli jets pounded Gaza ... Iran praised the attack"), not
** always the last act of its kind (named_act_event). */
static int sentence_names_word(const Coder *c, size_t iOld, size_t n) {
  static const char *const azNounDet[] = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "last", NULL};
  const char *zText = c->d->aSent[iOld].zText;
  const char *zW = c->z + c->aTok[n].start;
  size_t nW = c->aTok[n].end - c->aTok[n].start;
  if (nW > 1 && (zW[nW - 1] == 's' || zW[nW - 1] == 'S')) nW--;   /* "attacks" finds "attack" and "attacks" */
  if (!zText || nW < 3) return 0;
  for (const char *z = zText; *z; z++) {
    if (z > zText && isalnum((unsigned char)z[-1])) continue;
    size_t k = 0;
    while (k < nW && z[k] && tolower((unsigned char)z[k]) == tolower((unsigned char)zW[k])) k++;
    if (k < nW) continue;
    const char *zEnd = z + nW;
    if (*zEnd == 's') zEnd++;
    if (isalnum((unsigned char)*zEnd) || *zEnd == '-') continue;
    /* ... as a noun: an article or a possessive one or two words before it
    ** ("a surprise attack", "the raid", "its attacks"), not the participle
    ** of ", killing 20 people" */
    const char *zW0 = z;
    for (int nBack = 0; nBack < 2 && zW0 > zText; nBack++) {
      const char *a = zW0;
      while (a > zText && a[-1] == ' ') a--;
      const char *b = a;
      while (b > zText && isalpha((unsigned char)b[-1])) b--;
      if (b == a) break;
      for (int j = 0; azNounDet[j]; j++)
        if ((size_t)(a - b) == strlen(azNounDet[j]) && !strncmp(b, azNounDet[j], a - b)) return 1;
      zW0 = b;
    }
  }
  return 0;
}

/* Contract: the index of the newest event of the six sentences before iSent
** (not before the roundup item) with a root in [lo, hi], told in a sentence
** that names the act noun at token n and whose source's state is not zS's,
** provided a newer event of that kind lies in a sentence that does not name
** it; else SIZE_MAX (the newest of its kind answers as before). Why: "Hamas
** gunmen killed hundreds of Israelis in a surprise attack on towns ...
** Israeli jets pounded targets in Gaza ... Iran praised the attack": the
** attack is Hamas's, though Israel's strikes came after it. */
size_t named_act_event(Coder *c, size_t iSent, size_t n, int lo, int hi, const char *zS) {
  const tocsin_doc *d = c->d;
  int bNewer = 0;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 6 < iSent || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= iSent || pE->bNegated) continue;
    int r = atoi(pE->zRoot);
    if (r < lo || r > hi) continue;
    const char *zA = event_state(c, &pE->source);
    if (!zA || (zS && !strncmp(zA, zS, 3))) continue;
    if (!sentence_names_word(c, pE->iSentence, n)) {
      bNewer = 1;
      continue;
    }
    return bNewer ? e : SIZE_MAX;
  }
  return SIZE_MAX;
}

/* Contract: when the newest live event of the six sentences before iSent
** (not before the roundup item) with a root in [lo, hi] and a source of
** another state than zS's answers an older one of the item -- it is by the
** older one's victim's state on the older one's author's state -- the index
** of that older event (the attack the story is about); else SIZE_MAX. Why: "North
** Korea fired dozens of artillery shells at Yeonpyeong ... Lee ordered the
** military to retaliate ... The United States condemned the attack": the
** attack condemned is the one the retaliation answers, not the retaliation
** (issue 4 lead34). */
size_t answered_act_event(Coder *c, size_t iSent, int lo, int hi, const char *zS) {
  const tocsin_doc *d = c->d;
  size_t iNewest = SIZE_MAX;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (before_item(c, pE->iSentence) || (iNewest == SIZE_MAX && pE->iSentence + 6 < iSent)) break;
    /* (told as fact or reported: "South Korean troops returned fire, the
    ** military said" answers the shelling as much as a fact does) */
    if (pE->iSentence >= iSent || pE->bNegated || (strcmp(pE->zMood, "fact") && strcmp(pE->zMood, "reported")))
      continue;
    int r = atoi(pE->zRoot);
    if (r < lo || r > hi) continue;
    const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
    if (!zA || !zB || (zS && !strncmp(zA, zS, 3))) continue;
    if (iNewest == SIZE_MAX) {
      iNewest = e;
      continue;
    }
    const tocsin_event *pN = &d->aEvent[iNewest];
    const char *zNA = event_state(c, &pN->source), *zNB = event_state(c, &pN->target);
    if (pE->iSentence < pN->iSentence && !strncmp(zA, zNB, 3) && !strncmp(zB, zNA, 3)) return e;
  }
  return SIZE_MAX;
}

/* Contract: the other party of the joint act pE that a reaction aimed at
** state zT (pE's source's state) answers, for a reactor of state zS (may be
** NULL): a signed agreement's (057) target; else the source of an act of the
** same code on the same target told in pE's sentence ("Russia and Ukraine
** signed deals with the UN"); else, for acts of roots 03-08, the target when
** the same act was coded the other way in that sentence ("Bahrain and Qatar
** agreed to restore relations"). Never zS's or zT's state; NULL when none.
** Why: "the White House welcomed the deal" is aimed at each side of it, not
** only at the side named first (issue 4 react25). */
const ActorEntry *joint_act_co_party(Coder *c, size_t iSent, size_t iFound, const char *zS,
                                     const ActorEntry *pT, const ActorEntry *pSelf) {
  const tocsin_doc *d = c->d;
  if (iFound >= d->nEvent || !pT) return NULL;
  const tocsin_event *pE = &d->aEvent[iFound];
  int r = atoi(pE->zRoot);
  const char *zA = event_state(c, &pE->source);
  const char *zT = pT->kind == AK_ORG ? NULL : pT->zCode;
  if (r < 3 || r > 8 || pE->bNegated || pE->iSentence >= iSent || !pE->target.zCode || !pE->source.zCode ||
      (event_party(c, &pE->source) != pT && (!zA || !zT || strncmp(zA, zT, 3))))
    return NULL;
  /* the sentence's other events first (co-signers before the body they
  ** signed with), then the signed deal's own target */
  for (size_t f = 0; f <= d->nEvent; f++) {
    const tocsin_event *pF = f < d->nEvent ? &d->aEvent[f] : pE;
    const tocsin_actor *pOther = NULL;
    if (f == d->nEvent) pOther = !strcmp(pE->zEvent, "057") ? &pE->target : NULL;
    else if (f == iFound) continue;
    else if (pF->iSentence != pE->iSentence || strcmp(pF->zEvent, pE->zEvent) || pF->bNegated || !pF->target.zCode ||
             !pF->source.zCode)
      continue;
    else if (!strcmp(pF->target.zCode, pE->target.zCode)) pOther = &pF->source;
    else if (!strcmp(pF->source.zCode, pE->target.zCode) && !strcmp(pF->target.zCode, pE->source.zCode))
      pOther = &pE->target;
    if (!pOther) continue;
    const char *zO = event_state(c, pOther);
    if (zO && ((zT && !strncmp(zO, zT, 3)) || (zS && !strncmp(zO, zS, 3)))) continue;
    const ActorEntry *pO = event_party(c, pOther);
    if (!pO || pO == pSelf || pO == pT) continue;
    /* ... nor the body the reacting person speaks for ("Guterres hailed the
    ** deals Russia and Ukraine signed with the UN") */
    int bOwnBody = 0;
    for (size_t x = 0; pSelf && pSelf->kind == AK_PERSON && x < pSelf->nRole && !bOwnBody; x++)
      bOwnBody = !strcmp(pSelf->aRole[x].zCode, pO->zCode);
    if (!bOwnBody) return pO;
  }
  return NULL;
}

/* Contract: the target of the live cooperative act pE (roots 03-08) as the
** state or body it stands for, when it is of neither pE's source's state, the
** reacting side's state zS (may be NULL), pT, the reactor pSelf nor the body
** a reacting person speaks for; else NULL. Why: a deal
** noun ("welcomed the agreement") names both parties of the act it answers,
** and an act told one way ("agreed to hand sovereignty to Mauritius") names
** the second party as its target. */
const ActorEntry *deal_other_party(Coder *c, const tocsin_event *pE, const char *zS, const ActorEntry *pT,
                                   const ActorEntry *pSelf) {
  int r = atoi(pE->zRoot);
  if (r < 3 || r > 8 || pE->bNegated || !pE->source.zCode || !pE->target.zCode) return NULL;
  const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
  if (zB && ((zA && !strncmp(zA, zB, 3)) || (zS && !strncmp(zB, zS, 3)))) return NULL;
  const ActorEntry *pO = event_party(c, &pE->target);
  if (!pO || pO == pT || pO == pSelf || pO == event_party(c, &pE->source)) return NULL;
  for (size_t x = 0; pSelf && pSelf->kind == AK_PERSON && x < pSelf->nRole; x++)
    if (!strcmp(pSelf->aRole[x].zCode, pO->zCode)) return NULL;
  return pO;
}

/* Contract: 1 when the act noun at token n is a signed instrument ("deal",
** "agreement", "accord", "pact", "treaty") and the six sentences before iSent
** (not before the roundup item) coded a live signing (057) whose source's
** state is not zS's; else 0. Why: "Iran and the US reached an agreement ...
** Under the deal, the US and the EU will lift sanctions ... Netanyahu called
** the deal a mistake": the deal is the signing, not the newest act told
** under it (issue 4 react25). */
int signed_deal_told(const Coder *c, size_t n, size_t iSent, const char *zS) {
  static const char *const azSigned[] = {"deal", "agreement", "accord", "pact", "treaty", NULL};
  if (n >= c->nTok || !tok_in(c, n, azSigned)) return 0;
  for (size_t e = c->d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &c->d->aEvent[e];
    if (pE->iSentence + 6 < iSent || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= iSent || pE->bNegated || strcmp(pE->zEvent, "057")) continue;
    const char *zA = event_state(c, &pE->source);
    if (!zS || !zA || strncmp(zA, zS, 3)) return 1;
  }
  return 0;
}

/* Contract: 1 when the act of event actor a, of the reacting mention iS's own
** state, was taken by another side of that state: a's code names a role or a
** group (3 letters after the state) unlike the reactor's (mention_role), or
** the reactor is the bare state and a is no organ of it (rebels, a party,
** gunmen); 0 when either side is unknown or a is the bare state. Why:
** "M23 rebels pulled out of Kibumba ... Congo's army called the withdrawal a
** sham", "Police arrested Duterte ... his daughter called the arrest an
** abduction": a judgement at home answers the side that acted, which the
** search for another state's act never finds (issue 4 label26). */
int home_rival(const Coder *c, int iS, const tocsin_actor *a) {
  static const char *const azOrgan[] = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", NULL};
  const char *zR = iS >= 0 ? mention_role(c, iS) : NULL;
  if (!zR || !a->zCode || strlen(a->zCode) < 6 || !is_state_code(a->zCode)) return 0;
  const char *zA = a->zCode + 3;
  if (!*zR) {
    char zHead[4] = {zA[0], zA[1], zA[2], 0};
    return !str_listed(zHead, azOrgan);
  }
  return strncmp(zR, zA, 3) != 0;
}

/* Contract: for a reaction of state zS (may be NULL) to the act noun at
** token n (force or a show of force), the event of the six sentences before
** iSent (not before the roundup item) that blamed, criticised or threatened
** (roots 11, 13) a side for that act: its sentence names the noun
** (sentence_names_word), its target's state is neither zS's nor its
** source's; the newest such, else SIZE_MAX. *pzT2 gets the state of a second
** target the same source gave the same code in that sentence, if any. Why:
** "The Houthis vowed the United States and Britain would pay for the
** overnight strikes ... Iran condemned the strikes": the strikes were told
** only as what the threat answers, so no act of force was coded and the
** reaction found no author (issue 4 label26). */
size_t blamed_for_noun(Coder *c, size_t iSent, size_t n, const char *zS, const char **pzT2) {
  const tocsin_doc *d = c->d;
  if (n >= c->nTok) return SIZE_MAX;
  if (n >= 1 && !tok_in(c, n, azReactionAct) && tok_in(c, n - 1, azReactionAct)) n--;   /* "the strikes as ..." */
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 6 < iSent || before_item(c, pE->iSentence)) break;
    int r = atoi(pE->zRoot);
    if (pE->iSentence >= iSent || pE->bNegated || (r != 11 && r != 13)) continue;
    const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
    if (!zB || (zS && !strncmp(zB, zS, 3)) || (zA && !strncmp(zA, zB, 3))) continue;
    if (!sentence_names_word(c, pE->iSentence, n)) continue;
    for (size_t f = 0; f < d->nEvent && !*pzT2; f++) {
      const tocsin_event *pF = &d->aEvent[f];
      const char *zF = f != e && pF->iSentence == pE->iSentence && !strcmp(pF->zEvent, pE->zEvent) &&
                               pF->source.zCode && pE->source.zCode && !strcmp(pF->source.zCode, pE->source.zCode)
                           ? pF->target.zCountry
                           : NULL;
      if (zF && strncmp(zF, zB, 3) && (!zS || strncmp(zF, zS, 3))) *pzT2 = zF;
    }
    return e;
  }
  return SIZE_MAX;
}

/* Contract: a live, unframed deployment of forces (153, 154, or the 074 of
** posture_as_protection) from one state to another -- source and target of
** different states, neither a dependency of the other -- that the sentence
** refuses ("refused to send", "declined to deploy") or negates after a modal
** stated by its actor ("said it would not send", "will not deploy") becomes
** the refusal of that help, 1222 for troops (154), 1224 for police or
** protection (153, 074), its negation consumed (bNegClear) and, after a
** modal, stated now (bModalFramed). A deployment at home, an unnegated one, a
** hedged one ("would likely not") or one after "did not" is left alone.
** Why: sending forces into another state is the help that state asked for,
** and frame_compose has no refusal of a hostile act, so "Moscow declined to
** send troops to Bishkek" stayed 154, negated -- no CAMEO event -- where the
** gold sets code the rejection (issue 4 judge29). Runs after reply_targets. */
void refused_deployment_abroad(Coder *c) {
  static const char *const azRefuse[] = {"refuse", "refuses", "refused", "refusing", "decline", "declines",
                                         "declined", "declining", NULL};
  const CameoCode *pTroops = dict_cameo(c->p, "1222"), *pPolice = dict_cameo(c->p, "1224");
  for (size_t k = 0; pTroops && pPolice && k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || h->iSrc < 0 || h->iTgt < 0 || !(h->forms & VF_BASE)) continue;
    if (strcmp(h->zCode, "153") && strcmp(h->zCode, "154") && strcmp(h->zCode, "074")) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zS || !zT || !strncmp(zS, zT, 3) || dict_dependency(c->p, zT, zS) || dict_dependency(c->p, zS, zT))
      continue;
    size_t t = h->i;
    while (t > 0 && tok_adverb(c, t - 1)) t--;
    int bRefused = t >= 2 && tok_is(c, t - 1, "to") && tok_in(c, t - 2, azRefuse);
    int bNeg = 0;
    size_t iModal = 0;
    int bModal = !bRefused && modal_before(c, h, &bNeg, &iModal) == 'W' && bNeg;
    if (!bRefused && !bModal) continue;
    h->zAct = h->zCode;
    h->zCode = !strcmp(h->zCode, "154") ? pTroops->zCode : pPolice->zCode;
    h->bFramed = 1;
    h->bNegated = 0;
    h->bNegClear = 1;
    if (bModal) h->bModalFramed = 1;
  }
}

/* Contract: the target mention of the live act that follows hit k's
** condemnation after "and" -- "condemned the attack and vowed war against
** the militants", "condemned the incursion and recalled its ambassador from
** Tehran" -- when hit k is a disapproval (root 11) with no target, the next
** live hit of the same source stands within ten tokens after hit k's words
** with only "and" as its clause link (no comma, clause break or full stop
** between), is an appeal, a demand, a threat, a protest or an act against a
** party (roots 02, 10-17), and its target mention stands after its verb and
** is neither a pronoun nor the condemning mention's group (a rival at home
** may be the one held to account); else -1. Why: a condemnation whose act
** noun no earlier event answered named no one and was dropped, though the
** speaker's next act names whom it holds to account (issue 4 judge29). */
int condemnation_next_target(const Coder *c, size_t k) {
  const VerbHit *h = &c->aH[k];
  if (code_root(h) != 11 || h->iSrc < 0) return -1;
  size_t x = k + 1;
  while (x < c->nH && c->aH[x].bDrop) x++;
  if (x >= c->nH) return -1;
  const VerbHit *b = &c->aH[x];
  int r = code_root(b);
  if (b->iSrc != h->iSrc || b->iTgt < 0 || (r != 2 && (r < 10 || r > 17)) || b->i <= h->e || b->i > h->e + 10)
    return -1;
  int bAnd = 0;
  for (size_t t = h->e; t < b->i; t++) {
    if (clause_break(c, t) || tok_is(c, t, ",") || tok_is(c, t, ".") || tok_is(c, t, ";")) return -1;
    bAnd |= tok_is(c, t, "and");
  }
  const Mention *pT = &c->aM[b->iTgt];
  /* ... an appeal to an international body asks it to act, it is not the
  ** one condemned ("called the breakaway illegal and insisted that the
  ** Security Council hold talks") */
  if ((r == 2 || r == 10) && pT->pMain && pT->pMain->kind == AK_ORG && !strncmp(pT->pMain->zCode, "IGO", 3)) return -1;
  if (!bAnd || pT->i <= b->i || pT->bOwn || pT->bPronoun || b->iTgt == h->iSrc ||
      (pT->iGroup >= 0 && pT->iGroup == c->aM[h->iSrc].iGroup))
    return -1;
  return b->iTgt;
}

/* Contract: 1 when organisation entry p is a social-media or messaging
** platform (Twitter/X, Meta's, TikTok, Telegram, Google's YouTube). */
int platform_org(const ActorEntry *p) {
  static const char *const azPlatform[] = {"MNCUSATWT", "MNCUSAMET", "MNCCHNTTK", "MNCARETLG", "MNCUSAGOO", NULL};
  return p && p->kind == AK_ORG && p->zCode && str_listed(p->zCode, azPlatform);
}

/* Why: "Turkish authorities restricted access to Twitter", "the authorities
** had banned TikTok on the archipelago": a platform blocked by a state
** restricts what its own public may say, CAMEO's restriction of political
** freedoms (1721) at home, as the gold sets code it; it was coded as a
** sanction on the firm (172 at MNCUSATWT; issue 4 lead35). Contract: runs
** after assign_roles; a live hit of 172, 1721 or 191 (blocked access) whose target is a platform
** (platform_org) becomes 1721 aimed at the state of a place the sentence
** names after the hit, else -- for "the archipelago", "the island(s)",
** "the territory" -- at the state the story last named, or else its focus,
** when that is not the source's, else at the source's own state; a ban on
** apps the sentence names as a foreign state's is left as it is. 0 on OOM. */
int platform_restrictions(Coder *c) {
  static const char *const azWhere[] = {"archipelago", "island", "islands", "territory", "region", "province", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int bBlock = !strcmp(h->zCode, "191");   /* "blocked access to Twitter" */
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || (!bBlock && (strncmp(h->zCode, "172", 3) || h->zCode[3] > '1')))
      continue;
    const ActorEntry *pFirm = c->aM[h->iTgt].pMain;
    if (!platform_org(pFirm)) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    /* ... not a ban on a foreign state's apps the sentence names as its
    ** ("India bans TikTok, WeChat and 57 other Chinese apps"): a measure
    ** against that state */
    int bForeign = 0;
    for (size_t m = 0; m < c->nM && !bForeign; m++) {
      const char *zC = NULL;
      if ((int)m == h->iTgt || (int)m == h->iSrc) continue;
      mention_country(c, (int)m, &zC);
      bForeign = zC && !strncmp(zC, pFirm->zCode + 3, 3) && !(zS && !strncmp(zC, zS, 3));
    }
    if (bForeign) continue;
    for (size_t m = 0; m < c->nM && !zT; m++)
      if (c->aM[m].bLoc && c->aM[m].i >= h->e) mention_country(c, (int)m, &zT);
    for (size_t t = h->e; t < c->nTok && !zT; t++) {
      if (!tok_in(c, t, azWhere) || t == 0 || !tok_is(c, t - 1, "the")) continue;
      if (c->zRecentAny && !(zS && !strncmp(c->zRecentAny, zS, 3))) zT = c->zRecentAny;
      else if (c->zFocus && is_state_code(c->zFocus) && !(zS && !strncmp(c->zFocus, zS, 3))) zT = c->zFocus;
    }
    if (!zT) zT = zS;
    const ActorEntry *pC = zT ? country_entry(c, zT) : NULL;
    if (!pC) continue;
    h->zCode = "1721";
    if (!push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Why: "MONROVIA - ... Ghana's President John Kufuor, South Africa's Thabo
** Mbeki and Mozambique's Joaquim Chissano flew in for the handover ceremony",
** "Ban arrived on Sunday for talks": a wire story datelined in the host's
** city tells a visit there without naming the place again, and the visit had
** no target. Contract: a live, unnegated visit (042) told in a past form of
** "arrive", "fly" or "tour", or a mediation (045) of "shuttle", with a source
** and no target gets the dateline's state when the source's state is known
** and is another; left as it is otherwise. 0 on OOM (issue 4, session 45). */
int visit_dateline_host(Coder *c) {
  const char *zD = c->pDateline ? c->pDateline->zCountry : NULL;
  if (!zD || !is_state_code(zD)) return 1;
  const ActorEntry *pHost = country_entry(c, zD);
  if (!pHost) return 1;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || h->bNegated) continue;
    /* ... a visit told as done: "arrived", "flew in", "toured" (not "ended
    ** her visit", nor a plane that was "to land in the capital"); and a
    ** foreign envoy who "shuttled between the two camps" of a crisis at home
    ** mediates in the dateline's state */
    static const char *const azCame[] = {"arrive", "fly", "tour", NULL};
    static const char *const azShuttle[] = {"shuttle", NULL};
    int bVisit = !strcmp(h->zCode, "042") && str_listed(lemma_of(c, h), azCame);
    int bShuttle = !strcmp(h->zCode, "045") && str_listed(lemma_of(c, h), azShuttle);
    if ((!bVisit && !bShuttle) || !(token_forms(c, h->i) & VF_PAST)) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS || !strncmp(zS, zD, 3)) continue;
    if (!push_implied_target(c, k, pHost)) return 0;
  }
  return 1;
}

/* Why: "Israeli opposition leader Benjamin Netanyahu ... has called the deal
** a surrender", "Former President Alvaro Uribe ... called the accord a
** surrender to terrorism": a challenger at home who condemns a deal condemns
** his own government that made it (the gold sets code ISR 111 ISR, COL 111
** COL); the reaction passes aimed it at the foreign party. Contract: a live
** hit of root 11 whose source is an opposition, former-leader or party role
** of a known state S, whose act noun (reaction_noun_at) is a deal, accord,
** agreement, pact, treaty or plan and whose target is of another state or a
** body, is aimed at S instead. 0 on OOM (issue 4, session 45). */
int challenger_condemns_own_deal(Coder *c) {
  static const char *const azHome[] = {"OPP", "ELI", "PTY", NULL};
  static const char *const azDeal[] = {"deal", "accord", "agreement", "pact", "treaty", "plan", "accords", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || code_root(h) != 11 || !reaction_noun(c, h)) continue;
    const Mention *s = &c->aM[h->iSrc];
    if (!s->pAgent || !str_listed(s->pAgent->zRole, azHome)) continue;
    size_t n = reaction_noun_at(c, h);
    if (n >= c->nTok || !tok_in(c, n, azDeal)) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zS || !is_state_code(zS) || (zT && !strncmp(zS, zT, 3))) continue;
    const ActorEntry *pHome = country_entry(c, zS);
    if (!pHome) continue;
    /* (the deal's parties implied before leave the hit's list of targets) */
    for (size_t m = 0; m < c->nM; m++)
      if (c->aM[m].iGroup == implied_group(k)) c->aM[m].iGroup = lone_group(m);
    if (!push_implied_target(c, k, pHome)) return 0;
  }
  return 1;
}

/* Why: "announced the truce on social media", "warned on state television
** that ...": the medium a thing is said on is no party to it; as the
** target it took a state of its own ("NGAMED") or the speaker's (issue 4,
** session 54). Contract: a live hit whose target is a bare media role (MED,
** no body of its own) right after "on" or "via" loses that target. */
void medium_not_target(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0) continue;
    const Mention *m = &c->aM[h->iTgt];
    if (m->pMain || !m->pAgent || !m->pAgent->zRole || strcmp(m->pAgent->zRole, "MED") || m->i == 0) continue;
    size_t b = m->i - 1;
    if (tok_is(c, b, "state") && b > 0) b--;   /* "on state television" when "state" is no part of the mention */
    if (tok_is(c, b, "on") || tok_is(c, b, "via")) h->iTgt = -1;
  }
}

/* Why: "recalled Kuwait's envoy in Manila": the envoy the recalling state
** names by its own name is its own; the state he is posted to, after "in",
** "to" or "from", is the target (issue 4 dev38: the recall was aimed at
** Kuwait and dropped). Contract: a live 161 hit whose target is of the
** source's own state, with "in", "to" or "from" and a state's mention right
** after its words, takes that mention as target. */
void own_envoy_post(Coder *c) {
  static const char *const azAt[] = {"in", "to", "from", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "161") || h->e + 1 >= c->nTok ||
        !tok_in(c, h->e, azAt))
      continue;
    const char *zS = NULL, *zT = NULL, *zP = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zS || !zT || strncmp(zS, zT, 3)) continue;
    int m = -1;   /* (a place too: "in Manila") */
    for (size_t x = 0; x < c->nM && m < 0; x++)
      if (c->aM[x].i == h->e + 1 && !c->aM[x].bPronoun) m = (int)x;
    if (m < 0) continue;
    mention_country(c, m, &zP);
    if (zP && strncmp(zP, zS, 3)) h->iTgt = m;
  }
}

/* Why: "pelted Japan's consulate-general in Shanghai ..., seven days after a
** similar crowd besieged the embassy in Beijing": a mission the text names
** by its host city alone is a foreign state's, never the host's; the crowd
** had been aimed at China itself (issue 4 dev39). Contract: a bare mission
** mention ("the embassy", "the consulate") with no state of its own, right
** before "in" and a place of state X, takes as its state the first other
** state named earlier in the sentence (no place, no aside), else the latest
** other state of the document's events; left alone when there is none. */
void hosted_mission_owner(Coder *c) {
  static const char *const azMission[] = {"embassy", "consulate", "consulate-general", NULL};
  for (size_t k = 0; k + 1 < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun) continue;
    if (!mention_has(c, m, azMission) || m->e + 1 >= c->nTok || !tok_is(c, m->e, "in")) continue;
    if (!tok_is(c, m->i, "the") && !(m->i > 0 && tok_is(c, m->i - 1, "the"))) continue;
    const Mention *pPlace = NULL;
    for (size_t x = k + 1; x < c->nM && !pPlace; x++)
      if (c->aM[x].i == m->e + 1) pPlace = &c->aM[x];
    if (!pPlace || !pPlace->pMain || pPlace->pAgent) continue;
    const char *zHost = NULL;
    mention_country(c, (int)(pPlace - c->aM), &zHost);
    if (!zHost) continue;
    const char *zOwner = NULL;
    for (size_t x = 0; x < k && !zOwner; x++) {
      const Mention *o = &c->aM[x];
      const char *zO = NULL;
      if (o->bLoc || o->bAside || o->bPronoun || o->bOwn) continue;
      mention_country(c, (int)x, &zO);
      if (zO && is_state_code(zO) && strncmp(zO, zHost, 3)) zOwner = zO;
    }
    if (!zOwner) zOwner = latest_other_state(c, zHost);
    const ActorEntry *pOwner = zOwner ? country_entry(c, zOwner) : NULL;
    if (pOwner) m->pCountry = pOwner;
  }
}

/* Why: "promised that Cambodia would compensate the Thai firms whose hotels
** had been looted": a promise whose "that" clause has the promiser's own
** state as subject is aimed at whom the clause's act is done to, not at
** the promiser itself (issue 4 dev38: KHM 030 KHM). Contract: a live hit of
** root 03 whose target is the mention right after "that" at the end of its
** words, of the source's own state, takes as target the first later
** mention of the sentence, before a clause break, of another state (no
** place, aside or pronoun); unchanged when there is none. */
void promise_clause_target(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || code_root(h) != 3 || h->e >= c->nTok || !tok_is(c, h->e, "that"))
      continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->i != h->e + 1 && !(pT->i == h->e + 2 && tok_is(c, h->e + 1, "the"))) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zS || !zT || strncmp(zS, zT, 3)) continue;
    int iNew = -1;
    for (size_t x = 0; x < c->nM && iNew < 0; x++) {
      const Mention *m = &c->aM[x];
      if (m->i <= pT->i) continue;
      int bBreak = 0;
      for (size_t t = pT->e; t < m->i && !bBreak; t++) bBreak = clause_break(c, t) || tok_is(c, t, ".");
      if (bBreak) break;
      if (m->bLoc || m->bAside || m->bPronoun || m->bOwn || m->bSaid) continue;
      const char *zM = NULL;
      mention_country(c, (int)x, &zM);
      if (zM && strncmp(zM, zS, 3)) iNew = (int)x;
    }
    if (iNew >= 0) h->iTgt = iNew;
  }
}

/* The nouns of a trade ban that "the ban" can refer back to. */
static const char *const azBanNoun[] = {"ban", "bans", "embargo", "embargoes", NULL};

/* Contract: remembers the state of the first mention with one within two
** tokens after "ban on" or "embargo on" in this sentence ("its year-old ban
** on Polish meat and plant exports": Poland), with the sentence, for a later
** definite "the ban" (the_trade_ban). */
void remember_trade_ban(Coder *c, size_t iSent) {
  for (size_t t = 0; t + 2 < c->nTok; t++) {
    if (!tok_in(c, t, azBanNoun) || !tok_is(c, t + 1, "on")) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < t + 2 || pm->i > t + 3 || pm->bPronoun) continue;
      const ActorEntry *a = pm->pCountry ? pm->pCountry : pm->pMain;
      if (!a || !a->zCountry || a->bRegion || (a->kind == AK_ORG || a->kind == AK_PERSON || a->kind == AK_GROUP)) continue;
      const char *z = a->zCountry;
      if (!is_state_code(z) || !(a = country_entry(c, z))) continue;
      c->pLastBanned = a;
      c->iLastBanSent = iSent;
      break;
    }
  }
}

/* Why: "Warsaw said the veto would stand until Moscow lifts its ban on
** Polish meat ... Moscow imposed the ban in November 2005": the definite
** ban is the trade ban the story named, a sanction on that state (163),
** not an administrative ban at home (172 on the imposer's own state;
** session 56). Contract: a live hit of 172 with no target whose last word
** is a ban's noun right after "the", "its" or "this", with no "on" after
** it, takes code 163 and as target the state the last "ban on" of the three
** sentences before named (remember_trade_ban), when that is not the
** source's own state. 0 on OOM. */
int the_trade_ban(Coder *c) {
  static const char *const azDefinite[] = {"the", "its", "this", "their", NULL};
  const CameoCode *pEmbargo = dict_cameo(c->p, "163");
  if (!c->pLastBanned || !pEmbargo || c->iLastBanSent >= c->iSentNow || c->iLastBanSent + 3 < c->iSentNow) return 1;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || strcmp(h->zCode, "172") || h->e < 2 || !tok_in(c, h->e - 1, azBanNoun) ||
        !tok_in(c, h->e - 2, azDefinite) || (h->e < c->nTok && tok_is(c, h->e, "on")))
      continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (zS && !strncmp(zS, c->pLastBanned->zCountry, 3)) continue;
    h->zCode = pEmbargo->zCode;
    if (!push_implied_target(c, k, c->pLastBanned)) return 0;
  }
  return 1;
}

/* Contract: the organisation mention m names, else the entry of its state;
** NULL when it names neither. For the memories of who decided or reported. */
static const ActorEntry *body_or_state(const Coder *c, int m) {
  const Mention *pm = &c->aM[m];
  if (pm->pMain && pm->pMain->kind == AK_ORG) return pm->pMain;
  const char *zC = NULL;
  mention_country(c, m, &zC);
  return zC && is_state_code(zC) ? country_entry(c, zC) : NULL;
}

/* Contract: after sentence iSent, remembers as the author of the story's
** report the body or state named right before its last "report" or
** "findings" ("a confidential United Nations report", "the IAEA's report")
** or right after "report by"; nothing when there is none. */
static void remember_report_author(Coder *c, size_t iSent) {
  static const char *const azReport[] = {"report", "findings", NULL};
  for (size_t t = c->nTok; t-- > 1;) {
    size_t n = c->aTok[t].end - c->aTok[t].start;   /* (a cheap test first: this runs on every token) */
    if ((n != 6 && n != 8) || !tok_in(c, t, azReport)) continue;
    size_t e = tok_is(c, t - 1, "'s") ? t - 1 : t;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      int bBefore = pm->e == e, bBy = t + 2 < c->nTok && tok_is(c, t + 1, "by") && pm->i == t + 2;
      if ((!bBefore && !bBy) || pm->bPronoun || pm->pAgent) continue;
      const ActorEntry *a = body_or_state(c, (int)m);
      if (!a) continue;
      c->pReportAuthor = a;
      c->iReportSent = iSent;
      return;
    }
    return;
  }
}

/* Verbs by which a court, an assembly or a government takes a decision the
** story may answer as "the ruling", "the vote", "the resolution". */
static const char *const azDecided[] = {"ruled", "decided", "voted", "adopted", "approved", "passed", "upheld",
                                        "overturned", "annulled", "endorsed", "sentenced", "convicted", "acquitted",
                                        "blocked", "declared", NULL};

/* Contract: after sentence iSent, remembers as the story's decider the state
** or body that is the subject of its last decision verb (azDecided, a past
** form): the mention ending right before the verb, over adverbs, "has", "had"
** and words of a date ("On Friday the General Assembly ... adopted", "the
** Constitutional Court on Sunday blocked"). A body keeps its own entry, any
** other mention its state's with its role ("the Supreme Court": the state
** and JUD). Nothing is remembered when no such subject is found. */
void remember_decider(Coder *c, size_t iSent) {
  static const char *const azBetween[] = {"has", "had", "have", "also", "on", "unanimously", "narrowly", "last",
                                          "late", "early", "this", "week", "monday", "tuesday", "wednesday",
                                          "thursday", "friday", "saturday", "sunday", NULL};
  remember_report_author(c, iSent);
  for (size_t t = c->nTok; t-- > 1;) {
    /* (every verb of the list ends in "ed": a cheap test first, this runs on
    ** every token of every sentence) */
    const Token *pTok = &c->aTok[t];
    if (pTok->end - pTok->start < 5 || c->z[pTok->end - 1] != 'd' || c->z[pTok->end - 2] != 'e') continue;
    /* (not "voted against the text": a vote lost is no decision) */
    if (!tok_in(c, t, azDecided) || (t + 1 < c->nTok && (tok_is(c, t + 1, "against") || tok_is(c, t + 1, "for"))))
      continue;
    size_t u = t;
    while (u > 0 && (tok_adverb(c, u - 1) || tok_in(c, u - 1, azBetween))) u--;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e != u || pm->bPronoun || pm->bLoc || pm->bPrep) continue;
      const ActorEntry *a = body_or_state(c, (int)m);
      if (!a) continue;
      c->pDecider = a;
      c->pDeciderAgent = a->kind == AK_ORG ? NULL : pm->pAgent;
      c->iDeciderSent = iSent;
      return;
    }
  }
}

/* Why: "On Friday the General Assembly adopted a resolution ... We expect
** Moscow to disregard the resolution", "The court ruled ... Opposition
** leaders welcomed the ruling": a reaction to a decision answers whoever
** took it, though the decision itself (a vote, a ruling) was no coded event
** the reply rules could find (issue 4 dev50). Contract: a live hit of roots
** 05, 11 or 12 with a source and no target, whose reaction noun is "the
** ruling", "verdict", "resolution", "vote" or "judgment", takes as target
** the decider (remember_decider) of the four sentences before, with its
** role, unless that is the source's own body; one whose noun is "the
** report" or "the findings" takes the report's author of those sentences
** (remember_report_author), unless that is the source or its state. 0 on
** OOM. */
int decided_reaction_target(Coder *c) {
  /* (not "the decision": a generic deed noun the reply rules find among the
  ** story's acts, "lifted the tariffs ... welcomed the decision") */
  static const char *const azDecision[] = {"ruling", "rulings", "verdict", "resolution", "vote", "judgment",
                                           "judgement", NULL};
  /* ... and "the report" answers its author: "Rwanda dismissed a
  ** confidential United Nations report ... Congo's government welcomed the
  ** report" (issue 4, session 62) */
  static const char *const azReport[] = {"report", "findings", NULL};
  int bDecider = c->pDecider && c->iDeciderSent < c->iSentNow && c->iDeciderSent + 4 >= c->iSentNow;
  int bReport = c->pReportAuthor && c->iReportSent < c->iSentNow && c->iReportSent + 4 >= c->iSentNow;
  if (!bDecider && !bReport) return 1;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int r = code_root(h);
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || (r != 5 && r != 11 && r != 12) || !reaction_noun(c, h)) continue;
    size_t n = reaction_noun_at(c, h);
    if (n >= c->nTok) continue;
    int bRep = bReport && n > 0 && tok_in(c, n, azReport) && tok_is(c, n - 1, "the");
    if (!bRep && (!bDecider || !tok_in(c, n, azDecision))) continue;
    const ActorEntry *pWho = bRep ? c->pReportAuthor : c->pDecider;
    if (c->aM[h->iSrc].pMain == pWho) continue;
    if (bRep && pWho->kind != AK_ORG && pWho->zCountry) {   /* (not the source's own state's report) */
      const char *zS = NULL;
      mention_country(c, h->iSrc, &zS);
      if (zS && !strncmp(zS, pWho->zCountry, 3)) continue;
    }
    Mention m;
    implied_mention(h, pWho, &m);
    m.iGroup = implied_group(k);
    if (!bRep && c->pDeciderAgent) {   /* "the court": the state's court */
      m.pCountry = c->pDecider;
      m.pMain = NULL;
      m.pAgent = c->pDeciderAgent;
    }
    if (!push_mention(c, &m)) return 0;
    h->iTgt = (int)c->nM - 1;
  }
  return 1;
}

/* Why: "Iraq suspended its direct flights from Baghdad to Minsk": a route
** runs from the source's own place to the party the act is aimed at; the
** origin, its own state, took the target and the act was dropped as one on
** itself (issue 4 dev51). Contract: a live hit whose target is a mention
** after "from" on the source's own side, followed right after by "to" and
** another mention, takes that mention as its target. */
void route_destination_target(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->i == 0 || !tok_is(c, pT->i - 1, "from") || pT->e + 1 >= c->nTok || !tok_is(c, pT->e, "to") ||
        !same_side(c, h->iSrc, h->iTgt))
      continue;
    for (size_t m = 0; m < c->nM; m++)
      if (c->aM[m].i == pT->e + 1 && !c->aM[m].bPronoun && !same_side(c, h->iSrc, (int)m)) {
        h->iTgt = (int)m;
        break;
      }
  }
}

