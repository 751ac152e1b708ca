/*
** PETRARCH dictionaries (PETRARCH2 docs/source/dictionaries.rst and the
** readers in petrarch2/PETRreader.py, whose behaviour on the real files is
** followed here) loaded into a PatDict:
**
**   verbs     CAMEO.2.0.txt, PETR.Validate.verbs.txt: synsets "&NAME" with
**             "+MEMBER" lines, blocks "--- NAME [CODE] ---" of verbs
**             ("ABANDON", "+ASK_FOR {+ASKED_FOR ..} [020]", "KLM_NOP_+RST")
**             sharing the block's patterns "- words * (PREP {NOUN PHRASE}) [CODE]",
**             and "~ a (b . ATTACK) SAY = a b 112" transformations (skipped:
**             they need a parse tree).
**   actors    "PHRASE [CODE]..." with "+SYNONYM" lines and (indented) code lines
**             "[CODE <YYMMDD]", "[CODE >YYYYMMDD]", "[CODE D1-D2]".
**   agents    "PHRASE {PLURAL} [~CODE]" and "!NAME! = A, B" substitution sets.
**   discards  "PHRASE" (sentence) and "+PHRASE" (story).
**   issues    <ISSUE CATEGORY=".."> sections of "n:noun v:verb pre+fix [CODE]",
**             "~phrase" and "~~phrase" exclusions.
**
** Comments: '#' to the end of the line (not inside "[###]"), "<!-- .. -->"
** (may span lines) and lines starting "<!" (PETRARCH skips those whole).
** PETRARCH has no stems: every dictionary word is a whole word (fExact), and
** the words of an actor, agent, discard, issue or synset phrase are
** consecutive only when joined by '_' (blanks let words stand between). A malformed line is
** TOCSIN_EDICT "file:line:col: expected ..."; the faults the real files contain
** and PETRARCH reads anyway are repaired or skipped and counted (petrarch.h).
**
** The real files (PETRARCH2 commit 676801c) and what is done with their faults:
**   CAMEO.2.0.txt 3335, 8464   "SCRAP {..};shan 8/30/93": ';' comment ignored
**   CAMEO.2.0.txt 8443-8444    &WEATHER, &DEMONSTRATION never declared: the
**                              patterns are skipped (PETRARCH cannot match them)
**   CAMEO.2.0.txt 186, 8688    &FIGHT_OF_WORDS: a synset name with '_' inside
**   CAMEO.2.0.txt 9178-9186    transformations: counted, skipped
**   PETR.Validate.verbs.txt 447 "--- DELAY [120]  [031:031] ---": first code used
**   PETR.Validate.verbs.txt 687, 1024 "LASH OUT", "RULE OUT": a two-word verb
**   PETR.Validate.verbs.txt 992 "[###]": '#' inside a code is not a comment
**   PETR.Validate.actors.txt 220 "<! -- ..": a one-line comment
**   Phoenix.Countries.actors.txt 2039, 18010, 22508, 22519, 43613 and
**     Phoenix.International.actors.txt 40: dates of 7, 9 or 10 digits, read
**     as PETRARCH's dstr_to_ordate reads them (first 6 or 8 digits)
**   Phoenix.Countries.actors.txt 31715, 51384 "[MNEGOV 20121204]": read as ">DATE"
**   Phoenix.Countries.actors.txt 45980 "+TAIOAN_ +TAWIAN_": two synonyms
**   Phoenix.International.actors.txt 3694 "Source: MNC.MLH.actors", 22 and
**     others: actors without any code (40 in the set) are skipped
**   Phoenix.International.actors.txt 3696.. "\t[MNCMED]\tNewspapers/Magazines\t$137,000,000":
**     text after the codes ignored; "AT&T_", "E*TRADE_", "B+H_": '&', '*', '+'
**     read as blanks (also Phoenix.MilNonState.actors.txt 30 "ISLAMI+_ISLAMIC")
**   Phoenix.agents.txt 544 "[~ENV}": '}' closes the code
**   Phoenix.agents.txt 904, 1041 ..: "AD!MINIST!RATIVE", a second marker, loses
**     its '!' (ADMINISTRATIVE); PETRARCH expands the first marker only
**   Phoenix.agents.txt 1927 "ISLAMIC_EXTREMIST" without a code: skipped, as PETRARCH does
**   Phoenix.IssueCoding.txt 141-147, 1040, 1183, 1219-1221, 2250: no code,
**     skipped as PETRARCH does; 1198, 2889: two entries on one line; 2521:
**     a second [CODE] alone; 1840 ..: U+2020 (dagger) between words read as a blank
*/
#include "petrarch.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One agent substitution set "!PERSON! = MAN, MEN, ...". */
typedef struct Marker {
  char *zName;          /* "PERSON" (malloc'ed) */
  char **azItem;        /* malloc'ed strings */
  size_t nItem;
} Marker;

/* A verb block's pattern, kept so verbs listed after it get it too. */
typedef struct BlockPat {
  PPhrase phrase;
  const char *zCode;
  int iLine;
} BlockPat;

/* The state of one file being loaded. */
typedef struct Loader {
  PatDict *pd;
  const char *zFile;     /* as saved in pd->azSource */
  PetrarchStats *pStats; /* never NULL (points to a local when the caller gave none) */
  tocsin_error *pErr;
  char *z;               /* the file, comments blanked, NUL-terminated */
  size_t n, i;
  int iLine;
  Buf scratch;           /* a phrase being rewritten before parsing */
} Loader;

static int oom(Loader *p) {
  err_set(p->pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory loading %s", p->zFile ? p->zFile : "");
  return TOCSIN_ENOMEM;
}

/* Sets a TOCSIN_EDICT error "file:line:col: <message>"; returns TOCSIN_EDICT. */
static int ld_err(Loader *p, int iLine, int iCol, const char *zFmt, ...) __attribute__((format(printf, 4, 5)));
static int ld_err(Loader *p, int iLine, int iCol, const char *zFmt, ...) {
  char zMsg[400];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(zMsg, sizeof zMsg, zFmt, ap);
  va_end(ap);
  err_set(p->pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: %s", p->zFile, iLine, iCol, zMsg);
  if (p->pErr) {
    p->pErr->line = (size_t)iLine;
    p->pErr->col = (size_t)iCol;
  }
  return TOCSIN_EDICT;
}

/* Counts a tolerated fault of kind k, in the stats and in the PatDict's
** warnings; the first one's text is kept. */
static void ld_warn(Loader *p, int k, int iLine, int iCol, const char *zWhat) {
  PetrarchStats *s = p->pStats;
  if (!s->nWarn) snprintf(s->zWarn, sizeof s->zWarn, "%s:%d:%d: %s", p->zFile, iLine, iCol, zWhat);
  s->nWarn++;
  s->anWarn[k]++;
  if (!p->pd->nWarn) snprintf(p->pd->zWarn, sizeof p->pd->zWarn, "%s:%d:%d: %s", p->zFile, iLine, iCol, zWhat);
  p->pd->nWarn++;
}

const char *petrarch_warn_name(int iKind) {
  static const char *az[PW_COUNT] = {"trailing", "reserved",  "no-code",    "brace",
                                     "marker",   "marker2",   "multi-syn",  "header-codes",
                                     "issue-no-code", "issue-two", "issue-empty", "dagger",
                                     "date-length", "date-bare", "undefined-synset"};
  return iKind >= 0 && iKind < PW_COUNT ? az[iKind] : "?";
}


/* Blanks comments in p->z (keeping newlines, so lines and columns stay
** true): "<!-- .. -->" across lines, the rest of a line after "<!" that
** does not open one, and '#' to the end of the line unless it sits inside a
** [..] that closes on the same line ("[###]"). */
static int blank_comments(Loader *p) {
  char *z = p->z;
  size_t n = p->n;
  int iLine = 1;
  size_t iLineStart = 0;
  int bInBracket = 0;
  for (size_t i = 0; i < n; i++) {
    char c = z[i];
    if (c == '\n') {
      iLine++;
      iLineStart = i + 1;
      bInBracket = 0;
    } else if (c == '<' && i + 1 < n && z[i + 1] == '!') {
      int bBlock = i + 3 < n && z[i + 2] == '-' && z[i + 3] == '-';
      size_t j = i + (bBlock ? 4 : 2);
      if (bBlock) {
        while (j + 2 < n && !(z[j] == '-' && z[j + 1] == '-' && z[j + 2] == '>')) j++;
        if (j + 2 >= n)
          return ld_err(p, iLine, (int)(i - iLineStart) + 1, "expected '-->' closing the comment opened here");
        j += 3;
      } else {
        while (j < n && z[j] != '\n') j++;
      }
      for (size_t k = i; k < j; k++) {
        if (z[k] == '\n') {
          iLine++;
          iLineStart = k + 1;
        } else {
          z[k] = ' ';
        }
      }
      i = j - 1;
    } else if (c == '[') {
      bInBracket = 1;
    } else if (c == ']') {
      bInBracket = 0;
    } else if (c == '#') {
      size_t j = i;
      while (j < n && z[j] != '\n' && !(bInBracket && z[j] == ']')) j++;
      if (bInBracket && j < n && z[j] == ']') {
        i = j - 1;   /* "[###]": a code, not a comment */
        continue;
      }
      for (size_t k = i; k < j; k++) z[k] = ' ';
      i = j - 1;
    }
  }
  return TOCSIN_OK;
}

/* Reads zPath whole into p (comments blanked, lone '\r' made '\n'). */
static int ld_open(Loader *p, PatDict *pd, const char *zPath, PetrarchStats *pStats, tocsin_error *pErr) {
  memset(p, 0, sizeof *p);
  p->pd = pd;
  p->pStats = pStats;
  p->pErr = pErr;
  buf_init(&p->scratch);
  FILE *f = fopen(zPath, "rb");
  if (!f) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s: cannot open dictionary file (check the path)", zPath);
    return TOCSIN_EDICT;
  }
  size_t nAlloc = 0;
  for (;;) {
    if (!vec_grow((void **)&p->z, &nAlloc, p->n + 65536, 1)) {
      fclose(f);
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory reading %s", zPath);
      return TOCSIN_ENOMEM;
    }
    size_t k = fread(p->z + p->n, 1, nAlloc - p->n - 1, f);
    p->n += k;
    if (k == 0) break;
  }
  int bErr = ferror(f);
  fclose(f);
  p->z[p->n] = 0;
  if (bErr) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s: cannot read dictionary file", zPath);
    return TOCSIN_EDICT;
  }
  if (!(p->zFile = patdict_save_path(pd, zPath))) return oom(p);
  for (size_t i = 0; i < p->n; i++)
    if (p->z[i] == '\r' && p->z[i + 1] != '\n') p->z[i] = '\n';
  return blank_comments(p);
}

