/* Unit tests for the CLEAN stage: clean_markup, clean_ocr, clean_glued_markers. */
#include "test.h"

#include "../../src/core/internal.h"

#include <stdlib.h>

static tocsin_doc *doc_new(void) {
  tocsin_doc *d = calloc(1, sizeof(*d));
  if (d) d->pArena = arena_new();
  return d;
}

/* Renders t->z with markers as "{n}" (malloc'ed). */
static char *render(const Text *t) {
  Buf b;
  buf_init(&b);
  for (size_t i = 0; i < t->n; i++) {
    char c = t->z[i];
    buf_putc(&b, c == MARK_OPEN ? '{' : c == MARK_CLOSE ? '}' : c);
  }
  if (!b.z) buf_reserve(&b, 0);
  return b.z;
}

typedef int (*StageFn)(tocsin_doc *, const Text *, Text *);

/* Runs a stage on z (identity offsets) and returns the rendered output;
** *pOut keeps the output Text for offset checks (caller frees). */
static char *run(StageFn fn, tocsin_doc *d, const char *z, Text *pOut) {
  Text in;
  Text out = {0};
  if (!text_init(&in, z, strlen(z), 0)) return NULL;
  int ok = fn(d, &in, &out);
  text_free(&in);
  if (!ok) return NULL;
  char *r = render(&out);
  if (pOut) *pOut = out;
  else text_free(&out);
  return r;
}

/* Stage output as a string, for the many checks that need only the text. */
#define OUT(fn, d, z, want)          \
  do {                               \
    char *r_ = run(fn, d, z, NULL);  \
    CHECK_STR(r_, want);             \
    free(r_);                        \
  } while (0)

/* Index of the first repair of kind zKind whose zFrom is zFrom, or -1. */
static long find_repair(const tocsin_doc *d, const char *zKind, const char *zFrom) {
  for (size_t i = 0; i < d->nRepair; i++)
    if (!strcmp(d->aRepair[i].zKind, zKind) && !strcmp(d->aRepair[i].zFrom, zFrom)) return (long)i;
  return -1;
}

static size_t count_repairs(const tocsin_doc *d, const char *zKind) {
  size_t n = 0;
  for (size_t i = 0; i < d->nRepair; i++) n += !strcmp(d->aRepair[i].zKind, zKind);
  return n;
}

/* Offset in z of the first occurrence of zSub. */
static size_t off_of(const char *z, const char *zSub) { return (size_t)(strstr(z, zSub) - z); }

/* ---- clean_markup ---------------------------------------------------------- */

TEST(clean_markup_line_endings_bom_nbsp) {
  tocsin_doc *d = doc_new();
  const char *z = "\xEF\xBB\xBFLine one.\r\nLine two.\rEnd\xC2\xA0here.";
  Text out;
  char *r = run(clean_markup, d, z, &out);
  CHECK_STR(r, "Line one.\nLine two.\nEnd here.");
  CHECK_INT(out.aOff[0], 3);                          /* after the BOM */
  CHECK_INT(out.aOff[9], off_of(z, "\r\n"));          /* the newline is the CR */
  CHECK_INT(out.aOff[10], off_of(z, "Line two"));
  CHECK_INT(out.aOff[out.n], strlen(z));
  CHECK_INT(d->nRepair, 0);                           /* routine: not reported */
  free(r);
  text_free(&out);
  tocsin_doc_free(d);
}

TEST(clean_markup_entities) {
  tocsin_doc *d = doc_new();
  OUT(clean_markup, d,
      "Russia&rsquo;s &ldquo;special operation&rdquo; &mdash; 5 &lt; 6, AT&amp;T, "
      "&#39;x&#39; &apos;y&apos; &quot;z&quot; &#x41;&#66; &ndash;&lsquo;&hellip;&nbsp;.",
      "Russia\xE2\x80\x99s \xE2\x80\x9Cspecial operation\xE2\x80\x9D \xE2\x80\x94 5 < 6, AT&T, "
      "'x' 'y' \"z\" AB \xE2\x80\x93\xE2\x80\x98\xE2\x80\xA6 .");
  /* Windows-1252 numeric references, and ones that would forge a marker byte */
  OUT(clean_markup, d, "1990&#150;1991 &#30;12&#31; &bogus; & more", "1990\xE2\x80\x93" "1991 &#30;12&#31; &bogus; & more");
  tocsin_doc_free(d);
}

