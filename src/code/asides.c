/*
** Appositions and asides that are not participants: "X, the head of Y",
** "known as", restrictive and long relative clauses, titles.
*/
#include "coder.h"

/* "the journalist, Roman Protasevich,", "The minister, Nobuo Kishi,": role
** mention iRole and the name iName after it between commas are one actor.
** The name speaks for both when the role is an office that names no state
** and the name's dictionary entry does (a sitting minister), else the role
** does, as it already carries the event. */
static void named_role_aside(Coder *c, size_t iRole, size_t iName) {
  Mention *pRole = &c->aM[iRole], *pName = &c->aM[iName];
  const char *zName = NULL;
  mention_country(c, (int)iName, &zName);
  /* ... an office only: "the journalist, Roman Protasevich," keeps the role's
  ** code, which says more than a dated entry for a private person */
  static const char *const azOffice[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", NULL};
  int bOffice = 0;
  bOffice = str_listed(pRole->pAgent->zRole, azOffice);
  if (!bOffice) zName = NULL;
  Mention *pAside = zName ? pRole : pName;
  pAside->bAside = 1;
  pAside->iGroup = lone_group(zName ? iRole : iName);
}

/* "The Three Brotherhood Alliance of ethnic minority armies launched ...",
** "a coalition of opposition parties": a bare role after "of" that follows
** a named body describes what the body is made of; the body acts. */
void mark_body_members(Coder *c) {
  for (size_t k = 1; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pAgent || m->pMain || m->pCountry || m->pPersonCountry || m->pGroup || m->bPronoun || m->i < 2) continue;
    size_t t = m->i - 1;   /* back over "the" and up to three describing words: "of ethnic minority armies" */
    for (int n = 0; n < 3 && t > 0 && c->aTok[t].bWord && !c->aTok[t].bCap && !tok_is(c, t, "of") && !in_mention(c, t); n++)
      t--;
    if (tok_is(c, t, "the") && t > 0) t--;
    if (!tok_is(c, t, "of")) continue;
    const Mention *pBody = NULL;
    for (size_t x = 0; x < k; x++)
      if (c->aM[x].e == t && c->aM[x].pMain && c->aM[x].pMain->kind == AK_ORG && !c->aM[x].pAgent) pBody = &c->aM[x];
    if (!pBody) continue;
    m->bAside = 1;
    m->iGroup = lone_group(k);
  }
}

/* Why: "Three European Community foreign ministers, from the Netherlands,
** Luxembourg and Portugal, mediated the talks": the states after ", from"
** say where the body's members come from; the last of them was taken as the
** subject, and the three states mediated among themselves. Contract: the
** mentions of a list that opens with "from" right after a comma that closes
** an actor mention, and runs (by list commas and "and") to a comma, are set
** aside, each a group of its own (issue 4, session 45). */
void origin_list_asides(Coder *c) {
  for (size_t k = 0; k + 1 < c->nM; k++) {
    const Mention *pHead = &c->aM[k];
    size_t t = pHead->e;
    if (pHead->bPronoun || t + 2 >= c->nTok || !tok_is(c, t, ",") || !tok_is(c, t + 1, "from")) continue;
    size_t u = t + 2, iEnd = SIZE_MAX;
    while (u < c->nTok) {
      size_t v = tok_is(c, u, "the") ? u + 1 : u;
      int n = actor_mention_at(c, v);
      if (n < 0) break;
      u = c->aM[n].e;
      if (u < c->nTok && (tok_is(c, u, "and") || (tok_is(c, u, ",") && list_comma(c, u)))) u++;
      else {
        iEnd = u;
        break;
      }
    }
    if (iEnd == SIZE_MAX || !tok_is(c, iEnd, ",")) continue;
    for (size_t m = 0; m < c->nM; m++)
      if (c->aM[m].i >= t + 2 && c->aM[m].e <= iEnd && !c->aM[m].bPronoun) {
        c->aM[m].bAside = 1;
        c->aM[m].iGroup = lone_group(m);
      }
  }
}

/* Mention m now stands for body pBody alone: an officer acting for the
** organisation, with no state or role of its own. */
static void act_for_body(Mention *m, const ActorEntry *pBody) {
  m->pMain = pBody;
  m->pCountry = NULL;
  m->pAgent = NULL;
}

/* Contract: 1 when person mention m holds, on the anchor or document date,
** a code of body pBody's own that is finer than the body's ("IGOUNOHCH"
** within "IGOUNO"). Why: "Michelle Bachelet, the United Nations' rights
** chief" is the rights office's; the apposition names only the body it
** belongs to (issue 4, session 64). */
static int person_within_body(const Coder *c, const Mention *m, const ActorEntry *pBody) {
  char zBuf[64];
  if (!pBody->zCode || (!c->bAnchor && !c->bDocDate)) return 0;
  const char *z = person_code(m->pMain, ymd_to_days(c->bAnchor ? c->anchor : c->docDate), 1, zBuf, sizeof zBuf);
  size_t n = strlen(pBody->zCode);
  return z && strlen(z) > n && !strncmp(z, pBody->zCode, n);
}

