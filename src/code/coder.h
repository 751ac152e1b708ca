/*
** Internal to the default coder (src/code/: every file but dates.c, frames.c
** and sparse.c): the types the passes share (Mention, VerbHit, Coder), token
** tests, and the functions one file calls in another, grouped by the file
** that defines them; their contracts are stated where they are defined.
** Not part of the public API (include/tocsin.h).
**
** The files, in the order code_window runs them:
**   coder.c         the driver: documents, sentence windows, the pass order, trace
**   actors.c        actor phrases (find_actors) and what earlier sentences named
**   anaphora.c      attributions, pronouns, possessives, joins of phrases
**   verbs.c         verb hits (find_verbs): patterns, gaps, hits no pattern gives
**   roles.c         source and target of each hit (assign_roles)
**   asides.c        appositions and asides that are not participants
**   drops.c         hits that are not acts
**   accusations.c   accusations, blame, condemnation, denials
**   relatives.c     acts in relative clauses
**   targets.c       targets the words after the verb do not give
**   replies.c       replies, mediation, joint acts, releases
**   mood.c          frames, negation, modals, hedges, prescriptions
**   counterparts.c  the other side, found in the story
**   deployments.c   forces sent and received, protests, topics of talks
**   sides.c         which state or side a phrase means, armed groups
**   events.c        hits to events: actor codes, dates, fired lines (emit_event)
**   words.c         word lists several files share
*/
#ifndef TOCSIN_CODER_H
#define TOCSIN_CODER_H

#include "code.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../judge/judge.h"
#include "frames.h"

#define MAX_CAND 8   /* candidate entries kept per phrase; more are dictionary duplicates */
#define TK_AMOUNT 1     /* a number or a word of an amount: "7.4", "billion", "euros" */
#define TK_DOLLAR 2     /* "$" */
#define TK_LIST_SEP 4   /* ",", "and", "the" between the names of a list */
#define TK_COORD_MODAL 8 /* "and" or "but" before a modal: "... and would pay for it" */
#define TK_COORD_CLAUSE 16 /* "and" or "but" before a subject pronoun: "..., and it imposed sanctions" */
#define TK_IN_PROTEST 32 /* "in" before "protest(s)": "suspended trade in protest at ..." */
#define TK_DATE_CAP 64  /* a capitalised word inside a date ("in March"): no pattern word (dates_find runs first) */
#define TK_IN_DATE 128  /* any token inside a date: "on March 21 accused" counts nothing */
#define TK_COMMA_ASIDE 256 /* a comma-enclosed apposition and its commas: "took the patriarch, governor Andal Ampatuan Sr., into custody" */
#define TK_SUBORD 512   /* a subordinating conjunction ("after", "when", "because"): it opens a clause of its own */

typedef struct Mention {
  size_t i, e;                 /* token span [i, e) */
  const ActorEntry *pMain;     /* person, org, metonym, country, capital, place, or NULL */
  const ActorEntry *pCountry;  /* demonym or country modifier */
  const ActorEntry *pAgent;    /* role */
  const ActorEntry *pPersonCountry;  /* "supporters of <person>": the person's country */
  const ActorEntry *pGroup;    /* an identity group, with or without a state ("Iraqi Sunnis",
                               ** "Sunni clerics"); a bare group is also pMain ("the Kurds") */
  int bLoc;                    /* after in/at/near: a place, not a participant */
  int bBy;                     /* after "by": the agent of a passive */
  int bAside;                  /* "according to X", "with the help of" ... not a participant */
  int bPrep;                   /* after a preposition: never the subject */
  int bMod;                    /* modifies the noun after it: never the subject, a target of last resort */
  int bPronoun;
  int bSaid;                   /* names the reporter of a trailing attribution ("..., Reuters reported") */
  int bOwn;                    /* not in the text: the source's own country (a domestic act) */
  int iGroup;                  /* compound group */
  int bFormer;                 /* a person the text names by a body's office he left ("former U.N.
                               ** Secretary-General Kofi Annan"): no body's code (make_actor) */
  size_t iAnte;                /* a plural pronoun: 1 + the first token of its antecedent in this
                               ** sentence, 0 if none */
  int bHomonym;                /* pMain is the sense resolve_homonym chose among places of
                               ** several states ("Tripoli"): find_focus does not count it */
  const ActorEntry *pHeritage; /* a dual national's other state, the first of a hyphened pair
                               ** ("the British-Iranian aid worker"): heritage_demonym */
  int bNameAlias;              /* the surname of a person the dictionaries lack, standing for the
                               ** side the document gave him ("Blanco", a party's councillor) */
} Mention;

typedef struct VerbHit {
  size_t i, e;                 /* verb token, one past the last pattern token */
  const VerbPattern *pPat;
  const char *zCode;           /* the event code: the pattern's, or composed by a frame (frames.h) */
  size_t iSpan, eSpan;         /* the verb text to show: "threatened to impose sanctions" */
  size_t iSubj;                /* the subject is sought before this token: the frame verb's */
  int iSrcForce, iTgtForce;    /* roles a frame fixed ("X said Y must ..."), -1 none */
  int bFramed;                 /* zCode was composed: an intent, threat, demand ... (frames.h) */
  int bModalFramed;            /* ... from a modal ("said it would"): stated now, not a forecast */
  const char *zAct;            /* ... the code of the act itself, before the frame composed it */
  int bStated;                 /* ... an intent or threat a frame verb states ("plans to send aid"):
                               ** stated now, a forecast only when an onlooker expects it */
  uint32_t forms;              /* forms of the surface token */
  int bDrop;                   /* absorbed by another hit */
  int bWeakTarget;             /* the target is only a modifier ("military cooperation") */
  int bNegated, bReported;
  int bNegClear;               /* a frame consumed the clause's negation ("said it would not") */
  int iSrc, iTgt;              /* chosen mention indexes, -1 none */
  int iCopyOf;                 /* "followed suit": the event (d->aEvent) it repeats, else -1 */
  size_t iCopyHit;             /* ... or 1 + the verb token of the act of its own sentence it
                               ** repeats ("X recognised Y, and Z did the same"), 0 none */
  int bRev;                    /* a pattern read backwards in a passive: "talks were held" */
  int bOwnClause;              /* a reply in a relative clause with its own subject ("..., which
                               ** Kyiv denied"): an act of its own, kept by drop_relative_clauses */
  int bPrescribed;             /* the authors prescribe it to its subject ("We urge X to V", "X is
                               ** advised to V", "It is essential that X V"): mood recommendation */
} VerbHit;