TEST(clean_markup_sup_markers) {
  tocsin_doc *d = doc_new();
  const char *z = "Moscow denied the claim.<sup>9</sup> Later it agreed.";
  Text out;
  char *r = run(clean_markup, d, z, &out);
  CHECK_STR(r, "Moscow denied the claim.{9} Later it agreed.");
  CHECK_INT(out.aOff[off_of(r, "{")], off_of(z, "9"));  /* marker -> its digits */
  CHECK_INT(out.aOff[off_of(r, " Later")], off_of(z, " Later"));
  long k = find_repair(d, "footnote-marker", "<sup>9</sup>");
  CHECK(k >= 0);
  if (k >= 0) {
    CHECK_STR(d->aRepair[k].zTo, "9");
    CHECK_INT(d->aRepair[k].at, off_of(z, "<sup>"));
  }
  free(r);
  text_free(&out);

  OUT(clean_markup, d, "troops moved<sup>9 The next day", "troops moved{9} The next day");
  OUT(clean_markup, d, "the border.<sup> 9 </sup> Kyiv", "the border.{9} Kyiv");
  OUT(clean_markup, d, "as reported.<sup>9,10</sup> Then", "as reported.{9}{10} Then");
  OUT(clean_markup, d, "as reported.<sup>9-11</sup> Then", "as reported.{9}{10}{11} Then");
  OUT(clean_markup, d, "as reported.<SUP>4, 7</SUP>", "as reported.{4}{7}");
  k = find_repair(d, "footnote-marker", "<sup>9-11</sup>");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "9,10,11"));
  /* HTML footnote links around the number */
  OUT(clean_markup, d, "claim.<a href=\"#fn4\"><sup>4</sup></a> Next", "claim.{4} Next");
  OUT(clean_markup, d, "claim.<sup><a href=\"#fn5\" id=\"r5\">5</a></sup> Next", "claim.{5} Next");
  tocsin_doc_free(d);
}

TEST(clean_markup_escaped_sup) {
  tocsin_doc *d = doc_new();
  OUT(clean_markup, d, "the claim.&lt;sup&gt;3&lt;/sup&gt; Next", "the claim.{3} Next");
  OUT(clean_markup, d, "the claim.<sup&gt;3</sup> Next", "the claim.{3} Next");
  OUT(clean_markup, d, "the claim.&lt;sup>3&lt;/sup> Next", "the claim.{3} Next");
  /* the repair quotes the input as it was, entities and all */
  long k = find_repair(d, "footnote-marker", "&lt;sup&gt;3&lt;/sup&gt;");
  CHECK(k >= 0);
  if (k >= 0) CHECK_INT(d->aRepair[k].at, 10);
  CHECK(find_repair(d, "footnote-marker", "<sup&gt;3</sup>") >= 0);
  /* a prose "<" is not a tag */
  OUT(clean_markup, d, "if a<b then c>d, 5 &lt; 6", "if a<b then c>d, 5 < 6");
  tocsin_doc_free(d);
}

TEST(clean_markup_double_escaped_entities) {
  tocsin_doc *d = doc_new();
  const char *z = "the claim.&amp;lt;sup&amp;gt;5&amp;lt;/sup&amp;gt; Next, AT&amp;amp;T";
  OUT(clean_markup, d, z, "the claim.{5} Next, AT&T");
  /* the marker's repair quotes the input as found, at its first byte */
  long k = find_repair(d, "footnote-marker", "&amp;lt;sup&amp;gt;5&amp;lt;/sup&amp;gt;");
  CHECK(k >= 0);
  if (k >= 0) CHECK_INT(d->aRepair[k].at, off_of(z, "&amp;lt;"));
  /* one level only; an unknown or control inner entity stays as written */
  OUT(clean_markup, d, "a &amp;amp;lt; b &amp;bogus; c &amp;#30;1&amp;#31; d &amp; e",
      "a &lt; b &bogus; c &#30;1&#31; d & e");
  tocsin_doc_free(d);
}

