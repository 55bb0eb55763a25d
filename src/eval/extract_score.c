/*
 * extract_score.c - the scrapinghub benchmark's shingle metric (see
 * extract_score.h for the definition).
 *
 * How it works: each token is hashed (64 bits), each 4-token window is
 * hashed from its four token hashes, and the two arrays of window hashes
 * are sorted; one merge pass then counts the shared windows with their
 * multiplicity. A collision between two different windows would need
 * two 64-bit hashes to meet: ignored. Cost O(n log n) in the tokens.
 */
#include "eval/extract_score.h"

#include <stdlib.h>
#include <utf8proc.h>

/* Python's \w: letters, numbers (every N category) and '_'. Marks (Mn,
 * Mc) are not word characters for Python's re, so they split words. */
static int is_word(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 128)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
               (cp >= 'A' && cp <= 'Z') || cp == '_';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* Hash every token of p[0..n) into *out (rcp__malloc'd; NULL when none).
 * Returns the count, or (size_t)-1 when out of memory. */
static size_t tokens(const char *p, size_t n, uint64_t **out)
{
    size_t cap = 0, k = 0;
    uint64_t *t = NULL;
    size_t i = 0;
    *out = NULL;
    while (i < n) {
        int32_t cp;
        int l = rcp__utf8_decode(p + i, n - i, &cp);
        if (!is_word(cp)) {
            i += (size_t)l;
            continue;
        }
        size_t start = i;
        i += (size_t)l;
        while (i < n) {
            l = rcp__utf8_decode(p + i, n - i, &cp);
            if (!is_word(cp))
                break;
            i += (size_t)l;
        }
        if (!RCP__PUSH(t, k, cap)) {
            rcp__free(t);
            return (size_t)-1;
        }
        t[k++] = rcp__hash(p + start, i - start, 0x746f6b);
    }
    *out = t;
    return k;
}

size_t rcp__xscore_tokens(const char *p, size_t n)
{
    uint64_t *t;
    size_t k = tokens(p, n, &t);
    rcp__free(t);
    return k == (size_t)-1 ? 0 : k;
}

static int cmp64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The sorted hashes of the n-token windows of a token array into *out;
 * their count. */
static size_t windows(const uint64_t *t, size_t k, size_t n, uint64_t **out)
{
    *out = NULL;
    if (k == 0)
        return 0;
    size_t w = k >= n ? k - n + 1 : 1, span = k >= n ? n : k;
    uint64_t *s = rcp__malloc(w * sizeof *s);
    if (!s)
        return (size_t)-1;
    for (size_t i = 0; i < w; i++) {
        uint64_t h = 0x9e3779b97f4a7c15ULL * (span + 1);
        for (size_t j = 0; j < span; j++)
            h = rcp__mix64(h ^ t[i + j]) + j;
        s[i] = h;
    }
    qsort(s, w, sizeof *s, cmp64);
    *out = s;
    return w;
}

int rcp__extract_score(const char *gold, size_t gold_len, const char *got,
                       size_t got_len, rcp__xscore *out)
{
    return rcp__extract_score_n(gold, gold_len, got, got_len, 4, out);
}

int rcp__extract_score_n(const char *gold, size_t gold_len, const char *got,
                         size_t got_len, size_t n, rcp__xscore *out)
{
    uint64_t *tg = NULL, *tx = NULL, *wg = NULL, *wx = NULL;
    int rc = RCP_ENOMEM;
    memset(out, 0, sizeof *out);
    size_t ng = tokens(gold, gold_len, &tg);
    size_t nx = tokens(got, got_len, &tx);
    if (ng == (size_t)-1 || nx == (size_t)-1)
        goto cleanup;
    out->exact = ng == nx && (ng == 0 || !memcmp(tg, tx, ng * sizeof *tg));
    if (n == 0)
        n = 1;
    size_t a = windows(tg, ng, n, &wg), b = windows(tx, nx, n, &wx);
    if (a == (size_t)-1 || b == (size_t)-1)
        goto cleanup;
    size_t i = 0, j = 0;
    while (i < a && j < b) {
        if (wg[i] == wx[j]) {
            out->tp++;
            i++;
            j++;
        } else if (wg[i] < wx[j]) {
            out->fn++;
            i++;
        } else {
            out->fp++;
            j++;
        }
    }
    out->fn += a - i;
    out->fp += b - j;
    rc = 0;
cleanup:
    rcp__free(tg);
    rcp__free(tx);
    rcp__free(wg);
    rcp__free(wx);
    return rc;
}

void rcp__xscore_pr(const rcp__xscore *s, double *precision, double *recall)
{
    if (s->fp == 0 && s->fn == 0) {
        *precision = *recall = 1;
        return;
    }
    *precision = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
    *recall = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
}

double rcp__xscore_f1(const rcp__xscore *s)
{
    double p, r;
    rcp__xscore_pr(s, &p, &r);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void rcp__xscore_add(rcp__xscore_sum *sum, const rcp__xscore *s)
{
    double p, r;
    rcp__xscore_pr(s, &p, &r);
    sum->p += p;
    sum->r += r;
    sum->f1 += rcp__xscore_f1(s);
    sum->pages++;
    sum->exact += s->exact != 0;
}

void rcp__xscore_result(const rcp__xscore_sum *sum, double *p, double *r,
                        double *f1, double *accuracy)
{
    *p = *r = *f1 = *accuracy = 0;
    if (!sum->pages)
        return;
    *p = sum->p / (double)sum->pages;
    *r = sum->r / (double)sum->pages;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
    *accuracy = (double)sum->exact / (double)sum->pages;
}
