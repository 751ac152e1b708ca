/*
** Source and target of each verb hit (assign_roles): the actor group before
** the verb and the first after it in the same clause, with the exceptions
** news prose needs -- relative and reduced clauses, weapons as subjects,
** labels' contents, purposes, venues and parties named in asides.
*/
#include "coder.h"

/* Participles that name whose people the noun before them are: "experts
** sent by the IACHR", "aid workers employed by MSF" (assign_roles). */
static const char *const azSentBy[] = {"sent", "dispatched", "appointed", "deployed", "mandated",
                                       "commissioned", "employed", "hired", NULL};

const char *lemma_of(const Coder *c, const VerbHit *h) {
  return c->p->vocab.azTok[h->pPat->lemma];
}

int code_root(const VerbHit *h) {
  return (h->zCode[0] - '0') * 10 + (h->zCode[1] - '0');
}

/* The root of the act itself, before a frame composed an intent or threat
** of it ("agreed to share intelligence": 06). */
int act_root(const VerbHit *h) {
  const char *z = h->zAct ? h->zAct : h->zCode;
  return (z[0] - '0') * 10 + (z[1] - '0');
}

/* Contract: "Pakistan secured a loan from the IMF", "obtained credits from China"
** (dict/verbs.txt, 07x patterns ending in "from"): the giver named after "from" is
** the source and the subject that got the money the target; swaps *piS and *piT.
** Issue 4 pledge: the recipient was coded as the giver. */
static void recipient_subject(const Coder *c, const VerbHit *h, int *piS, int *piT) {
  static const char *const azGet[] = {"secure", "obtain", "receive", "win", "get", NULL};
  const char *zA = h->zAct ? h->zAct : h->zCode;
  if (*piS < 0 || *piT < 0 || h->e <= h->i + 1 || !tok_is(c, h->e - 1, "from") || zA[0] != '0' || zA[1] != '7') return;
  if (c->aM[*piT].i + 1 < h->e) return;
  const char *zLemma = lemma_of(c, h);
  for (const char *const *z = azGet; *z; z++)
    if (!strcmp(zLemma, *z)) {
      int x = *piS;
      *piS = *piT;
      *piT = x;
      return;
    }
}

/* Verbs that report a statement and take a clause: "said (that) ...". */
int is_report_verb(const VerbHit *h) {
  const char *z = h->zCode;
  return z[0] == '0' && z[1] == '1' && strcmp(z, "011") && strcmp(z, "015") && strcmp(z, "016") &&
         strcmp(z, "017");
}

/* "offered condolences to Nepal and pledged aid", "sent his condolences to
** Ankara and dispatched rescuers": an empathetic comment (018) is said to
** someone and reports no clause; the verb after it is an act of its own. */
static int empathy_stands(const VerbHit *a) {
  return !strcmp(a->zCode, "018");
}

/* "spoke by phone with Netanyahu on Tuesday to discuss the hostage talks",
** "met Lavrov in Ankara to discuss grain exports": talk whose purpose is to
** discuss something is one consultation; the purpose is its topic, not a
** second meeting with whoever the topic names. */
static int talk_purpose(const Coder *c, const VerbHit *a, const VerbHit *b) {
  if (a->zCode[0] != '0' || a->zCode[1] != '4' || b->i < a->e + 1 || b->i > a->e + 10) return 0;
  if (strcmp(lemma_of(c, b), "discuss") || !tok_is(c, b->i - 1, "to")) return 0;
  for (size_t t = a->e; t + 1 < b->i; t++)
    if (!c->aTok[t].bWord || clause_break(c, t)) return 0;
  return 1;
}

/* Why: "Zelensky called the strike a deliberate killing of civilians",
** "called the accord a surrender to terrorism": the label a labelling verb
** gives its object says what the act is, and the parties it names (the
** victims, the ones it is said to serve) are no target; the civilians were
** taken as the one condemned (issue 4 lead34). Contract: for a live hit of
** root 11 whose lemma labels (call, describe, brand, label, term, dub) and
** whose words hold "the", "this" or "that" right after the verb and later
** "a" or "an" -- the label's article; for a verdict said, the copula --
** every mention from there to the hit's end is set aside, but a state or
** demonym with no role, which
** names the act's author ("an Iranian act of terrorism"); the author is
** otherwise found as for any reaction noun (reply_targets). */
void label_content_aside(Coder *c) {
  static const char *const azLabel[] = {"call", "describe", "brand", "label", "term", "dub", NULL};
  static const char *const azObjDet[] = {"the", "this", "that", "these", "those", NULL};
  static const char *const azCopula[] = {"was", "were", "is", "are", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || code_root(h) != 11 || !str_listed(lemma_of(c, h), azLabel)) continue;
    if (h->i + 2 >= h->e || !tok_in(c, h->i + 1, azObjDet)) continue;
    /* ... and a verdict said ("said the law was incompatible with the bloc's
    ** core values"): the label after the copula (verdict_said_hit) */
    static const char *const azSaid[] = {"said", "says", "saying", "told", "tells", "added", "stated", "declared", NULL};
    int bSaid = tok_in(c, h->i, azSaid);
    size_t a = SIZE_MAX;
    for (size_t t = h->i + 3; t < h->e && a == SIZE_MAX; t++)
      if (tok_is(c, t, "a") || tok_is(c, t, "an") || (bSaid && tok_in(c, t, azCopula))) a = t;
    if (a == SIZE_MAX) continue;
    /* ... an agent after "by" in it is the author, and the rest is not:
    ** "the downing of a Russian warplane by Turkey" */
    /* ... through labels joined to it ("a massacre and a violation of
    ** Ecuador's sovereignty": issue 4 lead35) */
    size_t e = h->e;
    while (e + 1 < c->nTok && tok_is(c, e, "and") && (tok_is(c, e + 1, "a") || tok_is(c, e + 1, "an"))) {
      e += 2;
      while (e < c->nTok && !tok_is(c, e, ",") && !tok_is(c, e, ".") && !tok_is(c, e, ";") && !tok_is(c, e, "and"))
        e++;
    }
    int bByAuthor = 0;
    for (size_t m = 0; m < c->nM; m++) bByAuthor |= c->aM[m].bBy && c->aM[m].i > a && c->aM[m].i < e;
    for (size_t m = 0; m < c->nM; m++) {
      Mention *pm = &c->aM[m];
      if (bByAuthor) {
        if (pm->i > a && pm->i < e && !pm->bBy) pm->bAside = 1;
        continue;
      }
      /* ... a state whose sovereignty or land the label says was violated is
      ** its victim: "a violation of Ecuador's sovereignty" */
      static const char *const azDomain[] = {"sovereignty", "territory", "airspace", "integrity", "independence",
                                             "borders", "waters", "territorial", NULL};
      if (pm->i > a && pm->i < e && pm->e + 1 < c->nTok && tok_is(c, pm->e, "'s") && tok_in(c, pm->e + 1, azDomain)) {
        pm->bAside = 1;
        continue;
      }
      /* ... but a state or its demonym that qualifies the label names the
      ** author: "an Iranian act of terrorism", "an act of Iranian terrorism" */
      /* (and so does a state's organ: "the brutality of the North Korean
      ** regime"; the victims are people of other roles) */
      static const char *const azOrgan[] = {"GOV", "MIL", "COP", "SPY", "JUD", NULL};
      int bOrgan = pm->pAgent && pm->pAgent->zRole && str_listed(pm->pAgent->zRole, azOrgan);
      int bAuthor = (!pm->pAgent || bOrgan) &&
                    ((pm->pCountry && pm->pCountry->kind == AK_DEMONYM) ||
                     (pm->pMain && (pm->pMain->kind == AK_COUNTRY || pm->pMain->kind == AK_DEMONYM)));
      if (pm->i > a && pm->i < e && !bAuthor) pm->bAside = 1;
    }
  }
}

/* Why: "Mali and Burkina Faso warned that any intervention in Niger would
** amount to a declaration of war against them": a plural pronoun that stands
** for the hit's own compound source is the speakers themselves, not a party
** they act on; each member was coded as warning the other (issue 4 lead34).
** A joint act of cooperation (roots 01-09) is left alone: the members may
** act on each other. Contract: runs after assign_roles; a live hit of root
** 10-20 whose target is a pronoun
** mention of a group whose every member names the same actor as a member of
** the source's group, and the other way round, loses its target, for the
** context passes to find. */
/* Why: "Militants fired two rockets from Gaza into southern Israel": force
** sent from one place into another is aimed at the second; the place it
** came from, nearer the verb, was taken as the target (issue 4 lead34).
** Contract: runs after assign_roles; a live hit of root 15-20 whose target
** mention stands right after "from" takes the first later mention of its
** clause (no comma, semicolon or clause break before it) that stands right
** after "into", "at", "on", "toward", "towards" or "against", when there is
** one. */
void force_from_into_target(Coder *c) {
  static const char *const azAim[] = {"into", "at", "on", "toward", "towards", "against", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iTgt < 0 || root < 15) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->i == 0 || !tok_is(c, pT->i - 1, "from")) continue;
    int iNew = -1;
    for (size_t m = 0; m < c->nM && iNew < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i <= pT->e || pm->bPronoun || pm->bAside) continue;
      size_t b = pm->i;   /* "into southern Israel": one describing word may come between */
      if (b > 0 && c->aTok[b - 1].bWord && !tok_in(c, b - 1, azAim) && b >= 2 && tok_in(c, b - 2, azAim)) b--;
      if (b == 0 || !tok_in(c, b - 1, azAim)) continue;
      int bBreak = 0;
      for (size_t u = pT->e; u < b - 1 && !bBreak; u++)
        bBreak = tok_is(c, u, ",") || tok_is(c, u, ";") || clause_break(c, u);
      if (!bBreak) iNew = (int)m;
    }
    if (iNew >= 0) h->iTgt = iNew;
  }
}

/* Why: "ECOWAS suspended its military operation on Friday to give Guinean
** President Alpha Conde ... a last chance": the people a purpose clause
** names are that clause's, not the ones the operation was suspended
** towards; Guinea and Mauritania were coded as the targets (issue 4
** lead34). Contract: runs after assign_roles; a live hit of de-escalation
** (087 itself, not a ceasefire or an eased blockade) whose target stands after "to" and a verb's base form that follow
** the hit's words loses it (no target is better than a wrong one: the gold
** sets often code such a pause with none). Likewise a threat (root 13)
** whose target stands after "to protect" or "to defend": "would take all
** necessary measures to protect the rights of Chinese companies" threatens
** whoever endangers them, not the companies (issue 4 lead35). */
/* Is there, in [a, b), a word that names what a guard is against ("to
** defend itself against", "to protect them from", "if ... crossed")? */
static int guarded_from_between(const Coder *c, size_t a, size_t b) {
  static const char *const azFrom[] = {"against", "from", "if", "when", "unless", "should", NULL};
  for (size_t t = a; t < b; t++)
    if (tok_in(c, t, azFrom)) return 1;
  return 0;
}

void purpose_party_not_target(Coder *c) {
  static const char *const azGuard[] = {"protect", "defend", "safeguard", "guard", "uphold", "secure", "preserve", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int bThreat = code_root(h) == 13;
    if (h->bDrop || h->iTgt < 0 || (strcmp(h->zCode, "087") && !bThreat)) continue;
    size_t iT = c->aM[h->iTgt].i;
    for (size_t t = h->e; t + 1 < iT; t++)
      if (tok_is(c, t, "to") && (bThreat ? tok_in(c, t + 1, azGuard) && !guarded_from_between(c, t + 2, iT)
                                         : (token_forms(c, t + 1) & VF_BASE) != 0)) {
        h->iTgt = -1;
        break;
      }
  }
}

/* Why: "A Hong Kong court jailed 45 pro-democracy activists for up to ten
** years": a court that jails sentences (116, as "sentenced" is); the
** jailing was coded as an arrest (173; issue 4 lead34). Contract: runs
** after assign_roles; a live 173 hit of "jail" or "imprison" whose source
** is a court (a JUD role, or an organisation coded JUD) becomes 116. */
void court_jailing_verdict(Coder *c) {
  static const char *const azJail[] = {"jail", "imprison", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || strcmp(h->zCode, "173") || !str_listed(lemma_of(c, h), azJail)) continue;
    const Mention *pS = &c->aM[h->iSrc];
    int bCourt = (pS->pAgent && pS->pAgent->zRole && !strcmp(pS->pAgent->zRole, "JUD")) ||
                 (pS->pMain && pS->pMain->kind == AK_ORG && pS->pMain->zCode && strstr(pS->pMain->zCode, "JUD"));
    if (bCourt) h->zCode = "116";
  }
}

void own_group_pronoun_target(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || !c->aM[h->iTgt].bPronoun || code_root(h) < 10) continue;
    int aS[8], aT[8];
    int nS = members(c, h->iSrc, aS, 8), nT = members(c, h->iTgt, aT, 8);
    if (nS < 2 || nS != nT) continue;
    int bSame = 1;
    for (int a = 0; a < nT && bSame; a++) {
      int bFound = 0;
      for (int b = 0; b < nS && !bFound; b++)
        bFound = c->aM[aT[a]].pMain && c->aM[aT[a]].pMain == c->aM[aS[b]].pMain &&
                 c->aM[aT[a]].pCountry == c->aM[aS[b]].pCountry && c->aM[aT[a]].pAgent == c->aM[aS[b]].pAgent;
      bSame = bFound;
    }
    if (bSame) h->iTgt = -1;
  }
}

/* Why: "signed a new North American trade agreement": a region's demonym
** with no role or name after it qualifies a thing, and no one acts on a
** region so named; the pact was coded as signed with "North America"
** rather than among its signers (issue 4 lead34). Contract: a mention that
** is only a region's demonym (no role, name or group) is set aside. */
void region_modifier_aside(Coder *c) {
  for (size_t m = 0; m < c->nM; m++) {
    Mention *pm = &c->aM[m];
    if (pm->pCountry && pm->pCountry->bRegion && pm->pCountry->kind == AK_DEMONYM && !pm->pAgent && !pm->pMain &&
        !pm->pGroup && !pm->pPersonCountry && !pm->bPronoun)
      pm->bAside = 1;
  }
}

/* Why: "Clinton had apologised on the women's behalf", "spoke on behalf of
** the detainees": the ones an act is done for are not whom it is aimed at,
** and they were taken as the target (issue 4, session 40). Contract: a
** mention after "on behalf of", or between "on" and "'s behalf", is set
** aside. */
void behalf_aside(Coder *c) {
  for (size_t m = 0; m < c->nM; m++) {
    Mention *pm = &c->aM[m];
    size_t i = pm->i, e = pm->e;
    int bOf = i >= 3 && tok_is(c, i - 1, "of") && tok_is(c, i - 2, "behalf") && tok_is(c, i - 3, "on");
    if (!bOf && i >= 4 && tok_is(c, i - 1, "the") && tok_is(c, i - 2, "of") && tok_is(c, i - 3, "behalf") &&
        tok_is(c, i - 4, "on"))
      bOf = 1;
    /* ("on the two Americans' behalf": a plural's bare apostrophe, a few
    ** lower-case words between "on" and the name) */
    int bPoss = e + 1 < c->nTok && (tok_is(c, e, "'s") || tok_is(c, e, "'")) && tok_is(c, e + 1, "behalf");
    size_t b = i;
    while (bPoss && b > 0 && b + 4 > i && !tok_is(c, b - 1, "on") && c->aTok[b - 1].bWord && !c->aTok[b - 1].bCap) b--;
    bPoss = bPoss && b > 0 && tok_is(c, b - 1, "on");
    if (bOf || bPoss) pm->bAside = 1;
  }
}

/* Contract: 1 when hit h, after report verb a's clause, is an act of a's
** speaker again: a finite past verb of speech or appeal (ask, urge, call,
** appeal, demand, warn, add, say, promise, vow, pledge, offer, invite,
** propose, suggest) right after "but" or ", and" (adverbs between), with a
** a participle after a comma ("..., saying ...") or a finite report verb;
** or right after a bare "and" when the reported clause has no actor of its
** own for a subject ("said the tribunal's work had been contaminated and
** proposed that ...": the tribunal only owns the subject; issue 4 dev32). */
static int speaker_act_again(const Coder *c, const VerbHit *a, const VerbHit *h) {
  static const char *const azSpeech[] = {"ask", "urge", "call", "appeal", "demand", "warn", "add", "say",
                                         "promise", "vow", "pledge", "offer", "invite", "propose", "suggest",
                                         NULL};
  if (!(h->forms & VF_PAST) || (h->forms & VF_ING) || h->i < 2 || h->i <= a->e) return 0;
  if (!str_listed(lemma_of(c, h), azSpeech)) return 0;
  int bParticiple = (a->forms & VF_ING) && a->i > 0 && tok_is(c, a->i - 1, ",");
  if (!bParticiple && !(a->forms & VF_PAST)) return 0;
  size_t t = h->i;
  while (t > a->e && tok_adverb(c, t - 1)) t--;
  if (t < 2) return 0;
  if (tok_is(c, t - 1, "but") || (tok_is(c, t - 1, "and") && tok_is(c, t - 2, ","))) return 1;
  if (!tok_is(c, t - 1, "and")) return 0;
  for (size_t m = 0; m < c->nM; m++) {   /* an actor standing as the clause's subject */
    const Mention *pM = &c->aM[m];
    if (pM->i < a->e || pM->e >= t || pM->bPrep || pM->bAside || pM->bMod) continue;
    if (pM->e < c->nTok && (tok_is(c, pM->e, "'s") || tok_is(c, pM->e, "'"))) continue;
    return 0;
  }
  return 1;
}

/* Why: "Niger's junta is likely to follow Mali in breaking off relations
** with Kyiv", "Vilnius should not follow Riga in expelling Belarusian
** diplomats": the one followed did the act before; the act in the gerund
** is the follower's, and it had been given the state named last (issue 4
** dev33). Contract: runs after assign_roles; a live -ing hit right after
** "in", whose source is a mention ending at that "in" and right after a
** form of "follow", takes as source the subject of "follow" (mention_before
** from the sentence start), and gives up the followed one as a target. */
void followed_lead_subject(Coder *c) {
  static const char *const azFollowLead[] = {"follow", "follows", "followed", "following", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || !(h->forms & VF_ING) || h->i < 3 || !tok_is(c, h->i - 1, "in")) continue;
    const Mention *pL = &c->aM[h->iSrc];
    if (pL->e != h->i - 1 || pL->i == 0 || !tok_in(c, pL->i - 1, azFollowLead)) continue;
    int iS = mention_before(c, pL->i - 1, 0);
    if (iS < 0 || iS == h->iSrc) continue;
    h->iSrc = iS;
    if (h->iTgt == iS) h->iTgt = -1;
  }
}

