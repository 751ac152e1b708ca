/*
** Output formats: the `tocsin doc` JSON object, events as JSON lines, and a
** GDELT-style TSV. Field names and order are a stable contract (docs/cli.md).
*/
#include "../core/internal.h"
#include "../dict/dict.h"

#include <stdlib.h>
#include <string.h>

static void json_ints(Buf *b, const int *a, size_t n) {
  buf_putc(b, '[');
  for (size_t i = 0; i < n; i++) buf_printf(b, "%s%d", i ? "," : "", a[i]);
  buf_putc(b, ']');
}

static void json_strs(Buf *b, const char *const *az, size_t n) {
  buf_putc(b, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) buf_putc(b, ',');
    buf_json_str(b, az[i]);
  }
  buf_putc(b, ']');
}

int emit_doc_json(tocsin_doc *d, Buf *b) {
  buf_puts(b, "{\"path\":");
  buf_json_str(b, d->zPath);
  buf_puts(b, ",\"title\":");
  buf_json_str(b, d->zTitle);
  buf_puts(b, ",\"author\":");
  buf_json_str(b, d->zAuthor);
  buf_puts(b, ",\"date\":");
  buf_json_str(b, d->zDate[0] ? d->zDate : NULL);
  buf_puts(b, ",\"date_source\":");
  buf_json_str(b, d->zDateSource);
  buf_puts(b, ",\n\"sentences\":[");
  for (size_t i = 0; i < d->nSent; i++) {
    const tocsin_sentence *s = &d->aSent[i];
    buf_printf(b, "%s\n {\"i\":%zu,\"start\":%zu,\"end\":%zu,\"text\":", i ? "," : "", s->i, s->start, s->end);
    buf_json_str(b, s->zText);
    buf_puts(b, ",\"notes\":");
    json_ints(b, s->aNote, s->nNote);
    buf_putc(b, '}');
  }
  buf_puts(b, "],\n\"notes\":[");
  for (size_t i = 0; i < d->nNote; i++) {
    const tocsin_note *n = &d->aNote[i];
    buf_printf(b, "%s\n {\"n\":%d,\"text\":", i ? "," : "", n->n);
    buf_json_str(b, n->zText);
    buf_puts(b, ",\"urls\":");
    json_strs(b, n->azUrl, n->nUrl);
    buf_puts(b, ",\"domains\":");
    json_strs(b, n->azDomain, n->nUrl);
    buf_putc(b, '}');
  }
  buf_puts(b, "],\n\"repairs\":[");
  for (size_t i = 0; i < d->nRepair; i++) {
    const tocsin_repair *r = &d->aRepair[i];
    buf_puts(b, i ? ",\n {\"kind\":" : "\n {\"kind\":");
    buf_json_str(b, r->zKind);
    buf_puts(b, ",\"from\":");
    buf_json_str(b, r->zFrom);
    buf_puts(b, ",\"to\":");
    buf_json_str(b, r->zTo);
    buf_printf(b, ",\"at\":%zu}", r->at);
  }
  buf_puts(b, "]}\n");
  return !b->bOom;
}

static void json_actor(Buf *b, const tocsin_actor *a) {
  buf_puts(b, "{\"code\":");
  buf_json_str(b, a->zCode);
  buf_puts(b, ",\"country\":");
  buf_json_str(b, a->zCountry);
  buf_puts(b, ",\"org\":");
  buf_json_str(b, a->zOrg);
  buf_puts(b, ",\"role\":");
  buf_json_str(b, a->zRole);
  buf_puts(b, ",\"text\":");
  buf_json_str(b, a->zText);
  buf_putc(b, '}');
}

