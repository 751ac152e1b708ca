/*
** OCR of page images with Tesseract's C API (libtesseract, English data from
** Debian's tesseract-ocr-eng). Lines come back with their boxes in points, so
** the same layout rules as a text layer apply (read/pdf/lines.c). Footnote
** markers are found in the pixels, not in Tesseract's symbol boxes: small
** glyphs raised clear of each line's baseline, grouped side by side, each
** group read again alone by a digits-only engine (see find_groups). The text
** then goes through the usual cleaning, whose OCR repairs (clean/ocr.c) are
** reported as repairs.
*/
#include "module.h"

#include <stdlib.h>
#include <string.h>
#include <tesseract/capi.h>

struct OcrEngine {
  TessBaseAPI *pApi;
  TessBaseAPI *pDigits;    /* second engine: re-reads marker crops as digits */
};

OcrEngine *ocr_new(const char *zName, tocsin_error *pErr) {
  OcrEngine *p = calloc(1, sizeof *p);
  if (!p || !(p->pApi = TessBaseAPICreate())) {
    free(p);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory starting OCR", zName);
    return NULL;
  }
  /* Tesseract writes diagnostics to stderr unless told otherwise */
  TessBaseAPISetVariable(p->pApi, "debug_file", "/dev/null");
  if (TessBaseAPIInit3(p->pApi, NULL, "eng") != 0) {
    TessBaseAPIDelete(p->pApi);
    free(p);
    err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
            "%s: the PDF has scanned pages, and OCR needs Tesseract's English data "
            "(Debian: apt-get install tesseract-ocr-eng; or set TESSDATA_PREFIX)",
            zName);
    return NULL;
  }
  TessBaseAPISetVariable(p->pApi, "debug_file", "/dev/null");
  /* keep the spaces between words as they are in the image */
  TessBaseAPISetVariable(p->pApi, "preserve_interword_spaces", "0");
  /* The API's default is one uniform block, which reads across the gutter of
  ** a two-column page; full layout analysis finds the columns. */
  TessBaseAPISetPageSegMode(p->pApi, PSM_AUTO);
  /* Small raised digits are often read as punctuation ("!" for 1, "°" for 3,
  ** "*" for 4); a second engine reads each raised group alone, digits only. */
  if ((p->pDigits = TessBaseAPICreate()) != NULL) {
    TessBaseAPISetVariable(p->pDigits, "debug_file", "/dev/null");
    if (TessBaseAPIInit3(p->pDigits, NULL, "eng") != 0) {
      TessBaseAPIDelete(p->pDigits);
      p->pDigits = NULL;
    } else {
      TessBaseAPISetVariable(p->pDigits, "debug_file", "/dev/null");
      TessBaseAPISetVariable(p->pDigits, "tessedit_char_whitelist", "0123456789,");
      TessBaseAPISetPageSegMode(p->pDigits, PSM_SINGLE_LINE);
    }
  }
  return p;
}

void ocr_free(OcrEngine *p) {
  if (!p) return;
  TessBaseAPIEnd(p->pApi);
  TessBaseAPIDelete(p->pApi);
  if (p->pDigits) {
    TessBaseAPIEnd(p->pDigits);
    TessBaseAPIDelete(p->pDigits);
  }
  free(p);
}

typedef struct OcrLine {
  Buf b;
  int x1, y1, x2, y2;       /* pixels */
  int yBase;                /* baseline at the line's middle */
  int hDigit;               /* typical height of a full-size digit or capital */
} OcrLine;

static int flush_line(OcrLine *l, double rScale, int iPage, PLines *pOut) {
  while (l->b.n && l->b.z[l->b.n - 1] == ' ') l->b.n--;
  int ok = 1;
  if (l->b.n) {
    double rCap = (double)(l->yBase - l->y1);
    double rSize = rCap > 0 ? rCap * rScale / 0.72 : (l->y2 - l->y1) * rScale;
    ok = plines_add(pOut, l->b.z, l->b.n, l->x1 * rScale, l->y1 * rScale, l->x2 * rScale, l->y2 * rScale,
                    rSize, iPage);
  }
  l->b.n = 0;
  return ok && !l->b.bOom;
}

/* A footnote marker found in the image: a group of connected ink components
** that are small (digit-sized for the superscript size) and raised clear of the
** line's baseline, side by side. Tesseract's own symbol boxes are too loose for
** this (a raised "1" after a period comes back as one "!" reaching the
** baseline), so the groups come from the pixels, and the symbols Tesseract read
** over a group are replaced by the group's digits. */
#define INK 160        /* grey below this is ink */
#define MAX_GROUPS 32

