/*
** Input lists of the CLI: a directory on the command line stands for the
** regular files inside it (recursively, in name order, hidden entries
** skipped), for `code`, `doc` and `ingest` alike.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static int cmp_path(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Appends the regular files under directory zDir (recursively, in name order,
** hidden entries skipped) to a->azOwned. Returns the number added, -1 on OOM. */
static int list_dir(CliFiles *a, const char *zDir, int depth) {
  DIR *pD = opendir(zDir);
  if (!pD) return 0;
  char **az = NULL;
  int n = 0, nAlloc = 0, nAdded = 0;
  struct dirent *de;
  while ((de = readdir(pD))) {
    if (de->d_name[0] == '.') continue;
    if (n == nAlloc) {
      nAlloc = nAlloc ? 2 * nAlloc : 32;
      char **azNew = realloc(az, (size_t)nAlloc * sizeof *az);
      if (!azNew) break;
      az = azNew;
    }
    size_t l = strlen(zDir) + strlen(de->d_name) + 2;
    if (!(az[n] = malloc(l))) break;
    snprintf(az[n], l, "%s%s%s", zDir, zDir[strlen(zDir) - 1] == '/' ? "" : "/", de->d_name);
    n++;
  }
  closedir(pD);
  if (n) qsort(az, (size_t)n, sizeof *az, cmp_path);
  for (int i = 0; i < n; i++) {
    struct stat st;
    if (stat(az[i], &st) != 0 || (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))) {
      free(az[i]);
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if (depth < 32) {
        int k = list_dir(a, az[i], depth + 1);
        if (k > 0) nAdded += k;
      }
      free(az[i]);
      continue;
    }
    if (a->nOwned == a->nOwnedAlloc) {
      a->nOwnedAlloc = a->nOwnedAlloc ? 2 * a->nOwnedAlloc : 64;
      char **azNew = realloc(a->azOwned, (size_t)a->nOwnedAlloc * sizeof *azNew);
      if (!azNew) {
        free(az[i]);
        continue;
      }
      a->azOwned = azNew;
    }
    a->azOwned[a->nOwned++] = az[i];
    nAdded++;
  }
  free(az);
  return nAdded;
}

/* A directory on the command line stands for the files inside it, so a user
** can drop a folder of reports, scans and saved pages on `tocsin code`. An
** empty directory stays on the list: reading it gives the one-line error. */
int cli_files_expand(CliFiles *a) {
  int nAlloc = a->n + 1, nNew = 0;
  const char **azNew = malloc((size_t)nAlloc * sizeof *azNew);
  if (!azNew) return EXIT_INTERNAL;
  for (int i = 0; i < a->n; i++) {
    struct stat st;
    int bDir = strcmp(a->az[i], "-") && stat(a->az[i], &st) == 0 && S_ISDIR(st.st_mode);
    int iFirst = a->nOwned;
    int k = bDir ? list_dir(a, a->az[i], 0) : 0;
    if (bDir && k <= 0) fprintf(stderr, "tocsin: %s: the directory holds no files to read\n", a->az[i]);
    int nAdd = k > 0 ? k : 1;
    if (nNew + nAdd >= nAlloc) {
      nAlloc = 2 * (nNew + nAdd) + 1;
      const char **az = realloc(azNew, (size_t)nAlloc * sizeof *az);
      if (!az) {
        free(azNew);
        return EXIT_INTERNAL;
      }
      azNew = az;
    }
    if (k > 0) {
      for (int j = iFirst; j < a->nOwned; j++) azNew[nNew++] = a->azOwned[j];
    } else {
      azNew[nNew++] = a->az[i];
    }
  }
  free(a->az);
  a->az = azNew;
  a->n = nNew;
  return EXIT_OKAY;
}


void cli_files_clear(CliFiles *a) {
  free(a->az);
  for (int i = 0; i < a->nOwned; i++) free(a->azOwned[i]);
  free(a->azOwned);
  memset(a, 0, sizeof *a);
}
