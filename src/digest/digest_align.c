/*
 * digest_align.c - which sentences of a story state the same thing.
 *
 * How it works. Each sentence is a set of content terms: the stems of its
 * words that are not stopwords, and its numbers, so that inflections and
 * plurals match (fusil / fusils, offert / offre) and names weigh like any
 * rare word. A term weighs its idf over the story's sentences, log((S+1)
 * / sf): what every sentence says (the protagonists' names) counts for
 * little, a specific word shared by two sentences (gant, carabine,
 * scaphandre) for much. For two sentences a and b with weights Wa, Wb and
 * shared weight O:
 *
 *     dice = 2 O / (Wa + Wb)       the same statement, reworded
 *     cont = O / min(Wa, Wb)       one sentence inside the other, which
 *                                  adds a clause (a wire rewrite)
 *
 * A term that most docs of the story use (70%, at least 3 docs: the
 * protagonists, the subject) is a topic term; the others are specific.
 * Two sentences are linked when they share LINK_MIN_SHARED terms and
 *
 *     dice >= LINK_DICE_SURE, or
 *     dice >= LINK_DICE with one specific term shared, or
 *     dice >= LINK_DICE_MANY with two specific terms and LINK_MANY shared,
 *     or cont >= LINK_CONT with two specific terms shared.
 *
 * Topic terms alone never make a corroboration: "Kim met Putin in Russia"
 * and "Kim left Russia after meeting Putin" share only the story's
 * subject. Nor does the same action told of different people: two
 * sentences that both name persons, none in common, are never linked
 * ("Tête filed an appeal" / "Lepage filed an appeal"). Sentences of one doc are
 * linked only when nearly identical (a repeated paragraph), so that a doc's
 * support counts once.
 *
 * Claims inside sentences. A sentence is cut into chunks where a claim
 * may begin (analysis/clauses.h: punctuation inside it, clause openers),
 * and a run of at most WIN_CHUNKS adjacent chunks is one of its claims.
 * Two sentences whose wholes are not close are still linked when two of
 * their runs are (clause_dice: Dice >= CLAUSE_DICE over the runs, which
 * share CLAUSE_SHARED terms, one specific, and CLAUSE_WORDS words besides
 * names and framing words such as "said" or a weekday); and a sentence
 * supports a fact when one of its runs states the fact's core
 * (claim_in_chunks, in extend_core). A run's values are its own: a date
 * of another clause does not make the sentence disagree.
 *
 * Grouping is agglomerative over the links, strongest first: two groups
 * merge only when, over the pairs of sentences of different docs across
 * them, the average affinity (max of dice and 0.8 cont) is at least
 * GROUP_AVG and a majority (GROUP_MAJORITY) are close (>= GROUP_CLOSE).
 * This stops the chains single linkage would build (A ~ B, B ~ C, but A
 * says something else than C), while a sentence that states two facts at
 * once does not keep a third wording out. Pairs of one doc are left out:
 * a doc neither agrees nor disagrees with itself. Precision comes
 * first: a false merge claims a corroboration that does not exist, while
 * a missed one only leaves a statement in `unique` -- and `unique` itself
 * is claimed only when no sentence of another doc comes loosely close
 * (digest.c).
 *
 * Cost: candidate pairs come from an inverted index of terms, so only
 * sentences sharing a term are compared. A term in more than POST_CAP
 * sentences (the words of every sentence of a huge story or page) makes
 * no candidates, so the cost is at most POST_CAP x the postings: linear
 * in the story. When a story has such terms, the candidates found
 * through the others are scored exactly on all their terms; two
 * sentences sharing only such terms are not compared (they are never
 * linked, nor does one count as close to the other for `unique`). The
 * candidates of a sentence are scored in two passes, because the cost
 * of a big story is memory: the first reads each candidate's hot record
 * (its weight, doc, `cross`, the hash of its words and its capped terms:
 * one cache line) and settles the pairs that share fewer than
 * LINK_MIN_SHARED terms, three in four of a 10,000-article story; the
 * second scores the others on their whole units, fetched ahead, and asks
 * each dear test (the predicates' moods, the asides, the claims inside
 * the sentences) only when its answer can change the link. The
 * average-link check of a merge reads at most RCP__GROUP_SAMPLE sentences of
 * each group, spread over it, and a check that failed is not repeated
 * while neither group changes; the representative of a fact is the most
 * central against at most RCP__GROUP_SAMPLE of its sentences. Stories of the
 * usual size (the dev clusters: at most 145 sentences per term, groups
 * far under RCP__GROUP_SAMPLE) are aligned exactly as without these bounds; a
 * few hundred sentences take well under a millisecond, a 10 MB page or
 * a story of 10,000 articles a few seconds (BENCHMARKS.md).
 */
#include "analysis/claims.h"
#include "analysis/clauses.h"
#include "base/sort.h"
#include "digest/digest.h"

#include <stdlib.h>

#define LINK_DICE_SURE 0.55 /* a reworded statement, whatever its terms */
#define LINK_DICE 0.40      /* ... with one specific term shared */
#define LINK_DICE_MANY 0.30 /* ... with two specific and LINK_MANY shared */
#define LINK_MANY 4
#define LINK_CONT 0.72 /* containment, with two specific terms */
#define LINK_MIN_SHARED 3
#ifndef WIN_CONT
#define WIN_CONT 0.4
#endif
#ifndef WIN_FOCUS
#define WIN_FOCUS 0.5
#endif
#ifndef WIN_CHUNKS
#define WIN_CHUNKS 3
#endif
#ifndef CLAUSE_DICE
#define CLAUSE_DICE 0.55 /* two runs of chunks that state one claim */
#endif
#ifndef CLAUSE_SHARED
#define CLAUSE_SHARED 5 /* terms the two runs share */
#endif
#ifndef CLAUSE_WORDS
#define CLAUSE_WORDS 2 /* shared words besides names and framing */
#endif
#ifndef CLAUSE_SCORE
#define CLAUSE_SCORE 0.9 /* such a link ranks below a whole-sentence one */
#endif
#ifndef MAIN_SHARE
#define MAIN_SHARE 0.3 /* the least share of the weight two units not
                          near-copies share that is in the main claim of
                          one of them (main_share) */
#endif
#ifndef PRED_NEAR
#define PRED_NEAR 0.55 /* below this Dice a link needs a claim in common */
#endif
#ifndef PRED_CLAUSE
#define PRED_CLAUSE 1
#endif
#ifndef PRED_CORE
#define PRED_CORE 0
#endif
#define SAME_DOC_DICE 0.8
#define SAME_DOC_CONT 0.95
#ifndef GROUP_AVG
#define GROUP_AVG 0.32
#endif
#ifndef GROUP_CLOSE
#define GROUP_CLOSE 0.30
#endif
#define GROUP_MAJORITY 0.5
#define POST_CAP 256    /* a term in more sentences makes no candidates */

#ifdef RCP_DIGEST_TUNE
#include <stdio.h>
double rcp__digest_tune(const char *name, double def)
{
    const char *v = getenv(name);
    return v && *v ? atof(v) : def;
}
#endif

double rcp__digest_sim(const rcp_digest *g, const rcp__dunit *a,
                       const rcp__dunit *b, double *containment,
                       uint32_t *shared)
{
    uint32_t i = 0, j = 0, k = 0;
    double o = 0;
    for (; rcp__dunit_next_shared(a, b, &i, &j); i++, j++) {
        o += g->idf[a->terms[i]];
        k++;
    }
    o += rcp__dlex_bonus(g, a, b, &k, NULL); /* words of one meaning */
    double m = RCP_MIN(a->weight, b->weight);
    if (containment)
        *containment = m > 0 ? o / m : 0;
    if (shared)
        *shared = k;
    return a->weight + b->weight > 0 ? 2 * o / (a->weight + b->weight) : 0;
}

/* The strength of the link between two units, 0 when they are not linked
 * (the rule of the block above); k shared terms, ks of them specific. */
static double link_score(double dice, double cont, uint32_t k, uint32_t ks,
                         int same_doc, int clash)
{
    if (clash && !same_doc)
        return 0;
    if (same_doc) /* the same sentence again, perhaps with a clause added */
        return dice >= SAME_DOC_DICE || (cont >= SAME_DOC_CONT && k >= 5)
                   ? RCP_MAX(dice, SAME_DOC_DICE)
                   : 0;
    if (k < LINK_MIN_SHARED)
        return 0;
    if (dice >= LINK_DICE_SURE || (dice >= LINK_DICE && ks >= 1) ||
        (dice >= LINK_DICE_MANY && ks >= 2 && k >= LINK_MANY))
        return dice;
    if (cont >= LINK_CONT && ks >= 2)
        return LINK_DICE + (cont - LINK_CONT) * 0.5;
    return 0;
}

/* a counts two or more of a thing (an exact figure: "three life
 * sentences") that b counts as one with an indefinite article, in the
 * same words, and by no figure ("a life sentence"): another value,
 * which the value reader does not read as one (rcp__dunit.phr) */
static int count_against_article(const rcp__dunit *a, const rcp__dunit *b)
{
    const uint64_t *art = b->phr ? b->phr + b->ncounts + b->nfigs : NULL;
    for (uint32_t i = 0; i < a->ncounts && b->narts; i++) {
        int article = 0, given = 0;
        for (uint32_t j = 0; j < b->narts && !article; j++)
            article = art[j] == a->phr[i];
        for (uint32_t j = 0; j < b->ncounts + b->nfigs && article && !given;
             j++)
            given = b->phr[j] == a->phr[i];
        if (article && !given)
            return 1;
    }
    return 0;
}

/* 1 when unit a, of another language, negates a term (rcp__dunit.negterm)
 * that unit b holds without negating it first: "El Gobierno no subirá
 * los impuestos" / "El Gobierno subirá los impuestos"; not "La empresa
 * no confirmó la causa y la policía abrió una investigación" / "La
 * policía abrió una investigación" (b has no "confirmó"). */
