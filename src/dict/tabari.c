/*
** TABARI dictionaries (TABARI manual 0.8.4, chapters 4-6 and 8; grammar in
** docs/dictionaries.md): .project files naming the rest, .actors (synonyms
** with '+', date-restricted codes, indented code lines, <NOUN>/<ADJECTIVE>
** lists), .agents, .verbs (<SYNSETS>, <TIME>, roots, {irregular forms},
** patterns) and .options. Everything lands in one PatDict.
*/
#include "pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One dictionary file read whole, walked line by line. */
typedef struct LineReader {
  char *z;          /* the file, NUL-terminated, '\r' kept (stripped per line) */
  size_t n, i;
  int iLine;
  const char *zPath;
} LineReader;

static int reader_open(LineReader *r, const char *zPath, tocsin_error *pErr) {
  memset(r, 0, sizeof *r);
  r->zPath = zPath;
  FILE *f = fopen(zPath, "rb");
  if (!f) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s: cannot open dictionary file (check the path and the .project file)",
            zPath);
    return TOCSIN_EDICT;
  }
  size_t nAlloc = 0;
  for (;;) {
    if (!vec_grow((void **)&r->z, &nAlloc, r->n + 65536, 1)) {
      fclose(f);
      free(r->z);
      r->z = NULL;
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory reading %s", zPath);
      return TOCSIN_ENOMEM;
    }
    size_t k = fread(r->z + r->n, 1, nAlloc - r->n - 1, f);
    r->n += k;
    if (k == 0) break;
  }
  fclose(f);
  r->z[r->n] = 0;
  /* old Mac files end lines with a lone '\r' */
  for (size_t i = 0; i < r->n; i++)
    if (r->z[i] == '\r' && r->z[i + 1] != '\n') r->z[i] = '\n';
  return TOCSIN_OK;
}

/* Next line without its end-of-line; NULL at the end. *pn gets its length. */
static char *reader_line(LineReader *r, size_t *pn) {
  if (r->i >= r->n) return NULL;
  char *z = r->z + r->i;
  char *e = memchr(z, '\n', r->n - r->i);
  size_t n = e ? (size_t)(e - z) : r->n - r->i;
  r->i += n + (e ? 1 : 0);
  r->iLine++;
  z[n] = 0;
  if (n && z[n - 1] == '\r') z[--n] = 0;
  *pn = n;
  return z;
}

static char *trim(char *z, size_t *pn) {
  size_t n = *pn;
  while (n && (*z == ' ' || *z == '\t')) { z++; n--; }
  while (n && (z[n - 1] == ' ' || z[n - 1] == '\t')) n--;
  *pn = n;
  return z;
}

/* Length of z before its ';' comment (TABARI) or '#' comment after a code. */
static size_t before_comment(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (z[i] == ';') return i;
  return n;
}


static int oom(tocsin_error *pErr) {
  err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
  return TOCSIN_ENOMEM;
}

/* ---- actors and agents ------------------------------------------------------ */

/* A group: a head phrase, its '+' synonyms and the code blocks gathered so far. */
typedef struct Group {
  PPhrase *aPhrase; size_t nPhrase, nPhraseAlloc;
  int *aLine;
  PCode *aCode; size_t nCode, nCodeAlloc;
  int iLine;
  int bOpen;
} Group;

/* Parses every [..] block in z[0..n) into g's codes. */
static int parse_codes(PatDict *pd, Group *g, const char *z, size_t n, const char *zFile, int iLine, int iCol0,
                       tocsin_error *pErr) {
  size_t i = 0;
  while (i < n) {
    if (z[i] == ' ' || z[i] == '\t') { i++; continue; }
    if (z[i] != '[') {
      err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: expected '[' starting a code block", zFile, iLine,
              iCol0 + (int)i);
      if (pErr) { pErr->line = (size_t)iLine; pErr->col = (size_t)(iCol0 + (int)i); }
      return TOCSIN_EDICT;
    }
    const char *e = memchr(z + i, ']', n - i);
    if (!e) {
      err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: expected ']' closing the code block", zFile, iLine,
              iCol0 + (int)i);
      if (pErr) { pErr->line = (size_t)iLine; pErr->col = (size_t)(iCol0 + (int)i); }
      return TOCSIN_EDICT;
    }
    PCode c;
    int rc = patdict_parse_code(pd, z + i + 1, (size_t)(e - z) - i - 1, pd->opt.bYYYY, &c, zFile, iLine,
                                iCol0 + (int)i + 1, pErr);
    if (rc) return rc;
    if (!vec_grow((void **)&g->aCode, &g->nCodeAlloc, g->nCode, sizeof(PCode))) return oom(pErr);
    g->aCode[g->nCode++] = c;
    i = (size_t)(e - z) + 1;
  }
  return TOCSIN_OK;
}

