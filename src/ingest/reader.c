/*
 * reader.c - every input of the contract, in order, one article at a time.
 *
 * How it works: the inputs form a queue of paths; a directory is replaced
 * in place by the files inside it (recursively, sorted by path) whose names
 * say an article format. Each file is read through a byte source that
 * inflates gzip when the data starts with the gzip magic (whatever the
 * name), so "x.jsonl.gz", "x.jsonl" and gzip on standard input all work.
 * We drive zlib's inflate ourselves rather than gzread, because gzread
 * waits to fill its whole buffer, which would stall a stream on a pipe.
 * The first bytes of every file say what it is when they can: an RSS or
 * Atom feed (feed.c) or a WARC file (warc.c) is read as one whatever its
 * name, and a file of no known name that is neither is refused. A feed is
 * read whole (up to RCP__MAX_FEED) and yields its items one by one; a
 * WARC file is read record by record, as a stream.
 * A .txt or .html file is read whole (up to the size limit); a JSON Lines
 * file is read line by line, and a bad line is reported and skipped
 * without losing the lines after it. Ids are checked for duplicates with
 * a hash map from id to where it was first seen.
 *
 * Errors: every input that yields nothing is reported once, with its path
 * (and line for JSON Lines) and skipped: a missing or unreadable file, a
 * name of no known kind, an empty file (or a JSON Lines file with no
 * record), invalid UTF-8, a malformed record, a truncated gzip stream (the
 * lines before the damage are kept), a duplicate id (the message names
 * the first input), an article over opts.max_article_bytes (text files
 * are read no further than that, so a gzip bomb costs nothing; a JSON
 * line may hold up to twice that plus 64 KiB, for its escapes and other
 * fields). A UTF-8 byte order mark starting a JSON Lines file is skipped.
 */
#include "ingest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define CHUNK 65536

typedef struct source {
    int fd;
    int gz;       /* inflating */
    int in_eof;   /* no more raw bytes */
    int z_end;    /* the last gzip member ended cleanly */
    z_stream z;
    unsigned char in[CHUNK];
    size_t in_pos, in_len; /* raw bytes not yet consumed (plain mode) */
    uint64_t raw_read;     /* raw bytes read from fd so far */
    uint64_t trailing_at;  /* offset of bytes after the gzip data, else 0 */
} source;

/* An id seen, in a chain of the ids of the same hash. */
typedef struct seen_id {
    size_t path; /* index in paths */
    size_t line;
    char *id;
    size_t next; /* index + 1 of the next id of the same hash, 0: none */
} seen_id;

/* A file or directory read, by device and inode, in a chain likewise. */
typedef struct seen_file {
    uint64_t dev, ino;
    char *path; /* as first reached */
    size_t next;
} seen_file;

/* One input of the queue: a path to read, or a problem found while
 * listing a directory, reported in its place in path order. */
typedef struct entry {
    char *path;
    int code;  /* 0: read it; RCP_ESKIP or an error: report `msg` */
    char *msg;
} entry;

struct rcp_reader {
    rcp_read_opts opts;
    entry *paths;
    size_t npaths, cap_paths, next_path;
    /* the JSON Lines file being read, if any */
    source *src;
    size_t cur_path;
    size_t line;
    size_t records; /* non-blank lines seen in this file */
    char *id_stem; /* default id prefix for records without an id */
    char chunk[CHUNK];
    size_t cpos, clen;
    int chunk_eof;
    rcp__buf linebuf;
    /* the feed being read: its items not yet returned */
    rcp__feed_item *items;
    size_t nitems, next_item;
    /* the WARC file being read, over its own source */
    rcp__warc *warc;
    source *warc_src;
    /* duplicate ids: keyed SipHash of the id, then the ids compared */
    unsigned char key[crypto_shorthash_KEYBYTES];
    rcp__map ids;
    seen_id *seen;
    size_t nseen, cap_seen;
    /* files and directories already read, so each is read once */
    rcp__map files;
    seen_file *fseen;
    size_t nfseen, cap_fseen;
    /* a remark on the input just read, returned by the next call */
    rcp_error pending;
    int has_pending;
    size_t skipped, index;
};

/* ---- byte sources ---- */

/* Read more raw bytes into s->in after the `keep` bytes at its start. A
 * read interrupted by a signal is an error (RCP_EIO), not retried, so that
 * a program can stop on SIGINT while waiting on a pipe. */
