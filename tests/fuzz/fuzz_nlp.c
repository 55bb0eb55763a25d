/*
 * fuzz_nlp.c - the story analysis on hostile text: the input is cut at
 * 0x1E bytes into up to four articles, dated in turn 2023-09-15, 2023-10,
 * not at all and 2024-02-29, analysed as French, English or detected
 * (first byte), then run through rcp__story_nlp_run. Every offset that
 * comes back must lie inside its doc.
 */
#include "analysis/nlp.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {"2023-09-15", "2023-10", NULL,
                                        "2024-02-29"};
    static const char *const langs[] = {"fr", "en", NULL};
    const char *lang = size ? langs[data[0] % 3] : NULL;
    rcp_article arts[4];
    rcp_doc *docs[4];
    size_t n = 0, start = size ? 1 : 0;
    memset(arts, 0, sizeof arts);
    while (n < 4 && start <= size) {
        size_t end = start;
        while (end < size && data[end] != 0x1E)
            end++;
        arts[n].date = dates[n];
        docs[n] = rcp_doc_new((const char *)data + start, end - start, lang);
        if (!docs[n])
            break;
        docs[n]->article = &arts[n];
        n++;
        start = end + 1;
    }
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__story_nlp out;
    if (rcp__story_nlp_run((const rcp_doc *const *)docs, n, &a, &out) == 0) {
        for (size_t i = 0; i < out.nquotes; i++) {
            const rcp__quote *q = &out.quotes[i];
            if (q->doc >= n || q->off + q->len > docs[q->doc]->len ||
                (q->speaker >= 0 && (size_t)q->speaker >= out.nentities))
                abort();
        }
        for (size_t i = 0; i < out.ndates; i++) {
            const rcp__date *d = &out.dates[i];
            if (d->doc >= n || d->off + d->len > docs[d->doc]->len ||
                strlen(d->value) < 4)
                abort();
        }
        for (size_t i = 0; i < out.nentities; i++)
            if (!out.entities[i].name || !out.entities[i].ndocs)
                abort();
    }
    rcp__arena_release(&a);
    for (size_t i = 0; i < n; i++)
        rcp_doc_free(docs[i]);
    return 0;
}