int emit_events_jsonl(tocsin_doc *d, Buf *b) {
  for (size_t i = 0; i < d->nEvent; i++) {
    const tocsin_event *e = &d->aEvent[i];
    const struct EventExtra *x = &d->aExtra[i];
    buf_puts(b, "{\"doc\":");
    buf_json_str(b, d->zPath);
    buf_printf(b, ",\"sentence\":%zu,\"text\":", e->iSentence);
    buf_json_str(b, d->aSent[e->iSentence].zText);
    buf_puts(b, ",\"date\":");
    buf_json_str(b, e->zDate);
    buf_puts(b, ",\"date_text\":");
    buf_json_str(b, e->zDateText);
    buf_puts(b, ",\"source\":");
    json_actor(b, &e->source);
    buf_puts(b, ",\"target\":");
    json_actor(b, &e->target);
    buf_puts(b, ",\"event\":");
    buf_json_str(b, e->zEvent);
    buf_puts(b, ",\"root\":");
    buf_json_str(b, e->zRoot);
    buf_printf(b, ",\"quad\":%d,\"goldstein\":%g,\"plover\":", e->quad, e->goldstein);
    buf_json_str(b, e->zPlover);
    buf_puts(b, ",\"verb\":");
    buf_json_str(b, e->zVerb);
    buf_printf(b, ",\"negated\":%s,\"mood\":", e->bNegated ? "true" : "false");
    buf_json_str(b, e->zMood);
    buf_puts(b, ",\"hedge\":");
    buf_json_str(b, e->zHedge);
    if (e->bHasP) buf_printf(b, ",\"p\":[%.2f,%.2f]", e->p[0], e->p[1]);
    else buf_puts(b, ",\"p\":null");
    buf_puts(b, ",\"due\":");
    buf_json_str(b, e->zDue);
    buf_puts(b, ",\"reporter\":");
    if (e->reporter.zCode) json_actor(b, &e->reporter);
    else buf_puts(b, "null");
    if (e->zIssues) {   /* only with dictionaries that code issues */
      buf_puts(b, ",\"issues\":[");
      for (const char *z = e->zIssues; *z;) {
        const char *c = strchr(z, ',');
        size_t n = c ? (size_t)(c - z) : strlen(z);
        if (z != e->zIssues) buf_putc(b, ',');
        buf_json_strn(b, z, n);
        z += n + (c ? 1 : 0);
      }
      buf_putc(b, ']');
    }
    buf_puts(b, ",\"location\":");
    if (e->zLocName) {
      buf_puts(b, "{\"name\":");
      buf_json_str(b, e->zLocName);
      buf_puts(b, ",\"country\":");
      buf_json_str(b, e->zLocCountry);
      buf_putc(b, '}');
    } else {
      buf_puts(b, "null");
    }
    buf_puts(b, ",\"notes\":");
    json_ints(b, x->aNote, x->nNote);
    buf_puts(b, ",\"sources\":");
    json_strs(b, x->azSource, x->nSource);
    buf_puts(b, "}\n");
  }
  return !b->bOom;
}

const char *tocsin_tsv_header(void) {
  return "GlobalEventID\tDay\tActor1Code\tActor1Name\tActor1CountryCode\tActor1Type1Code\t"
         "Actor2Code\tActor2Name\tActor2CountryCode\tActor2Type1Code\tIsRootEvent\tEventCode\t"
         "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tActionGeo_FullName\t"
         "ActionGeo_CountryCode\tSOURCEURL\tPlover\tMood\tNegated\tHedge\tPLow\tPHigh\tNotes\tDoc\tSentence\tReporter\n";
}