/* Contract: "Former Nigerian president Olusegun Obasanjo, the AU's envoy for
** the Horn of Africa, led the mediation": a person followed by an apposition
** that opens with "the", an organisation and an envoy's or officer's title
** acts for that organisation, as the README codes UN, EU and NATO leaders by
** their body; the person's mention takes the organisation's code, also when
** a relative clause follows the title ("the AU envoy who led the
** mediation,"). Why: a former head of state sent by a regional body was
** coded by his old office (issue 4 regional). Runs before mark_appositions
** sets the apposition aside. */
void org_officer_apposition(Coder *c) {
  static const char *const azTitle[] = {"envoy", "envoys", "mediator", "mediators", "representative", "chief",
                                        "head", "chairman", "chairperson", "chair", "secretary", "commissioner",
                                        "special", "spokesman", "spokeswoman", "spokesperson", "facilitator",
                                        NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (m->bPronoun || !m->pMain || m->pMain->kind != AK_PERSON) continue;
    size_t open = m->e;
    if (open + 3 >= c->nTok || !tok_is(c, open, ",") || !tok_is(c, open + 1, "the")) continue;
    for (size_t x = k + 1; x < c->nM; x++) {
      const Mention *n = &c->aM[x];
      if (n->i != open + 1 && n->i != open + 2) continue;   /* the mention may hold the "the" */
      if (!n->pMain || n->pMain->kind != AK_ORG) break;
      size_t t = n->e;
      if (t < c->nTok && tok_is(c, t, "'s")) t++;
      /* ... past a word of tenure: "Senegal's Macky Sall, the African
      ** Union's current chairman" -- unless the person's own state title
      ** names him ("Nigerian President Bola Tinubu, the bloc's current
      ** chairman", his state's; issue 4, session 64) */
      static const char *const azTenure[] = {"current", "rotating", "new", "acting", "outgoing", "incoming", "interim",
                                             NULL};
      if (t < c->nTok && tok_in(c, t, azTenure) && !m->pAgent) t++;
      /* the title after the body, or inside its mention ("the African Union's envoy") */
      int bTitle = t < c->nTok && tok_in(c, t, azTitle);
      for (size_t u = n->i; u < n->e && !bTitle; u++) bTitle = tok_in(c, u, azTitle);
      if (!bTitle) break;
      size_t close = open + 1;   /* an apposition, not a clause: a closing comma, no verb before it */
      while (close < c->nTok && close <= open + 14 && !tok_is(c, close, ",")) close++;
      if (close >= c->nTok || !tok_is(c, close, ",")) break;
      /* ... though the title may take a relative clause of its own ("the AU
      ** envoy who led the mediation,": issue 4 africa16) */
      size_t rel = close;
      for (size_t u = t; u < close && rel == close; u++)
        if (tok_is(c, u, "who") || tok_is(c, u, "that")) rel = u;
      int bVerb = 0;
      for (size_t h = 0; h < c->nH; h++) bVerb |= !c->aH[h].bDrop && c->aH[h].i > open && c->aH[h].i < rel;
      if (bVerb || person_within_body(c, m, n->pMain)) break;
      act_for_body(m, n->pMain);
      break;
    }
  }
  /* ... and so does one named after the title: "The chairman of the OSCE,
  ** Finnish Foreign Minister Ilkka Kanerva, said he was sending an envoy"
  ** (issue 4 lead38); the pronouns that stand for him go with him */
  for (size_t k = 1; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *n = &c->aM[k - 1];
    if (m->bPronoun || !m->pMain || m->pMain->kind != AK_PERSON || m->i < 2 || n->e + 1 != m->i ||
        !tok_is(c, n->e, ",") || m->e >= c->nTok || !tok_is(c, m->e, ","))
      continue;
    if (!n->pMain || n->pMain->kind != AK_ORG || n->bPronoun) continue;
    int bTitle = 0;
    for (size_t u = n->i; u < n->e && !bTitle; u++) bTitle = tok_in(c, u, azTitle);
    if (!bTitle) continue;
    const ActorEntry *pPerson = m->pMain;
    for (size_t x = k; x < c->nM; x++) {
      Mention *q = &c->aM[x];
      if (q->pMain != pPerson || (x != k && !q->bPronoun)) continue;
      act_for_body(q, n->pMain);
    }
  }
  /* ... and so does the officer apposed to a body's possessive and a title
  ** the dictionaries hold as no role: "UNIFIL's head, Major General Stefano
  ** Del Col, called on Israel and Hezbollah" -- the rank and the name are
  ** the body's head, not an army of the story's state (issue 4, session 63) */
  for (size_t k = 0; k + 1 < c->nM; k++) {
    const Mention *n = &c->aM[k];
    size_t t = n->e;
    if (n->bPronoun || !n->pMain || n->pMain->kind != AK_ORG || t + 3 >= c->nTok || !tok_is(c, t, "'s") ||
        !tok_in(c, t + 1, azTitle) || !tok_is(c, t + 2, ","))
      continue;
    size_t open = t + 2, close = open + 1;
    while (close < c->nTok && close <= open + 8 && !tok_is(c, close, ",")) close++;
    if (close >= c->nTok || !tok_is(c, close, ",")) continue;
    int bVerb = 0;
    for (size_t h = 0; h < c->nH; h++) bVerb |= !c->aH[h].bDrop && c->aH[h].i > open && c->aH[h].i < close;
    if (bVerb) continue;
    for (size_t x = k + 1; x < c->nM && c->aM[x].i < close; x++) {
      Mention *q = &c->aM[x];
      /* a person, or a rank with no state: never a state or a body of its own */
      int bPerson = q->pMain && q->pMain->kind == AK_PERSON;
      int bRank = !q->pMain && !q->pCountry && !q->pPersonCountry && q->pAgent;
      if (q->i <= open || q->e > close || q->bPronoun || (!bPerson && !bRank)) continue;
      act_for_body(q, n->pMain);
    }
  }
}

