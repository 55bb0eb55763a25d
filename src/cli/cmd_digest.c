/*
 * cmd_digest.c - recoupe digest: one consolidated digest per story.
 *
 * Reads every input, analyses each article, groups the articles into
 * stories with the clusterer (or takes them all as one story with
 * --single), digests each story and writes the digests, the stories with
 * the most distinct outlets first, as Markdown, JSON or HTML.
 *
 * Memory: when clustering, a doc (the analysis of an article) lives only
 * while the clusterer reads it and while its story is digested; JSON and
 * Markdown digests are written and freed one story at a time. What stays
 * is the articles and the clusterer's features. HTML is one page: its
 * digests (and their docs) are all kept until it is written.
 */
#include "cli.h"
#include "commands.h"

#include <errno.h>
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
;

typedef struct story {
    size_t first;   /* position of its first article: ties keep input order */
    size_t outlets; /* distinct sources */
    size_t *arts;   /* its articles' positions, ascending */
    size_t n;
    rcp_digest *digest;
    rcp_doc **docs; /* its docs while its digest lives */
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

/* Distinct sources among a story's articles: sorted, then counted (n
 * log n). Returns (size_t)-1 when out of memory. */
static size_t count_outlets(rcp_article *const *arts, const size_t *idx,
                            size_t n)
{
    const char **src = malloc((n ? n : 1) * sizeof *src);
    if (!src)
        return (size_t)-1;
    for (size_t i = 0; i < n; i++)
        src[i] = source_of(arts[idx[i]]);
    qsort(src, n, sizeof *src, cmp_str);
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += i == 0 || strcmp(src[i], src[i - 1]) != 0;
    free(src);
    return c;
}

/* Digest story s (id "s<s+1>"): its docs are the ones kept (--single) or
 * made again from its articles. Returns 0 or RCP_ENOMEM. */
static int digest_story(story *st, size_t s, rcp_article *const *arts,
                        rcp_doc *const *kept, size_t words)
{
    st->docs = calloc(st->n ? st->n : 1, sizeof *st->docs);
    if (!st->docs)
        return RCP_ENOMEM;
    for (size_t i = 0; i < st->n; i++) {
        size_t k = st->arts[i];
        st->docs[i] = kept[k] ? kept[k] : rcp_doc_from_article(arts[k]);
        if (!st->docs[i])
            return RCP_ENOMEM;
    }
    char id[32];
    snprintf(id, sizeof id, "s%zu", s + 1);
    rcp_digest_opts dopts = {words, id};
    st->digest =
        rcp_digest_new((const rcp_doc *const *)st->docs, st->n, &dopts);
    return st->digest ? 0 : RCP_ENOMEM;
}

/* Free story st's digest, and the docs made for it (not those kept). */
static void story_release(story *st, rcp_doc *const *kept)
{
    rcp_digest_free(st->digest);
    st->digest = NULL;
    for (size_t i = 0; st->docs && i < st->n; i++)
        if (st->docs[i] != kept[st->arts[i]])
            rcp_doc_free(st->docs[i]);
    free(st->docs);
    st->docs = NULL;
}

/* Story d as HTML (rcp_digest_html) into f. */
static int write_html_story(FILE *f, const rcp_digest *d, char **buf,
                            size_t *cap)
{
    size_t len;
    if (rcp_digest_html(d, *buf, *cap, &len))
        return RCP_ENOMEM;
    if (len >= *cap) {
        char *nb = realloc(*buf, len + 1);
        if (!nb)
            return RCP_ENOMEM;
        *buf = nb, *cap = len + 1;
        if (rcp_digest_html(d, *buf, *cap, &len))
            return RCP_ENOMEM;
    }
    return fwrite(*buf, 1, len, f) == len ? 0 : RCP_EIO;
}

/* The index of the HTML page: an entry per story, from a small summary
 * (the page is written one story at a time): its digest's title (kept
 * when the story was written), counts, dates, the first outlets.
 * Returns 0, RCP_ENOMEM or RCP_EIO. */
static int html_index(FILE *f, const story *stories, size_t n,
                      rcp_article *const *arts, char *const *titles)
{
    if (fputs("<h1>Stories</h1>\n<ol class=\"stories\">\n", f) == EOF)
        return RCP_EIO;
    int rc = 0;
    char *names = NULL;
    size_t cap = 0;
    for (size_t s = 0; s < n && !rc; s++) {
        const story *st = &stories[s];
        const char *title = titles[s], *lo = NULL, *hi = NULL, *lang = NULL;
        int one_lang = 1;
        size_t len = 0, shown = 0;
        for (size_t i = 0; i < st->n; i++) {
            const rcp_article *a = arts[st->arts[i]];
            if (a->date && strlen(a->date) >= 10) {
                if (!lo || strncmp(a->date, lo, 10) < 0)
                    lo = a->date;
                if (!hi || strncmp(a->date, hi, 10) > 0)
                    hi = a->date;
            }
            if (a->lang && a->lang[0]) {
                if (lang && strcmp(lang, a->lang))
                    one_lang = 0;
                lang = lang ? lang : a->lang;
            }
            /* the first outlets, each once, one a line */
            const char *o = source_of(a);
            size_t ol = strlen(o);
            int seen = 0;
            for (size_t j = 0; j < i && !seen; j++)
                seen = !strcmp(source_of(arts[st->arts[j]]), o);
            if (seen || shown > 6)
                continue;
            if (len + ol + 2 > cap) {
                size_t nc = (len + ol + 2) * 2;
                char *p = realloc(names, nc);
                if (!p) {
                    rc = RCP_ENOMEM;
                    break;
                }
                names = p;
                cap = nc;
            }
            if (len)
                names[len++] = '\n';
            memcpy(names + len, o, ol);
            len += ol;
            names[len] = 0;
            shown++;
        }
        if (rc)
            break;
        char href[40], d1[11] = "", d2[11] = "";
        snprintf(href, sizeof href, "#s%zu", s + 1);
        if (lo)
            snprintf(d1, sizeof d1, "%.10s", lo);
        if (hi)
            snprintf(d2, sizeof d2, "%.10s", hi);
        rcp_html_entry e = {href,
                            title,
                            st->n,
                            st->outlets,
                            one_lang ? lang : NULL,
                            lo ? d1 : NULL,
                            hi ? d2 : NULL,
                            len ? names : NULL,
                            NULL};
        rc = rcp_html_index_entry(f, &e);
    }
    free(names);
    if (!rc && fputs("</ol>\n", f) == EOF)
        rc = RCP_EIO;
    return rc;
}

/* The HTML page: head, the index (several stories), then the stories
 * written to `body`. Returns 0, RCP_ENOMEM or RCP_EIO. */
static int html_page(FILE *out, FILE *body, const story *stories, size_t n,
                     rcp_article *const *arts, char *const *titles)
{
    int rc = rcp_html_begin(out, n == 1 ? titles[0] : "Stories");
    if (!rc && fputs("<main>\n", out) == EOF)
        rc = RCP_EIO;
    if (!rc && n > 1)
        rc = html_index(out, stories, n, arts, titles);
    if (!rc && (fflush(body) || fseek(body, 0, SEEK_SET)))
        rc = RCP_EIO;
    char buf[65536];
    size_t k;
    while (!rc && (k = fread(buf, 1, sizeof buf, body)) > 0)
        if (fwrite(buf, 1, k, out) != k)
            rc = RCP_EIO;
    if (!rc && ferror(body))
        rc = RCP_EIO;
    if (!rc && fputs("</main>\n", out) == EOF)
        rc = RCP_EIO;
    return rc ? rc : rcp_html_end(out);
}

/* Story d as JSON (after the first, a separator) into f: the text
 * rcp_digest_write_json writes for it. */
static int write_json_story(FILE *f, const rcp_digest *d, int first,
                            char **buf, size_t *cap)
{
    size_t len;
    if (rcp_digest_json(d, 0, *buf, *cap, &len))
        return RCP_ENOMEM;
    if (len >= *cap) {
        char *nb = realloc(*buf, len + 1);
        if (!nb)
            return RCP_ENOMEM;
        *buf = nb, *cap = len + 1;
        if (rcp_digest_json(d, 0, *buf, *cap, &len))
            return RCP_ENOMEM;
    }
    if (fputs(first ? "\n" : ",\n", f) == EOF ||
        fwrite(*buf, 1, len, f) != len)
        return RCP_EIO;
    return 0;
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
            cli_help(help);
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
    size_t *order = NULL;
    const rcp_digest **digests = NULL;
    char *jbuf = NULL;
    size_t jcap = 0;
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
    /* clustered: each doc goes to the clusterer as it is read and is
     * freed (a story's docs are made again when it is digested), so that
     * memory holds the articles, not all their analyses */
    if (!single && !(cl = rcp_clusterer_new(NULL)))
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
        if (!single) {
            rcp_assignment now;
            if (rcp_clusterer_add(cl, docs[n - 1], &now))
                goto nomem;
            rcp_doc_free(docs[n - 1]);
            docs[n - 1] = NULL;
        }
    }
    status = cli_status(n, r);
    if (n == 0)
        goto done; /* nothing to write: an -o FILE is left as it was */

    /* stories */
    asg = calloc(n, sizeof *asg);
    if (!asg)
        goto nomem;
    if (!single && rcp_clusterer_finish(cl, asg))
        goto nomem;
    for (size_t i = 0; i < n; i++)
        nstories = asg[i].story + 1 > nstories ? asg[i].story + 1 : nstories;
    stories = calloc(nstories, sizeof *stories);
    order = calloc(n, sizeof *order);
    digests = calloc(nstories, sizeof *digests);
    if (!stories || !order || !digests)
        goto nomem;
    /* each story's articles, contiguous in `order`, in input order: a
     * counting sort by story */
    for (size_t i = 0; i < n; i++)
        stories[asg[i].story].n++;
    {
        size_t pos = 0;
        for (size_t s = 0; s < nstories; s++) {
            stories[s].arts = order + pos;
            pos += stories[s].n;
            stories[s].n = 0;
        }
        for (size_t i = 0; i < n; i++) {
            story *st = &stories[asg[i].story];
            if (st->n == 0)
                st->first = i;
            st->arts[st->n++] = i;
        }
        for (size_t s = 0; s < nstories; s++) {
            stories[s].outlets = count_outlets(arts, stories[s].arts,
                                               stories[s].n);
            if (stories[s].outlets == (size_t)-1)
                goto nomem;
        }
    }
    qsort(stories, nstories, sizeof *stories, cmp_story);

    /* one story at a time, digested, written, freed; HTML: the index
     * first (links to each story), from what is known before digesting */
    int rc = 0;
    int json = !strcmp(format, "json"), html = !strcmp(format, "html");
    if (json && fputs("{\"stories\": [", out) == EOF)
        rc = RCP_EIO;
    /* HTML: the stories go to a temporary file as they are digested,
     * with each one's title kept; then the page is the index (which comes
     * first and names each story as its digest does) and that file */
    char *hbuf = NULL, **titles = NULL;
    size_t hcap = 0;
    FILE *body = NULL;
    if (html && (!(body = tmpfile()) ||
                 !(titles = calloc(nstories, sizeof *titles)))) {
        cli_error("cannot make a temporary file: %s", cli_strerror(errno));
        rc = RCP_EIO;
    }
    for (size_t s = 0; s < nstories && !rc; s++) {
        if ((rc = digest_story(&stories[s], s, arts, docs, words)))
            break;
        digests[s] = stories[s].digest;
        if (html) {
            rcp_digest_story info;
            rcp_digest_info(digests[s], &info);
            if (info.title && !(titles[s] = strdup(info.title)))
                rc = RCP_ENOMEM;
            if (!rc)
                rc = write_html_story(body, digests[s], &hbuf, &hcap);
        } else if (json)
            rc = write_json_story(out, digests[s], s == 0, &jbuf, &jcap);
        else if (s && fputs("\n---\n\n", out) == EOF)
            rc = RCP_EIO;
        else
            rc = rcp_digest_write_md(out, &digests[s], 1);
        story_release(&stories[s], docs);
    }
    if (!rc && json && fputs(nstories ? "\n]}\n" : "]}\n", out) == EOF)
        rc = RCP_EIO;
    if (!rc && html)
        rc = html_page(out, body, stories, nstories, arts, titles);
    for (size_t s = 0; titles && s < nstories; s++)
        free(titles[s]);
    free(titles);
    if (body)
        fclose(body);
    free(hbuf);
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
        story_release(&stories[s], docs);
    free(stories);
    free(jbuf);
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
