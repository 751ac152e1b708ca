/*
** `tocsin dict check|who|verb`: audit the dictionaries and explain coding
** decisions (docs/dictionaries.md). The library finds; this file prints.
** Also the --dict/--option handling every dictionary-reading command shares
** (cli.h): a directory in tocsin's format, or TABARI/PETRARCH specs.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "tocsin.h"

int cli_dict_tools(int argc, char **argv);

/* ---- --dict and --option (shared with cli/tocsin.c through cli.h) ---------- */

static const char zSpecKinds[] =
    "tabari:FILE.project, tabari-actors|-agents|-verbs|-options:FILE, petrarch:DIR, "
    "petrarch-actors|-agents|-verbs|-discards|-issues:FILE";

int cli_dict_is_spec(const char *z) {
  const char *zColon = strchr(z, ':'), *zSlash = strchr(z, '/');
  if (!zColon || (zSlash && zSlash < zColon)) return 0;
  return !strncmp(z, "tabari", 6) || !strncmp(z, "petrarch", 8);
}

/* Appends z to the array *paz of *pn strings. 0 on OOM. */
static int push_str(const char ***paz, int *pn, const char *z) {
  const char **az = realloc(*paz, (size_t)(*pn + 1) * sizeof *az);
  if (!az) return 0;
  az[(*pn)++] = z;
  *paz = az;
  return 1;
}

int cli_dict_add(CliDict *p, const char *zVal, int bOption) {
  if (bOption) {
    if (push_str(&p->azOption, &p->nOption, zVal)) return EXIT_OKAY;
    fputs("tocsin: out of memory\n", stderr);
    return EXIT_INTERNAL;
  }
  struct stat st;
  int bSpec = cli_dict_is_spec(zVal);
  if (!bSpec && strchr(zVal, ':') && (!strchr(zVal, '/') || strchr(zVal, ':') < strchr(zVal, '/')) &&
      stat(zVal, &st) != 0) {
    fprintf(stderr, "tocsin: --dict '%s': unknown dictionary kind '%.*s' (expected a directory in tocsin's format, "
            "or %s)\n", zVal, (int)(strchr(zVal, ':') - zVal), zVal, zSpecKinds);
    return EXIT_USAGE;
  }
  if (bSpec) {
    static const char *azKind[] = {"tabari", "tabari-actors", "tabari-agents", "tabari-verbs", "tabari-options",
                                   "petrarch", "petrarch-actors", "petrarch-agents", "petrarch-verbs",
                                   "petrarch-discards", "petrarch-issues"};
    size_t nKind = (size_t)(strchr(zVal, ':') - zVal), k = 0;
    while (k < sizeof azKind / sizeof azKind[0] && (strlen(azKind[k]) != nKind || strncmp(azKind[k], zVal, nKind)))
      k++;
    if (k == sizeof azKind / sizeof azKind[0]) {
      fprintf(stderr, "tocsin: --dict '%s': unknown dictionary kind '%.*s' (expected %s)\n", zVal, (int)nKind, zVal,
              zSpecKinds);
      return EXIT_USAGE;
    }
  }
  if ((bSpec && p->zDir) || (!bSpec && p->nSpec)) {
    fprintf(stderr, "tocsin: --dict '%s' and --dict '%s' cannot be combined: a directory in tocsin's own format "
            "is a whole dictionary; only TABARI/PETRARCH specs combine\n",
            bSpec ? p->zDir : p->azSpec[0], zVal);
    return EXIT_USAGE;
  }
  if (!bSpec && p->zDir) {
    fprintf(stderr, "tocsin: --dict given twice ('%s' and '%s'): give one directory in tocsin's format\n", p->zDir,
            zVal);
    return EXIT_USAGE;
  }
  if (!bSpec) {
    p->zDir = zVal;
    return EXIT_OKAY;
  }
  if (push_str(&p->azSpec, &p->nSpec, zVal)) return EXIT_OKAY;
  fputs("tocsin: out of memory\n", stderr);
  return EXIT_INTERNAL;
}

int cli_dict_finish(const CliDict *p) {
  if (p->nOption && !p->nSpec) {
    fprintf(stderr, "tocsin: --option '%s' applies a TABARI options line to a TABARI/PETRARCH set: add e.g. "
            "--dict tabari:FILE.project\n", p->azOption[0]);
    return EXIT_USAGE;
  }
  return EXIT_OKAY;
}

void cli_dict_clear(CliDict *p) {
  free(p->azSpec);
  free(p->azOption);
  memset(p, 0, sizeof *p);
}

