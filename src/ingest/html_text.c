/*
 * html_text.c - the main text of a page: which part of the tree is the
 * article, and its paragraphs without the boilerplate around and inside.
 *
 * How it works (Readability's algorithm, with wider cues):
 *
 *  1. Counts, bottom-up over the tree: visible characters, characters in
 *     links, commas, <p> and <li> below, characters in headings and <p>.
 *  2. Unlikely parts are set aside: nav/aside/footer/header/forms, hidden
 *     elements, ARIA navigation roles, and class/id hints that say
 *     boilerplate (in several languages; see html.c) unless they also say
 *     content, or hold half the page's paragraph text (a page that puts
 *     "sidebar-right" on its main column keeps it).
 *  3. Every paragraph (a <p>, <pre>, <td>, or a block holding only inline
 *     content) of 25 characters or more scores 1 + commas + one point per
 *     100 characters (at most 3), given in full to its container, half to
 *     the next ancestor and a third/level further up to five levels; each
 *     container starts with a bonus from its tag and class/id hints
 *     (itemprop=articleBody and friends weigh most). Scores are scaled by
 *     1 - link density; the best container wins, climbing to an ancestor
 *     when that one scores higher or holds much more of the paragraph
 *     text (1.4 times within 4 levels, twice within 12: an article cut
 *     into sections, each in its own nest of boxes; 1.4 there too when
 *     the sections are alike), and its siblings
 *     that score well or are plain prose join it.
 *  4. The chosen subtrees are written out block by block: each block
 *     element or <br> ends a paragraph; inside, strongly negative parts
 *     (comments, share bars, related links, captions, bylines), <h1>, and
 *     blocks that are mostly links are left out (Readability's conditional
 *     cleaning). Paragraphs seen before, one-line notices ("Advertisement",
 *     "Lire aussi ...") and mostly-link lines are dropped.
 *     A first pass that gives almost nothing (under RELAX_BELOW visible
 *     characters: the article sits in a page builder's "widget" column,
 *     a <header> the page left open, a part hidden until a script shows
 *     it) is retried as Readability does, with milder rules: negative
 *     class hints weigh nothing, and hidden, boilerplate or negatively
 *     hinted parts are set aside only when they hold less than half of
 *     the paragraph text. The longer text wins.
 *  5. When the page's JSON-LD has an articleBody much longer than what
 *     the tree gave (a paywalled or script-rendered page), that is used.
 *
 * Cost: a few linear passes over the tree plus five ancestors per
 * paragraph. Recursion depth is bounded by html.c's MAX_DEPTH.
 *
 * Tuning aid: compiled with -DRCP_HTML_DEBUG, the candidates and the
 * chosen node's ancestry are printed on standard error.
 */
#include "ingest/html.h"

/* A first pass that gives fewer visible characters than this is retried
 * with the milder rules (ctx.relax). Chosen on the dev pages, both halves
 * (tools/eval/extract.sh): 250 and 500 tie on scrapinghub and on one WCXB
 * half, 250 is better on the other; 1000 and more cost scrapinghub. */
#ifndef RELAX_BELOW
#define RELAX_BELOW 250
#endif
#ifdef RCP_HTML_DEBUG
#include <stdio.h>
#endif

static int is_block(int tag)
{
    switch (tag) {
    case RCP__T_ADDRESS: case RCP__T_ARTICLE: case RCP__T_ASIDE:
    case RCP__T_BLOCKQUOTE: case RCP__T_BODY: case RCP__T_CENTER:
    case RCP__T_DD: case RCP__T_DETAILS: case RCP__T_DIALOG:
    case RCP__T_DIV: case RCP__T_DL: case RCP__T_DT: case RCP__T_FIELDSET:
    case RCP__T_FIGCAPTION: case RCP__T_FIGURE: case RCP__T_FOOTER:
    case RCP__T_FORM: case RCP__T_H1: case RCP__T_H2: case RCP__T_H3:
    case RCP__T_H4: case RCP__T_H5: case RCP__T_H6: case RCP__T_HEADER:
    case RCP__T_HR: case RCP__T_HTML: case RCP__T_LI: case RCP__T_MAIN:
    case RCP__T_MENU: case RCP__T_NAV: case RCP__T_OL: case RCP__T_P:
    case RCP__T_PRE: case RCP__T_SECTION: case RCP__T_TABLE:
    case RCP__T_TBODY: case RCP__T_TD: case RCP__T_TH: case RCP__T_TR:
    case RCP__T_UL: case RCP__T_CAPTION:
        return 1;
    }
    return 0;
}

static int is_heading(int tag)
{
    return tag >= RCP__T_H1 && tag <= RCP__T_H6;
}

/* never article text, wherever they are */
static int tag_is_boiler(int tag)
{
    switch (tag) {
    case RCP__T_NAV: case RCP__T_ASIDE: case RCP__T_FOOTER:
    case RCP__T_HEADER: case RCP__T_BUTTON: case RCP__T_INPUT:
    case RCP__T_MENU: case RCP__T_DIALOG: case RCP__T_FIGURE:
    case RCP__T_FIGCAPTION: case RCP__T_LABEL: case RCP__T_FIELDSET:
        return 1;
    }
    return 0;
}

/* ---- 1. counts ---------------------------------------------------------- */

static void text_counts(rcp__hnode *t)
{
    uint32_t chars = 0, commas = 0;
    int sp = 1;
    const unsigned char *p = (const unsigned char *)t->text;
    for (uint32_t i = 0; i < t->len; i++) {
        unsigned char c = p[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (!sp)
                chars++;
            sp = 1;
            continue;
        }
        sp = 0;
        if ((c & 0xC0) != 0x80)
            chars++;
        if (c == ',')
            commas++;
        else if (c == 0xEF && i + 2 < t->len && p[i + 1] == 0xBC &&
                 p[i + 2] == 0x8C)
            commas++; /* U+FF0C */
        else if (c == 0xE3 && i + 2 < t->len && p[i + 1] == 0x80 &&
                 p[i + 2] == 0x81)
            commas++; /* U+3001 */
        else if (c == 0xD8 && i + 1 < t->len && p[i + 1] == 0x8C)
            commas++; /* U+060C */
    }
    t->chars = chars;
    t->commas = commas;
}

