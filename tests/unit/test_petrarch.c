/*
** Unit tests: PETRARCH dictionaries (src/dict/petrarch.c): actors, agents,
** verbs, discards and issues from small invented files, error positions,
** and, when /work/shared/data/petrarch2/dictionaries is present, the real set.
*/
#include "test.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/dict/petrarch.h"

#define PETRARCH_DATA "/work/shared/data/petrarch2/dictionaries"

/* A temporary folder holding the files of one test. */
typedef struct TmpDir {
  char zDir[64];
  char azPath[8][128];
  int nPath;
} TmpDir;

static void tmp_open(TmpDir *t) {
  memset(t, 0, sizeof *t);
  snprintf(t->zDir, sizeof t->zDir, "/tmp/tocsin-petr-XXXXXX");
  if (!mkdtemp(t->zDir)) abort();
}

/* Writes zName with zText into the folder; returns its path. */
static const char *tmp_file(TmpDir *t, const char *zName, const char *zText) {
  if (t->nPath >= 8) abort();
  char *zPath = t->azPath[t->nPath++];
  char zBuf[128];
  snprintf(zBuf, sizeof zBuf, "%s/%s", t->zDir, zName);
  memcpy(zPath, zBuf, sizeof zBuf);
  FILE *f = fopen(zPath, "wb");
  if (!f) abort();
  fputs(zText, f);
  fclose(f);
  return zPath;
}

static void tmp_close(TmpDir *t) {
  for (int i = 0; i < t->nPath; i++) unlink(t->azPath[i]);
  rmdir(t->zDir);
}

/* The phrase as text: words joined by '_' when fNext, else ' '. */
static const char *phrase_text(const PPhrase *ph) {
  static char z[512];
  size_t n = 0;
  z[0] = 0;
  for (uint32_t k = 0; k < ph->n && n + 64 < sizeof z; k++) {
    const PElem *e = &ph->a[k];
    const char *w = e->kind == PE_WORD || e->kind == PE_SYNSET ? e->z
                    : e->kind == PE_VERB ? "*" : e->kind == PE_SOURCE ? "$"
                    : e->kind == PE_TARGET ? "+" : e->kind == PE_COMPOUND ? "%" : "^";
    n += (size_t)snprintf(z + n, sizeof z - n, "%s%s", w, k + 1 < ph->n ? (e->fNext ? "_" : " ") : "");
  }
  return z;
}

/* Whether two phrase texts have the same words ('_' and ' ' joins alike:
** PETRARCH words joined by a blank may have others between them). */
static int same_words(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    char ca = *a == ' ' ? '_' : *a, cb = *b == ' ' ? '_' : *b;
    if (ca != cb) return 0;
  }
  return !*a && !*b;
}

/* The first entry whose phrase reads zText, or NULL. */
static const PEntry *find_entry(const PatDict *pd, const char *zText) {
  for (size_t i = 0; i < pd->nEntry; i++)
    if (same_words(phrase_text(&pd->aEntry[i].phrase), zText)) return &pd->aEntry[i];
  return NULL;
}

static size_t count_kind(const PatDict *pd, int kind) {
  size_t n = 0;
  for (size_t i = 0; i < pd->nEntry; i++) n += pd->aEntry[i].kind == kind;
  return n;
}

static int32_t find_verb(const PatDict *pd, const char *zText) {
  for (size_t i = 0; i < pd->nVerb; i++)
    if (same_words(phrase_text(&pd->aVerb[i].root), zText)) return (int32_t)i;
  return -1;
}

static int has_form(const PatDict *pd, int32_t iVerb, const char *zText) {
  if (iVerb < 0) return 0;
  for (size_t i = 0; i < pd->aVerb[iVerb].nForm; i++)
    if (same_words(phrase_text(&pd->aVerb[iVerb].aForm[i]), zText)) return 1;
  return 0;
}

static int32_t day(int y, int m, int d) {
  Ymd t = {y, m, d};
  return (int32_t)ymd_to_days(t);
}

