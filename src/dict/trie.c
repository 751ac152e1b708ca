/*
** A trie over interned token ids. Nodes are integers; the root's children (the
** first word of every phrase, thousands of them) are an array indexed by token
** id, and all other edges live in one open-addressing hash table keyed by
** (parent node, token id). Every text token starts a root lookup, so that one
** is a single array read; the table stays small enough to sit in cache.
*/
#include "dict.h"

#include <stdlib.h>
#include <string.h>

int trie_init(Trie *t) {
  memset(t, 0, sizeof(*t));
  t->nNodeAlloc = 1024;
  t->aHead = malloc(t->nNodeAlloc * sizeof(int32_t));
  t->nEdgeSlot = 2048;
  t->aEdge = calloc(t->nEdgeSlot, sizeof(TrieEdge));
  if (!t->aHead || !t->aEdge) return 0;
  t->aHead[0] = -1;
  t->nNode = 1;
  return 1;
}

void trie_free(Trie *t) {
  free(t->aHead);
  free(t->aEdge);
  free(t->aRef);
  free(t->aRoot);
  memset(t, 0, sizeof(*t));
}

/* Is an edge table of nSlot slots holding nEdge edges too full? (3/4) */
static int edge_full(uint64_t nEdge, uint64_t nSlot) { return nEdge * 4 > nSlot * 3; }

static uint32_t edge_hash(uint32_t from, uint32_t tok) {
  uint64_t h = ((uint64_t)from << 32 | tok) * 0x9E3779B97F4A7C15ULL;
  return (uint32_t)(h >> 32);
}

uint32_t trie_step(const Trie *t, uint32_t node, uint32_t tok) {
  if (tok == TOK_NONE) return 0;
  if (node == 0) return tok < t->nRoot ? t->aRoot[tok] : 0;
  uint32_t mask = t->nEdgeSlot - 1;
  uint32_t h = edge_hash(node, tok) & mask;
  while (t->aEdge[h].to) {
    if (t->aEdge[h].from == node && t->aEdge[h].tok == tok) return t->aEdge[h].to;
    h = (h + 1) & mask;
  }
  return 0;
}

static int edge_insert(TrieEdge *a, uint32_t nSlot, TrieEdge e) {
  uint32_t h = edge_hash(e.from, e.tok) & (nSlot - 1);
  while (a[h].to) h = (h + 1) & (nSlot - 1);
  a[h] = e;
  return 1;
}

static int edge_grow(Trie *t) {
  uint32_t nNew = t->nEdgeSlot * 2;
  TrieEdge *a = calloc(nNew, sizeof(TrieEdge));
  if (!a) return 0;
  for (uint32_t i = 0; i < t->nEdgeSlot; i++) {
    if (t->aEdge[i].to) edge_insert(a, nNew, t->aEdge[i]);
  }
  free(t->aEdge);
  t->aEdge = a;
  t->nEdgeSlot = nNew;
  return 1;
}

int trie_reserve(Trie *t, uint32_t nNode, uint32_t nEdge, uint32_t nRef) {
  if (nNode > UINT32_MAX / 4 || nEdge > UINT32_MAX / 4 || nRef > UINT32_MAX / 4) return 0;
  if (nNode > t->nNodeAlloc) {
    int32_t *a = realloc(t->aHead, (size_t)nNode * sizeof(int32_t));
    if (!a) return 0;
    t->aHead = a;
    t->nNodeAlloc = nNode;
  }
  if (nRef > t->nRefAlloc) {
    struct TrieRef *a = realloc(t->aRef, (size_t)nRef * sizeof(*t->aRef));
    if (!a) return 0;
    t->aRef = a;
    t->nRefAlloc = nRef;
  }
  while (edge_full(nEdge, t->nEdgeSlot)) {
    if (!edge_grow(t)) return 0;
  }
  return 1;
}

/* Sets the root's child for tok, growing aRoot (zero-filled). 0 on OOM. */
static int root_set(Trie *t, uint32_t tok, uint32_t node) {
  if (tok >= t->nRoot) {
    if (tok >= UINT32_MAX / 2) return 0;
    uint32_t nNew = t->nRoot ? t->nRoot : 1024;
    while (nNew <= tok) nNew *= 2;
    uint32_t *a = realloc(t->aRoot, (size_t)nNew * sizeof(uint32_t));
    if (!a) return 0;
    memset(a + t->nRoot, 0, (size_t)(nNew - t->nRoot) * sizeof(uint32_t));
    t->aRoot = a;
    t->nRoot = nNew;
  }
  t->aRoot[tok] = node;
  return 1;
}

int trie_add(Trie *t, const uint32_t *aTok, size_t nTok, uint32_t iItem) {
  uint32_t node = 0;
  for (size_t i = 0; i < nTok; i++) {
    uint32_t next = trie_step(t, node, aTok[i]);
    if (!next) {
      if (t->nNode == t->nNodeAlloc) {
        int32_t *a = realloc(t->aHead, 2 * t->nNodeAlloc * sizeof(int32_t));
        if (!a) return 0;
        t->aHead = a;
        t->nNodeAlloc *= 2;
      }
      if (node == 0) {
        /* TOK_NONE: an unreachable node, as a hashed edge for it would be */
        if (aTok[i] != TOK_NONE && !root_set(t, aTok[i], t->nNode)) return 0;
      } else {
        if (edge_full((uint64_t)t->nEdge + 1, t->nEdgeSlot) && !edge_grow(t)) return 0;
        TrieEdge e = {node, aTok[i], t->nNode};
        edge_insert(t->aEdge, t->nEdgeSlot, e);
        t->nEdge++;
      }
      next = t->nNode++;
      t->aHead[next] = -1;
    }
    node = next;
  }
  /* payload: skip exact duplicates */
  for (int32_t r = t->aHead[node]; r >= 0; r = t->aRef[r].iNext) {
    if (t->aRef[r].iItem == iItem) return 1;
  }
  size_t nAlloc = t->nRefAlloc;
  if (!vec_grow((void **)&t->aRef, &nAlloc, t->nRef, sizeof(*t->aRef))) return 0;
  t->nRefAlloc = (uint32_t)nAlloc;
  t->aRef[t->nRef].iItem = iItem;
  t->aRef[t->nRef].iNext = t->aHead[node];
  t->aHead[node] = (int32_t)t->nRef++;
  return 1;
}
