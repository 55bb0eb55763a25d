/*
 * nlp_show.c - print what the story analysis finds in a set of articles,
 * analysed as one story: entities, quotes with speakers, dates. A
 * development tool (it belongs in tools/ once the lead takes it there);
 * it produced the hand-checked samples beside it.
 *
 *   make && cc -O2 -std=c11 -D_GNU_SOURCE -Iinclude -Isrc \
 *      -o build/nlp_show tests/data/nlp/nlp_show.c build/librecoupe.a \
 *      -lstemmer -lutf8proc -lxml2 -lz -lm
 *   build/nlp_show examples/seeds/            entities, quotes, dates
 *   build/nlp_show -q cluster.jsonl           quotes only
 *   CTX=1 build/nlp_show -q cluster.jsonl     one line per quote: C, id,
 *                                             speaker, context, quote
 *   REP=20 build/nlp_show -q cluster.jsonl    best time of 20 runs
 */
#include "analysis/nlp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const type_names[] = {"PER", "ORG", "LOC", "MISC"};

static double ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 +
           (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

int main(int argc, char **argv)
{
    int only_q = 0, arg0 = 1;
    if (argc > 1 && !strcmp(argv[1], "-q"))
        only_q = 1, arg0 = 2;
    enum { MAXDOCS = 512 };
    static rcp_doc *docs[MAXDOCS];
    static rcp_article *arts[MAXDOCS];
    size_t n = 0;
    rcp_reader *r = rcp_reader_new((const char *const *)argv + arg0,
                                   (size_t)(argc - arg0), NULL);
    rcp_article *a;
    rcp_error err;
    int x;
    while (r && (x = rcp_reader_next(r, &a, &err)) != 0) {
        if (x < 0)
            continue;
        if (n == MAXDOCS) {
            rcp_article_free(a);
            continue;
        }
        arts[n] = a;
        docs[n++] = rcp_doc_from_article(a);
    }
    rcp__arena ar;
    rcp__arena_init(&ar);
    rcp__story_nlp out;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = rcp__story_nlp_run((const rcp_doc *const *)docs, n, &ar, &out);
    fprintf(stderr, "rc=%d time=%.3f ms docs=%zu\n", rc, ms_since(&t0), n);
    int reps = getenv("REP") ? atoi(getenv("REP")) : 0;
    double best = 1e9;
    for (int i = 0; i < reps; i++) {
        rcp__arena a2;
        rcp__arena_init(&a2);
        rcp__story_nlp o2;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        rcp__story_nlp_run((const rcp_doc *const *)docs, n, &a2, &o2);
        double ms = ms_since(&t0);
        best = ms < best ? ms : best;
        rcp__arena_release(&a2);
    }
    if (reps) {
        size_t bytes = 0;
        for (size_t i = 0; i < n; i++)
            bytes += docs[i]->len;
        printf("BEST %.3f ms for %zu docs, %zu bytes\n", best, n, bytes);
    }
    for (size_t i = 0; !only_q && i < out.nentities; i++) {
        const rcp__entity *e = &out.entities[i];
        printf("E%zu %s [%s] m=%zu d=%zu :", i, e->name, type_names[e->type],
               e->mentions, e->ndocs);
        for (size_t k = 0; k < e->nvariants; k++)
            printf(" | %s", e->variants[k]);
        printf("\n");
    }
    for (size_t i = 0; i < out.nquotes; i++) {
        const rcp__quote *q = &out.quotes[i];
        const rcp_doc *d = docs[q->doc];
        char role[128];
        const char *who = q->speaker >= 0 ? out.entities[q->speaker].name : "?";
        if (q->speaker < 0 && q->role_len) { /* a role no one is named with */
            snprintf(role, sizeof role, "(%.*s)", (int)q->role_len,
                     d->text + q->role_off);
            who = role;
        }
        if (getenv("CTX")) {
            const rcp_sentence *st = &d->sents[q->sent];
            size_t b = st->off > 150 ? st->off - 150 : 0;
            size_t e = st->off + st->len + 250;
            e = e > d->len ? d->len : e;
            printf("C\t%s\t%s\t", arts[q->doc]->id, who);
            for (size_t z = b; z < e; z++)
                putchar(d->text[z] == '\n' ? '/' : d->text[z]);
            printf("\t%.*s\n", (int)q->len, d->text + q->off);
            continue;
        }
        printf("Q %s: <%.*s> -- %s\n", arts[q->doc]->id, (int)q->len,
               d->text + q->off, who);
    }
    for (size_t i = 0; !only_q && i < out.ndates; i++) {
        const rcp__date *t = &out.dates[i];
        printf("D %s (%s): <%.*s> = %s\n", arts[t->doc]->id,
               arts[t->doc]->date ? arts[t->doc]->date : "-", (int)t->len,
               docs[t->doc]->text + t->off, t->value);
    }
    rcp__arena_release(&ar);
    for (size_t i = 0; i < n; i++) {
        rcp_doc_free(docs[i]);
        rcp_article_free(arts[i]);
    }
    rcp_reader_free(r);
    return rc ? 1 : 0;
}