static int negated_in(const rcp__dunit *a, const rcp__dunit *b)
{
    if (!a->negterm || b->negterm == a->negterm)
        return 0;
    uint32_t t = a->negterm - 1, lo = 0, hi = b->nterms;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (b->terms[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < b->nterms && b->terms[lo] == t;
}

/* The clash of two units but for the values they compare: they name
 * different people; one asks what the other states; one counts what
 * the other gives with an article ("three life sentences" / "a life
 * sentence"); or one states nothing (RCP__U_VERBLESS: a heading, a
 * caption supports no fact); or, in another language, one negates a word
 * the other states without negating it (negated_in). */
int rcp__digest_other_clash(const rcp__dunit *a, const rcp__dunit *b)
{
    return (a->people && b->people && !(a->people & b->people)) ||
           (TUNE(CLAIM_CLASH, 1) && rcp__digest_claim_clash(a, b)) ||
           (a->flags & RCP__U_QUESTION) != (b->flags & RCP__U_QUESTION) ||
           ((a->flags | b->flags) & RCP__U_VERBLESS) ||
           negated_in(a, b) || negated_in(b, a) ||
           count_against_article(a, b) || count_against_article(b, a);
}

/* Two units that must never support each other: both name people, and
 * not one in common (the same action told of different people is not
 * the same fact); one asks what the other states (a question supports
 * nothing); or they give different values for the same thing (a
 * disagreement). */
static int clash(const rcp__dunit *a, const rcp__dunit *b)
{
    return rcp__digest_other_clash(a, b) || rcp__digest_values_clash(a, b);
}

/* Two uses of one predicate that cannot state one claim: one only
 * prospective (a future, a forecast, a conditional), the other only done
 * ("rencontreront" / "ont rencontré", "des tests vont être pratiqués" /
 * "des tests ont été pratiqués"), or one only denied, the other only
 * affirmed ("aucune rencontre n'est prévue" / "une rencontre est
 * prévue"). A present ("se poursuit" / "devrait se poursuivre") or a
 * noun ("the meeting") opposes nothing. */
int rcp__digest_moods_oppose(uint64_t a, uint64_t b)
{
    if (!(a & b & RCP__PK_VERB))
        return 0;
    uint64_t t = RCP__PK_PROSP | RCP__PK_PAST | RCP__PK_PRES,
             p = RCP__PK_NEG | RCP__PK_AFF;
    return ((a & t) == RCP__PK_PROSP && (b & t) == RCP__PK_PAST) ||
           ((a & t) == RCP__PK_PAST && (b & t) == RCP__PK_PROSP) ||
           (TUNE(MOOD_NEG, 1) &&
            (((a & p) == RCP__PK_NEG && (b & p) == RCP__PK_AFF) ||
             ((a & p) == RCP__PK_AFF && (b & p) == RCP__PK_NEG)));
}

uint64_t rcp__digest_lemma_use(const rcp__dunit *u, uint64_t k)
{
    uint32_t lo = 0, hi = u->nvkeys;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint64_t x = u->vkeys[mid] >> RCP__PK_BITS;
        if (x == k)
            return u->vkeys[mid];
        if (x < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* 1 when the lemma of a claim verb of a is used in the claims of a and
 * b only denied in one and only affirmed in the other. (Tense is no such
 * sign: "will eventually replace" / "replaced" is one claim for the
 * claims-dev gold; docs/digest.md.) */
static int claim_opposed(const rcp__dunit *a, const rcp__dunit *b)
{
    const uint64_t p = RCP__PK_NEG | RCP__PK_AFF;
    for (uint32_t i = 0; i < a->nckeys; i++) {
        uint64_t k = a->ckeys[i] >> RCP__PK_BITS;
        uint64_t x = rcp__digest_lemma_use(a, k) & p, y = rcp__digest_lemma_use(b, k) & p;
        if ((x == RCP__PK_NEG && y == RCP__PK_AFF) ||
            (x == RCP__PK_AFF && y == RCP__PK_NEG))
            return 1;
    }
    return 0;
}

int rcp__digest_claim_clash(const rcp__dunit *a, const rcp__dunit *b)
{
    /* most sentences deny nothing: no lemma to look up */
    if (!a->denies && !b->denies)
        return 0;
    return claim_opposed(a, b) || claim_opposed(b, a);
}

/* Two units state a claim with one predicate: a key (rcp__claim_keys,
 * analysis/claims.h) of a predicate form in both, used as a verb in at
 * least one ("they attacked" / "the attack"; not "vacances" /
 * "s'envolent" however many names they share): 1. A sentence with no
 * verb of its own (copula, nominal) is not judged: 1. -1 when every
 * predicate they share is used in opposed moods (moods_oppose): the one
 * does not state what the other does, whatever else they share. */
int rcp__digest_share_predicate(const rcp__dunit *a, const rcp__dunit *b)
{
    int opposed = 0;
    if (!a->pverb || !b->pverb)
        return 1;
    if (!(a->pmask & b->pmask))
        return 0; /* no key in common */
    uint32_t i = 0, j = 0;
    while (i < a->npkeys && j < b->npkeys) {
        uint64_t x = a->pkeys[i] >> RCP__PK_BITS, y = b->pkeys[j] >> RCP__PK_BITS;
        if (x == y) {
            if ((a->pkeys[i] | b->pkeys[j]) & RCP__PK_VERB) {
                if (!TUNE(MOOD, 1) || !rcp__digest_moods_oppose(a->pkeys[i], b->pkeys[j]))
                    return 1;
                opposed = 1;
            }
            i++, j++;
        } else if (x < y) {
            i++;
        } else {
            j++;
        }
    }
    return opposed ? -1 : 0;
}

/* Two units whose actors may be one: either is unknown (no verb, or a
 * pronoun), or they share a term ("Ingrid Betancourt, Mélanie et
 * Lorenzo" / "Ingrid Betancourt"), or two terms of one meaning. */
int rcp__digest_share_actor(const rcp_digest *g, const rcp__dunit *a,
                       const rcp__dunit *b)
{
    if (!a->naterms || !b->naterms)
        return 1;
    uint32_t i = 0, j = 0;
    while (i < a->naterms && j < b->naterms) {
        if (a->aterms[i] == b->aterms[j])
            return 1;
        if (a->aterms[i] < b->aterms[j])
            i++;
        else
            j++;
    }
    if (g->tgroup)
        for (i = 0; i < a->naterms; i++)
            for (j = 0; j < b->naterms; j++)
                if (g->tgroup[a->aterms[i]] &&
                    g->tgroup[a->aterms[i]] == g->tgroup[b->aterms[j]])
                    return 1;
    return 0;
}

/* 1 when term t is one of u's aside terms (rcp__dunit.sterms) */
static int aside_term(const rcp__dunit *u, uint32_t t)
{
    return rcp__has_u32(u->sterms, u->nsterms, t);
}

/*
 * What two units share outside their asides (an apposition, a relative
 * clause about a name: analysis/clauses.h): the terms an aside of either
 * holds are left out of both, and of their weights. 0 when they share
 * nothing aside (then nothing changes); else 1, with *dice, *cont, *k and
 * *ks of what is left. "Jérôme Kerviel, le trader qui a fait perdre 5
 * milliards à la Société Générale" in a question on Yahoo and in a
 * police search share a description of the man, not a claim.
 */
static int share_outside_asides(const rcp_digest *g, const rcp__dunit *u,
                                const rcp__dunit *v, double *dice,
                                double *cont, uint32_t *k, uint32_t *ks)
{
    if (!u->nsterms && !v->nsterms)
        return 0;
    double o = 0, os = 0;
    uint32_t i = 0, j = 0;
    *k = *ks = 0;
    while (i < u->nterms && j < v->nterms) {
        uint32_t t = u->terms[i];
        if (t == v->terms[j]) {
            if (TUNE(SIDE_BOTH, 1) ? aside_term(u, t) && aside_term(v, t)
                                   : aside_term(u, t) || aside_term(v, t)) {
                os += g->idf[t];
            } else {
                o += g->idf[t];
                ++*k;
                *ks += !g->topic[t];
            }
            i++, j++;
        } else if (t < v->terms[j]) {
            i++;
        } else {
            j++;
        }
    }
    if (os <= 0)
        return 0;
    o += rcp__dlex_bonus(g, u, v, k, ks); /* words of one meaning */
    double wu = u->weight - u->sweight, wv = v->weight - v->sweight;
    double m = RCP_MIN(wu, wv);
    *dice = wu + wv > 0 ? 2 * o / (wu + wv) : 0;
    *cont = m > 0 ? o / m : 0;
    return 1;
}

/*
 * The share of the weight two units share that is in the main claim of
 * one of them at least (its main clause or the clause coordinated with
 * it: RCP__TR_MAIN, RCP__TR_MORE), not only in what both say around a
 * claim (the attribution, an apposition, a relative clause); -1 when
 * either has no main clause (a parse that found none is not judged).
 * "..., said Jane Roe, an attorney with Earthwatch, an environmental
 * group" and "Jane Roe, an attorney with Earthwatch, said ..." share who
 * says it, not what is said.
 */
static double main_share(const rcp_digest *g, const rcp__dunit *u,
                         const rcp__dunit *v)
{
    const uint8_t m = RCP__TR_MAIN | RCP__TR_MORE;
    int mu = 0, mv = 0;
    for (uint32_t i = 0; i < u->nterms && !mu; i++)
        mu = (u->trole[i] & m) != 0;
    for (uint32_t j = 0; j < v->nterms && !mv; j++)
        mv = (v->trole[j] & m) != 0;
    if (!mu || !mv)
        return -1;
    double o = 0, om = 0;
    uint32_t i = 0, j = 0;
    while (i < u->nterms && j < v->nterms) {
        uint32_t t = u->terms[i];
        if (t == v->terms[j]) {
            o += g->idf[t];
            if ((u->trole[i] & m) || (v->trole[j] & m))
                om += g->idf[t];
            i++, j++;
        } else if (t < v->terms[j]) {
            i++;
        } else {
            j++;
        }
    }
    return o > 0 ? om / o : -1;
}

/* 1 unless what units u and v share is mostly around a claim, in no main
 * claim of theirs (main_share below MAIN_SHARE) */
static int main_shared(const rcp_digest *g, const rcp__dunit *u,
                       const rcp__dunit *v)
{
    double ms = main_share(g, u, v);
    return !(ms >= 0 && ms < TUNE(MAIN_SHARE, MAIN_SHARE));
}

#define RUNS_MAX (RCP__MAX_CHUNKS * 4)
#define SHARED_MAX 64

/* Bits set in x, inline (without -mpopcnt, __builtin_popcountll is a
 * library call, and it is in the inner loops of the alignment). */
static inline int pop64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (int)((x * 0x0101010101010101ULL) >> 56);
}

/* The weight of each run of each unit (the idf of the terms of its
 * chunks), asked of the same unit by pair after pair: kept once
 * computed (the same sum, so the same float). at[i]: where unit i's runs
 * begin in w, span slots per chunk; a slot below 0 is not known yet. */
typedef struct runweights {
    uint32_t span;
    uint32_t *at;
    float *w;
} runweights;

static int runweights_init(runweights *rw, const rcp_digest *g,
                           uint32_t span)
{
    size_t n = g->nunits, total = 0;
    rw->span = span;
    rw->w = NULL;
    if (!(rw->at = rcp__malloc((n + 1) * sizeof *rw->at)))
        return RCP_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        rw->at[i] = (uint32_t)total;
        total += (size_t)g->units[i].nchunks * span;
        if (total > UINT32_MAX) /* not kept: computed each time */
            return 0;
    }
    if (!(rw->w = rcp__malloc((total + 1) * sizeof *rw->w)))
        return RCP_ENOMEM;
    for (size_t x = 0; x < total; x++)
        rw->w[x] = -1;
    return 0;
}

static void runweights_release(runweights *rw)
{
    rcp__free(rw->at);
    rcp__free(rw->w);
}

/* The runs of u, each reduced to the shared terms it holds (bit s for
 * the s-th shared term, whose chunks in u are cm[s]) and, per distinct
 * set of shared terms, the lightest run holding exactly it: the one
 * whose Dice is best. Returns how many distinct sets. rws: the weights
 * of the runs known so far, or NULL. */
static uint32_t shared_runs(const rcp_digest *g, const rcp__dunit *u,
                            uint32_t span, const uint32_t *cm, uint32_t ns,
                            uint64_t *set, float *w, uint32_t *run,
                            const runweights *rws)
{
    float *known = rws && rws->w && rws->span == span
                       ? rws->w + rws->at[u - g->units]
                       : NULL;
    uint32_t n = 0;
    /* the shared terms in each chunk (a run's set is the union of its
     * chunks'; the masks hold the first 32 chunks) */
    uint64_t csm[32] = {0};
    for (uint32_t s = 0; s < ns; s++)
        for (uint32_t c = cm[s]; c; c &= c - 1)
            csm[__builtin_ctz(c)] |= (uint64_t)1 << s;
    for (uint32_t c0 = 0; c0 < u->nchunks; c0++) {
        uint64_t sm = 0;
        for (uint32_t c1 = c0 + 1; c1 <= u->nchunks && c1 - c0 <= span;
             c1++) {
            uint32_t m = (c1 - c0 >= 32 ? ~0u : ((1u << (c1 - c0)) - 1))
                         << c0;
            if (c1 - 1 < 32)
                sm |= csm[c1 - 1];
            if (pop64(sm) < LINK_MIN_SHARED)
                continue;
            float *kw = known ? &known[c0 * span + (c1 - c0 - 1)] : NULL;
            float rw = 0;
            if (kw && *kw >= 0) {
                rw = *kw;
            } else {
                for (uint32_t j = 0; j < u->nterms; j++)
                    if (u->tmask[j] & m)
                        rw += g->idf[u->terms[j]];
                if (kw)
                    *kw = rw;
            }
            uint32_t k = 0;
            while (k < n && set[k] != sm)
                k++;
            if (k == n) {
                if (n == RUNS_MAX)
                    continue;
                set[n] = sm, w[n] = rw, run[n++] = m;
            } else if (rw < w[k]) {
                w[k] = rw, run[k] = m;
            }
        }
    }
    return n;
}

/*
 * Claims inside sentences (analysis/clauses.h): the best idf-weighted
 * Dice between a run of at most WIN_CHUNKS adjacent chunks of a and one
 * of b, over runs that share at least LINK_MIN_SHARED terms; *k and *ks
 * (shared terms, specific ones) of the best. Two sentences that each add
 * their own clauses around one claim ("After leaving rehab, Lohan
 * checked into Betty Ford, TMZ said" / "Lohan checked into Betty Ford
 * late Thursday, dodging arrest") score low as wholes and high on the
 * runs that state the claim; when the wholes give different values for
 * one thing (vclash), the two runs must not (a date of another clause is
 * about something else). 0 when neither has two chunks. Cost: the
 * runs of each (at most WIN_CHUNKS per chunk) are reduced to their
 * distinct sets of shared terms first, so the pairs compared are few.
 */
static double clause_dice(const rcp_digest *g, const rcp__dunit *a,
                          const rcp__dunit *b, int vclash, uint32_t *kbest,
                          uint32_t *ksbest, const runweights *rws)
{
    *kbest = *ksbest = 0;
    if (a->nchunks < 2 && b->nchunks < 2)
        return 0;
    uint32_t ma[SHARED_MAX], mb[SHARED_MAX];
    float w[SHARED_MAX];
    uint64_t spec = 0, claimw = 0; /* specific terms; claim words */
    uint32_t ns = 0, i = 0, j = 0;
    for (; ns < SHARED_MAX && rcp__dunit_next_shared(a, b, &i, &j);
         ns++, i++, j++) {
        uint32_t t = a->terms[i];
        ma[ns] = a->tmask[i], mb[ns] = b->tmask[j];
        w[ns] = g->idf[t];
        if (!g->topic[t])
            spec |= (uint64_t)1 << ns;
        if (!(g->tkind[t] & (RCP__T_NAME | RCP__T_FRAME)))
            claimw |= (uint64_t)1 << ns;
    }
    if (ns < LINK_MIN_SHARED)
        return 0;
    uint32_t span = (uint32_t)TUNE(WIN_CHUNKS, WIN_CHUNKS);
    uint64_t sa[RUNS_MAX], sb[RUNS_MAX];
    float wa[RUNS_MAX], wb[RUNS_MAX];
    uint32_t runa[RUNS_MAX], runb[RUNS_MAX];
    uint32_t na = shared_runs(g, a, span, ma, ns, sa, wa, runa, rws);
    uint32_t nb = na ? shared_runs(g, b, span, mb, ns, sb, wb, runb, rws) : 0;
    double best = 0;
    for (uint32_t x = 0; x < na; x++)
        for (uint32_t y = 0; y < nb; y++) {
            uint64_t both = sa[x] & sb[y];
            uint32_t k = (uint32_t)pop64(both);
            /* a claim: two words of it besides names and framing (an
             * attribution shared, "X, chief of Y, told reporters", is
             * none) */
            if (k < LINK_MIN_SHARED || wa[x] + wb[y] <= 0 ||
                pop64(both & claimw) <
                    (int)TUNE(CLAUSE_WORDS, CLAUSE_WORDS))
                continue;
            double o = 0;
            for (uint64_t m = both; m; m &= m - 1)
                o += w[__builtin_ctzll(m)];
            double d = 2 * o / (wa[x] + wb[y]);
            /* the values of the two runs agree (the sentences may give
             * other values about other things elsewhere) */
            if (d > best && vclash &&
                rcp__digest_values_clash_in(a, runa[x], b, runb[y]))
                continue;
            if (d > best) {
                best = d, *kbest = k;
                *ksbest = (uint32_t)pop64(both & spec);
            }
        }
    return best;
}

/* 1 when u gives a figure (a count with its noun, an amount). */
static int has_figure(const rcp__dunit *u)
{
    for (uint32_t i = 0; i < u->nvals; i++)
        if (u->vals[i].kind == RCP__VAL_FIGURE)
            return 1;
    return 0;
}

/* Two statements of different docs in the same words in the same order:
 * the same statement, however short ("No one was hurt."). */
static int same_words(const rcp__dunit *x, const rcp__dunit *y)
{
    return x->doc != y->doc && x->text == y->text && x->ntok == y->ntok;
}

/* A softer affinity for the average-link check (0..1) of two units that
 * do not clash: 1 for the same words (which are linked however short, so
 * they must group too). */
static double unclashed_affinity(const rcp_digest *g, const rcp__dunit *x,
                                 const rcp__dunit *y)
{
    if (same_words(x, y) && TUNE(SAME_WORDS, 1) > 0)
        return 1;
    double cont;
    uint32_t k;
    double dice = rcp__digest_sim(g, x, y, &cont, &k);
    if (k < 2)
        return 0;
    return RCP_MAX(dice, 0.8 * cont);
}

/* ... of any two units: 0 when they clash */
static double affinity(const rcp_digest *g, uint32_t a, uint32_t b)
{
    const rcp__dunit *x = &g->units[a], *y = &g->units[b];
    return clash(x, y) ? 0 : unclashed_affinity(g, x, y);
}

/* Up to RCP__GROUP_SAMPLE units of the group listed from root, spread evenly
 * over it (all of them in a smaller group). */
static uint32_t group_sample(const uint32_t *next, uint32_t root,
                             uint32_t size, uint32_t *out)
{
    uint32_t m = 0, i = 0;
    for (uint32_t x = root; x != UINT32_MAX; x = next[x], i++)
        if (size <= RCP__GROUP_SAMPLE ||
            (uint64_t)m * size <= (uint64_t)i * RCP__GROUP_SAMPLE)
            if (m < RCP__GROUP_SAMPLE)
                out[m++] = x;
    return m;
}

/* Merge checks that failed, by pair of roots and their sizes then: a
 * group changes only by growing, so the same pair at the same sizes
 * fails again. Open addressing, keys (a, b) with a != b. */
typedef struct failure {
    uint32_t a, b, sa, sb;
} failure;

typedef struct failset {
    failure *e;
    size_t cap, n; /* cap: a power of two, or 0 */
} failset;

static size_t fail_slot(const failset *f, uint32_t a, uint32_t b)
{
    uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 20) & (f->cap - 1);
    while (f->e[i].a != f->e[i].b && (f->e[i].a != a || f->e[i].b != b))
        i = (i + 1) & (f->cap - 1);
    return i;
}

static int failed_before(const failset *f, uint32_t a, uint32_t b,
                         uint32_t sa, uint32_t sb)
{
    if (!f->cap)
        return 0;
    const failure *x = &f->e[fail_slot(f, a, b)];
    return x->a != x->b && x->sa == sa && x->sb == sb;
}

static int remember_failure(failset *f, uint32_t a, uint32_t b, uint32_t sa,
                            uint32_t sb)
{
    if (2 * (f->n + 1) > f->cap) {
        failset g = {rcp__calloc(f->cap ? 2 * f->cap : 256, sizeof *g.e),
                     f->cap ? 2 * f->cap : 256, 0};
        if (!g.e)
            return RCP_ENOMEM;
        for (size_t i = 0; i < f->cap; i++)
            if (f->e[i].a != f->e[i].b) {
                g.e[fail_slot(&g, f->e[i].a, f->e[i].b)] = f->e[i];
                g.n++;
            }
        rcp__free(f->e);
        *f = g;
    }
    failure *x = &f->e[fail_slot(f, a, b)];
    f->n += x->a == x->b;
    *x = (failure){a, b, sa, sb};
    return 0;
}

/* A pair that shares enough terms to test containment later. */
typedef struct pair {
    uint32_t a, b;
    float o; /* shared weight */
    uint32_t k;
} pair;

/*
 * A sentence that states two facts (the glove and the rifle in one) can
 * be in one group only; it still supports the other fact when it holds
 * that fact's representative: at least EXTEND_CONT of the
 * representative's weight and EXTEND_SHARED of its terms. The doc joins
 * the fact's support; the groups do not change.
 */
#define EXTEND_CONT 0.55
#define EXTEND_SHARED 4

static int extend_support(rcp_digest *g, const pair *pairs, size_t np)
{
    for (size_t i = 0; i < np; i++) {
        for (int side = 0; side < 2; side++) {
            uint32_t r = side ? pairs[i].b : pairs[i].a;
            uint32_t u = side ? pairs[i].a : pairs[i].b;
            const rcp__dunit *ru = &g->units[r], *uu = &g->units[u];
            rcp__dfact *f = &g->facts[ru->fact];
            if (f->rep != r || ru->fact == uu->fact || ru->doc == uu->doc ||
                clash(ru, uu) || pairs[i].k < EXTEND_SHARED ||
                ru->weight <= 0 || pairs[i].o / ru->weight < EXTEND_CONT)
                continue;
            /* the predicate test last: it is the dearest */
            int sp = rcp__digest_share_predicate(ru, uu);
            if ((TUNE(MOOD_EXT, 1) && sp < 0) ||
                (TUNE(PRED_EXT, 0) && !sp && !rcp__digest_share_actor(g, ru, uu)))
                continue;
            if (TUNE(MSHARE_EXT, 1) > 0 && !main_shared(g, ru, uu))
                continue;
            uint32_t k = 0;
            while (k < f->ndocs && f->docs[k] < uu->doc)
                k++;
            if (k < f->ndocs && f->docs[k] == uu->doc)
                continue;
            /* docs has room for nunits entries; grow past that */
            uint32_t *nd =
                rcp__arena_alloc(&g->arena, (f->ndocs + 1) * sizeof *nd);
            if (!nd)
                return RCP_ENOMEM;
            memcpy(nd, f->docs, k * sizeof *nd);
            nd[k] = uu->doc;
            memcpy(nd + k + 1, f->docs + k, (f->ndocs - k) * sizeof *nd);
            f->docs = nd;
            f->ndocs++;
        }
    }
    return 0;
}

/*
 * The core of a fact: the terms that at least half of its docs (and two)
 * use -- what its wordings agree on, the claim without each article's
 * extra clause. A sentence of another doc that holds at least CORE_CONT
 * of the core's weight, and CORE_SHARED of its terms (or all of a
 * smaller core), states the claim too, whatever else it says: its doc
 * joins the fact's support (the groups do not change, so a sentence that
 * states two claims supports both). The guards of linking hold: not when
 * the sentences name different people or give other values for the same
 * thing, and every number of the core must be there (the values agree).
 * Core terms in more than POST_CAP sentences bring no candidates, so the
 * cost stays linear in the story (an extension missed, never a false one).
 */
#ifndef CORE_CONT
#define CORE_CONT 0.75
#endif
#define CORE_SHARED 3

int rcp__dfact_has_doc(const rcp__dfact *f, uint32_t d)
{
    return rcp__has_u32(f->docs, f->ndocs, d);
}

int rcp__dsorted_add(rcp_digest *g, uint32_t **a, uint32_t *n, uint32_t x)
{
    uint32_t k = 0;
    while (k < *n && (*a)[k] < x)
        k++;
    if (k < *n && (*a)[k] == x)
        return 0;
    uint32_t *na = rcp__arena_alloc(&g->arena, (*n + 1) * sizeof *na);
    if (!na)
        return RCP_ENOMEM;
    memcpy(na, *a, k * sizeof *na);
    na[k] = x;
    memcpy(na + k + 1, *a + k, (*n - k) * sizeof *na);
    *a = na;
    (*n)++;
    return 0;
}

int rcp__dfact_add_doc(rcp_digest *g, rcp__dfact *f, uint32_t d)
{
    return rcp__dsorted_add(g, &f->docs, &f->ndocs, d);
}

/*
 * A claim inside a longer sentence: a run of at most WIN_CHUNKS adjacent
 * chunks of x (analysis/clauses.h: a clause, a relative clause, an item
 * of a list, with its neighbours) that holds WIN_CONT of the core's
 * weight w, shared_min of its terms and all its nnum numbers, and whose
 * own weight is at least WIN_FOCUS core: the run states the claim, and
 * little else. Of the core terms it holds, CLAUSE_WORDS must be words of
 * the claim, not names or framing words: a run that only names the
 * protagonists ("les Forces armées révolutionnaires de Colombie") or an
 * attribution states no claim. Core terms are those with incore[t] == stamp. When x and
 * the fact's representative rep give different values for one thing
 * (vclash), the run's own values must agree with rep's.
 */

static int claim_in_chunks(const rcp_digest *g, const rcp__dunit *x,
                           const rcp__dunit *rep, int vclash,
                           const uint32_t *incore, uint32_t stamp, double w,
                           uint32_t nnum, uint32_t shared_min)
{
    double cont = TUNE(WIN_CONT, WIN_CONT), focus = TUNE(WIN_FOCUS, WIN_FOCUS);
    uint32_t span = (uint32_t)TUNE(WIN_CHUNKS, WIN_CHUNKS);
    for (uint32_t c0 = 0; c0 < x->nchunks; c0++)
        for (uint32_t c1 = c0 + 1; c1 <= x->nchunks && c1 - c0 <= span;
             c1++) {
            uint32_t m = (c1 - c0 >= 32 ? ~0u : ((1u << (c1 - c0)) - 1))
                         << c0;
            double cw = 0, ww = 0;
            uint32_t hits = 0, nums = 0, words = 0;
            for (uint32_t j = 0; j < x->nterms; j++) {
                if (!(x->tmask[j] & m))
                    continue;
                uint32_t t = x->terms[j];
                ww += g->idf[t];
                if (incore[t] == stamp) {
                    cw += g->idf[t];
                    hits++;
                    nums += g->tkind[t] & RCP__T_NUM;
                    words += !(g->tkind[t] & (RCP__T_NAME | RCP__T_FRAME));
                }
            }

#ifdef RCP_DIGEST_TUNE
            if (getenv("WIN_DEBUG"))
                fprintf(stderr, "  win %u-%u hits %u/%u nums %u/%u cw %.2f w %.2f ww %.2f : %.*s\n", c0, c1, hits, shared_min, nums, nnum, cw, w, ww, 80, g->docs[x->doc]->text + x->off);
#endif
            if (hits >= shared_min && nums == nnum && cw >= cont * w &&
                words >= (uint32_t)TUNE(CLAUSE_WORDS, CLAUSE_WORDS) &&
                cw >= focus * ww &&
                !(vclash && rcp__digest_values_clash_in(rep, ~0u, x, m)))
                return 1;
        }
    return 0;
}

/* at most this many keys of a fact's main verb are read (CORE_SPEC) */
#define CORE_VKEYS 64

/* 1 when unit x holds a predicate with one of the n keys k (unshifted
 * rcp__claim_keys values; x->pkeys ascending by key) */
static int verb_held(const rcp__dunit *x, const uint64_t *k, size_t n)
{
    for (size_t q = 0; q < n; q++) {
        uint32_t lo = 0, hi = x->npkeys;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (x->pkeys[mid] >> RCP__PK_BITS < k[q])
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < x->npkeys && x->pkeys[lo] >> RCP__PK_BITS == k[q])
            return 1;
    }
    return 0;
}

