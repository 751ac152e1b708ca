/*
** Accusations, blame and condemnation: who is accused of what ("accused X
** of shelling"), reports of wrongdoing, condemned acts and their authors,
** denials, ultimatums, expulsions of diplomats.
*/
#include "coder.h"

/* 1 if token t is a quotation mark (straight or curly). */
int tok_quote(const Coder *c, size_t t) {
  if (t >= c->nTok) return 0;
  const Token *p = &c->aTok[t];
  const char *z = c->z + p->start;
  size_t n = p->end - p->start;
  return (n == 1 && (*z == '"' || *z == '\'')) ||
         (n == 3 && (!memcmp(z, "\xe2\x80\x9c", 3) || !memcmp(z, "\xe2\x80\x9d", 3) ||
                     !memcmp(z, "\xe2\x80\x98", 3) || !memcmp(z, "\xe2\x80\x99", 3)));
}

/* 1 when hit a is a live, unframed report verb still coded as a statement
** (01x): the words whose reported clause the passes below may turn into the
** speaker's accusation, ultimatum or denial. */
static int live_statement(const VerbHit *a) {
  return !a->bDrop && is_report_verb(a) && !a->bFramed && !strncmp(a->zCode, "01", 2);
}

/* "said Russia was culpable for", 'says Putin "is responsible" for', "said
** Iran was to blame": after the clause's subject at t, a copula and a word of
** blame, quotation marks allowed around them. Returns the token after the
** blame word, else 0. */
static size_t blame_after(const Coder *c, size_t t) {
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azBlame[] = {"behind", "responsible", "culpable", "guilty", "accountable", NULL};
  if (tok_quote(c, t)) t++;
  if (t >= c->nTok || !tok_in(c, t, azIs)) return 0;
  t++;
  if (tok_quote(c, t)) t++;
  if (tok_in(c, t, azBlame)) return t + 1;
  if (tok_is(c, t, "to") && tok_is(c, t + 1, "blame")) return t + 2;
  return 0;
}

/* The mention a reported clause opens with at token t -- not a pronoun, a
** place or an aside -- else -1 (accusing_reports, attempt_accusation). */
static int clause_subject_at(const Coder *c, size_t t) {
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i == t && !c->aM[m].bPronoun && !c->aM[m].bLoc && !c->aM[m].bAside) return (int)m;
  return -1;
}

/* "said the Philippine vessels had ...", "said the Chinese side was ...": a
** demonym the mention ends on may be followed by its head noun, which no
** actor dictionary holds. Returns the auxiliary or copula after up to two
** such lowercase words from t (no verb form, adverb or negation), else t. */
static size_t past_head_nouns(const Coder *c, size_t t) {
  static const char *const azAux[] = {"had", "has", "have", "was", "were", "is", "are", NULL};
  static const char *const azStop[] = {"would", "will", "could", "did", "not", "never", "and", "or", "who",
                                       "which", "that", "of", "in", NULL};
  size_t u = t;
  for (int n = 0; n < 2 && u < c->nTok && !tok_in(c, u, azAux); n++, u++) {
    const Token *p = &c->aTok[u];
    if (!p->bWord || p->bCap || tok_in(c, u, azStop) || tok_past_ed(c, u) || tok_ing(c, u) || tok_ly(c, u))
      return t;
  }
  return u < c->nTok && tok_in(c, u, azAux) ? u : t;   /* only nouns an auxiliary follows */
}

/* Why: "said Mexico had abused the immunities of its mission", "said the
** Philippine vessels had illegally intruded into Chinese waters", "said the
** warship had entered the waters illegally", "said the ship had been violating
** maritime rules": a statement that another side did a wrong with no act code
** of its own accuses it (112, tests/gold/README.md: dev8 "said Y was
** responsible", dev12 "saying it had violated"), which accusing_reports'
** bare "violated" right after the subject missed. Contract: after the
** clause's subject at t -- past "had", "has" or "have", "been", and up to two
** adverbs (never "not" or "never") -- a verb of wrongdoing, or any verb
** in the past with "illegally", "unlawfully" or "without permission" right
** before it or within four tokens after it; returns the verb's token + 1,
** else 0. */
static size_t wrongdoing_after(const Coder *c, size_t t) {
  static const char *const azAux[] = {"had", "has", "have", NULL};
  static const char *const azAdv[] = {"repeatedly", "deliberately", "again", "also", "already", "systematically",
                                      "unilaterally", "illegally", "unlawfully", "flagrantly", "grossly",
                                      "blatantly", "openly", "routinely", "brazenly", NULL};
  static const char *const azIllegal[] = {"illegally", "unlawfully", NULL};
  static const char *const azWrong[] = {"abused", "abusing", "interfered", "interfering", "meddled", "meddling",
                                        "intruded", "intruding", "trespassed", "trespassing", "encroached",
                                        "encroaching", "infringed", "infringing", "flouted", "flouting",
                                        "violated", "violating", "breached", "breaching", "fabricated",
                                        "falsified", "lied", "lying",
                                        /* (issue 4, session 42) betrayal, plots and
                                        ** stirring up: "said Muhyiddin had betrayed
                                        ** him", "said Russian agents had orchestrated
                                        ** the riots" */
                                        "betrayed", "betraying", "orchestrated", "orchestrating",
                                        "masterminded", "instigated", "instigating", "incited", "inciting",
                                        "fomented", "fomenting", "sabotaged", "sabotaging", "rigged", "rigging",
                                        "conspired", "conspiring", "colluded", "colluding", "plotted", "plotting",
                                        "bribed", "bribing", "embezzled", "embezzling",
                                        "spied", "spying", "deceived", "deceiving", "misled", "misleading",
                                        "cheated", "cheating", "stole", "stolen", "stealing", NULL};
  if (t < c->nTok && tok_in(c, t, azAux)) t++;
  if (t < c->nTok && tok_is(c, t, "been")) t++;
  int bIllegal = 0;
  for (int n = 0; n < 2 && t < c->nTok && tok_in(c, t, azAdv); n++, t++) bIllegal |= tok_in(c, t, azIllegal);
  if (t >= c->nTok) return 0;
  if (tok_in(c, t, azWrong)) return t + 1;
  if (!tok_past_ed(c, t) || in_mention(c, t)) return 0;
  if (bIllegal) return t + 1;
  for (size_t u = t + 1; u < c->nTok && u <= t + 4; u++) {
    if (tok_is(c, u, ",") || tok_is(c, u, ".") || tok_is(c, u, "and")) break;
    if (tok_in(c, u, azIllegal) || (tok_is(c, u, "without") && tok_is(c, u + 1, "permission"))) return t + 1;
  }
  return 0;
}

/* Why: blame is also put as a burden or a label ("said Moscow bore full
** responsibility", "said the United States would bear responsibility for the
** consequences", "said Russia was the aggressor"), which blame_after's "was
** responsible" misses. Contract: after the clause's subject at t, "bore",
** "bears", "bear" (after "would", "will" or "must") and up to two words before
** "responsibility", or a copula with "the aggressor"; returns the token after
** the last word, else 0. */
static size_t blame_burden_after(const Coder *c, size_t t) {
  static const char *const azBear[] = {"bore", "bears", "bear", NULL};
  static const char *const azWill[] = {"would", "will", "must", "should", NULL};
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azAggressor[] = {"aggressor", "aggressors", NULL};
  if (t + 2 >= c->nTok) return 0;
  if (tok_in(c, t, azIs) && tok_is(c, t + 1, "the") && tok_in(c, t + 2, azAggressor)) return t + 3;
  if (tok_in(c, t, azWill) && tok_is(c, t + 1, "bear")) t++;
  else if (!tok_in(c, t, azBear) || tok_is(c, t, "bear")) return 0;
  /* ... for a harm, or for nothing named: not a duty ("bears responsibility
  ** for the budget") */
  static const char *const azHarm[] = {"death", "deaths", "attack", "attacks", "consequences", "killing", "killings",
                                       "crisis", "escalation", "bombing", "strike", "strikes", "war", "violence",
                                       "massacre", "downing", "loss", "losses", "disaster", "incident", "bloodshed",
                                       "casualties", "destruction", "suffering", "tragedy", "explosion", "blast",
                                       /* issue 4 (session 44): "must bear full responsibility for the collision" */
                                       "collision", "clash", "clashes", "shooting", "sinking", "crash", "fighting",
                                       "invasion", "damage", "accident", "shelling", "raid", "raids", "unrest",
                                       "riots", "tensions", "situation", "consequence", NULL};
  /* ... or a reason given for it ("bore responsibility because it supplied weapons") */
  static const char *const azEnd[] = {".", ",", ";", "and", "but", "because", "since", NULL};
  for (size_t u = t + 1; u < c->nTok && u <= t + 3; u++) {
    if (!tok_is(c, u, "responsibility")) continue;
    if (u + 1 >= c->nTok || tok_in(c, u + 1, azEnd)) return u + 1;
    if (!tok_is(c, u + 1, "for")) return 0;
    for (size_t x = u + 2; x < c->nTok && x <= u + 4; x++)
      if (tok_in(c, x, azHarm)) return u + 1;
    return 0;
  }
  return 0;
}
static size_t hedged_blame_after(const Coder *c, size_t t) {
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azBlame[] = {"behind", "responsible", "culpable", "guilty", "accountable", NULL};
  static const char *const azLabel[] = {"mastermind", "masterminds", "culprit", "culprits", "instigator",
                                        "instigators", "perpetrator", "perpetrators", NULL};
  static const char *const azAdj[] = {"main", "real", "chief", "true", "ultimate", "principal", "key", NULL};
  if (t >= c->nTok || !tok_in(c, t, azIs)) return 0;
  size_t u = t + 1;
  int nAdv = 0;
  for (; nAdv < 2 && u < c->nTok && !tok_neg(c, u) && !tok_is(c, u, "no") && (tok_adverb(c, u) || tok_hedge(c, u));
       nAdv++, u++) {
  }
  if (u >= c->nTok) return 0;
  if (nAdv > 0 && tok_in(c, u, azBlame)) return u + 1;
  if (nAdv > 0 && tok_is(c, u, "to") && tok_is(c, u + 1, "blame")) return u + 2;
  if (!tok_is(c, u, "the")) return 0;
  u++;
  if (tok_in(c, u, azAdj)) u++;
  return u < c->nTok && tok_in(c, u, azLabel) ? u + 1 : 0;
}