static void ld_close(Loader *p) {
  free(p->z);
  p->z = NULL;
  buf_free(&p->scratch);
}

/* The next line, trimmed of blanks, in *pz / *pn with *piCol0 its 1-based
** column; 0 at the end of the file. Blank lines are returned too (n 0). */
static int ld_line(Loader *p, char **pz, size_t *pn, int *piCol0) {
  if (p->i >= p->n) return 0;
  char *z = p->z + p->i;
  char *e = memchr(z, '\n', p->n - p->i);
  size_t n = e ? (size_t)(e - z) : p->n - p->i;
  p->i += n + (e ? 1 : 0);
  p->iLine++;
  size_t i = 0;
  while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r')) i++;
  while (n > i && (z[n - 1] == ' ' || z[n - 1] == '\t' || z[n - 1] == '\r')) n--;
  *pz = z + i;
  *pn = n - i;
  *piCol0 = (int)i + 1;
  return 1;
}

static size_t skip_blanks(const char *z, size_t n, size_t i) {
  while (i < n && (z[i] == ' ' || z[i] == '\t')) i++;
  return i;
}

static size_t trim_end(const char *z, size_t n) {
  while (n && (z[n - 1] == ' ' || z[n - 1] == '\t')) n--;
  return n;
}

/* Offset of the first c in z[i..n), or n. */
static size_t find_char(const char *z, size_t n, size_t i, char c) {
  const char *q = i < n ? memchr(z + i, c, n - i) : NULL;
  return q ? (size_t)(q - z) : n;
}

