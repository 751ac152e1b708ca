/*
** Acts told in relative clauses ("..., which Kyiv denied", "the troops who
** crossed"): their own subjects and targets, and which of them stay events.
*/
#include "coder.h"

/* "Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism":
** "it" as a verb's own object is the state or body the sentence named
** before it, other than the sentence's subject -- one does not accuse
** oneself. A pronoun mention over "it"; 0 on OOM. Runs before the frames
** fix roles by mention index. */
/* The subject of verb hit h's own clause when a subordinator opens it: a
** mention ending right before the verb, past auxiliaries and adverbs, with
** "after", "before", "because", "when", "since", "as", "once", "until",
** "while" or "although" right before the mention ("after Paris criticised
** it"), or ", and", or a verb of saying or "that" opening a reported clause ("Kosovo
** said Serbia had attacked it": not Serbia); -1 otherwise. */
static int verb_own_subject(const Coder *c, const VerbHit *h) {
  static const char *const azAux[] = {"had", "has", "have", "was", "were", "is", "did", "should", "would",
                                      "will", "could", "must", "may", "might", "can", NULL};
  static const char *const azSub[] = {"after", "before", "because", "when", "since", "as", "once", "until",
                                      "while", "although", "though", NULL};
  size_t t = h->i;
  /* (past a negation too: "said Kigali had not informed it") */
  /* ("have since denounced it": "since" an adverb after an auxiliary) */
  while (t > 0 && h->i - t < 3 &&
         (tok_adverb(c, t - 1) || tok_in(c, t - 1, azAux) || tok_neg(c, t - 1) ||
          (t > 1 && tok_is(c, t - 1, "since") && tok_in(c, t - 2, azAux))))
    t--;
  /* ... and a body's members the dictionary holds as no role: "the Security
  ** Council's fifteen members have since denounced it" (issue 4, session 63) */
  if (t > 2 && plural_word(c, t - 1) && c->aTok[t - 1].bWord && !c->aTok[t - 1].bCap && !in_mention(c, t - 1)) {
    size_t u = t - 1;
    if (u > 1 && c->aTok[u - 1].bWord && !c->aTok[u - 1].bCap && !in_mention(c, u - 1) && !tok_is(c, u - 1, "'s")) u--;
    if (u > 0 && tok_is(c, u - 1, "'s")) t = u - 1;
  }
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e != t || pm->bLoc || pm->bPrep || pm->bPronoun || pm->bAside) continue;
    size_t i0 = pm->i;
    if (i0 > 0 && tok_is(c, i0 - 1, "the")) i0--;
    /* ... or ", and" ("..., and Paris should urge it to start talking":
    ** not Paris; issue 4, session 47) */
    int bAnd = i0 > 1 && (tok_is(c, i0 - 1, "and") || tok_is(c, i0 - 1, "but")) && tok_is(c, i0 - 2, ",");
    return i0 > 0 && (tok_in(c, i0 - 1, azSub) || tok_is(c, i0 - 1, "that") || attr_verb(c, i0 - 1) || bAnd)
               ? (int)m
               : -1;
  }
  return -1;
}

/* Contract: 1 when mention pm can be what an "it" stands for, or the
** subject that "it" cannot be: no place, aside, reporter, pronoun or implied
** state. For object_it and demanded_that_it. */
static int it_antecedent_kind(const Mention *pm) {
  return !pm->bLoc && !pm->bAside && !pm->bSaid && !pm->bPronoun && !pm->bOwn;
}

/* Contract: 1 when mention m is of subject iX's side: its group, or a
** mention of the same state. Shared by object_it and demanded_that_it: one
** does not accuse or press oneself. */
static int subject_side(const Coder *c, int iX, int m) {
  if (c->aM[m].iGroup == c->aM[iX].iGroup) return 1;
  const char *zS = NULL, *zA = NULL;
  mention_country(c, iX, &zS);
  mention_country(c, m, &zA);
  return zS && zA && !strncmp(zS, zA, 3);
}

/* Contract: inserts a pronoun mention over token t ("it") that stands for
** mention iA -- for its state alone, without its role, when bStateOnly and
** iA has a role -- in a group of its own numbered from iGroupBase; 0 on OOM.
** Shared by object_it and demanded_that_it. */
static int insert_it_pronoun(Coder *c, int iA, size_t t, int bStateOnly, int iGroupBase) {
  Mention m = c->aM[iA];
  if (bStateOnly && m.pAgent) {
    m.pAgent = NULL;
    m.pMain = NULL;
  }
  m.i = t;
  m.e = t + 1;
  m.bPronoun = 1;
  m.bPrep = m.bMod = m.bBy = m.bLoc = m.bAside = 0;
  m.iGroup = iGroupBase - (int)t;
  return insert_mention(c, &m);
}

