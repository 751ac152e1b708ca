/*
** `tocsin validate`: run the TABARI and PETRARCH validation suites (docs/cli.md,
** docs/validation.md). Reads TABARI's Validate.text (records with their expected
** codings in a comment) and PETRARCH's PETR.UnitTest.records.xml, codes every
** record as one sentence on its own date with the suite's dictionaries
** (tocsin_dict_load_specs), and prints per-category tables, the first failures
** and one summary line per suite: "tabari: N of M records right".
** Exit status: 0 the run completed (whatever the score), 1 unreadable input,
** 2 usage, 3 dictionary error, 4 out of memory.
*/
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cli.h"
#include "tocsin.h"

int cli_validate(int argc, char **argv);

static const char zUsageValidate[] =
    "usage: tocsin validate [--tabari FILE.text] [--tabari-project FILE.project]\n"
    "                       [--petr FILE.xml] [--dict-dir DIR] [--show N] [--list]\n"
    "                       [--markdown FILE] [--only ID]\n"
    "\n"
    "Runs the TABARI and PETRARCH validation suites: codes each record as one sentence\n"
    "on its own date and compares the (source, target, code) multiset with the one the\n"
    "record expects. Prints per suite a table by category, the first failures and\n"
    "the line \"tabari: N of M records right\" / \"petr: N of M records right\".\n"
    "\n"
    "options:\n"
    "  --tabari FILE.text      TABARI validation records (default: the shared data folder)\n"
    "  --tabari-project FILE   its project file (default: FILE.text's name with .project)\n"
    "  --petr FILE.xml         PETRARCH unit-test records\n"
    "  --dict-dir DIR          where the PETRARCH <Environment> files are (default:\n"
    "                          ../dictionaries next to FILE.xml's folder)\n"
    "  --show N                failures shown per suite (default 5)\n"
    "  --list                  print the parsed records as JSON lines; code nothing\n"
    "  --markdown FILE         also write the tables as Markdown\n"
    "  --only ID               run only record ID (every record with that id), verbosely\n"
    "\n"
    "Without --tabari or --petr both suites run from ../shared/data (TABARI-Code/\n"
    "Validate.text, petrarch2/text/PETR.UnitTest.records.xml). Exit status: 0 the\n"
    "run completed, 1 unreadable input, 2 usage, 3 dictionary error.\n";

/* ---- small helpers ------------------------------------------------------------ */

/* Out of memory in the CLI: say so and exit 4 (nothing is worth saving). */
static void oom(void) {
  fputs("tocsin validate: out of memory\n", stderr);
  exit(EXIT_INTERNAL);
}

static void *vmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom();
  return p;
}

static char *vstrndup(const char *z, size_t n) {
  char *p = vmalloc(n + 1);
  memcpy(p, z, n);
  p[n] = 0;
  return p;
}

static char *vstrdup(const char *z) { return vstrndup(z, strlen(z)); }

/* printf into a new string the caller frees. */
static char *vmprintf(const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  int n = vsnprintf(NULL, 0, zFmt, ap);
  va_end(ap);
  if (n < 0) oom();
  char *z = vmalloc((size_t)n + 1);
  va_start(ap, zFmt);
  vsnprintf(z, (size_t)n + 1, zFmt, ap);
  va_end(ap);
  return z;
}

/* Makes room for one more element in *pa (n used, *pnAlloc allocated). */
static void grow(void **pa, size_t n, size_t *pnAlloc, size_t sz) {
  if (n < *pnAlloc) return;
  size_t nNew = *pnAlloc ? *pnAlloc * 2 : 8;
  void *a = realloc(*pa, nNew * sz);
  if (!a) oom();
  *pa = a;
  *pnAlloc = nNew;
}

/* A growable string. */
typedef struct VBuf {
  char *z;
  size_t n, nAlloc;
} VBuf;

static void vbuf_add(VBuf *b, const char *z, size_t n) {
  if (b->n + n + 1 > b->nAlloc) {
    size_t nNew = b->nAlloc ? b->nAlloc : 64;
    while (nNew < b->n + n + 1) nNew *= 2;
    char *p = realloc(b->z, nNew);
    if (!p) oom();
    b->z = p;
    b->nAlloc = nNew;
  }
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

static void vbuf_str(VBuf *b, const char *z) { vbuf_add(b, z, strlen(z)); }

/* Appends z[0..n) with runs of white space folded to one space and no space at
** either end of the whole buffer (call vbuf_trim at the end). */
static void vbuf_words(VBuf *b, const char *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (isspace(c)) {
      if (b->n && b->z[b->n - 1] != ' ') vbuf_add(b, " ", 1);
    } else {
      vbuf_add(b, (const char *)&z[i], 1);
    }
  }
}

static void vbuf_trim(VBuf *b) {
  while (b->n && b->z[b->n - 1] == ' ') b->z[--b->n] = 0;
}

/* The buffer's string, handed over (never NULL); the buffer is emptied. */
static char *vbuf_take(VBuf *b) {
  char *z = b->z ? b->z : vstrdup("");
  memset(b, 0, sizeof *b);
  return z;
}

/* z without leading and trailing white space, as a new string. */
static char *trim_dup(const char *z, size_t n) {
  while (n && isspace((unsigned char)*z)) z++, n--;
  while (n && isspace((unsigned char)z[n - 1])) n--;
  return vstrndup(z, n);
}

static int file_exists(const char *zPath) {
  struct stat st;
  return stat(zPath, &st) == 0 && S_ISREG(st.st_mode);
}