/* Stores the open group as entries of kind, every phrase sharing one code array. */
static int group_flush(PatDict *pd, Group *g, int kind, const char *zFile, tocsin_error *pErr) {
  if (!g->bOpen) return TOCSIN_OK;
  g->bOpen = 0;
  PCode *aCode = NULL;
  size_t nCode = g->nCode;
  if (nCode) {
    /* the undated default goes last; one dated code alone gets a null default */
    size_t nDated = 0;
    for (size_t i = 0; i < nCode; i++) nDated += g->aCode[i].bDated;
    int bAddNull = nDated == nCode && nDated > 0;
    aCode = arena_alloc(pd->pArena, (nCode + (size_t)bAddNull) * sizeof(PCode));
    if (!aCode) return oom(pErr);
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
    nCode = k;
  } else if (kind == PK_ACTOR || kind == PK_AGENT) {
    g->nPhrase = 0;
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:1: expected a code block [CODE] for this entry or its synonyms",
            zFile, g->iLine);
    if (pErr) { pErr->line = (size_t)g->iLine; pErr->col = 1; }
    return TOCSIN_EDICT;
  }
  int32_t iHead = -1;
  for (size_t i = 0; i < g->nPhrase; i++) {
    PEntry e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind;
    e.phrase = g->aPhrase[i];
    e.aCode = aCode;
    e.nCode = (uint32_t)nCode;
    e.zFile = zFile;
    e.iLine = g->aLine[i];
    e.iGroup = iHead < 0 ? (uint32_t)pd->nEntry : (uint32_t)iHead;
    int32_t iNew = patdict_add_entry(pd, &e);
    if (iNew < 0) return oom(pErr);
    if (iHead < 0) iHead = iNew;
  }
  g->nPhrase = 0;
  g->nCode = 0;
  return TOCSIN_OK;
}

static int group_add_phrase(Group *g, const PPhrase *p, int iLine) {
  if (g->nPhrase == g->nPhraseAlloc) {
    size_t nNew = g->nPhraseAlloc ? 2 * g->nPhraseAlloc : 8;
    PPhrase *a = realloc(g->aPhrase, nNew * sizeof(PPhrase));
    if (!a) return 0;
    g->aPhrase = a;
    int *al = realloc(g->aLine, nNew * sizeof(int));
    if (!al) return 0;
    g->aLine = al;
    g->nPhraseAlloc = nNew;
  }
  g->aLine[g->nPhrase] = iLine;
  g->aPhrase[g->nPhrase++] = *p;
  return 1;
}