int object_it(Coder *c) {
  static const char *const azAfter[] = {"of", "a", "an", "the", "as", "to", "for", "over", "with", "on", "from",
                                        "into", "after", "before", "and", "in", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    size_t t = h->i + 1;
    if (h->bDrop || t >= c->nTok || !tok_is(c, t, "it") || in_mention(c, t) || is_report_verb(h)) continue;
    if (t + 1 < c->nTok && c->aTok[t + 1].bWord && !tok_in(c, t + 1, azAfter)) continue;   /* "said it would" */
    /* the one "it" cannot be is the verb's own subject: a clause's subject
    ** right before the verb ("after Paris criticised it" is not Paris), else
    ** the sentence's (a participle's: "accusing it") */
    int iL = verb_own_subject(c, h);
    /* ... and after ", and" not the first clause's subject either when that
    ** clause demanded, disapproved or rejected: "it" is what the clause
    ** acted on ("condemned the attack, and Iran also denounced it", "should
    ** press the council ..., and Paris should urge it"), which, when no
    ** mention holds it, is no one named; a proposal or mission is its
    ** author's ("proposed a deal ..., and protest groups rejected it") */
    int bAndClause = 0;
    if (iL >= 0) {
      size_t i0 = c->aM[iL].i;
      if (i0 > 0 && tok_is(c, i0 - 1, "the")) i0--;
      bAndClause = i0 > 1 && (tok_is(c, i0 - 1, "and") || tok_is(c, i0 - 1, "but")) && tok_is(c, i0 - 2, ",");
      const VerbHit *pFirst = NULL;
      for (size_t x = 0; x < c->nH && !pFirst; x++)
        if (!c->aH[x].bDrop && c->aH[x].i < i0 && !is_report_verb(&c->aH[x])) pFirst = &c->aH[x];
      int rootF = pFirst ? code_root(pFirst) : 0;
      if (rootF != 10 && rootF != 11 && rootF != 12) bAndClause = 0;
    }
    int iS = -1, iA = -1;
    for (size_t m = 0; m < c->nM && c->aM[m].i < h->i; m++) {
      const Mention *pm = &c->aM[m];
      if (!it_antecedent_kind(pm)) continue;
      if (iS < 0 && !pm->bPrep && !pm->bMod && !pm->bBy) {   /* the sentence's subject */
        iS = (int)m;
        if (iL < 0 || bAndClause) continue;
      }
      if (bAndClause && iS >= 0 && pm->iGroup == c->aM[iS].iGroup) continue;
      const ActorEntry *a = pm->pMain ? pm->pMain : pm->pCountry;
      int iX = iL >= 0 ? iL : iS;   /* the subject excluded */
      /* ... a bare organ the first clause acted on too: "should press the
      ** junta ..., and Paris should urge it" */
      int bOrgan = bAndClause && bare_organ(pm) && pm->i > c->aM[iS].e;
      if (!bOrgan && (!a || a->kind == AK_PERSON || iX < 0 || (int)m == iX || (pm->pAgent && !pm->pCountry))) continue;
      if (bOrgan && (int)m == iX) continue;
      if (subject_side(c, iX, (int)m)) continue;
      iA = (int)m;
    }
    if (iA < 0) continue;
    /* ("expelled Iranian diplomats, accusing it of ...": the state) */
    if (!insert_it_pronoun(c, iA, t, !bare_organ(&c->aM[iA]), -2000000)) return 0;
  }
  return 1;
}

/* Contract: for a demand or appeal (root 10 or 02) followed by "that it"
** (or whose pattern ends in "that" before "it"), a pronoun mention over "it"
** of the last state or body named before the verb that is not of the
** sentence subject's state or group; 0 on OOM. Why: "Emma Bonino said Ottawa
** had broken international law and demanded that it release the trawler"
** aimed the demand at the trawler, the first mention after the verb, since
** the subject "it" of the demanded clause named no one (issue 4, session
** 47). */
int demanded_that_it(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || (root != 10 && root != 2) || h->e >= c->nTok) continue;
    size_t t = tok_is(c, h->e, "that") ? h->e + 1 : h->e;
    if (t == 0 || t >= c->nTok || !tok_is(c, t - 1, "that") || !tok_is(c, t, "it") || in_mention(c, t)) continue;
    int iS = -1, iA = -1;
    for (size_t m = 0; m < c->nM && c->aM[m].i < h->i; m++) {
      const Mention *pm = &c->aM[m];
      if (!it_antecedent_kind(pm)) continue;
      if (iS < 0 && !pm->bPrep && !pm->bMod && !pm->bBy) {   /* the sentence's subject */
        iS = (int)m;
        continue;
      }
      const ActorEntry *a = pm->pMain ? pm->pMain : pm->pCountry;
      if (!a || a->kind == AK_PERSON || pm->pAgent || iS < 0 || subject_side(c, iS, (int)m)) continue;
      iA = (int)m;
    }
    if (iA < 0) continue;
    if (!insert_it_pronoun(c, iA, t, 0, -3000000)) return 0;
  }
  return 1;
}