void chain_verbs(Coder *c) {
  static const char *const azNeg[] = {"refuse", "decline", "fail", NULL};
  for (size_t k = 0; k < c->nH && c->iAttrib != SIZE_MAX; k++) {
    if (c->aH[k].i < c->iAttrib) c->aH[k].bReported = 1;
    /* "..., a rights group charged": the attribution's own verb reports; it
    ** is no charge, protest or claim of its own */
    /* ... nor is ", an aide told reporters" a statement to the press */
    if (c->aH[k].i == c->iAttribVerb && (c->aH[k].e == c->aH[k].i + 1 || is_report_verb(&c->aH[k])))
      c->aH[k].bDrop = 1;
  }
  /* "..., the interior ministry said", "..., said a spokesman": an attribution
  ** after the clause reports every act before it */
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *r = &c->aH[k];
    if (r->bDrop || !is_report_verb(r) || r->i < 2) continue;
    size_t t = r->i - 1;
    for (size_t m = 0; m < c->nM; m++)
      if (c->aM[m].e == r->i && c->aM[m].i > 0) t = c->aM[m].i - 1;
    if (!tok_is(c, t, ",")) continue;
    /* ... not one inside a relative clause (attribution_in_relative) */
    if (attribution_in_relative(c, t)) continue;
    if (r->e < c->nTok && (tok_is(c, r->e, "that") || !(tok_is(c, r->e, ".") || tok_is(c, r->e, ",") ||
                                                        r->e + 1 >= c->nTok)))
      continue;   /* "..., and said that ...": a statement of its own */
    for (size_t x = 0; x < k; x++) c->aH[x].bReported = 1;
  }
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (a->bDrop) continue;
    VerbHit *b = k + 1 < c->nH ? &c->aH[k + 1] : NULL;
    if (b && talk_purpose(c, a, b)) {
      b->bDrop = 1;
      continue;
    }
    /* "was hopeful about improving ties with Seoul": a gerund after a
    ** comment's preposition is its topic, not an act it reports */
    static const char *const azAbout[] = {"about", "of", "over", "on", "regarding", NULL};
    if (b && (!strcmp(a->zCode, "012") || !strcmp(a->zCode, "013")) && (b->forms & VF_ING) && b->i > 0 &&
        b->i - 1 <= a->e && tok_in(c, b->i - 1, azAbout)) {
      b->bDrop = 1;
      continue;
    }
    /* "was skeptical about Moscow's will to agree", "was confident ...
    ** irritants damaging relations": a comment (012-014) reports only a
    ** finite act; an infinitive or participle that a noun governs leaves
    ** the comment standing */
    int bComment = !strcmp(a->zCode, "012") || !strcmp(a->zCode, "013") || !strcmp(a->zCode, "014");
    if (b && bComment && !finite_act(c, b) && b->i > a->e + 2) continue;
    /* "should respond by supplying Ukraine with weapons": the act after
    ** "by" is how one responds, the act itself, no words reported (issue
    ** 4, session 41) */
    if (b && is_report_verb(a) && !strcmp(lemma_of(c, a), "respond") && a->e + 1 < c->nTok &&
        tok_is(c, a->e, "by") && b->i == a->e + 1 && (b->forms & VF_ING)) {
      a->bDrop = 1;
      continue;
    }
    /* "islets also claimed by Japan": a report verb's participle with its
    ** agent after "by", and no "be" before it, describes a noun; it reports
    ** nothing of the clauses after it (issue 4, session 44) */
    static const char *const azMedium[] = {"phone", "telephone", "video", "videolink", "email", "letter", "satellite",
                                           "text", NULL};
    if (b && is_report_verb(a) && (a->forms & VF_PP) && a->e + 1 < c->nTok && tok_is(c, a->e, "by") &&
        !tok_in(c, a->e + 1, azMedium) && a->i > 0 && c->aTok[a->i - 1].bWord && !tok_in(c, a->i - 1, azBe) &&
        !tok_is(c, a->i - 1, "has") && !tok_is(c, a->i - 1, "have") && !tok_is(c, a->i - 1, "had") &&
        !tok_is(c, a->i - 1, "been")) {
      a->bDrop = 1;
      continue;
    }
    /* "Addressing the crowd, Castro called Aznar a fascist", "Speaking to
    ** reporters, Lavrov accused ...": a report verb's participle opening the
    ** sentence frames the occasion; the clause after its comma is the
    ** speaker's own act, no words reported (issue 4 lead49) */
    if (b && is_report_verb(a) && (a->forms & VF_ING) && !(a->forms & (VF_PAST | VF_3S)) &&
        (a->i == 0 || tok_is(c, a->i - 1, "-")) && c->aTok[a->i].bCap) {
      int bComma = 0;
      for (size_t t = a->e; t < b->i && !bComma; t++) bComma = tok_is(c, t, ",");
      if (bComma) {
        a->bDrop = 1;
        continue;
      }
    }
    /* "Mark Toner, speaking for the State Department, said ...": whom one
    ** speaks for names the speaker; it reports nothing */
    if (is_report_verb(a) && !strcmp(lemma_of(c, a), "speak") && a->e < c->nTok && tok_is(c, a->e, "for")) {
      a->bDrop = 1;
      continue;
    }
    if (b && is_report_verb(a) && !empathy_stands(a)) {
      a->bDrop = 1;
      for (size_t x = k + 1; x < c->nH; x++) {
        /* ... up to a speech act of the speaker's own after ", and" or
        ** "but": "scrapped a trip ..., saying Russian troops had invaded his
        ** country, and asked EU leaders for help", "told a news agency that
        ** Iran had every right to hold exercises but asked why" (issue 4
        ** lead48: both asks went to the reported clause's subject) */
        if (speaker_act_again(c, a, &c->aH[x])) {
          c->aH[x].iSubj = hit_start(a);
          break;
        }
        /* ... and up to a contrast after a comma: "Belize says its patrol
        ** came under fire first, while Guatemala's president condemned the
        ** killing" tells Guatemala's act itself (issue 4 dev37) */
        int bContrast = 0;
        for (size_t t = a->e; t < c->aH[x].i && !bContrast; t++) bContrast = contrast_clause_at(c, t);
        if (bContrast) break;
        c->aH[x].bReported = 1;
      }
      continue;
    }
    /* a "to" b, possibly with an adverb: "refused to sign", "pledged to quickly send";
    ** not a b the frames already took as a noun's content ("refused a Russian
    ** request to send troops": the refusal stands, aimed at who asked) */
    if (b && !b->bDrop && b->i > a->e && b->i - a->e <= 2 && tok_is(c, b->i - 1, "to")) {
      int bNeg = 0;
      for (const char *const *z = azNeg; *z; z++) bNeg |= !strcmp(lemma_of(c, a), *z);
      if (bNeg) {
        a->bDrop = 1;
        b->bNegated = 1;
      } else {
        b->bDrop = 1;
      }
    }
  }
}

/* Nearest participant mention before token i, at or after token lo. */
static int in_closed_relative(const Coder *c, size_t lo, size_t t, size_t hi);

/* Contract: 1 when the last ", who" / ", whom" / ", which" / ", whose" before
** token t (at or after lo) follows right after an actor's mention, its
** antecedent; else 0. For mention_before. */
static int relative_has_antecedent(const Coder *c, size_t lo, size_t t) {
  static const char *const azRel[] = {"who", "whom", "which", "whose", NULL};
  size_t x = t;
  while (x > lo + 1 && !(tok_is(c, x - 2, ",") && tok_in(c, x - 1, azRel))) x--;
  if (x <= lo + 1) return 0;
  size_t comma = x - 2;
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].e == comma && !c->aM[k].bPronoun) return 1;
  return 0;
}

int mention_before(const Coder *c, size_t i, size_t lo) {
  for (size_t k = c->nM; k-- > 0;) {
    const Mention *m = &c->aM[k];
    if (m->e > i || m->i < lo) continue;
    if (m->bLoc || m->bAside || m->bBy || m->bPrep || m->bMod) continue;
    /* "Thabo Mbeki, whom the African Union has asked to mediate, is due in
    ** Abidjan": an actor inside a relative clause that a comma closes before
    ** the verb is not its subject, when the clause has a named antecedent
    ** ("General Romeo Brawner, who heads the Philippine armed forces,
    ** likened" names no one else; issue 4 lead38) */
    if (m->e < i && in_closed_relative(c, lo, m->i, i) && relative_has_antecedent(c, lo, m->i)) continue;
    /* "The court, Amnesty International said, sentenced ...": the reporter
    ** of an attribution set off by commas is not the subject after it */
    if (m->bSaid && m->e < i) {
      size_t v = m->e;
      while (v < i && v < m->e + 2 && !attr_verb(c, v)) v++;
      int bClosed = 0;
      size_t tC = 0;
      for (size_t t = v + 1; v < i && t < i && !bClosed; t++) bClosed = tok_is(c, t, ",") && (tC = t, 1);
      /* ... but "..., the Kremlin said on Monday, but added that Kyiv must
      ** stop": a verb joined to the attribution by "and" or "but", with no
      ** subject of its own, is the reporter's second report */
      if (bClosed && tC + 2 <= i && (tok_is(c, tC + 1, "and") || tok_is(c, tC + 1, "but"))) {
        int bOwnSubj = tC + 2 < i && (tok_is(c, tC + 2, "the") || c->aTok[tC + 2].bCap);
        for (size_t x = k + 1; x < c->nM && !bOwnSubj; x++) bOwnSubj = c->aM[x].i > tC && c->aM[x].i < i;
        if (!bOwnSubj) bClosed = 0;
      }
      if (bClosed) continue;
    }
    return (int)k;
  }
  return -1;
}

/* 1 when token t is a modal ("will", "should", "must", ...). */
static int modal_word(const Coder *c, size_t t) {
  static const char *const az[] = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", NULL};
  return tok_in(c, t, az);
}

/* 1 when a modal stands among the three tokens before token i, with no
** comma between: "should launch coordinated patrols". */
static int modal_near(const Coder *c, size_t i) {
  for (size_t t = i; t > 0 && t + 3 > i; t--) {
    if (tok_is(c, t - 1, ",")) return 0;
    if (modal_word(c, t - 1)) return 1;
  }
  return 0;
}

/* 1 when token t, lower-case, is a base form of a verb the dictionary
** knows ("hold", "open"), not one ending in "s" ("patrols"). */
static int base_verb_word(const Coder *c, size_t t) {
  const Token *p = &c->aTok[t];
  return p->bWord && !p->bCap && c->z[p->end - 1] != 's' && (token_forms(c, t) & VF_BASE);
}

/* Contract: 1 when token t is "while" or "whereas" right after a comma, a
** contrast that opens a clause with its own subject ("Belize says ...,
** while Guatemala's president condemned ..."). */
int contrast_clause_at(const Coder *c, size_t t) {
  return t > 0 && tok_is(c, t - 1, ",") && (tok_is(c, t, "while") || tok_is(c, t, "whereas"));
}

/* Contract: 1 when mention m may be a clause's subject: no place, aside,
** passive agent, preposition's object, modifier or reporter of a trailing
** attribution. */
int free_participant(const Mention *m) {
  return !m->bLoc && !m->bAside && !m->bBy && !m->bPrep && !m->bMod && !m->bSaid;
}

int clause_break(const Coder *c, size_t t) {
  return tok_is(c, t, ";") || tok_is(c, t, ":") || tok_is(c, t, "while") || tok_is(c, t, "but") ||
         tok_is(c, t, "whereas") || tok_is(c, t, "although");
}

/* Token t opens a subordinate clause whose actors are not the object of the
** verb before it: "Serbia recalled its ambassador a week after Montenegro
** expelled a Serbian diplomat", "arrested 20 suspects because militants
** attacked", "began freeing prisoners a day after the Biden administration
** agreed". Only ahead of a clause (the next verb, at hi, follows with no
** comma or "and" between): "brokered the deal after four days of talks
** between the two rivals", "testified before Congress" and "moved into the
** zone after the fall of Assad, and jets struck" keep their objects. Not
** "until" or "unless": a condition names whom a refusal is aimed at ("will
** not end their strike until the government raises wages"). */
int opens_subordinate(const Coder *c, size_t t, size_t hi) {
  static const char *const azSub[] = {"after", "before", "because", "since", "once", "although", "though", NULL};
  if (hi >= c->nTok || !tok_in(c, t, azSub)) return 0;
  for (size_t b = t + 1; b < hi; b++) {
    if (tok_is(c, b, ",") || tok_is(c, b, "and") || clause_break(c, b)) return 0;
  }
  return 1;
}

/* Contract: the token after the list of actor mentions that ends at token e
** and goes on with "and" and more mentions ("the United States and
** Australia"; "the" may open a member), else e. */
static size_t joined_mentions_end(const Coder *c, size_t e) {
  while (e + 1 < c->nTok && tok_is(c, e, "and")) {
    size_t v = tok_is(c, e + 1, "the") ? e + 2 : e + 1;
    int n = actor_mention_at(c, v);
    if (n < 0) break;
    e = c->aM[n].e;
  }
  return e;
}

/* Contract: 1 when token t is the comma of an apposition to the whole clause
** whose noun has a relative clause without "that" or "which" -- ", a move
** Israel had tried to head off", ", a deal the United States and Australia
** had opposed": a comma, "a" or "an", a common noun, then an actor mention
** ("the" may open it; "and" may join more) that a verb or an auxiliary
** follows; else 0. Why: the reduced relative's subject was read as the
** object of the verb before the comma ("recognised a Palestinian state ...,
** a move Israel had tried to head off" was aimed at Israel) (issue 4 deal).
** For adjunct_break. */
static int reduced_relative_aside(const Coder *c, size_t t) {
  static const char *const azAux[] = {"had", "has", "have", "would", "will", "was", "is", "were", "are",
                                      "did", "does", "could", "may", "might", NULL};
  if (!tok_is(c, t, ",") || t + 4 >= c->nTok || !(tok_is(c, t + 1, "a") || tok_is(c, t + 1, "an"))) return 0;
  const Token *pN = &c->aTok[t + 2];
  if (!pN->bWord || pN->bCap || in_mention(c, t + 2)) return 0;
  size_t u = tok_is(c, t + 3, "the") ? t + 4 : t + 3;   /* ", a deal the United States had opposed" */
  int m = actor_mention_at(c, u);
  if (m < 0 || c->aM[m].bPronoun) return 0;
  size_t e = joined_mentions_end(c, c->aM[m].e);   /* "the United States and Australia" */
  if (e >= c->nTok || !c->aTok[e].bWord || c->aTok[e].bCap) return 0;
  return tok_in(c, e, azAux) || dict_forms(c->p, c->aTok[e].id) != NULL;
}

/* Contract: 1 when tokens t, t+1 are ", and" and an actor mention (after
** "the"; more joined by "and") starts the next clause: a finite verb the
** dictionary knows, an auxiliary or "said" follows it, or ", who" does, or
** one of those after an apposition a comma closes (", the EU's top diplomat,
** urged"). Why:
** "criticised the raid, and Charles Michel, who chairs EU summits, is
** expected in Georgia" was aimed at Michel, the subject of the next clause,
** whose own verb the dictionary need not know (issue 4 lead38). */
int and_opens_clause(const Coder *c, size_t t) {
  /* (a recommendation's modal too: ", and Washington and Tokyo should
  ** publicly reject ..."; issue 4 dev33) */
  static const char *const azAux[] = {"had", "has", "have", "would", "will", "was", "is", "were", "are",
                                      "did", "does", "could", "may", "might", "said", "says", "should",
                                      "must", "can", "shall", NULL};
  if (!tok_is(c, t, ",") || t + 3 >= c->nTok || !tok_is(c, t + 1, "and")) return 0;
  size_t u = tok_is(c, t + 2, "the") ? t + 3 : t + 2;
  int m = actor_mention_at(c, u);
  if (m < 0 || c->aM[m].bPronoun) return 0;
  size_t e = c->aM[m].e;
  int n;   /* a title and the name after it: "EU envoy Miroslav Lajcak" */
  while (e < c->nTok && (n = actor_mention_at(c, e)) >= 0 && c->aM[n].e > e) e = c->aM[n].e;
  /* ... and a state's organ after its possessive: ", and Washington's State
  ** Department charged" (issue 4 dev47) */
  if (e + 1 < c->nTok && tok_is(c, e, "'s") && (n = actor_mention_at(c, e + 1)) >= 0 && c->aM[n].e > e + 1)
    e = c->aM[n].e;
  /* ... or its members or envoys the dictionary holds as no role: ", and
  ** the Security Council's fifteen members have since denounced it" (issue
  ** 4, session 63) */
  if (e + 2 < c->nTok && tok_is(c, e, "'s")) {
    size_t v = e + 1;
    while (v < c->nTok && v < e + 4 && c->aTok[v].bWord && !c->aTok[v].bCap && !in_mention(c, v) &&
           !tok_in(c, v, azAux))
      v++;
    if (v > e + 1 && v < c->nTok && tok_in(c, v, azAux) && plural_word(c, v - 1)) return 1;
  }
  /* ... or a name the dictionary lacks: "NATO spokesman James Appathurai
  ** called" (issue 4, session 47) */
  /* (a hyphened name counts as one: "Justice Minister Jean-Bernard Padare
  ** told"; issue 4 dev38) */
  for (int nName = 0; nName < 4 && e < c->nTok && !in_mention(c, e); nName++) {
    if (c->aTok[e].bWord && c->aTok[e].bCap) e++;
    else if (tok_is(c, e, "-") && e > 0 && e + 1 < c->nTok && c->aTok[e - 1].end == c->aTok[e].start &&
             c->aTok[e].end == c->aTok[e + 1].start && c->aTok[e + 1].bCap)
      e += 2;
    else break;
  }
  e = joined_mentions_end(c, e);
  if (e + 1 >= c->nTok) return 0;
  if (tok_is(c, e, ",") && tok_is(c, e + 1, "who")) return 1;
  /* ... or past an apposition a comma closes: ", and Federica Mogherini, the
  ** EU's top diplomat, urged ..." */
  if (tok_is(c, e, ",")) {
    size_t v = e + 1;
    while (v < c->nTok && v < e + 12 && !tok_is(c, v, ",") && !tok_is(c, v, "and") && !clause_break(c, v)) v++;
    if (v > e + 1 && v + 1 < c->nTok && tok_is(c, v, ",") && c->aTok[v + 1].bWord && !c->aTok[v + 1].bCap &&
        (tok_in(c, v + 1, azAux) || tok_finite_form(c, v + 1)))
      return 1;
  }
  if (!c->aTok[e].bWord || c->aTok[e].bCap) return 0;
  /* ... or a past verb the dictionary lacks before "that": ", and Western
  ** military attaches estimated that ..." (issue 4 dev37) */
  if (tok_past_ed(c, e) && e + 1 < c->nTok && tok_is(c, e + 1, "that")) return 1;
  /* ... or before its object's article or name: ", and state television
  ** identified the leader of the group as ..." (issue 4 dev52) */
  static const char *const azObjOpen[] = {"the", "a", "an", "its", "his", "her", "their", NULL};
  if (tok_past_ed(c, e) && e + 1 < c->nTok && (tok_in(c, e + 1, azObjOpen) || c->aTok[e + 1].bCap)) return 1;
  return tok_in(c, e, azAux) || tok_finite_form(c, e);
}

