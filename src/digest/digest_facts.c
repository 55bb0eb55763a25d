/*
 * digest_facts.c - the passes over the facts that grouping built
 * (digest_align.c): a sentence's other claims become facts of their own
 * (clause_facts), sentences grouped for what describes their subject
 * make a fact of what their main clauses claim (main_pairs), a fact's
 * support is the articles whose main claim it is (main_support), and
 * facts that state one claim in other words merge (merge_by_claim). rcp__digest_align runs them in that order. Once the
 * links are made, rcp_digest_new runs show_shared (the sentence a fact
 * shows is one its docs state whole), part_facts (docs that state a
 * part of it back a fact of that part), contain_support (docs whose
 * sentence states it whole inside a longer one back it), value_facts
 * (docs that give one value as the argument of one predicate back a fact
 * of it) and other_claims (a supporter that says another thing of the
 * same person leaves).
 */
#include "analysis/claims.h"
#include "analysis/clauses.h"
#include "analysis/values.h"
#include "base/sort.h"
#include "digest/digest.h"
#include "text/text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef RCP_DIGEST_TUNE
#include <stdio.h>
#endif

/*
 * Claims, not sentences: a sentence may support several facts, one per
 * claim it states. Each clause that holds a predicate has a claim key
 * (rcp__dclaim, digest.c: the hash of its words from its start through
 * the verb and the head of what it says), and the clauses of different
 * articles with one key state one claim in the same words, whatever the
 * rest of their sentences says: "No one was injured, but several
 * people..." / "... but no one was injured" / "No one was injured when
 * the blaze hit..."; a whole clause also takes in the clauses that open
 * with it and add detail ("No one was injured" / "No one was injured in
 * the fire"). The actor, the predicate and the words around them agree;
 * the values of the two sentences must too (not only of the two clauses:
 * the fact is shown by a whole sentence, and "a fait deux morts et sept
 * blessés" does not back "a fait deux morts et neuf blessés"), and the
 * sentences must not name different people nor one ask what the other
 * states (other_clash).
 * The claim is shown by the sentence whose main claim it is: the one
 * whose clause is the largest share of its words, at least CLAIM_MAIN.
 * When that sentence already shows a fact, the articles join that fact;
 * else the claim is a fact of its own, its sentences staying in the
 * facts of their other claims too.
 */
#ifndef CLAIM_MAIN
#define CLAIM_MAIN 0.5
#endif

typedef struct cmember {
    uint32_t group, unit;
    uint16_t words;
    uint8_t chunk, first;
} cmember;

static int cmp_cmember(const void *p, const void *q)
{
    const cmember *a = p, *b = q;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    return a->unit < b->unit ? -1 : a->unit > b->unit;
}

/* How far the claim is the main one of m's sentence: the share of the
 * sentence's words its clause holds, 0 when another clause before it
 * states a claim ("Eight traders were ..., a-t-on appris de source
 * proche": the attribution is no main claim). */
static double claim_share(const rcp_digest *g, const cmember *m)
{
    uint32_t w = g->units[m->unit].words;
    return w && m->first ? (double)m->words / w : 0;
}

/* A statement whose clauses may state claims: not a question, a piece
 * of a quotation, a repeat, a caption or a heading (a whole short
 * statement is one). */
static int claim_unit(const rcp__dunit *u)
{
    return !(u->flags & (RCP__U_QUESTION | RCP__U_FRAGMENT | RCP__U_COPY)) &&
           (!(u->flags & RCP__U_NOISE) || (u->flags & RCP__U_TERSE));
}

/* g's facts followed by nf[0..n) (the facts the passes of this file
 * make), in the arena: 0 or RCP_ENOMEM */
static int append_facts(rcp_digest *g, const rcp__dfact *nf, size_t n)
{
    if (!n)
        return 0;
    rcp__dfact *all =
        rcp__arena_alloc(&g->arena, (g->nfacts + n) * sizeof *all);
    if (!all)
        return RCP_ENOMEM;
    memcpy(all, g->facts, g->nfacts * sizeof *all);
    memcpy(all + g->nfacts, nf, n * sizeof *all);
    g->facts = all;
    g->nfacts += n;
    return 0;
}

/* Appends the n facts nf that clause_facts or main_pairs made of claims
 * inside sentences: a sentence no other fact of two docs holds is its
 * new fact's (it stays in the facts that hold it). */
static int append_claim_facts(rcp_digest *g, const rcp__dfact *nf, size_t n)
{
    size_t base = g->nfacts;
    int rc = append_facts(g, nf, n);
    for (size_t k = 0; !rc && k < n; k++)
        for (uint32_t a = 0; a < nf[k].nunits; a++) {
            rcp__dunit *u = &g->units[nf[k].units[a]];
            if (g->facts[u->fact].ndocs < 2)
                u->fact = (int32_t)(base + k);
        }
    return rc;
}

int rcp__digest_clause_facts(rcp_digest *g)
{
    rcp__map keys;
    rcp__map_init(&keys);
    cmember *mem = NULL;
    uint8_t *whole = NULL;
    uint32_t *fdocs = NULL, *funits = NULL;
    rcp__dfact *nf = NULL;
    size_t nmem = 0, cmem = 0, ngroups = 0, cwhole = 0, nnew = 0, cnew = 0;
    int rc = RCP_ENOMEM;
    for (size_t i = 0; i < g->nunits; i++) {
        const rcp__dunit *u = &g->units[i];
        if (!claim_unit(u))
            continue;
        for (uint32_t c = 0; c < u->nclaims; c++) {
#ifdef RCP_DIGEST_TUNE
            if (TUNE(CLAIM_DEBUG, 0) > 1)
                fprintf(stderr, "CK %016llx w%u %u %.*s\n", (unsigned long long)u->claims[c].key, u->claims[c].whole, u->claims[c].words, (int)RCP_MIN(u->len, 80u), g->docs[u->doc]->text + u->off);
#endif
            uint64_t *v = rcp__map_put(&keys, u->claims[c].key);
            if (!v)
                goto cleanup;
            if (!*v) {
                *v = ++ngroups;
                if (rcp__grow(&whole, &cwhole, ngroups, 1))
                    goto cleanup;
                whole[ngroups - 1] = 0;
            }
            whole[*v - 1] |= u->claims[c].whole;
            if (!RCP__PUSH(mem, nmem, cmem))
                goto cleanup;
            mem[nmem++] = (cmember){(uint32_t)(*v - 1), (uint32_t)i,
                                    u->claims[c].words, u->claims[c].chunk,
                                    u->claims[c].first};
        }
    }
    /* a clause that opens with a whole clause of another article */
    for (size_t i = 0; i < g->nunits; i++) {
        const rcp__dunit *u = &g->units[i];
        if (!claim_unit(u))
            continue;
        for (uint32_t c = 0; c < u->nclaims; c++)
            for (int p = 0; p < 3 && u->claims[c].pre[p]; p++) {
                uint64_t *v = rcp__map_get(&keys, u->claims[c].pre[p]);
                if (!v || !whole[*v - 1])
                    continue;
                if (!RCP__PUSH(mem, nmem, cmem))
                    goto cleanup;
                mem[nmem++] = (cmember){(uint32_t)(*v - 1), (uint32_t)i,
                                        u->claims[c].words,
                                        u->claims[c].chunk,
                                        u->claims[c].first};
            }
    }
    if (nmem > 1)
        qsort(mem, nmem, sizeof *mem, cmp_cmember);
    fdocs = rcp__malloc((nmem + 1) * sizeof *fdocs);
    funits = rcp__malloc((nmem + 1) * sizeof *funits);
    if (!fdocs || !funits)
        goto cleanup;
    double main_min = TUNE(CLAIM_MAIN, CLAIM_MAIN);
    for (size_t i = 0, j; i < nmem; i = j) {
        uint32_t ndoc = 1;
        for (j = i + 1; j < nmem && mem[j].group == mem[i].group; j++)
            ndoc += g->units[mem[j].unit].doc != g->units[mem[j - 1].unit].doc;
        if (ndoc < 2)
            continue;
        /* the sentence whose main claim it is */
        size_t r = i;
        for (size_t x = i + 1; x < j; x++)
            if (claim_share(g, &mem[x]) > claim_share(g, &mem[r]) + 1e-9)
                r = x;
        if (claim_share(g, &mem[r]) < main_min)
            continue;
        const rcp__dunit *ru = &g->units[mem[r].unit];
        uint32_t nd = 0, nu = 0;
        for (size_t x = i; x < j; x++) {
            const rcp__dunit *xu = &g->units[mem[x].unit];
            if (x != r &&
                (rcp__digest_other_clash(ru, xu) ||
                 rcp__digest_values_clash(ru, xu)))
                continue;
            if (!nu || funits[nu - 1] != mem[x].unit)
                funits[nu++] = mem[x].unit;
            if (!nd || fdocs[nd - 1] != xu->doc)
                fdocs[nd++] = xu->doc;
        }
        if (nd < 2)
            continue;
        /* a fact already shown by a sentence whose main claim it is */
        rcp__dfact *target = NULL;
        for (size_t x = i; x < j; x++) {
            rcp__dfact *f = &g->facts[g->units[mem[x].unit].fact];
            if (f->rep == mem[x].unit && f->ndocs >= 2 &&
                claim_share(g, &mem[x]) >= main_min &&
                (!target || f->ndocs > target->ndocs))
                target = f;
        }
#ifdef RCP_DIGEST_TUNE
        if (getenv("CLAIM_DEBUG")) {
            fprintf(stderr, "CLAIM %s docs %u share %.2f: %.*s\n",
                    target ? "join" : "new", nd, claim_share(g, &mem[r]),
                    (int)RCP_MIN(ru->len, 200u), g->docs[ru->doc]->text + ru->off);
            for (uint32_t x = 0; x < nu; x++) {
                const rcp__dunit *xu = &g->units[funits[x]];
                fprintf(stderr, "   %s%s: %.*s\n",
                        target && rcp__dfact_has_doc(target, xu->doc) ? "=" : "+",
                        g->ids[xu->doc], (int)RCP_MIN(xu->len, 160u),
                        g->docs[xu->doc]->text + xu->off);
            }
        }
#endif
        if (target) {
            target->claim = 1;
            for (uint32_t x = 0; x < nd; x++)
                if ((rc = rcp__dfact_add_doc(g, target, fdocs[x])))
                    goto cleanup;
            rc = RCP_ENOMEM;
            continue;
        }
        if (!RCP__PUSH(nf, nnew, cnew))
            goto cleanup;
        rcp__dfact *f = &nf[nnew++];
        memset(f, 0, sizeof *f);
        f->rep = mem[r].unit;
        f->claim = 1;
        f->units = rcp__arena_alloc(&g->arena, nu * sizeof *f->units);
        f->docs = rcp__arena_alloc(&g->arena, nd * sizeof *f->docs);
        if (!f->units || !f->docs)
            goto cleanup;
        memcpy(f->units, funits, nu * sizeof *f->units);
        memcpy(f->docs, fdocs, nd * sizeof *f->docs);
        f->nunits = nu;
        f->ndocs = nd;
    }
    rc = append_claim_facts(g, nf, nnew);
cleanup:
    rcp__map_release(&keys);
    rcp__free(mem);
    rcp__free(whole);
    rcp__free(fdocs);
    rcp__free(funits);
    rcp__free(nf);
    return rc;
}

/*
 * The support of a fact is the articles that state its claim: the main
 * clause of the sentence it is shown by (rcp__clause_main: its actor,
 * its predicate and what follows, without asides nor attribution) and
 * the clause a coordinator adds to it with a verb of its own
 * (RCP__ROLE_MORE: "LaCalamita then fired at Riva, hitting him in the
 * upper chest, | and left the building"). Units are linked and grouped
 * by what they share; a doc stays in a fact's support only when its
 * sentences state each of those claims (states_part): they hold
 * MAIN_COVER of its weight (terms of one meaning count) and, below
 * MAIN_SURE of it, say of the actor what the fact says: a predicate of
 * one meaning (rcp__claim_keys), the claim's numbers, or MAIN_COMP of
 * the predicate and what follows it ("X said A" does not back "X said
 * B"; "Mark Pinder was working at a film studio across the street" does
 * not back "police ordered a group of film studio employees into the
 * basement"); never when they use that predicate in an opposed mood
 * ("The regulations don't require ..." / "Current rules require ...";
 * a forecast and a deed: rcp__digest_moods_oppose). Or the shown
 * sentence states the main claim of one of its sentences in another
 * clause (MAIN_BACK; one_claim), not in an aside: "A former employee
 * who opened fire ... has been charged" describes him, it does not
 * state that "a former employee opened fire" (MAIN_BSIDE).
 *
 * A doc whose sentences state only one of the two claims does not back
 * the fact (a link is right only when the article states all of it):
 * the docs of such a part become a fact of their own, shown by the
 * sentence of the first (or join the fact that sentence already shows),
 * which every doc of the fact that states its main claim backs too; the
 * sentence shown stays whole, as the interface wants, and merge_by_claim
 * does not merge the two back (second_unstated). A unit of a doc that
 * leaves the support and states no part leaves the fact: it is a fact
 * of its own.
 */
#ifndef MAIN_COVER
#define MAIN_COVER 0.2
#endif
#ifndef MAIN_BACK
#define MAIN_BACK 0.3
#endif
#ifndef MAIN_SURE
#define MAIN_SURE 0.3
#endif
#ifndef MAIN_COMP
#define MAIN_COMP 0.4
#endif

#ifdef RCP_DIGEST_TUNE
static int why_code;
#define WHY(c) (why_code = (c))
#else
#define WHY(c) ((void)0)
#endif

/* 1 when unit x has a term of the lexicon group grp (tgroup value) */
static int has_group(const rcp__dunit *x, uint32_t grp)
{
    for (uint32_t i = 0; i < x->ngkeys; i++)
        if ((uint32_t)(x->gkeys[i] >> 32) == grp)
            return 1;
    return 0;
}

/* The weight of the terms of u whose role has a bit of mask. */
static double role_weight(const rcp_digest *g, const rcp__dunit *u,
                          uint8_t mask)
{
    double w = 0;
    for (uint32_t i = 0; i < u->nterms; i++)
        if (u->trole[i] & mask)
            w += g->idf[u->terms[i]];
    return w;
}

/* with the roles of held's xmask: x holds none of the terms of its
 * asides (what describes a name: "A former employee who opened fire
 * ... has been charged" does not state that he opened fire) */
#define HOLD_NO_ASIDE 0x80

/* The weight of r's terms of role rmask (all of them: not rnot) that x
 * holds in its terms of role xmask (or by a term of one meaning). */
static double held(const rcp_digest *g, const rcp__dunit *r, uint8_t rmask,
                   uint8_t rnot, const rcp__dunit *x, uint8_t xmask)
{
    double o = 0;
    uint32_t j = 0;
    int noside = (xmask & HOLD_NO_ASIDE) && x->nsterms;
    for (uint32_t i = 0; i < r->nterms; i++) {
        if (!(r->trole[i] & rmask) || (r->trole[i] & rnot))
            continue;
        uint32_t t = r->terms[i];
        while (j < x->nterms && x->terms[j] < t)
            j++;
        if (noside && rcp__has_u32(x->sterms, x->nsterms, t))
            continue;
        if (j < x->nterms && x->terms[j] == t ? (x->trole[j] & xmask) != 0
            : g->tgroup && g->tgroup[t] && has_group(x, g->tgroup[t]))
            o += g->idf[t];
    }
    return o;
}

/* The predicate of a claim of u (its verb, token v: u->mverb or
 * u->mverb2): the keys of the verb (rcp__claim_keys, >> RCP__PK_BITS)
 * copied to k (room for 64); how many (0: no verb, a heading or a
 * copula). */
static uint32_t claim_pred(const rcp_digest *g, const rcp__dunit *u,
                           uint32_t v, uint64_t *k)
{
    if (v == UINT32_MAX || TUNE(MAIN_PRED, 1) <= 0)
        return 0;
    const rcp_doc *d = g->docs[u->doc];
    const uint64_t *keys;
    size_t n = rcp__claim_keys(d, &d->toks[v], &keys);
    n = RCP_MIN(n, 64u);
    for (size_t q = 0; q < n; q++)
        k[q] = keys[q] >> RCP__PK_BITS;
    return (uint32_t)n;
}

