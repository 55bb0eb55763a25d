/*
 * json.c - a strict JSON reader into an arena (RFC 8259).
 *
 * Why our own: Debian 12 has no yyjson, and a JSON Lines article must be
 * parsed fast and, when it is wrong, reported with the byte offset of the
 * problem, which the packaged readers (jansson, cJSON) report poorly.
 *
 * How it works: one recursive-descent pass; values are nodes in the
 * caller's arena, children in a linked list in document order. Strings are
 * unescaped into the arena and NUL-terminated (an embedded \u0000 is kept,
 * so use len). Nesting is capped (RCP__JSON_MAX_DEPTH) so a hostile input
 * cannot exhaust the stack; invalid UTF-8 inside strings is an error.
 */
#include "base.h"
#include "json.h"

#include <stdlib.h>

typedef struct parser {
    const char *p, *end, *start;
    rcp__arena *a;
    const char *msg;
    int depth;
} parser;

static void ws(parser *ps)
{
    while (ps->p < ps->end &&
           (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' ||
            *ps->p == '\r'))
        ps->p++;
}

static rcp__json *node(parser *ps, int type)
{
    rcp__json *j = rcp__arena_zalloc(ps->a, sizeof *j);
    if (!j)
        ps->msg = "out of memory";
    else
        j->type = type;
    return j;
}

static int hex4(const char *p, uint32_t *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        *v <<= 4;
        if (c >= '0' && c <= '9')
            *v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            *v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            *v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    return 0;
}

/* Does any of the 8 bytes in w need a look in a string: a quote, a
 * backslash, or a control character (below 0x20)? Exact for whether any
 * does (the usual has-zero-byte test, whose false hits fall only above a
 * true one). */
static inline int special8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t quote = w ^ (ones * '"'), bslash = w ^ (ones * '\\');
    uint64_t z = ((quote - ones) & ~quote) | ((bslash - ones) & ~bslash) |
                 ((w - ones * 0x20) & ~w);
    return (z & high) != 0;
}

/* A string at ps->p (on the opening quote); sets *out and *len. */
static int string(parser *ps, const char **out, size_t *len)
{
    const char *s = ++ps->p;
    /* first pass: find the end and check for escapes */
    int escapes = 0;
    const char *q = s;
    for (;;) {
        /* eight plain bytes at a time: no quote, backslash or control
         * character among them */
        while (ps->end - q >= 8) {
            uint64_t w;
            memcpy(&w, q, 8);
            if (special8(w))
                break;
            q += 8;
        }
        if (q >= ps->end || *q == '"')
            break;
        unsigned char c = (unsigned char)*q;
        if (c < 0x20) {
            ps->p = q;
            ps->msg = "control character in string";
            return -1;
        }
        if (c == '\\') {
            escapes = 1;
            q++;
            if (q >= ps->end)
                break;
        }
        q++;
    }
    if (q >= ps->end) {
        ps->p = q;
        ps->msg = "unterminated string";
        return -1;
    }
    size_t bad;
    if (!rcp__utf8_valid(s, (size_t)(q - s), &bad)) {
        ps->p = s + bad;
        ps->msg = "invalid UTF-8 in string";
        return -1;
    }
    char *o = rcp__arena_alloc(ps->a, (size_t)(q - s) + 1);
    if (!o) {
        ps->msg = "out of memory";
        return -1;
    }
    if (!escapes) {
        memcpy(o, s, (size_t)(q - s));
        o[q - s] = 0;
        *out = o;
        *len = (size_t)(q - s);
        ps->p = q + 1;
        return 0;
    }
    size_t n = 0;
    const char *r = s;
    while (r < q) {
        if (*r != '\\') {
            /* the run up to the next escape, copied whole */
            const char *e = memchr(r, '\\', (size_t)(q - r));
            size_t k = e ? (size_t)(e - r) : (size_t)(q - r);
            memcpy(o + n, r, k);
            n += k;
            r += k;
            continue;
        }
        r++;
        switch (*r) {
        case '"': o[n++] = '"'; break;
        case '\\': o[n++] = '\\'; break;
        case '/': o[n++] = '/'; break;
        case 'b': o[n++] = '\b'; break;
        case 'f': o[n++] = '\f'; break;
        case 'n': o[n++] = '\n'; break;
        case 'r': o[n++] = '\r'; break;
        case 't': o[n++] = '\t'; break;
        case 'u': {
            uint32_t v, lo;
            if (q - r < 5 || hex4(r + 1, &v)) {
                ps->p = r - 1;
                ps->msg = "bad \\u escape";
                return -1;
            }
            r += 4;
            if (v >= 0xD800 && v <= 0xDBFF && q - r >= 7 && r[1] == '\\' &&
                r[2] == 'u' && !hex4(r + 3, &lo) && lo >= 0xDC00 &&
                lo <= 0xDFFF) {
                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                r += 6;
            } else if (v >= 0xD800 && v <= 0xDFFF) {
                v = 0xFFFD; /* lone surrogate: replaced, as browsers do */
            }
            n += (size_t)rcp__utf8_encode((int32_t)v, o + n);
            break;
        }
        default:
            ps->p = r - 1;
            ps->msg = "bad escape";
            return -1;
        }
        r++;
    }
    o[n] = 0;
    *out = o;
    *len = n;
    ps->p = q + 1;
    return 0;
}

static rcp__json *value(parser *ps);