/* post-order: each node's counts are complete when it is left */
static void count_all(rcp__hnode *root)
{
    rcp__hnode *x = root;
    for (;;) {
        if (x->tag != RCP__T_TEXT && x->child) {
            x = x->child;
            continue;
        }
        for (;;) { /* leave x */
            if (x->tag == RCP__T_TEXT)
                text_counts(x);
            else {
                if (x->tag == RCP__T_A)
                    x->links = x->chars;
                if (x->tag == RCP__T_P) {
                    x->np++;
                    x->pchars = x->chars;
                }
                if (x->tag == RCP__T_LI)
                    x->nli++;
                if (x->tag == RCP__T_IMG)
                    x->nimg++;
                if (is_heading(x->tag))
                    x->hchars = x->chars;
            }
            rcp__hnode *up = x->parent;
            if (x == root || !up)
                return;
            up->chars += x->chars;
            up->links += x->links;
            up->commas += x->commas;
            up->np = (uint16_t)RCP_MIN(0xFFFF, up->np + x->np);
            up->nli = (uint16_t)RCP_MIN(0xFFFF, up->nli + x->nli);
            up->nimg = (uint16_t)RCP_MIN(0xFFFF, up->nimg + x->nimg);
            up->hchars += x->hchars;
            up->pchars += x->pchars;
            if (x->next) {
                x = x->next;
                break;
            }
            x = up;
        }
    }
}

/* ---- 2. unlikely parts ------------------------------------------------ */

typedef struct ctx {
    rcp__arena *a;
    rcp__hnode *root;
    uint32_t page_pchars;
    const char *title;
    size_t title_len;
    /* output */
    rcp__buf out, para;
    uint32_t para_links; /* bytes of the paragraph inside links */
    int in_link;
    int in_pre; /* inside a <pre>: its class names are a highlighter's
                   ("hljs-comment") */
    rcp__map seen;
    rcp__hnode *top;
    const rcp__hnode *first_h1; /* the headline, never in the text */
    int relax; /* second pass: class hints that are not strongly negative
                  and boilerplate tags holding much of the page's text no
                  longer set a part aside */
    int err;
} ctx;

/* A boilerplate tag whose class or id names content and nothing else
 * (<header class="section_blog-post5-content">: a page builder's tag
 * around the article) holding BOILER_NAMED characters of paragraphs or
 * more is scored as any box is. wcxb-dev 3 pages gained (0089 0.22 ->
 * 0.99), none lost; scrapinghub unchanged; 1 and 100 tie. */
#ifndef BOILER_NAMED
#define BOILER_NAMED 100
#endif
/* A box opened by a heading (h2-h6) whose class or id names another
 * part of the page ("relatedpoststitle", "comments-title": html.c's
 * RCP__HF_OTHERS) is that part, whatever its own class says and however
 * much text it holds: a blog's related posts given whole in an <article>
 * of the post's own classes. */
#ifndef TITLED_BOX
#define TITLED_BOX 1
#endif
static int titled(const rcp__hnode *x)
{
    if (!TITLED_BOX || (x->flags & RCP__HF_BODY))
        return 0;
    const rcp__hnode *k = x->child;
    while (k && k->tag == RCP__T_TEXT && !k->chars)
        k = k->next;
    return k && k->tag >= RCP__T_H2 && k->tag <= RCP__T_H6 &&
           (k->flags & RCP__HF_OTHERS);
}

static int unlikely(const ctx *c, const rcp__hnode *x)
{
    if (x->tag == RCP__T_TEXT)
        return 0;
    if (x->flags & (RCP__HF_HIDDEN | RCP__HF_ROLEBAD))
        return !c->relax || x->pchars * 2 < c->page_pchars;
    if ((tag_is_boiler(x->tag) || x->tag == RCP__T_FORM) &&
        !(BOILER_NAMED &&
          (x->flags & (RCP__HF_POS | RCP__HF_NEG)) == RCP__HF_POS &&
          x->pchars >= BOILER_NAMED))
        return (x->tag != RCP__T_FORM && !c->relax) ||
               x->pchars * 2 < c->page_pchars;
    if (x->tag == RCP__T_BODY || x->tag == RCP__T_HTML ||
        (x->flags & RCP__HF_BODY))
        return 0;
    if (titled(x))
        return 1;
    int cls = (x->flags & RCP__HF_STRONGNEG) ||
              (!c->relax && (x->flags & RCP__HF_NEG) &&
               !(x->flags & RCP__HF_POS) && x->tag != RCP__T_ARTICLE &&
               x->tag != RCP__T_MAIN);
    return cls && x->pchars * 2 < c->page_pchars + 1;
}

/* ---- 3. scores -------------------------------------------------------- */

static int has_block_child(const rcp__hnode *x)
{
    for (const rcp__hnode *k = x->child; k; k = k->next)
        if (k->tag != RCP__T_TEXT && is_block(k->tag))
            return 1;
    return 0;
}

/* relax: the second pass, where negative hints weigh nothing */
static float class_weight(const rcp__hnode *x, int relax)
{
    float w = 0;
    if (x->flags & RCP__HF_POS)
        w += 25;
    if ((x->flags & RCP__HF_NEG) && !relax)
        w -= 25;
    if (x->flags & RCP__HF_BODY)
        w += 25;
    return w;
}

