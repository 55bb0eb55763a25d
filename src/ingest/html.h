/*
 * html.h - the article inside a web page: main text and metadata.
 *
 * html_charset.c  raw bytes in any charset -> clean UTF-8
 * html.c          libxml2's SAX events -> a small tree in the arena,
 *                 metadata (title, date, author, language, canonical URL)
 * html_text.c     the main text: block scoring and boilerplate removal
 *
 * Internal to src/ingest: names are rcp__*, not part of the public API.
 */
#ifndef RCP_HTML_H
#define RCP_HTML_H

#include "base/base.h"

typedef struct rcp__page {
    const char *title, *date, *author, *lang, *url; /* NUL-terminated, in
                                                       the arena; NULL when
                                                       unknown */
    const char *text; /* main text, paragraphs separated by '\n', valid
                         UTF-8, NUL-terminated */
    size_t text_len;
    const char *limit; /* NULL, or a sentence saying which limit cut the
                          page short (nesting, nodes, parse errors, the
                          8 MiB cut) or dropped attributes; the article
                          read before the cut is in text */
} rcp__page;

/* Pages longer than this are cut there before parsing (an article sits at
 * the top of its page; the cut keeps time and memory bounded). */
#define RCP__HTML_MAX_BYTES ((size_t)8 << 20)

/*
 * Extract the article of one page (raw bytes, any charset). Everything
 * *out points to lives in `a` and stays valid until the arena is released;
 * nothing else is kept. Returns 0; RCP_EHTML when the page holds no
 * article (err->message says why); RCP_ENOMEM. err may be NULL.
 */
int rcp__html_extract(const char *p, size_t n, rcp__arena *a, rcp__page *out,
                      rcp_error *err);

/* ---- private to html*.c ---------------------------------------------- */

/*
 * Decode a page to UTF-8 (html_charset.c): BOM, then <meta charset> or
 * http-equiv Content-Type in the first bytes, checked against the bytes
 * themselves (a page that says latin-1 but is valid UTF-8 is UTF-8; one
 * that says UTF-8 but is not is read as Windows-1252). The result is valid
 * UTF-8 without NUL or other C0 controls except \t \n \r, NUL-terminated;
 * *out is allocated with rcp__malloc and the caller frees it. Returns 0 or
 * RCP_ENOMEM.
 */
int rcp__html_to_utf8(const char *p, size_t n, char **out, size_t *outlen);

/* The charset a page declares in its first bytes, lower-cased, into
 * buf[cap]; "" when none. */
void rcp__html_declared_charset(const char *p, size_t n, char *buf,
                                size_t cap);

enum { /* element kinds the extractor tells apart */
    RCP__T_TEXT = 0, RCP__T_OTHER, /* unknown elements count as inline */
    RCP__T_A, RCP__T_ARTICLE, RCP__T_ASIDE, RCP__T_BLOCKQUOTE,
    RCP__T_BODY, RCP__T_BR, RCP__T_BUTTON, RCP__T_CAPTION, RCP__T_CENTER,
    RCP__T_DD, RCP__T_DETAILS, RCP__T_DIALOG, RCP__T_DIV, RCP__T_DL,
    RCP__T_DT, RCP__T_FIELDSET, RCP__T_FIGCAPTION, RCP__T_FIGURE,
    RCP__T_FOOTER, RCP__T_FORM, RCP__T_H1, RCP__T_H2, RCP__T_H3, RCP__T_H4,
    RCP__T_H5, RCP__T_H6, RCP__T_HEADER, RCP__T_HR, RCP__T_HTML,
    RCP__T_IMG, RCP__T_INPUT, RCP__T_LABEL, RCP__T_LI, RCP__T_MAIN,
    RCP__T_MENU, RCP__T_NAV, RCP__T_OL, RCP__T_P, RCP__T_PRE,
    RCP__T_SECTION, RCP__T_TABLE, RCP__T_TD, RCP__T_TH, RCP__T_TR,
    RCP__T_UL, RCP__T_ADDRESS, RCP__T_TIME, RCP__T_SPAN, RCP__T_TBODY,
    RCP__T_COUNT_
};

