/*
 * cmd_extract.c - recoupe extract: the clean article inside each input,
 * one JSON object per line, in input order.
 */
#include "cli.h"
#include "commands.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char help[] =
    "usage: recoupe extract [options] [input...]\n"
    "\n"
    "Writes the article inside each input as one JSON object per line, in\n"
    "input order: id, source, url, title, date, author, lang, and text (the\n"
    "main text only, paragraphs separated by \\n). Unknown fields are null.\n"
    "\n"
    "An input is a .txt, .html/.htm or .jsonl file, an RSS or Atom feed\n"
    "(.xml .rss .atom .rdf) or a web archive (.warc), each possibly .gz,\n"
    "a directory (read recursively, in path order), or - for JSON Lines on\n"
    "standard input (the default); feeds and archives are recognised by\n"
    "their content whatever their name. Cleaning removes share prompts,\n"
    "newsletter and cookie notices, \"read also\" links, comment counters,\n"
    "photo credits, slugs and labels, and repeated paragraphs and\n"
    "sentences; a \"date 2023-10\" or \"title: ...\" line at the top, and a\n"
    "headline, fill the fields when the input does not.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  --max-size BYTES     skip articles larger than this (default 10 MiB)\n"
    "  --raw                no cleaning and no language detection\n"
    "  -h, --help           this help\n"
    "  --version            the version\n"

    "\n"
    "A bad input (unreadable, invalid UTF-8, malformed JSON line, empty,\n"
    "duplicate id, too large) is named on standard error with its line and\n"
    "skipped. Exit status: 0 all read; 1 usage error; 2 nothing read or\n"
    "output not writable; 3 some inputs skipped.\n";

int cmd_extract(int argc, char **argv)
{
    rcp_read_opts opts = {0};
    const char *out_path = NULL, *v, *o;
    int argi = 1, status = EXIT_OK;
    while ((o = cli_opt(argc, argv, &argi, "o output max-size", &v))) {
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            cli_help(help);
            return EXIT_OK;
        } else if (!strcmp(o, "o") || !strcmp(o, "output")) {
            out_path = v;
        } else if (!strcmp(o, "max-size")) {
            if (cli_size(o, v, &opts.max_article_bytes))
                return EXIT_USAGE;
        } else if (!strcmp(o, "raw")) {
            opts.raw = 1;
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe extract --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }
    const char *const *inputs = (const char *const *)argv + argi;
    size_t ninputs = (size_t)(argc - argi);
    FILE *out = cli_output_for(out_path, inputs, ninputs);
    if (!out)
        return EXIT_NOTHING;
    rcp_reader *r = rcp_reader_new(inputs, ninputs, &opts);
    if (!r) {
        cli_error("out of memory");
        return EXIT_NOTHING;
    }
    /* to a pipe or a terminal, each line goes out whole as it is made */
    struct stat st;
    int flush = fstat(fileno(out), &st) == 0 && !S_ISREG(st.st_mode);
    size_t n = 0;
    rcp_article *a;
    while (cli_next(r, &a) == 1) {
        n++;
        int rc = rcp_article_write_json(out, a);
        rcp_article_free(a);
        if (!rc && flush && fflush(out))
            rc = RCP_EIO;
        if (rc) {
            status = EXIT_NOTHING;
            break;
        }
    }
    if (n == 0 && status == EXIT_OK)
        cli_abandon_output(out); /* nothing read: -o FILE left as it was */
    else if (cli_close_output(out, out_path))
        status = EXIT_NOTHING;
    if (status == EXIT_OK)
        status = cli_status(n, r);
    rcp_reader_free(r);
    return status;
}