/* Why: "said Canada had made a big mistake", "said Washington was wrong",
** "said Putin had gone absolutely crazy", "said Tokyo was hyping up a threat",
** "said China was the greatest threat to peace": a statement that judges
** another side's conduct, with no act of its own to code, criticises it
** (111, the gold sets' speech acts), as blame accuses it (accusing_reports).
** Contract: after the clause's subject at t -- past "had/has/have" or a
** copula, and up to two adverbs (never a negation) -- "made" or "committed",
** up to two words and a noun of error; "erred", "blundered", "miscalculated";
** "gone" with "crazy/mad"; "hyping/exaggerating/playing with fire"; a copula
** with "wrong", a condemning adjective, or "the" (with up to two words) and
** "threat/danger/menace"; returns the token after the last word, else 0. */
static size_t criticism_after(const Coder *c, size_t t) {
  static const char *const azAux[] = {"had", "has", "have", NULL};
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azMake[] = {"made", "committed", "making", NULL};
  static const char *const azError[] = {"mistake", "mistakes", "error", "errors", "blunder", "blunders",
                                        "miscalculation", "miscalculations", NULL};
  static const char *const azErr[] = {"erred", "blundered", "miscalculated", "overreacted", "overreached", NULL};
  static const char *const azIng[] = {"hyping", "exaggerating", "fearmongering", "scaremongering", NULL};
  static const char *const azMad[] = {"crazy", "mad", "insane", "rogue", NULL};
  static const char *const azBad[] = {"wrong", "irresponsible", "reckless", "hypocritical", "provocative",
                                      "arrogant", "aggressive", "untrustworthy", "unreliable", "delusional",
                                      "paranoid", "hysterical", "dishonest", "lying", NULL};
  static const char *const azThreat[] = {"threat", "danger", "menace", NULL};
  if (t >= c->nTok) return 0;
  int bIs = tok_in(c, t, azIs);
  if (tok_in(c, t, azAux) || bIs) t++;
  for (int n = 0; n < 2 && t < c->nTok && !tok_neg(c, t) && tok_adverb(c, t); n++) t++;
  if (t >= c->nTok || tok_neg(c, t)) return 0;
  if (tok_in(c, t, azErr)) return t + 1;
  if (tok_in(c, t, azMake))
    for (size_t u = t + 1; u < c->nTok && u <= t + 3; u++) {
      if (tok_in(c, u, azError)) return u + 1;
      if (!c->aTok[u].bWord || in_mention(c, u)) break;
    }
  if (tok_is(c, t, "gone") && t + 1 < c->nTok) {
    size_t u = t + 1;
    if (tok_adverb(c, u)) u++;
    if (tok_in(c, u, azMad)) return u + 1;
  }
  /* "said the new administration had no legitimacy", "lacked legitimacy"
  ** (issue 4, session 42) */
  if (tok_is(c, t, "no") && tok_is(c, t + 1, "legitimacy")) return t + 2;
  if ((tok_is(c, t, "lacked") || tok_is(c, t, "lacks")) && tok_is(c, t + 1, "legitimacy")) return t + 2;
  if (!bIs) return 0;
  if (tok_in(c, t, azIng)) return t + 1;
  /* "said the justices were puppets of ...", "was a traitor" */
  static const char *const azLabel[] = {"puppet", "puppets", "traitor", "traitors", "usurper", "usurpers",
                                        "illegitimate", "liar", "liars", "thugs", "gangsters", NULL};
  if ((tok_is(c, t, "a") || tok_is(c, t, "an")) && tok_in(c, t + 1, azLabel)) return t + 2;
  if (tok_in(c, t, azLabel)) return t + 1;
  if (tok_is(c, t, "playing") && tok_is(c, t + 1, "with") && tok_is(c, t + 2, "fire")) return t + 3;
  if (tok_in(c, t, azBad)) return t + 1;
  if (tok_is(c, t, "the") || tok_is(c, t, "a"))
    for (size_t u = t + 1; u < c->nTok && u <= t + 3; u++) {
      if (tok_in(c, u, azThreat)) return u + 1;
      if (!c->aTok[u].bWord || in_mention(c, u)) break;
    }
  return 0;
}

/* Where the clause a report verb ending at t reports begins: past a day
** ("said on Wednesday that ...", "said Monday that ...") and "that". */
static size_t report_clause_start(const Coder *c, size_t t) {
  static const char *const azDay[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                      "today", "yesterday", NULL};
  size_t u = t;
  if (tok_is(c, u, "on") && tok_in(c, u + 1, azDay)) u += 2;
  else if (tok_in(c, u, azDay)) u++;
  if (u < c->nTok && tok_is(c, u, "that")) return u + 1;
  return t;   /* a day not followed by "that" opens nothing */
}

/* "..., saying Colombia had violated its airspace", "said Iran was behind
** the attack": a statement that another party broke a rule or stands behind
** a deed accuses it (112, the README's speech acts); the deed it names is
** not coded as well. The target is fixed by mention index, so this runs
** after the last mention is inserted before assign_roles. */
void accusing_reports(Coder *c) {
  static const char *const azBreach[] = {"violated", "violates", "breached", "breaches", "broke", "broken",
                                         "flouted", "infringed", "violating", "breaching", "breaking", NULL};
  static const char *const azAux[] = {"had", "has", "have", NULL};
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azBlame[] = {"behind", "responsible", NULL};
  const CameoCode *cc = dict_cameo(c->p, "112"), *cc111 = dict_cameo(c->p, "111");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (a->bDrop || !is_report_verb(a) || a->bFramed) continue;
    size_t t = report_clause_start(c, a->e);   /* "said on Wednesday that ..." */
    int iY = clause_subject_at(c, t);
    /* "said the Philippine vessels had ...", "said a Taliban commander was behind ..." */
    if (iY < 0 && (tok_is(c, t, "the") || tok_is(c, t, "a") || tok_is(c, t, "an"))) iY = clause_subject_at(c, t + 1);
    if (iY < 0) continue;
    while (iY + 1 < (int)c->nM && c->aM[iY + 1].iGroup == c->aM[iY].iGroup) iY++;   /* a list: its last */
    t = c->aM[iY].e;
    t = past_head_nouns(c, t);
    if (t < c->nTok && tok_in(c, t, azAux)) t++;
    int bBreach = t < c->nTok && tok_in(c, t, azBreach);
    /* ... "said Iran was breaking rules": a breach in progress */
    if (!bBreach && t + 1 < c->nTok && tok_in(c, t, azIs) && tok_in(c, t + 1, azBreach) && tok_ing(c, t + 1)) {
      t++;
      bBreach = 1;
    }
    int bBlame = t + 1 < c->nTok && tok_in(c, t, azIs) && tok_in(c, t + 1, azBlame);
    size_t eBlame = bBlame || bBreach ? 0 : blame_after(c, t);   /* "was culpable", '"is responsible"' */
    if (!eBlame && !bBlame && !bBreach) eBlame = blame_burden_after(c, t);   /* "bore responsibility" */
    if (!eBlame && !bBlame && !bBreach) eBlame = wrongdoing_after(c, t);   /* "had abused", "had illegally entered" */
    if (!eBlame && !bBlame && !bBreach) eBlame = hedged_blame_after(c, t);   /* "was almost certainly behind" */
    int bCriticise = 0;
    if (!eBlame && !bBlame && !bBreach && cc111) bCriticise = (eBlame = criticism_after(c, t)) != 0;   /* "had made a mistake" */
    if (eBlame) {
      bBlame = 1;
      t = eBlame - 2;
    }
    if (!bBreach && !bBlame) continue;
    while (iY > 0 && c->aM[iY - 1].iGroup == c->aM[iY].iGroup) iY--;   /* ... members from its first */
    /* one's own side is no accusation; the speaker of ", saying ..." is the
    ** subject of the clause it trails, the sentence's first participant */
    int iSp = mention_before(c, a->i, 0);
    if ((a->forms & VF_ING) && a->i > 0 && tok_is(c, a->i - 1, ","))
      for (size_t m = 0; m < c->nM && c->aM[m].i < a->i; m++) {
        const Mention *pm = &c->aM[m];
        if (!free_participant(pm)) continue;
        iSp = (int)m;
        break;
      }
    /* ... but a state's charge against its own rebels, insurgents or
    ** opposition is one ("Pakistan said Baitullah Mehsud was behind the
    ** killing"), as attempt_accusation reads it */
    if (same_side(c, iY, iSp) && !opposed_roles(c, iSp, iY)) continue;
    for (size_t x = k + 1; x < c->nH; x++)   /* the deed named is the accusation's content */
      if (c->aH[x].i >= t && c->aH[x].i <= t + 1) c->aH[x].bDrop = 1;
    a->zAct = a->zCode;
    a->zCode = bCriticise ? cc111->zCode : cc->zCode;
    a->iTgtForce = iY;
    a->eSpan = t + 1 + bBlame;
  }
}

/* 1 if token t is a noun of harm ("attack", "killing", "fire", "coup")
** outside any actor mention: a deed whose author a report may name. */
static int harm_noun_at(const Coder *c, size_t t) {
  static const char *const azHarm[] = {"attack", "attacks", "killing", "killings", "murder", "murders",
                                       "assassination", "bombing", "bombings", "blast", "blasts", "explosion",
                                       "explosions", "shooting", "poisoning", "sabotage", "arson", "fire", "riots",
                                       "unrest", "violence", "coup", "plot", "hack", "hacking", "cyberattack",
                                       "cyberattacks", "abduction", "kidnapping", "massacre", "raid", "raids",
                                       "incursion", "strike", "strikes", "interference", "disinformation", NULL};
  return t < c->nTok && tok_in(c, t, azHarm) && !in_mention(c, t);
}

