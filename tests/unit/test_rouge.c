/* test_rouge.c - ROUGE tokenisation and ROUGE-1/2/SU4 on cases worked by
 * hand (definitions in src/eval/rouge.h). */
#include "eval/rouge.h"
#include "fixture.h"
#include "harness.h"

#include <math.h>
#include <stdlib.h>

/* input, word limit (0: none), expected tokens joined by '|' */
static const struct {
    const char *in;
    size_t words;
    const char *toks;
} tok_cases[] = {
    {"L'armée des Etats-Unis", 0, "l|armée|des|etats|unis"},
    {"l\u2019arm\u00e9e", 0, "l|armée"},       /* U+2019 */
    {"\u00c9lys\u00e9e", 0, "élysée"},         /* É lower-cased */
    {"\u00c9TATS-UNIS", 0, "états|unis"},      /* no accent folding */
    {"cafe\u0301 noir", 0, "cafe\u0301|noir"}, /* U+0301 kept */
    {"n\u00b03, 12,5 % don_t", 0, "n|3|12|5|don_t"},
    {"a\u2014b (c) \u00ab d \u00bb", 0, "a|b|c|d"},
    {"  \t\n ", 0, ""},
    {"", 0, ""},
    /* truncation counts whitespace-separated words, not tokens */
    {"a b-c d e", 3, "a|b|c|d"},
    {"a b-c d e", 2, "a|b|c"},
    {"\u00ab a \u00bb b c", 2, "a"},   /* a lone quote is a word */
    {"a\u00a0b c", 2, "a|b"},          /* U+00A0 is white space */
    {"a\u202fb c", 2, "a|b"},          /* U+202F too */
    {"one\ntwo\nthree", 2, "one|two"}, /* lines are one text */
    {"x\xFFy", 0, "x|y"},              /* invalid byte separates */
};

TEST(rouge_tokenize_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(tok_cases); i++) {
        rcp__arena a;
        rcp__arena_init(&a);
        const char **toks;
        size_t n;
        char got[512] = "";
        CHECK_INT(rcp__rouge_tokenize(tok_cases[i].in, strlen(tok_cases[i].in),
                                      tok_cases[i].words, &a, &toks, &n),
                  0);
        for (size_t k = 0; k < n; k++) {
            if (k)
                strncat(got, "|", sizeof got - strlen(got) - 1);
            strncat(got, toks[k], sizeof got - strlen(got) - 1);
        }
        CHECK_STR(got, tok_cases[i].toks);
        rcp__arena_release(&a);
    }
}

static int near(double a, double b)
{
    return fabs(a - b) < 1e-12;
}

static rcp__rouge_result eval(const char *peer, const char *r1, const char *r2,
                              size_t words)
{
    const char *refs[2] = {r1, r2};
    size_t lens[2] = {strlen(r1), r2 ? strlen(r2) : 0};
    rcp__rouge_result res;
    int rc = rcp__rouge_eval(peer, strlen(peer), refs, lens, r2 ? 2 : 1, words,
                             &res);
    CHECK_INT(rc, 0);
    return res;
}

/*
 * peer "the cat sat on the mat", ref "the cat was on the mat":
 *   R1: ref {the:2 cat was on mat} = 6; hits the 2, cat, on, mat = 5
 *   R2: ref bigrams the-cat cat-was was-on on-the the-mat = 5; hits
 *       the-cat on-the the-mat = 3
 *   SU4: each side has 5 unigrams (the last token, "mat", adds none) and
 *       5+4+3+2+1 = 15 skip-bigrams = 20 grams. Unigram hits: the 2, cat,
 *       on = 4. Skip-bigram hits: the-cat the-on the-the the-mat x2
 *       cat-on cat-the cat-mat on-the on-mat = 10. SU4 = 14/20.
 */
TEST(rouge_worked_example)
{
    rcp__rouge_result r =
        eval("The cat sat on the mat.", "the cat was on the mat", NULL, 0);
    CHECK_INT(r.r1.hit, 5);
    CHECK_INT(r.r1.ref_count, 6);
    CHECK_INT(r.r1.peer_count, 6);
    CHECK(near(r.r1.recall, 5.0 / 6));
    CHECK(near(r.r1.precision, 5.0 / 6));
    CHECK(near(r.r1.f, 5.0 / 6));
    CHECK_INT(r.r2.hit, 3);
    CHECK_INT(r.r2.ref_count, 5);
    CHECK(near(r.r2.recall, 0.6));
    CHECK_INT(r.su4.hit, 14);
    CHECK_INT(r.su4.ref_count, 20);
    CHECK_INT(r.su4.peer_count, 20);
    CHECK(near(r.su4.recall, 0.7));
}

