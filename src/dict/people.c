/*
** Which code a person carries on a date: the rule shared by the coder and
** `tocsin dict who`, so the explanation can never disagree with the coding.
*/
#include "dict.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* Index of the role a person holds on day (bDay; without a day, the latest
** range), else the `* *` default line; -1 when neither applies and the code is
** dict_person_fallback()'s. The coder and `tocsin dict who` share this rule. */
int dict_person_role(const ActorEntry *a, long day, int bDay) {
  int iBest = -1;
  if (bDay) {
    for (size_t r = 0; r < a->nRole; r++) {
      if (!a->aRole[r].bDefault && day >= a->aRole[r].from && day <= a->aRole[r].to) return (int)r;
    }
  } else {
    long latest = LONG_MIN;
    for (size_t r = 0; r < a->nRole; r++) {
      if (!a->aRole[r].bDefault && a->aRole[r].to >= latest) {
        latest = a->aRole[r].to;
        iBest = (int)r;
      }
    }
    if (iBest >= 0) return iBest;
  }
  for (size_t r = 0; r < a->nRole; r++) {
    if (a->aRole[r].bDefault) return (int)r;
  }
  return -1;
}

int dict_state_code(const char *z) {
  return z && strlen(z) >= 3 && strncmp(z, "IGO", 3) && strncmp(z, "NGO", 3) && strncmp(z, "MNC", 3) &&
         is_upper((unsigned char)z[0]);
}

/* The fallback code outside every range: nearest range's country + ELI.
** A state's range is nearer than any organisation's: a body's former head is
** a former office holder of his own state, not the body he left ("former
** NATO Secretary-General Anders Fogh Rasmussen" in 2022 is DNKELI, not
** IGOWSTNAT); only a person with no state's range keeps the body's code. */
void dict_person_fallback(const ActorEntry *a, long day, char *z, size_t n) {
  const PersonRole *pBest = NULL;
  long bestDist = LONG_MAX;
  int bBestState = 0;
  for (size_t r = 0; r < a->nRole; r++) {
    long dist = day < a->aRole[r].from ? a->aRole[r].from - day : day - a->aRole[r].to;
    if (dist < 0) dist = -dist;
    int bState = dict_state_code(a->aRole[r].zCode);
    if (bBestState && !bState) continue;
    if (!pBest || (bState && !bBestState) || dist < bestDist) {
      bBestState = bState;
      bestDist = dist;
      pBest = &a->aRole[r];
    }
  }
  if (!pBest) z[0] = 0;
  else if (!strncmp(pBest->zCode, "IGO", 3) || !strncmp(pBest->zCode, "NGO", 3)) snprintf(z, n, "%s", pBest->zCode);
  else snprintf(z, n, "%.3sELI", pBest->zCode);
}

int dict_family_name_first(const ActorEntry *a) {
  static const char *const azFamilyFirst[] = {"CHN", "KOR", "PRK", "TWN", "HKG", NULL};
  if (!a || a->kind != AK_PERSON || !a->nRole) return 0;
  for (const char *const *z = azFamilyFirst; *z; z++)
    if (!strncmp(a->aRole[0].zCode, *z, 3)) return 1;
  return 0;
}

const char *dict_entry_dated(const ActorEntry *a, long day, int bDay) {
  if (!a || !bDay || a->kind == AK_PERSON) return NULL;
  for (size_t r = 0; r < a->nRole; r++) {
    if (day >= a->aRole[r].from && day <= a->aRole[r].to) return a->aRole[r].zCode;
  }
  return NULL;
}
