/* test_json.c - the JSON reader: valid documents, and where bad ones fail. */
#include "base/json.h"
#include "harness.h"

#include <stdlib.h>

/* input, expected error offset (-1: valid) */
static const struct {
    const char *in;
    long bad;
} cases[] = {
    {"{}", -1},
    {" [1, -2.5e3, true, false, null, \"x\"] ", -1},
    {"{\"a\":{\"b\":[[]]}}", -1},
    {"\"\\u00e9\\ud83d\\ude00\\n\"", -1},
    {"{\"a\" 1}", 5},
    {"{\"a\":1,}", 7},
    {"[1 2]", 3},
    {"\"abc", 4},
    {"\"a\x01\"", 2},
    {"\"\xC3\x28\"", 1},
    {"01", 1},
    {"1.", 2},
    {"{\"a\":1} x", 8},
    {"", 0},
    {"nul", 0},
    {"\"\\x\"", 1},
};

TEST(json_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(cases); i++) {
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__json *j = NULL;
        size_t off = 0;
        const char *msg = NULL;
        int rc = rcp__json_parse(cases[i].in, strlen(cases[i].in), &a, &j,
                                 &off, &msg);
        if (cases[i].bad < 0) {
            CHECK_INT(rc, 0);
        } else {
            CHECK_INT(rc, RCP_EJSON);
            CHECK_INT(off, cases[i].bad);
            CHECK(msg != NULL);
        }
        rcp__arena_release(&a);
    }
}

TEST(json_values_and_keys)
{
    const char *s = "{\"id\":\"a1\",\"n\":42,\"t\":true,\"s\":\"caf\\u00e9\","
                    "\"id\":\"a2\",\"l\":[1,2,3]}";
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__json *j;
    CHECK_INT(rcp__json_parse(s, strlen(s), &a, &j, NULL, NULL), 0);
    CHECK_STR(rcp__json_str(j, "id", NULL), "a2");
    CHECK_STR(rcp__json_str(j, "s", NULL), "caf\xC3\xA9");
    CHECK(rcp__json_get(j, "n")->num == 42);
    CHECK(rcp__json_get(j, "t")->num == 1);
    CHECK_INT(rcp__json_get(j, "l")->n, 3);
    CHECK(rcp__json_str(j, "n", NULL) == NULL);
    CHECK(rcp__json_get(j, "missing") == NULL);
    rcp__arena_release(&a);
}

TEST(json_deep_nesting_is_refused)
{
    size_t n = 100000;
    char *s = malloc(n);
    memset(s, '[', n);
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__json *j;
    const char *msg = NULL;
    CHECK_INT(rcp__json_parse(s, n, &a, &j, NULL, &msg), RCP_EJSON);
    CHECK_STR(msg, "nesting too deep");
    rcp__arena_release(&a);
    free(s);
}