static int is_vowel(char c) {
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* PETRARCH's reading of a parsed phrase: whole words (no stems). Words
** joined by '_' must be adjacent; words written with a blank between may
** have others between them inside the noun phrase ("ITHILEN TELEVISION"
** matches "Ithilen state-run television", as PETRARCH's unit tests expect),
** so the joins are kept as written whatever bKeepJoins says. */
static void phrase_petrarch(PPhrase *ph, int bKeepJoins) {
  (void)bKeepJoins;
  for (uint32_t k = 0; k < ph->n; k++) {
    PElem *e = &ph->a[k];
    if (e->kind == PE_WORD) e->fExact = 1;
  }
}

/* Parses the words-only phrase z[0..n) (an actor, agent, discard or issue)
** the PETRARCH way: '_' and blanks both separate consecutive words; the
** characters TABARI's grammar reserves ('+', '&', '*', '$', '%', '^', '~',
** '=', '{', '}', '|') and U+2020 are read as blanks and counted. */
static int parse_words(Loader *p, const char *z, size_t n, PPhrase *pOut, int iLine, int iCol0) {
  Buf *b = &p->scratch;
  b->n = 0;
  if (!buf_reserve(b, n + 1)) return oom(p);
  int bReserved = 0, bDagger = 0;
  for (size_t i = 0; i < n; i++) {
    char c = z[i];
    if (c == '_') {
      c = ' ';   /* every word is joined to the next anyway (phrase_petrarch) */
    } else if (c == '+' || c == '&' || c == '*' || c == '$' || c == '%' || c == '^' || c == '~' || c == '=' ||
        c == '{' || c == '}' || c == '|') {
      c = ' ';
      bReserved = 1;
    } else if ((unsigned char)c == 0xE2 && i + 2 < n && (unsigned char)z[i + 1] == 0x80 &&
               (unsigned char)z[i + 2] == 0xA0) {
      b->z[b->n++] = ' ';
      b->z[b->n++] = ' ';
      i += 2;
      c = ' ';
      bDagger = 1;
    }
    b->z[b->n++] = c;
  }
  b->z[b->n] = 0;
  if (bReserved) ld_warn(p, PW_RESERVED, iLine, iCol0, "a character PETRARCH phrases do not use, read as a blank");
  if (bDagger) ld_warn(p, PW_DAGGER, iLine, iCol0, "U+2020 read as a blank");
  int rc = patdict_parse_phrase(p->pd, b->z, b->n, PP_ACTOR, pOut, p->zFile, iLine, iCol0, p->pErr);
  if (rc) return rc;
  phrase_petrarch(pOut, 0);
  return TOCSIN_OK;
}

/* *pzOut: a copy of the verb, pattern or issue code z[0..n) (the text
** between '[' and ']'), blanks removed, upper case. EDICT when empty. */
static int verb_code(Loader *p, const char *z, size_t n, int iLine, int iCol, const char **pzOut) {
  char *zc = arena_alloc(p->pd->pArena, n + 1);
  if (!zc) return oom(p);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (z[i] != ' ' && z[i] != '\t') zc[k++] = (char)(z[i] >= 'a' && z[i] <= 'z' ? z[i] - 32 : z[i]);
  zc[k] = 0;
  if (!k) return ld_err(p, iLine, iCol, "expected a code inside [ ]");
  *pzOut = zc;
  return TOCSIN_OK;
}

/* ---- actors and agents ------------------------------------------------------ */

/* An actor with its '+' synonyms and the code blocks gathered so far. */
typedef struct Group {
  PPhrase *aPhrase; size_t nPhrase, nPhraseAlloc;
  int *aLine; size_t nLineAlloc;
  PCode *aCode; size_t nCode, nCodeAlloc;
  int iLine, iCol;
  int bOpen;
} Group;

static void group_free(Group *g) {
  free(g->aPhrase);
  free(g->aLine);
  free(g->aCode);
}

static int group_add_phrase(Group *g, const PPhrase *ph, int iLine) {
  if (!vec_grow((void **)&g->aPhrase, &g->nPhraseAlloc, g->nPhrase, sizeof(PPhrase))) return 0;
  if (!vec_grow((void **)&g->aLine, &g->nLineAlloc, g->nPhrase, sizeof(int))) return 0;
  g->aLine[g->nPhrase] = iLine;
  g->aPhrase[g->nPhrase++] = *ph;
  return 1;
}

/* Parses the [..] blocks starting at z[i] (z[0..n) is a line starting at
** column iCol0) into g's codes. After the last block only blanks may
** follow; other text is counted (PW_TRAILING) and ignored. bAgent: a block
** may close with '}' (counted, PW_BRACE). */
static int parse_code_blocks(Loader *p, Group *g, const char *z, size_t n, size_t i, int iLine, int iCol0,
                             int bAgent) {
  for (;;) {
    i = skip_blanks(z, n, i);
    if (i >= n) return TOCSIN_OK;
    if (z[i] != '[') {
      ld_warn(p, PW_TRAILING, iLine, iCol0 + (int)i, "text after the code ignored");
      return TOCSIN_OK;
    }
    size_t e = find_char(z, n, i + 1, ']');
    size_t eNext = find_char(z, n, i + 1, '[');
    if (e > eNext) e = n;   /* "[A [B]": the first is not closed */
    if (e >= n && bAgent) {
      size_t b = find_char(z, n, i + 1, '}');
      if (b < n && b < eNext) {
        ld_warn(p, PW_BRACE, iLine, iCol0 + (int)b, "agent code closed by '}'");
        e = b;
      }
    }
    if (e >= n) return ld_err(p, iLine, iCol0 + (int)i, "expected ']' closing the code");
    /* Dates as PETRARCH reads them (dstr_to_ordate): 7 digits are YYMMDD
    ** and a stray digit, more than 8 are YYYYMMDD and junk; the extra digits
    ** are dropped (later columns shift). A bare date is read as ">DATE". */
    Buf *b = &p->scratch;
    b->n = 0;
    if (!buf_reserve(b, e - i + 3)) return oom(p);
    size_t k = skip_blanks(z, e, i + 1);
    while (k < e && z[k] != ' ' && z[k] != '\t') b->z[b->n++] = z[k++];   /* the code */
    size_t r = skip_blanks(z, e, k);
    if (r < e && is_digit((unsigned char)z[r]) && find_char(z, e, r, '-') >= e) {
      ld_warn(p, PW_DATEBARE, iLine, iCol0 + (int)r, "a date without '<', '>' or '-' read as '>DATE'");
      b->z[b->n++] = ' ';
      b->z[b->n++] = '>';
    }
    for (; k < e; k++) {
      if (is_digit((unsigned char)z[k]) && !is_digit((unsigned char)z[k - 1])) {
        size_t d = k;
        while (d < e && is_digit((unsigned char)z[d])) d++;
        if (d - k == 7 || d - k > 8) {
          ld_warn(p, PW_DATELEN, iLine, iCol0 + (int)k, "a date of 7 or more than 8 digits read as PETRARCH does");
          size_t nKeep = d - k == 7 ? 6 : 8;
          memcpy(b->z + b->n, z + k, nKeep);
          b->n += nKeep;
          k = d - 1;
          continue;
        }
      }
      b->z[b->n++] = z[k];
    }
    b->z[b->n] = 0;
    PCode c;
    /* bYYYY 0: patdict_parse_date takes YYMMDD and YYYYMMDD alike, as PETRARCH does */
    int rc = patdict_parse_code(p->pd, b->z, b->n, 0, &c, p->zFile, iLine, iCol0 + (int)i + 1, p->pErr);
    if (rc) return rc;
    if (!vec_grow((void **)&g->aCode, &g->nCodeAlloc, g->nCode, sizeof(PCode))) return oom(p);
    g->aCode[g->nCode++] = c;
    i = e + 1;
  }
}

/* Stores the open group as entries of kind, every phrase sharing one code
** array: dated codes first, then the undated ones (the default last); a
** group whose codes are all dated gets the null default "---", as PETRARCH
** codes nothing when no restriction holds. A group without any code is
** skipped and counted (PW_NOCODE). */
static int group_flush(Loader *p, Group *g, int kind) {
  if (!g->bOpen) return TOCSIN_OK;
  g->bOpen = 0;
  size_t nCode = g->nCode;
  g->nCode = 0;
  size_t nPhrase = g->nPhrase;
  g->nPhrase = 0;
  if (!nCode) {
    ld_warn(p, PW_NOCODE, g->iLine, g->iCol, "an entry without a code is skipped");
    return TOCSIN_OK;
  }
  size_t nDated = 0;
  for (size_t i = 0; i < nCode; i++) nDated += g->aCode[i].bDated;
  int bAddNull = nDated == nCode;
  PCode *aCode = arena_alloc(p->pd->pArena, (nCode + (size_t)bAddNull) * sizeof(PCode));
  if (!aCode) return oom(p);
  size_t k = 0;
  for (size_t i = 0; i < nCode; i++)
    if (g->aCode[i].bDated) aCode[k++] = g->aCode[i];
  for (size_t i = 0; i < nCode; i++)
    if (!g->aCode[i].bDated) aCode[k++] = g->aCode[i];
  if (bAddNull) {
    aCode[k].zCode = "---";
    aCode[k].from = INT32_MIN;
    aCode[k].to = INT32_MAX;
    aCode[k].bDated = 0;
    k++;
  }
  int32_t iHead = -1;
  for (size_t i = 0; i < nPhrase; i++) {
    PEntry e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind;
    e.phrase = g->aPhrase[i];
    e.aCode = aCode;
    e.nCode = (uint32_t)k;
    e.zFile = p->zFile;
    e.iLine = g->aLine[i];
    e.iGroup = iHead < 0 ? (uint32_t)p->pd->nEntry : (uint32_t)iHead;
    int32_t iNew = patdict_add_entry(p->pd, &e);
    if (iNew < 0) return oom(p);
    if (iHead < 0) iHead = iNew;
    if (kind == PK_ACTOR) p->pStats->nActor++;
    else p->pStats->nAgent++;
  }
  return TOCSIN_OK;
}

/* Adds the phrases of z[s..m) to g: one phrase, or several when a blank is
** followed by '+' ("+TAIOAN_ +TAWIAN_", counted PW_MULTISYN). */
static int add_synonyms(Loader *p, Group *g, const char *z, size_t s, size_t m, int iLine, int iCol0) {
  size_t a = s;
  int bMulti = 0;
  for (size_t j = s; j <= m; j++) {
    int bSplit = j < m && z[j] == '+' && j > s && (z[j - 1] == ' ' || z[j - 1] == '\t');
    if (j < m && !bSplit) continue;
    if (bSplit && !bMulti) {
      ld_warn(p, PW_MULTISYN, iLine, iCol0 + (int)j, "several '+' synonyms on one line");
      bMulti = 1;
    }
    size_t b = trim_end(z, j);
    size_t aa = skip_blanks(z, b, a);
    if (aa >= b) return ld_err(p, iLine, iCol0 + (int)a, "expected a phrase");
    PPhrase ph;
    int rc = parse_words(p, z + aa, b - aa, &ph, iLine, iCol0 + (int)aa);
    if (rc) return rc;
    if (!group_add_phrase(g, &ph, iLine)) return oom(p);
    a = j + 1;
  }
  return TOCSIN_OK;
}

/* An actors file: "PHRASE [CODE]..." lines opening a group, "+SYNONYM"
** lines adding to it, and "[CODE RESTRICTION]" lines (indented or not)
** adding codes to it. */
static int load_actors(Loader *p) {
  Group g;
  memset(&g, 0, sizeof g);
  int rc = TOCSIN_OK;
  char *z;
  size_t n;
  int iCol0;
  while (!rc && ld_line(p, &z, &n, &iCol0)) {
    if (!n) continue;
    if (z[0] == '[') {
      if (!g.bOpen) {
        rc = ld_err(p, p->iLine, iCol0, "expected an actor before its code line [..]");
        break;
      }
      rc = parse_code_blocks(p, &g, z, n, 0, p->iLine, iCol0, 0);
      continue;
    }
    size_t s = 0;
    if (z[0] == '+') {
      if (!g.bOpen) {
        rc = ld_err(p, p->iLine, iCol0, "expected an actor before its '+' synonym");
        break;
      }
      s = 1;
    } else {
      if ((rc = group_flush(p, &g, PK_ACTOR))) break;
      g.bOpen = 1;
      g.iLine = p->iLine;
      g.iCol = iCol0;
    }
    size_t m = find_char(z, n, 0, '[');
    if ((rc = add_synonyms(p, &g, z, s, m, p->iLine, iCol0))) break;
    if (m < n) rc = parse_code_blocks(p, &g, z, n, m, p->iLine, iCol0, 0);
  }
  if (!rc) rc = group_flush(p, &g, PK_ACTOR);
  group_free(&g);
  return rc;
}

/* A growable list of malloc'ed strings. */
typedef struct StrVec { char **a; size_t n, nAlloc; } StrVec;

static void strvec_clear(StrVec *v) {
  for (size_t i = 0; i < v->n; i++) free(v->a[i]);
  v->n = 0;
}

static void strvec_free(StrVec *v) {
  strvec_clear(v);
  free(v->a);
  memset(v, 0, sizeof *v);
}

/* Appends z1[0..n1) z2[0..n2) z3[0..n3) as one string; bDropBang: without '!' in z3. 0 on OOM. */
static int strvec_push3(StrVec *v, const char *z1, size_t n1, const char *z2, size_t n2, const char *z3, size_t n3,
                        int bDropBang) {
  if (!vec_grow((void **)&v->a, &v->nAlloc, v->n, sizeof(char *))) return 0;
  char *z = malloc(n1 + n2 + n3 + 1);
  if (!z) return 0;
  memcpy(z, z1, n1);
  memcpy(z + n1, z2, n2);
  size_t k = n1 + n2;
  for (size_t i = 0; i < n3; i++)
    if (!bDropBang || z3[i] != '!') z[k++] = z3[i];
  z[k] = 0;
  v->a[v->n++] = z;
  return 1;
}

static void markers_free(Marker *a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(a[i].zName);
    for (size_t k = 0; k < a[i].nItem; k++) free(a[i].azItem[k]);
    free(a[i].azItem);
  }
  free(a);
}

/* Parses "!NAME! = ITEM, ITEM, ..." into a marker (replacing one of the same
** name). Items are trimmed; empty ones are dropped. */
static int define_marker(Loader *p, Marker **paMarker, size_t *pnMarker, size_t *pnAlloc, const char *z, size_t n,
                         int iCol0) {
  size_t j = z[0] == '!' ? find_char(z, n, 1, '!') : n;
  if (z[0] != '!' || j >= n || j == 1)
    return ld_err(p, p->iLine, iCol0, "expected '!NAME! = ITEM, ITEM, ...' defining a substitution set");
  size_t e = skip_blanks(z, n, j + 1);
  if (e >= n || z[e] != '=') return ld_err(p, p->iLine, iCol0 + (int)e, "expected '=' after the marker !%.*s!",
                                           (int)(j - 1), z + 1);
  Marker *m = NULL;
  for (size_t i = 0; i < *pnMarker; i++)
    if (strlen((*paMarker)[i].zName) == j - 1 && !memcmp((*paMarker)[i].zName, z + 1, j - 1)) m = &(*paMarker)[i];
  if (!m) {
    if (!vec_grow((void **)paMarker, pnAlloc, *pnMarker, sizeof(Marker))) return oom(p);
    m = &(*paMarker)[(*pnMarker)++];
    memset(m, 0, sizeof *m);
    if (!(m->zName = strndup(z + 1, j - 1))) return oom(p);
  } else {
    for (size_t k = 0; k < m->nItem; k++) free(m->azItem[k]);
    m->nItem = 0;
  }
  size_t nItemAlloc = 0;   /* realloc keeps what was there */
  size_t a = e + 1;
  while (a <= n) {
    size_t b = find_char(z, n, a, ',');
    size_t aa = skip_blanks(z, b, a), bb = trim_end(z, b);
    if (bb > aa) {
      if (!vec_grow((void **)&m->azItem, &nItemAlloc, m->nItem, sizeof(char *))) return oom(p);
      if (!(m->azItem[m->nItem] = strndup(z + aa, bb - aa))) return oom(p);
      m->nItem++;
    }
    a = b + 1;
  }
  if (!m->nItem) return ld_err(p, p->iLine, iCol0 + (int)e + 1, "expected the items of !%s! after '='", m->zName);
  return TOCSIN_OK;
}

/* Appends to *pOut the phrases z[0..n) stands for: itself, or, with a
** "!NAME!" marker, one phrase per item of the set (a further marker in the
** same phrase loses its '!', PW_MARKER2). *pbSkip is set (and counted,
** PW_MARKER) for an unclosed or undefined marker, which PETRARCH skips. */
static int expand_marker(Loader *p, const Marker *aMarker, size_t nMarker, const char *z, size_t n, int iCol0,
                         StrVec *pOut, int *pbSkip) {
  size_t i = find_char(z, n, 0, '!');
  if (i >= n) return strvec_push3(pOut, z, n, "", 0, "", 0, 0) ? TOCSIN_OK : oom(p);
  size_t j = find_char(z, n, i + 1, '!');
  const Marker *m = NULL;
  for (size_t k = 0; j < n && k < nMarker; k++)
    if (strlen(aMarker[k].zName) == j - i - 1 && !memcmp(aMarker[k].zName, z + i + 1, j - i - 1)) m = &aMarker[k];
  if (!m) {
    ld_warn(p, PW_MARKER, p->iLine, iCol0 + (int)i,
            j < n ? "substitution marker not defined: line skipped" : "substitution marker without its closing '!'");
    *pbSkip = 1;
    return TOCSIN_OK;
  }
  if (find_char(z, n, j + 1, '!') < n)
    ld_warn(p, PW_MARKER2, p->iLine, iCol0 + (int)j + 1, "a second substitution marker: its '!' dropped");
  for (size_t k = 0; k < m->nItem; k++)
    if (!strvec_push3(pOut, z, i, m->azItem[k], strlen(m->azItem[k]), z + j + 1, n - j - 1, 1)) return oom(p);
  return TOCSIN_OK;
}

/* An agents file: "!NAME! = A, B" sets, and "PHRASE {PLURAL} [CODE]" lines.
** Without {..} PETRARCH forms the regular plural; the matcher's endings
** cover "+S"/"+ES", so only a consonant + "Y" -> "IES" plural is added.
** "{}" means no plural. Marker lines get no automatic plural (their sets
** list the plurals). A line without [CODE] is skipped (PW_NOCODE). */
static int load_agents(Loader *p) {
  Marker *aMarker = NULL;
  size_t nMarker = 0, nMarkerAlloc = 0;
  Group g;
  memset(&g, 0, sizeof g);
  StrVec v = {0};
  int rc = TOCSIN_OK;
  char *z;
  size_t n;
  int iCol0;
  while (!rc && ld_line(p, &z, &n, &iCol0)) {
    if (!n) continue;
    size_t m = find_char(z, n, 0, '[');
    if (find_char(z, n, 0, '!') < n && find_char(z, n, 0, '=') < m) {
      rc = define_marker(p, &aMarker, &nMarker, &nMarkerAlloc, z, n, iCol0);
      continue;
    }
    if (m >= n) {
      ld_warn(p, PW_NOCODE, p->iLine, iCol0, "an agent without a [CODE] is skipped");
      continue;
    }
    size_t b = find_char(z, m, 0, '{'), nSing = b, iPl = 0, nPl = 0;
    int bBraces = b < m;
    if (bBraces) {
      size_t e = find_char(z, m, b + 1, '}');
      if (e >= m) { rc = ld_err(p, p->iLine, iCol0 + (int)b, "expected '}' closing the plural forms"); break; }
      if (skip_blanks(z, m, e + 1) < m) {
        rc = ld_err(p, p->iLine, iCol0 + (int)skip_blanks(z, m, e + 1), "expected '[CODE]' after the plural forms");
        break;
      }
      iPl = skip_blanks(z, e, b + 1);
      nPl = trim_end(z, e) - iPl;
    }
    nSing = trim_end(z, nSing);
    if (!nSing) { rc = ld_err(p, p->iLine, iCol0, "expected an agent phrase before its code"); break; }
    g.bOpen = 1;
    g.iLine = p->iLine;
    g.iCol = iCol0;
    if ((rc = parse_code_blocks(p, &g, z, n, m, p->iLine, iCol0, 1))) break;
    int bSkip = 0;
    int bMarker = find_char(z, nSing, 0, '!') < nSing;
    strvec_clear(&v);
    if ((rc = expand_marker(p, aMarker, nMarker, z, nSing, iCol0, &v, &bSkip))) break;
    size_t nSingular = v.n;
    if (!bSkip && nPl) rc = expand_marker(p, aMarker, nMarker, z + iPl, nPl, iCol0 + (int)iPl, &v, &bSkip);
    if (rc) break;
    if (bSkip) {
      g.bOpen = 0;
      g.nCode = 0;
      continue;
    }
    if (!bBraces && !bMarker) {
      size_t k = nSing;
      while (k && z[k - 1] == '_') k--;
      if (k > 1 && (z[k - 1] == 'Y' || z[k - 1] == 'y') && !is_vowel((char)(z[k - 2] & ~0x20)) &&
          !strvec_push3(&v, z, k - 1, "IES", 3, "", 0, 0)) {
        rc = oom(p);
        break;
      }
    }
    for (size_t i = 0; i < v.n && !rc; i++) {
      PPhrase ph;
      int iCol = iCol0 + (i < nSingular ? 0 : (int)iPl);
      rc = parse_words(p, v.a[i], strlen(v.a[i]), &ph, p->iLine, iCol);
      /* {..} lists the plurals (none for "{}"): no regular endings then */
      if (!rc && bBraces && ph.n && ph.a[ph.n - 1].kind == PE_WORD) ph.a[ph.n - 1].fNoEnd = 1;
      if (!rc && !group_add_phrase(&g, &ph, p->iLine)) rc = oom(p);
    }
    if (!rc) rc = group_flush(p, &g, PK_AGENT);
  }
  group_free(&g);
  strvec_free(&v);
  markers_free(aMarker, nMarker);
  return rc;
}

/* ---- discards and issues ------------------------------------------------------ */

static int phrase_equal(const PPhrase *a, const PPhrase *b) {
  if (a->n != b->n) return 0;
  for (uint32_t k = 0; k < a->n; k++)
    if (a->a[k].kind != b->a[k].kind || a->a[k].iWord != b->a[k].iWord) return 0;
  return 1;
}

/* Adds one words-only entry of kind (discard or issue) for z[0..n); its
** group is *piGroup (set to the new entry when -1). A phrase equal to one
** already in the group is not added again. */
static int add_plain_entry(Loader *p, int kind, const char *z, size_t n, int iCol, int bStory, const char *zIssue,
                           int32_t *piGroup) {
  PEntry e;
  memset(&e, 0, sizeof e);
  int rc = parse_words(p, z, n, &e.phrase, p->iLine, iCol);
  if (rc) return rc;
  for (size_t k = *piGroup < 0 ? p->pd->nEntry : (size_t)*piGroup; k < p->pd->nEntry; k++)
    if (phrase_equal(&p->pd->aEntry[k].phrase, &e.phrase)) return TOCSIN_OK;
  e.kind = (uint8_t)kind;
  e.bStory = (uint8_t)bStory;
  e.zIssue = zIssue;
  e.zFile = p->zFile;
  e.iLine = p->iLine;
  e.iGroup = *piGroup < 0 ? (uint32_t)p->pd->nEntry : (uint32_t)*piGroup;
  int32_t iNew = patdict_add_entry(p->pd, &e);
  if (iNew < 0) return oom(p);
  if (*piGroup < 0) *piGroup = iNew;
  if (kind == PK_DISCARD) p->pStats->nDiscard++;
  else p->pStats->nIssue++;
  return TOCSIN_OK;
}

/* A discards file: one phrase a line, "+PHRASE" discarding the whole story. */
static int load_discards(Loader *p) {
  int rc = TOCSIN_OK;
  char *z;
  size_t n;
  int iCol0;
  while (!rc && ld_line(p, &z, &n, &iCol0)) {
    if (!n) continue;
    int bStory = z[0] == '+';
    size_t a = skip_blanks(z, n, (size_t)bStory);
    if (a >= n) { rc = ld_err(p, p->iLine, iCol0 + (int)a, "expected a phrase after '+'"); break; }
    int32_t iGroup = -1;
    rc = add_plain_entry(p, PK_DISCARD, z + a, n - a, iCol0 + (int)a, bStory, NULL, &iGroup);
  }
  return rc;
}

#define ISSUE_MAX_VARIANTS 4096

/* Appends to *pOut the forms PETRARCH's issue expansions give z: "n:WORD"
** the word and its plural (Y -> IES, else S); "v:WORD" the word, +S, +ED
** (+D after E) and +ING (E dropped). PETRARCH writes each '+' as ' ' and as
** '-'; patdict_parse_phrase reads a hyphen as a join, so both are one
** phrase here and '+' simply becomes ' '. */
static int issue_expand(Loader *p, const char *z, StrVec *pOut, int iCol) {
  if (pOut->n >= ISSUE_MAX_VARIANTS)
    return ld_err(p, p->iLine, iCol, "expected fewer than %d expansions of '+', 'n:' and 'v:' in one phrase",
                  ISSUE_MAX_VARIANTS);
  size_t n = strlen(z);
  size_t i;
  for (i = 0; i + 1 < n; i++) {
    char c = (char)(z[i] | 0x20);
    if ((c == 'n' || c == 'v') && z[i + 1] == ':' && (i == 0 || z[i - 1] == ' ' || z[i - 1] == '+')) break;
  }
  if (i + 1 >= n) return strvec_push3(pOut, z, n, "", 0, "", 0, 0) ? TOCSIN_OK : oom(p);
  int bVerb = (z[i] | 0x20) == 'v';
  size_t w = i + 2, we = find_char(z, n, w, ' ');
  const char *zWord = z + w, *zRest = z + we;
  size_t nWord = we - w, nRest = n - we;
  char last = nWord ? (char)(zWord[nWord - 1] & ~0x20) : 0;
  StrVec forms = {0};
  int ok = strvec_push3(&forms, z, i, zWord, nWord, zRest, nRest, 0);
  if (!bVerb) {
    ok = ok && (last == 'Y' ? strvec_push3(&forms, z, i, zWord, nWord - 1, "IES", 3, 0)
                            : strvec_push3(&forms, z, i, zWord, nWord, "S", 1, 0));
  } else {
    ok = ok && strvec_push3(&forms, z, i, zWord, nWord, "S", 1, 0);
    ok = ok && strvec_push3(&forms, z, i, zWord, nWord, last == 'E' ? "D" : "ED", last == 'E' ? 1 : 2, 0);
    ok = ok && strvec_push3(&forms, z, i, zWord, nWord - (last == 'E'), "ING", 3, 0);
  }
  int rc = ok ? TOCSIN_OK : oom(p);
  for (size_t k = 0; !rc && k < forms.n; k++) {
    size_t nf = strlen(forms.a[k]);
    if (k > 0) {   /* append the rest after the inflected word */
      char *zf = realloc(forms.a[k], nf + nRest + 1);
      if (!zf) { rc = oom(p); break; }
      memcpy(zf + nf, zRest, nRest + 1);
      forms.a[k] = zf;
    }
    rc = issue_expand(p, forms.a[k], pOut, iCol);
  }
  strvec_free(&forms);
  return rc;
}

/* Adds the issue entries of phrase z[0..n) (copied, expanded) with code zCode. */
static int add_issue(Loader *p, const char *z, size_t n, int iCol, const char *zCode, StrVec *pv) {
  char *zCopy = strndup(z, n);
  if (!zCopy) return oom(p);
  strvec_clear(pv);
  int rc = issue_expand(p, zCopy, pv, iCol);
  free(zCopy);
  int32_t iGroup = -1;
  for (size_t i = 0; !rc && i < pv->n; i++) {
    for (char *q = pv->a[i]; *q; q++)
      if (*q == '+') *q = ' ';
    rc = add_plain_entry(p, PK_ISSUE, pv->a[i], strlen(pv->a[i]), iCol, 0, zCode, &iGroup);
  }
  return rc;
}

/* An issues file: <ISSUE ..> section tags (ignored), "PHRASE [CODE]" lines,
** "~PHRASE" (sentence) and "~~PHRASE" (story) exclusions, coded "~" and "~~"
** as PETRARCH does. Lines without a code are skipped, as PETRARCH does
** (PW_ISSUE_NOCODE). */
static int load_issues(Loader *p) {
  StrVec v = {0};
  int rc = TOCSIN_OK;
  char *z;
  size_t n;
  int iCol0;
  while (!rc && ld_line(p, &z, &n, &iCol0)) {
    if (!n || z[0] == '<') continue;
    if (z[0] == '~') {
      int bStory = n > 1 && z[1] == '~';
      size_t a = skip_blanks(z, n, bStory ? 2 : 1);
      size_t m = trim_end(z, find_char(z, n, a, '['));
      if (a >= m) { rc = ld_err(p, p->iLine, iCol0 + (int)a, "expected a phrase after '~'"); break; }
      rc = add_issue(p, z + a, m - a, iCol0 + (int)a, bStory ? "~~" : "~", &v);
      continue;
    }
    size_t a = 0;
    for (;;) {
      size_t m = find_char(z, n, a, '[');
      if (m >= n) {
        if (a == 0) ld_warn(p, PW_ISSUE_NOCODE, p->iLine, iCol0, "an issue phrase without [CODE] is skipped");
        else if (skip_blanks(z, n, a) < n) ld_warn(p, PW_TRAILING, p->iLine, iCol0 + (int)a, "text after the code ignored");
        break;
      }
      size_t e = find_char(z, n, m + 1, ']');
      if (e >= n) { rc = ld_err(p, p->iLine, iCol0 + (int)m, "expected ']' closing the issue code"); break; }
      const char *zCode = NULL;
      if ((rc = verb_code(p, z + m + 1, e - m - 1, p->iLine, iCol0 + (int)m + 1, &zCode))) break;
      size_t aa = skip_blanks(z, m, a), mm = trim_end(z, m);
      if (aa >= mm) {
        ld_warn(p, PW_ISSUE_EMPTY, p->iLine, iCol0 + (int)m, "an issue code without a phrase is skipped");
      } else {
        if (a > 0) ld_warn(p, PW_ISSUE_TWO, p->iLine, iCol0 + (int)aa, "two issue entries on one line");
        if ((rc = add_issue(p, z + aa, mm - aa, iCol0 + (int)aa, zCode, &v))) break;
      }
      a = e + 1;
      if (skip_blanks(z, n, a) >= n) break;
    }
  }
  strvec_free(&v);
  return rc;
}

/* ---- verbs ------------------------------------------------------------------ */

enum { CTX_NONE, CTX_SYNSET, CTX_BLOCK };

typedef struct VerbState {
  int ctx;                 /* what '+' lines belong to */
  int32_t iSyn;            /* the synset being declared */
  int bSynNoEnd;           /* its name ended in '_': no plurals */
  int bBlock;              /* a "--- NAME [CODE] ---" block is open */
  const char *zBlockCode;
  uint32_t *aBlockVerb; size_t nBlockVerb, nBlockVerbAlloc;
  BlockPat *aBlockPat; size_t nBlockPat, nBlockPatAlloc;
  int32_t iLastVerb;       /* for a "{FORMS}" line of its own */
  uint32_t *aSlot; size_t nSlot, nKey;   /* root phrase -> iVerb + 1 (open addressing) */
  StrVec alias;            /* pairs: "&FIGHT_OF_WORDS", "&FIGHTOFWORDS" */
} VerbState;

static void verbstate_free(VerbState *s) {
  free(s->aBlockVerb);
  free(s->aBlockPat);
  free(s->aSlot);
  strvec_free(&s->alias);
}

static uint64_t phrase_hash(const PPhrase *ph) {
  uint64_t h = 0;
  for (uint32_t k = 0; k < ph->n; k++) h = h * 31 + (ph->a[k].kind == PE_WORD ? ph->a[k].iWord : 0xFFFFu);
  return hash_bytes(&h, sizeof h);
}

/* The verb whose root is ph, or -1. */
static int32_t root_find(const Loader *p, const VerbState *s, const PPhrase *ph) {
  if (!s->nSlot) return -1;
  for (size_t i = phrase_hash(ph) & (s->nSlot - 1);; i = (i + 1) & (s->nSlot - 1)) {
    if (!s->aSlot[i]) return -1;
    if (phrase_equal(&p->pd->aVerb[s->aSlot[i] - 1].root, ph)) return (int32_t)s->aSlot[i] - 1;
  }
}

static int root_insert(const Loader *p, VerbState *s, uint32_t iVerb) {
  if (2 * (s->nKey + 1) > s->nSlot) {
    size_t nNew = s->nSlot ? 2 * s->nSlot : 1024;
    uint32_t *a = calloc(nNew, sizeof(uint32_t));
    if (!a) return 0;
    for (size_t k = 0; k < s->nSlot; k++) {
      if (!s->aSlot[k]) continue;
      size_t i = phrase_hash(&p->pd->aVerb[s->aSlot[k] - 1].root) & (nNew - 1);
      while (a[i]) i = (i + 1) & (nNew - 1);
      a[i] = s->aSlot[k];
    }
    free(s->aSlot);
    s->aSlot = a;
    s->nSlot = nNew;
  }
  size_t i = phrase_hash(&p->pd->aVerb[iVerb].root) & (s->nSlot - 1);
  while (s->aSlot[i]) i = (i + 1) & (s->nSlot - 1);
  s->aSlot[i] = iVerb + 1;
  s->nKey++;
  return 1;
}

/* Copies the pattern or synset-member text z[0..n) into p->scratch, column
** for column, for patdict_parse_phrase: PETRARCH's noun-phrase braces and
** prepositional-phrase parentheses become blanks (their words stay, in
** order; a "{a | b}" with '|' is TABARI's alternatives and is kept), and a
** synset declared with '_' inside its name is renamed to its alias. Sets
** *pbUndef (with the column in *piUndef) when a synset is not declared. */
static int rewrite_pattern(Loader *p, const VerbState *s, const char *z, size_t n, int *pbUndef, size_t *piUndef) {
  Buf *b = &p->scratch;
  b->n = 0;
  if (!buf_reserve(b, n + 1)) return oom(p);
  memcpy(b->z, z, n);
  b->z[n] = 0;
  b->n = n;
  char *w = b->z;
  *pbUndef = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i] == '(' || w[i] == ')') {
      w[i] = ' ';
    } else if (w[i] == '{') {
      size_t e = find_char(w, n, i + 1, '}');
      if (e < n && find_char(w, e, i + 1, '|') >= e) w[i] = w[e] = ' ';
    } else if (w[i] == '&') {
      size_t j = i + 1;
      while (j < n && (is_alnum((unsigned char)w[j]) || w[j] == '_')) j++;
      size_t k = j;
      while (k > i + 1 && w[k - 1] == '_') k--;
      for (size_t q = i; q < k; q++) w[q] = (char)(w[q] >= 'a' && w[q] <= 'z' ? w[q] - 32 : w[q]);
      for (size_t a = 0; a + 1 < s->alias.n; a += 2) {
        const char *zFrom = s->alias.a[a];
        if (strlen(zFrom) == k - i && !memcmp(zFrom, w + i, k - i)) {
          size_t nTo = strlen(s->alias.a[a + 1]);
          memcpy(w + i, s->alias.a[a + 1], nTo);
          memset(w + i + nTo, ' ', k - i - nTo);
          k = i + nTo;
          break;
        }
      }
      size_t e = i + 1;
      while (e < k && is_alnum((unsigned char)w[e])) e++;
      char zName[256];
      if (e - i < sizeof zName && e > i + 1 && !*pbUndef) {
        memcpy(zName, w + i, e - i);
        zName[e - i] = 0;
        if (patdict_synset(p->pd, zName, 0) < 0) {
          *pbUndef = 1;
          *piUndef = i;
        }
      }
      i = j - 1;
    }
  }
  return TOCSIN_OK;
}

