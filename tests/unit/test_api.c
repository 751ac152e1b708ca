/*
** The public API: one-shot and streaming parse agree, errors carry code,
** message and byte position, limits are options that return errors.
*/
#include "test.h"

#include <stdlib.h>

#include "tocsin.h"

static const char zReport[] =
    "# Belarus Update\n"
    "Jane Analyst\n"
    "4 June 2021\n"
    "\n"
    "Lukashenko met Putin in Sochi on May 28.<sup>1</sup> The two leaders agreed to expand trade.&lt;sup&gt;2&lt;/sup&gt;\n"
    "\n"
    "Notes\n"
    "1. hxxps://www.kremlin[.]ru/events/president/news/65671\n"
    "2. www.belta dot by/president/view/123\n";

TEST(api_oneshot_and_streaming_agree) {
  tocsin_error err;
  tocsin_doc *a = tocsin_doc_parse(zReport, sizeof zReport - 1, "r.md", NULL, &err);
  CHECK(a != NULL);
  tocsin_parser *p = tocsin_parser_new("r.md", NULL);
  for (size_t i = 0; i < sizeof zReport - 1; i += 7) {
    size_t n = sizeof zReport - 1 - i < 7 ? sizeof zReport - 1 - i : 7;
    CHECK_INT(tocsin_parser_feed(p, zReport + i, n, &err), TOCSIN_OK);
  }
  tocsin_doc *b = tocsin_parser_finish(p, &err);
  tocsin_parser_free(p);
  CHECK(b != NULL);
  if (a && b) {
    CHECK_STR(tocsin_doc_json(a, NULL), tocsin_doc_json(b, NULL));
    CHECK_STR(tocsin_doc_title(a), "Belarus Update");
    CHECK_STR(tocsin_doc_date(a), "2021-06-04");
    CHECK_STR(tocsin_doc_date_source(a), "byline");
    CHECK_INT(tocsin_doc_sentence_count(a), 2);
    const tocsin_sentence *s = tocsin_doc_sentence(a, 0);
    CHECK_STR(s->zText, "Lukashenko met Putin in Sochi on May 28.");
    CHECK_INT(s->nNote, 1);
    CHECK_INT(s->aNote[0], 1);
    /* offsets point into the original bytes */
    CHECK(!strncmp(zReport + s->start, "Lukashenko met", 14));
    const tocsin_sentence *s2 = tocsin_doc_sentence(a, 1);
    CHECK_INT(s2->nNote, 1);
    CHECK_INT(s2->aNote[0], 2);
    const tocsin_note *n1 = tocsin_doc_find_note(a, 1);
    CHECK(n1 && n1->nUrl == 1);
    if (n1 && n1->nUrl) {
      CHECK_STR(n1->azUrl[0], "https://www.kremlin.ru/events/president/news/65671");
      CHECK_STR(n1->azDomain[0], "kremlin.ru");
    }
    const tocsin_note *n2 = tocsin_doc_find_note(a, 2);
    CHECK(n2 && n2->nUrl == 1);
    if (n2 && n2->nUrl) CHECK_STR(n2->azDomain[0], "belta.by");
    CHECK(tocsin_doc_find_note(a, 3) == NULL);
    /* every repair points at the original text it replaced */
    int nRefang = 0;
    for (size_t i = 0; i < tocsin_doc_repair_count(a); i++) {
      const tocsin_repair *r = tocsin_doc_repair(a, i);
      CHECK(r->at < sizeof zReport);
      if (!strcmp(r->zKind, "refang")) nRefang++;
    }
    CHECK(nRefang >= 3);
  }
  tocsin_doc_free(a);
  tocsin_doc_free(b);
}