static void init_score(rcp__hnode *x, int relax)
{
    float s = 0;
    switch (x->tag) {
    case RCP__T_DIV: s = 5; break;
    case RCP__T_ARTICLE: case RCP__T_MAIN: s = 10; break;
    case RCP__T_PRE: case RCP__T_TD: case RCP__T_BLOCKQUOTE: s = 3; break;
    case RCP__T_ADDRESS: case RCP__T_OL: case RCP__T_UL: case RCP__T_DL:
    case RCP__T_DD: case RCP__T_DT: case RCP__T_LI: case RCP__T_FORM:
        s = -3; break;
    case RCP__T_H1: case RCP__T_H2: case RCP__T_H3: case RCP__T_H4:
    case RCP__T_H5: case RCP__T_H6: case RCP__T_TH: s = -5; break;
    }
    x->bonus = s + class_weight(x, relax);
    x->score = 0;
    x->flags |= RCP__HF_SCORED;
}

static void give(rcp__hnode *container, uint32_t chars, uint32_t commas,
                 int relax)
{
    float s = 1.0f + (float)commas + (float)RCP_MIN(chars / 100, 3u);
    rcp__hnode *x = container;
    for (int level = 0; x && level < 5; level++, x = x->parent) {
        if (x->tag == RCP__T_HTML && !x->parent)
            break; /* the root */
        if (!(x->flags & RCP__HF_SCORED))
            init_score(x, relax);
        x->score += level == 0 ? s : level == 1 ? s / 2 : s / (3.0f * level);
    }
    x = container;
    for (int level = 0; x && level < 100; level++, x = x->parent)
        x->psum += s;
}

/* Walk the tree, skipping unlikely subtrees, and score paragraphs. */
static void score_all(ctx *c)
{
    rcp__hnode *x = c->root;
    for (;;) {
        int descend = 0;
#ifdef RCP_HTML_DEBUG
        if (x->tag != RCP__T_TEXT && unlikely(c, x) && x->chars > 500)
            fprintf(stderr, "unlikely: tag %d hint '%s' flags %x chars %u pchars %u\n",
                    x->tag, x->hint ? x->hint : "", x->flags, x->chars, x->pchars);
#endif
        if (x->tag != RCP__T_TEXT && !unlikely(c, x)) {
            descend = 1;
            int tag = x->tag;
            int bc = has_block_child(x);
            if (tag == RCP__T_P || tag == RCP__T_PRE || tag == RCP__T_TD ||
                (!bc && (tag == RCP__T_DIV || tag == RCP__T_SECTION ||
                         tag == RCP__T_ARTICLE || tag == RCP__T_CENTER ||
                         tag == RCP__T_BLOCKQUOTE || tag == RCP__T_DD ||
                         tag == RCP__T_LI || tag == RCP__T_MAIN))) {
                if (x->chars >= 25 && x->parent)
                    give(x->parent, x->chars, x->commas, c->relax);
                descend = tag != RCP__T_TD && bc; /* nested p in td... */
                if (tag == RCP__T_TD)
                    descend = 1;
            } else if (bc && is_block(tag)) {
                /* inline runs straight inside a block: a paragraph of x */
                uint32_t ch = 0, cm = 0;
                for (rcp__hnode *k = x->child; k; k = k->next)
                    if (k->tag == RCP__T_TEXT || !is_block(k->tag)) {
                        ch += k->chars;
                        cm += k->commas;
                    }
                if (ch >= 25)
                    give(x, ch, cm, c->relax);
            }
        }
        if (descend && x->child) {
            x = x->child;
            continue;
        }
        if (!(x = rcp__hnode_after(x, c->root)))
            return;
    }
}

static float link_density(const rcp__hnode *x)
{
    return x->chars ? (float)x->links / (float)x->chars : 0;
}

/* Readability's score, except that the bonus of tag and hints can at
 * most double what the paragraphs gave: a short byline box with a
 * "content" class must not beat the article body. */
static float final_score(const rcp__hnode *x)
{
    float b = RCP_MIN(x->bonus, x->score);
    return (x->score + b) * (1.0f - link_density(x));
}

/* How far the climb to an ancestor holding more of the paragraph text
 * goes: up to 4 levels at 1.4 times the text, up to CLIMB_LEVELS at
 * CLIMB_FAR times (a long article whose sections each sit in their own
 * nest of page-builder boxes, with a reference list or one section
 * scoring best). Chosen on both halves of both sets: wcxb-dev word F1
 * 0.926/0.939 (4 levels) -> 0.929/0.946 (8, 2.0), 0.936/0.948 (12 and
 * more, 1.6-2.5); scrapinghub unchanged (F1 0.977/0.974, no page's text
 * changes); 1.4 beyond 4 levels costs scrapinghub's half 1 (P 0.972). */
#ifndef CLIMB_LEVELS
#define CLIMB_LEVELS 12
#endif
#ifndef CLIMB_FAR
#define CLIMB_FAR 2.0f
#endif
#ifndef CLIMB_LD
#define CLIMB_LD 0.15f
#endif
/* The far climb's ratio where the ancestor is a run of like blocks: an
 * article written as a series of sections of one tag and class, each in
 * its own nest of page-builder boxes, is climbed to as a near ancestor
 * is (1.4 times the text, not CLIMB_FAR). wcxb-dev 4177 0.77 -> 0.99,
 * no other wcxb-dev page changes; scrapinghub one page -0.004 (a dek
 * above the body joins). 1.0 and 1.2 lose 10 and 1 wcxb-dev pages and
 * 3 scrapinghub pages (teaser rows of one class); 1.4 and 1.6 tie. */
#ifndef LIKE_CLIMB
#define LIKE_CLIMB 1.4f
#endif
/* 1 when p has, besides its child k, another child of k's tag and class
 * holding paragraphs */
static int like_siblings(const rcp__hnode *p, const rcp__hnode *k)
{
    if (!k->hint)
        return 0;
    for (const rcp__hnode *s = p->child; s; s = s->next)
        if (s != k && s->tag == k->tag && s->psum > 0 && s->hint &&
            !strcmp(s->hint, k->hint))
            return 1;
    return 0;
}

