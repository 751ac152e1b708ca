/*
** Verb hits (find_verbs): the patterns of dict/verbs.txt matched on interned
** tokens, with the gaps a pattern allows (amounts, lists, places, days), and
** the hits no single pattern gives: weapons, verdicts and labels ("called it
** a war crime"), truces, court rulings, arrivals, gerunds after aspect verbs.
*/
#include "coder.h"

/* Matches slots s.. of pattern v from token i; returns end token or 0; *pnLit
** counts literal slots matched. Gaps take 0-4 tokens, shortest first. */
/* 1 if token i follows an opening quotation mark. */
static int quote_before(const Coder *c, size_t i) {
  if (i == 0) return 0;
  const Token *p = &c->aTok[i - 1];
  const char *z = c->z + p->start;
  size_t n = p->end - p->start;
  return (n == 1 && (*z == '"' || *z == '\'')) || (n == 3 && (!memcmp(z, "\xe2\x80\x9c", 3) || !memcmp(z, "\xe2\x80\x98", 3)));
}

/* Token t (after lo) is the hyphen or a later part of a hyphenated
** modifier -- a compound glued by "-" that a lower-case word follows: "a
** 20-year-old trade embargo", "a long-awaited deal"; not a noun such as
** "co-chairs to send". */
static int hyphen_modifier_part(const Coder *c, size_t t, size_t lo) {
  if (t <= lo || c->aTok[t].start != c->aTok[t - 1].end) return 0;
  if (!tok_is(c, t, "-") && !tok_is(c, t - 1, "-")) return 0;
  size_t e = t + 1;   /* the first token after the compound */
  while (e < c->nTok && c->aTok[e].start == c->aTok[e - 1].end) e++;
  return e < c->nTok && c->aTok[e].bWord && !c->aTok[e].bCap && !tok_in(c, e, azPrep) && !tok_is(c, e, "to") &&
         !tok_is(c, e, "and") && !tok_is(c, e, "or");
}

/* Is token t, after token lo, a later part of one amount: "7.4 billion euro",
** "$1.5 billion", "20 million dollars"? Such an amount is one word of a
** pattern's gap ("signed a 7.4 billion euro aid and investment package"). */
static int amount_part(const Coder *c, size_t t, size_t lo) {
  return t > lo && (c->aKind[t - 1] & (TK_AMOUNT | TK_DOLLAR)) && (c->aKind[t] & TK_AMOUNT);
}

/* Contract: says whether token t is "and" or "but" right before a modal
** ("had made a big mistake and would pay for it"): the modal opens a second
** predicate with its own verb, so no pattern's gap may run across it (the
** gap of "make ~ pay for" took "made a big mistake and would pay for", the
** wrong side's threat). Issue 4 estimate. */
static const char *const azModalWord[] = {"would", "will", "could", "may", "might", "must", "should", "shall",
                                          "can", NULL};

static int coordinated_modal_at(const Coder *c, size_t t) {
  static const char *const azCoord[] = {"and", "but", NULL};
  return t + 1 < c->nTok && tok_in(c, t, azCoord) && tok_in(c, t + 1, azModalWord);
}

/* Contract: 1 when token t is "and" or "but" and a subject pronoun follows it
** ("..., and it imposed sanctions on Pelosi", "but they fired back"): a clause
** of its own starts there, so no pattern's gap may cross it. Why: "suspending
** military dialogue, and it imposed sanctions" matched "suspend ~ sanctions"
** (085) across the clause (issue 4 force). */
static int coordinated_pronoun_clause_at(const Coder *c, size_t t) {
  static const char *const azCoord[] = {"and", "but", NULL};
  /* ... and ", but" before anything: "tried to fly home the next day, but
  ** troops blocked the runway" (issue 4 lead34) */
  if (t > 0 && tok_is(c, t, "but") && tok_is(c, t - 1, ",")) return 1;
  return t + 1 < c->nTok && tok_in(c, t, azCoord) && tok_in(c, t + 1, azSubjPron);
}

/* Contract: marks as TK_COORD_CLAUSE each "and" between a named party and a
** past verb of a second predicate: "has broken with Taiwan and set up formal
** relations with China". Why: "break ~ relations" took the recognition
** across it (issue 4, dev26). Runs once the actors are found, which
** token_kinds precedes. */
static void coordinated_predicates(Coder *c) {
  /* ... and each ", and" before named parties and their modal: "when the
  ** Geneva talks next meet, and Washington and Brussels should each demand"
  ** ("meet ~ demand" had taken the second clause; issue 4, session 64) */
  for (size_t t = 1; t + 2 < c->nTok; t++) {
    if (!tok_is(c, t, "and") || !tok_is(c, t - 1, ",")) continue;
    size_t u = t + 1;
    int m;
    while (u < c->nTok && (m = actor_mention_at(c, u)) >= 0 && c->aM[m].i == u) {
      u = c->aM[m].e;
      if (u + 1 < c->nTok && tok_is(c, u, "and") && actor_mention_at(c, u + 1) >= 0) u++;
    }
    if (u > t + 1 && u < c->nTok && tok_in(c, u, azModalWord)) c->aKind[t] |= TK_COORD_CLAUSE;
  }
  for (size_t t = 1; t + 1 < c->nTok; t++) {
    if (!tok_is(c, t, "and") || in_mention(c, t + 1) || !c->aTok[t + 1].bWord || c->aTok[t + 1].bCap) continue;
    int m = actor_mention_at(c, t - 1);
    if (m < 0 || !c->aM[m].pMain || c->aM[m].pAgent || c->aM[m].e != t) continue;
    if (token_forms(c, t + 1) & (VF_PAST | VF_PP)) c->aKind[t] |= TK_COORD_CLAUSE;
  }
}

/* Contract: marks TK_COMMA_ASIDE on each comma that follows a word and
** opens a span of one to eight tokens closed by another comma, and on the
** span and that comma, when the span holds a capitalised word and no verb
** form, relative word, conjunction or sentence end. Why: "took the clan's
** patriarch, provincial governor Andal Ampatuan Sr., into custody": an
** apposition naming the object is one word of a pattern's gap (its opening
** comma), as a known person's long name is (actor_name_part), so the
** particle after it is still in reach (issue 4, session 47). */
static void mark_comma_asides(Coder *c) {
  static const char *const azStop[] = {"who", "which", "that", "whose", "whom", "where", "and", "but", "or", "while",
                                       "when", "as", "if", ";", ".", ":", NULL};
  for (size_t p = 1; p + 2 < c->nTok; p++) {
    if (!tok_is(c, p, ",") || !c->aTok[p - 1].bWord) continue;
    size_t q = p + 1;
    int bCap = 0, bClean = 1;
    for (; q < c->nTok && q <= p + 9 && !tok_is(c, q, ","); q++) {
      bCap |= c->aTok[q].bCap;
      /* ("Sr.", "Jr.": a title's full stop is no sentence end) */
      int bAbbrev = tok_is(c, q, ".") && c->aTok[q - 1].bCap && c->aTok[q - 1].end - c->aTok[q - 1].start <= 3;
      if ((tok_in(c, q, azStop) && !bAbbrev) || (!c->aTok[q].bCap && token_forms(c, q))) bClean = 0;
    }
    if (!bClean || !bCap || q >= c->nTok || !tok_is(c, q, ",") || q == p + 1) continue;
    for (size_t t = p; t <= q; t++) c->aKind[t] |= TK_COMMA_ASIDE;
    p = q - 1;   /* the closing comma may open the next aside: "A, B, C," */
  }
}

/* Sets c->aKind for the window's tokens: the word classes a pattern's gap
** asks about for every token of every pattern tried (match_slots), so the
** word lists are compared once per token, not once per try. 0 on OOM. */
int token_kinds(Coder *c) {
  static const char *const azScale[] = {"million", "billion", "trillion", "thousand", "hundred", "bn", "mln",
                                        "dollar", "dollars", "euro", "euros", "yen", "pound", "pounds", "yuan",
                                        "rupees", "francs", "roubles", "rubles", "%", "percent", NULL};
  static const char *const azSep[] = {",", "and", "the", NULL};
  static const char *const azSubord[] = {"after", "when", "because", "while", "whereas", "although", "though",
                                         "unless", "until", NULL};
  free(c->aKind);
  c->aKind = calloc(c->nTok + 1, sizeof(*c->aKind));
  if (!c->aKind) return 0;
  for (size_t t = 0; t < c->nTok; t++) {
    if (is_digit((unsigned char)c->z[c->aTok[t].start]) || tok_in(c, t, azScale)) c->aKind[t] |= TK_AMOUNT;
    if (tok_is(c, t, "$")) c->aKind[t] |= TK_DOLLAR;
    if (tok_in(c, t, azSep)) c->aKind[t] |= TK_LIST_SEP;
    if (coordinated_modal_at(c, t)) c->aKind[t] |= TK_COORD_MODAL;
    if (coordinated_pronoun_clause_at(c, t)) c->aKind[t] |= TK_COORD_CLAUSE;
    if (t + 1 < c->nTok && tok_is(c, t, "in") && (tok_is(c, t + 1, "protest") || tok_is(c, t + 1, "protests")))
      c->aKind[t] |= TK_IN_PROTEST;
    if (tok_in(c, t, azSubord)) c->aKind[t] |= TK_SUBORD;
  }
  for (size_t x = 0; x < c->nDate; x++)
    for (size_t t = c->aDate[x].iTok; t < c->aDate[x].iTokEnd && t < c->nTok; t++)
      c->aKind[t] |= TK_IN_DATE | (c->aTok[t].bCap ? TK_DATE_CAP : 0);
  mark_comma_asides(c);
  return 1;
}

/* Contract: 1 when the verb at token i is negated after a modal of the
** future -- "will not", "would never", "won't", "shall not", adverbs allowed
** between ("would not simply tolerate") -- or after "decided" or "chose"
** and "not to" (a date may stand between), else 0. Why: a pattern written
** "!lemma" (VerbPattern.bNegOnly) names an act only so negated: "Ankara will
** not tolerate any incursion" threatens (130), "officials tolerated the
** market" does nothing CAMEO codes. */
static int modal_negated_verb(const Coder *c, size_t i) {
  static const char *const azModal[] = {"will", "would", "wo", "shall", "'ll", NULL};
  size_t t = i;
  while (t > 0 && t + 3 > i && tok_adverb(c, t - 1) && !tok_neg(c, t - 1)) t--;
  if (t >= 2 && tok_neg(c, t - 1) && tok_in(c, t - 2, azModal)) return 1;
  /* ... or after a decision not to: "decided on Thursday not to renew GSOMIA"
  ** (issue 4 lead52) */
  static const char *const azDecide[] = {"decided", "decides", "decide", "chose", "chooses", "opted", "opts", NULL};
  if (t < 3 || !tok_is(c, t - 1, "to") || !tok_neg(c, t - 2)) return 0;
  size_t lo = t > 8 ? t - 8 : 0;   /* the decision verb, a date at most before "not to" */
  for (size_t u = t - 3; u + 1 > lo && !tok_is(c, u, ","); u--) {
    if (tok_in(c, u, azDecide)) return 1;
    if (u == 0) break;
  }
  return 0;
}

/* The actor mention (not a place) holding token t, or -1. */
int actor_mention_at(const Coder *c, size_t t) {
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i <= t && t < c->aM[m].e && !c->aM[m].bLoc) return (int)m;
  return -1;
}

static int list_sep(const Coder *c, size_t t) {
  return t < c->nTok && (c->aKind[t] & TK_LIST_SEP);
}

/* Token t (after lo) continues a list of actors that began before it --
** "diplomats from Argentina, Chile, Costa Rica, Panama and Peru to leave":
** the separators (a comma, "and", "the") after a listed name and the later
** names themselves. A pattern's gap counts the whole list as its first
** name, so a long list of states does not outrun the gap. */
static int actor_list_part(const Coder *c, size_t t, size_t lo) {
  if (t <= lo || !c->nM) return 0;
  size_t a = t;   /* the first token of t's name, or t for a separator */
  if (!list_sep(c, t)) {
    int m = actor_mention_at(c, t);
    if (m < 0 || c->aM[m].i <= lo) return 0;
    a = c->aM[m].i;
    if (!list_sep(c, a - 1)) return 0;
    a--;
  }
  /* back over the separators to the name that opens the run */
  while (a > lo && list_sep(c, a)) a--;
  if (list_sep(c, a) || actor_mention_at(c, a) < 0 || !(tok_is(c, a + 1, ",") || tok_is(c, a + 1, "and")))
    return 0;
  /* forward from t over separators to a name */
  size_t u = t;
  while (u < c->nTok && list_sep(c, u)) u++;
  int m = u < c->nTok ? actor_mention_at(c, u) : -1;
  if (m < 0) return 0;
  /* "released 7 Kenyan nurses, and Somalia freed ...": a name a verb
  ** follows opens a clause of its own, it ends the list */
  size_t f = c->aM[m].e;
  return !(f < c->nTok && !list_sep(c, f) && !tok_is(c, f, "to") && dict_forms(c->p, c->aTok[f].id));
}

/* Tokens [i, i + n) are "on" and a weekday ("on Friday"): agency copy sets
** the date right after the verb ("called on Tuesday for", "warned on Monday
** of"), where it is no literal of a pattern -- the "on" is not "call on"
** and the day no target -- but a date the literal slot after the verb or
** another literal skips. Not before "that": a reported clause keeps the
** verb's reading without the particle ("agreed on Wednesday that ...
** should", "insisted on Thursday that French troops leave"), as before.
** n, else 0. */
/* Contract: the number of tokens (1) of a one-word time adverb at token i
** -- "today", "yesterday", "tonight", "again", "separately", "briefly" --
** set between a verb and the literal its pattern asks for next, when a word
** follows it, else 0; why: "Blinken spoke today with ...", "Putin spoke
** again with Erdogan": readouts put the day between the verb and its
** particle, which broke the pattern as a weekday once did (issue 4 readout). */
static size_t time_word_between_slots(const Coder *c, size_t i) {
  static const char *const azWhen[] = {"today", "yesterday", "tonight", "again", "separately", "briefly", NULL};
  if (i + 1 >= c->nTok || !tok_in(c, i, azWhen) || !c->aTok[i + 1].bWord || tok_is(c, i + 1, "that")) return 0;
  return 1;
}

static size_t day_between_slots(const Coder *c, size_t i) {
  static const char *const azDay[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", NULL};
  if (i + 2 >= c->nTok || !c->aTok[i + 1].bCap || !tok_is(c, i, "on") || !tok_in(c, i + 1, azDay) ||
      tok_is(c, i + 2, "that"))
    return 0;
  return 2;
}

/* Contract: when token t ends a place or day phrase -- a place mention after
** "in" or "at" ("in Doha"), or a weekday after "on" ("on Sunday") -- the
** index of its preposition; else SIZE_MAX. For participle_head. */
static size_t place_or_day_phrase_start(const Coder *c, size_t t) {
  static const char *const azDay[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", NULL};
  if (t >= 1 && tok_in(c, t, azDay) && tok_is(c, t - 1, "on")) return t - 1;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->bLoc && pm->e == t + 1 && pm->i > 0 && (tok_is(c, pm->i - 1, "in") || tok_is(c, pm->i - 1, "at")))
      return pm->i - 1;
  }
  return SIZE_MAX;
}

/* Contract: the token a participle at token i follows once place and day
** phrases before it are passed over ("talks in Doha on Sunday mediated by
** Qatar" gives "talks"); i - 1 when there are none. Why: the bare
** participle rule of assign_roles wants a common noun right before the verb,
** and a venue or day between them lost the mediator (issue 4 mideast16). */
size_t participle_head(const Coder *c, size_t i) {
  size_t p = i - 1;
  for (size_t q; p > 0 && (q = place_or_day_phrase_start(c, p)) != SIZE_MAX && q > 0;) p = q - 1;
  return p;
}

/* Participles that describe the state of a land ("occupied Crimea"). */
static const char *const azLandState[] = {"occupied", "annexed", "contested", "disputed", "liberated", "besieged",
                                          "blockaded", "divided", NULL};

/* 1 when token t is a one-word mention of a state, capital or place with no role. */
static int place_mention_at(const Coder *c, size_t t) {
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i <= t && t < pm->e)
      return pm->e == pm->i + 1 && pm->pMain && !pm->pAgent &&
             (pm->pMain->kind == AK_COUNTRY || pm->pMain->kind == AK_CAPITAL || pm->pMain->kind == AK_PLACE);
  }
  return 0;
}

/* Contract: says whether token t is part of a place phrase -- a place mention
** after "in" or "at", or that preposition -- set right after the verb, within
** the first three tokens of a pattern's gap that starts at token lo, which the
** gap passes over as it does an amount ("agreed on Friday in Havana to a
** six-month ceasefire": the venue is no word of the agreement); a place after
** the object is not skipped ("suspended aid convoys in Syria after the
** strike"). Issue 4 pledge: the venue pushed the object past the gap. */
static int place_gap_part(const Coder *c, size_t t, size_t lo) {
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (!pm->bLoc || pm->i == 0 || pm->i - 1 > lo + 2 || !(tok_is(c, pm->i - 1, "in") || tok_is(c, pm->i - 1, "at")))
      continue;
    if (t + 1 >= pm->i && t < pm->e) return 1;
  }
  return 0;
}

/* "told Lavrov that Minsk is ready to deepen ...": a "that" inside a gap
** opens the clause the verb reports, so an infinitive marker after it is the
** clause's, not the literal "to" the pattern's next slot asks for ("tell ~
** to" is a demand only when the party is told to act). 1 when token t, a
** gap word after the first, is such a "that" and slot s is the pattern's
** next slot, a lone "to". */
/* A subject pronoun there opens such a clause too, with no "that": "had
** told interrogators he belonged to al-Qaeda" is no demand (issue 4
** clauses22); "it" may be the object told ("told it to leave"). */
static int gap_crosses_clause(const Coder *c, const VerbPattern *v, uint32_t s, size_t t) {
  static const char *const azSubjOnly[] = {"he", "she", "they", "we", "i", NULL};
  if (s >= v->nSlot) return 0;
  const VerbSlot *sl = &v->aSlot[s];
  if (sl->bGap || sl->nTok != 1 || sl->aTok[0] != c->idTo) return 0;
  return (c->idThat != TOK_NONE && c->aTok[t].id == c->idThat) || tok_in(c, t, azSubjOnly);
}

/* "agreed on Monday to an immediate and unconditional ceasefire": the day
** day_between_slots finds right after the verb, where a gap that starts at
** token lo opens, dates the act and is no word of its object, so the gap
** passes over it as it does a place or an amount. Further in, the day ends
** the object ("asked the CSTO on Wednesday to send troops" is no longer
** reach), and before "that" no gap crosses it. 1 when token t is that "on"
** or that weekday. */
static int day_gap_part(const Coder *c, size_t t, size_t lo) {
  return (t == lo || t == lo + 1) && day_between_slots(c, lo) != 0;
}

/* Contract: 1 when token t, after token lo, is inside a comma aside
** (mark_comma_asides) whose opening comma came before it: the aside counts
** as the one word of its opening comma. */
static int comma_aside_part(const Coder *c, size_t t, size_t lo) {
  return t > lo && (c->aKind[t - 1] & TK_COMMA_ASIDE) && (c->aKind[t] & TK_COMMA_ASIDE);
}

/* Contract: says whether token t, after token lo, continues one actor's name
** that began inside a pattern's gap at or after lo ("took former Brazilian
** president Luiz Inacio Lula da Silva into custody"): a person's long name
** and title are one word of the gap, as a list of states is (actor_list_part), so the
** object does not outrun the gap. Issue 4 regional: titled names are long;
** so are bodies' ("has not allowed the International Committee of the Red
** Cross to visit its prisons", issue 4 lead29). */
static int actor_name_part(const Coder *c, size_t t, size_t lo, int bAid) {
  if (t <= lo) return 0;
  int m = actor_mention_at(c, t);
  if (m < 0 || c->aM[m].i >= t || c->aM[m].i < lo) return 0;
  const Mention *pm = &c->aM[m];
  /* ... and, in a pattern of aid (07x), a state's organ named by its demonym:
  ** the recipient stands inside the gap, "handed the Sri Lankan navy a
  ** Dornier maritime surveillance aircraft", and its words had used it up
  ** (issue 4 dev34) */
  if (bAid && !pm->pMain && pm->pAgent && pm->pCountry && pm->pCountry->kind == AK_DEMONYM && !pm->bPronoun) return 1;
  /* ... and so is a state's role named with its "of": "placed the
  ** commander of Papua New Guinea's defence force, Brigadier General
  ** Francis Agwi, under house arrest" (issue 4 lead50) */
  if (!pm->pMain)
    return pm->pAgent && pm->pCountry && !pm->bPronoun && pm->e - pm->i >= 3 && t > pm->i + 1 &&
           tok_is(c, pm->i + (tok_is(c, pm->i, "the") ? 2 : 1), "of");
  /* ... but a body that owns what follows ("the head of the European
  ** Union's mission") is a possessor, whose words count */
  return pm->pMain->kind == AK_PERSON || (pm->pMain->kind == AK_ORG && !tok_is(c, pm->e, "'s"));
}

/* Verbs of aspect, whose -ing is an act they frame ("resume shelling",
** "kept attacking"), not an object. */
const char *const azAspectVerb[] = {"be", "keep", "keeps", "kept", "continue", "continues", "continued",
                                    "begin", "began", "begins", "start", "starts", "started", "stop",
                                    "stops", "stopped", "resume", "resumes", "resumed", "cease", "ceased",
                                    "halt", "halted", "finish", "risk", "consider", "go", NULL};

/* Is token t a base form of a verb ("help", "quell"), the head of an
** infinitive after "to"? */
static int verb_base_form(const Coder *c, size_t t) { return (token_forms(c, t) & VF_BASE) != 0; }

