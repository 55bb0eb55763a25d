/*
 * cmd_serve.c - recoupe serve: the store in a browser (GNU libmicrohttpd).
 *
 * Pages, built from the store's API, plain HTML and CSS without script:
 *   /                 the stories, most independent outlets then newest
 *                     first, with counts, languages, time span, new and
 *                     changed marks; filters ?outlet= &lang= &since=
 *                     &until= and ?page=
 *   /story/ID         the digest: summary and facts with outlet badges
 *                     linking the original articles, what each outlet
 *                     adds, quotes, timeline, disagreements side by side
 *   /search?q=        full-text search over articles and facts
 *   /api/stories      the index as JSON
 *   /api/story/ID     the contract's digest object of one story
 * A story merged into an older one answers 301 to that story's page.
 * Nothing else: no file is ever read from disk to answer a request.
 *
 * Safety: 127.0.0.1 unless --listen; one internal thread answers every
 * request in turn (the library is single-threaded, and a page is built in
 * milliseconds); at most --max-connections connections (default 64), a
 * 10 s timeout per connection, 32 KiB of memory per connection (which
 * bounds the request line and headers), GET and HEAD only, query values
 * capped; every text shown is escaped.
 */
#include "cli.h"
#include "commands.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PAGE_SIZE 50
#define MAX_Q 512 /* bytes of a query value that are used */

static const char help[] =
    "usage: recoupe serve [--db PATH] [--port N] [--listen ADDR]\n"
    "\n"
    "Serves the store in a browser: / the stories (most outlets first, with\n"
    "filters by outlet, language and date), /story/ID a story's digest,\n"
    "/search?q= full-text search, /api/stories and /api/story/ID as JSON;\n"
    "a story merged into an older one redirects (301) to that story.\n"
    "Prints the address on standard output; stops on Ctrl-C (SIGINT) or\n"
    "SIGTERM.\n"
    "\n"
    "options:\n"
    "  --db PATH              the store (default recoupe.db)\n"
    "  --port N               the TCP port (default 8080; 0: any free one)\n"
    "  --listen ADDR          the IPv4 address to listen on (default\n"
    "                         127.0.0.1: this machine only)\n"
    "  --max-connections N    at most N connections at once (default 64)\n"
    "  -h, --help             this help\n";

typedef struct server {
    rcp_store *store;
    long last_batch;
} server;

/* ---- output helpers ---- */

typedef struct out {
    FILE *f;
    char *p;
    size_t n;
} out;

static int out_open(out *o)
{
    o->p = NULL;
    o->n = 0;
    o->f = open_memstream(&o->p, &o->n);
    return o->f ? 0 : -1;
}

static void esc(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        switch (s[i]) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: fputc(s[i], f);
        }
    }
}

static void escs(FILE *f, const char *s)
{
    if (s)
        esc(f, s, strlen(s));
}

/* A URL query value, percent-encoded. */
static void urlenc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')
            fputc(c, f);
        else
            fprintf(f, "%%%02X", c);
    }
}

static void json_str(FILE *f, const char *s)
{
    if (!s)
        fputs("null", f);
    else
        rcp_write_json_string(f, s, strlen(s));
}

/* The page, its style sheet and the story template are the library's
 * (rcp_html_*, rcp_digest_html), shared with `digest --format html`. */
static void page_start(FILE *f, const char *title, const char *q)
{
    rcp_html_begin(f, title);
    fputs("<header><a href=\"/\">recoupe</a> "
          "<form action=\"/search\" method=\"get\" role=\"search\">"
          "<input name=\"q\" type=\"search\" placeholder=\"search\" "
          "aria-label=\"search\" value=\"",
          f);
    escs(f, q);
    fputs("\"></form></header><main>", f);
}

static void page_end(FILE *f)
{
    fputs("</main>", f);
    rcp_html_end(f);
}

/* ---- the index ---- */

typedef struct index_ctx {
    FILE *f;
    server *sv;
    size_t n;
    int json;
} index_ctx;