static rcp__hnode *best(ctx *c)
{
    rcp__hnode *top = NULL, *x = c->root;
    float bs = 0;
    for (;;) {
        if (x->tag != RCP__T_TEXT && (x->flags & RCP__HF_SCORED)) {
            float s = final_score(x);
            if (!top || s > bs) {
                top = x;
                bs = s;
            }
        }
        if (x->tag != RCP__T_TEXT && x->child) {
            x = x->child;
            continue;
        }
        if (!(x = rcp__hnode_after(x, c->root)))
            break;
    }
    if (!top)
        return NULL;
#ifdef RCP_HTML_DEBUG
    for (x = c->root; x;) {
        if (x->tag != RCP__T_TEXT && (x->flags & RCP__HF_SCORED) && final_score(x) > bs / 3)
            fprintf(stderr, "cand: tag %d hint '%s' score %.1f final %.1f chars %u links %u\n",
                    x->tag, x->hint ? x->hint : "", (double)(x->score + x->bonus), (double)final_score(x), x->chars, x->links);
        if (x->tag != RCP__T_TEXT && x->child) { x = x->child; continue; }
        if (!(x = rcp__hnode_after(x, c->root))) break;
    }
#endif
    /* the best node and its ancestors are never cleaned away */
    for (x = top; x; x = x->parent)
        x->flags |= RCP__HF_CORE;
    /* climb while the ancestors keep a good share of the score */
    float last = bs, threshold = bs / 3;
    for (rcp__hnode *p = top->parent; p && p->tag != RCP__T_BODY &&
                                      p != c->root;
         p = p->parent) {
        if (!(p->flags & RCP__HF_SCORED))
            continue;
        float ps = final_score(p);
        if (ps < threshold)
            break;
        if (ps > last) {
            top = p;
            break;
        }
        last = ps;
    }
    /* an article cut into blocks in different containers: climb to the
     * ancestor (a few levels up) that holds much more of the paragraph
     * text, when that extra text is prose, not links */
    {
        rcp__hnode *p = top->parent;
        const rcp__hnode *on_path = top;
        for (int level = 0; p && p != c->root && p->tag != RCP__T_BODY &&
                            level < CLIMB_LEVELS;
             level++, p = p->parent) {
            float need = level < 4 ? 1.4f
                         : LIKE_CLIMB > 0 && like_siblings(p, on_path)
                             ? LIKE_CLIMB
                             : CLIMB_FAR;
            if (p->psum >= need * top->psum &&
                link_density(p) < CLIMB_LD && !unlikely(c, p))
                top = p;
            on_path = p;
        }
    }
    /* an only child stands for its parent */
    while (top->parent && top->parent != c->root &&
           top->parent->tag != RCP__T_BODY) {
        int n = 0;
        for (rcp__hnode *k = top->parent->child; k; k = k->next)
            if (k->tag != RCP__T_TEXT || k->chars)
                n++;
        if (n != 1)
            break;
        top = top->parent;
    }
    return top;
}

/* ---- 4. writing out --------------------------------------------------- */

/* The full stops of other scripts end a sentence as '.' does: the
 * ideographic "\xe3\x80\x82" and the full-width "\xef\xbc\x8e" (Chinese,
 * Japanese), the danda "\xe0\xa5\xa4" (Hindi, Bengali, ...) and the Urdu
 * "\xdb\x94". No dev page changes (its CJK pages' short lines are inside
 * the article's box); unit rows fail without it. */
#ifndef SCRIPT_STOP
#define SCRIPT_STOP 1
#endif
static int ends_sentence(const rcp__hnode *x)
{
    /* the last non-space byte of the text below x is a full stop */
    const rcp__hnode *t = x;
    while (t && t->tag != RCP__T_TEXT)
        t = t->last;
    if (!t)
        return 0;
    size_t n = t->len;
    const char *p = t->text;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\n'))
        n--;
    if (n && p[n - 1] == '.')
        return 1;
    return SCRIPT_STOP &&
           ((n >= 3 && (!memcmp(p + n - 3, "\xe3\x80\x82", 3) ||
                        !memcmp(p + n - 3, "\xef\xbc\x8e", 3) ||
                        !memcmp(p + n - 3, "\xe0\xa5\xa4", 3))) ||
            (n >= 2 && !memcmp(p + n - 2, "\xdb\x94", 2)));
}

static int sibling_joins(const rcp__hnode *top, const rcp__hnode *s,
                         int relax)
{
    if (s == top)
        return 1;
    if (s->tag == RCP__T_TEXT)
        return s->chars >= 80;
    if ((s->flags & (RCP__HF_HIDDEN | RCP__HF_ROLEBAD | RCP__HF_STRONGNEG)) ||
        titled(s))
        return 0;
    if (tag_is_boiler(s->tag))
        return 0;
    float ts = final_score(top);
    float thr = RCP_MAX(10.0f, ts * 0.2f);
    float bonus = 0;
    if (top->hint && s->hint && !strcmp(top->hint, s->hint))
        bonus = ts * 0.2f;
    if ((s->flags & RCP__HF_SCORED) && final_score(s) + bonus >= thr)
        return 1;
    /* a sibling holding a good share of the page's paragraphs, deeper
     * down than the scores reach (articles cut into several blocks) */
    if (s->psum >= 0.25f * top->psum && link_density(s) < 0.25f &&
        (relax || !(s->flags & RCP__HF_NEG)))
        return 1;
    if (s->tag == RCP__T_P || (s->tag == RCP__T_DIV && !has_block_child(s))) {
        float ld = link_density(s);
        if (s->chars > 80 && ld < 0.25f)
            return 1;
        if (s->chars > 0 && s->chars < 80 && ld == 0 && ends_sentence(s))
            return 1;
    }
    return 0;
}

