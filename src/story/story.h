/*
 * story.h - internal to src/story: the near-duplicate sketch.
 *
 * story/ depends on base/, text/ (calendar words) and the rcp_doc of the
 * public header.
 */
#ifndef RCP_STORY_H
#define RCP_STORY_H

#include "base/base.h"

/*
 * A one-permutation MinHash sketch of a document's word 4-shingles:
 * RCP__SKETCH_BINS bins of 16 bits each (b-bit MinHash; a 16-bit collision
 * biases the estimate by 1/65536, nothing next to its sampling error).
 * Two sketches agree in a bin with probability the Jaccard similarity of
 * the two shingle sets. Banded for LSH: RCP__SKETCH_BANDS bands of
 * RCP__SKETCH_ROWS bins.
 */
#define RCP__SKETCH_BINS 64
#define RCP__SKETCH_ROWS 4
#define RCP__SKETCH_BANDS (RCP__SKETCH_BINS / RCP__SKETCH_ROWS)

typedef struct rcp__sketch {
    uint16_t v[RCP__SKETCH_BINS];
} rcp__sketch;

/* Sketch the words and numbers of d. Returns 1, or 0 when the document
 * has no word (the sketch is then meaningless and must not be used). */
int rcp__sketch_doc(const rcp_doc *d, rcp__sketch *s);

/* The estimated Jaccard similarity of the two shingle sets, in [0, 1]. */
double rcp__sketch_similarity(const rcp__sketch *a, const rcp__sketch *b);

/* The LSH key of band `band` (0 .. RCP__SKETCH_BANDS-1); never 0. */
uint64_t rcp__sketch_band(const rcp__sketch *s, int band);

/*
 * The batch graph's cosines (cluster.c) sum, over a candidate's terms,
 * its weight v times the compared article's weight w times the term's
 * idf. The product of two floats in a double is exact, so
 * rcp__wi(w, idf) * v rounds the exact product of the three once, as
 * ((double)w * v) * idf does: the sums are the same to the bit, and
 * w x idf is made once per term of the compared article instead of
 * once per term of each candidate.
 */
static inline double rcp__wi(float w, float idf)
{
    return (double)w * idf;
}

/*
 * Put the m best of the candidates cand[0..n) first, best first: by
 * score (candidate x's is score[2 x]: a float every 8 bytes, as the
 * clusterer keeps a score and a stamp side by side), then by index (a
 * total order: one answer). The rest of cand is left in no order. The
 * clusterer's choice of neighbours (cluster.c).
 */
void rcp__select_best(uint32_t *cand, size_t n, size_t m, const float *score);

/*
 * The first k in [lo, hi) with docs[k] >= x, or hi: the place of position
 * x in a posting docs[lo .. hi) of distinct ascending positions (the batch
 * graph's, cluster.c). The positions of a long posting spread over the
 * batch, so a guess in proportion to x lands near the place: from it the
 * search doubles its step to bracket the place, then halves. A binary
 * search of a posting of a million articles reads 20 places of it, each a
 * cache miss; this reads a few, mostly on one line.
 */
uint32_t rcp__posting_place(const uint32_t *docs, uint32_t lo, uint32_t hi,
                            uint32_t x);

/* The boosted tf by which c ranks a feature counted `count` times in an
 * article, flags 1 (a name) and 2 (in the title): 1 + logf(count), times
 * 2 for a name and 1.5 for the title word (tests: its table of the
 * counts under 64 against the formula). */
float rcp__clusterer_tf(const rcp_clusterer *c, uint32_t count,
                        uint32_t flags);

/*
 * What rcp_features holds (features.c reads and writes it; cluster.c
 * makes and consumes it): the article's id, its date as "YYYY-MM-DD" (or
 * NULL), the months its text names, its sketch when it has words, and
 * its distinct terms in order of first occurrence (the order gives the
 * term ids, so it is part of the result).
 */
typedef struct rcp__fterm {
    uint64_t key;   /* term hash, never 0 */
    uint32_t count; /* occurrences */
    uint32_t flags; /* 1: a name, 2: a title word */
} rcp__fterm;