TEST(api_errors_carry_position) {
  tocsin_error err;
  const char zBad[] = "Title\n\nOK text \xC3\x28 more";
  CHECK(tocsin_doc_parse(zBad, sizeof zBad - 1, "bad.txt", NULL, &err) == NULL);
  CHECK_INT(err.code, TOCSIN_EUTF8);
  CHECK_INT(err.pos, 15);
  CHECK_INT(err.line, 3);
  CHECK(strstr(err.msg, "bad.txt") != NULL);
  CHECK(tocsin_doc_parse("   \n\t\n", 6, "e.txt", NULL, &err) == NULL);
  CHECK_INT(err.code, TOCSIN_EEMPTY);
  tocsin_options opt;
  tocsin_options_init(&opt);
  opt.nMaxLine = 10;
  CHECK(tocsin_doc_parse("Title\n\nA line longer than ten bytes.\n", 36, "l.txt", &opt, &err) == NULL);
  CHECK_INT(err.code, TOCSIN_ELIMIT);
  CHECK_INT(err.line, 3);
  opt.nMaxLine = 0;
  opt.zDate = "2021-02-30";
  CHECK(tocsin_doc_parse("Title\n\nText.\n", 13, "d.txt", &opt, &err) == NULL);
  CHECK_INT(err.code, TOCSIN_EARG);
  CHECK(tocsin_doc_read_file("/nonexistent/x.txt", NULL, &err) == NULL);
  CHECK_INT(err.code, TOCSIN_EIO);
  CHECK(tocsin_doc_read_file("/", NULL, &err) == NULL);
  CHECK_INT(err.code, TOCSIN_EISDIR);
  CHECK_STR(tocsin_errstr(TOCSIN_EUTF8), "TOCSIN_EUTF8");
}

TEST(api_date_option_and_override) {
  tocsin_error err;
  tocsin_options opt;
  tocsin_options_init(&opt);
  opt.zDate = "2020-11-30";
  const char zNoDate[] = "Report\n\nRussia criticized Belarus.\n";
  tocsin_doc *d = tocsin_doc_parse(zNoDate, sizeof zNoDate - 1, "n.txt", &opt, &err);
  CHECK(d != NULL);
  if (d) {
    CHECK_STR(tocsin_doc_date(d), "2020-11-30");
    CHECK_STR(tocsin_doc_date_source(d), "option");
  }
  tocsin_doc_free(d);
  d = tocsin_doc_parse(zReport, sizeof zReport - 1, "r.md", &opt, &err);
  if (d) CHECK_STR(tocsin_doc_date(d), "2021-06-04");   /* the byline wins */
  tocsin_doc_free(d);
  opt.bDateOverride = 1;
  d = tocsin_doc_parse(zReport, sizeof zReport - 1, "r.md", &opt, &err);
  if (d) CHECK_STR(tocsin_doc_date(d), "2020-11-30");
  tocsin_doc_free(d);
}

/* tocsin_options.bTrace: the trace names the passes that changed something
** and ends each sentence with its events; coding again replaces it; without
** the option there is none. */
TEST(api_trace_of_passes) {
  tocsin_error err;
  tocsin_dict *p = tocsin_dict_load(NULL, &err);
  CHECK(p != NULL);
  if (!p) return;
  static const char zText[] = "Wire\nJune 1, 2020\n\nIran seized a British tanker in the Strait of Hormuz.\n";
  tocsin_options opt;
  tocsin_options_init(&opt);
  opt.bTrace = 1;
  tocsin_doc *d = tocsin_doc_parse(zText, sizeof zText - 1, "t.txt", &opt, &err);
  CHECK(d != NULL);
  if (d) {
    CHECK(tocsin_doc_trace(d) == NULL);   /* not coded yet */
    CHECK(tocsin_doc_code(d, p, &err) == TOCSIN_OK);
    const char *z = tocsin_doc_trace(d);
    CHECK(z && strstr(z, "sentence 0: \"Iran seized a British tanker"));
    CHECK(z && strstr(z, "\n  find_verbs\n"));
    CHECK(z && strstr(z, "\n  event IRN "));
    size_t n = z ? strlen(z) : 0;
    CHECK(tocsin_doc_code(d, p, &err) == TOCSIN_OK);
    CHECK(tocsin_doc_trace(d) && strlen(tocsin_doc_trace(d)) == n);   /* replaced, not appended */
    tocsin_doc_free(d);
  }
  opt.bTrace = 0;
  d = tocsin_doc_parse(zText, sizeof zText - 1, "t.txt", &opt, &err);
  CHECK(d && tocsin_doc_code(d, p, &err) == TOCSIN_OK && tocsin_doc_trace(d) == NULL);
  tocsin_doc_free(d);
  tocsin_dict_free(p);
}
