/*
 * digest_pairs.c - one claim stated by two articles each in a sentence of
 * its own, in other words (rcp__digest_pair_singletons, the last pass of
 * rcp__digest_align).
 *
 * The passes before it join a sentence to a fact that two articles or
 * more already make (by its terms, its clause's key, its main verb). Two
 * sentences that no other article states and that share too few terms
 * to be linked stay two unique sentences, though they may state one
 * claim: "Kim a rencontré Poutine mercredi au cosmodrome de Vostochny" /
 * "Mercredi, ... le dirigeant de Pyongyang avait retrouvé ... Vladimir
 * Poutine sur le cosmodrome de Vostotchny"; "X a visité vendredi des
 * usines d'avions" / "Vendredi, X est arrivé à Y pour visiter une
 * installation où sont construits des avions". Such a pair is one fact
 * when everything a claim is made of agrees:
 *   - the predicate: the main verb of each (rcp__dunit.mtok, surely a
 *     verb, no auxiliary nor copula), or the infinitive of purpose after
 *     it ("est arrivé ... pour visiter"; French "pour" / "afin de",
 *     English "in order to" / "so as to"), share a key (rcp__claim_keys:
 *     a lemma, a WordNet sense, a mythes-fr synonym), in moods that do
 *     not oppose, with the same polarity;
 *   - who: the persons they name (roles and pronouns resolved,
 *     rcp__dunit.people) have one in common and one set holds the other
 *     ("le dirigeant de Pyongyang avait retrouvé Vladimir Poutine" names
 *     one of "Kim a rencontré Poutine"), and the actors may be one (the
 *     actor test of sentence_support);
 *   - where or when: a place of the story that most articles do not name
 *     (an entity that is no person: "Vostochny" / "Vostotchny" are one),
 *     named after the verb in its chunk or the next by both, or the same
 *     day (a weekday or a day of a month both give); and when both name
 *     such places there, one in common (not "visited Komsomolsk" /
 *     "visited Vladivostok");
 *   - what about: a word of a claim in common besides the verbs (no
 *     name, framing word, number nor topic term: "cosmodrome"), or else
 *     a lemma in common (not only a synonym);
 *   - the sentence shown states no second claim (rcp__dunit.mverb2) the
 *     other does not ("The teen was rushed to Kings County Hospital but
 *     he later died" / "He was rushed to Kings County Hospital and listed
 *     in stable condition");
 *   - the values do not clash, neither asks what the other states, and
 *     neither is a quotation (its speaker's claim).
 * Pairs are taken best first (the digest's similarity of the two
 * sentences); a third sentence of another article joins a pair it
 * pairs with. The fact is shown by the lighter sentence of the two (the
 * one with less of its own: a clause the other does not state stays
 * unique, digest.c's own_clause) among those that may show it.
 */
#include "analysis/claims.h"
#include "analysis/clauses.h"
#include "digest/digest.h"

#include <stdlib.h>
#include <string.h>

#ifdef RCP_DIGEST_TUNE
#include <stdio.h>
#endif

/* at most this many predicates of one key are paired: a key of every
 * sentence names no claim (as PARA_POSTINGS) */
#define PAIR_POSTINGS 16

/* The infinitive of purpose after u's main verb in its clause ("est
 * arrivé à Y pour visiter"), or UINT32_MAX: French "pour" or "afin de"
 * and a verb form ending as an infinitive does; English "in order to" /
 * "so as to" and a verb form. Grammar of each language. */
