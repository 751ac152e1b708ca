/*
** The golden files of examples/ through the library (tests/golden.sh runs the
** same files through the CLI). Paths are relative to the repository root.
*/
#include "test.h"

#include <stdlib.h>

#include "tocsin.h"

static char *slurp(const char *zPath, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *z = malloc((size_t)n + 1);
  if (z && fread(z, 1, (size_t)n, f) != (size_t)n) {
    free(z);
    z = NULL;
  }
  fclose(f);
  if (z) z[n] = 0;
  if (pn) *pn = (size_t)n;
  return z;
}

static void check_golden(const char *zName, const char *zExt) {
  char zIn[256], zDoc[256], zEv[256];
  snprintf(zIn, sizeof zIn, "examples/%s.%s", zName, zExt);
  snprintf(zDoc, sizeof zDoc, "tests/golden/examples/%s.doc.json", zName);
  snprintf(zEv, sizeof zEv, "tests/golden/examples/%s.events.jsonl", zName);
  tocsin_error err;
  tocsin_doc *d = tocsin_doc_read_file(zIn, NULL, &err);
  CHECK(d != NULL);
  if (!d) {
    fprintf(stderr, "  %s\n", err.msg);
    return;
  }
  tocsin_dict *p = tocsin_dict_load(NULL, &err);
  CHECK(p != NULL);
  if (!p) {
    fprintf(stderr, "  %s\n", err.msg);
    tocsin_doc_free(d);
    return;
  }
  char *zWantDoc = slurp(zDoc, NULL), *zWantEv = slurp(zEv, NULL);
  CHECK(zWantDoc && zWantEv);
  const char *zGot = tocsin_doc_json(d, NULL);
  if (zWantDoc) CHECK_STR(zGot, zWantDoc);
  CHECK_INT(tocsin_doc_code(d, p, &err), TOCSIN_OK);
  zGot = tocsin_events_jsonl(d, NULL);
  if (zWantEv) CHECK_STR(zGot, zWantEv);
  free(zWantDoc);
  free(zWantEv);
  tocsin_doc_free(d);
  tocsin_dict_free(p);
}

TEST(golden_belarus_warning_update) { check_golden("belarus-warning-update", "md"); }
TEST(golden_wire_digest) { check_golden("wire-digest", "txt"); }
