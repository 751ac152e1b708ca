/*
** PDF via poppler-glib. A page with a text layer is read from its layout, not
** its bare text: every character's box and font size tell superscript
** footnote markers (smaller and raised above the line's baseline) from digits
** in running text, and link annotations over a URL give the URL whole even
** when the line broke it; a link over anchor text ("the TASS report") becomes
** a note of its own, numbered after the document's highest note, with a
** marker after the text (as read/html.c does). A page without text (a scan)
** is rendered at 300 dpi and read by OCR (read/pdf/ocr.c), page by page, so
** mixed PDFs work. Lines of all pages then go through plines_assemble
** (read/pdf/lines.c): running headers, footers and page numbers dropped,
** paragraphs and hyphenation rebuilt.
*/
#include "module.h"

#include <cairo.h>
#include <poppler.h>
#include <pthread.h>
#include <string.h>

/* Fewer non-blank characters than this on a page: treat it as a scan. A page
** with only a page number or a stamp on a scanned image is still a scan. */
#define MIN_TEXT_CHARS 24
#define OCR_DPI 300.0

/* Poppler reports syntax errors of damaged files through GLib logging; the
** library must not print, and the caller gets our own error instead. */
static void quiet_log(const gchar *zDomain, GLogLevelFlags level, const gchar *zMsg, gpointer pArg) {
  (void)zDomain, (void)level, (void)zMsg, (void)pArg;
}

typedef struct Link {
  double x1, y1, x2, y2;   /* top-left origin, points */
  const char *zUri;
} Link;

typedef struct Char {
  size_t i, n;             /* bytes in the page text */
  PopplerRectangle r;
  double size;
  int iLink;               /* index into the page's links, or -1 */
} Char;

/* 1 if the text of a link's run (z, n bytes) is (part of) its URI, written as
** a URL (with a '/', ':' or a dot inside): then the URI replaces it, whole.
** Anchor text ("the TASS report") stays, and becomes a note (link_notes). */
static int run_is_url(const char *z, size_t n, const char *zUri) {
  while (n && (z[0] == ' ')) z++, n--;
  while (n && z[n - 1] == ' ') n--;
  if (n < 4) return 0;
  char zRun[64];
  size_t k = n < sizeof zRun - 1 ? n : sizeof zRun - 1;
  memcpy(zRun, z, k);
  zRun[k] = 0;
  if (zRun[k - 1] == '-') zRun[k - 1] = 0;   /* a hyphen the line break added */
  /* it must look like a piece of a URL: a word of the anchor ("readout" over
  ** https://example.org/readout) is in the URI too but is not one */
  int bUrlish = 0;
  for (size_t i = 0; zRun[i]; i++)
    if (zRun[i] == '/' || zRun[i] == ':' || (zRun[i] == '.' && i > 0 && is_alnum((unsigned char)zRun[i + 1])))
      bUrlish = 1;
  return bUrlish && strstr(zUri, zRun) != NULL;
}

/* A link marker before its number is known: ANCHOR_MARK then the index of
** the link's URI in the document's list, inside <sup></sup> so that layout
** treats it as a marker. link_notes() numbers them once all pages are read. */
#define ANCHOR_MARK '\x1f'

/* 1 if the character at index k (skipping spaces up to the end of its line,
** or on into the next line when bNextLine) lies under a link to zUri. */
static int link_continues(const char *zText, const Char *aChar, size_t nChar, size_t k, const Link *aLink,
                          const char *zUri, int bNextLine) {
  while (k < nChar && (zText[aChar[k].i] == ' ' || (bNextLine && zText[aChar[k].i] == '\n'))) {
    if (zText[aChar[k].i] == '\n') bNextLine = 0;
    k++;
  }
  return k < nChar && zText[aChar[k].i] != '\n' && aChar[k].iLink >= 0 &&
         !strcmp(aLink[aChar[k].iLink].zUri, zUri);
}