/* Loads p (specs, then each --option) without printing. NULL with *pRc the
** exit status and the message in *pErr (a failing --option is named in it). */
static tocsin_dict *dict_load(const CliDict *p, tocsin_error *pErr, int *pRc) {
  tocsin_dict *pDict = p->nSpec ? tocsin_dict_load_specs(p->azSpec, (size_t)p->nSpec, pErr)
                                : tocsin_dict_load(p->zDir, pErr);
  *pRc = EXIT_OKAY;
  if (!pDict) {
    *pRc = pErr->code == TOCSIN_ENOMEM ? EXIT_INTERNAL : pErr->code == TOCSIN_EARG ? EXIT_USAGE : EXIT_DICT;
    return NULL;
  }
  for (int i = 0; i < p->nOption; i++) {
    if (tocsin_dict_option(pDict, p->azOption[i], pErr) == TOCSIN_OK) continue;
    char zMsg[sizeof pErr->msg];
    snprintf(zMsg, sizeof zMsg, "%s", pErr->msg);
    snprintf(pErr->msg, sizeof pErr->msg, "--option '%.100s': %.380s", p->azOption[i], zMsg);
    *pRc = pErr->code == TOCSIN_ENOMEM ? EXIT_INTERNAL : EXIT_USAGE;
    tocsin_dict_free(pDict);
    return NULL;
  }
  return pDict;
}

tocsin_dict *cli_dict_open(const CliDict *p, int *pRc) {
  tocsin_error err;
  tocsin_dict *pDict = dict_load(p, &err, pRc);
  if (!pDict) {
    fprintf(stderr, "tocsin: %s\n", err.msg);
    return NULL;
  }
  const char *zFirst = NULL;
  size_t n = tocsin_dict_warnings(pDict, &zFirst);
  if (n) fprintf(stderr, "tocsin: %zu dictionary line%s skipped (first: %s)\n", n, n == 1 ? "" : "s",
                 zFirst ? zFirst : "?");
  return pDict;
}

static const char zUsageDict[] =
    "usage: tocsin dict [--dict DIR|SPEC]...              dictionary statistics\n"
    "       tocsin dict check [--dict DIR|SPEC]...        report problems: FILE:LINE: error|warning: ...\n"
    "       tocsin dict who PHRASE [--on YYYY-MM-DD]      the entries a phrase matches, with the role on a date\n"
    "       tocsin dict verb FRAGMENT                     the verb patterns a fragment matches and the winner\n"
    "\n"
    "check exits 0 when there are no errors (warnings allowed), 3 when there are.\n"
    "Every line printed names the dictionary file and line it comes from.\n"
    "--dict SPEC names a TABARI or PETRARCH set (tabari:FILE.project, petrarch:DIR,\n"
    "tabari-actors:FILE, ...; see tocsin help code); several specs combine, and\n"
    "--option LINE applies a TABARI options line. For such a set, check reports the\n"
    "lines skipped while loading (the first one) and who/verb do not apply.\n";

typedef struct CheckOut { size_t nShown; } CheckOut;

static void on_finding(void *pArg, const tocsin_dict_finding *f) {
  CheckOut *o = pArg;
  o->nShown++;
  printf("%s:%d: %s: %s [%s]\n", f->zFile, f->iLine, f->bError ? "error" : "warning", f->zMsg, f->zCheck);
}

/* A load error "FILE:LINE:COL: what" printed as "FILE:LINE: error: what (column COL)". */
static void print_load_error(const tocsin_error *e) {
  if (e->code == TOCSIN_EDICT && e->line) {
    char zPat[64];
    snprintf(zPat, sizeof zPat, ":%zu:%zu: ", e->line, e->col);
    const char *z = strstr(e->msg, zPat);
    if (z) {
      printf("%.*s:%zu: error: %s (column %zu) [load]\n", (int)(z - e->msg), e->msg, e->line, z + strlen(zPat),
             e->col);
      return;
    }
  }
  printf("%s\n", e->msg);
}

/* "FILE:LINE:COL: message" printed as "FILE:LINE: warning: message (column COL) [skipped]". */
static void print_skipped(const char *z) {
  for (const char *p = z; (p = strchr(p, ':')); p++) {
    size_t iLine = 0, iCol = 0;
    int nUsed = 0;
    if (sscanf(p, ":%zu:%zu: %n", &iLine, &iCol, &nUsed) == 2 && nUsed > 0) {
      printf("%.*s:%zu: warning: %s (column %zu) [skipped]\n", (int)(p - z), z, iLine, p + nUsed, iCol);
      return;
    }
  }
  printf("%s [skipped]\n", z);
}