typedef struct Coder {
  tocsin_doc *d;
  const tocsin_dict *p;
  const char *z;               /* sentence text */
  Token *aTok; size_t nTok, nTokAlloc;
  uint8_t *aUsed;              /* bit 1: a pattern literal of a verb hit; bit 2: inside a hit's span */
  uint16_t *aKind;             /* per token, TK_* bits: what a pattern's gap asks of it, computed once */
  Mention *aM; size_t nM, nMAlloc;
  VerbHit *aH; size_t nH, nHAlloc;
  DateFound *aDate; size_t nDate, nDateAlloc;
  JudgeWord *aW; size_t nWAlloc;
  uint32_t idBy;                   /* the token id of "by", TOK_NONE if not in the vocabulary */
  uint32_t idThat, idTo;           /* the ids of "that" and "to", likewise (gap_crosses_clause) */
  const ActorEntry *pLastPerson;   /* for "he"/"she", carried across sentences */
  /* a person the dictionaries do not hold, named with the state that
  ** describes him ("Cesare Battisti, a former Italian militant", "Italian
  ** militant Cesare Battisti"): that state stands for his "he" and "him"
  ** (unknown_person_state) while no person of the dictionaries is named
  ** after him; iProxySent is where, iPersonSent the last sentence that named
  ** a person the dictionaries hold */
  const ActorEntry *pProxyState;
  size_t iProxySent, iPersonSent;
  const char *zFocus;              /* the document's most mentioned country */
  /* the states the document names and how often (find_focus), homonym
  ** places left out: resolve_homonym picks the sense of the state named */
  struct DocState { const char *zC; int n; } *aDocState;
  size_t nDocState, nDocStateAlloc;
  int bEuDoc;                      /* the document names the EU or one of its bodies */
  int bBelgiumDoc;                 /* ... or Belgium, by a name other than "Brussels" */
  /* the people the document names and how often (find_focus); the most
  ** named, first on a tie, is pFocusPerson: whom "him" after a list of other
  ** people most likely means */
  struct DocPerson { const ActorEntry *p; int n; } *aDocPerson;
  size_t nDocPerson, nDocPersonAlloc;
  const ActorEntry *pFocusPerson;
  const ActorEntry *pNorthHalf, *pSouthHalf;  /* "the North", "the South" in a story on Korea or the Sudans, else NULL */
  int bSudanHalves;   /* ... the Sudans: news writes them in lower case ("accused the north of") */
  /* country of the last mention in earlier sentences, not of a place in a
  ** relative or subordinate clause (code_window): a bare role's fallback */
  const char *zRecent;
  const char *zRecentAny;          /* country of the last mention, a place included ("the island kingdom") */
  /* the country of the source of the last sentence that coded an event: the
  ** side the story follows, whose organs a bare "the foreign minister" or
  ** "the court" of the next sentence name ("Japan accused China ... The
  ** foreign minister said" is Japan's, not China's) */
  const char *zSubjCountry;
  /* what "they" and "them" of the next sentences stand for: the plural or
  ** compound subject of the last sentence, else its last plural actor (one
  ** mention per member, flags cleared) */
  Mention *aPl; size_t nPl, nPlAlloc;
  /* what a subject "It" of the next sentence stands for: the one state,
  ** body or state organ that was the last sentence's subject (bIt), else
  ** nothing (remember_it) */
  Mention mIt; int bIt;
  /* the countries bare roles took in this window's events, by the role's
  ** first token: what a pronoun standing for the role takes ("released 222
  ** political prisoners and expelled them to the United States") */
  struct RoleCountry { size_t i; const char *zC; } *aRoleC;
  size_t nRoleC, nRoleCAlloc;
  /* the distinct states sentence iPairSent named as actors: "Thailand and
  ** Cambodia dispute the border. The two countries ..." -- what "the two
  ** (three) countries" of the next sentence may mean */
  const char **azPair;
  size_t nPairStates, nPairAlloc, iPairSent;
  size_t iSentNow;                 /* the sentence being coded */
  size_t iItemSent; int bItem;     /* the sentence a roundup's current item opened ("Elsewhere, ...", "Kenya: ...") */
  size_t iAttrib;                  /* the comma opening a trailing attribution, SIZE_MAX if none */
  size_t iAttribVerb;              /* ... and its verb ("reported", "charged") */
  const ActorEntry *pLastMentioned;  /* last person named so far */
  const ActorEntry *pLastShe, *pLastHe;   /* the last woman and the last man named so far */
  const ActorEntry *pSubject;      /* person source of this sentence's first event */
  Ymd docDate; int bDocDate;
  Ymd anchor; int bAnchor;         /* the current wire item's dateline date */
  Ymd ctx; int bCtx;               /* date of the last dated past event: the narrative's "now" */
  /* the narrative's last date of any age, for "the next day", "three days
  ** later", "later that month" in background paragraphs (ctx skips dates a
  ** year before the report): set by an event's own past date, or by the last
  ** date of a sentence that coded none (pending until the next sentence);
  ** valid while the wire item's anchor is narrAnchor */
  Ymd narr; int bNarr; Ymd narrAnchor; int bNarrAnchor;
  Ymd narrPend; int bNarrPend; size_t iNarrPendSent, iNarrEvSent; int bNarrEv;
  /* narr as the current sentence began: what its own "the next day" counts from */
  Ymd narrSent; int bNarrSent; size_t iNarrSent;
  char zCtxText[80];
  const ActorEntry *pDateline;     /* the current wire item's dateline place */
  const char *zItemState;          /* the state the item's earlier sentences named last */
  int bDatelineNamed;              /* ... and whether they named the dateline's own */
  struct EventFired *aFired; size_t nFiredAlloc;   /* what fired, parallel to d->aEvent */
  /* acronyms the document defines ("Rapid Support Forces (RSF)"): token id ->
  ** the actor it named, for the rest of the document, over the dictionary's
  ** own reading of the letters (RSF: Reporters Without Borders) */
  struct Acronym { char z[12]; const ActorEntry *p; } *aAcro;
  size_t nAcro, nAcroAlloc;
  /* surnames of the people the document has named in full: "Pelosi" after
  ** "US House Speaker Nancy Pelosi"; bAmbiguous when two share one */
  struct Alias { char z[32]; const ActorEntry *pMain, *pCountry, *pAgent; int bAmbiguous; } *aAlias;
  size_t nAlias, nAliasAlloc;
  /* the bodies (IGO mentions) the three sentences before named, oldest first, for "the league" */
  struct RecentBody { const ActorEntry *p; size_t iSent; } *aBody;
  size_t nBody, nBodyAlloc;
  /* the company (an MNC... org or a state's ...BUS firm) the sentences before
  ** named last, and in which sentence, for "the company", "the firm" */
  const ActorEntry *pLastFirm; size_t iFirmSent;
  /* the states (zC) and stateless bodies (pOrg) the sentences before named,
  ** in text order, coded or not: what a reply whose act lies only in
  ** context answers when no event of it was coded (context_party) */
  struct SeenActor { const char *zC; const ActorEntry *pOrg; size_t iSent; int bLoc, bAccusing, iGroup; } *aSeen;
  size_t nSeen, nSeenAlloc;
  /* the armed group (an insurgent, rebel, separatist or criminal org) the
  ** wire item named last, for "the attackers", "the militants" after it */
  const ActorEntry *pArmedGroup;
  /* the town or city the wire item named last, and in which sentence, for
  ** a later "the city", "the town" (the_town) */
  const ActorEntry *pLastTown;
  size_t iLastTownSent;
  const ActorEntry *pLastVessel;   /* the flag state of the last ship named ("a Spanish trawler"): "the ship" */
  size_t iLastVesselSent;
  const ActorEntry *pLastBanned;   /* the state whose goods the last "ban on" named ("a ban on Polish meat"): "the ban" */
  size_t iLastBanSent;
  const ActorEntry *pDecider;   /* who last ruled, voted or adopted a text ("the court ruled"): "the ruling" */
  const ActorEntry *pDeciderAgent;   /* ... its role with a state ("the Supreme Court": JUD) */
  size_t iDeciderSent;
  const ActorEntry *pReportAuthor;   /* whose report the story named last ("a United Nations
                                     ** report"): "welcomed the report" */
  size_t iReportSent;
  /* the roles with a state the sentences before named, by head noun
  ** ("Egypt's army" -> army, EGY), for a later definite "the army" */
  struct RoleHead { uint32_t id; const char *zC, *zRole; size_t iSent; } *aHead;   /* id: the head's interned token */
  size_t nHead, nHeadAlloc;
  /* the deed nouns the sentences before named with their doer ("the
  ** North's launch"), for a later reaction to "the launch" */
  struct ActOwner { uint32_t id; const char *zC; const ActorEntry *pOrg; size_t iSent; } *aActOwner;
  size_t nActOwner, nActOwnerAlloc;
  /* tocsin_options.bTrace: the document's trace, and the state the last
  ** traced pass left (one line per mention and hit, trace_render) */
  Buf *pTrace;
  Buf traceSeen, traceNow;
} Coder;

