/*
 * feed.c - RSS and Atom feeds: each item an article.
 *
 * How it works: libxml2's pull reader (xmlTextReader) walks the feed once,
 * without the network (XML_PARSE_NONET), without loading a DTD and
 * without substituting entities (a feed that declares entities is
 * refused before parsing: no feed needs them, and they are the way to a
 * billion laughs); libxml2's own limits (depth, text node size) hold.
 * Elements are told apart by their local name, so RSS 2.0, RSS 1.0 (RDF)
 * and Atom, with their usual modules, share one pass:
 *
 *   item / entry                       an article
 *   link (text, or href with rel        url; an Atom link other than
 *     alternate or none)                "alternate" is ignored
 *   guid / id                          the article's id (else the link,
 *                                      else STEM-N)
 *   pubDate, published, updated,       date, as ISO 8601: an RFC 822 date
 *     dc:date, issued, modified        becomes 2003-06-10T04:00:00+02:00
 *                                      (its own offset kept, so that the
 *                                      day is the outlet's day)
 *   content:encoded, content,          the body, most complete first; a
 *     description, summary             page fragment unless Atom says
 *                                      type="text"
 *   title, author/name, dc:creator     title, author
 *   channel or feed title              the outlet: an item's source is
 *                                      the feed's title when the item's
 *                                      link is on the feed's own site
 *                                      (same host as the feed's link),
 *                                      else the link's host (a feed that
 *                                      gathers several outlets); an RSS
 *                                      item's <source> wins
 *   language / xml:lang                the language hint ("en-us" -> en)
 *                                      of the items on the feed's site
 *
 * Each item then goes through the same extraction and cleaning as a JSON
 * Lines record with an "html" field. An item that yields no text is
 * reported with the line of its start, and the others are kept; a
 * malformed feed keeps the items before the damage, and the damage is
 * reported as the last item, with its line.
 */
#include "ingest.h"

#include <libxml/xmlreader.h>
#include <stdio.h>
#include <time.h>

#define MAX_FIELD 256 /* bytes kept of a short field (date, guid...) */

/* ---- recognising a feed ---- */

static size_t skip_ws(const char *p, size_t n, size_t i)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
                     p[i] == '\n'))
        i++;
    return i;
}

/* After the prologue, at the root element's '<': its offset, or n. */
static size_t root_start(const char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    for (int guard = 0; guard < 64; guard++) {
        i = skip_ws(p, n, i);
        if (i + 1 >= n || p[i] != '<')
            return n;
        const char *end = NULL;
        if (p[i + 1] == '?')
            end = "?>";
        else if (n - i >= 4 && memcmp(p + i, "<!--", 4) == 0)
            end = "-->";
        else if (p[i + 1] == '!')
            end = ">"; /* a doctype (an internal subset is refused later) */
        else
            return i;
        const char *e = memmem(p + i + 2, n - i - 2, end, strlen(end));
        if (!e)
            return n;
        i = (size_t)(e - p) + strlen(end);
    }
    return n;
}

int rcp__feed_sniff(const char *p, size_t n)
{
    size_t i = root_start(p, n);
    if (i >= n)
        return 0;
    static const char *const roots[] = {"<rss", "<feed", "<rdf:RDF",
                                        "<RDF"};
    for (size_t k = 0; k < RCP_ARRAY_SIZE(roots); k++) {
        size_t l = strlen(roots[k]);
        if (n - i > l && memcmp(p + i, roots[k], l) == 0 &&
            (p[i + l] == ' ' || p[i + l] == '>' || p[i + l] == '\t' ||
             p[i + l] == '\r' || p[i + l] == '\n' || p[i + l] == ':'))
            return 1;
    }
    return 0;
}

/* ---- dates ---- */

static int month_of(const char *m)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; i++)
        if (rcp__ascii_lower((unsigned char)m[0]) == names[i][0] &&
            rcp__ascii_lower((unsigned char)m[1]) == names[i][1] &&
            rcp__ascii_lower((unsigned char)m[2]) == names[i][2])
            return i + 1;
    return 0;
}

