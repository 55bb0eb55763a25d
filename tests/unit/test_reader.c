/*
 * test_reader.c - input names and ids, the reader over the fixtures of
 * tests/data/inputs, and every allocation failing in turn.
 */
#include "harness.h"
#include "ingest/ingest.h"

#include <stdlib.h>

/* path -> id, kind, gz */
static const struct {
    const char *path, *id;
    int kind, gz;
} name_cases[] = {
    {"000_734f158125c1b336.txt", "000_734f158125c1b336", RCP__KIND_TXT, 0},
    {"dir/page.html.gz", "page", RCP__KIND_HTML, 1},
    {"a/b/PAGE.HTM", "PAGE", RCP__KIND_HTML, 0},
    {"x.y.jsonl", "x.y", RCP__KIND_JSONL, 0},
    {"notes.md", "notes.md", RCP__KIND_NONE, 0},
    {"archive.gz", "archive", RCP__KIND_NONE, 1},
    {"t.txt.GZ", "t", RCP__KIND_TXT, 1},
};

TEST(reader_names_and_ids)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(name_cases); i++) {
        int gz;
        CHECK_INT(rcp__input_kind(name_cases[i].path, &gz),
                  name_cases[i].kind);
        CHECK_INT(gz, name_cases[i].gz);
        char *id = rcp__input_id(name_cases[i].path);
        CHECK_STR(id, name_cases[i].id);
        rcp__free(id);
    }
}

/* Read everything; the ids joined by ' ', errors as "!CODE". */
static char *read_all(const char *const *in, size_t n, size_t *skipped)
{
    rcp__buf b;
    rcp__buf_init(&b, 0);
    rcp_reader *r = rcp_reader_new(in, n, NULL);
    if (!r)
        return NULL;
    rcp_article *a;
    rcp_error err;
    int rc;
    while ((rc = rcp_reader_next(r, &a, &err)) != 0) {
        if (b.len)
            rcp__buf_addc(&b, ' ');
        if (rc == 1) {
            rcp__buf_adds(&b, a->id);
            rcp_article_free(a);
        } else {
            rcp__buf_addf(&b, "!%d", -rc);
        }
    }
    *skipped = rcp_reader_skipped(r);
    rcp_reader_free(r);
    return rcp__buf_detach(&b, NULL);
}

TEST(reader_directory_order_and_kinds)
{
    const char *in[] = {"tests/data/inputs/tree"};
    size_t skipped;
    char *got = read_all(in, 1, &skipped);
    /* "a.txt" < "a/z.jsonl" < "b.txt.gz" < "b/c.txt": plain byte order */
    CHECK_STR(got, "a tree-a-1 b c");
    CHECK_INT(skipped, 0);
    rcp__free(got);
}

TEST(reader_skips_bad_inputs_and_goes_on)
{
    const char *in[] = {"tests/data/inputs/mix/good.txt",
                        "tests/data/inputs/mix/bad_utf8.txt",
                        "tests/data/inputs/mix/cut.jsonl.gz",
                        "tests/data/inputs/mix/lines.jsonl",
                        "tests/data/inputs/mix/empty.txt",
                        "tests/data/inputs/mix/missing.txt"};
    size_t skipped;
    char *got = read_all(in, RCP_ARRAY_SIZE(in), &skipped);
    char want[128];
    snprintf(want, sizeof want, "good !%d z1 z2 !%d m1 !%d m3 !%d !%d !%d",
             -RCP_EUTF8, -RCP_EGZIP, -RCP_EJSON, -RCP_EDUPID, -RCP_EEMPTY,
             -RCP_ENOENT);
    CHECK_STR(got, want);
    CHECK_INT(skipped, 6);
    rcp__free(got);
}

TEST(reader_error_names_file_and_line)
{
    const char *in[] = {"tests/data/inputs/mix/lines.jsonl"};
    rcp_reader *r = rcp_reader_new(in, 1, NULL);
    rcp_article *a;
    rcp_error err;
    CHECK_INT(rcp_reader_next(r, &a, &err), 1);
    rcp_article_free(a);
    CHECK_INT(rcp_reader_next(r, &a, &err), RCP_EJSON);
    CHECK(strcmp(err.file, "tests/data/inputs/mix/lines.jsonl") == 0);
    CHECK_INT(err.line, 2);
    CHECK_INT(rcp_reader_next(r, &a, &err), 1);
    CHECK_INT(a->line, 3);
    CHECK_STR(a->source, "example.com"); /* the url's host */
    rcp_article_free(a);
    rcp_reader_free(r);
}