/* Contract: the group number for mention x set aside out of any compound:
** its own, shared with the first mention of the very same span. Why: the two
** parties a noun stands for ("Qatar, which mediated the exchange, said ...")
** are one compound target, not two lone actors (issue 4 coop27). */
static int aside_group(const Coder *c, size_t x) {
  size_t y = 0;
  while (y < x && (c->aM[y].i != c->aM[x].i || c->aM[y].e != c->aM[x].e)) y++;
  return lone_group(y);
}

/* "Russia, Syria's main ally, denounced ...", "Kim Yo Jong, the sister of
** North Korean leader Kim Jong Un, warned ...": an apposition between commas
** after an actor describes it; its actors take no part. A list ("Poland,
** Lithuania and Latvia") starts with an actor of its own, and a clause has a
** verb. */
void mark_appositions(Coder *c) {
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    size_t open = m->e;
    if (m->bPronoun || open + 2 >= c->nTok || !tok_is(c, open, ",")) continue;
    size_t close = open + 1;
    while (close < c->nTok && close <= open + 14 && !tok_is(c, close, ",") && !tok_is(c, close, ";")) close++;
    /* "... mediated by the African Union's envoy, former Nigerian President
    ** Olusegun Obasanjo.": the sentence's end closes an apposition too, when
    ** it holds no verb and no attribution (", the ministry said.") */
    int bEnd = 0;
    if (close == c->nTok || (close + 1 == c->nTok && !c->aTok[close].bWord && !tok_is(c, close, ","))) {
      bEnd = 1;
      /* ... nor a list: "from ECOWAS, the African Union and the UN." */
      for (size_t t = open + 1; t < close && bEnd; t++)
        bEnd = !attr_verb(c, t) && !c->aUsed[t] && !tok_is(c, t, "and") && !tok_is(c, t, "or");
      for (size_t x = 0; x < c->nH && bEnd; x++) bEnd = c->aH[x].i <= open || c->aH[x].i >= close;
    }
    if (!bEnd && (close >= c->nTok || !tok_is(c, close, ","))) continue;
    /* "the journalist, Roman Protasevich,": a name after the role it fills is
    ** the same actor, already in the event */
    /* ... also a state's role ("Peru's ousted president, Pedro Castillo,",
    ** "the Russian ambassador, Sergei Nechayev,"): one actor, not a pair */
    int bNamed = 0;
    for (size_t x = 0; x < c->nM && m->pAgent && !m->pMain; x++) {
      Mention *n = &c->aM[x];
      if (n->i == open + 1 && n->e == close && n->pMain && n->pMain->kind == AK_PERSON) {
        named_role_aside(c, k, x);
        bNamed = 1;
      }
    }
    /* ... and so is a body's officer: "the group's leader, Hassan
    ** Nasrallah,", "the alliance's chief, Jens Stoltenberg," -- the body
    ** speaks for both (issue 4 lead48) */
    for (size_t x = 0; x < c->nM && m->pAgent && m->pMain && m->pMain->kind == AK_ORG && !bNamed; x++) {
      Mention *n = &c->aM[x];
      if (n->i == open + 1 && (n->e == close || (bEnd && n->e + 1 >= close)) && n->pMain &&
          n->pMain->kind == AK_PERSON) {
        n->bAside = 1;
        n->iGroup = lone_group(x);
        bNamed = 1;
      }
    }
    if (bNamed) continue;
    /* "Maduro, who has ruled Venezuela since 2013, was declared ...": a
    ** relative clause between commas describes the actor too */
    if (tok_is(c, open + 1, "who") || tok_is(c, open + 1, "which") || tok_is(c, open + 1, "whose")) {
      for (size_t x = 0; x < c->nM; x++) {
        if (c->aM[x].i > open && c->aM[x].e <= close) {
          c->aM[x].bAside = 1;
          c->aM[x].iGroup = aside_group(c, x);
        }
      }
      continue;
    }
    /* "Saudi Arabia, the UAE, Bahrain and Egypt": a state between commas,
    ** after a state and before another, is the next member of a list, not
    ** a description of the one before it */
    if (m->pMain || m->pCountry) {
      int bList = 0;
      for (size_t x = 0; x < c->nM && !bList; x++) {
        const Mention *n = &c->aM[x];
        if (n->e != close || (n->i != open + 1 && !(n->i == open + 2 && tok_is(c, open + 1, "the"))) ||
            n->pAgent || !(n->pMain ? n->pMain->kind != AK_PERSON : n->pCountry != NULL))
          continue;
        size_t t = close + 1 + (close + 1 < c->nTok && tok_is(c, close + 1, "and"));
        if (t < c->nTok && tok_is(c, t, "the")) t++;
        for (size_t y = x + 1; y < c->nM; y++)
          if (c->aM[y].i == t && !c->aM[y].pAgent && (c->aM[y].pCountry || (c->aM[y].pMain && c->aM[y].pMain->kind != AK_PERSON)))
            bList = 1;
      }
      if (bList) continue;
    }
    const Token *pFirst = &c->aTok[open + 1];
    int bStart = tok_is(c, open + 1, "the") || tok_is(c, open + 1, "a") || tok_is(c, open + 1, "an") ||
                 (pFirst->bWord && !pFirst->bCap && !tok_in(c, open + 1, azPrep) && !tok_in(c, open + 1, azLocPrep));
    int bPossessor = 0;
    for (size_t x = 0; x < c->nM; x++)
      if (c->aM[x].i == open + 1 && tok_is(c, c->aM[x].e, "'s")) bPossessor = 1;
    if (!bStart && !bPossessor) continue;
    /* ... a bare noun opening a run that "and" or "or" closes continues a
    ** list: "launched more than 300 drones, cruise missiles and ballistic
    ** missiles at Israel" (issue 4 lead34) */
    if (pFirst->bWord && !pFirst->bCap && !tok_is(c, open + 1, "the") && !tok_is(c, open + 1, "a") &&
        !tok_is(c, open + 1, "an") && !bPossessor) {
      int bListRun = 0;
      for (size_t t = open + 2; t < close && !bListRun; t++) bListRun = tok_is(c, t, "and") || tok_is(c, t, "or");
      if (bListRun) continue;
    }
    if (tok_is(c, open + 1, "which") || tok_is(c, open + 1, "who") || tok_is(c, open + 1, "and") ||
        tok_is(c, open + 1, "or") || tok_is(c, open + 1, "but"))
      continue;
    /* ... nor a time before a clause: ", a day after President Leonid Kuchma,
    ** who cut short a tour ..., discussed it" (issue 4 lead52) */
    int bTime = 0;
    for (size_t t = open + 2; t + 1 < close && t <= open + 3 && !bTime; t++)
      bTime = tok_in(c, t, azTimeSpan) && (tok_is(c, t + 1, "after") || tok_is(c, t + 1, "before"));
    if (bTime) continue;
    int bVerb = 0;
    for (size_t x = 0; x < c->nH; x++) bVerb |= !c->aH[x].bDrop && c->aH[x].i > open && c->aH[x].i < close;
    if (bVerb) continue;
    for (size_t x = 0; x < c->nM; x++) {
      if (c->aM[x].i > open && c->aM[x].e <= close) {
        c->aM[x].bAside = 1;
        c->aM[x].iGroup = aside_group(c, x);   /* out of any compound with the actor it describes */
      }
    }
    /* ... and ", and" after it adds the next member to the actor's list:
    ** "Kaja Kallas, the EU's top diplomat, and Enlargement Commissioner
    ** Marta Kos called the vote a sham" (issue 4, session 43) */
    size_t t = close + 1;
    int bDescribed = (m->pMain && m->pMain->kind == AK_PERSON) || tok_is(c, open + 1, "the") ||
                     tok_is(c, open + 1, "a") || tok_is(c, open + 1, "an");
    if (bDescribed && t + 1 < c->nTok && tok_is(c, t, "and")) {
      t += tok_is(c, t + 1, "the") ? 2 : 1;
      for (size_t x = k + 1; x < c->nM; x++) {
        Mention *n = &c->aM[x];
        /* (a title word the dictionary does not hold may open it: "Enlargement Commissioner ...") */
        int bOpen = n->i == t || (n->i > t && n->i <= t + 2 && c->aTok[t].bCap && c->aTok[n->i - 1].bCap);
        if (!bOpen || n->bPronoun || n->bLoc || n->iGroup == m->iGroup) continue;
        int g = n->iGroup;
        for (size_t y = 0; y < c->nM; y++)
          if (c->aM[y].iGroup == g) c->aM[y].iGroup = m->iGroup;
        break;
      }
    }
  }
}

