/*
** Frames, negation and mood: intents, threats, demands and appeals composed
** into codes (compose_frames_pass, frames.h), modals and hedges, who speaks
** for whom, forecasts of one's own acts, and recommendations the authors
** prescribe.
*/
#include "coder.h"

static void compose_frames_pass(Coder *c);

/* Gives h the code of family f for the act zInner (frames.h), trimmed to a
** code the table has. 0 when the act cannot be so framed. */
int set_framed(Coder *c, VerbHit *h, FrameFamily f, const char *zInner) {
  char z[8];
  FrameFamily g;
  if (!frame_compose(f, zInner, z, &g)) return 0;
  const CameoCode *cc;
  while (!(cc = dict_cameo(c->p, z)) && frame_fallback(z)) {}
  if (!cc) return 0;
  h->zAct = h->zCode;
  h->zCode = cc->zCode;
  h->bFramed = 1;
  return 1;
}

/* Why: "The EU did not rule out sanctions against Minsk", "won't rule out
** military force", "did not rule out supplying weapons to Ukraine": not
** ruling an act out states it as an option one holds open -- the intent or
** threat the act is framed as (1312, 138, 0332; dev9 codes "won't rule out
** military force" 138 and dev8 "does not rule out supplying weapons" 0332),
** not a negated rejection (120). Contract: runs after compose_frames; a hit
** right after a negated "rule out" is framed as its actor's intent with the
** negation consumed; a negated "rule out" hit with no such act is framed the
** same way from its object noun (force 190, sanctions 163, talks 046), else
** left as it is. */
/* Contract: 1 when token t (the first word of "rule out") is negated for
** not_ruled_out: a negation or "without" right before it, or "refused
** (declined) to" before it, a weekday ("on Tuesday") or adverbs between
** allowed -- whose refusal hit is then dropped, the refusal being the
** emphatic negation, not a rejection of its own ("Trump refused to rule out
** military force" 138, not 120 `negated`). */
int rule_out_negated(Coder *c, size_t t) {
  static const char *const azRefuse[] = {"refused", "refuses", "refuse", "refusing", "declined", "declines",
                                         "decline", "declining", NULL};
  if (t >= 1 && tok_neg(c, t - 1)) return 1;
  /* "..., without ruling out the use of force": the option is held open */
  if (t >= 1 && tok_is(c, t - 1, "without")) return 1;
  if (t < 2 || !tok_is(c, t - 1, "to")) return 0;
  /* ... over a weekday or an adverb between: "refused on Tuesday to rule out" */
  size_t r = t - 2;
  if (r >= 2 && tok_is(c, r - 1, "on") && c->aTok[r].bCap) r -= 2;
  while (r >= 1 && t - r < 5 && tok_adverb(c, r)) r--;
  if (!tok_in(c, r, azRefuse)) return 0;
  for (size_t x = 0; x < c->nH; x++)
    if (c->aH[x].i == r) c->aH[x].bDrop = 1;
  return 1;
}

void not_ruled_out(Coder *c) {
  static const char *const azRule[] = {"rule", "rules", "ruled", "ruling", NULL};
  static const char *const azForce[] = {"force", "military", "strike", "strikes", "attack", "invasion", NULL};
  static const char *const azMeasure[] = {"sanctions", "embargo", "tariffs", "countermeasures", NULL};
  static const char *const azTalks[] = {"talks", "negotiations", "dialogue", "meeting", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop) continue;
    /* an act right after "not rule out": "did not rule out supplying weapons" */
    if (h->i >= 3 && tok_is(c, h->i - 1, "out") && tok_in(c, h->i - 2, azRule) && rule_out_negated(c, h->i - 2)) {
      const char *zInner = h->bFramed && h->zAct ? h->zAct : h->zCode;
      if (code_root(h) >= 3 && set_framed(c, h, FRAME_INTENT, zInner)) {
        h->bNegated = 0;
        h->bNegClear = 1;
        h->bStated = 1;
      }
      continue;
    }
    if (h->i < 1 || h->i + 1 >= c->nTok || !tok_in(c, h->i, azRule) || !tok_is(c, h->i + 1, "out") ||
        !rule_out_negated(c, h->i))
      continue;
    const char *zInner = NULL;
    size_t tInner = 0;
    for (size_t t = h->i + 2; t < c->nTok && t < h->e + 5 && !zInner; t++) {
      if (tok_is(c, t, ".") || tok_is(c, t, ",") || tok_is(c, t, ";")) break;
      if (tok_in(c, t, azForce)) zInner = "190";
      else if (tok_in(c, t, azMeasure)) zInner = "163";
      else if (tok_in(c, t, azTalks)) zInner = "046";
      tInner = t;
    }
    if (!zInner || !set_framed(c, h, FRAME_INTENT, zInner)) continue;
    /* ... whose noun is no act of its own: "refused to rule out unilateral
    ** drone strikes" is the threat, not also a strike (issue 4 lead36) */
    for (size_t x = 0; x < c->nH; x++)
      if (x != k && c->aH[x].i == tInner) c->aH[x].bDrop = 1;
    h->bNegated = 0;
    h->bNegClear = 1;
    h->bStated = 1;
  }
}

/* Why: "The gangs have not agreed to lay down their weapons", "did not agree
** to free the detained leader": an agreement denied in the past or perfect
** intends nothing; the README ("Negation") codes the inner act, negated
** (0873 `negated`). compose_frames already does so when "agree" and the act
** are two hits; a single dictionary pattern over "agree ~ V" (03x) is undone
** here. Contract: runs after compose_frames; a live, unframed root-03 hit
** whose verb is "agree" with a negation right before it (or one word
** earlier: "has not yet agreed"), not after a modal ("will not agree" is a
** refusal, left as it is), takes the act its code names (frame_intent_act),
** negated; other hits are untouched. */
void not_agreed_act(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || code_root(h) != 3 || strcmp(lemma_of(c, h), "agree")) continue;
    size_t n = 0;
    if (h->i >= 1 && tok_neg(c, h->i - 1)) n = h->i - 1;
    else if (h->i >= 2 && tok_neg(c, h->i - 2)) n = h->i - 2;
    else continue;
    if (n >= 1 && future_negation(c, n - 1, n + 1)) continue;
    char z[8];
    const CameoCode *cc;
    if (!frame_intent_act(h->zCode, z)) continue;
    while (!(cc = dict_cameo(c->p, z)) && frame_fallback(z)) {}
    if (!cc) continue;
    h->zCode = cc->zCode;
    h->bNegated = 1;
  }
}

/* Contract: an act right after a negated "hesitate to" with a modal before it
** ("would not hesitate to use force", "will not hesitate to impose
** sanctions") is framed as its actor's intent or threat (frame_compose), the
** negation consumed; after "did (has) not hesitate to" the act is done, its
** negation cleared; runs after compose_frames, like not_ruled_out. Why: the
** negation is emphatic, not a denial -- the clause was coded as a denial
** (016) or as the negated act (issue 4 threats). */
void not_hesitating(Coder *c) {
  static const char *const azHesitate[] = {"hesitate", "hesitates", "hesitated", "hesitating", NULL};
  static const char *const azModal[] = {"will", "would", "wo", "shall", "'ll", NULL};
  static const char *const azPast[] = {"did", "has", "have", "had", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->i < 3 || !tok_is(c, h->i - 1, "to") || !tok_in(c, h->i - 2, azHesitate)) continue;
    size_t t = h->i - 2;
    while (t > 0 && t + 4 > h->i - 2 && tok_adverb(c, t - 1)) t--;
    if (t < 2 || !tok_neg(c, t - 1)) continue;
    if (tok_in(c, t - 2, azPast)) {   /* "did not hesitate to criticise": the act, done */
      h->bNegated = 0;
      h->bNegClear = 1;
      continue;
    }
    if (!tok_in(c, t - 2, azModal)) continue;
    const char *zInner = h->bFramed && h->zAct ? h->zAct : h->zCode;
    if (code_root(h) < 3 || !set_framed(c, h, FRAME_INTENT, zInner)) continue;
    /* "would not hesitate to order further measures": resolve with no
    ** cooperative act named is a threat (130), not a bare intent */
    if (!strcmp(h->zCode, "030")) {
      const char *zAct = h->zAct;
      if (set_framed(c, h, FRAME_THREATEN, "120")) h->zAct = zAct;
    }
    h->bNegated = 0;
    h->bNegClear = 1;
    h->bStated = 1;
  }
}

/* Contract: a live hit of a "!lemma" pattern (VerbPattern.bNegOnly), which
** matched only after "will not", "would never" ... (modal_negated_verb), has
** that negation consumed: the pattern's code is the negated verb's meaning,
** stated now by its subject; the agent of its object ("any interference by
** Washington"), up to the clause's end, is its target. Runs after
** compose_frames, like not_hesitating. Why: "Moscow will not tolerate
** provocations" is a threat (130), not a tolerance denied (negated), and the
** side the threat answers is named after "by", which targets skip. */
void negation_only_acts(Coder *c) {
  static const char *const azEnd[] = {".", ",", ";", "but", "and", "while", "if", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || !h->pPat || !h->pPat->bNegOnly) continue;
    h->bNegated = 0;
    h->bNegClear = 1;
    h->bStated = 1;
    size_t e = h->e;
    while (e < c->nTok && e < h->e + 8 && !tok_in(c, e, azEnd)) e++;
    int iSp = mention_before(c, h->i, 0);
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < h->e || pm->e > e || !pm->bBy || pm->bPronoun || (iSp >= 0 && same_side(c, iSp, (int)m))) continue;
      h->iTgtForce = (int)m;
      break;
    }
  }
}

/* Contract: a live, unframed hit right after "but" or "and" and a modal of
** the future ("would", "will"), with no subject of its own, whose sentence
** framed an earlier act as its speaker's own future (bModalFramed: "said it
** would receive a U.N. envoy") is framed the same way: an intent, a threat
** (when the earlier one was), or with a negation a refusal; the source the
** earlier frame fixed is its source. Runs after compose_frames. Why: "said it
** would receive a U.N. envoy but would hold no talks with al-Beidh" is the
** same speaker's word on both acts; the second was left a forecast by an
** onlooker (issue 4 dev48). */
void coordinated_modal_frames(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *b = &c->aH[k];
    if (b->bDrop || b->bFramed || !(b->forms & VF_BASE)) continue;
    int bNeg = 0;
    size_t iModal = 0;
    if (modal_before(c, b, &bNeg, &iModal) != 'W' || iModal == 0 ||
        !(tok_is(c, iModal - 1, "but") || tok_is(c, iModal - 1, "and")))
      continue;
    const VerbHit *a = NULL;
    for (size_t x = k; x-- > 0 && !a;)
      if (!c->aH[x].bDrop && c->aH[x].e <= iModal) a = &c->aH[x];
    if (!a || !a->bModalFramed || !a->bFramed || !one_clause(c, a->e, iModal - 1)) continue;
    int iSrc = a->iSrcForce;
    /* words already (statements, appeals, intents, demands, disapproval,
    ** rejection, threats) are stated now, as themselves: "would take the
    ** launch to the Security Council" is the complaint (114) */
    int rootB = code_root(b);
    if (rootB <= 3 || (rootB >= 10 && rootB <= 13)) {
      if (bNeg) continue;
      b->bStated = 1;
      if (iSrc >= 0) b->iSrcForce = iSrc;
      continue;
    }
    FrameFamily f = bNeg ? FRAME_REJECT : a->zCode[0] == '1' && a->zCode[1] == '3' ? FRAME_THREATEN : FRAME_INTENT;
    int bStated = a->bStated;
    if (!set_framed(c, b, f, b->zCode)) continue;
    b->bNegClear = bNeg;
    b->bModalFramed = 1;
    b->bStated = bStated;
    if (iSrc >= 0) b->iSrcForce = iSrc;
  }
}

/* Contract: a "continue" hit that said_act_goes_on_hit found ("said the
** protests would continue") is framed as its speaker's intent or threat
** (frame_compose: 141 -> 133, 190 -> 138), stated now; runs after
** compose_frames, like not_hesitating. Why: the modal frame composes only
** "said it would V", and the act noun before "would" left the act a forecast
** by an onlooker. */
void act_goes_on_intent(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    uint32_t forms = 0;
    size_t e = 0;
    int iT = -1;
    if (h->bDrop || h->bFramed || !said_act_goes_on_hit(c, h->i, &forms, &e, &iT)) continue;
    if (!set_framed(c, h, FRAME_INTENT, h->zCode)) continue;
    h->bStated = 1;
  }
}

/* Contract: 1 when the determiner "no" stands inside hit h's pattern, before
** the object noun it spells out ("reached no agreement", "signed no deal",
** "held no talks"), not as part of "no longer", "no more than", "no fewer than",
** "no later than" or "no one". Why: "no" before the object negates the act as
** "did not" before the verb does. Issue 4 roundup. */
int no_object_in_pattern(const Coder *c, const VerbHit *h) {
  static const char *const azNotDet[] = {"longer", "more", "fewer", "less", "later", "sooner", "one", NULL};
  /* ... a "no" the pattern spells itself finds a lack and negates nothing
  ** ("ruled ~ that ~ no legal basis", "impose ~ no - fly zone") */
  for (size_t t = h->i + 1; t + 1 < h->e; t++)
    if (tok_is(c, t, "no") && !tok_in(c, t + 1, azNotDet) && c->aUsed[t] != 1) return 1;
  return 0;
}

int tok_neg(const Coder *c, size_t t) {
  return tok_is(c, t, "not") || tok_is(c, t, "n't") || tok_is(c, t, "never");
}

/* Contract: 1 when token t is a past or third-person form of a verb the
** dictionary knows ("said", "accuses"), else 0: a finite verb that opens a
** clause after its subject. Callers add their own case test (a capitalised
** word is a name there). */
int tok_finite_form(const Coder *c, size_t t) {
  if (t >= c->nTok) return 0;
  for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[t].id); f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
    if (f->forms & (VF_PAST | VF_3S)) return 1;
  return 0;
}

/* An adverb that may stand between a modal or "to" and its verb. */
int tok_adverb(const Coder *c, size_t t) {
  /* "always", "ever" and "even": "would always firmly support", "will even
  ** send troops" keep the modal's act its stated intent (issue 4 asia) */
  static const char *const az[] = {"also", "soon", "now", "still", "then", "again", "further", "no", "longer",
                                   "only", "just", "always", "ever", "even", NULL};
  /* callers probe the token after a verb, which may be past the last one:
  ** reading aTok[nTok] crashed the coder now and then (issue 4 refs22, roles22) */
  if (t >= c->nTok) return 0;
  const Token *k = &c->aTok[t];
  return k->bWord && ((k->end - k->start > 4 && !strncmp(c->z + k->end - 2, "ly", 2)) || tok_in(c, t, az));
}

/* Estimative words: the analyst's judgment, not the actor's stated intent. */
int tok_hedge(const Coder *c, size_t t) {
  static const char *const az[] = {"likely", "unlikely", "probably", "possibly", "perhaps", "may", "might",
                                   "could", "almost", "certainly", NULL};
  return tok_in(c, t, az);
}

/* An opening quotation mark: 'would "pay a heavy price"', 'vowed to "crush"
** the rebels' quote the act's own words, and the modal or "to" before the
** mark still governs the verb after it. */
static int tok_open_quote(const Coder *c, size_t t) {
  static const char *const az[] = {"\"", "\u201c", "\u201d", NULL};
  return tok_in(c, t, az);
}

/* The "to" before verb hit b ("to release", "to quickly send"), or SIZE_MAX. */
size_t to_before(const Coder *c, const VerbHit *b) {
  size_t t = b->i;
  if (t > 1 && tok_open_quote(c, t - 1)) t--;   /* vowed to "crush" */
  while (t > 0 && t + 2 >= b->i && tok_adverb(c, t - 1)) t--;
  return t > 0 && tok_is(c, t - 1, "to") ? t - 1 : SIZE_MAX;
}

