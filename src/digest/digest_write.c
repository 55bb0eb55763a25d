/*
 * digest_write.c - the JSON and Markdown forms of digests.
 *
 * Both are built in a capped buffer and written in one go, so a failure
 * leaves nothing half-written behind a success code. The JSON form is the
 * contract of docs/interface.md, one element per line so that a diff of
 * two digests reads well, with these additions: a story's "outlets" (the
 * distinct sources among its articles), a fact's and a quote's "article"
 * (where the text shown comes from), a fact's "evidence" (beside its
 * "support", the sentence of each article that states it), and an
 * entity's "mentions".
 */
#include "digest/digest.h"
#include <ctype.h>

#define MD_MAX_ENTITIES 15

static const char *ent_type(int t)
{
    switch (t) {
    case RCP__ENT_PER:
        return "PER";
    case RCP__ENT_ORG:
        return "ORG";
    case RCP__ENT_LOC:
        return "LOC";
    default:
        return "MISC";
    }
}

static int flush(FILE *f, rcp__buf *b, int rc)
{
    if (!rc && b->len && fwrite(b->p, 1, b->len, f) != b->len)
        rc = RCP_EIO;
    if (!rc && fflush(f))
        rc = RCP_EIO;
    rcp__buf_release(b);
    return rc;
}

/* ---- a summary item that gives one side of a disagreement ---- */

/* Bytes w[0..n) stand in the text as a whole word or phrase. */
static int has_words(const char *t, size_t tl, const char *w, size_t n)
{
    if (!n)
        return 0;
    for (const char *p = t; (p = memmem(p, tl - (size_t)(p - t), w, n));
         p++) {
        int before = p == t || !isalnum((unsigned char)p[-1]);
        int after = (size_t)(p - t) + n >= tl ||
                    !isalnum((unsigned char)p[n]);
        if (before && after)
            return 1;
    }
    return 0;
}

/* The disagreement (conflict or revision) of which unit ui gives a
 * value: its article is behind the value, and its sentence writes it (or,
 * for a figure, its number: "751 millions d'euros" and "751 millions
 * d’euros"). Returns the disagreement's index and sets *vi to the
 * value's, or returns -1. So that the summary shows the conflict rather
 * than one side. */
static long unit_disputed(const rcp_digest *g, uint32_t ui, uint32_t *vi)
{
    const rcp__dunit *u = &g->units[ui];
    const char *t = g->docs[u->doc]->text + u->off;
    for (size_t k = 0; k < g->ndisagree; k++) {
        const rcp__ddisagree *x = &g->disagree[k];
        if (!strcmp(x->kind, "publication"))
            continue;
        for (uint32_t i = 0; i < x->nvalues; i++) {
            const rcp__dvalue *v = &x->values[i];
            int in = 0;
            for (uint32_t d = 0; d < v->ndocs && !in; d++)
                in = v->docs[d] == u->doc;
            if (!in)
                continue;
            size_t n = strlen(v->value);
            if (!has_words(t, u->len, v->value, n)) {
                const char *sp = strchr(v->value, ' ');
                size_t m = sp ? (size_t)(sp - v->value) : n;
                int digit = 0;
                for (size_t c = 0; c < m; c++)
                    digit |= isdigit((unsigned char)v->value[c]) != 0;
                if (!digit || !has_words(t, u->len, v->value, m))
                    continue;
            }
            *vi = i;
            return (long)k;
        }
    }
    return -1;
}

/* ---- JSON ---- */

static int j_ids(rcp__buf *b, const rcp_digest *g, const uint32_t *docs,
                 uint32_t n)
{
    int rc = rcp__buf_addc(b, '[');
    for (uint32_t i = 0; i < n && !rc; i++) {
        if (i)
            rc = rcp__buf_adds(b, ", ");
        if (!rc)
            rc = rcp__buf_add_json(b, g->ids[docs[i]], strlen(g->ids[docs[i]]));
    }
    return rc ? rc : rcp__buf_addc(b, ']');
}

static int j_unit(rcp__buf *b, const rcp_digest *g, uint32_t u)
{
    const rcp__dunit *x = &g->units[u];
    return rcp__buf_add_json(b, g->docs[x->doc]->text + x->off, x->len);
}