static int dir_exists(const char *zPath) {
  struct stat st;
  return stat(zPath, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Reads a whole file into *pz (NUL-terminated; caller frees). 0 on success,
** else prints "tocsin validate: PATH: cannot open: why" and returns EXIT_INPUT. */
static int read_whole(const char *zPath, char **pz, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f || dir_exists(zPath)) {
    fprintf(stderr, "tocsin validate: %s: cannot open: %s\n", zPath, f ? "is a directory" : strerror(errno));
    if (f) fclose(f);
    return EXIT_INPUT;
  }
  VBuf b = {0};
  char aChunk[65536];
  size_t n;
  while ((n = fread(aChunk, 1, sizeof aChunk, f)) > 0) vbuf_add(&b, aChunk, n);
  int bErr = ferror(f);
  fclose(f);
  if (bErr) {
    free(b.z);
    fprintf(stderr, "tocsin validate: %s: read error\n", zPath);
    return EXIT_INPUT;
  }
  *pn = b.n;
  *pz = vbuf_take(&b);
  return 0;
}

/* The folder part of a path ("." when there is none), as a new string. */
static char *dir_of(const char *zPath) {
  const char *z = strrchr(zPath, '/');
  if (!z) return vstrdup(".");
  if (z == zPath) return vstrdup("/");
  return vstrndup(zPath, (size_t)(z - zPath));
}

static void json_str(VBuf *b, const char *z) {
  char zEsc[8];
  vbuf_add(b, "\"", 1);
  for (const unsigned char *p = (const unsigned char *)(z ? z : ""); *p; p++) {
    if (*p == '"' || *p == '\\') {
      vbuf_add(b, "\\", 1);
      vbuf_add(b, (const char *)p, 1);
    } else if (*p == '\n') vbuf_str(b, "\\n");
    else if (*p == '\t') vbuf_str(b, "\\t");
    else if (*p == '\r') vbuf_str(b, "\\r");
    else if (*p < 0x20) {
      snprintf(zEsc, sizeof zEsc, "\\u%04x", *p);
      vbuf_str(b, zEsc);
    } else vbuf_add(b, (const char *)p, 1);
  }
  vbuf_add(b, "\"", 1);
}

/* ---- records ------------------------------------------------------------------ */

/* One expected (or coded) event. */
typedef struct VEvent {
  char *zSource, *zTarget, *zCode;
  char *zDate;            /* YYYY-MM-DD, or NULL: any date */
} VEvent;

/* One option line applied before a record is coded, and where it was written. */
typedef struct VOption {
  char *zLine;
  size_t iLine;
} VOption;

/* Why a parsed record is not scored (VRecord.eSkip). */
enum {
  SKIP_NONE = 0,          /* scored */
  SKIP_OPTION,            /* TABARI: only {OPTION: ...} lines */
  SKIP_DISABLED,          /* TABARI: only disabled -{...} lines */
  SKIP_UNSTATED,          /* no expectation at all (TABARI stops at such a record) */
  SKIP_EXTRA              /* TABARI: after FINAL-01 (needs other settings) */
};
static const char *const azSkip[] = {"", "option-only", "disabled", "no expectation", "extra after FINAL-01"};

typedef struct VRecord {
  char *zId, *zCategory;
  char *zDate;            /* YYYY-MM-DD */
  char *zText;            /* white space folded */
  size_t iLine;           /* line of the header (TABARI) or <Sentence> (PETR) */
  char *zMarker;          /* "+++" "---" "###" (TABARI), "noevents", "error:KIND" (PETR), or NULL */
  VEvent *aEvent;         /* expected events */
  size_t nEvent, nEventAlloc;
  VOption *aOption;       /* options to apply before coding this record */
  size_t nOption, nOptionAlloc;
  size_t nDisabled;       /* TABARI -{...} entries ignored */
  long nBeforeDisabled;   /* TABARI: events listed before the first -{ (-1: none); as
                          ** TABARI's checkEvents, coded events after that many are
                          ** not checked */
  int bDateChecked;       /* TABARI: time shifting was on, so the first date counts */
  char *zSentence;        /* PETR: the sentence= attribute ("true", "false") or NULL */
  int eSkip;              /* SKIP_* */
} VRecord;

typedef struct VSuite {
  const char *zName;      /* "tabari" or "petr" */
  const char *zFile;      /* the records file */
  char *zProject;         /* TABARI: the .project file */
  char *zDictDir;         /* PETR: where the Environment files are */
  char **azSpec;          /* dictionary specs */
  size_t nSpec, nSpecAlloc;
  VRecord *aRec;
  size_t nRec, nRecAlloc;
  int bFinal;             /* TABARI: FINAL-01 seen */
  int bForward;           /* TABARI: a FORWARD: option is in force */
  int bStopped;           /* PETR: a <Stop> element ended the records */
  size_t nOptionFail;     /* option lines the dictionary refused */
  /* results, per record (aRight[i]: 1 right, 0 wrong; only for scored records) */
  unsigned char *aRight;
  size_t nScored, nRight;
} VSuite;

static void event_free(VEvent *e) {
  free(e->zSource);
  free(e->zTarget);
  free(e->zCode);
  free(e->zDate);
}

static void suite_free(VSuite *s) {
  for (size_t i = 0; i < s->nRec; i++) {
    VRecord *r = &s->aRec[i];
    free(r->zId);
    free(r->zCategory);
    free(r->zDate);
    free(r->zText);
    free(r->zMarker);
    free(r->zSentence);
    for (size_t j = 0; j < r->nEvent; j++) event_free(&r->aEvent[j]);
    free(r->aEvent);
    for (size_t j = 0; j < r->nOption; j++) free(r->aOption[j].zLine);
    free(r->aOption);
  }
  free(s->aRec);
  for (size_t i = 0; i < s->nSpec; i++) free(s->azSpec[i]);
  free(s->azSpec);
  free(s->zProject);
  free(s->zDictDir);
  free(s->aRight);
  memset(s, 0, sizeof *s);
}

static VRecord *new_record(VSuite *s) {
  grow((void **)&s->aRec, s->nRec, &s->nRecAlloc, sizeof(VRecord));
  VRecord *r = &s->aRec[s->nRec++];
  memset(r, 0, sizeof *r);
  r->nBeforeDisabled = -1;
  return r;
}

static void add_event(VRecord *r, char *zSource, char *zTarget, char *zCode, char *zDate) {
  grow((void **)&r->aEvent, r->nEvent, &r->nEventAlloc, sizeof(VEvent));
  VEvent *e = &r->aEvent[r->nEvent++];
  e->zSource = zSource;
  e->zTarget = zTarget;
  e->zCode = zCode;
  e->zDate = zDate;
}

static void add_option(VRecord *r, char *zLine, size_t iLine) {
  grow((void **)&r->aOption, r->nOption, &r->nOptionAlloc, sizeof(VOption));
  r->aOption[r->nOption].zLine = zLine;
  r->aOption[r->nOption++].iLine = iLine;
}

static void add_spec(VSuite *s, char *zSpec) {
  grow((void **)&s->azSpec, s->nSpec, &s->nSpecAlloc, sizeof(char *));
  s->azSpec[s->nSpec++] = zSpec;
}

/* ---- TABARI: Validate.text ------------------------------------------------------ */
/* A record is a header line "YYMMDD  ID", text lines, then a comment from "/ *" to
** "* /" (written here with a space; or to a blank line, or the next header, when it is left unclosed) holding
** the expected codings in braces. A record without a comment ends at a blank line.
** Anything between records (# lines, blank lines) is ignored. */

/* "YYMMDD" -> "YYYY-MM-DD" (YY >= 50: 19YY, else 20YY) in a new string, or NULL
** when it is not a plausible date. */
static char *yymmdd_date(const char *z) {
  for (int i = 0; i < 6; i++)
    if (!isdigit((unsigned char)z[i])) return NULL;
  int yy = (z[0] - '0') * 10 + z[1] - '0', mm = (z[2] - '0') * 10 + z[3] - '0', dd = (z[4] - '0') * 10 + z[5] - '0';
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return NULL;
  return vmprintf("%04d-%02d-%02d", yy >= 50 ? 1900 + yy : 2000 + yy, mm, dd);
}

/* When z (one line, NUL-terminated) is a record header ("YYMMDD" then the id),
** sets *pzId, *pnId to the id and returns 1. The id is the
** word after the date; a second copy of the date ("950101  950101  AGENTS-11")
** is skipped. */
static int tabari_header(const char *z, const char **pzId, size_t *pnId) {
  for (int i = 0; i < 6; i++)
    if (!isdigit((unsigned char)z[i])) return 0;
  if (z[6] != ' ' && z[6] != '\t') return 0;
  const char *p = z + 6;
  while (*p == ' ' || *p == '\t') p++;
  if (!*p) return 0;
  const char *e = p;
  while (*e && !isspace((unsigned char)*e)) e++;
  if (e - p == 6 && !memcmp(p, z, 6)) {
    const char *q = e;
    while (*q == ' ' || *q == '\t') q++;
    if (*q) {
      p = q;
      for (e = p; *e && !isspace((unsigned char)*e);) e++;
    }
  }
  *pzId = p;
  *pnId = (size_t)(e - p);
  return 1;
}

/* The category of a TABARI id: the part before its first '-' ("DEMO-01" ->
** "DEMO", "FRWD-001-002" -> "FRWD", "TIME-Modify" -> "TIME"); an id without
** '-' is its own category. */
static char *tabari_category(const char *zId) {
  const char *z = strchr(zId, '-');
  return z && z > zId ? vstrndup(zId, (size_t)(z - zId)) : vstrdup(zId);
}

/* Reads the braces of one comment segment z[0..n) on line iLine into r:
** "{ SRC / TGT / CODE } [YYMMDD]", "{+++}", "{---}", "{###}", "{ OPTION: line }";
** "-{...}" is disabled and only counted. Prints a warning naming the file and
** line for a brace it cannot read. */
static void tabari_braces(VRecord *r, const char *z, size_t n, const char *zFile, size_t iLine) {
  for (size_t i = 0; i < n; i++) {
    if (z[i] != '{') continue;
    int bDisabled = i > 0 && z[i - 1] == '-';
    size_t e = i + 1;
    while (e < n && z[e] != '}') e++;
    char *zIn = trim_dup(z + i + 1, e - i - 1);
    size_t iAfter = e < n ? e + 1 : n;
    i = iAfter - 1;   /* the loop steps past the brace */
    if (!*zIn) {
      free(zIn);
      continue;
    }
    if (bDisabled) {
      if (!r->nDisabled) r->nBeforeDisabled = (long)r->nEvent;
      r->nDisabled++;
      free(zIn);
      continue;
    }
    if (!strcmp(zIn, "+++") || !strcmp(zIn, "---") || !strcmp(zIn, "###")) {
      if (!r->zMarker) r->zMarker = vstrdup(zIn);
      free(zIn);
      continue;
    }
    if (!strncmp(zIn, "OPTION:", 7)) {
      add_option(r, trim_dup(zIn + 7, strlen(zIn + 7)), iLine);
      free(zIn);
      continue;
    }
    char *zSlash1 = strchr(zIn, '/'), *zSlash2 = zSlash1 ? strchr(zSlash1 + 1, '/') : NULL;
    if (zSlash2 && !strchr(zSlash2 + 1, '/')) {
      char *zS = trim_dup(zIn, (size_t)(zSlash1 - zIn));
      char *zT = trim_dup(zSlash1 + 1, (size_t)(zSlash2 - zSlash1 - 1));
      char *zC = trim_dup(zSlash2 + 1, strlen(zSlash2 + 1));
      if (*zS && *zT && *zC && !strpbrk(zS, " \t") && !strpbrk(zT, " \t") && !strpbrk(zC, " \t")) {
        char *zDate = NULL;
        size_t k = iAfter;
        while (k < n && (z[k] == ' ' || z[k] == '\t')) k++;
        if (k + 6 <= n && (k + 6 == n || !isdigit((unsigned char)z[k + 6]))) zDate = yymmdd_date(z + k);
        add_event(r, zS, zT, zC, zDate);
        free(zIn);
        continue;
      }
      free(zS);
      free(zT);
      free(zC);
    }
    fprintf(stderr, "tocsin validate: %s:%zu: warning: ignored {%s}: not an event, a marker or an OPTION\n", zFile,
            iLine, zIn);
    free(zIn);
  }
}

/* Closes record r: folds its text and decides whether it is scored. */
static void tabari_finish(VSuite *s, VRecord *r, VBuf *pText) {
  vbuf_trim(pText);
  r->zText = vbuf_take(pText);
  if (s->bFinal) r->eSkip = SKIP_EXTRA;
  else if (r->nEvent || r->zMarker) r->eSkip = SKIP_NONE;
  else if (r->nOption) r->eSkip = SKIP_OPTION;
  else if (r->nDisabled) r->eSkip = SKIP_DISABLED;
  else r->eSkip = SKIP_UNSTATED;
  if (!strcmp(r->zId, "FINAL-01")) s->bFinal = 1;
}

/* Appends a text line z[0..n) to the record text: white space folded, the
** literal "\n" line-break marks of the format dropped. */
static void tabari_text(VBuf *b, const char *z, size_t n) {
  size_t iStart = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (z[i] != '\\' || z[i + 1] != 'n') continue;
    vbuf_words(b, z + iStart, i - iStart);
    vbuf_words(b, " ", 1);
    iStart = ++i + 1;
  }
  vbuf_words(b, z + iStart, n - iStart);
  vbuf_words(b, " ", 1);
}