/* Contract: given t, the first token of an act's verb group, returns the
** token after the modal's own words when "seek", "try", "aim" or "attempt"
** and "to" stand before t ("would not seek to open talks", "will try to
** reach a deal"), past adverbs and a negation before that verb (*pbNeg set
** for "not"); else t unchanged. Why: an attempt verb between the modal and
** the act leaves the act the modal's, as "would continue to" does; the
** stated intent was coded as the act itself, a forecast dated by its
** deadline (issue 4 voice). */
static size_t past_attempt_verb(const Coder *c, size_t t, int *pbNeg) {
  static const char *const azAttempt[] = {"seek", "try", "aim", "attempt", NULL};
  if (t < 3 || !tok_is(c, t - 1, "to") || !tok_in(c, t - 2, azAttempt)) return t;
  size_t u = t - 2;
  while (u > 0 && u + 4 > t - 2 && (tok_adverb(c, u - 1) || tok_neg(c, u - 1))) {
    if (tok_neg(c, u - 1)) *pbNeg = 1;
    u--;
  }
  return u;
}

/* Contract: given t, the first token of an act's "-ing" verb group, returns
** the token of "begin", "start", "launch" or "initiate" when "the process of"
** (up to three words between: "the two-year process of", "the formal process
** of") joins that verb to t ("would begin the two-year process of leaving the
** OAS"); else t unchanged. Why: a process begun leaves the act the modal's,
** as "would continue to" does; the stated intent was coded as the act itself,
** a forecast (issue 4 place16). */
static size_t past_process_verb(const Coder *c, size_t t) {
  static const char *const azStart[] = {"begin", "start", "launch", "initiate", NULL};
  if (t < 4 || !tok_is(c, t - 1, "of") || !tok_is(c, t - 2, "process")) return t;
  for (size_t u = t - 3; u > 0 && u + 6 > t - 2; u--) {
    if (tok_in(c, u, azStart)) return u;
    if (clause_break(c, u) || tok_is(c, u, ",")) break;
  }
  return t;
}

/* The modal right before verb hit b, past adverbs and a negation: 'W' for
** will/would/shall, 'M' for must/should/"has to", 'N' for "needs to"; 0 when none, or when the
** clause hedges it ("would likely"). *pbNeg: "would not". */
int modal_before(const Coder *c, const VerbHit *b, int *pbNeg, size_t *piModal) {
  *pbNeg = 0;
  size_t t = b->i;
  if (t > 1 && tok_open_quote(c, t - 1)) t--;   /* would "pay a heavy price" */
  while (t > 0 && t + 4 > b->i && (tok_adverb(c, t - 1) || tok_neg(c, t - 1) || tok_hedge(c, t - 1) ||
                                    tok_open_quote(c, t - 1))) {
    if (tok_neg(c, t - 1)) *pbNeg = 1;
    if (tok_hedge(c, t - 1)) return 0;
    t--;
  }
  /* "would continue to buy", "will keep buying", "would begin dropping": an
  ** aspect verb between the modal and the act leaves the act the modal's */
  static const char *const azAspect[] = {"continue", "keep", "begin", "start", "resume", NULL};
  static const char *const azAspectTo[] = {"continue", "begin", "start", NULL};
  if (t >= 3 && tok_is(c, t - 1, "to") && tok_in(c, t - 2, azAspectTo)) t -= 2;
  else if (t >= 2 && (b->forms & VF_ING) && tok_in(c, t - 1, azAspect)) t--;
  else if ((b->forms & VF_ING) && past_process_verb(c, t) != t) t = past_process_verb(c, t);
  else t = past_attempt_verb(c, t, pbNeg);
  if (t == 0) return 0;
  if (t >= 2 && tok_hedge(c, t - 2)) return 0;   /* "likely will" */
  /* "said it would hold no talks with al-Beidh": "no" before the act's
  ** object negates it as "would not hold talks" does (issue 4 dev48: a
  ** refusal, 125, was coded as a negated intent) */
  if (b->e > b->i + 2 && tok_is(c, b->i + 1, "no")) *pbNeg = 1;
  *piModal = t - 1;
  if (tok_is(c, t - 1, "will") || tok_is(c, t - 1, "would") || tok_is(c, t - 1, "shall") || tok_is(c, t - 1, "'ll") ||
      tok_is(c, t - 1, "wo"))
    return 'W';
  if (tok_is(c, t - 1, "must") || tok_is(c, t - 1, "should")) return 'M';
  /* "Under the deal, Russia is to withdraw its troops": a present "is to"
  ** schedules the act as "will" does (issue 4: the terms of deals) */
  if (t >= 3 && tok_is(c, t - 1, "to") && (tok_is(c, t - 2, "is") || tok_is(c, t - 2, "are")) &&
      !tok_is(c, t - 3, "there") && !tok_is(c, t - 3, "it") && !tok_is(c, t - 3, "that") && !tok_is(c, t - 3, "what")) {
    *piModal = t - 2;
    return 'W';
  }
  /* "Japan needs to enact reforms": what another needs to do, in a
  ** speaker's mouth, is asked of it -- an appeal, milder than "must" */
  if (t >= 2 && tok_is(c, t - 1, "to") && (tok_is(c, t - 2, "needs") || tok_is(c, t - 2, "need"))) {
    *piModal = t - 2;
    return 'N';
  }
  if (t >= 2 && tok_is(c, t - 1, "to") && (tok_is(c, t - 2, "has") || tok_is(c, t - 2, "have"))) {
    *piModal = t - 2;
    return 'M';
  }
  return 0;
}

/* Contract: "said Iran would stay in the deal and negotiate with France",
** "said it would lift its pause and resume security assistance": a base verb
** right after "and" shares the modal of the conjunct before it, in one clause
** (no comma, "that" or clause break between). Returns modal_before's kind
** ('W', 'M') of that modal, with *piModal on it and *pbNeg for a negation
** after it, else 0. Why: the second act of a stated intent was coded as the
** act itself, a forecast. Issue 4 ctx16: also the purpose of an uncoded
** act after the modal ("said it would send a mission to Conakry to meet the
** junta"): the "to" must follow that verb's object, and the verb must be no
** hit of its own (a hit frames its own complement) nor "be". */
static int conjunct_modal(const Coder *c, const VerbHit *b, int *pbNeg, size_t *piModal) {
  if (!(b->forms & VF_BASE) || b->i < 4) return 0;
  size_t t = b->i;
  while (t > 0 && t + 3 > b->i && tok_adverb(c, t - 1)) t--;
  int bTo = t >= 4 && tok_is(c, t - 1, "to");
  if (t < 4 || (!tok_is(c, t - 1, "and") && !bTo)) return 0;
  for (size_t m = t - 1; m-- > 0 && m + 14 > t;) {
    if (clause_break(c, m) || tok_is(c, m, ",") || tok_is(c, m, "that") || tok_is(c, m, "and") ||
        tok_is(c, m, "said") || tok_is(c, m, "which") || tok_is(c, m, "who"))
      return 0;
    int bW = tok_is(c, m, "will") || tok_is(c, m, "would");
    if (!bW && !tok_is(c, m, "must") && !tok_is(c, m, "should")) continue;
    size_t v = m + 1;
    int bNeg = 0;
    while (v < t && (tok_adverb(c, v) || tok_neg(c, v))) bNeg |= tok_neg(c, v++);
    if (v + 1 >= t || !c->aTok[v].bWord || c->aTok[v].bCap || in_mention(c, v)) return 0;
    if (bTo) {
      if (v + 2 >= t || tok_in(c, v, azBe) || tok_is(c, v + 1, "to")) return 0;   /* "would need to", "would be able to" */
      for (size_t x = 0; x < c->nH; x++)
        if (!c->aH[x].bDrop && c->aH[x].i == v) return 0;
    }
    *pbNeg = bNeg;
    *piModal = m;
    return bW ? 'W' : 'M';
  }
  return 0;
}

/* "warned that it could strike British facilities", "warned that Russia
** could respond by striking ...": in a warning, the speaker's side's own
** hostile act under "could", "may" or "might" is threatened as surely as
** under "would" ('W'); elsewhere those modals only hedge. */
static int warned_could(const Coder *c, const VerbHit *a, const VerbHit *b, size_t *piModal) {
  static const char *const azMay[] = {"could", "may", "might", NULL};
  static const char *const azRespond[] = {"respond", "retaliate", "react", "answer", NULL};
  if (strcmp(lemma_of(c, a), "warn") && strcmp(lemma_of(c, a), "threaten")) return 0;
  if (code_root(b) < 14 || b->i < 2) return 0;
  size_t t = b->i;
  /* "could respond by striking" */
  if ((b->forms & VF_ING) && t >= 3 && tok_is(c, t - 1, "by") && tok_in(c, t - 2, azRespond)) t -= 2;
  if (!tok_in(c, t - 1, azMay) || t - 1 <= a->e) return 0;
  *piModal = t - 1;
  return 'W';
}

/* No clause boundary, full stop or other clause opener in [lo, hi); a "but"
** that opens a second reported clause ("said there was no deal yet but that
** Tehran would stop firing") continues the report, so it is none. */
int one_clause(const Coder *c, size_t lo, size_t hi) {
  for (size_t t = lo; t < hi; t++)
    if ((clause_break(c, t) && !(tok_is(c, t, "but") && tok_is(c, t + 1, "that"))) || tok_is(c, t, ".") ||
        tok_is(c, t, "which") || tok_is(c, t, "who") ||
        tok_is(c, t, "because") || tok_is(c, t, "if") || tok_is(c, t, "unless") || tok_is(c, t, "when"))
      return 0;
  return 1;
}

/* Contract: for a bare government role (a spokesman, a ministry) with no
** state of its own, the state of the person or state named right before it
** with "'s" ("Duterte's spokesman"), else "" when it is a bare government
** voice ("a presidential spokesman"), else NULL. Why: such a voice speaks for
** a government, so the bare "the government" it reports is its own. */
static const char *state_voice_country(const Coder *c, int iA) {
  const Mention *pA = &c->aM[iA];
  if (pA->pMain || pA->pCountry || !pA->pAgent || !pA->pAgent->zRole || strcmp(pA->pAgent->zRole, "GOV")) return NULL;
  if (pA->i >= 1 && tok_is(c, pA->i - 1, "'s")) {
    for (size_t m = 0; m < c->nM; m++)
      if (c->aM[m].e == pA->i - 1) {
        const char *z = NULL;
        mention_country(c, (int)m, &z);
        if (z) return z;
      }
  }
  return "";
}

/* Contract: the international or non-governmental organisation code a
** mention names -- the organisation's own, or the office a person holds in
** one on the story's day ("European Commission President Jean-Claude
** Juncker", IGOEUREECCOM) -- else NULL. */
static const char *mention_org_code(const Coder *c, int iM) {
  const ActorEntry *a = c->aM[iM].pMain;
  const char *z = NULL;
  if (!a) return NULL;
  if (a->kind == AK_ORG) z = a->zCode;
  else if (a->kind == AK_PERSON && a->nRole) {
    long day = 0;
    int r = story_day(c, &day) ? dict_person_role(a, day, 1) : 0;
    if (r >= 0) z = a->aRole[r].zCode;
  }
  return z && (!strncmp(z, "IGO", 3) || !strncmp(z, "NGO", 3)) ? z : NULL;
}

int same_side(const Coder *c, int iA, int iB) {
  if (iA < 0 || iB < 0) return 0;
  if (c->aM[iB].bPronoun || c->aM[iA].iGroup == c->aM[iB].iGroup) return 1;
  /* one organisation and its own body or officer: "Juncker [IGOEUREECCOM]
  ** said the EU [IGOEUREEC] would respond" is the EU's own intent, not an
  ** onlooker's forecast (issue 4, session 39) */
  const char *oA = mention_org_code(c, iA), *oB = mention_org_code(c, iB);
  if (oA && oB) {
    size_t nA = strlen(oA), nB = strlen(oB);
    if (!strncmp(oA, oB, nA < nB ? nA : nB)) return 1;
  }
  const char *zA = NULL, *zB = NULL;
  mention_country(c, iA, &zA);
  mention_country(c, iB, &zB);
  /* "Orban said the government would not withdraw the law": a bare state
  ** body that names no country ("the government", "the army") is, in its
  ** speaker's mouth, the speaker's own; its country is only filled in from
  ** context later. Not a bare opposition or crowd: those are other voices. */
  const Mention *pB = &c->aM[iB];
  /* ... also from an unnamed voice of a state ("a presidential spokesman",
  ** "Duterte's spokesman" said the government would not ...) */
  if (!zA) zA = state_voice_country(c, iA);
  if (zA && !zB && !pB->pMain && pB->pAgent && pB->pAgent->zRole &&
      (!strcmp(pB->pAgent->zRole, "GOV") || !strcmp(pB->pAgent->zRole, "MIL") ||
       !strcmp(pB->pAgent->zRole, "LEG")))
    return 1;
  return zA && zB && !strncmp(zA, zB, 3);
}

/* The role code a mention names ("REB" for "Syrian rebels", "GOV" for a
** sitting president), "" for a bare state, NULL when unknown. */
const char *mention_role(const Coder *c, int iM) {
  const Mention *m = &c->aM[iM];
  if (m->pAgent) return m->pAgent->zRole;
  const ActorEntry *a = m->pMain;
  if (!a) return m->pCountry ? "" : NULL;
  if (a->kind == AK_PERSON) {
    /* the role held on the story's day, as events code it ("Prabowo ... said he
    ** would contest the result" in 2019 is the opposition, not the general of
    ** 1998); out of every range a state's person is a former office holder
    ** (ELI, dict_person_fallback's rule); the first listed role without a day */
    long day = 0;
    int bDay = story_day(c, &day);
    int r = bDay ? dict_person_role(a, day, 1) : -1;
    const char *z = a->nRole ? a->aRole[r >= 0 ? r : 0].zCode : NULL;
    if (bDay && r < 0 && is_state_code(z)) return "ELI";
    return z && strlen(z) >= 6 ? z + 3 : NULL;
  }
  if (a->kind == AK_METONYM) return a->zRole;
  if (a->kind == AK_ORG) return is_state_code(a->zCode) && strlen(a->zCode) >= 6 ? a->zCode + 3 : NULL;
  return "";
}

/* Does member iB of a compound, a person named by name, name again the side
** an earlier member iA named -- a state or one of its organs, the person
** being that state's official ("the foreign ministers of Russia and
** Ukraine, Sergei Lavrov and Dmytro Kuleba": Kuleba after Ukraine)? The
** person is then no party of his own in a joint act. Two sides of one state
** ("police and protesters", "Ethiopia and Tigrayan forces") stay two. */
int one_side_twice(const Coder *c, int iA, int iB) {
  static const char *const azState[] = {"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", NULL};
  const Mention *pB = &c->aM[iB];
  if (!pB->pMain || pB->pMain->kind != AK_PERSON) return 0;
  const char *zA = NULL, *zB = NULL;
  mention_country(c, iA, &zA);
  mention_country(c, iB, &zB);
  if (!zA || !zB || strncmp(zA, zB, 3)) return 0;
  const char *rA = mention_role(c, iA), *rB = mention_role(c, iB);
  if (!rA || !rB) return 0;
  return str_listed(rA, azState) && str_listed(rB, azState);
}

/* Rebels, insurgents or the opposition against their state's government or
** forces: one country, two sides ("Syrian rebels said Assad must step
** down" is a demand). */
int opposed_roles(const Coder *c, int iA, int iB) {
  static const char *const azOut[] = {"REB", "INS", "OPP", "SEP", NULL};
  static const char *const azIn[] = {"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PTY", NULL};
  if (iA < 0 || iB < 0) return 0;
  const char *zA = mention_role(c, iA), *zB = mention_role(c, iB);
  if (!zA || !zB) return 0;
  int aOut = 0, aIn = 0, bOut = 0, bIn = 0;
  for (const char *const *z = azOut; *z; z++) {
    aOut |= !strncmp(zA, *z, 3) && zA[0];
    bOut |= !strncmp(zB, *z, 3) && zB[0];
  }
  for (const char *const *z = azIn; *z; z++) {
    aIn |= (*z)[0] ? !strncmp(zA, *z, 3) : !zA[0];
    bIn |= (*z)[0] ? !strncmp(zB, *z, 3) : !zB[0];
  }
  return (aOut && bIn) || (aIn && bOut);
}

/* Words of an onlooker's judgment about what someone else will do: "analysts
** expect Russia will ...", "Kyiv fears Moscow will ...". */
static int tok_onlooker(const Coder *c, size_t t) {
  static const char *const az[] = {"expect", "expects", "expected", "predict", "predicts", "predicted", "believe",
                                   "believes", "believed", "think", "thinks", "thought", "assess", "assesses",
                                   "assessed", "estimate", "estimates", "estimated", "forecast", "forecasts",
                                   "anticipate", "anticipates", "anticipated", "fear", "fears", "feared", "hope",
                                   "hopes", "hoped", "suspect", "suspects", "suspected", "reportedly", "perhaps",
                                   "whether", "if", "unless", NULL};
  return tok_in(c, t, az) || tok_hedge(c, t);
}

