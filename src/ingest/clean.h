/*
 * clean.h - the article inside a text: boilerplate and repetitions out,
 * metadata lines read.
 */
#ifndef RCP_CLEAN_H
#define RCP_CLEAN_H

#include "base/base.h"

typedef struct rcp__cleaned {
    const char *text; /* paragraphs separated by '\n'; in the arena */
    size_t len;
    const char *title; /* a headline found at the top, or NULL */
    const char *date;  /* ISO 8601 from a metadata line, or NULL */
} rcp__cleaned;

/*
 * Clean a normalised text (rcp__text_normalize: NFC, LF line ends, one LF
 * between paragraphs): drop boilerplate paragraphs (newsletter sign-ups,
 * share prompts, "read more" links, comment counters, source links, photo
 * credits, URL slugs, cookie/javascript notices), paragraphs and sentences
 * repeated inside the article, and metadata lines (" date 2023-10"), whose
 * values go to `out`. `lang` is the article's language when known (may be
 * NULL); `from_html` says the text was already extracted from a page
 * (headline removed). Everything lives in `a`. Returns 0 or RCP_ENOMEM.
 */
int rcp__clean_text(const char *p, size_t n, const char *lang, int from_html,
                    rcp__arena *a, rcp__cleaned *out);

#endif
