/*
** Unit tests: utilities, tokenizer, trie, verb forms, dates, judgments.
*/
#include "test.h"

#include <stdlib.h>

#include "../../src/code/code.h"
#include "../../src/judge/judge.h"

TEST(util_dates_roundtrip) {
  Ymd t = {2020, 2, 29};
  CHECK(ymd_valid(t));
  Ymd u = ymd_from_days(ymd_to_days(t));
  CHECK_INT(u.y, 2020);
  CHECK_INT(u.m, 2);
  CHECK_INT(u.d, 29);
  Ymd bad = {2021, 2, 29};
  CHECK(!ymd_valid(bad));
  Ymd mon = {2020, 11, 30};
  CHECK_INT(ymd_weekday(mon), 0);   /* 30 November 2020 was a Monday */
  char z[11];
  ymd_format(mon, z);
  CHECK_STR(z, "2020-11-30");
  CHECK(ymd_parse("2019-09-14", &u) && u.d == 14);
  CHECK(!ymd_parse("2019-9-14", &u));
  CHECK_INT(month_from_name("Sept.", 5), 9);
  CHECK_INT(month_from_name("dec", 3), 12);
  CHECK_INT(month_from_name("Mayday", 6), 0);
}

TEST(util_utf8_check) {
  CHECK_INT(utf8_check("ok \xC3\xA9", 5), (size_t)-1);
  CHECK_INT(utf8_check("ab\xC3", 3), 2);          /* truncated sequence */
  CHECK_INT(utf8_check("a\xED\xA0\x80", 4), 1);   /* surrogate */
  CHECK_INT(utf8_check("\xC0\xAF", 2), 0);        /* overlong */
}

TEST(util_json_escape) {
  Buf b;
  buf_init(&b);
  buf_json_str(&b, "a\"b\\c\n\x01");
  CHECK_STR(b.z, "\"a\\\"b\\\\c\\n\\u0001\"");
  buf_free(&b);
}

static size_t toks(const char *z, Token **pa, Intern *pI, Arena *A) {
  size_t n = 0, nAlloc = 0;
  *pa = NULL;
  tokenize(z, strlen(z), pI, A, 1, pa, &n, &nAlloc);
  return n;
}

static int tok_eq(const char *z, const Token *t, const char *w) {
  return t->end - t->start == strlen(w) && !strncmp(z + t->start, w, strlen(w));
}

TEST(tokenizer_words_and_punctuation) {
  Intern I;
  Arena *A = arena_new();
  intern_init(&I);
  Token *a;
  const char *z = "Russia's U.S.-backed talks didn’t end; Lukashenko said 1,500 troops (3.5%) left.";
  size_t n = toks(z, &a, &I, A);
  CHECK(n >= 18);
  CHECK(tok_eq(z, &a[0], "Russia"));
  CHECK(tok_eq(z, &a[1], "'s"));
  CHECK(tok_eq(z, &a[2], "U.S."));
  CHECK(tok_eq(z, &a[3], "-"));
  CHECK(tok_eq(z, &a[4], "backed"));
  CHECK(tok_eq(z, &a[6], "did"));
  CHECK(a[7].id == intern_id(&I, A, "n't", 3, 0));   /* curly apostrophe normalised */
  CHECK(tok_eq(z, &a[8], "end"));
  CHECK(tok_eq(z, &a[9], ";"));
  CHECK(tok_eq(z, &a[12], "1,500"));
  CHECK(a[0].bCap && !a[4].bCap);
  /* case-insensitive ids */
  CHECK(a[0].id == intern_id(&I, A, "RUSSIA", 6, 0));
  free(a);
  intern_free(&I);
  arena_free(A);
}

TEST(trie_longest_match) {
  Trie t;
  CHECK(trie_init(&t));
  uint32_t a[] = {5, 6, 7}, b[] = {5, 6}, c[] = {9};
  CHECK(trie_add(&t, a, 3, 1));
  CHECK(trie_add(&t, b, 2, 2));
  CHECK(trie_add(&t, c, 1, 3));
  CHECK(trie_add(&t, b, 2, 2));   /* duplicate payload ignored */
  uint32_t n1 = trie_step(&t, 0, 5), n2 = trie_step(&t, n1, 6), n3 = trie_step(&t, n2, 7);
  CHECK(n1 && n2 && n3);
  CHECK(t.aHead[n1] < 0);
  CHECK(t.aHead[n2] >= 0 && t.aRef[t.aHead[n2]].iItem == 2 && t.aRef[t.aHead[n2]].iNext < 0);
  CHECK(t.aRef[t.aHead[n3]].iItem == 1);
  CHECK(trie_step(&t, 0, 6) == 0);
  /* many children of the root force the edge table to grow */
  for (uint32_t k = 100; k < 5000; k++) CHECK(trie_add(&t, &k, 1, k));
  uint32_t k = 4321;
  CHECK(t.aRef[t.aHead[trie_step(&t, 0, k)]].iItem == 4321);
  trie_free(&t);
}

