/* test_features.c - features records packed for the store
 * (rcp_features_pack / rcp_features_unpack): every record reads back to
 * the same record, and anything malformed is refused, never half read. */
#include "harness.h"
#include "recoupe.h"

#include <stdlib.h>

/* the record of an article given as a JSON line, or NULL */
static rcp_features *features_of(const char *line)
{
    rcp_article *a = NULL;
    rcp_features *f = NULL;
    if (rcp_article_from_json(line, strlen(line), NULL, &a, NULL))
        return NULL;
    rcp_doc *d = rcp_doc_from_article(a);
    if (d)
        rcp_features_new(d, &f);
    rcp_doc_free(d);
    rcp_article_free(a);
    return f;
}

static char *json_of(const rcp_features *f)
{
    size_t n = 0;
    if (rcp_features_json(f, NULL, 0, &n))
        return NULL;
    char *b = malloc(n + 1);
    if (b && rcp_features_json(f, b, n + 1, &n)) {
        free(b);
        b = NULL;
    }
    return b;
}

static unsigned char *packed(const rcp_features *f, size_t *n)
{
    if (rcp_features_pack(f, NULL, 0, n))
        return NULL;
    unsigned char *b = malloc(*n + 1);
    if (b && rcp_features_pack(f, b, *n + 1, n)) {
        free(b);
        b = NULL;
    }
    return b;
}

static const char *const articles[] = {
    "{\"id\": \"a1\", \"date\": \"2024-03-05T10:00:00Z\", \"title\": \"Bridge "
    "closed\", \"text\": \"The bridge in Porto closed on Tuesday in March, "
    "officials said, and 40 people were moved. Mayor Rossi spoke.\"}",
    /* no date, no title, French */
    "{\"id\": \"b-\\u00e9t\\u00e9\", \"lang\": \"fr\", \"text\": \"Le pont de "
    "Lyon a \\u00e9t\\u00e9 ferm\\u00e9 mardi, selon la mairie.\"}",
    /* no word: no sketch */
    "{\"id\": \"c\", \"text\": \"2024 - 17 ; 42\"}",
    /* a long id and a short date */
    "{\"id\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    "\", \"date\": \"2024\", \"text\": \"Storm Ciaran hit Brittany.\"}",
};

TEST(features_pack_reads_back_the_same_record)
{
    for (size_t i = 0; i < sizeof articles / sizeof *articles; i++) {
        rcp_features *f = features_of(articles[i]), *g = NULL;
        CHECK(f != NULL);
        if (!f)
            continue;
        size_t n = 0, m = 0;
        unsigned char *p = packed(f, &n);
        CHECK(p != NULL);
        CHECK_INT(rcp_features_unpack(p, n, &g, NULL), 0);
        char *a = json_of(f), *b = g ? json_of(g) : NULL;
        CHECK_STR(a, b);
        /* packed again: the same bytes */
        unsigned char *q = g ? packed(g, &m) : NULL;
        CHECK(q && m == n && !memcmp(p, q, n));
        /* smaller than the JSON it replaces */
        CHECK(a && n < strlen(a));
        free(a), free(b), free(p), free(q);
        rcp_features_free(f);
        rcp_features_free(g);
    }
}

TEST(features_pack_too_small_a_buffer_says_the_length)
{
    rcp_features *f = features_of(articles[0]);
    CHECK(f != NULL);
    size_t n = 0, m = 0;
    char small[8];
    CHECK_INT(rcp_features_pack(f, small, sizeof small, &n), 0);
    CHECK(n >= sizeof small);
    unsigned char *p = packed(f, &m);
    CHECK_INT(m, n);
    free(p);
    rcp_features_free(f);
}

TEST(features_unpack_refuses_every_cut)
{
    rcp_features *f = features_of(articles[0]), *g = NULL;
    CHECK(f != NULL);
    size_t n = 0;
    unsigned char *p = packed(f, &n);
    CHECK(p != NULL);
    int refused = 0;
    for (size_t k = 0; p && k < n; k++) { /* every proper prefix */
        rcp_error e;
        int rc = rcp_features_unpack(p, k, &g, &e);
        refused += rc == RCP_EINVAL && g == NULL && e.message[0];
        rcp_features_free(g);
        g = NULL;
    }
    CHECK_INT(refused, n);
    free(p);
    rcp_features_free(f);
}

/* Bytes changed in a good record, each a case that must be refused. */
TEST(features_unpack_refuses_malformed_records)
{
    rcp_features *f = features_of(articles[0]);
    CHECK(f != NULL);
    size_t n = 0;
    unsigned char *p = packed(f, &n);
    CHECK(p != NULL && n > 150 && p[3] == 2 && p[6] == 11 && p[19] == 1);
    if (!p || n <= 150) {
        rcp_features_free(f);
        return;
    }
    /* the layout of this record: "RF\1", 2, "a1", the date byte (11),
     * its 10 bytes, months (2), 1 and the sketch (128), nterms (one
     * byte: fewer than 128 terms), the terms */
    size_t date = 6, months = date + 11, nt = months + 3 + 128;
    static const struct {
        const char *what;
        int at; /* -1: the magic; -2: append a byte; else an offset kind */
        unsigned char v;
    } cases[] = {
        {"not the magic", -1, 'X'},
        {"a byte left over", -2, 0},
        {"months over 4095", 1, 0x10},
        {"a sketch flag of 2", 2, 2},
        {"a date of 11 bytes", 3, 12},
        {"an id of 100 bytes", 4, 100},
        {"an id holding a NUL", 5, 0},
        {"more terms than bytes", 6, 0x7f},
        {"a zero term key", 7, 0},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        unsigned char q[4096];
        size_t m = n;
        memcpy(q, p, n);
        switch (cases[c].at) {
        case -1: q[0] = cases[c].v; break;
        case -2: q[m++] = cases[c].v; break;
        case 1: q[months + 1] = cases[c].v; break;
        case 2: q[months + 2] = cases[c].v; break;
        case 3: q[date] = cases[c].v; break;
        case 4: q[3] = cases[c].v; break;
        case 5: q[4] = cases[c].v; break;
        case 6: q[nt] = cases[c].v; break;
        case 7: memset(q + nt + 1, 0, 8); break;
        }
        rcp_features *g = NULL;
        rcp_error e;
        int rc = rcp_features_unpack(q, m, &g, &e);
        if (rc != RCP_EINVAL || g)
            fprintf(stderr, "# accepted: %s\n", cases[c].what);
        CHECK_INT(rc, RCP_EINVAL);
        CHECK(g == NULL);
        rcp_features_free(g);
    }
    free(p);
    rcp_features_free(f);
}
