/*
** tocsin: the command-line interface. All work is done by libtocsin; this file
** parses arguments, prints, and chooses the exit status (docs/cli.md):
**   0 success, 1 some input could not be read (the others were processed),
**   2 usage error, 3 dictionary error, 4 out of memory or internal error.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "pipeline.h"
#include "tocsin.h"

/* cli/dict_cmd.c: dict check|who|verb */
int cli_dict_tools(int argc, char **argv);

static const char zUsage[] =
    "usage: tocsin <command> [options] [FILE...]\n"
    "\n"
    "Turns footnoted reports and wire stories into coded event data.\n"
    "\n"
    "commands:\n"
    "  doc FILE...        the cleaned document: date, sentences, notes, repairs (JSON)\n"
    "  code FILE...       coded events, one JSON object per line (or --format tsv|table)\n"
    "  dict               dictionary statistics; dict check|who|verb (tocsin dict --help)\n"
    "  version            print the version\n"
    "  help [COMMAND]     this text, or a command's options\n"
    "\n"
    "Reads standard input when FILE is '-' or absent. Exit status: 0 ok, 1 an input\n"
    "could not be read (the others were processed), 2 usage, 3 dictionary, 4 internal.\n"
    "See docs/cli.md for the output contracts.\n";

static const char zUsageDoc[] =
    "usage: tocsin doc [options] FILE...\n"
    "\n"
    "Prints one JSON object per file: path, title, date, date_source, sentences\n"
    "(i, start, end byte offsets in the original, text, notes), notes (n, text,\n"
    "urls, domains) and repairs (kind, from, to, at).\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD   document date when the byline has none\n"
    "  --force-date        use --date even when the byline has a date\n"
    "  --max-bytes N       refuse inputs larger than N bytes (default 64 MiB)\n"
    "  --max-line N        refuse lines longer than N bytes (default 1 MiB)\n"
    "  --type TYPE         pdf, html, jsonl or text (default: detected from the content)\n"
    "  --time-limit S      give up on a document (PDF, OCR) after S seconds (default 300)\n";

static const char zUsageCode[] =
    "usage: tocsin code [options] FILE...\n"
    "\n"
    "Codes each sentence into CAMEO events (with PLOVER, Goldstein, quad class,\n"
    "mood, hedge and probability band, date, location, notes and sources).\n"
    "\n"
    "options:\n"
    "  --format jsonl|tsv|table   output format (default jsonl); tsv is GDELT-style\n"
    "                             with a header row\n"
    "  --no-header                omit the TSV header row\n"
    "  --dict DIR                 dictionary directory in tocsin's format (default: dict/)\n"
    "  --dict SPEC                a TABARI or PETRARCH dictionary set; repeat to combine\n"
    "                             sets (actors from one, verbs from another):\n"
    "                               tabari:FILE.project   the files a TABARI project names\n"
    "                               tabari-actors:FILE  tabari-agents:FILE  tabari-verbs:FILE\n"
    "                               tabari-options:FILE\n"
    "                               petrarch:DIR          CAMEO.2.0.txt and Phoenix.* in DIR\n"
    "                               petrarch-actors:FILE  petrarch-agents:FILE\n"
    "                               petrarch-verbs:FILE   petrarch-discards:FILE\n"
    "                               petrarch-issues:FILE\n"
    "                             Lines TABARI would skip are skipped and counted on\n"
    "                             standard error. A DIR and a SPEC do not mix (status 2).\n"
    "  --option LINE              apply a TABARI options line to a SPEC set, e.g.\n"
    "                             \"SET: CODE BY SENTENCE\" or \"COMPLEX: VERBS[5]\" (repeatable)\n"
    "  --date YYYY-MM-DD          document date when the byline has none\n"
    "  --force-date               use --date even when the byline has a date\n"
    "  --max-bytes N, --max-line N  input limits, as for `tocsin doc`\n"
    "  --type TYPE, --time-limit S  input type and time limit, as for `tocsin doc`\n"
    "  -j, --jobs N               read and code on N threads (default: every online\n"
    "                             CPU); the output is the same for any N\n"
    "  --explain                  add to each JSON event the dictionary lines that fired:\n"
    "                             \"explain\":{\"source\",\"target\",\"verb\"} (FILE:LINE)\n"
    "  --trace                    write to stderr, per sentence, what each coding pass\n"
    "                             changed (mentions m0.., verb hits h0.., +/- lines) and\n"
    "                             the events coded: why an event was or was not coded\n"
    "\n"
    "Exit status: 0 ok, 1 an input could not be read, 2 usage (also a bad SPEC kind\n"
    "or --option line), 3 a dictionary does not load (the message names the file and\n"
    "line), 4 out of memory.\n"
    "\n"
    "examples:\n"
    "  tocsin code --dict tabari:../shared/data/TABARI-Code/Validate.project --date 1995-01-01 FILE\n"
    "  tocsin code --dict petrarch:../shared/data/petrarch2/dictionaries FILE\n";

