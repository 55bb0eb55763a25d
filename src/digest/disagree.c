/*
 * disagree.c - the disagreements of a story: values that aligned
 * sentences of different articles give differently (counts, dates), and
 * publication dates that cannot all be right.
 */
#include "digest/digest.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- disagreements ---- */

/* A number token and the slot it fills: the content word after it (or,
 * when none, before it). */
typedef struct numslot {
    uint64_t slot;
    const rcp_token *num;
    uint32_t doc, unit;
} numslot;

static int add_disagreement(rcp_digest *g, size_t *cap, const char *about,
                            const char **vals, uint32_t **vdocs,
                            uint32_t *nvdocs, uint32_t nv)
{
    if (!RCP__PUSH(g->disagree, g->ndisagree, *cap))
        return RCP_ENOMEM;
    rcp__ddisagree *o = &g->disagree[g->ndisagree];
    o->about = about;
    o->values = rcp__arena_zalloc(&g->arena, nv * sizeof *o->values);
    if (!o->values)
        return RCP_ENOMEM;
    for (uint32_t i = 0; i < nv; i++) {
        o->values[i].value = vals[i];
        o->values[i].docs =
            rcp__digest_docset(g, vdocs[i], nvdocs[i], &o->values[i].ndocs);
        if (!o->values[i].docs)
            return RCP_ENOMEM;
    }
    o->nvalues = nv;
    g->ndisagree++;
    return 0;
}

/* The same number, whatever its separators (1000, 1,000, 1 000). */
static int same_num(const rcp_token *a, const rcp_token *b)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < a->norm_len && (a->norm[i] < '0' || a->norm[i] > '9'))
            i++;
        while (j < b->norm_len && (b->norm[j] < '0' || b->norm[j] > '9'))
            j++;
        if (i == a->norm_len || j == b->norm_len)
            return i == a->norm_len && j == b->norm_len;
        if (a->norm[i++] != b->norm[j++])
            return 0;
    }
}

/*
 * Two sentences disagree on a value only when they clearly state the same
 * thing (dice >= DISAGREE_DICE): sentences merely grouped into one fact
 * may name dates or figures of different moments of the story ("found on
 * 5 August" / "released on 20 August").
 */
#define DISAGREE_DICE 0.5

static int close_units(const rcp_digest *g, uint32_t a, uint32_t b)
{
    return rcp__digest_sim(g, &g->units[a], &g->units[b], NULL, NULL) >=
           DISAGREE_DICE;
}

/* Values of one slot: up to 8 distinct values with their docs. */
typedef struct slotvals {
    const char *vals[8];
    uint32_t *docs[8];
    uint32_t ndocs[8];
    uint32_t nv;
} slotvals;

static int slot_add(rcp_digest *g, slotvals *sv, const char *v, uint32_t doc,
                    size_t maxdocs)
{
    uint32_t i = 0;
    while (i < sv->nv && strcmp(sv->vals[i], v))
        i++;
    if (i == sv->nv) {
        if (sv->nv == RCP_ARRAY_SIZE(sv->vals))
            return 0;
        sv->vals[i] = v;
        sv->docs[i] = rcp__arena_alloc(&g->arena, maxdocs * sizeof(uint32_t));
        if (!sv->docs[i])
            return RCP_ENOMEM;
        sv->ndocs[i] = 0;
        sv->nv++;
    }
    for (uint32_t k = 0; k < sv->ndocs[i]; k++)
        if (sv->docs[i][k] == doc)
            return 0;
    if (sv->ndocs[i] < maxdocs)
        sv->docs[i][sv->ndocs[i]++] = doc;
    return 0;
}

/* A doc that gives several values to one slot (both "15 octobre" and "17
 * octobre") takes no side: it is left out of every value, and values
 * left without docs are dropped. */
static void slot_clean(slotvals *sv)
{
    for (uint32_t i = 0; i < sv->nv; i++)
        for (uint32_t k = 0; k < sv->ndocs[i];) {
            uint32_t d = sv->docs[i][k];
            int multi = 0;
            for (uint32_t j = 0; j < sv->nv && !multi; j++)
                for (uint32_t m = 0; j != i && m < sv->ndocs[j]; m++)
                    multi |= sv->docs[j][m] == d;
            if (!multi) {
                k++;
                continue;
            }
            for (uint32_t j = 0; j < sv->nv; j++) /* out of every value */
                for (uint32_t m = 0; m < sv->ndocs[j];)
                    if (sv->docs[j][m] == d)
                        sv->docs[j][m] = sv->docs[j][--sv->ndocs[j]];
                    else
                        m++;
        }
    uint32_t w = 0;
    for (uint32_t i = 0; i < sv->nv; i++)
        if (sv->ndocs[i]) {
            sv->vals[w] = sv->vals[i];
            sv->docs[w] = sv->docs[i];
            sv->ndocs[w] = sv->ndocs[i];
            w++;
        }
    sv->nv = w;
}