/* "Russia accused Ukraine of the attack, which Kyiv denied", "..., a charge
** Kyiv rejected", "..., a claim that the alliance has flatly denied": a
** denial or rejection in a clause that trails an act and has a subject of its
** own answers the one who made the claim -- the subject of the sentence's
** first act -- as a denial in the next sentence would (reply_targets); a
** rejected claim, charge or allegation is a denial (016), as the README
** codes "rejected the accusations". Contract: the clause is ", which" or ",
** a|an|the <claim noun> [that]", then its subject's mention ("he" or "she":
** the first act's target, else the person named last before the clause),
** then auxiliaries and adverbs, then the
** hit; the hit takes that subject as source and the first act's source as
** target, unless both are of one side (a state and its rebels, its
** opposition or a rival organ are two sides: opposed_roles). */
void clause_replies(Coder *c) {
  static const char *const azClaim[] = {"charge", "charges", "accusation", "accusations", "allegation",
                                        "allegations", "claim", "claims", "assertion", "suggestion", NULL};
  static const char *const azAux[] = {"has", "have", "had", "always", "long", NULL};
  static const char *const azPerson[] = {"he", "she", NULL};
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt >= 0 || (strcmp(h->zCode, "016") && code_root(h) != 12)) continue;
    size_t v = h->i;   /* back over "has flatly" to the subject's end */
    while (v > 0 && (tok_in(c, v - 1, azAux) || tok_adverb(c, v - 1) || relative_time_adverb(c, v - 1))) v--;
    int iY = -1;
    for (size_t m = 0; m < c->nM && iY < 0; m++)
      if (c->aM[m].e == v && !c->aM[m].bLoc && !c->aM[m].bAside && !c->aM[m].bPrep) iY = (int)m;
    /* ... "which he denied", "a charge she rejected": the one the first act
    ** accused or struck, else the person named last before the clause */
    int bHe = v > 2 && tok_in(c, v - 1, azPerson) && (iY < 0 || c->aM[iY].i == v - 1);
    if (!bHe && (iY < 0 || c->aM[iY].i < 2 || c->aM[iY].bPronoun)) continue;
    size_t t = bHe ? v - 1 : c->aM[iY].i;
    int bClaim = 0;
    if (tok_is(c, t - 1, "which")) t--;
    else {
      if (tok_is(c, t - 1, "that")) t--;
      if (t == 0 || !tok_in(c, t - 1, azClaim)) continue;
      t--;
      bClaim = 1;
      if (t > 0 && (tok_is(c, t - 1, "a") || tok_is(c, t - 1, "an") || tok_is(c, t - 1, "the"))) t--;
    }
    if (t == 0 || !tok_is(c, t - 1, ",")) continue;
    const VerbHit *p = NULL;   /* the sentence's first act before the clause */
    for (size_t x = 0; x < k && !p; x++)
      if (!c->aH[x].bDrop && c->aH[x].iSrc >= 0 && c->aH[x].i < t) p = &c->aH[x];
    if (!p) continue;
    if (bHe) {
      iY = p->iTgt >= 0 && c->aM[p->iTgt].e <= t ? p->iTgt : -1;
      for (size_t m = 0; iY < 0 && m < c->nM; m++)
        if (c->aM[m].e < t && c->aM[m].pMain && c->aM[m].pMain->kind == AK_PERSON && !c->aM[m].bPronoun) iY = (int)m;
      if (iY < 0) continue;
    }
    if (p->iSrc == iY || c->aM[p->iSrc].iGroup == c->aM[iY].iGroup) continue;
    if (same_side(c, p->iSrc, iY) && !opposed_roles(c, p->iSrc, iY)) continue;
    /* a bare organ ("a claim the army denied") is of the accused side: the
    ** first act's target's state, else the claimant's */
    if (bare_organ(&c->aM[iY])) {
      const char *zC = NULL;
      if (p->iTgt >= 0) mention_country(c, p->iTgt, &zC);
      if (!zC) mention_country(c, p->iSrc, &zC);
      if (zC) c->aM[iY].pCountry = country_entry(c, zC);
    }
    h->iSrc = iY;
    h->iTgt = p->iSrc;
    h->bOwnClause = 1;
    h->bReported = 0;   /* the narrator's clause, after the report it answers */
    if (bClaim && code_root(h) == 12) h->zCode = "016";
  }
}

/* "Oman, which had been mediating between Tehran and Washington, ...",
** "Guterres, who was visiting Tripoli, said ...": an act in progress told in
** a relative clause between commas (perfect or past progressive) is an act
** of its own, as relative_clause_acts codes a past one ("which has mediated").
** Contract: sets the source (the antecedent before the comma), the target
** (the first actor after the verb in the clause) and bOwnClause of such hits. */
void relative_progressive_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || h->i < 3 || !(h->forms & VF_ING)) continue;
    size_t j = h->i;
    while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
    if (j == 0 || j + 1 >= h->i || !(tok_is(c, j, "which") || tok_is(c, j, "who"))) continue;
    int bProg = 0, bOwnVerb = 1;
    for (size_t t = j + 1; t < h->i && bOwnVerb; t++) {
      bProg |= tok_is(c, t, "been") || tok_is(c, t, "was") || tok_is(c, t, "were");
      bOwnVerb = tok_adverb(c, t) || tok_is(c, t, "has") || tok_is(c, t, "had") || tok_is(c, t, "have") ||
                 tok_is(c, t, "been") || tok_is(c, t, "was") || tok_is(c, t, "were") || tok_is(c, t, "long");
    }
    if (!bProg || !bOwnVerb) continue;
    int iAnte = -1;
    for (size_t m = 0; m < c->nM && iAnte < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e + 1 == j && !pm->bPronoun && !pm->bLoc && (pm->pMain || pm->pCountry)) iAnte = (int)m;
    }
    if (iAnte < 0) continue;
    size_t close = h->e;
    while (close < c->nTok && !tok_is(c, close, ",") && !tok_is(c, close, ";") && !tok_is(c, close, ".")) close++;
    int iT = -1;
    for (size_t m = 0; m < c->nM && iT < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i >= h->e && pm->e <= close && !pm->bPronoun && (pm->pMain || pm->pCountry || pm->pAgent)) iT = (int)m;
    }
    h->iSrc = iAnte;
    h->iTgt = iT;
    h->bOwnClause = 1;
  }
}

/* A relative clause between commas puts each of its actors in a group of its
** own (apposition_asides), which splits "which has mediated between Israel
** and Hamas" into one target. Contract: for each act of a relative clause
** (bOwnClause), the actors joined to its target by "and" or commas alone
** rejoin the target's group, so the act is coded towards each. */
void relative_compound_targets(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || !h->bOwnClause || h->iTgt < 0) continue;
    for (size_t x = (size_t)h->iTgt + 1; x < c->nM; x++) {
      const Mention *p = &c->aM[x - 1];
      Mention *m = &c->aM[x];
      if (m->i < p->e || m->i > p->e + 3 || m->bPronoun) break;
      int bJoin = m->i > p->e;
      for (size_t t = p->e; t < m->i && bJoin; t++)
        bJoin = tok_is(c, t, "and") || tok_is(c, t, "the") || (tok_is(c, t, ",") && t + 1 < m->i);
      if (!bJoin) break;
      m->iGroup = c->aM[h->iTgt].iGroup;
    }
  }
}