/* Why: "Santos and FARC commander Rodrigo Londono, known as Timochenko,
** signed ...": a nickname between commas names the actor before it again,
** yet when that actor's own name is not in the dictionary no mention ends at
** the comma and mark_appositions never saw the clause, so the nickname took
** the verb from the compound subject (issue 4 coop27). So does the channel
** a speaker acts through: "the U.N. High Commissioner for Human Rights,
** through her Geneva spokesman, accused ..." (session 56: the spokesman's
** city made Switzerland the accuser). Contract: for a comma followed by
** "known as" (or "also"/"better"/"widely known as"), "through" or "via",
** and a comma within ten tokens, every mention between the two commas is set
** aside. */
void known_as_asides(Coder *c) {
  static const char *const azAlso[] = {"also", "better", "widely", NULL};
  static const char *const azChannel[] = {"through", "via", NULL};
  for (size_t t = 0; t + 3 < c->nTok; t++) {
    if (!tok_is(c, t, ",")) continue;
    size_t k = t + 1 + (tok_in(c, t + 1, azAlso) ? 1 : 0);
    int bChannel = tok_in(c, t + 1, azChannel);
    if (!bChannel && (k + 1 >= c->nTok || !tok_is(c, k, "known") || !tok_is(c, k + 1, "as"))) continue;
    size_t close = bChannel ? t + 2 : k + 2;
    while (close < c->nTok && close <= t + 10 && !tok_is(c, close, ",") && !tok_is(c, close, ";")) close++;
    if (close >= c->nTok || !tok_is(c, close, ",")) continue;
    for (size_t x = 0; x < c->nM; x++) {
      if (c->aM[x].i > t && c->aM[x].e <= close) {
        c->aM[x].bAside = 1;
        c->aM[x].iGroup = aside_group(c, x);
      }
    }
  }
}