/* Reads one page's text layer into lines. *pzLastUri carries the URI emitted
** last, so a URL split over lines (one annotation per piece) appears once.
** URIs of links over anchor text are added to pAnchors (marked in the text). */
static int text_page(PopplerPage *pPage, int iPage, double h, PLines *pLines, char **pzLastUri,
                     GPtrArray *pAnchors) {
  char *zText = poppler_page_get_text(pPage);
  PopplerRectangle *aRect = NULL;
  guint nRect = 0;
  if (!zText || !poppler_page_get_text_layout(pPage, &aRect, &nRect)) {
    g_free(zText);
    return 1;
  }
  GList *pAttrs = poppler_page_get_text_attributes(pPage);
  GList *pMaps = poppler_page_get_link_mapping(pPage);
  size_t nLink = 0;
  for (GList *l = pMaps; l; l = l->next) nLink++;
  Link *aLink = g_new0(Link, nLink + 1);
  nLink = 0;
  for (GList *l = pMaps; l; l = l->next) {
    PopplerLinkMapping *m = l->data;
    if (m->action && m->action->type == POPPLER_ACTION_URI && m->action->uri.uri) {
      /* link areas use the PDF's bottom-left origin; text boxes the top-left */
      aLink[nLink].x1 = m->area.x1;
      aLink[nLink].x2 = m->area.x2;
      aLink[nLink].y1 = h - m->area.y2;
      aLink[nLink].y2 = h - m->area.y1;
      aLink[nLink].zUri = m->action->uri.uri;
      nLink++;
    }
  }
  size_t nText = strlen(zText);
  Char *aChar = g_new0(Char, nText + 1);
  size_t nChar = 0;
  GList *pA = pAttrs;
  for (size_t i = 0; i < nText; nChar++) {
    size_t k = utf8_len((const unsigned char *)zText + i, nText - i);
    if (k == 0) k = 1;
    Char *c = &aChar[nChar];
    c->i = i;
    c->n = k;
    c->iLink = -1;
    if (nChar < nRect) c->r = aRect[nChar];
    while (pA && ((PopplerTextAttributes *)pA->data)->end_index < (gint)nChar) pA = pA->next;
    c->size = pA ? ((PopplerTextAttributes *)pA->data)->font_size : 0;
    double cx = (c->r.x1 + c->r.x2) / 2, cy = (c->r.y1 + c->r.y2) / 2;
    for (size_t j = 0; j < nLink; j++)
      if (cx >= aLink[j].x1 && cx <= aLink[j].x2 && cy >= aLink[j].y1 && cy <= aLink[j].y2) c->iLink = (int)j;
    i += k;
  }
  Buf line;
  buf_init(&line);
  int ok = 1;
  for (size_t a = 0; a < nChar;) {
    size_t b = a;
    while (b < nChar && zText[aChar[b].i] != '\n') b++;
    /* the line's dominant size and its baseline */
    double rDom = 0, rBase = 0, x1 = 1e9, y1 = 1e9, x2 = -1e9, y2 = -1e9;
    size_t nBest = 0;
    for (size_t k = a; k < b; k++) {
      if (zText[aChar[k].i] == ' ') continue;
      size_t nSame = 0;
      for (size_t m = a; m < b; m++) nSame += aChar[m].size == aChar[k].size && zText[aChar[m].i] != ' ';
      if (nSame > nBest || (nSame == nBest && aChar[k].size > rDom)) nBest = nSame, rDom = aChar[k].size;
      if (k > a + 64) break;   /* enough to know; keeps long lines linear */
    }
    for (size_t k = a; k < b; k++) {
      const PopplerRectangle *r = &aChar[k].r;
      if (zText[aChar[k].i] == ' ') continue;
      if (aChar[k].size == rDom && r->y2 > rBase) rBase = r->y2;
      if (r->x1 < x1) x1 = r->x1;
      if (r->y1 < y1) y1 = r->y1;
      if (r->x2 > x2) x2 = r->x2;
      if (r->y2 > y2) y2 = r->y2;
    }
    line.n = 0;
    for (size_t k = a; k < b;) {
      Char *c = &aChar[k];
      char ch = zText[c->i];
      int bSup = rDom > 0 && c->size > 0 && c->size < 0.85 * rDom && c->r.y2 < rBase - 0.12 * rDom &&
                 (is_digit((unsigned char)ch) || ch == ',');
      if (bSup) {
        /* a marker: digits (and commas between numbers) set small and raised */
        while (line.n && line.z[line.n - 1] == ' ') line.n--;
        size_t m = k;
        while (m < b && aChar[m].size < 0.85 * rDom && aChar[m].r.y2 < rBase - 0.12 * rDom &&
               (is_digit((unsigned char)zText[aChar[m].i]) || zText[aChar[m].i] == ',' ||
                zText[aChar[m].i] == ' '))
          m++;
        for (size_t q = k; q < m;) {
          while (q < m && !is_digit((unsigned char)zText[aChar[q].i])) q++;
          if (q == m) break;
          buf_puts(&line, "<sup>");
          while (q < m && is_digit((unsigned char)zText[aChar[q].i])) buf_putc(&line, zText[aChar[q++].i]);
          buf_puts(&line, "</sup>");
        }
        k = m;
        continue;
      }
      if (c->iLink >= 0) {
        /* a run of characters under one link */
        size_t m = k;
        while (m < b && aChar[m].iLink == c->iLink) m++;
        const char *zUri = aLink[c->iLink].zUri;
        int bSameAsLast = *pzLastUri && !strcmp(*pzLastUri, zUri);   /* the next piece of a split URL */
        if (bSameAsLast || run_is_url(zText + c->i, aChar[m - 1].i + aChar[m - 1].n - c->i, zUri)) {
          if (!*pzLastUri || strcmp(*pzLastUri, zUri)) {
            buf_puts(&line, zUri);
            g_free(*pzLastUri);
            *pzLastUri = g_strdup(zUri);
          }
          k = m;
          continue;
        }
        /* anchor text: kept, with a marker after it unless the same link
        ** goes on after a space or on the next line (one annotation a word) */
        for (size_t q = k; q < m; q++) buf_append(&line, zText + aChar[q].i, aChar[q].n);
        if (!link_continues(zText, aChar, nChar, m, aLink, zUri, 1)) {
          while (line.n && line.z[line.n - 1] == ' ') line.n--;
          buf_printf(&line, "<sup>%c%u</sup>", ANCHOR_MARK, pAnchors->len);
          g_ptr_array_add(pAnchors, g_strdup(zUri));
        }
        k = m;
        continue;
      }
      if (ch != ' ' && *pzLastUri && c->iLink < 0) {
        g_free(*pzLastUri);
        *pzLastUri = NULL;
      }
      buf_append(&line, zText + c->i, c->n);
      k++;
    }
    while (line.n && line.z[line.n - 1] == ' ') line.n--;
    size_t iStart = 0;
    while (iStart < line.n && line.z[iStart] == ' ') iStart++;
    if (line.n > iStart && !plines_add(pLines, line.z + iStart, line.n - iStart, x1, y1, x2, y2, rDom, iPage))
      ok = 0;
    if (line.bOom) ok = 0;
    a = b + 1;
  }
  buf_free(&line);
  g_free(aChar);
  g_free(aLink);
  poppler_page_free_link_mapping(pMaps);
  poppler_page_free_text_attributes(pAttrs);
  g_free(aRect);
  g_free(zText);
  return ok;
}