typedef struct RawMatch {
  size_t i, e;
  const ActorEntry *a[MAX_CAND];
  int n;
  int bHomonym;   /* resolve_homonym chose one state's place among several */
} RawMatch;

/* What a subject phrase carries, for relief_carrier_arrival and
** force_crossing: a vehicle or a shipment ("flights", "convoy"), relief goods
** ("aid", "tents", "doses"), weapons, or a force ("troops", "police"). */
typedef struct CargoWords { int bCarrier, bRelief, bArms, bForce; } CargoWords;

/* Contract: the first token of hit h's text: a frame's verb ("warned ...
** against any attempt to obstruct") when it stands before the act's. */
static inline size_t hit_start(const VerbHit *h) { return h->iSpan < h->i ? h->iSpan : h->i; }

/* Contract: the last live (not dropped) hit before hit k, NULL if none. */
static inline VerbHit *prev_live_hit(const Coder *c, size_t k) {
  while (k-- > 0)
    if (!c->aH[k].bDrop) return &c->aH[k];
  return NULL;
}

static inline int tok_is(const Coder *c, size_t i, const char *zWord) {
  if (i >= c->nTok) return 0;
  const Token *t = &c->aTok[i];
  return word_eq(c->z + t->start, t->end - t->start, zWord);
}

static inline int tok_in(const Coder *c, size_t i, const char *const *az) {
  for (; *az; az++) {
    if (tok_is(c, i, *az)) return 1;
  }
  return 0;
}

/* Is token i a word of five letters or more ending in "-ed", a past form the
** dictionaries may not list ("replaced", "continued")? */
static inline int tok_past_ed(const Coder *c, size_t i) {
  const Token *t = &c->aTok[i];
  return t->bWord && t->end - t->start > 4 && c->z[t->end - 2] == 'e' && c->z[t->end - 1] == 'd';
}

/* Is token i a word of five letters or more ending in "-ing", a present
** participle or gerund ("exchanging", "demanding")? */
static inline int tok_ing(const Coder *c, size_t i) {
  const Token *t = &c->aTok[i];
  return t->bWord && t->end - t->start > 4 && !strncmp(c->z + t->end - 3, "ing", 3);
}

/* Is token i a word of four letters or more ending in "-ly", an adverb of
** manner ("gravely", "unilaterally") the verb lists do not hold? */
static inline int tok_ly(const Coder *c, size_t i) {
  const Token *t = &c->aTok[i];
  return t->bWord && t->end - t->start > 3 && !strncmp(c->z + t->end - 2, "ly", 2);
}

/* Is token i a time of day ("dawn", "midnight")? "before dawn on May 9"
** dates the act on May 9; "before" there does not open a deadline. */
static inline int time_of_day(const Coder *c, size_t i) {
  static const char *const azTime[] = {"dawn", "daybreak", "sunrise", "sunset", "midnight", "noon", "dusk",
                                       "nightfall", NULL};
  return i < c->nTok && tok_in(c, i, azTime);
}