/* "who had earlier threatened", "which had twice failed", "who once fought":
** an adverb of time or frequency between a relative pronoun and its verb,
** which tok_adverb (the "-ly" words and a short list) does not know, leaves
** the clause the antecedent's own act. Contract: 1 for such a word at t. */
int relative_time_adverb(const Coder *c, size_t t) {
  static const char *const az[] = {"earlier", "once", "twice", "previously", "repeatedly", "recently", "since",
                                   "first", NULL};
  return tok_in(c, t, az);
}

/* A relative clause's act (hit h) is its antecedent iAnte's: the source is
** iAnte and the target the first actor after the verb in the clause (to its
** comma, semicolon or full stop), left alone when that actor is of the
** antecedent's own compound. Shared by the passes that code acts told in
** relative clauses. */
static void relative_act_roles(Coder *c, VerbHit *h, int iAnte) {
  size_t close = h->e;
  while (close < c->nTok && !tok_is(c, close, ",") && !tok_is(c, close, ";") && !tok_is(c, close, ".")) close++;
  int iT = -1;
  for (size_t m = 0; m < c->nM && iT < 0; m++) {
    const Mention *pm = &c->aM[m];
    /* ... a place is the target when the pattern itself ends in its
    ** preposition ("who arrived in Tel Aviv"), as assign_roles has it for a
    ** main clause (issue 4 lead23) */
    /* ... or stands inside the pattern's gap after its preposition: "who
    ** arrived in Dhaka on Saturday for his first visit" (issue 4, session 41) */
    int bInGap = pm->i > h->i + 1 && pm->e <= h->e && (tok_is(c, pm->i - 1, "in") || tok_is(c, pm->i - 1, "at"));
    int bPlace = (pm->bLoc || (bInGap && pm->bAside)) && pm->i > h->i && (pm->i == h->e || bInGap) &&
                 !(pm->pMain && pm->pMain->bRegion) &&
                 (tok_is(c, pm->i - 1, "in") || tok_is(c, pm->i - 1, "at")) && code_root(h) == 4 &&
                 strcmp(h->zAct ? h->zAct : h->zCode, "044");
    /* ... never the body a mediator works for: "who mediated the talks for
    ** the regional SADC bloc" mediates between the parties (mediation_parties) */
    size_t b = pm->i;
    while (b > h->e && b > 0 && (tok_is(c, b - 1, "the") || (c->aTok[b - 1].bWord && !c->aTok[b - 1].bCap &&
                                                                 !tok_is(c, b - 1, "for") && b + 3 > pm->i)))
      b--;
    if (mediation_code(h->zCode) && b > 0 && tok_is(c, b - 1, "for")) continue;
    if (pm->i > h->i && pm->e <= close && (!pm->bLoc || bPlace) && !pm->bPronoun && (pm->pMain || pm->pCountry || pm->pAgent))
      iT = (int)m;
  }
  if (iT >= 0 && c->aM[iT].iGroup == c->aM[iAnte].iGroup) return;
  h->iSrc = iAnte;
  h->iTgt = iT;
  h->bOwnClause = 1;
}

/* Contract: the actor a ", which" / ", who" clause describes -- the first
** named actor (no pronoun, place or aside) whose mention ends at the comma
** right before token j -- else -1. Shared by the passes that give a relative
** clause's act to its antecedent. */
static int relative_antecedent(const Coder *c, size_t j) {
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e + 1 == j && !pm->bPronoun && !pm->bLoc && !pm->bAside && (pm->pMain || pm->pCountry || pm->pAgent))
      return (int)m;
  }
  return -1;
}

/* Contract: 1 when hit h codes a denial (016) or disapproval, accusation or
** charge (root 11): the verbal acts that a relative clause in the present
** ("which accuses", "who denies") reports as acts of its antecedent. */
static int relative_present_charge(const VerbHit *h) {
  /* ... not a standing stance: "President Ivanov, who opposes the deal, said
  ** he will not sign it" tells what he thinks, no act (110, issue 4 lead36) */
  return !strcmp(h->zCode, "016") || (code_root(h) == 11 && strncmp(h->zCode, "110", 3));
}

/* "Qatar, which mediated the deal, said ...", "Washington, which has long
** accused Tehran of destabilising the region, ...": a clause set off by
** ", which" or ", who" right after a named actor reports that actor's own
** act, an event of its own (tests/gold/README.md, development set 3). Its
** source is the actor; its target the first actor inside the clause after
** the verb (mark_appositions set the clause's actors aside for the main
** clause), else none, for the replies to find. Not a passive ("who are
** backed by Iran"), not a standing description in the present ("which buys
** its weapons from Russia"), and not a clause whose verb comes after a
** subject of its own ("which Russia annexed"). */
void relative_clause_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->i < 3) continue;
    size_t j = h->i;
    while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
    if (j == 0 || j >= h->i || !(tok_is(c, j, "which") || tok_is(c, j, "who"))) continue;
    int iAnte = relative_antecedent(c, j);
    if (iAnte < 0) continue;
    int bOwnVerb = 1;   /* only auxiliaries and adverbs between "which" and the verb */
    for (size_t t = j + 1; t < h->i && bOwnVerb; t++)
      bOwnVerb = !c->aTok[t].bWord || tok_adverb(c, t) || tok_is(c, t, "has") || tok_is(c, t, "had") ||
                 tok_is(c, t, "have") || tok_is(c, t, "long") || tok_is(c, t, "already") ||
                 relative_time_adverb(c, t);
    /* ... a past act ("which invaded", "which has long accused"), not a
    ** standing description in the present ("which buys most of its weapons
    ** from Russia", "who control the north") */
    int bPerfect = 0;
    for (size_t t = j + 1; t < h->i; t++) bPerfect |= tok_is(c, t, "has") || tok_is(c, t, "had") || tok_is(c, t, "have");
    /* ... or a charge or denial the antecedent keeps making ("which accuses
    ** Damascus of ...", "who denies the charges"): a statement in the present
    ** is an act, not a description (issue 4 clauses) */
    int bStanding = (h->forms & (VF_3S | VF_BASE)) && !(h->forms & (VF_PAST | VF_PP)) && relative_present_charge(h);
    if (!bOwnVerb ||
        (!bStanding && (!(h->forms & (VF_PAST | VF_PP)) || ((h->forms & VF_PP) && !(h->forms & VF_PAST) && !bPerfect))))
      continue;
    relative_act_roles(c, h, iAnte);
  }
}

