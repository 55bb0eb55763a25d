/*
 * recoupe.h - the public interface of librecoupe, and its manual.
 *
 * recoupe cross-checks the news: it reads articles (plain text, JSON Lines,
 * web pages), groups those that report the same story, and builds for each
 * story a digest whose every statement is a verbatim sentence of a source,
 * with the articles and outlets that back it.
 *
 * The pipeline, and the sections of this header, in order:
 *
 *     ingest   rcp_reader      inputs -> rcp_article (clean text + metadata)
 *     text     rcp_doc         article -> sentences, tokens, stems, language
 *     story    rcp_clusterer   docs -> story and duplicate_of, incrementally
 *     digest   rcp_digest      the docs of one story -> facts, quotes, ...
 *     outputs  rcp_digest_write_*   Markdown, JSON, HTML
 *
 * Conventions (they hold for every function below):
 *   - Functions that can fail return int: 0 on success, a negative RCP_E*
 *     code on failure; rcp_strerror() gives its message. Functions that
 *     produce something return 1 when they did and 0 at the end.
 *   - Text is UTF-8. Text going in is (const char *p, size_t len) and need
 *     not be NUL-terminated. Strings coming out are NUL-terminated.
 *   - Objects made by rcp_X_new() are released by rcp_X_free(), which
 *     accepts NULL. Everything hanging off an rcp_article or rcp_doc lives
 *     in that object's arena and stays valid until it is freed.
 *   - The library is single-threaded: text analysis keeps process-wide
 *     caches (stemmers, stems), and the allocator hook is global.
 */
#ifndef RECOUPE_H
#define RECOUPE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RCP_VERSION "0.1.0"

/* ------------------------------------------------------------------------
 * Errors
 *
 * One table, from which the enum and rcp_strerror() are both generated, so
 * the two can never drift. Codes are negative; 0 is success.
 */
#define RCP_ERRNO_MAP(X)                                                     \
    X(NOMEM, "out of memory")                                                \
    X(IO, "cannot read or write")                                            \
    X(NOENT, "no such file or directory")                                    \
    X(INVAL, "invalid argument")                                             \
    X(UTF8, "invalid UTF-8")                                                 \
    X(JSON, "malformed JSON")                                                \
    X(GZIP, "truncated or corrupt gzip data")                                \
    X(TOOBIG, "too large")                                                   \
    X(EMPTY, "empty article")                                                \
    X(DUPID, "duplicate id")                                                 \
    X(NOTEXT, "no article text")                                             \
    X(HTML, "page holds no article")                                         \
    X(UNSUPPORTED, "unsupported input")                                      \
    X(FORMAT, "unrecognised input format")                                   \
    X(SKIP, "not read, on purpose")                                          \
    X(BUSY, "the store is being written by another process")

enum { /* 1-based position in the table; internal */
    RCP__ERRNO_NONE_ = 0,
#define RCP__ERRNO_IDX_(name, msg) RCP__ERRNO_IDX_##name,
    RCP_ERRNO_MAP(RCP__ERRNO_IDX_)
#undef RCP__ERRNO_IDX_
    RCP__ERRNO_COUNT_
};
enum {
    RCP_OK = 0,
#define RCP__ERRNO_CODE_(name, msg) RCP_E##name = -RCP__ERRNO_IDX_##name,
    RCP_ERRNO_MAP(RCP__ERRNO_CODE_)
#undef RCP__ERRNO_CODE_
};

/* The message of an RCP_E* code ("invalid UTF-8"); never NULL. */
const char *rcp_strerror(int code);

/*
 * Where an input went wrong. Readers fill one, when given, for every input
 * they skip: `file` is the path as given ("-" for standard input), `line`
 * is 1-based for line-oriented inputs and 0 otherwise, `offset` is the byte
 * offset inside that line (or file) where the problem was found.
 */
typedef struct rcp_error {
    int code;
    char file[512];
    size_t line;
    size_t offset;
    char message[256]; /* the specific problem, e.g. "expected ':'" */
} rcp_error;

/* ------------------------------------------------------------------------
 * Memory
 *
 * Every allocation of the library goes through one hook, so that tests can
 * make the Nth allocation fail. The default is malloc/realloc/free. Set it
 * before creating any object; it is global.
 */
typedef struct rcp_allocator {
    void *(*realloc)(void *ud, void *p, size_t n); /* n == 0 never passed */
    void (*free)(void *ud, void *p);
    void *ud;
} rcp_allocator;

void rcp_set_allocator(const rcp_allocator *a); /* NULL restores default */

/* ------------------------------------------------------------------------
 * Ingest: reading articles
 */

/* One article. Every string is NUL-terminated, NULL when unknown, and lives
 * as long as the article. */
typedef struct rcp_article {
    const char *id;     /* unique among the inputs */
    const char *source; /* outlet: given, else url host, else id */
    const char *url;
    const char *title;
    const char *date;   /* ISO 8601 as given or found ("2023-09-14") */
    const char *author;
    const char *lang;   /* ISO 639-1, given or detected ("fr") */
    const char *text;   /* main text, paragraphs separated by '\n' */
    size_t text_len;
    const char *origin; /* the file it came from ("-" for stdin) */
    size_t line;        /* its line in a JSON Lines file, else 0 */
    size_t index;       /* 0-based position among the articles read */
    const char *warning; /* NULL, or why the input was read only in part
                            (a web page cut short by a parse limit: deep
                            nesting, too many nodes or parse errors, the
                            8 MiB cut); the article read before the cut is
                            kept. The CLI prints it with the file name. */
    struct rcp_article_priv_ *priv_; /* the arena; not for callers */
} rcp_article;

