/*
** The document: its lifecycle, the pipeline that fills it, and accessors.
*/
#include "internal.h"
#include "../read/read.h"   /* PDF, HTML: converted before parsing */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *tocsin_errstr(int code) {
  switch (code) {
    case TOCSIN_OK: return "TOCSIN_OK";
    case TOCSIN_ENOMEM: return "TOCSIN_ENOMEM";
    case TOCSIN_EIO: return "TOCSIN_EIO";
    case TOCSIN_EISDIR: return "TOCSIN_EISDIR";
    case TOCSIN_EEMPTY: return "TOCSIN_EEMPTY";
    case TOCSIN_EUTF8: return "TOCSIN_EUTF8";
    case TOCSIN_ENUL: return "TOCSIN_ENUL";
    case TOCSIN_ELIMIT: return "TOCSIN_ELIMIT";
    case TOCSIN_EDICT: return "TOCSIN_EDICT";
    case TOCSIN_EARG: return "TOCSIN_EARG";
    case TOCSIN_EFORMAT: return "TOCSIN_EFORMAT";
    case TOCSIN_ESTORE: return "TOCSIN_ESTORE";
  }
  return "TOCSIN_E?";
}

void err_set(tocsin_error *pErr, int code, size_t pos, const char *zFmt, ...) {
  if (!pErr) return;
  memset(pErr, 0, sizeof(*pErr));
  pErr->code = code;
  pErr->pos = pos;
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(pErr->msg, sizeof(pErr->msg), zFmt, ap);
  va_end(ap);
}

void tocsin_options_init(tocsin_options *pOpt) { memset(pOpt, 0, sizeof(*pOpt)); }

int doc_repair(tocsin_doc *d, const char *zKind, const char *zFrom, size_t nFrom,
               const char *zTo, size_t nTo, size_t at) {
  if (!vec_grow((void **)&d->aRepair, &d->nRepairAlloc, d->nRepair, sizeof(tocsin_repair)))
    return 0;
  tocsin_repair *r = &d->aRepair[d->nRepair];
  r->zKind = zKind;
  r->zFrom = arena_strndup(d->pArena, zFrom, nFrom);
  r->zTo = arena_strndup(d->pArena, zTo, nTo);
  r->at = at;
  if (!r->zFrom || !r->zTo) return 0;
  d->nRepair++;
  return 1;
}

static void doc_free_arrays(tocsin_doc *d) {
  free(d->aSent);
  free(d->aNote);
  free(d->aRepair);
  free(d->aEvent);
  free(d->aExtra);
}

void tocsin_doc_free(tocsin_doc *d) {
  if (!d) return;
  doc_free_arrays(d);
  buf_free(&d->outJson);
  buf_free(&d->outJsonl);
  buf_free(&d->outTsv);
  buf_free(&d->trace);
  arena_free(d->pArena);
  free(d);
}

static int cmp_repair(const void *a, const void *b) {
  const tocsin_repair *x = a, *y = b;
  return (x->at > y->at) - (x->at < y->at);
}

/* Runs the pipeline from the validated original to sentences. */
static int doc_build(tocsin_doc *d, tocsin_error *pErr) {
  Text t0 = {0}, t1 = {0}, t2 = {0}, body = {0}, t3 = {0};
  int rc = TOCSIN_ENOMEM;
  size_t iBody = 0, iNotes = 0;
  if (!text_init(&t0, d->zOrig, d->nOrig, 0)) goto done;
  if (!clean_markup(d, &t0, &t1)) goto done;
  if (!clean_ocr(d, &t1, &t2)) goto done;
  if (d->opt.bOneSentence) {
    /* a validation record or headline: no title, byline or notes to find */
    if (d->opt.zDate) {
      memcpy(d->zDate, d->opt.zDate, 10);
      d->zDate[10] = 0;
      d->zDateSource = "option";
    }
    if (!text_slice(&body, &t2, 0, t2.n)) goto done;
    d->iBodyStart = body.aOff[0];
    d->iBodyEnd = body.aOff[body.n];
    if (!sentences_one(d, &body, d->opt.bOneSentence == 2)) goto done;
    rc = TOCSIN_OK;
    goto done;
  }
  if (!layout_find(d, &t2, &iBody, &iNotes)) goto done;
  if (!d->zDate[0] && d->opt.zDate) {
    memcpy(d->zDate, d->opt.zDate, 10);
    d->zDate[10] = 0;
    d->zDateSource = "option";
  }
  if (!notes_parse(d, &t2, iNotes)) goto done;
  if (!text_slice(&body, &t2, iBody, iNotes - iBody)) goto done;
  d->iBodyStart = body.aOff[0];
  d->iBodyEnd = body.aOff[body.n];
  if (!clean_glued_markers(d, &body, &t3)) goto done;
  if (!sentences_split(d, &t3)) goto done;
  if (d->nRepair > 1) qsort(d->aRepair, d->nRepair, sizeof(tocsin_repair), cmp_repair);
  rc = TOCSIN_OK;
done:
  text_free(&t0);
  text_free(&t1);
  text_free(&t2);
  text_free(&body);
  text_free(&t3);
  if (rc) err_set(pErr, rc, (size_t)-1, "%s: out of memory", d->zPath ? d->zPath : "<input>");
  return rc;
}

