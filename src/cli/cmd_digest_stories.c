/*
 * cmd_digest_stories.c - recoupe digest-stories: the last stage of the
 * staged pipeline, a map over stories. Given the assignment `recoupe
 * cluster` (or cluster-features) made, digests every story whose
 * articles are in the input, one JSON object per line.
 */
#include "stage.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: recoupe digest-stories --assignments FILE [options] "
    "[input...]\n"
    "\n"
    "Reads the articles (as 'recoupe digest' does) and the lines 'recoupe\n"
    "cluster' wrote for them (FILE), and writes the digest of every story\n"
    "met, as one JSON object per line, in order of each story's first\n"
    "article: the story objects of 'recoupe digest --format json', whose\n"
    "\"id\" is the story of FILE (\"s3\"). Give every article of a story to\n"
    "the same run (group the articles by story first): a story is digested\n"
    "from the articles this run has.\n"
    "\n"
    "options:\n"
    "  --assignments FILE   the output of 'recoupe cluster' (required)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  --words N            at most N words per summary (default 120)\n"
    "  --max-size BYTES     skip articles larger than this (default 10 MiB)\n"
    "  -h, --help           this help\n"
    "\n"
    "An article without a line in FILE is named on standard error and\n"
    "skipped, as are bad inputs. Exit status: 0 all read; 1 usage error;\n"
    "2 nothing read or output not writable; 3 some inputs skipped.\n";

typedef struct opts {
    rcp_read_opts read;
    const char *out, *assignments;
    size_t words;
} opts;

static int option(void *ctx, const char *o, const char *v, const char *arg)
{
    opts *op = ctx;
    if (!strcmp(o, "h") || !strcmp(o, "help")) {
        fputs(help, stdout);
        return EXIT_OK;
    }
    if (!strcmp(o, "o") || !strcmp(o, "output"))
        op->out = v;
    else if (!strcmp(o, "assignments"))
        op->assignments = v;
    else if (!strcmp(o, "words"))
        return cli_number(o, v, &op->words) ? EXIT_USAGE : 0;
    else if (!strcmp(o, "max-size"))
        return cli_number(o, v, &op->read.max_article_bytes) ? EXIT_USAGE : 0;
    else {
        cli_error("unknown option '%s'; see 'recoupe digest-stories --help'",
                  arg);
        return EXIT_USAGE;
    }
    return 0;
}

static int take_assignment(void *ctx, const char *path, size_t line,
                           const char *p, size_t len)
{
    rcp_error err = {0};
    int rc = rcp_story_map_put_json(ctx, p, len, &err);
    if (rc && rc != RCP_ENOMEM)
        stage_report(path, line, rc, &err);
    return rc;
}

/* An article read, with its story. */
typedef struct item {
    rcp_article *a;
    rcp_doc *d;
    const char *story;
    size_t index;
} item;