/* From token t right after a deed noun: "had" (two adverbs or hedges at
** most) "been", or "was"/"were", two adverbs or hedges, a participle of
** authorship ("organised", "carried out" ...) and "by", "on behalf of", "on
** the orders of" or "at the behest of"; returns the token after them, where
** the author's mention must start, else 0. */
static size_t authorship_after(const Coder *c, size_t t) {
  static const char *const azAux[] = {"had", "has", "have", NULL};
  static const char *const azWas[] = {"was", "were", "is", "are", NULL};
  static const char *const azAuthor[] = {"organised", "organized", "orchestrated", "masterminded", "ordered",
                                         "planned", "commissioned", "instigated", "staged", "sponsored",
                                         "directed", "financed", "funded", "perpetrated", "committed",
                                         "coordinated", "conducted", "prepared", NULL};
  if (t >= c->nTok) return 0;
  if (tok_in(c, t, azAux)) {   /* "had likely been" */
    t++;
    for (int n = 0; n < 2 && t < c->nTok && !tok_neg(c, t) && (tok_adverb(c, t) || tok_hedge(c, t)); n++) t++;
    if (!tok_is(c, t, "been")) return 0;
    t++;
  } else if (tok_in(c, t, azWas)) {
    t++;
  } else {
    return 0;
  }
  for (int n = 0; n < 2 && t < c->nTok && !tok_neg(c, t) && (tok_adverb(c, t) || tok_hedge(c, t)); n++) t++;
  if (t + 2 >= c->nTok) return 0;
  if (tok_is(c, t, "carried") && tok_is(c, t + 1, "out")) t += 2;
  else if (tok_in(c, t, azAuthor)) t++;
  else return 0;
  if (tok_is(c, t, "by")) return t + 1;
  if (t + 2 < c->nTok && tok_is(c, t, "on") && tok_is(c, t + 1, "behalf") && tok_is(c, t + 2, "of")) return t + 3;
  if (t + 3 < c->nTok && tok_is(c, t, "on") && tok_is(c, t + 1, "the") && tok_is(c, t + 2, "orders") &&
      tok_is(c, t + 3, "of"))
    return t + 4;
  if (t + 3 < c->nTok && tok_is(c, t, "at") && tok_is(c, t + 1, "the") && tok_is(c, t + 2, "behest") &&
      tok_is(c, t + 3, "of"))
    return t + 4;
  return 0;
}

/* Why: "said the attack had likely been organised by Russian intelligence",
** "said the killing had been carried out on behalf of Russia": a report that
** names the author of a harm behind a passive accuses that author (112, as
** the gold sets code "said Y was behind"), though the clause's subject is the
** deed, not an actor, so accusing_reports never sees it (issue 4, session
** 42). Contract: runs after accusing_reports; a live report hit whose clause
** opens with "the", "this" or "these" and up to three words ending in a
** noun of harm, then "had", "has", "have", "was" or "were", "been" where
** the perfect needs it, up to two adverbs or hedges, a participle of
** authorship ("organised", "ordered", "carried out", "masterminded" ...)
** and "by", "on behalf of", "on the orders of" or "at the behest of" with a
** mention right after, becomes an accusation of that mention's side when it
** is not the speaker's (or is of an opposed role); the hits inside the clause
** are dropped. */
void passive_author_accusation(Coder *c) {
  static const char *const azThe[] = {"the", "this", "these", NULL};
  const CameoCode *cc = dict_cameo(c->p, "112");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (!live_statement(a)) continue;
    size_t t = report_clause_start(c, a->e);
    if (t >= c->nTok || !tok_in(c, t, azThe)) continue;
    size_t n = t + 1;
    while (n < c->nTok && n <= t + 3 && !harm_noun_at(c, n) && c->aTok[n].bWord && !c->aTok[n].bCap) n++;
    if (!harm_noun_at(c, n)) continue;
    size_t eBy = authorship_after(c, n + 1);
    /* ... past where it happened: "the fire at the shopping centre had been ordered by" */
    static const char *const azAt[] = {"at", "in", "on", "near", "of", "against", NULL};
    if (!eBy && n + 1 < c->nTok && tok_in(c, n + 1, azAt))
      for (size_t u = n + 2; u < c->nTok && u <= n + 6 && !eBy; u++) {
        if (clause_break(c, u) || tok_is(c, u, "that") || tok_is(c, u, "which")) break;
        eBy = authorship_after(c, u);
      }
    if (!eBy) continue;
    int iY = -1;
    for (size_t m = 0; m < c->nM && iY < 0; m++)
      if (c->aM[m].i == eBy && !c->aM[m].bLoc) iY = (int)m;
    if (iY < 0) continue;
    int iSp = participle_speaker(c, a);
    if (iSp >= 0 && same_side(c, iY, iSp) && !opposed_roles(c, iSp, iY)) continue;
    for (size_t x = 0; x < c->nH; x++)   /* the deed named is the accusation's content */
      if (x != k && c->aH[x].i >= t && c->aH[x].i < c->aM[iY].e) c->aH[x].bDrop = 1;
    a->zAct = a->zCode;
    a->zCode = cc->zCode;
    a->iTgtForce = iY;
    a->eSpan = eBy;
  }
}

/* Why: "Russian officials said the measures would stay in place until
** Georgia abandoned its course", "said the talks would stay frozen until
** Brasilia gave a full account": a speaker who says a state of things will
** last until another side acts sets that side a condition -- CAMEO's
** ultimatum (139) -- and the act awaited is no event (drop_conditions).
** Contract: runs after accusing_reports; a live report hit (010-019) whose
** clause holds "would" or "will" within eight tokens and, within twelve
** more with no clause break or negation, "until" or "unless" with a mention
** right after it (past "the") that is not a place, not the speaker's side (or of an
** opposed role), and a word after it, becomes 139 aimed at that mention;
** the hits between the report and "until" are its content and are dropped
** (issue 4, session 42). */
void until_ultimatum(Coder *c) {
  static const char *const azWill[] = {"would", "will", NULL};
  static const char *const azUntil[] = {"until", "unless", "till", NULL};
  const CameoCode *cc = dict_cameo(c->p, "139");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (!live_statement(a)) continue;
    size_t t = report_clause_start(c, a->e), w = t, u = SIZE_MAX;
    while (w < c->nTok && w < t + 8 && !tok_in(c, w, azWill) && !clause_break(c, w)) w++;
    if (w >= c->nTok || !tok_in(c, w, azWill)) continue;
    for (size_t x = w + 1; x < c->nTok && x < w + 13 && u == SIZE_MAX; x++) {
      /* ... not a refusal ("would not release the hostages until"): that is 12x */
      if (clause_break(c, x) || tok_is(c, x, ",") || tok_is(c, x, "if") || tok_neg(c, x)) break;
      if (tok_in(c, x, azUntil)) u = x;
    }
    if (u == SIZE_MAX || u + 2 >= c->nTok) continue;
    size_t y = u + 1 + (tok_is(c, u + 1, "the") ? 1 : 0);
    int iY = -1;
    for (size_t m = 0; m < c->nM && iY < 0; m++)
      if ((c->aM[m].i == y || c->aM[m].i == u + 1) && !c->aM[m].bLoc && !c->aM[m].bPronoun) iY = (int)m;
    if (iY < 0 || c->aM[iY].e >= c->nTok || !c->aTok[c->aM[iY].e].bWord) continue;
    int iSp = participle_speaker(c, a);
    if (iSp < 0 || (same_side(c, iY, iSp) && !opposed_roles(c, iSp, iY))) continue;
    /* ... but a threat an actor of the clause already states is the finer
    ** one ("said they would keep marching until the president resigned"
    ** 133); "the protests would continue until" names no actor */
    static const char *const azPron[] = {"it", "they", "we", "he", "she", NULL};
    int bStated = 0, bActor = 0;
    for (size_t m = 0; m < c->nM; m++) bActor |= c->aM[m].i >= t && c->aM[m].i < w && !c->aM[m].bLoc;
    for (size_t x = t; x < w; x++) bActor |= tok_in(c, x, azPron);
    for (size_t x = 0; bActor && x < c->nH; x++)
      bStated |= x != k && !c->aH[x].bDrop && c->aH[x].i > w && c->aH[x].i < u && c->aH[x].bFramed &&
                 code_root(&c->aH[x]) == 13;
    if (bStated) continue;
    for (size_t x = 0; x < c->nH; x++)
      if (x != k && c->aH[x].i >= t && c->aH[x].i < u) c->aH[x].bDrop = 1;
    a->zAct = a->zCode;
    a->zCode = cc->zCode;
    a->iTgtForce = iY;
    a->eSpan = c->aM[iY].e;
  }
}

