/*
 * xlex.c - words of other languages carried to English (the pivot), from
 * Debian's FreeDict dictionaries (dict-freedict-fra-eng, deu-eng, spa-eng,
 * ita-eng, and eng-fra inverted), so that the clusterer can compare an
 * article of one language with an English one by more than names and
 * numbers (docs/cluster.md, "Across languages").
 *
 * How it works: the dictionary of a language is read on the first word
 * asked of it, once per process: its .index (headword, offset, length in
 * base64) and its .dict.dz (dictzip, which zlib reads as gzip) under
 * $RECOUPE_LEXICON/dictd (default /usr/share/dictd; "off": none). Of each
 * entry only the first sense is read ("1. ..." or the first line after the
 * headword): its first XLEX_MAX translations that are one word each. The
 * headword is folded and stemmed as a word of its language is in a text
 * (rcp_doc_new), the translations as English words: the table maps the
 * hstem a token of the language has to the hstems the English words have
 * in English text. For French, eng-fra is read too, inverted: a French
 * word that fra-eng lacks gets the English headword whose first sense
 * gives it. Entries with several senses keep the first only: the
 * commonest, in these dictionaries' order. The English words are kept as
 * text and stemmed on the first lookup of their entry (most entries are
 * never asked for).
 *
 * Absent files: the language has no table (every word answers 0), said
 * once on standard error. Memory: the table only (the dictionary's text
 * is freed once read): about 40 bytes a headword. Not thread-safe (the
 * tables are process-wide, as translit.c's cache is).
 */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

#define XLEX_LANGS 8
#define XLEX_FILE_MAX ((size_t)1 << 30) /* a larger file is not read */
#define XLEX_FRONT 4096 /* answers remembered (a power of two) */

struct rcp__xlex {
    char lang[8];
    int state; /* 0: not read; 1: read (table may be empty); -1: no file */
    rcp__map map; /* hstem of the word -> (first key << 2) | count */
    uint64_t *keys;
    size_t nkeys, cap;
    /* an English word not stemmed yet (the first lookup does it): 1 +
     * its offset in str, else 0; by key */
    uint32_t *lazy;
    size_t caplazy;
    char *str;
    size_t nstr, capstr;
    /* the last answers of map, by hstem (a word is asked for at each of
     * its occurrences): hstem, and its value in map (0: none) */
    uint64_t front[XLEX_FRONT][2];
};
typedef struct rcp__xlex xlang;

static xlang X[XLEX_LANGS];

/* ISO 639-1 -> FreeDict's three letters (the languages with an X-eng
 * dictionary in Debian). */
static const char *code3(const char *lang)
{
    static const char *const t[][2] = {
        {"fr", "fra"}, {"de", "deu"}, {"es", "spa"}, {"it", "ita"},
        {"pt", "por"}, {"nl", "nld"}, {"sv", "swe"}, {"pl", "pol"}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(lang, t[i][0]) == 0)
            return t[i][1];
    return NULL;
}

const char *rcp__resources_root(void)
{
    const char *r = getenv("RECOUPE_LEXICON");
    return r && *r ? r : "/usr/share";
}

/* The whole file (inflated when gzip: zlib's gzread reads plain files
 * as they are); NULL when absent or unreadable. */
static char *slurp(const char *path, size_t *n)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *p = malloc(cap + 1);
    while (p) {
        if (len == cap) {
            char *q = cap < XLEX_FILE_MAX ? realloc(p, 2 * cap + 1) : NULL;
            if (!q) {
                free(p);
                p = NULL;
                break;
            }
            p = q;
            cap *= 2;
        }
        int r = gzread(f, p + len, (unsigned)(cap - len));
        if (r <= 0) {
            if (r < 0) {
                free(p);
                p = NULL;
            }
            break;
        }
        len += (size_t)r;
    }
    gzclose(f);
    if (p) {
        p[len] = 0;
        *n = len;
    }
    return p;
}

/* The end (the newline, or n) of the line of p[0..n) that starts at i. */
static size_t line_end(const char *p, size_t n, size_t i)
{
    const char *nl = memchr(p + i, '\n', n - i);
    return nl ? (size_t)(nl - p) : n;
}