/* dict check on a TABARI/PETRARCH set: the lines skipped as those programs
** skip them are warnings (only the first is kept, so only it is shown). */
static int dict_check_pattern(const tocsin_dict *p) {
  const char *zFirst = NULL;
  size_t n = tocsin_dict_warnings(p, &zFirst);
  if (zFirst) print_skipped(zFirst);
  tocsin_dict_stats s;
  tocsin_dict_get_stats(p, &s);
  tocsin_dict_pattern_stats(p, &s);
  printf("dict check: 0 errors, %zu warning%s (lines skipped%s; %zu actor phrases, %zu agent phrases, "
         "%zu verbs, %zu verb patterns)\n",
         n, n == 1 ? "" : "s", n > 1 ? ", the first shown" : "", s.nPatActors, s.nPatAgents, s.nPatVerbs,
         s.nPatPatterns);
  return EXIT_OKAY;
}

static int dict_check(const CliDict *pSel) {
  tocsin_error err;
  int rc;
  tocsin_dict *p = dict_load(pSel, &err, &rc);
  if (!p) {
    if (rc != EXIT_DICT) {
      fprintf(stderr, "tocsin: %s\n", err.msg);
      return rc;
    }
    print_load_error(&err);
    printf("dict check: 1 error (the dictionaries do not load), 0 warnings\n");
    return EXIT_DICT;
  }
  if (tocsin_dict_is_pattern(p)) {
    rc = dict_check_pattern(p);
    tocsin_dict_free(p);
    return rc;
  }
  CheckOut o = {0};
  size_t nErr = 0, nWarn = 0;
  rc = tocsin_dict_check(p, on_finding, &o, &nErr, &nWarn, &err);
  tocsin_dict_stats s;
  tocsin_dict_get_stats(p, &s);
  tocsin_dict_free(p);
  if (rc != TOCSIN_OK) {
    fprintf(stderr, "tocsin: %s\n", err.msg);
    return EXIT_INTERNAL;
  }
  printf("dict check: %zu error%s, %zu warning%s (%zu actor phrases, %zu people, %zu agent phrases, "
         "%zu verb patterns)\n",
         nErr, nErr == 1 ? "" : "s", nWarn, nWarn == 1 ? "" : "s", s.nActorPhrases, s.nPeople, s.nAgentPhrases,
         s.nVerbPatterns);
  return nErr ? EXIT_DICT : EXIT_OKAY;
}

/* who and verb read tocsin's own dictionaries: the loaded set, or NULL with
** *pRc set (a TABARI/PETRARCH set is a usage error that says what to use). */
static tocsin_dict *open_own(const CliDict *pSel, const char *zTool, int *pRc) {
  tocsin_dict *p = cli_dict_open(pSel, pRc);
  if (p && tocsin_dict_is_pattern(p)) {
    tocsin_dict_free(p);
    fprintf(stderr, "tocsin: dict %s reads tocsin's own dictionaries, not a TABARI/PETRARCH set "
            "(tocsin dict --dict SPEC gives its statistics, dict check its skipped lines)\n", zTool);
    *pRc = EXIT_USAGE;
    return NULL;
  }
  return p;
}
static void on_entry(void *pArg, const tocsin_dict_entry *e) {
  (void)pArg;
  printf("%s:%d: \"%s\" %s %s", e->zFile, e->iLine, e->zText, e->zKind, e->zCode ? e->zCode : "-");
  if (e->zOrg) printf(" (%s)", e->zOrg);
  if (e->zName && strcmp(e->zName, e->zText)) printf(" [%s]", e->zName);
  if (!e->bCaseOk) printf(" -- would not match as written (a name must end in a capitalised word)");
  putchar('\n');
  for (size_t r = 0; r < e->nRole; r++) {
    const tocsin_dict_role *y = &e->aRole[r];
    printf("  %s:%d: %s %s %s%s\n", y->zFile, y->iLine, y->zCode, y->zFrom, y->zTo, y->bApplies ? "  <- applies" : "");
  }
}

static int dict_who(const CliDict *pSel, const char *zPhrase, const char *zOn) {
  tocsin_error err;
  int rc;
  tocsin_dict *p = open_own(pSel, "who", &rc);
  if (!p) return rc;
  size_t n = 0;
  rc = tocsin_dict_who(p, zPhrase, zOn, on_entry, NULL, &n, &err);
  tocsin_dict_free(p);
  if (rc == TOCSIN_EARG) {
    fprintf(stderr, "tocsin: --on: %s\n", err.msg);
    return EXIT_USAGE;
  }
  if (rc != TOCSIN_OK) {
    fprintf(stderr, "tocsin: %s\n", err.msg);
    return EXIT_INTERNAL;
  }
  if (!n) printf("no dictionary entry matches \"%s\"\n", zPhrase);
  return EXIT_OKAY;
}

