/*
 * buf.c - capped growable byte buffers (curl's dynbuf): a hostile input
 * can make a buffer fail with RCP_ETOOBIG, never exhaust memory.
 */
#include "base.h"

#include <stdio.h>

void rcp__buf_init(rcp__buf *b, size_t max)
{
    b->p = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max ? max : RCP__BUF_NOMAX;
}

int rcp__buf_reserve(rcp__buf *b, size_t extra)
{
    if (extra > b->max || b->len > b->max - extra)
        return RCP_ETOOBIG;
    size_t need = b->len + extra + 1; /* + NUL */
    if (need <= b->cap)
        return 0;
    size_t c = b->cap ? b->cap : 64;
    while (c < need)
        c = c > (size_t)-1 / 2 ? need : c * 2;
    char *q = rcp__realloc(b->p, c);
    if (!q)
        return RCP_ENOMEM;
    b->p = q;
    b->cap = c;
    return 0;
}

int rcp__buf_add(rcp__buf *b, const void *p, size_t n)
{
    int rc = rcp__buf_reserve(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = 0;
    return 0;
}

int rcp__buf_addc(rcp__buf *b, char c)
{
    if (b->len + 1 < b->cap && b->len < b->max) {
        b->p[b->len++] = c;
        b->p[b->len] = 0;
        return 0;
    }
    return rcp__buf_add(b, &c, 1);
}

int rcp__buf_adds(rcp__buf *b, const char *s)
{
    return rcp__buf_add(b, s, strlen(s));
}

/* 1 when every conversion of fmt is one that simple_addf writes: %s,
 * %u, %d, %zu, %lu, %ld or %%, without flags, width or precision. */
static int simple_format(const char *fmt)
{
    for (const char *p = fmt; (p = strchr(p, '%')); p++) {
        p++;
        if (*p == 'z' || *p == 'l')
            p++;
        if (*p != 's' && *p != 'u' && *p != 'd' &&
            !(*p == '%' && p[-1] == '%'))
            return 0;
    }
    return 1;
}

/* What vsnprintf writes for a simple_format fmt, without its cost (the
 * writers of the digest's JSON, Markdown and HTML call it for every
 * fact). Nothing is added when it fails. */
static int simple_addf(rcp__buf *b, const char *fmt, va_list ap)
{
    size_t len0 = b->len;
    int rc = 0;
    const char *p = fmt;
    while (!rc && *p) {
        const char *q = strchr(p, '%');
        if (!q) {
            rc = rcp__buf_add(b, p, strlen(p));
            break;
        }
        if (q > p && (rc = rcp__buf_add(b, p, (size_t)(q - p))))
            break;
        q++;
        int size = 0; /* 'z', 'l' or none */
        if (*q == 'z' || *q == 'l')
            size = *q++;
        char num[24];
        size_t n = sizeof num;
        if (*q == '%') {
            rc = rcp__buf_addc(b, '%');
        } else if (*q == 's') {
            const char *s = va_arg(ap, const char *);
            rc = rcp__buf_adds(b, s);
        } else {
            unsigned long long v;
            int neg = 0;
            if (*q == 'u')
                v = size == 'z'   ? va_arg(ap, size_t)
                    : size == 'l' ? va_arg(ap, unsigned long)
                                  : va_arg(ap, unsigned);
            else {
                long long x = size == 'z'   ? (long long)va_arg(ap, size_t)
                              : size == 'l' ? va_arg(ap, long)
                                            : va_arg(ap, int);
                neg = x < 0;
                v = neg ? 0 - (unsigned long long)x : (unsigned long long)x;
            }
            do
                num[--n] = (char)('0' + v % 10);
            while (v /= 10);
            if (neg)
                num[--n] = '-';
            rc = rcp__buf_add(b, num + n, sizeof num - n);
        }
        p = q + 1;
    }
    if (rc)
        b->len = len0;
    if (b->p)
        b->p[b->len] = '\0';
    return rc;
}

int rcp__buf_addf(rcp__buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    if (simple_format(fmt)) {
        int rc = simple_addf(b, fmt, ap);
        va_end(ap);
        return rc;
    }
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return RCP_EINVAL;
    if ((size_t)n < sizeof small)
        return rcp__buf_add(b, small, (size_t)n);
    int rc = rcp__buf_reserve(b, (size_t)n);
    if (rc)
        return rc;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

/* Nonzero when one of the eight bytes of w is below 0x20, at or over
 * 0x80, '"' or '\\': one a JSON string writes otherwise. */
static inline uint64_t json_special8(uint64_t w)
{
    const uint64_t H = 0x8080808080808080ULL, L = 0x0101010101010101ULL;
    return ((w | ((w - L * 0x20) & ~w)) & H) | rcp__has_byte8(w, '"') |
           rcp__has_byte8(w, '\\');
}

/* The end of the bytes of p[i..n) that a JSON string holds as they are
 * (see rcp__buf_add_json). */
static size_t json_plain(const char *p, size_t n, size_t i)
{
    while (i < n) {
        uint64_t w;
        if (i + 8 <= n && (memcpy(&w, p + i, 8), !json_special8(w))) {
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80) {
            int32_t cp;
            int l = rcp__utf8_decode(p + i, n - i, &cp);
            if (cp < 0 || cp == 0x2028 || cp == 0x2029)
                return i;
            i += (size_t)l;
        } else if (c < 0x20 || c == '"' || c == '\\') {
            return i;
        } else {
            i++;
        }
    }
    return i;
}

int rcp__buf_add_json(rcp__buf *b, const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    int rc = rcp__buf_reserve(b, n + 2);
    if (rc)
        return rc;
    rcp__buf_addc(b, '"');
    size_t i = 0;
    while (i < n) {
        /* copy the run written as it is in one go: ASCII from 0x20 but
         * '"' and '\\', eight bytes at a test, and valid UTF-8 but
         * U+2028 and U+2029 */
        size_t run = json_plain(p, n, i);
        if (run > i && (rc = rcp__buf_add(b, p + i, run - i)))
            return rc;
        i = run;
        if (i >= n)
            break;
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80) {
            int32_t cp;
            int l = rcp__utf8_decode(p + i, n - i, &cp);
            if (cp < 0)
                rc = rcp__buf_add(b, "\xEF\xBF\xBD", 3);
            else if (cp == 0x2028 || cp == 0x2029) /* safe in JS too */
                rc = rcp__buf_addf(b, "\\u%04x", (unsigned)cp);
            else
                rc = rcp__buf_add(b, p + i, (size_t)l);
            i += (size_t)l;
        } else {
            char e[7] = {'\\', 0};
            size_t el = 2;
            switch (c) {
            case '"': e[1] = '"'; break;
            case '\\': e[1] = '\\'; break;
            case '\n': e[1] = 'n'; break;
            case '\r': e[1] = 'r'; break;
            case '\t': e[1] = 't'; break;
            case '\b': e[1] = 'b'; break;
            case '\f': e[1] = 'f'; break;
            default:
                e[1] = 'u';
                e[2] = '0';
                e[3] = '0';
                e[4] = hex[c >> 4];
                e[5] = hex[c & 15];
                el = 6;
            }
            rc = rcp__buf_add(b, e, el);
            i++;
        }
        if (rc)
            return rc;
    }
    return rcp__buf_addc(b, '"');
}

int rcp__buf_add_json_or_null(rcp__buf *b, const char *s)
{
    return s ? rcp__buf_add_json(b, s, strlen(s)) : rcp__buf_add(b, "null", 4);
}

void rcp__buf_reset(rcp__buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = 0;
}

char *rcp__buf_detach(rcp__buf *b, size_t *len)
{
    char *p = b->p;
    if (len)
        *len = b->len;
    b->p = NULL;
    b->len = b->cap = 0;
    return p;
}

void rcp__buf_copy_out(const rcp__buf *b, char *out, size_t cap, size_t *len)
{
    *len = b->len;
    if (cap == 0)
        return;
    size_t n = b->len < cap ? b->len : cap - 1;
    if (n)
        memcpy(out, b->p, n);
    out[n] = '\0';
}

void rcp__buf_release(rcp__buf *b)
{
    rcp__free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}
