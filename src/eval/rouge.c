/*
 * rouge.c - ROUGE-1/2/SU4 as ROUGE-1.5.5 with the Unicode tokenisation of
 * the rpm2-dev benchmark. The exact definition is in rouge.h.
 *
 * How it works: every text is cut into tokens, each token gets an exact
 * dense id from one interner shared by the summary and its references, and
 * each gram becomes a 64-bit key (a unigram is its id; a bigram (a, b) is
 * (a + 1) << 32 | b, so it can never equal a unigram). The keys of a text
 * are sorted; clipped matches are then one merge of two sorted arrays,
 * min(count, count) per run of equal keys. Cost: O(m log m) per text of m
 * tokens, memory linear.
 */
#include "eval/rouge.h"
#include "eval/score.h"

#include <assert.h>
#include <stdlib.h>
#include <utf8proc.h>

/* Unicode White_Space, the characters Perl's \s matches on text. */
static int is_space(int32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Letters, decimal digits, combining marks and '_'. */
static int is_word(int32_t c)
{
    if (c == '_')
        return 1;
    if (c < 0)
        return 0;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
        return 1;
    default:
        return 0;
    }
}

typedef int (*emit_fn)(void *ud, const char *tok, size_t len);

/* Call emit for each token of p[0..len) within the first `words` words. */
static int tokenize(const char *p, size_t len, size_t words, emit_fn emit,
                    void *ud)
{
    rcp__buf tok;
    int rc = 0, in_word = 0;
    size_t nwords = 0, i = 0;
    rcp__buf_init(&tok, RCP__BUF_NOMAX);
    while (i < len) {
        int32_t c;
        i += (size_t)rcp__utf8_decode(p + i, len - i, &c);
        if (c >= 0)
            c = utf8proc_tolower(c);
        if (c >= 0 && is_space(c)) {
            in_word = 0;
        } else if (!in_word) {
            if (words && nwords == words)
                break;
            nwords++;
            in_word = 1;
        }
        if (in_word && is_word(c)) {
            char enc[4];
            if ((rc =
                     rcp__buf_add(&tok, enc, (size_t)rcp__utf8_encode(c, enc))))
                goto cleanup;
        } else if (tok.len > 0) {
            if ((rc = emit(ud, tok.p, tok.len)) != 0)
                goto cleanup;
            rcp__buf_reset(&tok);
        }
    }
    if (tok.len > 0)
        rc = emit(ud, tok.p, tok.len);
cleanup:
    rcp__buf_release(&tok);
    return rc;
}

/* ---- tokens as strings, for tests ---- */

typedef struct {
    rcp__arena *a;
    const char **toks;
    size_t n, cap;
} str_list;

static int emit_str(void *ud, const char *tok, size_t len)
{
    str_list *l = ud;
    char *s = rcp__arena_strndup(l->a, tok, len);
    if (!s || !RCP__PUSH(l->toks, l->n, l->cap))
        return RCP_ENOMEM;
    l->toks[l->n++] = s;
    return 0;
}

int rcp__rouge_tokenize(const char *p, size_t len, size_t words, rcp__arena *a,
                        const char ***toks, size_t *n)
{
    str_list l = {a, NULL, 0, 0};
    int rc = tokenize(p, len, words, emit_str, &l);
    const char **out = NULL;
    if (rc == 0 && l.n > 0) {
        out = rcp__arena_alloc(a, l.n * sizeof *out);
        if (!out)
            rc = RCP_ENOMEM;
        else
            memcpy(out, l.toks, l.n * sizeof *out);
    }
    rcp__free(l.toks);
    *toks = rc == 0 ? out : NULL;
    *n = rc == 0 ? l.n : 0;
    return rc;
}

/* ---- grams ---- */

typedef struct {
    rcp__strtab *tab;
    uint32_t *ids;
    size_t n, cap;
} id_list;

static int emit_id(void *ud, const char *tok, size_t len)
{
    id_list *l = ud;
    uint32_t id;
    if (rcp__strtab_intern(l->tab, tok, len, &id) != 0 ||
        !RCP__PUSH(l->ids, l->n, l->cap))
        return RCP_ENOMEM;
    l->ids[l->n++] = id;
    return 0;
}

enum { G1, G2, GSU4, NGRAMS };

typedef struct {
    uint64_t *k[NGRAMS];
    size_t n[NGRAMS];
} grams;

static uint64_t bigram(uint32_t a, uint32_t b)
{
    return ((uint64_t)a + 1) << 32 | b;
}