/* Readability's conditional cleaning, for containers inside the article.
 * DC_LD_MAX: the link density over which a box without a content hint
 * goes; Readability's 0.2 helped only scrapinghub's half 1 (-0.0010 mean
 * F1 without it) and cost wcxb-dev (+0.0026/+0.0008 without it); 0.3:
 * scrapinghub +0.0006/-0.0002, wcxb-dev +0.0019/+0.0007 over 0.2. */
#ifndef DC_LD_MAX
#define DC_LD_MAX 0.3f
#endif
static int drop_conditionally(const rcp__hnode *x, int relax)
{
    int tag = x->tag;
    if (!(tag == RCP__T_DIV || tag == RCP__T_SECTION || tag == RCP__T_UL ||
          tag == RCP__T_OL || tag == RCP__T_TABLE || tag == RCP__T_DL ||
          tag == RCP__T_FORM || tag == RCP__T_CENTER))
        return 0;
    float w = class_weight(x, relax);
    int list = tag == RCP__T_UL || tag == RCP__T_OL || tag == RCP__T_DL;
    /* list items score, which makes a list's own score meaningless */
    if ((x->flags & RCP__HF_SCORED) && (list ? w : x->score + x->bonus) < 0)
        return 1;
    if (x->commas >= 10)
        return 0;
    float ld = link_density(x);
    float hd = x->chars ? (float)x->hchars / (float)x->chars : 0;
    if (list)
        return ld > 0.5f;
    if (x->nli > x->np + 100)
        return 1;
    if (hd < 0.9f && x->chars < 25 && ld > 0)
        return 1;
    if (w < 25 && ld > DC_LD_MAX)
        return 1;
    if (w >= 25 && ld > 0.5f)
        return 1;
    return 0;
}

/* 1 when the NUL-terminated low starts with s; the first bytes are
 * compared before the call (notice() runs on every short line) */
static int opens(const char *low, const char *s)
{
    return low[0] == s[0] && !strncmp(low, s, strlen(s));
}

/* one-line notices that are never part of an article */
static int notice(const char *p, size_t n)
{
    static const char *const exact[] = {
        "advertisement", "advertisements", "publicit\xc3\xa9", "anzeige",
        "publicidad", "pubblicit\xc3\xa0", "sponsored", "ad", "annonce",
        "continue reading", "read more", "lire la suite", "share",
        "partager", "comments", "commentaires", "related", "more",
        "advertisement - scroll to continue", "story continues below",
        "story continues below advertisement", "skip advertisement",
        "scroll to continue with content", "click here", "top", "advert",
        "don't miss", "don\xe2\x80\x99t miss", "join the conversation",
        "tell us what you think", "recommended", "trending", "most read",
        "most popular", "sponsored content", "related articles",
        "related stories", "more stories", "read next", "up next",
        "text size", "font size", "print", "email", "listen",
        "listen to this article", "\303\251couter", "imprimer",
        "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
        "copy link", "copier le lien", "e-mail", "mail", "reddit",
        "flipboard", "telegram", "messenger", "tags", "iklan", "werbung",
        "publicidade", "reclame", "reklama", "\xd1\x80\xd0\xb5\xd0\xba\xd0\xbb\xd0\xb0\xd0\xbc\xd0\xb0",
        "this slideshow requires javascript", "you may also like",
        "you might also like", "also read", "read also", "more from",
    };
    /* reading-time lines: "5 min read", "Temps de lecture : 2 min" */
    static const char *const reading[] = {
        "min read", "minute read", "minutes read", "reading time",
        "temps de lecture", "min de lecture", "minutes de lecture",
        "tempo de leitura", "tiempo de lectura", "lesezeit",
        "tempo di lettura", "lesedauer",
    };
    static const char *const prefix[] = {
        "lire aussi", "\xc3\x80 lire aussi", "a lire aussi", "read more:",
        "read more :", "related:", "see also:", "read also:", "lesen sie auch",
        "leia tamb\xc3\xa9m", "lee tambi\xc3\xa9n", "leggi anche",
        "sign up for", "subscribe to", "follow us", "click here to",
        "share this", "share on", "this article was", "abonnez-vous",
        "inscrivez-vous", "newsletter", "more from", "related coverage",
        "read the full", "recommended:", "must read:", "also read:",
        "watch:", "r\303\251agir", "voir aussi", "see more:",
        "te puede interesar", "mehr zum thema", "article r\xc3\xa9serv\xc3\xa9",
        "r\xc3\xa9serv\xc3\xa9 aux abonn\xc3\xa9s", "sur le m\xc3\xaame sujet",
        "\xc3\xa0 voir aussi", "les plus lus", "suivez-nous", "lee tambi\xc3\xa9n",
        "ver tambi\xc3\xa9n", "vea tambi\xc3\xa9n", "siehe auch", "leia mais",
        "saiba mais", "continue reading", "read the rest",
        "you may also like", "you might also like", "related post",
        "[related", "also:", "like this story", "like this article",
        "popular on ", "filed under", "copyright", "all rights reserved",
        "tous droits r\303\251serv\303\251s", "alle rechte vorbehalten",
    };
    /* contact lines: "Follow X on Twitter", "Write to X at x@y.com" */
    static const char *const contact[] = {
        "follow ", "reach ", "email ", "e-mail ", "write to ", "contact ",
        "listen ", "suivez ", "retrouvez ", "folgen sie", "siga ", "segui ",
    };
    static const char *const social[] = {
        "twitter", "facebook", "instagram", "linkedin", "youtube", "@",
    };
    /* the publication line of a page, when short */
    static const char *const dateline[] = {
        "published ", "updated ", "last updated", "posted on", "posted by",
        "publi\xc3\xa9 le", "mis \xc3\xa0 jour", "publicado ",
        "actualizado ", "atualizado ", "aktualisiert", "ver\303\266ffentlicht",
        "pubblicato ", "aggiornato ",
        /* and the credit lines of pictures */
        "photo:", "photo :", "photo credit", "photos:", "cr\303\251dit photo",
        "cr\303\251dits photo", "foto:", "fotos:", "bild:", "\xc2\xa9",
        "(c) ", "image:", "image credit", "credit:", "cr\303\251dit :",
        "en savoir plus",
    };
    char low[64];
    size_t m = 0;
    while (m < n && m + 1 < sizeof low) {
        low[m] = (char)rcp__ascii_lower((unsigned char)p[m]);
        m++;
    }
    low[m] = 0;
    /* trailing punctuation does not matter for the exact list */
    size_t e = m;
    while (e && (low[e - 1] == '.' || low[e - 1] == ':' ||
                 low[e - 1] == '!' || low[e - 1] == ' ' || low[e - 1] == '>'))
        e--;
    if (n < 60) {
        for (size_t i = 0; i < RCP_ARRAY_SIZE(exact); i++)
            if (exact[i][0] == low[0] && strlen(exact[i]) == e &&
                !memcmp(low, exact[i], e))
                return 1;
    }
    if (n < 300) {
        for (size_t i = 0; i < RCP_ARRAY_SIZE(prefix); i++)
            if (opens(low, prefix[i]))
                return 1;
    }
    if (n < 150) {
        for (size_t i = 0; i < RCP_ARRAY_SIZE(contact); i++)
            if (opens(low, contact[i])) {
                /* the whole line, folded, for the social names */
                char all[160];
                size_t k = 0;
                for (; k < n && k + 1 < sizeof all; k++)
                    all[k] = (char)rcp__ascii_lower((unsigned char)p[k]);
                all[k] = 0;
                for (size_t j = 0; j < RCP_ARRAY_SIZE(social); j++)
                    if (strstr(all, social[j]))
                        return 1;
            }
    }
    if (n < 20 && (!strncmp(low, "image ", 6) || !strncmp(low, "photo ", 6) ||
                   !strncmp(low, "slide ", 6)) &&
        strstr(low, " of ") && low[6] >= '0' && low[6] <= '9')
        return 1; /* "Image 1 of 5" */
    if (n < 60 && m >= 8) { /* the shortest reading label is 8 bytes */
        for (size_t i = 0; i < RCP_ARRAY_SIZE(reading); i++)
            if (strstr(low, reading[i]))
                return 1;
    }
    if (n < 100) {
        for (size_t i = 0; i < RCP_ARRAY_SIZE(dateline); i++)
            if (opens(low, dateline[i]))
                return 1;
        /* a line that is little more than a date ("Monday, 18 November
         * 2019 8:22AM", "05/10/2018 - Par X") is a dateline */
        if (n < 80 && p[n - 1] != '.' && (unsigned char)p[0] != 0xE2 &&
            p[0] != '-' && rcp__html_has_date(p, n)) /* not "— @x, date" */
            return 1;
    }
    return 0;
}

