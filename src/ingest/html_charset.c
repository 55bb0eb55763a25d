/*
 * html_charset.c - a page's bytes, in whatever charset, to clean UTF-8.
 *
 * How it works. The HTML standard's order, trimmed to what matters for
 * saved news pages: a byte-order mark wins; else the charset a <meta> tag
 * declares in the first 8 KiB; else UTF-8. A declaration is then checked
 * against the bytes, because pages lie: a page declared latin-1 whose
 * bytes are valid UTF-8 holding non-ASCII text is UTF-8 (legacy text is
 * practically never valid UTF-8 by accident), and a page declared UTF-8
 * (or not declared) whose bytes are not valid UTF-8 is read as
 * Windows-1252, unless valid multi-byte sequences outnumber the bad ones
 * ten to one: then it is UTF-8 with a few broken bytes, each replaced by
 * U+FFFD. Latin-1 and ASCII labels mean Windows-1252, as browsers do.
 * Conversion uses glibc's iconv; an undecodable byte becomes U+FFFD and
 * decoding goes on. A last pass replaces NUL and the C0 controls other
 * than tab and line ends with spaces, so libxml2 never stops early.
 * Cost: two linear passes over the page.
 */
#include "ingest/html.h"

#include <errno.h>
#include <iconv.h>

static int lower(int c) { return rcp__ascii_lower(c); }

static int is_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* case-insensitive search for the NUL-terminated needle in p[0..n) */
static const char *find_ci(const char *p, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m && lower((unsigned char)p[i + j]) == needle[j])
            j++;
        if (j == m)
            return p + i;
    }
    return NULL;
}

void rcp__html_declared_charset(const char *p, size_t n, char *buf,
                                size_t cap)
{
    buf[0] = 0;
    if (n > 8192)
        n = 8192;
    const char *end = p + n, *q = p;
    while (q < end) {
        const char *m = find_ci(q, (size_t)(end - q), "<meta");
        if (!m)
            return;
        const char *gt = memchr(m, '>', (size_t)(end - m));
        if (!gt)
            gt = end;
        const char *cs = find_ci(m, (size_t)(gt - m), "charset");
        if (cs) {
            cs += 7;
            while (cs < gt && is_space((unsigned char)*cs))
                cs++;
            if (cs < gt && *cs == '=') {
                cs++;
                while (cs < gt && (is_space((unsigned char)*cs) ||
                                   *cs == '"' || *cs == '\''))
                    cs++;
                size_t k = 0;
                while (cs < gt && k + 1 < cap &&
                       (is_alnum((unsigned char)*cs) || *cs == '-' ||
                        *cs == '_' || *cs == ':' || *cs == '.'))
                    buf[k++] = (char)lower((unsigned char)*cs++);
                buf[k] = 0;
                if (k)
                    return;
            }
        }
        q = gt;
    }
}

/* What the bytes say about UTF-8: counts of valid multi-byte sequences
 * and of invalid bytes. */
static void utf8_census(const char *p, size_t n, size_t *multi, size_t *bad)
{
    size_t i = 0;
    *multi = *bad = 0;
    while (i < n) {
        i = rcp__skip_ascii(p, n, i);
        if (i >= n)
            break;
        int32_t cp;
        int k = rcp__utf8_decode(p + i, n - i, &cp);
        if (cp < 0)
            (*bad)++;
        else
            (*multi)++;
        i += (size_t)k;
    }
}

