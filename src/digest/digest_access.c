/*
 * digest_access.c - the digest as data: the reading functions of
 * include/recoupe.h ("Reading a digest") over the structures of
 * digest.h, and one story's JSON object as a string.
 *
 * Nothing here computes anything but the evidence (which sentence of a
 * supporting article states the item: rcp__digest_evidence): each
 * function maps the i-th item of a list the digest already holds, in the
 * order the JSON form writes it, onto the public struct, pointing into
 * the digest's arena.
 */
#include "digest/digest.h"

static const char *const ent_types[] = {
    [RCP__ENT_PER] = "PER",
    [RCP__ENT_ORG] = "ORG",
    [RCP__ENT_LOC] = "LOC",
    [RCP__ENT_MISC] = "MISC",
};

void rcp_digest_info(const rcp_digest *d, rcp_digest_story *out)
{
    out->id = d->id;
    out->title = d->title;
    out->articles = d->ndocs;
    out->outlets = d->outlets;
}

int rcp_digest_article(const rcp_digest *d, size_t doc, const char **id,
                       const char **source)
{
    if (doc >= d->ndocs)
        return 0;
    if (id)
        *id = d->ids[doc];
    if (source)
        *source = d->sources[doc];
    return 1;
}

/* Unit u stated by the articles of fact f. */
static void unit_item(const rcp_digest *d, uint32_t u, const rcp__dfact *f,
                      rcp_digest_item *out)
{
    const rcp__dunit *x = &d->units[u];
    out->text = d->docs[x->doc]->text + x->off;
    out->len = x->len;
    out->doc = x->doc;
    out->support = f->docs;
    out->nsupport = f->ndocs;
    out->outlets = f->outlets;
}

int rcp_digest_summary_at(const rcp_digest *d, size_t i, rcp_digest_item *out)
{
    if (i >= d->nsummary)
        return 0;
    uint32_t u = d->summary[i];
    unit_item(d, u, &d->facts[d->units[u].fact], out);
    return 1;
}

int rcp_digest_fact_at(const rcp_digest *d, size_t i, rcp_digest_item *out)
{
    if (i >= d->nshown)
        return 0;
    const rcp__dfact *f = &d->facts[d->shown[i]];
    unit_item(d, f->rep, f, out);
    return 1;
}

/* Support k of fact f shown by unit shown: its sentence. */
static int evidence(const rcp_digest *d, const rcp__dfact *f, uint32_t shown,
                    size_t k, const char **text, size_t *len)
{
    if (k >= f->ndocs)
        return 0;
    uint32_t u = rcp__digest_evidence_shown(d, f, shown, f->docs[k]);
    if (u == UINT32_MAX)
        return 0;
    const rcp__dunit *x = &d->units[u];
    *text = d->docs[x->doc]->text + x->off;
    *len = x->len;
    return 1;
}

int rcp_digest_summary_evidence(const rcp_digest *d, size_t i, size_t k,
                                const char **text, size_t *len)
{
    if (i >= d->nsummary)
        return 0;
    uint32_t u = d->summary[i];
    return evidence(d, &d->facts[d->units[u].fact], u, k, text, len);
}

int rcp_digest_fact_evidence(const rcp_digest *d, size_t i, size_t k,
                             const char **text, size_t *len)
{
    if (i >= d->nshown)
        return 0;
    const rcp__dfact *f = &d->facts[d->shown[i]];
    return evidence(d, f, f->rep, k, text, len);
}

int rcp_digest_summary_partial(const rcp_digest *d, size_t i, size_t k)
{
    if (i >= d->nsummary)
        return 0;
    uint32_t u = d->summary[i];
    const rcp__dfact *f = &d->facts[d->units[u].fact];
    return k < f->ndocs && rcp__digest_partial(d, f, u, f->docs[k]);
}

int rcp_digest_fact_partial(const rcp_digest *d, size_t i, size_t k)
{
    if (i >= d->nshown)
        return 0;
    const rcp__dfact *f = &d->facts[d->shown[i]];
    return k < f->ndocs && rcp__digest_partial(d, f, f->rep, f->docs[k]);
}