void rcp_article_free(rcp_article *a);

/* The largest max_article_bytes accepted (1 GiB); a larger one is taken as
 * this, so no size computed from it can overflow. */
#define RCP_MAX_ARTICLE_LIMIT ((size_t)1 << 30)

typedef struct rcp_read_opts {
    size_t max_article_bytes; /* a larger article is skipped; 0: 10 MiB */
    int raw;                  /* 1: no cleaning, no detection: as given */
} rcp_read_opts;

typedef struct rcp_reader rcp_reader;

/*
 * A reader over `n` inputs (paths, directories, or "-" for JSON Lines on
 * standard input; n == 0 means standard input). The paths are copied.
 * Directories are walked recursively in sorted path order and yield their
 * .txt, .htm(l), .jsonl, .xml/.rss/.atom/.rdf (feeds) and .warc files and
 * the .gz of each. Any file that starts as an RSS or Atom feed or a WARC
 * file is read as one whatever its name: each feed item, and each HTTP
 * response record of a web archive that holds a page, is an article.
 * opts may be NULL.
 * Returns NULL only when out of memory.
 */
rcp_reader *rcp_reader_new(const char *const *inputs, size_t n,
                           const rcp_read_opts *opts);

/*
 * The next article, in input order. Returns 1 and sets *out (free it with
 * rcp_article_free), 0 at the end, or a negative RCP_E* code when one input
 * (a file, a line) had to be skipped: *err then says which and why, and the
 * caller simply calls again to go on with the rest. err may be NULL.
 * RCP_ESKIP is a note, not a loss (not counted by rcp_reader_skipped): an
 * input not read on purpose (a hidden file or directory, a directory
 * reached again through a link, a file reached twice, a directory with no
 * article) or a remark on one that was read (bytes after its gzip data).
 * Directories are walked once each, by device and inode; a FIFO is read
 * only when a writer has it open, devices are refused; a line with no end
 * within twice its limit ends that input. A read interrupted by a signal
 * (EINTR) is an error for that input, so that a program can stop.
 */
int rcp_reader_next(rcp_reader *r, rcp_article **out, rcp_error *err);

/* How many inputs were skipped so far. */
size_t rcp_reader_skipped(const rcp_reader *r);

void rcp_reader_free(rcp_reader *r);

/*
 * Make an article from one JSON Lines record or one file's bytes, as the
 * reader does. `name` is the file name (its extensions say the format:
 * .txt .html .htm .jsonl, with .gz handled by the caller); for JSON the
 * record must be one object. Returns 0 and sets *out, or RCP_E* with *err.
 */
int rcp_article_from_text(const char *id, const char *p, size_t len,
                          const rcp_read_opts *opts, rcp_article **out,
                          rcp_error *err);
int rcp_article_from_json(const char *p, size_t len, const rcp_read_opts *opts,
                          rcp_article **out, rcp_error *err);
int rcp_article_from_html(const char *id, const char *p, size_t len,
                          const rcp_read_opts *opts, rcp_article **out,
                          rcp_error *err);

/* Write `p[0..len)` as a JSON string literal (quotes included; invalid
 * UTF-8 becomes U+FFFD). Returns 0 or RCP_EIO. */
int rcp_write_json_string(FILE *f, const char *p, size_t len);

/* Write an article as the one-line JSON object of `recoupe extract`
 * (id, source, url, title, date, author, lang, text; unknown fields null),
 * followed by a newline. Returns 0, RCP_ENOMEM or RCP_EIO. */
int rcp_article_write_json(FILE *f, const rcp_article *a);

/* ------------------------------------------------------------------------
 * Text: sentences, tokens, stems, language
 */

enum {
    RCP_TOK_WORD = 1 << 0,   /* letters (may hold digits, - and ') */
    RCP_TOK_NUM = 1 << 1,    /* a number: 12, 1 000, 3,5, 3.5, 12e */
    RCP_TOK_PUNCT = 1 << 2,  /* anything else that is not space */
    RCP_TOK_CAP = 1 << 3,    /* starts with an upper-case letter */
    RCP_TOK_UPPER = 1 << 4,  /* all letters upper-case, 2 or more */
    RCP_TOK_STOP = 1 << 5,   /* a stopword of the document's language */
    RCP_TOK_SSTART = 1 << 6, /* first word of its sentence */
    RCP_TOK_QUOTE = 1 << 7,  /* an opening or closing quotation mark (the
                                `` and '' of wire copy are one token; ‘
                                and ’ only when paired as marks) */
    RCP_TOK_URL = 1 << 8,    /* a URL, e-mail address or domain name */
    RCP_TOK_DATE = 1 << 9,   /* with NUM: a numeric date (14/09/2023) */
    RCP_TOK_IDEO = 1 << 10   /* with WORD: one Han or kana character;
                                scripts written without spaces give one
                                token per character (Chinese, Japanese) */
    /* bits 12 and 13 are the library's own: the doc's language class
     * (rcp_doc.lang_class), which its word lists read from a token */
};

typedef struct rcp_token {
    uint32_t off, len;   /* the bytes in rcp_doc.text */
    uint32_t sent;       /* index of its sentence */
    uint16_t flags;      /* RCP_TOK_* */
    uint16_t norm_len;
    const char *norm;    /* folded: lower case, no accents, ' for ’,
                            " for « » “ ”; numbers without the spaces
                            between digit groups (1000 for 1 000) */
    const char *stem;    /* Snowball stem of norm (NUL-terminated); norm
                            itself for other than words */
    uint64_t hnorm;      /* hash of norm */
    uint64_t hstem;      /* hash of stem */
} rcp_token;

