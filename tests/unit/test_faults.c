/*
 * test_faults.c - the reader and the digest against the faults of hostile
 * testing (issue 15): ids that collide in the hash, a size limit that would
 * overflow, a name that is only an extension, the docs array of a digest.
 * The command-line cases (links, FIFOs, signals, outputs) are golden tests
 * in tests/cli/cases/faults-*.
 */
#include "harness.h"
#include "ingest/ingest.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* A temporary file holding p; its path in buf. */
static int temp_file(char *buf, size_t n, const char *suffix, const char *p,
                     size_t len)
{
    snprintf(buf, n, "%s/rcp-faults-XXXXXX%s",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", suffix);
    int fd = mkstemps(buf, (int)strlen(suffix));
    if (fd < 0)
        return -1;
    int ok = write(fd, p, len) == (ssize_t)len;
    close(fd);
    return ok ? 0 : -1;
}

/* Read everything: articles counted, duplicate-id errors counted. */
static void read_counts(const char *path, const rcp_read_opts *o,
                        size_t *nread, size_t *ndup, size_t *nother)
{
    const char *in[] = {path};
    rcp_reader *r = rcp_reader_new(in, 1, o);
    rcp_article *a;
    rcp_error err;
    int rc;
    *nread = *ndup = *nother = 0;
    while (r && (rc = rcp_reader_next(r, &a, &err)) != 0) {
        if (rc == 1) {
            (*nread)++;
            rcp_article_free(a);
        } else if (rc == RCP_EDUPID) {
            (*ndup)++;
        } else {
            (*nother)++;
        }
    }
    rcp_reader_free(r);
}

TEST(faults_ids_compared_not_only_hashed)
{
    /* with 2 bits of hash, 300 ids share 4 hashes: none is a duplicate;
     * then the same 300 again, every one is */
    rcp__buf b;
    rcp__buf_init(&b, 0);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < 300; i++)
            rcp__buf_addf(&b, "{\"id\": \"id-%d\", \"text\": \"Texte %d.\"}\n",
                          i, i);
    char path[256];
    CHECK(temp_file(path, sizeof path, ".jsonl", b.p, b.len) == 0);
    unsigned saved = rcp__id_hash_bits;
    rcp__id_hash_bits = 2;
    size_t nread, ndup, nother;
    read_counts(path, NULL, &nread, &ndup, &nother);
    rcp__id_hash_bits = saved;
    CHECK_INT(nread, 300);
    CHECK_INT(ndup, 300);
    CHECK_INT(nother, 0);
    unlink(path);
    rcp__buf_release(&b);
}

TEST(faults_max_size_does_not_wrap)
{
    /* SIZE_MAX used to make the line limit 65,534 bytes */
    size_t n = 200000;
    char *rec = malloc(n + 64);
    CHECK(rec != NULL);
    if (!rec)
        return;
    int k = snprintf(rec, 64, "{\"id\": \"big\", \"text\": \"");
    memset(rec + k, 'a', n);
    memcpy(rec + k + n, "\"}\n", 3);
    char path[256];
    CHECK(temp_file(path, sizeof path, ".jsonl", rec, (size_t)k + n + 3) ==
          0);
    rcp_read_opts o = {SIZE_MAX, 1};
    size_t nread, ndup, nother;
    read_counts(path, &o, &nread, &ndup, &nother);
    CHECK_INT(nread, 1);
    CHECK_INT(nother, 0);
    o.max_article_bytes = 1000; /* and a small one still holds */
    read_counts(path, &o, &nread, &ndup, &nother);
    CHECK_INT(nread, 0);
    CHECK_INT(nother, 1);
    unlink(path);
    free(rec);
}

TEST(faults_names_that_are_only_an_extension)
{
    static const struct {
        const char *path, *id;
    } cases[] = {
        {"d/.txt", ".txt"},       {".txt.gz", ".txt"},
        {"a/.jsonl", ".jsonl"},   {"x.txt", "x"},
        {"..txt", "."},           {"d/.hidden.txt", ".hidden"},
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(cases); i++) {
        char *id = rcp__input_id(cases[i].path);
        CHECK_STR(id, cases[i].id);
        rcp__free(id);
    }
}

TEST(faults_digest_copies_the_docs_array)
{
    static const char *const texts[] = {
        "Le maire a annoncé mardi la fermeture du port. La digue a cédé.",
        "La digue a cédé mardi, et le maire a annoncé la fermeture du port."};
    rcp_doc *docs[2];
    for (size_t i = 0; i < 2; i++) {
        docs[i] = rcp_doc_new(texts[i], strlen(texts[i]), "fr");
        CHECK(docs[i] != NULL);
    }
    const rcp_doc **arr = malloc(2 * sizeof *arr);
    CHECK(arr != NULL);
    arr[0] = docs[0];
    arr[1] = docs[1];
    rcp_digest *d = rcp_digest_new(arr, 2, NULL);
    CHECK(d != NULL);
    free(arr); /* ASan: a digest that kept it would read freed memory */
    FILE *f = fopen("/dev/null", "w");
    CHECK(f != NULL);
    const rcp_digest *ds[] = {d};
    CHECK_INT(rcp_digest_write_json(f, ds, 1), 0);
    CHECK_INT(rcp_digest_write_md(f, ds, 1), 0);
    fclose(f);
    rcp_digest_free(d);
    for (size_t i = 0; i < 2; i++)
        rcp_doc_free(docs[i]);
}
