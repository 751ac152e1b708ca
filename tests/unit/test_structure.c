/*
** Unit tests of the structure stage: layout (title, byline date, body and
** notes boundaries), notes (labels, split notes and links, refanging,
** duplicates) and sentences (boundaries, markers, original offsets).
**
** Test strings write a footnote marker as {8}; mk() turns it into
** MARK_OPEN 8 MARK_CLOSE, which has the same length, so offsets into the
** test string are offsets into the "original".
*/
#include "test.h"
#include "../../src/core/internal.h"

#include <stdlib.h>

/* A document whose original text is z (with {n} markers as written). */
static tocsin_doc *doc_new(const char *z) {
  tocsin_doc *d = calloc(1, sizeof(*d));
  if (!d || !(d->pArena = arena_new())) abort();
  d->zOrig = arena_strdup(d->pArena, z);
  d->nOrig = strlen(z);
  return d;
}

/* Text of z with {n} turned into inline markers; offsets identical. */
static void mk(Text *t, const char *z) {
  if (!text_init(t, z, strlen(z), 0)) abort();
  for (size_t i = 0; i < t->n; i++) {
    if (t->z[i] != '{') continue;
    size_t k = i + 1;
    while (k < t->n && is_digit((unsigned char)t->z[k])) k++;
    if (k > i + 1 && k < t->n && t->z[k] == '}') {
      t->z[i] = MARK_OPEN;
      t->z[k] = MARK_CLOSE;
    }
  }
}

/* Runs layout_find on z; returns the doc, sets the offsets. */
static tocsin_doc *layout(const char *z, size_t *piBody, size_t *piNotes) {
  tocsin_doc *d = doc_new(z);
  Text t;
  mk(&t, z);
  CHECK(layout_find(d, &t, piBody, piNotes));
  text_free(&t);
  return d;
}

/* 1 if z at offset i (after blanks) starts with zWant. */
static int at_text(const char *z, size_t i, const char *zWant) {
  while (z[i] == ' ' || z[i] == '\n') i++;
  return strncmp(z + i, zWant, strlen(zWant)) == 0;
}

/* Parses the notes of z (from offset i). */
static tocsin_doc *notes(const char *z) {
  tocsin_doc *d = doc_new(z);
  Text t;
  mk(&t, z);
  CHECK(notes_parse(d, &t, 0));
  text_free(&t);
  return d;
}

/* Splits z (all body) into sentences. */
static tocsin_doc *sents(const char *z) {
  tocsin_doc *d = doc_new(z);
  Text t;
  mk(&t, z);
  CHECK(sentences_split(d, &t));
  text_free(&t);
  return d;
}

/* The original text of sentence i, as a static copy for comparison. */
static const char *orig_of(const tocsin_doc *d, size_t i, char *zBuf, size_t nBuf) {
  if (i >= d->nSent) return "(none)";
  const tocsin_sentence *s = &d->aSent[i];
  size_t n = s->end - s->start;
  if (n >= nBuf) n = nBuf - 1;
  memcpy(zBuf, d->zOrig + s->start, n);
  zBuf[n] = 0;
  return zBuf;
}

static const char *stext(const tocsin_doc *d, size_t i) {
  return i < d->nSent ? d->aSent[i].zText : "(none)";
}

static int has_repair(const tocsin_doc *d, const char *zKind, const char *zFrom, const char *zTo) {
  for (size_t k = 0; k < d->nRepair; k++) {
    const tocsin_repair *r = &d->aRepair[k];
    if (strcmp(r->zKind, zKind) == 0 && (!zFrom || strcmp(r->zFrom, zFrom) == 0) &&
        (!zTo || strcmp(r->zTo, zTo) == 0))
      return 1;
  }
  return 0;
}

/* ---- layout ------------------------------------------------------------------ */

TEST(structure_layout_isw_header) {
  const char *z =
      "# Russian Offensive Campaign Assessment, June 4, 2023\n"
      "\n"
      "**Karolina Hird, Riley Bailey, Angelica Evans, and Frederick W. Kagan**\n"
      "\n"
      "June 4, 2023, 5:30 pm EDT\n"
      "\n"
      "Key Takeaways: Ukrainian forces conducted limited attacks near Bakhmut on June 4.{1}\n"
      "\n"
      "Notes\n"
      "\n"
      "[1] https://t.me/mod_russia/27501\n";
  size_t iBody, iNotes;
  tocsin_doc *d = layout(z, &iBody, &iNotes);
  CHECK_STR(d->zTitle, "Russian Offensive Campaign Assessment, June 4, 2023");
  CHECK_STR(d->zDate, "2023-06-04");
  CHECK_STR(d->zDateSource, "byline");
  CHECK(at_text(z, iBody, "Key Takeaways:"));
  CHECK(at_text(z, iNotes, "Notes\n"));
  tocsin_doc_free(d);
}

