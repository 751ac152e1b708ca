/*
** Internal utilities: arena, Buf, JSON escaping, UTF-8 and date helpers.
*/
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define HUGE_PAGE (2u << 20)

/* ---- arena ---------------------------------------------------------------- */

typedef struct ArenaBlock {
  struct ArenaBlock *pNext;
  size_t nUsed, nSize;
  max_align_t aData[];   /* aligned storage follows */
} ArenaBlock;

struct Arena {
  ArenaBlock *pHead;
  int bHuge;             /* blocks of one huge page, the kernel asked to back them so */
};

Arena *arena_new(void) {
  return calloc(1, sizeof(Arena));
}

Arena *arena_new_large(void) {
  Arena *p = calloc(1, sizeof(Arena));
  if (p) p->bHuge = 1;
  return p;
}

void arena_free(Arena *p) {
  if (!p) return;
  ArenaBlock *b = p->pHead;
  while (b) {
    ArenaBlock *pNext = b->pNext;
    free(b);
    b = pNext;
  }
  free(p);
}

void *arena_alloc(Arena *p, size_t n) {
  const size_t align = sizeof(max_align_t);
  n = (n + align - 1) & ~(align - 1);
  if (n == 0) n = align;
  ArenaBlock *b = p->pHead;
  if (!b || b->nSize - b->nUsed < n) {
    size_t nSize = 64 * 1024;
    if (p->bHuge) nSize = HUGE_PAGE - sizeof(ArenaBlock);
    if (n > nSize / 4) nSize = n;          /* big requests get their own block */
    ArenaBlock *pNew;
    if (p->bHuge && nSize + sizeof(ArenaBlock) == HUGE_PAGE) {
      pNew = aligned_alloc(HUGE_PAGE, HUGE_PAGE);
      if (pNew) (void)madvise(pNew, HUGE_PAGE, MADV_HUGEPAGE);
    } else {
      pNew = malloc(sizeof(ArenaBlock) + nSize);
    }
    if (!pNew) return NULL;
    pNew->nUsed = 0;
    pNew->nSize = nSize;
    if (b && n == nSize && b->nSize - b->nUsed > 1024) {
      /* keep filling the current block; chain the big one behind it */
      pNew->pNext = b->pNext;
      b->pNext = pNew;
    } else {
      pNew->pNext = b;
      p->pHead = pNew;
    }
    b = pNew;
  }
  void *r = (char *)b->aData + b->nUsed;
  b->nUsed += n;
  memset(r, 0, n);
  return r;
}

char *arena_strndup(Arena *p, const char *z, size_t n) {
  char *r = arena_alloc(p, n + 1);
  if (!r) return NULL;
  if (n) memcpy(r, z, n);
  r[n] = 0;
  return r;
}

char *arena_strdup(Arena *p, const char *z) {
  return z ? arena_strndup(p, z, strlen(z)) : NULL;
}

char *arena_printf(Arena *p, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  int n = vsnprintf(NULL, 0, zFmt, ap);
  va_end(ap);
  if (n < 0) return NULL;
  char *r = arena_alloc(p, (size_t)n + 1);
  if (!r) return NULL;
  va_start(ap, zFmt);
  vsnprintf(r, (size_t)n + 1, zFmt, ap);
  va_end(ap);
  return r;
}

/* ---- Buf ------------------------------------------------------------------ */

void buf_init(Buf *b) { memset(b, 0, sizeof(*b)); }

void buf_free(Buf *b) {
  free(b->z);
  memset(b, 0, sizeof(*b));
}

int buf_reserve(Buf *b, size_t nMore) {
  if (b->bOom) return 0;
  if (b->n + nMore + 1 <= b->nAlloc) return 1;
  size_t nNew = b->nAlloc ? b->nAlloc * 2 : 256;
  while (nNew < b->n + nMore + 1) nNew *= 2;
  char *z = realloc(b->z, nNew);
  if (!z) {
    b->bOom = 1;
    return 0;
  }
  b->z = z;
  b->nAlloc = nNew;
  b->z[b->n] = 0;
  return 1;
}

void buf_append(Buf *b, const char *z, size_t n) {
  if (!buf_reserve(b, n)) return;
  if (n) memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

void buf_puts(Buf *b, const char *z) { buf_append(b, z, strlen(z)); }

void buf_putc(Buf *b, char c) { buf_append(b, &c, 1); }

void buf_printf(Buf *b, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  int n = vsnprintf(NULL, 0, zFmt, ap);
  va_end(ap);
  if (n < 0 || !buf_reserve(b, (size_t)n)) return;
  va_start(ap, zFmt);
  vsnprintf(b->z + b->n, (size_t)n + 1, zFmt, ap);
  va_end(ap);
  b->n += (size_t)n;
}

void buf_json_strn(Buf *b, const char *z, size_t n) {
  static const char hex[] = "0123456789abcdef";
  buf_putc(b, '"');
  size_t iStart = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    buf_append(b, z + iStart, i - iStart);
    iStart = i + 1;
    switch (c) {
      case '"': buf_append(b, "\\\"", 2); break;
      case '\\': buf_append(b, "\\\\", 2); break;
      case '\n': buf_append(b, "\\n", 2); break;
      case '\t': buf_append(b, "\\t", 2); break;
      case '\r': buf_append(b, "\\r", 2); break;
      default: {
        char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        buf_append(b, e, 6);
      }
    }
  }
  buf_append(b, z + iStart, n - iStart);
  buf_putc(b, '"');
}

