/*
 * article.c - one article from one record: a text file's bytes, a page's
 * bytes, or a JSON Lines object. Everything the article holds lives in its
 * own arena, freed in one call.
 *
 * The steps, for every kind of input: check the text is UTF-8 (pages are
 * converted by the extractor), normalise it (NFC, line ends), extract the
 * article from a page, clean boilerplate and repetitions, detect the
 * language when not given, take the source from the URL's host or the id.
 */
#include "ingest.h"

#include "base/json.h"
#include "clean.h"
#include "html.h"
#include "text/text.h"

#include <stdio.h>

struct rcp_article_priv_ {
    rcp__normed normed; /* first: rcp_doc_from_article reads it */
    rcp__arena arena;
};

static rcp_article *article_new(void)
{
    rcp_article *a = rcp__calloc(1, sizeof *a + sizeof(struct rcp_article_priv_));
    if (!a)
        return NULL;
    a->priv_ = (struct rcp_article_priv_ *)(a + 1);
    rcp__arena_init(&a->priv_->arena);
    return a;
}

void rcp_article_free(rcp_article *a)
{
    if (!a)
        return;
    rcp__arena_release(&a->priv_->arena);
    rcp__free(a);
}

static const char *dup0(rcp_article *a, const char *s, size_t n)
{
    return s ? rcp__arena_strndup(&a->priv_->arena, s, n) : NULL;
}

static const char *dups(rcp_article *a, const char *s)
{
    return s ? dup0(a, s, strlen(s)) : NULL;
}

void rcp__url_host(const char *url, char *buf, size_t cap)
{
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    const char *at = p, *e = p;
    while (*e && *e != '/' && *e != '?' && *e != '#')
        e++;
    for (const char *q = p; q < e; q++)
        if (*q == '@')
            at = q + 1; /* user:password@ */
    p = at;
    const char *colon = p;
    while (colon < e && *colon != ':')
        colon++;
    e = colon;
    if (e - p > 4 && rcp__ascii_lower(p[0]) == 'w' &&
        rcp__ascii_lower(p[1]) == 'w' && rcp__ascii_lower(p[2]) == 'w' &&
        p[3] == '.')
        p += 4;
    size_t n = e > p ? (size_t)(e - p) : 0;
    if (!cap)
        return;
    if (n >= cap)
        n = 0; /* no host is better than half of one */
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)rcp__ascii_lower((unsigned char)p[i]);
    buf[n] = 0;
}

/* The host of a URL into the article's arena, or NULL. */
static const char *url_host(rcp_article *a, const char *url)
{
    char h[256];
    rcp__url_host(url, h, sizeof h);
    return h[0] ? dups(a, h) : NULL;
}

/*
 * Normalise, clean and complete an article whose raw text is p[0..n)
 * (valid UTF-8). from_html: the text came out of a page.
 */
static int finish(rcp_article *a, const char *p, size_t n, int from_html,
                  const rcp_read_opts *opts, rcp_error *err)
{
    rcp__arena *ar = &a->priv_->arena;
    rcp__buf norm;
    rcp__buf_init(&norm, 0);
    int rc = rcp__text_normalize(p, n, &norm);
    if (rc)
        goto cleanup;
    if (opts && opts->raw) {
        a->text = rcp__arena_strndup(ar, norm.p ? norm.p : "", norm.len);
        a->text_len = norm.len;
        if (!a->text)
            rc = RCP_ENOMEM;
    } else {
        /* the language is detected once, on the clean text: cleaning
         * knows the boilerplate of every language it handles */
        rcp__clean_opts co = {a->lang, a->title, from_html};
        rcp__cleaned c;
        rc = rcp__clean_article(norm.p ? norm.p : "", norm.len, &co, ar, &c);
        if (rc)
            goto cleanup;
        a->text = c.text;
        a->text_len = c.len;
        if (!a->title)
            a->title = c.title;
        if (!a->date)
            a->date = c.date;
        if (!a->author)
            a->author = c.author;
        if (!a->url)
            a->url = c.url;
        if (!a->source)
            a->source = c.source;
        if (!a->lang) {
            const char *l = rcp_lang_detect(a->text, a->text_len);
            if (l[0])
                a->lang = dups(a, l);
        }
    }
    a->priv_->normed = (rcp__normed){a->text, a->text_len};
    if (a->text_len == 0) {
        rc = rcp__fail(err, RCP_EEMPTY, a->origin, a->line, 0,
                       from_html ? "no article text in the page"
                                 : "no article text");
        goto cleanup;
    }
    if (!a->source && a->url)
        a->source = url_host(a, a->url);
    if (!a->source)
        a->source = a->id;
cleanup:
    rcp__buf_release(&norm);
    if (rc == RCP_ENOMEM)
        rcp__fail(err, rc, a->origin, a->line, 0, "out of memory");
    return rc;
}

