/*
** Input types: detection from the content, the --type names, and the
** conversion step that turns PDF and HTML into the text form before the
** pipeline (read.h). Plain text never passes through here unchanged: it goes
** straight to tocsin_doc_parse, so text behaviour is exactly as before.
*/
#include "read.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

double read_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const azTypeName[] = {"auto", "text", "html", "pdf", "jsonl"};

const char *tocsin_type_name(int iType) {
  return iType >= 0 && iType <= TOCSIN_TYPE_JSONL ? azTypeName[iType] : "unknown";
}

int tocsin_type_from_name(const char *zName) {
  for (int i = 0; i <= TOCSIN_TYPE_JSONL; i++)
    if (zName && !strcmp(zName, azTypeName[i])) return i;
  if (zName && (!strcmp(zName, "txt") || !strcmp(zName, "md") || !strcmp(zName, "markdown")))
    return TOCSIN_TYPE_TEXT;
  return -1;
}

/* 1 if z[i..n) starts with zWord, ASCII case-insensitive. */
static int starts_with_ci(const char *z, size_t n, size_t i, const char *zWord) {
  size_t k = strlen(zWord);
  return i + k <= n && strnicmp_ascii(z + i, zWord, k) == 0;
}

/* Sniffs at most this many bytes: detection must not read a whole 64 MiB file
** twice, and every signature we look for sits near the start. */
#define SNIFF_BYTES 65536

int read_detect(const char *z, size_t n) {
  size_t nSniff = n < SNIFF_BYTES ? n : SNIFF_BYTES;
  /* %PDF- may follow a little junk (some generators prepend bytes; readers
  ** accept it within the first 1024 bytes). */
  size_t nPdf = nSniff < 1024 ? nSniff : 1024;
  for (size_t i = 0; i + 5 <= nPdf; i++)
    if (z[i] == '%' && !memcmp(z + i, "%PDF-", 5)) return TOCSIN_TYPE_PDF;
  size_t i = 0;
  if (nSniff >= 3 && !memcmp(z, "\xEF\xBB\xBF", 3)) i = 3;   /* UTF-8 BOM */
  while (i < nSniff && is_space((unsigned char)z[i])) i++;
  /* HTML: a doctype, an <html> tag, possibly after an XML declaration or comments */
  for (int nSkip = 0; nSkip < 8 && i < nSniff && z[i] == '<'; nSkip++) {
    if (starts_with_ci(z, nSniff, i, "<!doctype html") || starts_with_ci(z, nSniff, i, "<html"))
      return TOCSIN_TYPE_HTML;
    const char *zEnd = NULL;
    if (starts_with_ci(z, nSniff, i, "<!--")) zEnd = "-->";
    else if (starts_with_ci(z, nSniff, i, "<?xml")) zEnd = "?>";
    else break;
    const char *p = NULL;
    for (size_t k = i; k + strlen(zEnd) <= nSniff; k++)
      if (!memcmp(z + k, zEnd, strlen(zEnd))) { p = z + k; break; }
    if (!p) break;
    i = (size_t)(p - z) + strlen(zEnd);
    while (i < nSniff && is_space((unsigned char)z[i])) i++;
  }
  /* JSONL: every non-blank line seen starts with '{' and at least one complete
  ** line parses as a JSON object (a bad line must not make a stream "text"). */
  if (i < nSniff && z[i] == '{') {
    int nGood = 0, nLine = 0;
    size_t k = i;
    while (k < nSniff && nLine < 8) {
      const char *pNl = memchr(z + k, '\n', nSniff - k);
      if (!pNl) break;   /* the last line may be cut by the sniff window */
      size_t e = (size_t)(pNl - z), a = k;
      while (a < e && is_space((unsigned char)z[a])) a++;
      if (a < e) {
        if (z[a] != '{') return TOCSIN_TYPE_TEXT;
        json_error_t jerr;
        json_t *j = json_loadb(z + a, e - a, JSON_DECODE_ANY, &jerr);
        if (j && json_is_object(j)) nGood++;
        json_decref(j);
        nLine++;
      }
      k = e + 1;
    }
    if (nLine == 0 && n <= SNIFF_BYTES) {   /* a one-line stream without a final newline */
      json_error_t jerr;
      json_t *j = json_loadb(z + i, n - i, JSON_DECODE_ANY, &jerr);
      if (j && json_is_object(j)) nGood++;
      json_decref(j);
    }
    if (nGood > 0) return TOCSIN_TYPE_JSONL;
  }
  return TOCSIN_TYPE_TEXT;
}

