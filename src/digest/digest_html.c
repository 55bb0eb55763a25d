/*
 * digest_html.c - the HTML of digests, shared by `recoupe digest --format
 * html` (one standalone page: an index of the stories linking to each)
 * and `recoupe serve` (a page per story, kept by the store): one
 * template for a story, one for an entry of an index, one style sheet.
 *
 * Plain HTML and CSS: no script, no external resource, every text
 * escaped, readable on a phone (one column, relative sizes, wrapping
 * badges). A story: its title and counts, the summary and the facts
 * stated by several outlets, each with a badge per outlet behind it
 * (linked to that outlet's article when it has an http(s) url), what each
 * outlet adds, quotes with their speakers, who and what, the timeline,
 * the disagreements side by side, and the articles.
 */
#include "digest/digest.h"

static const char css[] =
    "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;"
    "background:#fafafa}"
    "main{max-width:52rem;margin:0 auto;padding:.75rem}"
    "header{background:#1f3a5f;color:#fff;padding:.6rem .75rem}"
    "header a{color:#fff;text-decoration:none;font-weight:600}"
    "header form{display:inline}"
    "input,select{font:inherit;padding:.2rem;max-width:100%}"
    "h1{font-size:1.35rem;line-height:1.3;margin:.5rem 0}"
    "h2{font-size:1.1rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}"
    "h3{font-size:.95rem;margin:.8rem 0 .2rem}"
    "ol.stories{list-style:none;padding:0;margin:0}"
    "ol.stories li{background:#fff;border:1px solid #e3e3e3;"
    "border-radius:6px;padding:.5rem .7rem;margin:.5rem 0}"
    "ol.stories a{font-weight:600;color:#12365c;text-decoration:none}"
    ".meta{color:#555;font-size:.88rem}"
    ".tag{display:inline-block;font-size:.75rem;padding:0 .35rem;"
    "border-radius:3px;background:#e7f0e2;color:#2d5a1c;margin-left:.3rem}"
    ".tag.ch{background:#fdf0d5;color:#7a5200}"
    ".badge{display:inline-block;font-size:.78rem;background:#eef2f7;"
    "border:1px solid #d5dde8;border-radius:10px;padding:0 .45rem;"
    "margin:.1rem .15rem 0 0;white-space:nowrap;max-width:100%;"
    "overflow:hidden;text-overflow:ellipsis;vertical-align:middle}"
    ".badge a{color:#12365c;text-decoration:none}"
    "ul.items{padding-left:1.1rem}ul.items li{margin:.45rem 0}"
    "blockquote{margin:.5rem 0;padding:.2rem .7rem;border-left:3px solid "
    "#9bb;background:#fff}"
    ".disagree{display:flex;flex-wrap:wrap;gap:.5rem}"
    ".disagree div{flex:1 1 12rem;background:#fff;border:1px solid #e3e3e3;"
    "border-radius:6px;padding:.4rem .6rem}"
    ".disagree b{font-size:1.05rem}"
    "form.filters{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}"
    "form.filters label{font-size:.85rem;display:flex;flex-direction:column}"
    "mark{background:#fff2a8}"
    "nav.pages{margin:1rem 0}"
    "article.story{margin-bottom:2.5rem}"
    "details.ev{font-size:.85rem;color:#444;margin:.15rem 0 0}"
    "details.ev summary{cursor:pointer;color:#12365c}"
    "details.ev ul{padding-left:1rem;margin:.2rem 0}"
    "@media(prefers-color-scheme:dark){body{background:#161616;"
    "color:#ddd}ol.stories li,blockquote,.disagree div{background:#222;"
    "border-color:#333}ol.stories a,.badge a{color:#9cc3ee}"
    ".badge{background:#1e2a38;border-color:#2d3d50}.meta{color:#aaa}}";