typedef struct rcp_sentence {
    uint32_t off, len;          /* the bytes in rcp_doc.text */
    uint32_t tok, ntok;         /* its tokens: toks[tok .. tok+ntok) */
    uint32_t para;              /* index of its paragraph */
} rcp_sentence;

typedef struct rcp_paragraph {
    uint32_t off, len;
    uint32_t sent, nsent;
} rcp_paragraph;

/* The class of a document's language, as the analysis reads it: which
 * of recoupe's French or English word lists and lexicons apply. Decided
 * once, from rcp_doc.lang, when the doc is built; every later stage tests
 * the class, never the code. OTHER (any language but English and French,
 * and unknown) is neutral: no French or English list applies to it, while
 * what holds in any language still does (numbers, dates in figures,
 * names, near-copies, quotations by their punctuation). */
typedef enum rcp_lang_class {
    RCP_LC_OTHER = 0,
    RCP_LC_EN,
    RCP_LC_FR
} rcp_lang_class;

typedef struct rcp_doc {
    const rcp_article *article; /* borrowed; may be NULL */
    const char *text;           /* normalised (NFC) text the offsets index */
    size_t len;
    char lang[4];               /* "fr", "en", ... or "" when unknown */
    rcp_lang_class lang_class;  /* of lang (rcp_lang_class_of) */
    rcp_paragraph *paras;
    size_t nparas;
    rcp_sentence *sents;
    size_t nsents;
    rcp_token *toks;
    size_t ntoks;
    struct rcp_doc_priv_ *priv_;
} rcp_doc;

/*
 * Analyse a text: NFC normalisation, paragraphs (split at '\n'), sentences,
 * tokens with their folded forms and stems. `lang` is an ISO 639-1 hint, or
 * NULL/"" to detect it. The text is copied. Returns NULL when out of memory.
 *
 * Sentences are verbatim spans that make sense alone: abbreviations and
 * initials (M. Dupont, J.-M. Le Pen, U.S.) do not end one; a short
 * quotation that closes in its paragraph is not cut, so that
 * « A. B », a dit X. is one sentence (longer ones, with more than three
 * sentence ends, are cut as ordinary text); closing quotation marks and
 * brackets after the final stop belong to the sentence; every paragraph
 * end ends a sentence (headlines, list items). URLs, e-mail addresses,
 * numeric dates, times and numbers with their separators (1 000, 3,5)
 * are one token each. Invalid UTF-8 ends the text (the valid prefix is
 * analysed). Costs linear time in the text, whatever the text.
 */
rcp_doc *rcp_doc_new(const char *text, size_t len, const char *lang);

/* The same for an article: its text, language, and a borrowed pointer to
 * the article, which must outlive the doc. An article of the readers is
 * taken as they validated it; one the caller fills in must have priv_
 * NULL (its text is then validated and normalised here). */
rcp_doc *rcp_doc_from_article(const rcp_article *a);

void rcp_doc_free(rcp_doc *d);

/* The language of a text as ISO 639-1 ("fr"), or "" when no language
 * reaches a sound score (too short, or not one that recoupe knows). Latin
 * script: fr en de es it pt nl, and ms or id (Malay, Indonesian); other
 * scripts by their letters (ru uk sr mk el he ar hi th ko ja zh). */
const char *rcp_lang_detect(const char *p, size_t len);

/* The class of an ISO 639-1 code: RCP_LC_EN for "en", RCP_LC_FR for
 * "fr", RCP_LC_OTHER for any other code, "" or NULL. */
rcp_lang_class rcp_lang_class_of(const char *lang);

/* ------------------------------------------------------------------------
 * Story: near-duplicates and same-event clustering
 *
 * Articles are added one at a time, in order; each gets a story at once
 * (the streaming answer), and rcp_clusterer_finish() may then refine every
 * assignment with what the whole collection tells (the batch answer). How
 * it works is told in src/story/cluster.c.
 *
 * A story is a set of articles reporting the same real-world event. An
 * article is a near-duplicate of an earlier one when their texts share
 * most of their word 4-shingles (estimated Jaccard >= dup_threshold):
 * the same wire copy give or take a headline, boilerplate and small
 * edits. A near-duplicate always joins the story of the article it copies.
 * The batch answer also groups stories into topics, the clusters of a
 * lower cut of the same hierarchy: one ongoing affair (a rescue, then the
 * hostage's visit to the Pope a month later). Two groups of articles that
 * mostly name different months (July against September), neither
 * recalling the other's, are kept in two stories whatever their
 * similarity, and may share a topic.
 */

/* Defaults, tuned on the development sets (see docs/cluster.md). */
#define RCP_CLUSTER_THRESHOLD 0.225 /* mean similarity to join a story */
#define RCP_CLUSTER_DUP_THRESHOLD 0.70 /* shingle Jaccard of a copy */
#define RCP_CLUSTER_WINDOW 7           /* days */

typedef struct rcp_cluster_opts {
    double threshold;     /* similarity needed to join a story; 0: default */
    double dup_threshold; /* near-duplicate Jaccard; 0: default */
    unsigned window;      /* days: a dated article is never linked to a
                             dated article further away; 0: default */
    int no_dates;         /* 1: ignore dates: the articles' own, and the
                             months their text names */
    int no_refine;        /* 1: finish() keeps the streaming assignment */
    double topic_threshold; /* batch: the lower cut that groups stories
                               into topics (at most threshold); 0: half
                               the threshold */
} rcp_cluster_opts;

typedef struct rcp_assignment {
    size_t story;        /* story number, dense from 0 */
    size_t topic;        /* a coarser grouping of stories (the same
                            ongoing affair: an arrest, then the trial),
                            dense from 0; in the stream, its own lower
                            cut (a partition of its own, not nested in
                            the stories) */
    long duplicate_of;   /* index of the earliest article copied, or -1 */
} rcp_assignment;

