/*
 * digest_lexicon.c - words that mean the same thing count as one term.
 *
 * The digest compares sentences by their terms (Snowball stems, numbers).
 * Here each distinct word form of a story is looked up in the lexicon
 * (src/analysis/lexicon.c: WordNet for English, verbiste and mythes-fr
 * for French); two terms whose forms share a concept key (a lemma, or a
 * sense close enough: see rcp__lexicon_concepts) become one term, so that
 * "injured" and "hurt", "inscrit" and "inscrivent" match wherever terms
 * are compared (alignment, weights, the cores of facts). Only the words of
 * the story are joined, so a polysemous word links only to the words
 * present beside it. Names (terms written capitalised inside a sentence)
 * and numbers are never looked up. Without the lexicon's files nothing is
 * joined and the digest is as before.
 */
#include "digest/digest.h"

#include "analysis/lexicon.h"

#include <stdlib.h>
#include <string.h>

void rcp__dlex_init(rcp__dlex *x)
{
    memset(x, 0, sizeof *x);
    rcp__map_init(&x->seen);
}

void rcp__dlex_release(rcp__dlex *x)
{
    rcp__map_release(&x->seen);
    rcp__free(x->forms);
    memset(x, 0, sizeof *x);
}

int rcp__dlex_note(rcp__dlex *x, const rcp_doc *d, uint32_t doc, uint32_t tok,
                   uint32_t term)
{
    const rcp_token *k = &d->toks[tok];
    if (!(k->flags & RCP_TOK_WORD) || (k->flags & RCP_TOK_NUM) ||
        (d->lang_class == RCP_LC_OTHER))
        return 0;
    uint64_t *v =
        rcp__map_put(&x->seen, rcp__mix64(k->hnorm ^ (uint64_t)d->lang_class));
    if (!v)
        return RCP_ENOMEM;
    if (*v)
        return 0;
    *v = 1;
    if (!RCP__PUSH(x->forms, x->nforms, x->cap))
        return RCP_ENOMEM;
    x->forms[x->nforms++] = (rcp__dlex_form){doc, tok, term};
    return 0;
}

/* The concept keys of each term (those of all its forms), sorted. */
typedef struct tkeys {
    uint64_t *keys;
    size_t *start; /* term t's keys: keys[start[t] .. start[t + 1]) */
} tkeys;

static int close_terms(const tkeys *k, uint32_t a, uint32_t b)
{
    size_t i = k->start[a], j = k->start[b];
    while (i < k->start[a + 1] && j < k->start[b + 1]) {
        if (k->keys[i] == k->keys[j])
            return 1;
        if (k->keys[i] < k->keys[j])
            i++;
        else
            j++;
    }
    return 0;
}

/* A group of terms: every two of them close (no chain: "carabine" ~
 * "fusil" and "fusil" ~ "arme" make one group only if "carabine" ~
 * "arme" too), and at most this many. */
#define GROUP_MAX 8

