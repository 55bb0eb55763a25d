/*
 * store.c - the store: articles, their stories and digests in one SQLite
 * file, grown incrementally by `recoupe add`.
 *
 * How it works (docs/store.md has the schema and the reasons).
 *
 * Every article is kept with its clean text and its clusterer features
 * (the rcp_features record, packed): an add first rebuilds the streaming
 * clusterer from the stored features of the last REPLAY articles, in
 * insertion order, which gives back the state the last add left (no text
 * is analysed again), then adds the new articles one by one and applies
 * the moves the stream reports (apply_moves): the stored stories are the
 * stream's last lines. Stream story k maps to the store id of its stored
 * articles (the smallest when the window cut a story); new stories get
 * the next free id; a story merged into another takes the older id of
 * the two (every row of the newer renamed); each change is logged in
 * `moves`.
 *
 * An article already stored (the same id, or the same text: a 64-bit
 * hash of its clean text) is skipped. Each batch of up to BATCH new
 * articles is one transaction (WAL, synchronous=NORMAL: a crash loses at
 * most the batch being written, never a committed one, and never corrupts
 * the file); the stories it touched are then re-aggregated (counts,
 * outlets, languages, dates) and their digests rebuilt from their stored
 * articles, with the facts indexed for search (FTS5), in the same
 * transaction. A writer takes the write lock first (BEGIN IMMEDIATE) for
 * the whole add: a second add waits busy_ms for it, then is refused.
 */
#include "store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define SCHEMA_VERSION 7
#define BATCH 2000
/* an add replays the features of at most this many of the last stored
 * articles into the clusterer (see replay()) */
#ifndef REPLAY
#define REPLAY 2048
#endif
/* digests built per transaction: each COMMIT writes the facts' search
 * rows as a segment of their own, and the fewer the segments, the less
 * FTS5 merges (64: 0.8% more instructions on a 9,000-article add) */
#define DIGESTS_PER_TX 256
/* a story's digest reads at most this many of its articles: its cost
 * grows faster than its articles (0.15 ms an article at 200, 0.6 at
 * 1,900), and a page of 2,000 articles is 2.5 MB that nobody reads on a
 * phone (docs/store.md) */
#ifndef DIGEST_MAX
#define DIGEST_MAX 256
#endif

/* The statements run once per story, prepared once per handle. */
enum { Q_STORY, Q_STORY_ALL, Q_COUNT, Q_UP_DIGEST, Q_OLD_FACTS, Q_DEL_FTS,
       Q_DEL_ROWS, Q_INS_FACT, Q_INS_ROW, Q_AGG, Q_AGG_PUT, Q_DEL_PAGE, Q_DROP,
       NQ };
static const char *const qsql[NQ] = {
    /* the DIGEST_MAX articles a digest reads: the latest of each outlet,
     * most recent first, then each outlet's one before... (all of a story
     * of up to DIGEST_MAX), in insertion order */
    [Q_STORY] = "SELECT a.id, a.source, a.url, a.title, a.date, a.author, "
                "a.lang, t.text FROM articles a JOIN texts t ON t.seq = "
                "a.seq WHERE a.seq IN (SELECT seq FROM (SELECT seq, "
                "row_number() OVER (PARTITION BY coalesce(source, id) ORDER "
                "BY seq DESC) AS r FROM articles WHERE story = ?1) ORDER BY "
                "r, seq DESC LIMIT ?2) ORDER BY a.seq",
    /* the same rows when the story has at most DIGEST_MAX articles (most
     * do), without the window's sort */
    [Q_STORY_ALL] = "SELECT a.id, a.source, a.url, a.title, a.date, a.author, "
                    "a.lang, t.text FROM articles a JOIN texts t ON t.seq = "
                    "a.seq WHERE a.story = ?1 ORDER BY a.seq",
    [Q_COUNT] = "SELECT count(*) FROM articles WHERE story = ?",
    [Q_UP_DIGEST] = "INSERT OR REPLACE INTO pages(story, digest, html, md, "
                    "title) VALUES (?3, ?1, ?2, ?4, ?5)",
    /* a story's facts are deleted one rowid at a time (the FTS table's
     * story column is not indexed), and only when it has some: a DELETE
     * of several rows opens a statement savepoint, at which FTS5 writes
     * its pending rows to disk as a segment of their own, and a segment
     * per digest was a tenth of an add's instructions in merges */
    [Q_OLD_FACTS] = "SELECT fts FROM fact_rows WHERE story = ?",
    [Q_DEL_FTS] = "DELETE FROM search WHERE rowid = ?",
    [Q_DEL_ROWS] = "DELETE FROM fact_rows WHERE story = ?",
    [Q_INS_FACT] = "INSERT INTO search(kind, story, ref, title, body) "
                   "VALUES ('fact', ?, ?, NULL, ?)",
    [Q_INS_ROW] = "INSERT INTO fact_rows(fts, story) VALUES (?, ?)",
    /* a story's articles, for its counts, outlets, languages and dates
     * (agg_story: one scan of the story's index, counted in C) */
    [Q_AGG] = "SELECT title, coalesce(source, id), lang, substr(date, 1, 10) "
              "FROM articles WHERE story = ? ORDER BY seq",
    [Q_AGG_PUT] =
        "INSERT INTO stories(id, title, articles, outlets, outlet_names, "
        " langs, first_date, last_date, created, updated) "
        "VALUES (?1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?2, ?2) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        " articles = excluded.articles, outlets = excluded.outlets, "
        " outlet_names = excluded.outlet_names, langs = excluded.langs, "
        " first_date = excluded.first_date, last_date = excluded.last_date,"
        " updated = excluded.updated",
    [Q_DEL_PAGE] = "DELETE FROM pages WHERE story = ?",
    /* a story whose articles all moved (agg_story just counted them) */
    [Q_DROP] = "DELETE FROM stories WHERE id = ? AND articles = 0",
};

struct rcp_store {
    sqlite3 *db;
    char *path;
    int writable;
    sqlite3_stmt *q[NQ];
    char *scratch; /* render()'s buffer, kept from digest to digest */
    size_t scratchcap;
    /* the docs of the last add's new articles, for the digests that
     * follow (rcp_store_keep_docs): by the hash of the article's id */
    size_t keep_max;
    struct kept_doc {
        char *id;
        rcp_doc *doc; /* NULL once a digest took it */
    } *kept;
    size_t nkept, capkept;
    rcp__map keptmap; /* hash of id -> 1 + index in kept */
};

static void free_kept(rcp_store *s)
{
    for (size_t i = 0; i < s->nkept; i++) {
        rcp__free(s->kept[i].id);
        rcp_doc_free(s->kept[i].doc);
    }
    rcp__free(s->kept);
    s->kept = NULL;
    s->nkept = s->capkept = 0;
    rcp__map_release(&s->keptmap);
    rcp__map_init(&s->keptmap);
}

/* Keep doc (its article pointer cleared: the article is the reader's) for
 * the digest of its story; frees it when the store keeps enough. */
static void keep_doc(rcp_store *s, const char *id, rcp_doc *d)
{
    uint64_t h = rcp__hash(id, strlen(id), 0x6b);
    uint64_t *v;
    char *copy = NULL;
    if (s->nkept < s->keep_max && RCP__PUSH(s->kept, s->nkept, s->capkept) &&
        (copy = rcp__strndup(id, strlen(id))) &&
        (v = rcp__map_put(&s->keptmap, h ? h : 1)) && !*v) {
        d->article = NULL;
        s->kept[s->nkept] = (struct kept_doc){copy, d};
        *v = ++s->nkept;
        return;
    }
    rcp__free(copy); /* none kept (or a hash already taken): built again */
    rcp_doc_free(d);
}

/* The kept doc of article id, now the caller's; NULL when none. */
static rcp_doc *take_doc(rcp_store *s, const char *id)
{
    if (!s->nkept || !id)
        return NULL;
    uint64_t h = rcp__hash(id, strlen(id), 0x6b);
    uint64_t *v = rcp__map_get(&s->keptmap, h ? h : 1);
    if (!v || strcmp(s->kept[*v - 1].id, id))
        return NULL;
    rcp_doc *d = s->kept[*v - 1].doc;
    s->kept[*v - 1].doc = NULL;
    return d;
}

void rcp_store_keep_docs(rcp_store *s, size_t max)
{
    s->keep_max = max;
    if (!max)
        free_kept(s);
}

/* Statement i, prepared on first use, reset and unbound; the caller
 * resets it after use (a statement left stepping holds a read
 * transaction). NULL when it cannot be prepared. */
static sqlite3_stmt *query(rcp_store *s, int i)
{
    if (!s->q[i]) {
        if (sqlite3_prepare_v3(s->db, qsql[i], -1,
                               SQLITE_PREPARE_PERSISTENT, &s->q[i], NULL))
            return NULL;
    } else {
        sqlite3_reset(s->q[i]);
        sqlite3_clear_bindings(s->q[i]);
    }
    return s->q[i];
}