TEST(structure_layout_date_forms) {
  static const struct {
    const char *zLine, *zDate;
  } a[] = {
      {"June 4, 2021, 5:30 pm EDT", "2021-06-04"},
      {"June 4, 2021", "2021-06-04"},
      {"Jun. 4, 2021", "2021-06-04"},
      {"4 June 2021", "2021-06-04"},
      {"04 June 2021", "2021-06-04"},
      {"2021-06-04", "2021-06-04"},
      {"June 4 2021", "2021-06-04"},
      {"Published: 4 June 2021", "2021-06-04"},
      {"Updated: 6 June 2021 | Published: 4 June 2021", "2021-06-04"},
      {"Friday, June 4, 2021", "2021-06-04"},
      {"Sept. 30, 2022", "2022-09-30"},
      {"By Jane Doe and John Roe, Reuters, March 1, 2022", "2022-03-01"},
      {"February 29, 2024", "2024-02-29"},
      {"February 29, 2023", ""},          /* not a date: no such day */
      {"Posted 12 December 2019 09:15 GMT", "2019-12-12"},
  };
  for (size_t k = 0; k < sizeof(a) / sizeof(a[0]); k++) {
    char z[512];
    snprintf(z, sizeof(z),
             "Belarus Forces Land Plane in Minsk\n%s\n\n"
             "Belarusian authorities forced a Ryanair flight to land in Minsk on Sunday.\n",
             a[k].zLine);
    size_t iBody, iNotes;
    tocsin_doc *d = layout(z, &iBody, &iNotes);
    if (strcmp(d->zDate, a[k].zDate) != 0) fprintf(stderr, "  date line: %s\n", a[k].zLine);
    CHECK_STR(d->zDate, a[k].zDate);
    CHECK_STR(d->zTitle, "Belarus Forces Land Plane in Minsk");
    CHECK(at_text(z, iBody, a[k].zDate[0] ? "Belarusian authorities" : a[k].zLine));
    CHECK_INT(iNotes, strlen(z));
    tocsin_doc_free(d);
  }
}

TEST(structure_layout_published_beats_updated_across_lines) {
  const char *z =
      "Kremlin Rejects Talks\n"
      "By Anna Petrova\n"
      "Updated 6 June 2021\n"
      "Published 4 June 2021\n"
      "\n"
      "The Kremlin rejected talks with Kyiv on Friday.\n";
  size_t iBody, iNotes;
  tocsin_doc *d = layout(z, &iBody, &iNotes);
  CHECK_STR(d->zDate, "2021-06-04");
  CHECK(at_text(z, iBody, "The Kremlin rejected"));
  tocsin_doc_free(d);
}

TEST(structure_layout_no_date_and_no_title) {
  size_t iBody, iNotes;
  const char *z1 =
      "## Ukraine Conflict Update\n"
      "\n"
      "Russian forces attacked Kharkiv on June 3, 2021, and the General Staff reported losses.\n";
  tocsin_doc *d = layout(z1, &iBody, &iNotes);
  CHECK_STR(d->zTitle, "Ukraine Conflict Update");
  CHECK_STR(d->zDate, "");               /* a date in running text is no byline */
  CHECK(d->zDateSource == NULL);
  CHECK(at_text(z1, iBody, "Russian forces attacked"));
  tocsin_doc_free(d);

  /* a document that starts with its dateline has no title */
  const char *z2 =
      "4 June 2021\n"
      "\n"
      "MOSCOW (Reuters) - Russia expelled two Bulgarian diplomats on Friday, the ministry said.\n";
  d = layout(z2, &iBody, &iNotes);
  CHECK(d->zTitle == NULL);
  CHECK_STR(d->zDate, "2021-06-04");
  CHECK(at_text(z2, iBody, "MOSCOW (Reuters)"));
  tocsin_doc_free(d);

  /* a wire story: headline, then the dateline alone on its line */
  const char *z3 =
      "Russia expels Bulgarian diplomats\n"
      "MOSCOW, 4 June 2021\n"
      "Russia expelled two Bulgarian diplomats on Friday in a tit-for-tat move, the ministry said.\n";
  d = layout(z3, &iBody, &iNotes);
  CHECK_STR(d->zTitle, "Russia expels Bulgarian diplomats");
  CHECK_STR(d->zDate, "2021-06-04");
  CHECK(at_text(z3, iBody, "Russia expelled"));
  tocsin_doc_free(d);
}

TEST(structure_layout_title_markup_and_marker) {
  const char *z = "  # **Iran Update, January 5, 2024**{1}  \n\nIran launched drones at Erbil today.\n";
  size_t iBody, iNotes;
  tocsin_doc *d = layout(z, &iBody, &iNotes);
  CHECK_STR(d->zTitle, "Iran Update, January 5, 2024");
  CHECK_STR(d->zDate, "2024-01-05");     /* from the title when no byline */
  CHECK(at_text(z, iBody, "Iran launched"));
  tocsin_doc_free(d);
}

TEST(structure_layout_notes_headings) {
  static const char *az[] = {"Notes", "## Endnotes", "**Footnotes:**", "End Notes", "# References",
                             "Sources:", "Citations", "ENDNOTES"};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    char z[512];
    snprintf(z, sizeof(z),
             "Title Here\n\nRussia struck Odesa overnight.{1}\n\n%s\n\n1. TASS, \"Strike on Odesa,\" June 1, 2022.\n",
             az[k]);
    size_t iBody, iNotes;
    tocsin_doc *d = layout(z, &iBody, &iNotes);
    if (!at_text(z, iNotes, az[k])) fprintf(stderr, "  heading: %s\n", az[k]);
    CHECK(at_text(z, iNotes, az[k]));
    tocsin_doc_free(d);
  }
}