static int src_fill_after(source *s, size_t keep)
{
    ssize_t n = read(s->fd, s->in + keep, CHUNK - keep);
    if (n < 0 && errno == EAGAIN) {
        /* a FIFO opened without waiting, and its writer is there: wait for
         * its data from now on */
        int fl = fcntl(s->fd, F_GETFL);
        if (fl != -1 && fcntl(s->fd, F_SETFL, fl & ~O_NONBLOCK) == 0)
            n = read(s->fd, s->in + keep, CHUNK - keep);
    }
    if (n < 0)
        return RCP_EIO;
    if (n == 0)
        s->in_eof = 1;
    s->raw_read += (uint64_t)n;
    s->in_pos = 0;
    s->in_len = keep + (size_t)n;
    return 0;
}

static int src_fill(source *s)
{
    return src_fill_after(s, 0);
}

static source *src_open(int fd, int *err_code)
{
    source *s = rcp__calloc(1, sizeof *s);
    if (!s) {
        *err_code = RCP_ENOMEM;
        return NULL;
    }
    s->fd = fd;
    if ((*err_code = src_fill(s))) {
        rcp__free(s);
        return NULL;
    }
    /* a short first read on a pipe: wait for the two magic bytes */
    while (s->in_len == 1 && !s->in_eof)
        if ((*err_code = src_fill_after(s, 1))) {
            rcp__free(s);
            return NULL;
        }
    if (s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        s->gz = 1;
        if (inflateInit2(&s->z, 15 + 16) != Z_OK) {
            rcp__free(s);
            *err_code = RCP_ENOMEM;
            return NULL;
        }
        s->z.next_in = s->in;
        s->z.avail_in = (uInt)s->in_len;
    }
    return s;
}

static void src_close(source *s)
{
    if (!s)
        return;
    if (s->gz)
        inflateEnd(&s->z);
    if (s->fd > 0)
        close(s->fd);
    rcp__free(s);
}

/* Up to cap bytes into buf: >0 bytes, 0 at the end, <0 RCP_E*. */
static ssize_t src_read(source *s, char *buf, size_t cap)
{
    if (!s->gz) {
        if (s->in_pos == s->in_len) {
            if (s->in_eof)
                return 0;
            int rc = src_fill(s);
            if (rc)
                return rc;
            if (s->in_len == 0)
                return 0;
        }
        size_t n = RCP_MIN(cap, s->in_len - s->in_pos);
        memcpy(buf, s->in + s->in_pos, n);
        s->in_pos += n;
        return (ssize_t)n;
    }
    s->z.next_out = (unsigned char *)buf;
    s->z.avail_out = (uInt)RCP_MIN(cap, (size_t)UINT32_MAX);
    while (s->z.avail_out == cap) {
        if (s->z.avail_in == 0) {
            if (s->in_eof)
                return s->z_end ? 0 : RCP_EGZIP; /* truncated */
            int rc = src_fill(s);
            if (rc)
                return rc;
            s->z.next_in = s->in;
            s->z.avail_in = (uInt)s->in_len;
            if (s->in_len == 0)
                continue;
        }
        if (s->z_end) {
            /* more data after a member: another member, or trailing junk */
            if (s->z.avail_in == 1 && !s->in_eof) {
                s->in[0] = s->z.next_in[0]; /* one byte: see the next */
                int rc = src_fill_after(s, 1);
                if (rc)
                    return rc;
                s->z.next_in = s->in;
                s->z.avail_in = (uInt)s->in_len;
            }
            if (s->z.avail_in < 2 || s->z.next_in[0] != 0x1f ||
                s->z.next_in[1] != 0x8b) {
                /* ignored, as gzip does; the reader says so */
                s->trailing_at = s->raw_read - s->z.avail_in;
                s->z.avail_in = 0;
                s->in_eof = 1;
                continue;
            }
            inflateReset(&s->z);
            s->z_end = 0;
        }
        int zr = inflate(&s->z, Z_NO_FLUSH);
        if (zr == Z_STREAM_END)
            s->z_end = 1;
        else if (zr == Z_BUF_ERROR && s->z.avail_in == 0)
            continue;
        else if (zr != Z_OK)
            return zr == Z_MEM_ERROR ? RCP_ENOMEM : RCP_EGZIP;
    }
    return (ssize_t)(cap - s->z.avail_out);
}

/* ---- names ---- */

static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

int rcp__input_kind(const char *name, int *gz)
{
    size_t n = strlen(name);
    *gz = rcp__ends_with_ci(name, n, ".gz");
    if (*gz)
        n -= 3;
    if (rcp__ends_with_ci(name, n, ".txt"))
        return RCP__KIND_TXT;
    if (rcp__ends_with_ci(name, n, ".html") ||
        rcp__ends_with_ci(name, n, ".htm"))
        return RCP__KIND_HTML;
    if (rcp__ends_with_ci(name, n, ".jsonl"))
        return RCP__KIND_JSONL;
    if (rcp__ends_with_ci(name, n, ".xml") ||
        rcp__ends_with_ci(name, n, ".rss") ||
        rcp__ends_with_ci(name, n, ".atom") ||
        rcp__ends_with_ci(name, n, ".rdf"))
        return RCP__KIND_FEED;
    if (rcp__ends_with_ci(name, n, ".warc"))
        return RCP__KIND_WARC;
    return RCP__KIND_NONE;
}

