/*
 * cmd_digest.c - recoupe digest: one consolidated digest per story.
 *
 * Reads every input, analyses each article, groups the articles into
 * stories with the clusterer (or takes them all as one story with
 * --single), digests each story and writes the digests, the stories with
 * the most distinct outlets first, as Markdown, JSON or HTML.
 */
#include "cli.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: recoupe digest [options] [input...]\n"
    "\n"
    "Groups the articles into stories and writes one digest per story, the\n"
    "stories backed by the most outlets first: a summary in whole sentences\n"
    "of the articles, the facts stated by several articles (whatever their\n"
    "wording) with the articles and outlets behind each, what each article\n"
    "adds alone, the quotes with their speakers, who and what, the\n"
    "timeline, and where the articles disagree. Every statement is a\n"
    "verbatim sentence of an article.\n"
    "\n"
    "options:\n"
    "  --format md|json|html  Markdown (default), JSON, or an HTML page\n"
    "  --words N              at most N words per summary (default 120)\n"
    "  --single               all the inputs are one story (no clustering)\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  --max-size BYTES       skip articles larger than this (default 10 MiB)\n"
    "  -h, --help             this help\n"
    "  --version              the version\n"
    "\n"
    "Options may come anywhere among the inputs; -- ends them. -o FILE is\n"
    "written whole or not at all (a temporary file renamed at the end), and\n"
    "never one of the inputs. On SIGINT or SIGTERM the article being read is\n"
    "finished, what was read is written, and the exit status is 130 or 143.\n";

typedef struct story {
    size_t first;   /* position of its first article: ties keep input order */
    size_t outlets; /* distinct sources */
    const rcp_doc **docs;
    size_t n;
    rcp_digest *digest;
} story;