static int index_row(void *ud, const rcp_store_story *s)
{
    index_ctx *c = ud;
    FILE *f = c->f;
    if (c->json) {
        fprintf(f, "%s\n  {\"id\": \"s%ld\", \"title\": ", c->n ? "," : "",
                s->id);
        json_str(f, s->title);
        fprintf(f, ", \"articles\": %zu, \"outlets\": %zu, \"langs\": ",
                s->articles, s->outlets);
        json_str(f, s->langs);
        fputs(", \"first_date\": ", f);
        json_str(f, s->first_date);
        fputs(", \"last_date\": ", f);
        json_str(f, s->last_date);
        fprintf(f, ", \"new\": %s, \"changed\": %s, \"url\": \"/story/%ld\"}",
                s->created == c->sv->last_batch ? "true" : "false",
                s->updated == c->sv->last_batch &&
                        s->created != c->sv->last_batch
                    ? "true"
                    : "false",
                s->id);
        c->n++;
        return 0;
    }
    char href[32];
    snprintf(href, sizeof href, "/story/%ld", s->id);
    rcp_html_entry e = {
        href, s->title, s->articles, s->outlets, s->langs, s->first_date,
        s->last_date, s->outlet_names,
        s->created == c->sv->last_batch   ? "new"
        : s->updated == c->sv->last_batch ? "changed"
                                          : NULL};
    c->n++;
    return rcp_html_index_entry(f, &e) ? -1 : 0;
}

/* A query value, NULL when absent or empty, cut at MAX_Q bytes. */
static const char *arg(struct MHD_Connection *conn, const char *name,
                       char *buf)
{
    const char *v = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND,
                                                name);
    if (!v || !*v)
        return NULL;
    snprintf(buf, MAX_Q, "%s", v);
    return buf;
}

static int page_index(server *sv, struct MHD_Connection *conn, FILE *f,
                      int json)
{
    char ob[MAX_Q], lb[MAX_Q], sb[MAX_Q], ub[MAX_Q], pb[MAX_Q];
    rcp_store_query q = {0};
    q.outlet = arg(conn, "outlet", ob);
    q.lang = arg(conn, "lang", lb);
    q.since = arg(conn, "since", sb);
    q.until = arg(conn, "until", ub);
    const char *pg = arg(conn, "page", pb);
    long page = pg ? strtol(pg, NULL, 10) : 1;
    if (page < 1 || page > 1000000)
        page = 1;
    q.limit = json ? 1000 : PAGE_SIZE;
    q.offset = (size_t)(page - 1) * q.limit;
    index_ctx c = {f, sv, 0, json};
    rcp_error err;
    if (json) {
        fputs("{\"stories\": [", f);
        if (rcp_store_stories(sv->store, &q, index_row, &c, &err))
            return -1;
        fputs("\n]}\n", f);
        return 0;
    }
    /* the filters: the form's fields and the page links' parameters */
    static const struct {
        const char *label, *name, *attrs;
    } filter[] = {{"outlet", "outlet", ""},
                  {"language", "lang", " size=\"3\""},
                  {"since", "since", " type=\"date\""},
                  {"until", "until", " type=\"date\""}};
    const char *vals[] = {q.outlet, q.lang, q.since, q.until};
    page_start(f, "Stories", NULL);
    fputs("<h1>Stories</h1><form class=\"filters\" method=\"get\" "
          "action=\"/\">",
          f);
    for (int i = 0; i < 4; i++) {
        fprintf(f, "%s<label>%s<input name=\"%s\"%s value=\"",
                i ? "\"></label>" : "", filter[i].label, filter[i].name,
                filter[i].attrs);
        escs(f, vals[i]);
    }
    fputs("\"></label><label>&nbsp;<input type=\"submit\" value=\"filter\">"
          "</label></form><ol class=\"stories\">",
          f);
    if (rcp_store_stories(sv->store, &q, index_row, &c, &err))
        return -1;
    fputs("</ol>", f);
    if (!c.n)
        fputs("<p>No story.</p>", f);
    fputs("<nav class=\"pages\">", f);
    for (int dir = -1; dir <= 1; dir += 2) {
        long to = page + dir;
        if (to < 1 || (dir > 0 && c.n < PAGE_SIZE))
            continue;
        fprintf(f, "<a href=\"/?page=%ld", to);
        for (int i = 0; i < 4; i++)
            if (vals[i]) {
                fprintf(f, "&amp;%s=", filter[i].name);
                urlenc(f, vals[i]);
            }
        fprintf(f, "\">%s</a> ", dir < 0 ? "&larr; newer" : "older &rarr;");
    }
    fputs("</nav>", f);
    page_end(f);
    return 0;
}

/* ---- a story ---- */

static int title_row(void *ud, const rcp_store_story *s)
{
    char **t = ud;
    if (s->title && !(*t = strdup(s->title)))
        return -1;
    return 1;
}

/* The story's page as the store keeps it (built by the add that changed
 * the story; built now only when stale). */