/* Contract: 1 when token t is "that" followed at once by a modal or by a
** finite verb the dictionary knows ("a deal that will make Odinga prime
** minister"), and the candidate object pm after it names the same person or
** body as a member of the subject iS: a relative clause whose subject is the
** noun before it, telling what the act does for one of its own doers, so pm
** is no object of the verb before. Why: the compound subject's deal was taken
** as aimed at one of its members and dropped (issue 4 voice); a party named
** there that is not a doer ("the deal that had allowed Ukraine to export
** grain") stays the counterpart, as the gold sets code it. */
static int subject_relative_that(const Coder *c, size_t t, int iS, const Mention *pm) {
  if (!tok_is(c, t, "that") || t + 1 >= c->nTok || iS < 0 || !pm->pMain) return 0;
  int bFinite = modal_word(c, t + 1) || (!c->aTok[t + 1].bCap && tok_finite_form(c, t + 1));
  int aS[8], nS = members(c, iS, aS, 8), bOwn = 0;
  for (int x = 0; x < nS && !bOwn; x++) bOwn = c->aM[aS[x]].pMain == pm->pMain;
  return bFinite && bOwn;
}

/* Does token t open a new clause in which no object of the verb before it
** can stand: a relative clause ("under which Nepal will export ...") or an
** apposition to the whole clause (", a move that has alarmed Australia")?
** For the joint act of a compound subject (bJoint) a time or circumstance
** does too ("India and the Maldives signed a deal during Muizzu's visit to
** New Delhi"); a one-sided appeal may name its addressee there ("called
** for free trade despite tensions between India and Pakistan"). */
static int adjunct_break(const Coder *c, size_t t, int bJoint) {
  static const char *const azRelative[] = {"which", "whose", "whom", NULL};
  static const char *const azAdjunct[] = {"during", "amid", "amidst", "despite", NULL};
  static const char *const azRel[] = {"that", "which", NULL};
  if (tok_in(c, t, azRelative) || (bJoint && tok_in(c, t, azAdjunct)) || reduced_relative_aside(c, t)) return 1;
  /* "should open direct talks rather than return to The Hague": the
  ** alternative set aside names no party of the act (issue 4, session 55) */
  if (t + 1 < c->nTok && ((tok_is(c, t, "rather") && tok_is(c, t + 1, "than")) ||
                          (tok_is(c, t, "instead") && tok_is(c, t + 1, "of"))))
    return 1;
  /* ... and so does, for a joint act, an apposition that sums the act up:
  ** "Moscow and Kyiv swapped 35 detainees each, the first large exchange
  ** since Volodymyr Zelensky became president" (issue 4, session 43) */
  if (bJoint && tok_is(c, t, ",") && t + 2 < c->nTok && tok_is(c, t + 1, "the") && c->aTok[t + 2].bWord &&
      !c->aTok[t + 2].bCap && !in_mention(c, t + 2))
    return 1;
  return tok_is(c, t, ",") && t + 3 < c->nTok && (tok_is(c, t + 1, "a") || tok_is(c, t + 1, "an")) &&
         !in_mention(c, t + 2) && !c->aTok[t + 2].bCap && tok_in(c, t + 3, azRel);
}

/* The state whose weapon is the subject of force or coercion h: "Israeli
** air strikes killed ...", "Russian missile strikes hit ...", "Ukrainian
** shelling wounded ...", "Chinese vessels harassed ..." -- a demonym or
** country read as a modifier, followed only by words of the weapon or craft
** up to the verb. -1 if none. */
/* Contract: the token after a perfect's auxiliary ("has", "have", "had")
** and an adverb that stand at t right before the verb at iVerb, else t. Why:
** "Russian shelling has killed", "said Russian shelling had killed three
** civilians": the weapon is as much the subject as in "Russian shelling
** killed", which weapon_subject alone found. Issue 4 roundup. */
static size_t perfect_aux_end(const Coder *c, size_t t, size_t iVerb) {
  static const char *const azHave[] = {"has", "have", "had", NULL};
  if (t >= iVerb || !tok_in(c, t, azHave)) return t;
  size_t u = t + 1;
  if (u + 1 == iVerb && tok_adverb(c, u)) u++;
  return u == iVerb ? u : t;
}

/* Contract: 1 when mention pm names a state only -- a demonym ("Israeli")
** or a state's name used as one ("U.S.", "Russia") -- with no role, person
** or body. Why: weapon_subject took only demonyms, so "A U.S. air strike
** killed ..." had no source while "An Israeli air strike" had one. */
static int bare_state_word(const Mention *pm) {
  if (pm->pAgent || pm->pGroup || pm->pPersonCountry) return 0;
  if (pm->pCountry) return !pm->pMain;
  return pm->pMain && pm->pMain->kind == AK_COUNTRY;
}

/* Contract: 1 when pm is a bare state word (bare_state_word) or an
** organisation's bare name, with no role: the owner of the weapon or craft
** it modifies. Why: an armed group fires as a state does ("Hezbollah rockets
** hit the port of Haifa", "A Houthi missile hit the freighter"), and its
** name before the weapon had left the strike with no source. */
static int bare_owner_word(const Mention *pm) {
  if (bare_state_word(pm)) return 1;
  return !pm->pAgent && !pm->pGroup && !pm->pPersonCountry && pm->pMain && pm->pMain->kind == AK_ORG;
}

/* Contract: 1 when the tokens of hit h after its verb hold a determiner, so
** the pattern matched an object ("regretted the move", "condemned its
** decision"). Why: a participle that takes an object is active, and a "by"
** after that object names whose act it was ("said it regretted the move by
** Fiji"), not the agent of a passive (issue 4, session 43). */
static int object_in_span(const Coder *c, const VerbHit *h) {
  static const char *const azDeterminer[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", NULL};
  for (size_t t = h->i + 1; t < h->e; t++)
    if (tok_in(c, t, azDeterminer)) return 1;
  return 0;
}

/* Contract: for force act h, the mention after "by" in a subject such as
** "A drone launched by Iraqi militants struck ...", "A ballistic missile
** fired from Yemen by the Houthi rebels struck ...", "Rockets fired by
** Hezbollah hit ...": a weapon noun, a participle of launching (at most three
** words after it, which may name where from), "by" and the mention, then the
** verb -- right after it, or after one comma-closed apposition ("by the
** Islamic Resistance in Iraq, an umbrella of militias, struck"). -1 if none.
** Why: the launcher is the doer, and without this the subject had no actor
** or the target's own state was taken. */
static int weapon_launcher(const Coder *c, const VerbHit *h) {
  static const char *const azWeapon[] = {"drone", "drones", "missile", "missiles", "rocket", "rockets",
                                         "projectile", "projectiles", "shell", "shells", "bomb", "bombs",
                                         "mortar", "mortars", NULL};
  static const char *const azLaunched[] = {"launched", "fired", "flown", "sent", "dropped", NULL};
  for (size_t m = c->nM; m-- > 0;) {
    const Mention *pm = &c->aM[m];
    if (pm->e > h->i || !pm->bBy || pm->bPronoun) continue;
    size_t t = pm->e;   /* what stands between the launcher and the verb */
    if (t < h->i && tok_is(c, t, ",")) {
      size_t u = t + 1;
      while (u < h->i && !tok_is(c, u, ",") && !clause_break(c, u)) u++;
      t = u < h->i && tok_is(c, u, ",") ? u + 1 : h->i + 1;
    }
    if (t != h->i) return -1;
    if (pm->i < 3) return -1;
    size_t b = pm->i - 1;   /* "by" */
    size_t l = b;
    while (l > 0 && l + 4 > b && !tok_in(c, l - 1, azLaunched)) l--;
    if (l == 0 || !tok_in(c, l - 1, azLaunched)) return -1;
    for (size_t u = l; u < b; u++)   /* only "from" and a place between */
      if (!tok_is(c, u, "from") && !in_mention(c, u)) return -1;
    size_t w = l - 1;   /* the participle; the weapon noun right before it */
    if (w == 0 || !tok_in(c, w - 1, azWeapon)) return -1;
    for (size_t x = 0; x < c->nH; x++)   /* no act between the weapon and the verb */
      if (!c->aH[x].bDrop && &c->aH[x] != h && c->aH[x].i >= w - 1 && c->aH[x].i < h->i) return -1;
    return (int)m;
  }
  return -1;
}

/* Contract: 1 when token t (not the sentence's first) is part of a weapon's
** kind hyphened into three tokens -- "anti - ship", "long - range": a kind
** word beside the hyphen, or the hyphen between two. Why: "a Houthi
** anti-ship missile hit" cut the group's name off its weapon. */
static int weapon_kind_token(const Coder *c, size_t t) {
  static const char *const azKind[] = {"anti", "ship", "tank", "radiation", "long", "short", "medium",
                                       "intermediate", "range", NULL};
  if (tok_is(c, t, "-")) return tok_in(c, t - 1, azKind) && tok_in(c, t + 1, azKind);
  return tok_in(c, t, azKind) && (tok_is(c, t + 1, "-") || tok_is(c, t - 1, "-"));
}

static int weapon_subject(const Coder *c, const VerbHit *h) {
  static const char *const azWeapon[] = {"air", "airstrike", "airstrikes", "strike", "strikes", "missile",
                                         "missiles", "drone", "drones", "rocket", "rockets", "artillery",
                                         "shelling", "shells", "bombing", "bombings", "bombardment", "raid",
                                         "raids", "cruise", "ballistic", "fire", "attack", "attacks",
                                         /* ... and the craft a state acts through: "Chinese vessels
                                         ** rammed", "Russian aircraft harassed" */
                                         "vessels", "vessel", "ships", "ship", "boats", "boat", "aircraft",
                                         "planes", "plane", "and", NULL};
  for (size_t m = c->nM; m-- > 0;) {
    const Mention *pm = &c->aM[m];
    if (pm->e >= h->i) continue;
    if (!pm->bMod || !bare_owner_word(pm) || pm->bLoc || pm->bPrep || pm->bAside) return -1;
    size_t t = pm->e;
    size_t nModel = weapon_model_len(c, t);   /* "Russian Kalibr missiles", "U.S. B-2 bombers" */
    if (nModel && t + nModel < h->i) t += nModel;
    while (t < h->i && (tok_in(c, t, azWeapon) || weapon_word_more(c, t) || (t + 1 < h->i && weapon_kind_token(c, t))))
      t++;
    if (t + 1 == h->i && t > pm->e && tok_adverb(c, t)) t++;   /* "Russian missiles also hit" (issue 4 frontline) */
    if (t > pm->e && !tok_is(c, t - 1, "and")) t = perfect_aux_end(c, t, h->i);
    return t == h->i && t > pm->e && !tok_is(c, t - 1, "and") ? (int)m : -1;
  }
  return -1;
}

/* Contract: as weapon_subject, when the weapon words are followed by what
** they fell on before the verb: "A Russian missile strike on a shopping
** centre in Kremenchuk killed 18 people", "An Israeli strike on a tent camp
** in Rafah killed 45". The demonym's mention when "on", "against", "in" or
** "near" follows its weapon words and the words up to the verb (at most
** twelve) hold no comma, clause break, other hit or mention that is not a
** place or a preposition's object; else -1. Why: the place named in the
** phrase was the last mention before the verb, so weapon_subject found no
** weapon and the strike had no source. */
/* Contract: 1 when mention pm is a bare demonym right before a plural weapon
** noun that is also a verb form ("Russian strikes", "Israeli raids",
** "Ukrainian attacks"): the adjective of that noun, though the verb reading
** kept bMod unset. Why: weapon_subject_over_object then missed "Russian
** strikes on northern Kharkiv killed five people" (issue 4 frontline). */
static int demonym_weapon_mod(const Coder *c, const Mention *pm) {
  static const char *const azNoun[] = {"strikes", "airstrikes", "raids", "attacks", "bombings", NULL};
  return pm->pCountry && pm->pCountry->kind == AK_DEMONYM && !pm->pAgent && !pm->pMain && !pm->bPronoun &&
         pm->e < c->nTok && tok_in(c, pm->e, azNoun);
}

/* Contract: 1 when mention x is the object of the preposition at token t
** through describing words only: "Israeli strikes on eastern and southern
** Lebanon", "on northern Gaza" -- every token between t and the mention a
** lower-case word or "and", with no verb hit among them. Why: the place then
** was no preposition's object by the token before it, so
** weapon_subject_over_object took it for the subject of the strike and coded
** the strike backwards (issue 4 frontline). */
static int weapon_object_words(const Coder *c, size_t t, const Mention *x) {
  if (x->i <= t + 1 || x->i > t + 5 || x->bPronoun) return 0;
  for (size_t u = t + 1; u < x->i; u++) {
    const Token *pt = &c->aTok[u];
    if (!pt->bWord || pt->bCap || in_mention(c, u)) return 0;
    for (size_t k = 0; k < c->nH; k++)
      if (!c->aH[k].bDrop && c->aH[k].i <= u && u < c->aH[k].e) return 0;
  }
  return 1;
}

static int weapon_subject_over_object(const Coder *c, const VerbHit *h) {
  static const char *const azWeapon[] = {"air", "airstrike", "airstrikes", "strike", "strikes", "missile",
                                         "missiles", "drone", "drones", "rocket", "rockets", "artillery",
                                         "shelling", "bombing", "bombings", "bombardment", "raid", "raids",
                                         "cruise", "ballistic", "attack", "attacks", NULL};
  static const char *const azOn[] = {"on", "against", "in", "near", NULL};
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e >= h->i) break;
    if (!(pm->bMod || demonym_weapon_mod(c, pm)) || !bare_owner_word(pm) || pm->bLoc || pm->bPrep || pm->bAside)
      continue;
    size_t t = pm->e;
    while (t < h->i && tok_in(c, t, azWeapon)) t++;
    if (t == pm->e || t >= h->i || !tok_in(c, t, azOn) || h->i - t > 12) continue;
    int bClean = 1;
    for (size_t u = t; u < h->i && bClean; u++) bClean = !tok_is(c, u, ",") && !clause_break(c, u);
    for (size_t x = 0; x < c->nH && bClean; x++) bClean = c->aH[x].bDrop || &c->aH[x] == h || c->aH[x].i < t || c->aH[x].i >= h->i;
    for (size_t x = m + 1; x < c->nM && bClean && c->aM[x].i < h->i; x++)
      bClean = c->aM[x].bLoc || c->aM[x].bPrep || c->aM[x].bMod || weapon_object_words(c, t, &c->aM[x]);
    return bClean ? (int)m : -1;
  }
  return -1;
}

/* Walks back from the token before i over up to four nouns (weapon words
** that are also verbs included: "car bomb") and names; 1 when an article
** opens them. *pj is the article's token, *pnSteps how many were passed. */
int noun_phrase_head(const Coder *c, size_t i, size_t *pj, size_t *pnSteps) {
  static const char *const azArticle[] = {"a", "an", "the", NULL};
  static const char *const azWeaponNoun[] = {"bomb", "rocket", "drone", "mortar", "shell", "truck", "knife",
                                             "gun", "grenade", NULL};
  size_t j = i - 1, n = 0;
  while (n < 4 && j > 0) {
    int bName = 0;
    for (size_t x = 0; x < c->nM && !bName; x++)
      if (c->aM[x].e == j + 1 && !c->aM[x].bPronoun && c->aM[x].i > 0) {
        j = c->aM[x].i - 1;
        bName = 1;
      }
    if (bName) {
      n++;
      continue;
    }
    if (in_mention(c, j) || tok_in(c, j, azArticle) || !(noun_at(c, j) || tok_in(c, j, azWeaponNoun))) break;
    j--;
    n++;
  }
  *pj = j;
  *pnSteps = n;
  return tok_in(c, j, azArticle);
}

/* "Indian warplanes struck what New Delhi called a militant camp": the
** namer of a free relative names the thing acted on; when it is the
** subject's own side it is no target (the act's target is then unnamed). */
static int namer_target(const Coder *c, int iS, int iT) {
  static const char *const azName[] = {"called", "calls", "described", "describes", "termed", "terms", "said",
                                       "says", "claimed", "claims", "labelled", "labeled", NULL};
  if (iS < 0 || iT < 0) return iT;
  const Mention *m = &c->aM[iT];
  size_t w = m->i >= 1 && tok_is(c, m->i - 1, "the") ? m->i - 1 : m->i;
  if (w == 0 || !tok_is(c, w - 1, "what") || m->e >= c->nTok || !tok_in(c, m->e, azName)) return iT;
  const char *zS = NULL, *zT = NULL;
  mention_country(c, iS, &zS);
  mention_country(c, iT, &zT);
  return zS && zT && !strcmp(zS, zT) ? -1 : iT;
}

/* Contract: returns the target of a rejection (root 12) that names whose request,
** proposal or offer it turns down by a state's adjective or name right before the
** noun ("rejected a German request to send ammunition to Ukraine", "turned down a
** Chinese offer of loans"): that state, not a place or party of the proposal's own
** clause; else iT. Issue 4 pledge: the target was the state the request was about. */
static int proposer_target(const Coder *c, const VerbHit *h, int iS, int iT) {
  static const char *const azAsk[] = {"request", "requests", "proposal", "proposals", "offer", "offers", "plan",
                                      "demand", "demands", "bid", "initiative", "invitation", "plea", "appeal", NULL};
  if (code_root(h) != 12) return iT;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if ((int)m == iS || pm->i <= h->i || pm->i > h->i + 4 || pm->e >= c->nTok || !tok_in(c, pm->e, azAsk)) continue;
    if (!pm->pCountry && !(pm->pMain && pm->pMain->zCountry)) continue;
    if (pm->pAgent) continue;   /* "an opposition request": a role, its own state */
    return (int)m;
  }
  return iT;
}

/* "signed agreements at the White House ... with Israel", "met Modi at the
** Kremlin": a body named after "at" is where a cooperative act is done; its
** partner is the one named after "with" later in the clause, its purpose
** included ("... to establish relations with Israel"). Returns the target
** to use: with no partner, none for a compound subject, whose members act
** with each other ("Armenia and Azerbaijan signed a deal at the White
** House"), else iT. */
static int venue_partner(const Coder *c, const VerbHit *h, int iS, int iT) {
  int root = code_root(h);
  if (iT < 0 || root < 3 || root > 6) return iT;
  const Mention *pt = &c->aM[iT];
  size_t a = pt->i >= 1 && tok_is(c, pt->i - 1, "the") ? pt->i - 1 : pt->i;
  if (a == 0 || !tok_is(c, a - 1, "at") || pt->bPronoun) return iT;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i <= pt->i || pm->bPronoun || pm->bSaid || pm->bAside) continue;
    size_t w = pm->i >= 1 && tok_is(c, pm->i - 1, "the") ? pm->i - 1 : pm->i;
    int bBreak = 0;
    for (size_t t = pt->e; t < pm->i; t++) bBreak |= clause_break(c, t) || tok_is(c, t, ",");
    if (bBreak) break;
    if (w >= 1 && tok_is(c, w - 1, "with")) return (int)m;
  }
  int aMem[2];
  return iS >= 0 && members(c, iS, aMem, 2) >= 2 ? -1 : iT;
}

