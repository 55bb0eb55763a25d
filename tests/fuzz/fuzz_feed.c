/*
 * fuzz_feed.c - the RSS and Atom reader on arbitrary bytes: sniffing, the
 * XML pull parse, dates, every item through extraction and cleaning.
 */
#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    (void)rcp__feed_sniff(p, size);
    char date[80];
    char small[96];
    size_t k = size < sizeof small - 1 ? size : sizeof small - 1;
    memcpy(small, p, k);
    small[k] = 0;
    rcp__feed_date(small, date, sizeof date);
    rcp_read_opts ro = {1 << 16, 0};
    rcp__feed_item *items;
    size_t n;
    rcp_error err;
    if (rcp__feed_read(p, size, "fuzz", "fuzz", &ro, &items, &n, &err) == 0) {
        for (size_t i = 0; i < n; i++)
            rcp_article_free(items[i].a);
        rcp__free(items);
    }
    return 0;
}