/* The speaker of the report verb hit r: the mention that names who said it
** ("Analysts said", "..., analysts said", "..., said a spokesman"), else -1. */
static int report_speaker(const Coder *c, const VerbHit *r) {
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i == r->e && !c->aM[m].bLoc) return (int)m;   /* "said a spokesman" */
  int iSp = mention_before(c, r->i, 0);
  if (iSp >= 0 && c->aM[iSp].e + 3 >= r->i) return iSp;
  return -1;
}

/* Do mentions iA and iB stand for one side: the same state, compound or
** pronoun (same_side), or one body and its agency ("the United Nations" and
** "the World Food Program", IGOUNO and IGOUNOWFP)? */
int one_side(const Coder *c, int iA, int iB) {
  if (same_side(c, iA, iB)) return 1;
  if (iA < 0 || iB < 0) return 0;
  const ActorEntry *pA = c->aM[iA].pMain, *pB = c->aM[iB].pMain;
  if (!pA || !pB || pA->kind != AK_ORG || pB->kind != AK_ORG || is_state_code(pA->zCode)) return 0;
  size_t nA = strlen(pA->zCode), nB = strlen(pB->zCode);
  return nA >= 6 && nB >= 6 && !strncmp(pA->zCode, pB->zCode, 6);
}

/* Does the report hit r let the act b, whose subject is mention iS, stand as
** its subject's own stated intent or threat? Yes when the speaker is the
** subject's side ("..., Portuguese President Mario Soares said"); when no
** actor is named, the report relays the plan ("diplomatic sources said", "a
** statement said"); and, for a cooperative act, when the speaker is the
** other party to it ("Fischer will visit Albania ..., the Albanian embassy
** said"). No when the speaker is an onlooker ("analysts said", "experts
** said") or, for a hostile act, anyone but the subject's side ("Russia will
** attack Ukraine, Ukrainian officials said"): that is their forecast. */
/* Is token t a "we" that speaker_we() made the speaker's? */
static int speaker_we_at(const Coder *c, size_t t) {
  for (size_t k = 0; k < c->nM; k++)
    if (c->aM[k].i == t && c->aM[k].bPronoun) return 1;
  return 0;
}

/* Is token t a word for an onlooker who foretells ("analysts", "experts",
** "think tank", "we")? Such a speaker never owns the act it reports. */
static int tok_onlooker_noun(const Coder *c, size_t t) {
  static const char *const azOnlooker[] = {"analyst", "analysts", "expert", "experts", "observer", "observers",
                                           "economist", "economists", "commentator", "commentators",
                                           "forecaster", "forecasters", "pundit", "pundits", "scholar",
                                           "scholars", "researcher", "researchers", "intelligence", "pollster",
                                           "pollsters", "tank", "we", NULL};
  return t < c->nTok && tok_in(c, t, azOnlooker);
}

static int speaker_owns(const Coder *c, const VerbHit *r, const VerbHit *b, int iS, int bHostile) {
  size_t lo = r->i > 4 ? r->i - 4 : 0, hi = r->e + 3 < c->nTok ? r->e + 3 : c->nTok;
  for (size_t t = lo; t < hi; t++)   /* ... but a "we" that stands for the speaker (speaker_we) is its own side */
    if (tok_onlooker_noun(c, t) && !(tok_is(c, t, "we") && speaker_we_at(c, t))) return 0;
  int iSp = report_speaker(c, r);
  if (iSp < 0) return 1;
  const char *zC = NULL;
  mention_country(c, iSp, &zC);
  if (!zC && !c->aM[iSp].pMain) return 1;   /* "officials", "the ministry": a role of no named side */
  int aS[8];
  int nS = members(c, iS, aS, 8), bAll = nS > 0, bAny = 0;
  for (int x = 0; x < nS; x++) {
    bAll &= one_side(c, aS[x], iSp);
    bAny |= one_side(c, aS[x], iSp);
  }
  if (bAll) return 1;
  if (bHostile) return 0;
  if (bAny) return 1;   /* a party to a joint act: "The US and China will hold talks ..., the State Department said" */
  /* the other party: a mention after the act, before the report if it trails */
  size_t e = r->i > b->i ? r->i : c->nTok;
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i >= b->e && c->aM[m].i < e && (int)m != iSp && one_side(c, (int)m, iSp)) return 1;
  return 0;
}

/* "India said that Australia would join the Malabar exercises with India, the
** United States and Japan": a cooperative act (04-08) whose other party is
** the speaker's own side, named after the act, is told by that party, and so
** is its actor's own stated intent (tests/gold/README.md: "the other party
** does"), "would" the report's tense of "will". 1 when a mention of the
** speaker's side (not a place) follows the act. */
static int speaker_other_party(const Coder *c, const VerbHit *b, int iSpeaker) {
  int root = code_root(b);
  if (root < 4 || root > 8 || iSpeaker < 0) return 0;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i < b->e || (int)m == iSpeaker || pm->bPronoun || pm->bLoc) continue;
    if (one_side(c, (int)m, iSpeaker)) return 1;
  }
  return 0;
}

/* Headline grammar drops the "is" of "is to": "Britain to expel 23 Russian
** diplomats", "China's Xi to visit Russia next week", "EU, UK to impose new
** sanctions". 1 when the "to" at iTo opens the sentence's predicate: only
** actor mentions, commas, "and" and a headline's label ("Exclusive:") come
** before it, the last mention ends right at it, and no verb hit precedes it. */
static int headline_is_to(const Coder *c, size_t iTo) {
  if (iTo == SIZE_MAX || iTo == 0) return 0;
  for (size_t x = 0; x < c->nH; x++)
    if (!c->aH[x].bDrop && c->aH[x].i < iTo) return 0;
  int bEnd = 0;
  for (size_t t = 0; t < iTo;) {
    size_t m = 0;
    while (m < c->nM && !(c->aM[m].i <= t && t < c->aM[m].e)) m++;
    if (m < c->nM && !c->aM[m].bPrep && !c->aM[m].bLoc) {
      bEnd = c->aM[m].e == iTo;
      t = c->aM[m].e;
      continue;
    }
    if (!(tok_is(c, t, ",") || tok_is(c, t, "and") || tok_is(c, t, ":") || (t + 1 < iTo && tok_is(c, t + 1, ":"))))
      return 0;
    bEnd = 0;
    t++;
  }
  return bEnd;
}

/* "Finland will give Tanzania a grant", "Britain will impose sanctions on
** Iran": an actor's own unhedged future act is CAMEO's intent (03x) when the
** act cooperates and its threat (13x) when it harms; the codebook's notes to
** 030 and 130 code the future tense so (frames.c). The act is hit k, after
** "will", "shall" or "'ll" (modal_before: a hedge, "will likely", disowns it)
** with its subject right before the modal. It stays the act, a forecast,
** when it is someone else's judgment that it will happen: a report whose
** speaker does not own it (speaker_owns: "Russia will attack Ukraine,
** analysts said"), "according to" such a speaker, an onlooker's word
** ("analysts expect Russia will ...", "Kyiv fears Moscow will ..."), a
** condition ("if"). "Would" is not the actor's own voice unless a report of
** its words frames it (compose_frames, case 3). A negated cooperative act is
** a refusal ("Serbia will not recognise Kosovo" 120), as "said it would not"
** is; a negated hostile act has no CAMEO code and stays the act, negated
** (frame_compose returns 0). Statements, appeals, intents, demands,
** disapproval, rejection and threats (01-03, 10-13) are words already and
** are left as they are. */
/* Contract: says whether hit r is an act an earlier clause states as its own future
** ("Russia will release 50 prisoners, and Ukraine will free 40"): framed from a
** modal, it is an act of its own clause, not words that govern a later act
** (own_future_act). Issue 4 pledge: the second of two "will" clauses stayed a
** forecast. */
static int stated_own_act(const VerbHit *r) {
  return r->bModalFramed && r->zAct != NULL;
}

/* Contract: 1 when a report verb past a comma after act b tells b's clause
** ("Moscow would cut its forces, a Russian deputy minister said"): there
** "would" is the reported "will" of the speaker, whose side speaker_owns
** then weighs; without such a report "would" is a condition or a guess. */
static int trailing_report(const Coder *c, const VerbHit *b) {
  for (size_t x = 0; x < c->nH; x++) {
    const VerbHit *r = &c->aH[x];
    if (r->bDrop || !is_report_verb(r) || r->i <= b->e) continue;
    for (size_t t = b->e; t < r->i; t++)
      if (tok_is(c, t, ",")) return 1;
  }
  return 0;
}

static void own_future_act(Coder *c, size_t k) {
  VerbHit *b = &c->aH[k];
  if (b->bDrop || b->bFramed || !(b->forms & VF_BASE)) return;
  int root = code_root(b);
  if (!((root >= 4 && root <= 9) || root >= 14)) return;
  int bNeg = 0;
  size_t iModal = 0;
  size_t iTo = to_before(c, b);
  static const char *const azIsTo[] = {"is", "are", NULL};
  int bIsTo = iTo != SIZE_MAX && iTo > 0 && tok_in(c, iTo - 1, azIsTo);   /* "the fighters are to disarm" */
  int bHeadTo = !bIsTo && headline_is_to(c, iTo);   /* "Britain to expel 23 Russian diplomats" */
  if (bHeadTo) {
    iModal = iTo;
    bIsTo = 1;
  } else if (bIsTo) {
    iModal = iTo - 1;
  } else if (modal_before(c, b, &bNeg, &iModal) != 'W' || (tok_is(c, iModal, "would") && !trailing_report(c, b))) {
    return;
  }
  int iS = mention_before(c, iModal, 0);
  if (bIsTo && (iS < 0 || c->aM[iS].e != iModal)) return;   /* "the aim is to", "Iran's plan is to" */
  size_t iFrom = iModal;   /* the subject is sought before this token */
  int bCoord = 0;          /* ... found past a coordinated verb: it is the source */
  /* "Croatia is investigating the killings and will bring suspects to
  ** trial": a coordinated verb shares the subject of the act before it */
  if (iModal > 0 && tok_is(c, iModal - 1, "and")) {
    const VerbHit *a = NULL;
    for (size_t x = k; x-- > 0 && !a;)
      if (!c->aH[x].bDrop) a = &c->aH[x];
    if (a && a->e < iModal && one_clause(c, a->e, iModal)) {
      iFrom = hit_start(a);
      iS = mention_before(c, iFrom, 0);
      bCoord = 1;
      while (iFrom > 0 && (tok_adverb(c, iFrom - 1) || tok_neg(c, iFrom - 1) || tok_in(c, iFrom - 1, azBe) ||
                           tok_is(c, iFrom - 1, "has") || tok_is(c, iFrom - 1, "have")))
        iFrom--;
    }
  }
  /* "A US delegation led by Kurt Campbell will visit Honiara": the group
  ** a leader heads is the subject, the leader's name only describes it */
  for (size_t t = iFrom; !bCoord && t > 2 && t + 10 > iFrom; t--) {
    if (!tok_is(c, t - 1, "by") || !(tok_is(c, t - 2, "led") || tok_is(c, t - 2, "headed"))) continue;
    int iHead = mention_before(c, t - 2, 0);
    if (iHead >= 0 && c->aM[iHead].e == t - 2) {
      iS = iHead;
      iFrom = t - 2;
    }
    break;
  }
  if (iS < 0 || c->aM[iS].e > iFrom || iFrom - c->aM[iS].e > 3 || !one_clause(c, c->aM[iS].e, iFrom)) return;
  for (size_t t = c->aM[iS].e; t < iFrom; t++)
    if (tok_is(c, t, "that") || tok_is(c, t, ",")) return;   /* a relative clause, an aside */
  for (size_t t = 0; t < b->i; t++)
    if (tok_onlooker(c, t)) return;
  for (size_t t = 0; t + 1 < c->nTok; t++) {
    if (!tok_is(c, t, "according") || !tok_is(c, t + 1, "to")) continue;
    int iSp = -1;
    for (size_t m = 0; m < c->nM && iSp < 0; m++)
      if (c->aM[m].i >= t + 2 && c->aM[m].i <= t + 4) iSp = (int)m;
    /* "according to the plan", "according to the deal": a source that names
    ** no side relays the actor's own plan, as speaker_owns holds; an
    ** onlooker ("according to analysts") still foretells it */
    if (iSp < 0) {
      for (size_t u = t + 2; u < t + 5 && u < c->nTok; u++)
        if (tok_onlooker_noun(c, u)) return;
      continue;
    }
    if (!one_side(c, iS, iSp)) return;
  }
  for (size_t x = 0; x < c->nH; x++) {
    const VerbHit *r = &c->aH[x];
    if (x == k || r->bDrop || stated_own_act(r)) continue;
    /* a report, or words before the act that may govern it ("warned",
    ** "urged", "accused"): the speaker must own the act */
    int rootR = code_root(r);
    int bWords = r->i < b->i && (rootR <= 3 || (rootR >= 10 && rootR <= 13));
    if ((is_report_verb(r) || bWords) && !speaker_owns(c, r, b, iS, root >= 14)) return;
  }
  if (set_framed(c, b, bNeg ? FRAME_REJECT : FRAME_INTENT, b->zCode)) {
    b->bNegClear = bNeg;
    b->bModalFramed = 1;
    /* "Croatia is investigating war crimes against Serb civilians and will
    ** bring suspects to trial": not the first verb's object */
    if (bCoord) b->iSrcForce = iS;
  }
}

/* Contract: 1 when token t - 1 is a comma that joins hit b, a bare verb
** with nothing between the comma and it, to the list of acts before it: "plans
** to expel ten diplomats, blacklist eight officials and close a consulate",
** the headline's "Russia to expel 10 U.S. diplomats, blacklist eight
** officials". Not a past form of its own ("..., cut ties in 2020"), nor
** an -ing or a participle ("..., saying", "..., backed by"). Why: only
** "and" joined acts, so every member of such a list but the first lost its
** intent (issue 4 lead27). */
static int list_comma_before(const Coder *c, const VerbHit *b, size_t t) {
  return t >= 2 && t == b->i && tok_is(c, t - 1, ",") && (b->forms & VF_BASE) &&
         !(b->forms & (VF_PAST | VF_PP | VF_ING));
}

/* "The United States said it would cut aid to the rebels and would deny
** them entry", "Xi will visit Paris and meet Macron", "Jawara will visit
** Dakar to mediate": an act coordinated with a stated intent or threat
** (bModalFramed), or the purpose of an announced journey, is stated by the
** same voice. Hit k follows hit a in its clause. */
static void carry_intent(Coder *c, VerbHit *a, size_t k) {
  VerbHit *b = &c->aH[k];
  if (!a->bModalFramed || b->bFramed || b->bDrop || !(b->forms & VF_BASE) || b->i < a->e || b->i - a->e > 12 ||
      !one_clause(c, a->e, b->i))
    return;
  int root = code_root(b);
  if (!((root >= 4 && root <= 9) || root >= 14)) return;
  size_t t = b->i;   /* back over adverbs, a negation and the modal: "and would deny", "and also meet" */
  int bNeg = 0, bModal = 0;
  while (t > a->e && (tok_adverb(c, t - 1) || tok_neg(c, t - 1) || tok_is(c, t - 1, "will") ||
                      tok_is(c, t - 1, "would") || tok_is(c, t - 1, "shall"))) {
    bNeg |= tok_neg(c, t - 1);
    bModal |= !tok_neg(c, t - 1) && !tok_adverb(c, t - 1);
    t--;
  }
  if (t == a->e || !(tok_is(c, t - 1, "and") || list_comma_before(c, b, t) ||
                     (tok_is(c, t - 1, "to") && a->zAct && a->zAct[0] == '0' && a->zAct[1] == '4')))
    return;
  for (size_t x = a->e; x + 1 < t; x++)
    if (tok_hedge(c, x)) return;   /* "and may" */
  /* "would not cut aid or deny entry": the negation of the first modal
  ** reaches a second verb that has none of its own */
  if (!bModal && tok_is(c, t - 1, "and")) bNeg |= a->bNegClear;
  if (set_framed(c, b, bNeg ? FRAME_REJECT : FRAME_INTENT, b->zCode)) {
    b->bNegClear = bNeg;
    b->bModalFramed = 1;
    b->iSrcForce = a->iSrcForce;
  }
}