/* the first of x's predicate keys >= key (>> RCP__PK_BITS) */
static size_t pk_lower(const rcp__dunit *x, uint64_t key)
{
    uint32_t a = 0, b = x->npkeys;
    while (a < b) {
        uint32_t mid = a + (b - a) / 2;
        if (x->pkeys[mid] >> RCP__PK_BITS < key)
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}

/* The uses (RCP__PK_* bits) of x's predicates of one meaning with one of
 * the n keys k (>> RCP__PK_BITS), with PRED_FOUND when there is one */
#define PRED_FOUND (1ull << 63)
static uint64_t pred_uses(const rcp__dunit *x, const uint64_t *k, uint32_t n)
{
    uint64_t use = 0;
    for (uint32_t q = 0; q < n; q++) {
        if (!(x->pmask >> (k[q] & 63) & 1))
            continue;
        for (uint32_t a = (uint32_t)pk_lower(x, k[q]);
             a < x->npkeys && x->pkeys[a] >> RCP__PK_BITS == k[q]; a++)
            use |= PRED_FOUND | (x->pkeys[a] & ((1u << RCP__PK_BITS) - 1));
    }
    return use;
}

/*
 * The main clause decides where a sentence supports. Grouping links
 * whole sentences, so a sentence whose words in common with a fact's
 * shown sentence are mostly its actor's or an aside's (a participle, a
 * relative clause about its subject: "le rapport remis par Jean Leonetti
 * (UMP) sur la fin de vie a exclu toute légalisation de l'euthanasie" in
 * the fact of the report's delivery) is in that fact for what describes
 * its subject, not for what it claims (side_member); and a sentence
 * linked to it for its own claim ("Il n'y aura pas de légalisation de
 * l'euthanasie : c'est la recommandation du rapport Leonetti qui a été
 * remis hier") may have joined the fact too, or failed the group's
 * average and stayed alone. Two such sentences of different articles,
 * linked, each a side member of its fact or in no fact of two articles
 * (not both), state a claim of their own when they agree on what their
 * main clauses claim beyond the facts' shown sentences (main_pair): each
 * group of them so linked becomes a fact, shown by the one whose main
 * clause is the most of its weight, the sentences staying in the facts
 * that grouped them (as clause_facts leaves them). docs/digest.md, "The
 * main clause decides where a sentence supports".
 */
#ifndef MAINPAIR_SHARED
#define MAINPAIR_SHARED 2
#endif
#ifndef MAINPAIR_SIDE
#define MAINPAIR_SIDE 0.5
#endif

/* u is in a fact shown by r for something else than its main claim: r
 * uses the lemma of u's main verb as no verb of its own (or u has
 * none), and less than MAINPAIR_SIDE of the weight u shares with r is in
 * u's main claim after its actor (a participle or a relative about the
 * subject, an attribution, an aside hold the rest) */
static int side_member(const rcp_digest *g, const rcp__dunit *u,
                       const rcp__dunit *r)
{
    if (u->mverb != UINT32_MAX) {
        uint64_t k[8];
        size_t n = rcp__digest_verb_lemmas(g->docs[u->doc], u->mverb, k);
        for (size_t q = 0; q < n; q++)
            if (rcp__digest_lemma_use(r, k[q] >> RCP__PK_BITS))
                return 0;
    }
    double o = 0, oc = 0;
    for (uint32_t i = 0, j = 0; i < u->nterms && j < r->nterms;) {
        uint32_t t = u->terms[i];
        if (t < r->terms[j]) {
            i++;
        } else if (t > r->terms[j]) {
            j++;
        } else {
            o += g->idf[t];
            if ((u->trole[i] & (RCP__TR_MAIN | RCP__TR_ACTOR)) == RCP__TR_MAIN)
                oc += g->idf[t];
            i++, j++;
        }
    }
    return o > 0 && oc < TUNE(MAINPAIR_SIDE, MAINPAIR_SIDE) * o;
}

/* 1 when unit x has term t (its terms ascend) */
static int unit_has(const rcp__dunit *x, uint32_t t)
{
    return rcp__has_u32(x->terms, x->nterms, t);
}

/* The chunk of u's main verb as a bit (rcp__dunit.tmask), all bits when
 * it has none */
static uint32_t verb_chunk(const rcp__dunit *u)
{
    return u->mverb == UINT32_MAX ? UINT32_MAX
                                  : 1u << rcp__dunit_chunk(u, u->mverb);
}

/* Units a and b, in facts shown by ra and rb (NULL: in none), state a
 * claim of their own: the terms they share that neither ra nor rb holds
 * are in both main clauses, and MAINPAIR_SHARED of them at least are
 * after both actors and in the chunk of both main verbs (what is
 * claimed, not who, nor a clause set apart), one of them specific and
 * no name nor frame word (a name shared says who or where, not what);
 * no clash of people, values or moods. */
static int main_pair(const rcp_digest *g, const rcp__dunit *a,
                     const rcp__dunit *b, const rcp__dunit *ra,
                     const rcp__dunit *rb)
{
    uint32_t k = 0, ks = 0;
    for (uint32_t i = 0, j = 0; rcp__dunit_next_shared(a, b, &i, &j);
         i++, j++) {
        uint32_t t = a->terms[i];
        if (!(ra && unit_has(ra, t)) && !(rb && unit_has(rb, t))) {
            if (!(a->trole[i] & b->trole[j] & RCP__TR_MAIN))
                return 0; /* not their claim: an aside, an attribution */
            /* what is claimed: not who acts, nor a clause set apart
             * after the verb's ("rebuffing calls for ..."), nor a name,
             * a frame word or a number alone */
            if (!((a->trole[i] | b->trole[j]) & RCP__TR_ACTOR) &&
                (a->tmask[i] & verb_chunk(a)) &&
                (b->tmask[j] & verb_chunk(b)) &&
                !(g->tkind[t] & (RCP__T_NAME | RCP__T_FRAME | RCP__T_NUM))) {
                k++;
                ks += !g->topic[t];
            }
        }
    }
    return k >= TUNE(MAINPAIR_SHARED, MAINPAIR_SHARED) && ks >= 1 &&
           !rcp__digest_other_clash(a, b) && !rcp__digest_values_clash(a, b) &&
           rcp__digest_share_predicate(a, b) >= 0;
}

/* How unit u may pair in main_pairs: 1 with *r NULL when its fact has
 * fewer than two docs (it says nothing else there), 1 with *r its fact's
 * shown sentence when u is a side member of that fact; 0 when u is in
 * its fact for its main claim. */
static int pair_side(const rcp_digest *g, const rcp__dunit *u,
                     const rcp__dunit **r)
{
    const rcp__dfact *f = &g->facts[u->fact];
    *r = NULL;
    if (f->ndocs < 2)
        return 1;
    *r = &g->units[f->rep];
    return (*r)->doc != u->doc && side_member(g, u, *r);
}

int rcp__digest_main_pairs(rcp_digest *g, const rcp__dedge *e, size_t ne)
{
    uint32_t *up = NULL;
    uint64_t *mem = NULL; /* root << 32 | unit */
    rcp__dfact *nf = NULL;
    size_t nmem = 0, cmem = 0, nnew = 0, cnew = 0;
    int rc = RCP_ENOMEM;
    for (size_t q = 0; q < ne; q++) {
        const rcp__dunit *a = &g->units[e[q].a], *b = &g->units[e[q].b];
        const rcp__dunit *ra, *rb;
        if (a->doc == b->doc || !claim_unit(a) || !claim_unit(b) ||
            !pair_side(g, a, &ra) || !pair_side(g, b, &rb) ||
            (!ra && !rb) || /* grouping kept them apart: not for this */
            !main_pair(g, a, b, ra, rb))
            continue;
        if (!up) {
            if (!(up = rcp__malloc(g->nunits * sizeof *up)))
                goto cleanup;
            for (size_t i = 0; i < g->nunits; i++)
                up[i] = (uint32_t)i;
        }
        uint32_t x = rcp__uf_root(up, e[q].a), y = rcp__uf_root(up, e[q].b);
        if (x != y)
            up[RCP_MAX(x, y)] = RCP_MIN(x, y);
        if (rcp__grow(&mem, &cmem, nmem + 2, sizeof *mem))
            goto cleanup;
        mem[nmem++] = e[q].a;
        mem[nmem++] = e[q].b;
    }
    /* the groups: members by root, then unit, each once */
    for (size_t i = 0; i < nmem; i++)
        mem[i] |= (uint64_t)rcp__uf_root(up, (uint32_t)mem[i]) << 32;
    rcp__sort_u64(mem, nmem);
    for (size_t i = 0, j; i < nmem; i = j) {
        uint32_t nu = 0, nd = 0, lastdoc = UINT32_MAX;
        for (j = i; j < nmem && mem[j] >> 32 == mem[i] >> 32; j++)
            if (j == i || mem[j] != mem[j - 1])
                nu++;
        if (!RCP__PUSH(nf, nnew, cnew))
            goto cleanup;
        rcp__dfact *f = &nf[nnew];
        memset(f, 0, sizeof *f);
        f->claim = 1;
        f->units = rcp__arena_alloc(&g->arena, nu * sizeof *f->units);
        f->docs = rcp__arena_alloc(&g->arena, nu * sizeof *f->docs);
        if (!f->units || !f->docs)
            goto cleanup;
        /* shown by the one whose main clause is the most of its weight */
        double best = -1;
        for (size_t x = i; x < j; x++) {
            uint32_t u = (uint32_t)mem[x];
            if (f->nunits && f->units[f->nunits - 1] == u)
                continue;
            f->units[f->nunits++] = u;
            const rcp__dunit *xu = &g->units[u];
            double share = xu->weight > 0
                ? role_weight(g, xu, RCP__TR_MAIN) / xu->weight : 0;
            if (share > best + 1e-9)
                best = share, f->rep = u;
        }
        /* units ascending: their docs too */
        for (uint32_t x = 0; x < f->nunits; x++)
            if (g->units[f->units[x]].doc != lastdoc)
                f->docs[nd++] = lastdoc = g->units[f->units[x]].doc;
        f->ndocs = nd;
        if (nd < 2)
            continue;
        nnew++;
#ifdef RCP_DIGEST_TUNE
        if (getenv("MAINPAIR_DEBUG")) {
            fprintf(stderr, "MAINPAIR\n");
            for (uint32_t x = 0; x < f->nunits; x++) {
                const rcp__dunit *xu = &g->units[f->units[x]];
                fprintf(stderr, "  %c%s: %.*s\n",
                        f->units[x] == f->rep ? '*' : ' ', g->ids[xu->doc],
                        (int)RCP_MIN(xu->len, 160u),
                        g->docs[xu->doc]->text + xu->off);
            }
        }
#endif
    }
    rc = append_claim_facts(g, nf, nnew);
cleanup:
    rcp__free(up);
    rcp__free(mem);
    rcp__free(nf);
    return rc;
}

/* What a sentence claims (main_support): its main clause and the clause
 * coordinated with it (RCP__TR_MORE), each with its weight, the weight
 * without its actor (the predicate and what it says) and the keys of
 * its predicate (claim_pred). */
typedef struct mpart {
    double w, wc;
    uint64_t use; /* the uses of its verb (RCP__PK_* bits) */
    uint64_t k[64];
    uint32_t nk;
    uint8_t role;
} mpart;

typedef struct mclaim {
    mpart p[2];
} mclaim;

static void main_claim(const rcp_digest *g, const rcp__dunit *r, mclaim *m)
{
    m->p[0].role = RCP__TR_MAIN;
    m->p[0].w = role_weight(g, r, RCP__TR_MAIN);
    m->p[0].wc = m->p[0].w - held(g, r, RCP__TR_ACTOR, 0, r, 0xff);
    m->p[0].nk = claim_pred(g, r, r->mverb, m->p[0].k);
    m->p[0].use = m->p[0].nk ? pred_uses(r, m->p[0].k, 1) : 0;
    m->p[1].role = RCP__TR_MORE;
    m->p[1].w = TUNE(MAIN_MORE, 1) > 0 && r->mverb2 != UINT32_MAX
                    ? role_weight(g, r, RCP__TR_MORE) : 0;
    /* a second claim has words of its own, not only a verb ("were found
     * and confiscated" is one claim) */
    uint32_t nmore = 0;
    for (uint32_t i = 0; i < r->nterms && m->p[1].w > 0; i++)
        nmore += (r->trole[i] & (RCP__TR_MORE | RCP__TR_MAIN)) == RCP__TR_MORE;
    if (nmore < 2)
        m->p[1].w = 0;
    m->p[1].wc = m->p[1].w;
    m->p[1].nk = m->p[1].w > 0 ? claim_pred(g, r, r->mverb2, m->p[1].k) : 0;
    m->p[1].use = m->p[1].nk ? pred_uses(r, m->p[1].k, 1) : 0;
}

/* 1 when r's terms of role mask hold a number and x holds each of them:
 * the claim's values ("has arrested 23 Somali and Yemeni pirates" /
 * "captured 23 pirates") */
static int numbers_held(const rcp_digest *g, const rcp__dunit *r,
                        uint8_t mask, const rcp__dunit *x)
{
    int any = 0;
    uint32_t j = 0;
    for (uint32_t i = 0; i < r->nterms; i++) {
        uint32_t t = r->terms[i];
        if (!(r->trole[i] & mask) || !(g->tkind[t] & RCP__T_NUM))
            continue;
        while (j < x->nterms && x->terms[j] < t)
            j++;
        if (j == x->nterms || x->terms[j] != t)
            return 0;
        any = 1;
    }
    return any;
}

/* x states the part p of r's claim: it holds cover of its weight in
 * words that are not who says it, and says of the actor what r says:
 * a predicate of one meaning, the values, MAIN_SURE of the whole or
 * MAIN_COMP of the predicate and what follows it in other words ("Mark
 * Pinder was working at a film studio across the street" shares names
 * and the studio with "police ordered a group of film studio employees
 * into the basement", not the claim). */
static int states_part(const rcp_digest *g, const rcp__dunit *r,
                       const mpart *p, const rcp__dunit *x, double cover,
                       uint8_t xm)
{
    double o = p->w > 0 ? held(g, r, p->role, 0, x, xm) : 0;
    if (!(o > 0 && o >= cover * p->w))
        return 0;
    /* x says it will not happen, or did not */
    uint64_t xu = p->nk ? pred_uses(x, p->k, p->nk) : 0;
    if (TUNE(MAIN_MOOD, 1) && rcp__digest_moods_oppose(p->use, xu))
        return 0;
    WHY(1);
    if (!p->nk || (xu & PRED_FOUND))
        return 1;
    /* a second claim is short: its words without its verb ("he later
     * died" / "listed in stable condition later") are no claim */
    if (p->role == RCP__TR_MORE && TUNE(MAIN_MPRED, 1) > 0)
        return numbers_held(g, r, p->role, x);
    WHY(2);
    if (o >= TUNE(MAIN_SURE, MAIN_SURE) * p->w)
        return 1;
    WHY(3);
    if (numbers_held(g, r, p->role, x))
        return 1;
    WHY(4);
    double oc = held(g, r, p->role, RCP__TR_ACTOR, x, RCP__TR_CLAIM);
    return p->wc > 0 && oc >= TUNE(MAIN_COMP, MAIN_COMP) * p->wc;
}

/* x states the main claim m of r, or the claim coordinated with it */
static int states(const rcp_digest *g, const rcp__dunit *r,
                  const mclaim *m, const rcp__dunit *x, double cover,
                  uint8_t xm)
{
    return states_part(g, r, &m->p[0], x, cover, xm) ||
           states_part(g, r, &m->p[1], x, cover, xm);
}

/* x states r's main claim m; or r states x's main claim: the fact is
 * shown by a sentence whose main claim is another, and which states x's
 * in another clause ("Alors que la banque avait décidé en avril l'arrêt
 * ..., le trader aurait enfreint l'interdiction" / "En avril, la banque
 * avait décidé ..."). */
static int one_claim(const rcp_digest *g, const rcp__dunit *r,
                     const mclaim *m, const rcp__dunit *x)
{
    if (x == r ||
        states(g, r, m, x, TUNE(MAIN_COVER, MAIN_COVER), RCP__TR_CLAIM))
        return 1;
    mclaim mx;
    main_claim(g, x, &mx);
    return states(g, x, &mx, r, TUNE(MAIN_BACK, MAIN_BACK),
                  RCP__TR_CLAIM |
                      (TUNE(MAIN_BSIDE, 1) > 0 ? HOLD_NO_ASIDE : 0));
}

/* How the sentences of doc d state the claim m of r, shown by fact f:
 * 2 when they state all of it (its main claim and the claim coordinated
 * with it, in one sentence or two; or r states the main claim of one of
 * them in another clause: one_claim), 1 when only one of the two, 0 when
 * none. *at: the sentence that states a part (a unit of f first). */
static int doc_states(const rcp_digest *g, const rcp__dfact *f,
                      const rcp__dunit *r, const mclaim *m, uint32_t d,
                      const uint32_t *docstart, uint32_t *at)
{
    double cover = TUNE(MAIN_COVER, MAIN_COVER);
    int two = m->p[1].w > 0 && TUNE(MAIN_SPLIT, 1) > 0;
    int seen = 0, back = 0; /* seen: bit 0 the main claim, bit 1 the other */
    *at = UINT32_MAX;
    for (int pass = 0; pass < 2; pass++) {
        uint32_t n = pass ? docstart[d + 1] - docstart[d] : f->nunits;
        for (uint32_t a = 0; a < n; a++) {
            uint32_t u = pass ? docstart[d] + a : f->units[a];
            const rcp__dunit *x = &g->units[u];
            if (x->doc != d || rcp__digest_other_clash(r, x))
                continue;
            int s = states_part(g, r, &m->p[0], x, cover, RCP__TR_CLAIM);
#ifdef RCP_DIGEST_TUNE
            int why0 = why_code;
#endif
            s |= (m->p[1].w > 0 &&
                  states_part(g, r, &m->p[1], x, cover, RCP__TR_CLAIM)) << 1;
            WHY(why0 + (m->p[1].w > 0 ? 1000 : 0));
            if (s & ~seen)
                *at = u;
            seen |= s;
            WHY(why_code + 100 * pass);
            if (two ? seen == 3 : seen != 0)
                return 2;
            if (!back && !s && one_claim(g, r, m, x)) {
                back = 1;
                WHY(why_code + 10 + 100 * pass);
            }
            if (back && !two)
                return 2;
        }
    }
    return seen ? 1 : back ? 2 : 0;
}

int rcp__digest_main_support(rcp_digest *g)
{
    size_t n0 = g->nfacts;
    int rc = RCP_ENOMEM;
    uint32_t *docstart = rcp__malloc((g->ndocs + 1) * sizeof *docstart);
    uint32_t *drop = rcp__malloc((g->nunits + 1) * sizeof *drop);
    uint32_t *part = rcp__malloc((g->ndocs + 1) * sizeof *part);
    int32_t *repfact = rcp__malloc((g->nunits + 1) * sizeof *repfact);
    rcp__dfact *nf = NULL; /* facts of a part of a claim, then g->facts */
    size_t ndrop = 0, nnf = 0, cnf = 0;
    if (!docstart || !drop || !part || !repfact)
        goto cleanup;
    /* the fact each unit shows, if any */
    for (size_t u = 0; u < g->nunits; u++)
        repfact[u] = -1;
    for (size_t fi = n0; fi-- > 0;)
        if (g->facts[fi].ndocs)
            repfact[g->facts[fi].rep] = (int32_t)fi;
    for (size_t d = 0, i = 0; d <= g->ndocs; d++) {
        while (i < g->nunits && g->units[i].doc < d)
            i++;
        docstart[d] = (uint32_t)i;
    }
    for (size_t fi = 0; fi < n0; fi++) {
        rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2)
            continue;
        const rcp__dunit *r = &g->units[f->rep];
        mclaim m;
        main_claim(g, r, &m);
        if (m.p[0].w <= 0)
            continue;
        uint32_t nd = 0, np = 0, ndocs = f->ndocs;
        for (uint32_t k = 0; k < ndocs; k++) {
            uint32_t d = f->docs[k], at = UINT32_MAX;
            int v = d == r->doc ? 2 : doc_states(g, f, r, &m, d, docstart, &at);
#ifdef RCP_DIGEST_TUNE
            if (v < 2 && getenv("MAIN_DEBUG"))
                fprintf(stderr, "MAIN %s %s from: %.*s\n  by: %.*s\n",
                        v ? "part" : "cut", g->ids[d],
                        (int)RCP_MIN(r->len, 300u), g->docs[r->doc]->text + r->off,
                        at == UINT32_MAX ? 0 : (int)RCP_MIN(g->units[at].len, 300u),
                        at == UINT32_MAX ? "" : g->docs[d]->text + g->units[at].off);
#endif
#ifdef RCP_DIGEST_TUNE
            if (v == 2 && getenv("MAIN_WHY"))
                fprintf(stderr, "WHY\t%d\t%s\t%.*s\t%.*s\n", d == r->doc ? 0 : why_code,
                        g->ids[d], (int)r->len, g->docs[r->doc]->text + r->off,
                        at == UINT32_MAX ? 0 : (int)RCP_MIN(g->units[at].len, 300u),
                        at == UINT32_MAX ? "" : g->docs[d]->text + g->units[at].off);
#endif
            if (v == 2)
                f->docs[nd++] = d;
            else if (v == 1)
                part[np++] = at;
        }
        if (nd == ndocs)
            continue;
        f->ndocs = nd;
        /* the docs that state a part of it: a fact of their own, shown by
         * the sentence of the first, with the docs that state that
         * sentence's claim (f's rep states it as a part) */
        rcp__dfact *pf = NULL;
        uint32_t *units = NULL, pu = 0; /* the units of the part */
        if (np && TUNE(MAIN_PART, 1) > 0) {
            const rcp__dunit *pr = &g->units[part[0]];
            mclaim pm;
            main_claim(g, pr, &pm);
            uint32_t *docs = rcp__arena_alloc(&g->arena, ndocs * sizeof *docs);
            units = rcp__arena_alloc(&g->arena, np * sizeof *units);
            if (!docs || !units)
                goto cleanup;
            uint32_t pd = 0;
            for (uint32_t q = 0; q < np; q++)
                if (q == 0 || one_claim(g, pr, &pm, &g->units[part[q]]))
                    units[pu++] = part[q];
            for (uint32_t k = 0; k < nd; k++) {
                uint32_t at;
                if (doc_states(g, f, pr, &pm, f->docs[k], docstart, &at) >=
                    (TUNE(MAIN_PART2, 1) > 0 ? 2 : 1))
                    docs[pd++] = f->docs[k];
            }
            for (uint32_t q = 0; q < pu; q++)
                docs[pd++] = g->units[units[q]].doc;
            rcp__sort_u32(units, pu);
            int32_t ef = repfact[part[0]]; /* a fact it already shows */
            if (pd >= 2 && ef >= 0 && ef != (int32_t)fi) {
                /* its docs and the units of the part join that fact */
                rcp__dfact *e = &g->facts[ef];
                for (uint32_t q = 0; q < pd; q++)
                    if ((rc = rcp__dfact_add_doc(g, e, docs[q])))
                        goto cleanup;
                rc = RCP_ENOMEM;
                uint32_t *eu = rcp__arena_alloc(
                    &g->arena, (e->nunits + pu) * sizeof *eu);
                if (!eu)
                    goto cleanup;
                memcpy(eu, e->units, e->nunits * sizeof *eu);
                memcpy(eu + e->nunits, units, pu * sizeof *eu);
                rcp__sort_u32(eu, e->nunits + pu);
                uint32_t ne = 0;
                for (uint32_t q = 0; q < e->nunits + pu; q++)
                    if (!ne || eu[ne - 1] != eu[q])
                        eu[ne++] = eu[q];
                e->units = eu;
                e->nunits = ne;
                pf = e;
            } else if (pd >= 2) {
                rcp__sort_u32(docs, pd);
                if (!RCP__PUSH(nf, nnf, cnf))
                    goto cleanup;
                pf = &nf[nnf++];
                memset(pf, 0, sizeof *pf);
                pf->rep = part[0];
                pf->units = units;
                pf->nunits = pu;
                pf->docs = docs;
                pf->ndocs = pd;
            }
        }
#ifdef RCP_DIGEST_TUNE
        if (pf && getenv("PART_DEBUG")) {
            fprintf(stderr, "PART of: %.*s\n", (int)RCP_MIN(r->len, 200u),
                    g->docs[r->doc]->text + r->off);
            const rcp__dunit *pu0 = &g->units[pf->rep];
            fprintf(stderr, "  shown: %.*s\n  docs:", (int)RCP_MIN(pu0->len, 200u),
                    g->docs[pu0->doc]->text + pu0->off);
            for (uint32_t q = 0; q < pf->ndocs; q++)
                fprintf(stderr, " %s", g->ids[pf->docs[q]]);
            fprintf(stderr, "\n");
        }
#endif
        /* what came close to it does not state it: alone, it is its
         * article's own (digest.c, unique) */
        if (nd == 1 && TUNE(MAIN_UNIQUE, 1))
            g->units[f->rep].cross = 0;
        /* the units of the docs it lost leave it, for the fact of the
         * part they state or a fact of their own */
        uint32_t nu = 0;
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t u = f->units[a];
            int inpart = 0;
            for (uint32_t q = 0; pf && q < pu && !inpart; q++)
                inpart = units[q] == u;
            if (rcp__dfact_has_doc(f, g->units[u].doc) && !inpart)
                f->units[nu++] = u;
            else if (g->units[u].fact == (int32_t)fi && !inpart)
                drop[ndrop++] = u;
            else if (inpart && g->units[u].fact == (int32_t)fi)
                g->units[u].fact = pf >= nf && pf < nf + nnf
                                       ? (int32_t)(g->nfacts + (size_t)(pf - nf))
                                       : (int32_t)(pf - g->facts);
        }
        f->nunits = nu;
    }
    if (ndrop || nnf) {
        size_t base = g->nfacts;
        rcp__dfact *all = rcp__arena_zalloc(
            &g->arena, (g->nfacts + nnf + ndrop) * sizeof *all);
        if (!all)
            goto cleanup;
        memcpy(all, g->facts, g->nfacts * sizeof *all);
        if (nnf)
            memcpy(all + base, nf, nnf * sizeof *all);
        for (size_t k = 0; k < ndrop; k++) {
            rcp__dfact *f = &all[base + nnf + k];
            f->units = rcp__arena_alloc(&g->arena, sizeof *f->units);
            f->docs = rcp__arena_alloc(&g->arena, sizeof *f->docs);
            if (!f->units || !f->docs)
                goto cleanup;
            f->units[0] = f->rep = drop[k];
            f->docs[0] = g->units[drop[k]].doc;
            f->nunits = f->ndocs = 1;
            g->units[drop[k]].fact = (int32_t)(base + nnf + k);
            if (TUNE(MAIN_UNIQUE, 1))
                g->units[drop[k]].cross = 0;
        }
        g->facts = all;
        g->nfacts += nnf + ndrop;
    }
    rc = 0;
cleanup:
    rcp__free(docstart);
    rcp__free(drop);
    rcp__free(part);
    rcp__free(repfact);
    rcp__free(nf);
    return rc;
}

/* 1 when fact t is shown by a sentence that states a second claim
 * (main_claim) which sentence x does not state */
static int second_unstated(const rcp_digest *g, uint32_t t,
                           const rcp__dunit *x)
{
    const rcp__dunit *r = &g->units[g->facts[t].rep];
    if (r->mverb2 == UINT32_MAX || TUNE(MAIN_SPLIT, 1) <= 0)
        return 0;
    mclaim m;
    main_claim(g, r, &m);
    return m.p[1].w > 0 &&
           !states_part(g, r, &m.p[1], x, TUNE(MAIN_COVER, MAIN_COVER),
                        RCP__TR_CLAIM);
}

/*
 * Facts that state one claim in other words (merge_by_claim, after
 * clause_facts). Each fact of two docs or more has a claim: its core (the
 * terms, or groups of terms of one meaning, at least half of its docs
 * use, as in merge_by_core), its core predicates (the predicate keys,
 * rcp__claim_keys, at least half of its docs use: a lemma, a WordNet
 * sense, a mythes-fr synonym) and its main verb (the predicate of its
 * shown sentence's main clause, rcp__dunit.mtok, denied or not). Two
 * facts merge when
 *   - each one's main verb is a core predicate of the other, in moods
 *     that do not oppose, with the same polarity: "would be handed over
 *     to appropriate authorities ashore" / "are likely to be handed over
 *     to law enforcing authorities in Djibouti";
 *   - the lighter core has PARA_CONT of its weight in the other, the
 *     cores' Dice is PARA_DICE, and they share PARA_WORDS words of a
 *     claim (not names, framing words or numbers);
 *   - or one is a negative subject and its verb alone ("No one was
 *     hurt."), the other's main clause a negative subject with a verb
 *     of one WordNet sense with it, any sense ("No one was injured in
 *     the fire, which...");
 *   - the larger one's shown sentence names no place or thing (in its
 *     core) of which the other names none (other_object: "checked into
 *     the Betty Ford Center" / "checked in to the Morningside Recovery
 *     rehab facility");
 *   - and every number of the lighter core is in the other, the persons
 *     most of each fact's docs name are not two different sets, no
 *     sentence across them asks what the other states, and at most a
 *     quarter of those pairs give other values for one thing.
 * The fact with more docs takes the other's docs and sentences. The
 * candidates come from an inverted index of the core predicates (and
 * the main verbs after a negative subject), looked up with each fact's
 * main verb; a key of more than PARA_POSTINGS facts makes none, so the
 * pass is linear in the facts.
 */
#ifndef PARA_CONT
#define PARA_CONT 0.4
#endif
#ifndef PARA_DICE
#define PARA_DICE 0.3
#endif
#ifndef PARA_WORDS
#define PARA_WORDS 2
#endif
#define PARA_POSTINGS 16

typedef struct pclaim {
    uint32_t fact;
    uint32_t c0, c1; /* core terms in ccore */
    uint32_t p0, p1; /* core predicate keys (key << PK_BITS | use) */
    uint32_t m0, m1; /* the keys of its shown sentence's first verb */
    uint32_t b0, b1; /* ... in any sense, after a negative subject */
    uint8_t neg;     /* ... denied */
    uint8_t terse;   /* its shown sentence is "No one was hurt." */
    float w;
    uint64_t people;
    uint64_t muse;   /* the uses of that verb (RCP__PK_*), 0 when none */
    uint32_t mtok;   /* its token */
} pclaim;

typedef struct pkdoc {
    uint64_t key; /* predicate key << PK_BITS | use bits */
    uint32_t doc;
} pkdoc;

/* by predicate key (without its use bits), then doc; stable (a key's
 * uses of one doc stay in the order they came, as with qsort) */
static inline int pkdoc_before(const pkdoc *a, const pkdoc *b)
{
    uint64_t x = a->key >> RCP__PK_BITS, y = b->key >> RCP__PK_BITS;
    return x != y ? x < y : a->doc < b->doc;
}
RCP__DEFINE_STABLE_SORT(pkdoc_sort, pkdoc, pkdoc_before)

typedef struct pcnt {
    uint32_t stamp, docs, last;
    uint64_t use; /* its key, with the uses of the words that have it */
} pcnt;

/* 1 when one of the n keys at m (predicate keys >> RCP__PK_BITS) is in
 * the keys k[lo..hi) (ascending by key >> RCP__PK_BITS): in one's core
 * predicates, or (v) used as a verb in a unit's pkeys */
/* The first of k[lo..hi) (sorted by pkdoc_before) whose predicate key is at
 * least key: hi when none. */
static size_t pk_first(const pkdoc *k, size_t lo, size_t hi, uint64_t key)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].key >> RCP__PK_BITS < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The postings of key in k[0..n) (keys ascending): their first in *lo,
 * and their end, which is not looked for past PARA_POSTINGS + 1 of them
 * (a key of so many is read as none: no scan of its whole run) */
static size_t pk_run(const pkdoc *k, size_t n, uint64_t key, size_t *lo)
{
    size_t end = *lo = pk_first(k, 0, n, key);
    while (end < n && end - *lo <= PARA_POSTINGS &&
           k[end].key >> RCP__PK_BITS == key)
        end++;
    return end;
}

static int pkdoc_has(const pkdoc *k, uint32_t lo, uint32_t hi,
                     const uint64_t *m, uint32_t n)
{
    for (uint32_t q = 0; q < n; q++) {
        size_t a = pk_first(k, lo, hi, m[q]);
        if (a < hi && k[a].key >> RCP__PK_BITS == m[q])
            return 1;
    }
    return 0;
}

static int absorb_fact(rcp_digest *g, uint32_t ti, uint32_t si)
{
    rcp__dfact *t = &g->facts[ti], *s = &g->facts[si];
    for (uint32_t k = 0; k < s->ndocs; k++)
        if (rcp__dfact_add_doc(g, t, s->docs[k]))
            return RCP_ENOMEM;
    uint32_t *nu = rcp__arena_alloc(&g->arena,
                                    (t->nunits + s->nunits + 1) * sizeof *nu);
    if (!nu)
        return RCP_ENOMEM;
    uint32_t i = 0, j = 0, n = 0;
    while (i < t->nunits || j < s->nunits) {
        uint32_t x = j >= s->nunits || (i < t->nunits && t->units[i] <= s->units[j])
                         ? t->units[i++]
                         : s->units[j++];
        if (!n || nu[n - 1] != x)
            nu[n++] = x;
    }
    t->units = nu;
    t->nunits = n;
    for (uint32_t k = 0; k < s->nunits; k++)
        if (g->units[s->units[k]].fact == (int32_t)si)
            g->units[s->units[k]].fact = (int32_t)ti;
    if (s->ndissent) {
        uint32_t *nd = rcp__arena_alloc(
            &g->arena, (t->ndissent + s->ndissent) * sizeof *nd);
        if (!nd)
            return RCP_ENOMEM;
        uint32_t m = 0;
        for (uint32_t k = 0; k < t->ndissent; k++)
            nd[m++] = t->dissent[k];
        for (uint32_t k = 0; k < s->ndissent; k++)
            if (!rcp__dfact_has_doc(t, g->units[s->dissent[k]].doc))
                nd[m++] = s->dissent[k];
        t->dissent = nd;
        t->ndissent = m;
    }
    t->claim |= s->claim;
    s->ndocs = 0;
    s->nunits = 0;
    s->ndissent = 0;
    return 0;
}

/* The core key of term t: its lexicon group, or itself. */
static uint32_t core_key(const rcp_digest *g, uint32_t t)
{
    return g->tgroup && g->tgroup[t] ? (uint32_t)g->nterms + g->tgroup[t] : t;
}

static const rcp__cterm *core_find(const rcp__cterm *c, size_t n,
                                   uint32_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && c[lo].key == key ? &c[lo] : NULL;
}

/* Makes g->pwords: the hash of each word of the names of the persons of
 * the story and of their spellings, as cut at spaces, and at spaces and
 * hyphens ("Jean-Luc Romero": Jean-Luc, Jean, Luc, Romero), so that
 * person_token asks a sorted list, not every name. 0 or RCP_ENOMEM. */
static int person_words(rcp_digest *g)
{
    if (g->pwords)
        return 0;
    size_t n = 0, cap = 16;
    uint64_t *w = rcp__arena_alloc(&g->arena, cap * sizeof *w);
    if (!w)
        return RCP_ENOMEM;
    for (size_t e = 0; e < g->nlp.nentities; e++) {
        const rcp__entity *en = &g->nlp.entities[e];
        if (en->type != RCP__ENT_PER)
            continue;
        for (size_t v = 0; v <= en->nvariants; v++) {
            const char *sp = v ? en->variants[v - 1] : en->name;
            for (int hy = 0; sp && hy < 2; hy++)
                for (const char *p = sp, *q; *p; p = *q ? q + 1 : q) {
                    for (q = p; *q && *q != ' ' && !(hy && *q == '-'); q++)
                        ;
                    if (q == p)
                        continue;
                    if (n == cap) {
                        uint64_t *m = rcp__arena_alloc(&g->arena,
                                                       2 * cap * sizeof *m);
                        if (!m)
                            return RCP_ENOMEM;
                        memcpy(m, w, n * sizeof *m);
                        w = m, cap *= 2;
                    }
                    w[n++] = rcp__hash(p, (size_t)(q - p), 0);
                }
        }
    }
    rcp__sort_u64(w, n);
    g->pwords = w;
    g->npwords = n;
    g->akind = rcp__arena_zalloc(&g->arena, g->nunits + 1);
    return g->akind ? 0 : RCP_ENOMEM;
}

/* 1 when token k of d is a whole word of the name of a person of the
 * story (a name or one of its spellings; g->pwords made) */
static int person_token(const rcp_digest *g, const rcp_doc *d,
                        const rcp_token *k)
{
    uint64_t h = rcp__hash(d->text + k->off, k->len, 0);
    return rcp__has_u64(g->pwords, g->npwords, h);
}

/* 1 when term t, as written in unit r, is a word of the name of a
 * person of the story (the people test compares persons: "le dirigeant
 * nord-coréen" is Kim Jong-un). */
