/*
** libFuzzer target for the TABARI/PETRARCH entry point: arbitrary dictionary
** text is loaded with tocsin_dict_load_specs and a sentence is coded with it.
** The input is "FORMAT ACTORS \x1e VERBS \x1e TEXT": its first byte picks
** TABARI (even) or PETRARCH (odd) files; the parts are written to temporary
** files, since dictionaries are read from files. Build: make fuzz; run:
**   build-fuzz/fuzz_pattern -max_total_time=60
** Without libFuzzer (FUZZ_STANDALONE) main() replays files given as arguments
** (`make check` runs it over real and pathological dictionaries).
*/
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE   /* mkdtemp; the Makefile defines it already */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tocsin.h"

static char zDir[64];

/* Writes a[0..n) to zDir/zName; returns the path in a static buffer slot. */
static const char *put(const char *zName, const unsigned char *a, size_t n, char *zPath, size_t nPath) {
  snprintf(zPath, nPath, "%s/%s", zDir, zName);
  FILE *f = fopen(zPath, "wb");
  if (!f) abort();
  if (n) fwrite(a, 1, n, f);
  fclose(f);
  return zPath;
}

/* The next part of a[*pi..n) up to a 0x1E separator. */
static size_t part(const unsigned char *a, size_t n, size_t *pi, size_t *pLen) {
  size_t i = *pi, j = i;
  while (j < n && a[j] != 0x1e) j++;
  *pLen = j - i;
  *pi = j < n ? j + 1 : n;
  return i;
}

int LLVMFuzzerTestOneInput(const unsigned char *a, size_t n);
int LLVMFuzzerTestOneInput(const unsigned char *a, size_t n) {
  if (!zDir[0]) {
    snprintf(zDir, sizeof zDir, "/tmp/tocsin-fuzz-XXXXXX");
    if (!mkdtemp(zDir)) abort();
  }
  if (!n) return 0;
  int bPetr = a[0] & 1;
  size_t i = 1, nA, nV, nT;
  size_t iA = part(a, n, &i, &nA), iV = part(a, n, &i, &nV), iT = part(a, n, &i, &nT);
  char zA[128], zV[128], zSpecA[160], zSpecV[160];
  put("a.txt", a + iA, nA, zA, sizeof zA);
  put("v.txt", a + iV, nV, zV, sizeof zV);
  snprintf(zSpecA, sizeof zSpecA, "%s:%s", bPetr ? "petrarch-actors" : "tabari-actors", zA);
  snprintf(zSpecV, sizeof zSpecV, "%s:%s", bPetr ? "petrarch-verbs" : "tabari-verbs", zV);
  const char *az[2] = {zSpecA, zSpecV};
  tocsin_error err;
  tocsin_dict *p = tocsin_dict_load_specs(az, 2, &err);
  if (!p) return 0;
  tocsin_dict_option(p, "SET: MINIMUM WORDS = 1", &err);
  tocsin_options o;
  tocsin_options_init(&o);
  o.zDate = "1995-01-01";
  o.bOneSentence = 2;
  tocsin_doc *d = tocsin_doc_parse((const char *)a + iT, nT, "fuzz", &o, &err);
  if (d) {
    tocsin_doc_code(d, p, &err);
    size_t nOut;
    tocsin_events_jsonl(d, &nOut);
    for (size_t k = 0; k < tocsin_doc_event_count(d); k++) tocsin_event_explain(d, k);
    tocsin_doc_free(d);
  }
  tocsin_dict_free(p);
  return 0;
}

#ifdef FUZZ_STANDALONE
int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) continue;
    unsigned char *z = NULL;
    size_t n = 0, cap = 0, k;
    unsigned char chunk[65536];
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
      if (n + k > cap) {
        cap = (n + k) * 2;
        z = realloc(z, cap);
        if (!z) abort();
      }
      memcpy(z + n, chunk, k);
      n += k;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(z ? z : (const unsigned char *)"", n);
    /* truncations: a dictionary cut anywhere must load or fail cleanly */
    for (size_t cut = 1; z && cut < n; cut += 1 + n / 32) LLVMFuzzerTestOneInput(z, cut);
    free(z);
  }
  if (zDir[0]) {
    char zPath[128];
    snprintf(zPath, sizeof zPath, "%s/a.txt", zDir);
    unlink(zPath);
    snprintf(zPath, sizeof zPath, "%s/v.txt", zDir);
    unlink(zPath);
    rmdir(zDir);
  }
  printf("fuzz-pattern: %d passed, 0 failed\n", argc - 1);
  return 0;
}
#endif