/* Reads a .actors or .agents file (kind PK_ACTOR / PK_AGENT for the entries
** outside <NOUN>/<ADJECTIVE> sections). */
static int load_actors(PatDict *pd, const char *zPath, int kind, tocsin_error *pErr) {
  LineReader r;
  int rc = reader_open(&r, zPath, pErr);
  if (rc) return rc;
  const char *zFile = patdict_save_path(pd, zPath);
  if (!zFile) { free(r.z); return oom(pErr); }
  Group g;
  memset(&g, 0, sizeof g);
  int section = 0;   /* 0, PK_NOUN, PK_ADJECTIVE */
  char *zLine;
  size_t nLine;
  for (;;) {
    if (rc == TOCSIN_EDICT) {   /* a malformed entry is skipped, as TABARI does */
      patdict_warn(pd, pErr);
      rc = 0;
    }
    if (rc || !(zLine = reader_line(&r, &nLine))) break;
    int bIndented = nLine && (zLine[0] == ' ' || zLine[0] == '\t');
    size_t n = before_comment(zLine, nLine);
    char *z = trim(zLine, &n);
    int iCol0 = (int)(z - zLine) + 1;
    if (!n || z[0] == '#' || z[0] == '/') continue;
    if (n >= 7 && (!strncmp(z, "~FINISH", 7) || !strncmp(z, "~~FINISH", 8))) break;
    if (z[0] == '<') {
      rc = group_flush(pd, &g, kind, zFile, pErr);
      if (!strncmp(z, "<NOUN>", 6)) section = PK_NOUN;
      else if (!strncmp(z, "<ADJECTIVE>", 11) || !strncmp(z, "<ADJ>", 5)) section = PK_ADJECTIVE;
      else if (z[1] == '/') section = 0;
      continue;   /* other sections (<ATTRIB> ...) are TABARI extras we do not code */
    }
    if (section) {
      PEntry e;
      memset(&e, 0, sizeof e);
      e.kind = (uint8_t)section;
      size_t m = n;
      const char *br = memchr(z, '[', n);
      if (br) m = (size_t)(br - z);
      while (m && (z[m - 1] == ' ' || z[m - 1] == '\t')) m--;
      rc = patdict_parse_phrase(pd, z, m, PP_ACTOR, &e.phrase, zFile, r.iLine, iCol0, pErr);
      if (rc) continue;
      e.zFile = zFile;
      e.iLine = r.iLine;
      e.iGroup = (uint32_t)pd->nEntry;
      if (patdict_add_entry(pd, &e) < 0) rc = oom(pErr);
      continue;
    }
    if (z[0] == '[') {   /* an indented code line of the open group */
      if (!g.bOpen) {
        err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: a code line [..] must follow an actor or its synonyms",
                zFile, r.iLine, iCol0);
        if (pErr) { pErr->line = (size_t)r.iLine; pErr->col = (size_t)iCol0; }
        rc = TOCSIN_EDICT;
        continue;
      }
      (void)bIndented;
      rc = parse_codes(pd, &g, z, n, zFile, r.iLine, iCol0, pErr);
      continue;
    }
    int bSyn = z[0] == '+';
    if (bSyn) {
      if (!g.bOpen) {
        err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: a '+' synonym must follow the actor it renames",
                zFile, r.iLine, iCol0);
        if (pErr) { pErr->line = (size_t)r.iLine; pErr->col = (size_t)iCol0; }
        rc = TOCSIN_EDICT;
        continue;
      }
      z++;
      n--;
      iCol0++;
    } else {
      rc = group_flush(pd, &g, kind, zFile, pErr);
      if (rc == TOCSIN_EDICT) {   /* the entry before had no code: skipped; this line is read */
        patdict_warn(pd, pErr);
        rc = 0;
      }
      if (rc) continue;
      g.bOpen = 1;
      g.iLine = r.iLine;
    }
    const char *br = memchr(z, '[', n);
    size_t m = br ? (size_t)(br - z) : n;
    size_t mm = m;
    while (mm && (z[mm - 1] == ' ' || z[mm - 1] == '\t')) mm--;
    PPhrase ph;
    rc = patdict_parse_phrase(pd, z, mm, PP_ACTOR, &ph, zFile, r.iLine, iCol0, pErr);
    if (rc) continue;
    if (!group_add_phrase(&g, &ph, r.iLine)) { rc = oom(pErr); continue; }
    if (br) rc = parse_codes(pd, &g, z + m, n - m, zFile, r.iLine, iCol0 + (int)m, pErr);
    if (rc == TOCSIN_EDICT && !bSyn) {   /* the whole entry goes with its bad line */
      g.bOpen = 0;
      g.nPhrase = g.nCode = 0;
    }
  }
  if (!rc) rc = group_flush(pd, &g, kind, zFile, pErr);
  if (rc == TOCSIN_EDICT) {
    patdict_warn(pd, pErr);
    rc = 0;
  }
  free(g.aPhrase);
  free(g.aLine);
  free(g.aCode);
  free(r.z);
  return rc;
}

/* ---- verbs -------------------------------------------------------------------- */