TEST(structure_layout_last_heading_wins) {
  const char *z =
      "Title Here\n\n## Sources\n\nThe report draws on Russian sources and official statements.\n\n"
      "Moscow denied it.{1}\n\nSources\n\n1 https://tass.com/politics/1\n";
  size_t iBody, iNotes;
  tocsin_doc *d = layout(z, &iBody, &iNotes);
  CHECK(iNotes == (size_t)(strstr(z, "Sources\n\n1 ") - z));
  tocsin_doc_free(d);
}

TEST(structure_layout_notes_before_bibliography) {
  const char *z =
      "Title Here\n\nMoscow denied it.{1}\n\nNotes\n\n1. TASS, June 1, 2022.\n\n"
      "References\n\nSmith, J. Russia's Wars. London, 2019.\n";
  size_t iBody, iNotes;
  tocsin_doc *d = layout(z, &iBody, &iNotes);
  CHECK(at_text(z, iNotes, "Notes\n"));
  tocsin_doc_free(d);
  d = notes(z + iNotes);
  CHECK_INT(d->nNote, 1);
  if (d->nNote) CHECK_STR(d->aNote[0].zText, "TASS, June 1, 2022.");
  tocsin_doc_free(d);
}

TEST(structure_layout_trailing_numbered_notes) {
  static const char *az[] = {
      "1 https://www.reuters.com/world/a\n2 https://tass.com/politics/b\n",
      "1. Reuters, \"A,\" June 1.\n2. TASS, \"B,\"\nhttps://tass.com/b\n",
      "[1] Reuters, \"A.\"\n[2] TASS, \"B.\"\n",
      "1) Reuters, https://reut.rs/1\n2) TASS\n",
      "^1 Reuters.\n^2 TASS.\n",
      "1\tReuters, https://reut.rs/1\n2\tTASS.\n",
      "{1} Reuters, \"A.\"\n{2} TASS, \"B.\"\n",
  };
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    char z[512];
    snprintf(z, sizeof(z), "Title Here\n\nRussia struck Odesa.{1} Ukraine responded.{2}\n\n%s", az[k]);
    size_t iBody, iNotes;
    tocsin_doc *d = layout(z, &iBody, &iNotes);
    if (iNotes != (size_t)(strstr(z, az[k]) - z)) fprintf(stderr, "  block %zu\n", k);
    CHECK_INT(iNotes, strstr(z, az[k]) - z);
    tocsin_doc_free(d);
  }
  /* a numbered list ending the body, with nothing pointing at it, is body */
  const char *z =
      "Title Here\n\nWe forecast the following outcomes.\n\n1. Russia will attack Kharkiv.\n"
      "2. Ukraine will defend Kharkiv.\n";
  size_t iBody, iNotes;
  tocsin_doc *d = layout(z, &iBody, &iNotes);
  CHECK_INT(iNotes, strlen(z));
  tocsin_doc_free(d);
  /* a body list right before heading-less notes stays in the body */
  const char *z3 =
      "Title Here\n\nMinsk hosted Putin.{1} Moscow agreed.{2}\n\nForecasts\n\n"
      "1. Minsk will host Russian troops.\n2. The E.U. will expand sanctions.\n\n"
      "1 Kremlin, http://www.kremlin.ru/events/1\n2 TASS, https://tass.com/2\n";
  d = layout(z3, &iBody, &iNotes);
  CHECK(at_text(z3, iNotes, "1 Kremlin"));
  tocsin_doc_free(d);
  /* ... unless the body cites the numbers (glued note numbers) */
  const char *z2 =
      "Title Here\n\nRussia struck Odesa.1 Ukraine responded.2\n\n1. Reuters, \"A.\"\n"
      "2. TASS, \"B.\"\n";
  d = layout(z2, &iBody, &iNotes);
  CHECK(at_text(z2, iNotes, "1. Reuters"));
  tocsin_doc_free(d);
}

/* ---- notes ------------------------------------------------------------------- */

TEST(structure_notes_labels_and_split_notes) {
  const char *z =
      "Endnotes\n"
      "\n"
      "1. Reuters, \"Russia masses troops near Ukraine,\"\n"
      "April 9, 2021.\n"
      "[2] TASS, https://tass.com/politics/1274741\n"
      "^3 Kremlin statement.\n"
      "4) Interfax.\n"
      "5\tRIA Novosti.\n"
      "{6} Meduza, https://meduza.io/en/news/2021/06/04/a\n"
      "7 https://www.bbc.com/news/world-europe-57350384\n"
      "12\n"
      "8 Ministry of Defence.\n";
  tocsin_doc *d = notes(z);
  CHECK_INT(d->nNote, 8);
  const tocsin_note *n1 = tocsin_doc_find_note(d, 1);
  CHECK(n1 != NULL);
  if (n1) CHECK_STR(n1->zText, "Reuters, \"Russia masses troops near Ukraine,\" April 9, 2021.");
  const tocsin_note *n2 = tocsin_doc_find_note(d, 2);
  if (n2 && n2->nUrl == 1) {
    CHECK_STR(n2->azUrl[0], "https://tass.com/politics/1274741");
    CHECK_STR(n2->azDomain[0], "tass.com");
  } else {
    CHECK(0);
  }
  const tocsin_note *n6 = tocsin_doc_find_note(d, 6);
  CHECK(n6 && n6->nUrl == 1 && strcmp(n6->azDomain[0], "meduza.io") == 0);
  const tocsin_note *n7 = tocsin_doc_find_note(d, 7);
  CHECK(n7 && n7->nUrl == 1 && strcmp(n7->azDomain[0], "bbc.com") == 0);
  /* the lone "12" is a page number, not note text */
  const tocsin_note *n8 = tocsin_doc_find_note(d, 8);
  if (n8) CHECK_STR(n8->zText, "Ministry of Defence.");
  const tocsin_note *n5 = tocsin_doc_find_note(d, 5);
  if (n5) CHECK_STR(n5->zText, "RIA Novosti.");
  CHECK(tocsin_doc_find_note(d, 12) == NULL);
  tocsin_doc_free(d);
}