static const char *const schema_v1[] = {
    "CREATE TABLE IF NOT EXISTS batches ("
    " id INTEGER PRIMARY KEY, at TEXT NOT NULL, added INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS articles ("
    " seq INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " hash INTEGER NOT NULL,"
    " story INTEGER NOT NULL,"
    " topic INTEGER NOT NULL,"
    " duplicate_of TEXT,"
    " source TEXT, url TEXT, title TEXT, date TEXT, author TEXT, lang TEXT,"
    " batch INTEGER NOT NULL)",
    /* the bulky columns apart, so that scans of the metadata stay small */
    "CREATE TABLE IF NOT EXISTS texts ("
    " seq INTEGER PRIMARY KEY REFERENCES articles(seq),"
    " text TEXT NOT NULL,"
    " features TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash)",
    "CREATE INDEX IF NOT EXISTS articles_story ON articles(story, seq)",
    "CREATE TABLE IF NOT EXISTS stories ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT,"
    " articles INTEGER NOT NULL DEFAULT 0,"
    " outlets INTEGER NOT NULL DEFAULT 0,"
    " outlet_names TEXT,"
    " langs TEXT,"
    " first_date TEXT, last_date TEXT,"
    " created INTEGER NOT NULL,"
    " updated INTEGER NOT NULL,"
    " digest TEXT)",
    "CREATE INDEX IF NOT EXISTS stories_rank ON stories(outlets DESC,"
    " last_date DESC)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5("
    " kind UNINDEXED, story UNINDEXED, ref UNINDEXED, title, body,"
    " tokenize = 'unicode61 remove_diacritics 2')",
};

/* Version 2: the search rows of each story's facts (deleting them by
 * story was a scan of the whole FTS table, most of the cost of building
 * a digest), and each story's page (the HTML of rcp_digest_html) beside
 * its JSON. v1 digests are marked stale: the next add builds them with
 * their pages. */
static const char *const schema_v2[] = {
    "CREATE TABLE IF NOT EXISTS fact_rows ("
    " fts INTEGER PRIMARY KEY, story INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS fact_rows_story ON fact_rows(story)",
    "INSERT OR IGNORE INTO fact_rows(fts, story) SELECT rowid, story FROM "
    " search WHERE kind = 'fact'",
    "ALTER TABLE stories ADD COLUMN html TEXT",
    "UPDATE stories SET digest = NULL",
};

/* Version 3: the digests and pages move to their own table, a row per
 * built digest (none: stale). In `stories` they made each row a few KB,
 * so that every scan of the stories (the stale ones, a filter of the
 * index) read the digests' pages too: 346 MB of the 1 GB store of 100,000
 * articles. */
static const char *const schema_v3[] = {
    "CREATE TABLE IF NOT EXISTS pages ("
    " story INTEGER PRIMARY KEY, digest TEXT NOT NULL, html TEXT NOT NULL)",
    "INSERT OR IGNORE INTO pages(story, digest, html) SELECT id, digest, "
    " html FROM stories WHERE digest IS NOT NULL AND html IS NOT NULL",
    "ALTER TABLE stories DROP COLUMN digest",
    "ALTER TABLE stories DROP COLUMN html",
};

/* Version 4: the page in Markdown and the digest's title beside it, so
 * that `recoupe show` writes every format from the kept row. v3 rows
 * (md NULL) stay: serve reads their JSON and HTML as before, show builds
 * those stories from their articles until an add changes them. */
static const char *const schema_v4[] = {
    "ALTER TABLE pages ADD COLUMN md TEXT",
    "ALTER TABLE pages ADD COLUMN title TEXT",
};

/* Version 5: the log of the stream's later moves that adds apply
 * (apply_moves): an article to another story (`article` its id), or a
 * whole story renamed when it merged into an older one (`article`
 * NULL). */
static const char *const schema_v5[] = {
    "CREATE TABLE IF NOT EXISTS moves ("
    " seq INTEGER PRIMARY KEY, batch INTEGER NOT NULL, article TEXT,"
    " from_story INTEGER NOT NULL, to_story INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS moves_from ON moves(from_story)",
};

/* Version 6: the search index merges its segments 16 at a time (FTS5's
 * automerge; 4 by default): the same rows and the same answers, with
 * less merging while an add writes (docs/store.md). */
static const char *const schema_v6[] = {
    "INSERT INTO search(search, rank) VALUES ('automerge', 16)",
};

/* ---- errors ---- */

static int db_fail(rcp_store *s, rcp_error *err, const char *what)
{
    int code = sqlite3_errcode(s->db);
    int rc = code == SQLITE_NOMEM ? RCP_ENOMEM : RCP_EIO;
    rcp__fail(err, rc, s->path, 0, 0, "%s: %s", what, sqlite3_errmsg(s->db));
    return rc;
}

static int exec(rcp_store *s, const char *sql, rcp_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        int busy = sqlite3_errcode(s->db) == SQLITE_BUSY;
        rcp__fail(err, busy ? RCP_EBUSY : RCP_EIO, s->path, 0, 0, "%s",
                  busy ? "the store is being written by another process "
                         "(another add?); try again when it is done"
                       : msg ? msg : "database error");
        sqlite3_free(msg);
        return busy ? RCP_EBUSY : RCP_EIO;
    }
    return 0;
}

/* ---- opening, schema, migrations ---- */

static int user_version(rcp_store *s, int *v)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL))
        return RCP_EIO;
    *v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return 0;
}

/* Bring the schema to SCHEMA_VERSION, one step per version. */
static int migrate(rcp_store *s, rcp_error *err)
{
    int v, rc;
    if (user_version(s, &v))
        return db_fail(s, err, "cannot read the schema version");
    if (v > SCHEMA_VERSION)
        return rcp__fail(err, RCP_EUNSUPPORTED, s->path, 0, 0,
                         "the store has schema version %d, newer than this "
                         "recoupe knows (%d)", v, SCHEMA_VERSION);
    if (v == SCHEMA_VERSION)
        return 0;
    if ((rc = exec(s, "BEGIN IMMEDIATE", err)))
        return rc;
    if ((rc = user_version(s, &v)))
        goto fail;
    /* step k brings a store of version k to k + 1 */
    static const struct {
        const char *const *sql;
        size_t n;
    } steps[] = {
        {schema_v1, RCP_ARRAY_SIZE(schema_v1)},
        {schema_v2, RCP_ARRAY_SIZE(schema_v2)},
        {schema_v3, RCP_ARRAY_SIZE(schema_v3)},
        {schema_v4, RCP_ARRAY_SIZE(schema_v4)},
        {schema_v5, RCP_ARRAY_SIZE(schema_v5)},
        {schema_v6, RCP_ARRAY_SIZE(schema_v6)},
        /* version 7: new articles' features are packed (a BLOB in the
         * TEXT column, kept as it is); the JSON of older rows is read as
         * before (stored_features). No table changes: the version keeps
         * older recoupe, which cannot read the blobs, from the store. */
        {NULL, 0},
    };
    _Static_assert(RCP_ARRAY_SIZE(steps) == SCHEMA_VERSION,
                   "one migration step per schema version");
    for (size_t k = (size_t)(v > 0 ? v : 0); k < RCP_ARRAY_SIZE(steps); k++)
        for (size_t i = 0; i < steps[k].n; i++)
            if ((rc = exec(s, steps[k].sql[i], err)))
                goto fail;
    /* a future version: its schema_v8[] as one more step */
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", SCHEMA_VERSION);
    if ((rc = exec(s, sql, err)) || (rc = exec(s, "COMMIT", err)))
        goto fail;
    return 0;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

int rcp_store_open(const char *path, int writable, rcp_store **out,
                   rcp_error *err)
{
    *out = NULL;
    rcp_store *s = rcp__calloc(1, sizeof *s);
    if (!s || !(s->path = rcp__strndup(path, strlen(path)))) {
        rcp__free(s);
        return rcp__fail(err, RCP_ENOMEM, path, 0, 0, "out of memory");
    }
    s->writable = writable;
    rcp__map_init(&s->keptmap);
    int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                         : SQLITE_OPEN_READONLY;
    flags |= SQLITE_OPEN_NOMUTEX;
    int rc = 0;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        rc = rcp__fail(err, writable ? RCP_EIO : RCP_ENOENT, path, 0, 0,
                       "cannot open the store: %s",
                       s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, RCP_STORE_BUSY_MS);
    sqlite3_extended_result_codes(s->db, 0);
    if (writable) {
        if ((rc = exec(s, "PRAGMA journal_mode = WAL", err)) ||
            (rc = exec(s, "PRAGMA synchronous = NORMAL", err)) ||
            (rc = exec(s, "PRAGMA cache_size = -65536", err)) ||
            (rc = migrate(s, err)))
            goto fail;
    } else {
        int v;
        if (user_version(s, &v)) {
            rc = db_fail(s, err, "not a recoupe store");
            goto fail;
        }
        if (v != SCHEMA_VERSION) {
            rc = rcp__fail(err, v ? RCP_EUNSUPPORTED : RCP_EFORMAT, path, 0,
                           0, v ? "the store has schema version %d; run "
                                  "`recoupe add` once to migrate it"
                                : "not a recoupe store (schema version %d)",
                           v);
            goto fail;
        }
    }
    *out = s;
    return 0;
fail:
    rcp_store_close(s);
    return rc;
}

void rcp_store_close(rcp_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < NQ; i++)
        sqlite3_finalize(s->q[i]);
    free_kept(s);
    sqlite3_close(s->db);
    rcp__free(s->scratch);
    rcp__free(s->path);
    rcp__free(s);
}

/* ---- rebuilding an article and its doc from a row ---- */

/* 1 when story id is stored, 0 when not, -1 when the store fails. */
static int story_stored(rcp_store *s, long story)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM stories WHERE id = ?", -1,
                           &st, NULL))
        return -1;
    sqlite3_bind_int64(st, 1, story);
    int r = sqlite3_step(st);
    sqlite3_finalize(st);
    return r == SQLITE_ROW ? 1 : r == SQLITE_DONE ? 0 : -1;
}

/* The story a merged story went into (0: none), one step. */
static long merged_step(rcp_store *s, long story)
{
    sqlite3_stmt *st;
    long into = 0;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT to_story FROM moves WHERE from_story = ? "
                           "AND article IS NULL ORDER BY seq DESC LIMIT 1",
                           -1, &st, NULL))
        return -1;
    sqlite3_bind_int64(st, 1, story);
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        into = (long)sqlite3_column_int64(st, 0);
    else if (r != SQLITE_DONE)
        into = -1;
    sqlite3_finalize(st);
    return into;
}

