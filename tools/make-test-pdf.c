/*
** make-test-pdf: writes the PDFs the input tests and benchmark read, so that
** every test document is made by the project itself at test time.
**
**   make-test-pdf text REPORT OUT.pdf
**       REPORT (any text tocsin reads) typeset as an analytic report: a title
**       across the page, a date line, the body in two columns with real
**       superscript footnote markers (smaller font, raised baseline), words
**       hyphenated at line ends, a running header and page-number footer on
**       every page, and the endnotes on their own page with each URL a link
**       annotation. The content is what `tocsin doc REPORT` reads (sentences,
**       their notes, the notes' URLs), so the PDF's reading can be compared
**       with the text's.
**   make-test-pdf scan IN.pdf OUT.pdf [DPI [PAGES]]
**       IN.pdf rasterised at DPI (default 300) into a PDF of page images, as a
**       scanner makes; PAGES ("1,3") rasterises only those pages and keeps
**       the others' text layer (a mixed PDF).
**   make-test-pdf encrypted OUT.pdf
**       a small PDF with an encryption dictionary whose password is unknown.
**   make-test-pdf anchors OUT.pdf [bare]
**       a one-page report whose body links anchor text ("the Kremlin's
**       readout", one link annotation a word) to https://example.org/readout,
**       beside a real footnote marker 1 and an Endnotes page whose URL is a
**       link; "bare" leaves out the marker and the Endnotes, and the link
**       breaks over two lines.
**
** Uses libtocsin (to read REPORT), cairo's PDF surface and poppler-glib.
*/
#include <cairo-pdf.h>
#include <cairo.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tocsin.h"

#define PAGE_W 612.0
#define PAGE_H 792.0
#define MARGIN 54.0
#define GUTTER 18.0
#define BODY_SIZE 10.0
#define LEAD 13.0
#define SUP_SIZE 6.5
#define SUP_RISE 3.6

static void die(const char *zMsg, const char *zArg) {
  fprintf(stderr, "make-test-pdf: %s%s%s\n", zMsg, zArg ? ": " : "", zArg ? zArg : "");
  exit(1);
}

/* ---- typesetting --------------------------------------------------------- */

typedef struct Word {
  char *z;       /* the word */
  char *zSup;    /* superscript markers after it ("1" or "6,7"), or NULL */
  char *zUri;    /* link target when the word is a URL, or NULL */
} Word;

typedef struct Setter {
  cairo_t *cr;
  cairo_surface_t *pSurf;
  int iPage;
  int nCol;            /* 1 or 2 */
  int iCol;
  double yTop;         /* top of the column area on this page */
  double y;            /* baseline of the next line */
  const char *zHeader;
} Setter;

static double col_x(const Setter *s) {
  double w = (PAGE_W - 2 * MARGIN - (s->nCol - 1) * GUTTER) / s->nCol;
  return MARGIN + s->iCol * (w + GUTTER);
}
static double col_w(const Setter *s) { return (PAGE_W - 2 * MARGIN - (s->nCol - 1) * GUTTER) / s->nCol; }

static void font(cairo_t *cr, double size, int bBold) {
  cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
                         bBold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
}

static double text_w(cairo_t *cr, const char *z) {
  cairo_text_extents_t e;
  cairo_text_extents(cr, z, &e);
  return e.x_advance;
}

/* Running header and footer: the same on every page but for the number. */
static void page_furniture(Setter *s) {
  char zNum[16];
  font(s->cr, 8, 0);
  cairo_move_to(s->cr, MARGIN, 36);
  cairo_show_text(s->cr, s->zHeader);
  snprintf(zNum, sizeof zNum, "%d", s->iPage);
  cairo_move_to(s->cr, PAGE_W / 2 - text_w(s->cr, zNum) / 2, PAGE_H - 30);
  cairo_show_text(s->cr, zNum);
}

