/*
 * nlp.c - the story analysis: who is named, who is quoted, and when.
 *
 * One pass per part, over all the docs of the story together, so that
 * what one article says (le porte-parole du Kremlin, Dmitri Peskov)
 * explains another (a précisé le porte-parole du Kremlin):
 *   1. entities.c finds the names and groups their spellings;
 *   2. quotes.c finds the quotations and their speakers among them;
 *   3. dates.c finds the dates and makes them absolute.
 * Everything returned lives in the caller's arena; the working tables are
 * freed before returning.
 */
#include "analysis/nlp_priv.h"

int rcp__story_nlp_run(const rcp_doc *const *docs, size_t n, rcp__arena *a,
                       rcp__story_nlp *out)
{
    memset(out, 0, sizeof *out);
    int rc = rcp__lex_init();
    if (rc)
        return rc;
    rcp__nlp_ctx c;
    memset(&c, 0, sizeof c);
    c.docs = docs;
    c.n = n;
    c.a = a;
    c.out = out;
    if ((rc = rcp__nlp_entities(&c)) || (rc = rcp__nlp_quotes(&c)) ||
        (rc = rcp__nlp_dates(&c)))
        memset(out, 0, sizeof *out);
    rcp__free(c.m);
    return rc;
}