TEST(clean_markup_latex_and_markdown_markers) {
  tocsin_doc *d = doc_new();
  OUT(clean_markup, d, "sanctions.$^{12}$ The EU", "sanctions.{12} The EU");
  OUT(clean_markup, d, "sanctions.$^12$ The EU", "sanctions.{12} The EU");
  OUT(clean_markup, d, "sanctions.$^{3,4}$ The EU", "sanctions.{3}{4} The EU");
  OUT(clean_markup, d, "sanctions.^[12] The EU", "sanctions.{12} The EU");
  OUT(clean_markup, d, "sanctions.[^12] The EU", "sanctions.{12} The EU");
  OUT(clean_markup, d, "sanctions.\\textsuperscript{12} The EU", "sanctions.{12} The EU");
  OUT(clean_markup, d, "the 20\\textsuperscript{th} century", "the 20th century");
  CHECK(find_repair(d, "footnote-marker", "$^{12}$") >= 0);
  CHECK(find_repair(d, "footnote-marker", "\\textsuperscript{12}") >= 0);
  /* money and a lone caret are not markers */
  OUT(clean_markup, d, "cost $12 billion, x^2 and [12] stay", "cost $12 billion, x^2 and [12] stay");
  tocsin_doc_free(d);
}

TEST(clean_markup_latex_note_line) {
  tocsin_doc *d = doc_new();
  const char *z = "Endnotes\n$^{5}\\ https://example.org/x$\n$^{6}\\ Interfax,\\ 3 May.$\n";
  OUT(clean_markup, d, z, "Endnotes\n5 https://example.org/x\n6 Interfax, 3 May.\n");
  long k = find_repair(d, "latex-note", "$^{5}\\ https://example.org/x$");
  CHECK(k >= 0);
  if (k >= 0) {
    CHECK_STR(d->aRepair[k].zTo, "5 https://example.org/x");
    CHECK_INT(d->aRepair[k].at, off_of(z, "$"));
  }
  CHECK_INT(count_repairs(d, "footnote-marker"), 0);
  /* Markdown note definitions become plain note lines too */
  OUT(clean_markup, d, "Text.[^3]\n\n[^3]: https://tass.ru/x\n", "Text.{3}\n\n3 https://tass.ru/x\n");
  tocsin_doc_free(d);
}

TEST(clean_markup_note_links) {
  tocsin_doc *d = doc_new();
  /* Word's HTML export, Markdown and pandoc forms of a note reference */
  OUT(clean_markup, d,
      "said so.<a href=\"#_ftn12\" name=\"_ftnref12\"><span class=MsoFootnoteReference>[12]</span></a> The",
      "said so.{12} The");
  OUT(clean_markup, d, "said so.[12](#fn12) The", "said so.{12} The");
  OUT(clean_markup, d, "said so.^12^ The", "said so.{12} The");
  /* a linked number that is not a note stays text */
  OUT(clean_markup, d, "see Table <a href=\"#t3\">3</a> and [Annex 2](#annex2)", "see Table 3 and Annex 2");
  CHECK_INT(count_repairs(d, "footnote-marker"), 3);
  tocsin_doc_free(d);
}

TEST(clean_markup_sup_letters) {
  tocsin_doc *d = doc_new();
  OUT(clean_markup, d, "in the 20<sup>th</sup> century, the 1<sup>st</sup> Guards, note<sup>a</sup>",
      "in the 20th century, the 1st Guards, notea");
  CHECK_INT(count_repairs(d, "footnote-marker"), 0);
  long k = find_repair(d, "markup", "<sup>th</sup>");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "th"));
  /* "2nd" is an ordinal even when the </sup> is missing */
  OUT(clean_markup, d, "the <sup>2nd Army", "the 2nd Army");
  tocsin_doc_free(d);
}

