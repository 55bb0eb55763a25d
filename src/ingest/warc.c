/*
 * warc.c - web archives (WARC 1.0 and 1.1, as Common Crawl's CC-NEWS
 * writes them): each HTTP response holding a page is an article.
 *
 * How it works: the (already decompressed: the reader inflates gzip,
 * every member of a multi-member file) byte stream is read record by
 * record: the version line, the named fields up to the blank line, then
 * Content-Length bytes of block. A `response` record whose block is an
 * HTTP response (application/http) with a 2xx status and an HTML body
 * (Content-Type text/html or application/xhtml+xml, or no type and a body
 * that starts like a page) becomes an article: WARC-Target-URI -> url
 * (and source host), WARC-Date -> date, WARC-Record-ID -> id, the body
 * through the same page extraction and cleaning as any .html file. A
 * chunked body is de-chunked; a gzip or deflate Content-Encoding is
 * inflated (at most the article size limit). Every other record
 * (warcinfo, request, metadata, a redirect, an image...) is skipped
 * silently. A damaged record (no version line, a bad or missing
 * Content-Length, a header or block cut short) is reported with the byte
 * offset where it starts in the decompressed stream, and reading goes on
 * at the next line that starts a record. A record larger than the
 * article size limit is skipped without being held in memory, and named.
 */
#include "ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <zlib.h>

#define WCHUNK 65536
#define MAX_HEADER 65536 /* bytes of WARC or HTTP header */

struct rcp__warc {
    rcp__read_fn rd;
    void *ud;
    const char *origin;
    rcp_read_opts opts;
    char *buf; /* buffered bytes: buf[pos..len) */
    size_t pos, len, cap;
    uint64_t off; /* stream offset of buf[pos] */
    int eof;
    rcp__buf block;
};

int rcp__warc_sniff(const char *p, size_t n)
{
    return n >= 6 && memcmp(p, "WARC/", 5) == 0 && p[5] >= '0' &&
           p[5] <= '9';
}

rcp__warc *rcp__warc_new(rcp__read_fn rd, void *ud, const char *pre,
                         size_t npre, const char *origin,
                         const rcp_read_opts *opts)
{
    rcp__warc *w = rcp__calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->rd = rd;
    w->ud = ud;
    w->origin = origin;
    if (opts)
        w->opts = *opts;
    if (!w->opts.max_article_bytes)
        w->opts.max_article_bytes = RCP__MAX_ARTICLE;
    w->cap = RCP_MAX(WCHUNK, npre);
    w->buf = rcp__malloc(w->cap);
    if (!w->buf) {
        rcp__free(w);
        return NULL;
    }
    if (npre)
        memcpy(w->buf, pre, npre);
    w->len = npre;
    rcp__buf_init(&w->block, 0);
    return w;
}

void rcp__warc_free(rcp__warc *w)
{
    if (!w)
        return;
    rcp__free(w->buf);
    rcp__buf_release(&w->block);
    rcp__free(w);
}

/* More bytes at the end of the buffer: >0, 0 at the end, <0 error. */
static long fill(rcp__warc *w)
{
    if (w->eof)
        return 0;
    if (w->pos > 0) {
        memmove(w->buf, w->buf + w->pos, w->len - w->pos);
        w->len -= w->pos;
        w->pos = 0;
    }
    if (w->len == w->cap) {
        if (w->cap >= MAX_HEADER * 2)
            return RCP_ETOOBIG;
        char *nb = rcp__realloc(w->buf, w->cap * 2);
        if (!nb)
            return RCP_ENOMEM;
        w->buf = nb;
        w->cap *= 2;
    }
    long n = w->rd(w->ud, w->buf + w->len, w->cap - w->len);
    if (n <= 0)
        w->eof = 1; /* the end, or a read error: reported once */
    if (n > 0)
        w->len += (size_t)n;
    return n;
}

static void consume(rcp__warc *w, size_t n)
{
    w->pos += n;
    w->off += n;
}

/* The header block starting at buf[pos]: its length up to and including
 * the blank line into *hl. 1, 0 at a clean end, <0 error. */
