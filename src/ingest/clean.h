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
    /* Each NULL when not found; NUL-terminated, in the arena. */
    const char *title;  /* a headline found at the top, or a "title:" line */
    const char *date;   /* ISO 8601 from a metadata line ("2023-10") */
    const char *author; /* from an "author:" or "Par X" line at the top */
    const char *source; /* from a "source:" line at the top */
    const char *url;    /* from a "url:" line at the top */
} rcp__cleaned;

typedef struct rcp__clean_opts {
    const char *lang;  /* the article's language when known, else NULL */
    const char *title; /* the title when already known (a line repeating
                          it is dropped, no other headline is taken) */
    int from_html;     /* the text came out of a page: its headline was
                          already taken, none is looked for */
} rcp__clean_opts;

/*
 * Clean a normalised text (rcp__text_normalize: NFC, LF line ends, one LF
 * between paragraphs): drop boilerplate paragraphs (newsletter sign-ups,
 * share prompts, "read more" links, comment counters, source links, photo
 * credits and captions, URL slugs, cookie/javascript notices, section
 * labels), paragraphs and sentences repeated inside the article, and
 * metadata lines (" date 2023-10"), whose values go to `out`. A headline
 * at the top goes to out->title and out of the text. opts may be NULL.
 * Everything `out` points to lives in `a`; p need not outlive the call.
 * Returns 0 or RCP_ENOMEM. The rules are in clean.c ("how it works").
 */
int rcp__clean_article(const char *p, size_t n, const rcp__clean_opts *opts,
                       rcp__arena *a, rcp__cleaned *out);

/* The same with only a language and the from_html flag. */
int rcp__clean_text(const char *p, size_t n, const char *lang, int from_html,
                    rcp__arena *a, rcp__cleaned *out);

#endif
