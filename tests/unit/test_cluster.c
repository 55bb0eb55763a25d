/* test_cluster.c - average linkage on small graphs, and the clusterer on
 * a few made-up articles: events apart, copies found, dates respected. */
#include "harness.h"
#include "story/story.h"

#include <math.h>
#include <stdlib.h>

/* avglink cases: n, edges "a b sim;...", threshold, knn, expected roots */
static const struct {
    size_t n;
    const char *edges;
    double threshold;
    size_t knn;
    const char *want;
} link_cases[] = {
    /* two triangles joined by one weak edge */
    {6, "0 1 .9;1 2 .8;0 2 .7;3 4 .9;4 5 .9;3 5 .8;2 3 .3", .5, 0,
     "0 0 0 3 3 3"},
    /* the weak edge is diluted by the missing pairs: 0.3 / 9 */
    {6, "0 1 .9;1 2 .8;0 2 .7;3 4 .9;4 5 .9;3 5 .8;2 3 .3", .05, 0,
     "0 0 0 3 3 3"},
    {6, "0 1 .9;1 2 .8;0 2 .7;3 4 .9;4 5 .9;3 5 .8;2 3 .3", .03, 0,
     "0 0 0 0 0 0"},
    /* a chain: average linkage does not chain like single linkage */
    {4, "0 1 .9;1 2 .9;2 3 .9", .5, 0, "0 0 2 2"},
    /* nothing reaches the threshold */
    {3, "0 1 .2;1 2 .2", .5, 0, "0 1 2"},
    /* knn 1: the mean over at most 1 x min(|A|,|B|) pairs: .6 / 2 */
    {4, "0 1 .9;2 3 .9;1 2 .6", .25, 1, "0 0 0 0"},
    {4, "0 1 .9;2 3 .9;1 2 .6", .25, 0, "0 0 2 2"},
    /* no edge at all */
    {2, "", .1, 0, "0 1"},
};

/* Two cuts from one run: n, edges, threshold, low, both expected roots */
static const struct {
    size_t n;
    const char *edges;
    double threshold, low;
    const char *want, *want_low;
} cut_cases[] = {
    /* the weak edge joins the triangles only in the lower cut */
    {6, "0 1 .9;1 2 .8;0 2 .7;3 4 .9;4 5 .9;3 5 .8;2 3 .3", .5, .03,
     "0 0 0 3 3 3", "0 0 0 0 0 0"},
    /* nothing reaches the threshold; {0 1} then 2 at .2 / 2 reach low */
    {3, "0 1 .2;1 2 .2", .5, .1, "0 1 2", "0 0 0"},
    /* a low above the threshold is the threshold */
    {3, "0 1 .2;1 2 .2", .15, .9, "0 0 2", "0 0 2"},
    /* no edge at all */
    {2, "", .1, .05, "0 1", "0 1"},
};

/* The month veto: n, edges, threshold, low, the months each node names
 * ("7+8": July and August, "0": none), both expected roots. Groups
 * {0 1 2} and {3 4 5}: .9 inside, .8 across (every pair). */
#define TWO_GROUPS                                                             \
    "0 1 .9;1 2 .9;0 2 .9;3 4 .9;4 5 .9;3 5 .9;0 3 .8;0 4 .8;"                 \
    "0 5 .8;1 3 .8;1 4 .8;1 5 .8;2 3 .8;2 4 .8;2 5 .8"
static const struct {
    size_t n;
    const char *edges;
    double threshold, low;
    const char *months, *want, *want_low;
} month_cases[] = {
    /* July against September: apart in the stories, one topic */
    {6, TWO_GROUPS, .5, .3, "7 7 7 9 9 9", "0 0 0 3 3 3", "0 0 0 0 0 0"},
    /* no month at all: one story */
    {6, TWO_GROUPS, .5, .3, "0 0 0 0 0 0", "0 0 0 0 0 0", "0 0 0 0 0 0"},
    /* two dated members are too few to have a current month */
    {6, TWO_GROUPS, .5, .3, "7 7 0 9 9 0", "0 0 0 0 0 0", "0 0 0 0 0 0"},
    /* one passing mention of August does not make it current */
    {6, TWO_GROUPS, .5, .3, "7 7+8 7 7 7 7", "0 0 0 0 0 0", "0 0 0 0 0 0"},
    /* the later month of those most members name: August on both sides */
    {6, TWO_GROUPS, .5, .3, "7+8 7+8 8 8 8 8", "0 0 0 0 0 0", "0 0 0 0 0 0"},
    /* December then January is January: the same month as January */
    {6, TWO_GROUPS, .5, .3, "12+1 12+1 12+1 1 1 1", "0 0 0 0 0 0",
     "0 0 0 0 0 0"},
    /* September recalls July in 2 of 3 articles (a follow-up): merged */
    {6, TWO_GROUPS, .5, .3, "7 7 7 9+7 9+7 9", "0 0 0 0 0 0", "0 0 0 0 0 0"},
    /* ... in 1 of 4 (less than 30%): apart */
    {7, TWO_GROUPS ";3 6 .9;4 6 .9;5 6 .9", .5, .3, "7 7 7 9+7 9 9 9",
     "0 0 0 3 3 3 3", "0 0 0 0 0 0 0"},
    /* a postponed merge comes back at the cut even when weaker pairs are
     * still to be merged (node 6 joins at .35) */
    {7, TWO_GROUPS ";5 6 .9;4 6 .9;3 6 .9;0 6 .7", .5, .3, "7 7 7 9 9 9 0",
     "0 0 0 3 3 3 3", "0 0 0 0 0 0 0"},
};

/* Edges "a b sim;..." into e[0..cap); returns their count. */
static size_t parse_edges(const char *p, rcp__edge *e, size_t cap)
{
    size_t ne = 0;
    while (*p && ne < cap) {
        char *end;
        e[ne].a = (uint32_t)strtoul(p, &end, 10);
        e[ne].b = (uint32_t)strtoul(end, &end, 10);
        e[ne].sim = strtof(end, &end);
        ne++;
        p = *end == ';' ? end + 1 : end;
    }
    return ne;
}

static void roots_str(char *got, size_t cap, const uint32_t *root, size_t n)
{
    got[0] = 0;
    for (size_t i = 0; i < n; i++)
        snprintf(got + strlen(got), cap - strlen(got), "%s%u", i ? " " : "",
                 root[i]);
}

TEST(avglink_two_cuts)
{
    for (size_t c = 0; c < RCP_ARRAY_SIZE(cut_cases); c++) {
        rcp__edge e[32];
        size_t ne = parse_edges(cut_cases[c].edges, e, RCP_ARRAY_SIZE(e));
        uint32_t root[8], low[8];
        CHECK_INT(rcp__avglink(cut_cases[c].n, e, ne, cut_cases[c].threshold, 0,
                               root, cut_cases[c].low, low, NULL, NULL, NULL),
                  0);
        char got[64];
        roots_str(got, sizeof got, root, cut_cases[c].n);
        CHECK_STR(got, cut_cases[c].want);
        roots_str(got, sizeof got, low, cut_cases[c].n);
        CHECK_STR(got, cut_cases[c].want_low);
    }
}

TEST(avglink_table)
{
    for (size_t c = 0; c < RCP_ARRAY_SIZE(link_cases); c++) {
        rcp__edge e[32];
        size_t ne = parse_edges(link_cases[c].edges, e, RCP_ARRAY_SIZE(e));
        uint32_t root[8];
        CHECK_INT(rcp__avglink(link_cases[c].n, e, ne, link_cases[c].threshold,
                               link_cases[c].knn, root, 0, NULL, NULL, NULL, NULL),
                  0);
        char got[64] = "";
        for (size_t i = 0; i < link_cases[c].n; i++)
            snprintf(got + strlen(got), sizeof got - strlen(got), "%s%u",
                     i ? " " : "", root[i]);
        CHECK_STR(got, link_cases[c].want);
    }
}

/* Made-up articles: two quakes (different places, names, numbers) and
 * two football matches; each event told twice in different words. */