/* Loads zText as a file of kind; returns rc and leaves the error in *pErr. */
static int load_text(PatDict *pd, const char *zKind, const char *zText, PetrarchStats *pStats, tocsin_error *pErr,
                     char *zPathOut, size_t nPathOut) {
  TmpDir t;
  tmp_open(&t);
  const char *zPath = tmp_file(&t, "dict.txt", zText);
  if (zPathOut) snprintf(zPathOut, nPathOut, "%s", zPath);
  memset(pErr, 0, sizeof *pErr);
  int rc = petrarch_load_stats(pd, zKind, zPath, pStats, pErr);
  tmp_close(&t);
  return rc;
}

TEST(petrarch_actors) {
  PatDict *pd = patdict_new();
  PetrarchStats st;
  memset(&st, 0, sizeof st);
  tocsin_error err;
  int rc = load_text(pd, "petrarch-actors",
                     "<!-- invented actors\n"
                     "     spanning lines -->\n"
                     "ARNOR_ [ARN]  # a kingdom\n"
                     "+ARTHEDAIN\n"
                     "+NORTH KINGDOM\n"
                     "GONDOR [gon]\n"
                     "STEWARD_DENETHOR\n"
                     "\t[GONGOV 19300101 - 19500101]\n"
                     "\t[GONELI >500102]\n"
                     "RIVENDELL\n"
                     "+IMLADRIS  [ELF]\n"
                     "THE_SHIRE [SHR/HOB][HOBGOV <20010101]\n"
                     "OSGILIATH\n"
                     "HOLLIN [ELF] Some Revenue Column\n",
                     &st, &err, NULL, 0);
  CHECK_INT(rc, TOCSIN_OK);
  CHECK_INT(count_kind(pd, PK_ACTOR), 9);
  CHECK_INT(st.nActor, 9);
  const PEntry *e = find_entry(pd, "ARNOR");
  CHECK(e != NULL);
  if (e) {
    CHECK_INT(e->nCode, 1);
    CHECK_STR(e->aCode[0].zCode, "ARN");
    CHECK(e->phrase.a[0].fExact);
    CHECK_INT(e->iLine, 3);
  }
  const PEntry *f = find_entry(pd, "NORTH_KINGDOM");   /* blanks join actor words too */
  CHECK(f != NULL && e && f->iGroup == e->iGroup && f->aCode == e->aCode);
  e = find_entry(pd, "GONDOR");
  CHECK(e && !strcmp(e->aCode[0].zCode, "GON"));
  e = find_entry(pd, "STEWARD_DENETHOR");
  CHECK(e && e->nCode == 3);
  if (e && e->nCode == 3) {
    CHECK_STR(e->aCode[0].zCode, "GONGOV");
    CHECK_INT(e->aCode[0].from, day(1930, 1, 1));
    CHECK_INT(e->aCode[0].to, day(1950, 1, 1));
    CHECK_STR(e->aCode[1].zCode, "GONELI");
    CHECK_INT(e->aCode[1].from, day(1950, 1, 2));   /* YYMMDD: 50 -> 1950 */
    CHECK_INT(e->aCode[1].to, INT32_MAX);
    CHECK_STR(e->aCode[2].zCode, "---");            /* all dated: a null default */
    CHECK(!e->aCode[2].bDated);
  }
  e = find_entry(pd, "RIVENDELL");
  f = find_entry(pd, "IMLADRIS");
  CHECK(e && f && e->iGroup == f->iGroup && !strcmp(e->aCode[0].zCode, "ELF"));
  e = find_entry(pd, "THE_SHIRE");
  CHECK(e && e->nCode == 2 && !strcmp(e->aCode[0].zCode, "HOBGOV") && !strcmp(e->aCode[1].zCode, "SHR/HOB"));
  CHECK(find_entry(pd, "OSGILIATH") == NULL);       /* no code: skipped, counted */
  CHECK_INT(st.anWarn[PW_NOCODE], 1);
  CHECK_INT(st.anWarn[PW_TRAILING], 1);               /* "Some Revenue Column" */
  CHECK(find_entry(pd, "HOLLIN") != NULL);
  patdict_free(pd);
}

