/*
 * digest_html.c - digests as one standalone HTML page: inline CSS, no
 * script, no external resource, every text escaped, readable on a phone
 * (one column, relative sizes). Sections per story: the summary with the
 * number of outlets behind each sentence, the facts stated by several
 * articles, what each article adds, quotes, who and what, the timeline
 * and the disagreements.
 */
#include "digest/digest.h"

static const char css[] =
    "body{font:17px/1.5 Georgia,serif;max-width:44em;margin:0 auto;"
    "padding:1em;color:#222;background:#fdfdfb}"
    "h1{font-size:1.5em;line-height:1.2;margin:.2em 0}"
    "h2{font:600 1em system-ui,sans-serif;text-transform:uppercase;"
    "letter-spacing:.05em;color:#555;border-bottom:1px solid #ddd;"
    "margin-top:1.6em}"
    "h3{font:600 .95em system-ui,sans-serif;margin:1em 0 .3em}"
    ".meta,.ids{font:.8em system-ui,sans-serif;color:#777}"
    ".b{display:inline-block;font:600 .75em system-ui,sans-serif;"
    "padding:.05em .5em;border-radius:1em;background:#e3ecf7;color:#234;"
    "white-space:nowrap;vertical-align:.1em}"
    ".b.one{background:#eee;color:#555}"
    "ul{padding-left:1.2em}li{margin:.35em 0}"
    "blockquote{margin:.8em 0;padding:.2em .9em;border-left:3px solid #9ab}"
    "blockquote cite{display:block;font:.85em system-ui,sans-serif;"
    "color:#555;font-style:normal}"
    "article{margin-bottom:3em}"
    "@media(prefers-color-scheme:dark){body{background:#161616;color:#ddd}"
    ".b{background:#234;color:#cde}.b.one{background:#333;color:#bbb}}";

static int h_text(rcp__buf *b, const char *p, size_t n)
{
    int rc = 0;
    size_t s = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        const char *e = NULL;
        switch (p[i]) {
        case '&':
            e = "&amp;";
            break;
        case '<':
            e = "&lt;";
            break;
        case '>':
            e = "&gt;";
            break;
        case '"':
            e = "&quot;";
            break;
        case '\'':
            e = "&#39;";
            break;
        default:
            continue;
        }
        rc = rcp__buf_add(b, p + s, i - s);
        if (!rc)
            rc = rcp__buf_adds(b, e);
        s = i + 1;
    }
    if (!rc && n > s)
        rc = rcp__buf_add(b, p + s, n - s);
    return rc;
}

static int h_str(rcp__buf *b, const char *s)
{
    return s ? h_text(b, s, strlen(s)) : 0;
}

static int h_unit(rcp__buf *b, const rcp_digest *g, uint32_t u)
{
    const rcp__dunit *x = &g->units[u];
    return h_text(b, g->docs[x->doc]->text + x->off, x->len);
}

/* "3 outlets, 5 articles": independent voices and articles. */
static int h_badge(rcp__buf *b, uint32_t voices, uint32_t ndocs)
{
    return rcp__buf_addf(b,
                         " <span class=\"b%s\">%u outlet%s, %u article%s</span>",
                         voices > 1 ? "" : " one", voices,
                         voices == 1 ? "" : "s", ndocs, ndocs == 1 ? "" : "s");
}

static int h_ids(rcp__buf *b, const rcp_digest *g, const uint32_t *docs,
                 uint32_t n)
{
    int rc = rcp__buf_adds(b, " <span class=\"ids\">");
    for (uint32_t i = 0; i < n && !rc; i++) {
        if (i)
            rc = rcp__buf_adds(b, ", ");
        if (!rc)
            rc = h_str(b, g->ids[docs[i]]);
    }
    return rc ? rc : rcp__buf_adds(b, "</span>");
}