/* The offset of an RFC 822 zone in minutes; 1 when known. */
static int zone_minutes(const char *z, int *min)
{
    if ((z[0] == '+' || z[0] == '-') && z[1] >= '0' && z[1] <= '9' &&
        z[2] >= '0' && z[2] <= '9') {
        const char *m = z + 3;
        if (*m == ':')
            m++;
        int mm = m[0] >= '0' && m[0] <= '9' && m[1] >= '0' && m[1] <= '9'
                     ? (m[0] - '0') * 10 + m[1] - '0'
                     : 0;
        int v = ((z[1] - '0') * 10 + z[2] - '0') * 60 + mm;
        *min = z[0] == '-' ? -v : v;
        return 1;
    }
    static const struct {
        const char *name;
        int hours;
    } zones[] = {{"GMT", 0}, {"UTC", 0}, {"UT", 0},   {"Z", 0},
                 {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
                 {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(zones); i++)
        if (strcmp(z, zones[i].name) == 0) {
            *min = zones[i].hours * 60;
            return 1;
        }
    return 0;
}

void rcp__feed_date(const char *s, char *out, size_t cap)
{
    out[0] = 0;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' ||
                 s[n - 1] == '\t'))
        n--;
    if (n >= 10 && n < 64 && s[4] == '-' && s[7] == '-') {
        for (int i = 0; i < 10; i++)
            if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
                return;
        snprintf(out, cap, "%.*s", (int)n, s);
        return;
    }
    char buf[80];
    if (n >= sizeof buf)
        return;
    memcpy(buf, s, n);
    buf[n] = 0;
    char *p = buf;
    char *comma = strchr(p, ',');
    if (comma)
        p = comma + 1; /* the day name */
    int day, year, hh = 0, mi = 0, ss = 0, used = 0;
    char mon[16], zone[16] = "";
    if (sscanf(p, " %d %15s %d %n", &day, mon, &year, &used) != 3)
        return;
    p += used;
    int t = 0;
    if (sscanf(p, "%d:%d:%d%n", &hh, &mi, &ss, &t) == 3 ||
        (t = 0, sscanf(p, "%d:%d%n", &hh, &mi, &t) == 2))
        p += t;
    sscanf(p, " %15s", zone);
    int m = month_of(mon);
    if (year < 100)
        year += year < 50 ? 2000 : 1900;
    if (!m || day < 1 || day > 31 || year < 1900 || year > 9999 || hh < 0 ||
        hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 60)
        return;
    int zm;
    if (!zone[0] || !zone_minutes(zone, &zm))
        snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d", year, m, day, hh,
                 mi, ss);
    else if (zm == 0)
        snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, m, day,
                 hh, mi, ss);
    else
        snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", year,
                 m, day, hh, mi, ss, zm < 0 ? '-' : '+', abs(zm) / 60,
                 abs(zm) % 60);
}

/* ---- the walk ---- */

typedef struct item {
    rcp__buf id, link, date, title, author, source, body;
    int body_rank; /* 0 none; higher: the more complete element */
    int body_text; /* Atom type="text" */
    size_t line;
} item;

typedef struct feed {
    xmlTextReaderPtr xr;
    char title[512];
    char host[256]; /* of the feed's own link */
    char lang[8];
    item it;
    int in_item, item_depth, root_depth;
    const char *origin, *id_stem;
    const rcp_read_opts *opts;
    rcp__feed_item *items;
    size_t nitems, cap, count;
} feed;

static void item_reset(item *it)
{
    rcp__buf *b[] = {&it->id,     &it->link,   &it->date, &it->title,
                     &it->author, &it->source, &it->body};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(b); i++)
        rcp__buf_reset(b[i]);
    it->body_rank = 0;
    it->body_text = 0;
}

static void item_release(item *it)
{
    rcp__buf *b[] = {&it->id,     &it->link,   &it->date, &it->title,
                     &it->author, &it->source, &it->body};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(b); i++)
        rcp__buf_release(b[i]);
}

/* Copy s, blanks trimmed, into b (replacing what it held). */
static int set_trim(rcp__buf *b, const char *s)
{
    rcp__buf_reset(b);
    if (!s)
        return 0;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
                 s[n - 1] == '\n'))
        n--;
    return rcp__buf_add(b, s, n);
}

static const char *str(const rcp__buf *b)
{
    return b->len ? b->p : NULL;
}