TEST(petrarch_agents) {
  PatDict *pd = patdict_new();
  PetrarchStats st;
  memset(&st, 0, sizeof st);
  tocsin_error err;
  int rc = load_text(pd, "petrarch-agents",
                     "!PERSON! = MAN, WOMAN\n"
                     "!RANGER! = RANGER, RANGERS\n"
                     "MINISTER {MINISTERS} [~GOV]\n"
                     "POLICE {} [ ~COP]\n"
                     "CONGRESS!PERSON! [~LEG]\n"
                     "SECRETARY [~GOV]\n"
                     "HUMAN_RIGHTS_GROUP [NGO~]\n"
                     "NO_CODE_HERE\n"
                     "CHIEF!RANGER!_OF_THE_NORTH!RANGER! [~MIL}\n"
                     "WIZARD!UNKNOWN! [~WIZ]\n",
                     &st, &err, NULL, 0);
  CHECK_INT(rc, TOCSIN_OK);
  const PEntry *e = find_entry(pd, "MINISTER"), *f = find_entry(pd, "MINISTERS");
  CHECK(e && f && e->kind == PK_AGENT && e->iGroup == f->iGroup && !strcmp(e->aCode[0].zCode, "~GOV"));
  e = find_entry(pd, "POLICE");
  CHECK(e && !strcmp(e->aCode[0].zCode, "~COP"));
  CHECK(find_entry(pd, "POLICES") == NULL);
  CHECK(find_entry(pd, "CONGRESSMAN") && find_entry(pd, "CONGRESSWOMAN"));
  CHECK(find_entry(pd, "SECRETARIES") != NULL);      /* Y -> IES, as PETRARCH forms it */
  e = find_entry(pd, "HUMAN_RIGHTS_GROUP");
  CHECK(e && !strcmp(e->aCode[0].zCode, "NGO~"));
  CHECK(find_entry(pd, "NO_CODE_HERE") == NULL);
  CHECK(find_entry(pd, "CHIEFRANGERS_OF_THE_NORTHRANGER") != NULL);   /* 2nd marker: '!' dropped */
  CHECK(find_entry(pd, "WIZARD") == NULL);            /* undefined marker: skipped */
  CHECK_INT(st.anWarn[PW_NOCODE], 1);
  CHECK_INT(st.anWarn[PW_BRACE], 1);
  CHECK_INT(st.anWarn[PW_MARKER2], 1);
  CHECK_INT(st.anWarn[PW_MARKER], 1);
  CHECK_INT(count_kind(pd, PK_AGENT), 10);
  patdict_free(pd);
}

static const char zVerbs[] =
    "####### SYNONYM SETS #######\n"
    "&ARMS\n"
    "+SWORD\n"
    "+BOW_\n"
    "+SIEGE ENGINE\n"
    "+ARMORY\n"
    "\n"
    "&ARMS_OF_WAR_\n"
    "+CATAPULT\n"
    "+&ARMS\n"
    "####### VERB PATTERNS #######\n"
    "--- SMITE [190] ---\n"
    "SMITE {SMOTE SMITTEN SMITING SMITES}\n"
    "HEW\n"
    "- * &ARMS [191]  # with weapons\n"
    "+STRIKE_DOWN {+STRUCK_DOWN} [195]\n"
    "LAY_+SIEGE\n"
    "- * (WITH {BIG &ARMS_OF_WAR}) [192:193]\n"
    "- $ * + (AT DAWN) [194]\n"
    "- * FOE [###]  # the code holds '#'\n"
    "--- PARLEY ---\n"
    "PARLEY ;an old comment\n"
    "HEW {HEWN}\n"
    "- * TERMS [031]\n"
    "######## TRANSFORMATIONS ##########\n"
    "~ a (b . SMITE) SAY = a b 112\n";