static int is_blank(const char *z) {
  while (*z && isspace((unsigned char)*z)) z++;
  return !*z;
}

/* Parses a TABARI validation file into s->aRec. Returns 0, or EXIT_INPUT with
** the reason printed. */
static int tabari_parse(VSuite *s) {
  char *zAll;
  size_t nAll;
  int rc = read_whole(s->zFile, &zAll, &nAll);
  if (rc) return rc;
  /* AFTER: past the comment's closing mark; TABARI still reads {..} lines up to
  ** the blank line that ends the record (PATTERN-26, AGENTS-11) */
  enum { OUTSIDE, TEXT, COMMENT, AFTER } eState = OUTSIDE;
  VRecord *r = NULL;
  VBuf text = {0};
  size_t iLine = 0;
  for (char *zLine = zAll; zLine < zAll + nAll;) {
    char *zEnd = memchr(zLine, '\n', (size_t)(zAll + nAll - zLine));
    char *zNext = zEnd ? zEnd + 1 : zAll + nAll;
    if (!zEnd) zEnd = zAll + nAll;
    *zEnd = 0;
    if (zEnd > zLine && zEnd[-1] == '\r') zEnd[-1] = 0;
    iLine++;
    const char *zId;
    size_t nId;
    if (tabari_header(zLine, &zId, &nId)) {
      if (r) tabari_finish(s, r, &text);
      r = new_record(s);
      r->zId = vstrndup(zId, nId);
      r->zCategory = tabari_category(r->zId);
      r->iLine = iLine;
      r->zDate = yymmdd_date(zLine);
      if (!r->zDate)
        fprintf(stderr, "tocsin validate: %s:%zu: warning: '%.6s' is not a date (YYMMDD); record %s has none\n",
                s->zFile, iLine, zLine, r->zId);
      eState = TEXT;
    } else if (eState != OUTSIDE && is_blank(zLine)) {
      tabari_finish(s, r, &text);
      r = NULL;
      eState = OUTSIDE;
    } else if (eState == AFTER) {
      tabari_braces(r, zLine, strlen(zLine), s->zFile, iLine);
    } else if (eState == TEXT || eState == COMMENT) {
      char *zSeg = zLine;
      if (eState == TEXT) {
        char *zOpen = strstr(zLine, "/*");
        tabari_text(&text, zLine, zOpen ? (size_t)(zOpen - zLine) : strlen(zLine));
        if (zOpen) {
          zSeg = zOpen + 2;
          eState = COMMENT;
        }
      }
      if (eState == COMMENT) {
        char *zClose = strstr(zSeg, "*/");
        tabari_braces(r, zSeg, zClose ? (size_t)(zClose - zSeg) : strlen(zSeg), s->zFile, iLine);
        if (zClose) {
          tabari_braces(r, zClose + 2, strlen(zClose + 2), s->zFile, iLine);
          eState = AFTER;
        }
      }
    }
    zLine = zNext;
  }
  if (r) tabari_finish(s, r, &text);
  free(text.z);
  free(zAll);
  return 0;
}

/* ---- PETRARCH: PETR.UnitTest.records.xml ----------------------------------------- */
/* <Validation><Environment> names the dictionary files; <Sentences> holds <Config
** option= value=> (applied in document order), <Sentence date= id= category=>
** with zero or more <EventCoding sourcecode= targetcode= eventcode=> (or
** noevents="True", or error="KIND"), <Text> and <Parse> (ignored), and perhaps a
** <Stop> that ends the run. */

static int xml_is(const xmlNode *p, const char *zName) {
  return p->type == XML_ELEMENT_NODE && !strcmp((const char *)p->name, zName);
}