/* The code inside the last [..] of z[0..n), upper case, "- - -" squeezed;
** *pm gets where the '[' starts. NULL (and an error) when there is none. */
static const char *verb_code(PatDict *pd, const char *z, size_t n, size_t *pm, const char *zFile, int iLine,
                             int iCol0, tocsin_error *pErr) {
  const char *br = NULL;
  for (size_t i = n; i > 0; i--)
    if (z[i - 1] == '[') { br = z + i - 1; break; }
  if (!br) return NULL;
  const char *e = memchr(br, ']', (size_t)(z + n - br));
  if (!e) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: expected ']' closing the code", zFile, iLine,
            iCol0 + (int)(br - z));
    if (pErr) { pErr->line = (size_t)iLine; pErr->col = (size_t)(iCol0 + (int)(br - z)); }
    return NULL;
  }
  char zc[64];
  size_t k = 0;
  for (const char *p = br + 1; p < e && k < sizeof zc - 1; p++)
    if (*p != ' ' && *p != '\t') zc[k++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
  zc[k] = 0;
  *pm = (size_t)(br - z);
  if (!k) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: expected a code inside [ ]", zFile, iLine,
            iCol0 + (int)(br - z) + 1);
    if (pErr) { pErr->line = (size_t)iLine; pErr->col = (size_t)(iCol0 + (int)(br - z) + 1); }
    return NULL;
  }
  const char *zOut = arena_strdup(pd->pArena, zc);
  if (!zOut) oom(pErr);
  return zOut;
}

static int verb_err(tocsin_error *pErr, const char *zFile, int iLine, int iCol, const char *zWhat) {
  err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:%d: %s", zFile, iLine, iCol, zWhat);
  if (pErr) { pErr->line = (size_t)iLine; pErr->col = (size_t)iCol; }
  return TOCSIN_EDICT;
}