TEST(petrarch_verbs) {
  PatDict *pd = patdict_new();
  PetrarchStats st;
  memset(&st, 0, sizeof st);
  tocsin_error err;
  int rc = load_text(pd, "petrarch-verbs", zVerbs, &st, &err, NULL, 0);
  CHECK_INT(rc, TOCSIN_OK);
  if (rc) fprintf(stderr, "  %s\n", err.msg);
  int32_t iSet = patdict_synset(pd, "&ARMS", 0);
  CHECK(iSet >= 0);
  if (iSet >= 0) {
    const PSet *s = &pd->aSet[iSet];
    CHECK_INT(s->n, 5);                               /* ARMORY and ARMORIES */
    CHECK_STR(phrase_text(&s->a[1]), "BOW");
    CHECK(s->a[1].a[0].fNoEnd);                       /* '_': no plural */
    CHECK(same_words(phrase_text(&s->a[2]), "SIEGE_ENGINE"));
    CHECK_STR(phrase_text(&s->a[4]), "ARMORIES");
  }
  int32_t iWar = patdict_synset(pd, "&ARMSOFWAR", 0);   /* '_' dropped from the name */
  CHECK(iWar >= 0 && pd->aSet[iWar].n == 2 && pd->aSet[iWar].a[0].a[0].fNoEnd);
  CHECK(iWar >= 0 && pd->aSet[iWar].a[1].a[0].kind == PE_SYNSET);
  int32_t iSmite = find_verb(pd, "SMITE"), iHew = find_verb(pd, "HEW");
  int32_t iStrike = find_verb(pd, "STRIKE_DOWN"), iLay = find_verb(pd, "LAY_SIEGE");
  int32_t iParley = find_verb(pd, "PARLEY");
  CHECK(iSmite >= 0 && iHew >= 0 && iStrike >= 0 && iLay >= 0 && iParley >= 0);
  CHECK_INT(pd->nVerb, 5);
  CHECK_INT(st.nVerbDup, 1);                          /* HEW again: its forms join the first */
  if (iSmite < 0 || iHew < 0 || iStrike < 0 || iLay < 0 || iParley < 0) {
    patdict_free(pd);
    return;
  }
  CHECK_STR(pd->aVerb[iSmite].zCode, "190");
  CHECK_INT(pd->aVerb[iSmite].nForm, 4);
  CHECK(has_form(pd, iSmite, "SMOTE") && has_form(pd, iSmite, "SMITTEN"));
  CHECK_STR(pd->aVerb[iStrike].zCode, "195");
  CHECK(has_form(pd, iStrike, "STRUCK_DOWN"));
  CHECK(has_form(pd, iLay, "LAY_SIEGES") && has_form(pd, iLay, "LAY_SIEGED") && has_form(pd, iLay, "LAY_SIEGING"));
  CHECK(has_form(pd, iHew, "HEWN"));
  CHECK_STR(pd->aVerb[iParley].zCode, "---");        /* a header without a code */
  CHECK(has_form(pd, iParley, "PARLEYING") == 0);     /* reachable by the matcher's endings */
  /* every verb of the block has every pattern of the block, before or after it */
  CHECK_INT(pd->aVerb[iSmite].nPat, 4);
  CHECK_INT(pd->aVerb[iLay].nPat, 4);
  CHECK_INT(pd->aVerb[iHew].nPat, 4);                 /* not PARLEY's */
  CHECK_INT(pd->aVerb[iParley].nPat, 1);
  CHECK_INT(st.nPattern, 5);
  CHECK_INT(st.nPatternUse, 17);
  CHECK_INT(st.nTransform, 1);
  int nSeen = 0;
  for (size_t k = 0; k < pd->aVerb[iSmite].nPat; k++) {
    const PVerbPat *pp = &pd->aPat[pd->aVerb[iSmite].aPat[k]];
    const char *z = phrase_text(&pp->phrase);
    if (!strcmp(pp->zCode, "192:193")) { CHECK_STR(z, "* WITH BIG &ARMSOFWAR"); nSeen++; }
    if (!strcmp(pp->zCode, "194")) { CHECK_STR(z, "$ * + AT DAWN"); nSeen++; }
    if (!strcmp(pp->zCode, "###")) { CHECK_STR(z, "* FOE"); nSeen++; }
    if (!strcmp(pp->zCode, "191")) { CHECK_INT(pp->phrase.a[1].kind, PE_SYNSET); nSeen++; }
    CHECK(pp->phrase.n < 2 || pp->phrase.a[pp->phrase.n - 1].kind != PE_WORD ||
          pp->phrase.a[pp->phrase.n - 1].fExact);     /* PETRARCH words are whole words */
  }
  CHECK_INT(nSeen, 4);
  CHECK_INT(st.anWarn[PW_TRAILING], 1);              /* ";an old comment" */
  patdict_free(pd);
}