/* "agreed to bar Belarusian airlines ... and to impose further sanctions",
** "vowed to rebuild the army and expand it": a second complement joined to
** an intent or threat a frame verb states (bStated) is stated by the same
** frame, with its subject. Hit k follows hit a in its clause. */
static void carry_stated(Coder *c, VerbHit *a, size_t k) {
  VerbHit *b = &c->aH[k];
  if (!a->bStated || b->bFramed || b->bDrop || !(b->forms & VF_BASE) || b->i <= a->e) return;
  size_t iTo = to_before(c, b);
  size_t t = iTo != SIZE_MAX ? iTo : b->i;
  if (iTo == SIZE_MAX && (b->forms & (VF_PAST | VF_PP))) return;   /* "and cut": a past tense of its own */
  /* "and, for the first time, to finance": over an aside between commas */
  if (t > a->e + 2 && tok_is(c, t - 1, ",")) {
    size_t v = t - 1;
    while (v > a->e + 1 && t - v < 8 && !tok_is(c, v - 1, ",")) v--;
    if (tok_is(c, v - 1, ",") && tok_is(c, v - 2, "and")) t = v - 1;
  }
  if (t <= a->e || t - a->e > 14 || !(tok_is(c, t - 1, "and") || tok_is(c, t - 1, "or") || list_comma_before(c, b, t)) ||
      !one_clause(c, a->e, t))
    return;
  const VerbHit *pFrame = NULL;   /* the frame verb: dropped, where the subject is sought from */
  for (size_t x = 0; x < c->nH && !pFrame; x++)
    if (c->aH[x].bDrop && c->aH[x].i == a->iSubj) pFrame = &c->aH[x];
  FrameFamily f = pFrame ? frame_family(pFrame->zCode) : FRAME_NONE;
  if ((f != FRAME_INTENT && f != FRAME_THREATEN) || !set_framed(c, b, f, b->zCode)) return;
  b->iSubj = a->iSubj;
  b->iSpan = a->iSpan;
  b->bStated = 1;
}

/* "want", "wish": appeal frames only with an addressee (compose_frames). */
static int is_wish(const Coder *c, const VerbHit *h) {
  const char *z = lemma_of(c, h);
  return !strcmp(h->zCode, "020") && (!strcmp(z, "want") || !strcmp(z, "wish"));
}

/* "stressed the obligation of the international community to lift
** embargoes", "underlined the need for Iran to cooperate": a statement of
** what another party is bound or needs to do is a demand (an obligation) or
** an appeal (a need) aimed at that party, framed by the act (a, a statement;
** b, the act after "to" at iTo). 1 when it framed. */
static int obligation_frame(Coder *c, VerbHit *a, VerbHit *b, size_t iTo) {
  static const char *const azMust[] = {"obligation", "obligations", "duty", "responsibility", NULL};
  static const char *const azNeed[] = {"need", "necessity", NULL};
  if (!is_report_verb(a) || iTo == SIZE_MAX || !(b->forms & VF_BASE) || iTo <= a->e || iTo - a->e > 14 ||
      !one_clause(c, a->e, iTo))
    return 0;
  size_t n = a->e;
  if (tok_is(c, n, "the")) n++;
  int bMust = tok_in(c, n, azMust);
  if (!bMust && !tok_in(c, n, azNeed)) return 0;
  if (!tok_is(c, n + 1, "of") && !tok_is(c, n + 1, "for")) return 0;
  int iX = -1;
  for (size_t m = 0; m < c->nM && iX < 0; m++) {
    const Mention *pm = &c->aM[m];
    if ((pm->i == n + 2 || (pm->i == n + 3 && tok_is(c, n + 2, "the"))) && !pm->bLoc && pm->e <= iTo) iX = (int)m;
  }
  if (iX < 0 || !set_framed(c, a, bMust ? FRAME_DEMAND : FRAME_APPEAL, b->zCode)) return 0;
  b->bDrop = 1;
  a->eSpan = b->eSpan;
  a->iTgtForce = iX;
  return 1;
}

/* A verb that wraps another act names the CAMEO family of the event, and the
** act it governs picks the code within it (frames.h):
**   "urged Iran to release the sailors"     appeal 0253, aimed at Iran
**   "demanded that Russia withdraw"         demand 1056, aimed at Russia
**   "pledged to send aid", "agreed to resign"        intent 033, 0341
**   "refused to meet", "declined to resign"          reject 125, 1231
**   "threatened to impose sanctions"                 threat 1312
**   "said it would withdraw its troops"              intent 0356
**   "warned that Pyongyang would use nuclear weapons" threat 1385
**   "said Libya must hand over the suspects"         demand, aimed at Libya
** An appeal or demand stays with its frame verb, whose object is the
** addressee; an intent, refusal or threat moves to the act, whose object is
** the target, with the frame's subject. A negated frame ("has not agreed to
** lay down its weapons") frames nothing: the act is coded, negated. So is
** the analyst's hedged forecast ("will likely retaliate"). */
/* Contract: says whether hit b is a threat its grammatical subject suffers
** ("Israel would face a bitter fate", "should expect a severe punishment",
** "will pay a heavy price"): a 13x pattern of two words or more whose verb
** is one of suffering (face, expect, pay, suffer, receive). Why: its
** subject is the threatened side, so "should" before it is no demand made
** of the subject but the speaker's threat. */
static int suffered_threat(const Coder *c, const VerbHit *b) {
  static const char *const azSuffer[] = {"face", "expect", "pay", "suffer", "receive", "bear", NULL};
  const char *zPat = b->pPat ? b->pPat->zCode : b->zCode;
  if (zPat[0] != '1' || zPat[1] != '3' || b->e - b->i < 2) return 0;
  const char *zLemma = lemma_of(c, b);
  for (const char *const *z = azSuffer; *z; z++)
    if (!strcmp(zLemma, *z)) return 1;
  return 0;
}

/* "Israel would face a bitter fate, Iran's supreme leader said", "Israel
** should expect a severe punishment, Khamenei said": a suffered threat
** after a modal in a clause that a trailing attribution reports is the
** speaker's threat to the clause's subject, as "Khamenei said Israel would
** face ..." is (compose_frames). Contract: runs after compose_frames; sets
** the hit's forced roles; a negated modal or the speaker's own side as the
** subject leaves the hit alone. */
void trailing_threat_subject(Coder *c) {
  if (c->iAttrib == SIZE_MAX) return;
  int iSp = -1;
  for (size_t m = 0; m < c->nM && iSp < 0; m++)
    if (c->aM[m].bSaid && c->aM[m].i > c->iAttrib) iSp = (int)m;
  if (iSp < 0) return;
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *b = &c->aH[k];
    if (b->bDrop || b->i > c->iAttrib || b->iSrcForce >= 0 || !suffered_threat(c, b)) continue;
    int bNeg = 0;
    size_t iModal = 0;
    if (!modal_before(c, b, &bNeg, &iModal) || bNeg) continue;
    int iS = mention_before(c, iModal, 0);
    if (iS < 0 || c->aM[iS].e != iModal || same_side(c, iSp, iS)) continue;
    b->iSrcForce = iSp;
    b->iTgtForce = iS;
    b->bModalFramed = 1;
    b->bFramed = 1;
  }
}

/* Contract: the index of a mention pushed for hit k (an implied target) of
** the party that threatened or used force (roots 13, 15-20) against the
** state of a place named between tokens t and e -- else the state of the
** nearest mention before the verb that has one -- or that this state rejected, threatened or
** fought (roots 12-13, 15-20; of several bodies in one sentence the first),
** in the six sentences before (not before the roundup item), newest first
** and acts against the state before its own, that is no party named before
** the verb; else -1 (also when the mention cannot be pushed). Why: "Mali and Burkina Faso
** warned that any military intervention in Niger would be a declaration of
** war": the would-be intervener is the side whose ultimatum or threat the
** story told, not named again (issue 4 refuse23). */
static int threatened_place_intervener(Coder *c, size_t k, size_t t, size_t e) {
  const VerbHit *h = &c->aH[k];
  const char *zPlace = NULL;
  for (size_t m = 0; m < c->nM && !zPlace; m++)
    if (c->aM[m].bLoc && c->aM[m].i > t && c->aM[m].e <= e) mention_country(c, (int)m, &zPlace);
  /* ... else the nearest party before the verb with a state ("Burundi said
  ** any foreign troops would be treated as an invading force": not the
  ** troops, whom no state names) */
  for (size_t u = h->i; !zPlace;) {
    int x = mention_before(c, u, 0);
    if (x < 0) break;
    mention_country(c, x, &zPlace);
    if (c->aM[x].i >= u) break;
    u = c->aM[x].i;
  }
  if (!zPlace) return -1;
  const tocsin_doc *d = c->d;
  /* first a threat or force against the place's state, then the other side
  ** of its own rejection or defiance ("the junta rejected the ECOWAS ultimatum") */
  for (int bOwnAct = 0; bOwnAct <= 1; bOwnAct++)
  for (size_t x = d->nEvent; x-- > 0;) {
    const tocsin_event *pE = &d->aEvent[x];
    if (pE->iSentence + 6 < c->iSentNow || before_item(c, pE->iSentence)) break;
    if (pE->iSentence >= c->iSentNow || pE->bNegated) continue;
    int r = atoi(pE->zRoot);
    if (r < 12 || r == 14) continue;
    const char *zB = event_state(c, &pE->target), *zS = event_state(c, &pE->source);
    const tocsin_actor *pOther = !bOwnAct && zB && !strncmp(zB, zPlace, 3) && r != 12 ? &pE->source
                                 : bOwnAct && zS && !strncmp(zS, zPlace, 3) ? &pE->target : NULL;
    if (!pOther) continue;
    const char *zA = event_state(c, pOther);
    const ActorEntry *pA = zA ? country_entry(c, zA) : pOther->zOrg && pOther->zCode ? org_entry(c, pOther->zCode) : NULL;
    if (!pA || (zA && !strncmp(zA, zPlace, 3))) continue;
    int bNamed = 0;   /* the warning side itself, or a party it names */
    for (size_t m = 0; m < c->nM && !bNamed; m++) {
      const char *zM = NULL;
      if (c->aM[m].i >= h->i) continue;
      mention_country(c, (int)m, &zM);
      bNamed = c->aM[m].pMain == pA || (zA && zM && !strncmp(zM, zA, 3));
    }
    if (bNamed) continue;
    /* ... the first party of its sentence: "refused to receive a delegation
    ** of ECOWAS, the African Union and the United Nations" answers ECOWAS */
    for (size_t y = x; bOwnAct && y-- > 0 && d->aEvent[y].iSentence == pE->iSentence;) {
      const tocsin_event *pF = &d->aEvent[y];
      const char *zFs = event_state(c, &pF->source);
      const ActorEntry *pFt = pF->target.zCountry ? NULL : pF->target.zOrg && pF->target.zCode ? org_entry(c, pF->target.zCode) : NULL;
      if (!strcmp(pF->zRoot, pE->zRoot) && zFs && !strncmp(zFs, zPlace, 3) && pFt && !zA) pA = pFt;
    }
    if (!push_implied_mention(c, k, pA)) return -1;
    return (int)c->nM - 1;
  }
  return -1;
}

/* Why: a warning often announces a response without a verb the dictionary
** codes ("warned that such actions would not be left without consequences",
** "warned that China would not sit idly by", "warned that Tehran's response
** would be more severe if Israel ..."), and the "warn that" statement (012)
** then finds no target and is lost. Contract: runs after compose_frames; a
** live 012 (or bare 130) hit on "warn" followed (an addressee or adjunct between at most)
** by "that", whose clause has "would"/"will"/"could" before a word of
** consequence or response and no other live hit of its own, becomes the
** threat (130) -- aimed at the party of its "if"/"unless" clause, else at a
** party the clause names that is not the speaker's side, else at the
** addressee before "that"; with none of them the target is left to the
** roles, except after "war" or "damage" ("would be a cause for war", "would
** cause grave damage"), which threaten only a party so named. */
/* Contract: 1 when token u is a noun of measures ("steps", "measures",
** "action", "sanctions", "restrictions") that "further", "more", "additional",
** "new", "tougher", "harsher" or "punitive" qualifies, or that "face" governs
** (within six words: "could face U.S. financial and travel
** restrictions"). Why: "warned that further steps could follow",
** "warned that Georgian officials could face U.S. restrictions" threaten
** measures (130), which the words of consequence did not catch (issue 4,
** session 42). */
static int further_measures_at(const Coder *c, size_t u) {
  static const char *const azMeasure[] = {"steps", "measures", "action", "actions", "sanctions", "restrictions",
                                          "countermeasures", "penalties", NULL};
  static const char *const azMore[] = {"further", "more", "additional", "new", "tougher", "harsher", "punitive",
                                       "retaliatory", NULL};
  if (u == 0 || !tok_in(c, u, azMeasure)) return 0;
  if (tok_in(c, u - 1, azMore)) return 1;
  for (size_t x = u; x-- > 0 && x + 7 > u;)
    if (tok_is(c, x, "face")) return 1;
  return 0;
}

