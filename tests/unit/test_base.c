/* test_base.c - arena, buffers, map, hashing, UTF-8, error table. */
#include "base/base.h"
#include "base/sort.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TEST(strerror_matches_table)
{
    CHECK_STR(rcp_strerror(RCP_OK), "success");
    CHECK_STR(rcp_strerror(RCP_ENOMEM), "out of memory");
    CHECK_STR(rcp_strerror(RCP_EUTF8), "invalid UTF-8");
    CHECK_STR(rcp_strerror(RCP_EFORMAT), "unrecognised input format");
    CHECK_STR(rcp_strerror(-999), "unknown error");
    CHECK_STR(rcp_strerror(5), "unknown error");
}

TEST(arena_aligns_and_holds_big_blocks)
{
    rcp__arena a;
    rcp__arena_init(&a);
    char *s = rcp__arena_strndup(&a, "abc", 3);
    CHECK_STR(s, "abc");
    void *big = rcp__arena_alloc(&a, 100000);
    CHECK(big != NULL);
    memset(big, 1, 100000);
    void *p = rcp__arena_alloc(&a, 3);
    CHECK(((uintptr_t)p & 7) == 0);
    CHECK_STR(s, "abc");
    rcp__arena_release(&a);
    CHECK(a.head == NULL);
}

/* An arena's chunks double from 1 KB up to its `chunk` setting (16 KB
 * when 0); the setting outlives a release. total: the bytes of its chunks
 * after `pieces` allocations of 64 bytes (64 divides every chunk). */
TEST(arena_chunks_grow_to_the_setting)
{
    static const struct {
        size_t chunk, pieces, total;
    } rows[] = {
        {0, 16, 1024},                        /* one first chunk */
        {0, 1600, 31744 + 5 * 16384},         /* 1K .. 16K, then 16K each */
        {65536, 1600, 130048},                /* 1K .. 64K */
        {1 << 20, 20000, 2047 * 1024},        /* 1K .. 1M */
        {1 << 20, 40000, 2047 * 1024 + 1048576}, /* then 1M each */
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp__arena a;
        rcp__arena_init(&a);
        a.chunk = rows[r].chunk;
        for (int round = 0; round < 2; round++) { /* again after a release */
            for (size_t i = 0; i < rows[r].pieces; i++)
                CHECK(rcp__arena_alloc(&a, 64) != NULL);
            CHECK_INT(a.total, rows[r].total);
            rcp__arena_release(&a);
            CHECK_INT(a.chunk, rows[r].chunk);
        }
    }
}

#if defined(__linux__)
/* Does the mapping that holds address p carry the huge-page advice (the
 * "hg" of its VmFlags in /proc/self/smaps)? -1: no such mapping. */
static int advised_huge(uintptr_t p)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    if (!f)
        return -1;
    char line[512];
    int in = 0, found = -1;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi; /* a mapping's line: "lo-hi perms ...";
                                 its fields' lines start with a capital */
        if ((line[0] >= '0' && line[0] <= '9') ||
            (line[0] >= 'a' && line[0] <= 'f')) {
            in = sscanf(line, "%lx-%lx", &lo, &hi) == 2 && p >= lo && p < hi;
            continue;
        }
        if (in && strncmp(line, "VmFlags:", 8) == 0) {
            found = strstr(line, " hg") != NULL;
            break;
        }
    }
    fclose(f);
    return found;
}
#endif

/* A zeroed block (rcp__calloc) of RCP__HUGE_MIN bytes or more, or an
 * arena's chunk of that size when the arena sets its chunks' size, is
 * advised huge pages on its 2 MB-aligned part; a smaller one, or one from
 * rcp__malloc or rcp__realloc (written in part, maybe), is not. Checked
 * at the block's first 2 MB boundary, where the system has transparent
 * huge pages. */
