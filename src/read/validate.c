/*
** Input validation: what the cleaner may assume about its bytes.
** Errors name the byte offset and line so a user can find the fault.
*/
#include "../core/internal.h"

#include <string.h>

/* 1-based line of byte offset pos. */
static size_t line_of(const char *z, size_t pos) {
  size_t line = 1;
  for (size_t i = 0; i < pos; i++) line += z[i] == '\n';
  return line;
}

int read_validate(const char *z, size_t n, const char *zPath, const tocsin_options *pOpt,
                  tocsin_error *pErr) {
  const char *zName = zPath ? zPath : "<input>";
  size_t nMax = pOpt->nMaxBytes ? pOpt->nMaxBytes : (size_t)64 << 20;
  size_t nMaxLine = pOpt->nMaxLine ? pOpt->nMaxLine : (size_t)1 << 20;
  if (n > nMax) {
    err_set(pErr, TOCSIN_ELIMIT, nMax,
            "%s: input is %zu bytes, over the limit of %zu bytes; split it or raise the limit (--max-bytes)",
            zName, n, nMax);
    return TOCSIN_ELIMIT;
  }
  size_t i = 0;
  while (i < n && is_space((unsigned char)z[i])) i++;
  if (i == n) {
    err_set(pErr, TOCSIN_EEMPTY, 0, "%s: the document is empty (%zu bytes, no text)", zName, n);
    return TOCSIN_EEMPTY;
  }
  const char *pNul = memchr(z, 0, n);
  if (pNul) {
    size_t pos = (size_t)(pNul - z);
    err_set(pErr, TOCSIN_ENUL, pos,
            "%s: NUL byte at byte %zu (line %zu): this looks like a binary file, not text; convert it to text first",
            zName, pos, line_of(z, pos));
    if (pErr) pErr->line = line_of(z, pos);
    return TOCSIN_ENUL;
  }
  size_t bad = utf8_check(z, n);
  if (bad != (size_t)-1) {
    size_t line = line_of(z, bad);
    err_set(pErr, TOCSIN_EUTF8, bad,
            "%s: invalid UTF-8 at byte %zu (line %zu, byte 0x%02X); re-encode the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
            zName, bad, line, (unsigned char)z[bad]);
    if (pErr) pErr->line = line;
    return TOCSIN_EUTF8;
  }
  size_t iLine = 0, nLine = 1;
  for (size_t k = 0; k <= n; k++) {
    if (k == n || z[k] == '\n') {
      if (k - iLine > nMaxLine) {
        err_set(pErr, TOCSIN_ELIMIT, iLine,
                "%s: line %zu (starting at byte %zu) is %zu bytes long, over the limit of %zu; "
                "is this a text document? raise the limit with --max-line",
                zName, nLine, iLine, k - iLine, nMaxLine);
        if (pErr) pErr->line = nLine;
        return TOCSIN_ELIMIT;
      }
      iLine = k + 1;
      nLine++;
    } else if ((unsigned char)z[k] < 0x20 && z[k] != '\t' && z[k] != '\r' && z[k] != '\f') {
      /* control bytes would collide with the inline marker encoding */
      err_set(pErr, TOCSIN_EFORMAT, k,
              "%s: control byte 0x%02X at byte %zu (line %zu); this is not plain text",
              zName, (unsigned char)z[k], k, nLine);
      if (pErr) pErr->line = nLine;
      return TOCSIN_EFORMAT;
    }
  }
  return TOCSIN_OK;
}