static int person_word(const rcp_digest *g, const rcp__dunit *r, uint32_t t)
{
    const rcp_doc *d = g->docs[r->doc];
    for (uint32_t x = r->tok; x < r->tok + r->ntok; x++)
        if (d->toks[x].hstem == g->thash[t])
            return person_token(g, d, &d->toks[x]);
    return 0;
}

/* The first token of the clause of verb token tok of unit u: after the
 * punctuation mark or at the clause opener ("and", "et") before it. */
static uint32_t clause_first(const rcp_doc *d, const rcp__dunit *u,
                             uint32_t tok)
{
    uint32_t x = tok;
    while (x > u->tok) {
        const rcp_token *k = &d->toks[x - 1];
        if (k->flags & RCP_TOK_PUNCT)
            break;
        x--;
        if ((k->flags & RCP_TOK_WORD) &&
            rcp__tok_opener(d, k))
            break;
    }
    return x;
}

/* Who the actor of verb token vtok of unit u is, by the words of its
 * clause before it (back to a punctuation mark, a clause opener or
 * another verb): 2 when they name a person of the story (a word of its
 * name), 1 when they tell of a person by a role, unnamed, after a
 * definite determiner (rcp__role_word: "the 26-year-old actress", "The
 * Governor of Alaska", "le ministre"; not "a 60-year-old woman", "people":
 * an indefinite one brings in someone new), else 0; *content: how many
 * of them are words that are no stopword nor auxiliary (0 for "she
 * has", "and has"). Grammar of each language. */
static int actor_kind(const rcp_digest *g, const rcp__dunit *u,
                      uint32_t vtok, uint32_t *content)
{
    static const char *const def[] = {
        "the", "this", "that", "these", "those", "his", "her", "their",
        "its", "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son",
        "sa", "ses", "leur", "leurs", NULL};
    static const char *const indef[] = {"a", "an", "some", "un", "une", "des",
                                        "plusieurs", "quelques", NULL};
    const rcp_doc *d = g->docs[u->doc];
    int kind = 0, definite = 0;
    uint32_t nc = 0;
    for (uint32_t x = vtok; x > u->tok && kind < 2; x--) {
        const rcp_token *k = &d->toks[x - 1];
        if (!(k->flags & RCP_TOK_WORD)) {
            if (k->flags & RCP_TOK_PUNCT)
                break;
            continue;
        }
        if (rcp__tok_opener(d, k) || rcp__saying_word(k))
            break; /* a clause, or one of saying ("X said people smashed") */
        if (k->flags & RCP_TOK_STOP) { /* a function word: no lookup */
            if (rcp__tok_listed(indef, k))
                definite = -1;
            else if (rcp__tok_listed(def, k) && !definite)
                definite = 1;
            continue;
        }
        int aux = rcp__aux_word(d, k);
        if (!aux) {
            char low[256];
            size_t n =
                rcp__lexicon_lower(d->text + k->off, k->len, low, sizeof low);
            if (n && rcp__lexicon_pos(d->lang_class, low, n) == RCP__LEX_VERB)
                break; /* another verb: its clause */
        }
        nc += !aux;
        if ((k->flags & RCP_TOK_CAP) && person_token(g, d, k))
            kind = 2;
        else if (!aux && rcp__role_word(d->lang_class, k->norm, k->norm_len))
            kind = 1;
        else if (rcp__tok_listed(indef, k))
            definite = -1;
        else if (rcp__tok_listed(def, k) && !definite)
            definite = 1;
    }
    if (content)
        *content = nc;
    return kind == 1 && definite != 1 ? 0 : kind;
}

/* actor_kind of u's main verb, asked once per unit (g->akind) */
static int main_actor(const rcp_digest *g, const rcp__dunit *u)
{
    uint8_t *k = &g->akind[u - g->units];
    if (!*k)
        *k = (uint8_t)(actor_kind(g, u, u->mtok, NULL) + 1);
    return *k - 1;
}

/* Units r and u may have one actor (rcp__digest_share_actor), or the
 * one tells of a person by a role where the other names a person as
 * the actor of its verb: "the 26-year-old actress checked into" /
 * "Lindsay Lohan has checked into" (the people test says the persons
 * named are not two sets). */
static int one_actor(const rcp_digest *g, const rcp__dunit *r,
                     const rcp__dunit *u)
{
    if (rcp__digest_share_actor(g, r, u))
        return 1;
    if (TUNE(ROLE_ACTOR, 1) <= 0 || r->mtok == UINT32_MAX ||
        u->mtok == UINT32_MAX)
        return 0;
    int kr = main_actor(g, r);
    return kr && kr + main_actor(g, u) == 3;
}

int rcp__digest_one_actor(rcp_digest *g, const rcp__dunit *r,
                          const rcp__dunit *u)
{
    return !person_words(g) && one_actor(g, r, u);
}

/* The share of what r's main claim says of its actor (the terms of its
 * main clause but the actor's and the main verb's, by weight) that u
 * holds (terms of one meaning count); 1 when it says nothing more. A
 * second claim of u with r's verb says what r says only with it:
 * "suffered from depression" is not "suffered a nervous breakdown". */
static double object_held(const rcp_digest *g, const rcp__dunit *r,
                          const rcp__dunit *u)
{
    const rcp_doc *d = g->docs[r->doc];
    uint64_t vh = r->mtok != UINT32_MAX ? d->toks[r->mtok].hstem : 0;
    double w = 0, o = 0;
    for (uint32_t i = 0; i < r->nterms; i++) {
        uint32_t t = r->terms[i];
        if ((r->trole[i] & (RCP__TR_MAIN | RCP__TR_ACTOR)) != RCP__TR_MAIN ||
            g->thash[t] == vh)
            continue;
        w += g->idf[t];
        if (rcp__has_u32(u->terms, u->nterms, t) ||
            (g->tgroup && g->tgroup[t] && has_group(u, g->tgroup[t])))
            o += g->idf[t];
    }
    return w > 0 ? o / w : 1;
}

/* The most that u holds of what a sentence of fact f says of its actor
 * (object_held): its shown sentence's, or a sentence of its own that
 * states it in other words ("she has apologised if the fire was
 * connected to \"undeserved negative attention\"" holds less than half
 * of "the Alaska Governor said she apologizes if the incident was in any
 * way connected to \"undeserved negative attention\" brought on by her
 * failed bid for the vice presidency of the United States", and more of
 * "Palin ... apologized if the fire was in any way connected to the
 * attention the church received"). Session 20, knob SENT_MORE_UNITS=0:
 * the shown sentence's only. */
static double fact_object_held(const rcp_digest *g, const rcp__dfact *f,
                               const rcp__dunit *u)
{
    double h = object_held(g, &g->units[f->rep], u);
    for (uint32_t a = 0; a < f->nunits && h < 1 &&
                         TUNE(SENT_MORE_UNITS, 1) > 0; a++) {
        const rcp__dunit *x = &g->units[f->units[a]];
        if (x->doc != u->doc && x->mtok != UINT32_MAX)
            h = RCP_MAX(h, object_held(g, x, u));
    }
    return h;
}

/* The same for the claim coordinated with u's main one (verb token v,
 * rcp__dunit.mverb2): a clause with no subject of its own ("and rescued
 * two merchant vessels") has u's actor; one whose subject is a pronoun
 * ("and she has apologised") may have anyone's; else its words name or
 * tell of r's actor (a word of r's actor, or a role for a name). */
static int second_actor(const rcp_digest *g, const rcp__dunit *r,
                        const rcp__dunit *u, uint32_t v)
{
    const rcp_doc *d = g->docs[u->doc];
    uint32_t nc, x0 = clause_first(d, u, v), words = 0;
    int ku = actor_kind(g, u, v, &nc);
    for (uint32_t x = x0; x < v; x++)
        words += (d->toks[x].flags & RCP_TOK_WORD) &&
                 !rcp__aux_word(d, &d->toks[x]) &&
                 !rcp__tok_opener(d, &d->toks[x]);
    if (!nc)
        return words ? 1 : one_actor(g, r, u);
    for (uint32_t x = x0; x < v; x++)
        for (uint32_t j = 0; j < r->naterms; j++)
            if (d->toks[x].hstem == g->thash[r->aterms[j]])
                return 1;
    return r->mtok != UINT32_MAX && ku && ku + main_actor(g, r) == 3;
}

/* Another object: unit r's claim names a place or a thing (RCP__TR_NAME,
 * not a person: "checked into the Betty Ford Center in Rancho Mirage"),
 * in r's core rc (all of its names without one), and the other side has
 * none of those names: not in its core oc, nor among the terms of its
 * unit ou ("checked in to the Morningside Recovery rehab facility",
 * "checked into rehab"; "checked in to the Betty Ford Center" has one). */
static int other_object(const rcp_digest *g, const rcp__dunit *r,
                        const rcp__cterm *rc, size_t nrc,
                        const rcp__cterm *oc, size_t noc,
                        const rcp__dunit *ou)
{
    uint32_t n = 0;
    for (uint32_t j = 0; j < r->nterms; j++) {
        uint32_t t = r->terms[j], key = core_key(g, t);
        if (!(r->trole[j] & RCP__TR_NAME) ||
            (rc && !core_find(rc, nrc, key)) || person_word(g, r, t))
            continue;
        if ((oc && core_find(oc, noc, key)) ||
            (ou && (rcp__has_u32(ou->terms, ou->nterms, t) ||
                    (g->tgroup && g->tgroup[t] &&
                     has_group(ou, g->tgroup[t])))))
            return 0; /* one name in common */
        n++;
    }
    return n > 0;
}

/* The main verb of unit u (of doc d): the predicate of its main clause
 * (rcp__dunit.mtok: "X said Y checked in" states that Y checked in,
 * "After leaving ..., she checked in" too), its keys (rcp__claim_keys),
 * its use (RCP__PK_* bits) and whether a negative subject comes before
 * it ("No one was hurt"); no keys when it has none. */
typedef struct mverb {
    const uint64_t *keys;
    size_t nkeys;
    uint32_t tok; /* its token in d */
    uint64_t use;
    uint8_t nsub;
    uint64_t buf[96]; /* keys with a phrasal verb's (verb_keys) */
} mverb;

/* v's keys: those of its word (rcp__claim_keys), and when the word after
 * it makes one verb with it ("opened fire": open_fire, a sense of "fire";
 * rcp__claim_phrasal_keys), that verb's too. */
static void verb_keys(const rcp_doc *d, mverb *v)
{
    v->nkeys = rcp__claim_keys(d, &d->toks[v->tok], &v->keys);
    if (!v->nkeys || TUNE(PHRASAL, 1) <= 0)
        return;
    size_t n = RCP_MIN(v->nkeys, RCP_ARRAY_SIZE(v->buf) / 2);
    size_t m = rcp__claim_phrasal_keys(d, v->tok, 0, v->buf + n,
                                       RCP_ARRAY_SIZE(v->buf) - n);
    if (!m)
        return;
    memcpy(v->buf, v->keys, n * sizeof *v->buf);
    v->keys = v->buf;
    v->nkeys = n + m;
}

static void main_verb(const rcp_doc *d, const rcp__dunit *u, mverb *v)
{
    memset(v, 0, sizeof *v);
    if (u->mtok == UINT32_MAX)
        return;
    for (uint32_t t = u->tok; t < u->mtok; t++)
        v->nsub |= (uint8_t)rcp__digest_negative_subject(&d->toks[t]);
    v->tok = u->mtok;
    v->use = u->muse;
    verb_keys(d, v);
}

/* The verb of the claim coordinated with u's main one (rcp__dunit.mverb2,
 * RCP__TR_MORE: "An arsonist has badly damaged the church ..., and she
 * has apologised"), as main_verb gives the main one; no keys when none
 * or when it is the main verb. A negative subject counts in its own
 * clause only. */
static void second_verb(const rcp_doc *d, const rcp__dunit *u, mverb *v)
{
    memset(v, 0, sizeof *v);
    if (u->mverb2 == UINT32_MAX || u->mverb2 == u->mtok)
        return;
    for (uint32_t t = clause_first(d, u, u->mverb2); t < u->mverb2; t++)
        v->nsub |= (uint8_t)rcp__digest_negative_subject(&d->toks[t]);
    v->tok = u->mverb2;
    v->use = u->muse2;
    verb_keys(d, v);
}

/* The verb of a present participle set apart after u's main verb
 * (rcp__dunit.mpart, RCP__ROLE_PART: "..., poursuivant son déplacement en
 * Russie"), as main_verb gives the main one: its subject is the
 * sentence's, and it has no mood of its own; no keys when none. */
static void part_verb(const rcp_doc *d, const rcp__dunit *u, mverb *v)
{
    memset(v, 0, sizeof *v);
    if (u->mpart == UINT32_MAX || u->mpart == u->mtok ||
        TUNE(SENT_PART, 1) <= 0)
        return;
    v->tok = u->mpart;
    verb_keys(d, v);
}

/* The claims of the facts of two docs or more (pc, each one's core in
 * ccore, core predicates in pk, main verb keys in mk, those in any
 * sense after a negative subject in bk). */
typedef struct rcp__fclaims {
    pclaim *pc;
    rcp__cterm *ccore;
    pkdoc *pk;
    uint64_t *mk, *bk;
    size_t npc, nccore, npk, nmk, nbk;
} fclaims;

static void fclaims_release(fclaims *c)
{
    rcp__free(c->pc);
    rcp__free(c->ccore);
    rcp__free(c->pk);
    rcp__free(c->mk);
    rcp__free(c->bk);
    memset(c, 0, sizeof *c);
}

void rcp__digest_claims_free(rcp_digest *g)
{
    if (g->claims)
        fclaims_release(g->claims);
    rcp__free(g->claims);
    g->claims = NULL;
}

static int fact_claims(rcp_digest *g, fclaims *cl)
{
    size_t nt = g->nterms, nk = 2 * nt + 1;
    int rc = RCP_ENOMEM;
    uint32_t *kstamp = rcp__calloc(nk, sizeof *kstamp);
    uint32_t *kcnt = rcp__calloc(nk, sizeof *kcnt);
    uint32_t *klast = rcp__calloc(nk, sizeof *klast);
    pclaim *pc = NULL;
    rcp__cterm *ccore = NULL;
    pkdoc *pd = NULL, *pk = NULL; /* per fact scratch; all core keys */
    uint64_t *mk = NULL; /* keys of the shown sentences' main verbs */
    uint64_t *bk = NULL; /* ... in any sense, after a negative subject */
    size_t nbk = 0, cbk = 0;
    size_t nmk = 0, cmk = 0;
    rcp__map pmap; /* predicate key -> 1 + its pcount */
    pcnt *pcount = NULL;
    size_t npcount = 0, cpcount = 0;
    rcp__map_init(&pmap);
    size_t npc = 0, cpc = 0, nccore = 0, cccore = 0, npd = 0, cpd = 0,
           npk = 0, cpk = 0;
    uint32_t stamp = 0;
    if (!kstamp || !kcnt || !klast)
        goto cleanup;
    for (size_t fi = 0; fi < g->nfacts; fi++) {
        const rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2)
            continue;
        uint32_t nd = 0;
        for (uint32_t q = 0; q < f->nunits; q++)
            nd += !q || g->units[f->units[q]].doc != g->units[f->units[q - 1]].doc;
        if (nd < 2)
            continue;
        uint32_t need = RCP_MAX(2u, (nd + 1) / 2);
        stamp++;
        size_t c0 = nccore;
        double w = 0;
        npd = 0;
        for (uint32_t q = 0; q < f->nunits; q++) {
            const rcp__dunit *u = &g->units[f->units[q]];
            for (uint32_t j = 0; j < u->nterms; j++) {
                uint32_t t = u->terms[j];
                uint32_t key = core_key(g, t);
                if (kstamp[key] != stamp)
                    kstamp[key] = stamp, kcnt[key] = 0, klast[key] = UINT32_MAX;
                if (klast[key] == u->doc)
                    continue;
                klast[key] = u->doc;
                if (++kcnt[key] == need) {
                    if (!RCP__PUSH(ccore, nccore, cccore))
                        goto cleanup;
                    ccore[nccore].key = key;
                    ccore[nccore].w = g->idf[t];
                    ccore[nccore++].kind =
                        (uint8_t)(g->tkind[t] | (g->topic[t] ? 0 : RCP__T_SPEC));
                    w += g->idf[t];
                }
            }
            /* its predicate keys, counted per doc (pcount: per key, the
             * fact, the docs, the last doc, the uses) */
            for (uint32_t x = 0; x < u->npkeys; x++) {
                uint64_t *v = rcp__map_put(&pmap, u->pkeys[x] >> RCP__PK_BITS);
                if (!v)
                    goto cleanup;
                if (!*v) {
                    if (!RCP__PUSH(pcount, npcount, cpcount))
                        goto cleanup;
                    pcount[npcount] = (pcnt){0, 0, 0, 0};
                    *v = ++npcount;
                }
                pcnt *c = &pcount[*v - 1];
                if (c->stamp != stamp)
                    *c = (pcnt){stamp, 0, UINT32_MAX, 0};
                c->use |= u->pkeys[x];
                if (c->last != u->doc && ++c->docs == need) {
                    if (!RCP__PUSH(pd, npd, cpd))
                        goto cleanup;
                    pd[npd++].doc = (uint32_t)(*v - 1);
                }
                c->last = u->doc;
            }
        }
        /* the keys most of its docs use, ascending */
        size_t p0 = npk;
        for (size_t i = 0; i < npd; i++) {
            if (!RCP__PUSH(pk, npk, cpk))
                goto cleanup;
            pk[npk].key = pcount[pd[i].doc].use;
            pk[npk++].doc = (uint32_t)npc;
        }
        if (npk - p0 > 1)
            pkdoc_sort(pk + p0, npk - p0);
        if (npk == p0 || nccore == c0) {
            nccore = c0, npk = p0;
            continue;
        }
        rcp__cterm_sort(ccore + c0, nccore - c0);
        /* the main claim of its shown sentence: its main verb, denied
         * or not (a negative subject before it: "No one was hurt") */
        size_t m0 = nmk, b0 = nbk;
        const rcp__dunit *r = &g->units[f->rep];
        const rcp_doc *d = g->docs[r->doc];
        mverb v;
        main_verb(d, r, &v);
        if (v.nkeys) {
            if (rcp__grow(&mk, &cmk, nmk + v.nkeys + 1, sizeof *mk))
                goto cleanup;
            for (size_t q = 0; q < v.nkeys; q++)
                mk[nmk++] = v.keys[q] >> RCP__PK_BITS;
        }
        if (v.nkeys && v.nsub) { /* "No one was hurt": any of its senses */
            const rcp_token *k = &d->toks[v.tok];
            char low[256];
            size_t n = rcp__lexicon_lower(d->text + k->off, k->len, low,
                                          sizeof low);
            if (rcp__grow(&bk, &cbk, nbk + 257, sizeof *bk))
                goto cleanup;
            nbk += n ? rcp__lexicon_neighbours(d->lang_class, low, n, 64,
                                               bk + nbk, 256)
                     : 0;
        }
        uint8_t neg = v.use && (v.nsub || (v.use & RCP__PK_NEG));
        if (!RCP__PUSH(pc, npc, cpc))
            goto cleanup;
        pc[npc] = (pclaim){(uint32_t)fi, (uint32_t)c0, (uint32_t)nccore,
                           (uint32_t)p0, (uint32_t)npk, (uint32_t)m0,
                           (uint32_t)nmk, (uint32_t)b0, (uint32_t)nbk, neg,
                           (uint8_t)(v.nsub && (r->flags & RCP__U_TERSE)), (float)w,
                           rcp__digest_group_people(g, f->units, f->nunits, need),
                           v.use, v.tok};
        npc++;
    }
    rc = 0;
cleanup:
    rcp__free(kstamp);
    rcp__free(kcnt);
    rcp__free(klast);
    rcp__free(pd);
    rcp__free(pcount);
    rcp__map_release(&pmap);
    *cl = (fclaims){pc, ccore, pk, mk, bk, npc, nccore, npk, nmk, nbk};
    return rc;
}

/* The lemmas (rcp__digest_verb_lemmas) of unit u's sure verbs and nouns
 * made from verbs ("la création": créer) outside its asides
 * (rcp__clause_asides; not a participle after a noun, "le garçon trouvé
 * seul"), each with its mood bits (RCP__CLAIM_PROSP, _PAST, _NEG) in
 * mood[]; at most cap; returns how many. */
static size_t lemmas_outside(const rcp_digest *g, const rcp__dunit *u,
                             uint64_t *out, uint8_t *mood, size_t cap)
{
    const rcp_doc *d = g->docs[u->doc];
    const uint8_t *kind = rcp__dunit_kinds(u);
    uint8_t aside[512];
    size_t n = 0;
    if (u->ntok > sizeof aside)
        return 0;
    rcp__clause_asides(d, u->tok, u->tok + u->ntok, kind, aside);
    for (uint32_t i = 0; i < u->ntok && n + 8 <= cap; i++) {
        if (aside[i] || !((kind[i] & RCP__CLAIM_SURE) ||
                          (kind[i] & RCP__CLAIM_NOUN)))
            continue;
        size_t m = rcp__digest_verb_lemmas(d, u->tok + i, out + n);
        for (size_t q = 0; q < m; q++)
            mood[n + q] = kind[i] & (RCP__CLAIM_PROSP | RCP__CLAIM_PAST |
                                     RCP__CLAIM_NEG | RCP__CLAIM_VERB);
        n += m;
    }
    return n;
}

/* 1 when two units' lemmas_outside (ka, ma, na; kb, mb, nb) share the
 * lemma of a verb, or of a verb and the noun made from it ("un congé
 * pourrait être créé" / "la création d'un congé"), and no verb of one
 * lemma in moods that oppose ("were required" / "will again be
 * required") */
static int lemma_outside_shared(const uint64_t *ka, const uint8_t *ma,
                                size_t na, const uint64_t *kb,
                                const uint8_t *mb, size_t nb)
{
    int shared = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            if (ka[i] != kb[j])
                continue;
            uint8_t x = ma[i], y = mb[j];
            int both = (x & y & RCP__CLAIM_VERB) != 0;
            if (both && (((x & RCP__CLAIM_PROSP) && (y & RCP__CLAIM_PAST)) ||
                         ((x & RCP__CLAIM_PAST) && (y & RCP__CLAIM_PROSP)) ||
                         ((x ^ y) & RCP__CLAIM_NEG)))
                return 0;
            shared = 1;
        }
    return shared;
}

