/*
 * cli.h - what the commands share: option parsing, reading the inputs with
 * every skipped one named on standard error, exit statuses.
 *
 * cli/ uses only the public API (include/recoupe.h).
 */
#ifndef RCP_CLI_H
#define RCP_CLI_H

#include "recoupe.h"

#include <stdio.h>

/* Exit statuses of the contract. */
enum {
    EXIT_OK = 0,
    EXIT_USAGE = 1,   /* bad option, missing argument */
    EXIT_NOTHING = 2, /* nothing could be read or written */
    EXIT_SKIPPED = 3  /* some inputs were skipped as bad */
};

/* Print "recoupe: MESSAGE" on standard error. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* strerror(e) in lower case, as the messages are ("permission denied");
 * valid until the next call. */
const char *cli_strerror(int e);

/* Report a skipped input as "recoupe: cannot read 'F': line N: why". */
void cli_report(const rcp_error *err);

/*
 * Command-line options: call cli_opt() in a loop. It returns the option's
 * name without dashes ("words", "o", "help"), with *value set when the
 * option takes one (`takes` lists the options that do, space-separated);
 * NULL at the end, leaving *argi at the first operand. On a usage error it
 * prints the message and returns "?".
 */
const char *cli_opt(int argc, char **argv, int *argi, const char *takes,
                    const char **value);

/* Parse a non-negative number option; prints a usage error on failure. */
int cli_number(const char *opt, const char *value, size_t *out);

/* Read articles with errors reported: 1 with *a, 0 at the end. */
int cli_next(rcp_reader *r, rcp_article **a);

/* The exit status after reading: articles read, reader state. */
int cli_status(size_t nread, const rcp_reader *r);

/* Open -o FILE (or standard output for NULL / "-"); NULL after an error
 * message. */
FILE *cli_output(const char *path);
int cli_close_output(FILE *f, const char *path);

#endif
