/*
 * voices.c - independent voices: a wire story copied by ten sites is one
 * voice, and so are the pages of one outlet.
 *
 * How it works. Docs are joined (union-find) when
 *   - they have the same source (the article's `source`), or
 *   - one copies the other: they share COPY_SHARED statements of at least
 *     COPY_WORDS words verbatim (the same words in the same order, as the
 *     digest's units hash them), or at least half of the statements of the
 *     shorter one -- the near-copies the clusterer marks duplicate_of
 *     (shingle Jaccard >= 0.7) share most of their sentences, and a
 *     rewrite of a dispatch keeps whole sentences of it.
 * Joining is transitive: a chain of copies (A copies B, C copies B) is one
 * voice. A fact counts, besides, as one voice the docs whose sentences in
 * it are the same long sentence verbatim (COPY_WORDS words or more): the
 * same paragraph of a dispatch taken by two sites that otherwise rewrote
 * it. Short sentences ("No one was hurt.") are said alike by independent
 * reporters and join nothing.
 *
 * g->voice[d] is the smallest doc of d's voice; a fact's voices count the
 * distinct voices among its docs. Cost: O(statements log statements) to
 * find the shared ones, plus, per statement shared by k docs, min(k,
 * COPY_FANOUT)^2 pair counts; per fact, O(units log units).
 */
#include "digest/digest.h"

#include <stdlib.h>

#define COPY_WORDS 10  /* a statement this long is not said alike by chance */
#define COPY_SHARED 2  /* statements shared verbatim that make a copy */
#define COPY_FANOUT 64 /* docs of one statement paired for counting */

typedef struct textdoc {
    uint64_t text;
    uint32_t doc, unit;
} textdoc;

static int cmp_textdoc(const void *a, const void *b)
{
    const textdoc *x = a, *y = b;
    if (x->text != y->text)
        return x->text < y->text ? -1 : 1;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

static void join(uint32_t *p, uint32_t a, uint32_t b)
{
    a = rcp__uf_root(p, a);
    b = rcp__uf_root(p, b);
    if (a != b) {
        if (a < b)
            p[b] = a;
        else
            p[a] = b;
    }
}

/* A statement long enough to tell a copy. */
static int copy_sized(const rcp__dunit *u)
{
    return u->words >= COPY_WORDS && !(u->flags & RCP__U_NOISE);
}

/*
 * The pairs of docs that share a statement (td sorted by text, at most
 * COPY_FANOUT docs of one statement): without voice, count each pair's
 * shared statements in pairs; with it, join the pairs that count as
 * copies (COPY_SHARED statements, or half of the shorter doc's).
 */
static int pair_pass(const textdoc *td, size_t n, rcp__map *pairs,
                     const uint32_t *stmts, uint32_t *voice)
{
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && td[j].text == td[i].text)
            j++;
        size_t end = RCP_MIN(j, i + COPY_FANOUT);
        for (size_t a = i; a < end; a++)
            for (size_t b = a + 1; b < end; b++) {
                uint32_t x = td[a].doc, y = td[b].doc;
                if (x == y)
                    continue;
                uint64_t key = ((uint64_t)x << 32 | y) + 1;
                if (!voice) {
                    uint64_t *v = rcp__map_put(pairs, key);
                    if (!v)
                        return RCP_ENOMEM;
                    ++*v;
                    continue;
                }
                uint64_t *v = rcp__map_get(pairs, key);
                uint64_t k = v ? *v : 0;
                if (k >= COPY_SHARED || 2 * k >= RCP_MIN(stmts[x], stmts[y]))
                    join(voice, x, y);
            }
        i = j;
    }
    return 0;
}

int rcp__digest_voices(rcp_digest *g)
{
    size_t nd = g->ndocs;
    int rc = RCP_ENOMEM;
    rcp__map pairs, src;
    rcp__map_init(&pairs);
    rcp__map_init(&src);
    textdoc *td = rcp__malloc((g->nunits + 1) * sizeof *td);
    uint32_t *stmts = rcp__calloc(nd + 1, sizeof *stmts);
    uint32_t *local = rcp__malloc((nd + 1) * sizeof *local);
    uint32_t *seen = rcp__calloc(nd + 1, sizeof *seen);
    g->voice = rcp__arena_alloc(&g->arena, (nd + 1) * sizeof *g->voice);
    if (!td || !stmts || !local || !seen || !g->voice)
        goto cleanup;
    for (size_t d = 0; d < nd; d++)
        g->voice[d] = (uint32_t)d;
    /* one outlet */
    for (size_t d = 0; d < nd; d++) {
        const char *s = g->sources[d];
        uint64_t *v = rcp__map_put(&src, rcp__hash(s, strlen(s), 0) | 1);
        if (!v)
            goto cleanup;
        if (*v)
            join(g->voice, (uint32_t)(*v - 1), (uint32_t)d);
        else
            *v = d + 1;
    }
    /* copies: statements shared verbatim, counted per pair of docs */
    size_t n = 0;
    for (size_t i = 0; i < g->nunits; i++) {
        const rcp__dunit *u = &g->units[i];
        if (!copy_sized(u) || (u->flags & RCP__U_COPY))
            continue;
        stmts[u->doc]++;
        td[n].text = u->text;
        td[n].doc = u->doc;
        td[n].unit = (uint32_t)i;
        n++;
    }
    if (n)
        qsort(td, n, sizeof *td, cmp_textdoc);
    if (pair_pass(td, n, &pairs, NULL, NULL) ||
        pair_pass(td, n, &pairs, stmts, g->voice))
        goto cleanup;
    for (size_t d = 0; d < nd; d++)
        g->voice[d] = rcp__uf_root(g->voice, (uint32_t)d);
    g->voices = 0;
    for (size_t d = 0; d < nd; d++)
        g->voices += g->voice[d] == d;
    /* per fact: its docs' voices, joined where they state it with the same
     * long sentence; local[] is a union-find over voices, reset after each
     * fact through seen[] */
    for (size_t d = 0; d < nd; d++)
        local[d] = (uint32_t)d;
    for (size_t fi = 0; fi < g->nfacts; fi++) {
        rcp__dfact *f = &g->facts[fi];
        size_t m = 0;
        for (uint32_t k = 0; k < f->nunits; k++) {
            const rcp__dunit *u = &g->units[f->units[k]];
            if (!copy_sized(u))
                continue;
            td[m].text = u->text;
            td[m].doc = g->voice[u->doc];
            td[m].unit = f->units[k];
            m++;
        }
        if (m > 1)
            qsort(td, m, sizeof *td, cmp_textdoc);
        for (size_t i = 1; i < m; i++)
            if (td[i].text == td[i - 1].text)
                join(local, td[i - 1].doc, td[i].doc);
        uint32_t count = 0, stamp = (uint32_t)fi + 1;
        for (uint32_t k = 0; k < f->ndocs; k++) {
            uint32_t v = rcp__uf_root(local, g->voice[f->docs[k]]);
            if (seen[v] != stamp)
                seen[v] = stamp, count++;
        }
        f->voices = count;
        for (size_t i = 0; i < m; i++) /* reset what this fact joined */
            local[td[i].doc] = td[i].doc;
    }
    rc = 0;
cleanup:
    rcp__map_release(&pairs);
    rcp__map_release(&src);
    rcp__free(td);
    rcp__free(stmts);
    rcp__free(local);
    rcp__free(seen);
    return rc;
}