TEST(structure_notes_split_urls) {
  const char *z =
      "Notes\n"
      "1 Agency report, www.agency dot\n"
      "com/politics/2020/06/04/story, accessed June 5.\n"
      "2 https://www.understandingwar.org/backgrounder/russian-offensive-\n"
      "campaign-assessment-june-4-2023\n"
      "3 https://www.reuters.com/world/europe/\n"
      "Accessed June 4, 2021.\n"
      "4 https://www.kyivindependent.com/ukraine-\n"
      "war-latest.html\n"
      "5 https://www.reuters.com/article/us-russia.\n"
      "Reuters staff.\n";
  tocsin_doc *d = notes(z);
  const tocsin_note *n = tocsin_doc_find_note(d, 1);
  CHECK(n && n->nUrl == 1);
  if (n && n->nUrl) {
    CHECK_STR(n->azUrl[0], "www.agency.com/politics/2020/06/04/story");
    CHECK_STR(n->azDomain[0], "agency.com");
    CHECK_STR(n->zText, "Agency report, www.agency.com/politics/2020/06/04/story, accessed June 5.");
  }
  n = tocsin_doc_find_note(d, 2);
  CHECK(n && n->nUrl == 1 &&
        strcmp(n->azUrl[0],
               "https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-june-4-2023") == 0);
  n = tocsin_doc_find_note(d, 3);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://www.reuters.com/world/europe/") == 0);
  if (n) CHECK_STR(n->zText, "https://www.reuters.com/world/europe/ Accessed June 4, 2021.");
  n = tocsin_doc_find_note(d, 4);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://www.kyivindependent.com/ukraine-war-latest.html") == 0);
  n = tocsin_doc_find_note(d, 5);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://www.reuters.com/article/us-russia") == 0);
  CHECK(has_repair(d, "join-url", "russian-offensive-\ncampaign-assessment-june-4-2023", NULL) ||
        has_repair(d, "join-url", NULL, "https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-june-4-2023"));
  CHECK(has_repair(d, "join-url", "www.agency dot\ncom/politics/2020/06/04/story,", NULL));
  CHECK(has_repair(d, "refang", " dot ", "."));
  tocsin_doc_free(d);
}

TEST(structure_notes_refang_forms) {
  const char *z =
      "1 hxxp://www.kremlin[.]ru/events/president/news/65788\n"
      "2 hXXps://t[.]me/rybar/12345\n"
      "3 hxxps://www(.)mid(.)ru/en/\n"
      "4 https://president{.}gov{.}ua/en/news\n"
      "5 https://tass[dot]com/politics/1\n"
      "6 https://ria(dot)ru/20210604/x.html\n"
      "7 www.kremlin dot ru/events/president/transcripts/65\n"
      "8 https://www.news.dot.example/item\n"
      "9 hxxps[:]//rt[.]com[/]news\n"
      "10 https://www.ft.com/content/abc\\_def\\_ghi\n"
      "11 https://www.fhwa.dot.gov/policy/\n"
      "12 Kremlin, kremlin[.]ru/events/president/news/1 (in Russian), U.S./Russia talks.\n";
  tocsin_doc *d = notes(z);
  static const char *azWant[] = {
      "http://www.kremlin.ru/events/president/news/65788",
      "https://t.me/rybar/12345",
      "https://www.mid.ru/en/",
      "https://president.gov.ua/en/news",
      "https://tass.com/politics/1",
      "https://ria.ru/20210604/x.html",
      "www.kremlin.ru/events/president/transcripts/65",
      "https://www.news.example/item",
      "https://rt.com/news",
      "https://www.ft.com/content/abc_def_ghi",
      "https://www.fhwa.dot.gov/policy/",
      "kremlin.ru/events/president/news/1",
  };
  static const char *azDomain[] = {"kremlin.ru", "t.me", "mid.ru", "president.gov.ua", "tass.com", "ria.ru",
                                   "kremlin.ru", "news.example", "rt.com", "ft.com", "fhwa.dot.gov",
                                   "kremlin.ru"};
  CHECK_INT(d->nNote, 12);
  for (int k = 0; k < 12; k++) {
    const tocsin_note *n = tocsin_doc_find_note(d, k + 1);
    if (!n || n->nUrl != 1) {
      fprintf(stderr, "  note %d: %s\n", k + 1, n ? n->zText : "(missing)");
      CHECK(0);
      continue;
    }
    CHECK_STR(n->azUrl[0], azWant[k]);
    CHECK_STR(n->azDomain[0], azDomain[k]);
  }
  CHECK(has_repair(d, "refang", "hxxp", "http"));
  CHECK(has_repair(d, "refang", "hXXps", "https"));
  CHECK(has_repair(d, "refang", "[.]", "."));
  CHECK(has_repair(d, "refang", "(.)", "."));
  CHECK(has_repair(d, "refang", "{.}", "."));
  CHECK(has_repair(d, "refang", "[dot]", "."));
  CHECK(has_repair(d, "refang", "(dot)", "."));
  CHECK(has_repair(d, "refang", ".dot.", "."));
  CHECK(has_repair(d, "refang", "[:]", ":"));
  CHECK(has_repair(d, "refang", "[/]", "/"));
  CHECK(has_repair(d, "refang", "\\_", "_"));
  /* the repair points at the original bytes */
  for (size_t k = 0; k < d->nRepair; k++) {
    const tocsin_repair *r = &d->aRepair[k];
    if (strcmp(r->zKind, "refang") == 0 && strcmp(r->zFrom, " dot ") != 0)
      CHECK(strncmp(z + r->at, r->zFrom, strlen(r->zFrom)) == 0);
  }
  tocsin_doc_free(d);
}