void warned_consequence(Coder *c) {
  static const char *const azModal[] = {"would", "will", "could", "'d", NULL};
  static const char *const azAttackNoun[] = {"attack", "attacks", "aggression", "strike", "strikes", "assault",
                                             "incursion", "invasion", "intervention", "move", "attempt", NULL};
  /* what the warned side will suffer: the clause's subject may be it */
  static const char *const azCue[] = {"consequences", "consequence", "price", "punishment", "punished", "unanswered",
                                      "unpunished", "regret", "prosecuted", "crushed", "war", "damage", NULL};
  /* how the warning side will answer: the clause's subject is its own */
  static const char *const azAnswer[] = {"idly", "tolerate", "retaliation", "response", "reaction", "answer",
                                         "revenge", "crushing", NULL};
  static const char *const azIf[] = {"if", "unless", "should", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    /* ... or the bare "warn" (130) when a day stands before "that" ("warned
    ** on Thursday that any Israeli attack on Syria would bring a fierce
    ** response": issue 4 lead35) */
    if (h->bDrop || h->bFramed || (strcmp(h->zCode, "012") && strcmp(h->zCode, "130")) ||
        strcmp(lemma_of(c, h), "warn"))
      continue;
    size_t t = h->i + 1;   /* "that", after an addressee or an adjunct ("in a joint statement") */
    while (t < c->nTok && t < h->i + 8 && !tok_is(c, t, "that") && !tok_is(c, t, ",") && !tok_is(c, t, "."))
      t++;
    if (t >= c->nTok || !tok_is(c, t, "that")) continue;
    size_t e = t + 1;   /* the clause: to the sentence's end or a clause break */
    while (e < c->nTok && !tok_is(c, e, ".") && !tok_is(c, e, ";") && !tok_is(c, e, "but")) e++;
    size_t iModal = SIZE_MAX, iCue = SIZE_MAX;
    int bAnswer = 0;
    for (size_t u = t + 1; u < e && !tok_is(c, u, "if") && !tok_is(c, u, "unless"); u++) {
      if (iModal == SIZE_MAX && tok_in(c, u, azModal)) iModal = u;
      else if (iCue == SIZE_MAX && (tok_in(c, u, azCue) || tok_in(c, u, azAnswer) || further_measures_at(c, u))) {
        iCue = u;
        bAnswer = tok_in(c, u, azAnswer);
      }
    }
    /* ... and a warning of what the warner's own side would do if another
    ** side acted is the threat itself, whatever is promised: "warned that
    ** Tehran would regard the arrangement as void if Britain, France and
    ** Germany went ahead" (issue 4, session 45) */
    int iSp = mention_before(c, h->i, 0);   /* the warner */
    int bCondOwn = 0;
    if (iModal != SIZE_MAX && iCue == SIZE_MAX && iModal + 1 < e) {
      size_t iIfTok = SIZE_MAX;
      for (size_t u = iModal + 1; u < e && iIfTok == SIZE_MAX; u++)
        if (tok_is(c, u, "if") || tok_is(c, u, "unless")) iIfTok = u;
      static const char *const azOwnPronoun[] = {"it", "we", "they", "he", "she", NULL};
      int bOwnSubject = iModal == t + 2 && tok_in(c, t + 1, azOwnPronoun);
      for (size_t m = 0; m < c->nM && !bOwnSubject && iSp >= 0; m++) {
        const Mention *pm = &c->aM[m];
        bOwnSubject = pm->i == t + 1 && pm->e <= iModal && !pm->bPronoun && same_side(c, iSp, (int)m);
      }
      if (iIfTok != SIZE_MAX && iIfTok > iModal + 1 && bOwnSubject) {
        iCue = iModal + 1;
        bCondOwn = 1;
      }
    }
    if (iModal == SIZE_MAX || iCue == SIZE_MAX) continue;
    /* a live act of its own in the clause is coded as itself; a passive
    ** one ("would be prosecuted", "would not be left without") only says
    ** what is in store */
    size_t iCond = e;   /* ... and one in its "if" clause is the condition */
    for (size_t u = iModal; u < e && iCond == e; u++)
      if (tok_is(c, u, "if") || tok_is(c, u, "unless")) iCond = u;
    int bOther = 0;
    for (size_t x = 0; x < c->nH && !bOther; x++) {
      const VerbHit *pX = &c->aH[x];
      if (x == k || pX->bDrop || pX->i <= t || pX->i >= iCond) continue;
      bOther = !(pX->forms & VF_PP) || !(tok_in(c, pX->i - 1, azBe) || tok_is(c, pX->i - 1, "been"));
    }
    if (bOther) continue;
    /* an act of war declared by the other side's deed threatens force (138,
    ** README dev8: "would be considered a declaration of war" is 138 at the
    ** would-be intervener); "a cause for war" stays 130 */
    static const char *const azWarAct[] = {"declaration", "act", NULL};
    int bWarAct = tok_is(c, iCue, "war") && iCue >= 2 && tok_is(c, iCue - 1, "of") && tok_in(c, iCue - 2, azWarAct);
    const VerbPattern *v = bWarAct ? lemma_pattern(c, "warn", "138") : NULL;
    if (!v) v = lemma_pattern(c, "warn", "130");
    if (!v) continue;
    int iIf = -1, iNamed = -1, iTold = -1, iAny = -1;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->bPronoun || pm->bLoc || pm->bAside || same_side(c, iSp, (int)m)) continue;
      if (pm->i > h->i && pm->e <= t && iTold < 0) iTold = (int)m;
      if (pm->i <= t || pm->e > e) continue;
      /* "that any Israeli attack on Syria would bring a fierce response":
      ** the would-be attacker is the one warned, whatever it would answer */
      if (iAny < 0 && pm->i > t + 1 && tok_is(c, pm->i - 1, "any") && tok_in(c, pm->e, azAttackNoun)) iAny = (int)m;
      int bIf = 0;
      for (size_t u = t + 1; u < pm->i && !bIf; u++) bIf = tok_in(c, u, azIf);
      if (bIf && iIf < 0) iIf = (int)m;
      /* "that China would not sit idly by", "that Tehran's response would
      ** be severe": the answering subject is the warner's own side */
      if (bAnswer && pm->e <= iModal && !bIf) continue;
      if (iNamed < 0) iNamed = (int)m;
    }
    /* "would be a declaration of war", "would cause irreparable damage": a
    ** consequence word that also reads as mere prediction makes a threat
    ** only with a party named to suffer it (issue 4 analytic) */
    /* ... and a bare "warned Moscow that ..." is aimed at whom it tells */
    int bBare = !strcmp(h->zCode, "130");
    int iTgt = iAny >= 0 ? iAny : bBare && iTold >= 0 ? iTold : iIf >= 0 ? iIf : iNamed >= 0 ? iNamed : iTold;
    if (bCondOwn && iIf < 0) continue;   /* ... a threat only to a party its condition names */
    if (tok_is(c, iCue, "war") || tok_is(c, iCue, "damage")) {
      if (iTgt < 0 && bWarAct) iTgt = threatened_place_intervener(c, k, t, e);
      if (iTgt < 0) continue;
      /* ... not the warner's own state ("Pakistan's committee warned that any
      ** attempt to stop water belonging to Pakistan would be an act of war") */
      const char *zT = NULL;
      mention_country(c, iTgt, &zT);
      int bOwn = 0;
      for (size_t m = 0; m < c->nM && zT && !bOwn; m++) {
        const char *zM = NULL;
        if (c->aM[m].e > h->i) continue;
        mention_country(c, (int)m, &zM);
        bOwn = zM && !strncmp(zM, zT, 3);
      }
      if (bOwn) continue;
    }
    for (size_t x = 0; x < c->nH; x++)
      if (x != k && !c->aH[x].bDrop && c->aH[x].i > t && c->aH[x].i < iCond) c->aH[x].bDrop = 1;
    h->pPat = v;
    h->zCode = v->zCode;
    h->eSpan = iCue + 1;
    h->iTgtForce = iTgt;
  }
}

/* Why: "would take action against those responsible", "would take all
** necessary steps in response" promise an answer (130, dict/verbs.txt), but
** "police took firm action against rioters" tells what was done, no threat.
** Contract: drops a live, unframed hit of root 13 on "take" in a past form;
** runs after compose_frames. */
void past_taken_action(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || code_root(h) != 13 || strcmp(lemma_of(c, h), "take") ||
        !(h->forms & VF_PAST))
      continue;
    h->bDrop = 1;
  }
}

/* Why: "the Kremlin said it would respond if NATO moved ...", "Zakharova said
** Moscow would respond", "said South Korea would respond to any provocation":
** a side's own bare "respond" (or "react") told in the future, with no manner
** the dictionary codes ("in kind", "firmly"), announces an answer to another
** side's act -- a threat (130) in the README's intent rule -- where the
** statement verb (010) had kept it. Contract: runs after warned_consequence;
** a live, unframed 010 hit on "respond"/"react" right after "will"/"would"/
** "'ll"/"shall" (adverbs between), or one a vow, pledge or promise framed
** with "to" ("vowed to respond", 030), not negated, whose clause ends there, goes
** on with "if"/"unless", or goes on with "to" and a word of hostility or
** "any" within four tokens, becomes 130 -- aimed at the party of its "if"
** clause, else the party after "to", else a party the clause names that is
** not the speaker's side; with none the target is left to the roles.
** "would respond to the letter" stays a statement. */
void future_response_threat(Coder *c) {
  static const char *const azModal[] = {"will", "would", "'ll", "shall", NULL};
  static const char *const azEnd[] = {".", ",", ";", "and", "but", NULL};
  static const char *const azHostile[] = {"any", "attack", "attacks", "aggression", "provocation", "provocations",
                                          "strike", "strikes", "sanctions", "expulsion", "expulsions", "incursion",
                                          "incursions", "threat", "threats", "violation", "violations", "escalation",
                                          "hostile", "unfriendly", "measures", "deployment", "deployments", "move",
                                          "moves", "decision", "steps", "ban", "bans", "restrictions", "blockade",
                                          "embargo", "tariffs", "closure", "actions", NULL};   /* "will respond to
                                          ** Lithuania's ban on the rail transit" (issue 4 lead36) */
  static const char *const azVow[] = {"vow", "pledge", "promise", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop) continue;
    /* ... or after a vow: "vowed on Monday to respond" (a vow of a statement
    ** was an intent, 030, issue 4 threat26) */
    int bVowed = 0;
    if (h->bFramed && h->zAct && !strcmp(h->zAct, "010") && h->i >= 2 && tok_is(c, h->i - 1, "to"))
      for (size_t x = 0; x < c->nH && !bVowed; x++) {
        const VerbHit *pV = &c->aH[x];
        bVowed = x != k && pV->i < h->i && pV->i + 6 >= h->i && str_listed(lemma_of(c, pV), azVow);
      }
    if (!bVowed && (h->bFramed || strcmp(h->zCode, "010"))) continue;
    const char *zL = lemma_of(c, h);
    if (strcmp(zL, "respond") && strcmp(zL, "react")) continue;
    if (!(h->forms & VF_BASE)) continue;
    size_t m = h->i;
    while (m > 0 && tok_adverb(c, m - 1)) m--;
    if (bVowed) m = h->i;   /* "to" stands for the modal */
    if (m == 0 || (!bVowed && !tok_in(c, m - 1, azModal))) continue;
    if (m >= 2 && tok_neg(c, m - 2)) continue;   /* "did not say it would respond" */
    int bNegIn = 0;   /* "would not respond" */
    for (size_t t = m - 1; t < h->i && !bNegIn; t++) bNegIn = tok_neg(c, t);
    if (bNegIn) continue;
    size_t n = h->e;
    /* "would respond soon", "would respond immediately to any attack": an
    ** adverb after the verb leaves the answer bare (issue 4 threat24) */
    while (n < c->nTok && n < h->e + 2 && tok_adverb(c, n)) n++;
    int bTo = 0;
    if (n >= c->nTok || tok_in(c, n, azEnd)) {
      /* the clause ends: a bare answer */
    } else if (tok_is(c, n, "if") || tok_is(c, n, "unless")) {
      /* a condition: its party is the target below */
    } else if (tok_is(c, n, "to")) {
      for (size_t t = n + 1; t < c->nTok && t <= n + 4 && !bTo; t++) bTo = tok_in(c, t, azHostile);
      if (!bTo) continue;
    } else {
      continue;
    }
    const VerbPattern *v = lemma_pattern(c, "respond", "130");
    if (!v) continue;
    int iSp = mention_before(c, m - 1, 0);
    size_t e = n;   /* the clause after the verb: to the sentence's end or a clause break */
    while (e < c->nTok && !tok_is(c, e, ".") && !tok_is(c, e, ";") && !tok_is(c, e, "but")) e++;
    int iT = -1;
    for (size_t x = 0; x < c->nM && iT < 0; x++) {
      const Mention *pm = &c->aM[x];
      if (pm->i < n || pm->e > e || pm->bPronoun || pm->bAside || (iSp >= 0 && same_side(c, iSp, (int)x))) continue;
      iT = (int)x;
    }
    h->pPat = v;
    h->zCode = v->zCode;
    h->bModalFramed = 1;
    if (iT >= 0) h->iTgtForce = iT;
    else if (h->iTgt >= 0 && iSp >= 0 && same_side(c, iSp, h->iTgt)) h->iTgt = -1;
  }
}

/* Contract: a live, unframed act of force or coercion (roots 17-20, or "met
** with force") told as a future passive with no agent ("would be targeted",
** "will be attacked", "would be met with crushing attacks"), not negated,
** whose subject phrase names a party, in a clause a statement or warning of
** another side reports ("Iran's army chief said U.S. bases would be targeted
** if ..."), is that speaker's threat (13x, as frame_compose pairs it) against
** the party; runs after compose_frames, sets forced roles. Why: the passive
** hid the speaker as its agent, so the act found no source and was lost
** (issue 4 threats). */
void passive_future_threat(Coder *c) {
  static const char *const azMeet[] = {"force", "attack", "attacks", "strikes", "fire", "retaliation", "response",
                                       "crushing", "military", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *b = &c->aH[k];
    if (b->bDrop || b->bFramed || !(b->forms & VF_PP) || b->i < 4) continue;
    int root = code_root(b);
    const char *zInner = b->zCode;
    if (!strcmp(lemma_of(c, b), "meet") && tok_is(c, b->i + 1, "with")) {
      int bForce = 0, bConsequence = 0;   /* "would be met with force", "... with consequences" */
      for (size_t t = b->i + 2; t < c->nTok && t < b->i + 5 && !bForce; t++) {
        bForce = tok_in(c, t, azMeet);
        bConsequence |= tok_is(c, t, "consequences");
      }
      if (!bForce && !bConsequence) continue;
      zInner = bForce ? "190" : "130";   /* consequences name no force: the plain threat */
    } else if (root < 17) {
      continue;
    }
    if (b->e < c->nTok && tok_is(c, b->e, "by")) continue;   /* an agent named: not the speaker's act */
    size_t t = b->i;
    while (t > 0 && t + 3 > b->i && tok_adverb(c, t - 1)) t--;
    if (t < 2 || !tok_is(c, t - 1, "be")) continue;
    size_t iModal = t - 2;
    if (!(tok_is(c, iModal, "will") || tok_is(c, iModal, "would") || tok_is(c, iModal, "'ll"))) continue;
    /* the reporting statement or warning before the clause, and its speaker */
    const VerbHit *r = NULL;
    for (size_t x = 0; x < c->nH; x++) {
      const VerbHit *h = &c->aH[x];
      if (x == k || h->e > iModal || (!is_report_verb(h) && strcmp(lemma_of(c, h), "warn"))) continue;
      if (!r || h->e > r->e) r = h;
    }
    if (!r) continue;
    int iS = -1;   /* the subject phrase's party: "British warships", "any Israeli response" */
    for (size_t m = c->nM; m-- > 0 && iS < 0;) {
      const Mention *pm = &c->aM[m];
      if (pm->e > iModal || pm->i < r->e) continue;
      if (pm->bLoc) continue;   /* "convoys in Ukraine": a place, not the party */
      if (iModal - pm->e > 4 || pm->bPronoun || pm->bAside) break;
      iS = (int)m;
    }
    /* ... or "it" standing for the act just told ("called it the most
    ** costly cyber attack in history and said it would be met with
    ** consequences"): the speaker's threat, its target left to the story */
    int bIt = iS < 0 && iModal >= 2 && tok_is(c, iModal - 1, "it") && iModal - 1 >= r->e;
    if (iS < 0 && !bIt) continue;
    int bBreak = 0;
    for (size_t u = iS >= 0 ? c->aM[iS].e : iModal; u < iModal && !bBreak; u++)
      bBreak = tok_is(c, u, ",") || tok_is(c, u, "that") || tok_is(c, u, "which") || clause_break(c, u);
    if (bBreak) continue;
    int iSp = mention_before(c, r->i, 0);
    if (iSp < 0 || (iS >= 0 && same_side(c, iSp, iS))) continue;
    if (!set_framed(c, b, FRAME_THREATEN, zInner)) continue;
    b->bModalFramed = 1;
    b->iSrcForce = iSp;
    b->iTgtForce = iS;
  }
}

/* Why: "Mali said any military intervention in Niger would be considered a
** declaration of war against them", "declared that any Indian move to block
** the rivers would be treated as an act of war", "saying any foreign troops
** sent without its approval would be treated as an invading force": the
** speaker threatens force (138) at whoever would take the step, but the
** passive with no agent gave the act no source, and the place named in the
** step ("in Niger") is not the side threatened (issue 4 threat26). Contract:
** runs after compose_frames, before warned_consequence; a live, unframed 138
** hit on consider/treat/regard/deem as a passive participle after "will" or
** "would" "be" with no "by" agent after it, in a clause a statement, warning
** or declaration reports (its hit ends before the modal) whose speaker is a
** party, becomes that speaker's threat: aimed at the agent named after "by"
** in the subject phrase or a party it names that is neither a place nor the
** speaker's side, else at the intervener threatened_place_intervener finds;
** with no target it is left alone. The warning hit that reported it is
** dropped (the threat is this one). */
void considered_war_act(Coder *c) {
  static const char *const azDeem[] = {"consider", "treat", "regard", "deem", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *b = &c->aH[k];
    if (b->bDrop || b->bFramed || strcmp(b->zCode, "138") || !(b->forms & VF_PP) || b->i < 4) continue;
    if (!str_listed(lemma_of(c, b), azDeem)) continue;
    if (b->i + 1 < c->nTok && tok_is(c, b->i + 1, "by")) continue;   /* an agent named: its own act */
    size_t t = b->i;
    while (t > 0 && t + 3 > b->i && tok_adverb(c, t - 1)) t--;
    if (t < 2 || !tok_is(c, t - 1, "be")) continue;
    size_t iModal = t - 2;
    if (!tok_is(c, iModal, "will") && !tok_is(c, iModal, "would")) continue;
    VerbHit *r = NULL;   /* the nearest statement, warning or declaration before the clause */
    for (size_t x = 0; x < c->nH; x++) {
      VerbHit *h = &c->aH[x];
      if (x == k || h->bDrop || h->e > iModal) continue;
      if (!is_report_verb(h) && strcmp(lemma_of(c, h), "warn") && strcmp(lemma_of(c, h), "declare")) continue;
      if (!r || h->e > r->e) r = h;
    }
    if (!r) continue;
    int iSp = mention_before(c, r->i, 0);
    if (iSp < 0) continue;
    int iT = -1;   /* the step's agent: "any attempt by India", "any Indian move" */
    for (size_t m = 0; m < c->nM && iT < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < r->e || pm->e > iModal || pm->bLoc || pm->bPronoun || pm->bAside || same_side(c, iSp, (int)m))
        continue;
      if (pm->bBy || pm->bMod) iT = (int)m;
    }
    if (iT < 0) iT = threatened_place_intervener(c, k, r->e, iModal);
    if (iT < 0 || same_side(c, iSp, iT)) continue;
    if (!strcmp(lemma_of(c, r), "warn")) r->bDrop = 1;
    b->iSrcForce = iSp;
    b->iTgtForce = iT;
    b->bModalFramed = 1;
    b->bFramed = 1;
  }
}