static int load_verbs(PatDict *pd, const char *zPath, tocsin_error *pErr) {
  LineReader r;
  int rc = reader_open(&r, zPath, pErr);
  if (rc) return rc;
  const char *zFile = patdict_save_path(pd, zPath);
  if (!zFile) { free(r.z); return oom(pErr); }
  enum { S_NONE, S_SYNSETS, S_TIME, S_NOUN, S_ADJ, S_SKIP } section = S_NONE;
  int32_t iSyn = -1, iVerb = -1;
  char *zLine;
  size_t nLine;
  for (;;) {
    if (rc == TOCSIN_EDICT) {   /* a malformed line is skipped, as TABARI does */
      patdict_warn(pd, pErr);
      rc = 0;
    }
    if (rc || !(zLine = reader_line(&r, &nLine))) break;
    size_t n = before_comment(zLine, nLine);
    char *z = trim(zLine, &n);
    int iCol0 = (int)(z - zLine) + 1;
    if (!n || z[0] == '#' || (z[0] == '/' && n > 1 && z[1] == '/')) continue;
    if (n >= 7 && (!strncmp(z, "~FINISH", 7) || !strncmp(z, "~~FINISH", 8))) break;
    if (z[0] == '<') {
      if (!strncmp(z, "<SYNSET", 7)) section = S_SYNSETS;
      else if (!strncmp(z, "<TIME>", 6)) { section = S_TIME; pd->opt.bTimeShift = 1; }
      else if (!strncmp(z, "<NOUN>", 6)) section = S_NOUN;
      else if (!strncmp(z, "<ADJ", 4)) section = S_ADJ;
      else if (z[1] == '/') section = S_NONE;
      else section = S_SKIP;
      continue;
    }
    if (section == S_SKIP) continue;
    if (section == S_SYNSETS) {
      if (z[0] == '&') {
        size_t k = 1;
        while (k < n && is_alnum((unsigned char)z[k])) k++;
        char zName[256];
        if (k > sizeof zName - 1) k = sizeof zName - 1;
        for (size_t q = 0; q < k; q++) zName[q] = (char)(z[q] >= 'a' && z[q] <= 'z' ? z[q] - 32 : z[q]);
        zName[k] = 0;
        if ((iSyn = patdict_synset(pd, zName, 1)) < 0) rc = oom(pErr);
      } else if (z[0] == '+') {
        if (iSyn < 0) { rc = verb_err(pErr, zFile, r.iLine, iCol0, "a '&NAME' line before the synset's '+' members"); continue; }
        PPhrase ph;
        rc = patdict_parse_phrase(pd, z + 1, n - 1, PP_SYNSET, &ph, zFile, r.iLine, iCol0 + 1, pErr);
        if (rc) continue;
        PSet *s = &pd->aSet[iSyn];
        if (!vec_grow((void **)&s->a, &s->nAlloc, s->n, sizeof(PPhrase))) { rc = oom(pErr); continue; }
        s->a[s->n++] = ph;
      } else {
        rc = verb_err(pErr, zFile, r.iLine, iCol0, "'&NAME' or '+MEMBER' inside <SYNSETS>");
      }
      continue;
    }
    size_t m = 0;
    const char *zCode = NULL;
    if (memchr(z, '[', n)) {
      zCode = verb_code(pd, z, n, &m, zFile, r.iLine, iCol0, pErr);
      if (!zCode) { rc = pErr && pErr->code ? pErr->code : TOCSIN_EDICT; continue; }
    } else {
      m = n;
    }
    size_t mm = m;
    while (mm && (z[mm - 1] == ' ' || z[mm - 1] == '\t')) mm--;
    if (section == S_NOUN || section == S_ADJ || section == S_TIME) {
      if (z[0] == '-') continue;   /* time-shift patterns: not supported, see docs */
      PEntry e;
      memset(&e, 0, sizeof e);
      e.kind = section == S_NOUN ? PK_NOUN : section == S_ADJ ? PK_ADJECTIVE : PK_TIME;
      rc = patdict_parse_phrase(pd, z, mm, PP_ACTOR, &e.phrase, zFile, r.iLine, iCol0, pErr);
      if (rc) continue;
      if (e.kind == PK_TIME) {
        if (!zCode) { rc = verb_err(pErr, zFile, r.iLine, iCol0 + (int)n, "a shift in days such as [-7] or [+1]"); continue; }
        int bSpecial = (zCode[0] == '-' && zCode[1] == '-') || zCode[0] == '#' || (zCode[0] == '+' && zCode[1] == '+');
        e.iShift = bSpecial ? INT32_MIN : atoi(zCode);
        if (bSpecial) e.zIssue = zCode[0] == '-' ? "---" : zCode[0] == '#' ? "###" : "+++";
      }
      e.zFile = zFile;
      e.iLine = r.iLine;
      e.iGroup = (uint32_t)pd->nEntry;
      if (patdict_add_entry(pd, &e) < 0) rc = oom(pErr);
      continue;
    }
    if (z[0] == '{') {   /* irregular forms of the current verb */
      if (iVerb == -2) continue;
      if (iVerb < 0) { rc = verb_err(pErr, zFile, r.iLine, iCol0, "a verb before its {forms}"); continue; }
      const char *e = memchr(z, '}', n);
      if (!e) { rc = verb_err(pErr, zFile, r.iLine, iCol0 + (int)n, "'}' closing the verb forms"); continue; }
      size_t i = 1, end = (size_t)(e - z);
      while (i < end) {
        while (i < end && (z[i] == ' ' || z[i] == '\t')) i++;
        size_t j = i;
        while (j < end && z[j] != ' ' && z[j] != '\t') j++;
        if (j > i) {
          PPhrase ph;
          rc = patdict_parse_phrase(pd, z + i, j - i, PP_ROOT, &ph, zFile, r.iLine, iCol0 + (int)i, pErr);
          if (rc) break;
          if (!patdict_add_form(pd, (uint32_t)iVerb, &ph)) { rc = oom(pErr); break; }
        }
        i = j;
      }
      continue;
    }
    if (z[0] == '-') {   /* a pattern of the current verb */
      if (iVerb == -2) continue;   /* of a root line that was skipped */
      if (iVerb < 0) { rc = verb_err(pErr, zFile, r.iLine, iCol0, "a verb line before its patterns"); continue; }
      if (!zCode) { rc = verb_err(pErr, zFile, r.iLine, iCol0 + (int)n, "a code [CODE] at the end of the pattern"); continue; }
      PPhrase ph;
      rc = patdict_parse_phrase(pd, z + 1, mm - 1, PP_PATTERN, &ph, zFile, r.iLine, iCol0 + 1, pErr);
      if (rc) continue;
      if (!patdict_add_pattern(pd, (uint32_t)iVerb, &ph, zCode, zFile, r.iLine)) rc = oom(pErr);
      continue;
    }
    /* a root verb */
    PVerb v;
    memset(&v, 0, sizeof v);
    rc = patdict_parse_phrase(pd, z, mm, PP_ROOT, &v.root, zFile, r.iLine, iCol0, pErr);
    if (rc) {   /* its patterns go with it, not to the root before */
      iVerb = -2;
      continue;
    }
    v.zCode = zCode ? zCode : "";
    v.zFile = zFile;
    v.iLine = r.iLine;
    if ((iVerb = patdict_add_verb(pd, &v)) < 0) rc = oom(pErr);
  }
  free(r.z);
  return rc;
}

