/*
 * cmd_cluster_features.c - recoupe cluster-features: the reduce of the
 * staged pipeline. Clusters the records of `recoupe features` (from any
 * number of processes, concatenated in input order) and writes what
 * `recoupe cluster` writes for the same articles.
 */
#include "stage.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: recoupe cluster-features [options] [records.jsonl...]\n"
    "\n"
    "Reads the JSON Lines records of 'recoupe features' (files, or - for\n"
    "standard input, the default), in the order of the articles they come\n"
    "from, and writes one line per article exactly as 'recoupe cluster'\n"
    "does:\n"
    "  {\"id\": \"...\", \"story\": \"s3\", \"topic\": \"t2\", "
    "\"duplicate_of\": null}\n"
    "With the same options and the records in the same order, the stories\n"
    "are those of 'recoupe cluster' on the articles themselves. The records\n"
    "are all this needs: some 3 KB an article, against the text and its\n"
    "analysis (see docs/scale.md).\n"
    "\n"
    "options:\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  --stream               assign and write each record as it arrives,\n"
    "                         and the moves of earlier ones (as 'recoupe\n"
    "                         cluster --stream')\n"
    "  --no-moves             with --stream: each record once\n"
    "  --threshold X          as for 'recoupe cluster' (default 0.25)\n"
    "  --topic-threshold X    as for 'recoupe cluster'\n"
    "  --dup-threshold X      as for 'recoupe cluster' (default 0.70)\n"
    "  --window DAYS          as for 'recoupe cluster' (default 7)\n"
    "  --no-dates             as for 'recoupe cluster'\n"
    "  -h, --help             this help\n"
    "\n"
    "A malformed record, or one whose id came before, is named on standard\n"
    "error with its line and skipped. Exit status: 0 all read; 1 usage\n"
    "error; 2 nothing read or output not writable; 3 some records skipped.\n";

typedef struct state {
    rcp_cluster_opts copts;
    const char *out_path;
    int stream, moves;
    FILE *out;
    rcp_clusterer *c;
    rcp_story_map *seen; /* ids so far */
    char **ids;
    size_t n, cap;
    int write_failed;
} state;

static int option(void *ctx, const char *o, const char *v, const char *arg)
{
    state *s = ctx;
    int rc = cli_cluster_option(o, v, &s->copts, &s->stream);
    if (rc >= 0)
        return rc;
    if (!strcmp(o, "h") || !strcmp(o, "help")) {
        fputs(help, stdout);
        return EXIT_OK;
    } else if (!strcmp(o, "o") || !strcmp(o, "output")) {
        s->out_path = v;
    } else {
        cli_error("unknown option '%s'; see 'recoupe cluster-features --help'",
                  arg);
        return EXIT_USAGE;
    }
    return 0;
}

/* Room for one more id; 0 when out of memory. */
static int grow_ids(state *s)
{
    if (s->n < s->cap)
        return 1;
    size_t cap = s->cap ? 2 * s->cap : 1024;
    char **p = realloc(s->ids, cap * sizeof *p);
    if (!p)
        return 0;
    s->ids = p;
    s->cap = cap;
    return 1;
}

static int take(void *ctx, const char *path, size_t line, const char *p,
                size_t len)
{
    state *s = ctx;
    rcp_error err = {0};
    rcp_features *f = NULL;
    int rc = rcp_features_from_json(p, len, &f, &err);
    if (rc == RCP_ENOMEM)
        return rc;
    if (rc) {
        stage_report(path, line, rc, &err);
        return rc;
    }
    if ((rc = rcp_story_map_put(s->seen, rcp_features_id(f), "")) ==
        RCP_EDUPID) {
        snprintf(err.message, sizeof err.message, "duplicate id '%s'",
                 rcp_features_id(f));
        stage_report(path, line, rc, &err);
        rcp_features_free(f);
        return rc;
    }
    rcp_assignment one;
    if (rc || !grow_ids(s) ||
        !(s->ids[s->n] = strdup(rcp_features_id(f))) ||
        rcp_clusterer_add_features(s->c, f, s->stream ? &one : NULL)) {
        rcp_features_free(f);
        return RCP_ENOMEM;
    }
    rcp_features_free(f);
    s->n++;
    if (s->stream && !s->write_failed) {
        const char *dup = one.duplicate_of >= 0 ? s->ids[one.duplicate_of]
                                                : NULL;
        s->write_failed = cli_write_assignment(s->out, s->ids[s->n - 1],
                                                 &one, dup) ||
                          (s->moves &&
                           cli_write_moves(s->out, s->c, s->ids, NULL)) ||
                          fflush(s->out);
    }
    return 0;
}

int cmd_cluster_features(int argc, char **argv)
{
    state s;
    memset(&s, 0, sizeof s);
    const char **inputs = NULL;
    size_t ninputs;
    rcp_assignment *as = NULL;
    int status = stage_args(argc, argv,
                            "o output threshold topic-threshold "
                            "dup-threshold window",
                            option, &s, &inputs, &ninputs);
    if (status >= 0)
        return status;
    status = EXIT_OK;
    s.moves = !(s.stream & CLI_NO_MOVES);
    s.stream &= CLI_STREAM;
    s.copts.no_refine = s.stream;
    if (!(s.out = cli_output_for(s.out_path, inputs, ninputs))) {
        status = EXIT_NOTHING;
        goto cleanup;
    }
    s.c = rcp_clusterer_new(&s.copts);
    s.seen = rcp_story_map_new();
    if (!s.c || !s.seen)
        goto nomem;
    long skipped = stage_lines(inputs, ninputs, take, &s);
    if (skipped < 0)
        goto nomem;
    if (!s.stream && s.n) {
        as = malloc(s.n * sizeof *as);
        if (!as || rcp_clusterer_finish(s.c, as))
            goto nomem;
        for (size_t i = 0; i < s.n && !s.write_failed; i++) {
            const char *dup =
                as[i].duplicate_of >= 0 ? s.ids[as[i].duplicate_of] : NULL;
            s.write_failed = cli_write_assignment(s.out, s.ids[i], &as[i],
                                                    dup) != 0;
        }
    }
    if (cli_close_output(s.out, s.out_path) || s.write_failed)
        status = EXIT_NOTHING;
    s.out = NULL;
    if (status == EXIT_OK && s.n == 0) {
        if (!skipped)
            cli_error("no record in the input");
        status = EXIT_NOTHING;
    } else if (status == EXIT_OK && skipped) {
        status = EXIT_SKIPPED;
    }
    goto cleanup;
nomem:
    cli_error("out of memory");
    status = EXIT_NOTHING;
cleanup:
    if (s.out && s.out != stdout)
        fclose(s.out);
    for (size_t i = 0; i < s.n; i++)
        free(s.ids[i]);
    free(s.ids);
    free(as);
    free(inputs);
    rcp_story_map_free(s.seen);
    rcp_clusterer_free(s.c);
    return status;
}