static void new_page(Setter *s, int nCol) {
  if (s->iPage > 0) cairo_show_page(s->cr);
  s->iPage++;
  s->nCol = nCol;
  s->iCol = 0;
  s->yTop = MARGIN + LEAD;
  s->y = s->yTop;
  page_furniture(s);
}

/* Advances to the next line, column or page. */
static void next_line(Setter *s, double rLead) {
  s->y += rLead;
  if (s->y > PAGE_H - MARGIN - 6) {
    if (s->iCol + 1 < s->nCol) {
      s->iCol++;
      s->y = s->yTop;
    } else {
      new_page(s, s->nCol);
    }
  }
}

/* Draws one word at x on the current line (with its superscript and link). */
static double draw_word(Setter *s, double x, const char *z, const char *zSup, const char *zUri,
                        double size) {
  if (zUri) {
    char *zAttr = malloc(strlen(zUri) + 16);
    sprintf(zAttr, "uri='%s'", zUri);
    cairo_tag_begin(s->cr, CAIRO_TAG_LINK, zAttr);
    free(zAttr);
  }
  cairo_move_to(s->cr, x, s->y);
  cairo_show_text(s->cr, z);
  double w = text_w(s->cr, z);
  if (zUri) cairo_tag_end(s->cr, CAIRO_TAG_LINK);
  if (zSup) {
    font(s->cr, SUP_SIZE, 0);
    cairo_move_to(s->cr, x + w + 0.3, s->y - SUP_RISE);
    cairo_show_text(s->cr, zSup);
    w += 0.3 + text_w(s->cr, zSup);
    font(s->cr, size, 0);
  }
  return w;
}

/* 1 if z is a word we may hyphenate: letters only, long enough. */
static int hyphenable(const char *z) {
  size_t n = strlen(z);
  if (n < 8) return 0;
  for (size_t i = 0; i < n; i++)
    if (!((z[i] >= 'a' && z[i] <= 'z') || (i == 0 && z[i] >= 'A' && z[i] <= 'Z'))) return 0;
  return 1;
}

/* Sets a paragraph of words, left-aligned, breaking long words: hyphenating
** plain words and cutting URLs anywhere (each piece keeps the link). */
static void set_para(Setter *s, Word *a, size_t n, double size, double rLead) {
  font(s->cr, size, 0);
  double x = 0, wSpace = text_w(s->cr, " ");
  for (size_t i = 0; i < n; i++) {
    const char *z = a[i].z;   /* what is left of the word */
    for (;;) {
      double w = text_w(s->cr, z);
      if (a[i].zSup) {
        font(s->cr, SUP_SIZE, 0);
        w += 0.3 + text_w(s->cr, a[i].zSup);
        font(s->cr, size, 0);
      }
      double wGap = x > 0 ? wSpace : 0;
      if (x + wGap + w <= col_w(s) || (x == 0 && !a[i].zUri && !hyphenable(z))) {
        if (x + wGap + w > col_w(s) && x > 0) {
          next_line(s, rLead);
          font(s->cr, size, 0);
          x = wGap = 0;
        }
        x += wGap + draw_word(s, col_x(s) + x + wGap, z, a[i].zSup, a[i].zUri, size);
        break;
      }
      /* does not fit: hyphenate a plain word, cut a URL anywhere */
      size_t k = strlen(z), nFit = 0;
      char *zHead = malloc(k + 2);
      if (hyphenable(z) || a[i].zUri) {
        for (size_t m = a[i].zUri ? 8 : 3; m + 3 <= k; m++) {
          memcpy(zHead, z, m);
          zHead[m] = a[i].zUri ? 0 : '-';
          zHead[m + 1] = 0;
          if (x + wGap + text_w(s->cr, zHead) > col_w(s)) break;
          nFit = m;
        }
      }
      if (nFit) {
        memcpy(zHead, z, nFit);
        zHead[nFit] = a[i].zUri ? 0 : '-';
        zHead[nFit + 1] = 0;
        draw_word(s, col_x(s) + x + wGap, zHead, NULL, a[i].zUri, size);
        z += nFit;
      }
      free(zHead);
      next_line(s, rLead);
      font(s->cr, size, 0);
      x = 0;
    }
  }
  next_line(s, rLead);
}