int rcp__digest_merge_by_claim(rcp_digest *g)
{
    int rc = RCP_ENOMEM;
    fclaims cl = {0};
    uint32_t *absorbed = rcp__calloc(g->nfacts + 1, sizeof *absorbed);
    pkdoc *pd = NULL; /* the inverted index */
    rcp__dedge *pairs = NULL; /* a, b: pclaim indices */
    size_t npairs = 0, cpairs = 0, cpd = 0;
    uint64_t *rl = NULL; /* the shown sentences' lemmas_outside */
    uint8_t *rm = NULL;
    uint32_t *roff = NULL;
    size_t crl = 0, crm = 0;
    int merged = 0;
    if ((rc = person_words(g)) || (rc = fact_claims(g, &cl)) || !absorbed) {
        rc = RCP_ENOMEM;
        goto cleanup;
    }
    rc = RCP_ENOMEM;
    const pclaim *pc = cl.pc;
    const rcp__cterm *ccore = cl.ccore;
    const pkdoc *pk = cl.pk;
    const uint64_t *mk = cl.mk, *bk = cl.bk;
    size_t npc = cl.npc, npk = cl.npk, nbk = cl.nbk;
    /* candidates: a fact whose main verb is a core predicate of another,
     * and two whose main verbs after a negative subject share a sense
     * (pd: an inverted index of the core predicates and of those verbs,
     * the fact in doc) */
    size_t nidx = npk + nbk;
    if (nidx && rcp__grow(&pd, &cpd, nidx, sizeof *pd))
        goto cleanup;
    if (npk)
        memcpy(pd, pk, npk * sizeof *pd);
    for (size_t i = 0, q = npk; i < npc; i++)
        for (uint32_t x = pc[i].b0; x < pc[i].b1; x++, q++) {
            pd[q].key = bk[x] & ~((1ull << RCP__PK_BITS) - 1);
            pd[q].doc = (uint32_t)i;
        }
    if (nidx > 1)
        pkdoc_sort(pd, nidx);
    /* and two whose shown sentences share a verb's lemma (a noun made
     * from a verb counts: "la création d'un congé" / "un congé pourrait
     * être créé"): each one's lemmas_outside (rl, rm from roff[i] to
     * roff[i + 1]) and an index of them */
    int byrep = TUNE(PARA_REP, 1) > 0;
    roff = byrep ? rcp__calloc(npc + 1, sizeof *roff) : NULL;
    if (byrep && !roff)
        goto cleanup;
    for (size_t i = 0; byrep && i < npc; i++) {
        const rcp__dunit *r = &g->units[g->facts[pc[i].fact].rep];
        if (rcp__grow(&rl, &crl, roff[i] + 128, sizeof *rl) ||
            rcp__grow(&rm, &crm, roff[i] + 128, sizeof *rm))
            goto cleanup;
        roff[i + 1] = roff[i] + (uint32_t)lemmas_outside(
                                    g, r, rl + roff[i], rm + roff[i], 128);
    }
    if (byrep) {
        size_t nr = 0, cr = 0;
        pkdoc *rk = NULL;
        for (size_t i = 0; i < npc; i++)
            for (uint32_t x = roff[i]; x < roff[i + 1]; x++) {
                if (!RCP__PUSH(rk, nr, cr)) {
                    rcp__free(rk);
                    goto cleanup;
                }
                rk[nr].key = rl[x] & ~((1ull << RCP__PK_BITS) - 1);
                rk[nr++].doc = (uint32_t)i;
            }
        if (nr > 1)
            pkdoc_sort(rk, nr);
        for (size_t lo = 0, end; lo < nr; lo = end) {
            for (end = lo + 1; end < nr && rk[end].key == rk[lo].key; end++)
                ;
            if (end - lo > PARA_POSTINGS)
                continue;
            for (size_t x = lo; x < end; x++)
                for (size_t y = x + 1; y < end; y++) {
                    if (rk[x].doc == rk[y].doc)
                        continue;
                    if (!RCP__PUSH(pairs, npairs, cpairs)) {
                        rcp__free(rk);
                        goto cleanup;
                    }
                    pairs[npairs].a = RCP_MIN(rk[x].doc, rk[y].doc);
                    pairs[npairs].b = RCP_MAX(rk[x].doc, rk[y].doc);
                    pairs[npairs++].score = 0;
                }
        }
        rcp__free(rk);
    }
    for (size_t i = 0; i < npc; i++) {
        size_t nq = (pc[i].m1 - pc[i].m0) + (pc[i].b1 - pc[i].b0);
        for (size_t q = 0; q < nq; q++) {
            uint64_t key = q < pc[i].m1 - pc[i].m0
                               ? mk[pc[i].m0 + q]
                               : bk[pc[i].b0 + q - (pc[i].m1 - pc[i].m0)] >>
                                     RCP__PK_BITS;
            size_t lo, end = pk_run(pd, nidx, key, &lo);
            if (end - lo > PARA_POSTINGS) /* a key of every fact: no claim */
                continue;
            for (size_t x = lo; x < end; x++) {
                if (pd[x].doc == i)
                    continue;
                if (!RCP__PUSH(pairs, npairs, cpairs))
                    goto cleanup;
                pairs[npairs].a = RCP_MIN((uint32_t)i, pd[x].doc);
                pairs[npairs].b = RCP_MAX((uint32_t)i, pd[x].doc);
                pairs[npairs++].score = 0;
            }
        }
    }
    /* each pair once, scored */
    if (npairs > 1)
        rcp__dedge_sort(pairs, npairs);
    size_t m = 0;
    for (size_t i = 0; i < npairs; i++)
        if (!m || pairs[m - 1].a != pairs[i].a || pairs[m - 1].b != pairs[i].b)
            pairs[m++] = pairs[i];
    npairs = m;
    for (size_t i = 0; i < npairs; i++) {
        const pclaim *a = &pc[pairs[i].a], *b = &pc[pairs[i].b];
        pairs[i].score = 0;
        if (a->people && b->people && !(a->people & b->people))
            continue;
        /* each shown sentence's main verb is a core predicate of the
         * other */
        int ra = pkdoc_has(pk, b->p0, b->p1, mk + a->m0, a->m1 - a->m0);
        int rb = pkdoc_has(pk, a->p0, a->p1, mk + b->m0, b->m1 - b->m0);
        /* or one of them, when the shown sentences' main verbs share a
         * lemma in moods that do not oppose (the smaller fact's articles
         * word it otherwise too: "apologized" / "was sorry") */
        const rcp__dunit *xa = &g->units[g->facts[a->fact].rep];
        const rcp__dunit *xb = &g->units[g->facts[b->fact].rep];
        if (ra != rb && TUNE(PARA_LEMMA, 1) > 0 &&
            !rcp__digest_moods_oppose(a->muse, b->muse) &&
            xa->mtok != UINT32_MAX && xb->mtok != UINT32_MAX &&
            rcp__digest_same_lemma(g->docs[xa->doc], xa->mtok,
                                   g->docs[xb->doc], xb->mtok))
            ra = rb = 1;
        const rcp__dfact *fa = &g->facts[a->fact], *fb = &g->facts[b->fact];
        /* "No one was hurt." states what "No one was injured in the
         * fire, which..." does: a verb of one sense with the other's */
        uint32_t nb = 0;
        if ((a->terse || b->terse) && TUNE(PARA_TERSE, 1))
            for (uint32_t p = a->b0; p < a->b1 && !nb; p++)
                for (uint32_t q = b->b0; q < b->b1 && !nb; q++)
                    nb = bk[p] == bk[q];
        /* or their shown sentences are close (the aligner's similarity)
         * and share the lemma of a verb, or of a verb and the noun made
         * from it, in moods that do not oppose (lemma_outside_shared) */
        const rcp__dunit *rpa = &g->units[fa->rep], *rpb = &g->units[fb->rep];
        uint32_t ia = pairs[i].a, ib = pairs[i].b;
        double rsim =
            !(ra && rb) && !nb && byrep &&
                    !rcp__digest_other_clash(rpa, rpb) &&
                    !rcp__digest_values_clash(rpa, rpb) &&
                    lemma_outside_shared(rl + roff[ia], rm + roff[ia],
                                         roff[ia + 1] - roff[ia],
                                         rl + roff[ib], rm + roff[ib],
                                         roff[ib + 1] - roff[ib])
                ? rcp__digest_sim(g, rpa, rpb, NULL, NULL)
                : 0;
        int rp = rsim >= TUNE(PARA_REP_SIM, 0.4);
        if (!((ra && rb) || nb || rp) || a->neg != b->neg)
            continue;
        /* cores */
        double o = 0, wa = a->w, wb = b->w;
        uint32_t words = 0, numa = 0, numb = 0;
        uint32_t x = a->c0, y = b->c0;
        while (x < a->c1 || y < b->c1) {
            if (x < a->c1 && y < b->c1 && ccore[x].key == ccore[y].key) {
                o += RCP_MIN(ccore[x].w, ccore[y].w);
                words += !(ccore[x].kind &
                           (RCP__T_NAME | RCP__T_FRAME | RCP__T_NUM));
                x++, y++;
            } else if (y >= b->c1 ||
                       (x < a->c1 && ccore[x].key < ccore[y].key)) {
                numa += (ccore[x++].kind & RCP__T_NUM) != 0;
            } else {
                numb += (ccore[y++].kind & RCP__T_NUM) != 0;
            }
        }
        /* the predicates they share, in moods that do not oppose */
        uint32_t sp = 0;
        x = a->p0, y = b->p0;
        while (x < a->p1 && y < b->p1) {
            uint64_t kx = pk[x].key >> RCP__PK_BITS, ky = pk[y].key >> RCP__PK_BITS;
            if (kx == ky) {
                sp += !rcp__digest_moods_oppose(pk[x].key, pk[y].key);
                x++, y++;
            } else if (kx < ky) {
                x++;
            } else {
                y++;
            }
        }
        double mw = RCP_MIN(wa, wb);
        double cont = mw > 0 ? o / mw : 0;
        double dice = wa + wb > 0 ? 2 * o / (wa + wb) : 0;
        double s = 0;
        int by_rep = 0;
        if (sp && ra && rb &&
            words >= (uint32_t)TUNE(PARA_WORDS, PARA_WORDS) &&
            cont >= TUNE(PARA_CONT, PARA_CONT) &&
            dice >= TUNE(PARA_DICE, PARA_DICE))
            s = cont;
        else if (rp && words >= (uint32_t)TUNE(PARA_REP_WORDS, 2))
            s = rsim, by_rep = 1;
        else if (nb)
            s = PARA_CONT;
        if (s > 0 && (wa <= wb ? numa : numb))
            s = 0; /* a number of the lighter core is not in the other */
        /* the fact that stays shows the claim: the other does not name
         * another object (other_object); "No one was hurt." names
         * nothing */
        if (s > 0 && !nb && TUNE(PARA_NAMES, 1)) {
            const pclaim *t = fa->ndocs >= fb->ndocs ? a : b;
            const pclaim *l = t == a ? b : a;
            if (other_object(g, &g->units[g->facts[t->fact].rep],
                             ccore + t->c0, t->c1 - t->c0, ccore + l->c0,
                             l->c1 - l->c0, NULL))
                s = 0;
        }
        /* the sentences across: questions, values */
        uint32_t cnt = 0, vc = 0, qq = 0;
        uint32_t sa = (fa->nunits + RCP__GROUP_SAMPLE - 1) / RCP__GROUP_SAMPLE;
        uint32_t sb = (fb->nunits + RCP__GROUP_SAMPLE - 1) / RCP__GROUP_SAMPLE;
        for (uint32_t p = 0; s > 0 && p < fa->nunits; p += sa)
            for (uint32_t q = 0; q < fb->nunits; q += sb) {
                const rcp__dunit *ux = &g->units[fa->units[p]];
                const rcp__dunit *uy = &g->units[fb->units[q]];
                if (ux->doc == uy->doc)
                    continue;
                cnt++;
                qq += (ux->flags & RCP__U_QUESTION) !=
                      (uy->flags & RCP__U_QUESTION);
                vc += rcp__digest_other_clash(ux, uy) || rcp__digest_values_clash(ux, uy);
            }
        if (qq || !cnt || 4 * vc > cnt || (by_rep && vc))
            s = 0; /* two facts joined by their shown sentences alone:
                      no sentence of the one gives other values */
#ifdef RCP_DIGEST_TUNE
        if (getenv("PARA_DEBUG")) {
            fprintf(stderr,
                    "PARA cont %.3f dice %.3f words %u nlight %u sp %u ra %u "
                    "rb %u nb %u rsim %.3f s %.3f\n",
                    cont, dice, words, wa <= wb ? numa : numb, sp,
                    (unsigned)ra, (unsigned)rb, nb, rsim, s);
            for (int side = 0; side < 2; side++) {
                const rcp__dfact *f = side ? fb : fa;
                const rcp__dunit *r = &g->units[f->rep];
                fprintf(stderr, "  %c docs", side ? 'B' : 'A');
                for (uint32_t d = 0; d < f->ndocs; d++)
                    fprintf(stderr, " %s", g->ids[f->docs[d]]);
                fprintf(stderr, "\n  %c text %.*s\n", side ? 'B' : 'A',
                        (int)RCP_MIN(r->len, 300u),
                        g->docs[r->doc]->text + r->off);
            }
        }
#endif
        pairs[i].score = (float)s;
    }
    if (npairs > 1)
        rcp__dedge_sort(pairs, npairs);
    for (size_t i = 0; i < npairs && pairs[i].score > 0; i++) {
        uint32_t fa = pc[pairs[i].a].fact, fb = pc[pairs[i].b].fact;
        if (absorbed[fa] || absorbed[fb])
            continue;
        uint32_t t = g->facts[fa].ndocs >= g->facts[fb].ndocs ? fa : fb;
        uint32_t s = t == fa ? fb : fa;
        /* a fact shown by a sentence of two claims (main_support) is
         * not one claim with a fact that states only one of them */
        if (second_unstated(g, t, &g->units[g->facts[s].rep]) ||
            second_unstated(g, s, &g->units[g->facts[t].rep]))
            continue;
        if ((rc = absorb_fact(g, t, s)))
            goto cleanup;
        absorbed[s] = 1;
        merged = 1;
    }
    rc = 0;
cleanup:
    /* no fact merged: the facts are those cl was read from, and
     * sentence_support, next, takes cl instead of reading it again */
    rcp__digest_claims_free(g);
    if (!rc && !merged && (g->claims = rcp__malloc(sizeof *g->claims)))
        *g->claims = cl;
    else
        fclaims_release(&cl);
    rcp__free(absorbed);
    rcp__free(pd);
    rcp__free(pairs);
    rcp__free(rl);
    rcp__free(rm);
    rcp__free(roff);
    return rc;
}

/*
 * A sentence that states a fact's claim in other words, alone or beside
 * other claims (sentence_support, after merge_by_claim): a fact-to-fact
 * merge cannot reach a sentence that is a fact of its own or sits in a
 * fact of another claim. The sentence's doc supports the fact when the
 * sentence has the fact's claim:
 *   - its main verb (main_verb; not an auxiliary, which says nothing of
 *     its own) has a lemma in common with the fact's (a sense in common
 *     joins "accused" and "charged"), in a mood that does not oppose it,
 *     with the same polarity (a negative subject denies);
 *   - the actor may be one (rcp__digest_share_actor: either unknown, or
 *     a term, or two of one meaning, in common), the persons named are
 *     not two different sets, neither asks, and a speaker's "we" is the
 *     same on both sides (speaker_pronoun);
 *   - SENT_CONT of the core's weight is in the sentence (terms of one
 *     meaning count), SENT_WORDS of it words of a claim, every number of
 *     the core, a day of the month when the fact's sentence gives one,
 *     no value given differently, and not another object (other_object);
 *   - when the fact's sentence states two claims, both (second_unstated).
 * A sentence that was a fact of its own (a singleton) moves into the
 * fact; one in a fact of another claim stays there too. Candidates come
 * from an index of the facts' main verbs; a key of more than
 * PARA_POSTINGS facts makes none, so the pass is linear in the story.
 */
#ifndef SENT_CONT
#define SENT_CONT 0.35
#endif
#ifndef SENT_WORDS
#define SENT_WORDS 2
#endif
#ifndef SENT_MAIN_WORDS
#define SENT_MAIN_WORDS 3
#endif
#ifndef SENT_MAIN_CONT
#define SENT_MAIN_CONT 0.4
#endif
#ifndef SENT_MORE_OBJ
#define SENT_MORE_OBJ 0.5
#endif

#ifdef RCP_DIGEST_TUNE
#define SDBG2(why, s)                                                          \
    do {                                                                       \
        if (TUNE(SENT_DEBUG, 0) > 1)                                           \
            fprintf(stderr, "SENTX %s %.2f %s: %.*s\n   <- %.*s\n", why,     \
                    (double)(s), g->ids[u->doc], (int)RCP_MIN(u->len, 150u),   \
                    g->docs[u->doc]->text + u->off,                            \
                    (int)RCP_MIN(r->len, 120u),                                \
                    g->docs[r->doc]->text + r->off);                           \
    } while (0)
#else
#define SDBG2(why, s) ((void)0)
#endif
#define SDBG(why) SDBG2(why, 0)

typedef struct scand {
    uint32_t unit, claim;
    float score;
    int side; /* by a participle set apart: the sentence's own claim is
                 another, so it stays where it is */
} scand;

static int cmp_scand(const void *p, const void *q)
{
    const scand *a = p, *b = q;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    if (a->unit != b->unit)
        return a->unit < b->unit ? -1 : 1;
    return (a->claim > b->claim) - (a->claim < b->claim);
}

/* How much of claim c's core unit u holds (score), or 0 when it does
 * not state the claim by its terms: too little of the weight, too few
 * words of a claim, a number of the core missing, or an object named
 * differently. seen: scratch of ncore entries. */
/* 1 when unit u gives a day of the month (values.h) outside its asides:
 * the day of what it claims, not of what describes a name ("Le fichier
 * Edvige, créé le 1er juillet, permet ...": the file's creation) */
static int day_dated(const rcp__dunit *u)
{
    for (uint32_t i = 0; i < u->nvals; i++)
        if ((u->vals[i].kind & (RCP__VAL_MDAY | RCP__VAL_DATE)) &&
            (!(u->vrole[i] & RCP__VROLE_ASIDE) || TUNE(DATE_ASIDE, 1) <= 0))
            return 1;
    return 0;
}

/* The pronoun of the first or second person before token tok of unit u
 * (I, we, you; je, nous, vous, on), as its folded form's hash, or 0: who
 * "we" are depends on who speaks, so "We want ..." in a quotation and
 * "She wanted ..." are two actors. Grammar of each language. */
static uint64_t speaker_pronoun(const rcp_doc *d, const rcp__dunit *u,
                                uint32_t tok)
{
    static const char *const en[] = {"i", "we", "you", NULL};
    static const char *const fr[] = {"je", "j'", "nous", "vous", "on", NULL};
    uint64_t h = 0;
    for (uint32_t t = u->tok; t < tok && t < u->tok + u->ntok; t++)
        if (rcp__tok_listed(rcp__class_list(d, en, fr), &d->toks[t]))
            h = d->toks[t].hnorm;
    return h;
}

/* 1 when unit u of d opens on a quotation mark: a quotation ("He was
 * giving them a bit of grief", "We want to remember them") states what
 * its speaker says, not a claim the article makes. */
static int quoted(const rcp_doc *d, const rcp__dunit *u)
{
    return u->ntok && (d->toks[u->tok].flags & RCP_TOK_QUOTE);
}

/* The lemmas of word token tok of d (rcp__lexicon_neighbours without
 * senses nor synonyms), and those of the verb it makes with the next
 * word ("opened fire": open_fire and fire, rcp__claim_phrasal_keys), at
 * most 8. */
size_t rcp__digest_verb_lemmas(const rcp_doc *d, uint32_t tok, uint64_t *out)
{
    const uint64_t *keys;
    size_t n = RCP_MIN(rcp__claim_lemmas(d, &d->toks[tok], &keys), 8);
    memcpy(out, keys, n * sizeof *out);
    if (n && n < 8 && TUNE(PHRASAL, 1) > 0)
        n += rcp__claim_phrasal_keys(d, tok, 1, out + n, 8 - n);
    return n;
}

int rcp__digest_same_lemma(const rcp_doc *da, uint32_t ta,
                           const rcp_doc *db, uint32_t tb)
{
    uint64_t la[8], lb[8];
    size_t na = rcp__digest_verb_lemmas(da, ta, la);
    size_t nb = na ? rcp__digest_verb_lemmas(db, tb, lb) : 0;
    return rcp__keys_meet(la, na, lb, nb);
}

/* 1 when core key key (of kind, RCP__T_* bits) is a word of a claim:
 * not a framing word nor a number, and a name only when r's main claim
 * is about it (RCP__TR_NAME, not a person's: "checked into the Betty
 * Ford Center"; the actor test compares persons) */
static int claim_word(const rcp_digest *g, const rcp__dunit *r,
                      uint32_t key, uint8_t kind)
{
    if (kind & (RCP__T_FRAME | RCP__T_NUM))
        return 0;
    if (!(kind & RCP__T_NAME))
        return 1;
    if (TUNE(SENT_OBJ, 1) <= 0 || key >= g->nterms)
        return 0;
    const uint32_t *p =
        bsearch(&key, r->terms, r->nterms, sizeof key, rcp__cmp_u32);
    return p && (r->trole[p - r->terms] & RCP__TR_NAME) &&
           !person_word(g, r, key);
}

/* 1 when a term of unit r with core key key is in r's main claim
 * (RCP__TR_MAIN and RCP__TR_CLAIM: not who says it) */
static int main_word(const rcp_digest *g, const rcp__dunit *r, uint32_t key)
{
    for (uint32_t j = 0; j < r->nterms; j++)
        if ((r->trole[j] & (RCP__TR_MAIN | RCP__TR_CLAIM)) ==
                (RCP__TR_MAIN | RCP__TR_CLAIM) &&
            core_key(g, r->terms[j]) == key)
            return 1;
    return 0;
}

static double core_in_unit(const rcp_digest *g, const fclaims *cl,
                           const pclaim *c, const rcp__dunit *u,
                           uint8_t *seen, uint32_t nwords)
{
    const rcp__cterm *core = cl->ccore + c->c0;
    size_t n = c->c1 - c->c0;
    memset(seen, 0, n);
    for (uint32_t j = 0; j < u->nterms; j++) {
        const rcp__cterm *x = core_find(core, n, core_key(g, u->terms[j]));
        if (x)
            seen[x - core] = 1;
    }
    /* its weight and words of a claim in the core, and in the core's
     * words that the shown sentence holds in its main claim (main_word:
     * not who says it, nor what the articles add around the claim) */
    double o = 0, om = 0, wm = 0;
    uint32_t words = 0, wordsm = 0;
    const rcp__dunit *r0 = &g->units[g->facts[c->fact].rep];
    int main = TUNE(SENT_MAIN, 1) > 0;
    for (size_t i = 0; i < n; i++) {
        if (!seen[i] && (core[i].kind & RCP__T_NUM))
            return -1; /* the values agree: every number of the core */
        int m = main && main_word(g, r0, core[i].key);
        uint32_t cword = seen[i] ? (uint32_t)claim_word(g, r0, core[i].key,
                                                        core[i].kind) : 0;
        wm += m ? core[i].w : 0;
        if (seen[i]) {
            o += core[i].w, words += cword;
            om += m ? core[i].w : 0, wordsm += m ? cword : 0;
        }
    }
    double sc = words >= nwords && c->w > 0
                    ? o / c->w : 0;
    if (wordsm >= (uint32_t)TUNE(SENT_MAIN_WORDS, SENT_MAIN_WORDS) && wm > 0 &&
        om / wm >= TUNE(SENT_MAIN_CONT, SENT_MAIN_CONT))
        sc = RCP_MAX(sc, om / wm);
    if (sc <= 0)
        return -3;
    /* a fact dated to the day is stated with its date (values_clash
     * then sees that it is the same) */
    if (TUNE(SENT_DATE, 1) && day_dated(r0) && !day_dated(u))
        return -4;
    /* not another object */
    if (TUNE(SENT_NAMES, 1) && other_object(g, r0, core, n, NULL, 0, u))
        return -2;
    return sc;
}

/* 1 when a sentence of doc d states f with other values (f->dissent) */
static int doc_dissents(const rcp_digest *g, const rcp__dfact *f, uint32_t d)
{
    for (uint32_t k = 0; k < f->ndissent; k++)
        if (g->units[f->dissent[k]].doc == d)
            return 1;
    return 0;
}

int rcp__digest_sentence_support(rcp_digest *g)
{
    fclaims cl;
    int rc = person_words(g);
    if (!rc && g->claims) { /* merge_by_claim's, the facts unchanged */
        cl = *g->claims;
        rcp__free(g->claims);
        g->claims = NULL;
    } else if (!rc) {
        rc = fact_claims(g, &cl);
    } else {
        memset(&cl, 0, sizeof cl);
    }
    pkdoc *idx = NULL;
    scand *cand = NULL;
    uint32_t *tried = NULL;
    uint8_t *seen = NULL, *nflem = NULL;
    uint64_t *flem = NULL, *fspk = NULL; /* per claim: its verb's lemmas,
                                            its speaker's pronoun */
    size_t nidx = 0, cidx = 0, ncand = 0, ccand = 0, maxcore = 1;
    if (rc)
        goto cleanup;
    rc = RCP_ENOMEM;
    flem = rcp__malloc((cl.npc + 1) * 8 * sizeof *flem);
    nflem = rcp__calloc(cl.npc + 1, 1);
    fspk = rcp__calloc(cl.npc + 1, sizeof *fspk);
    if (!flem || !nflem || !fspk)
        goto cleanup;
    for (size_t i = 0; i < cl.npc; i++) {
        const rcp__dunit *r = &g->units[g->facts[cl.pc[i].fact].rep];
        const rcp_doc *d = g->docs[r->doc];
        maxcore = RCP_MAX(maxcore, (size_t)(cl.pc[i].c1 - cl.pc[i].c0));
        if (cl.pc[i].m1 == cl.pc[i].m0 ||
            rcp__aux_word(d, &d->toks[cl.pc[i].mtok]) || quoted(d, r))
            continue;
        nflem[i] = (uint8_t)rcp__digest_verb_lemmas(d, cl.pc[i].mtok,
                                                    flem + 8 * i);
        fspk[i] = speaker_pronoun(d, r, cl.pc[i].mtok);
        for (uint32_t q = cl.pc[i].m0; q < cl.pc[i].m1; q++) {
            if (!RCP__PUSH(idx, nidx, cidx))
                goto cleanup;
            idx[nidx].key = cl.mk[q] << RCP__PK_BITS;
            idx[nidx++].doc = (uint32_t)i;
        }
    }
    tried = rcp__calloc(cl.npc + 1, sizeof *tried);
    seen = rcp__malloc(maxcore);
    if (!tried || !seen)
        goto cleanup;
    if (nidx > 1)
        pkdoc_sort(idx, nidx);
    double cont = TUNE(SENT_CONT, SENT_CONT);
    for (size_t ui = 0; ui < g->nunits && nidx; ui++) {
        const rcp__dunit *u = &g->units[ui];
        if (!claim_unit(u) || u->mtok == UINT32_MAX)
            continue;
        const rcp_doc *ud = g->docs[u->doc];
        if (quoted(ud, u))
            continue; /* a quotation is its speaker's claim */
        /* its main claim, then the one coordinated with it, then what
         * a participle set apart says its subject also does */
        for (int vi = 0; vi < 3; vi++) {
            mverb uv;
            if (vi == 2)
                part_verb(ud, u, &uv);
            else if (vi && TUNE(SENT_MORE, 1) > 0)
                second_verb(ud, u, &uv);
            else if (vi)
                continue;
            else
                main_verb(ud, u, &uv);
            if (!uv.nkeys || rcp__aux_word(ud, &ud->toks[uv.tok]))
                continue; /* a copula says nothing of its own */
            uint32_t stamp = 3 * (uint32_t)ui + (uint32_t)vi + 1;
            int uneg = uv.nsub || (uv.use & RCP__PK_NEG);
            uint64_t ulem[8], uspk = 0;
            size_t nulem = SIZE_MAX; /* its lemmas and speaker, once needed */
            for (size_t q = 0; q < uv.nkeys; q++) {
                uint64_t key = uv.keys[q] >> RCP__PK_BITS;
                size_t lo, end = pk_run(idx, nidx, key, &lo);
                if (end - lo > PARA_POSTINGS)
                    continue;
                for (size_t p = lo; p < end; p++) {
                    uint32_t ci = idx[p].doc;
                    if (tried[ci] == stamp)
                        continue;
                    tried[ci] = stamp;
                    const pclaim *c = &cl.pc[ci];
                    const rcp__dfact *f = &g->facts[c->fact];
                    const rcp__dunit *r = &g->units[f->rep];
                    if (rcp__dfact_has_doc(f, u->doc))
                        continue;
                    /* mood and polarity of the verb */
                    if (rcp__digest_moods_oppose(c->muse, uv.use) ||
                        uneg != (c->neg != 0)) {
                        SDBG("mood");
                        continue;
                    }
                    /* the actor, the persons, a question */
                    if ((c->people && u->people && !(c->people & u->people)) ||
                        rcp__digest_other_clash(r, u) ||
                        !(vi == 1 ? second_actor(g, r, u, uv.tok)
                                  : one_actor(g, r, u))) {
                        SDBG("actor");
                        continue;
                    }
                    if (nulem == SIZE_MAX) {
                        nulem = rcp__digest_verb_lemmas(ud, uv.tok, ulem);
                        uspk = speaker_pronoun(ud, u, uv.tok);
                    }
                    if (uspk != fspk[ci]) {
                        SDBG("speaker");
                        continue;
                    }
                    /* one verb: a lemma in common (a sense in common joins
                     * "accused" and "charged", "voir" and "rencontrer") */
                    if (TUNE(SENT_LEMMA, 1)) {
                        int same = 0;
                        for (size_t i = 0; i < nulem && !same; i++)
                            for (size_t j = 0; j < nflem[ci] && !same; j++)
                                same = ulem[i] == flem[8 * ci + j];
                        if (!same) {
                            SDBG("lemma");
                            continue;
                        }
                    }
                    double s = core_in_unit(
                        g, &cl, c, u, seen,
                        (uint32_t)TUNE(SENT_WORDS, SENT_WORDS));
                    if (s < cont || s <= 0 || rcp__digest_values_clash(r, u)) {
                        SDBG2("core", s);
                        continue;
                    }
                    if (vi && fact_object_held(g, f, u) <
                                  TUNE(SENT_MORE_OBJ, SENT_MORE_OBJ)) {
                        SDBG("object");
                        continue;
                    }
                    /* a fact shown by a sentence of two claims is backed
                     * by the sentences that state both (main_support) */
                    if (second_unstated(g, c->fact, u)) {
                        SDBG("second");
                        continue;
                    }
                    if (!RCP__PUSH(cand, ncand, ccand))
                        goto cleanup;
                    cand[ncand++] = (scand){(uint32_t)ui, ci, (float)s,
                                            vi == 2};
                }
            }
        }
    }
    if (ncand > 1)
        qsort(cand, ncand, sizeof *cand, cmp_scand);
    for (size_t i = 0; i < ncand; i++) {
        rcp__dunit *u = &g->units[cand[i].unit];
        uint32_t fi = cl.pc[cand[i].claim].fact;
        rcp__dfact *f = &g->facts[fi];
        if (rcp__dfact_has_doc(f, u->doc))
            continue;
        if (doc_dissents(g, f, u->doc))
            continue;
#ifdef RCP_DIGEST_TUNE
        if (getenv("SENT_DEBUG")) {
            const rcp__dunit *r = &g->units[f->rep];
            const rcp_token *mt = &g->docs[r->doc]->toks[cl.pc[cand[i].claim].mtok];
            fprintf(stderr, "SENT %.3f %s (fact of %u) [%.*s] -> %.*s\n   + %s: %.*s\n",
                    cand[i].score, g->ids[u->doc], g->facts[u->fact].ndocs,
                    (int)mt->len, g->docs[r->doc]->text + mt->off,
                    (int)RCP_MIN(r->len, 160u), g->docs[r->doc]->text + r->off,
                    g->ids[u->doc], (int)RCP_MIN(u->len, 200u),
                    g->docs[u->doc]->text + u->off);
        }
#endif
        if ((rc = rcp__dfact_add_doc(g, f, u->doc)))
            goto cleanup;
        rc = RCP_ENOMEM;
        rcp__dfact *own = &g->facts[u->fact];
        if (own->ndocs < 2 && own != f && !cand[i].side) {
            /* a fact of its own: the sentence moves in */
            uint32_t *nu = rcp__arena_alloc(&g->arena,
                                            (f->nunits + 1) * sizeof *nu);
            if (!nu)
                goto cleanup;
            uint32_t k = 0, m = 0;
            for (; k < f->nunits && f->units[k] < cand[i].unit; k++)
                nu[m++] = f->units[k];
            nu[m++] = cand[i].unit;
            for (; k < f->nunits; k++)
                nu[m++] = f->units[k];
            f->units = nu;
            f->nunits = m;
            own->ndocs = own->nunits = 0;
            u->fact = (int32_t)fi;
        }
    }
    rc = 0;
cleanup:
    fclaims_release(&cl);
    rcp__free(idx);
    rcp__free(cand);
    rcp__free(tried);
    rcp__free(seen);
    rcp__free(flem);
    rcp__free(nflem);
    rcp__free(fspk);
    return rc;
}

