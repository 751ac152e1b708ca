/*
** OCR of page images with Tesseract's C API (libtesseract, English data from
** Debian's tesseract-ocr-eng). Lines come back with their boxes in points, so
** the same layout rules as a text layer apply (read/lines.c); a footnote
** marker is a digit Tesseract calls superscript or whose box sits clearly
** above the line's baseline. The text then goes through the usual cleaning,
** whose OCR repairs (clean/ocr.c) are reported as repairs.
*/
#include "read.h"

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

/* A group of raised symbols (what Tesseract read, and where). */
typedef struct SupRun {
  Buf b0;
  size_t n;
  int x1, y1, x2, y2;
} SupRun;

static void run_puts(SupRun *r, const char *z) {
  buf_puts(&r->b0, z);
  r->n = r->b0.n;
}

/* Re-reads a raised group alone, digits only: numbers become <sup>n</sup>;
** anything else (a quotation mark, a degree sign) is written as read. */
static void flush_run(OcrEngine *p, const unsigned char *aGrey, int w, int h, int bpl, SupRun *r, Buf *pLine) {
  char zDigits[32] = "";
  int x1 = r->x1 - 2, y1 = r->y1 - 2, x2 = r->x2 + 2, y2 = r->y2 + 2;
  if (x1 < 0) x1 = 0;
  if (y1 < 0) y1 = 0;
  if (x2 > w) x2 = w;
  if (y2 > h) y2 = h;
  int cw = x2 - x1, ch = y2 - y1, pad = 24;
  if (p->pDigits && cw > 0 && ch > 0 && cw < 2000 && ch < 400) {
    /* the crop, on a white margin: Tesseract reads isolated glyphs better with room around them */
    int W = cw + 2 * pad, H = ch + 2 * pad;
    unsigned char *a = malloc((size_t)W * (size_t)H);
    if (a) {
      memset(a, 255, (size_t)W * (size_t)H);
      for (int y = 0; y < ch; y++)
        memcpy(a + (size_t)(y + pad) * (size_t)W + (size_t)pad, aGrey + (size_t)(y1 + y) * (size_t)bpl + (size_t)x1,
               (size_t)cw);
      TessBaseAPISetImage(p->pDigits, a, W, H, 1, W);
      TessBaseAPISetSourceResolution(p->pDigits, 300);
      char *zOut = TessBaseAPIGetUTF8Text(p->pDigits);
      int nConf = TessBaseAPIMeanTextConf(p->pDigits);
      if (zOut && nConf >= 50) {
        size_t k = 0;
        for (const char *q = zOut; *q && k + 1 < sizeof zDigits; q++)
          if (is_digit((unsigned char)*q) || *q == ',') zDigits[k++] = *q;
        zDigits[k] = 0;
      }
      TessDeleteText(zOut);
      TessBaseAPIClear(p->pDigits);
      free(a);
    }
  }
  int bAny = 0;
  for (const char *q = zDigits; *q; q++) bAny |= is_digit((unsigned char)*q);
  if (bAny) {
    while (pLine->n && pLine->z[pLine->n - 1] == ' ') pLine->n--;
    for (const char *q = zDigits; *q;) {
      while (*q && !is_digit((unsigned char)*q)) q++;
      if (!*q) break;
      buf_puts(pLine, "<sup>");
      while (is_digit((unsigned char)*q)) buf_putc(pLine, *q++);
      buf_puts(pLine, "</sup>");
    }
  } else {
    buf_append(pLine, r->b0.z, r->b0.n);
  }
  r->b0.n = r->n = 0;
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
  SupRun run;
  memset(&run, 0, sizeof run);
  if (it) {
    TessPageIterator *pit = (TessPageIterator *)TessResultIteratorGetPageIteratorConst(it);
    do {
      if (TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE)) {
        if (run.n) flush_run(p, aGrey, w, h, bpl, &run, &line.b);
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
      } else if (TessPageIteratorIsAtBeginningOf(pit, RIL_WORD)) {
        if (run.n) flush_run(p, aGrey, w, h, bpl, &run, &line.b);
        buf_putc(&line.b, ' ');
      }
      char *zSym = TessResultIteratorGetUTF8Text(it, RIL_SYMBOL);
      if (!zSym) continue;
      int x1, y1, x2, y2;
      int bBox = TessPageIteratorBoundingBox(pit, RIL_SYMBOL, &x1, &y1, &x2, &y2);
      int hCap = line.hDigit > 0 ? line.hDigit : line.yBase - line.y1;
      /* raised and small: a marker candidate, whatever Tesseract read it as
      ** (letters excepted: a raised small letter is an accent or noise) */
      int bRaised = bBox && hCap > 0 && y2 < line.yBase - hCap / 4 && (y2 - y1) < hCap * 4 / 5 &&
                    (!is_alpha((unsigned char)zSym[0]) || (!zSym[1] && strchr("lIiOoSZzBgq", zSym[0]))) &&
                    line.b.n > 0;
      if (bRaised) {
        if (!run.n) run.x1 = x1, run.y1 = y1, run.x2 = x2, run.y2 = y2;
        if (x1 < run.x1) run.x1 = x1;
        if (y1 < run.y1) run.y1 = y1;
        if (x2 > run.x2) run.x2 = x2;
        if (y2 > run.y2) run.y2 = y2;
        run_puts(&run, zSym);
      } else {
        if (run.n) flush_run(p, aGrey, w, h, bpl, &run, &line.b);
        buf_puts(&line.b, zSym);
      }
      TessDeleteText(zSym);
    } while (TessResultIteratorNext(it, RIL_SYMBOL));
    if (run.n) flush_run(p, aGrey, w, h, bpl, &run, &line.b);
    if (!flush_line(&line, rScale, iPage, pOut)) ok = 0;
    TessResultIteratorDelete(it);
  }
  buf_free(&line.b);
  buf_free(&run.b0);
  TessBaseAPIClear(api);
  if (!ok) {
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory reading OCR of page %d", zName, iPage + 1);
    return TOCSIN_ENOMEM;
  }
  return TOCSIN_OK;
}