typedef struct rcp_clusterer rcp_clusterer;

/* A clusterer with the given options (NULL: every default). Returns NULL
 * when out of memory. */
rcp_clusterer *rcp_clusterer_new(const rcp_cluster_opts *opts);

/*
 * Add the next article (indices are given in order from 0) and say where it
 * goes now: `out->story` is the streaming story, numbered densely in order
 * of first output (`out->topic` likewise; earlier articles may move: see
 * rcp_clusterer_moves). The doc is not kept: it may be freed as soon as this
 * returns; its article (d->article, may be NULL) gives the title and date.
 * `out` may be NULL when only the batch answer of rcp_clusterer_finish()
 * is wanted: the streaming search is then skipped (faster), and finish()
 * refines whatever no_refine says.
 * Returns 0, or RCP_ENOMEM (the article is then not added).
 */
int rcp_clusterer_add(rcp_clusterer *c, const rcp_doc *d, rcp_assignment *out);

/*
 * After the last article: the final assignment of every article, which a
 * batch pass may have refined. `out` has room for as many articles as
 * were added; story numbers are dense and in order of first appearance.
 * duplicate_of is never changed by the refinement. Returns 0 or
 * RCP_ENOMEM. Articles may not be added afterwards.
 */
int rcp_clusterer_finish(rcp_clusterer *c, rcp_assignment *out);

/*
 * The earlier articles that the last rcp_clusterer_add (with an out) moved
 * to another story: later articles showed they belong elsewhere, or two
 * stories met and became one (the one most of their articles were
 * reported in keeps its number). A stream that reports each move keeps
 * its reader's stories those of the clusterer. Each move says which
 * article, where it is now, and the story it was reported in before (the
 * one it was written out with, or its last move). Story numbers are
 * those of rcp_assignment.story (a story first reported by a move takes
 * the next number, after the new article's). Valid until
 * the next add; none after an add without an out.
 */
typedef struct rcp_move {
    size_t article;    /* its index (order of addition, from 0) */
    rcp_assignment to; /* where it is now (duplicate_of as before) */
    size_t from;       /* the story it was reported in before */
} rcp_move;

/*
 * The end of a stream (or any pause in it): its last articles (16,384 at
 * most) clustered again as the batch clusters them, and their stories and
 * topics made the batch's: a story keeps the number most of its articles
 * had, and each article that changes story is a move (rcp_clusterer_moves,
 * as after an add). The same is done every 65,536 adds, inside the add. A
 * stream's stories depend on the order its articles came in; after this,
 * those of its last articles do not. Articles may still be added. Returns
 * 0, RCP_ENOMEM, or RCP_EINVAL after rcp_clusterer_finish(). Does nothing
 * when some articles were added without an out.
 */
int rcp_clusterer_settle(rcp_clusterer *c);

/* How many moves the last add made. */
size_t rcp_clusterer_moves(const rcp_clusterer *c);

/* Move k (0 .. moves-1) into *out: 1, or 0 when k is out of range. */
int rcp_clusterer_move_at(const rcp_clusterer *c, size_t k, rcp_move *out);

/* How many articles were added. */
size_t rcp_clusterer_count(const rcp_clusterer *c);

void rcp_clusterer_free(rcp_clusterer *c);

/* ------------------------------------------------------------------------
 * Story, in stages: per-article features, then clustering over them
 *
 * What the clusterer keeps of an article can be computed apart from it,
 * on another process or machine: an rcp_features record holds the
 * article's id, date, the months its text names, its MinHash sketch, and
 * every distinct term of its text and title with its count (64-bit term
 * hashes, in order of first occurrence). Feeding the records to a
 * clusterer in the order of the articles gives exactly the assignment
 * that adding the docs would have given (same options, same order): the
 * per-article analysis is a map, the clustering a reduce over compact
 * records (docs/scale.md has the sizes and the arithmetic).
 *
 * As JSON (one object on one line, the `recoupe features` format):
 *   {"id": "a1", "date": "2023-09-14", "months": 256, "sketch": "…",
 *    "terms": "…", "nterms": 312}
 * date is null when unknown; months has bit m-1 set when the text names
 * month m; sketch is 64 16-bit bins as 256 hex digits, or null when the
 * text has no word; terms is base64 of one record per term (its 64-bit
 * hash, 8 bytes little-endian, then a LEB128 varint count << 2 | flags,
 * flags bit 0 a name, bit 1 a title word). The format is versioned by
 * RCP_VERSION's major number and is not meant to be read by people.
 */
typedef struct rcp_features rcp_features;

/* The features of a doc (its article, when it has one, gives the id,
 * the title and the date; without one the id is ""). Returns 0 and sets
 * *out (free it with rcp_features_free), or RCP_ENOMEM. */
int rcp_features_new(const rcp_doc *d, rcp_features **out);

/* The article id of a record; NUL-terminated, lives as long as it. */
const char *rcp_features_id(const rcp_features *f);

void rcp_features_free(rcp_features *f);

/*
 * The record as one line of JSON (no newline) into buf[0..cap): *len is
 * set to its full length; when *len < cap the text and a NUL are in buf,
 * else call again with cap > *len (buf may be NULL when cap is 0).
 * Returns 0 or RCP_ENOMEM.
 */
int rcp_features_json(const rcp_features *f, char *buf, size_t cap,
                      size_t *len);

/* A record back from the JSON above (white space around it allowed).
 * Returns 0 and sets *out, or RCP_EJSON / RCP_EINVAL (a field missing or
 * malformed) with *err saying which and at which byte (err may be NULL;
 * its file and line are left to the caller), or RCP_ENOMEM. */
