/*
 * bench_text.c - throughput of text analysis (rcp_doc_new) on articles.
 *
 *     bench_text [-n ROUNDS] [-l LANG] INPUT...
 *
 * Reads every article of the inputs (as `recoupe` does: .txt, .jsonl,
 * directories) into memory, then runs rcp_doc_new over all of them ROUNDS
 * times (default 5) and prints one line:
 *
 *     text: N articles, B bytes, R rounds: X MB/s, Y articles/s
 *
 * The language is each article's own (given or detected by the reader),
 * or LANG for all of them with -l ("" with -l '' to time detection too).
 * The first round warms the process-wide caches (stems); it is timed with
 * the others, since a long run behaves like the later rounds. Times are
 * processor time (CLOCK_PROCESS_CPUTIME_ID), one core.
 */
#include "recoupe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct item {
    char *text;
    size_t len;
    char lang[8];
} item;

/* Processor time of this process: on a shared machine, time spent
 * waiting for a core would otherwise count as time spent analysing. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    int rounds = 5, argi = 1;
    const char *force = NULL;
    while (argi < argc && argv[argi][0] == '-' && argv[argi][1]) {
        if (strcmp(argv[argi], "-n") == 0 && argi + 1 < argc) {
            rounds = atoi(argv[argi + 1]);
            argi += 2;
        } else if (strcmp(argv[argi], "-l") == 0 && argi + 1 < argc) {
            force = argv[argi + 1];
            argi += 2;
        } else {
            fprintf(stderr, "usage: bench_text [-n ROUNDS] [-l LANG] "
                            "INPUT...\n");
            return 1;
        }
    }
    if (rounds < 1)
        rounds = 1;
    rcp_read_opts ro = {0};
    rcp_reader *r = rcp_reader_new((const char *const *)argv + argi,
                                   (size_t)(argc - argi), &ro);
    if (!r)
        return 2;
    item *items = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    rcp_article *a;
    int rc;
    while ((rc = rcp_reader_next(r, &a, NULL)) != 0) {
        if (rc < 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            items = realloc(items, cap * sizeof *items);
            if (!items)
                return 2;
        }
        item *it = &items[n++];
        it->text = malloc(a->text_len + 1);
        if (!it->text)
            return 2;
        memcpy(it->text, a->text, a->text_len);
        it->len = a->text_len;
        snprintf(it->lang, sizeof it->lang, "%s", a->lang ? a->lang : "");
        bytes += a->text_len;
        rcp_article_free(a);
    }
    rcp_reader_free(r);
    if (n == 0) {
        fprintf(stderr, "bench_text: no articles\n");
        return 2;
    }
    size_t toks = 0, sents = 0;
    double t0 = now();
    for (int k = 0; k < rounds; k++)
        for (size_t i = 0; i < n; i++) {
            rcp_doc *d = rcp_doc_new(items[i].text, items[i].len,
                                     force ? force : items[i].lang);
            if (!d)
                return 2;
            toks += d->ntoks;
            sents += d->nsents;
            rcp_doc_free(d);
        }
    double dt = now() - t0;
    printf("text: %zu articles, %zu bytes, %d rounds: %.1f MB/s, "
           "%.0f articles/s (%zu tokens, %zu sentences per round)\n",
           n, bytes, rounds, (double)bytes * rounds / dt / 1e6,
           (double)n * rounds / dt, toks / (size_t)rounds,
           sents / (size_t)rounds);
    for (size_t i = 0; i < n; i++)
        free(items[i].text);
    free(items);
    return 0;
}
