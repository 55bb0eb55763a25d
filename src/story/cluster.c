/*
 * cluster.c - placeholder until the story clusterer lands: every article
 * is its own story and nothing is a duplicate.
 */
#include "base/base.h"

struct rcp_clusterer {
    size_t n;
};

rcp_clusterer *rcp_clusterer_new(const rcp_cluster_opts *opts)
{
    (void)opts;
    return rcp__calloc(1, sizeof(rcp_clusterer));
}

int rcp_clusterer_add(rcp_clusterer *c, const rcp_doc *d, rcp_assignment *out)
{
    (void)d;
    out->story = c->n++;
    out->duplicate_of = -1;
    return 0;
}

int rcp_clusterer_finish(rcp_clusterer *c, rcp_assignment *out)
{
    for (size_t i = 0; i < c->n; i++) {
        out[i].story = i;
        out[i].duplicate_of = -1;
    }
    return 0;
}

void rcp_clusterer_free(rcp_clusterer *c)
{
    rcp__free(c);
}