struct rcp_features {
    char *id;
    char *date;
    uint16_t months;
    int sketched;
    rcp__sketch sketch;
    rcp__fterm *terms;
    size_t nterms;
};

/* A record with room for n terms (filled by the caller). date is cut to
 * its first 10 bytes. Returns 0 or RCP_ENOMEM (*out then NULL). */
int rcp__features_make(const char *id, const char *date, uint16_t months,
                       const rcp__sketch *sketch, size_t n,
                       rcp_features **out);

/*
 * Average-linkage agglomerative clustering over a sparse similarity graph
 * of n nodes: edges[0..ne) hold each unordered pair at most once, with
 * a != b < n; a missing pair has similarity 0. The edges are reordered
 * (sorted in place: no copy of them is made). Two clusters merge, best
 * first, while the mean similarity over all their cross pairs (missing
 * ones counting 0) is at least `threshold`; when each node has at most
 * `knn` neighbours (0: unbounded), the mean is over at most
 * knn min(|A|, |B|) pairs, all the graph can hold. On return root[i] is the
 * smallest node of i's cluster. When low_root is not NULL, merging goes on
 * down to `low` (<= threshold) and low_root[i] gets the same for that
 * coarser cut. When months is not NULL, months[i] has bit m-1 set when
 * node i names month m, and two clusters whose current months (the
 * latest month named by most of their members) differ, while few
 * members of each name the other's, merge only below `threshold`.
 * When names is not NULL, names[i RCP__NAME_K ..] are node i's names
 * (below), and two clusters that each have a name nearly all their
 * members bring and none of the other's merge only below `threshold`.
 * A cluster keeps at most RCP__LINK_CAP neighbours (below). When stats
 * is not NULL it gets what the run did. Cost O(E log E + N CAP log E),
 * memory O(N + E), whatever the shape of the graph.
 * Returns 0 or RCP_ENOMEM.
 */
typedef struct rcp__edge {
    uint32_t a, b;
    float sim;
} rcp__edge;

/* What one run did, for tests: merges, the longest neighbour list a
 * merged cluster kept, the most candidate merges waiting at once. */
typedef struct rcp__link_stats {
    size_t merges, max_list, max_heap;
} rcp__link_stats;

/* Neighbours a cluster keeps: when a merge leaves it more, it keeps those
 * of the best means (the others count 0 from then on). Without a bound a
 * giant cluster (one topic of a million near-identical records) rebuilds
 * a list of up to N neighbours at each of its N merges. */
#define RCP__LINK_CAP 256

int rcp__avglink(size_t n, rcp__edge *edges, size_t ne, double threshold,
                 size_t knn, uint32_t *root, double low, uint32_t *low_root,
                 const uint16_t *months, const uint32_t *names,
                 rcp__link_stats *stats);

/* The names an article brings to the names' test of rcp__avglink: the
 * RCP__NAME_K it repeats most, as 32-bit ids (0: none). */
#define RCP__NAME_K 2

/* The names of a cluster as the names' test reads them: counters sorted
 * by name, each at most `err` under the number of members that bring it,
 * and a name not listed brought by at most `err` of them (0: exact
 * counts). */
typedef struct rcp__nent {
    uint32_t name, cnt;
} rcp__nent;

typedef struct rcp__nview {
    const rcp__nent *p;
    uint32_t n, err;
} rcp__nview;

/* The names' test of avglink.c on two clusters of na and nb members:
 * do both have a name nearly all their members bring and none of the
 * other's (clusters of at least its minimum size only)? The stream's
 * settle asks it of its local nodes (cluster.c). */
int rcp__names_disagree_at(const rcp__nview *a, uint32_t na,
                           const rcp__nview *b, uint32_t nb);

/* The members a cluster needs for the names' test. */
#define RCP__NAME_MIN 5

/* Do the months of two clusters disagree (avglink.c)? cnt[m] counts the
 * members that name month m + 1, cnt[12] those that name any. */
int rcp__months_disagree(const uint32_t *a, const uint32_t *b);

/* The same with their current months given (rcp__current_month of each:
 * 1-12, or 0 for none). */
int rcp__current_month(const uint32_t *cnt);
int rcp__months_disagree_at(const uint32_t *a, int ma, const uint32_t *b,
                            int mb);

#endif