/* iconv's name for a declared label; NULL for UTF-8 */
static const char *iconv_name(const char *label)
{
    static const struct {
        const char *label, *name;
    } alias[] = {
        {"utf-8", NULL},           {"utf8", NULL},
        {"unicode-1-1-utf-8", NULL}, {"iso-8859-1", "WINDOWS-1252"},
        {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
        {"latin-1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"},
        {"ascii", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"},
        {"iso_8859-1", "WINDOWS-1252"}, {"gb2312", "GB18030"},
        {"gbk", "GB18030"},        {"x-gbk", "GB18030"},
        {"euc-kr", "CP949"},       {"ks_c_5601-1987", "CP949"},
        {"x-sjis", "SHIFT_JIS"},   {"shift-jis", "SHIFT_JIS"},
        {"iso-8859-9", "WINDOWS-1254"}, {"tis-620", "WINDOWS-874"},
        {"utf-16", NULL}, /* a meta tag cannot be read in UTF-16 */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(alias); i++)
        if (strcmp(label, alias[i].label) == 0)
            return alias[i].name;
    return label;
}

/* Convert p[0..n) from `from` with iconv into a new buffer; undecodable
 * bytes become U+FFFD. Returns 0, RCP_ENOMEM, or RCP_EINVAL when iconv
 * does not know the charset. */
static int convert(const char *from, const char *p, size_t n, char **out,
                   size_t *outlen)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return RCP_EINVAL;
    size_t cap = n * 3 + 16; /* 1 byte -> at most 3, 2 -> at most 4 */
    char *buf = rcp__malloc(cap);
    if (!buf) {
        iconv_close(cd);
        return RCP_ENOMEM;
    }
    char *in = (char *)p, *o = buf;
    size_t inleft = n, oleft = cap - 1;
    while (inleft > 0) {
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG || oleft < 3)
            break; /* cannot happen with cap; stop rather than loop */
        /* EILSEQ or EINVAL (truncated at the end): one byte -> U+FFFD */
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
        oleft -= 3;
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL); /* reset shift state */
    }
    iconv_close(cd);
    *o = 0;
    *out = buf;
    *outlen = (size_t)(o - buf);
    return 0;
}

/* Copy p[0..n), UTF-8 perhaps with broken bytes, into clean UTF-8:
 * invalid sequences -> U+FFFD, NUL and C0 controls but \t \n \r ->
 * space. */
