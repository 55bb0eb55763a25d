/* test_score.c - clustering scores (pairwise, BCubed) and the interner. */
#include "eval/score.h"
#include "fixture.h"
#include "harness.h"

#include <math.h>
#include <stdlib.h>

/*
 * One line per case: system labels, gold labels (one word per item), then
 * the expected clusters and scores. The worked example, by hand:
 *
 *   item   0 1 2 3 4 5
 *   sys    p p q q q q      S1 = {0,1}  S2 = {2,3,4,5}
 *   gold   x x x y y z      G1 = {0,1,2}  G2 = {3,4}  G3 = {5}
 *   cells  |S1&G1| = 2, |S2&G1| = 1, |S2&G2| = 2, |S2&G3| = 1
 *
 *   pairs: sys = C(2,2) + C(4,2) = 7, gold = C(3,2) + C(2,2) = 4,
 *          both = C(2,2) + C(2,2) = 2  ->  P = 2/7, R = 2/4, F = 4/11
 *   BCubed P: items 0,1: 2/2; 2: 1/4; 3,4: 2/4; 5: 1/4  -> 3.5/6 = 7/12
 *   BCubed R: items 0,1: 2/3; 2: 1/3; 3,4: 2/2; 5: 1/1  -> (14/3)/6 = 7/9
 *   BCubed F = 2 (7/12)(7/9) / (7/12 + 7/9) = 2/3
 */
static const struct {
    const char *name, *sys, *gold;
    size_t nsys, ngold;
    double pp, pr, pf, bp, br, bf;
} cases[] = {
    {"perfect", "1 1 2 2 3", "a a b b c", 3, 3, 1, 1, 1, 1, 1, 1},
    {"perfect, other names", "z z y y x", "a a b b c", 3, 3, 1, 1, 1, 1, 1, 1},
    /* no system pair: pairwise P is 0/0 = 1; BCubed R = 1/2 per item */
    {"all singletons", "1 2 3 4", "a a b b", 4, 2, 1, 0, 0, 1, 0.5, 2.0 / 3},
    /* 6 system pairs, 2 gold pairs, both 2; BCubed P = 2/4 per item */
    {"all in one", "1 1 1 1", "a a b b", 1, 2, 1.0 / 3, 1, 0.5, 0.5, 1,
     2.0 / 3},
    {"both all singletons", "1 2 3", "a b c", 3, 3, 1, 1, 1, 1, 1, 1},
    {"one item", "1", "a", 1, 1, 1, 1, 1, 1, 1, 1},
    {"no items", "", "", 0, 0, 1, 1, 1, 1, 1, 1},
    {"worked example", "p p q q q q", "x x x y y z", 2, 3, 2.0 / 7, 0.5,
     4.0 / 11, 7.0 / 12, 7.0 / 9, 2.0 / 3},
    /* swapping system and gold swaps precision and recall */
    {"worked example swapped", "x x x y y z", "p p q q q q", 3, 2, 0.5, 2.0 / 7,
     4.0 / 11, 7.0 / 9, 7.0 / 12, 2.0 / 3},
};

static size_t split(char *s, const char **out, size_t max)
{
    size_t n = 0;
    for (char *t = strtok(s, " "); t && n < max; t = strtok(NULL, " "))
        out[n++] = t;
    return n;
}

static int near(double a, double b)
{
    return fabs(a - b) < 1e-12;
}

TEST(score_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(cases); i++) {
        char sbuf[256], gbuf[256];
        const char *s[64], *g[64];
        snprintf(sbuf, sizeof sbuf, "%s", cases[i].sys);
        snprintf(gbuf, sizeof gbuf, "%s", cases[i].gold);
        size_t n = split(sbuf, s, 64);
        CHECK_INT(split(gbuf, g, 64), n);
        rcp__cluster_score sc;
        CHECK_INT(rcp__score_clusters_str(s, g, n, &sc), 0);
        int ok = sc.items == n && sc.sys_clusters == cases[i].nsys &&
                 sc.gold_clusters == cases[i].ngold &&
                 near(sc.pair_p, cases[i].pp) && near(sc.pair_r, cases[i].pr) &&
                 near(sc.pair_f, cases[i].pf) && near(sc.b3_p, cases[i].bp) &&
                 near(sc.b3_r, cases[i].br) && near(sc.b3_f, cases[i].bf);
        if (!ok) {
            char m[512];
            snprintf(m, sizeof m,
                     "case '%s': clusters %zu/%zu pair %.6f %.6f %.6f "
                     "bcubed %.6f %.6f %.6f",
                     cases[i].name, sc.sys_clusters, sc.gold_clusters,
                     sc.pair_p, sc.pair_r, sc.pair_f, sc.b3_p, sc.b3_r,
                     sc.b3_f);
            rcp_test_fail(__FILE__, __LINE__, m);
        }
    }
}