static int h_text(rcp__buf *b, const char *p, size_t n)
{
    int rc = 0;
    size_t s = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        uint64_t w; /* eight bytes none of which is escaped, at once */
        while (i + 8 <= n &&
               (memcpy(&w, p + i, 8),
                !(rcp__has_byte8(w, '&') | rcp__has_byte8(w, '<') |
                  rcp__has_byte8(w, '>') | rcp__has_byte8(w, '"') |
                  rcp__has_byte8(w, '\''))))
            i += 8;
        if (i >= n)
            break;
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

/* Only http(s) urls are linked. */
static int linkable(const char *u)
{
    return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

static const char *doc_url(const rcp_digest *g, size_t d)
{
    const rcp_article *a = g->docs[d]->article;
    return a && linkable(a->url) ? a->url : NULL;
}

/* What a story's template needs besides the digest: per doc, the first
 * doc of its outlet (so that an outlet gets one badge however many of
 * its articles support an item), and a stamp per doc. */
typedef struct hctx {
    rcp__buf *b;
    const rcp_digest *g;
    uint32_t *first; /* by doc: the first doc of the same outlet */
    uint32_t *stamp; /* by doc */
    uint32_t cur;
} hctx;

static int ctx_init(hctx *c, rcp__buf *b, const rcp_digest *g)
{
    memset(c, 0, sizeof *c);
    c->b = b;
    c->g = g;
    if (!g->ndocs)
        return 0;
    c->first = rcp__malloc(g->ndocs * sizeof *c->first);
    c->stamp = rcp__calloc(g->ndocs, sizeof *c->stamp);
    if (!c->first || !c->stamp)
        return RCP_ENOMEM;
    rcp__map m;
    rcp__map_init(&m);
    int rc = 0;
    for (size_t d = 0; d < g->ndocs && !rc; d++) {
        const char *s = g->sources[d] ? g->sources[d] : "";
        uint64_t *v = rcp__map_put(&m, rcp__hash(s, strlen(s), 0x0b5e7));
        if (!v) {
            rc = RCP_ENOMEM;
            break;
        }
        if (!*v || strcmp(g->sources[*v - 1] ? g->sources[*v - 1] : "", s))
            *v = d + 1; /* a hash collision only costs a second badge */
        c->first[d] = (uint32_t)(*v - 1);
    }
    rcp__map_release(&m);
    return rc;
}

static void ctx_release(hctx *c)
{
    rcp__free(c->first);
    rcp__free(c->stamp);
}

/* Units a and b are the same bytes (copies of one sentence). */
static int same_words(const rcp_digest *g, uint32_t a, uint32_t b)
{
    const rcp__dunit *x = &g->units[a], *y = &g->units[b];
    return x->len == y->len && !memcmp(g->docs[x->doc]->text + x->off,
                                       g->docs[y->doc]->text + y->off, x->len);
}

/* An outlet's badge, linked to article d; ev, when not UINT32_MAX, is
 * d's sentence that states the item, shown when the badge is hovered. */
static int badge(hctx *c, uint32_t d, uint32_t ev)
{
    const char *url = doc_url(c->g, d);
    int rc = rcp__buf_adds(c->b, "<span class=\"badge\"");
    if (!rc && ev != UINT32_MAX) {
        const rcp__dunit *x = &c->g->units[ev];
        rc = rcp__buf_adds(c->b, " title=\"");
        rc = rc ? rc : h_text(c->b, c->g->docs[x->doc]->text + x->off, x->len);
        rc = rc ? rc : rcp__buf_addc(c->b, '"');
    }
    rc = rc ? rc : rcp__buf_addc(c->b, '>');
    if (!rc && url) {
        rc = rcp__buf_adds(c->b, "<a href=\"");
        rc = rc ? rc : h_str(c->b, url);
        rc = rc ? rc : rcp__buf_adds(c->b, "\" rel=\"noreferrer noopener\">");
    }
    rc = rc ? rc : h_str(c->b, c->g->sources[d]);
    if (!rc && url)
        rc = rcp__buf_adds(c->b, "</a>");
    return rc ? rc : rcp__buf_adds(c->b, "</span>");
}

/* The badges of a support: each outlet once, linked to its article;
 * for a fact f shown by unit shown (f NULL: none), each with the
 * sentence of that article that states it (rcp__digest_evidence) when it
 * is not the shown one. */
static int badges(hctx *c, const uint32_t *docs, size_t n,
                  const rcp__dfact *f, uint32_t shown)
{
    c->cur++;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (docs[i] >= c->g->ndocs)
            continue;
        uint32_t o = c->first[docs[i]];
        if (c->stamp[o] == c->cur)
            continue;
        c->stamp[o] = c->cur;
        uint32_t ev = f ? rcp__digest_evidence_shown(c->g, f, shown, docs[i])
                        : UINT32_MAX;
        rc = badge(c, docs[i],
                   ev != UINT32_MAX && !same_words(c->g, ev, shown)
                       ? ev
                       : UINT32_MAX);
    }
    return rc;
}

static int h_unit(hctx *c, uint32_t u)
{
    const rcp__dunit *x = &c->g->units[u];
    return h_text(c->b, c->g->docs[x->doc]->text + x->off, x->len);
}

/* Unit u shown for fact f: its claim span, when a part of it
 * (rcp__digest_claim_span), in <mark>, the text escaped on each side. */
static int h_shown(hctx *c, const rcp__dfact *f, uint32_t u)
{
    const rcp__dunit *x = &c->g->units[u];
    const char *t = c->g->docs[x->doc]->text + x->off;
    uint32_t off, len;
    if (!rcp__digest_claim_span(c->g, f, u, &off, &len))
        return h_text(c->b, t, x->len);
    int rc = h_text(c->b, t, off);
    rc = rc ? rc : rcp__buf_adds(c->b, "<mark class=\"claim\">");
    rc = rc ? rc : h_text(c->b, t + off, len);
    rc = rc ? rc : rcp__buf_adds(c->b, "</mark>");
    return rc ? rc : h_text(c->b, t + off + len, x->len - off - len);
}

#define EV_MAX 12 /* other wordings listed under an item */

/* Under fact f shown by unit shown, the other articles' own sentences
 * that state it (rcp__digest_evidence), each wording once with its
 * outlet, in a <details> that works without script and on a phone (a
 * badge's title shows only on hover). Nothing when they all use the
 * shown words. */
static int h_evidence(hctx *c, const rcp__dfact *f, uint32_t shown)
{
    uint32_t seen[EV_MAX], n = 0, more = 0;
    int rc = 0;
    for (uint32_t i = 0; i < f->ndocs && !rc; i++) {
        uint32_t u = rcp__digest_evidence_shown(c->g, f, shown, f->docs[i]);
        if (u == UINT32_MAX || same_words(c->g, u, shown))
            continue;
        int dup = 0;
        for (uint32_t k = 0; k < n && !dup; k++)
            dup = same_words(c->g, u, seen[k]);
        if (dup)
            continue;
        if (n == EV_MAX) {
            more++;
            continue;
        }
        if (!n)
            rc = rcp__buf_adds(c->b, "<details class=\"ev\"><summary>in "
                                     "their words</summary><ul>");
        seen[n++] = u;
        rc = rc ? rc : rcp__buf_adds(c->b, "<li>");
        rc = rc ? rc : badge(c, f->docs[i], UINT32_MAX);
        if (!rc && rcp__digest_partial(c->g, f, shown, f->docs[i]))
            rc = rcp__buf_adds(c->b, " (part)");
        rc = rc ? rc : rcp__buf_addc(c->b, ' ');
        rc = rc ? rc : h_unit(c, u);
        rc = rc ? rc : rcp__buf_adds(c->b, "</li>");
    }
    if (!rc && more)
        rc = rcp__buf_addf(c->b, "<li>%u more</li>", more);
    if (!rc && n)
        rc = rcp__buf_adds(c->b, "</ul></details>");
    return rc;
}

static int h_story(rcp__buf *b, const rcp_digest *g)
{
    hctx c;
    int rc = ctx_init(&c, b, g);
    if (rc) {
        ctx_release(&c);
        return rc;
    }
#define T(x)                                                                   \
    do {                                                                       \
        if ((rc = (x)))                                                        \
            goto out;                                                          \
    } while (0)
    T(rcp__buf_adds(b, "<article class=\"story\" id=\""));
    T(h_str(b, g->id));
    T(rcp__buf_adds(b, "\">\n<h1>"));
    T(h_str(b, g->title ? g->title : "(untitled)"));
    T(rcp__buf_adds(b, "</h1>\n<p class=\"meta\">"));
    T(h_str(b, g->id));
    T(rcp__buf_addf(b, " &middot; %zu article%s &middot; %zu outlet%s</p>\n",
                    g->ndocs, g->ndocs == 1 ? "" : "s", g->outlets,
                    g->outlets == 1 ? "" : "s"));
    T(rcp__buf_adds(b, "<h2>Summary</h2>\n<ul class=\"items\">"));
    for (size_t i = 0; i < g->nsummary; i++) {
        const rcp__dfact *f = &g->facts[g->units[g->summary[i]].fact];
        T(rcp__buf_adds(b, "<li>"));
        T(h_shown(&c, f, g->summary[i]));
        T(rcp__buf_adds(b, " "));
        T(badges(&c, f->docs, f->ndocs, f, g->summary[i]));
        T(h_evidence(&c, f, g->summary[i]));
        T(rcp__buf_adds(b, "</li>"));
    }
    T(rcp__buf_adds(b, "</ul>\n"));
    if (g->nshown) {
        T(rcp__buf_adds(b, "<h2>Facts several outlets state</h2>\n"
                           "<ul class=\"items\">"));
        for (size_t i = 0; i < g->nshown; i++) {
            const rcp__dfact *f = &g->facts[g->shown[i]];
            T(rcp__buf_adds(b, "<li>"));
            T(h_shown(&c, f, f->rep));
            T(rcp__buf_adds(b, " "));
            T(badges(&c, f->docs, f->ndocs, f, f->rep));
            T(h_evidence(&c, f, f->rep));
            T(rcp__buf_adds(b, "</li>"));
        }
        T(rcp__buf_adds(b, "</ul>\n"));
    }
    int any = 0;
    for (size_t d = 0; d < g->ndocs; d++)
        any |= g->nunique[d] > 0;
    if (any) {
        T(rcp__buf_adds(b, "<h2>What each outlet adds</h2>\n"));
        for (size_t d = 0; d < g->ndocs; d++) {
            if (!g->nunique[d])
                continue;
            const rcp_article *a = g->docs[d]->article;
            T(rcp__buf_adds(b, "<h3 class=\"meta\">"));
            T(badge(&c, (uint32_t)d, UINT32_MAX));
            if (a && a->title) {
                T(rcp__buf_adds(b, " "));
                T(h_str(b, a->title));
            }
            T(rcp__buf_adds(b, "</h3><ul class=\"items\">"));
            for (uint32_t k = 0; k < g->nunique[d]; k++) {
                T(rcp__buf_adds(b, "<li>"));
                T(h_unit(&c, g->unique[d][k]));
                T(rcp__buf_adds(b, "</li>"));
            }
            T(rcp__buf_adds(b, "</ul>\n"));
        }
    }
    if (g->nquotes) {
        T(rcp__buf_adds(b, "<h2>Quotes</h2>\n"));
        for (size_t i = 0; i < g->nquotes; i++) {
            const rcp__dquote *q = &g->quotes[i];
            T(rcp__buf_adds(b, "<blockquote>&ldquo;"));
            T(h_text(b, g->docs[q->doc]->text + q->off, q->len));
            T(rcp__buf_adds(b, "&rdquo;"));
            if (q->speaker) {
                T(rcp__buf_adds(b, " &mdash; "));
                T(h_str(b, q->speaker));
            }
            T(rcp__buf_adds(b, "<br>"));
            T(badges(&c, q->docs, q->ndocs, NULL, 0));
            T(rcp__buf_adds(b, "</blockquote>\n"));
        }
    }
    size_t shown = 0;
    for (size_t i = 0; i < g->nlp.nentities && shown < 15; i++) {
        const rcp__entity *e = &g->nlp.entities[i];
        if (e->ndocs < 2 && g->ndocs > 1)
            continue; /* the names several articles share */
        T(rcp__buf_adds(b, shown ? "" : "<h2>Who and what</h2>\n"
                                        "<ul class=\"items\">"));
        shown++;
        T(rcp__buf_adds(b, "<li><b>"));
        T(h_str(b, e->name));
        T(rcp__buf_adds(b, "</b>"));
        for (size_t v = 0; v < e->nvariants; v++) {
            T(rcp__buf_adds(b, v ? ", " : " <span class=\"meta\">also "));
            T(h_str(b, e->variants[v]));
        }
        if (e->nvariants)
            T(rcp__buf_adds(b, "</span>"));
        T(rcp__buf_addf(b, " <span class=\"meta\">(%zu article%s)</span>"
                           "</li>",
                        e->ndocs, e->ndocs == 1 ? "" : "s"));
    }
    if (shown)
        T(rcp__buf_adds(b, "</ul>\n"));
    if (g->ndates) {
        T(rcp__buf_adds(b, "<h2>Timeline</h2>\n<ul class=\"items\">"));
        for (size_t i = 0; i < g->ndates; i++) {
            const rcp__ddate *t = &g->dates[i];
            T(rcp__buf_adds(b, "<li><b>"));
            T(h_str(b, t->value));
            T(rcp__buf_adds(b, "</b> "));
            T(h_text(b, g->docs[t->doc]->text + t->off, t->len));
            T(rcp__buf_adds(b, " "));
            T(badges(&c, t->docs, t->ndocs, NULL, 0));
            T(rcp__buf_adds(b, "</li>"));
        }
        T(rcp__buf_adds(b, "</ul>\n"));
    }
    /* conflicts, then the names spelled several ways */
    for (int sp = 0; sp < 2; sp++) {
        int head = 0;
        for (size_t i = 0; i < g->ndisagree; i++) {
            const rcp__ddisagree *x = &g->disagree[i];
            if (sp != !strcmp(x->kind, "spelling"))
                continue;
            if (!head++)
                T(rcp__buf_adds(b, sp ? "<h2>Names spelled several ways</h2>\n"
                                      : "<h2>Where they disagree</h2>\n"));
            T(rcp__buf_adds(b, "<p>"));
            T(h_str(b, x->about));
            T(rcp__buf_adds(b, "</p><div class=\"disagree\">"));
            for (uint32_t v = 0; v < x->nvalues; v++) {
                T(rcp__buf_adds(b, "<div><b>"));
                T(h_str(b, x->values[v].value));
                T(rcp__buf_adds(b, "</b><br>"));
                T(badges(&c, x->values[v].docs, x->values[v].ndocs, NULL, 0));
                T(rcp__buf_adds(b, "</div>"));
            }
            T(rcp__buf_adds(b, "</div>\n"));
        }
    }
    T(rcp__buf_adds(b, "<h2>Articles</h2>\n<ul class=\"items\">"));
    for (size_t d = 0; d < g->ndocs; d++) {
        const rcp_article *a = g->docs[d]->article;
        const char *url = doc_url(g, d);
        T(rcp__buf_adds(b, "<li>"));
        if (url) {
            T(rcp__buf_adds(b, "<a href=\""));
            T(h_str(b, url));
            T(rcp__buf_adds(b, "\" rel=\"noreferrer noopener\">"));
        }
        T(h_str(b, a && a->title ? a->title : g->ids[d]));
        if (url)
            T(rcp__buf_adds(b, "</a>"));
        T(rcp__buf_adds(b, " <span class=\"meta\">"));
        T(h_str(b, g->sources[d]));
        if (a && a->date) {
            T(rcp__buf_adds(b, " &middot; "));
            T(h_str(b, a->date));
        }
        T(rcp__buf_adds(b, "</span></li>"));
    }
    T(rcp__buf_adds(b, "</ul>\n</article>\n"));
#undef T
out:
    ctx_release(&c);
    return rc;
}

int rcp_digest_html(const rcp_digest *d, char *buf, size_t cap, size_t *len)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc = h_story(&b, d);
    if (!rc)
        rcp__buf_copy_out(&b, buf, cap, len);
    rcp__buf_release(&b);
    return rc;
}