/* 1 when unit x states a claim of its own by a verb the lexicon can
 * read: a main verb surely one (rcp__dunit.mtok), not an English verb
 * with a particle after it ("stepped down": the lexicon reads "step") */
static int other_verb(const rcp_digest *g, const rcp__dunit *x)
{
    static const char *const particle[] = {
        "up", "down", "out", "off", "over", "away", "back", "in", "on", NULL};
    if (x->mtok == UINT32_MAX)
        return 0;
    const rcp_doc *d = g->docs[x->doc];
    return d->lang_class != RCP_LC_EN || x->mtok + 1 >= x->tok + x->ntok ||
           !rcp__tok_listed(particle, &d->toks[x->mtok + 1]);
}

static int extend_core(rcp_digest *g, const uint32_t *pstart,
                       const uint32_t *post)
{
    size_t n = g->nunits, nt = g->nterms;
    int rc = RCP_ENOMEM;
    uint32_t *cnt = rcp__calloc(nt + 1, sizeof *cnt);
    uint32_t *last = rcp__calloc(nt + 1, sizeof *last);
    uint32_t *lastf = rcp__calloc(nt + 1, sizeof *lastf);
    uint32_t *core = rcp__malloc((nt + 1) * sizeof *core);
    uint32_t *incore = rcp__calloc(nt + 1, sizeof *incore);
    uint32_t *mcnt = rcp__calloc(nt + 1, sizeof *mcnt);
    float *acc = rcp__calloc(n + 1, sizeof *acc);
    uint32_t *hits = rcp__calloc(n + 1, sizeof *hits);
    uint32_t *nums = rcp__calloc(n + 1, sizeof *nums);
    uint32_t *spec = rcp__calloc(n + 1, sizeof *spec);
    uint32_t *touched = rcp__malloc((n + 1) * sizeof *touched);
    uint32_t *add = rcp__malloc((n + 1) * sizeof *add);
    double cont_min = TUNE(CORE_CONT, CORE_CONT);
    double win_cont = TUNE(WIN_CONT, WIN_CONT);
    if (!cnt || !last || !lastf || !core || !incore || !mcnt || !acc || !hits || !nums || !spec || !touched || !add)
        goto cleanup;
    size_t nfacts = g->nfacts;
    for (size_t fi = 0; fi < nfacts; fi++) {
        rcp__dfact *f = &g->facts[fi];
        if (f->ndocs < 2)
            continue;
        /* docs per term among the fact's units (units ascending: docs
         * too), stamped with the fact so that nothing is reset */
        uint32_t ncore = 0;
        uint32_t need = RCP_MAX(2u, (f->ndocs + 1) / 2);
        uint32_t stamp = (uint32_t)fi + 1;
        for (uint32_t a = 0; a < f->nunits; a++) {
            const rcp__dunit *u = &g->units[f->units[a]];
            for (uint32_t j = 0; j < u->nterms; j++) {
                uint32_t t = u->terms[j];
                if (lastf[t] != stamp) /* first time in this fact */
                    lastf[t] = stamp, cnt[t] = 0, last[t] = UINT32_MAX;
                if (last[t] == u->doc)
                    continue;
                last[t] = u->doc;
                if (++cnt[t] == need) {
                    core[ncore++] = t;
                    incore[t] = stamp;
                }
            }
        }
        if (ncore < 2)
            continue;
        double w = 0;
        uint32_t nnum = 0;
        uint32_t nspec = 0; /* core terms that are no topic term */
        for (uint32_t c = 0; c < ncore; c++) {
            w += g->idf[core[c]];
            nnum += g->tkind[core[c]] & RCP__T_NUM;
            nspec += !g->topic[core[c]];
        }
        if (w <= 0)
            continue;
        /* what its wordings agree on only in asides (a description of a
         * name: "Kerviel, le trader qui a fait perdre 5 milliards") is
         * not the claim of the fact: no sentence joins it by that */
        if (TUNE(SIDE_CORE, 1)) {
            for (uint32_t c = 0; c < ncore; c++)
                last[core[c]] = UINT32_MAX, mcnt[core[c]] = 0;
            double wm = 0;
            for (uint32_t a = 0; a < f->nunits; a++) {
                const rcp__dunit *u = &g->units[f->units[a]];
                for (uint32_t j = 0; j < u->nterms; j++) {
                    uint32_t t = u->terms[j];
                    if (incore[t] != stamp || last[t] == u->doc ||
                        (u->nsterms && aside_term(u, t)))
                        continue;
                    last[t] = u->doc;
                    if (++mcnt[t] == need)
                        wm += g->idf[t];
                }
            }
            if (wm < TUNE(SIDE_SHARE, 0.5) * w)
                continue;
        }
        size_t ntouch = 0;
        for (uint32_t c = 0; c < ncore; c++) {
            uint32_t t = core[c];
            if (pstart[t + 1] - pstart[t] > POST_CAP)
                continue; /* as for links: linear in the story */
            for (uint32_t p = pstart[t]; p < pstart[t + 1]; p++) {
                uint32_t u = post[p];
                if (!hits[u])
                    touched[ntouch++] = u, nums[u] = 0, spec[u] = 0;
                hits[u]++;
                nums[u] += g->tkind[t] & RCP__T_NUM;
                spec[u] += !g->topic[t];
                acc[u] += g->idf[t];
            }
        }
        const rcp__dunit *rep = &g->units[f->rep];
        size_t nadd = 0;
        /* the keys of its shown sentence's main verb (rcp__claim_keys):
         * a sentence that holds only topic terms of the core states the
         * claim only with one of them (verb_held) */
        uint64_t vkeys[CORE_VKEYS];
        size_t nvkeys = 0;
        if (rep->mtok != UINT32_MAX) {
            const rcp_doc *rd = g->docs[rep->doc];
            const uint64_t *k;
            size_t nk = rcp__claim_keys(rd, &rd->toks[rep->mtok], &k);
            for (size_t q = 0; q < nk && nvkeys < CORE_VKEYS; q++)
                vkeys[nvkeys++] = k[q] >> RCP__PK_BITS;
        }
#ifdef RCP_DIGEST_TUNE
        if (getenv("WIN_DEBUG")) {
            fprintf(stderr, "FACT %zu nd %u core:", fi, f->ndocs);
            for (uint32_t c = 0; c < ncore; c++) {
                uint32_t t = core[c];
                for (uint32_t j = 0; j < rep->nterms; j++)
                    if (rep->terms[j] == t) {
                        const rcp_doc *dd = g->docs[g->tdbg[t] >> 32];
                        const rcp_token *kk = &dd->toks[(uint32_t)g->tdbg[t]];
                        fprintf(stderr, " %.*s%s(%.1f)", (int)kk->len, dd->text + kk->off, g->topic[t] ? "^" : "", g->idf[t]);
                    }
            }
            fprintf(stderr, " w %.2f : %.*s\n", w, (int)RCP_MIN(rep->len, 100u), g->docs[rep->doc]->text + rep->off);
        }
#endif
        uint32_t shared_min = RCP_MIN(ncore, (uint32_t)CORE_SHARED);
        for (size_t q = 0; q < ntouch; q++) {
            uint32_t u = touched[q];
            const rcp__dunit *x = &g->units[u];
#ifdef RCP_DIGEST_TUNE
            if (getenv("WIN_DEBUG"))
                fprintf(stderr, "   touch %s hits %u/%u nums %u/%u oc %d has %d acc %.2f : %.*s\n", g->ids[x->doc], hits[u], shared_min, nums[u], nnum, rcp__digest_other_clash(rep, x), rcp__dfact_has_doc(f, x->doc), acc[u], 70, g->docs[x->doc]->text + x->off);
#endif
            /* the values agree: every number of the core is there */
            if (hits[u] >= shared_min && nums[u] == nnum &&
                (spec[u] || !nspec || !nvkeys || TUNE(CORE_SPEC, 1) <= 0 ||
                 !other_verb(g, x) || verb_held(x, vkeys, nvkeys)) &&
                !(x->flags & RCP__U_NOISE) && !rcp__digest_other_clash(rep, x) &&
                !rcp__dfact_has_doc(f, x->doc)) {
                int vc = rcp__digest_values_clash(rep, x);
#ifdef RCP_DIGEST_TUNE
                if (getenv("WIN_DEBUG"))
                    fprintf(stderr, "   cand %s acc %.2f w %.2f vc %d : %.*s\n", g->ids[x->doc], acc[u], w, vc, 90, g->docs[x->doc]->text + x->off);
#endif
                if ((!vc && acc[u] >= cont_min * w) ||
                    (acc[u] >= win_cont * w &&
                     claim_in_chunks(g, x, rep, vc, incore, stamp, w, nnum,
                                     shared_min))) {
                    int sp = rcp__digest_share_predicate(rep, x);
                    if ((!TUNE(PRED_CORE, PRED_CORE) || sp ||
                         rcp__digest_share_actor(g, rep, x)) &&
                        (!TUNE(MOOD_EXT, 1) || sp >= 0))
                        add[nadd++] = x->doc;
                }
            }
            hits[u] = 0;
            acc[u] = 0;
        }
        for (size_t q = 0; q < nadd; q++)
            if ((rc = rcp__dfact_add_doc(g, f, add[q])))
                goto cleanup;
    }
    rc = 0;
cleanup:
    rcp__free(cnt);
    rcp__free(last);
    rcp__free(lastf);
    rcp__free(core);
    rcp__free(incore);
    rcp__free(mcnt);
    rcp__free(acc);
    rcp__free(hits);
    rcp__free(nums);
    rcp__free(spec);
    rcp__free(touched);
    rcp__free(add);
    return rc;
}