typedef struct Args {
  const char *zCmd;
  const char *zFormat;
  CliDict dict;      /* --dict DIR or SPECs, --option lines */
  int bHeader;
  int bExplain;
  int nThread;       /* -j: reading and coding threads (cli/pipeline.h) */
  tocsin_options opt;
  CliFiles files;    /* the inputs; a directory stands for its files */
} Args;

static int parse_size(const char *z, size_t *pOut) {
  char *e;
  unsigned long long v = strtoull(z, &e, 10);
  if (e == z || *e || v == 0) return 0;
  *pOut = (size_t)v;
  return 1;
}

static int parse_args(int argc, char **argv, Args *a) {
  memset(a, 0, sizeof *a);
  tocsin_options_init(&a->opt);
  a->zFormat = "jsonl";
  a->bHeader = 1;
  a->nThread = pipe_default_threads();
  a->files.az = calloc((size_t)argc + 1, sizeof(char *));
  if (!a->files.az) return EXIT_INTERNAL;
  a->zCmd = argv[1];
  for (int i = 2; i < argc; i++) {
    const char *z = argv[i];
    const char *zVal = (i + 1 < argc) ? argv[i + 1] : NULL;
    if (!strcmp(z, "--")) {
      for (i++; i < argc; i++) a->files.az[a->files.n++] = argv[i];
      break;
    }
    if (z[0] != '-' || !strcmp(z, "-")) {
      a->files.az[a->files.n++] = z;
      continue;
    }
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      a->zCmd = "help-cmd";
      return EXIT_OKAY;
    }
    int bNeedVal = !strcmp(z, "--format") || !strcmp(z, "--dict") || !strcmp(z, "--option") || !strcmp(z, "--date") ||
                   !strcmp(z, "--max-bytes") || !strcmp(z, "--max-line") || !strcmp(z, "--type") ||
                   !strcmp(z, "--time-limit") || !strcmp(z, "-j") || !strcmp(z, "--jobs");
    if (bNeedVal && !zVal) {
      fprintf(stderr, "tocsin: %s needs a value\n", z);
      return EXIT_USAGE;
    }
    if (!strcmp(z, "--format")) {
      a->zFormat = zVal;
      if (strcmp(zVal, "jsonl") && strcmp(zVal, "tsv") && strcmp(zVal, "table")) {
        fprintf(stderr, "tocsin: --format must be jsonl, tsv or table, not '%s'\n", zVal);
        return EXIT_USAGE;
      }
    } else if (!strcmp(z, "--dict") || !strcmp(z, "--option")) {
      int rc = cli_dict_add(&a->dict, zVal, !strcmp(z, "--option"));
      if (rc != EXIT_OKAY) return rc;
    } else if (!strcmp(z, "--date")) {
      a->opt.zDate = zVal;
    } else if (!strcmp(z, "--force-date")) {
      a->opt.bDateOverride = 1;
      continue;
    } else if (!strcmp(z, "--no-header")) {
      a->bHeader = 0;
      continue;
    } else if (!strcmp(z, "--explain") && !strcmp(a->zCmd, "code")) {
      a->bExplain = 1;
      continue;
    } else if (!strcmp(z, "--trace") && !strcmp(a->zCmd, "code")) {
      a->opt.bTrace = 1;
      continue;
    } else if (!strcmp(z, "--max-bytes")) {
      if (!parse_size(zVal, &a->opt.nMaxBytes)) {
        fprintf(stderr, "tocsin: --max-bytes takes a positive number of bytes, not '%s'\n", zVal);
        return EXIT_USAGE;
      }
    } else if (!strcmp(z, "--max-line")) {
      if (!parse_size(zVal, &a->opt.nMaxLine)) {
        fprintf(stderr, "tocsin: --max-line takes a positive number of bytes, not '%s'\n", zVal);
        return EXIT_USAGE;
      }
    } else if (!strcmp(z, "--type")) {
      a->opt.iType = tocsin_type_from_name(zVal);
      if (a->opt.iType < 0) {
        fprintf(stderr, "tocsin: --type must be pdf, html, jsonl, text or auto, not '%s'\n", zVal);
        return EXIT_USAGE;
      }
    } else if (!strcmp(z, "-j") || !strcmp(z, "--jobs")) {
      if (!pipe_parse_threads(zVal, &a->nThread)) {
        fprintf(stderr, "tocsin: %s takes a number of threads from 1 to 256, not '%s'\n", z, zVal);
        return EXIT_USAGE;
      }
    } else if (!strcmp(z, "--time-limit")) {
      char *e;
      a->opt.rTimeLimit = strtod(zVal, &e);
      if (e == zVal || *e || !(a->opt.rTimeLimit > 0)) {
        fprintf(stderr, "tocsin: --time-limit takes a positive number of seconds, not '%s'\n", zVal);
        return EXIT_USAGE;
      }
    } else {
      fprintf(stderr, "tocsin: unknown option '%s' (see tocsin %s --help)\n", z, a->zCmd);
      return EXIT_USAGE;
    }
    i++;
  }
  if (a->opt.zDate) {
    /* validate early: a bad --date is a usage error, not a per-file one */
    const char *d = a->opt.zDate;
    int ok = strlen(d) == 10 && d[4] == '-' && d[7] == '-';
    int m = ok ? atoi(d + 5) : 0, dd = ok ? atoi(d + 8) : 0;
    if (!ok || m < 1 || m > 12 || dd < 1 || dd > 31) {
      fprintf(stderr, "tocsin: --date must be YYYY-MM-DD, not '%s'\n", d);
      return EXIT_USAGE;
    }
  }
  if (a->opt.bDateOverride && !a->opt.zDate) {
    fprintf(stderr, "tocsin: --force-date needs --date YYYY-MM-DD\n");
    return EXIT_USAGE;
  }
  if (a->bExplain && !strcmp(a->zFormat, "tsv")) {
    fprintf(stderr, "tocsin: --explain needs --format jsonl or table\n");
    return EXIT_USAGE;
  }
  int rc = cli_dict_finish(&a->dict);
  if (rc != EXIT_OKAY) return rc;
  if (a->files.n == 0) a->files.az[a->files.n++] = "-";
  return EXIT_OKAY;
}