/* "&NAME" declares (or reopens) a synset. A trailing '_' (no plurals) is
** dropped from the name; a name with '_' inside ("&FIGHT_OF_WORDS") is
** registered without them, as patdict_parse_phrase reads '_' after a name as
** a join. */
static int verb_synset(Loader *p, VerbState *s, const char *z, size_t n, int iCol0) {
  size_t j = 1;
  while (j < n && (is_alnum((unsigned char)z[j]) || z[j] == '_')) j++;
  if (skip_blanks(z, n, j) < n)
    return ld_err(p, p->iLine, iCol0 + (int)skip_blanks(z, n, j), "expected only the synset name on its '&NAME' line");
  size_t k = j;
  while (k > 1 && z[k - 1] == '_') k--;
  if (k <= 1) return ld_err(p, p->iLine, iCol0 + 1, "expected a synset name after '&'");
  char *zName = malloc(k + 1), *zAlias = malloc(k + 1);
  if (!zName || !zAlias) {
    free(zName);
    free(zAlias);
    return oom(p);
  }
  size_t nAlias = 0;
  for (size_t q = 0; q < k; q++) {
    zName[q] = (char)(z[q] >= 'a' && z[q] <= 'z' ? z[q] - 32 : z[q]);
    if (zName[q] != '_') zAlias[nAlias++] = zName[q];
  }
  zName[k] = zAlias[nAlias] = 0;
  int rc = TOCSIN_OK;
  if (nAlias < k) {
    int32_t iOld = patdict_synset(p->pd, zAlias, 0);
    int bMine = 0;
    for (size_t a = 0; a + 1 < s->alias.n; a += 2) bMine |= !strcmp(s->alias.a[a], zName);
    if (iOld >= 0 && !bMine)
      rc = ld_err(p, p->iLine, iCol0, "synset %s would collide with %s once its '_' are dropped", zName, zAlias);
    else if (!bMine && (!strvec_push3(&s->alias, zName, k, "", 0, "", 0, 0) ||
                        !strvec_push3(&s->alias, zAlias, nAlias, "", 0, "", 0, 0)))
      rc = oom(p);
  }
  if (!rc) {
    s->iSyn = patdict_synset(p->pd, zAlias, 1);
    if (s->iSyn < 0) rc = oom(p);
  }
  free(zName);
  free(zAlias);
  s->bSynNoEnd = j > k;
  s->ctx = CTX_SYNSET;
  p->pStats->nSynset++;
  return rc;
}

