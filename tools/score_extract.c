/*
 * score_extract.c - score an extractor's output against a gold set (text
 * metric: src/eval/extract_score.h).
 *
 *     score_extract [-v] [-n N] [-H HALF] GOLD output.jsonl
 *
 * GOLD is either the scrapinghub ground truth (one JSON object, id ->
 * {"articleBody": ...}) or a WCXB directory (GOLD/ground-truth/<id>.json
 * with ground_truth.main_content, title, author, publish_date).
 * output.jsonl holds one {"id", "text", "title", "date", "author"} per
 * line (recoupe extract's format); a gold page without a line scores as an
 * empty extraction.
 *
 * Prints "pages N  P p  R r  F1 f  pageF1 g  accuracy a": P and R
 * macro-averaged over pages, F1 their harmonic mean (scrapinghub's way),
 * pageF1 the mean of the per-page F1 (WCXB's way). Text is compared by
 * N-token sequences, 4 by default (scrapinghub), -n 1 for WCXB's bag of
 * words. With a WCXB gold it adds "title t  date d  author a (exact e)":
 * the share of pages where
 *   title   the word tokens, case-folded, are equal;
 *   date    the first 10 characters are equal (no gold date: none given);
 *   author  the first name is equal: the text before the first ",", ";",
 *           "&", "|" or " and ", without a leading "by", compared like
 *           titles (no gold author: none given); "exact" compares the
 *           whole author string likewise.
 * -H 0 or -H 1 keeps one half of the gold pages: those whose id hashes
 * (rcp__hash) to an even or an odd number, the split tools/eval/extract.sh
 * reports every figure on. -v first prints one line per page (id, P, R)
 * from worst to best F1, then each wrong title, date and author.
 */
#include "base/json.h"
#include "eval/extract_score.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

typedef struct item {
    const char *id, *text, *title, *date, *author;
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

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
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

/* s case-folded, its letters and digits kept, every other run one space,
 * into the arena ("" for NULL) */
static const char *norm(rcp__arena *a, const char *s)
{
    if (!s)
        return "";
    utf8proc_uint8_t *f = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &f,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                         UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK) < 0)
        return "";
    size_t n = strlen((const char *)f);
    char *o = rcp__arena_alloc(a, n + 1);
    size_t j = 0;
    int sp = 0;
    for (size_t i = 0; o && i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate(f + i, (utf8proc_ssize_t)(n - i),
                                              &cp);
        if (l <= 0) {
            i++;
            continue;
        }
        utf8proc_category_t c = utf8proc_category(cp);
        int w = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
                (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
        if (!w) {
            sp = 1;
        } else {
            if (sp && j)
                o[j++] = ' ';
            sp = 0;
            memcpy(o + j, f + i, (size_t)l);
            j += (size_t)l;
        }
        i += (size_t)l;
    }
    free(f);
    if (!o)
        return "";
    o[j] = 0;
    return o;
}

/* the first author of a byline, normalised (see the header comment) */
static const char *first_author(rcp__arena *a, const char *s)
{
    if (!s)
        return "";
    size_t n = strcspn(s, ",;&|");
    const char *and = strstr(s, " and ");
    if (and && (size_t)(and - s) < n)
        n = (size_t)(and - s);
    char *c = rcp__arena_strndup(a, s, n);
    const char *r = norm(a, c ? c : "");
    if (!strncmp(r, "by ", 3))
        r += 3;
    return r;
}

static int same_day(const char *a, const char *b)
{
    if (!a || !*a || !b || !*b)
        return (!a || !*a) && (!b || !*b);
    return strlen(a) >= 10 && strlen(b) >= 10 && !memcmp(a, b, 10);
}

static int in_half(const char *id, int half)
{
    return half < 0 || (int)(rcp__hash(id, strlen(id), 0x68616c66) & 1) == half;
}