/* Contract: 1 when a relative pronoun ("who", "which") stands within the
** three tokens before token i, the start of a gap: the pattern's verb is a
** relative clause's, whose aside a comma closes. */
static int relative_verb_before(const Coder *c, size_t i) {
  static const char *const azRel[] = {"who", "which", NULL};
  for (size_t t = i >= 3 ? i - 3 : 0; t < i; t++)
    if (tok_in(c, t, azRel)) return 1;
  return 0;
}

static size_t match_slots(const Coder *c, const VerbPattern *v, uint32_t s, size_t i, int *pnLit,
                          size_t *aLit, int nLit) {
  if (s == v->nSlot) {
    *pnLit = nLit;
    return i;
  }
  const VerbSlot *sl = &v->aSlot[s];
  if (sl->bGap) {
    /* a hyphenated compound is one word of the gap: "lifted a 20-year-old
    ** trade embargo" */
    size_t nWord = 0;
    for (size_t g = 0; nWord <= 6 && i + g <= c->nTok; g++) {
      if (g > 0) {
        const Token *pg = &c->aTok[i + g - 1];
        if (!hyphen_modifier_part(c, i + g - 1, i) && !amount_part(c, i + g - 1, i) &&
            !actor_list_part(c, i + g - 1, i) && !place_gap_part(c, i + g - 1, i) && !day_gap_part(c, i + g - 1, i) &&
            !actor_name_part(c, i + g - 1, i, v->zCode[0] == '0' && v->zCode[1] == '7') &&
            !comma_aside_part(c, i + g - 1, i))
          nWord++;
        if (nWord > 6) break;
        char ch = c->z[pg->start];
        if (pg->end - pg->start == 1 && (ch == '.' || ch == ';') && !(c->aKind[i + g - 1] & TK_COMMA_ASIDE)) break;
        /* "Anwar, who chairs ASEAN this year, mediated the meeting": a comma
        ** before a past verb closes an aside, and the verb after it is the
        ** main clause's, never a word of the aside's object (issue 4,
        ** session 45: "chair ~ meeting" took the mediation); a list of acts
        ** ("suspended the constitution, dissolved parliament") goes on */
        if (pg->end - pg->start == 1 && ch == ',' && i + g < c->nTok && c->aTok[i + g].bWord &&
            !c->aTok[i + g].bCap && (token_forms(c, i + g) & VF_PAST) && relative_verb_before(c, i))
          break;
        if (c->aKind[i + g - 1] & TK_COORD_MODAL) break;   /* "... and would pay for it" */
        /* "barred Dzhioyeva from the repeat election, which the territory's
        ** parliament has scheduled": a relative clause after a comma that
        ** runs to the sentence's end tells of the object; no word of it is
        ** the pattern's (issue 4 dev34). One a comma closes is an aside the
        ** gap passes ("ordered Haysom, who leads the mission, to leave"). */
        if (pg->end - pg->start == 1 && ch == ',' && i + g < c->nTok &&
            (tok_is(c, i + g, "which") || tok_is(c, i + g, "who") || tok_is(c, i + g, "whom"))) {
          size_t u = i + g + 1;
          while (u < c->nTok && !tok_is(c, u, ",") && !tok_is(c, u, ";") && !tok_is(c, u, ".")) u++;
          if (u >= c->nTok || !tok_is(c, u, ",")) break;
        }
        if (c->aKind[i + g - 1] & TK_COORD_CLAUSE) break;   /* "..., and it imposed" */
        /* "ordered one out after police arrested a Norwegian man": a clause
        ** a conjunction opens is no word of the object (issue 4 dev46) */
        if (c->aKind[i + g - 1] & TK_SUBORD) break;
        /* "suspend bilateral trade in protest at ...": "in protest" gives
        ** the reason of another act, so an easing of dissent (08x, "suspend
        ** ~ protest") never finds its protest there (issue 4 coerce29) */
        if ((c->aKind[i + g - 1] & TK_IN_PROTEST) && v->zCode[0] == '0' && v->zCode[1] == '8') break;
        /* "attacked by protesters": what follows "by" is the agent, never
        ** the object a pattern looks for (by id: this loop is hot) */
        if (c->idBy != TOK_NONE ? pg->id == c->idBy : tok_is(c, i + g - 1, "by")) break;
        /* "announced that it is prepared to impose martial law": the clause
        ** a verb reports is not its object */
        if (g == 1 && tok_is(c, i, "that")) break;
        if (g >= 2 && gap_crosses_clause(c, v, s + 1, i + g - 1)) break;
        /* "agreed on Monday to ban imports": a verb after "to" heads the
        ** infinitive an intent governs (frames.c composes the two), not a
        ** word of an intent pattern ("agree ~ imports"); only a literal slot
        ** may take it. Other patterns span one ("prepare ~ shelling"). */
        if (g >= 2 && !strncmp(v->zCode, "03", 2) && tok_is(c, i + g - 2, "to") &&
            dict_forms(c->p, c->aTok[i + g - 1].id))
          break;
        /* ... and for a show of force (15x), an infinitive's own object
        ** after the force moved is out of reach: "deployed 2,500 soldiers
        ** to help police quell rioting" deploys soldiers, not police (issue
        ** 4 lead34; intents and appeals keep their infinitives, and an
        ** aspect verb its act: "prepared to resume shelling") */
        if (g >= 2 && v->zCode[0] == '1' && v->zCode[1] == '5' && tok_is(c, i + g - 2, "to") &&
            verb_base_form(c, i + g - 1) && !tok_in(c, i + g - 1, azAspectVerb))
          break;
      }
      size_t r = match_slots(c, v, s + 1, i + g, pnLit, aLit, nLit);
      if (r) return r;
    }
    return 0;
  }
  if (i >= c->nTok) return 0;
  /* "began the "Joint Sword" drills": a capitalised word opening a quoted
  ** name is the name's, not the pattern's ("joint" drills with a partner) */
  if (s > 0 && c->aTok[i].bCap && quote_before(c, i)) return 0;
  /* "stopped group tours to South Korea in March": a capitalised month in a
  ** date is no pattern word ("stop ~ march") (issue 4 lead36) */
  if (s > 0 && (c->aKind[i] & TK_DATE_CAP)) return 0;
  /* "called on Tuesday for a ceasefire": a day set between a verb and its
  ** particle is the date, not the pattern's "on" and target */
  size_t nDay = day_between_slots(c, i);
  if (!nDay) nDay = time_word_between_slots(c, i);
  if (nDay) return s == 0 || !v->aSlot[s - 1].bGap ? match_slots(c, v, s, i + nDay, pnLit, aLit, nLit) : 0;
  for (uint32_t k = 0; k < sl->nTok; k++) {
    if (sl->aTok[k] == c->aTok[i].id) {
      aLit[nLit] = i;
      return match_slots(c, v, s + 1, i + 1, pnLit, aLit, nLit + 1);
    }
  }
  return 0;
}

/* "called the U.S.-led attack a grave political mistake", "called North
** Korea's nuclear test on Monday a blatant violation": a labelling verb's
** object may outrun a pattern's gap before the label; the label's article
** ends the object, so the match is tried again from there. Only for the
** disapproval patterns (root 11) of call, describe, brand, label and term,
** and not across a clause (a comma, "and", "that", "for", "on"). */
static size_t label_after_object(const Coder *c, const VerbPattern *v, size_t i, int *pnLit, size_t *aLit) {
  static const char *const azLabel[] = {"call", "describe", "brand", "label", "term", NULL};
  static const char *const azStop[] = {",", "and", "that", "for", "on", "to", "but", NULL};
  static const char *const azDay[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL};
  if (strncmp(v->zCode, "11", 2) || v->nSlot < 2 || !v->aSlot[0].bGap) return 0;
  const char *zLemma = c->p->vocab.azTok[v->lemma];
  int bLabel = 0;
  for (const char *const *z = azLabel; *z && !bLabel; z++) bLabel = !strcmp(zLemma, *z);
  if (!bLabel || tok_in(c, i + 1, azStop)) return 0;
  for (size_t p = i + 3; p < c->nTok && p <= i + 12; p++) {
    const Token *pt = &c->aTok[p];
    if (tok_is(c, p, "on") && p + 1 < c->nTok && tok_in(c, p + 1, azDay)) {   /* "... test on Monday a ..." */
      p++;
      continue;
    }
    if (tok_in(c, p, azStop) || (pt->end - pt->start == 1 && (c->z[pt->start] == '.' || c->z[pt->start] == ';')))
      return 0;
    if (tok_is(c, p, "a") || tok_is(c, p, "an")) return match_slots(c, v, 0, p, pnLit, aLit, 0);
  }
  return 0;
}

/* "Protesters set fire to shops in Mbabane", "rioters torched cars in
** Noumea": a crowd damaging property (171x) with no named victim riots
** against the state of the place (force_by_context makes it 145), as force
** with no named victim falls on the place it strikes. */
int crowd_damage(const Coder *c, const VerbHit *h, int iS) {
  static const char *const azCrowd[] = {"protesters", "protestors", "demonstrators", "rioters", "mob", "mobs",
                                        "crowd", "crowds", "looters", NULL};
  if (iS < 0 || strncmp(h->zCode, "171", 3)) return 0;
  const Mention *m = &c->aM[iS];
  for (size_t t = m->i; t < m->e; t++)
    if (tok_in(c, t, azCrowd)) return 1;
  return 0;
}

/* "offered to send 1,000 police officers to Haiti to help", "sent troops to
** help": an aid or protection pattern (070, 033, 0334) that carries a bare
** force in its words sends that force; like a posture's, it is the source's
** own and never the target. */
int aid_moves_force(const char *zCode) {
  return !strcmp(zCode, "070") || !strcmp(zCode, "033") || !strcmp(zCode, "0334");
}

/* "would send police and troops to help restore order in Solomon Islands":
** the foreign state a protection mission goes to may be named just after the
** pattern's purpose word, after "in" or "to" within six words and no clause
** break; 1 when it is named there and is not zHome. */
static int protection_place_after(const Coder *c, size_t e, const char *zHome) {
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (m->i < e + 1 || m->i > e + 6 || !m->pMain || m->pAgent || !m->pMain->zCountry) continue;
    if (m->pMain->kind != AK_COUNTRY && m->pMain->kind != AK_CAPITAL && m->pMain->kind != AK_PLACE) continue;
    size_t t = m->i - 1;
    if (tok_is(c, t, "the") && t > e) t--;
    if (!tok_is(c, t, "in") && !tok_is(c, t, "to")) continue;
    int bBreak = 0;
    for (size_t x = e; x < t && !bBreak; x++) bBreak = clause_break(c, x) || tok_is(c, x, ",");
    if (!bBreak && (!zHome || strncmp(zHome, m->pMain->zCountry, 3))) return 1;
  }
  return 0;
}

/* "sent police officers to Haiti to lead a security mission", "deployed
** troops to Mali to help": a 074 pattern that ends on its purpose is
** protection only when the force goes abroad -- a state named after "to"
** inside the match, not the subject's own ("deployed soldiers on Monday to
** help police quell rioting" is a show of force at home, 154). */
static int protection_abroad(const Coder *c, const VerbPattern *v, size_t i, size_t e) {
  static const char *const azPurpose[] = {"help", "assist", "support", "protect", "secure", "restore",
                                          "stabilize", "stabilise", "lead", "join", "guard", "bolster",
                                          "shore", NULL};
  if (strcmp(v->zCode, "074") || e <= i + 1 || !tok_in(c, e - 1, azPurpose)) return 1;
  const char *zHome = NULL;
  int iS = mention_before(c, i, 0);
  if (iS >= 0) mention_country(c, iS, &zHome);
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    if (m->i <= i || m->e >= e || !m->pMain || m->pAgent) continue;
    if (m->pMain->kind != AK_COUNTRY && m->pMain->kind != AK_CAPITAL && m->pMain->kind != AK_PLACE) continue;
    size_t t = m->i - 1;
    if (tok_is(c, t, "the") && t > i) t--;
    if (!tok_is(c, t, "to") || !m->pMain->zCountry) continue;
    if (!zHome || strncmp(zHome, m->pMain->zCountry, 3)) return 1;
  }
  return protection_place_after(c, e, zHome);
}

/* Contract: 1 when token t ends the noun phrase that is a subject: a
** clause boundary, a comma not inside a number ("100,000"), a dateline's
** spaced dash or bracket, a reporting or relative word, or an "and" before a
** verb; else 0. For subject_phrase_start. */
static int subject_phrase_stop(const Coder *c, size_t t) {
  static const char *const azStop[] = {".", ";", ":", ")", "said", "says", "that", "which", "who", NULL};
  if (clause_break(c, t)) return 1;
  /* ... a dateline's spaced dash, not a hyphen ("U.N.-backed") */
  if (tok_is(c, t, "-")) return c->aTok[t].start > 0 && c->z[c->aTok[t].start - 1] == ' ';
  if (tok_is(c, t, ",")) {
    int bNumber = t > 0 && t + 1 < c->nTok && isdigit((unsigned char)c->z[c->aTok[t - 1].start]) &&
                  isdigit((unsigned char)c->z[c->aTok[t + 1].start]);
    return !bNumber;
  }
  /* ... "and" joins a compound subject ("from Australia and New Zealand")
  ** and stops only before a verb */
  if (tok_is(c, t, "and"))
    return t + 1 < c->nTok && dict_forms(c->p, c->aTok[t + 1].id) != NULL && !in_mention(c, t + 1);
  return tok_in(c, t, azStop);
}

static const char *const azCargoCarrier[] = {"flight", "flights", "plane", "planes", "aircraft", "airlift",
                                              "airlifts", "convoy", "convoys", "truck", "trucks", "lorry", "lorries",
                                              "ship", "ships", "vessel", "vessels", "shipment", "shipments", "cargo",
                                              "consignment", "consignments", "delivery", "deliveries", "planeload",
                                              "planeloads", NULL};
static const char *const azCargoRelief[] = {"aid", "relief", "humanitarian", "supplies", "food", "water",
                                             "medicine", "medicines", "medical", "tents", "blankets", "vaccine",
                                             "vaccines", "doses", "rations", "shelters", "grain", "wheat", NULL};
static const char *const azCargoArms[] = {"weapons", "arms", "ammunition", "munitions", "missiles", "interceptors",
                                           "rifles", "howitzers", NULL};

/* Contract: 1 when token t names relief goods or weapons (azCargoRelief,
** azCargoArms); else 0. */
static int cargo_word(const Coder *c, size_t t) {
  return tok_in(c, t, azCargoRelief) || tok_in(c, t, azCargoArms);
}

/* Contract: the first token of the noun phrase that stands right before
** token i as its subject: back over at most 24 tokens to the first
** subject_phrase_stop. */
size_t subject_phrase_start(const Coder *c, size_t i) {
  size_t b = i;
  for (;;) {
    while (b > 0 && i - b < 24 && !subject_phrase_stop(c, b - 1)) b--;
    /* ... over the comma of a list of goods ("carrying water, shelters and
    ** generators") */
    if (b < 2 || i - b >= 24 || !tok_is(c, b - 1, ",") || !cargo_word(c, b - 2)) return b;
    b--;
  }
}

/* Contract: the CargoWords of tokens [b, e). Why: "Relief flights from
** Japan", "Two Egyptian military planes carrying weapons", "Kenyan police
** officers": what arrives decides whether an arrival is aid (073), military
** aid (072), a deployment (074) or nothing. */
CargoWords cargo_words(const Coder *c, size_t b, size_t e) {
  static const char *const azForce[] = {"troops", "soldiers", "paratroopers", "peacekeepers", "contingent",
                                        "police", "officers", "policemen", "gendarmes", "marines", "forces",
                                        "units", NULL};
  CargoWords w = {0, 0, 0, 0};
  for (size_t t = b; t < e && t < c->nTok; t++) {
    w.bCarrier |= tok_in(c, t, azCargoCarrier);
    w.bRelief |= tok_in(c, t, azCargoRelief);
    w.bArms |= tok_in(c, t, azCargoArms);
    w.bForce |= tok_in(c, t, azForce);
  }
  return w;
}

/* "Colombian troops crossed into Ecuador" takes ground (192); "more than
** 300,000 Rohingya have crossed into Bangladesh" is people in flight, no act:
** a crossing is force only when an armed force or group is its subject. A
** vehicle or relief goods that cross ("U.N. trucks carrying tents crossed
** into Syria") are kept for relief_carrier_arrival, which codes them aid or
** drops them. */
static int force_crossing(const Coder *c, const VerbPattern *v, size_t i) {
  static const char *const azCross[] = {"cross", "crossed", "crosses", "crossing", NULL};
  if (strcmp(v->zCode, "192") || !tok_in(c, i, azCross)) return 1;
  CargoWords w = cargo_words(c, subject_phrase_start(c, i), i);
  if (!w.bForce && (w.bCarrier || w.bRelief)) return 1;
  int iS = mention_before(c, i, 0);
  if (iS < 0) return 0;
  const Mention *m = &c->aM[iS];
  static const char *const azArmed[] = {"MIL", "REB", "INS", "UAF", NULL};
  for (const char *const *z = azArmed; *z; z++)
    if ((m->pAgent && strstr(m->pAgent->zCode, *z)) || (m->pMain && m->pMain->zCode && strlen(m->pMain->zCode) > 3 &&
                                                        strstr(m->pMain->zCode + 3, *z)))
      return 1;
  return 0;
}

/* Contract: 1 when pattern v is a bare arrival of dict/verbs.txt: a 073
** pattern of "land", "touch" or "reach" that names no cargo ("land ~ in|at",
** "touch down", "reach"; not "land ~ with ~ water|food|..."); else 0. */
int bare_arrival_pattern(const Coder *c, const VerbPattern *v) {
  static const char *const azBare[] = {"land", "touch", "reach", NULL};
  return !strcmp(v->zCode, "073") && str_listed(c->p->vocab.azTok[v->lemma], azBare) && v->zText &&
         !strstr(v->zText, "with");
}

/* Contract: 0 when pattern v is a bare arrival (bare_arrival_pattern) at verb token i and the
** noun phrase before it names neither a vehicle nor relief goods nor, for
** a landing, a force (cargo_words); else 1. Why: "Relief flights landed in
** Tonga" and "an aid convoy reached the town" deliver aid
** (relief_carrier_arrival), while "rockets landed in Sderot", "the talks
** reached a dead end" and "until its troops reach the town" are no
** arrival, and a verb there would end the clause of the verb before it. */
static int carrier_arrival(const Coder *c, const VerbPattern *v, size_t i) {
  if (!bare_arrival_pattern(c, v)) return 1;
  CargoWords w = cargo_words(c, subject_phrase_start(c, i), i);
  return w.bCarrier || w.bRelief || (w.bForce && strcmp(c->p->vocab.azTok[v->lemma], "reach"));
}

/* "imposed a ban on Ukrainian grain", "tightened controls on exports to
** South Korea": a state's adjective on the goods the pattern's own
** preposition governs names whose goods they are -- the target, before any
** actor of a clause after the pattern ("... after the Commission let its
** curbs expire"). Not "imposed new EU sanctions on Belarus": there the
** adjective is on the measure, before the preposition. */
int goods_of(const Coder *c, const VerbHit *h, const Mention *pm) {
  static const char *const azOn[] = {"on", "against", "from", "of", NULL};
  if (!pm->pCountry || pm->pMain || pm->pAgent || pm->pCountry->kind != AK_DEMONYM) return 0;
  if (pm->e + 1 != h->e || pm->i == 0) return 0;
  /* "banned all Lebanese imports", "halted Russian gas exports": a people's
  ** adjective right before the trade the pattern ends in names whose trade
  ** it is (issue 4 lead36) */
  /* ... and so does one before the flag burned ("burned Australian flags
  ** outside the embassy in Jakarta" is aimed at Australia; issue 4 lead48) */
  static const char *const azTrade[] = {"imports", "exports", "goods", "products", "shipments", "trade",
                                        "flag", "flags", NULL};
  if (tok_in(c, pm->e, azTrade) && c->aUsed[pm->e] == 1) return 1;
  size_t t = pm->i - 1;
  if (tok_is(c, t, "the") && t > h->i) t--;
  return c->aUsed[t] == 1 && tok_in(c, t, azOn);
}

/* Contract: 1 when mention pm, inside the gap of hit h, stands right before
** a pattern word that names people ("gave Argentine embassy staff 72 hours to
** leave") or the particle "out" ("ordered Argentine diplomats out of
** Venezuela"): pm owns the people the act moves, so it is the target. Why: an
** actor before the pattern's noun is otherwise a modifier of an act noun
** ("imposed new EU sanctions on Belarus"), and the place after "out of" or
** "leave" took the target (issue 4 lead24). */
int people_owner_in_gap(const Coder *c, const VerbHit *h, const Mention *pm) {
  static const char *const azPeople[] = {"staff", "personnel", "employees", "diplomats", "diplomat", "envoys",
                                         "envoy", "ambassador", "troops", "forces", "soldiers", "nationals",
                                         "citizens", "members", NULL};
  static const char *const azPossessive[] = {"its", "their", "his", "her", "our", NULL};
  if (pm->e >= h->e || pm->e >= c->nTok || c->aUsed[pm->e] != 1 || pm->bPronoun || (!pm->pMain && !pm->pCountry))
    return 0;   /* a bare role ("its 1,500 troops") names no owner of its own */
  for (size_t t = pm->i; t < pm->e; t++)   /* "pull its 1,500 troops out": the subject's own people */
    if (tok_in(c, t, azPossessive)) return 0;
  return tok_is(c, pm->e, "out") || tok_in(c, pm->e, azPeople);
}

/* The token before a participle that trails a joint act: a comma ("...,
** ending a war that ...") or, with none, a weekday or date the act ends on
** ("signed a deal on Wednesday ending a price dispute that ...") -- not a
** preposition-like participle ("a deal including Ukraine"). */
int joint_trailing_participle(const Coder *c, size_t t) {
  static const char *const azDay[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "today", "yesterday", NULL};
  static const char *const azPrepIng[] = {"including", "concerning", "regarding", "excluding", "following",
                                          "according", NULL};
  if (t + 1 < c->nTok && tok_in(c, t + 1, azPrepIng)) return 0;
  return tok_is(c, t, ",") || tok_in(c, t, azDay);
}