TEST(petrarch_discards_issues) {
  PatDict *pd = patdict_new();
  PetrarchStats st;
  memset(&st, 0, sizeof st);
  tocsin_error err;
  int rc = load_text(pd, "petrarch-discards", "# sports\n+SPORTS RESULTS\n+ CHESS_OPEN\nDRAGON RACE  # x\n", &st,
                     &err, NULL, 0);
  CHECK_INT(rc, TOCSIN_OK);
  const PEntry *e = find_entry(pd, "SPORTS_RESULTS");
  CHECK(e && e->kind == PK_DISCARD && e->bStory);
  e = find_entry(pd, "CHESS_OPEN");
  CHECK(e && e->bStory);
  e = find_entry(pd, "DRAGON_RACE");
  CHECK(e && !e->bStory);
  rc = load_text(pd, "petrarch-issues",
                 "<ISSUE CATEGORY=\"MAGIC\" TYPE=\"ALL\">\n"
                 "n:wizard [MAGIC]\n"
                 "v:enchant n:ring [MAGIC_ITEM]\n"
                 "elf+lord [MAGIC]  # two words\n"
                 "~toy wizard\n"
                 "~~wizard of oz\n"
                 "dragon lore\n"
                 "spell book [MAGIC]magic wand [MAGIC]\n"
                 "</ISSUE>\n",
                 &st, &err, NULL, 0);
  CHECK_INT(rc, TOCSIN_OK);
  CHECK_INT(count_kind(pd, PK_ISSUE), 2 + 8 + 1 + 1 + 1 + 2);
  e = find_entry(pd, "WIZARDS");
  CHECK(e && !strcmp(e->zIssue, "MAGIC"));
  CHECK(find_entry(pd, "ENCHANTING_RINGS") && find_entry(pd, "ENCHANTED_RING") && find_entry(pd, "ENCHANTS_RING"));
  e = find_entry(pd, "ENCHANT_RING");
  CHECK(e && !strcmp(e->zIssue, "MAGIC_ITEM"));
  CHECK(find_entry(pd, "ELF_LORD") != NULL);
  e = find_entry(pd, "TOY_WIZARD");
  CHECK(e && !strcmp(e->zIssue, "~"));
  e = find_entry(pd, "WIZARD_OF_OZ");
  CHECK(e && !strcmp(e->zIssue, "~~"));
  CHECK(find_entry(pd, "DRAGON_LORE") == NULL);
  CHECK(find_entry(pd, "MAGIC_WAND") != NULL);
  CHECK_INT(st.anWarn[PW_ISSUE_NOCODE], 1);
  CHECK_INT(st.anWarn[PW_ISSUE_TWO], 1);
  patdict_free(pd);
}