/* Numbers the anchor-link markers in z[0..n) after the highest note number of
** the document (its <sup> markers and the numbered lines after its notes
** heading), in reading order, and appends "N. URL" notes to its notes section
** (made when it has none). Writes the result to pOut. */
static void link_notes(const char *z, size_t n, GPtrArray *pAnchors, Buf *pOut) {
  long nMax = 0;
  int bNotes = 0;
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && z[e] != '\n') e++;
    if (!bNotes && structure_is_notes_heading(z + i, e - i)) bNotes = 1;
    else if (bNotes && i < e && is_digit((unsigned char)z[i])) {
      long v = strtol(z + i, NULL, 10);
      if (v > nMax && v < 100000) nMax = v;
    }
    for (size_t k = i; k + 5 < e; k++) {
      if (strncmp(z + k, "<sup>", 5) || !is_digit((unsigned char)z[k + 5])) continue;
      long v = strtol(z + k + 5, NULL, 10);
      if (v > nMax && v < 100000) nMax = v;
    }
    i = e + 1;
  }
  Buf notes;
  buf_init(&notes);
  size_t iCopy = 0;
  for (size_t k = 0; k + 6 < n; k++) {
    if (strncmp(z + k, "<sup>", 5) || z[k + 5] != ANCHOR_MARK) continue;
    char *zEnd;
    unsigned long j = strtoul(z + k + 6, &zEnd, 10);
    if (j >= pAnchors->len || strncmp(zEnd, "</sup>", 6)) continue;
    buf_append(pOut, z + iCopy, k - iCopy);
    buf_printf(pOut, "<sup>%ld</sup>", ++nMax);
    buf_printf(&notes, "%ld. %s\n", nMax, (const char *)g_ptr_array_index(pAnchors, j));
    iCopy = (size_t)(zEnd + 6 - z);
    k = iCopy - 1;
  }
  buf_append(pOut, z + iCopy, n - iCopy);
  if (notes.n) {
    while (pOut->n && pOut->z[pOut->n - 1] == '\n') pOut->n--;
    buf_puts(pOut, bNotes ? "\n" : "\n\nEndnotes\n\n");
    buf_append(pOut, notes.z, notes.n);
  }
  if (notes.bOom) pOut->bOom = 1;
  buf_free(&notes);
}

