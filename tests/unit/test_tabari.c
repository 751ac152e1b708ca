/*
** Unit tests: TABARI dictionaries (src/dict/tabari.c, src/dict/pattern.c) and
** the pattern coder (src/code/sparse.c) through the public API, on a small
** invented dictionary set written to a temporary folder.
*/
#include "test.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tocsin.h"

static const char zActors[] =
    "; invented actors for the tests\n"
    "ARNOR [ARN]\n"
    "GONDOR\n"
    "+MINAS_TIRITH\n"
    "[GON]\n"
    "DAGOLATH [DAG]\n"
    "ELESSAR\n"
    "    [ARNGOV 950101-991231]   ; king, then\n"
    "    [ARNELI]\n"
    "SMEAGOL [---]\n"
    "ORC_BAND [###]\n"
    "THE_FREE_PEOPLES [ARN/GON]\n"
    "<NOUN>\n"
    "BORDER\n"
    "</NOUN>\n";

static const char zAgents[] = "PRIME_MINISTER_ [~GOV]\nPOLICE_ [~COP]\n";

static const char zVerbs[] =
    "<SYNSETS>\n"
    "&TIES\n"
    "+DIPLOMATIC_TIES\n"
    "+RELATIONS\n"
    "</SYNSETS>\n"
    "RESTOR [060]\n"
    "- * &TIES [064]\n"
    "ATTACK [190]\n"
    "VISIT [042:043]\n"
    "CRITICI [111]\n"
    "SAID [023?]\n"
    "ACCUSE [112]\n"
    "- * + OF LYING [1121]\n"
    "MEET [031:031]\n";

typedef struct Fixture {
  char zDir[64];
  char zProject[128];
} Fixture;

static void write_file(const char *zDir, const char *zName, const char *zText) {
  char zPath[160];
  snprintf(zPath, sizeof zPath, "%s/%s", zDir, zName);
  FILE *f = fopen(zPath, "wb");
  if (!f) abort();
  fputs(zText, f);
  fclose(f);
}

static void fixture_open(Fixture *p, const char *zActorsText) {
  snprintf(p->zDir, sizeof p->zDir, "/tmp/tocsin-tabari-XXXXXX");
  if (!mkdtemp(p->zDir)) abort();
  write_file(p->zDir, "t.actors", zActorsText);
  write_file(p->zDir, "t.agents", zAgents);
  write_file(p->zDir, "t.verbs", zVerbs);
  write_file(p->zDir, "t.project",
             "<actorsfile> t.actors\n<agentsfile> t.agents\n<verbsfile> t.verbs\n");
  snprintf(p->zProject, sizeof p->zProject, "tabari:%s/t.project", p->zDir);
}

static void fixture_close(Fixture *p) {
  static const char *az[] = {"t.actors", "t.agents", "t.verbs", "t.project"};
  char zPath[160];
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++) {
    snprintf(zPath, sizeof zPath, "%s/%s", p->zDir, az[i]);
    unlink(zPath);
  }
  rmdir(p->zDir);
}

/* Codes zText as one sentence on zDate; returns "SRC/TGT/CODE ..." sorted as
** coded, in a static buffer. */
static const char *code(tocsin_dict *pDict, const char *zText, const char *zDate) {
  static char zOut[512];
  tocsin_options o;
  tocsin_options_init(&o);
  o.zDate = zDate;
  o.bDateOverride = 1;
  o.bOneSentence = 1;
  tocsin_error err;
  zOut[0] = 0;
  tocsin_doc *d = tocsin_doc_parse(zText, strlen(zText), "t", &o, &err);
  if (!d) return "(parse error)";
  if (tocsin_doc_code(d, pDict, &err)) {
    tocsin_doc_free(d);
    return "(code error)";
  }
  size_t n = 0;
  for (size_t i = 0; i < tocsin_doc_event_count(d); i++) {
    const tocsin_event *e = tocsin_doc_event(d, i);
    n += (size_t)snprintf(zOut + n, sizeof zOut - n, "%s%s/%s/%s", i ? " " : "", e->source.zCode,
                          e->target.zCode, e->zEvent);
  }
  tocsin_doc_free(d);
  return zOut;
}