/* Loads zText as zKind, expects EDICT whose message is "<path>:<zWhere>: <zWhat...>". */
static void expect_error(const char *zKind, const char *zText, int iLine, int iCol, const char *zWhat) {
  PatDict *pd = patdict_new();
  tocsin_error err;
  char zPath[128], zWant[300];
  int rc = load_text(pd, zKind, zText, NULL, &err, zPath, sizeof zPath);
  CHECK_INT(rc, TOCSIN_EDICT);
  snprintf(zWant, sizeof zWant, "%s:%d:%d: %s", zPath, iLine, iCol, zWhat);
  if (strncmp(err.msg, zWant, strlen(zWant))) {
    fprintf(stderr, "  error for %s:\n    got:  %s\n    want: %s...\n", zKind, err.msg, zWant);
    test_nFail++;
  }
  CHECK_INT(err.line, iLine);
  CHECK_INT(err.col, iCol);
  patdict_free(pd);
}

TEST(petrarch_errors) {
  expect_error("petrarch-actors", "ARNOR [ARN]\nGONDOR [GON\n", 2, 8, "expected ']' closing the code");
  expect_error("petrarch-actors", "+ARTHEDAIN [ARN]\n", 1, 1, "expected an actor before its '+' synonym");
  expect_error("petrarch-actors", "ARNOR\n\t[ARN 19991332-20000101]\n", 2, 7, "a date");
  expect_error("petrarch-actors", "ARNOR [ARN]\n<!-- never closed\nGONDOR [GON]\n", 2, 1, "expected '-->'");
  expect_error("petrarch-agents", "!PERSON = MAN, WOMAN\n", 1, 1, "expected '!NAME! = ITEM");
  expect_error("petrarch-agents", "MINISTER {MINISTERS [~GOV]\n", 1, 10, "expected '}' closing the plural forms");
  expect_error("petrarch-verbs", "- * SWORD [191]\n", 1, 1, "expected a '--- NAME [CODE] ---' block header");
  expect_error("petrarch-verbs", "--- SMITE [190] ---\nSMITE\n- * SWORD\n", 3, 10,
               "expected a code [CODE] at the end of the pattern");
  expect_error("petrarch-verbs", "--- SMITE [190] ---\nSMITE\n- * SWORD [191\n", 3, 11, "expected ']' closing the code");
  expect_error("petrarch-verbs", "--- SMITE [190] ---\nSMITE {SMOTE SMITTEN\n", 2, 7,
               "expected '}' closing the verb forms");
  expect_error("petrarch-verbs", "--- SMITE [190] ---\nSMITE\n- SWORD [191]\n", 3, 2, "a '*'");
  expect_error("petrarch-verbs", "--- SMITE [190] ---\nSMITE [190] extra\n", 2, 13,
               "expected '{FORMS}' or '[CODE]' after the verb");
  expect_error("petrarch-verbs", "&ARMS\n+SWORD\n+&SHIELDS\n", 3, 2, "expected a synset declared before this one");
  expect_error("petrarch-issues", "<ISSUE CATEGORY=\"X\">\nwizard [MAGIC\n", 2, 8, "expected ']' closing the issue code");
  expect_error("petrarch-discards", "+\n", 1, 2, "expected a phrase after '+'");

  /* a folder without CAMEO.2.0.txt names the folder */
  TmpDir t;
  tmp_open(&t);
  tmp_file(&t, "Phoenix.agents.txt", "MINISTER [~GOV]\n");
  PatDict *pd = patdict_new();
  tocsin_error err;
  memset(&err, 0, sizeof err);
  CHECK_INT(petrarch_load(pd, "petrarch", t.zDir, &err), TOCSIN_EDICT);
  CHECK(strstr(err.msg, t.zDir) && strstr(err.msg, "CAMEO.2.0.txt"));
  CHECK_INT(petrarch_load(pd, "petrarch-nouns", t.azPath[0], &err), TOCSIN_EARG);
  CHECK_INT(petrarch_load(pd, "petrarch-agents", "/nonexistent/Phoenix.agents.txt", &err), TOCSIN_EDICT);
  patdict_free(pd);
  tmp_close(&t);
}