/* Attribute zName of p as a new string, or NULL when absent. */
static char *xml_attr(const xmlNode *p, const char *zName) {
  xmlChar *z = xmlGetProp(p, (const xmlChar *)zName);
  if (!z) return NULL;
  char *zCopy = vstrdup((const char *)z);
  xmlFree(z);
  return zCopy;
}

/* The text inside p with white space folded and trimmed, as a new string. */
static char *xml_text(const xmlNode *p) {
  xmlChar *z = xmlNodeGetContent(p);
  VBuf b = {0};
  if (z) vbuf_words(&b, (const char *)z, strlen((const char *)z));
  vbuf_trim(&b);
  xmlFree(z);
  return vbuf_take(&b);
}

/* "YYYYMMDD" (or "YYYY-MM-DD") -> "YYYY-MM-DD" in a new string, or NULL. */
static char *yyyymmdd_date(const char *z) {
  char zD[9];
  size_t n = strlen(z), k = 0;
  for (size_t i = 0; i < n && k < 9; i++)
    if (z[i] != '-') zD[k++] = z[i];
  if (k != 8) return NULL;
  for (int i = 0; i < 8; i++)
    if (!isdigit((unsigned char)zD[i])) return NULL;
  int mm = (zD[4] - '0') * 10 + zD[5] - '0', dd = (zD[6] - '0') * 10 + zD[7] - '0';
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return NULL;
  return vmprintf("%.4s-%.2s-%.2s", zD, zD + 4, zD + 6);
}

/* The Environment's dictionary files as petrarch-* specs in s->azSpec. */
static void petr_environment(VSuite *s, const xmlNode *pEnv) {
  static const struct { const char *zTag, *zKind; } aMap[] = {
      {"Verbfile", "petrarch-verbs"},     {"Actorfile", "petrarch-actors"},
      {"Agentfile", "petrarch-agents"},   {"Discardfile", "petrarch-discards"},
      {"Issuefile", "petrarch-issues"},
  };
  for (const xmlNode *p = pEnv->children; p; p = p->next) {
    for (size_t k = 0; k < sizeof aMap / sizeof aMap[0]; k++) {
      if (!xml_is(p, aMap[k].zTag)) continue;
      char *zName = xml_text(p);
      if (*zName) add_spec(s, vmprintf("%s:%s/%s", aMap[k].zKind, s->zDictDir, zName));
      free(zName);
    }
  }
}

/* One <Sentence> as a record; apOpt/nOpt are the <Config> lines seen since the
** previous sentence (moved into the record). */
static void petr_sentence(VSuite *s, const xmlNode *pSen, VOption *aOpt, size_t nOpt) {
  VRecord *r = new_record(s);
  r->iLine = (size_t)xmlGetLineNo(pSen);
  r->zId = xml_attr(pSen, "id");
  if (!r->zId) r->zId = vmprintf("line-%zu", r->iLine);
  r->zCategory = xml_attr(pSen, "category");
  if (!r->zCategory) r->zCategory = tabari_category(r->zId);
  char *zDate = xml_attr(pSen, "date");
  r->zDate = zDate ? yyyymmdd_date(zDate) : NULL;
  if (!r->zDate)
    fprintf(stderr, "tocsin validate: %s:%zu: warning: sentence %s has no date=\"YYYYMMDD\"\n", s->zFile, r->iLine,
            r->zId);
  free(zDate);
  r->zSentence = xml_attr(pSen, "sentence");
  for (size_t i = 0; i < nOpt; i++) add_option(r, aOpt[i].zLine, aOpt[i].iLine);
  size_t nCoding = 0;
  for (const xmlNode *p = pSen->children; p; p = p->next) {
    if (xml_is(p, "Text")) {
      free(r->zText);
      r->zText = xml_text(p);
    }
    if (!xml_is(p, "EventCoding")) continue;
    nCoding++;
    char *zErr = xml_attr(p, "error"), *zNo = xml_attr(p, "noevents");
    char *zS = xml_attr(p, "sourcecode"), *zT = xml_attr(p, "targetcode"), *zC = xml_attr(p, "eventcode");
    if (zErr || zNo) {
      if (!r->zMarker) r->zMarker = zErr ? vmprintf("error:%s", zErr) : vstrdup("noevents");
      free(zS), free(zT), free(zC);
    } else if (zS && zT && zC) {
      add_event(r, zS, zT, zC, NULL);
    } else {
      fprintf(stderr,
              "tocsin validate: %s:%ld: warning: <EventCoding> of %s needs sourcecode, targetcode and eventcode "
              "(or noevents or error); ignored\n",
              s->zFile, xmlGetLineNo(p), r->zId);
      free(zS), free(zT), free(zC);
    }
    free(zErr);
    free(zNo);
  }
  if (!r->zText) r->zText = vstrdup("");
  r->eSkip = nCoding ? SKIP_NONE : SKIP_UNSTATED;
}

typedef struct PetrWalk {
  VOption *aOpt;          /* <Config> lines waiting for the next sentence */
  size_t nOpt, nOptAlloc;
} PetrWalk;

/* Walks the children of p in document order: Config, Sentence, Stop (and any
** other element's children). Returns 1 when a <Stop> ended the records. */
static int petr_walk(VSuite *s, const xmlNode *p, PetrWalk *w) {
  for (const xmlNode *q = p->children; q; q = q->next) {
    if (q->type != XML_ELEMENT_NODE) continue;
    if (xml_is(q, "Stop")) return s->bStopped = 1;
    if (xml_is(q, "Config")) {
      char *zOpt = xml_attr(q, "option"), *zVal = xml_attr(q, "value");
      if (zOpt && zVal) {
        grow((void **)&w->aOpt, w->nOpt, &w->nOptAlloc, sizeof(VOption));
        w->aOpt[w->nOpt].zLine = vmprintf("%s=%s", zOpt, zVal);
        w->aOpt[w->nOpt++].iLine = (size_t)xmlGetLineNo(q);
      } else {
        fprintf(stderr, "tocsin validate: %s:%ld: warning: <Config> needs option= and value=; ignored\n", s->zFile,
                xmlGetLineNo(q));
      }
      free(zOpt);
      free(zVal);
    } else if (xml_is(q, "Sentence")) {
      petr_sentence(s, q, w->aOpt, w->nOpt);
      w->nOpt = 0;
    } else if (petr_walk(s, q, w)) {
      return 1;
    }
  }
  return 0;
}

