/*
 * translit.c - names carried across scripts: a word of Cyrillic, Greek,
 * Arabic or Chinese script written in Latin letters, so that the
 * clusterer can match Путин with Putin, Τσίπρας with Tsipras, 习近平
 * with Xi Jinping.
 *
 * How it works: ICU's transform "Any-Latin; Latin-ASCII; Lower" (Debian's
 * libicu; Cyrillic and Greek by their ISO-style romanisations, Chinese as
 * toneless pinyin, Arabic letter by letter, without the short vowels
 * its script does not write), then only the ASCII letters and digits are
 * kept (pinyin syllables come out space-separated: 习近平 -> "xijinping").
 * The result is hashed as rcp__hash hashes a word, so it meets the hnorm
 * and hstem of a Latin word spelled the same way.
 *
 * Cost: the transform is opened on the first non-Latin word only (Latin
 * text never loads it), and each distinct word is transformed once: the
 * answers are kept in a table of at most TR_CACHE_MAX words (past it, words
 * are transformed each time). Not thread-safe, as the word cache is not.
 */
#include "text.h"

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#define TR_CACHE_MAX (1u << 20)
#define TR_WORD_MAX 64 /* bytes; longer words are not transformed */

static UTransliterator *tr;
static int tr_failed; /* ICU could not open the transform: say 0 always */
/* rcp__hash of the word (salted) -> 1 + its index in tr_keys, or 0:
 * no key */
static rcp__map tr_cache;
static uint64_t *tr_keys; /* two keys a word (see rcp__translit_keys) */
static size_t tr_n, tr_cap;

int rcp__translit_script(const char *w, size_t n)
{
    if (n < 2)
        return 0;
    unsigned char c = (unsigned char)w[0], c1 = (unsigned char)w[1];
    if (c >= 0xCE && c <= 0xD3)
        return 1; /* U+0380-U+04FF: Greek and Cyrillic */
    if (c == 0xCD && c1 >= 0xB0)
        return 1; /* U+0370-U+037F: Greek */
    if (c >= 0xD8 && c <= 0xDB)
        return 1; /* U+0600-U+06FF: Arabic */
    if (n >= 3 && c >= 0xE4 && c <= 0xE9) {
        int32_t cp;
        rcp__utf8_decode(w, n, &cp);
        return cp >= 0x4E00 && cp <= 0x9FFF; /* CJK unified ideographs */
    }
    return 0;
}

static int tr_open(void)
{
    if (tr)
        return 1;
    if (tr_failed)
        return 0;
    UErrorCode e = U_ZERO_ERROR;
    UChar id[40];
    u_uastrcpy(id, "Any-Latin; Latin-ASCII; Lower");
    tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    if (U_FAILURE(e) || !tr) {
        tr = NULL;
        tr_failed = 1;
        return 0;
    }
    return 1;
}

/* The transform of w[0..n) into out (letters and digits only); its
 * length, 0 when nothing came out or ICU failed. */
static size_t translit(const char *w, size_t n, char *out, size_t cap)
{
    UChar buf[4 * TR_WORD_MAX];
    int32_t len = 0;
    UErrorCode e = U_ZERO_ERROR;
    u_strFromUTF8(buf, TR_WORD_MAX, &len, w, (int32_t)n, &e);
    if (U_FAILURE(e))
        return 0;
    int32_t limit = len;
    utrans_transUChars(tr, buf, &len, (int32_t)(sizeof buf / sizeof buf[0]), 0,
                       &limit, &e);
    if (U_FAILURE(e) || len <= 0)
        return 0;
    size_t k = 0;
    for (int32_t i = 0; i < len && k < cap; i++) {
        UChar u = buf[i];
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out[k++] = (char)u;
        else if (u >= 'A' && u <= 'Z')
            out[k++] = (char)(u + 32);
    }
    return k;
}

size_t rcp__translit(const char *w, size_t n, char *out, size_t cap)
{
    if (n == 0 || n > TR_WORD_MAX || !tr_open())
        return 0;
    return translit(w, n, out, cap);
}

int rcp__translit_keys(const char *w, size_t n, uint64_t keys[2])
{
    keys[0] = keys[1] = 0;
    if (n == 0 || n > TR_WORD_MAX)
        return 0;
    uint64_t h = rcp__hash(w, n, 0x7472616e736c6974ULL); /* "translit" */
    const uint64_t *v = rcp__map_get(&tr_cache, h);
    if (v) {
        if (*v == 0)
            return 0;
        keys[0] = tr_keys[2 * (*v - 1)];
        keys[1] = tr_keys[2 * (*v - 1) + 1];
        return keys[1] ? 2 : 1;
    }
    if (!tr_open())
        return 0;
    char out[4 * TR_WORD_MAX];
    size_t k = translit(w, n, out, sizeof out);
    if (k) {
        keys[0] = rcp__hash(out, k, 0);
        /* the English stem of the same letters, when it differs: the
         * hstem of the Latin word in English text (Tsipras -> tsipra) */
        rcp__arena a;
        rcp__arena_init(&a);
        const rcp__word *e = rcp__word_get(rcp__lang_slot("en"), out, k, &a);
        if (e && e->hstem != keys[0])
            keys[1] = e->hstem;
        rcp__arena_release(&a);
    }
    if (tr_cache.n < TR_CACHE_MAX) {
        uint64_t *slot = rcp__map_put(&tr_cache, h);
        if (slot && keys[0] &&
            !rcp__grow(&tr_keys, &tr_cap, 2 * (tr_n + 1), sizeof *tr_keys)) {
            tr_keys[2 * tr_n] = keys[0];
            tr_keys[2 * tr_n + 1] = keys[1];
            *slot = ++tr_n;
        }
    }
    return !keys[0] ? 0 : keys[1] ? 2 : 1;
}
