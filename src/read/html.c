/*
** HTML pages via libxml2's HTML parser (a real parser: broken markup is
** recovered the way browsers do, entities decoded, encodings converted).
**
** Kept: the headline (og:title, else the first <h1>, else <title>), the
** publication date (article:published_time and similar meta tags, <time
** datetime>, JSON-LD datePublished), the paragraphs of the article (the first
** <article>, else <main>, else <body>), <sup> footnote markers, and links:
** a notes list's links become its notes' URLs; a link in running text becomes
** a note of its own, numbered after the page's own notes, with a marker after
** the link text. Dropped: nav, script, style, header, footer, aside, forms,
** and blocks whose role or class says navigation, menus, sharing or cookies.
*/
#include "read.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>

typedef struct HtmlCtx {
  Buf *pOut;          /* the body text */
  Buf notes;          /* "N. text url" lines of the page's own notes list */
  Buf linkNotes;      /* notes made from links in running text */
  int nMaxSup;        /* highest <sup> number seen (first pass) */
  int nNextLink;      /* next note number for a running-text link */
  int bInNotes;       /* inside a notes list */
  int bNotesHeading;  /* the page has its own notes heading */
  xmlNode *pTitleH1;  /* the <h1> used as the title: not repeated in the body */
} HtmlCtx;

static int name_is(const xmlNode *p, const char *zName) {
  return p->type == XML_ELEMENT_NODE && p->name && !strcasecmp((const char *)p->name, zName);
}

/* Attribute value (owned by the tree) or NULL. */
static const char *attr(const xmlNode *p, const char *zName) {
  for (xmlAttr *a = p->properties; a; a = a->next) {
    if (a->name && !strcasecmp((const char *)a->name, zName) && a->children &&
        a->children->type == XML_TEXT_NODE)
      return (const char *)a->children->content;
  }
  return NULL;
}

/* 1 if the attribute's value contains any of the words (case-insensitive). */
static int attr_has(const xmlNode *p, const char *zAttr, const char *const *azWord) {
  const char *z = attr(p, zAttr);
  if (!z) return 0;
  for (size_t i = 0; azWord[i]; i++) {
    size_t k = strlen(azWord[i]);
    for (const char *s = z; *s; s++)
      if (!strncasecmp(s, azWord[i], k)) return 1;
  }
  return 0;
}

/* Boilerplate: never part of the article text. */
static int is_boilerplate(const xmlNode *p) {
  static const char *const azTag[] = {"nav", "script", "style", "header", "footer", "aside", "noscript",
                                      "form", "iframe", "svg", "template", "button", "select",
                                      "textarea", "object", "embed", "canvas", "head", NULL};
  static const char *const azRole[] = {"navigation", "banner", "contentinfo", "complementary",
                                       "search", "menu", NULL};
  static const char *const azClass[] = {"navbar", "menu", "share", "social", "cookie", "breadcrumb",
                                        "sidebar", "newsletter", "related", "advert", "promo",
                                        "comments", "site-header", "site-footer", NULL};
  if (p->type != XML_ELEMENT_NODE) return 0;
  for (size_t i = 0; azTag[i]; i++)
    if (name_is(p, azTag[i])) return 1;
  if (attr(p, "hidden")) return 1;
  return attr_has(p, "role", azRole) || attr_has(p, "class", azClass) || attr_has(p, "id", azClass);
}

