/*
** Shared internal utilities: arena allocation, growable buffers, JSON string
** escaping, UTF-8 helpers. Nothing here prints or exits.
*/
#ifndef TOCSIN_UTIL_H
#define TOCSIN_UTIL_H

#include <stddef.h>
#include <string.h>
#include <stdint.h>
#include <stdarg.h>

/* ---- arena: many small allocations freed by one call ------------------- */
typedef struct Arena Arena;
Arena *arena_new(void);
/* An arena for one large, long-lived structure (the dictionaries): blocks of
** one 2 MiB huge page each, which the kernel is asked to back with huge
** pages (madvise MADV_HUGEPAGE), so that loading takes hundreds of page
** faults fewer; a process coding one short file spent a fifth of its time
** faulting in the dictionaries' memory (52 -> 44 ms, perf stat -r 20). Freed
** by arena_free as any arena. NULL on OOM. */
Arena *arena_new_large(void);
void arena_free(Arena *p);
/* Returns zeroed memory or NULL on OOM. */
void *arena_alloc(Arena *p, size_t n);
/* Copies n bytes of z and NUL-terminates. */
char *arena_strndup(Arena *p, const char *z, size_t n);
char *arena_strdup(Arena *p, const char *z);
char *arena_printf(Arena *p, const char *zFmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- Buf: a growable byte string (malloc'ed) ---------------------------- */
typedef struct Buf {
  char *z;      /* always NUL-terminated when n>0 or after buf_reserve */
  size_t n;     /* bytes used */
  size_t nAlloc;
  int bOom;     /* set once an allocation fails; later appends are no-ops */
} Buf;
void buf_init(Buf *b);
void buf_free(Buf *b);
int buf_reserve(Buf *b, size_t nMore);
void buf_append(Buf *b, const char *z, size_t n);
void buf_puts(Buf *b, const char *z);
void buf_putc(Buf *b, char c);
void buf_printf(Buf *b, const char *zFmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends z as a JSON string literal (with quotes), or null when z is NULL. */
void buf_json_str(Buf *b, const char *z);
void buf_json_strn(Buf *b, const char *z, size_t n);
/* Appends z with tabs and newlines replaced by spaces (TSV field). */
void buf_tsv_field(Buf *b, const char *z);

/* ---- dynamic array of anything (arena or malloc) ------------------------ */
/* Grows *pa (element size sz) to hold at least n+1 elements; returns 0 on OOM. */
int vec_grow(void **pa, size_t *pnAlloc, size_t n, size_t sz);

/* ---- text helpers -------------------------------------------------------- */
/* Length of a valid UTF-8 sequence starting at z (max n bytes), or 0 if invalid. */
size_t utf8_len(const unsigned char *z, size_t n);
/* Returns the offset of the first invalid byte, or (size_t)-1 if all valid. */
size_t utf8_check(const char *z, size_t n);
int is_alpha(int c);
int is_digit(int c);
int is_alnum(int c);
int is_space(int c);
int is_upper(int c);
int is_lower(int c);
int to_lower(int c);
/* Case-insensitive ASCII comparison of n bytes. */
int strnicmp_ascii(const char *a, const char *b, size_t n);
/* word_eq()'s slow path: z is two bytes longer than zWord (a curly apostrophe). */
int word_eq_curly(const char *z, size_t n, const char *zWord, size_t nWord);
/* 1 if the n bytes at z are the word zWord, ASCII case ignored, a curly
** apostrophe (U+2019) in z matching a "'" in zWord ("Jordan’s" has "'s").
** Inline: the coder calls it for every word it tests. */
static inline int word_eq(const char *z, size_t n, const char *zWord) {
  /* most tests fail on the first letter: decide those before strlen(), which
  ** was a tenth of coding's time (the lists tok_in() walks); only a word
  ** that may start with an apostrophe (curly in the text) needs the rest */
  if (n && zWord[0] != '\'' && (z[0] | 0x20) != (zWord[0] | 0x20)) return 0;
  size_t nWord = strlen(zWord);
  if (n == nWord) return strnicmp_ascii(z, zWord, n) == 0;
  return n == nWord + 2 && nWord > 0 && word_eq_curly(z, n, zWord, nWord);
}
/* 64-bit FNV-1a hash. */
uint64_t hash_bytes(const void *p, size_t n);

/* ---- dates -------------------------------------------------------------- */
typedef struct Ymd { int y, m, d; } Ymd;
int ymd_valid(Ymd t);
int ymd_parse(const char *z, Ymd *pOut);       /* "YYYY-MM-DD" exactly; 1 on success */
void ymd_format(Ymd t, char out[11]);
long ymd_to_days(Ymd t);                        /* days since 1970-01-01 */
Ymd ymd_from_days(long n);
int ymd_weekday(Ymd t);                         /* 0=Monday .. 6=Sunday */
int ymd_cmp(Ymd a, Ymd b);
int days_in_month(int y, int m);
/* Month number 1..12 for an English month name or abbreviation ("Sept", "Sep."),
** case-insensitive, n bytes; 0 if none. */
int month_from_name(const char *z, size_t n);

#endif
