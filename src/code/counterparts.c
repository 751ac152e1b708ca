/*
** Counterparts found in the story when the sentence names one side only:
** denials and the accusers they answer, appeals, a speaker's intent towards
** the other party, context parties, revenge, acts that follow suit.
*/
#include "coder.h"

/* What a state holds as its own ground: "its airspace", "Swedish waters"
** (denial_accuser, reported_force_teller). */
static const char *const azStateDomain[] = {"waters", "airspace", "territory", "soil", NULL};

static int push_fellow_strikers(Coder *c, const tocsin_event *pSide, const Mention *pTemplate);

/* Why: speech copy names the outlet a statement was given to or carried by
** ("told the BBC", "told Sky News that ...", "rejected the ultimatum in a
** statement read on state television"), and the roles took that outlet for
** the target. Contract: runs after assign_roles, before reply_targets; a live
** hit's target that is a news medium (role MED) is cleared -- so context may
** supply one -- when the medium follows "on", "in", "via" or "through"
** (a channel), or directly follows a statement verb
** (01x: "told the BBC"); acts done to the press ("banned the BBC") keep it. */
void media_channel_targets(Coder *c) {
  static const char *const azVia[] = {"on", "in", "via", "through", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0) continue;
    const char *zRole = mention_role(c, h->iTgt);
    if (!zRole || strncmp(zRole, "MED", 3)) continue;
    const Mention *pT = &c->aM[h->iTgt];
    size_t t = pT->i;
    if (t > 0 && (tok_is(c, t - 1, "the") || tok_is(c, t - 1, "a"))) t--;
    int bStatement = h->zCode[0] == '0' && h->zCode[1] == '1';
    int bAfterVerb = bStatement && t == h->e;
    int bVia = t > 0 && t > h->i && tok_in(c, t - 1, azVia) && (bStatement || t > h->e);
    if (!bAfterVerb && !bVia) continue;
    h->iTgt = -1;
  }
}

/* Contract: the state that suffered the latest force (roots 18-20) of the
** two sentences before when it is not the denier's state zS, else NULL.
** Why: "Russia invaded Ukraine ... Lukashenko denied that Belarusian troops
** were taking part": a denial of a part in an attack, with no accusation
** coded before it, answers the attack's victim (tests/gold/README.md: "the
** victim named in the sentence, else the accuser in context"). */
static const ActorEntry *denied_force_victim(const Coder *c, size_t iSent, const char *zS) {
  const tocsin_doc *d = c->d;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
    if (atoi(pE->zRoot) < 18 || pE->bNegated) continue;
    const char *zB = event_state(c, &pE->target);
    if (zB && strncmp(zB, zS, 3)) return country_entry(c, zB);
  }
  return NULL;
}

/* Why: "The Kremlin denied accusations that Russian forces had killed
** civilians in the Ukrainian town of Bucha": a denial aimed at the denier's
** own forces, with no accusation or force coded before it, answers the
** victim the denied clause names, as the README aims a denial at the victim
** named in the sentence. Contract: the country entry of the last mention
** after the denial's verb whose state is not the denier's (zS) and that is
** not a reporter -- the last, as a victim ends the denied clause ("supplied
** Russia with drones for use in Ukraine"); NULL when there is none. */
static const ActorEntry *denial_named_victim(const Coder *c, const VerbHit *h, const char *zS) {
  const char *zVictim = NULL;
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (m->i < h->e || m->bSaid || m->bOwn || m->bPronoun) continue;
    const char *zC = NULL;
    mention_country(c, (int)k, &zC);
    if (zC && strncmp(zC, zS, 3)) zVictim = zC;
  }
  return zVictim ? country_entry(c, zVictim) : NULL;
}

/* Contract: 1 when role code zRole begins with one of the roles in az. */
static int role_in(const char *zRole, const char *const *az) {
  for (; zRole && *az; az++)
    if (!strncmp(zRole, *az, 3)) return 1;
  return 0;
}

/* Contract: 1 when role codes zA and zB (NULL unknown, "" a bare state) name
** one side at home: the same role, or two plain organs of the executive (GOV,
** MIL, COP, SPY, or a bare state; not a group coded below one, "MILWAG"),
** or two plain words for armed rebels (REB, SEP, INS); else 0. */
static int home_side_roles(const char *zA, const char *zB) {
  static const char *const azExec[] = {"", "GOV", "MIL", "COP", "SPY", NULL};
  static const char *const azArmed[] = {"REB", "SEP", "INS", NULL};
  if (!zA || !zB) return 0;
  /* a role and its named body are one side: a party leader (PTY) and his
  ** party's own code (PTYLFR, issue 4 lead38) */
  int bSame = !strcmp(zA, zB) || (strlen(zA) >= 3 && strlen(zB) >= 3 && !strncmp(zA, zB, 3));
  return bSame || (str_listed(zA, azExec) && str_listed(zB, azExec)) ||
         (str_listed(zA, azArmed) && str_listed(zB, azArmed));
}

/* Contract: the role code of an event's actor: its role, else what follows a
** state's code ("RUSMILWAG" for a person coded so: "MILWAG"), "" for a bare
** state; NULL when unknown or not a state's. */
static const char *event_role(const Coder *c, const tocsin_actor *a) {
  if (a->zRole) return a->zRole;
  if (!a->zCode || !event_state(c, a)) return NULL;
  return strlen(a->zCode) > 3 ? a->zCode + 3 : "";
}

/* Contract: the state or body that reported event e (its public reporter)
** when it is not zS, with the speaker's role in *pzRole (untouched for a
** body); else NULL. */
const ActorEntry *reporter_of_other(const Coder *c, size_t e, const char *zS, const char **pzRole) {
  const tocsin_actor *r = &c->d->aEvent[e].reporter;
  if (r->zCountry) {
    if (!strncmp(r->zCountry, zS, 3)) return NULL;
    *pzRole = r->zRole && *r->zRole ? r->zRole : NULL;
    return country_entry(c, r->zCountry);
  }
  return r->zOrg && r->zCode ? org_entry(c, r->zCode) : NULL;
}

/* Why: "Kuczynski resigned a day before Congress was due to vote on removing
** him ... Kuczynski denied any wrongdoing", "Prosecutors charged Gutul ...
** Gutul denied any wrongdoing": a denial with no accusation, force or victim
** to answer answers the story's quarrel -- the other party of the latest act
** the denier's side took part in -- and, when its side took part in none,
** the state the latest act befell ("Iran's president died in a helicopter
** crash ... Israel denied any involvement in the crash"), when the passes
** before (denial_accuser, context_party) found no accuser. Contract: the
** other party of the newest live event of the three sentences before iSent
** (not before the roundup item) whose source or target is the denier's state
** zS (with role zRoleS) and whose other party is another state, or another
** organ of zS (its role in *pzRole) -- NULL when that event is a reported deed of zS; else, when
** no event of that window involves zS, the target state of the newest event
** there that is no demand, accusation, rejection, threat or denial; else NULL. */
static const ActorEntry *denial_story_party(const Coder *c, size_t iSent, const char *zS, const char *zRoleS,
                                             const char **pzRole) {
  const tocsin_doc *d = c->d;
  const tocsin_actor *pUninvolved = NULL;
  if (zRoleS && !*zRoleS) zRoleS = "GOV";   /* a state or its capital speaks as its government */
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 3 < iSent || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= iSent || pE->bNegated) continue;
    const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
    int bA = zA && !strncmp(zA, zS, 3), bB = zB && !strncmp(zB, zS, 3);
    /* both sides at home ("parliament voted to impeach Yoon ... Yoon denied
    ** any wrongdoing"): the denier is the side of its own role, else the
    ** act's target, the one a domestic act befell */
    if (bA && bB) bA = zRoleS && pE->source.zRole && !strncmp(zRoleS, pE->source.zRole, 3);
    /* ... a former ruler or an opposition figure takes part only as himself:
    ** a foreign leader's word on his state ("Biden condemned the assault") is
    ** no act on him (reply_targets, the same rule) */
    if (zRoleS && (!strcmp(zRoleS, "ELI") || !strcmp(zRoleS, "OPP"))) {
      bA &= pE->source.zRole && !strcmp(pE->source.zRole, zRoleS);
      bB &= pE->target.zRole && !strcmp(pE->target.zRole, zRoleS);
    }
    if (bA || bB) {
      /* a deed of the denier's side known only from someone's report: the
      ** accuser is that reporter, when another side */
      if (bA && !strcmp(pE->zMood, "reported")) return reporter_of_other(c, e, zS, pzRole);
      const tocsin_actor *pOther = bA ? &pE->target : &pE->source;
      const tocsin_actor *pOwn = bA ? &pE->source : &pE->target;
      const char *zO = bA ? zB : zA;
      if (!zO) return NULL;
      if (strncmp(zO, zS, 3)) {   /* another state, or a body */
        if (pOther->zCountry) {
          *pzRole = pOther->zRole;
          return country_entry(c, pOther->zCountry);
        }
        return pOther->zCode ? org_entry(c, pOther->zCode) : NULL;
      }
      /* ... or another organ at home: the legislature, a court, the
      ** opposition -- not a fellow organ of the executive ("Damascus
      ** rejected the findings" after its army's attack) or a fellow rebel */
      if (!pOther->zCountry || !pOther->zRole || (pOwn->zRole && !strcmp(pOwn->zRole, pOther->zRole))) return NULL;
      static const char *const azExec[] = {"GOV", "MIL", "COP", "SPY", NULL};
      static const char *const azOut[] = {"REB", "INS", "OPP", "SEP", "UAF", NULL};
      const char *zOwnRole = zRoleS ? zRoleS : pOwn->zRole;
      if (zOwnRole && ((role_in(zOwnRole, azExec) && role_in(pOther->zRole, azExec)) ||
                       (role_in(zOwnRole, azOut) && role_in(pOther->zRole, azOut))))
        return NULL;
      *pzRole = pOther->zRole;
      return country_entry(c, pOther->zCountry);
    }
    /* ... the state an act befell, not one accused or rebuffed in words */
    int r = atoi(pE->zRoot);
    if (!pUninvolved && !(r >= 10 && r <= 13) && strcmp(pE->zEvent, "016")) pUninvolved = &pE->target;
  }
  if (!pUninvolved) return NULL;
  const char *zT = event_state(c, pUninvolved);
  return zT && strncmp(zT, zS, 3) ? country_entry(c, zT) : NULL;
}

/* Contract: runs after context_party, the last target pass; a live denial
** (016) that still has no target and whose source has a state gets the party
** denial_story_party finds, with its role. 0 on OOM. */
int denial_story_targets(Coder *c, size_t iSent) {
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "016") || h->iSrc < 0 || h->iTgt >= 0) continue;
    const char *zS = NULL, *zRole = NULL;
    mention_country(c, h->iSrc, &zS);
    /* ... a bare organ's state is the story's side, as the event will code it
    ** (role_default): "Soldiers opened fire on protesters in Lagos, Amnesty
    ** said. The army denied that its soldiers had been at the scene" */
    if (!zS) zS = role_default(c, h->iSrc, NULL);
    if (!zS) continue;
    const ActorEntry *pC = denial_story_party(c, iSent, zS, mention_role(c, h->iSrc), &zRole);
    /* "Khan, who denies wrongdoing, ...", "Vizcarra, who denies the
    ** accusations, ...": a challenger or former leader who denies a charge no
    ** other side in the story made answers the state that charges him at home
    ** (the gold sets' PAK 016 PAK; issue 4, session 42) */
    static const char *const azChallenger[] = {"OPP", "ELI", "PTY", "REB", "INS", NULL};
    const char *zSrcRole = mention_role(c, h->iSrc);
    if (!pC && zSrcRole && str_listed(zSrcRole, azChallenger) && (pC = country_entry(c, zS)) != NULL) zRole = "GOV";
    if (!pC) continue;
    if (!push_implied_target(c, k, pC)) return 0;
    if (zRole) c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, zRole);
  }
  return 1;
}

/* Nouns of violence or unrest that a judgement names as its object. */
static const char *const azViolenceNoun[] = {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "shooting",
                                             "shootings", "killing", "killings", "massacre", "violence", "riot",
                                             "riots", "unrest", "protest", "protests", "assault", "explosion",
                                             "explosions", "carnage", "mutiny", "uprising", "rebellion", NULL};

/* Contract: the token of a noun of azViolenceNoun that is the object of hit
** h: "the", "this", "these" or "those" inside the hit or right after it, and
** the noun within the next four words, adjectives joined by "and" allowed
** ("the brutal and reckless attack"); 0 when there is none, or when the noun
** is inside an actor mention. */
static size_t violence_object(const Coder *c, const VerbHit *h) {
  static const char *const azHomeDet[] = {"the", "this", "these", "those", NULL};
  static const char *const azStop[] = {",", ".", ";", ":", "and", "but", "which", "that", NULL};
  size_t t = h->i + 1;
  while (t < c->nTok && t < h->e && !tok_in(c, t, azHomeDet)) t++;
  if (t >= c->nTok || !tok_in(c, t, azHomeDet)) {
    if (h->e >= c->nTok || !tok_in(c, h->e, azHomeDet)) return 0;
    t = h->e;
  }
  size_t n = 0;
  for (size_t x = t + 1; x < c->nTok && x <= t + 4 && !n; x++) {
    if (tok_in(c, x, azViolenceNoun)) n = x;
    else if (tok_in(c, x, azStop) && !tok_is(c, x, "and")) break;
  }
  return n && !in_mention(c, n) ? n : 0;
}