typedef struct Comp {
  int x1, y1, x2, y2;    /* pixels, inclusive */
  int nPx;
  int bEdge;             /* touches the top of the searched band: the line above */
} Comp;

typedef struct SupGroup {
  int x1, y1, x2, y2;    /* pixels, inclusive */
  int iFirst, iLast;     /* components (indexes into the sorted raised list) */
  char zDigits[32];      /* what the digits-only read gave ("" when nothing) */
  int bDone;             /* emitted (or given up) */
} SupGroup;

typedef struct LineScan {
  int bx1, by1, bx2, by2;   /* the band searched, pixels, inclusive */
  int *aLabel;              /* component number + 1 per pixel of the band, 0 for none */
  Comp *aComp;
  int nComp, nAlloc;
  int *aRaised;             /* components that may belong to a marker, by x */
  Comp *aGlyph;             /* the box of the glyph each of them is part of */
  int nRaised;
  SupGroup aGroup[MAX_GROUPS];
  int nGroup;
} LineScan;

static void scan_free(LineScan *s) {
  free(s->aLabel);
  free(s->aComp);
  free(s->aRaised);
  free(s->aGlyph);
  memset(s, 0, sizeof *s);
}

/* Labels the 8-connected ink components of the band (bx1..bx2, by1..by2). */
static int scan_components(LineScan *s, const unsigned char *aGrey, int bpl) {
  int W = s->bx2 - s->bx1 + 1, H = s->by2 - s->by1 + 1;
  s->aLabel = calloc((size_t)W * (size_t)H, sizeof *s->aLabel);
  int *aStack = malloc((size_t)W * (size_t)H * sizeof *aStack);
  if (!s->aLabel || !aStack) {
    free(aStack);
    return 0;
  }
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) {
      size_t i = (size_t)y * (size_t)W + (size_t)x;
      if (s->aLabel[i] || aGrey[(size_t)(s->by1 + y) * (size_t)bpl + (size_t)(s->bx1 + x)] >= INK) continue;
      if (s->nComp == s->nAlloc) {
        int nNew = s->nAlloc ? s->nAlloc * 2 : 256;
        Comp *a = realloc(s->aComp, (size_t)nNew * sizeof *a);
        if (!a) {
          free(aStack);
          return 0;
        }
        s->aComp = a;
        s->nAlloc = nNew;
      }
      int id = ++s->nComp;
      Comp *c = &s->aComp[id - 1];
      c->x1 = c->x2 = x, c->y1 = c->y2 = y, c->nPx = 0, c->bEdge = 0;
      size_t nStack = 0;
      aStack[nStack++] = (int)i;
      s->aLabel[i] = id;
      while (nStack) {
        int k = aStack[--nStack], kx = k % W, ky = k / W;
        c->nPx++;
        if (kx < c->x1) c->x1 = kx;
        if (kx > c->x2) c->x2 = kx;
        if (ky < c->y1) c->y1 = ky;
        if (ky > c->y2) c->y2 = ky;
        if (ky == 0) c->bEdge = 1;
        for (int dy = -1; dy <= 1; dy++)
          for (int dx = -1; dx <= 1; dx++) {
            int nx = kx + dx, ny = ky + dy;
            if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
            size_t j = (size_t)ny * (size_t)W + (size_t)nx;
            if (s->aLabel[j] || aGrey[(size_t)(s->by1 + ny) * (size_t)bpl + (size_t)(s->bx1 + nx)] >= INK) continue;
            s->aLabel[j] = id;
            aStack[nStack++] = (int)j;
          }
      }
    }
  free(aStack);
  /* band coordinates to page coordinates */
  for (int k = 0; k < s->nComp; k++) {
    s->aComp[k].x1 += s->bx1, s->aComp[k].x2 += s->bx1;
    s->aComp[k].y1 += s->by1, s->aComp[k].y2 += s->by1;
  }
  return 1;
}

