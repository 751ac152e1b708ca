/*
** Replies and joint acts: what a reply answers (reply_targets), mediation
** and its parties, joint acts, releases and exchanges, venues, withdrawals,
** hosted forces and a state's own people as targets.
*/
#include "coder.h"

static int names_mediated_deal(const Coder *c, const VerbHit *h);
static size_t hosts_meeting_noun(const Coder *c, const VerbHit *h);

/* Contract: the state whose sovereignty, territory or airspace the words
** after hit h (up to the sentence's end) say was violated -- "condemned the
** incursion as a breach of Syria's sovereignty", "... of Iraqi airspace" --
** else NULL. Why: that state is the act's victim, so a reaction naming it
** answers whoever acted on it, never an act that state took itself (the
** rebels' own advance told in the lead is no "incursion" into Syria). */
static const char *violated_state_after(const Coder *c, const VerbHit *h) {
  static const char *const azDomain[] = {"sovereignty", "territory", "airspace", "integrity", "borders",
                                         "waters", "territorial", NULL};
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pM = &c->aM[m];
    if (pM->i < h->e || pM->bOwn || pM->e >= c->nTok) continue;
    size_t t = pM->e + (tok_is(c, pM->e, "'s") ? 1 : 0);
    if (t >= c->nTok || !tok_in(c, t, azDomain)) continue;
    const char *z = NULL;
    mention_country(c, (int)m, &z);
    if (z) return z;
  }
  return NULL;
}

/* The deed nouns a reaction may name, by the kind of act they answer:
** force (18-20), a show of force or a test (13-20), a seizure (17-18). */
static const char *const azForce[] = {"strike", "strikes", "attack", "attacks", "raid", "raids", "airstrike",
                                      "airstrikes", "shelling", "bombardment", "assault", "bombing", "bombings",
                                      "killing", "killings", "massacre", "shooting", "offensive", "invasion",
                                      "incursion", "blast", "blasts", "explosion", "explosions", "assassination",
                                      "barrage", "barrages", "salvo", "salvos", "downing", "massacres", "slaughter",
                                      "atrocity", "atrocities", "carnage", NULL};
static const char *const azShow[] = {"launch", "launches", "test", "tests", "flights", "drills", "exercises",
                                     "patrol", "patrols", "deployment", "deployments", "incursions",
                                     "intrusion", "intrusions", "provocation", "provocations", NULL};
static const char *const azSeize[] = {"boarding", "hijacking", "interception", NULL};
static const char *const azVisitNoun[] = {"visit", "visits", "trip", "tour", "stopover", NULL};

/* Contract: after sentence iSent, remembers each deed noun of azForce,
** azShow or azSeize that it names with its doer -- a state's or body's
** possessive ("the North's launch"), adjective ("a Russian missile strike",
** one word between at most) or "by" after it ("the raid by Israeli
** commandos") -- by the noun's interned id, forgetting those four sentences
** old. 0 on OOM. Why: a later reaction to "the launch" answers that doer
** when no coded act of its kind told the deed (act_noun_owner). */
int remember_act_owners(Coder *c, size_t iSent) {
  size_t n = 0;
  for (size_t k = 0; k < c->nActOwner; k++)
    if (c->aActOwner[k].iSent + 4 >= iSent) c->aActOwner[n++] = c->aActOwner[k];
  c->nActOwner = n;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pM = &c->aM[m];
    if (pM->bPronoun || pM->bLoc || pM->e <= pM->i || pM->e >= c->nTok) continue;
    size_t t = pM->e;
    if (tok_is(c, t, "'s") || tok_is(c, t, "'")) t++;
    else if (!pM->bMod) t = c->nTok;
    /* ... "a Russian missile strike": one plain word between */
    if (t + 1 < c->nTok && !tok_in(c, t, azForce) && !tok_in(c, t, azShow) && !tok_in(c, t, azSeize) &&
        c->aTok[t].bWord && !c->aTok[t].bCap && c->aUsed[t] != 1)
      t++;
    /* ... "the raid by Israeli commandos": the noun right before "by" */
    size_t tBy = pM->i >= 2 && tok_is(c, pM->i - 1, "by") ? pM->i - 2 : c->nTok;
    const char *zC = NULL;
    const ActorEntry *pOrg = NULL;
    int bOwner = 0;   /* the doer's state or body, looked up once a deed noun is found */
    for (int pass = 0; pass < 2; pass++) {
      size_t u = pass ? tBy : t;
      if (u >= c->nTok || (!tok_in(c, u, azForce) && !tok_in(c, u, azShow) && !tok_in(c, u, azSeize))) continue;
      if (c->aTok[u].id == TOK_NONE) continue;
      if (!bOwner) {
        bOwner = 1;
        mention_country(c, (int)m, &zC);
        pOrg = !zC && pM->pMain && pM->pMain->kind == AK_ORG ? pM->pMain : NULL;
      }
      if (!zC && !pOrg) break;
      if (!vec_grow((void **)&c->aActOwner, &c->nActOwnerAlloc, c->nActOwner + 1, sizeof(*c->aActOwner))) return 0;
      struct ActOwner *q = &c->aActOwner[c->nActOwner++];
      q->id = c->aTok[u].id;
      q->zC = zC;
      q->pOrg = pOrg;
      q->iSent = iSent;
    }
  }
  return 1;
}

/* Contract: the state code (or, for a body, its code) that the newest
** remembered deed noun (remember_act_owners) with the same interned token as
** token n names as its doer, one to three sentences before iSent in this
** item, that is not speaker state zS; else NULL. */
static const char *act_noun_owner(const Coder *c, size_t iSent, size_t n, const char *zS) {
  if (n >= c->nTok || c->aTok[n].id == TOK_NONE) return NULL;
  for (size_t k = c->nActOwner; k-- > 0;) {
    const struct ActOwner *q = &c->aActOwner[k];
    if (q->iSent >= iSent || q->iSent + 3 < iSent || before_item(c, q->iSent) || q->id != c->aTok[n].id) continue;
    if (q->zC && zS && !strncmp(q->zC, zS, 3)) continue;
    return q->zC ? q->zC : q->pOrg->zCode;
  }
  return NULL;
}

/* Why: a reply names what it answers, not whom ("Myanmar denied the
** accusations", "Qatar rejected the demands", "the EU condemned the
** attack"). Contract: a live finite hit with a source and no target takes as
** target the party of the act it answers: the side that acted on the
** speaker's state in the two sentences before (for a denial of an act known
** only from another side's report, that reporter); for a reaction noun, the
** author of the act the noun names (in this sentence, an issuing body, or an
** earlier act of its kind); else the party the speaker's next act names
** (condemnation_next_target). Left untargeted when none is found. 0 on OOM. */
/* Contract: for reaction hit h (roots 05, 11, 12) whose object is "it"
** right after the verb, the target of the newest event of the same root in
** the sentence before (of this wire item) by another source, as a state or a
** body; else NULL. Why: "ECOWAS condemned the assault on the palace ...
** Moussa Faki Mahamat condemned it as well": "it" is the act the reaction
** before answered, and the reply rules aimed the second condemnation at
** ECOWAS (issue 4, session 41). */
static const ActorEntry *joined_reaction_target(const Coder *c, const VerbHit *h, size_t iSent) {
  int r = code_root(h);
  if ((r != 5 && r != 11 && r != 12) || h->e >= c->nTok || !tok_is(c, h->e, "it") || h->iSrc < 0) return NULL;
  const char *zS = NULL;
  mention_country(c, h->iSrc, &zS);
  for (size_t x = c->d->nEvent; x-- > 0;) {
    const tocsin_event *pX = &c->d->aEvent[x];
    if (pX->iSentence + 1 < iSent || before_item(c, pX->iSentence)) break;
    if (pX->iSentence >= iSent || atoi(pX->zRoot) != r || pX->bNegated) continue;
    const ActorEntry *pT = pX->target.zOrg ? org_entry(c, pX->target.zCode)
                           : pX->target.zCountry ? country_entry(c, pX->target.zCountry) : NULL;
    if (!pT || (zS && pX->target.zCountry && !strncmp(pX->target.zCountry, zS, 3))) return NULL;
    return pT;
  }
  return NULL;
}

/* Contract: for reaction hit h (roots 05, 11, 12) whose act noun is
** followed by a relative clause that opens with its doer -- ", which Omar
** issued" -- that doer's mention (not a pronoun,
** not on the source's side, a lower-case word after it); else -1. Why: the
** clause names whose act the reaction answers ("Japan, Sri Lanka and Russia
** have condemned the edict, which Omar issued on Monday"), where the reply
** rules looked for an earlier coded act and found none (issue 4, session
** 63). */
static int relative_doer(const Coder *c, const VerbHit *h) {
  int r = code_root(h);
  if ((r != 5 && r != 11 && r != 12) || !reaction_noun(c, h)) return -1;
  size_t t = reaction_noun_at(c, h) + 1;
  if (t < c->nTok && tok_is(c, t, ",")) t++;
  /* (not "that": "rejected the report that Russia had used ..." names the
  ** report's content, not its author) */
  if (t + 2 >= c->nTok || !tok_is(c, t, "which")) return -1;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i != t + 1) continue;
    if (pm->bPronoun || pm->e >= c->nTok || !c->aTok[pm->e].bWord || c->aTok[pm->e].bCap ||
        same_side(c, h->iSrc, (int)m))
      return -1;
    return (int)m;
  }
  return -1;
}

/* 1 when token t is a lower-case word of five letters or more ending in
** "ed": a past verb the dictionary need not know ("cautioned"). */
static int past_ed_word(const Coder *c, size_t t) {
  const Token *k = &c->aTok[t];
  return k->bWord && !k->bCap && k->end - k->start >= 5 && c->z[k->end - 2] == 'e' && c->z[k->end - 1] == 'd';
}