TEST(zeroed_big_blocks_are_advised_huge_pages)
{
#if defined(__linux__)
    FILE *thp = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!thp)
        return; /* a kernel without them: the advice is refused */
    fclose(thp);
    static const struct {
        int how; /* 0 malloc, 1 calloc, 2 realloc from a small block,
                    3 an arena of 8 MB chunks, 4 an arena of 16 KB ones */
        size_t n;
        int huge;
    } rows[] = {
        /* the blocks not advised first: an advised block's memory keeps
         * the advice when the C library hands it out again */
        {1, 1 << 20, 0},
        {1, RCP__HUGE_MIN - 4096, 0},
        {0, (size_t)16 << 20, 0},
        {2, (size_t)16 << 20, 0},
        {3, RCP__HUGE_MIN - 4096, 0},
        {4, (size_t)16 << 20, 0},
        {1, RCP__HUGE_MIN, 1},
        {1, (size_t)64 << 20, 1},
        {3, (size_t)16 << 20, 1},
    };
    const uintptr_t H = (uintptr_t)2 << 20;
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        size_t n = rows[r].n;
        rcp__arena a;
        rcp__arena_init(&a);
        a.chunk = rows[r].how == 3 ? (size_t)8 << 20 : 0;
        char *p = rows[r].how == 0   ? rcp__malloc(n)
                  : rows[r].how == 1 ? rcp__calloc(n / 8, 8)
                  : rows[r].how == 2 ? rcp__realloc(rcp__malloc(64), n)
                                     : rcp__arena_alloc(&a, n);
        CHECK(p != NULL);
        if (!p)
            continue;
        uintptr_t at = ((uintptr_t)p + H - 1) & ~(H - 1);
        if (at + H <= (uintptr_t)p + n) { /* a whole 2 MB page inside */
            memset(p, 1, n);
            int got = advised_huge(at);
            if (got != rows[r].huge)
                fprintf(stderr, "row %zu: %d\n", r, got);
            CHECK(got == rows[r].huge);
        }
        if (rows[r].how < 3)
            rcp__free(p);
        rcp__arena_release(&a);
    }
#endif
}

TEST(buf_caps_growth)
{
    rcp__buf b;
    rcp__buf_init(&b, 10);
    CHECK_INT(rcp__buf_adds(&b, "0123456789"), 0);
    CHECK_INT(rcp__buf_addc(&b, 'x'), RCP_ETOOBIG);
    CHECK_INT(b.len, 10);
    CHECK_STR(b.p, "0123456789");
    rcp__buf_release(&b);
}

/* rcp__buf_addf writes %s, %u, %d, %zu, %lu, %ld and %% itself: what
 * snprintf writes, with the rest of the buffer kept when it fails */
TEST(buf_addf_matches_snprintf)
{
    static const long vals[] = {0, 7, -7, 10, 99, 100, -2147483647L - 1,
                                2147483647L, 4294967295L, -1};
    char want[256];
    for (size_t i = 0; i < RCP_ARRAY_SIZE(vals); i++) {
        long v = vals[i];
        rcp__buf b;
        rcp__buf_init(&b, 0);
        CHECK_INT(rcp__buf_addf(&b, "a%ub%dc%zu%%%lu,%ld %s|", (unsigned)v,
                                (int)v, (size_t)v, (unsigned long)v, v, "x"),
                  0);
        snprintf(want, sizeof want, "a%ub%dc%zu%%%lu,%ld %s|", (unsigned)v,
                 (int)v, (size_t)v, (unsigned long)v, v, "x");
        CHECK_STR(b.p, want);
        /* a conversion it does not write itself goes to vsnprintf */
        CHECK_INT(rcp__buf_addf(&b, "%04x%5s%.2f", (unsigned)v & 0xffff, "y",
                                1.5),
                  0);
        size_t n = strlen(want);
        snprintf(want + n, sizeof want - n, "%04x%5s%.2f",
                 (unsigned)v & 0xffff, "y", 1.5);
        CHECK_STR(b.p, want);
        rcp__buf_release(&b);
    }
    rcp__buf b;
    rcp__buf_init(&b, 8);
    CHECK_INT(rcp__buf_adds(&b, "abc"), 0);
    CHECK_INT(rcp__buf_addf(&b, "%s%u", "defgh", 12u), RCP_ETOOBIG);
    CHECK_INT(b.len, 3);
    CHECK_STR(b.p, "abc");
    rcp__buf_release(&b);
}