static uint32_t purpose_verb(const rcp_doc *d, const rcp__dunit *u)
{
    static const char *const fr_pour[] = {"pour", NULL};
    static const char *const fr_afin[] = {"afin", NULL};
    static const char *const fr_de[] = {"de", "d'", NULL};
    static const char *const en_to[] = {"to", NULL};
    static const char *const en_so[] = {"order", "as", NULL};
    const uint8_t *kind = rcp__dunit_kinds(u);
    int fr = d->lang_class == RCP_LC_FR, en = d->lang_class == RCP_LC_EN;
    uint32_t end = u->tok + u->ntok;
    for (uint32_t t = u->mtok + 1; t + 1 < end; t++) {
        const rcp_token *k = &d->toks[t];
        if ((k->flags & RCP_TOK_PUNCT) && !(k->flags & RCP_TOK_QUOTE)) {
            char c = d->text[k->off];
            if (c == ';' || c == ':' || c == '(' || c == '.')
                return UINT32_MAX;
            continue;
        }
        if (!(k->flags & RCP_TOK_WORD))
            continue;
        uint32_t v = UINT32_MAX;
        if (fr && rcp__tok_listed(fr_pour, k))
            v = t + 1;
        else if (fr && rcp__tok_listed(fr_afin, k) &&
                 rcp__tok_listed(fr_de, &d->toks[t + 1]))
            v = t + 2;
        else if (en && rcp__tok_listed(en_to, k) && t > u->mtok + 1 &&
                 rcp__tok_listed(en_so, &d->toks[t - 1]))
            v = t + 1;
        if (v == UINT32_MAX) {
            /* another clause with a verb of its own: not this one's */
            if (rcp__tok_opener(d, k) && t > u->mtok + 1)
                return UINT32_MAX;
            continue;
        }
        if (v >= end || !(kind[v - u->tok] & RCP__CLAIM_FORM))
            return UINT32_MAX;
        if (fr) {
            const rcp_token *w = &d->toks[v];
            const char *s = w->norm;
            size_t n = w->norm_len;
            int inf =
                n > 3 &&
                ((s[n - 1] == 'r' && (s[n - 2] == 'e' || s[n - 2] == 'i')) ||
                 (s[n - 2] == 'r' && s[n - 1] == 'e'));
            if (!inf)
                return UINT32_MAX;
        }
        return v;
    }
    return UINT32_MAX;
}

/* A candidate sentence: its predicates (main verb, infinitive of
 * purpose) with their uses, the places of the story it names after them,
 * the days it gives, and whether it denies. */
typedef struct psent {
    uint32_t unit;
    uint32_t verb[2];
    uint64_t use[2];
    uint64_t places; /* bit e % 64 of each place entity e */
    uint32_t days[4], ndays;
    uint8_t neg;
    uint8_t read; /* places and days read (they are read when needed) */
} psent;

/* 1 when sentences a and b give one day (unit_days) */
static int same_day(const psent *a, const psent *b)
{
    for (uint32_t i = 0; i < a->ndays; i++)
        for (uint32_t j = 0; j < b->ndays; j++)
            if (a->days[i] == b->days[j])
                return 1;
    return 0;
}

typedef struct pkey {
    uint64_t key;
    uint32_t sent; /* index in the psent array */
    uint8_t which; /* 0 main verb, 1 infinitive of purpose */
} pkey;

static int cmp_pkey(const void *p, const void *q)
{
    const pkey *a = p, *b = q;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->sent != b->sent)
        return a->sent < b->sent ? -1 : 1;
    return (a->which > b->which) - (a->which < b->which);
}

/* The index among u's terms of the term of token k (its stem), or
 * UINT32_MAX */
static uint32_t token_term(const rcp_digest *g, const rcp__dunit *u,
                           const rcp_token *k)
{
    for (uint32_t j = 0; j < u->nterms; j++)
        if (g->thash[u->terms[j]] == k->hstem)
            return j;
    return UINT32_MAX;
}

/* The end of the chunk after the one of token t of unit u (chunks:
 * rcp__clause_starts): what a verb says of its object and where is in
 * its chunk and the next one, not in the clauses further on. */
static uint32_t near_end(const rcp__dunit *u, uint32_t t)
{
    uint32_t c = rcp__dunit_chunk(u, t);
    return c + 2 < u->nchunks ? u->starts[c + 2] : u->tok + u->ntok;
}

/* The spellings of the places of the story, by the hash of their first
 * word (rcp_token.hnorm of a token of that text): the entities that are
 * no person and that fewer docs name than make a topic term
 * (rcp_digest.topic_df: a place every article names is the story's, no
 * anchor). */