/* Beside a fact's support, the sentence of each of its articles that
 * states it (rcp__digest_evidence), in the support's order. */
static int j_evidence(rcp__buf *b, const rcp_digest *g, const rcp__dfact *f,
                      uint32_t shown)
{
    int rc = rcp__buf_adds(b, ", \"evidence\": [");
    for (uint32_t i = 0; i < f->ndocs && !rc; i++) {
        uint32_t u = rcp__digest_evidence_shown(g, f, shown, f->docs[i]);
        if (i)
            rc = rcp__buf_adds(b, ", ");
        if (!rc)
            rc = u == UINT32_MAX ? rcp__buf_adds(b, "null") : j_unit(b, g, u);
    }
    return rc ? rc : rcp__buf_addc(b, ']');
}

/* The claim of a fact shown by unit shown when it is a part of the
 * sentence (rcp__digest_claim_span): ", "claim": {"start": S, "end": E,
 * "text": ...}", bytes of the item's text (UTF-8) and those bytes;
 * nothing when the claim is the whole sentence. */
static int j_claim(rcp__buf *b, const rcp_digest *g, const rcp__dfact *f,
                   uint32_t shown)
{
    uint32_t off, len;
    if (!rcp__digest_claim_span(g, f, shown, &off, &len))
        return 0;
    const rcp__dunit *x = &g->units[shown];
    int rc = rcp__buf_addf(b, ", \"claim\": {\"start\": %u, \"end\": %u, "
                              "\"text\": ",
                           off, off + len);
    rc = rc ? rc : rcp__buf_add_json(b, g->docs[x->doc]->text + x->off + off, len);
    return rc ? rc : rcp__buf_addc(b, '}');
}

/* The ids of the supporters of a fact shown by unit shown whose article
 * states its claim but not every detail of the sentence
 * (rcp__digest_partial), in the support's order. */
static int j_partial(rcp__buf *b, const rcp_digest *g, const rcp__dfact *f,
                     uint32_t shown)
{
    int rc = rcp__buf_adds(b, ", \"partial\": [");
    for (uint32_t i = 0, n = 0; i < f->ndocs && !rc; i++) {
        if (!rcp__digest_partial(g, f, shown, f->docs[i]))
            continue;
        if (n++)
            rc = rcp__buf_adds(b, ", ");
        if (!rc)
            rc = rcp__buf_add_json(b, g->ids[f->docs[i]],
                                   strlen(g->ids[f->docs[i]]));
    }
    return rc ? rc : rcp__buf_addc(b, ']');
}

static int j_str(rcp__buf *b, const char *s)
{
    return rcp__buf_add_json_or_null(b, s);
}