/* Finds the line's marker groups: components whose bottom is raised above the
** baseline by over a quarter of the capital height, digit-sized (0.4 to 0.85
** of it tall, at most 0.8 wide), side by side with gaps under half the capital
** height; smaller raised components between two of them (the comma of "6,7")
** join the group. */
static int find_groups(LineScan *s, const unsigned char *aGrey, int w, int h, int bpl, const OcrLine *l) {
  int hCap = l->hDigit > 0 ? l->hDigit : l->yBase - l->y1;
  if (hCap < 8) return 1;
  s->bx1 = l->x1 - 2, s->bx2 = l->x2 + 2;
  s->by1 = l->y1 - hCap / 3, s->by2 = l->yBase + hCap / 2;
  if (s->bx1 < 0) s->bx1 = 0;
  if (s->by1 < 0) s->by1 = 0;
  if (s->bx2 > w - 1) s->bx2 = w - 1;
  if (s->by2 > h - 1) s->by2 = h - 1;
  if (s->bx2 <= s->bx1 || s->by2 <= s->by1) return 1;
  if (!scan_components(s, aGrey, bpl)) return 0;
  s->aRaised = malloc(((size_t)s->nComp + 1) * sizeof *s->aRaised);
  if (!s->aRaised) return 0;
  int yTop = l->yBase - hCap * 2;   /* a marker is no higher than a capital's top and then some */
  for (int k = 0; k < s->nComp; k++) {
    const Comp *c = &s->aComp[k];
    if (c->bEdge || c->y2 >= l->yBase - hCap / 4 || c->y1 < yTop) continue;
    if (c->nPx < 3) continue;
    /* the hook of a "?" or the stroke of a "!" has its dot below it, on the baseline */
    int bDot = 0;
    for (int m = 0; m < s->nComp && !bDot; m++) {
      const Comp *d = &s->aComp[m];
      int dcx = (d->x1 + d->x2) / 2;
      bDot = d->y2 >= l->yBase - hCap / 8 && d->y1 > c->y2 && d->y2 - d->y1 < hCap / 3 && dcx > c->x1 && dcx < c->x2;
    }
    if (!bDot) s->aRaised[s->nRaised++] = k;
  }
  for (int i = 1; i < s->nRaised; i++)   /* by x; few */
    for (int j = i; j > 0 && s->aComp[s->aRaised[j - 1]].x1 > s->aComp[s->aRaised[j]].x1; j--) {
      int t = s->aRaised[j];
      s->aRaised[j] = s->aRaised[j - 1];
      s->aRaised[j - 1] = t;
    }
  /* A glyph broken in two by a faint joint (the bar and bowl of a "5" in a
  ** low-resolution scan) is measured whole: components one above the other,
  ** overlapping across, close vertically. */
  s->aGlyph = malloc(((size_t)s->nRaised + 1) * sizeof *s->aGlyph);
  if (!s->aGlyph) return 0;
  for (int i = 0; i < s->nRaised; i++) {
    const Comp *c = &s->aComp[s->aRaised[i]];
    Comp *gl = &s->aGlyph[i];
    *gl = *c;
    for (int j = 0; j < s->nRaised; j++) {
      const Comp *d = &s->aComp[s->aRaised[j]];
      int ov = (c->x2 < d->x2 ? c->x2 : d->x2) - (c->x1 > d->x1 ? c->x1 : d->x1) + 1;
      int wMin = c->x2 - c->x1 < d->x2 - d->x1 ? c->x2 - c->x1 + 1 : d->x2 - d->x1 + 1;
      int gap = (c->y1 > d->y1 ? c->y1 : d->y1) - (c->y2 < d->y2 ? c->y2 : d->y2);
      if (j == i || ov * 2 < wMin || gap > (hCap / 10 > 2 ? hCap / 10 : 2)) continue;
      if (d->x1 < gl->x1) gl->x1 = d->x1;
      if (d->x2 > gl->x2) gl->x2 = d->x2;
      if (d->y1 < gl->y1) gl->y1 = d->y1;
      if (d->y2 > gl->y2) gl->y2 = d->y2;
    }
  }
  /* no bigger than a digit of a smaller size: 0.85 of the capital height, 0.8 of it wide */
  int n = 0;
  for (int i = 0; i < s->nRaised; i++) {
    const Comp *gl = &s->aGlyph[i];
    if (gl->y2 - gl->y1 + 1 > hCap * 85 / 100 || gl->x2 - gl->x1 + 1 > hCap * 4 / 5) continue;
    s->aRaised[n] = s->aRaised[i];
    s->aGlyph[n++] = *gl;
  }
  s->nRaised = n;
  for (int i = 0; i < s->nRaised && s->nGroup < MAX_GROUPS;) {
    const Comp *c = &s->aGlyph[i];
    if ((c->y2 - c->y1 + 1) * 10 < hCap * 4) {
      i++;
      continue;
    }
    /* a digit-sized component starts a group; extend it to the right */
    SupGroup *g = &s->aGroup[s->nGroup];
    memset(g, 0, sizeof *g);
    g->x1 = c->x1, g->y1 = c->y1, g->x2 = c->x2, g->y2 = c->y2;
    g->iFirst = g->iLast = i;
    int j = i + 1;
    for (; j < s->nRaised; j++) {
      const Comp *d = &s->aGlyph[j];
      if (d->x1 - g->x2 > hCap / 2) break;
      if (d->y2 < g->y1 - hCap / 4 || d->y1 > g->y2 + hCap / 4) break;   /* not on the same level */
      if ((d->y2 - d->y1 + 1) * 10 >= hCap * 4) {
        /* the next digit: take it with the small marks seen on the way */
        g->iLast = j;
        for (int m = i; m <= j; m++) {
          const Comp *e = &s->aGlyph[m];
          if (e->x1 < g->x1) g->x1 = e->x1;
          if (e->x2 > g->x2) g->x2 = e->x2;
          if (e->y1 < g->y1) g->y1 = e->y1;
          if (e->y2 > g->y2) g->y2 = e->y2;
        }
      }
    }
    s->nGroup++;
    i = g->iLast + 1;
  }
  return 1;
}