TEST(clean_markup_tags) {
  tocsin_doc *d = doc_new();
  OUT(clean_markup, d, "<p>Russia said <em>no</em>.</p><p>Second<br>line<br/>and <strong>end</strong>.</p>",
      "Russia said no.\nSecond\nline\nand end.\n");
  CHECK_INT(count_repairs(d, "markup"), 0); /* routine tags are not reported */
  const char *z = "<div class=\"body\">Peskov cited a <a href=\"https://kremlin.ru/events/1\">statement</a>"
                  " and <a href='https://tass.ru'>https://tass.ru</a>.</div>";
  OUT(clean_markup, d, z,
      "Peskov cited a statement (https://kremlin.ru/events/1) and https://tass.ru.\n");
  CHECK(find_repair(d, "markup", "<div class=\"body\">") >= 0);
  long k = find_repair(d, "markup", "<a href=\"https://kremlin.ru/events/1\">statement</a>");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "statement (https://kremlin.ru/events/1)"));
  OUT(clean_markup, d, "A<!-- converter note -->B <span class=\"x\">C</span> <https://rferl.org/a>",
      "AB C https://rferl.org/a");
  tocsin_doc_free(d);
}

TEST(clean_markup_markdown) {
  tocsin_doc *d = doc_new();
  const char *z = "the \\_ru\\_ zone \\[sic\\] and \\#1, \\*note\\*";
  OUT(clean_markup, d, z, "the _ru_ zone [sic] and #1, *note*");
  long k = find_repair(d, "unescape", "\\_");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "_"));
  if (k >= 0) CHECK_INT(d->aRepair[k].at, off_of(z, "\\_"));
  CHECK_INT(count_repairs(d, "unescape"), 7);
  /* escaped bracket references stay text here; glued.c decides (with notes) */
  OUT(clean_markup, d, "refused.\\[1\\] Then\n\\[1\\] https://x.org/a\\_b",
      "refused.[1] Then\n[1] https://x.org/a_b");
  CHECK_INT(count_repairs(d, "footnote-marker"), 0);
  OUT(clean_markup, d,
      "# Key Judgments\n**Key judgment:** Moscow *will* likely __escalate__.\n"
      "* bullet item stays\nsnake_case_name, 2*3*4 and https://example.org/a_b_c_ stay",
      "# Key Judgments\nKey judgment: Moscow will likely escalate.\n"
      "* bullet item stays\nsnake_case_name, 2*3*4 and https://example.org/a_b_c_ stay");
  OUT(clean_markup, d, "See [the statement](https://mid.ru/a_b) and [https://x.org](https://x.org).",
      "See the statement (https://mid.ru/a_b) and https://x.org.");
  OUT(clean_markup, d, "Map ![Figure 1](_page_1_Picture_0.jpeg) here", "Map Figure 1 here");
  tocsin_doc_free(d);
}

TEST(clean_markup_offsets_and_repair_text) {
  tocsin_doc *d = doc_new();
  const char *z = "<p>Peskov&rsquo;s <a href=\"https://tass.ru/1\">remarks<sup>7</sup></a> "
                  "(see [^8]) and ***very*** much.</p>\r\n<table><tr><td>A</td><td>B</td></tr></table>";
  Text out;
  char *r = run(clean_markup, d, z, &out);
  CHECK_STR(r, "Peskov\xE2\x80\x99s remarks{7} (https://tass.ru/1) (see {8}) and very much.\n\n"
               "A B \n\n");
  /* offsets never run backwards: the URL maps to the </a> tag, not the href */
  int bMono = 1;
  for (size_t i = 0; i < out.n; i++) bMono &= out.aOff[i] <= out.aOff[i + 1];
  CHECK(bMono);
  CHECK_INT(out.aOff[off_of(r, "(https")], off_of(z, "</a>"));
  /* repair texts carry no inline marker bytes */
  long k = find_repair(d, "markup", "<a href=\"https://tass.ru/1\">remarks<sup>7</sup></a>");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "remarks (https://tass.ru/1)"));
  free(r);
  text_free(&out);
  tocsin_doc_free(d);
}

/* ---- clean_ocr ------------------------------------------------------------- */