/* ---- pages ---- */

static int put(FILE *f, const rcp__buf *b)
{
    if (b->len && fwrite(b->p, 1, b->len, f) != b->len)
        return RCP_EIO;
    return 0;
}

int rcp_html_begin(FILE *f, const char *title)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc = rcp__buf_adds(&b, "<!DOCTYPE html><html lang=\"en\"><head>"
                               "<meta charset=\"utf-8\"><meta name=\""
                               "viewport\" content=\"width=device-width,"
                               "initial-scale=1\"><title>");
    rc = rc ? rc : h_str(&b, title ? title : "recoupe");
    rc = rc ? rc : rcp__buf_addf(&b, " - recoupe</title><style>%s</style>"
                                     "</head><body>\n", css);
    rc = rc ? rc : put(f, &b);
    rcp__buf_release(&b);
    return rc;
}

int rcp_html_end(FILE *f)
{
    if (fputs("</body></html>\n", f) == EOF)
        return RCP_EIO;
    return 0;
}

int rcp_html_index_entry(FILE *f, const rcp_html_entry *e)
{
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    int rc;
#define T(x)                                                                   \
    do {                                                                       \
        if ((rc = (x)))                                                        \
            goto out;                                                          \
    } while (0)
    T(rcp__buf_adds(&b, "<li><a href=\""));
    T(h_str(&b, e->href));
    T(rcp__buf_adds(&b, "\">"));
    T(h_str(&b, e->title ? e->title : "(untitled)"));
    T(rcp__buf_adds(&b, "</a>"));
    if (e->mark) {
        T(rcp__buf_adds(&b, strcmp(e->mark, "new")
                                ? "<span class=\"tag ch\">"
                                : "<span class=\"tag\">"));
        T(h_str(&b, e->mark));
        T(rcp__buf_adds(&b, "</span>"));
    }
    T(rcp__buf_addf(&b, "<div class=\"meta\">%zu article%s &middot; %zu "
                        "outlet%s",
                    e->articles, e->articles == 1 ? "" : "s", e->outlets,
                    e->outlets == 1 ? "" : "s"));
    if (e->langs && e->langs[0]) {
        T(rcp__buf_adds(&b, " &middot; "));
        T(h_str(&b, e->langs));
    }
    if (e->first_date) {
        T(rcp__buf_adds(&b, " &middot; "));
        T(h_str(&b, e->first_date));
        if (e->last_date && strcmp(e->last_date, e->first_date)) {
            T(rcp__buf_adds(&b, " &ndash; "));
            T(h_str(&b, e->last_date));
        }
    }
    T(rcp__buf_adds(&b, "</div>"));
    if (e->outlet_names && e->outlet_names[0]) {
        /* the first outlets by name */
        T(rcp__buf_adds(&b, "<div class=\"meta\">"));
        const char *o = e->outlet_names;
        for (int k = 0; o && *o && k < 6; k++) {
            const char *nl = strchr(o, '\n');
            size_t n = nl ? (size_t)(nl - o) : strlen(o);
            T(rcp__buf_adds(&b, "<span class=\"badge\">"));
            T(h_text(&b, o, n));
            T(rcp__buf_adds(&b, "</span>"));
            o = nl ? nl + 1 : NULL;
        }
        if (o && *o)
            T(rcp__buf_adds(&b, " &hellip;"));
        T(rcp__buf_adds(&b, "</div>"));
    }
    T(rcp__buf_adds(&b, "</li>\n"));
    T(put(f, &b));
#undef T
out:
    rcp__buf_release(&b);
    return rc;
}