static int is(const xmlChar *name, const char *want)
{
    return name && strcmp((const char *)name, want) == 0;
}

static char *attr(xmlTextReaderPtr xr, const char *name)
{
    return (char *)xmlTextReaderGetAttribute(xr, (const xmlChar *)name);
}

/* The text inside the current element (its descendants' text). */
static char *text_of(xmlTextReaderPtr xr)
{
    return (char *)xmlTextReaderReadString(xr);
}

static int push(feed *f, rcp_article *a, int rc, const rcp_error *err)
{
    if (!RCP__PUSH(f->items, f->nitems, f->cap))
        return RCP_ENOMEM;
    rcp__feed_item *x = &f->items[f->nitems++];
    memset(x, 0, sizeof *x);
    x->a = a;
    x->rc = rc;
    if (err)
        x->err = *err;
    return 0;
}

/* The item just closed, made an article (or an error) and queued. */
static int item_done(feed *f)
{
    item *it = &f->it;
    f->count++;
    char defid[64], host[256] = "", lang[8];
    snprintf(defid, sizeof defid, "%.40s-%zu", f->id_stem, f->count);
    if (!it->id.len && it->link.len && set_trim(&it->id, it->link.p))
        return RCP_ENOMEM;
    if (it->link.len)
        rcp__url_host(it->link.p, host, sizeof host);
    const char *source = str(&it->source);
    int own = !host[0] || !f->host[0] || strcmp(host, f->host) == 0;
    if (!source && f->title[0] && own)
        source = f->title;
    if (!source && host[0])
        source = host;
    char date[80] = "";
    if (it->date.len)
        rcp__feed_date(it->date.p, date, sizeof date);
    snprintf(lang, sizeof lang, "%s", own ? f->lang : "");
    rcp__fields fl = {
        .id = it->id.len ? it->id.p : defid,
        .source = source,
        .url = str(&it->link),
        .title = str(&it->title),
        .date = date[0] ? date : NULL,
        .author = str(&it->author),
        .lang = lang[0] ? lang : NULL,
        .body = it->body.p ? it->body.p : "",
        .body_len = it->body.len,
        .is_html = !it->body_text,
    };
    rcp_article *a = NULL;
    rcp_error err;
    memset(&err, 0, sizeof err);
    int rc = rcp__article_from_fields(&fl, f->origin, it->line, f->opts, &a,
                                      &err);
    if (rc == RCP_ENOMEM)
        return rc;
    if (rc && it->body.len == 0)
        rcp__fail(&err, RCP_ENOTEXT, f->origin, it->line, 0,
                  "feed item %zu has no content, description or summary",
                  f->count);
    if (push(f, a, rc, &err)) {
        rcp_article_free(a);
        return RCP_ENOMEM;
    }
    return 0;
}

/* The language hint of a feed: "en-us" -> "en". */
static void set_lang(feed *f, const char *l)
{
    if (!l)
        return;
    while (*l == ' ' || *l == '\n' || *l == '\t')
        l++;
    size_t n = 0;
    while (n < 3 && ((l[n] >= 'a' && l[n] <= 'z') ||
                     (l[n] >= 'A' && l[n] <= 'Z')))
        n++;
    if (n != 2)
        return;
    f->lang[0] = (char)rcp__ascii_lower((unsigned char)l[0]);
    f->lang[1] = (char)rcp__ascii_lower((unsigned char)l[1]);
    f->lang[2] = 0;
}

