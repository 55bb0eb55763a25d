/*
 * fuzz_warc.c - the WARC reader on arbitrary bytes, fed in chunks whose
 * size the first byte chooses, so that records, headers and chunked
 * bodies straddle every buffer boundary.
 */
#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct mem {
    const uint8_t *p;
    size_t n, pos, step;
} mem;

static long mem_read(void *ud, char *buf, size_t cap)
{
    mem *m = ud;
    size_t k = m->n - m->pos;
    if (k > cap)
        k = cap;
    if (k > m->step)
        k = m->step;
    memcpy(buf, m->p + m->pos, k);
    m->pos += k;
    return (long)k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    mem m = {data + 1, size - 1, 0, 1 + (size_t)data[0] * 7};
    size_t pre = m.n < 16 ? m.n : 16;
    m.pos = pre;
    rcp_read_opts ro = {1 << 16, 0};
    rcp__warc *w = rcp__warc_new(mem_read, &m, (const char *)m.p, pre, "fuzz",
                                 &ro);
    if (!w)
        return 0;
    rcp_article *a;
    rcp_error err;
    int rc, guard = 0;
    while ((rc = rcp__warc_next(w, &a, &err)) != 0 && guard++ < 100000)
        if (rc == 1)
            rcp_article_free(a);
    rcp__warc_free(w);
    return 0;
}
