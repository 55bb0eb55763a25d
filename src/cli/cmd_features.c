/*
 * cmd_features.c - recoupe features: the per-article stage of `recoupe
 * cluster` (reading, cleaning, text analysis, terms, sketch), one compact
 * JSON record per article, so that it can run as a map over parts of the
 * input on many processes or machines (see docs/scale.md).
 */
#include "stage.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: recoupe features [options] [input...]\n"
    "\n"
    "Analyses each article as `recoupe cluster` does before it compares\n"
    "anything, and writes what the clustering needs of it as one JSON\n"
    "object per line, in input order:\n"
    "  {\"id\": \"...\", \"date\": \"2023-09-14\", \"months\": 256, "
    "\"sketch\": \"...\",\n"
    "   \"terms\": \"...\", \"nterms\": 312}\n"
    "Run it on parts of the input anywhere (a map), then cluster the\n"
    "records in input order with 'recoupe cluster-features' (a reduce): the\n"
    "stories are those of 'recoupe cluster' on the whole input.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  --max-size BYTES     skip articles larger than this (default 10 MiB)\n"
    "  -h, --help           this help\n"
    "\n"
    "Inputs are read as by 'recoupe cluster'; a bad one is named on\n"
    "standard error and skipped. Exit status: 0 all read; 1 usage error;\n"
    "2 nothing read or output not writable; 3 some inputs skipped.\n";

typedef struct opts {
    rcp_read_opts read;
    const char *out;
} opts;

static int option(void *ctx, const char *o, const char *v, const char *arg)
{
    opts *op = ctx;
    if (!strcmp(o, "h") || !strcmp(o, "help")) {
        fputs(help, stdout);
        return EXIT_OK;
    }
    if (!strcmp(o, "o") || !strcmp(o, "output")) {
        op->out = v;
        return 0;
    }
    if (!strcmp(o, "max-size"))
        return cli_number(o, v, &op->read.max_article_bytes) ? EXIT_USAGE : 0;
    cli_error("unknown option '%s'; see 'recoupe features --help'", arg);
    return EXIT_USAGE;
}

/* One record as a line of out; buf grows as needed. */
static int write_record(FILE *out, const rcp_features *f, char **buf,
                        size_t *cap)
{
    size_t len;
    if (rcp_features_json(f, *buf, *cap, &len))
        return RCP_ENOMEM;
    if (len >= *cap) {
        char *p = realloc(*buf, len + 1);
        if (!p)
            return RCP_ENOMEM;
        *buf = p;
        *cap = len + 1;
        if (rcp_features_json(f, *buf, *cap, &len))
            return RCP_ENOMEM;
    }
    (*buf)[len] = '\n';
    return fwrite(*buf, 1, len + 1, out) == len + 1 ? 0 : RCP_EIO;
}

int cmd_features(int argc, char **argv)
{
    opts op = {{0}, NULL};
    const char **inputs = NULL;
    size_t ninputs, n = 0, cap = 0;
    int status = stage_args(argc, argv, "o output max-size", option, &op,
                            &inputs, &ninputs);
    if (status >= 0)
        return status;
    char *buf = NULL;
    FILE *out = cli_output_for(op.out, inputs, ninputs);
    rcp_reader *r = out ? rcp_reader_new(inputs, ninputs, &op.read) : NULL;
    status = EXIT_OK;
    if (!out) {
        status = EXIT_NOTHING;
        goto cleanup;
    }
    if (!r)
        goto nomem;
    rcp_article *a;
    while (cli_next(r, &a) == 1) {
        rcp_doc *d = rcp_doc_from_article(a);
        rcp_features *f = NULL;
        int rc = d ? rcp_features_new(d, &f) : RCP_ENOMEM;
        if (!rc)
            rc = write_record(out, f, &buf, &cap);
        rcp_features_free(f);
        rcp_doc_free(d);
        rcp_article_free(a);
        if (rc == RCP_ENOMEM)
            goto nomem;
        if (rc) {
            status = EXIT_NOTHING;
            break;
        }
        n++;
    }
    if (cli_close_output(out, op.out))
        status = EXIT_NOTHING;
    out = NULL;
    if (status == EXIT_OK)
        status = cli_status(n, r);
    goto cleanup;
nomem:
    cli_error("out of memory");
    status = EXIT_NOTHING;
cleanup:
    if (out && out != stdout)
        fclose(out);
    free(buf);
    free(inputs);
    rcp_reader_free(r);
    return status;
}