static int header(rcp__warc *w, size_t *hl)
{
    size_t from = 0;
    for (;;) {
        const char *p = w->buf + w->pos;
        size_t n = w->len - w->pos;
        const char *e = from < n ? memmem(p + from, n - from, "\r\n\r\n", 4)
                                 : NULL;
        if (e) {
            *hl = (size_t)(e - p) + 4;
            return 1;
        }
        if (n > MAX_HEADER)
            return RCP_ETOOBIG;
        from = n > 3 ? n - 3 : 0;
        long r = fill(w);
        if (r < 0)
            return (int)r;
        if (r == 0)
            return n == 0 ? 0 : RCP_EFORMAT;
    }
}

/* The value of field `name` in the header h[0..n) (case-insensitive
 * name), into out[cap]; 1 when present. */
static int field(const char *h, size_t n, const char *name, char *out,
                 size_t cap)
{
    size_t nl = strlen(name);
    const char *p = h, *end = h + n;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        if ((size_t)(e - p) > nl && p[nl] == ':' &&
            strncasecmp(p, name, nl) == 0) {
            const char *v = p + nl + 1;
            while (v < e && (*v == ' ' || *v == '\t'))
                v++;
            const char *ve = e;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
                ve--;
            size_t len = RCP_MIN((size_t)(ve - v), cap - 1);
            memcpy(out, v, len);
            out[len] = 0;
            return 1;
        }
        p = e + 1;
    }
    out[0] = 0;
    return 0;
}

/* Skip to the next line starting "WARC/" after a damaged record. */
static int resync(rcp__warc *w)
{
    consume(w, 1);
    for (;;) {
        const char *p = w->buf + w->pos;
        size_t n = w->len - w->pos;
        for (size_t i = 0; i + 6 <= n; i++)
            if (p[i] == '\n' && memcmp(p + i + 1, "WARC/", 5) == 0) {
                consume(w, i + 1);
                return 0;
            }
        if (n > 6)
            consume(w, n - 6);
        long r = fill(w);
        if (r < 0)
            return (int)r;
        if (r == 0) {
            consume(w, w->len - w->pos);
            return 0;
        }
    }
}

/* Read or skip n bytes of block (into w->block when keep). */
static int take(rcp__warc *w, uint64_t n, int keep)
{
    rcp__buf_reset(&w->block);
    while (n > 0) {
        if (w->pos == w->len) {
            long r = fill(w);
            if (r < 0)
                return (int)r;
            if (r == 0)
                return RCP_EFORMAT; /* cut short */
        }
        size_t k = (size_t)RCP_MIN((uint64_t)(w->len - w->pos), n);
        if (keep && rcp__buf_add(&w->block, w->buf + w->pos, k))
            return RCP_ENOMEM;
        consume(w, k);
        n -= k;
    }
    return 0;
}

/* De-chunk an HTTP body in place; its new length, or (size_t)-1. */
static size_t dechunk(char *p, size_t n)
{
    size_t in = 0, out = 0;
    for (;;) {
        size_t len = 0;
        int digits = 0;
        while (in < n) {
            char c = p[in];
            int v = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
            if (v < 0)
                break;
            if (len > (SIZE_MAX >> 4))
                return (size_t)-1;
            len = len * 16 + (size_t)v;
            digits++;
            in++;
        }
        const char *nl = memchr(p + in, '\n', n - in);
        if (!digits || !nl)
            return (size_t)-1;
        in = (size_t)(nl - p) + 1;
        if (len == 0)
            return out;
        if (len > n - in)
            len = n - in; /* a last chunk cut short: keep what is there */
        memmove(p + out, p + in, len);
        out += len;
        in += len;
        while (in < n && (p[in] == '\r' || p[in] == '\n'))
            in++;
        if (in >= n)
            return out;
    }
}

