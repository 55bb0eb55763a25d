/*
 * cmd_cluster.c - recoupe cluster: which articles report the same story,
 * and which are near-copies of an earlier one; one JSON object per
 * article, in input order.
 */
#include "cli.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: recoupe cluster [options] [input...]\n"
    "\n"
    "Groups the articles that report the same real-world event into stories\n"
    "and finds near-copies. Writes one JSON object per article, in input\n"
    "order:\n"
    "  {\"id\": \"...\", \"story\": \"s3\", \"topic\": \"t2\", "
    "\"duplicate_of\": null}\n"
    "story is the same for articles of the same event; topic groups stories\n"
    "of the same ongoing affair (a lower cut of the same hierarchy; with\n"
    "--stream, the story); duplicate_of is the id of the earliest article\n"
    "this one copies (the same text give or take a headline, boilerplate\n"
    "and small edits), else null.\n"
    "\n"
    "By default every article is read, then a second pass with the idf of\n"
    "the whole collection refines the stories before anything is written.\n"
    "With --stream each article is assigned and written (and flushed) as\n"
    "soon as it is read, from what came before it only: the same linkage\n"
    "is run again around each new article (and at the topic threshold for\n"
    "the topics), so later articles may move an earlier one to another\n"
    "story or topic, and a story keeps its id as it grows. A move is\n"
    "written at once: the article's line again, with \"moved_from\": the\n"
    "story it was in (in CSV, the row again). An article's last line is\n"
    "where it is now. Every 65,536 articles, and at the end of the input,\n"
    "the last 16,384 are clustered again as the batch clusters them, and\n"
    "their moves written: so at the end those stories are the batch's,\n"
    "whatever the order the articles came in.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  --format jsonl|csv     JSON Lines (default), or CSV with a header\n"
    "                         line id,story,topic,duplicate_of (empty when\n"
    "                         none)\n"
    "  --stream               assign and write each article as it arrives,\n"
    "                         and the moves of earlier ones\n"
    "  --no-moves             with --stream: each article once, as placed\n"
    "                         on arrival\n"
    "  --threshold X          mean similarity between two stories to merge\n"
    "                         them (default 0.225); higher: smaller, purer\n"
    "                         stories\n"
    "  --topic-threshold X    the same for topics (default half the\n"
    "                         threshold)\n"
    "  --dup-threshold X      shingle Jaccard of a near-copy (default 0.70)\n"
    "  --window DAYS          dated articles further apart than this are not\n"
    "                         linked (default 7)\n"
    "  --no-dates             ignore dates (publication, months in the text)\n"
    "  --max-size BYTES       skip articles larger than this (default 10 "
    "MiB)\n"
    "  -h, --help             this help\n"
    "  --version              the version\n"
;

/* A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * end, its quotes doubled. */
static int csv_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n"))
        return fputs(s, out) < 0;
    if (fputc('"', out) == EOF)
        return -1;
    for (; *s; s++)
        if ((*s == '"' && fputc('"', out) == EOF) || fputc(*s, out) == EOF)
            return -1;
    return fputc('"', out) == EOF;
}

/* A CSV row: a move (from: its story before, SIZE_MAX for none) is the
 * same row again, which replaces the earlier one. */
static int write_csv(FILE *out, const char *id, const rcp_assignment *as,
                     const char *dup, size_t from)
{
    (void)from;
    int rc = csv_field(out, id) ||
             fprintf(out, ",s%zu,t%zu,", as->story + 1, as->topic + 1) < 0 ||
             (dup && csv_field(out, dup)) || fputc('\n', out) == EOF;
    return rc ? -1 : 0;
}

static int write_one(FILE *out, int csv, const char *id,
                     const rcp_assignment *as, const char *dup)
{
    if (csv)
        return write_csv(out, id, as, dup, SIZE_MAX);
    return cli_write_assignment(out, id, as, dup);
}

