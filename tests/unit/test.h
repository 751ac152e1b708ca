/*
** A minimal unit-test harness: TEST(name) { ... } registers itself at start-up
** (no central list to edit), CHECK* record failures with file and line.
** The runner prints "N passed, N failed".
*/
#ifndef TOCSIN_TEST_H
#define TOCSIN_TEST_H

#include <stdio.h>
#include <string.h>

typedef void (*test_fn)(void);
void test_register(const char *zName, test_fn fn);
extern int test_nFail;   /* failures in the current test */

#define TEST(name)                                                          \
  static void test_##name(void);                                            \
  __attribute__((constructor)) static void test_reg_##name(void) {         \
    test_register(#name, test_##name);                                      \
  }                                                                         \
  static void test_##name(void)

#define CHECK(cond)                                                         \
  do {                                                                      \
    if (!(cond)) {                                                          \
      fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
      test_nFail++;                                                         \
    }                                                                       \
  } while (0)

#define CHECK_STR(got, want)                                                \
  do {                                                                      \
    const char *g_ = (got), *w_ = (want);                                   \
    if ((g_ == NULL) != (w_ == NULL) || (g_ && strcmp(g_, w_) != 0)) {      \
      fprintf(stderr, "  %s:%d: %s\n    got:  %s\n    want: %s\n", __FILE__, __LINE__, #got, \
              g_ ? g_ : "(null)", w_ ? w_ : "(null)");                      \
      test_nFail++;                                                         \
    }                                                                       \
  } while (0)

#define CHECK_INT(got, want)                                                \
  do {                                                                      \
    long long g_ = (long long)(got), w_ = (long long)(want);                \
    if (g_ != w_) {                                                         \
      fprintf(stderr, "  %s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); \
      test_nFail++;                                                         \
    }                                                                       \
  } while (0)

#endif