/* Contract: for hit k, a past verb right after "and" that found no subject,
** the speaker of the nearest report verb before it in the sentence (its
** source, else the actor right before it), when no live hit stands between
** them; else -1. Why: "Pompeo said on Saturday there was no evidence that
** the attacks had come from Yemen and blamed Iran directly": the reported
** clause names no actor, and the verb joined after it is the speaker's
** (issue 4, session 62: the accusation was dropped for want of a source). */
static int reporter_and_subject(const Coder *c, size_t k) {
  const VerbHit *h = &c->aH[k];
  if (h->i < 2 || !tok_is(c, h->i - 1, "and") || !(h->forms & VF_PAST)) return -1;
  for (size_t x = k; x-- > 0;) {
    const VerbHit *r = &c->aH[x];
    if (!r->bDrop) return -1;
    if (!is_report_verb(r) || r->e > h->i) continue;
    for (size_t t = r->e; t < h->i; t++)
      if (tok_is(c, t, ";") || tok_is(c, t, ".")) return -1;
    return r->iSrc >= 0 ? r->iSrc : mention_before(c, r->i, 0);
  }
  return -1;
}

/* Contract: the subject of the clause that the "by" at token iBy ends: the
** first free participant (no place, aside, agent, preposition's object or
** modifier) after the clause's start -- the sentence start, a semicolon,
** ", and" or a report verb -- and before iBy; -1 when none. */
static int means_clause_subject(const Coder *c, size_t iBy) {
  size_t a = 0;
  for (size_t t = iBy; t-- > 0;) {
    if (tok_is(c, t, ";") || attr_verb(c, t) ||
        (tok_is(c, t, ",") && t + 1 < iBy && tok_is(c, t + 1, "and"))) {
      a = t + 1;
      break;
    }
  }
  for (size_t x = 0; x < c->nM; x++) {
    const Mention *o = &c->aM[x];
    if (o->i < a) continue;
    if (o->e > iBy) break;
    if (!free_participant(o)) continue;
    return (int)x;
  }
  return -1;
}

/* Contract: for hit h, a base verb right after "and" (or ", and") whose
** subject iS stands after the nearest modal before it in the sentence
** ("should", "would", "will", ...), the actor right before that modal (past
** adverbs), when it is a free participant; else iS. Why: "Washington should
** show Tehran that ... by sending a carrier back, and ask Britain and France
** to sail alongside it": the verb joined to the modal's clause shares its
** subject, while the object of a verb the list lacks ("show") had become the
** asker (issue 4 dev52). */
static int modal_clause_subject(const Coder *c, const VerbHit *h, int iS) {
  static const char *const azModal[] = {"should", "would", "will", "must", "could", "can", "may", "might", NULL};
  if (h->i < 2 || !(h->forms & VF_BASE) || !tok_is(c, h->i - 1, "and") || c->aM[iS].bPronoun) return iS;
  size_t t = h->i - 1;
  while (t-- > 0 && !tok_in(c, t, azModal))
    if (tok_is(c, t, ";") || tok_is(c, t, ".") || tok_is(c, t, ":")) return iS;
  if (t == SIZE_MAX || c->aM[iS].i <= t) return iS;
  size_t b = t;
  while (b > 0 && tok_adverb(c, b - 1)) b--;
  for (size_t x = 0; x < c->nM; x++) {
    const Mention *o = &c->aM[x];
    if (o->e != b) continue;
    if (!free_participant(o)) return iS;
    return (int)x;
  }
  return iS;
}

/* "Ecuadorean police entered Mexico's embassy in Quito and arrested Glas":
** the actor before a verb joined by "and" is the object of an earlier past
** tense the verb list lacks ("entered"); the joined verb shares that verb's
** subject, the first free actor before it in the clause. Returns the
** subject to use. */
static int uncoded_verb_subject(const Coder *c, const VerbHit *h, int iS) {
  const Mention *m = &c->aM[iS];
  if (h->i == 0 || !tok_is(c, h->i - 1, "and") || m->bPronoun) return iS;
  size_t b = m->i;
  if (b > 0 && (tok_is(c, b - 1, "the") || tok_in(c, b - 1, azPossDet))) b--;
  if (b == 0 || c->aTok[b - 1].bCap || in_mention(c, b - 1) || !tok_past_ed(c, b - 1)) return iS;
  /* ... through a series of such verbs: "Swedish navy tugs pulled the
  ** stranded Soviet submarine off the rocks, towed it out beyond Swedish
  ** waters and handed it back" (issue 4, session 64) */
  for (size_t t = b - 1; t < h->i; t++)
    if (clause_break(c, t) ||
        (tok_is(c, t, ",") && !(t + 1 < h->i && !c->aTok[t + 1].bCap && tok_past_ed(c, t + 1) && !in_mention(c, t + 1))))
      return iS;
  for (size_t x = 0; x < c->nM; x++) {
    const Mention *o = &c->aM[x];
    if (o->e > b - 1) break;
    if (!free_participant(o)) continue;
    int bBreak = 0;
    for (size_t t = o->e; t < b - 1; t++) bBreak |= clause_break(c, t) || tok_is(c, t, ",");
    /* ... past a relative clause on it with no comma: "Rebel columns that
    ** set out from the Sudanese border last week reached N'Djamena and
    ** fought government troops" (issue 4 dev30) */
    int bRelative = o->e < b - 1 && (tok_is(c, o->e, "that") || tok_is(c, o->e, "who") || tok_is(c, o->e, "which"));
    if (!bBreak && (o->e + 3 >= b - 1 || bRelative)) return (int)x;
  }
  return iS;
}

/* Contract: as uncoded_verb_subject when the actor before a verb joined by
** "and" ends an "of" phrase after the object noun of an earlier past tense the
** verb list lacks, or holds only as a dropped report verb ("ordered the call-up
** of all reservists and accused Moscow",
** "announced the detention of 30 protesters and vowed ..."): returns the first
** free actor before that verb in its clause, else iS. Why: the people inside the
** object's "of" phrase became the joined verb's subject (issue 4 force: the
** reservists accused Moscow). */
static int uncoded_verb_of_phrase_subject(const Coder *c, const VerbHit *h, int iS) {
  static const char *const azArt[] = {"the", "a", "an", NULL};
  static const char *const azEvery[] = {"all", "some", "many", "most", "several", "the", "its", "their", "his", "her",
                                        NULL};
  const Mention *m = &c->aM[iS];
  if (h->i == 0 || !tok_is(c, h->i - 1, "and") || m->bPronoun) return iS;
  size_t b = m->i;
  for (size_t n = 0; n < 2 && b > 0 && (tok_in(c, b - 1, azEvery) || tok_number(c, b - 1)); n++) b--;
  if (b < 4 || !tok_is(c, b - 1, "of")) return iS;
  size_t t = b - 2;   /* back over the object noun to its article */
  for (size_t n = 0; n < 5 && t > 0 && !tok_in(c, t, azArt); n++, t--) {
    const Token *pt = &c->aTok[t];
    if (in_mention(c, t) || !(tok_is(c, t, "-") || (pt->bWord && !pt->bCap))) return iS;
  }
  if (!tok_in(c, t, azArt) || t == 0) return iS;
  size_t v = t - 1;   /* the uncoded verb */
  if (c->aTok[v].bCap || in_mention(c, v) || !tok_past_ed(c, v)) return iS;
  for (size_t x = 0; x < c->nH; x++)   /* ... no live hit there: "announced" as a dropped report verb is none */
    if (!c->aH[x].bDrop && c->aH[x].i == v) return iS;
  for (size_t u = v; u < h->i; u++)
    if (clause_break(c, u) || tok_is(c, u, ",")) return iS;
  for (size_t x = 0; x < c->nM; x++) {
    const Mention *o = &c->aM[x];
    if (o->e > v) break;
    if (!free_participant(o)) continue;
    int bBreak = 0;
    for (size_t u = o->e; u < v; u++) bBreak |= clause_break(c, u) || tok_is(c, u, ",");
    if (!bBreak && o->e + 3 >= v) return (int)x;
  }
  return iS;
}

/* "US and British forces struck more than 60 targets in Yemen", "struck
** Houthi locations": allies of a compound subject striking in a third state,
** or at a third side's positions, strike that state or side, as one actor
** would; it is not a fight between them. Not a mutual fight ("Indian
** and Chinese troops clashed in the valley"), and not a place that is a
** member's own ("Armenia and Azerbaijan fought in Karabakh"). */
int allied_force_place(const Coder *c, const VerbHit *h, int iS, int iLoc) {
  static const char *const azMutual[] = {"fight", "battle", "clash", "skirmish", "exchange", "trade", "engage", NULL};
  int aMem[8];
  int n = members(c, iS, aMem, 8);
  if (n < 2 || iLoc < 0 || (code_root(h) != 18 && code_root(h) != 19 && code_root(h) != 20)) return 0;
  for (const char *const *z = azMutual; *z; z++)
    if (!strcmp(lemma_of(c, h), *z)) return 0;
  const char *zPlace = NULL;
  mention_country(c, iLoc, &zPlace);
  if (!zPlace) return 0;
  for (int x = 0; x < n; x++) {
    const char *zM = NULL;
    mention_country(c, aMem[x], &zM);
    if (!zM || !strncmp(zM, zPlace, 3)) return 0;
  }
  return 1;
}

/* Contract: 1 when mention iT is a bare role (no state or body of its own)
** inside the gap of pattern hit h, which ends in "to" and frames no act.
** Why: "Russia handed
** over 15 prisoners to the United States": the people handed over are what
** the act moves, and the one it goes to follows the pattern (they took the
** giver's own state as a target). */
static int handed_in_gap(const Coder *c, const VerbHit *h, int iT) {
  const Mention *m = &c->aM[iT];
  if (h->pPat && frame_family(h->pPat->zCode) != FRAME_NONE) return 0;   /* "ordered soldiers to": an infinitive's "to" */
  return m->i > h->i && m->e < h->e && m->pAgent && !m->pMain && !m->pCountry && !m->pPersonCountry && !m->bPronoun;
}

/* "switched recognition from Taipei to Beijing": when a pattern ends in "to"
** and the target found lies inside its gap after "from", the one the act goes
** to is the actor right after the pattern. Returns the target to use. */
static int pattern_to_target(const Coder *c, const VerbHit *h, int iT) {
  if (iT < 0 || h->e < 2 || !tok_is(c, h->e - 1, "to") || c->aM[iT].i >= h->e || c->aM[iT].i == 0 ||
      !(tok_is(c, c->aM[iT].i - 1, "from") || handed_in_gap(c, h, iT)))
    return iT;
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i == h->e || (c->aM[m].i == h->e + 1 && tok_is(c, h->e, "the"))) return (int)m;
  return iT;
}

/* Contract: 1 when mention pm, a state or its capital named by itself,
** stands right after hit h's first word, a verb of giving, with a lower-case
** word after it: the receiver, the first of the verb's two objects ("should
** give Armenia humanitarian aid", "offer Chisinau help", "gave Russia
** until midnight"). Why: a state's name before a noun otherwise reads as a
** modifier of the pattern's noun ("imposed new EU sanctions"), and the
** target went to whoever the clause named after the pattern (issue 4,
** session 63). The mention stays a modifier for other clauses: "an
** agreement giving Ethiopia access ..., and recalled its ambassador" is
** still Somalia's recall. */
static int receiver_after_giving(const Coder *c, const VerbHit *h, const Mention *pm) {
  static const char *const azGive[] = {"give", "gives", "gave", "giving", "given", "send", "sends", "sent", "sending",
                                       "offer", "offers", "offered", "offering", "grant", "grants", "granted",
                                       "granting", "sell", "sells", "sold", "selling", "lend", "lends", "lent",
                                       "lending", "promise", "promises", "promised", "promising", "deny", "denies",
                                       "denied", "denying", "hand", "hands", "handed", "handing", NULL};
  const ActorEntry *a = pm->pMain;
  if (pm->i != h->i + 1 || !a || (a->kind != AK_COUNTRY && a->kind != AK_CAPITAL) || pm->pAgent || pm->bPronoun ||
      pm->e >= c->nTok || !tok_in(c, h->i, azGive))
    return 0;
  const Token *pN = &c->aTok[pm->e];
  return pN->bWord && !pN->bCap && !tok_ly(c, pm->e);
}

/* Contract: 1 when a mention (no pronoun, place or aside) stands between
** hit h's end and token hi, after "on", "against", "to" or "with" (maybe and
** "the"), with no comma or clause break before it; else 0. Why: such a
** party is the act's object, and a place named in the pattern's gap only
** says where ("agreed in Luxembourg ... to suspend their sanctions on
** Belarus"). */
static int party_after_pattern(const Coder *c, const VerbHit *h, size_t hi) {
  static const char *const azAim[] = {"on", "against", "to", "with", NULL};
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i < h->e || pm->i >= hi || pm->i < 1 || pm->bPronoun || pm->bLoc || pm->bAside) continue;
    size_t p = pm->i - 1;
    if (tok_is(c, p, "the") && p > 0) p--;
    if (!tok_in(c, p, azAim)) continue;
    int bCut = 0;
    for (size_t t = h->e; t < p && !bCut; t++) bCut = tok_is(c, t, ",") || clause_break(c, t);
    if (!bCut) return 1;
  }
  return 0;
}

/* Contract: when pattern hit h ends in "with" ("share ~ intelligence ~ with")
** and target iT lies inside the pattern's gap, the actor right after the
** pattern is the target, else iT. Why: an actor in the gap only qualifies
** what is shared or discussed ("shared intelligence on Russian troop movements
** with Kyiv" was coded towards Russia; issue 4 policy). */
static int pattern_with_target(const Coder *c, const VerbHit *h, int iT) {
  if (iT < 0 || h->e < 2 || !tok_is(c, h->e - 1, "with") || c->aM[iT].i >= h->e || c->aM[iT].i <= h->i) return iT;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (!pm->bLoc && (pm->i == h->e || (pm->i == h->e + 1 && tok_is(c, h->e, "the")))) return (int)m;
  }
  return iT;
}

/* "Twenty Indian soldiers were killed in a clash with Chinese troops": the
** dead of a clash are on the side that fought the one after "with", so the
** passive's subject is the clash's source, not its target (the pattern
** "kill in ~ clash ~ with", root 19, ends in "with"; mutual_with codes it
** both ways). */
int killed_in_clash(const Coder *c, const VerbHit *h) {
  return code_root(h) == 19 && tok_is(c, h->i + 1, "in") && h->e > h->i + 2 && tok_is(c, h->e - 1, "with");
}

/* Contract: 1 when a form of "be" stands right before token i, or two
** before it with a word other than "to" between ("was attacked", "were
** reportedly shelled", not "is to cut"). Shared by the passive tests. */
static int be_before(const Coder *c, size_t i) {
  return i > 0 && (tok_in(c, i - 1, azBe) || (i > 1 && tok_in(c, i - 2, azBe) && !tok_is(c, i - 1, "to")));
}

/* Contract: the mention that opens a clause after ", and" between tokens lo
** and hi -- maybe after a short time phrase ("on Monday", "a day later") --
** when a finite verb no hit covers follows it ("Pyongyang sent word"), and
** no hit lies between; else -1. For a trailing participle's subject. */
static int uncoded_clause_subject(const Coder *c, size_t lo, size_t hi) {
  for (size_t x = 0; x < c->nH; x++)
    if (!c->aH[x].bDrop && c->aH[x].i >= lo && c->aH[x].i < hi) return -1;
  for (size_t t = lo; t + 2 < hi; t++) {
    if (!tok_is(c, t, ",") || !tok_is(c, t + 1, "and")) continue;
    size_t u = t + 2, uEnd = t + 6 < hi ? t + 6 : hi;
    while (u < uEnd && actor_mention_at(c, u) < 0 && !c->aTok[u].bCap) u++;
    if (u < uEnd && actor_mention_at(c, u) < 0 && c->aTok[u].bCap && u > t + 2 && tok_is(c, u - 1, "on")) u++;  /* "on Monday" */
    int m = u < hi ? actor_mention_at(c, u) : -1;
    if (m < 0) continue;
    const Mention *pm = &c->aM[m];
    if (pm->bPronoun || pm->bLoc || pm->bPrep || pm->bAside || pm->e >= hi) continue;
    size_t v = pm->e;
    if (!c->aTok[v].bWord || c->aTok[v].bCap || in_mention(c, v) || c->aUsed[v]) continue;
    if (tok_finite_form(c, v) || tok_past_ed(c, v)) return m;
  }
  return -1;
}

/* Contract: 1 when hit k is a past participle right after "and" with "by"
** after it, and an earlier hit of the sentence is a passive ("be" or "be"
** and one word before its participle) with no clause break between. Why:
** "were seized by border guards in March and sentenced by a court in
** June": the second participle shares the first one's "were", so the court
** sentences the subject, not the subject the court (issue 4, session 41). */
static int conjoined_passive(const Coder *c, size_t k) {
  const VerbHit *h = &c->aH[k];
  if (!(h->forms & VF_PP) || h->i < 3 || !tok_is(c, h->i - 1, "and") || h->e >= c->nTok || !tok_is(c, h->e, "by"))
    return 0;
  for (size_t x = k; x-- > 0;) {
    const VerbHit *g = &c->aH[x];
    if (g->i >= h->i || !(g->forms & VF_PP) || g->i == 0) continue;
    if (!be_before(c, g->i)) return 0;
    for (size_t t = g->e; t + 1 < h->i; t++)
      if (clause_break(c, t) || tok_is(c, t, ";")) return 0;
    return 1;
  }
  return 0;
}

/* Contract: 1 when mentions m and iS both have a state and it is the same
** one. Shared by the target rules that pass over the subject's own state
** inside a pattern's gap. */
static int same_state_as_subject(const Coder *c, size_t m, int iS) {
  const char *zOwn = NULL, *zSubj = NULL;
  mention_country(c, (int)m, &zOwn);
  mention_country(c, iS, &zSubj);
  return zOwn && zSubj && !strncmp(zOwn, zSubj, 3);
}

/* Contract: for mention m, a bare role that owns the next mention, a
** bare role too ("the army" 's "commander"), which a person named in
** apposition follows (", Abdel Fattah al-Burhan"), that person's mention;
** else m; only for the verb's object (right after the pattern or a
** preposition), not a new clause's subject. Why: "imposed sanctions on the
** army's commander, Abdel Fattah al-Burhan" was aimed at the army, whose
** state the story's last sentence gave (issue 4, session 41). */
static int possessed_role_person(const Coder *c, const VerbHit *h, size_t m) {
  const Mention *pm = &c->aM[m];
  if (m + 2 >= c->nM || !bare_role(pm) || pm->e >= c->nTok || !tok_is(c, pm->e, "'s")) return (int)m;
  size_t iFirst = pm->i + (tok_is(c, pm->i, "the") ? 1u : 0u);   /* ("the army" may hold its article) */
  if (pm->i != h->e && !(pm->i > 0 && tok_in(c, pm->i - 1, azPrep)) && iFirst != h->e &&
      !(iFirst > 0 && tok_is(c, iFirst - 1, "the") && iFirst - 1 == h->e))
    return (int)m;
  const Mention *pRole = &c->aM[m + 1], *pName = &c->aM[m + 2];
  if (pRole->i != pm->e + 1 || !bare_role(pRole) || pRole->e >= c->nTok || !tok_is(c, pRole->e, ",") ||
      pName->i != pRole->e + 1 || !pName->pMain || pName->pMain->kind != AK_PERSON)
    return (int)m;
  return (int)(m + 2);
}