#define AGREE_KEYS 64
#ifndef AGREE_HOLD
#define AGREE_HOLD 0.7
#endif

/* The predicate keys of token tok of d (rcp__claim_keys), without the
 * use bits, at most AGREE_KEYS. */
static size_t tok_keys(const rcp_doc *d, uint32_t tok, uint64_t *out)
{
    const uint64_t *keys;
    size_t n = rcp__claim_keys(d, &d->toks[tok], &keys);
    n = RCP_MIN(n, (size_t)AGREE_KEYS);
    for (size_t q = 0; q < n; q++)
        out[q] = keys[q] >> RCP__PK_BITS;
    return n;
}

/* How many docs of fact f have a unit of f with a predicate key among
 * keys[0..n) (tok_keys). */
static uint32_t keys_docs(const rcp_digest *g, const rcp__dfact *f,
                          const uint64_t *keys, size_t n)
{
    uint32_t docs = 0, last = UINT32_MAX;
    for (uint32_t a = 0; a < f->nunits; a++) {
        const rcp__dunit *u = &g->units[f->units[a]];
        int has = 0;
        for (uint32_t x = 0; x < u->npkeys && !has && u->doc != last; x++)
            for (size_t q = 0; q < n && !has; q++)
                has = u->pkeys[x] >> RCP__PK_BITS == keys[q];
        if (has)
            docs++, last = u->doc;
    }
    return docs;
}

/* The verb of the claim r states after its main one: the first verb
 * (surely one, not an auxiliary) after a coordinator, or what a verb of
 * saying there says ("stopped by the church and told a pastor that she
 * apologizes": apologizes); UINT32_MAX when a subordinate clause opens
 * first ("No one was injured in the fire, which was set ...") or there
 * is none. Grammar of each language (rcp__tok_opener). */
static uint32_t second_claim_verb(const rcp_doc *d, const rcp__dunit *r)
{
    const uint8_t *kind = rcp__dunit_kinds(r);
    int coord = 0, says = 0;
    for (uint32_t t = r->mtok + 1; t < r->tok + r->ntok; t++) {
        const rcp_token *k = &d->toks[t];
        if ((k->flags & RCP_TOK_WORD) && rcp__tok_opener(d, k)) {
            if (t == r->mtok + 1)
                return UINT32_MAX; /* "shot and killed X": one claim */
            if (rcp__tok_coordinator(d, k))
                coord = 1;
            else if (!says)
                return UINT32_MAX;
            continue;
        }
        uint8_t pm = kind[t - r->tok];
        if ((k->flags & RCP_TOK_WORD) && rcp__saying_word(k))
            says = coord;
        else if (coord && (pm & (RCP__CLAIM_VERB | RCP__CLAIM_SURE)) ==
                              (RCP__CLAIM_VERB | RCP__CLAIM_SURE) &&
                 !rcp__aux_word(d, k))
            return t;
    }
    return UINT32_MAX;
}

/*
 * The claim a fact's articles agree on (agreed_claim, after main_support,
 * before merge_by_claim). A fact may be shown by a sentence of two claims
 * whose second one is what most of its articles state ("Governor Palin
 * stopped by the church this morning and told an assistant pastor that
 * she apologizes if ...": of ten articles, five say she stopped by, more
 * that she apologized). The claim tests (merge_by_claim,
 * sentence_support) read the shown sentence's main verb, so the sentences
 * that state only the second claim ("Palin has apologised if ...") stay
 * out. When the verb of the second claim (second_claim_verb) is used by
 * more of the fact's docs than the main verb (their predicate keys: a
 * lemma, a sense, a synonym), the fact is shown instead by one of its
 * sentences whose main verb has that verb's lemma, which states no
 * second claim, opens on no reference, is no quotation, and holds
 * AGREE_HOLD of the weight of the shown sentence's words from that verb
 * on: of those, the one holding most of the shown sentence's weight.
 * Knob AGREE.
 */
int rcp__digest_agreed_claim(rcp_digest *g)
{
    if (TUNE(AGREE, 1) <= 0)
        return 0;
    for (size_t fi = 0; fi < g->nfacts; fi++) {
        rcp__dfact *f = &g->facts[fi];
        const rcp__dunit *r = &g->units[f->rep];
        if (f->ndocs < 3 || r->mtok == UINT32_MAX)
            continue;
        const rcp_doc *d = g->docs[r->doc];
        uint64_t keys[AGREE_KEYS];
        uint32_t n0 = keys_docs(g, f, keys, tok_keys(d, r->mtok, keys));
        uint32_t bt = second_claim_verb(d, r);
        if (bt != UINT32_MAX &&
            keys_docs(g, f, keys, tok_keys(d, bt, keys)) <= n0)
            bt = UINT32_MAX;
        if (bt == UINT32_MAX)
            continue;
        uint64_t blem[8];
        size_t nb = rcp__digest_verb_lemmas(d, bt, blem);
        double bw = 0;
        uint32_t rep = f->rep;
        for (uint32_t a = 0; a < f->nunits; a++) {
            const rcp__dunit *u = &g->units[f->units[a]];
            const rcp_doc *ud = g->docs[u->doc];
            if (u->mtok == UINT32_MAX || rcp__digest_opens_on_reference(g, u) ||
                (u->mverb2 != UINT32_MAX && u->mverb2 != u->mtok) ||
                (u->flags & RCP__U_NOSUMMARY) || quoted(ud, u) ||
                u->words > 35)
                continue;
            uint64_t ul[8];
            size_t nu = rcp__digest_verb_lemmas(ud, u->mtok, ul), same = 0;
            for (size_t i = 0; i < nu && !same; i++)
                for (size_t j = 0; j < nb && !same; j++)
                    same = ul[i] == blem[j];
            if (!same)
                continue;
            /* it holds the claim as r states it: half the weight of r's
             * words from that verb on ("killed a sheriff's deputy" is not
             * "killed Judge X, a court reporter, Y, and Sgt. Z") */
            double w = 0, cw = 0, ch = 0;
            for (uint32_t j = 0; j < r->nterms; j++) {
                uint32_t t = r->terms[j];
                int in = rcp__has_u32(u->terms, u->nterms, t);
                w += in ? g->idf[t] : 0;
                int second = 0;
                for (uint32_t x = bt; x < r->tok + r->ntok && !second; x++)
                    second = d->toks[x].hstem == g->thash[t];
                cw += second ? g->idf[t] : 0;
                ch += second && in ? g->idf[t] : 0;
            }
            if (ch >= TUNE(AGREE_HOLD, AGREE_HOLD) * cw && w > bw)
                bw = w, rep = f->units[a];
        }
#ifdef RCP_DIGEST_TUNE
        if (getenv("AGREE_DEBUG"))
            fprintf(stderr, "AGREE %u docs [%.*s] %s: %.*s\n   -> %.*s\n",
                    n0, (int)d->toks[bt].len, d->text + d->toks[bt].off,
                    rep == f->rep ? "none" : "new",
                    (int)RCP_MIN(r->len, 160u), d->text + r->off,
                    (int)RCP_MIN(g->units[rep].len, 160u),
                    g->docs[g->units[rep].doc]->text + g->units[rep].off);
#endif
        f->rep = rep;
    }
    return 0;
}

/*
 * The sentence a fact shows is one its articles state (show_shared, the
 * last step of the facts, once the links are made). A link reads right
 * when the article's sentence shown beside the fact (its evidence,
 * rcp__digest_evidence) states the whole of the fact's sentence, not a
 * part of it: "Assistant general manager Tony DiLeo was named interim
 * coach" is what nine articles state, "Stefanski said Tony DiLeo, the
 * team's assistant general manager and senior vice president, will
 * coach the team the rest of this season" what one states. So each fact
 * is shown by the one of its sentences that the most of its docs'
 * sentences hold: SHOW_HOLD of its weight (words of one meaning count, as
 * in rcp__digest_sim) and each of its numbers; among as many, the one
 * held more in all; the sentence shown before unless another is held by
 * more. A candidate gives every number the sentence shown before gives
 * (the fact's values stay shown: "le 10 décembre prochain") and reads on
 * its own (a verb, no reference to open on, no heading, fragment or
 * question; a quotation only for a quotation). The links do not change,
 * only the sentence shown and so the evidence. Facts of more than
 * SHOW_UNITS sentences keep theirs (each candidate reads each doc's
 * sentence). Knob SHOW. The sentence shown before, when WHOLE_MIN docs
 * state it whole (its own and the docs whose evidence holds it), stays
 * shown as a fact of those docs: what they add ("... with six children")
 * is not lost, and their links to it read right. So does, instead, a
 * sentence of the fact that holds the one shown and more, if more docs
 * state it whole (knob DETAIL: "The mayor closed the bridge on Monday"
 * shown, "... after engineers found cracks in two of its pillars" stated
 * by three). One such fact a fact. Knob WHOLE.
 */
#ifndef WHOLE_MIN
#define WHOLE_MIN 2
#endif
#define SHOW_UNITS 48

/* 1 when x gives every number u gives */
static int numbers_given(const rcp_digest *g, const rcp__dunit *u,
                         const rcp__dunit *x)
{
    for (uint32_t i = 0; i < u->nterms; i++)
        if ((g->tkind[u->terms[i]] & RCP__T_NUM) &&
            !rcp__has_u32(x->terms, x->nterms, u->terms[i]))
            return 0;
    return 1;
}

double rcp__digest_words_held(const rcp_digest *g, const rcp__dunit *u,
                              const rcp__dunit *x)
{
    if (u->weight <= 0)
        return 0;
    double dice = rcp__digest_sim(g, u, x, NULL, NULL);
    return RCP_MIN(1.0, dice * (u->weight + x->weight) / (2 * u->weight));
}

double rcp__digest_held_share(const rcp_digest *g, const rcp__dunit *u,
                              const rcp__dunit *x)
{
    return numbers_given(g, u, x) ? rcp__digest_words_held(g, u, x) : 0;
}

/* How many of f's other docs hold SHOW_HOLD of its unit s, if shown;
 * *sum: the shares of all. */
static uint32_t docs_holding(const rcp_digest *g, const rcp__dfact *f,
                             uint32_t s, double *sum)
{
    const rcp__dunit *u = &g->units[s];
    uint32_t n = 0;
    *sum = 0;
    for (uint32_t k = 0; k < f->ndocs; k++) {
        if (f->docs[k] == u->doc)
            continue;
        uint32_t e = rcp__digest_evidence(g, f, s, f->docs[k]);
        double h = e == UINT32_MAX ? 0 : rcp__digest_held_share(g, u, &g->units[e]);
        n += h >= TUNE(SHOW_HOLD, RCP__SHOW_HOLD);
        *sum += h;
    }
    return n;
}

/* 1 when doc d's sentence that f shows for unit c (rcp__digest_evidence:
 * one holding c first) holds c */
static int doc_holds(const rcp_digest *g, const rcp__dfact *f, uint32_t c,
                     uint32_t d)
{
    const rcp__dunit *u = &g->units[c];
    if (u->doc == d)
        return 1;
    uint32_t e = rcp__digest_evidence(g, f, c, d);
    if (e == UINT32_MAX)
        return 0;
    return rcp__digest_held_share(g, u, &g->units[e]) >=
           TUNE(SHOW_HOLD, RCP__SHOW_HOLD);
}

/* The sentence of its article a supporter shows (session 17, knob
 * `EV_PRED=0`): the writers show, for each supporter d of a fact, the
 * sentence the fact groups (rcp__digest_evidence), unless that one holds
 * less than SHOW_HOLD of the shown sentence and does not use its main
 * predicate (claim_pred's keys of mtok) while another sentence of d uses
 * it: then, of those, the one that holds the most of the shown sentence
 * if it holds more (the first of equals). A supporter is flagged partial
 * by the sentence it shows (rcp__digest_partial). */

/* The slot g->pmemo keeps for fact f shown by unit shown and doc d (its
 * partial flag + 1 in bits 0-1, its evidence_shown + 1 above them), by
 * the three indices, 21 bits each (+ 1: no key is 0); NULL while the
 * digest is built, for a digest too large for the key, or out of memory
 * (then asked again). */
static uint64_t *memo_slot(const rcp_digest *g, const rcp__dfact *f,
                           uint32_t shown, uint32_t d)
{
    uint64_t fi = (uint64_t)(f - g->facts), lim = (uint64_t)1 << 21;
    if (!g->pmemo || fi >= lim || shown >= lim || d >= lim)
        return NULL;
    return rcp__map_put(g->pmemo, (fi << 42 | (uint64_t)shown << 21 | d) + 1);
}

static uint32_t evidence_shown(const rcp_digest *g, const rcp__dfact *f,
                               uint32_t shown, uint32_t d);

uint32_t rcp__digest_evidence_shown(const rcp_digest *g, const rcp__dfact *f,
                                    uint32_t shown, uint32_t d)
{
    uint64_t *v = memo_slot(g, f, shown, d);
    if (v && *v >> 2)
        return (uint32_t)((*v >> 2) - 1);
    uint32_t e = evidence_shown(g, f, shown, d);
    if (v)
        *v |= ((uint64_t)e + 1) << 2; /* evidence_shown asks no memo */
    return e;
}

static uint32_t evidence_shown(const rcp_digest *g, const rcp__dfact *f,
                               uint32_t shown, uint32_t d)
{
    const rcp__dunit *s = &g->units[shown];
    uint32_t e = rcp__digest_evidence(g, f, shown, d);
    uint32_t off, len;
    if (e == UINT32_MAX || s->doc == d || TUNE(EV_PRED, 1) <= 0 ||
        rcp__digest_claim_span(g, f, shown, &off, &len))
        return e;
    double top = rcp__digest_words_held(g, s, &g->units[e]);
    uint64_t k[64];
    uint32_t nk = claim_pred(g, s, s->mtok, k);
    if (top >= TUNE(SHOW_HOLD, RCP__SHOW_HOLD) || !nk ||
        pred_uses(&g->units[e], k, nk))
        return e;
    uint32_t best = e;
    for (uint32_t u = rcp__digest_first_of_doc(g, NULL, 0,
                                               (uint32_t)g->nunits, d);
         u < g->nunits && g->units[u].doc == d; u++) {
        if (!pred_uses(&g->units[u], k, nk))
            continue;
        double h = rcp__digest_words_held(g, s, &g->units[u]);
        if (h > top)
            top = h, best = u;
    }
    return best;
}

/* The share of the idf weight of the terms of unit u's chunks cmask
 * that unit x holds (exact terms); -1 when nums is set and x lacks one of
 * their numbers. */
static double span_share(const rcp_digest *g, const rcp__dunit *u,
                         uint32_t cmask, const rcp__dunit *x, int nums)
{
    double all = 0, held = 0;
    for (uint32_t i = 0; i < u->nterms; i++) {
        if (!(u->tmask[i] & cmask))
            continue;
        uint32_t t = u->terms[i];
        int has = rcp__has_u32(x->terms, x->nterms, t);
        if (!has && nums && (g->tkind[t] & RCP__T_NUM))
            return -1;
        all += g->idf[t];
        held += has ? g->idf[t] : 0;
    }
    return all > 0 ? held / all : 1;
}

/* 1 when doc d's sentence that states fact f (rcp__digest_evidence)
 * holds SHOW_HOLD of the weight of the terms of f's claim span (those of
 * its chunks, f->cmask) and each of its numbers. */
static int span_held(const rcp_digest *g, const rcp__dfact *f, uint32_t d)
{
    const rcp__dunit *u = &g->units[f->cunit];
    if (u->doc == d)
        return 1;
    uint32_t e = rcp__digest_evidence(g, f, f->cunit, d);
    if (e == UINT32_MAX)
        return 0;
    double h = span_share(g, u, f->cmask, &g->units[e], 1);
    return h >= 0 && h >= TUNE(SHOW_HOLD, RCP__SHOW_HOLD);
}

/*
 * The detail test of the partial flag (session 19). A supporter whose
 * sentence holds SHOW_HOLD of the shown one's weight may still lack one
 * of its details: a wire copy without the time ("... before stopping
 * the fight at 2:56"), the day ("On Saturday, Cheeks was fired"), the
 * distance ("35 miles southwest of the port") or a figure ("... on more
 * than 50 charges"). Words of small weight, they pass the weight test;
 * the contract (docs/digest.md, "What a fact shows") reads the
 * supporter's own sentence, so the test does too, not its article.
 * What x, the supporter's sentence, says of when and how many: its
 * values (fvals), its weekdays (a bit each), whether it names a day
 * another way (a day and month, "yesterday", "hier") and whether it
 * writes a number its values leave unread ("24km", "a hundred"), which
 * may be any of the shown sentence's.
 */
typedef struct xwhen {
    const rcp__dunit *x;
    unsigned wdays;  /* bit w for each weekday w it names */
    int other_day;   /* a day and month, or a relative day */
    int unread_num;  /* a number glued to its unit, or a multiplier word,
                        outside its values */
} xwhen;

/* 1 when token t of unit u lies inside one of its values */
static int in_value(const rcp__dunit *u, uint32_t t)
{
    for (uint32_t j = 0; j < u->nfvals; j++)
        if (t >= u->fvals[j].first && t <= u->fvals[j].last)
            return 1;
    return 0;
}

static xwhen read_when(const rcp_digest *g, const rcp__dunit *x)
{
    xwhen w = {x, 0, 0, 0};
    const rcp_doc *d = g->docs[x->doc];
    for (uint32_t j = 0; j < x->nfvals; j++)
        w.other_day |= x->fvals[j].kind == RCP__VAL_MDAY;
    for (uint32_t t = x->tok; t < x->tok + x->ntok; t++) {
        const rcp_token *k = &d->toks[t];
        int off, wd = rcp__tok_weekday(k);
        if (wd >= 0)
            w.wdays |= 1u << wd;
        w.other_day |= rcp__relative_day(k, &off);
        int glued = (k->flags & RCP_TOK_NUM) && k->norm_len &&
                    k->norm[k->norm_len - 1] >= 'a' &&
                    k->norm[k->norm_len - 1] <= 'z';
        if ((glued || rcp__multiplier(k) != 1) && !in_value(x, t))
            w.unread_num = 1;
    }
    return w;
}

static int number_written(const rcp_digest *g, const rcp__dunit *x,
                          uint64_t key, double v);

/* 1 when value v of the shown sentence (not a weekday: those are read
 * as words) is one x states: a value of x of the same kind that meets
 * it; a time of day, also the part of the day of a weekday ("this
 * morning" / "Monday morning"); a figure, also one x writes as a number
 * ("29 in April" / "turns 29 on April 11"); or a number x's values leave
 * unread */
static int value_stated(const rcp_digest *g, const rcp__value *v,
                        const xwhen *w)
{
    const rcp__dunit *x = w->x;
    for (uint32_t j = 0; j < x->nfvals; j++) {
        const rcp__value *y = &x->fvals[j];
        if (y->kind == v->kind && rcp__values_meet(v, y))
            return 1;
        if (v->kind == RCP__VAL_TIME && y->kind == RCP__VAL_WDAY &&
            y->hi - y->lo < 29 &&
            rcp__values_hours_meet(v->lo, v->hi, y->lo - y->v * 100,
                                   y->hi - y->v * 100))
            return 1;
    }
    return w->unread_num ||
           (v->kind == RCP__VAL_FIGURE && number_written(g, x, 0, v->v));
}

/* 1 when value i of unit s lies inside another of its values that is
 * no figure (the "6" of "after 6 p.m.", read as a figure too) */
static int value_inside(const rcp__dunit *s, uint32_t i)
{
    const rcp__value *v = &s->fvals[i];
    for (uint32_t j = 0; j < s->nfvals; j++)
        if (j != i && s->fvals[j].kind != RCP__VAL_FIGURE &&
            s->fvals[j].first <= v->first && v->last <= s->fvals[j].last)
            return 1;
    return 0;
}

/* The digits of token k's folded form, as a number read in base 11 (so
 * that leading zeros count), 0 for none: "2:56" and "2.56" are one, "AK-47"
 * and "47" too. */
static uint64_t digits_key(const rcp_token *k)
{
    uint64_t key = 0;
    for (size_t i = 0; i < k->norm_len; i++)
        if (k->norm[i] >= '0' && k->norm[i] <= '9')
            key = key * 11 + (uint64_t)(k->norm[i] - '0' + 1);
    return key;
}

/* 1 when a token of x has the digits key (digits_key), or, key 0, the
 * number v by itself (rcp__token_number) */
static int number_written(const rcp_digest *g, const rcp__dunit *x,
                          uint64_t key, double v)
{
    const rcp_doc *d = g->docs[x->doc];
    for (uint32_t t = x->tok; t < x->tok + x->ntok; t++) {
        double n;
        if (key ? digits_key(&d->toks[t]) == key
                : rcp__token_number(d, t, &n) && n == v)
            return 1;
    }
    return 0;
}

/* 1 when unit x tells of a speaker: a term outside its claim (who says
 * it, RCP__TR_CLAIM), a word of saying (rcp__saying_word: "he said",
 * "a-t-il ajouté", "according to"), or a quotation mark (a quote, whose
 * speaker the story's quotes give) */
static int tells_speaker(const rcp_digest *g, const rcp__dunit *x)
{
    for (uint32_t i = 0; i < x->nterms; i++)
        if (!(x->trole[i] & RCP__TR_CLAIM))
            return 1;
    const rcp_doc *d = g->docs[x->doc];
    for (uint32_t t = x->tok; t < x->tok + x->ntok; t++)
        if ((d->toks[t].flags & RCP_TOK_QUOTE) ||
            rcp__saying_word(&d->toks[t]))
            return 1;
    return 0;
}

/* 1 when the shown sentence s says who says its claim ("Hastings said",
 * "according to court records", "selon la police": its terms outside
 * the claim, no RCP__TR_CLAIM), naming someone (a term that is no
 * reporting verb, role nor weekday: RCP__T_FRAME) x lacks, and x tells
 * of no speaker (tells_speaker: "he said" and "authorities said" tell of
 * one, whom s may name otherwise) */
static int attribution_missing(const rcp_digest *g, const rcp__dunit *s,
                               const rcp__dunit *x)
{
    if (TUNE(FLAG_ATTR, 1) <= 0)
        return 0;
    int named = 0;
    for (uint32_t i = 0; i < s->nterms && !named; i++)
        named = !(s->trole[i] & RCP__TR_CLAIM) &&
                !(g->tkind[s->terms[i]] & (RCP__T_FRAME | RCP__T_NUM)) &&
                !rcp__has_u32(x->terms, x->nterms, s->terms[i]);
    return named && !tells_speaker(g, x);
}

/* 1 when unit x, a supporter's sentence, lacks a detail of the shown
 * sentence s: who says it (attribution_missing), a weekday of s that x
 * does not name (nor any other day: "Tuesday" / "yesterday", "mardi" /
 * "le 1er juillet", which only the timeline could tell apart), a value
 * of s (a figure, a day and month, a time of day) that x does not state
 * (value_stated), or a number of s its values leave unread ("at 2:56")
 * whose digits no token of x has (digits_key) */
int rcp__digest_detail_missing(const rcp_digest *g, const rcp__dunit *s,
                               const rcp__dunit *x)
{
    if (attribution_missing(g, s, x))
        return 1;
    xwhen w = {x, 0, 0, 0};
    int read = 0;
    const rcp_doc *d = g->docs[s->doc];
    for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
        const rcp_token *k = &d->toks[t];
        int wd = rcp__tok_weekday(k);
        uint64_t key = wd < 0 && (k->flags & RCP_TOK_NUM) && !in_value(s, t)
                           ? digits_key(k)
                           : 0;
        if (wd < 0 && !key)
            continue;
        if (!read)
            w = read_when(g, x), read = 1;
        if (wd >= 0 ? !(w.wdays >> wd & 1) && !w.other_day
                    : !number_written(g, x, key, 0))
            return 1;
    }
    for (uint32_t i = 0; i < s->nfvals; i++) {
        const rcp__value *v = &s->fvals[i];
        if (v->kind == RCP__VAL_WDAY || value_inside(s, i))
            continue;
        if (!read)
            w = read_when(g, x), read = 1;
        if (!value_stated(g, v, &w))
            return 1;
    }
    return 0;
}

/* rcp__digest_partial; details 0: the weight test alone, which part_facts
 * reads (a detail missing makes no part fact) */