/* JSON string escaping: input -> expected literal */
static const struct {
    const char *in, *out;
} json_cases[] = {
    {"plain", "\"plain\""},
    {"a\"b\\c", "\"a\\\"b\\\\c\""},
    {"l\ni\tne\x01", "\"l\\ni\\tne\\u0001\""},
    {"caf\xC3\xA9", "\"caf\xC3\xA9\""},
    {"bad\xFFutf", "\"bad\xEF\xBF\xBDutf\""},
    {"sep\xE2\x80\xA8", "\"sep\\u2028\""},
    /* past eight plain bytes (tested eight at a time): each kind of
     * byte written otherwise, at the start, inside and at the end of a
     * block of eight, and UTF-8 across a block's end */
    {"abcdefgh\"ijklmnop", "\"abcdefgh\\\"ijklmnop\""},
    {"abcdefghijklmno\\", "\"abcdefghijklmno\\\\\""},
    {"abcdefghijk\x1fmnop", "\"abcdefghijk\\u001fmnop\""},
    {"abcdefghijk mnop~\x7f", "\"abcdefghijk mnop~\x7f\""},
    {"abcdefg\xC3\xA9hijklmn\xE2\x82\xACopq",
     "\"abcdefg\xC3\xA9hijklmn\xE2\x82\xACopq\""},
    {"abcdefgh\xC3", "\"abcdefgh\xEF\xBF\xBD\""},
    {"abcdefgh\xC3(ijklmnop", "\"abcdefgh\xEF\xBF\xBD(ijklmnop\""},
    {"abcdefghijklmn\xE2\x80\xA9", "\"abcdefghijklmn\\u2029\""},
    {"abcdefghijklmnopqrstuvwxyz0123456789",
     "\"abcdefghijklmnopqrstuvwxyz0123456789\""},
};

TEST(buf_json_escapes)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(json_cases); i++) {
        rcp__buf b;
        rcp__buf_init(&b, 0);
        rcp__buf_add_json(&b, json_cases[i].in, strlen(json_cases[i].in));
        CHECK_STR(b.p, json_cases[i].out);
        rcp__buf_release(&b);
    }
}

/* Every byte at every place of two blocks of eight plain bytes is
 * written as it is alone (ASCII from 0x20 but '"' and '\\'), escaped
 * (the others below 0x80), or as U+FFFD (a byte from 0x80 alone). */
TEST(buf_json_every_byte_everywhere)
{
    for (int c = 1; c < 256; c++)
        for (size_t at = 0; at < 16; at++) {
            char in[17] = "abcdefghijklmnop", want[32];
            in[at] = (char)c;
            size_t k = 0;
            want[k++] = '"';
            memcpy(want + k, in, at), k += at;
            if (c >= 0x80) {
                memcpy(want + k, "\xEF\xBF\xBD", 3), k += 3;
            } else if (c == '"' || c == '\\') {
                want[k++] = '\\', want[k++] = (char)c;
            } else if (c < 0x20) {
                const char *e = c == '\n'   ? "\\n"
                                : c == '\r' ? "\\r"
                                : c == '\t' ? "\\t"
                                : c == '\b' ? "\\b"
                                : c == '\f' ? "\\f"
                                            : NULL;
                if (e)
                    memcpy(want + k, e, 2), k += 2;
                else
                    k += (size_t)snprintf(want + k, 7, "\\u%04x", c);
            } else {
                want[k++] = (char)c;
            }
            memcpy(want + k, in + at + 1, 15 - at), k += 15 - at;
            want[k++] = '"';
            want[k] = 0;
            rcp__buf b;
            rcp__buf_init(&b, 0);
            rcp__buf_add_json(&b, in, 16);
            CHECK_STR(b.p, want);
            rcp__buf_release(&b);
        }
}

/* rcp__has_byte8 finds any byte value at any of the eight places,
 * beside any other byte, and nothing where it is not. */
TEST(has_byte8_every_byte_everywhere)
{
    static const unsigned char fill[] = {0x00, 0x01, 0x41, 0x7f, 0x80, 0xff};
    for (int c = 0; c < 256; c++)
        for (size_t f = 0; f < sizeof fill; f++)
            for (int at = -1; at < 8; at++) {
                unsigned char b[8];
                memset(b, fill[f], 8);
                if (at >= 0)
                    b[at] = (unsigned char)c;
                uint64_t w;
                memcpy(&w, b, 8);
                int want = at >= 0 || fill[f] == c;
                CHECK_INT(rcp__has_byte8(w, (unsigned char)c) != 0, want);
            }
}