static const char *const texts[] = {
    "A magnitude 6.2 earthquake struck Kahramanmaras in southern Turkey on "
    "Tuesday. Rescuers from AFAD searched collapsed buildings in "
    "Kahramanmaras and Gaziantep. Interior Minister Ali Yerlikaya said "
    "twelve people were injured.",
    "Manchester United beat Aston Villa at Old Trafford. Bruno Fernandes "
    "scored twice for Manchester United against Aston Villa, and Harry "
    "Maguire added a header.",
    "Ali Yerlikaya visited Kahramanmaras after the 6.2 earthquake. AFAD "
    "teams were still searching buildings in Gaziantep and Kahramanmaras, "
    "where twelve people were hurt.",
    "A magnitude 5.4 earthquake struck Valparaiso in central Chile on "
    "Sunday. Rescuers from ONEMI searched damaged buildings in Valparaiso "
    "and Vina del Mar. President Gabriel Boric said three people died.",
    "At Old Trafford, Bruno Fernandes scored twice as Manchester United "
    "defeated Aston Villa; Harry Maguire headed the other goal.",
    "Gabriel Boric travelled to Valparaiso after the 5.4 earthquake. ONEMI "
    "teams searched buildings in Vina del Mar and Valparaiso, where three "
    "people died.",
};

/* The same, told in Chinese: one token per character, no spaces. */
static const char *const texts_zh[] = {
    "土耳其南部卡赫拉曼马拉什周二发生6.2级地震。灾害管理局救援人员在卡赫拉曼"
    "马拉什和加济安泰普搜索倒塌的建筑。内政部长耶尔利卡亚说，十二人受伤。",
    "曼联在老特拉福德击败阿斯顿维拉。布鲁诺·费尔南德斯为曼联梅开二度，马奎尔"
    "头球破门。",
    "耶尔利卡亚在6.2级地震后前往卡赫拉曼马拉什视察。灾害管理局救援队仍在加济"
    "安泰普和卡赫拉曼马拉什搜索建筑，那里有十二人受伤。",
    "智利中部瓦尔帕莱索周日发生5.4级地震。国家紧急办公室救援人员在瓦尔帕莱索"
    "和比尼亚德尔马搜索受损建筑。博里奇总统说，三人死亡。",
    "在老特拉福德，布鲁诺·费尔南德斯梅开二度，曼联战胜阿斯顿维拉，马奎尔头球"
    "攻入另一球。",
    "博里奇在5.4级地震后前往瓦尔帕莱索。国家紧急办公室救援队在比尼亚德尔马和"
    "瓦尔帕莱索搜索建筑，那里有三人死亡。",
};

static void run_texts(const rcp_cluster_opts *o, const char *const *tx,
                      const char *lang, const char *const *dates,
                      rcp_assignment *stream, rcp_assignment *batch)
{
    rcp_clusterer *c = rcp_clusterer_new(o);
    CHECK(c != NULL);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(texts); i++) {
        rcp_article a = {0};
        a.id = "x";
        a.date = dates ? dates[i] : NULL;
        rcp_doc *d = rcp_doc_new(tx[i], strlen(tx[i]), lang);
        d->article = &a;
        CHECK_INT(rcp_clusterer_add(c, d, &stream[i]), 0);
        rcp_doc_free(d);
    }
    CHECK_INT(rcp_clusterer_count(c), RCP_ARRAY_SIZE(texts));
    CHECK_INT(rcp_clusterer_finish(c, batch), 0);
    rcp_clusterer_free(c);
}

static void run(const rcp_cluster_opts *o, const char *const *dates,
                rcp_assignment *stream, rcp_assignment *batch)
{
    run_texts(o, texts, "en", dates, stream, batch);
}

static void stream_order(const unsigned *order, size_t *now, size_t *fin);

TEST(cluster_separates_events_of_the_same_kind)
{
    rcp_assignment s[6], b[6];
    run(NULL, NULL, s, b);
    /* batch: {0,2} {1,4} {3,5}, numbered in order of first appearance */
    size_t want[] = {0, 1, 0, 2, 1, 2};
    for (int i = 0; i < 6; i++) {
        CHECK_INT(b[i].story, want[i]);
        CHECK_INT(b[i].duplicate_of, -1);
    }
    /* streaming: the two quakes end apart, their moves applied (the
     * second quake's first report, whose names no article held yet, may
     * be written out in the first quake's story: docs/cluster.md) */
    static const unsigned in_order[6] = {0, 1, 2, 3, 4, 5};
    size_t now[6], fin[6];
    stream_order(in_order, now, fin);
    CHECK(fin[0] != fin[3]);
    CHECK(fin[2] != fin[5]);
    CHECK_INT(fin[0], fin[2]);
    CHECK_INT(fin[3], fin[5]);
}

/* Two title fights of one champion, n reports each: the same words,
 * each report words of its own, and each fight its challenger, whom its
 * reports name most. Without the names' veto (avglink.c) the two fights
 * are one story at the default threshold; with it, two stories of one
 * topic, in batch, at the end of the stream (its settle runs the batch's
 * linkage) and in the stream's stories as its own settles leave them
 * (local_names: what the store keeps, which never calls the settle;
 * without them the two fights were one story there). */
static const struct {
    const char *a, *b; /* the challengers */
    size_t n;          /* reports of each fight */
    int apart;         /* two stories (else one) */
} fight_cases[] = {
    {"Hasim Rahman", "Tony Thompson", 5, 1},
    {"Hasim Rahman", "Hasim Rahman", 5, 0},  /* one fight */
    {"Hasim Rahman", "Tony Thompson", 4, 0}, /* too few to tell */
};

TEST(cluster_names_tell_two_fights_apart)
{
    for (size_t r = 0; r < RCP_ARRAY_SIZE(fight_cases); r++) {
        /* 0: batch; 1: stream, then its settle; 2: stream alone */
        for (int stream = 0; stream < 3; stream++) {
            rcp_cluster_opts o = {0};
            o.no_refine = stream; /* finish gives the stream's stories */
            rcp_clusterer *c = rcp_clusterer_new(&o);
            CHECK(c != NULL);
            size_t n = fight_cases[r].n;
            rcp_assignment now, fin[10];
            for (size_t i = 0; i < 2 * n; i++) {
                const char *who = i < n ? fight_cases[r].a : fight_cases[r].b;
                const char *last = strchr(who, ' ') + 1;
                char text[1024];
                int p = snprintf(text, sizeof text,
                                 "Wladimir Klitschko stopped %s to keep his "
                                 "heavyweight titles. %s was hurt in the "
                                 "early rounds and %s went down before the "
                                 "stoppage. Klitschko saw a hard night for "
                                 "%s. ",
                                 who, last, last, last);
                for (int w = 0; w < 20; w++) /* words of its own */
                    p += snprintf(text + p, sizeof text - (size_t)p,
                                  "%c%cfi%c ", 'a' + (int)i, 'a' + w,
                                  'a' + (int)(i + w) % 26);
                rcp_doc *d = rcp_doc_new(text, strlen(text), "en");
                CHECK_INT(rcp_clusterer_add(c, d, stream ? &now : NULL), 0);
                rcp_doc_free(d);
            }
            if (stream == 1) /* as `cluster --stream` ends: the batch's */
                CHECK_INT(rcp_clusterer_settle(c), 0);
            CHECK_INT(rcp_clusterer_finish(c, fin), 0);
            rcp_clusterer_free(c);
            for (size_t i = 1; i < 2 * n; i++) {
                CHECK_INT(fin[i].story == fin[0].story,
                          !fight_cases[r].apart || i < n);
                CHECK_INT(fin[i].topic, fin[0].topic);
                CHECK_INT(fin[i].duplicate_of, -1);
            }
        }
    }
}

TEST(cluster_chinese_by_character_pairs)
{
    rcp_assignment s[6], b[6];
    run_texts(NULL, texts_zh, NULL, NULL, s, b);
    size_t want[] = {0, 1, 0, 2, 1, 2};
    for (int i = 0; i < 6; i++)
        CHECK_INT(b[i].story, want[i]);
    CHECK(s[0].story != s[3].story);
    CHECK(s[2].story != s[5].story);
}

TEST(cluster_dates_keep_stories_apart)
{
    const char *dates[] = {"2024-03-12", "2024-03-12", "2024-06-20",
                           "2024-03-10", "2024-03-12", "2024-03-11"};
    rcp_assignment s[6], b[6];
    run(NULL, dates, s, b);
    CHECK(b[0].story != b[2].story); /* 100 days apart */
    CHECK(s[0].story != s[2].story);
    CHECK(b[3].story == b[5].story);
    rcp_cluster_opts o = {0};
    o.no_dates = 1;
    run(&o, dates, s, b);
    CHECK(b[0].story == b[2].story);
}

