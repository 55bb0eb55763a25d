/*
 * sketch.c - MinHash sketches of word shingles, for near-duplicates.
 *
 * How it works: a document is the set of its word 4-shingles (four
 * consecutive words or numbers, folded, punctuation skipped), each hashed
 * to 64 bits. One-permutation hashing (Li, Owen and Zhang, 2012) cuts the
 * hash space into 64 bins by the top 6 bits and keeps, per bin, the
 * smallest hash that falls in it: one hash per shingle instead of one per
 * shingle and per permutation. Empty bins (short texts) are filled by
 * rotation densification (Shrivastava and Li, 2014): an empty bin takes
 * the value of the next non-empty bin to its right, rehashed with the
 * distance, so two texts still agree in it with the right probability.
 * Only 16 bits of each minimum are kept. Cost: linear in the text.
 *
 * Why MinHash and not SimHash: near-copies of wire text differ by a
 * headline, boilerplate paragraphs or a few words. MinHash estimates the
 * shingle Jaccard directly, and banding gives a tunable LSH curve
 * (16 bands of 4 rows: a pair at Jaccard 0.6 is a candidate with
 * probability 0.9, at 0.3 with 0.12); a 64-bit SimHash of the same text
 * moves by several bits for a paragraph of boilerplate and needs
 * permuted tables to search Hamming balls. 128 bytes per article.
 */
#include "story.h"

#define SHINGLE 4 /* unrolled in rcp__sketch_doc */

int rcp__sketch_doc(const rcp_doc *d, rcp__sketch *s)
{
    uint64_t mins[RCP__SKETCH_BINS];
    uint64_t win[SHINGLE];
    size_t nw = 0;
    int any = 0;
    for (int b = 0; b < RCP__SKETCH_BINS; b++)
        mins[b] = UINT64_MAX;
    for (size_t i = 0; i < d->ntoks; i++) {
        const rcp_token *t = &d->toks[i];
        if (!(t->flags & (RCP_TOK_WORD | RCP_TOK_NUM)))
            continue;
        win[nw % SHINGLE] = t->hnorm;
        nw++;
        if (nw < SHINGLE)
            continue;
        /* the shingle's words, oldest first, each mixed in with its
         * place (unrolled: SHINGLE is 4) */
        size_t o = nw - SHINGLE;
        uint64_t h = 0x9e3779b97f4a7c15ULL;
        h = rcp__mix64(h ^ win[o % SHINGLE]);
        h = rcp__mix64(h ^ win[(o + 1) % SHINGLE]) + 1;
        h = rcp__mix64(h ^ win[(o + 2) % SHINGLE]) + 2;
        h = rcp__mix64(h ^ win[(o + 3) % SHINGLE]) + 3;
        h = rcp__mix64(h);
        int b = (int)(h >> 58);
        if (h < mins[b])
            mins[b] = h;
        any = 1;
    }
    if (nw == 0)
        return 0;
    if (!any) { /* fewer than SHINGLE words: the whole text is one */
        uint64_t h = 0x9e3779b97f4a7c15ULL;
        for (size_t k = 0; k < nw; k++)
            h = rcp__mix64(h ^ win[k]);
        h = rcp__mix64(h);
        mins[h >> 58] = h;
    }
    for (int b = 0; b < RCP__SKETCH_BINS; b++) {
        uint64_t v = mins[b];
        for (int k = 1; v == UINT64_MAX && k < RCP__SKETCH_BINS; k++) {
            uint64_t w = mins[(b + k) % RCP__SKETCH_BINS];
            if (w != UINT64_MAX)
                v = rcp__mix64(w + (uint64_t)k);
        }
        s->v[b] = (uint16_t)v;
    }
    return 1;
}

double rcp__sketch_similarity(const rcp__sketch *a, const rcp__sketch *b)
{
    int same = 0;
    for (int i = 0; i < RCP__SKETCH_BINS; i++)
        same += a->v[i] == b->v[i];
    return (double)same / RCP__SKETCH_BINS;
}

uint64_t rcp__sketch_band(const rcp__sketch *s, int band)
{
    return rcp__hash(s->v + band * RCP__SKETCH_ROWS,
                     RCP__SKETCH_ROWS * sizeof s->v[0], (uint64_t)band + 1);
}