typedef struct pspell {
    uint64_t h;
    uint32_t ent, var; /* entity, spelling (0: its name) */
} pspell;

static int cmp_pspell(const void *p, const void *q)
{
    const pspell *a = p, *b = q;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    if (a->ent != b->ent)
        return a->ent < b->ent ? -1 : 1;
    return (a->var > b->var) - (a->var < b->var);
}

static const char *spelling(const rcp_digest *g, const pspell *x)
{
    const rcp__entity *en = &g->nlp.entities[x->ent];
    return x->var ? en->variants[x->var - 1] : en->name;
}

/* Fills *out with the spellings' index, sorted; 0 or RCP_ENOMEM. A
 * spelling's first word is hashed as the tokenizer folds it: the first
 * token of the spelling tokenized alone. */
static int place_index(const rcp_digest *g, pspell **out, size_t *nout)
{
    pspell *x = NULL;
    size_t n = 0, cap = 0;
    *out = NULL, *nout = 0;
    for (size_t e = 0; e < g->nlp.nentities; e++) {
        const rcp__entity *en = &g->nlp.entities[e];
        if (en->type == RCP__ENT_PER || en->ndocs >= g->topic_df)
            continue; /* a place most docs name: the story's, as a term */
        for (size_t v = 0; v <= en->nvariants; v++) {
            pspell p = {0, (uint32_t)e, (uint32_t)v};
            const char *sp = spelling(g, &p);
            size_t l = sp ? strlen(sp) : 0;
            if (l < 3)
                continue;
            rcp_doc *one = rcp_doc_new(sp, l, g->docs[0]->lang);
            if (!one) {
                rcp__free(x);
                return RCP_ENOMEM;
            }
            if (one->ntoks)
                p.h = one->toks[0].hnorm;
            rcp_doc_free(one);
            if (!p.h)
                continue;
            if (!RCP__PUSH(x, n, cap)) {
                rcp__free(x);
                return RCP_ENOMEM;
            }
            x[n++] = p;
        }
    }
    if (n > 1)
        qsort(x, n, sizeof *x, cmp_pspell);
    *out = x, *nout = n;
    return 0;
}

/* The places of the story (place_index) unit u names after its verb
 * verb[0] (and verb[1], the infinitive of purpose, when set), in its
 * chunk and the next: bit e % 64 of each such entity e. */
static uint64_t verb_places(const rcp_digest *g, const rcp__dunit *u,
                            const uint32_t *verb, const pspell *idx,
                            size_t nidx)
{
    const rcp_doc *d = g->docs[u->doc];
    uint64_t bits = 0;
    for (int w = 0; w < 2; w++) {
        if (verb[w] == UINT32_MAX)
            continue;
        uint32_t end = near_end(u, verb[w]);
        const char *stop =
            d->text + d->toks[end - 1].off + d->toks[end - 1].len;
        for (uint32_t t = verb[w] + 1; t < end; t++) {
            const rcp_token *k = &d->toks[t];
            if (!(k->flags & RCP_TOK_CAP))
                continue;
            size_t lo = 0, hi = nidx;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (idx[mid].h < k->hnorm)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < nidx && idx[lo].h == k->hnorm; lo++) {
                const char *sp = spelling(g, &idx[lo]);
                size_t l = strlen(sp);
                const char *at = d->text + k->off;
                if ((size_t)(stop - at) >= l && !memcmp(at, sp, l))
                    bits |= (uint64_t)1 << (idx[lo].ent % 64);
            }
        }
    }
    return bits;
}

/* The days unit u gives (weekdays, days of a month: values.h), as
 * kind << 16 | value, at most 4; how many. */
static uint32_t unit_days(const rcp__dunit *u, uint32_t *days)
{
    uint32_t n = 0; /* from the reading build_units made */
    for (uint32_t i = 0; i < u->nfvals && n < 4; i++)
        if (u->fvals[i].kind & (RCP__VAL_WDAY | RCP__VAL_MDAY))
            days[n++] = (uint32_t)u->fvals[i].kind << 16 |
                        (uint32_t)u->fvals[i].v;
    return n;
}