/* The dissenting units of each fact, from the pairs that were linked but
 * for their values: each unit dissents from the other's fact, unless its
 * doc supports that fact anyway. */
static int add_dissent(rcp_digest *g, const rcp__dedge *dis, size_t ndis)
{
    for (size_t i = 0; i < ndis; i++)
        for (int side = 0; side < 2; side++) {
            uint32_t a = side ? dis[i].b : dis[i].a;
            uint32_t b = side ? dis[i].a : dis[i].b;
            rcp__dfact *f = &g->facts[g->units[a].fact];
            if (g->units[a].fact == g->units[b].fact ||
                rcp__dfact_has_doc(f, g->units[b].doc))
                continue;
            uint32_t k = 0;
            while (k < f->ndissent && f->dissent[k] != b)
                k++;
            if (k < f->ndissent)
                continue;
            uint32_t *nd =
                rcp__arena_alloc(&g->arena, (f->ndissent + 1) * sizeof *nd);
            if (!nd)
                return RCP_ENOMEM;
            if (f->ndissent)
                memcpy(nd, f->dissent, f->ndissent * sizeof *nd);
            nd[f->ndissent++] = b;
            f->dissent = nd;
        }
    return 0;
}

#ifdef RCP_DIGEST_TUNE
/* MOOD_DEBUG, PRED_DEBUG, SIDE_DEBUG: a link the pair test cut, with the
 * two sentences */