int rcp_store_merged_into(rcp_store *s, long story, long *into,
                          rcp_error *err)
{
    *into = 0;
    int r = story_stored(s, story);
    /* each merge goes to an older (smaller) id: the chain ends */
    for (long x = story; r == 0;) {
        long y = merged_step(s, x);
        if (y <= 0 || y >= x) {
            r = y < 0 ? -1 : 1;
            break;
        }
        if ((r = story_stored(s, y)) == 1)
            *into = y;
        x = y;
    }
    return r < 0 ? db_fail(s, err, "cannot read the moves") : 0;
}

/* RCP_ENOENT for a story that is not stored: "no story s5", and when it
 * merged into an older one, which ("no story s5: merged into s2"). */
static int no_story(rcp_store *s, long story, rcp_error *err)
{
    long into;
    if (!rcp_store_merged_into(s, story, &into, err) && into)
        return rcp__fail(err, RCP_ENOENT, s->path, 0, 0,
                         "no story s%ld: merged into s%ld", story, into);
    return rcp__fail(err, RCP_ENOENT, s->path, 0, 0, "no story s%ld", story);
}

/* An article whose strings point into `ar`. */
static int row_article(sqlite3_stmt *st, int col, rcp__arena *ar,
                       rcp_article *a)
{
    /* columns from col: id source url title date author lang text */
    const char **f[] = {&a->id,   &a->source, &a->url,  &a->title,
                        &a->date, &a->author, &a->lang, &a->text};
    memset(a, 0, sizeof *a);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(f); i++) {
        const char *v = (const char *)sqlite3_column_text(st, col + (int)i);
        int n = sqlite3_column_bytes(st, col + (int)i);
        if (!v) {
            if (sqlite3_errcode(sqlite3_db_handle(st)) == SQLITE_NOMEM)
                return RCP_ENOMEM;
            continue;
        }
        if (!(*f[i] = rcp__arena_strndup(ar, v, (size_t)n)))
            return RCP_ENOMEM;
        if (i == RCP_ARRAY_SIZE(f) - 1)
            a->text_len = (size_t)n;
    }
    if (!a->text)
        a->text = "";
    a->origin = "store";
    return 0;
}

/* ---- a story's digest from its stored articles ---- */

struct rcp_store_digest {
    rcp__arena arena;
    rcp_article *arts;
    rcp_doc **docs;
    size_t n;
    size_t total; /* the story's articles, of which it reads n */
    rcp_digest *digest;
};

void rcp_store_digest_free(rcp_store_digest *d)
{
    if (!d)
        return;
    rcp_digest_free(d->digest);
    for (size_t i = 0; i < d->n; i++)
        rcp_doc_free(d->docs[i]);
    rcp__free(d->docs);
    rcp__free(d->arts);
    rcp__arena_release(&d->arena);
    rcp__free(d);
}

const rcp_digest *rcp_store_digest_get(const rcp_store_digest *d)
{
    return d->digest;
}

const rcp_article *rcp_store_digest_article(const rcp_store_digest *d,
                                            size_t doc)
{
    return doc < d->n ? &d->arts[doc] : NULL;
}

static int build_digest(rcp_store *s, long story, rcp_store_digest **out,
                        rcp_error *err)
{
    *out = NULL;
    sqlite3_stmt *st = query(s, Q_COUNT);
    if (!st)
        return db_fail(s, err, "cannot read the story");
    sqlite3_bind_int64(st, 1, story);
    size_t total = sqlite3_step(st) == SQLITE_ROW
                       ? (size_t)sqlite3_column_int64(st, 0)
                       : 0;
    sqlite3_reset(st);
    int all = total <= DIGEST_MAX;
    if (!(st = query(s, all ? Q_STORY_ALL : Q_STORY)))
        return db_fail(s, err, "cannot read the story");
    sqlite3_bind_int64(st, 1, story);
    if (!all)
        sqlite3_bind_int64(st, 2, DIGEST_MAX);
    rcp_store_digest *d = rcp__calloc(1, sizeof *d);
    int rc = 0;
    size_t cap = 0;
    if (!d) {
        rc = RCP_ENOMEM;
        goto done;
    }
    rcp__arena_init(&d->arena);
    d->total = total;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        if (d->n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            rcp_article *na = rcp__realloc(d->arts, nc * sizeof *na);
            if (!na) {
                rc = RCP_ENOMEM;
                goto done;
            }
            d->arts = na;
            rcp_doc **nd = rcp__realloc(d->docs, nc * sizeof *nd);
            if (!nd) {
                rc = RCP_ENOMEM;
                goto done;
            }
            d->docs = nd;
            cap = nc;
        }
        if ((rc = row_article(st, 0, &d->arena, &d->arts[d->n])))
            goto done;
        d->n++;
    }
    if (r != SQLITE_DONE) {
        rc = db_fail(s, err, "cannot read the story");
        goto done;
    }
    if (d->n == 0) {
        rc = no_story(s, story, err);
        goto done;
    }
    /* the docs point to the articles: make them once the array is final
     * (or take the ones the add that stored the articles kept: the same
     * text and language, so the same doc) */
    for (size_t i = 0; i < d->n; i++) {
        if ((d->docs[i] = take_doc(s, d->arts[i].id))) {
            d->docs[i]->article = &d->arts[i];
            continue;
        }
        if (!(d->docs[i] = rcp_doc_from_article(&d->arts[i]))) {
            for (size_t j = 0; j < i; j++)
                rcp_doc_free(d->docs[j]);
            d->n = 0;
            rc = RCP_ENOMEM;
            goto done;
        }
    }
    char label[32];
    snprintf(label, sizeof label, "s%ld", story);
    rcp_digest_opts o = {0, label};
    d->digest = rcp_digest_new((const rcp_doc *const *)d->docs, d->n, &o);
    if (!d->digest)
        rc = RCP_ENOMEM;
done:
    sqlite3_reset(st);
    if (rc == RCP_ENOMEM)
        rcp__fail(err, rc, s->path, 0, 0, "out of memory");
    if (rc) {
        rcp_store_digest_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

int rcp_store_digest_new(rcp_store *s, long story, rcp_store_digest **out,
                         rcp_error *err)
{
    return build_digest(s, story, out, err);
}

/* ---- adding ---- */

static void bind_or_null(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* A story of the streaming clusterer of this add (by its number): the
 * store id it maps to (0: none yet; resolve()), its articles now. */
typedef struct astory {
    long id;
    uint32_t n;
    uint32_t seen; /* apply_moves: its merge checked in this round */
} astory;

/* An article of the streaming clusterer of this add (replayed or new): its
 * id, its stream story now, the store id of its row (resolve()). */
typedef struct aart {
    char *id;
    uint32_t story;
    long row;
} aart;

/* A move the clusterer reported, in stream numbers. */
typedef struct amove {
    uint32_t art, from, to;
} amove;

typedef struct adder {
    rcp_store *s;
    rcp_clusterer *c;
    astory *st;      /* by stream story number */
    size_t nst, capst;
    aart *art;       /* by stream article index */
    size_t nart, capart;
    amove *mv;       /* the moves of the last clusterer add */
    size_t nmv, capmv;
    uint32_t round;  /* apply_moves calls */
    rcp__map renamed; /* store id -> the older id its story merged into */
    long next_id;    /* the next free store id */
    long batch;      /* this add's batch number */
    long *changed;   /* store ids touched by this batch, unsorted */
    size_t nchanged, capchanged;
    long *lost;      /* store ids that lost articles in this batch */
    size_t nlost, caplost;
    /* the row changes of this batch's moves, in order, written at its
     * end (write_moves) */
    struct rowop {
        const char *article; /* NULL: every article of `from` */
        long from, to;
    } *ops;
    size_t nops, capops;
    size_t moved, merged; /* articles moved, stories merged (stats) */
    sqlite3_stmt *find_id, *find_hash, *ins, *ins_text, *ins_fts;
    sqlite3_stmt *mv_one, *mv_all, *mv_log; /* write_moves' statements */
    char *fj;        /* the packed features, reused from article to article */
    size_t fjcap;
} adder;

static int note_changed(adder *ad, long id)
{
    if (!RCP__PUSH(ad->changed, ad->nchanged, ad->capchanged))
        return RCP_ENOMEM;
    ad->changed[ad->nchanged++] = id;
    return 0;
}

/* Room for stream story k. */
static int story_room(adder *ad, size_t k)
{
    if (rcp__grow(&ad->st, &ad->capst, k + 1, sizeof *ad->st))
        return RCP_ENOMEM;
    while (ad->nst <= k)
        ad->st[ad->nst++] = (astory){0, 0, 0};
    return 0;
}

/* The next stream article is article id, in stream story k, its row in
 * store story row (0: not written yet). */
static int track(adder *ad, const char *id, size_t k, long row)
{
    size_t i = ad->nart;
    if (rcp__grow(&ad->art, &ad->capart, i + 1, sizeof *ad->art) ||
        story_room(ad, k))
        return RCP_ENOMEM;
    char *dup = rcp__strndup(id, strlen(id));
    if (!dup)
        return RCP_ENOMEM;
    ad->art[i] = (aart){dup, (uint32_t)k, row};
    ad->nart = i + 1;
    ad->st[k].n++;
    return 0;
}

/* The store id that x is now: x, or the older id its story merged into
 * during this add (the chain shortened as it is read). */
static long resolve(adder *ad, long x)
{
    long r = x;
    uint64_t *v;
    while (r && (v = rcp__map_get(&ad->renamed, (uint64_t)r)) && *v)
        r = (long)*v;
    while (x != r && (v = rcp__map_get(&ad->renamed, (uint64_t)x))) {
        x = (long)*v;
        *v = (uint64_t)r;
    }
    return r;
}

/* The store id of stream story k, a new one when it has none yet. */
static long story_id(adder *ad, size_t k)
{
    astory *y = &ad->st[k];
    if (!y->id)
        y->id = ad->next_id++;
    return y->id = resolve(ad, y->id);
}

/* Read the moves of the last clusterer add into ad->mv and follow them
 * in ad->st and ad->art (a move of its topic alone is not one here: the
 * store's topic is the story). */
static int read_moves(adder *ad)
{
    rcp_move m;
    ad->nmv = 0;
    for (size_t k = 0; rcp_clusterer_move_at(ad->c, k, &m); k++) {
        aart *x = &ad->art[m.article];
        if (m.to.story == x->story)
            continue;
        if (story_room(ad, m.to.story) ||
            !RCP__PUSH(ad->mv, ad->nmv, ad->capmv))
            return RCP_ENOMEM;
        ad->mv[ad->nmv++] = (amove){(uint32_t)m.article, x->story,
                                    (uint32_t)m.to.story};
        ad->st[x->story].n--;
        ad->st[m.to.story].n++;
        x->story = (uint32_t)m.to.story;
    }
    return 0;
}

/* Article `article` (NULL: every article of store story `from`) goes to
 * story `to`: its row is changed, and the change logged, at the batch's
 * end (write_moves). */
static int move_rows(adder *ad, const char *article, long from, long to)
{
    if (!RCP__PUSH(ad->ops, ad->nops, ad->capops) ||
        !RCP__PUSH(ad->lost, ad->nlost, ad->caplost))
        return RCP_ENOMEM;
    ad->ops[ad->nops++] = (struct rowop){article, from, to};
    ad->lost[ad->nlost++] = from;
    if (note_changed(ad, from) || note_changed(ad, to))
        return RCP_ENOMEM;
    return 0;
}

/* Write the batch's row changes, in order, and log them. Once a batch:
 * each UPDATE opens a statement savepoint, at which FTS5 writes the
 * search rows pending in the transaction as a segment of their own (one
 * UPDATE an article moved cost 350,000 instructions, 8% of an add). */
static int write_moves(adder *ad)
{
    for (size_t k = 0; k < ad->nops; k++) {
        const struct rowop *o = &ad->ops[k];
        sqlite3_stmt *st = o->article ? ad->mv_one : ad->mv_all;
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, o->to);
        if (o->article)
            sqlite3_bind_text(st, 2, o->article, -1, SQLITE_STATIC);
        else
            sqlite3_bind_int64(st, 2, o->from);
        if (sqlite3_step(st) != SQLITE_DONE)
            return RCP_EIO;
        st = ad->mv_log;
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, ad->batch);
        bind_or_null(st, 2, o->article);
        sqlite3_bind_int64(st, 3, o->from);
        sqlite3_bind_int64(st, 4, o->to);
        if (sqlite3_step(st) != SQLITE_DONE)
            return RCP_EIO;
    }
    ad->nops = 0;
    return 0;
}

