/*
 * html.c - placeholder until the HTML extractor lands: every page is
 * reported as unsupported, by name, and skipped.
 */
#include "html.h"

int rcp__html_extract(const char *p, size_t n, rcp__arena *a, rcp__page *out,
                      rcp_error *err)
{
    (void)p, (void)n, (void)a;
    memset(out, 0, sizeof *out);
    return rcp__fail(err, RCP_EUNSUPPORTED, NULL, 0, 0,
                     "HTML input is not supported yet");
}
