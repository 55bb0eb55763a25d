/*
 * main.c - the table of commands and the dispatcher (git's git.c).
 */
#include "cli.h"
#include "commands.h"

#include <string.h>

static const struct command {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"extract", cmd_extract, "the clean article inside each input, as JSON"},
    {"cluster", cmd_cluster, "which articles report the same story"},
    {"digest", cmd_digest, "one consolidated, sourced digest per story"},
    /* the same pipeline in stages, for running it beyond one machine */
    {"features", cmd_features, "per-article records for cluster-features"},
    {"cluster-features", cmd_cluster_features,
     "the stories of 'cluster', from the records"},
    {"digest-stories", cmd_digest_stories,
     "one JSON digest per line, from a cluster output"},
    /* the store: following the news over days */
    {"add", cmd_add, "add articles to the store (recoupe.db)"},
    {"export", cmd_export, "the stored articles and their stories"},
    {"show", cmd_show, "the digest of one stored story"},
    {"serve", cmd_serve, "the store in a browser (127.0.0.1:8080)"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: recoupe <command> [options] [input...]\n\n"
               "recoupe cross-checks the news: it groups the articles that "
               "report the same\nstory and shows what each statement rests "
               "on.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-17s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nan input is a .txt, .html/.htm or .jsonl file, an RSS or "
               "Atom feed, or a WARC\nweb archive (each may be "
               ".gz), a directory\n(read recursively, in path order), or - "
               "for JSON Lines on standard input\n(the default).\n\n"
               "'recoupe <command> --help' tells more; --version prints the "
               "version.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0) {
        if (argc > 2 && strcmp(cmd, "help") == 0) {
            char *sub[] = {argv[2], "--help", NULL};
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (strcmp(commands[i].name, argv[2]) == 0)
                    return commands[i].fn(2, sub);
        }
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("recoupe %s\n", RCP_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, cmd) == 0) {
            cli_signals();
            int status = commands[i].fn(argc - 1, argv + 1);
            return cli_interrupted() ? 128 + cli_interrupted() : status;
        }
    cli_error("'%s' is not a command; see 'recoupe --help'", cmd);
    return EXIT_USAGE;
}