static int from_html(rcp_article *a, const char *p, size_t n,
                     const rcp_read_opts *opts, rcp_error *err)
{
    rcp__page pg;
    int rc = rcp__html_extract(p, n, &a->priv_->arena, &pg, err);
    if (rc) {
        if (err) {
            snprintf(err->file, sizeof err->file, "%s",
                     a->origin ? a->origin : "");
            err->line = a->line;
        }
        return rc;
    }
    if (!a->title)
        a->title = pg.title;
    if (!a->date)
        a->date = pg.date;
    if (!a->author)
        a->author = pg.author;
    if (!a->lang)
        a->lang = pg.lang;
    if (!a->url)
        a->url = pg.url;
    a->warning = pg.limit;
    return finish(a, pg.text ? pg.text : "", pg.text_len, 1, opts, err);
}

static int check_size(const rcp_read_opts *opts, size_t n, const char *origin,
                      size_t line, rcp_error *err)
{
    size_t max = opts && opts->max_article_bytes ? opts->max_article_bytes
                                                 : RCP__MAX_ARTICLE;
    if (n > max)
        return rcp__fail(err, RCP_ETOOBIG, origin, line, 0,
                         "article of %zu bytes is over the size limit of "
                         "%zu bytes", n, max);
    return 0;
}

static int check_utf8(const char *p, size_t n, const char *origin,
                      size_t line, rcp_error *err)
{
    size_t bad;
    if (!rcp__utf8_valid(p, n, &bad))
        return rcp__fail(err, RCP_EUTF8, origin, line, bad,
                         "invalid UTF-8 at byte %zu", bad);
    return 0;
}

int rcp__article_from_bytes(const char *id, int kind, const char *p, size_t n,
                            const char *origin, const rcp_read_opts *opts,
                            rcp_article **out, rcp_error *err)
{
    *out = NULL;
    int rc = check_size(opts, n, origin, 0, err);
    if (rc)
        return rc;
    if (kind == RCP__KIND_TXT && (rc = check_utf8(p, n, origin, 0, err)))
        return rc;
    rcp_article *a = article_new();
    if (!a)
        return rcp__fail(err, RCP_ENOMEM, origin, 0, 0, "out of memory");
    a->origin = dups(a, origin);
    a->id = dups(a, id);
    rc = kind == RCP__KIND_HTML ? from_html(a, p, n, opts, err)
                                : finish(a, p, n, 0, opts, err);
    if (rc) {
        rcp_article_free(a);
        return rc;
    }
    *out = a;
    return 0;
}

int rcp_article_from_text(const char *id, const char *p, size_t len,
                          const rcp_read_opts *opts, rcp_article **out,
                          rcp_error *err)
{
    return rcp__article_from_bytes(id, RCP__KIND_TXT, p, len, id, opts, out,
                                   err);
}

int rcp_article_from_html(const char *id, const char *p, size_t len,
                          const rcp_read_opts *opts, rcp_article **out,
                          rcp_error *err)
{
    return rcp__article_from_bytes(id, RCP__KIND_HTML, p, len, id, opts, out,
                                   err);
}