/* Why: "said Chinese troops had tried to unilaterally change the status
** quo", "said the bank was trying to coerce Ugandans": an aim tried may be a
** wrong with no act code of its own, which attempt_accusation's hostile hits
** cannot show. Contract: 1 when the verb at t (past one adverb) is one of
** coercion, subversion or interference, or "change" with "status quo" within
** four tokens, or buying votes, helping the opposition, or any aim "by
** force" in its clause; else 0. */
static int hostile_aim_at(const Coder *c, size_t t) {
  static const char *const azAim[] = {"coerce", "destabilize", "destabilise", "undermine", "intimidate",
                                      "interfere", "meddle", "subvert", "sabotage", "provoke", "blackmail",
                                      "overthrow", "topple", "annex", "grab", "rig", "steal", "divide", "split",
                                      "incite", "manipulate", "discredit", "silence", "obstruct", "wipe",
                                      "destroy", "exterminate", "erase", "bribe", "foment", "stoke", "derail",
                                      "usurp", "smear", "weaken", NULL};
  /* (issue 4, session 39) aims that are wrongs by what they take or whom they
  ** help: "to buy as many as 300,000 votes", "to help the opposition win";
  ** and any aim pursued "by force" ("to redraw Europe's borders by force") */
  static const char *const azBuy[] = {"votes", "voters", "ballots", "officials", "lawmakers", "deputies", NULL};
  if (t + 1 < c->nTok && tok_ly(c, t)) t++;   /* "to unilaterally change" */
  if (t >= c->nTok) return 0;
  if (tok_in(c, t, azAim)) return 1;
  for (size_t u = t + 1; u + 1 < c->nTok && u <= t + 8; u++) {
    if (tok_is(c, u, ",") || tok_is(c, u, ".") || tok_is(c, u, "and")) break;
    if (tok_is(c, u, "by") && tok_is(c, u + 1, "force")) return 1;
    if (tok_is(c, t, "buy") && u <= t + 5 && tok_in(c, u, azBuy)) return 1;
    if (tok_is(c, t, "help") && u <= t + 2 && tok_is(c, u, "opposition")) return 1;
  }
  if (!tok_is(c, t, "change")) return 0;
  for (size_t u = t + 1; u + 1 < c->nTok && u <= t + 4; u++)
    if (tok_is(c, u, "status") && tok_is(c, u + 1, "quo")) return 1;
  return 0;
}
void attempt_accusation(Coder *c) {
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azIng[] = {"trying", "seeking", "attempting", "plotting", "planning", "preparing", NULL};
  static const char *const azHad[] = {"had", "has", "have", NULL};
  static const char *const azEd[] = {"tried", "sought", "attempted", "plotted", "planned", NULL};
  static const char *const azPlot[] = {"plot", "plan", "conspiracy", "attempt", "bid", NULL};
  const CameoCode *cc = dict_cameo(c->p, "112");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (a->bDrop || !is_report_verb(a) || a->bFramed) continue;
    size_t t = report_clause_start(c, a->e);
    if (t == a->e && !tok_is(c, t, "that")) {   /* "said in a video address that" */
      for (size_t u = t; u < c->nTok && u < t + 7; u++) {
        if (tok_is(c, u, ",") || tok_is(c, u, ".") || in_mention(c, u)) break;
        if (tok_is(c, u, "that")) {
          t = u + 1;
          break;
        }
      }
    } else if (tok_is(c, t, "that")) {
      t++;
    }
    int iY = clause_subject_at(c, t);
    size_t u = 0, eTry = 0;   /* eTry: the token after "to" */
    if (iY >= 0) {
      u = past_head_nouns(c, c->aM[iY].e);   /* "Chinese ships had tried to" */
      if (u + 2 < c->nTok) {
        if (tok_in(c, u, azIs) && tok_in(c, u + 1, azIng) && tok_is(c, u + 2, "to")) eTry = u + 3;
        else if (tok_in(c, u, azHad) && tok_in(c, u + 1, azEd) && tok_is(c, u + 2, "to")) eTry = u + 3;
        else if (tok_in(c, u, azEd) && tok_is(c, u + 1, "to")) eTry = u + 2;
      }
    }
    /* ... or a plot the clause names with its author: "said it had foiled a
    ** plot by Ukraine's Security Service (SBU) to kill the region's leader"
    ** (issue 4, session 39) */
    for (size_t x = t; !eTry && x + 3 < c->nTok && x < t + 10; x++) {
      if (tok_is(c, x, ".") || tok_is(c, x, ";")) break;
      if (!tok_in(c, x, azPlot) || !tok_is(c, x + 1, "by")) continue;
      int iBy = -1;
      for (size_t m = 0; m < c->nM && iBy < 0; m++)
        if (c->aM[m].i == x + 2) iBy = (int)m;
      if (iBy < 0) break;
      size_t v = c->aM[iBy].e;
      while (v < c->nTok && v < c->aM[iBy].e + 6 && !tok_is(c, v, "to")) {
        if (tok_is(c, v, ",") || tok_is(c, v, ".")) break;
        v++;
      }
      if (v + 1 >= c->nTok || !tok_is(c, v, "to")) break;
      iY = iBy;
      u = x;
      eTry = v + 1;
    }
    if (!eTry || iY < 0) continue;
    int iSp = mention_before(c, a->i, 0);
    /* one's own side tries no wrong; a state and its opposition are two sides */
    if (iSp < 0 || (same_side(c, iY, iSp) && !opposed_roles(c, iSp, iY))) continue;
    size_t e = u;   /* the clause: to a break */
    while (e < c->nTok && !tok_is(c, e, ".") && !tok_is(c, e, ";") && !tok_is(c, e, ",") && !tok_is(c, e, "but")) e++;
    int bHostile = 0;
    for (size_t x = 0; x < c->nH && !bHostile; x++) {
      const VerbHit *b = &c->aH[x];
      if (x == k || b->bDrop || b->i < u || b->i > eTry + 8 || b->i >= e) continue;
      int root = code_root(b);
      bHostile = (root >= 14 && root <= 20) || (root == 13 && b->bFramed);
    }
    if (!bHostile) bHostile = hostile_aim_at(c, eTry);
    if (!bHostile) continue;
    for (size_t x = 0; x < c->nH; x++)
      if (x != k && c->aH[x].i >= u && c->aH[x].i < e) c->aH[x].bDrop = 1;
    a->zAct = a->zCode;
    a->zCode = cc->zCode;
    a->iTgtForce = iY;
    a->eSpan = eTry;
  }
}

/* Contract: 1 when the words from token u say their subject had no share in
** an act: "had no involvement|part|hand|role in" or "played no part in".
** Why: wire copy words a denial so as often as "had nothing to do with"
** ("the White House said Washington had no involvement in the strike"),
** which uninvolved_denial took and these it missed (issue 4 voice). */
static int no_share_in_act(const Coder *c, size_t u) {
  static const char *const azShare[] = {"involvement", "part", "hand", "role", NULL};
  if (u + 3 >= c->nTok || !tok_is(c, u + 1, "no") || !tok_in(c, u + 2, azShare) || !tok_is(c, u + 3, "in")) return 0;
  return tok_is(c, u, "had") || (tok_is(c, u, "played") && tok_is(c, u + 2, "part"));
}

/* Why: a speaker who says its own side had no part in an act ("said
** Washington was not involved in the strikes", "said its forces were not
** behind the attack", "said Moscow had nothing to do with it") denies it --
** the README's denial (016), as own_side_denial codes "said it had not taken
** part" -- but no act verb is there to negate. Contract: runs after
** accusing_reports; a live report verb whose clause opens with the speaker's
** own side (a pronoun or possessive, or a mention on its side) followed by a
** copula and "not involved", "not behind", "not responsible", or by "had
** nothing to do with" / "(had) played no role", becomes a denial (016); the
** target is left to the roles and denial_accuser. */
void uninvolved_denial(Coder *c) {
  static const char *const azIs[] = {"was", "were", "is", "are", NULL};
  static const char *const azPart[] = {"involved", "behind", "responsible", "complicit", NULL};
  static const char *const azOwn[] = {"it", "they", "we", "its", "their", "our", NULL};
  static const char *const azHave[] = {"had", "has", "have", NULL};
  const CameoCode *cc = dict_cameo(c->p, "016");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *a = &c->aH[k];
    if (!live_statement(a)) continue;
    size_t t = report_clause_start(c, a->e);
    int iSp = mention_before(c, a->i, 0);
    if (iSp < 0 || t >= c->nTok) continue;
    size_t u = SIZE_MAX;   /* past the clause's subject */
    if (tok_in(c, t, azOwn)) {
      u = t + 1;
      if (tok_is(c, t, "its") || tok_is(c, t, "their") || tok_is(c, t, "our"))
        while (u < c->nTok && u < t + 4 && c->aTok[u].bWord && !tok_in(c, u, azIs) && !tok_is(c, u, "had")) u++;
    } else {
      for (size_t m = 0; m < c->nM && u == SIZE_MAX; m++)
        if (c->aM[m].i == t && !c->aM[m].bLoc && !c->aM[m].bAside && same_side(c, iSp, (int)m)) u = c->aM[m].e;
    }
    if (u == SIZE_MAX || u + 2 >= c->nTok) continue;
    /* a perfect ("said Nairobi had played no part in the arrest") is the same denial */
    if (tok_in(c, u, azHave) && tok_is(c, u + 1, "played")) u++;
    if (u + 2 >= c->nTok) continue;
    int bDeny = tok_in(c, u, azIs) && tok_is(c, u + 1, "not") && tok_in(c, u + 2, azPart);
    bDeny |= tok_is(c, u, "had") && tok_is(c, u + 1, "nothing") && u + 3 < c->nTok && tok_is(c, u + 2, "to") &&
             tok_is(c, u + 3, "do");
    bDeny |= tok_is(c, u, "played") && tok_is(c, u + 1, "no") && tok_is(c, u + 2, "role");
    bDeny |= no_share_in_act(c, u);
    if (!bDeny) continue;
    a->zAct = a->zCode;
    a->zCode = cc->zCode;
    a->eSpan = u + 3;
  }
}

/* Why: "France condemned the attack by Russian forces", "condemned what he
** called an unprovoked attack by Russian military forces": the act a
** condemnation (root 11) names is told with its author after "by", which the
** roles never take as a target (a passive's agent), so the condemnation was
** lost. Contract: runs after assign_roles; a live root-11 hit with a source
** and no target takes the first "by" mention within ten tokens after it, in
** the same clause (no comma, semicolon or "and" between), not on the
** source's side. */
void condemned_by_agent(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || code_root(h) != 11) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (!pm->bBy || pm->bAside || pm->i < h->e || pm->i > h->e + 10) continue;   /* not a harm's object */
      /* ... over a target named after the agent: "denounced last week's
      ** incursion by Israeli warplanes into Syrian airspace" (issue 4 dev44) */
      if (h->iTgt >= 0 && c->aM[h->iTgt].i < pm->i) break;
      int bBreak = 0;
      for (size_t t = h->e; t < pm->i && !bBreak; t++)
        bBreak = tok_is(c, t, ",") || tok_is(c, t, ";") || tok_is(c, t, "and") || tok_is(c, t, ".");
      if (bBreak || same_side(c, h->iSrc, (int)m)) break;
      h->iTgt = (int)m;
      break;
    }
  }
}

