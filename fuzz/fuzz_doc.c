/*
** libFuzzer target for the whole pipeline entry point: parse, clean, structure,
** code and render arbitrary bytes. Build: make fuzz; run:
**   build-fuzz/fuzz_doc -max_total_time=60 fuzz/corpus
** Without libFuzzer (FUZZ_STANDALONE) main() replays files given as arguments,
** which `make check` does over the examples and the clean-test documents.
*/
#include <stdio.h>
#include <stdlib.h>

#include "tocsin.h"

static tocsin_dict *pDict;

int LLVMFuzzerTestOneInput(const unsigned char *a, size_t n);
int LLVMFuzzerTestOneInput(const unsigned char *a, size_t n) {
  if (!pDict) {
    tocsin_error err;
    pDict = tocsin_dict_load(NULL, &err);
    if (!pDict) abort();
  }
  tocsin_options opt;
  tocsin_options_init(&opt);
  opt.zDate = "2020-11-30";
  tocsin_error err;
  tocsin_doc *d = tocsin_doc_parse((const char *)a, n, "fuzz", &opt, &err);
  if (!d) return 0;
  size_t nOut;
  tocsin_doc_json(d, &nOut);
  tocsin_doc_code(d, pDict, &err);
  tocsin_events_jsonl(d, &nOut);
  tocsin_events_tsv(d, 1, &nOut);
  tocsin_doc_free(d);
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
      for (size_t j = 0; j < k; j++) z[n + j] = chunk[j];
      n += k;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(z ? z : (const unsigned char *)"", n);
    /* every prefix and a few mutations: truncated documents must not crash */
    for (size_t cut = 1; z && cut < n; cut += 1 + n / 64) LLVMFuzzerTestOneInput(z, cut);
    free(z);
  }
  tocsin_dict_free(pDict);
  printf("fuzz-replay: %d passed, 0 failed\n", argc - 1);
  return 0;
}
#endif