int tocsin_detect_type(const char *z, size_t n) { return read_detect(z, n); }

/* Replaces bytes the validator rejects (controls other than tab and newline)
** by spaces: a converter's output is ours, and a stray control character from
** a PDF string must not make the whole document unreadable. */
static void scrub_controls(Buf *b) {
  for (size_t i = 0; i < b->n; i++) {
    unsigned char c = (unsigned char)b->z[i];
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) b->z[i] = ' ';
  }
}

int read_convert(const char *z, size_t n, int iType, const char *zName,
                 const tocsin_options *pOpt, Buf *pOut, tocsin_error *pErr) {
  buf_init(pOut);
  int rc;
  switch (iType) {
    case TOCSIN_TYPE_HTML: rc = read_html(z, n, zName, pOpt, pOut, pErr); break;
    case TOCSIN_TYPE_PDF: rc = read_pdf(z, n, zName, pOpt, pOut, pErr); break;
    default:
      err_set(pErr, TOCSIN_EARG, (size_t)-1, "%s: cannot convert type %s", zName,
              tocsin_type_name(iType));
      return TOCSIN_EARG;
  }
  if (rc == TOCSIN_OK && pOut->bOom) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory converting the %s", zName,
            tocsin_type_name(iType));
    rc = TOCSIN_ENOMEM;
  }
  if (rc != TOCSIN_OK) {
    buf_free(pOut);
    return rc;
  }
  buf_reserve(pOut, 1);
  scrub_controls(pOut);
  size_t k = 0;
  while (k < pOut->n && is_space((unsigned char)pOut->z[k])) k++;
  if (k == pOut->n) {
    err_set(pErr, TOCSIN_EEMPTY, (size_t)-1,
            iType == TOCSIN_TYPE_PDF
                ? "%s: the PDF has no text layer and OCR found no text; is it blank, or a drawing?"
                : "%s: the %s page has no readable text (only navigation, scripts or markup)",
            zName, tocsin_type_name(iType));
    buf_free(pOut);
    return TOCSIN_EEMPTY;
  }
  return TOCSIN_OK;
}

int tocsin_convert(const char *z, size_t n, int iType, const char *zName,
                   const tocsin_options *pOpt, char **pzOut, size_t *pnOut, tocsin_error *pErr) {
  tocsin_options opt;
  if (pOpt) opt = *pOpt;
  else tocsin_options_init(&opt);
  if (pErr) memset(pErr, 0, sizeof(*pErr));
  if (iType == TOCSIN_TYPE_AUTO) iType = read_detect(z, n);
  Buf b;
  int rc = read_convert(z, n, iType, zName ? zName : "<input>", &opt, &b, pErr);
  if (rc) return rc;
  *pzOut = b.z;
  *pnOut = b.n;
  return TOCSIN_OK;
}

void tocsin_free(void *p) { free(p); }

tocsin_doc *read_doc_any(const char *z, size_t n, const char *zPath,
                         const tocsin_options *pOpt, tocsin_error *pErr) {
  const char *zName = zPath ? zPath : "<input>";
  int iType = pOpt && pOpt->iType ? pOpt->iType : read_detect(z, n);
  if (iType == TOCSIN_TYPE_TEXT) return tocsin_doc_parse(z, n, zPath, pOpt, pErr);
  if (iType == TOCSIN_TYPE_JSONL) {
    err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
            "%s: this is a JSONL news stream (one article per line); read it with "
            "tocsin_input_open (the tocsin command does), or give --type text",
            zName);
    return NULL;
  }
  size_t nMax = pOpt && pOpt->nMaxBytes ? pOpt->nMaxBytes : (size_t)64 << 20;
  if (n > nMax) {
    err_set(pErr, TOCSIN_ELIMIT, nMax,
            "%s: input is over the limit of %zu bytes; split it or raise the limit (--max-bytes)",
            zName, nMax);
    return NULL;
  }
  if (pErr) memset(pErr, 0, sizeof(*pErr));
  Buf b;
  if (read_convert(z, n, iType, zName, pOpt, &b, pErr)) return NULL;
  tocsin_doc *d = tocsin_doc_parse(b.z, b.n, zPath, pOpt, pErr);
  buf_free(&b);
  return d;
}