/*
 * Apply the moves of the last clusterer add to the stored rows: the
 * stream's stories are the store's. A stream story left empty, all of
 * whose articles went to one story, has merged into it: the merged story
 * takes the older (smaller) id of the two, every row of the newer one
 * renamed. Every other moved article takes the id of its new story (a
 * new id when the move made the story). Each change is logged in
 * `moves` (docs/store.md).
 */
static int apply_moves(adder *ad, rcp_error *err)
{
    int rc = read_moves(ad);
    if (rc)
        return rcp__fail(err, rc, ad->s->path, 0, 0, "out of memory");
    ad->round++;
    for (size_t k = 0; k < ad->nmv; k++) {
        uint32_t f = ad->mv[k].from, t = ad->mv[k].to;
        if (ad->st[f].n || ad->st[f].seen == ad->round)
            continue;
        ad->st[f].seen = ad->round;
        size_t o = k + 1;
        while (o < ad->nmv && (ad->mv[o].from != f || ad->mv[o].to == t))
            o++;
        long a = resolve(ad, ad->st[f].id),
             b = ad->st[t].id ? resolve(ad, ad->st[t].id) : 0;
        if (o < ad->nmv || !a || (b && b <= a))
            continue; /* split among stories, or into an older one */
        if (b) {
            if ((rc = move_rows(ad, NULL, b, a)))
                break;
            uint64_t *v = rcp__map_put(&ad->renamed, (uint64_t)b);
            if (!v) {
                rc = RCP_ENOMEM;
                break;
            }
            *v = (uint64_t)a;
            ad->merged++;
        }
        ad->st[t].id = a;
    }
    for (size_t k = 0; !rc && k < ad->nmv; k++) {
        aart *x = &ad->art[ad->mv[k].art];
        long to = story_id(ad, ad->mv[k].to), from = resolve(ad, x->row);
        if (from == to)
            continue;
        if (!(rc = move_rows(ad, x->id, from, to)))
            ad->moved++;
        x->row = to;
    }
    return rc ? rcp__fail(err, rc, ad->s->path, 0, 0, "out of memory") : 0;
}

/* The features of column i: binary (rcp_features_pack, schema v7), or
 * the JSON line a store before v7 wrote. */
static int stored_features(sqlite3_stmt *st, int i, rcp_features **f,
                           rcp_error *fe)
{
    size_t n = (size_t)sqlite3_column_bytes(st, i);
    if (sqlite3_column_type(st, i) == SQLITE_BLOB)
        return rcp_features_unpack(sqlite3_column_blob(st, i), n, f, fe);
    const char *fj = (const char *)sqlite3_column_text(st, i);
    return rcp_features_from_json(fj ? fj : "", n, f, fe);
}

/*
 * Replay the stored features of the last REPLAY articles into the
 * clusterer, in insertion order, with the moves it reports: what the
 * streaming clusterer needs to place new articles. Its reach is short
 * anyway (it scans the L_POST most recent stories of a term, and a dated
 * article never joins a story more than a week away), while replaying
 * every stored article made each add cost O(stored). Up to REPLAY stored
 * articles this is exactly the state the previous adds left, the stream's
 * stories those stored; beyond, older stories are out of reach of new
 * articles and the idf is that of the window. Each stream story then
 * maps to the smallest store id of its articles (they all have the same
 * one unless the window cut a story); the replay moves no stored row.
 */
static int replay(adder *ad, rcp_error *err)
{
    rcp_store *s = ad->s;
    sqlite3_stmt *st;
    /* the next free story id, over every stored article and every story
     * a move emptied: an id merged away or dropped is never given again
     * (a reader following it is sent where it went, not to another
     * story) */
    if (sqlite3_prepare_v2(s->db,
                           "SELECT max(coalesce((SELECT max(story) FROM "
                           "articles), 0), coalesce((SELECT max(from_story) "
                           "FROM moves), 0))",
                           -1, &st, NULL))
        return db_fail(s, err, "cannot read the stored articles");
    if (sqlite3_step(st) == SQLITE_ROW)
        ad->next_id = (long)sqlite3_column_int64(st, 0) + 1;
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(s->db,
                           "SELECT t.features, a.story, a.id FROM articles a "
                           "JOIN texts t ON t.seq = a.seq WHERE a.seq > "
                           "(SELECT coalesce(max(seq), 0) FROM articles) - ?"
                           " ORDER BY a.seq",
                           -1, &st, NULL))
        return db_fail(s, err, "cannot read the stored articles");
    sqlite3_bind_int64(st, 1, REPLAY);
    int r, rc = 0;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        long stored = (long)sqlite3_column_int64(st, 1);
        rcp_features *f;
        rcp_error fe;
        if ((rc = stored_features(st, 0, &f, &fe))) {
            rcp__fail(err, rc, s->path, 0, 0,
                      "stored features of '%s' unreadable: %s",
                      (const char *)sqlite3_column_text(st, 2), fe.message);
            break;
        }
        rcp_assignment as;
        rc = rcp_clusterer_add_features(ad->c, f, &as);
        rcp_features_free(f);
        if (!rc)
            rc = track(ad, (const char *)sqlite3_column_text(st, 2),
                       as.story, stored);
        if (!rc)
            rc = read_moves(ad);
        if (rc) {
            rcp__fail(err, rc, s->path, 0, 0, "out of memory");
            break;
        }
        if (stored >= ad->next_id)
            ad->next_id = stored + 1;
    }
    if (!rc && r != SQLITE_DONE)
        rc = db_fail(s, err, "cannot read the stored articles");
    sqlite3_finalize(st);
    for (size_t i = 0; !rc && i < ad->nart; i++) {
        astory *y = &ad->st[ad->art[i].story];
        if (!y->id || ad->art[i].row < y->id)
            y->id = ad->art[i].row; /* the older id */
    }
    return rc;
}

static uint64_t text_hash(const rcp_article *a)
{
    return rcp__hash(a->text, a->text_len, 0x5eed) >> 1; /* fits int64 */
}

/* 1 when the statement (one bound parameter set) finds a row. */
static int found(sqlite3_stmt *st, int *out)
{
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r != SQLITE_ROW && r != SQLITE_DONE)
        return RCP_EIO;
    *out = r == SQLITE_ROW;
    return 0;
}

/* 1 when an article with this id or text is stored. */
static int known(adder *ad, const rcp_article *a, uint64_t h, int *out)
{
    sqlite3_bind_text(ad->find_id, 1, a->id, -1, SQLITE_STATIC);
    int rc = found(ad->find_id, out);
    if (rc || *out)
        return rc;
    sqlite3_bind_int64(ad->find_hash, 1, (sqlite3_int64)h);
    return found(ad->find_hash, out);
}