static long b64(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d = c >= 'A' && c <= 'Z'   ? c - 'A'
                : c >= 'a' && c <= 'z' ? c - 'a' + 26
                : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+'             ? 62
                : c == '/'             ? 63
                                       : -1;
        if (d < 0 || v > (1L << 40))
            return -1;
        v = v * 64 + d;
    }
    return v;
}

/* Is w[0..n) a run of Latin letters (ASCII, and U+00C0-U+024F but for
 * the signs x and /)? The tokenizer makes such a run one word. */
static int latin_word(const char *w, size_t n)
{
    for (size_t k = 0; k < n;) {
        unsigned char c = (unsigned char)w[k];
        if (c < 0x80) {
            if ((c | 32) < 'a' || (c | 32) > 'z')
                return 0;
            k++;
            continue;
        }
        int32_t cp;
        k += (size_t)rcp__utf8_decode(w + k, n - k, &cp);
        if (cp < 0xC0 || cp > 0x24F || cp == 0xD7 || cp == 0xF7)
            return 0;
    }
    return n > 0;
}

/* Scratch of word_hstem, kept while a dictionary is read. */
typedef struct wscratch {
    rcp__buf fold;
    rcp__arena arena;
} wscratch;

/* The hstem a word has in text of the language of word cache slot
 * `slot` (lang), 0 when it is not one word or is a stopword. A run of
 * Latin letters is folded and looked up in the word cache as the
 * tokenizer does; anything else is tokenized (rcp_doc_new). */
static uint64_t word_hstem(int slot, const char *lang, const char *w, size_t n,
                           wscratch *ws)
{
    if (latin_word(w, n)) {
        ws->fold.len = 0;
        if (rcp__fold(w, n, &ws->fold) || !ws->fold.len)
            return 0;
        const rcp__word *e =
            rcp__word_get(slot, ws->fold.p, ws->fold.len, &ws->arena);
        return e && !e->stop ? e->hstem : 0;
    }
    rcp_doc *d = rcp_doc_new(w, n, lang);
    uint64_t h = 0;
    if (d && d->ntoks == 1 &&
        (d->toks[0].flags & (RCP_TOK_WORD | RCP_TOK_STOP)) == RCP_TOK_WORD)
        h = d->toks[0].hstem;
    rcp_doc_free(d);
    return h;
}

static void wscratch_init(wscratch *ws)
{
    rcp__buf_init(&ws->fold, RCP__BUF_NOMAX);
    rcp__arena_init(&ws->arena);
}

static void wscratch_release(wscratch *ws)
{
    rcp__buf_release(&ws->fold);
    rcp__arena_release(&ws->arena);
}

uint64_t rcp__xlex_hstem(const char *lang, const char *w, size_t n)
{
    wscratch ws;
    wscratch_init(&ws);
    uint64_t h = word_hstem(rcp__lang_slot(lang), lang, w, n, &ws);
    wscratch_release(&ws);
    return h;
}

/* The first sense of an entry's body b[0..n) (the lines after its
 * headword line): up to RCP__XLEX_MAX one-word translations, as
 * (offset, length) pairs into b. */
size_t rcp__xlex_first_sense(const char *b, size_t n, size_t out[][2])
{
    size_t i = 0, k = 0;
    while (i < n && (b[i] == '\n' || b[i] == ' '))
        i++;
    const char *e = memchr(b + i, '\n', n - i);
    size_t end = e ? (size_t)(e - b) : n;
    if (end - i >= 3 && b[i] == '1' && b[i + 1] == '.' && b[i + 2] == ' ')
        i += 3;
    while (i < end && k < RCP__XLEX_MAX) {
        const char *c = memchr(b + i, ',', end - i);
        size_t stop = c ? (size_t)(c - b) : end, s = i, t = stop;
        const char *pos = memchr(b + s, '<', t - s); /* "ruin <v>" */
        if (pos)
            t = (size_t)(pos - b);
        while (s < t && b[s] == ' ')
            s++;
        while (t > s && b[t - 1] == ' ')
            t--;
        int one = t > s;
        for (size_t j = s; j < t && one; j++)
            one = b[j] != ' ' && b[j] != '(' && b[j] != ')';
        if (one) {
            out[k][0] = s;
            out[k][1] = t - s;
            k++;
        }
        i = stop + 1;
    }
    return k;
}

/* Add word -> the English words w[k][0..n[k]), k < nk, to x unless the
 * word is there already; they are stemmed when first asked for. */