/* Inflate gzip or deflate data into b, at most max bytes. */
static int inflate_body(const char *p, size_t n, rcp__buf *b, size_t max)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) /* gzip or zlib header */
        return RCP_ENOMEM;
    z.next_in = (unsigned char *)(uintptr_t)p;
    z.avail_in = (uInt)RCP_MIN(n, (size_t)UINT32_MAX);
    char out[16384];
    int rc = 0;
    for (;;) {
        z.next_out = (unsigned char *)out;
        z.avail_out = sizeof out;
        int zr = inflate(&z, Z_NO_FLUSH);
        size_t got = sizeof out - z.avail_out;
        if (b->len + got > max) {
            rc = RCP_ETOOBIG;
            break;
        }
        if (got && rcp__buf_add(b, out, got)) {
            rc = RCP_ENOMEM;
            break;
        }
        if (zr == Z_STREAM_END)
            break;
        if (zr != Z_OK) {
            rc = zr == Z_MEM_ERROR ? RCP_ENOMEM : RCP_EGZIP;
            break;
        }
    }
    inflateEnd(&z);
    return rc;
}

static int looks_html(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && i < 512 && (p[i] == ' ' || p[i] == '\n' ||
                                p[i] == '\r' || p[i] == '\t'))
        i++;
    if (n - i >= 3 && memcmp(p + i, "\xEF\xBB\xBF", 3) == 0)
        i += 3;
    return n - i >= 5 && (strncasecmp(p + i, "<!doc", 5) == 0 ||
                          strncasecmp(p + i, "<html", 5) == 0 ||
                          strncasecmp(p + i, "<head", 5) == 0);
}

/*
 * The page of an HTTP response block: 1 with *out, 0 when the response is
 * not a page (skipped silently), <0 with *err.
 */
static int page(rcp__warc *w, const char *uri, const char *date,
                const char *id, uint64_t at, rcp_article **out,
                rcp_error *err)
{
    char *p = w->block.p;
    size_t n = w->block.len;
    if (n < 12 || memcmp(p, "HTTP/", 5) != 0)
        return 0;
    const char *sp = memchr(p, ' ', RCP_MIN(n, (size_t)16));
    if (!sp || sp + 4 > p + n || sp[1] != '2')
        return 0; /* not a 2xx: a redirect, an error page */
    const char *he = memmem(p, n, "\r\n\r\n", 4);
    size_t hl = he ? (size_t)(he - p) + 4 : 0;
    if (!he) {
        he = memmem(p, n, "\n\n", 2);
        hl = he ? (size_t)(he - p) + 2 : 0;
    }
    if (!he)
        return rcp__fail(err, RCP_EFORMAT, w->origin, 0, (size_t)at,
                         "record at byte %llu: HTTP header without end",
                         (unsigned long long)at);
    char type[128], te[64], ce[64];
    field(p, hl, "Content-Type", type, sizeof type);
    field(p, hl, "Transfer-Encoding", te, sizeof te);
    field(p, hl, "Content-Encoding", ce, sizeof ce);
    char *body = p + hl;
    size_t bl = n - hl;
    if (strcasestr(te, "chunked")) {
        size_t k = dechunk(body, bl);
        if (k != (size_t)-1)
            bl = k;
    }
    rcp__buf inflated;
    rcp__buf_init(&inflated, 0);
    if (strcasestr(ce, "gzip") || strcasestr(ce, "deflate")) {
        int rc = inflate_body(body, bl, &inflated, w->opts.max_article_bytes);
        if (rc) {
            rcp__buf_release(&inflated);
            return rcp__fail(err, rc, w->origin, 0, (size_t)at,
                             "record at byte %llu: %s body",
                             (unsigned long long)at,
                             rc == RCP_ETOOBIG ? "too large" : "corrupt");
        }
        body = inflated.p ? inflated.p : "";
        bl = inflated.len;
    }
    int html = type[0] ? strcasestr(type, "text/html") != NULL ||
                             strcasestr(type, "xhtml") != NULL
                       : looks_html(body, bl);
    int rc = 0;
    if (html && bl) {
        rcp__fields f = {.id = id, .url = uri[0] ? uri : NULL,
                         .date = date[0] ? date : NULL, .body = body,
                         .body_len = bl, .is_html = 1};
        rc = rcp__article_from_fields(&f, w->origin, 0, &w->opts, out, err);
        if (rc && err) {
            char m[sizeof err->message];
            snprintf(m, sizeof m, "%s", err->message);
            snprintf(err->message, sizeof err->message,
                     "record at byte %llu (%.100s): %.120s",
                     (unsigned long long)at, uri, m);
            err->offset = (size_t)at;
        }
        rc = rc ? rc : 1;
    }
    rcp__buf_release(&inflated);
    return rc;
}