/* A growable string for the few lines the CLI builds itself. */
typedef struct Buf0 { char *z; size_t n, nAlloc; int bOom; } Buf0;
static void buf0_puts(Buf0 *b, const char *z) {
  size_t k = strlen(z);
  if (b->bOom) return;
  if (b->n + k + 1 > b->nAlloc) {
    size_t nNew = (b->n + k + 1) * 2;
    char *zNew = realloc(b->z, nNew);
    if (!zNew) {
      b->bOom = 1;
      return;
    }
    b->z = zNew;
    b->nAlloc = nNew;
  }
  memcpy(b->z + b->n, z, k + 1);
  b->n += k;
}

static int exit_for(int code) {
  return code == TOCSIN_ENOMEM ? EXIT_INTERNAL : code == TOCSIN_EDICT ? EXIT_DICT : EXIT_INPUT;
}

static void print_table_header(void) {
  printf("%-10s  %-12s  %-5s  %-12s  %-14s  %-6s  %s\n", "date", "source", "event", "target", "mood", "notes",
         "verb");
}

static void print_table(tocsin_doc *d, int bExplain) {
  for (size_t i = 0; i < tocsin_doc_event_count(d); i++) {
    const tocsin_event *e = tocsin_doc_event(d, i);
    const tocsin_sentence *s = tocsin_doc_sentence(d, e->iSentence);
    char zNotes[64] = "";
    for (size_t k = 0; k < s->nNote; k++) {
      size_t l = strlen(zNotes);
      snprintf(zNotes + l, sizeof zNotes - l, "%s%d", k ? "," : "", s->aNote[k]);
    }
    char zMood[32];
    snprintf(zMood, sizeof zMood, "%s%s", e->bNegated ? "not " : "", e->zMood);
    printf("%-10s  %-12s  %-5s  %-12s  %-14s  %-6s  %s\n", e->zDate ? e->zDate : "-", e->source.zCode,
           e->zEvent, e->target.zCode, zMood, zNotes, e->zVerb);
    const char *zX = bExplain ? tocsin_event_explain(d, i) : NULL;
    if (zX) printf("            explain %s\n", zX);
  }
}