/* A word of a claim both units hold besides the verbs: a term that is
 * no name, framing word, number nor topic term, and not a form of the
 * predicate that paired them (skip: the terms of those tokens). */
static int claim_word_shared(const rcp_digest *g, const rcp__dunit *a,
                             const rcp__dunit *b, const uint32_t *skip,
                             size_t nskip)
{
    for (uint32_t i = 0, j = 0; rcp__dunit_next_shared(a, b, &i, &j);
         i++, j++) {
        uint32_t t = a->terms[i];
        if ((g->tkind[t] & (RCP__T_NAME | RCP__T_FRAME | RCP__T_NUM)) ||
            g->topic[t])
            continue;
        int verb = 0;
        for (size_t s = 0; s < nskip && !verb; s++)
            verb = skip[s] == t;
        if (!verb)
            return 1;
    }
    return 0;
}

/* The term ids (not indices) of the predicate tokens of s, at most 2 */
static size_t verb_terms(const rcp_digest *g, const psent *s, uint32_t *out)
{
    const rcp__dunit *u = &g->units[s->unit];
    const rcp_doc *d = g->docs[u->doc];
    size_t n = 0;
    for (int w = 0; w < 2; w++) {
        if (s->verb[w] == UINT32_MAX)
            continue;
        uint32_t j = token_term(g, u, &d->toks[s->verb[w]]);
        if (j != UINT32_MAX)
            out[n++] = u->terms[j];
    }
    return n;
}

/* 1 when unit u states no second claim (rcp__dunit.mverb2: "was rushed
 * to the hospital | but he later died") that v does not state too: v
 * holds a key of its verb (rcp__dunit.pkeys) */
static int second_held(const rcp_digest *g, const rcp__dunit *u,
                       const rcp__dunit *v)
{
    if (u->mverb2 == UINT32_MAX || u->mverb2 == u->mtok)
        return 1;
    const rcp_doc *d = g->docs[u->doc];
    const uint64_t *k;
    size_t nk = rcp__claim_keys(d, &d->toks[u->mverb2], &k);
    for (size_t q = 0; q < nk; q++)
        for (uint32_t x = 0; x < v->npkeys; x++)
            if (v->pkeys[x] >> RCP__PK_BITS == k[q] >> RCP__PK_BITS)
                return 1;
    return 0;
}

/* Units u (sentence a) and v (b), each a fact of one doc, state one
 * claim (see the top of the file): their score, 0 when not. */
static double pair_score(rcp_digest *g, psent *a, psent *b, int wa, int wb,
                         const pspell *idx, size_t nidx, uint8_t *show)
{
    const rcp__dunit *u = &g->units[a->unit], *v = &g->units[b->unit];
    uint64_t both = u->people & v->people;
    if (u->doc == v->doc || !both || (both != u->people && both != v->people) ||
        rcp__digest_moods_oppose(a->use[wa], b->use[wb]) || a->neg != b->neg ||
        rcp__digest_other_clash(u, v) || rcp__digest_values_clash(u, v))
        return 0;
    if (!rcp__digest_one_actor(g, u, v) && !rcp__digest_one_actor(g, v, u))
        return 0;
    /* the sentence shown states nothing the other does not */
    *show = (uint8_t)(second_held(g, u, v) | second_held(g, v, u) << 1);
    if (!*show)
        return 0;
    /* where or when */
    for (int side = 0; side < 2; side++) {
        psent *x = side ? b : a;
        if (x->read)
            continue;
        const rcp__dunit *xu = &g->units[x->unit];
        x->places = verb_places(g, xu, x->verb, idx, nidx);
        x->ndays = unit_days(xu, x->days);
        x->read = 1;
    }
    if (a->places && b->places && !(a->places & b->places))
        return 0; /* other places */
    if (!(a->places & b->places) && !same_day(a, b))
        return 0;
    uint32_t skip[4];
    size_t ns = verb_terms(g, a, skip);
    ns += verb_terms(g, b, skip + ns);
    if (!claim_word_shared(g, u, v, skip, ns) &&
        !rcp__digest_same_lemma(g->docs[u->doc], a->verb[wa],
                                g->docs[v->doc], b->verb[wb]))
        return 0;
    double s = rcp__digest_sim(g, u, v, NULL, NULL);
    return s > 0 ? s : 1e-3;
}