/* Contract: 1 when hit x is an accusation (root 11) a report verb made
** ("said", "told", "claimed") and a hit between it
** and hit k, after mention iS, was dropped as the deed it accuses -- "said
** Pakistani troops had violated the ceasefire and fired mortars": hit k
** continues the accused's clause, not the accuser's. */
static int accused_deed_between(const Coder *c, size_t x, size_t k, int iS) {
  static const char *const azSay[] = {"say", "tell", "state", "claim", "report", "allege", "insist", NULL};
  if (code_root(&c->aH[x]) != 11 || iS < 0) return 0;
  int bSay = 0;   /* a report verb made an accusation, not "blamed X and vowed" */
  for (const char *const *z = azSay; *z && !bSay; z++) bSay = !strcmp(lemma_of(c, &c->aH[x]), *z);
  if (!bSay) return 0;
  for (size_t y = x + 1; y < k; y++)
    if (c->aH[y].bDrop && c->aH[y].i >= c->aM[iS].e && c->aH[y].i > c->aH[x].e) return 1;
  return 0;
}
int deal_aside_agent(const Coder *c, const VerbHit *h) {
  static const char *const azDeal[] = {"deal", "accord", "agreement", "truce", "ceasefire", "pause", "exchange",
                                       "swap", "talks", "pact", "treaty", "release", "arrangement", "deals",
                                       "agreements", NULL};
  if (!mediation_code(h->zCode) || !(h->forms & (VF_PP | VF_PAST)) || h->i < 2 || h->e + 1 >= c->nTok) return -1;
  if (!tok_is(c, h->i - 1, ",") || !tok_is(c, h->e, "by")) return -1;
  int bDeal = tok_in(c, h->i - 2, azDeal);
  /* ... also after the deal's sides: "A truce between Israel and Hezbollah, brokered by ..." */
  for (size_t u = h->i - 2; !bDeal && u > 1 && u + 10 > h->i; u--) {
    if (tok_is(c, u, ",") || tok_is(c, u, ".") || clause_break(c, u)) break;
    if (tok_is(c, u, "between")) {
      bDeal = tok_in(c, u - 1, azDeal);
      break;
    }
  }
  if (!bDeal) return -1;
  size_t a = h->e + 1 + (tok_is(c, h->e + 1, "the") ? 1 : 0);
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].bBy && (c->aM[m].i == h->e + 1 || c->aM[m].i == a)) return (int)m;
  return -1;
}

/* "Myanmar's army, which ruled the country for decades before a decade of
** reform, detained ...": a subordinator inside a relative clause that a
** comma closes before token hi opens no clause around the verb at hi.
** Contract: 1 when token t lies after ", who" / ", whom" / ", which" / ", whose" (at or
** after token lo), or after such a pronoun inside a span a comma opened, and
** a comma follows t before hi; else 0. */
static int in_closed_relative(const Coder *c, size_t lo, size_t t, size_t hi) {
  static const char *const azRel[] = {"who", "whom", "which", "whose", NULL};
  int bOpen = 0, bComma = 0;
  for (size_t x = lo; x + 1 < t && !bOpen; x++) bOpen = tok_is(c, x, ",") && tok_in(c, x + 1, azRel);
  /* ... or a relative clause inside an apposition a comma opened: "Georgescu,
  ** a critic of NATO who had polled in single digits before the vote, called" */
  for (size_t x = lo; x < t && !bOpen; x++) {
    bComma |= tok_is(c, x, ",");
    bOpen = bComma && x > lo && tok_in(c, x, azRel) && !tok_is(c, x - 1, ",");
  }
  if (!bOpen) return 0;
  for (size_t x = t + 1; x < hi; x++)
    if (tok_is(c, x, ",")) return 1;
  return 0;
}

/* Why: "used tear gas against protesters blocking the main road": a
** participle right after a role is a reduced relative whose subject is that
** role, wherever the role stands in the clause (the clause's subject was
** taken, and a joint act of its two forces coded). Contract: for a
** present-participle hit h not after a comma, the role mention (an agent,
** no person, body or state of its own name; no pronoun, aside or place)
** that ends right before it and is the only member of its list; else -1. */
int reduced_relative_subject(const Coder *c, const VerbHit *h) {
  if (!(h->forms & VF_ING) || h->i == 0 || tok_is(c, h->i - 1, ",")) return -1;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e != h->i || pm->bPronoun || pm->bAside || pm->bLoc || !pm->pAgent || pm->pMain) continue;
    int bList = (m > 0 && c->aM[m - 1].iGroup == pm->iGroup) || (m + 1 < c->nM && c->aM[m + 1].iGroup == pm->iGroup);
    return bList ? -1 : (int)m;
  }
  return -1;
}

/* Contract: when place iLoc lies in a state other than that of source iS,
** recodes hit h as a visit there (042) and returns iLoc, its target; else
** returns iT. Shared by the rules for talks held, and a summit attended, in
** another state. */
static int visit_to_place(const Coder *c, VerbHit *h, int iS, int iLoc, int iT) {
  const char *zSrc = NULL, *zPlace = NULL;
  mention_country(c, iS, &zSrc);
  mention_country(c, iLoc, &zPlace);
  if (!zSrc || !zPlace || !is_state_code(zPlace) || !strncmp(zSrc, zPlace, 3)) return iT;
  h->zCode = "042";
  return iLoc;
}

/* Contract: 1 when token t is "but" and only adverbs stand between it and
** hit h, a past verb ("but dismissed", "but later rejected"): the verb is
** joined to the clause before and shares its subject, as after "and". */
static int but_before_past(const Coder *c, size_t t, const VerbHit *h) {
  if (!tok_is(c, t, "but") || !(h->forms & VF_PAST)) return 0;
  for (t++; t < h->i; t++)
    if (!tok_adverb(c, t)) return 0;
  return 1;
}