int reply_targets(Coder *c, size_t iSent) {
  static const char *const azPlacedAct[] = {"on", "against", "in", "near", NULL};
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    /* "Ankara refused to withdraw them": the subject's own troops a
    ** withdrawal moves are no party to it; the state that pressed for it is,
    ** as for "refused to withdraw its troops" (issue 4 lead48) */
    if (!h->bDrop && h->iTgt >= 0 && h->iSrc >= 0 && c->aM[h->iTgt].bPronoun && c->aM[h->iTgt].pAgent &&
        c->aM[h->iTgt].pAgent->zRole && !strcmp(c->aM[h->iTgt].pAgent->zRole, "MIL") &&
        (!strcmp(lemma_of(c, h), "withdraw") || !strcmp(lemma_of(c, h), "pull")) && same_side(c, h->iSrc, h->iTgt))
      h->iTgt = -1;
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0) continue;
    if (!h->bFramed && !finite_act(c, h) && !refused_hostile_act(c, h))
      continue;
    /* not a joint act ("Russian and Belarusian diplomats held a session"),
    ** not a bare statement ("Putin said ..."), and not an act whose object
    ** the sentence names through an actor it does not code as the target
    ** ("praised the EU decision") */
    const char *zCode = h->zCode;
    /* (a refusal to comment, 011, answers as a denial does: README, dev10's
    ** "declined to comment" towards the party the comment was sought about) */
    if (!strcmp(zCode, "010") || !strcmp(zCode, "019")) continue;
    if (code_root(h) >= 18) continue;   /* force needs its victims in the text */
    /* ... and "Israel's war cabinet met for several hours on Sunday": a
    ** bare "met" with no object and no "with" is a body sitting, no meeting
    ** with the side the story paired it with (issue 4, session 62) */
    if (!strcmp(lemma_of(c, h), "meet") && h->e == h->i + 1 && !in_mention(c, h->e)) {
      int bWith = 0;
      for (size_t t = h->e; t < c->nTok && !bWith && !tok_is(c, t, ",") && !clause_break(c, t); t++)
        bWith = tok_is(c, t, "with");
      if (!bWith) continue;
    }
    /* ... and "the talks were hosted by X" hosts the sides of the talks
    ** just told (mediation_parties) */
    if (h->i > 1 && hosts_meeting_noun(c, h) == h->i - 1) continue;
    /* "Lee visited the islets ..., and Tokyo recalled its ambassador in
    ** protest": an act done "in protest" with no target answers the other
    ** state whose actor opens an earlier clause of the sentence (issue 4,
    ** session 44) */
    int bInProtest = 0;
    for (size_t t = h->e; t + 1 < c->nTok && t < h->e + 3 && !bInProtest; t++)
      bInProtest = tok_is(c, t, "in") && tok_is(c, t + 1, "protest");
    const char *zSp = NULL;
    if (bInProtest) mention_country(c, h->iSrc, &zSp);
    const ActorEntry *pProt = NULL;
    for (size_t m = 0; bInProtest && zSp && m < c->nM && !pProt && c->aM[m].i < c->aM[h->iSrc].i; m++) {
      const Mention *pm = &c->aM[m];
      const char *zM = NULL;
      mention_country(c, (int)m, &zM);
      if (pm->bLoc || pm->bPrep || pm->bBy || pm->bAside || pm->bPronoun || !zM || !strncmp(zM, zSp, 3)) continue;
      pProt = country_entry(c, zM);
    }
    if (pProt) {
      if (!push_implied_target(c, k, pProt)) return 0;
      continue;
    }
    /* "Britain condemned the attack, and France also denounced it": "it"
    ** is what the sentence's earlier reaction of the same root answered, and
    ** so is its target (issue 4, session 47) */
    int iEarlier = -1, rootH = code_root(h);
    int bItReaction = (rootH == 5 || rootH == 11 || rootH == 12) && h->e < c->nTok && tok_is(c, h->e, "it");
    for (size_t x = 0; x < k && bItReaction; x++) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || a->iTgt < 0 || a->iSrc < 0 || code_root(a) != rootH || same_side(c, a->iTgt, h->iSrc) ||
          !comma_and_between(c, a->e, h->i))   /* a clause of its own, not "neither accepted nor recognised it" */
        continue;
      iEarlier = a->iTgt;
    }
    if (iEarlier >= 0) {
      h->iTgt = iEarlier;
      continue;
    }
    const ActorEntry *pJoined = joined_reaction_target(c, h, iSent);
    if (pJoined) {
      if (!push_implied_target(c, k, pJoined)) return 0;
      continue;
    }
    /* "Ankara accused Gulen of masterminding the coup, which he denies": a
    ** denial answers the accusation its own sentence told against the
    ** denier, before any act of the sentences above (issue 4, session 42) */
    /* ... and so does a rejection of the charge itself: "accused her of
    ** insulting Islam, a charge she rejected" (issue 4 dev38) */
    static const char *const azChargeNoun[] = {"charge", "charges", "accusation", "accusations", "allegation",
                                           "allegations", "claim", "claims", NULL};
    int bChargeReply = !strcmp(zCode, "016");
    for (size_t t = h->i >= 3 ? h->i - 3 : 0; t < h->i && !bChargeReply && code_root(h) == 12; t++)
      bChargeReply = tok_in(c, t, azChargeNoun);
    int iAccuser = -1;
    for (size_t x = k; x-- > 0 && bChargeReply && iAccuser < 0;) {   /* the nearest charge */
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || code_root(a) != 11 || a->iSrc < 0 || a->iTgt < 0 || !same_side(c, a->iTgt, h->iSrc)) continue;
      /* ... by another side, or by another organ at home (a government accusing a cleric) */
      const char *zA = mention_role(c, a->iSrc), *zH = mention_role(c, h->iSrc);
      if (!same_side(c, h->iSrc, a->iSrc) || (zA && zH && strcmp(zA, zH))) iAccuser = a->iSrc;
    }
    if (iAccuser >= 0) {
      h->iTgt = iAccuser;
      continue;
    }
    int iDoer = relative_doer(c, h);
    if (iDoer >= 0) {
      h->iTgt = iDoer;
      continue;
    }
    int aS[2];   /* ... unless it reacts to an act: "The truce was mediated by Qatar and Egypt" */
    if (members(c, h->iSrc, aS, 2) > 1 && !reaction_noun(c, h)) continue;
    /* ... its own clause's: "condemned the launch and called on Pyongyang to
    ** return to talks" names Pyongyang for the second act only */
    size_t hi = c->nTok;
    for (size_t x = k + 1; x < c->nH && hi == c->nTok; x++)
      if (!c->aH[x].bDrop) hi = hit_start(&c->aH[x]);   /* a frame's verb starts it */
    for (size_t t = h->e; t < hi; t++)   /* "... as a violation of Iraqi sovereignty" */
      if (tok_is(c, t, "as")) hi = t;
    /* ... or its reason: "welcomed the deal for averting a trade war that
    ** would have hurt German carmakers" (reaction_reason_at) */
    if (h->e < hi && reaction_reason_at(c, h->e)) hi = h->e;
    hi = second_report_clause(c, h->e, hi);
    /* ... nor the next clause, whose verb may have been read as an
    ** attribution: "welcomed the arrest, and Justice Minister Jean-Bernard
    ** Padare told reporters that ..." (issue 4 dev38) */
    for (size_t t = h->e; t + 2 < hi; t++)
      if (and_opens_clause(c, t)) hi = t;
    /* ... nor a clause "but" opens with a verb of its own: "praised the
    ** accord but cautioned against any presence near Iran's borders" (session 43) */
    for (size_t t = h->e; t + 1 < hi; t++)
      if ((tok_is(c, t, "but") && c->aTok[t + 1].bWord && !c->aTok[t + 1].bCap &&
           (tok_finite_form(c, t + 1) || past_ed_word(c, t + 1))) ||
          /* ... nor after ", while": "condemned the coup, while opposition
          ** leader Alassane Ouattara said ..." */
          (t > h->e && tok_is(c, t - 1, ",") && (tok_is(c, t, "while") || tok_is(c, t, "whereas"))))
        hi = t;
    /* ... not counting the next clause's subject ("..., and Tokyo lodged a
    ** protest") or a place ("through diplomatic channels in Beijing") */
    int bObject = 0;
    const char *zS = NULL;   /* the speaker's state */
    mention_country(c, h->iSrc, &zS);
    for (size_t m = 0; m < c->nM && !bObject; m++) {
      const Mention *pM = &c->aM[m];
      if (pM->i < h->e || pM->i >= hi || pM->bOwn || pM->bAside || pM->bBy) continue;
      /* ... nor the speaker's own state in a modifier ("called the flight a
      ** provocative move meant to interfere with U.S. counternarcotics
      ** operations"): no object of the speaker's verdict (self_speech_targets) */
      const char *zM = NULL;
      mention_country(c, (int)m, &zM);
      if (pM->bMod && zM && zS && !strncmp(zM, zS, 3)) continue;
      /* ... though a state where a denied act took place names its victim
      ** ("denied deploying troops in Congo": the README aims a denial at the
      ** victim the sentence names, denial_named_victim; issue 4 africa16) */
      if (pM->bLoc && (strcmp(zCode, "016") || !pM->pMain || pM->pMain->kind != AK_COUNTRY)) continue;
      /* ... nor the medium it was said in ("in a statement read on state television") */
      if (pM->bPrep && pM->pAgent && pM->pAgent->zRole && !strcmp(pM->pAgent->zRole, "MED") && !pM->pMain) continue;
      /* ... the next clause's subject includes a title right before it
      ** ("..., and U.N. chief Antonio Guterres called on ...") */
      int bSubject = 0;
      for (size_t x = k + 1; x < c->nH && !bSubject; x++)
        bSubject = !c->aH[x].bDrop && (c->aH[x].iSrc == (int)m ||
                                       (c->aH[x].iSrc == (int)m + 1 && c->aM[m + 1].i == pM->e));
      bObject = !bSubject;
    }
    if (bObject) continue;
    /* "The United States accused Syria of using chemical weapons. The
    ** government denied ...": a bare organ that denies or rejects an
    ** accusation of the sentences just before is the accused state's */
    if (!zS && (!strcmp(zCode, "016") || code_root(h) == 12) && bare_organ(&c->aM[h->iSrc])) {
      for (size_t e = d->nEvent; e-- > 0 && !zS;) {
        const tocsin_event *pE = &d->aEvent[e];
        if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
        const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
        const ActorEntry *pB = zB ? country_entry(c, zB) : NULL;
        if (!strcmp(pE->zRoot, "11") && zA && pB && strncmp(zA, zB, 3)) {
          zS = zB;
          c->aM[h->iSrc].pCountry = pB;
        }
      }
    }
    const char *zT = NULL;
    const ActorEntry *pOrg = NULL;
    for (size_t e = d->nEvent; zS && e-- > 0 && !zT && !reaction_noun(c, h);) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent || before_item(c, pE->iSentence)) break;
      /* a mediator acts for the parties, not on them: their next act is no
      ** reply to it ("talks mediated by the AU ... the fighters are to disarm") */
      if (!strncmp(pE->zEvent, "045", 3) || !strncmp(pE->zEvent, "039", 3)) continue;   /* ... or offers to */
      const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
      /* ... a former ruler or an opposition figure denying a charge answers
      ** what was done to him, not a foreign word on his state ("Biden
      ** condemned the assault on democracy ... Bolsonaro denied any
      ** responsibility": the quarrel is at home, denial_story_targets) */
      const char *zRoleSp = !strcmp(zCode, "016") ? mention_role(c, h->iSrc) : NULL;
      if (zRoleSp && (!strcmp(zRoleSp, "ELI") || !strcmp(zRoleSp, "OPP")) &&
          (!pE->target.zRole || strcmp(pE->target.zRole, zRoleSp)))
        continue;
      if (zA && zB && !strncmp(zB, zS, 3) && strncmp(zA, zS, 3)) zT = zA;
      /* ... but a denial of such an act known only from another side's
      ** report answers the reporter: "Seoul's spy agency said Pyongyang had
      ** sent troops to Russia ... the Kremlin dismissed the reports" */
      const char *zRoleR = NULL;
      const ActorEntry *pR = NULL;
      if (zT && !strcmp(zCode, "016") && !strcmp(pE->zMood, "reported") &&
          (pR = reporter_of_other(c, e, zS, &zRoleR)) != NULL && (pR->kind == AK_ORG || pR->zCountry)) {
        pOrg = pR->kind == AK_ORG ? pR : NULL;
        zT = pOrg ? pR->zCode : pR->zCountry;
      }
      /* ... or a body: "the United Nations accused Myanmar ...; Myanmar denied the accusation" */
      /* (an intergovernmental body's words are answered only by words:
      ** a call for talks after a U.N. appeal is aimed at the rival, not the
      ** U.N.; issue 4, session 43) */
      if (!zA && zB && !strncmp(zB, zS, 3) && pE->source.zOrg &&
          (strncmp(pE->source.zCode, "IGO", 3) || code_root(h) == 11 || code_root(h) == 12 || !strcmp(zCode, "016")) &&
          (pOrg = org_entry(c, pE->source.zCode)) != NULL)
        zT = pOrg->zCode;
    }
    /* "condemned the decision", "rejected the ruling": a reaction to the act
    ** just reported is aimed at the state that took it */
    int bReaction = reaction_noun(c, h);
    /* ... of the kind the noun names: "the strike" is the last use of force */
    int lo = 0, hiRoot = 20, bWords = 0, bBody = 0, bLegal = 0, bAsked = 0, bCharge = 0;
    const char *zOnly = NULL;   /* the one code the act noun names */
    /* a court's or a body's own kind of act: answered to the body that took it */
    static const char *const azBodyAct[] = {"ruling", "verdict", "warrant", "warrants", "resolution", "report",
                                            "findings", "assessment", "sentence", "sentences", "conviction", "order", NULL};
    if (bReaction) {
      static const char *const azWords[] = {"remarks", "statement", "announcement", "findings", "resolution",
                                            "report", "assessment", NULL};
      static const char *const azPact[] = {"deal", "agreement", "accord", "pact", "treaty", "truce", "talks", "negotiations",
                                           "summit", NULL};
      static const char *const azCharge[] = {"accusation", "accusations", "allegation", "allegations", "charge",
                                             "charges", "claim", "claims", NULL};
      size_t n = reaction_noun_at(c, h);
      bLegal = legal_noun(c, n);
      if (n >= 1 && n < c->nTok && !tok_in(c, n, azForce) && !tok_in(c, n, azPact) && !tok_in(c, n, azShow) &&
          (tok_in(c, n - 1, azForce) || tok_in(c, n - 1, azPact) || tok_in(c, n - 1, azShow)))
        n = n - 1;
      bBody = tok_in(c, n, azBodyAct);
      bWords = tok_in(c, n, azWords) || bBody;   /* a ruling may be a censure: "the court condemned ..." */
      static const char *const azDissent[] = {"protests", "demonstrations", "rallies", "riots", "unrest", NULL};
      /* a ship or plane seized answers the seizure or the force (17-18), not
      ** the owner's protest after it ("French commandos seized the Rainbow
      ** Warrior II ... Greenpeace denounced the raid ... New Zealand condemned
      ** the boarding"; issue 4 lead48) */
      if (tok_in(c, n, azForce)) lo = 18, hiRoot = 20;
      else if (tok_in(c, n, azSeize)) lo = 17, hiRoot = 18;
      else if (tok_in(c, n, azDissent)) lo = hiRoot = 14;   /* "called the protests a provocation": the protesters' */
      else if (tok_in(c, n, azShow)) lo = 13, hiRoot = 20;   /* a missile launch or test: a threat or force */
      else if (tok_in(c, n, azPact)) lo = 3, hiRoot = 8;
      /* ... a denial of "the accusations" answers the accusation (root 11),
      ** not the newest act on the denier ("Mali accused Kyiv ...; Niger
      ** followed suit ...; Ukraine denied the accusations") */
      else if (tok_in(c, n, azCharge) && !strcmp(zCode, "016")) lo = hiRoot = 11, bWords = bCharge = 1;
      /* ... a visit answers the visit the story told, however far back
      ** ("Ahmadinejad visited Abu Musa ... the GCC denounced the visit"),
      ** not a later act between the two sides (issue 4 dev42) */
      else if (tok_in(c, n, azVisitNoun)) lo = hiRoot = 4;
      else if (reaction_demand(c, n, &lo, &hiRoot, &zOnly)) bWords = bAsked = 1;
      else reaction_measure(c, n, &lo, &hiRoot);
      raid_as_coercion(c, n, &lo);
      if (lo == 3 && signed_deal_told(c, n, iSent, zS)) zOnly = "057";
    }
    /* ... a poll is the act of the state that held it, the story's: "the
    ** EU said the election had been neither free nor fair" is aimed at the
    ** state the story is about, not the last foreign speaker (a verdict at
    ** home, on the home government's poll, goes on below) */
    static const char *const azPoll[] = {"election", "elections", "vote", "referendum", "plebiscite", NULL};
    if (bReaction && !zT && zS && c->zFocus && is_state_code(c->zFocus) && strncmp(c->zFocus, zS, 3) &&
        (code_root(h) == 11 || code_root(h) == 12) && tok_in(c, reaction_noun_at(c, h), azPoll))
      zT = c->zFocus;
    /* ... or the act just told in this sentence: "Israel struck Hezbollah
    ** targets, and France condemned the attack" */
    if (bReaction && !zT) zT = same_sentence_act(c, k, lo > 0 ? lo : bWords ? 20 : 14, hiRoot, zS);
    /* ... and a deal is the parties': both sides of a joint act ("Saudi
    ** Arabia and Iran agreed to restore relations ... The White House
    ** welcomed the deal"), which a wire story may name up to six sentences
    ** back: the deal is what the story is about */
    int bPact = bReaction && lo == 3;
    if (bReaction && !zT && (pOrg = body_issuer(c, h, iSent)) != NULL) zT = pOrg->zCode;
    const char *zT2 = NULL;
    size_t iFound = SIZE_MAX;   /* the event whose actor zT is */
    const char *zRoleT = NULL;  /* the role of the home group a reaction targets */
    /* ... at home, the side that asked ("Protesters demanded his resignation.
    ** The government rejected the demand") */
    if (!zT && bAsked) zT = domestic_reply(c, h, iSent, zS, &zRoleT);
    if (bReaction && !zT && lo == 18 && (pOrg = claimed_force_doer(c, iSent, zS, c->aM[h->iSrc].pMain)) != NULL)
      zT = pOrg->zCode;
    /* ... the act the story named by the reaction's own noun, when a newer
    ** act of its kind came after it */
    size_t iNamed = bReaction && (lo == 18 || lo == 17) && hiRoot == 20 && !zT
                        ? named_act_event(c, iSent, reaction_noun_at(c, h), lo, hiRoot, zS)
                        : SIZE_MAX;
    /* ... and the attack a retaliation answers, when the story named it by
    ** no such noun */
    /* (not one the noun places: "denounced the strike on its territory") */
    size_t nAct = reaction_noun_at(c, h);   /* the noun, or the word after "the <adjective>" */
    if (iNamed == SIZE_MAX && bReaction && lo == 18 && hiRoot == 20 && !zT && nAct < c->nTok &&
        !tok_in(c, nAct, azPlacedAct) && !tok_in(c, nAct + 1, azPlacedAct))
      iNamed = answered_act_event(c, iSent, lo, hiRoot, zS);
    /* ... and a generic deed noun ("the decision", "the move") the lead's deed */
    if (bReaction && !zT && lo == 0 && !bWords && tok_in(c, reaction_noun_at(c, h), azGenericDeed))
      iNamed = lead_deed_event(c, iSent, zS);
    /* ... a coup is its makers' whatever was told after it: "welcomed the
    ** coup" went to the latest outsider to act (issue 4 coop23) */
    if (bReaction && !zT) zT = coup_makers(c, h, zS, &zRoleT);
    size_t iHome = SIZE_MAX;   /* the newest act of its kind by another side at home */
    /* ... not for a denial, a rejection or a claim, which answers an accuser
    ** or a victim that may be abroad */
    int bJudge = code_root(h) != 12 && strcmp(zCode, "015") && strcmp(zCode, "016");
    const char *zViolated = bReaction ? violated_state_after(c, h) : NULL;
    /* ... a deal's parties are never those of an act of another kind */
    for (int bKind = 1; bKind >= (bPact ? 1 : 0) && bReaction && !zT; bKind--) {
      for (size_t e = iNamed < d->nEvent && bKind ? iNamed + 1 : d->nEvent; e-- > 0 && !zT;) {
        const tocsin_event *pE = &d->aEvent[e];
        iFound = e;
        /* ... and so may the attack a story is about ("Russia fired missiles at
        ** Kyiv ... NATO condemned the attacks" three sentences on) */
        /* ... as may the charge a denial names ("rejected the accusations"),
        ** which a story tells in its lead */
        /* ... and so may a court's sentence or verdict ("Judges in Grodno
        ** sentenced ... The EU's top diplomat denounced the sentence" three
        ** sentences on, past the other side's own reprisals) */
        int bFar = bPact || lo == 18 || lo == 17 || lo == 16 || lo == 4 || story_show_of_force(lo) || zOnly || bCharge ||
                   (lo == 0 && !bWords) || bLegal;
        if ((pE->iSentence + (bFar && bKind ? 6 : 2) < iSent && e != iNamed) || pE->iSentence >= iSent ||
            before_item(c, pE->iSentence))
          break;
        int r = atoi(pE->zRoot);
        /* (a sentence or verdict names a conviction, 116, whatever range its noun gave) */
        /* (... and a shooting or killing names the force a crackdown used,
        ** 175: "soldiers shot dead scores of demonstrators ... Portugal
        ** denounced the shooting"; issue 4 dev48) */
        if (bKind && (r < lo || r > hiRoot) && !(bLegal && !strncmp(pE->zEvent, "116", 3)) &&
            !(lo == 18 && hiRoot == 20 && !strcmp(pE->zEvent, "175")))
          continue;
        if (bKind && zOnly && strcmp(pE->zEvent, zOnly)) continue;
        if (bKind && bBody && !reaction_body(c, h, pE) && !(pE->source.zRole && !strcmp(pE->source.zRole, "JUD")))
          continue;
        /* ... and the one who brokered or hosted the deal is not a party to it
        ** ("... after talks hosted by China. Iran hailed the deal") */
        if (bPact && (!strcmp(pE->zEvent, "045") || !strcmp(pE->zEvent, "043"))) continue;
        /* ... nor one who welcomed it ("Fiji welcomed the treaty. China criticised the pact") */
        if (bPact && !strcmp(pE->zEvent, "051")) continue;
        /* a generic act noun ("the diversion", "the decision") names a deed,
        ** not the words said about it: not a comment, appeal, accusation or
        ** rejection, unless the noun is itself words ("the remarks") */
        if (bKind && lo == 0 && !bWords && (r <= 2 || r == 10 || r == 11 || r == 12)) continue;
        if (bKind && lo == 0 && said_not_done(pE)) continue;
        /* ... and a deed noun ("the attack", "the launch") answers no one's
        ** words, even when no act of its kind was told: "Chile condemned the
        ** raid. Bolivia criticised the incursion" is not aimed at Chile */
        if (!bKind && lo >= 13 && (r <= 2 || r == 10 || r == 11 || r == 12)) continue;
        /* ... an arrest, charge or verdict names coercion (17) or a
        ** conviction (116), not the last act of any kind */
        if (bKind && bLegal && r != 17 && strncmp(pE->zEvent, "116", 3)) continue;
        /* a state acted, or a group's decision ("the Taliban ordered ...;
        ** Guterres condemned the decision"), not a group's raid long before */
        const char *zA = pE->source.zCountry ? pE->source.zCountry
                         : lo != 18 || e == iNamed ? event_state(c, &pE->source) : NULL;   /* a named act's group is its state's */
        if (zA && zViolated && !strncmp(zA, zViolated, 3)) continue;   /* the violated state violated nothing */
        /* ... at home the organ that took it, when the one reacting is no
        ** organ of that state ("the opposition called the arrest arbitrary") */
        if (zA && bKind && (!zS || !strncmp(zA, zS, 3)) && domestic_critic(c, h->iSrc, &pE->source)) {
          zT = zA;
          zRoleT = pE->source.zRole;
        } else if (zA && (!zS || strncmp(zA, zS, 3))) {
          zT = zA;
        } else if (zA && bKind && owned_act_noun(c, h)) {
          zT = zA;   /* one's own act: its victim is taken below */
        } else if (zA && bKind && zS && bJudge && iHome == SIZE_MAX && home_rival(c, h->iSrc, &pE->source) &&
                   /* (an organ's act on another state is its state's, no
                   ** rival's: "China's Eastern Theater Command surrounded
                   ** Taiwan ... the Taiwan Affairs Office called the drill a
                   ** stern warning"; issue 4 dev49) */
                   !(pE->target.zCountry && strncmp(pE->target.zCountry, zS, 3) && pE->source.zRole &&
                     (!strcmp(pE->source.zRole, "MIL") || !strcmp(pE->source.zRole, "GOV")))) {
          iHome = e;
        }
        /* ... or a body with no state ("The World Court ordered Russia to
        ** suspend ...; Kyiv welcomed the ruling", "The Arab League voted to
        ** suspend Syria ...; Syria's envoy called the decision illegal"), never
        ** the reacting body itself */
        if (!zT && !zA && lo != 18 && (pOrg = reaction_body(c, h, pE)) != NULL) zT = pOrg->zCode;
        /* ... or a body's own words: "ECOWAS gave the junta one week ...; the
        ** junta rejected the ultimatum" */
        if (!zT && !zA && bAsked && bKind && pE->source.zOrg && (pOrg = org_entry(c, pE->source.zCode)) != NULL)
          zT = pOrg->zCode;
        if (!zT && !zA && lo == 18 && bKind && (pOrg = group_force_answered(c, iSent, e, zS)) != NULL) zT = pOrg->zCode;
        /* ... or armed men of the reacting side's own state ("Boko Haram
        ** fighters killed hundreds ...; the Nigerian president condemned the
        ** massacre"): force a government answers for none of, aimed at home */
        const char *zRoleA = pE->source.zRole;
        int bIrregular = (!pE->source.zCountry && pE->source.zOrg) ||
                         (zRoleA && (!strcmp(zRoleA, "REB") || !strcmp(zRoleA, "INS") || !strcmp(zRoleA, "UAF")));
        const char *zHome = zA ? zA : bIrregular ? event_state(c, &pE->source) : NULL;
        if (!zT && zHome && zS && !strncmp(zHome, zS, 3) && lo == 18 && bIrregular) {
          const char *zRoleS = c->aM[h->iSrc].pAgent ? c->aM[h->iSrc].pAgent->zRole : NULL;
          const ActorEntry *pMainS = c->aM[h->iSrc].pMain;
          int bGovS = (zRoleS && !strcmp(zRoleS, "GOV")) || (pMainS && (pMainS->kind == AK_PERSON || pMainS->kind == AK_COUNTRY ||
                                                                          pMainS->kind == AK_CAPITAL));
          if (bGovS) {
            zT = zHome;   /* the group itself when the dictionary has it: "Boko Haram" */
            if (pE->source.zOrg && (pOrg = org_entry(c, pE->source.zCode)) != NULL) zT = pOrg->zCode;
            else if (zRoleA) zRoleT = zRoleA;   /* ... else its role: "gunmen" */
          }
        }
        const char *zB = event_state(c, &pE->target);
        if (zT && bPact && bKind && zA && zB && strncmp(zB, zA, 3) && (!zS || strncmp(zB, zS, 3)))
          for (size_t f = 0; f < d->nEvent && !zT2; f++) {   /* an act of its kind the other way */
            const tocsin_event *pF = &d->aEvent[f];
            /* the cheap tests first: event_state may scan the dictionary */
            if (pF->iSentence + 6 < iSent || pF->iSentence >= iSent || f == e || strcmp(pF->zRoot, pE->zRoot)) continue;
            const char *zFs = event_state(c, &pF->source), *zFt = event_state(c, &pF->target);
            if (zFs && zFt && !strncmp(zFs, zB, 3) && !strncmp(zFt, zA, 3)) zT2 = zB;
          }
      }
      /* ... else, of its kind, another side at home that took it */
      if (!zT && bKind && iHome < d->nEvent) {
        const tocsin_actor *pA = &d->aEvent[iHome].source;
        iFound = iHome;
        if (pA->zOrg && (pOrg = org_entry(c, pA->zCode)) != NULL) zT = pOrg->zCode;
        else if ((zT = event_state(c, pA)) != NULL) zRoleT = pA->zRole;
      }
    }
    if (!zT && bReaction) zT = coup_makers(c, h, zS, &zRoleT);
    /* ... a ruling or verdict no coded act told is the court's that the last
    ** three sentences named with its state: "Ukraine's Supreme Court threw
    ** out the official result ... Yushchenko praised the ruling" (issue 4,
    ** session 47) */
    if (!zT && bReaction && (bBody || bLegal))
      for (size_t q = c->nHead; q-- > 0 && !zT;) {
        const struct RoleHead *pH = &c->aHead[q];
        if (pH->iSent >= iSent || pH->iSent + 3 < iSent || before_item(c, pH->iSent) || strcmp(pH->zRole, "JUD"))
          continue;
        zT = pH->zC;
        zRoleT = "JUD";
      }
    /* ... or the side the story blamed or threatened for the act the noun
    ** names, when that act was told only as what the blame answers */
    if (!zT && bReaction && lo >= 13 && !zT2) {
      size_t eB = blamed_for_noun(c, iSent, reaction_noun_at(c, h), zS, &zT2);
      const tocsin_actor *pB = eB < d->nEvent ? &d->aEvent[eB].target : NULL;
      if (pB && pB->zOrg && (pOrg = org_entry(c, pB->zCode)) != NULL) zT = pOrg->zCode;
      else if (pB) zT = event_state(c, pB);
      if (zT) iFound = eB;
    }
    /* ... or the doer the story named with the noun itself, when no coded
    ** act told the deed: "Seoul had suspended the pact in response to the
    ** North's launch of a satellite ... Washington, Tokyo and Seoul denounced
    ** the satellite launch" */
    if (!zT && bReaction && lo >= 13) zT = act_noun_owner(c, iSent, reaction_noun_at(c, h), zS);
    if (!zT && !bReaction) zT = domestic_reply(c, h, iSent, zS, &zRoleT);
    /* ... but one owns up to, denies or apologises for an act towards its
    ** victim: "Gunmen killed 140 people near Moscow ... Islamic State claimed
    ** responsibility for the attack" is aimed at Russia */
    if (zT && owned_act_noun(c, h) && iFound < d->nEvent) {
      const char *zVictim = event_state(c, &d->aEvent[iFound].target);
      if (zVictim && (!zS || strncmp(zVictim, zS, 3))) {
        zT = zVictim;
        zRoleT = NULL;
        pOrg = NULL;
      }
      /* ... except that a denial of one's own deed known only from another's
      ** report answers the reporter: "Amnesty said Eritrean troops looted a
      ** hospital ... Asmara denied it" */
      const tocsin_event *pF = &d->aEvent[iFound];
      const char *zDoer = event_state(c, &pF->source), *zRoleR = NULL;
      const ActorEntry *pR = NULL;
      if (zS && !strcmp(zCode, "016") && !strcmp(pF->zMood, "reported") && zDoer && !strncmp(zDoer, zS, 3) &&
          (pR = reporter_of_other(c, iFound, zS, &zRoleR)) != NULL) {
        pOrg = pR->kind == AK_ORG ? pR : NULL;
        zT = pOrg ? pR->zCode : pR->zCountry;
        zRoleT = zRoleR;
      }
    }
    /* ... else the party the speaker's next act names: "condemned the attack
    ** and vowed war against al-Shabaab" (condemnation_next_target) */
    if (!zT && !pOrg) {
      int iNext = condemnation_next_target(c, k);
      if (iNext >= 0) {
        h->iTgt = iNext;
        continue;
      }
    }
    const ActorEntry *pC = pOrg && zT == pOrg->zCode ? pOrg : zT ? country_entry(c, zT) : NULL;
    if (pC && !push_implied_target(c, k, pC)) return 0;
    if (pC && zRoleT) c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, zRoleT);
    const ActorEntry *pC2 = pC && zT2 ? country_entry(c, zT2) : NULL;
    /* ... and a joint act's other party, when no act the other way told it */
    int bCo = 0;
    if (pC && !pC2 && bReaction)
      bCo = (pC2 = joint_act_co_party(c, iSent, iFound, zS, pC, c->aM[h->iSrc].pMain)) != NULL;
    /* ... or, for a deal noun, the other party of a cooperative act told one
    ** way: "Britain agreed to hand the islands to Mauritius ... Biden welcomed
    ** the agreement" is aimed at both (issue 4 coop27) */
    if (pC && !pC2 && bPact && iFound < d->nEvent)
      bCo = (pC2 = deal_other_party(c, &d->aEvent[iFound], zS, pC, c->aM[h->iSrc].pMain)) != NULL;
    if (pC2) {
      int iGroup = c->aM[c->aH[k].iTgt].iGroup;
      Mention m = c->aM[c->aH[k].iTgt];
      m.pMain = pC2;
      if (bCo) m.pAgent = NULL;
      m.iGroup = iGroup;
      if (!push_mention(c, &m)) return 0;
    }
    if (pC && !pC2 && bPact && iFound < d->nEvent && !domestic_pact_parties(c, k, &d->aEvent[iFound])) return 0;
    /* "American and British warplanes struck Houthi targets ... Oman
    ** criticised the strikes": an act a compound actor took together is
    ** each member's, so the reaction is aimed at every state that took it
    ** with the same target in that sentence, not the last one named */
    if (pC && !pC2 && bReaction && !bPact && iFound < d->nEvent && pC == country_entry(c, zT)) {
      const tocsin_event *pE = &d->aEvent[iFound];
      const char *zB = event_state(c, &pE->target);
      /* ... and a campaign of force several states waged on one target is
      ** each one's, told sentence by sentence in the story's window ("French
      ** jets attacked ... American and British ships launched missiles ...
      ** the Arab League criticised the bombing": issue 4 accuse23) */
      int bCampaign = lo == 18 && hiRoot == 20;
      for (size_t f = iFound; f-- > 0;) {
        const tocsin_event *pF = &d->aEvent[f];
        if (bCampaign ? pF->iSentence + 6 < iSent || before_item(c, pF->iSentence) : pF->iSentence != pE->iSentence)
          break;
        if (strcmp(pF->zRoot, pE->zRoot) || !pF->source.zCountry) continue;
        const char *zFt = event_state(c, &pF->target);
        if (!zB || !zFt || strncmp(zFt, zB, 3)) continue;
        const char *zFs = pF->source.zCountry;
        /* once per state: not the reacting side, not one already added */
        int bSeen = (zS && !strncmp(zFs, zS, 3)) || !strncmp(zFs, zT, 3);
        for (size_t g = f + 1; g < iFound && !bSeen; g++)
          bSeen = !strcmp(d->aEvent[g].zRoot, pE->zRoot) && d->aEvent[g].source.zCountry &&
                  !strncmp(d->aEvent[g].source.zCountry, zFs, 3);
        const ActorEntry *pCf = bSeen ? NULL : country_entry(c, zFs);
        if (!pCf) continue;
        Mention m = c->aM[c->aH[k].iTgt];
        m.pMain = pCf;
        if (!push_mention(c, &m)) return 0;
      }
    }
  }
  return 1;
}