int rcp__dlex_groups(rcp__dlex *x, rcp_digest *g, const uint8_t *tkind)
{
    if (!x->nforms || !g->nterms)
        return 0;
    size_t nt = g->nterms;
    uint32_t *parent = rcp__malloc(nt * sizeof *parent);
    uint32_t *next = rcp__malloc(nt * sizeof *next); /* members, a ring */
    uint32_t *size = rcp__malloc(nt * sizeof *size);
    size_t *cnt = rcp__calloc(nt + 1, sizeof *cnt);
    uint64_t *fkeys = NULL; /* keys of form i at fkeys[fstart[i]..] */
    size_t *fstart = rcp__calloc(x->nforms + 1, sizeof *fstart);
    size_t nf = 0, fcap = 0;
    tkeys tk = {NULL, NULL};
    rcp__map concept;
    rcp__map_init(&concept);
    int rc = RCP_ENOMEM, joined = 0;
    if (!parent || !next || !size || !cnt || !fstart)
        goto done;
    for (size_t i = 0; i < x->nforms; i++) {
        const rcp__dlex_form *f = &x->forms[i];
        fstart[i] = nf;
        if (tkind[f->term] & (RCP__T_NAME | RCP__T_NUM))
            continue;
        const rcp_doc *d = g->docs[f->doc];
        const rcp_token *k = &d->toks[f->tok];
        char low[256];
        size_t n = rcp__lexicon_lower(d->text + k->off, k->len, low, sizeof low);
        uint64_t keys[256];
        size_t nk = n ? rcp__lexicon_concepts(d->lang_class, low, n, NULL, keys,
                                              RCP_ARRAY_SIZE(keys))
                      : 0;
        if (rcp__grow(&fkeys, &fcap, nf + nk + 1, sizeof *fkeys))
            goto done;
        memcpy(fkeys + nf, keys, nk * sizeof *keys);
        nf += nk;
        cnt[f->term] += nk;
    }
    fstart[x->nforms] = nf;
    if (!nf) {
        rc = 0;
        goto done;
    }
    /* per term, its forms' keys */
    tk.start = rcp__calloc(nt + 1, sizeof *tk.start);
    tk.keys = rcp__malloc(nf * sizeof *tk.keys);
    if (!tk.start || !tk.keys)
        goto done;
    for (size_t t = 0; t < nt; t++)
        tk.start[t + 1] = tk.start[t] + cnt[t];
    memset(cnt, 0, (nt + 1) * sizeof *cnt);
    for (size_t i = 0; i < x->nforms; i++) {
        uint32_t t = x->forms[i].term;
        size_t m = fstart[i + 1] - fstart[i];
        memcpy(tk.keys + tk.start[t] + cnt[t], fkeys + fstart[i],
               m * sizeof *fkeys);
        cnt[t] += m;
    }
    for (size_t t = 0; t < nt; t++)
        rcp__sort_u64(tk.keys + tk.start[t], cnt[t]);
    if (rcp__map_reserve(&concept, nf))
        goto done;
    for (uint32_t t = 0; t < nt; t++) {
        parent[t] = next[t] = t;
        size[t] = 1;
    }
    /* candidate pairs: a key the term shares with the first term that
     * had it; joined when every member of one group is close to every
     * member of the other */
    for (size_t i = 0; i < x->nforms; i++) {
        uint32_t t = x->forms[i].term;
        for (size_t j = fstart[i]; j < fstart[i + 1]; j++) {
            uint64_t *v = rcp__map_put(&concept, fkeys[j]);
            if (!v)
                goto done;
            if (!*v) {
                *v = (uint64_t)t + 1;
                continue;
            }
            uint32_t a = rcp__uf_root(parent, t),
                     b = rcp__uf_root(parent, (uint32_t)(*v - 1));
            if (a == b || size[a] + size[b] > GROUP_MAX)
                continue;
            int ok = 1;
            uint32_t p = a;
            do {
                uint32_t q = b;
                do
                    ok = close_terms(&tk, p, q);
                while (ok && (q = next[q]) != b);
            } while (ok && (p = next[p]) != a);
            if (!ok)
                continue;
            uint32_t lo = RCP_MIN(a, b), hi = RCP_MAX(a, b);
            parent[hi] = lo;
            size[lo] += size[hi];
            uint32_t tmp = next[lo]; /* splice the rings */
            next[lo] = next[hi];
            next[hi] = tmp;
            joined = 1;
        }
    }
    if (joined) {
        /* a term's group: the root; 0 for a term alone */
        g->tgroup = rcp__arena_zalloc(&g->arena, nt * sizeof *g->tgroup);
        if (!g->tgroup)
            goto done;
        for (uint32_t t = 0; t < nt; t++) {
            uint32_t r = rcp__uf_root(parent, t);
            if (size[r] > 1)
                g->tgroup[t] = r + 1;
        }
    }
    rc = 0;
done:
    rcp__free(parent);
    rcp__free(next);
    rcp__free(size);
    rcp__free(cnt);
    rcp__free(fkeys);
    rcp__free(fstart);
    rcp__free(tk.keys);
    rcp__free(tk.start);
    rcp__map_release(&concept);
    return rc;
}

int rcp__dlex_unit_keys(rcp_digest *g)
{
    if (!g->tgroup)
        return 0;
    for (size_t i = 0; i < g->nunits; i++) {
        rcp__dunit *u = &g->units[i];
        uint32_t n = 0;
        for (uint32_t j = 0; j < u->nterms; j++)
            n += g->tgroup[u->terms[j]] != 0;
        if (!n)
            continue;
        u->gkeys = rcp__arena_alloc(&g->arena, n * sizeof *u->gkeys);
        if (!u->gkeys)
            return RCP_ENOMEM;
        for (uint32_t j = 0; j < u->nterms; j++)
            if (g->tgroup[u->terms[j]]) {
                u->gkeys[u->ngkeys++] =
                    (uint64_t)g->tgroup[u->terms[j]] << 32 | j;
                u->gmask |= (uint64_t)1 << (g->tgroup[u->terms[j]] & 63);
            }
        rcp__sort_u64(u->gkeys, u->ngkeys);
    }
    return 0;
}

/* A term of a matched by another term of its group in b, each term of b
 * (of its first 64) matching once, in the order of a's terms within a
 * group: the two gkeys lists are merged group by group. A term of both
 * units is in both runs of its group, so "b has ta" is read there. */