TEST(petrarch_folder) {
  TmpDir t;
  tmp_open(&t);
  tmp_file(&t, "CAMEO.2.0.txt", zVerbs);
  tmp_file(&t, "Phoenix.Countries.actors.txt", "ARNOR [ARN]\n");
  tmp_file(&t, "Phoenix.Elves.actors.txt", "RIVENDELL [ELF]\n");
  tmp_file(&t, "Phoenix.agents.txt", "MINISTER [~GOV]\n");
  tmp_file(&t, "Phoenix.discards.txt", "+CHESS OPEN\n");
  tmp_file(&t, "Phoenix.IssueCoding.txt", "n:wizard [MAGIC]\n");
  tmp_file(&t, "Other.actors.txt", "GONDOR [GON]\n");   /* not a Phoenix.*.actors.txt file */
  PatDict *pd = patdict_new();
  tocsin_error err;
  memset(&err, 0, sizeof err);
  CHECK_INT(petrarch_load(pd, "petrarch", t.zDir, &err), TOCSIN_OK);
  CHECK(find_entry(pd, "ARNOR") && find_entry(pd, "RIVENDELL") && find_entry(pd, "MINISTER"));
  CHECK(find_entry(pd, "CHESS_OPEN") && find_entry(pd, "WIZARDS"));
  CHECK(find_entry(pd, "GONDOR") == NULL);
  CHECK(find_verb(pd, "SMITE") >= 0);
  CHECK_INT(pd->nSource, 6);
  patdict_free(pd);
  tmp_close(&t);
}

TEST(petrarch_real_dictionaries) {
  struct stat sb;
  if (stat(PETRARCH_DATA "/CAMEO.2.0.txt", &sb) != 0) return;   /* data not installed: skip */
  PatDict *pd = patdict_new();
  PetrarchStats st;
  memset(&st, 0, sizeof st);
  tocsin_error err;
  memset(&err, 0, sizeof err);
  int rc = petrarch_load_stats(pd, "petrarch", PETRARCH_DATA, &st, &err);
  CHECK_INT(rc, TOCSIN_OK);
  if (rc) fprintf(stderr, "  %s\n", err.msg);
  /* measured: 35548 actors, 3496 agents, 506 discards, 4068 issues, 1779 verbs,
  ** 4666 patterns attached 49471 times, 40 synsets, 8 transformations, 118 warnings */
  CHECK(st.nActor > 35000);
  CHECK(st.nAgent > 3400);
  CHECK(st.nDiscard > 490);
  CHECK(st.nIssue > 4000);
  CHECK(st.nVerb > 1700);
  CHECK(st.nPattern > 4600);
  CHECK(st.nPatternUse > 49000);
  CHECK(st.nSynset >= 40);
  CHECK_INT(st.nTransform, 8);
  CHECK(st.nWarn < 150);
  CHECK_INT(pd->nWarn, st.nWarn);
  CHECK(find_entry(pd, "AFGHANISTAN") != NULL);
  patdict_free(pd);

  static const char *az[][2] = {
    {"petrarch-verbs", PETRARCH_DATA "/PETR.Validate.verbs.txt"},
    {"petrarch-actors", PETRARCH_DATA "/PETR.Validate.actors.txt"},
    {"petrarch-agents", PETRARCH_DATA "/PETR.Validate.agents.txt"},
    {"petrarch-discards", PETRARCH_DATA "/PETR.Validate.discards.txt"},
  };
  pd = patdict_new();
  memset(&st, 0, sizeof st);
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++) {
    rc = petrarch_load_stats(pd, az[i][0], az[i][1], &st, &err);
    CHECK_INT(rc, TOCSIN_OK);
    if (rc) fprintf(stderr, "  %s\n", err.msg);
  }
  /* measured: 161 actors, 103 agents, 9 discards, 268 verbs, 474 patterns */
  CHECK(st.nActor >= 160 && st.nAgent >= 100 && st.nDiscard >= 9);
  CHECK(st.nVerb >= 260 && st.nPattern >= 470);
  const PEntry *e = find_entry(pd, "GOLLUM");
  CHECK(e && e->nCode == 4 && !strcmp(e->aCode[1].zCode, "HOBGOV"));
  patdict_free(pd);
}