static int put(xlang *x, uint64_t word, const char *const *w,
               const size_t *n, size_t nk)
{
    if (!word || !nk || rcp__map_get(&x->map, word))
        return 0;
    size_t room = 0;
    for (size_t k = 0; k < nk; k++)
        room += n[k] + 1;
    if (x->nstr + room >= UINT32_MAX ||
        rcp__grow(&x->keys, &x->cap, x->nkeys + nk, sizeof *x->keys) ||
        rcp__grow(&x->lazy, &x->caplazy, x->nkeys + nk, sizeof *x->lazy) ||
        rcp__grow(&x->str, &x->capstr, x->nstr + room, 1))
        return RCP_ENOMEM;
    uint64_t *v = rcp__map_put(&x->map, word);
    if (!v)
        return RCP_ENOMEM;
    *v = (uint64_t)x->nkeys << 2 | nk;
    for (size_t k = 0; k < nk; k++) {
        x->keys[x->nkeys] = 0;
        x->lazy[x->nkeys++] = (uint32_t)x->nstr + 1;
        memcpy(x->str + x->nstr, w[k], n[k]);
        x->str[x->nstr + n[k]] = 0;
        x->nstr += n[k] + 1;
    }
    return 0;
}

/* Read a dictionary's index idx[0..ni) (NUL-terminated) and its text
 * dict[0..nd) into x; invert: the headwords are English, the
 * translations of x's language. Damaged lines are said, as of file
 * `name`. */
static void parse_dict(xlang *x, const char *idx, size_t ni, const char *dict,
                       size_t nd, int invert, const char *name)
{
    int slot = rcp__lang_slot(x->lang);
    wscratch ws;
    wscratch_init(&ws);
    size_t line = 0, nbad = 0, first_bad = 0;
    for (size_t i = 0, end; i < ni; i = end + 1) {
        end = line_end(idx, ni, i);
        const char *t1 = memchr(idx + i, '\t', end - i);
        const char *t2 =
            t1 ? memchr(t1 + 1, '\t', (size_t)(idx + end - t1 - 1)) : NULL;
        long off = t2 ? b64(t1 + 1, (size_t)(t2 - t1 - 1)) : -1,
             len = t2 ? b64(t2 + 1, (size_t)(idx + end - t2 - 1)) : -1;
        line++;
        if (off < 0 || len <= 0 || (size_t)off + (size_t)len > nd) {
            if (end > i && !nbad++) /* an empty line is no entry */
                first_bad = line;
            continue;
        }
        if (strncmp(idx + i, "00database", 10) == 0) /* about the file */
            continue;
        const char *b = dict + off;
        const char *h = memchr(b, '\n', (size_t)len);
        size_t body = h ? (size_t)(h - b) + 1 : (size_t)len;
        size_t tr[RCP__XLEX_MAX][2];
        size_t nt = rcp__xlex_first_sense(b + body, (size_t)len - body, tr);
        const char *hw = idx + i, *w[RCP__XLEX_MAX];
        size_t hn = (size_t)(t1 - idx - i), wn[RCP__XLEX_MAX];
        for (size_t k = 0; k < nt; k++) {
            w[k] = b + body + tr[k][0];
            wn[k] = tr[k][1];
        }
        if (invert) { /* each French word -> the English head */
            for (size_t k = 0; k < nt; k++)
                if (put(x, word_hstem(slot, x->lang, w[k], wn[k], &ws), &hw,
                        &hn, 1))
                    break;
        } else {
            uint64_t head = word_hstem(slot, x->lang, hw, hn, &ws);
            if (head && !rcp__map_get(&x->map, head) && put(x, head, w, wn, nt))
                break;
        }
    }
    if (nbad) /* the rest is read */
        fprintf(stderr,
                "recoupe: %s: line %zu: not an entry (headword, offset and "
                "length in base64 within the .dict.dz); %zu such line%s "
                "skipped\n",
                name, first_bad, nbad, nbad > 1 ? "s" : "");
    wscratch_release(&ws);
}

/* Read dictionary from-to (e.g. "fra", "eng") under dir into x; invert:
 * the headwords are English, the translations of lang. Returns 0 when
 * read, -1 when a file is absent. */
