/*
** Inputs: a file or stream that yields documents. Most types are one document;
** a JSONL news stream is one article per line ({"id", "url", "published",
** "title", "text", ...}). A stream is read line by line (never whole), so a
** feed larger than memory works, and a bad line is one error naming its line
** number: the caller reports it and asks for the next article.
*/
#include "read.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct tocsin_input {
  char *zPath;
  FILE *f;
  int bOwnFile;          /* fclose f in tocsin_input_free */
  tocsin_options opt;
  int iType;
  Buf in;                /* bytes read and not yet consumed from iIn on */
  size_t iIn;
  int bEof, bDone;
  size_t iLine;          /* lines consumed so far (JSONL) */
  /* the last article */
  tocsin_article art;
  json_t *pJson;         /* owns the article's strings */
  char *zId, *zExtra;    /* malloc'ed */
};

/* Reads more bytes into p->in. 0 at end of file or on a read error (p->bEof). */
static int input_fill(tocsin_input *p) {
  if (p->bEof) return 0;
  if (p->iIn > 0 && p->iIn == p->in.n) p->in.n = p->iIn = 0;
  if (p->iIn > (1u << 20) && p->iIn * 2 > p->in.n) {   /* keep the buffer from growing forever */
    memmove(p->in.z, p->in.z + p->iIn, p->in.n - p->iIn);
    p->in.n -= p->iIn;
    p->iIn = 0;
  }
  if (!buf_reserve(&p->in, 65536)) return 0;
  size_t n = fread(p->in.z + p->in.n, 1, 65536, p->f);
  p->in.n += n;
  p->in.z[p->in.n] = 0;
  if (n == 0) p->bEof = 1;
  return n > 0;
}

tocsin_input *tocsin_input_open(const char *zPath, void *pFile, const tocsin_options *pOpt,
                                tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof(*pErr));
  const char *zName = zPath ? zPath : "<input>";
  tocsin_input *p = calloc(1, sizeof(*p));
  if (!p || !(p->zPath = strdup(zName))) {
    free(p);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return NULL;
  }
  if (pOpt) p->opt = *pOpt;
  if (pFile) {
    p->f = pFile;
  } else {
    struct stat st;
    if (stat(zName, &st) != 0) {
      err_set(pErr, TOCSIN_EIO, (size_t)-1, "%s: cannot open: %s", zName, strerror(errno));
      tocsin_input_free(p);
      return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
      err_set(pErr, TOCSIN_EISDIR, (size_t)-1,
              "%s: is a directory; give the files inside it (e.g. %s/*)", zName, zName);
      tocsin_input_free(p);
      return NULL;
    }
    if (!(p->f = fopen(zName, "rb"))) {
      err_set(pErr, TOCSIN_EIO, (size_t)-1, "%s: cannot open: %s", zName, strerror(errno));
      tocsin_input_free(p);
      return NULL;
    }
    p->bOwnFile = 1;
  }
  /* sniff: enough bytes for the detector's window */
  while (p->in.n < 65536 && input_fill(p)) {}
  if (ferror(p->f) || p->in.bOom) {
    err_set(pErr, p->in.bOom ? TOCSIN_ENOMEM : TOCSIN_EIO, p->in.n, "%s: read failed at byte %zu",
            zName, p->in.n);
    tocsin_input_free(p);
    return NULL;
  }
  p->iType = p->opt.iType ? p->opt.iType : read_detect(p->in.z ? p->in.z : "", p->in.n);
  return p;
}

int tocsin_input_type(const tocsin_input *p) { return p->iType; }

const tocsin_article *tocsin_input_article(const tocsin_input *p) {
  return p->iType == TOCSIN_TYPE_JSONL && p->pJson ? &p->art : NULL;
}

static void article_clear(tocsin_input *p) {
  json_decref(p->pJson);
  p->pJson = NULL;
  free(p->zId);
  free(p->zExtra);
  p->zId = p->zExtra = NULL;
  memset(&p->art, 0, sizeof(p->art));
}

void tocsin_input_free(tocsin_input *p) {
  if (!p) return;
  article_clear(p);
  if (p->bOwnFile && p->f) fclose(p->f);
  buf_free(&p->in);
  free(p->zPath);
  free(p);
}