/* Contract: the token after the punishment that the clause from t on promises
** -- "(not) be brought to justice", "be punished (prosecuted, tried,
** arrested)", "not be spared", "face justice (trial, prosecution, punishment,
** the full weight of the law)", "not go unpunished", "answer for" -- else 0;
** *pbNeg is set when a negation stands between t and the predicate. */
static size_t punishment_predicate(const Coder *c, size_t t, int *pbNeg) {
  static const char *const azPassive[] = {"punished", "prosecuted", "tried", "arrested", NULL};
  static const char *const azFaced[] = {"justice", "trial", "prosecution", "punishment", "law", NULL};
  *pbNeg = 0;
  while (t < c->nTok && (tok_neg(c, t) || tok_adverb(c, t))) *pbNeg |= tok_neg(c, t), t++;
  if (t + 1 >= c->nTok) return 0;
  if (tok_is(c, t, "be")) {
    size_t u = t + 1;
    while (u < c->nTok && u < t + 3 && tok_adverb(c, u)) u++;
    if (u + 2 < c->nTok && tok_is(c, u, "brought") && tok_is(c, u + 1, "to") && tok_is(c, u + 2, "justice")) return u + 3;
    if (u < c->nTok && tok_in(c, u, azPassive)) return u + 1;
    if (u < c->nTok && tok_is(c, u, "spared") && *pbNeg) return u + 1;
    return 0;
  }
  if (tok_is(c, t, "face")) {
    for (size_t u = t + 1; u < c->nTok && u < t + 8; u++) {   /* "face the full weight of the law" */
      if (clause_break(c, u) || tok_is(c, u, ",") || tok_is(c, u, ".")) return 0;
      if (tok_in(c, u, azFaced)) return u + 1;
    }
    return 0;
  }
  if (tok_is(c, t, "go") && tok_is(c, t + 1, "unpunished") && *pbNeg) return t + 2;
  if (tok_is(c, t, "answer") && tok_is(c, t + 1, "for")) return t + 2;
  return 0;
}

/* Why: "Tinubu vowed that the kidnappers would be brought to justice", "said
** those responsible would be prosecuted", "said the kidnappers would not go
** unpunished", "promised that those behind the abduction would face
** justice": punishment a leader promises for a crime is his threat of
** repression (137; tests/gold/README.md dev10: "vowed the perpetrators would
** be punished" 137), but the vow or statement was a plain one (no event) and
** the punished, named by no party, gave the passive act no source (issue 4
** threat24). Contract: runs after passive_future_threat; a live statement,
** vow, promise or warning hit r (root 01 report, or lemma vow, promise,
** pledge, warn) followed -- after an optional "that" and a subject phrase of
** at most eight tokens that names no state or body other than the speaker's
** side and holds no clause break -- by "will"/"would"/"shall" and a
** punishment_predicate becomes 137 over the clause (its target left to the
** roles: a domestic act's own country), and the live hits inside the clause
** are dropped. */
void promised_punishment(Coder *c) {
  static const char *const azVow[] = {"vow", "promise", "pledge", "warn", NULL};
  static const char *const azModal[] = {"will", "would", "shall", "'ll", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *r = &c->aH[k];
    if (r->bDrop || r->bFramed) continue;
    const char *zL = lemma_of(c, r);
    if (!is_report_verb(r) && !str_listed(zL, azVow)) continue;
    size_t t = r->e;
    if (t < c->nTok && tok_is(c, t, "that")) t++;
    size_t iModal = SIZE_MAX;
    for (size_t u = t; u < c->nTok && u < t + 9 && iModal == SIZE_MAX; u++) {
      if (clause_break(c, u) || tok_is(c, u, ",") || tok_is(c, u, ".") || tok_is(c, u, ";")) break;
      if (tok_in(c, u, azModal)) iModal = u;
    }
    if (iModal == SIZE_MAX || iModal == t) continue;
    int bNeg = 0;
    size_t e = punishment_predicate(c, iModal + 1, &bNeg);
    if (!e) continue;
    int iSp = r->iSrc >= 0 ? r->iSrc : mention_before(c, r->i, 0);
    if (iSp < 0) continue;
    int bParty = 0;   /* "said Israel would face punishment" is left to the suffered threat */
    for (size_t m = 0; m < c->nM && !bParty; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < t || pm->e > iModal || pm->bPronoun) continue;
      const char *zM = NULL;
      mention_country(c, (int)m, &zM);
      bParty = (zM || (pm->pMain && pm->pMain->kind == AK_ORG)) && !same_side(c, iSp, (int)m);
    }
    /* ... and a threat the clause already codes ("would face trial" 137) stays */
    int bCoded = 0;
    for (size_t x = 0; x < c->nH && !bCoded; x++)
      bCoded = x != k && !c->aH[x].bDrop && c->aH[x].i > iModal && c->aH[x].i < e && code_root(&c->aH[x]) == 13;
    if (bParty || bCoded) continue;
    const VerbPattern *v = lemma_pattern(c, zL, "137");
    if (!v) v = lemma_pattern(c, "threaten", "137");
    if (!v) continue;
    for (size_t x = 0; x < c->nH; x++)
      if (x != k && c->aH[x].i >= t && c->aH[x].i < e) c->aH[x].bDrop = 1;
    r->pPat = v;
    r->zCode = v->zCode;
    r->eSpan = e;
    r->bModalFramed = 1;
    r->iSrcForce = iSp;
  }
}

/* Contract: 1 when appeal hit a is the authors' own, as a report's prescriptions
** word it: "we" (no speaker named, so no mention) before it ("We urge", "We
** strongly recommend that"), or a present passive with no agent ("is advised to",
** "are urged to"). Why: the authors are no actor, so their appeal is no event;
** what they prescribe is the addressee's act, mood recommendation (issue 4 policy). */
static int authors_appeal(const Coder *c, const VerbHit *a) {
  static const char *const azPresentBe[] = {"is", "are", NULL};
  if (frame_family(a->zCode) != FRAME_APPEAL || a->i == 0) return 0;
  size_t t = a->i;
  while (t > 0 && tok_adverb(c, t - 1)) t--;
  if (t == 0) return 0;
  if (tok_is(c, t - 1, "we") && !in_mention(c, t - 1)) return 1;
  return (a->forms & VF_PP) && tok_in(c, t - 1, azPresentBe) && !tok_is(c, a->e, "by");
}

/* Contract: 1 when base-form hit b opens a clause the authors prescribe with
** "it is ADJ that" ("It is essential that the West cut ...", "it is vital that
** Kyiv avoid ..."), with no other hit between "that" and b. Why: the mandative
** subjunctive of a report's authors is a recommendation, not a fact (issue 4 policy). */
static int mandative_that(const Coder *c, size_t k) {
  static const char *const azAdj[] = {"essential", "vital", "imperative", "important", "crucial", "critical",
                                      "necessary", "urgent", NULL};
  const VerbHit *b = &c->aH[k];
  if (!(b->forms & VF_BASE) || b->i < 5) return 0;
  size_t iThat = SIZE_MAX;
  for (size_t t = b->i; t-- > 0 && t + 12 > b->i && iThat == SIZE_MAX;) {
    if (clause_break(c, t) || tok_is(c, t, ".")) return 0;
    if (tok_is(c, t, "that")) iThat = t;
  }
  if (iThat == SIZE_MAX || iThat < 3 || !tok_in(c, iThat - 1, azAdj)) return 0;
  size_t t = iThat - 1;
  while (t > 1 && tok_adverb(c, t - 1)) t--;
  if (t < 2 || !tok_is(c, t - 1, "is") || !tok_is(c, t - 2, "it")) return 0;
  for (size_t x = 0; x < k; x++)
    if (!c->aH[x].bDrop && c->aH[x].i > iThat) return 0;
  return 1;
}

/* Contract: drops an appeal the report's authors make (authors_appeal) when an
** act follows it in its clause, and marks that act and each one the mandative
** "it is essential that" governs (mandative_that) as prescribed (bPrescribed),
** to be coded as its own subject's act with mood recommendation. Runs before
** the frames compose, which would otherwise fold the act into an appeal with
** no source. Why: "We recommend that the African Union suspend Mali", "Kenya is
** advised to ...", "We urge Washington to sanction ..." gave no event (issue 4 policy). */
void authors_prescription(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (a->bDrop || !authors_appeal(c, a)) continue;
    for (size_t x = k + 1; x < c->nH; x++) {
      VerbHit *b = &c->aH[x];
      if (b->bDrop) continue;
      if ((b->forms & VF_BASE) && b->i > a->i && b->i <= a->e + 14 && one_clause(c, a->e, b->i)) {
        a->bDrop = 1;
        b->bPrescribed = 1;
      }
      break;
    }
  }
  for (size_t k = 0; k < c->nH; k++)
    if (!c->aH[k].bDrop && mandative_that(c, k)) c->aH[k].bPrescribed = 1;
}

/* Contract: gives a prescribed act (authors_prescription) the mood recommendation,
** a statement about the future. Why: the clause before such an act ("the African
** Union" after "We recommend that") holds no modal for judge_clause to read. */
void prescribed_mood(const VerbHit *h, Judgment *j) {
  if (!h->bPrescribed) return;
  j->zMood = "recommendation";
  j->bFuture = 1;
}

/* Contract: marks negated each gerund hit right after "avoid" or "refrain from"
** (past adverbs: "should avoid openly arming", "refrained from shelling"),
** and each hit whose pattern opens on "avoid" ("avoid further clashes").
** Why: avoiding an act is not doing it, as "did not" is; the act was coded as done
** ("Kyiv should avoid shelling the city" gave a positive 194; issue 4 policy). */
void avoided_act(Coder *c) {
  static const char *const azAvoid[] = {"avoid", "avoids", "avoided", "avoiding", NULL};
  static const char *const azRefrain[] = {"refrain", "refrains", "refrained", "refraining", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    /* ... and a pattern that opens on "avoid" itself ("avoid further clashes"),
    ** no act at all when "to avoid" tells a thing's purpose ("a hotline used
    ** to avoid clashes", "opened a hotline to avoid clashes"): after "to"
    ** only a verb of will or agreement makes it the subject's own */
    if (!h->bDrop && tok_in(c, h->i, azAvoid)) {
      static const char *const azWill[] = {"agreed", "agree", "agrees", "pledged", "pledge", "promised", "vowed",
                                           "want", "wants", "wanted", "seek", "seeks", "sought", "try", "tries",
                                           "tried", "decided", "intend", "intends", "needs", "need", NULL};
      h->bNegated = 1;
      if (h->i >= 2 && tok_is(c, h->i - 1, "to") && !tok_in(c, h->i - 2, azWill)) h->bDrop = 1;
    }
    if (h->bDrop || !(h->forms & VF_ING)) continue;
    size_t t = h->i;
    while (t > 0 && tok_adverb(c, t - 1)) t--;
    if (t == 0) continue;
    /* ... and "held back from urging the Yemeni leader to resign" (issue
    ** 4, session 63) */
    static const char *const azHold[] = {"held", "hold", "holds", "holding", NULL};
    int bHeldBack = t > 3 && tok_is(c, t - 1, "from") && tok_is(c, t - 2, "back") && tok_in(c, t - 3, azHold);
    if (tok_in(c, t - 1, azAvoid) || (t > 1 && tok_is(c, t - 1, "from") && tok_in(c, t - 2, azRefrain)) || bHeldBack)
      h->bNegated = 1;
  }
}

/* Contract: a finite "called off" hit on a strike or protest (082 in
** verbs.txt) becomes the dissent itself, negated: 143 for a strike or
** walkout, 141 for a protest, rally or march; a hunger strike, an infinitive
** ("agreed to call off the strike", which the intent frame reads as 0352)
** and a clause with its own negation keep 082. Why: the gold sets code a
** called-off strike as the strike that did not happen (issue 4 codes22). */
void called_off_dissent(Coder *c) {
  static const char *const azStrike[] = {"strike", "strikes", "walkout", "walkouts", NULL};
  static const char *const azProtest[] = {"protest", "protests", "demonstration", "demonstrations", "rally",
                                          "rallies", "march", "marches", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(h->zCode, "082") || strcmp(lemma_of(c, h), "call")) continue;
    if (h->i + 2 >= h->e || !tok_is(c, h->i + 1, "off") || (h->forms & VF_BASE)) continue;
    if (h->i > 0 && (tok_is(c, h->i - 1, "to") || tok_neg(c, h->i - 1))) continue;
    size_t tN = h->e - 1;
    const char *zCode = tok_in(c, tN, azStrike) ? "143" : tok_in(c, tN, azProtest) ? "141" : NULL;
    if (!zCode || tok_is(c, tN - 1, "hunger")) continue;
    const CameoCode *cc = dict_cameo(c->p, zCode);
    if (!cc) continue;
    h->zCode = cc->zCode;
    h->bNegated = 1;
  }
}

void compose_frames(Coder *c) {
  compose_frames_pass(c);
  /* "a militant wanted for murder", "Russia wants peace": a wish that frames
  ** no act of an addressee is no appeal */
  for (size_t k = 0; k < c->nH; k++)
    if (!c->aH[k].bDrop && !c->aH[k].bFramed && is_wish(c, &c->aH[k])) c->aH[k].bDrop = 1;
}

/* The speaker of report hit a: the actor before it; but for a participle
** that trails a clause ("met al-Sharaa in Riyadh a day after announcing
** that ...", "..., saying that ..."), the subject of the verb it trails, and
** for a finite report verb right after "and" ("accused Syria ... and said"),
** the subject of the sentence's first live act. */
int participle_speaker(const Coder *c, const VerbHit *a) {
  static const char *const azTrail[] = {"after", "before", "since", "while", "when", "by", ",", NULL};
  /* "Turkey accused Syria of shooting down its jet and said it would ask
  ** NATO ...": the object named last before "and said" is no speaker */
  if (!(a->forms & VF_ING) && a->i > 0 && tok_is(c, a->i - 1, "and") && is_report_verb(a)) {
    for (size_t x = 0; x < c->nH && c->aH[x].i < a->i; x++) {
      const VerbHit *p = &c->aH[x];
      if (p->bDrop || p == a) continue;
      int iP = mention_before(c, hit_start(p), 0);
      if (iP >= 0) return iP;
      break;
    }
  }
  if (!(a->forms & VF_ING) || a->i == 0 || !tok_in(c, a->i - 1, azTrail)) return mention_before(c, a->i, 0);
  const VerbHit *p = NULL;
  for (size_t x = 0; x < c->nH && c->aH[x].i < a->i; x++)
    if (!c->aH[x].bDrop && &c->aH[x] != a) p = &c->aH[x];
  int iS = p ? mention_before(c, hit_start(p), 0) : -1;
  /* ... unless ", and" opens another clause with a subject of its own between
  ** them: "Tokyo had taken Seoul off a roster ..., and Seoul answered ten days
  ** later by saying it would ..." is Seoul's saying (issue 4 lead48) */
  if (iS >= 0 && comma_and_between(c, p->e, a->i)) {
    int iNear = mention_before(c, a->i, 0);
    if (iNear >= 0 && c->aM[iNear].i > p->e && !c->aM[iNear].bPronoun) {
      size_t t = c->aM[iNear].i;
      int bAnd = t >= 2 && tok_is(c, t - 1, "and") && tok_is(c, t - 2, ",");
      if (bAnd) return iNear;
    }
  }
  return iS >= 0 ? iS : mention_before(c, a->i, 0);
}

