/*
 * test_feed.c - RSS and Atom feeds, WARC files: recognition by content,
 * dates, each item or record as an article (url, source, date, title),
 * damaged inputs reported with their place, the reader dispatching by
 * the bytes whatever the name.
 */
#include "harness.h"
#include "ingest/ingest.h"

#include <stdlib.h>
#include <unistd.h>

static const struct {
    const char *in, *want;
} date_cases[] = {
    {"Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"},
    {"Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T04:00:00+02:00"},
    {"10 Jun 03 04:00 EST", "2003-06-10T04:00:00-05:00"},
    {"  Wed, 1 Jan 2025 23:59:59 -0330\n", "2025-01-01T23:59:59-03:30"},
    {"Sat, 07 Sep 2024 10:00:00", "2024-09-07T10:00:00"},
    {"2003-12-13T18:30:02Z", "2003-12-13T18:30:02Z"},
    {"2003-12-13", "2003-12-13"},
    {"Tue, 10 Foo 2003 04:00:00 GMT", ""},
    {"Tue, 32 Jun 2003 04:00:00 GMT", ""},
    {"yesterday", ""},
    {"", ""},
};

TEST(feed_dates_become_iso_8601)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(date_cases); i++) {
        char out[80];
        rcp__feed_date(date_cases[i].in, out, sizeof out);
        CHECK_STR(out, date_cases[i].want);
    }
}

static const struct {
    const char *in;
    int feed, warc;
} sniff_cases[] = {
    {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", 1, 0},
    {"\xEF\xBB\xBF<?xml version='1.0'?><!-- hi --><feed xmlns=\"x\">", 1, 0},
    {"<rdf:RDF xmlns:rdf=\"x\">", 1, 0},
    {"<!DOCTYPE rss><rss>", 1, 0},
    {"<html><body>rss</body></html>", 0, 0},
    {"<feedback>", 0, 0},
    {"{\"id\": \"<rss>\"}", 0, 0},
    {"WARC/1.0\r\nWARC-Type: warcinfo\r\n", 0, 1},
    {"WARC/", 0, 0},
    {"", 0, 0},
};

TEST(feed_and_warc_recognised_by_content)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(sniff_cases); i++) {
        const char *s = sniff_cases[i].in;
        CHECK_INT(rcp__feed_sniff(s, strlen(s)), sniff_cases[i].feed);
        CHECK_INT(rcp__warc_sniff(s, strlen(s)), sniff_cases[i].warc);
    }
}

#define BODY "<p>The mayor of Lyon said on Tuesday that the bridge would " \
             "reopen in May, after two years of works on its piers.</p>"

/* libxml2's reader parses ahead: keep the damage beyond its look-ahead */
#define PAD16 "................"
#define PAD64 PAD16 PAD16 PAD16 PAD16
#define PAD256 PAD64 PAD64 PAD64 PAD64
#define PAD PAD256 PAD256 PAD256 PAD256 PAD256 PAD256 PAD256 PAD256

/* A feed -> its items as "id|source|url|date|title" or "!line", joined
 * by newlines; the whole feed failing gives "!!CODE". */
static const struct {
    const char *name, *xml, *want;
} feed_cases[] = {
    {"rss 2.0, own site and another site",
     "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://"
     "purl.org/rss/1.0/modules/content/\"><channel><title>Le Journal</title>"
     "<link>https://www.journal.example/</link><language>en</language>"
     "<item><title>A</title><link>https://journal.example/a</link>"
     "<guid isPermaLink=\"false\">j-1</guid><pubDate>Tue, 10 Jun 2003 "
     "04:00:00 GMT</pubDate><description>short</description>"
     "<content:encoded><![CDATA[" BODY "]]></content:encoded></item>"
     "<item><title>B</title><link>https://other.example/b</link>"
     "<description>" "&lt;p&gt;The council met on Wednesday to vote on the "
     "budget of the city for next year.&lt;/p&gt;" "</description></item>"
     "</channel></rss>",
     "j-1|Le Journal|https://journal.example/a|2003-06-10T04:00:00Z|A\n"
     "https://other.example/b|other.example|https://other.example/b||B"},
    {"atom, xhtml and text content, published over updated",
     "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
     "<link href=\"https://wire.example/\"/><entry><title>E1</title>"
     "<link rel=\"edit\" href=\"https://wire.example/edit/1\"/>"
     "<link rel=\"alternate\" href=\"https://wire.example/1\"/>"
     "<id>urn:e1</id><updated>2024-01-02T10:00:00Z</updated>"
     "<published>2024-01-01T09:00:00+01:00</published><content "
     "type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" BODY
     "</div></content></entry><entry><title>E2</title><link "
     "href=\"https://wire.example/2\"/><updated>2024-01-03T08:00:00Z"
     "</updated><summary type=\"text\">A plain summary that says the "
     "storm closed the port for two days.</summary></entry></feed>",
     "urn:e1|Wire|https://wire.example/1|2024-01-01T09:00:00+01:00|E1\n"
     "https://wire.example/2|Wire|https://wire.example/2|"
     "2024-01-03T08:00:00Z|E2"},
    {"an item without content is named by its line, the rest kept",
     "<rss><channel><title>T</title>\n<item><title>x</title></item>\n"
     "<item><link>https://t.example/2</link><description>" BODY
     "</description></item></channel></rss>",
     "!2\nhttps://t.example/2|T|https://t.example/2||"},
    {"items without guid or link are numbered",
     "<rss><channel><item><description>" BODY "</description></item>"
     "</channel></rss>",
     "stem-1|||| "},
    {"malformed after an item: the item, then the error's line",
     "<rss><channel><item><guid>g</guid><description>" BODY
     "</description></item>\n<!-- " PAD " -->\n<item><title>x</oops>"
     "</channel></rss>",
     "g||||\n!3"},
    {"entities are refused", "<?xml version=\"1.0\"?><!DOCTYPE rss ["
     "<!ENTITY a \"aaaa\">]><rss><channel><item><description>&a;"
     "</description></item></channel></rss>",
     "!!" "14"},
    {"no item", "<rss><channel><title>x</title></channel></rss>", "!!9"},
    {"not a feed", "<html><body><p>x</p></body></html>", "!!14"},
};