/* "Qatar, which hosts the bureau and had mediated the release of four
** hostages, ...", "Riot police, who had beaten and detained hundreds of
** people, ...": the second verb of a relative clause joined by "and" is an
** act of the antecedent too, which relative_clause_acts misses since its
** clause does not start at "which". Contract: runs after
** relative_clause_acts, before drop_relative_clauses; a live past or perfect
** hit preceded by "and" (and auxiliaries or adverbs) inside a ", which" /
** ", who" clause that opens right after an actor, with no comma and no
** mention starting right after the pronoun (a subject of its own), gets the
** antecedent as source, the first actor after it in the clause as target
** (none when that is the antecedent's group) and bOwnClause. */
void relative_coordinated_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || h->i < 5 || !(h->forms & (VF_PAST | VF_PP))) continue;
    size_t a = h->i;   /* back over auxiliaries and adverbs to "and" */
    while (a > 0 && (tok_is(c, a - 1, "had") || tok_is(c, a - 1, "has") || tok_is(c, a - 1, "have") ||
                     tok_adverb(c, a - 1) || relative_time_adverb(c, a - 1)))
      a--;
    if (a == 0 || !tok_is(c, a - 1, "and")) continue;
    size_t j = a - 1;
    while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
    if (j == 0 || j + 2 >= a || !(tok_is(c, j, "which") || tok_is(c, j, "who")) || in_mention(c, j + 1)) continue;
    int iAnte = relative_antecedent(c, j);
    if (iAnte < 0) continue;
    relative_act_roles(c, h, iAnte);
  }
}

/* Why: "police fired tear gas at protesters who had surrounded the
** legislature": a "who" clause with no comma before it tells an act of the
** actor right before "who", yet the act took the main clause's subject
** (issue 4 clauses22). Contract: runs after relative_clause_acts; a live hit
** not yet given to an antecedent, in the past ("who stormed") or perfect
** ("who had surrounded"), preceded by "who" and only auxiliaries or adverbs,
** with a named actor's mention ending right at "who", becomes that actor's
** act (relative_act_roles). */
void restrictive_who_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || h->i < 2 || !(h->forms & (VF_PAST | VF_PP))) continue;
    size_t j = h->i;
    int bPerfect = 0;
    while (j > 0 && (tok_is(c, j - 1, "had") || tok_is(c, j - 1, "has") || tok_is(c, j - 1, "have") ||
                     tok_adverb(c, j - 1) || relative_time_adverb(c, j - 1))) {
      bPerfect |= !tok_adverb(c, j - 1) && !relative_time_adverb(c, j - 1);
      j--;
    }
    int bThat = j >= 2 && tok_is(c, j - 1, "that");
    if (j < 2 || (!tok_is(c, j - 1, "who") && !bThat)) continue;
    if ((h->forms & VF_PP) && !(h->forms & VF_PAST) && !bPerfect) continue;   /* "who are backed by" */
    /* ... and "that" after a state's led or backed noun: "the Saudi-led
    ** states that cut relations with Doha" (issue 4 lead38) */
    size_t jA = j;
    if (bThat && j >= 5 && tok_is(c, j - 4, "-") && (tok_is(c, j - 3, "led") || tok_is(c, j - 3, "backed")) &&
        c->aTok[j - 2].bWord && !c->aTok[j - 2].bCap)
      jA = j - 3;
    int iAnte = -1;
    for (size_t m = 0; m < c->nM && iAnte < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e + 1 == jA && !pm->bPronoun && !pm->bLoc && !pm->bOwn && (pm->pMain || pm->pCountry || pm->pAgent))
        iAnte = (int)m;
    }
    if (iAnte < 0 || h->iSrc == iAnte) continue;
    /* ... not in an apposition ("Kofi Annan, the former U.N. chief who
    ** brokered the talks,"): that clause describes the person, as
    ** mark_appositions has it */
    size_t p = c->aM[iAnte].i;
    while (p > 0 && p + 4 > c->aM[iAnte].i && c->aTok[p - 1].bWord && !dict_forms(c->p, c->aTok[p - 1].id)) p--;
    if (p > 0 && tok_is(c, p - 1, ",")) continue;
    relative_act_roles(c, h, iAnte);
  }
}

/* The named actor whose mention ends right before token t ("the activists
** whom"), or before a comma right before it ("Tsikhanouski, whom"; not when
** bZero, a clause with no pronoun); -1 when there is none. */
static int relative_antecedent_before(const Coder *c, size_t t, int bZero) {
  for (int bComma = 0; bComma <= !bZero; bComma++) {
    if (bComma && (t == 0 || !tok_is(c, t - 1, ","))) break;
    size_t e = bComma ? t - 1 : t;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e == e && !pm->bPronoun && !pm->bLoc && (pm->pMain || pm->pCountry || pm->pAgent)) return (int)m;
    }
  }
  return -1;
}

