/*
 * bench_digest - time rcp_digest_new on whole stories.
 *
 *     bench_digest [--reps N] STORY...
 *
 * Each STORY is an input of recoupe (a JSON Lines file, a directory...)
 * whose articles make one story. The articles are read and analysed once
 * (rcp_doc_new is not timed); then the digest of the story is built N
 * times (default 20). Prints one line per story: articles, sentences, best
 * and median milliseconds per digest, then the peak resident memory of
 * the process. Timing uses one core (the library is single-threaded).
 */
#include "recoupe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int reps = 20, argi = 1;
    if (argi + 1 < argc && !strcmp(argv[argi], "--reps")) {
        reps = atoi(argv[argi + 1]);
        argi += 2;
    }
    if (argi >= argc || reps <= 0 || reps > 100000) {
        fprintf(stderr, "usage: bench_digest [--reps N] STORY...\n");
        return 1;
    }
    double *ms = malloc((size_t)reps * sizeof *ms);
    if (!ms)
        return 2;
    double sum_median = 0;
    int nstories = 0;
    printf("%-28s %5s %6s %9s %9s\n", "story", "docs", "sents", "best ms",
           "median ms");
    for (; argi < argc; argi++) {
        const char *in[] = {argv[argi]};
        rcp_reader *r = rcp_reader_new(in, 1, NULL);
        rcp_article *arts[256];
        rcp_doc *docs[256];
        size_t n = 0, sents = 0;
        rcp_article *a;
        int rc;
        while (r && (rc = rcp_reader_next(r, &a, NULL)) != 0) {
            if (rc != 1)
                continue;
            if (n == 256) {
                rcp_article_free(a);
                continue;
            }
            arts[n] = a;
            docs[n] = rcp_doc_from_article(a);
            if (!docs[n]) {
                rcp_article_free(a);
                continue;
            }
            sents += docs[n]->nsents;
            n++;
        }
        rcp_reader_free(r);
        for (int k = 0; k < reps; k++) {
            double t0 = now_ms();
            rcp_digest_opts o = {100, "s1"};
            rcp_digest *g = rcp_digest_new((const rcp_doc *const *)docs, n, &o);
            ms[k] = now_ms() - t0;
            if (!g) {
                fprintf(stderr, "bench_digest: out of memory\n");
                return 2;
            }
            rcp_digest_free(g);
        }
        qsort(ms, (size_t)reps, sizeof *ms, cmp_double);
        const char *name = strrchr(argv[argi], '/');
        name = name ? name + 1 : argv[argi];
        printf("%-28s %5zu %6zu %9.2f %9.2f\n", name, n, sents, ms[0],
               ms[reps / 2]);
        sum_median += ms[reps / 2];
        nstories++;
        for (size_t i = 0; i < n; i++) {
            rcp_doc_free(docs[i]);
            rcp_article_free(arts[i]);
        }
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("mean of medians: %.2f ms per story; peak RSS %ld KiB\n",
           nstories ? sum_median / nstories : 0.0, ru.ru_maxrss);
    free(ms);
    return 0;
}