static int by_story(const void *x, const void *y)
{
    const item *a = x, *b = y;
    int c = strcmp(a->story, b->story);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* A story: its docs are items[from .. to) once sorted. */
typedef struct group {
    size_t from, to, first;
} group;

static int by_first(const void *x, const void *y)
{
    const group *a = x, *b = y;
    return (a->first > b->first) - (a->first < b->first);
}

static int write_digest(FILE *out, const rcp_digest *g, char **buf,
                        size_t *cap)
{
    size_t len;
    if (rcp_digest_json(g, 1, *buf, *cap, &len))
        return RCP_ENOMEM;
    if (len >= *cap) {
        char *p = realloc(*buf, len + 1);
        if (!p)
            return RCP_ENOMEM;
        *buf = p;
        *cap = len + 1;
        if (rcp_digest_json(g, 1, *buf, *cap, &len))
            return RCP_ENOMEM;
    }
    (*buf)[len] = '\n';
    return fwrite(*buf, 1, len + 1, out) == len + 1 ? 0 : RCP_EIO;
}

int cmd_digest_stories(int argc, char **argv)
{
    opts op;
    memset(&op, 0, sizeof op);
    const char **inputs = NULL;
    size_t ninputs, n = 0, cap = 0, ngroups = 0, bufcap = 0;
    int status = stage_args(argc, argv, "o output assignments words max-size",
                            option, &op, &inputs, &ninputs);
    if (status >= 0)
        return status;
    if (!op.assignments) {
        cli_error("'--assignments FILE' is required; see 'recoupe "
                  "digest-stories --help'");
        free(inputs);
        return EXIT_USAGE;
    }
    status = EXIT_OK;
    item *items = NULL;
    group *groups = NULL;
    const rcp_doc **docs = NULL;
    char *buf = NULL;
    FILE *out = NULL;
    rcp_reader *r = NULL;
    size_t unassigned = 0;
    rcp_story_map *m = rcp_story_map_new();
    if (!m)
        goto nomem;
    long bad = stage_lines(&op.assignments, 1, take_assignment, m);
    if (bad < 0)
        goto nomem;
    if (bad || !rcp_story_map_count(m)) {
        if (!bad)
            cli_error("no assignment in '%s'", op.assignments);
        status = EXIT_NOTHING;
        goto cleanup;
    }
    if (!(r = rcp_reader_new(inputs, ninputs, &op.read)))
        goto nomem;
    rcp_article *a;
    while (cli_next(r, &a) == 1) {
        const char *story = rcp_story_map_get(m, a->id);
        if (!story) {
            cli_error("cannot digest '%s': no story in '%s'", a->id,
                      op.assignments);
            unassigned++;
            rcp_article_free(a);
            continue;
        }
        if (n == cap) {
            size_t nc = cap ? 2 * cap : 64;
            item *p = realloc(items, nc * sizeof *p);
            if (!p) {
                rcp_article_free(a);
                goto nomem;
            }
            items = p;
            cap = nc;
        }
        items[n] = (item){a, rcp_doc_from_article(a), story, n};
        if (!items[n++].d)
            goto nomem;
    }
    status = cli_status(n + unassigned, r);
    if (unassigned && status == EXIT_OK)
        status = EXIT_SKIPPED;
    if (n == 0) {
        status = EXIT_NOTHING;
        goto cleanup;
    }

    qsort(items, n, sizeof *items, by_story);
    groups = calloc(n, sizeof *groups);
    docs = calloc(n, sizeof *docs);
    if (!groups || !docs)
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        if (!i || strcmp(items[i].story, items[i - 1].story))
            groups[ngroups++] = (group){i, i, items[i].index};
        groups[ngroups - 1].to = i + 1;
        docs[i] = items[i].d;
    }
    qsort(groups, ngroups, sizeof *groups, by_first);

    if (!(out = cli_output_for(op.out, inputs, ninputs))) {
        status = EXIT_NOTHING;
        goto cleanup;
    }
    for (size_t k = 0; k < ngroups; k++) {
        const group *gr = &groups[k];
        rcp_digest_opts dopts = {op.words, items[gr->from].story};
        rcp_digest *g = rcp_digest_new(docs + gr->from, gr->to - gr->from,
                                       &dopts);
        int rc = g ? write_digest(out, g, &buf, &bufcap) : RCP_ENOMEM;
        rcp_digest_free(g);
        if (rc == RCP_ENOMEM)
            goto nomem;
        if (rc)
            break; /* reported by cli_close_output */
    }
    if (cli_close_output(out, op.out))
        status = EXIT_NOTHING;
    out = NULL;
    goto cleanup;
nomem:
    cli_error("out of memory");
    status = EXIT_NOTHING;
cleanup:
    if (out && out != stdout)
        fclose(out);
    for (size_t i = 0; i < n; i++) {
        rcp_doc_free(items[i].d);
        rcp_article_free(items[i].a);
    }
    free(items);
    free(groups);
    free(docs);
    free(buf);
    free(inputs);
    rcp_reader_free(r);
    rcp_story_map_free(m);
    return status;
}