int rcp_features_from_json(const char *p, size_t len, rcp_features **out,
                           rcp_error *err);

/* The record in a compact binary form, for storage (the store keeps
 * it): the same fields, about half the bytes of the JSON, read back
 * without a parse. The format follows RCP_VERSION's major number and is
 * not an exchange format (the JSON is). rcp_features_pack writes it as
 * rcp_features_json does (*len its full length; the bytes in buf when
 * *len <= cap). rcp_features_unpack reads it back: 0 and *out, or
 * RCP_EINVAL (anything malformed: cut short, bytes left over, a field
 * out of range) with *err saying what and at which byte, or RCP_ENOMEM. */
int rcp_features_pack(const rcp_features *f, void *buf, size_t cap,
                      size_t *len);
int rcp_features_unpack(const void *p, size_t len, rcp_features **out,
                        rcp_error *err);

/* rcp_clusterer_add from a record instead of a doc: the same result. */
int rcp_clusterer_add_features(rcp_clusterer *c, const rcp_features *f,
                               rcp_assignment *out);

/*
 * Which story each article is in, by id: read back from the lines
 * `recoupe cluster` writes ({"id": "a1", "story": "s3", ...}), for the
 * stage that digests each story apart from the clustering (see
 * `recoupe digest-stories`). Ids are compared by a 64-bit hash, as the
 * reader compares them.
 */
typedef struct rcp_story_map rcp_story_map;

/* An empty map, or NULL when out of memory. */
rcp_story_map *rcp_story_map_new(void);

/* Put id -> story (both copied). Returns 0, RCP_EDUPID when the id is
 * already there (its story is kept), or RCP_ENOMEM. */
int rcp_story_map_put(rcp_story_map *m, const char *id, const char *story);

/* Put one JSON line of `recoupe cluster` output (its "id" and "story";
 * other members are ignored). Returns 0, RCP_EJSON or RCP_EINVAL with *err
 * (message and byte; err may be NULL), RCP_EDUPID, or RCP_ENOMEM. */
int rcp_story_map_put_json(rcp_story_map *m, const char *p, size_t len,
                           rcp_error *err);

/* The story of `id` (NUL-terminated, valid until the map is freed), or
 * NULL when it has none. */
const char *rcp_story_map_get(const rcp_story_map *m, const char *id);

/* How many ids the map holds. */
size_t rcp_story_map_count(const rcp_story_map *m);

void rcp_story_map_free(rcp_story_map *m);

/* ------------------------------------------------------------------------
 * Digest: one consolidated account of a story
 *
 * A digest holds, for the docs of one story:
 *   - facts: groups of sentences of different articles that state the
 *     same thing in whatever words (a wire rewrite, another translation of
 *     the same statement), each shown by one whole verbatim sentence, with
 *     its support (every article stating it) and its number of distinct
 *     outlets (article->source; the id when there is none). Only facts
 *     stated by two articles or more are listed; a sentence repeated inside
 *     one article counts once;
 *   - summary: whole verbatim sentences, at most `words` words in all
 *     (words are runs of non-white-space, Unicode White_Space), the most
 *     important and best corroborated first, none repeating another;
 *   - unique: for each article, the statements no other article makes,
 *     in article order;
 *   - quotes, grouped across translations, with their speakers; entities
 *     with their spellings; dates as a timeline; disagreements (figures or
 *     dates that aligned sentences give differently, publication dates
 *     that cannot all be right).
 * Every text it writes is a verbatim span of one doc's text (rcp_doc.text,
 * the article's text after NFC normalisation).
 */

typedef struct rcp_digest_opts {
    size_t words;   /* summary budget in words; 0: 120 */
    const char *id; /* the story's id in the outputs ("s1"); copied;
                       NULL: "s1" */
} rcp_digest_opts;

typedef struct rcp_digest rcp_digest;

/*
 * Build the digest of one story from its n docs (n may be 0). Each doc's
 * article (rcp_doc.article) gives its id, source and date; a doc without
 * one is named "d1", "d2"... by position. The docs, and their articles,
 * are borrowed: they must outlive the digest; the array `docs` itself is
 * copied, and may be freed or reused at once. opts may be NULL. Returns
 * NULL only when out of memory. Everything the digest holds lives in one
 * arena released by rcp_digest_free (which accepts NULL). Cost: a few
 * milliseconds for ten articles, entity and quote analysis included.
 */
rcp_digest *rcp_digest_new(const rcp_doc *const *docs, size_t n,
                           const rcp_digest_opts *opts);
void rcp_digest_free(rcp_digest *d);

/*
 * Write n digests, in the order given, as one document:
 *   _json  {"stories": [...]}, the contract of `recoupe digest --format
 *          json`, one element per line, plus these fields: a story's
 *          "outlets"; a summary item's "outlets"; a fact's "article"
 *          (where its text comes from); a quote's "article"; an entity's
 *          "mentions". Empty lists are [], unknown values null.
 *   _md    Markdown for a terminal: title, summary with [n outlets]
 *          badges, facts, what each article adds, quotes, names shared by
 *          several articles, timeline, disagreements.
 *   _html  a standalone page (inline CSS, no script, no external
 *          resource, every text escaped) readable on a phone: an index
 *          of the stories linking to each (when n > 1), then each story
 *          as rcp_digest_html writes it (below).
 * _json and _md build the whole text in memory and write it at once;
 * _html writes one story at a time. Returns 0,
 * RCP_ENOMEM, or RCP_EIO when writing or flushing f failed.
 */