char *rcp__input_id(const char *path)
{
    const char *b = base_name(path);
    size_t n = strlen(b);
    if (rcp__ends_with_ci(b, n, ".gz"))
        n -= 3;
    static const char *const exts[] = {".txt", ".html", ".htm", ".jsonl",
                                       ".xml", ".rss",  ".atom", ".rdf",
                                       ".warc"};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(exts); i++)
        if (rcp__ends_with_ci(b, n, exts[i])) {
            if (n > strlen(exts[i])) /* ".txt" keeps its whole name */
                n -= strlen(exts[i]);
            break;
        }
    return rcp__strndup(b, n);
}

/* ---- the queue of paths ---- */

static int insert_paths(rcp_reader *r, size_t at, entry *add, size_t n)
{
    if (rcp__grow(&r->paths, &r->cap_paths, r->npaths + n, sizeof(entry)))
        return RCP_ENOMEM;
    memmove(r->paths + at + n, r->paths + at,
            (r->npaths - at) * sizeof(entry));
    memcpy(r->paths + at, add, n * sizeof(entry));
    r->npaths += n;
    return 0;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->path, ((const entry *)b)->path);
}

/* strerror in the house style: lower case ("no such file or directory") */
static const char *sys_msg(int e, char *buf, size_t n)
{
    snprintf(buf, n, "%s", strerror(e));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && (buf[1] < 'A' || buf[1] > 'Z'))
        buf[0] = (char)(buf[0] + 32);
    return buf;
}

static const char *kind_of_file(mode_t m)
{
    return S_ISFIFO(m)   ? "a FIFO"
           : S_ISCHR(m)  ? "a character device"
           : S_ISBLK(m)  ? "a block device"
           : S_ISSOCK(m) ? "a socket"
                         : "not a regular file";
}

/*
 * The first path by which the file (dev, ino) was reached, or NULL; with
 * add, a NULL answer also records it under `path`. RCP_ENOMEM sets *rc.
 */
static const char *seen_file_at(rcp_reader *r, const struct stat *st,
                                const char *path, int add, int *rc)
{
    uint64_t k[2] = {(uint64_t)st->st_dev, (uint64_t)st->st_ino};
    uint64_t h = rcp__hash(k, sizeof k, 0x5eed);
    uint64_t *v = add ? rcp__map_put(&r->files, h) : rcp__map_get(&r->files, h);
    if (!v) {
        if (add)
            *rc = RCP_ENOMEM;
        return NULL;
    }
    for (size_t i = *v; i; i = r->fseen[i - 1].next)
        if (r->fseen[i - 1].dev == k[0] && r->fseen[i - 1].ino == k[1])
            return r->fseen[i - 1].path;
    if (!add)
        return NULL;
    char *copy = rcp__strndup(path, strlen(path));
    if (!copy || !RCP__PUSH(r->fseen, r->nfseen, r->cap_fseen)) {
        rcp__free(copy);
        *rc = RCP_ENOMEM;
        return NULL;
    }
    r->fseen[r->nfseen] = (seen_file){k[0], k[1], copy, *v};
    *v = ++r->nfseen;
    return NULL;
}

typedef struct walk_out {
    entry *v;
    size_t n, cap;
} walk_out;

/* Add an entry: a path to read (code 0) or a problem to report. */
static int out_add(walk_out *o, const char *path, int code, const char *fmt,
                   ...) __attribute__((format(printf, 4, 5)));
static int out_add(walk_out *o, const char *path, int code, const char *fmt,
                   ...)
{
    entry e = {rcp__strndup(path, strlen(path)), code, NULL};
    if (e.path && fmt) {
        char m[600];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(m, sizeof m, fmt, ap);
        va_end(ap);
        e.msg = rcp__strndup(m, strlen(m));
    }
    if (!e.path || (fmt && !e.msg) || !RCP__PUSH(o->v, o->n, o->cap)) {
        rcp__free(e.path);
        rcp__free(e.msg);
        return RCP_ENOMEM;
    }
    o->v[o->n++] = e;
    return 0;
}

/*
 * Every article file below dir into o, with an entry for every problem: a
 * subdirectory that cannot be listed (the rest is read), a hidden file or
 * directory (not read, said so), a link to a directory already read (each
 * directory is walked once, by device and inode, so links cannot loop), a
 * FIFO or device with an article's name, a directory with no article.
 * Only RCP_ENOMEM stops the walk.
 */