tocsin_doc *tocsin_doc_parse(const char *zText, size_t nText, const char *zPath,
                             const tocsin_options *pOpt, tocsin_error *pErr) {
  tocsin_options opt;
  if (pOpt) opt = *pOpt;
  else tocsin_options_init(&opt);
  if (pErr) memset(pErr, 0, sizeof(*pErr));
  if (opt.zDate) {
    Ymd t;
    if (!ymd_parse(opt.zDate, &t)) {
      err_set(pErr, TOCSIN_EARG, (size_t)-1, "bad date '%s': expected YYYY-MM-DD", opt.zDate);
      return NULL;
    }
  }
  if (read_validate(zText, nText, zPath, &opt, pErr)) return NULL;
  tocsin_doc *d = calloc(1, sizeof(*d));
  if (!d || !(d->pArena = arena_new())) {
    free(d);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    return NULL;
  }
  d->opt = opt;
  d->zPath = arena_strdup(d->pArena, zPath ? zPath : "-");
  d->zOrig = arena_strndup(d->pArena, zText, nText);
  d->nOrig = nText;
  if (!d->zPath || !d->zOrig || doc_build(d, pErr)) {
    if (pErr && !pErr->code) err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "out of memory");
    tocsin_doc_free(d);
    return NULL;
  }
  if (opt.bDateOverride && opt.zDate) {
    memcpy(d->zDate, opt.zDate, 10);
    d->zDate[10] = 0;
    d->zDateSource = "option";
  }
  return d;
}

/* Reads a whole file into a malloc'ed buffer. */
static char *read_all(const char *zPath, size_t nMax, size_t *pn, tocsin_error *pErr) {
  struct stat st;
  if (stat(zPath, &st) != 0) {
    err_set(pErr, TOCSIN_EIO, (size_t)-1, "%s: cannot open: %s", zPath, strerror(errno));
    return NULL;
  }
  if (S_ISDIR(st.st_mode)) {
    err_set(pErr, TOCSIN_EISDIR, (size_t)-1,
            "%s: is a directory; give the files inside it (e.g. %s/*.txt)", zPath, zPath);
    return NULL;
  }
  FILE *f = fopen(zPath, "rb");
  if (!f) {
    err_set(pErr, TOCSIN_EIO, (size_t)-1, "%s: cannot open: %s", zPath, strerror(errno));
    return NULL;
  }
  Buf b;
  buf_init(&b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
    buf_append(&b, chunk, n);
    if (b.n > nMax) break;    /* read_validate reports the limit */
  }
  int bErr = ferror(f);
  fclose(f);
  if (bErr || b.bOom) {
    err_set(pErr, bErr ? TOCSIN_EIO : TOCSIN_ENOMEM, b.n, "%s: read failed at byte %zu", zPath, b.n);
    buf_free(&b);
    return NULL;
  }
  if (!b.z) buf_reserve(&b, 0);
  *pn = b.n;
  return b.z;
}

tocsin_doc *tocsin_doc_read_file(const char *zPath, const tocsin_options *pOpt,
                                 tocsin_error *pErr) {
  size_t nMax = (pOpt && pOpt->nMaxBytes) ? pOpt->nMaxBytes : (size_t)64 << 20;
  size_t n = 0;
  char *z = read_all(zPath, nMax, &n, pErr);
  if (!z) return NULL;
  tocsin_doc *d = read_doc_any(z, n, zPath, pOpt, pErr);   /* text goes straight to tocsin_doc_parse */
  free(z);
  return d;
}

/* ---- streaming ------------------------------------------------------------- */