/* Appends z as a JSON string literal. */
static void json_str(Buf0 *b, const char *z) {
  if (!z) {
    buf0_puts(b, "null");
    return;
  }
  buf0_puts(b, "\"");
  for (; *z; z++) {
    unsigned char c = (unsigned char)*z;
    char zEsc[8];
    if (c == '"' || c == '\\') snprintf(zEsc, sizeof zEsc, "\\%c", c);
    else if (c < 0x20) snprintf(zEsc, sizeof zEsc, "\\u%04x", c);
    else zEsc[0] = (char)c, zEsc[1] = 0;
    buf0_puts(b, zEsc);
  }
  buf0_puts(b, "\"");
}

/* Writes JSON lines zOut[0..n) with fields added to each object (before its
** closing brace): with --explain, line i (event i) gets "explain"; events and
** documents of a JSONL stream carry the article id, URL and the stream's
** other fields. */
static int write_with_extra(const char *zOut, size_t n, const tocsin_article *pArt, tocsin_doc *pExplain) {
  Buf0 tail = {0};
  if (pArt) {
    char zLine[32];
    snprintf(zLine, sizeof zLine, "%zu", pArt->iLine);
    buf0_puts(&tail, ",\"article\":{\"id\":");
    json_str(&tail, pArt->zId);
    buf0_puts(&tail, ",\"url\":");
    json_str(&tail, pArt->zUrl);
    buf0_puts(&tail, ",\"published\":");
    json_str(&tail, pArt->zPublished);
    buf0_puts(&tail, ",\"line\":");
    buf0_puts(&tail, zLine);
    buf0_puts(&tail, ",\"extra\":");
    buf0_puts(&tail, pArt->zExtraJson ? pArt->zExtraJson : "{}");
    buf0_puts(&tail, "}");
  }
  if (tail.bOom) {
    free(tail.z);
    return 0;
  }
  size_t i = 0, iLine = 0;
  while (i < n) {
    const char *pNl = memchr(zOut + i, '\n', n - i);
    size_t e = pNl ? (size_t)(pNl - zOut) : n;
    size_t k = e;
    while (k > i && zOut[k - 1] != '}') k--;
    if (k > i) {
      fwrite(zOut + i, 1, k - 1 - i, stdout);
      if (pExplain) {
        const char *zX = tocsin_event_explain(pExplain, iLine);
        if (!zX) {
          free(tail.z);
          return 0;
        }
        fputs(",\"explain\":", stdout);
        fputs(zX, stdout);
      }
      if (tail.z) fwrite(tail.z, 1, tail.n, stdout);
      fwrite(zOut + k - 1, 1, e - (k - 1), stdout);
      iLine++;
    } else {
      fwrite(zOut + i, 1, e - i, stdout);
    }
    if (pNl) fputc('\n', stdout);
    i = e + 1;
  }
  free(tail.z);
  return 1;
}