static int walk(rcp_reader *r, const char *dir, walk_out *o, int depth)
{
    char m[128];
    if (depth > 64)
        return out_add(o, dir, RCP_EIO, "directories nested too deep");
    DIR *d = opendir(dir);
    if (!d)
        return out_add(o, dir, errno == ENOENT ? RCP_ENOENT : RCP_EIO,
                       "cannot list the directory: %s",
                       sys_msg(errno, m, sizeof m));
    size_t before = o->n, dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--; /* "dir/" gives "dir/x.txt", not "dir//x.txt" */
    struct dirent *e;
    int rc = 0;
    for (;;) {
        errno = 0;
        if (rc || !(e = readdir(d)))
            break;
        const char *name = e->d_name;
        if (!strcmp(name, ".") || !strcmp(name, ".."))
            continue;
        size_t len = dl + strlen(name) + 2;
        char *p = rcp__malloc(len);
        if (!p) {
            rc = RCP_ENOMEM;
            break;
        }
        snprintf(p, len, "%.*s/%s", (int)dl, dir, name);
        struct stat st;
        int gz, art = rcp__input_kind(name, &gz) != RCP__KIND_NONE;
        if (stat(p, &st) != 0) {
            if (art) /* a dangling link, a file gone meanwhile */
                rc = out_add(o, p, errno == ENOENT ? RCP_ENOENT : RCP_EIO,
                             "%s", sys_msg(errno, m, sizeof m));
        } else if (name[0] == '.') {
            if (art || S_ISDIR(st.st_mode))
                rc = out_add(o, p, RCP_ESKIP, "hidden %s: not read",
                             S_ISDIR(st.st_mode) ? "directory" : "file");
        } else if (S_ISDIR(st.st_mode)) {
            const char *first = seen_file_at(r, &st, p, 1, &rc);
            if (first)
                rc = out_add(o, p, RCP_ESKIP,
                             "the directory '%.400s' again (a link): "
                             "read once",
                             first);
            else if (!rc)
                rc = walk(r, p, o, depth + 1);
        } else if (art && !S_ISREG(st.st_mode)) {
            rc = out_add(o, p, RCP_EUNSUPPORTED, "%s, not a regular file",
                         kind_of_file(st.st_mode));
        } else if (art) {
            rc = out_add(o, p, 0, NULL);
        }
        rcp__free(p);
    }
    if (!rc && errno)
        rc = out_add(o, dir, RCP_EIO, "cannot list the whole directory: %s",
                     sys_msg(errno, m, sizeof m));
    closedir(d);
    if (!rc && o->n == before)
        rc = out_add(o, dir, RCP_ESKIP, "no article file in the directory");
    return rc;
}

static void drop_items(rcp_reader *r)
{
    for (size_t i = r->next_item; i < r->nitems; i++)
        rcp_article_free(r->items[i].a);
    rcp__free(r->items);
    r->items = NULL;
    r->nitems = r->next_item = 0;
}

rcp_reader *rcp_reader_new(const char *const *inputs, size_t n,
                           const rcp_read_opts *opts)
{
    if (sodium_init() < 0)
        return NULL;
    rcp_reader *r = rcp__calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (opts)
        r->opts = *opts;
    if (!r->opts.max_article_bytes)
        r->opts.max_article_bytes = RCP__MAX_ARTICLE;
    if (r->opts.max_article_bytes > RCP_MAX_ARTICLE_LIMIT)
        r->opts.max_article_bytes = RCP_MAX_ARTICLE_LIMIT; /* no overflow */
    /* a JSON line holds the text escaped: allow for that, and the fields */
    rcp__buf_init(&r->linebuf, r->opts.max_article_bytes * 2 + 65536);
    rcp__map_init(&r->ids);
    rcp__map_init(&r->files);
    crypto_shorthash_keygen(r->key); /* ids cannot be chosen to collide */
    static const char *const std_in[] = {"-"};
    if (n == 0) {
        inputs = std_in;
        n = 1;
    }
    for (size_t i = 0; i < n; i++) {
        entry e = {rcp__strndup(inputs[i], strlen(inputs[i])), 0, NULL};
        if (!e.path || insert_paths(r, r->npaths, &e, 1)) {
            rcp__free(e.path);
            rcp_reader_free(r);
            return NULL;
        }
    }
    return r;
}

void rcp_reader_free(rcp_reader *r)
{
    if (!r)
        return;
    src_close(r->src);
    drop_items(r);
    rcp__warc_free(r->warc);
    src_close(r->warc_src);
    for (size_t i = 0; i < r->npaths; i++) {
        rcp__free(r->paths[i].path);
        rcp__free(r->paths[i].msg);
    }
    rcp__free(r->paths);
    rcp__free(r->id_stem);
    rcp__buf_release(&r->linebuf);
    rcp__map_release(&r->ids);
    rcp__map_release(&r->files);
    for (size_t i = 0; i < r->nseen; i++)
        rcp__free(r->seen[i].id);
    rcp__free(r->seen);
    for (size_t i = 0; i < r->nfseen; i++)
        rcp__free(r->fseen[i].path);
    rcp__free(r->fseen);
    rcp__free(r);
}

