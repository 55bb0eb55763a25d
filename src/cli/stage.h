/*
 * stage.h - what the pipeline's stage commands share (recoupe features,
 * cluster-features, digest-stories): options anywhere among the inputs,
 * JSON Lines files read line by line.
 */
#ifndef RCP_STAGE_H
#define RCP_STAGE_H

#include "cli.h"

/* One option of a command: return 0 to go on (after -h/--help, which it
 * prints, stage_args stops with EXIT_OK), EXIT_USAGE after printing the
 * error. */
typedef int (*stage_opt_fn)(void *ctx, const char *name, const char *value,
                            const char *arg);

/*
 * Parse argv: options (see cli_opt; `takes` lists those with a value) may
 * come before, between or after the inputs, "--" ends them. Sets *inputs
 * (free it) and *n. Returns -1 to go on, else the exit status.
 */
int stage_args(int argc, char **argv, const char *takes, stage_opt_fn fn,
               void *ctx, const char ***inputs, size_t *n);

/* A line handler: 0 when taken, else it has reported why the line is
 * skipped (RCP_ENOMEM stops everything). */
typedef int (*stage_line_fn)(void *ctx, const char *path, size_t line,
                             const char *p, size_t len);

/*
 * Call fn on every non-blank line of the JSON Lines files (n == 0 or "-":
 * standard input), in order. Unreadable files are reported. Returns the
 * number of files and lines skipped, or -1 when fn returned RCP_ENOMEM.
 */
long stage_lines(const char *const *inputs, size_t n, stage_line_fn fn,
                 void *ctx);

/* Report a skipped line: "recoupe: cannot read 'F': line N: why". */
void stage_report(const char *path, size_t line, int code, rcp_error *err);

#endif
