/*
** Shared by the CLI's files: exit statuses and the table of commands that
** live outside cli/tocsin.c (cli/extra.c), so a new command is a new file plus
** one table row.
*/
#ifndef TOCSIN_CLI_H
#define TOCSIN_CLI_H

enum { EXIT_OKAY = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_DICT = 3, EXIT_INTERNAL = 4, EXIT_STORE = 5 };

typedef struct CliCommand {
  const char *zName;      /* "ingest" */
  const char *zSummary;   /* one line for `tocsin --help` */
  int (*xRun)(int argc, char **argv);   /* argv[0] is the command name */
} CliCommand;

extern const CliCommand aCliExtra[];
extern const int nCliExtra;

/* The --dict and --option values of code, doc and dict (cli/dict_cmd.c): one
** directory in tocsin's own format, or TABARI/PETRARCH specs ("tabari:FILE",
** "petrarch-verbs:FILE", ...) combined in order, with TABARI options lines
** applied after loading. Arrays point into argv. */
typedef struct CliDict {
  const char *zDir;                 /* own-format directory, or NULL (the default) */
  const char **azSpec; int nSpec;
  const char **azOption; int nOption;
} CliDict;
struct tocsin_dict;

/* Nonzero when z names a TABARI/PETRARCH set: a ':' before any '/', after a
** kind starting "tabari" or "petrarch". */
int cli_dict_is_spec(const char *z);
/* Takes one --dict value (bOption 0) or --option line (1). Prints the usage
** error and returns EXIT_USAGE (mixed kinds, two directories, an unknown
** kind), EXIT_INTERNAL on OOM, else EXIT_OKAY. */
int cli_dict_add(CliDict *p, const char *zVal, int bOption);
/* After the last value: --option without a spec is a usage error. */
int cli_dict_finish(const CliDict *p);
/* Loads the dictionary, applies the options and prints "N dictionary lines
** skipped (first: ...)" to stderr when there are any. NULL with *pRc the exit
** status (3 load error, 2 bad spec or option, 4 OOM) after printing why. */
struct tocsin_dict *cli_dict_open(const CliDict *p, int *pRc);
void cli_dict_clear(CliDict *p);

/* The input files of a command (cli/files.c). az is malloc'd by the caller
** (room for the arguments); cli_files_expand() replaces each directory by the
** files inside it (recursively, in name order, hidden entries skipped), which
** azOwned keeps. An empty directory stays on the list, so reading it gives
** the one-line error. EXIT_INTERNAL when out of memory, else EXIT_OKAY. */
typedef struct CliFiles {
  const char **az;
  int n;
  char **azOwned;
  int nOwned, nOwnedAlloc;
} CliFiles;
int cli_files_expand(CliFiles *p);
/* Frees az and the owned paths. */
void cli_files_clear(CliFiles *p);

#endif
