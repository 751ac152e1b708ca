/*
** The PDF module: read/pdf/pdf.c (poppler-glib), read/pdf/ocr.c (Tesseract) and
** read/pdf/lines.c (page layout), built apart from libtocsin as tocsin-pdf.so.
** Loading poppler and tesseract costs every process some 30 ms of dynamic
** linking (91 shared libraries against 10), which a run over text files would
** pay for nothing; read/pdfload.c opens the module on the first PDF instead.
**
** The module exports two symbols (everything else is hidden): its ABI stamp
** and its reader. It uses a few of the host's functions (buf_*, err_set,
** read_now, structure_is_notes_heading), which every program linked with
** libtocsin exports through src/read/pdf/host.list (-Wl,--dynamic-list).
*/
#ifndef TOCSIN_READ_PDF_MODULE_H
#define TOCSIN_READ_PDF_MODULE_H

#include "../read.h"

/* Changes whenever the entry's signature or a struct it takes changes; the
** loader refuses a module whose stamp differs (a stale build). */
#define PDF_MODULE_ABI (3000 + (int)sizeof(tocsin_options) + 7 * (int)sizeof(Buf) + 11 * (int)sizeof(tocsin_error))
#define PDF_MODULE_ABI_SYMBOL "tocsin_pdf_module_abi"
#define PDF_MODULE_READ_SYMBOL "tocsin_pdf_module_read"

/* Exported by the module: PDF_MODULE_ABI as the module was built. */
int tocsin_pdf_module_abi(void);
/* Exported by the module: read_pdf's contract (read.h). */
int tocsin_pdf_module_read(const char *z, size_t n, const char *zName, const tocsin_options *pOpt,
                           Buf *pOut, tocsin_error *pErr);

/* ---- shared by the layout readers (pdf.c, ocr.c) ---------------------------- */

/* One visual line of a page, in reading order, coordinates in points from the
** page's top-left corner. z holds the line's text with superscript markers
** already written as <sup>n</sup> and link targets already substituted. */
typedef struct PLine {
  char *z;             /* malloc'ed, NUL-terminated */
  double x1, y1, x2, y2;
  double rSize;        /* dominant font size (text layer) or line height (OCR) */
  int iPage;
  int bDrop;           /* running header/footer or page number */
} PLine;

typedef struct PLines {
  PLine *a;
  size_t n, nAlloc;
  double rPageH;       /* page height in points (for header/footer bands) */
  double rPageW;       /* page width in points (for columns) */
  int bOom;
} PLines;

/* Appends a copy of z[0..nz) as a line. 0 on OOM. */
int plines_add(PLines *p, const char *z, size_t nz, double x1, double y1, double x2, double y2,
               double rSize, int iPage);
void plines_free(PLines *p);
/* Marks running headers/footers and page numbers, then writes the text form
** of all lines to pOut: paragraphs by vertical gaps, font changes and short
** last lines; hyphenated line breaks joined; after a notes heading, one line
** per visual line so that numbered notes stay on their own lines. */
void plines_assemble(PLines *p, int nPage, Buf *pOut);

/* read/pdf/ocr.c: OCRs one page image (8-bit grey, w x h, stride bpl, rDpi dots
** per inch) into lines of page iPage, in points. Deadline in milliseconds from
** now (<= 0: none). Returns TOCSIN_OK, TOCSIN_ELIMIT on the deadline, or
** TOCSIN_EFORMAT when Tesseract or its English data is missing (pErr says so). */
typedef struct OcrEngine OcrEngine;
OcrEngine *ocr_new(const char *zName, tocsin_error *pErr);
void ocr_free(OcrEngine *p);
int ocr_page(OcrEngine *p, const unsigned char *aGrey, int w, int h, int bpl, double rDpi,
             int iPage, int msDeadline, PLines *pOut, const char *zName, tocsin_error *pErr);

#endif