/* A paragraph of DEDUPE_MIN bytes or more said before is a copy (a
 * page's mobile and desktop versions, a teaser of its own lead); a
 * shorter one is the article's own repeated line (the headings and
 * labels of a recipe given twice, table rows). Chosen over all dev pages
 * (docs/pages.md, session 13; html_extract alone): 20 -> 60 gains on all
 * four halves (scrapinghub +0.0004/+0.0028, wcxb-dev +0.0004/+0.0003 mean
 * F1); 100 and more lose wcxb-dev's half 1. */
#ifndef DEDUPE_MIN
#define DEDUPE_MIN 60
#endif

/* A line of fewer than LONE_LINK bytes, nine tenths in links, is a link
 * to elsewhere (a teaser's headline, links run together), not prose.
 * 200 -> 400: scrapinghub half 0 +0.0017 mean F1 (2 pages), the other
 * halves unchanged; 300 gains less, 800 the same. */
#ifndef LONE_LINK
#define LONE_LINK 400
#endif

/* squash the paragraph buffer into the output */
static void flush(ctx *c)
{
    if (c->err || c->para.len == 0) {
        c->para.len = 0;
        c->para_links = 0;
        return;
    }
    const char *p = c->para.p;
    size_t n = c->para.len;
    /* squash white space in place */
    char *o = c->para.p;
    size_t j = 0;
    int sp = 0;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)p[i];
        size_t k = 0;
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
            ch == '\f' || ch == '\v')
            k = 1;
        else if (ch == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xA0)
            k = 2;
        else if (ch == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
                 (((unsigned char)p[i + 2] >= 0x80 &&
                   (unsigned char)p[i + 2] <= 0x8B) ||
                  (unsigned char)p[i + 2] == 0xAF))
            k = 3;
        if (k) {
            sp = 1;
            i += k;
            continue;
        }
        if (sp && j)
            o[j++] = ' ';
        sp = 0;
        o[j++] = p[i++];
    }
    n = j;
    uint32_t links = c->para_links;
    c->para.len = 0;
    c->para_links = 0;
    if (n == 0)
        return;
    if (links * 10 >= n * 9 && n < LONE_LINK)
        return; /* a lone link: "read this too" */
    if (notice(o, n))
        return;
    if (c->title && c->title_len == n && !memcmp(c->title, o, n))
        return;
    uint64_t h = rcp__hash(o, n, 0x68746d6c);
    uint64_t *v = rcp__map_put(&c->seen, h);
    if (!v) {
        c->err = RCP_ENOMEM;
        return;
    }
    if (*v && n >= DEDUPE_MIN)
        return; /* said before (short lines such as table rows may be) */
    *v = 1;
    if (c->out.len)
        c->err = rcp__buf_addc(&c->out, '\n');
    if (!c->err)
        c->err = rcp__buf_add(&c->out, o, n);
}

/* A box the page's class names call boilerplate ("c-product-widget")
 * that holds PROSE_BOX characters of paragraphs or more, under PROSE_LD
 * of them in links, is kept: prose, not a teaser. Chosen over all dev
 * pages (tools/eval/extract.sh): wcxb-dev word F1 0.921/0.938 ->
 * 0.926/0.939 on its halves, scrapinghub 0.977/0.974 unchanged; 200-600
 * gain more on wcxb but cost scrapinghub's half 1 (0.972), 1000 less. */