void buf_json_str(Buf *b, const char *z) {
  if (!z) buf_append(b, "null", 4);
  else buf_json_strn(b, z, strlen(z));
}

void buf_tsv_field(Buf *b, const char *z) {
  if (!z) return;
  for (; *z; z++) buf_putc(b, (*z == '\t' || *z == '\n' || *z == '\r') ? ' ' : *z);
}

int vec_grow(void **pa, size_t *pnAlloc, size_t n, size_t sz) {
  if (n < *pnAlloc) return 1;
  size_t nNew = *pnAlloc ? *pnAlloc * 2 : 16;
  while (nNew <= n) nNew *= 2;
  void *p = realloc(*pa, nNew * sz);
  if (!p) return 0;
  *pa = p;
  *pnAlloc = nNew;
  return 1;
}

/* ---- text ----------------------------------------------------------------- */

size_t utf8_len(const unsigned char *z, size_t n) {
  if (n == 0) return 0;
  unsigned c = z[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned min;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
  else return 0;
  if (n < len) return 0;
  unsigned cp = c & (0x7F >> len);
  for (size_t i = 1; i < len; i++) {
    if ((z[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (z[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

size_t utf8_check(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0;
  while (i < n) {
    if (u[i] < 0x80) { i++; continue; }
    size_t l = utf8_len(u + i, n - i);
    if (!l) return i;
    i += l;
  }
  return (size_t)-1;
}

int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int is_digit(int c) { return c >= '0' && c <= '9'; }
int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
int is_lower(int c) { return c >= 'a' && c <= 'z'; }
int to_lower(int c) { return is_upper(c) ? c + 32 : c; }

int strnicmp_ascii(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int x = to_lower((unsigned char)a[i]), y = to_lower((unsigned char)b[i]);
    if (x != y) return x - y;
    if (!x) return 0;
  }
  return 0;
}

int word_eq_curly(const char *z, size_t n, const char *zWord, size_t nWord) {
  (void)n;
  const char *q = memchr(zWord, '\'', nWord);
  if (!q) return 0;
  size_t k = (size_t)(q - zWord);
  return strnicmp_ascii(z, zWord, k) == 0 && !memcmp(z + k, "\xE2\x80\x99", 3) &&
         strnicmp_ascii(z + k + 3, q + 1, nWord - k - 1) == 0;
}

uint64_t hash_bytes(const void *p, size_t n) {
  const unsigned char *u = p;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= u[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* ---- dates ---------------------------------------------------------------- */

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int a[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return a[m - 1] + (m == 2 && is_leap(y));
}

int ymd_valid(Ymd t) {
  return t.y >= 1 && t.y <= 9999 && t.m >= 1 && t.m <= 12 && t.d >= 1 &&
         t.d <= days_in_month(t.y, t.m);
}

int ymd_parse(const char *z, Ymd *pOut) {
  if (!z) return 0;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) { if (z[i] != '-') return 0; }
    else if (!is_digit((unsigned char)z[i])) return 0;
  }
  if (z[10]) return 0;
  Ymd t = {atoi(z), atoi(z + 5), atoi(z + 8)};
  if (!ymd_valid(t)) return 0;
  *pOut = t;
  return 1;
}

void ymd_format(Ymd t, char out[11]) {
  unsigned y = (unsigned)t.y % 10000u, m = (unsigned)t.m % 100u, d = (unsigned)t.d % 100u;
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = 0;
}

/* Howard Hinnant's days_from_civil. */
long ymd_to_days(Ymd t) {
  int y = t.y - (t.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (unsigned)((153 * (t.m + (t.m > 2 ? -3 : 9)) + 2) / 5 + t.d - 1);
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long)doe - 719468;
}

Ymd ymd_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = (long)yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  Ymd t = {(int)(y + (m <= 2)), (int)m, (int)d};
  return t;
}

int ymd_weekday(Ymd t) {
  long n = ymd_to_days(t); /* 1970-01-01 was a Thursday (3) */
  long w = (n + 3) % 7;
  if (w < 0) w += 7;
  return (int)w;
}

int ymd_cmp(Ymd a, Ymd b) {
  if (a.y != b.y) return a.y < b.y ? -1 : 1;
  if (a.m != b.m) return a.m < b.m ? -1 : 1;
  if (a.d != b.d) return a.d < b.d ? -1 : 1;
  return 0;
}

int month_from_name(const char *z, size_t n) {
  static const char *az[] = {"january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"};
  if (n && z[n - 1] == '.') n--;
  if (n < 3) return 0;
  for (int m = 0; m < 12; m++) {
    size_t l = strlen(az[m]);
    if (n == l && strnicmp_ascii(z, az[m], n) == 0) return m + 1;
    if (n == 3 && strnicmp_ascii(z, az[m], 3) == 0) return m + 1;
    if (n == 4 && m == 8 && strnicmp_ascii(z, "sept", 4) == 0) return 9;
  }
  return 0;
}
