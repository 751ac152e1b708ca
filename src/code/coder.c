/*
** Coding sentences into events without a parser, in the TABARI tradition:
** actors are found by longest match in the actor trie and composed with their
** modifiers (actors.c); verbs by their generated forms and the pattern that
** decides the finer code (verbs.c); the source is the actor group before the
** verb, the target the first group after it in the same clause (roles.c).
** Then negation, mood and hedges (judge/, mood.c), the event's own date
** (dates.c, events.c), its location, and the notes behind the sentence.
**
** This file is the driver: tocsin_doc_code() walks the document's sentences
** (datelines, wire items, paragraphs) and codes each in a window of its
** neighbours (code_window: actors, verbs, roles, then the passes of the other
** files in a fixed order), attaches the notes behind each event and keeps the
** pass trace of `tocsin code --trace`. coder.h lists the files and what each
** holds.
*/
#include "coder.h"

static int code_window(Coder *c, size_t iSent);

/* Judgment words of the clause [lo, hi): drops the month "May". */
static size_t judge_words(Coder *c, size_t lo, size_t hi, size_t iOff) {
  size_t n = 0;
  for (size_t i = lo; i < hi; i++) {
    const Token *t = &c->aTok[i];
    if (t->bCap && t->end - t->start == 3 && !strncmp(c->z + t->start, "May", 3) && i > 0) continue;
    c->aW[iOff + n].z = c->z + t->start;
    c->aW[iOff + n].n = t->end - t->start;
    n++;
  }
  return n;
}

/* A wire item starts at its dateline (dated or not): it follows its own side
** and its own people, its dateline place (tokens [0, iPlaceEnd)) is kept
** when the dictionary names it, and the dateline's k tokens are removed. */
static void start_wire_item(Coder *c, size_t iPlaceEnd, size_t k) {
  c->pDateline = NULL;
  c->zSubjCountry = NULL;   /* a new wire item follows its own side */
  c->pProxyState = NULL;    /* ... and its own people */
  c->zItemState = NULL;
  c->bDatelineNamed = 0;
  c->nPl = 0;
  c->bIt = 0;
  c->pArmedGroup = NULL;   /* a new item's attackers are its own */
  c->pLastTown = NULL;     /* ... and so is its "the city" */
  c->pLastVessel = NULL;   /* ... and its "the ship" */
  c->pLastBanned = NULL;   /* ... and its "the ban" */
  c->pDecider = NULL;      /* ... and its "the ruling" */
  RawMatch r;
  if (match_at(c, 0, &r) && r.e == iPlaceEnd) {
    const ActorEntry *a = raw_best(&r);
    if (a->kind == AK_CAPITAL || a->kind == AK_PLACE || a->kind == AK_COUNTRY) c->pDateline = a;
  }
  /* "AITAPE, Papua New Guinea, July 21": a town the dictionary lacks is
  ** placed by the state or region after its comma */
  if (!c->pDateline && iPlaceEnd + 1 < k && tok_is(c, iPlaceEnd, ",") && match_at(c, iPlaceEnd + 1, &r) &&
      r.e < k && tok_is(c, r.e, ",")) {
    const ActorEntry *a = raw_best(&r);
    if (a->kind == AK_CAPITAL || a->kind == AK_PLACE || a->kind == AK_COUNTRY) c->pDateline = a;
  }
  memmove(c->aTok, c->aTok + k, (c->nTok - k) * sizeof(Token));
  c->nTok -= k;
}

/* A wire dateline opens the sentence: "ADEN, June 3 (Wire) - ...". Its date
** anchors the relative dates of the item and its place is where the item's
** events happen unless they say otherwise; both hold until the next dateline.
** The dateline's tokens are removed from the sentence before coding. */
static int dateline(Coder *c) {
  size_t i = 0;
  while (i < c->nTok && i < 6 && c->aTok[i].bWord) {
    for (uint32_t b = c->aTok[i].start; b < c->aTok[i].end; b++) {
      if (is_lower((unsigned char)c->z[b])) return 1;
    }
    i++;
  }
  if (i == 0 || i >= c->nTok || !tok_is(c, i, ",")) return 1;
  size_t iPlaceEnd = i;
  DateFound *aD = NULL;
  size_t nD = 0, nDA = 0;
  size_t j = i + 1, k = j;
  /* (room for a region of several words: "AITAPE, Papua New Guinea, July 21") */
  /* (the dash stands apart, not a hyphen inside "MiG-31"; a colon ends a
  ** report's heading first: "FINLAND WARNING UPDATE, AUGUST 19: Two Russian
  ** MiG-31 interceptors ..." is no dateline; issue 4 dev49) */
  while (k < c->nTok && k < j + 8 && !tok_is(c, k, "(") && !tok_is(c, k, ":") &&
         !((tok_is(c, k, "-") || tok_is(c, k, "\xE2\x80\x94")) && c->aTok[k].start > c->aTok[k - 1].end))
    k++;
  if (k < c->nTok && tok_is(c, k, ":")) return 1;
  if (!dates_find(c->z, c->aTok + j, k - j, &aD, &nD, &nDA)) return 0;
  int bOk = nD > 0;
  Ymd t;
  const char *zPrec;
  if (bOk) {
    /* the tokens were passed from j: rebase the found date */
    Ymd *pRef = c->bDocDate ? &c->docDate : NULL;
    bOk = date_resolve(&aD[0], pRef, 0, &t, &zPrec);
  }
  free(aD);
  if (!bOk) return 1;
  if (k < c->nTok && tok_is(c, k, "(")) {
    while (k < c->nTok && !tok_is(c, k, ")")) k++;
    k++;
  }
  if (k >= c->nTok || !(tok_is(c, k, "-") || (c->aTok[k].end - c->aTok[k].start == 3 &&
                                            !memcmp(c->z + c->aTok[k].start, "\xE2\x80\x94", 3))))
    return 1;
  k++;
  c->anchor = t;
  c->bAnchor = 1;
  c->ctx = t;          /* a new wire item: its narrative starts at its dateline */
  c->bCtx = 1;
  snprintf(c->zCtxText, sizeof c->zCtxText, "dateline date");
  start_wire_item(c, iPlaceEnd, k);
  return 1;
}

/* Contract: an undated wire dateline opens the sentence: an all-caps place,
** optionally a comma and a short region, the wire's name in brackets and a
** dash ("KYIV, Ukraine (AP) -", "BAGHDAD (Reuters) -", "THE HAGUE (AP) -").
** Why: feeds give most leads this form; left in, the wire's name was coded as
** an actor and the place as the subject. It starts a new item like a dated
** dateline (its date is the document's) and its tokens are removed. */
static int dateline_undated(Coder *c) {
  size_t i = 0, iSlash = 0;
  while (i < c->nTok && i < (iSlash ? iSlash + 6 : 5) && c->aTok[i].bWord) {
    for (uint32_t b = c->aTok[i].start; b < c->aTok[i].end; b++)
      if (is_lower((unsigned char)c->z[b])) return 1;
    i++;
    while (i < c->nTok && i < (iSlash ? iSlash + 6 : 5) && (tok_is(c, i, "-") || tok_is(c, i, "'")) &&
           i + 1 < c->nTok && c->aTok[i + 1].bWord && c->aTok[i].start == c->aTok[i - 1].end)
      i++;   /* PORT-AU-PRINCE, NUKU'ALOFA */
    /* "RIYADH/DUBAI (Reuters) -": a story filed from two cities; its
    ** place is the first */
    if (!iSlash && i + 1 < c->nTok && tok_is(c, i, "/") && c->aTok[i + 1].bWord) iSlash = i++;
  }
  if (i == 0 || i >= c->nTok || (iSlash && i == iSlash + 1)) return 1;
  size_t iPlaceEnd = iSlash ? iSlash : i, k = i;
  if (tok_is(c, k, ",")) {
    k++;
    size_t e = k + 4;
    while (k < c->nTok && k < e && !tok_is(c, k, "(")) k++;
  }
  if (k >= c->nTok || !tok_is(c, k, "(") || k + 3 >= c->nTok || !c->aTok[k + 1].bWord ||
      !tok_is(c, k + 2, ")"))
    return 1;
  k += 3;
  if (!(tok_is(c, k, "-") || tok_is(c, k, "\xE2\x80\x94") || tok_is(c, k, "\xE2\x80\x93"))) return 1;
  k++;
  c->bAnchor = 0;      /* the item's date is the document's */
  c->bCtx = 0;
  start_wire_item(c, iPlaceEnd, k);
  return 1;
}

/* Sentences longer than this many tokens are coded in windows that end at a
** clause boundary. No real sentence is this long; a run-on line from a broken
** conversion is, and windows keep coding linear in its length. */
#define CODE_WINDOW 160

/* 1 if a blank line or an HTML paragraph or line break stands between
** sentence iSent and the one before it in the original input. */
static int new_paragraph(const tocsin_doc *d, size_t iSent) {
  size_t a = d->aSent[iSent - 1].end, b = d->aSent[iSent].start;
  if (a > b || b > d->nOrig) return 0;
  int nNewline = 0;
  for (size_t i = a; i < b; i++) {
    char ch = d->zOrig[i];
    if (ch == '\n') {
      if (++nNewline >= 2) return 1;
    } else if (ch == '<' && i + 2 < b && (d->zOrig[i + 1] == 'p' || d->zOrig[i + 1] == 'P' ||
                                          (d->zOrig[i + 1] == '/' && (d->zOrig[i + 2] == 'p' || d->zOrig[i + 2] == 'P')))) {
      return 1;
    } else if (ch != ' ' && ch != '\t' && ch != '\r') {
      nNewline = 0;
    }
  }
  return 0;
}

/* Contract: the index in aS (nS members of a joint act's subject) of the one
** member whose state holds the place the meeting hit h is "in" -- a place
** mention after the verb, in its clause, "in" before it or before "the
** <demonym> city|town|capital|resort of" -- else -1; only for a meeting
** (044, or 040: "are to sit down together in Moscow") of members of
** distinct states. Why: a meeting in one member's land is hosted by it (043)
** and visited by the rest (042), as the gold sets code it; coded 044 each
** way it matched none (issue 4, sessions 42 and 52). */
static int meeting_host(const Coder *c, const VerbHit *h, const int *aS, int nS) {
  static const char *const azTown[] = {"city", "town", "capital", "resort", "village", "port", NULL};
  if ((strcmp(h->zCode, "044") && strcmp(h->zCode, "040")) || nS < 2) return -1;
  const char *zPlace = NULL;
  for (size_t m = 0; m < c->nM && !zPlace; m++) {
    const Mention *pm = &c->aM[m];
    if (pm->i < h->i || pm->i > h->e + 8 || !pm->bLoc || pm->i == 0) continue;
    int bBreak = 0;
    for (size_t t = h->e; t < pm->i && !bBreak; t++) bBreak = clause_break(c, t) || tok_is(c, t, ";");
    if (bBreak) break;
    int bIn = tok_is(c, pm->i - 1, "in");
    /* "in the Tajik city of Khujand": the demonym's mention, or the town's */
    if (!bIn && pm->i >= 3 && tok_is(c, pm->i - 1, "of") && tok_in(c, pm->i - 2, azTown)) bIn = 1;
    if (!bIn && pm->e + 1 < c->nTok && tok_in(c, pm->e, azTown) && pm->i >= 2 && tok_is(c, pm->i - 1, "the") &&
        tok_is(c, pm->i - 2, "in"))
      bIn = 1;
    if (bIn) mention_country(c, (int)m, &zPlace);
  }
  if (!zPlace) return -1;
  int iHost = -1;
  for (int a = 0; a < nS; a++) {
    const char *zA = NULL;
    mention_country(c, aS[a], &zA);
    if (!zA) return -1;
    if (!strncmp(zA, zPlace, 3)) {
      if (iHost >= 0) return -1;   /* two members of the host state: no one host */
      iHost = a;
    }
  }
  return iHost;
}