int rcp__digest_json_story(rcp__buf *b, const rcp_digest *g)
{
    int rc = 0;
#define T(x)                                                                   \
    do {                                                                       \
        if ((rc = (x)))                                                        \
            return rc;                                                         \
    } while (0)
    T(rcp__buf_adds(b, "  {\"id\": "));
    T(j_str(b, g->id));
    T(rcp__buf_adds(b, ",\n   \"title\": "));
    T(j_str(b, g->title));
    T(rcp__buf_adds(b, ",\n   \"articles\": ["));
    for (size_t i = 0; i < g->ndocs; i++) {
        if (i)
            T(rcp__buf_adds(b, ", "));
        T(j_str(b, g->ids[i]));
    }
    T(rcp__buf_addf(b, "],\n   \"outlets\": %zu, \"voices\": %zu", g->outlets,
                    g->voices));

    T(rcp__buf_adds(b, ",\n   \"summary\": ["));
    for (size_t i = 0; i < g->nsummary; i++) {
        const rcp__dunit *u = &g->units[g->summary[i]];
        const rcp__dfact *f = &g->facts[u->fact];
        T(rcp__buf_adds(b, i ? ",\n    {\"text\": " : "\n    {\"text\": "));
        T(j_unit(b, g, g->summary[i]));
        T(rcp__buf_adds(b, ", \"article\": "));
        T(j_str(b, g->ids[u->doc]));
        T(j_claim(b, g, f, g->summary[i]));
        T(rcp__buf_adds(b, ", \"support\": "));
        T(j_ids(b, g, f->docs, f->ndocs));
        T(j_evidence(b, g, f, g->summary[i]));
        T(j_partial(b, g, f, g->summary[i]));
        T(rcp__buf_addf(b,
                        ", \"outlets\": %u, \"voices\": %u, \"articles\": %u",
                        f->outlets, f->voices, f->ndocs));
        uint32_t vi;
        long k = unit_disputed(g, g->summary[i], &vi);
        if (k >= 0) {
            /* the other values of its disagreement */
            const rcp__ddisagree *x = &g->disagree[k];
            T(rcp__buf_adds(b, ", \"disputed\": ["));
            int any = 0;
            for (uint32_t j = 0; j < x->nvalues; j++) {
                if (j == vi)
                    continue;
                T(rcp__buf_adds(b, any ? ", {\"value\": " : "{\"value\": "));
                any = 1;
                T(j_str(b, x->values[j].value));
                T(rcp__buf_adds(b, ", \"support\": "));
                T(j_ids(b, g, x->values[j].docs, x->values[j].ndocs));
                T(rcp__buf_addc(b, '}'));
            }
            T(rcp__buf_addf(b, "], \"dispute\": \"%s\"", x->kind));
        }
        T(rcp__buf_addc(b, '}'));
    }
    T(rcp__buf_adds(b, g->nsummary ? "\n   ]" : "]"));

    T(rcp__buf_adds(b, ",\n   \"facts\": ["));
    for (size_t i = 0; i < g->nshown; i++) {
        const rcp__dfact *f = &g->facts[g->shown[i]];
        T(rcp__buf_adds(b, i ? ",\n    {\"text\": " : "\n    {\"text\": "));
        T(j_unit(b, g, f->rep));
        T(rcp__buf_adds(b, ", \"article\": "));
        T(j_str(b, g->ids[g->units[f->rep].doc]));
        T(j_claim(b, g, f, f->rep));
        T(rcp__buf_adds(b, ", \"support\": "));
        T(j_ids(b, g, f->docs, f->ndocs));
        T(j_evidence(b, g, f, f->rep));
        T(j_partial(b, g, f, f->rep));
        T(rcp__buf_addf(b,
                        ", \"outlets\": %u, \"voices\": %u, \"articles\": %u}",
                        f->outlets, f->voices, f->ndocs));
    }
    T(rcp__buf_adds(b, g->nshown ? "\n   ]" : "]"));

    T(rcp__buf_adds(b, ",\n   \"unique\": ["));
    int first = 1;
    for (size_t d = 0; d < g->ndocs; d++) {
        if (!g->nunique[d])
            continue;
        T(rcp__buf_adds(b, first ? "\n    {\"article\": "
                                 : ",\n    {\"article\": "));
        first = 0;
        T(j_str(b, g->ids[d]));
        T(rcp__buf_adds(b, ", \"facts\": ["));
        for (uint32_t k = 0; k < g->nunique[d]; k++) {
            T(rcp__buf_adds(b, k ? ",\n      " : "\n      "));
            T(j_unit(b, g, g->unique[d][k]));
        }
        T(rcp__buf_adds(b, "]}"));
    }
    T(rcp__buf_adds(b, first ? "]" : "\n   ]"));

    T(rcp__buf_adds(b, ",\n   \"quotes\": ["));
    for (size_t i = 0; i < g->nquotes; i++) {
        const rcp__dquote *q = &g->quotes[i];
        T(rcp__buf_adds(b, i ? ",\n    {\"text\": " : "\n    {\"text\": "));
        T(rcp__buf_add_json(b, g->docs[q->doc]->text + q->off, q->len));
        T(rcp__buf_adds(b, ", \"speaker\": "));
        T(j_str(b, q->speaker));
        T(rcp__buf_adds(b, ", \"article\": "));
        T(j_str(b, g->ids[q->doc]));
        T(rcp__buf_adds(b, ", \"support\": "));
        T(j_ids(b, g, q->docs, q->ndocs));
        T(rcp__buf_addc(b, '}'));
    }
    T(rcp__buf_adds(b, g->nquotes ? "\n   ]" : "]"));

    T(rcp__buf_adds(b, ",\n   \"entities\": ["));
    for (size_t i = 0; i < g->nlp.nentities; i++) {
        const rcp__entity *e = &g->nlp.entities[i];
        T(rcp__buf_adds(b, i ? ",\n    {\"name\": " : "\n    {\"name\": "));
        T(j_str(b, e->name));
        T(rcp__buf_addf(b, ", \"type\": \"%s\", \"variants\": [",
                        ent_type(e->type)));
        for (size_t v = 0; v < e->nvariants; v++) {
            if (v)
                T(rcp__buf_adds(b, ", "));
            T(j_str(b, e->variants[v]));
        }
        T(rcp__buf_adds(b, "], \"support\": "));
        T(j_ids(b, g, e->docs, (uint32_t)e->ndocs));
        T(rcp__buf_addf(b, ", \"mentions\": %zu}", e->mentions));
    }
    T(rcp__buf_adds(b, g->nlp.nentities ? "\n   ]" : "]"));

    T(rcp__buf_adds(b, ",\n   \"dates\": ["));
    for (size_t i = 0; i < g->ndates; i++) {
        const rcp__ddate *t = &g->dates[i];
        T(rcp__buf_adds(b, i ? ",\n    {\"value\": " : "\n    {\"value\": "));
        T(j_str(b, t->value));
        T(rcp__buf_adds(b, ", \"text\": "));
        T(rcp__buf_add_json(b, g->docs[t->doc]->text + t->off, t->len));
        T(rcp__buf_adds(b, ", \"support\": "));
        T(j_ids(b, g, t->docs, t->ndocs));
        T(rcp__buf_addc(b, '}'));
    }
    T(rcp__buf_adds(b, g->ndates ? "\n   ]" : "]"));

    T(rcp__buf_adds(b, ",\n   \"disagreements\": ["));
    for (size_t i = 0; i < g->ndisagree; i++) {
        const rcp__ddisagree *x = &g->disagree[i];
        T(rcp__buf_adds(b, i ? ",\n    {\"about\": " : "\n    {\"about\": "));
        T(j_str(b, x->about));
        T(rcp__buf_adds(b, ", \"kind\": "));
        T(j_str(b, x->kind));
        T(rcp__buf_adds(b, ", \"values\": ["));
        for (uint32_t v = 0; v < x->nvalues; v++) {
            const rcp__dvalue *y = &x->values[v];
            T(rcp__buf_adds(b, v ? ", {\"value\": " : "{\"value\": "));
            T(j_str(b, y->value));
            T(rcp__buf_adds(b, ", \"support\": "));
            T(j_ids(b, g, y->docs, y->ndocs));
            if (y->unit != UINT32_MAX) {
                T(rcp__buf_adds(b, ", \"article\": "));
                T(j_str(b, g->ids[g->units[y->unit].doc]));
                T(rcp__buf_adds(b, ", \"sentence\": "));
                T(j_unit(b, g, y->unit));
            }
            T(rcp__buf_addc(b, '}'));
        }
        T(rcp__buf_adds(b, "]}"));
    }
    T(rcp__buf_adds(b, g->ndisagree ? "\n   ]" : "]"));
    T(rcp__buf_adds(b, "\n  }"));
#undef T
    return 0;
}

