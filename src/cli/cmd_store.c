/*
 * cmd_store.c - recoupe add, export and show: the store (rcp_store_*).
 */
#include "cli.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_DB "recoupe.db"

static const char add_help[] =
    "usage: recoupe add [--db PATH] [options] [input...]\n"
    "\n"
    "Adds the articles of the inputs to the store (default recoupe.db in\n"
    "the current directory, created when missing): each is read and\n"
    "cleaned as by every command, assigned to a story by the streaming\n"
    "clusterer, and kept; then the digests of the stories that changed\n"
    "(and only those) are built again and kept with their pages, so that\n"
    "`show` and `serve` read them. An article already stored (the same\n"
    "id, or the same text) is skipped. The stories are the stream's, its\n"
    "later moves applied: an article keeps its story id unless the stream\n"
    "moves it to another story as later articles come, or its story\n"
    "merges into an older one, whose id it then takes.\n"
    "Each batch of 2,000 new articles is one transaction: an add that is\n"
    "interrupted keeps the batches it committed. While another add writes\n"
    "the store, this one waits 5 s, then gives up with exit status 2.\n"
    "\n"
    "Prints one line on standard error: articles read, added, already\n"
    "stored, stories new and changed, articles moved, stories merged,\n"
    "digests built.\n"
    "\n"
    "options:\n"
    "  --db PATH            the store (default recoupe.db)\n"
    "  --no-digests         leave the changed stories' digests stale (each\n"
    "                       is then built when first shown or served, or\n"
    "                       by the next add)\n"
    "  --digests            alone, with no input: build the stale digests,\n"
    "                       read nothing\n"
    "  --max-size BYTES     skip articles larger than this (default 10 MiB)\n"
    "  -q, --quiet          no summary line\n"
    "  -h, --help           this help\n";

static const char export_help[] =
    "usage: recoupe export [--db PATH] [-o FILE]\n"
    "\n"
    "Writes one JSON object per stored article, in insertion order: id,\n"
    "story, duplicate_of (the fields of `recoupe cluster`), topic, source,\n"
    "url, date.\n"
    "\n"
    "options:\n"
    "  --db PATH            the store (default recoupe.db)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -h, --help           this help\n";

static const char show_help[] =
    "usage: recoupe show [--db PATH] [--format md|json|html] STORY\n"
    "\n"
    "Writes the digest of one stored story (\"s12\" or \"12\", as `recoupe\n"
    "export` names it) in the formats of `recoupe digest` (the JSON object\n"
    "on one line). It reads the page `add` kept for the story; when the\n"
    "story changed since (an add still building, or --no-digests), it is\n"
    "built from the stored articles, which gives the same text.\n"
    "\n"
    "options:\n"
    "  --db PATH              the store (default recoupe.db)\n"
    "  --format md|json|html  Markdown (default), JSON, or an HTML page\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  -h, --help             this help\n";

static void report(void *ud, const rcp_error *e)
{
    (void)ud;
    cli_report(e);
}

static void store_error(const rcp_error *e)
{
    cli_error("%s: %s", e->file,
              e->message[0] ? e->message : rcp_strerror(e->code));
}