/* Contract: 1 when the subject of a reported future clause is a role the
** speaker's own possessive names, two or three words long ("agreed that
** their special representatives would meet", "said his foreign minister
** would visit Beijing", "said its armed forces would withdraw"): between the
** report verb's end e and the modal at iModal stand "their", "its", "his",
** "her" or "our" and then only lower-case words, and the subject mention iS,
** if any, is a bare role inside them. Why: the one-word rule ("its
** government would") missed these, so the speaker's stated intent was coded
** as someone else's act with mood forecast (issue 4 voice). */
static int own_possessed_subject(const Coder *c, size_t e, size_t iModal, int iS) {
  static const char *const azOwnPoss[] = {"their", "its", "his", "her", "our", NULL};
  if (iModal < e + 3) return 0;
  size_t p = iModal - 1;
  while (p > e && p + 4 > iModal && !tok_in(c, p, azOwnPoss) && c->aTok[p].bWord && !c->aTok[p].bCap) p--;
  /* two or three words (one is the rule before it: "its government would") */
  if (!tok_in(c, p, azOwnPoss) || p + 3 > iModal) return 0;
  if (iS < 0) return 1;
  const Mention *pS = &c->aM[iS];
  return pS->i > p && pS->e <= iModal && pS->pAgent && !pS->pMain && !pS->bPronoun;
}

/* Contract: 1 when the subject of a reported future clause is "the" and one
** noun that wire copy uses for the speaker's own side once it is named --
** "the group", "the movement", "the country", "the island", "the kingdom",
** "the bloc" -- standing right before the modal at iModal, after the report
** verb's end e. Why: "A Houthi spokesman said the group would continue to
** target ships", "Tsai said the island would not back down": such a noun is
** no actor mention, so the clause had no subject and its act was coded as a
** forecast or dropped, not as the speaker's intent, refusal or threat (issue
** 4 intent28). The caller checks that no mention stands in the clause. */
static int own_anaphor_subject(const Coder *c, size_t e, size_t iModal) {
  static const char *const azSide[] = {"group", "movement", "country", "island", "kingdom", "bloc", NULL};
  return iModal >= e + 2 && tok_is(c, iModal - 2, "the") && tok_in(c, iModal - 1, azSide);
}

/* "Haftar ordered his Libyan National Army to advance on Tripoli", "Putin
** ordered the army to attack", "ordered troops to fire": an order to the
** orderer's own armed forces is command, and the gold sets code the ordered
** act as the orderer's own ("ordered the armed forces to carry out military
** operations against the gangs" 190). Contract: 1 when demand hit a is a form
** of "order" -- or of "tell", "instruct", "direct" or "command", the same
** command ("told the military to neutralise the gangs", issue 4 analytic) --
** whose addressee, between it and the "to" at iTo, is an armed force or police
** of the orderer's own state (a role with no other state, a bare force noun,
** or an armed group of the orderer's state), else 0. */
static int own_forces_order(const Coder *c, const VerbHit *a, size_t iTo) {
  static const char *const azForce[] = {"army", "troops", "forces", "military", "soldiers", "police", "navy",
                                        "militia", "militias", "fighters", "units", "commanders", "generals", NULL};
  static const char *const azRole[] = {"MIL", "COP", "SPY", NULL};
  static const char *const azCommand[] = {"order", "tell", "instruct", "direct", "command", NULL};
  int bCommand = 0;
  for (const char *const *z = azCommand; *z && !bCommand; z++) bCommand = !strcmp(lemma_of(c, a), *z);
  if (!bCommand || iTo == SIZE_MAX || iTo <= a->i + 1 || iTo > a->i + 10) return 0;
  int iS = mention_before(c, a->i, 0);
  const char *zS = NULL;
  mention_country(c, iS, &zS);
  int bForce = 0, bOther = 0;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i <= a->i || pm->i >= iTo) continue;
    const char *zM = NULL;
    mention_country(c, (int)m, &zM);
    int bRole = pm->pAgent && str_listed(pm->pAgent->zRole, azRole);
    int bArmedOrg = pm->pMain && pm->pMain->kind == AK_ORG && armed_mention(pm);
    if ((bRole || bArmedOrg) && (!zM || (zS && !strncmp(zM, zS, 3)))) bForce = 1;
    else bOther = 1;
  }
  for (size_t t = a->i + 1; t < iTo && !bForce; t++) bForce = tok_in(c, t, azForce) && !in_mention(c, t);
  return bForce && !bOther;
}

/* Contract: a live demand hit (root 10) whose pattern ends in an
** infinitive's "to" and whose addressee is the orderer's own force (own_forces_order) is dropped when no
** coded act follows to take it over ("told his commanders to hold their
** positions"). Why: the command stayed a demand aimed at the story's enemy
** (issue 4 refs2). Runs after compose_frames, which hands a coded act its
** orderer. */
void own_forces_lone_order(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (a->bDrop || code_root(a) != 10 || a->e < 2 || a->e >= c->nTok || !tok_is(c, a->e - 1, "to")) continue;
    /* ... an infinitive's "to", not a destination's ("ordered 700 soldiers to Kosovo") */
    const Token *pV = &c->aTok[a->e];
    if (!pV->bWord || pV->bCap || in_mention(c, a->e) || !dict_forms(c->p, pV->id)) continue;
    if (own_forces_order(c, a, a->e - 1)) a->bDrop = 1;
  }
}

/* Contract: 1 when CAMEO code z threatens or uses force: a threat of force
** (138x), a show of force (15x), or force itself (18x, 19x, 20x). */
static int force_root(const char *z) {
  if (!z || strlen(z) < 3) return 0;
  if (!strncmp(z, "138", 3) || !strncmp(z, "15", 2) || !strncmp(z, "18", 2) || !strncmp(z, "19", 2)) return 1;
  return !strncmp(z, "20", 2);
}

/* Why: "A Russian deputy foreign minister said Russia could bomb intruding
** warships next time": force a speaker says his own side could use is a
** threat (CAMEO codes conflict told in the future as threat), not an
** onlooker's estimate, which "could" makes it in another's mouth. Contract:
** for report hit a and force hit b (root 15-20) in one clause, b right after
** "could", "might" or "may" (an adverb between at most), whose subject --
** the first participant after a -- names the speaker's state, as the
** speaker does, and is of no opposed role: 'W' (modal_before's kind) with
** *piModal on the modal; else 0. */
static int own_side_could_force(const Coder *c, const VerbHit *a, const VerbHit *b, size_t *piModal) {
  static const char *const azCould[] = {"could", "might", "may", NULL};
  int root = code_root(b);
  if (root < 15 || root > 20 || !is_report_verb(a) || b->i < 2 || b->i <= a->e) return 0;
  size_t m = b->i - 1;
  if (tok_adverb(c, m) && m > a->e) m--;
  if (!tok_in(c, m, azCould) || !one_clause(c, a->e, b->i)) return 0;
  int iSpeaker = participle_speaker(c, a), iS = mention_before(c, m, a->e);
  if (iSpeaker < 0 || iS < 0 || c->aM[iS].bPronoun || opposed_roles(c, iSpeaker, iS)) return 0;
  /* ... both named as one state's: bare roles ("diplomats said the soldiers
  ** may ...") are onlookers as often */
  const char *zSp = NULL, *zSu = NULL;
  mention_country(c, iSpeaker, &zSp);
  mention_country(c, iS, &zSu);
  if (!zSp || !zSu || strncmp(zSp, zSu, 3)) return 0;
  *piModal = m;
  return 'W';
}

/* 1 when ", and" stands between tokens lo and hi; else 0. */
int comma_and_between(const Coder *c, size_t lo, size_t hi) {
  for (size_t t = lo; t + 1 < hi; t++)
    if (tok_is(c, t, ",") && tok_is(c, t + 1, "and")) return 1;
  return 0;
}

/* 1 when "and", "or", "but" or a comma stands between tokens lo and hi,
** joining a second verb to the first; else 0. */
static int joined_between(const Coder *c, size_t lo, size_t hi) {
  static const char *const azJoin[] = {"and", "or", "but", ",", NULL};
  for (size_t t = lo; t < hi; t++)
    if (tok_in(c, t, azJoin)) return 1;
  return 0;
}

/* 1 when "that" stands between tokens lo and hi; else 0. */
static int that_between(const Coder *c, size_t lo, size_t hi) {
  for (size_t t = lo; t < hi; t++)
    if (tok_is(c, t, "that")) return 1;
  return 0;
}

/* Why: "said Manila had no plans to extradite Quiboloy to the United
** States", "has no intention of restoring ties": a side's stated lack of a
** plan for a cooperative act refuses it (12x), as "said it would not
** extradite him" does (own_future_act's negated intent); find_verbs only
** negated the act (issue 4, session 42). Contract: runs after
** compose_frames; a live, unframed hit of roots 04-09 right after "no plans
** (plan, intention, intentions) to (of)" is framed as a refusal (FRAME_REJECT)
** and its negation consumed; a hostile act keeps its negation. */
void no_plans_refusal(Coder *c) {
  static const char *const azPlan[] = {"plans", "plan", "intention", "intentions", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->bFramed || root < 4 || root > 9 || h->i < 3) continue;
    if (!tok_is(c, h->i - 3, "no") || !tok_in(c, h->i - 2, azPlan) ||
        !(tok_is(c, h->i - 1, "to") || tok_is(c, h->i - 1, "of")))
      continue;
    if (!set_framed(c, h, FRAME_REJECT, h->zCode)) continue;
    h->bNegated = 0;
    h->bNegClear = 1;
    h->bStated = 1;
  }
}

/* Contract: 1 when the subject of appeal hit a is a state's own organ -- a
** government, its forces or police, or a bare state. Why: a call to take to
** the streets threatens dissent (133, frame_compose) when the opposition
** makes it; a president calling his supporters out against a coup, or the
** army asking protesters to keep a sit-in, is a plain appeal (020, the news
** gold's Erdogan line; issue 4, session 42). */
static int rulers_call(const Coder *c, const VerbHit *a) {
  static const char *const azRulers[] = {"GOV", "MIL", "COP", "SPY", "", NULL};
  int iS = mention_before(c, a->i, 0);
  /* ... the subject of the verb an "and" joins it to, not that verb's object
  ** ("has not recognised the count, saying he would never accept Hernandez
  ** as president, and urged his followers ...": not Hernandez; issue 4,
  ** session 47) */
  if (a->i > 0 && tok_is(c, a->i - 1, "and"))
    for (size_t x = 0; x < c->nH && c->aH[x].i < a->i; x++)
      if (!c->aH[x].bDrop && &c->aH[x] != a) {
        int iP = mention_before(c, hit_start(&c->aH[x]), 0);
        if (iP >= 0) iS = iP;
        break;
      }
  const char *zRole = iS >= 0 ? mention_role(c, iS) : NULL;
  return zRole && str_listed(zRole, azRulers);
}

/* Contract: 1 when speaker iSp is a bare state organ ("the foreign
** ministry", "the defence ministry") whose default side -- the side the story
** follows (role_default) -- is the state of mention iS, itself no opposed
** role. Why: "The foreign ministry said Moscow would stop issuing visas to
** British officials" is Moscow's own stated threat (1312), but the organ
** names no state, so same_side failed and the act stayed a forecast of
** Russia's (issue 4, session 42). */
static int organ_of_subject(const Coder *c, int iSp, int iS) {
  if (iSp < 0 || iS < 0 || !bare_organ(&c->aM[iSp]) || opposed_roles(c, iSp, iS)) return 0;
  const char *zSp = role_default(c, iSp, NULL), *zS = NULL;
  mention_country(c, iS, &zS);
  return zSp && zS && !strncmp(zSp, zS, 3);
}

/* Contract: for hit b after hit a, the live report verb whose report a
** second "that" clause continues ("said on Tuesday that the Houthis had
** capitulated and that the United States would stop bombing them"): "and
** that" or "but that" stands between a and b, b is the first hit after it,
** and an earlier report verb has its own "that" within three tokens, with
** no full stop or other report verb between; its index, else SIZE_MAX.
** Why: b's nearest hit was the first clause's act, so the speaker's stated
** intent was read as a forecast (issue 4 lead50). */
static size_t second_reported_clause(const Coder *c, const VerbHit *a, const VerbHit *b) {
  size_t u = second_report_clause(c, a->e, b->i) + 1;   /* its "that" */
  if (u > b->i || is_report_verb(a)) return SIZE_MAX;
  size_t iR = SIZE_MAX;
  for (size_t x = 0; x < c->nH; x++)
    if (!c->aH[x].bDrop && c->aH[x].i < a->i && is_report_verb(&c->aH[x])) iR = x;
  if (iR == SIZE_MAX) return SIZE_MAX;
  const VerbHit *r = &c->aH[iR];
  if (u - r->e > 30) return SIZE_MAX;
  int bThat = 0;
  for (size_t t = r->e; t < r->e + 4 && t < a->i && !bThat; t++) bThat = tok_is(c, t, "that");
  if (!bThat) return SIZE_MAX;
  for (size_t t = r->e; t < u; t++)
    if (tok_is(c, t, ".") || tok_is(c, t, ";")) return SIZE_MAX;
  for (size_t x = 0; x < c->nH; x++) {
    const VerbHit *h = &c->aH[x];
    if (!h->bDrop && x != iR && h->i > r->i && h->i < b->i && is_report_verb(h)) return SIZE_MAX;
  }
  return iR;
}