/* Splits z into words; words that are URLs of the note get the link. */
static Word *split_words(const char *z, size_t *pn, const tocsin_note *pNote) {
  size_t nAlloc = 16, n = 0;
  Word *a = malloc(nAlloc * sizeof(Word));
  const char *p = z;
  while (*p) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *e = p;
    while (*e && *e != ' ') e++;
    if (n == nAlloc) a = realloc(a, (nAlloc *= 2) * sizeof(Word));
    a[n].z = strndup(p, (size_t)(e - p));
    a[n].zSup = NULL;
    a[n].zUri = NULL;
    for (size_t k = 0; pNote && k < pNote->nUrl; k++) {
      const char *zUrl = pNote->azUrl[k];
      if (!strcmp(a[n].z, zUrl)) {
        if (!strncmp(zUrl, "http", 4)) a[n].zUri = strdup(zUrl);
        else {
          a[n].zUri = malloc(strlen(zUrl) + 9);
          sprintf(a[n].zUri, "https://%s", zUrl);
        }
      }
    }
    n++;
    p = e;
  }
  *pn = n;
  return a;
}

static void free_words(Word *a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(a[i].z);
    free(a[i].zSup);
    free(a[i].zUri);
  }
  free(a);
}

static const char *const azMonth[] = {"January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};

static char *read_file(const char *zPath, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f) die("cannot open", zPath);
  size_t nAlloc = 1 << 16, n = 0, k;
  char *z = malloc(nAlloc);
  while ((k = fread(z + n, 1, nAlloc - n - 1, f)) > 0) {
    n += k;
    if (n + 1 == nAlloc) z = realloc(z, nAlloc *= 2);
  }
  fclose(f);
  z[n] = 0;
  *pn = n;
  return z;
}