/* Renders a page at OCR_DPI into 8-bit grey and OCRs it. */
static int scan_page(OcrEngine **ppOcr, PopplerPage *pPage, int iPage, double rDeadline,
                     PLines *pLines, const char *zName, tocsin_error *pErr) {
  double w, h;
  poppler_page_get_size(pPage, &w, &h);
  if (w <= 0 || h <= 0 || w > 14400 || h > 14400) {
    err_set(pErr, TOCSIN_EFORMAT, (size_t)-1, "%s: page %d has an impossible size (%gx%g points)", zName,
            iPage + 1, w, h);
    return TOCSIN_EFORMAT;
  }
  if (!*ppOcr && !(*ppOcr = ocr_new(zName, pErr))) return pErr ? pErr->code : TOCSIN_EFORMAT;
  int wPx = (int)(w * OCR_DPI / 72 + 0.5), hPx = (int)(h * OCR_DPI / 72 + 0.5);
  cairo_surface_t *pImg = cairo_image_surface_create(CAIRO_FORMAT_RGB24, wPx, hPx);
  if (cairo_surface_status(pImg) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(pImg);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory rendering page %d", zName, iPage + 1);
    return TOCSIN_ENOMEM;
  }
  cairo_t *cr = cairo_create(pImg);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, OCR_DPI / 72, OCR_DPI / 72);
  poppler_page_render_for_printing(pPage, cr);
  cairo_destroy(cr);
  cairo_surface_flush(pImg);
  unsigned char *aGrey = g_try_malloc((size_t)wPx * (size_t)hPx);
  if (!aGrey) {
    cairo_surface_destroy(pImg);
    err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory rendering page %d", zName, iPage + 1);
    return TOCSIN_ENOMEM;
  }
  const unsigned char *pData = cairo_image_surface_get_data(pImg);
  int nStride = cairo_image_surface_get_stride(pImg);
  for (int y = 0; y < hPx; y++) {
    const uint32_t *pRow = (const uint32_t *)(const void *)(pData + (size_t)y * (size_t)nStride);
    for (int x = 0; x < wPx; x++) {
      uint32_t px = pRow[x];
      unsigned r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, b = px & 0xFF;
      aGrey[(size_t)y * (size_t)wPx + (size_t)x] = (unsigned char)((r * 299 + g * 587 + b * 114) / 1000);
    }
  }
  cairo_surface_destroy(pImg);
  int msLeft = (int)((rDeadline - read_now()) * 1000);
  if (msLeft < 1) msLeft = 1;
  int rc = ocr_page(*ppOcr, aGrey, wPx, hPx, wPx, OCR_DPI, iPage, msLeft, pLines, zName, pErr);
  g_free(aGrey);
  return rc;
}

static int read_pdf_locked(const char *z, size_t n, const char *zName, const tocsin_options *pOpt, Buf *pOut,
                           tocsin_error *pErr);

/* Poppler shares colour-management state (lcms2 profiles) between the
** documents of a process, and ThreadSanitizer sees two PDFs read at once race
** on it (`make tsan`). So one PDF at a time per process: the only lock in the
** library, and the one state it does not own. Text, HTML and JSONL inputs and
** all coding still run in parallel. */
static pthread_mutex_t mutexPoppler = PTHREAD_MUTEX_INITIALIZER;

#define MODULE_EXPORT __attribute__((visibility("default")))

MODULE_EXPORT int tocsin_pdf_module_abi(void) { return PDF_MODULE_ABI; }

MODULE_EXPORT int tocsin_pdf_module_read(const char *z, size_t n, const char *zName,
                                         const tocsin_options *pOpt, Buf *pOut, tocsin_error *pErr) {
  pthread_mutex_lock(&mutexPoppler);
  int rc = read_pdf_locked(z, n, zName, pOpt, pOut, pErr);
  pthread_mutex_unlock(&mutexPoppler);
  return rc;
}