int rcp_digest_write_json(FILE *f, const rcp_digest *const *d, size_t n)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc = rcp__buf_adds(&b, "{\"stories\": [");
    for (size_t i = 0; i < n && !rc; i++) {
        rc = rcp__buf_adds(&b, i ? ",\n" : "\n");
        if (!rc)
            rc = rcp__digest_json_story(&b, d[i]);
    }
    if (!rc)
        rc = rcp__buf_adds(&b, n ? "\n]}\n" : "]}\n");
    return flush(f, &b, rc);
}

/* ---- Markdown ---- */

/* Text with the characters Markdown would take as markup escaped, and
 * line breaks as spaces (a sentence stays on one list item). */
static int md_text(rcp__buf *b, const char *p, size_t n)
{
    /* the bytes that are written otherwise: 1 escaped, 2 a space; '#'
     * only at the start */
    static const uint8_t special[256] = {
        ['\n'] = 2, ['\t'] = 2, ['*'] = 1, ['_'] = 1, ['`'] = 1,
        ['['] = 1,  [']'] = 1,  ['<'] = 1, ['\\'] = 1};
    int rc = 0;
    size_t run = 0; /* p[run..i): bytes written as they are */
    for (size_t i = 0; i < n && !rc; i++) {
        char c = p[i];
        if (!special[(unsigned char)c] && (c != '#' || i != 0))
            continue;
        int space = special[(unsigned char)c] == 2;
        rc = rcp__buf_add(b, p + run, i - run);
        run = i + 1;
        if (!rc && space)
            rc = rcp__buf_addc(b, ' ');
        else if (!rc)
            rc = rcp__buf_addc(b, '\\') ? RCP_ENOMEM : rcp__buf_addc(b, c);
    }
    return rc ? rc : rcp__buf_add(b, p + run, n - run);
}