/* Why: "Lula reaffirmed Brazil's firm support for China", "Erdogan reaffirmed
** Turkey's full support for Azerbaijan": a possessive of the speaker's own
** state inside the pattern's object says whose support it is, not whom it
** is for; the act was aimed at the speaker's own state (issue 4 readout).
** Contract: runs after assign_roles; a live hit whose target is a mention
** inside its match, followed by "'s" and on the source's side, takes the
** first mention after the match whose phrase "for", "to", "with" or
** "towards" opens (within eight tokens, no clause break), if it is on
** another side. */
void own_possessive_object(Coder *c) {
  static const char *const azFor[] = {"for", "to", "with", "towards", "toward", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0) continue;
    const Mention *pT = &c->aM[h->iTgt];
    if (pT->i <= h->i || pT->e >= h->e || !tok_is(c, pT->e, "'s") || !same_side(c, h->iSrc, h->iTgt)) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < h->e || pm->i > h->e + 8 || pm->bAside) continue;
      int bBreak = 0;
      for (size_t t = h->e; t < pm->i && !bBreak; t++) bBreak = clause_break(c, t) || tok_is(c, t, ";");
      if (bBreak) break;
      /* ... over the words of the phrase before the name ("for the one-China principle") */
      size_t b = pm->i;
      while (b > h->e && b + 4 > pm->i && !tok_in(c, b - 1, azFor) && !clause_break(c, b - 1)) b--;
      if (b == 0 || !tok_in(c, b - 1, azFor) || same_side(c, h->iSrc, (int)m)) continue;
      h->iTgt = (int)m;
      break;
    }
  }
}

/* Contract: runs after own_possessive_object; a live hostile hit (roots 14 and
** 17-19) whose match holds "its" or "their" right after the verb ("stormed its
** embassy", "expelled their diplomats") and whose target is missing or on the
** source's own side takes as target the nearest actor before the verb, in the
** sentence, that is on another side and no place or person. Why: such a possessive names
** the other party of the sentence ("Saudi Arabia cut ties with Iran a day after
** protesters stormed its embassy in Tehran"), never the actor's own property
** (issue 4 force; the open fault "expelled their diplomats"). */
void possessive_other_party(Coder *c) {
  static const char *const azPoss[] = {"its", "their", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->bFramed || h->iSrc < 0 || !(root == 14 || (root >= 17 && root <= 19))) continue;
    size_t t = h->i + 1;
    if (t < h->e && !tok_in(c, t, azPoss) && t + 1 < h->e) t++;
    if (t > h->e || t >= c->nTok || !tok_in(c, t, azPoss)) continue;   /* in the match or right after the verb */
    /* ... not the idiom of one's own path or a stressed "own": "fought their way into Goma" */
    if (t + 1 < c->nTok && (tok_is(c, t + 1, "way") || tok_is(c, t + 1, "own"))) continue;
    /* the side to leave: the source's, or for a bare role with no state yet
    ** the place it acts in, whose state it will take ("demonstrators
    ** attacked its embassy in Minsk") */
    const char *zSrc = NULL;
    mention_country(c, h->iSrc, &zSrc);
    int iSide = h->iSrc;
    if (!zSrc && h->iTgt >= 0 && c->aM[h->iTgt].bLoc) iSide = h->iTgt;
    else if (h->iTgt >= 0 && !same_side(c, h->iSrc, h->iTgt)) continue;
    int iOther = -1;
    for (size_t m = c->nM; m-- > 0 && iOther < 0;) {
      const Mention *pm = &c->aM[m];
      if (pm->e > h->i || (int)m == h->iSrc || pm->bLoc || pm->bAside || pm->bPronoun || pm->bMod) continue;
      if (pm->pMain && pm->pMain->kind == AK_PERSON) continue;
      if (!same_side(c, iSide, (int)m)) iOther = (int)m;
    }
    if (iOther >= 0) h->iTgt = iOther;
  }
}

/* Why: "condemned the terrorist attacks against Israel by Hamas", "denounced
** the killing of farmers by Boko Haram": a condemnation (root 11) whose
** object is an act told with its victim and then its author after "by"
** blames the author; the victim was taken as the target (issue 4 readout).
** Contract: runs after condemned_by_agent; a live root-11 hit whose target
** follows "against", "on" or "of" after the match takes the first "by"
** mention within six tokens after the target, in the same clause, not on
** the source's side. */
void condemned_act_author(Coder *c) {
  static const char *const azVictim[] = {"against", "on", "of", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || code_root(h) != 11) continue;
    const Mention *pT = &c->aM[h->iTgt];
    size_t b = pT->i;
    if (b > 0 && (tok_is(c, b - 1, "the") || tok_is(c, b - 1, "a") || tok_is(c, b - 1, "an"))) b--;
    if (pT->i < h->e || b == 0 || !tok_in(c, b - 1, azVictim)) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (!pm->bBy || pm->i < pT->e || pm->i > pT->e + 6) continue;
      int bBreak = 0;
      for (size_t t = pT->e; t < pm->i && !bBreak; t++) bBreak = clause_break(c, t) || tok_is(c, t, ";");
      if (bBreak || same_side(c, h->iSrc, (int)m)) break;
      h->iTgt = (int)m;
      break;
    }
  }
}

/* Why: "Iran condemned the Israeli strike on Damascus", "Turkey condemned
** the Russian air strikes on Idlib": a reaction whose object is an act noun
** named with a people's adjective blames the people's state, the act's
** author, not the place or victim after "on" (a possessive, "Israel's
** strike", is the object already). Contract: runs last of the target
** passes, which read such a modifier as a target of last resort; a live hit
** of root 11 or 12 with a source, whose object right after the match is
** "the" or "a(n)", a mention modifying the next word (a demonym or a state),
** up to two lower-case words and a noun of force or coercion, takes that
** mention as its target when it is not on the source's side. */
void reaction_act_adjective(Coder *c) {
  static const char *const azAct[] = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid",
                                      "raids", "bombing", "bombings", "bombardment", "shelling", "offensive",
                                      "invasion", "incursion", "incursions", "assault", "killing", "killings",
                                      "occupation", "blockade", "annexation", "crackdown", "seizure", "massacre",
                                      "shootdown", "downing", "barrage", "aggression", "operation", "operations", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iSrc < 0 || (root != 11 && root != 12)) continue;
    size_t t = h->e;
    if (!(tok_is(c, t, "the") || tok_is(c, t, "a") || tok_is(c, t, "an"))) continue;
    int iM = -1;   /* the mention may hold the article: "the Israeli" */
    for (size_t m = 0; m < c->nM && iM < 0; m++)
      if ((c->aM[m].i == t || c->aM[m].i == t + 1) && c->aM[m].bMod && !c->aM[m].pAgent && !c->aM[m].pMain && c->aM[m].pCountry) iM = (int)m;
    if (iM < 0 || h->iTgt == iM || same_side(c, h->iSrc, iM)) continue;
    size_t n = c->aM[iM].e;
    for (int nWord = 0; nWord < 2 && n < c->nTok && !tok_in(c, n, azAct) && c->aTok[n].bWord && !c->aTok[n].bCap &&
                        !in_mention(c, n);
         nWord++)
      n++;
    if (!tok_in(c, n, azAct)) continue;
    h->iTgt = iM;
  }
}

/* Contract: a live, unframed 174 hit on "expel" whose source is an
** intergovernmental body and whose target is a state named bare (a country or
** its capital, no role: "expelled Russia", not "expelled Russian diplomats")
** becomes 161, ties with the member cut. Runs after assign_roles. Why: a body
** that expels a member state puts no persons out of a country (174); "OPEC
** expelled Gabon" breaks relations, as suspending a member does (161). */
void member_state_expelled(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "174") ||
        strcmp(lemma_of(c, h), "expel"))
      continue;
    const Mention *pS = &c->aM[h->iSrc], *pT = &c->aM[h->iTgt];
    if (!pS->pMain || pS->pMain->kind != AK_ORG || !pS->pMain->zCode || strncmp(pS->pMain->zCode, "IGO", 3)) continue;
    if (pT->pAgent || pT->bPronoun || !pT->pMain || (pT->pMain->kind != AK_COUNTRY && pT->pMain->kind != AK_CAPITAL))
      continue;
    h->zCode = "161";
  }
}

/* "recalled Venezuela's envoy from Washington": the envoy recalled is the
** recalling state's own, so the ties cut (161) are with the state the envoy
** leaves, named after "from" or "to" in the clause. Runs after assign_roles. */
void recall_from(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "161") || strcmp(lemma_of(c, h), "recall")) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    /* ... and a bare ministry that recalls "Belarus's own ambassador from
    ** Washington" is the envoy's state's (issue 4, session 45: it took
    ** Washington's) */
    int bBare = !zS && zT && bare_organ(&c->aM[h->iSrc]);
    if (bBare) zS = zT;
    if (!zS || !zT || strncmp(zS, zT, 3)) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      const char *zM = NULL;
      mention_country(c, (int)m, &zM);
      if (pm->i < h->e || pm->i > h->e + 3 || pm->i == 0 || !zM || !strncmp(zM, zS, 3)) continue;
      if (tok_is(c, pm->i - 1, "from") || tok_is(c, pm->i - 1, "to")) {
        h->iTgt = (int)m;
        if (bBare) c->aM[h->iSrc].pCountry = country_entry(c, zS);
        break;
      }
    }
  }
}