/* A state's adjective on the goods a trade verb takes ("buy Iranian oil",
** "imported more Russian gas"): the object's origin, the trading partner. */
int goods_origin(const Coder *c, const VerbHit *h, const Mention *pm) {
  if (!pm->pCountry || pm->pMain || pm->pAgent || pm->pCountry->kind != AK_DEMONYM) return 0;
  if (pm->i < h->e || pm->i > h->e + 2 || pm->e >= c->nTok) return 0;
  for (size_t t = h->e; t < pm->i; t++)
    if (!tok_in(c, t, azDet) && !tok_is(c, t, "more")) return 0;
  return c->aTok[pm->e].bWord && !c->aTok[pm->e].bCap;
}

/* Why: "In return, Kyiv handed over 55 prisoners", "Ukraine in exchange freed
** ...": a bare stem right after "in" is a noun of a set phrase ("in return",
** "in exchange", "in turn", "in protest"), never a verb; read as one
** ("return ~ prisoners", "exchange ~ prisoners") it swallowed the real verb
** after it and, with no subject before it, the sentence lost its act.
** Contract: 1 when token i, a form of a verb that is its base and no past,
** participle or -s form, follows "in" and stands alone, with no preposition
** after it ("in support of", "in protest at" head phrases that the passes
** after this one read as they are); else 0. */
static int bare_stem_after_in(const Coder *c, size_t i, uint32_t forms) {
  if (i == 0 || (forms & (VF_PAST | VF_PP | VF_ING | VF_3S)) || !tok_is(c, i - 1, "in")) return 0;
  return i + 1 >= c->nTok || !(tok_in(c, i + 1, azPrep) || tok_in(c, i + 1, azLocPrep) || tok_is(c, i + 1, "at"));
}

/* A bare stem right after a singular common noun heads a compound noun, no
** finite verb: "its first military attack on Israeli territory", "a poison
** gas attack". A present-tense verb after a singular noun takes "-s"; the
** plural subjects that take the bare stem ("rebels attack") end in -s, and
** "police" and "people" are listed. */
int compound_noun_head(const Coder *c, size_t i) {
  static const char *const azVerbBefore[] = {"police", "people", "personnel", "to", "shall", "cannot", "let",
                                             "help", "helps", "helped", "make", "makes", "made", "you", "i",
                                             "please", "jointly", "t", "n't", "didn", "don", "doesn", "won", "wouldn", NULL};
  /* singulars that end like plurals: "a poison gas attack" */
  static const char *const azSingularS[] = {"gas", "bus", "virus", "crisis", "status", "campus", "chaos", NULL};
  if (i == 0) return 0;
  const Token *p = &c->aTok[i - 1];
  if (!p->bWord || p->bCap || tok_adverb(c, i - 1)) return 0;
  if (plural_word(c, i - 1) && !tok_in(c, i - 1, azSingularS)) return 0;
  if (tok_in(c, i - 1, azFollow) || tok_in(c, i - 1, azNotNoun) || tok_in(c, i - 1, azVerbBefore) ||
      tok_in(c, i - 1, azDet) || tok_in(c, i - 1, azPrep) || tok_in(c, i - 1, azBe))
    return 0;
  /* a subjunctive after "that": "demanded that the government end curbs" */
  for (size_t t = i - 1; t-- > 0 && t + 7 > i;) {
    if (tok_is(c, t, "that")) return 0;
    if (!c->aTok[t].bWord) break;
  }
  return 1;
}

/* "talks were held", "sanctions were imposed on Iran", "a truce was
** declared": a pattern "VERB ~ NOUN" read backwards, the noun the subject of
** a passive of the verb at token i. Tried when no pattern with a literal
** word matched forwards (bestLit < 1); the noun is sought in the four
** tokens before the form of "be", within its clause. On a match *ppBest and
** *pForms are the pattern and the form, and the noun's token is returned;
** else SIZE_MAX. */
static size_t passive_noun(const Coder *c, size_t i, const VerbPattern **ppBest, uint32_t *pForms, int bestLit) {
  if (bestLit >= 1 || i < 2) return SIZE_MAX;
  size_t b = i - 1;
  if (tok_adverb(c, b) && b > 1) b--;
  if (!tok_in(c, b, azBe) || tok_is(c, b, "get") || tok_is(c, b, "got") || tok_is(c, b, "gets")) return SIZE_MAX;
  if (tok_is(c, b, "been") || tok_is(c, b, "being")) {   /* "have been held", "are being held" */
    if (b < 2) return SIZE_MAX;
    b--;
  }
  int bByAgent = tok_is(c, i + 1, "by") || (i + 2 < c->nTok && tok_adverb(c, i + 1) && tok_is(c, i + 2, "by"));
  for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id); f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL) {
    if (!(f->forms & VF_PP)) continue;
    for (int32_t ip = dict_patterns(c->p, f->lemma); ip >= 0; ip = c->p->aPatNext[ip]) {
      const VerbPattern *v = &c->p->aPat[ip];
      const VerbSlot *sl = v->nSlot == 1 ? &v->aSlot[0] : v->nSlot == 2 && v->aSlot[0].bGap ? &v->aSlot[1] : NULL;
      if (!sl || sl->bGap) continue;
      /* ... not force with its agent: "the port was hit by drones" is the
      ** plain passive, the place struck its target (issue 4 lead22) */
      if (bByAgent && v->zCode[0] == '1' && v->zCode[1] >= '8') continue;
      for (size_t t = b; t-- > 0 && t + 6 >= b;) {
        if (!c->aTok[t].bWord || tok_is(c, t, "that") || tok_is(c, t, "which") || tok_is(c, t, "who")) break;
        /* the noun, not a participle the slot also lists ("the civilians
        ** imprisoned ... were released" is "release" alone) */
        int bPart = 0;
        for (const VerbFormEntry *g = dict_forms(c->p, c->aTok[t].id); g && !bPart;
             g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
          bPart = (g->forms & (VF_PAST | VF_PP)) != 0;
        for (uint32_t k = 0; k < sl->nTok && !bPart; k++)
          if (sl->aTok[k] == c->aTok[t].id) {
            *ppBest = v;
            *pForms = f->forms;
            return t;
          }
      }
    }
  }
  return SIZE_MAX;
}

/* "the internationally recognised government", "a democratically elected
** president", "the newly appointed envoy": a participle after a determiner
** (or possessive) and an -ly adverb, before a lower-case noun, describes the
** noun and reports no act of the sentence. Contract: 1 when token i, a past
** form or participle, stands so; else 0. */
static int adverb_participle_modifier(const Coder *c, size_t i, uint32_t forms) {
  if (i < 2 || i + 1 >= c->nTok || !(forms & (VF_PAST | VF_PP))) return 0;
  const Token *a = &c->aTok[i - 1], *n = &c->aTok[i + 1];
  if (!a->bWord || a->end - a->start <= 4 || strncmp(c->z + a->end - 2, "ly", 2)) return 0;
  if (!(tok_in(c, i - 2, azDet) || tok_is(c, i - 2, "'s"))) return 0;
  return n->bWord && !n->bCap && !tok_in(c, i + 1, azDet) && !tok_in(c, i + 1, azPrep) &&
         !tok_in(c, i + 1, azLocPrep) && !tok_is(c, i + 1, "by") && !tok_is(c, i + 1, "and") && !tok_is(c, i + 1, "that");
}

/* An "-s" form after a verb or preposition and one lower-case modifier is
** a plural noun, that verb's object: "halted crude supplies", "use energy
** supplies against", "for Israeli imports and exports" -- a finite verb
** there would need a subject, and a verb or preposition is none. */
static int plural_after_modifier(const Coder *c, size_t i) {
  if (i < 2) return 0;
  size_t m = i - 1;
  if (tok_is(c, m, "and") || tok_is(c, m, "or")) {   /* "imports and exports" */
    if (!plural_word(c, m - 1) || !c->aTok[m - 1].bWord || c->aTok[m - 1].bCap) return 0;
    m--;
    if (m < 2) return 0;
  }
  const Token *p = &c->aTok[m];
  if (!p->bWord || p->bCap || tok_adverb(c, m) || tok_in(c, m, azDet) || tok_in(c, m, azPrep) ||
      tok_in(c, m, azBe) || tok_in(c, m, azFollow) || tok_in(c, m, azNotNoun))
    return 0;
  /* what the modifier follows: a verb form or a preposition other than "to"
  ** ("to cut supplies" keeps its verb), or a demonym ("for Israeli imports") */
  size_t b = m - 1;
  if (in_mention(c, m)) return 0;
  if (in_mention(c, b)) {
    int bDemonym = 0;
    for (size_t k = 0; k < c->nM && !bDemonym; k++)
      if (c->aM[k].e == m && c->aM[k].pCountry && c->aM[k].pCountry->kind == AK_DEMONYM && !c->aM[k].pAgent &&
          !c->aM[k].pMain && c->aM[k].i > 0) {
        bDemonym = 1;
        b = c->aM[k].i - 1;
      }
    if (!bDemonym || in_mention(c, b)) return 0;
  }
  if (tok_is(c, b, "to") || c->aTok[b].bCap) return 0;
  if (tok_in(c, b, azPrep) || tok_is(c, b, "off")) return 1;   /* "cut off electricity supplies" */
  for (const VerbFormEntry *g = dict_forms(c->p, c->aTok[b].id); g; g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
    if (g->forms & (VF_PAST | VF_BASE | VF_ING)) return 1;
  return 0;
}

/* "stopped short of breaking off relations", "refrained from imposing
** sanctions", "held off on recognising": like "failed to", a lead that says
** the act after it did not happen. The number of its words when one starts
** at token i and a verb's -ing form follows, else 0. */
static size_t negating_lead(const Coder *c, size_t i) {
  static const char *const azStop[] = {"stop", "stops", "stopped", "stopping", NULL};
  static const char *const azRefrain[] = {"refrain", "refrains", "refrained", "refraining", NULL};
  static const char *const azHold[] = {"hold", "holds", "held", "holding", NULL};
  size_t n = 0;
  if (tok_in(c, i, azStop) && i + 2 < c->nTok && tok_is(c, i + 1, "short") && tok_is(c, i + 2, "of")) n = 3;
  else if (tok_in(c, i, azRefrain) && i + 1 < c->nTok && tok_is(c, i + 1, "from")) n = 2;
  else if (tok_in(c, i, azHold) && i + 2 < c->nTok && tok_is(c, i + 1, "off") && tok_is(c, i + 2, "on")) n = 3;
  if (!n || i + n >= c->nTok || !tok_ing(c, i + n) || !dict_forms(c->p, c->aTok[i + n].id)) return 0;
  return n;
}

/* "Israeli air strike kills Hezbollah leader", "Drone attack hits
** refinery": headline grammar drops the article before a weapon noun, and
** the -s form after it is the act the weapon did, not a plural noun the
** weapon word governs as a verb ("cancel plans"). 1 for such a result verb
** at token i. drop_headline_weapon_nouns then drops the weapon noun's hit. */
static int weapon_result_verb(const Coder *c, size_t i) {
  static const char *const azWeaponNoun[] = {"strike", "airstrike", "attack", "raid", "blast", "bombing",
                                             "shelling", "fire", "ambush", "assault", "offensive", "explosion",
                                             NULL};
  static const char *const azResult[] = {"kills", "hits", "wounds", "injures", "destroys", "damages",
                                         "levels", "flattens", "sinks", "downs", NULL};
  return i > 0 && tok_in(c, i, azResult) && tok_in(c, i - 1, azWeaponNoun);
}

/* The first pattern coded zCode among the lemmas whose form token i is, for
** a hit a rule builds on the verb itself ("called" 041, "hit" 190); sets
** *pForms to that form's. NULL when the dictionary has none. */
static const VerbPattern *token_pattern(const Coder *c, size_t i, const char *zCode, uint32_t *pForms) {
  for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id); f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
    for (int32_t ip = dict_patterns(c->p, f->lemma); ip >= 0; ip = c->p->aPatNext[ip])
      if (!strcmp(c->p->aPat[ip].zCode, zCode)) {
        *pForms = f->forms;
        return &c->p->aPat[ip];
      }
  return NULL;
}

/* Contract: 1 if token t is a word of a weapon or of the craft that carries
** it which the older weapon lists lack: bombs and their kinds ("glide bombs",
** "guided bombs"), shells and mortars, attack drones ("kamikaze",
** "Shahed"), and military aircraft ("warplanes", "jets", "bombers").
** Why: wire copy names the state's weapons as the subject ("Russian glide
** bombs and shells struck Vovchansk", "Israeli warplanes hit the port of
** Hodeidah"), and those words stopped the weapon-subject rules (issue 4
** frontline). */
int weapon_word_more(const Coder *c, size_t t) {
  static const char *const az[] = {"bomb", "bombs", "glide", "guided", "shell", "mortar", "mortars", "kamikaze",
                                   "shahed", "shaheds", "hypersonic", "warplanes", "warplane", "jets", "bombers",
                                   "helicopters", "gunships", "warships", NULL};
  return tok_in(c, t, az);
}

/* Contract: 1 when token t is one capitalised word, not the sentence's first,
** in no mention, right before a weapon or military-craft word ("Indian Mirage
** jets", "Russian Kalibr missiles", "Iranian Shahed drones"): the weapon's model
** name, which callers skip between a demonym and the weapon. Why: the model
** name cut the demonym off its weapon, so the weapon took no state or a later
** one ("... bombed a site in Pakistan" became PAKMIL; issue 4 refs2). */
static int weapon_model_word(const Coder *c, size_t t) {
  return weapon_model_len(c, t) == 1;
}

/* Contract: the number of tokens of a weapon's model name starting at token t
** and right before a weapon or military-craft word: 1 for one capitalised
** word ("Mirage jets"), 3 for a hyphenated designation written without
** spaces ("B-2 bombers", "Su-34 jets", "F-16 fighters"), one more for a word
** of the craft's kind after it ("B-2 stealth bombers"), else 0; never the
** sentence's first token or one in a mention. Why: a hyphenated model cut
** "U.S." off its bombers, so they took the target's state (issue 4 targets2). */
size_t weapon_model_len(const Coder *c, size_t t) {
  static const char *const azArms[] = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "jet", "jets",
                                       "fighter", "fighters", "aircraft", "tanks", "tank", "submarine", "frigate",
                                       "frigates", NULL};
  if (t == 0 || !c->aTok[t].bWord || !c->aTok[t].bCap || tok_number(c, t) || in_mention(c, t)) return 0;
  size_t n = 1;
  if (t + 3 < c->nTok && tok_is(c, t + 1, "-") && c->aTok[t + 1].start == c->aTok[t].end &&
      c->aTok[t + 2].bWord && c->aTok[t + 2].start == c->aTok[t + 1].end)
    n = 3;
  /* ... over one word of the craft's kind: "B-2 stealth bombers" (issue 4 dev50) */
  static const char *const azKind[] = {"stealth", "strategic", "heavy", "attack", "transport", "cargo",
                                       "reconnaissance", "surveillance", "spy", "patrol", NULL};
  if (t + n + 1 < c->nTok && tok_in(c, t + n, azKind) && (tok_in(c, t + n + 1, azArms) || weapon_word_more(c, t + n + 1)))
    return n + 1;
  return t + n < c->nTok && (tok_in(c, t + n, azArms) || weapon_word_more(c, t + n)) ? n : 0;
}

/* Contract: the code a weapon word at token t gives generic force: craft,
** missiles, rockets, drones and bombs strike from the air (195); shells,
** shelling, artillery and mortars are small arms and light weapons fire (194);
** NULL for any other word. The one list behind every place force_by_context
** reads a weapon: between an active subject and its verb, after a passive's
** agent, before a launcher's "launched by". */
static const char *weapon_word_code(const Coder *c, size_t t) {
  static const char *const azAir[] = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "bomb",
                                      "bombs", "air", "airstrike", "airstrikes", "warplane", "warplanes", "jets",
                                      "aircraft", "bombers", "helicopter", "helicopters", "gunships", NULL};
  static const char *const azGun[] = {"shell", "shells", "shelling", "artillery", "mortar", "mortars", NULL};
  static const char *const azDefence[] = {"defence", "defences", "defense", "defenses", NULL};
  /* "air defences brought down drones" fire from the ground */
  if (tok_in(c, t, azAir) && !(tok_is(c, t, "air") && t + 1 < c->nTok && tok_in(c, t + 1, azDefence))) return "195";
  if (tok_in(c, t, azGun)) return "194";
  return NULL;
}

/* Contract: the code the weapon of a passive's agent gives generic force:
** "Kharkiv was struck by Russian missiles" (195), "... by Russian glide
** bombs" (195), "... by Russian shells" (194); NULL when no weapon word
** follows the agent within four tokens, or when the agent is before the
** verb. Why: force_by_context read the weapon only between an active
** subject and its verb (issue 4 frontline). */
static const char *passive_weapon_code(const Coder *c, const VerbHit *h, const Mention *pS) {
  if (pS->i <= h->i || !pS->bBy) return NULL;
  for (size_t t = pS->i; t < c->nTok && t < pS->e + 4; t++) {
    if (weapon_word_code(c, t)) return weapon_word_code(c, t);
    if (tok_is(c, t, ",") || clause_break(c, t)) break;
  }
  return NULL;
}

/* Contract: the code (195, 194) of the weapon that generic force hit h
** (190) with subject pS is struck with, as weapon_word_code reads it where
** the sentence names it, in this order: in the subject ("Israeli warplanes
** struck", "Russian artillery pounded"); right before the verb ("drone
** attacks"); between the subject and the verb ("Israeli air strikes killed",
** "US and British warplanes struck", "Russian glide bombs struck"); after a
** passive's agent (passive_weapon_code); before a launcher's "launched by"
** ("A drone launched by Iraqi militants struck", weapon_launcher); none for
** a subject after the verb in the active (the reverse side of a joint
** fight). A weapon between the subject and the verb that only backs the
** subject ("troops backed by helicopters fought") is not read: that is
** ground fighting, as every gold line with a "backed by" force codes it.
** NULL when no weapon is named. */
const char *named_weapon_code(const Coder *c, const VerbHit *h, const Mention *pS) {
  static const char *const azBacking[] = {"backed", "supported", "aided", "assisted", "escorted", "covered", NULL};
  const char *zWeapon = NULL;
  for (size_t t = pS->i; t < pS->e && !zWeapon; t++) zWeapon = weapon_word_code(c, t);
  if (zWeapon) return zWeapon;
  /* ... a side named after the verb in the active (the other side of a
  ** joint fight, "troops backed by helicopters fought the militants") is not
  ** struck with the weapons before the verb */
  if (pS->i > h->i && !pS->bBy) return NULL;
  int bBacked = 0;
  for (size_t t = pS->e; pS->e < h->i && t < h->i && !bBacked; t++) bBacked = tok_in(c, t, azBacking);
  if (!bBacked) {
    if (h->i > 0 && (zWeapon = weapon_word_code(c, h->i - 1)) != NULL) return zWeapon;
    for (size_t t = pS->e; pS->e < h->i && t < h->i && !zWeapon; t++) zWeapon = weapon_word_code(c, t);
    if (zWeapon) return zWeapon;
  }
  if ((zWeapon = passive_weapon_code(c, h, pS)) != NULL) return zWeapon;
  for (size_t t = pS->i >= 6 ? pS->i - 6 : 0; pS->bBy && pS->e <= h->i && t < pS->i && !zWeapon; t++)
    zWeapon = weapon_word_code(c, t);
  return zWeapon;
}

/* "Russian missiles hit Kharkiv", "Israeli strikes hit Gaza City": the
** bare verb "hit" is no act in the dictionary ("hit a record", "hit by
** sanctions"), but after a weapon noun it is the weapon's strike. Returns
** the force pattern (190) of "hit" when token i is "hit"/"hits" after a
** weapon word, else NULL; *pForms gets the form. weapon_subject then names
** the state, and the weapon decides the code. */
static const VerbPattern *weapon_hit(const Coder *c, size_t i, uint32_t *pForms) {
  static const char *const azHit[] = {"hit", "hits", NULL};
  static const char *const azWeapon[] = {"missile", "missiles", "strike", "strikes", "airstrike", "airstrikes", "drone",
                                         "drones", "rocket", "rockets", "shell", "shells", "bomb", "bombs",
                                         "shelling", "artillery", NULL};
  static const char *const azWeaponMod[] = {"air", "drone", "missile", "rocket", "cruise", "ballistic", "artillery", NULL};
  /* ... also over one adverb: "Russian missiles also hit" (issue 4 frontline) */
  size_t iv = i > 1 && (tok_is(c, i - 1, "also") || tok_adverb(c, i - 1)) ? i - 1 : i;
  if (i == 0 || !tok_in(c, i, azHit) || !(tok_in(c, iv - 1, azWeapon) || weapon_word_more(c, iv - 1)) ||
      i + 1 >= c->nTok)
    return NULL;
  /* ... a state's weapon: "Russian missiles", "Israeli air strikes" (the
  ** state named right before the weapon words) */
  size_t w = iv - 1;
  while (w > 0 && (tok_in(c, w - 1, azWeapon) || tok_in(c, w - 1, azWeaponMod) || weapon_word_more(c, w - 1))) w--;
  if (w > 1 && weapon_model_word(c, w - 1)) w--;   /* "Russian Iskander missiles hit" */
  else if (w > 3 && weapon_model_len(c, w - 3) == 3) w -= 3;   /* "Russian Su-34 bombers hit" */
  int bState = 0;
  for (size_t m = 0; m < c->nM && !bState; m++)
    bState = c->aM[m].e == w && !c->aM[m].bLoc && !c->aM[m].bPrep && (c->aM[m].pCountry || c->aM[m].pMain);
  /* ... or one mention over the state and the weapon, where the dictionary
  ** has the weapon as a role ("Ukrainian drones": UKRMIL) */
  for (size_t m = 0; m < c->nM && !bState; m++)
    bState = c->aM[m].e == iv && c->aM[m].i < w + 1 && c->aM[m].i < iv - 1 && !c->aM[m].bLoc && !c->aM[m].bPrep &&
             c->aM[m].pAgent && (c->aM[m].pCountry || c->aM[m].pMain);
  if (!bState) return NULL;
  /* "hit by", "hit back", "hit out": not the weapon's act on an object */
  if (tok_is(c, i + 1, "by") || tok_is(c, i + 1, "back") || tok_is(c, i + 1, "out") || !c->aTok[i + 1].bWord) return NULL;
  return token_pattern(c, i, "190", pForms);
}