TEST(structure_notes_ocr_digits_in_url_paths) {
  const char *z =
      "1 https://www.washingtonpost.com/world/2019/I1/O5/russia-ukraine/\n"
      "2 https://www.rferl.org/a/2020/O3/aB3xQ9Lo/story?id=I1&m=O3\n"
      "3 https://example.org/2019/Il/\n"
      "4 https://example.org/archive/I1/\n";
  tocsin_doc *d = notes(z);
  const tocsin_note *n = tocsin_doc_find_note(d, 1);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://www.washingtonpost.com/world/2019/11/05/russia-ukraine/") == 0);
  n = tocsin_doc_find_note(d, 2);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://www.rferl.org/a/2020/03/aB3xQ9Lo/story?id=I1&m=O3") == 0);
  n = tocsin_doc_find_note(d, 3);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://example.org/2019/11/") == 0);
  n = tocsin_doc_find_note(d, 4);   /* no year before it: left alone */
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://example.org/archive/I1/") == 0);
  CHECK(has_repair(d, "ocr-digit", "I1", "11"));
  CHECK(has_repair(d, "ocr-digit", "O5", "05"));
  CHECK(has_repair(d, "ocr-digit", "O3", "03"));
  CHECK(!has_repair(d, "ocr-digit", "aB3xQ9Lo", NULL));
  size_t nOcr = 0;
  for (size_t k = 0; k < d->nRepair; k++) nOcr += strcmp(d->aRepair[k].zKind, "ocr-digit") == 0;
  CHECK_INT(nOcr, 4);
  tocsin_doc_free(d);
}

TEST(structure_notes_ocr_date_runs_in_url_paths) {
  const char *z =
      "1 https://www.reuters.com/world/europe/lithuania-migrants-2O21-O7-O2/\n"
      "2 https://example.org/news/2O2I-I2-3I_report.html\n"
      "3 https://example.org/a-2O21-O6-31/ https://example.org/b-2O21-13-O2/\n"
      "4 https://example.org/c-2O21-O7-O2x/ https://example.org/d?from=2O21-O7-O2\n"
      "5 https://example.org/e-2OOO-O1-O1/ https://www.reuters.com/article/idUSKBN2EI0O1\n"
      "6 Report of 2O21-O7-O2, https://example.org/f\n";
  tocsin_doc *d = notes(z);
  const tocsin_note *n = tocsin_doc_find_note(d, 1);
  CHECK(n && n->nUrl == 1 &&
        strcmp(n->azUrl[0], "https://www.reuters.com/world/europe/lithuania-migrants-2021-07-02/") == 0);
  n = tocsin_doc_find_note(d, 2);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://example.org/news/2021-12-31_report.html") == 0);
  CHECK(has_repair(d, "ocr-digit", "2O21-O7-O2", "2021-07-02"));
  CHECK(has_repair(d, "ocr-digit", "2O2I-I2-3I", "2021-12-31"));
  for (size_t k = 0; k < d->nRepair; k++) /* the repair points at the original bytes */
    if (strcmp(d->aRepair[k].zKind, "ocr-digit") == 0)
      CHECK(strncmp(z + d->aRepair[k].at, d->aRepair[k].zFrom, strlen(d->aRepair[k].zFrom)) == 0);
  /* June 31 and month 13 are no dates; a letter after the run; the query
  ** string; a year without two real digits; mixed identifiers; prose (the
  ** body's OCR pass handles that) */
  n = tocsin_doc_find_note(d, 3);
  CHECK(n && n->nUrl == 2 && strcmp(n->azUrl[0], "https://example.org/a-2O21-O6-31/") == 0 &&
        strcmp(n->azUrl[1], "https://example.org/b-2O21-13-O2/") == 0);
  n = tocsin_doc_find_note(d, 4);
  CHECK(n && n->nUrl == 2 && strcmp(n->azUrl[0], "https://example.org/c-2O21-O7-O2x/") == 0 &&
        strcmp(n->azUrl[1], "https://example.org/d?from=2O21-O7-O2") == 0);
  n = tocsin_doc_find_note(d, 5);
  CHECK(n && n->nUrl == 2 && strcmp(n->azUrl[0], "https://example.org/e-2OOO-O1-O1/") == 0 &&
        strcmp(n->azUrl[1], "https://www.reuters.com/article/idUSKBN2EI0O1") == 0);
  n = tocsin_doc_find_note(d, 6);
  CHECK(n && strcmp(n->zText, "Report of 2O21-O7-O2, https://example.org/f") == 0);
  size_t nOcr = 0;
  for (size_t k = 0; k < d->nRepair; k++) nOcr += strcmp(d->aRepair[k].zKind, "ocr-digit") == 0;
  CHECK_INT(nOcr, 2);
  tocsin_doc_free(d);
}

