/*
 * fuzz_txt.c - the text path: bytes as a .txt file (UTF-8 check,
 * normalisation, cleaning, language), then the cleaner alone on the
 * normalised text with every combination of its options, then the
 * article written as JSON.
 */
#include "ingest/clean.h"
#include "ingest/ingest.h"
#include "text/text.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    if (!null)
        null = fopen("/dev/null", "w");
    const char *p = (const char *)data;
    rcp_read_opts ro = {1 << 20, 0};
    rcp_article *a = NULL;
    rcp_error err;
    if (rcp__article_from_bytes("fuzz", RCP__KIND_TXT, p, size, "fuzz.txt",
                                &ro, &a, &err) == 0) {
        if (null)
            rcp_article_write_json(null, a);
        rcp_article_free(a);
    }
    if (!rcp__utf8_valid(p, size, NULL))
        return 0;
    rcp__buf norm;
    rcp__buf_init(&norm, 0);
    if (rcp__text_normalize(p, size, &norm) == 0) {
        static const char *const langs[] = {NULL, "fr", "en", "xx"};
        for (int k = 0; k < 8; k++) {
            rcp__arena ar;
            rcp__arena_init(&ar);
            rcp__cleaned c;
            rcp__clean_opts o = {langs[k & 3], k & 4 ? "Un titre connu" : NULL,
                                 k & 1};
            if (rcp__clean_article(norm.p ? norm.p : "", norm.len, &o, &ar,
                                   &c) == 0) {
                /* the output is never longer than the input, and valid */
                if (c.len > norm.len || !rcp__utf8_valid(c.text, c.len, NULL))
                    __builtin_trap();
            }
            rcp__arena_release(&ar);
        }
    }
    rcp__buf_release(&norm);
    return 0;
}