static char *feed_summary(const char *xml)
{
    rcp__buf b;
    rcp__buf_init(&b, 0);
    rcp__feed_item *items;
    size_t n;
    rcp_error err;
    int rc = rcp__feed_read(xml, strlen(xml), "t.xml", "stem", NULL, &items,
                            &n, &err);
    if (rc) {
        rcp__buf_addf(&b, "!!%d", -rc);
        return rcp__buf_detach(&b, NULL);
    }
    for (size_t i = 0; i < n; i++) {
        if (i)
            rcp__buf_addc(&b, '\n');
        const rcp_article *a = items[i].a;
        if (!a) {
            rcp__buf_addf(&b, "!%zu", items[i].err.line);
            continue;
        }
        int own_source = a->source && strcmp(a->source, a->id) == 0;
        rcp__buf_addf(&b, "%s|%s|%s|%s|%s", a->id,
                      own_source ? "" : a->source, a->url ? a->url : "",
                      a->date ? a->date : "", a->title ? a->title : "");
        rcp_article_free(items[i].a);
    }
    rcp__free(items);
    return rcp__buf_detach(&b, NULL);
}

TEST(feed_items_become_articles)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(feed_cases); i++) {
        char *got = feed_summary(feed_cases[i].xml);
        const char *want = feed_cases[i].want;
        /* "stem-1|||| " : a title-less item has no title */
        char w[2048];
        snprintf(w, sizeof w, "%s", want);
        size_t wl = strlen(w);
        if (wl && w[wl - 1] == ' ')
            w[wl - 1] = 0;
        if (!got || strcmp(got, w) != 0)
            fprintf(stderr, "# case '%s'\n", feed_cases[i].name);
        CHECK_STR(got, w);
        rcp__free(got);
    }
}

/* ---- WARC ---- */

static void add_record(rcp__buf *b, const char *type, const char *uri,
                       const char *ctype, const char *block)
{
    rcp__buf_addf(b,
                  "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: 2016-08-26T00:00:"
                  "01Z\r\nWARC-Record-ID: <urn:uuid:%s-id>\r\n"
                  "WARC-Target-URI: %s\r\nContent-Type: %s\r\n"
                  "Content-Length: %zu\r\n\r\n%s\r\n\r\n",
                  type, uri + 8, uri, ctype, strlen(block), block);
}

#define PAGE "<html><head><title>Bridge</title></head><body><article>" \
             BODY BODY "</article></body></html>"
#define HTTP_OK "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
#define RESP "application/http; msgtype=response"

static long buf_read(void *ud, char *out, size_t cap)
{
    rcp__buf *b = ud; /* len: bytes left, p: advanced */
    size_t k = b->len < cap ? b->len : cap;
    k = k > 7 ? 7 : k; /* tiny reads: every boundary is crossed */
    memcpy(out, b->p, k);
    b->p += k;
    b->len -= k;
    return (long)k;
}