static int code_sentence(Coder *c, size_t iSent) {
  const tocsin_sentence *s = &c->d->aSent[iSent];
  c->z = s->zText;
  c->nTok = 0;
  Intern *pVocab = (Intern *)&c->p->vocab;   /* lookups only: bAdd = 0 never writes */
  if (!tokenize(c->z, strlen(c->z), pVocab, c->p->pArena, 0, &c->aTok, &c->nTok, &c->nTokAlloc)) return 0;
  if (!c->nTok) return 1;
  /* a narrative's date carries within its paragraph in wire copy, where an
  ** undated paragraph is the document's news (as GDELT dates it); a
  ** footnoted report narrates across paragraphs ("Lavrov visited Minsk on
  ** November 26 ... \n\n Lukashenko told Lavrov ...") */
  if (iSent > 0 && c->d->nNote == 0 && new_paragraph(c->d, iSent)) c->bCtx = 0;
  if (!dateline(c) || !dateline_undated(c)) return 0;
  if (!c->nTok) return 1;
  Token *aAll = c->aTok;
  size_t nAll = c->nTok;
  int ok = 1;
  for (size_t w = 0; ok && w < nAll;) {
    size_t e = nAll;
    if (nAll - w > CODE_WINDOW) {
      e = w + CODE_WINDOW;
      for (size_t k = w + CODE_WINDOW - 1; k > w + CODE_WINDOW / 2; k--) {
        c->aTok = aAll;
        c->nTok = nAll;
        if (tok_is(c, k, ";") || tok_is(c, k, ",") || tok_is(c, k, ":")) {
          e = k + 1;
          break;
        }
      }
    }
    c->aTok = aAll + w;
    c->nTok = e - w;
    ok = code_window(c, iSent);
    w = e;
  }
  c->aTok = aAll;
  c->nTok = nAll;
  return ok;
}

/* The pass trace (tocsin_options.bTrace, `tocsin code --trace`).
** After each pass of code_window the mentions and verb hits are written one
** line each; the lines that differ from the last pass's are the pass's
** work. Nothing is written while tracing is off, so the passes cost one
** test each. */

static void trace_words(Buf *b, const Coder *c, size_t i, size_t e) {
  if (e > c->nTok) e = c->nTok;
  buf_putc(b, '"');
  if (i < e) buf_append(b, c->z + c->aTok[i].start, c->aTok[e - 1].end - c->aTok[i].start);
  buf_putc(b, '"');
}

static void trace_entry(Buf *b, const char *zKey, const ActorEntry *p) {
  if (!p) return;
  buf_printf(b, " %s=%s", zKey, p->zCode ? p->zCode : p->zName ? p->zName : "?");
}

/* The state of the window: one line per mention, then one per verb hit. */
static void trace_render(const Coder *c, Buf *b) {
  b->n = 0;   /* b->z may stay NULL when there is nothing: trace_missing reads it so */
  for (size_t k = 0; k < c->nM; k++) {
    const Mention *m = &c->aM[k];
    buf_printf(b, "m%zu ", k);
    trace_words(b, c, m->i, m->e);
    trace_entry(b, "main", m->pMain);
    trace_entry(b, "country", m->pCountry);
    trace_entry(b, "agent", m->pAgent);
    trace_entry(b, "leader-country", m->pPersonCountry);
    trace_entry(b, "group", m->pGroup);
    if (m->bLoc) buf_puts(b, " place");
    if (m->bBy) buf_puts(b, " by");
    if (m->bAside) buf_puts(b, " aside");
    if (m->bPrep) buf_puts(b, " prep");
    if (m->bMod) buf_puts(b, " modifier");
    if (m->bPronoun) buf_puts(b, " pronoun");
    if (m->bSaid) buf_puts(b, " reporter");
    if (m->bOwn) buf_puts(b, " own-state");
    int bShared = 0;   /* iGroup numbers every mention; only a shared one is a compound */
    for (size_t x = 0; x < c->nM && !bShared; x++) bShared = x != k && c->aM[x].iGroup == m->iGroup;
    if (bShared) buf_printf(b, " compound%d", m->iGroup);
    buf_putc(b, '\n');
  }
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    buf_printf(b, "h%zu ", k);
    trace_words(b, c, h->iSpan < h->eSpan ? h->iSpan : h->i, h->iSpan < h->eSpan ? h->eSpan : h->e);
    buf_printf(b, " %s", h->zCode ? h->zCode : "-");
    if (h->zAct && h->zCode && strcmp(h->zAct, h->zCode)) buf_printf(b, " (act %s)", h->zAct);
    if (h->pPat)
      buf_printf(b, " %s:%d [%s]", h->pPat->zFile ? h->pPat->zFile : "?", h->pPat->iLine, h->pPat->zText ? h->pPat->zText : "");
    if (h->iSrc >= 0) buf_printf(b, " source=m%d", h->iSrc);
    if (h->iTgt >= 0) buf_printf(b, " target=m%d", h->iTgt);
    if (h->iSrcForce >= 0) buf_printf(b, " source-fixed=m%d", h->iSrcForce);
    if (h->iTgtForce >= 0) buf_printf(b, " target-fixed=m%d", h->iTgtForce);
    if (h->bDrop) buf_puts(b, " dropped");
    if (h->bWeakTarget) buf_puts(b, " weak-target");
    if (h->bNegated) buf_puts(b, " negated");
    if (h->bReported) buf_puts(b, " reported");
    if (h->bRev) buf_puts(b, " passive");
    if (h->bModalFramed) buf_puts(b, " stated-intent");
    if (h->bPrescribed) buf_puts(b, " prescribed");
    buf_putc(b, '\n');
  }
}

/* Nonzero when the line zLine (n bytes, without its newline) is one of zAll's lines. */
static int trace_has_line(const char *zAll, size_t nAll, const char *zLine, size_t n) {
  for (size_t i = 0; i < nAll;) {
    const char *e = memchr(zAll + i, '\n', nAll - i);
    size_t k = e ? (size_t)(e - zAll) - i : nAll - i;
    if (k == n && !memcmp(zAll + i, zLine, n)) return 1;
    i += k + 1;
  }
  return 0;
}

/* Writes the lines of zFrom missing from zIn, each after zMark. */
static void trace_missing(Buf *pOut, const Buf *pFrom, const Buf *pIn, const char *zMark, const char *zPass, int *pbNamed) {
  const char *z = pFrom->z ? pFrom->z : "";
  for (size_t i = 0; i < pFrom->n;) {
    const char *e = memchr(z + i, '\n', pFrom->n - i);
    size_t k = e ? (size_t)(e - z) - i : pFrom->n - i;
    if (!trace_has_line(pIn->z ? pIn->z : "", pIn->n, z + i, k)) {
      if (!*pbNamed) buf_printf(pOut, "  %s\n", zPass);
      *pbNamed = 1;
      buf_printf(pOut, "    %s ", zMark);
      buf_append(pOut, z + i, k);
      buf_putc(pOut, '\n');
    }
    i += k + 1;
  }
}

/* After the pass zCall ran: writes what it changed, under its name. */
static void trace_pass(Coder *c, const char *zCall) {
  size_t nName = strcspn(zCall, "(");
  char zPass[96];
  snprintf(zPass, sizeof zPass, "%.*s", (int)(nName < 90 ? nName : 90), zCall);
  trace_render(c, &c->traceNow);
  int bNamed = 0;
  trace_missing(c->pTrace, &c->traceSeen, &c->traceNow, "-", zPass, &bNamed);
  trace_missing(c->pTrace, &c->traceNow, &c->traceSeen, "+", zPass, &bNamed);
  Buf t = c->traceSeen;
  c->traceSeen = c->traceNow;
  c->traceNow = t;
}

/* Why: "pledged up to 200 million dollars in emergency funding to help
** Guinea", "$40 million in new lending": a gerund after an amount and "in"
** names what the money is, a noun, not an act of its own; coded, it took the
** pledge's place (071 for 0331; issue 4 lead33). Contract: a live hit whose
** verb is an -ing form, with "in" one to three tokens before it and an
** amount word right before that "in", is dropped. */
static void amount_kind_gerund(Coder *c) {
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || h->forms != VF_ING || h->i < 2) continue;
    for (size_t t = h->i; t-- > 0 && t + 4 > h->i;) {
      if (!tok_is(c, t, "in")) continue;
      if (t > 0 && (c->aKind[t - 1] & TK_AMOUNT)) h->bDrop = 1;
      break;
    }
  }
}

/* Why: "Teachers will strike on Monday", "doctors struck for a third day":
** the verb with a working people's role for subject and no object is a
** labour strike (143), not an attack (190); it was coded a military threat
** (1384; issue 4 lead33). Contract: a live hit of "strike" coded in root 19
** whose verb is its last word, the nearest mention before it a bare role of
** workers, teachers, doctors, farmers, students, civilians, businesses or
** journalists with only auxiliaries between, and no object after it (the
** next token is not "a", "an", "the", a possessive or a mention), becomes
** the labour sense of "strike" the dictionary has (143), so that --explain
** names that line, not the attack's. */
static void labour_strike_verb(Coder *c) {
  static const char *const azWorkers[] = {"LAB", "EDU", "MED", "HLH", "AGR", "CVL", "BUS", "JRN", NULL};
  static const char *const azObject[] = {"a", "an", "the", "its", "their", "his", "her", "targets", NULL};
  static const char *const azAux[] = {"will", "would", "to", "had", "have", "has", "also", "again", "could", "may",
                                      "might", "plan", "plans", "planned", "threatened", "threaten", "vowed", NULL};
  for (size_t k = 0; k < c->nH; k++) {
    VerbHit *h = &c->aH[k];
    if (h->bDrop || code_root(h) != 19 || h->e != h->i + 1 || strcmp(lemma_of(c, h), "strike")) continue;
    if (h->e < c->nTok && (tok_in(c, h->e, azObject) || in_mention(c, h->e))) continue;
    int iS = mention_before(c, h->i, 0);
    if (iS < 0) continue;
    const Mention *m = &c->aM[iS];
    if (m->pMain || !m->pAgent || !m->pAgent->zRole || !str_listed(m->pAgent->zRole, azWorkers)) continue;
    /* ... the subject of the verb itself: only auxiliaries between ("the
    ** news agency said that its army would strike" is the army's) */
    int bSubject = 1;
    for (size_t t = m->e; t < h->i && bSubject; t++) bSubject = tok_in(c, t, azAux);
    const VerbPattern *v = bSubject ? lemma_pattern(c, "strike", "143") : NULL;
    if (v) {
      h->pPat = v;
      h->zCode = v->zCode;
    }
  }
}

