/*
 * test_quotes.c - quotations and their speakers, from the hand-written
 * cases of tests/data/nlp/quotes.tsv (French and English), plus checks of
 * the pairing of quotation marks.
 */
#include "fixture.h"
#include "harness.h"

#include "digest/nlp.h"

#include <stdlib.h>

TEST(quotes_table)
{
    size_t len;
    char *buf = rcp_test_slurp("tests/data/nlp/quotes.tsv", &len);
    CHECK(buf != NULL);
    if (!buf)
        return;
    int cases = 0;
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0])
            continue;
        char *f[4];
        int nf = fixture_fields(line, f, 4);
        if (nf < 3)
            continue;
        fixture_unescape(f[1]);
        fixture_nlp nl;
        CHECK_INT(fixture_nlp_run(&nl, f[1], f[0], NULL), 0);
        cases++;
        char got[256] = "-", qt[512] = "";
        if (nl.out.nquotes) {
            const rcp__quote *q = &nl.out.quotes[nl.out.nquotes - 1];
            snprintf(got, sizeof got, "%s",
                     q->speaker >= 0 ? nl.out.entities[q->speaker].name : "?");
            snprintf(qt, sizeof qt, "%.*s", (int)q->len,
                     nl.s.docs[q->doc]->text + q->off);
        }
        if (strcmp(got, f[2]) != 0) {
            char m[1024];
            snprintf(m, sizeof m, "speaker of '%.200s': got '%s', want '%s'",
                     f[1], got, f[2]);
            rcp_test_fail(__FILE__, __LINE__, m);
        }
        if (nf >= 4 && strcmp(qt, f[3]) != 0) {
            char m[1024];
            snprintf(m, sizeof m, "quote: got '%s', want '%s'", qt, f[3]);
            rcp_test_fail(__FILE__, __LINE__, m);
        }
        fixture_nlp_free(&nl);
    }
    CHECK(cases >= 20);
    free(buf);
}

/* Marks: nested quotes stay inside, an unclosed one is no quote, the
 * offsets exclude the marks and the spaces next to them. */
TEST(quotes_marks)
{
    static const struct {
        const char *text, *want[3];
    } cases[] = {
        {"Il a dit : « Je cite “le texte entier” sans rien changer. » Fin.",
         {"Je cite “le texte entier” sans rien changer.", NULL}},
        {"« Une phrase ouverte qui ne se ferme jamais dans ce paragraphe.",
         {NULL}},
        {"\"First straight quote here today,\" he said. \"And a second one "
         "right after,\" he added.",
         {"First straight quote here today", "And a second one right after",
          NULL}},
        {"‹ Des chevrons simples pour une citation › a-t-il dit.",
         {"Des chevrons simples pour une citation", NULL}},
        {"«\xC2\xA0"
         "Avec des espaces insécables autour du texte\xC2\xA0"
         "»",
         {"Avec des espaces insécables autour du texte", NULL}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rcp_doc *d = rcp_doc_new(cases[i].text, strlen(cases[i].text), "fr");
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__story_nlp out;
        CHECK_INT(rcp__story_nlp_run((const rcp_doc *const *)&d, 1, &a, &out),
                  0);
        size_t k = 0;
        for (; k < 3 && cases[i].want[k]; k++) {
            if (k >= out.nquotes) {
                CHECK_STR("(missing)", cases[i].want[k]);
                break;
            }
            char got[256];
            snprintf(got, sizeof got, "%.*s", (int)out.quotes[k].len,
                     d->text + out.quotes[k].off);
            CHECK_STR(got, cases[i].want[k]);
        }
        CHECK_INT(out.nquotes, k);
        rcp__arena_release(&a);
        rcp_doc_free(d);
    }
}