TEST(structure_notes_duplicates_and_order) {
  const char *z =
      "Notes\n"
      "2 TASS, https://tass.com/politics/2\n"
      "1 Reuters, https://www.reuters.com/a\n"
      "3 Interfax.\n"
      "2 TASS again, https://tass.com/politics/2 and https://tass.ru/politika/2\n"
      "4.\n";
  tocsin_doc *d = notes(z);
  CHECK_INT(d->nNote, 4);
  for (size_t k = 0; k < d->nNote; k++) CHECK_INT(d->aNote[k].n, (int)k + 1);
  const tocsin_note *n = tocsin_doc_find_note(d, 2);
  CHECK(n != NULL);
  if (n) {
    CHECK_STR(n->zText, "TASS, https://tass.com/politics/2");
    CHECK_INT(n->nUrl, 2);
    if (n->nUrl == 2) CHECK_STR(n->azDomain[1], "tass.ru");
  }
  n = tocsin_doc_find_note(d, 4);
  CHECK(n && n->zText[0] == 0 && n->nUrl == 0);   /* an empty note is kept */
  CHECK(has_repair(d, "duplicate-note", NULL, NULL));
  size_t nOrder = 0;
  for (size_t k = 0; k < d->nRepair; k++) nOrder += strcmp(d->aRepair[k].zKind, "note-order") == 0;
  CHECK_INT(nOrder, 1);
  tocsin_doc_free(d);
}

TEST(structure_notes_url_ends) {
  const char *z =
      "1 See (https://en.wikipedia.org/wiki/Minsk_(city)) and <https://meduza.io/a>.\n"
      "2 \"Statement,\" https://www.mil.ru:443/news/1, accessed June 4; also http://user@Example.COM/x.\n";
  tocsin_doc *d = notes(z);
  const tocsin_note *n = tocsin_doc_find_note(d, 1);
  CHECK(n && n->nUrl == 2);
  if (n && n->nUrl == 2) {
    CHECK_STR(n->azUrl[0], "https://en.wikipedia.org/wiki/Minsk_(city)");
    CHECK_STR(n->azUrl[1], "https://meduza.io/a");
  }
  n = tocsin_doc_find_note(d, 2);
  CHECK(n && n->nUrl == 2);
  if (n && n->nUrl == 2) {
    CHECK_STR(n->azUrl[0], "https://www.mil.ru:443/news/1");
    CHECK_STR(n->azDomain[0], "mil.ru");
    CHECK_STR(n->azDomain[1], "example.com");
  }
  tocsin_doc_free(d);
}

/* ---- sentences ------------------------------------------------------------------ */

TEST(structure_sentences_abbreviations) {
  tocsin_doc *d = sents(
      "Mr. Putin met Gen. Gerasimov in St. Petersburg on Jan. 5. The talks lasted 3.5 hours. "
      "John F. Kennedy was cited by Dr. Smith of the U.S. State Department. "
      "Sanctions hit Gazprom Inc. and Rosneft Corp. equally, etc. The U.S. The E.U. agreed. "
      "Troops moved, etc. and then stopped.");
  CHECK_INT(d->nSent, 7);
  CHECK_STR(stext(d, 0), "Mr. Putin met Gen. Gerasimov in St. Petersburg on Jan. 5.");
  CHECK_STR(stext(d, 1), "The talks lasted 3.5 hours.");
  CHECK_STR(stext(d, 2), "John F. Kennedy was cited by Dr. Smith of the U.S. State Department.");
  CHECK_STR(stext(d, 3), "Sanctions hit Gazprom Inc. and Rosneft Corp. equally, etc.");
  CHECK_STR(stext(d, 4), "The U.S.");
  CHECK_STR(stext(d, 5), "The E.U. agreed.");
  CHECK_STR(stext(d, 6), "Troops moved, etc. and then stopped.");
  tocsin_doc_free(d);
}

TEST(structure_sentences_quotes_and_marks) {
  tocsin_doc *d = sents(
      "Lavrov said, \"We will respond.\" Kyiv refused! Why? \"Because,\" he said. "
      "‘Never,’ Zelensky said. “Soon.” 2022 began badly... Then it improved.");
  CHECK_INT(d->nSent, 8);
  CHECK_STR(stext(d, 0), "Lavrov said, \"We will respond.\"");
  CHECK_STR(stext(d, 1), "Kyiv refused!");
  CHECK_STR(stext(d, 2), "Why?");
  CHECK_STR(stext(d, 3), "\"Because,\" he said.");
  CHECK_STR(stext(d, 4), "‘Never,’ Zelensky said.");
  CHECK_STR(stext(d, 5), "“Soon.”");
  CHECK_STR(stext(d, 6), "2022 began badly...");
  tocsin_doc_free(d);
}

