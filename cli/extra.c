/* Commands implemented outside cli/tocsin.c: one row each. */
#include <stddef.h>

#include "cli.h"

const CliCommand aCliExtra[] = {
    {NULL, NULL, NULL},
};
const int nCliExtra = 0;