static int md_unit(rcp__buf *b, const rcp_digest *g, uint32_t u)
{
    const rcp__dunit *x = &g->units[u];
    return md_text(b, g->docs[x->doc]->text + x->off, x->len);
}

/* Unit u shown for fact f: its claim span, when a part of it
 * (rcp__digest_claim_span), in bold ("... **the claim** ..."; md_text
 * escapes the text's own asterisks). */
static int md_shown(rcp__buf *b, const rcp_digest *g, const rcp__dfact *f,
                    uint32_t u)
{
    const rcp__dunit *x = &g->units[u];
    const char *t = g->docs[x->doc]->text + x->off;
    uint32_t off, len;
    if (!rcp__digest_claim_span(g, f, u, &off, &len))
        return md_text(b, t, x->len);
    int rc = md_text(b, t, off);
    rc = rc ? rc : rcp__buf_adds(b, "**");
    rc = rc ? rc : md_text(b, t + off, len);
    rc = rc ? rc : rcp__buf_adds(b, "**");
    return rc ? rc : md_text(b, t + off + len, x->len - off - len);
}

/* "3 outlets, 5 articles": the independent voices (outlets, copies of
 * one text counted once) and the articles behind a statement. */
static int md_badge(rcp__buf *b, uint32_t voices, uint32_t ndocs)
{
    return rcp__buf_addf(b, "**[%u outlet%s, %u article%s]**", voices,
                         voices == 1 ? "" : "s", ndocs, ndocs == 1 ? "" : "s");
}

static int md_ids(rcp__buf *b, const rcp_digest *g, const uint32_t *docs,
                  uint32_t n)
{
    int rc = rcp__buf_adds(b, "(");
    for (uint32_t i = 0; i < n && !rc; i++) {
        if (i)
            rc = rcp__buf_adds(b, ", ");
        if (!rc)
            rc = md_text(b, g->ids[docs[i]], strlen(g->ids[docs[i]]));
    }
    return rc ? rc : rcp__buf_adds(b, ")");
}

/* A fact's support, "(001, 002 (part), 003)": each article the digest
 * flags partial for the fact shown by unit shown (rcp__digest_partial)
 * marked; then, under it, each partial article's own sentence
 * (rcp__digest_evidence), so that a reader sees what each one says. */
static int md_support(rcp__buf *b, const rcp_digest *g, const rcp__dfact *f,
                      uint32_t shown)
{
    int rc = rcp__buf_adds(b, "(");
    uint32_t np = 0;
    for (uint32_t i = 0; i < f->ndocs && !rc; i++) {
        const char *id = g->ids[f->docs[i]];
        if (i)
            rc = rcp__buf_adds(b, ", ");
        if (!rc)
            rc = md_text(b, id, strlen(id));
        if (!rc && rcp__digest_partial(g, f, shown, f->docs[i]))
            np++, rc = rcp__buf_adds(b, " (part)");
    }
    rc = rc ? rc : rcp__buf_adds(b, ")\n");
    for (uint32_t i = 0; i < f->ndocs && np && !rc; i++) {
        if (!rcp__digest_partial(g, f, shown, f->docs[i]))
            continue;
        const char *id = g->ids[f->docs[i]];
        uint32_t u = rcp__digest_evidence_shown(g, f, shown, f->docs[i]);
        rc = rcp__buf_adds(b, "  - ");
        rc = rc ? rc : md_text(b, id, strlen(id));
        rc = rc ? rc : rcp__buf_adds(b, " (part): ");
        if (!rc && u != UINT32_MAX)
            rc = md_unit(b, g, u);
        rc = rc ? rc : rcp__buf_addc(b, '\n');
    }
    return rc;
}