void assign_roles(Coder *c) {
  static const char *const azModalAux[] = {"would", "will", "could", "might", "may", "should", "must", "can", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop) continue;
    size_t lo = 0;
    int bPassive = (h->forms & VF_PP) && be_before(c, h->i);
    /* ("Washington is to cut its force": "is to" and a verb whose past
    ** participle is its base is the duty, not the passive "is reportedly cut") */
    /* "were engaged in ethnic cleansing", "is involved in the attacks": the
    ** subject is the one who acts, as in an active verb */
    if (bPassive && tok_is(c, h->i + 1, "in") && (tok_is(c, h->i, "engaged") || tok_is(c, h->i, "involved")))
      bPassive = 0;
    if (bPassive && killed_in_clash(c, h)) bPassive = 0;
    if (!bPassive && conjoined_passive(c, k)) bPassive = 1;
    /* "sanctions were imposed on Iran by the EU", "talks were held between
    ** ...": a pattern read backwards has a thing as its subject; the party
    ** acted on follows the verb as in the active, the agent after "by" */
    int bRev = bPassive && h->bRev;
    if (bRev) bPassive = 0;
    /* subject */
    int iS = mention_before(c, h->iSubj, lo);
    /* "Ukrainian positions were shelled by Russian forces": the subject of a
    ** passive is its target, and a modifier names it as well as a noun would */
    for (size_t m = c->nM; bPassive && iS < 0 && m-- > 0;) {
      const Mention *pm = &c->aM[m];
      if (pm->e > h->iSubj) continue;
      if (pm->bMod && !pm->bLoc && !pm->bAside && !pm->bBy && !pm->bPrep) iS = (int)m;
      /* "a camp for Congolese refugees was attacked by militiamen": the
      ** people a thing is for or of suffer what is done to it, as in the
      ** active "attacked a camp for Congolese refugees" */
      int bOwnerOf = pm->bPrep && !pm->bLoc && !pm->bAside && !pm->bBy && pm->i >= 2 &&
                     (tok_is(c, pm->i - 1, "for") || tok_is(c, pm->i - 1, "of")) && !in_mention(c, pm->i - 2) &&
                     c->aTok[pm->i - 2].bWord && !c->aTok[pm->i - 2].bCap;
      for (size_t t = pm->e; bOwnerOf && t < h->i; t++)
        bOwnerOf = tok_in(c, t, azBe) || tok_is(c, t, "been") || tok_is(c, t, "has") || tok_is(c, t, "have") ||
                   tok_is(c, t, "had") || tok_adverb(c, t);
      if (bOwnerOf) iS = (int)m;
      break;
    }
    /* "Israeli air strikes killed 500 people", "Russian shelling wounded
    ** five": the weapon that acts is the state's its adjective names */
    /* ... also in a reported clause, over the speaker before it: "Pakistan's
    ** military said Indian missiles struck six sites" */
    /* ... and a show of force by its craft: "About 275 Chinese vessels
    ** have swarmed around Philippine-held Pag-asa" (issue 4, session 40) */
    if (!bPassive && (code_root(h) >= 17 || code_root(h) == 15)) {
      int iW = weapon_subject(c, h);
      if (iW < 0) iW = weapon_subject_over_object(c, h);
      if (iW < 0) iW = weapon_launcher(c, h);
      if (iW >= 0) iS = iW;
    }
    /* "offered condolences to Turkey and Syria after a powerful earthquake
    ** killed thousands": a clause opened after the actor has a subject of
    ** its own, which names no actor */
    if (iS >= 0 && !bPassive && (h->forms & (VF_PAST | VF_3S))) {
      static const char *const azSub[] = {"after", "before", "when", "because", "until", "since", "although",
                                          "though", "whereas", "once", NULL};
      static const char *const azDetNp[] = {"a", "an", "the", NULL};
      for (size_t t = c->aM[iS].e; t + 1 < h->i; t++)
        if (tok_in(c, t, azSub) && tok_in(c, t + 1, azDetNp) && !in_mention(c, t + 1) && !in_mention(c, t + 2) &&
            !in_closed_relative(c, c->aM[iS].e, t, h->i)) {
          int bActor = 0;
          /* ... whose subject is the noun after the determiner: an actor
          ** after a preposition ("after an attack on an army base killed 18
          ** soldiers") or a place is no doer (issue 4 force23) */
          static const char *const azDetPoss[] = {"a", "an", "the", "its", "their", "his", "her", NULL};
          for (size_t m = 0; m < c->nM; m++) {
            const Mention *pm = &c->aM[m];
            if (pm->i <= t || pm->i >= h->i) continue;
            size_t b = pm->i - 1;   /* > t: the token before it */
            if (b > t + 1 && tok_in(c, b, azDetPoss)) b--;
            /* ("after the head of the armed forces urged": "of" names whose head) */
            bActor |= !pm->bLoc && !(b > t + 1 && tok_in(c, b, azPrep) && !tok_is(c, b, "of"));
          }
          if (!bActor) iS = -1;
          break;
        }
    }
    /* "Protesters supporting the junta attacked ...": the actor after a
    ** participle describes the subject before it */
    if (iS > 0 && !bPassive) {
      size_t t = c->aM[iS].i;
      if (t > 0 && (tok_is(c, t - 1, "the") || tok_is(c, t - 1, "a"))) t--;
      int bIng = t > 0 && tok_ing(c, t - 1);
      /* ... "loyal to" its describing words too: "Jets of the air force loyal
      ** to the internationally recognised government in Tobruk struck" */
      size_t u = t;
      while (u > 2 && u + 3 > t && c->aTok[u - 1].bWord && !c->aTok[u - 1].bCap && !tok_is(c, u - 1, "to") &&
             !in_mention(c, u - 1))
        u--;
      if (u < t && !tok_is(c, u, "the") && !tok_is(c, u, "a")) u = t;
      int bLoyal = u > 1 && tok_is(c, u - 1, "to") && tok_is(c, u - 2, "loyal");
      size_t iPrev = bLoyal ? u - 2 : t - 1;
      if ((bIng || bLoyal) && c->aM[iS - 1].e == iPrev && !c->aM[iS - 1].bLoc && !c->aM[iS - 1].bAside &&
          !c->aM[iS - 1].bPrep)
        iS = iS - 1;
      /* ... and the force "of" names is its craft's: "Jets of the air force" */
      else if (bLoyal && iS > 1 && c->aM[iS - 1].e == iPrev && c->aM[iS - 1].bPrep && c->aM[iS - 1].i > 0 &&
               tok_is(c, c->aM[iS - 1].i - 1, "of") && c->aM[iS - 2].e + 1 == c->aM[iS - 1].i && !c->aM[iS - 2].bLoc &&
               !c->aM[iS - 2].bAside && !c->aM[iS - 2].bPrep)
        iS = iS - 2;
    }
    /* a relative clause's subject is the noun it follows: "detained dozens
    ** of people who laid flowers" (the people), "vetoed a resolution that
    ** would have tightened sanctions" (no actor) */
    int bRelative = 0;
    if (iS >= 0 && !bPassive) {
      size_t r = SIZE_MAX;
      for (size_t t = c->aM[iS].e; t < h->i && r == SIZE_MAX; t++)
        if (tok_is(c, t, "who") || tok_is(c, t, "which") || tok_is(c, t, "that")) r = t;
      int bVerb = 0;   /* a verb between: the clause is closed, or "said that ..." */
      for (size_t x = 0; r != SIZE_MAX && x < c->nH && !bVerb; x++)
        bVerb = x != k && !c->aH[x].bDrop && c->aH[x].i >= c->aM[iS].e && c->aH[x].i < h->i;
      /* ... and the clause still open: "Hamas, the group that rules Gaza, threatened" */
      for (size_t t = r; r != SIZE_MAX && t < h->i && !bVerb; t++) bVerb = tok_is(c, t, ",") || clause_break(c, t);
      if (r != SIZE_MAX && !bVerb) {
        size_t a = c->aM[iS].e;
        if (tok_is(c, a, ",")) a++;
        /* ... but "said in a statement that it had fired": a pronoun after
        ** "that" is the clause's own subject, standing for the speaker */
        if (a == r) bRelative = 1;
        else if (r > 0 && c->aTok[r - 1].bWord && !c->aTok[r - 1].bCap && noun_at(c, r - 1) &&
                 !tok_in(c, r + 1, azSubjPron))
          iS = -1;
      }
    }
    /* "saying pressure would not help the people", "warned that any response
    ** would meet a crushing answer": a reported clause whose subject is a
    ** common noun right before its modal has no actor for a subject, not the
    ** speaker (issue 4 lead38) */
    /* (a threat keeps its speaker: "vowed that the enemy would receive a
    ** worthy response" is his) */
    if (iS >= 0 && !bPassive && !bRelative && code_root(h) != 13) {
      static const char *const azNounDet[] = {"the", "a", "an", "any", "such", "this", "these", "those", "that",
                                              "saying", "said", "says", NULL};
      size_t v = h->i;
      while (v > 0 && (tok_adverb(c, v - 1) || tok_is(c, v - 1, "not"))) v--;
      if (v >= 3 && tok_in(c, v - 1, azModalAux)) {
        size_t n = v - 2;
        const Token *pN = &c->aTok[n];
        int bNounSubj = pN->bWord && !pN->bCap && !in_mention(c, n) && !tok_in(c, n, azSubjPron) &&
                        !tok_is(c, n, "it") && !tok_is(c, n, "there") && !tok_is(c, n, "and") && !tok_is(c, n, "or") &&
                        !tok_is(c, n, "who") &&
                        !tok_is(c, n, "which") && !tok_is(c, n, "that") && tok_in(c, n - 1, azNounDet) &&
                        n > c->aM[iS].e;
        int bReported = 0;
        for (size_t t = c->aM[iS].e; bNounSubj && t < n && !bReported; t++)
          bReported = attr_verb(c, t) || tok_is(c, t, "that") || tok_is(c, t, "saying");
        if (bNounSubj && bReported) iS = -1;
      }
    }
    /* "condemned reports that police had opened fire": an actor right after
    ** "that" opens a content clause and is its verb's own subject, though
    ** the verb before took it as its target (issue 4 lead22) */
    size_t iBefore = iS >= 0 && c->aM[iS].i > 0 ? c->aM[iS].i - 1 : 0;
    if (iBefore > 0 && tok_is(c, iBefore, "the")) iBefore--;
    int bContentSubject = iS >= 0 && iBefore > 0 && tok_is(c, iBefore, "that") && !in_mention(c, iBefore - 1);
    for (size_t t = bContentSubject ? c->aM[iS].e : h->i; t < h->i; t++)   /* not "... had acted unlawfully and urged" */
      if (tok_is(c, t, "and") || tok_is(c, t, ",") || clause_break(c, t)) bContentSubject = 0;
    if (iS >= 0 && !bRelative && !bContentSubject) {
      /* coordination or relative clause: the nearest actor before us is the
      ** object of an earlier verb ("met Lukashenko and praised him") */
      /* ... or any actor of its clause: "held Iran responsible for arming the
      ** attackers and vowed to respond" -- a verb right after "and" shares
      ** the earlier verb's subject (issue 4 lead36) */
      size_t a = c->aM[iS].e;
      /* (an actor inside the verb's pattern before, "regretted Washington's
      ** decision", ends where that pattern ends) */
      const VerbHit *pPrev = prev_live_hit(c, k);
      if (pPrev && pPrev->i < c->aM[iS].i && pPrev->e > a && pPrev->e <= h->i) a = pPrev->e;
      while (a < h->i && tok_adverb(c, a)) a++;
      /* ... and so does one after ", and": "blamed Belgrade for arming the
      ** attackers, and demanded that it ..." (issue 4, session 47) */
      size_t iComma = a + 1 < h->i && tok_is(c, a, ",") && tok_is(c, a + 1, "and") ? a++ : SIZE_MAX;
      /* ... and one after "but" with a modal: "he regretted Washington's
      ** decision but would not apologise" is his refusal, not Washington's
      ** (issue 4 lead48) */
      int bBut = iComma == SIZE_MAX && a < h->i && tok_is(c, a, "but");
      size_t b = a + 1;
      while (b < h->i && tok_adverb(c, b)) b++;
      /* ... and one after "and" with a modal: "Washington should press
      ** Kigali to stop backing the M23 and should suspend training" is
      ** Washington's act, not the M23's (issue 4 dev39) */
      int bAndModal = !bBut && a < h->i && tok_is(c, a, "and") && (h->forms & VF_BASE) && b < h->i &&
                      tok_in(c, b, azModalAux);
      /* ... or an auxiliary: "called Wang's remarks inappropriate but has not
      ** recalled the Czech ambassador" is Babis's restraint (session 56) */
      static const char *const azAuxBut[] = {"has", "have", "had", "did", "does", "do", NULL};
      /* ... or a past verb right after "but": "Obama welcomed her release but
      ** urged the generals to free all prisoners" is Obama's appeal, not hers
      ** (issue 4, session 59) */
      if ((bBut || bAndModal) && b < h->i && (tok_in(c, b, azModalAux) || (bBut && tok_in(c, b, azAuxBut)))) {
        b++;
        while (b < h->i && (tok_adverb(c, b) || tok_is(c, b, "not"))) b++;
      } else if (!(bBut && b == h->i && (h->forms & VF_PAST)))
        bBut = 0;
      if (a < h->i && ((tok_is(c, a, "and") && ((h->forms & VF_PAST) || bAndModal)) || bBut)) {
        for (size_t x = k; b == h->i && x-- > 0;) {
          const VerbHit *p = &c->aH[x];
          if (p->bDrop) continue;
          int bBreak = 0;
          for (size_t t = p->e; t < h->i; t++)
            bBreak |= (clause_break(c, t) && !(bBut && t == a)) || (tok_is(c, t, ",") && t != iComma);
          int bInside = p->i < c->aM[iS].i && p->e > c->aM[iS].i;
          if (!bBreak && p->iSrc >= 0 && (p->e <= c->aM[iS].i || bInside) && !is_report_verb(p) &&
              c->aM[p->iSrc].iGroup != c->aM[iS].iGroup)
            iS = p->iSrc;
          break;
        }
      }
      for (size_t x = k; x-- > 0;) {
        const VerbHit *p = &c->aH[x];
        if (p->bDrop || p->iTgt < 0) continue;
        /* "said Pakistani troops had violated the ceasefire and fired mortars":
        ** an accusation made of a reported deed (accusing_reports) leaves the
        ** deed's doer the subject of the verb joined to the deed */
        if (accused_deed_between(c, x, k, iS)) break;
        /* "deployed soldiers to Mozambique to help fight insurgents": a force
        ** inside the earlier pattern is what that verb moved; its source acts */
        int bInside = 0;
        for (size_t q = 0; q < c->nM; q++)
          bInside |= c->aM[q].iGroup == c->aM[iS].iGroup && c->aM[q].i > p->i && c->aM[q].i < p->e;
        if ((bInside || c->aM[p->iTgt].iGroup == c->aM[iS].iGroup) && p->i < c->aM[iS].i && p->iSrc >= 0) {
          int bBreak = 0;
          /* ... over "but" right before a past verb: "thanked Khartoum for
          ** its cooperation but dismissed charges" is still Pasqua's (issue
          ** 4 dev50) */
          for (size_t t = c->aM[iS].e; t < h->i; t++) bBreak |= clause_break(c, t) && !but_before_past(c, t, h);
          if (!bBreak) iS = p->iSrc;
        }
        /* "Pakistan said 26 civilians were killed and vowed to retaliate": the
        ** victims of a reported passive do not act in the verb joined to it;
        ** the reporter does */
        if (c->aM[p->iTgt].iGroup == c->aM[iS].iGroup && p->i > c->aM[iS].i && p->iSrc < 0 && h->i > 0 &&
            tok_is(c, h->i - 1, "and")) {
          for (size_t y = x; y-- > 0;) {
            const VerbHit *r = &c->aH[y];
            if (!is_report_verb(r) || r->e > c->aM[iS].i) continue;
            int iR = r->iSrc >= 0 ? r->iSrc : mention_before(c, r->i, 0);
            if (iR >= 0) iS = iR;
            break;
          }
        }
        /* "The quake killed 14 people and damaged several embassies": the
        ** object of an active verb whose subject is no actor does not act in
        ** the verb joined to it by "and" */
        if (c->aM[p->iTgt].iGroup == c->aM[iS].iGroup && p->i < c->aM[iS].i && p->iSrc < 0 && h->i > 0 &&
            tok_is(c, h->i - 1, "and") && (p->forms & VF_PAST) && p->i > 0 && !tok_in(c, p->i - 1, azBe) &&
            !is_report_verb(p))
          iS = -1;
        break;
      }
    }
    if (iS < 0 && !bRelative && !bPassive) iS = reporter_and_subject(c, k);
    if (iS >= 0 && !bRelative && !bPassive) iS = modal_clause_subject(c, h, iS);
    if (iS >= 0 && !bRelative && !bPassive) iS = uncoded_verb_subject(c, h, iS);
    if (iS >= 0 && !bRelative && !bPassive) iS = uncoded_verb_of_phrase_subject(c, h, iS);
    /* ", killing hundreds": a participle after a comma shares the subject of
    ** the clause it trails ("Hamas gunmen stormed into southern Israel,
    ** killing hundreds of civilians and abducting more than 200") */
    int iTrailTgt = -1;   /* the target of the clause a participle trails */
    /* (a frame's participle too: ", promising to warn the South") */
    size_t iIng = (h->forms & VF_ING) ? h->i : hit_start(h) < h->i && tok_ing(c, hit_start(h)) ? hit_start(h) : 0;
    if (iIng && !bPassive) {
      int bTrail = tok_is(c, iIng - 1, ",");
      /* ... and one after "by", the means of its clause's act, is done by
      ** that clause's subject: "Washington should show Tehran ... by sending
      ** a carrier back", "Israel should not answer the handover by cutting
      ** the water" (issue 4 dev52) */
      int iMeans = tok_is(c, iIng - 1, "by") ? means_clause_subject(c, iIng - 1) : -1;
      if (iMeans >= 0) iS = iMeans;
      for (size_t x = k; !bTrail && x-- > 0;) {   /* "... and abducting" after such a participle */
        const VerbHit *p = &c->aH[x];
        if (p->bDrop || reduced_relative_subject(c, p) >= 0) continue;
        bTrail = (p->forms & VF_ING) && p->i > 0 && tok_is(c, p->i - 1, ",") && tok_is(c, h->i - 1, "and");
        break;
      }
      int bFound = 0;
      for (size_t x = k; bTrail && x-- > 0;) {
        const VerbHit *p = &c->aH[x];
        /* ... the clause's own act, not a reduced relative inside it ("opened
        ** fire on protesters demanding ..., killing 19") */
        if (p->bDrop || reduced_relative_subject(c, p) >= 0) continue;
        /* ... nor a subordinate clause inside it: "had detained Gaprindashvili
        ** as he travelled to treat a patient, accusing him of ..." (session 43) */
        static const char *const azSubord[] = {"as", "while", "when", "after", "before", "because", "since",
                                               "although", "though", "until", "once", NULL};
        /* (a force's result stays the nearest act's: "after the guerrillas
        ** bombed a base, killing two soldiers") */
        if (code_root(h) < 14 && p->iSrc >= 0 && c->aM[p->iSrc].i > 0 && c->aM[p->iSrc].i < p->i &&
            tok_in(c, c->aM[p->iSrc].i - 1, azSubord))
          continue;
        /* "an airliner was shot down over Ukraine, killing 298": a clause
        ** with no actor as its agent lends the participle none */
        iS = p->iSrc;
        iTrailTgt = p->iTgt;
        bFound = 1;
        /* ... unless ", and" opens a clause between them whose own verb the
        ** dictionary does not code: "Seoul demanded an explanation, and on
        ** Monday Pyongyang sent word ..., promising to warn the South" is
        ** Pyongyang's promise (issue 4 dev38) */
        int iMid = uncoded_clause_subject(c, p->e, h->i);
        if (iMid >= 0 && iMid != iS) iS = iMid, iTrailTgt = -1;
        break;
      }
      /* the trailed clause's verb is not in the dictionary ("stormed into"):
      ** its subject is the sentence's first participant */
      for (size_t m = 0; bTrail && !bFound && m < c->nM; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->i >= h->i) break;
        if (pm->bLoc || pm->bAside || pm->bBy || pm->bPrep || pm->bMod) continue;
        iS = (int)m;
        break;
      }
    }
    /* "used tear gas against protesters blocking the main road": a
    ** participle right after a role is a reduced relative, whose subject is
    ** that role, wherever the role stands in the clause */
    if (!bPassive && iTrailTgt < 0) {
      int iRel = reduced_relative_subject(c, h);
      if (iRel >= 0) iS = iRel;
    }
    /* object: first participant after the pattern, before the next verb */
    size_t hi = c->nTok;
    for (size_t x = k + 1; x < c->nH; x++) {
      if (!c->aH[x].bDrop) {
        hi = c->aH[x].i;
        break;
      }
    }
    int iT = -1, iLoc = -1, iMod = -1;
    int iHandTo = -1;   /* a passive handover's receiver, the target once the agent is the source */
    /* an actor inside the pattern's gap is the target when it is the object
    ** ("banned Belarusian airlines from ...") or a possessor ("back the
    ** OSCE's offer"), not when it modifies the pattern's noun ("imposed new
    ** EU sanctions on Belarus") */
    int iGapMod = -1;   /* "rejected opposition calls": the modifier, if nothing else */
    int iForce = -1;    /* "deployed 25,000 troops": the force a posture moves */
    int iLiteral = -1;  /* a role named by the pattern's own last word */
    /* "sent 1,000 police officers to Haiti to lead ...": a force a posture
    ** (15x) or a protection mission (074) moves is the source's own, never
    ** its target, wherever the pattern's words fall */
    const char *zMove = h->zAct ? h->zAct : h->zCode;
    int bMove = code_root(h) == 15 || (zMove[0] == '1' && zMove[1] == '5') || !strcmp(zMove, "074");
    bMove |= aid_moves_force(zMove);
    for (size_t m = 0; m < c->nM && !bPassive; m++) {
      const Mention *pm = &c->aM[m];
      if (bMove && pm->i > h->i && pm->i < h->e && pm->pAgent && !pm->pMain && !pm->pCountry &&
          !pm->pPersonCountry && pm->e < h->e &&
          (!strcmp(pm->pAgent->zCode, "MIL") || !strcmp(pm->pAgent->zCode, "COP")))
        continue;
      /* ... and so is one named by a metonym: "massed some 70,000
      ** Revolutionary Guards and army troops along the Afghan border" */
      if (bMove && pm->i > h->i && pm->e < h->e && pm->pMain && pm->pMain->kind == AK_METONYM && pm->pMain->zRole &&
          (!strcmp(pm->pMain->zRole, "MIL") || !strcmp(pm->pMain->zRole, "COP")))
        continue;
      /* ... a pronoun only as the verb's own object: "placed her on its wanted list" */
      if (pm->i > h->i && pm->i < h->e && (!pm->bPronoun || pm->i == h->i + 1 || possessed_release(c, pm->i)) &&
          !pm->bAside) {
        /* "expel Lithuanian diplomats": the pattern's noun is part of the actor */
        int bOwnNoun = pm->e >= h->e && (pm->pCountry || pm->pMain);   /* not "leave the presidency" */
        /* "opened fire on the protesters": the pattern's last word names the
        ** group it acts on -- the target if the text names no other */
        /* ... a government's building stormed is the government's: "stormed
        ** the presidential palace" (issue 4, session 41) */
        int bStormed = !strcmp(lemma_of(c, h), "storm");
        if (pm->e == h->e && !bOwnNoun && pm->pAgent && iLiteral < 0 &&
            ((strcmp(pm->pAgent->zCode, "GOV") && strcmp(pm->pAgent->zCode, "LEG") && strcmp(pm->pAgent->zCode, "JUD")) ||
             bStormed))   /* not "leave the presidency" */
          iLiteral = (int)m;
        if (pm->e >= h->e && !bOwnNoun) continue;
        /* "demanded that the United States extradite", "urged Minsk to free": the
        ** addressee of an appeal or demand stands before the act's own word */
        /* ... but not a bare role that only describes the pattern's noun:
        ** "called for military restraint from both countries" */
        int bBareMod = pm->bMod && pm->pAgent && !pm->pMain && !pm->pCountry && !pm->pPersonCountry;
        int bAddressee = (code_root(h) == 2 || code_root(h) == 10) && c->aUsed[pm->e] == 1 && !bBareMod;
        /* "killed a Hezbollah commander in an airstrike": before the pattern's
        ** own preposition the mention is its object, not a modifier */
        /* ... as is one before its "by": "told Lukashenko by phone" */
        /* ... and so is one before a predicate the pattern ends in: "found
        ** far-right leader Marine Le Pen guilty", "declared the envoy persona
        ** non grata" (issue 4 lead36) */
        static const char *const azPredicate[] = {"guilty", "liable", "culpable", "responsible", "innocent",
                                                  "persona", "ineligible", "unfit", NULL};
        /* the subject's own people named by the pattern's own noun are no
        ** target: "advised Russian citizens against travelling to Georgia";
        ** nor is its demonym on that noun when the clause names a party after
        ** the pattern ("suspending Russian passenger flights to Georgia", but
        ** "pledged 1 million Australian dollars in aid" keeps its context's
        ** recipient) */
        if (iS >= 0 && !pm->bPronoun && pm->e > pm->i && pm->e < h->e &&
            ((c->aUsed[pm->e - 1] & 1) || (pm->bMod && !pm->pAgent && !pm->pGroup)) && pm->pCountry && !pm->pMain) {
          int bAfter = (c->aUsed[pm->e - 1] & 1) != 0;
          for (size_t x = 0; x < c->nM && !bAfter; x++) {
            if (c->aM[x].i < h->e || c->aM[x].bAside || c->aM[x].bPronoun || c->aM[x].bLoc) continue;
            int bCut = 0;
            for (size_t t = h->e; t < c->aM[x].i && !bCut; t++) bCut = tok_is(c, t, ",") || clause_break(c, t);
            bAfter = !bCut;
            break;
          }
          if (bAfter && same_state_as_subject(c, m, iS)) continue;
        }
        /* "Putin did not lift Russia's ban on Turkish fruit": the subject's own
        ** state as the possessor of a measure aimed "on" or "against" another
        ** (a party right after it, not "on Friday") is the measure's owner,
        ** like "its"; the target follows (issue 4, session 41) */
        int bAimed = 0;
        for (size_t t = pm->e + 1; t <= h->e && t + 1 < c->nTok && !bAimed; t++)
          bAimed = (tok_is(c, t, "on") || tok_is(c, t, "against")) &&
                   (in_mention(c, t + 1) || (t + 2 < c->nTok && in_mention(c, t + 2) && tok_in(c, t + 1, azDet)));
        /* ... and so is the subject's own body: "The ministers did not lift
        ** the bloc's arms embargo on Belarus" (issue 4, session 63) */
        int bOwnBody = iS >= 0 && pm->pMain && pm->pMain->kind == AK_ORG && pm->pMain == c->aM[iS].pMain;
        if (tok_is(c, pm->e, "'s") && iS >= 0 && !pm->bPronoun && bAimed && (same_state_as_subject(c, m, iS) || bOwnBody))
          continue;
        /* "agreed in Luxembourg on Monday to suspend ... their sanctions on
        ** Belarus": a place after "in" or "at" in the gap is where, not whom */
        /* (only when the clause names a party after the pattern: "landed
        ** in Tonga with water" goes to Tonga) */
        if (pm->bLoc && pm->i > h->i + 1 && code_root(h) != 14 && tok_in(c, pm->i - 1, azLocPrep) &&
            party_after_pattern(c, h, hi))
          continue;
        /* ... and one that ends in the pattern's noun before its literal
        ** "and": "ordered Latvia's ambassador and nearly all of his staff to
        ** leave" (issue 4 lead48) */
        int bNounAnd = pm->e > pm->i && (c->aUsed[pm->e - 1] & 1) && tok_is(c, pm->e, "and");
        if (bOwnNoun || bAddressee || bNounAnd || tok_is(c, pm->e, "'s") || c->aUsed[pm->e] != 1 ||
            tok_in(c, pm->e, azPrep) ||
            tok_in(c, pm->e, azPredicate) ||
            tok_in(c, pm->e, azLocPrep) || tok_is(c, pm->e, "by") || goods_of(c, h, pm) ||
            people_owner_in_gap(c, h, pm) || receiver_after_giving(c, h, pm)) {
          iT = (int)m;
          break;
        }
        if (iGapMod < 0) iGapMod = (int)m;
      }
    }
    for (size_t m = 0; m < c->nM && iT < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < h->e || pm->i >= hi) continue;
      int bBreak = 0;
      /* "said that Russia was responsible": the clause a statement reports is
      ** not its addressee */
      int bReport = is_report_verb(h);
      int aPair[2];
      int bJoint = iS >= 0 && members(c, iS, aPair, 2) == 2;
      /* ... but a hope or a worry is about the one it names: "was
      ** confident that the United States would remove irritants" (013) */
      if (!strcmp(h->zCode, "012") || !strcmp(h->zCode, "013")) bReport = 0;
      /* "condemned the strike as a violation of Iraqi sovereignty": what
      ** follows "as" describes the object, it is none */
      /* ... and "began freeing prisoners a day after the Biden
      ** administration agreed ...": the subject of a subordinate clause's
      ** own verb is not this verb's object */
      for (size_t t = h->e; t < pm->i; t++)
        bBreak |= clause_break(c, t) || adjunct_break(c, t, bJoint) || (bReport && tok_is(c, t, "that")) ||
                  /* ", days after U.N. inspectors returned": a span of time before
                  ** "after" opens a clause of its own, one before the act (issue 4
                  ** lead36; "a day before Congress was due to vote" names whom the
                  ** act forestalls, and stays) */
                  (t > h->e && tok_is(c, t, "after") && tok_in(c, t - 1, azTimeSpan)) ||
                  /* ", and we assess that Ankara ...": a clause of its own (issue 4 lead36) */
                  (tok_is(c, t, ",") && t + 2 <= pm->i && tok_is(c, t + 1, "and") && tok_in(c, t + 2, azSubjPron)) ||
                  (t + 2 <= pm->i && and_opens_clause(c, t)) ||
                  subject_relative_that(c, t, iS, pm) ||
                  /* "India and Pakistan opened a visa-free corridor that lets
                  ** Sikh pilgrims reach ...": two sides' joint cooperative act
                  ** has no object in the relative clause on its thing (lead52) */
                  (bJoint && code_root(h) >= 3 && code_root(h) <= 8 && t > h->e &&
                   (tok_is(c, t, "that") || tok_is(c, t, "which")) && !tok_is(c, t - 1, "so")) ||
                  /* ... nor in what the act is for: "South Korea and
                  ** China signed an agreement on Tuesday for the return of a
                  ** hijacked Chinese airliner" (issue 4, session 64) */
                  (bJoint && code_root(h) >= 3 && code_root(h) <= 8 && t >= h->e && t + 3 < pm->i &&
                   tok_is(c, t, "for") && tok_in(c, t + 1, azDet) && !in_mention(c, t + 2) && tok_is(c, t + 3, "of")) ||
                  (t > h->e && tok_is(c, t, "as")) || (!c->aUsed[t] && opens_subordinate(c, t, hi));
      /* "each summoned their envoys in Damascus home to back London": a cut
      ** in relations (16x) is aimed at no party of the purpose clause after it */
      for (size_t x = k + 1; x < c->nH && !bBreak && code_root(h) == 16; x++)
        bBreak = c->aH[x].bDrop && c->aH[x].i >= h->e + 1 && c->aH[x].i < pm->i && tok_is(c, c->aH[x].i - 1, "to");
      /* "Colombia and the FARC reached an agreement in Havana, ending a war
      ** that killed 220,000 people": two sides' joint act has no object in
      ** the participle that trails it */
      int aTwo[2];
      for (size_t t = h->e; t + 1 < pm->i && !bBreak && iS >= 0 && members(c, iS, aTwo, 2) == 2; t++) {
        const Token *pN = &c->aTok[t + 1];
        bBreak = joint_trailing_participle(c, t) && pN->bWord && !pN->bCap && pN->end - pN->start > 5 &&
                 !strncmp(c->z + pN->end - 3, "ing", 3) && !in_mention(c, t + 1);
      }
      /* "declared a state of emergency and handed power to its commander":
      ** after the verb's own object, "and" with a past verb the dictionary
      ** lacks opens a clause of its own (not "killed and wounded civilians") */
      for (size_t t = h->e > h->i + 2 ? h->e : h->i + 2; t + 1 < pm->i && !bBreak; t++) {
        const Token *pN = &c->aTok[t + 1];
        size_t n = pN->end - pN->start;
        bBreak = tok_is(c, t, "and") && pN->bWord && !pN->bCap && !in_mention(c, t + 1) &&
                 ((n > 4 && !strncmp(c->z + pN->end - 2, "ed", 2) && !tok_in(c, t + 1, azNotNoun)) ||
                  attr_verb(c, t + 1) ||   /* "... and said Tokyo had lodged a protest" */
                  /* "should launch coordinated patrols ... and hold the
                  ** referendums needed to put the claim before the World
                  ** Court": after a modal's base verb, "and", a base verb and
                  ** an article open a second act (issue 4 dev37) */
                  (modal_near(c, h->i) && base_verb_word(c, t + 1) &&
                   t + 2 < c->nTok && (tok_is(c, t + 2, "the") || tok_is(c, t + 2, "a") || tok_is(c, t + 2, "an"))));
      }
      /* "landed in the Eritrean capital on Sunday, where no Ethiopian leader
      ** had set foot", "visited the Qatari capital, where Turkish troops are
      ** based": a visit whose place is named before a comma goes there; what
      ** the comma adds is no host of it */
      const char *zGo = h->zAct ? h->zAct : h->zCode;
      int bPlaceNamed = iLoc >= 0 || iGapMod >= 0 || (iMod >= 0 && c->aM[iMod].pCountry);
      for (size_t t = h->e; t < pm->i && !bBreak && !strcmp(zGo, "042") && bPlaceNamed; t++)
        bBreak = tok_is(c, t, ",");
      if (bBreak) break;
      if (pm->bAside || pm->bSaid) continue;
      /* "slamming what he called lax cooperation": the subject of a clause
      ** that names the object, not the object */
      if (pm->bPronoun && pm->i > 0 && tok_is(c, pm->i - 1, "what")) continue;
      /* ... nor a subject pronoun opening a relative clause on the object:
      ** "to bomb a Bosnian Serb ammunition depot that they first hit on
      ** Thursday" (the bombers had become their own target; issue 4 dev48) */
      /* (a relative "that" follows its noun, not the verb: "demanded that
      ** he be freed" names the one asked) */
      /* (... but words to an addressee named right after the verb: "warned
      ** the guards that she would take tough action" tells them what, no
      ** relative clause) */
      int rWords = act_root(h);
      if (pm->bPronoun && pm->i >= h->e + 2 && (tok_is(c, pm->i - 1, "that") || tok_is(c, pm->i - 1, "which")) &&
          !((rWords <= 3 || (rWords >= 10 && rWords <= 13)) &&
            (pm->i - 2 == h->e || (pm->i - 3 == h->e && tok_in(c, h->e, azDet)))) &&
          tok_in(c, pm->i, azSubjPron) && !(c->aKind[pm->i - 2] & TK_IN_DATE) &&
          (noun_at(c, pm->i - 2) || in_mention(c, pm->i - 2) || (c->aTok[pm->i - 2].bCap && c->aTok[pm->i - 2].bWord)))
        continue;
      /* ", the ministry said": after a comma, the subject of the next verb is
      ** not this verb's object */
      /* ... nor is one a place phrase separates from it: "..., and Congolese
      ** troops in the city surrendered" */
      int bPlaceTail = hi < c->nTok && pm->e < hi && hi - pm->e <= 6 && tok_in(c, pm->e, azLocPrep);
      for (size_t t = pm->e; bPlaceTail && t < hi; t++) bPlaceTail = !tok_is(c, t, ",") && !clause_break(c, t);
      if (hi < c->nTok && pm->e <= hi && (hi - pm->e <= 2 || bPlaceTail)) {
        int bComma = 0;
        for (size_t t = h->e; t < pm->i; t++) bComma |= tok_is(c, t, ",");
        if (bComma) continue;
      }
      if (bPassive) {
        if (pm->bBy) { iT = (int)m; break; }
        continue;
      }
      /* "rejected demands by the United States", "rebuffed calls made by
      ** Kyiv": "by" after the pattern's own noun names whose demand or call
      ** it was, the party the act answers */
      /* ... but not a mediator: "agreed to a ceasefire after mediation by
      ** Qatar" (issue 4 lead36) */
      static const char *const azMediated[] = {"mediation", "mediated", "brokered", "facilitated", NULL};
      if (pm->bBy && pm->i >= 2 && h->e > h->i + 1 && !tok_in(c, h->e - 1, azMediated)) {
        size_t t = pm->i - 1;
        if (tok_is(c, t, "the")) t--;
        if (t > h->e && (tok_is(c, t - 1, "made") || tok_is(c, t - 1, "issued") || tok_is(c, t - 1, "voiced"))) t--;
        if (t == h->e && tok_is(c, t, "by") && c->aUsed[h->e - 1] == 1) {
          iT = (int)m;
          break;
        }
      }
      /* "vowed to stand by Azerbaijan", "abide by": a "by" the pattern
      ** ends in is its own word, and what follows it is the object */
      if (pm->bBy && pm->i == h->e && h->e > h->i + 1 && tok_is(c, h->e - 1, "by") && c->aUsed[h->e - 1] == 1) {
        iT = (int)m;
        break;
      }
      /* "expelled a panel of independent experts sent by the IACHR",
      ** "detained aid workers employed by MSF": the act reaches the body
      ** whose people the object are, named after the participle's "by" */
      if (pm->bBy && pm->i >= 2 && tok_is(c, pm->i - 1, "by") && tok_in(c, pm->i - 2, azSentBy) &&
          pm->i - 2 > h->e && !pm->pAgent && pm->pMain && pm->pMain->kind == AK_ORG) {
        int bActorBetween = 0;   /* ... the verb's own object: no actor or preposition but "of" before */
        for (size_t x = 0; x < m && !bActorBetween; x++)   /* (a bare role is the object: "a team of investigators") */
          bActorBetween = c->aM[x].i >= h->e && !c->aM[x].bPronoun && !c->aM[x].bMod &&
                          (c->aM[x].pMain || c->aM[x].pCountry || c->aM[x].pPersonCountry);
        for (size_t t = h->e; t + 2 < pm->i && !bActorBetween; t++)
          bActorBetween = !tok_is(c, t, "of") && (tok_in(c, t, azPrep) || tok_in(c, t, azLocPrep) || tok_is(c, t, ","));
        if (!bActorBetween) {
          iT = (int)m;
          break;
        }
      }
      if (pm->bBy) continue;
      /* ... nor, for a threat, the passive subject of its condition: in
      ** "warned that relations would suffer if they were put on trial" the
      ** ones tried are the threatener's own people, not the side warned */
      if (code_root(h) == 13 && pm->i > 0 && (tok_is(c, pm->i - 1, "if") || tok_is(c, pm->i - 1, "unless")) &&
          pm->e + 1 < c->nTok && tok_in(c, pm->e, azBe) && c->aTok[pm->e + 1].bWord && !c->aTok[pm->e + 1].bCap &&
          tok_finite_form(c, pm->e + 1))
        continue;
      /* ... nor the rest of a list that "by" opens: "agreed to a ceasefire
      ** after mediation by Qatar and Turkey" (issue 4 lead36) */
      int bByList = 0;
      for (size_t x = 0; x < m && !bByList; x++) bByList = c->aM[x].bBy && c->aM[x].iGroup == pm->iGroup && x != m;
      if (bByList) continue;
      /* "deployed troops to Belarus", "flew police reinforcements to the
      ** territory": a posture moves the source's own force; its target is
      ** where the force goes */
      if (code_root(h) == 15 && pm->pAgent && !pm->pMain && !pm->pCountry &&
          (!strcmp(pm->pAgent->zCode, "MIL") || !strcmp(pm->pAgent->zCode, "COP"))) {
        if (iForce < 0) iForce = (int)m;   /* ... else the force, at home */
        continue;
      }
      /* ... "deployed troops to the Polish border": the neighbour whose border
      ** the force goes to */
      if (code_root(h) == 15 && pm->pCountry && !pm->pAgent && !pm->pMain && pm->e < c->nTok &&
          (tok_is(c, pm->e, "border") || tok_is(c, pm->e, "frontier") || tok_is(c, pm->e, "borders"))) {
        iT = (int)m;
        break;
      }
      /* "arrived in Taipei" is the target; "held talks in Istanbul" (044) meets there */
      if (pm->bLoc && !(pm->i > 0 && c->aUsed[pm->i - 1] == 1 && strcmp(h->zAct ? h->zAct : h->zCode, "044"))) {
        if (iLoc < 0 && !(pm->pMain && pm->pMain->bRegion)) iLoc = (int)m;   /* a region is no target */
        continue;
      }
      /* "began sharing warning data on North Korean missile launches": the
      ** state a shared exchange is about is no partner to it; the members
      ** of a compound subject share with each other */
      if (pm->i > 0 && (tok_is(c, pm->i - 1, "on") || tok_is(c, pm->i - 1, "about")) && pm->i > h->e &&
          act_root(h) == 6)
        continue;
      /* "Barak and Sharaa agreed to send their negotiators back to the United
      ** States for a second round": where two sides meet is no party to
      ** their talks; they meet each other (issue 4, session 55) */
      int aMeet[2];
      if (pm->i > h->e && (tok_is(c, pm->i - 1, "to") || tok_is(c, pm->i - 1, "in")) &&
          (act_root(h) == 3 || act_root(h) == 4) && iS >= 0 && members(c, iS, aMeet, 2) == 2 && pm->pMain &&
          !pm->pAgent && (pm->pMain->kind == AK_COUNTRY || pm->pMain->kind == AK_CAPITAL || pm->pMain->kind == AK_PLACE))
        continue;
      /* "retook most of the city with U.S. air support": the state whose
      ** support, help or backing an act has is the actor's ally, no target
      ** (issue 4, session 41) */
      static const char *const azSupport[] = {"support", "backing", "help", "assistance", "cover", NULL};
      if (pm->i > 0 && tok_is(c, pm->i - 1, "with") && pm->e < c->nTok &&
          (tok_in(c, pm->e, azSupport) || (pm->e + 1 < c->nTok && tok_is(c, pm->e, "air") && tok_in(c, pm->e + 1, azSupport))))
        continue;
      if (pm->bMod) {
        if (iMod < 0) iMod = (int)m;
        continue;
      }
      /* "cleared the last protesters from the approach to the bridge between
      ** Windsor and Detroit": when the pattern's own last word names the
      ** group acted on, a city after it is where, not whom (issue 4 lead36) */
      if (iLiteral >= 0 && code_root(h) == 17 && !pm->pAgent && pm->pMain &&
          (pm->pMain->kind == AK_CAPITAL || pm->pMain->kind == AK_PLACE))
        continue;
      /* "criticised a Pakistani promotional video this week for showing
      ** posters of Sikh separatist leaders": a state's adjective on the
      ** verb's own object names whom the act is aimed at; the reason after
      ** "for" or "over" names what the object did (issue 4, session 41) */
      int bReasonAfterObject = 0;
      static const char *const azHolding[] = {"housing", "hosting", "carrying", "holding", "sheltering",
                                              "transporting", "ferrying", "containing", "including", "with",
                                              "stationing", "protecting", "guarding", NULL};
      if (iMod >= 0 && c->aM[iMod].i >= h->e && c->aM[iMod].i <= h->e + 2 && c->aM[iMod].pCountry &&
          !c->aM[iMod].pAgent && !c->aM[iMod].pMain)
        for (size_t t = c->aM[iMod].e; t < pm->i && !bReasonAfterObject; t++)
          bReasonAfterObject = tok_is(c, t, "for") || tok_is(c, t, "over") ||
                               /* ... and so is a clause on that object: "fired water cannon at
                               ** Vietnamese vessels trying to stop China from ..." aims at the
                               ** vessels, not at whom they tried to stop */
                               /* (not one that names what the object holds: "at Iraqi bases
                               ** housing U.S. troops" aims at the troops) */
                               (t > c->aM[iMod].e && !in_mention(c, t) && c->aTok[t - 1].bWord &&
                                !c->aTok[t - 1].bCap && !tok_in(c, t, azHolding) &&
                                (tok_ing(c, t) || tok_is(c, t, "that") || tok_is(c, t, "which") ||
                                 tok_is(c, t, "who")));
      iT = bReasonAfterObject ? iMod : possessed_role_person(c, h, m);
      /* ... and a bare role "sent by" a body is that body's ("expelled a
      ** team of investigators sent by the United Nations") */
      if (!bReasonAfterObject && pm->pAgent && !pm->pMain && !pm->pCountry && !pm->pPersonCountry &&
          pm->e + 2 < c->nTok && tok_in(c, pm->e, azSentBy) && tok_is(c, pm->e + 1, "by"))
        for (size_t x = m + 1; x < c->nM; x++)
          if (c->aM[x].i == pm->e + 2 && c->aM[x].pMain && c->aM[x].pMain->kind == AK_ORG && !c->aM[x].pAgent)
            iT = (int)x;
      break;
    }
    if (iT < 0 && iForce >= 0) iT = iForce;
    iT = veto_body(c, h, iMod, iGapMod, iT);
    /* "rejected an OAS resolution that called for ...", "welcomed the U.S.
    ** proposal": the body or state whose text the object is, named right
    ** before it, is whom the answer is aimed at, over any party the text's
    ** own words name further on (issue 4, session 43) */
    /* ... and so is one inside the pattern's own words, over a party the
    ** text's content names after it: "reject any EU request to take the
    ** migrants back" answers the EU, not the migrants */
    int iAuthor = iMod >= 0 ? iMod : iGapMod;
    if (iAuthor >= 0) {
      static const char *const azAuthored[] = {"resolution", "proposal", "proposals", "plan", "offer", "demand",
                                               "demands", "request", "initiative", "ultimatum", "draft", "criticism",
                                               "criticisms", "accusation", "accusations", "allegation",
                                               "allegations", "charges", "claims", "calls", "appeal", "appeals",
                                               "pressure", "warnings", NULL};
      int rH = code_root(h);
      const Mention *pMod = &c->aM[iAuthor];
      if ((rH == 5 || (rH >= 10 && rH <= 12)) && (pMod->pMain || pMod->pCountry) && !pMod->pAgent &&
          pMod->i > h->i && pMod->i <= h->e + 2 && pMod->e < c->nTok && tok_in(c, pMod->e, azAuthored))
        iT = iAuthor;
    }
    /* "turned Khalid Sheikh Mohammed over to American custody", "handed five
    ** Chechen fighters over to Russian authorities": a handover (063) is
    ** aimed at the state whose justice receives the one handed, named after
    ** the pattern's "to", not at him */
    /* ... also past the pattern, over an apposition on the one handed:
    ** "handed over Ilich Ramirez Sanchez, the Venezuelan-born militant known
    ** as Carlos, to France" (issue 4 dev50) */
    size_t eHand = h->e;
    int bToInside = 0;
    for (size_t t = h->i + 1; t < h->e; t++) bToInside |= tok_is(c, t, "to");
    while (!bToInside && !strcmp(h->zCode, "063") && eHand < c->nTok && eHand < h->e + 16 && !clause_break(c, eHand) &&
           !tok_is(c, eHand, "to") && !tok_is(c, eHand, ";"))
      eHand++;
    if (eHand + 1 >= c->nTok || !tok_is(c, eHand, "to")) eHand = h->e;
    else eHand += 2;
    if (!strcmp(h->zCode, "063"))
      for (size_t t = h->i + 1; t + 1 < eHand; t++) {
        if (!tok_is(c, t, "to")) continue;
        for (size_t m = 0; m < c->nM; m++) {
          const Mention *pR = &c->aM[m];
          if ((pR->i == t + 1 || (pR->i == t + 2 && tok_in(c, t + 1, azDet))) && !pR->bPronoun &&
              (pR->pCountry || (pR->pMain && pR->pMain->kind != AK_PERSON))) {
            /* (in the passive the agent after "by" hands over: "was handed
            ** over to Bangladeshi police by their Indian counterparts") */
            if (bPassive) iHandTo = (int)m;
            else iT = (int)m;
            break;
          }
        }
      }
    /* "recalled its ambassador from Israel, calling the raid a massacre": a
    ** trailing participle of judgment, demand or threat that names no party
    ** of its own is aimed at the one the clause it trails acted on */
    if (iT < 0 && iTrailTgt >= 0 && iTrailTgt != iS &&
        (code_root(h) == 11 || code_root(h) == 12 || code_root(h) == 10 || code_root(h) == 13 ||
         !strcmp(h->zCode, "173")))   /* "cleared the protesters, making two dozen arrests" (issue 4 lead36) */
      iT = iTrailTgt;
    /* "praised the EU decision": the bloc whose decision it was */
    h->bWeakTarget = 0;
    /* ... not "visited a refugee camp", "toured a military base": a bare role
    ** naming the kind of place visited is no partner */
    const char *zVisit = h->zAct ? h->zAct : h->zCode;
    /* ... nor, for a refusal to yield, the kind of pressure refused ("would
    ** not back down in the face of military threats"): the side that presses
    ** is the target (stance_counterpart; issue 4 intent28) */
    int bYieldRefused = code_root(h) == 12 && h->zAct && !strncmp(h->zAct, "08", 2);
    if (iMod >= 0 && (!strcmp(zVisit, "042") || !strcmp(zVisit, "043") || bYieldRefused) && c->aM[iMod].pAgent &&
        !c->aM[iMod].pMain && !c->aM[iMod].pCountry && !c->aM[iMod].pPersonCountry)
      iMod = -1;
    if (iT < 0 && (iMod >= 0 || iGapMod >= 0)) {
      iT = iMod >= 0 ? iMod : iGapMod;
      h->bWeakTarget = 1;   /* a joint act of a compound subject wins over it */
    }
    /* ... but "sent additional troops", "deploy the army": the force a
    ** posture (15x) moves is the source's own, not its target */
    if (iT < 0 && iLiteral >= 0 && code_root(h) != 15) iT = iLiteral;
    /* "was killed in an Israeli airstrike", "were wounded in Russian
    ** shelling": with no "by", the people's adjective of the strike names
    ** who struck */
    if (bPassive && iT < 0 && code_root(h) >= 18) {
      static const char *const azStrike[] = {"airstrike", "airstrikes", "air", "strike", "strikes", "attack",
                                             "attacks", "raid", "raids", "bombing", "bombardment", "shelling",
                                             "missile", "drone", "rocket", "artillery", "ambush", "offensive", NULL};
      for (size_t m = 0; m < c->nM && iT < 0; m++) {
        const Mention *pm = &c->aM[m];
        /* ("a Turkish drone strike": "drone" is the force's own word) */
        int bForce = pm->pAgent && !strcmp(pm->pAgent->zCode, "MIL") && tok_in(c, pm->e - 1, azStrike);
        /* ... or an armed group's name before the strike: "killed in a PKK attack" */
        int bGroup = pm->pMain && pm->pMain->kind == AK_ORG && !pm->pAgent && armed_mention(pm);
        if (pm->i <= h->i || pm->i > h->e + 3 || pm->e >= c->nTok || (!pm->pCountry && !bGroup) ||
            (pm->pMain && !bGroup) || (pm->pAgent && !bForce) || pm->bPronoun ||
            (!tok_in(c, pm->e, azStrike) && !bForce))
          continue;
        size_t b = pm->i;
        if (tok_is(c, b - 1, "a") || tok_is(c, b - 1, "an") || tok_is(c, b - 1, "the")) b--;
        if (b > h->i && (tok_is(c, b - 1, "in") || tok_is(c, b - 1, "during"))) iT = (int)m;
      }
    }
    if (bPassive) {
      int iAgent = iT;
      iT = iS;
      iS = iAgent;
      if (iHandTo >= 0 && iS >= 0) iT = iHandTo;
    }
    /* "visited Belarus" is a participant; "met in Minsk" a place, unless nothing else */
    const char *zAct = h->zAct ? h->zAct : h->zCode;   /* a stated intent's act: "will visit" */
    if (iT < 0 && iLoc >= 0 && zAct[0] == '0' && zAct[1] == '4' && zAct[2] == '2') iT = iLoc;
    /* ... and "Barak is expected to hold talks in Ankara": talks one side
    ** holds in another state's capital, or in that state, with no partner
    ** named, are a visit there (issue 4, session 55) */
    int aOne[2];
    if (iT < 0 && iLoc >= 0 && !bPassive && !(h->forms & VF_ING) && iS >= 0 && members(c, iS, aOne, 2) < 2 &&
        (!strcmp(h->zCode, "040") || !strcmp(h->zCode, "044") || !strcmp(h->zCode, "046")) && c->aM[iLoc].pMain &&
        !c->aM[iLoc].pAgent && !c->aM[iLoc].pMain->bRegion && c->aM[iLoc].i > 0 && tok_is(c, c->aM[iLoc].i - 1, "in") &&
        (c->aM[iLoc].pMain->kind == AK_CAPITAL || c->aM[iLoc].pMain->kind == AK_COUNTRY)) {
      iT = visit_to_place(c, h, iS, iLoc, iT);
    }
    /* ... and so is a summit attended in another state's city: "Medvedev is
    ** expected to attend the APEC summit in Yokohama" visits Japan, whatever
    ** body the summit is of (session 56) */
    static const char *const azGathering[] = {"summit", "conference", "forum", NULL};
    if (iLoc >= 0 && !bPassive && iS >= 0 && !strcmp(h->zCode, "040") && !strcmp(lemma_of(c, h), "attend") &&
        tok_in(c, h->e - 1, azGathering) && c->aM[iLoc].pMain && !c->aM[iLoc].pAgent && !c->aM[iLoc].pMain->bRegion &&
        c->aM[iLoc].i > h->e && c->aM[iLoc].i <= h->e + 2 && tok_is(c, c->aM[iLoc].i - 1, "in") &&
        (iT < 0 || (c->aM[iT].i > h->i && c->aM[iT].e <= h->e))) {
      iT = visit_to_place(c, h, iS, iLoc, iT);
    }
    /* ... and "opened an investigation into war crimes in Ukraine" looks into the place's state */
    if (iT < 0 && iLoc >= 0 && zAct[0] == '0' && zAct[1] == '9' && c->aM[iLoc].pMain &&
        c->aM[iLoc].pMain->kind == AK_COUNTRY)
      iT = iLoc;
    /* "declared a state of emergency in Tigray", "imposed a curfew in Yangon":
    ** a domestic restriction (CAMEO 172x) or repression (175) falls on the
    ** people of the place it is imposed on */
    if (iT < 0 && iLoc >= 0 && !bPassive &&
        (!strncmp(h->zCode, "172", 3) || !strcmp(h->zCode, "175")))
      iT = iLoc;
    /* "struck hundreds of targets in the Gaza Strip", "attacked a shopping
    ** mall in Nairobi": force with no named victim falls on the place it
    ** strikes; "suspended all its operations in Sudan", a cut on the place */
    int aMem[2];   /* ... not a joint act: "Indian and Chinese troops clashed in the valley" */
    /* ... and so do threats: "threatened to resume terrorist activities in Israel" */
    /* ... and so does a passive's agent: "the convoy was attacked by gunmen
    ** in northern Mali" (the convoy names no actor) */
    if (bPassive && iT < 0 && iS >= 0 && c->aM[iS].bBy && code_root(h) >= 18) {
      for (size_t m = 0; m < c->nM && iT < 0; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->i < h->e || pm->i >= hi) continue;
        int bBreak = 0;
        for (size_t t = h->e; t < pm->i; t++) bBreak |= clause_break(c, t);
        if (bBreak) break;
        /* "in Mali", "in northern Mali": a place the act happens in */
        int bIn = pm->bLoc;
        for (size_t t = pm->i >= 2 ? pm->i - 2 : 0; t < pm->i && !bIn; t++) bIn = tok_in(c, t, azLocPrep);
        const ActorEntry *a = pm->pCountry ? pm->pCountry : pm->pMain;
        if (bIn && !pm->bBy && !pm->pAgent && a && !a->bRegion &&
            (a->kind == AK_COUNTRY || a->kind == AK_CAPITAL || a->kind == AK_PLACE))
          iT = (int)m;
      }
    }
    if (iT < 0 && iLoc >= 0 && !bPassive && crowd_damage(c, h, iS)) iT = iLoc;
    /* (not the city talks were held in: "broke off the talks in Brussels"
    ** walks out on the other side, not on Belgium; issue 4 dev48) */
    static const char *const azTalksHeld[] = {"talks", "negotiations", "dialogue", "summit", "conference", "meeting",
                                              "consultations", NULL};
    int bVenue = 0;
    for (size_t t = h->i; iLoc >= 0 && code_root(h) == 16 && t < c->aM[iLoc].i && !bVenue; t++)
      bVenue = tok_in(c, t, azTalksHeld);
    if (iT < 0 && iLoc >= 0 && !bPassive && !bVenue && (code_root(h) >= 18 || code_root(h) == 16 || code_root(h) == 13) &&
        (c->aM[iLoc].pMain || c->aM[iLoc].pCountry) &&
        (iS < 0 || members(c, iS, aMem, 2) < 2 || allied_force_place(c, h, iS, iLoc)) &&
        !(h->i > 0 && tok_is(c, h->i - 1, "to") && !h->bFramed))
      iT = iLoc;   /* ... nor a purpose: "would not return to fight in Iraq" */
    /* "pledged $1 billion for reconstruction in Iraq", "invested in Lebanon":
    ** aid, or its pledge, with no named recipient goes to the state it is
    ** spent in -- not the city of a donors' conference ("pledged aid at a
    ** conference in Brussels": a country only, and not after a meeting noun) */
    if (iT < 0 && iLoc >= 0 && !bPassive &&
        (code_root(h) == 7 || !strncmp(h->zCode, "033", 3) || !strcmp(h->zCode, "0311") || !strcmp(h->zCode, "061")) &&
        c->aM[iLoc].pMain && c->aM[iLoc].pMain->kind == AK_COUNTRY && !c->aM[iLoc].pAgent &&
        c->aM[iLoc].i >= 1 && tok_is(c, c->aM[iLoc].i - 1, "in")) {
      static const char *const azMeet[] = {"conference", "summit", "meeting", "talks", "ceremony", "visit",
                                           "speech", "forum", "session", NULL};
      int bMeet = 0;
      for (size_t t = h->e; t < c->aM[iLoc].i; t++) bMeet |= tok_in(c, t, azMeet);
      if (!bMeet) iT = iLoc;
    }
    /* "began an investigation into price fixing in China": an inquiry (09)
    ** into a matter the text names no party of falls on the place the matter
    ** lies in -- not the place the inquiry sits ("met in Geneva") */
    if (iT < 0 && iLoc >= 0 && !bPassive && code_root(h) == 9 && (c->aM[iLoc].pMain || c->aM[iLoc].pCountry)) {
      int bInto = 0;
      for (size_t t = h->e > 0 ? h->e - 1 : 0; t < c->aM[iLoc].i; t++) bInto |= tok_is(c, t, "into");
      if (bInto) iT = iLoc;
    }
    /* "rejected a US offer to host talks", "welcomed an Egyptian proposal":
    ** a reply to a proposal is aimed at whoever made it, the actor that
    ** modifies the proposal noun right after the verb, over anything the
    ** proposal itself names ("a U.S. plan for Gaza") */
    if (!bPassive && code_root(h) <= 13 && !h->bFramed) {
      static const char *const azProposal[] = {"offer", "offers", "proposal", "proposals", "plan", "plans",
                                               "initiative", "initiatives", "bid", "request", "requests", "demand",
                                               "demands", "ultimatum", "invitation", NULL};
      size_t t = h->i + 1;
      if (t < c->nTok && (tok_is(c, t, "a") || tok_is(c, t, "an") || tok_is(c, t, "the"))) t++;
      for (size_t m = 0; m < c->nM; m++) {
        const Mention *pm = &c->aM[m];
        if ((pm->i != t && pm->i != h->i + 1) || pm->bPronoun || pm->pAgent) continue;
        size_t n = pm->e;
        if (n < c->nTok && !tok_in(c, n, azProposal) && n + 1 < c->nTok && !c->aTok[n].bCap) n++;   /* "peace plan" */
        if (n < c->nTok && tok_in(c, n, azProposal) && (n + 1 >= c->nTok || !tok_is(c, n + 1, "of"))) iT = (int)m;
        break;
      }
    }
    /* "launched strikes on what it said was a camp": a report verb whose
    ** subject is not right before it reports nothing we can code */
    /* (not an empathetic comment, which reports no clause: "John Kerry, the
    ** senator, expressed condolences to Pakistan"; issue 4 dev35) */
    if (is_report_verb(h) && !empathy_stands(h) && iS >= 0 && c->aM[iS].e + 3 < h->i) iS = -1;
    if (bRev) {
      /* ... with no party after it, the subject's owner suffers it ("Russian
      ** assets were frozen by the EU") */
      int iAgent = -1;
      for (size_t m = 0; m < c->nM && iAgent < 0; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->i < h->e || pm->i >= hi) continue;
        int bBreak = 0;
        for (size_t t = h->e; t < pm->i; t++) bBreak |= clause_break(c, t) || tok_is(c, t, ",");
        if (bBreak) break;
        if (pm->bBy) iAgent = (int)m;
      }
      if (iT < 0 && iS >= 0 && c->aM[iS].e > h->iSpan && c->aM[iS].i < h->i) iT = iS;
      else if (iT < 0 && iS >= 0 && c->aM[iS].e == h->iSpan) iT = iS;
      iS = iAgent;
    }
    /* "signed a deal brokered by China", "agreed to a truce in talks
    ** mediated by Saudi Arabia": a participle with no "be" before it, after
    ** a common noun and before "by", is a passive of its own: the agent
    ** after "by" acts, on the subject of the clause it sits in */
    size_t iHead = h->i > 0 ? participle_head(c, h->i) : 0;   /* "talks in Doha mediated by ..." */
    if (!bPassive && !bRev && (h->forms & (VF_PP | VF_PAST)) && h->i > 0 && h->e + 1 < c->nTok &&
        tok_is(c, h->e, "by") && !in_mention(c, iHead) && c->aTok[iHead].bWord && !c->aTok[iHead].bCap &&
        !tok_in(c, iHead, azBe) && !tok_is(c, iHead, "has") && !tok_is(c, iHead, "have") &&
        !tok_is(c, iHead, "had") && !tok_is(c, iHead, "who") && !tok_is(c, iHead, "which") &&
        !tok_is(c, iHead, "that") && !tok_is(c, iHead, "and") && !tok_in(c, iHead, azSubjPron) &&
        !object_in_span(c, h)) {
      size_t a = h->e + 1 + (tok_is(c, h->e + 1, "the") ? 1 : 0);
      for (size_t m = 0; m < c->nM; m++)
        if (c->aM[m].bBy && (c->aM[m].i == h->e + 1 || c->aM[m].i == a)) {
          if (iS >= 0 && (size_t)iS != m && c->aM[iS].i < h->i) iT = iS;
          iS = (int)m;
          break;
        }
    }
    if (!bPassive && !bRev) {   /* "The accord, brokered by Oman, frees 40 prisoners" */
      int iAside = deal_aside_agent(c, h);
      if (iAside >= 0) iS = iAside, iT = -1;
    }
    /* "extradited a Russian spy suspect to Germany": extradition is judicial
    ** cooperation with the state the person is handed to, not an act on
    ** the person */
    if (iS >= 0 && !strcmp(lemma_of(c, h), "extradite")) {
      for (size_t m = 0; m < c->nM; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->i <= h->e || pm->i >= hi || !tok_is(c, pm->i - 1 - (tok_is(c, pm->i - 1, "the") ? 1 : 0), "to")) continue;
        int bBreak = 0;
        for (size_t t = h->e; t < pm->i; t++) bBreak |= clause_break(c, t);
        if (!bBreak) iT = (int)m;
        break;
      }
    }
    /* ", drawing condemnation from Jordan", "prompting protests from Japan"
    ** (dict/verbs.txt): the reaction is the one's named after "from", and
    ** is aimed at the clause's subject, whose act drew it */
    if (iS >= 0 && iT >= 0 && h->e > h->i + 1 && tok_is(c, h->e - 1, "from")) {
      static const char *const azDraw[] = {"draw", "prompt", "spark", "trigger", "provoke", "earn", NULL};
      const char *zLemma = lemma_of(c, h);
      int bDraw = 0;
      for (const char *const *z = azDraw; *z; z++) bDraw |= !strcmp(zLemma, *z);
      if (bDraw) {
        int x = iS;
        iS = iT;
        iT = x;
      }
    }
    recipient_subject(c, h, &iS, &iT);
    iT = venue_partner(c, h, iS, iT);
    iT = proposer_target(c, h, iS, iT);
    iT = namer_target(c, iS, iT);
    iT = pattern_to_target(c, h, iT);
    iT = pattern_with_target(c, h, iT);
    if (h->iSrcForce >= 0) iS = h->iSrcForce;
    if (h->iTgtForce >= 0) iT = h->iTgtForce;
    h->iSrc = iS;
    h->iTgt = iT;
  }
}