/* Contract: "Kharkiv was hit by Russian missiles", "the port was hit by
** Israeli warplanes": the bare "hit" after a form of "be" (or "got") and
** before "by" and a state's weapon or craft within five tokens is that
** weapon's strike; returns the force pattern (190) of "hit", else NULL (the
** passive then names the target, and passive_weapon_code the weapon).
** Why: weapon_hit takes "hit" only after its weapon, and "hit by" stayed no
** act (issue 4 frontline). */
static const VerbPattern *passive_weapon_hit(const Coder *c, size_t i, uint32_t *pForms) {
  static const char *const azHit[] = {"hit", NULL};
  static const char *const azBeGot[] = {"was", "were", "been", "being", "is", "are", "be", "got", "get", NULL};
  static const char *const azWeapon[] = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "strike",
                                         "strikes", "airstrike", "airstrikes", "shelling", "artillery", "aircraft",
                                         NULL};
  if (i < 1 || i + 2 >= c->nTok || !tok_in(c, i, azHit) || !tok_is(c, i + 1, "by")) return NULL;
  size_t b = i - 1;
  if (tok_adverb(c, b) && b > 0) b--;   /* "was also hit by" */
  if (!tok_in(c, b, azBeGot)) return NULL;
  int bState = 0, bWeapon = 0;
  for (size_t t = i + 2; t < c->nTok && t < i + 8 && !(bState && bWeapon); t++) {
    if (tok_is(c, t, ",") || clause_break(c, t)) break;
    bWeapon |= tok_in(c, t, azWeapon) || weapon_word_more(c, t);
    for (size_t m = 0; m < c->nM && !bState; m++)
      bState = c->aM[m].i <= t && t < c->aM[m].e && !c->aM[m].bLoc && (c->aM[m].pCountry || c->aM[m].pMain);
  }
  return bState && bWeapon ? token_pattern(c, i, "190", pForms) : NULL;
}

/* Nouns that name an act a reaction answers ("condemned the decision"). */
const char *const azReactionAct[] = {"decision", "move", "ruling", "verdict", "raid", "raids", "airstrike",
    /* issue 4 (session 43): "described the dissolution as a grave setback",
    ** "called the escape a grave violation" (a swap or exchange is mediated,
    ** not answered: mediation_parties) */
    "dissolution", "escape", "shutdown", "extradition", "abduction",
    "kidnapping", "recall", "cancellation", "refusal", "veto", "pardon", "pardons",
    "blast", "blasts", "explosion", "explosions", "assassination",   /* issue 4 reaction: force named by its effect */
    "visit", "trip",   /* issue 4 reaction: "called the trip a provocation" answers the visitor */
    "airstrikes", "shelling", "bombardment", "assault", "ban", "law", "decree",
    "measure", "measures", "step", "steps", "announcement", "remarks",
    "statement", "strike", "strikes", "attack", "attacks", "arrest",
    "arrests", "execution", "executions", "sanctions", "vote", "order",
    "operation", "offensive", "invasion", "annexation", "crackdown",
    "launch", "launches", "test", "tests", "deal", "agreement", "accord", "pact", "treaty",
    "truce", "incident", "bombing", "bombings", "killing", "killings",
    "massacre", "violence", "shooting", "coup", "takeover", "diversion",
    "massacres", "slaughter", "atrocity", "atrocities", "carnage",   /* issue 4 (session 64): "denounced the slaughter" */
    "findings", "resolution", "verdict", "expulsion", "expulsions",
    "detention", "detentions",   /* issue 4 roundup: "condemned the detentions" answers the captor, as "the arrests" does */
    "closure", "blockade", "seizure", "incursion", "talks",
    "edict", "edicts",   /* issue 4 (session 63): "condemned the edict, which Omar issued" */
    "boarding", "hijacking", "interception",   /* issue 4 lead48: "condemned the boarding as heavy-handed" */
    "negotiations", "warrant", "warrants", "report", "assessment", "sentence",
    "sentences", "conviction", "suspension", "charges", "trial", "indictment",
    "impeachment", "removal", "dismissal", "jailing", "tariffs", "tariff", "duties",
    "levies", "embargo", "boycott", "curbs", "restrictions", "controls", "cutoff",
    "exemption", "exemptions", "waiver", "freeze", "nationalisation",
    "nationalization", "expropriation", "flights", "drills", "exercises",
    "patrol", "patrols", "deployment", "deployments", "incursions", "intrusion",
    /* issue 4 (session 44): "said the election was a sham", "called the
    ** referendum illegal": a vote is the act of the state that held it */
    "election", "elections", "plebiscite",
    "intrusions", "violations", "provocation", "provocations", "recognition",
    "accusation", "accusations", "allegations", "claims", "visit", "withdrawal",
    "referendum", "deportation", "deportations", "detentions", "decisions",
    "actions", "comments", "proposal", "plan", "censure", "draft", "bill", "legislation", "policy", "mutiny", "uprising", "rebellion",
    "demand", "demands", "ultimatum", "request", "requests", "criticism", "criticisms", "condemnation",
    "warning", "warnings", "threats",
    /* issue 4 (asia): conduct judged in security copy ("called the navy's conduct unsafe") */
    "conduct", "action", "behaviour", "behavior", "manoeuvres", "maneuvers", "activities",
    /* issue 4 lead37: laws and a side's aggression judged ("said the Serb Republic's new laws were
    ** a direct attack on ...", "said Russia's aggression was the root cause") */
    "laws", "aggression", "rhetoric",
    /* issue 4 (regional): acts of domestic crises a reaction answers ("welcomed the release",
    ** "condemned the postponement") */
    "release", "releases", "postponement", "dissolution", "ouster", "overthrow", "storming",
    /* issue 4 refs: a salvo or a shoot-down named by its own word ("denounced the barrage") */
    "barrage", "barrages", "salvo", "salvos", "downing", "demolition",
    /* issue 4 (session 41): a veto, a drill, penalties and the like judged ("called the veto a
    ** mistake", "condemned the exercise", "called the penalties excessive") */
    "veto", "vetoes", "exercise", "drill", "penalties", "penalty", "fines", "annulment", "cancellation",
    "abduction", "abductions", "kidnapping", "kidnappings", "hijacking", "sinking", "occupation", "buildup",
    "overflight", "overflights",
    /* issue 4 judge24: more acts a verdict judges ("called the intercept very
    ** dangerous", "branded the revolt treason", "called the apology insufficient") */
    "intercept", "interception", "revolt", "apology", "agreements", "campaign", "clash", "clashes", "boarding",
    /* issue 4 coop27: a summit judged as talks are ("welcomed the summit as a first step");
    ** not "the meeting", which a host hosts (hosts_meeting_noun) */
    "summit",
    "revocation", "explanation", "declaration",
    /* issue 4 lead35: dissent and the penalties on it, judged by an onlooker
    ** ("The Kremlin called the protests a provocation", "called the penalties
    ** excessive"): answered to the side that protested or punished */
    "protests", "demonstrations", "rallies", "riots", "unrest", "penalties", "punishment", "suspensions", NULL};

/* Words of a label that praise an act rather than condemn it ("called the
** talks constructive", "said the vote was free and fair"). */
static const char *const azPraiseLabel[] = {"positive", "constructive", "productive", "historic", "breakthrough",
    "success", "successful", "milestone", "good", "important", "welcome", "significant", "fruitful", "useful",
    "excellent", "great", "landmark", "encouraging", "promising", "victory", "triumph", "fair", "free", "credible",
    "legitimate", "transparent", "peaceful", "necessary", "justified", "correct", "reasonable", "balanced",
    "helpful", "vital", "crucial", "step", "progress", "win", "valid", "lawful", "legal", "timely", "brave",
    "courageous", "wise",
    /* issue 4 verbal31: "called the decision a turning point for his country", "a new dawn for Ethiopia" */
    "turning", "dawn",
    /* issue 4 lead34: "called the sanctions a strong and much-needed step", "called the pact a source of
    ** certainty for his country" */
    "strong", "certainty", "stability", "boost", "relief", "opportunity", "achievement", "accomplishment",
    "cornerstone", "blessing", "remarkable", "tremendous", "wonderful", "fantastic",
    /* issue 4 lead37: a ruling said to bind ("the court's decisions were binding on all member states") */
    "binding", NULL};

/* Why: "called the sanctions heavy", "said the mutiny was an internal affair
** of Russia", "said the truce was temporary", "called the operation the
** second stage of the war", "a matter of law enforcement": a label that
** sorts or measures an act judges it no more than one that praises it, and
** the gold sets code none of them as criticism (111). Contract: 1 when the
** label starting at token b, past an article, "-ly" adverbs and an ordinal,
** begins with such a word, else 0. */
static int neutral_label(const Coder *c, size_t b) {
  static const char *const azSkip[] = {"a", "an", "the", "first", "second", "third", "next", "final", "last", NULL};
  static const char *const azNeutral[] = {"internal", "temporary", "matter", "mission", "heavy", "painful", "stage",
                                          /* what brought the act about ("said the deal was the product of
                                          ** months of intensive diplomacy by the United States, Egypt and
                                          ** Qatar"): its origin, no judgement of it */
                                          "product", "result", "culmination", "outcome", "fruit",
                                          /* ... or calls it usual ("said the flights were routine training",
                                          ** "an ordinary maritime accident"): a defence of the act, no censure */
                                          "routine", "ordinary", "normal", "regular", "standard", NULL};
  size_t t = b;
  while (t < c->nTok && t < b + 4 && (tok_in(c, t, azSkip) || tok_ly(c, t))) t++;
  /* ... as a word of its own: "heavy-handed" judges */
  if (t + 1 < c->nTok && tok_is(c, t + 1, "-")) return 0;
  return t < c->nTok && tok_in(c, t, azNeutral);
}

/* Contract: the 051 pattern of the label verb at token i (sets *pForms, and
** *pEnd to e, after the label) when label_call_hit found a praising label on
** the act noun at token n; NULL for a meeting or talks (an optimistic comment
** on talks is 013, not praise) or when the verb has no 051 pattern. Why: the
** gold sets code "called the release a constructive step", "called the
** decision a victory for Ukraine" as endorsement (051) of the act's author,
** and the praising label was dropped as no event (issue 4 deal). */
static const VerbPattern *praise_label_pattern(const Coder *c, size_t i, size_t n, size_t e, uint32_t *pForms,
                                               size_t *pEnd) {
  static const char *const azTalk[] = {"talks", "meeting", "visit", "trip", "remarks", "statement", NULL};
  if (tok_in(c, n, azTalk)) return NULL;
  const VerbPattern *v = token_pattern(c, i, "051", pForms);
  if (v) *pEnd = e;
  return v;
}

/* "Kerry called the sentences chilling and draconian", "called the resolution
** political and unconstructive", "described the verdict as a travesty": a
** label put on an act just reported ("the" and an act noun, one word between
** at most) condemns it (111), whatever words the label uses -- unless they
** praise it ("called the talks constructive", "the elections free and fair"),
** which is no condemnation. The dictionary's label lists (dict/verbs.txt,
** "call ~ ...") catch labels on people and other objects; this catches the
** open class of labels on acts. Returns the lemma's 111 pattern and sets
** *pEnd after the label. */
static const VerbPattern *label_call_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  /* dissent named by its noun is an act a label may judge too ("called the
  ** protest an organised riot"), though no reaction elsewhere is aimed by it */
  static const char *const azDissent[] = {"protest", "protests", "demonstration", "demonstrations", "rally",
                                          "rallies", "march", "marches", "riots", "unrest", NULL};
  static const char *const azLabelVerb[] = {"called", "calls", "calling", "described", "describes", "describing",
                                            "branded", "brands", "branding", NULL};
  static const char *const azStop[] = {",", ".", ";", ":", "and", "but", "that", "which", "after", "before", "while", "to",
                                       "because", "as", "since", "when", "saying", "adding", "(", "\"", NULL};
  static const char *const azNoLabel[] = {"to", "for", "on", "off", "upon", "in", "at", "by", "back", "up",
                                          "into", "with", "from", "over", "out", "of", NULL};
  if (!tok_in(c, i, azLabelVerb) || i + 3 >= c->nTok) return NULL;
  int bDescribe = c->z[c->aTok[i].start] == 'd' || c->z[c->aTok[i].start] == 'D';
  /* "branded the revolt treason" or "... as treason": the "as" is optional */
  int bBrand = c->z[c->aTok[i].start] == 'b' || c->z[c->aTok[i].start] == 'B';
  /* the object: "the <act>", "the <word> <act>", or an author's "<X>'s <act>"
  ** ("the military's move", "Russia's recognition of Abkhazia") */
  size_t n = 0;
  for (size_t t = i + 1; t < i + 6 && t + 1 < c->nTok && !n; t++)
    if (tok_is(c, t, "'s") && t > i + 1) n = t + 1;
  if (n) {
    if (!tok_in(c, n, azReactionAct) && !tok_in(c, n, azDissent) && n + 1 < c->nTok && c->aTok[n].bWord &&
        !dict_forms(c->p, c->aTok[n].id))
      n++;
  } else {
    if (!tok_is(c, i + 1, "the")) return NULL;
    n = i + 2;
    if (!tok_in(c, n, azReactionAct) && !tok_in(c, n, azDissent)) n++;
  }
  if (n >= c->nTok || (!tok_in(c, n, azReactionAct) && !tok_in(c, n, azDissent)) || in_mention(c, n)) return NULL;
  size_t b = n + 1;   /* the label's first word */
  if (b < c->nTok && tok_is(c, b, "'s")) return NULL;
  if (bDescribe || tok_is(c, b, "of")) {   /* "Russia's recognition of Abkhazia and South Ossetia a violation" */
    size_t x = b;
    if (tok_is(c, x, "of"))
      while (x < c->nTok && x < b + 6 && (c->aTok[x].bCap || tok_is(c, x, "of") || tok_is(c, x, "and") || tok_is(c, x, "the")))
        x++;
    if (!bDescribe) b = x;
  }
  if (bDescribe) {   /* "described the armed mutiny by Wagner fighters as treason" */
    while (b < c->nTok && b < n + 7 && c->aTok[b].bWord && !tok_is(c, b, "as") && !dict_forms(c->p, c->aTok[b].id)) b++;
    if (b >= c->nTok || !tok_is(c, b, "as")) return NULL;
    b++;
  }
  if (bBrand && b + 1 < c->nTok && tok_is(c, b, "as")) b++;
  if (b >= c->nTok || !c->aTok[b].bWord || tok_in(c, b, azNoLabel) || tok_in(c, b, azStop) || neutral_label(c, b))
    return NULL;
  int bPraise = 0, bNot = 0;
  size_t e = b;
  for (; e < c->nTok && e < b + 8 && !tok_in(c, e, azStop); e++) {
    bPraise |= tok_in(c, e, azPraiseLabel);
    bNot |= tok_is(c, e, "not") || tok_is(c, e, "neither") || tok_is(c, e, "nor");
  }
  /* "and" joins a second label ("chilling and draconian"), not a clause */
  while (e + 1 < c->nTok && tok_is(c, e, "and") && c->aTok[e + 1].bWord && !in_mention(c, e + 1) &&
         !dict_forms(c->p, c->aTok[e + 1].id) && !tok_in(c, e + 1, azStop)) {
    bPraise |= tok_in(c, e + 1, azPraiseLabel);
    e += 2;
  }
  if (bPraise && !bNot) return praise_label_pattern(c, i, n, e, pForms, pEnd);
  const VerbPattern *v = token_pattern(c, i, "111", pForms);
  if (v) *pEnd = e;
  return v;
}

/* The pattern of a lemma with a code, for a hit a rule builds ("call" 111):
** NULL when the dictionary has none. */
const VerbPattern *lemma_pattern(const Coder *c, const char *zLemma, const char *zCode) {
  uint32_t id = intern_id((Intern *)&c->p->vocab, NULL, zLemma, strlen(zLemma), 0);   /* a lookup: adds nothing */
  if (id == TOK_NONE) return NULL;
  for (int32_t ip = dict_patterns(c->p, id); ip >= 0; ip = c->p->aPatNext[ip])
    if (!strcmp(c->p->aPat[ip].zCode, zCode)) return &c->p->aPat[ip];
  return NULL;
}

/* "said China's conduct was unsafe", "said the Chinese navy's actions were
** provocative": an author's possessive names whose act the verdict judges, as
** "the" does in "said the move was reckless" (verdict_said_hit). Token t
** follows "said (that)"; returns the "'s" that stands for the "the" when a
** capitalised name (or "the" and up to three words) ends in one, else t. */
static size_t verdict_author_start(const Coder *c, size_t t) {
  size_t x = t;
  if (tok_is(c, x, "the")) x++;
  else if (x >= c->nTok || !c->aTok[x].bCap) return t;
  for (size_t k = x; k < x + 4 && k < c->nTok; k++) {
    if (tok_is(c, k, "'s")) return k > t ? k : t;
    if (!c->aTok[k].bWord || dict_forms(c->p, c->aTok[k].id)) return t;
  }
  return t;
}

/* The label of a verdict, from token b right after its copula ("said the
** strikes were <label>"), shared by verdict_said_hit and verdict_said_far_hit.
** Contract: NULL when the label is negated ("said the deal was not ..." may
** say anything), when b is a participle (a passive or a progressive: "was
** carried out by", "was signed") or when a word of praise or of azJustify
** comes before a word of azStop; else the "call" 111 pattern, with *pForms
** the form of the "said" at token i and *pEnd after the label. */
static const VerbPattern *verdict_label(const Coder *c, size_t i, size_t b, const char *const *azStop,
                                        const char *const *azJustify, uint32_t *pForms, size_t *pEnd) {
  static const char *const azLabelPrep[] = {"in", "on", "under", "at", NULL};
  /* "said the coup was not legal", "the vote was not legitimate": lawful
  ** or fair denied is a condemnation (issue 4 lead34) */
  static const char *const azRightful[] = {"legal", "lawful", "legitimate", "constitutional", "justified",
                                           "acceptable", "democratic", "valid", "fair", "free", "credible", NULL};
  /* ("had been neither free nor fair") */
  if ((tok_is(c, b, "not") || tok_is(c, b, "neither")) && b + 1 < c->nTok && tok_in(c, b + 1, azRightful)) {
    const VerbPattern *v = lemma_pattern(c, "call", "111");
    const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
    if (!v) return NULL;
    *pForms = f ? f->forms : VF_PAST;
    *pEnd = b + 2;
    return v;
  }
  if (tok_is(c, b, "not") || neutral_label(c, b)) return NULL;
  /* ("the decision had been closely coordinated with allies": a passive) */
  if (tok_adverb(c, b) && b + 1 < c->nTok)
    for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[b + 1].id); f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
      if (f->forms & VF_PP) return NULL;
  /* a passive tells who did what, no verdict -- but "the vote was rigged"
  ** is one (issue 4, session 44) */
  static const char *const azFraud[] = {"rigged", "falsified", "stolen", "manipulated", "flawed", "fixed", NULL};
  for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[b].id); f && !tok_in(c, b, azFraud);
       f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
    if (f->forms & (VF_PP | VF_PAST | VF_ING)) return NULL;
  size_t e = b;
  int bPraise = 0;
  for (; e < c->nTok && e < b + 8 && !tok_in(c, e, azStop); e++)
    /* a preposition justifies only as the label's first word ("was in response
    ** to", "was on hold"); inside it, it tells what was harmed ("a direct
    ** attack on Bosnia's constitutional order") */
    bPraise |= tok_in(c, e, azPraiseLabel) || (tok_in(c, e, azJustify) && (e == b || !tok_in(c, e, azLabelPrep)));
  if (bPraise || e == b) return NULL;
  const VerbPattern *v = lemma_pattern(c, "call", "111");
  if (!v) return NULL;
  const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
  *pForms = f ? f->forms : VF_PAST;
  *pEnd = e;
  return v;
}

/* Why: "said the move undermined UN efforts", "said the pact would gravely
** undermine regional peace", "said the decision violated the principle of
** non-interference": an act said to do harm is condemned (111) as one said to
** be illegal is (verdict_act_label). Contract: from token u right after the
** act noun -- past "would", "will", "could" or "may" and one adverb -- a
** form of a verb of harm; returns the token after it, else 0. */
static size_t harm_predicate_end(const Coder *c, size_t u) {
  static const char *const azModal[] = {"would", "will", "could", "may", "might", NULL};
  static const char *const azHarm[] = {"undermine", "undermines", "undermined", "violate", "violates", "violated",
                                       "jeopardize", "jeopardizes", "jeopardized", "jeopardise", "jeopardises",
                                       "jeopardised", "endanger", "endangers", "endangered", "contravene",
                                       "contravenes", "contravened", "breach", "breaches", "breached",
                                       "destabilize", "destabilizes", "destabilized", "destabilise",
                                       "destabilises", "destabilised", "sabotage", "sabotages", "sabotaged",
                                       "poison", "poisons", "poisoned", "harm", "harms", "harmed",
                                       /* issue 4 lead37: tension raised ("only served to heighten tensions") */
                                       "heighten", "heightens", "heightened", "inflame", "inflames", "inflamed",
                                       "threaten", "threatens", "threatened", NULL};
  if (u < c->nTok && tok_in(c, u, azModal)) u++;
  if (u + 1 < c->nTok && (tok_ly(c, u) || tok_is(c, u, "only"))) u++;   /* "would gravely undermine" */
  if (u + 1 < c->nTok && tok_is(c, u, "served") && tok_is(c, u + 1, "to")) u += 2;   /* "served to heighten" */
  /* "the vote fell well short of democratic standards" (issue 4 dev33) */
  static const char *const azFall[] = {"fell", "falls", "fall", NULL};
  if (u + 2 < c->nTok && tok_in(c, u, azFall)) {
    size_t s = tok_is(c, u + 1, "well") || tok_is(c, u + 1, "far") ? u + 2 : u + 1;
    if (s + 1 < c->nTok && tok_is(c, s, "short") && tok_is(c, s + 1, "of")) return s + 1;
  }
  return u < c->nTok && tok_in(c, u, azHarm) ? u + 1 : 0;
}