static int is_block(const xmlNode *p) {
  static const char *const az[] = {"p", "div", "section", "article", "main", "li", "ol", "ul", "dl", "dt",
                                   "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                                   "table", "tr", "figcaption", "figure", "hr", "address", NULL};
  for (size_t i = 0; az[i]; i++)
    if (name_is(p, az[i])) return 1;
  return 0;
}

/* Appends text with runs of white space collapsed to one space. */
static void put_text(Buf *b, const char *z) {
  for (; *z; z++) {
    unsigned char c = (unsigned char)*z;
    if (is_space(c) || c == 0xA0) {
      if (b->n && b->z[b->n - 1] != ' ' && b->z[b->n - 1] != '\n') buf_putc(b, ' ');
    } else if (c == 0xC2 && (unsigned char)z[1] == 0xA0) {   /* no-break space */
      if (b->n && b->z[b->n - 1] != ' ' && b->z[b->n - 1] != '\n') buf_putc(b, ' ');
      z++;
    } else {
      buf_putc(b, (char)c);
    }
  }
}

/* Ends the current paragraph: trailing blanks off, one blank line. */
static void para_break(Buf *b) {
  while (b->n && b->z[b->n - 1] == ' ') b->n--;
  if (b->n == 0) return;
  if (b->z[b->n - 1] != '\n') buf_putc(b, '\n');
  if (b->n < 2 || b->z[b->n - 2] != '\n') buf_putc(b, '\n');
}

static void line_break(Buf *b) {
  while (b->n && b->z[b->n - 1] == ' ') b->n--;
  if (b->n && b->z[b->n - 1] != '\n') buf_putc(b, '\n');
}

/* The text of a subtree, white space collapsed, into b. */
static void plain_text(const xmlNode *p, Buf *b) {
  for (; p; p = p->next) {
    if (p->type == XML_TEXT_NODE || p->type == XML_CDATA_SECTION_NODE) put_text(b, (const char *)p->content);
    else if (p->type == XML_ELEMENT_NODE && !is_boilerplate(p)) plain_text(p->children, b);
  }
}

/* A footnote number in z (digits, maybe in brackets), or 0. */
static int note_number(const char *z) {
  while (*z && (is_space((unsigned char)*z) || *z == '[' || *z == '(')) z++;
  int n = 0, nDigit = 0;
  while (is_digit((unsigned char)*z) && nDigit < 4) n = n * 10 + (*z++ - '0'), nDigit++;
  while (*z && (is_space((unsigned char)*z) || *z == ']' || *z == ')')) z++;
  return nDigit && !*z ? n : 0;
}

static int is_web_url(const char *z) {
  return z && (!strncasecmp(z, "http://", 7) || !strncasecmp(z, "https://", 8));
}

/* A notes container: an <ol>/<section>/<div> whose class, id or role says
** footnotes, endnotes or references. */
static int is_notes_block(const xmlNode *p) {
  static const char *const az[] = {"footnote", "endnote", "references", "doc-endnotes", "notes", NULL};
  return p->type == XML_ELEMENT_NODE && (attr_has(p, "class", az) || attr_has(p, "id", az) ||
                                         attr_has(p, "role", az));
}

static void walk(HtmlCtx *c, xmlNode *p, Buf *b);

/* One note of a notes list: "N. text url" with link targets written out and
** back-links (href="#...") dropped. */
static void walk_note_item(HtmlCtx *c, xmlNode *pLi, int n) {
  Buf *b = &c->notes;
  buf_printf(b, "%d. ", n);
  size_t iStart = b->n;
  walk(c, pLi->children, b);
  while (b->n > iStart && (b->z[b->n - 1] == ' ' || b->z[b->n - 1] == '\n')) b->n--;
  /* a note is one line: notes.c reads a label per line */
  for (size_t i = iStart; i < b->n; i++)
    if (b->z[i] == '\n') b->z[i] = ' ';
  buf_putc(b, '\n');
}

static void walk_notes_list(HtmlCtx *c, xmlNode *pOl) {
  const char *zStart = attr(pOl, "start");
  int n = zStart ? atoi(zStart) : 1;
  if (n < 1) n = 1;
  int bSave = c->bInNotes;
  c->bInNotes = 1;
  for (xmlNode *p = pOl->children; p; p = p->next) {
    if (!name_is(p, "li")) continue;
    const char *zValue = attr(p, "value");
    if (zValue && atoi(zValue) > 0) n = atoi(zValue);
    walk_note_item(c, p, n);
    n++;
  }
  c->bInNotes = bSave;
}

static void walk(HtmlCtx *c, xmlNode *p, Buf *b) {
  for (; p; p = p->next) {
    if (p->type == XML_TEXT_NODE || p->type == XML_CDATA_SECTION_NODE) {
      put_text(b, (const char *)p->content);
      continue;
    }
    if (p->type != XML_ELEMENT_NODE || is_boilerplate(p)) continue;
    if (p == c->pTitleH1) continue;
    if (name_is(p, "br")) {
      line_break(b);
      continue;
    }
    if (name_is(p, "sup")) {
      Buf t;
      buf_init(&t);
      plain_text(p->children, &t);
      int n = t.z ? note_number(t.z) : 0;
      if (n > 0 && !c->bInNotes) buf_printf(b, "<sup>%d</sup>", n);
      else if (t.z && !c->bInNotes) put_text(b, t.z);
      buf_free(&t);
      continue;
    }
    if (name_is(p, "a")) {
      const char *zHref = attr(p, "href");
      Buf t;
      buf_init(&t);
      plain_text(p->children, &t);
      const char *zText = t.z ? t.z : "";
      if (c->bInNotes) {
        /* a note's link: its target is the URL; back-links are dropped */
        if (is_web_url(zHref)) {
          if (strcmp(zText, zHref) && zText[0] && !is_web_url(zText)) {
            put_text(b, zText);
            buf_putc(b, ' ');
          }
          put_text(b, zHref);
          buf_putc(b, ' ');
        } else if (!zHref || zHref[0] != '#') {
          put_text(b, zText);
        }
      } else if (is_web_url(zHref)) {
        /* a link in running text: the text stays, the target becomes a note */
        walk(c, p->children, b);
        int n = c->nNextLink++;
        buf_printf(b, "<sup>%d</sup>", n);
        buf_printf(&c->linkNotes, "%d. ", n);
        if (zText[0] && strcmp(zText, zHref) && !is_web_url(zText)) {
          put_text(&c->linkNotes, zText);
          buf_putc(&c->linkNotes, ' ');
        }
        buf_puts(&c->linkNotes, zHref);
        buf_putc(&c->linkNotes, '\n');
      } else {
        walk(c, p->children, b);   /* in-page links (#fn1) are markup, not sources */
      }
      buf_free(&t);
      continue;
    }
    if ((name_is(p, "ol") || name_is(p, "ul")) && (c->bInNotes || is_notes_block(p))) {
      walk_notes_list(c, p);
      continue;
    }
    if (!c->bInNotes && is_notes_block(p) && !name_is(p, "li")) {
      /* a footnotes section: its heading (if any) is replaced by ours */
      int bSave = c->bInNotes;
      c->bInNotes = 1;
      for (xmlNode *q = p->children; q; q = q->next)
        if (name_is(q, "ol") || name_is(q, "ul")) walk_notes_list(c, q);
      c->bInNotes = bSave;
      continue;
    }
    if (is_block(p)) {
      int bHeading = p->name[0] == 'h' && p->name[1] >= '1' && p->name[1] <= '6' && !p->name[2];
      if (bHeading) {
        Buf t;
        buf_init(&t);
        plain_text(p->children, &t);
        int bNotesHead = t.z && structure_is_notes_heading(t.z, t.n);
        buf_free(&t);
        xmlNode *pList = NULL;
        for (xmlNode *q = p->next; bNotesHead && q; q = q->next) {
          if (q->type != XML_ELEMENT_NODE) continue;
          if (name_is(q, "ol") || name_is(q, "ul")) pList = q;
          break;
        }
        if (pList) {
          /* "Notes" heading and the list after it: the notes list (notes in
          ** paragraphs instead stay text, for the notes parser to read) */
          c->bNotesHeading = 1;
          walk_notes_list(c, pList);
          p = pList;
          continue;
        }
      }
      para_break(b);
      walk(c, p->children, b);
      para_break(b);
      continue;
    }
    walk(c, p->children, b);   /* inline: span, em, strong, ... */
  }
}

/* First pass: the highest <sup> footnote number, so link notes come after. */
static void max_sup(const xmlNode *p, int *pMax) {
  for (; p; p = p->next) {
    if (p->type != XML_ELEMENT_NODE) continue;
    if (name_is(p, "sup")) {
      Buf t;
      buf_init(&t);
      plain_text(p->children, &t);
      int n = t.z ? note_number(t.z) : 0;
      if (n > *pMax) *pMax = n;
      buf_free(&t);
    } else if (name_is(p, "li")) {
      const char *zValue = attr(p, "value");
      if (zValue && atoi(zValue) > *pMax) *pMax = atoi(zValue);
    }
    max_sup(p->children, pMax);
  }
  (void)0;
}

static xmlNode *find_first(xmlNode *p, const char *zName) {
  for (; p; p = p->next) {
    if (p->type != XML_ELEMENT_NODE) continue;
    if (name_is(p, zName)) return p;
    if (is_boilerplate(p) && strcmp(zName, "title") && strcmp(zName, "meta")) continue;
    xmlNode *q = find_first(p->children, zName);
    if (q) return q;
  }
  return NULL;
}

/* Meta tags, in order of preference: the first found wins. */
static const char *meta_content(xmlNode *pRoot, const char *const *azKey) {
  for (size_t k = 0; azKey[k]; k++) {
    for (xmlNode *p = find_first(pRoot, "meta"); p; p = p->next) {
      /* meta tags are siblings in <head>; also scan those after the first */
      if (!name_is(p, "meta")) continue;
      const char *zKey = attr(p, "property");
      if (!zKey) zKey = attr(p, "name");
      if (!zKey) zKey = attr(p, "itemprop");
      if (zKey && !strcasecmp(zKey, azKey[k])) {
        const char *zContent = attr(p, "content");
        if (zContent && zContent[0]) return zContent;
      }
    }
  }
  return NULL;
}

/* YYYY-MM-DD from the start of an ISO date or date-time; 1 if valid. */
static int iso_date(const char *z, char zOut[11]) {
  if (!z) return 0;
  while (is_space((unsigned char)*z)) z++;
  if (strlen(z) < 10) return 0;
  memcpy(zOut, z, 10);
  zOut[10] = 0;
  Ymd t;
  return ymd_parse(zOut, &t);
}

/* datePublished anywhere in a JSON-LD value (objects, arrays, @graph). */
static const char *jsonld_date(json_t *j, int nDepth) {
  if (nDepth > 16) return NULL;
  if (json_is_object(j)) {
    json_t *v = json_object_get(j, "datePublished");
    if (json_is_string(v)) return json_string_value(v);
    const char *zKey;
    json_t *x;
    json_object_foreach(j, zKey, x) {
      const char *z = jsonld_date(x, nDepth + 1);
      if (z) return z;
    }
  } else if (json_is_array(j)) {
    size_t i;
    json_t *x;
    json_array_foreach(j, i, x) {
      const char *z = jsonld_date(x, nDepth + 1);
      if (z) return z;
    }
  }
  return NULL;
}

static int find_jsonld_date(xmlNode *p, char zOut[11]) {
  for (; p; p = p->next) {
    if (p->type != XML_ELEMENT_NODE) continue;
    if (name_is(p, "script")) {
      const char *zType = attr(p, "type");
      if (zType && !strcasecmp(zType, "application/ld+json")) {
        xmlChar *zJson = xmlNodeGetContent(p);
        if (zJson) {
          json_error_t jerr;
          json_t *j = json_loads((const char *)zJson, JSON_DECODE_ANY, &jerr);
          int ok = j && iso_date(jsonld_date(j, 0), zOut);
          json_decref(j);
          xmlFree(zJson);
          if (ok) return 1;
        }
      }
      continue;
    }
    if (find_jsonld_date(p->children, zOut)) return 1;
  }
  return 0;
}

static int find_time_date(xmlNode *p, char zOut[11]) {
  for (; p; p = p->next) {
    if (p->type != XML_ELEMENT_NODE) continue;
    if (name_is(p, "time") && iso_date(attr(p, "datetime"), zOut)) return 1;
    if (find_time_date(p->children, zOut)) return 1;
  }
  return 0;
}

/* libxml2 2.9 sets up its global tables on first use without a lock: done
** once here, so pages can be read on several threads at a time. */
static pthread_once_t onceXml = PTHREAD_ONCE_INIT;
static void init_xml(void) { xmlInitParser(); }

int read_html(const char *z, size_t n, const char *zName, const tocsin_options *pOpt, Buf *pOut,
              tocsin_error *pErr) {
  pthread_once(&onceXml, init_xml);
  if (n > (size_t)0x7FFFFFFF) {
    err_set(pErr, TOCSIN_ELIMIT, (size_t)-1, "%s: the HTML page is over 2 GiB; split it", zName);
    return TOCSIN_ELIMIT;
  }
  double tStart = read_now();
  /* Without a declared charset libxml2 would assume Latin-1; the web is UTF-8. */
  size_t nHead = n < 4096 ? n : 4096;
  int bCharset = 0;
  for (size_t i = 0; i + 8 <= nHead && !bCharset; i++)
    bCharset = !strncasecmp(z + i, "charset=", 8) || !strncasecmp(z + i, "encoding=", 9);
  htmlDocPtr pDoc = htmlReadMemory(z, (int)n, zName, bCharset ? NULL : "UTF-8",
                                   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                       HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  xmlNode *pRoot = pDoc ? xmlDocGetRootElement(pDoc) : NULL;
  if (!pRoot) {
    if (pDoc) xmlFreeDoc(pDoc);
    err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
            "%s: not readable as HTML (no elements found); check the file, or give --type text", zName);
    return TOCSIN_EFORMAT;
  }
  HtmlCtx c;
  memset(&c, 0, sizeof c);
  c.pOut = pOut;
  buf_init(&c.notes);
  buf_init(&c.linkNotes);
  max_sup(pRoot, &c.nMaxSup);
  c.nNextLink = c.nMaxSup + 1;

  /* title */
  static const char *const azTitle[] = {"og:title", "twitter:title", "headline", NULL};
  const char *zTitle = meta_content(pRoot, azTitle);
  Buf title;
  buf_init(&title);
  xmlNode *pBody = find_first(pRoot, "body");
  xmlNode *pMain = pBody ? find_first(pBody->children, "article") : NULL;
  if (!pMain && pBody) pMain = find_first(pBody->children, "main");
  if (!pMain) pMain = pBody ? pBody : pRoot;
  c.pTitleH1 = find_first(pMain == pRoot ? pRoot : pMain->children, "h1");
  if (!c.pTitleH1 && pBody) c.pTitleH1 = find_first(pBody->children, "h1");
  if (zTitle) put_text(&title, zTitle);
  else if (c.pTitleH1) plain_text(c.pTitleH1->children, &title);
  if (!title.n) {
    xmlNode *pT = find_first(pRoot, "title");
    if (pT) plain_text(pT->children, &title);
  }
  while (title.n && title.z[title.n - 1] == ' ') title.n--;
  if (title.n) {
    buf_append(pOut, title.z[0] == ' ' ? title.z + 1 : title.z, title.z[0] == ' ' ? title.n - 1 : title.n);
    buf_puts(pOut, "\n\n");
  }
  buf_free(&title);

  /* date: meta tags, then JSON-LD, then <time datetime> */
  static const char *const azDate[] = {"article:published_time", "datePublished", "pubdate",
                                       "publishdate", "publish-date", "date", "dc.date", "dcterms.date",
                                       "og:published_time", "sailthru.date", NULL};
  char zDate[11];
  if (iso_date(meta_content(pRoot, azDate), zDate) || find_jsonld_date(pRoot, zDate) ||
      find_time_date(pMain, zDate) || find_time_date(pRoot, zDate))
    buf_printf(pOut, "Published %s\n\n", zDate);

  /* byline: the meta author, as an author line the layout stage reads */
  static const char *const azAuthor[] = {"author", "article:author", "dc.creator", "byl", "sailthru.author", NULL};
  const char *zAuthor = meta_content(pRoot, azAuthor);
  if (zAuthor && *zAuthor && !strstr(zAuthor, "://")) {
    buf_puts(pOut, "By ");
    for (const char *q = zAuthor; *q; q++) buf_putc(pOut, *q == '\n' || *q == '\r' ? ' ' : *q);
    buf_puts(pOut, "\n\n");
  }

  walk(&c, pMain == pRoot ? pRoot->children : pMain->children, pOut);
  if (pMain != pBody && pBody) {
    /* notes lists often sit outside the <article> */
    for (xmlNode *p = pBody->children; p; p = p->next) {
      if (p == pMain) continue;
      xmlNode *q = NULL;
      if (is_notes_block(p)) q = p;
      if (q && !is_boilerplate(q)) {
        Buf ignore;
        buf_init(&ignore);
        walk(&c, q, &ignore);
        buf_free(&ignore);
      }
    }
  }
  para_break(pOut);
  if (c.notes.n || c.linkNotes.n) {
    buf_puts(pOut, "Endnotes\n\n");
    if (c.notes.n) buf_append(pOut, c.notes.z, c.notes.n);
    if (c.linkNotes.n) buf_append(pOut, c.linkNotes.z, c.linkNotes.n);
  }
  int bOom = c.notes.bOom || c.linkNotes.bOom;
  buf_free(&c.notes);
  buf_free(&c.linkNotes);
  xmlFreeDoc(pDoc);
  double rLimit = pOpt && pOpt->rTimeLimit > 0 ? pOpt->rTimeLimit : 300;
  if (read_now() - tStart > rLimit) {
    err_set(pErr, TOCSIN_ELIMIT, (size_t)-1,
            "%s: reading the HTML took over the time limit of %g s; raise it with --time-limit", zName,
            rLimit);
    return TOCSIN_ELIMIT;
  }
  if (bOom) pOut->bOom = 1;
  return TOCSIN_OK;
}