size_t rcp_reader_skipped(const rcp_reader *r)
{
    return r->skipped;
}

/* ---- reading ---- */

/* A FIFO is opened without waiting for a writer: with none, it reads as
 * empty instead of blocking forever. */
static int open_fd(const char *path, int fifo, int *fd)
{
    if (strcmp(path, "-") == 0) {
        *fd = 0;
        return 0;
    }
    *fd = open(path, O_RDONLY | O_CLOEXEC | (fifo ? O_NONBLOCK : 0));
    if (*fd < 0)
        return errno == ENOENT ? RCP_ENOENT : RCP_EIO;
    return 0;
}

/* Read a whole (small) file into b, at most max bytes. */
static int read_whole(source *s, rcp__buf *b, size_t max, const char *path,
                      rcp_error *err)
{
    char tmp[CHUNK];
    ssize_t n;
    while ((n = src_read(s, tmp, sizeof tmp)) > 0) {
        if (b->len + (size_t)n > max)
            return rcp__fail(err, RCP_ETOOBIG, path, 0, 0,
                             "article is over the size limit of %zu bytes",
                             max);
        int rc = rcp__buf_add(b, tmp, (size_t)n);
        if (rc)
            return rcp__fail(err, rc, path, 0, 0, "%s", rcp_strerror(rc));
    }
    if (n < 0)
        return rcp__fail(err, (int)n, path, 0, b->len,
                         n == RCP_EGZIP ? "truncated or corrupt gzip data"
                                        : "read error");
    return 0;
}

/*
 * The next line of the current JSON Lines file into r->linebuf: 1, 0 at
 * the end, or an error. A line over the limit is reported and skipped up
 * to its end; when no end comes within as many bytes again (/dev/zero,
 * a binary file), the rest of the file is skipped and said so.
 */
static int next_line(rcp_reader *r, rcp_error *err)
{
    const char *path = r->paths[r->cur_path].path;
    int too_long = 0;
    size_t dropped = 0;
    rcp__buf_reset(&r->linebuf);
    for (;;) {
        if (r->cpos == r->clen) {
            if (r->chunk_eof)
                break;
            ssize_t n = src_read(r->src, r->chunk, sizeof r->chunk);
            if (n < 0) {
                r->chunk_eof = 1;
                r->line++;
                return rcp__fail(err, (int)n, path, r->line, r->linebuf.len,
                                 n == RCP_EGZIP
                                     ? "truncated or corrupt gzip data"
                                     : "read error");
            }
            if (n == 0) {
                r->chunk_eof = 1;
                break;
            }
            r->cpos = 0;
            r->clen = (size_t)n;
        }
        const char *s = r->chunk + r->cpos;
        const char *nl = memchr(s, '\n', r->clen - r->cpos);
        size_t take = nl ? (size_t)(nl - s) : r->clen - r->cpos;
        if (!too_long && rcp__buf_add(&r->linebuf, s, take))
            too_long = 1;
        if (too_long)
            dropped += take;
        r->cpos += take + (nl ? 1 : 0);
        if (nl) {
            r->line++;
            goto got;
        }
        if (too_long && dropped > r->linebuf.max) {
            r->chunk_eof = 1; /* give up this file */
            r->cpos = r->clen;
            r->line++;
            return rcp__fail(err, RCP_ETOOBIG, path, r->line, 0,
                             "line is over the size limit of %zu bytes and "
                             "has no end within as many more: the rest of "
                             "the file is skipped",
                             r->linebuf.max);
        }
    }
    if (r->linebuf.len == 0 && !too_long)
        return 0;
    r->line++;
got:
    if (too_long)
        return rcp__fail(err, RCP_ETOOBIG, path, r->line, 0,
                         "line is over the size limit of %zu bytes",
                         r->linebuf.max);
    return 1;
}

unsigned rcp__id_hash_bits = 64;

static uint64_t id_hash(const rcp_reader *r, const char *id, size_t n)
{
    unsigned char h[crypto_shorthash_BYTES];
    crypto_shorthash(h, (const unsigned char *)id, n, r->key);
    uint64_t v;
    memcpy(&v, h, sizeof v);
    if (rcp__id_hash_bits < 64)
        v &= ((uint64_t)1 << rcp__id_hash_bits) - 1;
    return v;
}

