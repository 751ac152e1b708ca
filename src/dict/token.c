/*
** Token interning and the tokenizer. Dictionaries and sentences go through the
** same tokenizer, so a phrase matches text exactly when their token ids agree.
*/
#include "dict.h"

#include <stdlib.h>
#include <string.h>

int intern_init(Intern *p) {
  memset(p, 0, sizeof(*p));
  p->nSlot = 1024;
  p->aSlot = calloc(p->nSlot, sizeof(uint32_t));
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

static uint64_t hash_lower(const char *z, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)to_lower((unsigned char)z[i]);
    h *= 1099511628211ULL;
  }
  return h;
}

static int eq_lower(const char *zTok, const char *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)zTok[i] != to_lower((unsigned char)z[i])) return 0;   /* bytes of UTF-8 are above 127 */
  }
  return zTok[n] == 0;
}

static int intern_rehash(Intern *p) {
  uint32_t nNew = p->nSlot * 2;
  uint32_t *a = calloc(nNew, sizeof(uint32_t));
  if (!a) return 0;
  for (uint32_t id = 1; id < p->nTok; id++) {
    const char *z = p->azTok[id];
    uint32_t h = (uint32_t)hash_lower(z, strlen(z)) & (nNew - 1);
    while (a[h]) h = (h + 1) & (nNew - 1);
    a[h] = id;
  }
  free(p->aSlot);
  p->aSlot = a;
  p->nSlot = nNew;
  return 1;
}

uint32_t intern_id(Intern *p, Arena *pArena, const char *z, size_t n, int bAdd) {
  uint32_t h = (uint32_t)hash_lower(z, n) & (p->nSlot - 1);
  while (p->aSlot[h]) {
    uint32_t id = p->aSlot[h];
    if (eq_lower(p->azTok[id], z, n)) return id;
    h = (h + 1) & (p->nSlot - 1);
  }
  if (!bAdd) return TOK_NONE;
  if (p->nTok == p->nTokAlloc) {
    char **az = realloc(p->azTok, 2 * p->nTokAlloc * sizeof(char *));
    if (!az) return TOK_NONE;
    p->azTok = az;
    p->nTokAlloc *= 2;
  }
  char *zCopy = arena_alloc(pArena, n + 1);
  if (!zCopy) return TOK_NONE;
  for (size_t i = 0; i < n; i++) zCopy[i] = (char)to_lower((unsigned char)z[i]);
  uint32_t id = p->nTok++;
  p->azTok[id] = zCopy;
  p->aSlot[h] = id;
  if (p->nTok * 2 > p->nSlot && !intern_rehash(p)) return TOK_NONE;
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
  if (is_alnum(c)) return 1;
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
static const char *us_spelling(const char *z, size_t n) {
  static const char *const az[][2] = {
      {"defence", "defense"},       {"offence", "offense"},         {"offences", "offenses"},
      {"licence", "license"},       {"licences", "licenses"},       {"programme", "program"},
      {"programmes", "programs"},   {"centre", "center"},           {"centres", "centers"},
      {"favour", "favor"},          {"favourable", "favorable"},    {"labour", "labor"},
      {"honour", "honor"},          {"neighbour", "neighbor"},      {"neighbours", "neighbors"},
      {"neighbouring", "neighboring"}, {"rumour", "rumor"},         {"rumours", "rumors"},
      {"armour", "armor"},          {"armoured", "armored"},        {"organisation", "organization"},
      {"organisations", "organizations"}, {"authorisation", "authorization"},
      {"normalisation", "normalization"}, {"mobilisation", "mobilization"},
      {"militarisation", "militarization"}, {"demilitarisation", "demilitarization"},
      {"stabilisation", "stabilization"}, {"liberalisation", "liberalization"},
      {"privatisation", "privatization"}, {"nationalisation", "nationalization"},
      {"legalisation", "legalization"}, {"colonisation", "colonization"},
      {"harmonisation", "harmonization"}, {"globalisation", "globalization"},
      {"dialogue", "dialog"},       {"catalogue", "catalog"},
      {"manoeuvre", "maneuver"},    {"manoeuvres", "maneuvers"},    {"sceptical", "skeptical"},
      {"jewellery", "jewelry"},     {"behaviour", "behavior"},      {"endeavour", "endeavor"},
      {"vigour", "vigor"},          {"fervour", "fervor"},          {"saviour", "savior"},
  };
  if (n < 5 || n > 20) return NULL;
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++)
    if (strlen(az[i][0]) == n && !strnicmp_ascii(z, az[i][0], n)) return az[i][1];
  return NULL;
}

static int push_tok(Token **paTok, size_t *pnTok, size_t *pnAlloc, const char *z, size_t s,
                    size_t e, Intern *pIntern, Arena *pArena, int bAdd, int bWord) {
  if (!vec_grow((void **)paTok, pnAlloc, *pnTok, sizeof(Token))) return 0;
  Token *t = &(*paTok)[(*pnTok)++];
  t->start = (uint32_t)s;
  t->end = (uint32_t)e;
  t->bCap = is_upper((unsigned char)z[s]);
  if (!t->bCap && e - s > 2 && (z[s] == 'd' || z[s] == 'l')) {   /* "d'Ivoire", "l'Aquila": a name */
    size_t a = apostrophe_at(z + s + 1, e - s - 1);
    t->bCap = a && s + 1 + a < e && is_upper((unsigned char)z[s + 1 + a]);
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
    const char *zUs = us_spelling(z + s, e - s);
    t->id = zUs ? intern_id(pIntern, pArena, zUs, strlen(zUs), bAdd) : intern_id(pIntern, pArena, z + s, e - s, bAdd);
    if (bAdd && t->id == TOK_NONE) return 0;
  }
  return 1;
}

int tokenize(const char *z, size_t n, Intern *pIntern, Arena *pArena, int bAdd,
             Token **paTok, size_t *pnTok, size_t *pnAlloc) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)z[i];
    if (is_space(c)) { i++; continue; }
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
      if (is_alpha(c) && i + 3 < n + 1 && i + 1 < n && z[i + 1] == '.' && i + 2 < n &&
          is_alpha((unsigned char)z[i + 2]) && (i + 3 >= n || z[i + 3] == '.')) {
        size_t e = i;
        while (e + 1 < n && is_alpha((unsigned char)z[e]) && z[e + 1] == '.') e += 2;
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
        if ((z[i] == '.' || z[i] == ',') && i + 1 < n && is_digit((unsigned char)z[i + 1]) &&
            is_digit((unsigned char)z[i - 1])) {
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