static int partial_by_weight(const rcp_digest *g, const rcp__dfact *f,
                             uint32_t shown, uint32_t d, int details)
{
    uint32_t off, len;
    if (rcp__digest_claim_span(g, f, shown, &off, &len))
        return !span_held(g, f, d);
    const rcp__dunit *s = &g->units[shown];
    if (s->doc == d)
        return 0;
    uint32_t e = rcp__digest_evidence_shown(g, f, shown, d);
    if (e == UINT32_MAX || rcp__digest_words_held(g, s, &g->units[e]) <
                               TUNE(SHOW_HOLD, RCP__SHOW_HOLD))
        return 1;
    return details && TUNE(FLAG_DETAIL, 1) > 0 &&
           rcp__digest_detail_missing(g, s, &g->units[e]);
}

int rcp__digest_partial(const rcp_digest *g, const rcp__dfact *f,
                        uint32_t shown, uint32_t d)
{
    uint64_t *v = memo_slot(g, f, shown, d);
    if (v && (*v & 3))
        return (int)(*v & 3) - 1;
    int p = partial_by_weight(g, f, shown, d, 1);
    /* asked again: partial_by_weight fills the evidence's part of the
     * slot, and the map may have grown */
    if (v && (v = memo_slot(g, f, shown, d)))
        *v |= (uint64_t)p + 1;
    return p;
}

int rcp__digest_show_shared(rcp_digest *g)
{
    if (TUNE(SHOW, 1) <= 0)
        return 0;
    /* a candidate reads as a statement: none of the summary's
     * exclusions but a repeat (RCP__U_NOSUMMARY holds the others) */
    const uint32_t unread = RCP__U_NOSUMMARY & ~RCP__U_COPY;
    size_t n0 = g->nfacts, nnf = 0, cnf = 0;
    rcp__dfact *nf = NULL; /* the wholes, facts of their own */
    for (size_t fi = 0; fi < n0; fi++) {
        rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2 || f->nunits < 2 || f->nunits > SHOW_UNITS)
            continue;
        const rcp__dunit *r = &g->units[f->rep];
        int rq = quoted(g->docs[r->doc], r);
        double bsum, sum;
        uint32_t best = f->rep, bn = docs_holding(g, f, f->rep, &bsum),
                 n_old = bn;
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t c = f->units[a];
            const rcp__dunit *u = &g->units[c];
            if (c == f->rep || u->mtok == UINT32_MAX || (u->flags & unread) ||
                !numbers_given(g, r, u) || (quoted(g->docs[u->doc], u) && !rq) ||
                rcp__digest_opens_on_reference(g, u))
                continue;
            uint32_t n = docs_holding(g, f, c, &sum);
            if (n > bn || (n == bn && best != f->rep && sum > bsum))
                best = c, bn = n, bsum = sum;
        }
#ifdef RCP_DIGEST_TUNE
        if (best != f->rep && getenv("SHOW_DEBUG"))
            fprintf(stderr, "SHOW %u/%u %.*s\n  -> %.*s\n", bn, f->ndocs,
                    (int)RCP_MIN(r->len, 200u), g->docs[r->doc]->text + r->off,
                    (int)RCP_MIN(g->units[best].len, 200u),
                    g->docs[g->units[best].doc]->text + g->units[best].off);
#endif
        uint32_t whole = best != f->rep && !(r->flags & unread) &&
                                 n_old + 1 >= TUNE(WHOLE_MIN, WHOLE_MIN)
                             ? f->rep : UINT32_MAX;
        if (TUNE(DETAIL, 1) > 0) {
            /* or a sentence that holds the one shown and more, stated
             * whole by more docs */
            const rcp__dunit *b = &g->units[best];
            double hold = TUNE(SHOW_HOLD, RCP__SHOW_HOLD);
            uint32_t wn = whole == UINT32_MAX ? 0 : n_old;
            for (uint32_t a = 0; a < f->nunits; a++) {
                uint32_t c = f->units[a];
                const rcp__dunit *u = &g->units[c];
                if (c == best || c == whole || u->mtok == UINT32_MAX ||
                    (u->flags & unread) || (quoted(g->docs[u->doc], u) && !rq) ||
                    rcp__digest_opens_on_reference(g, u) ||
                    rcp__digest_held_share(g, b, u) < hold ||
                    rcp__digest_held_share(g, u, b) >= hold)
                    continue;
                uint32_t n = docs_holding(g, f, c, &sum);
                if (n + 1 >= TUNE(WHOLE_MIN, WHOLE_MIN) && n > wn)
                    whole = c, wn = n;
            }
        }
        if (whole != UINT32_MAX && TUNE(WHOLE, 1) > 0) {
            /* the sentence shown before, stated whole by docs of its
             * own: a fact of those docs */
            uint32_t *docs = rcp__arena_alloc(&g->arena, f->ndocs * sizeof *docs);
            uint32_t *units = rcp__arena_alloc(&g->arena, f->nunits * sizeof *units);
            if (!docs || !units || !RCP__PUSH(nf, nnf, cnf)) {
                rcp__free(nf);
                return RCP_ENOMEM;
            }
            uint32_t pd = 0, pu = 0;
            for (uint32_t k = 0; k < f->ndocs; k++)
                if (doc_holds(g, f, whole, f->docs[k]))
                    docs[pd++] = f->docs[k];
            for (uint32_t a = 0; a < f->nunits; a++)
                if (rcp__has_u32(docs, pd, g->units[f->units[a]].doc))
                    units[pu++] = f->units[a];
            nf[nnf++] = (rcp__dfact){.rep = whole, .units = units,
                                     .nunits = pu, .docs = docs,
                                     .ndocs = pd, .claim = f->claim};
#ifdef RCP_DIGEST_TUNE
            if (getenv("WHOLE_DEBUG"))
                fprintf(stderr, "WHOLE %u/%u %.*s\n  part %.*s\n", pd, f->ndocs,
                        (int)RCP_MIN(g->units[whole].len, 200u),
                        g->docs[g->units[whole].doc]->text + g->units[whole].off,
                        (int)RCP_MIN(g->units[best].len, 200u),
                        g->docs[g->units[best].doc]->text + g->units[best].off);
#endif
        }
        f->rep = best;
    }
    int rc = append_facts(g, nf, nnf);
    rcp__free(nf);
    return rc;
}

/*
 * Part facts (part_facts, after show_shared): a link reads right only
 * when the article states the whole of the sentence shown, but an article
 * often states a part of it: "Page had been hospitalized for the past
 * three weeks for pneumonia" beside a sentence that adds she was about to
 * be released when the heart attack came; "Personne n'a été blessé dans
 * l'incendie de l'église" beside one that adds when the fire was set and
 * who was inside. A doc whose sentences hold less than SHOW_HOLD of the
 * shown sentence's words (rcp__digest_held_share without its numbers: a
 * number written otherwise is no missing part) is partial. Its evidence
 * sentence is a part when the shown sentence holds it whole (SHOW_HOLD and
 * each of its numbers), states its main claim (states_part), and has the
 * part's predicate (pred_stated: "Police arrested LaSalle" is not a part
 * of "LaSalle told police he had drunk ..."); it reads as show_shared's
 * candidates read (a statement, short ones too: "No one was injured.").
 * The part that the most partial docs hold, at least PART_MIN of them
 * (its own doc counts), becomes a fact backed by every doc of the fact:
 * those that state the whole state it, and the others were linked for
 * the main claim it states; or the docs join the fact it shows already.
 * The fact keeps the docs that state its sentence whole; left with one,
 * the sentence is its article's own (unique). The claims-dev gold counts
 * a partial doc as stating the part: the part's fact backs it.
 * Knob PART.
 */
#ifndef PART_MIN
#define PART_MIN 2
#endif

/* 1 when s has a predicate of one meaning with u's main verb (or u has
 * none: a copula) */
static int pred_stated(const rcp_digest *g, const rcp__dunit *u,
                       const rcp__dunit *s)
{
    uint64_t k[64];
    uint32_t nk = claim_pred(g, u, u->mverb, k);
    return !nk || (pred_uses(s, k, nk) & PRED_FOUND);
}

/* The part of f's shown sentence s that the most of its partial docs
 * (part[k]) hold, or UINT32_MAX when fewer than PART_MIN hold one */
static uint32_t best_part(const rcp_digest *g, const rcp__dfact *f,
                          const uint8_t *part)
{
    /* a short statement is a part ("No one was injured.") */
    const uint32_t unread =
        RCP__U_NOSUMMARY & ~(RCP__U_COPY | RCP__U_SHORT | RCP__U_NOISE);
    const rcp__dunit *s = &g->units[f->rep];
    int sq = quoted(g->docs[s->doc], s);
    mclaim ms;
    main_claim(g, s, &ms);
    uint32_t best = UINT32_MAX, bn = 0;
    for (uint32_t k = 0; k < f->ndocs; k++) {
        uint32_t c = part[k] ? rcp__digest_evidence(g, f, f->rep, f->docs[k])
                             : UINT32_MAX;
        if (c == UINT32_MAX)
            continue;
        const rcp__dunit *u = &g->units[c];
        if (u->mtok == UINT32_MAX || (u->flags & unread) ||
            ((u->flags & RCP__U_NOISE) && !(u->flags & RCP__U_TERSE)) ||
            (quoted(g->docs[u->doc], u) && !sq) ||
            rcp__digest_opens_on_reference(g, u) ||
            rcp__digest_held_share(g, u, s) < TUNE(SHOW_HOLD, RCP__SHOW_HOLD) ||
            !states_part(g, s, &ms.p[0], u, TUNE(MAIN_COVER, MAIN_COVER),
                         RCP__TR_CLAIM) ||
            !pred_stated(g, u, s))
            continue;
        uint32_t n = 0;
        for (uint32_t q = 0; q < f->ndocs; q++)
            n += part[q] && doc_holds(g, f, c, f->docs[q]);
        if (n > bn)
            best = c, bn = n;
    }
    return bn >= TUNE(PART_MIN, PART_MIN) ? best : UINT32_MAX;
}

int rcp__digest_part_facts(rcp_digest *g)
{
    if (TUNE(PART, 1) <= 0)
        return 0;
    size_t n0 = g->nfacts, nnf = 0, cnf = 0, cpart = 0;
    rcp__dfact *nf = NULL; /* the new facts */
    uint8_t *part = NULL;  /* per doc of a fact: 1 when partial */
    int32_t *repfact = rcp__malloc((g->nunits + 1) * sizeof *repfact);
    int rc = RCP_ENOMEM;
    if (!repfact)
        goto cleanup;
    /* the fact each unit shows (of the most docs) */
    for (size_t u = 0; u < g->nunits; u++)
        repfact[u] = -1;
    for (size_t fi = 0; fi < n0; fi++) {
        int32_t *e = &repfact[g->facts[fi].rep];
        if (g->facts[fi].ndocs &&
            (*e < 0 || g->facts[*e].ndocs < g->facts[fi].ndocs))
            *e = (int32_t)fi;
    }
    for (size_t fi = 0; fi < n0; fi++) {
        rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2 || f->nunits < 2 || f->nunits > SHOW_UNITS)
            continue;
        if (rcp__grow(&part, &cpart, f->ndocs, 1))
            goto cleanup;
        uint32_t np = 0;
        for (uint32_t k = 0; k < f->ndocs; k++)
            np += part[k] = partial_by_weight(g, f, f->rep, f->docs[k], 0);
        uint32_t best = np ? best_part(g, f, part) : UINT32_MAX;
        if (best == UINT32_MAX)
            continue;
        int32_t ef = repfact[best];
        /* shown however short */
        uint8_t claim =
            (g->units[best].flags & (RCP__U_SHORT | RCP__U_NOISE)) != 0;
        if (ef >= 0) {
            /* the fact it shows already: f's docs join it */
            rcp__dfact *e = (size_t)ef < n0 ? &g->facts[ef] : &nf[ef - n0];
            for (uint32_t k = 0; k < f->ndocs; k++)
                if ((rc = rcp__dfact_add_doc(g, e, f->docs[k])))
                    goto cleanup;
            rc = RCP_ENOMEM;
            e->claim |= claim;
        } else {
            /* a fact of f's docs and units, shown by the part */
            uint32_t *docs =
                rcp__arena_alloc(&g->arena, f->ndocs * sizeof *docs);
            uint32_t *units =
                rcp__arena_alloc(&g->arena, (f->nunits + 1) * sizeof *units);
            if (!docs || !units || !RCP__PUSH(nf, nnf, cnf))
                goto cleanup;
            memcpy(docs, f->docs, f->ndocs * sizeof *docs);
            memcpy(units, f->units, f->nunits * sizeof *units);
            uint32_t pu = f->nunits;
            if (!rcp__has_u32(units, pu, best)) { /* not a unit of f */
                units[pu++] = best;
                rcp__sort_u32(units, pu);
            }
            rcp__dfact *pf = &nf[nnf++];
            *pf = (rcp__dfact){.rep = best, .units = units, .nunits = pu,
                               .docs = docs, .ndocs = f->ndocs,
                               .claim = claim};
            ef = repfact[best] = (int32_t)(n0 + nnf - 1);
        }
#ifdef RCP_DIGEST_TUNE
        if (getenv("PART_DEBUG"))
            fprintf(stderr, "PART %u of: %.*s\n  shown: %.*s\n", np,
                    (int)RCP_MIN(g->units[f->rep].len, 200u),
                    g->docs[g->units[f->rep].doc]->text + g->units[f->rep].off,
                    (int)RCP_MIN(g->units[best].len, 200u),
                    g->docs[g->units[best].doc]->text + g->units[best].off);
#endif
        /* the partial docs leave f, their units for the part's fact */
        uint32_t nd = 0, nu = 0;
        for (uint32_t k = 0; k < f->ndocs; k++)
            if (!part[k])
                f->docs[nd++] = f->docs[k];
        f->ndocs = nd;
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t u = f->units[a];
            if (rcp__dfact_has_doc(f, g->units[u].doc))
                f->units[nu++] = u;
            else if (g->units[u].fact == (int32_t)fi)
                g->units[u].fact = ef;
        }
        f->nunits = nu;
        if (nd == 1)
            g->units[f->rep].cross = 0;
    }
    rc = append_facts(g, nf, nnf);
cleanup:
    rcp__free(repfact);
    rcp__free(part);
    rcp__free(nf);
    return rc;
}

/*
 * Contained support (session 15, after part_facts; knob CONTAIN=0): the
 * mirror of part facts. An article whose sentence states the whole of
 * the sentence a fact shows inside a longer one -- as a clause, an
 * apposition or a list member ("The car dragged her 10 feet" in
 * "Instead, LaSalle gunned the engine and drove over Johnson, hitting
 * her and dragging her 10 feet as he sped away, a witness said") --
 * supports the fact, with that sentence as its evidence
 * (rcp__digest_evidence takes the sentence that holds the shown one),
 * wherever the sentence sits (the fact of its own main claim, `unique`,
 * no item). The sentence holds CONTAIN_HOLD of the shown one's weight
 * and each of its numbers (rcp__digest_held_share: the values), states
 * its main claim (states_part: the words of its actor and predicate, a
 * predicate of one meaning, in no opposed mood), gives no value
 * otherwise and names no other person nor asks (values_clash,
 * other_clash: a value given otherwise is a disagreement), and is a
 * quotation only when the shown sentence is one. Only facts of two docs
 * or more take docs this way (a `unique` sentence held by a longer one is
 * most often a short sentence of few words: "No one knew what to do.").
 * A fact is looked up by the heaviest terms of its shown sentence that a
 * sentence holding it must hold one of (contain_need), at most
 * PARA_POSTINGS facts per term: linear in the story's sentences.
 */
#ifndef CONTAIN_HOLD
#define CONTAIN_HOLD 0.8
#endif

/* The heaviest terms of a shown sentence that no word of one meaning
 * can stand for (in no lexicon group), at most CONTAIN_TERMS, and the
 * weight a sentence may lack of them and still hold `hold` of it
 * (rcp__digest_held_share): a sentence that holds it holds one of them
 * at least, so the fact is looked up by them. */
#define CONTAIN_TERMS 8
typedef struct cneed {
    uint32_t t[CONTAIN_TERMS];
    float w[CONTAIN_TERMS], allow;
    uint32_t n; /* the first n: more than allow together */
} cneed;

static void contain_need(const rcp_digest *g, const rcp__dunit *r,
                         double hold, cneed *n)
{
    memset(n, 0, sizeof *n);
    n->allow = (float)((1 - hold) * r->weight);
    for (uint32_t i = 0; i < r->nterms; i++) {
        uint32_t t = r->terms[i];
        float w = (float)g->idf[t];
        int grouped = 0;
        for (uint32_t x = 0; x < r->ngkeys && !grouped; x++)
            grouped = (uint32_t)r->gkeys[x] == i;
        if (grouped || w <= n->w[CONTAIN_TERMS - 1])
            continue;
        uint32_t j = CONTAIN_TERMS - 1; /* heaviest first */
        for (; j > 0 && n->w[j - 1] < w; j--)
            n->t[j] = n->t[j - 1], n->w[j] = n->w[j - 1];
        n->t[j] = t, n->w[j] = w;
    }
    float sum = 0;
    while (n->n < CONTAIN_TERMS && n->w[n->n] > 0 && sum <= n->allow)
        sum += n->w[n->n++];
    if (sum <= n->allow)
        n->n = 0; /* no term a sentence must hold: not looked up */
}

/* 0 when u lacks more of n's terms than n allows */
static int need_held(const cneed *n, const rcp__dunit *u)
{
    float miss = 0;
    for (uint32_t j = 0; j < CONTAIN_TERMS && n->w[j] > 0; j++)
        if (!rcp__has_u32(u->terms, u->nterms, n->t[j]) &&
            (miss += n->w[j]) > n->allow)
            return 0;
    return 1;
}

int rcp__digest_contain_support(rcp_digest *g)
{
    if (TUNE(CONTAIN, 1) <= 0)
        return 0;
    const uint32_t unread = RCP__U_NOISE | RCP__U_FRAGMENT;
    size_t nf = g->nfacts, nidx = 0, cidx = 0, ncand = 0, ccand = 0;
    pkdoc *idx = NULL;  /* term << PK_BITS, fact */
    scand *cand = NULL; /* unit, fact, share held */
    uint32_t *tried = rcp__calloc(nf + 1, sizeof *tried);
    cneed *need = rcp__calloc(nf + 1, sizeof *need);
    int rc = RCP_ENOMEM;
    double hold = TUNE(CONTAIN_HOLD, CONTAIN_HOLD);
    if (!tried || !need)
        goto cleanup;
    for (size_t fi = 0; fi < nf; fi++) {
        const rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2 || !f->nunits)
            continue;
        const rcp__dunit *r = &g->units[f->rep];
        uint64_t k[64];
        if (!claim_pred(g, r, r->mverb, k))
            continue; /* no verb, or a copula */
        contain_need(g, r, hold, &need[fi]);
        for (uint32_t q = 0; q < need[fi].n; q++) {
            if (!RCP__PUSH(idx, nidx, cidx))
                goto cleanup;
            idx[nidx].key = (uint64_t)need[fi].t[q] << RCP__PK_BITS;
            idx[nidx++].doc = (uint32_t)fi;
        }
    }
    if (nidx > 1)
        pkdoc_sort(idx, nidx);
    for (size_t ui = 0; ui < g->nunits && nidx; ui++) {
        const rcp__dunit *u = &g->units[ui];
        if ((u->flags & unread) || !u->npkeys)
            continue;
        int uq = quoted(g->docs[u->doc], u);
        for (uint32_t x = 0; x < u->nterms; x++) {
            size_t lo, end = pk_run(idx, nidx, u->terms[x], &lo);
            if (end - lo > PARA_POSTINGS)
                continue;
            for (size_t p = lo; p < end; p++) {
                uint32_t fi = idx[p].doc;
                if (tried[fi] == ui + 1)
                    continue;
                tried[fi] = (uint32_t)ui + 1;
                const rcp__dfact *f = &g->facts[fi];
                const rcp__dunit *r = &g->units[f->rep];
                if (!need_held(&need[fi], u) ||
                    rcp__dfact_has_doc(f, u->doc) ||
                    (uq && !quoted(g->docs[r->doc], r)) ||
                    !(u->pmask & r->pmask))
                    continue;
                double h = rcp__digest_held_share(g, r, u);
                if (h < hold || rcp__digest_other_clash(r, u) ||
                    rcp__digest_values_clash(r, u))
                    continue;
                /* its main claim: a predicate of one meaning with the
                 * shown sentence's main verb, and its words */
                mclaim m;
                main_claim(g, r, &m);
                if (!(pred_uses(u, m.p[0].k, m.p[0].nk) & PRED_FOUND) ||
                    !states_part(g, r, &m.p[0], u,
                                 TUNE(MAIN_COVER, MAIN_COVER), RCP__TR_CLAIM))
                    continue;
                if (!RCP__PUSH(cand, ncand, ccand))
                    goto cleanup;
                cand[ncand++] = (scand){(uint32_t)ui, fi, (float)h, 0};
            }
        }
    }
    for (size_t i = 0; i < ncand; i++) {
        const rcp__dunit *u = &g->units[cand[i].unit];
        rcp__dfact *f = &g->facts[cand[i].claim];
        if (doc_dissents(g, f, u->doc) || rcp__dfact_has_doc(f, u->doc))
            continue;
#ifdef RCP_DIGEST_TUNE
        if (getenv("CONTAIN_DEBUG")) {
            const rcp__dunit *r = &g->units[f->rep];
            fprintf(stderr,
                    "CONTAIN %.3f %s (fact of %u): %.*s\n  + %s: %.*s\n",
                    cand[i].score, g->ids[r->doc], f->ndocs,
                    (int)RCP_MIN(r->len, 200u), g->docs[r->doc]->text + r->off,
                    g->ids[u->doc], (int)RCP_MIN(u->len, 300u),
                    g->docs[u->doc]->text + u->off);
        }
#endif
        if ((rc = rcp__dfact_add_doc(g, f, u->doc)))
            goto cleanup;
    }
    rc = 0;
cleanup:
    rcp__free(idx);
    rcp__free(cand);
    rcp__free(tried);
    rcp__free(need);
    return rc;
}

/*
 * Value facts (session 16, `rcp__digest_value_facts`, after
 * contain_support, before other_claims; knob `VALUE=0`): sentences of different articles that
 * give one value of one thing as the argument of one predicate state
 * one claim, whatever else their words say ("The Navy confiscated 14
 * AK-47 rifles, 31 magazines and 923 rounds from the boat" / "... the
 * personnel on board the warship have confiscated 14 AK-47 Rifles, 31
 * magazines and 923 rounds of ammunition"). A value is a figure with its
 * noun, a measure in its dimension (90 days and three months are one
 * duration whatever noun follows), a day and month (rcp__value); not a
 * bare number nor one that reads as a year. The claim is shown by the
 * shortest statement whose main claim gives it (the value in the main
 * clause, neither in an aside nor in the actor's words: rcp__dunit.vrole;
 * not a quotation) with its main predicate within VALUE_SPAN tokens of
 * it; a statement of another article backs it when a predicate of one
 * meaning in the same mood is within VALUE_SPAN tokens of its own copy of
 * the value (a denial, a forecast are other claims), and it names no
 * other person and gives no value otherwise (other_clash, values_clash).
 * When such a sentence already shows a fact, the docs join that fact;
 * else the claim is a fact of its own. A supporter whose sentence adds
 * other claims is flagged partial when written (rcp__digest_partial), as
 * every supporter is.
 * When no statement's main claim gives the value (session 18; knob
 * VALUE_CLAUSE=0), the claim may be a clause of a sentence of another
 * claim ("the quake, which killed 10 people"; "Cheeks was a draft choice
 * ... and played for 11 seasons"): shown by the statement whose clause
 * pairs with the most others, as its claim span (value_span from the
 * value's chunks; none, and no fact, when that is the whole sentence),
 * not a sentence another fact shows whole; backed by a statement of
 * another article with a predicate of one meaning used as a verb in
 * the value's own chunks of both (clause_pair), holding
 * VALUE_CLAUSE_HOLD of the weight of the span's terms, and not already
 * grouped with the shown sentence in a fact that shows the value.
 */
#ifndef VALUE_MIN_WORDS
#define VALUE_MIN_WORDS 6 /* a statement shown: at least this many words */
#endif

#ifndef VALUE_SPAN
#define VALUE_SPAN 6 /* tokens each side of a value: its predicates */
#endif
#define VALUE_KEYS 12 /* ... at most this many of their keys */
#ifndef VALUE_CLAUSE_HOLD
#define VALUE_CLAUSE_HOLD 0.3 /* a clause's supporter holds this share of
                                 the weight of its span's terms */
#endif
#define VALUE_CAND 32 /* members of a value tried as the one shown */

/* A value the main claim states: in the main clause, neither in an
 * aside nor in the actor (the words before the verb describe who acts:
 * "la mère du garçon de deux ans et demi ... a expliqué") */
#define VALUE_NOT_SAID (RCP__ROLE_MAIN | RCP__ROLE_ACTOR | RCP__VROLE_ASIDE)

typedef struct vmember {
    uint64_t key;
    uint32_t unit;
    uint8_t role; /* rcp__dunit.vrole of the value */
    uint32_t val; /* its index in the unit's vals */
    uint8_t interval; /* keyed by its interval (interval_class) */
    double lo, hi;    /* ... which is this */
    uint32_t pk[VALUE_KEYS]; /* the predicates around it (rcp__claim_keys
                                of its words that are forms of a verb,
                                with their mood, folded), 0 ends */
    uint32_t mk[VALUE_KEYS]; /* ... the main claim's predicate when it is
                                among them (rcp__dunit.mverb), 0 ends */
    uint32_t ck[VALUE_KEYS]; /* ... those used as a verb in the value's
                                own chunks (rcp__clause_starts), 0 ends */
    uint32_t nk[VALUE_KEYS]; /* the keys of the noun a measure measures
                                (measured_noun), 0 ends */
    uint8_t noun; /* that noun: NOUN_PLAIN (no form of a verb:
                     "treatment", "rehab") or NOUN_FORM (a verb's: nk),
                     with NOUN_SAID when the measure is in the claim (not
                     an aside nor the actor) and says how much (not
                     "more than three years") */
} vmember;
enum { NOUN_PLAIN = 1, NOUN_FORM = 2, NOUN_SAID = 4 };

/* The noun a measure measures, the head of the noun phrase right after
 * it ("a 90-day court-ordered stint": stint; "90 days of treatment",
 * "trois mois de prison": past "of" / "de"; up to three words, the last
 * the head in English, the first in French): its token, or UINT32_MAX.
 * When it is a predicate's form (a noun of a verb: "stay", "stint",
 * "arrest"), rcp__claim_keys gives it the verb's lemma ("stayed" / "a
 * 90-day stay"). */
