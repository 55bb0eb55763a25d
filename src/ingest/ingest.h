/*
 * ingest.h - internal interface between the reader and article making.
 */
#ifndef RCP_INGEST_H
#define RCP_INGEST_H

#include "base/base.h"

#define RCP__MAX_ARTICLE ((size_t)10 << 20) /* default per-article limit */
#define RCP__MAX_FEED ((size_t)64 << 20)    /* a feed is read whole */

enum {
    RCP__KIND_TXT,
    RCP__KIND_HTML,
    RCP__KIND_JSONL,
    RCP__KIND_FEED, /* .xml .rss .atom .rdf, or any file that starts as one */
    RCP__KIND_WARC, /* .warc, or any file that starts with WARC/ */
    RCP__KIND_NONE
};

/* The kind of a file from its name (".gz" stripped first); *gz says
 * whether it was there. */
int rcp__input_kind(const char *name, int *gz);

/* A file's id: its base name without the known extensions. */
char *rcp__input_id(const char *path);

/* Bits of the keyed id hash the reader uses before comparing the ids
 * themselves (64); tests lower it to make every id collide. */
extern unsigned rcp__id_hash_bits;

/* An article from a whole file's bytes, of the given kind (TXT or HTML). */
int rcp__article_from_bytes(const char *id, int kind, const char *p, size_t n,
                            const char *origin, const rcp_read_opts *opts,
                            rcp_article **out, rcp_error *err);

/* An article from one JSON Lines record; default_id when it has no id. */
int rcp__article_from_json(const char *p, size_t n, const char *origin,
                           size_t line, const char *default_id,
                           const rcp_read_opts *opts, rcp_article **out,
                           rcp_error *err);

/*
 * An article from fields already taken out of a record (a feed item, a
 * web archive's response): the steps of a JSON Lines record with the same
 * fields. Strings are NUL-terminated or NULL (id is required); the body is
 * a page or fragment when is_html, else text.
 */
typedef struct rcp__fields {
    const char *id, *source, *url, *title, *date, *author, *lang;
    const char *body;
    size_t body_len;
    int is_html;
} rcp__fields;

int rcp__article_from_fields(const rcp__fields *f, const char *origin,
                             size_t line, const rcp_read_opts *opts,
                             rcp_article **out, rcp_error *err);

/* The host of a URL, lower case, without "www." ("https://www.lemonde.fr/x"
 * -> "lemonde.fr"), into buf[cap]; "" when it has none. */
void rcp__url_host(const char *url, char *buf, size_t cap);

/* ---- feeds (feed.c) ---- */

/* 1 when p[0..n), the start of a file, is an RSS or Atom feed: its root
 * element (after an XML declaration, comments, a doctype) is <rss>,
 * <feed> or <rdf:RDF>. */
int rcp__feed_sniff(const char *p, size_t n);

/*
 * A feed's date as ISO 8601 into out[cap]: RFC 822 ("Tue, 10 Jun 2003
 * 04:00:00 GMT", two-digit years and missing seconds accepted) becomes
 * "2003-06-10T04:00:00Z", its offset kept ("+0200" -> "+02:00"); a date
 * already ISO 8601 is kept. "" when it is neither.
 */
void rcp__feed_date(const char *s, char *out, size_t cap);

/* One item of a feed: an article, or why the item was skipped. */
typedef struct rcp__feed_item {
    rcp_article *a; /* NULL when rc < 0 */
    int rc;
    rcp_error err;
} rcp__feed_item;

/*
 * Every item of the feed p[0..n) (RSS 2.0, RSS 1.0 or Atom), in order.
 * id_stem names items without a guid, link or id ("stem-3"). Returns 0
 * with *items (rcp__free it, after freeing each article) and *nitems; a
 * parse error after some items is the last item. Returns RCP_E* with *err
 * when nothing could be read.
 */
int rcp__feed_read(const char *p, size_t n, const char *origin,
                   const char *id_stem, const rcp_read_opts *opts,
                   rcp__feed_item **items, size_t *nitems, rcp_error *err);

/* ---- web archives (warc.c) ---- */

/* 1 when p[0..n), the start of a (decompressed) file, is a WARC file. */
int rcp__warc_sniff(const char *p, size_t n);

/* Reads up to cap bytes into buf: >0 bytes, 0 at the end, <0 RCP_E*. */
typedef long (*rcp__read_fn)(void *ud, char *buf, size_t cap);

typedef struct rcp__warc rcp__warc;

/* A WARC reader over a byte stream whose first npre bytes were already
 * read (pre, copied). NULL when out of memory. */
rcp__warc *rcp__warc_new(rcp__read_fn rd, void *ud, const char *pre,
                         size_t npre, const char *origin,
                         const rcp_read_opts *opts);

/* The next page: 1 with *out, 0 at the end, or RCP_E* for a damaged
 * record (err names its byte offset; call again to go on). */
int rcp__warc_next(rcp__warc *w, rcp_article **out, rcp_error *err);

void rcp__warc_free(rcp__warc *w);

#endif
