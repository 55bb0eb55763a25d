/* test_extract_score.c - the shingle metric, against hand-counted cases. */
#include "eval/extract_score.h"
#include "harness.h"

#include <stdlib.h>

/* gold, extracted, tp, fp, fn, exact: counted by hand from the README's
 * definition (4-token windows; 1-3 tokens make one shorter window) */
static const struct {
    const char *gold, *got;
    size_t tp, fp, fn;
    int exact;
} cases[] = {
    {"a b c d e", "a b c d e", 2, 0, 0, 1},
    /* punctuation and case: tokens are \w+ runs, case kept */
    {"One, two; three... four!", "One two three four", 1, 0, 0, 1},
    {"One two three four", "one two three four", 0, 1, 1, 0},
    /* extra text: windows a-d shared, b-e c-f d-g... */
    {"a b c d", "a b c d e f", 1, 2, 0, 0},
    /* missing text */
    {"a b c d e f", "c d e f", 1, 0, 2, 0},
    /* short texts: one window of 2 tokens */
    {"x y", "x y", 1, 0, 0, 1},
    {"x y", "x z", 0, 1, 1, 0},
    /* empty sides have no window */
    {"", "", 0, 0, 0, 1},
    {"a b c d", "", 0, 0, 1, 0},
    {"", "... !!", 0, 0, 0, 1},
    /* repeats count: gold has "a b c d" twice (windows abcd bcda cdab
     * dabc abcd), output once */
    {"a b c d a b c d", "a b c d", 1, 0, 4, 0},
    /* Unicode letters and digits are word characters, _ too */
    {"caf\xc3\xa9 cr\xc3\xa8me 12 snake_case", "caf\xc3\xa9 cr\xc3\xa8me 12 snake_case", 1, 0, 0, 1},
    /* NBSP and em dash separate words */
    {"l\xc3\xa0\xc2\xa0o\xe2\x80\x94p q", "l\xc3\xa0 o p q", 1, 0, 0, 1},
    /* Cyrillic */
    {"\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb8\xd1\x80", "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82", 0, 1, 1, 0},
};

TEST(extract_score_table)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rcp__xscore s;
        CHECK_INT(rcp__extract_score(cases[i].gold, strlen(cases[i].gold),
                                     cases[i].got, strlen(cases[i].got), &s),
                  0);
        CHECK_INT(s.tp, cases[i].tp);
        CHECK_INT(s.fp, cases[i].fp);
        CHECK_INT(s.fn, cases[i].fn);
        CHECK_INT(s.exact, cases[i].exact);
    }
}

TEST(extract_score_tokens)
{
    CHECK_INT(rcp__xscore_tokens("Hello, world! It's 2023.", 24), 5);
    CHECK_INT(rcp__xscore_tokens("", 0), 0);
    CHECK_INT(rcp__xscore_tokens("\xff\xfe a", 4), 1); /* bad bytes split */
}

TEST(extract_score_macro_average)
{
    /* page 1: perfect; page 2: P 1/3, R 1 (a b c d vs a b c d e f);
     * page 3: empty output, P 0 R 0 */
    rcp__xscore_sum sum;
    memset(&sum, 0, sizeof sum);
    rcp__xscore s;
    rcp__extract_score("a b", 3, "a b", 3, &s);
    rcp__xscore_add(&sum, &s);
    rcp__extract_score("a b c d", 7, "a b c d e f", 11, &s);
    rcp__xscore_add(&sum, &s);
    rcp__extract_score("a b c d", 7, "", 0, &s);
    rcp__xscore_add(&sum, &s);
    double p, r, f1, acc;
    rcp__xscore_result(&sum, &p, &r, &f1, &acc);
    CHECK(p > (1 + 1.0 / 3) / 3 - 1e-9 && p < (1 + 1.0 / 3) / 3 + 1e-9);
    CHECK(r > 2.0 / 3 - 1e-9 && r < 2.0 / 3 + 1e-9);
    double want = 2 * p * r / (p + r);
    CHECK(f1 > want - 1e-9 && f1 < want + 1e-9);
    CHECK(acc > 1.0 / 3 - 1e-9 && acc < 1.0 / 3 + 1e-9);
}

static long budget;

static void *failing_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (budget == 0)
        return NULL;
    budget--;
    return realloc(p, n);
}

static void plain_free(void *ud, void *p)
{
    (void)ud;
    free(p);
}

TEST(extract_score_torture)
{
    rcp_allocator t = {failing_realloc, plain_free, NULL};
    const char *g = "one two three four five six", *x = "two three four";
    int ok = 0;
    for (long n = 0; n < 100 && !ok; n++) {
        budget = n;
        rcp_set_allocator(&t);
        rcp__xscore s;
        int rc = rcp__extract_score(g, strlen(g), x, strlen(x), &s);
        rcp_set_allocator(NULL);
        if (rc == 0) {
            ok = 1;
            CHECK_INT(s.tp, 0); /* a 3-token window matches no 4-token one */
            CHECK_INT(s.fp, 1);
            CHECK_INT(s.fn, 3);
        } else {
            CHECK_INT(rc, RCP_ENOMEM);
        }
    }
    CHECK(ok);
}