/* Sets aside the mentions from token e up to the clause's end, and the rest
** of their lists: a verdict's wronged party or harmed object, no target. */
static void set_aside_from(Coder *c, size_t e) {
  static const char *const azStop[] = {".", ";", "and", "but", "while", "because", "as", NULL};
  size_t hi = e;
  while (hi < c->nTok && !tok_in(c, hi, azStop)) hi++;
  for (size_t m = 0; m < c->nM; m++)
    if (c->aM[m].i >= e && c->aM[m].i < hi) {
      c->aM[m].bAside = 1;
      /* ... with the rest of its list ("of Erdogan and Guterres") */
      for (size_t x = m + 1; x < c->nM && c->aM[x].iGroup == c->aM[m].iGroup; x++) c->aM[x].bAside = 1;
    }
}

/* The harm a verdict names has an object ("undermined UN efforts", "violated
** Iraq's sovereignty") that is the act's victim, not the verdict's target,
** which is the act's author (reply_targets). Contract: when the hit ending
** at e ends on a verb of harm (harm_predicate_end), the mentions after it
** are set aside (set_aside_from); else nothing. */
static void harm_object_aside(Coder *c, size_t e) {
  if (e >= 2 && harm_predicate_end(c, e - 1) == e) set_aside_from(c, e);
}

/* "said the strike was a spit in the face of Erdogan and Guterres", "said
** the laws were a direct attack on Bosnia's order": a label that ends on a
** preposition names whom the judged act wronged, not whom the verdict
** judges, which is the act's author (reply_targets). Contract: for the
** verdict hit from i to e, the first on, to, against, upon or "face of"
** after its copula and before e opens the wronged party, whose mentions are
** set aside (set_aside_from); else nothing. */
static void label_object_aside(Coder *c, size_t i, size_t e) {
  static const char *const azWronged[] = {"on", "to", "against", "upon", NULL};
  static const char *const azCopula[] = {"was", "were", "is", "are", "been", NULL};
  size_t u = i;
  while (u < e && !tok_in(c, u, azCopula)) u++;
  /* "of" names an author as often ("the brutality of the regime"), but not
  ** after "face" */
  while (u < e && !tok_in(c, u, azWronged) &&
         !(tok_is(c, u, "of") && (tok_is(c, u - 1, "face") || (tok_is(c, u - 1, "\"") && tok_is(c, u - 2, "face")))))
    u++;
  if (u < e) set_aside_from(c, u + 1);
}

/* The act verdict after "said" or "told <audience>": from token t, "the" (or
** an author's "'s"), the act noun (one modifier before it at most), a
** copula and a label; not words that justify the act or say it is still to
** come. Shared by verdict_said_hit and verdict_told_hit: the "call" 111
** pattern with *pEnd after the label, else NULL. */
static const VerbPattern *verdict_act_label(const Coder *c, size_t i, size_t t, uint32_t *pForms, size_t *pEnd) {
  static const char *const azCopula[] = {"was", "were", "is", "are", NULL};
  static const char *const azStop[] = {",", ".", ";", ":", "and", "but", "that", "which", "because", "as",
                                       "since", "when", "while", "(", NULL};
  static const char *const azJustify[] = {"aimed", "intended", "designed", "due", "likely", "expected", "set", "about",
                                          "still", "being", "held", "in", "on", "under", "at", "needed", "required",
                                          "meant", "revenge", "retaliation", "response", "answer", "defensive",
                                          "proportionate", NULL};
  /* the act noun, up to three modifiers before it that are plain words, no
  ** verb forms ("Georgia's new foreign agents law") */
  size_t n = t + 1;
  while (n < c->nTok && n < t + 4 && !tok_in(c, n, azReactionAct) && c->aTok[n].bWord &&
         !dict_forms(c->p, c->aTok[n].id))
    n++;
  if (n + 2 >= c->nTok || !tok_in(c, n, azReactionAct) || in_mention(c, n)) return NULL;
  size_t eHarm = !tok_in(c, n + 1, azCopula) ? harm_predicate_end(c, n + 1) : 0;
  if (eHarm) {
    const VerbPattern *v = lemma_pattern(c, "call", "111");
    const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
    *pForms = f ? f->forms : VF_PAST;
    *pEnd = eHarm;
    return v;
  }
  /* ("the election had been neither free nor fair") */
  if (n + 3 < c->nTok && (tok_is(c, n + 1, "had") || tok_is(c, n + 1, "has") || tok_is(c, n + 1, "have")) &&
      tok_is(c, n + 2, "been"))
    return verdict_label(c, i, n + 3, azStop, azJustify, pForms, pEnd);
  if (!tok_in(c, n + 1, azCopula)) return NULL;
  return verdict_label(c, i, n + 2, azStop, azJustify, pForms, pEnd);
}

/* "Iran's envoy said the resolution was deeply regrettable", "Peskov said
** the guarantees were a mistake": a speaker's verdict on an act just
** reported -- "said (that) the <act noun> was <label>" -- condemns it (111),
** as "called the resolution regrettable" does (label_call_hit), unless the
** label praises or justifies it ("was needed", "was revenge for") or the verb
** after "was" makes a passive ("was carried out by"). Token i is the
** "said"; returns the "call" 111 pattern (the hit replaces the lone
** statement) and sets *pEnd after the label. */
static const VerbPattern *verdict_said_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  /* (an observer's finding is a verdict too: "OSCE observers had judged that
  ** the vote fell well short of democratic standards"; issue 4 dev33) */
  static const char *const azSay[] = {"said", "says", "saying", "added", "stated", "declared", "judged",
                                      "concluded", "found", NULL};
  if (!tok_in(c, i, azSay)) return NULL;
  size_t t = i + 1;
  /* ... past a date before "that": "had judged on March 20 that" */
  size_t iThat = that_after_date(c, t);
  if (iThat != SIZE_MAX) t = iThat;
  if (tok_is(c, t, "that")) t++;
  t = verdict_author_start(c, t);
  if (!tok_is(c, t, "the") && !tok_is(c, t, "'s")) return NULL;
  return verdict_act_label(c, i, t, pForms, pEnd);
}

/* Why: "the Kremlin said she should show proof", "Rahmon told Putin that
** Moscow must respect the region's states": what a speaker says another
** must do is a demand on it (100), as "demanded that Moscow respect" is.
** Contract: token i is "said" or "says" (or "told" and one mention), then
** "that" at most, an actor's mention (not "it" or "we", not a bare role nor
** the state of the subject right before the verb: one's own organs) or "he",
** "she", "they", then "must", "should", "has to", "had to", "needs to" or
** "ought to" -- adverbs allowed -- and a base verb (not "bear", "take",
** "pay", "expect", "face", "have" or "know": blame and threats have their
** own patterns). Returns the "demand" 100 pattern with *pEnd on that verb,
** which stays free for a hit of its own (modal_demand_superseded), else
** NULL (issue 4, session 44). */
static const VerbPattern *modal_demand_said_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azSay[] = {"said", "says", "told", "tells", NULL};
  static const char *const azMust[] = {"must", "should", NULL};
  static const char *const azHasTo[] = {"has", "had", "have", "needs", "needed", "ought", NULL};
  if (!tok_in(c, i, azSay) || i + 4 >= c->nTok) return NULL;
  size_t t = i + 1;
  if (tok_is(c, i, "told") || tok_is(c, i, "tells")) {   /* "told Putin that" */
    const Mention *pAud = NULL;
    for (size_t m = 0; m < c->nM && !pAud; m++)
      if (c->aM[m].i == t) pAud = &c->aM[m];
    if (!pAud || pAud->e >= c->nTok || !tok_is(c, pAud->e, "that")) return NULL;
    t = pAud->e;
  }
  if (tok_is(c, t, "that")) t++;
  const Mention *pWho = NULL;
  for (size_t m = 0; m < c->nM && !pWho; m++)
    if (c->aM[m].i == t || (c->aM[m].i == t + 1 && (tok_is(c, t, "the") || tok_is(c, t, "his") ||
                                                     tok_is(c, t, "her") || tok_is(c, t, "its") || tok_is(c, t, "their"))))
      pWho = &c->aM[m];
  size_t v = pWho ? pWho->e : SIZE_MAX;
  if (!pWho && t + 1 < c->nTok && (tok_is(c, t, "she") || tok_is(c, t, "he") || tok_is(c, t, "they"))) v = t + 1;
  if (v == SIZE_MAX || v + 1 >= c->nTok) return NULL;
  if (pWho && pWho->bPronoun && pWho->i == t && (tok_is(c, t, "it") || tok_is(c, t, "we"))) return NULL;
  /* ... nor one's own organs: "Syrian officials said the army must stay in
  ** Homs" (a bare role is the speaker's; a state of the speaker's own too) */
  if (pWho && pWho->pAgent && !pWho->pMain && !pWho->pCountry && !pWho->pPersonCountry) return NULL;
  const char *zWho = pWho ? (pWho->pCountry ? pWho->pCountry->zCountry : pWho->pMain ? pWho->pMain->zCountry : NULL)
                          : NULL;
  for (size_t m = c->nM; zWho && m-- > 0;) {
    const Mention *pS = &c->aM[m];
    if (pS->e > i || pS->bAside || pS->bLoc) continue;
    if (pS->e + 2 < i) break;   /* only the subject right before the verb */
    const char *zS = pS->pCountry ? pS->pCountry->zCountry : pS->pMain ? pS->pMain->zCountry : NULL;
    if (zS && !strncmp(zS, zWho, 3)) return NULL;
    break;
  }
  while (v < c->nTok && tok_adverb(c, v)) v++;
  if (v + 1 < c->nTok && tok_in(c, v, azMust)) v++;
  else if (v + 2 < c->nTok && tok_in(c, v, azHasTo) && tok_is(c, v + 1, "to")) v += 2;
  else return NULL;
  while (v < c->nTok && tok_adverb(c, v)) v++;
  /* ("must bear full responsibility" is blame: accusations.c) */
  if (v >= c->nTok || !c->aTok[v].bWord || c->aTok[v].bCap || tok_in(c, v, azBe) || tok_is(c, v, "not") ||
      tok_is(c, v, "never") || tok_is(c, v, "bear") || tok_is(c, v, "take") || tok_is(c, v, "pay") ||
      tok_is(c, v, "expect") || tok_is(c, v, "face") || tok_is(c, v, "have") || tok_is(c, v, "know"))
    return NULL;
  const VerbFormEntry *f = dict_forms(c->p, c->aTok[v].id);
  int bBase = 0;
  for (; f && !bBase; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL) bBase = (f->forms & VF_BASE) != 0;
  if (!bBase) return NULL;
  const VerbPattern *pDemand = lemma_pattern(c, "demand", "100");
  if (!pDemand) return NULL;
  const VerbFormEntry *fs = dict_forms(c->p, c->aTok[i].id);
  *pForms = fs ? fs->forms : VF_PAST;
  *pEnd = v;   /* the verb stays free: an act there is framed on its own (modal_demand_superseded) */
  return pDemand;
}

/* Contract: drops a demand modal_demand_said_hit made when a hit of the
** dictionary starts at the verb after its modal: "said Russia must withdraw
** its troops" is that act demanded (frames.c, 1056), not a bare 100. */
static void modal_demand_superseded(Coder *c, const VerbPattern *pDemand) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    static const char *const azSay[] = {"said", "says", "told", "tells", NULL};
    if (h->bDrop || h->pPat != pDemand || h->e <= h->i + 1 || !tok_in(c, h->i, azSay)) continue;
    int bAct = 0;
    for (size_t x = 0; x < c->nH && !bAct; x++) bAct = x != k && !c->aH[x].bDrop && c->aH[x].i == h->e;
    if (!bAct) continue;
    /* ... and the verb it took over reports again, so the act is framed */
    const int bTell = tok_is(c, h->i, "told") || tok_is(c, h->i, "tells");
    const VerbPattern *pSay = lemma_pattern(c, bTell ? "tell" : "say", "010");
    if (!pSay) {
      h->bDrop = 1;
      continue;
    }
    for (size_t t = h->i + 1; t < h->e; t++) c->aUsed[t] &= (uint8_t)~2;   /* its span is free again */
    h->pPat = pSay;
    h->zCode = pSay->zCode;
    h->e = h->eSpan = h->i + 1;
  }
}

/* Why: "Tusk told parliament the incursion was a large-scale provocation",
** "told reporters that the decision was a mistake": a verdict told to an
** audience condemns the act (111) as "said the <act> was <label>" does
** (verdict_said_hit), but "told parliament" is a statement pattern of its own
** (010) that the verdict never replaced. Contract: token i is "told"
** ("tells", "telling") followed by an audience word (parliament, reporters,
** journalists, lawmakers, legislators, MPs, deputies, senators, with "the"
** allowed), then "that" at most, "the", an act noun (one modifier before it
** at most), a copula and a condemning label; returns the "call" 111 pattern
** and sets *pEnd after the label, else NULL. */
static const VerbPattern *verdict_told_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azTell[] = {"told", "tells", "telling", NULL};
  static const char *const azAudience[] = {"parliament", "reporters", "journalists", "lawmakers", "legislators",
                                           "MPs", "deputies", "senators", NULL};
  if (!tok_in(c, i, azTell)) return NULL;
  size_t t = i + 1;
  if (tok_is(c, t, "the")) t++;
  if (t >= c->nTok || !tok_in(c, t, azAudience)) return NULL;
  t++;
  if (tok_is(c, t, "that")) t++;
  if (!tok_is(c, t, "the")) return NULL;
  return verdict_act_label(c, i, t, pForms, pEnd);
}

/* Why: wire copy puts a verdict after a placed "said" ("said on Friday that
** Iran's seizure of the tanker was unacceptable", "said the reactions of
** Western leaders were unacceptable"), which verdict_said_hit's adjacent
** "said the <act> was" misses. Contract: token i is a "said" (says, added)
** whose reported clause -- past a day or a medium ("on Twitter", "in a
** statement") and "that" -- opens with "the <act>" or "<Actor>'s <act>", an
** optional "of/by/for/against ..." tail, a copula and a condemning label;
** returns the "call" 111 pattern and sets *pEnd after the label, else NULL.
** Issue 4 judge28: also "told <audience> that", "a"/"an" before the act, a
** tail with an infinitive or a list of parties ("India's move to place Ladakh
** under direct rule", "a pact between the US, Britain and Australia") and
** "had been" as the copula. */
static const VerbPattern *verdict_said_far_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azSay[] = {"said", "says", "saying", "added", "stated", "declared", NULL};
  static const char *const azCopula[] = {"was", "were", "is", "are", NULL};
  static const char *const azAdjunct[] = {"on", "in", "at", "late", "earlier", NULL};
  static const char *const azTail[] = {"of", "by", "for", "against", "on", "in", "to", "from", "at", NULL};
  static const char *const azSpoken[] = {"speech", "speeches", "reaction", "reactions", "burning", "burnings",
                                         "use", "permission", "treatment", "behaviour", "behavior", "conduct",
                                         /* issue 4 judge28: plans, threats and approaches judged ("said Venezuela's
                                         ** plans to create a new state were a direct threat") */
                                         "plans", "threat", "approach", "guarantees", "version", "policies", NULL};
  static const char *const azStop[] = {",", ".", ";", ":", "and", "but", "that", "which", "because", "as", "since",
                                       "when", "while", "(", "if", "unless", NULL};
  static const char *const azJustify[] = {"aimed", "intended", "designed", "due", "likely", "expected", "set", "about",
                                          "still", "being", "held", "in", "on", "under", "at", "needed", "required",
                                          "meant", "revenge", "retaliation", "response", "answer", "defensive",
                                          "proportionate", "over", "ready", "possible", "underway", NULL};
  static const char *const azTold[] = {"told", "tells", NULL};
  int bTold = tok_in(c, i, azTold);
  if ((!tok_in(c, i, azSay) && !bTold) || i + 4 >= c->nTok) return NULL;
  size_t t = i + 1;
  /* "told him the decision was extremely regrettable": an object pronoun,
  ** then the clause with no "that" (issue 4 lead48) */
  static const char *const azObjPron[] = {"him", "her", "them", NULL};
  if (bTold && tok_in(c, t, azObjPron) && t + 1 < c->nTok && tok_is(c, t + 1, "the")) {
    t++;
  } else if (bTold || tok_in(c, t, azAdjunct)) {   /* "on Friday", "on Twitter", "in a statement", "told the conference": then "that" */
    size_t u = t + 1;
    while (u < c->nTok && u < t + 7 && !tok_is(c, u, "that") && !tok_in(c, u, azStop)) u++;
    if (u >= c->nTok || !tok_is(c, u, "that")) return NULL;
    t = u + 1;
  } else if (tok_is(c, t, "that")) t++;
  size_t n = SIZE_MAX;   /* the act noun */
  if (tok_is(c, t, "the") || tok_is(c, t, "a") || tok_is(c, t, "an")) {   /* "said a new security pact ... was" */
    n = t + 1;
    /* two modifiers at most, no verb among them ("a new security pact") */
    for (int k = 0; k < 2 && n + 1 < c->nTok && !tok_in(c, n, azReactionAct) && !tok_in(c, n, azSpoken) &&
                    (k == 0 || (c->aTok[n].bWord && !dict_forms(c->p, c->aTok[n].id)));
         k++)
      n++;
  } else {   /* "<Actor>'s [word] <act>" */
    for (size_t m = 0; m < c->nM && n == SIZE_MAX; m++)
      if (c->aM[m].i == t && !c->aM[m].bPronoun && c->aM[m].e < c->nTok && tok_is(c, c->aM[m].e, "'s")) {
        n = c->aM[m].e + 1;
        if (n < c->nTok && !tok_in(c, n, azReactionAct) && !tok_in(c, n, azSpoken)) n++;
      }
  }
  if (n == SIZE_MAX || n + 2 >= c->nTok || in_mention(c, n) || (!tok_in(c, n, azReactionAct) && !tok_in(c, n, azSpoken)))
    return NULL;
  size_t b = n + 1;
  if (tok_in(c, b, azTail) || tok_is(c, b, "between")) {   /* "of Western leaders", "of a British-flagged tanker in the Strait of Hormuz" */
    size_t u = b + 1;
    for (; u < c->nTok && u < b + 12 && !tok_in(c, u, azCopula); u++) {
      /* a list of parties in the tail ("between the United States, Britain and Australia") */
      if ((tok_is(c, u, ",") || tok_is(c, u, "and")) && u + 1 < c->nTok && in_mention(c, u + 1)) continue;
      if (tok_in(c, u, azStop)) break;
      if (in_mention(c, u) || !c->aTok[u].bWord || tok_in(c, u, azTail)) continue;
      const VerbFormEntry *f = dict_forms(c->p, c->aTok[u].id);
      /* an infinitive's verb and any bare form after it ("move to place Ladakh under direct federal rule") */
      if (f && !((f->forms & VF_BASE) && !(f->forms & (VF_PAST | VF_PP | VF_3S)))) break;
    }
    b = u;
  }
  /* "had been" / "has been" is the copula too ("said the treatment had been unacceptable") */
  if (b + 2 < c->nTok && (tok_is(c, b, "had") || tok_is(c, b, "has") || tok_is(c, b, "have")) && tok_is(c, b + 1, "been"))
    b++;
  if (b + 1 >= c->nTok || (!tok_in(c, b, azCopula) && !tok_is(c, b, "been"))) return NULL;
  return verdict_label(c, i, b + 1, azStop, azJustify, pForms, pEnd);
}

/* Why: "the Supreme Court ruled on Thursday that President Sirisena had
** broken the constitution", "..., ruling that Sall's decision to postpone the
** vote was unconstitutional", "the WTO ruled that they broke trade rules": a
** ruling that a party acted unlawfully finds it liable (116), and the act it
** judges is the ruling's content, not an event of its own (as an accusation
** is not the act it charges). Contract: token i is "ruled" or "rules", or
** "ruling" right after a comma; then, past at most five words of time or
** manner, "that" and a clause that names an unlawfulness (a word of
** azUnlawful) within sixteen words; returns the "rule against" 116 pattern
** with *pEnd after that word (the clause's acts inside the span are
** absorbed), else NULL. */
static const VerbPattern *court_ruling_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azRuled[] = {"ruled", "rules", NULL};
  static const char *const azUnlawful[] = {"unconstitutional", "illegal", "illegally", "unlawful", "unlawfully",
                                           "invalid", "void", "violated", "breached", "broken", "broke", "flouted",
                                           "guilty", "liable", NULL};
  static const char *const azStop[] = {".", ";", ":", "but", "because", "while", "(", NULL};
  if (!tok_in(c, i, azRuled) && !(tok_is(c, i, "ruling") && i > 0 && tok_is(c, i - 1, ","))) return NULL;
  size_t t = i + 1;
  while (t < c->nTok && t <= i + 5 && !tok_is(c, t, "that") && !tok_in(c, t, azStop) && !tok_is(c, t, ",")) t++;
  if (!tok_is(c, t, "that")) return NULL;
  size_t e = t + 1;
  while (e < c->nTok && e <= t + 16 && !tok_in(c, e, azStop) && !tok_in(c, e, azUnlawful)) e++;
  if (e >= c->nTok || !tok_in(c, e, azUnlawful)) return NULL;
  const VerbPattern *v = lemma_pattern(c, "rule", "116");
  if (!v) return NULL;
  const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
  *pForms = f ? f->forms : VF_PAST;
  *pEnd = e + 1;
  return v;
}