typedef struct ppair {
    uint32_t a, b; /* psent indices */
    double score;
    uint8_t show; /* bit 0: a's sentence may show the fact, bit 1: b's */
} ppair;

static int cmp_ppair(const void *p, const void *q)
{
    const ppair *x = p, *y = q;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    return (x->b > y->b) - (x->b < y->b);
}

/* Moves unit ui (a fact of its own) into fact fi. 0 or RCP_ENOMEM. */
static int move_into(rcp_digest *g, uint32_t ui, uint32_t fi)
{
    rcp__dfact *f = &g->facts[fi];
    rcp__dunit *u = &g->units[ui];
    rcp__dfact *own = &g->facts[u->fact];
    if (rcp__dfact_add_doc(g, f, u->doc))
        return RCP_ENOMEM;
    uint32_t *nu =
        rcp__arena_alloc(&g->arena, (f->nunits + own->nunits) * sizeof *nu);
    if (!nu)
        return RCP_ENOMEM;
    /* both lists ascending: merge them */
    uint32_t i = 0, j = 0, m = 0;
    while (i < f->nunits || j < own->nunits)
        nu[m++] =
            j >= own->nunits || (i < f->nunits && f->units[i] < own->units[j])
                ? f->units[i++]
                : own->units[j++];
    for (j = 0; j < own->nunits; j++)
        g->units[own->units[j]].fact = (int32_t)fi;
    f->units = nu;
    f->nunits = m;
    own->ndocs = own->nunits = 0;
    return 0;
}