int rcp__warc_next(rcp__warc *w, rcp_article **out, rcp_error *err)
{
    *out = NULL;
    for (;;) {
        /* blank lines between records */
        for (;;) {
            while (w->pos < w->len &&
                   (w->buf[w->pos] == '\r' || w->buf[w->pos] == '\n'))
                consume(w, 1);
            if (w->pos < w->len)
                break;
            long r = fill(w);
            if (r < 0)
                return rcp__fail(err, (int)r, w->origin, 0, (size_t)w->off,
                                 "read error at byte %llu",
                                 (unsigned long long)w->off);
            if (r == 0)
                return 0;
        }
        uint64_t at = w->off;
        size_t hl = 0;
        int rc = header(w, &hl);
        if (rc == 0)
            return 0;
        const char *h = w->buf + w->pos;
        if (rc < 0 || !rcp__warc_sniff(h, hl)) {
            const char *why = rc == RCP_ETOOBIG  ? "header too long"
                              : rc == RCP_EGZIP  ? "corrupt gzip data"
                              : rc < 0 && rc != RCP_EFORMAT
                                  ? rcp_strerror(rc)
                              : rc < 0 ? "header cut short"
                                       : "no WARC version line";
            int code = rc < 0 ? rc : RCP_EFORMAT;
            if (code == RCP_EGZIP || code == RCP_EIO) {
                w->eof = 1;
                w->pos = w->len;
            } else {
                resync(w);
            }
            return rcp__fail(err, code, w->origin, 0, (size_t)at,
                             "damaged record at byte %llu: %s",
                             (unsigned long long)at, why);
        }
        char type[64], uri[2048], date[64], id[160], clen[32], ctype[128];
        field(h, hl, "WARC-Type", type, sizeof type);
        field(h, hl, "WARC-Target-URI", uri, sizeof uri);
        field(h, hl, "WARC-Date", date, sizeof date);
        field(h, hl, "WARC-Record-ID", id, sizeof id);
        field(h, hl, "Content-Type", ctype, sizeof ctype);
        int has_len = field(h, hl, "Content-Length", clen, sizeof clen);
        char *end;
        unsigned long long len = has_len ? strtoull(clen, &end, 10) : 0;
        if (!has_len || clen[0] < '0' || clen[0] > '9' || *end) {
            resync(w);
            return rcp__fail(err, RCP_EFORMAT, w->origin, 0, (size_t)at,
                             "damaged record at byte %llu: %s",
                             (unsigned long long)at,
                             has_len ? "bad Content-Length"
                                     : "no Content-Length");
        }
        consume(w, hl);
        int want = strcasecmp(type, "response") == 0 &&
                   strncasecmp(ctype, "application/http", 16) == 0;
        uint64_t max = (uint64_t)w->opts.max_article_bytes + MAX_HEADER;
        rc = take(w, len, want && len <= max);
        if (rc)
            return rcp__fail(err, rc, w->origin, 0, (size_t)at,
                             "damaged record at byte %llu: %s",
                             (unsigned long long)at,
                             rc == RCP_EFORMAT ? "block cut short"
                                               : rcp_strerror(rc));
        if (!want)
            continue;
        if (len > max)
            return rcp__fail(err, RCP_ETOOBIG, w->origin, 0, (size_t)at,
                             "record at byte %llu (%.200s): over the size "
                             "limit of %zu bytes",
                             (unsigned long long)at, uri,
                             w->opts.max_article_bytes);
        /* the id: the record's uuid without <urn:uuid: ... > */
        char *idp = id;
        if (*idp == '<') {
            idp++;
            idp[strcspn(idp, ">")] = 0;
        }
        if (strncmp(idp, "urn:uuid:", 9) == 0)
            idp += 9;
        char defid[48];
        if (!*idp) {
            snprintf(defid, sizeof defid, "warc-%llu",
                     (unsigned long long)at);
            idp = defid;
        }
        rc = page(w, uri, date, idp, at, out, err);
        if (rc)
            return rc;
    }
}