/* "signed an order to withdraw the United States from the WHO", "pulled
** the country out of the ICC": a state that takes itself out of an
** international body leaves it -- relations with the body broken (161, as
** org_exit codes "withdrew from the ICC"), not a military de-escalation
** aimed at itself (087). Runs after assign_roles. */
void own_state_out_of_body(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || h->iTgt < 0 || strcmp(h->zCode, "087")) continue;
    if (strcmp(lemma_of(c, h), "withdraw") && strcmp(lemma_of(c, h), "pull")) continue;
    const char *zS = NULL, *zT = NULL;
    mention_country(c, h->iSrc, &zS);
    mention_country(c, h->iTgt, &zT);
    const Mention *pT = &c->aM[h->iTgt];
    if (!zS || !zT || strncmp(zS, zT, 3) || pT->i < h->e || pT->pAgent) continue;
    for (size_t m = 0; m < c->nM; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < pT->e || pm->i > pT->e + 3 || !pm->pMain || pm->pMain->kind != AK_ORG || pm->pAgent ||
          strncmp(pm->pMain->zCode, "IGO", 3) || strstr(pm->pMain->zCode, "PKO"))
        continue;
      size_t b = pm->i;   /* the word before the body's name and its article */
      if (b > 0 && tok_is(c, b - 1, "the")) b--;
      if (b < 2 || !(tok_is(c, b - 1, "from") || (tok_is(c, b - 2, "out") && tok_is(c, b - 1, "of")))) continue;
      h->iTgt = (int)m;
      h->zCode = "161";
      break;
    }
  }
}

/* "accused the separatists of shooting down the airliner, killing all 298
** on board": a participle trailing an accusation's deed tells that deed, the
** accusation's content, which is not coded as an act of its own. */
void accused_participle(Coder *c) {
  static const char *const azAccuse[] = {"accuse", "charge", "blame", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *a = &c->aH[k];
    if (a->bDrop || strncmp(a->zCode, "112", 3)) continue;
    const char *zLemma = lemma_of(c, a);
    int bAccuse = 0;
    for (const char *const *z = azAccuse; *z && !bAccuse; z++) bAccuse = !strcmp(zLemma, *z);
    if (!bAccuse) continue;
    /* past the deed itself ("of dropping barrel bombs") to the first hit after a comma */
    size_t x = k + 1;
    while (x < c->nH && (c->aH[x].bDrop || (c->aH[x].i >= a->i && c->aH[x].i > 0 && !tok_is(c, c->aH[x].i - 1, ",") &&
                                            (c->aH[x].forms & VF_ING) && tok_is(c, c->aH[x].i - 1, "of"))))
      x++;
    if (x >= c->nH) continue;
    VerbHit *b = &c->aH[x];
    if ((b->forms & VF_ING) && b->i > a->e && tok_is(c, b->i - 1, ",") && !is_report_verb(b)) b->bDrop = 1;
  }
  /* ... and a second deed joined by "and" to the first: "accused Pakistani
  ** troops of sneaking across the Line of Control and killing two Indian
  ** soldiers" charges the killing too (issue 4 dev47) */
  static const char *const azStop[] = {";", ".", ":", "but", "while", "saying", "adding", "which", "who", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *a = &c->aH[k];
    if (a->bDrop || strncmp(a->zCode, "112", 3) || !str_listed(lemma_of(c, a), azAccuse)) continue;
    size_t iOf = SIZE_MAX;   /* the "of" that opens the deed charged */
    for (size_t t = a->i + 1; t + 1 < c->nTok && t < a->e + 8 && iOf == SIZE_MAX; t++)
      if (tok_is(c, t, "of") && tok_ing(c, t + 1)) iOf = t;
    for (size_t x = k + 1; x < c->nH && iOf != SIZE_MAX; x++) {
      VerbHit *b = &c->aH[x];
      if (b->i <= iOf + 1 || b->i > iOf + 25) continue;
      int bStop = 0;
      /* (a finite verb between opens a clause of the accuser's own: "accused
      ** Iran of arming the Polisario and announced that Rabat was ...") */
      for (size_t t = iOf; t < b->i && !bStop; t++) bStop = tok_in(c, t, azStop) || (t > iOf + 1 && tok_finite_form(c, t));
      if (bStop) break;
      if (!b->bDrop && (b->forms & VF_ING) && tok_is(c, b->i - 1, "and") && !is_report_verb(b)) b->bDrop = 1;
    }
  }
}

/* "blamed the United States for fuelling tensions by sending weapons to
** Ukraine", "accused Ukraine of provoking the war by shelling Donetsk": a
** deed told after "by" inside an accusation or a censure is the means of
** the deed charged, part of the charge, and no act of its own (the README:
** an accusation is not also coded as the accused act). */
void accused_means(Coder *c) {
  static const char *const azCharge[] = {"accuse", "blame", "charge", "criticise", "criticize", "condemn",
                                         "denounce", "fault", NULL};
  static const char *const azStop[] = {";", ".", ":", "but", "while", "saying", "adding", "and", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *a = &c->aH[k];
    if (a->bDrop || code_root(a) != 11) continue;
    int bCharge = 0;
    for (const char *const *z = azCharge; *z && !bCharge; z++) bCharge = !strcmp(lemma_of(c, a), *z);
    if (!bCharge) continue;
    for (size_t x = k + 1; x < c->nH; x++) {
      VerbHit *b = &c->aH[x];
      if (b->i <= a->e || b->i > a->e + 15) continue;
      int bStop = 0;
      for (size_t t = a->e; t < b->i && !bStop; t++) bStop = tok_in(c, t, azStop);
      if (bStop) break;
      if (!b->bDrop && (b->forms & VF_ING) && tok_is(c, b->i - 1, "by") && !is_report_verb(b)) b->bDrop = 1;
    }
  }
}

/* "said they would recognise Guaido as interim president unless Maduro
** called a fresh election within eight days", "will cut aid unless Kigali
** withdraws": a stated intent or threat made on a condition another side
** must meet is an ultimatum (139) to that side, the subject of the
** "unless" clause. Runs after assign_roles. */
void unless_ultimatum(Coder *c) {
  const CameoCode *cc = dict_cameo(c->p, "139");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->iSrc < 0 || (root != 3 && root != 13) || !strcmp(h->zCode, "139") ||
        !(h->bFramed || h->bModalFramed || h->bStated))
      continue;
    size_t u = SIZE_MAX;
    for (size_t t = h->e; t < c->nTok && t <= h->e + 15 && u == SIZE_MAX; t++) {
      if (tok_is(c, t, ";") || tok_is(c, t, ".") || tok_is(c, t, "but")) break;
      if (tok_is(c, t, "unless")) u = t;
    }
    if (u == SIZE_MAX) continue;
    int iY = -1;
    for (size_t m = 0; m < c->nM && iY < 0; m++)
      if (c->aM[m].i > u && c->aM[m].i <= u + 3 && !c->aM[m].bLoc && !c->aM[m].bAside && !c->aM[m].bPronoun) iY = (int)m;
    if (iY < 0 || same_side(c, h->iSrc, iY)) continue;
    h->zCode = cc->zCode;
    h->iTgt = iY;
  }
}

/* Contract: report hit k becomes the live act cc of speaker iS aimed at iY,
** stated now (not a report of another's words); the hits after it up to
** token eClause are its content and are dropped. Shared by
** foretold_ultimatum and reported_wrongdoing. */
static void report_as_act(Coder *c, size_t k, const CameoCode *cc, int iS, int iY, size_t eClause) {
  VerbHit *r = &c->aH[k];
  for (size_t x = 0; x < c->nH; x++)
    if (x != k && c->aH[x].i >= r->e && c->aH[x].i < eClause) c->aH[x].bDrop = 1;
  r->zCode = cc->zCode;
  r->bDrop = 0;
  r->iSrc = iS;
  r->iTgt = iY;
  r->bReported = 0;
}

/* Contract (unlike report_speaker, which asks for a speaker next to the verb
** or right after it, this one falls back on any participant before it): the
** speaker of report hit k -- its source; for a report a
** pass dropped before the roles were set, the source of the verb an "and"
** joins it to ("Trump phoned both leaders and warned that ..."), else the
** participant right before it; -1 when there is none. */
static int report_hit_speaker(const Coder *c, size_t k) {
  const VerbHit *r = &c->aH[k];
  if (r->iSrc >= 0) return r->iSrc;
  for (size_t x = k; r->i > 0 && tok_is(c, r->i - 1, "and") && x-- > 0;)
    if (c->aH[x].iSrc >= 0 && c->aH[x].e < r->i) return c->aH[x].iSrc;
  return mention_before(c, r->i, 0);
}

/* Why: "Interior Minister Ali Yerlikaya said the attackers were members of
** the PKK", "Gervasi said Mexico had repeatedly interfered in Peru's internal
** affairs", "Zhao told a briefing that Indian troops had seriously violated
** the consensus", "said Tehran was behind the strikes": a statement that
** another side did wrong accuses it (112), and the gold sets code it so;
** the words of wrong had no pattern, or their act was coded as the accused
** side's deed on the speaker's word (the README: an accusation is not also
** the act). Contract: runs after foretold_ultimatum; a report hit (root 01,
** not 011/015-017) whose clause -- to its end or the next ";" -- holds a word
** of wrongdoing (reported_wrong_at) right after its first participant of
** another side than the speaker (auxiliaries, adverbs and "been" may stand
** between), becomes a live 112 by the speaker aimed at that participant;
** the live hits inside the clause are its content and are dropped. */
static int reported_wrong_at(const Coder *c, size_t t) {
  static const char *const azWrong[] = {"interfered", "interfering", "interferes", "interfere", "meddled", "meddling",
                                        "meddles", "violated", "violating", "violates", "breached", "breaching",
                                        "orchestrated", "masterminded", "plotted", "engineered", "instigated",
                                        "incited", "sponsored", "financed", "harboured", "harbored", "sheltered",
                                        "lied", "culpable", "guilty", "complicit", "spying", "spied", NULL};
  static const char *const azBehind[] = {"behind", "responsible", NULL};
  static const char *const azActNoun[] = {"attack", "attacks", "strike", "strikes", "bombing", "bombings",
                                          "killing", "killings", "murder", "explosion", "explosions", "blast",
                                          "blasts", "assassination", "poisoning", "hack", "hacking", "cyberattack",
                                          "cyberattacks", "sabotage", "shooting", "massacre", "abduction",
                                          "kidnapping", "unrest", "riots", "violence", "arson", "plot", "coup",
                                          "downing", "sinking", "incursion", "invasion", "shelling", NULL};
  if (t >= c->nTok) return 0;
  if (tok_in(c, t, azWrong)) return 1;
  if (t + 3 < c->nTok && tok_is(c, t, "caught") && tok_is(c, t + 1, "red") && tok_is(c, t + 2, "-") &&
      tok_is(c, t + 3, "handed"))
    return 1;
  if (tok_in(c, t, azBehind))   /* "was behind the strikes", "responsible for the attack" */
    for (size_t u = t + 1; u < c->nTok && u <= t + 4; u++)
      if (tok_in(c, u, azActNoun)) return 1;
  /* "the attackers were members of the PKK": an armed group joined */
  if (tok_is(c, t, "members") && t + 1 < c->nTok && tok_is(c, t + 1, "of"))
    for (size_t m = 0; m < c->nM; m++)
      if ((c->aM[m].i == t + 2 || c->aM[m].i == t + 3) && c->aM[m].pMain && armed_group_entry(c->aM[m].pMain)) return 1;
  return 0;
}