int cmd_cluster(int argc, char **argv)
{
    rcp_read_opts ropts = {0};
    rcp_cluster_opts copts = {0};
    const char *out_path = NULL, *v, *o;
    int stream = 0, csv = 0, argi = 1;
    while ((o = cli_opt(argc, argv, &argi,
                        "o output threshold topic-threshold dup-threshold "
                        "window max-size format",
                        &v))) {
        int rc = cli_cluster_option(o, v, &copts, &stream);
        if (rc >= 0) {
            if (rc)
                return rc;
        } else if (!strcmp(o, "h") || !strcmp(o, "help")) {
            cli_help(help);
            return EXIT_OK;
        } else if (!strcmp(o, "o") || !strcmp(o, "output")) {
            out_path = v;
        } else if (!strcmp(o, "format")) {
            if (strcmp(v, "jsonl") && strcmp(v, "csv")) {
                cli_error("unknown format '%s'; expected jsonl or csv", v);
                return EXIT_USAGE;
            }
            csv = !strcmp(v, "csv");
        } else if (!strcmp(o, "max-size")) {
            if (cli_size(o, v, &ropts.max_article_bytes))
                return EXIT_USAGE;
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe cluster --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }
    int moves = !(stream & CLI_NO_MOVES);
    stream &= CLI_STREAM;
    copts.no_refine = stream;
    FILE *out = cli_output_for(out_path, (const char *const *)argv + argi,
                               (size_t)(argc - argi));
    if (!out)
        return EXIT_NOTHING;
    if (csv && fputs("id,story,topic,duplicate_of\n", out) < 0) {
        cli_close_output(out, out_path);
        return EXIT_NOTHING;
    }
    rcp_reader *r = rcp_reader_new((const char *const *)argv + argi,
                                   (size_t)(argc - argi), &ropts);
    rcp_clusterer *c = rcp_clusterer_new(&copts);
    char **ids = NULL;
    rcp_assignment *as = NULL;
    size_t n = 0, cap = 0, nstories = 0;
    int status = EXIT_OK;
    if (!r || !c)
        goto nomem;
    rcp_article *a;
    while (cli_next(r, &a) == 1) {
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            char **p = realloc(ids, cap * sizeof *ids);
            if (!p)
                goto nomem;
            ids = p;
        }
        rcp_doc *d = rcp_doc_from_article(a);
        rcp_assignment one;
        if (!d || !(ids[n] = strdup(a->id)) ||
            rcp_clusterer_add(c, d, stream ? &one : NULL)) {
            rcp_doc_free(d);
            rcp_article_free(a);
            goto nomem;
        }
        rcp_doc_free(d);
        rcp_article_free(a);
        if (stream) {
            if (one.story + 1 > nstories)
                cli_progress_stories(nstories = one.story + 1);
            const char *dup =
                one.duplicate_of >= 0 ? ids[one.duplicate_of] : NULL;
            if (write_one(out, csv, ids[n], &one, dup) ||
                (moves && cli_write_moves(out, c, ids,
                                          csv ? write_csv : NULL)) ||
                fflush(out)) {
                status = EXIT_NOTHING;
                n++;
                break;
            }
        }
        n++;
    }
    if (stream && n && status == EXIT_OK) { /* the last articles settled */
        if (rcp_clusterer_settle(c))
            goto nomem;
        if ((moves && cli_write_moves(out, c, ids, csv ? write_csv : NULL)) ||
            fflush(out))
            status = EXIT_NOTHING;
    }
    if (!stream && n) {
        as = malloc(n * sizeof *as);
        if (!as || rcp_clusterer_finish(c, as))
            goto nomem;
        for (size_t i = 0; i < n && status == EXIT_OK; i++) {
            const char *dup =
                as[i].duplicate_of >= 0 ? ids[as[i].duplicate_of] : NULL;
            if (write_one(out, csv, ids[i], &as[i], dup))
                status = EXIT_NOTHING;
        }
    }
    if (n == 0 && status == EXIT_OK)
        cli_abandon_output(out); /* nothing read: -o FILE left as it was */
    else if (cli_close_output(out, out_path))
        status = EXIT_NOTHING;
    if (status == EXIT_OK)
        status = cli_status(n, r);
    goto cleanup;
nomem:
    cli_error("out of memory");
    if (out != stdout)
        fclose(out); /* the unfinished output is removed at exit */
    status = EXIT_NOTHING;
cleanup:
    for (size_t i = 0; i < n; i++)
        free(ids[i]);
    free(ids);
    free(as);
    rcp_clusterer_free(c);
    rcp_reader_free(r);
    return status;
}
