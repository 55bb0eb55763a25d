/*
 * features.c - rcp_features records: what the clusterer needs of one
 * article, made by cluster.c (rcp_features_new) and read back here from
 * their JSON line, so that the per-article analysis can run as a map on
 * other processes and the clustering as a reduce over the records.
 *
 * The terms are binary (a 64-bit hash and a small count each), packed as
 * 8 bytes little-endian then a LEB128 varint of count << 2 | flags, and
 * base64-encoded: about 12 characters a term, against some 20 bytes of
 * text per distinct word of the article it comes from.
 */
#include "story.h"
#include "base/json.h"

#include <stdio.h>

static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int rcp__features_make(const char *id, const char *date, uint16_t months,
                       const rcp__sketch *sketch, size_t n, rcp_features **out)
{
    rcp_features *f = rcp__calloc(1, sizeof *f);
    *out = NULL;
    if (!f)
        return RCP_ENOMEM;
    f->id = rcp__strndup(id, strlen(id));
    f->date = date ? rcp__strndup(date, RCP_MIN(strlen(date), (size_t)10))
                   : NULL;
    f->terms = rcp__calloc(n ? n : 1, sizeof *f->terms);
    if (!f->id || (date && !f->date) || !f->terms) {
        rcp_features_free(f);
        return RCP_ENOMEM;
    }
    f->nterms = n;
    f->months = months;
    f->sketched = sketch != NULL;
    if (sketch)
        f->sketch = *sketch;
    *out = f;
    return 0;
}

const char *rcp_features_id(const rcp_features *f)
{
    return f->id;
}

void rcp_features_free(rcp_features *f)
{
    if (!f)
        return;
    rcp__free(f->id);
    rcp__free(f->date);
    rcp__free(f->terms);
    rcp__free(f);
}

/* ---- writing ---- */

/* Base64 of p[0..n), written to b a chunk at a time (a call per four
 * characters was a third of writing a record). */
static int add_b64(rcp__buf *b, const unsigned char *p, size_t n)
{
    char q[1024];
    size_t k = 0;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        q[k++] = b64[v >> 18];
        q[k++] = b64[(v >> 12) & 63];
        q[k++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
        q[k++] = i + 2 < n ? b64[v & 63] : '=';
        if (k == sizeof q) {
            if (rcp__buf_add(b, q, k))
                return RCP_ENOMEM;
            k = 0;
        }
    }
    return k && rcp__buf_add(b, q, k) ? RCP_ENOMEM : 0;
}

/* The packed terms into `raw`. */
static int pack_terms(const rcp_features *f, rcp__buf *raw)
{
    for (size_t i = 0; i < f->nterms; i++) {
        unsigned char t[8 + 10];
        size_t n = 0;
        for (int k = 0; k < 8; k++)
            t[n++] = (unsigned char)(f->terms[i].key >> (8 * k));
        uint64_t v = (uint64_t)f->terms[i].count << 2 | (f->terms[i].flags & 3);
        do {
            t[n++] = (unsigned char)((v & 127) | (v > 127 ? 128 : 0));
            v >>= 7;
        } while (v);
        if (rcp__buf_add(raw, t, n))
            return RCP_ENOMEM;
    }
    return 0;
}

int rcp_features_json(const rcp_features *f, char *buf, size_t cap, size_t *len)
{
    rcp__buf b, raw;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    rcp__buf_init(&raw, RCP__BUF_NOMAX);
    int rc = rcp__buf_adds(&b, "{\"id\": ");
    if (!rc)
        rc = rcp__buf_add_json(&b, f->id, strlen(f->id));
    if (!rc)
        rc = rcp__buf_adds(&b, ", \"date\": ");
    if (!rc)
        rc = rcp__buf_add_json_or_null(&b, f->date);
    if (!rc)
        rc = rcp__buf_addf(&b, ", \"months\": %u, \"sketch\": ", f->months);
    if (!rc && !f->sketched)
        rc = rcp__buf_adds(&b, "null");
    if (!rc && f->sketched) {
        /* each bin as "%04x" would write it, without a printf a bin */
        static const char hex[] = "0123456789abcdef";
        char q[4 * RCP__SKETCH_BINS + 2];
        size_t k = 0;
        q[k++] = '"';
        for (int i = 0; i < RCP__SKETCH_BINS; i++)
            for (int sh = 12; sh >= 0; sh -= 4)
                q[k++] = hex[(f->sketch.v[i] >> sh) & 15];
        q[k++] = '"';
        rc = rcp__buf_add(&b, q, k);
    }
    if (!rc)
        rc = rcp__buf_adds(&b, ", \"terms\": \"");
    if (!rc)
        rc = pack_terms(f, &raw);
    if (!rc)
        rc = add_b64(&b, (const unsigned char *)raw.p, raw.len);
    if (!rc)
        rc = rcp__buf_addf(&b, "\", \"nterms\": %zu}", f->nterms);
    if (!rc)
        rcp__buf_copy_out(&b, buf, cap, len);
    rcp__buf_release(&b);
    rcp__buf_release(&raw);
    return rc ? RCP_ENOMEM : 0;
}