static void on_verb(void *pArg, const tocsin_dict_verb_match *m) {
  (void)pArg;
  if (m->bWinner) {
    printf("%s:%d: %s \"%s\" (%s of %s) -> %s %s, Goldstein %g, PLOVER %s; matched \"%s\", %d literal word%s\n",
           m->zFile, m->iLine, m->zPattern, m->zForm, m->zForms, m->zLemma, m->zCode, m->zName ? m->zName : "?",
           m->goldstein, m->zPlover ? m->zPlover : "-", m->zMatched, m->nLiteral, m->nLiteral == 1 ? "" : "s");
  } else {
    printf("  beat %s:%d: %s -> %s %s (%d literal word%s)\n", m->zFile, m->iLine, m->zPattern, m->zCode,
           m->zName ? m->zName : "?", m->nLiteral, m->nLiteral == 1 ? "" : "s");
  }
}

static int dict_verb(const CliDict *pSel, const char *zText) {
  tocsin_error err;
  int rc;
  tocsin_dict *p = open_own(pSel, "verb", &rc);
  if (!p) return rc;
  size_t n = 0;
  rc = tocsin_dict_verb(p, zText, on_verb, NULL, &n, &err);
  tocsin_dict_free(p);
  if (rc != TOCSIN_OK) {
    fprintf(stderr, "tocsin: %s\n", err.msg);
    return EXIT_INTERNAL;
  }
  if (!n) printf("no verb pattern matches \"%s\"\n", zText);
  return EXIT_OKAY;
}

/* argv[0] is "dict", argv[1] the tool. */
static int dict_tools(int argc, char **argv, CliDict *pSel) {
  const char *zTool = argv[1], *zOn = NULL, *zArg = NULL;
  for (int i = 2; i < argc; i++) {
    const char *z = argv[i];
    if (!strcmp(z, "--help") || !strcmp(z, "-h")) {
      fputs(zUsageDict, stdout);
      return EXIT_OKAY;
    }
    if (!strcmp(z, "--dict") || !strcmp(z, "--option") || !strcmp(z, "--on")) {
      if (i + 1 >= argc) {
        fprintf(stderr, "tocsin: %s needs a value\n", z);
        return EXIT_USAGE;
      }
      const char *zVal = argv[++i];
      if (!strcmp(z, "--on")) {
        zOn = zVal;
        continue;
      }
      int rc = cli_dict_add(pSel, zVal, !strcmp(z, "--option"));
      if (rc != EXIT_OKAY) return rc;
      continue;
    }
    if (z[0] == '-' && z[1]) {
      fprintf(stderr, "tocsin: unknown option '%s' (see tocsin dict --help)\n", z);
      return EXIT_USAGE;
    }
    if (zArg) {
      fprintf(stderr, "tocsin: dict %s takes one phrase (quote it): '%s' is extra\n", zTool, z);
      return EXIT_USAGE;
    }
    zArg = z;
  }
  if (!strcmp(zTool, "help")) {
    fputs(zUsageDict, stdout);
    return EXIT_OKAY;
  }
  int rc = cli_dict_finish(pSel);
  if (rc != EXIT_OKAY) return rc;
  if (!strcmp(zTool, "check")) {
    if (zArg || zOn) {
      fprintf(stderr, "tocsin: dict check takes only --dict DIR|SPEC and --option LINE\n");
      return EXIT_USAGE;
    }
    return dict_check(pSel);
  }
  if (!zArg) {
    fprintf(stderr, "tocsin: dict %s needs a phrase, e.g. tocsin dict %s \"%s\"\n", zTool, zTool,
            !strcmp(zTool, "who") ? "Sergei Shoigu" : "imposed sanctions");
    return EXIT_USAGE;
  }
  if (!strcmp(zTool, "who")) return dict_who(pSel, zArg, zOn);
  if (zOn) {
    fprintf(stderr, "tocsin: --on is for dict who\n");
    return EXIT_USAGE;
  }
  return dict_verb(pSel, zArg);
}

int cli_dict_tools(int argc, char **argv) {
  CliDict sel;
  memset(&sel, 0, sizeof sel);
  int rc = dict_tools(argc, argv, &sel);
  cli_dict_clear(&sel);
  return rc;
}