static int in_run(const rcp__dunit *u, uint32_t from, uint32_t to, uint32_t t)
{
    for (uint32_t x = from; x < to; x++)
        if (u->terms[(uint32_t)u->gkeys[x]] == t)
            return 1;
    return 0;
}

double rcp__dlex_bonus(const rcp_digest *g, const rcp__dunit *a,
                       const rcp__dunit *b, uint32_t *k, uint32_t *ks)
{
    double o = 0;
    if (!(a->gmask & b->gmask))
        return 0;
    uint64_t used = 0; /* b's terms already matched, by index (first 64) */
    uint32_t i = 0, j = 0;
    while (i < a->ngkeys && j < b->ngkeys) {
        uint64_t ga = a->gkeys[i] >> 32, gb = b->gkeys[j] >> 32;
        if (ga != gb) {
            if (ga < gb)
                i++;
            else
                j++;
            continue;
        }
        uint32_t i0 = i, i1 = i, j1 = j; /* the runs of group ga */
        while (i1 < a->ngkeys && a->gkeys[i1] >> 32 == ga)
            i1++;
        while (j1 < b->ngkeys && b->gkeys[j1] >> 32 == ga)
            j1++;
        for (; i < i1; i++) {
            uint32_t ta = a->terms[(uint32_t)a->gkeys[i]];
            if (in_run(b, j, j1, ta))
                continue;
            for (uint32_t x = j; x < j1; x++) {
                uint32_t bj = (uint32_t)b->gkeys[x], tb = b->terms[bj];
                if (bj >= 64 || (used >> bj & 1) || in_run(a, i0, i1, tb))
                    continue;
                used |= (uint64_t)1 << bj;
                o += RCP_MIN(g->idf[ta], g->idf[tb]);
                if (k)
                    ++*k;
                if (ks)
                    *ks += !(g->topic[ta] && g->topic[tb]);
                break;
            }
        }
        j = j1;
    }
    return o;
}

int rcp__dlex_probe_init(rcp__dlex_probe *p, const rcp_digest *g)
{
    memset(p, 0, sizeof *p);
    if (!g->tgroup)
        return 0;
    size_t n = g->nterms + 2; /* groups are 1 + a term */
    p->tstamp = rcp__calloc(n, sizeof *p->tstamp);
    p->members = rcp__calloc(n + 1, sizeof *p->members);
    if (!p->tstamp || !p->members)
        goto nomem;
    /* each group's terms: members[grp] .. members[grp + 1] in mterms */
    size_t nm = 0;
    for (uint32_t t = 0; t < g->nterms; t++)
        if (g->tgroup[t])
            p->members[g->tgroup[t] + 1]++, nm++;
    for (size_t x = 1; x <= n; x++)
        p->members[x] += p->members[x - 1];
    p->mterms = rcp__malloc((nm + 1) * sizeof *p->mterms);
    p->other = rcp__malloc((nm + 1) * sizeof *p->other);
    if (!p->mterms || !p->other)
        goto nomem;
    for (uint32_t t = 0; t < g->nterms; t++) /* members[grp] as a cursor */
        if (g->tgroup[t])
            p->mterms[p->members[g->tgroup[t]]++] = t;
    for (size_t x = n; x > 0; x--)
        p->members[x] = p->members[x - 1];
    p->members[0] = 0;
    return 0;
nomem:
    rcp__dlex_probe_free(p);
    return RCP_ENOMEM;
}

void rcp__dlex_probe_free(rcp__dlex_probe *p)
{
    rcp__free(p->tstamp);
    rcp__free(p->members);
    rcp__free(p->mterms);
    rcp__free(p->other);
    memset(p, 0, sizeof *p);
}

void rcp__dlex_probe_set(rcp__dlex_probe *p, const rcp__dunit *a)
{
    p->nother = 0;
    if (!p->tstamp || !a->ngkeys)
        return;
    p->stamp++;
    for (uint32_t i = 0; i < a->ngkeys; i++)
        p->tstamp[a->terms[(uint32_t)a->gkeys[i]]] = p->stamp;
    /* gkeys are by group: each group once */
    for (uint32_t i = 0; i < a->ngkeys; i++) {
        uint32_t grp = (uint32_t)(a->gkeys[i] >> 32);
        if (i && a->gkeys[i - 1] >> 32 == grp)
            continue;
        for (uint32_t m = p->members[grp]; m < p->members[grp + 1]; m++)
            if (p->tstamp[p->mterms[m]] != p->stamp)
                p->other[p->nother++] = p->mterms[m];
    }
}