/* Contract: runs after denial_story_targets, the last target pass; a live
** judgement (root 11, not an accusation 112 that names its own accused) that
** still has no target, whose source has state zS and whose object is a noun
** of violence or unrest (violence_object: "the bombing", "the brutal and
** reckless attack", "the protests"), takes
** the other side at home that the newest matching live event of the six
** sentences before iSent (not before the roundup item) tells: the source of
** a claim of responsibility (015), of force (18-20) or of a protest or
** riot (14) that is no organ of zS's state (home_rival), else the target of
** an arrest (173) by one of zS's organs. Left untargeted when a newer event
** of force by another state comes first. 0 on OOM. Why: "Al-Shabaab claimed
** responsibility ... President Hassan Sheikh Mohamud called the bombing
** cruel", "Police arrested the suspected gunman ... Kishida condemned the
** attack", "Carrie Lam called the protest an organised riot": a leader
** judging violence at home answers its author at home, which the searches
** for another state's act never find, and the judgement was dropped
** (issue 4 label27). */
int home_violence_author(Coder *c, size_t iSent) {
  static const char *const azOrganRole[] = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", NULL};
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || code_root(h) != 11 || h->bNegated) continue;
    if (!violence_object(c, h)) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS) continue;
    const ActorEntry *pT = NULL;
    const char *zRole = NULL;
    for (size_t e = d->nEvent; e-- > 0 && !pT;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 6 < iSent || before_item(c, pE->iSentence)) break;
      if (pE->iSentence >= iSent || pE->bNegated) continue;
      int r = atoi(pE->zRoot);
      const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
      if (r >= 18 && zA && strncmp(zA, zS, 3)) break;   /* force by another state: not a home story */
      const tocsin_actor *pA = NULL;
      if ((r == 14 || r >= 18 || !strcmp(pE->zEvent, "015")) && zA && !strncmp(zA, zS, 3) &&
          !str_listed(pE->source.zRole, azOrganRole) && (pE->source.zRole || pE->source.zOrg))
        pA = &pE->source;
      else if (!strncmp(pE->zEvent, "173", 3) && zA && zB && !strncmp(zA, zS, 3) && !strncmp(zB, zS, 3) &&
               str_listed(pE->source.zRole, azOrganRole))
        pA = &pE->target;
      if (!pA) continue;
      pT = pA->zOrg ? org_entry(c, pA->zCode) : country_entry(c, zS);
      zRole = !pA->zOrg && pA->zRole && *pA->zRole ? pA->zRole : NULL;
    }
    if (!pT) continue;
    if (!push_implied_target(c, k, pT)) return 0;
    if (zRole) c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, zRole);
  }
  return 1;
}

/* Why: "The TPLF denied attacking the base and accused Abiy of preparing an
** invasion", "Russia's defence ministry denied striking the hospital and
** blamed a Ukrainian air defence missile": a denial answered at once by a
** counter-accusation names its accuser there -- the side it blames back --
** which the context passes (denial_accuser, context_party) can only guess.
** Contract: runs before denial_accuser; a live denial (016) with no target
** or one on its own side, whose clause is followed by "and" and a live hit of
** root 11 with the same source and a target not on the denier's side (a
** state and its rebels are two sides), takes that target. */
void denial_counter_accused(Coder *c) {
  for (size_t k = 0; k + 1 < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "016") || h->iSrc < 0 || (h->iTgt >= 0 && !same_side(c, h->iSrc, h->iTgt)))
      continue;
    size_t iAnd = h->e;   /* past the denied clause ("denied attacking the base") */
    while (iAnd < c->nTok && !tok_is(c, iAnd, "and") && !tok_is(c, iAnd, ",") && !tok_is(c, iAnd, ".")) iAnd++;
    for (size_t x = k + 1; x < c->nH; x++) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || a->i < iAnd) continue;
      if (code_root(a) == 11 && a->i > 0 && tok_is(c, a->i - 1, "and") && a->iSrc == h->iSrc && a->iTgt >= 0 &&
          (!same_side(c, h->iSrc, a->iTgt) || opposed_roles(c, h->iSrc, a->iTgt)))
        h->iTgt = a->iTgt;
      break;   /* only the act right after the denial */
    }
  }
}

/* Contract: 1 when denial hit h names a charge within its pattern or the
** three words after it ("rejected the accusations", "denied the charges",
** "dismissed the allegation"); else 0. For denial_accuser's look-back. */
int names_charge(const Coder *c, const VerbHit *h) {
  static const char *const azCharge[] = {"accusation", "accusations", "allegation", "allegations", "charge",
                                         "charges", NULL};
  for (size_t t = h->i + 1; t < h->e + 3 && t < c->nTok; t++)
    if (tok_in(c, t, azCharge)) return 1;
  return 0;
}

int denial_accuser(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "016") || h->iSrc < 0) continue;
    /* ... its state's organs, not a victim at home ("denied that the
    ** authorities bore any responsibility for Navalny's death") */
    static const char *const azOrgan[] = {"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", NULL};
    const char *zRoleT = h->iTgt >= 0 ? mention_role(c, h->iTgt) : NULL;
    int bOrgan = 0;
    bOrgan = str_listed(zRoleT, azOrgan);
    /* ... nor a bare role the denied clause names with no state ("denied
    ** striking the hospital", "denied targeting civilian sites"): it would
    ** take the denier's state by default, while the deed lay in the state
    ** that accused or was hit in context (kept when that is the denier's own
    ** state, or a body, whose charge may be about victims at home) */
    int bBareHome = h->iTgt >= 0 && zRoleT && !bOrgan && !h->bOwnClause && bare_role(&c->aM[h->iTgt]);
    if (h->iTgt >= 0 && !bBareHome && (!same_side(c, h->iSrc, h->iTgt) || h->bOwnClause)) continue;   /* clause_replies named it */
    if (h->iTgt >= 0 && zRoleT && !bOrgan && !bBareHome) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    /* ... a bare organ ("The government denied it") is of the state whose
    ** like organ the latest accusation charged ("Syrian activists accused
    ** government forces ...") */
    for (size_t e = d->nEvent; !zS && bare_role(&c->aM[h->iSrc]) && e-- > 0;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (!strcmp(pE->zRoot, "11") && home_side_roles(mention_role(c, h->iSrc), event_role(c, &pE->target)))
        zS = event_state(c, &pE->target);
    }
    if (!zS) continue;
    const ActorEntry *pC = NULL;
    const char *zRole = NULL;
    size_t iAcc = SIZE_MAX;   /* the accusation pC made */
    /* ... as far back as a story's charge goes when the denial names it
    ** ("rejected the accusations", "denied the charge"): the charge is what
    ** the story is about, told in its lead */
    size_t nBack = names_charge(c, h) ? 6 : 2;
    /* ... first the state whose waters, airspace or soil the denied clause
    ** names: "denied that any of its submarines was in Swedish waters" is
    ** aimed at Sweden, whoever the story named last */
    for (size_t t = h->e; t < c->nTok && !pC; t++) {
      if (tok_is(c, t, ";") || (tok_is(c, t, ",") && t + 1 < c->nTok && tok_is(c, t + 1, "and"))) break;
      if (!tok_in(c, t, azStateDomain)) continue;
      for (size_t m = 0; m < c->nM && !pC; m++) {
        const Mention *pM = &c->aM[m];
        const char *zV = NULL;
        if (pM->bPronoun || (pM->e != t && !(pM->e + 1 == t && tok_is(c, pM->e, "'s")))) continue;
        mention_country(c, (int)m, &zV);
        if (zV && is_state_code(zV) && strncmp(zV, zS, 3)) pC = country_entry(c, zV);
      }
    }
    for (size_t e = d->nEvent; e-- > 0 && !pC;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + nBack < iSent || pE->iSentence >= iSent || (nBack > 2 && before_item(c, pE->iSentence)))
        break;
      /* ... or the reporter of a deed of the denier's side ("Kyiv said
      ** Russian troops had shelled a hospital. Moscow denied it") */
      const char *zDoer = event_state(c, &pE->source);
      if (!pE->bNegated && !strcmp(pE->zMood, "reported") && zDoer && !strncmp(zDoer, zS, 3) &&
          (pC = reporter_of_other(c, e, zS, &zRole)) != NULL)
        break;
      if (strcmp(pE->zRoot, "11")) continue;
      const char *zB = event_state(c, &pE->target), *zA = event_state(c, &pE->source);
      if (!zB || strncmp(zB, zS, 3)) continue;
      /* ... and a former ruler or an opposition figure answers a charge
      ** against himself, not a foreign censure of his state ("Rubio called
      ** the ruling a witch hunt ... Bolsonaro denies any wrongdoing") */
      const char *zRoleSp = mention_role(c, h->iSrc);
      if (zRoleSp && (!strcmp(zRoleSp, "ELI") || !strcmp(zRoleSp, "OPP")) &&
          (!pE->target.zRole || strcmp(pE->target.zRole, zRoleSp)))
        continue;
      /* ... an accuser at home only when it is another side than the one it
      ** accused and the denier is that one ("The opposition accused the
      ** army ... The government denied it"; prosecutors and the accused) */
      if (zA && !strncmp(zA, zS, 3) &&
          (!event_role(c, &pE->source) || home_side_roles(event_role(c, &pE->source), event_role(c, &pE->target)) ||
           !home_side_roles(mention_role(c, h->iSrc), event_role(c, &pE->target))))
        continue;
      if (pE->source.zCountry) {
        pC = country_entry(c, pE->source.zCountry);
        zRole = pE->source.zRole;
      } else if (pE->source.zCode) {
        pC = org_entry(c, pE->source.zCode);
      }
      if (pC) iAcc = e;
    }
    if (!pC) pC = denied_force_victim(c, iSent, zS);
    if (!pC) pC = denial_named_victim(c, h, zS);
    if (!pC || (bBareHome && ((pC->kind != AK_COUNTRY && pC->kind != AK_CAPITAL) || !strncmp(pC->zCode, zS, 3))))
      continue;
    if (!push_implied_target(c, k, pC)) return 0;
    if (zRole) c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, zRole);
    /* ... and every state that made the charge together: "Saudi Arabia, the
    ** UAE, Bahrain and Egypt accused Doha ... Qatar rejected the accusations" */
    if (iAcc < d->nEvent && !push_fellow_strikers(c, &d->aEvent[iAcc], &c->aM[c->aH[k].iTgt])) return 0;
  }
  return 1;
}

/* Why: a generic appeal (020) is one to the fighting sides only when it asks
** for calm or restraint ("appealed for calm"), not for "those responsible to
** be held accountable". Contract: 1 when the hit's span or the two tokens
** after it hold "calm" or "restraint". */
static int calm_appeal(const Coder *c, const VerbHit *h) {
  static const char *const azCalm[] = {"calm", "restraint", NULL};
  size_t hi = h->eSpan > h->e ? h->eSpan : h->e;
  for (size_t t = h->i; t < hi + 2 && t < c->nTok; t++)
    if (tok_in(c, t, azCalm)) return 1;
  return 0;
}

/* Why: "called on all parties to de-escalate": "all parties" ("all sides")
** names no one party, so an appeal to it is an appeal with no addressee
** (appeal_sides), not one to a state's political parties. Contract: 1 when
** mention iM is a bare role over "parties" or "sides" right after "all". */
static int all_parties_target(const Coder *c, int iM) {
  static const char *const azAll[] = {"parties", "sides", NULL};
  const Mention *m = &c->aM[iM];
  if (m->pMain || m->pCountry || m->pPersonCountry || m->bOwn || m->i == 0 || m->e != m->i + 1) return 0;
  return tok_is(c, m->i - 1, "all") && tok_in(c, m->i, azAll);
}

/* Contract: after appeal_sides has taken the two sides of the force event
** pSide, pushes as further members of the appeal's target group (the group
** and span of pTemplate) the other sources of the same act in the same
** sentence -- same root, same target, not negated -- once each. 0 on OOM.
** Why: "The United States and Britain struck Houthi targets ... Saudi Arabia
** called for restraint": the compound's acts are events of one member each,
** and the appeal went to the last striker and its target only (issue 4
** voice). */
static int push_fellow_strikers(Coder *c, const tocsin_event *pSide, const Mention *pTemplate) {
  const tocsin_doc *d = c->d;
  for (size_t x = 0; x < d->nEvent; x++) {
    const tocsin_event *pX = &d->aEvent[x];
    if (pX == pSide || pX->iSentence != pSide->iSentence || pX->bNegated || !pX->source.zCode ||
        !pX->target.zCode || strcmp(pX->zRoot, pSide->zRoot) || strcmp(pX->target.zCode, pSide->target.zCode) ||
        !strcmp(pX->source.zCode, pSide->source.zCode))
      continue;
    int bDone = 0;
    for (size_t y = 0; y < x && !bDone; y++) {
      const tocsin_event *pY = &d->aEvent[y];
      bDone = pY->iSentence == pX->iSentence && pY->source.zCode && !strcmp(pY->source.zCode, pX->source.zCode) &&
              !strcmp(pY->zRoot, pX->zRoot) && pY->target.zCode && !strcmp(pY->target.zCode, pX->target.zCode);
    }
    if (bDone) continue;
    Mention f = *pTemplate;
    f.pMain = NULL;
    f.pCountry = NULL;
    f.pAgent = NULL;
    mention_as_actor(c, &f, &pX->source, event_state(c, &pX->source));
    if (f.pMain && !push_mention(c, &f)) return 0;
  }
  return 1;
}