/* The string field `key` of a JSON object, copied into the article. */
static const char *field(rcp_article *a, const rcp__json *o, const char *key)
{
    size_t n;
    const char *s = rcp__json_str(o, key, &n);
    if (!s)
        return NULL;
    /* trim blanks; an empty field counts as absent */
    while (n && (*s == ' ' || *s == '\t' || *s == '\n'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
        n--;
    return n ? dup0(a, s, n) : NULL;
}

int rcp__article_from_json(const char *p, size_t n, const char *origin,
                           size_t line, const char *default_id,
                           const rcp_read_opts *opts, rcp_article **out,
                           rcp_error *err)
{
    *out = NULL;
    int rc;
    rcp_article *a = article_new();
    if (!a)
        return rcp__fail(err, RCP_ENOMEM, origin, line, 0, "out of memory");
    a->origin = dups(a, origin);
    a->line = line;
    rcp__json *j;
    size_t off = 0;
    const char *msg = NULL;
    /* the parsed record in an arena of its own, released once its fields
     * are copied: a story held in memory keeps its articles, not their
     * JSON twice over */
    rcp__arena tmp;
    rcp__arena_init(&tmp);
    rc = rcp__json_parse(p, n, &tmp, &j, &off, &msg);
    if (rc) {
        rcp__fail(err, rc, origin, line, off, "%s at byte %zu", msg, off);
        goto fail;
    }
    if (j->type != RCP__JSON_OBJ) {
        rc = rcp__fail(err, RCP_EJSON, origin, line, 0,
                       "a record must be a JSON object");
        goto fail;
    }
    size_t idlen;
    const char *idraw = rcp__json_str(j, "id", &idlen);
    if (idraw && memchr(idraw, 0, idlen)) { /* it would be cut there */
        rc = rcp__fail(err, RCP_EJSON, origin, line, 0,
                       "the id holds a NUL character (\\u0000)");
        goto fail;
    }
    a->id = field(a, j, "id");
    const rcp__json *idn = rcp__json_get(j, "id");
    if (!a->id && idn && idn->type == RCP__JSON_NUM && idn->str)
        a->id = dups(a, idn->str); /* "id": 12 */
    if (!a->id)
        a->id = dups(a, default_id);
    a->source = field(a, j, "source");
    a->url = field(a, j, "url");
    a->title = field(a, j, "title");
    a->date = field(a, j, "date");
    a->author = field(a, j, "author");
    a->lang = field(a, j, "lang");
    size_t tl, hl;
    const char *text = rcp__json_str(j, "text", &tl);
    const char *html = rcp__json_str(j, "html", &hl);
    if ((rc = check_size(opts, text && (tl > 0 || !html) ? tl : html ? hl : 0,
                         origin, line, err)))
        goto fail;
    if (text && (tl > 0 || !html))
        rc = finish(a, text, tl, 0, opts, err);
    else if (html)
        rc = from_html(a, html, hl, opts, err);
    else
        rc = rcp__fail(err, RCP_ENOTEXT, origin, line, 0,
                       "no \"text\" or \"html\" field");
    if (rc)
        goto fail;
    rcp__arena_release(&tmp);
    *out = a;
    return 0;
fail:
    rcp__arena_release(&tmp);
    rcp_article_free(a);
    return rc;
}

int rcp__article_from_fields(const rcp__fields *f, const char *origin,
                             size_t line, const rcp_read_opts *opts,
                             rcp_article **out, rcp_error *err)
{
    *out = NULL;
    int rc = check_size(opts, f->body_len, origin, line, err);
    if (rc)
        return rc;
    if (!f->is_html && (rc = check_utf8(f->body, f->body_len, origin, line,
                                        err)))
        return rc;
    rcp_article *a = article_new();
    if (!a)
        return rcp__fail(err, RCP_ENOMEM, origin, line, 0, "out of memory");
    a->origin = dups(a, origin);
    a->line = line;
    a->id = dups(a, f->id);
    a->source = dups(a, f->source);
    a->url = dups(a, f->url);
    a->title = dups(a, f->title);
    a->date = dups(a, f->date);
    a->author = dups(a, f->author);
    a->lang = dups(a, f->lang);
    if (!a->id) {
        rcp_article_free(a);
        return rcp__fail(err, RCP_ENOMEM, origin, line, 0, "out of memory");
    }
    const char *body = f->body ? f->body : "";
    rc = f->is_html ? from_html(a, body, f->body_len, opts, err)
                    : finish(a, body, f->body_len, 0, opts, err);
    if (rc) {
        rcp_article_free(a);
        return rc;
    }
    *out = a;
    return 0;
}

int rcp_article_from_json(const char *p, size_t len, const rcp_read_opts *opts,
                          rcp_article **out, rcp_error *err)
{
    return rcp__article_from_json(p, len, "-", 1, "1", opts, out, err);
}