int main(int argc, char **argv)
{
    int verbose = 0, half = -1;
    size_t span = 4;
    const char *gold = NULL, *outp = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "-n") && i + 1 < argc)
            span = (size_t)atoi(argv[++i]);
        else if (!strcmp(argv[i], "-H") && i + 1 < argc)
            half = atoi(argv[++i]) & 1;
        else if (!gold)
            gold = argv[i];
        else
            outp = argv[i];
    }
    if (!gold || !outp || span < 1) {
        fprintf(stderr, "usage: score_extract [-v] [-n N] [-H 0|1] "
                        "GOLD out.jsonl\n");
        return 1;
    }
    size_t ol;
    char *os = slurp(outp, &ol);
    if (!os) {
        fprintf(stderr, "score_extract: cannot read '%s'\n", outp);
        return 2;
    }
    rcp__arena a;
    rcp__arena_init(&a);
    /* the gold pages */
    item *gp = NULL;
    size_t ngp = 0, gcap = 0;
    int meta = 0;
    DIR *dir = opendir(gold);
    if (dir) {
        /* WCXB: GOLD/ground-truth/<id>.json */
        closedir(dir);
        meta = 1;
        char path[4096];
        snprintf(path, sizeof path, "%s/ground-truth", gold);
        dir = opendir(path);
        if (!dir) {
            fprintf(stderr, "score_extract: no '%s'\n", path);
            return 2;
        }
        char **names = NULL;
        size_t nn = 0, ncap = 0;
        struct dirent *de;
        while ((de = readdir(dir)))
            if (strstr(de->d_name, ".json") && RCP__PUSH(names, nn, ncap))
                names[nn++] = rcp__arena_strndup(&a, de->d_name,
                                                 strlen(de->d_name));
        closedir(dir);
        qsort(names, nn, sizeof *names, by_name);
        for (size_t i = 0; i < nn; i++) {
            snprintf(path, sizeof path, "%s/ground-truth/%s", gold, names[i]);
            size_t l;
            char *s = slurp(path, &l), *id = names[i];
            rcp__json *j;
            *strchr(id, '.') = 0;
            if (!s || rcp__json_parse(s, l, &a, &j, NULL, NULL) ||
                j->type != RCP__JSON_OBJ) {
                fprintf(stderr, "score_extract: '%s': not a JSON object\n",
                        path);
                rcp__free(s);
                continue;
            }
            rcp__free(s);
            const rcp__json *g = rcp__json_get(j, "ground_truth");
            size_t tl = 0;
            const char *t = g ? rcp__json_str(g, "main_content", &tl) : NULL;
            if (in_half(id, half) && RCP__PUSH(gp, ngp, gcap))
                gp[ngp++] = (item){id, t ? t : "",
                                   g ? rcp__json_str(g, "title", NULL) : NULL,
                                   g ? rcp__json_str(g, "publish_date", NULL)
                                     : NULL,
                                   g ? rcp__json_str(g, "author", NULL) : NULL,
                                   t ? tl : 0, 0, 0};
        }
        rcp__free(names);
    } else {
        size_t gl;
        char *gs = slurp(gold, &gl);
        rcp__json *g;
        if (!gs || rcp__json_parse(gs, gl, &a, &g, NULL, NULL) ||
            g->type != RCP__JSON_OBJ) {
            fprintf(stderr, "score_extract: '%s': not a JSON object\n", gold);
            return 2;
        }
        rcp__free(gs);
        for (const rcp__json *e = g->child; e; e = e->next) {
            size_t bl = 0;
            const char *body = rcp__json_str(e, "articleBody", &bl);
            if (in_half(e->key, half) && RCP__PUSH(gp, ngp, gcap))
                gp[ngp++] = (item){e->key, body ? body : "", NULL, NULL, NULL,
                                   body ? bl : 0, 0, 0};
        }
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
                got[ng++] = (item){id, t ? t : "",
                                   rcp__json_str(j, "title", NULL),
                                   rcp__json_str(j, "date", NULL),
                                   rcp__json_str(j, "author", NULL),
                                   t ? tl : 0, 0, 0};
        }
        line += n + 1;
    }
    if (ng)
        qsort(got, ng, sizeof *got, by_id);
    rcp__xscore_sum sum;
    memset(&sum, 0, sizeof sum);
    size_t titles = 0, dates = 0, authors = 0, exact_authors = 0;
    rcp__buf wrong;
    rcp__buf_init(&wrong, 0);
    for (size_t i = 0; i < ngp; i++) {
        item *e = &gp[i], *x = ng ? bsearch(e, got, ng, sizeof *got, by_id)
                                  : NULL;
        rcp__xscore s;
        if (rcp__extract_score_n(e->text, e->len, x ? x->text : "",
                                 x ? x->len : 0, span, &s)) {
            fprintf(stderr, "score_extract: out of memory\n");
            return 2;
        }
        rcp__xscore_add(&sum, &s);
        rcp__xscore_pr(&s, &e->p, &e->r);
        if (!meta)
            continue;
        const char *t = x ? x->title : NULL, *d = x ? x->date : NULL,
                   *au = x ? x->author : NULL;
        int ok[3] = {!strcmp(norm(&a, t), norm(&a, e->title)),
                     same_day(d, e->date),
                     !strcmp(first_author(&a, au), first_author(&a, e->author))};
        titles += ok[0];
        dates += ok[1];
        authors += ok[2];
        exact_authors += !strcmp(norm(&a, au), norm(&a, e->author));
        static const char *const what[3] = {"title", "date", "author"};
        const char *mine[3] = {t, d, au}, *theirs[3] = {e->title, e->date,
                                                        e->author};
        for (int k = 0; k < 3 && verbose; k++)
            if (!ok[k]) {
                char tmp[1200];
                int l = snprintf(tmp, sizeof tmp, "%s %s: got \"%.500s\", "
                                 "gold \"%.500s\"\n", e->id, what[k],
                                 mine[k] ? mine[k] : "(null)",
                                 theirs[k] ? theirs[k] : "(null)");
                rcp__buf_add(&wrong, tmp, (size_t)RCP_MIN(l, (int)sizeof tmp - 1));
            }
    }
    if (verbose) {
        if (ngp)
            qsort(gp, ngp, sizeof *gp, by_f1);
        for (size_t i = 0; i < ngp; i++)
            printf("%s  P %.3f  R %.3f\n", gp[i].id, gp[i].p, gp[i].r);
        if (wrong.len)
            fwrite(wrong.p, 1, wrong.len, stdout);
    }
    double p, r, f1, acc;
    rcp__xscore_result(&sum, &p, &r, &f1, &acc);
    printf("pages %zu  P %.3f  R %.3f  F1 %.3f  pageF1 %.3f  accuracy %.3f",
           sum.pages, p, r, f1, sum.pages ? sum.f1 / (double)sum.pages : 0,
           acc);
    if (meta && ngp)
        printf("  title %.3f  date %.3f  author %.3f (exact %.3f)",
               (double)titles / (double)ngp, (double)dates / (double)ngp,
               (double)authors / (double)ngp,
               (double)exact_authors / (double)ngp);
    printf("\n");
    rcp__buf_release(&wrong);
    rcp__free(gp);
    rcp__free(got);
    rcp__arena_release(&a);
    rcp__free(os);
    return 0;
}
