/*
 * sentences.c - the sentences of each article, by recoupe's splitter
 * (src/text/doc.c, what every stage reads) or, with --icu, by ICU's
 * sentence break iterator with its abbreviation suppressions for the
 * article's language ("en@ss=standard"), over the same normalised text.
 * A development tool: tools/eval/sentence_cuts.py --split reads its
 * output to compare the two and to count cuts over every sentence.
 *
 *   build/tools/sentences [--icu] INPUT...
 *
 * One JSON line per article: {"id": ..., "lang": ..., "text": the
 * normalised text, "sents": [[start, end], ...]} (byte offsets).
 */
#include "recoupe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static void put_str(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

/* ICU's sentences of d->text, as byte offsets */
static int icu_sentences(const rcp_doc *d)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n16 = 0;
    u_strFromUTF8(NULL, 0, &n16, d->text, (int32_t)d->len, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
        return -1;
    err = U_ZERO_ERROR;
    UChar *u = malloc(((size_t)n16 + 1) * sizeof *u);
    size_t *byte = malloc(((size_t)n16 + 1) * sizeof *byte);
    if (!u || !byte) {
        free(u);
        free(byte);
        return -1;
    }
    u_strFromUTF8(u, n16 + 1, NULL, d->text, (int32_t)d->len, &err);
    /* the byte offset of each UTF-16 unit */
    for (size_t i = 0, k = 0; i < d->len && k < (size_t)n16;) {
        unsigned char c = (unsigned char)d->text[i];
        size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        byte[k++] = i;
        if (l == 4 && k < (size_t)n16)
            byte[k++] = i;
        i += l;
    }
    byte[n16] = d->len;
    char loc[32];
    snprintf(loc, sizeof loc, "%s@ss=standard", d->lang[0] ? d->lang : "en");
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, loc, u, n16, &err);
    if (U_FAILURE(err)) {
        free(u);
        free(byte);
        return -1;
    }
    int first = 1;
    for (int32_t s = ubrk_first(bi), e; (e = ubrk_next(bi)) != UBRK_DONE;
         s = e) {
        size_t bs = byte[s], be = byte[e];
        while (bs < be && (d->text[bs] == ' ' || d->text[bs] == '\n'))
            bs++;
        while (be > bs && (d->text[be - 1] == ' ' || d->text[be - 1] == '\n'))
            be--;
        if (be > bs) {
            printf("%s[%zu, %zu]", first ? "" : ", ", bs, be);
            first = 0;
        }
    }
    ubrk_close(bi);
    free(u);
    free(byte);
    return 0;
}

int main(int argc, char **argv)
{
    int icu = argc > 1 && strcmp(argv[1], "--icu") == 0;
    if (argc < 2 + icu) {
        fprintf(stderr, "usage: sentences [--icu] INPUT...\n");
        return 1;
    }
    rcp_read_opts ro = {0};
    rcp_reader *r = rcp_reader_new((const char *const *)argv + 1 + icu,
                                   (size_t)(argc - 1 - icu), &ro);
    if (!r)
        return 2;
    rcp_article *a;
    int rc;
    while ((rc = rcp_reader_next(r, &a, NULL)) != 0) {
        if (rc < 0)
            continue;
        rcp_doc *d = rcp_doc_from_article(a);
        if (d) {
            fputs("{\"id\": ", stdout);
            put_str(a->id ? a->id : "", a->id ? strlen(a->id) : 0);
            printf(", \"lang\": \"%s\", \"text\": ", d->lang);
            put_str(d->text, d->len);
            fputs(", \"sents\": [", stdout);
            if (icu) {
                if (icu_sentences(d))
                    fprintf(stderr, "sentences: ICU failed on %s\n", a->id);
            } else {
                for (size_t i = 0; i < d->nsents; i++)
                    printf("%s[%u, %u]", i ? ", " : "", d->sents[i].off,
                           d->sents[i].off + d->sents[i].len);
            }
            puts("]}");
            rcp_doc_free(d);
        }
        rcp_article_free(a);
    }
    rcp_reader_free(r);
    return 0;
}
