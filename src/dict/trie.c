/*
** A trie over interned token ids. Nodes are integers; edges live in one
** open-addressing hash table keyed by (parent node, token id), so a node with
** thousands of children (the root) costs no more to step through than a leaf.
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
  memset(t, 0, sizeof(*t));
}

static uint32_t edge_hash(uint32_t from, uint32_t tok) {
  uint64_t h = ((uint64_t)from << 32 | tok) * 0x9E3779B97F4A7C15ULL;
  return (uint32_t)(h >> 32);
}

uint32_t trie_step(const Trie *t, uint32_t node, uint32_t tok) {
  if (tok == TOK_NONE) return 0;
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

int trie_reserve(Trie *t, uint32_t nNode) {
  if (nNode > UINT32_MAX / 4) return 0;
  if (nNode > t->nNodeAlloc) {
    int32_t *a = realloc(t->aHead, (size_t)nNode * sizeof(int32_t));
    if (!a) return 0;
    t->aHead = a;
    t->nNodeAlloc = nNode;
  }
  while ((uint64_t)nNode * 2 > t->nEdgeSlot) {   /* edges: one per node but the root */
    if (!edge_grow(t)) return 0;
  }
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
      next = t->nNode++;
      t->aHead[next] = -1;
      if ((t->nEdge + 1) * 2 > t->nEdgeSlot && !edge_grow(t)) return 0;
      TrieEdge e = {node, aTok[i], next};
      edge_insert(t->aEdge, t->nEdgeSlot, e);
      t->nEdge++;
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