/*
 * Clipping, over two references. peer "the the the":
 *   ref1 "the cat": R1 hit min(3,1) = 1 of 2; R2 hit 0 of 1
 *   ref2 "the the dog": R1 hit min(3,2) = 2 of 3; R2 the-the min(2,1) = 1
 *   of 2. Totals: R1 = 3/5, P1 = 3/(2 x 3) = 1/2, F1 = 6/11;
 *   R2 = 1/3, P2 = 1/(2 x 2) = 1/4.
 */
TEST(rouge_clips_and_sums_over_references)
{
    rcp__rouge_result r = eval("the the the", "the cat", "the the dog", 0);
    CHECK_INT(r.r1.hit, 3);
    CHECK_INT(r.r1.ref_count, 5);
    CHECK_INT(r.r1.peer_count, 6);
    CHECK(near(r.r1.recall, 0.6));
    CHECK(near(r.r1.precision, 0.5));
    CHECK(near(r.r1.f, 6.0 / 11));
    CHECK_INT(r.r2.hit, 1);
    CHECK_INT(r.r2.ref_count, 3);
    CHECK(near(r.r2.recall, 1.0 / 3));
    CHECK(near(r.r2.precision, 0.25));
}

/* French: apostrophes and hyphens split, accents matter. Tokens
 * l armée des états unis vs l armée des etats unis: R1 4/5, R2 l-armée
 * armée-des = 2/4. */
TEST(rouge_french_tokens)
{
    rcp__rouge_result r = eval("L\u2019arm\u00e9e des \u00c9tats-Unis.",
                               "l'arm\u00e9e des etats-unis", NULL, 0);
    CHECK_INT(r.r1.hit, 4);
    CHECK_INT(r.r1.ref_count, 5);
    CHECK_INT(r.r2.hit, 2);
    CHECK_INT(r.r2.ref_count, 4);
}

/* The word limit applies to the summary and to every reference. */
TEST(rouge_word_limit)
{
    rcp__rouge_result r = eval("a b c d", "c d x y", NULL, 2);
    CHECK_INT(r.r1.ref_count, 2); /* "c d" */
    CHECK_INT(r.r1.hit, 0);       /* "a b" */
    r = eval("a b c d", "c d x y", NULL, 0);
    CHECK_INT(r.r1.hit, 2);
    CHECK_INT(r.r2.hit, 1);
}

/* Degenerate inputs: zero denominators give 0, no reference is an error. */
TEST(rouge_edges)
{
    rcp__rouge_result r = eval("", "a b", NULL, 100);
    CHECK_INT(r.r1.ref_count, 2);
    CHECK(near(r.r1.recall, 0) && near(r.r1.precision, 0) && near(r.r1.f, 0));
    r = eval("a", "a", NULL, 100); /* one token: no SU4 gram */
    CHECK(near(r.r1.recall, 1));
    CHECK_INT(r.r2.ref_count, 0);
    CHECK(near(r.r2.recall, 0));
    CHECK_INT(r.su4.ref_count, 0);
    rcp__rouge_result res;
    CHECK_INT(rcp__rouge_eval("a", 1, NULL, NULL, 0, 100, &res), RCP_EINVAL);
}

/* ---- allocation failures (curl's torture tests): fail the Nth
 * allocation for every N; each run must end in RCP_ENOMEM or succeed,
 * and free every block it took. */
TEST(rouge_torture)
{
    static const char peer[] = "L\u2019arm\u00e9e des \u00c9tats-Unis a dit.";
    const char *refs[2] = {"l'arm\u00e9e a dit non", "les etats-unis"};
    size_t lens[2] = {strlen(refs[0]), strlen(refs[1])};
    int ok = 0, failed = 0;
    for (long n = 0; n < 1000 && !ok; n++) {
        fixture_torture_begin(n);
        rcp__rouge_result r;
        int rc = rcp__rouge_eval(peer, sizeof peer - 1, refs, lens, 2, 100, &r);
        long live = fixture_torture_end();
        if (rc == 0)
            ok = r.r1.hit == 5 && r.r1.ref_count == 8;
        else if (rc != RCP_ENOMEM)
            failed++;
        if (live != 0)
            failed++;
    }
    CHECK(ok);
    CHECK_INT(failed, 0);
}