/* Why: "The African Union called for an immediate ceasefire", "Guterres called
** for an immediate de-escalation", "appealed for a cessation of hostilities":
** in a story of fighting an appeal to stop or talk that names no addressee is
** made to the sides fighting, as "urged both sides to ..." is (the README's
** target from context); so is an offer to mediate ("Iran offered to mediate
** between its two neighbours", 039; issue 4 intent24). Contract: runs after
** revenge_targets; a live appeal to yield, de-escalate, meet, settle or
** accept mediation (020, 025x, 026-028), or an offer to mediate (039),
** with no target gets as targets the two sides of the latest hostile act
** (roots 13-20) of the five sentences before that was taken both ways, else
** the source and target of the latest force there (18-20), else of the
** latest threat there (root 13) between two states, each by its own code
** and role; when the appealing side's state is one of them, the other
** side alone (not for 039); left as it is when both are its state (a call
** at home) or there is none. 0 on OOM. */
int appeal_sides(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->bNegated) continue;
    if (h->iTgt >= 0 && !all_parties_target(c, h->iTgt)) continue;
    const char *zCode = h->zCode;
    if (strncmp(zCode, "025", 3) && strcmp(zCode, "026") && strcmp(zCode, "027") && strcmp(zCode, "028") &&
        strcmp(zCode, "039") && !(!strcmp(zCode, "020") && calm_appeal(c, h)))
      continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    const ActorEntry *pSrcMain = c->aM[h->iSrc].pMain;
    const tocsin_event *pSide = NULL;
    /* tiers: 2 a hostile act taken both ways, 1 a force, 0 (issue 4
    ** intent26) a threat of one state to another: "Venezuela threatened to
    ** annex the Essequibo ... Brazil called for calm" (measured: other
    ** one-way acts -- force postures, refusals -- named the wrong pair) */
    for (int iTier = 2; iTier >= 0 && !pSide; iTier--)
      for (size_t e = d->nEvent; e-- > 0 && !pSide;) {
        const tocsin_event *pE = &d->aEvent[e];
        if (pE->iSentence + 5 < iSent || pE->iSentence > iSent) break;
        int r = atoi(pE->zRoot), bJoint = iTier == 2;
        if (pE->bNegated || r < (iTier == 1 ? 18 : 13) || (iTier == 0 && r != 13) || !pE->source.zCode ||
            !pE->target.zCode || !strcmp(pE->source.zCode, pE->target.zCode))
          continue;
        if (iTier == 0) {
          const char *zA0 = event_state(c, &pE->source), *zB0 = event_state(c, &pE->target);
          if (!zA0 || !zB0 || !strncmp(zA0, zB0, 3)) continue;
        }
        int bBack = !bJoint;
        for (size_t x = d->nEvent; x-- > 0 && !bBack;) {
          const tocsin_event *pX = &d->aEvent[x];
          if (pX->iSentence + 5 < iSent) break;
          bBack = x != e && pX->source.zCode && pX->target.zCode && !strcmp(pX->source.zCode, pE->target.zCode) &&
                  !strcmp(pX->target.zCode, pE->source.zCode) && atoi(pX->zRoot) >= 13;
        }
        if (bBack) pSide = pE;
      }
    if (!pSide) continue;
    const char *zA = event_state(c, &pSide->source), *zB = event_state(c, &pSide->target);
    int bSideA = zS && zA && !strncmp(zA, zS, 3), bSideB = zS && zB && !strncmp(zB, zS, 3);
    if (bSideA || bSideB) {
      /* "Imran Khan called for talks", "Mitsotakis called for talks to ease
      ** the tension": one side's appeal to stop or talk is made to the other
      ** side (issue 4 intent24); a call at home, or a side's offer to
      ** mediate, is left alone */
      if (bSideA == bSideB || !strcmp(zCode, "039")) continue;
      const ActorEntry *pOther = event_party(c, bSideA ? &pSide->target : &pSide->source);
      if (pOther && !push_implied_target(c, k, pOther)) return 0;
      continue;
    }
    if (pSrcMain && pSrcMain->zCode && (!strcmp(pSrcMain->zCode, pSide->source.zCode) ||
                                        !strcmp(pSrcMain->zCode, pSide->target.zCode)))
      continue;
    Mention m;
    memset(&m, 0, sizeof m);
    m.i = h->i;
    m.e = h->i + 1;
    m.bOwn = 1;
    m.iGroup = implied_group(k);
    mention_as_actor(c, &m, &pSide->source, zA);
    if (!m.pMain) continue;
    Mention n = m;
    mention_as_actor(c, &n, &pSide->target, zB);
    if (!n.pMain) continue;
    if (!push_mention(c, &m)) return 0;
    h->iTgt = (int)c->nM - 1;
    if (!push_mention(c, &n)) return 0;
    if (!push_fellow_strikers(c, pSide, &m)) return 0;
  }
  return 1;
}

/* Why: "An undersea volcano erupted near Tonga ... China offered condolences
** and said it was ready to provide assistance", "Suicide bombers attacked
** churches in Sri Lanka ... Modi said India stood ready to help": sympathy
** and offers of help that name no one go to the state the story's calamity
** struck -- the victim of its latest force, else the dateline's state -- as
** a reader takes them. Contract: runs after appeal_sides; a live empathetic
** comment (018), intent to give aid (033x) or humanitarian aid (073) with no target
** gets as target the state of the target of the latest force (roots 18-20)
** of the six sentences before or this one, else the dateline's state; left
** as it is when that is the speaker's own state or there is none. 0 on OOM. */
int afflicted_state(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || h->bNegated) continue;
    const char *zCode = h->zCode;
    if (strcmp(zCode, "018") && strncmp(zCode, "033", 3) && strcmp(zCode, "073")) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    const char *zT = NULL;
    for (size_t e = d->nEvent; e-- > 0 && !zT;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 6 < iSent) break;
      if (pE->bNegated || atoi(pE->zRoot) < 18) continue;
      zT = event_state(c, &pE->target);
    }
    if (!zT) zT = dateline_state(c, NULL);
    if (!zT || (zS && !strncmp(zS, zT, 3))) continue;
    const ActorEntry *pC = country_entry(c, zT);
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Why: "China's coast guard rammed Philippine boats ... The United States
** said it stood with its ally", "NATO said it stood in solidarity with its
** ally": "its ally" names no state, and wire copy means the state the story
** is filed about, which the gold sets code as the target; the support was
** dropped for want of one (issue 4 coop23). Contract: runs after
** afflicted_state; a live support or praise hit (root 05) with a source and
** no target whose pattern is followed by "its" or "their", at most one
** modifier ("closest", "key") and "ally", "allies", "partner" or "partners"
** gets as target the dateline's state (dateline_state); left as it is with no
** dateline or when that is the speaker's own state. 0 on OOM. */
int ally_object_target(Coder *c) {
  static const char *const azPoss[] = {"its", "their", NULL};
  static const char *const azAlly[] = {"ally", "allies", "partner", "partners", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || h->bNegated || code_root(h) != 5) continue;
    size_t t = h->e;
    if (t + 1 >= c->nTok || !tok_in(c, t, azPoss)) continue;
    if (!tok_in(c, t + 1, azAlly)) t++;   /* "its closest ally" */
    if (t + 1 >= c->nTok || !tok_in(c, t + 1, azAlly)) continue;
    const char *zT = dateline_state(c, NULL), *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zT || (zS && !strncmp(zS, zT, 3))) continue;
    const ActorEntry *pC = country_entry(c, zT);
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Contract: 1 when organisation codes zA and zB are one body or one is an
** organ of the other (one code begins with the other: IGOUNO, IGOUNOOCH). */
static int same_org_family(const char *zA, const char *zB) {
  size_t nA = strlen(zA), nB = strlen(zB);
  return !strncmp(zA, zB, nA < nB ? nA : nB);
}

/* Contract: the state of actor a (event_state), else, for a firm (a code
** "MNC" + state + firm), the state in its code; NULL when none. Why: "The
** United States put Huawei on a blacklist ... China said Beijing would take
** all necessary measures": a state speaking up for its own firm stands on
** the firm's side, so its counterpart is the firm's opponent, not the firm
** (issue 4 lead35). */
static const char *side_state(const Coder *c, const tocsin_actor *a) {
  const char *z = event_state(c, a);
  if (z || !a->zCode || strncmp(a->zCode, "MNC", 3) || strlen(a->zCode) < 6) return z;
  const ActorEntry *pC = NULL;
  char zC[4] = {a->zCode[3], a->zCode[4], a->zCode[5], 0};
  if (is_state_code(zC)) pC = country_entry(c, zC);
  return pC ? pC->zCode : NULL;
}

/* Contract: the other party of the latest event of the three sentences
** before iSent (in the same roundup item) in which the speaker -- state zS,
** else body zOrgS -- is one party and another side the other; else the
** target of the latest event of the sentence before with neither party the
** speaker's; else NULL. Why: a stated intent, refusal or threat
** that names no counterpart is aimed at the side the story has just set the
** speaker against or beside (intent_counterpart, stance_counterpart). */
const tocsin_actor *story_counterpart(const Coder *c, size_t iSent, const char *zS, const char *zOrgS) {
  const tocsin_doc *d = c->d;
  const tocsin_actor *pOther = NULL;
  for (int bLoose = 0; bLoose <= 1 && !pOther; bLoose++)
    for (size_t e = d->nEvent; e-- > 0 && !pOther;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + (bLoose ? 1 : 3) < iSent || pE->iSentence >= iSent) break;
      if (before_item(c, pE->iSentence) || !pE->source.zCode || !pE->target.zCode) continue;
      const char *zA = side_state(c, &pE->source), *zB = side_state(c, &pE->target);
      /* ... a body is on the side of its own organs ("the U.N. humanitarian
      ** office" with the UN) */
      int bA = zS ? zA && !strncmp(zA, zS, 3) : pE->source.zOrg && same_org_family(pE->source.zCode, zOrgS);
      int bB = zS ? zB && !strncmp(zB, zS, 3) : pE->target.zOrg && same_org_family(pE->target.zCode, zOrgS);
      if (!bLoose && bA != bB) pOther = bA ? &pE->target : &pE->source;
      else if (bLoose && !bA && !bB) pOther = &pE->target;
    }
  return pOther;
}

/* Contract: for a bare role iM that is not a pronoun ("the government", "the
** army"), the state of a fellow member of its list, else of the nearest
** actor before it in the sentence that is no place and names a state
** (mention_country) -- the speaker who tells of it -- or NULL. Why: "Sri
** Lanka's foreign minister said the government would not cooperate with the
** investigation": the counterpart passes (lone_speaker) need the speaker's
** state to find the other side, and a bare role has none of its own until
** emitted; the story's own side (dateline, focus) is left out, as a bare
** role the sentence does not place is as often a domestic party (measured:
** "the junta", "the military" then took a foreign counterpart; issue 4
** threat27). */
static const char *bare_speaker_state(const Coder *c, int iM) {
  if (iM < 0 || !bare_role(&c->aM[iM]) || c->aM[iM].bPronoun) return NULL;
  const char *zC = member_country(c, iM, 1);
  for (int k = iM; !zC && k-- > 0;) {
    const Mention *m = &c->aM[k];
    if (m->bLoc || m->bPronoun || m->e > c->aM[iM].i) continue;
    mention_country(c, k, &zC);
  }
  return zC;
}

/* Contract: 1 when hit h's source is one member (no list) that names a state
** (*pzS) or, failing that, an organisation (*pzOrg, its code), or is a bare
** role in a future its speaker tells (bare_speaker_state); else 0. Why:
** the counterpart passes (intent_counterpart, stance_counterpart) find the
** other side of one speaker; a joint speaker is coded through its members. */
static int lone_speaker(const Coder *c, const VerbHit *h, const char **pzS, const char **pzOrg) {
  int aS[2];
  if (members(c, h->iSrc, aS, 2) > 1) return 0;
  mention_country(c, h->iSrc, pzS);
  const ActorEntry *pSrcMain = c->aM[h->iSrc].pMain;
  *pzOrg = !*pzS && pSrcMain && pSrcMain->kind == AK_ORG ? pSrcMain->zCode : NULL;
  /* ... a bare role only in a future its speaker tells ("said the government
  ** would not cooperate"): there the speaker is its side's voice */
  if (!*pzS && !*pzOrg && h->bModalFramed) *pzS = bare_speaker_state(c, h->iSrc);
  return *pzS || *pzOrg;
}

/* Why: "Colombia's government said it would cooperate fully with the
** investigation", "Pakistan offered to cooperate with the inquiry",
** "Beijing said it would airlift food to the islands": a stated intent that
** names no counterpart is made to the party the story has just set the
** speaker against or beside, as a reader takes it and the gold sets code it
** (the README's target from context); the intent was dropped for want of a
** target (issue 4 intent24). Contract: runs after ally_object_target; a
** live, unnegated hit of root 03 -- not mediation (039, aimed at two sides)
** nor reform (034x, aimed at home by own_country_targets) -- with a
** one-member source of a state or a body (not a body's meeting, 036; not
** a lone frame verb, a demobilisation or an offer of "no" thing) and no
** target gets as target the
** other party of the latest event of the three sentences before (in the
** same roundup item) in which the speaker's state or body is one party and
** another state or body the other; else the target of the latest event of
** the sentence before whose source is not the speaker's. Left as it is when
** there is none. 0 on OOM. */
int intent_counterpart(Coder *c, size_t iSent) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || h->bNegated || code_root(h) != 3 ||
        !strcmp(h->zCode, "039") || !strncmp(h->zCode, "034", 3))
      continue;
    const char *zS = NULL, *zOrgS = NULL;
    if (!lone_speaker(c, h, &zS, &zOrgS)) continue;
    /* "The Security Council will meet on Friday", "the bloc would hold an
    ** emergency summit": a body meets as its members, with no counterpart */
    if (zOrgS && !strcmp(h->zCode, "036")) continue;
    /* ... nor a lone frame verb that governs no act ("promised", "agreed"),
    ** a demobilisation (at home: own_country_targets) or an offer of
    ** nothing ("offered no concessions") */
    if ((!h->bFramed && !strcmp(h->zCode, "030")) || demobilisation(c, h)) continue;
    int bNone = 0;
    for (size_t t = h->i; t < h->e && !bNone; t++) bNone = tok_is(c, t, "no");
    if (bNone) continue;
    const tocsin_actor *pOther = story_counterpart(c, iSent, zS, zOrgS);
    const ActorEntry *pC = pOther ? event_party(c, pOther) : NULL;
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Contract: the first state -- else, with bOrgs, an IGO -- that is not the
** speaker's (state zS, else body zOrgS) among the participants of the
** sentence just before iSent, else the one before that (in the same roundup
** item), participants before places; NULL when there is none. Shared by
** stance_counterpart and force_context_target (states only). Why: "A Greek
** frigate collided with a Turkish warship ... Akar warned that Turkey would
** respond to any attack": the story set the speaker against the other side the sentence
** before named, even when no event of it was coded for story_counterpart to
** find (issue 4 threat26). */
const ActorEntry *seen_counterpart(const Coder *c, size_t iSent, const char *zS, const char *zOrgS,
                                   int bOrgs) {
  for (size_t back = 1; back <= 2 && back <= iSent; back++)
    for (int bLoc = 0; bLoc <= 1; bLoc++)
      for (size_t x = 0; x < c->nSeen; x++) {
        const struct SeenActor *q = &c->aSeen[x];
        if (q->iSent != iSent - back || q->bLoc != bLoc || before_item(c, q->iSent)) continue;
        if (q->zC) {
          if (zS && !strncmp(q->zC, zS, 3)) continue;
          return country_entry(c, q->zC);
        }
        if (!bOrgs || !q->pOrg || strncmp(q->pOrg->zCode, "IGO", 3) ||
            (zOrgS && same_org_family(q->pOrg->zCode, zOrgS)))
          continue;
        return q->pOrg;
      }
  return NULL;
}