static int read_dict(xlang *x, const char *dir, const char *from,
                     const char *to, int invert)
{
    char path[1024];
    size_t ni = 0, nd = 0;
    snprintf(path, sizeof path, "%s/freedict-%s-%s.dict.dz", dir, from, to);
    char *dict = slurp(path, &nd);
    snprintf(path, sizeof path, "%s/freedict-%s-%s.index", dir, from, to);
    char *idx = dict ? slurp(path, &ni) : NULL;
    if (idx)
        parse_dict(x, idx, ni, dict, nd, invert, path);
    free(idx);
    free(dict);
    return idx ? 0 : -1;
}

size_t rcp__xlex_parse(const char *lang, const char *idx, size_t ni,
                       const char *dict, size_t nd)
{
    xlang x;
    memset(&x, 0, sizeof x);
    snprintf(x.lang, sizeof x.lang, "%s", lang);
    char *z = malloc(ni + 1); /* parse_dict's index ends with a NUL */
    if (z) {
        memcpy(z, idx, ni);
        z[ni] = 0;
        parse_dict(&x, z, ni, dict, nd, 0, "(memory)");
        free(z);
    }
    size_t n = x.nkeys;
    uint64_t k[RCP__XLEX_MAX];
    for (size_t i = 0; i < x.map.cap; i++) /* every entry asked for */
        if (x.map.slot[i].key)
            rcp__xlex_keys(&x, x.map.slot[i].key, k);
    rcp__map_release(&x.map);
    rcp__free(x.keys);
    rcp__free(x.lazy);
    rcp__free(x.str);
    return n;
}

static xlang *lang_of(const char *lang)
{
    if (!lang || !code3(lang))
        return NULL;
    xlang *free_slot = NULL;
    for (size_t i = 0; i < XLEX_LANGS; i++) {
        if (X[i].lang[0] && strcmp(X[i].lang, lang) == 0)
            return &X[i];
        if (!X[i].lang[0] && !free_slot)
            free_slot = &X[i];
    }
    if (!free_slot)
        return NULL;
    snprintf(free_slot->lang, sizeof free_slot->lang, "%s", lang);
    return free_slot;
}

rcp__xlex *rcp__xlex_of(const char *lang)
{
    xlang *x = lang_of(lang);
    if (!x)
        return NULL;
    if (x->state == 0) {
        x->state = -1;
        if (strcmp(rcp__resources_root(), "off") == 0)
            return NULL;
        char dir[1024];
        snprintf(dir, sizeof dir, "%s/dictd", rcp__resources_root());
        if (read_dict(x, dir, code3(lang), "eng", 0) == 0) {
            x->state = 1;
            read_dict(x, dir, "eng", code3(lang), 1); /* where there is one */
        } else {
            fprintf(stderr,
                    "recoupe: %s/freedict-%s-eng.index (Debian package "
                    "dict-freedict-%s-eng) not found: articles in \"%s\" are "
                    "compared with English ones by names and numbers only\n",
                    dir, code3(lang), code3(lang), lang);
        }
    }
    return x->state == 1 && x->nkeys > 0 ? x : NULL;
}

int rcp__xlex_keys(rcp__xlex *x, uint64_t hstem, uint64_t keys[RCP__XLEX_MAX])
{
    if (!x)
        return 0;
    uint64_t *fr = x->front[(hstem ^ hstem >> 32) & (XLEX_FRONT - 1)];
    if (fr[0] != hstem || !hstem) {
        const uint64_t *v = rcp__map_get(&x->map, hstem);
        fr[0] = hstem;
        fr[1] = v ? *v : 0;
    }
    uint64_t v = fr[1];
    int n = 0;
    for (size_t k = v >> 2, e = k + (v & 3); k < e; k++) {
        if (x->lazy[k]) { /* 0: a stopword or not one word */
            const char *w = x->str + x->lazy[k] - 1;
            x->keys[k] = rcp__xlex_hstem("en", w, strlen(w));
            x->lazy[k] = 0;
        }
        if (x->keys[k])
            keys[n++] = x->keys[k];
    }
    return n;
}

void rcp__xlex_reset(void)
{
    for (size_t i = 0; i < XLEX_LANGS; i++) {
        rcp__map_release(&X[i].map);
        rcp__free(X[i].keys);
        rcp__free(X[i].lazy);
        rcp__free(X[i].str);
        memset(&X[i], 0, sizeof X[i]);
    }
}