/* Add one new article: features, clusterer, row. */
static int add_one(adder *ad, const rcp_article *a, uint64_t h,
                   rcp_error *err)
{
    rcp_store *s = ad->s;
    rcp_doc *d = rcp_doc_from_article(a);
    rcp_features *f = NULL;
    int rc = d ? rcp_features_new(d, &f) : RCP_ENOMEM;
    if (rc)
        rcp_doc_free(d);
    else
        keep_doc(s, a->id, d); /* for its story's digest, or freed */
    size_t fl = 0;
    /* packed once into the reused buffer; again only when it grows */
    if (!rc)
        rc = rcp_features_pack(f, ad->fj, ad->fjcap, &fl);
    if (!rc && fl >= ad->fjcap) {
        rc = rcp__grow(&ad->fj, &ad->fjcap, fl + 1, 1);
        if (!rc)
            rc = rcp_features_pack(f, ad->fj, ad->fjcap, &fl);
    }
    const char *fj = ad->fj;
    rcp_assignment as;
    if (!rc)
        rc = rcp_clusterer_add_features(ad->c, f, &as);
    rcp_features_free(f);
    size_t idx = ad->nart;
    if (!rc)
        rc = track(ad, a->id, as.story, 0);
    if (rc)
        return rcp__fail(err, rc, a->origin, a->line, 0, "out of memory");
    /* the earlier articles it moved (their story may merge into an older
     * one: the new article's id is read after) */
    if ((rc = apply_moves(ad, err)))
        return rc;
    long story = ad->art[idx].row = story_id(ad, as.story);
    if ((rc = note_changed(ad, story)))
        return rcp__fail(err, rc, a->origin, a->line, 0, "out of memory");
    const char *dup = as.duplicate_of >= 0 &&
                              (size_t)as.duplicate_of < ad->nart
                          ? ad->art[as.duplicate_of].id
                          : NULL;
    sqlite3_stmt *st = ad->ins;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)h);
    sqlite3_bind_int64(st, 3, story);
    sqlite3_bind_int64(st, 4, story); /* streaming: the topic is the story */
    bind_or_null(st, 5, dup);
    bind_or_null(st, 6, a->source);
    bind_or_null(st, 7, a->url);
    bind_or_null(st, 8, a->title);
    bind_or_null(st, 9, a->date);
    bind_or_null(st, 10, a->author);
    bind_or_null(st, 11, a->lang);
    sqlite3_bind_int64(st, 12, ad->batch);
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return db_fail(s, err, "cannot store the article");
    sqlite3_int64 seq = sqlite3_last_insert_rowid(s->db);
    st = ad->ins_text;
    sqlite3_bind_int64(st, 1, seq);
    sqlite3_bind_text(st, 2, a->text, (int)a->text_len, SQLITE_STATIC);
    sqlite3_bind_blob(st, 3, fj, (int)fl, SQLITE_STATIC);
    r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return db_fail(s, err, "cannot store the article");
    /* the article's words, for search */
    st = ad->ins_fts;
    sqlite3_bind_int64(st, 1, story);
    sqlite3_bind_text(st, 2, a->id, -1, SQLITE_STATIC);
    bind_or_null(st, 3, a->title);
    sqlite3_bind_text(st, 4, a->text, (int)a->text_len, SQLITE_STATIC);
    r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return db_fail(s, err, "cannot index the article");
    return 0;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* A story's facts out of the search index. */
static int drop_facts(rcp_store *s, long id)
{
    sqlite3_stmt *old = query(s, Q_OLD_FACTS), *del = query(s, Q_DEL_FTS),
                 *delrows = query(s, Q_DEL_ROWS);
    if (!old || !del || !delrows)
        return RCP_EIO;
    sqlite3_bind_int64(old, 1, id);
    int r, nold = 0;
    while ((r = sqlite3_step(old)) == SQLITE_ROW) {
        sqlite3_reset(del);
        sqlite3_bind_int64(del, 1, sqlite3_column_int64(old, 0));
        if (sqlite3_step(del) != SQLITE_DONE)
            break;
        nold++;
    }
    sqlite3_reset(old);
    sqlite3_reset(del);
    sqlite3_bind_int64(delrows, 1, id);
    if (r != SQLITE_DONE || (nold && sqlite3_step(delrows) != SQLITE_DONE))
        r = SQLITE_ERROR;
    sqlite3_reset(delrows);
    return r == SQLITE_DONE ? 0 : RCP_EIO;
}

/* A column's text as SQLite's BINARY collation compares it. */
typedef struct aggstr {
    const char *p; /* NULL: SQL NULL */
    size_t n;
} aggstr;

static int agg_cmp(aggstr a, aggstr b)
{
    int c = memcmp(a.p, b.p, RCP_MIN(a.n, b.n));
    return c ? c : (a.n > b.n) - (a.n < b.n);
}

/* Column i of the current row, copied into the arena (NULL stays NULL). */
static int agg_col(sqlite3_stmt *st, int i, rcp__arena *a, aggstr *out)
{
    out->p = NULL, out->n = 0;
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return 0;
    const char *t = (const char *)sqlite3_column_text(st, i);
    out->n = (size_t)sqlite3_column_bytes(st, i);
    return t && !(out->p = rcp__arena_strndup(a, t, out->n)) ? RCP_ENOMEM : 0;
}

/* A story's counts, outlets, languages and dates from one scan of its
 * articles in insertion order (Q_AGG), the values the aggregate SQL
 * gave before the twelfth session: the first title that is not NULL;
 * the distinct outlets (source, or the id without one) in order of
 * first appearance, one a line; the distinct languages sorted,
 * space-separated; the least and greatest date (its first 10
 * characters). NULL where there is none. Written with Q_AGG_PUT. */
typedef struct agg {
    rcp__arena a;
    rcp__map seen; /* an outlet's hash -> 1 + its index in outs */
    aggstr title, lo, hi, *outs, *langs;
    size_t nouts, capouts, nlangs, caplangs;
    rcp__buf names, ls; /* outlets one a line, languages */
} agg;

/* One article's row into the counts. */
static int agg_row(agg *g, sqlite3_stmt *st)
{
    aggstr o, l, d;
    if ((!g->title.p && agg_col(st, 0, &g->a, &g->title)) ||
        agg_col(st, 1, &g->a, &o) || agg_col(st, 2, &g->a, &l) ||
        agg_col(st, 3, &g->a, &d))
        return RCP_ENOMEM;
    if (o.p) { /* new: its hash unseen, or seen for another outlet */
        uint64_t *v = rcp__map_put(&g->seen, rcp__hash(o.p, o.n, 0));
        if (!v)
            return RCP_ENOMEM;
        int dup = 0;
        if (*v && !(dup = !agg_cmp(g->outs[*v - 1], o)))
            for (size_t i = 0; i < g->nouts && !dup; i++)
                dup = !agg_cmp(g->outs[i], o);
        if (!dup) {
            if (!RCP__PUSH(g->outs, g->nouts, g->capouts) ||
                (g->nouts && rcp__buf_add(&g->names, "\n", 1)) ||
                rcp__buf_add(&g->names, o.p, o.n))
                return RCP_ENOMEM;
            if (!*v)
                *v = g->nouts + 1;
            g->outs[g->nouts++] = o;
        }
    }
    if (l.p) { /* sorted, each once */
        size_t i = 0;
        while (i < g->nlangs && agg_cmp(g->langs[i], l) < 0)
            i++;
        if (i == g->nlangs || agg_cmp(g->langs[i], l)) {
            if (!RCP__PUSH(g->langs, g->nlangs, g->caplangs))
                return RCP_ENOMEM;
            memmove(g->langs + i + 1, g->langs + i,
                    (g->nlangs - i) * sizeof *g->langs);
            g->langs[i] = l;
            g->nlangs++;
        }
    }
    if (d.p && (!g->lo.p || agg_cmp(d, g->lo) < 0))
        g->lo = d;
    if (d.p && (!g->hi.p || agg_cmp(d, g->hi) > 0))
        g->hi = d;
    return 0;
}

static int agg_story(rcp_store *s, long id, long batch)
{
    sqlite3_stmt *st = query(s, Q_AGG);
    if (!st)
        return RCP_EIO;
    sqlite3_bind_int64(st, 1, id);
    agg g;
    memset(&g, 0, sizeof g);
    rcp__arena_init(&g.a);
    rcp__map_init(&g.seen);
    rcp__buf_init(&g.names, RCP__BUF_NOMAX);
    rcp__buf_init(&g.ls, RCP__BUF_NOMAX);
    sqlite3_int64 count = 0;
    int r, rc = 0;
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW) {
        rc = agg_row(&g, st);
        count++;
    }
    sqlite3_reset(st);
    if (!rc && r != SQLITE_DONE)
        rc = RCP_EIO;
    for (size_t i = 0; i < g.nlangs && !rc; i++)
        if ((i && rcp__buf_add(&g.ls, " ", 1)) ||
            rcp__buf_add(&g.ls, g.langs[i].p, g.langs[i].n))
            rc = RCP_ENOMEM;
    if (!rc && !(st = query(s, Q_AGG_PUT)))
        rc = RCP_EIO;
    if (!rc) {
        /* (a buffer of empty strings has no bytes, nor a pointer) */
        aggstr v[] = {g.title, {NULL, g.names.len}, {NULL, g.ls.len}, g.lo,
                      g.hi};
        if (g.nouts)
            v[1].p = g.names.p ? g.names.p : "";
        if (g.nlangs)
            v[2].p = g.ls.p ? g.ls.p : "";
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, batch);
        sqlite3_bind_int64(st, 4, count);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)g.nouts);
        for (int i = 0; i < 5; i++) /* ?3 the title, ?6.. the others */
            if (v[i].p)
                sqlite3_bind_text(st, i ? i + 5 : 3, v[i].p, (int)v[i].n,
                                  SQLITE_STATIC);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : RCP_EIO;
        sqlite3_reset(st);
    }
    rcp__free(g.outs);
    rcp__free(g.langs);
    rcp__buf_release(&g.names);
    rcp__buf_release(&g.ls);
    rcp__map_release(&g.seen);
    rcp__arena_release(&g.a);
    return rc;
}