/* The distinct outlets of a digest, one a line, in order of first
 * article. */
static int outlet_names(const rcp_digest *g, rcp__buf *b)
{
    int rc = 0;
    for (size_t d = 0; d < g->ndocs && !rc; d++) {
        size_t k = 0;
        while (k < d && strcmp(g->sources[k], g->sources[d]))
            k++;
        if (k < d)
            continue;
        if (b->len)
            rc = rcp__buf_addc(b, '\n');
        rc = rc ? rc : rcp__buf_adds(b, g->sources[d]);
        if (b->len > 4096)
            break; /* the index shows the first few */
    }
    return rc ? rc : rcp__buf_addc(b, 0);
}

int rcp_digest_write_html(FILE *f, const rcp_digest *const *d, size_t n)
{
    int rc = rcp_html_begin(f, n == 1 ? d[0]->title : "Stories");
    if (!rc && fputs("<main>\n", f) == EOF)
        rc = RCP_EIO;
    if (!rc && n > 1) {
        if (fputs("<h1>Stories</h1>\n<ol class=\"stories\">\n", f) == EOF)
            rc = RCP_EIO;
        rcp__buf names;
        rcp__buf_init(&names, RCP__BUF_NOMAX);
        for (size_t i = 0; i < n && !rc; i++) {
            char href[80];
            snprintf(href, sizeof href, "#%s", d[i]->id);
            rcp__buf_reset(&names);
            rc = outlet_names(d[i], &names);
            rcp_html_entry e = {href,          d[i]->title, d[i]->ndocs,
                                d[i]->outlets, NULL,        NULL,
                                NULL,          names.p,     NULL};
            rc = rc ? rc : rcp_html_index_entry(f, &e);
        }
        rcp__buf_release(&names);
        if (!rc && fputs("</ol>\n", f) == EOF)
            rc = RCP_EIO;
    }
    rcp__buf b;
    rcp__buf_init(&b, RCP__BUF_NOMAX);
    for (size_t i = 0; i < n && !rc; i++) {
        rcp__buf_reset(&b);
        rc = h_story(&b, d[i]);
        rc = rc ? rc : put(f, &b);
    }
    rcp__buf_release(&b);
    if (!rc && fputs("</main>\n", f) == EOF)
        rc = RCP_EIO;
    rc = rc ? rc : rcp_html_end(f);
    if (!rc && fflush(f))
        rc = RCP_EIO;
    return rc;
}