/* Why: "Britain joined the United States and Canada in sanctioning Russian
** banks", "Seoul should join Washington and Tokyo in sanctioning ...": the
** act after "join X in" is the joiner's, X having acted before; the roles
** gave it to X, the nearest actors before the gerund (issue 4 lead35).
** Contract: runs after assign_roles; a live hit on an "-ing" word right after
** "in", with a form of "join" before it and only actor mentions, "and",
** "," and "the" between, takes as its source the nearest mention before the
** "join" that is no place, aside or modifier; a target among the joined is
** dropped. */
void joined_in_act(Coder *c) {
  static const char *const azJoin[] = {"join", "joins", "joined", "joining", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->i < 3 || !tok_ing(c, h->i) || !tok_is(c, h->i - 1, "in")) continue;
    size_t t = h->i - 1;
    while (t > 0 && (in_mention(c, t - 1) || tok_is(c, t - 1, "and") || tok_is(c, t - 1, ",") ||
                     tok_is(c, t - 1, "the")))
      t--;
    if (t == 0 || t + 1 >= h->i || !tok_in(c, t - 1, azJoin)) continue;
    int iS = -1;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->e <= t - 1 && !pm->bLoc && !pm->bAside && !pm->bMod) iS = (int)m;
    }
    if (iS < 0) continue;
    h->iSrc = iS;
    /* ... and the side joined is no target of it ("Bolivia joined Russia in voting against") */
    if (h->iTgt >= 0 && c->aM[h->iTgt].i >= t && c->aM[h->iTgt].e <= h->i - 1) h->iTgt = -1;
  }
}