#ifndef PROSE_BOX
#define PROSE_BOX 800
#endif
#ifndef PROSE_LD
#define PROSE_LD 0.25f
#endif
static int prose_box(const rcp__hnode *x)
{
    return x->pchars >= PROSE_BOX && link_density(x) < PROSE_LD;
}

/* A box whose only negative words name a page builder's layout
 * ("elementor-widget-wrap", "cws-jump-section", html.c's W_LAYOUT) holding
 * mostly paragraphs (3/4 of its text, 100 characters or more: not a
 * one-line call to buy) is the article's own, inside it.
 * wcxb-dev +0.0027/+0.0009 mean F1 on its halves, scrapinghub unchanged
 * (keeping every such box: scrapinghub's half 1 -0.0018, a site's
 * donation box).
 * So is one holding a list of prose: its text outside paragraphs and
 * headings, 100 characters or more, LIST_PROSE characters or more a list
 * item on average, under a tenth in links (an article written as lists
 * in widgets). wcxb-dev 5 pages gained (4581 0.28 -> 1.00, 0097 0.70 ->
 * 0.94; halves 0 and 1 both), 0353 -0.002; scrapinghub unchanged; 30 to
 * 60 give the same pages, 80 loses two of them, 120 three. */
#ifndef LIST_PROSE
#define LIST_PROSE 60
#endif
static int layout_box(const rcp__hnode *x)
{
    if (!(x->flags & RCP__HF_LAYOUT))
        return 0;
    if (x->pchars >= 100 && x->pchars * 4 >= x->chars * 3)
        return 1;
    uint32_t rest = x->chars - RCP_MIN(x->chars, x->pchars + x->hchars);
    return LIST_PROSE && x->nli >= 2 && rest >= 100 &&
           rest >= LIST_PROSE * (uint32_t)x->nli && x->links * 10 < x->chars;
}

/* Inside a <pre> (code), the class names are a syntax highlighter's
 * (<span class="hljs-comment"># clone the repository</span>: no comment
 * section) and are not read. wcxb-dev: 0437 0.72 -> 0.97, 0414 -0.024
 * (a console log's lines the gold leaves out), 0407 -0.002. Its lines
 * cut as lines was measured and not kept: the reader's cleaning then
 * drops a code block's repeated short lines ("}", "return"), 11 pages
 * lose up to 0.03. */
#ifndef PRE_CLASS
#define PRE_CLASS 1
#endif
/* A <figure> without an image whose child is a <table> (a table with
 * its caption: WordPress's "wp-block-table") is the article's, as a bare
 * table is. wcxb-dev 14 pages gained on both halves (0286 0.70 -> 0.99,
 * 0257 0.81 -> 1.00, 0243 0.48 -> 0.70), 2 lost (a plans table, a
 * call to act: -0.009, -0.006); scrapinghub unchanged. Taking a <pre> or
 * <blockquote> in a <figure> too: one page gained, one lost. */
#ifndef TABLE_FIGURE
#define TABLE_FIGURE 1
#endif
static int table_figure(const rcp__hnode *x)
{
    if (!TABLE_FIGURE || x->nimg)
        return 0;
    for (const rcp__hnode *k = x->child; k; k = k->next)
        if (k->tag == RCP__T_TABLE)
            return 1;
    return 0;
}

static void emit(ctx *c, rcp__hnode *x, int depth)
{
    if (c->err || depth > 2000)
        return;
    if (x->tag == RCP__T_TEXT) {
        if (rcp__buf_add(&c->para, x->text, x->len) == RCP_ENOMEM)
            c->err = RCP_ENOMEM;
        else if (c->in_link)
            c->para_links += x->len;
        return;
    }
    if (x != c->top && !(x->flags & RCP__HF_CORE)) {
        if ((x->flags & (RCP__HF_HIDDEN | RCP__HF_ROLEBAD)) &&
            !(c->relax && x->pchars * 2 >= c->top->pchars + 1))
            return;
        if (PRE_CLASS && c->in_pre)
            goto keep;
        /* a <header> inside the article may hold its standfirst, a
         * <figure> an embedded post or a table */
        if ((tag_is_boiler(x->tag) &&
             !(x->tag == RCP__T_HEADER && x->pchars >= 100) &&
             !(c->relax && x->pchars * 2 >= c->top->pchars + 1) &&
             !(x->tag == RCP__T_FIGURE &&
               ((x->flags & RCP__HF_EMBED) || table_figure(x)))) ||
            x == c->first_h1)
            return;
        /* a photo box: an image with a caption or credit, no prose */
        if ((x->flags & RCP__HF_MEDIA) && x->nimg && !x->np && x->chars < 300)
            return;
        if (!(x->flags & RCP__HF_BODY) &&
            ((x->flags & RCP__HF_STRONGNEG) ||
             (!c->relax && (x->flags & RCP__HF_NEG) &&
              !(x->flags & RCP__HF_POS) && !prose_box(x) &&
              !layout_box(x))) &&
            x->pchars * 2 < c->top->pchars + 1)
            return;
        if (titled(x))
            return;
        if (drop_conditionally(x, c->relax))
            return;
    }
keep:
    if (x->tag == RCP__T_BR || x->tag == RCP__T_HR) {
        flush(c);
        return;
    }
    /* a table row is a paragraph, its cells words of it */
    int cell = x->tag == RCP__T_TD || x->tag == RCP__T_TH;
    int block = is_block(x->tag) && !cell;
    if (block)
        flush(c);
    else if (cell)
        (void)rcp__buf_addc(&c->para, ' ');
    int link = x->tag == RCP__T_A, pre = x->tag == RCP__T_PRE;
    c->in_link += link;
    c->in_pre += pre;
    for (rcp__hnode *k = x->child; k; k = k->next)
        emit(c, k, depth + 1);
    c->in_link -= link;
    c->in_pre -= pre;
    if (block)
        flush(c);
}