static int cmd_text(const char *zIn, const char *zOut) {
  tocsin_error err;
  tocsin_doc *d = tocsin_doc_read_file(zIn, NULL, &err);
  if (!d) die(err.msg, NULL);
  size_t nOrig;
  char *zOrig = read_file(zIn, &nOrig);
  Setter s;
  memset(&s, 0, sizeof s);
  s.pSurf = cairo_pdf_surface_create(zOut, PAGE_W, PAGE_H);
  s.cr = cairo_create(s.pSurf);
  cairo_set_source_rgb(s.cr, 0, 0, 0);
  const char *zTitle = tocsin_doc_title(d) ? tocsin_doc_title(d) : "Report";
  char zHeader[64];
  snprintf(zHeader, sizeof zHeader, "%.40s", zTitle);
  char *pColon = strchr(zHeader, ':');
  if (pColon) *pColon = 0;
  s.zHeader = zHeader;
  new_page(&s, 1);
  /* title: full width, bold */
  size_t nW;
  Word *aW = split_words(zTitle, &nW, NULL);
  font(s.cr, 16, 1);
  {
    double x = 0, wSpace = text_w(s.cr, " ");
    s.y = s.yTop + 8;
    for (size_t i = 0; i < nW; i++) {
      double w = text_w(s.cr, aW[i].z);
      if (x > 0 && x + wSpace + w > PAGE_W - 2 * MARGIN) {
        s.y += 20;
        x = 0;
      }
      cairo_move_to(s.cr, MARGIN + x + (x > 0 ? wSpace : 0), s.y);
      cairo_show_text(s.cr, aW[i].z);
      x += (x > 0 ? wSpace : 0) + w;
    }
  }
  free_words(aW, nW);
  const char *zDate = tocsin_doc_date(d);
  if (zDate) {
    char zLine[64];
    snprintf(zLine, sizeof zLine, "%s %d, %.4s", azMonth[atoi(zDate + 5) - 1], atoi(zDate + 8), zDate);
    font(s.cr, 10, 0);
    s.y += 22;
    cairo_move_to(s.cr, MARGIN, s.y);
    cairo_show_text(s.cr, zLine);
  }
  /* body: two columns below the title block */
  s.nCol = 2;
  s.iCol = 0;
  s.yTop = s.y + 28;
  s.y = s.yTop;
  size_t nSent = tocsin_doc_sentence_count(d);
  size_t iSent = 0;
  while (iSent < nSent) {
    /* a paragraph: sentences until a blank line in the original */
    size_t nAlloc = 64, n = 0;
    Word *aPara = malloc(nAlloc * sizeof(Word));
    for (;;) {
      const tocsin_sentence *pS = tocsin_doc_sentence(d, iSent);
      size_t nw;
      Word *a = split_words(pS->zText, &nw, NULL);
      if (nw && pS->nNote) {
        char zSup[64] = "";
        for (size_t k = 0; k < pS->nNote; k++) {
          size_t l = strlen(zSup);
          snprintf(zSup + l, sizeof zSup - l, "%s%d", k ? "," : "", pS->aNote[k]);
        }
        a[nw - 1].zSup = strdup(zSup);
      }
      for (size_t k = 0; k < nw; k++) {
        if (n == nAlloc) aPara = realloc(aPara, (nAlloc *= 2) * sizeof(Word));
        aPara[n++] = a[k];
      }
      free(a);
      iSent++;
      if (iSent >= nSent) break;
      const tocsin_sentence *pNext = tocsin_doc_sentence(d, iSent);
      int bBreak = 0;
      for (size_t k = pS->end; k + 1 < pNext->start && k + 1 < nOrig; k++)
        if (zOrig[k] == '\n' && (zOrig[k + 1] == '\n' || zOrig[k + 1] == '\r')) bBreak = 1;
      if (bBreak) break;
    }
    set_para(&s, aPara, n, BODY_SIZE, LEAD);
    s.y += 6;   /* paragraph space */
    free_words(aPara, n);
  }
  /* endnotes: their own page, one column */
  new_page(&s, 1);
  font(s.cr, 12, 1);
  cairo_move_to(s.cr, MARGIN, s.y);
  cairo_show_text(s.cr, "Endnotes");
  s.y += 22;
  for (size_t i = 0; i < tocsin_doc_note_count(d); i++) {
    const tocsin_note *pN = tocsin_doc_note(d, i);
    size_t nText = strlen(pN->zText) + 32;
    for (size_t k = 0; k < pN->nUrl; k++) nText += strlen(pN->azUrl[k]) + 3;
    char *zText = malloc(nText);
    snprintf(zText, nText, "%d. %s", pN->n, pN->zText);
    for (size_t k = 0; k < pN->nUrl; k++) {
      if (!strstr(zText, pN->azUrl[k])) {
        strcat(zText, " ; ");
        strcat(zText, pN->azUrl[k]);
      }
    }
    size_t nw;
    Word *a = split_words(zText, &nw, pN);
    set_para(&s, a, nw, 9, 12);
    s.y += 3;
    free_words(a, nw);
    free(zText);
  }
  cairo_show_page(s.cr);
  cairo_destroy(s.cr);
  cairo_surface_finish(s.pSurf);
  if (cairo_surface_status(s.pSurf) != CAIRO_STATUS_SUCCESS) die("cairo could not write", zOut);
  cairo_surface_destroy(s.pSurf);
  free(zOrig);
  tocsin_doc_free(d);
  return 0;
}

/* ---- scans ----------------------------------------------------------------- */

static int page_listed(const char *zPages, int iPage) {
  if (!zPages) return 1;
  for (const char *p = zPages; *p;) {
    if (atoi(p) == iPage) return 1;
    p = strchr(p, ',');
    if (!p) break;
    p++;
  }
  return 0;
}

