/*
 * base.h - what every other part of recoupe stands on: the allocator,
 * arenas, capped growable buffers, vectors, hashing, a hash map and UTF-8.
 *
 * base/ depends on nothing else in src/ (the rule zstd keeps for
 * lib/common). Internal: names are rcp__*, not part of the public API.
 */
#ifndef RCP_BASE_H
#define RCP_BASE_H

#include "recoupe.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define RCP_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define RCP_MIN(a, b) ((a) < (b) ? (a) : (b))
#define RCP_MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__)
#define RCP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define RCP_LIKELY(x) __builtin_expect(!!(x), 1)
#define RCP_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* ask for the cache line of p ahead of its read (a hint: no effect on
 * what the program computes) */
#define RCP_PREFETCH(p) __builtin_prefetch(p)
/* a rarely taken path kept out of its caller (whose fast path then saves
 * fewer registers) */
#define RCP_NOINLINE __attribute__((noinline))
/* a hot path inlined where the compiler would call it (the word cache's
 * hit path: a call and its saved registers for every token) */
#define RCP_ALWAYS_INLINE __attribute__((always_inline))
#else
#define RCP_PRINTF(f, a)
#define RCP_LIKELY(x) (x)
#define RCP_UNLIKELY(x) (x)
#define RCP_PREFETCH(p) ((void)(p))
#define RCP_NOINLINE
#define RCP_ALWAYS_INLINE
#endif

/* ---- allocation (alloc.c): every byte the library takes goes here ---- */

void *rcp__malloc(size_t n);             /* NULL on failure or n == 0 */
void *rcp__calloc(size_t count, size_t n); /* zeroed; checks overflow */
void *rcp__realloc(void *p, size_t n);   /* n == 0 frees and returns NULL */
void rcp__free(void *p);                 /* accepts NULL */
char *rcp__strndup(const char *p, size_t n);
/* Ask for huge pages for p[0 .. n) when n >= RCP__HUGE_MIN, where the
 * system has them: for a block written whole and read at random (alloc.c;
 * rcp__calloc asks it of every such block). */
#define RCP__HUGE_MIN ((size_t)4 << 20)
void rcp__advise_huge(void *p, size_t n);

/* ---- arena (arena.c) ----
 * A bump allocator in chunks; everything is released at once by
 * rcp__arena_release. Per-article and per-story data lives in one. Returned
 * memory is 8-byte aligned and stays valid until the release. */
typedef struct rcp__arena_chunk rcp__arena_chunk;
typedef struct rcp__arena {
    rcp__arena_chunk *head;
    size_t used;  /* bytes handed out in head */
    size_t total; /* bytes held in all chunks */
    size_t chunk; /* the largest chunk it grows to; 0: 16 KB (an arena of
                     a process's life that grows to tens of MB sets it
                     larger, so that its chunks get huge pages) */
} rcp__arena;

void rcp__arena_init(rcp__arena *a);
void *rcp__arena_alloc(rcp__arena *a, size_t n);  /* NULL when out */
void *rcp__arena_zalloc(rcp__arena *a, size_t n); /* zeroed */
char *rcp__arena_strndup(rcp__arena *a, const char *p, size_t n);
void rcp__arena_release(rcp__arena *a);

/* ---- capped growable buffer (buf.c), as curl's dynbuf ----
 * Always NUL-terminated after the first successful add (p may be NULL
 * before). Adding past `max` fails with RCP_ETOOBIG and leaves the buffer
 * as it was. */
typedef struct rcp__buf {
    char *p;
    size_t len, cap, max;
} rcp__buf;

#define RCP__BUF_NOMAX ((size_t)-1 / 2)

void rcp__buf_init(rcp__buf *b, size_t max);
int rcp__buf_add(rcp__buf *b, const void *p, size_t n);
int rcp__buf_addc(rcp__buf *b, char c);
int rcp__buf_adds(rcp__buf *b, const char *s);
int rcp__buf_addf(rcp__buf *b, const char *fmt, ...) RCP_PRINTF(2, 3);
int rcp__buf_reserve(rcp__buf *b, size_t extra);
/* A JSON string literal, quotes included; invalid UTF-8 becomes U+FFFD. */
int rcp__buf_add_json(rcp__buf *b, const char *p, size_t n);
/* The same, or null when p is NULL. */
int rcp__buf_add_json_or_null(rcp__buf *b, const char *s);
void rcp__buf_reset(rcp__buf *b); /* len = 0, memory kept */
/* Hand the bytes over to the caller (free with rcp__free); buffer empty. */
char *rcp__buf_detach(rcp__buf *b, size_t *len);
/* The bytes into out[0..cap), as the public *_json functions give them:
 * *len = b->len, and out holds as much as fits with a NUL after it. */