/* An element opened at `depth` inside an item. */
static int item_field(feed *f, const xmlChar *name, int depth)
{
    xmlTextReaderPtr xr = f->xr;
    item *it = &f->it;
    if (depth != f->item_depth + 1) {
        /* Atom's <author><name> */
        if (is(name, "name") && !it->author.len) {
            char *s = text_of(xr);
            int rc = set_trim(&it->author, s);
            xmlFree(s);
            return rc;
        }
        return 0;
    }
    int rc = 0;
    if (is(name, "link")) {
        char *href = attr(xr, "href");
        if (href) {
            char *rel = attr(xr, "rel");
            if ((!rel || strcmp(rel, "alternate") == 0) &&
                (!it->link.len || !rel))
                rc = set_trim(&it->link, href);
            xmlFree(rel);
        } else if (!it->link.len) {
            char *s = text_of(xr);
            rc = set_trim(&it->link, s);
            xmlFree(s);
        }
        xmlFree(href);
        return rc;
    }
    static const struct {
        const char *name;
        int rank;
    } bodies[] = {{"encoded", 4}, {"content", 3}, {"description", 2},
                  {"summary", 1}};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(bodies); i++) {
        if (!is(name, bodies[i].name) || bodies[i].rank <= it->body_rank)
            continue;
        char *type = attr(xr, "type");
        int xhtml = type && strcmp(type, "xhtml") == 0;
        int text = type && strcmp(type, "text") == 0;
        char *s = xhtml ? (char *)xmlTextReaderReadInnerXml(xr)
                        : text_of(xr);
        xmlFree(type);
        if (s && s[strspn(s, " \t\r\n")]) {
            rc = set_trim(&it->body, s);
            it->body_rank = bodies[i].rank;
            it->body_text = text;
        }
        xmlFree(s);
        return rc;
    }
    rcp__buf *dst = NULL;
    if (is(name, "guid") || is(name, "id"))
        dst = &it->id;
    else if (is(name, "title"))
        dst = &it->title;
    else if (is(name, "pubDate") || is(name, "published") ||
             is(name, "issued") || (is(name, "date") && !it->date.len) ||
             ((is(name, "updated") || is(name, "modified")) &&
              !it->date.len))
        dst = &it->date;
    else if ((is(name, "creator") || is(name, "author")) && !it->author.len)
        dst = &it->author;
    else if (is(name, "source"))
        dst = &it->source;
    if (!dst)
        return 0;
    char *s = text_of(xr);
    if (s && (dst != &it->id || strlen(s) < MAX_FIELD))
        rc = set_trim(dst, s);
    if (dst == &it->author && it->author.len > MAX_FIELD)
        rcp__buf_reset(&it->author); /* Atom's author: <name> follows */
    xmlFree(s);
    return rc;
}

/* An element of the channel or feed itself (not inside an item). */
static void feed_field(feed *f, const xmlChar *name, int depth)
{
    xmlTextReaderPtr xr = f->xr;
    if (depth != f->root_depth + 1)
        return;
    if (is(name, "title") && !f->title[0]) {
        char *s = text_of(xr);
        rcp__buf b;
        rcp__buf_init(&b, sizeof f->title - 1);
        if (!set_trim(&b, s) && b.len)
            snprintf(f->title, sizeof f->title, "%.*s", (int)b.len, b.p);
        rcp__buf_release(&b);
        xmlFree(s);
    } else if (is(name, "link") && !f->host[0]) {
        char *href = attr(xr, "href");
        char *rel = attr(xr, "rel");
        char *s = href ? NULL : text_of(xr);
        const char *u = href ? href : s;
        if (u && (!rel || strcmp(rel, "alternate") == 0))
            rcp__url_host(u, f->host, sizeof f->host);
        xmlFree(href);
        xmlFree(rel);
        xmlFree(s);
    } else if (is(name, "language") && !f->lang[0]) {
        char *s = text_of(xr);
        set_lang(f, s);
        xmlFree(s);
    }
}

/* libxml2's errors go here rather than to standard error. */
typedef struct xml_err {
    int line;
    char msg[200];
} xml_err;

static void on_error(void *arg, const char *msg,
                     xmlParserSeverities severity,
                     xmlTextReaderLocatorPtr loc)
{
    xml_err *e = arg;
    if (severity != XML_PARSER_SEVERITY_ERROR || e->msg[0])
        return;
    e->line = xmlTextReaderLocatorLineNumber(loc);
    snprintf(e->msg, sizeof e->msg, "%s", msg ? msg : "malformed XML");
    size_t n = strlen(e->msg);
    while (n && (e->msg[n - 1] == '\n' || e->msg[n - 1] == ' '))
        e->msg[--n] = 0;
}

static void free_items(rcp__feed_item *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        rcp_article_free(v[i].a);
    rcp__free(v);
}