struct tocsin_parser {
  Buf b;
  char *zPath;
  tocsin_options opt;
};

tocsin_parser *tocsin_parser_new(const char *zPath, const tocsin_options *pOpt) {
  tocsin_parser *p = calloc(1, sizeof(*p));
  if (!p) return NULL;
  if (pOpt) p->opt = *pOpt;
  if (zPath && !(p->zPath = strdup(zPath))) {
    free(p);
    return NULL;
  }
  return p;
}

int tocsin_parser_feed(tocsin_parser *p, const char *zChunk, size_t nChunk, tocsin_error *pErr) {
  size_t nMax = p->opt.nMaxBytes ? p->opt.nMaxBytes : (size_t)64 << 20;
  if (p->b.n + nChunk > nMax) {
    err_set(pErr, TOCSIN_ELIMIT, nMax, "%s: input exceeds the limit of %zu bytes",
            p->zPath ? p->zPath : "<input>", nMax);
    return TOCSIN_ELIMIT;
  }
  buf_append(&p->b, zChunk, nChunk);
  if (p->b.bOom) {
    err_set(pErr, TOCSIN_ENOMEM, p->b.n, "out of memory");
    return TOCSIN_ENOMEM;
  }
  return TOCSIN_OK;
}

tocsin_doc *tocsin_parser_finish(tocsin_parser *p, tocsin_error *pErr) {
  return read_doc_any(p->b.z ? p->b.z : "", p->b.n, p->zPath, &p->opt, pErr);
}

void tocsin_parser_free(tocsin_parser *p) {
  if (!p) return;
  buf_free(&p->b);
  free(p->zPath);
  free(p);
}

/* ---- accessors ------------------------------------------------------------- */

const char *tocsin_doc_path(const tocsin_doc *d) { return d->zPath; }
const char *tocsin_doc_title(const tocsin_doc *d) { return d->zTitle; }
const char *tocsin_doc_author(const tocsin_doc *d) { return d->zAuthor; }
const char *tocsin_doc_date(const tocsin_doc *d) { return d->zDate[0] ? d->zDate : NULL; }
const char *tocsin_doc_date_source(const tocsin_doc *d) { return d->zDateSource; }
size_t tocsin_doc_sentence_count(const tocsin_doc *d) { return d->nSent; }
const tocsin_sentence *tocsin_doc_sentence(const tocsin_doc *d, size_t i) {
  return i < d->nSent ? &d->aSent[i] : NULL;
}
size_t tocsin_doc_note_count(const tocsin_doc *d) { return d->nNote; }
const tocsin_note *tocsin_doc_note(const tocsin_doc *d, size_t i) {
  return i < d->nNote ? &d->aNote[i] : NULL;
}
const tocsin_note *tocsin_doc_find_note(const tocsin_doc *d, int n) {
  size_t lo = 0, hi = d->nNote;   /* notes are sorted by number */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->aNote[mid].n == n) return &d->aNote[mid];
    if (d->aNote[mid].n < n) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}
size_t tocsin_doc_repair_count(const tocsin_doc *d) { return d->nRepair; }
const tocsin_repair *tocsin_doc_repair(const tocsin_doc *d, size_t i) {
  return i < d->nRepair ? &d->aRepair[i] : NULL;
}
size_t tocsin_doc_event_count(const tocsin_doc *d) { return d->nEvent; }
const tocsin_event *tocsin_doc_event(const tocsin_doc *d, size_t i) {
  return i < d->nEvent ? &d->aEvent[i] : NULL;
}

const char *tocsin_doc_json(tocsin_doc *d, size_t *pn) {
  d->outJson.n = 0;
  if (!emit_doc_json(d, &d->outJson)) return NULL;
  if (pn) *pn = d->outJson.n;
  return d->outJson.z;
}

const char *tocsin_events_jsonl(tocsin_doc *d, size_t *pn) {
  d->outJsonl.n = 0;
  if (!emit_events_jsonl(d, &d->outJsonl)) return NULL;
  if (pn) *pn = d->outJsonl.n;
  return d->outJsonl.z ? d->outJsonl.z : "";
}

const char *tocsin_events_tsv(tocsin_doc *d, int bHeader, size_t *pn) {
  d->outTsv.n = 0;
  if (!emit_events_tsv(d, &d->outTsv, bHeader)) return NULL;
  if (pn) *pn = d->outTsv.n;
  return d->outTsv.z ? d->outTsv.z : "";
}