/* Why: "Japan said it would lift its curbs on exports to South Korea",
** "the Philippines said it would never abandon its outpost", "Kyiv would
** never give up Crimea": an intent, refusal or threat whose object is the
** speaker's own (its curbs, its outpost, its land) found the speaker's own
** state as target, while the act is aimed at the side the story has set the
** speaker against (the README's target from context; issue 4 threat27).
** Contract: runs before stance_counterpart; a live hit of root 03, 12 or 13
** -- not one of the acts aimed at home (reform 034x, easing at home and
** releases 0351-0353, 123x, 1241-1243, 132x, 133, 137) nor mediation (039)
** nor a demobilisation nor a lone "agreed" -- whose one-member source names
** a state (lone_speaker) and whose target, found in the text, is a place, a
** thing or a state (no role, person or group) of that same state, not as a
** side opposed to it, gets
** the target of another live hit of the sentence by the same side that is of
** another state, else story_counterpart()'s other party; else it is left as
** it is. 0 on OOM. */
int own_object_counterpart(Coder *c, size_t iSent) {
  static const char *const azHome[] = {"0351", "0352", "0353", "1241", "1242", "1243", "133", "137", "039", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iTgt < 0 || h->iSrc < 0 || (root != 3 && root != 12 && root != 13)) continue;
    if (str_listed(h->zCode, azHome) || !strncmp(h->zCode, "034", 3) || !strncmp(h->zCode, "123", 3) ||
        !strncmp(h->zCode, "132", 3))
      continue;
    /* ... a place, a thing or the state named, not people or a group of the
    ** speaker's own state ("his fighters", "Wagner"), who are a domestic
    ** side, nor the own state another pass implied on purpose ("would appeal
    ** the ruling": at home), nor a lone frame verb or a demobilisation */
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->pAgent || pT->bOwn || (pT->pMain && (pT->pMain->kind == AK_PERSON || pT->pMain->kind == AK_ORG)) ||
        demobilisation(c, h) || (!h->bFramed && !strcmp(h->zCode, "030")))
      continue;
    const char *zS = NULL, *zOrgS = NULL, *zT = NULL;
    if (!lone_speaker(c, h, &zS, &zOrgS) || !zS) continue;
    mention_country(c, h->iTgt, &zT);
    if (!zT || strncmp(zS, zT, 3) || opposed_roles(c, h->iSrc, h->iTgt)) continue;
    /* ... the other side another act of the speaker's in this sentence is
    ** aimed at first: "would never abandon its outpost, rejecting China's
    ** demand" */
    int iSib = -1;
    for (size_t x = 0; x < c->nH && iSib < 0; x++) {
      const VerbHit *o = &c->aH[x];
      const char *zO = NULL;
      if (x == k || o->bDrop || o->iSrc < 0 || o->iTgt < 0 || !same_side(c, h->iSrc, o->iSrc)) continue;
      mention_country(c, o->iTgt, &zO);
      if (zO && strncmp(zO, zS, 3)) iSib = o->iTgt;
    }
    if (iSib >= 0) {
      h->iTgt = iSib;
      continue;
    }
    const tocsin_actor *pOther = story_counterpart(c, iSent, zS, zOrgS);
    const ActorEntry *pC = pOther ? event_party(c, pOther) : NULL;
    /* ... a target an earlier pass implied is replaced, not joined: the
    ** hit's implied mentions form one list */
    if (pC && c->aM[h->iTgt].iGroup == implied_group(k)) c->aM[h->iTgt].pMain = pC;
    else if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Why: "The Philippines said it would not withdraw the ship", "Akar warned
** that Turkey would respond to any attack", "rejected the conditions and
** said ...": a refusal or threat that names no counterpart answers the side
** the story has just set the speaker against, as a reader takes it and the
** gold sets code it (the README's target from context); it was dropped for
** want of a target (issue 4 refuse25). Contract: runs after the passes that
** find a party in the sentence itself (context_party, threat_shares_target);
** a live, unnegated hit of root 12 or 13 -- not repression threatened (137,
** aimed at home), nor a "rule out" that is itself negated -- or of a cut in
** relations, aid or trade (160-165) with a
** one-member source of a state or a body and no target gets
** story_counterpart()'s party, else seen_counterpart()'s. Left as it is
** when there is none. 0 on OOM. */
/* Contract: when a word of pressure ("threats", "pressure", "intimidation",
** "coercion", "provocations", "aggression", "bullying") follows hit h within
** ten tokens of its clause ("in the face of ... threats", "bow to pressure"), the
** source of the newest event of the six sentences before iSent (in the
** item) of roots 13 to 20 aimed at speaker state zS by another state, else
** of such an event by another state aimed at a third; else NULL. Why: "Tsai
** said Taiwan would not back down in the face of heightened military
** threats" answers the side that made them (China's drills), not the last
** side the story paired Taiwan with (Pelosi's visit; issue 4 lead35). */
static const tocsin_actor *pressing_side(const Coder *c, const VerbHit *h, size_t iSent, const char *zS) {
  static const char *const azPressure[] = {"threats", "threat", "pressure", "pressures", "intimidation", "coercion",
                                           "provocations", "aggression", "bullying", "blackmail", NULL};
  if (!zS) return NULL;
  int bPressed = 0;
  for (size_t t = h->e; t < c->nTok && t < h->e + 10 && !bPressed; t++) {
    if (tok_is(c, t, ".") || tok_is(c, t, ";")) break;
    bPressed = tok_in(c, t, azPressure);
  }
  if (!bPressed) return NULL;
  const tocsin_doc *d = c->d;
  /* (a threat against the speaker's friend, "Washington would pay the price"
  ** for Pelosi's visit, is the pressure Taipei faces; issue 4, session 62) */
  for (int bThird = 0; bThird <= 1; bThird++)
    for (size_t e = d->nEvent; e-- > 0;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 6 < iSent || before_item(c, pE->iSentence)) break;
      if (pE->iSentence >= iSent || pE->bNegated) continue;
      int r = atoi(pE->zRoot);
      if (r < 13 || r > 20) continue;
      const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
      if (!zA || !zB || !strncmp(zA, zS, 3)) continue;
      if (bThird ? strncmp(zA, zB, 3) != 0 : !strncmp(zB, zS, 3)) return &pE->source;
    }
  return NULL;
}

/* Contract: for a hit h whose object is a claim ("rejected the insinuation",
** "dismissed the allegations", "rejected such charges"), the source of the
** newest event of the three sentences before iSent (in the item) made by
** another state than speaker zS; else NULL. Why: "India rejected the
** insinuation" answers whoever made it (China's spokesman, the sentence
** before), not the last state the story paired India with (issue 4 dev34). */
static const tocsin_actor *claim_maker(const Coder *c, const VerbHit *h, size_t iSent, const char *zS) {
  static const char *const azClaim[] = {"insinuation", "insinuations", "accusation", "accusations", "allegation",
                                        "allegations", "claim", "claims", "charge", "charges", "criticism",
                                        "remarks", "assertion", "assertions", "suggestion", "suggestions", NULL};
  static const char *const azClaimDet[] = {"the", "these", "those", "such", "this", "that", NULL};
  if (!zS || h->e >= c->nTok) return NULL;
  size_t t = h->e;
  if (tok_in(c, t, azClaimDet)) t++;
  if (t + 1 < c->nTok && !tok_in(c, t, azClaim) && c->aTok[t].bWord && !c->aTok[t].bCap) t++;   /* "the latest claims" */
  if (t >= c->nTok || !tok_in(c, t, azClaim)) return NULL;
  const tocsin_doc *d = c->d;
  for (size_t e = d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &d->aEvent[e];
    if (pE->iSentence + 3 < iSent || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= iSent) continue;
    const char *zA = event_state(c, &pE->source);
    if (zA && strncmp(zA, zS, 3)) return &pE->source;
  }
  return NULL;
}

int stance_counterpart(Coder *c, size_t iSent) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    /* ... and so is a cut in relations, aid or trade (160-165: "Bahrain also
    ** severed ties", "France suspended budget support"), aimed at the side
    ** the story has set the speaker against (issue 4 intent26); not a
    ** withdrawal (166, withdrawal_place), a participle ("..., suspending")
    ** or a lone "-s" word, which is mostly the noun ("in retaliation for
    ** sanctions") */
    int bNounish = h->forms == VF_ING || (h->forms == VF_3S && h->e == h->i + 1);
    int bCut = root == 16 && strncmp(h->zCode, "166", 3) && !bNounish;
    /* ... and a demand to free one's own people ("demanded their immediate
    ** release") is made of the side that holds them, the story's other side */
    int bFreeOwn = !strcmp(h->zCode, "1053");
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0 || h->bNegated || (root != 12 && root != 13 && !bCut && !bFreeOwn) ||
        !strcmp(h->zCode, "137"))
      continue;
    /* ... "does not rule out" with no act named after it states no refusal */
    if (h->i + 1 < c->nTok && tok_is(c, h->i + 1, "out") && rule_out_negated(c, h->i)) continue;
    const char *zS = NULL, *zOrgS = NULL;
    if (!lone_speaker(c, h, &zS, &zOrgS)) continue;
    const tocsin_actor *pOther = pressing_side(c, h, iSent, zS);
    if (!pOther && root == 12) pOther = claim_maker(c, h, iSent, zS);
    if (!pOther) pOther = story_counterpart(c, iSent, zS, zOrgS);
    const ActorEntry *pC = pOther ? event_party(c, pOther) : NULL;
    /* ... a bare role's threat ("the military would launch counterattacks")
    ** answers a side the story coded: any state named before is as often a
    ** place of a domestic fight */
    if (!pC && !bare_role(&c->aM[h->iSrc])) pC = seen_counterpart(c, iSent, zS, zOrgS, 1);
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* Contract: the dropped report verb (a saying the clause after it reports)
** among the hits before hit k, with no live hit between, that ends at or
** before token t and at most nMax tokens before it -- one of the lemmas azLemma
** when azLemma is not NULL -- else NULL. For the passes that give a reported
** clause's act to its speaker. */
static const VerbHit *dropped_report_before(const Coder *c, size_t k, size_t t, size_t nMax,
                                            const char *const *azLemma) {
  for (size_t x = k; x-- > 0;) {
    const VerbHit *o = &c->aH[x];
    if (!o->bDrop) return NULL;
    if (is_report_verb(o) && (!azLemma || str_listed(lemma_of(c, o), azLemma)) && o->e <= t && t - o->e <= nMax)
      return o;
  }
  return NULL;
}

/* Contract: the speaker of the dropped report verb r whose clause holds hit
** h: for a participle ("..., saying ..."), the source of the first live hit
** before r other than h; else the nearest mention ending before r; -1 when
** none. */
static int reported_clause_speaker(const Coder *c, const VerbHit *r, const VerbHit *h) {
  if (!(r->forms & VF_ING)) return mention_before(c, r->i, 0);
  for (size_t x = 0; x < c->nH; x++)
    if (!c->aH[x].bDrop && c->aH[x].i < r->i && &c->aH[x] != h) return c->aH[x].iSrc;
  return -1;
}

/* Why: "seized the tanker, saying it had broken international maritime
** rules": a speaker who says another broke a rule accuses him (112), as
** the gold sets code it; accusing_reports reads that when the one accused is
** a mention, and this pass when he is not (a pronoun, a ship), the
** violation having been coded as a reported 128 by the speaker (issue 4
** lead34). Contract: a
** live reported hit of 128, or of a "violate"/"breach" of airspace (150),
** whose clause follows a dropped report verb within eight tokens becomes an
** accusation (112, no longer reported) by the speaker -- the subject of the
** first live act before a participle ("saying"), else the nearest mention
** before the report verb -- at the violation's own subject, a mention
** between the report verb and the violation (a pronoun leaves the target to
** the context passes); left alone with no speaker or when speaker and
** violator are one side. */
void said_violation_accusation(Coder *c) {
  static const char *const azSay[] = {"say", "tell", "state", "add", "claim", "insist", "declare", "announce",
                                      "argue", "allege", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || !h->bReported || h->bNegated) continue;
    int bAirspace = !strcmp(h->zCode, "150") && (!strcmp(lemma_of(c, h), "violate") || !strcmp(lemma_of(c, h), "breach"));
    if (strncmp(h->zCode, "128", 3) && !bAirspace) continue;
    const VerbHit *r = dropped_report_before(c, k, h->i, 8, azSay);
    if (!r) continue;
    /* ... a deed told as done: not "broke no law", nor "any use would violate" */
    static const char *const azNotDone[] = {"no", "not", "would", "could", "will", "may", "might", "any", "if", NULL};
    int bNotDone = 0;
    for (size_t t = r->e; t < h->e && !bNotDone; t++) bNotDone = tok_in(c, t, azNotDone);
    if (bNotDone) continue;
    int iSpeaker = reported_clause_speaker(c, r, h);
    if (iSpeaker < 0) continue;
    int iViolator = -1;
    for (size_t m = 0; m < c->nM && iViolator < 0; m++)
      if (c->aM[m].i >= r->e && c->aM[m].e <= h->i && !c->aM[m].bLoc && !c->aM[m].bAside) iViolator = (int)m;
    if (iViolator >= 0 && (iViolator == iSpeaker || same_side(c, iViolator, iSpeaker))) continue;
    h->iSrc = iSpeaker;
    h->iTgt = iViolator;
    h->zCode = "112";
    h->bReported = 0;
  }
}

/* Why: "Moscow's defence ministry denied any involvement and claimed that
** Ukrainian forces had launched the missile", "Washington denounced the
** strike, saying the Houthis had killed innocent sailors": the deed a side
** tells right after its own denial or condemnation is its case, not news of
** the deed. After a denial, the other side's deed is a counter-charge (112,
** as the gold sets code it); the speaker's own side's deed ("said the
** military struck only military facilities") and the deed a condemnation
** just named are told again, no new event (issue 4 lead52). Contract: a live
** reported hit of force (18-20), not negated, whose clause follows a dropped
** report verb (say, claim, add, insist, allege) within eight tokens, in a
** sentence where a live denial (016) or condemnation (root 11) by the
** speaker's side comes before that verb: with a denial and a doer of the
** other side it becomes 112 by the speaker at the doer, no longer reported;
** otherwise it is dropped. The speaker is reported_clause_speaker's. */
void reaction_case_deeds(Coder *c) {
  static const char *const azSay[] = {"say", "claim", "add", "insist", "allege", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || !h->bReported || h->bNegated || root < 18 || h->iSrc < 0) continue;
    const VerbHit *r = dropped_report_before(c, k, h->i, 8, azSay);
    if (!r) continue;
    int iSpeaker = reported_clause_speaker(c, r, h);
    if (iSpeaker < 0) continue;
    VerbHit *pReact = NULL;
    for (size_t x = 0; x < c->nH && !pReact; x++) {
      VerbHit *a = &c->aH[x];
      if (a->bDrop || a->i >= r->i || a->iSrc < 0 || a == h) continue;
      if ((!strcmp(a->zCode, "016") || code_root(a) == 11) && (a->iSrc == iSpeaker || same_side(c, a->iSrc, iSpeaker)))
        pReact = a;
    }
    if (!pReact) continue;
    /* (the other side named as such: "their artillery" is no other side) */
    const char *zDoer = NULL, *zSp = NULL;
    mention_country(c, h->iSrc, &zDoer);
    mention_country(c, iSpeaker, &zSp);
    int bOther = zDoer && zSp && strncmp(zDoer, zSp, 3);
    int bDenial = !strcmp(pReact->zCode, "016") && !pReact->bOwnClause;
    if (bOther && bDenial) {
      h->iTgt = h->iSrc;
      h->iSrc = iSpeaker;
      h->zCode = "112";
      h->zAct = NULL;
      h->bReported = 0;
    } else if (bOther) {
      /* ... the condemned deed, told again: its doer is whom the condemnation answers */
      if (pReact->iTgt < 0) pReact->iTgt = h->iSrc;
      h->bDrop = 1;
    } else if (bDenial) {
      h->bDrop = 1;
    }
  }
}