static uint32_t measured_noun(const rcp_doc *d, const rcp__dunit *u,
                              const rcp__value *v)
{
    static const char *const of[] = {"of", "de", "d'", NULL};
    uint32_t t = v->last + 1, end = u->tok + u->ntok, head = UINT32_MAX;
    if (!v->dim || TUNE(VALUE_MEASURED, 1) <= 0)
        return UINT32_MAX;
    if (t < end && rcp__tok_listed(of, &d->toks[t]))
        t++;
    for (uint32_t n = 0; t < end && n < 3; t++, n++) {
        const rcp_token *k = &d->toks[t];
        if (!(k->flags & RCP_TOK_WORD) ||
            (k->flags & (RCP_TOK_STOP | RCP_TOK_NUM | RCP_TOK_CAP)))
            break;
        head = t;
        if (d->lang_class == RCP_LC_FR)
            break;
    }
    return head;
}

/* The predicates within VALUE_SPAN tokens of value v of unit u (a form
 * of a verb, as a verb or as a noun: rcp__claim_keys), each key with its
 * mood, and among them the main claim's (u->mverb): what the value is
 * said of there ("killed 10 people", "10 people were killed"). */
static void value_preds(const rcp_doc *d, const rcp__dunit *u,
                        const rcp__value *v, vmember *m)
{
    uint32_t np = 0, nm = 0, nc = 0, t0 = u->tok, t1 = u->tok + u->ntok;
    uint32_t span = (uint32_t)TUNE(VALUE_SPAN, VALUE_SPAN);
    uint32_t c0 = rcp__dunit_chunk(u, v->first);
    uint32_t c1 = rcp__dunit_chunk(u, v->last);
    uint32_t lo = v->first > t0 + span ? v->first - span : t0;
    uint32_t hi = v->last + 1 + span < t1 ? v->last + 1 + span : t1;
    const uint8_t *kind = rcp__dunit_kinds(u);
    memset(m->pk, 0, sizeof m->pk);
    memset(m->mk, 0, sizeof m->mk);
    memset(m->ck, 0, sizeof m->ck);
    for (uint32_t k = lo; k < hi; k++) {
        const rcp_token *t = &d->toks[k];
        if ((k >= v->first && k <= v->last) ||
            !(kind[k - t0] & RCP__CLAIM_FORM) || rcp__saying_word(t))
            continue;
        const uint64_t *keys;
        size_t nk = rcp__claim_keys(d, t, &keys);
        /* a predicate in one mood: "n'aurait été découverte que le 18
         * janvier" does not state "ont été découverts le 18 janvier" */
        uint64_t mood = kind[k - t0] & (RCP__CLAIM_PROSP | RCP__CLAIM_NEG);
        for (size_t q = 0; q < nk && np < VALUE_KEYS; q++) {
            uint64_t x = (keys[q] >> RCP__PK_BITS) ^ mood << 40;
            m->pk[np++] = (uint32_t)(x ^ x >> 32) | 1;
            if (k == u->mverb && nm < VALUE_KEYS)
                m->mk[nm++] = m->pk[np - 1];
            uint32_t c = rcp__dunit_chunk(u, k);
            if (c >= c0 && c <= c1 && (kind[k - t0] & RCP__CLAIM_VERB) &&
                nc < VALUE_KEYS)
                m->ck[nc++] = m->pk[np - 1];
        }
    }
    /* what a measure measures: "a 90-day stay", "90 days of treatment" */
    memset(m->nk, 0, sizeof m->nk);
    m->noun = 0;
    uint32_t h = measured_noun(d, u, v);
    if (h == UINT32_MAX)
        return;
    m->noun = (kind[h - t0] & RCP__CLAIM_FORM) ? NOUN_FORM : NOUN_PLAIN;
    if (isfinite(v->lo) && isfinite(v->hi) &&
        !(m->role & (RCP__ROLE_ACTOR | RCP__VROLE_ASIDE)))
        m->noun |= NOUN_SAID;
    if (m->noun & NOUN_PLAIN) { /* its stem: "treatment" / "treatments" */
        uint64_t x = d->toks[h].hstem;
        m->nk[0] = (uint32_t)(x ^ x >> 32) | 1;
    } else {
        const uint64_t *keys;
        size_t nk = rcp__claim_keys(d, &d->toks[h], &keys);
        for (size_t q = 0; q < nk && q < VALUE_KEYS; q++) {
            uint64_t x = keys[q] >> RCP__PK_BITS;
            m->nk[q] = (uint32_t)(x ^ x >> 32) | 1;
        }
    }
}

/* b gives the value of a's main claim as an argument of one predicate:
 * a predicate of one meaning with the main predicate of a's sentence,
 * which is near a's value, is near b's ("three live shells were found"
 * / "they found a 12-gauge pump-action shotgun and three shells"; "killed
 * 10 people" / "10 people had been killed"), so that the value is of one
 * claim, not of a person or thing that two claims describe ("the
 * 66-year-old woman" of a name released and of a driver charged) nor of
 * another event of a's sentence ("while investigating a June 20
 * shooting"). */
static int keys_meet32(const uint32_t *a, const uint32_t *b)
{
    for (uint32_t i = 0; i < VALUE_KEYS && a[i]; i++)
        for (uint32_t j = 0; j < VALUE_KEYS && b[j]; j++)
            if (a[i] == b[j])
                return 1;
    return 0;
}

static int value_pair(const vmember *a, const vmember *b)
{
    return keys_meet32(a->mk, b->pk);
}

/* b gives the value of a clause of a's sentence as an argument of one
 * predicate: a predicate of one meaning, used as a verb, in the value's
 * own chunks in both ("the quake, which killed 10 people" / "flattening
 * seven villages and killing 10 people") */
/* ... or one measure of one thing: the nouns they measure, or the one
 * and a verb in the other's chunks, of one meaning ("a three-month stay"
 * / "a 90-day court-mandated stay" / "stayed 90 days"; two nouns that
 * are no verb's form, the same noun); or one noun a verb's form and the
 * other none ("her 90-day treatment", "90-day court-mandated rehab":
 * the lexicon cannot tell whether it means what the other's verb
 * means), each measure in the claim and saying how much (session 20,
 * VALUE_PLAIN=0: not) */
static int measure_pair(const vmember *a, const vmember *b)
{
    return keys_meet32(a->nk, b->nk) || keys_meet32(a->nk, b->ck) ||
           keys_meet32(a->ck, b->nk) ||
           ((a->noun & b->noun & NOUN_SAID) &&
            ((a->noun | b->noun) & (NOUN_PLAIN | NOUN_FORM)) ==
                (NOUN_PLAIN | NOUN_FORM) &&
            TUNE(VALUE_PLAIN, 1) > 0);
}

static int clause_pair(const vmember *a, const vmember *b)
{
    return keys_meet32(a->ck, b->ck) || measure_pair(a, b);
}

static int same_value(const rcp__value *a, const rcp__value *b);

/* 1 when unit b is of a fact of 2 docs or more (of the first nf0) that
 * a's doc supports too and whose shown sentence gives value v: that
 * fact already says what b states of a's sentence */
static int grouped(const rcp_digest *g, const rcp__dunit *a,
                   const rcp__dunit *b, size_t nf0, const rcp__value *v)
{
    if (b->fact < 0 || (size_t)b->fact >= nf0)
        return 0;
    const rcp__dfact *f = &g->facts[b->fact];
    if (f->ndocs < 2 || !rcp__dfact_has_doc(f, a->doc))
        return 0;
    const rcp__dunit *s = &g->units[f->rep];
    for (uint32_t j = 0; j < s->nvals; j++)
        if (same_value(&s->vals[j], v))
            return 1;
    return 0;
}

/* 1 when token t is punctuation that separates (a comma, a dash, a full
 * stop), not a quotation mark (RCP_TOK_QUOTE) or bracket that a span
 * keeps. */
static int edge_punct(const rcp_doc *d, uint32_t t)
{
    const rcp_token *k = &d->toks[t];
    int32_t c;
    if (!(k->flags & RCP_TOK_PUNCT) || (k->flags & RCP_TOK_QUOTE))
        return 0;
    rcp__utf8_decode(d->text + k->off, k->len, &c);
    return !(c == '(' || c == ')' || c == '[' || c == ']');
}

/* Tokens [*t0, *t1) of d without the separating punctuation at their
 * ends (edge_punct) */
static void trim_punct(const rcp_doc *d, uint32_t *t0, uint32_t *t1)
{
    while (*t0 < *t1 && edge_punct(d, *t0))
        (*t0)++;
    while (*t1 > *t0 && edge_punct(d, *t1 - 1))
        (*t1)--;
}

/* Gives fact f the claim span of chunks [lo, hi] of unit ui, its bytes
 * those of tokens [t0, t1) (t0 < t1) */
static void set_span(const rcp_digest *g, rcp__dfact *f, uint32_t ui,
                     uint32_t lo, uint32_t hi, uint32_t t0, uint32_t t1)
{
    const rcp__dunit *u = &g->units[ui];
    const rcp_doc *d = g->docs[u->doc];
    f->cunit = ui;
    f->cmask = 0;
    for (uint32_t c = lo; c <= hi; c++)
        f->cmask |= 1u << c;
    f->coff = d->toks[t0].off - u->off;
    f->clen = d->toks[t1 - 1].off + d->toks[t1 - 1].len - d->toks[t0].off;
}

/* The claim span of value fact f shown by r's unit: the chunks
 * (rcp__clause_starts) from the first to the last that hold the value,
 * the main predicate that the supporters paired with and the main
 * claim's actor (RCP__TR_ACTOR terms), and after them those with no verb
 * of their own; its bytes without the separating punctuation at its
 * ends. None when that is the whole sentence. A clause's fact (clause
 * set) pairs on the value's own chunks: the span starts there. */
static void value_span(const rcp_digest *g, rcp__dfact *f, const vmember *r,
                       int clause)
{
    const rcp__dunit *u = &g->units[r->unit];
    const rcp_doc *d = g->docs[u->doc];
    const rcp__value *v = &u->vals[r->val];
    if (u->nchunks < 2 || v->first < u->tok || v->last >= u->tok + u->ntok)
        return;
    uint32_t lo = rcp__dunit_chunk(u, v->first), hi = rcp__dunit_chunk(u, v->last);
    if (u->mverb != UINT32_MAX && !clause) {
        uint32_t c = rcp__dunit_chunk(u, u->mverb);
        lo = RCP_MIN(lo, c), hi = RCP_MAX(hi, c);
    }
    for (uint32_t j = 0; j < u->nterms && !clause; j++)
        if ((u->trole[j] & (RCP__TR_MAIN | RCP__TR_ACTOR)) ==
                (RCP__TR_MAIN | RCP__TR_ACTOR) && u->tmask[j])
            lo = RCP_MIN(lo, (uint32_t)__builtin_ctz(u->tmask[j]));
    /* the chunks after it with no verb of their own are of its clause:
     * one a coordinator opens ("two months | and a day", "damaged by
     * flames | and smoke"), or one that ends at punctuation or with the
     * sentence; not one that the next goes on with ("contre lequel de
     * nombreuses associations | et personnalités ont déposé") */
    const uint8_t *kind = rcp__dunit_kinds(u);
    uint32_t end = u->tok + u->ntok;
    while (hi + 1 < u->nchunks) {
        uint32_t a = u->starts[hi + 1], b = rcp__dunit_chunk_end(u, hi + 1);
        if (rcp__clause_has_verb(d, a, b, kind + (a - u->tok)) ||
            (b < end && !(d->toks[b - 1].flags & RCP_TOK_PUNCT) &&
             !rcp__tok_coordinator(d, &d->toks[a])))
            break;
        hi++;
    }
    uint32_t t0 = u->starts[lo], t1 = rcp__dunit_chunk_end(u, hi);
    trim_punct(d, &t0, &t1);
    uint32_t a = u->tok, b = end;
    trim_punct(d, &a, &b);
    if (t0 >= t1 || (t0 <= a && t1 >= b))
        return; /* the whole sentence */
    set_span(g, f, r->unit, lo, hi, t0, t1);
}

int rcp__digest_claim_span(const rcp_digest *g, const rcp__dfact *f,
                           uint32_t shown, uint32_t *off, uint32_t *len)
{
    (void)g;
    if (!f->clen || f->cunit != shown)
        return 0;
    *off = f->coff, *len = f->clen;
    return 1;
}

static int cmp_vmember(const void *p, const void *q)
{
    const vmember *a = p, *b = q;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->unit < b->unit ? -1 : a->unit > b->unit;
}

/* The values keyed by their intervals (value_sweep): a measure, by its
 * dimension ("90 days", "a three-month stay": values.c reads both in
 * days, "three months" to a fifth of a month), and a clock time
 * ("at 1100 hours", "around 11 a.m.": not a part of the day, "in the
 * morning", which many events share), whatever its zone; or 0. */
#define VALUE_CLOCK 8 /* above the dimensions (values.c) */
static int interval_class(const rcp__value *v)
{
    if (TUNE(VALUE_INTERVAL, 1) <= 0)
        return 0; /* the exact value as key, no clock time */
    if (v->kind == RCP__VAL_FIGURE && v->dim && v->slot != RCP__SLOT_YEARS)
        return v->dim;
    if (v->kind == RCP__VAL_TIME && v->hi - v->lo <= 0.5)
        return VALUE_CLOCK;
    return 0;
}

/* The key of value v as a claim (0: none): a figure of a noun, a measure
 * of a dimension, a clock time, a day and month; not a bare number nor
 * one that reads as a year, which count nothing. A measure's or a clock
 * time's is only its class: value_sweep gives the final one. */
static uint64_t value_key(const rcp__value *v)
{
    uint64_t what;
    if (interval_class(v))
        return 0x5eed000000000000ull + (uint64_t)interval_class(v);
    if (v->kind == RCP__VAL_MDAY)
        what = RCP__SLOT_MDAY;
    else if (v->kind != RCP__VAL_FIGURE || v->slot == RCP__SLOT_YEARS)
        return 0;
    else if (v->slot && !(v->v >= 1800 && v->v <= 2100 && v->v == (long)v->v))
        what = v->slot;
    else
        return 0;
    uint64_t bits;
    memcpy(&bits, &v->v, sizeof bits);
    uint64_t k = rcp__mix64(what ^ rcp__mix64(bits));
    return k ? k : 1;
}

/* a and b are one value of a claim: two measures of a dimension, or two
 * clock times, whose intervals meet ("90 days" / "three months"); else
 * one key */
static int same_value(const rcp__value *a, const rcp__value *b)
{
    int c = interval_class(a);
    if (c || interval_class(b))
        return c == interval_class(b) && a->lo <= b->hi && b->lo <= a->hi;
    uint64_t k = value_key(a);
    return k && k == value_key(b);
}

/* cmp_vmember, the members of one key by the low end of their
 * intervals first */
static int cmp_sweep(const void *p, const void *q)
{
    const vmember *a = p, *b = q;
    if (a->key == b->key && a->lo != b->lo)
        return a->lo < b->lo ? -1 : 1;
    return cmp_vmember(p, q);
}

/* The keys of the measures and clock times of mem[0..n) (value_key: the
 * class alone): sorted by class and interval, each run of values whose
 * intervals all share a point takes one key, that of its first (so
 * "three months", [85.2, 97.4] days, and "90 days" are one value, and
 * "95 days" after them another). Then every member is sorted by key. */
static void value_sweep(vmember *mem, size_t n)
{
    if (n > 1)
        qsort(mem, n, sizeof *mem, cmp_sweep);
    for (size_t i = 0, j; i < n; i = j) {
        uint64_t bits, cls = mem[i].key;
        double hi = mem[i].hi;
        for (j = i + 1; j < n && mem[i].interval && mem[j].key == cls &&
                        mem[j].lo <= hi;
             j++)
            hi = RCP_MIN(hi, mem[j].hi);
        if (!mem[i].interval)
            continue;
        memcpy(&bits, &mem[i].lo, sizeof bits);
        uint64_t k = rcp__mix64(cls ^ rcp__mix64(bits));
        for (size_t x = i; x < j; x++)
            mem[x].key = k ? k : 1;
    }
    if (n > 1)
        qsort(mem, n, sizeof *mem, cmp_vmember);
}

int rcp__digest_value_facts(rcp_digest *g)
{
    if (TUNE(VALUE, 1) <= 0 || g->ndocs < 2)
        return 0;
    vmember *mem = NULL;
    rcp__dfact *nf = NULL;
    size_t nmem = 0, cmem = 0, nnew = 0, cnew = 0;
    int rc = RCP_ENOMEM;
    for (size_t i = 0; i < g->nunits; i++) {
        const rcp__dunit *u = &g->units[i];
        if (!claim_unit(u) || (u->flags & RCP__U_NOISE))
            continue;
        for (uint32_t j = 0; j < u->nvals; j++) {
            uint64_t k = value_key(&u->vals[j]);
            if (!k || (u->vrole[j] & RCP__ROLE_ATTR))
                continue; /* none, or who says it, not what is said */
            if (!RCP__PUSH(mem, nmem, cmem))
                goto cleanup;
            mem[nmem].key = k;
            mem[nmem].unit = (uint32_t)i;
            mem[nmem].role = u->vrole[j];
            mem[nmem].val = j;
            mem[nmem].interval = interval_class(&u->vals[j]) != 0;
            mem[nmem].lo = u->vals[j].lo;
            mem[nmem].hi = u->vals[j].hi;
            value_preds(g->docs[u->doc], u, &u->vals[j], &mem[nmem++]);
        }
    }
    value_sweep(mem, nmem);
    size_t nf0 = g->nfacts;
    for (size_t i = 0, j; i < nmem; i = j) {
        uint32_t ndoc = 1;
        for (j = i + 1; j < nmem && mem[j].key == mem[i].key; j++)
            ndoc += g->units[mem[j].unit].doc != g->units[mem[j - 1].unit].doc;
        if (ndoc < 2)
            continue;
        /* the fact a sentence giving it shows (the most docs), else the
         * shortest statement that pairs with the most others, of the
         * first VALUE_CAND */
        rcp__dfact *target = NULL;
        size_t r = SIZE_MAX, rt = SIZE_MAX;
        uint32_t best = 0;
        for (size_t x = i; x < j && x < i + VALUE_CAND; x++) {
            const rcp__dunit *xu = &g->units[mem[x].unit];
            rcp__dfact *f = xu->fact >= 0 && (size_t)xu->fact < nf0
                                ? &g->facts[xu->fact] : NULL;
            if (f && f->rep == mem[x].unit && f->ndocs >= 2 &&
                (mem[x].role & VALUE_NOT_SAID) == RCP__ROLE_MAIN &&
                (!target || f->ndocs > target->ndocs))
                target = f, rt = x;
            /* shown: a statement whose main claim gives the value */
            if (xu->words < TUNE(VALUE_MIN_WORDS, VALUE_MIN_WORDS) ||
                (xu->flags & RCP__U_NOSUMMARY) ||
                quoted(g->docs[xu->doc], xu) ||
                (mem[x].role & VALUE_NOT_SAID) != RCP__ROLE_MAIN)
                continue;
            uint32_t pairs = 0;
            for (size_t y = i; y < j && y < i + VALUE_CAND; y++)
                pairs += g->units[mem[y].unit].doc != xu->doc &&
                         value_pair(&mem[x], &mem[y]);
            if (pairs > best ||
                (pairs && pairs == best &&
                 xu->words < g->units[mem[r].unit].words))
                best = pairs, r = x;
        }
        if (target)
            r = rt;
        /* else a clause that gives the value, shown as the claim span */
        int cl = 0;
        if (r == SIZE_MAX && TUNE(VALUE_CLAUSE, 1) > 0) {
            for (size_t x = i; x < j && x < i + VALUE_CAND; x++) {
                const rcp__dunit *xu = &g->units[mem[x].unit];
                if (xu->words < TUNE(VALUE_MIN_WORDS, VALUE_MIN_WORDS) ||
                    (xu->flags & RCP__U_NOSUMMARY) ||
                    quoted(g->docs[xu->doc], xu) ||
                    (mem[x].role & (RCP__ROLE_ACTOR | RCP__VROLE_ASIDE)) ||
                    (xu->fact >= 0 && (size_t)xu->fact < nf0 &&
                     g->facts[xu->fact].rep == mem[x].unit &&
                     g->facts[xu->fact].ndocs >= 2))
                    continue; /* a sentence another fact shows whole */
                uint32_t pairs = 0;
                for (size_t y = i; y < j && y < i + VALUE_CAND; y++)
                    pairs += g->units[mem[y].unit].doc != xu->doc &&
                             !grouped(g, xu, &g->units[mem[y].unit], nf0,
                                      &xu->vals[mem[x].val]) &&
                             clause_pair(&mem[x], &mem[y]);
                if (pairs > best ||
                    (pairs && pairs == best &&
                     xu->words < g->units[mem[r].unit].words))
                    best = pairs, r = x;
            }
            cl = r != SIZE_MAX;
        }
        if (r == SIZE_MAX)
            continue;
        uint32_t ru = mem[r].unit;
        const rcp__dunit *rp = &g->units[ru];
        rcp__dfact tmp;
        rcp__dfact *f = target;
        if (!f) {
            memset(&tmp, 0, sizeof tmp);
            tmp.rep = ru;
            tmp.claim = 1;
            f = &tmp;
            tmp.units = rcp__arena_alloc(&g->arena, sizeof *tmp.units);
            tmp.docs = rcp__arena_alloc(&g->arena, sizeof *tmp.docs);
            if (!tmp.units || !tmp.docs)
                goto cleanup;
            tmp.units[0] = ru;
            tmp.docs[0] = rp->doc;
            tmp.nunits = tmp.ndocs = 1;
        }
        uint32_t before = f->ndocs;
        if (cl) {
            value_span(g, f, &mem[r], cl);
            if (!f->clen)
                continue; /* the whole sentence: its claim is another */
        }
        for (size_t x = i; x < j; x++) {
            uint32_t xi = mem[x].unit;
            const rcp__dunit *xu = &g->units[xi];
            if (xu->doc == rp->doc ||
                !(cl ? clause_pair(&mem[r], &mem[x]) &&
                           !grouped(g, rp, xu, nf0, &rp->vals[mem[r].val]) &&
                           (measure_pair(&mem[r], &mem[x]) ||
                            span_share(g, rp, f->cmask, xu, 0) >=
                                TUNE(VALUE_CLAUSE_HOLD, VALUE_CLAUSE_HOLD))
                     : value_pair(&mem[r], &mem[x])) ||
                rcp__digest_other_clash(rp, xu) ||
                rcp__digest_values_clash(rp, xu) ||
                (rcp__dfact_has_doc(f, xu->doc) && target) ||
                doc_dissents(g, f, xu->doc))
                continue;
#ifdef RCP_DIGEST_TUNE
            if (getenv("VALUE_DEBUG"))
                fprintf(stderr, "VALUE %s <%.*s r%u> [%.*s] %s (fact of %u): %.*s\n  + %s: %.*s\n",
                        target ? "join" : cl ? "clause" : "new",
                        rp->mverb == UINT32_MAX ? 0 : (int)g->docs[rp->doc]->toks[rp->mverb].len,
                        rp->mverb == UINT32_MAX ? "" : g->docs[rp->doc]->text + g->docs[rp->doc]->toks[rp->mverb].off,
                        mem[r].role,
                        (int)rp->vals[mem[r].val].len,
                        g->docs[rp->doc]->text + rp->vals[mem[r].val].off,
                        g->ids[rp->doc], f->ndocs,
                        (int)RCP_MIN(rp->len, 200u),
                        g->docs[rp->doc]->text + rp->off, g->ids[xu->doc],
                        (int)RCP_MIN(xu->len, 300u),
                        g->docs[xu->doc]->text + xu->off);
#endif
            if ((rc = rcp__dsorted_add(g, &f->units, &f->nunits, xi)) ||
                (rc = rcp__dfact_add_doc(g, f, xu->doc)))
                goto cleanup;
            rc = RCP_ENOMEM;
        }
        if (target || f->ndocs < 2 || f->ndocs == before)
            continue;
        if (TUNE(CLAIM_SPAN, 1) && !cl)
            value_span(g, f, &mem[r], 0);
        if (!RCP__PUSH(nf, nnew, cnew))
            goto cleanup;
        nf[nnew++] = tmp;
    }
    /* a sentence no other fact holds is its value's */
    for (size_t k = 0; k < nnew; k++)
        for (uint32_t a = 0; a < nf[k].nunits; a++) {
            rcp__dunit *u = &g->units[nf[k].units[a]];
            if (u->fact < 0 || ((size_t)u->fact < g->nfacts &&
                                g->facts[u->fact].ndocs < 2))
                u->fact = (int32_t)(g->nfacts + k);
        }
    rc = append_facts(g, nf, nnew);
cleanup:
    rcp__free(mem);
    rcp__free(nf);
    return rc;
}

/*
 * Another claim (session 16, after contain_support; knob OTHER=0). A
 * supporter whose own sentence (its evidence, rcp__digest_evidence)
 * makes another claim about the same person than the fact's shown
 * sentence does not support the fact: the two name a person in common,
 * each has a main predicate surely a verb (rcp__dunit.mtok: the
 * attribution is no part of it), no word of the supporter's sentence may
 * mean the shown sentence's main predicate and its own main predicate is
 * no word of the shown sentence (rcp__claim_loose_keys: the first 8
 * WordNet senses, 40 mythes-fr synonyms, so that a paraphrase the claim
 * tests do not relate, "checked into" / "entered", is not taken for
 * another claim), and it holds less than OTHER_HOLD of the shown
 * sentence's weight (it is partial, rcp__digest_partial, and more: it
 * says little of the sentence). "He was promoted to senior vice
 * president in 2003" under "Assistant general manager Tony DiLeo was
 * named interim coach"; "Ayrault ... déroulera le tapis rouge au prix
 * Nobel" under "Le lauréat du prix Nobel ... a aussi rencontré ...
 * Jean-Marc Ayrault". Or, a person in common and the supporter partial
 * (less than RCP__SHOW_HOLD held), it uses the shown sentence's main
 * predicate only in the other tense: a forecast under a past fact or the
 * other way ("arriverait vendredi" / "est arrivée vendredi"). The doc
 * leaves the fact; its sentences of the fact
 * make a fact of their own (or of the fact they show, if any: they
 * stay where they are when they are units of another fact).
 * A fact whose claim is a span of its sentence (value_facts' value_span)
 * is left as it is (session 20, knob OTHER_SPAN=0): its supporters were
 * each paired with the span (a predicate of one meaning or the measured
 * noun at the value), and what they hold of the whole sentence says
 * nothing of the span ("keep her around for her court-ordered 90-day
 * stay in rehab" under the span "Lindsay Lohan has checked into the
 * Betty Ford Center to begin a 90-day court-mandated stay in her
 * reckless driving conviction" of a sentence that opens on what she
 * skipped before: the stay's noun pairs them).
 */
