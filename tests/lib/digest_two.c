/*
 * digest_two.c - a program as a user of the installed library writes it:
 * only <recoupe.h> and `pkg-config --cflags --libs recoupe`. It digests
 * two articles that report the same event and prints, through the
 * accessors, every fact with the ids behind it, then the entities and
 * quotes, so that tests/lib/run.sh can check them.
 */
#include <recoupe.h>

#include <stdio.h>
#include <string.h>

static const char *const articles[] = {
    "{\"id\": \"a1\", \"source\": \"one.example\", \"date\": \"2023-09-14\","
    " \"text\": \"The river Severn burst its banks near Worcester on "
    "Wednesday, flooding two hundred homes. Rescue teams evacuated the "
    "residents of the lower town overnight. \\\"We have never seen the "
    "water rise so fast in this valley,\\\" said Mayor Alice Grant.\"}",
    "{\"id\": \"a2\", \"source\": \"two.example\", \"date\": \"2023-09-14\","
    " \"text\": \"Two hundred homes were flooded when the river Severn "
    "burst its banks near Worcester on Wednesday. Rescue teams evacuated "
    "the residents of the lower town overnight. Mayor Alice Grant said "
    "the council would open three shelters.\"}",
};

int main(void)
{
    rcp_article *a[2] = {NULL, NULL};
    rcp_doc *d[2] = {NULL, NULL};
    rcp_digest *g = NULL;
    int status = 1;
    for (int i = 0; i < 2; i++) {
        rcp_error err;
        int rc = rcp_article_from_json(articles[i], strlen(articles[i]), NULL,
                                       &a[i], &err);
        if (rc) {
            fprintf(stderr, "article %d: %s: %s\n", i, rcp_strerror(rc),
                    err.message);
            goto done;
        }
        if (!(d[i] = rcp_doc_from_article(a[i])))
            goto done;
    }
    rcp_digest_opts opts = {0, "s1"};
    if (!(g = rcp_digest_new((const rcp_doc *const *)d, 2, &opts)))
        goto done;

    rcp_digest_story st;
    rcp_digest_info(g, &st);
    printf("story %s: %zu articles, %zu outlets\n", st.id, st.articles,
           st.outlets);
    rcp_digest_item it;
    for (size_t i = 0; rcp_digest_fact_at(g, i, &it); i++) {
        printf("fact: %.*s [", (int)it.len, it.text);
        for (size_t k = 0; k < it.nsupport; k++) {
            const char *id;
            rcp_digest_article(g, it.support[k], &id, NULL);
            printf("%s%s", k ? " " : "", id);
        }
        printf("] outlets=%zu\n", it.outlets);
        const char *ev;
        size_t evlen;
        for (size_t k = 0; rcp_digest_fact_evidence(g, i, k, &ev, &evlen); k++)
            printf("  evidence %zu: %.*s\n", k, (int)evlen, ev);
    }
    for (size_t i = 0; rcp_digest_summary_at(g, i, &it); i++)
        printf("summary: %.*s\n", (int)it.len, it.text);
    for (size_t i = 0; rcp_digest_unique_at(g, i, &it); i++)
        printf("unique: doc %zu: %.*s\n", it.doc, (int)it.len, it.text);
    rcp_digest_entity e;
    for (size_t i = 0; rcp_digest_entity_at(g, i, &e); i++)
        printf("entity: %s %s in %zu articles\n", e.name, e.type, e.nsupport);
    rcp_digest_quote q;
    for (size_t i = 0; rcp_digest_quote_at(g, i, &q); i++)
        printf("quote: %.*s -- %s\n", (int)q.len, q.text,
               q.speaker ? q.speaker : "?");
    rcp_digest_date t;
    for (size_t i = 0; rcp_digest_date_at(g, i, &t); i++)
        printf("date: %s %.*s\n", t.value, (int)t.len, t.text);
    status = rcp_digest_fact_at(g, 0, &it) ? 0 : 1;
done:
    rcp_digest_free(g);
    for (int i = 0; i < 2; i++) {
        rcp_doc_free(d[i]);
        rcp_article_free(a[i]);
    }
    return status;
}