TEST(clean_ocr_days) {
  tocsin_doc *d = doc_new();
  const char *z = "On March I2, 2019, Russia said so.";
  Text out;
  char *r = run(clean_ocr, d, z, &out);
  CHECK_STR(r, "On March 12, 2019, Russia said so.");
  CHECK_INT(out.aOff[9], 9); /* same-length repair: offsets unchanged */
  long k = find_repair(d, "ocr-digit", "I2");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "12") && d->aRepair[k].at == 9);
  free(r);
  text_free(&out);
  OUT(clean_ocr, d, "by June I, 2021 the talks", "by June 1, 2021 the talks");
  OUT(clean_ocr, d, "on May l9 Kyiv", "on May 19 Kyiv");
  OUT(clean_ocr, d, "on Jan. O5 and Sept. I4.", "on Jan. 05 and Sept. 14.");
  OUT(clean_ocr, d, "from I2 March 2019 on", "from 12 March 2019 on");
  OUT(clean_ocr, d, "on March |7, it", "on March 17, it");
  tocsin_doc_free(d);
}

TEST(clean_ocr_years_numbers) {
  tocsin_doc *d = doc_new();
  OUT(clean_ocr, d, "March 12, 2O19 and 12 March 2OI9 and March 20l9",
      "March 12, 2019 and 12 March 2019 and March 2019");
  OUT(clean_ocr, d, "some 38o21 troops, 1O0 tanks and 4l5 guns, 1,2O0 in all",
      "some 38021 troops, 100 tanks and 415 guns, 1,200 in all");
  CHECK(find_repair(d, "ocr-digit", "38o21") >= 0);
  CHECK(find_repair(d, "ocr-digit", "2OI9") >= 0);
  tocsin_doc_free(d);
}

TEST(clean_ocr_numbers_with_trailing_confusables) {
  tocsin_doc *d = doc_new();
  const char *z = "detained 1,7OO migrants, 81 in all of 2O2O. A 5O8-kilometer fence, "
                  "about 2OO,OOO personnel, 1,O00 tanks, 12.5O km and 2O2I-2O22.";
  Text out;
  char *r = run(clean_ocr, d, z, &out);
  CHECK_STR(r, "detained 1,700 migrants, 81 in all of 2020. A 508-kilometer fence, "
               "about 200,000 personnel, 1,000 tanks, 12.50 km and 2021-2022.");
  long k = find_repair(d, "ocr-digit", "1,7OO");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "1,700") && d->aRepair[k].at == off_of(z, "1,7OO"));
  k = find_repair(d, "ocr-digit", "5O8"); /* only the number part of the token */
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "508") && d->aRepair[k].at == off_of(z, "5O8"));
  CHECK(find_repair(d, "ocr-digit", "2OO,OOO") >= 0);
  CHECK(find_repair(d, "ocr-digit", "2O2O") >= 0);
  free(r);
  text_free(&out);
  tocsin_doc_free(d);

  /* not numbers: other letters, no real digit first, too little evidence
  ** (one real digit, no thousands groups, not a year), litres, a thousands
  ** group of the wrong size */
  d = doc_new();
  z = "the Su-30SM, an Il-76, MiG-29s, COVID-19, the G20, MH17, T-72B3, aB3xQ9Lo, "
      "I2O, lO0, 3O people, 10l, 3.5l, 5,5l and 2O,OO.";
  OUT(clean_ocr, d, z, z);
  CHECK_INT(d->nRepair, 0);
  tocsin_doc_free(d);
}

TEST(clean_ocr_iso_dates) {
  tocsin_doc *d = doc_new();
  const char *z = "The decision is dated 2O21-O6-O4. Another (2OI9-I2-3I) too";
  Text out;
  char *r = run(clean_ocr, d, z, &out);
  CHECK_STR(r, "The decision is dated 2021-06-04. Another (2019-12-31) too");
  long k = find_repair(d, "ocr-digit", "2O21-O6-O4");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "2021-06-04") && d->aRepair[k].at == off_of(z, "2O21"));
  free(r);
  text_free(&out);
  tocsin_doc_free(d);
  /* no such date (June 31, month 13), a year without two real digits, or
  ** outside 1900..2099: the whole token stays, no part of it is repaired */
  d = doc_new();
  z = "dated 2O21-O6-3I, 2O21-I3-O1, 2OOO-O1-O1 and 3O21-O1-O1 or 2O21-O6";
  OUT(clean_ocr, d, z, "dated 2O21-O6-3I, 2O21-I3-O1, 2OOO-O1-O1 and 3O21-O1-O1 or 2021-O6");
  CHECK_INT(d->nRepair, 1); /* "2O21-O6" is not a date: its year part is a number */
  tocsin_doc_free(d);
}

