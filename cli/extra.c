/* Commands implemented outside cli/tocsin.c: one row each. */
#include <stddef.h>

#include "cli.h"

/* cli/store_cmd.c: the event store (docs/store.md, docs/watch.md) */
int cli_ingest(int argc, char **argv);
int cli_query(int argc, char **argv);
int cli_search(int argc, char **argv);
int cli_forecasts(int argc, char **argv);
int cli_watch(int argc, char **argv);

/* cli/validate_cmd.c: the TABARI and PETRARCH validation suites (docs/validation.md) */
int cli_validate(int argc, char **argv);

const CliCommand aCliExtra[] = {
    {"ingest", "store documents and their events in the event store (--db FILE)", cli_ingest},
    {"query", "merged events from the store by dyad, code, dates; or --sql", cli_query},
    {"search", "full-text search over stored sentences", cli_search},
    {"forecasts", "judgments due, `resolve ID --outcome yes|no`, `score`", cli_forecasts},
    {"watch", "evaluate watch rules and store new alerts", cli_watch},
    {"validate", "run TABARI/PETRARCH validation suites and print per-category tables", cli_validate},
    {NULL, NULL, NULL},
};
const int nCliExtra = 6;