/* 1 when every member aS[0..nS) is an organ of the state (government,
** military, police, intelligence) of one and the same state. */
static int state_organs_of_one_state(const Coder *c, const int *aS, int nS) {
  static const char *const azOrgan[] = {"GOV", "MIL", "COP", "SPY", NULL};
  const char *z0 = NULL;
  for (int x = 0; x < nS; x++) {
    const char *zC = NULL, *zR = mention_role(c, aS[x]);
    mention_country(c, aS[x], &zC);
    if (!zC && !c->aM[aS[x]].pMain) zC = member_country(c, aS[x], 0);   /* "the navy" named with the SBU */
    if (!zC || !zR || strlen(zR) < 3) return 0;
    char zHead[4] = {zR[0], zR[1], zR[2], 0};
    if (!str_listed(zHead, azOrgan)) return 0;
    if (!z0) z0 = zC;
    else if (strncmp(z0, zC, 3)) return 0;
  }
  return 1;
}

/* A pass of code_window, traced when tracing is on; PASS_OK for a pass that
** fails only when memory runs out. */
#define PASS(call)                       \
  do {                                   \
    call;                                \
    if (c->pTrace) trace_pass(c, #call); \
  } while (0)
#define PASS_OK(call)                    \
  do {                                   \
    if (!(call)) return 0;               \
    if (c->pTrace) trace_pass(c, #call); \
  } while (0)

/* Writes the window's header: its sentence and words. */
static void trace_window(Coder *c, size_t iSent) {
  buf_printf(c->pTrace, "sentence %zu: ", iSent);
  trace_words(c->pTrace, c, 0, c->nTok);
  buf_putc(c->pTrace, '\n');
  c->traceSeen.n = 0;
}

/* Writes the events this window coded, from event kFrom on. */
static void trace_events(Coder *c, size_t kFrom) {
  for (size_t k = kFrom; k < c->d->nEvent; k++) {
    const tocsin_event *e = &c->d->aEvent[k];
    buf_printf(c->pTrace, "  event %s %s %s \"%s\" %s%s%s%s\n", e->source.zCode ? e->source.zCode : "-", e->zEvent,
               e->target.zCode ? e->target.zCode : "-", e->zVerb ? e->zVerb : "", e->zDate ? e->zDate : "no-date",
               e->bNegated ? " negated" : "", e->zMood ? " " : "", e->zMood ? e->zMood : "");
  }
}

/* 1 for the consultations done by one side to another, never with each
** other: mediation (045), and a visit made or hosted (042, 043: "soldiers
** from Australia, New Zealand and Fiji began arriving in Honiara" visit the
** host, not one another). */
static int one_way_visit(const char *zCode) {
  return !strcmp(zCode, "045") || !strcmp(zCode, "042") || !strcmp(zCode, "043");
}

/* 1 when the window holds the analysts' own judgment ("we assess", "we
** judge", "we estimate", "we believe"); else 0. */
static int analysts_judge(const Coder *c) {
  static const char *const azJudge[] = {"assess", "judge", "estimate", "believe", NULL};
  for (size_t t = 0; t + 1 < c->nTok; t++)
    if (tok_is(c, t, "we") && tok_in(c, t + 1, azJudge)) return 1;
  return 0;
}

/* Contract: 1 when date pD ends right before a colon and every word before
** it in the window is written in capitals ("BLACK SEA WARNING UPDATE, APRIL
** 16:"), so it dates the report the label heads; else 0. */
static int label_date(const Coder *c, const DateFound *pD) {
  if (pD->iTokEnd >= c->nTok || !tok_is(c, pD->iTokEnd, ":") || pD->iTok == 0) return 0;
  int nWord = 0;
  for (size_t t = 0; t < pD->iTok; t++) {
    const Token *p = &c->aTok[t];
    if (!p->bWord) {
      if (!tok_is(c, t, ",") && !tok_is(c, t, "-")) return 0;
      continue;
    }
    for (size_t b = p->start; b < p->end; b++)
      if (islower((unsigned char)c->z[b])) return 0;
    nWord++;
  }
  return nWord > 0;
}

static int code_window(Coder *c, size_t iSent) {
  c->iSentNow = iSent;
  c->nRoleC = 0;
  free(c->aUsed);
  c->aUsed = calloc(c->nTok, 1);
  if (!c->aUsed) return 0;
  c->nM = c->nH = 0;   /* a window starts with nothing found, also for the trace */
  size_t nEventBefore = c->d->nEvent;
  if (c->pTrace) trace_window(c, iSent);
  /* dates first: token_kinds marks a month in a date, which find_verbs keeps
  ** out of its patterns */
  PASS_OK(dates_find(c->z, c->aTok, c->nTok, &c->aDate, &c->nDate, &c->nDateAlloc));
  PASS_OK(token_kinds(c));
  PASS_OK(find_actors(c));
  PASS(partitive_pronoun_aside(c));
  PASS(vote_tally_aside(c));
  PASS_OK(north_south_halves(c));
  PASS_OK(state_epithet(c));
  PASS(own_organ_state(c));
  PASS(slug_asides(c));
  PASS(possessed_metonym_state(c));
  PASS(note_roundup_item(c, iSent));
  PASS(hyphen_pair_groups(c));
  PASS(demonym_over_list(c));
  PASS(contested_places(c));
  PASS(ethnic_minority_side(c));
  PASS(brussels_as_eu(c));
  PASS(armed_group_anaphor(c));
  PASS(leaders_of_body(c, iSent));
  PASS_OK(find_verbs(c));
  PASS(labour_strike_verb(c));
  PASS(adverb_back(c));
  PASS_OK(follow_suit(c, iSent));
  PASS(narrative_sentence_start(c, iSent));
  PASS(opening_time_possessive(c));
  PASS(split_clause_subjects(c));
  PASS(org_officer_apposition(c));
  PASS(mark_appositions(c));
  PASS(known_as_asides(c));
  PASS(envoy_posting_asides(c));
  PASS(long_relative_asides(c));
  PASS(restrictive_relative_asides(c));
  PASS(settlement_of_demonym(c));
  PASS(apposition_relative_asides(c));
  PASS(title_apposition(c));
  PASS(free_relative_speaker(c));
  PASS(drop_free_relative_labels(c));
  PASS(drop_free_relative_reports(c));
  PASS(speaker_possessive_roles(c));   /* after the asides are known: the speaker is no aside */
  PASS(clause_possessive_roles(c));
  PASS(mark_body_members(c));
  PASS(origin_list_asides(c));
  PASS(drop_weapon_list_nouns(c));
  PASS(drop_participle_adjectives(c));
  PASS(drop_subject_participles(c));
  PASS(drop_means_nouns(c));
  PASS(drop_met_reactions(c));
  PASS(drop_power_seizures(c));
  PASS(drop_prenominal_participles(c));
  PASS(drop_striking_workers(c));
  PASS(drop_weapon_class_modifiers(c));
  PASS(drop_dated_particle(c));
  PASS(drop_counterfactuals(c));
  PASS(drop_abilities(c));
  PASS(drop_obligations(c));
  PASS(drop_bare_passive_asides(c));
  PASS(drop_title_words(c));
  PASS(drop_gerund_of_noun(c));
  PASS(drop_present_record(c));
  PASS(drop_standing_facts(c));
  PASS(drop_determined_gerunds(c));
  PASS(drop_without_gerunds(c));
  PASS(persona_non_grata(c));
  PASS(accused_means(c));
  PASS(drop_headline_weapon_nouns(c));
  PASS(headline_object_nouns(c));
  PASS_OK(object_it(c));
  PASS_OK(demanded_that_it(c));
  PASS(authors_prescription(c));
  PASS(avoided_act(c));
  PASS(called_off_dissent(c));
  PASS(uncommented_silence(c));   /* before the frames and the roles: 011 is no report verb */
  PASS(compose_frames(c));
  PASS(coordinated_modal_frames(c));
  PASS(no_plans_refusal(c));
  PASS(own_forces_lone_order(c));
  PASS(not_ruled_out(c));
  PASS(not_agreed_act(c));
  PASS(not_hesitating(c));
  PASS(negation_only_acts(c));
  PASS(act_goes_on_intent(c));
  PASS(trailing_threat_subject(c));
  PASS(considered_war_act(c));
  PASS(warned_consequence(c));
  PASS(future_response_threat(c));
  PASS(past_taken_action(c));
  PASS(passive_future_threat(c));
  PASS(promised_punishment(c));
  PASS(accusing_reports(c));
  PASS(passive_author_accusation(c));
  PASS(until_ultimatum(c));
  PASS(attempt_accusation(c));
  PASS(uninvolved_denial(c));
  PASS(accused_participle(c));
  PASS(chain_verbs(c));
  PASS(label_content_aside(c));
  PASS(region_modifier_aside(c));
  PASS(behalf_aside(c));
  PASS(amount_kind_gerund(c));
  PASS(document_author_subject(c));
  PASS(assign_roles(c));   /* before purposes go: a purpose still ends the act's clause */
  PASS(coordinated_frame_objects(c));
  PASS(ordered_to_leave(c));
  PASS(medium_not_target(c));
  PASS(own_envoy_post(c));
  PASS(hosted_mission_owner(c));
  PASS(promise_clause_target(c));
  PASS(drop_expulsion_deadlines(c));
  PASS(unknown_reported_subject(c));
  PASS(own_group_pronoun_target(c));
  PASS(joined_in_act(c));
  PASS(reaction_reason_target(c));
  PASS(force_from_into_target(c));
  PASS(purpose_party_not_target(c));
  PASS_OK(platform_restrictions(c));
  PASS(court_jailing_verdict(c));
  PASS(coordinated_subject_over_place(c));
  PASS(and_clause_subject(c));
  PASS(contact_relative_subject(c));
  PASS(conjoined_speech_speaker(c));
  PASS(followed_lead_subject(c));
  PASS(force_noun_subject(c));
  PASS_OK(reported_thing_subject(c, iSent));
  PASS(condemned_by_agent(c));
  PASS(condemned_act_author(c));
  PASS(crowd_or_force_storming(c));
  PASS(possessive_mission_target(c));
  PASS(force_obstruction_blockade(c));
  PASS_OK(armed_venue_attack(c));
  PASS(violence_result_victims(c));
  PASS(drop_result_tolls(c));
  PASS(interceptions(c));
  PASS(hostages_in_pattern(c));
  PASS(help_purpose_force(c));
  PASS(recall_from(c));
  PASS(member_state_expelled(c));
  PASS(own_possessive_object(c));
  PASS(possessive_other_party(c));
  PASS(own_state_out_of_body(c));
  PASS(denied_content(c));
  PASS(claimant_of_denied_claim(c));
  PASS(own_side_denial(c));
  PASS(unless_ultimatum(c));
  PASS(foretold_ultimatum(c));
  PASS(reported_wrongdoing(c));
  PASS(courtesy_call(c));
  PASS(welcome_as_approval(c));
  PASS(state_protest(c));
  PASS(unrecognised_rejection(c));
  PASS(comment_topic_end(c));
  PASS(neither_nor_unrecognised(c));
  PASS(boarding_takes_things(c));
  PASS(police_raids(c));
  PASS(retaliation_told_by_act(c));
  PASS(insisted_claim(c));
  PASS_OK(relief_carrier_arrival(c));
  PASS(arrival_as_deployment(c));
  PASS(rally_support(c));
  PASS(protest_purpose_target(c));
  PASS(help_verb(c));
  PASS(threat_goal(c));
  PASS_OK(posture_as_protection(c));
  PASS(requested_deployment(c));
  PASS(mobilised_for_place(c));
  PASS_OK(forces_sent_to_territory(c, iSent));
  PASS(forces_sent_into(c));
  PASS(show_of_force_label(c));
  PASS(captured_from(c));
  PASS(media_channel_targets(c));
  PASS(drop_purpose_clauses(c));
  PASS(drop_gerund_objects(c));
  PASS(drop_reason_gerunds(c));
  PASS(drop_open_question_acts(c));
  PASS(drop_non_protests(c));
  PASS(drop_figurative_wars(c));
  PASS(drop_possessed_event_subjects(c));
  PASS(drop_hoped_acts(c));
  PASS(drop_take_idioms(c));
  PASS(drop_meeting_places(c));
  PASS(drop_embassy_refuge(c));
  PASS(drop_paid_for_gerunds(c));
  PASS(drop_alternatives(c));
  PASS(drop_purpose_participles(c));
  PASS(drop_result_releases(c));
  PASS(drop_result_endings(c));
  PASS(drop_result_destruction(c));
  PASS(drop_result_casualties(c));
  PASS(drop_declared_outcomes(c));
  PASS(drop_reflexive_objects(c));
  PASS(drop_gerund_of_accord(c));
  PASS(drop_demanded_gerunds(c));
  PASS(drop_charged_conjuncts(c));
  PASS(drop_charged_content(c));
  PASS(drop_demanded_list(c));
  PASS(drop_conditions(c));
  PASS(truce_effect_sides(c));
  PASS(between_sides(c));
  PASS(clause_replies(c));
  PASS(relative_clause_acts(c));
  PASS(relative_coordinated_acts(c));
  PASS(restrictive_who_acts(c));
  PASS(object_relative_acts(c));
  PASS(thing_object_relative_acts(c));
  PASS(relative_frame_acts(c));
  PASS(possessive_relative_acts(c));
  PASS(relative_progressive_acts(c));
  PASS(relative_compound_targets(c));
  PASS(deal_object_relative_mediation(c));
  PASS(drop_relative_clauses(c));
  PASS(hosted_forces_target(c));
  PASS_OK(stationed_force_withdrawn(c, iSent));
  PASS(asked_content(c));
  PASS(drop_noun_uses(c));
  PASS(drop_munition_nouns(c));
  PASS(carried_out_claims(c));
  PASS_OK(revenge_claim_victim(c, iSent));
  PASS_OK(claim_victim(c, iSent));
  PASS_OK(responsibility_targets(c));
  PASS(coordinated_targets(c));
  PASS(missile_launches(c));
  PASS_OK(missile_landings(c));
  PASS(detected_craft(c));
  PASS(leader_flight_over(c));
  PASS(own_beneficiary(c));
  PASS(release_through_intermediary(c));
  PASS(venue_targets(c));
  PASS(lawsuit_parties(c));
  PASS(self_speech_targets(c));
  PASS_OK(veto_targets(c));
  PASS(veto_drafter_or_body(c));
  PASS(authored_object_target(c));
  PASS(admitted_own_act(c));
  PASS(said_violation_accusation(c));
  PASS(reaction_case_deeds(c));
  PASS(there_is_claim_speaker(c));
  PASS(whom_pronoun_roles(c));
  PASS(shared_object_targets(c));
  PASS(nobody_object(c));
  PASS(ousted_office_target(c));
  PASS(elided_object_target(c));
  PASS(protest_visit_target(c));
  PASS(after_clause_target(c));
  PASS(apposed_deed_reaction(c));
  PASS(shared_with_recipient(c));
  PASS(denied_own_part(c));
  PASS_OK(the_trade_ban(c));
  PASS_OK(decided_reaction_target(c));
  PASS(route_destination_target(c));
  PASS_OK(own_country_targets(c));
  PASS_OK(home_office_target(c));
  PASS(claimed_attack_absorbed(c));
  PASS_OK(reply_targets(c, iSent));
  PASS_OK(copy_targets(c));
  PASS(refused_deployment_abroad(c));
  PASS_OK(continued_targets(c, iSent));
  PASS_OK(release_targets(c, iSent));
  PASS_OK(release_own_national(c, iSent));
  PASS_OK(release_counterpart(c, iSent));
  PASS(joint_act_parties(c));
  PASS_OK(mediation_parties(c, iSent));
  PASS_OK(mediated_act_sides(c, iSent));
  PASS(mediation_after_contact(c));
  PASS(stopped_short_acts(c));
  PASS_OK(withdrawal_place(c));
  PASS_OK(ground_seized_inside(c));
  PASS_OK(deal_counterpart_targets(c, iSent));
  PASS_OK(ratified_deal_party(c, iSent));
  PASS(denial_counter_accused(c));
  PASS_OK(denial_accuser(c, iSent));
  PASS(avenged_victim_untargeted(c));
  PASS_OK(revenge_targets(c, iSent));
  PASS_OK(appeal_sides(c, iSent));
  PASS_OK(afflicted_state(c, iSent));
  PASS_OK(ally_object_target(c));
  PASS_OK(intent_counterpart(c, iSent));
  PASS(backward_coordinated_target(c));
  PASS(voiced_concern_target(c));
  PASS(rejected_proposal_target(c));
  PASS_OK(rejected_result_government(c));
  PASS_OK(reported_force_teller(c));
  PASS(reported_defender(c));
  PASS_OK(context_party(c, iSent));
  PASS_OK(visit_dateline_host(c));
  PASS_OK(challenger_condemns_own_deal(c));
  PASS(own_forces_alerted(c));
  PASS(drop_orders_at_home(c));
  PASS_OK(force_context_target(c, iSent));
  PASS_OK(captives_counterpart(c, iSent));
  PASS(threat_shares_target(c));
  PASS_OK(own_object_counterpart(c, iSent));
  PASS_OK(stance_counterpart(c, iSent));
  PASS_OK(denial_story_targets(c, iSent));
  PASS_OK(home_violence_author(c, iSent));
  PASS(document_author_target(c));
  PASS_OK(ruling_author_context(c));
  PASS(absolute_with_targets(c));
  PASS(brokered_modifier_targets(c));
  PASS(statement_content(c));
  PASS(reaction_act_adjective(c));
  c->pSubject = NULL;
  if (!vec_grow((void **)&c->aW, &c->nWAlloc, 2 * c->nTok + 2, sizeof(JudgeWord))) return 0;
  size_t nAll = judge_words(c, 0, c->nTok, 0);
  for (size_t k = 0; k < c->nH; k++) {
    const VerbHit *h = &c->aH[k];
    if (h->bDrop || plain_statement(c, h) || no_act_hit(c, h) || bare_hope(c, h)) continue;
    int aS[16], aT[16];
    int nS = members(c, h->iSrc, aS, 16), nT = members(c, h->iTgt, aT, 16);
    nT = sent_forces_as_one(c, h, aT, nT);
    int root = code_root(h);
    /* joint acts: "Russia and China held drills", "the two sides clashed" —
    ** only for acts that are mutual by nature, and only when nothing follows
    ** the verb that could be its object ("police and soldiers shot 37 people") */
    /* ... mediation is between others: "the US and Saudi Arabia brokered a
    ** ceasefire" do not mediate between themselves */
    /* (air strikes and shelling, 194-195, are one side's: "France
    ** and Britain are expected to carry out the first air strikes within
    ** days" strike no one of their own; issue 4, session 47) */
    int bOneSided = !strcmp(h->zCode, "195") || !strcmp(h->zCode, "194");
    int bMutual = (root == 3 && !mediation_code(h->zCode)) || (root == 4 && !one_way_visit(h->zCode)) || root == 6 || root == 15 || (root == 19 && !bOneSided) ||
                  !strcmp(h->zCode, "057") || !strcmp(h->zCode, "046") ||
                  !strcmp(h->zCode, "019") ||   /* "Reagan and Mubarak agreed there was a need": accord with each other */
                  !strncmp(h->zCode, "087", 3) ||   /* "Israel and Hezbollah halted hostilities" */
                  joint_bond(c, h) ||
                  /* "both governments recalled their ambassadors": each from the other */
                  (!strcmp(h->zCode, "161") && !strcmp(lemma_of(c, h), "recall"));
    /* ... nor what the members do "each" on their own ("Japan and the
    ** European Union each promised emergency money"; issue 4 dev37) */
    if (bMutual && h->i > 0 && tok_is(c, h->i - 1, "each")) bMutual = 0;
    /* ... and only between two sides: "Russian troops and tanks attacked
    ** Ukrainian positions" is one side's act on the positions */
    if (bMutual && nS >= 2 && !distinct_sides(c, aS, nS)) bMutual = 0;
    /* ... and organs of one state fighting together are one side: "the SBU
    ** and the navy carried out both attacks" (issue 4, session 44) */
    if (bMutual && nS >= 2 && root >= 18 && state_organs_of_one_state(c, aS, nS)) bMutual = 0;
    const Token *pNext = h->e < c->nTok ? &c->aTok[h->e] : NULL;
    /* verbal joint acts may have a topic ("discussed the exercise"); joint
    ** force needs none, or it is the object ("shot 37 people") */
    int bVerbal = root <= 5;
    /* ... "fought heavy battles", "clashed": the object of a fight is the fight */
    static const char *const azFight[] = {"fight", "battle", "clash", "skirmish", NULL};
    int bFightVerb = 0;
    for (const char *const *z = azFight; *z; z++) bFightVerb |= !strcmp(lemma_of(c, h), *z);
    int bNoObject = bVerbal || bFightVerb || !pNext || !pNext->bWord || tok_in(c, h->e, azPrep) || tok_in(c, h->e, azLocPrep) ||
                    tok_in(c, h->e, azFollow) || tok_in(c, h->e, azNotNoun) || pNext->bCap ||
                    agent_participle_after(c, h->e);
    /* a compound subject's joint act is not aimed at an unnamed role of its
    ** own ("Kyrgyz and Tajik forces fought with tanks") */
    int bRoleTarget = nT > 0 && c->aM[aT[0]].pAgent && !c->aM[aT[0]].pCountry && !c->aM[aT[0]].pMain &&
                      !c->aM[aT[0]].pPersonCountry &&
                      strcmp(c->aM[aT[0]].pAgent->zCode, "CVL");   /* "shot dead 37 people" has victims */
    /* ... its own: another side's role is the target ("U.S. and French
    ** warplanes shelled rebel positions") */
    int bOtherRole = 0;   /* ... for force: in cooperation a role is a topic ("military cooperation") */
    if (bRoleTarget && nS >= 2 && root >= 18) {
      int bOwnRole = 0;
      for (int x = 0; x < nS && !bOwnRole; x++)
        bOwnRole = c->aM[aS[x]].pAgent && c->aM[aS[x]].pAgent->zRole && c->aM[aT[0]].pAgent->zRole &&
                   !strcmp(c->aM[aS[x]].pAgent->zRole, c->aM[aT[0]].pAgent->zRole);
      bRoleTarget = bOwnRole;
      bOtherRole = !bOwnRole;
    }
    /* ... but "launched strikes on Syrian targets" aims at the modifier */
    int bAimed = nT > 0 && !bRoleTarget && !topic_of_talks(c, h, root, aT[0]) && c->aM[aT[0]].i > 0 && c->aM[aT[0]].i >= h->e &&
                 (tok_is(c, c->aM[aT[0]].i - 1, "on") || tok_is(c, c->aM[aT[0]].i - 1, "against"));
    /* ... and "India and Turkey bought Iranian oil" trades with the state
    ** whose goods it names */
    const char *zTrade = h->zAct ? h->zAct : h->zCode;   /* ... or says it will: 0311 */
    bAimed |= nT > 0 && (root == 6 || !strncmp(zTrade, "06", 2) || !strcmp(h->zCode, "0311")) &&
              goods_origin(c, h, &c->aM[aT[0]]);
    /* ... and allies striking "Houthi locations" strike the Houthis */
    bAimed |= nT > 0 && h->bWeakTarget && allied_force_place(c, h, h->iSrc, aT[0]);
    if ((h->bWeakTarget || bRoleTarget) && nS >= 2 && bMutual && !bAimed && !bOtherRole) nT = 0;
    if (nT > 0 && nS >= 2 && bMutual && topic_of_pact(c, root, aT[0])) nT = 0;
    if (nT > 0 && nS >= 2 && bMutual && border_location(c, aT[0])) nT = 0;
    /* ... or the state they deal with ("agreed on a framework to eliminate
    ** Syria's chemical weapons"), for talk, intents and deals, not for a
    ** material act told as an intent ("will lift the sanctions that have
    ** choked Iran's economy") */
    int rootAct = act_root(h);
    if (nT > 0 && nS >= 2 && bMutual && root <= 8 && distinct_sides(c, aS, nS) &&
        (venue_of_joint_act(c, aT[0]) || (rootAct >= 3 && rootAct <= 5 && topic_of_joint_act(c, aT[0]))))
      nT = 0;
    if (nT > 0 && nS >= 2 && bMutual && root >= 18 && contested_place(c, aT[0])) nT = 0;
    if (nT > 0 && bMutual && root < 14 && target_among_subject(c, aS, nS, aT, nT)) nT = 0;
    int bJointOnly = nT > 0 && nS >= 2 && bMutual && distinct_sides(c, aS, nS) &&
                     (joint_not_counterpart(c, h, aT[0]) || (root == 15 && member_land_venue(c, aT[0], aS, nS)));
    if (bJointOnly) nT = 0;
    /* "Russia and Ukraine exchanged prisoners", "traded accusations": a
    ** reciprocal verb gives each member of the subject the act towards the
    ** other; what is exchanged, people included, is no target */
    static const char *const azSwap[] = {"exchange", "swap", "trade", NULL};
    int bReciprocal = 0;
    for (const char *const *z = azSwap; *z && nS >= 2; z++) bReciprocal |= !strcmp(lemma_of(c, h), *z);
    /* ... also inside an intent pattern's words: "agreed to exchange prisoners" */
    for (size_t t = h->i + 1; t + 1 < h->e && nS >= 2 && !bReciprocal; t++)
      bReciprocal = tok_is(c, t, "to") && tok_in(c, t + 1, azSwap);
    /* ... and so does any act of two sides done to "each other" ("blamed
    ** each other for the shelling", "accused one another of violating the truce") */
    /* ... or to a role of "the other's" ("Each government blamed the other's
    ** troops"): the partner's, whose bare role is dropped below */
    int bOthers = nT > 0 && c->aM[aT[0]].i >= 3 && tok_is(c, c->aM[aT[0]].i - 1, "'s") &&
                  tok_is(c, c->aM[aT[0]].i - 2, "other") && tok_is(c, c->aM[aT[0]].i - 3, "the");
    for (size_t eo = h->i + 1; nS >= 2 && (nT == 0 || bOthers) && eo <= h->e + 2 && eo + 1 < c->nTok; eo++)
      if ((tok_is(c, eo, "each") && tok_is(c, eo + 1, "other")) || (tok_is(c, eo, "one") && tok_is(c, eo + 1, "another")) ||
          (tok_is(c, eo, "the") && tok_is(c, eo + 1, "other") && reciprocal_other_after(c, eo)))   /* "each side blamed the other" */
        bReciprocal = 1;
    if (bReciprocal && nT > 0 && c->aM[aT[0]].pAgent && !c->aM[aT[0]].pCountry && !c->aM[aT[0]].pMain) nT = 0;
    /* ... and two sides that trade fire trade it with each other, whatever
    ** state the sentence names after ("along their border near Azerbaijan's
    ** Tovuz district") */
    if (bReciprocal && nT > 0 && nS >= 2 && distinct_sides(c, aS, nS) &&
        c->aM[aT[0]].pMain && c->aM[aT[0]].pMain->kind != AK_PERSON && !c->aM[aT[0]].pAgent &&
        !(c->aM[aT[0]].i > 0 && tok_is(c, c->aM[aT[0]].i - 1, "with")))   /* "trade with Iran" names the partner */
      nT = 0;
    if (bReciprocal) bMutual = bNoObject = 1;
    /* "the truce was mediated by Qatar and Egypt": agents of a passive act on
    ** the subject, not on each other -- unless the subject is the pattern's
    ** own noun ("the agreement was signed by Iran and Saudi Arabia": they
    ** signed it with each other) */
    int bByAgents = h->iSrc >= 0 && c->aM[h->iSrc].bBy && !h->bRev;
    int bSym = nT == 0 && nS >= 2 && bMutual && !bByAgents && (bNoObject || h->bWeakTarget || bRoleTarget || bJointOnly);
    if (!nS || (!nT && !bSym)) continue;
    /* the clause before the verb, from the subject on */
    size_t lo = h->iSrc >= 0 ? c->aM[aS[0]].i : 0;
    if (lo > h->i) lo = 0;   /* passive: the subject is the target */
    if (h->iSrc >= 0 && c->aM[h->iSrc].i > h->i) lo = h->iTgt >= 0 && c->aM[h->iTgt].i < h->i ? c->aM[h->iTgt].i : 0;
    size_t nBefore = judge_words(c, finite_conjunct_start(c, h, lo), h->i, nAll);
    Judgment j;
    judge_clause(c->aW + nAll, nBefore, c->aW, nAll, h->bReported, &j);
    /* "Yellen is due in Beijing on Thursday": an arrival the story announces,
    ** its words inside the verb's own pattern (issue 4 lead36) */
    if (!j.bFuture && tok_is(c, h->i + 1, "due") && (tok_is(c, h->i + 2, "in") || tok_is(c, h->i + 2, "at")) &&
        !strcmp(j.zMood, "fact")) {
      j.bFuture = j.bExpected = 1;
      j.zMood = "forecast";
    }
    /* "We expect Turkey to leave the survey ship in the zone", "We do not
    ** expect Azerbaijan to free the captured soldiers": the onlooker's verb
    ** stands before the subject, outside the clause judged, and foretells
    ** the act -- or, negated, foretells that it will not happen */
    if (h->iSrc >= 0 && c->aM[aS[0]].i < h->i && c->aM[aS[0]].i >= 1 && h->i >= 1 &&
        (tok_is(c, h->i - 1, "to") || (h->i >= 2 && tok_is(c, h->i - 2, "to")))) {
      static const char *const azExpect[] = {"expect", "expects", NULL};
      size_t iSubj = c->aM[aS[0]].i;
      if (tok_in(c, iSubj - 1, azExpect) && (!strcmp(j.zMood, "fact") || !strcmp(j.zMood, "reported"))) {
        j.bFuture = j.bExpected = 1;
        j.zMood = "forecast";
        if (iSubj >= 2 && (tok_is(c, iSubj - 2, "not") || tok_is(c, iSubj - 2, "n't"))) j.bNegated = !j.bNegated;
      }
    }
    if (j.bNegated && negation_left_behind(c, h, lo)) j.bNegated = 0;
    if (j.bNegated && negation_before_but(c, h, lo)) j.bNegated = 0;
    if (!j.bNegated && no_object_in_pattern(c, h)) j.bNegated = 1;
    if (!j.bNegated && (unlikely_to(c, h) || unlikely_to_heed(c, h))) {
      j.bNegated = 1;
      j.zMood = "forecast";
    }
    prescribed_mood(h, &j);
    /* "should", "must" prescribe for the author only when no one else is
    ** speaking: "agreed that their countries should cooperate", "..., saying
    ** he must resign", "said Sudan must return a helicopter that was
    ** captured" report another's words, which the frames code as a demand
    ** where they make one (compose_frames); what is left is no act */
    if (!strcmp(j.zMood, "recommendation") && !h->bModalFramed) {
      int bSpoken = h->bReported || j.bReport;
      for (size_t x = 0; x < c->nH && !bSpoken; x++) {
        const VerbHit *r = &c->aH[x];
        int rootR = code_root(r);
        bSpoken = x != k && !r->bDrop && r->e <= h->i && (rootR <= 3 || (rootR >= 10 && rootR <= 13));
        /* ... not a recommendation of its own clause before: "Brussels
        ** should offer its good offices ..., and Washington should urge
        ** Sofia to lift its veto" (issue 4, session 41) */
        int bOwnAdvice = bSpoken && r->i >= 1 &&
                         (tok_is(c, r->i - 1, "should") || tok_is(c, r->i - 1, "must") ||
                          (r->i >= 2 && (tok_is(c, r->i - 2, "should") || tok_is(c, r->i - 2, "must"))));
        for (size_t t = r->e; bOwnAdvice && t < h->i; t++)   /* "... and urge Belgrade": the "and" right before */
          if ((tok_is(c, t, ",") && tok_is(c, t + 1, "and")) || tok_is(c, t, ";") || tok_is(c, t, "and")) {
            bSpoken = 0;
            break;
          }
      }
      if (bSpoken) continue;
    }
    /* a stated intent, threat or demand is an act of now, not a forecast of
    ** the act it names ("said it would withdraw" is 0356 today) */
    if (h->bModalFramed && (j.bFuture || !strcmp(j.zMood, "recommendation"))) {
      j.bFuture = 0;
      if (!strcmp(j.zMood, "forecast") || !strcmp(j.zMood, "recommendation"))
        j.zMood = h->bReported || j.bReport ? "reported" : "fact";
    }
    /* ... and a threat a speaker makes with "could" ("said Russia could bomb
    ** intruding warships") is his hedge, not the analysts' estimate */
    if (h->bModalFramed && !strcmp(j.zMood, "estimate") && h->i > 0 &&
        (tok_is(c, h->i - 1, "could") || tok_is(c, h->i - 1, "might") || tok_is(c, h->i - 1, "may")) &&
        !analysts_judge(c))
      j.zMood = h->bReported || j.bReport ? "reported" : "fact";
    /* ... and so is one a frame verb states ("plans to send aid" 033), unless
    ** others expect it ("is expected to pledge aid") or hedge it */
    if (h->bStated && j.bFuture && !j.bExpected && !j.bHasP && !strcmp(j.zMood, "forecast")) {
      j.bFuture = 0;
      j.zMood = h->bReported || j.bReport ? "reported" : "fact";
    }
    /* a stated intent or threat happens when it is said: a date after its
    ** verb is the date of the act it announces, its due date ("will visit
    ** Albania in June", "said it would withdraw by Friday") */
    int bStatedNow = (h->bModalFramed || h->bStated) && !j.bFuture;
    if (h->bNegClear) j.bNegated = 0;
    /* "Neither Russia nor China condemned the strike": the subject's
    ** "neither" negates the act of every member */
    /* ... and so does the object's: "condemned neither Russia nor China" */
    int bNeither = h->iSrc >= 0 && c->aM[aS[0]].i > 0 && tok_is(c, c->aM[aS[0]].i - 1, "neither");
    /* (an implied target sits on the verb: "neither accepted" is no object's "neither") */
    if (bNeither || (nT > 0 && c->aM[aT[0]].i > 0 && c->aM[aT[0]].i != h->i && tok_is(c, c->aM[aT[0]].i - 1, "neither")))
      j.bNegated = 1;
    if (bNeither && bSym) continue;   /* those who each did not act did nothing together */
    /* "No Russian troops have entered Ukraine", "no Saudi troops had crossed
    ** into Yemen": a subject counted by "no" did not act (issue 4, session 41) */
    if (h->iSrc >= 0 && c->aM[aS[0]].i > 0 && c->aM[aS[0]].i < h->i && tok_is(c, c->aM[aS[0]].i - 1, "no"))
      j.bNegated = 1;
    /* "has neither confirmed nor denied its role": the verb after "nor", with
    ** "neither" two to four tokens before it, is not done (issue 4, session 42) */
    /* (a refusal the formula already makes, "neither accepted nor recognised" 120, stays one) */
    for (size_t t = h->i >= 4 ? h->i - 4 : 0; h->i > 0 && code_root(h) != 12 && tok_is(c, h->i - 1, "nor") && t + 2 < h->i; t++)
      if (tok_is(c, t, "neither")) j.bNegated = 1;
    /* nearest date expression to the verb */
    const DateFound *pDate = NULL, *pDue = NULL;
    size_t best = (size_t)-1, bestDue = (size_t)-1;
    DateFound relDate;
    if (!j.bFuture && (relative_date(c, h, &relDate) || offset_from_told_event(c, h, &relDate))) {
      pDate = &relDate;
      best = 0;
    }
    for (size_t x = 0; x < c->nDate && best; x++) {
      size_t iD = c->aDate[x].iTok;
      /* "NAGORNO-KARABAKH WARNING UPDATE, NOVEMBER 14: Azerbaijani forces
      ** shot down ... on Wednesday": the date of a capitalised label before
      ** the colon is the report's, no act's (issue 4 dev52, dev53) */
      if (label_date(c, &c->aDate[x])) continue;
      int bSaid = 0;   /* "..., Soares said on Tuesday": the day it was said */
      int bActDate = 0;   /* "will visit Nepal next week and meet Oli": the first act's date */
      for (size_t q = 0; q < c->nH && bStatedNow; q++) {
        const VerbHit *pq = &c->aH[q];
        bSaid |= pq->i >= h->e && pq->i < iD && is_report_verb(pq);
        bActDate |= pq != h && !pq->bDrop && pq->bModalFramed && pq->i < iD && iD < h->i;
      }
      if (bStatedNow && (iD > h->i || bActDate) && !bSaid) {
        int bRel = 0;
        for (size_t b = h->e; b < iD; b++) bRel |= tok_is(c, b, "which") || tok_is(c, b, "who") || clause_break(c, b);
        size_t dist = iD > h->i ? iD - h->i : h->i - iD;
        if (!bRel && dist < bestDue) {
          bestDue = dist;
          pDue = &c->aDate[x];
        }
        continue;
      }
      /* "since the August 9 election": a reference point, not this event's date */
      int bRef = 0;   /* ...but "before the end of 2020" is a forecast's deadline */
      for (size_t b = iD >= 3 ? iD - 3 : 0; b < iD; b++)
        bRef |= tok_is(c, b, "since") || tok_is(c, b, "after") ||
                (!j.bFuture && (tok_is(c, b, "until") || (tok_is(c, b, "before") && !time_of_day(c, b + 1)) ||
                                tok_is(c, b, "ahead"))) ||
                /* "signed off on a ceasefire by December 31": a deadline after
                ** the verb (issue 4, session 43) */
                (!j.bFuture && iD > h->i && b + 1 == iD && tok_is(c, b, "by"));
      if (bRef) continue;
      /* a date inside a relative clause after the verb is that clause's:
      ** "discussed the exercise, which will take place in September" */
      int bRel = 0;
      for (size_t b = h->e; b < iD; b++)
        bRel |= tok_is(c, b, "which") || tok_is(c, b, "who") || tok_is(c, b, "where") || tok_is(c, b, "when");
      /* ... and so is one after a clause or gerund that "after" or "before"
      ** opens: "agreed to de-escalate after exchanging strikes in January" */
      for (size_t b = h->e; b + 1 < iD && !bRel; b++) {
        if (!tok_is(c, b, "after") && !tok_is(c, b, "before")) continue;
        bRel = tok_ing(c, b + 1);
        /* ... also where the date stands before that clause's verb: "after
        ** President Jorge Serrano on Tuesday shut down the legislature" */
        for (size_t q = 0; q < c->nH && !bRel; q++)
          bRel = c->aH[q].i > b && (c->aH[q].i < iD || c->aH[q].i == c->aDate[x].iTokEnd) &&
                 opens_subordinate(c, b, c->aH[q].i);
      }
      /* ... and so is one after the cause an act answers: "closing their
      ** borders in protest at the army's seizure of power last week", "in
      ** retaliation for Tuesday's raid" (issue 4 dev35) */
      static const char *const azCause[] = {"protest", "response", "retaliation", "reprisal", "revenge", NULL};
      for (size_t b = h->e; b + 1 < iD && !bRel; b++) {
        if (tok_is(c, b, ",") || tok_is(c, b, ";") || clause_break(c, b)) break;
        bRel = tok_is(c, b, "in") && tok_in(c, b + 1, azCause);
      }
      /* ... and so is one after the act of a relative clause of the
      ** object's own: "freed the sailors its coast guards seized last
      ** November" (object_relative_acts; issue 4, session 44) */
      for (size_t q = 0; q < c->nH && !bRel && iD > h->e; q++)
        bRel = &c->aH[q] != h && !c->aH[q].bDrop && c->aH[q].bOwnClause && c->aH[q].i >= h->e && c->aH[q].i < iD;
      if (bRel || date_in_aside(c, h, &c->aDate[x])) continue;
      /* ... and a date before the verb in a clause "but", "while" or a
      ** semicolon closed dates that clause: "signed a ceasefire on January
      ** 23, but both sides have repeatedly violated it" (issue 4 lead34) */
      int bOtherClause = 0;
      for (size_t b = c->aDate[x].iTokEnd; b < h->i && iD < h->i; b++)
        bOtherClause |= tok_is(c, b, "but") || tok_is(c, b, "while") || tok_is(c, b, "whereas") || tok_is(c, b, ";") ||
                        /* "whom police detained in May 2020 and whom a court jailed" */
                        (tok_is(c, b, "and") && b + 1 < h->i &&
                         (tok_is(c, b + 1, "whom") || tok_is(c, b + 1, "who") || tok_is(c, b + 1, "which")));
      /* ... and a date after a past act, in a future the sentence goes on to
      ** tell, dates that future: "condemned the attack and said it would
      ** send the carrier ... for joint exercises from Sunday" */
      for (size_t b = h->e; !j.bFuture && iD > h->i && b < iD && !bOtherClause; b++)
        bOtherClause = tok_is(c, b, "would") || tok_is(c, b, "will") || tok_is(c, b, "shall");
      if (bOtherClause) continue;
      /* "will likely ask Minsk to host a base in 2021": a year alone is a
      ** forecast's deadline, not the day the act is foretold for */
      if (j.bFuture && c->aDate[x].kind == DK_YEAR) {
        if (bestDue == (size_t)-1) bestDue = 0, pDue = &c->aDate[x];
        continue;
      }
      if (c->aDate[x].kind == DK_YEAR && date_of_infinitive(c, h, iD)) continue;
      if (iD > h->i && date_of_charged_act(c, h, &c->aDate[x])) continue;
      /* "claimed responsibility for Friday's shooting": a possessive date
      ** after the verb dates the noun it is the determiner of, not the act */
      if (iD > h->i && c->aDate[x].iTokEnd < c->nTok && tok_is(c, c->aDate[x].iTokEnd, "'s")) continue;
      /* ... and so does a date between an article and a noun: "pardoned
      ** those charged over the Jan. 6, 2021, attack" (issue 4 lead36) */
      if (iD > h->i && iD > 0 && tok_is(c, iD - 1, "the") && date_names_noun(c, &c->aDate[x])) continue;
      size_t dist = c->aDate[x].iTok > h->i ? c->aDate[x].iTok - h->i : h->i - c->aDate[x].iTokEnd;
      /* "The Taliban seized Kunduz on Sept. 28, and Afghan forces retook the
      ** city last Thursday": a date before ", and" and a new subject is its
      ** own clause's; it dates this verb only when its clause has none
      ** (issue 4, session 41) */
      int bOwnClause = 0;
      for (size_t b = c->aDate[x].iTokEnd; iD < h->i && b + 2 < h->i; b++)
        if (tok_is(c, b, ",") && tok_is(c, b + 1, "and") &&
            (in_mention(c, b + 2) || (tok_in(c, b + 2, azDet) && in_mention(c, b + 3)))) {
          dist += c->nTok;
          bOwnClause = 1;
          break;
        }
      /* ... and never a future act's: "staff must leave by November 30, the
      ** ministry said, and Sikorski warned that Warsaw could close the
      ** remaining consulates" (issue 4, session 43) */
      if (bOwnClause && (j.bFuture || h->bModalFramed || code_root(h) == 13 || code_root(h) == 3)) continue;
      /* a forecast's date is the one after its verb (the deadline), not the
      ** date it was said on: "stated on June 3 that they will sign by the end of 2021" */
      if (j.bFuture && c->aDate[x].iTok < h->i) dist += c->nTok;
      /* ... nor is the date of the report a reported act's, when the act's
      ** own clause gives one: "disclosed on Tuesday that a Chinese frigate
      ** had trained fire-control radar at the Yudachi on January 30" (issue
      ** 4 dev33) */
      for (size_t q = 0; q < c->nH && iD < h->i; q++) {
        const VerbHit *pq = &c->aH[q];
        if (pq->i < h->i && is_report_verb(pq) && pq->e <= iD && iD <= pq->e + 1) {
          dist += c->nTok;
          break;
        }
      }
      if (dist < best) {
        best = dist;
        pDate = &c->aDate[x];
      }
    }
    if (bSym) {
      /* a member that names a side an earlier member named is that side
      ** again, not a party of its own */
      int aDup[16] = {0};
      for (int a = 1; a < nS; a++)
        for (int b = 0; b < a && !aDup[a]; b++) aDup[a] = one_side_twice(c, aS[b], aS[a]);
      /* "Japarov, Rahmon and Mirziyoyev are expected to meet in the Tajik
      ** city of Khujand": a meeting in one member's land is that member's
      ** hosting (043) and the others' visit (042), as the gold sets code it
      ** (tests/gold/README.md, dev20); the guests do not meet each other */
      int iHost = meeting_host(c, h, aS, nS);
      const CameoCode *ccVisit = iHost >= 0 ? dict_cameo(c->p, "042") : NULL;
      const CameoCode *ccHost = iHost >= 0 ? dict_cameo(c->p, "043") : NULL;
      /* "Congolese and Rwandan commanders launched a joint operation": a
      ** force act two sides carry out together is military cooperation
      ** between them (062), as joint patrols are, not a fight (issue 4 dev34) */
      int bJointForce = 0;
      for (size_t t = h->i + 1; t < h->e && root >= 18 && !bJointForce; t++) bJointForce = tok_is(c, t, "joint");
      const CameoCode *ccJoint = bJointForce ? dict_cameo(c->p, "062") : NULL;
      VerbHit *hm = &c->aH[k];
      const char *zMeet = hm->zCode;
      for (int a = 0; a < nS; a++) {
        for (int b = 0; b < nS; b++) {
          if (a == b || aDup[a] || aDup[b]) continue;
          if (ccJoint) hm->zCode = ccJoint->zCode;
          if (ccVisit && ccHost) {
            if (a != iHost && b != iHost) continue;
            hm->zCode = a == iHost ? ccHost->zCode : ccVisit->zCode;
          }
          int rc = emit_event(c, iSent, h, aS[a], aS[b], &j, pDate, pDue, 1);
          hm->zCode = zMeet;
          if (!rc) return 0;
        }
      }
      continue;
    }
    /* "Yoon Suk Yeol, South Korea's president, imposed martial law": a
    ** compound of one state's members (a person and his apposition) is one
    ** side, which does act at home (issue 4 clauses22) */
    int bOneState = nS > 1;
    const char *zFirst = NULL;
    if (bOneState) mention_country(c, aS[0], &zFirst);
    for (int a = 1; a < nS && bOneState; a++) {
      const char *zA = NULL;
      mention_country(c, aS[a], &zA);
      bOneState = zFirst && zA && !strncmp(zFirst, zA, 3);
    }
    for (int a = 0; a < nS; a++) {
      for (int b = 0; b < nT; b++) {
        if (aS[a] == aT[b]) continue;
        /* "Armenia and Azerbaijan fought over Nagorno-Karabakh": a member of
        ** a compound subject does not act on its own country's land */
        const char *zA = NULL, *zB = NULL;
        /* ... but an armed group of its own state is fought as anyone else:
        ** "Ugandan, Congolese and southern Sudanese troops attacked the camps
        ** of the Lord's Resistance Army" (issue 4 dev38) */
        if (nS > 1 && !c->aM[aT[b]].pAgent && !bOneState &&
            !(c->aM[aT[b]].pMain && c->aM[aT[b]].pMain->kind == AK_ORG && armed_group_entry(c->aM[aT[b]].pMain))) {
          mention_country(c, aS[a], &zA);
          mention_country(c, aT[b], &zB);
          if (zA && zB && !strncmp(zA, zB, 3)) continue;
        }
        /* "held drills with Belarus", "flew a joint patrol with Chinese
        ** bombers": a show of force staged with a partner is military
        ** cooperation (062), both ways, as a compound subject's is */
        int bWith = strcmp(j.zMood, "recommendation") &&
                   (mutual_with(c, h, aT[b]) || release_in_exchange(c, h, aT[b]) || fought_directly(c, h, aT[b]));
        int bJointForce = bWith && code_root(h) == 15;
        if (!emit_event(c, iSent, h, aS[a], aT[b], &j, pDate, pDue, bJointForce)) return 0;
        /* "negotiated with the rebels", "exchanged fire with Pakistani
        ** troops", "conducted joint drills with Belarus": a negotiation, an
        ** exchange of fire or joint drills with a partner are one joint act,
        ** coded both ways as a compound subject's would be; talks, a meeting,
        ** a visit or a signing "with" keep their one direction, and so does
        ** the author's advice that one side open talks */
        if (bWith && !emit_event(c, iSent, h, aT[b], aS[a], &j, pDate, pDue, bJointForce)) return 0;
        /* ... and a switch of recognition cuts ties with the state it leaves */
        int iFrom = b == 0 ? recognition_withdrawn_from(c, h, aS[a]) : -1;
        const CameoCode *ccCut = iFrom >= 0 ? dict_cameo(c->p, "161") : NULL;
        if (ccCut) {
          VerbHit hCut = *h;
          hCut.zCode = ccCut->zCode;
          if (!emit_event(c, iSent, &hCut, aS[a], iFrom, &j, pDate, pDue, 0)) return 0;
        }
        /* ... and a crowd's clash with police is the force's repression in turn */
        const CameoCode *ccRepress = crowd_clash_force(c, h, aS[a], aT[b]) ? dict_cameo(c->p, "175") : NULL;
        if (ccRepress) {
          VerbHit hBack = *h;
          hBack.zCode = ccRepress->zCode;
          if (!emit_event(c, iSent, &hBack, aT[b], aS[a], &j, pDate, pDue, 0)) return 0;
        }
      }
    }
  }
  if (c->pTrace) trace_events(c, nEventBefore);
  c->pLastPerson = c->pSubject ? c->pSubject : c->pLastMentioned;
  if (!remember_plural(c) || !remember_bodies(c, iSent)) return 0;
  remember_it(c);
  remember_armed_group(c);
  remember_town(c, iSent);
  remember_vessel(c, iSent);
  remember_trade_ban(c, iSent);
  remember_decider(c, iSent);
  if (!remember_seen(c, iSent) || !remember_role_heads(c, iSent) || !remember_act_owners(c, iSent)) return 0;
  size_t kFirst = c->d->nEvent;   /* this sentence's events are the last ones */
  while (kFirst > 0 && c->d->aEvent[kFirst - 1].iSentence == iSent) kFirst--;
  /* ... its country, whoever in it acted ("Protesters stormed ... The
  ** government said"); a body or an armed group has none, and after it the
  ** story's side is unknown again ("Hezbollah fighters fired ...") */
  /* ... but a foreign mediator whose every act of the sentence is a
  ** mediation (045) in the dateline's state does not become the story's side
  ** ("Ivanov ... shuttled between the two camps" in a Tbilisi story; issue 4,
  ** session 45) */
  const char *zHome = c->pDateline ? c->pDateline->zCountry : NULL;
  int bGuest = kFirst < c->d->nEvent && zHome;
  for (size_t k = kFirst; bGuest && k < c->d->nEvent; k++) {
    const tocsin_event *pE = &c->d->aEvent[k];
    bGuest = !strncmp(pE->zEvent, "045", 3) && pE->target.zCountry && !strncmp(pE->target.zCountry, zHome, 3) &&
             pE->source.zCountry && strncmp(pE->source.zCountry, zHome, 3);
  }
  if (kFirst < c->d->nEvent && !bGuest) c->zSubjCountry = c->d->aEvent[kFirst].source.zCountry;
  /* ... the dateline's state when one of its events has it as source: in
  ** "GUATEMALA CITY - The United States suspended aid after President
  ** Serrano shut down the legislature", the story is Guatemala's (session 43) */
  for (size_t k = kFirst; zHome && k < c->d->nEvent; k++) {
    const char *zS = c->d->aEvent[k].source.zCountry;
    if (zS && !strncmp(zS, zHome, 3)) {
      c->zSubjCountry = zS;
      break;
    }
  }
  if (c->iPairSent != iSent) {
    c->iPairSent = iSent;
    c->nPairStates = 0;
  }
  /* the country later sentences' bare roles fall back on (zRecent): the
  ** last mention's, but not a place's in a relative or subordinate clause
  ** ("a court in Minsk jailed Bialiatski, who had studied in Russia. Police
  ** detained ..." is Belarus's police, not Russia's; issue 4 brief17) */
  static const char *const azSubClause[] = {"who", "whom", "whose", "which", "while", "where", NULL};
  size_t iSub = SIZE_MAX;   /* the first relative or subordinate word */
  for (size_t t = 0; t < c->nTok && iSub == SIZE_MAX; t++)
    if (tok_in(c, t, azSubClause) && (tok_is(c, t, "while") || (t > 0 && tok_is(c, t - 1, ",")))) iSub = t;
  for (size_t k = 0; k < c->nM; k++) {
    const char *zC = NULL;
    mention_country(c, (int)k, &zC);
    if (zC) c->zRecentAny = zC;
    /* ... nor a people's adjective on a thing ("some of them waving Russian
    ** flags": the crowd of the next sentence is not Russia's; issue 4 lead35) */
    const Mention *pm = &c->aM[k];
    int bThingMod = pm->bMod && pm->pCountry && !pm->pMain && !pm->pAgent && !pm->pGroup;
    /* ... nor a trailing attribution's speaker ("..., French officials
    ** said. Rebel leaders said ...": Chad's rebels; issue 4, session 47) */
    if (zC && !(pm->bLoc && pm->i > iSub) && !bThingMod && !pm->bSaid) c->zRecent = zC;
    if (zC && c->pDateline && c->pDateline->zCountry) {
      c->zItemState = zC;
      c->bDatelineNamed |= !strncmp(zC, c->pDateline->zCountry, 3);
    }
    /* the states this sentence names as actors (not a place of the act, nor
    ** a hyphened pair of peoples' adjectives on a thing: "the 1890
    ** Anglo-German treaty" gave the next sentence's "the two governments";
    ** issue 4 dev35) */
    int bHyphenMod = bThingMod && ((pm->e < c->nTok && tok_is(c, pm->e, "-")) ||
                                   (pm->i > 0 && tok_is(c, pm->i - 1, "-")));
    if (!zC || c->aM[k].bLoc || c->aM[k].bSaid || c->aM[k].bOwn || bHyphenMod) continue;
    int bSeen = 0;
    for (size_t x = 0; x < c->nPairStates; x++) bSeen |= !strncmp(c->azPair[x], zC, 3);
    if (bSeen) continue;
    if (!vec_grow((void **)&c->azPair, &c->nPairAlloc, c->nPairStates + 1, sizeof(char *))) return 0;
    c->azPair[c->nPairStates++] = zC;
  }
  return 1;
}

/* Per-event notes and their domains come from the sentence; aFired says
** which dictionary lines fired. */
static int attach_sources(tocsin_doc *d, const struct EventFired *aFired) {
  free(d->aExtra);
  d->aExtra = calloc(d->nEvent ? d->nEvent : 1, sizeof(*d->aExtra));
  if (!d->aExtra) return 0;
  for (size_t k = 0; k < d->nEvent; k++) {
    const tocsin_sentence *s = &d->aSent[d->aEvent[k].iSentence];
    struct EventExtra *x = &d->aExtra[k];
    x->fired = aFired[k];
    x->aNote = s->aNote;
    x->nNote = s->nNote;
    size_t nMax = 0;
    for (size_t i = 0; i < s->nNote; i++) {
      const tocsin_note *n = tocsin_doc_find_note(d, s->aNote[i]);
      if (n) nMax += n->nUrl;
    }
    const char **az = arena_alloc(d->pArena, (nMax ? nMax : 1) * sizeof(char *));
    if (!az) return 0;
    size_t nz = 0;
    for (size_t i = 0; i < s->nNote; i++) {
      const tocsin_note *n = tocsin_doc_find_note(d, s->aNote[i]);
      for (size_t u = 0; n && u < n->nUrl; u++) {
        int bDup = 0;
        for (size_t q = 0; q < nz; q++) bDup |= !strcmp(az[q], n->azDomain[u]);
        if (!bDup && n->azDomain[u]) az[nz++] = n->azDomain[u];
      }
    }
    x->azSource = az;
    x->nSource = nz;
  }
  return 1;
}

/* Contract: counts the states the document names -- by state actors,
** demonyms and people's role countries, regions and homonym places left out
** -- into c->aDocState, and sets c->zFocus to the most mentioned (the
** default home of roles named without one; the first named on a tie). 0 on
** OOM. The counts then resolve homonym places (resolve_homonym) when the
** sentences are coded; while they are being taken, a homonym keeps its
** first sense and is not counted, so no place votes for itself. */
static int find_focus(Coder *c) {
  Intern *pVocab = (Intern *)&c->p->vocab;
  const ActorEntry *pSaved = c->pLastPerson;
  c->nDocState = 0;
  c->nDocPerson = 0;
  c->pFocusPerson = NULL;
  for (size_t i = 0; i < c->d->nSent; i++) {
    c->z = c->d->aSent[i].zText;
    c->nTok = 0;
    if (!tokenize(c->z, strlen(c->z), pVocab, c->p->pArena, 0, &c->aTok, &c->nTok, &c->nTokAlloc)) return 0;
    if (!find_actors(c)) return 0;
    for (size_t k = 0; k < c->nM; k++) {
      c->bEuDoc |= c->aM[k].pMain && c->aM[k].pMain->kind == AK_ORG && c->aM[k].pMain->zCode &&
                   !strncmp(c->aM[k].pMain->zCode, "IGOEUREEC", 9);
      const char *zB = NULL;
      mention_country(c, (int)k, &zB);
      /* (a pronoun that stands for "Brussels" names no Belgium) */
      c->bBelgiumDoc |= zB && !strncmp(zB, "BEL", 3) && !tok_is(c, c->aM[k].i, "brussels") && !c->aM[k].bPronoun;
    }
    for (size_t k = 0; k < c->nM; k++) {
      const Mention *m = &c->aM[k];
      if (m->bPronoun || !m->pMain || m->pMain->kind != AK_PERSON) continue;
      size_t j = 0;
      while (j < c->nDocPerson && c->aDocPerson[j].p != m->pMain) j++;
      if (j == c->nDocPerson) {
        if (!vec_grow((void **)&c->aDocPerson, &c->nDocPersonAlloc, c->nDocPerson + 1, sizeof(*c->aDocPerson)))
          return 0;
        c->aDocPerson[c->nDocPerson].p = m->pMain;
        c->aDocPerson[c->nDocPerson++].n = 0;
      }
      c->aDocPerson[j].n++;
    }
    for (size_t k = 0; k < c->nM; k++) {
      const Mention *m = &c->aM[k];
      const char *zC = NULL;
      if ((m->pCountry && m->pCountry->bRegion) || (!m->pCountry && m->pMain && m->pMain->bRegion)) continue;
      if (m->pCountry) zC = m->pCountry->zCountry;
      else if (m->pMain && m->pMain->zCountry && !m->bHomonym) zC = m->pMain->zCountry;
      else
        zC = person_state(c, m->pMain);   /* first three letters compared below; NULL for no person */
      if (!zC) continue;
      size_t j = 0;
      while (j < c->nDocState && strncmp(c->aDocState[j].zC, zC, 3)) j++;
      if (j == c->nDocState) {
        if (!vec_grow((void **)&c->aDocState, &c->nDocStateAlloc, c->nDocState + 1, sizeof(*c->aDocState)))
          return 0;
        c->aDocState[c->nDocState].zC = zC;
        c->aDocState[c->nDocState++].n = 0;
      }
      c->aDocState[j].n++;
    }
  }
  c->pLastPerson = pSaved;
  c->pLastMentioned = NULL;
  c->pLastShe = c->pLastHe = NULL;
  c->pProxyState = NULL;
  size_t best = SIZE_MAX;
  for (size_t j = 0; j < c->nDocState; j++) {
    if (best == SIZE_MAX || c->aDocState[j].n > c->aDocState[best].n) best = j;
  }
  c->zFocus = best != SIZE_MAX ? arena_strndup(c->d->pArena, c->aDocState[best].zC, 3) : NULL;
  size_t bestP = SIZE_MAX;
  for (size_t j = 0; j < c->nDocPerson; j++)
    if (bestP == SIZE_MAX || c->aDocPerson[j].n > c->aDocPerson[bestP].n) bestP = j;
  c->pFocusPerson = bestP != SIZE_MAX ? c->aDocPerson[bestP].p : NULL;
  c->pNorthHalf = c->pSouthHalf = NULL;
  c->bSudanHalves = 0;
  /* ... and "the north" and "the south" of a story on the two Sudans
  ** (Sudan and South Sudan, split in 2011 and at war before) */
  for (size_t j = 0; j < c->nDocState && !c->pNorthHalf; j++)
    if (!strncmp(c->aDocState[j].zC, "SSD", 3)) {
      c->pNorthHalf = country_entry(c, "SDN");
      c->pSouthHalf = country_entry(c, "SSD");
      c->bSudanHalves = 1;
    }
  for (size_t j = 0; j < c->nDocState; j++)
    if (!strncmp(c->aDocState[j].zC, "PRK", 3) || !strncmp(c->aDocState[j].zC, "KOR", 3)) {
      c->pNorthHalf = country_entry(c, "PRK");
      c->pSouthHalf = country_entry(c, "KOR");
      c->bSudanHalves = 0;
    }
  return 1;
}

int tocsin_doc_code(tocsin_doc *d, const tocsin_dict *p, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  d->trace.n = 0;
  if (d->opt.bTrace && !buf_reserve(&d->trace, 256)) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory while coding", d->zPath);
    return TOCSIN_ENOMEM;
  }
  if (d->opt.bTrace) d->trace.z[0] = 0;
  if (p->pPat) {   /* TABARI / PETRARCH dictionaries: the pattern coder */
    if (d->opt.bTrace) buf_puts(&d->trace, "the pattern coder (TABARI/PETRARCH dictionaries) has no passes to trace\n");
    struct EventFired *aFired = NULL;
    d->nEvent = 0;
    int ok = sparse_code_doc(d, p, &aFired) && attach_sources(d, aFired);
    free(aFired);
    if (!ok) {
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory while coding", d->zPath);
      return TOCSIN_ENOMEM;
    }
    return TOCSIN_OK;
  }
  Coder c;
  memset(&c, 0, sizeof c);
  c.d = d;
  c.p = p;
  c.bDocDate = d->zDate[0] && ymd_parse(d->zDate, &c.docDate);
  c.idBy = dict_tok(p, "by");
  c.idThat = dict_tok(p, "that");
  c.idTo = dict_tok(p, "to");
  c.pTrace = d->opt.bTrace ? &d->trace : NULL;
  d->nEvent = 0;
  int ok = find_focus(&c);
  c.pLastPerson = NULL;
  for (size_t i = 0; ok && i < d->nSent; i++) ok = code_sentence(&c, i);
  if (ok) ok = attach_sources(d, c.aFired);
  free(c.aFired);
  free(c.aAcro);
  free(c.aAlias);
  free(c.azPair);
  free(c.aPl);
  free(c.aRoleC);
  free(c.aBody);
  free(c.aSeen);
  free(c.aDocState);
  free(c.aDocPerson);
  free(c.aHead);
  free(c.aActOwner);
  free(c.aTok);
  free(c.aUsed);
  free(c.aKind);
  free(c.aM);
  free(c.aH);
  free(c.aDate);
  free(c.aW);
  buf_free(&c.traceSeen);
  buf_free(&c.traceNow);
  if (!ok || (c.pTrace && c.pTrace->bOom)) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory while coding", d->zPath);
    return TOCSIN_ENOMEM;
  }
  return TOCSIN_OK;
}

const char *tocsin_doc_trace(const tocsin_doc *d) {
  return d && d->opt.bTrace && d->trace.z ? d->trace.z : NULL;
}