TEST(clean_ocr_negatives) {
  tocsin_doc *d = doc_new();
  const char *z =
      "See https://t.me/aB3xQ9Lo and aB3xQ9Lo, mail ops@site1O0.ru, www.x1O0.com. "
      "B2B trade, the G20, 3M, World War II, Elizabeth II, Part I. In March I went; "
      "May I ask? I May go. 10l and 3.5l stay. the 1990s";
  OUT(clean_ocr, d, z, z);
  CHECK_INT(d->nRepair, 0);
  /* no February 30th; a day must be followed by ",", "." or a space */
  OUT(clean_ocr, d, "on Feb 3O, 2020 and (March I2) and March I2th", "on Feb 3O, 2020 and (March I2) and March I2th");
  /* a sentence-final month does not make the next token a day */
  OUT(clean_ocr, d, "It ended in March. I2 people died.", "It ended in March. I2 people died.");
  /* markers are not numbers */
  OUT(clean_ocr, d, "March\x1E" "12\x1F I2 x", "March{12} I2 x");
  CHECK_INT(d->nRepair, 0);
  tocsin_doc_free(d);
}

/* ---- clean_glued_markers --------------------------------------------------- */

static void add_notes(tocsin_doc *d, const int *a, size_t n) {
  d->aNote = calloc(n, sizeof(tocsin_note));
  d->nNote = d->nNoteAlloc = d->aNote ? n : 0;
  for (size_t i = 0; i < d->nNote; i++) {
    d->aNote[i].n = a[i];
    d->aNote[i].zText = "note";
  }
}

TEST(clean_glued_sentence_end) {
  static const int aN[] = {3, 4, 5, 8, 12, 14, 17, 19, 20, 35, 400};
  tocsin_doc *d = doc_new();
  add_notes(d, aN, sizeof(aN) / sizeof(aN[0]));
  const char *z = "Moscow imposed sanctions.12 The EU replied.";
  Text out;
  char *r = run(clean_glued_markers, d, z, &out);
  CHECK_STR(r, "Moscow imposed sanctions.{12} The EU replied.");
  CHECK_INT(out.aOff[off_of(r, "{")], off_of(z, "12"));
  CHECK_INT(out.aOff[off_of(r, " The")], off_of(z, " The"));
  long k = find_repair(d, "footnote-marker", "sanctions.12");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "12") && d->aRepair[k].at == off_of(z, "12"));
  free(r);
  text_free(&out);
  OUT(clean_glued_markers, d, "He said \xE2\x80\x9Cno.\xE2\x80\x9D" "12 Then", "He said \xE2\x80\x9Cno.\xE2\x80\x9D{12} Then");
  OUT(clean_glued_markers, d, "He said \"no.\"12 Then", "He said \"no.\"{12} Then");
  OUT(clean_glued_markers, d, "(see below).12 Next, the", "(see below).{12} Next, the");
  OUT(clean_glued_markers, d, "It ended.12\nA new paragraph.4", "It ended.{12}\nA new paragraph.{4}");
  OUT(clean_glued_markers, d, "ties with Minsk,12 and Baku", "ties with Minsk,{12} and Baku");
  OUT(clean_glued_markers, d, "targeted sanctions12 The EU", "targeted sanctions{12} The EU");
  OUT(clean_glued_markers, d, "It ended.12\x1E" "14\x1F The", "It ended.{12}{14} The");
  tocsin_doc_free(d);
}