enum { /* rcp__hnode.flags */
    RCP__HF_HIDDEN = 1 << 0,   /* hidden attribute, display:none, ... */
    RCP__HF_NEG = 1 << 1,      /* class/id says boilerplate */
    RCP__HF_POS = 1 << 2,      /* class/id says content */
    RCP__HF_STRONGNEG = 1 << 3,/* class/id says comments, share, related */
    RCP__HF_BODY = 1 << 4,     /* itemprop=articleBody or the like */
    RCP__HF_ROLEBAD = 1 << 5,  /* role=navigation, complementary, ... */
    RCP__HF_AUTHOR = 1 << 6,   /* itemprop=author, rel=author, byline */
    RCP__HF_DATEISH = 1 << 7,  /* class/id mentions date/time/publish */
    RCP__HF_SCORED = 1 << 8,   /* has a content score */
    RCP__HF_AUTHPROP = 1 << 9, /* itemprop=author or rel=author */
    RCP__HF_CORE = 1 << 10,    /* the best-scored node or an ancestor */
    RCP__HF_MEDIA = 1 << 11,   /* class/id says image, photo, gallery */
    RCP__HF_EMBED = 1 << 12,   /* class/id says an embedded post (tweet) */
    RCP__HF_LAYOUT = 1 << 13,  /* its only negative words name a layout
                                  box ("elementor-widget-wrap") */
    RCP__HF_FALLBACK_END = 1 << 14, /* an empty mark where a streamed
                                       boundary's fallback ends
                                       (React's <!--/$-->) */
    RCP__HF_OTHERS = 1 << 15,  /* class/id names another part of the
                                  page: related posts, comments */
};

typedef struct rcp__hnode rcp__hnode;
struct rcp__hnode {
    rcp__hnode *parent, *child, *last, *next;
    const char *text;  /* text node: its bytes (not NUL-terminated) */
    const char *hint;  /* element: class and id lower-cased, or NULL */
    uint32_t len;      /* text node: byte length */
    uint16_t tag;      /* RCP__T_* */
    uint16_t flags;    /* RCP__HF_* */
    /* computed by html_text.c over the subtree */
    uint32_t chars;    /* visible characters, white space collapsed */
    uint32_t links;    /* of which inside <a> */
    uint32_t commas;
    uint16_t np, nli;  /* <p> and <li> elements below */
    uint16_t nimg;     /* <img> elements below */
    uint32_t hchars;   /* characters inside headings */
    uint32_t pchars;   /* characters inside <p> */
    float score;       /* content score, from its paragraphs */
    float bonus;       /* from its tag and class/id hints */
    float psum;        /* paragraph scores below, undivided */
};

/* In a pre-order walk of root's subtree, the node that comes after x's
 * own subtree (the next sibling of x or of its nearest ancestor that has
 * one), or NULL when the walk is over. Like strchr, it hands back a
 * pointer the caller may write through when its tree is its own. */
static inline rcp__hnode *rcp__hnode_after(const rcp__hnode *x,
                                           const rcp__hnode *root)
{
    while (x && x != root && !x->next)
        x = x->parent;
    return !x || x == root ? NULL : x->next;
}

/* The tree and what the parse found (html.c -> html_text.c). */
typedef struct rcp__hdoc {
    rcp__hnode *root;
    const char *title; /* for dropping a repeated headline; may be NULL */
    const char *ld_body; /* JSON-LD articleBody, NULL when none */
    size_t ld_body_len;
} rcp__hdoc;

/* Append the raw text below n (a space for each <br> and <p>) to b,
 * visiting at most max_nodes nodes. Returns 0 or the buffer's error (a
 * capped buffer stops the walk). */
int rcp__hnode_text(const rcp__hnode *n, rcp__buf *b, size_t max_nodes);

/* 1 when p[0..n) holds a date: a month name in English or French with a
 * day and year, or dd.mm.yyyy / dd/mm/yyyy (html.c). */
int rcp__html_has_date(const char *p, size_t n);

/* The main text of a parsed page into the arena (html_text.c). Returns 0
 * (text may then be empty), or RCP_ENOMEM. */
int rcp__html_main_text(rcp__hdoc *d, rcp__arena *a, const char **text,
                        size_t *len);

#endif