int rcp_digest_write_json(FILE *f, const rcp_digest *const *d, size_t n);
int rcp_digest_write_md(FILE *f, const rcp_digest *const *d, size_t n);
int rcp_digest_write_html(FILE *f, const rcp_digest *const *d, size_t n);

/*
 * The same JSON story object as rcp_digest_write_json writes for one
 * digest (the contract's fields and its additions), into buf[0..cap) as
 * rcp_features_json does: *len is its full length, the text and a NUL
 * are in buf when *len < cap. With `line` set it is written on one line
 * (for JSON Lines), else indented as rcp_digest_write_json indents it.
 * Returns 0 or RCP_ENOMEM.
 */
int rcp_digest_json(const rcp_digest *d, int line, char *buf, size_t cap,
                    size_t *len);

/*
 * The HTML of digests, shared by `recoupe digest --format html` and
 * `recoupe serve` (plain HTML and CSS, no script, every text escaped).
 *
 * rcp_digest_html: one story as an HTML fragment, <article
 * class="story" id="ID">...</article>: title and counts, summary and
 * facts with a badge per outlet behind each (linked to that outlet's
 * article when its url is http(s)), what each outlet adds, quotes, who
 * and what, timeline, disagreements side by side, the articles. Into
 * buf[0..cap) as rcp_digest_json. Returns 0 or RCP_ENOMEM.
 *
 * A page is rcp_html_begin (doctype, head with the style sheet, <body>),
 * what the caller writes (a <main> with fragments, index entries in an
 * <ol class="stories">), then rcp_html_end. rcp_html_index_entry writes
 * one <li> of an index of stories; only href is required.
 * They return 0, RCP_ENOMEM or RCP_EIO (writing f failed).
 */
int rcp_digest_html(const rcp_digest *d, char *buf, size_t cap, size_t *len);

typedef struct rcp_html_entry {
    const char *href;  /* the link: "/story/12", "#s12" */
    const char *title; /* NULL: "(untitled)" */
    size_t articles, outlets;
    const char *langs;        /* "en fr", or NULL */
    const char *first_date;   /* "2024-01-02", or NULL */
    const char *last_date;    /* or NULL */
    const char *outlet_names; /* one a line (the first six shown), or NULL */
    const char *mark;         /* "new", "changed", or NULL */
} rcp_html_entry;

int rcp_html_begin(FILE *f, const char *title);
int rcp_html_index_entry(FILE *f, const rcp_html_entry *e);
int rcp_html_end(FILE *f);

/* ------------------------------------------------------------------------
 * Reading a digest
 *
 * Everything a digest holds, as data. Each kind of item is read by index
 * from 0: the function returns 1 and fills *out while i is in range, 0
 * past the end (and leaves *out alone), so that
 *
 *     rcp_digest_item f;
 *     for (size_t i = 0; rcp_digest_fact_at(g, i, &f); i++)
 *         printf("%.*s (%zu outlets)\n", (int)f.len, f.text, f.outlets);
 *
 * reads every fact. Articles are named by their position among the docs
 * given to rcp_digest_new ("doc"); a support is the list of every article
 * behind an item, as doc positions ascending, each once (ids and outlets
 * by rcp_digest_article). Texts marked "span" are verbatim bytes of
 * docs[doc]->text, NOT NUL-terminated: use (text, len). Every pointer
 * stays valid until rcp_digest_free (spans: while the docs live too).
 * The order of each list is the order of the JSON form.
 */

/* The story: its id ("s1"), title (NULL when none of its articles has
 * one), number of articles and of distinct outlets. */
typedef struct rcp_digest_story {
    const char *id;
    const char *title;
    size_t articles;
    size_t outlets;
} rcp_digest_story;

void rcp_digest_info(const rcp_digest *d, rcp_digest_story *out);

/* Article `doc`: its id (the article's, or "d1", "d2"... by position) and
 * outlet (the article's source, else its id). Returns 1, or 0 when doc is
 * out of range. */
int rcp_digest_article(const rcp_digest *d, size_t doc, const char **id,
                       const char **source);

/* A statement: a sentence of the summary, a fact, or a unique statement. */
typedef struct rcp_digest_item {
    const char *text;        /* span */
    size_t len;
    size_t doc;              /* the article the text is taken from */
    const uint32_t *support; /* every article stating it, whatever the
                                wording; for unique statements, doc alone */
    size_t nsupport;
    size_t outlets; /* distinct outlets among support */
} rcp_digest_item;

/* The summary, most important first, within the words budget. */
int rcp_digest_summary_at(const rcp_digest *d, size_t i, rcp_digest_item *out);

/* The facts stated by two articles or more, most outlets first. */
int rcp_digest_fact_at(const rcp_digest *d, size_t i, rcp_digest_item *out);

/* The evidence of support[k] of summary item i / fact i: the sentence
 * (span) of that article that states the item, its own words when it
 * says it otherwise (the shown article's: the item's text). Returns 1,
 * or 0 when i or k is out of range. The JSON form writes these as the
 * item's "evidence", beside "support". */
int rcp_digest_summary_evidence(const rcp_digest *d, size_t i, size_t k,
                                const char **text, size_t *len);
int rcp_digest_fact_evidence(const rcp_digest *d, size_t i, size_t k,
                             const char **text, size_t *len);
/* 1 when support[k] of summary item i / fact i is partial: its article
 * states the item's claim but not every detail of the sentence shown (its
 * evidence holds less than 0.7 of the sentence's words, words of one
 * meaning counting); 0 when it states the sentence whole, and when i or
 * k is out of range. The JSON form lists these as the item's
 * "partial"; the Markdown form marks them "(part)". */
