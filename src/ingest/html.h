/*
 * html.h - the article inside a web page: main text and metadata.
 */
#ifndef RCP_HTML_H
#define RCP_HTML_H

#include "base/base.h"

typedef struct rcp__page {
    /* NUL-terminated, in the arena; NULL when unknown */
    const char *title, *date, *author, *lang, *url;
    /* main text, paragraphs separated by '\n', valid UTF-8 */
    const char *text;
    size_t text_len;
} rcp__page;

/*
 * Extract the article of one page (raw bytes, any charset). Everything
 * lives in `a`. Returns 0; RCP_EHTML when the page holds no article
 * (err->message says why); RCP_ENOMEM. err may be NULL.
 */
int rcp__html_extract(const char *p, size_t n, rcp__arena *a, rcp__page *out,
                      rcp_error *err);

#endif