extern const char *const azLocPrep[];
extern const char *const azGoOn[];
extern const char *const azNameHead[];
extern const char *const azDet[];
extern const char *const azPrep[];
extern const char *const azFollow[];
extern const char *const azOrgHead[];
extern const char *const azEnvoyTitle[];
extern const char *const azQuantity[];
extern const char *const azNotNoun[];
extern const char *const azPossDet[];
extern const char *const azSubjPron[];
extern const char *const azBe[];
extern const char *const azTimeSpan[];
extern const char *const azAttrVerb[];
extern const char *const azAspectVerb[];
extern const char *const azReactionAct[];
extern const char *const azTalkPurpose[];
extern const char *const azGenericDeed[];

/* actors.c */
int tok_number(const Coder *c, size_t i);
int str_listed(const char *z, const char *const *az);
/* 1 if role code z (its first three letters: "GOV" of "GOVX") is one of az. */
int role_listed(const char *z, const char *const *az);
int plural_word(const Coder *c, size_t t);
int noun_at(const Coder *c, size_t t);
int in_mention(const Coder *c, size_t i);
int list_comma(const Coder *c, size_t t);
/* The group number of mention m set apart from every compound: a group of its own. */
static inline int lone_group(size_t m) { return -1000000 - (int)m; }
/* The group number the mentions implied as targets of hit k share (push_implied_mention). */
static inline int implied_group(size_t k) { return -1 - (int)k; }
const ActorEntry *raw_pick(const RawMatch *r, ActorKind kind);
const ActorEntry *raw_best(const RawMatch *r);
int veto_body(const Coder *c, const VerbHit *h, int iMod, int iGapMod, int iT);
const char *org_exit(const Coder *c, const VerbHit *h, const Mention *pT, const char *zCode);
const char *troops_leave_host(const Coder *c, const Mention *pT, const char *zSrc, const char *zTgt,
                              size_t iSent, const char *zCode);
const char *foreign_troops_expelled(const Mention *pT, const char *zSrc, const char *zTgt, const char *zCode);
uint32_t token_forms(const Coder *c, size_t t);
int past_only(const Coder *c, size_t t);
int match_at(const Coder *c, size_t i, RawMatch *r);
int push_mention(Coder *c, Mention *m);
int insert_mention(Coder *c, const Mention *pM);
int insert_phrase_mention(Coder *c, size_t i, size_t e, const ActorEntry *pMain);
int reciprocal_other_after(const Coder *c, size_t t);
int remember_bodies(Coder *c, size_t iSent);
int remember_seen(Coder *c, size_t iSent);
int remember_role_heads(Coder *c, size_t iSent);
int remember_act_owners(Coder *c, size_t iSent);
void document_author_subject(Coder *c);
int find_actors(Coder *c);
void partitive_pronoun_aside(Coder *c);
void vote_tally_aside(Coder *c);

/* anaphora.c */
int attr_verb(const Coder *c, size_t t);
void owner_by(Coder *c);
void platform_medium(Coder *c);
int reporter_pair_and(const Coder *c, size_t t);
void trailing_attribution(Coder *c);
int plural_mention(const Coder *c, const Mention *m);
int plural_group(const Coder *c, int g);
int max_group(const Coder *c);
int plural_pronouns(Coder *c);
int remember_plural(Coder *c);
void remember_it(Coder *c);
int crowd_count_subject(Coder *c);
int subject_it(Coder *c);
int clause_it(Coder *c);
const char *person_state(const Coder *c, const ActorEntry *p);
/* The day people's roles are read on: the dateline's, else the document
** date, in *pDay; returns 0 (and leaves *pDay) when there is neither. */
int story_day(const Coder *c, long *pDay);
Mention pronoun_mention(size_t i, size_t e, const ActorEntry *p);
void possessive_opponents(Coder *c);
int person_possessives(Coder *c);
void speaker_possessive_roles(Coder *c);
void clause_possessive_roles(Coder *c);
int speaker_we(Coder *c);
const ActorEntry *place_of_office(const Coder *c, const RawMatch *aR, size_t nR, size_t k);
int possessive_descriptor(const Coder *c, size_t e, size_t i);
int possessed_release(const Coder *c, size_t i);
int possessed_plea(const Coder *c, size_t i);
int possessed_stance(const Coder *c, size_t i);
/* Contract: 1 when the comma at iComma that opens an attribution ("...,
** he said, ...") comes right after a relative pronoun: "extremists who, he
** said, had stirred up anger" reports that clause alone, not the acts
** before it (issue 4 dev38). Shared by trailing_attribution and chain_verbs. */
int attribution_in_relative(const Coder *c, size_t iComma);
/* Contract: 1 when token i is a compass word ("northern", "southeast"). */
int compass_word(const Coder *c, size_t i);
/* Contract: 1 when tokens t, t+1 are ", and" and an actor mention opens
** the next clause (a verb, an auxiliary or "said" follows it); roles.c. */
int and_opens_clause(const Coder *c, size_t t);
int subject_participle_at(const Coder *c, const Mention *m);
int causative_object_at(const Coder *c, const Mention *m);
int postpositive_adjective_at(const Coder *c, size_t t);
int compass_place(const Coder *c, size_t i);
int as_well_as_join(const Coder *c, size_t a, size_t b);
int trailing_participle_object(const Coder *c, size_t i, const ActorEntry *pFirst);
int person_list_subject(const Coder *c, size_t i, const ActorEntry **apOut, int nMax);
int object_of_own_subject(const Coder *c, size_t i, const ActorEntry *pRef);
const ActorEntry *antecedent_other_than(const Coder *c, const ActorEntry *pRef);
int pronoun_fits(const Coder *c, size_t i, const ActorEntry *p);
const ActorEntry *fitting_person(const Coder *c, size_t i, const ActorEntry *pRef);
const ActorEntry *sentence_person_fitting(const Coder *c, size_t i);
void led_force_state(Coder *c, size_t k);
int verb_opens_phrase(const Coder *c, const RawMatch *r, const RawMatch *aR, size_t nR);
void salvo_subject(Coder *c);
void counted_by_agent(Coder *c);
void former_body_title(Coder *c);
void body_members_phrase(Coder *c);
void titled_by_agent(Coder *c);

