/*
 * digest_summary.c - the story in at most N words, in whole sentences.
 *
 * How it works: the summary should cover what most articles say. Its
 * units of content ("concepts") are the pairs of adjacent words of a
 * sentence, stemmed, that are not both stopwords (président russe, 14
 * otages, a libéré) -- the finer grain of Gillick and Favre's concept
 * model. A concept weighs the number of docs that contain it; a concept
 * of one doc only weighs nothing unless the story has a single doc. The
 * summary is built greedily as a budgeted maximum coverage: at each step
 * the sentence that fits in the words left and brings the most weight of
 * concepts not yet covered, per word^ALPHA, is taken, with a bonus for
 * sentences near the start of their article (news puts the essential
 * first) and for corroborated facts. Covered concepts count no more, so
 * a sentence that repeats what was chosen gains nothing (redundancy
 * removal for free), and a fact already represented is never taken again.
 * Questions, quotation fragments, captions, very short and very long
 * sentences are never taken. The sentences chosen are shown the best
 * corroborated first (most independent voices), then in the order of
 * choice.
 *
 * Cost: O(concepts) to count, then O(steps x units x concepts per unit).
 */
#include "digest/digest.h"

#include <math.h>
#include <stdlib.h>

#define ALPHA 0.7      /* length normalisation of the gain */
#define LEAD_BONUS 1.0 /* weight of position: 1 + LEAD_BONUS / (1 + k) */
#define MIN_WORDS 8    /* shorter sentences are not summary material */
#define MAX_WORDS 50

/* The constants above; a tuning build (-DRCP_DIGEST_TUNE, never the
 * default) reads them from the environment instead. */
static double param(const char *name, double def)
{
#ifdef RCP_DIGEST_TUNE
    const char *v = getenv(name);
    if (v && *v)
        return atof(v);
#else
    (void)name;
#endif
    return def;
}