/* One digits-only read of a group's image (cw x ch, grey) scaled up nScale
** times on a white margin, with the given segmentation mode: the digits and
** commas read into zOut, and Tesseract's mean confidence (0 when no digits). */
static int digits_read(OcrEngine *p, const unsigned char *aImg, int cw, int ch, int nDpi, int nScale, int iPsm,
                       char *zOut, size_t nOut) {
  enum { PAD = 24 };
  zOut[0] = 0;
  int W = cw * nScale + 2 * PAD, H = ch * nScale + 2 * PAD;
  unsigned char *a = malloc((size_t)W * (size_t)H);
  if (!a) return 0;
  memset(a, 255, (size_t)W * (size_t)H);
  for (int y = 0; y < ch * nScale; y++)
    for (int x = 0; x < cw * nScale; x++)
      a[(size_t)(PAD + y) * (size_t)W + (size_t)(PAD + x)] =
          aImg[(size_t)(y / nScale) * (size_t)cw + (size_t)(x / nScale)];
  TessBaseAPISetPageSegMode(p->pDigits, iPsm);
  TessBaseAPISetImage(p->pDigits, a, W, H, 1, W);
  TessBaseAPISetSourceResolution(p->pDigits, nDpi * nScale);
  char *zText = TessBaseAPIGetUTF8Text(p->pDigits);
  int nConf = TessBaseAPIMeanTextConf(p->pDigits);
  int bAny = 0;
  size_t k = 0;
  for (const char *q = zText; q && *q && k + 1 < nOut; q++)
    if (is_digit((unsigned char)*q) || *q == ',') bAny |= *q != ',', zOut[k++] = *q;
  zOut[k] = 0;
  TessDeleteText(zText);
  TessBaseAPIClear(p->pDigits);
  free(a);
  return bAny ? nConf : 0;
}