TEST(structure_sentences_markers) {
  const char *z =
      "Russian forces shelled Kherson on Monday.{8} The next day Lukashenko{3} said Minsk would help.{4}{5}\n"
      "Belarus denied it. {9} Moscow agreed.{10}{10}\n";
  tocsin_doc *d = sents(z);
  CHECK_INT(d->nSent, 4);
  CHECK_STR(stext(d, 0), "Russian forces shelled Kherson on Monday.");
  CHECK(d->nSent > 0 && d->aSent[0].nNote == 1 && d->aSent[0].aNote[0] == 8);
  CHECK_STR(stext(d, 1), "The next day Lukashenko said Minsk would help.");
  CHECK(d->nSent > 1 && d->aSent[1].nNote == 3 && d->aSent[1].aNote[0] == 3 &&
        d->aSent[1].aNote[1] == 4 && d->aSent[1].aNote[2] == 5);
  CHECK(d->nSent > 2 && d->aSent[2].nNote == 1 && d->aSent[2].aNote[0] == 9);
  CHECK(d->nSent > 3 && d->aSent[3].nNote == 1 && d->aSent[3].aNote[0] == 10);
  /* offsets: the original slice is the sentence with its markers */
  char zb[256];
  CHECK_STR(orig_of(d, 0, zb, sizeof(zb)), "Russian forces shelled Kherson on Monday.{8}");
  CHECK_STR(orig_of(d, 1, zb, sizeof(zb)), "The next day Lukashenko{3} said Minsk would help.{4}{5}");
  CHECK_STR(orig_of(d, 2, zb, sizeof(zb)), "Belarus denied it. {9}");
  CHECK_STR(orig_of(d, 3, zb, sizeof(zb)), "Moscow agreed.{10}{10}");
  tocsin_doc_free(d);
}

TEST(structure_sentences_glued_marker_ends_sentence) {
  const char *z = "Russia struck Kyiv on Monday.{8}The next day Ukraine struck back.{9}";
  tocsin_doc *d = sents(z);
  CHECK_INT(d->nSent, 2);
  CHECK_STR(stext(d, 0), "Russia struck Kyiv on Monday.");
  CHECK_STR(stext(d, 1), "The next day Ukraine struck back.");
  char zb[128];
  CHECK_STR(orig_of(d, 0, zb, sizeof(zb)), "Russia struck Kyiv on Monday.{8}");
  CHECK(d->nSent == 2 && d->aSent[1].nNote == 1 && d->aSent[1].aNote[0] == 9);
  tocsin_doc_free(d);
}

TEST(structure_sentences_marker_space_collapse) {
  tocsin_doc *d = sents("Shoigu {2} visited the front {3}. Peskov {4} declined to comment.\n");
  CHECK_INT(d->nSent, 2);
  CHECK_STR(stext(d, 0), "Shoigu visited the front.");
  CHECK_STR(stext(d, 1), "Peskov declined to comment.");
  tocsin_doc_free(d);
}

TEST(structure_sentences_paragraphs_headings_bullets) {
  const char *z =
      "## Key Takeaways\n"
      "\n"
      "- Russian forces advanced near Bakhmut.{1} Ukrainian forces held.\n"
      "* Wagner claimed gains\n"
      "  in the south.\n"
      "1. The Kremlin denied it.\n"
      "\n"
      "Southern Axis\n"
      "\n"
      "Ukrainian forces struck a depot in\n"
      "Nova Kakhovka on June 4.\n"
      "\n"
      "---\n"
      "Key takeaway: Russia continues to mobilize.\n"
      "Final line without punctuation";
  tocsin_doc *d = sents(z);
  CHECK_INT(d->nSent, 7);
  CHECK_STR(stext(d, 0), "Russian forces advanced near Bakhmut.");
  CHECK_STR(stext(d, 1), "Ukrainian forces held.");
  CHECK_STR(stext(d, 2), "Wagner claimed gains in the south.");
  CHECK_STR(stext(d, 3), "The Kremlin denied it.");
  CHECK_STR(stext(d, 4), "Ukrainian forces struck a depot in Nova Kakhovka on June 4.");
  CHECK_STR(stext(d, 5), "Key takeaway: Russia continues to mobilize.");
  CHECK_STR(stext(d, 6), "Final line without punctuation");
  for (size_t k = 0; k < d->nSent; k++) CHECK_INT(d->aSent[k].i, k);
  char zb[256];
  CHECK_STR(orig_of(d, 2, zb, sizeof(zb)), "Wagner claimed gains\n  in the south.");
  CHECK_STR(orig_of(d, 4, zb, sizeof(zb)), "Ukrainian forces struck a depot in\nNova Kakhovka on June 4.");
  tocsin_doc_free(d);
}