/* Days since 1970-01-01 of "YYYY-MM-DD..." (Howard Hinnant's
 * days_from_civil), or LONG_MIN without a full date. */
static long day_number(const char *s)
{
    int y, m, d;
    if (strlen(s) < 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return LONG_MIN;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The k-th unit aligned with a fact: its own units, then the units that
 * dissent from it (the same thing with other values: digest_align.c). */
static uint32_t fact_unit(const rcp__dfact *fa, uint32_t k)
{
    return k < fa->nunits ? fa->units[k] : fa->dissent[k - fa->nunits];
}

int rcp__digest_disagreements(rcp_digest *g)
{
    size_t cap = 0;
    int rc;
    /* 1. numbers given to the same slot by aligned sentences of
     *    different docs ("12 morts" / "15 morts") */
    for (size_t f = 0; f < g->nfacts; f++) {
        const rcp__dfact *fa = &g->facts[f];
        if (fa->ndocs + fa->ndissent < 2 ||
            (g->units[fa->rep].flags & (RCP__U_SHORT | RCP__U_NOISE)))
            continue;
        numslot ns[64];
        size_t nn = 0;
        for (uint32_t k = 0; k < fa->nunits + fa->ndissent && nn < RCP_ARRAY_SIZE(ns); k++) {
            const rcp__dunit *u = &g->units[fact_unit(fa, k)];
            const rcp_doc *d = g->docs[u->doc];
            for (uint32_t t = u->tok;
                 t < u->tok + u->ntok && nn < RCP_ARRAY_SIZE(ns); t++) {
                if (!(d->toks[t].flags & RCP_TOK_NUM))
                    continue;
                uint64_t slot = 0;
                if (t + 1 < u->tok + u->ntok &&
                    (d->toks[t + 1].flags & RCP_TOK_WORD))
                    slot = d->toks[t + 1].hstem;
                if (!slot)
                    continue;
                ns[nn].slot = slot;
                ns[nn].num = &d->toks[t];
                ns[nn].doc = u->doc;
                ns[nn].unit = fact_unit(fa, k);
                nn++;
            }
        }
        for (size_t i = 0; i < nn; i++) {
            int first = 1, differ = 0;
            for (size_t j = 0; j < nn; j++) {
                if (ns[j].slot != ns[i].slot)
                    continue;
                if (j < i)
                    first = 0;
                if (ns[j].doc != ns[i].doc && !same_num(ns[i].num, ns[j].num) &&
                    close_units(g, ns[i].unit, ns[j].unit))
                    differ = 1;
            }
            if (!first || !differ)
                continue;
            slotvals sv = {0};
            const rcp_token *vtok[RCP_ARRAY_SIZE(sv.vals)];
            for (size_t j = 0; j < nn; j++) {
                if (ns[j].slot != ns[i].slot)
                    continue;
                const rcp_doc *d = g->docs[ns[j].doc];
                const rcp_token *num = ns[j].num;
                /* the value as written, with the slot word */
                const rcp_token *w = num + 1;
                const char *v = NULL;
                for (uint32_t x = 0; x < sv.nv && !v; x++)
                    if (same_num(vtok[x], num)) /* 1,000 is 1000 */
                        v = sv.vals[x];
                if (!v && sv.nv < RCP_ARRAY_SIZE(vtok))
                    vtok[sv.nv] = num;
                if (!v)
                    v = rcp__arena_strndup(&g->arena, d->text + num->off,
                                           w->off + w->len - num->off);
                if (!v)
                    return RCP_ENOMEM;
                if ((rc = slot_add(g, &sv, v, ns[j].doc, g->ndocs)))
                    return rc;
            }
            slot_clean(&sv);
            if (sv.nv < 2)
                continue;
            const char *about = rcp__digest_unit_text(g, fa->rep);
            if (!about)
                return RCP_ENOMEM;
            if ((rc = add_disagreement(g, &cap, about, sv.vals, sv.docs,
                                       sv.ndocs, sv.nv)))
                return rc;
        }
    }
    /* 2. dates of the same event: aligned sentences, different dates */
    for (size_t f = 0; f < g->nfacts; f++) {
        const rcp__dfact *fa = &g->facts[f];
        if (fa->ndocs + fa->ndissent < 2 ||
            (g->units[fa->rep].flags & (RCP__U_SHORT | RCP__U_NOISE)))
            continue;
        /* a close pair of sentences of two docs with conflicting dates */
        int close = 0;
        for (size_t q = 0; q < g->nlp.ndates && !close; q++)
            for (size_t r = 0; r < g->nlp.ndates && !close; r++) {
                const rcp__date *x = &g->nlp.dates[q], *y = &g->nlp.dates[r];
                if (x->doc >= y->doc)
                    continue;
                size_t lx = strnlen(x->value, sizeof x->value);
                size_t ly = strnlen(y->value, sizeof y->value);
                if (!strncmp(x->value, y->value, RCP_MIN(lx, ly)))
                    continue;
                uint32_t ux = UINT32_MAX, uy = UINT32_MAX;
                for (uint32_t k = 0; k < fa->nunits + fa->ndissent; k++) {
                    const rcp__dunit *u = &g->units[fact_unit(fa, k)];
                    if (u->doc == x->doc && u->sent == x->sent)
                        ux = fact_unit(fa, k);
                    if (u->doc == y->doc && u->sent == y->sent)
                        uy = fact_unit(fa, k);
                }
                close = ux != UINT32_MAX && uy != UINT32_MAX &&
                        close_units(g, ux, uy);
            }
        if (!close)
            continue;
        slotvals sv = {0};
        for (size_t q = 0; q < g->nlp.ndates; q++) {
            const rcp__date *dt = &g->nlp.dates[q];
            for (uint32_t k = 0; k < fa->nunits + fa->ndissent; k++) {
                const rcp__dunit *u = &g->units[fact_unit(fa, k)];
                if (u->doc == dt->doc && u->sent == dt->sent) {
                    if ((rc = slot_add(g, &sv, dt->value, dt->doc, g->ndocs)))
                        return rc;
                    break;
                }
            }
        }
        slot_clean(&sv);
        /* "2023-09" and "2023-09-13" agree: only conflicting full values */
        int conflict = 0;
        for (uint32_t i = 0; i < sv.nv; i++)
            for (uint32_t j = 0; j < sv.nv; j++) {
                size_t li = strlen(sv.vals[i]), lj = strlen(sv.vals[j]);
                if (i != j && strncmp(sv.vals[i], sv.vals[j], RCP_MIN(li, lj)))
                    conflict = 1;
            }
        if (conflict) {
            const char *about = rcp__digest_unit_text(g, fa->rep);
            if (!about)
                return RCP_ENOMEM;
            if ((rc = add_disagreement(g, &cap, about, sv.vals, sv.docs,
                                       sv.ndocs, sv.nv)))
                return rc;
        }
    }
    /* 3. publication dates that cannot all be right: different years or
     *    months, unless all are full dates within a fortnight */
    {
        slotvals sv = {0};
        for (size_t d = 0; d < g->ndocs; d++) {
            const rcp_article *a = g->docs[d]->article;
            if (!a || !a->date || strlen(a->date) < 7)
                continue;
            const char *m = rcp__arena_strndup(&g->arena, a->date, 7);
            if (!m)
                return RCP_ENOMEM;
            if ((rc = slot_add(g, &sv, m, (uint32_t)d, g->ndocs)))
                return rc;
        }
        /* full dates a fortnight apart or less are a story's coverage
         * over time, even across the turn of a month */
        long lo = LONG_MAX, hi = LONG_MIN;
        int all_days = 1;
        for (size_t d = 0; d < g->ndocs; d++) {
            const rcp_article *a = g->docs[d]->article;
            if (!a || !a->date || strlen(a->date) < 7)
                continue;
            long day = day_number(a->date);
            if (day == LONG_MIN) {
                all_days = 0;
                continue;
            }
            lo = RCP_MIN(lo, day);
            hi = RCP_MAX(hi, day);
        }
        if (all_days && (lo == LONG_MAX || hi - lo <= 14))
            sv.nv = 0;
        if (sv.nv >= 2) {
            /* show the dates as given */
            for (uint32_t i = 0; i < sv.nv; i++) {
                const rcp_article *a = g->docs[sv.docs[i][0]]->article;
                int all_same = 1;
                for (uint32_t k = 1; k < sv.ndocs[i]; k++)
                    all_same &=
                        !strcmp(g->docs[sv.docs[i][k]]->article->date, a->date);
                if (all_same)
                    sv.vals[i] = a->date;
            }
            if ((rc = add_disagreement(g, &cap, "publication date", sv.vals,
                                       sv.docs, sv.ndocs, sv.nv)))
                return rc;
        }
    }
    return 0;
}