/* "South Korea accused North Korean troops of killing an official. The
** defence ministry demanded an explanation", "Brazil recalled its ambassador
** from Tel Aviv ... Lula has refused to apologise": a demand, criticism,
** rejection, threat or denial that names no target, said by the side that
** acted on another state in the two sentences before, goes on with that
** state -- the story's quarrel -- when no act on the speaker answered
** (reply_targets). A bare organ ("the defence ministry") is the side of
** the last sentence's actor. Runs after reply_targets. */
int continued_targets(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    /* (a reported deed is the reporter's claim about another, unless a frame
    ** made it the speaker's own stated act: "said China would never back down") */
    if (h->bDrop || (h->bReported && !h->bModalFramed) || h->iTgt >= 0 || h->iSrc < 0 ||
        (!h->bFramed && !finite_act(c, h)))
      continue;
    int root = code_root(h);
    if (strcmp(h->zCode, "016") && (root < 10 || root > 13)) continue;
    /* ... a denial of "the accusation" answers the accuser, whom
    ** denial_accuser finds, not the speaker's latest quarrel ("Hezbollah
    ** accused the Lebanese Forces ... Geagea rejected the accusation", after
    ** the army had detained a Syrian; issue 4 lead38) */
    if (!strcmp(h->zCode, "016") && names_charge(c, h)) continue;
    /* ... and a demand or warning joined by "and" to its subject's act just
    ** before goes where that act went: "condemned the 'cowardly action' on
    ** June 12 and demanded an investigation" (issue 4, session 43) */
    const VerbHit *pPrev = NULL;
    for (size_t x = k; x-- > 0 && !pPrev;)
      if (!c->aH[x].bDrop) pPrev = &c->aH[x];
    if (pPrev && pPrev->iSrc == h->iSrc && pPrev->iTgt >= 0 && code_root(pPrev) >= 10 && code_root(pPrev) <= 13 &&
        h->i > pPrev->e && tok_is(c, h->i - 1, "and") && one_clause(c, pPrev->e, h->i) &&
        !same_side(c, h->iSrc, pPrev->iTgt)) {
      h->iTgt = pPrev->iTgt;
      continue;
    }
    int aS[2];
    if (members(c, h->iSrc, aS, 2) > 1) continue;
    /* a pronoun after the verb names its own object ("demanded their
    ** departure", "ordered his troops"), which is no guess to make here */
    static const char *const azPron[] = {"their", "its", "his", "her", "them", "him", "it", "they", NULL};
    int bPron = 0;
    for (size_t t = h->i + 1; t < c->nTok && t <= h->e + 3 && !bPron; t++) bPron = tok_in(c, t, azPron);
    if (bPron) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    /* ... a bare organ is the side of the sentence before when one side
    ** alone acted there */
    int bMixed = 0;
    for (size_t e = d->nEvent; !zS && !bMixed && bare_organ(&c->aM[h->iSrc]) && e-- > 0;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 1 < iSent || pE->iSentence >= iSent) break;
      const char *zA = pE->source.zCountry;
      bMixed = !zA;
      for (size_t f = e; zA && f-- > 0 && !bMixed && d->aEvent[f].iSentence == pE->iSentence;)
        bMixed = !d->aEvent[f].source.zCountry || strncmp(d->aEvent[f].source.zCountry, zA, 3);
      if (!bMixed) zS = zA;
    }
    if (!zS) continue;
    const ActorEntry *pC = NULL;
    for (size_t e = d->nEvent; !pC && e-- > 0;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      const char *zA = pE->source.zCountry;
      if (!zA || strncmp(zA, zS, 3)) continue;
      /* ... a statement or a policy weighed ("would consider bringing the
      ** dispute before the court in The Hague", 014) and a court are no
      ** party of the quarrel (issue 4 lead38) */
      int bWords = !strcmp(pE->zRoot, "01") && atoi(pE->zEvent) <= 14;   /* 010-014, not a denial (016) */
      if (bWords || (pE->target.zRole && !strcmp(pE->target.zRole, "JUD"))) continue;
      /* ... a denial of a deed of the side known from another's report is
      ** left to denial_accuser, which answers the reporter */
      const char *zRoleR = NULL;
      if (!strcmp(h->zCode, "016") && !strcmp(pE->zMood, "reported") && reporter_of_other(c, e, zS, &zRoleR)) break;
      const char *zB = event_state(c, &pE->target);
      if (zB && strncmp(zB, zS, 3)) pC = country_entry(c, zB);
      else if (!zB && pE->target.zOrg) pC = org_entry(c, pE->target.zCode);
    }
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* "Somalia and Ethiopia had agreed to end their dispute over Ethiopia's
** access to the sea": in a joint act of a compound subject, a target that is
** only the subject's own members' states is a topic, not a third party --
** the act is between the members. (Not for force, where a member's state is
** where allies fight: "Rwandan and Mozambican troops recaptured the town".) True when every target member's state is
** the state of a subject member. */
int target_among_subject(const Coder *c, const int *aS, int nS, const int *aT, int nT) {
  if (nS < 2 || nT < 1) return 0;
  /* ... one of the subject named again: "Mugabe and Tsvangirai signed a
  ** deal ..., with Tsvangirai to become prime minister" (issue 4, session 44) */
  for (int y = 0; y < nT; y++)
    for (int x = 0; x < nS; x++)
      if (c->aM[aT[y]].pMain && c->aM[aT[y]].pMain->kind == AK_PERSON && c->aM[aT[y]].pMain == c->aM[aS[x]].pMain)
        return 1;
  /* ... of two states or more: "the Philippine military and the MILF" are two
  ** sides of one state, whose acts have targets at home */
  const char *z0 = NULL;
  int bTwo = 0;
  for (int x = 0; x < nS && !bTwo; x++) {
    const char *zS = NULL;
    mention_country(c, aS[x], &zS);
    if (zS && !z0) z0 = zS;
    else if (zS && strncmp(zS, z0, 3)) bTwo = 1;
  }
  if (!bTwo) return 0;
  for (int y = 0; y < nT; y++) {
    const char *zT = NULL;
    mention_country(c, aT[y], &zT);
    /* ... their own leaders too: "agreed to resume shuttle diplomacy, with
    ** regular visits by the leaders of both countries" (issue 4, session 39) */
    const Mention *pT = &c->aM[aT[y]];
    if (!zT || (pT->pAgent && (!pT->pAgent->zRole || strcmp(pT->pAgent->zRole, "GOV")))) return 0;
    int bIn = 0;
    for (int x = 0; x < nS && !bIn; x++) {
      const char *zS = NULL;
      mention_country(c, aS[x], &zS);
      bIn = zS && !strncmp(zS, zT, 3);
    }
    if (!bIn) return 0;
  }
  return 1;
}

