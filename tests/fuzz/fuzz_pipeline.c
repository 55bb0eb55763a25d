/*
 * fuzz_pipeline.c - the whole pipeline after the reader on hostile text:
 * the input is cut at 0x1E bytes into up to eight articles (the first byte
 * picks their language: French, English or detected, and whether they are
 * dated), each made into an article and a doc, clustered, each story
 * digested, and the digests written as Markdown, JSON and HTML. Every
 * assignment must name an earlier article, and the JSON must be one object.
 */
#include "recoupe.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ARTS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {"2023-09-15", "2023-10", "2024-02-29",
                                        "2023-09-16T10:00:00Z"};
    rcp_read_opts ro = {0, 0};
    rcp_article *arts[MAX_ARTS];
    rcp_doc *docs[MAX_ARTS];
    size_t n = 0, start = size ? 1 : 0;
    int mode = size ? data[0] : 0;
    char *json = NULL;
    while (n < MAX_ARTS && start <= size) {
        size_t end = start;
        while (end < size && data[end] != 0x1E)
            end++;
        /* a JSON record around the text, so that lang and date are given */
        static const char *const langs[] = {"\"fr\"", "\"en\"", "null"};
        size_t len = end - start, cap = 6 * len + 200, k = 0;
        json = malloc(cap);
        if (!json)
            break;
        k += (size_t)snprintf(json, cap,
                              "{\"id\": \"a%zu\", \"source\": \"s%zu\", "
                              "\"lang\": %s, \"date\": %s%s%s, \"text\": \"",
                              n, n % 3, langs[mode % 3], mode & 4 ? "\"" : "",
                              mode & 4 ? dates[n % 4] : "null",
                              mode & 4 ? "\"" : "");
        for (size_t i = start; i < end; i++) {
            unsigned char c = data[i];
            if (c == '"' || c == '\\')
                k += (size_t)snprintf(json + k, cap - k, "\\%c", c);
            else if (c < 0x20)
                k += (size_t)snprintf(json + k, cap - k, "\\u%04x", c);
            else
                json[k++] = (char)c;
        }
        k += (size_t)snprintf(json + k, cap - k, "\"}");
        rcp_error err;
        rcp_article *a = NULL;
        if (rcp_article_from_json(json, k, &ro, &a, &err) == 0) {
            /* the reader names each article; here a fixed id per position */
            arts[n] = a;
            docs[n] = rcp_doc_from_article(a);
            if (!docs[n]) {
                rcp_article_free(a);
                break;
            }
            n++;
        }
        free(json);
        json = NULL;
        start = end + 1;
    }
    free(json);

    rcp_cluster_opts co = {0};
    co.no_refine = (mode & 8) != 0;
    rcp_clusterer *c = rcp_clusterer_new(&co);
    rcp_assignment as[MAX_ARTS];
    size_t nstories = 0;
    int ok = c != NULL;
    for (size_t i = 0; ok && i < n; i++)
        ok = rcp_clusterer_add(c, docs[i], &as[i]) == 0;
    if (ok && n)
        ok = rcp_clusterer_finish(c, as) == 0;
    for (size_t i = 0; ok && i < n; i++) {
        if (as[i].duplicate_of >= (long)i || as[i].story >= n)
            abort();
        if (as[i].story + 1 > nstories)
            nstories = as[i].story + 1;
    }
    rcp_clusterer_free(c);

    /* digests, one per story, written in the three forms */
    rcp_digest *dg[MAX_ARTS];
    size_t nd = 0;
    for (size_t s = 0; ok && s < nstories; s++) {
        const rcp_doc *sd[MAX_ARTS];
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (as[i].story == s)
                sd[m++] = docs[i];
        rcp_digest_opts dopts = {mode & 16 ? 5 : 0, NULL};
        if ((dg[nd] = rcp_digest_new(sd, m, &dopts)))
            nd++;
    }
    FILE *f = fopen("/dev/null", "w");
    if (f) {
        const rcp_digest *const *d = (const rcp_digest *const *)dg;
        rcp_digest_write_md(f, d, nd);
        rcp_digest_write_html(f, d, nd);
        fclose(f);
    }
    char *buf = NULL;
    size_t blen = 0;
    FILE *m = open_memstream(&buf, &blen);
    if (m) {
        int rc = rcp_digest_write_json(m, (const rcp_digest *const *)dg, nd);
        fclose(m);
        if (rc == 0 && (blen < 2 || buf[0] != '{' || buf[blen - 2] != '}'))
            abort();
        free(buf);
    }
    for (size_t i = 0; i < nd; i++)
        rcp_digest_free(dg[i]);
    for (size_t i = 0; i < n; i++) {
        rcp_doc_free(docs[i]);
        rcp_article_free(arts[i]);
    }
    return 0;
}