static int synset_add(Loader *p, uint32_t iSet, const PPhrase *ph) {
  PSet *set = &p->pd->aSet[iSet];
  if (!vec_grow((void **)&set->a, &set->nAlloc, set->n, sizeof(PPhrase))) return oom(p);
  set->a[set->n++] = *ph;
  p->pStats->nMember++;
  return TOCSIN_OK;
}

/* "+MEMBER" of the open synset: consecutive whole words (or &SET). A member
** ending in '_', or of a synset whose name did, takes no endings; a noun
** ending in consonant + Y also gets its "IES" plural (PETRARCH forms the
** plurals; the matcher's endings cover the others). */
static int verb_member(Loader *p, VerbState *s, const char *z, size_t n, int iCol0) {
  size_t a = skip_blanks(z, n, 1);
  if (a >= n) return ld_err(p, p->iLine, iCol0 + 1, "expected a synset member after '+'");
  int bUndef;
  size_t iUndef;
  int rc = rewrite_pattern(p, s, z + a, n - a, &bUndef, &iUndef);
  if (rc) return rc;
  if (bUndef) return ld_err(p, p->iLine, iCol0 + (int)(a + iUndef), "expected a synset declared before this one");
  PPhrase ph;
  rc = patdict_parse_phrase(p->pd, p->scratch.z, p->scratch.n, PP_SYNSET, &ph, p->zFile, p->iLine, iCol0 + (int)a,
                            p->pErr);
  if (rc) return rc;
  phrase_petrarch(&ph, 0);
  PElem *pLast = &ph.a[ph.n - 1];
  if (z[n - 1] == '_' || s->bSynNoEnd) pLast->fNoEnd = 1;
  if ((rc = synset_add(p, (uint32_t)s->iSyn, &ph))) return rc;
  if (pLast->kind == PE_WORD && !pLast->fNoEnd && pLast->n > 1 && pLast->z[pLast->n - 1] == 'Y' &&
      !is_vowel(pLast->z[pLast->n - 2])) {
    PPhrase pl = ph;
    pl.a = arena_alloc(p->pd->pArena, ph.n * sizeof(PElem));
    char *zw = arena_alloc(p->pd->pArena, pLast->n + 3);
    if (!pl.a || !zw) return oom(p);
    memcpy(pl.a, ph.a, ph.n * sizeof(PElem));
    memcpy(zw, pLast->z, pLast->n - 1);
    memcpy(zw + pLast->n - 1, "IES", 4);
    PElem *e = &pl.a[ph.n - 1];
    e->z = zw;
    e->n = pLast->n + 2;
    e->iWord = intern_id(&p->pd->vocab, p->pd->pArena, zw, e->n, 1);
    if (e->iWord == TOK_NONE) return oom(p);
    rc = synset_add(p, (uint32_t)s->iSyn, &pl);
  }
  return rc;
}

