/*
 * alloc.c - the one allocator of the library, and arenas on top of it.
 *
 * All memory goes through `cur`, so a test can install an allocator that
 * fails the Nth call (curl's torture tests) and check that every failure
 * path returns RCP_ENOMEM cleanly.
 */
#include "base.h"

#include <stdlib.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

static void *std_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    return realloc(p, n);
}

static void std_free(void *ud, void *p)
{
    (void)ud;
    free(p);
}

static const rcp_allocator std_alloc = {std_realloc, std_free, NULL};
static rcp_allocator cur = {std_realloc, std_free, NULL};

void rcp_set_allocator(const rcp_allocator *a)
{
    cur = a ? *a : std_alloc;
}

/*
 * A zeroed block of RCP__HUGE_MIN bytes or more is a table of the
 * clusterer's size (the word cache, the terms map, the graph's tables by
 * term and by article at a million articles): read at random, each read
 * a TLB miss on 4 KB pages and a page walk that misses the caches too.
 * Linux backs the 2 MB-aligned part of it with huge pages when asked (the
 * system's THP mode "madvise", Debian's default). A block written whole
 * costs no more memory on them; a block that grows (rcp__grow) or is
 * reserved at a bound is written in part, so it is not asked: on the
 * hostile million those blocks' last huge pages added 12 MB at the 2 GB
 * line. What it changes is the pages, never the bytes.
 */
void rcp__advise_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t H = (uintptr_t)2 << 20;
    uintptr_t lo = ((uintptr_t)p + H - 1) & ~(H - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(H - 1);
    if (n >= RCP__HUGE_MIN && hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE); /* a hint */
#else
    (void)p;
    (void)n;
#endif
}

void *rcp__malloc(size_t n)
{
    return n ? cur.realloc(cur.ud, NULL, n) : NULL;
}

void *rcp__calloc(size_t count, size_t n)
{
    if (n && count > (size_t)-1 / n)
        return NULL;
    void *p = rcp__malloc(count * n);
    if (p) {
        rcp__advise_huge(p, count * n); /* before the pages are touched */
        memset(p, 0, count * n);
    }
    return p;
}

void *rcp__realloc(void *p, size_t n)
{
    if (n == 0) {
        rcp__free(p);
        return NULL;
    }
    return cur.realloc(cur.ud, p, n);
}

void rcp__free(void *p)
{
    if (p)
        cur.free(cur.ud, p);
}

char *rcp__strndup(const char *p, size_t n)
{
    char *s = rcp__malloc(n + 1);
    if (s) {
        if (n)
            memcpy(s, p, n);
        s[n] = 0;
    }
    return s;
}

int rcp__grow(void *pp, size_t *cap, size_t need, size_t size)
{
    void **p = pp;
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > (size_t)-1 / 2 / size)
            return RCP_ENOMEM;
        c *= 2;
    }
    void *q = rcp__realloc(*p, c * size);
    if (!q)
        return RCP_ENOMEM;
    *p = q;
    *cap = c;
    return 0;
}

/*
 * Arena: a list of chunks, newest first. A request larger than a quarter
 * of the usual chunk gets a chunk of its own, so big blocks waste nothing.
 * Chunks start at ARENA_FIRST bytes and double up to ARENA_CHUNK, so that
 * an arena holding little (one short article among 10,000 kept in memory)
 * takes little: a 16 KB first chunk made 1.3 KB articles cost 16 KB each.
 */
#define ARENA_CHUNK 16384
#define ARENA_FIRST 1024

struct rcp__arena_chunk {
    rcp__arena_chunk *next;
    size_t size;
    max_align_t data[]; /* aligned storage */
};

void rcp__arena_init(rcp__arena *a)
{
    a->head = NULL;
    a->used = 0;
    a->total = 0;
    a->chunk = 0;
}

void *rcp__arena_alloc(rcp__arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    if (a->head && a->head->size - a->used >= n) {
        void *p = (char *)a->head->data + a->used;
        a->used += n;
        return p;
    }
    int big = n > ARENA_CHUNK / 4;
    size_t size = n;
    if (!big) { /* the next chunk: twice the current one, up to the usual */
        size = a->head ? 2 * a->head->size : ARENA_FIRST;
        size = RCP_MAX(RCP_MIN(size, a->chunk ? a->chunk : ARENA_CHUNK), n);
    }
    if (size > (size_t)-1 - sizeof(rcp__arena_chunk))
        return NULL;
    rcp__arena_chunk *c = rcp__malloc(sizeof(*c) + size);
    if (!c)
        return NULL;
    if (a->chunk) /* chunks filled whole, but the last */
        rcp__advise_huge(c, sizeof(*c) + size);
    c->size = size;
    a->total += size;
    if (big && a->head) {
        /* a big block: keep filling the current chunk afterwards */
        c->next = a->head->next;
        a->head->next = c;
        return c->data;
    }
    c->next = a->head;
    a->head = c;
    a->used = n;
    return c->data;
}

void *rcp__arena_zalloc(rcp__arena *a, size_t n)
{
    void *p = rcp__arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *rcp__arena_strndup(rcp__arena *a, const char *p, size_t n)
{
    char *s = rcp__arena_alloc(a, n + 1);
    if (s) {
        if (n)
            memcpy(s, p, n);
        s[n] = 0;
    }
    return s;
}

void rcp__arena_release(rcp__arena *a)
{
    rcp__arena_chunk *c = a->head;
    while (c) {
        rcp__arena_chunk *next = c->next;
        rcp__free(c);
        c = next;
    }
    size_t chunk = a->chunk; /* a setting, kept */
    rcp__arena_init(a);
    a->chunk = chunk;
}