void rcp__buf_copy_out(const rcp__buf *b, char *out, size_t cap, size_t *len);
void rcp__buf_release(rcp__buf *b);

/* ---- vectors ----
 * Grow *p (an array of elements of `size` bytes with room for *cap) to
 * room for `need`. Returns 0 or RCP_ENOMEM (the array is then unchanged). */
int rcp__grow(void *pp, size_t *cap, size_t need, size_t size);
#define RCP__PUSH(arr, n, cap)                                               \
    ((n) < (cap) || rcp__grow(&(arr), &(cap), (n) + 1, sizeof(*(arr))) == 0)

/* ---- union-find ----
 * The root of x in the forest p (p[r] == r at a root), halving the path
 * on the way. */
static inline uint32_t rcp__uf_root(uint32_t *p, uint32_t x)
{
    while (p[x] != x)
        x = p[x] = p[p[x]];
    return x;
}

/* ---- qsort comparators: ascending uint32_t / uint64_t (util.c) ---- */
int rcp__cmp_u32(const void *a, const void *b);
int rcp__cmp_u64(const void *a, const void *b);
/* Integers ascending, in place: qsort's result with the comparators
 * above, without a call per comparison (base/sort.h). */
void rcp__sort_u32(uint32_t *a, size_t n);
void rcp__sort_u64(uint64_t *a, size_t n);
/* Is x in a[0..n), sorted ascending? (bisection) */
#define RCP__DEFINE_HAS(name, T)                                             \
    static inline int name(const T *a, size_t n, T x)                        \
    {                                                                        \
        size_t lo = 0, hi = n;                                               \
        while (lo < hi) {                                                    \
            size_t m = lo + (hi - lo) / 2;                                   \
            if (a[m] < x)                                                    \
                lo = m + 1;                                                  \
            else                                                             \
                hi = m;                                                      \
        }                                                                    \
        return lo < n && a[lo] == x;                                         \
    }
RCP__DEFINE_HAS(rcp__has_u32, uint32_t)
RCP__DEFINE_HAS(rcp__has_u64, uint64_t)

/* ---- hashing (hash.c) ---- */
/* A key's 64-bit hash, never 0. The seed enters linearly: a key shorter
 * than 8 bytes is xored with it before the first multiply, so two seeds
 * that differ in a few bits give the same hash to keys that differ in
 * those bits ("a" under seed 0x15, "b" under 0x16). A fixed seed per
 * table is fine; where the seed varies at run time (a language, an
 * option, a file) and an answer is kept under the hash without the key
 * beside it, use rcp__hash_in. The function itself stays as it is: the
 * store keeps hashes of it (content ids) and the sketches are built on
 * it. */
uint64_t rcp__hash(const void *p, size_t n, uint64_t seed);
static inline uint64_t rcp__mix64(uint64_t x)
{ /* splitmix64's finaliser: a cheap bijective scramble */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}
/* A word's answer remembered by its hash (rcp_token.hnorm, or that hash
 * in a space): a direct-mapped table of n slots (a power of two) that
 * keeps the last key of each value of the hash's low bits, for the
 * passes asked of nearly every token whose answer depends on the form
 * alone. Slot m->h == h (h not 0) holds h's answer in m->v. */
typedef struct rcp__wmemo {
    uint64_t h;
    uint32_t v;
} rcp__wmemo;
static inline rcp__wmemo *rcp__wmemo_at(rcp__wmemo *m, size_t n, uint64_t h)
{
    return &m[h & (n - 1)];
}
/* The hash of key p[0..n) in a space (a language, options, a file):
 * keys of two spaces collide only by chance (2^-64 a pair), whatever
 * the spaces' bits. Never 0. */
static inline uint64_t rcp__hash_in(const void *p, size_t n, uint64_t space)
{
    uint64_t h = rcp__mix64(rcp__hash(p, n, 0) ^
                            rcp__mix64(space ^ 0x9e3779b97f4a7c15ULL));
    return h ? h : 1;
}

/* ---- hash map from 64-bit keys to 64-bit values (map.c) ----
 * Open addressing, linear probing. Key 0 is reserved (use rcp__hash, which
 * never returns 0 in practice; the map remaps 0 to 1). */
typedef struct rcp__mslot {
    uint64_t key, val; /* key 0: empty; together, one cache miss a probe */
} rcp__mslot;

