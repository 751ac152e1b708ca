/*
** Word lists the passes of several files share: determiners, prepositions,
** subject pronouns, forms of "be", quantities that make "N of X" the actor X.
*/
#include "coder.h"

const char *const azLocPrep[] = {"in", "at", "near", "outside", "inside", "across", "throughout", "through", "via", NULL};
/* Verbs of going on or starting, after which a gerund is the act itself
** ("continued attacking", "kept shelling"): finite_act(), and not a
** describing participle (drop_participle_adjectives). */
const char *const azGoOn[] = {"continue", "continued", "continues", "continuing", "keep", "kept", "keeps",
                              "resume", "resumed", "resumes", "begin", "began", "begun", "begins", "start",
                              "started", "starts", NULL};
/* Heads that make a city before them part of a name (find_actors). */
const char *const azNameHead[] = {"mechanism", "group", "format", "process", "protocol", "protocols", "agreement",
                                  "agreements", "accord", "accords", "convention", "conventions", "declaration",
                                  "treaty", "consensus", "communique", "memorandum", "charter", "principles",
                                  "times", "post", "club", "olympics", "initiative", NULL};
const char *const azDet[] = {"a", "an", "the", "his", "her", "its", "their", "this", "that",
                             "these", "those", "our", "my", "your", "any", "every", "no", NULL};
const char *const azPrep[] = {"from", "with", "to", "of", "for", "against", "about", "on", "into",
                              "toward", "towards", "over", "between", "among", "without", "than",
                              "via", "through", "under", "despite", "like", "including", NULL};
/* words that may follow an actor without making it a modifier */
const char *const azFollow[] = {"and", "or", "but", "who", "which", "that", "also", "have", "has", "had",
                                "was", "were", "is", "are", "will", "would", "could", "may", "might",
                                "should", "must", "can", "did", "do", "does", "not", "never", "then",
                                "reportedly", "allegedly", "later", "again", "themselves", "itself",
                                "by", "at", "near", "in", "along", NULL};
/* Nouns an organisation's name can head as itself ("the Houthi movement",
** "Taliban fighters", "the UN refugee agency"). */
const char *const azOrgHead[] = {
    "movement", "group", "organisation", "organization", "fighters", "militants", "militia", "militias",
    "militiamen", "insurgents", "rebels", "members", "forces", "troops", "office", "agency", "mission", "body",
    "bloc", "alliance", "coalition", "commanders", "officials", "gunmen", "jihadists", "secretariat", "watchdog",
    "monitors", "observers", "peacekeepers", "delegation", "negotiators", "faction", "factions", "wing",
    "affiliate", "branch", "leadership", "experts", "investigators", "inspectors", "envoys", "mediators",
    "panel", "rapporteur", "rapporteurs", "representatives", "diplomats",
    /* what an armed group holds, struck as the group itself ("bombed Islamic
    ** State artillery positions", "struck Hezbollah targets": issue 4 lead35) */
    "positions", "targets", "strongholds", "hideouts", "outposts", "bases", "camps", NULL};

/* The titles of a state's envoy ("Baghdad's ambassador at the United
** Nations", "its ambassador to Zambia, Daniel Foote,"). */
const char *const azEnvoyTitle[] = {"ambassador", "ambassadors", "envoy", "envoys", "representative",
                                    "representatives", "delegate", "delegates", NULL};

/* Quantities before "of" that make "N of X" the actor X. */
const char *const azQuantity[] = {"thousands", "hundreds", "group", "handful", "dozens", "millions", "scores", "tens",
                                  "crowds", "groups", "busloads", "hundred", "thousand", "million",
                                  "number", "lot", "lots", "members", "member", "elements", "units",
                                  "batch", "contingent", "contingents", "detachment", "column", "convoy",
                                  "deployment", "deployments", "team", "teams", "squad", "squads", NULL};

const char *const azNotNoun[] = {"two", "three", "four", "five", "six", "several", "many", "last", "next",
                                 "this", "these", "those", "later", "earlier", "early", "late", "overnight", "today", "yesterday",
                                 "tomorrow", "again", "already", "still", "now", "once", "twice", "alone",
                                 "himself", "herself", "together", "instead", "as", "if", "when", "after",
                                 "before", "since", "until", "while", "because", "so", "yet", "nor",
                                 "either", "neither", "both", "each", "whose", "whom", "where", "why",
                                 "how", "what", "being", "been", "be", "it", "they", "he", "she", "we",
                                 "not", "no", "up", "out", "off", "down", "back", "amid", "during",
                                 /* "recognise Bakiyev's interim government within days"
                                 ** (issue 4, session 47) */
                                 "within", "upon", "onto", "alongside", "amongst", "beyond",
                                 /* "freed five political prisoners hours later", "called its
                                 ** diplomats home", "shot a policeman dead", "a gang leader
                                 ** known as", "people fled", "calling the attacker a soldier" */
                                 "hours", "minutes", "home", "dead",
                                 "alive", "known", "fled", "a", "an",
                                 /* adjectives after a noun: "protesters angry at Western
                                 ** inaction attacked", "soldiers loyal to Maduro" (issue 4 lead23) */
                                 "angry", "furious", "unhappy", "upset", "loyal",
                                 /* adverbs of degree or time after a subject: "Oslo most likely
                                 ** consulted Helsinki" (issue 4 dev43) */
                                 "most", "more", "very", "even", "just", "ever", "often", "soon", "too",
                                 "almost", "first", NULL};
const char *const azPossDet[] = {"their", "its", "his", "her", "our", "my", "your", NULL};
/* Subject pronouns: a clause that opens with one has a subject of its own. */
const char *const azSubjPron[] = {"it", "they", "he", "she", "we", NULL};
const char *const azBe[] = {"was", "were", "is", "are", "be", "been", "being", "am", "got", "get", "gets", NULL};
/* Spans of time before "after" or "before" that open a clause of its own,
** dated from another act ("a day after the Biden administration agreed",
** ", a day after President Leonid Kuchma, who ..., discussed it"). */
const char *const azTimeSpan[] = {"days", "day", "hours", "hour", "weeks", "week", "months", "month",
                                  "years", "year", "minutes", "shortly", "soon", "just", "moments", NULL};