static int page_story(server *sv, long id, FILE *f, int *found)
{
    char *html = NULL, *title = NULL;
    rcp_error err;
    int rc = rcp_store_story_html(sv->store, id, &html, &err);
    *found = rc != RCP_ENOENT;
    if (rc)
        return rc == RCP_ENOENT ? 0 : -1;
    rcp_store_query q = {0};
    q.story = id;
    q.limit = 1;
    rc = rcp_store_stories(sv->store, &q, title_row, &title, &err);
    page_start(f, title ? title : "Story", NULL);
    fputs(html, f);
    page_end(f);
    free(title);
    rcp_store_free(html);
    return rc < 0 ? -1 : 0;
}

/* ---- search ---- */

typedef struct search_ctx {
    FILE *f;
    size_t n;
} search_ctx;

static int search_row(void *ud, const rcp_store_hit *h)
{
    search_ctx *c = ud;
    FILE *f = c->f;
    fprintf(f, "<li><a href=\"/story/%ld\">", h->story);
    if (h->fact)
        fprintf(f, "fact of s%ld", h->story);
    else
        escs(f, h->title ? h->title : h->article);
    fputs("</a><div class=\"meta\">", f);
    if (!h->fact)
        escs(f, h->source);
    fputs("</div><div>", f);
    /* the snippet: escaped, its marks (\1 \2) made <mark> */
    for (const char *p = h->snippet; p && *p; p++) {
        if (*p == 1)
            fputs("<mark>", f);
        else if (*p == 2)
            fputs("</mark>", f);
        else
            esc(f, p, 1);
    }
    fputs("</div></li>", f);
    c->n++;
    return 0;
}

static int page_search(server *sv, struct MHD_Connection *conn, FILE *f)
{
    char qb[MAX_Q];
    const char *q = arg(conn, "q", qb);
    page_start(f, "Search", q);
    fputs("<h1>Search</h1>", f);
    if (q) {
        search_ctx c = {f, 0};
        rcp_error err;
        fputs("<ol class=\"stories\">", f);
        if (rcp_store_search(sv->store, q, 50, search_row, &c, &err))
            return -1;
        fputs("</ol>", f);
        if (!c.n)
            fputs("<p>Nothing found.</p>", f);
    }
    page_end(f);
    return 0;
}

/* ---- dispatch ---- */

/* Send body (freed here); location: a Location header, or NULL. */
static enum MHD_Result reply(struct MHD_Connection *conn, unsigned status,
                             const char *type, char *body, size_t len,
                             const char *location)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        len, body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    if (location)
        MHD_add_response_header(r, "Location", location);
    enum MHD_Result ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

/* A page that only says msg (and, with location, links there). */
static enum MHD_Result simple_at(struct MHD_Connection *conn,
                                 unsigned status, const char *msg,
                                 const char *location)
{
    out o;
    if (out_open(&o))
        return MHD_NO;
    page_start(o.f, msg, NULL);
    fputs("<h1>", o.f);
    escs(o.f, msg);
    fputs("</h1><p>", o.f);
    if (location) /* a path of ours: digits after a fixed prefix */
        fprintf(o.f, "<a href=\"%s\">%s</a> &middot; ", location, location);
    fputs("<a href=\"/\">All stories</a></p>", o.f);
    page_end(o.f);
    fclose(o.f);
    return reply(conn, status, "text/html; charset=utf-8", o.p, o.n,
                 location);
}

static enum MHD_Result simple(struct MHD_Connection *conn, unsigned status,
                              const char *msg)
{
    return simple_at(conn, status, msg, NULL);
}