/* "--- NAME [CODE] ---" opens a block; no code means the null code "---". */
static int verb_header(Loader *p, VerbState *s, const char *z, size_t n, int iCol0) {
  size_t m = find_char(z, n, 3, '[');
  const char *zCode = "---";
  if (m < n) {
    size_t e = find_char(z, n, m + 1, ']');
    if (e >= n) return ld_err(p, p->iLine, iCol0 + (int)m, "expected ']' closing the block code");
    int rc = verb_code(p, z + m + 1, e - m - 1, p->iLine, iCol0 + (int)m + 1, &zCode);
    if (rc) return rc;
    if (find_char(z, n, e + 1, '[') < n)
      ld_warn(p, PW_HEADCODES, p->iLine, iCol0 + (int)find_char(z, n, e + 1, '['),
              "a second code in a block header ignored");
  }
  s->bBlock = 1;
  s->zBlockCode = zCode;
  s->nBlockVerb = s->nBlockPat = 0;
  s->iLastVerb = -1;
  s->ctx = CTX_BLOCK;
  return TOCSIN_OK;
}

/* "- words * words [CODE]": a pattern of every verb of the open block (those
** listed so far and those that follow). */
static int verb_pattern(Loader *p, VerbState *s, const char *z, size_t n, int iCol0) {
  if (!s->bBlock)
    return ld_err(p, p->iLine, iCol0, "expected a '--- NAME [CODE] ---' block header before its patterns");
  size_t m = n;
  while (m > 1 && z[m - 1] != '[') m--;
  if (m <= 1) return ld_err(p, p->iLine, iCol0 + (int)n, "expected a code [CODE] at the end of the pattern");
  m--;
  size_t e = find_char(z, n, m + 1, ']');
  if (e >= n) return ld_err(p, p->iLine, iCol0 + (int)m, "expected ']' closing the code");
  if (skip_blanks(z, n, e + 1) < n)
    return ld_err(p, p->iLine, iCol0 + (int)skip_blanks(z, n, e + 1), "expected nothing after the pattern's code");
  const char *zCode;
  int rc = verb_code(p, z + m + 1, e - m - 1, p->iLine, iCol0 + (int)m + 1, &zCode);
  if (rc) return rc;
  int bUndef;
  size_t iUndef;
  if ((rc = rewrite_pattern(p, s, z + 1, m - 1, &bUndef, &iUndef))) return rc;
  if (bUndef) {
    ld_warn(p, PW_UNDEF_SYNSET, p->iLine, iCol0 + 1 + (int)iUndef, "a pattern naming an undeclared synset is skipped");
    return TOCSIN_OK;
  }
  BlockPat bp;
  rc = patdict_parse_phrase(p->pd, p->scratch.z, p->scratch.n, PP_PATTERN, &bp.phrase, p->zFile, p->iLine,
                            iCol0 + 1, p->pErr);
  if (rc) return rc;
  phrase_petrarch(&bp.phrase, 1);
  bp.zCode = zCode;
  bp.iLine = p->iLine;
  if (!vec_grow((void **)&s->aBlockPat, &s->nBlockPatAlloc, s->nBlockPat, sizeof(BlockPat))) return oom(p);
  s->aBlockPat[s->nBlockPat++] = bp;
  p->pStats->nPattern++;
  for (size_t i = 0; i < s->nBlockVerb; i++) {
    if (!patdict_add_pattern(p->pd, s->aBlockVerb[i], &bp.phrase, zCode, p->zFile, bp.iLine)) return oom(p);
    p->pStats->nPatternUse++;
  }
  return TOCSIN_OK;
}