/* Parses a PETRARCH validation file into s->aRec and its Environment into
** s->azSpec. Returns 0, or EXIT_INPUT with the reason printed. */
static int petr_parse(VSuite *s) {
  char *zAll;
  size_t nAll;
  int rc = read_whole(s->zFile, &zAll, &nAll);
  if (rc) return rc;
  if (nAll > 0x7fffffff) {
    fprintf(stderr, "tocsin validate: %s: too large for the XML reader\n", s->zFile);
    free(zAll);
    return EXIT_INPUT;
  }
  xmlResetLastError();
  xmlDocPtr pDoc = xmlReadMemory(zAll, (int)nAll, s->zFile, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                                      XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
  free(zAll);
  xmlNode *pRoot = pDoc ? xmlDocGetRootElement(pDoc) : NULL;
  if (!pRoot) {
    const xmlError *e = xmlGetLastError();
    fprintf(stderr, "tocsin validate: %s:%d: not readable as XML: %s", s->zFile, e ? e->line : 0,
            e && e->message ? e->message : "no elements\n");
    if (pDoc) xmlFreeDoc(pDoc);
    return EXIT_INPUT;
  }
  PetrWalk w = {0};
  for (xmlNode *p = pRoot->children; p; p = p->next) {
    if (xml_is(p, "Environment")) petr_environment(s, p);
    else if (xml_is(p, "Sentences") && !s->bStopped) petr_walk(s, p, &w);
    else if (xml_is(p, "Stop")) s->bStopped = 1;
  }
  for (size_t i = 0; i < w.nOpt; i++) free(w.aOpt[i].zLine);
  free(w.aOpt);
  xmlFreeDoc(pDoc);
  if (!s->nSpec) {
    fprintf(stderr, "tocsin validate: %s: no <Environment> with <Verbfile>, <Actorfile>, ... naming the dictionaries\n",
            s->zFile);
    return EXIT_INPUT;
  }
  return 0;
}

/* ---- --list ----------------------------------------------------------------------- */

/* Prints every parsed record of s as one JSON object per line. */
static void list_records(const VSuite *s) {
  VBuf b = {0};
  char zNum[32];
  for (size_t i = 0; i < s->nRec; i++) {
    const VRecord *r = &s->aRec[i];
    b.n = 0;
    vbuf_str(&b, "{\"suite\":");
    json_str(&b, s->zName);
    vbuf_str(&b, ",\"id\":");
    json_str(&b, r->zId);
    vbuf_str(&b, ",\"category\":");
    json_str(&b, r->zCategory);
    snprintf(zNum, sizeof zNum, ",\"line\":%zu", r->iLine);
    vbuf_str(&b, zNum);
    vbuf_str(&b, ",\"date\":");
    if (r->zDate) json_str(&b, r->zDate);
    else vbuf_str(&b, "null");
    vbuf_str(&b, ",\"text\":");
    json_str(&b, r->zText);
    vbuf_str(&b, ",\"marker\":");
    if (r->zMarker) json_str(&b, r->zMarker);
    else vbuf_str(&b, "null");
    vbuf_str(&b, ",\"events\":[");
    for (size_t j = 0; j < r->nEvent; j++) {
      const VEvent *e = &r->aEvent[j];
      vbuf_str(&b, j ? ",{\"source\":" : "{\"source\":");
      json_str(&b, e->zSource);
      vbuf_str(&b, ",\"target\":");
      json_str(&b, e->zTarget);
      vbuf_str(&b, ",\"code\":");
      json_str(&b, e->zCode);
      vbuf_str(&b, ",\"date\":");
      if (e->zDate) json_str(&b, e->zDate);
      else vbuf_str(&b, "null");
      vbuf_str(&b, "}");
    }
    vbuf_str(&b, "],\"options\":[");
    for (size_t j = 0; j < r->nOption; j++) {
      if (j) vbuf_str(&b, ",");
      json_str(&b, r->aOption[j].zLine);
    }
    snprintf(zNum, sizeof zNum, "],\"disabled\":%zu", r->nDisabled);
    vbuf_str(&b, zNum);
    if (r->zSentence) {
      vbuf_str(&b, ",\"sentence\":");
      json_str(&b, r->zSentence);
    }
    vbuf_str(&b, r->eSkip ? ",\"scored\":false,\"skip\":" : ",\"scored\":true,\"skip\":null");
    if (r->eSkip) json_str(&b, azSkip[r->eSkip]);
    vbuf_str(&b, "}\n");
    fwrite(b.z, 1, b.n, stdout);
  }
  free(b.z);
}

/* ---- coding and comparing ------------------------------------------------------------ */

/* What the coder produced for one record. */
typedef struct VGot {
  VEvent *aEvent;
  size_t nEvent, nEventAlloc;
  char *zErr;             /* parse or coding error, or NULL */
} VGot;

static void got_free(VGot *g) {
  for (size_t i = 0; i < g->nEvent; i++) event_free(&g->aEvent[i]);
  free(g->aEvent);
  free(g->zErr);
  memset(g, 0, sizeof *g);
}

static char *code_or_dashes(const char *z) { return vstrdup(z && *z ? z : "---"); }

/* Codes record r with pDict as one sentence on its own date into g. With
** bVerbose, prints each event with the dictionary lines that fired. Returns 0,
** or EXIT_INTERNAL when memory ran out (a parse or coding error of the record
** itself goes to g->zErr and leaves it without events). */
/* The length of a TABARI record id's story part: up to its last '-'
** (FRWD-001-002 -> FRWD-001). */
static size_t story_len(const char *zId) {
  const char *p = strrchr(zId, '-');
  return p ? (size_t)(p - zId) : strlen(zId);
}

static int code_record(const VSuite *s, const tocsin_dict *pDict, size_t iRec, VGot *g, int bVerbose) {
  const VRecord *r = &s->aRec[iRec];
  tocsin_options o;
  tocsin_options_init(&o);
  o.zDate = r->zDate;
  o.bDateOverride = r->zDate != NULL;
  o.bOneSentence = 1;
  /* With TABARI's FORWARD on, the records of one story before this one are
  ** coded with it, one sentence per line, so that a pronoun can take the
  ** actor of the sentence before; only this record's events count. */
  size_t iFirst = iRec;
  if (s->bForward) {
    size_t nKey = story_len(r->zId);
    while (iFirst > 0 && story_len(s->aRec[iFirst - 1].zId) == nKey &&
           !strncmp(s->aRec[iFirst - 1].zId, r->zId, nKey) && !s->aRec[iFirst - 1].nOption)
      iFirst--;
  }
  VBuf text = {0};
  for (size_t k = iFirst; k <= iRec; k++) {
    vbuf_str(&text, s->aRec[k].zText);
    if (k < iRec) vbuf_str(&text, "\n");
  }
  if (iFirst < iRec) o.bOneSentence = 2;
  size_t iLast = iRec - iFirst;
  char *zText = vbuf_take(&text);
  tocsin_error err;
  memset(&err, 0, sizeof err);
  char *zName = vmprintf("%s:%s", s->zFile, r->zId);
  tocsin_doc *pDoc = tocsin_doc_parse(zText, strlen(zText), zName, &o, &err);
  free(zName);
  free(zText);
  if (pDoc && tocsin_doc_code(pDoc, pDict, &err) != TOCSIN_OK) {
    tocsin_doc_free(pDoc);
    pDoc = NULL;
  }
  if (!pDoc) {
    if (err.code == TOCSIN_ENOMEM) {
      fprintf(stderr, "tocsin validate: %s\n", err.msg);
      return EXIT_INTERNAL;
    }
    g->zErr = vstrdup(err.msg);
    return 0;
  }
  for (size_t i = 0; i < tocsin_doc_event_count(pDoc); i++) {
    const tocsin_event *e = tocsin_doc_event(pDoc, i);
    if (e->iSentence != iLast) continue;
    grow((void **)&g->aEvent, g->nEvent, &g->nEventAlloc, sizeof(VEvent));
    VEvent *v = &g->aEvent[g->nEvent++];
    v->zSource = code_or_dashes(e->source.zCode);
    v->zTarget = code_or_dashes(e->target.zCode);
    v->zCode = code_or_dashes(e->zEvent);
    v->zDate = e->zDate ? vstrdup(e->zDate) : NULL;
    if (bVerbose) {
      const char *zExplain = tocsin_event_explain(pDoc, i);
      printf("  event %zu: %s/%s/%s %s verb \"%s\"%s%s\n", i + 1, v->zSource, v->zTarget, v->zCode,
             v->zDate ? v->zDate : "(no date)", e->zVerb ? e->zVerb : "", zExplain ? " " : "",
             zExplain ? zExplain : "");
    }
  }
  tocsin_doc_free(pDoc);
  return 0;
}

static int same_triple(const VEvent *a, const VEvent *b) {
  return !strcmp(a->zSource, b->zSource) && !strcmp(a->zTarget, b->zTarget) && !strcmp(a->zCode, b->zCode);
}

/* 1 when g is what r expects: the same multiset of (source, target, code)
** (TABARI compares in order; tocsin's order may differ); when the record's
** date counts (TABARI: time shifting on) the first expected event's date must
** be that of an event so coded; a marker ({+++} {---} {###}, noevents, error)
** is met by no events. Events listed before a disabled "-{" must all be
** coded, and coded events beyond them are not checked, as in TABARI. */
static int is_right(const VRecord *r, const VGot *g) {
  if (r->zMarker && g->nEvent == 0) return 1;
  size_t nWant = r->nEvent;
  if (r->nBeforeDisabled >= 0) {
    nWant = (size_t)r->nBeforeDisabled;
    if (g->nEvent < nWant) return 0;
  } else if (r->nEvent != g->nEvent) {
    return 0;
  }
  unsigned char *aUsed = calloc(g->nEvent ? g->nEvent : 1, 1);
  if (!aUsed) oom();
  int bRight = 1;
  /* the dated expectation first: the undated ones can take any event left */
  for (int bDated = 1; bDated >= 0 && bRight; bDated--) {
    for (size_t i = 0; i < nWant && bRight; i++) {
      const VEvent *x = &r->aEvent[i];
      int bDate = x->zDate && r->bDateChecked && i == 0;
      if (bDate != bDated) continue;
      size_t j = 0;
      for (; j < g->nEvent; j++) {
        if (aUsed[j] || !same_triple(x, &g->aEvent[j])) continue;
        if (bDate && (!g->aEvent[j].zDate || strcmp(x->zDate, g->aEvent[j].zDate))) continue;
        break;
      }
      if (j == g->nEvent) bRight = 0;
      else aUsed[j] = 1;
    }
  }
  free(aUsed);
  return bRight;
}

/* "{A/B/C, A/B/C 1995-01-03}": a marker first, dates shown when bDates. */
static void format_events(VBuf *b, const char *zMarker, const VEvent *a, size_t n, int bDates) {
  vbuf_str(b, "{");
  if (zMarker) vbuf_str(b, zMarker);
  for (size_t i = 0; i < n; i++) {
    if (i || zMarker) vbuf_str(b, ", ");
    vbuf_str(b, a[i].zSource);
    vbuf_str(b, "/");
    vbuf_str(b, a[i].zTarget);
    vbuf_str(b, "/");
    vbuf_str(b, a[i].zCode);
    if (bDates && a[i].zDate) {
      vbuf_str(b, " ");
      vbuf_str(b, a[i].zDate);
    }
  }
  vbuf_str(b, "}");
}

static int has_dates(const VRecord *r) {
  for (size_t i = 0; i < r->nEvent; i++)
    if (r->aEvent[i].zDate) return 1;
  return 0;
}

/* Appends at most nMax bytes of z (cut on a UTF-8 character boundary) in quotes,
** with "..." when it was cut. */
static void shortened(VBuf *b, const char *z, size_t nMax) {
  size_t n = strlen(z);
  int bCut = n > nMax;
  if (bCut) {
    n = nMax;
    while (n && ((unsigned char)z[n] & 0xC0) == 0x80) n--;
  }
  vbuf_str(b, "\"");
  vbuf_add(b, z, n);
  vbuf_str(b, bCut ? "...\"" : "\"");
}

/* The failure line "ID: expected {...} got {...} "text..."" for r. */
static char *failure_line(const VRecord *r, const VGot *g) {
  VBuf b = {0};
  int bDates = has_dates(r);
  vbuf_str(&b, r->zId);
  vbuf_str(&b, ": expected ");
  format_events(&b, r->zMarker, r->aEvent, r->nEvent, bDates);
  vbuf_str(&b, " got ");
  format_events(&b, NULL, g->aEvent, g->nEvent, bDates);
  if (g->zErr) {
    vbuf_str(&b, " (error: ");
    vbuf_str(&b, g->zErr);
    vbuf_str(&b, ")");
  }
  vbuf_str(&b, " ");
  shortened(&b, r->zText, 72);
  return vbuf_take(&b);
}

/* One row of a suite's table. */
typedef struct VCat {
  const char *zName;      /* points into a record */
  size_t nRec, nPass;
} VCat;

/* The categories of s's scored records in order of first appearance (caller frees). */
static VCat *categories(const VSuite *s, size_t *pn) {
  VCat *a = NULL;
  size_t n = 0, nAlloc = 0;
  for (size_t i = 0; i < s->nRec; i++) {
    const VRecord *r = &s->aRec[i];
    if (r->eSkip) continue;
    size_t k = 0;
    while (k < n && strcmp(a[k].zName, r->zCategory)) k++;
    if (k == n) {
      grow((void **)&a, n, &nAlloc, sizeof(VCat));
      a[n].zName = r->zCategory;
      a[n].nRec = a[n].nPass = 0;
      n++;
    }
    a[k].nRec++;
    a[k].nPass += s->aRight[i];
  }
  *pn = n;
  return a;
}

/* "12 option-only, 3 disabled, ..." for the records s does not score, or NULL. */
static char *unscored_summary(const VSuite *s) {
  size_t anSkip[5] = {0};
  for (size_t i = 0; i < s->nRec; i++) anSkip[s->aRec[i].eSkip]++;
  VBuf b = {0};
  for (int k = 1; k < 5; k++) {
    if (!anSkip[k]) continue;
    char zPart[96];
    snprintf(zPart, sizeof zPart, "%s%zu %s", b.n ? ", " : "", anSkip[k], azSkip[k]);
    vbuf_str(&b, zPart);
  }
  return b.n ? vbuf_take(&b) : NULL;
}

/* Prints s's table (and appends it to pMd as Markdown when pMd is not NULL). */
static void print_table(const VSuite *s, VBuf *pMd) {
  size_t nCat;
  VCat *aCat = categories(s, &nCat);
  int w = 8;
  for (size_t k = 0; k < nCat; k++)
    if ((int)strlen(aCat[k].zName) > w) w = (int)strlen(aCat[k].zName);
  printf("%-*s  records  passed  failed\n", w, "category");
  for (size_t k = 0; k < nCat; k++)
    printf("%-*s  %7zu  %6zu  %6zu\n", w, aCat[k].zName, aCat[k].nRec, aCat[k].nPass, aCat[k].nRec - aCat[k].nPass);
  printf("%-*s  %7zu  %6zu  %6zu\n", w, "all", s->nScored, s->nRight, s->nScored - s->nRight);
  char *zUnscored = unscored_summary(s);
  if (zUnscored) printf("not scored: %s\n", zUnscored);
  if (s->nOptionFail) printf("option lines not applied: %zu (warnings on stderr)\n", s->nOptionFail);
  if (s->bStopped) printf("a <Stop> element ended the records\n");
  if (pMd) {
    char zRow[256];
    vbuf_str(pMd, "| category | records | passed | failed |\n|---|---:|---:|---:|\n");
    for (size_t k = 0; k < nCat; k++) {
      vbuf_str(pMd, "| ");
      vbuf_str(pMd, aCat[k].zName);
      snprintf(zRow, sizeof zRow, " | %zu | %zu | %zu |\n", aCat[k].nRec, aCat[k].nPass, aCat[k].nRec - aCat[k].nPass);
      vbuf_str(pMd, zRow);
    }
    snprintf(zRow, sizeof zRow, "| **all** | **%zu** | **%zu** | **%zu** |\n\n", s->nScored, s->nRight,
             s->nScored - s->nRight);
    vbuf_str(pMd, zRow);
    if (zUnscored) {
      vbuf_str(pMd, "Not scored: ");
      vbuf_str(pMd, zUnscored);
      vbuf_str(pMd, ".\n\n");
    }
    if (s->nOptionFail) {
      snprintf(zRow, sizeof zRow, "Option lines the dictionary did not accept: %zu.\n\n", s->nOptionFail);
      vbuf_str(pMd, zRow);
    }
  }
  free(zUnscored);
  free(aCat);
}

/* ---- running a suite ----------------------------------------------------------------- */

typedef struct VArgs {
  const char *zTabari, *zProject, *zPetr, *zDictDir, *zMarkdown, *zOnly;
  int nShow;              /* failures shown per suite */
  int bList;
} VArgs;

/* Applies r's option lines to pDict; a line the dictionary refuses is a warning
** naming the file and line. Returns 0 or EXIT_INTERNAL (out of memory). */
static int apply_options(VSuite *s, tocsin_dict *pDict, const VRecord *r) {
  for (size_t i = 0; i < r->nOption; i++) {
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_dict_option(pDict, r->aOption[i].zLine, &err);
    if (!strncmp(r->aOption[i].zLine, "FORWARD:", 8)) s->bForward = !strstr(r->aOption[i].zLine, "OFF");
    if (rc == TOCSIN_ENOMEM) {
      fprintf(stderr, "tocsin validate: %s\n", err.msg);
      return EXIT_INTERNAL;
    }
    if (rc != TOCSIN_OK) {
      s->nOptionFail++;
      fprintf(stderr, "tocsin validate: %s:%zu: warning: option '%s' (record %s) not applied: %s\n", s->zFile,
              r->aOption[i].iLine, r->aOption[i].zLine, r->zId, err.msg);
    }
  }
  return 0;
}

/* For --only: prints what record r expects (bGot 0) or, after it was coded
** (its events were printed then), what it got and the verdict (bGot 1). */
static void print_only(const VRecord *r, const VGot *g, int bRight, int bGot) {
  VBuf b = {0};
  int bDates = has_dates(r);
  if (!bGot) {
    format_events(&b, r->zMarker, r->aEvent, r->nEvent, bDates);
    printf("  expected: %s\n", b.z);
    free(b.z);
    return;
  }
  format_events(&b, NULL, g->aEvent, g->nEvent, bDates);
  printf("  got:      %s\n", b.z);
  if (g->zErr) printf("  error: %s\n", g->zErr);
  if (r->eSkip) printf("  not scored (%s)\n", azSkip[r->eSkip]);
  else printf("  %s\n", bRight ? "right" : "WRONG");
  free(b.z);
}

/* Codes the records of s (all scored ones, or those with id a->zOnly) and prints
** the table, the first failures and the summary line; pMd (may be NULL) gets
** the Markdown. Returns 0, EXIT_DICT when the dictionaries do not load, or
** EXIT_INTERNAL. */
static int run_suite(VSuite *s, const VArgs *a, VBuf *pMd) {
  tocsin_error err;
  memset(&err, 0, sizeof err);
  tocsin_dict *pDict = tocsin_dict_load_specs((const char *const *)s->azSpec, s->nSpec, &err);
  if (!pDict) {
    fprintf(stderr, "tocsin validate: %s\n", err.msg[0] ? err.msg : tocsin_errstr(err.code));
    fprintf(stderr, "tocsin validate: %s: the %s dictionaries did not load\n", s->zFile, s->zName);
    return err.code == TOCSIN_ENOMEM ? EXIT_INTERNAL : EXIT_DICT;
  }
  s->aRight = calloc(s->nRec ? s->nRec : 1, 1);
  if (!s->aRight) oom();
  printf("== %s: %s (", s->zName, s->zFile);
  for (size_t i = 0; i < s->nSpec; i++) printf("%s%s", i ? ", " : "", s->azSpec[i]);
  printf(")\n");
  if (pMd) {
    vbuf_str(pMd, !strcmp(s->zName, "tabari") ? "## TABARI\n\nRecords `" : "## PETRARCH\n\nRecords `");
    vbuf_str(pMd, s->zFile);
    vbuf_str(pMd, "`; dictionaries");
    for (size_t i = 0; i < s->nSpec; i++) {
      vbuf_str(pMd, i ? ", `" : " `");
      vbuf_str(pMd, s->azSpec[i]);
      vbuf_str(pMd, "`");
    }
    vbuf_str(pMd, ".\n\n");
  }
  char **azFail = NULL;
  size_t nFail = 0, nFailAlloc = 0, nWrong = 0;
  int rc = 0;
  for (size_t i = 0; i < s->nRec && !rc; i++) {
    const VRecord *r = &s->aRec[i];
    int bPick = a->zOnly ? !strcmp(r->zId, a->zOnly) : r->eSkip == SKIP_NONE;
    if (!a->zOnly && r->eSkip == SKIP_EXTRA) continue;
    if ((rc = apply_options(s, pDict, r)) != 0) break;
    if (!bPick) continue;
    s->aRec[i].bDateChecked = tocsin_dict_time_shift(pDict);
    VGot g = {0};
    if (a->zOnly) {
      printf("%s %s (%s:%zu, category %s, date %s)\n  text: \"%s\"\n", s->zName, r->zId, s->zFile, r->iLine,
             r->zCategory, r->zDate ? r->zDate : "none", r->zText);
      for (size_t j = 0; j <= i; j++)
        for (size_t k = 0; k < s->aRec[j].nOption; k++)
          printf("  option in force: %s (line %zu)\n", s->aRec[j].aOption[k].zLine, s->aRec[j].aOption[k].iLine);
      print_only(r, &g, 0, 0);
    }
    if ((rc = code_record(s, pDict, i, &g, a->zOnly != NULL)) != 0) {
      got_free(&g);
      break;
    }
    int bRight = is_right(r, &g);
    if (r->eSkip == SKIP_NONE) {
      s->nScored++;
      s->aRight[i] = (unsigned char)bRight;
      s->nRight += (size_t)bRight;
      if (!bRight && nWrong++ < (size_t)a->nShow) {
        grow((void **)&azFail, nFail, &nFailAlloc, sizeof(char *));
        azFail[nFail++] = failure_line(r, &g);
      }
    }
    if (a->zOnly) print_only(r, &g, bRight, 1);
    got_free(&g);
  }
  tocsin_dict_free(pDict);
  if (!rc) {
    if (!a->zOnly) print_table(s, pMd);
    if (nFail && !a->zOnly) {
      printf("first %zu of %zu failures:\n", nFail, nWrong);
      for (size_t i = 0; i < nFail; i++) printf("  %s\n", azFail[i]);
    }
    printf("%s: %zu of %zu records right\n", s->zName, s->nRight, s->nScored);
    if (pMd) {
      char *zLine = vmprintf("```\n%s: %zu of %zu records right\n```\n\n", s->zName, s->nRight, s->nScored);
      vbuf_str(pMd, zLine);
      free(zLine);
    }
  }
  for (size_t i = 0; i < nFail; i++) free(azFail[i]);
  free(azFail);
  return rc;
}

/* ---- the command ------------------------------------------------------------------------ */

static int has_id(const VSuite *s, const char *zId) {
  for (size_t i = 0; i < s->nRec; i++)
    if (!strcmp(s->aRec[i].zId, zId)) return 1;
  return 0;
}

/* Reads the TABARI records and names the project. Returns 0 or an exit status
** with the reason printed. */
static int tabari_setup(VSuite *s, const VArgs *a) {
  s->zName = "tabari";
  s->zFile = a->zTabari;
  int rc = tabari_parse(s);
  if (rc) return rc;
  if (a->zProject) {
    s->zProject = vstrdup(a->zProject);
  } else {
    size_t n = strlen(s->zFile);
    if (n > 5 && !strcmp(s->zFile + n - 5, ".text")) s->zProject = vmprintf("%.*s.project", (int)(n - 5), s->zFile);
    else s->zProject = vmprintf("%s.project", s->zFile);
  }
  if (!a->bList && !file_exists(s->zProject)) {
    fprintf(stderr, "tocsin validate: %s: cannot open the TABARI project file (give --tabari-project FILE)\n",
            s->zProject);
    return EXIT_INPUT;
  }
  add_spec(s, vmprintf("tabari:%s", s->zProject));
  return 0;
}

/* Reads the PETRARCH records and the dictionary specs of their Environment.
** Returns 0 or an exit status with the reason printed. */
static int petr_setup(VSuite *s, const VArgs *a) {
  s->zName = "petr";
  s->zFile = a->zPetr;
  if (a->zDictDir) {
    s->zDictDir = vstrdup(a->zDictDir);
  } else {
    /* FILE.xml in .../text -> .../dictionaries */
    char *zDir = dir_of(s->zFile);
    const char *zBase = strrchr(zDir, '/');
    zBase = zBase ? zBase + 1 : zDir;
    if (strcmp(zBase, ".") && strcmp(zBase, "..") && strchr(zDir, '/')) {
      char *zParent = dir_of(zDir);
      s->zDictDir = vmprintf("%s/dictionaries", zParent);
      free(zParent);
    } else {
      s->zDictDir = vmprintf("%s/../dictionaries", zDir);
    }
    free(zDir);
  }
  int rc = petr_parse(s);
  if (rc) return rc;
  if (!a->bList && !dir_exists(s->zDictDir)) {
    fprintf(stderr, "tocsin validate: %s: no such folder (the PETRARCH dictionaries; give --dict-dir DIR)\n",
            s->zDictDir);
    return EXIT_INPUT;
  }
  return 0;
}

static int usage_error(const char *zMsg, const char *zArg) {
  fprintf(stderr, "tocsin validate: %s%s%s%s (see tocsin validate --help)\n", zMsg, zArg ? " '" : "",
          zArg ? zArg : "", zArg ? "'" : "");
  return EXIT_USAGE;
}

/* Parses the arguments into *a. Returns 0, EXIT_USAGE (message printed), or -1
** after printing the help. */
static int parse_args(int argc, char **argv, VArgs *a) {
  memset(a, 0, sizeof *a);
  a->nShow = 5;
  for (int i = 1; i < argc; i++) {
    const char *z = argv[i];
    if (!strcmp(z, "--help") || !strcmp(z, "-h") || !strcmp(z, "help")) {
      fputs(zUsageValidate, stdout);
      return -1;
    }
    if (!strcmp(z, "--list")) {
      a->bList = 1;
      continue;
    }
    const char **pz = !strcmp(z, "--tabari")           ? &a->zTabari
                      : !strcmp(z, "--tabari-project") ? &a->zProject
                      : !strcmp(z, "--petr")           ? &a->zPetr
                      : !strcmp(z, "--dict-dir")       ? &a->zDictDir
                      : !strcmp(z, "--markdown")       ? &a->zMarkdown
                      : !strcmp(z, "--only")           ? &a->zOnly
                                                       : NULL;
    int bShow = !strcmp(z, "--show");
    if (!pz && !bShow)
      return usage_error(z[0] == '-' ? "unknown option" : "takes no file arguments (use --tabari or --petr):", z);
    if (i + 1 >= argc || !argv[i + 1][0]) return usage_error("this option needs a value:", z);
    const char *zVal = argv[++i];
    if (bShow) {
      char *e;
      long n = strtol(zVal, &e, 10);
      if (e == zVal || *e || n < 0 || n > 1000000)
        return usage_error("--show takes a number of failures (0 or more), not", zVal);
      a->nShow = (int)n;
    } else {
      *pz = zVal;
    }
  }
  if (a->zProject && !a->zTabari && a->zPetr)
    return usage_error("--tabari-project is for the TABARI suite; give --tabari FILE.text", NULL);
  if (a->zDictDir && !a->zPetr && a->zTabari)
    return usage_error("--dict-dir is for the PETRARCH suite; give --petr FILE.xml", NULL);
  if (a->bList && a->zMarkdown) return usage_error("--list writes no tables; drop --markdown", NULL);
  return 0;
}

/* argv[0] is "validate". */
int cli_validate(int argc, char **argv) {
  VArgs a;
  int rc = parse_args(argc, argv, &a);
  if (rc) return rc < 0 ? EXIT_OKAY : rc;
  char *zDefTabari = NULL, *zDefPetr = NULL;
  if (!a.zTabari && !a.zPetr) {
    const char *zData = "../shared/data";
    if (!dir_exists(zData)) {
      fprintf(stderr,
              "tocsin validate: %s: no such folder (the default data folder, relative to the current directory); "
              "give --tabari FILE.text and/or --petr FILE.xml\n",
              zData);
      return EXIT_INPUT;
    }
    a.zTabari = zDefTabari = vmprintf("%s/TABARI-Code/Validate.text", zData);
    a.zPetr = zDefPetr = vmprintf("%s/petrarch2/text/PETR.UnitTest.records.xml", zData);
  }
  VSuite aSuite[2];
  memset(aSuite, 0, sizeof aSuite);
  int nSuite = 0;
  if (a.zTabari) {
    int rc2 = tabari_setup(&aSuite[nSuite++], &a);
    if (!rc) rc = rc2;
  }
  if (a.zPetr) {
    int rc2 = petr_setup(&aSuite[nSuite++], &a);
    if (!rc) rc = rc2;
  }
  int bFound = !a.zOnly;
  for (int k = 0; k < nSuite && !bFound; k++) bFound = has_id(&aSuite[k], a.zOnly);
  if (!rc && !bFound) {
    fprintf(stderr, "tocsin validate: no record with id '%s' in %s%s%s\n", a.zOnly, aSuite[0].zFile,
            nSuite > 1 ? " or " : "", nSuite > 1 ? aSuite[1].zFile : "");
    rc = EXIT_USAGE;
  }
  if (!rc && a.bList) {
    for (int k = 0; k < nSuite; k++) {
      if (!a.zOnly) {
        list_records(&aSuite[k]);
        continue;
      }
      VSuite one = aSuite[k];   /* the matching records only */
      for (size_t i = 0; i < one.nRec; i++) {
        if (strcmp(one.aRec[i].zId, a.zOnly)) continue;
        VSuite tmp = one;
        tmp.aRec = &one.aRec[i];
        tmp.nRec = 1;
        list_records(&tmp);
      }
    }
  } else if (!rc) {
    VBuf md = {0};
    int bSep = 0;
    for (int k = 0; k < nSuite; k++) {
      if (a.zOnly && !has_id(&aSuite[k], a.zOnly)) continue;
      if (bSep) putchar('\n');
      int rc2 = run_suite(&aSuite[k], &a, a.zMarkdown ? &md : NULL);
      bSep = rc2 == 0;
      if (!rc) rc = rc2;   /* a suite whose dictionaries fail does not stop the other */
    }
    if (!rc && a.zMarkdown) {
      FILE *f = fopen(a.zMarkdown, "w");
      int bOk = f && fwrite(md.z ? md.z : "", 1, md.n, f) == md.n;
      if (f && fclose(f) != 0) bOk = 0;
      if (!bOk) {
        fprintf(stderr, "tocsin validate: %s: cannot write: %s\n", a.zMarkdown, strerror(errno));
        rc = EXIT_INPUT;
      }
    }
    free(md.z);
  }
  for (int k = 0; k < nSuite; k++) suite_free(&aSuite[k]);
  free(zDefTabari);
  free(zDefPetr);
  return rc;
}