/* Why: "250 Venezuelan migrants whom the United States had deported to El
** Salvador", "the activists whom police detained": in a "whom" clause the
** antecedent is the object of the clause's act and the clause's own subject
** its source; read as a main clause the act had no target and was lost.
** Contract: runs after restrictive_who_acts, before drop_relative_clauses; a
** live hit in the past or perfect whose subject mention (after "whom", an
** article allowed) ends right before it, past auxiliaries and adverbs, and
** whose "whom" follows right after a named actor's mention, gets that
** subject as source, the antecedent as target, and bOwnClause. */
void object_relative_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || h->i < 3 || !(h->forms & (VF_PAST | VF_PP))) continue;
    size_t j = h->i;
    while (j > 0 && (tok_is(c, j - 1, "had") || tok_is(c, j - 1, "has") || tok_is(c, j - 1, "have") ||
                     tok_adverb(c, j - 1) || relative_time_adverb(c, j - 1)))
      j--;
    int iSub = -1;
    for (size_t m = 0; m < c->nM && iSub < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e == j && !pm->bPronoun && !pm->bLoc && (pm->pMain || pm->pCountry || pm->pAgent)) iSub = (int)m;
    }
    if (iSub < 0) continue;
    size_t w = c->aM[iSub].i;
    if (w > 0 && (tok_is(c, w - 1, "the") || tok_is(c, w - 1, "a"))) w--;
    /* ... and with no "whom": "the 24 Ukrainian navy sailors its border
    ** guards captured", the subject's "its" or "their" being the main
    ** clause's actor's (issue 4, session 44) */
    int bZero = w >= 2 && (tok_is(c, w - 1, "its") || tok_is(c, w - 1, "their")) && in_mention(c, w - 2);
    if (w < 2 || (!tok_is(c, w - 1, "whom") && !bZero)) continue;
    int iAnte = relative_antecedent_before(c, w - 1, bZero);
    /* ... a second clause, "whom police arrested ... and whom a court
    ** sentenced": the antecedent of the first "whom" */
    for (size_t t = w - 1; iAnte < 0 && !bZero && tok_is(c, w - 2, "and") && t-- > 1 && t + 40 > w;) {
      if (tok_is(c, t, ";") || tok_is(c, t, ".")) break;
      if (tok_is(c, t, "whom")) {
        iAnte = relative_antecedent_before(c, t, 0);
        break;
      }
    }
    if (iAnte < 0 || c->aM[iAnte].iGroup == c->aM[iSub].iGroup) continue;
    if (bZero) {   /* the possessor: the actor of the act before, in the main clause */
      const Mention *pOwner = NULL;
      for (size_t x = k; x-- > 0 && !pOwner;)
        if (!c->aH[x].bDrop && c->aH[x].iSrc >= 0 && c->aH[x].i < c->aM[iAnte].i) pOwner = &c->aM[c->aH[x].iSrc];
      const ActorEntry *pState = pOwner ? (pOwner->pCountry ? pOwner->pCountry : pOwner->pMain) : NULL;
      if (!pState || !pState->zCountry || c->aM[iSub].pMain || c->aM[iSub].pCountry) continue;
      c->aM[iSub].pCountry = pState;
      c->aM[iSub].bAside = 0;
    }
    /* ... a bare role there is the antecedent's state's: "Tsikhanouski, whom
    ** a court sentenced to 18 years", not the state of a place the main
    ** clause names */
    Mention *pSub = &c->aM[iSub];
    const char *zAnte = NULL;
    if (pSub->pAgent && !pSub->pMain && !pSub->pCountry && !pSub->pPersonCountry && !pSub->pGroup) {
      mention_country(c, iAnte, &zAnte);
      const ActorEntry *pA = zAnte ? country_entry(c, zAnte) : NULL;
      if (pA) pSub->pCountry = pA;
    }
    h->iSrc = iSub;
    h->iTgt = iAnte;
    h->bOwnClause = 1;
  }
}

/* Why: "provisional results, which the opposition has rejected", "the Taji
** attack, which the Pentagon blamed on the Iran-backed militia", "the
** run-off, which he later boycotted", "the Helmand River, which Iran accuses
** the Taliban of holding back": a ", which" clause after a thing, with a
** subject of its own, reports that subject's act -- an event of its own, as
** the gold sets code relative clauses -- which drop_relative_clauses lost
** (issue 4, session 42). Contract: runs after object_relative_acts, before
** drop_relative_clauses; a live hit in the past or perfect (or a charge or
** denial in the present, relative_present_charge) whose subject mention, a
** named actor or a pronoun, ends right before it past auxiliaries and
** adverbs and starts right after ", which" (an article allowed), the
** ", which" not after an actor (relative_clause_acts' case), gets that
** subject as source and bOwnClause; a target the roles found before the
** verb is dropped, for the clause's own object or the replies to supply. */
void thing_object_relative_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || h->i < 4) continue;
    if (!(h->forms & (VF_PAST | VF_PP)) && !relative_present_charge(h)) continue;
    size_t j = h->i;
    while (j > 0 && (tok_is(c, j - 1, "had") || tok_is(c, j - 1, "has") || tok_is(c, j - 1, "have") ||
                     tok_adverb(c, j - 1) || relative_time_adverb(c, j - 1)))
      j--;
    if ((h->forms & VF_PP) && !(h->forms & VF_PAST) && j == h->i) continue;   /* a bare participle */
    int iSub = -1;
    for (size_t m = 0; m < c->nM && iSub < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e == j && !pm->bLoc && (pm->bPronoun || pm->pMain || pm->pCountry || pm->pAgent)) iSub = (int)m;
    }
    if (iSub < 0) continue;
    size_t w = c->aM[iSub].i;
    if (w > 0 && tok_is(c, w - 1, "the")) w--;
    if (w < 3 || !tok_is(c, w - 1, "which") || !tok_is(c, w - 2, ",")) continue;
    int bActorAnte = 0;
    for (size_t m = 0; m < c->nM && !bActorAnte; m++) bActorAnte = c->aM[m].e + 2 == w && !c->aM[m].bLoc;
    /* ... and a deal brokered or negotiated by a third party is a mediation
    ** (deal_object_relative_mediation) */
    static const char *const azDeal[] = {"deal", "accord", "agreement", "truce", "ceasefire", "pause", "fighting",
                                         "exchange", "swap", "talks", "pact", "treaty", "release", NULL};
    if (bActorAnte || tok_in(c, w - 3, azDeal)) continue;
    h->iSrc = iSub;
    if (h->iTgt >= 0 && c->aM[h->iTgt].i < h->i) h->iTgt = -1;
    h->bOwnClause = 1;
  }
}