/* Why: "BJP leaders said Gandhi had insulted a whole community", "the
** ministry said Washington had started the biggest trade war": a hostile deed
** the speaker reports of another side, with no victim the sentence names,
** is the speaker's charge; coded as the doer's own act it found no target and
** was lost. Contract: 1 when a live hit of root 11, not negated and
** not a future, starts at token t (past the subject iY's auxiliaries), its
** source is iY or unset and it has no target; else 0. */
static int untargeted_wrong_at(const Coder *c, size_t t, int iY) {
  if (t > 0 && (tok_is(c, t - 1, "would") || tok_is(c, t - 1, "will"))) return 0;
  for (size_t x = 0; x < c->nH; x++) {
    const VerbHit *h = &c->aH[x];
    if (h->i != t || h->bDrop || h->bNegated || h->iTgt >= 0) continue;
    if (h->iSrc >= 0 && h->iSrc != iY) continue;
    int root = act_root(h);
    return root == 11;
  }
  return 0;
}

/* Two different parties of one state: rivals, not one side (a party and
** the opposition are opposed_roles already: "BJP leaders said Gandhi had
** insulted ..."). */
static int rival_parties(const Coder *c, int iA, int iB) {
  const char *zA = mention_role(c, iA), *zB = mention_role(c, iB);
  return zA && zB && !strncmp(zA, "PTY", 3) && !strncmp(zB, "PTY", 3) && c->aM[iA].pMain != c->aM[iB].pMain;
}

void reported_wrongdoing(Coder *c) {
  static const char *const azCopulaWrong[] = {"behind", "responsible", "members", "culpable", "guilty", "complicit", NULL};
  static const char *const azAux[] = {"had", "has", "have", "was", "were", "is", "are", "been", "repeatedly",
                                      "seriously", "also", "deliberately", "directly", "clearly", "then", "not", NULL};
  const CameoCode *cc = dict_cameo(c->p, "112");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *r = &c->aH[k];
    if (code_root(r) != 1 || !is_report_verb(r) || r->bNegated) continue;
    /* "..., saying it hit camps": a trailing participle's speaker is the subject of the verb it trails */
    int iS = (r->forms & VF_ING) && r->iSrc < 0 ? participle_speaker(c, r) : report_hit_speaker(c, k);
    if (iS < 0) continue;
    size_t eClause = r->e;
    while (eClause < c->nTok && !tok_is(c, eClause, ";") && !tok_is(c, eClause, ".")) eClause++;
    int iY = -1;
    for (size_t m = 0; m < c->nM && iY < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i < r->e || pm->i >= eClause || pm->bLoc || pm->bAside || pm->bSaid) continue;
      /* the speaker's own side's deed is no accusation; a party's of the
      ** opposition or of another party, or a state's of its rebels, is one */
      if (same_side(c, iS, (int)m) && !opposed_roles(c, iS, (int)m) && !rival_parties(c, iS, (int)m)) break;
      size_t t = pm->e;
      while (t < eClause && t < pm->e + 4 && tok_in(c, t, azAux)) t++;
      if (tok_is(c, t, "not") || (t > pm->e && tok_is(c, t - 1, "not"))) break;
      /* a state's or body's description ("militants responsible for the
      ** attack") is no predicate: a noun word of wrong needs its copula */
      if (reported_wrong_at(c, t) && (t > pm->e || !tok_in(c, t, azCopulaWrong))) iY = (int)m;
      else if (t > pm->e && untargeted_wrong_at(c, t, (int)m)) iY = (int)m;
      break;   /* only the clause's first participant is its subject */
    }
    if (iY < 0) continue;
    report_as_act(c, k, cc, iS, iY, eClause);
  }
}

/* Why: "Blinken said Washington would reimpose the measures unless Maduro
** lifted the bans", "Cherizier warned that the country would slide into
** civil war unless Prime Minister Ariel Henry resigned", "Katz warned that
** Hamas would be hit with a force it had not yet seen unless the hostages were
** freed": a consequence the speaker foretells on a condition another side
** must meet is an ultimatum (139) whatever the consequence's verb, and the
** gold sets code it so; where the consequence had no intent or threat of its
** own to carry the "unless" (unless_ultimatum), the statement was dropped as
** a report and the condition as no act (issue 4 lead31). Contract: runs
** after unless_ultimatum; a report or warning hit (root 01, or 012) followed
** in its sentence by "would" or "will" and then "unless", with no live hit
** of roots 03, 10, 12 or 13 between it and the "unless", is made a live 139 by the
** speaker (its source, else that of the verb an "and" joins it to, else the
** actor right before it) aimed at the first
** participant within three words after "unless", else at the first
** participant of another side between the report and the "unless"; the hits
** after the report up to the clause's end are its content and are dropped.
** Left as it is when no such target is found. */
void foretold_ultimatum(Coder *c) {
  const CameoCode *cc = dict_cameo(c->p, "139");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *r = &c->aH[k];
    if (code_root(r) != 1 || !(is_report_verb(r) || !strcmp(r->zCode, "012"))) continue;
    size_t iModal = SIZE_MAX, u = SIZE_MAX, eClause = c->nTok;
    for (size_t t = r->e; t < c->nTok && t <= r->e + 25 && u == SIZE_MAX; t++) {
      if (tok_is(c, t, ";") || tok_is(c, t, ".") || tok_is(c, t, "but") || tok_is(c, t, ":")) break;
      if (iModal == SIZE_MAX && (tok_is(c, t, "would") || tok_is(c, t, "will"))) iModal = t;
      if (iModal != SIZE_MAX && tok_is(c, t, "unless")) u = t;
    }
    if (u == SIZE_MAX) continue;
    for (size_t t = u + 1; t < c->nTok && eClause == c->nTok; t++)
      if (tok_is(c, t, ";") || tok_is(c, t, ".") || tok_is(c, t, ",") || tok_is(c, t, "but")) eClause = t;
    int bOwnFrame = 0;   /* a stated intent or threat carries the "unless" itself */
    for (size_t x = 0; x < c->nH && !bOwnFrame; x++) {
      const VerbHit *h = &c->aH[x];
      int rootH = code_root(h);
      bOwnFrame = x != k && !h->bDrop && h->i >= r->e && h->i < u &&
                  (rootH == 3 || rootH == 10 || rootH == 12 || rootH == 13);   /* "would not attend talks unless" 125 */
    }
    if (bOwnFrame) continue;
    int iS = report_hit_speaker(c, k);
    if (iS < 0) continue;
    int iY = -1;
    for (size_t m = 0; m < c->nM && iY < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i > u && pm->i <= u + 3 && !pm->bLoc && !pm->bAside && !pm->bPronoun && !same_side(c, iS, (int)m))
        iY = (int)m;
    }
    for (size_t m = 0; m < c->nM && iY < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (pm->i >= r->e && pm->i < u && !pm->bLoc && !pm->bAside && !pm->bPronoun && !pm->bSaid &&
          (pm->pMain || pm->pCountry) && !same_side(c, iS, (int)m))
        iY = (int)m;
    }
    if (iY < 0) continue;
    report_as_act(c, k, cc, iS, iY, eClause);
  }
}

/* "declared Brazilian President Luiz Inacio Lula da Silva persona non
** grata", "declared the ambassador, Kang Chol, persona non grata": a person
** declared unwelcome is put out of the country (174) however long the name
** between the verb and the Latin phrase, which a pattern's gaps do not span. */
void persona_non_grata(Coder *c) {
  const CameoCode *cc = dict_cameo(c->p, "174");
  for (size_t k = 0; cc && k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || strcmp(lemma_of(c, h), "declare") || !strcmp(h->zCode, "174")) continue;
    for (size_t t = h->e; t + 2 < c->nTok && t <= h->e + 14; t++) {
      if (tok_is(c, t, ";") || tok_is(c, t, ".") || tok_is(c, t, "that")) break;
      if (tok_is(c, t, "persona") && tok_is(c, t + 1, "non") && tok_is(c, t + 2, "grata")) {
        h->zCode = cc->zCode;
        h->eSpan = t + 3;
        break;
      }
    }
  }
}