static void compose_frames_pass(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *b = &c->aH[k];
    if (b->bDrop) continue;
    VerbHit *a = NULL;   /* the hit before b */
    for (size_t x = k; x-- > 0;)
      if (!c->aH[x].bDrop) {
        a = &c->aH[x];
        break;
      }
    if (b->bFramed) continue;
    size_t iReport = a ? second_reported_clause(c, a, b) : SIZE_MAX;
    if (iReport != SIZE_MAX) a = &c->aH[iReport];
    if (a && a->bModalFramed) carry_intent(c, a, k);
    if (a && a->bStated) carry_stated(c, a, k);
    if (b->bFramed) continue;
    if (!a || a->bFramed) {
      own_future_act(c, k);
      continue;
    }
    FrameFamily f = frame_family(a->zCode);
    const char *zInner = b->zCode;
    /* 1: "X to b" */
    size_t iTo = to_before(c, b);
    if (obligation_frame(c, a, b, iTo)) continue;
    /* ... or a gerund after a frame's own "to": "is committed to opening up" */
    int bToIng = (b->forms & VF_ING) && iTo != SIZE_MAX && iTo < a->e;
    if (f != FRAME_NONE && iTo != SIZE_MAX && iTo > a->i && ((b->forms & VF_BASE) || bToIng) &&
        (iTo < a->e || (iTo - a->e <= 14 && one_clause(c, a->e, iTo))) &&
        (iTo < a->e || !tok_is(c, a->e, "that"))) {
      if ((a->i > 0 && tok_neg(c, a->i - 1)) || (a->i > 1 && tok_neg(c, a->i - 2))) {
        a->bDrop = 1;   /* "has not agreed to": nothing intended; the act, negated */
        b->iSubj = a->i;
        continue;
      }
      /* "Ukraine wants to join NATO": a wish for one's own act asks nobody
      ** anything; only "wants Germany to pay" is an appeal */
      if (f == FRAME_APPEAL && iTo == a->e && is_wish(c, a)) {
        a->bDrop = 1;
        continue;
      }
      /* "rejected US demands to halt enrichment", "turned down calls to
      ** resign": what the rejected demand asks for is no act of anyone; the
      ** rejection, aimed at who asked, takes its finer code from it */
      int bAskNoun = f == FRAME_REJECT && iTo >= a->e && a->e > a->i + 1 && c->aUsed[a->e - 1] == 1;
      if (bAskNoun) {
        if (set_framed(c, a, f, zInner)) a->eSpan = b->eSpan;
        b->bDrop = 1;
        continue;
      }
      /* "rejected a US offer to host a summit", "turned down Russia's
      ** proposal to hold talks": what is rejected is the named party's
      ** offer, whose content the infinitive tells; the rejection is aimed at
      ** that party */
      int bOwnedOffer = 0;
      for (size_t m = 0; f == FRAME_REJECT && iTo == a->e && m < c->nM && !bOwnedOffer; m++)
        bOwnedOffer = c->aM[m].i > a->i && c->aM[m].e < a->e && !c->aM[m].bLoc;
      if (bOwnedOffer) {
        b->bDrop = 1;
        continue;
      }
      if (f == FRAME_DEMAND && iTo < a->e && own_forces_order(c, a, iTo)) {
        a->bDrop = 1;   /* the orderer's own act: "ordered his troops to advance on ..." */
        b->iSubj = a->i;
        b->iSpan = a->iSpan;
        continue;
      }
      /* "warned Mongolia not to host the Dalai Lama": a warning against
      ** the addressee's act is the bare threat (130) aimed at the
      ** addressee, not a threat of that act, negated (issue 4 dev34) */
      if (f == FRAME_THREATEN && iTo > a->e && tok_neg(c, iTo - 1) && !strcmp(lemma_of(c, a), "warn")) {
        int bAddressee = 0;
        for (size_t m = 0; m < c->nM && !bAddressee; m++)
          bAddressee = c->aM[m].i >= a->e && c->aM[m].e < iTo && !c->aM[m].bLoc && !c->aM[m].bAside;
        if (bAddressee) {
          b->bDrop = 1;
          continue;
        }
      }
      const CameoCode *pDeesc = NULL;
      if (f == FRAME_APPEAL || f == FRAME_DEMAND) {
        if (set_framed(c, a, f, zInner)) {
          b->bDrop = 1;
          a->eSpan = b->eSpan;
          const CameoCode *ccAppeal = !strcmp(a->zCode, "133") && rulers_call(c, a) ? dict_cameo(c->p, "020") : NULL;
          if (ccAppeal) a->zCode = ccAppeal->zCode;
        }
      } else if (f == FRAME_INTENT && iTo > 0 && tok_neg(c, iTo - 1) && force_root(zInner) && (pDeesc = dict_cameo(c->p, "0356"))) {
        /* "agreed not to attack each other", "pledged never to use force":
        ** an intent to forgo force is one to de-escalate (0356), not a
        ** threat of it, negated */
        b->zAct = b->zCode;
        b->zCode = pDeesc->zCode;
        b->bFramed = 1;
        b->bNegated = 0;
        b->bNegClear = 1;
        a->bDrop = 1;
        b->iSpan = a->iSpan;
        b->iSubj = a->i;
        b->bStated = 1;
      } else if (set_framed(c, b, f, zInner)) {
        a->bDrop = 1;
        b->iSpan = a->iSpan;
        b->iSubj = a->i;
        b->bStated = f == FRAME_INTENT || f == FRAME_THREATEN;
      } else if (f == FRAME_REJECT) {   /* "refused to condemn": no CAMEO act; the act, negated */
        a->bDrop = 1;
        b->bNegated = 1;
        b->iSubj = a->i;
      }
      continue;
    }
    /* 1b: "declined to raise lending to Greece", "refused to extend its
    ** aid": a refusal whose verb the dictionary lacks governs the act named
    ** by the noun after that verb; the refusal takes its finer code from it */
    /* ... but not a second verb after "and": "refused to sign and said it
    ** was up to the EU" (session 56) */
    if (f == FRAME_REJECT && a->e > a->i && tok_is(c, a->e - 1, "to") && b->i > a->e + 0 && b->i <= a->e + 3 &&
        c->aTok[a->e].bWord && !c->aTok[a->e].bCap && !in_mention(c, a->e) && one_clause(c, a->e, b->i) &&
        !joined_between(c, a->e, b->i) &&
        !((a->i > 0 && tok_neg(c, a->i - 1)) || (a->i > 1 && tok_neg(c, a->i - 2)))) {
      if (set_framed(c, b, f, zInner)) {
        a->bDrop = 1;
        b->iSpan = a->iSpan;
        b->iSubj = a->i;
      } else {   /* "refused to stop the shelling": no CAMEO act; the act, negated */
        a->bDrop = 1;
        b->bNegated = 1;
        b->iSubj = a->i;
      }
      continue;
    }
    /* 2: "demanded that Russia withdraw" -- the demand, aimed at the clause's subject */
    int bNeg = 0;
    size_t iModal = 0;
    int cModal = modal_before(c, b, &bNeg, &iModal);
    if (!cModal) cModal = warned_could(c, a, b, &iModal);
    if (!cModal) cModal = own_side_could_force(c, a, b, &iModal);
    /* (a warning's second act keeps its addressee as the threat's target: left to the warning) */
    if (!cModal && f != FRAME_THREATEN && strcmp(lemma_of(c, a), "warn")) {
      cModal = conjunct_modal(c, b, &bNeg, &iModal);
      /* ... but a modal before the frame verb governs both verbs: "should
      ** press Pristina to lift the tariff and urge Belgrade to ..." is the
      ** writer's second recommendation, no act demanded of Pristina
      ** (issue 4 dev35) */
      if (cModal && iModal < a->i) {
        own_future_act(c, k);
        continue;
      }
    }
    int bThat = a->e < c->nTok && tok_is(c, a->e, "that");
    bThat |= a->e > a->i + 1 && tok_is(c, a->e - 1, "that");   /* the pattern's own: "insist that" */
    /* ... or after a date: "demanded in August that Malawi suspend all oil
    ** exploration" (issue 4 dev35) */
    if (!bThat) bThat = that_after_date(c, a->e) != SIZE_MAX;
    if ((f == FRAME_DEMAND || f == FRAME_APPEAL) && bThat && one_clause(c, a->e, b->i) && !bNeg &&
        ((b->forms & VF_BASE) || cModal == 'M') && !(b->forms & VF_PAST)) {
      if (set_framed(c, a, f, zInner)) {
        b->bDrop = 1;
        a->eSpan = b->eSpan;
      }
      continue;
    }
    if (!cModal) continue;
    /* "said he will tell Koizumi that Japan needs to ...": a statement
    ** announced is no intent to cooperate; what it says is coded on its own
    ** (a warning's "would respond" stays a threat) */
    if (cModal == 'W' && is_report_verb(b) && f != FRAME_THREATEN && strcmp(lemma_of(c, a), "warn")) continue;
    /* 3: a report of what its speaker will do, or of what another must do */
    int bPassive = (b->forms & VF_PP) && b->i > 0 && tok_in(c, b->i - 1, azBe);
    if (bPassive) continue;
    int bFrame = is_report_verb(a) || f == FRAME_THREATEN || f == FRAME_DEMAND || f == FRAME_INTENT;
    /* "should build on the protocol by agreeing on rules ..., and Armenia's
    ** partners should fund ...": a pledge takes a clause only through "that";
    ** a modal after ", and" with none is the writer's next clause */
    /* ... and so does a demand ("should press the junta to free them, and
    ** Paris should urge it ...": Paris urges; issue 4, session 47) */
    if (bFrame && (f == FRAME_INTENT || f == FRAME_DEMAND) && !is_report_verb(a) && comma_and_between(c, a->e, b->i) &&
        !that_between(c, a->e, b->i))
      bFrame = 0;
    /* ... and so does "and should" after a frame verb "should" governs:
    ** "should press Pristina to lift the tariff and should urge Belgrade"
    ** (issue 4 dev35) */
    if (bFrame && !is_report_verb(a) && iModal > a->e && tok_is(c, iModal - 1, "and") && a->i > 0 &&
        ((tok_is(c, a->i - 1, "should") && tok_is(c, iModal, "should")) ||
         (tok_is(c, a->i - 1, "must") && tok_is(c, iModal, "must"))))
      bFrame = 0;
    if (!bFrame || !one_clause(c, a->e, b->i)) {
      own_future_act(c, k);   /* 4: no frame governs it: "Finland will give ..." */
      continue;
    }
    int iSpeaker = participle_speaker(c, a);
    int iS = mention_before(c, b->i, a->e);
    /* "Syria said it will not accept": the speaker's own pronoun */
    int bSelf = iS < 0 && iModal > a->e && tok_in(c, iModal - 1, azSubjPron);
    /* "Obama and Castro announced that their countries would restore
    ** relations", "said its government would": the speaker's own side */
    static const char *const azOwnPoss[] = {"their", "its", "his", "her", "our", NULL};
    if (iS < 0 && iModal > a->e + 1 && tok_in(c, iModal - 2, azOwnPoss) && c->aTok[iModal - 1].bWord &&
        !c->aTok[iModal - 1].bCap)
      bSelf = 1;
    if (!bSelf && own_possessed_subject(c, a->e, iModal, iS)) {
      iS = -1;
      bSelf = 1;
    }
    if (iS < 0 && !bSelf && own_anaphor_subject(c, a->e, iModal)) bSelf = 1;
    /* "told the United Nations that it would reopen the crossing": a pronoun
    ** before "will"/"would" is the speaker; the addressee before it is no subject */
    /* (not a warning's: "warned Hezbollah that it would pay a heavy price");
    ** an intent to cooperate told to the addressee is aimed at it */
    int iTold = -1;
    if (cModal == 'W' && iS >= 0 && iModal > 0 && tok_in(c, iModal - 1, azSubjPron) && !c->aM[iS].bPronoun &&
        c->aM[iS].e < iModal - 1 && f != FRAME_THREATEN && strcmp(lemma_of(c, a), "warn") && code_root(b) != 13) {
      iTold = iS;
      iS = -1;
      bSelf = 1;
    }
    if (iSpeaker < 0 || (iS < 0 && !bSelf)) {
      own_future_act(c, k);   /* "Sources said Iran will free the crew" */
      continue;
    }
    /* "reminded Iraq that it must cooperate", "told Kyiv that it should
    ** negotiate": the pronoun after an addressee is the addressee */
    if ((cModal == 'M' || cModal == 'N') && bSelf && iModal > 0 &&
        (tok_is(c, iModal - 1, "it") || tok_is(c, iModal - 1, "they"))) {
      for (size_t m = 0; m < c->nM; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->i >= a->e && pm->e < iModal && !pm->bLoc && !pm->bPronoun && !pm->bAside && (int)m != iSpeaker) {
          iS = (int)m;
          bSelf = 0;
          break;
        }
      }
    }
    if ((cModal == 'M' || cModal == 'N') && !suffered_threat(c, b)) {   /* "Britain said Libya must hand over the suspects" */
      if (bNeg || bSelf || (same_side(c, iSpeaker, iS) && !opposed_roles(c, iSpeaker, iS))) continue;
      if (set_framed(c, b, cModal == 'N' ? FRAME_APPEAL : FRAME_DEMAND, zInner)) {
        b->bModalFramed = 1;
        b->iSrcForce = iSpeaker;
        b->iTgtForce = iS;
        if (!is_report_verb(a)) a->bDrop = 1;
      }
      continue;
    }
    /* "vowed that America would pay a heavy price", "warned that London
    ** will face consequences": a threat the speaker makes to the clause's
    ** subject; not a reply the subject promises ("the committee said
    ** Islamabad would respond at a time of its choosing": the subject's own
    ** threat, whatever side the speaker's words leave open) */
    static const char *const azOwnReply[] = {"respond", "answer", "exercise", "reserve", NULL};
    if (!bSelf && !same_side(c, iSpeaker, iS) && !bNeg && b->zCode[0] == '1' && b->zCode[1] == '3' &&
        b->e - b->i >= 2 && !str_listed(lemma_of(c, b), azOwnReply)) {
      b->iSrcForce = iSpeaker;
      b->iTgtForce = iS;
      b->bModalFramed = 1;
      b->bFramed = 1;
      if (!is_report_verb(a)) a->bDrop = 1;
      continue;
    }
    /* "Sheinbaum said the two governments would work together": a joint
    ** act her own side is a party to is her side's stated intent too */
    int aJ[8], nJ = members(c, iS, aJ, 8), bParty = 0;
    for (int x = 0; x < nJ && nJ >= 2 && !bNeg; x++) bParty |= one_side(c, aJ[x], iSpeaker);
    /* ... and a body speaking for its own kind of people: "Trade unions said
    ** workers would stage a ninth day of strikes", "opposition leaders said
    ** protesters would march" (two bare roles of one civic code; issue 4
    ** lead33) */
    static const char *const azCivic[] = {"LAB", "OPP", "EDU", "MED", "HLH", "AGR", NULL};
    const Mention *pSp = iSpeaker >= 0 ? &c->aM[iSpeaker] : NULL, *pSu = iS >= 0 ? &c->aM[iS] : NULL;
    int bOwnKind = pSp && pSu && pSp->pAgent && pSu->pAgent && !pSp->pMain && !pSu->pMain && !pSu->pCountry &&
                   pSp->pAgent->zRole && pSu->pAgent->zRole && !strcmp(pSp->pAgent->zRole, pSu->pAgent->zRole) &&
                   str_listed(pSu->pAgent->zRole, azCivic);
    if (!bSelf && !bParty && !bOwnKind && !same_side(c, iSpeaker, iS) && !organ_of_subject(c, iSpeaker, iS) &&
        !speaker_other_party(c, b, iSpeaker)) {
      own_future_act(c, k);   /* "The Albanian embassy said Fischer will visit Albania" */
      continue;
    }
    /* "said it would ask NATO to send troops", "said it would call on
    ** Moscow to ...": an appeal or a demand told in the future is that
    ** appeal or demand, stated now, not an intent (tests/gold/README.md) */
    int rootB = code_root(b);
    if (!bNeg && (rootB == 2 || rootB == 10)) {
      b->bStated = 1;
      if (bSelf) b->iSrcForce = iSpeaker;
      if (!is_report_verb(a)) a->bDrop = 1;
      continue;
    }
    /* "warned that Iran would respond": what a warning announces is a threat */
    int bWarn = f == FRAME_THREATEN || !strcmp(lemma_of(c, a), "warn");
    if (set_framed(c, b, bNeg ? FRAME_REJECT : bWarn ? FRAME_THREATEN : FRAME_INTENT, zInner)) {
      b->bNegClear = bNeg;
      b->bModalFramed = 1;
      if (bSelf) b->iSrcForce = iSpeaker;
      if (iTold >= 0 && !bNeg && !bWarn && code_root(b) <= 8) b->iTgtForce = iTold;
      if (!is_report_verb(a)) a->bDrop = 1;
    }
  }
}

/* Why: "Washington urged Israel to halt its strikes and Hamas to free the
** hostages", "urged Peking to recall its soldiers and Hanoi to pull its own
** forces out of Cambodia": a second addressee and its infinitive after
** "and" share the appeal or demand of the first; the second act had become
** the addressee's own deed (Hamas's release, a fact; issue 4, session 64).
** Contract: runs after the roles are assigned; a live, unframed hit right
** after "to", whose source is the mention right before that "to" and has
** "and" (or ", and") right before it, takes the frame of the nearest earlier
** live hit of the sentence framed as an appeal (02x) or a demand (10x) whose
** target stands before its own infinitive: its code is that family's for
** the act (set_framed), its source the frame's, its target that mention.
** Left as it is when the act cannot be so framed. */
void coordinated_frame_objects(Coder *c) {
  for (size_t k = 1; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || h->iSrc < 0 || h->i < 3 || !tok_is(c, h->i - 1, "to")) continue;
    const Mention *pS = &c->aM[h->iSrc];
    if (pS->e != h->i - 1 || pS->i < 1 || !tok_is(c, pS->i - 1, "and") || pS->bPronoun) continue;
    const VerbHit *f = NULL;
    for (size_t x = k; x-- > 0 && !f;) {
      const VerbHit *g = &c->aH[x];
      if (g->bDrop || g->iSrc < 0 || g->iTgt < 0 || g->e > pS->i) continue;
      int r = code_root(g);
      if (r != 2 && r != 10) break;
      /* the addressee named after the frame verb, then "to" and its act */
      const Mention *pA = &c->aM[g->iTgt];
      int bTo = 0;
      for (size_t t = pA->e; t < g->e && t < pA->e + 3 && !bTo; t++) bTo = tok_is(c, t, "to");
      if (pA->i < g->i || (!g->bFramed && !bTo)) break;
      f = g;
    }
    if (!f) continue;
    int iSrc = f->iSrc, iTo = h->iSrc;
    if (!set_framed(c, h, code_root(f) == 2 ? FRAME_APPEAL : FRAME_DEMAND, h->zCode)) continue;
    h->iSrc = iSrc;
    h->iTgt = iTo;
    /* ... alone: "from Vietnam and Hanoi to pull" lists no two addressees */
    if (iTo > 0 && c->aM[iTo - 1].iGroup == c->aM[iTo].iGroup && c->aM[iTo - 1].bPrep)
      c->aM[iTo].iGroup = lone_group((size_t)iTo);
  }
}