/* ---- reading ---- */

/* The value of a character of b64[] (by ranges: a strchr per character
 * was a quarter of reading a record back), -1 for any other. */
static int b64_val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* Decode base64 s[0..n) into `raw`; -1 on a bad character or length. */
static int from_b64(const char *s, size_t n, rcp__buf *raw)
{
    if (n % 4)
        return -1;
    unsigned char q[768]; /* decoded bytes, added to raw a chunk at a time */
    size_t nq = 0;
    for (size_t i = 0; i < n; i += 4) {
        int v[4], pad = 0;
        for (int k = 0; k < 4; k++) {
            unsigned char c = (unsigned char)s[i + k];
            if (c == '=' && i + 4 == n && k >= 2) {
                v[k] = 0;
                pad++;
            } else if (pad || (v[k] = b64_val(c)) < 0) {
                return -1;
            }
        }
        uint32_t w = (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 |
                     (uint32_t)v[2] << 6 | (uint32_t)v[3];
        q[nq++] = (unsigned char)(w >> 16);
        if (pad < 2)
            q[nq++] = (unsigned char)(w >> 8);
        if (pad < 1)
            q[nq++] = (unsigned char)w;
        if (nq + 3 > sizeof q) {
            if (rcp__buf_add(raw, q, nq))
                return RCP_ENOMEM;
            nq = 0;
        }
    }
    return nq && rcp__buf_add(raw, q, nq) ? RCP_ENOMEM : 0;
}

/* Unpack the terms of raw into f->terms (room for f->nterms); -1 when the
 * bytes do not hold exactly that many well-formed terms. */
static int unpack_terms(const rcp__buf *raw, rcp_features *f)
{
    const unsigned char *p = (const unsigned char *)raw->p;
    size_t i = 0, n = raw->len;
    for (size_t t = 0; t < f->nterms; t++) {
        if (n - i < 9)
            return -1;
        uint64_t key = 0, v = 0;
        for (int k = 0; k < 8; k++)
            key |= (uint64_t)p[i++] << (8 * k);
        for (int shift = 0;; shift += 7) {
            if (i == n || shift > 35)
                return -1;
            v |= (uint64_t)(p[i] & 127) << shift;
            if (!(p[i++] & 128))
                break;
        }
        if (!key || (v >> 2) == 0 || (v >> 2) > UINT32_MAX)
            return -1;
        f->terms[t] = (rcp__fterm){key, (uint32_t)(v >> 2), (uint32_t)(v & 3)};
    }
    return i == n ? 0 : -1;
}

static int parse_sketch(const char *s, size_t n, rcp__sketch *sk)
{
    if (n != 4 * RCP__SKETCH_BINS)
        return -1;
    for (size_t k = 0; k < RCP__SKETCH_BINS; k++) {
        unsigned v = 0;
        for (size_t j = 0; j < 4; j++) {
            char c = s[4 * k + j];
            int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                           : -1;
            if (d < 0)
                return -1;
            v = v << 4 | (unsigned)d;
        }
        sk->v[k] = (uint16_t)v;
    }
    return 0;
}

int rcp_features_from_json(const char *p, size_t len, rcp_features **out,
                           rcp_error *err)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__buf raw;
    rcp__buf_init(&raw, RCP__BUF_NOMAX);
    rcp__json *j = NULL;
    size_t off = 0;
    const char *msg = NULL, *bad = NULL;
    rcp_features *f = NULL;
    *out = NULL;
    int rc = rcp__json_parse(p, len, &a, &j, &off, &msg);
    if (rc == RCP_EJSON) {
        rc = rcp__fail(err, RCP_EJSON, "", 0, off, "%s", msg);
        goto cleanup;
    }
    if (rc)
        goto cleanup;
    if (j->type != RCP__JSON_OBJ) {
        bad = "a record is a JSON object";
        goto invalid;
    }
    size_t idlen, tlen;
    const char *id = rcp__json_str(j, "id", &idlen);
    const rcp__json *date = rcp__json_get(j, "date");
    const rcp__json *months = rcp__json_get(j, "months");
    const rcp__json *sketch = rcp__json_get(j, "sketch");
    const rcp__json *nterms = rcp__json_get(j, "nterms");
    const char *terms = rcp__json_str(j, "terms", &tlen);
    if (!id || memchr(id, 0, idlen)) {
        bad = "'id' is missing or not a string";
        goto invalid;
    }
    if (date && date->type != RCP__JSON_NULL && date->type != RCP__JSON_STR) {
        bad = "'date' is neither a string nor null";
        goto invalid;
    }
    if (!months || months->type != RCP__JSON_NUM || months->num < 0 ||
        months->num > 4095 || months->num != (double)(int)months->num) {
        bad = "'months' is not a number from 0 to 4095";
        goto invalid;
    }
    if (!nterms || nterms->type != RCP__JSON_NUM || nterms->num < 0 ||
        nterms->num > 1e8 || nterms->num != (double)(size_t)nterms->num ||
        !terms) {
        bad = "'terms' or 'nterms' is missing";
        goto invalid;
    }
    rcp__sketch sk;
    int sketched = sketch && sketch->type == RCP__JSON_STR;
    if (!sketch || (sketched ? parse_sketch(sketch->str, sketch->len, &sk)
                             : sketch->type != RCP__JSON_NULL)) {
        bad = "'sketch' is not 256 hex digits nor null";
        goto invalid;
    }
    rc = rcp__features_make(id,
                            date && date->type == RCP__JSON_STR ? date->str
                                                                : NULL,
                            (uint16_t)months->num, sketched ? &sk : NULL,
                            (size_t)nterms->num, &f);
    if (rc)
        goto cleanup;
    if ((rc = from_b64(terms, tlen, &raw)) == RCP_ENOMEM)
        goto cleanup;
    if (rc || unpack_terms(&raw, f)) {
        bad = "'terms' does not hold 'nterms' terms";
        goto invalid;
    }
    *out = f;
    f = NULL;
    rc = 0;
    goto cleanup;
invalid:
    rc = rcp__fail(err, RCP_EINVAL, "", 0, 0, "%s", bad);
cleanup:
    rcp_features_free(f);
    rcp__buf_release(&raw);
    rcp__arena_release(&a);
    return rc;
}