/* Contract: 1 when a mention starts at token t that names a person, or a
** role of people (civilians, activists, journalists ...) rather than an
** organ of state or a place; else 0. */
static int people_object_at(const Coder *c, size_t t) {
  static const char *const azPeople[] = {"CVL", "OPP", "ACT", "MED", "REF", "IMG", "SEP", "REB", "INS", "ELI", "LAB",
                                         "EDU", "BUS", "NGO", NULL};
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pM = &c->aM[m];
    if (pM->i != t || pM->bLoc || pM->bPronoun) continue;
    if (pM->pMain) return pM->pMain->kind == AK_PERSON;
    return pM->pAgent && pM->pAgent->zRole && str_listed(pM->pAgent->zRole, azPeople);
  }
  return 0;
}

/* Why: "Police are also holding Abu Bakar Bashir", "Yemeni security forces
** are holding more than a dozen people": "hold" with people as its object
** is detention (173), but the verb alone is no act ("held talks", "holds
** the presidency"), so the dictionary writes it only with "in custody" and
** the like. Contract: token i is an active form of "hold" with no pattern of
** its own; a person, or a role of people, follows it with at most a count
** between ("more than a dozen"), and no "responsible"/"accountable" verdict
** or hostage follows; returns the lemma's 173 pattern with *pEnd after the
** verb, else NULL. */
static const VerbPattern *held_person_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azHold[] = {"hold", "holds", "held", "holding", NULL};
  static const char *const azPassive[] = {"was", "were", "been", "being", "is", "are", "be", NULL};
  static const char *const azCount[] = {"more", "than", "a", "an", "about", "some", "at", "least", "nearly",
                                        "dozen", "of", "the", "several", "hundreds", "scores", NULL};   /* and amount_word */
  static const char *const azNot[] = {"responsible", "accountable", "liable", "hostage", "hostages", "captive",
                                      "captives", NULL};
  if (!tok_in(c, i, azHold) || i + 1 >= c->nTok) return NULL;
  if (tok_is(c, i, "held") && i > 0 && tok_in(c, i - 1, azPassive)) return NULL;   /* "was held in Najaf" */
  size_t t = i + 1;
  while (t < c->nTok && t <= i + 5 && !in_mention(c, t) && (tok_in(c, t, azCount) || amount_word(c, t))) t++;
  if (!people_object_at(c, t)) return NULL;
  for (size_t u = t; u < c->nTok && u <= t + 8; u++)
    if (tok_in(c, u, azNot)) return NULL;
  const VerbPattern *v = lemma_pattern(c, "hold", "173");
  if (!v) return NULL;
  const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
  *pForms = f ? f->forms : VF_PAST;
  *pEnd = i + 1;
  return v;
}

/* Why: "Odinga said the protests would continue every Monday", "Unions said
** the national strike would continue until the government withdrew police",
** "Chidambaram said operations against the rebels would continue": a side
** saying that its act named by a noun will go on states its own future act,
** the intent or threat the frames compose from "said it would V" (133 for
** protests and strikes, 138 for fighting), where the noun before "would" left
** the verb no act. Contract: token i is "continue" after "would" or "will",
** after an act noun of azGoOn (one word of tail at most, "against the
** rebels" up to five), after "the", "their", "its" or "our" (one modifier
** allowed), after a speech verb of azVow and "that" at most; returns the
** matching "continue" pattern (141, 143 or 190) with *pEnd after the verb,
** and *piTgt the party the act is aimed at when the noun's tail names one
** ("against the rebels"); else NULL. */
const VerbPattern *said_act_goes_on_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd, int *piTgt) {
  static const char *const azVow[] = {"said", "says", "vowed", "vows", "insisted", "warned", "declared", "announced",
                                      NULL};
  static const char *const azOwner[] = {"the", "their", "its", "our", NULL};
  static const char *const azProtest[] = {"protest", "protests", "demonstrations", "rallies", "marches", "sit-in",
                                          "blockade", "blockades", NULL};
  static const char *const azStrike[] = {"strike", "strikes", "walkout", "boycott", NULL};
  static const char *const azFight[] = {"operations", "operation", "offensive", "fighting", "attacks", "assault",
                                        "campaign", NULL};
  if (!tok_is(c, i, "continue") || i < 4 || !(tok_is(c, i - 1, "would") || tok_is(c, i - 1, "will"))) return NULL;
  size_t n = i - 2;   /* back over a tail: "against the rebels" */
  for (size_t k = 0; k < 5 && n > 2 && !tok_in(c, n, azProtest) && !tok_in(c, n, azStrike) && !tok_in(c, n, azFight); k++) n--;
  const char *zCode = tok_in(c, n, azProtest) ? "141" : tok_in(c, n, azStrike) ? "143" : tok_in(c, n, azFight) ? "190" : NULL;
  if (!zCode || n < 2) return NULL;
  size_t d = n - 1;
  if (!tok_in(c, d, azOwner) && !tok_in(c, d, azVow) && !tok_is(c, d, "that") && d > 0) d--;   /* one modifier: "the national strike" */
  size_t v = tok_in(c, d, azOwner) ? d - 1 : d;   /* or none: "said operations ... would continue" */
  if (v < 1) return NULL;
  if (tok_is(c, v, "that") && v > 0) v--;
  if (!tok_in(c, v, azVow)) return NULL;
  const VerbPattern *p = lemma_pattern(c, "continue", zCode);
  if (!p) return NULL;
  for (size_t m = 0; m < c->nM && *piTgt < 0; m++) {   /* "operations against the rebels" */
    const Mention *pm = &c->aM[m];
    if (!pm->bPronoun && !pm->bLoc && pm->i > n && pm->e < i) *piTgt = (int)m;
  }
  const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
  *pForms = f ? f->forms : VF_BASE;
  *pEnd = i + 1;
  return p;
}

/* "Qatari diplomats were given 48 hours to leave the UAE", "Two Russian
** diplomats were ordered to leave Poland": envoys told, in the passive, to
** leave a state are expelled by it (174). Token i is the "ordered" (asked,
** told, given) after "was"/"were"; the envoys' mention ends at that verb and
** the state left is named right after "leave". Sets the roles the passive
** turns round: *piSrc the state left, *piTgt the envoys. */
static const VerbPattern *passive_expulsion_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd, int *piSrc,
                                                int *piTgt) {
  static const char *const azTold[] = {"ordered", "asked", "told", "given", NULL};
  static const char *const azWere[] = {"was", "were", NULL};
  static const char *const azEnvoy[] = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
                                        "commissioner", "attache", "attaches", "consul", "charge", NULL};
  if (i < 2 || !tok_in(c, i, azTold) || !tok_in(c, i - 1, azWere)) return NULL;
  int iEnvoy = -1, iState = -1;
  size_t e = 0;
  for (size_t t = i + 1; t + 1 < c->nTok && t < i + 6 && !e; t++)
    if (tok_is(c, t, "to") && tok_is(c, t + 1, "leave")) e = t + 2;
  if (!e) return NULL;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e == i - 1 && mention_has(c, pm, azEnvoy)) iEnvoy = (int)m;
    if ((pm->i == e || (pm->i == e + 1 && tok_is(c, e, "the"))) && pm->pMain && !pm->pAgent &&
        (pm->pMain->kind == AK_COUNTRY || pm->pMain->kind == AK_CAPITAL))
      iState = (int)m;
  }
  if (iEnvoy < 0 || iState < 0) return NULL;
  const VerbPattern *v = lemma_pattern(c, "expel", "174");
  if (!v) return NULL;
  *pForms = VF_PAST;
  *pEnd = e;
  *piSrc = iState;
  *piTgt = iEnvoy;
  return v;
}

/* What a call is made to do ("called Putin to discuss the war", "telephoned
** them to congratulate them"): the call's topic, no act of its own. */
const char *const azTalkPurpose[] = {"discuss", "congratulate", "express", "offer", "thank", "convey",
                                     "wish", "brief", "extend", "review", "condole", NULL};

/* "Biden called Netanyahu on Tuesday", "Macron called Putin to discuss the
** war", "Erdogan called Aliyev.": a bare "called" whose object is a named
** leader or state, followed by a date, a purpose of talk or the end of the
** clause, is a telephone call (041). Any other word after the object makes it
** a naming ("called Putin a war criminal") or an appeal ("called on"). */
static const VerbPattern *phone_call_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azCall[] = {"called", "calls", "phoned", NULL};
  static const char *const azWhen[] = {"on", "late", "earlier", "last", "this", "yesterday", "today", "overnight",
                                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday", "several", "twice", "repeatedly", "again", "separately", NULL};
  if (!tok_in(c, i, azCall) || i + 1 >= c->nTok) return NULL;
  const Mention *pm = NULL;
  for (size_t m = 0; m < c->nM && !pm; m++)
    if (c->aM[m].i == i + 1) pm = &c->aM[m];
  /* (a leader may carry his title: "called Prime Ministers Costas Simitis and Tansu Ciller") */
  if (!pm || pm->bPronoun || !pm->pMain || (pm->pAgent && pm->pMain->kind != AK_PERSON) || pm->bLoc || pm->bPrep ||
      !(pm->pMain->kind == AK_PERSON || pm->pMain->kind == AK_COUNTRY || pm->pMain->kind == AK_CAPITAL ||
        pm->pMain->kind == AK_METONYM))
    return NULL;
  size_t t = pm->e;
  /* ... and the leaders listed with it: "called Simitis and Ciller several times" */
  for (int bMore = 1; bMore && t + 1 < c->nTok && (tok_is(c, t, "and") || tok_is(c, t, ","));) {
    bMore = 0;
    for (size_t m = 0; m < c->nM && !bMore; m++)
      if (c->aM[m].i == t + 1 && c->aM[m].pMain && c->aM[m].pMain->kind == AK_PERSON && !c->aM[m].bPronoun) {
        t = c->aM[m].e;
        bMore = 1;
      }
  }
  int bCall = t >= c->nTok || tok_is(c, t, ".") || tok_is(c, t, ";") ||
              (tok_in(c, t, azWhen) && !(tok_is(c, t, "on") && t + 1 < c->nTok && !c->aTok[t + 1].bCap)) ||
              (tok_is(c, t, "to") && tok_in(c, t + 1, azTalkPurpose)) ||
              (tok_is(c, t, "and") && t + 1 < c->nTok && (tok_is(c, t + 1, "discussed") || tok_is(c, t + 1, "urged")));
  if (!bCall) return NULL;
  /* the purpose is the call's topic, no act of its own */
  *pEnd = i + 1;
  for (size_t k = t; k < t + 5 && k + 1 < c->nTok && c->aTok[k].bWord; k++)
    if (tok_is(c, k, "to") && tok_in(c, k + 1, azTalkPurpose)) *pEnd = k + 2;
  return token_pattern(c, i, "041", pForms);
}

/* "Mali, Burkina Faso and Niger left ECOWAS", "said it would quit the
** African Union": leaving an international body named right after the verb
** reduces relations with it (160), as the dictionary's "leave ~ alliance"
** does for a body named by a common noun; a peacekeeping force and an
** agent of the body ("left the UN mission", "quit the OSCE observers") are
** no membership. The 160 pattern of leave, quit or exit, else NULL. */
static const VerbPattern *org_leave_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azLeave[] = {"leave", "leaves", "left", "leaving", "quit", "quits", "quitting",
                                        "exit", "exits", "exited", "exiting", NULL};
  if (!tok_in(c, i, azLeave) || i + 1 >= c->nTok) return NULL;
  size_t a = tok_is(c, i + 1, "the") ? i + 2 : i + 1;
  const Mention *pm = NULL;
  for (size_t m = 0; m < c->nM && !pm; m++)
    if (c->aM[m].i == i + 1 || c->aM[m].i == a) pm = &c->aM[m];
  if (!pm || pm->pAgent || pm->bLoc || !pm->pMain || pm->pMain->kind != AK_ORG ||
      strncmp(pm->pMain->zCode, "IGO", 3) || strstr(pm->pMain->zCode, "PKO"))
    return NULL;
  const VerbPattern *v = token_pattern(c, i, "160", pForms);
  if (v) *pEnd = i + 1;
  return v;
}

/* "Hamas freed Israeli soldier Gilad Shalit", "Iran frees the detained
** British sailor": "freed" or "frees" (never the adjective "free") with a
** person or a people role named right after it (an article or a count
** between) releases them (0841), as the dictionary's "free ~ hostages"
** does for the common nouns it lists; so do two or three capitalised words
** no mention holds followed by ", a" or ", an", a stranger the apposition
** then describes ("Russia freed Frode Berg, a Norwegian pensioner"); the
** 0841 pattern of free, else NULL (issue 4, sessions 41 and 53). */
static const VerbPattern *freed_person_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azFreed[] = {"freed", "frees", "freeing", NULL};
  if (!tok_in(c, i, azFreed) || i + 1 >= c->nTok) return NULL;
  size_t a = i + 1;
  while (a < c->nTok && a < i + 3 && (tok_in(c, a, azDet) || tok_number(c, a))) a++;
  const Mention *pm = NULL;
  for (size_t m = 0; m < c->nM && !pm; m++)
    if (c->aM[m].i == i + 1 || c->aM[m].i == a) pm = &c->aM[m];
  size_t e = a;   /* a stranger's name: "Frode Berg, a ..." */
  while (e < c->nTok && e < a + 3 && c->aTok[e].bCap && c->aTok[e].bWord && !in_mention(c, e)) e++;
  if (e >= a + 2 && e + 2 < c->nTok && tok_is(c, e, ",") && (tok_is(c, e + 1, "a") || tok_is(c, e + 1, "an"))) {
    const VerbPattern *v = token_pattern(c, i, "0841", pForms);
    if (v) *pEnd = i + 1;
    return v;
  }
  if (!pm || pm->bLoc || pm->bPronoun) return NULL;
  int bPerson = pm->pMain && pm->pMain->kind == AK_PERSON;
  int bPeople = pm->pAgent && !pm->pMain && pm->pAgent->zRole && strcmp(pm->pAgent->zRole, "GOV") &&
                strcmp(pm->pAgent->zRole, "LEG") && strcmp(pm->pAgent->zRole, "JUD");
  if (!bPerson && !bPeople) return NULL;
  const VerbPattern *v = token_pattern(c, i, "0841", pForms);
  if (v) *pEnd = i + 1;
  return v;
}

/* Contract: when token t is a comma that closes an aside opened by a comma
** at most ten tokens before it whose first word is a past participle the
** dictionary knows and whose second is "by" (", brokered by the United
** States and France,"), the opening comma's index; else SIZE_MAX. Why: the
** mediator's aside cut a truce's noun off its verb ("A truce between Israel
** and Hezbollah, brokered by Washington, took effect" gave no event) (issue
** 4 mideast16). */
static size_t by_aside_open(const Coder *c, size_t t) {
  if (!tok_is(c, t, ",")) return SIZE_MAX;
  for (size_t u = t; u-- > 0 && u + 10 >= t;) {
    if (tok_is(c, u, ".") || clause_break(c, u)) return SIZE_MAX;
    if (!tok_is(c, u, ",")) continue;
    if (u + 3 > t || !tok_is(c, u + 2, "by")) return SIZE_MAX;
    uint32_t f = 0;
    for (const VerbFormEntry *g = dict_forms(c->p, c->aTok[u + 1].id); g;
         g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
      f |= g->forms;
    return (f & VF_PP) ? u : SIZE_MAX;
  }
  return SIZE_MAX;
}

/* Is token t a noun of a truce: "ceasefire", "truce", "armistice", or the
** "fire" of a tokenised "cease-fire"? */
static int truce_noun_at(const Coder *c, size_t t) {
  static const char *const azTruce[] = {"ceasefire", "truce", "armistice", "fire", NULL};
  return tok_in(c, t, azTruce) && (!tok_is(c, t, "fire") || (t > 1 && tok_is(c, t - 2, "cease")));
}

/* "A ceasefire between Israel and Hezbollah took effect", "a truce between
** Ethiopia and the TPLF began on Friday", "... came into force": a truce
** whose subject names its two sides after "between" and that takes effect
** is their joint ceasefire (0871), which between_sides codes both ways.
** Contract: returns the end of the effect verb's phrase when token i is
** such a verb (take effect, begin, come/enter/go into force or effect) after
** a truce noun and "between" in its clause, with *piNoun the noun; else 0. */
size_t truce_effect_verb(const Coder *c, size_t i, size_t *piNoun) {
  static const char *const azTake[] = {"took", "takes", "take", "taking", NULL};
  static const char *const azBegin[] = {"began", "begins", "begun", "started", "starts", NULL};
  static const char *const azInto[] = {"came", "comes", "entered", "enters", "went", "goes", NULL};
  size_t e = 0;
  if (tok_in(c, i, azTake) && tok_is(c, i + 1, "effect")) e = i + 2;
  else if (tok_in(c, i, azBegin)) e = i + 1;
  else if (tok_in(c, i, azInto) && tok_is(c, i + 1, "into") && (tok_is(c, i + 2, "force") || tok_is(c, i + 2, "effect")))
    e = i + 3;
  if (!e) return 0;
  int bBetween = 0;
  size_t nAside = 0;   /* ", brokered by France," between the truce and its verb */
  for (size_t t = i; t-- > 0 && t + 12 + nAside > i;) {
    size_t o = by_aside_open(c, t);
    if (o != SIZE_MAX) {
      nAside += t - o + 1;
      t = o;
      continue;
    }
    if (tok_is(c, t, ",") || tok_is(c, t, ".") || clause_break(c, t)) break;
    if (tok_is(c, t, "between")) bBetween = 1;
    if (truce_noun_at(c, t) && bBetween) {
      *piNoun = t;
      return e;
    }
  }
  return 0;
}

/* The 0871 hit of truce_effect_verb, from the "begin ~ truce" pattern;
** NULL when token i is no such verb. */
static const VerbPattern *truce_effect_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd, size_t *piNoun) {
  size_t e = truce_effect_verb(c, i, piNoun);
  if (!e) return NULL;
  const VerbPattern *v = lemma_pattern(c, "begin", "0871");
  if (!v) return NULL;
  uint32_t f = token_forms(c, i);
  *pForms = f ? f : VF_PAST;
  *pEnd = e;
  return v;
}

/* Contract: at token i a form of "violate", "break" or "breach" followed
** by "it" when a truce noun (truce_noun_at) stands earlier in the sentence
** gives the "violate ~ ceasefire" pattern (196) with *pEnd after "it"; else
** NULL. Why: "signed
** a ceasefire in January, but both sides have repeatedly violated it", "agreed
** to a truce but broke it within hours": the pronoun is the truce the
** clause before names, and the violation was lost, "violate" alone being
** no act (issue 4 lead34). */
static const VerbPattern *truce_pronoun_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azBreak[] = {"violate", "violates", "violated", "violating", "break", "breaks", "broke",
                                        "breaking", "breach", "breaches", "breached", "breaching", NULL};
  if (i + 1 >= c->nTok || !tok_in(c, i, azBreak) || !tok_is(c, i + 1, "it")) return NULL;
  int bTruce = 0;
  for (size_t t = 0; t < i && !bTruce; t++) bTruce = truce_noun_at(c, t);
  if (!bTruce) return NULL;
  const VerbPattern *v = lemma_pattern(c, "violate", "196");
  if (!v) return NULL;
  uint32_t f = token_forms(c, i);
  *pForms = f ? f : VF_PAST;
  *pEnd = i + 2;
  return v;
}

/* Contract: 1 if mention m is an armed force: a role of soldiers, rebels,
** insurgents or irregulars, or an armed group by its code. */
int armed_mention(const Mention *m) {
  static const char *const azArmed[] = {"MIL", "REB", "INS", "UAF", NULL};
  for (const char *const *z = azArmed; *z; z++) {
    if (m->pAgent && m->pAgent->zRole && !strcmp(m->pAgent->zRole, *z)) return 1;
    if (m->pMain && m->pMain->kind == AK_ORG && m->pMain->zCode && strstr(m->pMain->zCode, *z)) return 1;
  }
  return 0;
}

/* Contract: "Kharkiv came under Russian missile attack", "the convoy came
** under fire from Israeli troops", "Odesa came under heavy shelling": the
** subject that comes under an attack, fire or shelling is its target, and
** the state or group the attack's modifier or a "from"/"by" names is its
** source. At "come" followed by "under", an attack noun within four words
** (and a sentence subject right before) gives the noun's pattern with roles
** forced: *piSrc the attacker (-1 when unnamed: no event), *piTgt the
** subject; the code is the weapon's (194 shelling, 195 air and missile, else
** the noun's 190 or 193). Why: the construction gave no event at all. */
static const VerbPattern *came_under_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd, int *piSrc,
                                         int *piTgt, const char **pzCode) {
  static const char *const azCome[] = {"came", "come", "comes", "coming", NULL};
  static const char *const azAttack[] = {"attack", "attacks", "fire", "shelling", "bombardment", "assault",
                                         "airstrikes", "strikes", NULL};
  static const char *const azShell[] = {"shelling", "artillery", "mortar", "tank", NULL};
  static const char *const azAir[] = {"missile", "missiles", "drone", "drones", "air", "airstrikes", "rocket", "rockets",
                                      "bombardment", "aerial", NULL};
  if (i == 0 || i + 2 >= c->nTok || !tok_in(c, i, azCome) || !tok_is(c, i + 1, "under")) return NULL;
  size_t n = 0;
  for (size_t t = i + 2; t < c->nTok && t < i + 7 && !n; t++) {
    if (tok_is(c, t, ",") || clause_break(c, t)) break;
    if (tok_in(c, t, azAttack)) n = t;
  }
  if (!n) return NULL;
  int iTgt = -1, iSrc = -1;
  size_t b = i;
  if (b > 0 && tok_adverb(c, b - 1)) b--;
  if (b > 0 && (tok_is(c, b - 1, "had") || tok_is(c, b - 1, "has") || tok_is(c, b - 1, "have"))) b--;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->e == b && !pm->bLoc && !pm->bAside) iTgt = (int)m;
    if (iSrc < 0 && pm->i > i + 1 && pm->i <= n && !pm->bLoc) iSrc = (int)m;   /* "under Russian attack" */
  }
  if (iTgt < 0) return NULL;
  if (iSrc < 0 && n + 2 < c->nTok && (tok_is(c, n + 1, "from") || tok_is(c, n + 1, "by")))
    for (size_t m = 0; m < c->nM && iSrc < 0; m++)
      if (c->aM[m].i >= n + 2 && c->aM[m].i <= n + 3) iSrc = (int)m;   /* "under fire from Israeli troops" */
  const char *zCode = "190";
  for (size_t t = i + 2; t <= n; t++) {
    if (tok_in(c, t, azShell)) zCode = "194";
    else if (tok_in(c, t, azAir)) zCode = "195";
  }
  if (!strcmp(zCode, "190") && tok_is(c, n, "fire")) zCode = "193";
  const VerbPattern *v = token_pattern(c, n, "190", pForms);
  if (!v) v = token_pattern(c, n, "194", pForms);
  if (!v) v = token_pattern(c, n, "195", pForms);
  if (!v) v = token_pattern(c, n, "193", pForms);
  if (!v) return NULL;
  *pEnd = n + 1;
  *piSrc = iSrc;
  *piTgt = iTgt;
  *pzCode = zCode;
  return v;
}

