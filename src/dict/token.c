/*
** Token interning and the tokenizer. Dictionaries and sentences go through the
** same tokenizer, so a phrase matches text exactly when their token ids agree.
*/
#include "dict.h"

#include <stdlib.h>
#include <string.h>

/* ASCII classes, inline here: the tokenizer and the interner run them on
** every byte of every dictionary and sentence. Same rules as util's. */
static inline int lc(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static inline int alpha_c(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int digit_c(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int upper_c(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int space_c(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int alnum_c(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int intern_init(Intern *p) {
  memset(p, 0, sizeof(*p));
  p->nSlot = 1024;
  p->aSlot = calloc(p->nSlot, sizeof(InternSlot));
  p->nTokAlloc = 1024;
  p->azTok = calloc(p->nTokAlloc, sizeof(char *));
  if (!p->aSlot || !p->azTok) return 0;
  p->nTok = 1;   /* id 0 is TOK_NONE */
  return 1;
}

void intern_free(Intern *p) {
  free(p->aSlot);
  free(p->azTok);
  memset(p, 0, sizeof(*p));
}

/* FNV-1a over the lower-cased bytes z[0..n). */
static uint32_t hash_lower(const char *z, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)lc((unsigned char)z[i]);
    h *= 1099511628211ULL;
  }
  return (uint32_t)(h ^ (h >> 32));
}

/* Does the lower-case token zTok equal z[0..n) lower-cased? Bytes compare
** unsigned: UTF-8 letters are above 127. */
static int eq_lower(const char *zTok, const char *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)zTok[i] != lc((unsigned char)z[i])) return 0;   /* bytes of UTF-8 are above 127 */
  }
  return zTok[n] == 0;
}

/* Is a table of nSlot slots holding nTok ids too full? Up to 3/4: the slots
** carry hashes, so a longer probe rarely reads a token, and the smaller table
** stays in cache. */
static int intern_full(uint64_t nTok, uint64_t nSlot) { return nTok * 4 > nSlot * 3; }

/* Rebuilds the slot table with nNew (power of two) slots from the stored
** hashes; 0 on OOM, leaving the old table in place. */
static int intern_rehash(Intern *p, uint32_t nNew) {
  InternSlot *a = calloc(nNew, sizeof(InternSlot));
  if (!a) return 0;
  for (uint32_t i = 0; i < p->nSlot; i++) {
    if (!p->aSlot[i].id) continue;
    uint32_t h = p->aSlot[i].hash & (nNew - 1);
    while (a[h].id) h = (h + 1) & (nNew - 1);
    a[h] = p->aSlot[i];
  }
  free(p->aSlot);
  p->aSlot = a;
  p->nSlot = nNew;
  return 1;
}

/* Grows the id array to hold at least nAlloc ids; 0 on OOM. */
static int intern_grow_ids(Intern *p, uint32_t nAlloc) {
  if (nAlloc <= p->nTokAlloc) return 1;
  char **az = realloc(p->azTok, (size_t)nAlloc * sizeof(char *));
  if (!az) return 0;
  p->azTok = az;
  p->nTokAlloc = nAlloc;
  return 1;
}

int intern_reserve(Intern *p, uint32_t nTok) {
  if (nTok > UINT32_MAX / 4) return 0;
  if (!intern_grow_ids(p, nTok + 1)) return 0;
  uint32_t nSlot = p->nSlot;
  while (intern_full(nTok + 1, nSlot)) nSlot *= 2;
  return nSlot == p->nSlot || intern_rehash(p, nSlot);
}

uint32_t intern_id(Intern *p, Arena *pArena, const char *z, size_t n, int bAdd) {
  uint32_t hash = hash_lower(z, n);
  uint32_t h = hash & (p->nSlot - 1);
  while (p->aSlot[h].id) {
    uint32_t id = p->aSlot[h].id;
    if (p->aSlot[h].hash == hash && eq_lower(p->azTok[id], z, n)) return id;
    h = (h + 1) & (p->nSlot - 1);
  }
  if (!bAdd) return TOK_NONE;
  if (p->nTok == p->nTokAlloc && !intern_grow_ids(p, 2 * p->nTokAlloc)) return TOK_NONE;
  char *zCopy = arena_alloc(pArena, n + 1);
  if (!zCopy) return TOK_NONE;
  for (size_t i = 0; i < n; i++) zCopy[i] = (char)lc((unsigned char)z[i]);
  uint32_t id = p->nTok++;
  p->azTok[id] = zCopy;
  p->aSlot[h].id = id;
  p->aSlot[h].hash = hash;
  if (intern_full(p->nTok, p->nSlot) && !intern_rehash(p, p->nSlot * 2)) return TOK_NONE;
  return id;
}

/* ---- tokenizer ------------------------------------------------------------- */

/* Byte length of a UTF-8 apostrophe-like character at z (' or U+2019), else 0. */
static size_t apostrophe_at(const char *z, size_t n) {
  if (n >= 1 && z[0] == '\'') return 1;
  if (n >= 3 && (unsigned char)z[0] == 0xE2 && (unsigned char)z[1] == 0x80 &&
      ((unsigned char)z[2] == 0x99 || (unsigned char)z[2] == 0x98))
    return 3;
  return 0;
}

/* Is z[i] the start of a word character? Letters, digits, and non-ASCII
** letters (any multibyte sequence that is not punctuation we know). */
static size_t word_char(const char *z, size_t n, size_t i) {
  unsigned char c = (unsigned char)z[i];
  if (alnum_c(c)) return 1;
  if (c < 0x80) return 0;
  size_t l = utf8_len((const unsigned char *)z + i, n - i);
  if (!l) return 1;
  if (c == 0xE2) return 0;   /* U+2000..U+2FFF: dashes, quotes, bullets, ellipsis */
  if (c == 0xC2) {           /* U+0080..U+00BF: nbsp, guillemets, punctuation */
    return 0;
  }
  return l;
}

/* British spellings of nouns and adjectives the dictionaries write the US way:
** a word and its US form get one token id, in dictionaries and text alike, so
** "Ministry of Defence" and "defense pact" match either way. (Verbs get their
** British forms as verb forms: criticised, cancelled; dict/load.c.) */
/* Compares z[0..n) lower-cased with the lower-case zB[0..nB) as strcmp()
** orders bytes (a prefix first). */
static int cmp_lower(const char *z, size_t n, const char *zB, size_t nB) {
  size_t m = n < nB ? n : nB;
  for (size_t i = 0; i < m; i++) {
    int x = lc((unsigned char)z[i]), y = (unsigned char)zB[i];
    if (x != y) return x - y;
  }
  return (n > nB) - (n < nB);
}

typedef struct UsSpelling { const char *zUk; size_t nUk; const char *zUs; size_t nUs; } UsSpelling;
#define US(uk, us) {uk, sizeof uk - 1, us, sizeof us - 1}

/* The US form of the British word z[0..n) (any case), with its length in
** *pnUs, or NULL when z is not one of them. */
static const char *us_spelling(const char *z, size_t n, size_t *pnUs) {
  static const UsSpelling a[] = {   /* sorted by zUk (binary search) */
      US("armour", "armor"), US("armoured", "armored"), US("authorisation", "authorization"),
      US("behaviour", "behavior"), US("catalogue", "catalog"), US("centre", "center"),
      US("centres", "centers"), US("colonisation", "colonization"), US("defence", "defense"),
      US("demilitarisation", "demilitarization"), US("dialogue", "dialog"),
      US("endeavour", "endeavor"), US("favour", "favor"), US("favourable", "favorable"),
      US("fervour", "fervor"), US("globalisation", "globalization"),
      US("harmonisation", "harmonization"), US("honour", "honor"), US("jewellery", "jewelry"),
      US("labour", "labor"), US("legalisation", "legalization"),
      US("liberalisation", "liberalization"), US("licence", "license"), US("licences", "licenses"),
      US("manoeuvre", "maneuver"), US("manoeuvres", "maneuvers"),
      US("militarisation", "militarization"), US("mobilisation", "mobilization"),
      US("nationalisation", "nationalization"), US("neighbour", "neighbor"),
      US("neighbouring", "neighboring"), US("neighbours", "neighbors"),
      US("normalisation", "normalization"), US("offence", "offense"), US("offences", "offenses"),
      US("organisation", "organization"), US("organisations", "organizations"),
      US("privatisation", "privatization"), US("programme", "program"),
      US("programmes", "programs"), US("rumour", "rumor"), US("rumours", "rumors"),
      US("saviour", "savior"), US("sceptical", "skeptical"), US("stabilisation", "stabilization"),
      US("vigour", "vigor"),
  };
  if (n < 5 || n > 20) return NULL;
  size_t lo = 0, hi = sizeof a / sizeof a[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_lower(z, n, a[mid].zUk, a[mid].nUk);
    if (c == 0) {
      *pnUs = a[mid].nUs;
      return a[mid].zUs;
    }
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}
#undef US

static int push_tok(Token **paTok, size_t *pnTok, size_t *pnAlloc, const char *z, size_t s,
                    size_t e, Intern *pIntern, Arena *pArena, int bAdd, int bWord) {
  if (!vec_grow((void **)paTok, pnAlloc, *pnTok, sizeof(Token))) return 0;
  Token *t = &(*paTok)[(*pnTok)++];
  t->start = (uint32_t)s;
  t->end = (uint32_t)e;
  t->bCap = upper_c((unsigned char)z[s]);
  if (!t->bCap && e - s > 2 && (z[s] == 'd' || z[s] == 'l')) {   /* "d'Ivoire", "l'Aquila": a name */
    size_t a = apostrophe_at(z + s + 1, e - s - 1);
    t->bCap = a && s + 1 + a < e && upper_c((unsigned char)z[s + 1 + a]);
  }
  t->bWord = (uint8_t)bWord;
  t->id = TOK_NONE;
  if (pIntern) {
    if (e - s < 64 && memchr(z + s, '\xE2', e - s)) {
      /* normalise curly apostrophes to ASCII before interning: "’s", "d’Ivoire" */
      char tmp[64];
      size_t k = 0;
      size_t i = s;
      while (i < e && k < sizeof tmp) {
        size_t a = apostrophe_at(z + i, e - i);
        if (a) { tmp[k++] = '\''; i += a; }
        else tmp[k++] = z[i++];
      }
      if (i == e) {
        t->id = intern_id(pIntern, pArena, tmp, k, bAdd);
        return !(bAdd && t->id == TOK_NONE);
      }
    }
    size_t nUs = 0;
    const char *zUs = us_spelling(z + s, e - s, &nUs);
    t->id = zUs ? intern_id(pIntern, pArena, zUs, nUs, bAdd) : intern_id(pIntern, pArena, z + s, e - s, bAdd);
    if (bAdd && t->id == TOK_NONE) return 0;
  }
  return 1;
}

int tokenize(const char *z, size_t n, Intern *pIntern, Arena *pArena, int bAdd,
             Token **paTok, size_t *pnTok, size_t *pnAlloc) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)z[i];
    if (space_c(c)) { i++; continue; }
    size_t wl = word_char(z, n, i);
    if (wl) {
      size_t s = i;
      if ((c == 'n' || c == 'N') && i + 1 < n) {   /* the "n't" split off "didn't" */
        size_t a = apostrophe_at(z + i + 1, n - i - 1);
        if (a && i + 1 + a < n && (z[i + 1 + a] == 't' || z[i + 1 + a] == 'T') &&
            (i + 2 + a >= n || !word_char(z, n, i + 2 + a))) {
          char nt[] = "n't";
          if (!push_tok(paTok, pnTok, pnAlloc, z, i, i + 2 + a, NULL, pArena, 0, 1)) return 0;
          if (pIntern) {
            Token *t = &(*paTok)[*pnTok - 1];
            t->id = intern_id(pIntern, pArena, nt, 3, bAdd);
          }
          i += 2 + a;
          continue;
        }
      }
      /* initialism: U.S., U.K., E.U. (letter '.' letter '.' ...) */
      if (alpha_c(c) && i + 3 < n + 1 && i + 1 < n && z[i + 1] == '.' && i + 2 < n &&
          alpha_c((unsigned char)z[i + 2]) && (i + 3 >= n || z[i + 3] == '.')) {
        size_t e = i;
        while (e + 1 < n && alpha_c((unsigned char)z[e]) && z[e + 1] == '.') e += 2;
        if (!push_tok(paTok, pnTok, pnAlloc, z, s, e, pIntern, pArena, bAdd, 1)) return 0;
        i = e;
        continue;
      }
      i += wl;
      for (;;) {
        if (i >= n) break;
        size_t l = word_char(z, n, i);
        if (l) { i += l; continue; }
        /* inner apostrophe: "don't", "n't" handled below; possessive 's split */
        size_t a = apostrophe_at(z + i, n - i);
        if (a && i + a < n && word_char(z, n, i + a)) {
          size_t after = i + a;
          size_t wl2 = 0;
          while (after + wl2 < n && word_char(z, n, after + wl2)) wl2++;
          if (wl2 == 1 && (z[after] == 's' || z[after] == 'S')) break;    /* possessive */
          if (wl2 == 1 && z[after] == 't' && i > s && (z[i - 1] == 'n' || z[i - 1] == 'N')) {
            i--;  /* "didn't" -> "did" "n't" */
            break;
          }
          i = after;
          continue;
        }
        /* decimal or thousands separator inside a number: 1.5, 10,000 */
        if ((z[i] == '.' || z[i] == ',') && i + 1 < n && digit_c((unsigned char)z[i + 1]) &&
            digit_c((unsigned char)z[i - 1])) {
          i++;
          continue;
        }
        break;
      }
      if (!push_tok(paTok, pnTok, pnAlloc, z, s, i, pIntern, pArena, bAdd, 1)) return 0;
      continue;
    }
    size_t a = apostrophe_at(z + i, n - i);
    if (a) {
      /* possessive 's or n't, else a lone quote mark */
      size_t e = i + a;
      if (e < n && (z[e] == 's' || z[e] == 'S') && (e + 1 >= n || !word_char(z, n, e + 1))) {
        if (!push_tok(paTok, pnTok, pnAlloc, z, i, e + 1, pIntern, pArena, bAdd, 1)) return 0;
        i = e + 1;
        continue;
      }
      if (!push_tok(paTok, pnTok, pnAlloc, z, i, e, pIntern, pArena, bAdd, 0)) return 0;
      i = e;
      continue;
    }
    size_t l = c < 0x80 ? 1 : utf8_len((const unsigned char *)z + i, n - i);
    if (!l) l = 1;
    if (!push_tok(paTok, pnTok, pnAlloc, z, i, i + l, pIntern, pArena, bAdd, 0)) return 0;
    i += l;
  }
  return 1;
}