/* rcp__hash_in: keys of two spaces whose bits differ as the keys' do
 * (what rcp__hash's linear seed gives the same hash) stay apart; the
 * same key in the same space keeps its hash. */
static const struct {
    const char *a;
    uint64_t sa;
    const char *b;
    uint64_t sb;
} hash_in_rows[] = {
    {"a", 21, "b", 22},           /* a language by a small number */
    {"dog", 'e', "gog", 'f'},     /* a language by its first letter */
    {"tie", 0x1000, "tie", 0x1018}, /* one word in two files 24 apart */
    {"", 1, "", 2},
};

TEST(hash_in_keeps_spaces_apart)
{
    for (size_t i = 0; i < sizeof hash_in_rows / sizeof *hash_in_rows; i++) {
        const char *a = hash_in_rows[i].a, *b = hash_in_rows[i].b;
        uint64_t ha = rcp__hash_in(a, strlen(a), hash_in_rows[i].sa);
        uint64_t hb = rcp__hash_in(b, strlen(b), hash_in_rows[i].sb);
        CHECK(ha != hb);
        CHECK(ha != 0 && hb != 0);
        CHECK(ha == rcp__hash_in(a, strlen(a), hash_in_rows[i].sa));
    }
    /* what the rows guard against: the seed alone lets them meet */
    CHECK(rcp__hash("a", 1, 21) == rcp__hash("b", 1, 22));
}

TEST(map_put_get_grow)
{
    rcp__map m;
    rcp__map_init(&m);
    for (uint64_t k = 0; k < 1000; k++)
        *rcp__map_put(&m, rcp__hash(&k, 8, 0)) = k + 1;
    CHECK_INT(m.n, 1000);
    int bad = 0;
    for (uint64_t k = 0; k < 1000; k++) {
        uint64_t *v = rcp__map_get(&m, rcp__hash(&k, 8, 0));
        bad += !v || *v != k + 1;
    }
    CHECK_INT(bad, 0);
    uint64_t k = 5000;
    CHECK(rcp__map_get(&m, rcp__hash(&k, 8, 0)) == NULL);
    rcp__map_release(&m);
}

/* rcp__map_reserve: keys put first (before), room asked for (n), keys
 * put after it (after); the capacity the reserve gives (cap), which the
 * puts up to n keep, and the earlier keys still found. */
static const struct {
    size_t before, n, after, cap;
} reserve_cases[] = {
    {0, 0, 0, 0},    {0, 12, 12, 16},    {0, 13, 13, 32},
    {0, 100, 100, 256}, {0, 96, 96, 128}, {5, 1000, 995, 2048},
    {200, 10, 0, 512}, /* room already there: nothing changes */
};

TEST(map_reserve_table)
{
    for (size_t i = 0; i < sizeof reserve_cases / sizeof reserve_cases[0];
         i++) {
        rcp__map m;
        rcp__map_init(&m);
        uint64_t k = 1;
        for (; k <= reserve_cases[i].before; k++)
            *rcp__map_put(&m, rcp__hash(&k, 8, 0)) = k;
        size_t before_cap = m.cap;
        CHECK_INT(rcp__map_reserve(&m, reserve_cases[i].n), 0);
        CHECK_INT(m.cap, reserve_cases[i].cap);
        if (reserve_cases[i].n <= reserve_cases[i].before)
            CHECK_INT(m.cap, before_cap);
        for (size_t j = 0; j < reserve_cases[i].after; j++, k++)
            *rcp__map_put(&m, rcp__hash(&k, 8, 0)) = k;
        CHECK_INT(m.cap, reserve_cases[i].cap);
        int bad = 0;
        for (uint64_t q = 1; q < k; q++) {
            uint64_t *v = rcp__map_get(&m, rcp__hash(&q, 8, 0));
            bad += !v || *v != q;
        }
        CHECK_INT(bad, 0);
        rcp__map_release(&m);
    }
    rcp__map m;
    rcp__map_init(&m);
    CHECK_INT(rcp__map_reserve(&m, SIZE_MAX / 4), RCP_ENOMEM);
    CHECK(m.cap == 0 && m.slot == NULL);
}