static void cut_debug(const rcp_digest *g, const char *what, double dice,
                      const rcp__dunit *u, const rcp__dunit *v)
{
    fprintf(stderr, "%s %.3f %s %s\n  A: %.*s\n  B: %.*s\n", what, dice,
            g->ids[u->doc], g->ids[v->doc], (int)RCP_MIN(u->len, 300u),
            g->docs[u->doc]->text + u->off, (int)RCP_MIN(v->len, 300u),
            g->docs[v->doc]->text + v->off);
}

/* PAIR_DEBUG="A|B": the figures of the pairs whose texts hold A and B */
static void pair_debug(const rcp_digest *g, const rcp__dunit *u,
                       const rcp__dunit *v, double dice, double cont,
                       uint32_t k, uint32_t ks, double s)
{
    const char *spec = getenv("PAIR_DEBUG"), *bar = strchr(spec, '|');
    if (!bar)
        return;
    char a[256], b[256];
    snprintf(a, sizeof a, "%.*s", (int)(bar - spec), spec);
    snprintf(b, sizeof b, "%s", bar + 1);
    char tu[2048], tv[2048];
    snprintf(tu, sizeof tu, "%.*s", (int)RCP_MIN(u->len, 2000u),
             g->docs[u->doc]->text + u->off);
    snprintf(tv, sizeof tv, "%.*s", (int)RCP_MIN(v->len, 2000u),
             g->docs[v->doc]->text + v->off);
    if (!((strstr(tu, a) && strstr(tv, b)) || (strstr(tu, b) && strstr(tv, a))))
        return;
    uint32_t kc = 0, ksc = 0;
    double cd =
        clause_dice(g, u, v, rcp__digest_values_clash(u, v), &kc, &ksc, NULL);
    fprintf(stderr,
            "PAIR dice %.3f cont %.3f k %u ks %u s %.3f | people %d q %d "
            "vclash %d | clause %.3f kc %u ksc %u | chunks %u %u w %.2f %.2f\n"
            "  A: %.150s\n  B: %.150s\n",
            dice, cont, k, ks, s,
            u->people && v->people && !(u->people & v->people),
            (u->flags & RCP__U_QUESTION) != (v->flags & RCP__U_QUESTION),
            rcp__digest_values_clash(u, v), cd, kc, ksc, u->nchunks,
            v->nchunks, u->weight, v->weight, tu, tv);
}
#endif

/* Groups as linked lists with a root (the least unit): the group of
 * rb joins that of ra. */
static void join_groups(uint32_t *parent, uint32_t *next, uint32_t *size,
                        uint32_t *tail, uint32_t ra, uint32_t rb)
{
    if (rb < ra) {
        uint32_t t = ra;
        ra = rb, rb = t;
    }
    for (uint32_t y = rb; y != UINT32_MAX; y = next[y])
        parent[y] = ra;
    next[tail[ra]] = rb;
    tail[ra] = tail[rb];
    size[ra] += size[rb];
}

/*
 * Facts whose wordings agree on one claim (merge_by_core). Linking goes
 * sentence by sentence, so a claim that nine articles state in three
 * wordings, each with its own extra clauses ("Damage to the church was
 * estimated at $1 million" / "The fire, estimated to have caused $1
 * million in damages to the church, has been labeled suspicious by..."),
 * can come out as three groups whose sentences are too far apart for
 * the average-link check. What each group's articles agree on, its core
 * (the terms at least half of its docs use, as in extend_core), is the
 * claim without each article's extra clauses: two groups whose cores
 * agree state one claim. They merge when
 *   - the lighter core has at least MERGE_CONT of its weight in the
 *     other, and the two cores' Dice is at least MERGE_DICE (a group
 *     whose core is a long sentence of its own takes no short one in);
 *   - the cores share MERGE_SHARED terms, MERGE_WORDS of them words of a
 *     claim (not names, framing words nor numbers: "police ... two
 *     hours" is no claim), one of those specific to part of the story or
 *     a number (the story's subject alone is no claim: "Kim met Putin" /
 *     "Kim left Russia after meeting Putin");
 *   - every number of the lighter core is in the other (the values
 *     agree);
 *   - the persons most of each group's docs name are not two different
 *     sets, no pair of sentences across them has a question against a
 *     statement, and at most a quarter of those pairs name different
 *     people or give other values for one thing.
 * Terms of one meaning (digest_lexicon.c) count as one. Best pairs first,
 * a group merging once per round; merged groups get a new core and are
 * compared again until nothing merges (at most MERGE_ROUNDS rounds).
 * Cost: cores are compared through an inverted index of their terms, a
 * term in more than POST_CAP cores making no candidates, and the cross
 * check reads RCP__GROUP_SAMPLE sentences of each group: linear in the story.
 */
#ifndef MERGE_CONT
#define MERGE_CONT 0.6
#endif
#ifndef MERGE_DICE
#define MERGE_DICE 0.4
#endif
#define MERGE_SHARED 3
#ifndef MERGE_WORDS
#define MERGE_WORDS 3
#endif
#define MERGE_ROUNDS 6

RCP__DEFINE_STABLE_SORT(dedge_sort, rcp__dedge, rcp__dedge_before)

void rcp__dedge_sort(rcp__dedge *a, size_t n)
{
    dedge_sort(a, n);
}

static inline int cterm_before(const rcp__cterm *x, const rcp__cterm *y)
{
    return x->key < y->key;
}
RCP__DEFINE_STABLE_SORT(cterm_sort, rcp__cterm, cterm_before)

void rcp__cterm_sort(rcp__cterm *a, size_t n)
{
    cterm_sort(a, n);
}

/* The persons most of a group's docs name (at least need of them; its
 * units ascending): bit i for the i-th PER entity, as
 * rcp__dunit.people. */
uint64_t rcp__digest_group_people(const rcp_digest *g, const uint32_t *units,
                             uint32_t nu, uint32_t need)
{
    uint32_t cnt[64] = {0}, last[64];
    for (int b = 0; b < 64; b++)
        last[b] = UINT32_MAX;
    uint64_t out = 0;
    for (uint32_t q = 0; q < nu; q++) { /* units ascending: docs too */
        const rcp__dunit *u = &g->units[units[q]];
        for (uint64_t m = u->people; m; m &= m - 1) {
            int b = __builtin_ctzll(m);
            if (last[b] != u->doc && ++cnt[b] >= need)
                out |= (uint64_t)1 << b;
            last[b] = u->doc;
        }
    }
    return out;
}

/* The cross check of two groups: the persons most of each group's docs
 * name are not two different sets (the same claim told of different
 * people; a person named in one sentence's extra clause does not
 * count), no pair of their sentences of different docs asks what the
 * other states, and at most a quarter give other values for one
 * thing. */
static int groups_agree(const rcp_digest *g, const uint32_t *next,
                        uint32_t ra, uint32_t sa_n, uint64_t pa,
                        uint32_t rb, uint32_t sb_n, uint64_t pb)
{
    if (pa && pb && !(pa & pb))
        return 0;
    uint32_t sa[RCP__GROUP_SAMPLE], sb[RCP__GROUP_SAMPLE];
    uint32_t na = group_sample(next, ra, sa_n, sa);
    uint32_t nb = group_sample(next, rb, sb_n, sb);
    uint32_t cnt = 0, vc = 0;
    for (uint32_t i = 0; i < na; i++)
        for (uint32_t j = 0; j < nb; j++) {
            const rcp__dunit *x = &g->units[sa[i]], *y = &g->units[sb[j]];
            if (x->doc == y->doc)
                continue;
            if ((x->flags & RCP__U_QUESTION) != (y->flags & RCP__U_QUESTION))
                return 0;
            cnt++;
            vc += rcp__digest_other_clash(x, y) || rcp__digest_values_clash(x, y);
        }
    return cnt > 0 && 4 * vc <= cnt;
}

/* How far two cores (keys ascending) state one claim: the share of the
 * lighter core's weight in the other when they may merge (the rules
 * above: MERGE_CONT, MERGE_DICE, MERGE_SHARED, MERGE_WORDS, a specific
 * claim word or a number, the lighter core's numbers all in the other),
 * else 0. */
double rcp__digest_cores_agree(const rcp__cterm *a, size_t na,
                               const rcp__cterm *b, size_t nb)
{
    double wa = 0, wb = 0, o = 0;
    for (size_t i = 0; i < na; i++)
        wa += a[i].w;
    for (size_t j = 0; j < nb; j++)
        wb += b[j].w;
    uint32_t k = 0, words = 0, spec = 0, numa = 0, numb = 0;
    size_t i = 0, j = 0;
    while (i < na || j < nb) {
        if (i < na && j < nb && a[i].key == b[j].key) {
            uint8_t kind = a[i].kind;
            o += RCP_MIN(a[i].w, b[j].w);
            k++;
            if (!(kind & (RCP__T_NAME | RCP__T_FRAME))) {
                words += !(kind & RCP__T_NUM);
                spec += (kind & (RCP__T_SPEC | RCP__T_NUM)) != 0;
            }
            i++, j++;
        } else if (j >= nb || (i < na && a[i].key < b[j].key)) {
            numa += (a[i++].kind & RCP__T_NUM) != 0;
        } else {
            numb += (b[j++].kind & RCP__T_NUM) != 0;
        }
    }
    double m = RCP_MIN(wa, wb);
    if (m <= 0 || o < TUNE(MERGE_CONT, MERGE_CONT) * m ||
        2 * o < TUNE(MERGE_DICE, MERGE_DICE) * (wa + wb) ||
        k < MERGE_SHARED ||
        words < (uint32_t)TUNE(MERGE_WORDS, MERGE_WORDS) || !spec ||
        (wa <= wb ? numa : numb))
        return 0;
    return o / m;
}