/* Mediation and its intent (045, 039) are acts between others, never a
** joint act among the mediators ("Venezuela, Cuba and Norway will act as
** guarantors of the talks" do not mediate between themselves). */
int mediation_code(const char *zCode) {
  return !strcmp(zCode, "045") || !strcmp(zCode, "039");
}

/* Does hosting hit h (043) host a meeting named by a noun ("hosted the
** meeting", "hosted their talks", "hosted the two delegations"; in the
** passive, "The meeting was hosted by X") rather than a guest? Returns the
** noun's token index + 1, else 0. Its parties are then the meeting's sides.
** For joint_act_parties and mediation_parties. */
static size_t hosts_meeting_noun(const Coder *c, const VerbHit *h) {
  static const char *const azMeet[] = {"meeting", "meetings", "talks", "summit", "negotiations", "session",
                                       "delegations", "signing", "ceremony", NULL};
  static const char *const azMeetDet[] = {"the", "their", "a", "an", "this", "that", "two", "both", NULL};
  if (strcmp(h->zCode, "043")) return 0;
  /* "The meeting was hosted by Egyptian President Hosni Mubarak" */
  if (h->i >= 2 && h->i < c->nTok && (h->forms & VF_PP) && tok_in(c, h->i - 1, azBe) && tok_in(c, h->i - 2, azMeet))
    return h->i - 1;
  size_t t = h->e;
  while (t < c->nTok && t < h->e + 3 && tok_in(c, t, azMeetDet)) t++;
  return t < c->nTok && tok_in(c, t, azMeet) ? t + 1 : 0;
}

/* The compound source of the nearest live hit before hit k in its sentence
** whose members are two sides, none on hit k's source's side, and whose
** code is of root 04 or 05 (bMeet: the meeting a host holds) or of root 03,
** 05, 08 or 046 (else: the deal a mediator made); hostings and mediations
** are never it. -1 when there is none. A joint act of a compound subject has
** no target of its own until it is coded both ways, so the passes that look
** for its parties (mediated_act_sides) do not see it. */
static int earlier_joint_sides(const Coder *c, size_t k, int bMeet) {
  const VerbHit *h = &c->aH[k];
  for (size_t x = k; x-- > 0;) {
    const VerbHit *p = &c->aH[x];
    int rootP = code_root(p), aS[8];
    if (p->bDrop || p->bNegated || p->iSrc < 0 || p->i >= h->i || !strcmp(p->zCode, "043") || mediation_code(p->zCode))
      continue;
    if (bMeet ? rootP != 4 && rootP != 5 : rootP != 3 && rootP != 5 && rootP != 8 && strcmp(p->zCode, "046")) continue;
    int nS = members(c, p->iSrc, aS, 8), bOwn = 0;
    for (int y = 0; y < nS && !bOwn; y++) bOwn = same_side(c, aS[y], h->iSrc);
    if (nS >= 2 && !bOwn && distinct_sides(c, aS, nS)) return p->iSrc;
  }
  return -1;
}

/* Why: "Maduro and Ali met in St Vincent, where Gonsalves hosted their
** talks", "Israel and Hamas agreed to a pause in the fighting, under a deal
** that Qatar mediated", "Lavrov and Kuleba met in Antalya. Cavusoglu, who
** hosted the meeting, ...": the host of a meeting named by a noun and the
** mediator of a deal named by a noun act between its parties; the noun ("the
** two delegations") is no actor of its own. Contract: runs before
** mediation_parties; a hosting of a meeting noun (hosts_meeting_noun) in a
** ", where" clause with its own subject right after "where" is live again
** (drop_relative_clauses dropped it), and loses a target that is only that
** noun; such a hosting, and a mediation that names its deal
** (names_mediated_deal) or has a clause of its own after the deal noun
** (deal_object_relative_mediation), with no target gets the compound source of an
** earlier joint act of its sentence (earlier_joint_sides) as its targets; else
** it keeps no target, and mediation_parties gives it both sides of a joint
** act of the sentences before. */
void joint_act_parties(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->iSrc < 0) continue;
    size_t n = hosts_meeting_noun(c, h);
    if (n && h->bDrop) {
      size_t j = h->i;
      while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
      if (j == 0 || !tok_is(c, j, "where") || c->aM[h->iSrc].i != j + 1) continue;
      h->bDrop = 0;
      h->bOwnClause = 1;
    }
    if (h->bDrop || (!n && !(mediation_code(h->zCode) && (names_mediated_deal(c, h) || h->bOwnClause)))) continue;
    if (n && h->iTgt >= 0 && c->aM[h->iTgt].i >= h->e && c->aM[h->iTgt].i < n) h->iTgt = -1;
    /* ... nor the venue after the noun: "who hosted the ceremony in the Kremlin" */
    if (n && h->iTgt >= 0 && c->aM[h->iTgt].i >= n && c->aM[h->iTgt].i > 0 &&
        (tok_is(c, c->aM[h->iTgt].i - 1, "in") || tok_is(c, c->aM[h->iTgt].i - 1, "at")))
      h->iTgt = -1;
    if (h->iTgt < 0) h->iTgt = earlier_joint_sides(c, k, n > 0);
  }
}

/* Contract: for mediation hit h (045 or 039 by mediation_code, a verb, not
** a hosting noun), the country of the first place mention after its verb,
** in its clause (no comma, ";", "while" or "but" between) and within ten
** tokens, when no member of the source's group is of that state; else NULL.
** For mediation_parties. */
static const ActorEntry *mediation_ground(const Coder *c, const VerbHit *h) {
  if (!mediation_code(h->zCode) || hosts_meeting_noun(c, h)) return NULL;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i < h->e || pm->i > h->e + 10 || !pm->bLoc || !pm->pMain || pm->pMain->bRegion) continue;
    for (size_t t = h->e; t < pm->i; t++)
      if (tok_is(c, t, ",") || clause_break(c, t)) return NULL;
    const char *zP = NULL;
    mention_country(c, (int)m, &zP);
    if (!zP) return NULL;
    for (size_t x = 0; x < c->nM; x++) {
      const char *zX = NULL;
      if (c->aM[x].iGroup != c->aM[h->iSrc].iGroup) continue;
      mention_country(c, (int)x, &zX);
      if (zX && !strncmp(zX, zP, 3)) return NULL;
    }
    return country_entry(c, zP);
  }
  return NULL;
}

/* "Colombia and the ELN agreed to resume talks ... Venezuela, Cuba and
** Norway will act as guarantors of the talks": a mediation (045, 039) that
** names no party is between the two sides of the last joint act (coded both
** ways) in this sentence or the two before; each mediator gets both, and so
** does the host of a meeting named by a noun (hosts_meeting_noun), who also
** takes the two sides of a meeting told one way ("Lavrov met his Ukrainian
** counterpart in Antalya. The meeting was hosted by Cavusoglu"). Runs after
** release_targets. */
int mediation_parties(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || (!mediation_code(h->zCode) && !hosts_meeting_noun(c, h))) continue;
    const ActorEntry *pA = NULL, *pB = NULL;
    const tocsin_actor *aA = NULL, *aB = NULL;
    for (size_t e = d->nEvent; e-- > 0 && !pA;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      for (size_t f = e; f-- > 0 && !pA;) {
        const tocsin_event *pF = &d->aEvent[f];
        if (pF->iSentence != pE->iSentence) break;
        if (strcmp(pF->zEvent, pE->zEvent) || strcmp(pF->source.zCode, pE->target.zCode) ||
            strcmp(pF->target.zCode, pE->source.zCode))
          continue;
        aA = &pE->source, aB = &pE->target;
        pA = aA->zOrg ? org_entry(c, aA->zCode) : aA->zCountry ? country_entry(c, aA->zCountry) : NULL;
        pB = aB->zOrg ? org_entry(c, aB->zCode) : aB->zCountry ? country_entry(c, aB->zCountry) : NULL;
        if (!pA || !pB) pA = pB = NULL;
      }
    }
    /* ... a host: the last meeting (04, not a hosting or mediation) between
    ** two states or bodies other than the host's, told one way */
    const char *zH = NULL;
    if (!pA && hosts_meeting_noun(c, h)) mention_country(c, h->iSrc, &zH);
    for (size_t e = d->nEvent; e-- > 0 && !pA && hosts_meeting_noun(c, h);) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (pE->bNegated || strcmp(pE->zRoot, "04") || !strcmp(pE->zEvent, "043") || mediation_code(pE->zEvent)) continue;
      const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
      const ActorEntry *pX = event_party(c, &pE->source), *pY = event_party(c, &pE->target);
      if (!pX || !pY || pX == pY || (zA && zB && !strncmp(zA, zB, 3))) continue;
      if (zH && ((zA && !strncmp(zA, zH, 3)) || (zB && !strncmp(zB, zH, 3)))) continue;
      aA = &pE->source, aB = &pE->target;
      pA = pX, pB = pY;
    }
    if (!pA) {
      /* ... else the state of the place it happened, when no mediator is of
      ** it: "Solana and the presidents of Poland and Lithuania mediated a
      ** round table in Kyiv" is between Ukraine's sides (issue 4, session 47) */
      const ActorEntry *pHome = mediation_ground(c, h);
      if (pHome && !push_implied_target(c, k, pHome)) return 0;
      continue;
    }
    if (!push_implied_target(c, k, pA)) return 0;
    Mention *pT = &c->aM[c->aH[k].iTgt];
    if (!aA->zOrg && aA->zRole) pT->pAgent = agent_entry(c, aA->zRole);
    Mention m = *pT;
    m.pMain = pB;
    m.pAgent = !aB->zOrg && aB->zRole ? agent_entry(c, aB->zRole) : NULL;
    if (!push_mention(c, &m)) return 0;
  }
  return 1;
}

/* The state or body an event's actor stands for, without its role: NULL
** when the dictionary has no entry for it. For mediated_act_sides. */
const ActorEntry *event_party(Coder *c, const tocsin_actor *pA) {
  return pA->zOrg ? org_entry(c, pA->zCode) : pA->zCountry ? country_entry(c, pA->zCountry) : NULL;
}

/* Does mediation hit h name the settlement it made, as its object ("helped
** mediate the exchange", "mediated their release") or as the noun it
** describes ("an exchange brokered by Qatar")? Only then are the parties the
** two sides of that settlement; "to mediate in a dispute", "a go-between at
** the talks" name none. For mediated_act_sides. */
static int names_mediated_deal(const Coder *c, const VerbHit *h) {
  static const char *const azDeal[] = {"exchange", "swap", "release", "deal", "talks", "truce", "ceasefire",
                                       "meeting", "agreement", "accord", "handover", NULL};
  static const char *const azDetPoss[] = {"the", "their", "his", "her", "its", "a", "an", "this", "that", NULL};
  size_t t = h->e;
  if (t < c->nTok && tok_in(c, t, azDetPoss)) t++;
  if (t < c->nTok && tok_in(c, t, azDeal)) return 1;
  for (t = h->i; t < h->e; t++)   /* the pattern's own noun: "helped negotiate their release" */
    if (tok_in(c, t, azDeal)) return 1;
  /* ... or the deal noun its comma aside follows: "A truce between A and B, brokered by X," */
  return (h->i > 0 && tok_in(c, h->i - 1, azDeal)) || deal_aside_agent(c, h) >= 0;
}

/* Contract: 1 when event actor a can be one side of a deal within its own
** state: a group with its own code, the bare state, or its government,
** forces, opposition or armed rebels; 0 for civilians, former office
** holders, refugees and the like. For mediated_act_sides. */
static int home_party(const tocsin_actor *a) {
  static const char *const azParty[] = {"GOV", "MIL", "COP", "OPP", "REB", "SEP", "INS", "UAF", NULL};
  return a->zOrg || !a->zRole || str_listed(a->zRole, azParty);
}

/* Why: "Beijing has pressed Bangkok to punish those responsible but has
** stopped short of accusing the Thai army itself", "ECOWAS suspended Mali on
** Sunday but stopped short of imposing new sanctions": the act one stops
** short of is the first clause's subject's, not done (the coder negates it),
** and aimed at its own object, else at the first clause's target; it had
** taken the nearest mention, the first clause's object, as its actor, or
** had no target and was lost. Contract: a live gerund hit right after
** "short of" or "refrained from", whose "stopped" or "refrained" follows
** "but" or "and" (past "has", "have", "had"), takes as source the source of
** the nearest live hit before that conjunction, and, when it has no target
** or its target is that source's side, that hit's target. */
void stopped_short_acts(Coder *c) {
  static const char *const azHave[] = {"has", "have", "had", NULL};
  static const char *const azStop[] = {"stopped", "stops", "stop", "refrained", "refrains", "refrain", NULL};
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || !(h->forms & VF_ING) || h->i < 4) continue;
    size_t v;
    if (tok_is(c, h->i - 1, "of") && tok_is(c, h->i - 2, "short")) v = h->i - 3;
    else if (tok_is(c, h->i - 1, "from")) v = h->i - 2;
    else continue;
    if (!tok_in(c, v, azStop) || v == 0) continue;
    size_t a = v - 1;
    if (tok_in(c, a, azHave) && a > 0) a--;
    if (!tok_is(c, a, "but") && !tok_is(c, a, "and")) continue;
    const VerbHit *pFirst = NULL;
    for (size_t x = k; x-- > 0 && !pFirst;)
      if (!c->aH[x].bDrop && c->aH[x].e <= a && c->aH[x].iSrc >= 0) pFirst = &c->aH[x];
    if (!pFirst) continue;
    h->iSrc = pFirst->iSrc;
    if (h->iTgt < 0 || same_side(c, h->iTgt, h->iSrc)) h->iTgt = pFirst->iTgt;
  }
}

/* Why: "Shoigu telephoned his Armenian and Azerbaijani counterparts the same
** evening and brokered a ceasefire": the parties of a mediation joined by
** "and" to the mediator's contact with two sides are those two; it had no
** target and was lost. Contract: a live mediation (045, 039) with no target
** whose verb follows "and" takes the target of the nearest earlier live hit
** of root 04 by the same source, when that target is one of a compound of
** two or more. */
void mediation_after_contact(Coder *c) {
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || !mediation_code(h->zCode) || h->i == 0 ||
        !tok_is(c, h->i - 1, "and"))
      continue;
    for (size_t x = k; x-- > 0;) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop) continue;
      int aMem[2];
      if (a->iSrc == h->iSrc && code_root(a) == 4 && a->iTgt >= 0 && members(c, a->iTgt, aMem, 2) == 2)
        h->iTgt = a->iTgt;
      break;
    }
  }
}