/* rcp__sort_u32/u64 against qsort: sizes around the insertion-sort
 * cut (16) and the heapsort fallback, with and without repeats */
static const struct {
    size_t n;
    unsigned mod; /* values below it: 0 = any */
} sort_cases[] = {{0, 0}, {1, 0}, {2, 3}, {16, 0}, {17, 5},
                  {100, 2}, {1000, 0}, {1000, 7}, {5000, 1}};

TEST(sort_u32_u64_match_qsort)
{
    uint64_t x = 88172645463325252ULL;
    for (size_t c = 0; c < RCP_ARRAY_SIZE(sort_cases); c++) {
        size_t n = sort_cases[c].n;
        uint64_t *a = rcp__malloc((n + 1) * sizeof *a);
        uint64_t *b = rcp__malloc((n + 1) * sizeof *b);
        uint32_t *p = rcp__malloc((n + 1) * sizeof *p);
        uint32_t *q = rcp__malloc((n + 1) * sizeof *q);
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17; /* xorshift */
            a[i] = b[i] = sort_cases[c].mod ? x % sort_cases[c].mod : x;
            p[i] = q[i] = (uint32_t)a[i] ^ (uint32_t)(x >> 40);
        }
        if (c == 6) /* already in order, then reversed: the bad cases */
            for (size_t i = 0; i < n; i++)
                a[i] = b[i] = n - i, p[i] = q[i] = (uint32_t)i;
        rcp__sort_u64(a, n);
        qsort(b, n, sizeof *b, rcp__cmp_u64);
        rcp__sort_u32(p, n);
        qsort(q, n, sizeof *q, rcp__cmp_u32);
        CHECK(n == 0 || memcmp(a, b, n * sizeof *a) == 0);
        CHECK(n == 0 || memcmp(p, q, n * sizeof *p) == 0);
        rcp__free(a);
        rcp__free(b);
        rcp__free(p);
        rcp__free(q);
    }
}

/* RCP__DEFINE_STABLE_SORT gives qsort's order (glibc's merge sort is
 * stable) with a predicate that leaves ties: pairs sorted by their key
 * alone keep the order of their tags within a key, at every size the
 * merge meets (insertion runs of 16, the stack buffer of 64, the heap
 * past it), keys in order, reversed or few. */
typedef struct {
    uint32_t key, tag;
} sortpair;
static inline int pair_key_before(const sortpair *a, const sortpair *b)
{
    return a->key < b->key;
}
RCP__DEFINE_STABLE_SORT(pair_sort, sortpair, pair_key_before)
static int cmp_pair_key(const void *p, const void *q)
{
    const sortpair *a = p, *b = q;
    return (a->key > b->key) - (a->key < b->key);
}

TEST(stable_sort_matches_qsort)
{
    uint64_t x = 88172645463325252ULL;
    for (size_t c = 0; c < RCP_ARRAY_SIZE(sort_cases); c++)
        for (int shape = 0; shape < 3; shape++) {
            size_t n = sort_cases[c].n;
            sortpair *a = rcp__malloc((n + 1) * sizeof *a);
            sortpair *b = rcp__malloc((n + 1) * sizeof *b);
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17; /* xorshift */
                uint32_t k = sort_cases[c].mod ? (uint32_t)(x % sort_cases[c].mod)
                                               : (uint32_t)(x % 40);
                if (shape == 1) /* in order */
                    k = (uint32_t)(i / 3);
                else if (shape == 2) /* reversed */
                    k = (uint32_t)((n - i) / 3);
                a[i] = b[i] = (sortpair){k, (uint32_t)i};
            }
            pair_sort(a, n);
            qsort(b, n, sizeof *b, cmp_pair_key);
            CHECK(n == 0 || memcmp(a, b, n * sizeof *a) == 0);
            for (size_t i = 1; i < n; i++)
                CHECK(a[i - 1].key < a[i].key ||
                      (a[i - 1].key == a[i].key && a[i - 1].tag < a[i].tag));
            rcp__free(a);
            rcp__free(b);
        }
}