TEST(tabari_codes_sentences) {
  Fixture f;
  fixture_open(&f, zActors);
  const char *azSpec[] = {f.zProject};
  tocsin_error err;
  tocsin_dict *p = tocsin_dict_load_specs(azSpec, 1, &err);
  CHECK(p != NULL);
  if (!p) {
    fprintf(stderr, "  %s\n", err.msg);
    fixture_close(&f);
    return;
  }
  CHECK(tocsin_dict_is_pattern(p));
  CHECK_STR(code(p, "Arnor is about to restore full diplomatic ties with Gondor after a long break.", "1995-01-01"),
            "ARN/GON/064");
  /* a synonym of Gondor; a verb with no matching pattern takes its root code */
  CHECK_STR(code(p, "Arnor is about to restore trade with Minas Tirith after a long break.", "1995-01-01"),
            "ARN/GON/060");
  /* agent after the actor; a subordinate code gives way to the visit pair */
  CHECK_STR(code(p, "Gondor's prime minister said he would visit Dagolath next week for talks.", "1995-01-01"),
            "GONGOV/DAG/042 DAG/GONGOV/043");
  /* passive voice swaps source and target */
  CHECK_STR(code(p, "Dagolath was attacked by Arnor on Monday in the northern hills.", "1995-01-01"),
            "ARN/DAG/190");
  /* a compound source */
  CHECK_STR(code(p, "Arnor and Gondor criticized Dagolath over the border incident yesterday.", "1995-01-01"),
            "ARN/DAG/111 GON/DAG/111");
  /* a coded compound */
  CHECK_STR(code(p, "The free peoples criticized Dagolath over the border incident yesterday.", "1995-01-01"),
            "ARN/DAG/111 GON/DAG/111");
  /* date-restricted codes: the record's date picks the code */
  CHECK_STR(code(p, "Elessar criticized Dagolath over the border incident in the north.", "1995-05-01"),
            "ARNGOV/DAG/111");
  CHECK_STR(code(p, "Elessar criticized Dagolath over the border incident in the north.", "2005-05-01"),
            "ARNELI/DAG/111");
  /* a null-coded actor is no actor; a discard code drops the sentence */
  CHECK_STR(code(p, "Smeagol criticized Dagolath over the border incident in the north.", "1995-01-01"), "");
  CHECK_STR(code(p, "An orc band attacked Gondor near the river crossing at dawn today.", "1995-01-01"), "");
  /* a pattern naming the target */
  CHECK_STR(code(p, "Arnor accused Gondor of lying about the border incident last week.", "1995-01-01"),
            "ARN/GON/1121");
  /* too short for TABARI's minimum of 8 words, until the option lowers it */
  CHECK_STR(code(p, "Arnor attacked Gondor.", "1995-01-01"), "");
  CHECK(tocsin_dict_option(p, "SET: MINIMUM WORDS = 3", &err) == TOCSIN_OK);
  CHECK_STR(code(p, "Arnor attacked Gondor.", "1995-01-01"), "ARN/GON/190");
  CHECK(tocsin_dict_option(p, "SET: WHATEVER NOT AN OPTION", &err) == TOCSIN_OK);   /* SET: extras ignored */
  CHECK(tocsin_dict_option(p, "BOGUS LINE", &err) == TOCSIN_EARG);
  CHECK(strstr(err.msg, "BOGUS") != NULL);
  CHECK(tocsin_dict_warnings(p, NULL) == 0);
  tocsin_dict_free(p);
  fixture_close(&f);
}