/* verbs.c */
int token_kinds(Coder *c);
int actor_mention_at(const Coder *c, size_t t);
size_t participle_head(const Coder *c, size_t i);
int crowd_damage(const Coder *c, const VerbHit *h, int iS);
int aid_moves_force(const char *zCode);
size_t subject_phrase_start(const Coder *c, size_t i);
CargoWords cargo_words(const Coder *c, size_t b, size_t e);
int bare_arrival_pattern(const Coder *c, const VerbPattern *v);
int goods_of(const Coder *c, const VerbHit *h, const Mention *pm);
int people_owner_in_gap(const Coder *c, const VerbHit *h, const Mention *pm);
int joint_trailing_participle(const Coder *c, size_t t);
int goods_origin(const Coder *c, const VerbHit *h, const Mention *pm);
int compound_noun_head(const Coder *c, size_t i);
int weapon_word_more(const Coder *c, size_t t);
size_t weapon_model_len(const Coder *c, size_t t);
const char *named_weapon_code(const Coder *c, const VerbHit *h, const Mention *pS);
const VerbPattern *lemma_pattern(const Coder *c, const char *zLemma, const char *zCode);
const VerbPattern *said_act_goes_on_hit(const Coder *c, size_t i, uint32_t *pForms, size_t *pEnd, int *piTgt);
size_t truce_effect_verb(const Coder *c, size_t i, size_t *piNoun);
int armed_mention(const Mention *m);
int agent_participle_after(const Coder *c, size_t i);
int find_verbs(Coder *c);

/* roles.c */
const char *lemma_of(const Coder *c, const VerbHit *h);
int code_root(const VerbHit *h);
int reduced_relative_subject(const Coder *c, const VerbHit *h);
int act_root(const VerbHit *h);
int is_report_verb(const VerbHit *h);
void label_content_aside(Coder *c);
void force_from_into_target(Coder *c);
void purpose_party_not_target(Coder *c);
void court_jailing_verdict(Coder *c);
void own_group_pronoun_target(Coder *c);
void region_modifier_aside(Coder *c);
void behalf_aside(Coder *c);
void chain_verbs(Coder *c);
void followed_lead_subject(Coder *c);
void unknown_reported_subject(Coder *c);
int mention_before(const Coder *c, size_t i, size_t lo);
int clause_break(const Coder *c, size_t t);
int free_participant(const Mention *m);
int contrast_clause_at(const Coder *c, size_t t);
int opens_subordinate(const Coder *c, size_t t, size_t hi);
int noun_phrase_head(const Coder *c, size_t i, size_t *pj, size_t *pnSteps);
int allied_force_place(const Coder *c, const VerbHit *h, int iS, int iLoc);
int killed_in_clash(const Coder *c, const VerbHit *h);
int deal_aside_agent(const Coder *c, const VerbHit *h);
void assign_roles(Coder *c);
void joined_in_act(Coder *c);
void reaction_reason_target(Coder *c);
int reaction_reason_at(const Coder *c, size_t t);

/* events.c */
const char *person_code(const ActorEntry *a, long day, int bHaveDay, char *zBuf, size_t nBuf);
int is_state_code(const char *z);
int members(const Coder *c, int iM, int *a, int nMax);
void mention_country(const Coder *c, int iM, const char **pz);
int same_clause(const Coder *c, size_t a, size_t b);
const char *member_country(const Coder *c, int iM, int bOwner);
const char *dateline_state(const Coder *c, const char *zDefault);
int reporter_mention(const Coder *c, const VerbHit *h);
int mention_has(const Coder *c, const Mention *m, const char *const *az);
const char *role_country_at(const Coder *c, size_t i);
int bare_organ(const Mention *m);
const char *role_default(const Coder *c, int iM, const char *zDefault);
const char *label_state(const Coder *c);
const char *latest_other_state(const Coder *c, const char *zNot);
void opening_time_possessive(Coder *c);
void narrative_sentence_start(Coder *c, size_t iSent);
int offset_from_told_event(Coder *c, const VerbHit *h, DateFound *pOut);
int relative_date(Coder *c, const VerbHit *h, DateFound *pOut);
int bare_role(const Mention *m);
int border_with(const Coder *c, size_t t);
int date_in_aside(const Coder *c, const VerbHit *h, const DateFound *pD);
int date_of_infinitive(const Coder *c, const VerbHit *h, size_t iD);
int date_of_charged_act(const Coder *c, const VerbHit *h, const DateFound *pD);
int date_names_noun(const Coder *c, const DateFound *pD);
const char *government_force_country(const Coder *c, int iM);
void implied_mention(const VerbHit *h, const ActorEntry *pC, Mention *pm);
int emit_event(Coder *c, size_t iSent, const VerbHit *h, int iS, int iT, const Judgment *j,
               const DateFound *pDate, const DateFound *pDue, int bJoint);

/* asides.c */
void origin_list_asides(Coder *c);
void mark_body_members(Coder *c);
void org_officer_apposition(Coder *c);
void mark_appositions(Coder *c);
void known_as_asides(Coder *c);
void envoy_posting_asides(Coder *c);
void long_relative_asides(Coder *c);
void restrictive_relative_asides(Coder *c);
void settlement_of_demonym(Coder *c);
void title_apposition(Coder *c);
void apposition_relative_asides(Coder *c);
int plural_subject(const Coder *c, const Mention *m, const VerbHit *h);
void drop_counterfactuals(Coder *c);
void drop_abilities(Coder *c);
void drop_obligations(Coder *c);
void drop_bare_passive_asides(Coder *c);
void drop_title_words(Coder *c);
size_t slug_end(const Coder *c);
void drop_striking_workers(Coder *c);
void drop_weapon_class_modifiers(Coder *c);
void drop_dated_particle(Coder *c);
void drop_means_nouns(Coder *c);
void drop_power_seizures(Coder *c);
void drop_met_reactions(Coder *c);
int place_name_at(const Coder *c, size_t t);

