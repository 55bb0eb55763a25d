/*
 * rouge.h - ROUGE-1, ROUGE-2 and ROUGE-SU4 of a summary against reference
 * summaries, as ROUGE-1.5.5 computes them with
 *
 *     -n 2 -2 4 -u -l 100 -f A -p 0.5      (no -m: no stemming,
 *                                           no -s: stopwords kept)
 *
 * and the tokenisation of its Unicode fork, as data/rpm2-dev/README.md
 * defines it. Internal (rcp__*): used by tools/rouge and the unit tests.
 *
 * Tokens. Each text (the summary, and each reference) goes through:
 *   1. lower-casing, code point by code point (utf8proc_tolower: the simple
 *      Unicode case mapping; no accent folding, so "états" != "etats");
 *   2. truncation: only the first `words` whitespace-separated words are
 *      kept (words == 0: no limit). White space is Unicode White_Space
 *      (tab, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680, U+2000-U+200A,
 *      U+2028, U+2029, U+202F, U+205F, U+3000), i.e. Perl's \s on text;
 *   3. tokens: maximal runs of word characters, which are letters
 *      (categories L*), decimal digits (Nd), combining marks (M*) and '_'.
 *      Everything else separates tokens and is dropped: "l'armée" ->
 *      "l" "armée", "Etats-Unis" -> "etats" "unis", "n°3" -> "n" "3".
 *      A byte that is not valid UTF-8 is a separator too.
 * The words of one text are taken across its lines: a summary made of
 * several sentences is one sequence, as ROUGE-1.5.5 joins its lines.
 *
 * Grams of a token sequence t[0..m):
 *   ROUGE-1   the m unigrams t[i]
 *   ROUGE-2   the m-1 bigrams (t[i], t[i+1])
 *   ROUGE-SU4 for i = 0 .. m-2: the unigram t[i], and the skip-bigrams
 *             (t[i], t[j]) for i < j <= min(i + 5, m - 1), i.e. at most 4
 *             tokens skipped. The last token adds no unigram: this is
 *             ROUGE-1.5.5's loop (createSkipBigram runs i < $#tokens),
 *             kept so the figures match it; a text of one token has no
 *             SU4 gram at all.
 *
 * Scores with references r = 1..k (-f A: totals over the references):
 *   hit_r   = sum over grams g of min(count_peer(g), count_ref_r(g))
 *             (clipped: a summary gets no credit for repeating a gram
 *             more often than the reference has it)
 *   recall    = sum_r hit_r / sum_r count_ref_r(all grams)
 *   precision = sum_r hit_r / (k * count_peer(all grams))
 *   F         = P R / ((1 - a) P + a R) with a = 0.5 (-p 0.5), i.e. F1
 * A zero denominator gives 0, as in ROUGE-1.5.5. ROUGE-1.5.5 rounds each
 * score to 5 decimals before averaging; these are not rounded, so the two
 * can differ by 1e-5. Averaging over clusters (macro) is the caller's
 * business.
 */
#ifndef RCP_ROUGE_H
#define RCP_ROUGE_H

#include "base/base.h"

typedef struct rcp__rouge_score {
    uint64_t hit;        /* clipped matches, summed over the references */
    uint64_t ref_count;  /* grams of the references, summed */
    uint64_t peer_count; /* grams of the summary, times the references */
    double recall, precision, f;
} rcp__rouge_score;

typedef struct rcp__rouge_result {
    rcp__rouge_score r1, r2, su4;
} rcp__rouge_result;

/*
 * Score the summary peer[0..peer_len) against refs[i][0..ref_lens[i]),
 * i < nrefs, each truncated to `words` words (0: no limit). Fills *out.
 * Returns 0, RCP_EINVAL when nrefs is 0, or RCP_ENOMEM. Nothing is kept.
 */
int rcp__rouge_eval(const char *peer, size_t peer_len, const char *const *refs,
                    const size_t *ref_lens, size_t nrefs, size_t words,
                    rcp__rouge_result *out);

/*
 * The tokens of p[0..len) as ROUGE sees them (steps 1-3 above), for tests
 * and for inspection: *toks is an array of *n NUL-terminated strings, all
 * in the arena `a` (released with it). Returns 0 or RCP_ENOMEM.
 */
int rcp__rouge_tokenize(const char *p, size_t len, size_t words, rcp__arena *a,
                        const char ***toks, size_t *n);

#endif