/* Parses one verb or form token z[0..n) ("+ASK_FOR", "WIRE_+TAP", "SAID"):
** consecutive whole words; '+' marks the word that is the verb (*piVerb,
** 0 when unmarked). */
static int parse_root(Loader *p, const char *z, size_t n, int iCol, PPhrase *pOut, uint32_t *piVerb) {
  Buf *b = &p->scratch;
  b->n = 0;
  if (!buf_reserve(b, n + 1)) return oom(p);
  uint32_t nWord = 0;
  int bInWord = 0;
  *piVerb = 0;
  for (size_t i = 0; i < n; i++) {
    char c = z[i];
    int bSep = c == ' ' || c == '\t' || c == '_' || c == '-' || c == '+';
    if (c == '+') {
      *piVerb = nWord;
      c = ' ';
    }
    if (!bSep && !bInWord) nWord++;
    bInWord = !bSep;
    b->z[b->n++] = c;
  }
  b->z[b->n] = 0;
  int rc = patdict_parse_phrase(p->pd, b->z, b->n, PP_ROOT, pOut, p->zFile, p->iLine, iCol, p->pErr);
  if (rc) return rc;
  phrase_petrarch(pOut, 0);
  if (*piVerb >= pOut->n) *piVerb = pOut->n - 1;
  return TOCSIN_OK;
}

/* Adds form ph to verb iVerb unless it is its root or already one of its forms. */
static int add_form_once(Loader *p, uint32_t iVerb, const PPhrase *ph) {
  const PVerb *v = &p->pd->aVerb[iVerb];
  if (phrase_equal(&v->root, ph)) return TOCSIN_OK;
  for (size_t k = 0; k < v->nForm; k++)
    if (phrase_equal(&v->aForm[k], ph)) return TOCSIN_OK;
  if (!patdict_add_form(p->pd, iVerb, ph)) return oom(p);
  p->pStats->nForm++;
  return TOCSIN_OK;
}

/* Adds the regular forms (3rd person, past, -ing) of verb iVerb, inflecting
** word iWord of its root, as PETRARCH generates them for a verb without
** {FORMS}. The matcher already takes a first word plus a regular ending
** (patdict_word_match), so for a verb that is the first word only the forms
** it cannot reach that way are added: Y -> IES/IED and a dropped E before ING. */
static int add_regular_forms(Loader *p, uint32_t iVerb, uint32_t iWord) {
  const PPhrase root = p->pd->aVerb[iVerb].root;
  const PElem *w = &root.a[iWord];
  if (w->kind != PE_WORD || w->n < 2) return TOCSIN_OK;
  const char *z = w->z;
  size_t n = w->n;
  char cLast = z[n - 1], cPrev = z[n - 2];
  int bConsY = cLast == 'Y' && !is_vowel(cPrev);
  int bSibilant = cLast == 'S' || cLast == 'X' || cLast == 'Z' || (cLast == 'H' && (cPrev == 'C' || cPrev == 'S'));
  int bDropE = cLast == 'E' && !is_vowel(cPrev) && n > 2;
  struct { size_t nKeep; const char *zEnd; } aForm[3] = {
    {bConsY ? n - 1 : n, bConsY ? "IES" : bSibilant ? "ES" : "S"},
    {bConsY ? n - 1 : n, bConsY ? "IED" : cLast == 'E' ? "D" : "ED"},
    {bDropE ? n - 1 : n, "ING"},
  };
  for (int k = 0; k < 3; k++) {
    int bReachable = aForm[k].nKeep == n;   /* the word itself plus an ending */
    if (iWord == 0 && bReachable) continue;
    size_t nEnd = strlen(aForm[k].zEnd), nNew = aForm[k].nKeep + nEnd;
    char *zNew = arena_alloc(p->pd->pArena, nNew + 1);
    PElem *a = arena_alloc(p->pd->pArena, root.n * sizeof(PElem));
    if (!zNew || !a) return oom(p);
    memcpy(zNew, z, aForm[k].nKeep);
    memcpy(zNew + aForm[k].nKeep, aForm[k].zEnd, nEnd + 1);
    memcpy(a, root.a, root.n * sizeof(PElem));
    a[iWord].z = zNew;
    a[iWord].n = (uint32_t)nNew;
    a[iWord].iWord = intern_id(&p->pd->vocab, p->pd->pArena, zNew, nNew, 1);
    if (a[iWord].iWord == TOK_NONE) return oom(p);
    PPhrase ph = {a, root.n};
    int rc = add_form_once(p, iVerb, &ph);
    if (rc) return rc;
  }
  return TOCSIN_OK;
}

/* Adds the blank-separated forms in z[a..e) to verb iVerb. */
static int add_listed_forms(Loader *p, uint32_t iVerb, const char *z, size_t a, size_t e, int iCol0) {
  while (a < e) {
    a = skip_blanks(z, e, a);
    size_t b = a;
    while (b < e && z[b] != ' ' && z[b] != '\t') b++;
    if (b > a) {
      PPhrase ph;
      uint32_t iWord;
      int rc = parse_root(p, z + a, b - a, iCol0 + (int)a, &ph, &iWord);
      if (!rc) rc = add_form_once(p, iVerb, &ph);
      if (rc) return rc;
    }
    a = b;
  }
  return TOCSIN_OK;
}

