/* Runs every registered unit test, or those whose name contains argv[1]. */
#include "test.h"

#include <stdlib.h>

typedef struct { const char *zName; test_fn fn; } TestCase;
static TestCase *aTest;
static size_t nTest, nAlloc;
int test_nFail;

void test_register(const char *zName, test_fn fn) {
  if (nTest == nAlloc) {
    nAlloc = nAlloc ? nAlloc * 2 : 64;
    aTest = realloc(aTest, nAlloc * sizeof(TestCase));
    if (!aTest) abort();
  }
  aTest[nTest].zName = zName;
  aTest[nTest].fn = fn;
  nTest++;
}

static int cmp(const void *a, const void *b) {
  return strcmp(((const TestCase *)a)->zName, ((const TestCase *)b)->zName);
}

int main(int argc, char **argv) {
  int nPass = 0, nFailed = 0;
  qsort(aTest, nTest, sizeof(TestCase), cmp);
  for (size_t i = 0; i < nTest; i++) {
    if (argc > 1 && !strstr(aTest[i].zName, argv[1])) continue;
    test_nFail = 0;
    aTest[i].fn();
    if (test_nFail) {
      fprintf(stderr, "FAIL %s\n", aTest[i].zName);
      nFailed++;
    } else {
      nPass++;
    }
  }
  free(aTest);
  printf("unit: %d passed, %d failed\n", nPass, nFailed);
  return nFailed ? 1 : 0;
}
