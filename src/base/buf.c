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

int rcp__buf_addf(rcp__buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
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

int rcp__buf_add_json(rcp__buf *b, const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    int rc = rcp__buf_reserve(b, n + 2);
    if (rc)
        return rc;
    rcp__buf_addc(b, '"');
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        /* copy the plain ASCII run in one go */
        while (run < n) {
            unsigned char c = (unsigned char)p[run];
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                break;
            run++;
        }
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