/* Why: "Nizar Hamdoon, Baghdad's ambassador at the United Nations, denied
** that Iraq had ever meant to attack": the body after "at" is where the
** envoy serves, and as the nearest actor before the verb it took the denial
** (session 56). Contract: a mention of an organisation right after "at"
** (or "at the") that directly follows a mention of a state's envoy -- one
** with a state whose last word is an envoy's title -- is set aside. */
void envoy_posting_asides(Coder *c) {
  for (size_t k = 1; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    const Mention *e = &c->aM[k - 1];
    if (!m->pMain || m->pMain->kind != AK_ORG || !e->pAgent || !(e->pCountry || e->pMain) || e->e < 1 ||
        !tok_in(c, e->e - 1, azEnvoyTitle) || !tok_is(c, e->e, "at") || m->i != e->e + 1)
      continue;
    m->bAside = 1;
    m->iGroup = aside_group(c, k);
  }
}

/* "Kosovo police, who had come under fire from some 30 masked gunmen near the
** village of Banjska on Sunday, killed ...": long-form prose sets long
** relative clauses between commas, where mark_appositions looks only 15
** tokens ahead for the closing comma. Contract: for a ", who" / ", which" /
** ", whose" clause after an actor that closes with a comma within 40 tokens,
** with a verb of the main clause after it, the clause's actors are set aside
** (out of any compound) as mark_appositions sets those of a short one, so the
** main verb's subject is the actor the clause describes. */
void long_relative_asides(Coder *c) {
  static const char *const azRel[] = {"who", "which", "whose", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    size_t open = m->e;
    if (m->bPronoun || m->bAside || open + 2 >= c->nTok || !tok_is(c, open, ",") || !tok_in(c, open + 1, azRel))
      continue;
    size_t close = open + 1;
    while (close < c->nTok && close <= open + 40 && !tok_is(c, close, ",") && !tok_is(c, close, ";")) close++;
    if (close <= open + 15 || close >= c->nTok || !tok_is(c, close, ",")) continue;
    int bMainVerb = 0;
    for (size_t x = 0; x < c->nH && !bMainVerb; x++) bMainVerb = !c->aH[x].bDrop && c->aH[x].i > close;
    if (!bMainVerb) continue;
    for (size_t x = 0; x < c->nM; x++) {
      if (c->aM[x].i > open && c->aM[x].e <= close) {
        c->aM[x].bAside = 1;
        c->aM[x].iGroup = aside_group(c, x);
      }
    }
  }
}

