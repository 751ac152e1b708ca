/*
** Loads the PDF module (src/read/pdf/, tocsin-pdf.so) on the first PDF a
** process reads. Linking poppler and tesseract into every program made each
** start pay for dynamically linking 91 shared libraries (some 30 ms, more than
** the dictionaries take to load), although most runs read no PDF at all.
**
** The module is looked for, in order:
**   1. the path in the environment variable TOCSIN_PDF_MODULE -- when it is
**      set, the only place looked, so that a test or an install can pin it;
**   2. tocsin-pdf.so beside the running program (build/ holds both, and an
**      installed tocsin keeps them together);
**   3. the build directory the library was compiled for (TOCSIN_PDF_MODULE_PATH),
**      for programs of one's own linked with libtocsin.a.
** The first that loads and carries this build's ABI stamp is used for the
** life of the process: the one piece of process-wide state this file keeps,
** set once under pthread_once, as the dynamic linker itself would have.
*/
#include "read.h"
#include "pdf/module.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TOCSIN_PDF_MODULE_PATH
#define TOCSIN_PDF_MODULE_PATH "tocsin-pdf.so"
#endif

typedef int (*PdfReadFn)(const char *, size_t, const char *, const tocsin_options *, Buf *, tocsin_error *);
typedef int (*PdfAbiFn)(void);

static pthread_once_t onceModule = PTHREAD_ONCE_INIT;
static PdfReadFn xModuleRead;   /* NULL when no module could be loaded */
static char zModuleWhy[768];    /* why not, for the error message */

/* Tries one path; on success sets xModuleRead. Otherwise appends the reason
** to zModuleWhy (the last reason is the one a user needs most). */
static void try_module(const char *zPath) {
  if (xModuleRead || !zPath || !*zPath) return;
  if (access(zPath, R_OK) != 0) {
    snprintf(zModuleWhy, sizeof zModuleWhy, "%s does not exist", zPath);
    return;
  }
  void *pLib = dlopen(zPath, RTLD_NOW | RTLD_LOCAL);
  if (!pLib) {
    const char *zDl = dlerror();
    snprintf(zModuleWhy, sizeof zModuleWhy, "%s", zDl ? zDl : zPath);
    return;
  }
  PdfAbiFn xAbi = (PdfAbiFn)dlsym(pLib, PDF_MODULE_ABI_SYMBOL);
  PdfReadFn xRead = (PdfReadFn)dlsym(pLib, PDF_MODULE_READ_SYMBOL);
  if (!xAbi || !xRead || xAbi() != PDF_MODULE_ABI) {
    snprintf(zModuleWhy, sizeof zModuleWhy, "%s is not a tocsin PDF module or was built for another version of tocsin", zPath);
    dlclose(pLib);
    return;
  }
  xModuleRead = xRead;   /* never closed: poppler keeps global state of its own */
}

static void load_module(void) {
  const char *zEnv = getenv("TOCSIN_PDF_MODULE");
  if (zEnv && *zEnv) {
    try_module(zEnv);
    return;
  }
  char zExe[PATH_MAX];
  ssize_t nExe = readlink("/proc/self/exe", zExe, sizeof zExe - 1);
  if (nExe > 0) {
    zExe[nExe] = '\0';
    char *zSlash = strrchr(zExe, '/');
    if (zSlash && (size_t)(zSlash - zExe) + sizeof "/tocsin-pdf.so" <= sizeof zExe) {
      strcpy(zSlash, "/tocsin-pdf.so");
      try_module(zExe);
    }
  }
  try_module(TOCSIN_PDF_MODULE_PATH);
}

int read_pdf(const char *z, size_t n, const char *zName, const tocsin_options *pOpt, Buf *pOut,
             tocsin_error *pErr) {
  pthread_once(&onceModule, load_module);
  if (!xModuleRead) {
    err_set(pErr, TOCSIN_EFORMAT, (size_t)-1,
            "%s: reading a PDF needs tocsin's PDF module, which could not be loaded (%s); "
            "build it with `make` (build/tocsin-pdf.so), keep it beside the tocsin program, "
            "or set TOCSIN_PDF_MODULE to its path",
            zName, zModuleWhy[0] ? zModuleWhy : "not found");
    return TOCSIN_EFORMAT;
  }
  return xModuleRead(z, n, zName, pOpt, pOut, pErr);
}