/* Why: "Trudeau told parliament that there were credible allegations linking
** agents of the Indian government to the killing": a "there is" claim has no
** subject of its own, so the mention before it (the parliament told) became
** its source. Contract: a live hit whose verb is a form of "be" right after
** "there", reported by a dropped report verb that ends at most four tokens
** before it (allowing "that" and a day), takes as source that report verb's
** speaker -- the nearest mention before it -- and is his own claim, no longer
** reported (issue 4, session 39). */
void there_is_claim_speaker(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->i == 0 || !tok_in(c, h->i, azBe) || !tok_is(c, h->i - 1, "there")) continue;
    const VerbHit *r = dropped_report_before(c, k, h->i - 1, 4, NULL);
    if (!r) continue;
    int iSpeaker = mention_before(c, r->i, 0);
    if (iSpeaker < 0 || iSpeaker == h->iTgt) continue;
    h->iSrc = iSpeaker;
    h->bReported = 0;
  }
}

/* Why: "detained several suspects, among them a local resident whom it
** accused of working for the SBU": the verb of a "whom" clause whose
** subject is a bare pronoun (not found as a mention) acts on the antecedent,
** and the pronoun stands for the subject of the act before; the antecedent
** had become the source and a party named after the verb the target.
** Contract: a live hit right after "whom" and "it", "they", "he" or "she",
** whose source is the mention ending right before "whom" (a comma allowed),
** takes that mention as target and, as source, the source of the nearest
** live hit before it (left alone when there is none or it is the same
** mention). Issue 4, session 39. */
void whom_pronoun_roles(Coder *c) {
  static const char *const azPron[] = {"it", "they", "he", "she", NULL};
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->i < 3 || !tok_in(c, h->i - 1, azPron) || !tok_is(c, h->i - 2, "whom")) continue;
    size_t eAnte = tok_is(c, h->i - 3, ",") ? h->i - 3 : h->i - 2;
    if (c->aM[h->iSrc].e != eAnte) continue;
    const VerbHit *p = NULL;
    for (size_t x = k; x-- > 0 && !p;)
      if (!c->aH[x].bDrop && c->aH[x].iSrc >= 0) p = &c->aH[x];
    if (!p || p->iSrc == h->iSrc) continue;
    h->iTgt = h->iSrc;
    h->iSrc = p->iSrc;
  }
}

/* Why: "Police attacked and detained opposition activists", "troops fired
** on and seized the boats": verbs joined by
** "and" (or a list's commas) before one object share it, so the first verb,
** which found no object of its own, acts on the last one's. Contract: runs
** before the context passes; a live finite hit with a source and no target,
** followed by nothing but "and" or commas up to the next live hit, which has
** the same source and a target after its verb, gets that target (from the
** last verb back, so a list "shelled, bombed and captured X" shares X).
** Issue 4 roundup. */
void shared_object_targets(Coder *c) {
  static const char *const azParticle[] = {"on", "at", "upon", "down", "up", "out", "off", "into", NULL};
  size_t iInherited = SIZE_MAX;   /* the hit that last took its object from the verb after it */
  for (size_t k = c->nH; k-- > 1;) {
    const VerbHit *n = &c->aH[k];
    /* ... the object may sit inside the second verb's pattern ("fired on and
    ** seized three Ukrainian navy vessels": "seize ~ vessels"; issue 4 force31) */
    if (n->bDrop || n->iTgt < 0 || n->iSrc < 0 || c->aM[n->iTgt].i <= n->i) continue;
    VerbHit *h = prev_live_hit(c, k);   /* the live hit before n */
    if (!h) continue;
    if (h->iTgt >= 0 || h->iSrc < 0 || h->iSrc != n->iSrc || h->bNegated != n->bNegated || !finite_act(c, h) ||
        h->e >= n->i)
      continue;
    /* ... a verb whose pattern spelt out an object of its own ("welcomed the
    ** agreement and thanked China") keeps it: only particles may follow it */
    int bBare = 1;
    for (size_t t = h->i + 1; t < h->e && bBare; t++) bBare = tok_in(c, t, azParticle);
    if (!bBare) continue;
    int bAnd = 0, bOnly = 1;
    for (size_t t = h->e; t < n->i && bOnly; t++) {
      bAnd |= tok_is(c, t, "and");
      bOnly = tok_is(c, t, "and") || tok_is(c, t, ",");
    }
    /* ... a comma alone joins a list only when "and" ends it ("shelled,
    ** bombed and captured"), not a trailing participle (", accusing it") */
    if (!bOnly || !(bAnd || k == iInherited)) continue;
    h->iTgt = n->iTgt;
    iInherited = (size_t)(h - c->aH);
  }
}

/* Why: "The ELN acknowledged that it had carried out the attack", "Iran's
** armed forces admitted that they had shot down the Ukrainian airliner": a
** side owning up to its own act is its admission (015) aimed at the act's
** target, and the act is not coded as well, as the gold sets code it (dev6,
** dev12-claims); "the ministry acknowledged" after another side's act stays
** that act, reported. Contract: runs before the context passes; a hit of
** "acknowledge", "admit" or "confirm" followed (within four tokens) by
** "that" and then by a live hit of roots 14-20 whose source is the speaker's
** own side and whose target is another's becomes 015 with that target, and
** the act hit is dropped. */
void admitted_own_act(Coder *c) {
  static const char *const azOwn[] = {"acknowledge", "admit", "confirm", NULL};
  for (size_t k = 0; k + 1 < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    int bOwn = 0;
    for (const char *const *z = azOwn; *z && !bOwn; z++) bOwn = !strcmp(lemma_of(c, a), *z);
    const VerbPattern *v = bOwn ? lemma_pattern(c, "admit", "015") : NULL;   /* looked up only when needed */
    if (!v) continue;
    /* ... the "that" may be the pattern's own ("acknowledge ~ that", 015) */
    size_t t = a->i + 1;
    while (t < c->nTok && t < a->e + 4 && !tok_is(c, t, "that")) t++;
    if (t >= c->nTok || !tok_is(c, t, "that")) continue;
    int iSp = a->iSrc >= 0 ? a->iSrc : mention_before(c, a->i, 0);
    if (iSp < 0) continue;
    for (size_t x = k + 1; x < c->nH; x++) {
      VerbHit *h = &c->aH[x];
      if (h->bDrop || h->i < t) continue;
      int r = code_root(h);
      if (r >= 14 && h->iSrc >= 0 && h->iTgt >= 0 && same_side(c, iSp, h->iSrc) && !same_side(c, iSp, h->iTgt)) {
        a->bDrop = 0;
        a->pPat = v;
        a->zCode = v->zCode;
        a->bFramed = 0;
        a->iSrc = iSp;
        a->iTgt = h->iTgt;
        h->bDrop = 1;
        /* ... a bare role it hit is of the speaker's state, as the act's was
        ** ("the police": the ELN's Colombia) */
        Mention *pT = &c->aM[a->iTgt];
        const char *zS = NULL;
        mention_country(c, iSp, &zS);
        if (zS && pT->pAgent && !pT->pMain && !pT->pCountry && !pT->pPersonCountry) pT->pCountry = country_entry(c, zS);
      }
      break;
    }
  }
}

/* Why: "The South Korean corvette Cheonan sank ... investigators concluded
** that a North Korean submarine had sunk the ship. Pyongyang denied any role
** in the sinking", "Qatar rejected the demands": a denial, a claim of an act
** or a rejection of an act named by a noun answers the other side of the
** story just told even when no event of that act was coded, which the passes
** before (reply_targets, denial_accuser, claim_victim) need. Contract: runs
** last of the target passes; a live hit with no target and a one-member
** source with a state or a body, that owns up to or denies an act (015, 016)
** or rejects an act noun (root 12, reaction_noun), gets as target the first
** state or IGO/NGO named in the nearest of the two sentences before that is
** not the speaker's own -- participants before places; a denial looks only
** in sentences that blame someone, and a claim takes states only. Left as it
** is when there is none; the members of its list come with it. 0 on OOM.
** Measured: reactions of other kinds
** (condemned, welcomed the decision) guessed their party wrong more often
** than right, so they are left out. */
/* Contract: 1 when hit h praises, disapproves of or condemns (roots 05, 11)
** an act its noun names ("the decision", "the removal", "the raid":
** reaction_noun) and the sentence just before coded no event: the deed it
** names is that sentence's, told with no target ("The Taliban ordered girls'
** schools to stay closed ... Guterres condemned the decision", "Estonian
** authorities dismantled a Soviet war memorial ... Russia's foreign minister
** called the removal disgraceful"). Then context_party takes that sentence's
** first participant. Why: reactions of other kinds guessed their party wrong
** more often than right across two sentences and any actor named; one
** sentence back and its first participant only is the deed's doer. Session
** 38 widened it from the generic deed nouns to every act noun (measured: 6
** more events matched for 9 more output on the development sets). */
static int uncoded_lead_deed(const Coder *c, const VerbHit *h, size_t iSent) {
  int r = code_root(h);
  if ((r != 5 && r != 11) || iSent == 0 || !reaction_noun(c, h))
    return 0;
  for (size_t e = c->d->nEvent; e-- > 0;) {
    if (c->d->aEvent[e].iSentence < iSent - 1) break;
    if (c->d->aEvent[e].iSentence == iSent - 1) return 0;
  }
  return 1;
}

int context_party(Coder *c, size_t iSent) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || h->iSrc < 0) continue;
    int bClaim = !strcmp(h->zCode, "015"), bDeny = !strcmp(h->zCode, "016");
    /* ... a refusal to comment is the denier's silence: it answers the
    ** accuser as a denial would ("Officials blamed al Shabaab for the blast.
    ** An al Shabaab spokesman declined to comment") */
    int bSilent = !strcmp(h->zCode, "011");
    bDeny |= bSilent;
    int bDeed = !bClaim && !bDeny && code_root(h) != 12 && uncoded_lead_deed(c, h, iSent);
    /* ... and an apology demanded of no one named ("Taiwan's foreign
    ** ministry demanded an apology on June 11") is asked of the offender the
    ** sentences before named (issue 4 dev39) */
    int bApology = 0;
    for (size_t t = h->i; t < h->e && !strcmp(h->zCode, "100"); t++)
      bApology |= tok_is(c, t, "apology") || tok_is(c, t, "apologies");
    if (!bClaim && !bDeny && !bDeed && !bApology && (code_root(h) != 12 || !reaction_noun(c, h))) continue;
    /* ... a claim of an act named ("claimed the attack", "responsibility"),
    ** not "admitting new members" */
    int bNamed = reaction_noun(c, h);
    for (size_t t = h->i; t < h->e + 3 && t < c->nTok && !bNamed; t++) bNamed = tok_is(c, t, "responsibility");
    if (bClaim && !bNamed) continue;
    int aS[2];
    if (members(c, h->iSrc, aS, 2) > 1) continue;   /* a joint reply is coded as one by its members */
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    const ActorEntry *pSrcOrg = c->aM[h->iSrc].pMain;
    if (!zS && (!pSrcOrg || pSrcOrg->kind != AK_ORG)) continue;
    const struct SeenActor *pPick = NULL;
    int bFirstSeen = 0;
    /* a denial answers the accuser of the sentences before: a guess at whoever
    ** the story just named was wrong more often than right (issue 4,
    ** session 17); a claim is of an act on a state, never a body */
    for (size_t back = 1; back <= (bDeed ? 1u : 2u) && back <= iSent && !pPick; back++)
      for (int bLoc = 0; bLoc <= !bDeed && !pPick; bLoc++)
        for (size_t x = 0; x < c->nSeen && !pPick; x++) {
          const struct SeenActor *q = &c->aSeen[x];
          if (q->iSent != iSent - back || q->bLoc != bLoc || (bDeny && !q->bAccusing) || before_item(c, q->iSent)) continue;
          if (bDeed && bFirstSeen) break;   /* the deed's doer is its sentence's first participant */
          bFirstSeen = 1;
          if (q->zC ? zS && !strncmp(q->zC, zS, 3) : q->pOrg == pSrcOrg) continue;
          if (!q->zC && (bClaim || (strncmp(q->pOrg->zCode, "IGO", 3) && strncmp(q->pOrg->zCode, "NGO", 3)))) continue;
          pPick = q;
        }
    /* ... and the rest of its list: "the demands of Saudi Arabia, the UAE and Bahrain" */
    for (size_t x = 0; pPick && x < c->nSeen; x++) {
      const struct SeenActor *q = &c->aSeen[x];
      if (q != pPick && (q->iSent != pPick->iSent || q->iGroup != pPick->iGroup || q->bLoc || !q->zC)) continue;
      if (q != pPick && zS && !strncmp(q->zC, zS, 3)) continue;
      const ActorEntry *pT = q->zC ? country_entry(c, q->zC) : q->pOrg;
      if (pT && !push_implied_target(c, k, pT)) return 0;
    }
  }
  return 1;
}