/* Why: "Russia handed over 215 Ukrainian fighters ... Saudi Arabia and Turkey
** helped mediate the exchange", "Qatar, which mediated the deal, said ...",
** "Iran and the United States each freed five prisoners in an exchange
** brokered by Qatar": a mediation names the deal, swap or release it made
** (a noun) and not its parties, and the deal was told as one side's act
** (a release, a truce, a signing), which mediation_parties, wanting a joint
** act coded both ways, does not find. Contract: runs after
** mediation_parties; a live mediation (045, 039) with no target gets both
** sides of the latest one-sided act of yielding or agreement (root 03, 05,
** 08, or 046) between two different states or bodies, neither the
** mediator's: an earlier act of this sentence, else an event of the two
** sentences before; left as it is when there is none. 0 on OOM. */
/* Contract: the states (else the bodies) of the two members aMem[0..1] of a
** compound subject, in *ppA and *ppB, when they are two and neither is the
** mediator pMed; else leaves them. */
static void member_sides(const Coder *c, const int *aMem, const ActorEntry *pMed, const ActorEntry **ppA,
                         const ActorEntry **ppB) {
  const char *zA = NULL, *zB = NULL;
  mention_country(c, aMem[0], &zA);
  mention_country(c, aMem[1], &zB);
  const ActorEntry *pX = zA ? country_entry(c, zA) : c->aM[aMem[0]].pMain;
  const ActorEntry *pY = zB ? country_entry(c, zB) : c->aM[aMem[1]].pMain;
  if (!pX || !pY || pX == pY || pX == pMed || pY == pMed) return;
  *ppA = pX;
  *ppB = pY;
}

int mediated_act_sides(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || !mediation_code(h->zCode) || !names_mediated_deal(c, h)) continue;
    /* (a bare role the deal's words name is no side: "exchanged 246
    ** prisoners of war in a swap mediated by the UAE"; session 43) */
    int bRoleTgt = h->iTgt >= 0;
    if (bRoleTgt && !(bare_role(&c->aM[h->iTgt]) && c->aM[h->iTgt].i < h->i)) continue;
    const char *zM = NULL;
    mention_country(c, h->iSrc, &zM);
    const ActorEntry *pMed = c->aM[h->iSrc].pMain;
    const ActorEntry *pA = NULL, *pB = NULL;
    /* ... the two members of an earlier joint act's subject: "the two sides
    ** exchanged 246 prisoners each in a swap mediated by the UAE" */
    for (size_t x = k; x-- > 0 && !pA;) {
      const VerbHit *a = &c->aH[x];
      int aMem[3];
      if (a->bDrop || a->bNegated || a->iSrc < 0 || a->iTgt >= 0 || mediation_code(a->zCode) ||
          members(c, a->iSrc, aMem, 3) != 2)
        continue;
      int rootA = code_root(a);
      if (rootA != 3 && rootA != 4 && rootA != 5 && rootA != 8) continue;
      member_sides(c, aMem, pMed, &pA, &pB);
    }
    if (bRoleTgt && !pA) continue;   /* ... only those replace the role */
    /* an earlier act of this sentence: "... each freed five prisoners in an exchange brokered by Qatar" */
    for (size_t x = k; x-- > 0 && !pA;) {
      const VerbHit *a = &c->aH[x];
      int rootA = code_root(a);
      if (a->bDrop || a->bNegated || a->iSrc < 0 || a->iTgt < 0 || mediation_code(a->zCode)) continue;
      if (rootA != 3 && rootA != 5 && rootA != 8 && strcmp(a->zCode, "046")) continue;
      const char *zA = NULL, *zB = NULL;
      mention_country(c, a->iSrc, &zA);
      mention_country(c, a->iTgt, &zB);
      const ActorEntry *pX = zA ? country_entry(c, zA) : c->aM[a->iSrc].pMain;
      const ActorEntry *pY = zB ? country_entry(c, zB) : c->aM[a->iTgt].pMain;
      if (!pX || !pY || pX == pY || pX == pMed || pY == pMed) continue;
      if ((zA && zB && !strncmp(zA, zB, 3)) || (zM && ((zA && !strncmp(zA, zM, 3)) || (zB && !strncmp(zB, zM, 3))))) continue;
      pA = pX, pB = pY;
    }
    /* ... or the joint act whose subject holds the aside: "A truce between
    ** Israel and Hezbollah, brokered by France, took effect" (between_sides
    ** gave it the two sides as a compound subject) */
    for (size_t x = k + 1; x < c->nH && !pA; x++) {
      const VerbHit *a = &c->aH[x];
      int aMem[3];
      if (a->bDrop || !a->bRev || a->iSpan >= h->i || a->i < h->e || members(c, a->iSrc, aMem, 3) != 2) continue;
      member_sides(c, aMem, pMed, &pA, &pB);
    }
    /* pass 0: an act of yielding or agreement; pass 1: else fighting (roots
    ** 18-20), whose two sides are the belligerents a truce or swap is
    ** mediated between ("X shelled Y ... Kenya was trying to mediate a truce") */
    const tocsin_actor *aA = NULL, *aB = NULL;   /* pass 0's two sides at home, with their roles */
    for (int pass = 0; pass < 2 && !pA; pass++)
    for (size_t e = d->nEvent; e-- > 0 && !pA;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (pE->bNegated || mediation_code(pE->zEvent)) continue;
      if (pass == 0 && strcmp(pE->zRoot, "03") && strcmp(pE->zRoot, "05") && strcmp(pE->zRoot, "08") &&
          strcmp(pE->zEvent, "046"))
        continue;
      if (pass == 1 && strcmp(pE->zRoot, "18") && strcmp(pE->zRoot, "19") && strcmp(pE->zRoot, "20")) continue;
      /* a group fighting in its own state ("PSEREBHMS" against "PSE") names one side only */
      if (pass == 1 && !strncmp(pE->source.zCode, pE->target.zCode, 3)) continue;
      const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
      const ActorEntry *pX = event_party(c, &pE->source), *pY = event_party(c, &pE->target);
      /* ... a government and its own rebels, separatists or opposition are
      ** two sides too ("The separatists agreed to disarm ... Russian
      ** peacekeepers brokered the ceasefire"): same state, other codes, each
      ** a party that can make a deal (not civilians or a freed prisoner) */
      int bHome = pass == 0 && zA && zB && !strncmp(zA, zB, 3) && strcmp(pE->source.zCode, pE->target.zCode) &&
                  home_party(&pE->source) && home_party(&pE->target);
      if (!pX || !pY || (pX == pY && !bHome) || pX == pMed || pY == pMed) continue;
      if ((zA && zB && !strncmp(zA, zB, 3) && !bHome) ||
          (zM && ((zA && !strncmp(zA, zM, 3)) || (zB && !strncmp(zB, zM, 3)))))
        continue;
      pA = pX, pB = pY;
      if (bHome) aA = &pE->source, aB = &pE->target;
    }
    if (!pA) continue;
    if (!push_implied_target(c, k, pA)) return 0;
    Mention m = c->aM[c->aH[k].iTgt];
    if (aA) c->aM[c->aH[k].iTgt].pAgent = !aA->zOrg && aA->zRole ? agent_entry(c, aA->zRole) : NULL;
    m.pMain = pB;
    if (aB) m.pAgent = !aB->zOrg && aB->zRole ? agent_entry(c, aB->zRole) : NULL;
    if (!push_mention(c, &m)) return 0;
  }
  return 1;
}

/* Aims hit k at the state of place mention m when that is a state other
** than zS, the source's. -1 on OOM, 0 when the place names no other state,
** else 1 (aimed, or no dictionary entry for the state). Shared by
** ground_seized_inside and withdrawal_place. */
static int aim_at_place_state(Coder *c, size_t k, size_t m, const char *zS) {
  const char *zP = NULL;
  mention_country(c, (int)m, &zP);
  if (!zP || (zS && !strncmp(zP, zS, 3))) return 0;
  const ActorEntry *pC = country_entry(c, zP);
  return pC && !push_implied_target(c, k, pC) ? -1 : 1;
}

/* Why: "Azerbaijani troops probably seized several heights inside Armenia":
** ground seized inside a state is taken from that state, but the state after
** "inside" is a place, and the seizure had no target. Contract: a seizure
** (171) or occupation (192) with no target whose object, within four tokens,
** is a word for ground is aimed at the state of the first place after it
** that "inside", "in" or "within" opens in its clause, when that state is
** not the seizer's own. 0 on OOM. */
int ground_seized_inside(Coder *c) {
  static const char *const azGround[] = {"heights", "hill", "hills", "village", "villages", "town", "towns",
                                         "territory", "positions", "outposts", "posts", "islet", "island", NULL};
  static const char *const azInside[] = {"inside", "in", "within", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || (strcmp(h->zCode, "171") && strcmp(h->zCode, "192"))) continue;
    size_t g = SIZE_MAX;
    for (size_t t = h->e; t < c->nTok && t < h->e + 4 && g == SIZE_MAX; t++)
      if (tok_in(c, t, azGround)) g = t;
    if (g == SIZE_MAX) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pM = &c->aM[m];
      if (pM->i <= g || pM->i > g + 4 || !pM->bLoc || pM->pAgent || !tok_in(c, pM->i - 1, azInside)) continue;
      if (aim_at_place_state(c, k, m, zS) < 0) return 0;
      break;
    }
  }
  return 1;
}

/* "The Security Council voted to end its peacekeeping mission in Mali",
** "France will pull its troops out of bases in Niger": a withdrawal of
** forces or a mission (166x) that names no party is aimed at the state
** where they are, named as the place after the verb in its clause. */
int withdrawal_place(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || strncmp(h->zCode, "166", 3)) continue;
    size_t hi = c->nTok;
    for (size_t x = k + 1; x < c->nH && hi == c->nTok; x++)
      if (!c->aH[x].bDrop) hi = c->aH[x].i;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pM = &c->aM[m];
      if (pM->i < h->e || pM->i >= hi || !pM->bLoc) continue;
      if (clause_break(c, pM->i - 1) && pM->i - 1 >= h->e) break;
      int rc = aim_at_place_state(c, k, m, zS);
      if (rc < 0) return 0;
      if (rc) break;
    }
  }
  return 1;
}

/* Contract: 1 when sentence-opening tokens name the deal the sentence applies
** ("Under the deal, ...", "Under the terms of the accord, ...", "As part of
** the agreement, ..."), else 0. For deal_counterpart_targets. */
static int opens_under_deal(const Coder *c) {
  static const char *const azDeal[] = {"deal", "accord", "agreement", "truce", "ceasefire", "pact", "treaty",
                                       "arrangement", "plan", "declaration", "memorandum", "terms", NULL};
  size_t t = 0;
  if (tok_is(c, 0, "under")) t = 1;
  else if (tok_is(c, 0, "as") && tok_is(c, 1, "part") && tok_is(c, 2, "of")) t = 3;
  else return 0;
  for (size_t u = t; u < t + 6 && u < c->nTok && !tok_is(c, u, ","); u++)
    if (tok_in(c, u, azDeal)) return 1;
  return 0;
}

/* Contract: for hit k, the index of a live deal hit of its own sentence
** (057, 0871, 046) that ends before ", under which" or "under which"
** standing before hit k, with a source; else -1. Why: the terms of a deal
** told in a relative clause ("signed an accord under which Damascus is to
** ...") are owed to the deal's other party (issue 4, dev24 and dev28). */
static int deal_under_which(const Coder *c, size_t k) {
  const VerbHit *h = &c->aH[k];
  size_t u = SIZE_MAX;
  for (size_t t = 0; t + 1 < h->i; t++)
    if (tok_is(c, t, "under") && tok_is(c, t + 1, "which")) u = t;
  if (u == SIZE_MAX) return -1;
  for (size_t x = 0; x < k; x++) {
    const VerbHit *a = &c->aH[x];
    if (a->bDrop || a->iSrc < 0 || a->e > u) continue;
    if (!strcmp(a->zCode, "057") || !strcmp(a->zCode, "0871") || !strcmp(a->zCode, "046")) return (int)x;
  }
  return -1;
}

/* "The United States signed an agreement with the Taliban ... Under the
** deal, Washington will cut its forces ...": an act of yielding or
** cooperation (roots 03-08) told under a deal of the sentences before, with
** no target of its own, is aimed at the other party of that deal -- the
** latest agreement, truce, talks or intent (057, 0871, 046, root 03) in the
** two sentences before whose source or target is the act's own state; a
** withdrawal so aimed is the de-escalation promised to it (0356, not the end
** of a mission abroad, 136). Why: such acts name no party, and were dropped
** for want of a target (issue 4 deal). Runs after withdrawal_place. 0 on OOM. */
int deal_counterpart_targets(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  int bOpens = opens_under_deal(c);
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->zCode[0] != '0' || h->zCode[1] < '3' || h->zCode[1] > '8') continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    /* ... and a deal of this sentence that "under which" opens the terms
    ** of: "Turkey and Syria signed an accord under which Damascus is to
    ** end its support for the rebels" (intents only) */
    int iDeal = bOpens || strncmp(h->zCode, "03", 2) ? -1 : deal_under_which(c, k);
    /* ... a bare organ under such a deal is of the state that made the
    ** deal ("the interior ministry announced a ceasefire ..., under which
    ** government forces are to pull out"), else, two bare organs at home,
    ** of the story's state */
    const Mention *pSrc = &c->aM[h->iSrc];
    if (!zS && iDeal >= 0 && pSrc->pAgent && !pSrc->pMain && !pSrc->pCountry) {
      mention_country(c, c->aH[iDeal].iSrc, &zS);
      if (!zS && c->zFocus && is_state_code(c->zFocus)) zS = c->zFocus;
    }
    if (!zS) continue;
    /* ... or aimed only at its own forces: "Under the accord, Russia will
    ** send peacekeeping troops" (the troops are Russia's) */
    int bOwnPlace = 0;   /* ... or at a place of its own state: "pull out of the city" */
    if (h->iTgt >= 0) {
      mention_country(c, h->iTgt, &zT);
      const Mention *pT = &c->aM[h->iTgt];
      bOwnPlace = pT->pMain && !pT->pAgent && zT && !strncmp(zT, zS, 3) &&
                  (pT->pMain->kind == AK_PLACE || pT->pMain->kind == AK_CAPITAL || pT->pMain->kind == AK_COUNTRY);
      if (!bOwnPlace && (!pT->pAgent || pT->pMain || (zT && strncmp(zT, zS, 3)) || (!zT && pT->pCountry))) continue;
    }
    if ((!bOpens && iDeal < 0) || (bOwnPlace && iDeal < 0)) continue;
    if (iDeal >= 0) {
      int aM[8];
      int n = members(c, c->aH[iDeal].iSrc, aM, 8);
      if (c->aH[iDeal].iTgt >= 0 && n < 8) aM[n++] = c->aH[iDeal].iTgt;
      /* the party of another state; at home, the party that is no organ of
      ** the state ("a ceasefire agreed with Druze leaders, under which
      ** government forces are to pull out of the city") */
      static const char *const azOrgan[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
      const ActorEntry *pC = NULL;
      int iHome = -1;
      for (int x = 0; x < n && !pC; x++) {
        const char *zM = NULL;
        mention_country(c, aM[x], &zM);
        const char *zR = mention_role(c, aM[x]);
        if (zM && strncmp(zM, zS, 3)) pC = country_entry(c, zM);
        else if (zM && zR && *zR && !str_listed(zR, azOrgan) && iHome < 0) iHome = aM[x];
      }
      if (pC && !push_implied_target(c, k, pC)) return 0;
      if (!pC && iHome >= 0) h->iTgt = iHome;
      continue;
    }
    const tocsin_actor *pOther = NULL;
    for (size_t e = d->nEvent; e-- > 0 && !pOther;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (pE->bNegated || (strcmp(pE->zEvent, "057") && strcmp(pE->zEvent, "0871") && strcmp(pE->zEvent, "046") &&
                           strcmp(pE->zRoot, "03")))
        continue;
      const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
      if (zA && !strncmp(zA, zS, 3) && (!zB || strncmp(zB, zS, 3))) pOther = &pE->target;
      else if (zB && !strncmp(zB, zS, 3) && (!zA || strncmp(zA, zS, 3))) pOther = &pE->source;
    }
    if (!pOther) continue;
    const ActorEntry *pC = event_party(c, pOther);
    if (!pC) continue;
    if (!push_implied_target(c, k, pC)) return 0;
    if (!strcmp(h->zCode, "166")) h->zCode = "087";
    else if (!strcmp(h->zCode, "136")) h->zCode = "0356";
  }
  return 1;
}