TEST(clean_glued_dates) {
  static const int aN[] = {3, 4, 5, 8, 12, 14};
  tocsin_doc *d = doc_new();
  add_notes(d, aN, sizeof(aN) / sizeof(aN[0]));
  OUT(clean_glued_markers, d, "The deal was signed on March 3.14", "The deal was signed on March 3.{14}");
  OUT(clean_glued_markers, d, "talks began on May 9.8 Then", "talks began on May 9.{8} Then");
  OUT(clean_glued_markers, d, "until September 14.8 Then", "until September 14.{8} Then");
  OUT(clean_glued_markers, d, "It was adopted in 2020.12 The", "It was adopted in 2020.{12} The");
  CHECK(find_repair(d, "footnote-marker", "3.14") >= 0);
  /* a date that must stay: no note 31, and "31" is the day */
  OUT(clean_glued_markers, d, "on March 31. Then", "on March 31. Then");
  OUT(clean_glued_markers, d, "in 2019 12 The", "in 2019 12 The");
  tocsin_doc_free(d);
}

TEST(clean_glued_lists) {
  static const int aN[] = {3, 4, 5, 11, 12, 14};
  tocsin_doc *d = doc_new();
  add_notes(d, aN, sizeof(aN) / sizeof(aN[0]));
  const char *z = "fighters to the front.11,12 French officials";
  Text out;
  char *r = run(clean_glued_markers, d, z, &out);
  CHECK_STR(r, "fighters to the front.{11}{12} French officials");
  CHECK_INT(out.aOff[off_of(r, "{12}")], off_of(z, "12 "));
  long k = find_repair(d, "footnote-marker", "front.11,12");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "11,12") && d->aRepair[k].at == off_of(z, "11"));
  free(r);
  text_free(&out);
  OUT(clean_glued_markers, d, "It ended in 2020.3,4,5\nNext", "It ended in 2020.{3}{4}{5}\nNext");
  size_t nBefore = d->nRepair;
  /* a number that is no note, a descending list, a decimal, a blank inside */
  OUT(clean_glued_markers, d, "the front.11,99 French", "the front.11,99 French");
  OUT(clean_glued_markers, d, "the front.12,11 French", "the front.12,11 French");
  OUT(clean_glued_markers, d, "rose to 3.11,12 The", "rose to 3.11,12 The");
  OUT(clean_glued_markers, d, "the front.11, 12 French", "the front.11, 12 French");
  CHECK_INT(d->nRepair, nBefore);
  tocsin_doc_free(d);
}

TEST(clean_glued_day_ranges) {
  static const int aN[] = {3, 4, 5, 8};
  tocsin_doc *d = doc_new();
  add_notes(d, aN, sizeof(aN) / sizeof(aN[0]));
  OUT(clean_glued_markers, d, "the exercise from September 10 to 16.4 The exercise",
      "the exercise from September 10 to 16.{4} The exercise");
  CHECK(find_repair(d, "footnote-marker", "16.4") >= 0);
  OUT(clean_glued_markers, d, "met on May 28 and 29.8 Then", "met on May 28 and 29.{8} Then");
  OUT(clean_glued_markers, d, "held Sept. 10-16.4 The", "held Sept. 10-16.{4} The");
  OUT(clean_glued_markers, d, "held June 1\xE2\x80\x93" "3.5 The", "held June 1\xE2\x80\x93" "3.{5} The");
  size_t nBefore = d->nRepair;
  /* no month, a backwards range, a day the month lacks, a decimal after */
  OUT(clean_glued_markers, d, "rose from 10 to 16.4 The", "rose from 10 to 16.4 The");
  OUT(clean_glued_markers, d, "from September 16 to 10.4 The", "from September 16 to 10.4 The");
  OUT(clean_glued_markers, d, "from February 20 to 30.4 The", "from February 20 to 30.4 The");
  OUT(clean_glued_markers, d, "from May 10 to 16.4 percent", "from May 10 to 16.4 percent");
  OUT(clean_glued_markers, d, "from May 10 or 16.4 The", "from May 10 or 16.4 The");
  CHECK_INT(d->nRepair, nBefore);
  tocsin_doc_free(d);
}