/* "Hayat Tahrir al-Sham fighters entered Damascus", "M23 rebels entered
** Goma": an armed force that enters a named city, capital, region or state
** takes it (192), as the dictionary's "enter ~ town|city|capital" does for a place
** named by a common noun. Only an armed subject right before the verb ("the
** president entered Kyiv" is a visit, "entered talks" no place), or before
** "had", "has" or "have" ("the M23 said it had taken Goma"). "took",
** "taken" and the other forms of "take" right before a named place are the
** same capture ("Rebel fighters under the command of HTS took Damascus"),
** not a place's possessive ("took Kyiv's offer"). The 192 pattern of the
** verb, else NULL. */
static const VerbPattern *armed_entry_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd) {
  static const char *const azEnter[] = {"entered", "enter", "enters", "entering", "took", "taken", "take",
                                        "takes", "taking", NULL};
  static const char *const azAux[] = {"had", "has", "have", NULL};
  if (i == 0 || !tok_in(c, i, azEnter) || i + 1 >= c->nTok) return NULL;
  size_t iSubjEnd = tok_in(c, i - 1, azAux) ? i - 1 : i;
  int bArmed = 0, bPlace = 0;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    bArmed |= (pm->e == i || pm->e == iSubjEnd) && !pm->bLoc && armed_mention(pm);
    /* ... or a state: "Senegalese troops entered Gambia" (issue 4 force25) */
    bPlace |= pm->i == i + 1 && !pm->pAgent && pm->pMain && !pm->pMain->bRegion &&
              (pm->pMain->kind == AK_CAPITAL || pm->pMain->kind == AK_PLACE || pm->pMain->kind == AK_COUNTRY) &&
              !(pm->e < c->nTok && tok_is(c, pm->e, "'s"));
  }
  if (!bArmed || !bPlace) return NULL;
  const VerbPattern *v = token_pattern(c, i, "192", pForms);
  if (v) *pEnd = i + 1;
  return v;
}

/* "Putin landed in Pyongyang early on Wednesday": a named office holder who
** lands in a state's capital, or in a state, arrives on a visit (042). Only
** a person right before "landed" (or before an apposition that ends there:
** "Abiy Ahmed, Ethiopia's prime minister, landed in ...") and a place right
** after "in" or "at". A plane, an army or "the forced landing in Minsk" is
** no visit. Contract: *pEnd is one past the preposition, whose index is
** *pPrep (the pattern's literal, so the place after it is the visit's
** target, as "arrived in" makes it). */
static const VerbPattern *official_landing_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd,
                                               size_t *pPrep) {
  /* ... "lands" in a headline's present ("Pelosi lands in Taiwan") */
  size_t p = i + 1;   /* the preposition */
  if (i == 0 || p >= c->nTok || !(tok_is(c, i, "landed") || tok_is(c, i, "lands")) ||
      !(tok_is(c, p, "in") || tok_is(c, p, "at")))
    return NULL;
  /* the end of the subject before an apposition: "Abiy Ahmed, Ethiopia's
  ** reformist prime minister, landed" (at most nine tokens between commas) */
  size_t iSubjEnd = i;
  if (tok_is(c, i - 1, ","))
    for (size_t j = i - 1; j-- > 0 && i - j < 11;)
      if (tok_is(c, j, ",")) {
        iSubjEnd = j;
        break;
      }
  int bPerson = 0, bPlace = 0;
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (!pm->pMain) continue;
    bPerson |= (pm->e == i || pm->e == iSubjEnd) && pm->pMain->kind == AK_PERSON;
    bPlace |= pm->i == p + 1 && !pm->pAgent && (pm->pMain->kind == AK_CAPITAL || pm->pMain->kind == AK_COUNTRY);
  }
  if (!bPerson || !bPlace) return NULL;
  const VerbPattern *v = token_pattern(c, i, "042", pForms);
  if (v) *pEnd = p + 1, *pPrep = p;
  return v;
}

/* "began training Belarusian special operations forces": after a verb of
** aspect (begin, start, continue, resume, stop) the -ing form right after it
** is the act, so a pattern of the aspect verb whose gap swallows that
** gerund ("begin ~ operations") does not match; the gerund's own pattern
** codes the clause. True when token i + 1 is such a gerund, not a literal
** of the match aLit[0..nLit). */
static int gerund_after_aspect(const Coder *c, size_t i, const size_t *aLit, int nLit) {
  static const char *const azAspect[] = {"began", "begun", "begins", "begin", "beginning", "started", "starts",
                                         "start", "starting", "continued", "continues", "continue",
                                         "continuing", "resumed", "resumes", "resume", "resuming", NULL};
  if (i + 1 >= c->nTok || !tok_in(c, i, azAspect)) return 0;
  for (int x = 0; x < nLit; x++)
    if (aLit[x] == i + 1) return 0;
  for (const VerbFormEntry *g = dict_forms(c->p, c->aTok[i + 1].id); g;
       g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
    if ((g->forms & VF_ING) && dict_patterns(c->p, g->lemma) >= 0) return 1;
  return 0;
}

/* "in a Security Council meeting", "at the NATO summit meeting", "during
** an EU Council hearing": an -ing form after a run of capitalised words
** that a determiner or possessive opens is the head of a noun phrase
** naming an occasion, not the verb of the clause. */
static int ing_after_named_modifier(const Coder *c, size_t i) {
  size_t t = i;
  while (t > 0 && i - t < 4 && c->aTok[t - 1].bWord && c->aTok[t - 1].bCap) t--;
  if (t == i || t == 0) return 0;
  return tok_in(c, t - 1, azDet) || tok_is(c, t - 1, "'s");
}

/* "urged Sweden to stop arming Kurdish militants", "Russia stopped supplying
** gas": an -ing form right after a bare "stop", "cease" or "halt" that no
** pattern took names the act that ends, which no one does by saying so; 1
** when token i is such a form. A pattern that starts at the aspect verb
** ("stop ~ attacks") has already claimed both tokens. */
static int ended_act(const Coder *c, size_t i) {
  static const char *const azEnd[] = {"stop",   "stops",  "stopped", "stopping", "cease", "ceases", "ceased",
                                      "ceasing", "halt",  "halts",   "halted",   "quit",  "quits",  NULL};
  return i > 0 && !c->aUsed[i - 1] && tok_in(c, i - 1, azEnd) && tok_ing(c, i);
}

/* Contract: 1 when token i is an -ing form right after "from" that a
** verb of prevention before it in the clause governs -- "stopped the U.S.
** ambassador from visiting him", "barred the opposition leader from
** leaving the country" -- the act that did not happen, which the one kept
** from it does not do. Why: the prevented visit was coded as made (issue 4
** regional). */
static int prevented_act(const Coder *c, size_t i) {
  static const char *const azKeep[] = {"stop", "stops", "stopped", "stopping", "prevent", "prevents", "prevented",
                                       "preventing", "bar", "bars", "barred", "barring", "block", "blocks",
                                       "blocked", "blocking", "ban", "bans", "banned", "banning", "keep", "keeps",
                                       "kept", "keeping", "deter", "deterred", "prohibit", "prohibited", "forbid",
                                       "forbade", "forbidden", "restrain", "restrained", "dissuade", "dissuaded",
                                       NULL};
  if (i < 2 || !tok_is(c, i - 1, "from") || !tok_ing(c, i)) return 0;
  for (size_t t = i - 1; t-- > 0 && t + 12 > i;) {
    if (clause_break(c, t)) return 0;   /* commas may close an apposition: "stopped X, the envoy, from" */
    if (tok_in(c, t, azKeep)) return 1;
  }
  return 0;
}

/* "Israel and Hamas agreed to a ceasefire deal brokered by Qatar": a past
** participle right after a joint act, with its agent after "by", describes
** the act's object and leaves the verb without another one, as a
** preposition there would. 1 when token i opens such a participle. */
int agent_participle_after(const Coder *c, size_t i) {
  if (i + 1 >= c->nTok || !tok_is(c, i + 1, "by") || c->aTok[i].bCap) return 0;
  if (tok_past_ed(c, i)) return 1;
  for (const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id); f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL)
    if (f->forms & (VF_PAST | VF_PP)) return 1;
  return 0;
}

/* Contract: true when token m reads as a describing word before an occasion
** noun: an adjective by its ending ("regular", "daily", "special",
** "informal") or a noun that names the medium or urgency of a meeting
** ("press", "news", "emergency"). Why: a common noun there ("a resolution
** calling for", "a statement condemning") takes the -ing form as its
** participle, which is the act. */
static int occasion_modifier(const Coder *c, size_t m) {
  static const char *const azMedium[] = {"press", "news", "media", "emergency", "video", "phone", "telephone", NULL};
  static const char *const azAdjEnd[] = {"al", "ar", "ly", "ic", "ive", "ous", "ary", "ful", "ible", "able", NULL};
  if (tok_in(c, m, azMedium)) return 1;
  const Token *t = &c->aTok[m];
  size_t n = t->end - t->start;
  for (const char *const *z = azAdjEnd; *z; z++) {
    size_t k = strlen(*z);
    if (n > k + 2 && !strncmp(c->z + t->end - k, *z, k)) return 1;
  }
  return 0;
}