/* Why: "Paet and Lavrov signed the treaty in Moscow on May 18, and the
** Russian parliament has not ratified it": a ratification is owed to the
** treaty's other party, but "it" and "the treaty" name no party, and the
** pronoun was read as the ratifier's own state. Contract: a ratification
** (057, "ratify") aimed at its own state or at no one is re-aimed at the
** other party of the latest signed deal (057) of this sentence or the two
** before that the ratifier's state is a party to; left as it is when there
** is none. 0 on OOM. */
int ratified_deal_party(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || strcmp(h->zCode, "057") || strcmp(lemma_of(c, h), "ratify")) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS) continue;
    if (h->iTgt >= 0) {
      mention_country(c, h->iTgt, &zT);
      const Mention *pT = &c->aM[h->iTgt];
      if (!zT || strncmp(zT, zS, 3) || pT->pAgent ||
          (pT->pMain && (pT->pMain->kind == AK_ORG || pT->pMain->kind == AK_PERSON)))
        continue;
    }
    const ActorEntry *pC = NULL;
    /* ... a signing of this sentence first */
    for (size_t x = k; x-- > 0 && !pC;) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || a->iSrc < 0 || strcmp(a->zCode, "057") || !strcmp(lemma_of(c, a), "ratify")) continue;
      int aM[8];
      int n = members(c, a->iSrc, aM, 8), bOwn = 0;
      if (a->iTgt >= 0 && n < 8) aM[n++] = a->iTgt;
      const char *zOther = NULL;
      for (int y = 0; y < n; y++) {
        const char *zM = NULL;
        mention_country(c, aM[y], &zM);
        if (zM && !strncmp(zM, zS, 3)) bOwn = 1;
        else if (zM && !zOther) zOther = zM;
      }
      if (bOwn && zOther) pC = country_entry(c, zOther);
    }
    for (size_t e = d->nEvent; e-- > 0 && !pC;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (strcmp(pE->zEvent, "057") || pE->bNegated) continue;
      const char *zA = pE->source.zCountry, *zB = pE->target.zCountry;
      if (zA && zB && !strncmp(zA, zS, 3) && strncmp(zB, zS, 3)) pC = country_entry(c, zB);
      else if (zA && zB && !strncmp(zB, zS, 3) && strncmp(zA, zS, 3)) pC = country_entry(c, zA);
    }
    if (!pC) continue;
    if (h->iTgt >= 0) c->aM[h->iTgt].pMain = pC, c->aM[h->iTgt].pCountry = NULL, c->aM[h->iTgt].pAgent = NULL;
    else if (!push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Aims hit k at the captor pA, the source of a detention or abduction: its
** state with its role, or its organisation. 1 when aimed, 0 when the
** dictionary has no entry for it, -1 on OOM. Shared by release_targets and
** release_own_national. */
static int aim_at_captor(Coder *c, size_t k, const tocsin_actor *pA) {
  const ActorEntry *pC = pA->zCountry ? country_entry(c, pA->zCountry) : pA->zOrg ? org_entry(c, pA->zCode) : NULL;
  if (!pC) return 0;
  if (!push_implied_target(c, k, pC)) return -1;
  if (pA->zCountry && pA->zRole) c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, pA->zRole);
  return 1;
}

/* Why: "The Taliban freed the last seven South Korean hostages, a day
** after releasing 12 others to Red Cross officials": the aid body that
** receives the freed people carries them over and is no party to the
** release; the people's own side is (issue 4, session 63). Contract: a live
** release hit (084x) whose target is a non-governmental body named after
** "to" or "of" (past an article) takes the target of an earlier live
** release hit of the sentence that is no such body, else the state of a
** mention inside its pattern's words ("three Israeli captives"); else it
** loses the target, for the passes after to find the captives' side. */
static int ngo_mention(const Mention *m) {
  return m->pMain && m->pMain->kind == AK_ORG && !strncmp(m->pMain->zCode, "NGO", 3);
}

void release_through_intermediary(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0 || strncmp(h->zCode, "084", 3)) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (!ngo_mention(pT) || pT->i < 1) continue;
    size_t p = pT->i - 1;
    if (tok_is(c, p, "the") && p > 0) p--;
    if (!tok_is(c, p, "to") && !tok_is(c, p, "of")) continue;
    int iNew = -1;
    for (size_t x = 0; x < k && iNew < 0; x++) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || a->iTgt < 0 || strncmp(a->zCode, "084", 3)) continue;
      if (!ngo_mention(&c->aM[a->iTgt])) iNew = a->iTgt;
    }
    /* ... else the people's state the pattern's own words give: "handed three
    ** Israeli captives over to the Red Cross" */
    for (size_t m = 0; m < c->nM && iNew < 0; m++) {
      const Mention *pm = &c->aM[m];
      const char *zM = NULL;
      if (pm->i <= h->i || pm->e > h->e || pm->bPronoun || (int)m == h->iSrc) continue;
      mention_country(c, (int)m, &zM);
      if (zM && is_state_code(zM) && !same_side(c, h->iSrc, (int)m)) iNew = (int)m;
    }
    h->iTgt = iNew;
  }
}

/* "Soldiers detained the president and the prime minister ... ECOWAS and the
** AU demanded the immediate release of the two men": an appeal or demand for a
** release (0253, 1053) that names no one holding the people is aimed at who
** detained or abducted people (173, 181x) in the two sentences before, the
** captor the release is asked of. Runs after continued_targets. */
int release_targets(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || (strcmp(h->zCode, "0253") && strcmp(h->zCode, "1053"))) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    for (size_t e = d->nEvent; e-- > 0;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (strcmp(pE->zEvent, "173") && strncmp(pE->zEvent, "181", 3)) continue;
      const tocsin_actor *pA = &pE->source;
      if (zS && pA->zCountry && !strncmp(pA->zCountry, zS, 3) && !pA->zRole) continue;
      int rc = aim_at_captor(c, k, pA);
      if (rc < 0) return 0;
      if (rc) break;
    }
  }
  return 1;
}

/* Why: "The White House condemned Russia's detention of the American
** reporter and demanded his immediate release": the person whose release is
** asked is the asker's own national, not whom it is asked of; the gold sets
** aim the demand at the captor. Contract: an appeal or demand for a release
** (0253, 1053) aimed at someone of the asker's own state who is no organ of
** it is re-aimed at the source of the latest detention or abduction (173,
** 181x) of the two sentences before whose victim is of that state and whose
** author is of another; left as it is when there is none. 0 on OOM. */
int release_own_national(Coder *c, size_t iSent) {
  static const char *const azOrgan[] = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", NULL};
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0 || h->iSrc < 0 || (strcmp(h->zCode, "0253") && strcmp(h->zCode, "1053"))) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zS || !zT || strncmp(zS, zT, 3)) continue;
    const char *zRole = mention_role(c, h->iTgt);
    int bOrgan = !zRole || !*zRole;
    for (const char *const *z = azOrgan; zRole && *z; z++) bOrgan |= !strcmp(zRole, *z);
    if (bOrgan) continue;
    for (size_t e = d->nEvent; e-- > 0;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (strcmp(pE->zEvent, "173") && strncmp(pE->zEvent, "181", 3)) continue;
      const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
      if (!zB || strncmp(zB, zT, 3) || (zA && !strncmp(zA, zT, 3))) continue;
      int rc = aim_at_captor(c, k, &pE->source);
      if (rc < 0) return 0;
      if (rc) break;
    }
  }
  return 1;
}

/* Why: "Russia handed over 215 Ukrainian fighters ... In return, Kyiv handed
** over 55 prisoners", "Hamas freed 24 hostages from Gaza ..., and Israel
** released 39 Palestinian prisoners": in a swap each side's release is
** aimed at the other party (the gold sets' rule), but the people it names
** are of no state or of the releaser's own ("prisoners", "from Gaza"), so
** the act is aimed at home or at no one and is lost. Contract: runs after
** release_own_national; a live release (084x) with no target, or aimed at
** its source's own state, is re-aimed at the source of another release of
** this sentence, else of the two sentences before, that freed people of the
** releaser's state and came from another; left as it is when there is
** none. 0 on OOM. */
int release_counterpart(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bNegated || h->iSrc < 0 || strncmp(h->zCode, "084", 3)) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS) continue;
    if (h->iTgt >= 0) mention_country(c, h->iTgt, &zT);
    /* people of no state ("55 prisoners") are the releaser's own */
    const Mention *pT = h->iTgt >= 0 ? &c->aM[h->iTgt] : NULL;
    int bBare = pT && !zT && pT->pAgent && !pT->pMain && !pT->pCountry && !pT->pPersonCountry;
    if (pT && !bBare && (!zT || strncmp(zS, zT, 3))) continue;
    const ActorEntry *pOther = NULL;
    for (size_t x = 0; x < c->nH && !pOther; x++) {
      const VerbHit *a = &c->aH[x];
      if (x == k || a->bDrop || a->bNegated || a->iSrc < 0 || a->iTgt < 0 || strncmp(a->zCode, "084", 3)) continue;
      const char *zA = NULL, *zB = NULL;
      mention_country(c, a->iSrc, &zA);
      mention_country(c, a->iTgt, &zB);
      if (!zB || strncmp(zB, zS, 3) || (zA && !strncmp(zA, zS, 3))) continue;
      pOther = zA ? country_entry(c, zA) : c->aM[a->iSrc].pMain;
    }
    for (size_t e = d->nEvent; e-- > 0 && !pOther;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (pE->bNegated || strncmp(pE->zEvent, "084", 3)) continue;
      const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
      if (!zB || strncmp(zB, zS, 3) || (zA && !strncmp(zA, zS, 3))) continue;
      pOther = event_party(c, &pE->source);
    }
    if (pOther && !push_implied_target(c, k, pOther)) return 0;
  }
  return 1;
}

/* "Trudeau welcomed the exemption for Canada", "Hungary criticised the
** ban on Hungarian farmers": a reaction to an act just reported names the
** speaker's own side as who the act was for or against; the act's author,
** in the sentences before, is the target (reply_targets), not the speaker's
** own state. */
void own_beneficiary(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0 || h->iSrc < 0 || !reaction_noun(c, h)) continue;
    Mention *pT = &c->aM[h->iTgt];
    if (pT->pAgent || pT->bPronoun || pT->i == 0 || !tok_is(c, pT->i - 1, "for")) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zS || !zT || strncmp(zS, zT, 3)) continue;
    h->iTgt = -1;
    pT->bAside = 1;   /* ... and no object of the reaction's own */
  }
}

/* "filed a complaint with the WTO against China", "took the dispute to the
** WTO", "launched a case at the ICJ", "would take the matter to the U.N.
** Security Council" (issue 4 aughts17): a court, the WTO or the Security
** Council that hears a complaint or a case is where it is brought, not whom
** it is against. The
** target is the party after "against" in the clause; else, with none named,
** the state the sentences before name as the one acted against
** (reply_targets). */
static int venue_org(const Mention *m) {
  if (!m->pMain || m->pMain->kind != AK_ORG || !m->pMain->zCode || m->pAgent) return 0;
  const char *z = m->pMain->zCode;
  return !strcmp(z, "IGOWTO") || !strcmp(z, "IGOUNOICJ") || !strcmp(z, "IGOICC") || !strncmp(z, "IGOUNOWCT", 9) ||
         !strcmp(z, "IGOUNOSEC") || strstr(z, "JUD") != NULL;
}

void venue_targets(Coder *c) {
  static const char *const azAt[] = {"with", "at", "to", "before", "in", NULL};
  static const char *const azCase[] = {"case", "cases", "complaint", "complaints", "suit", "lawsuit", "challenge",
                                       "challenges", "proceedings", "dispute", "appeal", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    const char *zCode = h->zAct ? h->zAct : h->zCode;
    if (h->bDrop || h->iTgt < 0 || h->iSrc < 0) continue;
    Mention *pT = &c->aM[h->iTgt];
    size_t b = pT->i > 0 && tok_is(c, pT->i - 1, "the") ? pT->i - 1 : pT->i;
    if (!venue_org(pT) || b == 0 || !tok_in(c, b - 1, azAt)) continue;
    /* ... and any act whose object runs on with "a case (complaint) at the
    ** WTO" ("would respond with countermeasures and a case at the World
    ** Trade Organization": the case is heard there; issue 4, session 39) */
    if (strncmp(zCode, "114", 3) && strncmp(zCode, "115", 3) && (b < 2 || !tok_in(c, b - 2, azCase))) continue;
    int iAgainst = -1;
    for (size_t m = 0; m < c->nM && iAgainst < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i <= h->i || (int)m == h->iTgt || pm->bAside || pm->i == 0) continue;
      size_t a = pm->i - 1;
      if (tok_is(c, a, "the") && a > 0) a--;
      int bBreak = 0;
      for (size_t t = h->e; t < a && !bBreak; t++) bBreak = clause_break(c, t);
      if (!bBreak && tok_is(c, a, "against")) iAgainst = (int)m;
    }
    h->iTgt = iAgainst;
    pT->bAside = 1;   /* ... and no object of the act's own */
  }
}

/* "Nicaragua filed the case, accusing Berlin of facilitating genocide",
** "South Korea filed a complaint with the WTO over Japan's export controls":
** a complaint or lawsuit (114, 115) that names no party it is brought
** against (a venue is none: venue_targets) is brought against the one a
** trailing accusation of the same subject names, else the owner of what
** "over" names ("over Japan's curbs") -- not the court the sentences before
** named. */
void lawsuit_parties(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    const char *zCode = h->zAct ? h->zAct : h->zCode;
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || (strncmp(zCode, "114", 3) && strncmp(zCode, "115", 3))) continue;
    for (size_t x = k + 1; x < c->nH && h->iTgt < 0; x++) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || a->iTgt < 0 || strncmp(a->zCode, "112", 3)) continue;
      if (a->iSrc == h->iSrc || (a->iSrc >= 0 && c->aM[a->iSrc].iGroup == c->aM[h->iSrc].iGroup)) h->iTgt = a->iTgt;
    }
    for (size_t m = 0; m < c->nM && h->iTgt < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i <= h->e || pm->bAside || pm->bLoc || !tok_is(c, pm->i - 1, "over") || !tok_is(c, pm->e, "'s")) continue;
      int bBreak = 0;
      for (size_t t = h->e; t + 1 < pm->i && !bBreak; t++) bBreak = clause_break(c, t);
      if (!bBreak) h->iTgt = (int)m;
    }
  }
}

/* "Sisi warned that no one could take Egypt's water", "Iran dismissed the
** accusation", "Abbott refused to apologise, saying Australia ...": words a
** state says -- a comment, demand, charge, rejection or threat --
** are not aimed at that same state. A target that is the speaker's own
** state, neither side naming a role of its own other than the government
** (an opposition, a legislature, an army against a government keeps it),
** is a misreading of the clause's words; the target is left to the
** sentences before (reply_targets, continued_targets). */
static int state_role(const Mention *m) {
  return !m->pAgent || !m->pAgent->zRole || !strcmp(m->pAgent->zRole, "GOV");
}

void self_speech_targets(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0) continue;
    const char *z = h->zCode;
    int root = code_root(h);
    /* (not an appeal: "called on Somalis to stay calm" asks the nation) */
    int bSpeech = root == 1 || (root >= 10 && root <= 13 && strncmp(z, "132", 3) && strcmp(z, "137"));
    if (!bSpeech) continue;
    const Mention *pS = &c->aM[h->iSrc], *pT = &c->aM[h->iTgt];
    if (pT->pGroup || pS->pGroup || !state_role(pS) || !state_role(pT)) continue;
    /* ... the target a state itself: a country, its capital or metonym, or
    ** its government named with it ("the Egyptian government"), not a
    ** person, a group or a bare "authorities" */
    int bState = pT->pMain ? (pT->pMain->kind == AK_COUNTRY || pT->pMain->kind == AK_CAPITAL ||
                              pT->pMain->kind == AK_METONYM)
                           : pT->pCountry != NULL;
    if (!bState || (pS->pMain && pS->pMain->kind == AK_ORG)) continue;
    /* ... and the speaker speaks for the state: a person in office, not a
    ** journalist, cleric or businessman ("RUSMED", "GBRREL") */
    if (pS->pMain && pS->pMain->kind == AK_PERSON) {
      char zBuf[32];
      const char *zP = c->bDocDate ? person_code(pS->pMain, ymd_to_days(c->docDate), 1, zBuf, sizeof zBuf)
                                   : pS->pMain->zCode;
      if (!zP || strlen(zP) < 6 || strcmp(zP + 3, "GOV")) continue;
    }
    int aT[2];
    if (members(c, h->iTgt, aT, 2) > 1) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (zS && zT && !strncmp(zS, zT, 3)) h->iTgt = -1;
  }
}

