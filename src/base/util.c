/*
 * util.c - error messages, hashing, the 64-bit hash map and UTF-8.
 */
#include "base.h"
#include "sort.h"

#include <stdio.h>

/* ---- errors ---- */

static const char *const messages[] = {
    "success",
#define MSG_(name, msg) msg,
    RCP_ERRNO_MAP(MSG_)
#undef MSG_
};

const char *rcp_strerror(int code)
{
    if (code > 0 || -code >= RCP__ERRNO_COUNT_)
        return "unknown error";
    return messages[-code];
}

int rcp__fail(rcp_error *err, int code, const char *file, size_t line,
              size_t offset, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->offset = offset;
    err->message[0] = 0;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* ---- hashing ----
 * A small 64-bit hash in the manner of wyhash/rapidhash: 8 bytes at a time,
 * 128-bit multiply-fold. Not cryptographic; keys are not adversarial enough
 * here for that to matter (a collision costs a wrong merge of two terms). */

static inline uint64_t rd64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t rd_tail(const unsigned char *p, size_t n)
{
    uint64_t v = 0;
    memcpy(&v, p, n);
    return v;
}

static inline uint64_t mum(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

int rcp__cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

int rcp__cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static inline int u32_before(const uint32_t *x, const uint32_t *y)
{
    return *x < *y;
}
static inline int u64_before(const uint64_t *x, const uint64_t *y)
{
    return *x < *y;
}
RCP__DEFINE_SORT(sort_u32, uint32_t, u32_before)
RCP__DEFINE_SORT(sort_u64, uint64_t, u64_before)

void rcp__sort_u32(uint32_t *a, size_t n)
{
    sort_u32(a, n);
}

void rcp__sort_u64(uint64_t *a, size_t n)
{
    sort_u64(a, n);
}

uint64_t rcp__hash(const void *data, size_t n, uint64_t seed)
{
    const unsigned char *p = data;
    const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
    uint64_t h = seed ^ k0 ^ (n * k1);
    while (n >= 8) {
        h = mum(h ^ rd64(p), k1);
        p += 8;
        n -= 8;
    }
    if (n)
        h = mum(h ^ rd_tail(p, n), k0 ^ n);
    h = rcp__mix64(h);
    return h ? h : 1;
}

/* ---- map ---- */

void rcp__map_init(rcp__map *m)
{
    memset(m, 0, sizeof *m);
}

static inline rcp__mslot *map_find(const rcp__map *m, uint64_t key)
{
    size_t mask = m->cap - 1, i = (size_t)rcp__mix64(key) & mask;
    while (m->slot[i].key && m->slot[i].key != key)
        i = (i + 1) & mask;
    return &m->slot[i];
}

/* out of line: rcp__map_put's common path (no resize) then saves no
 * registers (its prologue was a fifth of its instructions) */
static RCP_NOINLINE int map_resize(rcp__map *m, size_t cap)
{
    rcp__map n = {rcp__calloc(cap, sizeof *n.slot), cap, 0};
    if (!n.slot)
        return RCP_ENOMEM;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slot[i].key)
            continue;
        *map_find(&n, m->slot[i].key) = m->slot[i];
        n.n++;
    }
    rcp__map_release(m);
    *m = n;
    return 0;
}

uint64_t *rcp__map_put(rcp__map *m, uint64_t key)
{
    if (!key)
        key = 1;
    if ((m->n + 1) * 4 > m->cap * 3 &&
        map_resize(m, m->cap ? m->cap * 2 : 16))
        return NULL;
    rcp__mslot *k = map_find(m, key);
    if (!k->key) {
        k->key = key;
        k->val = 0;
        m->n++;
    }
    return &k->val;
}

int rcp__map_reserve(rcp__map *m, size_t n)
{
    if (n > SIZE_MAX / 8)
        return RCP_ENOMEM;
    size_t cap = m->cap; /* rcp__map_put's rule */
    if (n * 4 <= cap * 3)
        return 0;
    for (cap = cap ? cap * 2 : 16; n * 4 > cap * 3;)
        cap *= 2;
    return map_resize(m, cap);
}

uint64_t *rcp__map_get(const rcp__map *m, uint64_t key)
{
    if (!m->cap)
        return NULL;
    if (!key)
        key = 1;
    rcp__mslot *k = map_find(m, key);
    return k->key ? &k->val : NULL;
}

void rcp__map_release(rcp__map *m)
{
    rcp__free(m->slot);
    rcp__map_init(m);
}

/* ---- UTF-8 ---- */

int rcp__utf8_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    int len;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = -1;
        return 1;
    }
    if ((size_t)len > n) {
        *cp = -1;
        return 1;
    }
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = -1;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = -1;
        return 1;
    }
    *cp = v;
    return len;
}

int rcp__utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int rcp__utf8_valid(const char *p, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        i = rcp__skip_ascii(p, n, i);
        if (i >= n)
            break;
        int32_t cp;
        int l = rcp__utf8_decode(p + i, n - i, &cp);
        if (cp < 0) {
            if (bad)
                *bad = i;
            return 0;
        }
        i += (size_t)l;
    }
    return 1;
}

int rcp__ends_with_ci(const char *p, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    if (m > n)
        return 0;
    for (size_t i = 0; i < m; i++)
        if (rcp__ascii_lower((unsigned char)p[n - m + i]) !=
            rcp__ascii_lower((unsigned char)suffix[i]))
            return 0;
    return 1;
}