int cmd_add(int argc, char **argv)
{
    rcp_read_opts ropts = {0};
    const char *db = DEFAULT_DB, *v, *o;
    int argi = 1, quiet = 0, digests = 0, no_digests = 0;
    while ((o = cli_opt(argc, argv, &argi, "db max-size", &v))) {
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            fputs(add_help, stdout);
            return EXIT_OK;
        } else if (!strcmp(o, "db")) {
            db = v;
        } else if (!strcmp(o, "q") || !strcmp(o, "quiet")) {
            quiet = 1;
        } else if (!strcmp(o, "digests")) {
            digests = 1;
        } else if (!strcmp(o, "no-digests")) {
            no_digests = 1;
        } else if (!strcmp(o, "max-size")) {
            if (cli_size(o, v, &ropts.max_article_bytes))
                return EXIT_USAGE;
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe add --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }
    rcp_store *s;
    rcp_error err;
    if (rcp_store_open(db, 1, &s, &err)) {
        store_error(&err);
        return EXIT_NOTHING;
    }
    if (digests && argi == argc) {
        /* --digests alone: build the stale digests, read nothing */
        size_t built = 0;
        int rc = rcp_store_refresh(s, &built, &err);
        if (rc)
            store_error(&err);
        else if (!quiet)
            fprintf(stderr, "recoupe: %zu digests built\n", built);
        rcp_store_close(s);
        return rc ? EXIT_NOTHING : EXIT_OK;
    }
    rcp_reader *r = rcp_reader_new((const char *const *)argv + argi,
                                   (size_t)(argc - argi), &ropts);
    if (!r) {
        rcp_store_close(s);
        cli_error("out of memory");
        return EXIT_NOTHING;
    }
    rcp_store_add_stats st;
    if (!no_digests) /* the digests take the docs the add made */
        rcp_store_keep_docs(s, 10000);
    int rc = rcp_store_add(s, r, report, NULL, &st, &err);
    size_t built = 0;
    if (!rc && !no_digests) {
        rc = rcp_store_refresh(s, &built, &err);
        if (rc == RCP_EBUSY) {
            /* another add took the store between two transactions: it
             * builds the stale digests when it is done */
            if (!quiet)
                cli_error("note: %s: another add is writing the store; the "
                         "digests left are built by it", db);
            rc = 0;
        }
    }
    if (rc)
        store_error(&err);
    else if (!quiet)
        fprintf(stderr,
                "recoupe: %zu read, %zu added, %zu already stored; %zu "
                "stories new, %zu changed; %zu articles moved, %zu "
                "stories merged; %zu digests built\n",
                st.read, st.added, st.known, st.stories_new,
                st.stories_changed, st.moved, st.merged, built);
    int status = rc ? EXIT_NOTHING : cli_status(st.read, r);
    rcp_reader_free(r);
    rcp_store_close(s);
    return status;
}

int cmd_export(int argc, char **argv)
{
    const char *db = DEFAULT_DB, *out_path = NULL, *v, *o;
    int argi = 1;
    while ((o = cli_opt(argc, argv, &argi, "db o output", &v))) {
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            fputs(export_help, stdout);
            return EXIT_OK;
        } else if (!strcmp(o, "db")) {
            db = v;
        } else if (!strcmp(o, "o") || !strcmp(o, "output")) {
            out_path = v;
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe export --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }
    if (argi < argc) {
        cli_error("export takes no input; see 'recoupe export --help'");
        return EXIT_USAGE;
    }
    rcp_store *s;
    rcp_error err;
    if (rcp_store_open(db, 0, &s, &err)) {
        store_error(&err);
        return EXIT_NOTHING;
    }
    FILE *out = cli_output(out_path);
    int status = EXIT_NOTHING;
    if (out) {
        if (rcp_store_export(s, out, &err))
            store_error(&err);
        else
            status = EXIT_OK;
        if (cli_close_output(out, out_path))
            status = EXIT_NOTHING;
    }
    rcp_store_close(s);
    return status;
}

/* "s12" or "12" -> 12; 0 when it is neither. */
static long story_number(const char *v)
{
    if (v[0] == 's')
        v++;
    char *end;
    long n = strtol(v, &end, 10);
    return *v >= '0' && *v <= '9' && !*end && n > 0 ? n : 0;
}

int cmd_show(int argc, char **argv)
{
    const char *db = DEFAULT_DB, *out_path = NULL, *format = "md", *v, *o;
    int argi = 1;
    while ((o = cli_opt(argc, argv, &argi, "db o output format", &v))) {
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            fputs(show_help, stdout);
            return EXIT_OK;
        } else if (!strcmp(o, "db")) {
            db = v;
        } else if (!strcmp(o, "o") || !strcmp(o, "output")) {
            out_path = v;
        } else if (!strcmp(o, "format")) {
            if (strcmp(v, "md") && strcmp(v, "json") && strcmp(v, "html")) {
                cli_error("unknown format '%s'; expected md, json or html", v);
                return EXIT_USAGE;
            }
            format = v;
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe show --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }
    if (argc - argi != 1 || !story_number(argv[argi])) {
        cli_error("show takes one story (\"s12\"); see 'recoupe show "
                  "--help'");
        return EXIT_USAGE;
    }
    long story = story_number(argv[argi]);
    rcp_store *s;
    rcp_error err;
    if (rcp_store_open(db, 0, &s, &err)) {
        store_error(&err);
        return EXIT_NOTHING;
    }
    int status = EXIT_NOTHING;
    FILE *out = cli_output(out_path);
    if (out) {
        /* the kept page when fresh, else built from the stored articles */
        if (rcp_store_write_story(s, story, format, out, &err)) {
            store_error(&err);
            cli_abandon_output(out); /* an existing FILE stays as it was */
        } else {
            status = cli_close_output(out, out_path) ? EXIT_NOTHING : EXIT_OK;
        }
    }
    rcp_store_close(s);
    return status;
}