/* Contract: a live hit of root 15 or 19 with a source of one member, a state,
** and no target gets as target the first state the nearest of the two
** sentences before named, participants before places, that is not the
** source's ("... Avdiivka. Russian forces took full control of the town",
** "Israel struck Gaza. Hamas did not fire rockets in response"), when its
** verb is not an -ing form, it is not a negation another speaker reports
** and no "to" or "into" names its destination; a posture (15) whose only
** target is the source's own force its words move (own_force_target) takes
** hostile_counterpart's state alone in its place; left as it is otherwise.
** 0 on OOM. Why: wire copy names the other side of a fight once and then
** tells each blow with only its striker. */
/* Contract: the other state of the latest live event of roots 11-20, in
** the three sentences before iSent of this item, between state zS and
** another state, either way; else NULL. Why: "Blinken condemned the Kosovo
** government ... Vucic put the army on the highest state of alert" is no
** show of force against Washington, the first other state named (issue 4,
** session 63). */
static const ActorEntry *hostile_counterpart(const Coder *c, size_t iSent, const char *zS) {
  for (size_t e = c->d->nEvent; e-- > 0;) {
    const tocsin_event *pE = &c->d->aEvent[e];
    if (pE->iSentence + 3 < iSent || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= iSent || pE->bNegated || atoi(pE->zRoot) < 11) continue;
    const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
    if (!zA || !zB || !strncmp(zA, zB, 3)) continue;
    const ActorEntry *pOther = !strncmp(zA, zS, 3) ? country_entry(c, zB)
                               : !strncmp(zB, zS, 3) ? country_entry(c, zA) : NULL;
    if (pOther) return pOther;
  }
  return NULL;
}

/* Contract: a readiness order (152: "put ~ on ~ alert|readiness") whose
** only target is the actor's own forces inside its words ("Vucic had put the
** Serbian army on the highest level of combat readiness", "put its troops on
** alert") loses that target, so force_context_target can give it the
** adversary the story names. Why: an alert is a posture towards another
** state (CAMEO 152), never aimed at one's own army; the own-army target made
** the event self-directed and dropped it (issue 4 force31). */
void own_forces_alerted(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "152")) continue;
    const Mention *t = &c->aM[h->iTgt];
    if (t->i <= h->i || t->e > h->e || !t->pAgent || !t->pAgent->zRole || strcmp(t->pAgent->zRole, "MIL") ||
        t->pMain)
      continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    if (!zT || (zS && !strncmp(zS, zT, 3))) h->iTgt = -1;
  }
}

/* Contract: nonzero when posture hit h's target is the source's own force
** that its words move: a bare military or police role, or one of the
** source's state, inside the pattern or its object after it. Why: "deployed
** warships and F-16 fighter jets to the area" moves Indonesia's own force;
** the posture is aimed at the side the story set against it (issue 4,
** session 64). */
static int own_force_target(const Coder *c, const VerbHit *h) {
  static const char *const azAmount[] = {"of", "about", "around", NULL};   /* "about a third of the army" */
  const Mention *pT = &c->aM[h->iTgt];
  if (!pT->pAgent || !pT->pAgent->zRole || pT->pMain || pT->i < h->i) return 0;
  if (strcmp(pT->pAgent->zRole, "MIL") && strcmp(pT->pAgent->zRole, "COP")) return 0;
  /* ... the pattern's own object, not a force a place or clause after it
  ** names ("held drills ... where the allied forces were exercising") */
  for (size_t t = h->e; t < pT->i; t++)
    if (tok_is(c, t, ",") || clause_break(c, t) ||
        (!tok_in(c, t, azAmount) && (tok_in(c, t, azPrep) || tok_in(c, t, azLocPrep))))
      return 0;
  const char *zS = NULL, *zT = NULL;
  mention_country(c, h->iSrc, &zS);
  mention_country(c, h->iTgt, &zT);
  return !zT || (zS && !strncmp(zS, zT, 3));
}

int force_context_target(Coder *c, size_t iSent) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int r = code_root(h);
    if (h->bDrop || h->iSrc < 0 || (r != 15 && r != 19)) continue;
    int bOwnForce = h->iTgt >= 0 && r == 15 && own_force_target(c, h);
    if (h->iTgt >= 0 && !bOwnForce) continue;
    /* ... a finite blow only: a gerund or noun ("the fighting", "on
    ** patrolling", "ruled out sending troops") tells no new one */
    if (h->forms & VF_ING) continue;
    /* ... nor a blow another speaker says was not struck ("Baku said Armenian
    ** forces had not fired"): a denial, whose party the denial passes find */
    int iR = reporter_mention(c, h), bNeg = h->bNegated;
    for (size_t t = h->i >= 3 ? h->i - 3 : 0; t < h->i; t++) bNeg |= tok_neg(c, t);
    if (bNeg && iR >= 0 && iR != h->iSrc) continue;
    /* ... nor forces sent "to the Persian Gulf": the act names where, no party */
    if (tok_is(c, h->e, "to") || tok_is(c, h->e, "into") || tok_is(c, h->e, "toward") || tok_is(c, h->e, "towards"))
      continue;
    int aS[2];
    if (members(c, h->iSrc, aS, 2) > 1) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    /* "KFOR said it had stepped up patrols", "The EU Monitoring Mission
    ** stepped up its patrols": an international mission's patrols protect
    ** the state where it serves (074, as the gold sets code peacekeepers),
    ** the state this sentence or the one before names (issue 4 lead38) */
    const ActorEntry *pBody = c->aM[h->iSrc].pMain;
    static const char *const azPatrol[] = {"patrol", "patrols", "patrolled", "patrolling", NULL};
    int bPatrol = 0;
    for (size_t t = h->i; t < h->e && t < c->nTok && !bPatrol; t++) bPatrol = tok_in(c, t, azPatrol);
    if (!zS && r == 15 && bPatrol && pBody && pBody->kind == AK_ORG && pBody->zCode &&
        !strncmp(pBody->zCode, "IGO", 3)) {
      const ActorEntry *pHost = NULL;
      for (size_t m = 0; m < c->nM && !pHost; m++) {
        const char *zC = NULL;
        if (c->aM[m].bAside || (int)m == h->iSrc) continue;
        /* ... before the patrols, or in their own clause after them, not
        ** in the next clause ("..., and EU envoy Lajcak will host Serbian
        ** and Kosovo negotiators") */
        int bOwnClause = c->aM[m].i < h->i;
        for (size_t t = h->e; !bOwnClause && t <= c->aM[m].i && t < c->nTok; t++) {
          if (tok_is(c, t, ",") || tok_is(c, t, "and") || clause_break(c, t)) break;
          bOwnClause = t == c->aM[m].i;
        }
        if (!bOwnClause) continue;
        mention_country(c, (int)m, &zC);
        if (zC) pHost = country_entry(c, zC);
      }
      if (!pHost) pHost = seen_counterpart(c, iSent, NULL, pBody->zCode, 0);
      const CameoCode *cc = pHost ? dict_cameo(c->p, "074") : NULL;
      if (cc) {
        if (!push_implied_target(c, k, pHost)) return 0;
        h->zCode = cc->zCode;
      }
      continue;
    }
    if (!zS) continue;
    /* ... the side the story last set against the speaker's state, before
    ** the first other state the sentences before merely named */
    const ActorEntry *pT = hostile_counterpart(c, iSent, zS);
    if (!pT && !bOwnForce) pT = seen_counterpart(c, iSent, zS, NULL, 0);
    if (pT && !push_implied_target(c, k, pT)) return 0;
  }
  return 1;
}

/* Why: "Israel set 477 prisoners free", "Baku should release the two
** drivers", "Slovenia agreed to free all the federal soldiers in its
** custody": captives a state frees, named by a bare noun, took the state's
** own nationality, while the release is aimed at the side whose people they
** are -- the side the story set the state against (issue 4, session 64).
** Contract: a live hit of release (0841) or its intent (0353) whose source
** is one member of a state (lone_speaker) and whose target is a bare role
** with no state of its own, or of the source's state, named by one of
** azCaptive (not "political") in the hit's own words or after them, gets as
** target hostile_counterpart()'s state -- unless it frees "more" (other,
** remaining) captives after an event of the item's eight sentences before
** in which the state freed its own people; else it is left as it is. 0 on
** OOM. */
int captives_counterpart(Coder *c, size_t iSent) {
  static const char *const azCaptive[] = {"prisoners", "prisoner", "hostages", "hostage", "captives", "captive",
                                          "detainees", "detainee", "soldiers", "sailors", "fishermen", "crew",
                                          "crews", "drivers", "pilot", "pilots", "servicemen", "POWs", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    const char *zAct = h->zAct ? h->zAct : h->zCode;
    if (h->bDrop || h->iTgt < 0 || h->iSrc < 0 || (strcmp(zAct, "0841") && strcmp(h->zCode, "0353"))) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (!pT->pAgent || pT->pMain || pT->i < h->i || !mention_has(c, pT, azCaptive)) continue;
    /* ... not political prisoners, the state's own opponents */
    int bPolitical = 0;
    for (size_t t = pT->i > 2 ? pT->i - 2 : 0; t < pT->e && !bPolitical; t++) bPolitical = tok_is(c, t, "political");
    if (bPolitical) continue;
    const char *zS = NULL, *zOrg = NULL, *zT = NULL;
    if (!lone_speaker(c, h, &zS, &zOrg) || !zS) continue;
    mention_country(c, h->iTgt, &zT);
    if (zT && strncmp(zT, zS, 3)) continue;
    /* ... nor captives like those the story told the state freed at home
    ** ("had freed six political prisoners ... We expect Lukashenko to
    ** release more prisoners") */
    static const char *const azMore[] = {"more", "other", "remaining", NULL};
    int bMore = 0, bFreedAtHome = 0;
    for (size_t t = pT->i > 2 ? pT->i - 2 : 0; t < pT->e && !bMore; t++) bMore = tok_in(c, t, azMore);
    for (size_t e = c->d->nEvent; bMore && e-- > 0 && !bFreedAtHome;) {
      const tocsin_event *pE = &c->d->aEvent[e];
      if (pE->iSentence + 8 < iSent || before_item(c, pE->iSentence)) break;
      const char *zA = event_state(c, &pE->source), *zB = event_state(c, &pE->target);
      bFreedAtHome = !strcmp(pE->zEvent, "0841") && zA && zB && !strncmp(zA, zS, 3) && !strncmp(zB, zS, 3);
    }
    const ActorEntry *pC = bFreedAtHome ? NULL : hostile_counterpart(c, iSent, zS);
    if (pC && !push_implied_target(c, k, pC)) return 0;
  }
  return 1;
}

/* "Although the African Union urged both sides to stop the fighting, Abiy
** rejected any mediation", "Washington demanded a ceasefire, but Israel
** refused": a rejection with no party named answers the appeal or demand
** the same sentence told before it. Contract: a live finite hit of root 12
** (not a participle: "rather than blocking") with a source and no target
** gets as target the source of the nearest live hit of root 02 or 10 before
** it in the sentence, when that source is not on the rejecting side; left
** as it is otherwise. */
void rejected_proposal_target(Coder *c) {
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || code_root(h) != 12 || (h->forms & VF_ING)) continue;
    for (size_t x = k; x-- > 0;) {
      const VerbHit *p = &c->aH[x];
      int root = code_root(p);
      if (p->bDrop || p->iSrc < 0 || p->i >= h->i || (root != 2 && root != 10)) continue;
      if (p->iSrc != h->iSrc && !same_side(c, h->iSrc, p->iSrc)) h->iTgt = p->iSrc;
      break;
    }
  }
}

/* Why: "Pakistan condemned the decision and said it would exercise all
** options", "called the launch a reckless provocation and vowed a stern
** response", "suspended trade with the North and vowed to take the matter to
** the Security Council": a threat that names no party, joined by "and" to its
** own side's earlier act against a party, answers that party; it was lost for
** want of a target (issue 4 threat24). Contract: runs after context_party
** (whose targets it may share); a live hit of root 13 (not an ultimatum 139,
** a threat of repression 137 or a bare "threaten" 130) with a source and no
** target takes the target of the nearest earlier live hit of the sentence when that hit is of roots
** 10-13, 16 or 17, not in a "who"/"which" aside, its source on the threat's
** side and its source's and target's states both known and different, and
** "and" stands between the two with no "but", "while", "which", "who",
** "whereas" or ";"; left as it is otherwise. */
void threat_shares_target(Coder *c) {
  static const char *const azStop[] = {"but", "while", "which", "who", "whereas", ";", NULL};
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || code_root(h) != 13) continue;
    /* an ultimatum is put to its addressee ("declared the ambassador persona
    ** non grata and gave him 72 hours to leave"), and a bare "threatened"
    ** is no threat of the speaker ("saying the apps threatened its security") */
    /* ... and repression threatened (137) falls at home ("condemned the attack
    ** on the embassy and said those responsible would be prosecuted") */
    if (!strcmp(h->zCode, "139") || !strcmp(h->zCode, "137") ||
        (!strcmp(h->zCode, "130") && !strcmp(lemma_of(c, h), "threaten")))
      continue;
    for (size_t x = k; x-- > 0;) {
      const VerbHit *a = &c->aH[x];
      int rootA = code_root(a);
      if (a->bDrop || a->iSrc < 0 || a->iTgt < 0 || a->e > h->i) continue;
      /* words or coercion against a party (10-13, 16, 17): a deed of force
      ** told before ("missiles struck ..., and Pakistan vowed") may be the
      ** other side's */
      if (rootA < 10 || rootA == 14 || rootA == 15 || rootA > 17) break;
      if (!same_side(c, h->iSrc, a->iSrc) && !same_side(c, a->iSrc, h->iSrc)) break;
      const char *zA = NULL, *zT = NULL;   /* two sides both known: not a quarrel at home */
      mention_country(c, a->iSrc, &zA);
      mention_country(c, a->iTgt, &zT);
      if (!zA || !zT || !strncmp(zA, zT, 3)) break;
      int bAside = 0;   /* "Putin, who had called the mutiny treason and promised ...": an aside */
      for (size_t t = a->i; t > 0 && t + 3 > a->i && !bAside; t--) bAside = tok_is(c, t - 1, "who") || tok_is(c, t - 1, "which");
      if (bAside) break;
      int bAnd = 0, bStop = 0;
      for (size_t t = a->e; t < h->i && !bStop; t++) {
        bAnd |= tok_is(c, t, "and");
        bStop = tok_in(c, t, azStop);
      }
      if (bAnd && !bStop) h->iTgt = a->iTgt;
      break;
    }
  }
}

