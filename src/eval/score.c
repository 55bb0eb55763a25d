/*
 * score.c - pairwise and BCubed clustering scores from contingency counts,
 * and the exact string interner of the evaluation kit. Definitions and
 * edge cases are in score.h.
 */
#include "eval/score.h"

#include <assert.h>

double rcp__f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static double ratio(double num, double den)
{
    return den > 0 ? num / den : 1; /* score.h: 0/0 is 1 */
}

/*
 * LSD radix sort of 64-bit keys, 16 bits per pass (4 passes), through the
 * scratch array tmp of the same size. Passes whose digit is the same for
 * every key are skipped. Result in keys.
 */
static int radix_sort(uint64_t *keys, uint64_t *tmp, size_t n)
{
    size_t *count = rcp__calloc(65536, sizeof *count);
    if (!count)
        return RCP_ENOMEM;
    uint64_t *src = keys, *dst = tmp;
    for (unsigned shift = 0; shift < 64; shift += 16) {
        memset(count, 0, 65536 * sizeof *count);
        for (size_t i = 0; i < n; i++)
            count[(src[i] >> shift) & 0xffff]++;
        if (n == 0 || count[(src[0] >> shift) & 0xffff] == n)
            continue; /* every key has this digit: already in order */
        size_t sum = 0;
        for (size_t d = 0; d < 65536; d++) {
            size_t c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            dst[count[(src[i] >> shift) & 0xffff]++] = src[i];
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != keys)
        memcpy(keys, src, n * sizeof *keys);
    rcp__free(count);
    return 0;
}

/*
 * How it works. Keys are (a << 32 | b), sorted, so the items of one
 * a-cluster A are consecutive, and inside it each run of one b is a
 * contingency cell c = |A & B|. Each item of that cell has
 * |A(i) & B(i)| / |A(i)| = c / |A|, so the cell adds c * c / |A| to the
 * BCubed sum for side a; same-a pairs are |A|(|A|-1)/2 and pairs agreeing
 * on both sides are c(c-1)/2.
 */
static void scan(const uint64_t *keys, size_t n, size_t *clusters,
                 uint64_t *pairs, uint64_t *both, double *b3)
{
    size_t i = 0;
    *clusters = 0;
    *pairs = *both = 0;
    *b3 = 0;
    while (i < n) {
        uint32_t a = (uint32_t)(keys[i] >> 32);
        size_t start = i;
        double sumsq = 0;
        while (i < n && (uint32_t)(keys[i] >> 32) == a) {
            size_t cell = i;
            while (i < n && keys[i] == keys[cell])
                i++;
            uint64_t c = i - cell;
            sumsq += (double)c * (double)c;
            *both += c * (c - 1) / 2;
        }
        uint64_t size = i - start;
        *pairs += size * (size - 1) / 2;
        *b3 += sumsq / (double)size;
        (*clusters)++;
    }
}

int rcp__score_clusters(const uint32_t *sys, const uint32_t *gold, size_t n,
                        rcp__cluster_score *out)
{
    int rc = 0;
    uint64_t *keys = NULL, *tmp = NULL;
    memset(out, 0, sizeof *out);
    out->items = n;
    if (n > 0) {
        keys = rcp__calloc(n, sizeof *keys);
        tmp = rcp__calloc(n, sizeof *tmp);
        if (!keys || !tmp) {
            rc = RCP_ENOMEM;
            goto cleanup;
        }
    }

    uint64_t both = 0;
    double b3_sys = 0, b3_gold = 0;
    for (size_t i = 0; i < n; i++)
        keys[i] = (uint64_t)sys[i] << 32 | gold[i];
    if ((rc = radix_sort(keys, tmp, n)) != 0)
        goto cleanup;
    scan(keys, n, &out->sys_clusters, &out->sys_pairs, &both, &b3_sys);

    for (size_t i = 0; i < n; i++)
        keys[i] = (uint64_t)gold[i] << 32 | sys[i];
    if ((rc = radix_sort(keys, tmp, n)) != 0)
        goto cleanup;
    scan(keys, n, &out->gold_clusters, &out->gold_pairs, &out->both_pairs,
         &b3_gold);
    assert(both == out->both_pairs);

    out->pair_p = ratio((double)out->both_pairs, (double)out->sys_pairs);
    out->pair_r = ratio((double)out->both_pairs, (double)out->gold_pairs);
    out->pair_f = rcp__f1(out->pair_p, out->pair_r);
    out->b3_p = ratio(b3_sys, (double)n);
    out->b3_r = ratio(b3_gold, (double)n);
    out->b3_f = rcp__f1(out->b3_p, out->b3_r);

cleanup:
    rcp__free(keys);
    rcp__free(tmp);
    if (rc != 0) {
        memset(out, 0, sizeof *out);
    }
    return rc;
}

int rcp__score_clusters_str(const char *const *sys, const char *const *gold,
                            size_t n, rcp__cluster_score *out)
{
    int rc = 0;
    rcp__strtab st, gt;
    uint32_t *s = NULL, *g = NULL;
    rcp__strtab_init(&st);
    rcp__strtab_init(&gt);
    if (n > 0) {
        s = rcp__calloc(n, sizeof *s);
        g = rcp__calloc(n, sizeof *g);
        if (!s || !g) {
            rc = RCP_ENOMEM;
            goto cleanup;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if ((rc = rcp__strtab_intern(&st, sys[i], strlen(sys[i]), &s[i])) ||
            (rc = rcp__strtab_intern(&gt, gold[i], strlen(gold[i]), &g[i])))
            goto cleanup;
    }
    rc = rcp__score_clusters(s, g, n, out);

cleanup:
    if (rc != 0)
        memset(out, 0, sizeof *out);
    rcp__free(s);
    rcp__free(g);
    rcp__strtab_release(&st);
    rcp__strtab_release(&gt);
    return rc;
}

/* ---- exact string interner ---- */

void rcp__strtab_init(rcp__strtab *t)
{
    memset(t, 0, sizeof *t);
    rcp__arena_init(&t->arena);
}

void rcp__strtab_release(rcp__strtab *t)
{
    rcp__arena_release(&t->arena);
    rcp__free(t->strs);
    rcp__free(t->lens);
    rcp__free(t->hashes);
    rcp__free(t->slots);
    memset(t, 0, sizeof *t);
}

/* Rebuild the slot table at twice the size. */
static int strtab_rehash(rcp__strtab *t)
{
    size_t nslots = t->nslots ? t->nslots * 2 : 64;
    uint32_t *slots = rcp__calloc(nslots, sizeof *slots);
    if (!slots)
        return RCP_ENOMEM;
    for (size_t id = 0; id < t->n; id++) {
        size_t j = (size_t)t->hashes[id] & (nslots - 1);
        while (slots[j])
            j = (j + 1) & (nslots - 1);
        slots[j] = (uint32_t)id + 1;
    }
    rcp__free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return 0;
}

int rcp__strtab_intern(rcp__strtab *t, const char *p, size_t len, uint32_t *id)
{
    uint64_t h = rcp__hash(p, len, 0);
    if (2 * (t->n + 1) > t->nslots && strtab_rehash(t) != 0)
        return RCP_ENOMEM; /* keeps the load under 1/2 after an insert */
    size_t j = (size_t)h & (t->nslots - 1);
    for (; t->slots[j]; j = (j + 1) & (t->nslots - 1)) {
        size_t k = t->slots[j] - 1;
        if (t->hashes[k] == h && t->lens[k] == len &&
            memcmp(t->strs[k], p, len) == 0) {
            *id = (uint32_t)k;
            return 0;
        }
    }
    if (t->n >= UINT32_MAX - 1)
        return RCP_ENOMEM;
    if (t->n == t->cap) {
        size_t cap = t->cap;
        if (rcp__grow(&t->strs, &cap, t->n + 1, sizeof *t->strs) != 0)
            return RCP_ENOMEM;
        cap = t->cap;
        if (rcp__grow(&t->lens, &cap, t->n + 1, sizeof *t->lens) != 0)
            return RCP_ENOMEM;
        cap = t->cap;
        if (rcp__grow(&t->hashes, &cap, t->n + 1, sizeof *t->hashes) != 0)
            return RCP_ENOMEM;
        t->cap = cap;
    }
    char *copy = rcp__arena_strndup(&t->arena, p, len);
    if (!copy)
        return RCP_ENOMEM;
    t->strs[t->n] = copy;
    t->lens[t->n] = len;
    t->hashes[t->n] = h;
    t->slots[j] = (uint32_t)t->n + 1;
    *id = (uint32_t)t->n++;
    return 0;
}