static int clean_copy(const char *p, size_t n, char **out, size_t *outlen)
{
    char *buf = rcp__malloc(n * 3 + 1);
    if (!buf)
        return RCP_ENOMEM;
    size_t i = 0, o = 0;
    while (i < n) {
        /* eight printable ASCII bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if ((w | ((w - 0x2020202020202020ULL) & ~w)) &
                0x8080808080808080ULL)
                break;
            memcpy(buf + o, &w, 8);
            i += 8;
            o += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x20 && c < 0x80) {
            buf[o++] = (char)c;
            i++;
            continue;
        }
        if (c < 0x20) {
            buf[o++] = (c == '\t' || c == '\n' || c == '\r') ? (char)c : ' ';
            i++;
            continue;
        }
        int32_t cp;
        int k = rcp__utf8_decode(p + i, n - i, &cp);
        if (cp < 0) {
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(buf + o, p + i, (size_t)k);
            o += (size_t)k;
        }
        i += (size_t)k;
    }
    buf[o] = 0;
    *out = buf;
    *outlen = o;
    return 0;
}

#ifndef DOUBLE_UTF8
#define DOUBLE_UTF8 1
#endif
/* The byte a character of Windows-1252 or Latin-1 stands for (U+0080 to
 * U+00FF, and the characters Windows-1252 puts at 0x80-0x9F), or -1 */
static int byte_of(int32_t cp)
{
    static const uint16_t w1252[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    if (cp >= 0x80 && cp <= 0xFF)
        return (int)cp;
    for (int i = 0; i < 32 && cp > 0xFF; i++)
        if (w1252[i] == cp)
            return 0x80 + i;
    return -1;
}

/* The run of such characters at p[0..n), as bytes into b[cap] (*m of
 * them); returns the bytes of p it spans */
static size_t run_at(const char *p, size_t n, unsigned char *b, size_t cap,
                     size_t *m)
{
    size_t i = 0;
    *m = 0;
    while (i < n && *m < cap) {
        int32_t cp;
        int k = rcp__utf8_decode(p + i, n - i, &cp);
        int by = (unsigned char)p[i] >= 0x80 ? byte_of(cp) : -1;
        if (by < 0)
            break;
        b[(*m)++] = (unsigned char)by;
        i += (size_t)k;
    }
    return i;
}

/* 1 when b[0..m) is UTF-8 made of sequences of two bytes or more only */
static int multi_utf8(const unsigned char *b, size_t m)
{
    for (size_t i = 0; i < m;) {
        int32_t cp;
        int k = rcp__utf8_decode((const char *)b + i, m - i, &cp);
        if (cp < 0x80 || k < 2)
            return 0;
        i += (size_t)k;
    }
    return m > 0;
}

/* A page encoded in UTF-8 twice (its UTF-8 bytes read as Windows-1252 or
 * Latin-1 and encoded again: "Investorâ\u0080\u0099s", "cafÃ©") is
 * decoded once more, in place, when its runs of such characters are
 * mostly UTF-8 (3 or more, and at least 10 times the other non-ASCII
 * characters: a page in Latin-1 letters has lone "é", whose byte is no
 * UTF-8). */
static void undo_double(char *s, size_t *len)
{
    size_t n = *len, good = 0, other = 0;
    unsigned char b[64];
    for (size_t i = 0; i < n;) {
        uint64_t w;
        if (i + 8 <= n && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL))) {
            i += 8; /* eight ASCII bytes at a time */
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t m, k = run_at(s + i, n - i, b, sizeof b, &m);
        if (k && multi_utf8(b, m)) {
            good++;
        } else {
            int32_t cp;
            other++;
            k = k ? k : (size_t)rcp__utf8_decode(s + i, n - i, &cp);
        }
        i += k;
    }
    if (good < 3 || other * 10 > good)
        return;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t m, k = (unsigned char)s[i] < 0x80
                          ? 0
                          : run_at(s + i, n - i, b, sizeof b, &m);
        if (k && multi_utf8(b, m)) {
            memcpy(s + o, b, m); /* m < k: never past i */
            o += m;
            i += k;
        } else {
            s[o++] = s[i++];
        }
    }
    s[o] = 0;
    *len = o;
}

/* clean_copy, then a page encoded twice decoded once more */
static int clean_once(const char *p, size_t n, char **out, size_t *outlen)
{
    int rc = clean_copy(p, n, out, outlen);
    if (!rc && DOUBLE_UTF8)
        undo_double(*out, outlen);
    return rc;
}

int rcp__html_to_utf8(const char *p, size_t n, char **out, size_t *outlen)
{
    const char *from = NULL; /* NULL: UTF-8 */
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    } else if (n >= 2 && memcmp(p, "\xFF\xFE", 2) == 0) {
        from = "UTF-16LE";
        p += 2;
        n -= 2;
    } else if (n >= 2 && memcmp(p, "\xFE\xFF", 2) == 0) {
        from = "UTF-16BE";
        p += 2;
        n -= 2;
    }
    size_t multi = 0, bad = 0;
    if (!from) {
        char label[40];
        rcp__html_declared_charset(p, n, label, sizeof label);
        from = label[0] ? iconv_name(label) : NULL;
        utf8_census(p, n, &multi, &bad);
        if (bad == 0) {
            from = NULL; /* valid UTF-8 (pure ASCII included) is UTF-8 */
        } else if (!from) {
            if (multi < 10 * bad)
                from = "WINDOWS-1252";
        }
        if (from) {
            char *conv = NULL;
            size_t clen = 0;
            int rc = convert(from, p, n, &conv, &clen);
            if (rc == RCP_EINVAL) /* unknown label: the usual suspect */
                rc = convert("WINDOWS-1252", p, n, &conv, &clen);
            if (rc)
                return rc;
            rc = clean_once(conv, clen, out, outlen);
            rcp__free(conv);
            return rc;
        }
        return clean_once(p, n, out, outlen);
    }
    char *conv = NULL;
    size_t clen = 0;
    int rc = convert(from, p, n, &conv, &clen);
    if (rc)
        return rc == RCP_EINVAL ? clean_once(p, n, out, outlen) : rc;
    rc = clean_once(conv, clen, out, outlen);
    rcp__free(conv);
    return rc;
}