/* Prints one document (doc JSON or its events), coded already by the
** pipeline when the command is `code`. The exit status it implies. */
static int emit_one(Args *a, tocsin_doc *d, const tocsin_article *pArt, int *pbTableHeader, int *pbTsvHeader) {
  int bCode = !strcmp(a->zCmd, "code");
  const char *zOut = NULL;
  size_t n = 0;
  if (!bCode) {
    zOut = tocsin_doc_json(d, &n);
  } else if (!strcmp(a->zFormat, "tsv")) {
    zOut = tocsin_events_tsv(d, *pbTsvHeader, &n);
    *pbTsvHeader = 0;
  } else if (!strcmp(a->zFormat, "table")) {
    if (*pbTableHeader) print_table_header();
    *pbTableHeader = 0;
    print_table(d, a->bExplain);
    zOut = "";
  } else {
    zOut = tocsin_events_jsonl(d, &n);
  }
  if (!zOut) {
    fprintf(stderr, "tocsin: out of memory writing %s\n", tocsin_doc_path(d));
    return EXIT_INTERNAL;
  }
  int bJson = !bCode || !strcmp(a->zFormat, "jsonl");
  int bExplain = bCode && a->bExplain;
  if ((pArt || bExplain) && bJson) {
    if (!write_with_extra(zOut, n, pArt, bExplain ? d : NULL)) {
      fprintf(stderr, "tocsin: out of memory writing %s\n", tocsin_doc_path(d));
      return EXIT_INTERNAL;
    }
  } else {
    fwrite(zOut, 1, n, stdout);
  }
  /* the trace is a diagnosis: on stderr, so the events stay machine-readable */
  const char *zTrace = bCode ? tocsin_doc_trace(d) : NULL;
  if (zTrace) {
    fflush(stdout);
    fprintf(stderr, "trace: %s\n%s", tocsin_doc_path(d), zTrace);
  }
  return EXIT_OKAY;
}

static int cmd_run(Args *a) {
  if (cli_files_expand(&a->files) != EXIT_OKAY) return EXIT_INTERNAL;
  int bCode = !strcmp(a->zCmd, "code");
  tocsin_dict *pDict = NULL;
  if (bCode) {
    int rc = EXIT_OKAY;
    if (!(pDict = cli_dict_open(&a->dict, &rc))) return rc;
  }
  int rc = EXIT_OKAY;
  int bTableHeader = 1, bTsvHeader = a->bHeader;
  /* Each FILE is an input of one document, or of one per line for a JSONL
  ** news stream; a bad article is reported with its line and skipped. The
  ** pipeline reads and codes on a->nThread threads and hands the documents
  ** back in input order, so the output does not depend on -j. */
  PipeConfig cfg = {.azFile = a->files.az, .nFile = a->files.n, .pOpt = &a->opt, .pDict = pDict,
                    .nThread = a->nThread};
  Pipe *pPipe = pipe_start(&cfg);
  if (!pPipe) {
    fprintf(stderr, "tocsin: out of memory (starting %d threads)\n", a->nThread);
    tocsin_dict_free(pDict);
    return EXIT_INTERNAL;
  }
  PipeItem *pItem;
  while (pipe_next(pPipe, &pItem)) {
    int x = EXIT_OKAY;
    if (!pItem->d || pItem->bCodeFailed) {
      fprintf(stderr, "tocsin: %s\n", pItem->err.msg);
      x = pItem->d ? EXIT_INTERNAL : exit_for(pItem->err.code);
    } else {
      x = emit_one(a, pItem->d, pItem->bArticle ? &pItem->art : NULL, &bTableHeader, &bTsvHeader);
    }
    pipe_item_free(pItem);
    if (x > rc) rc = x;
    if (x == EXIT_INTERNAL) break;
  }
  pipe_stop(pPipe);
  tocsin_dict_free(pDict);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "tocsin: cannot write output\n");
    return EXIT_INTERNAL;
  }
  return rc;
}