TEST(structure_sentences_offsets_through_rewrites) {
  /* A body whose bytes came from elsewhere in the original: offsets follow aOff. */
  const char *zOrig = "TITLE\n\nKyiv &amp; Lviv were hit.<sup>7</sup> Odesa too.\n";
  tocsin_doc *d = doc_new(zOrig);
  TextWriter w;
  tw_init(&w);
  Text in;
  CHECK(text_init(&in, zOrig, strlen(zOrig), 0));
  size_t iAmp = strstr(zOrig, "&amp;") - zOrig, iSup = strstr(zOrig, "<sup>") - zOrig;
  size_t iEnd = strstr(zOrig, "</sup>") - zOrig + 6;
  tw_copy(&w, &in, 7, iAmp - 7);
  tw_emitc(&w, '&', iAmp);
  tw_copy(&w, &in, iAmp + 5, iSup - iAmp - 5);
  tw_marker(&w, 7, iSup);
  tw_copy(&w, &in, iEnd, in.n - iEnd);
  Text body;
  CHECK(tw_finish(&w, &body, in.n));
  CHECK(sentences_split(d, &body));
  CHECK_INT(d->nSent, 2);
  char zb[256];
  CHECK_STR(stext(d, 0), "Kyiv & Lviv were hit.");
  CHECK_STR(orig_of(d, 0, zb, sizeof(zb)), "Kyiv &amp; Lviv were hit.<sup>7</sup>");
  CHECK_STR(orig_of(d, 1, zb, sizeof(zb)), "Odesa too.");
  CHECK(d->nSent && d->aSent[0].nNote == 1 && d->aSent[0].aNote[0] == 7);
  text_free(&in);
  text_free(&body);
  tocsin_doc_free(d);
}

TEST(structure_sentences_orphan_marker_and_empty) {
  tocsin_doc *d = sents("\n\nRussia mobilized reservists.\n\n{12}\n\n   \n");
  CHECK_INT(d->nSent, 1);
  CHECK(d->nSent && d->aSent[0].nNote == 1 && d->aSent[0].aNote[0] == 12);
  tocsin_doc_free(d);
  d = sents("");
  CHECK_INT(d->nSent, 0);
  tocsin_doc_free(d);
}

/* ---- the stage as the pipeline runs it ------------------------------------------- */

TEST(structure_pipeline_report) {
  const char *z =
      "# Belarus Warning Update\n"
      "By ISW Staff\n"
      "May 24, 2021\n"
      "\n"
      "Belarusian President Alexander Lukashenko{1} ordered a MiG-29 to intercept Ryanair Flight 4978 "
      "on May 23.{2} Lukashenko likely seeks to demonstrate control.\n"
      "\n"
      "**Endnotes**\n"
      "\n"
      "1 https://www.belta.by/president/view/lukashenko-\n"
      "443019-2021/\n"
      "2 hxxps://t[.]me/pul_1/2681\n";
  tocsin_doc *d = doc_new(z);
  Text t, body;
  mk(&t, z);
  size_t iBody, iNotes;
  CHECK(layout_find(d, &t, &iBody, &iNotes));
  CHECK(notes_parse(d, &t, iNotes));
  CHECK(text_slice(&body, &t, iBody, iNotes - iBody));
  CHECK(sentences_split(d, &body));
  CHECK_STR(d->zTitle, "Belarus Warning Update");
  CHECK_STR(d->zDate, "2021-05-24");
  CHECK_INT(d->nNote, 2);
  CHECK_INT(d->nSent, 2);
  const tocsin_note *n = tocsin_doc_find_note(d, 1);
  CHECK(n && n->nUrl == 1 && strcmp(n->azUrl[0], "https://www.belta.by/president/view/lukashenko-443019-2021/") == 0);
  n = tocsin_doc_find_note(d, 2);
  CHECK(n && n->nUrl == 1 && strcmp(n->azDomain[0], "t.me") == 0);
  CHECK(d->nSent == 2 && d->aSent[0].nNote == 2);
  char zb[512];
  CHECK_STR(orig_of(d, 1, zb, sizeof(zb)), "Lukashenko likely seeks to demonstrate control.");
  text_free(&t);
  text_free(&body);
  tocsin_doc_free(d);
}

/* The byline's author(s): "By" lines, a bare list of names under the title,
** a date after the name; a sentence or a dateline is no author. */
static const char *author_of(const char *zText) {
  static char z[256];
  tocsin_error err;
  tocsin_doc *d = tocsin_doc_parse(zText, strlen(zText), "t", NULL, &err);
  if (!d) return "(error)";
  const char *a = tocsin_doc_author(d);
  snprintf(z, sizeof z, "%s", a ? a : "(none)");
  tocsin_doc_free(d);
  return z;
}

TEST(byline_author) {
  CHECK_STR(author_of("Belarus Warning Update\n\nMara Velychko and Daniel Ortis\n\nNovember 30, 2020\n\n"
                      "Russia warned Belarus on Monday about the border.\n"),
            "Mara Velychko and Daniel Ortis");
  CHECK_STR(author_of("Talks in Minsk\n\nBy Jane Doe, November 30, 2020\n\nRussia warned Belarus on Monday.\n"),
            "Jane Doe");
  CHECK_STR(author_of("Talks in Minsk\n\n**Authors:** Jane Doe & John Roe\n\nRussia warned Belarus on Monday.\n"),
            "Jane Doe & John Roe");
  CHECK_STR(author_of("Talks in Minsk\n\nNovember 30, 2020\n\nRussia warned Belarus on Monday.\n"), "(none)");
  CHECK_STR(author_of("Russia warned Belarus on Monday. Minsk said it would respond.\n"), "(none)");
}