/* Why: "Merz welcomed the deal for averting a trade conflict that would have
** hit German carmakers": a reaction that names the act it answers ("the
** deal") and then its reason ("for averting ...") is aimed at the act's
** parties, not at whoever the reason names; the roles took the carmakers
** (issue 4 lead35). Contract: runs after assign_roles, before
** reply_targets; a live hit whose words name a reaction's act noun
** (reaction_noun) followed by "for" and an "-ing" word, or by "as a(n)" and
** a label, loses a target that stands after that word. */
void reaction_reason_target(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iTgt < 0 || !reaction_reason_at(c, h->e)) continue;
    if (c->aM[h->iTgt].i <= h->e || !reaction_noun(c, h)) continue;
    h->iTgt = -1;
  }
}

/* Contract: 1 when token t opens what a reaction adds after naming the act
** it answers: its reason ("for" and an "-ing" word: "welcomed the deal for
** averting a trade war") or its label ("as a(n)": "welcomed the decision as
** a long-awaited step toward justice for the victims' families"); else 0.
** Shared by reaction_reason_target and reply_targets, which must agree on
** where the reaction's object ends. */
int reaction_reason_at(const Coder *c, size_t t) {
  if (t + 1 >= c->nTok) return 0;
  if (tok_is(c, t, "for")) return tok_ing(c, t + 1);
  return tok_is(c, t, "as") && (tok_is(c, t + 1, "a") || tok_is(c, t + 1, "an"));
}

/* Contract: a live reported hit whose source is a mention before the report
** verb it follows loses its source when a capitalised word
** no mention covers stands right before the hit's verb, past auxiliaries
** and adverbs, after that report verb: "Bukele said God had asked him for
** patience", "said Smith had called". Why: the clause names its own subject,
** one the dictionaries lack, and the speaker was taken for it (issue 4
** dev33). Runs after assign_roles. */
void unknown_reported_subject(Coder *c) {
  static const char *const azAux[] = {"had", "has", "have", "would", "will", "was", "is", "were", "are", "could",
                                      "might", "may", "must", "should", "not", "never", "also", "did", "does",
                                      NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || c->aM[h->iSrc].i >= h->i || h->i < 2) continue;
    size_t p = h->i - 1;
    while (p > 0 && (tok_in(c, p, azAux) || tok_adverb(c, p))) p--;
    const Token *pt = &c->aTok[p];
    if (!pt->bWord || !pt->bCap || in_mention(c, p) || p == 0) continue;
    int bReport = 0;   /* a report verb right before the name, past "that" */
    for (size_t x = 0; x < c->nH && !bReport; x++) {
      const VerbHit *r = &c->aH[x];
      if (x == k || !is_report_verb(r) || r->i <= c->aM[h->iSrc].i) continue;
      size_t e = r->e;
      if (e < c->nTok && tok_is(c, e, "that")) e++;
      bReport = e == p;
    }
    if (!bReport) continue;
    h->iSrc = -1;
  }
}