int rcp__digest_pair_singletons(rcp_digest *g)
{
    psent *ps = NULL;
    pkey *keys = NULL;
    ppair *pairs = NULL;
    size_t nps = 0, cps = 0, nkeys = 0, ckeys = 0, npairs = 0, cpairs = 0;
    uint32_t *made = NULL; /* per fact: 1 when made by a pair */
    pspell *pidx = NULL;
    size_t npidx = 0;
    int pidx_made = 0;
    int rc = RCP_ENOMEM;
    for (size_t ui = 0; ui < g->nunits; ui++) {
        const rcp__dunit *u = &g->units[ui];
        if (u->fact < 0 || g->facts[u->fact].ndocs != 1 || !u->people ||
            u->mtok == UINT32_MAX ||
            (u->flags &
             (RCP__U_QUESTION | RCP__U_FRAGMENT | RCP__U_COPY | RCP__U_NOISE)))
            continue;
        const rcp_doc *d = g->docs[u->doc];
        if ((d->toks[u->tok].flags & RCP_TOK_QUOTE) ||
            rcp__aux_word(d, &d->toks[u->mtok]))
            continue; /* a quotation; a copula says nothing of its own */
        psent s = {.unit = (uint32_t)ui,
                   .verb = {u->mtok, purpose_verb(d, u)},
                   .use = {u->muse, 0}};
        if (s.verb[1] != UINT32_MAX)
            s.use[1] = rcp__claim_use(rcp__dunit_kinds(u)[s.verb[1] - u->tok] |
                                      RCP__CLAIM_VERB);
        for (uint32_t t = u->tok; t < u->mtok; t++)
            s.neg |= (uint8_t)rcp__digest_negative_subject(&d->toks[t]);
        s.neg |= (u->muse & RCP__PK_NEG) != 0;
        for (uint8_t w = 0; w < 2; w++) {
            if (s.verb[w] == UINT32_MAX)
                continue;
            const uint64_t *k;
            size_t nk = rcp__claim_keys(d, &d->toks[s.verb[w]], &k);
            if (rcp__grow(&keys, &ckeys, nkeys + nk + 1, sizeof *keys))
                goto cleanup;
            for (size_t q = 0; q < nk; q++)
                keys[nkeys++] = (pkey){k[q] >> RCP__PK_BITS, (uint32_t)nps, w};
        }
        if (!RCP__PUSH(ps, nps, cps))
            goto cleanup;
        ps[nps++] = s;
    }
    if (nkeys > 1)
        qsort(keys, nkeys, sizeof *keys, cmp_pkey);
    for (size_t lo = 0, hi; lo < nkeys; lo = hi) {
        for (hi = lo; hi < nkeys && keys[hi].key == keys[lo].key; hi++)
            ;
        if (hi - lo > PAIR_POSTINGS)
            continue;
        for (size_t x = lo; x < hi; x++)
            for (size_t y = x + 1; y < hi; y++) {
                const pkey *p = &keys[x], *q = &keys[y];
                if (p->sent == q->sent || (p->which && q->which))
                    continue; /* two purposes are no claim made */
                uint8_t show = 0;
                if (!pidx_made) {
                    if (place_index(g, &pidx, &npidx))
                        goto cleanup;
                    pidx_made = 1;
                }
                double s = pair_score(g, &ps[p->sent], &ps[q->sent], p->which,
                                      q->which, pidx, npidx, &show);
                if (s <= 0)
                    continue;
                if (!RCP__PUSH(pairs, npairs, cpairs))
                    goto cleanup;
                /* p->sent < q->sent: keys sorted by sentence */
                pairs[npairs++] = (ppair){p->sent, q->sent, s, show};
            }
    }
    if (npairs > 1)
        qsort(pairs, npairs, sizeof *pairs, cmp_ppair);
    made = rcp__calloc(g->nfacts + 1, sizeof *made);
    if (!made)
        goto cleanup;
    for (size_t i = 0; i < npairs; i++) {
        uint32_t ua = ps[pairs[i].a].unit, ub = ps[pairs[i].b].unit;
        uint32_t fa = (uint32_t)g->units[ua].fact;
        uint32_t fb = (uint32_t)g->units[ub].fact;
        if (fa == fb)
            continue;
        /* a fact of one doc joins the other's (made by a pair, or alone) */
        rcp__dfact *A = &g->facts[fa], *B = &g->facts[fb];
        if (A->ndocs > 1 && B->ndocs > 1)
            continue;
        if ((A->ndocs > 1 && !made[fa]) || (B->ndocs > 1 && !made[fb]))
            continue; /* a fact of other passes: theirs to build */
        uint32_t into = A->ndocs > 1 ? fa : fb;
        uint32_t uf = into == fa ? ub : ua;
        if (rcp__dfact_has_doc(&g->facts[into], g->units[uf].doc) ||
            (g->facts[into].ndocs > 1 &&
             !second_held(g, &g->units[g->facts[into].rep], &g->units[uf])))
            continue;
#ifdef RCP_DIGEST_TUNE
        if (getenv("PAIRS_DEBUG")) {
            const rcp__dunit *x = &g->units[ua], *y = &g->units[ub];
            fprintf(stderr, "PAIRS %.3f\n  %s: %.*s\n  %s: %.*s\n",
                    pairs[i].score, g->ids[x->doc], (int)RCP_MIN(x->len, 200u),
                    g->docs[x->doc]->text + x->off, g->ids[y->doc],
                    (int)RCP_MIN(y->len, 200u), g->docs[y->doc]->text + y->off);
        }
#endif
        int fresh = g->facts[into].ndocs == 1;
        if ((rc = move_into(g, uf, into)))
            goto cleanup;
        rc = RCP_ENOMEM;
        made[into] = 1;
        if (fresh) /* shown by the lighter sentence (less of its own) of
                      those that state nothing the other does not */
            g->facts[into].rep = pairs[i].show == 1 || (pairs[i].show == 3 &&
                                                        g->units[ua].weight <=
                                                            g->units[ub].weight)
                                     ? ua
                                     : ub;
    }
    rc = 0;
cleanup:
    rcp__free(ps);
    rcp__free(keys);
    rcp__free(pairs);
    rcp__free(made);
    rcp__free(pidx);
    return rc;
}