/* A WARC -> "id|url|date" per page, "!offset" per damaged record. */
static char *warc_summary(const char *p, size_t n)
{
    rcp__buf out;
    rcp__buf_init(&out, 0);
    rcp__buf in = {0};
    in.p = (char *)(uintptr_t)p;
    in.len = n;
    rcp__warc *w = rcp__warc_new(buf_read, &in, NULL, 0, "t.warc", NULL);
    rcp_article *a;
    rcp_error err;
    int rc;
    while ((rc = rcp__warc_next(w, &a, &err)) != 0) {
        if (out.len)
            rcp__buf_addc(&out, '\n');
        if (rc < 0) {
            rcp__buf_addf(&out, "!%zu", err.offset);
            continue;
        }
        rcp__buf_addf(&out, "%s|%s|%s|%s", a->id, a->url, a->source,
                      a->date);
        rcp_article_free(a);
    }
    rcp__warc_free(w);
    return rcp__buf_detach(&out, NULL);
}

TEST(warc_responses_with_pages_become_articles)
{
    rcp__buf b;
    rcp__buf_init(&b, 0);
    add_record(&b, "warcinfo", "https://none", "application/warc-fields",
               "software: x\r\n");
    add_record(&b, "request", "https://www.a.example/1", "application/http",
               "GET /1 HTTP/1.1\r\n\r\n");
    add_record(&b, "response", "https://www.a.example/1", RESP,
               HTTP_OK PAGE);
    add_record(&b, "response", "https://b.example/i.png", RESP,
               "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG");
    add_record(&b, "response", "https://b.example/moved", RESP,
               "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n");
    add_record(&b, "response", "https://c.example/2", RESP,
               "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               "10\r\n<html><body><ar\r\n1a0\r\nticle>" BODY BODY
               "</article></body></html>" "\r\n0\r\n\r\n");
    char *got = warc_summary(b.p, b.len);
    CHECK_STR(got, "www.a.example/1-id|https://www.a.example/1|a.example|"
                   "2016-08-26T00:00:01Z\n"
                   "c.example/2-id|https://c.example/2|c.example|"
                   "2016-08-26T00:00:01Z");
    rcp__free(got);

    /* damage: a bad length (resynchronised), then a block cut short */
    rcp__buf_reset(&b);
    add_record(&b, "response", "https://www.a.example/1", RESP,
               HTTP_OK PAGE);
    strstr(b.p, "Content-Length: ")[16] = 'x'; /* damaged at 0 */
    add_record(&b, "response", "https://www.a.example/1", RESP,
               HTTP_OK PAGE);
    size_t cut = b.len;
    add_record(&b, "response", "https://d.example/3", RESP, HTTP_OK PAGE);
    b.len -= 100; /* cut short, at `cut` */
    got = warc_summary(b.p, b.len);
    char want[256];
    snprintf(want, sizeof want,
             "!0\nwww.a.example/1-id|https://www.a.example/1|a.example|"
             "2016-08-26T00:00:01Z\n!%zu", cut);
    CHECK_STR(got, want);
    rcp__free(got);
    rcp__buf_release(&b);
}

/* The reader goes by the bytes: a feed named .txt, a WARC named .bin. */
TEST(reader_reads_feeds_and_warcs_whatever_their_names)
{
    char dir[] = "/tmp/rcp-feed-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char pf[64], pw[64], px[64];
    snprintf(pf, sizeof pf, "%s/f.txt", dir);
    snprintf(pw, sizeof pw, "%s/w.bin", dir);
    snprintf(px, sizeof px, "%s/x.xml", dir);
    FILE *f = fopen(pf, "w");
    fputs(feed_cases[0].xml, f);
    fclose(f);
    rcp__buf b;
    rcp__buf_init(&b, 0);
    add_record(&b, "response", "https://www.a.example/1", RESP,
               HTTP_OK PAGE);
    f = fopen(pw, "w");
    fwrite(b.p, 1, b.len, f);
    fclose(f);
    f = fopen(px, "w");
    fputs("<note>not a feed</note>", f);
    fclose(f);
    const char *in[] = {pf, pw, px};
    rcp_reader *r = rcp_reader_new(in, 3, NULL);
    rcp_article *a;
    rcp_error err;
    int rc;
    rcp__buf ids;
    rcp__buf_init(&ids, 0);
    while ((rc = rcp_reader_next(r, &a, &err)) != 0) {
        if (rc == 1) {
            rcp__buf_addf(&ids, "%s ", a->id);
            rcp_article_free(a);
        } else {
            rcp__buf_addf(&ids, "!%d ", -rc);
        }
    }
    rcp__buf_addc(&ids, 0);
    CHECK_STR(ids.p, "j-1 https://other.example/b www.a.example/1-id !14 ");
    rcp_reader_free(r);
    rcp__buf_release(&ids);
    rcp__buf_release(&b);
    unlink(pf);
    unlink(pw);
    unlink(px);
    rmdir(dir);
}