/* One document: the whole input, converted when it is not text. */
static tocsin_doc *input_whole(tocsin_input *p, tocsin_error *pErr) {
  size_t nMax = p->opt.nMaxBytes ? p->opt.nMaxBytes : (size_t)64 << 20;
  while (p->in.n <= nMax && input_fill(p)) {}
  p->bDone = 1;
  if (ferror(p->f) || p->in.bOom) {
    err_set(pErr, p->in.bOom ? TOCSIN_ENOMEM : TOCSIN_EIO, p->in.n, "%s: read failed at byte %zu",
            p->zPath, p->in.n);
    return NULL;
  }
  tocsin_options opt = p->opt;
  opt.iType = p->iType;
  tocsin_doc *d = read_doc_any(p->in.z ? p->in.z : "", p->in.n, p->zPath, &opt, pErr);
  buf_free(&p->in);
  return d;
}

/* Next line of the stream into *pz, *pn (not NUL-terminated; valid until the
** next read). 0 at the end. A line over nMax bytes is skipped and reported
** through *pbLong. */
static int input_line(tocsin_input *p, size_t nMax, const char **pz, size_t *pn, int *pbLong) {
  *pbLong = 0;
  size_t iScan = p->iIn;
  for (;;) {
    char *pNl = p->in.n > iScan ? memchr(p->in.z + iScan, '\n', p->in.n - iScan) : NULL;
    if (pNl) {
      size_t e = (size_t)(pNl - p->in.z);
      *pz = p->in.z + p->iIn;
      *pn = e - p->iIn;
      p->iIn = e + 1;
      p->iLine++;
      return 1;
    }
    if (p->in.n - p->iIn > nMax) {
      /* too long: drop what we have and discard up to the next newline */
      *pbLong = 1;
      p->in.n = p->iIn = 0;
      iScan = 0;
      while (input_fill(p)) {
        pNl = memchr(p->in.z, '\n', p->in.n);
        if (pNl) {
          p->iIn = (size_t)(pNl - p->in.z) + 1;
          break;
        }
        p->in.n = 0;
      }
      if (!pNl) p->in.n = p->iIn = 0;
      p->iLine++;
      *pz = "";
      *pn = 0;
      return 1;
    }
    iScan = p->in.n;
    size_t iOld = p->iIn;
    if (!input_fill(p)) {
      if (p->in.n > p->iIn) {   /* a last line without a newline */
        *pz = p->in.z + p->iIn;
        *pn = p->in.n - p->iIn;
        p->iIn = p->in.n;
        p->iLine++;
        return 1;
      }
      return 0;
    }
    /* input_fill may have moved the unread bytes to the front */
    if (p->iIn != iOld) iScan = iScan - iOld + p->iIn;
  }
}