TEST(verb_forms_regular) {
  char az[5][64];
  verb_regular_forms("visit", az);
  CHECK_STR(az[1], "visits");
  CHECK_STR(az[2], "visited");
  CHECK_STR(az[4], "visiting");
  verb_regular_forms("accuse", az);
  CHECK_STR(az[2], "accused");
  CHECK_STR(az[4], "accusing");
  verb_regular_forms("deny", az);
  CHECK_STR(az[1], "denies");
  CHECK_STR(az[2], "denied");
  verb_regular_forms("stop", az);
  CHECK_STR(az[2], "stopped");
  CHECK_STR(az[4], "stopping");
  verb_regular_forms("reach", az);
  CHECK_STR(az[1], "reaches");
  verb_regular_forms("veto", az);
  CHECK_STR(az[1], "vetoes");
  verb_regular_forms("tie", az);
  CHECK_STR(az[4], "tying");
  verb_regular_forms("agree", az);
  CHECK_STR(az[2], "agreed");
  CHECK_STR(az[4], "agreeing");
}

/* Finds dates in z and resolves the first against doc. */
static int date_of(const char *z, const char *zDoc, int bFuture, char out[11], char *zText) {
  Intern I;
  Arena *A = arena_new();
  intern_init(&I);
  Token *a;
  size_t n = toks(z, &a, &I, A);
  DateFound *aD = NULL;
  size_t nD = 0, nDA = 0;
  int ok = dates_find(z, a, n, &aD, &nD, &nDA) && nD > 0;
  Ymd doc, r;
  const char *zPrec;
  if (ok) ok = date_resolve(&aD[0], ymd_parse(zDoc, &doc) ? &doc : NULL, bFuture, &r, &zPrec);
  if (ok) {
    ymd_format(r, out);
    strcpy(zText, aD[0].zText);
  }
  free(a);
  free(aD);
  intern_free(&I);
  arena_free(A);
  return ok;
}