typedef struct rcp__map {
    rcp__mslot *slot;
    size_t cap, n; /* cap is a power of two or 0 */
} rcp__map;

void rcp__map_init(rcp__map *m);
/* Pointer to the value of key, inserting 0 when absent; NULL when OOM. */
uint64_t *rcp__map_put(rcp__map *m, uint64_t key);
/* Room for n keys in all, so that the puts up to n grow nothing (a map
 * made and dropped per article: its doublings were a rehash each).
 * 0 or RCP_ENOMEM (m is then unchanged). */
int rcp__map_reserve(rcp__map *m, size_t n);
/* Pointer to the value of key, or NULL when absent. */
uint64_t *rcp__map_get(const rcp__map *m, uint64_t key);
/* Ask for the cache line where key's probe starts, ahead of a put or get
 * of it (a large map: a miss a lookup otherwise). */
static inline void rcp__map_prefetch(const rcp__map *m, uint64_t key)
{
    if (m->cap)
        RCP_PREFETCH(&m->slot[rcp__mix64(key ? key : 1) & (m->cap - 1)]);
}
void rcp__map_release(rcp__map *m);

/* ---- UTF-8 (util.c) ---- */

/* The index of the first byte at or after i that is not ASCII, or n. */
static inline size_t rcp__skip_ascii(const char *p, size_t n, size_t i)
{
    while (i + 8 <= n) { /* eight bytes at a time */
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < n && !((unsigned char)p[i] & 0x80))
        i++;
    return i;
}

/* Eight bytes at once (SWAR; w loaded little-endian): 0x80 in each byte
 * of the result that is an ASCII letter or digit, 0 elsewhere; the same
 * for the capitals A-Z in *upper. Words are mostly ASCII and short:
 * testing eight bytes in a dozen instructions beats a table lookup and a
 * branch per byte. No byte carries into the next (every sum stays under
 * 0x100). */
static inline uint64_t rcp__alnum8(uint64_t w, uint64_t *upper)
{
    const uint64_t H = 0x8080808080808080ULL, L = 0x0101010101010101ULL;
    uint64_t ascii = ~w & H, x = w & ~H, lo = x | (L * 0x20);
    uint64_t let = (lo + L * (0x80 - 'a')) & ~(lo + L * (0x7F - 'z'));
    uint64_t dig = (x + L * (0x80 - '0')) & ~(x + L * (0x7F - '9'));
    uint64_t up = (x + L * (0x80 - 'A')) & ~(x + L * (0x7F - 'Z'));
    *upper = up & ascii;
    return (let | dig) & ascii;
}

/* How many bytes of an rcp__alnum8 mask are set before the first clear
 * one in memory order (8 when all are). */
static inline size_t rcp__run8(uint64_t m)
{
    uint64_t stop = ~m & 0x8080808080808080ULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return stop ? (size_t)__builtin_clzll(stop) >> 3 : 8;
#else
    return stop ? (size_t)__builtin_ctzll(stop) >> 3 : 8;
#endif
}

/* Nonzero when one of the eight bytes of w is c (0x80 set in the byte,
 * and perhaps in the next ones: a test of the whole word, not of where).
 * The text writers skip eight plain bytes a test with it. */
static inline uint64_t rcp__has_byte8(uint64_t w, unsigned char c)
{
    const uint64_t H = 0x8080808080808080ULL, L = 0x0101010101010101ULL;
    uint64_t x = w ^ (L * c);
    return (x - L) & ~x & H;
}

/* Decode one code point from p[0..n). Returns its length in bytes (1-4)
 * and sets *cp; on an invalid or truncated sequence returns 1 and sets *cp
 * to -1. n must be >= 1. */
int rcp__utf8_decode(const char *p, size_t n, int32_t *cp);
/* Encode cp into out (room for 4); returns the length. */
int rcp__utf8_encode(int32_t cp, char *out);
/* 1 when p[0..n) is valid UTF-8; else 0 and *bad = offset of the first
 * invalid byte (bad may be NULL). Overlongs and surrogates are invalid. */
int rcp__utf8_valid(const char *p, size_t n, size_t *bad);

/* ---- errors (error.c) ---- */
/* Fill err (when not NULL) and return code. */
int rcp__fail(rcp_error *err, int code, const char *file, size_t line,
              size_t offset, const char *fmt, ...) RCP_PRINTF(6, 7);

/* ---- small string helpers ---- */
static inline int rcp__ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
/* 1 when p[0..n) ends with the NUL-terminated suffix, ASCII case folded */
int rcp__ends_with_ci(const char *p, size_t n, const char *suffix);

#endif /* RCP_BASE_H */