static int read_pdf_locked(const char *z, size_t n, const char *zName, const tocsin_options *pOpt, Buf *pOut,
                           tocsin_error *pErr) {
  double rLimit = pOpt && pOpt->rTimeLimit > 0 ? pOpt->rTimeLimit : 300;
  double rDeadline = read_now() + rLimit;
  guint idLog = g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                                  quiet_log, NULL);
  GBytes *pBytes = g_bytes_new_static(z, n);
  GError *pGErr = NULL;
  PopplerDocument *pDoc = poppler_document_new_from_bytes(pBytes, NULL, &pGErr);
  int rc = TOCSIN_OK;
  if (!pDoc) {
    if (pGErr && g_error_matches(pGErr, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
      err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
              "%s: the PDF is encrypted and needs a password; save a decrypted copy "
              "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and read that",
              zName);
    else
      err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
              "%s: not a readable PDF (%s); the file may be damaged or truncated -- "
              "download or export it again",
              zName, pGErr && pGErr->message ? pGErr->message : "poppler could not open it");
    if (pGErr) g_error_free(pGErr);
    g_bytes_unref(pBytes);
    g_log_remove_handler("Poppler", idLog);
    return TOCSIN_EFORMAT;
  }
  int nPage = poppler_document_get_n_pages(pDoc);
  PLines lines;
  memset(&lines, 0, sizeof lines);
  OcrEngine *pOcr = NULL;
  char *zLastUri = NULL;
  GPtrArray *pAnchors = g_ptr_array_new_with_free_func(g_free);
  if (nPage <= 0) {
    err_set(pErr, TOCSIN_EFORMAT, (size_t)-1, "%s: the PDF has no pages; the file may be truncated", zName);
    rc = TOCSIN_EFORMAT;
  }
  for (int i = 0; i < nPage && rc == TOCSIN_OK; i++) {
    if (read_now() > rDeadline) {
      err_set(pErr, TOCSIN_ELIMIT, (size_t)-1,
              "%s: page %d of %d: reading took over the time limit of %g s; raise it with --time-limit",
              zName, i + 1, nPage, rLimit);
      rc = TOCSIN_ELIMIT;
      break;
    }
    PopplerPage *pPage = poppler_document_get_page(pDoc, i);
    if (!pPage) {
      err_set(pErr, TOCSIN_EFORMAT, (size_t)-1, "%s: page %d of %d cannot be read; the file may be damaged",
              zName, i + 1, nPage);
      rc = TOCSIN_EFORMAT;
      break;
    }
    double w, h;
    poppler_page_get_size(pPage, &w, &h);
    if (h > lines.rPageH) lines.rPageH = h;
    if (w > lines.rPageW) lines.rPageW = w;
    char *zText = poppler_page_get_text(pPage);
    size_t nVisible = 0;
    for (const char *p = zText; p && *p; p++) nVisible += !is_space((unsigned char)*p);
    g_free(zText);
    if (nVisible >= MIN_TEXT_CHARS) {
      if (!text_page(pPage, i, h, &lines, &zLastUri, pAnchors)) rc = TOCSIN_ENOMEM;
    } else {
      rc = scan_page(&pOcr, pPage, i, rDeadline, &lines, zName, pErr);
    }
    g_object_unref(pPage);
  }
  if (rc == TOCSIN_OK && lines.bOom) rc = TOCSIN_ENOMEM;
  if (rc == TOCSIN_ENOMEM) err_set(pErr, TOCSIN_ENOMEM, (size_t)-1, "%s: out of memory reading the PDF", zName);
  if (rc == TOCSIN_OK && !pAnchors->len) plines_assemble(&lines, nPage, pOut);
  if (rc == TOCSIN_OK && pAnchors->len) {
    Buf text;
    buf_init(&text);
    plines_assemble(&lines, nPage, &text);
    link_notes(text.z ? text.z : "", text.n, pAnchors, pOut);
    if (text.bOom) pOut->bOom = 1;
    buf_free(&text);
  }
  g_ptr_array_unref(pAnchors);
  g_free(zLastUri);
  plines_free(&lines);
  ocr_free(pOcr);
  g_object_unref(pDoc);
  g_bytes_unref(pBytes);
  g_log_remove_handler("Poppler", idLog);
  return rc;
}
