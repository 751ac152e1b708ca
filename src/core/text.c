/*
** Text with per-byte original offsets, and the writer stages use to rewrite it.
*/
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void text_free(Text *t) {
  free(t->z);
  free(t->aOff);
  memset(t, 0, sizeof(*t));
}

int text_init(Text *t, const char *z, size_t n, size_t base) {
  memset(t, 0, sizeof(*t));
  t->z = malloc(n + 1);
  t->aOff = malloc((n + 1) * sizeof(size_t));
  if (!t->z || !t->aOff) {
    text_free(t);
    return 0;
  }
  memcpy(t->z, z, n);
  t->z[n] = 0;
  for (size_t i = 0; i <= n; i++) t->aOff[i] = base + i;
  t->n = n;
  return 1;
}

int text_slice(Text *out, const Text *in, size_t i, size_t n) {
  if (i > in->n) i = in->n;
  if (n > in->n - i) n = in->n - i;
  if (!text_init(out, in->z + i, n, 0)) return 0;
  memcpy(out->aOff, in->aOff + i, (n + 1) * sizeof(size_t));
  return 1;
}

void tw_init(TextWriter *w) { memset(w, 0, sizeof(*w)); }

void tw_free(TextWriter *w) {
  buf_free(&w->b);
  free(w->aOff);
  memset(w, 0, sizeof(*w));
}

static int tw_room(TextWriter *w, size_t n) {
  if (w->bOom || w->b.bOom) {
    w->bOom = 1;
    return 0;
  }
  size_t need = w->b.n + n + 1;
  if (need > w->nAlloc) {
    size_t nNew = w->nAlloc ? w->nAlloc * 2 : 1024;
    while (nNew < need) nNew *= 2;
    size_t *a = realloc(w->aOff, nNew * sizeof(size_t));
    if (!a) {
      w->bOom = 1;
      return 0;
    }
    w->aOff = a;
    w->nAlloc = nNew;
  }
  return 1;
}

void tw_copy(TextWriter *w, const Text *in, size_t i, size_t n) {
  if (!n || !tw_room(w, n)) return;
  memcpy(w->aOff + w->b.n, in->aOff + i, n * sizeof(size_t));
  buf_append(&w->b, in->z + i, n);
}

void tw_emit(TextWriter *w, const char *z, size_t n, size_t at) {
  if (!n || !tw_room(w, n)) return;
  for (size_t k = 0; k < n; k++) w->aOff[w->b.n + k] = at;
  buf_append(&w->b, z, n);
}

void tw_emitc(TextWriter *w, char c, size_t at) { tw_emit(w, &c, 1, at); }

void tw_marker(TextWriter *w, int n, size_t at) {
  char z[24];
  int k = 0;
  z[k++] = MARK_OPEN;
  char digits[16];
  int nd = 0;
  if (n < 0) n = 0;
  do {
    digits[nd++] = (char)('0' + n % 10);
    n /= 10;
  } while (n && nd < 15);
  while (nd) z[k++] = digits[--nd];
  z[k++] = MARK_CLOSE;
  tw_emit(w, z, (size_t)k, at);
}

int tw_finish(TextWriter *w, Text *out, size_t endOff) {
  if (!tw_room(w, 0)) {
    tw_free(w);
    return 0;
  }
  if (!w->b.z) buf_reserve(&w->b, 0);
  if (w->b.bOom) {
    tw_free(w);
    return 0;
  }
  w->aOff[w->b.n] = endOff;
  out->z = w->b.z;
  out->n = w->b.n;
  out->aOff = w->aOff;
  memset(w, 0, sizeof(*w));
  return 1;
}

int text_is_blank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

size_t text_marker_len(const char *z, size_t n, size_t i) {
  if (i >= n || z[i] != MARK_OPEN) return 0;
  size_t k = i + 1;
  while (k < n && is_digit((unsigned char)z[k])) k++;
  return (k < n && z[k] == MARK_CLOSE && k > i + 1) ? k + 1 - i : 0;
}

size_t text_word_count(const char *z, size_t a, size_t b) {
  size_t n = 0;
  int bIn = 0;
  for (size_t i = a; i < b; i++) {
    int bSp = is_space((unsigned char)z[i]);
    if (!bSp && !bIn) n++;
    bIn = !bSp;
  }
  return n;
}
