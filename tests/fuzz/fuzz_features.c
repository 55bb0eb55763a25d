/*
 * fuzz_features.c - the parsers of the staged pipeline: the bytes as an
 * rcp_features record (rcp_features_from_json), which, when accepted, is
 * written back and must read back to the same text, packed and unpacked
 * to the same text too, then clustered; as a packed record
 * (rcp_features_unpack, the store's form), which, when accepted, packs
 * to bytes that unpack and pack again the same; and as a line of `recoupe cluster` output
 * (rcp_story_map_put_json).
 */
#include "recoupe.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *json_of(const rcp_features *f, size_t *len)
{
    char *buf = NULL;
    if (rcp_features_json(f, NULL, 0, len))
        return NULL;
    buf = malloc(*len + 1);
    if (buf && rcp_features_json(f, buf, *len + 1, len)) {
        free(buf);
        buf = NULL;
    }
    return buf;
}

static void *pack_of(const rcp_features *f, size_t *len)
{
    char *buf = NULL;
    if (rcp_features_pack(f, NULL, 0, len))
        return NULL;
    buf = malloc(*len + 1);
    if (buf && rcp_features_pack(f, buf, *len + 1, len)) {
        free(buf);
        buf = NULL;
    }
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    rcp_features *f = NULL, *g = NULL;
    rcp_error err;
    if (rcp_features_from_json(p, size, &f, &err) == 0) {
        size_t n1 = 0, n2 = 0;
        char *a = json_of(f, &n1);
        if (a && rcp_features_from_json(a, n1, &g, NULL) == 0) {
            char *b = json_of(g, &n2);
            assert(!b || (n1 == n2 && memcmp(a, b, n1) == 0));
            free(b);
        }
        size_t np = 0, n3 = 0;
        void *pk = pack_of(f, &np);
        rcp_features *h = NULL;
        if (pk && a && rcp_features_unpack(pk, np, &h, NULL) == 0) {
            char *c3 = json_of(h, &n3);
            assert(!c3 || (n1 == n3 && memcmp(a, c3, n1) == 0));
            free(c3);
        }
        rcp_features_free(h);
        free(pk);
        free(a);
        rcp_clusterer *c = rcp_clusterer_new(NULL);
        rcp_assignment as[2];
        if (c && rcp_clusterer_add_features(c, f, &as[0]) == 0 &&
            (!g || rcp_clusterer_add_features(c, g, &as[1]) == 0))
            rcp_clusterer_finish(c, as);
        rcp_clusterer_free(c);
    }
    rcp_features_free(f);
    rcp_features_free(g);
    f = g = NULL;
    if (rcp_features_unpack(data, size, &f, &err) == 0) {
        size_t np = 0, nq = 0;
        void *pk = pack_of(f, &np), *pq = NULL;
        if (pk && rcp_features_unpack(pk, np, &g, NULL) == 0)
            pq = pack_of(g, &nq);
        assert(!pk || !pq || (np == nq && memcmp(pk, pq, np) == 0));
        free(pk);
        free(pq);
    }
    rcp_features_free(f);
    rcp_features_free(g);

    rcp_story_map *m = rcp_story_map_new();
    if (m && rcp_story_map_put_json(m, p, size, &err) == 0) {
        assert(rcp_story_map_count(m) == 1);
        assert(rcp_story_map_put_json(m, p, size, NULL) == RCP_EDUPID);
    }
    rcp_story_map_free(m);
    return 0;
}