TEST(dates_resolve_against_document) {
  char z[11], t[64];
  CHECK(date_of("Lukashenko met Putin on September 14, 2019 in Sochi.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2019-09-14");
  CHECK_STR(t, "September 14, 2019");
  /* a year alone: January 1 of it; the document's own year is the document date;
  ** a forecast's deadline is the year's end */
  CHECK(date_of("Russia annexed Crimea in early 2014.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2014-01-01");
  CHECK_STR(t, "in early 2014");
  CHECK(date_of("Belarus held elections in 2020.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-11-30");
  CHECK(date_of("Russia may open a base in 2021.", "2020-11-30", 1, z, t));
  CHECK_STR(z, "2021-12-31");
  CHECK(!date_of("Iran has enriched uranium since 2019.", "2020-11-30", 0, z, t));
  CHECK(date_of("Lavrov visited Minsk on November 26.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-11-26");
  /* a past event in December reported in January is last year's */
  CHECK(date_of("The talks ended on December 28.", "2021-01-04", 0, z, t));
  CHECK_STR(z, "2020-12-28");
  /* a forecast keeps the document's year */
  CHECK(date_of("Putin may offer guarantees at the summit on December 2.", "2020-11-30", 1, z, t));
  CHECK_STR(z, "2020-12-02");
  /* weekday: the latest on or before the document date (30 Nov 2020 was a Monday) */
  CHECK(date_of("Lukashenko promised on Friday to leave.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-11-27");
  CHECK_STR(t, "on Friday");
  CHECK(date_of("They will meet on Friday.", "2020-11-30", 1, z, t));
  CHECK_STR(z, "2020-12-04");
  CHECK(date_of("Diplomats met last week.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-11-23");
  CHECK(date_of("The EU acted earlier this month.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-11-01");
  CHECK(date_of("Police detained him yesterday.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-11-29");
  CHECK(date_of("Signed on 4 June 2021 in Geneva.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2021-06-04");
  CHECK(date_of("Published 2021-06-04.", NULL, 0, z, t));
  CHECK_STR(z, "2021-06-04");
  /* "may" the modal verb is not the month */
  CHECK(!date_of("Putin may visit soon.", "2020-11-30", 0, z, t));
  /* without a document date a partial date cannot be resolved */
  CHECK(!date_of("They met on March 3.", NULL, 0, z, t));
}

static void judge_of(const char *zClause, Judgment *j) {
  JudgeWord a[32];
  size_t n = 0;
  const char *z = zClause;
  while (*z && n < 32) {
    while (*z == ' ') z++;
    const char *s = z;
    while (*z && *z != ' ') z++;
    if (z > s) {
      a[n].z = s;
      a[n].n = (size_t)(z - s);
      n++;
    }
  }
  judge_clause(a, n, a, n, 0, j);
}

TEST(judge_icd203_bands_and_moods) {
  Judgment j;
  judge_of("The Kremlin will likely", &j);
  CHECK_STR(j.zMood, "forecast");
  CHECK_STR(j.zHedge, "will likely");
  CHECK(j.bHasP && j.p[0] == 0.55 && j.p[1] == 0.80);
  judge_of("Lukashenko very likely will not", &j);
  CHECK_STR(j.zMood, "forecast");
  CHECK(j.bNegated);
  CHECK(j.p[0] == 0.80 && j.p[1] == 0.95);
  CHECK_STR(j.zHedge, "very likely will not");
  judge_of("Putin may", &j);
  CHECK_STR(j.zMood, "estimate");
  CHECK(j.p[1] == 0.55);
  judge_of("The West should", &j);
  CHECK_STR(j.zMood, "recommendation");
  judge_of("Russia almost certainly", &j);
  CHECK(j.p[0] == 0.95);
  judge_of("Minsk is unlikely to", &j);
  CHECK(j.p[0] == 0.20 && j.p[1] == 0.45);
  /* an onlooker's expectation is kept apart from the actor's own "will" */
  judge_of("Zelensky is expected to", &j);
  CHECK_STR(j.zMood, "forecast");
  CHECK(j.bExpected);
  judge_of("Finland will", &j);
  CHECK_STR(j.zMood, "forecast");
  CHECK(!j.bExpected && !j.bReport);
  judge_of("Lavrov", &j);
  CHECK_STR(j.zMood, "fact");
  CHECK(!j.bHasP && !j.bNegated);
  double lo, hi;
  CHECK(judge_band("roughly even chance", &lo, &hi) && lo == 0.45 && hi == 0.55);
  CHECK(!judge_band("perhaps", &lo, &hi));
}

TEST(dates_long_digit_runs_do_not_overflow) {
  char z[11], t[64];
  /* a 40-digit "day" before a month once overflowed an int (found by fuzzing) */
  CHECK(!date_of("Troops 9999999999999999999999999999999999999999 March moved.", "2020-11-30", 0, z, t) ||
        strcmp(z, "2020-03-01") != 0);
  CHECK(date_of("On 14 March 2020 troops moved.", "2020-11-30", 0, z, t));
  CHECK_STR(z, "2020-03-14");
}

TEST(dates_deadlines) {
  char z[11], t[64];
  CHECK(date_of("The Kremlin will press Minsk before the end of 2020.", "2020-11-30", 1, z, t));
  CHECK_STR(z, "2020-12-31");
  CHECK_STR(t, "end of 2020");
  CHECK(date_of("Minsk must sign by the end of the year.", "2020-06-10", 1, z, t));
  CHECK_STR(z, "2020-12-31");
  CHECK(date_of("Talks stalled at the end of March.", "2020-06-10", 0, z, t));
  CHECK_STR(z, "2020-03-31");
}

/* British spellings of nouns share the US form's token id (dict/token.c):
** "Ministry of Defence" and "defense pact" match either way. */
TEST(tokenizer_us_spelling) {
  Intern I;
  Arena *A = arena_new();
  CHECK(intern_init(&I) && A);
  Token *a = NULL;
  size_t n = toks("defence Defense programme program labour labor dialogue", &a, &I, A);
  CHECK_INT(n, 7);
  if (n == 7) {
    CHECK(a[0].id == a[1].id);
    CHECK(a[2].id == a[3].id);
    CHECK(a[4].id == a[5].id);
    CHECK(a[0].id != a[2].id);
    CHECK(a[0].start == 0 && a[0].end == 7);   /* the text keeps its own spelling */
  }
  free(a);
  intern_free(&I);
  arena_free(A);
}

#include "../../src/code/frames.h"

/* frames.c: the governed act picks the code within the frame's family */
static const char *framed(FrameFamily f, const char *zInner, FrameFamily *pf) {
  static char z[8];
  if (!frame_compose(f, zInner, z, pf)) return "none";
  return z;
}

TEST(frames_compose_parallel_branches) {
  FrameFamily g;
  CHECK_INT(frame_family("020"), FRAME_APPEAL);
  CHECK_INT(frame_family("0253"), FRAME_NONE);   /* a finer code already chose */
  CHECK_INT(frame_family("120"), FRAME_REJECT);
  CHECK_STR(framed(FRAME_APPEAL, "0841", &g), "0253");   /* urged to release */
  CHECK_STR(framed(FRAME_DEMAND, "0874", &g), "1056");   /* demanded that X withdraw */
  CHECK_STR(framed(FRAME_INTENT, "073", &g), "0333");    /* pledged to send food aid */
  CHECK_STR(framed(FRAME_INTENT, "0831", &g), "0341");   /* agreed to resign */
  CHECK_STR(framed(FRAME_INTENT, "045", &g), "039");     /* offered to mediate */
  CHECK_STR(framed(FRAME_INTENT, "046", &g), "036");     /* agreed to begin negotiations */
  CHECK_STR(framed(FRAME_REJECT, "042", &g), "125");     /* refused to attend */
  CHECK_STR(framed(FRAME_REJECT, "057", &g), "127");     /* refused to sign the agreement */
  CHECK_STR(framed(FRAME_REJECT, "0832", &g), "1232");   /* refused to withdraw the bill */
  CHECK_STR(framed(FRAME_REJECT, "111", &g), "none");    /* refused to condemn: no CAMEO act */
  CHECK_STR(framed(FRAME_THREATEN, "163", &g), "1312");  /* threatened to impose sanctions */
  CHECK_STR(framed(FRAME_THREATEN, "1724", &g), "1324"); /* ... martial law */
  CHECK_STR(framed(FRAME_THREATEN, "2042", &g), "1385"); /* ... nuclear weapons */
  CHECK_STR(framed(FRAME_THREATEN, "042", &g), "130");   /* a threat of nothing CAMEO names */
  /* an intent to use force is a threat; an appeal to use it a bare appeal */
  CHECK_STR(framed(FRAME_INTENT, "195", &g), "1384");
  CHECK_INT(g, FRAME_THREATEN);
  CHECK_STR(framed(FRAME_APPEAL, "163", &g), "020");
  /* the codebook's pairs for stated intents and threats ("will give", "will expel") */
  CHECK_STR(framed(FRAME_INTENT, "071", &g), "0331");    /* will give a grant */
  CHECK_STR(framed(FRAME_INTENT, "042", &g), "036");     /* will visit */
  CHECK_STR(framed(FRAME_INTENT, "051", &g), "032");     /* will support */
  CHECK_STR(framed(FRAME_INTENT, "057", &g), "032");     /* will sign an agreement */
  CHECK_STR(framed(FRAME_INTENT, "063", &g), "0313");    /* will extradite */
  CHECK_STR(framed(FRAME_INTENT, "0833", &g), "0343");   /* will allow refugees home */
  CHECK_STR(framed(FRAME_INTENT, "085", &g), "0354");    /* will lift the embargo */
  CHECK_STR(framed(FRAME_INTENT, "0862", &g), "0355");   /* will allow inspectors */
  CHECK_STR(framed(FRAME_INTENT, "161", &g), "1313");    /* will break off relations */
  CHECK_STR(framed(FRAME_INTENT, "162", &g), "1311");    /* will cut aid */
  CHECK_STR(framed(FRAME_INTENT, "1723", &g), "1323");   /* will impose a curfew */
  CHECK_STR(framed(FRAME_INTENT, "173", &g), "137");     /* will arrest */
  CHECK_STR(framed(FRAME_INTENT, "145", &g), "133");     /* will riot */
  CHECK_STR(framed(FRAME_INTENT, "183", &g), "1383");    /* will bomb (unconventional) */
  CHECK_STR(framed(FRAME_INTENT, "191", &g), "1381");    /* will blockade */
  CHECK_STR(framed(FRAME_INTENT, "192", &g), "1382");    /* will occupy */
  CHECK_STR(framed(FRAME_INTENT, "202", &g), "1385");    /* mass killing: cue category 20 */
  CHECK_STR(framed(FRAME_REJECT, "072", &g), "1222");    /* will not send weapons */
  char z[8] = "1214";   /* no such code: trimmed to its parent, then the family's */
  CHECK(frame_fallback(z));
  CHECK_STR(z, "121");
  CHECK(frame_fallback(z));
  CHECK_STR(z, "120");
  CHECK(!frame_fallback(z));
}