/* Why: "Pakistan's military spokesman said Indian troops had shelled
** villages along the Line of Control", "Turkish artillery had shelled
** several border towns, Syrian Kurdish officials said": force told by
** another side names no victim, only places that side holds, and the event
** was lost. Contract: runs before context_party; a live, unframed and
** unnegated hit of root 15 or 18-20 in a past form with a source of one state (one
** member, or up to three of one side) and no
** target, whose reporter
** (reporter_mention) is a mention of another state, gets that state as
** target (a bare country entry); left as it is otherwise. 0 on OOM. */
int reported_force_teller(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    /* ... and a show of force (15) the state it menaces reports ("Taiwan said
    ** Chinese aircraft had crossed the median line") */
    if (h->bDrop || h->iSrc < 0 || (root != 15 && (root < 18 || root > 20))) continue;
    /* ... over a counterpart the story lent it, when the act names "its
    ** airspace": "Syria says the Israeli jets entered its airspace" is the
    ** teller's, not the state the sentence before paired Israel with */
    int bItsDomain = 0;
    for (size_t t = h->i + 1; t + 1 < h->e && !bItsDomain; t++)
      bItsDomain = tok_is(c, t, "its") && tok_in(c, t + 1, azStateDomain);
    if (h->iTgt >= 0 && !(bItsDomain && c->aM[h->iTgt].bOwn)) continue;
    /* ... a deed done, not one foreseen ("is likely to retaliate, a U.S.
    ** official said" is no victim's report) */
    if (h->bFramed || h->bNegated || !(h->forms & (VF_PAST | VF_PP))) continue;
    int bNeg = 0;   /* ... "had not shelled": a denial's content, no victim's report */
    for (size_t t = h->i >= 3 ? h->i - 3 : 0; t < h->i; t++) bNeg |= tok_neg(c, t);
    if (bNeg) continue;
    /* ... a compound of one side counts as one ("Chinese warships and
    ** aircraft had crossed"): its bare member takes the state named with it */
    int aS[4];
    int nS = members(c, h->iSrc, aS, 4);
    if (nS > 1 && (nS > 3 || distinct_sides(c, aS, nS))) continue;
    int iR = reporter_mention(c, h);
    if (iR < 0 || iR == h->iSrc) continue;
    const char *zS = NULL, *zR = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS && nS > 1) zS = member_country(c, h->iSrc, 0);
    mention_country(c, iR, &zR);
    if (!zS || !zR || !strncmp(zS, zR, 3)) continue;
    /* ... and only a teller with a stake: the story's own state (its focus or
    ** dateline) or a party to an earlier event with the attacker -- "U.S.
    ** officials said Russian forces had shelled several towns" is a third
    ** party's report, no victim's (issue 4 lead23) */
    const char *zHome = c->pDateline ? c->pDateline->zCountry : NULL;
    int bStake = (c->zFocus && !strncmp(c->zFocus, zR, 3)) || (zHome && !strncmp(zHome, zR, 3));
    for (size_t e = 0; e < c->d->nEvent && !bStake; e++) {
      const char *zA = c->d->aEvent[e].source.zCountry, *zB = c->d->aEvent[e].target.zCountry;
      bStake = zA && zB &&
               ((!strncmp(zA, zS, 3) && !strncmp(zB, zR, 3)) || (!strncmp(zA, zR, 3) && !strncmp(zB, zS, 3)));
    }
    if (!bStake) continue;
    const ActorEntry *pT = country_entry(c, zR);
    if (!pT) continue;
    if (h->iTgt >= 0) c->aM[h->iTgt].pMain = pT;   /* the lent counterpart, an implied mention of its own */
    else if (!push_implied_target(c, k, pT)) return 0;
  }
  return 1;
}

/* Why: "Syria says the Israeli jets entered its airspace ..., and that air
** defence units fired on them": a force named by no state that fights the
** reported attacker in the teller's report is the teller's; it took the
** attacker's state and fought itself (ISRMIL 193 ISRMIL). Contract: a live
** hit of root 15-20 whose source is a bare role and whose target is a
** pronoun that names a state gives its source the state of its reporter
** (reporter_mention), when that is a mention of another state. */
void reported_defender(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || root < 15 || !bare_role(&c->aM[h->iSrc]) ||
        !c->aM[h->iTgt].bPronoun)
      continue;
    const char *zT = NULL, *zR = NULL;
    mention_country(c, h->iTgt, &zT);
    int iR = reporter_mention(c, h);
    if (!zT || iR < 0 || iR == h->iSrc || iR == h->iTgt) continue;
    mention_country(c, iR, &zR);
    if (!zR || !strncmp(zR, zT, 3)) continue;
    const ActorEntry *pR = country_entry(c, zR);
    if (pR) c->aM[h->iSrc].pCountry = pR;
  }
}

/* Why: "his main challenger Bobi Wine rejected the result as fraudulent",
** "Zambian opposition leader Hakainde Hichilema rejected the results of last
** week's election": an election's result names no party, so the rejection found no target and was lost, where the
** gold sets aim a rejected election result at the state's government
** (dev11-regional; dev16-africa codes it three times). A result challenged
** in court ("said he would challenge the outcome at the tribunal", 115 or its
** threat 130) is the same quarrel with the government (issue 4 daily17).
** Contract: runs before context_party; a live hit of root 12, or of a lawsuit
** (115, also when a frame made it a threat), with a source of a state's
** opposition or a party (role OPP or PTY; a bare one is the document's most
** mentioned state's) and no target, whose object (up to six tokens after the
** verb, before a comma, "and", "but" or "after") holds a word for an
** election's result, gets as target that state's government (GOV); a
** rejection (root 12) of a result by any other source gets as target the
** document's most mentioned state (c->zFocus), else the source's own state;
** left as it is otherwise. A claim that the vote was rigged (112 on "rig")
** is such a quarrel too. 0 on OOM. */
int rejected_result_government(Coder *c) {
  static const char *const azResult[] = {"result", "results", "outcome", "reelection", "tally", NULL};
  static const char *const azEnd[] = {",", "and", "but", "after", ".", NULL};
  static const char *const azOpp[] = {"OPP", "PTY", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    const char *zAct = h->zAct ? h->zAct : h->zCode;
    /* ... and a claim that the vote was rigged: the speaker's accusation at
    ** the government that ran it (issue 4, session 39) */
    int bRig = 0;
    for (size_t t = h->i; t < h->e && !strcmp(zAct, "112") && !bRig; t++)
      bRig = tok_is(c, t, "rigged") || tok_is(c, t, "rig") || tok_is(c, t, "rigging");
    if (h->bDrop || h->iSrc < 0 || h->iTgt >= 0 || (code_root(h) != 12 && strcmp(zAct, "115") && !bRig)) continue;
    int bOpp = str_listed(mention_role(c, h->iSrc), azOpp);
    /* ... and any other side's rejection of a result (issue 4 judge29) */
    if (!bOpp && code_root(h) != 12) continue;
    int bResult = bRig;
    for (size_t t = h->i + 1; t < c->nTok && t < h->e + 6 && !bResult; t++) {
      if (t >= h->e && tok_in(c, t, azEnd)) break;
      bResult = tok_in(c, t, azResult);
    }
    if (!bResult) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    /* "the opposition rejected the result": a bare opposition is the story's state's */
    if (!zS && bOpp && c->zFocus && is_state_code(c->zFocus)) zS = c->zFocus;
    if (!bOpp) {
      /* "Argentina and Peru did not recognise the results": another state
      ** rejects the result of the state the story is about; a state's own
      ** organ or body ("the bishops' conference rejected the results",
      ** "Jammeh rejected the results") rejects its own state's */
      const Mention *pSrc = &c->aM[h->iSrc];
      int bStateSrc = !pSrc->pAgent && pSrc->pMain && (pSrc->pMain->kind == AK_COUNTRY || pSrc->pMain->kind == AK_CAPITAL);
      /* ... a person or organ whose state is known rejects that state's
      ** ("the bloc led by former President Igor Dodon rejected the
      ** preliminary results" in a story naming Russia once, issue 4 lead36) */
      const char *zE = !bStateSrc && zS && is_state_code(zS) ? zS
                       : c->zFocus && is_state_code(c->zFocus) ? c->zFocus : zS;
      const ActorEntry *pE = zE && is_state_code(zE) ? country_entry(c, zE) : NULL;
      if (pE && !push_implied_target(c, k, pE)) return 0;
      continue;
    }
    const ActorEntry *pC = zS && is_state_code(zS) ? country_entry(c, zS) : NULL;
    if (!pC) continue;
    if (!push_implied_target(c, k, pC)) return 0;
    c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, "GOV");
  }
  return 1;
}

/* Why: "China rejected a United Nations report on its treatment of
** Uyghurs", "Rwanda dismissed a United Nations report that said Rwandan
** troops ...", "Iran rejected a ruling by an Argentine court": a rejection
** or a welcome of a report, ruling or finding answers its author, named
** before the noun or after "by" or "of", not a party the document is about.
** Contract: runs after context_party; a live hit of root 12 or 051 whose
** object (up to eight tokens after the pattern, before a comma, "that",
** "which", "as", "to", "and", "after" or "because") holds a document noun gets as target the first mention
** between its verb and that noun, else the mention right after "by" or "of"
** (and an article) after the noun, when that mention is not of the source's
** own side; left as it is otherwise. */
void document_author_target(Coder *c) {
  static const char *const azDocument[] = {"report", "reports", "ruling", "findings", "verdict", "award", "judgment",
                                           "judgement", "conclusion", "conclusions", "investigation", "inquiry", NULL};
  static const char *const azEnd[] = {",", "that", "which", "as", ".", "to", "and", "after", "because", NULL};
  static const char *const azArticle[] = {"the", "a", "an", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || (code_root(h) != 12 && strcmp(h->zCode, "051"))) continue;
    size_t tNoun = 0;
    for (size_t t = h->i + 1; t < h->e + 8 && t < c->nTok && !tNoun; t++) {
      if (t >= h->e && tok_in(c, t, azEnd)) break;
      if (tok_in(c, t, azDocument)) tNoun = t;
    }
    if (!tNoun) continue;
    int iAuthor = -1;
    for (size_t m = 0; m < c->nM && iAuthor < 0; m++)
      if (c->aM[m].i > h->i && c->aM[m].e <= tNoun && !c->aM[m].bOwn && !c->aM[m].bPronoun) iAuthor = (int)m;
    if (iAuthor < 0 && (tok_is(c, tNoun + 1, "by") || tok_is(c, tNoun + 1, "of"))) {
      size_t tAuthor = tNoun + 2 + (tok_in(c, tNoun + 2, azArticle) ? 1 : 0);
      for (size_t m = 0; m < c->nM && iAuthor < 0; m++)
        if (c->aM[m].i >= tNoun + 2 && c->aM[m].i <= tAuthor && !c->aM[m].bOwn) iAuthor = (int)m;
    }
    if (iAuthor < 0 || iAuthor == h->iTgt || same_side(c, h->iSrc, iAuthor)) continue;
    h->iTgt = iAuthor;
  }
}

/* Why: "An arbitration tribunal ruled ... Taiwan also rejected the ruling",
** "The ICC issued a warrant ... Bashir dismissed the warrant": a ruling,
** award, verdict or warrant rejected or welcomed with no author in the
** sentence answers the court or tribunal that issued it in the sentences
** before (tests/gold/README.md: a rejection of a ruling is aimed at its
** author), where context_party takes the first state the story named (the
** party to the case) (issue 4 friction). Contract: runs after
** document_author_target; a live hit of root 12 or 051 with a source, a
** ruling noun in its object (up to eight tokens, before a clause break) and no
** target, or one not in the text, gets as target the latest judicial body
** (code IGOJUD..., IGOICC, IGOUNOICJ) c->aBody holds from the three sentences
** before, when not the source's own. 0 on OOM. */
int ruling_author_context(Coder *c) {
  static const char *const azRuling[] = {"ruling", "rulings", "award", "verdict", "judgment", "judgement", "warrant",
                                         "warrants", NULL};
  static const char *const azEnd[] = {",", "that", "which", ".", ";", "because", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || (code_root(h) != 12 && strcmp(h->zCode, "051"))) continue;
    if (h->iTgt >= 0 && !c->aM[h->iTgt].bOwn) continue;
    int bRuling = 0;
    for (size_t t = h->i + 1; t < h->e + 8 && t < c->nTok && !bRuling; t++) {
      if (t >= h->e && tok_in(c, t, azEnd)) break;
      bRuling = tok_in(c, t, azRuling);
    }
    if (!bRuling) continue;
    const ActorEntry *pCourt = NULL;
    for (size_t x = c->nBody; x-- > 0 && !pCourt;) {
      const ActorEntry *p = c->aBody[x].p;
      if (c->aBody[x].iSent + 3 < c->iSentNow || before_item(c, c->aBody[x].iSent) || !p->zCode) continue;
      if (!strncmp(p->zCode, "IGOJUD", 6) || !strcmp(p->zCode, "IGOICC") || !strcmp(p->zCode, "IGOUNOICJ"))
        pCourt = p;
    }
    if (!pCourt || c->aM[h->iSrc].pMain == pCourt) continue;
    if (h->iTgt < 0) {
      if (!push_implied_target(c, k, pCourt)) return 0;
      continue;
    }
    Mention *pT = &c->aM[h->iTgt];   /* a party from context: the court instead, alone */
    pT->pMain = pCourt;
    pT->pCountry = pT->pAgent = pT->pPersonCountry = pT->pGroup = NULL;
    pT->iGroup = -3000000 - (int)k;
  }
  return 1;
}

/* Contract: a live vow of revenge (138) whose target is the one killed --
** the mention right after "the killing (death, assassination, murder) of",
** or before "'s killing" -- loses that target, so revenge_targets aims it at
** the killer. Why: "vowed to avenge the killing of Hamas leader Ismail
** Haniyeh" was coded as a threat to Hamas, the vower's own ally (issue 4
** voice). */
void avenged_victim_untargeted(Coder *c) {
  static const char *const azDeath[] = {"killing", "killings", "death", "deaths", "assassination", "murder", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "138") || h->iTgt < 0) continue;
    const Mention *pT = &c->aM[h->iTgt];
    int bVictim = pT->i >= 2 && tok_is(c, pT->i - 1, "of") && tok_in(c, pT->i - 2, azDeath);
    bVictim |= pT->e + 1 < c->nTok && tok_is(c, pT->e, "'s") && tok_in(c, pT->e + 1, azDeath);
    if (bVictim) h->iTgt = -1;
  }
}