TEST(cluster_finds_copies)
{
    rcp_clusterer *c = rcp_clusterer_new(NULL);
    const char *t[] = {texts[0], texts[1], texts[0]};
    rcp_assignment s[3], b[3];
    for (int i = 0; i < 3; i++) {
        rcp_doc *d = rcp_doc_new(t[i], strlen(t[i]), "en");
        CHECK_INT(rcp_clusterer_add(c, d, i == 1 ? NULL : &s[i]), 0);
        rcp_doc_free(d);
    }
    CHECK_INT(s[2].duplicate_of, 0);
    CHECK_INT(s[2].story, s[0].story);
    CHECK_INT(rcp_clusterer_finish(c, b), 0);
    CHECK_INT(b[2].duplicate_of, 0);
    CHECK_INT(b[2].story, b[0].story);
    CHECK(b[1].story != b[0].story);
    /* no more articles once finished */
    rcp_doc *d = rcp_doc_new("x y", 3, "en");
    CHECK(rcp_clusterer_add(c, d, s) != 0);
    rcp_doc_free(d);
    rcp_clusterer_free(c);
    rcp_clusterer_free(NULL);
}

TEST(cluster_empty)
{
    rcp_clusterer *c = rcp_clusterer_new(NULL);
    rcp_assignment a;
    CHECK_INT(rcp_clusterer_finish(c, &a), 0);
    rcp_clusterer_free(c);
}

/* The names' veto: two groups (sizes na and nb; 0.9 within a group, 0.4
 * across, so the mean across is above the cut 0.3), each node bringing
 * the names of `names` ("1+3": names 1 and 3; "-": none). */
static const struct {
    size_t na, nb;
    const char *names, *want;
} name_cases[] = {
    /* each group has its own name (1, 2) besides the shared 3: apart at
     * the cut, one topic below */
    {5, 5, "1+3 1+3 1+3 1+3 1+3 2+3 2+3 2+3 2+3 2+3", "0 0 0 0 0 5 5 5 5 5"},
    /* without names: one story */
    {5, 5, "- - - - - - - - - -", "0 0 0 0 0 0 0 0 0 0"},
    /* one member of the second names the first's: a follow-up, merged */
    {5, 5, "1+3 1+3 1+3 1+3 1+3 2+3 2+1 2+3 2+3 2+3", "0 0 0 0 0 0 0 0 0 0"},
    /* only one group has a name of its own: merged */
    {5, 5, "1+3 1+3 1+3 1+3 1+3 3 3 3 3 3", "0 0 0 0 0 0 0 0 0 0"},
    /* 4 of 5 bring it: not nearly all, merged */
    {5, 5, "1+3 1+3 1+3 1+3 3 2+3 2+3 2+3 2+3 2+3", "0 0 0 0 0 0 0 0 0 0"},
    /* groups of 4: too few to tell, merged */
    {4, 4, "1 1 1 1 2 2 2 2", "0 0 0 0 0 0 0 0"},
    /* 5 against 60 that each bring a name of their own (more than the
     * summary keeps): 2 is still seen in all 60, 1 in none */
    {5, 60, "1 1 1 1 1 2+x", "0 0 0 0 0 5"},
};

/* The names' test as the stream's settle asks it (local_names): exact
 * counts (err 0), or a core too large to count (err its size: unknown,
 * no veto either way). */
static const struct {
    rcp__nent a[2], b[2]; /* by name; a count of 0 ends the list */
    uint32_t na, nb, erra, errb;
    int want;
} nview_cases[] = {
    {{{1, 5}, {3, 5}}, {{2, 5}, {3, 5}}, 5, 5, 0, 0, 1},
    {{{1, 9}, {3, 10}}, {{2, 10}, {3, 10}}, 10, 10, 0, 0, 1}, /* 9 of 10 */
    {{{1, 8}, {3, 10}}, {{2, 10}, {3, 10}}, 10, 10, 0, 0, 0}, /* 8 of 10 */
    {{{1, 5}}, {{1, 1}, {2, 5}}, 5, 5, 0, 0, 0},      /* one names 1 */
    {{{1, 4}}, {{2, 4}}, 4, 4, 0, 0, 0},              /* too few */
    {{{1, 5}}, {{0, 0}}, 5, 200, 0, 200, 0},          /* b unknown */
    {{{0, 0}}, {{2, 200}}, 200, 200, 200, 0, 0},      /* a unknown */
};

TEST(names_disagree_at_reads_exact_and_unknown_counts)
{
    for (size_t r = 0; r < RCP_ARRAY_SIZE(nview_cases); r++) {
        rcp__nview v[2];
        for (int side = 0; side < 2; side++) {
            const rcp__nent *p = side ? nview_cases[r].b : nview_cases[r].a;
            uint32_t n = 0;
            while (n < 2 && p[n].cnt) /* names in order, as counted */
                n++;
            v[side] = (rcp__nview){p, n, side ? nview_cases[r].errb
                                              : nview_cases[r].erra};
        }
        CHECK_INT(rcp__names_disagree_at(&v[0], nview_cases[r].na, &v[1],
                                         nview_cases[r].nb),
                  nview_cases[r].want);
        CHECK_INT(rcp__names_disagree_at(&v[1], nview_cases[r].nb, &v[0],
                                         nview_cases[r].na),
                  nview_cases[r].want);
    }
}

TEST(avglink_name_veto)
{
    for (size_t c = 0; c < RCP_ARRAY_SIZE(name_cases); c++) {
        size_t na = name_cases[c].na, n = na + name_cases[c].nb, ne = 0;
        rcp__edge *e = malloc(n * n * sizeof *e);
        uint32_t *names = calloc(n * RCP__NAME_K, sizeof *names);
        uint32_t *root = malloc(n * sizeof *root);
        uint32_t *low = malloc(n * sizeof *low);
        CHECK(e && names && root && low);
        if (!e || !names || !root || !low)
            return;
        for (uint32_t a = 0; a < n; a++)
            for (uint32_t b = a + 1; b < n; b++)
                e[ne++] = (rcp__edge){a, b, (a < na) == (b < na) ? .9f : .4f};
        const char *p = name_cases[c].names;
        for (size_t i = 0; i < n; i++) { /* "2+x": every node left: 2, own */
            if (!strcmp(p, "2+x")) {
                names[i * RCP__NAME_K] = 2;
                names[i * RCP__NAME_K + 1] = (uint32_t)(1000 + i);
                continue;
            }
            for (int k = 0; *p && *p != ' '; k++) {
                char *end;
                if (*p == '-')
                    end = (char *)p + 1;
                else
                    names[i * RCP__NAME_K + k] = (uint32_t)strtoul(p, &end, 10);
                p = end + (*end == '+');
            }
            p += *p == ' ';
        }
        CHECK_INT(rcp__avglink(n, e, ne, .3, 0, root, .2, low, NULL, names,
                               NULL),
                  0);
        char got[64]; /* the nodes `want` names: the first 6 of a big one */
        size_t shown = (strlen(name_cases[c].want) + 1) / 2;
        roots_str(got, sizeof got, root, shown);
        CHECK_STR(got, name_cases[c].want);
        for (size_t i = 0; i < n; i++)
            CHECK_INT(low[i], 0);
        free(e);
        free(names);
        free(root);
        free(low);
    }
}

TEST(avglink_month_veto)
{
    for (size_t c = 0; c < RCP_ARRAY_SIZE(month_cases); c++) {
        rcp__edge e[32];
        size_t ne = parse_edges(month_cases[c].edges, e, RCP_ARRAY_SIZE(e));
        uint16_t months[8] = {0};
        const char *p = month_cases[c].months;
        for (size_t i = 0; *p; i++) {
            char *end;
            for (;;) {
                unsigned long m = strtoul(p, &end, 10);
                if (m)
                    months[i] |= (uint16_t)(1u << (m - 1));
                p = end;
                if (*p != '+')
                    break;
                p++;
            }
            p += *p == ' ';
        }
        uint32_t root[8], low[8];
        CHECK_INT(rcp__avglink(month_cases[c].n, e, ne,
                               month_cases[c].threshold, 0, root,
                               month_cases[c].low, low, months, NULL, NULL),
                  0);
        char got[64];
        roots_str(got, sizeof got, root, month_cases[c].n);
        CHECK_STR(got, month_cases[c].want);
        roots_str(got, sizeof got, low, month_cases[c].n);
        CHECK_STR(got, month_cases[c].want_low);
    }
}

