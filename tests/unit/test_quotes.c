/*
 * test_quotes.c - quotations and their speakers, from the hand-written
 * cases of tests/data/nlp/quotes.tsv (French and English), plus checks of
 * the pairing of quotation marks.
 */
#include "fixture.h"
#include "harness.h"

#include "analysis/nlp.h"

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
        if (nf >= 4)
            fixture_unescape(f[3]);
        fixture_nlp nl;
        CHECK_INT(fixture_nlp_run(&nl, f[1], f[0], NULL), 0);
        cases++;
        char got[256] = "-", qt[512] = "";
        if (nl.out.nquotes) {
            /* the quote of the given text, else the last one */
            const rcp__quote *q = &nl.out.quotes[nl.out.nquotes - 1];
            for (size_t i = 0; nf >= 4 && i < nl.out.nquotes; i++) {
                const rcp__quote *x = &nl.out.quotes[i];
                if (strlen(f[3]) == x->len &&
                    memcmp(nl.s.docs[x->doc]->text + x->off, f[3], x->len) == 0) {
                    q = x;
                    break;
                }
            }
            if (q->speaker >= 0)
                snprintf(got, sizeof got, "%s", nl.out.entities[q->speaker].name);
            else if (q->role_len) /* a role no one is named with */
                snprintf(got, sizeof got, "%.*s", (int)q->role_len,
                         nl.s.docs[q->doc]->text + q->role_off);
            else
                snprintf(got, sizeof got, "?");
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

/* The same quotation in several articles (the " ||| " separates them):
 * the group whose shown quote contains `probe`, the articles that
 * support it and its speaker; `groups` is the number of groups. */
TEST(quotes_groups)
{
    static const struct {
        const char *lang, *text, *probe, *docs, *speaker;
        size_t groups;
    } cases[] = {
        /* a three-word phrase of a long quotation: folded into it, and
         * its article does not support it */
        {"fr",
         "« Le pont sera rouvert lundi aux voitures. Les camions attendront "
         "la fin des travaux de renforcement », a déclaré Marie Dubois. ||| "
         "Marie Dubois a évoqué « la fin des travaux de renforcement ». ||| "
         "« Le pont sera "
         "rouvert lundi aux voitures, les camions attendront la fin des "
         "travaux de renforcement », a précisé Marie Dubois.",
         "camions attendront", "0,2", "Marie Dubois", 1},
        /* one sentence of it, a clause of its own: supports it */
        {"en",
         "\"The bridge will reopen to cars on Monday. Trucks must wait until "
         "the reinforcement work is finished,\" Mary Dobson said. ||| "
         "\"Trucks must wait until the reinforcement work is finished,\" "
         "Mary Dobson told reporters.",
         "reopen to cars", "0,1", "Mary Dobson", 1},
        /* a short sentence quoted whole, in another translation of a
         * longer statement: supports it (a phrase would not) */
        {"en",
         "\"Our country has reached the edge of the abyss. It is the "
         "responsibility of us all not to take the step into the void,\" "
         "President Karl Moss said. ||| \"Our country is on the edge of the "
         "abyss,\" President Karl Moss said in a statement.",
         "step into the void", "0,1", "Karl Moss", 1},
        /* another wording of the same words: one quotation */
        {"en",
         "\"We will rebuild every school damaged by the storm before "
         "autumn,\" Governor Anne Walsh said. ||| \"We are going to rebuild "
         "each school the storm damaged before the autumn,\" said Anne "
         "Walsh.",
         "rebuild", "0,1", "Anne Walsh", 1},
        /* two speakers, shared words: two quotations */
        {"en",
         "\"The storm damaged every school in the county,\" Anne Walsh "
         "said. ||| \"The storm damaged every school in the county,\" Paul "
         "Smith said.",
         "storm damaged", "0", "Anne Walsh", 2},
        /* a phrase that two quotations hold ties neither to the other:
         * the second stays its own, with no speaker */
        {"en",
         "\"Congress must strengthen the endangered species law and fund "
         "the wildlife refuges for the next decades,\" Anne Walsh said. ||| "
         "A lobby warned that the review \"will delay every bridge and road "
         "project while the endangered species law is rewritten by the "
         "agencies.\" ||| Activists praised \"the endangered species law "
         "and its protections\" on Monday.",
         "will delay every bridge", "1", "?", 2},
        /* a clause that is the same quotation as a longer sentence quoted
         * whole goes with it, not with another statement of the speaker
         * that holds its words too: both statements stay shown */
        {"fr",
         "Marie Dubois soutient que « la médecine n'est pas là pour "
         "administrer des substances létales ». ||| « A titre personnel, je "
         "considère que la médecine n'est pas là pour administrer des "
         "substances létales », a souligné Marie Dubois. « Cette dame "
         "demande à la justice de pouvoir exonérer de la responsabilité "
         "pénale le médecin pour lui administrer une substance létale, pour "
         "l'aider à mourir », a-t-elle ajouté.",
         "A titre personnel", "1", "Marie Dubois", 2},
        /* a phrase whose few terms another quote holds, not in a row:
         * that quote's article does not say it (« qui ont lutté pour
         * nous » is not « qui a tant lutté pour moi ») */
        {"fr",
         "« Je veux dire merci au président qui a tant lutté pour moi, "
         "avec ma famille et mes enfants », a déclaré Claire Martin. ||| "
         "Les voyageurs « qui ont lutté pour nous » étaient à l'aéroport "
         "lundi.",
         "lutté pour nous", "1", "?", 2},
        {"en",
         "\"I want to thank the doctors who fought so hard for my children "
         "every day,\" Mary Dobson said. ||| The families thanked everyone "
         "\"who fought for us all\" at the airport on Monday.",
         "fought for us", "1", "?", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[1024];
        snprintf(text, sizeof text, "%s", cases[i].text);
        fixture_nlp nl;
        CHECK_INT(fixture_nlp_run(&nl, text, cases[i].lang, NULL), 0);
        CHECK_INT(nl.out.nqgroups, cases[i].groups);
        const rcp__quote_group *g = NULL;
        for (size_t k = 0; k < nl.out.nqgroups && !g; k++) {
            const rcp__quote *q = &nl.out.quotes[nl.out.qgroups[k].shown];
            const char *t = nl.s.docs[q->doc]->text + q->off;
            size_t pl = strlen(cases[i].probe);
            for (size_t o = 0; o + pl <= q->len; o++)
                if (!memcmp(t + o, cases[i].probe, pl)) {
                    g = &nl.out.qgroups[k];
                    break;
                }
        }
        CHECK(g != NULL);
        if (g) {
            char docs[64] = "";
            for (uint32_t k = 0; k < g->ndocs; k++)
                snprintf(docs + strlen(docs), sizeof docs - strlen(docs),
                         k ? ",%u" : "%u", g->docs[k]);
            CHECK_STR(docs, cases[i].docs);
            CHECK_STR(g->speaker >= 0 ? nl.out.entities[g->speaker].name : "?",
                      cases[i].speaker);
        }
        fixture_nlp_free(&nl);
    }
}