static int cmd_scan(const char *zIn, const char *zOut, double rDpi, const char *zPages) {
  GError *pErr = NULL;
  size_t n;
  char *z = read_file(zIn, &n);
  GBytes *pBytes = g_bytes_new_take(z, n);
  PopplerDocument *pDoc = poppler_document_new_from_bytes(pBytes, NULL, &pErr);
  if (!pDoc) die(pErr ? pErr->message : "cannot read", zIn);
  cairo_surface_t *pOut = cairo_pdf_surface_create(zOut, PAGE_W, PAGE_H);
  cairo_t *cr = cairo_create(pOut);
  int nPage = poppler_document_get_n_pages(pDoc);
  for (int i = 0; i < nPage; i++) {
    PopplerPage *pPage = poppler_document_get_page(pDoc, i);
    double w, h;
    poppler_page_get_size(pPage, &w, &h);
    cairo_pdf_surface_set_size(pOut, w, h);
    if (!page_listed(zPages, i + 1)) {
      poppler_page_render_for_printing(pPage, cr);   /* keeps the text layer */
    } else {
      int wPx = (int)(w * rDpi / 72 + 0.5), hPx = (int)(h * rDpi / 72 + 0.5);
      cairo_surface_t *pImg = cairo_image_surface_create(CAIRO_FORMAT_RGB24, wPx, hPx);
      cairo_t *c2 = cairo_create(pImg);
      cairo_set_source_rgb(c2, 1, 1, 1);
      cairo_paint(c2);
      cairo_scale(c2, rDpi / 72, rDpi / 72);
      poppler_page_render_for_printing(pPage, c2);
      cairo_destroy(c2);
      cairo_save(cr);
      cairo_scale(cr, 72 / rDpi, 72 / rDpi);
      cairo_set_source_surface(cr, pImg, 0, 0);
      cairo_paint(cr);
      cairo_restore(cr);
      cairo_surface_destroy(pImg);
    }
    cairo_show_page(cr);
    g_object_unref(pPage);
  }
  cairo_destroy(cr);
  cairo_surface_finish(pOut);
  if (cairo_surface_status(pOut) != CAIRO_STATUS_SUCCESS) die("cairo could not write", zOut);
  cairo_surface_destroy(pOut);
  g_object_unref(pDoc);
  g_bytes_unref(pBytes);
  return 0;
}

/* ---- an encrypted PDF --------------------------------------------------------- */

/* A one-page PDF with a Standard security handler (RC4, 40-bit) whose
** password check cannot succeed: readers must say "encrypted", not crash. */
static int cmd_encrypted(const char *zOut) {
  FILE *f = fopen(zOut, "wb");
  if (!f) die("cannot write", zOut);
  const char *azObj[] = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
      "<< /Length 8 >>\nstream\n\x13\x37\x42\x99\x01\x02\x03\x04\nendstream",
      "<< /Filter /Standard /V 1 /R 2 /P -44 "
      "/O <0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF> "
      "/U <FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210> >>",
  };
  long aOff[5];
  fputs("%PDF-1.4\n", f);
  for (int i = 0; i < 5; i++) {
    aOff[i] = ftell(f);
    fprintf(f, "%d 0 obj\n%s\nendobj\n", i + 1, azObj[i]);
  }
  long xref = ftell(f);
  fprintf(f, "xref\n0 6\n0000000000 65535 f \n");
  for (int i = 0; i < 5; i++) fprintf(f, "%010ld 00000 n \n", aOff[i]);
  fprintf(f, "trailer\n<< /Size 6 /Root 1 0 R /Encrypt 5 0 R "
             "/ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\n"
             "startxref\n%ld\n%%%%EOF\n", xref);
  fclose(f);
  return 0;
}

/* ---- anchor-text links ----------------------------------------------------- */

#define ANCHOR_URI "https://example.org/readout"

/* Appends the words of z to a (growing *pn), each linked to zUri if not NULL;
** zSup goes on the last word. */
static Word *add_words(Word *a, size_t *pn, const char *z, const char *zUri, const char *zSup) {
  size_t nw;
  Word *aw = split_words(z, &nw, NULL);
  a = realloc(a, (*pn + nw) * sizeof(Word));
  for (size_t k = 0; k < nw; k++) {
    if (zUri) aw[k].zUri = strdup(zUri);
    if (zSup && k + 1 == nw) aw[k].zSup = strdup(zSup);
    a[(*pn)++] = aw[k];
  }
  free(aw);
  return a;
}