/* "Spain denied that it had closed its airspace to the Bolivian jet",
** "Syria denied using chemical weapons against the rebels", "Turkey denied
** reports that its forces had killed civilians": the act a denial (016)
** denies, done by the denier's own side, is its content and no act of its
** own; the denial's target is the victim that act names (the README's 016),
** else the accuser in context (reply_targets). Runs after assign_roles. */
void denied_content(Coder *c) {
  static const char *const azStop[] = {",", ";", ":", "but", "and", "while", "saying", "adding", "as", NULL};
  for (size_t k = 0; k + 1 < c->nH; k++) {
    VerbHit *d = &c->aH[k];
    if (d->bDrop || strcmp(d->zCode, "016") || d->iSrc < 0) continue;
    VerbHit *b = NULL;
    for (size_t x = k + 1; x < c->nH && !b; x++)
      if (!c->aH[x].bDrop && c->aH[x].i >= d->e) b = &c->aH[x];
    if (!b || b->i > d->e + 12 || !strcmp(b->zCode, "016")) continue;
    int bStop = 0;
    for (size_t t = d->e; t < b->i && !bStop; t++) bStop = tok_in(c, t, azStop);
    if (bStop) continue;
    /* the deed is the denier's own: no subject of its own, or the same side */
    if (b->iSrc >= 0 && b->iSrc != d->iSrc && !same_side(c, d->iSrc, b->iSrc)) continue;
    b->bDrop = 1;
    /* ... whose victim the denial is aimed at, also over the denier's own
    ** side that its pronoun named ("separatists ... denied that they had
    ** shot down the Malaysian airliner"); one a friendly deed reaches is
    ** no victim ("denied that Asmara had ever supplied al-Shabaab with
    ** weapons" answers the accuser) */
    int bVictim = d->iTgt < 0 || (same_side(c, d->iSrc, d->iTgt) && code_root(b) >= 14);
    if (bVictim && b->iTgt >= 0 && !same_side(c, d->iSrc, b->iTgt)) d->iTgt = b->iTgt;
  }
}

/* Contract: 1 when tokens [b, e) are lowercase words that may modify a noun
** ("exiled", "former", "two"): no preposition, article, pronoun or "that". */
static int plain_modifiers(const Coder *c, size_t b, size_t e) {
  static const char *const azNot[] = {"the", "a", "an", "that", "which", "who", "and", "or", NULL};
  for (size_t t = b; t < e; t++)
    if (!c->aTok[t].bWord || c->aTok[t].bCap || tok_in(c, t, azPrep) || tok_in(c, t, azNot) || tok_in(c, t, azSubjPron))
      return 0;
  return 1;
}

/* "Moscow dismissed as fake news a claim by Pompeo that ...", "rejected a
** White House claim that ...", "India dismissed Canada's allegations": a
** denial or rejection of a claim whose maker the sentence names answers that
** maker, as the gold sets code "rejected Trudeau's allegation" (IND 016 CAN),
** and a rejected claim is a denial (016), as clause_replies has it; the names
** inside the claim's own clause are its content, not the target.
** Contract: for a live 016 or root-12 hit followed within its clause (in
** its pattern's words or past "as <words>" and a determiner) by a claim noun, the claimant is the
** mention after "by" right after the noun, else the mention that ends right
** before it (a modifier, or a possessive before "'s"); when found and not of
** the denier's side, it becomes the target, and a rejection becomes a
** denial unless "to" or "over" follows the noun (a claim of territory). Runs
** after denied_content. */
void claimant_of_denied_claim(Coder *c) {
  static const char *const azClaim[] = {"charge", "charges", "accusation", "accusations", "allegation",
                                        "allegations", "claim", "claims", "assertion", "assertions", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->iSrc < 0 || (strcmp(h->zCode, "016") && code_root(h) != 12)) continue;
    size_t n = SIZE_MAX;   /* the claim noun */
    for (size_t t = h->i + 1; t < c->nTok && t <= h->e + 10 && n == SIZE_MAX; t++) {   /* "rejected a ~ claim" */
      if (tok_is(c, t, "that") || tok_is(c, t, ",") || tok_is(c, t, ";") || tok_is(c, t, ".") || clause_break(c, t))
        break;
      if (tok_in(c, t, azClaim)) n = t;
    }
    if (n == SIZE_MAX) continue;
    int iBy = -1;
    for (size_t x = k + 1; x < c->nH; x++)   /* no act between the verb and the noun */
      if (!c->aH[x].bDrop && c->aH[x].i >= h->e && c->aH[x].i < n) n = SIZE_MAX;
    if (n == SIZE_MAX) continue;
    for (size_t m = 0; m < c->nM && iBy < 0; m++) {
      const Mention *pm = &c->aM[m];
      if (n + 1 < c->nTok && tok_is(c, n + 1, "by") && pm->i >= n + 2 && pm->i <= n + 4 && plain_modifiers(c, n + 2, pm->i))
        iBy = (int)m;   /* "charges by exiled Sudanese opposition leaders" */
      else if (pm->e == n || (pm->e + 1 == n && tok_is(c, pm->e, "'s"))) iBy = (int)m;
    }
    if (iBy < 0 || iBy == h->iSrc || c->aM[iBy].bLoc || same_side(c, h->iSrc, iBy)) continue;
    h->iTgt = iBy;
    h->bWeakTarget = 0;
    /* ... but a claim "to the cay", "over the islands" is one of territory,
    ** and rejecting it stays a rejection (issue 4 dev33) */
    int bTerritory = n + 1 < c->nTok && (tok_is(c, n + 1, "to") || tok_is(c, n + 1, "over"));
    if (code_root(h) == 12 && !bTerritory) h->zCode = "016";
  }
}

/* "Trump said he would not cancel arms sales", "saying the warrant would not
** be enforced": a negated act told in the future is no denial of a deed but
** the act itself, negated (the README's negated hostile intent, `negated
** forecast`). Contract: 1 when a modal of the future ("will", "would",
** "shall", "wo" of "won't") stands right before a negation between tokens b
** and hi; else 0. */
int future_negation(const Coder *c, size_t b, size_t hi) {
  static const char *const azModal[] = {"will", "would", "shall", "wo", NULL};
  for (size_t t = b + 1; t < hi; t++)
    if (tok_neg(c, t) && tok_in(c, t - 1, azModal)) return 1;
  return 0;
}
void own_side_denial(Coder *c) {
  static const char *const azSay[] = {"said", "says", "say", "claimed", "claims", "insisted", "insists",
                                      "stressed", "maintained", "maintains", "asserted", "reiterated", NULL};
  static const char *const azOwn[] = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    int root = code_root(h);
    if (h->bDrop || h->bFramed || h->iSrc < 0 || root < 13 || root > 20) continue;
    /* the saying verb shortly before the act, its clause unbroken */
    size_t s = SIZE_MAX;
    for (size_t t = h->i; t-- > 0 && h->i - t <= 10;) {
      if (tok_in(c, t, azSay)) {
        s = t;
        break;
      }
      if (tok_is(c, t, ",") || tok_is(c, t, ";") || tok_is(c, t, "and") || tok_is(c, t, "but")) break;
    }
    if (s == SIZE_MAX || s == 0) continue;
    size_t b = s + 1;
    if (tok_is(c, b, "that")) b++;
    /* ... and the reported clause negated before its verb */
    int bNeg = 0;
    for (size_t t = b; t < h->i && !bNeg; t++) bNeg = tok_neg(c, t);
    if (!bNeg || future_negation(c, b, h->i)) continue;
    /* the speaker: the act's subject when it speaks ("Iran said it had
    ** not ..."), else the nearest actor ending before the saying verb, whose
    ** own side the reported clause's subject must be */
    const Mention *pIn = &c->aM[h->iSrc];
    int iSp = -1;
    if (pIn->e <= s) {
      if (pIn->bBy || pIn->bLoc || s - pIn->e > 8) continue;
      /* the reported clause's subject is the speaker's own: a pronoun or
      ** possessive, or no actor at all ("the strikes had not hit ...") */
      if (!tok_in(c, b, azOwn)) {
        int bOther = 0;
        for (size_t m = 0; m < c->nM && !bOther; m++)
          bOther = c->aM[m].i >= b && c->aM[m].e <= h->i && !same_side(c, h->iSrc, (int)m);
        if (bOther) continue;
      }
      iSp = h->iSrc;
    } else {
      if (pIn->i < b || pIn->bBy) continue;
      for (size_t m = 0; m < c->nM; m++) {
        const Mention *pm = &c->aM[m];
        if (pm->e > s || pm->bLoc || pm->bPrep || pm->bAside || pm->bMod || pm->bBy || s - pm->e > 6) continue;
        iSp = (int)m;
      }
      if (iSp < 0 || !same_side(c, iSp, h->iSrc)) continue;
    }
    h->zCode = "016";
    h->zAct = NULL;
    h->iSrc = iSp;
    h->bNegClear = 1;
    h->bReported = 0;
    /* one does not deny towards oneself: the accuser is then found in context */
    if (h->iTgt >= 0 && same_side(c, iSp, h->iTgt)) h->iTgt = -1;
  }
}

/* Contract: a protest (140, 141) whose subject is a state -- its name, its
** capital, or its government or ministry -- becomes an official complaint
** (114). Why: "Mexico's government protested against the arrest", "Tokyo
** protested over the seizure" are a state's complaint about another's act,
** which the reply rules then aim at whoever did it; a crowd's, a party's or
** a people's protest stays dissent (issue 4, session 43). */
void state_protest(Coder *c) {
  static const char *const azProtest[] = {"protest", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->bFramed || h->iSrc < 0 || (strcmp(h->zCode, "140") && strcmp(h->zCode, "141")) ||
        !str_listed(lemma_of(c, h), azProtest))
      continue;
    const Mention *pS = &c->aM[h->iSrc];
    const char *zRole = mention_role(c, h->iSrc);
    /* (mention_role gives "" for a state's or a capital's own name) */
    int bState = zRole && *zRole ? !strcmp(zRole, "GOV")
                       : pS->pMain && !pS->pAgent && (pS->pMain->kind == AK_COUNTRY || pS->pMain->kind == AK_CAPITAL ||
                                                      pS->pMain->kind == AK_METONYM);
    const CameoCode *cc = bState ? dict_cameo(c->p, "114") : NULL;
    if (cc) h->zCode = cc->zCode;
  }
}