/* Reads a group alone, digits only: its own pixels (none of its neighbours')
** on white. At the page's resolution, one text line, this reads every marker
** of the test scans; when that is unsure (confidence under 80), the group is
** read again three times larger as one word, and the surer read is taken.
** Below 50 nothing is taken, and the symbols stay as Tesseract read them. */
static void read_group(OcrEngine *p, const unsigned char *aGrey, int bpl, int nDpi, LineScan *s, SupGroup *g) {
  g->zDigits[0] = 0;
  if (!p->pDigits) return;
  int cw = g->x2 - g->x1 + 3, ch = g->y2 - g->y1 + 3;   /* one pixel of anti-aliasing around */
  if (cw <= 0 || ch <= 0 || cw > 400 || ch > 200) return;
  unsigned char *a = malloc((size_t)cw * (size_t)ch);
  if (!a) return;
  memset(a, 255, (size_t)cw * (size_t)ch);
  int BW = s->bx2 - s->bx1 + 1, BH = s->by2 - s->by1 + 1;
  for (int y = 0; y < ch; y++)
    for (int x = 0; x < cw; x++) {
      int px = g->x1 - 1 + x, py = g->y1 - 1 + y;
      if (px - s->bx1 < 0 || py - s->by1 < 0 || px - s->bx1 >= BW || py - s->by1 >= BH) continue;
      /* a pixel of the group: one of its components, or next to one */
      int bMine = 0;
      for (int dy = -1; dy <= 1 && !bMine; dy++)
        for (int dx = -1; dx <= 1 && !bMine; dx++) {
          int qx = px + dx - s->bx1, qy = py + dy - s->by1;
          if (qx < 0 || qy < 0 || qx >= BW || qy >= BH) continue;
          int id = s->aLabel[(size_t)qy * (size_t)BW + (size_t)qx];
          for (int m = g->iFirst; id && m <= g->iLast; m++)
            if (s->aRaised[m] == id - 1) bMine = 1;
        }
      if (bMine) a[(size_t)y * (size_t)cw + (size_t)x] = aGrey[(size_t)py * (size_t)bpl + (size_t)px];
    }
  char z1[sizeof g->zDigits], z2[sizeof g->zDigits];
  int c1 = digits_read(p, a, cw, ch, nDpi, 1, PSM_SINGLE_LINE, z1, sizeof z1), c2 = 0;
  z2[0] = 0;
  if (c1 < 80) c2 = digits_read(p, a, cw, ch, nDpi, 3, PSM_SINGLE_WORD, z2, sizeof z2);
  const char *zBest = c2 > c1 ? z2 : z1;
  if ((c2 > c1 ? c2 : c1) >= 50) memcpy(g->zDigits, zBest, strlen(zBest) + 1);
  free(a);
}

/* Writes a group's numbers as markers (after the text, no space between). */
static void emit_group(SupGroup *g, Buf *pLine) {
  g->bDone = 1;
  int bAny = 0;
  for (const char *q = g->zDigits; *q; q++) bAny |= is_digit((unsigned char)*q);
  if (!bAny || !pLine->n) return;
  while (pLine->n && pLine->z[pLine->n - 1] == ' ') pLine->n--;
  for (const char *q = g->zDigits; *q;) {
    while (*q && !is_digit((unsigned char)*q)) q++;
    if (!*q) break;
    buf_puts(pLine, "<sup>");
    while (is_digit((unsigned char)*q)) buf_putc(pLine, *q++);
    buf_puts(pLine, "</sup>");
  }
}