/* A giant cluster keeps RCP__LINK_CAP neighbours: a core of 64 nodes
 * (0.9 between any two) merges first, then holds 2000 leaves (one edge
 * each, to one core node, of growing similarity); without the bound its
 * list would hold every leaf, rebuilt at each merge. The leaves it keeps
 * are those of the best means. */
TEST(avglink_giant_keeps_a_bounded_list)
{
    enum { CORE = 64, LEAVES = 2000, N = CORE + LEAVES };
    size_t cap = CORE * (CORE - 1) / 2 + LEAVES, ne = 0;
    rcp__edge *e = malloc(cap * sizeof *e);
    uint32_t *root = malloc(N * sizeof *root), *low = malloc(N * sizeof *low);
    CHECK(e && root && low);
    if (!e || !root || !low)
        goto done;
    for (uint32_t a = 0; a < CORE; a++)
        for (uint32_t b = a + 1; b < CORE; b++)
            e[ne++] = (rcp__edge){a, b, 0.9f};
    for (uint32_t l = 0; l < LEAVES; l++)
        e[ne++] = (rcp__edge){l % CORE, CORE + l,
                              0.3f + 0.5f * (float)l / LEAVES};
    rcp__link_stats st;
    CHECK_INT(rcp__avglink(N, e, ne, 0.5, 32, root, 0.001, low, NULL, NULL, &st), 0);
    CHECK(st.max_list <= RCP__LINK_CAP);
    CHECK(st.merges >= CORE - 1 + RCP__LINK_CAP);
    for (uint32_t i = 0; i < CORE; i++)
        CHECK_INT(root[i], 0); /* the core is one story */
    CHECK_INT(root[N - 1], N - 1); /* the leaves are not in it */
    CHECK_INT(low[N - 1], 0);      /* the best leaf is in its topic */
    CHECK_INT(low[CORE], CORE);    /* the weakest was dropped */
done:
    free(e);
    free(root);
    free(low);
}

/* Made-up articles long enough that each keeps only some of its terms:
 * EVENTS events of PER articles, each article WORDS words drawn from its
 * event's words (pools of neighbouring events overlap) and from words
 * common to all. Deterministic for the article index. */
enum { EVENTS = 10, PER = 6, NART = EVENTS * PER, WORDS = 140 };

static void made_up_word(char *w, unsigned k)
{
    static const char cons[] = "bcdfghklmnprstvz", vow[] = "aeiou";
    size_t n = 0;
    do {
        w[n++] = cons[k % 16];
        w[n++] = vow[(k / 16) % 5];
        k /= 80;
    } while (k);
    memcpy(w + n, "ro", 3);
}

static char *made_up_article(unsigned i)
{
    unsigned ev = i / PER;
    uint64_t x = 0x9e3779b97f4a7c15ULL * (i + 1);
    char *text = malloc(WORDS * 16 + 2), w[16];
    if (!text)
        return NULL;
    size_t n = 0;
    for (unsigned k = 0; k < WORDS; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        unsigned r = (unsigned)(x >> 33);
        unsigned id = r % 10 < 6 ? 1000 + ev * 100 + r / 10 % 150 /* event */
                                 : 5000 + r / 10 % 400;       /* common */
        made_up_word(w, id);
        n += (size_t)sprintf(text + n, "%s%s", w, k % 12 == 11 ? ". " : " ");
    }
    return text;
}

/* Batch stories of the made-up articles taken in order order[0..NART)
 * (options o, NULL: the defaults): story[i] for article i. */
static void run_order(const unsigned *order, size_t *story,
                      const rcp_cluster_opts *o)
{
    rcp_clusterer *c = rcp_clusterer_new(o);
    CHECK(c != NULL);
    rcp_assignment b[NART];
    for (size_t k = 0; k < NART; k++) {
        char *t = made_up_article(order[k]);
        rcp_doc *d = t ? rcp_doc_new(t, strlen(t), "en") : NULL;
        CHECK(d != NULL);
        if (d)
            CHECK_INT(rcp_clusterer_add(c, d, NULL), 0);
        rcp_doc_free(d);
        free(t);
    }
    CHECK_INT(rcp_clusterer_finish(c, b), 0);
    for (size_t k = 0; k < NART; k++)
        story[order[k]] = b[k].story;
    rcp_clusterer_free(c);
}

/* The same articles in other orders give the same stories: the batch
 * chooses each article's terms with the final idf and builds its graph in
 * an order of its own. */