TEST(reader_size_limit)
{
    const char *in[] = {"tests/data/inputs/mix/good.txt",
                        "tests/data/inputs/packed.jsonl.gz"};
    rcp_read_opts o = {60, 0};
    rcp_reader *r = rcp_reader_new(in, 2, &o);
    rcp_article *a;
    rcp_error err;
    CHECK_INT(rcp_reader_next(r, &a, &err), RCP_ETOOBIG);
    CHECK(strstr(err.message, "60 bytes") != NULL);
    CHECK_INT(rcp_reader_next(r, &a, &err), 1); /* g1: 59 bytes of text */
    rcp_article_free(a);
    CHECK_INT(rcp_reader_next(r, &a, &err), 1);
    rcp_article_free(a);
    CHECK_INT(rcp_reader_next(r, &a, &err), 0);
    rcp_reader_free(r);
}

/* ---- every allocation failing in turn ---- */

static long alloc_left; /* allocations still allowed; < 0: no limit */
static int alloc_failed;

static void *counting_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (alloc_left == 0) {
        alloc_failed = 1;
        return NULL;
    }
    if (alloc_left > 0)
        alloc_left--;
    return realloc(p, n);
}

static void counting_free(void *ud, void *p)
{
    (void)ud;
    free(p);
}

TEST(reader_survives_every_allocation_failure)
{
    const char *in[] = {"tests/data/inputs/mix/good.txt",
                        "tests/data/inputs/packed.jsonl.gz",
                        "tests/data/inputs/mix/lines.jsonl",
                        "tests/data/inputs/crlf_bom.txt"};
    size_t skipped;
    char *ref = read_all(in, RCP_ARRAY_SIZE(in), &skipped); /* warm caches */
    rcp_allocator al = {counting_realloc, counting_free, NULL};
    int rounds = 0;
    for (long k = 0; k < 5000; k++) {
        alloc_left = k;
        alloc_failed = 0;
        rcp_set_allocator(&al);
        char *got = read_all(in, RCP_ARRAY_SIZE(in), &skipped);
        alloc_left = -1;
        rcp_set_allocator(NULL);
        rounds++;
        if (!alloc_failed) { /* enough allocations: the same result */
            CHECK_STR(got, ref);
            free(got);
            break;
        }
        free(got); /* the buffer may have been cut short: no check */
    }
    CHECK(rounds > 10 && rounds < 5000);
    free(ref);
}

/* A doc made from an article of the readers takes its text as it is (see
 * rcp__normed): it must be what normalising it again gives, whatever the
 * raw text held (line ends, blanks, controls, soft hyphens, decomposed
 * accents, a BOM) and whatever the cleaner dropped (a boilerplate
 * sentence inside a line, a line of its own); and an article whose text
 * the caller replaced is normalised again. */
static const char *const normed_cases[] = {
    "Plain text.\nSecond line.",
    "\xEF\xBB\xBF" "Windows\r\nline ends  \r\n\r\n\r\nand blanks \t\n",
    "Soft\xC2\xAD" "hyphen and a C1\xC2\x85 control\x01 here.",
    "Decomposed: e\xCC\x81t\xC3\xA9 cafe\xCC\x81.\n\n\nNext.",
    "The storm hit the coast on Monday. Click here to subscribe to our "
    "newsletter. Roads were closed.\nShare this article\nMore rain came.",
    "Zwei Sätze.  Noch einer.   \nTrailing  \n  leading blanks kept.",
};

TEST(doc_of_a_read_article_is_normalised)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(normed_cases); i++) {
        const char *p = normed_cases[i];
        rcp_article *a = NULL;
        rcp_error err;
        CHECK_INT(rcp__article_from_bytes("n", RCP__KIND_TXT, p, strlen(p),
                                          "n.txt", NULL, &a, &err),
                  0);
        if (!a)
            continue;
        rcp_doc *d = rcp_doc_from_article(a);
        rcp_doc *e = rcp_doc_new(a->text, a->text_len, a->lang);
        CHECK(d && e);
        if (d && e) {
            CHECK_INT(d->len, e->len);
            CHECK(d->len == e->len && memcmp(d->text, e->text, d->len) == 0);
            CHECK_INT(d->ntoks, e->ntoks);
        }
        rcp_doc_free(d);
        rcp_doc_free(e);
        /* the caller's own text: normalised again (the soft hyphen goes) */
        a->text = "Replaced  \r\nsoft\xC2\xAD" "hyphen.";
        a->text_len = strlen(a->text);
        d = rcp_doc_from_article(a);
        e = rcp_doc_new(a->text, a->text_len, a->lang);
        CHECK(d && e);
        if (d && e) {
            CHECK_STR(d->text, e->text);
            CHECK(strstr(d->text, "softhyphen") != NULL);
        }
        rcp_doc_free(d);
        rcp_doc_free(e);
        rcp_article_free(a);
    }
}
