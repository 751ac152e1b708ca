/*
** SHA-256 (FIPS 180-4) of a document's bytes. The store recognises a document
** it already holds by this hash, so it must not collide by accident or by
** design: a 64-bit FNV hash (util.c) would let two different reports be taken
** for one and silently drop the second. Written from the standard's
** description; checked against its test vectors in tests/unit/test_store.c.
**
** Where the CPU has the SHA extensions (x86-64: Intel since Goldmont/Ice
** Lake, AMD since Zen), blocks go through them: 4-6 us instead of 25 us for
** a 5 KB document, whose hash the portable rounds made 12 % of the
** instructions of storing it in a batch (callgrind).
*/
#include "store.h"

#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>
#endif

static const uint32_t aK[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

/* Folds one 64-byte block into the state. */
static void block(uint32_t aH[8], const unsigned char *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = aH[0], b = aH[1], c = aH[2], d = aH[3], e = aH[4], f = aH[5], g = aH[6], h = aH[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + aK[i] + w[i];
    uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  aH[0] += a, aH[1] += b, aH[2] += c, aH[3] += d, aH[4] += e, aH[5] += f, aH[6] += g, aH[7] += h;
}

#ifdef SHA_X86
/* n blocks with SHA-NI: the state is kept as ABEF and CDGH, four rounds per
** step, the message schedule by sha256msg1/msg2 (Intel's SHA extensions paper). */
__attribute__((target("sha,sse4.1,ssse3"))) static void blocks_ni(uint32_t aH[8], const unsigned char *p, size_t n) {
  const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&aH[0]), 0xB1);  /* CDAB */
  __m128i s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&aH[4]), 0x1B);   /* EFGH */
  __m128i s0 = _mm_alignr_epi8(tmp, s1, 8);                                          /* ABEF */
  s1 = _mm_blend_epi16(s1, tmp, 0xF0);                                               /* CDGH */
  for (; n; n--, p += 64) {
    __m128i save0 = s0, save1 = s1, w[4];
    for (int g = 0; g < 16; g++) {
      __m128i m;
      if (g < 4) {
        m = w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), mask);
      } else {
        m = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
        m = _mm_add_epi32(m, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
        m = w[g & 3] = _mm_sha256msg2_epu32(m, w[(g + 3) & 3]);
      }
      m = _mm_add_epi32(m, _mm_loadu_si128((const __m128i *)&aK[4 * g]));
      s1 = _mm_sha256rnds2_epu32(s1, s0, m);
      s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(m, 0x0E));
    }
    s0 = _mm_add_epi32(s0, save0);
    s1 = _mm_add_epi32(s1, save1);
  }
  tmp = _mm_shuffle_epi32(s0, 0x1B);                                  /* FEBA */
  s1 = _mm_shuffle_epi32(s1, 0xB1);                                   /* DCHG */
  _mm_storeu_si128((__m128i *)&aH[0], _mm_blend_epi16(tmp, s1, 0xF0)); /* DCBA */
  _mm_storeu_si128((__m128i *)&aH[4], _mm_alignr_epi8(s1, tmp, 8));    /* HGFE */
}
#endif

#ifdef SHA_X86
/* 1 when the CPU has SHA (CPUID.7.0:EBX[29]), SSE4.1 and SSSE3; asked once
** (CPUID traps in a virtual machine), atomically since threads hash at once */
static int has_sha_ni(void) {
  static atomic_int iHas = -1;
  int v = atomic_load_explicit(&iHas, memory_order_relaxed);
  if (v < 0) {
    unsigned a, b, c, d;
    v = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSE4_1) && (c & bit_SSSE3) &&
        __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
    atomic_store_explicit(&iHas, v, memory_order_relaxed);
  }
  return v;
}
#endif

/* n consecutive 64-byte blocks */
static void blocks(uint32_t aH[8], const unsigned char *p, size_t n) {
#ifdef SHA_X86
  if (has_sha_ni()) {
    blocks_ni(aH, p, n);
    return;
  }
#endif
  for (; n; n--, p += 64) block(aH, p);
}

void sha256_hex(const void *z, size_t n, char zOut[65]) {
  uint32_t aH[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const unsigned char *p = z;
  size_t i = n / 64 * 64;
  blocks(aH, p, n / 64);
  /* the tail, the 0x80 terminator and the 64-bit bit length: one or two blocks */
  unsigned char aTail[128];
  size_t nRest = n - i;
  memset(aTail, 0, sizeof aTail);
  if (nRest) memcpy(aTail, p + i, nRest);
  aTail[nRest] = 0x80;
  size_t nTail = nRest + 1 + 8 <= 64 ? 64 : 128;
  uint64_t nBits = (uint64_t)n * 8;
  for (int k = 0; k < 8; k++) aTail[nTail - 1 - k] = (unsigned char)(nBits >> (8 * k));
  blocks(aH, aTail, nTail / 64);
  static const char zHex[] = "0123456789abcdef";
  for (int k = 0; k < 8; k++)
    for (int j = 0; j < 4; j++) {
      unsigned v = (aH[k] >> (24 - 8 * j)) & 0xff;
      zOut[8 * k + 2 * j] = zHex[v >> 4];
      zOut[8 * k + 2 * j + 1] = zHex[v & 15];
    }
  zOut[64] = 0;
}