/* Why: "Burhan, who has refused to meet the RSF commander, ...", "China, which
** had threatened to retaliate if ..., launched drills": a frame verb told in a
** ", who" / ", which" clause composed its act into one hit that stands at the
** infinitive, so relative_clause_acts, which reads the verb at the hit, never
** saw the clause open right before the frame verb (issue 4 friction).
** Contract: runs after relative_coordinated_acts, before drop_relative_clauses;
** a live framed hit whose frame verb (iSubj, before the hit) is past ("-ed")
** or perfect and follows ", which" / ", who" with only auxiliaries and
** adverbs between, the pronoun right after a named actor, becomes that
** actor's act (relative_act_roles). */
void relative_frame_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    size_t v = h->iSubj;
    if (h->bDrop || h->bOwnClause || !h->bFramed || v >= h->i || v < 3) continue;
    size_t j = v;
    while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
    if (j == 0 || j >= v || !(tok_is(c, j, "which") || tok_is(c, j, "who"))) continue;
    int bAux = 0, bOwnVerb = 1;
    for (size_t t = j + 1; t < v && bOwnVerb; t++) {
      int bHave = tok_is(c, t, "has") || tok_is(c, t, "had") || tok_is(c, t, "have");
      bAux |= bHave;
      bOwnVerb = bHave || tok_adverb(c, t) || tok_is(c, t, "already") || relative_time_adverb(c, t);
    }
    if (!bOwnVerb || !(bAux || tok_past_ed(c, v))) continue;
    int iAnte = relative_antecedent(c, j);
    if (iAnte < 0) continue;
    relative_act_roles(c, h, iAnte);
    /* ... never aimed at its own side ("offered to lead a police force") */
    if (h->bOwnClause && h->iTgt >= 0 && same_side(c, iAnte, h->iTgt)) h->iTgt = -1;
  }
}

/* Why: "Hezbollah, whose fighters fired rockets at Israeli posts on Sunday,
** said ...", "Azerbaijan, whose troops stormed Armenian positions, ...": a
** ", whose" clause names the antecedent's own people, arms or organs as the
** subject, so its act is the antecedent's, as "Hezbollah's fighters fired"
** is; drop_relative_clauses dropped it (issue 4 clauses). Contract: runs
** before drop_relative_clauses; a live past or perfect active hit in a ",
** whose" clause that opens right after a named actor, whose possessed noun
** phrase (one to four words up to the verb, auxiliaries and adverbs aside)
** names no actor of its own but a bare role ("whose fighters"), gets the
** antecedent as source (relative_act_roles). Not a passive ("whose house
** was burned"), not a clause with a subject of its own ("whose summit
** Bashir attended"). */
void possessive_relative_acts(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || h->i < 4 || !(h->forms & (VF_PAST | VF_PP))) continue;
    size_t j = h->i;
    while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
    if (j == 0 || j + 1 >= h->i || !tok_is(c, j, "whose")) continue;
    size_t v = h->i;   /* back over auxiliaries and adverbs to the possessed noun */
    int bPerfect = 0;
    while (v > j + 1 && (tok_is(c, v - 1, "had") || tok_is(c, v - 1, "has") || tok_is(c, v - 1, "have") ||
                         tok_adverb(c, v - 1) || relative_time_adverb(c, v - 1))) {
      bPerfect |= !tok_adverb(c, v - 1) && !relative_time_adverb(c, v - 1);
      v--;
    }
    if (v <= j + 1 || v > j + 5) continue;
    if ((h->forms & VF_PP) && !(h->forms & VF_PAST) && !bPerfect) continue;
    int bWords = 1;
    for (size_t t = j + 1; t < v && bWords; t++) bWords = c->aTok[t].bWord && !tok_in(c, t, azBe);
    for (size_t m = 0; m < c->nM && bWords; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i > j && pm->i < v && (pm->pMain || pm->pCountry || pm->bPronoun)) bWords = 0;
    }
    if (!bWords) continue;
    int iAnte = relative_antecedent(c, j);
    if (iAnte < 0) continue;
    relative_act_roles(c, h, iAnte);
  }
}