/* ---- binary ----
 *
 * The record as the store keeps it (docs/store.md, schema v7): the bytes
 * "RF" and a format number (1); the id (a LEB128 varint of its length,
 * then its bytes); the date (one byte, 0 for none or 1 + its length, at
 * most 10, then its bytes); months (2 bytes little-endian); 1 and the 64
 * sketch bins (2 bytes each, little-endian), or 0 without a sketch; the
 * number of terms (a varint), then the terms packed as in the JSON's
 * "terms" (pack_terms), without the base64. Writing it and reading it
 * back cost a few instructions a byte, against a JSON parse and a base64
 * decode: the features of the 2,048 articles an add replays are read at
 * every add. */

#define PACK_MAGIC "RF\001"

static int add_varint(rcp__buf *b, uint64_t v)
{
    unsigned char t[10];
    size_t n = 0;
    do {
        t[n++] = (unsigned char)((v & 127) | (v > 127 ? 128 : 0));
        v >>= 7;
    } while (v);
    return rcp__buf_add(b, t, n);
}

int rcp_features_pack(const rcp_features *f, void *buf, size_t cap,
                      size_t *len)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    size_t idn = strlen(f->id), dn = f->date ? strlen(f->date) : 0;
    unsigned char head[3 + 2 * RCP__SKETCH_BINS];
    size_t k = 0;
    int rc = rcp__buf_add(&b, PACK_MAGIC, 3) || add_varint(&b, idn) ||
             rcp__buf_add(&b, f->id, idn);
    head[k++] = (unsigned char)(f->date ? dn + 1 : 0);
    if (!rc)
        rc = rcp__buf_add(&b, head, k) || rcp__buf_add(&b, f->date, dn);
    k = 0;
    head[k++] = (unsigned char)(f->months & 255);
    head[k++] = (unsigned char)(f->months >> 8);
    head[k++] = f->sketched ? 1 : 0;
    for (int i = 0; f->sketched && i < RCP__SKETCH_BINS; i++) {
        head[k++] = (unsigned char)(f->sketch.v[i] & 255);
        head[k++] = (unsigned char)(f->sketch.v[i] >> 8);
    }
    if (!rc)
        rc = rcp__buf_add(&b, head, k) || add_varint(&b, f->nterms) ||
             pack_terms(f, &b);
    if (!rc)
        rcp__buf_copy_out(&b, buf, cap, len);
    rcp__buf_release(&b);
    return rc ? RCP_ENOMEM : 0;
}