/* Why: "fired missiles at a Syrian air base after an attack that killed
** dozens of civilians": a relative clause with no comma whose pronoun is its
** subject ("that killed", "which had displaced") describes the noun before
** it; the actors inside are that clause's, never an object of the main verb,
** which otherwise took "civilians" over the place it struck. Contract: for
** "that" or "which" right after a lower-case word that is no verb form and
** no actor (a noun: "attack that", not "said that"), followed by auxiliaries
** or adverbs and a verb, where a live hit before it already has an actor or
** a place after it, the actors up to the clause's end (a comma, ";", a
** period or a subordinator) are set aside. */
void restrictive_relative_asides(Coder *c) {
  static const char *const azRel[] = {"that", "which", NULL};
  static const char *const azAux[] = {"had", "has", "have", "was", "were", "is", "are", "been", "reportedly", NULL};
  static const char *const azEnd[] = {",", ";", ".", ":", "after", "before", "while", "because", "as", "when",
                                      "but", "since", "saying", NULL};
  static const char *const azOwn[] = {"acknowledged", "acknowledges", "admitted", "admits", "claimed", "claims",
                                      "denied", "denies", "confirmed", "confirms", NULL};
  for (size_t t = 1; t + 2 < c->nTok; t++) {
    if (!tok_in(c, t, azRel)) continue;
    const Token *pPrev = &c->aTok[t - 1];
    if (!pPrev->bWord || pPrev->bCap || in_mention(c, t - 1)) continue;
    if (dict_forms(c->p, pPrev->id) && (t < 2 || !tok_in(c, t - 2, azDet)) &&
        (t < 3 || !tok_in(c, t - 3, azDet) || !c->aTok[t - 2].bWord || dict_forms(c->p, c->aTok[t - 2].id)))
      continue;   /* a verb ("said that"), not a noun after its article ("an attack that", "a chemical attack that") */
    size_t v = t + 1;
    while (v < c->nTok && v < t + 4 && (tok_in(c, v, azAux) || tok_adverb(c, v))) v++;
    if (v >= c->nTok || in_mention(c, v) || !dict_forms(c->p, c->aTok[v].id)) continue;
    /* ... when the main verb before it already has an actor or a place
    ** after it: else the clause may name the party ("claimed the bombings
    ** that killed US troops", "pulled out of the deal that let Ukraine ...") */
    int bObject = 0, bOwned = 0;
    for (size_t x = 0; x < c->nH; x++) {
      const VerbHit *h = &c->aH[x];
      if (h->bDrop || h->i >= t) continue;
      /* ... and not when one owns up to or denies the act the clause tells:
      ** its victims there are the target ("acknowledged ... strikes that
      ** killed seven aid workers") */
      bOwned |= !strncmp(h->zCode, "015", 3) || !strncmp(h->zCode, "016", 3) || tok_in(c, h->i, azOwn);
      for (size_t m = 0; m < c->nM && !bObject; m++)
        bObject = c->aM[m].i >= h->e && c->aM[m].e < t && !c->aM[m].bAside && !c->aM[m].bPronoun;
    }
    if (!bObject || bOwned) continue;
    size_t close = v + 1;
    while (close < c->nTok && !tok_in(c, close, azEnd)) close++;
    for (size_t x = 0; x < c->nM; x++)
      if (c->aM[x].i > t && c->aM[x].e <= close) c->aM[x].bAside = 1;
  }
}

/* Why: "seized the northern Mozambican town of Palma", "shelled the
** Ukrainian city of Kherson": a settlement named after "the <demonym> town
** of" lies in the demonym's state, which the writer named to say where it
** is; a same-named place elsewhere in the dictionary ("Palma" in Spain) is
** not meant. Contract: a place or capital mention right after "of" and a
** settlement noun, with a demonym's mention ending right before the noun,
** whose state differs from the demonym's, takes the demonym's state. */
void settlement_of_demonym(Coder *c) {
  static const char *const azSettle[] = {"town", "city", "village", "port", "region", "province", "district",
                                         "island", "capital", "enclave", "state", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    Mention *m = &c->aM[k];
    if (!m->pMain || (m->pMain->kind != AK_PLACE && m->pMain->kind != AK_CAPITAL) || m->i < 3 ||
        !tok_is(c, m->i - 1, "of") || !tok_in(c, m->i - 2, azSettle))
      continue;
    const ActorEntry *pDem = NULL;
    for (size_t x = 0; x < c->nM && !pDem; x++) {
      const Mention *d = &c->aM[x];
      const ActorEntry *a = d->pCountry ? d->pCountry : d->pMain;
      if (x != k && a && a->kind == AK_DEMONYM && d->e == m->i - 2) pDem = a;
    }
    if (!pDem || !pDem->zCountry || (m->pMain->zCountry && !strcmp(m->pMain->zCountry, pDem->zCountry))) continue;
    const ActorEntry *pState = country_entry(c, pDem->zCountry);
    if (pState) m->pMain = pState;
  }
}