/* "The truce, which Egypt mediated together with Qatar, began ...", "at
** talks in Doha that Qatar and Turkey mediated": a mediation whose clause
** opens "which" or "that" after a deal noun (past a comma or a place of up to
** three words) and has a subject of its own right after the pronoun is that
** subject's act, with
** no target yet (mediation_parties and mediated_act_sides give it the deal's
** sides). Contract: runs before drop_relative_clauses; sets the hit's source
** and bOwnClause. Why: drop_relative_clauses dropped every act of such a
** clause, and relative_clause_acts codes only the antecedent's own acts
** (issue 4 deal). */
void deal_object_relative_mediation(Coder *c) {
  static const char *const azDeal[] = {"deal", "accord", "agreement", "truce", "ceasefire", "pause", "exchange",
                                       "swap", "talks", "pact", "treaty", "release", "arrangement", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause || !mediation_code(h->zCode) || !(h->forms & (VF_PAST | VF_PP)) || h->i < 4) continue;
    int iSubj = -1;
    size_t j = 0;   /* the pronoun */
    for (size_t m = 0; m < c->nM && iSubj < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < 3 || pm->i >= h->i || !(tok_is(c, pm->i - 1, "which") || tok_is(c, pm->i - 1, "that"))) continue;
      if (pm->bPronoun || pm->bLoc || !(pm->pMain || pm->pCountry)) continue;
      size_t t = pm->e;   /* only the rest of its list, auxiliaries and adverbs up to the verb */
      while (t < h->i && (tok_is(c, t, "has") || tok_is(c, t, "had") || tok_is(c, t, "have") || tok_adverb(c, t))) t++;
      int aMem[8], nMem = members(c, (int)m, aMem, 8);
      for (int y = 0; y < nMem && t < h->i; y++)
        if (c->aM[aMem[y]].i >= pm->e && c->aM[aMem[y]].i < h->i) t = c->aM[aMem[y]].e > t ? c->aM[aMem[y]].e : t;
      while (t < h->i && (tok_is(c, t, "has") || tok_is(c, t, "had") || tok_is(c, t, "have") || tok_adverb(c, t))) t++;
      if (t == h->i) iSubj = (int)m, j = pm->i - 1;
    }
    if (iSubj < 0) continue;
    /* ... after a deal noun, past a comma or the place it was held in ("the
    ** truce, which ...", "at talks in Doha that Qatar and Turkey mediated") */
    int bDeal = 0;
    for (size_t d = j, n = 0; d > 0 && n < 4 && !bDeal && !tok_is(c, d - 1, ";"); d--, n++) bDeal = tok_in(c, d - 1, azDeal);
    if (!bDeal) continue;
    h->iSrc = iSubj;
    h->iTgt = -1;
    h->bOwnClause = 1;
  }
}

/* Contract: 1 when hit h opens a ", where" clause whose subject is named
** right after "where" -- an actor, no pronoun -- and its verb is no perfect
** or progressive ("have fought", "were debating"); else 0. Why: "fled to
** Moscow, where the Kremlin granted him asylum", "flown to La Paz, where a judge ordered him held": the place
** clause tells the next act of the story, not a description of the place
** ("Mali, where they have fought jihadists for nine years", "marched to
** Congress, where lawmakers were debating the bill"). */
static int where_clause_act(const Coder *c, const VerbHit *h, size_t j) {
  if (!tok_is(c, j, "where") || h->iSrc < 0) return 0;
  const Mention *pS = &c->aM[h->iSrc];
  if (pS->i != j + 1 || pS->bPronoun || pS->bOwn) return 0;
  static const char *const azAux[] = {"have", "has", "had", "was", "were", "is", "are", NULL};
  for (size_t t = pS->e; t < h->i; t++)
    if (tok_in(c, t, azAux)) return 0;
  return 1;
}

void drop_relative_clauses(Coder *c) {
  static const char *const azRel[] = {"which", "who", "whom", "whose", "where", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bOwnClause) continue;
    /* "accusing Kampala of ... backing rebels who want to overthrow Kagame":
    ** a restrictive relative clause inside a charge describes whom the charge
    ** names; an aim or a standing trait told there is no act of the story
    ** (issue 4, session 41) */
    for (size_t x = 0; x < k && !h->bDrop; x++) {
      const VerbHit *a = &c->aH[x];
      if (a->bDrop || code_root(a) != 11 || a->e > h->i) continue;
      int bOf = 0, bRel = 0, bBreak = 0;
      for (size_t t = a->i; t < a->e && !bOf; t++) bOf = tok_is(c, t, "of");
      for (size_t t = a->e; t < h->i && !bBreak; t++) {
        bBreak = tok_is(c, t, ";") || tok_is(c, t, ".") || tok_is(c, t, ",");
        bRel |= (tok_is(c, t, "who") || tok_is(c, t, "that")) && t > 0 && in_mention(c, t - 1);
      }
      /* (a past act told there is a deed of its own: "accusing Kyiv of
      ** supporting the rebels who killed dozens of Wagner fighters") */
      int bPastAct = (h->forms & VF_PAST) && !h->bFramed;
      if (bOf && bRel && !bBreak && !bPastAct) h->bDrop = 1;
    }
    if (h->bDrop) continue;
    size_t j = h->i;
    while (j > 0 && !tok_is(c, j - 1, ",") && !tok_is(c, j - 1, ";")) j--;
    if (j > 0 && j < h->i && tok_in(c, j, azRel) && !where_clause_act(c, h, j)) h->bDrop = 1;
    /* "... to agree on the point where the three countries' borders meet": a
    ** restrictive "where" clause describes a place; a verb in it whose
    ** subject was found before "where" has no actor of its own there */
    for (size_t t = h->i; t-- > j + 1 && !h->bDrop;)
      if (tok_is(c, t, "where") && !tok_is(c, t - 1, ",") && h->iSrc >= 0 && c->aM[h->iSrc].i < t) h->bDrop = 1;
  }
}