static int merge_by_core(rcp_digest *g, uint32_t *parent, uint32_t *next,
                         uint32_t *size, uint32_t *tail)
{
    size_t n = g->nunits, nt = g->nterms, nk = 2 * nt + 1;
    int rc = RCP_ENOMEM;
    uint32_t *kstamp = rcp__calloc(nk, sizeof *kstamp);
    uint32_t *kcnt = rcp__calloc(nk, sizeof *kcnt);
    uint32_t *klast = rcp__calloc(nk, sizeof *klast);
    uint32_t *dstamp = rcp__calloc(g->ndocs + 1, sizeof *dstamp);
    uint32_t *roots = rcp__malloc((n + 1) * sizeof *roots);
    uint32_t *cstart = rcp__malloc((n + 2) * sizeof *cstart);
    uint8_t *changed = rcp__calloc(n + 1, 1);
    float *cw = rcp__malloc((n + 1) * sizeof *cw);
    uint64_t *gp = rcp__malloc((n + 1) * sizeof *gp);
    float *acc = rcp__calloc(n + 1, sizeof *acc);
    uint32_t *touched = rcp__malloc((n + 1) * sizeof *touched);
    uint32_t *ubuf = rcp__malloc((n + 1) * sizeof *ubuf);
    rcp__cterm *ccore = NULL;
    uint32_t *istart = NULL, *ipost = NULL;
    rcp__dedge *cand = NULL; /* pairs of groups that may merge */
    size_t ncand = 0, ccand = 0, cap_keys = 0;
    uint32_t stamp = 0;
    double cont_min = TUNE(MERGE_CONT, MERGE_CONT);
    if (!kstamp || !kcnt || !klast || !dstamp ||
        !roots || !cstart || !changed || !cw || !gp || !acc || !touched || !ubuf)
        goto cleanup;
    if (cont_min > 1.5) { /* switched off (tuning) */
        rc = 0;
        goto cleanup;
    }
    for (int round = 0; round < (int)TUNE(MERGE_ROUNDS, MERGE_ROUNDS); round++) {
        /* the groups of two docs or more, each with its core (keys
         * ascending) */
        uint32_t ng = 0;
        size_t nkeys = 0;
        cstart[0] = 0;
        for (size_t i = 0; i < n; i++) {
            if (parent[i] != i || size[i] < 2)
                continue;
            /* its units ascending, so docs too (a list in merge order) */
            uint32_t nu = 0, nd = 0;
            for (uint32_t x = (uint32_t)i; x != UINT32_MAX; x = next[x])
                ubuf[nu++] = x;
            rcp__sort_u32(ubuf, nu);
            for (uint32_t q = 0; q < nu; q++)
                nd += !q || g->units[ubuf[q]].doc != g->units[ubuf[q - 1]].doc;
            if (nd < 2)
                continue;
            stamp++;
            uint32_t need = RCP_MAX(2u, (nd + 1) / 2);
            size_t k0 = nkeys;
            for (uint32_t q = 0; q < nu; q++) {
                const rcp__dunit *u = &g->units[ubuf[q]];
                for (uint32_t j = 0; j < u->nterms; j++) {
                    uint32_t t = u->terms[j];
                    uint32_t key = g->tgroup && g->tgroup[t]
                                       ? (uint32_t)nt + g->tgroup[t]
                                       : t;
                    if (kstamp[key] != stamp)
                        kstamp[key] = stamp, kcnt[key] = 0,
                        klast[key] = UINT32_MAX;
                    if (klast[key] == u->doc)
                        continue;
                    klast[key] = u->doc;
                    if (++kcnt[key] == need) {
                        if (nkeys == cap_keys) {
                            size_t c2 = cap_keys ? 2 * cap_keys : 1024;
                            rcp__cterm *nkp =
                                rcp__realloc(ccore, c2 * sizeof *nkp);
                            if (!nkp)
                                goto cleanup;
                            ccore = nkp, cap_keys = c2;
                        }
                        ccore[nkeys].key = key;
                        ccore[nkeys].w = g->idf[t];
                        ccore[nkeys++].kind =
                            (uint8_t)(g->tkind[t] |
                                      (g->topic[t] ? 0 : RCP__T_SPEC));
                    }
                }
            }
            if (nkeys - k0 < MERGE_SHARED) {
                nkeys = k0;
                continue;
            }
            rcp__cterm_sort(ccore + k0, nkeys - k0);
            double w = 0;
            for (size_t c = k0; c < nkeys; c++)
                w += ccore[c].w;
            roots[ng] = (uint32_t)i;
            cw[ng] = (float)w;
            gp[ng] = rcp__digest_group_people(g, ubuf, nu, need);
            changed[ng] = 0;
            cstart[++ng] = (uint32_t)nkeys;
        }
        if (ng < 2)
            break;
        /* inverted index: key -> groups */
        rcp__free(istart);
        rcp__free(ipost);
        istart = rcp__calloc(nk + 1, sizeof *istart);
        ipost = rcp__malloc((nkeys + 1) * sizeof *ipost);
        if (!istart || !ipost)
            goto cleanup;
        for (size_t c = 0; c < nkeys; c++)
            istart[ccore[c].key + 1]++;
        for (size_t k = 0; k < nk; k++)
            istart[k + 1] += istart[k];
        for (size_t c = 0; c < nkeys; c++)
            kcnt[ccore[c].key] = 0; /* now the fill count of each key */
        for (uint32_t a = 0; a < ng; a++)
            for (uint32_t c = cstart[a]; c < cstart[a + 1]; c++) {
                uint32_t key = ccore[c].key;
                ipost[istart[key] + kcnt[key]++] = a;
            }
        ncand = 0;
        for (uint32_t a = 0; a < ng; a++) {
            size_t ntouch = 0;
            for (uint32_t c = cstart[a]; c < cstart[a + 1]; c++) {
                uint32_t key = ccore[c].key;
                if (istart[key + 1] - istart[key] > POST_CAP)
                    continue;
                for (uint32_t p = istart[key]; p < istart[key + 1]; p++) {
                    uint32_t b = ipost[p];
                    if (b <= a)
                        continue;
                    if (acc[b] == 0)
                        touched[ntouch++] = b;
                    acc[b] += ccore[c].w + 1e-6f;
                }
            }
            for (size_t q = 0; q < ntouch; q++) {
                uint32_t b = touched[q];
                double o = acc[b];
                acc[b] = 0;
                double m = RCP_MIN(cw[a], cw[b]);
                if (m <= 0 || o < cont_min * m)
                    continue;
                /* exact: shared keys, claim words, numbers */
                double sc = rcp__digest_cores_agree(
                    ccore + cstart[a], cstart[a + 1] - cstart[a],
                    ccore + cstart[b], cstart[b + 1] - cstart[b]);
                if (sc <= 0)
                    continue;
                if (!RCP__PUSH(cand, ncand, ccand))
                    goto cleanup;
                cand[ncand].a = a, cand[ncand].b = b;
                cand[ncand].score = (float)sc;
                ncand++;
            }
        }
        if (!ncand)
            break;
        rcp__dedge_sort(cand, ncand);
        size_t merged = 0;
        for (size_t c = 0; c < ncand; c++) {
            uint32_t a = cand[c].a, b = cand[c].b;
            if (changed[a] || changed[b])
                continue;
            uint32_t ra = roots[a], rb = roots[b];
            if (!groups_agree(g, next, ra, size[ra], gp[a], rb, size[rb],
                              gp[b]))
                continue;
#ifdef RCP_DIGEST_TUNE
            if (getenv("MERGE_DEBUG"))
                fprintf(stderr, "MERGE %.2f\n  A: %.*s\n  B: %.*s\n",
                        cand[c].score, (int)RCP_MIN(g->units[ra].len, 150u),
                        g->docs[g->units[ra].doc]->text + g->units[ra].off,
                        (int)RCP_MIN(g->units[rb].len, 150u),
                        g->docs[g->units[rb].doc]->text + g->units[rb].off);
#endif
            changed[a] = changed[b] = 1;
            join_groups(parent, next, size, tail, ra, rb);
            merged++;
        }
        if (!merged)
            break;
    }
    rc = 0;
cleanup:
    rcp__free(kstamp);
    rcp__free(kcnt);
    rcp__free(klast);
    rcp__free(dstamp);
    rcp__free(roots);
    rcp__free(cstart);
    rcp__free(changed);
    rcp__free(cw);
    rcp__free(gp);
    rcp__free(acc);
    rcp__free(touched);
    rcp__free(ubuf);
    rcp__free(ccore);
    rcp__free(istart);
    rcp__free(ipost);
    rcp__free(cand);
    return rc;
}


/* FACT_DEBUG=TEXT (tuning build): the units of each fact one of whose
 * sentences holds TEXT ("" for all), as label NUMBER, the shown one
 * starred */
static void debug_facts(const rcp_digest *g, const char *label)
{
#ifdef RCP_DIGEST_TUNE
    const char *want = getenv("FACT_DEBUG");
    if (!want)
        return;
    for (size_t fi = 0; fi < g->nfacts; fi++) {
        const rcp__dfact *f = &g->facts[fi];
        int hit = 0;
        for (uint32_t a = 0; a < f->nunits && !hit; a++) {
            const rcp__dunit *u = &g->units[f->units[a]];
            char t[2048];
            snprintf(t, sizeof t, "%.*s", (int)RCP_MIN(u->len, 2000u),
                     g->docs[u->doc]->text + u->off);
            hit = strstr(t, want) != NULL;
        }
        if (!hit)
            continue;
        fprintf(stderr, "%s %zu (%u units, %u docs)\n", label, fi, f->nunits,
                f->ndocs);
        for (uint32_t a = 0; a < f->nunits; a++) {
            const rcp__dunit *u = &g->units[f->units[a]];
            fprintf(stderr, "  %s%s: %.*s\n", f->units[a] == f->rep ? "*" : " ",
                    g->ids[u->doc], (int)RCP_MIN(u->len, 140u),
                    g->docs[u->doc]->text + u->off);
        }
    }
#else
    (void)g, (void)label;
#endif
}

/*
 * What the candidate loop reads of each unit, in one cache line. A story
 * of 10,000 articles makes 14 M candidate pairs, three in four of which
 * share fewer than LINK_MIN_SHARED terms and need nothing more of the
 * unit than this; the loop's cost is memory (an rcp__dunit spans several
 * cache lines, and its capped terms lay elsewhere).
 */
#define HOT_CAPS 19
#define HOT_AHEAD 8 /* candidates whose record is fetched ahead */
#define HOT_OVER 0xFFFF /* hotunit.ncaps: the capped terms are in capt */
typedef struct hotunit {
    float weight;
    float cross; /* rcp__dunit.cross while the loop runs */
    uint64_t text;
    uint32_t doc, ntok;
    uint16_t ncaps;          /* its capped terms, or HOT_OVER */
    uint16_t caps[HOT_CAPS]; /* ... by rank among the capped terms */
} hotunit;
_Static_assert(sizeof(hotunit) == 64, "a hot record is one cache line");

/* A candidate of unit i: what it shares with i through the postings,
 * and whether it may get a lexicon bonus from i (lexed == i + 1). */
typedef struct cand {
    float acc;
    uint32_t shared, specific, lexed;
} cand;

/* A candidate that shares LINK_MIN_SHARED terms or more with unit i
 * (or may get a lexicon bonus, or is of i's doc): what the dear tests
 * read, which they read after the cheap ones of all candidates, the
 * units fetched UNIT_AHEAD candidates ahead. */
#define UNIT_AHEAD 4
typedef struct fullcand {
    double o;
    uint32_t j, k, ks, lex;
} fullcand;

/* The capped terms (in more than POST_CAP sentences), by rank in term
 * order: their idf, whether they are topic terms, and the marks of unit
 * i's (mark) and of the terms of i's lexicon groups i lacks (lexmark). */
typedef struct capped_terms {
    uint32_t n;
    uint32_t *rank; /* per term: its rank, UINT32_MAX when not capped */
    float *idf;
    uint8_t *topic, *mark;
    uint32_t *lexmark;
} capped_terms;

/* Counts in o, k, ks what a candidate shares with unit i (stamp i + 1)
 * in capped term r, and notes a possible lexicon bonus. */
static inline void cap_hit(const capped_terms *ct, uint32_t r, uint32_t stamp,
                           double *o, uint32_t *k, uint32_t *ks, cand *c)
{
    if (ct->lexmark[r] == stamp)
        c->lexed = stamp;
    if (ct->mark[r]) {
        *o += ct->idf[r];
        *ks += !ct->topic[r];
        ++*k;
    }
}