/* Contract: "Kim Jong Un, General Secretary of the Workers' Party of Korea
** and President of the State Affairs, had talks with Putin": a named
** person followed by a comma and a capitalised office title (up to the next
** comma, within 24 tokens, no verb of its own) is described by it, and the
** actors inside take no part, as mark_appositions sets aside the lower-case
** descriptions; why: readouts spell out the full titles, whose bodies and
** states were taken as the subject (issue 4 readout). */
void title_apposition(Coder *c) {
  static const char *const azTitle[] = {"general", "secretary", "president", "chairman", "chairwoman", "chair",
                                        "minister", "director", "chief", "head", "member", "vice", "deputy",
                                        "premier", "commander", "first", "supreme", "prime", "foreign", "special",
                                        "state", "crown", "speaker", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    size_t open = m->e;
    if (m->bPronoun || m->bAside || !m->pMain || m->pMain->kind != AK_PERSON || open + 2 >= c->nTok ||
        !tok_is(c, open, ",") || !c->aTok[open + 1].bCap || !tok_in(c, open + 1, azTitle))
      continue;
    size_t close = open + 1;
    while (close < c->nTok && close <= open + 24 && !tok_is(c, close, ",") && !tok_is(c, close, ";")) close++;
    if (close >= c->nTok || !tok_is(c, close, ",")) continue;
    int bVerb = 0;
    for (size_t x = 0; x < c->nH; x++) bVerb |= !c->aH[x].bDrop && c->aH[x].i > open && c->aH[x].i < close;
    for (size_t t = open + 1; t < close && !bVerb; t++) bVerb = tok_is(c, t, "who") || tok_is(c, t, "which");
    if (bVerb) continue;
    for (size_t x = 0; x < c->nM; x++) {
      if (c->aM[x].i > open && c->aM[x].e <= close) {
        c->aM[x].bAside = 1;
        c->aM[x].iGroup = aside_group(c, x);
      }
    }
  }
}
void apposition_relative_asides(Coder *c) {
  static const char *const azArt[] = {"the", "a", "an", NULL};
  static const char *const azRel[] = {"who", "which", "whose", "that", NULL};
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    size_t open = m->e;
    if (m->bPronoun || m->bAside || open + 4 >= c->nTok || !tok_is(c, open, ",") || !tok_in(c, open + 1, azArt))
      continue;
    size_t close = open + 1, rel = 0;
    int bAnd = 0;
    while (close < c->nTok && close <= open + 40 && !tok_is(c, close, ",") && !tok_is(c, close, ";")) {
      if (!rel && tok_in(c, close, azRel)) rel = close;
      if (!rel && tok_is(c, close, "and")) bAnd = 1;
      close++;
    }
    if (!rel || bAnd || rel < open + 3 || close >= c->nTok || !tok_is(c, close, ",")) continue;
    /* "In Ankara, the foreign ministry accused Greece of breaching an
    ** agreement under which ...": a verb before the relative word makes the
    ** words after the comma a clause, not an apposition of the place (issue
    ** 4 dev47) */
    int bOwnVerb = 0;
    for (size_t x = 0; x < c->nH && !bOwnVerb; x++)
      bOwnVerb = !c->aH[x].bDrop && c->aH[x].i > open + 1 && c->aH[x].i < rel && (c->aH[x].forms & (VF_PAST | VF_3S)) &&
                 !((c->aH[x].forms & VF_PP) && tok_in(c, c->aH[x].i - 1, azBe));
    if (bOwnVerb) continue;
    int bMainVerb = 0;
    for (size_t x = 0; x < c->nH && !bMainVerb; x++) bMainVerb = !c->aH[x].bDrop && c->aH[x].i > close;
    if (!bMainVerb) continue;
    for (size_t x = 0; x < c->nM; x++) {
      if (c->aM[x].i > open && c->aM[x].e <= close && !c->aM[x].bAside) {
        c->aM[x].bAside = 1;
        c->aM[x].iGroup = aside_group(c, x);
      }
    }
    for (size_t x = 0; x < c->nH; x++) {
      VerbHit *h = &c->aH[x];
      if (h->bDrop || h->i <= rel || h->i >= close) continue;
      int bOwn = 1;   /* the relative clause's own verb: only auxiliaries and adverbs before it */
      for (size_t t = rel + 1; t < h->i && bOwn; t++)
        bOwn = tok_is(c, t, "has") || tok_is(c, t, "had") || tok_is(c, t, "have") || tok_is(c, t, "was") ||
               tok_is(c, t, "is") || tok_is(c, t, "been") || tok_adverb(c, t) || relative_time_adverb(c, t);
      if (!bOwn) h->bDrop = 1;
    }
  }
}