int rcp__digest_summarize(rcp_digest *g)
{
    size_t n = g->nunits;
    int rc = RCP_ENOMEM;
    rcp__map ids;
    rcp__map_init(&ids);
    uint32_t **concepts = rcp__calloc(n + 1, sizeof *concepts);
    uint32_t *nconc = rcp__calloc(n + 1, sizeof *nconc);
    uint32_t *tmp = NULL;
    float *weight = NULL;
    uint8_t *covered = NULL, *taken_fact = NULL, *taken = NULL;
    uint32_t *lastdoc = NULL;
    size_t nids = 0, cap = 0, tmpcap = 0;
    double alpha = param("RCP_ALPHA", ALPHA);
    double lead = param("RCP_LEAD", LEAD_BONUS);
    double minw = param("RCP_MINW", MIN_WORDS);
    double maxw = param("RCP_MAXW", MAX_WORDS);
    double corr = param("RCP_CORR", 0.0);
    double uni = param("RCP_UNI", 0.0);
    if (!concepts || !nconc)
        goto cleanup;
    g->summary = rcp__arena_alloc(&g->arena, (n + 1) * sizeof(uint32_t));
    if (!g->summary)
        goto cleanup;
    /* concepts of each unit, with their doc frequency */
    for (size_t i = 0; i < n; i++) {
        const rcp__dunit *u = &g->units[i];
        const rcp_doc *d = g->docs[u->doc];
        size_t nt = 0;
        if (rcp__grow(&tmp, &tmpcap, 2 * u->ntok + 1, sizeof *tmp))
            goto cleanup;
        const rcp_token *prev = NULL;
        for (uint32_t t = u->tok; t < u->tok + u->ntok; t++) {
            const rcp_token *k = &d->toks[t];
            if (k->flags & RCP_TOK_PUNCT)
                continue;
            uint64_t key = 0;
            if (uni > 0 && !(k->flags & RCP_TOK_STOP))
                key = rcp__mix64(k->hstem ^ 0x5555);
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    key = 0;
                    if (prev && !((prev->flags & RCP_TOK_STOP) &&
                                  (k->flags & RCP_TOK_STOP)))
                        key = rcp__mix64(prev->hstem * 31 + k->hstem);
                }
                if (!key)
                    continue;
                uint64_t *v = rcp__map_put(&ids, key);
                if (!v)
                    goto cleanup;
                if (*v == 0) {
                    *v = ++nids;
                    if (rcp__grow(&weight, &cap, nids + 1, sizeof *weight))
                        goto cleanup;
                    weight[nids - 1] = 0;
                }
                tmp[nt++] = (uint32_t)(*v - 1);
            }
            prev = k;
        }
        /* unique ids of the unit */
        size_t m = 0;
        for (size_t a = 0; a < nt; a++) {
            size_t b = 0;
            while (b < m && tmp[b] != tmp[a])
                b++;
            if (b == m)
                tmp[m++] = tmp[a];
        }
        concepts[i] = rcp__arena_alloc(&g->arena, (m + 1) * sizeof(uint32_t));
        if (!concepts[i])
            goto cleanup;
        memcpy(concepts[i], tmp, m * sizeof(uint32_t));
        nconc[i] = (uint32_t)m;
    }
    /* doc frequency: count each concept once per doc */
    lastdoc = rcp__malloc((nids + 1) * sizeof *lastdoc);
    covered = rcp__calloc(nids + 1, 1);
    taken_fact = rcp__calloc(g->nfacts + 1, 1);
    taken = rcp__calloc(n + 1, 1);
    if (!lastdoc || !covered || !taken_fact || !taken)
        goto cleanup;
    for (size_t c = 0; c < nids; c++)
        lastdoc[c] = UINT32_MAX;
    for (size_t i = 0; i < n; i++)
        for (uint32_t a = 0; a < nconc[i]; a++) {
            uint32_t c = concepts[i][a];
            if (lastdoc[c] != g->units[i].doc) {
                lastdoc[c] = g->units[i].doc;
                weight[c] += 1;
            }
        }
    for (size_t c = 0; c < nids; c++)
        if (g->ndocs > 1 && weight[c] < 2)
            weight[c] = 0;
    /* greedy budgeted coverage; when nothing qualifies (a story of short
     * dispatches, of headlines), a second pass takes any sentence but
     * repeats, so that a story always has a summary if one fits */
    size_t left = g->words;
    int relaxed = 0;
    for (;;) {
        double best = 0;
        size_t bi = n;
        for (size_t i = 0; i < n; i++) {
            const rcp__dunit *u = &g->units[i];
            if (taken[i] || taken_fact[u->fact] || u->words > left ||
                u->words == 0)
                continue;
            if (!relaxed && ((u->flags & RCP__U_NOSUMMARY) || u->words < minw ||
                             u->words > maxw))
                continue;
            if (relaxed && (u->flags & RCP__U_COPY))
                continue;
            double gain = relaxed ? 1 : 0;
            for (uint32_t a = 0; a < nconc[i]; a++)
                if (!covered[concepts[i][a]])
                    gain += weight[concepts[i][a]];
            if (gain <= 0)
                continue;
            uint32_t k = u->pos; /* position in its doc */
            gain *= 1 + lead / (1.0 + k);
            gain *= 1 + corr * (g->facts[u->fact].ndocs - 1);
            double s = gain / pow((double)u->words, alpha);
            if (s > best)
                best = s, bi = i;
        }
        if (bi == n && !relaxed && g->nsummary == 0) {
            relaxed = 1;
            continue;
        }
        if (bi == n)
            break;
        taken[bi] = 1;
        taken_fact[g->units[bi].fact] = 1;
        for (uint32_t a = 0; a < nconc[bi]; a++)
            covered[concepts[bi][a]] = 1;
        /* show the fact's representative when it is as good a fit */
        g->summary[g->nsummary++] = (uint32_t)bi;
        left -= g->units[bi].words;
    }
    /* shown best corroborated first; stable, so among equals the order of
     * choice (the most important first) stays */
    for (size_t i = 1; i < g->nsummary; i++)
        for (size_t j = i; j > 0; j--) {
            const rcp__dfact *a = &g->facts[g->units[g->summary[j - 1]].fact];
            const rcp__dfact *b = &g->facts[g->units[g->summary[j]].fact];
            if (a->voices >= b->voices)
                break;
            uint32_t t = g->summary[j];
            g->summary[j] = g->summary[j - 1];
            g->summary[j - 1] = t;
        }
    rc = 0;
cleanup:
    rcp__map_release(&ids);
    rcp__free(concepts);
    rcp__free(nconc);
    rcp__free(tmp);
    rcp__free(weight);
    rcp__free(covered);
    rcp__free(taken_fact);
    rcp__free(taken);
    rcp__free(lastdoc);
    return rc;
}