/* Re-aggregate one story and mark its digest stale. */
static int refresh_story(adder *ad, long id, rcp_error *err)
{
    rcp_store *s = ad->s;
    int rc = agg_story(s, id, ad->batch);
    if (rc == RCP_ENOMEM)
        return rcp__fail(err, rc, s->path, 0, 0, "out of memory");
    sqlite3_stmt *st = rc ? NULL : query(s, Q_DEL_PAGE);
    if (!st)
        return db_fail(s, err, "cannot update a story");
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return db_fail(s, err, "cannot update a story");
    return 0;
}

/* Drop a story left without articles (they moved; refresh_story counted
 * them) with its facts; *dropped says whether it was. */
static int drop_if_empty(rcp_store *s, long id, int *dropped)
{
    sqlite3_stmt *st = query(s, Q_DROP);
    if (!st)
        return RCP_EIO;
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return RCP_EIO;
    *dropped = sqlite3_changes(s->db) > 0;
    return *dropped ? drop_facts(s, id) : 0;
}

/* Sort and deduplicate ids in place; their number. */
static size_t unique_ids(long *v, size_t n)
{
    if (n)
        qsort(v, n, sizeof *v, cmp_long);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!m || v[m - 1] != v[i])
            v[m++] = v[i];
    return m;
}

/* A public *_json-style writer's text in a fresh string: written once
 * into the store's scratch buffer (again only when it must grow), then
 * copied: a digest's JSON or page costs one rendering, not two. */
static int render(rcp_store *s,
                  int (*fn)(const rcp_digest *, int, char *, size_t,
                            size_t *),
                  const rcp_digest *g, int arg, char **out, size_t *len)
{
    *out = NULL;
    int rc = fn(g, arg, s->scratch, s->scratchcap, len);
    if (!rc && *len >= s->scratchcap) {
        rc = rcp__grow(&s->scratch, &s->scratchcap, *len + 1, 1);
        if (!rc)
            rc = fn(g, arg, s->scratch, s->scratchcap, len);
    }
    if (!rc && !(*out = rcp__strndup(s->scratch, *len)))
        rc = RCP_ENOMEM;
    return rc;
}

static int digest_json(const rcp_digest *g, int line, char *buf, size_t cap,
                       size_t *len)
{
    return rcp_digest_json(g, line, buf, cap, len);
}

static int digest_html(const rcp_digest *g, int unused, char *buf,
                       size_t cap, size_t *len)
{
    (void)unused;
    return rcp_digest_html(g, buf, cap, len);
}

/* The forms of a kept page: the columns of `pages`. */
enum { PAGE_JSON, PAGE_HTML, PAGE_MD };

/* rcp_digest_write_md's text of one digest in a fresh string. */
static int digest_md(const rcp_digest *g, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    FILE *f = open_memstream(out, len);
    if (!f)
        return RCP_ENOMEM;
    int rc = rcp_digest_write_md(f, &g, 1);
    if (fclose(f) && !rc)
        rc = RCP_ENOMEM;
    if (rc || !*out) {
        free(*out); /* open_memstream's buffer is malloc's */
        *out = NULL;
        return rc ? rc : RCP_ENOMEM;
    }
    /* into our allocator, which rcp_store_free releases */
    char *p = rcp__strndup(*out, *len);
    free(*out);
    *out = p;
    return p ? 0 : RCP_ENOMEM;
}

/* A stored digest's text: the JSON story object with the story's own
 * count of articles ("story_articles", which the digest's "articles"
 * list equals unless the story has more than DIGEST_MAX), its page or
 * its Markdown with a line saying which articles it reads when it does
 * not read them all. Returns 0 or RCP_ENOMEM. */
static int stored_text(rcp_store *s, const rcp_store_digest *d, int kind,
                       char **out, size_t *len)
{
    int rc = kind == PAGE_HTML ? render(s, digest_html, d->digest, 0, out, len)
             : kind == PAGE_MD ? digest_md(d->digest, out, len)
                               : render(s, digest_json, d->digest, 1, out, len);
    if (rc || (kind != PAGE_JSON && d->n >= d->total))
        return rc;
    char add[256];
    const char *at;
    if (kind == PAGE_HTML) {
        snprintf(add, sizeof add,
                 "<p class=\"meta\">This digest reads %zu of the story's "
                 "%zu articles: the latest of each outlet first.</p>\n",
                 d->n, d->total);
        at = strstr(*out, "</p>\n"); /* after the counts */
        at = at ? at + 5 : *out;
    } else if (kind == PAGE_MD) {
        snprintf(add, sizeof add,
                 "*This digest reads %zu of the story's %zu articles: the "
                 "latest of each outlet first.*\n\n",
                 d->n, d->total);
        /* after the counts: "# title\n\n*s12: ...*\n\n" (the title's
         * own stars are escaped) */
        at = strstr(*out, "*\n\n");
        at = at ? at + 3 : *out;
    } else {
        snprintf(add, sizeof add, "\"story_articles\": %zu, ", d->total);
        at = **out == '{' ? *out + 1 : *out;
    }
    size_t k = strlen(add), pos = (size_t)(at - *out);
    char *p = rcp__realloc(*out, *len + k + 1);
    if (!p) {
        rcp__free(*out);
        *out = NULL;
        return RCP_ENOMEM;
    }
    memmove(p + pos + k, p + pos, *len - pos + 1);
    memcpy(p + pos, add, k);
    *out = p;
    *len += k;
    return 0;
}

/* Build the digest of a story, store it with its page and index its
 * facts; inside the caller's transaction. */
static int store_digest(rcp_store *s, long id, rcp_error *err)
{
    rcp_store_digest *d;
    int rc = build_digest(s, id, &d, err);
    if (rc)
        return rc;
    size_t len = 0, hlen = 0, mlen = 0;
    char *json = NULL, *html = NULL, *md = NULL;
    rc = stored_text(s, d, PAGE_JSON, &json, &len);
    if (!rc)
        rc = stored_text(s, d, PAGE_HTML, &html, &hlen);
    if (!rc)
        rc = stored_text(s, d, PAGE_MD, &md, &mlen);
    if (rc) {
        rcp__free(json);
        rcp__free(html);
        rcp_store_digest_free(d);
        return rcp__fail(err, rc, s->path, 0, 0, "out of memory");
    }
    sqlite3_stmt *up = query(s, Q_UP_DIGEST), *ins = query(s, Q_INS_FACT),
                 *insrow = query(s, Q_INS_ROW);
    rc = 0;
    if (!up || !ins || !insrow) {
        rc = db_fail(s, err, "cannot store a digest");
        goto out;
    }
    sqlite3_bind_text(up, 1, json, (int)len, SQLITE_STATIC);
    sqlite3_bind_text(up, 2, html, (int)hlen, SQLITE_STATIC);
    sqlite3_bind_int64(up, 3, id);
    sqlite3_bind_text(up, 4, md, (int)mlen, SQLITE_STATIC);
    rcp_digest_story info;
    rcp_digest_info(d->digest, &info);
    bind_or_null(up, 5, info.title);
    /* then the story's old facts out of the search index */
    if (sqlite3_step(up) != SQLITE_DONE || drop_facts(s, id)) {
        rc = db_fail(s, err, "cannot store a digest");
        goto out;
    }
    rcp_digest_item f;
    for (size_t i = 0; rcp_digest_fact_at(d->digest, i, &f); i++) {
        sqlite3_reset(ins);
        sqlite3_bind_int64(ins, 1, id);
        const char *aid = NULL;
        rcp_digest_article(d->digest, f.doc, &aid, NULL);
        bind_or_null(ins, 2, aid);
        sqlite3_bind_text(ins, 3, f.text, (int)f.len, SQLITE_STATIC);
        if (sqlite3_step(ins) != SQLITE_DONE) {
            rc = db_fail(s, err, "cannot index a fact");
            goto out;
        }
        sqlite3_reset(insrow);
        sqlite3_bind_int64(insrow, 1, sqlite3_last_insert_rowid(s->db));
        sqlite3_bind_int64(insrow, 2, id);
        if (sqlite3_step(insrow) != SQLITE_DONE) {
            rc = db_fail(s, err, "cannot index a fact");
            goto out;
        }
    }
out:
    sqlite3_reset(up);
    sqlite3_reset(ins);
    sqlite3_reset(insrow);
    rcp__free(json);
    rcp__free(html);
    rcp__free(md);
    rcp_store_digest_free(d);
    return rc;
}

/* Close a batch: the touched stories, then COMMIT. */
static int end_batch(adder *ad, rcp_store_add_stats *stats, rcp_error *err)
{
    if (write_moves(ad))
        return db_fail(ad->s, err, "cannot move an article");
    size_t n = unique_ids(ad->changed, ad->nchanged);
    for (size_t i = 0; i < n; i++) {
        int rc = refresh_story(ad, ad->changed[i], err);
        if (rc)
            return rc;
    }
    stats->stories_changed += n;
    n = unique_ids(ad->lost, ad->nlost);
    for (size_t i = 0; i < n; i++) {
        int dropped;
        if (drop_if_empty(ad->s, ad->lost[i], &dropped))
            return db_fail(ad->s, err, "cannot update a story");
        stats->stories_changed -= (size_t)dropped;
    }
    ad->nchanged = ad->nlost = 0;
    return exec(ad->s, "COMMIT", err);
}