static int cmd_dict(Args *a) {
  int rc = EXIT_OKAY;
  tocsin_dict *p = cli_dict_open(&a->dict, &rc);
  if (!p) return rc;
  tocsin_dict_stats s;
  tocsin_dict_get_stats(p, &s);
  if (tocsin_dict_is_pattern(p)) {
    tocsin_dict_pattern_stats(p, &s);
    printf("actor phrases  %zu\nagent phrases  %zu\nverbs          %zu\nverb patterns  %zu\n"
           "synsets        %zu\ndiscards       %zu\nissue phrases  %zu\nwords          %zu\n"
           "lines skipped  %zu\n",
           s.nPatActors, s.nPatAgents, s.nPatVerbs, s.nPatPatterns, s.nPatSynsets, s.nPatDiscards, s.nPatIssues,
           s.nPatWords, tocsin_dict_warnings(p, NULL));
  } else {
    printf("actor phrases  %zu\npeople         %zu\nagent phrases  %zu\nverb patterns  %zu\n"
           "verb forms     %zu\nCAMEO codes    %zu\ntokens         %zu\n",
           s.nActorPhrases, s.nPeople, s.nAgentPhrases, s.nVerbPatterns, s.nVerbForms, s.nCodes, s.nTokens);
  }
  tocsin_dict_free(p);
  return EXIT_OKAY;
}

static void print_extra(FILE *f) {
  if (!nCliExtra) return;
  fputs("\nmore commands:\n", f);
  for (int i = 0; i < nCliExtra; i++) fprintf(f, "  %-18s %s\n", aCliExtra[i].zName, aCliExtra[i].zSummary);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(zUsage, stderr);
    print_extra(stderr);
    return EXIT_USAGE;
  }
  const char *zCmd = argv[1];
  if (!strcmp(zCmd, "--help") || !strcmp(zCmd, "-h") || !strcmp(zCmd, "help")) {
    const char *zSub = argc > 2 ? argv[2] : NULL;
    for (int i = 0; zSub && i < nCliExtra; i++) {
      if (!strcmp(zSub, aCliExtra[i].zName)) {
        char *azHelp[] = {argv[2], (char *)"--help", NULL};
        return aCliExtra[i].xRun(2, azHelp);
      }
    }
    fputs(zSub && !strcmp(zSub, "doc") ? zUsageDoc : zSub && !strcmp(zSub, "code") ? zUsageCode : zUsage, stdout);
    if (!zSub) print_extra(stdout);
    return EXIT_OKAY;
  }
  if (!strcmp(zCmd, "version") || !strcmp(zCmd, "--version")) {
    printf("tocsin %s\n", TOCSIN_VERSION);
    return EXIT_OKAY;
  }
  for (int i = 0; i < nCliExtra; i++) {
    if (!strcmp(zCmd, aCliExtra[i].zName)) return aCliExtra[i].xRun(argc - 1, argv + 1);
  }
  if (!strcmp(zCmd, "dict") && argc > 2 &&
      (!strcmp(argv[2], "check") || !strcmp(argv[2], "who") || !strcmp(argv[2], "verb") ||
       !strcmp(argv[2], "help") || !strcmp(argv[2], "--help") || !strcmp(argv[2], "-h"))) {
    char *azHelp[] = {argv[1], (char *)"help", NULL};
    if (!strcmp(argv[2], "--help") || !strcmp(argv[2], "-h")) return cli_dict_tools(2, azHelp);
    return cli_dict_tools(argc - 1, argv + 1);
  }
  if (strcmp(zCmd, "doc") && strcmp(zCmd, "code") && strcmp(zCmd, "dict")) {
    fprintf(stderr, "tocsin: unknown command '%s'\n\n%s", zCmd, zUsage);
    return EXIT_USAGE;
  }
  Args a;
  int rc = parse_args(argc, argv, &a);
  if (rc == EXIT_OKAY && !strcmp(a.zCmd, "help-cmd")) {
    fputs(!strcmp(zCmd, "doc") ? zUsageDoc : !strcmp(zCmd, "code") ? zUsageCode : zUsage, stdout);
  } else if (rc == EXIT_OKAY) {
    rc = !strcmp(zCmd, "dict") ? cmd_dict(&a) : cmd_run(&a);
  }
  cli_dict_clear(&a.dict);
  cli_files_clear(&a.files);
  return rc;
}