static int h_story(rcp__buf *b, const rcp_digest *g)
{
    int rc;
#define T(x)                                                                   \
    do {                                                                       \
        if ((rc = (x)))                                                        \
            return rc;                                                         \
    } while (0)
    T(rcp__buf_adds(b, "<article id=\""));
    T(h_str(b, g->id));
    T(rcp__buf_adds(b, "\">\n<h1>"));
    T(h_str(b, g->title));
    T(rcp__buf_addf(
        b, "</h1>\n<p class=\"meta\">%zu article%s, %zu outlet%s</p>\n",
        g->ndocs, g->ndocs == 1 ? "" : "s", g->voices,
        g->voices == 1 ? "" : "s"));
    if (g->nsummary) {
        T(rcp__buf_adds(b, "<h2>Summary</h2>\n"));
        for (size_t i = 0; i < g->nsummary; i++) {
            T(rcp__buf_adds(b, "<p>"));
            T(h_unit(b, g, g->summary[i]));
            const rcp__dfact *sf = &g->facts[g->units[g->summary[i]].fact];
            T(h_badge(b, sf->voices, sf->ndocs));
            T(rcp__buf_adds(b, "</p>\n"));
        }
    }
    if (g->nshown) {
        T(rcp__buf_adds(b, "<h2>Stated by several articles</h2>\n<ul>\n"));
        for (size_t i = 0; i < g->nshown; i++) {
            const rcp__dfact *f = &g->facts[g->shown[i]];
            T(rcp__buf_adds(b, "<li>"));
            T(h_unit(b, g, f->rep));
            T(h_badge(b, f->voices, f->ndocs));
            T(h_ids(b, g, f->docs, f->ndocs));
            T(rcp__buf_adds(b, "</li>\n"));
        }
        T(rcp__buf_adds(b, "</ul>\n"));
    }
    int any = 0;
    for (size_t d = 0; d < g->ndocs; d++)
        any |= g->nunique[d] > 0;
    if (any) {
        T(rcp__buf_adds(b, "<h2>What each article adds</h2>\n"));
        for (size_t d = 0; d < g->ndocs; d++) {
            if (!g->nunique[d])
                continue;
            T(rcp__buf_adds(b, "<h3>"));
            T(h_str(b, g->ids[d]));
            if (strcmp(g->sources[d], g->ids[d])) {
                T(rcp__buf_adds(b, " <span class=\"ids\">"));
                T(h_str(b, g->sources[d]));
                T(rcp__buf_adds(b, "</span>"));
            }
            T(rcp__buf_adds(b, "</h3>\n<ul>\n"));
            for (uint32_t k = 0; k < g->nunique[d]; k++) {
                T(rcp__buf_adds(b, "<li>"));
                T(h_unit(b, g, g->unique[d][k]));
                T(rcp__buf_adds(b, "</li>\n"));
            }
            T(rcp__buf_adds(b, "</ul>\n"));
        }
    }
    if (g->nquotes) {
        T(rcp__buf_adds(b, "<h2>Quotes</h2>\n"));
        for (size_t i = 0; i < g->nquotes; i++) {
            const rcp__dquote *q = &g->quotes[i];
            T(rcp__buf_adds(b, "<blockquote>\xC2\xAB\xC2\xA0"));
            T(h_text(b, g->docs[q->doc]->text + q->off, q->len));
            T(rcp__buf_adds(b, "\xC2\xA0\xC2\xBB<cite>"));
            if (q->speaker) {
                T(rcp__buf_adds(b, "\xE2\x80\x94 "));
                T(h_str(b, q->speaker));
            }
            T(h_ids(b, g, q->docs, q->ndocs));
            T(rcp__buf_adds(b, "</cite></blockquote>\n"));
        }
    }
    if (g->nlp.nentities) {
        T(rcp__buf_adds(b, "<h2>Who and what</h2>\n<ul>\n"));
        size_t shown = 0;
        for (size_t i = 0; i < g->nlp.nentities; i++) {
            const rcp__entity *e = &g->nlp.entities[i];
            if (shown >= 15 || (e->ndocs < 2 && g->ndocs > 1))
                continue; /* the names several articles share */
            shown++;
            T(rcp__buf_adds(b, "<li><b>"));
            T(h_str(b, e->name));
            T(rcp__buf_adds(b, "</b>"));
            for (size_t v = 0; v < e->nvariants; v++) {
                T(rcp__buf_adds(b, v ? ", " : " <span class=\"ids\">also "));
                T(h_str(b, e->variants[v]));
            }
            if (e->nvariants)
                T(rcp__buf_adds(b, "</span>"));
            T(rcp__buf_addf(
                b, " <span class=\"b one\">%zu article%s</span></li>\n",
                e->ndocs, e->ndocs == 1 ? "" : "s"));
        }
        T(rcp__buf_adds(b, "</ul>\n"));
    }
    if (g->ndates) {
        T(rcp__buf_adds(b, "<h2>Timeline</h2>\n<ul>\n"));
        for (size_t i = 0; i < g->ndates; i++) {
            const rcp__ddate *t = &g->dates[i];
            T(rcp__buf_adds(b, "<li><b>"));
            T(h_str(b, t->value));
            T(rcp__buf_adds(b, "</b> "));
            T(h_text(b, g->docs[t->doc]->text + t->off, t->len));
            T(h_ids(b, g, t->docs, t->ndocs));
            T(rcp__buf_adds(b, "</li>\n"));
        }
        T(rcp__buf_adds(b, "</ul>\n"));
    }
    if (g->ndisagree) {
        T(rcp__buf_adds(b, "<h2>Disagreements</h2>\n<ul>\n"));
        for (size_t i = 0; i < g->ndisagree; i++) {
            const rcp__ddisagree *x = &g->disagree[i];
            T(rcp__buf_adds(b, "<li>"));
            T(h_str(b, x->about));
            T(rcp__buf_adds(b, "<ul>\n"));
            for (uint32_t v = 0; v < x->nvalues; v++) {
                T(rcp__buf_adds(b, "<li><b>"));
                T(h_str(b, x->values[v].value));
                T(rcp__buf_adds(b, "</b>"));
                T(h_ids(b, g, x->values[v].docs, x->values[v].ndocs));
                T(rcp__buf_adds(b, "</li>\n"));
            }
            T(rcp__buf_adds(b, "</ul></li>\n"));
        }
        T(rcp__buf_adds(b, "</ul>\n"));
    }
    T(rcp__buf_adds(b, "</article>\n"));
#undef T
    return 0;
}

int rcp_digest_write_html(FILE *f, const rcp_digest *const *d, size_t n)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc = rcp__buf_adds(&b, "<!DOCTYPE html>\n<html>\n<head>\n"
                               "<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width="
                               "device-width,initial-scale=1\">\n<title>");
    if (!rc)
        rc = n == 1 ? h_str(&b, d[0]->title) : rcp__buf_adds(&b, "recoupe");
    if (!rc)
        rc = rcp__buf_addf(&b, "</title>\n<style>%s</style>\n</head>\n<body>\n",
                           css);
    for (size_t i = 0; i < n && !rc; i++)
        rc = h_story(&b, d[i]);
    if (!rc)
        rc = rcp__buf_adds(&b, "</body>\n</html>\n");
    if (!rc && b.len && fwrite(b.p, 1, b.len, f) != b.len)
        rc = RCP_EIO;
    if (!rc && fflush(f))
        rc = RCP_EIO;
    rcp__buf_release(&b);
    return rc;
}