static int begin_batch(adder *ad, rcp_error *err)
{
    int rc = exec(ad->s, "BEGIN IMMEDIATE", err);
    if (rc)
        return rc;
    char sql[160];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char at[32];
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(sql, sizeof sql,
             "INSERT INTO batches(at, added) VALUES ('%s', 0)", at);
    if ((rc = exec(ad->s, sql, err)))
        return rc;
    ad->batch = (long)sqlite3_last_insert_rowid(ad->s->db);
    return 0;
}

int rcp_store_add(rcp_store *s, rcp_reader *r,
                  void (*report)(void *ud, const rcp_error *e), void *ud,
                  rcp_store_add_stats *stats, rcp_error *err)
{
    rcp_store_add_stats local;
    if (!stats)
        stats = &local;
    memset(stats, 0, sizeof *stats);
    if (!s->writable)
        return rcp__fail(err, RCP_EINVAL, s->path, 0, 0,
                         "the store is open read-only");
    adder ad;
    memset(&ad, 0, sizeof ad);
    ad.s = s;
    ad.next_id = 1;
    rcp__map_init(&ad.renamed);
    int rc = 0;
    int in_tx = 0;
    /* the write lock first: the stored articles cannot change under us */
    if ((rc = begin_batch(&ad, err)))
        return rc;
    in_tx = 1;
    if (!(ad.c = rcp_clusterer_new(NULL))) {
        rc = rcp__fail(err, RCP_ENOMEM, s->path, 0, 0, "out of memory");
        goto out;
    }
    if ((rc = replay(&ad, err)))
        goto out;
    long before = ad.next_id;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM articles WHERE id = ?",
                           -1, &ad.find_id, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "SELECT 1 FROM articles WHERE hash = ? LIMIT 1",
                           -1, &ad.find_hash, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "INSERT INTO articles(id, hash, story, topic, "
                           "duplicate_of, source, url, title, date, author, "
                           "lang, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)",
                           -1, &ad.ins, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "INSERT INTO texts(seq, text, features) VALUES "
                           "(?, ?, ?)",
                           -1, &ad.ins_text, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "INSERT INTO search(kind, story, ref, title, body)"
                           " VALUES ('article', ?, ?, ?, ?)",
                           -1, &ad.ins_fts, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "UPDATE articles SET story = ?1, topic = ?1 "
                           "WHERE id = ?2",
                           -1, &ad.mv_one, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "UPDATE articles SET story = ?1, topic = ?1 "
                           "WHERE story = ?2",
                           -1, &ad.mv_all, NULL) ||
        sqlite3_prepare_v2(s->db,
                           "INSERT INTO moves(batch, article, from_story, "
                           "to_story) VALUES (?, ?, ?, ?)",
                           -1, &ad.mv_log, NULL)) {
        rc = db_fail(s, err, "cannot prepare");
        goto out;
    }
    size_t in_batch = 0;
    for (;;) {
        rcp_article *a;
        rcp_error e;
        int got = rcp_reader_next(r, &a, &e);
        if (got == 0)
            break;
        if (got < 0) {
            if (report)
                report(ud, &e);
            continue;
        }
        stats->read++;
        uint64_t h = text_hash(a);
        int is_known = 0;
        if ((rc = known(&ad, a, h, &is_known))) {
            rcp_article_free(a);
            rc = db_fail(s, err, "cannot look up an article");
            goto out;
        }
        if (is_known) {
            stats->known++;
            rcp_article_free(a);
            continue;
        }
        rc = add_one(&ad, a, h, err);
        rcp_article_free(a);
        if (rc)
            goto out;
        stats->added++;
        if (++in_batch == BATCH) {
            char sql[96];
            snprintf(sql, sizeof sql,
                     "UPDATE batches SET added = %zu WHERE id = %ld",
                     in_batch, ad.batch);
            if ((rc = exec(s, sql, err)) ||
                (rc = end_batch(&ad, stats, err)))
                goto out;
            in_tx = 0;
            in_batch = 0;
            if ((rc = begin_batch(&ad, err)))
                goto out;
            in_tx = 1;
        }
    }
    char sql[96];
    snprintf(sql, sizeof sql, "UPDATE batches SET added = %zu WHERE id = %ld",
             in_batch, ad.batch);
    if ((rc = exec(s, sql, err)) || (rc = end_batch(&ad, stats, err)))
        goto out;
    in_tx = 0;
    stats->stories_new = (size_t)(ad.next_id - before);
    stats->moved = ad.moved;
    stats->merged = ad.merged;
out:
    if (in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_finalize(ad.find_id);
    sqlite3_finalize(ad.find_hash);
    sqlite3_finalize(ad.ins);
    sqlite3_finalize(ad.ins_text);
    sqlite3_finalize(ad.ins_fts);
    sqlite3_finalize(ad.mv_one);
    sqlite3_finalize(ad.mv_all);
    sqlite3_finalize(ad.mv_log);
    rcp_clusterer_free(ad.c);
    for (size_t i = 0; i < ad.nart; i++)
        rcp__free(ad.art[i].id);
    rcp__free(ad.art);
    rcp__free(ad.st);
    rcp__free(ad.mv);
    rcp__map_release(&ad.renamed);
    rcp__free(ad.changed);
    rcp__free(ad.lost);
    rcp__free(ad.ops);
    rcp__free(ad.fj);
    return rc;
}

/* ---- reading ---- */

void rcp_store_free(void *p)
{
    rcp__free(p);
}

int rcp_store_export(rcp_store *s, FILE *f, rcp_error *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, story, duplicate_of, topic, source, "
                           "url, date FROM articles ORDER BY seq",
                           -1, &st, NULL))
        return db_fail(s, err, "cannot read the articles");
    rcp__buf b;
    rcp__buf_init(&b, 0);
    int r, rc = 0;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rcp__buf_reset(&b);
        rcp__buf_adds(&b, "{\"id\": ");
        rcp__buf_add_json_or_null(&b,
                                  (const char *)sqlite3_column_text(st, 0));
        rcp__buf_addf(&b, ", \"story\": \"s%lld\", \"duplicate_of\": ",
                      (long long)sqlite3_column_int64(st, 1));
        rcp__buf_add_json_or_null(&b,
                                  (const char *)sqlite3_column_text(st, 2));
        rcp__buf_addf(&b, ", \"topic\": \"t%lld\", \"source\": ",
                      (long long)sqlite3_column_int64(st, 3));
        rcp__buf_add_json_or_null(&b,
                                  (const char *)sqlite3_column_text(st, 4));
        rcp__buf_adds(&b, ", \"url\": ");
        rcp__buf_add_json_or_null(&b,
                                  (const char *)sqlite3_column_text(st, 5));
        rcp__buf_adds(&b, ", \"date\": ");
        rcp__buf_add_json_or_null(&b,
                                  (const char *)sqlite3_column_text(st, 6));
        if (rcp__buf_adds(&b, "}\n")) {
            rc = rcp__fail(err, RCP_ENOMEM, s->path, 0, 0, "out of memory");
            break;
        }
        if (fwrite(b.p, 1, b.len, f) != b.len) {
            rc = rcp__fail(err, RCP_EIO, s->path, 0, 0, "write error");
            break;
        }
    }
    if (!rc && r != SQLITE_DONE)
        rc = db_fail(s, err, "cannot read the articles");
    sqlite3_finalize(st);
    rcp__buf_release(&b);
    return rc;
}

long rcp_store_last_batch(rcp_store *s)
{
    sqlite3_stmt *st;
    long v = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT max(id) FROM batches", -1, &st,
                           NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = (long)sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

int rcp_store_stories(rcp_store *s, const rcp_store_query *q,
                      int (*fn)(void *ud, const rcp_store_story *st),
                      void *ud, rcp_error *err)
{
    rcp_store_query none;
    memset(&none, 0, sizeof none);
    if (!q)
        q = &none;
    sqlite3_stmt *st;
    /* the filters are bound, never pasted into the SQL */
    static const char sql[] =
        "SELECT id, title, articles, outlets, outlet_names, langs, "
        " first_date, last_date, created, updated "
        "FROM stories WHERE "
        " (?1 IS NULL OR id IN (SELECT story FROM articles WHERE source = "
        "?1)) AND (?2 IS NULL OR (' ' || langs || ' ') LIKE "
        "('% ' || ?2 || ' %')) AND (?3 IS NULL OR last_date >= ?3) AND "
        " (?4 IS NULL OR first_date <= ?4) AND (?5 = 0 OR id = ?5) "
        "ORDER BY outlets DESC, last_date DESC, id DESC LIMIT ?6 OFFSET ?7";
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL))
        return db_fail(s, err, "cannot read the stories");
    bind_or_null(st, 1, q->outlet && q->outlet[0] ? q->outlet : NULL);
    bind_or_null(st, 2, q->lang && q->lang[0] ? q->lang : NULL);
    bind_or_null(st, 3, q->since && q->since[0] ? q->since : NULL);
    bind_or_null(st, 4, q->until && q->until[0] ? q->until : NULL);
    sqlite3_bind_int64(st, 5, q->story);
    sqlite3_bind_int64(st, 6, q->limit ? (sqlite3_int64)q->limit : -1);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)q->offset);
    int r, rc = 0;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rcp_store_story x = {
            .id = (long)sqlite3_column_int64(st, 0),
            .title = col(st, 1),
            .articles = (size_t)sqlite3_column_int64(st, 2),
            .outlets = (size_t)sqlite3_column_int64(st, 3),
            .outlet_names = col(st, 4),
            .langs = col(st, 5),
            .first_date = col(st, 6),
            .last_date = col(st, 7),
            .created = (long)sqlite3_column_int64(st, 8),
            .updated = (long)sqlite3_column_int64(st, 9),
        };
        if ((rc = fn(ud, &x)))
            break;
    }
    if (!rc && r != SQLITE_DONE)
        rc = db_fail(s, err, "cannot read the stories");
    sqlite3_finalize(st);
    return rc;
}