/* "/story/12" with prefix "/story/" -> 12; 0 when not a number. */
static long path_id(const char *url, const char *prefix)
{
    size_t n = strlen(prefix);
    if (strncmp(url, prefix, n))
        return 0;
    const char *p = url + n;
    if (*p == 's')
        p++;
    if (!*p || strlen(p) > 15)
        return 0;
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9')
            return 0;
    return strtol(p, NULL, 10);
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *conn,
                              const char *url, const char *method,
                              const char *version, const char *upload,
                              size_t *upload_size, void **state)
{
    (void)version;
    (void)upload;
    server *sv = cls;
    if (strcmp(method, "GET") && strcmp(method, "HEAD"))
        return simple(conn, MHD_HTTP_METHOD_NOT_ALLOWED,
                      "Method not allowed");
    if (!*state) { /* first call: headers only */
        *state = sv;
        return MHD_YES;
    }
    if (*upload_size)
        return simple(conn, MHD_HTTP_BAD_REQUEST, "No body expected");
    sv->last_batch = rcp_store_last_batch(sv->store);
    out o;
    if (out_open(&o))
        return MHD_NO;
    int rc = 0, found = 1;
    const char *type = "text/html; charset=utf-8", *prefix = NULL;
    long id = 0;
    if (!strcmp(url, "/")) {
        rc = page_index(sv, conn, o.f, 0);
    } else if (!strcmp(url, "/api/stories")) {
        type = "application/json";
        rc = page_index(sv, conn, o.f, 1);
    } else if (!strcmp(url, "/search")) {
        rc = page_search(sv, conn, o.f);
    } else if ((id = path_id(url, "/story/")) > 0) {
        prefix = "/story/";
        rc = page_story(sv, id, o.f, &found);
    } else if ((id = path_id(url, "/api/story/")) > 0) {
        prefix = "/api/story/";
        char *json = NULL;
        rcp_error err;
        int r = rcp_store_story_json(sv->store, id, &json, &err);
        found = r != RCP_ENOENT;
        rc = r && found ? -1 : 0;
        if (json) {
            fputs(json, o.f);
            fputc('\n', o.f);
        }
        rcp_store_free(json);
        type = "application/json";
    } else {
        found = 0;
    }
    fclose(o.f);
    if (rc) {
        free(o.p);
        return simple(conn, MHD_HTTP_INTERNAL_SERVER_ERROR,
                      "The store could not be read");
    }
    if (!found) {
        free(o.p);
        long into = 0;
        rcp_error err;
        if (prefix && !rcp_store_merged_into(sv->store, id, &into, &err) &&
            into > 0) {
            /* a story merged into another: permanently (the store never
             * gives a merged id again) */
            char to[64], msg[96];
            snprintf(to, sizeof to, "%s%ld", prefix, into);
            snprintf(msg, sizeof msg, "Story s%ld merged into s%ld", id,
                     into);
            return simple_at(conn, MHD_HTTP_MOVED_PERMANENTLY, msg, to);
        }
        return simple(conn, MHD_HTTP_NOT_FOUND, "Not found");
    }
    return reply(conn, MHD_HTTP_OK, type, o.p, o.n, NULL);
}

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

int cmd_serve(int argc, char **argv)
{
    const char *db = "recoupe.db", *listen = "127.0.0.1", *v, *o;
    size_t port = 8080, maxconn = 64;
    int argi = 1;
    while ((o = cli_opt(argc, argv, &argi, "db port listen max-connections",
                        &v))) {
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            fputs(help, stdout);
            return EXIT_OK;
        } else if (!strcmp(o, "db")) {
            db = v;
        } else if (!strcmp(o, "listen")) {
            listen = v;
        } else if (!strcmp(o, "port")) {
            if (cli_number(o, v, &port))
                return EXIT_USAGE;
            if (port > 65535) {
                cli_error("option '--port' needs a number up to 65535");
                return EXIT_USAGE;
            }
        } else if (!strcmp(o, "max-connections")) {
            if (cli_number(o, v, &maxconn))
                return EXIT_USAGE;
            if (maxconn == 0 || maxconn > 4096) {
                cli_error("option '--max-connections' needs 1 to 4096");
                return EXIT_USAGE;
            }
        } else {
            if (strcmp(o, "?"))
                cli_error("unknown option '%s'; see 'recoupe serve --help'",
                          argv[argi - 1]);
            return EXIT_USAGE;
        }
    }
    if (argi < argc) {
        cli_error("serve takes no input; see 'recoupe serve --help'");
        return EXIT_USAGE;
    }
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, listen, &sa.sin_addr) != 1) {
        cli_error("'%s' is not an IPv4 address", listen);
        return EXIT_USAGE;
    }
    server sv = {0};
    rcp_error err;
    /* writable, so that digests built on demand are kept */
    if (rcp_store_open(db, 1, &sv.store, &err)) {
        cli_error("%s: %s", err.file,
                  err.message[0] ? err.message : rcp_strerror(err.code));
        return EXIT_NOTHING;
    }
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_handler = on_signal;
    sigaction(SIGINT, &act, NULL);
    sigaction(SIGTERM, &act, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO |
            MHD_USE_ERROR_LOG,
        0, NULL, NULL, answer, &sv, MHD_OPTION_SOCK_ADDR,
        (struct sockaddr *)&sa, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned)maxconn, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768,
        MHD_OPTION_LISTENING_ADDRESS_REUSE, 1, MHD_OPTION_END);
    if (!d) {
        cli_error("cannot listen on %s port %zu", listen, port);
        rcp_store_close(sv.store);
        return EXIT_NOTHING;
    }
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("recoupe: serving %s on http://%s:%u/\n", db, listen,
           info ? info->port : (unsigned)port);
    fflush(stdout);
    while (!stop)
        pause();
    MHD_stop_daemon(d);
    rcp_store_close(sv.store);
    return EXIT_OK;
}
