/*
 * fuzz_text.c - libFuzzer target for text analysis: normalisation,
 * folding, language detection and rcp_doc_new (tokenizer, sentences,
 * word cache) under several language hints, with the invariants every
 * later stage relies on:
 *   - paragraphs, sentences and tokens lie inside the text, in order;
 *   - sentences cover the tokens exactly, one after the other, and every
 *     token is inside its sentence, which is inside its paragraph;
 *   - every token has a folded form, a stem and a hash that matches it.
 * The first byte of the input picks the hint; the rest is the text.
 */
#include "text/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c)                                                             \
    do {                                                                       \
        if (!(c))                                                              \
            abort();                                                           \
    } while (0)

static void check_doc(const rcp_doc *d)
{
    REQUIRE(d->text[d->len] == 0);
    size_t next_tok = 0, next_sent = 0;
    uint32_t prev_end = 0;
    for (size_t p = 0; p < d->nparas; p++) {
        const rcp_paragraph *pg = &d->paras[p];
        REQUIRE((size_t)pg->off + pg->len <= d->len);
        REQUIRE(pg->sent == next_sent && pg->nsent > 0);
        next_sent += pg->nsent;
        REQUIRE(memchr(d->text + pg->off, '\n', pg->len) == NULL);
    }
    REQUIRE(next_sent == d->nsents);
    for (size_t s = 0; s < d->nsents; s++) {
        const rcp_sentence *st = &d->sents[s];
        REQUIRE(st->tok == next_tok && st->ntok > 0);
        next_tok += st->ntok;
        REQUIRE(st->para < d->nparas);
        const rcp_paragraph *pg = &d->paras[st->para];
        REQUIRE(st->off >= pg->off &&
                (size_t)st->off + st->len <= (size_t)pg->off + pg->len);
        REQUIRE(st->off >= prev_end);
        prev_end = st->off + st->len;
        for (uint32_t t = st->tok; t < st->tok + st->ntok; t++) {
            const rcp_token *tk = &d->toks[t];
            REQUIRE(tk->sent == s);
            REQUIRE(tk->off >= st->off &&
                    tk->off + tk->len <= st->off + st->len);
        }
    }
    REQUIRE(next_tok == d->ntoks);
    uint32_t prev = 0;
    for (size_t t = 0; t < d->ntoks; t++) {
        const rcp_token *tk = &d->toks[t];
        REQUIRE(tk->len > 0 && tk->off >= prev);
        prev = tk->off + tk->len;
        REQUIRE(tk->norm && tk->stem);
        REQUIRE(strlen(tk->norm) == tk->norm_len);
        REQUIRE(tk->hnorm == rcp__hash(tk->norm, tk->norm_len, 0));
        REQUIRE(tk->hstem == rcp__hash(tk->stem, strlen(tk->stem), 0));
        REQUIRE(rcp__utf8_valid(d->text + tk->off, tk->len, NULL));
    }
    REQUIRE(strlen(d->lang) < sizeof d->lang);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const hints[] = {NULL, "",   "fr",    "en", "de", "es",
                                        "it", "pt", "nl",    "ms", "id", "ru",
                                        "el", "xx", "fr-CA", "EN"};
    if (size == 0)
        return 0;
    const char *hint = hints[data[0] % (sizeof hints / sizeof *hints)];
    const char *p = (const char *)data + 1;
    size_t n = size - 1;

    /* normalisation keeps valid UTF-8 valid, and is idempotent */
    size_t bad;
    size_t valid = rcp__utf8_valid(p, n, &bad) ? n : bad;
    rcp__buf a, b;
    rcp__buf_init(&a, 0);
    rcp__buf_init(&b, 0);
    if (rcp__text_normalize(p, valid, &a) == 0 && a.p) {
        REQUIRE(rcp__utf8_valid(a.p, a.len, NULL));
        if (rcp__text_normalize(a.p, a.len, &b) == 0 && b.p)
            REQUIRE(b.len == a.len && memcmp(a.p, b.p, a.len) == 0);
        rcp__buf_reset(&b);
        if (rcp__fold(a.p, a.len, &b) == 0 && b.p)
            REQUIRE(rcp__utf8_valid(b.p, b.len, NULL));
    }
    rcp__buf_release(&a);
    rcp__buf_release(&b);

    const char *l = rcp_lang_detect(p, n);
    REQUIRE(l && strlen(l) <= 3);

    rcp_doc *d = rcp_doc_new(p, n, hint);
    if (d) {
        check_doc(d);
        rcp_doc_free(d);
    }
    return 0;
}
