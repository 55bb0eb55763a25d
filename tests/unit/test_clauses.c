/*
 * test_clauses.c - where the claims of a sentence begin
 * (analysis/clauses.c): each row a sentence and its chunks, written
 * " | " between them, as rcp__clause_starts cuts them.
 */
#include "analysis/clauses.h"
#include "harness.h"

#include <stdlib.h>

/* The chunks of the first sentence of text, as "a | b | c". */
static void chunks_of(const char *lang, const char *text, char *out,
                      size_t cap)
{
    out[0] = 0;
    rcp_doc *d = rcp_doc_new(text, strlen(text), lang);
    if (!d || !d->nsents) {
        rcp_doc_free(d);
        return;
    }
    const rcp_sentence *s = &d->sents[0];
    uint32_t starts[RCP__MAX_CHUNKS];
    uint32_t n = rcp__clause_starts(d, s->tok, s->tok + s->ntok, starts);
    size_t o = 0;
    for (uint32_t c = 0; c < n; c++) {
        uint32_t t0 = starts[c];
        uint32_t t1 = c + 1 < n ? starts[c + 1] : s->tok + s->ntok;
        const rcp_token *a = &d->toks[t0], *b = &d->toks[t1 - 1];
        int w = snprintf(out + o, cap - o, "%s%.*s", c ? " | " : "",
                         (int)(b->off + b->len - a->off), d->text + a->off);
        if (w < 0 || (size_t)w >= cap - o)
            break;
        o += (size_t)w;
    }
    rcp_doc_free(d);
}

TEST(clauses_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        /* coordinated clauses, the second with its own subject */
        {"en",
         "Nobody was injured, but the fire did $1 million in damage.",
         "Nobody was injured, | but the fire did $1 million in damage."},
        /* a leading subordinate and an attribution */
        {"en",
         "After leaving rehab in Newport Beach, Lohan checked into the "
         "Betty Ford Center, according to TMZ.",
         "After leaving rehab in Newport Beach, | Lohan checked into the "
         "Betty Ford Center, | according to TMZ."},
        /* a relative clause without a comma; a list */
        {"en",
         "The navy seized seven rifles and a launcher which the pirates "
         "carried.",
         "The navy seized seven rifles | and a launcher | which the "
         "pirates carried."},
        /* French: que, qui, dont, lorsque (elided), a dash */
        {"fr",
         "Il a annoncé qu'il disputerait le Giro, lorsqu'il sera prêt.",
         "Il a annoncé | qu'il disputerait le Giro, | lorsqu'il sera "
         "prêt."},
        {"fr",
         "Le rapport, dont la presse a parlé, propose un congé de quinze "
         "jours — payé par l'employeur.",
         "Le rapport, | dont la presse a parlé, | propose un congé de "
         "quinze jours — | payé par l'employeur."},
        /* separators with nothing between them make one cut; a number's
         * own separators (1 000, 3,5) are not cuts */
        {"fr", "Il y avait 1 000 personnes, ; 3,5 % de plus.",
         "Il y avait 1 000 personnes, ; | 3,5 % de plus."},
        /* the first word is never a cut; a language without openers is
         * cut at punctuation only */
        {"en", "And then it rained all day.", "And then it rained all day."},
        {"de", "Er kam und sah, und siegte.", "Er kam und sah, | und siegte."},
    };
    char got[512];
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        chunks_of(rows[r].lang, rows[r].text, got, sizeof got);
        if (strcmp(got, rows[r].want))
            fprintf(stderr, "# row %zu: got [%s]\n", r, got);
        CHECK_STR(got, rows[r].want);
    }
}

/* Openers are whole folded words of the language. */
TEST(clauses_opener_table)
{
    static const struct {
        const char *lang, *w;
        int want;
    } rows[] = {
        {"en", "which", 1}, {"en", "but", 1},   {"en", "fire", 0},
        {"en", "whichever", 0}, {"fr", "dont", 1}, {"fr", "qu'", 1},
        {"fr", "lorsqu'", 1},   {"fr", "which", 0}, {"en", "dont", 0},
        {"", "and", 0},         {NULL, "et", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        CHECK_INT(rcp__clause_opener(rows[r].lang, rows[r].w,
                                     strlen(rows[r].w)),
                  rows[r].want);
}