static int check_dup(rcp_reader *r, rcp_article *a, rcp_error *err)
{
    size_t n = strlen(a->id);
    uint64_t *v = rcp__map_put(&r->ids, id_hash(r, a->id, n));
    if (!v || !RCP__PUSH(r->seen, r->nseen, r->cap_seen))
        return rcp__fail(err, RCP_ENOMEM, a->origin, a->line, 0,
                         "out of memory");
    for (size_t i = *v; i; i = r->seen[i - 1].next) {
        const seen_id *s = &r->seen[i - 1];
        if (strcmp(s->id, a->id) != 0)
            continue; /* the same hash, another id */
        const char *first = r->paths[s->path].path;
        if (s->line)
            return rcp__fail(err, RCP_EDUPID, a->origin, a->line, 0,
                             "duplicate id '%s', first seen in '%s' line %zu",
                             a->id, first, s->line);
        return rcp__fail(err, RCP_EDUPID, a->origin, a->line, 0,
                         "duplicate id '%s', first seen in '%s'", a->id,
                         first);
    }
    char *copy = rcp__strndup(a->id, n);
    if (!copy)
        return rcp__fail(err, RCP_ENOMEM, a->origin, a->line, 0,
                         "out of memory");
    r->seen[r->nseen] = (seen_id){r->cur_path, a->line, copy, *v};
    *v = ++r->nseen;
    return 0;
}

static int emit(rcp_reader *r, rcp_article *a, rcp_article **out,
                rcp_error *err)
{
    int rc = check_dup(r, a, err);
    if (rc) {
        rcp_article_free(a);
        r->skipped++;
        return rc;
    }
    a->index = r->index++;
    *out = a;
    return 1;
}

static int skip(rcp_reader *r, int rc)
{
    if (rc != RCP_ESKIP) /* a remark, not a loss */
        r->skipped++;
    return rc;
}

/* Bytes after the gzip data of the file just read: a remark, returned by
 * the next call (the article, if any, comes first). */
static void note_trailing(rcp_reader *r, const source *s, const char *path)
{
    if (!s->trailing_at)
        return;
    rcp__fail(&r->pending, RCP_ESKIP, path, 0, (size_t)s->trailing_at,
              "the bytes after the end of the gzip data (from byte %llu) "
              "are not gzip: ignored",
              (unsigned long long)s->trailing_at);
    r->has_pending = 1;
}

static long warc_read(void *ud, char *buf, size_t cap)
{
    return (long)src_read(ud, buf, cap);
}

/*
 * The first bytes of a file into r->chunk[0..*n), enough to tell what it
 * is: until 4 KiB or the end, but no further than the first read when it
 * starts like a JSON record (a pipe of JSON Lines must not stall).
 */
static int peek(rcp_reader *r, source *s, size_t *n)
{
    size_t len = 0;
    while (len < 4096) {
        ssize_t k = src_read(s, r->chunk + len, sizeof r->chunk - len);
        if (k < 0)
            return (int)k;
        if (k == 0)
            break;
        len += (size_t)k;
        size_t i = 0;
        while (i < len && (r->chunk[i] == ' ' || r->chunk[i] == '\n' ||
                           r->chunk[i] == '\r' || r->chunk[i] == '\t'))
            i++;
        if (i < len && r->chunk[i] != '<' && r->chunk[i] != 'W' &&
            r->chunk[i] != '\xEF')
            break;
    }
    *n = len;
    return 0;
}

/* The next item of the feed being read, or 0 when there is none left. */
static int next_item(rcp_reader *r, rcp_article **out, rcp_error *err)
{
    if (r->next_item >= r->nitems) {
        drop_items(r);
        return 0;
    }
    rcp__feed_item *it = &r->items[r->next_item++];
    if (it->rc) {
        *err = it->err;
        return skip(r, it->rc);
    }
    rcp_article *a = it->a;
    it->a = NULL;
    return emit(r, a, out, err);
}

/* Start reading a feed whose first n bytes are in r->chunk. */
static int open_feed(rcp_reader *r, source *s, size_t n, size_t idx,
                     rcp_error *err)
{
    const char *path = r->paths[idx].path;
    rcp__buf b;
    rcp__buf_init(&b, 0);
    size_t max = RCP_MAX(RCP__MAX_FEED, r->opts.max_article_bytes);
    int rc = rcp__buf_add(&b, r->chunk, n);
    if (rc)
        rc = rcp__fail(err, rc, path, 0, 0, "out of memory");
    else
        rc = read_whole(s, &b, max, path, err);
    char *stem = rc ? NULL
                    : strcmp(path, "-") ? rcp__input_id(path)
                                        : rcp__strndup("stdin", 5);
    if (!rc && !stem)
        rc = rcp__fail(err, RCP_ENOMEM, path, 0, 0, "out of memory");
    if (!rc)
        rc = rcp__feed_read(b.p, b.len, path, stem, &r->opts, &r->items,
                            &r->nitems, err);
    r->next_item = 0;
    r->cur_path = idx;
    rcp__free(stem);
    rcp__buf_release(&b);
    return rc;
}