int rcp_digest_summary_partial(const rcp_digest *d, size_t i, size_t k);
int rcp_digest_fact_partial(const rcp_digest *d, size_t i, size_t k);

/* What each article states that no other does: every article's, in
 * article order, then in the article's order. */
int rcp_digest_unique_at(const rcp_digest *d, size_t i, rcp_digest_item *out);

/* A quotation, grouped across the articles that carry it. */
typedef struct rcp_digest_quote {
    const char *text; /* span: the words between the quotation marks */
    size_t len;
    size_t doc;          /* the article the text is taken from */
    const char *speaker; /* the entity's name, or the role as written
                            ("parquet de Paris") when no one in the story
                            is named with it; NULL when unsure */
    const uint32_t *support;
    size_t nsupport;
} rcp_digest_quote;

int rcp_digest_quote_at(const rcp_digest *d, size_t i, rcp_digest_quote *out);

/* A person, organisation or place, its spellings merged. */
typedef struct rcp_digest_entity {
    const char *name;            /* the canonical spelling */
    const char *type;            /* "PER", "ORG", "LOC" or "MISC" */
    const char *const *variants; /* the other spellings, most seen first */
    size_t nvariants;
    const uint32_t *support; /* the articles that name it */
    size_t nsupport;
    size_t mentions; /* in all the articles */
} rcp_digest_entity;

/* Most mentioned first. */
int rcp_digest_entity_at(const rcp_digest *d, size_t i,
                         rcp_digest_entity *out);

/* A date of the timeline. */
typedef struct rcp_digest_date {
    const char *value; /* absolute: "2023-09-13", "2023-09" or "2023" */
    const char *text;  /* span: one way it is written */
    size_t len;
    size_t doc; /* where that text is */
    const uint32_t *support;
    size_t nsupport;
} rcp_digest_date;

/* In timeline order. */
int rcp_digest_date_at(const rcp_digest *d, size_t i, rcp_digest_date *out);

/* A disagreement: what it is about (a sentence that states it, or
 * "publication date"), its kind, and how many values are given. Kinds:
 * "conflict" (articles give values that cannot all be right for the same
 * thing: counts, amounts, percentages, dates, weekdays), "revision"
 * (the same, but every article of each value was published after every
 * article of the value before: a toll revised over time; values in
 * publication order), "publication" (the articles' own dates). */
typedef struct rcp_digest_disagreement {
    const char *about;
    const char *kind;
    size_t nvalues;
} rcp_digest_disagreement;

/* One of the values, as written ("600 millions d'euros", "Friday
 * night"), with the articles giving it and one sentence that gives it:
 * sentence[0..len) of article doc (NULL for publication dates). */
typedef struct rcp_digest_value {
    const char *value;
    const uint32_t *support;
    size_t nsupport;
    const char *sentence; /* span, or NULL */
    size_t len;
    size_t doc;
} rcp_digest_value;

int rcp_digest_disagreement_at(const rcp_digest *d, size_t i,
                               rcp_digest_disagreement *out);
/* Value v (0 .. nvalues-1) of disagreement i; 0 when either is out of
 * range. */
int rcp_digest_disagreement_value(const rcp_digest *d, size_t i, size_t v,
                                  rcp_digest_value *out);


/* ------------------------------------------------------------------------
 * Store: articles, stories and digests kept across runs (SQLite)
 *
 * One SQLite file holds every article added (clean text, metadata, the
 * clusterer's features), its story, and each story's digest; the schema
 * is in docs/store.md, versioned by PRAGMA user_version and migrated on
 * open for writing. Stories are the streaming clusterer's, its later
 * moves applied (the clusterer is rebuilt at each add from the stored
 * features of the last 2,048 articles): an article keeps its story id
 * unless the stream moves it to another story, or its story merges into
 * an older one, whose id it then takes; each change is logged (the
 * `moves` table, docs/store.md). Stories are named "s" and their number
 * ("s12") in the outputs.
 */
typedef struct rcp_store rcp_store;

/* How long a writer waits for another one before giving up (ms). */
#define RCP_STORE_BUSY_MS 5000

/*
 * Open (writable: create or migrate) the store at path. Returns 0 and
 * sets *out, or RCP_E* with *err: RCP_ENOENT (read-only and missing),
 * RCP_EFORMAT (not a store), RCP_EUNSUPPORTED (a newer schema), RCP_EBUSY,
 * RCP_EIO. Each handle is for one thread.
 */
int rcp_store_open(const char *path, int writable, rcp_store **out,
                   rcp_error *err);
void rcp_store_close(rcp_store *s);

typedef struct rcp_store_add_stats {
    size_t read;            /* articles the reader gave */
    size_t added;           /* of which new */
    size_t known;           /* of which already stored (same id or text) */
    size_t stories_new;     /* stories created */
    size_t stories_changed; /* stories created or changed (digests stale) */
    size_t moved;           /* stored articles moved to another story */
    size_t merged;          /* stories merged into an older one */
} rcp_store_add_stats;

/*
 * Add every article of the reader. Articles already stored (same id, or
 * same clean text) are skipped. Each batch of new articles is one
 * transaction; the stories it touched get their counts rebuilt in it and
 * their digests marked stale (rcp_store_refresh builds them: `recoupe
 * add` calls it next). Inputs the reader skips are passed to report (may be
 * NULL). The write lock is taken first: while another add runs, this one
 * waits RCP_STORE_BUSY_MS, then returns RCP_EBUSY. stats may be NULL.
 * Returns 0 or RCP_E* with *err (what was committed stays).
 */
int rcp_store_add(rcp_store *s, rcp_reader *r,
                  void (*report)(void *ud, const rcp_error *e), void *ud,
                  rcp_store_add_stats *stats, rcp_error *err);