static rcp__json *number(parser *ps)
{
    const char *s = ps->p, *q = s;
    if (q < ps->end && *q == '-')
        q++;
    if (q >= ps->end || !(*q >= '0' && *q <= '9')) {
        ps->msg = "unexpected character";
        return NULL;
    }
    if (*q == '0')
        q++;
    else
        while (q < ps->end && *q >= '0' && *q <= '9')
            q++;
    if (q < ps->end && *q == '.') {
        q++;
        if (q >= ps->end || !(*q >= '0' && *q <= '9')) {
            ps->p = q;
            ps->msg = "bad number";
            return NULL;
        }
        while (q < ps->end && *q >= '0' && *q <= '9')
            q++;
    }
    if (q < ps->end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < ps->end && (*q == '+' || *q == '-'))
            q++;
        if (q >= ps->end || !(*q >= '0' && *q <= '9')) {
            ps->p = q;
            ps->msg = "bad number";
            return NULL;
        }
        while (q < ps->end && *q >= '0' && *q <= '9')
            q++;
    }
    rcp__json *j = node(ps, RCP__JSON_NUM);
    if (!j)
        return NULL;
    char tmp[64];
    size_t n = RCP_MIN((size_t)(q - s), sizeof tmp - 1);
    memcpy(tmp, s, n);
    tmp[n] = 0;
    j->num = strtod(tmp, NULL);
    j->str = rcp__arena_strndup(ps->a, s, (size_t)(q - s));
    j->len = (size_t)(q - s);
    ps->p = q;
    return j->str ? j : NULL;
}

static int literal(parser *ps, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) {
        ps->msg = "unexpected character";
        return -1;
    }
    ps->p += n;
    return 0;
}

static rcp__json *container(parser *ps, int obj)
{
    if (++ps->depth > RCP__JSON_MAX_DEPTH) {
        ps->msg = "nesting too deep";
        return NULL;
    }
    rcp__json *j = node(ps, obj ? RCP__JSON_OBJ : RCP__JSON_ARR), **tail;
    if (!j)
        return NULL;
    tail = &j->child;
    char close = obj ? '}' : ']';
    ps->p++;
    ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        ps->depth--;
        return j;
    }
    for (;;) {
        const char *key = NULL;
        size_t klen = 0;
        if (obj) {
            ws(ps);
            if (ps->p >= ps->end || *ps->p != '"') {
                ps->msg = "expected a string key";
                return NULL;
            }
            if (string(ps, &key, &klen))
                return NULL;
            ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                ps->msg = "expected ':'";
                return NULL;
            }
            ps->p++;
        }
        rcp__json *v = value(ps);
        if (!v)
            return NULL;
        v->key = key;
        v->keylen = klen;
        *tail = v;
        tail = &v->next;
        j->n++;
        ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            ps->depth--;
            return j;
        }
        ps->msg = ps->p >= ps->end ? "unexpected end of input"
                  : obj            ? "expected ',' or '}'"
                                   : "expected ',' or ']'";
        return NULL;
    }
}

static rcp__json *value(parser *ps)
{
    ws(ps);
    if (ps->p >= ps->end) {
        ps->msg = "unexpected end of input";
        return NULL;
    }
    rcp__json *j;
    switch (*ps->p) {
    case '{':
        return container(ps, 1);
    case '[':
        return container(ps, 0);
    case '"':
        j = node(ps, RCP__JSON_STR);
        if (!j || string(ps, &j->str, &j->len))
            return NULL;
        return j;
    case 't':
    case 'f': {
        int t = *ps->p == 't';
        j = node(ps, RCP__JSON_BOOL);
        if (!j || literal(ps, t ? "true" : "false"))
            return NULL;
        j->num = t;
        return j;
    }
    case 'n':
        j = node(ps, RCP__JSON_NULL);
        if (!j || literal(ps, "null"))
            return NULL;
        return j;
    default:
        return number(ps);
    }
}

int rcp__json_parse(const char *p, size_t n, rcp__arena *a, rcp__json **out,
                    size_t *err_offset, const char **err_msg)
{
    parser ps = {p, p + n, p, a, NULL, 0};
    rcp__json *j = value(&ps);
    if (j) {
        ws(&ps);
        if (ps.p < ps.end) {
            ps.msg = "trailing characters after the value";
            j = NULL;
        }
    }
    if (!j) {
        if (err_offset)
            *err_offset = (size_t)(ps.p - ps.start);
        if (err_msg)
            *err_msg = ps.msg ? ps.msg : "malformed JSON";
        return strcmp(ps.msg ? ps.msg : "", "out of memory") == 0
                   ? RCP_ENOMEM
                   : RCP_EJSON;
    }
    *out = j;
    return 0;
}

const rcp__json *rcp__json_get(const rcp__json *obj, const char *key)
{
    if (!obj || obj->type != RCP__JSON_OBJ)
        return NULL;
    size_t n = strlen(key);
    const rcp__json *found = NULL;
    for (const rcp__json *c = obj->child; c; c = c->next)
        if (c->keylen == n && memcmp(c->key, key, n) == 0)
            found = c; /* the last duplicate wins, as in JavaScript */
    return found;
}

const char *rcp__json_str(const rcp__json *obj, const char *key, size_t *len)
{
    const rcp__json *v = rcp__json_get(obj, key);
    if (!v || v->type != RCP__JSON_STR)
        return NULL;
    if (len)
        *len = v->len;
    return v->str;
}
