/*
 * score_extract.c - score an extractor's output against the scrapinghub
 * ground truth (metric: src/eval/extract_score.h).
 *
 *     score_extract ground-truth.json output.jsonl [-v]
 *
 * output.jsonl holds one {"id": ..., "text": ...} per line (recoupe
 * extract's format); a page of the ground truth without a line scores as
 * an empty extraction. Prints "pages N  P p  R r  F1 f  accuracy a"; -v
 * first prints one line per page (id, P, R) from worst to best F1.
 */
#include "base/json.h"
#include "eval/extract_score.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct item {
    const char *id, *text;
    size_t len;
    double p, r;
} item;

static int by_id(const void *a, const void *b)
{
    return strcmp(((const item *)a)->id, ((const item *)b)->id);
}

static double f1_of(const item *x)
{
    return x->p + x->r > 0 ? 2 * x->p * x->r / (x->p + x->r) : 0;
}

static int by_f1(const void *a, const void *b)
{
    double x = f1_of(a), y = f1_of(b);
    return x < y ? -1 : x > y;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    rcp__buf b;
    rcp__buf_init(&b, 0);
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (rcp__buf_add(&b, tmp, n)) {
            fclose(f);
            rcp__buf_release(&b);
            return NULL;
        }
    fclose(f);
    if (!b.p)
        rcp__buf_add(&b, "", 0);
    *len = b.len;
    return b.p;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: score_extract ground-truth.json out.jsonl [-v]\n");
        return 1;
    }
    int verbose = argc > 3 && !strcmp(argv[3], "-v");
    size_t gl, ol;
    char *gs = slurp(argv[1], &gl), *os = slurp(argv[2], &ol);
    if (!gs || !os) {
        fprintf(stderr, "score_extract: cannot read '%s'\n", gs ? argv[2] : argv[1]);
        return 2;
    }
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__json *g;
    if (rcp__json_parse(gs, gl, &a, &g, NULL, NULL) || g->type != RCP__JSON_OBJ) {
        fprintf(stderr, "score_extract: '%s': not a JSON object\n", argv[1]);
        return 2;
    }
    /* the extractor's lines, sorted by id */
    item *got = NULL;
    size_t ng = 0, cap = 0;
    for (char *line = os; line < os + ol;) {
        char *nl = memchr(line, '\n', (size_t)(os + ol - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(os + ol - line);
        rcp__json *j;
        if (n && rcp__json_parse(line, n, &a, &j, NULL, NULL) == 0 &&
            j->type == RCP__JSON_OBJ) {
            const char *id = rcp__json_str(j, "id", NULL);
            size_t tl = 0;
            const char *t = rcp__json_str(j, "text", &tl);
            if (id && RCP__PUSH(got, ng, cap))
                got[ng++] = (item){id, t ? t : "", t ? tl : 0, 0, 0};
        }
        line += n + 1;
    }
    qsort(got, ng, sizeof *got, by_id);
    rcp__xscore_sum sum;
    memset(&sum, 0, sizeof sum);
    item *pages = calloc(g->n + 1, sizeof *pages);
    size_t np = 0;
    for (const rcp__json *e = g->child; e; e = e->next) {
        size_t bl = 0;
        const char *body = rcp__json_str(e, "articleBody", &bl);
        item key = {e->key, NULL, 0, 0, 0};
        item *x = bsearch(&key, got, ng, sizeof *got, by_id);
        rcp__xscore s;
        if (rcp__extract_score(body ? body : "", body ? bl : 0,
                               x ? x->text : "", x ? x->len : 0, &s)) {
            fprintf(stderr, "score_extract: out of memory\n");
            return 2;
        }
        rcp__xscore_add(&sum, &s);
        pages[np].id = e->key;
        rcp__xscore_pr(&s, &pages[np].p, &pages[np].r);
        np++;
    }
    if (verbose) {
        qsort(pages, np, sizeof *pages, by_f1);
        for (size_t i = 0; i < np; i++)
            printf("%s  P %.3f  R %.3f\n", pages[i].id, pages[i].p, pages[i].r);
    }
    double p, r, f1, acc;
    rcp__xscore_result(&sum, &p, &r, &f1, &acc);
    printf("pages %zu  P %.3f  R %.3f  F1 %.3f  accuracy %.3f\n", sum.pages,
           p, r, f1, acc);
    free(pages);
    rcp__free(got);
    rcp__arena_release(&a);
    rcp__free(gs);
    rcp__free(os);
    return 0;
}