static void grams_release(grams *g)
{
    for (int i = 0; i < NGRAMS; i++)
        rcp__free(g->k[i]);
    memset(g, 0, sizeof *g);
}

/* The sorted gram keys of ids[0..m), per rouge.h. */
static int grams_make(const uint32_t *ids, size_t m, grams *g)
{
    memset(g, 0, sizeof *g);
    size_t nsu = 0;
    for (size_t i = 0; i + 1 < m; i++)
        nsu += 1 + RCP_MIN(5, m - 1 - i);
    size_t want[NGRAMS] = {m, m > 0 ? m - 1 : 0, nsu};
    for (int i = 0; i < NGRAMS; i++) {
        if (want[i] && !(g->k[i] = rcp__malloc(want[i] * sizeof(uint64_t)))) {
            grams_release(g);
            return RCP_ENOMEM;
        }
    }
    for (size_t i = 0; i < m; i++) {
        g->k[G1][g->n[G1]++] = ids[i];
        if (i + 1 < m) {
            g->k[G2][g->n[G2]++] = bigram(ids[i], ids[i + 1]);
            g->k[GSU4][g->n[GSU4]++] = ids[i];
            for (size_t j = i + 1; j < m && j <= i + 5; j++)
                g->k[GSU4][g->n[GSU4]++] = bigram(ids[i], ids[j]);
        }
    }
    for (int i = 0; i < NGRAMS; i++) {
        assert(g->n[i] == want[i]);
        if (g->n[i] > 1)
            rcp__sort_u64(g->k[i], g->n[i]);
    }
    return 0;
}

/* Clipped matches between two sorted key arrays. */
static uint64_t clipped_hits(const uint64_t *a, size_t na, const uint64_t *b,
                             size_t nb)
{
    uint64_t hit = 0;
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j]) {
            i++;
        } else if (b[j] < a[i]) {
            j++;
        } else {
            uint64_t key = a[i];
            size_t ca = 0, cb = 0;
            while (i < na && a[i] == key)
                i++, ca++;
            while (j < nb && b[j] == key)
                j++, cb++;
            hit += RCP_MIN(ca, cb);
        }
    }
    return hit;
}

static int text_grams(rcp__strtab *tab, const char *p, size_t len, size_t words,
                      grams *g)
{
    id_list l = {tab, NULL, 0, 0};
    int rc = tokenize(p, len, words, emit_id, &l);
    if (rc == 0)
        rc = grams_make(l.ids, l.n, g);
    else
        memset(g, 0, sizeof *g);
    rcp__free(l.ids);
    return rc;
}

static void finish(rcp__rouge_score *s)
{
    const double alpha = 0.5; /* -p 0.5 */
    s->recall = s->ref_count ? (double)s->hit / (double)s->ref_count : 0;
    s->precision = s->peer_count ? (double)s->hit / (double)s->peer_count : 0;
    double den = (1 - alpha) * s->precision + alpha * s->recall;
    s->f = den > 0 ? s->precision * s->recall / den : 0;
}

int rcp__rouge_eval(const char *peer, size_t peer_len, const char *const *refs,
                    const size_t *ref_lens, size_t nrefs, size_t words,
                    rcp__rouge_result *out)
{
    int rc = 0;
    rcp__strtab tab;
    grams pg, rg;
    rcp__rouge_score *sc[NGRAMS] = {&out->r1, &out->r2, &out->su4};
    memset(out, 0, sizeof *out);
    memset(&pg, 0, sizeof pg);
    memset(&rg, 0, sizeof rg);
    rcp__strtab_init(&tab);
    if (nrefs == 0) {
        rc = RCP_EINVAL;
        goto cleanup;
    }
    if ((rc = text_grams(&tab, peer, peer_len, words, &pg)) != 0)
        goto cleanup;
    for (size_t r = 0; r < nrefs; r++) {
        if ((rc = text_grams(&tab, refs[r], ref_lens[r], words, &rg)) != 0)
            goto cleanup;
        for (int i = 0; i < NGRAMS; i++) {
            sc[i]->hit += clipped_hits(pg.k[i], pg.n[i], rg.k[i], rg.n[i]);
            sc[i]->ref_count += rg.n[i];
            sc[i]->peer_count += pg.n[i];
        }
        grams_release(&rg);
    }
    for (int i = 0; i < NGRAMS; i++)
        finish(sc[i]);

cleanup:
    grams_release(&pg);
    grams_release(&rg);
    rcp__strtab_release(&tab);
    if (rc != 0)
        memset(out, 0, sizeof *out);
    return rc;
}
