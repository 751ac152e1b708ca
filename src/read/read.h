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
/* read/pdfload.c: reads a PDF through the PDF module (src/read/pdf/, built as
** tocsin-pdf.so and loaded on the first PDF), so that a process that never reads
** a PDF never loads poppler, cairo, tesseract and the eighty libraries they
** bring. TOCSIN_EFORMAT naming the module when it cannot be loaded. */
int read_pdf(const char *z, size_t n, const char *zName, const tocsin_options *pOpt,
             Buf *pOut, tocsin_error *pErr);

/* read/detect.c: monotonic seconds, for the per-document time limit. */
double read_now(void);

#endif
