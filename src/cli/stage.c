/*
 * stage.c - helpers of the stage commands (see stage.h).
 */
#include "stage.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int stage_args(int argc, char **argv, const char *takes, stage_opt_fn fn,
               void *ctx, const char ***inputs, size_t *n)
{
    const char *o, *v;
    int argi = 1;
    /* cli_opt takes the options wherever they are; "--" ends them */
    while ((o = cli_opt(argc, argv, &argi, takes, &v))) {
        int rc = strcmp(o, "?") ? fn(ctx, o, v, argv[argi - 1]) : EXIT_USAGE;
        if (rc)
            return rc;
        if (!strcmp(o, "h") || !strcmp(o, "help"))
            return EXIT_OK; /* fn printed the help: nothing to read */
    }
    const char **in = calloc((size_t)(argc - argi) + 1, sizeof *in);
    if (!in) {
        cli_error("out of memory");
        return EXIT_NOTHING;
    }
    *n = 0;
    while (argi < argc)
        in[(*n)++] = argv[argi++];
    *inputs = in;
    return -1;
}

void stage_report(const char *path, size_t line, int code, rcp_error *err)
{
    rcp_error e = {0};
    if (!err) {
        err = &e;
        err->code = code;
    }
    snprintf(err->file, sizeof err->file, "%s", path);
    err->line = line;
    if (err->offset && err->message[0]) {
        size_t used = strlen(err->message);
        snprintf(err->message + used, sizeof err->message - used,
                 " at byte %zu", err->offset);
    }
    cli_report(err);
}

static int blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
            return 0;
    return 1;
}

long stage_lines(const char *const *inputs, size_t n, stage_line_fn fn,
                 void *ctx)
{
    static const char *const std_in[] = {"-"};
    long skipped = 0;
    char *line = NULL;
    size_t cap = 0;
    if (n == 0) {
        inputs = std_in;
        n = 1;
    }
    for (size_t k = 0; k < n; k++) {
        const char *path = inputs[k];
        FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
        if (!f) {
            cli_error("cannot read '%s': %s", path, cli_strerror(errno));
            skipped++;
            continue;
        }
        ssize_t len;
        size_t no = 0;
        while ((len = getline(&line, &cap, f)) >= 0) {
            no++;
            if (blank(line, (size_t)len))
                continue;
            int rc = fn(ctx, path, no, line, (size_t)len);
            if (rc == RCP_ENOMEM) {
                skipped = -1;
                break;
            }
            skipped += rc != 0;
        }
        if (skipped >= 0 && ferror(f)) {
            cli_error("cannot read '%s': %s", path, cli_strerror(errno));
            skipped++;
        }
        if (f != stdin)
            fclose(f);
        if (skipped < 0)
            break;
    }
    free(line);
    return skipped;
}
