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

#endif