/* ---- 5. JSON-LD ----------------------------------------------------------- */

static uint32_t visible(const char *p, size_t n)
{
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)p[i] > ' ' && ((unsigned char)p[i] & 0xC0) != 0x80)
            v++;
    return v;
}

static void use_ld_body(ctx *c, const char *p, size_t n)
{
    c->out.len = 0;
    rcp__map_release(&c->seen);
    rcp__map_init(&c->seen);
    int in_tag = 0;
    for (size_t i = 0; i < n && !c->err; i++) {
        char ch = p[i];
        if (ch == '<' && i + 1 < n &&
            (p[i + 1] == '/' || (p[i + 1] | 32) >= 'a') &&
            (p[i + 1] | 32) <= 'z') {
            in_tag = 1;
            if (!strncasecmp(p + i, "<p", 2) || !strncasecmp(p + i, "</p", 3) ||
                !strncasecmp(p + i, "<br", 3))
                flush(c);
            continue;
        }
        if (in_tag) {
            if (ch == '>')
                in_tag = 0;
            continue;
        }
        if (ch == '\n') {
            flush(c);
            continue;
        }
        if (rcp__buf_addc(&c->para, ch))
            c->err = RCP_ENOMEM;
    }
    flush(c);
}

/* Score, choose and write out the article into c->out. */
static void extract(ctx *c)
{
    score_all(c);
    rcp__hnode *top = best(c);
#ifdef RCP_HTML_DEBUG
    for (rcp__hnode *q = top; q; q = q->parent)
        fprintf(stderr, "top: tag %d hint '%s' flags %x score %.1f chars %u links %u\n",
                q->tag, q->hint ? q->hint : "", q->flags, (double)q->score, q->chars, q->links);
#endif
    if (!top) {
        /* nothing long enough to score (a short page): the body, with
         * the boilerplate still left out */
        for (rcp__hnode *x = c->root->child; x && !top; x = x->next)
            for (rcp__hnode *y = x; y && !top; y = y->child)
                if (y->tag == RCP__T_BODY)
                    top = y;
        if (!top)
            top = c->root;
        c->top = top;
        emit(c, top, 0);
        flush(c);
        top = NULL;
    }
    if (top) {
        c->top = top;
        rcp__hnode *parent = top->parent;
        if (parent && top != c->root && top->tag != RCP__T_BODY) {
            for (rcp__hnode *s = parent->child; s && !c->err; s = s->next)
                if (sibling_joins(top, s, c->relax)) {
                    if (s != top && s->tag != RCP__T_TEXT)
                        flush(c);
                    emit(c, s, 0);
                }
        } else {
            emit(c, top, 0);
        }
        flush(c);
    }
}

/* forget the scores of a pass */
static void unscore(rcp__hnode *root)
{
    for (rcp__hnode *x = root; x;) {
        if (x->tag != RCP__T_TEXT) {
            x->flags &= (uint16_t)~(RCP__HF_SCORED | RCP__HF_CORE);
            x->score = x->bonus = x->psum = 0;
        }
        if (x->tag != RCP__T_TEXT && x->child) {
            x = x->child;
            continue;
        }
        if (!(x = rcp__hnode_after(x, root)))
            break;
    }
}

int rcp__html_main_text(rcp__hdoc *d, rcp__arena *a, const char **text,
                        size_t *len)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.a = a;
    c.root = d->root;
    c.title = d->title;
    c.title_len = d->title ? strlen(d->title) : 0;
    rcp__buf_init(&c.out, RCP__HTML_MAX_BYTES);
    rcp__buf_init(&c.para, RCP__HTML_MAX_BYTES);
    rcp__map_init(&c.seen);
    *text = "";
    *len = 0;

    count_all(c.root);
    c.page_pchars = c.root->pchars;
    for (rcp__hnode *x = c.root; x;) { /* the first <h1> */
        if (x->tag == RCP__T_H1) {
            c.first_h1 = x;
            break;
        }
        if (x->tag != RCP__T_TEXT && x->child) {
            x = x->child;
            continue;
        }
        if (!(x = rcp__hnode_after(x, c.root)))
            break;
    }
    extract(&c);
    /* Readability's retry: a page whose article hides in a part the
     * class hints set aside (page builders' "widget" columns, a <header>
     * left open) gives little or nothing; a second pass with the milder
     * rules takes the longer text */
    if (!c.err && visible(c.out.p ? c.out.p : "", c.out.len) < RELAX_BELOW) {
        rcp__buf first = c.out;
        rcp__buf_init(&c.out, RCP__HTML_MAX_BYTES);
        rcp__map_release(&c.seen);
        rcp__map_init(&c.seen);
        unscore(c.root);
        c.relax = 1;
        extract(&c);
        if (visible(first.p ? first.p : "", first.len) >=
            visible(c.out.p ? c.out.p : "", c.out.len)) {
            rcp__buf_release(&c.out);
            c.out = first;
        } else {
            rcp__buf_release(&first);
        }
    }
    if (!c.err && d->ld_body) {
        uint32_t lv = visible(d->ld_body, d->ld_body_len);
        uint32_t ov = c.out.p ? visible(c.out.p, c.out.len) : 0;
        if (lv >= 200 && ov * 10 < lv * 6)
            use_ld_body(&c, d->ld_body, d->ld_body_len);
    }
    int rc = c.err == RCP_ENOMEM ? RCP_ENOMEM : 0;
    if (!rc && c.out.len) {
        char *t = rcp__arena_strndup(a, c.out.p, c.out.len);
        if (!t)
            rc = RCP_ENOMEM;
        else {
            *text = t;
            *len = c.out.len;
        }
    }
    rcp__buf_release(&c.out);
    rcp__buf_release(&c.para);
    rcp__map_release(&c.seen);
    return rc;
}