/* drops.c */
void drop_participle_adjectives(Coder *c);
void drop_prenominal_participles(Coder *c);
void drop_headline_weapon_nouns(Coder *c);
void headline_object_nouns(Coder *c);
void drop_determined_gerunds(Coder *c);
void drop_without_gerunds(Coder *c);
void drop_gerund_of_noun(Coder *c);
void drop_present_record(Coder *c);
void drop_standing_facts(Coder *c);
void asked_content(Coder *c);
int amount_word(const Coder *c, size_t i);
size_t date_end_at(const Coder *c, size_t t);
size_t that_after_date(const Coder *c, size_t t);
void drop_munition_nouns(Coder *c);
void drop_weapon_list_nouns(Coder *c);
void force_obstruction_blockade(Coder *c);
void unrecognised_rejection(Coder *c);
void uncommented_silence(Coder *c);
void comment_topic_end(Coder *c);
void neither_nor_unrecognised(Coder *c);
void boarding_takes_things(Coder *c);
void police_raids(Coder *c);
void retaliation_told_by_act(Coder *c);
void drop_subject_participles(Coder *c);
void drop_noun_uses(Coder *c);
void drop_non_protests(Coder *c);
void drop_take_idioms(Coder *c);
void drop_embassy_refuge(Coder *c);
void drop_paid_for_gerunds(Coder *c);
void adverb_back(Coder *c);
void drop_expulsion_deadlines(Coder *c);
void medium_not_target(Coder *c);
void own_envoy_post(Coder *c);
void hosted_mission_owner(Coder *c);
void promise_clause_target(Coder *c);
void drop_figurative_wars(Coder *c);
void drop_possessed_event_subjects(Coder *c);
void drop_hoped_acts(Coder *c);
void drop_open_question_acts(Coder *c);
void drop_reason_gerunds(Coder *c);
void drop_gerund_objects(Coder *c);
void drop_purpose_clauses(Coder *c);
void drop_alternatives(Coder *c);
void drop_purpose_participles(Coder *c);
void and_clause_subject(Coder *c);
void contact_relative_subject(Coder *c);
void conjoined_speech_speaker(Coder *c);
void drop_result_releases(Coder *c);
void drop_result_destruction(Coder *c);
void claimed_attack_absorbed(Coder *c);
void drop_result_endings(Coder *c);
void drop_charged_content(Coder *c);
void drop_meeting_places(Coder *c);
int toll_act(const Coder *c, size_t k, int bEnded);
void drop_result_casualties(Coder *c);
void drop_declared_outcomes(Coder *c);
void drop_reflexive_objects(Coder *c);
void drop_gerund_of_accord(Coder *c);
void drop_demanded_gerunds(Coder *c);
void drop_charged_conjuncts(Coder *c);
void drop_demanded_list(Coder *c);
void free_relative_speaker(Coder *c);
void drop_free_relative_labels(Coder *c);
void drop_free_relative_reports(Coder *c);

/* accusations.c */
int tok_quote(const Coder *c, size_t t);
void accusing_reports(Coder *c);
void passive_author_accusation(Coder *c);
void until_ultimatum(Coder *c);
void attempt_accusation(Coder *c);
void uninvolved_denial(Coder *c);
void condemned_by_agent(Coder *c);
void own_possessive_object(Coder *c);
void possessive_other_party(Coder *c);
void condemned_act_author(Coder *c);
void reaction_act_adjective(Coder *c);
void member_state_expelled(Coder *c);
void recall_from(Coder *c);
void own_state_out_of_body(Coder *c);
void accused_participle(Coder *c);
void accused_means(Coder *c);
void unless_ultimatum(Coder *c);
void reported_wrongdoing(Coder *c);
void foretold_ultimatum(Coder *c);
void persona_non_grata(Coder *c);
void denied_content(Coder *c);
void claimant_of_denied_claim(Coder *c);
int future_negation(const Coder *c, size_t b, size_t hi);
void own_side_denial(Coder *c);
void state_protest(Coder *c);

/* relatives.c */
int object_it(Coder *c);
int demanded_that_it(Coder *c);
void clause_replies(Coder *c);
void relative_progressive_acts(Coder *c);
void relative_compound_targets(Coder *c);
int relative_time_adverb(const Coder *c, size_t t);
void relative_clause_acts(Coder *c);
void relative_coordinated_acts(Coder *c);
void restrictive_who_acts(Coder *c);
void object_relative_acts(Coder *c);
void thing_object_relative_acts(Coder *c);
void relative_frame_acts(Coder *c);
void possessive_relative_acts(Coder *c);
void deal_object_relative_mediation(Coder *c);
void drop_relative_clauses(Coder *c);

/* targets.c */
const ActorEntry *country_entry(const Coder *c, const char *zC);
const ActorEntry *org_entry(const Coder *c, const char *zCode);
int names_charge(const Coder *c, const VerbHit *h);
int push_implied_mention(Coder *c, size_t k, const ActorEntry *pC);
int push_implied_target(Coder *c, size_t k, const ActorEntry *pC);
int visit_dateline_host(Coder *c);
int challenger_condemns_own_deal(Coder *c);
int veto_targets(Coder *c);
void veto_drafter_or_body(Coder *c);
void authored_object_target(Coder *c);
int responsibility_targets(Coder *c);
void missile_launches(Coder *c);
int missile_landings(Coder *c);
void detected_craft(Coder *c);
void leader_flight_over(Coder *c);
void ordered_to_leave(Coder *c);
void coordinated_targets(Coder *c);
void backward_coordinated_target(Coder *c);
void voiced_concern_target(Coder *c);
int finite_act(const Coder *c, const VerbHit *h);
size_t owned_act_noun(const Coder *c, const VerbHit *h);
int reaction_noun(const Coder *c, const VerbHit *h);
size_t reaction_noun_at(const Coder *c, const VerbHit *h);
const char *coup_makers(const Coder *c, const VerbHit *h, const char *zS, const char **pzRole);
int reaction_demand(const Coder *c, size_t n, int *pLo, int *pHi, const char **pzOnly);
int reaction_measure(const Coder *c, size_t n, int *pLo, int *pHi);
int legal_noun(const Coder *c, size_t n);
int domestic_critic(const Coder *c, int iS, const tocsin_actor *pA);
const char *event_state(const Coder *c, const tocsin_actor *a);
const ActorEntry *reaction_body(const Coder *c, const VerbHit *h, const tocsin_event *pE);
const char *domestic_reply(const Coder *c, const VerbHit *h, size_t iSent, const char *zS,
                           const char **pzRole);
