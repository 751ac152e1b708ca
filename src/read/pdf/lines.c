/*
** From the visual lines of PDF pages (text layer or OCR) to the text form:
** running headers, footers and page numbers dropped; paragraphs rebuilt from
** vertical gaps, font changes and short last lines; words hyphenated at a
** line end joined; after a notes heading one line per visual line, so each
** numbered note starts its own line as the notes parser expects.
*/
#include "module.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int plines_add(PLines *p, const char *z, size_t nz, double x1, double y1, double x2, double y2,
               double rSize, int iPage) {
  if (!vec_grow((void **)&p->a, &p->nAlloc, p->n, sizeof(PLine))) {
    p->bOom = 1;
    return 0;
  }
  PLine *l = &p->a[p->n];
  memset(l, 0, sizeof *l);
  if (!(l->z = malloc(nz + 1))) {
    p->bOom = 1;
    return 0;
  }
  memcpy(l->z, z, nz);
  l->z[nz] = 0;
  l->x1 = x1, l->y1 = y1, l->x2 = x2, l->y2 = y2;
  l->rSize = rSize;
  l->iPage = iPage;
  p->n++;
  return 1;
}

void plines_free(PLines *p) {
  for (size_t i = 0; i < p->n; i++) free(p->a[i].z);
  free(p->a);
  memset(p, 0, sizeof *p);
}

/* A page-number line: "7", "- 7 -", "Page 7", "7 of 12", "Page 7 of 12". */
static int is_page_number(const char *z) {
  while (*z == ' ' || *z == '-' || *z == '[') z++;
  if (!strnicmp_ascii(z, "page ", 5)) z += 5;
  if (!is_digit((unsigned char)*z)) return 0;
  while (is_digit((unsigned char)*z)) z++;
  while (*z == ' ') z++;
  if (!strnicmp_ascii(z, "of ", 3)) {
    z += 3;
    while (is_digit((unsigned char)*z)) z++;
  }
  while (*z == ' ' || *z == '-' || *z == ']') z++;
  return *z == 0;
}

/* The line with digits folded, so "Report | page 3" matches "Report | page 4". */
static char *fold_key(const char *z) {
  size_t n = strlen(z);
  char *k = malloc(n + 1);
  if (!k) return NULL;
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    if (is_digit((unsigned char)z[i])) {
      if (j == 0 || k[j - 1] != '#') k[j++] = '#';
    } else {
      k[j++] = z[i];
    }
  }
  k[j] = 0;
  return k;
}

/* Header/footer bands: the top and bottom 8 % of the page. */
#define BAND 0.08

static void mark_furniture(PLines *p, int nPage) {
  double h = p->rPageH > 0 ? p->rPageH : 792;
  for (size_t i = 0; i < p->n; i++) {
    PLine *l = &p->a[i];
    int bBand = l->y2 < h * BAND || l->y1 > h * (1 - BAND);
    if (!bBand) continue;
    if (is_page_number(l->z)) {
      l->bDrop = 1;
      continue;
    }
    if (nPage < 2) continue;
    /* repeated on at least two pages (and on most pages of a long document) */
    char *k = fold_key(l->z);
    if (!k) continue;
    int nSeen = 0, iLastPage = -1;
    for (size_t j = 0; j < p->n; j++) {
      const PLine *m = &p->a[j];
      if (m->iPage == iLastPage || !(m->y2 < h * BAND || m->y1 > h * (1 - BAND))) continue;
      char *k2 = fold_key(m->z);
      if (k2 && !strcmp(k, k2)) nSeen++, iLastPage = m->iPage;
      free(k2);
    }
    free(k);
    if (nSeen >= 2 && nSeen * 3 >= nPage) l->bDrop = 1;
  }
}

/* Right edge of the column line i sits in: the widest line on its page that
** starts where it starts. */
static double column_right(const PLines *p, size_t i) {
  const PLine *l = &p->a[i];
  double r = l->x2;
  for (size_t j = 0; j < p->n; j++) {
    const PLine *m = &p->a[j];
    if (m->iPage == l->iPage && !m->bDrop && fabs(m->x1 - l->x1) < 3 * l->rSize && m->x2 > r) r = m->x2;
  }
  return r;
}

static int ends_sentence(const char *z) {
  size_t n = strlen(z);
  while (n && (z[n - 1] == ' ')) n--;
  /* a trailing marker does not count: "election.<sup>4</sup>" ends a sentence */
  while (n > 6 && !strncmp(z + n - 6, "</sup>", 6)) {
    size_t k = n - 6;
    while (k > 5 && strncmp(z + k - 5, "<sup>", 5)) k--;
    if (k <= 5) break;
    n = k - 5;
  }
  if (!n) return 0;
  char c = z[n - 1];
  return c == '.' || c == '?' || c == '!' || c == ':' || c == '"' || c == ')';
}

/* Reading order within a page: lines spanning most of the width (titles,
** single-column text) cut the page into bands; in each band the left column
** is read top to bottom before the right one. Poppler's own order sometimes
** puts a block of the right column first; Tesseract's is usually right, and
** this order agrees with it. */
typedef struct OrderKey { int iPage, iBand, iCol; double y; size_t i; } OrderKey;

static int cmp_order(const void *pa, const void *pb) {
  const OrderKey *a = pa, *b = pb;
  if (a->iPage != b->iPage) return a->iPage - b->iPage;
  if (a->iBand != b->iBand) return a->iBand - b->iBand;
  if (a->iCol != b->iCol) return a->iCol - b->iCol;
  if (a->y != b->y) return a->y < b->y ? -1 : 1;
  return (a->i > b->i) - (a->i < b->i);
}