int ocr_page(OcrEngine *p, const unsigned char *aGrey, int w, int h, int bpl, double rDpi, int iPage,
             int msDeadline, PLines *pOut, const char *zName, tocsin_error *pErr) {
  TessBaseAPI *api = p->pApi;
  TessBaseAPISetImage(api, aGrey, w, h, 1, bpl);
  TessBaseAPISetSourceResolution(api, (int)rDpi);
  ETEXT_DESC *pMon = TessMonitorCreate();
  if (msDeadline > 0) TessMonitorSetDeadlineMSecs(pMon, msDeadline);
  int rcRec = TessBaseAPIRecognize(api, pMon);
  TessMonitorDelete(pMon);
  if (rcRec != 0) {
    TessBaseAPIClear(api);
    err_set(pErr, TOCSIN_ELIMIT, (size_t)-1,
            "%s: page %d: OCR did not finish within the time limit; raise it with --time-limit", zName,
            iPage + 1);
    return TOCSIN_ELIMIT;
  }
  double rScale = 72.0 / rDpi;
  TessResultIterator *it = TessBaseAPIGetIterator(api);
  OcrLine line;
  memset(&line, 0, sizeof line);
  buf_init(&line.b);
  int ok = 1;
  LineScan scan;
  memset(&scan, 0, sizeof scan);
  if (it) {
    TessPageIterator *pit = (TessPageIterator *)TessResultIteratorGetPageIteratorConst(it);
    do {
      if (TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE)) {
        for (int g = 0; g < scan.nGroup; g++)
          if (!scan.aGroup[g].bDone) emit_group(&scan.aGroup[g], &line.b);
        scan_free(&scan);
        if (!flush_line(&line, rScale, iPage, pOut)) ok = 0;
        TessPageIteratorBoundingBox(pit, RIL_TEXTLINE, &line.x1, &line.y1, &line.x2, &line.y2);
        int bx1, by1, bx2, by2;
        if (TessPageIteratorBaseline(pit, RIL_TEXTLINE, &bx1, &by1, &bx2, &by2))
          line.yBase = (by1 + by2) / 2;
        else
          line.yBase = line.y2;
        line.hDigit = 0;
        /* the height of the line's full-size symbols: the tallest box that
        ** reaches the baseline (superscripts do not) */
        TessResultIterator *it2 = TessResultIteratorCopy(it);
        TessPageIterator *p2 = (TessPageIterator *)TessResultIteratorGetPageIteratorConst(it2);
        do {
          int x1, y1, x2, y2;
          if (TessPageIteratorBoundingBox(p2, RIL_SYMBOL, &x1, &y1, &x2, &y2) &&
              y2 >= line.yBase - (line.yBase - line.y1) / 8 && y2 - y1 > line.hDigit &&
              y2 <= line.yBase + (line.yBase - line.y1) / 8)
            line.hDigit = y2 - y1;
          if (!TessResultIteratorNext(it2, RIL_SYMBOL)) break;
        } while (!TessPageIteratorIsAtBeginningOf(p2, RIL_TEXTLINE));
        TessResultIteratorDelete(it2);
        if (!find_groups(&scan, aGrey, w, h, bpl, &line)) ok = 0;
        for (int g = 0; g < scan.nGroup; g++) read_group(p, aGrey, bpl, (int)rDpi, &scan, &scan.aGroup[g]);
      } else if (TessPageIteratorIsAtBeginningOf(pit, RIL_WORD)) {
        buf_putc(&line.b, ' ');
      }
      char *zSym = TessResultIteratorGetUTF8Text(it, RIL_SYMBOL);
      if (!zSym) continue;
      int x1, y1, x2, y2;
      int bBox = TessPageIteratorBoundingBox(pit, RIL_SYMBOL, &x1, &y1, &x2, &y2);
      int hCap = line.hDigit > 0 ? line.hDigit : line.yBase - line.y1;
      int cx = (x1 + x2) / 2, tol = hCap / 8;
      int bDrop = 0;
      for (int k = 0; bBox && k < scan.nGroup; k++) {
        SupGroup *g = &scan.aGroup[k];
        if (!g->zDigits[0]) continue;
        if (!g->bDone && cx > g->x2 + tol) {
          /* passed a marker Tesseract did not read as one: it goes before this word */
          int bSpace = line.b.n && line.b.z[line.b.n - 1] == ' ';
          emit_group(g, &line.b);
          if (bSpace) buf_putc(&line.b, ' ');
          continue;
        }
        /* a symbol read over the marker is replaced by it; a period or comma
        ** on the baseline next to it is not part of it */
        unsigned char c0 = (unsigned char)zSym[0];
        int bMark = is_digit(c0) || (!is_alpha(c0) && !((c0 == '.' || c0 == ',') && y2 >= line.yBase - hCap / 4)) ||
                    (!zSym[1] && strchr("lIiOoSZzBgq", zSym[0]));
        int bIn = is_alpha(c0) ? cx >= g->x1 && cx <= g->x2 : cx >= g->x1 - tol && cx <= g->x2 + tol;
        if (bMark && bIn) {
          bDrop = 1;
          if (!g->bDone) {
            /* a symbol that also covers the baseline below may have swallowed the period before the marker */
            if (y2 >= line.yBase - hCap / 8 && line.b.n && !strchr(".,;:!?", line.b.z[line.b.n - 1])) {
              for (int m = 0; m < scan.nComp; m++) {
                const Comp *d = &scan.aComp[m];
                int dcx = (d->x1 + d->x2) / 2;
                if (d->y2 >= line.yBase - hCap / 8 && d->y1 > line.yBase - hCap / 3 && dcx >= x1 && dcx < g->x1 &&
                    d->x2 - d->x1 < hCap / 3) {
                  buf_putc(&line.b, d->y2 > line.yBase + hCap / 10 ? ',' : '.');
                  break;
                }
              }
            }
            emit_group(g, &line.b);
          }
          break;
        }
      }
      if (!bDrop) buf_puts(&line.b, zSym);
      TessDeleteText(zSym);
    } while (TessResultIteratorNext(it, RIL_SYMBOL));
    for (int g = 0; g < scan.nGroup; g++)
      if (!scan.aGroup[g].bDone) emit_group(&scan.aGroup[g], &line.b);
    if (!flush_line(&line, rScale, iPage, pOut)) ok = 0;
    TessResultIteratorDelete(it);
  }
  scan_free(&scan);
  buf_free(&line.b);
  TessBaseAPIClear(api);
  if (!ok) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory reading OCR of page %d", zName, iPage + 1);
    return TOCSIN_ENOMEM;
  }
  return TOCSIN_OK;
}
