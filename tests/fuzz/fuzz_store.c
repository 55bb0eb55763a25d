/*
 * fuzz_store.c - the store on hostile bytes, two ways chosen by the first
 * byte:
 *   even  the bytes ARE the store file: opened read-only as a store (a
 *         damaged or foreign SQLite file, or not SQLite at all), then
 *         listed, exported, searched and every story's digest asked for;
 *         each call must answer or fail with an error, never crash;
 *   odd   the bytes are JSON Lines articles: added to a fresh store in two
 *         adds (the second half after the first), then the same reads,
 *         which must succeed on a store the program wrote itself.
 * The files live in a private temporary directory removed after each run.
 */
#include "recoupe.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int count_story(void *ud, const rcp_store_story *st)
{
    long *ids = ud;
    if (ids[0] < 16)
        ids[1 + ids[0]++] = st->id;
    return 0;
}

static int count_hit(void *ud, const rcp_store_hit *h)
{
    (void)h;
    ++*(size_t *)ud;
    return 0;
}

/* Every read the server and `export`/`show` make. own: the store was
 * written by recoupe itself, so the reads must succeed. */
static void read_all(rcp_store *s, int own)
{
    rcp_error err;
    long ids[17] = {0};
    int rc = rcp_store_stories(s, NULL, count_story, ids, &err);
    assert(!own || rc == 0);
    rcp_store_query q = {0};
    q.lang = "fr";
    q.since = "2000-01-01";
    q.limit = 3;
    (void)rcp_store_stories(s, &q, count_story, ids, &err);
    FILE *devnull = fopen("/dev/null", "w");
    if (devnull) {
        rc = rcp_store_export(s, devnull, &err);
        assert(!own || rc == 0);
        fclose(devnull);
    }
    size_t hits = 0;
    (void)rcp_store_search(s, "le the 2023", 5, count_hit, &hits, &err);
    (void)rcp_store_last_batch(s);
    for (long i = 0; i < ids[0] && i < 4; i++) {
        char *json = NULL;
        if (rcp_store_story_json(s, ids[1 + i], &json, &err) == 0)
            assert(json && json[0] == '{');
        rcp_store_free(json);
    }
    char *json = NULL;
    (void)rcp_store_story_json(s, -1, &json, &err);
    rcp_store_free(json);
}

static int write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fwrite(p, 1, n, f) == n;
    return fclose(f) == 0 && ok ? 0 : -1;
}

static void add_file(rcp_store *s, const char *path)
{
    const char *in[1] = {path};
    rcp_read_opts ro = {1 << 16, 0};
    rcp_reader *r = rcp_reader_new(in, 1, &ro);
    if (!r)
        return;
    rcp_error err;
    rcp_store_add_stats st;
    int rc = rcp_store_add(s, r, NULL, NULL, &st, &err);
    assert(rc == 0);
    assert(st.added + st.known <= st.read);
    rcp_reader_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    char dir[] = "/tmp/rcp-fuzz-store-XXXXXX";
    if (!mkdtemp(dir))
        return 0;
    char db[64], a[64], b[64];
    snprintf(db, sizeof db, "%s/s.db", dir);
    snprintf(a, sizeof a, "%s/a.jsonl", dir);
    snprintf(b, sizeof b, "%s/b.jsonl", dir);
    rcp_store *s = NULL;
    rcp_error err;
    if (!(data[0] & 1)) {
        if (write_file(db, data + 1, size - 1) == 0 &&
            rcp_store_open(db, 0, &s, &err) == 0) {
            read_all(s, 0);
            rcp_store_close(s);
        }
    } else if (rcp_store_open(db, 1, &s, &err) == 0) {
        /* cut at the first newline after the middle: two adds */
        size_t half = 1 + (size - 1) / 2;
        while (half < size && data[half - 1] != '\n')
            half++;
        if (write_file(a, data + 1, half - 1) == 0 &&
            write_file(b, data + half, size - half) == 0) {
            add_file(s, a);
            add_file(s, b);
            read_all(s, 1);
        }
        rcp_store_close(s);
    }
    const char *leftovers[] = {db, a, b, "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < 3; i++)
        unlink(leftovers[i]);
    for (size_t i = 3; i < 6; i++) {
        char p[80];
        snprintf(p, sizeof p, "%s%s", db, leftovers[i]);
        unlink(p);
    }
    rmdir(dir);
    return 0;
}