static int cmp_story(const void *a, const void *b)
{
    const story *x = a, *y = b;
    if (x->outlets != y->outlets)
        return x->outlets > y->outlets ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

static const char *source_of(const rcp_article *a)
{
    return a->source ? a->source : a->id;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct sources among docs: sorted, then counted (n log n). Returns
 * (size_t)-1 when out of memory. */
static size_t count_outlets(const rcp_doc **docs, size_t n)
{
    const char **src = malloc((n ? n : 1) * sizeof *src);
    if (!src)
        return (size_t)-1;
    for (size_t i = 0; i < n; i++)
        src[i] = source_of(docs[i]->article);
    qsort(src, n, sizeof *src, cmp_str);
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += i == 0 || strcmp(src[i], src[i - 1]) != 0;
    free(src);
    return c;
}

int cmd_digest(int argc, char **argv)
{
    rcp_read_opts ropts = {0};
    const char *out_path = NULL, *format = "md", *v, *o;
    size_t words = 120;
    int single = 0, argi = 1;
    while ((
        o = cli_opt(argc, argv, &argi, "o output format words max-size", &v))) {
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            fputs(help, stdout);
            return EXIT_OK;
        } else if (!strcmp(o, "o") || !strcmp(o, "output")) {
            out_path = v;
        } else if (!strcmp(o, "format")) {
            if (strcmp(v, "md") && strcmp(v, "json") && strcmp(v, "html")) {
                cli_error("unknown format '%s'; expected md, json or html", v);
                return EXIT_USAGE;
            }
            format = v;
        } else if (!strcmp(o, "words")) {
            if (cli_number(o, v, &words))
                return EXIT_USAGE;
            if (words == 0) {
                cli_error("option '--words' needs a positive number");
                return EXIT_USAGE;
            }
        } else if (!strcmp(o, "single")) {
            single = 1;
        } else if (!strcmp(o, "max-size")) {
            if (cli_size(o, v, &ropts.max_article_bytes))
                return EXIT_USAGE;
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe digest --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }

    int status = EXIT_OK;
    rcp_article **arts = NULL;
    rcp_doc **docs = NULL;
    rcp_assignment *asg = NULL;
    story *stories = NULL;
    const rcp_doc **order = NULL;
    const rcp_digest **digests = NULL;
    rcp_clusterer *cl = NULL;
    size_t n = 0, cap = 0, nstories = 0;
    FILE *out = NULL;

    /* the output is checked before the work, not after it */
    out = cli_output_for(out_path, (const char *const *)argv + argi,
                         (size_t)(argc - argi));
    if (!out)
        return EXIT_NOTHING;
    rcp_reader *r = rcp_reader_new((const char *const *)argv + argi,
                                   (size_t)(argc - argi), &ropts);
    if (!r)
        goto nomem;
    rcp_article *a;
    while (cli_next(r, &a) == 1) {
        if (n == cap) {
            size_t nc = cap ? 2 * cap : 64;
            rcp_article **na = realloc(arts, nc * sizeof *na);
            rcp_doc **nd = na ? realloc(docs, nc * sizeof *nd) : NULL;
            if (na)
                arts = na;
            if (!na || !nd) {
                rcp_article_free(a);
                goto nomem;
            }
            docs = nd;
            cap = nc;
        }
        arts[n] = a;
        docs[n] = rcp_doc_from_article(a);
        n++;
        if (!docs[n - 1])
            goto nomem;
    }
    status = cli_status(n, r);
    if (n == 0)
        goto done; /* nothing to write: an -o FILE is left as it was */

    /* stories */
    asg = calloc(n, sizeof *asg);
    if (!asg)
        goto nomem;
    if (!single) {
        if (!(cl = rcp_clusterer_new(NULL)))
            goto nomem;
        for (size_t i = 0; i < n; i++)
            if (rcp_clusterer_add(cl, docs[i], &asg[i]))
                goto nomem;
        if (rcp_clusterer_finish(cl, asg))
            goto nomem;
    }
    for (size_t i = 0; i < n; i++)
        nstories = asg[i].story + 1 > nstories ? asg[i].story + 1 : nstories;
    stories = calloc(nstories, sizeof *stories);
    order = calloc(n, sizeof *order);
    digests = calloc(nstories, sizeof *digests);
    if (!stories || !order || !digests)
        goto nomem;
    /* each story's docs, contiguous in `order`, in input order */
    {
        size_t pos = 0;
        for (size_t s = 0; s < nstories; s++) {
            stories[s].docs = order + pos;
            stories[s].first = n;
            for (size_t i = 0; i < n; i++)
                if (asg[i].story == s) {
                    if (stories[s].first == n)
                        stories[s].first = i;
                    order[pos++] = docs[i];
                    stories[s].n++;
                }
            stories[s].outlets = count_outlets(stories[s].docs, stories[s].n);
            if (stories[s].outlets == (size_t)-1)
                goto nomem;
        }
    }
    qsort(stories, nstories, sizeof *stories, cmp_story);
    for (size_t s = 0; s < nstories; s++) {
        char id[32];
        snprintf(id, sizeof id, "s%zu", s + 1);
        rcp_digest_opts dopts = {words, id};
        stories[s].digest = rcp_digest_new(
            (const rcp_doc *const *)stories[s].docs, stories[s].n, &dopts);
        if (!stories[s].digest)
            goto nomem;
        digests[s] = stories[s].digest;
    }

    int rc;
    if (!strcmp(format, "json"))
        rc = rcp_digest_write_json(out, digests, nstories);
    else if (!strcmp(format, "html"))
        rc = rcp_digest_write_html(out, digests, nstories);
    else
        rc = rcp_digest_write_md(out, digests, nstories);
    if (rc == RCP_ENOMEM)
        cli_error("out of memory"); /* else cli_close_output says it */
    if (cli_close_output(out, out_path) || rc)
        status = EXIT_NOTHING;
    out = NULL;
    goto done;

nomem:
    cli_error("out of memory");
    status = EXIT_NOTHING;
done:
    if (out && out != stdout)
        fclose(out); /* unfinished: removed at exit */
    for (size_t s = 0; stories && s < nstories; s++)
        rcp_digest_free(stories[s].digest);
    free(stories);
    free(order);
    free(digests);
    free(asg);
    rcp_clusterer_free(cl);
    for (size_t i = 0; i < n; i++) {
        rcp_doc_free(docs[i]);
        rcp_article_free(arts[i]);
    }
    free(docs);
    free(arts);
    rcp_reader_free(r);
    return status;
}