static int cmd_anchors(const char *zOut, int bBare) {
  Setter s;
  memset(&s, 0, sizeof s);
  s.pSurf = cairo_pdf_surface_create(zOut, PAGE_W, PAGE_H);
  s.cr = cairo_create(s.pSurf);
  cairo_set_source_rgb(s.cr, 0, 0, 0);
  s.zHeader = "Minsk Talks Update";
  new_page(&s, 1);
  font(s.cr, 16, 1);
  s.y = s.yTop + 8;
  cairo_move_to(s.cr, MARGIN, s.y);
  cairo_show_text(s.cr, "Minsk Talks Update: Moscow Presses Lukashenko");
  font(s.cr, 10, 0);
  s.y += 22;
  cairo_move_to(s.cr, MARGIN, s.y);
  cairo_show_text(s.cr, "March 3, 2021");
  s.y += 28;
  size_t n = 0;
  Word *a = NULL;
  a = add_words(a, &n, "Russian officials met their Belarusian counterparts in Minsk on March 2, 2021.", NULL,
                bBare ? NULL : "1");
  /* bare: more words first, so that the link breaks over two lines
  ** ("... the Kremlin's" / "readout of the meeting") */
  a = add_words(a, &n,
                bBare ? "The talks were described as productive and frank on both sides of the table "
                        "at some length in"
                      : "The talks were described as productive in",
                NULL, NULL);
  a = add_words(a, &n, "the Kremlin's readout", ANCHOR_URI, NULL);
  a = add_words(a, &n, "of the meeting. Lukashenko did not comment on the talks.", NULL, NULL);
  set_para(&s, a, n, BODY_SIZE, LEAD);
  free_words(a, n);
  if (!bBare) {
    new_page(&s, 1);
    font(s.cr, 12, 1);
    cairo_move_to(s.cr, MARGIN, s.y);
    cairo_show_text(s.cr, "Endnotes");
    s.y += 22;
    n = 0;
    a = add_words(NULL, &n, "1. TASS, March 2, 2021,", NULL, NULL);
    a = add_words(a, &n, "https://tass.com/politics/1", "https://tass.com/politics/1", NULL);
    set_para(&s, a, n, 9, 12);
    free_words(a, n);
  }
  cairo_show_page(s.cr);
  cairo_destroy(s.cr);
  cairo_surface_finish(s.pSurf);
  if (cairo_surface_status(s.pSurf) != CAIRO_STATUS_SUCCESS) die("cairo could not write", zOut);
  cairo_surface_destroy(s.pSurf);
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 4 && !strcmp(argv[1], "text")) {
    int rc = cmd_text(argv[2], argv[3]);
    /* cairo's font caches hold fontconfig patterns until reset: without this
    ** LeakSanitizer reports them as leaks of this tool */
    cairo_debug_reset_static_data();
    return rc;
  }
  if (argc >= 4 && !strcmp(argv[1], "scan"))
    return cmd_scan(argv[2], argv[3], argc > 4 ? atof(argv[4]) : 300, argc > 5 ? argv[5] : NULL);
  if (argc >= 3 && !strcmp(argv[1], "encrypted")) return cmd_encrypted(argv[2]);
  if (argc >= 3 && !strcmp(argv[1], "anchors")) {
    int rc = cmd_anchors(argv[2], argc > 3 && !strcmp(argv[3], "bare"));
    cairo_debug_reset_static_data();   /* as for text */
    return rc;
  }
  fprintf(stderr, "usage: make-test-pdf text REPORT OUT.pdf | scan IN.pdf OUT.pdf [DPI [PAGES]] | "
                  "encrypted OUT.pdf | anchors OUT.pdf [bare]\n");
  return 2;
}