TEST(hash_depends_on_every_byte)
{
    CHECK(rcp__hash("abcdefghij", 10, 0) != rcp__hash("abcdefghik", 10, 0));
    CHECK(rcp__hash("a", 1, 0) != rcp__hash("a", 1, 1));
    CHECK(rcp__hash("", 0, 0) != 0);
}

/* UTF-8 validity: bytes, valid?, offset of first bad byte */
static const struct {
    const char *s;
    int valid;
    size_t bad;
} utf8_cases[] = {
    {"hello", 1, 0},
    {"\xC3\xA9t\xC3\xA9", 1, 0},
    {"\xF0\x9F\x98\x80", 1, 0},
    {"ab\xC0\xAF", 0, 2},         /* overlong */
    {"\xED\xA0\x80", 0, 0},       /* surrogate */
    {"abcdefgh\xE2\x82", 0, 8},   /* truncated */
    {"\xF4\x90\x80\x80", 0, 0},   /* > U+10FFFF */
    {"0123456789\xFF", 0, 10},
};

TEST(utf8_validation_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(utf8_cases); i++) {
        size_t bad = 0;
        int v = rcp__utf8_valid(utf8_cases[i].s, strlen(utf8_cases[i].s), &bad);
        CHECK_INT(v, utf8_cases[i].valid);
        if (!v)
            CHECK_INT(bad, utf8_cases[i].bad);
    }
}

TEST(utf8_encode_decode_roundtrip)
{
    int32_t cps[] = {0x41, 0xE9, 0x20AC, 0x1F600, 0x10FFFF};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(cps); i++) {
        char b[4];
        int32_t back;
        int n = rcp__utf8_encode(cps[i], b);
        CHECK_INT(rcp__utf8_decode(b, (size_t)n, &back), n);
        CHECK_INT(back, cps[i]);
    }
}

/* The allocator hook: fail every allocation, everything reports ENOMEM. */
static void *failing_realloc(void *ud, void *p, size_t n)
{
    (void)ud, (void)p, (void)n;
    return NULL;
}
static void failing_free(void *ud, void *p)
{
    (void)ud, (void)p;
}

TEST(allocator_hook_failures_are_reported)
{
    rcp_allocator fail = {failing_realloc, failing_free, NULL};
    rcp_set_allocator(&fail);
    rcp__buf b;
    rcp__buf_init(&b, 0);
    int rc = rcp__buf_adds(&b, "x");
    rcp__arena a;
    rcp__arena_init(&a);
    void *p = rcp__arena_alloc(&a, 10);
    rcp__map m;
    rcp__map_init(&m);
    uint64_t *v = rcp__map_put(&m, 42);
    rcp_set_allocator(NULL);
    CHECK_INT(rc, RCP_ENOMEM);
    CHECK(p == NULL);
    CHECK(v == NULL);
}

/* rcp__alnum8 and rcp__run8 against the byte-wise definitions: every byte
 * value at every place of the eight, the others a letter or a space. */
TEST(alnum8_matches_bytes)
{
    for (int fill = 0; fill < 2; fill++)
        for (int place = 0; place < 8; place++)
            for (int v = 0; v < 256; v++) {
                unsigned char b[8];
                memset(b, fill ? 'q' : ' ', 8);
                b[place] = (unsigned char)v;
                uint64_t w, upper;
                memcpy(&w, b, 8);
                uint64_t m = rcp__alnum8(w, &upper);
                unsigned char mb[8], ub[8]; /* the masks in memory order */
                memcpy(mb, &m, 8);
                memcpy(ub, &upper, 8);
                size_t run = 8;
                for (int k = 0; k < 8; k++) {
                    int c = b[k];
                    int an = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9');
                    CHECK_INT(mb[k], an ? 0x80 : 0);
                    CHECK_INT(ub[k], c >= 'A' && c <= 'Z' ? 0x80 : 0);
                    if (!an && run == 8)
                        run = (size_t)k;
                }
                CHECK_INT((int)rcp__run8(m), (int)run);
            }
}
