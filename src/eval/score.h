/*
 * score.h - clustering scores for the evaluation kit: pairwise and BCubed
 * precision, recall and F1 of a system clustering against a gold one, and
 * an exact string interner the scorers share.
 *
 * Internal (rcp__*): used by tools/score_cluster and the unit tests, not
 * part of the public API.
 *
 * Definitions. n items each carry a system label s(i) and a gold label
 * g(i); a cluster is the set of items sharing a label. For item i, S(i) and
 * G(i) are its system and gold clusters.
 *
 *   pairwise (Miranda et al. 2018): over the n(n-1)/2 unordered pairs,
 *     sys_pairs  = pairs with the same system label
 *     gold_pairs = pairs with the same gold label
 *     both_pairs = pairs with the same label in both
 *     P = both_pairs / sys_pairs     R = both_pairs / gold_pairs
 *
 *   BCubed (Bagga and Baldwin 1998; Amigo et al. 2009), per item averaged:
 *     P = 1/n * sum_i |S(i) & G(i)| / |S(i)|
 *     R = 1/n * sum_i |S(i) & G(i)| / |G(i)|
 *
 *   F1 = 2PR / (P + R), and 0 when P + R = 0.
 *
 * Edge cases, one rule: a ratio whose denominator is 0 is 1 ("no claim was
 * made, so none was wrong"). Hence
 *   - a system of all singletons has pairwise P = 1 and, when the gold has
 *     pairs, R = 0 and F1 = 0;
 *   - when neither side has a pair (both all singletons) every pairwise
 *     figure is 1, as it should be for a perfect answer;
 *   - n = 0 gives every ratio 1 and 0 clusters (callers that find an empty
 *     input suspicious should say so themselves).
 * A perfect clustering therefore always scores 1 everywhere.
 *
 * Cost: O(n) time (two radix sorts of 64-bit (label, label) keys, then one
 * scan of each: the contingency counts |S & G| are runs of equal keys) and
 * 16 n bytes of scratch memory. 1,000,000 items take a few tens of ms.
 */
#ifndef RCP_SCORE_H
#define RCP_SCORE_H

#include "base/base.h"

typedef struct rcp__cluster_score {
    size_t items;
    size_t sys_clusters, gold_clusters;
    uint64_t sys_pairs, gold_pairs, both_pairs;
    double pair_p, pair_r, pair_f;
    double b3_p, b3_r, b3_f;
} rcp__cluster_score;

/*
 * Score n items whose labels are given as integers (any values; they need
 * not be dense). Fills *out. Returns 0, or RCP_ENOMEM (out is then zeroed).
 * sys and gold may be NULL when n is 0.
 */
int rcp__score_clusters(const uint32_t *sys, const uint32_t *gold, size_t n,
                        rcp__cluster_score *out);

/*
 * The same with labels as NUL-terminated strings, compared byte for byte
 * ("s1" and "S1" are different labels). Returns 0 or RCP_ENOMEM.
 */
int rcp__score_clusters_str(const char *const *sys, const char *const *gold,
                            size_t n, rcp__cluster_score *out);

/*
 * F-measure with the edge rule above: 2pr/(p+r), 0 when p + r = 0.
 */
double rcp__f1(double p, double r);

/* ---- exact string interner ----
 * Gives each distinct byte string a dense id 0, 1, 2, ... in order of
 * first appearance. Strings are copied into the table's arena; strs[id]
 * (NUL-terminated) and lens[id] stay valid until rcp__strtab_release.
 * Lookups compare the bytes, so two strings never share an id by a hash
 * collision. */
typedef struct rcp__strtab {
    rcp__arena arena;
    const char **strs;
    size_t *lens;
    uint64_t *hashes;
    size_t n, cap;   /* ids handed out; room in strs/lens/hashes */
    uint32_t *slots; /* open addressing: id + 1, 0 when empty */
    size_t nslots;   /* a power of two, or 0 */
} rcp__strtab;

void rcp__strtab_init(rcp__strtab *t);
/* Set *id to the id of p[0..len), adding it when new. 0 or RCP_ENOMEM
 * (also when more than 2^32 - 2 distinct strings are asked for). */
int rcp__strtab_intern(rcp__strtab *t, const char *p, size_t len, uint32_t *id);
void rcp__strtab_release(rcp__strtab *t);

#endif