int rcp_reader_next(rcp_reader *r, rcp_article **out, rcp_error *errp)
{
    rcp_error local;
    rcp_error *err = errp ? errp : &local;
    *out = NULL;
    if (r->has_pending) {
        r->has_pending = 0;
        *err = r->pending;
        return RCP_ESKIP;
    }
    for (;;) {
        if (r->items) { /* inside a feed */
            int rc = next_item(r, out, err);
            if (rc)
                return rc;
            continue;
        }
        if (r->warc) { /* inside a web archive */
            rcp_article *a;
            int rc = rcp__warc_next(r->warc, &a, err);
            if (rc > 0)
                return emit(r, a, out, err);
            if (rc < 0)
                return skip(r, rc);
            rcp__warc_free(r->warc);
            r->warc = NULL;
            src_close(r->warc_src);
            r->warc_src = NULL;
            continue;
        }
        if (r->src) { /* inside a JSON Lines file */
            int rc = next_line(r, err);
            if (rc < 0) {
                r->records++;
                return skip(r, rc);
            }
            if (rc == 0) {
                const char *path = r->paths[r->cur_path].path;
                note_trailing(r, r->src, path);
                src_close(r->src);
                r->src = NULL;
                if (!r->records) /* nothing at all: say so */
                    return skip(r, rcp__fail(err, RCP_EEMPTY, path, 0, 0,
                                             "no JSON Lines record"));
                if (r->has_pending) {
                    r->has_pending = 0;
                    *err = r->pending;
                    return RCP_ESKIP;
                }
                continue;
            }
            const char *p = r->linebuf.p;
            size_t n = r->linebuf.len;
            if (r->line == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
                p += 3, n -= 3; /* a byte order mark */
            while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' ||
                         p[n - 1] == '\t'))
                n--;
            size_t lead = 0;
            while (lead < n && (p[lead] == ' ' || p[lead] == '\t'))
                lead++;
            if (lead == n)
                continue; /* a blank line */
            r->records++;
            char defid[64];
            snprintf(defid, sizeof defid, "%.40s-%zu", r->id_stem, r->line);
            rcp_article *a;
            rc = rcp__article_from_json(p, n, r->paths[r->cur_path].path,
                                        r->line, defid, &r->opts, &a, err);
            if (rc)
                return skip(r, rc);
            return emit(r, a, out, err);
        }
        if (r->next_path >= r->npaths)
            return 0;
        size_t idx = r->next_path++;
        const entry *en = &r->paths[idx];
        const char *path = en->path;
        if (en->code) /* found while listing a directory */
            return skip(r, rcp__fail(err, en->code, path, 0, 0, "%s",
                                     en->msg));
        struct stat st;
        int fifo = 0, rc = 0;
        if (strcmp(path, "-") != 0) {
            if (stat(path, &st) != 0) {
                int e = errno;
                char m[128];
                return skip(r, rcp__fail(err,
                                         e == ENOENT ? RCP_ENOENT : RCP_EIO,
                                         path, 0, 0, "%s",
                                         sys_msg(e, m, sizeof m)));
            }
            if (S_ISDIR(st.st_mode)) {
                walk_out o = {0};
                const char *first = seen_file_at(r, &st, path, 1, &rc);
                if (first)
                    rc = out_add(&o, path, RCP_ESKIP,
                                 "the directory '%.400s' again: read once",
                                 first);
                else if (!rc)
                    rc = walk(r, path, &o, 0);
                if (!rc) {
                    qsort(o.v, o.n, sizeof *o.v, cmp_entry);
                    rc = insert_paths(r, r->next_path, o.v, o.n);
                }
                if (rc) {
                    for (size_t i = 0; i < o.n; i++) {
                        rcp__free(o.v[i].path);
                        rcp__free(o.v[i].msg);
                    }
                }
                rcp__free(o.v);
                if (rc)
                    return skip(r, rcp__fail(err, rc, path, 0, 0,
                                             "out of memory"));
                continue;
            }
            if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
                return skip(r, rcp__fail(err, RCP_EUNSUPPORTED, path, 0, 0,
                                         "%s, not a regular file: give its "
                                         "data on standard input ('-')",
                                         kind_of_file(st.st_mode)));
            fifo = S_ISFIFO(st.st_mode);
            if (S_ISREG(st.st_mode)) {
                const char *first = seen_file_at(r, &st, path, 1, &rc);
                if (rc)
                    return skip(r, rcp__fail(err, rc, path, 0, 0,
                                             "out of memory"));
                if (first)
                    return skip(r, rcp__fail(err, RCP_ESKIP, path, 0, 0,
                                             "the same file as '%.400s', "
                                             "already read",
                                             first));
            }
        }
        int gz, kind = strcmp(path, "-") == 0 ? RCP__KIND_JSONL
                                               : rcp__input_kind(path, &gz);
        int fd;
        rc = open_fd(path, fifo, &fd);
        if (rc) {
            char m[128];
            return skip(r, rcp__fail(err, rc, path, 0, 0, "%s",
                                     sys_msg(errno, m, sizeof m)));
        }
        source *s = src_open(fd, &rc);
        if (!s) {
            if (fd > 0)
                close(fd);
            return skip(r, rcp__fail(err, rc, path, 0, 0, "%s",
                                     rc == RCP_EIO ? "read error"
                                                   : rcp_strerror(rc)));
        }
        if (fifo && s->in_eof && s->in_len == 0) {
            src_close(s);
            return skip(r, rcp__fail(err, RCP_EEMPTY, path, 0, 0,
                                     "a FIFO with no writer (or nothing "
                                     "written to it)"));
        }
        size_t npeek = 0;
        if ((rc = peek(r, s, &npeek))) {
            src_close(s);
            return skip(r, rcp__fail(err, rc, path, 0, 0,
                                     rc == RCP_EGZIP
                                         ? "truncated or corrupt gzip data"
                                         : "read error"));
        }
        /* what the bytes say wins over the name */
        if (rcp__warc_sniff(r->chunk, npeek))
            kind = RCP__KIND_WARC;
        else if (rcp__feed_sniff(r->chunk, npeek))
            kind = RCP__KIND_FEED;
        else if (kind == RCP__KIND_FEED || kind == RCP__KIND_WARC)
            kind = RCP__KIND_NONE;
        if (kind == RCP__KIND_NONE) {
            src_close(s);
            return skip(r, rcp__fail(err, RCP_EFORMAT, path, 0, 0,
                                     "unrecognised input format (expected "
                                     ".txt, .html, .htm or .jsonl, "
                                     "optionally .gz, or an RSS, Atom or "
                                     "WARC file)"));
        }
        if (kind == RCP__KIND_WARC) {
            r->warc = rcp__warc_new(warc_read, s, r->chunk, npeek, path,
                                    &r->opts);
            if (!r->warc) {
                src_close(s);
                return skip(r, rcp__fail(err, RCP_ENOMEM, path, 0, 0,
                                         "out of memory"));
            }
            r->warc_src = s;
            r->cur_path = idx;
            continue;
        }
        if (kind == RCP__KIND_FEED) {
            rc = open_feed(r, s, npeek, idx, err);
            src_close(s);
            if (rc)
                return skip(r, rc);
            continue;
        }
        if (kind == RCP__KIND_JSONL) {
            r->src = s;
            r->cur_path = idx;
            r->line = 0;
            r->records = 0;
            r->cpos = 0;
            r->clen = npeek; /* the bytes peek() read come first */
            r->chunk_eof = 0;
            rcp__free(r->id_stem);
            r->id_stem = strcmp(path, "-") ? rcp__input_id(path)
                                           : rcp__strndup("stdin", 5);
            if (!r->id_stem)
                return skip(r, rcp__fail(err, RCP_ENOMEM, path, 0, 0,
                                         "out of memory"));
            continue;
        }
        rcp__buf b;
        rcp__buf_init(&b, 0);
        if (npeek > r->opts.max_article_bytes)
            rc = rcp__fail(err, RCP_ETOOBIG, path, 0, 0,
                           "article is over the size limit of %zu bytes",
                           r->opts.max_article_bytes);
        else if ((rc = rcp__buf_add(&b, r->chunk, npeek)))
            rc = rcp__fail(err, rc, path, 0, 0, "out of memory");
        else
            rc = read_whole(s, &b, r->opts.max_article_bytes, path, err);
        if (!rc)
            note_trailing(r, s, path);
        src_close(s);
        if (!rc && b.len == 0)
            rc = rcp__fail(err, RCP_EEMPTY, path, 0, 0, "empty file");
        char *id = NULL;
        rcp_article *a = NULL;
        if (!rc && !(id = rcp__input_id(path)))
            rc = rcp__fail(err, RCP_ENOMEM, path, 0, 0, "out of memory");
        if (!rc)
            rc = rcp__article_from_bytes(id, kind, b.p, b.len, path,
                                         &r->opts, &a, err);
        rcp__free(id);
        rcp__buf_release(&b);
        if (rc) {
            if (r->has_pending) /* lost anyway: no remark on it */
                r->has_pending = 0;
            return skip(r, rc);
        }
        r->cur_path = idx;
        return emit(r, a, out, err);
    }
}
