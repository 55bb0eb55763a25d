/*
 * nlp.c - placeholder until entities, quotes and dates land: finds
 * nothing.
 */
#include "nlp.h"

int rcp__story_nlp_run(const rcp_doc *const *docs, size_t n, rcp__arena *a,
                       rcp__story_nlp *out)
{
    (void)docs, (void)n, (void)a;
    memset(out, 0, sizeof *out);
    return 0;
}