int rcp_digest_unique_at(const rcp_digest *d, size_t i, rcp_digest_item *out)
{
    for (size_t doc = 0; doc < d->ndocs; doc++) {
        if (i >= d->nunique[doc]) {
            i -= d->nunique[doc];
            continue;
        }
        const rcp__dunit *x = &d->units[d->unique[doc][i]];
        out->text = d->docs[x->doc]->text + x->off;
        out->len = x->len;
        out->doc = x->doc;
        out->support = &x->doc; /* the article alone */
        out->nsupport = 1;
        out->outlets = 1;
        return 1;
    }
    return 0;
}

int rcp_digest_quote_at(const rcp_digest *d, size_t i, rcp_digest_quote *out)
{
    if (i >= d->nquotes)
        return 0;
    const rcp__dquote *q = &d->quotes[i];
    out->text = d->docs[q->doc]->text + q->off;
    out->len = q->len;
    out->doc = q->doc;
    out->speaker = q->speaker;
    out->support = q->docs;
    out->nsupport = q->ndocs;
    return 1;
}

int rcp_digest_entity_at(const rcp_digest *d, size_t i, rcp_digest_entity *out)
{
    if (i >= d->nlp.nentities)
        return 0;
    const rcp__entity *e = &d->nlp.entities[i];
    out->name = e->name;
    out->type = e->type >= 0 && e->type <= RCP__ENT_MISC ? ent_types[e->type]
                                                         : "MISC";
    out->variants = e->variants;
    out->nvariants = e->nvariants;
    out->support = e->docs;
    out->nsupport = e->ndocs;
    out->mentions = e->mentions;
    return 1;
}

int rcp_digest_date_at(const rcp_digest *d, size_t i, rcp_digest_date *out)
{
    if (i >= d->ndates)
        return 0;
    const rcp__ddate *t = &d->dates[i];
    out->value = t->value;
    out->text = d->docs[t->doc]->text + t->off;
    out->len = t->len;
    out->doc = t->doc;
    out->support = t->docs;
    out->nsupport = t->ndocs;
    return 1;
}

int rcp_digest_disagreement_at(const rcp_digest *d, size_t i,
                               rcp_digest_disagreement *out)
{
    if (i >= d->ndisagree)
        return 0;
    out->about = d->disagree[i].about;
    out->kind = d->disagree[i].kind;
    out->nvalues = d->disagree[i].nvalues;
    return 1;
}

int rcp_digest_disagreement_value(const rcp_digest *d, size_t i, size_t v,
                                  rcp_digest_value *out)
{
    if (i >= d->ndisagree || v >= d->disagree[i].nvalues)
        return 0;
    const rcp__dvalue *x = &d->disagree[i].values[v];
    out->value = x->value;
    out->support = x->docs;
    out->nsupport = x->ndocs;
    if (x->unit != UINT32_MAX) {
        const rcp__dunit *u = &d->units[x->unit];
        out->sentence = d->docs[u->doc]->text + u->off;
        out->len = u->len;
        out->doc = u->doc;
    } else {
        out->sentence = NULL;
        out->len = 0;
        out->doc = x->ndocs ? x->docs[0] : 0;
    }
    return 1;
}

/* The story object on one line: its indent, the writer's line breaks and
 * the indent after them go (inside strings a line break is always escaped, so every
 * raw '\n' is layout). */
static void one_line(rcp__buf *b)
{
    size_t w = 0, r = 0;
    while (r < b->len && b->p[r] == ' ') /* the object's own indent */
        r++;
    while (r < b->len) { /* a line at a time */
        const char *nl = memchr(b->p + r, '\n', b->len - r);
        size_t e = nl ? (size_t)(nl - b->p) : b->len;
        memmove(b->p + w, b->p + r, e - r);
        w += e - r;
        r = e;
        if (nl) {
            while (r + 1 < b->len && b->p[r + 1] == ' ')
                r++;
            r++;
        }
    }
    b->len = w;
    if (b->p)
        b->p[w] = '\0';
}

int rcp_digest_json(const rcp_digest *d, int line, char *buf, size_t cap,
                    size_t *len)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc = rcp__digest_json_story(&b, d);
    if (!rc) {
        if (line)
            one_line(&b);
        rcp__buf_copy_out(&b, buf, cap, len);
    }
    rcp__buf_release(&b);
    return rc;
}