/* A verb line of the open block: "VERB {FORMS} [CODE]" (blanks or '_'
** between the words of a multi-word verb). A root read before
** in this file keeps its first code and block (as in PETRARCH, where the
** first definition wins); the line's forms are added to it. */
static int verb_line(Loader *p, VerbState *s, const char *z, size_t n, int iCol0) {
  if (!s->bBlock) return ld_err(p, p->iLine, iCol0, "expected a '--- NAME [CODE] ---' block header before its verbs");
  size_t r = 0;
  while (r < n && z[r] != '{' && z[r] != '[' && z[r] != ';') r++;
  r = trim_end(z, r);   /* "LASH OUT": blanks join the words of a verb like '_' */
  if (!r) return ld_err(p, p->iLine, iCol0, "expected a verb");
  PVerb v;
  memset(&v, 0, sizeof v);
  uint32_t iWord;
  int rc = parse_root(p, z, r, iCol0, &v.root, &iWord);
  if (rc) return rc;
  size_t j = skip_blanks(z, n, r), fa = 0, fe = 0;
  int bBraces = j < n && z[j] == '{';
  if (bBraces) {
    fe = find_char(z, n, j + 1, '}');
    if (fe >= n) return ld_err(p, p->iLine, iCol0 + (int)j, "expected '}' closing the verb forms");
    fa = j + 1;
    j = skip_blanks(z, n, fe + 1);
  }
  const char *zCode = NULL;
  if (j < n && z[j] == '[') {
    size_t e = find_char(z, n, j + 1, ']');
    if (e >= n) return ld_err(p, p->iLine, iCol0 + (int)j, "expected ']' closing the code");
    if ((rc = verb_code(p, z + j + 1, e - j - 1, p->iLine, iCol0 + (int)j + 1, &zCode))) return rc;
    j = skip_blanks(z, n, e + 1);
  }
  if (j < n && z[j] == ';') {   /* TABARI's comment: "SCRAP {SCRAPS ..};shan 8/30/93" */
    ld_warn(p, PW_TRAILING, p->iLine, iCol0 + (int)j, "a ';' comment after the verb ignored");
    j = n;
  }
  if (j < n) return ld_err(p, p->iLine, iCol0 + (int)j, "expected '{FORMS}' or '[CODE]' after the verb");
  int32_t iVerb = root_find(p, s, &v.root);
  int bNew = iVerb < 0;
  if (bNew) {
    v.zCode = zCode ? zCode : s->zBlockCode;
    v.zFile = p->zFile;
    v.iLine = p->iLine;
    if ((iVerb = patdict_add_verb(p->pd, &v)) < 0 || !root_insert(p, s, (uint32_t)iVerb)) return oom(p);
    p->pStats->nVerb++;
  } else {
    p->pStats->nVerbDup++;
  }
  if (bBraces && (rc = add_listed_forms(p, (uint32_t)iVerb, z, fa, fe, iCol0))) return rc;
  if (bNew && !bBraces && (rc = add_regular_forms(p, (uint32_t)iVerb, iWord))) return rc;
  if (bNew) {
    if (!vec_grow((void **)&s->aBlockVerb, &s->nBlockVerbAlloc, s->nBlockVerb, sizeof(uint32_t))) return oom(p);
    s->aBlockVerb[s->nBlockVerb++] = (uint32_t)iVerb;
    for (size_t i = 0; i < s->nBlockPat; i++) {
      const BlockPat *bp = &s->aBlockPat[i];
      if (!patdict_add_pattern(p->pd, (uint32_t)iVerb, &bp->phrase, bp->zCode, p->zFile, bp->iLine)) return oom(p);
      p->pStats->nPatternUse++;
    }
  }
  s->iLastVerb = iVerb;
  s->ctx = CTX_BLOCK;
  return TOCSIN_OK;
}

/* A verbs file (CAMEO.2.0.txt): synsets, blocks of verbs and patterns, and
** transformations (counted and skipped). */
static int load_verbs(Loader *p) {
  VerbState s;
  memset(&s, 0, sizeof s);
  s.iSyn = s.iLastVerb = -1;
  int rc = TOCSIN_OK;
  char *z;
  size_t n;
  int iCol0;
  while (!rc && ld_line(p, &z, &n, &iCol0)) {
    if (!n) continue;
    if (z[0] == '&') {
      rc = verb_synset(p, &s, z, n, iCol0);
    } else if (n >= 3 && !memcmp(z, "---", 3)) {
      rc = verb_header(p, &s, z, n, iCol0);
    } else if (z[0] == '-') {
      rc = verb_pattern(p, &s, z, n, iCol0);
    } else if (z[0] == '~') {
      p->pStats->nTransform++;   /* "~ a (b . ATTACK) SAY = a b 112": needs a parse tree */
    } else if (z[0] == '+' && s.ctx == CTX_SYNSET) {
      rc = verb_member(p, &s, z, n, iCol0);
    } else if (z[0] == '{') {
      if (s.iLastVerb < 0) { rc = ld_err(p, p->iLine, iCol0, "expected a verb before its {FORMS}"); break; }
      size_t e = find_char(z, n, 1, '}');
      if (e >= n) { rc = ld_err(p, p->iLine, iCol0, "expected '}' closing the verb forms"); break; }
      if (skip_blanks(z, n, e + 1) < n) {
        rc = ld_err(p, p->iLine, iCol0 + (int)skip_blanks(z, n, e + 1), "expected nothing after the verb forms");
        break;
      }
      rc = add_listed_forms(p, (uint32_t)s.iLastVerb, z, 1, e, iCol0);
    } else {
      rc = verb_line(p, &s, z, n, iCol0);
    }
  }
  verbstate_free(&s);
  return rc;
}

/* ---- files and folders -------------------------------------------------------- */

enum { F_VERBS, F_ACTORS, F_AGENTS, F_DISCARDS, F_ISSUES };

static int load_file(PatDict *pd, int eKind, const char *zPath, PetrarchStats *pStats, tocsin_error *pErr) {
  Loader ld;
  int rc = ld_open(&ld, pd, zPath, pStats, pErr);
  if (!rc) {
    switch (eKind) {
      case F_VERBS: rc = load_verbs(&ld); break;
      case F_ACTORS: rc = load_actors(&ld); break;
      case F_AGENTS: rc = load_agents(&ld); break;
      case F_DISCARDS: rc = load_discards(&ld); break;
      default: rc = load_issues(&ld); break;
    }
  }
  ld_close(&ld);
  return rc;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads zDir/zName when it exists (bRequired: an error naming the folder when not). */
static int load_in_dir(PatDict *pd, int eKind, const char *zDir, const char *zName, int bRequired,
                       PetrarchStats *pStats, tocsin_error *pErr) {
  size_t n = strlen(zDir) + strlen(zName) + 2;
  char *zPath = malloc(n);
  if (!zPath) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return TOCSIN_ENOMEM;
  }
  snprintf(zPath, n, "%s/%s", zDir, zName);
  int rc = TOCSIN_OK;
  FILE *f = fopen(zPath, "rb");
  if (f) {
    fclose(f);
    rc = load_file(pd, eKind, zPath, pStats, pErr);
  } else if (bRequired) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s: no %s (the PETRARCH verbs) in this folder", zDir, zName);
    rc = TOCSIN_EDICT;
  }
  free(zPath);
  return rc;
}

/* A PETRARCH dictionary folder: CAMEO.2.0.txt (required), Phoenix.*.actors.txt
** (in name order), Phoenix.agents.txt, Phoenix.discards.txt and
** Phoenix.IssueCoding.txt, the set PETRARCH2's PETR_config.ini names. */
static int load_dir(PatDict *pd, const char *zDir, PetrarchStats *pStats, tocsin_error *pErr) {
  DIR *d = opendir(zDir);
  if (!d) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s: cannot open the PETRARCH dictionary folder", zDir);
    return TOCSIN_EDICT;
  }
  StrVec actors = {0};
  int rc = TOCSIN_OK;
  struct dirent *de;
  while (!rc && (de = readdir(d))) {
    size_t n = strlen(de->d_name);
    if (n > 19 && !strncmp(de->d_name, "Phoenix.", 8) && !strcmp(de->d_name + n - 11, ".actors.txt") &&
        !strvec_push3(&actors, de->d_name, n, "", 0, "", 0, 0)) {
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
      rc = TOCSIN_ENOMEM;
    }
  }
  closedir(d);
  if (actors.n) qsort(actors.a, actors.n, sizeof(char *), cmp_str);
  if (!rc) rc = load_in_dir(pd, F_VERBS, zDir, "CAMEO.2.0.txt", 1, pStats, pErr);
  for (size_t i = 0; !rc && i < actors.n; i++) rc = load_in_dir(pd, F_ACTORS, zDir, actors.a[i], 0, pStats, pErr);
  if (!rc) rc = load_in_dir(pd, F_AGENTS, zDir, "Phoenix.agents.txt", 0, pStats, pErr);
  if (!rc) rc = load_in_dir(pd, F_DISCARDS, zDir, "Phoenix.discards.txt", 0, pStats, pErr);
  if (!rc) rc = load_in_dir(pd, F_ISSUES, zDir, "Phoenix.IssueCoding.txt", 0, pStats, pErr);
  strvec_free(&actors);
  return rc;
}

int petrarch_load_stats(PatDict *pd, const char *zKind, const char *zPath, PetrarchStats *pStats,
                        tocsin_error *pErr) {
  PetrarchStats local;
  if (!pStats) {
    memset(&local, 0, sizeof local);
    pStats = &local;
  }
  static const struct { const char *zKind; int eKind; } aKind[] = {
    {"petrarch-verbs", F_VERBS},       {"petrarch-actors", F_ACTORS}, {"petrarch-agents", F_AGENTS},
    {"petrarch-discards", F_DISCARDS}, {"petrarch-issues", F_ISSUES},
  };
  if (!strcmp(zKind, "petrarch")) return load_dir(pd, zPath, pStats, pErr);
  for (size_t i = 0; i < sizeof aKind / sizeof aKind[0]; i++)
    if (!strcmp(zKind, aKind[i].zKind)) return load_file(pd, aKind[i].eKind, zPath, pStats, pErr);
  err_set(pErr, TOCSIN_EARG, (size_t)-1,
          "unknown dictionary kind '%s' (petrarch, petrarch-verbs, petrarch-actors, petrarch-agents, "
          "petrarch-discards or petrarch-issues)", zKind);
  return TOCSIN_EARG;
}

int petrarch_load(PatDict *pd, const char *zKind, const char *zPath, tocsin_error *pErr) {
  return petrarch_load_stats(pd, zKind, zPath, NULL, pErr);
}
