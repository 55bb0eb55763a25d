/*
 * cli.c - helpers shared by the commands.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("recoupe: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

const char *cli_strerror(int e)
{
    static char buf[128];
    snprintf(buf, sizeof buf, "%s", strerror(e));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && (buf[1] < 'A' || buf[1] > 'Z'))
        buf[0] = (char)(buf[0] + 32); /* git style: lower case */
    return buf;
}

void cli_report(const rcp_error *err)
{
    const char *why = err->message[0] ? err->message : rcp_strerror(err->code);
    const char *hint = err->code == RCP_ETOOBIG ? " (see --max-size)" : "";
    if (err->line)
        cli_error("cannot read '%s': line %zu: %s%s", err->file, err->line,
                  why, hint);
    else
        cli_error("cannot read '%s': %s%s", err->file, why, hint);
}

static int takes_value(const char *takes, const char *name, size_t n)
{
    const char *p = takes;
    while (p && *p) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && memcmp(p, name, n) == 0)
            return 1;
        p = e ? e + 1 : NULL;
    }
    return 0;
}

const char *cli_opt(int argc, char **argv, int *argi, const char *takes,
                    const char **value)
{
    static char name[64];
    *value = NULL;
    if (*argi >= argc)
        return NULL;
    const char *a = argv[*argi];
    if (a[0] != '-' || a[1] == 0)
        return NULL; /* an operand, or "-" for standard input */
    if (strcmp(a, "--") == 0) {
        (*argi)++;
        return NULL;
    }
    (*argi)++;
    const char *n = a + (a[1] == '-' ? 2 : 1);
    const char *eq = a[1] == '-' ? strchr(n, '=') : NULL;
    size_t len = eq ? (size_t)(eq - n) : strlen(n);
    if (len >= sizeof name) {
        cli_error("unknown option '%s'", a);
        return "?";
    }
    memcpy(name, n, len);
    name[len] = 0;
    if (takes_value(takes, name, len)) {
        if (eq) {
            *value = eq + 1;
        } else if (a[1] != '-' && n[1]) {
            *value = n + 1; /* -oFILE */
            name[1] = 0;
        } else if (*argi < argc) {
            *value = argv[(*argi)++];
        } else {
            cli_error("option '%s' needs a value", a);
            return "?";
        }
    } else if (eq) {
        cli_error("option '--%s' takes no value", name);
        return "?";
    }
    return name;
}

int cli_number(const char *opt, const char *value, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(value, &end, 10);
    if (errno || end == value || *end || value[0] == '-') {
        cli_error("option '--%s' needs a number, not '%s'", opt, value);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

int cli_next(rcp_reader *r, rcp_article **a)
{
    for (;;) {
        rcp_error err;
        int rc = rcp_reader_next(r, a, &err);
        if (rc >= 0)
            return rc;
        cli_report(&err);
        if (rc == RCP_ENOMEM)
            exit(EXIT_NOTHING); /* only the CLI may exit on out of memory */
    }
}

int cli_status(size_t nread, const rcp_reader *r)
{
    if (nread == 0) {
        if (!rcp_reader_skipped(r))
            cli_error("no article in the input");
        return EXIT_NOTHING;
    }
    return rcp_reader_skipped(r) ? EXIT_SKIPPED : EXIT_OK;
}

FILE *cli_output(const char *path)
{
    if (!path || strcmp(path, "-") == 0)
        return stdout;
    FILE *f = fopen(path, "w");
    if (!f)
        cli_error("cannot write '%s': %s", path, cli_strerror(errno));
    return f;
}

int cli_close_output(FILE *f, const char *path)
{
    int bad = ferror(f);
    if (f != stdout)
        bad |= fclose(f) != 0;
    else
        bad |= fflush(f) != 0;
    if (bad) {
        cli_error("cannot write '%s': %s", path ? path : "standard output",
                  cli_strerror(errno));
        return -1;
    }
    return 0;
}