/* Contract: true when the -ing form at token i heads a noun phrase that a
** determiner and one describing word (occasion_modifier) open ("told a regular briefing
** on Thursday", "at the daily briefing", "an emergency meeting"). Why: the
** gerund is then the name of an occasion, not the clause's verb; a plural,
** actor or past-participle word between them keeps the verb reading
** ("their leaders meeting in Abuja", "the rebels, after fighting"). */
static int ing_after_det_modifier(const Coder *c, size_t i) {
  if (i < 2 || !tok_ing(c, i)) return 0;
  size_t m = i - 1;
  const Token *t = &c->aTok[m];
  if (!t->bWord || t->bCap || in_mention(c, m) || plural_word(c, m)) return 0;
  if (tok_in(c, m, azFollow) || tok_in(c, m, azDet) || tok_in(c, m, azPrep) || tok_is(c, m, "to") || tok_ing(c, m))
    return 0;
  for (const VerbFormEntry *g = dict_forms(c->p, t->id); g; g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
    if (g->forms & (VF_PAST | VF_PP)) return 0;
  return tok_in(c, i - 2, azDet) && occasion_modifier(c, m);
}

/* Contract: true when the -ing form at token i names the kind of a place,
** craft or programme that follows it, after a determiner and one word ("a
** gendarmerie training school", "a police training centre", "a Chinese
** fishing boat"): the word after it is one of azKindHead. Why: "Militants
** attacked a gendarmerie training school and the military airport" coded
** the militants training the army (062; issue 4 lead34). */
static int ing_kind_modifier(const Coder *c, size_t i) {
  static const char *const azKindHead[] = {"school", "schools", "camp", "camps", "centre", "center", "centres",
                                           "centers", "academy", "college", "facility", "facilities", "ground",
                                           "grounds", "range", "boat", "boats", "vessel", "vessels", "craft",
                                           "programme", "program", "course", "courses", "mission", "flight",
                                           "flights", "season", "area", "zone", NULL};
  static const char *const azKindDet[] = {"a", "an", "the", "its", "their", NULL};
  if (i < 2 || i + 1 >= c->nTok || !tok_ing(c, i) || !tok_in(c, i + 1, azKindHead)) return 0;
  return c->aTok[i - 1].bWord && tok_in(c, i - 2, azKindDet) && !tok_in(c, i - 1, azFollow);
}

/* Why: "Nigerian authorities re-arrested Nnamdi Kanu", "Washington re-imposed
** sanctions": a verb written with the prefix "re-" is the verb, done again,
** not the second half of a compound adjective ("Saudi-led"). Contract: 1 when
** token i is glued to a "-" glued to a word "re" that starts no longer word. */
static int redo_prefix(const Coder *c, size_t i) {
  if (i < 2 || !tok_is(c, i - 2, "re") || c->aTok[i - 2].end != c->aTok[i - 1].start) return 0;
  return i == 2 || c->aTok[i - 3].end != c->aTok[i - 2].start;
}

/* Contract: the end of consultation (root 04) pattern v's match ending at
** token e, pushed over a second noun of the same final literal set right after it ("held a summit
** meeting with", "summit talks"), else e; why: the first noun closed the
** match and the second was read as a verb of its own ("meeting with ..."),
** which took the partner and lost the talks (issue 4 readout). */
static size_t same_slot_noun_after(const Coder *c, const VerbPattern *v, size_t e) {
  if (!v || v->nSlot == 0 || e == 0 || e >= c->nTok || strncmp(v->zCode, "04", 2)) return e;
  const VerbSlot *sl = &v->aSlot[v->nSlot - 1];
  if (sl->bGap || sl->nTok < 2 || c->aTok[e - 1].id == c->aTok[e].id) return e;
  int bPrev = 0, bNext = 0;
  for (uint32_t k = 0; k < sl->nTok; k++) {
    bPrev |= sl->aTok[k] == c->aTok[e - 1].id;
    bNext |= sl->aTok[k] == c->aTok[e].id;
  }
  return bPrev && bNext ? e + 1 : e;
}

/* Contract: 1 when the word before token i -- over "has", "had", "have",
** "also" and adverbs -- is a natural cause ("the virus has killed", "floods
** killed", "the earthquake destroyed"). Why: a disease or a disaster is no
** agent, so its verb is no event (the gold conventions: acts without an
** identifiable agent, natural disasters as subjects); the verb took the
** speaker of the sentence as its source ("The WHO says the virus has killed
** ..." was the WHO's mass killing, issue 4 tens). */
static int natural_cause_subject(const Coder *c, size_t i) {
  static const char *const azCause[] = {"virus", "viruses", "outbreak", "outbreaks", "epidemic", "epidemics",
                                        "pandemic", "disease", "diseases", "cholera", "ebola", "malaria", "measles",
                                        "flood", "floods", "flooding", "earthquake", "earthquakes", "quake",
                                        "quakes", "tsunami", "cyclone", "hurricane", "typhoon", "storms",
                                        "landslide", "landslides", "mudslide", "mudslides", "drought", "famine",
                                        "heatwave", "avalanche", "eruption", "wildfire", "wildfires", NULL};
  size_t b = i;
  while (b > 0 && (tok_is(c, b - 1, "has") || tok_is(c, b - 1, "had") || tok_is(c, b - 1, "have") ||
                   tok_is(c, b - 1, "also") || tok_adverb(c, b - 1)))
    b--;
  return b > 0 && tok_in(c, b - 1, azCause) && !in_mention(c, b - 1);
}

/* Contract: 1 when verb token i kills, wounds or injures and its subject
** (over "has", "had", "have", "also" and adverbs) is an event noun that
** names no doer: "the attack killed", "Syria's civil war has killed", "an
** explosion at the port killed" -- a harm noun whose own modifiers hold no actor (a possessive
** only before "civil war"), optionally followed by "at", "in", "near", "on",
** "of" or "between" and up to seven words (glued hyphens count with their words:
** "at al-Aqsa hospital") without a comma, "by" or a relative pronoun; a
** relative clause between commas may stand before the verb ("the war, which
** began in 2019, has killed"). A diffuse harm noun -- war, violence, conflict,
** fighting -- may carry any modifier ("jihadist violence", "the country's
** war"): its death toll is a statistic, not one side's act.
** Why: the verb took its source from inside the noun's phrase or from
** context, though the gold conventions code acts with no identifiable
** agent as no event; "an Israeli air strike killed" or "an attack by X" names its doer and stays
** (issue 4 lone28). */
static int doerless_harm_subject(const Coder *c, size_t i) {
  static const char *const azHarm[] = {"war", "explosion", "explosions", "blast", "blasts", "attack", "attacks",
                                       "violence", "fighting", "conflict", "clashes", NULL};
  static const char *const azDiffuse[] = {"war", "violence", "fighting", "conflict", NULL};
  static const char *const azPrepAt[] = {"at", "in", "near", "on", "of", "between", NULL};
  static const char *const azDetH[] = {"a", "an", "the", NULL};
  static const char *const azHurt[] = {"killed", "kills", "kill", "wounded", "wounds", "injured", "injures", NULL};
  if (!tok_in(c, i, azHurt)) return 0;   /* an object's noun ("condemned the attacks on X and urged") is no subject */
  static const char *const azRelH[] = {"which", "who", "whom", "that", "where", NULL};
  size_t b = i;
  while (b > 0 && (tok_is(c, b - 1, "has") || tok_is(c, b - 1, "had") || tok_is(c, b - 1, "have") ||
                   tok_is(c, b - 1, "also") || tok_adverb(c, b - 1)))
    b--;
  if (b == 0) return 0;
  /* ... over a relative clause between commas: "the war, which began in 2019, has killed" */
  if (tok_is(c, b - 1, ",")) {
    size_t r = b - 1;
    while (r > 1 && r + 16 > b && !tok_is(c, r - 1, ",")) r--;
    if (r > 1 && r + 16 > b && tok_in(c, r, azRelH) && tok_is(c, r - 1, ",")) b = r - 1;
  }
  if (b == 0) return 0;
  size_t h = b - 1;
  if (!tok_in(c, h, azHarm)) {
    /* ... over a place phrase after the noun: "an explosion at Beirut's port" */
    size_t t = h, n = 0;
    while (t > 0 && n < 8 &&
           (c->aTok[t].bWord || (tok_is(c, t, "-") && c->aTok[t - 1].end == c->aTok[t].start)) &&
           !tok_is(c, t, "by") && !tok_in(c, t, azRelH) && !(tok_in(c, t, azPrepAt) && tok_in(c, t - 1, azHarm)))
      t--, n++;
    if (t == 0 || !tok_in(c, t, azPrepAt) || !tok_in(c, t - 1, azHarm)) return 0;
    h = t - 1;
  }
  if (in_mention(c, h)) return 0;
  if (tok_in(c, h, azDiffuse)) return 1;
  /* the noun's own modifiers, back to its determiner: no actor among them */
  int bCivil = tok_is(c, h, "war") && h > 0 && tok_is(c, h - 1, "civil");
  for (size_t t = h; t-- > 0;) {
    if (tok_in(c, t, azDetH) || !c->aTok[t].bWord) break;
    if (tok_is(c, t, "'s") && bCivil) break;
    if (in_mention(c, t)) return 0;
  }
  return 1;
}

/* Contract: 1 when token i is a publishing participle ("released",
** "posted", "published", "issued", "aired", "shared", "circulated",
** "leaked", "broadcast", "uploaded") right after a document or media noun
** ("in a video released on Monday", "a statement posted online"). Why: it is
** a reduced relative that tells how the document came out, not an act;
** "released" was coded a release of persons (0841), and its pattern's gap
** swallowed the act the document reports ("said in a video released on
** Monday that his group had kidnapped ...", issue 4 tens). */
static int published_participle(const Coder *c, size_t i) {
  static const char *const azMedia[] = {"video", "videos", "statement", "statements", "footage", "recording",
                                        "recordings", "audio", "tape", "tapes", "message", "messages", "report",
                                        "reports", "communique", "letter", "photos", "photographs", "images",
                                        "clip", "clips", "document", "documents", "transcript", "declaration",
                                        "interview", "speech", "post", "map", "maps", "data", "figures", "list",
                                        "draft", "text", "results", NULL};   /* "a new political map released by Nepal" */
  static const char *const azPublish[] = {"released", "posted", "published", "issued", "aired", "shared",
                                          "circulated", "leaked", "broadcast", "uploaded", NULL};
  return i > 0 && tok_in(c, i, azPublish) && tok_in(c, i - 1, azMedia);
}

/* 1 when a date that is no noun's modifier ends right before token i: "on
** March 21 demanded", not "the Nov. 13 bombing" (a determiner before the
** date makes it name the act). */
static int after_adverbial_date(const Coder *c, size_t i) {
  static const char *const azDateDet[] = {"the", "a", "an", "'s", "its", "their", "his", "her", "this", "that", NULL};
  if (i == 0 || !(c->aKind[i - 1] & TK_IN_DATE)) return 0;
  size_t b = i - 1;
  while (b > 0 && (c->aKind[b - 1] & TK_IN_DATE)) b--;
  return b == 0 || !tok_in(c, b - 1, azDateDet);
}

int find_verbs(Coder *c) {
  c->nH = 0;
  coordinated_predicates(c);
  memset(c->aUsed, 0, c->nTok);
  size_t iCause = SIZE_MAX, nHCause = 0;   /* the last verb of a natural cause, and the hits then */
  size_t aLit[40], aBestLit[40];
  int bNegNext = 0;
  /* a headline capitalises every word: no name can be told from a verb there */
  size_t nWord = 0, nCapWord = 0;
  for (size_t t = 0; t < c->nTok; t++)
    if (c->aTok[t].bWord) nWord++, nCapWord += c->aTok[t].bCap != 0;
  int bHeadline = nCapWord * 2 >= nWord;
  size_t iNegAt = 0;   /* the token the negated act's verb stands at: "failing to pay taxes it owes, which
                       ** the company denies" negates "pay", never a later hit (issue 4 lead36) */
  for (size_t i = 0; i < c->nTok; i++) {
    if (c->aUsed[i] || in_mention(c, i) || !c->aTok[i].bWord) continue;
    /* "failed to reach a deal": the inner act, negated (issue 2's rule) */
    static const char *const azFail[] = {"fail", "fails", "failed", "failing", NULL};
    /* ... but failing one's commitments is itself an act, defiance (128:
    ** "said Tehran had failed to meet its commitments", issue 4 lead38) */
    static const char *const azPledged[] = {"commitments", "commitment", "obligations", "obligation", "pledges",
                                            "promises", NULL};
    int bFailedPledge = 0;
    for (size_t t = i + 3; t < c->nTok && t <= i + 7 && !bFailedPledge; t++) bFailedPledge = tok_in(c, t, azPledged);
    if (tok_in(c, i, azFail) && i + 2 < c->nTok && tok_is(c, i + 1, "to") && dict_forms(c->p, c->aTok[i + 2].id) &&
        !bFailedPledge) {
      bNegNext = 1;
      iNegAt = i + 2;
      continue;
    }
    if (ended_act(c, i)) continue;
    if (prevented_act(c, i)) continue;
    size_t nLead = negating_lead(c, i);
    if (nLead) {
      bNegNext = 1;
      i += nLead - 1;
      iNegAt = i + 1;
      continue;
    }
    /* "had no plans to attack NATO", "has no intention of invading": the
    ** inner act, negated */
    if (tok_is(c, i, "no") && i + 3 < c->nTok &&
        (tok_is(c, i + 1, "plans") || tok_is(c, i + 1, "plan") || tok_is(c, i + 1, "intention") ||
         tok_is(c, i + 1, "intentions")) &&
        (tok_is(c, i + 2, "to") || tok_is(c, i + 2, "of")) && dict_forms(c->p, c->aTok[i + 3].id)) {
      bNegNext = 1;
      i += 2;
      iNegAt = i + 1;
      continue;
    }
    /* a capitalised word after a lower-case "the" and capitalised words is
    ** part of a name, no verb: "blacklisted the Guidance Patrol", "the Africa
    ** Corps Patrol" (issue 4 mideast16: "Patrol" was a show of force, 150) */
    if (c->aTok[i].bCap && i >= 3) {
      size_t b = i;
      while (b > 1 && c->aTok[b - 1].bCap && c->aTok[b - 1].bWord) b--;
      if (b < i && b >= 2 && tok_is(c, b - 1, "the") && !c->aTok[b - 1].bCap) continue;
    }
    /* ... and so is any capitalised word right after another, outside a
    ** headline: "her National Rally party", "Operation Protective Edge"
    ** (issue 4 lead36) */
    if (!bHeadline && c->aTok[i].bCap && i >= 2 && c->aTok[i - 1].bWord && c->aTok[i - 1].bCap) continue;
    /* ... and a capitalised word mid-sentence before two more opens a name:
    ** "and Said Abdullo Nuri, the leader of ..." (issue 4, dev28) */
    if (!bHeadline && c->aTok[i].bCap && i >= 1 && i + 2 < c->nTok && c->aTok[i + 1].bWord && c->aTok[i + 1].bCap &&
        c->aTok[i + 2].bWord && c->aTok[i + 2].bCap && !tok_is(c, i - 1, "\"") && c->aTok[i - 1].bWord)
      continue;
    if (published_participle(c, i)) continue;   /* "a video released on Monday" */
    /* "the virus has killed", and its conjunct: "The quake killed 14 people
    ** and damaged several embassies" (the same agentless subject) */
    /* "the attack killed": its conjuncts may name a doer ("... and called
    ** it a blatant aggression" is the speaker's), so they stay */
    if (dict_forms(c->p, c->aTok[i].id) && doerless_harm_subject(c, i)) continue;
    if (dict_forms(c->p, c->aTok[i].id) &&
        (natural_cause_subject(c, i) ||
         (iCause < i && i - iCause <= 10 && tok_is(c, i - 1, "and") && c->nH == nHCause))) {
      iCause = i;
      nHCause = c->nH;
      continue;
    }
    /* the second half of a compound adjective is no verb: "Saudi-led", "Israeli-occupied" */
    if (i > 0 && tok_is(c, i - 1, "-") && c->aTok[i - 1].end == c->aTok[i].start && !redo_prefix(c, i)) continue;
    const VerbFormEntry *f = dict_forms(c->p, c->aTok[i].id);
    const VerbPattern *pBest = NULL;
    size_t bestEnd = 0;
    int bestLit = -1;
    uint32_t bestForms = 0;
    for (; f; f = f->iNext >= 0 ? &c->p->aForm[f->iNext] : NULL) {
      /* after a bare demonym it is a noun: "Russian support" */
      int bAfterDemonym = 0;
      for (size_t k = 0; k < c->nM; k++)
        bAfterDemonym |= c->aM[k].e == i && c->aM[k].pCountry && !c->aM[k].pAgent && !c->aM[k].pMain &&
                         c->aM[k].pCountry->kind == AK_DEMONYM && !plural_word(c, i - 1);
      /* ... and after a bare group's adjective: "Kurdish support" */
      for (size_t k = 0; k < c->nM; k++)
        bAfterDemonym |= c->aM[k].e == i && c->aM[k].pGroup && c->aM[k].pMain == c->aM[k].pGroup &&
                         !plural_word(c, i - 1);
      if (bAfterDemonym) continue;
      /* after a possessive it is a noun: "Russia's support" */
      if (i > 0 && tok_is(c, i - 1, "'s")) continue;
      /* ... and so after a plural's bare "'": "the Bangladesh Rifles' move
      ** into Pyrdiwah" (issue 4 dev35; a past form may follow a closing
      ** quote: "the 'peace talks' resumed") */
      if (i > 1 && tok_is(c, i - 1, "'") && !(f->forms & (VF_PAST | VF_PP)) &&
          c->aTok[i - 1].start == c->aTok[i - 2].end && c->aTok[i - 2].bWord &&
          c->z[c->aTok[i - 2].end - 1] == 's')
        continue;
      /* a measure's plural before "on" or "against" is the measure: "EU
      ** sanctions on Russia" (as verbs they take a direct object: "the US
      ** sanctions Iranian oil"). Not attacks and strikes, whose noun a claim
      ** of responsibility codes as the act ("claimed responsibility for drone
      ** attacks on ...") */
      static const char *const azMeasure[] = {"sanctions", "bans", "curbs", "tariffs", NULL};
      if (f->forms & VF_3S && tok_in(c, i, azMeasure) && i + 1 < c->nTok &&
          (tok_is(c, i + 1, "on") || tok_is(c, i + 1, "against")))
        continue;
      /* a bare stem after a preposition other than "to" is a noun: "bans on
      ** travel to Canada", "advised against travel" */
      if (i > 0 && !(f->forms & (VF_PAST | VF_PP | VF_ING)) && !tok_is(c, i - 1, "to") && tok_in(c, i - 1, azPrep))
        continue;   /* also plurals: "tariffs on imports" */
      if (bare_stem_after_in(c, i, f->forms)) continue;   /* "in return", "in exchange" */
      /* a plural right after a past tense is its object: "announced bans";
      ** so after a bare stem: "demanded that the US cancel plans to sell" */
      if (i > 0 && f->forms == VF_3S && !weapon_result_verb(c, i)) {
        int bAfterPast = 0;
        for (const VerbFormEntry *g = dict_forms(c->p, c->aTok[i - 1].id); g;
             g = g->iNext >= 0 ? &c->p->aForm[g->iNext] : NULL)
          bAfterPast |= (g->forms & VF_PAST) != 0 || ((g->forms & VF_BASE) && !c->aTok[i - 1].bCap);
        if (bAfterPast) continue;
      }
      /* a base form or participle after a determiner is a noun: "his visit" */
      if (i > 0 && tok_in(c, i - 1, azDet) && !(f->forms & VF_PAST)) continue;   /* "the talks" */
      /* ... and so is a bare stem after a determiner, possessive or
      ** preposition and one modifier: "despite growing pressure", "the
      ** city's power supply" -- not after a plural subject ("their leaders
      ** meet"), an adverb ("to further develop") or an auxiliary */
      if (i > 1 && !(f->forms & (VF_PAST | VF_PP | VF_ING | VF_3S)) && c->aTok[i - 1].bWord &&
          !c->aTok[i - 1].bCap && !in_mention(c, i - 1) && !plural_word(c, i - 1) && !tok_adverb(c, i - 1) &&
          !tok_in(c, i - 1, azFollow) && !tok_is(c, i - 1, "to") && !tok_is(c, i - 2, "to") &&
          (tok_in(c, i - 2, azDet) || tok_is(c, i - 2, "'s") || tok_in(c, i - 2, azPrep)))
        continue;
      /* ... and a participle there is an adjective: "settlements in occupied
      ** territories", "the people of occupied Crimea" */
      if (i > 0 && (f->forms & (VF_PAST | VF_PP)) && !(f->forms & VF_BASE) && i + 1 < c->nTok &&
          c->aTok[i + 1].bWord && !tok_in(c, i + 1, azPrep) && !tok_in(c, i + 1, azDet) &&
          (tok_in(c, i - 1, azPrep) || tok_in(c, i - 1, azLocPrep)) && !tok_is(c, i - 1, "to"))
        continue;
      /* ... also after "and" in a list of places: "held in Russia and
      ** occupied Crimea" (issue 4, session 43) */
      if (i > 1 && (f->forms & (VF_PAST | VF_PP)) && !(f->forms & VF_BASE) && i + 1 < c->nTok &&
          tok_is(c, i - 1, "and") && place_mention_at(c, i + 1) && place_mention_at(c, i - 2) &&
          tok_in(c, i, azLandState) && (i + 2 >= c->nTok || !c->aTok[i + 2].bWord || tok_is(c, i + 2, "and")))
        continue;
      if (adverb_participle_modifier(c, i, f->forms)) continue;   /* "the internationally recognised government" */
      /* ... and so is one that opens the sentence before a noun phrase:
      ** "Armed pro-government colectivos attacked reporters" (issue 4
      ** lead48; "Armed with rifles, ..." and "Accused of ..." keep theirs) */
      if ((f->forms & (VF_PAST | VF_PP)) && !(f->forms & VF_BASE) && c->aTok[i].bCap && i + 1 < c->nTok &&
          (i == 0 || tok_is(c, i - 1, "-") || tok_is(c, i - 1, ":")) && c->aTok[i + 1].bWord &&
          !tok_in(c, i + 1, azPrep) && !tok_in(c, i + 1, azDet) && !tok_in(c, i + 1, azLocPrep) &&
          !tok_is(c, i + 1, "by") && !tok_is(c, i + 1, "to") && !tok_in(c, i + 1, azSubjPron) &&
          !tok_is(c, i + 1, "it") && !tok_is(c, i + 1, "not") && !tok_adverb(c, i + 1))
        continue;
      if (!(f->forms & (VF_PAST | VF_PP | VF_ING | VF_3S)) && compound_noun_head(c, i)) continue;
      if (f->forms == VF_3S && plural_after_modifier(c, i) && !weapon_result_verb(c, i)) continue;
      /* after a number it describes what is counted: "1,500 suspected rioters";
      ** not after a date's day or year ("on March 21 demanded that ...") */
      if (i > 0 && is_digit((unsigned char)c->z[c->aTok[i - 1].start]) && !after_adverbial_date(c, i)) continue;
      if (i > 0 && tok_in(c, i - 1, azDet) && (f->forms & VF_PAST) && !(f->forms & VF_BASE)) continue;
      if (f->forms == VF_ING &&
          (ing_after_named_modifier(c, i) || ing_after_det_modifier(c, i) || ing_kind_modifier(c, i)))
        continue;
      for (int32_t ip = dict_patterns(c->p, f->lemma); ip >= 0; ip = c->p->aPatNext[ip]) {
        const VerbPattern *v = &c->p->aPat[ip];
        if (v->bNegOnly && !modal_negated_verb(c, i)) continue;   /* "!tolerate": only "will not tolerate" */
        int nLit = 0;
        size_t e = match_slots(c, v, 0, i + 1, &nLit, aLit, 0);
        if (!e) e = label_after_object(c, v, i, &nLit, aLit);
        if (!e || !protection_abroad(c, v, i, e) || !force_crossing(c, v, i) || !carrier_arrival(c, v, i)) continue;
        if (gerund_after_aspect(c, i, aLit, nLit)) continue;
        /* a "!" pattern, which held only because the verb is negated after a
        ** modal, is the finer reading on a tie ("will not remain silent") */
        if (nLit > bestLit || (nLit == bestLit && pBest && v->bNegOnly && !pBest->bNegOnly)) {
          bestLit = nLit;
          pBest = v;
          bestEnd = e;
          bestForms = f->forms;
          memcpy(aBestLit, aLit, (size_t)nLit * sizeof(size_t));
        }
      }
    }
    if (pBest) bestEnd = same_slot_noun_after(c, pBest, bestEnd);
    size_t iRevLit = passive_noun(c, i, &pBest, &bestForms, bestLit);
    if (iRevLit != SIZE_MAX) {
      bestEnd = i + 1;
      bestLit = 1;
      aBestLit[0] = iRevLit;
    }
    if (!pBest && (pBest = weapon_hit(c, i, &bestForms)) != NULL) bestEnd = i + 1;   /* "missiles hit Kharkiv" */
    if (!pBest && (pBest = passive_weapon_hit(c, i, &bestForms)) != NULL) bestEnd = i + 1;   /* "was hit by Russian missiles" */
    if (!pBest) pBest = phone_call_hit(c, i, &bestForms, &bestEnd);   /* "called Putin on Friday" */
    if (!pBest && (pBest = official_landing_hit(c, i, &bestForms, &bestEnd, &aBestLit[0])) != NULL)
      bestLit = 1;   /* "Putin landed in Pyongyang": "in" is the pattern's, so the city is the target */
    if (!pBest) pBest = org_leave_hit(c, i, &bestForms, &bestEnd);   /* "Mali left ECOWAS" */
    if (!pBest) pBest = freed_person_hit(c, i, &bestForms, &bestEnd);   /* "Hamas freed Israeli soldier Gilad Shalit" */
    if (!pBest) pBest = armed_entry_hit(c, i, &bestForms, &bestEnd);   /* "M23 rebels entered Goma" */
    if (!pBest) pBest = truce_pronoun_hit(c, i, &bestForms, &bestEnd);   /* "signed a truce but violated it" */
    if (!pBest) {   /* "a truce between Israel and Hamas took effect" */
      size_t iNoun = SIZE_MAX;
      if ((pBest = truce_effect_hit(c, i, &bestForms, &bestEnd, &iNoun)) != NULL) iRevLit = iNoun;
    }
    int iSrcPassive = -1, iTgtPassive = -1;   /* "diplomats were ordered to leave Poland" */
    {   /* over "order ~ to" (100) and "give ~ hours ~ to" (139): the passive names who was put out */
      const VerbPattern *pOut = passive_expulsion_hit(c, i, &bestForms, &bestEnd, &iSrcPassive, &iTgtPassive);
      if (pOut) pBest = pOut;
    }
    const char *zUnder = NULL;   /* "Kharkiv came under Russian missile attack" */
    if (!pBest) pBest = came_under_hit(c, i, &bestForms, &bestEnd, &iSrcPassive, &iTgtPassive, &zUnder);
    if (!pBest || pBest->nSlot == 0) {   /* "said the resolution was regrettable", over the lone "say" (010) */
      const VerbPattern *pVerdict = verdict_said_hit(c, i, &bestForms, &bestEnd);
      if (pVerdict) {
        harm_object_aside(c, bestEnd);
        label_object_aside(c, i, bestEnd);
      }
      if (pVerdict) pBest = pVerdict;
      else if ((pVerdict = verdict_said_far_hit(c, i, &bestForms, &bestEnd)) != NULL) {
        pBest = pVerdict;
        label_object_aside(c, i, bestEnd);
        /* "told the Munich Security Conference that ...": the audience is told, not judged */
        if (tok_is(c, i, "told") || tok_is(c, i, "tells")) {
          size_t u = i + 1;
          while (u < bestEnd && !tok_is(c, u, "that")) u++;
          for (size_t m = 0; m < c->nM; m++)
            if (c->aM[m].i > i && c->aM[m].i < u) c->aM[m].bAside = 1;
        }
      }
    }
    if (pBest && !strcmp(pBest->zCode, "010")) {   /* "told parliament the incursion was a provocation" */
      const VerbPattern *pTold = verdict_told_hit(c, i, &bestForms, &bestEnd);
      /* ... or told to an audience named at length ("told lawmakers from his
      ** party on Tuesday that the raid was a bloody massacre"; issue 4,
      ** session 42) */
      if (!pTold && (tok_is(c, i, "told") || tok_is(c, i, "tells")) &&
          (pTold = verdict_said_far_hit(c, i, &bestForms, &bestEnd)) != NULL) {
        label_object_aside(c, i, bestEnd);
        size_t u = i + 1;
        while (u < bestEnd && !tok_is(c, u, "that")) u++;
        for (size_t m = 0; m < c->nM; m++)
          if (c->aM[m].i > i && c->aM[m].i < u) c->aM[m].bAside = 1;
        pBest = pTold;
        pTold = NULL;
      }
      if (pTold) {
        pBest = pTold;
        /* the audience is told, not judged: no participant */
        for (size_t m = 0; m < c->nM; m++)
          if (c->aM[m].i > i && c->aM[m].e <= i + 3 && !c->aM[m].pMain && !c->aM[m].pCountry) c->aM[m].bAside = 1;
      }
    }
    if (!pBest || pBest->nSlot == 0) {   /* "said Brasilia must explain", over the lone "say" (010) */
      const VerbPattern *pDemand = modal_demand_said_hit(c, i, &bestForms, &bestEnd);
      if (pDemand) pBest = pDemand;
    }
    if (!pBest) pBest = court_ruling_hit(c, i, &bestForms, &bestEnd);   /* "ruled that X had broken the law" */
    if (!pBest) pBest = held_person_hit(c, i, &bestForms, &bestEnd);   /* "police are holding Bashir" */
    if (!pBest) pBest = said_act_goes_on_hit(c, i, &bestForms, &bestEnd, &iTgtPassive);   /* "said the protests would continue" */
    /* "called the sentences draconian", over a lone "describe" (010); and
    ** "called the protest an organised riot" is a label, not a protest called
    ** (the 14x and 133 "call ~ protest" patterns) */
    if (!pBest || pBest->nSlot == 0 || !strncmp(pBest->zCode, "14", 2) || !strcmp(pBest->zCode, "133")) {
      const VerbPattern *pLabel = label_call_hit(c, i, &bestForms, &bestEnd);
      if (pLabel) pBest = pLabel;
    }
    if (!pBest) continue;
    /* "called the incident aggression against Venezuela", "branded the raid
    ** an attack on Turkey": a label that runs on with "against", "on" or
    ** "upon" names whom the judged act wronged, not whom the verdict is aimed
    ** at (as label_object_aside has it for "said ... was"; issue 4 lead38) */
    static const char *const azLabelOn[] = {"against", "on", "upon", "to", NULL};   /* "to": "an affront to the families" (lead52) */
    if (!strcmp(pBest->zCode, "111") && bestEnd < c->nTok && tok_in(c, bestEnd, azLabelOn) && bestEnd > i + 2 &&
        (tok_is(c, i, "called") || tok_is(c, i, "calls") || tok_is(c, i, "calling") || tok_is(c, i, "described") ||
         tok_is(c, i, "describes") || tok_is(c, i, "branded") || tok_is(c, i, "brands")))
      set_aside_from(c, bestEnd + 1);
    if (!vec_grow((void **)&c->aH, &c->nHAlloc, c->nH, sizeof(VerbHit))) return 0;
    VerbHit *h = &c->aH[c->nH++];
    memset(h, 0, sizeof *h);
    h->i = i;
    h->e = bestEnd;
    h->pPat = pBest;
    h->zCode = pBest->zCode;
    if (zUnder && dict_cameo(c->p, zUnder)) h->zCode = dict_cameo(c->p, zUnder)->zCode;
    h->iSpan = h->iSubj = redo_prefix(c, i) ? i - 2 : i;   /* "re-arrested": the subject is before "re-" */
    h->eSpan = bestEnd;
    h->iSrcForce = iSrcPassive;
    h->iTgtForce = iTgtPassive;
    h->forms = bestForms;
    h->iSrc = h->iTgt = -1;
    h->iCopyOf = -1;
    h->bNegated = bNegNext && h->i <= iNegAt + 2;   /* an adverb or two may stand between */
    bNegNext = 0;
    if (iRevLit != SIZE_MAX) {
      h->bRev = 1;
      h->iSpan = iRevLit;
    }
    /* a verb inside the match belongs to it: "threatened to impose sanctions" */
    for (size_t k = i + 1; k < bestEnd; k++) c->aUsed[k] |= 2;
    /* ... but not a past tense joined to ours by a bare "and" and sharing its
    ** object: "police beat and detained dozens of protesters" is two acts,
    ** the gap of "beat ~ protesters" must not swallow the second (issue 4
    ** coerce25: the arrest, 173, was lost) */
    if (i + 2 < bestEnd && tok_is(c, i + 1, "and") && c->aUsed[i + 2] == 2 && !c->aTok[i + 2].bCap &&
        past_only(c, i + 2))
      c->aUsed[i + 2] = 0;
    for (int k = 0; k < bestLit; k++) c->aUsed[aBestLit[k]] = 1;
  }
  const VerbPattern *pDemand = lemma_pattern(c, "demand", "100");
  if (pDemand) modal_demand_superseded(c, pDemand);
  return 1;
}