#ifndef OTHER_HOLD
#define OTHER_HOLD 0.5
#endif

/* 1 when a word of unit b may mean what token v of unit a means: a key
 * of rcp__claim_loose_keys in common */
static int loose_in(const rcp_digest *g, const rcp__dunit *a, uint32_t v,
                    const rcp__dunit *b)
{
    const rcp_doc *da = g->docs[a->doc], *db = g->docs[b->doc];
    const uint64_t *p;
    uint64_t ka[64];
    size_t na = rcp__claim_loose_keys(da, &da->toks[v], &p);
    na = RCP_MIN(na, RCP_ARRAY_SIZE(ka));
    memcpy(ka, p, na * sizeof *ka);
    for (uint32_t t = b->tok; t < b->tok + b->ntok; t++) {
        const rcp_token *k = &db->toks[t];
        if (!(k->flags & RCP_TOK_WORD))
            continue;
        size_t nb = rcp__claim_loose_keys(db, k, &p);
        if (rcp__keys_meet(p, nb, ka, na))
            return 1;
    }
    return 0;
}

/* 1 when x uses s's main predicate (its keys, rcp__claim_keys) only in
 * the other tense: done in one, to come in the other ("est arrivée" /
 * "arriverait"; "was introduced" / "will be introduced") */
static int other_tense(const rcp_digest *g, const rcp__dunit *s,
                       const rcp__dunit *x)
{
    uint64_t k[64];
    uint32_t n = claim_pred(g, s, s->mtok, k);
    const uint64_t t = RCP__PK_PAST | RCP__PK_PROSP;
    uint64_t su = n ? pred_uses(s, k, n) & t : 0;
    uint64_t xu = n ? pred_uses(x, k, n) & t : 0;
    return (su == RCP__PK_PAST && xu == RCP__PK_PROSP) ||
           (su == RCP__PK_PROSP && xu == RCP__PK_PAST);
}

/* 1 when x, a supporter's sentence, makes another claim about the same
 * person than s, the sentence a fact shows (above) */
static int other_claim(const rcp_digest *g, const rcp__dunit *s,
                       const rcp__dunit *x)
{
    if (!(s->people & x->people) || s->mtok == UINT32_MAX ||
        x->mtok == UINT32_MAX)
        return 0;
    double h = rcp__digest_words_held(g, s, x);
    if (TUNE(OTHER_TENSE, 1) > 0 && h < RCP__SHOW_HOLD && other_tense(g, s, x))
        return 1;
    return h < TUNE(OTHER_HOLD, OTHER_HOLD) && !loose_in(g, s, s->mtok, x) &&
           !loose_in(g, x, x->mtok, s);
}

/*
 * A supporter by a guess (session 18, French; knob OTHER_GUESS=0). Some
 * passes add a doc to a fact's support without any sentence of it among
 * the fact's units (extend_core, by the terms the fact's wordings share;
 * the passes after it by a clause or a value): its evidence is then only
 * its sentence most like the shown one (rcp__digest_evidence). In a
 * French story such a doc leaves the fact when no sentence of it is
 * close to the shown one: none holds OTHER_GUESS of the shown sentence's
 * weight, and none has OTHER_GUESS_BACK of its own weight held by it.
 * What it shares is then a name or a noun phrase of the story ("Le
 * Comité international olympique (CIO) se met à l'Internet" / "Jacques
 * Rogge, président du Comité international olympique, a qualifié ces JO
 * d'exceptionnels"). Its sentences of the fact, if any, make a fact of
 * their own (as for other_claim). Not in English: there such docs state
 * the claim in words the share does not see ("No one was injured" / "no
 * one was hurt in the fire"), and the same test takes out claims-dev
 * gold links at any OTHER_GUESS from 0.15 (A-en recall 0.785 -> 0.744).
 */
#ifndef OTHER_GUESS
#define OTHER_GUESS 0.3
#endif
#ifndef OTHER_GUESS_BACK
#define OTHER_GUESS_BACK 0.6
#endif

static int guessed_apart(const rcp_digest *g, const rcp__dfact *f,
                         const rcp__dunit *s, uint32_t e)
{
    uint32_t d = g->units[e].doc;
    double most = TUNE(OTHER_GUESS, OTHER_GUESS),
           back = TUNE(OTHER_GUESS_BACK, OTHER_GUESS_BACK);
    if (g->docs[s->doc]->lang_class != RCP_LC_FR ||
        g->docs[d]->lang_class != RCP_LC_FR ||
        rcp__has_u32(f->units, f->nunits, e))
        return 0;
    for (uint32_t u = rcp__digest_first_of_doc(g, NULL, 0,
                                               (uint32_t)g->nunits, d);
         u < g->nunits && g->units[u].doc == d; u++) {
        const rcp__dunit *y = &g->units[u];
        if (rcp__digest_words_held(g, s, y) >= most ||
            rcp__digest_words_held(g, y, s) >= back)
            return 0;
    }
    return 1;
}

int rcp__digest_other_claims(rcp_digest *g)
{
    if (TUNE(OTHER, 1) <= 0)
        return 0;
    size_t n0 = g->nfacts, nnf = 0, cnf = 0;
    rcp__dfact *nf = NULL; /* the facts of the docs that leave */
    int rc = RCP_ENOMEM;
    for (size_t fi = 0; fi < n0; fi++) {
        rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2 || (f->clen && TUNE(OTHER_SPAN, 1) > 0))
            continue; /* a span's supporters were chosen against the span */
        const rcp__dunit *s = &g->units[f->rep];
        uint32_t nd = 0;
        for (uint32_t k = 0; k < f->ndocs; k++) {
            uint32_t d = f->docs[k], e = UINT32_MAX;
            if (d != s->doc)
                e = rcp__digest_evidence(g, f, f->rep, d);
            int other = e != UINT32_MAX && (guessed_apart(g, f, s, e) ||
                                            other_claim(g, s, &g->units[e]));
#ifdef RCP_DIGEST_TUNE
            if (other && getenv("OTHER_DEBUG"))
                fprintf(stderr, "OTHER %s\n  shown: %.*s\n  ev: %.*s\n",
                        g->ids[d], (int)s->len, g->docs[s->doc]->text + s->off,
                        (int)g->units[e].len,
                        g->docs[g->units[e].doc]->text + g->units[e].off);
#endif
            if (!other)
                f->docs[nd++] = d;
        }
        if (nd == f->ndocs)
            continue;
        f->ndocs = nd;
        /* the units of the docs that left (of f's own): a fact of each
         * doc's */
        size_t first = nnf;
        uint32_t nu = 0;
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t u = f->units[a], d = g->units[u].doc;
            if (rcp__dfact_has_doc(f, d)) {
                f->units[nu++] = u;
                continue;
            }
            if (g->units[u].fact != (int32_t)fi)
                continue;
            size_t q = first;
            while (q < nnf && nf[q].docs[0] != d)
                q++;
            if (q == nnf) {
                uint32_t *docs = rcp__arena_alloc(&g->arena, sizeof *docs);
                uint32_t *units =
                    rcp__arena_alloc(&g->arena, f->nunits * sizeof *units);
                if (!docs || !units || !RCP__PUSH(nf, nnf, cnf))
                    goto cleanup;
                docs[0] = d;
                nf[nnf++] = (rcp__dfact){.rep = u, .units = units,
                                         .docs = docs, .ndocs = 1};
            }
            nf[q].units[nf[q].nunits++] = u;
            g->units[u].fact = (int32_t)(n0 + q);
        }
        f->nunits = nu;
        if (nd == 1)
            g->units[f->rep].cross = 0;
    }
    rc = append_facts(g, nf, nnf);
cleanup:
    rcp__free(nf);
    return rc;
}

/*
 * Side spans (session 19, `rcp__digest_side_spans`, after other_claims;
 * knob `SIDE=0`): a fact whose supporters all state one clause beside
 * its shown sentence's main claim (a subordinate or relative clause, the
 * clause coordinated with the main one), one of them stating nothing
 * else of the sentence, is shown with that clause as its claim span: the
 * claim the articles share is the clause, and the reader and the partial
 * flag judge each link against it ("The museum closed its north wing
 * after a water pipe burst above the main gallery" / "Staff moved the
 * paintings when a water pipe burst above the main gallery"). Each
 * supporter's sentence (rcp__digest_evidence) holds SIDE_HOLD of the
 * weight of the clause's terms and each of its numbers, and uses a
 * predicate of one meaning with a verb of it. See docs/digest.md, "Side
 * spans".
 */
#ifndef SIDE_HOLD
#define SIDE_HOLD 0.5
#endif

/* The first word of chunk c of u (after its punctuation), or the
 * chunk's end */
static uint32_t chunk_word(const rcp_doc *d, const rcp__dunit *u, uint32_t c)
{
    uint32_t b = rcp__dunit_chunk_end(u, c), t = u->starts[c];
    while (t < b && (d->toks[t].flags & RCP_TOK_PUNCT))
        t++;
    return t;
}

/* 1 when chunk c of u holds a predicate used as a verb */
static int chunk_verb(const rcp__dunit *u, uint32_t c)
{
    const uint8_t *kind = rcp__dunit_kinds(u);
    uint32_t b = rcp__dunit_chunk_end(u, c);
    for (uint32_t t = u->starts[c]; t < b; t++)
        if (kind[t - u->tok] & RCP__CLAIM_VERB)
            return 1;
    return 0;
}

/* The last chunk of the clause beside the main claim that chunk c of u
 * opens, UINT32_MAX when none: a subordinator or relative pronoun opens
 * c ("when", "after", "who", "qui", "où", "après que"), or a coordinator
 * with the verb of the clause coordinated with the main one (mverb2: "and
 * vowed to ..."); not a condition ("if", "si": no claim of fact), nor a
 * relative after French "ce" ("..., ce qui était l'un des objectifs":
 * it tells of the clause before it, which the span would leave out).
 * The clause runs through the chunks after c up to its verb, then
 * through those a coordinator opens or with no verb of their own, up to
 * the chunk of the main predicate mc (not included) or one another
 * clause opener opens; most of its terms' weight is not the
 * attribution's (no RCP__TR_CLAIM: "police said"). */
static uint32_t side_clause_end(const rcp_digest *g, const rcp__dunit *u,
                                uint32_t c, uint32_t mc)
{
    const rcp_doc *d = g->docs[u->doc];
    uint32_t w = chunk_word(d, u, c), e = rcp__dunit_chunk_end(u, c);
    if (w >= e || !rcp__clause_opens_at(d, w) || rcp__clause_condition(d, w) ||
        (w > 0 && rcp__tok_is(&d->toks[w - 1], "ce")) ||
        (rcp__tok_coordinator(d, &d->toks[w]) &&
         !(u->mverb2 >= w && u->mverb2 < e)))
        return UINT32_MAX;
    const uint8_t *kind = rcp__dunit_kinds(u);
    uint32_t h = c;
    int verb = chunk_verb(u, c);
    while (h + 1 < u->nchunks && h + 1 != mc) {
        uint32_t a = u->starts[h + 1], b = rcp__dunit_chunk_end(u, h + 1),
                 x = chunk_word(d, u, h + 1);
        int opens = x < b && rcp__clause_opens_at(d, x);
        if (verb &&
            (opens ? !rcp__tok_coordinator(d, &d->toks[x])
                   : rcp__clause_has_verb(d, a, b, kind + (a - u->tok))))
            break;
        h++;
        verb |= chunk_verb(u, h);
    }
    if (!verb)
        return UINT32_MAX;
    double all = 0, attr = 0;
    for (uint32_t i = 0; i < u->nterms; i++) {
        if (!(u->tmask[i] >> c & ((2u << (h - c)) - 1)))
            continue;
        double x = g->idf[u->terms[i]];
        all += x;
        attr += u->trole[i] & RCP__TR_CLAIM ? 0 : x;
    }
    return all > 0 && 2 * attr < all ? h : UINT32_MAX;
}

/* The keys (>> RCP__PK_BITS) of the predicates used as verbs in chunks
 * [c, h] of u, auxiliaries left out, to k (room for 64): how many. */
static uint32_t side_preds(const rcp_digest *g, const rcp__dunit *u,
                           uint32_t c, uint32_t h, uint64_t *k)
{
    const rcp_doc *d = g->docs[u->doc];
    const uint8_t *kind = rcp__dunit_kinds(u);
    uint32_t t1 = rcp__dunit_chunk_end(u, h), n = 0;
    for (uint32_t t = u->starts[c]; t < t1; t++) {
        if (!(kind[t - u->tok] & RCP__CLAIM_VERB) ||
            rcp__aux_word(d, &d->toks[t]))
            continue;
        const uint64_t *keys;
        size_t nkeys = rcp__claim_keys(d, &d->toks[t], &keys);
        for (size_t q = 0; q < nkeys && n < 64; q++)
            k[n++] = keys[q] >> RCP__PK_BITS;
    }
    return n;
}

/* A side clause of a unit: chunks [lo, hi] (bits cmask), the other
 * chunks (rest) and the keys of its verbs (side_preds) */
typedef struct sidecl {
    uint32_t lo, hi, cmask, rest, nk;
    uint64_t k[64];
} sidecl;

/* 1 when chunk lo of u, not mc (its main predicate's), opens a side
 * clause (side_clause_end) with a verb, given to *c */
static int side_clause(const rcp_digest *g, const rcp__dunit *u, uint32_t lo,
                       uint32_t mc, sidecl *c)
{
    uint32_t hi = lo == mc ? UINT32_MAX : side_clause_end(g, u, lo, mc);
    if (hi == UINT32_MAX)
        return 0;
    c->lo = lo, c->hi = hi;
    c->cmask = ((2u << (hi - lo)) - 1) << lo;
    c->rest = (u->nchunks < 32 ? (1u << u->nchunks) - 1 : ~0u) & ~c->cmask;
    c->nk = side_preds(g, u, lo, hi, c->k);
    return c->nk > 0;
}

int rcp__digest_side_spans(rcp_digest *g)
{
    if (TUNE(SIDE, 1) <= 0)
        return 0;
    double hold = TUNE(SIDE_HOLD, SIDE_HOLD);
    for (size_t fi = 0; fi < g->nfacts; fi++) {
        rcp__dfact *f = &g->facts[fi];
        const rcp__dunit *s = &g->units[f->rep];
        if (f->ndocs < 2 || f->clen || s->nchunks < 2 ||
            s->mverb == UINT32_MAX)
            continue;
        uint32_t mc = rcp__dunit_chunk(s, s->mverb);
        /* the best clause: the one whose least-held share is highest */
        double best = hold;
        sidecl b = {0}, c;
        int found = 0;
        for (uint32_t lo = 0; lo < s->nchunks; lo++) {
            if (!side_clause(g, s, lo, mc, &c))
                continue;
            double least = 1;
            for (uint32_t q = 0; q < f->ndocs && least >= best; q++) {
                uint32_t d = f->docs[q];
                if (d == s->doc)
                    continue;
                uint32_t e = rcp__digest_evidence(g, f, f->rep, d);
                double sh =
                    e == UINT32_MAX ||
                            !(pred_uses(&g->units[e], c.k, c.nk) & PRED_FOUND)
                        ? -1
                        : span_share(g, s, c.cmask, &g->units[e], 1);
                least = RCP_MIN(least, sh);
            }
            if (least >= best && (!found || least > best))
                best = least, b = c, found = 1;
        }
        if (!found)
            continue;
        /* one supporter at least is partial and holds less than
         * MAIN_COVER of the rest of the sentence: it does not state the
         * main claim */
        int apart = 0;
        for (uint32_t k = 0; k < f->ndocs && !apart; k++) {
            uint32_t d = f->docs[k],
                     e = d == s->doc ? UINT32_MAX
                                     : rcp__digest_evidence(g, f, f->rep, d);
            if (e == UINT32_MAX)
                continue; /* (the clause's test above found each one) */
            const rcp__dunit *x = &g->units[e];
            apart = rcp__digest_words_held(g, s, x) <
                        TUNE(SHOW_HOLD, RCP__SHOW_HOLD) &&
                    span_share(g, s, b.rest, x, 0) <
                        TUNE(MAIN_COVER, MAIN_COVER);
        }
        if (!apart)
            continue;
        const rcp_doc *d = g->docs[s->doc];
        uint32_t t0 = s->starts[b.lo], t1 = rcp__dunit_chunk_end(s, b.hi);
        trim_punct(d, &t0, &t1);
        if (t0 >= t1)
            continue;
        set_span(g, f, f->rep, b.lo, b.hi, t0, t1);
#ifdef RCP_DIGEST_TUNE
        if (getenv("SPAN_DEBUG"))
            fprintf(stderr, "SPAN %s least %.2f\n  shown: %.*s\n  span: %.*s\n",
                    g->ids[s->doc], best, (int)s->len, d->text + s->off,
                    (int)f->clen, d->text + s->off + f->coff);
#endif
    }
    return 0;
}

/*
 * Split facts (session 20, `rcp__digest_split_sides`, after side_spans;
 * knob `SPLIT=0`). Side spans serve a fact whose supporters all state one
 * clause beside its main claim; when only some do, the others stating
 * the main claim, those few were links to a claim they do not state
 * (the held-out readers' largest class of wrong links, a "(part)" link
 * whose sentence tells only a relative or subordinate clause of the
 * shown one). Such partial supporters leave the fact for a second fact
 * shown by the same sentence with that clause as its claim span (the
 * side spans' clause, side_clause_end): each of them uses a predicate of
 * one meaning with a verb of the clause, holds SPLIT_HOLD of the weight
 * of the clause's terms and each of its numbers, less than SPLIT_COVER
 * of the rest of the sentence, and no word that may mean the main
 * predicate ("He was charged with murder after a shooting at an office
 * party" / "A former employee opened fire at an office party": the
 * second tells of the shooting, not of the charge). Of the clauses, the
 * one most supporters state only; the fact keeps its shown doc and one
 * supporter at least, and its sentences of the docs that leave go with
 * them. See docs/digest.md, "Split facts".
 */
#ifndef SPLIT_HOLD
#define SPLIT_HOLD 0.3
#endif
#ifndef SPLIT_COVER
#define SPLIT_COVER 0.5
#endif

/* 1 when doc d, a partial supporter of fact f, states only side clause
 * c of f's shown sentence s (above) */
static int side_only(const rcp_digest *g, const rcp__dfact *f,
                     const rcp__dunit *s, const sidecl *c, uint32_t d)
{
    uint32_t e = rcp__digest_evidence(g, f, f->rep, d);
    if (e == UINT32_MAX)
        return 0;
    const rcp__dunit *x = &g->units[e];
    if (!(pred_uses(x, c->k, c->nk) & PRED_FOUND) ||
        span_share(g, s, c->cmask, x, 1) < TUNE(SPLIT_HOLD, SPLIT_HOLD) ||
        span_share(g, s, c->rest, x, 0) >= TUNE(SPLIT_COVER, SPLIT_COVER) ||
        !rcp__digest_partial(g, f, f->rep, d))
        return 0;
    return !loose_in(g, s, s->mverb, x);
}

int rcp__digest_split_sides(rcp_digest *g)
{
    if (TUNE(SPLIT, 1) <= 0)
        return 0;
    size_t n0 = g->nfacts, nnf = 0, cnf = 0;
    rcp__dfact *nf = NULL;
    int rc = RCP_ENOMEM;
    for (size_t fi = 0; fi < n0; fi++) {
        rcp__dfact *f = &g->facts[fi];
        const rcp__dunit *s = &g->units[f->rep];
        if (f->ndocs < 3 || f->clen || s->nchunks < 2 ||
            s->nchunks > 32 || s->mverb == UINT32_MAX)
            continue;
        uint32_t mc = rcp__dunit_chunk(s, s->mverb), bestn = 0;
        sidecl best = {0}, c;
        for (uint32_t lo = 0; lo < s->nchunks; lo++) {
            if (!side_clause(g, s, lo, mc, &c))
                continue;
            uint32_t n = 0;
            for (uint32_t q = 0; q < f->ndocs; q++)
                n += f->docs[q] != s->doc && side_only(g, f, s, &c, f->docs[q]);
            if (n > bestn)
                bestn = n, best = c;
        }
        /* the fact keeps the shown doc and one supporter at least */
        if (!bestn || bestn + 2 > f->ndocs)
            continue;
        const rcp_doc *dd = g->docs[s->doc];
        uint32_t t0 = s->starts[best.lo],
                 t1 = rcp__dunit_chunk_end(s, best.hi);
        trim_punct(dd, &t0, &t1);
        if (t0 >= t1)
            continue;
        uint32_t *docs = rcp__arena_alloc(&g->arena,
                                          (bestn + 1) * sizeof *docs);
        uint32_t *units =
            rcp__arena_alloc(&g->arena, f->nunits * sizeof *units);
        if (!docs || !units || !RCP__PUSH(nf, nnf, cnf))
            goto cleanup;
        rcp__dfact *x = &nf[nnf++];
        *x = (rcp__dfact){.rep = f->rep, .units = units, .docs = docs};
        uint32_t nd = 0;
        for (uint32_t q = 0; q < f->ndocs; q++) {
            uint32_t d = f->docs[q];
            if (d == s->doc)
                x->docs[x->ndocs++] = d;
            if (d != s->doc && side_only(g, f, s, &best, d))
                x->docs[x->ndocs++] = d;
            else
                f->docs[nd++] = d;
        }
        f->ndocs = nd;
        uint32_t nu = 0;
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t u = f->units[a];
            if (u == f->rep || rcp__dfact_has_doc(f, g->units[u].doc)) {
                f->units[nu++] = u;
                if (u == f->rep)
                    x->units[x->nunits++] = u;
                continue;
            }
            x->units[x->nunits++] = u;
            if (g->units[u].fact == (int32_t)fi)
                g->units[u].fact = (int32_t)(n0 + nnf - 1);
        }
        f->nunits = nu;
        set_span(g, x, f->rep, best.lo, best.hi, t0, t1);
#ifdef RCP_DIGEST_TUNE
        if (getenv("SPLIT_DEBUG"))
            fprintf(stderr, "SPLIT %s %u docs\n  shown: %.*s\n  span: %.*s\n",
                    g->ids[s->doc], x->ndocs, (int)s->len, dd->text + s->off,
                    (int)x->clen, dd->text + s->off + x->coff);
#endif
    }
    rc = append_facts(g, nf, nnf);
cleanup:
    rcp__free(nf);
    return rc;
}

/*
 * Mood links (session 21, `rcp__digest_mood_links`, after split_sides;
 * knob `MAIN_TENSE=0`). The pair test (rcp__digest_moods_oppose in
 * digest_align.c) keeps apart two sentences that use one predicate in
 * opposed moods ("Cheeks was officially introduced as the 21st head
 * coach" / "Cheeks will be introduced as the 21st head coach at a
 * Tuesday news conference"), but a third sentence that links to both
 * ("has been hired as the 21st head coach") joins them in one group. So
 * the test is read again on each fact as grouped: a supporter leaves
 * the fact when the sentence it shows (rcp__digest_evidence_shown) and
 * the shown one clash in tense (rcp__digest_tense_clash); its sentences
 * of the fact become facts of their own. A claim span (f->clen) has its
 * own verb: those facts are left as they are.
 */

/* The one tense of the verbs of u's main claim and the claims
 * coordinated with it (vkeys: not its attribution nor its asides):
 * RCP__PK_PROSP when all are prospective, RCP__PK_PAST when all are
 * done, 0 when they mix or a present is among them, or there are none */
static uint64_t unit_tense(const rcp__dunit *u)
{
    const uint64_t t = RCP__PK_PROSP | RCP__PK_PAST | RCP__PK_PRES;
    uint64_t all = 0;
    for (uint32_t i = 0; i < u->nvkeys; i++)
        all |= u->vkeys[i] & t;
    return all == RCP__PK_PROSP || all == RCP__PK_PAST ? all : 0;
}

int rcp__digest_tense_clash(const rcp__dunit *s, const rcp__dunit *x)
{
    uint64_t a = unit_tense(s), b = unit_tense(x);
    if (!a || !b || a == b)
        return 0;
    for (uint32_t i = 0, j = 0; i < s->nvkeys && j < x->nvkeys;) {
        uint64_t p = s->vkeys[i] >> RCP__PK_BITS,
                 q = x->vkeys[j] >> RCP__PK_BITS;
        if (p == q)
            return 1;
        i += p < q;
        j += q < p;
    }
    return 0;
}

static int mood_cut(const rcp_digest *g, const rcp__dfact *f, uint32_t d)
{
    uint32_t e = rcp__digest_evidence_shown(g, f, f->rep, d);
    return e != UINT32_MAX &&
           rcp__digest_tense_clash(&g->units[f->rep], &g->units[e]);
}

int rcp__digest_mood_links(rcp_digest *g)
{
    if (TUNE(MAIN_TENSE, 1) <= 0)
        return 0;
    size_t n0 = g->nfacts, nnf = 0, cnf = 0;
    rcp__dfact *nf = NULL;
    int rc = RCP_ENOMEM;
    for (size_t fi = 0; fi < n0; fi++) {
        rcp__dfact *f = &g->facts[fi];
        const rcp__dunit *s = &g->units[f->rep];
        /* most shown sentences mix tenses or tell a present: no clash */
        if (f->ndocs < 2 || f->clen || !unit_tense(s))
            continue;
        uint32_t nd = 0, cut = 0;
        for (uint32_t q = 0; q < f->ndocs; q++) {
            uint32_t d = f->docs[q];
            if (d != s->doc && mood_cut(g, f, d)) {
                cut++;
                continue;
            }
            f->docs[nd++] = d;
        }
        if (!cut)
            continue;
        f->ndocs = nd;
        uint32_t nu = 0;
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t u = f->units[a];
            if (u == f->rep || rcp__dfact_has_doc(f, g->units[u].doc)) {
                f->units[nu++] = u;
                continue;
            }
            /* a sentence of a doc that left: a fact of its own */
            uint32_t *docs = rcp__arena_alloc(&g->arena, sizeof *docs);
            uint32_t *units = rcp__arena_alloc(&g->arena, sizeof *units);
            if (!docs || !units || !RCP__PUSH(nf, nnf, cnf))
                goto cleanup;
            docs[0] = g->units[u].doc;
            units[0] = u;
            nf[nnf++] = (rcp__dfact){.rep = u,
                                     .units = units,
                                     .nunits = 1,
                                     .docs = docs,
                                     .ndocs = 1};
            if (g->units[u].fact == (int32_t)fi)
                g->units[u].fact = (int32_t)(n0 + nnf - 1);
        }
        f->nunits = nu;
    }
    rc = append_facts(g, nf, nnf);
cleanup:
    rcp__free(nf);
    return rc;
}