/* Why: "Hamas fighters attacked Israeli towns ... Netanyahu promised mighty
** vengeance", "Indian jets struck targets inside Pakistan, and Pakistan vowed
** to respond": a vow of revenge or retaliation (138) that names no one is
** aimed at whoever attacked the vower's state, as the gold sets code it.
** Contract: runs after denial_accuser; a live 138 with no target, or aimed at
** its own side, is re-aimed at the source of the latest force or violence
** (roots 18-20) on the vower's state: an earlier act of this sentence, else
** an event of the two sentences before; left as it is when there is none.
** 0 on OOM. */
int revenge_targets(Coder *c, size_t iSent) {
  const tocsin_doc *d = c->d;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "138") || h->iSrc < 0) continue;
    if (h->iTgt >= 0 && !same_side(c, h->iSrc, h->iTgt)) continue;
    const char *zS = NULL;
    mention_country(c, h->iSrc, &zS);
    if (!zS) continue;
    int iHere = -1;   /* an attack earlier in this sentence */
    for (size_t x = 0; x < k; x++) {
      const VerbHit *a = &c->aH[x];
      int rootA = code_root(a);
      if (a->bDrop || a->bNegated || a->iSrc < 0 || a->iTgt < 0 || rootA < 18) continue;
      const char *zA = NULL, *zB = NULL;
      mention_country(c, a->iSrc, &zA);
      mention_country(c, a->iTgt, &zB);
      if (zB && !strncmp(zB, zS, 3) && !(zA && !strncmp(zA, zS, 3))) iHere = a->iSrc;
    }
    if (iHere >= 0) {
      h->iTgt = iHere;
      continue;
    }
    const ActorEntry *pC = NULL;
    const char *zRole = NULL;
    for (size_t e = d->nEvent; e-- > 0 && !pC;) {
      const tocsin_event *pE = &d->aEvent[e];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (strcmp(pE->zRoot, "18") < 0 || pE->bNegated) continue;
      const char *zB = event_state(c, &pE->target), *zA = event_state(c, &pE->source);
      if (!zB || strncmp(zB, zS, 3) || (zA && !strncmp(zA, zS, 3))) continue;
      if (pE->source.zOrg && pE->source.zCode) {
        pC = org_entry(c, pE->source.zCode);
      } else if (pE->source.zCountry) {
        pC = country_entry(c, pE->source.zCountry);
        zRole = pE->source.zRole;
      }
    }
    if (!pC) continue;
    if (!push_implied_target(c, k, pC)) return 0;
    if (zRole) c->aM[c->aH[k].iTgt].pAgent = agent_entry(c, zRole);
  }
  return 1;
}

/* Why: "Iran and the United States held indirect talks in Muscat, with Oman's
** foreign minister carrying messages between them", "..., with Qatar
** mediating": after a comma, "with <actor> <-ing verb>" is an absolute
** phrase that tells what else went on, not the partner of the verb before it.
** Contract: an act whose target is such an actor loses that target (a joint
** act of a compound subject is then coded both ways). */
void absolute_with_targets(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0) continue;
    const Mention *pm = &c->aM[h->iTgt];
    if (pm->i < 2 || pm->i < h->e || !tok_is(c, pm->i - 1, "with") || !tok_is(c, pm->i - 2, ",")) continue;
    size_t t = pm->e;
    while (t < c->nTok && t < pm->e + 8 && in_mention(c, t)) t++;
    if (t >= c->nTok || !c->aTok[t].bWord) continue;
    int bIng = 0;
    for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[t].id); f && !bIng; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
      bIng = (f->forms & VF_ING) != 0;
    if (bIng) h->iTgt = -1;
  }
}

/* Why: "Israel and Hamas halted 11 days of fighting under an
** Egyptian-brokered ceasefire": a state joined by a hyphen to "brokered",
** "mediated" or "sponsored" names who made the settlement the noun after
** it names, a describing word of that noun, not the party the act is aimed
** at. Contract: an act whose target is such a mention loses that target (a
** joint act of a compound subject is then coded both ways), when the
** phrase follows a preposition; a signing (057) by two sides loses it too,
** and so does one of a "-backed" deal. A drafter
** ("a U.S.-drafted resolution") stays the target, as veto_targets wants. */
void brokered_modifier_targets(Coder *c) {
  static const char *const azBroker[] = {"brokered", "mediated", "sponsored", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0) continue;
    const Mention *pm = &c->aM[h->iTgt];
    if (pm->e + 1 >= c->nTok || !tok_is(c, pm->e, "-") ||
        !(tok_in(c, pm->e + 1, azBroker) || tok_is(c, pm->e + 1, "backed")))
      continue;
    /* ... in a phrase after a preposition ("under an Egyptian-brokered
    ** ceasefire"); the object of a signing ("signed a Russian-brokered
    ** deal") is aimed at the broker, as the gold sets code it */
    size_t t = pm->i;
    if (t > 0 && (tok_is(c, t - 1, "a") || tok_is(c, t - 1, "an") || tok_is(c, t - 1, "the"))) t--;
    /* ... but two sides that sign it ("Armenia and Azerbaijan signed a
    ** Russian-brokered deal") sign it with each other (issue 4 lead23) */
    int aS[16];
    int nS = h->iSrc >= 0 ? members(c, h->iSrc, aS, 16) : 0;
    int bTwoSides = nS >= 2 && distinct_sides(c, aS, nS) && !strcmp(h->zCode, "057");
    /* ... and so do two sides that sign a "U.N.-backed" deal (lead27); a
    ** backer alone stays the target ("fought Iranian-backed militias") */
    if (!bTwoSides && tok_is(c, pm->e + 1, "backed")) continue;
    if (!bTwoSides && (t == 0 || !(tok_in(c, t - 1, azPrep) || tok_in(c, t - 1, azLocPrep) || tok_is(c, t - 1, "after"))))
      continue;
    h->iTgt = -1;
  }
}

/* The act of the sentence being coded that a repeat phrase at token iPhrase
** ("did the same", "followed suit") repeats: the last hit before it that is
** not a statement or a report and is separated from it by "and" (the phrase
** has a subject of its own), else NULL. */
static const VerbHit *same_sentence_repeated_act(const Coder *c, size_t iPhrase) {
  for (size_t k = c->nH; k-- > 0;) {
    const VerbHit *h = &c->aH[k];
    if (h->i >= iPhrase) continue;
    if (!h->pPat || is_report_verb(h) || (h->zCode[0] == '0' && h->zCode[1] == '1')) return NULL;
    for (size_t t = h->e; t < iPhrase; t++)
      if (tok_is(c, t, "and") && t > 0 && tok_is(c, t - 1, ",")) return h;
    return NULL;
  }
  return NULL;
}

/* "Canada, Brazil and Argentina quickly followed suit", "Britain did the
** same": the act of the last event of the two sentences before, by the new
** subject, on the same target. A hit over the phrase repeats that event's
** code (and explains itself by its pattern); its target is set after the
** roles (copy_targets). Statements (01x) are not repeated: "said the same".
** 0 on OOM. */
int follow_suit(Coder *c, size_t iSent) {
  static const char *const azFollowVerb[] = {"follow", "follows", "followed", "following", NULL};
  static const char *const azDo[] = {"do", "does", "did", "done", "doing", NULL};
  static const char *const azTake[] = {"take", "takes", "took", "taken", "taking", NULL};
  const tocsin_doc *d = c->d;
  for (size_t i = 0; i + 1 < c->nTok; i++) {
    size_t e = 0;   /* the rare second word first: this runs on every token */
    if (tok_is(c, i + 1, "suit") && tok_in(c, i, azFollowVerb)) e = i + 2;
    else if (tok_is(c, i + 1, "likewise") && tok_in(c, i, azDo)) e = i + 2;
    else if (tok_is(c, i + 2, "same") && tok_is(c, i + 1, "the") && tok_in(c, i, azDo) &&
             !tok_is(c, i + 3, "to") && !tok_is(c, i + 3, "with"))
      e = i + 3;
    /* "The UAE, Bahrain and Egypt took the same step" */
    else if (tok_is(c, i + 2, "same") && tok_is(c, i + 1, "the") && tok_in(c, i, azTake) &&
             (tok_is(c, i + 3, "step") || tok_is(c, i + 3, "action") || tok_is(c, i + 3, "measure")))
      e = i + 4;
    if (!e || c->aUsed[i]) continue;
    /* ... the act of its own sentence first, when one before it ends its
    ** clause: "Washington recognised Guaido, and Canada and Brazil did the
    ** same" repeats the recognition, not an act of the sentence before */
    const VerbHit *pOwn = same_sentence_repeated_act(c, i);
    int iEv = -1;
    for (size_t x = d->nEvent; x-- > 0 && iEv < 0 && !pOwn;) {
      const tocsin_event *pE = &d->aEvent[x];
      if (pE->iSentence + 2 < iSent || pE->iSentence >= iSent) break;
      if (pE->zEvent[0] == '0' && pE->zEvent[1] == '1') continue;
      if (!c->aFired || !c->aFired[x].pPat) continue;
      iEv = (int)x;
    }
    if (iEv < 0 && !pOwn) continue;
    /* ... of that sentence, its main act: the first one its own words tell,
    ** not a report in a clause after it ("Mali cut ties with Ukraine after an
    ** official suggested Kyiv had helped the rebels. Niger followed suit.") */
    for (size_t x = (size_t)iEv; iEv >= 0 && x-- > 0;) {
      const tocsin_event *pE = &d->aEvent[x];
      if (pE->iSentence != d->aEvent[iEv].iSentence) break;
      if ((pE->zEvent[0] == '0' && pE->zEvent[1] == '1') || !c->aFired[x].pPat) continue;
      if (!pE->zMood || strcmp(pE->zMood, "reported") || !strcmp(d->aEvent[iEv].zMood, "reported")) iEv = (int)x;
    }
    if (!vec_grow((void **)&c->aH, &c->nHAlloc, c->nH, sizeof(VerbHit))) return 0;
    size_t at = 0;   /* hits stay in token order */
    while (at < c->nH && c->aH[at].i < i) at++;
    memmove(&c->aH[at + 1], &c->aH[at], (c->nH - at) * sizeof(VerbHit));
    c->nH++;
    VerbHit *h = &c->aH[at];
    memset(h, 0, sizeof *h);
    h->i = i;
    h->e = e;
    h->pPat = pOwn ? pOwn->pPat : c->aFired[iEv].pPat;
    h->zCode = pOwn ? pOwn->zCode : d->aEvent[iEv].zEvent;
    h->iCopyHit = pOwn ? pOwn->i + 1 : 0;
    h->iSpan = h->iSubj = i;
    h->eSpan = e;
    h->iSrcForce = h->iTgtForce = -1;
    h->forms = tok_is(c, i, "followed") || tok_is(c, i, "did") ? VF_PAST : tok_is(c, i, "done") ? VF_PP : VF_BASE;
    h->iSrc = h->iTgt = -1;
    h->iCopyOf = iEv;
    for (size_t k = i; k < e; k++) c->aUsed[k] = 1;
  }
  return 1;
}

/* The agent entry with role code zRole ("OPP"), or NULL. */
const ActorEntry *agent_entry(const Coder *c, const char *zRole) {
  for (size_t a = 0; a < c->p->nActor; a++)
    if (c->p->aActor[a].kind == AK_AGENT && !strcmp(c->p->aActor[a].zCode, zRole)) return &c->p->aActor[a];
  return NULL;
}

/* A repeated act ("followed suit") falls on the target of the act it
** repeats: its state or body, with its role; one that repeats an act of its
** own sentence takes that act's code and target mention as coded now, and is
** dropped when that act was. 0 on OOM. */
int copy_targets(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop) continue;
    if (h->iCopyHit) {   /* an act of this sentence: its code and target as coded now */
      const VerbHit *pOwn = NULL;
      for (size_t x = 0; x < c->nH && !pOwn; x++)
        if (x != k && c->aH[x].i + 1 == h->iCopyHit) pOwn = &c->aH[x];
      if (!pOwn || pOwn->bDrop || pOwn->iTgt < 0) {
        h->bDrop = 1;
        continue;
      }
      h->pPat = pOwn->pPat;
      h->zCode = pOwn->zCode;
      h->iTgt = pOwn->iTgt;
      h->bWeakTarget = pOwn->bWeakTarget;
      continue;
    }
    if (h->iCopyOf < 0) continue;
    const tocsin_actor *pT = &c->d->aEvent[h->iCopyOf].target;
    const ActorEntry *pMain = pT->zCountry ? country_entry(c, pT->zCountry) : pT->zCode ? org_entry(c, pT->zCode) : NULL;
    if (!pMain) continue;
    if (!push_implied_target(c, k, pMain)) return 0;
    if (pT->zCountry && pT->zRole) c->aM[h->iTgt].pAgent = agent_entry(c, pT->zRole);
  }
  return 1;
}

/* "Fighting erupted in Khartoum between the army and the RSF", "Heavy
** fighting broke out between Armenian and Azerbaijani forces": a clash with
** no subject of its own is the mutual act of the two sides "between" names,
** coded both ways. */
/* A truce that takes effect between two sides (truce_effect_verb) has no
** subject of its own: the side named last before the verb is one of the two,
** so the subject is cleared for between_sides to give both. */
void truce_effect_sides(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    size_t iNoun = SIZE_MAX;
    if (h->bDrop || !h->bRev || strcmp(h->zCode, "0871") || !truce_effect_verb(c, h->i, &iNoun)) continue;
    h->iSrc = h->iTgt = -1;
  }
}

void between_sides(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int bJoint = h->bRev && (code_root(h) == 4 || code_root(h) == 6 || !strcmp(h->zCode, "057") ||
                             !strncmp(h->zCode, "087", 3));
    if (h->bDrop || h->iSrc >= 0 || (code_root(h) != 19 && code_root(h) != 18 && !bJoint)) continue;
    size_t hi = c->nTok;
    for (size_t x = k + 1; x < c->nH && hi == c->nTok; x++)
      if (!c->aH[x].bDrop) hi = c->aH[x].i;
    /* "talks between Russia and Ukraine were held": the joint act's
    ** "between" may stand in its subject, before the verb */
    size_t lo = h->e;
    if (bJoint) {
      lo = h->iSpan;
      while (lo > 0 && lo + 6 > h->iSpan && !tok_is(c, lo - 1, ",") && !tok_is(c, lo - 1, ".")) lo--;
    }
    for (size_t t = lo; t + 1 < hi; t++) {
      if (clause_break(c, t) || tok_is(c, t, ".")) break;
      if (!tok_is(c, t, "between")) continue;
      int iFirst = -1;
      for (size_t m = 0; m < c->nM && iFirst < 0; m++)
        if (c->aM[m].i > t && c->aM[m].i <= t + 2 && !c->aM[m].bLoc) iFirst = (int)m;
      int aMem[3];
      if (iFirst >= 0 && members(c, iFirst, aMem, 3) == 2) {
        h->iSrc = iFirst;
        h->iTgt = -1;
        h->bWeakTarget = 1;   /* no object: the two sides act on each other */
      }
      break;
    }
  }
}