/* The kept form `kind` of a story's digest (PAGE_*), and with title set
 * its title (NULL when it has none): 1 with *out, 0 when stale, or
 * RCP_ENOENT when there is no such story. A row of schema v3 (md NULL)
 * is stale for show (kind PAGE_MD, or title wanted). */
static int cached(rcp_store *s, long story, int kind, char **out,
                  char **title, rcp_error *err)
{
    static const char *const sql[] = {
        [PAGE_JSON] = "SELECT p.digest, p.title, p.md IS NOT NULL FROM "
                      "stories s LEFT JOIN pages p ON p.story = s.id WHERE "
                      "s.id = ?",
        [PAGE_HTML] = "SELECT p.html, p.title, p.md IS NOT NULL FROM "
                      "stories s LEFT JOIN pages p ON p.story = s.id WHERE "
                      "s.id = ?",
        [PAGE_MD] = "SELECT p.md, p.title, p.md IS NOT NULL FROM "
                    "stories s LEFT JOIN pages p ON p.story = s.id WHERE "
                    "s.id = ?",
    };
    *out = NULL;
    if (title)
        *title = NULL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql[kind], -1, &st, NULL))
        return db_fail(s, err, "cannot read the story");
    sqlite3_bind_int64(st, 1, story);
    int rc = 0;
    if (sqlite3_step(st) != SQLITE_ROW) {
        rc = no_story(s, story, err);
    } else if (sqlite3_column_text(st, 0) &&
               (!title || sqlite3_column_int(st, 2))) {
        if (!(*out = rcp__strndup(col(st, 0),
                                  (size_t)sqlite3_column_bytes(st, 0))) ||
            (title && col(st, 1) &&
             !(*title = rcp__strndup(col(st, 1),
                                     (size_t)sqlite3_column_bytes(st, 1))))) {
            rcp__free(*out);
            *out = NULL;
            rc = rcp__fail(err, RCP_ENOMEM, s->path, 0, 0, "out of memory");
        } else {
            rc = 1;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

/* The text of form `kind` of a story's digest (and its title when title
 * is not NULL): kept, or built and kept, or built. */
static int story_text(rcp_store *s, long story, int kind, char **out,
                      char **title, rcp_error *err)
{
    int rc = cached(s, story, kind, out, title, err);
    if (rc)
        return rc < 0 ? rc : 0;
    /* stale (an add is building it, or was killed first): build it, and
     * keep it when this handle may write and no add holds the lock (then
     * it is only not kept) */
    if (s->writable) {
        sqlite3_busy_timeout(s->db, 0);
        if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) ==
            SQLITE_OK) {
            rc = store_digest(s, story, err);
            sqlite3_exec(s->db, rc ? "ROLLBACK" : "COMMIT", NULL, NULL,
                         NULL);
        }
        sqlite3_busy_timeout(s->db, RCP_STORE_BUSY_MS);
        if (rc)
            return rc;
        if ((rc = cached(s, story, kind, out, title, err)) != 0)
            return rc < 0 ? rc : 0;
    }
    rcp_store_digest *d;
    if ((rc = build_digest(s, story, &d, err)))
        return rc;
    size_t len;
    rc = stored_text(s, d, kind, out, &len);
    if (!rc && title) {
        rcp_digest_story info;
        rcp_digest_info(d->digest, &info);
        if (info.title &&
            !(*title = rcp__strndup(info.title, strlen(info.title)))) {
            rcp__free(*out);
            *out = NULL;
            rc = RCP_ENOMEM;
        }
    }
    rcp_store_digest_free(d);
    if (rc)
        return rcp__fail(err, rc, s->path, 0, 0, "out of memory");
    return 0;
}

int rcp_store_story_json(rcp_store *s, long story, char **json,
                         rcp_error *err)
{
    return story_text(s, story, PAGE_JSON, json, NULL, err);
}

int rcp_store_story_html(rcp_store *s, long story, char **html,
                         rcp_error *err)
{
    return story_text(s, story, PAGE_HTML, html, NULL, err);
}

int rcp_store_write_story(rcp_store *s, long story, const char *format,
                          FILE *f, rcp_error *err)
{
    int kind = !strcmp(format, "json")   ? PAGE_JSON
               : !strcmp(format, "html") ? PAGE_HTML
               : !strcmp(format, "md")   ? PAGE_MD
                                         : -1;
    if (kind < 0)
        return rcp__fail(err, RCP_EINVAL, s->path, 0, 0,
                         "unknown format '%s'", format);
    char *text = NULL, *title = NULL;
    int rc = story_text(s, story, kind, &text, &title, err);
    if (rc)
        return rc;
    /* as rcp_digest_write_json and _html frame one story */
    if (kind == PAGE_JSON)
        rc = fprintf(f, "{\"stories\": [\n%s\n]}\n", text) < 0 ? RCP_EIO
                                                                 : 0;
    else if (kind == PAGE_HTML)
        rc = rcp_html_begin(f, title);
    if (!rc && kind == PAGE_HTML && fprintf(f, "<main>\n%s</main>\n", text) < 0)
        rc = RCP_EIO;
    if (!rc && kind == PAGE_HTML)
        rc = rcp_html_end(f);
    if (!rc && kind == PAGE_MD && fputs(text, f) == EOF)
        rc = RCP_EIO;
    if (!rc && fflush(f))
        rc = RCP_EIO;
    rcp__free(text);
    rcp__free(title);
    if (rc)
        return rcp__fail(err, rc, s->path, 0, 0, "%s",
                         rc == RCP_EIO ? "cannot write" : "out of memory");
    return 0;
}

static int refresh(rcp_store *s, size_t *built, rcp_error *err);

int rcp_store_refresh(rcp_store *s, size_t *built, rcp_error *err)
{
    int rc = refresh(s, built, err);
    free_kept(s); /* what no digest took: stories another add builds */
    return rc;
}

static int refresh(rcp_store *s, size_t *built, rcp_error *err)
{
    size_t local;
    if (!built)
        built = &local;
    *built = 0;
    if (!s->writable)
        return rcp__fail(err, RCP_EINVAL, s->path, 0, 0,
                         "the store is open read-only");
    for (;;) {
        /* a transaction per DIGESTS_PER_TX digests: readers see each
         * part at once, and a killed add keeps what it built */
        int rc = exec(s, "BEGIN IMMEDIATE", err);
        if (rc)
            return rc;
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(s->db,
                               "SELECT id FROM stories WHERE NOT EXISTS "
                               "(SELECT 1 FROM pages WHERE story = "
                               "stories.id) ORDER BY id LIMIT ?",
                               -1, &st, NULL)) {
            rc = db_fail(s, err, "cannot read the stories");
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
        sqlite3_bind_int(st, 1, DIGESTS_PER_TX);
        long ids[DIGESTS_PER_TX];
        size_t n = 0;
        while (n < DIGESTS_PER_TX && sqlite3_step(st) == SQLITE_ROW)
            ids[n++] = (long)sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        for (size_t i = 0; i < n && !rc; i++)
            rc = store_digest(s, ids[i], err);
        if (!rc)
            rc = exec(s, "COMMIT", err);
        if (rc) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
        *built += n;
        if (n < DIGESTS_PER_TX)
            return 0;
    }
}

int rcp_store_search(rcp_store *s, const char *query, size_t limit,
                     int (*fn)(void *ud, const rcp_store_hit *h), void *ud,
                     rcp_error *err)
{
    /* the words of the query, each a quoted FTS5 string: no operator of
     * the query language can come from the user */
    rcp__buf q;
    rcp__buf_init(&q, 4096);
    const char *p = query;
    int rc = 0;
    while (*p && !rc) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        if (!*p)
            break;
        if (q.len)
            rc = rcp__buf_adds(&q, " ");
        rc = rc ? rc : rcp__buf_addc(&q, '"');
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' &&
               !rc) {
            rc = *p == '"' ? rcp__buf_adds(&q, "\"\"") : rcp__buf_addc(&q, *p);
            p++;
        }
        rc = rc ? rc : rcp__buf_addc(&q, '"');
    }
    if (rc || !q.len) {
        rcp__buf_release(&q);
        return rc ? rcp__fail(err, RCP_ETOOBIG, s->path, 0, 0,
                              "query too long")
                  : 0;
    }
    rcp__buf_addc(&q, 0);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(
            s->db,
            "SELECT search.kind, CASE search.kind WHEN 'article' THEN "
            " a.story ELSE search.story END, search.ref, "
            " snippet(search, 4, char(1), char(2), '…', 24), a.title, "
            " a.source, a.url FROM search LEFT JOIN articles a ON a.id = "
            " search.ref WHERE search MATCH ?1 ORDER BY rank LIMIT ?2",
            -1, &st, NULL)) {
        rcp__buf_release(&q);
        return db_fail(s, err, "cannot search");
    }
    sqlite3_bind_text(st, 1, q.p, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : 50);
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rcp_store_hit h = {
            .fact = strcmp(col(st, 0) ? col(st, 0) : "", "fact") == 0,
            .story = (long)sqlite3_column_int64(st, 1),
            .article = col(st, 2),
            .snippet = col(st, 3),
            .title = col(st, 4),
            .source = col(st, 5),
            .url = col(st, 6),
        };
        if ((rc = fn(ud, &h)))
            break;
    }
    if (!rc && r != SQLITE_DONE)
        rc = db_fail(s, err, "cannot search");
    sqlite3_finalize(st);
    rcp__buf_release(&q);
    return rc;
}