/* Contract: says whether zCode is the threat of dissent (133: "called a
** general strike", "said they would march again"), which, like the protest
** it announces, falls on the protesters' own state when no target is named.
** Why: the threat had no target and was dropped (issue 4 regional). */
static int dissent_threat_at_home(const char *zCode) {
  return !strcmp(zCode, "133");
}

/* Contract: for a hit on a verb of sending or deploying ("would send extra
** police and soldiers", "deployed troops and police") whose nT >= 2 target
** members aT are all bare force roles (soldiers, police: MIL or COP, no named
** body) of the source's own state or of none, returns 1, so the first member
** stands for the forces sent; else nT. Why: the forces are what is sent, and
** one act came out once per force, the same act twice at the same state -- one
** event matched the gold, the other was an extra (issue 4 asia: six on the
** development sets). */
int sent_forces_as_one(const Coder *c, const VerbHit *h, const int *aT, int nT) {
  static const char *const azSend[] = {"deploy", "deploys", "deployed", "deploying", "send", "sends", "sent",
                                       "sending", "dispatch", "dispatches", "dispatched", "dispatching",
                                       "rush", "rushes", "rushed", "rushing", NULL};
  static const char *const azForceRole[] = {"MIL", "COP", NULL};
  if (nT < 2 || h->iSrc < 0 || !tok_in(c, h->i, azSend)) return nT;
  /* the source's state, else (a bare "the government") the one the forces
  ** name, which all must share */
  const char *zS = NULL;
  mention_country(c, h->iSrc, &zS);
  for (int x = 0; x < nT; x++) {
    const Mention *pm = &c->aM[aT[x]];
    if (pm->pMain || !pm->pAgent || !pm->pAgent->zRole || !str_listed(pm->pAgent->zRole, azForceRole)) return nT;
    const char *zM = NULL;
    mention_country(c, aT[x], &zM);
    if (zM && !zS) zS = zM;
    else if (zM && strncmp(zM, zS, 3)) return nT;
  }
  return 1;
}

/* Why: "Police have not arrested anyone over the killings": an act whose
** object is "anyone", "anybody", "nobody", "none" or "no one" names no party,
** and was given the country of the place as its target. Contract: a live hit
** with no target whose pattern is followed right away by one of those words,
** itself followed by punctuation, the end or a preposition ("anyone over the
** killings", not "anyone who tried"), is dropped; other hits are left as
** they are. */
void nobody_object(Coder *c) {
  static const char *const azNobody[] = {"anyone", "anybody", "nobody", "none", NULL};
  static const char *const azAfter[] = {"over", "for", "in", "on", "at", "yet", "since", "after", "so", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->e >= c->nTok) continue;
    size_t e = tok_in(c, h->e, azNobody) ? h->e + 1 : 0;
    if (h->e + 1 < c->nTok && tok_is(c, h->e, "no") && tok_is(c, h->e + 1, "one")) e = h->e + 2;
    /* ... not a defined set: "would arrest anyone who", "anyone taking part" */
    if (e && (e >= c->nTok || !c->aTok[e].bWord || tok_in(c, e, azAfter))) h->bDrop = 1;
  }
}

/* Contract: 1 when hit h is a demobilisation -- disarming, disbanding,
** laying down arms (0873) -- or the intent (0356) or refusal (1246) of one,
** by its act code (zAct) or by those words in its span. Why: forces that agree
** to disarm name no target, and the act was lost; CAMEO codes it at their own
** country, as the gold sets code the Karabakh, Tigray and FARC disarmament
** pledges (issue 4 intent23). Other 0356 intents (withdraw, pull back) are
** aimed at the side withdrawn from, so they are not counted. */
int demobilisation(const Coder *c, const VerbHit *h) {
  static const char *const azDemob[] = {"disarm", "disarms", "disarmed", "disarming", "disband", "disbands",
                                        "disbanded", "disbanding", "demobilize", "demobilise", "demobilized",
                                        "demobilised", "decommission", "decommissioned", NULL};
  static const char *const azArms[] = {"arms", "weapons", NULL};
  if (!strcmp(h->zCode, "0873")) return 1;
  if (strcmp(h->zCode, "0356") && strcmp(h->zCode, "1246")) return 0;
  if (h->zAct && !strcmp(h->zAct, "0873")) return 1;
  for (size_t t = h->i; t < h->e && t < c->nTok; t++) {
    if (tok_in(c, t, azDemob)) return 1;
    if (t + 2 < h->e && tok_is(c, t + 1, "down") && tok_in(c, t + 2, azArms)) return 1;   /* "lay down ~ arms" */
    /* ... "lay down their arms": a possessive between (issue 4 intent24) */
    if (t + 3 < h->e && tok_is(c, t + 1, "down") && tok_in(c, t + 3, azArms)) return 1;
  }
  return 0;
}

/* Contract: a removal pattern whose own words name the office ("remove ~
** president|leader|premier|ruler", "remove ~ prime minister") and that found
** no target takes that office's mention inside the pattern as its target:
** the state's head, coded GOV, whose state is the possessor's or, with none,
** the acting body's. Why: the pattern consumed the noun, so "Peru's Congress
** votes to remove President Castillo" (a surname the dictionary does not
** know alone) or "the senate voted to remove the president" had no target
** and no event, while "remove President Pedro Castillo" had one. */
int ousted_office_target(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || strcmp(h->zAct ? h->zAct : h->zCode, "173") ||
        strcmp(lemma_of(c, h), "remove"))
      continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i > h->i && pm->e <= h->e && pm->pAgent && pm->pAgent->zRole && !strcmp(pm->pAgent->zRole, "GOV") &&
          (int)m != h->iSrc) {
        h->iTgt = (int)m;
        break;
      }
    }
  }
  return 1;
}

/* Contract: 1 when hit h is an apology (055) made "to the public", "to the
** nation", "to the people" or "to the country". Why: "Yoon apologised to the
** public in a televised address": a leader's apology to his own people is
** aimed at home, as the gold sets code it (issue 4 lead35). */
static int apology_at_home(const Coder *c, const VerbHit *h) {
  static const char *const azPublic[] = {"public", "nation", "people", "country", "citizens", "voters", NULL};
  if (strcmp(h->zCode, "055") || h->e + 2 >= c->nTok || !tok_is(c, h->e, "to")) return 0;
  size_t t = h->e + 1;
  if (tok_is(c, t, "the")) t++;
  return tok_in(c, t, azPublic);
}

/* Where a state keeps its forces: "where U.S. soldiers are stationed",
** "the troops it has based in Niger" (hosted_forces_target,
** stationed_force_withdrawn). */
static const char *const azStationed[] = {"stationed", "based", "deployed", "garrisoned", "posted", NULL};

/* Contract: for force (18-20) aimed at a base or place of one state, sets the
** target to another state's forces the sentence says it hosts ("the Al Udeid
** air base in Qatar, which hosts US forces", "a base near Erbil, where U.S.
** soldiers are stationed", "two Iraqi bases hosting US forces"). Why: a state's
** forces hosted in another state are what the fire is aimed at -- Iran struck
** the United States, not Qatar -- as the gold sets code it. */
int hosted_forces_target(Coder *c) {
  static const char *const azHost[] = {"hosts", "host", "hosting", "hosted", "houses", "housing", NULL};
  static const char *const azHostBe[] = {"are", "were", "is", "was", "remain", "remained", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iTgt < 0 || root < 18 || root > 20 || h->bFramed) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->pAgent || !pT->pMain || pT->i < h->e ||
        (pT->pMain->kind != AK_PLACE && pT->pMain->kind != AK_CAPITAL && pT->pMain->kind != AK_COUNTRY))
      continue;
    const char *zT = pT->pMain->zCountry;
    int iF = -1;
    for (size_t m = 0; m < c->nM && iF < 0; m++) {
      const Mention *f = &c->aM[m];
      if (f->i <= pT->i || f->i > pT->e + 12 || !f->pAgent || !f->pAgent->zRole || strcmp(f->pAgent->zRole, "MIL") ||
          !f->pCountry || !f->pCountry->zCountry || (zT && !strcmp(f->pCountry->zCountry, zT)))
        continue;
      /* "..., which hosts US forces": a hosting word just before the forces */
      int bHost = f->i >= 1 && tok_in(c, f->i - 1, azHost);
      /* "..., where U.S. soldiers are stationed" */
      bHost |= f->e + 1 < c->nTok && tok_in(c, f->e, azHostBe) && tok_in(c, f->e + 1, azStationed);
      /* nothing but the base's words between: no other verb's clause */
      for (size_t t = h->e; t < f->i && bHost; t++)
        if (t != h->i && tok_is(c, t, ".")) bHost = 0;
      for (size_t x = 0; x < c->nH && bHost; x++)
        if (x != k && !c->aH[x].bDrop && c->aH[x].i > h->e && c->aH[x].i < f->i) bHost = 0;
      if (bHost) iF = (int)m;
    }
    if (iF >= 0) h->iTgt = iF;
  }
  return 1;
}

/* Why: "We do not expect Ethiopia to withdraw the several thousand soldiers
** stationed on Somali soil", "Russia will not withdraw the 1,500 troops it
** has in Transnistria": troops leaving a state they are stationed in end an
** involvement there (166, tests/gold/README.md "Codes"), aimed at the host;
** the place was no target, and the troops took the host's state (087 at
** MDAMIL; issue 4 dev46). Contract: a live hit coded 087 or 0356 whose lemma
** is withdraw, pull or draw, with a force word after it in its clause that a
** stationing phrase follows within five tokens -- "stationed", "based",
** "deployed", "garrisoned" or "posted", or "it", "they" or "we" with "has",
** "have", "keeps", "keep", "maintains" or "maintain" -- then "in", "on" or
** "at" and a mention of a state, or of a place or ground in one ("Somali
** soil"), of another state than the source's, gets that state as an implied
** target and code 166 (0356: 136), unless the story told force between the
** two (fought_in_story). 0 on OOM. */
int stationed_force_withdrawn(Coder *c, size_t iSent) {
  static const char *const azLeave[] = {"withdraw", "pull", "draw", NULL};
  static const char *const azTroopWord[] = {"troops", "soldiers", "forces", "force", "contingent", "contingents",
                                            "garrison", "personnel", "servicemen", "marines", "units", NULL};
  static const char *const azHave[] = {"has", "have", "keeps", "keep", "maintains", "maintain", NULL};
  static const char *const azHaver[] = {"it", "they", "we", NULL};
  static const char *const azAt[] = {"in", "on", "at", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int bNow = !strcmp(h->zCode, "087"), bIntent = !strcmp(h->zCode, "0356");
    if (h->bDrop || h->iSrc < 0 || (!bNow && !bIntent) || !str_listed(lemma_of(c, h), azLeave)) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS) continue;
    size_t iAt = SIZE_MAX;
    for (size_t t = h->i + 1; t < c->nTok && t < h->e + 8 && iAt == SIZE_MAX; t++) {
      if (clause_break(c, t) || tok_is(c, t, ",")) break;
      if (!tok_in(c, t, azTroopWord)) continue;
      for (size_t u = t + 1; u + 1 < c->nTok && u <= t + 5 && iAt == SIZE_MAX; u++) {
        if (tok_in(c, u, azStationed) && tok_in(c, u + 1, azAt)) iAt = u + 1;
        else if (u + 2 < c->nTok && tok_in(c, u, azHaver) && tok_in(c, u + 1, azHave) && tok_in(c, u + 2, azAt))
          iAt = u + 2;
        if (clause_break(c, u) || tok_is(c, u, ",")) break;
      }
    }
    if (iAt == SIZE_MAX) continue;
    const char *zHost = NULL;
    for (size_t m = 0; m < c->nM && !zHost; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < iAt + 1 || pm->i > iAt + 2 || pm->bPronoun) continue;
      mention_country(c, (int)m, &zHost);
    }
    if (!zHost || !strncmp(zHost, zS, 3) || fought_in_story(c, zS, zHost, iSent)) continue;
    char zC[4];
    snprintf(zC, sizeof zC, "%.3s", zHost);
    const ActorEntry *pHost = country_entry(c, zC);
    if (!pHost) continue;
    if (!push_implied_target(c, k, pHost)) return 0;
    h->zCode = bNow ? "166" : "136";
  }
  return 1;
}

/* Contract: for an inquiry hit k (09x) with no target that is opened "over
** the <noun>" (its date may come between: "opened a criminal case on
** Tuesday over the removal"), the state of the newest event's source, in
** the three sentences before, that is not zOwn's; NULL otherwise. Why: "took
** down a Soviet tank monument ... Russia's Investigative Committee opened a
** criminal case over the removal" aims the case at the state that acted,
** not at home (issue 4 lead48). */
static const char *inquiry_over_act(const Coder *c, size_t k, const char *zOwn) {
  const VerbHit *h = &c->aH[k];
  if (strncmp(h->zCode, "09", 2) || !zOwn) return NULL;
  size_t t = h->e;
  while (t < h->e + 5 && t < c->nTok && !tok_is(c, t, "over") &&
         (tok_is(c, t, "on") || tok_is(c, t, "last") || is_digit((unsigned char)c->z[c->aTok[t].start]) ||
          (c->aTok[t].bCap && !in_mention(c, t))))
    t++;
  /* ... or a deed right after the verb: "The Finnish Border Guard is
  ** investigating the suspected violation" (issue 4 dev49) */
  static const char *const azDeed[] = {"violation", "violations", "incursion", "incursions", "intrusion", "breach",
                                       "incident", "attack", "attacks", "shooting", "killing", "killings", "blast",
                                       "explosion", "bombing", "sabotage", "jamming", "seizure", "crash", "downing",
                                       NULL};
  int bDeedObject = 0;
  for (size_t u = h->e + 1; tok_is(c, h->e, "the") && u < h->e + 4 && u < c->nTok && !bDeedObject; u++) {
    if (in_mention(c, u)) break;
    bDeedObject = tok_in(c, u, azDeed);
  }
  if (!bDeedObject &&
      (t + 2 >= c->nTok || !tok_is(c, t, "over") || !tok_is(c, t + 1, "the") || in_mention(c, t + 2)))
    return NULL;
  const tocsin_doc *d = c->d;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence >= c->iSentNow) continue;
    if (pE->iSentence + 3 < c->iSentNow) break;
    const char *zS = event_state(c, &pE->source);
    if (!pE->bNegated && zS && strncmp(zS, zOwn, 3)) return zS;
  }
  /* ... else, when the sentence before coded nothing, the first state it
  ** named that is not zOwn ("Estonian authorities took down a Soviet tank
  ** monument") */
  size_t iLast = SIZE_MAX;
  for (size_t x = c->nSeen; x-- > 0 && iLast == SIZE_MAX;)
    if (c->aSeen[x].iSent < c->iSentNow) iLast = c->aSeen[x].iSent;
  if (iLast == SIZE_MAX || iLast + 1 != c->iSentNow) return NULL;
  for (size_t e = 0; e < d->nEvent; e++)
    if (d->aEvent[e].iSentence == iLast) return NULL;
  for (size_t x = 0; x < c->nSeen; x++)
    if (c->aSeen[x].iSent == iLast && c->aSeen[x].zC && !c->aSeen[x].bLoc && strncmp(c->aSeen[x].zC, zOwn, 3))
      return c->aSeen[x].zC;
  return NULL;
}

/* Contract: is hit h a cordon a state's soldiers or police throw around a
** place at home: code 191 from "seal off" or "cordon off", or "block" with a
** street, road or runway after it, by a security role (MIL, COP, SPY)? Why:
** "Troops and armoured vehicles sealed off the streets around the National
** Monument" restricts movement at home (IDN 191 IDN in dev37); a border or
** crossing closed is aimed at the neighbour and keeps its own rule. */
static int security_cordon_at_home(const Coder *c, const VerbHit *h) {
  static const char *const azCordon[] = {"seal", "seals", "sealed", "sealing", "cordon", "cordons", "cordoned",
                                         "cordoning", NULL};
  static const char *const azBlock[] = {"block", "blocks", "blocked", "blocking", NULL};
  static const char *const azWay[] = {"street", "streets", "road", "roads", "runway", "runways", "square", NULL};
  const char *zRole = mention_role(c, h->iSrc);
  if (strcmp(h->zCode, "191") || !zRole || (strcmp(zRole, "MIL") && strcmp(zRole, "COP") && strcmp(zRole, "SPY")))
    return 0;
  if (tok_in(c, h->i, azCordon)) return 1;
  if (!tok_in(c, h->i, azBlock)) return 0;
  for (size_t t = h->i + 1; t < c->nTok && t <= h->i + 4; t++)
    if (tok_in(c, t, azWay)) return 1;
  return 0;
}