int said_not_done(const tocsin_event *pE);
void raid_as_coercion(const Coder *c, size_t n, int *pLo);
size_t lead_deed_event(const Coder *c, size_t iSent, const char *zS);
const ActorEntry *body_issuer(const Coder *c, const VerbHit *h, size_t iSent);
const ActorEntry *group_force_answered(const Coder *c, size_t iSent, size_t e, const char *zS);
const char *same_sentence_act(const Coder *c, size_t k, int lo, int hiRoot, const char *zS);
void mention_as_actor(const Coder *c, Mention *m, const tocsin_actor *a, const char *zState);
int domestic_pact_parties(Coder *c, size_t k, const tocsin_event *pE);
int story_show_of_force(int lo);
size_t second_report_clause(const Coder *c, size_t e, size_t hi);
int refused_hostile_act(const Coder *c, const VerbHit *h);
const ActorEntry *claimed_force_doer(Coder *c, size_t iSent, const char *zS, const ActorEntry *pSelf);
size_t named_act_event(Coder *c, size_t iSent, size_t n, int lo, int hi, const char *zS);
size_t answered_act_event(Coder *c, size_t iSent, int lo, int hi, const char *zS);
const ActorEntry *joint_act_co_party(Coder *c, size_t iSent, size_t iFound, const char *zS,
                                     const ActorEntry *pT, const ActorEntry *pSelf);
const ActorEntry *deal_other_party(Coder *c, const tocsin_event *pE, const char *zS, const ActorEntry *pT,
                                   const ActorEntry *pSelf);
int signed_deal_told(const Coder *c, size_t n, size_t iSent, const char *zS);
int home_rival(const Coder *c, int iS, const tocsin_actor *a);
size_t blamed_for_noun(Coder *c, size_t iSent, size_t n, const char *zS, const char **pzT2);
void refused_deployment_abroad(Coder *c);
int condemnation_next_target(const Coder *c, size_t k);

int platform_org(const ActorEntry *p);
int platform_restrictions(Coder *c);

/* replies.c */
int reply_targets(Coder *c, size_t iSent);
int continued_targets(Coder *c, size_t iSent);
int target_among_subject(const Coder *c, const int *aS, int nS, const int *aT, int nT);
int mediation_code(const char *zCode);
void joint_act_parties(Coder *c);
int mediation_parties(Coder *c, size_t iSent);
const ActorEntry *event_party(Coder *c, const tocsin_actor *pA);
int mediated_act_sides(Coder *c, size_t iSent);
int home_office_target(Coder *c);
void reported_defender(Coder *c);
void mediation_after_contact(Coder *c);
void stopped_short_acts(Coder *c);
int withdrawal_place(Coder *c);
int ground_seized_inside(Coder *c);
int ratified_deal_party(Coder *c, size_t iSent);
int deal_counterpart_targets(Coder *c, size_t iSent);
int release_targets(Coder *c, size_t iSent);
void release_through_intermediary(Coder *c);
int release_own_national(Coder *c, size_t iSent);
int release_counterpart(Coder *c, size_t iSent);
void own_beneficiary(Coder *c);
void venue_targets(Coder *c);
void lawsuit_parties(Coder *c);
void self_speech_targets(Coder *c);
int sent_forces_as_one(const Coder *c, const VerbHit *h, const int *aT, int nT);
void nobody_object(Coder *c);
int demobilisation(const Coder *c, const VerbHit *h);
int ousted_office_target(Coder *c);
int hosted_forces_target(Coder *c);
int stationed_force_withdrawn(Coder *c, size_t iSent);
int fought_in_story(const Coder *c, const char *zA, const char *zB, size_t iSent);
void protest_visit_target(Coder *c);
void after_clause_target(Coder *c);
void apposed_deed_reaction(Coder *c);
void shared_with_recipient(Coder *c);
void denied_own_part(Coder *c);
int own_country_targets(Coder *c);
int the_trade_ban(Coder *c);
void elided_object_target(Coder *c);

/* mood.c */
int set_framed(Coder *c, VerbHit *h, FrameFamily f, const char *zInner);
int rule_out_negated(Coder *c, size_t t);
void not_ruled_out(Coder *c);
void not_agreed_act(Coder *c);
void not_hesitating(Coder *c);
void negation_only_acts(Coder *c);
void act_goes_on_intent(Coder *c);
int no_object_in_pattern(const Coder *c, const VerbHit *h);
int tok_neg(const Coder *c, size_t t);
int tok_adverb(const Coder *c, size_t t);
int tok_finite_form(const Coder *c, size_t t);
int comma_and_between(const Coder *c, size_t lo, size_t hi);
int tok_hedge(const Coder *c, size_t t);
size_t to_before(const Coder *c, const VerbHit *b);
int modal_before(const Coder *c, const VerbHit *b, int *pbNeg, size_t *piModal);
int one_clause(const Coder *c, size_t lo, size_t hi);
int same_side(const Coder *c, int iA, int iB);
const char *mention_role(const Coder *c, int iM);
int one_side_twice(const Coder *c, int iA, int iB);
int opposed_roles(const Coder *c, int iA, int iB);
int one_side(const Coder *c, int iA, int iB);
void trailing_threat_subject(Coder *c);
void warned_consequence(Coder *c);
void past_taken_action(Coder *c);
void future_response_threat(Coder *c);
void passive_future_threat(Coder *c);
void considered_war_act(Coder *c);
void promised_punishment(Coder *c);
void authors_prescription(Coder *c);
void prescribed_mood(const VerbHit *h, Judgment *j);
void avoided_act(Coder *c);
void called_off_dissent(Coder *c);
void compose_frames(Coder *c);
void coordinated_modal_frames(Coder *c);
void no_plans_refusal(Coder *c);
int participle_speaker(const Coder *c, const VerbHit *a);
void own_forces_lone_order(Coder *c);