/*
 * Keep the docs (rcp_doc: the analysed text) of up to max new articles
 * of the next rcp_store_add for the rcp_store_refresh that follows: each
 * digest then takes the docs of its story's articles that this add
 * stored instead of analysing their text again (the same text and
 * language, so the same digest); rcp_store_refresh frees what it did not
 * take. 0 (the default) keeps none: for an add whose digests are left
 * stale. `recoupe add` keeps up to 10,000 (about 15 KB each: the 9,000
 * articles of BENCHMARKS.md's bench raise its peak from 115 to 250 MB,
 * for 3% fewer instructions).
 */
void rcp_store_keep_docs(rcp_store *s, size_t max);

/* Write one JSON object per stored article, in insertion order: id,
 * story ("s3"), duplicate_of (an id or null), topic ("t3"), source, url,
 * date. Returns 0 or RCP_E*. */
int rcp_store_export(rcp_store *s, FILE *f, rcp_error *err);

/* The number of the last add (batch), 0 when none. */
long rcp_store_last_batch(rcp_store *s);

/* A story as the index lists it. Strings live until the callback
 * returns; any may be NULL. */
typedef struct rcp_store_story {
    long id;
    const char *title;
    size_t articles, outlets;
    const char *outlet_names; /* distinct outlets, one per line */
    const char *langs;        /* "en fr", sorted */
    const char *first_date, *last_date; /* "2023-09-14" */
    long created, updated;    /* batch numbers */
} rcp_store_story;

/* Filters of the index; every field 0 or NULL for none. */
typedef struct rcp_store_query {
    const char *outlet; /* stories with an article of this source */
    const char *lang;   /* stories with an article in this language */
    const char *since, *until; /* ISO dates their articles span */
    long story;         /* only this story */
    size_t limit, offset;
} rcp_store_query;

/* Call fn for each story matching q (NULL: all), most outlets first, then
 * latest first; fn returning non-zero stops and is returned. */
int rcp_store_stories(rcp_store *s, const rcp_store_query *q,
                      int (*fn)(void *ud, const rcp_store_story *st),
                      void *ud, rcp_error *err);

/* The digest of a story as its one-line JSON object (the contract's story
 * object); release *json with rcp_store_free. An add marks the digests of the
 * stories it changed stale; a stale one is built here from the stored
 * articles, and kept when the store is open for writing and no add holds
 * it. RCP_ENOENT when there is no such story. */
int rcp_store_story_json(rcp_store *s, long story, char **json,
                         rcp_error *err);

/* The story's page: the HTML fragment of rcp_digest_html, kept beside its
 * JSON and built with it, so that serving a story is reading one row.
 * Release *html with rcp_store_free. Returns as rcp_store_story_json. */
int rcp_store_story_html(rcp_store *s, long story, char **html,
                         rcp_error *err);

/*
 * Write a story's digest as `recoupe show` does, format "md" (the
 * Markdown of rcp_digest_write_md), "json" ({"stories": [the one-line
 * object of rcp_store_story_json]}) or "html" (a standalone page around
 * the fragment of rcp_store_story_html, as rcp_digest_write_html frames
 * one story). Each add keeps the three forms of every digest it builds,
 * with the digest's title (schema v4), so this reads one row when the
 * story's page is fresh; a stale one is built as rcp_store_story_json
 * builds it, and gives the same text. A story of more than 256 articles
 * says in each form how many its digest reads. Returns 0, RCP_ENOENT (no
 * such story), RCP_EINVAL (unknown format), RCP_EIO (writing f failed)
 * or RCP_ENOMEM, with *err.
 */
int rcp_store_write_story(rcp_store *s, long story, const char *format,
                          FILE *f, rcp_error *err);

/* Where a story merged away went: *into = the stored story it merged
 * into, following later merges (each into an older id), or 0 when the
 * story is stored, was never merged (dropped, or unknown) or went into a
 * story since dropped. Returns 0 or RCP_EIO with *err. */
int rcp_store_merged_into(rcp_store *s, long story, long *into,
                          rcp_error *err);

/* Release what a rcp_store_* function handed out (accepts NULL). */
void rcp_store_free(void *p);

/* Build and keep every stale digest with its page (and index its facts
 * for search), a transaction per 64 stories; *built says how many (may
 * be NULL). */
int rcp_store_refresh(rcp_store *s, size_t *built, rcp_error *err);

/* A story's digest built from its stored articles, with the articles and
 * docs it borrows. */
typedef struct rcp_store_digest rcp_store_digest;
int rcp_store_digest_new(rcp_store *s, long story, rcp_store_digest **out,
                         rcp_error *err);
const rcp_digest *rcp_store_digest_get(const rcp_store_digest *d);
/* Its article `doc` (the doc positions of the digest), with url and
 * date; NULL when out of range. */
const rcp_article *rcp_store_digest_article(const rcp_store_digest *d,
                                            size_t doc);
void rcp_store_digest_free(rcp_store_digest *d);

/* A search hit: an article or a fact of a digest. */
typedef struct rcp_store_hit {
    int fact;            /* 1: a fact of the story's digest */
    long story;
    const char *article; /* the article's id (a fact: where its text is) */
    const char *snippet; /* the matching words between \1 and \2 */
    const char *title, *source, *url;
} rcp_store_hit;

/* Full-text search (SQLite FTS5, accents folded) for all the words of
 * query (taken literally, no operator), best first, at most limit (0:
 * 50). fn as for rcp_store_stories. */
int rcp_store_search(rcp_store *s, const char *query, size_t limit,
                     int (*fn)(void *ud, const rcp_store_hit *h), void *ud,
                     rcp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* RECOUPE_H */