TEST(score_worked_example_counts)
{
    /* labels need not be dense: the extremes of uint32 are fine */
    const uint32_t sys[] = {7,          7,          UINT32_MAX,
                            UINT32_MAX, UINT32_MAX, UINT32_MAX};
    const uint32_t gold[] = {0, 0, 0, 65536, 65536, 1};
    rcp__cluster_score sc;
    CHECK_INT(rcp__score_clusters(sys, gold, 6, &sc), 0);
    CHECK_INT(sc.sys_pairs, 7);
    CHECK_INT(sc.gold_pairs, 4);
    CHECK_INT(sc.both_pairs, 2);
    CHECK(near(sc.b3_p, 7.0 / 12));
    CHECK(near(sc.b3_r, 7.0 / 9));
}

/* A million items, with a closed form: system clusters of 10 consecutive
 * items nested in gold clusters of 20. Pairwise P = 1, R = 2 C(10,2) /
 * C(20,2) = 90/190; BCubed P = 1, R = 10/20. Labels are scrambled so the
 * sort has work to do. */
TEST(score_a_million_items)
{
    size_t n = 1000000;
    uint32_t *s = malloc(n * sizeof *s), *g = malloc(n * sizeof *g);
    CHECK(s && g);
    if (!s || !g)
        goto done;
    for (size_t i = 0; i < n; i++) {
        s[i] = (uint32_t)(i / 10 + 1) * 2654435761u; /* a bijection */
        g[i] = (uint32_t)(i / 20 + 7) * 2246822519u;
    }
    rcp__cluster_score sc;
    CHECK_INT(rcp__score_clusters(s, g, n, &sc), 0);
    CHECK_INT(sc.sys_clusters, n / 10);
    CHECK_INT(sc.gold_clusters, n / 20);
    CHECK_INT(sc.sys_pairs, (n / 10) * 45);
    CHECK_INT(sc.gold_pairs, (n / 20) * 190);
    CHECK(near(sc.pair_p, 1));
    CHECK(near(sc.pair_r, 90.0 / 190));
    CHECK(near(sc.b3_p, 1));
    CHECK(near(sc.b3_r, 0.5));
done:
    free(s);
    free(g);
}

TEST(score_f1_edges)
{
    CHECK(near(rcp__f1(0, 0), 0));
    CHECK(near(rcp__f1(1, 0), 0));
    CHECK(near(rcp__f1(0.5, 0.5), 0.5));
    CHECK(near(rcp__f1(1, 0.5), 2.0 / 3));
}

TEST(strtab_interns_exactly)
{
    rcp__strtab t;
    rcp__strtab_init(&t);
    uint32_t a, b, c, d, e;
    CHECK_INT(rcp__strtab_intern(&t, "s1", 2, &a), 0);
    CHECK_INT(rcp__strtab_intern(&t, "S1", 2, &b), 0);
    CHECK_INT(rcp__strtab_intern(&t, "s1x", 2, &c), 0); /* only "s1" */
    CHECK_INT(rcp__strtab_intern(&t, "a\0b", 3, &d), 0);
    CHECK_INT(rcp__strtab_intern(&t, "a\0c", 3, &e), 0);
    CHECK_INT(a, 0);
    CHECK_INT(b, 1);
    CHECK_INT(c, 0);
    CHECK_INT(d, 2);
    CHECK_INT(e, 3);
    CHECK_STR(t.strs[1], "S1");
    /* many strings: ids stay dense and stable across rehashes */
    int ok = 1;
    for (unsigned i = 0; i < 5000 && ok; i++) {
        char k[32];
        uint32_t id;
        int len = snprintf(k, sizeof k, "k%u", i);
        ok = rcp__strtab_intern(&t, k, (size_t)len, &id) == 0 && id == i + 4;
    }
    CHECK(ok);
    for (unsigned i = 0; i < 5000 && ok; i++) {
        char k[32];
        uint32_t id;
        int len = snprintf(k, sizeof k, "k%u", i);
        ok = rcp__strtab_intern(&t, k, (size_t)len, &id) == 0 && id == i + 4;
    }
    CHECK(ok);
    CHECK_INT(t.n, 5004);
    rcp__strtab_release(&t);
}

/* ---- allocation failures (curl's torture tests): fail the Nth
 * allocation for every N; each run must end in RCP_ENOMEM or succeed,
 * and free every block it took. */
TEST(score_torture)
{
    static const char *const sys[] = {"p", "p", "q", "q", "q", "q"};
    static const char *const gold[] = {"x", "x", "x", "y", "y", "z"};
    int ok = 0, failed = 0;
    for (long n = 0; n < 1000 && !ok; n++) {
        fixture_torture_begin(n);
        rcp__cluster_score sc;
        int rc = rcp__score_clusters_str(sys, gold, 6, &sc);
        long live = fixture_torture_end();
        if (rc == 0)
            ok = near(sc.b3_f, 2.0 / 3);
        else if (rc != RCP_ENOMEM || sc.items != 0)
            failed++;
        if (live != 0)
            failed++;
    }
    CHECK(ok);
    CHECK_INT(failed, 0);
}