int rcp__digest_align(rcp_digest *g)
{
    size_t n = g->nunits;
    int rc = RCP_ENOMEM;
    uint32_t *pstart = rcp__calloc(g->nterms + 1, sizeof *pstart);
    uint32_t *post = NULL, *pcur = NULL, *touched = NULL;
    uint32_t *capoff = NULL, *capt = NULL; /* capped terms per unit */
    capped_terms ct = {0, NULL, NULL, NULL, NULL, NULL};
    void *hotmem = NULL;
    hotunit *hot = NULL;
    cand *ca = NULL;
    fullcand *full = NULL;
    uint32_t *parent = NULL, *next = NULL, *size = NULL, *tail = NULL;
    uint32_t *tstamp = NULL, *tcnt = NULL, *tlast = NULL; /* per term */
    rcp__dedge *edges = NULL, *dis = NULL;
    size_t ndis = 0, cdis = 0;
    pair *pairs = NULL;
    failset fails = {0};
    runweights rws = {0, NULL, NULL};
    rcp__dlex_probe probe = {0};
    uint32_t sa[RCP__GROUP_SAMPLE], sb[RCP__GROUP_SAMPLE];
    size_t nedges = 0, cedges = 0, npost = 0, npairs = 0, cpairs = 0;
    if (!pstart)
        goto cleanup;
    /* inverted index: postings of each term, units ascending */
    for (size_t i = 0; i < n; i++)
        for (uint32_t t = 0; t < g->units[i].nterms; t++)
            pstart[g->units[i].terms[t] + 1]++, npost++;
    for (size_t t = 0; t < g->nterms; t++)
        pstart[t + 1] += pstart[t];
    post = rcp__malloc((npost + 1) * sizeof *post);
    uint32_t *fill = rcp__calloc(g->nterms + 1, sizeof *fill);
    if (!post || !fill) {
        rcp__free(fill);
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++)
        for (uint32_t t = 0; t < g->units[i].nterms; t++) {
            uint32_t term = g->units[i].terms[t];
            post[pstart[term] + fill[term]++] = (uint32_t)i;
        }
    rcp__free(fill);
    /* the capped terms, ranked in term order; each unit's, by rank, in
     * its hot record (capt from capoff when they do not fit) */
    ct.rank = rcp__malloc((g->nterms + 1) * sizeof *ct.rank);
    if (!ct.rank)
        goto cleanup;
    for (size_t t = 0; t < g->nterms; t++)
        ct.rank[t] = pstart[t + 1] - pstart[t] > POST_CAP ? ct.n++ : UINT32_MAX;
    ct.idf = rcp__malloc((ct.n + 1) * sizeof *ct.idf);
    ct.topic = rcp__malloc(ct.n + 1);
    ct.mark = rcp__calloc(ct.n + 1, 1);
    ct.lexmark = rcp__calloc(ct.n + 1, sizeof *ct.lexmark);
    capoff = rcp__calloc(n + 1, sizeof *capoff);
    hotmem = rcp__malloc((n + 1) * sizeof *hot + 64);
    ca = rcp__calloc(n + 1, sizeof *ca);
    pcur = rcp__malloc((g->nterms + 1) * sizeof *pcur);
    if (!ct.idf || !ct.topic || !ct.mark || !ct.lexmark || !capoff ||
        !hotmem || !ca || !pcur)
        goto cleanup;
    for (size_t t = 0; t < g->nterms; t++) {
        pcur[t] = pstart[t];
        if (ct.rank[t] != UINT32_MAX) {
            ct.idf[ct.rank[t]] = g->idf[t];
            ct.topic[ct.rank[t]] = g->topic[t];
        }
    }
    hot = (hotunit *)(((uintptr_t)hotmem + 63) & ~(uintptr_t)63);
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        const rcp__dunit *u = &g->units[i];
        hotunit *h = &hot[i];
        *h = (hotunit){u->weight, u->cross, u->text, u->doc, u->ntok, 0, {0}};
        uint32_t c0 = (uint32_t)nc;
        for (uint32_t t = 0; t < u->nterms; t++) {
            uint32_t r = ct.rank[u->terms[t]];
            if (r == UINT32_MAX)
                continue;
            if (h->ncaps < HOT_CAPS && r < HOT_OVER)
                h->caps[h->ncaps++] = (uint16_t)r;
            else
                h->ncaps = HOT_OVER;
            nc++;
        }
        if (h->ncaps != HOT_OVER)
            nc = c0; /* all in the record */
        capoff[i + 1] = (uint32_t)nc;
    }
    if (nc) {
        if (!(capt = rcp__malloc(nc * sizeof *capt)))
            goto cleanup;
        for (size_t i = 0; i < n; i++) {
            const rcp__dunit *u = &g->units[i];
            uint32_t c = capoff[i];
            if (c < capoff[i + 1])
                for (uint32_t t = 0; t < u->nterms; t++)
                    if (ct.rank[u->terms[t]] != UINT32_MAX)
                        capt[c++] = ct.rank[u->terms[t]];
        }
    }
    touched = rcp__malloc((n + 1) * sizeof *touched);
    full = rcp__malloc((n + 1) * sizeof *full);
    if (!touched || !full ||
        runweights_init(&rws, g, (uint32_t)TUNE(WIN_CHUNKS, WIN_CHUNKS)) ||
        rcp__dlex_probe_init(&probe, g))
        goto cleanup;
    /* candidate pairs (i < j) through shared terms */
    for (size_t i = 0; i < n; i++) {
        rcp__dunit *u = &g->units[i];
        hotunit *hu = &hot[i];
        uint32_t stamp = (uint32_t)i + 1;
        size_t nt = 0;
        rcp__dlex_probe_set(&probe, u);
        for (uint32_t t = 0; t < u->nterms; t++) {
            uint32_t term = u->terms[t];
            if (ct.rank[term] != UINT32_MAX) {
                ct.mark[ct.rank[term]] = 1;
                continue;
            }
            /* the postings after i (units ascending: each moves the
             * cursors of its terms past itself) */
            float w = g->idf[term];
            uint32_t sp = !g->topic[term];
            for (uint32_t p = ++pcur[term]; p < pstart[term + 1]; p++) {
                cand *c = &ca[post[p]];
                if (!c->shared)
                    touched[nt++] = post[p];
                c->shared++;
                c->specific += sp;
                c->acc += w;
            }
        }
        /* the units holding a term of u's lexicon groups that u lacks,
         * the only ones that can get a bonus: through the postings, or
         * for a capped term through their capped terms (lexmark) */
        for (uint32_t x = 0; x < probe.nother; x++) {
            uint32_t term = probe.other[x];
            if (ct.rank[term] != UINT32_MAX) {
                ct.lexmark[ct.rank[term]] = stamp;
                continue;
            }
            for (uint32_t p = pstart[term]; p < pstart[term + 1]; p++)
                ca[post[p]].lexed = stamp;
        }
        size_t nfull = 0;
        for (size_t q = 0; q < nt; q++) {
            uint32_t j = touched[q];
            hotunit *hv = &hot[j];
            if (q + HOT_AHEAD < nt) { /* the misses overlap */
                RCP_PREFETCH(&hot[touched[q + HOT_AHEAD]]);
                RCP_PREFETCH(&ca[touched[q + HOT_AHEAD]]);
            }
            cand *c = &ca[j];
            double o = c->acc;
            uint32_t k = c->shared, ks = c->specific;
            c->acc = 0;
            c->shared = 0;
            c->specific = 0;
            /* count the terms left out of the postings */
            if (hv->ncaps != HOT_OVER)
                for (uint32_t x = 0; x < hv->ncaps; x++)
                    cap_hit(&ct, hv->caps[x], stamp, &o, &k, &ks, c);
            else
                for (uint32_t x = capoff[j]; x < capoff[j + 1]; x++)
                    cap_hit(&ct, capt[x], stamp, &o, &k, &ks, c);
            double tw = hu->weight + hv->weight;
            double dice = tw > 0 ? 2 * o / tw : 0;
            int same = hu->doc == hv->doc;
            if (!same && k >= 2) { /* how close another doc comes */
                double cu = RCP_MAX(
                    dice, 0.8 * o / (hu->weight > 0 ? hu->weight : 1));
                double cv = RCP_MAX(
                    dice, 0.8 * o / (hv->weight > 0 ? hv->weight : 1));
                if (cu > hu->cross)
                    hu->cross = (float)cu;
                if (cv > hv->cross)
                    hv->cross = (float)cv;
            }
            int lex = c->lexed == stamp;
            if (same || lex || k >= LINK_MIN_SHARED) {
                full[nfull++] = (fullcand){o, j, k, ks, lex};
            } else if (hu->text == hv->text && hu->ntok == hv->ntok) {
                /* too few terms for any test below but the same words
                 * (same_words) */
                if (!RCP__PUSH(edges, nedges, cedges))
                    goto cleanup;
                edges[nedges++] = (rcp__dedge){(uint32_t)i, j, 1};
            }
        }
        /* the candidates that share enough terms, their units fetched
         * ahead */
        for (size_t q = 0; q < nfull; q++) {
            if (q + UNIT_AHEAD < nfull) {
                const char *ahead =
                    (const char *)&g->units[full[q + UNIT_AHEAD].j];
                for (size_t l = 0; l < sizeof(rcp__dunit); l += 64)
                    RCP_PREFETCH(ahead + l);
            }
            uint32_t j = full[q].j, k = full[q].k, ks = full[q].ks;
            int lex = full[q].lex;
            double o = full[q].o;
            rcp__dunit *v = &g->units[j];
            double tw = u->weight + v->weight;
            double dice = tw > 0 ? 2 * o / tw : 0;
            double m = RCP_MIN(u->weight, v->weight);
            double cont = m > 0 ? o / m : 0;
            int same = u->doc == v->doc;
            /* words of one meaning match for linking (not for `cross`,
             * which keeps what "unique" means) */
            uint32_t kx = k; /* shared terms, without the lexicon's */
            double ob = lex ? rcp__dlex_bonus(g, u, v, &k, &ks) : 0;
            if (ob > 0) {
                o += ob;
                dice = tw > 0 ? 2 * o / tw : 0;
                cont = m > 0 ? o / m : 0;
            }
            if (!same && k >= EXTEND_SHARED && ks >= 1) {
                if (!RCP__PUSH(pairs, npairs, cpairs))
                    goto cleanup;
                pairs[npairs].a = (uint32_t)i;
                pairs[npairs].b = j;
                pairs[npairs].o = (float)o;
                pairs[npairs].k = k;
                npairs++;
            }
            /* the score without the clash test, which is dearer and
             * matters only to a pair that would be linked; the dear
             * tests below likewise are asked only when their answer can
             * change the score */
            double s0 = link_score(dice, cont, k, ks, same, 0);
            double s = s0 > 0 && !same && clash(u, v) ? 0 : s0;
            /* a link between sentences that are not near-copies needs
             * a claim in common: one predicate */
            int verbatim = u->text == v->text && u->ntok == v->ntok;
            int gate = !same && dice < TUNE(PRED_NEAR, PRED_NEAR) && !verbatim;
            int shp = 2; /* rcp__digest_share_predicate, once known */
            /* the predicates they share, in opposed moods (a forecast and
             * a statement, a denial and an assertion): no claim in
             * common, however close their words (asked here of a link,
             * below of a claim inside the sentences) */
            int mood = s > 0 && !same && !verbatim &&
                       (shp = rcp__digest_share_predicate(u, v)) < 0;
            if (mood) {
#ifdef RCP_DIGEST_TUNE
                if (getenv("MOOD_DEBUG"))
                    cut_debug(g, "MOOD cut", dice, u, v);
#endif
                s = 0;
            }
            if (s > 0 && gate &&
                !(shp != 2 ? shp : (shp = rcp__digest_share_predicate(u, v))) &&
                (!TUNE(PRED_ACTOR, 1) || !rcp__digest_share_actor(g, u, v))) {
#ifdef RCP_DIGEST_TUNE
                if (getenv("PRED_DEBUG"))
                    cut_debug(g, "PRED cut", dice, u, v);
#endif
                s = 0;
            }
            /* what they share is a main claim of one of them, not
             * only who says it or what describes a name */
            if (s > 0 && gate && !main_shared(g, u, v)) {
#ifdef RCP_DIGEST_TUNE
                if (getenv("MSHARE_DEBUG"))
                    cut_debug(g, "MSHARE cut", dice, u, v);
#endif
                s = 0;
            }
            /* a link needs a claim in common outside the asides: a
             * description of someone shared is none (asked here of a
             * link, below of a claim inside the sentences) */
            double dm, cm;
            uint32_t km = k, ksm = ks;
            int aside = -1; /* not known */
            if (s > 0 && !same)
                aside = TUNE(SIDE_LINK, 1) &&
                        share_outside_asides(g, u, v, &dm, &cm, &km, &ksm);
            if (aside > 0 && link_score(dm, cm, km, ksm, 0, 0) <= 0 &&
                cm < LINK_CONT) {
#ifdef RCP_DIGEST_TUNE
                if (getenv("SIDE_DEBUG")) {
                    fprintf(stderr, "SIDE cut -> %.3f: ", dm);
                    cut_debug(g, "SIDE cut", dice, u, v);
                }
#endif
                s = 0;
            }
            /* a claim the two state inside longer sentences: runs of
             * chunks that share CLAUSE_SHARED terms, so the sentences
             * share as many without the lexicon's (kx) */
            uint32_t cs = (uint32_t)TUNE(CLAUSE_SHARED, CLAUSE_SHARED);
            if (s <= 0 && !same && !mood && k >= LINK_MIN_SHARED && ks >= 1 &&
                kx >= cs && (u->nchunks > 1 || v->nchunks > 1) &&
                (!(aside >= 0 ? aside
                              : (aside = TUNE(SIDE_LINK, 1) &&
                                         share_outside_asides(g, u, v, &dm, &cm,
                                                              &km, &ksm))) ||
                 km >= cs) &&
                !rcp__digest_other_clash(u, v)) {
                uint32_t kc, ksc;
                double cd = clause_dice(g, u, v, rcp__digest_values_clash(u, v),
                                        &kc, &ksc, &rws);
                if (cd >= TUNE(CLAUSE_DICE, CLAUSE_DICE) && ksc >= 1 &&
                    kc >= cs &&
                    (verbatim || (shp != 2 ? shp : (shp = rcp__digest_share_predicate(u, v))) >= 0) &&
                    (!TUNE(PRED_CLAUSE, PRED_CLAUSE) || !gate ||
                     (shp != 2 ? shp : rcp__digest_share_predicate(u, v)) ||
                     rcp__digest_share_actor(g, u, v)))
                    s = cd * TUNE(CLAUSE_SCORE, CLAUSE_SCORE);
            }
#ifdef RCP_DIGEST_TUNE
            if (getenv("PAIR_DEBUG"))
                pair_debug(g, u, v, dice, cont, k, ks, s);
#endif
            if (same_words(u, v))
                s = 1; /* the same words in the same order: the same
                          statement, however short */
            if (s <= 0 && !same && s0 > 0 &&
                !(u->people && v->people && !(u->people & v->people)) &&
                (u->flags & RCP__U_QUESTION) == (v->flags & RCP__U_QUESTION) &&
                rcp__digest_values_clash(u, v)) {
                /* linked but for the values: a disagreement */
                if (!RCP__PUSH(dis, ndis, cdis))
                    goto cleanup;
                dis[ndis].a = (uint32_t)i;
                dis[ndis].b = j;
                dis[ndis].score = 0;
                ndis++;
            }
            if (s <= 0)
                continue;
            if (!RCP__PUSH(edges, nedges, cedges))
                goto cleanup;
            edges[nedges].a = (uint32_t)i;
            edges[nedges].b = j;
            edges[nedges].score = (float)s;
            nedges++;
        }
        for (uint32_t t = 0; t < u->nterms; t++)
            if (ct.rank[u->terms[t]] != UINT32_MAX)
                ct.mark[ct.rank[u->terms[t]]] = 0;
    }
    for (size_t i = 0; i < n; i++)
        g->units[i].cross = hot[i].cross;
    if (nedges)
        rcp__dedge_sort(edges, nedges);

    /* agglomerate: groups as linked lists with a root */
    tstamp = rcp__calloc(g->nterms + 1, sizeof *tstamp);
    tcnt = rcp__calloc(g->nterms + 1, sizeof *tcnt);
    tlast = rcp__calloc(g->nterms + 1, sizeof *tlast);
    if (!tstamp || !tcnt || !tlast)
        goto cleanup;
    parent = rcp__malloc((n + 1) * sizeof *parent);
    next = rcp__malloc((n + 1) * sizeof *next);
    size = rcp__malloc((n + 1) * sizeof *size);
    tail = rcp__malloc((n + 1) * sizeof *tail);
    if (!parent || !next || !size || !tail)
        goto cleanup;
    for (size_t i = 0; i < n; i++)
        parent[i] = tail[i] = (uint32_t)i, next[i] = UINT32_MAX, size[i] = 1;
    for (size_t e = 0; e < nedges; e++) {
        uint32_t ra = parent[edges[e].a], rb = parent[edges[e].b];
        if (ra == rb)
            continue;
        if (failed_before(&fails, ra, rb, size[ra], size[rb]))
            continue;
        /* pairs of one doc are left out: a doc neither agrees nor
         * disagrees with itself */
        double sum = 0, cnt = 0, close = 0;
        int clashed = 0; /* different people, other values: never */
        uint32_t na = group_sample(next, ra, size[ra], sa);
        uint32_t nb = group_sample(next, rb, size[rb], sb);
        for (uint32_t i = 0; i < na && !clashed; i++)
            for (uint32_t j = 0; j < nb && !clashed; j++) {
                const rcp__dunit *x = &g->units[sa[i]], *y = &g->units[sb[j]];
                if (x->doc != y->doc && !(clashed = clash(x, y))) {
                    double af = unclashed_affinity(g, x, y);
                    sum += af, cnt++;
                    close += af >= GROUP_CLOSE;
                }
            }
        if (clashed || (cnt > 0 && (sum / cnt < TUNE(GROUP_AVG, GROUP_AVG) ||
                                    close < GROUP_MAJORITY * cnt))) {
            if (remember_failure(&fails, ra, rb, size[ra], size[rb]))
                goto cleanup;
            continue;
        }
        join_groups(parent, next, size, tail, ra, rb);
    }
    if ((rc = merge_by_core(g, parent, next, size, tail)))
        goto cleanup;
    rc = RCP_ENOMEM;

    /* facts, in order of their first unit */
    size_t nf = 0;
    for (size_t i = 0; i < n; i++)
        nf += parent[i] == i;
    g->facts = rcp__arena_zalloc(&g->arena, (nf + 1) * sizeof *g->facts);
    if (!g->facts)
        goto cleanup;
    for (size_t i = 0; i < n; i++) {
        if (parent[i] != i)
            continue;
        rcp__dfact *f = &g->facts[g->nfacts];
        f->units = rcp__arena_alloc(&g->arena, size[i] * sizeof(uint32_t));
        f->docs = rcp__arena_alloc(&g->arena, size[i] * sizeof(uint32_t));
        if (!f->units || !f->docs)
            goto cleanup;
        for (uint32_t x = (uint32_t)i; x != UINT32_MAX; x = next[x])
            f->units[f->nunits++] = x;
        /* units ascending (the list is in merge order) */
        for (uint32_t a = 1; a < f->nunits; a++)
            for (uint32_t b = a; b > 0 && f->units[b - 1] > f->units[b]; b--) {
                uint32_t t = f->units[b];
                f->units[b] = f->units[b - 1];
                f->units[b - 1] = t;
            }
        for (uint32_t a = 0; a < f->nunits; a++) {
            uint32_t d = g->units[f->units[a]].doc;
            if (f->ndocs == 0 || f->docs[f->ndocs - 1] != d)
                f->docs[f->ndocs++] = d; /* units ascending: docs too */
            g->units[f->units[a]].fact = (int32_t)g->nfacts;
        }
        /* representative: the most central sentence that reads as a
         * statement on its own, and holds what its wordings agree on:
         * the core (the terms at least half of its docs use, as in
         * extend_core), whose share of weight it holds counts as much
         * as being close to every other sentence */
        double best = -1, cw = 0, lambda = TUNE(REP_CORE, 0.5);
        f->rep = f->units[0];
        uint32_t step = (f->nunits + RCP__GROUP_SAMPLE - 1) / RCP__GROUP_SAMPLE;
        uint32_t need = RCP_MAX(2u, (f->ndocs + 1) / 2), stamp = (uint32_t)g->nfacts + 1;
        uint32_t figdocs = 0; /* docs of the fact that give a figure */
        if (f->ndocs >= 2 && lambda > 0) {
            uint32_t lastfig = UINT32_MAX;
            for (uint32_t a = 0; a < f->nunits; a++) {
                const rcp__dunit *u = &g->units[f->units[a]];
                if (has_figure(u) && u->doc != lastfig)
                    figdocs++, lastfig = u->doc;
                for (uint32_t j = 0; j < u->nterms; j++) {
                    uint32_t t = u->terms[j];
                    if (tstamp[t] != stamp)
                        tstamp[t] = stamp, tcnt[t] = 0, tlast[t] = UINT32_MAX;
                    if (tlast[t] == u->doc)
                        continue;
                    tlast[t] = u->doc;
                    if (++tcnt[t] == need)
                        cw += g->idf[t];
                }
            }
        }
        for (uint32_t a = 0; a < f->nunits; a++) {
            const rcp__dunit *u = &g->units[f->units[a]];
            double s = 0;
            /* most wordings give a figure: the representative gives one */
            if (cw > 0 && (figdocs < need || has_figure(u))) {
                double h = 0;
                for (uint32_t j = 0; j < u->nterms; j++)
                    if (tstamp[u->terms[j]] == stamp &&
                        tcnt[u->terms[j]] >= need)
                        h += g->idf[u->terms[j]];
                s += lambda * (f->nunits - 1) * h / cw;
            }
            for (uint32_t b = 0; b < f->nunits; b += step)
                if (b != a)
                    s += affinity(g, f->units[a], f->units[b]);
            if (!(u->flags & (RCP__U_NOSUMMARY & ~RCP__U_COPY)))
                s += f->nunits;
            if (u->words > 35) /* a plain statement reads better */
                s -= (u->words - 35) / 10.0;
            if (s > best + 1e-9)
                best = s, f->rep = f->units[a];
        }
        g->nfacts++;
    }
    debug_facts(g, "GROUP");
    if ((rc = extend_support(g, pairs, npairs)) ||
        (rc = add_dissent(g, dis, ndis)))
        goto cleanup;
    rc = extend_core(g, pstart, post);
    if (!rc && TUNE(CLAIM_FACTS, 1) > 0)
        rc = rcp__digest_clause_facts(g);
    if (!rc && TUNE(MAINPAIR, 1) > 0)
        rc = rcp__digest_main_pairs(g, edges, nedges);
    if (!rc && TUNE(MAIN_SUPPORT, 1) > 0)
        rc = rcp__digest_main_support(g);
    if (!rc)
        rc = rcp__digest_agreed_claim(g);
    if (!rc && TUNE(PARA, 1) > 0)
        rc = rcp__digest_merge_by_claim(g);
    if (!rc && TUNE(SENT, 1) > 0)
        rc = rcp__digest_sentence_support(g);
    if (!rc && TUNE(PAIRS, 1) > 0)
        rc = rcp__digest_pair_singletons(g);
    if (!rc)
        debug_facts(g, "FACT");
cleanup:
    rcp__free(pstart);
    rcp__free(post);
    rcp__free(pcur);
    rcp__free(touched);
    rcp__free(full);
    rcp__free(capoff);
    rcp__free(capt);
    rcp__free(ct.rank);
    rcp__free(ct.idf);
    rcp__free(ct.topic);
    rcp__free(ct.mark);
    rcp__free(ct.lexmark);
    rcp__free(hotmem);
    rcp__free(ca);
    rcp__dlex_probe_free(&probe);
    rcp__free(edges);
    rcp__free(dis);
    rcp__free(pairs);
    rcp__free(fails.e);
    runweights_release(&rws);
    rcp__free(tstamp);
    rcp__free(tcnt);
    rcp__free(tlast);
    rcp__free(parent);
    rcp__free(next);
    rcp__free(size);
    rcp__free(tail);
    return rc;
}