int own_country_targets(Coder *c) {
  /* "Hasina resigned and fled to India": a resignation has no foreign
  ** target; what follows it is another act's */
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "0831")) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (zS && zT && strncmp(zS, zT, 3)) h->iTgt = -1;
  }
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0) continue;
    const char *zCode = h->zCode;
    /* ... and crowds protest against their own government ("thousands
    ** rallied across Belarus against the election result"), as CAMEO codes a
    ** demonstration with no named target */
    const Mention *pS = &c->aM[h->iSrc];
    /* ... and so does anyone who protests with no target named: "Navalny
    ** declared a hunger strike", "the opposition held a rally in Baku" */
    int bCrowd = !strncmp(zCode, "14", 2) &&
                 ((pS->pAgent && !pS->pMain) || h->e - h->i > 1 || (h->forms & VF_PAST));   /* not "mass protests" */
    /* ... and the intents, refusals and threats of those acts ("agreed to
    ** resign" 0341, "refused to lift the curfew" 1241, "threatened to impose
    ** martial law" 1324) */
    int bDomestic = !strncmp(zCode, "081", 3) || !strncmp(zCode, "083", 3) || !strcmp(zCode, "0841") ||
                    !strncmp(zCode, "172", 3) || !strcmp(zCode, "173") || !strcmp(zCode, "175") || bCrowd ||
                    !strcmp(zCode, "153") ||   /* police patrols ordered at home */
                    !strncmp(zCode, "034", 3) || !strcmp(zCode, "0351") || !strcmp(zCode, "0352") ||
                    !strcmp(zCode, "0353") || !strncmp(zCode, "082", 3) || !strncmp(zCode, "09", 2) ||
                    !strncmp(zCode, "123", 3) || !strcmp(zCode, "1241") || !strcmp(zCode, "1242") ||
                    !strcmp(zCode, "1243") || security_cordon_at_home(c, h) ||
                    !strncmp(zCode, "132", 3) || !strcmp(zCode, "137") || dissent_threat_at_home(zCode) ||
                    demobilisation(c, h) || apology_at_home(c, h);
    /* ... and so is ground a state's own rebels or gunmen take in a place the
    ** dictionary does not know ("M23 rebels seized the border town of
    ** Bunagana", "the RSF said it had taken control of the camp"): they fight
    ** their state on its soil (issue 4 force27); a transnational network's
    ** (IMG) has no state of its own */
    bDomestic |= !strcmp(zCode, "192") && pS->pMain && armed_group_entry(pS->pMain) &&
                 strncmp(pS->pMain->zCode, "IMG", 3);
    if (!bDomestic) continue;
    /* "the two sides agreed to exchange prisoners": states acting together
    ** act on each other, not at home */
    int aS[2];
    if (members(c, h->iSrc, aS, 2) == 2) {
      const char *zA = NULL, *zB = NULL;
      mention_country(c, aS[0], &zA);
      mention_country(c, aS[1], &zB);
      if (zA && zB && strncmp(zA, zB, 3)) continue;
    }
    /* a finite act, not "Lukashenko's plan to amend the constitution"; a
    ** framed one is its frame's ("agreed to resign") */
    /* ... or a crowd's act a reduced relative tells ("used tear gas against
    ** protesters blocking the main road"), but not its protest alone ("fired on
    ** supporters protesting against the result" says who they were) */
    if (!h->bFramed && !finite_act(c, h) &&
        !(bCrowd && strncmp(zCode, "141", 3) && reduced_relative_subject(c, h) == h->iSrc))
      continue;
    const char *zC = NULL;
    mention_country(c, h->iSrc, &zC);
    /* "Police freed dozens of prisoners": a bare role acts at home -- the
    ** place named in the sentence, else the country of the sentences before */
    const Mention *pSrc = &c->aM[h->iSrc];
    if (!zC && pSrc->pAgent && !pSrc->pMain && !pSrc->pCountry) {
      for (size_t m = 0; m < c->nM && !zC; m++)
        if (c->aM[m].bLoc && c->aM[m].pMain) zC = c->aM[m].pMain->zCountry;
      /* ... or any place the sentence names: "the government of Sindh province" */
      for (size_t m = 0; m < c->nM && !zC; m++) {
        const ActorEntry *a = c->aM[m].pMain;
        if (a && !c->aM[m].bOwn && (a->kind == AK_PLACE || a->kind == AK_CAPITAL || a->kind == AK_COUNTRY))
          zC = a->zCountry;
      }
      if (!zC) zC = c->zRecent ? c->zRecent : c->zFocus;
    }
    if (!zC) continue;
    const char *zOver = inquiry_over_act(c, k, zC);
    const ActorEntry *pC = country_entry(c, zOver ? zOver : zC);
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Why: "Several hundred protesters marched through Panama City during Rubio's
** visit", "protests against Modi's visit": a protest timed to or aimed at a
** visit is aimed at the visitor; without a target it fell back on the
** protesters' own state (issue 4 lead36). Contract: runs before
** own_country_targets; a live root-14 hit with a source and no target (or only
** the place it marched through) whose
** clause after the verb holds "during", "against" or "over", then a mention
** with "'s" and "visit" or "trip" right after it, gets that mention as its
** target when it is not of the source's side. */
void protest_visit_target(Coder *c) {
  static const char *const azVisit[] = {"visit", "trip", "tour", "arrival", NULL};
  static const char *const azTime[] = {"during", "against", "over", "ahead", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || (h->iTgt >= 0 && !c->aM[h->iTgt].bLoc) || code_root(h) != 14) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < h->e || pm->i < 1 || pm->e + 1 >= c->nTok || !tok_is(c, pm->e, "'s") ||
          !tok_in(c, pm->e + 1, azVisit))
        continue;
      size_t b = pm->i - 1;
      if (!tok_in(c, b, azTime)) continue;
      int bBreak = 0;
      for (size_t t = h->e; t < b && !bBreak; t++) bBreak = clause_break(c, t) || tok_is(c, t, ";");
      if (!bBreak && !same_side(c, h->iSrc, (int)m)) h->iTgt = (int)m;
      break;
    }
  }
}

/* Why: "Chile and Japan lodged formal protests in June, after President
** Jacques Chirac announced that France would carry out more tests": a
** reaction timed by "after" or "when" answers the act of that clause, whose
** subject is a verb's source and so no object of the reaction; it was left
** without a target (issue 4 lead49). Contract: runs before
** own_country_targets; a live hit of root 10, 11 (no verdict: 115, 116), 12,
** 14 or 16 with a source and no target, when "after", "when" or "because"
** stands at most eight tokens after its words with no clause break or other
** live verb between, gets as target the mention right after that word (or
** after "the", or after capitalised title words) when a later live hit has it
** as source and it is of another side; else it is left alone. */
void after_clause_target(Coder *c) {
  static const char *const azWhen[] = {"after", "when", "because", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int r = code_root(h);
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || r < 10 || r > 16 || r == 13 || r == 15 || !strcmp(h->zCode, "115") ||
        !strcmp(h->zCode, "116"))   /* a verdict or a threat names its own party */
      continue;
    size_t w = SIZE_MAX;
    for (size_t t = h->e; t < c->nTok && t <= h->e + 8 && w == SIZE_MAX; t++) {
      if (tok_in(c, t, azWhen)) w = t;
      else if (clause_break(c, t) || tok_is(c, t, ";") || tok_is(c, t, ".")) break;
    }
    if (w == SIZE_MAX || w + 1 >= c->nTok) continue;
    int bVerb = 0;
    for (size_t x = 0; x < c->nH && !bVerb; x++)
      bVerb = x != k && !c->aH[x].bDrop && hit_start(&c->aH[x]) >= h->e && hit_start(&c->aH[x]) < w;
    if (bVerb) continue;
    size_t a = w + 1 + (tok_is(c, w + 1, "the") ? 1 : 0);
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i != a && !(pm->i > a && pm->i <= a + 3 && !in_mention(c, a))) continue;
      if (pm->i != a) {   /* a title before the name: "President Jacques Chirac" */
        int bWords = 1;
        for (size_t t = a; t < pm->i && bWords; t++) bWords = c->aTok[t].bWord && c->aTok[t].bCap;
        if (!bWords) continue;
      }
      if (pm->bPronoun || same_side(c, h->iSrc, (int)m)) break;
      int bSubject = 0;
      for (size_t x = 0; x < c->nH && !bSubject; x++)
        bSubject = !c->aH[x].bDrop && c->aH[x].iSrc == (int)m && hit_start(&c->aH[x]) > pm->i;
      if (bSubject) h->iTgt = (int)m;
      break;
    }
  }
}

/* Why: "The group announced that it was suspending all military
** operations, a move that Irish Prime Minister Bertie Ahern dismissed as a
** cynical attempt": a reaction in a relative clause on ", a move" (step,
** decision, measure) answers whoever did the deed the clause before tells;
** it had no target, and the clause's "announced" made it a report (issue 4
** dev34, dev35). Contract: a live hit with a source and no target (or
** one inside an "as" label after it), whose source (or the first member of
** its compound) follows "a|the move|step|decision|measure that|which"
** after a comma, takes as target the source of the first hit before that
** comma, else the first actor there that is no place, aside, modifier or
** prepositional object (not the same side), and is no report. */
void apposed_deed_reaction(Coder *c) {
  static const char *const azDeed[] = {"move", "step", "decision", "measure", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    /* (a target inside the label after "as" is the label's: "dismissed as
    ** a cynical attempt to escape the laws he ... promised") */
    int bLabelTarget = h->iTgt >= 0 && h->e < c->nTok && tok_is(c, h->e, "as") && c->aM[h->iTgt].i > h->e;
    if (h->bDrop || h->iSrc < 0 || (h->iTgt >= 0 && !bLabelTarget)) continue;
    size_t s = c->aM[h->iSrc].i;   /* the subject's first word: a name before its apposition */
    for (size_t m = 0; m < c->nM; m++)
      if (c->aM[h->iSrc].iGroup && c->aM[m].iGroup == c->aM[h->iSrc].iGroup && c->aM[m].i < s) s = c->aM[m].i;
    if (s < 5 || s > h->i || !(tok_is(c, s - 1, "that") || tok_is(c, s - 1, "which")) || !tok_in(c, s - 2, azDeed) ||
        !(tok_is(c, s - 3, "a") || tok_is(c, s - 3, "the")) || !tok_is(c, s - 4, ","))
      continue;
    size_t iComma = s - 4;
    int iDoer = -1;   /* the source of the first act before the comma, else the clause's first actor */
    for (size_t x = 0; x < c->nH && iDoer < 0; x++) {
      const VerbHit *a = &c->aH[x];
      if (x != k && a->iSrc >= 0 && a->i < iComma && c->aM[a->iSrc].i < iComma) iDoer = a->iSrc;
    }
    for (size_t m = 0; m < c->nM && iDoer < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i >= iComma) break;
      if (!pm->bPrep && !pm->bLoc && !pm->bAside && !pm->bMod && !pm->bPronoun && !pm->bSaid) iDoer = (int)m;
    }
    if (iDoer >= 0 && !same_side(c, h->iSrc, iDoer)) {
      h->iTgt = iDoer;
      h->bReported = 0;
    }
  }
}

/* Why: "Trump's national security adviser said Washington had played no
** part": the state named inside a denial's words is the side whose part is
** denied, the denier's own, not whom the denial answers; the act was dropped
** as aimed at oneself, or aimed at the wrong side (issue 4 dev33). Contract:
** runs before reply_targets; a live 016 hit whose target is a mention inside
** its pattern's words, of the source's state, right before an auxiliary or a
** finite verb (the denied act's subject), loses that target. */
void denied_own_part(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "016")) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->i <= h->i || pT->e >= h->e) continue;
    /* ... the subject of the denied act: a verb follows, no "'s" ("rejected
    ** Guaido's claim" answers the claimant) */
    static const char *const azAux[] = {"had", "has", "have", "was", "were", "is", "did", "does", NULL};
    /* (or a past form the dictionary lacks: "insisted that Lagos played no
    ** role"; issue 4, session 63) */
    if (!tok_in(c, pT->e, azAux) && !tok_finite_form(c, pT->e) && !past_ed_word(c, pT->e)) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    /* ... a bare role after its state's possessive: "Ibrahim Gambari,
    ** Nigeria's external affairs minister, insisted that Lagos played no
    ** role" (the possessive is joined to the role later) */
    const Mention *pSrc = &c->aM[h->iSrc];
    if (!zS && pSrc->pAgent && !pSrc->pMain && h->iSrc > 0) {
      const Mention *pOwner = &c->aM[h->iSrc - 1];
      if (pOwner->e < c->nTok && tok_is(c, pOwner->e, "'s") && pOwner->e + 4 >= pSrc->i && !pOwner->bPronoun)
        mention_country(c, h->iSrc - 1, &zS);
    }
    if (!zS || !zT || strncmp(zS, zT, 3)) continue;
    /* ... and so does a later verb of the sentence that took that target
    ** over from the denial ("... played no role in the kidnapping and called
    ** the expulsions hasty": the expulsions are Britain's) */
    int iOwn = h->iTgt;
    for (size_t x = k + 1; x < c->nH; x++)
      if (c->aH[x].iTgt == iOwn && c->aH[x].i >= h->e) c->aH[x].iTgt = -1;
    h->iTgt = -1;
  }
}

/* Why: "Manila should share imagery of every Chinese landing with its treaty
** ally": what is shared may name a state by its adjective, but the party it
** is shared with stands after "with" or "to"; the adjective was taken as the
** recipient (issue 4 dev33). Contract: runs before own_country_targets; a
** live 064 hit whose target is a people's adjective (a modifier with no main
** actor) standing after its verb, when "with" or "to" follows that target
** within eight tokens of its clause, gets as target the mention right after
** that word (past a determiner or possessive), or none. */
void shared_with_recipient(Coder *c) {
  static const char *const azOwnDet[] = {"the", "its", "their", "his", "her", "a", "an", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0 || strcmp(h->zCode, "064")) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->i < h->i || !pT->bMod || pT->pMain || !pT->pCountry) continue;
    size_t w = SIZE_MAX;
    for (size_t t = pT->e; t < c->nTok && t <= pT->e + 8 && w == SIZE_MAX; t++) {
      if (tok_is(c, t, "with") || tok_is(c, t, "to")) w = t;
      else if (tok_is(c, t, ",") || clause_break(c, t) || tok_is(c, t, ".")) break;
    }
    if (w == SIZE_MAX) continue;
    size_t a = w + 1;
    if (a < c->nTok && tok_in(c, a, azOwnDet)) a++;
    int iNew = -1;
    for (size_t m = 0; m < c->nM && iNew < 0; m++)
      if ((c->aM[m].i == w + 1 || c->aM[m].i == a) && !c->aM[m].bPronoun) iNew = (int)m;
    h->iTgt = iNew;
  }
}

/* Why: "killed three soldiers and captured two others", "arrested 40
** protesters and detained dozens more": the second act's object is a count
** that elides the first act's noun, so it falls on the same party; it was
** left without a target and then aimed at the doer's own state (issue 4
** lead35). Contract: runs before own_country_targets; a live hit with a
** source and no target whose words are followed by an amount word (a number,
** "two", "dozens") and then "others", "more", "of them" or the clause's end,
** takes the target of the nearest earlier live hit of the sentence with the
** same source and a target, when only "and" or "," (with words of that
** hit's object) stand between the two. */
void elided_object_target(Coder *c) {
  static const char *const azMore[] = {"others", "other", "more", ".", ",", "and", "in", "on", "at", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || h->e + 2 >= c->nTok) continue;
    /* not "one of his predecessor's decisions": "of" only as "of them" */
    int bOfThem = tok_is(c, h->e + 1, "of") && tok_is(c, h->e + 2, "them");
    if (!amount_word(c, h->e) || (!tok_in(c, h->e + 1, azMore) && !bOfThem)) continue;
    int iPrev = -1;
    for (size_t x = 0; x < k; x++) {
      const VerbHit *pX = &c->aH[x];
      if (!pX->bDrop && pX->iSrc == h->iSrc && pX->iTgt >= 0 && pX->e <= h->i) iPrev = (int)x;
    }
    if (iPrev < 0) continue;
    const VerbHit *pP = &c->aH[iPrev];
    /* joined by "and" or "," right before this verb, no clause between */
    if (h->i == 0 || !(tok_is(c, h->i - 1, "and") || tok_is(c, h->i - 1, ","))) continue;
    int bBreak = 0;
    for (size_t t = pP->e; t + 1 < h->i && !bBreak; t++) bBreak = clause_break(c, t) || tok_is(c, t, ".");
    if (bBreak) continue;
    h->iTgt = pP->iTgt;
  }
}