int emit_events_tsv(tocsin_doc *d, Buf *b, int bHeader) {
  if (bHeader) buf_puts(b, tocsin_tsv_header());
  for (size_t i = 0; i < d->nEvent; i++) {
    const tocsin_event *e = &d->aEvent[i];
    const struct EventExtra *x = &d->aExtra[i];
    char zDay[9] = "";
    if (e->zDate) {
      memcpy(zDay, e->zDate, 4);
      memcpy(zDay + 4, e->zDate + 5, 2);
      memcpy(zDay + 6, e->zDate + 8, 2);
      zDay[8] = 0;
    }
    /* a stable id: document hash + event ordinal */
    unsigned long long h = (unsigned long long)hash_bytes(d->zOrig, d->nOrig);
    buf_printf(b, "%016llx-%zu\t%s\t", h, i, zDay);
    const tocsin_actor *aA[2] = {&e->source, &e->target};
    for (int k = 0; k < 2; k++) {
      buf_tsv_field(b, aA[k]->zCode);
      buf_putc(b, '\t');
      buf_tsv_field(b, aA[k]->zText);
      buf_putc(b, '\t');
      buf_tsv_field(b, aA[k]->zCountry);
      buf_putc(b, '\t');
      buf_tsv_field(b, aA[k]->zRole ? aA[k]->zRole : (aA[k]->zOrg ? "IGO" : NULL));
      buf_putc(b, '\t');
    }
    char zBase[4];
    memcpy(zBase, e->zEvent, 3);
    zBase[3] = 0;
    buf_printf(b, "%d\t%s\t%s\t%s\t%d\t%g\t", e->iSentence == 0, e->zEvent, zBase, e->zRoot, e->quad,
               e->goldstein);
    buf_tsv_field(b, e->zLocName);
    buf_putc(b, '\t');
    buf_tsv_field(b, e->zLocCountry);
    buf_putc(b, '\t');
    /* the first URL of the sentence's first note, else the document path */
    const char *zUrl = d->zPath;
    for (size_t k = 0; k < x->nNote; k++) {
      const tocsin_note *n = tocsin_doc_find_note(d, x->aNote[k]);
      if (n && n->nUrl) {
        zUrl = n->azUrl[0];
        break;
      }
    }
    buf_tsv_field(b, zUrl);
    buf_putc(b, '\t');
    buf_tsv_field(b, e->zPlover);
    buf_putc(b, '\t');
    buf_tsv_field(b, e->zMood);
    buf_printf(b, "\t%d\t", e->bNegated);
    buf_tsv_field(b, e->zHedge);
    if (e->bHasP) buf_printf(b, "\t%.2f\t%.2f\t", e->p[0], e->p[1]);
    else buf_puts(b, "\t\t\t");
    for (size_t k = 0; k < x->nNote; k++) buf_printf(b, "%s%d", k ? "," : "", x->aNote[k]);
    buf_putc(b, '\t');
    buf_tsv_field(b, d->zPath);
    buf_printf(b, "\t%zu\t", e->iSentence);
    buf_tsv_field(b, e->reporter.zCode);
    buf_putc(b, '\n');
  }
  return !b->bOom;
}

/* "FILE:LINE + FILE:LINE" for the entries that made an actor, or null. */
static void explain_actor(Buf *b, const struct ActorEntry *const *ap) {
  Buf t;
  buf_init(&t);
  for (int k = 0; k < 5 && ap[k]; k++) buf_printf(&t, "%s%s:%d", k ? " + " : "", ap[k]->zFile, ap[k]->iLine);
  buf_json_str(b, t.n ? t.z : NULL);
  if (t.bOom) b->bOom = 1;
  buf_free(&t);
}

const char *tocsin_event_explain(tocsin_doc *d, size_t i) {
  if (!d || i >= d->nEvent || !d->aExtra) return NULL;
  struct EventExtra *x = &d->aExtra[i];
  if (x->zExplain) return x->zExplain;
  if (x->fired.zPreset) return x->zExplain = x->fired.zPreset;
  Buf b;
  buf_init(&b);
  buf_puts(&b, "{\"source\":");
  explain_actor(&b, x->fired.apSrc);
  buf_puts(&b, ",\"target\":");
  explain_actor(&b, x->fired.apTgt);
  buf_puts(&b, ",\"verb\":");
  const VerbPattern *v = x->fired.pPat;
  if (v) {
    Buf t;
    buf_init(&t);
    buf_printf(&t, "%s:%d: %s", v->zFile, v->iLine, v->zText);
    buf_json_str(&b, t.z);
    if (t.bOom) b.bOom = 1;
    buf_free(&t);
  } else {
    buf_puts(&b, "null");
  }
  buf_putc(&b, '}');
  if (!b.bOom) x->zExplain = arena_strdup(d->pArena, b.z);
  buf_free(&b);
  return x->zExplain;
}