/* A varint at p[*i..n) into *v; -1 when cut short or over 64 bits. */
static int get_varint(const unsigned char *p, size_t n, size_t *i,
                      uint64_t *v)
{
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (*i == n)
            return -1;
        unsigned char c = p[(*i)++];
        *v |= (uint64_t)(c & 127) << shift;
        if (!(c & 128))
            return 0;
    }
    return -1;
}

int rcp_features_unpack(const void *data, size_t len, rcp_features **out,
                        rcp_error *err)
{
    const unsigned char *p = data;
    size_t i = 3;
    uint64_t idn, nterms;
    const char *bad = NULL;
    rcp_features *f = NULL;
    *out = NULL;
    if (len < 3 || memcmp(p, PACK_MAGIC, 3)) {
        i = 0, bad = "not a binary features record";
        goto invalid;
    }
    if (get_varint(p, len, &i, &idn) || idn > len - i ||
        memchr(p + i, 0, (size_t)idn)) {
        bad = "the id is cut short or holds a NUL";
        goto invalid;
    }
    size_t id0 = i;
    i += (size_t)idn;
    size_t dn = i < len ? p[i++] : 11;
    if (dn > 11 || (dn && dn - 1 > len - i) ||
        (dn > 1 && memchr(p + i, 0, dn - 1))) {
        bad = "the date is cut short, longer than 10 bytes or holds a NUL";
        goto invalid;
    }
    size_t d0 = i;
    i += dn ? dn - 1 : 0;
    if (len - i < 3 || (p[i] | p[i + 1] << 8) > 4095 || p[i + 2] > 1 ||
        (p[i + 2] && len - i - 3 < 2 * RCP__SKETCH_BINS)) {
        bad = "the months or the sketch are cut short or out of range";
        goto invalid;
    }
    uint16_t months = (uint16_t)(p[i] | p[i + 1] << 8);
    int sketched = p[i + 2];
    rcp__sketch sk;
    i += 3;
    for (int b = 0; sketched && b < RCP__SKETCH_BINS; b++, i += 2)
        sk.v[b] = (uint16_t)(p[i] | p[i + 1] << 8);
    /* a term takes 9 bytes at least */
    if (get_varint(p, len, &i, &nterms) || nterms > (len - i) / 9) {
        bad = "the number of terms is cut short or too large";
        goto invalid;
    }
    char id[256], date[11];
    char *idp = idn < sizeof id ? id : rcp__malloc((size_t)idn + 1);
    if (!idp)
        return rcp__fail(err, RCP_ENOMEM, "", 0, 0, "out of memory");
    memcpy(idp, p + id0, (size_t)idn);
    idp[idn] = 0;
    if (dn)
        memcpy(date, p + d0, dn - 1), date[dn - 1] = 0;
    int rc = rcp__features_make(idp, dn ? date : NULL, months,
                                sketched ? &sk : NULL, (size_t)nterms, &f);
    if (idp != id)
        rcp__free(idp);
    if (rc)
        return rcp__fail(err, rc, "", 0, 0, "out of memory");
    rcp__buf raw = {(char *)(uintptr_t)(p + i), len - i, len - i, len - i};
    if (unpack_terms(&raw, f)) {
        bad = "the terms are malformed, or not as many as said";
        goto invalid;
    }
    *out = f;
    return 0;
invalid:
    rcp_features_free(f);
    return rcp__fail(err, RCP_EINVAL, "", 0, i, "%s", bad);
}
