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

/* Print a command's help, then what every command shares (options
 * anywhere, -o written whole, signals). */
void cli_help(const char *text);

/* strerror(e) in lower case, as the messages are ("permission denied");
 * valid until the next call. */
const char *cli_strerror(int e);

/* Report a skipped input as "recoupe: cannot read 'F': line N: why". */
void cli_report(const rcp_error *err);

/*
 * Command-line options: call cli_opt() in a loop. It returns the option's
 * name without dashes ("words", "o", "help"), with *value set when the
 * option takes one (`takes` lists the options that do, space-separated);
 * NULL at the end, leaving *argi at the first operand. Options may come
 * anywhere among the operands: like GNU getopt, cli_opt moves each option
 * (and its value) in front of the operands it passes, so at the end
 * argv[*argi..argc) holds every operand, in the order given. "--" ends
 * the options (the words after it are operands even when they start with
 * '-'); "-" alone is an operand. --version is handled here for every
 * command: it prints the version and exits. On a usage error it prints the
 * message and returns "?".
 */
const char *cli_opt(int argc, char **argv, int *argi, const char *takes,
                    const char **value);

/* Parse a ratio option in (0, 1]; prints the usage error on failure. */
int cli_ratio(const char *opt, const char *v, double *out);

/* Write the JSON line of `recoupe cluster` for one article (dup: the id
 * it copies, or NULL). Returns 0 or -1. */
int cli_write_assignment(FILE *out, const char *id, const rcp_assignment *as,
                         const char *dup);

/* After a streaming rcp_clusterer_add: one line for each earlier article
 * it moved to another story (rcp_clusterer_move_at), written by write
 * (NULL: the JSON line of cli_write_assignment with "moved_from": the
 * story it was reported in before; the last argument is that story).
 * ids: the article ids by index. Returns 0 or -1. */
int cli_write_moves(FILE *out, const rcp_clusterer *c, char *const *ids,
                    int (*write)(FILE *, const char *, const rcp_assignment *,
                                 const char *, size_t));

/* Parse a non-negative number option; prints a usage error on failure. */
int cli_number(const char *opt, const char *value, size_t *out);

/* The same for a size in bytes: 1 to RCP_MAX_ARTICLE_LIMIT (--max-size). */
int cli_size(const char *opt, const char *value, size_t *out);

/* The clusterer's options, shared by `cluster` and `cluster-features`:
 * --stream, --no-moves (bits of *stream below), --threshold,
 * --topic-threshold, --dup-threshold, --window, --no-dates. Returns 0
 * when o was one of them and was read, EXIT_USAGE (after an error
 * message) when its value is bad, -1 when o is another option. */
enum { CLI_STREAM = 1, CLI_NO_MOVES = 2 };
int cli_cluster_option(const char *o, const char *v, rcp_cluster_opts *copts,
                       int *stream);

/*
 * SIGINT and SIGTERM: the first one lets the command finish the record it
 * is on; cli_next() then reports the end of the input, the command writes
 * what it has for the articles read, and main() exits 128 + the signal
 * (130, 143). A second one exits at once, removing the unfinished output.
 */
void cli_signals(void);
int cli_interrupted(void); /* the signal received, else 0 */

/* When standard error is a terminal, cli_next() keeps a progress line
 * there (articles read, stories when the command tells them, rate), at
 * most once a second, erased at the end; nothing otherwise. */
void cli_progress_stories(size_t stories);
void cli_progress_end(void);

/* Read articles with errors reported: 1 with *a, 0 at the end. */
int cli_next(rcp_reader *r, rcp_article **a);

/* The exit status after reading: articles read, reader state. */
int cli_status(size_t nread, const rcp_reader *r);

/*
 * Open -o FILE (or standard output for NULL / "-") before the work; NULL
 * after an error message. A regular file is written to a temporary file
 * beside it (".FILE.XXXXXX", so a directory walk never reads it) that
 * cli_close_output() renames to FILE once complete: a failed or killed run
 * never leaves a truncated FILE, and an existing FILE is replaced only by
 * a complete one. cli_output_for() also refuses an output that is one of
 * the n inputs (the same file, whatever the path). A device or FIFO is
 * written in place.
 */
FILE *cli_output_for(const char *path, const char *const *inputs, size_t n);
FILE *cli_output(const char *path);
/* Close it: 0, or -1 after the one error message (nothing renamed). */
int cli_close_output(FILE *f, const char *path);
/* Close it without renaming (nothing was read): FILE is left as it was. */
void cli_abandon_output(FILE *f);

#endif