TEST(cluster_order_does_not_matter)
{
    unsigned order[NART];
    size_t first[NART], story[NART];
    for (unsigned i = 0; i < NART; i++)
        order[i] = i;
    run_order(order, first, NULL);
    size_t nstories = 0;
    for (size_t i = 0; i < NART; i++)
        nstories = RCP_MAX(nstories, first[i] + 1);
    CHECK(nstories > 1 && nstories < NART); /* something to keep */
    uint64_t x = 88172645463325252ULL;
    for (int shuffle = 0; shuffle < 4; shuffle++) {
        for (unsigned i = NART - 1; i > 0; i--) { /* Fisher-Yates */
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            unsigned j = (unsigned)(x % (i + 1)), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        run_order(order, story, NULL);
        size_t differ = 0;
        for (size_t i = 0; i < NART; i++)
            for (size_t j = i + 1; j < NART; j++)
                differ += (first[i] == first[j]) != (story[i] == story[j]);
        CHECK_INT(differ, 0);
    }
}

/* A cut near the mean similarity of the made-up events: at the default
 * (0.225) the stream ends with the batch's stories in every order tried,
 * at 0.35 not always. */
#define SETTLE_CUT 0.35

/* Stream the made-up articles in order order[0..NART) with a reader that
 * applies the moves: story[i] gets article i's story at the end, after
 * rcp_clusterer_settle when `settle`; told[i] is 1 when that story is one
 * article i was written out with or moved to earlier (a story keeps a
 * number one of its articles had). Returns the moves the settle made. */
static size_t stream_made_up(const unsigned *order, int settle, size_t *story,
                             int *told)
{
    rcp_cluster_opts o = {0};
    o.no_refine = 1;
    o.threshold = SETTLE_CUT;
    rcp_clusterer *c = rcp_clusterer_new(&o);
    CHECK(c != NULL);
    size_t before[NART] = {0}, nmoves = 0;
    rcp_assignment s;
    rcp_move m;
    for (size_t k = 0; k < NART; k++) {
        char *t = made_up_article(order[k]);
        rcp_doc *d = t ? rcp_doc_new(t, strlen(t), "en") : NULL;
        CHECK(d != NULL);
        if (d)
            CHECK_INT(rcp_clusterer_add(c, d, &s), 0);
        story[order[k]] = s.story;
        for (size_t j = 0; rcp_clusterer_move_at(c, j, &m); j++)
            story[order[m.article]] = m.to.story;
        rcp_doc_free(d);
        free(t);
    }
    memcpy(before, story, sizeof before);
    if (settle) {
        CHECK_INT(rcp_clusterer_settle(c), 0);
        for (size_t j = 0; rcp_clusterer_move_at(c, j, &m); j++, nmoves++) {
            CHECK_INT(m.from, story[order[m.article]]);
            story[order[m.article]] = m.to.story;
        }
    }
    for (size_t i = 0; i < NART; i++) {
        told[i] = 0;
        for (size_t j = 0; j < NART; j++)
            told[i] |= before[j] == story[i];
    }
    rcp_clusterer_free(c);
    return nmoves;
}

/* Pairs of articles in one story in a and not in b, or the reverse. */
static size_t pairs_differ(const size_t *a, const size_t *b)
{
    size_t differ = 0;
    for (size_t i = 0; i < NART; i++)
        for (size_t j = i + 1; j < NART; j++)
            differ += (a[i] == a[j]) != (b[i] == b[j]);
    return differ;
}

/* The stream ends with the batch's stories in every order: its links
 * depend on the order of arrival (each article links to the best of
 * those before it) and its cut is the batch's x STREAM_FACTOR, so without
 * rcp_clusterer_settle some orders end with other stories; the settle
 * clusters the last articles as the batch does, reports the moves, and
 * each story keeps a number one of its articles was written out in. */
TEST(cluster_stream_settles_to_the_batch_stories)
{
    static const uint64_t seeds[] = {1, 2, 3, 5, 8, 13, 21, 34};
    rcp_cluster_opts o = {0};
    o.threshold = SETTLE_CUT;
    unsigned order[NART];
    size_t batch[NART], story[NART];
    int told[NART];
    for (unsigned i = 0; i < NART; i++)
        order[i] = i;
    run_order(order, batch, &o);
    size_t unsettled = 0;
    for (size_t r = 0; r < RCP_ARRAY_SIZE(seeds); r++) {
        uint64_t x = 0x2545f4914f6cdd1dULL * seeds[r];
        for (unsigned i = NART - 1; i > 0; i--) { /* Fisher-Yates */
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            unsigned j = (unsigned)(x % (i + 1)), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        stream_made_up(order, 0, story, told);
        unsettled += pairs_differ(story, batch) > 0;
        stream_made_up(order, 1, story, told);
        CHECK_INT(pairs_differ(story, batch), 0);
        for (size_t i = 0; i < NART; i++)
            CHECK(told[i]);
    }
    CHECK(unsettled > 0); /* something for the settle to do */
}

/* Names across scripts: the same two events told in English and in
 * Russian (and one in Chinese) share only their names, which meet once
 * transliterated (translit.c); without that each Russian article is a
 * story alone. (Not every name meets: ICU writes Найроби "najrobi",
 * not Nairobi.) */
TEST(cluster_names_across_scripts)
{
    static const struct {
        const char *lang, *text;
    } arts[] = {
        {"en", "Russian President Vladimir Putin met Greek Prime Minister "
               "Alexis Tsipras in Moscow on Friday. Putin and Tsipras "
               "discussed gas pipelines. Tsipras said Greece wanted closer "
               "ties."},
        {"en", "Turkish President Recep Erdogan opened a new airport "
               "near Ankara on Monday. Erdogan said Ankara would welcome "
               "ten million passengers."},
        {"ru", "Президент России Владимир Путин встретился в Москве с "
               "премьер-министром Греции Алексисом Ципрасом. Путин и "
               "Ципрас обсудили газопроводы."},
        {"ru", "Президент Турции Реджеп Эрдоган открыл новый аэропорт, "
               "Анкара. Эрдоган заявил, что аэропорт примет десять "
               "миллионов пассажиров."},
        {"zh", "国家主席习近平在北京会见俄罗斯总统普京。习近平和普京讨论了天然气"
               "管道。"},
        {"en", "Chinese President Xi Jinping met Russian President Vladimir "
               "Putin in Beijing. Xi Jinping and Putin discussed gas "
               "pipelines."},
    };
    enum { N = RCP_ARRAY_SIZE(arts) };
    rcp_assignment s[N], b[N];
    rcp_clusterer *c = rcp_clusterer_new(NULL);
    CHECK(c != NULL);
    for (size_t i = 0; i < N; i++) {
        rcp_article a = {0};
        a.id = "x";
        rcp_doc *d = rcp_doc_new(arts[i].text, strlen(arts[i].text),
                                 arts[i].lang);
        d->article = &a;
        CHECK_INT(rcp_clusterer_add(c, d, &s[i]), 0);
        rcp_doc_free(d);
    }
    CHECK_INT(rcp_clusterer_finish(c, b), 0);
    rcp_clusterer_free(c);
    CHECK(b[0].story == b[2].story); /* Putin, Ципрас */
    CHECK(b[1].story == b[3].story); /* Erdogan, Эрдоган */
    CHECK(b[0].story != b[1].story);
    CHECK(b[4].story == b[5].story); /* 习近平, Xi Jinping */
}

/* Stream the six texts in the given order; `now` gets each text's story
 * as written out, `fin` the stories as a reader of the moves has them at
 * the end (the story numbers of the stream), both by text. */
static void stream_order(const unsigned *order, size_t *now, size_t *fin)
{
    rcp_cluster_opts o = {0};
    o.no_refine = 1;
    rcp_clusterer *c = rcp_clusterer_new(&o);
    rcp_assignment s, b[6];
    for (size_t k = 0; k < 6; k++) {
        const char *t = texts[order[k]];
        rcp_doc *d = rcp_doc_new(t, strlen(t), "en");
        CHECK_INT(rcp_clusterer_add(c, d, &s), 0);
        now[order[k]] = fin[order[k]] = s.story;
        rcp_move m;
        for (size_t j = 0; rcp_clusterer_move_at(c, j, &m); j++)
            fin[order[m.article]] = m.to.story;
        rcp_doc_free(d);
    }
    /* the same stories as the stream's at its end */
    CHECK_INT(rcp_clusterer_finish(c, b), 0);
    for (size_t i = 0; i < 6; i++)
        for (size_t j = 0; j < 6; j++)
            CHECK_INT(fin[order[i]] == fin[order[j]],
                      b[i].story == b[j].story);
    rcp_clusterer_free(c);
}

/* The stream runs the batch's linkage again around each new article: in
 * every order it ends with the batch's stories ({0,2} {1,4} {3,5}), and a
 * story keeps an id one of its articles was written out with (the first
 * report of a quake may be written out in the other quake's story, and
 * moved when the second report comes). */
TEST(cluster_stream_ends_with_the_batch_stories)
{
    static const unsigned orders[][6] = {
        {0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {0, 3, 2, 5, 1, 4},
        {3, 0, 5, 2, 4, 1}, {1, 4, 0, 3, 2, 5},
    };
    static const int pair[6] = {2, 4, 0, 5, 1, 3}; /* the other of its story */
    for (size_t r = 0; r < RCP_ARRAY_SIZE(orders); r++) {
        size_t now[6], fin[6];
        stream_order(orders[r], now, fin);
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++)
                CHECK_INT(fin[i] == fin[j], i == j || pair[i] == j);
        for (int i = 0; i < 6; i++)
            CHECK(fin[i] == now[i] || fin[i] == now[pair[i]]);
    }
}

/* A storm in Lisbon, then a fire in Porto whose first article reads much
 * like the storm's (firefighters rescued residents, the mayor said two
 * died): it is written out in the storm's story, and so are the next two,
 * which link to it. As the fire's articles come, the linkage re-run
 * around each takes them out together: at the end the storm and the fire
 * are two stories (the single pass of before kept one story of all six). */
TEST(cluster_stream_lets_an_article_leave_its_story)
{
    static const char *const t[] = {
        "A storm flooded Lisbon on Monday. Firefighters rescued residents "
        "from flooded houses in Alfama, and Mayor Carlos Moedas said two "
        "people died in Lisbon.",
        "Firefighters rescued residents from burning houses on Monday, and "
        "the mayor said two people died. The warehouse fire in Ribeira, "
        "Porto, spread overnight.",
        "Mayor Rui Moreira said the Ribeira warehouse fire in Porto was "
        "out; the blaze destroyed three buildings and Porto police opened "
        "an inquiry.",
        "In Porto, Rui Moreira visited Ribeira, where the warehouse blaze "
        "destroyed three buildings; police suspect arson in the fire.",
        "Porto police questioned a guard over the Ribeira warehouse fire, "
        "Rui Moreira said; the blaze destroyed three buildings.",
        "Carlos Moedas visited Alfama in Lisbon after the storm; Lisbon "
        "firefighters pumped water out of flooded houses.",
    };
    rcp_cluster_opts o = {0};
    o.no_refine = 1;
    rcp_clusterer *c = rcp_clusterer_new(&o);
    rcp_assignment now[6], fin[6];
    for (size_t i = 0; i < 6; i++) {
        rcp_doc *d = rcp_doc_new(t[i], strlen(t[i]), "en");
        CHECK_INT(rcp_clusterer_add(c, d, &now[i]), 0);
        rcp_doc_free(d);
    }
    CHECK_INT(now[1].story, now[0].story); /* written out with the storm */
    CHECK_INT(rcp_clusterer_finish(c, fin), 0);
    rcp_clusterer_free(c);
    size_t want[] = {0, 1, 1, 1, 1, 0};
    for (size_t i = 0; i < 6; i++)
        CHECK_INT(fin[i].story, want[i]);
}

/* A follow-up a month later: three articles on an arrest in July, then
 * three on the trial in September (the same people, places, words). The
 * first two on the trial are written out in the arrest's story; with the
 * third, the months keep the two developments apart (as in the batch),
 * the two move to the trial's story, and the stream reports the moves.
 * The stream's topics, its lower cut without the months' veto, keep the
 * two developments one affair. */
static const char *const follow_up[] = {
    "Police arrested former minister Anton Weller in Graz on 3 July "
    "over bribes from the builder Kessler Bau for the Graz ring road; "
    "prosecutor Lena Hofer said Weller took 2 million euros.",
    "Anton Weller, the former minister, was arrested in Graz in July. "
    "Prosecutor Lena Hofer accuses him of taking 2 million euros in "
    "bribes from Kessler Bau over the ring road contract.",
    "The arrest of Anton Weller in Graz this July: prosecutor Lena "
    "Hofer says Kessler Bau paid the former minister 2 million euros "
    "in bribes for the ring road.",
    "The trial of former minister Anton Weller opened in Graz on 14 "
    "September; prosecutor Lena Hofer told the court Kessler Bau paid "
    "him 2 million euros in bribes for the ring road.",
    "In September Anton Weller pleaded not guilty in Graz. Lena Hofer, "
    "the prosecutor, said the former minister took 2 million euros "
    "from Kessler Bau for the ring road.",
    "Graz court, September: Anton Weller denied taking bribes of 2 "
    "million euros from Kessler Bau over the ring road, as prosecutor "
    "Lena Hofer charges the former minister.",
};

/* Stream the follow-up: each article as written out (now), the stories
 * as a reader of the moves has them (told), and as they end (fin). */
static void stream_follow_up(rcp_assignment *now, rcp_assignment *told,
                             rcp_assignment *fin, size_t *moves)
{
    rcp_cluster_opts o = {0};
    o.no_refine = 1;
    rcp_clusterer *c = rcp_clusterer_new(&o);
    *moves = 0;
    for (size_t i = 0; i < 6; i++) {
        const char *t = follow_up[i];
        rcp_doc *d = rcp_doc_new(t, strlen(t), "en");
        CHECK_INT(rcp_clusterer_add(c, d, &now[i]), 0);
        rcp_doc_free(d);
        told[i] = now[i];
        rcp_move m;
        for (size_t k = 0; rcp_clusterer_move_at(c, k, &m); k++) {
            CHECK(m.article < i);
            CHECK_INT(m.from, told[m.article].story);
            told[m.article] = m.to;
            ++*moves;
        }
        rcp_move m2;
        CHECK_INT(rcp_clusterer_move_at(c, rcp_clusterer_moves(c), &m2), 0);
    }
    CHECK_INT(rcp_clusterer_finish(c, fin), 0);
    rcp_clusterer_free(c);
}

TEST(cluster_stream_reports_its_moves)
{
    rcp_assignment now[6], told[6], fin[6];
    size_t moves;
    stream_follow_up(now, told, fin, &moves);
    /* the first of the trial is written out in the arrest's story */
    CHECK_INT(now[3].story, now[0].story);
    /* ... and moved with the third: the reader has the final stories */
    CHECK(moves >= 2);
    CHECK(told[3].story != now[3].story);
    for (size_t i = 0; i < 6; i++)
        for (size_t j = 0; j < 6; j++) {
            CHECK_INT(told[i].story == told[j].story,
                      fin[i].story == fin[j].story);
            CHECK_INT(told[i].topic == told[j].topic,
                      fin[i].topic == fin[j].topic);
        }
    size_t want[] = {0, 0, 0, 1, 1, 1};
    for (size_t i = 0; i < 6; i++)
        CHECK_INT(fin[i].story, want[i]);
}

TEST(cluster_stream_topics_join_a_follow_up)
{
    rcp_assignment now[6], told[6], fin[6];
    size_t moves;
    stream_follow_up(now, told, fin, &moves);
    CHECK(fin[0].story != fin[3].story); /* two developments */
    for (size_t i = 0; i < 6; i++) {
        CHECK_INT(fin[i].topic, fin[0].topic); /* one affair */
        CHECK_INT(told[i].topic, told[0].topic);
    }
}

/* An affair told twice: four reports in May (the contract, and one
 * detail each: invoices, piles, payments, trucks) and four in September
 * (the hearing, and the same four details). Each September report
 * retells one May report, and the batch joins all eight: it merges the
 * retellings first, so no group it forms has its months agree. Without
 * the months, the May reports share only the contract and the September
 * ones only the hearing. In the orders below, the stream had put three
 * May reports in a story of their own (three members naming May: a
 * current month), and the months' veto kept it apart from the rest,
 * though the article that linked to it took out only one or two of its
 * members. A story whose other articles fit in the local linkage is now
 * taken apart too, so its members are grouped again from the bottom up,
 * as in the batch. (In the input order, May first, the stream still
 * ends in two stories: it depends on the order, as streams do.) */
static const char *const retold[] = {
#define MAY " It began in May."
#define SEPT " It came out in September."
    "The Kessler Bau contract in Graz. " "Auditor Franz Egger found "
    "forged invoices for gravel from the Leoben quarry." MAY,
    "The Kessler Bau contract in Graz. " "Engineer Petra Lind "
    "reported cracked concrete piles under the Mur bridge." MAY,
    "The Kessler Bau contract in Graz. " "Accountant Otto Fuchs "
    "moved bonus payments through a Malta holding firm." MAY,
    "The Kessler Bau contract in Graz. " "Driver Karl Vogel said "
    "trucks carried asphalt from a Styrian depot at night." MAY,
    "The hearing of judge Maria Brandt. " "Auditor Franz Egger "
    "found forged invoices for gravel from the Leoben quarry." SEPT,
    "The hearing of judge Maria Brandt. " "Engineer Petra Lind "
    "reported cracked concrete piles under the Mur bridge." SEPT,
    "The hearing of judge Maria Brandt. " "Accountant Otto Fuchs "
    "moved bonus payments through a Malta holding firm." SEPT,
    "The hearing of judge Maria Brandt. " "Driver Karl Vogel said "
    "trucks carried asphalt from a Styrian depot at night." SEPT,
#undef MAY
#undef SEPT
};

TEST(cluster_stream_takes_a_small_story_apart)
{
    static const unsigned orders[][8] = {
        {1, 5, 7, 6, 3, 4, 2, 0},
        {0, 5, 7, 1, 4, 2, 6, 3},
        {0, 2, 3, 4, 5, 6, 7, 1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(orders); r++) {
        rcp_cluster_opts o = {0};
        o.no_refine = 1;
        rcp_clusterer *c = rcp_clusterer_new(&o);
        rcp_assignment now, fin[8];
        for (size_t k = 0; k < 8; k++) {
            const char *t = retold[orders[r][k]];
            rcp_doc *d = rcp_doc_new(t, strlen(t), "en");
            CHECK_INT(rcp_clusterer_add(c, d, &now), 0);
            rcp_doc_free(d);
        }
        CHECK_INT(rcp_clusterer_finish(c, fin), 0);
        rcp_clusterer_free(c);
        for (size_t k = 0; k < 8; k++)
            CHECK_INT(fin[k].story, 0);
        /* the batch's answer: one story */
        o.no_refine = 0;
        c = rcp_clusterer_new(&o);
        for (size_t k = 0; k < 8; k++) {
            const char *t = retold[orders[r][k]];
            rcp_doc *d = rcp_doc_new(t, strlen(t), "en");
            CHECK_INT(rcp_clusterer_add(c, d, NULL), 0);
            rcp_doc_free(d);
        }
        CHECK_INT(rcp_clusterer_finish(c, fin), 0);
        rcp_clusterer_free(c);
        for (size_t k = 0; k < 8; k++)
            CHECK_INT(fin[k].story, 0);
    }
}

/* Two reports of one kind of event that name different months, the
 * largest threshold at which they still make one story: batch and stream
 * give the pair MONTH_APART (0.75) of the similarity they give it when
 * dates are ignored (--no-dates). Two articles are too few for avglink's
 * month veto of clusters: this is the pair's own. */
static const char *const months_apart[] = {
    "On 3 March a 5.1 earthquake struck the coast near Valparaiso. Rescue "
    "teams searched damaged buildings in Valparaiso and Vina del Mar; the "
    "regional governor said two people were hurt.",
    "Rescuers in Vina del Mar and Valparaiso were checking buildings on 9 "
    "July after a magnitude 5.1 quake hit the coast; two people were hurt, "
    "according to the regional governor.",
};

/* The largest threshold of 0.01, 0.02 ... 3.00 at which the two articles
 * share a story, in batch (stream 0) or as written out by the stream. */
static double months_apart_cut(int no_dates, int stream)
{
    double last = 0;
    for (int k = 1; k <= 300; k++) {
        rcp_cluster_opts o = {0};
        o.threshold = k / 100.0;
        o.no_dates = no_dates;
        rcp_clusterer *c = rcp_clusterer_new(&o);
        rcp_assignment s[2], b[2];
        for (int i = 0; i < 2; i++) {
            /* not a copy: a copy is tied whatever its months */
            rcp_doc *d = rcp_doc_new(months_apart[i],
                                     strlen(months_apart[i]), "en");
            CHECK_INT(rcp_clusterer_add(c, d, &s[i]), 0);
            rcp_doc_free(d);
        }
        CHECK_INT(rcp_clusterer_finish(c, b), 0);
        rcp_clusterer_free(c);
        CHECK_INT(b[1].duplicate_of, -1);
        if (stream ? s[0].story == s[1].story : b[0].story == b[1].story)
            last = o.threshold;
    }
    return last;
}

/* Reports of two events, the later ones with words of their own (a
 * longer article tells more), among other news that shares everyday
 * words with them. The stream weighs a pair as the batch does: vectors
 * of shared terms with the idf known now, made again when later articles
 * share a term or shift the idf (st_refresh). Before, an article kept its
 * vector from arrival, where its own words weighed the most (no other
 * article held them then), and the stream's cuts fell away from the
 * batch's. */
static const char *const own_words[] = {
    "Floodwater from the Ribble river reached the centre of Preston on "
    "Tuesday, and the council opened two shelters for families.",
    "Engineers closed the Tamar bridge near Saltash on Friday after "
    "inspectors found cracked cables.",
    "The council said on Tuesday that families in the town centre would "
    "pay more for parking from next year.",
    "The Ribble burst its banks at Preston on Tuesday; the council opened "
    "shelters for families. Farmers upstream counted drowned sheep, a "
    "bakery lost its ovens, and a choir cancelled its concert at the "
    "cathedral. Insurers expect claims from shopkeepers and landlords.",
    "Inspectors found cracked cables on the Tamar bridge and engineers "
    "closed it near Saltash on Friday.",
    "A hospital said on Friday that engineers had fixed its heating and "
    "nurses moved patients back to the wards.",
    "Commuters queued for ferries, a wedding party missed its ceremony, "
    "hauliers rerouted lorries through Launceston and a hospital moved "
    "nurses into hotels, after engineers closed the Tamar bridge at "
    "Saltash on Friday over cracked cables.",
};

/* The largest threshold of 0.01 ... 3.00 at which articles x and y of
 * own_words share a story, in batch or at the end of the stream. */
static double own_words_cut(size_t x, size_t y, int stream)
{
    double last = 0;
    enum { N = RCP_ARRAY_SIZE(own_words) };
    for (int k = 1; k <= 300; k++) {
        rcp_cluster_opts o = {0};
        o.threshold = k / 100.0;
        o.no_refine = stream; /* finish gives the stream's stories */
        rcp_clusterer *c = rcp_clusterer_new(&o);
        rcp_assignment now, fin[N];
        for (size_t i = 0; i < N; i++) {
            rcp_doc *d = rcp_doc_new(own_words[i], strlen(own_words[i]), "en");
            CHECK_INT(rcp_clusterer_add(c, d, stream ? &now : NULL), 0);
            rcp_doc_free(d);
        }
        CHECK_INT(rcp_clusterer_finish(c, fin), 0);
        rcp_clusterer_free(c);
        if (fin[x].story == fin[y].story)
            last = o.threshold;
    }
    return last;
}

TEST(cluster_stream_weighs_pairs_as_the_batch)
{
    static const size_t pairs[][2] = {{0, 3}, {1, 4}, {1, 6}, {4, 6}};
    for (size_t r = 0; r < RCP_ARRAY_SIZE(pairs); r++) {
        double batch = own_words_cut(pairs[r][0], pairs[r][1], 0),
               stream = own_words_cut(pairs[r][0], pairs[r][1], 1);
        CHECK(batch > 0.2 && batch < 3);
        /* the stream cuts at 0.975 x the batch's threshold */
        CHECK(fabs(0.975 * stream - batch) <= 0.015);
    }
}

TEST(cluster_months_apart_lower_a_pair)
{
    for (int stream = 0; stream < 2; stream++) {
        double apart = months_apart_cut(0, stream),
               ignored = months_apart_cut(1, stream);
        CHECK(ignored > 0.2);
        CHECK(apart < ignored);
        /* 0.75 of it, give or take the grid */
        CHECK(fabs(apart - 0.75 * ignored) <= 0.015);
    }
}

/* 40 reports of a warehouse fire in January, then two in March: each
 * March one holds every word of the other and of the January ones (each
 * January report adds words of its own, so none is a copy). The
 * candidates of a March report tie on their score, and the January ones
 * came first: in the stream they took every one of the EDGE_M slots, and
 * then fell to the window, so the two March reports were never compared
 * and stayed apart. Out-of-window articles are now dropped before the
 * best are chosen: the two are one story. (The batch is left as it was,
 * so it keeps them apart here: docs/cluster.md.) */
enum { FIRE_OLD = 40 };

/* Fire report i of the above, in the stream: its story as last reported
 * into fin[]. */
static void fire_add(rcp_clusterer *c, size_t i, size_t *fin)
{
    char text[2048];
    int p = snprintf(text, sizeof text, "%s",
                     "Firefighters battled a blaze at the Riverside chemical "
                     "warehouse in Dunmore; Mayor Helen Carter said three "
                     "workers were hurt and nearby homes were evacuated "
                     "overnight. ");
    for (int w = 0; i != FIRE_OLD + 1 && w < 30; w++) /* words of its own */
        p += snprintf(text + p, sizeof text - (size_t)p, "%c%cbl%c%co ",
                      'a' + (int)(i % 26), 'a' + (int)(i / 26), 'a' + w % 26,
                      'a' + w / 26);
    rcp_article a = {0};
    a.id = "x";
    a.date = i < FIRE_OLD ? "2024-01-10" : "2024-03-01";
    rcp_doc *d = rcp_doc_new(text, strlen(text), "en");
    d->article = &a;
    rcp_assignment s;
    CHECK_INT(rcp_clusterer_add(c, d, &s), 0);
    rcp_doc_free(d);
    CHECK_INT(s.duplicate_of, -1);
    fin[i] = s.story;
    rcp_move m;
    for (size_t j = 0; rcp_clusterer_move_at(c, j, &m); j++)
        fin[m.article] = m.to.story;
}

TEST(cluster_window_drops_candidates_first)
{
    rcp_cluster_opts o = {0};
    o.no_refine = 1;
    rcp_clusterer *c = rcp_clusterer_new(&o);
    CHECK(c != NULL);
    size_t fin[FIRE_OLD + 2];
    rcp_assignment b[FIRE_OLD + 2];
    for (size_t i = 0; i < FIRE_OLD + 2; i++)
        fire_add(c, i, fin);
    CHECK_INT(fin[FIRE_OLD], fin[FIRE_OLD + 1]);
    CHECK(fin[FIRE_OLD] != fin[0]);
    CHECK_INT(rcp_clusterer_finish(c, b), 0); /* the stream's stories */
    CHECK_INT(b[FIRE_OLD].story, b[FIRE_OLD + 1].story);
    rcp_clusterer_free(c);
}

/* The graph's term weight (rcp__wi) gives the dot products of
 * ((double)w * v) * idf to the bit: rows w, v, idf of news-like weights,
 * the float range's ends (subnormal, largest) and rounding-sensitive
 * significands, then pseudo-random floats over the whole range. */
static const float wi_rows[][3] = {
    {0.3127f, 0.0841f, 6.9071f},
    {1.0f, 1.0f, 1.0f},
    {0.1f, 0.2f, 0.3f},
    {1.0000001f, 0.99999994f, 3.0000002f},
    {16777215.0f, 16777213.0f, 16777211.0f},
    {1e-45f, 1e-45f, 1e-45f},
    {1.1754942e-38f, 3.4028235e38f, 0.5f},
    {3.4028235e38f, 3.4028235e38f, 3.4028235e38f},
    {0.0f, 0.7f, 5.0f},
    {0.7f, 0.0f, 5.0f},
};

static float wi_float(uint64_t *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    uint32_t b = (uint32_t)(*s >> 33) & 0x7F7FFFFFu; /* finite, >= 0 */
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}

TEST(cluster_term_weight_keeps_the_products)
{
    for (size_t i = 0; i < sizeof wi_rows / sizeof wi_rows[0]; i++) {
        float w = wi_rows[i][0], v = wi_rows[i][1], idf = wi_rows[i][2];
        double old = (double)w * v * idf, now = rcp__wi(w, idf) * v;
        CHECK(memcmp(&old, &now, sizeof old) == 0);
    }
    uint64_t s = 11;
    size_t bad = 0;
    for (int i = 0; i < 200000; i++) {
        float w = wi_float(&s), v = wi_float(&s), idf = wi_float(&s);
        double old = (double)w * v * idf, now = rcp__wi(w, idf) * v;
        bad += memcmp(&old, &now, sizeof old) != 0;
    }
    CHECK_INT(bad, 0);
}

/* rcp__select_best against a full sort: n candidates with scores drawn
 * from `levels` values (ties by index), m kept; the m first must be the
 * sort's m first, in its order, and the whole a permutation of cand. */
static const struct {
    size_t n, m;
    unsigned levels;
} best_cases[] = {
    {0, 32, 4},    {1, 32, 4},   {5, 32, 1},     {32, 32, 3},
    {33, 32, 1000}, {100, 32, 2}, {1536, 32, 7}, {1536, 32, 100000},
    {50, 1, 5},    {200, 8, 3},
};

static const float *best_score;

static int best_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    float sx = best_score[2 * x], sy = best_score[2 * y];
    if (sx != sy)
        return sx > sy ? -1 : 1;
    return x < y ? -1 : x > y;
}

TEST(cluster_select_best_table)
{
    uint64_t s = 7;
    for (size_t i = 0; i < sizeof best_cases / sizeof best_cases[0]; i++) {
        size_t n = best_cases[i].n, m = best_cases[i].m, kept = n < m ? n : m;
        float *score = calloc(2 * (n + 1), sizeof *score); /* stride 8 */
        uint32_t *cand = calloc(n + 1, sizeof *cand);
        uint32_t *ref = calloc(n + 1, sizeof *ref);
        CHECK(score && cand && ref);
        for (size_t k = 0; k < n; k++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            score[2 * k] = (float)((s >> 33) % best_cases[i].levels) / 8;
            cand[k] = (uint32_t)(n - 1 - k); /* not in index order */
        }
        memcpy(ref, cand, n * sizeof *ref);
        best_score = score;
        qsort(ref, n, sizeof *ref, best_cmp);
        rcp__select_best(cand, n, m, score);
        CHECK(memcmp(cand, ref, kept * sizeof *cand) == 0);
        uint64_t sum = 0;
        for (size_t k = 0; k < n; k++)
            sum += cand[k];
        CHECK(sum == (uint64_t)n * (n ? n - 1 : 0) / 2);
        free(score);
        free(cand);
        free(ref);
    }
}

/* The boosted tf a feature ranks by (rcp__clusterer_tf): a table for the
 * counts under 64, the formula past it; both against the formula here.
 * Rows: count and flags (1 a name, 2 the title). */
static const struct {
    uint32_t count, flags;
} tf_cases[] = {
    {1, 0},  {2, 0},  {7, 1},  {7, 2},  {7, 3},   {62, 0},   {62, 3},
    {63, 0}, {63, 1}, {63, 2}, {63, 3}, {64, 0},  {64, 3},   {65, 1},
    {255, 2}, {256, 0}, {1000, 3}, {70000, 1},
};

TEST(cluster_tf_table)
{
    rcp_clusterer *c = rcp_clusterer_new(NULL);
    CHECK(c != NULL);
    for (size_t i = 0; i < sizeof tf_cases / sizeof tf_cases[0]; i++) {
        uint32_t n = tf_cases[i].count, fl = tf_cases[i].flags;
        float want = 1.0f + logf((float)n);
        if (fl & 1)
            want *= 2.0f;
        if (fl & 2)
            want *= 1.5f;
        float got = rcp__clusterer_tf(c, n, fl);
        CHECK(memcmp(&got, &want, sizeof got) == 0);
    }
    rcp_clusterer_free(c);
}

/* Near-copies by the sketch's bands (one probe a band files the article
 * and names the first one filed): rows of texts, ASCII and not, each
 * added after texts[0] and texts[1]; the earlier article it copies (-1:
 * none), in batch and in the stream. */
static const char copy_base[] =
    "Le maire de Trèves a présenté jeudi un budget de 42 millions d'euros "
    "pour rénover les écoles, les gymnases et la piscine municipale. "
    "L'opposition a dénoncé une hausse des impôts locaux de trois pour "
    "cent, que le maire a défendue devant le conseil réuni en séance.";
static const char copy_ru[] =
    "Мэр города представил в четверг бюджет в 42 миллиона евро на ремонт "
    "школ, спортивных залов и городского бассейна. Оппозиция осудила "
    "рост местных налогов на три процента, который мэр защищал перед "
    "советом на заседании.";
static const struct {
    const char *text, *lang;
    int dup; /* index among {copy_base, copy_ru, this}, or -1 */
} copy_cases[] = {
    {copy_base, "fr", 0},
    {copy_ru, "ru", 1},
    {"Le maire de Trèves a présenté jeudi un budget de 42 millions "
     "d'euros pour rénover les écoles, les gymnases et la piscine "
     "municipale. L'opposition a dénoncé une hausse des impôts locaux de "
     "trois pour cent, que le maire a défendue devant le conseil.",
     "fr", 0},
    {"The mayor presented a budget on Thursday for schools and the pool.",
     "en", -1},
    {"a a a a a a a a a a a a a a a a", "en", -1},
};

TEST(cluster_copies_table)
{
    for (size_t i = 0; i < sizeof copy_cases / sizeof copy_cases[0]; i++) {
        const char *t[] = {copy_base, copy_ru, copy_cases[i].text};
        const char *lang[] = {"fr", "ru", copy_cases[i].lang};
        rcp_clusterer *c = rcp_clusterer_new(NULL);
        rcp_assignment s[3], b[3];
        for (int k = 0; k < 3; k++) {
            rcp_doc *d = rcp_doc_new(t[k], strlen(t[k]), lang[k]);
            CHECK(d != NULL);
            CHECK_INT(rcp_clusterer_add(c, d, &s[k]), 0);
            rcp_doc_free(d);
        }
        CHECK_INT(rcp_clusterer_finish(c, b), 0);
        CHECK_INT(s[0].duplicate_of, -1);
        CHECK_INT(s[1].duplicate_of, -1);
        CHECK_INT(s[2].duplicate_of, copy_cases[i].dup);
        CHECK_INT(b[2].duplicate_of, copy_cases[i].dup);
        rcp_clusterer_free(c);
    }
}

/* rcp__posting_place against the first place k with docs[k] >= x found
 * one by one: postings of n distinct ascending positions whose gaps are
 * drawn up to `gap` (1: consecutive), with a run of `jump` at the middle
 * (a posting whose positions are not spread evenly: the guess lands far),
 * every x from below the first position to past the last, on the whole
 * posting and on a part of it. */
static const struct {
    uint32_t n, gap, jump;
} place_cases[] = {
    {0, 1, 0},   {1, 1, 0},     {16, 3, 0},     {17, 1, 0},   {17, 5, 0},
    {100, 1, 0}, {100, 40, 0},  {300, 2, 5000}, {1000, 9, 0}, {1000, 3, 100000},
    {2000, 1, 1},
};

TEST(cluster_posting_place_table)
{
    uint64_t s = 11;
    for (size_t c = 0; c < sizeof place_cases / sizeof place_cases[0]; c++) {
        uint32_t n = place_cases[c].n;
        uint32_t *docs = calloc(n + 1, sizeof *docs);
        CHECK(docs != NULL);
        uint32_t at = 3;
        for (uint32_t k = 0; k < n; k++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            at += 1 + (uint32_t)((s >> 33) % place_cases[c].gap) +
                  (k == n / 2 ? place_cases[c].jump : 0);
            docs[k] = at;
        }
        size_t bad = 0;
        for (int part = 0; part < 2; part++) {
            uint32_t lo = part ? n / 5 : 0, hi = part ? n - n / 7 : n;
            for (uint32_t x = 0; x <= at + 2; x++) {
                uint32_t want = lo;
                while (want < hi && docs[want] < x)
                    want++;
                bad += rcp__posting_place(docs, lo, hi, x) != want;
            }
        }
        CHECK_INT(bad, 0);
        free(docs);
    }
}