TEST(tabari_malformed_lines) {
  /* an entry without a code and a broken date are skipped with a warning
  ** naming file, line and column, as TABARI skips them; the rest loads */
  Fixture f;
  fixture_open(&f, "ARNOR [ARN]\nNOCODE_ENTRY\nGONDOR [GON 95x101-990101]\nDAGOLATH [DAG]\n");
  const char *azSpec[] = {f.zProject};
  tocsin_error err;
  tocsin_dict *p = tocsin_dict_load_specs(azSpec, 1, &err);
  CHECK(p != NULL);
  if (p) {
    const char *zFirst = NULL;
    CHECK(tocsin_dict_warnings(p, &zFirst) == 2);
    CHECK(zFirst && strstr(zFirst, "t.actors:2:1:") && strstr(zFirst, "code"));
    CHECK_STR(code(p, "Arnor is about to restore full diplomatic ties with Dagolath after a long break.",
                   "1995-01-01"),
              "ARN/DAG/064");
    tocsin_dict_free(p);
  }
  fixture_close(&f);
  /* a missing file and a bad spec are errors */
  const char *azMissing[] = {"tabari-actors:/nonexistent/x.actors"};
  CHECK(tocsin_dict_load_specs(azMissing, 1, &err) == NULL);
  CHECK(err.code == TOCSIN_EDICT && strstr(err.msg, "/nonexistent/x.actors"));
  const char *azBad[] = {"nonsense:/tmp"};
  CHECK(tocsin_dict_load_specs(azBad, 1, &err) == NULL);
  CHECK(err.code == TOCSIN_EARG && strstr(err.msg, "nonsense"));
  /* a pattern without its '*' is a malformed line: skipped, counted */
  Fixture g;
  fixture_open(&g, zActors);
  write_file(g.zDir, "t.verbs", "ATTACK [190]\n- WITH TANKS [195]\n");
  const char *azG[] = {g.zProject};
  p = tocsin_dict_load_specs(azG, 1, &err);
  CHECK(p != NULL);
  if (p) {
    const char *zFirst = NULL;
    CHECK(tocsin_dict_warnings(p, &zFirst) == 1);
    CHECK(zFirst && strstr(zFirst, "t.verbs:2:") && strstr(zFirst, "'*'"));
    tocsin_dict_free(p);
  }
  fixture_close(&g);
}

/* PETRARCH issue coding: the issues a sentence mentions ride on its events;
** an exclusion phrase ("a head start") keeps its words from counting. */
TEST(petrarch_issue_coding) {
  Fixture f;
  fixture_open(&f, zActors);
  write_file(f.zDir, "p.actors", "ARNOR [ARN]\nGONDOR [GON]\n");
  write_file(f.zDir, "p.verbs", "--- ATTACK [190] ---\nATTACK\n");
  write_file(f.zDir, "p.issues",
             "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
             "n:school [SCHOOLS]\nhead start [EARLY_EDUCATION]\n~a head start\n</ISSUE>\n"
             "<ISSUE CATEGORY=\"SECURITY\" TYPE=\"ALL\">\nterrorism [TERROR]\n</ISSUE>\n");
  char azSpec[3][160];
  snprintf(azSpec[0], sizeof azSpec[0], "petrarch-actors:%s/p.actors", f.zDir);
  snprintf(azSpec[1], sizeof azSpec[1], "petrarch-verbs:%s/p.verbs", f.zDir);
  snprintf(azSpec[2], sizeof azSpec[2], "petrarch-issues:%s/p.issues", f.zDir);
  const char *az[3] = {azSpec[0], azSpec[1], azSpec[2]};
  tocsin_error err;
  tocsin_dict *p = tocsin_dict_load_specs(az, 3, &err);
  CHECK(p != NULL);
  if (!p) fprintf(stderr, "  %s\n", err.msg);
  static const char *azText[] = {
      "Arnor attacked Gondor near two schools in an act of terrorism.",
      "Arnor attacked Gondor to get a head start in the war.",
      "Arnor attacked Gondor at dawn.",
  };
  static const char *azWant[] = {"SCHOOLS,TERROR", NULL, NULL};
  for (int k = 0; p && k < 3; k++) {
    tocsin_options o;
    tocsin_options_init(&o);
    o.zDate = "2021-06-01";
    o.bOneSentence = 1;
    tocsin_doc *d = tocsin_doc_parse(azText[k], strlen(azText[k]), "t", &o, &err);
    CHECK(d && tocsin_doc_code(d, p, &err) == TOCSIN_OK);
    CHECK(d && tocsin_doc_event_count(d) == 1);
    if (d && tocsin_doc_event_count(d) == 1) CHECK_STR(tocsin_doc_event(d, 0)->zIssues, azWant[k]);
    tocsin_doc_free(d);
  }
  tocsin_dict_free(p);
  static const char *azName[] = {"p.actors", "p.verbs", "p.issues"};
  char zPath[200];
  for (int k = 0; k < 3; k++) {
    snprintf(zPath, sizeof zPath, "%s/%s", f.zDir, azName[k]);
    unlink(zPath);
  }
  fixture_close(&f);
}
