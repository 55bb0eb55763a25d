/* fuzz_html.c - libFuzzer target for rcp__html_extract: any bytes must
 * give 0 with valid UTF-8 text, or RCP_EHTML, never a crash or a hang. */
#include "ingest/html.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__page pg;
    rcp_error err;
    int rc = rcp__html_extract((const char *)data, size, &a, &pg, &err);
    if (rc == 0) {
        if (!pg.text || strlen(pg.text) != pg.text_len ||
            !rcp__utf8_valid(pg.text, pg.text_len, NULL))
            abort();
        const char *f[] = {pg.title, pg.date, pg.author, pg.lang, pg.url};
        for (size_t i = 0; i < 5; i++)
            if (f[i] && !rcp__utf8_valid(f[i], strlen(f[i]), NULL))
                abort();
    } else if (rc != RCP_EHTML && rc != RCP_ENOMEM) {
        abort();
    }
    rcp__arena_release(&a);
    return 0;
}