/* ---- options and projects --------------------------------------------------- */

static int load_options(PatDict *pd, const char *zPath, tocsin_error *pErr) {
  LineReader r;
  int rc = reader_open(&r, zPath, pErr);
  if (rc) return rc;
  char *zLine;
  size_t nLine;
  while (!rc && (zLine = reader_line(&r, &nLine))) {
    size_t n = nLine;
    char *z = trim(zLine, &n);
    if (!n || z[0] == '#' || (z[0] == '/' && n > 1 && z[1] == '/')) continue;
    if (!strncmp(z, "~~", 2)) break;
    z[n] = 0;
    rc = patdict_option(pd, z, pErr);
    if (rc == TOCSIN_EARG) {
      char zMsg[sizeof pErr->msg];
      snprintf(zMsg, sizeof zMsg, "%s", pErr->msg);
      err_set(pErr, TOCSIN_EDICT, (size_t)-1, "%s:%d:1: %.400s", zPath, r.iLine, zMsg);
      pErr->line = (size_t)r.iLine;
      pErr->col = 1;
      rc = TOCSIN_EDICT;
    }
  }
  free(r.z);
  return rc;
}

/* zFile relative to the folder of zBase. */
static void join_dir(char *zOut, size_t nOut, const char *zBase, const char *zFile) {
  const char *slash = strrchr(zBase, '/');
  if (zFile[0] == '/' || !slash) snprintf(zOut, nOut, "%s", zFile);
  else snprintf(zOut, nOut, "%.*s/%s", (int)(slash - zBase), zBase, zFile);
}

static int load_project(PatDict *pd, const char *zPath, tocsin_error *pErr) {
  LineReader r;
  int rc = reader_open(&r, zPath, pErr);
  if (rc) return rc;
  /* options last: date-restriction parsing (YYYY) must be known first, so
  ** read options before the dictionaries, as TABARI does */
  static const char *azTag[] = {"<optionsfile>", "<actorsfile>", "<agentsfile>", "<verbsfile>"};
  int nFound = 0;
  for (int pass = 0; pass < 4 && !rc; pass++) {
    r.i = 0;
    r.iLine = 0;
    char *zLine;
    size_t nLine;
    LineReader rr = r;
    rr.z = strdup(r.z ? r.z : "");
    if (!rr.z) { rc = oom(pErr); break; }
    while (!rc && (zLine = reader_line(&rr, &nLine))) {
      size_t n = nLine;
      char *z = trim(zLine, &n);
      size_t l = strlen(azTag[pass]);
      if (n <= l || strncasecmp(z, azTag[pass], l)) continue;
      char *zf = z + l;
      size_t nf = n - l;
      zf = trim(zf, &nf);
      zf[nf] = 0;
      char zFull[4096];
      join_dir(zFull, sizeof zFull, zPath, zf);
      nFound++;
      if (pass == 0) rc = load_options(pd, zFull, pErr);
      else if (pass == 1) rc = load_actors(pd, zFull, PK_ACTOR, pErr);
      else if (pass == 2) rc = load_actors(pd, zFull, PK_AGENT, pErr);
      else rc = load_verbs(pd, zFull, pErr);
    }
    free(rr.z);
  }
  free(r.z);
  if (!rc && !nFound) {
    err_set(pErr, TOCSIN_EDICT, (size_t)-1,
            "%s: no <actorsfile>, <verbsfile>, <agentsfile> or <optionsfile> line: is this a TABARI .project file?",
            zPath);
    rc = TOCSIN_EDICT;
  }
  return rc;
}

int tabari_load(PatDict *pd, const char *zKind, const char *zPath, tocsin_error *pErr) {
  if (!strcmp(zKind, "tabari")) return load_project(pd, zPath, pErr);
  if (!strcmp(zKind, "tabari-actors")) return load_actors(pd, zPath, PK_ACTOR, pErr);
  if (!strcmp(zKind, "tabari-agents")) return load_actors(pd, zPath, PK_AGENT, pErr);
  if (!strcmp(zKind, "tabari-verbs")) return load_verbs(pd, zPath, pErr);
  if (!strcmp(zKind, "tabari-options")) return load_options(pd, zPath, pErr);
  err_set(pErr, TOCSIN_EARG, (size_t)-1, "unknown dictionary kind '%s'", zKind);
  return TOCSIN_EARG;
}