TEST(clean_glued_brackets) {
  static const int aN[] = {1, 3, 4, 5};
  tocsin_doc *d = doc_new();
  add_notes(d, aN, sizeof(aN) / sizeof(aN[0]));
  const char *z = "on August 1.[1] Then on Belaruskali.[4][5]\nLater he said[3] that "
                  "sanctions[4, 5], and \"no\"[1] it";
  Text out;
  char *r = run(clean_glued_markers, d, z, &out);
  CHECK_STR(r, "on August 1.{1} Then on Belaruskali.{4}{5}\nLater he said{3} that "
               "sanctions{4}{5}, and \"no\"{1} it");
  CHECK_INT(out.aOff[off_of(r, "{5}")], off_of(z, "5]"));
  long k = find_repair(d, "footnote-marker", "Belaruskali.[4][5]");
  CHECK(k >= 0 && !strcmp(d->aRepair[k].zTo, "4,5") && d->aRepair[k].at == off_of(z, "[4]"));
  free(r);
  text_free(&out);
  size_t nBefore = d->nRepair;
  /* no such note (even one of two), a blank before, not ending the word, a
  ** number before, inside a URL, not a number */
  z = "said.[2] Then said.[4][2] Then see [3] here, x.[3]y and in 2020[3] and "
      "https://x.org/a.[3] and Minsk.[sic] and said.[03]";
  OUT(clean_glued_markers, d, z, z);
  CHECK_INT(d->nRepair, nBefore);
  tocsin_doc_free(d);
}

/* The escaped Markdown references of a converter, through the stages as the
** pipeline runs them: markup unescapes, notes are parsed from "[1]" labels,
** and only then do the bracketed body numbers become markers. */
TEST(clean_glued_escaped_brackets_pipeline) {
  const char *z = "She refused to board.\\[1\\] Sanctions followed.\\[4\\]\\[5\\]\n\n"
                  "\\[1\\] https://x.org/a\\_b\n\\[4\\] https://y.org/c\n5\\. https://z.org/d\n";
  tocsin_doc *d = doc_new();
  Text in, t1 = {0}, body = {0}, t2 = {0};
  CHECK(text_init(&in, z, strlen(z), 0));
  CHECK(clean_markup(d, &in, &t1));
  size_t iNotes = (size_t)(strstr(t1.z, "\n\n") - t1.z) + 2;
  CHECK(notes_parse(d, &t1, iNotes));
  CHECK_INT(d->nNote, 3);
  const tocsin_note *n = tocsin_doc_find_note(d, 1);
  CHECK(n && n->nUrl == 1 && !strcmp(n->azUrl[0], "https://x.org/a_b"));
  CHECK(text_slice(&body, &t1, 0, iNotes));
  CHECK(clean_glued_markers(d, &body, &t2));
  char *r = render(&t2);
  CHECK_STR(r, "She refused to board.{1} Sanctions followed.{4}{5}\n\n");
  free(r);
  text_free(&in);
  text_free(&t1);
  text_free(&body);
  text_free(&t2);
  tocsin_doc_free(d);
}

TEST(clean_glued_negatives) {
  static const int aN[] = {3, 4, 5, 8, 12, 14, 17, 19, 20, 35, 400};
  tocsin_doc *d = doc_new();
  add_notes(d, aN, sizeof(aN) / sizeof(aN[0]));
  const char *z =
      "GDP grew 3.5 percent and fell by 2.4. The G20 Summit met. Su-35 Jets flew. "
      "COVID-19 The virus. S-400 The system. MH17 The crash. See No.12 The list. "
      "It ended.99 The end. It ended.12 the end. Revenue rose 12.4 Percent. "
      "March 3,14 x. Visit www.example.org/page.12 The site. 1,12 and. abc12 The Gazprom12 The";
  OUT(clean_glued_markers, d, z, z);
  CHECK_INT(d->nRepair, 0);
  tocsin_doc_free(d);

  d = doc_new(); /* no notes: nothing to glue to */
  OUT(clean_glued_markers, d, "sanctions.12 The EU", "sanctions.12 The EU");
  CHECK_INT(d->nRepair, 0);
  tocsin_doc_free(d);
}