/* Appends a string field's value, or "" when absent. */
static const char *jstr(json_t *o, const char *zKey) {
  json_t *v = json_object_get(o, zKey);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Builds the text form of one article: title, date line, text. */
static void article_text(const tocsin_article *a, const char *zText, const char *zAuthor, Buf *b) {
  if (a->zTitle && a->zTitle[0]) {
    for (const char *z = a->zTitle; *z; z++) buf_putc(b, *z == '\n' || *z == '\r' ? ' ' : *z);
    buf_puts(b, "\n\n");
  }
  Ymd t;
  char zDate[11];
  if (a->zPublished && strlen(a->zPublished) >= 10) {
    memcpy(zDate, a->zPublished, 10);
    zDate[10] = 0;
    if (ymd_parse(zDate, &t)) buf_printf(b, "Published %s\n\n", zDate);
  }
  if (zAuthor && *zAuthor) {   /* an author line the layout stage reads as the byline */
    buf_puts(b, "By ");
    for (const char *z = zAuthor; *z; z++) buf_putc(b, *z == '\n' || *z == '\r' ? ' ' : *z);
    buf_puts(b, "\n\n");
  }
  buf_puts(b, zText);
  buf_putc(b, '\n');
}

static tocsin_doc *input_article(tocsin_input *p, tocsin_error *pErr) {
  size_t nMax = p->opt.nMaxBytes ? p->opt.nMaxBytes : (size_t)64 << 20;
  article_clear(p);
  for (;;) {
    const char *z;
    size_t n;
    int bLong;
    if (!input_line(p, nMax, &z, &n, &bLong)) {
      p->bDone = 1;
      if (ferror(p->f)) {
        err_set(pErr, TOCSIN_EIO, (size_t)-1, "%s: read failed after line %zu", p->zPath, p->iLine);
        return NULL;
      }
      return NULL;   /* pErr->code stays TOCSIN_OK: the end */
    }
    if (p->in.bOom) {
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory at line %zu", p->zPath, p->iLine);
      p->bDone = 1;
      return NULL;
    }
    size_t iLine = p->iLine;
    if (bLong) {
      err_set(pErr, TOCSIN_ELIMIT, (size_t)-1,
              "%s: line %zu: the article is over the limit of %zu bytes; skipped (raise --max-bytes)",
              p->zPath, iLine, nMax);
      if (pErr) pErr->line = iLine;
      return NULL;
    }
    size_t a = 0;
    while (a < n && is_space((unsigned char)z[a])) a++;
    if (a == n) continue;   /* blank lines separate nothing */
    json_error_t jerr;
    json_t *o = json_loadb(z, n, JSON_DECODE_ANY, &jerr);
    if (!o || !json_is_object(o)) {
      if (o)
        err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
                "%s: line %zu: not a JSON object (one article object per line); skipped", p->zPath, iLine);
      else
        err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
                "%s: line %zu, column %d: bad JSON: %s; fix the line (it was skipped)", p->zPath, iLine,
                jerr.column, jerr.text);
      json_decref(o);
      if (pErr) pErr->line = iLine;
      return NULL;
    }
    const char *zText = jstr(o, "text");
    if (!zText || !zText[0]) {
      err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
              "%s: line %zu: the article has no \"text\" string; skipped", p->zPath, iLine);
      json_decref(o);
      if (pErr) pErr->line = iLine;
      return NULL;
    }
    p->pJson = o;
    p->art.iLine = iLine;
    json_t *pId = json_object_get(o, "id");
    if (json_is_string(pId)) p->zId = strdup(json_string_value(pId));
    else if (json_is_integer(pId)) {
      char zBuf[32];
      snprintf(zBuf, sizeof zBuf, "%lld", (long long)json_integer_value(pId));
      p->zId = strdup(zBuf);
    }
    p->art.zId = p->zId;
    p->art.zUrl = jstr(o, "url");
    p->art.zPublished = jstr(o, "published");
    p->art.zTitle = jstr(o, "title");
    json_t *pExtra = json_deep_copy(o);
    static const char *const azKnown[] = {"id", "url", "published", "title", "text"};
    for (size_t k = 0; pExtra && k < sizeof azKnown / sizeof azKnown[0]; k++)
      json_object_del(pExtra, azKnown[k]);
    p->zExtra = pExtra ? json_dumps(pExtra, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_SORT_KEYS) : NULL;
    json_decref(pExtra);
    p->art.zExtraJson = p->zExtra ? p->zExtra : "{}";
    Buf b;
    buf_init(&b);
    const char *zAuthor = jstr(o, "author");
    if (!zAuthor) zAuthor = jstr(o, "byline");
    article_text(&p->art, zText, zAuthor, &b);
    char zName[64];
    snprintf(zName, sizeof zName, ":%zu", iLine);
    Buf path;
    buf_init(&path);
    buf_puts(&path, p->zPath);
    buf_puts(&path, zName);
    if (b.bOom || path.bOom || (p->zId == NULL && pId && (json_is_string(pId) || json_is_integer(pId)))) {
      buf_free(&b);
      buf_free(&path);
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory at line %zu", p->zPath, iLine);
      p->bDone = 1;
      return NULL;
    }
    tocsin_options opt = p->opt;
    opt.iType = TOCSIN_TYPE_AUTO;
    /* the article's own date is the best fallback when its text has no byline */
    tocsin_doc *d = read_doc_any(b.z, b.n, path.z, &opt, pErr);
    if (d && p->art.zTitle && p->art.zTitle[0] && !sentences_title_first(d)) {
      tocsin_doc_free(d);
      d = NULL;
      err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory at line %zu", p->zPath, iLine);
    }
    buf_free(&b);
    buf_free(&path);
    if (!d && pErr) {
      pErr->line = iLine;
      if (pErr->code == TOCSIN_ENOMEM) p->bDone = 1;
    }
    return d;
  }
}

tocsin_doc *tocsin_input_next(tocsin_input *p, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof(*pErr));
  if (p->bDone) return NULL;
  if (p->iType == TOCSIN_TYPE_JSONL) return input_article(p, pErr);
  return input_whole(p, pErr);
}