/* A plural group ("the Palestinians", "the rebels") before a base form is
** its subject -- "the Palestinians reject the plan" -- where a singular
** name modifies a noun ("the US strikes", "the EU sanctions"). */
int plural_subject(const Coder *c, const Mention *m, const VerbHit *h) {
  if (!(h->forms & VF_BASE) || m->pMain || !(m->pCountry || m->pAgent)) return 0;
  return plural_word(c, m->e - 1);
}

/* "vetoed a resolution that would have deplored the invasion", "a deal that
** could have ended the war": an act said with "would have" or "could have"
** never happened; it is no event ("may have", "might have" hedge a real one). */
void drop_counterfactuals(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    size_t i = h->i;
    if (h->bDrop || i < 2 || !tok_is(c, i - 1, "have")) continue;
    if (tok_is(c, i - 2, "would") || tok_is(c, i - 2, "could") ||
        (i >= 3 && tok_is(c, i - 2, "not") && (tok_is(c, i - 3, "would") || tok_is(c, i - 3, "could"))))
      h->bDrop = 1;
  }
}

/* Why: "after which the EU can ask the WTO to set up a panel", "only
** Congress can lift it", "Washington can appeal the decision": what an actor
** can do is a power or a right, no act; every gold set leaves it uncoded.
** Contract: drops a live hit right after "can" (one adverb may stand
** between: "can now govern"); "cannot" and "can't" refuse and are kept. */
void drop_abilities(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    size_t i = h->i;
    if (h->bDrop || i < 1) continue;
    if (i >= 2 && tok_adverb(c, i - 1) && !tok_is(c, i - 1, "not")) i--;
    if (tok_is(c, i - 1, "can")) h->bDrop = 1;
  }
}

/* Why: "The ANZUS treaty binds Australia, New Zealand and the United States
** to consult one another", "a pact that requires all American troops to
** leave": what a text binds or requires its parties to do is its content,
** no act; the gold sets leave it uncoded (six consultations had come of the
** treaty's words; issue 4, session 64). Contract: drops a live hit right
** after "to" whose infinitive a word of obligation (bind, oblige, obligate,
** require, compel) governs, within twelve tokens before it and no other hit,
** full stop or semicolon between, unless that word is itself an infinitive
** ("to require"). */
void drop_obligations(Coder *c) {
  static const char *const azBind[] = {"bind", "binds", "bound", "binding", "oblige", "obliges", "obliged",
                                       "obligate", "obligates", "obligated", "require", "requires", "required",
                                       "compel", "compels", "compelled", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->i < 3 || !tok_is(c, h->i - 1, "to")) continue;
    size_t lo = h->i > 14 ? h->i - 14 : 0;
    for (size_t x = 0; x < k; x++)
      if (!c->aH[x].bDrop && c->aH[x].e <= h->i && c->aH[x].e > lo) lo = c->aH[x].e;
    for (size_t t = h->i - 1; --t > lo;) {   /* from the word before "to" back */
      if (tok_is(c, t, ".") || tok_is(c, t, ";")) break;
      if (tok_in(c, t, azBind)) {
        /* (not an actor's own act of binding: "voted to require the
        ** government to expel U.S. troops" is the expulsion demanded) */
        if (!tok_is(c, t - 1, "to")) h->bDrop = 1;
        break;
      }
    }
  }
}

/* Contract: 1 when a mention opens at token t and names a state, a capital
** or a place with no role ("Eritrea", "Kyiv"), not people ("Russian troops",
** "Syrians"). Why: a participle of force before it takes it as its object
** ("no intention of invading Eritrea"), where before people it describes
** them ("fleeing civilians") -- issue 4 force25. */
int place_name_at(const Coder *c, size_t t) {
  for (size_t m = 0; m < c->nM; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i != t || pm->pAgent || pm->bPronoun || !pm->pMain) continue;
    int kind = (int)pm->pMain->kind;
    return kind == AK_COUNTRY || kind == AK_CAPITAL || kind == AK_PLACE;
  }
  return 0;
}
