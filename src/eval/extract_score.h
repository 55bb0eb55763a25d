/*
 * extract_score.h - how close an extracted main text is to a gold one:
 * the metric of the scrapinghub article-extraction benchmark.
 *
 * Both texts are cut into tokens, maximal runs of Unicode word characters
 * (letters, numbers, '_': Python's \w), and each becomes the multiset of
 * its overlapping 4-token sequences (a text of 1-3 tokens is one shorter
 * sequence; an empty text has none). tp counts the sequences the two
 * multisets share, fp the extra ones of the extraction, fn the missing gold
 * ones. Per page, precision = tp/(tp+fp) and recall = tp/(tp+fn), both 1
 * when fp = fn = 0, 0 when their denominator is 0 otherwise; they are
 * macro-averaged over pages and F1 is the harmonic mean of the averages.
 */
#ifndef RCP_EXTRACT_SCORE_H
#define RCP_EXTRACT_SCORE_H

#include "base/base.h"

typedef struct rcp__xscore {
    size_t tp, fp, fn;
    int exact; /* 1 when the two token sequences are equal */
} rcp__xscore;

/* Score `got` against `gold` (both UTF-8; invalid bytes are not word
 * characters). Returns 0 or RCP_ENOMEM. Keeps no memory. */
int rcp__extract_score(const char *gold, size_t gold_len, const char *got,
                       size_t got_len, rcp__xscore *out);

/* The same with n-token sequences instead of 4 (n = 1: WCXB's
 * bag-of-words metric, the multisets of the tokens themselves). */
int rcp__extract_score_n(const char *gold, size_t gold_len, const char *got,
                         size_t got_len, size_t n, rcp__xscore *out);

/* Per-page precision and recall of a score, as defined above. */
void rcp__xscore_pr(const rcp__xscore *s, double *precision, double *recall);

/* Per-page F1, the harmonic mean of the two above (0 when both are 0). */
double rcp__xscore_f1(const rcp__xscore *s);

/* Macro averages over pages: add pages one by one, then read the result. */
typedef struct rcp__xscore_sum {
    double p, r;   /* sums of per-page precision and recall */
    double f1;     /* sum of per-page F1 (WCXB averages it over pages) */
    size_t pages, exact;
} rcp__xscore_sum;

void rcp__xscore_add(rcp__xscore_sum *sum, const rcp__xscore *s);
/* P, R, F1 and accuracy (share of exact pages); all 0 when no page */
void rcp__xscore_result(const rcp__xscore_sum *sum, double *p, double *r,
                        double *f1, double *accuracy);

/* The number of tokens of p[0..n) (for tests and reports). */
size_t rcp__xscore_tokens(const char *p, size_t n);

#endif
