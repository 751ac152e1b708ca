/*
** Readers for formats other than plain text (issue 5). Each converts its input
** into the text form the pipeline already cleans, so cleaning, structure and
** coding stay one code path:
**
**   Title line
**                                  (blank)
**   2020-11-30                     (publication date, when known)
**                                  (blank)
**   Paragraph text with <sup>1</sup> markers ...
**                                  (blank between paragraphs)
**   Endnotes
**   1. note text https://url
**
** A converted document's byte offsets (sentence start/end, repair "at") point
** into that converted text, not into the PDF or HTML bytes: a PDF has no byte
** offsets a reader could use.
*/
#ifndef TOCSIN_READ_H
#define TOCSIN_READ_H

#include "../core/internal.h"

/* read/detect.c: the type of z[0..n) from its content (TOCSIN_TYPE_*, never AUTO). */
int read_detect(const char *z, size_t n);

/* read/detect.c: converts z[0..n) of type iType (HTML or PDF) into the text
** form in *pOut (initialised here; the caller frees it with buf_free).
** Returns TOCSIN_OK or a result code with pErr naming zName. */
int read_convert(const char *z, size_t n, int iType, const char *zName,
                 const tocsin_options *pOpt, Buf *pOut, tocsin_error *pErr);

/* read/detect.c: tocsin_doc_parse for any type but JSONL: converts first when
** the content (or pOpt->iType) says it is not text. Used by doc.c. */
tocsin_doc *read_doc_any(const char *z, size_t n, const char *zPath,
                         const tocsin_options *pOpt, tocsin_error *pErr);

/* read/html.c */
int read_html(const char *z, size_t n, const char *zName, const tocsin_options *pOpt,
              Buf *pOut, tocsin_error *pErr);
/* read/pdf.c */
int read_pdf(const char *z, size_t n, const char *zName, const tocsin_options *pOpt,
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

/* read/ocr.c: OCRs one page image (8-bit grey, w x h, stride bpl, rDpi dots
** per inch) into lines of page iPage, in points. Deadline in milliseconds from
** now (<= 0: none). Returns TOCSIN_OK, TOCSIN_ELIMIT on the deadline, or
** TOCSIN_EFORMAT when Tesseract or its English data is missing (pErr says so). */
typedef struct OcrEngine OcrEngine;
OcrEngine *ocr_new(const char *zName, tocsin_error *pErr);
void ocr_free(OcrEngine *p);
int ocr_page(OcrEngine *p, const unsigned char *aGrey, int w, int h, int bpl, double rDpi,
             int iPage, int msDeadline, PLines *pOut, const char *zName, tocsin_error *pErr);

/* read/detect.c: monotonic seconds, for the per-document time limit. */
double read_now(void);

#endif
