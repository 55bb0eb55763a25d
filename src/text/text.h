/*
 * text.h - text analysis shared by every later stage: normalisation and
 * folding, languages (stopwords, detection, stemming), and the analysed
 * document (rcp_doc in recoupe.h: paragraphs, sentences, tokens).
 *
 * text/ depends on base/ only.
 */
#ifndef RCP_TEXT_H
#define RCP_TEXT_H

#include "base/base.h"

/*
 * Normalise text for storage and display: drop a BOM, CR LF and lone CR
 * become LF, NFC (utf8proc), control characters other than LF and TAB and
 * soft hyphens removed, trailing blanks of each line removed, runs of
 * blank lines collapsed into one LF (a paragraph break). Spaces of other
 * kinds (no-break, thin) are kept: the text stays verbatim.
 * p must be valid UTF-8 (check with rcp__utf8_valid first).
 * Appends to out; returns 0, RCP_ENOMEM or RCP_ETOOBIG.
 */
int rcp__text_normalize(const char *p, size_t n, rcp__buf *out);

/*
 * Fold one code point for matching: lower case, accents removed,
 * ligatures expanded (oe, ae, fi, ss), typographic apostrophes to ', dashes
 * inside words to -. Writes at most 8 bytes to out and returns the count
 * (0 for a code point that folds to nothing, such as a combining mark).
 */
int rcp__fold_cp(int32_t cp, char *out);

/* Fold a whole string (valid UTF-8) into out; returns 0 or an error. */
int rcp__fold(const char *p, size_t n, rcp__buf *out);

/* Character classes of the tokenizer. */
int rcp__is_space_cp(int32_t cp);  /* any Unicode space, incl. NBSP */
int rcp__is_word_cp(int32_t cp);   /* letter, mark or digit */
int rcp__is_upper_cp(int32_t cp);  /* upper- or title-case letter */
int rcp__is_quote_cp(int32_t cp);  /* « » “ ” „ ‹ › " and the like */
int rcp__is_apos_cp(int32_t cp);   /* ' ’ ʼ */
int rcp__is_dash_cp(int32_t cp);   /* - ‐ ‑ (joins words) */

/* ---- languages (lang.c) ---- */

/* 1 when the folded word w[0..n) is a stopword of lang ("fr", "en", ...);
 * languages without a list have no stopwords. */
int rcp__is_stopword(const char *lang, const char *w, size_t n);

/*
 * The Snowball stem of the folded word w[0..n) in `lang`. The result is
 * NUL-terminated and stays valid for the life of the process (stems are
 * cached), or, once the cache is full, is copied into `a`. Returns w
 * itself (copied into `a`) for a language Snowball does not have.
 * Not thread-safe: the stemmers and the cache are process-wide.
 */
const char *rcp__stem(const char *lang, const char *w, size_t n,
                      rcp__arena *a, size_t *len);

/* Languages known to detection, stopwords and stemming, as ISO 639-1. */
extern const char *const rcp__langs[];

#endif
