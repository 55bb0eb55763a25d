/*
 * test_entities.c - names, their types and merged spellings, from the
 * hand-written cases of tests/data/nlp/entities.tsv, plus the phonetic key.
 */
#include "fixture.h"
#include "harness.h"

#include "analysis/nlp.h"
#include "analysis/nlp_priv.h"

#include <stdlib.h>

static const char *const type_names[] = {"PER", "ORG", "LOC", "MISC"};

static int has_spelling(const rcp__entity *e, const char *w)
{
    if (strcmp(e->name, w) == 0)
        return 1;
    for (size_t k = 0; k < e->nvariants; k++)
        if (strcmp(e->variants[k], w) == 0)
            return 1;
    return 0;
}

/* One expectation ("Name:TYPE:V1,V2" or "!Word"); NULL or a message. */
static const char *expect(const rcp__story_nlp *out, char *x, char *msg,
                          size_t cap)
{
    if (x[0] == '!') {
        for (size_t i = 0; i < out->nentities; i++)
            if (has_spelling(&out->entities[i], x + 1)) {
                snprintf(msg, cap, "unexpected entity '%s'", x + 1);
                return msg;
            }
        return NULL;
    }
    char *type = strchr(x, ':');
    char *vars = type ? strchr(type + 1, ':') : NULL;
    if (type)
        *type++ = 0;
    if (vars)
        *vars++ = 0;
    const rcp__entity *e = NULL;
    for (size_t i = 0; i < out->nentities; i++)
        if (strcmp(out->entities[i].name, x) == 0)
            e = &out->entities[i];
    if (!e) {
        size_t o = (size_t)snprintf(msg, cap, "no entity '%s' (have:", x);
        for (size_t i = 0; i < out->nentities && o < cap; i++)
            o += (size_t)snprintf(msg + o, cap - o, " '%s'",
                                  out->entities[i].name);
        if (o < cap)
            snprintf(msg + o, cap - o, ")");
        return msg;
    }
    if (type && *type && strcmp(type_names[e->type], type) != 0) {
        snprintf(msg, cap, "'%s' is %s, want %s", x, type_names[e->type], type);
        return msg;
    }
    for (char *v = vars ? strtok(vars, ",") : NULL; v; v = strtok(NULL, ","))
        if (!has_spelling(e, v)) {
            snprintf(msg, cap, "'%s' lacks the variant '%s'", x, v);
            return msg;
        }
    return NULL;
}

TEST(entities_table)
{
    size_t len;
    char *buf = rcp_test_slurp("tests/data/nlp/entities.tsv", &len);
    CHECK(buf != NULL);
    if (!buf)
        return;
    int cases = 0;
    char *save = NULL;
    for (char *line = strtok_r(buf, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#' || !line[0])
            continue;
        char *f[3];
        if (fixture_fields(line, f, 3) < 3)
            continue;
        fixture_unescape(f[1]);
        fixture_nlp nl;
        CHECK_INT(fixture_nlp_run(&nl, f[1], f[0], NULL), 0);
        cases++;
        char *save2 = NULL;
        for (char *x = strtok_r(f[2], ";", &save2); x;
             x = strtok_r(NULL, ";", &save2)) {
            char msg[1024];
            const char *err = expect(&nl.out, x, msg, sizeof msg);
            if (err) {
                char m[1200];
                snprintf(m, sizeof m, "'%.80s': %s", f[1], err);
                rcp_test_fail(__FILE__, __LINE__, m);
            }
        }
        fixture_nlp_free(&nl);
    }
    CHECK(cases >= 10);
    free(buf);
}

static void key_of(const char *w, char *out)
{
    rcp__name_key(w, strlen(w), out);
}

TEST(entities_name_key)
{
    static const char *const same[][2] = {
        {"vostochny", "vostotchny"},
        {"shoigu", "choigou"},
        {"sergei", "serguei"},
        {"dmitry", "dmitri"},
        {"kim jong-un", "kim jong un"},
        {"poutine", "putin"},
        {"zelenskyy", "zelenski"},
        {"komsomolsk-sur-l'amour", "komsomolsk-sur-amour"},
        {"peskow", "peskov"}};
    static const char *const differ[][2] = {
        {"paris", "perez"}, {"kim", "king"}, {"lavrov", "lavrova"}};
    char a[128], b[128];
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        key_of(same[i][0], a);
        key_of(same[i][1], b);
        CHECK_STR(a, b);
    }
    for (size_t i = 0; i < sizeof differ / sizeof differ[0]; i++) {
        key_of(differ[i][0], a);
        key_of(differ[i][1], b);
        CHECK(strcmp(a, b) != 0);
    }
}

/* Two spellings of one name (rcp__name_spellings): the words equal but
 * one, and that one a letter or a short ending apart. */
TEST(entities_name_spellings)
{
    static const struct {
        const char *a, *b;
        int want;
    } rows[] = {
        {"Ilene Wolfe", "Ilene Wolff", 1},           /* same key */
        {"Latonya Brown", "Latoya Brown", 1},        /* a letter dropped */
        {"Gordon Advisers", "Gordon Advisors", 1},   /* a letter changed */
        {"Salahuddin", "Salahaddin", 1},
        {"Vassilios Saraliotis", "Vassilis Saraliotis", 1},
        {"TallGrass Distribution Ltd", "Tallgrass Distributors Ltd", 1},
        {"Masoud Dalman", "Massoud Dalman", 1},
        {"Martin Dorsey", "Martni Dorsey", 1},       /* two swapped */
        {"Jean-Luc Romero", "Jean-Louis Romero", 0}, /* another name */
        {"Commodore Nirad Sinha", "Commander Nirad Sinha", 0},
        {"Alexandros Grigoropoulos", "Alexis Grigoropoulos", 0},
        {"John Smith", "Paul Smith", 0},
        {"Latonya Brown", "Latoya Green", 0},        /* two words differ */
        {"Maria Lopez", "Marc Lopez", 0},            /* short: two edits */
        {"Bush", "Rush", 0},                         /* too short */
        {"Luann Johnson", "LuAnn Marie Johnson", 0}, /* word counts */
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int got = rcp__name_spellings(rows[i].a, strlen(rows[i].a), rows[i].b,
                                      strlen(rows[i].b));
        if (got != rows[i].want)
            fprintf(stderr, "# %s / %s: %d\n", rows[i].a, rows[i].b, got);
        CHECK_INT(got, rows[i].want);
    }
}