int rcp__feed_read(const char *p, size_t n, const char *origin,
                   const char *id_stem, const rcp_read_opts *opts,
                   rcp__feed_item **items, size_t *nitems, rcp_error *err)
{
    *items = NULL;
    *nitems = 0;
    size_t root = root_start(p, n);
    const char *dtd = memmem(p, root < n ? root : n, "<!DOCTYPE", 9);
    if (dtd && memchr(dtd, '[', (size_t)(p + root - dtd)))
        return rcp__fail(err, RCP_EFORMAT, origin, 0, (size_t)(dtd - p),
                         "a feed with a document type declaration of its "
                         "own (entities) is not read");
    if (n > INT32_MAX)
        return rcp__fail(err, RCP_ETOOBIG, origin, 0, 0, "feed too large");
    feed f;
    memset(&f, 0, sizeof f);
    f.origin = origin;
    f.id_stem = id_stem;
    f.opts = opts;
    f.root_depth = -1;
    rcp__buf *bufs[] = {&f.it.id,     &f.it.link,   &f.it.date, &f.it.title,
                        &f.it.author, &f.it.source, &f.it.body};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(bufs); i++)
        rcp__buf_init(bufs[i], 0);
    f.xr = xmlReaderForMemory(p, (int)n, NULL, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOCDATA |
                                  XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!f.xr)
        return rcp__fail(err, RCP_ENOMEM, origin, 0, 0, "out of memory");
    xml_err xe = {0, ""};
    xmlTextReaderSetErrorHandler(f.xr, on_error, &xe);
    int rc = 0, r;
    while ((r = xmlTextReaderRead(f.xr)) == 1) {
        int type = xmlTextReaderNodeType(f.xr);
        int depth = xmlTextReaderDepth(f.xr);
        const xmlChar *name = xmlTextReaderConstLocalName(f.xr);
        if (type == XML_READER_TYPE_ELEMENT) {
            if (depth == 0 && !is(name, "rss") && !is(name, "feed") &&
                !is(name, "RDF")) {
                rc = rcp__fail(err, RCP_EFORMAT, origin, 0, 0,
                               "not an RSS or Atom feed");
                break;
            }
            if (f.root_depth < 0 &&
                (is(name, "channel") || is(name, "feed"))) {
                f.root_depth = depth;
                set_lang(&f, (const char *)xmlTextReaderConstXmlLang(f.xr));
                continue;
            }
            if (!f.in_item && (is(name, "item") || is(name, "entry"))) {
                if (xmlTextReaderIsEmptyElement(f.xr))
                    continue;
                f.in_item = 1;
                f.item_depth = depth;
                item_reset(&f.it);
                xmlNodePtr node = xmlTextReaderCurrentNode(f.xr);
                long line = node ? xmlGetLineNo(node) : 0;
                f.it.line = line > 0 ? (size_t)line : 0;
                continue;
            }
            if (f.in_item)
                rc = item_field(&f, name, depth);
            else if (f.root_depth >= 0)
                feed_field(&f, name, depth);
        } else if (type == XML_READER_TYPE_END_ELEMENT && f.in_item &&
                   depth == f.item_depth) {
            f.in_item = 0;
            rc = item_done(&f);
        }
        if (rc)
            break;
    }
    if (!rc && r < 0) {
        rcp_error e;
        rcp__fail(&e, RCP_EFORMAT, origin, (size_t)(xe.line > 0 ? xe.line : 0),
                  0, "malformed feed: %s",
                  xe.msg[0] ? xe.msg : "XML error");
        if (f.nitems == 0) {
            rc = e.code;
            if (err)
                *err = e;
        }
        else if (push(&f, NULL, e.code, &e))
            rc = rcp__fail(err, RCP_ENOMEM, origin, 0, 0, "out of memory");
    } else if (!rc && f.count == 0) {
        rc = rcp__fail(err, RCP_EEMPTY, origin, 0, 0,
                       "feed holds no item or entry");
    } else if (rc == RCP_ENOMEM) {
        rcp__fail(err, rc, origin, 0, 0, "out of memory");
    }
    xmlFreeTextReader(f.xr);
    item_release(&f.it);
    if (rc) {
        free_items(f.items, f.nitems);
        return rc;
    }
    *items = f.items;
    *nitems = f.nitems;
    return 0;
}