static int md_story(rcp__buf *b, const rcp_digest *g)
{
    int rc = 0;
#define T(x)                                                                   \
    do {                                                                       \
        if ((rc = (x)))                                                        \
            return rc;                                                         \
    } while (0)
    T(rcp__buf_adds(b, "# "));
    if (g->title)
        T(md_text(b, g->title, strlen(g->title)));
    T(rcp__buf_addf(b, "\n\n*%s: %zu article%s, %zu outlet%s*\n", g->id,
                    g->ndocs, g->ndocs == 1 ? "" : "s", g->voices,
                    g->voices == 1 ? "" : "s"));
    if (g->nsummary) {
        T(rcp__buf_adds(b, "\n## Summary\n\n"));
        for (size_t i = 0; i < g->nsummary; i++) {
            const rcp__dfact *f = &g->facts[g->units[g->summary[i]].fact];
            T(rcp__buf_adds(b, "- "));
            T(md_shown(b, g, f, g->summary[i]));
            T(rcp__buf_addc(b, ' '));
            T(md_badge(b, f->voices, f->ndocs));
            uint32_t vi;
            long k = unit_disputed(g, g->summary[i], &vi);
            if (k >= 0) {
                const rcp__ddisagree *x = &g->disagree[k];
                T(rcp__buf_adds(b, !strcmp(x->kind, "revision")
                                       ? " *(revised; other articles: "
                                   : !strcmp(x->kind, "spelling")
                                       ? " *(also spelled: "
                                       : " *(disputed; other articles: "));
                int any = 0;
                for (uint32_t j = 0; j < x->nvalues; j++) {
                    if (j == vi)
                        continue;
                    T(rcp__buf_adds(b, any ? "; " : ""));
                    any = 1;
                    T(md_text(b, x->values[j].value,
                              strlen(x->values[j].value)));
                    T(rcp__buf_addf(b, " (%u article%s)", x->values[j].ndocs,
                                    x->values[j].ndocs == 1 ? "" : "s"));
                }
                T(rcp__buf_adds(b, ")*"));
            }
            T(rcp__buf_addc(b, '\n'));
        }
    }
    if (g->nshown) {
        T(rcp__buf_adds(b, "\n## Facts stated by several articles\n\n"));
        for (size_t i = 0; i < g->nshown; i++) {
            const rcp__dfact *f = &g->facts[g->shown[i]];
            T(rcp__buf_adds(b, "- "));
            T(md_badge(b, f->voices, f->ndocs));
            T(rcp__buf_addc(b, ' '));
            T(md_shown(b, g, f, f->rep));
            T(rcp__buf_addc(b, ' '));
            T(md_support(b, g, f, f->rep));
        }
    }
    int any = 0;
    for (size_t d = 0; d < g->ndocs; d++)
        any |= g->nunique[d] > 0;
    if (any) {
        T(rcp__buf_adds(b, "\n## What each article adds\n"));
        for (size_t d = 0; d < g->ndocs; d++) {
            if (!g->nunique[d])
                continue;
            T(rcp__buf_adds(b, "\n### "));
            T(md_text(b, g->ids[d], strlen(g->ids[d])));
            if (strcmp(g->sources[d], g->ids[d])) {
                T(rcp__buf_adds(b, " ("));
                T(md_text(b, g->sources[d], strlen(g->sources[d])));
                T(rcp__buf_addc(b, ')'));
            }
            T(rcp__buf_adds(b, "\n\n"));
            for (uint32_t k = 0; k < g->nunique[d]; k++) {
                T(rcp__buf_adds(b, "- "));
                T(md_unit(b, g, g->unique[d][k]));
                T(rcp__buf_addc(b, '\n'));
            }
        }
    }
    if (g->nquotes) {
        T(rcp__buf_adds(b, "\n## Quotes\n\n"));
        for (size_t i = 0; i < g->nquotes; i++) {
            const rcp__dquote *q = &g->quotes[i];
            T(rcp__buf_adds(b, "> \xC2\xAB\xC2\xA0"));
            T(md_text(b, g->docs[q->doc]->text + q->off, q->len));
            T(rcp__buf_adds(b, "\xC2\xA0\xC2\xBB"));
            if (q->speaker) {
                T(rcp__buf_adds(b, " \xE2\x80\x94 "));
                T(md_text(b, q->speaker, strlen(q->speaker)));
            }
            T(rcp__buf_addc(b, ' '));
            T(md_ids(b, g, q->docs, q->ndocs));
            T(rcp__buf_adds(b, "\n\n"));
        }
    }
    if (g->nlp.nentities) {
        T(rcp__buf_adds(b, "\n## Who and what\n\n"));
        size_t shown = 0, rest = 0;
        for (size_t i = 0; i < g->nlp.nentities; i++) {
            const rcp__entity *e = &g->nlp.entities[i];
            /* the page lists the names several articles share (or, for
             * one article, the first few); the JSON has them all */
            if (shown >= MD_MAX_ENTITIES || (e->ndocs < 2 && g->ndocs > 1)) {
                rest++;
                continue;
            }
            shown++;
            T(rcp__buf_adds(b, "- **"));
            T(md_text(b, e->name, strlen(e->name)));
            T(rcp__buf_addf(b, "** %s", ent_type(e->type)));
            if (e->nvariants) {
                T(rcp__buf_adds(b, ", also "));
                for (size_t v = 0; v < e->nvariants; v++) {
                    if (v)
                        T(rcp__buf_adds(b, ", "));
                    T(md_text(b, e->variants[v], strlen(e->variants[v])));
                }
            }
            T(rcp__buf_addf(b, ": %zu article%s\n", e->ndocs,
                            e->ndocs == 1 ? "" : "s"));
        }
        if (rest)
            T(rcp__buf_addf(b, "- and %zu more (all in the JSON form)\n",
                            rest));
    }
    if (g->ndates) {
        T(rcp__buf_adds(b, "\n## Timeline\n\n"));
        for (size_t i = 0; i < g->ndates; i++) {
            const rcp__ddate *t = &g->dates[i];
            T(rcp__buf_adds(b, "- **"));
            T(md_text(b, t->value, strlen(t->value)));
            T(rcp__buf_adds(b, "** "));
            T(md_text(b, g->docs[t->doc]->text + t->off, t->len));
            T(rcp__buf_addc(b, ' '));
            T(md_ids(b, g, t->docs, t->ndocs));
            T(rcp__buf_addc(b, '\n'));
        }
    }
    /* conflicts, then the names spelled several ways */
    for (int sp = 0; sp < 2; sp++) {
        int head = 0;
        for (size_t i = 0; i < g->ndisagree; i++) {
            const rcp__ddisagree *x = &g->disagree[i];
            if (sp != !strcmp(x->kind, "spelling"))
                continue;
            if (!head++)
                T(rcp__buf_adds(b, sp ? "\n## Names spelled several ways\n\n"
                                      : "\n## Disagreements\n\n"));
            T(rcp__buf_adds(b, "- "));
            T(md_text(b, x->about, strlen(x->about)));
            if (strcmp(x->kind, "conflict") && !sp) {
                T(rcp__buf_adds(b, " ("));
                T(rcp__buf_adds(b, x->kind));
                T(rcp__buf_addc(b, ')'));
            }
            T(rcp__buf_adds(b, "\n"));
            for (uint32_t v = 0; v < x->nvalues; v++) {
                T(rcp__buf_adds(b, "  - **"));
                T(md_text(b, x->values[v].value, strlen(x->values[v].value)));
                T(rcp__buf_adds(b, "** "));
                T(md_ids(b, g, x->values[v].docs, x->values[v].ndocs));
                T(rcp__buf_addc(b, '\n'));
            }
        }
    }
#undef T
    return 0;
}

int rcp_digest_write_md(FILE *f, const rcp_digest *const *d, size_t n)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (i)
            rc = rcp__buf_adds(&b, "\n---\n\n");
        if (!rc)
            rc = md_story(&b, d[i]);
    }
    return flush(f, &b, rc);
}