/* counterparts.c */
void media_channel_targets(Coder *c);
const ActorEntry *reporter_of_other(const Coder *c, size_t e, const char *zS, const char **pzRole);
int denial_story_targets(Coder *c, size_t iSent);
int home_violence_author(Coder *c, size_t iSent);
void denial_counter_accused(Coder *c);
int denial_accuser(Coder *c, size_t iSent);
int appeal_sides(Coder *c, size_t iSent);
int afflicted_state(Coder *c, size_t iSent);
int ally_object_target(Coder *c);
const tocsin_actor *story_counterpart(const Coder *c, size_t iSent, const char *zS, const char *zOrgS);
int intent_counterpart(Coder *c, size_t iSent);
const ActorEntry *seen_counterpart(const Coder *c, size_t iSent, const char *zS, const char *zOrgS,
                                   int bOrgs);
int own_object_counterpart(Coder *c, size_t iSent);
int stance_counterpart(Coder *c, size_t iSent);
void said_violation_accusation(Coder *c);
void reaction_case_deeds(Coder *c);
void there_is_claim_speaker(Coder *c);
void whom_pronoun_roles(Coder *c);
void slug_asides(Coder *c);
void possessed_metonym_state(Coder *c);
void shared_object_targets(Coder *c);
void admitted_own_act(Coder *c);
int context_party(Coder *c, size_t iSent);
void own_forces_alerted(Coder *c);
void drop_orders_at_home(Coder *c);
void coordinated_frame_objects(Coder *c);
int force_context_target(Coder *c, size_t iSent);
int captives_counterpart(Coder *c, size_t iSent);
void rejected_proposal_target(Coder *c);
void threat_shares_target(Coder *c);
int reported_force_teller(Coder *c);
int rejected_result_government(Coder *c);
void document_author_target(Coder *c);
int ruling_author_context(Coder *c);
void avenged_victim_untargeted(Coder *c);
int revenge_targets(Coder *c, size_t iSent);
void absolute_with_targets(Coder *c);
void brokered_modifier_targets(Coder *c);
int follow_suit(Coder *c, size_t iSent);
const ActorEntry *agent_entry(const Coder *c, const char *zRole);
int copy_targets(Coder *c);
void truce_effect_sides(Coder *c);
void between_sides(Coder *c);

/* deployments.c */
int distinct_sides(const Coder *c, const int *aS, int nS);
int joint_bond(const Coder *c, const VerbHit *h);
void threat_goal(Coder *c);
void help_verb(Coder *c);
void rally_support(Coder *c);
void protest_purpose_target(Coder *c);
int posture_as_protection(Coder *c);
int forces_sent_to_territory(Coder *c, size_t iSent);
void mobilised_for_place(Coder *c);
void forces_sent_into(Coder *c);
void show_of_force_label(Coder *c);
void captured_from(Coder *c);
void requested_deployment(Coder *c);
int relief_carrier_arrival(Coder *c);
void arrival_as_deployment(Coder *c);
void insisted_claim(Coder *c);
void welcome_as_approval(Coder *c);
void courtesy_call(Coder *c);
int release_in_exchange(const Coder *c, const VerbHit *h, int iT);
int recognition_withdrawn_from(const Coder *c, const VerbHit *h, int iS);
int crowd_clash_force(const Coder *c, const VerbHit *h, int iS, int iT);
int mutual_with(const Coder *c, const VerbHit *h, int iT);
int fought_directly(const Coder *c, const VerbHit *h, int iT);
int in_according_list(const Coder *c, size_t i);
void statement_content(Coder *c);
void split_clause_subjects(Coder *c);
void drop_conditions(Coder *c);
void brussels_as_eu(Coder *c);
int north_south_halves(Coder *c);
int topic_of_pact(const Coder *c, int root, int iT);
int topic_of_talks(const Coder *c, const VerbHit *h, int root, int iT);

/* sides.c */
int state_epithet(Coder *c);
int unlikely_to_heed(const Coder *c, const VerbHit *h);
int unlikely_to(const Coder *c, const VerbHit *h);
int negation_before_but(const Coder *c, const VerbHit *h, size_t lo);
size_t finite_conjunct_start(const Coder *c, const VerbHit *h, size_t lo);
int negation_left_behind(const Coder *c, const VerbHit *h, size_t lo);
int joint_not_counterpart(const Coder *c, const VerbHit *h, int m);
int contested_place(const Coder *c, int m);
int venue_of_joint_act(const Coder *c, int m);
int topic_of_joint_act(const Coder *c, int m);
int border_location(const Coder *c, int m);
int member_land_venue(const Coder *c, int m, const int *aS, int nS);
void possessive_mission_target(Coder *c);
void crowd_or_force_storming(Coder *c);
void contested_places(Coder *c);
void ethnic_minority_side(Coder *c);
void hyphen_pair_groups(Coder *c);
void demonym_over_list(Coder *c);
int armed_group_entry(const ActorEntry *a);
void armed_group_anaphor(Coder *c);
void leaders_of_body(Coder *c, size_t iSent);
void remember_armed_group(Coder *c);
void remember_town(Coder *c, size_t iSent);
void remember_vessel(Coder *c, size_t iSent);
void remember_trade_ban(Coder *c, size_t iSent);
void remember_decider(Coder *c, size_t iSent);
int decided_reaction_target(Coder *c);
void route_destination_target(Coder *c);
size_t vessel_noun_end(const Coder *c, size_t t);
const ActorEntry *vessel_flag(const Coder *c, const Mention *m);
const ActorEntry *town_of(const Mention *m);
void carried_out_claims(Coder *c);
int revenge_claim_victim(Coder *c, size_t iSent);
int claim_victim(Coder *c, size_t iSent);
int armed_venue_attack(Coder *c);
void violence_result_victims(Coder *c);
void drop_result_tolls(Coder *c);
void interceptions(Coder *c);
int reported_thing_subject(Coder *c, size_t iSent);
void force_noun_subject(Coder *c);
void hostages_in_pattern(Coder *c);
void help_purpose_force(Coder *c);
int plain_statement(const Coder *c, const VerbHit *h);
int bare_hope(const Coder *c, const VerbHit *h);
int no_act_hit(const Coder *c, const VerbHit *h);
void coordinated_subject_over_place(Coder *c);
void note_roundup_item(Coder *c, size_t iSent);
int before_item(const Coder *c, size_t iOld);
void own_organ_state(Coder *c);

#endif