static int order_lines(PLines *p) {
  double w = p->rPageW > 0 ? p->rPageW : 612;
  OrderKey *aKey = malloc((p->n + 1) * sizeof(OrderKey));
  PLine *aNew = malloc((p->n + 1) * sizeof(PLine));
  if (!aKey || !aNew) {
    free(aKey);
    free(aNew);
    return 0;
  }
  for (size_t i = 0; i < p->n; i++) {
    const PLine *l = &p->a[i];
    aKey[i].iPage = l->iPage;
    aKey[i].iCol = (l->x1 + l->x2) / 2 < w / 2 ? 0 : 1;
    aKey[i].y = l->y1;
    aKey[i].i = i;
    /* band: the number of full-width lines above this one on its page */
    int iBand = 0;
    int bFull = l->x2 - l->x1 > 0.55 * w;
    for (size_t j = 0; j < p->n; j++) {
      const PLine *m = &p->a[j];
      if (m->iPage == l->iPage && m->x2 - m->x1 > 0.55 * w && m->y1 < l->y1 - 0.1) iBand++;
    }
    aKey[i].iBand = bFull ? iBand * 2 + 1 : iBand * 2;
    if (bFull) aKey[i].iCol = 0;
  }
  qsort(aKey, p->n, sizeof(OrderKey), cmp_order);
  for (size_t i = 0; i < p->n; i++) aNew[i] = p->a[aKey[i].i];
  free(p->a);
  p->a = aNew;
  p->nAlloc = p->n + 1;
  free(aKey);
  return 1;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The usual distance between the baselines (bottoms) of consecutive lines in
** a column: the median, so paragraph gaps and headings do not move it. */
static double line_pitch(const PLines *p) {
  double *a = malloc((p->n + 1) * sizeof(double));
  size_t n = 0;
  const PLine *pPrev = NULL;
  for (size_t i = 0; a && i < p->n; i++) {
    const PLine *l = &p->a[i];
    if (l->bDrop) continue;
    if (pPrev && l->iPage == pPrev->iPage && l->y2 > pPrev->y2 && l->y2 - pPrev->y2 < 3 * l->rSize)
      a[n++] = l->y2 - pPrev->y2;
    pPrev = l;
  }
  double r = n ? (qsort(a, n, sizeof(double), cmp_double), a[n / 2]) : 0;
  free(a);
  return r;
}

/* The last token of z looks like a URL, so a line break inside it is not a
** hyphenation and not a space. */
static int ends_in_url(const char *z, size_t n) {
  size_t a = n;
  while (a > 0 && z[a - 1] != ' ' && z[a - 1] != '\n') a--;
  for (size_t i = a; i + 1 < n; i++)
    if (z[i] == '/' || !strncmp(z + i, "www.", 4)) return 1;
  return 0;
}

/* A line that starts a note: "12. ..." or "12 ...". */
static int starts_note(const char *z) {
  if (!is_digit((unsigned char)*z)) return 0;
  while (is_digit((unsigned char)*z)) z++;
  if (*z == '.') z++;
  return *z == ' ';
}

void plines_assemble(PLines *p, int nPage, Buf *pOut) {
  if (!order_lines(p)) {
    pOut->bOom = 1;
    return;
  }
  mark_furniture(p, nPage);
  double rPitch = line_pitch(p);
  int bNotes = 0;
  const PLine *pPrev = NULL;
  size_t iPrev = 0;
  for (size_t i = 0; i < p->n; i++) {
    const PLine *l = &p->a[i];
    if (l->bDrop || !l->z[0]) continue;
    int bHeading = structure_is_notes_heading(l->z, strlen(l->z));
    if (pPrev) {
      size_t nPrev = pOut->n;
      int bHyphen = nPrev >= 2 && pOut->z[nPrev - 1] == '-' && is_alpha((unsigned char)pOut->z[nPrev - 2]) &&
                    is_lower((unsigned char)l->z[0]);
      int bPara;
      double rSize = pPrev->rSize > 0 ? pPrev->rSize : 10;
      if (bHeading || (bNotes && 0)) {
        bPara = 1;
      } else if (l->iPage != pPrev->iPage || l->y1 < pPrev->y1 - 0.5 * rSize) {
        /* a new column or page: the paragraph ended if the last line was short */
        bPara = ends_sentence(pPrev->z) && pPrev->x2 < column_right(p, iPrev) - 2 * rSize;
      } else {
        double rStep = l->y2 - pPrev->y2, rMax = rPitch * 1.3;
        if (rMax < rSize * 1.45) rMax = rSize * 1.45;
        bPara = rStep > rMax || fabs(l->rSize - pPrev->rSize) > 0.2 * rSize;
        /* a short last line before a line at the same left edge also ends one */
        if (!bPara && !bNotes && ends_sentence(pPrev->z) &&
            pPrev->x2 < column_right(p, iPrev) - 4 * rSize && fabs(l->x1 - pPrev->x1) < rSize)
          bPara = 1;
      }
      int bUrl = ends_in_url(pOut->z, pOut->n);
      if (bUrl && !bHeading && !strchr(l->z, ' ') && !(bNotes && starts_note(l->z))) {
        /* a URL broken over lines: the pieces join as they are */
      } else if (bHyphen && !bHeading) {
        pOut->n--;   /* "consti-" + "tution" */
      } else if (bNotes) {
        buf_putc(pOut, '\n');
      } else if (bPara) {
        buf_puts(pOut, "\n\n");
      } else {
        buf_putc(pOut, ' ');
      }
    }
    buf_puts(pOut, l->z);
    if (bHeading) {
      buf_puts(pOut, "\n");
      bNotes = 1;
    }
    pPrev = l;
    iPrev = i;
  }
  buf_putc(pOut, '\n');
}
