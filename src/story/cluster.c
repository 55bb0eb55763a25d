/*
 * cluster.c - the story clusterer: near-duplicates and same-event stories,
 * incrementally (streaming), with a batch answer at the end.
 *
 * How it works.
 *
 * Terms. An article becomes a short weighted vector of terms: the stems
 * of its content words (stopwords of its language dropped), its numbers,
 * and its names. A name is a capitalised word not at a sentence start (or
 * at one, when the same word is capitalised elsewhere in the text); it
 * counts NAME_BOOST times, and two names in a row also make a name bigram
 * ("Lindsay Lohan"), which tells two events of the same kind apart better
 * than either word. Words of the title count TITLE_BOOST times. A term
 * weighs (1 + log tf) x boosts x idf, the idf log(1 + (N + IDF_PRIOR) /
 * df) learnt from the articles seen so far (the prior: see idf()); an
 * article's vector is its K_TERMS heaviest terms. It stores its
 * KEEP_TERMS heaviest (all, among the first EARLY_N articles: the idf is
 * still a guess then) as term id and boosted tf, 8 bytes each, with the
 * MinHash sketch (128 bytes) and the date: that is all the clusterer
 * keeps of an article.
 *
 * Near-duplicates come first. The article's sketch (sketch.c) is looked
 * up band by band in a table holding, per band key, the first article
 * that had it; a candidate agreeing in at least dup_threshold of the bins
 * (estimated 4-shingle Jaccard) is a copy, and the article is reported as
 * a duplicate of the earliest article of that chain and always joins its
 * story.
 *
 * Streaming (rcp_clusterer_add with an out) is the batch's average
 * linkage, kept up to date article by article. A new article is linked
 * as in the batch graph (below): the articles met in the postings of its
 * Q_TERMS heaviest terms (the L_BATCH most recent in each), of those
 * within the window the EDGE_M best scored exactly, each cosine from
 * vectors as the batch would make them now (fresh_vector: shared terms
 * only, the idf now; a candidate's is made again when stale, and with it
 * its links' cosines: st_refresh);
 * it keeps its LINK_MAX strongest links (both ways), each a cosine,
 * weighed when it is read on the scale of the two articles'
 * neighbourhoods as they are then (link_w). Then the linkage is run
 * again, best pair first, over a small graph: the new article, the
 * articles it links to, each as a node of its own, and the rest of each
 * of their stories as one node (a small story's articles each as a node,
 * in the stories' partition), with the batch's vetoes of months and
 * names (local_names); the groups it gives are the stories from then on
 * (st_settle: who keeps which id).
 * The same is done on a second partition of the articles, cut at the
 * topic threshold without the vetoes: the topics. An article
 * written out in a story can so leave it when later articles show it
 * belongs elsewhere, and two stories can meet: each such move is
 * reported (rcp_clusterer_moves), and the stories converge to what the
 * batch linkage gives. The threshold is STREAM_FACTOR x the batch one.
 * Every RECLUSTER_EVERY adds, and at the end (rcp_clusterer_settle), the
 * last RECLUSTER_N articles are clustered again as the batch clusters
 * them, over a graph of their own (st_recluster): the stream's links
 * depend on the order of arrival, the batch's graph does not, so those
 * articles end in the batch's stories whatever their order; each group
 * keeps the story most of its articles were in, and the moves are
 * reported.
 * Cost per article: O(Q_TERMS L_BATCH + EDGE_M (KEEP_TERMS + LINK_MAX
 * K_TERMS) + LINK_MAX LOCAL_MAX + LOCAL_MAX^3 + LOCAL_MAX NAME_SCAN),
 * whatever the number of articles.
 *
 * Batch (rcp_clusterer_finish): the idf is now known from every article,
 * so each article's K_TERMS terms are chosen again with it, ties by a
 * hash of the term (a term seen in one article only is dropped: it links
 * nothing and only lowers cosines). The articles are then taken in a
 * canonical order (date, then a hash of the sketch): nothing below
 * depends on the order of arrival. A sparse
 * similarity graph links each article to the earlier articles met in the
 * postings of its Q_TERMS heaviest terms (the L_BATCH nearest before it in
 * each, in an article-level inverted index), of which the EDGE_M best by
 * shared weight are scored exactly (those within the window); a cosine
 * of at least EDGE_FLOOR makes an edge, and a copy is tied to its
 * original. Each cosine is then put
 * on the scale of its two articles' neighbourhoods ("self-tuning", as in
 * Zelnik-Manor and Perona's spectral clustering): s x SCALE_CEIL /
 * sqrt(m_a m_b), m an article's mean cosine with its SCALE_K nearest,
 * clamped to [SCALE_FLOOR, SCALE_CEIL], and times MONTH_APART when both
 * texts name months, none in common (pair_sim, which the stream's links
 * go through too). A long article written in its
 * own words shares little vocabulary with anything, even with the
 * articles of its own event, and its m is low: its links count more. An
 * article among close rewrites keeps its raw cosines. Average-linkage
 * agglomerative clustering over that graph (avglink.c) then merges
 * stories, best pair first, while the mean similarity across two stories
 * reaches the threshold: unlike the single pass, the result does not
 * depend on the order of arrival and does not chain. The same run goes
 * on down to topic_threshold: those coarser clusters are the topics.
 * Cost: O(N (Q_TERMS L_BATCH + EDGE_M K_TERMS)) for the graph, O(E) for
 * the scaling, O(E log E) for the linkage; memory O(N (K_TERMS +
 * SCALE_K) + E).
 */
#include "story.h"
#include "base/sort.h"
#include "text/text.h"

#include <math.h>
#include <stdlib.h>

/* The tuned constants; each may be overridden with -D for experiments
 * (docs/cluster.md has the measurements behind them). */
#ifndef K_TERMS
#define K_TERMS 64 /* terms kept per article */
#endif
#ifndef Q_TERMS
#define Q_TERMS 24 /* an article's heaviest terms that find candidates */
#endif
#ifndef NAME_BOOST
#define NAME_BOOST 2.0f
#endif
#ifndef TITLE_BOOST
#define TITLE_BOOST 1.5f
#endif
#ifndef L_BATCH
#define L_BATCH 64 /* batch: nearest earlier articles scanned per term */
#endif
#ifndef EDGE_M
#define EDGE_M 32 /* batch: neighbours scored per article */
#endif
#ifndef EDGE_FLOOR
#define EDGE_FLOOR 0.04 /* batch: weakest similarity kept as an edge */
#endif
#ifndef SCALE_K
#define SCALE_K 10 /* batch: neighbours that measure an article's density */
#endif
#ifndef SCALE_FLOOR
#define SCALE_FLOOR 0.25 /* batch: lowest density an article is given */
#endif
#ifndef SCALE_CEIL
#define SCALE_CEIL 0.4 /* batch: highest density an article is given */
#endif
#ifndef LOCAL_MAX
#define LOCAL_MAX 48 /* stream: nodes of the local linkage */
#endif
#ifndef OUT_MAX
#define OUT_MAX 16 /* stream: neighbours taken out of one story at most */
#endif
#ifndef NAME_SCAN
#define NAME_SCAN 128 /* stream: a larger core gets no names' test */
#endif
#ifndef NAMES_UNKNOWN /* the error of names not counted: any count */
#define NAMES_UNKNOWN (UINT32_MAX / 2)
#endif
#ifndef LINK_MAX
#define LINK_MAX (2 * EDGE_M) /* stream: links an article keeps */
#endif
#ifndef TOPIC_FACTOR
#define TOPIC_FACTOR 0.5 /* batch: topic threshold, x the story one */
#endif
#ifndef REFRESH_DRIFT
#define REFRESH_DRIFT 0.1 /* stream: vec_mass fall that makes a vector stale */
#endif
#ifndef STREAM_FACTOR
#define STREAM_FACTOR 0.975 /* streaming threshold, x the batch one */
#endif
#ifndef MONTH_APART
#define MONTH_APART 0.75 /* a pair whose texts name only other months */
#endif
#ifndef RECLUSTER_N
#define RECLUSTER_N 16384 /* stream: the last articles the batch re-clusters */
#endif
#ifndef RECLUSTER_EVERY
#define RECLUSTER_EVERY 65536 /* stream: articles between two re-clusters */
#endif
#ifndef IDF_PRIOR
#define IDF_PRIOR 1000 /* articles the idf supposes besides those seen */
#endif
#define IDF_MEMO 256 /* idf values remembered, by df */
#ifndef TRANSLIT
#define TRANSLIT 1 /* names of other scripts also in Latin letters */
#endif
#ifndef XLEX
#define XLEX 1 /* other languages' words also carried to English (xlex.c) */
#endif
#ifndef X_TERMS
#define X_TERMS 64 /* an article's pivot terms kept (its English vector) */
#endif
#ifndef X_EDGES
#define X_EDGES 8 /* English candidates scored per pivot vector */
#endif
#ifndef X_WEIGHT
#define X_WEIGHT 1.45 /* a pivot cosine, x this, against the plain one */
#endif
#ifndef NUM_MIN_LEN
#define NUM_MIN_LEN 2 /* shortest number kept as a term */
#endif
#ifndef BIGRAMS
#define BIGRAMS 1 /* 1: two names in a row also make a bigram term */
#endif
#ifndef KEEP_TERMS
#define KEEP_TERMS 96 /* terms stored per article, K_TERMS chosen later */
#endif
#ifndef EARLY_N
#define EARLY_N 2048 /* the first EARLY_N articles store all their terms */
#endif
#define EARLY_TERMS 4096 /* ... up to this many */
#define PREFETCH_FEATS 8 /* features whose term is asked for ahead */
_Static_assert(K_TERMS <= KEEP_TERMS && KEEP_TERMS <= EARLY_TERMS,
               "terms kept");
#define NO_DAY INT32_MIN

enum { F_NAME = 1, F_TITLE = 2 };
enum { X_EN = 1, X_PIVOT = 2 };

/* An article's pivot vector (xlex.c): its terms with the words of its
 * language carried to English, X_TERMS at most, in xpool[off ..
 * off + n), each packed as (id, tf code) by xe_put: id is an xid (an
 * index of xkey) until pivot_final makes it a term id. */
typedef struct xrec {
    uint32_t art, n;
    size_t off;
} xrec;

typedef struct tw {
    uint32_t term;
    float w;
} tw;

/* Batch, by term: its idf ((float)idf(), 0 for a term of one article). */
typedef struct gterm {
    float idf;
} gterm;

/* What is kept of an article once its doc is gone. */
typedef struct art {
    size_t off;     /* its terms: c->pool[off .. off + nterms) */
    int32_t day;    /* days since 1970-01-01, or NO_DAY */
    int32_t dup;    /* earliest article it copies, or -1 */
    uint16_t nterms;
    uint8_t sketched; /* 1 when sketch holds something */
    uint8_t xl;       /* X_EN: English; X_PIVOT: has a pivot vector */
    uint16_t months;  /* bit m-1: the text names month m */
} art;

typedef struct posting {
    uint32_t *p;
    uint32_t n, cap;
} posting;

/* A link of the stream: the other article, the similarity (on the scale
 * of the two neighbourhoods when it was made). */
typedef struct slink {
    uint32_t other;
    float s;
} slink;

/* The stream's view of an article (rcp_clusterer_add with an out). */
/* An article's candidate score, valid while stamp is the current one
 * (apart from sart: the postings scan reads only these). */
typedef struct scand {
    float score;
    uint32_t stamp;
} scand;

typedef struct sart {
    tw v[K_TERMS];      /* its vector (fresh_vector), normalised */
    float top[SCALE_K]; /* its best cosines so far, descending */
    slink *e;           /* its links, to earlier and later articles */
    uint32_t ne, cap;
    uint8_t nv;
    uint8_t stale; /* a term of its became shared since v was made */
    float mass;    /* vec_mass when v was made */
} sart;

/* What st_settle reads of every article it meets, apart from sart (600
 * bytes an article) so that those reads stay in cache. */
typedef struct sloc {
    uint32_t lstamp, lnode; /* scratch of st_settle */
    uint32_t mstamp;        /* i + 1: its move for article i is recorded */
    float scale;            /* scale_of(its top) */
} sloc;

/* An article in one partition of the stream (stories, or topics). */
typedef struct spa {
    uint32_t story;      /* its story there, UINT32_MAX before it is placed */
    uint32_t next, prev; /* its story's list, UINT32_MAX at the ends */
    uint32_t emitted;    /* the story it was last reported in: written out
                            with, or moved to (st_settle) */
} spa;

typedef struct sstory {
    uint32_t head, tail, size; /* its articles, a list through spa.next */
    uint32_t label; /* its number in the output (dense in order of first
                       output), or UINT32_MAX before */
    uint32_t stamp, slot, out; /* scratch of st_settle */
    uint32_t mc[13];           /* months named: see avglink.c */
} sstory;

/* A node of the local linkage of st_settle: an article or a story. */
typedef struct lnode {
    uint32_t art;    /* the article, or UINT32_MAX for a whole story */
    uint32_t story;  /* the story it comes from (UINT32_MAX: the new one) */
    uint32_t size;   /* articles */
    uint32_t group;  /* after the linkage: the node it was merged into */
    uint32_t mc[13]; /* months named, as avglink.c counts them */
    uint32_t named;  /* 1 while s->nl[its index] holds its names */
} lnode;

/* What a group of the local linkage owes a story (st_settle). */
typedef struct svote {
    uint32_t group, story, votes;
} svote;

/* One partition of the stream's articles: the stories, cut at the
 * stream's threshold with the months' veto, or the topics, cut at the
 * lower threshold without it. */
typedef struct spart {
    spa *a; /* by article */
    size_t capa;
    sstory *st;
    size_t nst, capst, nlabel;
    double th; /* its cut */
    int veto;  /* months veto merges */
    int names; /* names veto merges (avglink.c's test) */
} spart;

typedef struct stream {
    sart *a; /* by article */
    scand *sc; /* by article */
    sloc *sl; /* by article */
    size_t na, capa, capsc, capsl;
    spart part[2]; /* the stories, the topics */
    posting *post; /* by term: the articles holding it, in arrival order */
    size_t npost;
    uint32_t *cand;
    uint32_t cur;
    uint32_t adding; /* the article being added, + 1 */
    spart *P;        /* st_settle: the partition settled */
    uint8_t live[LOCAL_MAX]; /* st_settle: the live nodes, ascending */
    size_t nlive;
    tw edge[EDGE_M]; /* the new article's links: article, cosine */
    tw *fv;          /* fresh_vector's scratch */
    size_t capfv;
    lnode node[LOCAL_MAX];
    uint32_t keep[LOCAL_MAX];
    svote vote[LOCAL_MAX];
    float w[LOCAL_MAX * LOCAL_MAX];
    double mean[LOCAL_MAX * LOCAL_MAX]; /* local_mean of the live nodes */
    double bm[LOCAL_MAX]; /* st_settle: each node's best mean, partner */
    uint32_t bp[LOCAL_MAX];
    int8_t cm[LOCAL_MAX]; /* st_settle: each node's current month */
    /* st_settle: the names of a live node (local_names), exact counts
     * sorted by name; unknown (nlerr NAMES_UNKNOWN) when a core is too
     * large to count */
    rcp__nent *nl[LOCAL_MAX];
    size_t nlcap[LOCAL_MAX];
    uint32_t nln[LOCAL_MAX], nlerr[LOCAL_MAX];
    int noom; /* local_names ran out of memory */
    uint8_t pair[LOCAL_MAX * (LOCAL_MAX - 1) / 2][2]; /* the pairs linked */
    size_t npair;
    /* the earlier articles the last add moved to another story or
     * topic, with the label of the story they were reported in before */
    struct smove {
        uint32_t art, from;
    } *moved;
    size_t nmoved, capmoved;
    uint32_t *loc; /* st_recluster: by term, its id there (UINT32_MAX) */
    size_t caploc;
} stream;

/* A term of the article being built. */
typedef struct feat {
    uint64_t key;
    uint32_t count;
    uint32_t flags;
    float raw;    /* boosted tf */
    uint32_t pos; /* its slot in the hash table */
} feat;

/* The features of the article being built, in order of first occurrence,
 * with an open-addressing table over them (slot: feature index + 1; 0 is
 * empty). */
typedef struct ftab {
    feat *f;
    size_t n, cap;
    uint32_t *slot;
    size_t capslot;
} ftab;

struct rcp_clusterer {
    double threshold, batch_threshold, topic_threshold, dup_threshold;
    int32_t window;
    int no_dates, no_refine, finished;
    size_t unplaced; /* articles added without a streaming story */

    rcp__map terms; /* feature key -> term id + 1 */
    uint32_t *df;
    uint32_t *thash; /* by term: a hash of its key, for ties */
    uint32_t *names; /* by article: its RCP__NAME_K names (top_names) */
    size_t capnames;
    size_t nterms, capdf, capth;

    art *arts;
    size_t n, caparts;
    rcp__sketch *sketches;
    size_t capsk;
    tw *pool;
    size_t npool, cappool;
    rcp__map bands; /* LSH band key -> article index + 1 */

    stream str; /* the streaming answer */

    /* scratch */
    ftab F; /* the features of the article being added */
    /* its pivot features (doc_terms with a pivot table): as F, with the
     * words of its language carried to English */
    ftab X;
    rcp__xlex *xl; /* doc_features: the pivot table, else NULL */
    uint64_t *caps; /* hnorm of capitalised words inside sentences */
    size_t ncaps, capcaps;
    float *dense; /* by term id: the vector being compared, else 0 */
    size_t capdense;
    tw *rank; /* features ranked by weight */
    size_t caprank;
    tw *vec; /* an article's vector */
    size_t capvec;
    /* across languages: the pivot vectors (see cross_edges) */
    rcp__map xmap; /* pivot key -> xid + 1 */
    uint64_t *xkey;
    size_t nx, capxkey;
    xrec *xr;
    size_t nxr, capxr;
    uint32_t *xpool; /* id << 8 | tf code (xe_put) */
    size_t nxpool, capxpool;
    rcp__map xwide; /* an entry whose id or count is too large: its
                       place in xpool -> id << 32 | the bits of its tf */
    float xtf[256]; /* by tf code: the boosted tf */
    /* idf() by df, as computed when c->n was idf_at[df] - 1 (0: never):
     * most terms are in a few articles, and log1p was a tenth of the
     * clusterer's time */
    double idf_memo[IDF_MEMO];
    size_t idf_at[IDF_MEMO];
};

/* ---- small helpers ---- */

/* Heaviest first; equal weights by thash[term] when thash is not NULL
 * (a hash of the term's text: term ids follow the order of arrival), then
 * by term id. */
static int cmp_tw(const void *a, const void *b, void *thash)
{
    float x = ((const tw *)a)->w, y = ((const tw *)b)->w;
    if (x != y)
        return x > y ? -1 : 1;
    uint32_t s = ((const tw *)a)->term, t = ((const tw *)b)->term;
    if (thash) {
        uint32_t hs = ((const uint32_t *)thash)[s],
                 ht = ((const uint32_t *)thash)[t];
        if (hs != ht)
            return hs < ht ? -1 : 1;
    }
    return s < t ? -1 : s > t;
}

/* The idf of a term, as if the articles were seen among IDF_PRIOR others
 * that hold none of their terms: a small batch (one story digested on its
 * own) then weighs its terms as a large one does, where the words of one
 * event are rare; without it the words all its articles share weigh
 * almost nothing and the story falls apart. */
static double idf_slow(rcp_clusterer *c, size_t n, uint32_t df)
{
    double v = log1p(((double)n + IDF_PRIOR) / (double)df);
    if (df < IDF_MEMO) {
        c->idf_memo[df] = v;
        c->idf_at[df] = n + 1;
    }
    return v;
}

/* The idf of a term in df of n articles. */
static inline double idf_of(rcp_clusterer *c, size_t n, uint32_t df)
{
    if (df < IDF_MEMO && c->idf_at[df] == n + 1)
        return c->idf_memo[df];
    return idf_slow(c, n, df);
}

static inline double idf(rcp_clusterer *c, uint32_t term)
{
    return idf_of(c, c->n, c->df[term]);
}

/* Days since 1970-01-01 of an ISO date "YYYY-MM-DD...", or NO_DAY. */
static int32_t parse_day(const char *s)
{
    if (!s)
        return NO_DAY;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return NO_DAY;
        } else if (s[i] < '0' || s[i] > '9') {
            return NO_DAY;
        }
    }
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return NO_DAY;
    return (int32_t)rcp__days_from_civil(y, m, d);
}

/* ---- features ---- */

/* The home slot of a feature key in a table of cap slots: the keys are
 * hashes already (rcp__hash, rcp__mix64, or such a hash xor a constant),
 * so their bits are taken as they are, not mixed again. */
static inline size_t ftab_home(uint64_t key, size_t cap)
{
    return (size_t)(key ^ key >> 32) & (cap - 1);
}

/* Count one occurrence of feature `key` in table T. */
static int ftab_push(ftab *T, uint64_t key, uint32_t flags)
{
    key = key ? key : 1;
    if (2 * (T->n + 1) > T->capslot) { /* grow and rehash */
        size_t cap = T->capslot ? 2 * T->capslot : 1024;
        uint32_t *slot = rcp__calloc(cap, sizeof *slot);
        if (!slot)
            return RCP_ENOMEM;
        for (size_t i = 0; i < T->n; i++) {
            size_t h = ftab_home(T->f[i].key, cap);
            while (slot[h])
                h = (h + 1) & (cap - 1);
            slot[h] = (uint32_t)i + 1;
            T->f[i].pos = (uint32_t)h;
        }
        rcp__free(T->slot);
        T->slot = slot;
        T->capslot = cap;
    }
    size_t h = ftab_home(key, T->capslot);
    for (; T->slot[h]; h = (h + 1) & (T->capslot - 1)) {
        feat *f = &T->f[T->slot[h] - 1];
        if (f->key == key) {
            f->count++;
            f->flags |= flags;
            return 0;
        }
    }
    if (!RCP__PUSH(T->f, T->n, T->cap))
        return RCP_ENOMEM;
    T->f[T->n++] = (feat){key, 1, flags, 0, (uint32_t)h};
    T->slot[h] = (uint32_t)T->n;
    return 0;
}

/* Empty table T (its slots; its features stay until overwritten). */
static void ftab_clear(ftab *T)
{
    for (size_t i = 0; i < T->n; i++)
        T->slot[T->f[i].pos] = 0;
}

/* Count one occurrence of feature `key` in c->F, and in c->X when the
 * article has a pivot table (a feature that no word carries to English
 * is the same in both). */
static int push_feat(rcp_clusterer *c, uint64_t key, uint32_t flags)
{
    return ftab_push(&c->F, key, flags) ||
           (c->xl && ftab_push(&c->X, key, flags)) ? RCP_ENOMEM : 0;
}

static int is_cap_word(const rcp_token *t)
{
    return (t->flags & (RCP_TOK_WORD | RCP_TOK_CAP | RCP_TOK_STOP)) ==
               (RCP_TOK_WORD | RCP_TOK_CAP) &&
           t->norm_len >= 2;
}

/* Does toks[i] touch toks[j] (j == i + 1), both Han or kana? */
static int ideo_pair(const rcp_doc *d, size_t i, size_t j)
{
    return j < d->ntoks && (d->toks[j].flags & RCP_TOK_IDEO) &&
           d->toks[i].off + d->toks[i].len == d->toks[j].off;
}

/* The Latin-script keys of w[0..n) (rcp__translit_keys) as features. */
static int push_translit(rcp_clusterer *c, const char *w, size_t n,
                         uint32_t flags)
{
    uint64_t k[2];
    int nk = rcp__translit_keys(w, n, k);
    for (int j = 0; j < nk; j++)
        if (push_feat(c, k[j], flags))
            return RCP_ENOMEM;
    return 0;
}

/* Chinese and Japanese come as one token per character (RCP_TOK_IDEO);
 * the terms are the pairs of touching characters, as search engines
 * index them (most words are two characters; a pair that straddles two
 * words is rare across articles and weighs little), and a character
 * alone when it touches none. */
static int push_ideo(rcp_clusterer *c, const rcp_doc *d, size_t i,
                     uint32_t base)
{
    uint64_t h = d->toks[i].hstem;
    if (ideo_pair(d, i, i + 1)) {
        if (push_feat(c, rcp__mix64(h * 31 + d->toks[i + 1].hstem), base))
            return RCP_ENOMEM;
        /* Chinese: the pair also in pinyin, which meets a name of Latin
         * text (近平 -> jinping, of Xi Jinping); not in Japanese, whose
         * readings of the same characters differ */
        if (TRANSLIT && strcmp(d->lang, "ja") != 0) {
            const rcp_token *t = &d->toks[i];
            if (rcp__translit_script(d->text + t->off, t->len) &&
                rcp__translit_script(d->text + t[1].off, t[1].len))
                return push_translit(c, d->text + t->off,
                                     t->len + t[1].len, base);
        }
        return 0;
    }
    if (i > 0 && ideo_pair(d, i - 1, i))
        return 0;
    return push_feat(c, h, base);
}

static inline int u64_before(const uint64_t *x, const uint64_t *y)
{
    return *x < *y;
}

/* Sort a[0..n) ascending, inline (base/sort.h: qsort's calls through a
 * comparator cost 3,000 instructions an article here). */
RCP__DEFINE_SORT(sort_u64, uint64_t, u64_before)


/* The features of one doc appended to c->F, and to c->X when c->xl is
 * set (the words of the doc's language that c->xl has, names apart,
 * carried to English there). In the title (`title`), capitals say
 * nothing (headlines capitalise every word): no names. When months is
 * not NULL, the months the text names are or-ed into it (bit m-1 for
 * month m). */
static int doc_features(rcp_clusterer *c, const rcp_doc *d, int title,
                        uint16_t *months)
{
    c->ncaps = 0;
    if (!title) {
        for (size_t i = 0; i < d->ntoks; i++) {
            const rcp_token *t = &d->toks[i];
            if (is_cap_word(t) && !(t->flags & RCP_TOK_SSTART)) {
                if (!RCP__PUSH(c->caps, c->ncaps, c->capcaps))
                    return RCP_ENOMEM;
                c->caps[c->ncaps++] = t->hnorm;
            }
        }
        if (c->ncaps > 1) /* caps is NULL until a name is seen */
            sort_u64(c->caps, c->ncaps);
    }
    uint32_t base = title ? F_TITLE : 0;
    uint64_t prev_name = 0;
    size_t prev_i = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        const rcp_token *t = &d->toks[i];
        if (t->flags & RCP_TOK_NUM) {
            if (t->norm_len >= NUM_MIN_LEN &&
                push_feat(c, t->hnorm ^ 0x6e756d6265720000ULL, base))
                return RCP_ENOMEM;
            continue;
        }
        int m = months && rcp__tok_month_may(t) ? rcp__tok_month(d, t) : 0;
        if (m) /* whatever the filters below say of the word */
            *months |= (uint16_t)(1u << (m - 1));
        if (t->flags & RCP_TOK_IDEO) {
            if (push_ideo(c, d, i, base))
                return RCP_ENOMEM;
            continue;
        }
        if (!(t->flags & RCP_TOK_WORD) || (t->flags & RCP_TOK_STOP) ||
            t->norm_len < 2)
            continue;
        int name = 0;
        if (!title && is_cap_word(t))
            name = !(t->flags & RCP_TOK_SSTART) ||
                   rcp__has_u64(c->caps, c->ncaps, t->hnorm);
        uint32_t fl = base | (name ? F_NAME : 0);
        uint64_t xk[RCP__XLEX_MAX];
        int nx = c->xl && !name ? rcp__xlex_keys(c->xl, t->hstem, xk) : 0;
        if (!nx ? push_feat(c, t->hstem, fl) : ftab_push(&c->F, t->hstem, fl))
            return RCP_ENOMEM;
        for (int k = 0; k < nx; k++) /* the word in English (pivot) */
            if (ftab_push(&c->X, xk[k], base))
                return RCP_ENOMEM;
        /* Cyrillic, Greek, Arabic: its stem also in Latin letters
         * (Путина -> путин -> putin), which meets the name in Latin
         * text; a word that begins with ASCII stops at the first test */
        if (TRANSLIT && (unsigned char)t->stem[0] >= 0xCD &&
            rcp__translit_script(t->stem, strlen(t->stem)) &&
            push_translit(c, t->stem, strlen(t->stem), fl))
            return RCP_ENOMEM;
        if (name) {
            if (BIGRAMS && prev_name && prev_i + 1 == i &&
                d->toks[prev_i].sent == t->sent &&
                push_feat(c, rcp__mix64(prev_name * 31 + t->hstem), F_NAME))
                return RCP_ENOMEM;
            prev_name = t->hstem;
            prev_i = i;
        }
    }
    return 0;
}

/* Put the k first of a[0..n) in cmp_tw order (a total order; thash as
 * there) in a[0..k), in no particular order: quickselect, O(n) expected. */
static void select_first(tw *a, size_t n, size_t k, const uint32_t *thash)
{
    size_t lo = 0, hi = n;
    while (k < n && lo + 1 < hi) {
        size_t mid = lo + (hi - lo) / 2, store = lo;
        tw pivot = a[mid], t;
        a[mid] = a[hi - 1];
        a[hi - 1] = pivot;
        for (size_t i = lo; i + 1 < hi; i++)
            if (cmp_tw(&a[i], &pivot, (void *)thash) < 0) {
                t = a[i];
                a[i] = a[store];
                a[store++] = t;
            }
        a[hi - 1] = a[store];
        a[store] = pivot;
        if (store == k)
            return;
        if (store < k)
            lo = store + 1;
        else
            hi = store;
    }
}

/* The boosted tf of a feature counted `count` times with `flags`: 1 +
 * the log of its count, times the name and title boosts (add_terms and
 * pivot_take rank by it). */
static float tf_boost(uint32_t count, uint32_t flags)
{
    float raw = 1.0f + logf((float)count);
    if (flags & F_NAME)
        raw *= NAME_BOOST;
    if (flags & F_TITLE)
        raw *= TITLE_BOOST;
    return raw;
}

/* f's boosted tf into f->raw, from c->xtf when its count is under 64
 * (the same values: xe_init fills it with tf_boost; logf was 0.4% of
 * clustering 10,000 articles). */
static inline void feat_boost(const rcp_clusterer *c, feat *f)
{
    f->raw = f->count < 64 ? c->xtf[f->count | f->flags << 6]
                           : tf_boost(f->count, f->flags);
}

/* A pivot entry packed in 32 bits (the pivot vectors are 64 a French
 * article: 8 bytes each were 170 MB at a million articles): the id in
 * the high 24 bits, the tf code in the low 8 (the count, 1 to 62, and
 * F_NAME and F_TITLE above it: feat_boost's inputs, c->xtf the
 * result). A larger id or count is kept exactly in c->xwide, by place,
 * and its count field reads XE_WIDE. */
#define XE_WIDE 63
#ifndef XE_COUNT_MAX
#define XE_COUNT_MAX 62 /* the largest count packed (0: all wide, a check) */
#endif

float rcp__clusterer_tf(const rcp_clusterer *c, uint32_t count,
                        uint32_t flags)
{
    feat f = {0, count, flags & (F_NAME | F_TITLE), 0, 0};
    feat_boost(c, &f);
    return f.raw;
}

static void xe_init(rcp_clusterer *c)
{
    for (uint32_t code = 0; code < 256; code++)
        c->xtf[code] = tf_boost(code & 63, code >> 6);
}

static int xe_put_wide(rcp_clusterer *c, rcp__map *wide, size_t at,
                       uint32_t id, float raw)
{
    uint64_t *w = rcp__map_put(wide, (uint64_t)at + 1);
    if (!w)
        return RCP_ENOMEM;
    uint32_t bits;
    memcpy(&bits, &raw, sizeof bits);
    *w = (uint64_t)id << 32 | bits;
    c->xpool[at] = UINT32_MAX << 8 | XE_WIDE;
    return 0;
}

/* Entry `at` of c->xpool := (id, count, flags), whose boosted tf is
 * raw; a wide one into `wide`. */
static inline int xe_put(rcp_clusterer *c, rcp__map *wide, size_t at,
                         uint32_t id, uint32_t count, uint32_t flags, float raw)
{
    if (RCP_UNLIKELY(id >= (1u << 24) - 1 || count > XE_COUNT_MAX))
        return xe_put_wide(c, wide, at, id, raw);
    c->xpool[at] = id << 8 | flags << 6 | count;
    return 0;
}

static tw xe_get_wide(const rcp_clusterer *c, size_t at)
{
    uint64_t w = *rcp__map_get(&c->xwide, (uint64_t)at + 1);
    uint32_t bits = (uint32_t)w;
    tw t = {(uint32_t)(w >> 32), 0};
    memcpy(&t.w, &bits, sizeof bits);
    return t;
}

/* Entry `at` of c->xpool: its id and boosted tf. */
static inline tw xe_get(const rcp_clusterer *c, size_t at)
{
    uint32_t e = c->xpool[at];
    if (RCP_UNLIKELY((e & 63) == XE_WIDE))
        return xe_get_wide(c, at);
    return (tw){e >> 8, c->xtf[e & 255]};
}

/* Count the article's distinct features into df and store its KEEP_TERMS
 * heaviest terms (term id, boosted tf) in the pool, or all of them (up
 * to EARLY_TERMS) among the first EARLY_N articles: which K_TERMS of them
 * make the article's vector is decided with the idf of the moment
 * (article_vector), and again in the batch with the final idf
 * (final_terms). The early articles keep all: the idf they are chosen
 * by now is a guess from few articles, and what is kept must not depend
 * on the order of arrival. */
static int add_terms(rcp_clusterer *c, art *a)
{
    size_t m = c->F.n;
    /* reuse feats as (term, raw) candidates: key <- term id; a large
     * vocabulary's table is a cache miss a feature, asked for ahead */
    for (size_t i = 0; i < RCP_MIN(m, (size_t)PREFETCH_FEATS); i++)
        rcp__map_prefetch(&c->terms, c->F.f[i].key);
    for (size_t i = 0; i < m; i++) {
        feat *f = &c->F.f[i];
        if (i + PREFETCH_FEATS < m)
            rcp__map_prefetch(&c->terms, c->F.f[i + PREFETCH_FEATS].key);
        uint64_t *v = rcp__map_put(&c->terms, f->key);
        if (!v)
            return RCP_ENOMEM;
        if (!*v) {
            if (c->nterms >= UINT32_MAX - 1)
                return RCP_ENOMEM;
            if (rcp__grow(&c->df, &c->capdf, c->nterms + 1, sizeof *c->df) ||
                rcp__grow(&c->thash, &c->capth, c->nterms + 1,
                          sizeof *c->thash))
                return RCP_ENOMEM;
            c->df[c->nterms] = 0;
            c->thash[c->nterms] = (uint32_t)rcp__mix64(f->key);
            *v = ++c->nterms;
        }
        f->key = *v - 1;
        /* a term of one earlier article now shared: that article's
         * stream vector, made of shared terms only, lacks it */
        if (++c->df[f->key] == 2 && f->key < c->str.npost &&
            c->str.post[f->key].n)
            c->str.a[c->str.post[f->key].p[0]].stale = 1;
    }
    /* the K heaviest by boosted tf x idf (the idf known now) */
    size_t keep = c->n <= EARLY_N ? EARLY_TERMS : KEEP_TERMS;
    if (rcp__grow(&c->pool, &c->cappool, c->npool + keep, sizeof *c->pool) ||
        rcp__grow(&c->rank, &c->caprank, m, sizeof *c->rank) ||
        rcp__grow(&c->vec, &c->capvec, keep, sizeof *c->vec))
        return RCP_ENOMEM;
    for (size_t i = 0; i < m; i++) {
        feat *f = &c->F.f[i];
        feat_boost(c, f);
        /* the weights only choose which to keep: none when all are */
        c->rank[i] = (tw){(uint32_t)i,
                          m <= keep ? 0
                                    : f->raw * (float)idf(c, (uint32_t)f->key)};
    }
    size_t n = RCP_MIN(m, keep);
    select_first(c->rank, m, n, NULL);
    tw *out = c->pool + c->npool;
    for (size_t k = 0; k < n; k++) {
        const feat *f = &c->F.f[c->rank[k].term];
        out[k] = (tw){(uint32_t)f->key, f->raw};
    }
    a->off = c->npool;
    a->nterms = (uint16_t)n;
    c->npool += n;
    return 0;
}

/* Is x before y in cmp_tw's order (heaviest first, then by hash)? */
static inline int tw_before(tw x, tw y, const uint32_t *thash)
{
    if (x.w != y.w)
        return x.w > y.w;
    uint32_t hx = thash[x.term], hy = thash[y.term];
    return hx != hy ? hx < hy : x.term < y.term;
}

/* Sort a[0..n), n <= K_TERMS, in cmp_tw's order (a total order: the
 * result is qsort_r's): a bottom-up merge sort whose comparisons are
 * inline; qsort_r's calls through a pointer were 5% of the batch. */
static void sort_tw(tw *a, size_t n, const uint32_t *thash)
{
    tw tmp[K_TERMS], *src = a, *dst = tmp;
    for (size_t run = 1; run < n; run *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * run) {
            size_t mid = RCP_MIN(lo + run, n), hi = RCP_MIN(lo + 2 * run, n);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = tw_before(src[j], src[i], thash) ? src[j++]
                                                            : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        tw *t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        memcpy(a, src, n * sizeof *a);
}

/* The normalised vector of article i with the current idf: its K_TERMS
 * heaviest terms, heaviest first, into c->vec; returns its length. */
static size_t article_vector(rcp_clusterer *c, size_t i)
{
    const art *a = &c->arts[i];
    for (size_t k = 0; k < a->nterms; k++) {
        tw x = c->pool[a->off + k];
        x.w *= (float)idf(c, x.term);
        c->vec[k] = x;
    }
    size_t n = RCP_MIN((size_t)a->nterms, (size_t)K_TERMS);
    select_first(c->vec, a->nterms, n, c->thash);
    double norm = 0;
    for (size_t k = 0; k < n; k++)
        norm += (double)c->vec[k].w * c->vec[k].w;
    float inv = norm > 0 ? (float)(1.0 / sqrt(norm)) : 0;
    for (size_t k = 0; k < n; k++)
        c->vec[k].w *= inv;
    sort_tw(c->vec, n, c->thash);
    return n;
}

/* Batch: each article keeps, of the terms it stored, its K_TERMS
 * heaviest with the final idf (gt[term].idf; ties by the terms' hashes:
 * nothing depends on the order of arrival); a term of one article is
 * dropped (it links nothing and would only lower the cosines of the
 * articles that hold it, unequally). */
static void final_terms(rcp_clusterer *c, const gterm *gt)
{
    size_t npool = 0; /* the pool is compacted as it goes */
    for (size_t i = 0; i < c->n; i++) {
        art *a = &c->arts[i];
        tw *t = c->pool + a->off;
        size_t n = 0;
        for (size_t k = 0; k < a->nterms; k++)
            if (c->df[t[k].term] >= 2)
                c->vec[n++] = (tw){t[k].term, t[k].w * gt[t[k].term].idf};
        size_t keep = RCP_MIN(n, (size_t)K_TERMS);
        select_first(c->vec, n, keep, c->thash);
        for (size_t k = 0; k < keep; k++) /* back to the boosted tf */
            c->vec[k].w /= gt[c->vec[k].term].idf;
        a->off = npool;
        memcpy(c->pool + npool, c->vec, keep * sizeof *t);
        a->nterms = (uint16_t)keep;
        npool += keep;
    }
    c->npool = npool;
    tw *p = npool ? rcp__realloc(c->pool, npool * sizeof *p) : NULL;
    if (p) { /* else the larger block is kept */
        c->pool = p;
        c->cappool = npool;
    }
}

/* ---- candidates ---- */

/* The score of candidate x: a float every `stride` bytes from score. */
static float score_at(const float *score, size_t stride, uint32_t x)
{
    return *(const float *)(const void *)((const char *)score + x * stride);
}

static int cand_before(const float *score, size_t stride, uint32_t x,
                       uint32_t y)
{
    float sx = score_at(score, stride, x), sy = score_at(score, stride, y);
    return sx > sy || (sx == sy && x < y);
}

/* rcp__select_best (story.h) on the scores of sc: a bounded heap whose
 * root is the worst kept, O(n log m). */
static void select_best(uint32_t *cand, size_t n, size_t m, const scand *sc)
{
    const float *score = &sc[0].score;
    const size_t stride = sizeof *sc; /* a constant: as a parameter it
                                         cost 11 M instructions of 3,700 M
                                         on 10,000 articles */
    if (m > n)
        m = n;
    if (m == 0)
        return;
    float worst = 0; /* the root's score, once the heap is full */
    for (size_t i = 0; i < n; i++) {
        uint32_t x = cand[i];
        size_t k;
        if (i >= m) { /* most candidates: not better than the root */
            float sx = score_at(score, stride, x);
            if (sx < worst || (sx == worst && x > cand[0]))
                continue;
        }
        if (i < m) { /* sift up */
            k = i;
            while (k && cand_before(score, stride, cand[(k - 1) / 2], x)) {
                cand[k] = cand[(k - 1) / 2];
                k = (k - 1) / 2;
            }
            cand[k] = x;
            if (i + 1 == m)
                worst = score_at(score, stride, cand[0]);
            continue;
        }
        if (!cand_before(score, stride, x, cand[0]))
            continue;
        cand[i] = cand[0]; /* the evicted one goes where x was */
        k = 0;
        for (;;) { /* sift down from the root */
            size_t l = 2 * k + 1, r = l + 1, w = k;
            uint32_t wv = x;
            if (l < m && cand_before(score, stride, wv, cand[l]))
                w = l, wv = cand[l];
            if (r < m && cand_before(score, stride, wv, cand[r]))
                w = r, wv = cand[r];
            if (w == k)
                break;
            cand[k] = wv;
            k = w;
        }
        cand[k] = x;
        worst = score_at(score, stride, cand[0]);
    }
    /* m is small: insertion sort, of the heap reversed (its worst come
     * first, its best last: reversed, most are near their place) */
    for (size_t i = 0, j = m - 1; i < j; i++, j--) {
        uint32_t t = cand[i];
        cand[i] = cand[j];
        cand[j] = t;
    }
    for (size_t i = 1; i < m; i++) {
        uint32_t x = cand[i];
        size_t k = i;
        while (k && cand_before(score, stride, x, cand[k - 1])) {
            cand[k] = cand[k - 1];
            k--;
        }
        cand[k] = x;
    }
}

void rcp__select_best(uint32_t *cand, size_t n, size_t m, const float *score)
{
    select_best(cand, n, m, (const scand *)(const void *)score);
}

/* Are two articles of these days (NO_DAY: undated) further apart than
 * the window, never linked? */
static inline int too_far(const rcp_clusterer *c, int32_t da, int32_t db)
{
    return da != NO_DAY && db != NO_DAY && abs(da - db) > c->window;
}

/* ---- the stream: articles linked as they arrive ---- */

static int dense_ready(rcp_clusterer *c)
{
    if (c->capdense >= c->nterms)
        return 0;
    size_t old = c->capdense;
    if (rcp__grow(&c->dense, &c->capdense, c->nterms, sizeof *c->dense))
        return RCP_ENOMEM;
    memset(c->dense + old, 0, (c->capdense - old) * sizeof *c->dense);
    return 0;
}

static void dense_set(rcp_clusterer *c, const tw *v, size_t n)
{
    for (size_t k = 0; k < n; k++)
        c->dense[v[k].term] = v[k].w;
}

static void dense_clear(rcp_clusterer *c, const tw *v, size_t n)
{
    for (size_t k = 0; k < n; k++)
        c->dense[v[k].term] = 0;
}

/* Insert x into the SCALE_K best values top[0..SCALE_K), kept in
 * descending order. */
static void top_insert(float *top, float x)
{
    if (x <= top[SCALE_K - 1])
        return;
    size_t k = SCALE_K - 1;
    while (k && top[k - 1] < x) {
        top[k] = top[k - 1];
        k--;
    }
    top[k] = x;
}

/* sqrt(SCALE_CEIL / m), m the mean of the SCALE_K best cosines of top
 * (missing ones count 0) clamped to [SCALE_FLOOR, SCALE_CEIL]: the factor
 * by which an article's cosines are put on the scale of its
 * neighbourhood (see scale_edges). */
static float scale_of(const float *top)
{
    double m = 0;
    for (size_t k = 0; k < SCALE_K; k++)
        m += top[k];
    m /= SCALE_K;
    m = m < SCALE_FLOOR ? SCALE_FLOOR : m > SCALE_CEIL ? SCALE_CEIL : m;
    return (float)sqrt(SCALE_CEIL / m);
}

/* The dot product of an article's terms (boosted tf) with the vector laid
 * out by term in wi (graph.wi: its weight times the term's idf): the
 * cosine of build_graph and cross_edges before the other side's norm. */
static inline double term_dot(const double *wi, const tw *v, size_t n)
{
    double dot = 0;
    for (size_t m = 0; m < n; m++)
        dot += wi[v[m].term] * v[m].w;
    return dot;
}

/* wi[t] for the vector's terms (rcp__wi, story.h: the sums as if the
 * three factors were multiplied in term_dot, to the bit). */
static void wi_set(double *wi, const gterm *t, const tw *v, size_t n)
{
    for (size_t k = 0; k < n; k++)
        wi[v[k].term] = rcp__wi(v[k].w, t[v[k].term].idf);
}

static void wi_clear(double *wi, const tw *v, size_t n)
{
    for (size_t k = 0; k < n; k++)
        wi[v[k].term] = 0;
}

/*
 * The similarity of two linked articles, the one the batch and the stream
 * both give the linkage: their cosine put on the scale of their two
 * neighbourhoods (scale = fa fb, see scale_of), times MONTH_APART when
 * both texts name months and none in common (ma, mb: the months named,
 * as art.months; 0 under --no-dates). Two articles that each name the
 * month of their event, and not the other's, are seldom of one event; the
 * factor only lowers the pair, so the words still decide, and it costs
 * the clusters that hold such pairs as a whole (avglink's veto is for
 * clusters whose members agree on a month).
 */
static float pair_sim(float cos, float scale, uint16_t ma, uint16_t mb)
{
    float s = cos * scale;
    return ma && mb && !(ma & mb) ? s * (float)MONTH_APART : s;
}

static void stream_release(stream *s)
{
    for (size_t i = 0; i < s->na; i++)
        rcp__free(s->a[i].e);
    for (size_t i = 0; i < s->npost; i++)
        rcp__free(s->post[i].p);
    for (int p = 0; p < 2; p++) {
        rcp__free(s->part[p].st);
        rcp__free(s->part[p].a);
    }
    rcp__free(s->post);
    rcp__free(s->a);
    rcp__free(s->sc);
    rcp__free(s->sl);
    rcp__free(s->cand);
    rcp__free(s->fv);
    rcp__free(s->moved);
    rcp__free(s->loc);
    for (size_t k = 0; k < LOCAL_MAX; k++)
        rcp__free(s->nl[k]);
    memset(s, 0, sizeof *s);
}

static int post_add(stream *s, uint32_t term, uint32_t i)
{
    if (term >= s->npost) {
        size_t old = s->npost, cap = s->npost;
        if (rcp__grow(&s->post, &cap, (size_t)term + 1, sizeof *s->post))
            return RCP_ENOMEM;
        memset(s->post + old, 0, (cap - old) * sizeof *s->post);
        s->npost = cap;
    }
    posting *q = &s->post[term];
    size_t cap = q->cap;
    if (!RCP__PUSH(q->p, q->n, cap))
        return RCP_ENOMEM;
    q->cap = (uint32_t)cap;
    q->p[q->n++] = i;
    return 0;
}

/* Add a link to article x; an article keeps its LINK_MAX strongest (the
 * weakest gives way), so that an article linked from every later one of
 * a giant topic costs no more than any other. */
static int link_push(sart *x, uint32_t other, float sim)
{
    if (x->ne >= LINK_MAX) {
        uint32_t weak = 0;
        for (uint32_t k = 1; k < x->ne; k++)
            if (x->e[k].s < x->e[weak].s)
                weak = k;
        if (x->e[weak].s < sim)
            x->e[weak] = (slink){other, sim};
        return 0;
    }
    size_t cap = x->cap;
    if (!RCP__PUSH(x->e, x->ne, cap))
        return RCP_ENOMEM;
    x->cap = (uint32_t)cap;
    x->e[x->ne++] = (slink){other, sim};
    return 0;
}

/* Pairs two groups' mean is taken over (as in avglink.c: each article
 * links to at most EDGE_M earlier ones). */
static inline double st_pairs(uint32_t a, uint32_t b)
{
    uint32_t lo = RCP_MIN(a, b), hi = RCP_MAX(a, b);
    return (double)((uint64_t)lo * RCP_MIN(hi, (uint32_t)EDGE_M));
}

/* Append article i to story k of partition P. */
static void st_append(const rcp_clusterer *c, spart *P, uint32_t k, uint32_t i)
{
    sstory *x = &P->st[k];
    P->a[i].next = UINT32_MAX;
    P->a[i].prev = x->size ? x->tail : UINT32_MAX;
    if (x->size)
        P->a[x->tail].next = i;
    else
        x->head = i;
    x->tail = i;
    x->size++;
    P->a[i].story = k;
    uint16_t m = c->arts[i].months;
    if (!m) /* most articles name no month */
        return;
    for (int b = 0; b < 12; b++)
        x->mc[b] += m >> b & 1;
    x->mc[12]++;
}

static uint32_t st_new(spart *P) /* room: see st_settle */
{
    memset(&P->st[P->nst], 0, sizeof P->st[P->nst]);
    P->st[P->nst].head = P->st[P->nst].tail = UINT32_MAX;
    P->st[P->nst].label = UINT32_MAX;
    return (uint32_t)P->nst++;
}


/* Is x before y: most votes first, then the older story, then the
 * group (a total order: a group votes once for a story)? */
static int vote_before(const svote *x, const svote *y)
{
    if (x->votes != y->votes)
        return x->votes > y->votes;
    if (x->story != y->story)
        return x->story < y->story;
    return x->group < y->group;
}

/* Sort the n votes (at most LOCAL_MAX), inline (base/sort.h): the
 * order is total, so the result is qsort's. */
RCP__DEFINE_SORT(sort_votes, svote, vote_before)

/* Take article i out of story k of partition P. */
static void st_remove(const rcp_clusterer *c, spart *P, uint32_t k, uint32_t i)
{
    sstory *x = &P->st[k];
    spa *a = &P->a[i];
    if (a->prev != UINT32_MAX)
        P->a[a->prev].next = a->next;
    else
        x->head = a->next;
    if (a->next != UINT32_MAX)
        P->a[a->next].prev = a->prev;
    else
        x->tail = a->prev;
    x->size--;
    uint16_t m = c->arts[i].months;
    if (!m) /* most articles name no month */
        return;
    for (int b = 0; b < 12; b++)
        x->mc[b] -= m >> b & 1;
    x->mc[12]--;
}

/* Article m is now in story k of partition P: a move to report when it
 * was reported in another (once per add; room: see st_settle). The
 * record keeps the story it was reported in (for a new topic alone: the
 * story it is in). */
static void st_moved(stream *s, spart *P, uint32_t m, uint32_t k)
{
    uint32_t was = P->a[m].emitted;
    if (was == k)
        return;
    if (s->sl[m].mstamp != s->adding) {
        s->sl[m].mstamp = s->adding;
        const spart *S = &s->part[0];
        uint32_t from = P == S ? was : S->a[m].emitted;
        s->moved[s->nmoved++] = (struct smove){m, S->st[from].label};
    }
    P->a[m].emitted = k;
}

/* Give story k of P an output number when it has none yet. */
static void st_label(spart *P, uint32_t k)
{
    if (P->st[k].label == UINT32_MAX)
        P->st[k].label = (uint32_t)P->nlabel++;
}

/* The weight of link e of article x: its cosine on the scale of the two
 * articles' neighbourhoods as known now (a copy's tie: 1). */
#define COPY_TIE 2.0f /* above any cosine: a copy's tie, weight 1 */

static inline float link_w(const stream *s, uint32_t x, const slink *e)
{
    if (e->s == COPY_TIE)
        return 1.0f;
    return e->s * s->sl[x].scale * s->sl[e->other].scale;
}

/* Add article node m (of story o, UINT32_MAX for the new article) to the
 * local linkage. */
static void local_art(stream *s, size_t *n, uint32_t m, uint32_t o)
{
    s->sl[m].lstamp = s->cur;
    s->sl[m].lnode = (uint32_t)*n;
    s->node[(*n)++] = (lnode){m, o, 1, 0, {0}, 0};
}

/* The mean similarity of local nodes a and b (both live), 0 when they
 * share nothing. */
static inline double local_mean(const stream *s, size_t a, size_t b,
                                size_t n)
{
    float w = s->w[a * n + b];
    return w > 0 ? w / st_pairs(s->node[a].size, s->node[b].size) : 0;
}

static inline int nent_before(const rcp__nent *x, const rcp__nent *y)
{
    return x->name < y->name;
}

RCP__DEFINE_SORT(sort_nent, rcp__nent, nent_before)

/* Push name x, counted once, to node a's list (s->noom when out of
 * memory). */
static void names_push(stream *s, size_t a, uint32_t x)
{
    if (!RCP__PUSH(s->nl[a], s->nln[a], s->nlcap[a])) {
        s->noom = 1;
        return;
    }
    s->nl[a][s->nln[a]++] = (rcp__nent){x, 1};
}

/* Push the distinct names of article m to node a's list. */
static void names_art(rcp_clusterer *c, size_t a, uint32_t m)
{
    const uint32_t *x = c->names + (size_t)m * RCP__NAME_K;
    for (int k = 0; k < RCP__NAME_K; k++) {
        int seen = 0;
        for (int j = 0; j < k; j++)
            seen |= x[j] == x[k];
        if (x[k] && !seen)
            names_push(&c->str, a, x[k]);
    }
}

/* The names of live node a of the local linkage, as avglink.c's test
 * reads a cluster's: counted over its articles and the articles of its
 * cores (those not taken out as nodes of their own), exact. A core of
 * more than NAME_SCAN articles makes them unknown (err NAMES_UNKNOWN: no
 * name is then "nearly all" nor "none", so no veto), so a settle reads
 * O(NAME_SCAN) articles a core at most, the test being asked only of
 * nodes of RCP__NAME_MIN articles or more. Counted once (names_join
 * keeps them through merges); on a failed allocation unknown too, and
 * s->noom set (st_settle reports it). */
static rcp__nview local_names(rcp_clusterer *c, size_t a, size_t n)
{
    stream *s = &c->str;
    lnode *nd = s->node;
    if (!nd[a].named) {
        nd[a].named = 1;
        s->nln[a] = 0;
        s->nlerr[a] = 0;
        for (size_t b = 0; b < n && !s->nlerr[a]; b++) {
            size_t g = b;
            while (nd[g].group != g)
                g = nd[g].group;
            nd[b].group = (uint32_t)g; /* the path, shortened */
            if (g != a)
                continue;
            if (nd[b].art != UINT32_MAX) {
                names_art(c, a, nd[b].art);
                continue;
            }
            const sstory *y = &s->P->st[nd[b].story];
            if (y->size - y->out > NAME_SCAN) { /* the core's articles */
                s->nlerr[a] = NAMES_UNKNOWN;
                break;
            }
            for (uint32_t m = y->head; m != UINT32_MAX;
                 m = s->P->a[m].next)
                if (s->sl[m].lstamp != s->cur)
                    names_art(c, a, m);
        }
        if (s->noom)
            s->nlerr[a] = NAMES_UNKNOWN;
        if (s->nlerr[a])
            s->nln[a] = 0;
        rcp__nent *p = s->nl[a];
        uint32_t k = 0;
        sort_nent(p, s->nln[a]);
        for (uint32_t j = 0; j < s->nln[a]; j++) {
            if (k && p[k - 1].name == p[j].name)
                p[k - 1].cnt++;
            else
                p[k++] = p[j];
        }
        s->nln[a] = k;
    }
    return (rcp__nview){s->nl[a], s->nln[a], s->nlerr[a]};
}

/* Is node x's names counted? A lone article's are, now (two at most:
 * no scan); a core's only once asked (local_names). */
static int names_now(rcp_clusterer *c, size_t x)
{
    stream *s = &c->str;
    lnode *nd = s->node;
    if (!nd[x].named && nd[x].art != UINT32_MAX && nd[x].size == 1) {
        nd[x].named = 1;
        s->nln[x] = s->nlerr[x] = 0;
        names_art(c, x, nd[x].art);
        rcp__nent *p = s->nl[x];
        if (s->noom)
            s->nln[x] = 0, s->nlerr[x] = NAMES_UNKNOWN;
        else if (s->nln[x] == 2 && p[0].name > p[1].name) {
            rcp__nent t = p[0];
            p[0] = p[1];
            p[1] = t;
        }
    }
    return nd[x].named;
}

/* Root ba is about to take root bb (a merge of local_link): when both
 * are counted, ba's names become the two lists added, a merge of two
 * sorted lists from the back, in ba's room; else they are counted when
 * asked. So the articles of a node are read once, not again at each of
 * its merges. */
static void names_join(rcp_clusterer *c, size_t ba, size_t bb)
{
    stream *s = &c->str;
    lnode *nd = s->node;
    if (!names_now(c, ba) || !names_now(c, bb)) {
        nd[ba].named = 0;
        return;
    }
    uint32_t na = s->nln[ba], nb = s->nln[bb];
    if (s->nlerr[ba] || s->nlerr[bb]) { /* unknown, and so the merge */
        s->nln[ba] = 0;
        s->nlerr[ba] = NAMES_UNKNOWN;
        return;
    }
    if (rcp__grow(&s->nl[ba], &s->nlcap[ba], (size_t)na + nb + 1,
                  sizeof *s->nl[ba])) {
        nd[ba].named = 0; /* counted again when asked (s->noom then) */
        return;
    }
    rcp__nent *p = s->nl[ba];
    const rcp__nent *q = s->nl[bb];
    size_t w = (size_t)na + nb, i = na, j = nb;
    while (j > 0) {
        if (i > 0 && p[i - 1].name > q[j - 1].name)
            p[--w] = p[--i];
        else if (i > 0 && p[i - 1].name == q[j - 1].name)
            p[--w] = (rcp__nent){p[i - 1].name, p[i - 1].cnt + q[j - 1].cnt},
            i--, j--;
        else
            p[--w] = q[--j];
    }
    /* p[0 .. i) and p[w .. na + nb) now hold the list */
    if (w > i)
        memmove(p + i, p + w, ((size_t)na + nb - w) * sizeof *p);
    s->nln[ba] = (uint32_t)(i + (na + nb - w));
}

/* Do the months of local nodes a and b veto their merge (in a partition
 * that has the veto), or their names (in one that reads them)? Asked
 * only of a pair that would be taken. */
static inline int local_veto(rcp_clusterer *c, size_t a, size_t b, size_t n)
{
    const stream *s = &c->str;
    const lnode *nd = s->node;
    if (s->P->veto && s->cm[a] && s->cm[b] && s->cm[a] != s->cm[b] &&
        rcp__months_disagree_at(nd[a].mc, s->cm[a], nd[b].mc, s->cm[b]))
        return 1;
    if (!s->P->names || nd[a].size < RCP__NAME_MIN ||
        nd[b].size < RCP__NAME_MIN)
        return 0;
    rcp__nview va = local_names(c, a, n), vb = local_names(c, b, n);
    return rcp__names_disagree_at(&va, nd[a].size, &vb, nd[b].size);
}

/* Node a's best partner among the live nodes (the lowest on ties) with a
 * mean of at least the cut and no veto, into bp[a] (n: none) and bm[a]. */
static void local_best(rcp_clusterer *c, size_t a, size_t n)
{
    stream *s = &c->str;
    s->bp[a] = (uint32_t)n;
    s->bm[a] = -1;
    for (size_t l = 0; l < s->nlive; l++) {
        size_t b = s->live[l];
        if (b == a)
            continue;
        double m = s->mean[a * n + b];
        if (m >= s->P->th && m > s->bm[a] && !local_veto(c, a, b, n))
            s->bm[a] = m, s->bp[a] = (uint32_t)b;
    }
}

/* Offer node b, at mean m (at least the cut), as a's best partner: taken
 * when it is better than a's best so far (a higher mean, or the same
 * and a lower node) and no veto forbids it. */
static inline void local_offer(rcp_clusterer *c, size_t a, size_t b,
                               double m, size_t n)
{
    stream *s = &c->str;
    if ((m > s->bm[a] || (m == s->bm[a] && b < s->bp[a])) &&
        !local_veto(c, a, b, n))
        s->bm[a] = m, s->bp[a] = (uint32_t)b;
}

/* Merge the nodes best pair first while a pair's mean reaches the cut
 * of the partition. */
static void local_link(rcp_clusterer *c, size_t n)
{
    stream *s = &c->str;
    lnode *nd = s->node;
    float *w = s->w;
    s->nlive = 0;
    for (size_t a = 0; a < n; a++)
        if (nd[a].group == a)
            s->live[s->nlive++] = (uint8_t)a;
    /* the means (0 but for the pairs linked, s->pair), and each node's
     * best partner from them as local_best finds it (the highest mean,
     * the lowest node on ties, no veto). Every node is live here. */
    memset(s->mean, 0, n * n * sizeof *s->mean);
    for (size_t a = 0; a < n; a++) {
        s->bp[a] = (uint32_t)n;
        s->bm[a] = -1;
    }
    for (size_t p = 0; p < s->npair; p++) {
        size_t a = s->pair[p][0], b = s->pair[p][1];
        double m = local_mean(s, a, b, n);
        s->mean[a * n + b] = s->mean[b * n + a] = m;
        if (m < s->P->th)
            continue;
        local_offer(c, a, b, m, n);
        local_offer(c, b, a, m, n);
    }
    for (;;) {
        size_t ba = n;
        for (size_t l = 0; l < s->nlive; l++) {
            size_t a = s->live[l];
            if (s->bp[a] < n && (ba == n || s->bm[a] > s->bm[ba]))
                ba = a;
        }
        if (ba == n)
            break;
        size_t bb = s->bp[ba];
        if (bb < ba) {
            size_t t = ba;
            ba = bb;
            bb = t;
        }
        if (s->P->names) /* before bb joins ba: both roots still */
            names_join(c, ba, bb);
        nd[bb].group = (uint32_t)ba;
        size_t lb = 0;
        while (s->live[lb] != bb)
            lb++;
        memmove(s->live + lb, s->live + lb + 1, s->nlive - lb - 1);
        s->nlive--;
        nd[ba].size += nd[bb].size;
        for (int m = 0; m < 13; m++)
            nd[ba].mc[m] += nd[bb].mc[m];
        /* one pass over the live nodes: ba's row of sums and means, ba's
         * best partner (as local_best finds it), and the best partner of
         * each other node (its other means are as they were) */
        s->cm[ba] = (int8_t)rcp__current_month(nd[ba].mc);
        s->bp[ba] = (uint32_t)n;
        s->bm[ba] = -1;
        for (size_t l = 0; l < s->nlive; l++) {
            size_t k = s->live[l];
            if (k == ba)
                continue;
            w[ba * n + k] += w[bb * n + k];
            w[k * n + ba] = w[ba * n + k];
            double m = local_mean(s, ba, k, n);
            s->mean[ba * n + k] = s->mean[k * n + ba] = m;
            if (m >= s->P->th)
                local_offer(c, ba, k, m, n);
            if (s->bp[k] == ba || s->bp[k] == bb) {
                /* its best was one of the two: the merged node is still
                 * its best when its mean did not fall (ba < bb; the
                 * other means and vetoes of k are unchanged) */
                if (m >= s->P->th && m >= s->bm[k] &&
                    !local_veto(c, k, ba, n))
                    s->bm[k] = m, s->bp[k] = (uint32_t)ba;
                else
                    local_best(c, k, n);
            } else if (m >= s->P->th) {
                local_offer(c, k, ba, m, n);
            }
        }
    }
}

/*
 * Settle article i, just linked (its links in s->a[i].e, made by
 * stream_place), among the stories of its neighbours: the average linkage
 * of the batch, best pair first, run again over a small graph: i, each
 * article it links to (OUT_MAX of one story at most), taken out of its
 * story (an article put in a story before its best partners arrived can
 * leave it), and the rest of each story touched as one node, its core;
 * at most LOCAL_MAX nodes. In the stories' partition, a story touched
 * whose other articles all fit in the LOCAL_MAX nodes, and of which an
 * article names a month, is taken apart too: each of its articles is a
 * node. A story's core votes on months as a whole, so three early
 * articles that named May, made a story of their own by the order of
 * arrival, kept vetoing the rest of their event; taken apart, they are
 * grouped again from the bottom up, and the veto judges the groups the
 * linkage forms, as in the batch (RPM2 --stream 0.678 -> 0.694, batch
 * 0.708; in the topics' partition, which has no veto, it lowered RPM2's
 * topic field: docs/cluster.md). A story none of whose articles names a
 * month stays whole (the dev figures are the same either way, and
 * taking apart stories of a million short records naming no month cost
 * 3.5 million more moves). Months and names veto as in the batch
 * (names in the stories' partition: local_names). The groups it
 * gives become the stories: each
 * group becomes the story that most of its members were last reported in
 * (a core votes with its size; ties: the older story), one group per
 * story, the strongest claims first; a group left without is a new
 * story. So a story keeps its id as it grows, and an article can move,
 * or two stories meet, when the articles that came since say so; each
 * article that changes story is recorded in s->moved (once per add, over
 * both partitions). Stories meet through the articles of the small
 * graph (the links between two cores are not read). Runs on partition P
 * (the stories, or the topics). Returns i's story's output number, or
 * -1 when out of memory.
 */
static long st_settle(rcp_clusterer *c, spart *P, uint32_t i)
{
    stream *s = &c->str;
    s->P = P;
    /* room for a new story per node: nothing below can fail */
    if (rcp__grow(&P->st, &P->capst, P->nst + LOCAL_MAX, sizeof *P->st))
        return -1;
    lnode *nd = s->node;
    float *w = s->w;
    size_t n = 0;
    s->cur++;
    local_art(s, &n, i, UINT32_MAX);
    const sart *me = &s->a[i];
    /* the neighbours */
    for (uint32_t e = 0; e < me->ne && n < LOCAL_MAX; e++) {
        uint32_t j = me->e[e].other;
        if (s->sl[j].lstamp == s->cur || P->a[j].story == UINT32_MAX)
            continue;
        sstory *y = &P->st[P->a[j].story];
        if (y->stamp != s->cur) {
            y->stamp = s->cur;
            y->slot = UINT32_MAX;
            y->out = 0;
        }
        if (y->out >= OUT_MAX)
            continue; /* its link counts through the story's core */
        local_art(s, &n, j, P->a[j].story);
        y->out++;
    }
    /* a story of the stories' partition whose other articles all fit,
     * and of which an article names a month, is taken apart: its
     * articles are nodes of their own (above) */
    for (size_t a = 1, n0 = n; P == &s->part[0] && a < n0; a++) {
        sstory *y = &P->st[nd[a].story];
        uint32_t left = y->size - y->out;
        if (left == 0 || n + left > LOCAL_MAX || !y->mc[12])
            continue;
        for (uint32_t m = y->head; m != UINT32_MAX; m = P->a[m].next)
            if (s->sl[m].lstamp != s->cur) {
                local_art(s, &n, m, nd[a].story);
                y->out++;
            }
    }
    /* the cores: what is left of each story touched */
    for (size_t a = 1, n0 = n; a < n0; a++) {
        uint32_t o = nd[a].story;
        sstory *y = &P->st[o];
        if (y->slot != UINT32_MAX || y->out == y->size || n >= LOCAL_MAX)
            continue;
        y->slot = (uint32_t)n;
        lnode *z = &nd[n++];
        *z = (lnode){UINT32_MAX, o, y->size - y->out, 0, {0}, 0};
        memcpy(z->mc, y->mc, sizeof z->mc);
    }
    for (size_t a = 0; a < n; a++) {
        nd[a].group = (uint32_t)a;
        if (nd[a].art == UINT32_MAX)
            continue;
        uint16_t m = c->arts[nd[a].art].months;
        if (!m) /* its counts are 0 (local_art) */
            continue;
        for (int b = 0; b < 12; b++)
            nd[a].mc[b] = m >> b & 1;
        nd[a].mc[12] = m != 0;
        uint32_t o = nd[a].story;
        if (o != UINT32_MAX) {
            sstory *y = &P->st[o];
            if (y->slot != UINT32_MAX) /* its core counts what is left */
                for (int b = 0; b < 13; b++)
                    nd[y->slot].mc[b] -= nd[a].mc[b];
        }
    }
    /* summed similarities between the nodes */
    memset(w, 0, n * n * sizeof *w);
    s->npair = 0;
    for (size_t a = 0; a < n; a++) {
        if (nd[a].art == UINT32_MAX)
            continue;
        const sart *x = &s->a[nd[a].art];
        for (uint32_t e = 0; e < x->ne; e++) {
            uint32_t j = x->e[e].other;
            size_t b;
            if (s->sl[j].lstamp == s->cur) {
                b = s->sl[j].lnode;
                if (b <= a)
                    continue; /* counted from j's side */
            } else if (P->a[j].story == UINT32_MAX) {
                continue; /* left without a story by a failure */
            } else {
                const sstory *y = &P->st[P->a[j].story];
                if (y->stamp != s->cur || y->slot == UINT32_MAX)
                    continue;
                b = y->slot;
            }
            float lw = link_w(s, nd[a].art, &x->e[e]);
            if (w[a * n + b] == 0) /* links weigh more than 0 */
                s->pair[s->npair][0] = (uint8_t)a,
                s->pair[s->npair++][1] = (uint8_t)b;
            w[a * n + b] += lw;
            w[b * n + a] += lw;
        }
    }
    /* average linkage, best pair first; each live node keeps its best
     * partner, so a merge rereads only the rows it changed: O(n^2) */
    for (size_t a = 0; a < n; a++)
        s->cm[a] = (int8_t)rcp__current_month(nd[a].mc);
    s->noom = 0;
    local_link(c, n);
    if (s->noom)
        return -1;
    for (size_t a = 0; a < n; a++) { /* resolve to the group's root */
        uint32_t g = nd[a].group;
        while (nd[g].group != g)
            g = nd[g].group;
        nd[a].group = g;
    }
    /* The story each group becomes: of the stories it holds articles or
     * a core of, the one most of them were written out with (a core
     * counts its size; ties: the older), each story to one group, the
     * best claims first; a group left without is a new story. */
    size_t nv = 0;
    for (size_t a = 0; a < n; a++) {
        uint32_t g = nd[a].group, o = nd[a].art == UINT32_MAX
                                          ? nd[a].story
                                          : P->a[nd[a].art].emitted;
        if (o == UINT32_MAX || P->st[o].stamp != s->cur)
            continue; /* the new article, or written out elsewhere */
        uint32_t votes = nd[a].art == UINT32_MAX
                             ? P->st[o].size - P->st[o].out
                             : 1;
        size_t v = 0;
        while (v < nv && !(s->vote[v].group == g && s->vote[v].story == o))
            v++;
        if (v == nv)
            s->vote[nv++] = (svote){g, o, 0};
        s->vote[v].votes += votes;
    }
    sort_votes(s->vote, nv);
    for (size_t a = 0; a < n; a++)
        s->keep[a] = UINT32_MAX;
    for (size_t v = 0; v < nv; v++) {
        sstory *y = &P->st[s->vote[v].story];
        if (s->keep[s->vote[v].group] != UINT32_MAX || y->slot == UINT32_MAX - 1)
            continue;
        s->keep[s->vote[v].group] = s->vote[v].story;
        y->slot = UINT32_MAX - 1; /* claimed (its core, if any, is read) */
    }
    /* room for the moves to report: every article node, and every
     * article of a core that goes to another story */
    size_t bound = s->nmoved + n;
    for (size_t a = 0; a < n; a++)
        if (nd[a].art == UINT32_MAX && s->keep[nd[a].group] != nd[a].story)
            bound += P->st[nd[a].story].size;
    if (rcp__grow(&s->moved, &s->capmoved, bound, sizeof *s->moved))
        return -1;
    /* the articles leave their stories, then go to their group's */
    for (size_t a = 1; a < n; a++)
        if (nd[a].art != UINT32_MAX)
            st_remove(c, P, nd[a].story, nd[a].art);
    /* the cores first: a story's list holds only its core's articles
     * until the article nodes are appended */
    for (int pass = 0; pass < 2; pass++)
        for (size_t a = 0; a < n; a++) {
            if ((nd[a].art == UINT32_MAX) == pass)
                continue;
            uint32_t g = nd[a].group, k = s->keep[g];
            if (k == UINT32_MAX)
                k = s->keep[g] = st_new(P);
            if (nd[a].art != UINT32_MAX) {
                st_append(c, P, k, nd[a].art);
                if (a)
                    st_moved(s, P, nd[a].art, k);
            } else if (nd[a].story != k) { /* a core to another story */
                sstory *y = &P->st[nd[a].story];
                while (y->head != UINT32_MAX) {
                    uint32_t m = y->head;
                    st_remove(c, P, nd[a].story, m);
                    st_append(c, P, k, m);
                    st_moved(s, P, m, k);
                }
            }
        }
    long mine = P->a[i].story;
    P->a[i].emitted = (uint32_t)mine;
    /* labels in order of output: the new article's line, then the moves */
    st_label(P, (uint32_t)mine);
    for (size_t k = 0; k < s->nmoved; k++)
        st_label(P, P->a[s->moved[k].art].emitted);
    return P->st[mine].label;
}

static int stream_room(stream *s, size_t n)
{
    if (rcp__grow(&s->a, &s->capa, n, sizeof *s->a) ||
        rcp__grow(&s->sc, &s->capsc, n, sizeof *s->sc) ||
        rcp__grow(&s->sl, &s->capsl, n, sizeof *s->sl))
        return RCP_ENOMEM;
    for (int p = 0; p < 2; p++)
        if (rcp__grow(&s->part[p].a, &s->part[p].capa, n, sizeof *s->part->a))
            return RCP_ENOMEM;
    if (n > s->na) { /* articles added without a stream answer included */
        memset(s->a + s->na, 0, (n - s->na) * sizeof *s->a);
        memset(s->sc + s->na, 0, (n - s->na) * sizeof *s->sc);
        memset(s->sl + s->na, 0, (n - s->na) * sizeof *s->sl);
        for (int p = 0; p < 2; p++) /* without a story */
            memset(s->part[p].a + s->na, 0xff,
                   (n - s->na) * sizeof *s->part->a);
        s->na = n;
    }
    if (!s->cand && !(s->cand = rcp__malloc((size_t)Q_TERMS * L_BATCH *
                                            sizeof *s->cand)))
        return RCP_ENOMEM;
    return 0;
}

/* The sum of w / df over a stream vector's terms: it falls as the terms'
 * df grow, most for its rarest, heaviest terms. */
static float vec_mass(const rcp_clusterer *c, const sart *x)
{
    float m = 0;
    for (size_t k = 0; k < x->nv; k++)
        m += x->v[k].w / (float)c->df[x->v[k].term];
    return m;
}

/* Article j's stream vector as the batch makes it (final_terms,
 * build_graph), with the idf known now: its K_TERMS heaviest stored terms
 * that another article also holds, normalised, in no particular order. */
static int fresh_vector(rcp_clusterer *c, uint32_t j)
{
    stream *s = &c->str;
    const art *a = &c->arts[j];
    if (rcp__grow(&s->fv, &s->capfv, a->nterms, sizeof *s->fv))
        return RCP_ENOMEM;
    size_t m = 0;
    double norm = 0;
    for (size_t k = 0; k < a->nterms; k++) {
        tw x = c->pool[a->off + k];
        if (c->df[x.term] < 2)
            continue;
        x.w *= (float)idf(c, x.term);
        s->fv[m++] = x;
    }
    size_t nv = RCP_MIN(m, (size_t)K_TERMS);
    select_first(s->fv, m, nv, c->thash);
    for (size_t k = 0; k < nv; k++)
        norm += (double)s->fv[k].w * s->fv[k].w;
    float inv = norm > 0 ? (float)(1.0 / sqrt(norm)) : 0;
    sart *x = &s->a[j];
    for (size_t k = 0; k < nv; k++)
        x->v[k] = (tw){s->fv[k].term, s->fv[k].w * inv};
    x->nv = (uint8_t)nv;
    x->stale = 0;
    x->mass = vec_mass(c, x);
    return 0;
}

/* Is article j's vector stale: a term of it became shared, or the df of
 * its terms grew enough to shift their weights (vec_mass fell by
 * REFRESH_DRIFT)? */
static int vec_stale(const rcp_clusterer *c, uint32_t j)
{
    const sart *x = &c->str.a[j];
    return x->stale ||
           vec_mass(c, x) < (float)(1 - REFRESH_DRIFT) * x->mass;
}

/* Make article j's vector again (fresh_vector), and with it the cosines
 * of its links (both copies) and its scale: a link made when a topic was
 * new, with the idf then, weighs what the batch would give it now. */
static int st_refresh(rcp_clusterer *c, uint32_t j)
{
    stream *s = &c->str;
    if (fresh_vector(c, j))
        return RCP_ENOMEM;
    sart *x = &s->a[j];
    memset(x->top, 0, sizeof x->top);
    dense_set(c, x->v, x->nv);
    for (uint32_t e = 0; e < x->ne; e++) {
        uint32_t o = x->e[e].other;
        if (x->e[e].s == COPY_TIE)
            continue;
        sart *u = &s->a[o];
        double dot = 0;
        for (size_t m = 0; m < u->nv; m++)
            dot += (double)c->dense[u->v[m].term] * u->v[m].w;
        float cos = pair_sim((float)dot, 1.0f,
                             c->no_dates ? 0 : c->arts[j].months,
                             c->no_dates ? 0 : c->arts[o].months);
        x->e[e].s = cos;
        for (uint32_t f = 0; f < u->ne; f++)
            if (u->e[f].other == j) {
                u->e[f].s = cos;
                break;
            }
        if (dot >= EDGE_FLOOR)
            top_insert(x->top, (float)dot);
    }
    dense_clear(c, x->v, x->nv);
    s->sl[j].scale = scale_of(x->top);
    return 0;
}

/*
 * Place article i (its vector in c->vec[0..nv), normalised, heaviest
 * first) in the stream: link it to the earlier articles met in the
 * postings of its Q_TERMS heaviest terms (the L_BATCH most recent in
 * each, EDGE_M best scored exactly, as the batch graph does), put the
 * cosines on the scale of the two articles' neighbourhoods, start a
 * story of its own, and let average linkage merge it (st_settle).
 * Returns its story's label, or -1 when out of memory.
 */
static long stream_place(rcp_clusterer *c, uint32_t i, size_t nv)
{
    stream *s = &c->str;
    art *a = &c->arts[i];
    s->nmoved = 0;
    if (dense_ready(c) || stream_room(s, (size_t)i + 1))
        return -1;
    const spa *S = s->part[0].a;
    for (int p = 0; p < 2; p++) /* until settled */
        s->part[p].a[i] = (spa){UINT32_MAX, UINT32_MAX, UINT32_MAX,
                                UINT32_MAX};
    s->adding = i + 1;
    s->sl[i].mstamp = s->adding; /* its line is written, not a move */
    sart *me_a = &s->a[i];
    me_a->ne = 0;
    const tw *v = c->vec; /* its terms by the idf now: candidates, postings */
    s->sc[i].stamp = 0;
    s->sl[i].lstamp = 0;
    float *top = me_a->top;
    memset(top, 0, SCALE_K * sizeof *top);

    /* candidates */
    size_t ncand = 0;
    for (size_t q = 0; q < RCP_MIN(nv, (size_t)Q_TERMS); q++) {
        if (v[q].term >= s->npost)
            continue;
        const posting *pl = &s->post[v[q].term];
        uint32_t from = pl->n > L_BATCH ? pl->n - L_BATCH : 0;
        for (uint32_t k = pl->n; k-- > from;) {
            uint32_t j = pl->p[k];
            scand *b = &s->sc[j];
            if (b->stamp != i + 1) {
                b->stamp = i + 1;
                b->score = 0;
                s->cand[ncand++] = j;
            }
            b->score += v[q].w;
        }
    }
    /* those out of the window go before the best are chosen: in an order
     * that is not by date (a file shuffled, a late feed), the most recent
     * articles of a posting may be weeks away, and the EDGE_M slots are
     * for articles it can link to */
    if (a->day != NO_DAY) {
        size_t kept = 0;
        for (size_t k = 0; k < ncand; k++)
            if (!too_far(c, a->day, c->arts[s->cand[k]].day))
                s->cand[kept++] = s->cand[k];
        ncand = kept;
    }
    select_best(s->cand, ncand, EDGE_M, s->sc);
    ncand = RCP_MIN(ncand, (size_t)EDGE_M);
    /* the cosines as the batch would weigh them now: the candidates'
     * vectors made again when stale, i's of its shared terms */
    for (size_t k = 0; k < ncand; k++)
        if (S[s->cand[k]].story != UINT32_MAX && vec_stale(c, s->cand[k]) &&
            st_refresh(c, s->cand[k]))
            return -1;
    if (fresh_vector(c, i))
        return -1;
    dense_set(c, me_a->v, me_a->nv);
    size_t ne = 0;
    for (size_t k = 0; k < ncand; k++) {
        uint32_t j = s->cand[k];
        if (a->dup == (int32_t)j || S[j].story == UINT32_MAX)
            continue; /* a copy (tied below), or failed half-way */
        const sart *u = &s->a[j];
        double dot = 0;
        for (size_t m = 0; m < u->nv; m++)
            dot += (double)c->dense[u->v[m].term] * u->v[m].w;
        if (dot >= EDGE_FLOOR) {
            s->edge[ne++] = (tw){j, (float)dot};
            top_insert(top, (float)dot);
            top_insert(s->a[j].top, (float)dot);
            s->sl[j].scale = scale_of(s->a[j].top);
        }
    }
    s->sl[i].scale = scale_of(top);
    dense_clear(c, me_a->v, me_a->nv);
    for (size_t k = 0; k < nv; k++)
        if (post_add(s, v[k].term, i))
            return -1;

    /* links, both ways: their cosines (times the months' factor of
     * pair_sim), put on the scale of the two neighbourhoods as known when
     * they are read (link_w) */
    for (size_t k = 0; k < ne; k++) {
        uint32_t j = s->edge[k].term;
        /* the months factor now, the neighbourhoods when read */
        float cos = pair_sim(s->edge[k].w, 1.0f,
                             c->no_dates ? 0 : a->months,
                             c->no_dates ? 0 : c->arts[j].months);
        if (link_push(&s->a[i], j, cos) || link_push(&s->a[j], i, cos))
            return -1;
    }
    if (a->dup >= 0 && S[a->dup].story != UINT32_MAX &&
        (link_push(&s->a[i], (uint32_t)a->dup, COPY_TIE) ||
         link_push(&s->a[a->dup], i, COPY_TIE)))
        return -1; /* a copy is tied to its original, as in the batch */
    long topic = st_settle(c, &s->part[1], i);
    return topic < 0 ? -1 : st_settle(c, &s->part[0], i);
}

/* ---- public ---- */

rcp_clusterer *rcp_clusterer_new(const rcp_cluster_opts *opts)
{
    rcp_clusterer *c = rcp__calloc(1, sizeof *c);
    if (!c)
        return NULL;
    rcp_cluster_opts o = {0};
    if (opts)
        o = *opts;
    c->batch_threshold = o.threshold > 0 ? o.threshold : RCP_CLUSTER_THRESHOLD;
    c->threshold = c->batch_threshold * STREAM_FACTOR;
    c->str.part[0].th = c->threshold;
    c->str.part[0].veto = !o.no_dates;
    c->str.part[0].names = 1;
    c->topic_threshold = o.topic_threshold > 0
                             ? RCP_MIN(o.topic_threshold, c->batch_threshold)
                             : c->batch_threshold * TOPIC_FACTOR;
    /* the stream's topics: the lower cut of the batch, in the same
     * proportion to the stream's stories, without the months' veto */
    c->str.part[1].th =
        c->threshold * c->topic_threshold / c->batch_threshold;
    c->dup_threshold =
        o.dup_threshold > 0 ? o.dup_threshold : RCP_CLUSTER_DUP_THRESHOLD;
    c->window =
        (int32_t)(o.window ? RCP_MIN(o.window, 100000u) : RCP_CLUSTER_WINDOW);
    c->no_dates = o.no_dates;
    c->no_refine = o.no_refine;
    rcp__map_init(&c->terms);
    rcp__map_init(&c->xwide);
    xe_init(c);
    rcp__map_init(&c->bands);
    return c;
}

size_t rcp_clusterer_count(const rcp_clusterer *c)
{
    return c ? c->n : 0;
}

/* The earliest article whose sketch is a near-copy of sk, or -1; first:
 * by band, the first article filed under sk's key of that band, + 1 (0:
 * none). */
static long find_duplicate(rcp_clusterer *c, const rcp__sketch *sk,
                           const uint64_t *first)
{
    long best = -1;
    for (int b = 0; b < RCP__SKETCH_BANDS; b++) {
        if (!first[b])
            continue;
        long j = (long)first[b] - 1;
        if (best >= 0 && j >= best)
            continue;
        if (rcp__sketch_similarity(sk, &c->sketches[j]) >= c->dup_threshold)
            best = j;
    }
    if (best >= 0 && c->arts[best].dup >= 0)
        best = c->arts[best].dup;
    return best;
}

/* ---- across languages: the pivot vectors ---- */

/* The pivot features in c->X (doc_terms with a pivot table) into
 * c->xpool: the X_TERMS heaviest by boosted tf x the idf now (as
 * add_terms chooses), each key interned (c->xmap: xid); *n: how many,
 * at the end of c->xpool. */
static int pivot_take(rcp_clusterer *c, size_t *n)
{
    size_t m = c->X.n, keep = RCP_MIN(m, (size_t)X_TERMS);
    if (rcp__grow(&c->rank, &c->caprank, m, sizeof *c->rank) ||
        rcp__grow(&c->xpool, &c->capxpool, c->nxpool + keep,
                  sizeof *c->xpool) ||
        rcp__grow(&c->xkey, &c->capxkey, c->nx + keep, sizeof *c->xkey))
        return RCP_ENOMEM;
    for (size_t i = 0; i < m; i++) {
        feat *f = &c->X.f[i];
        feat_boost(c, f);
        const uint64_t *t = rcp__map_get(&c->terms, f->key);
        /* the idf once this article is counted, which add_terms meets */
        float w = f->raw *
                  (float)idf_of(c, c->n + 1, (t ? c->df[*t - 1] : 0) + 1);
        c->rank[i] = (tw){(uint32_t)i, w};
    }
    if (m > keep) /* ties by first occurrence in the text */
        select_first(c->rank, m, keep, NULL);
    for (size_t k = 0; k < keep; k++) {
        const feat *f = &c->X.f[c->rank[k].term];
        uint64_t *x = rcp__map_put(&c->xmap, f->key);
        if (!x)
            return RCP_ENOMEM;
        if (!*x) {
            c->xkey[c->nx] = f->key;
            *x = ++c->nx;
        }
        if (xe_put(c, &c->xwide, c->nxpool + k, (uint32_t)(*x - 1), f->count,
                   f->flags, f->raw))
            return RCP_ENOMEM;
    }
    c->nxpool += keep;
    *n = keep;
    return 0;
}

/* The features of doc d (text, then its article's title) into c->F, in
 * order of first occurrence, and into c->X with the pivot table xl (its
 * words carried to English, xlex.c) unless xl is NULL; the months its
 * text names into *months. The title's doc is made into *title once (the
 * caller frees it). Uses only the scratch fields of c. */
static int doc_terms(rcp_clusterer *c, const rcp_doc *d, uint16_t *months,
                     rcp__xlex *xl, rcp_doc **title)
{
    const rcp_article *ar = d->article;
    c->F.n = c->X.n = 0;
    c->xl = xl;
    *months = 0;
    int rc = doc_features(c, d, 0, months);
    if (!rc && ar && ar->title && ar->title[0]) {
        if (!*title)
            *title = rcp__doc_words(ar->title, strlen(ar->title), d->lang);
        rc = *title ? doc_features(c, *title, 1, NULL) : RCP_ENOMEM;
    }
    ftab_clear(&c->F); /* the tables are empty again */
    if (xl)
        ftab_clear(&c->X);
    return rc;
}

/* Add the article whose features are in c->F.f: its date (NO_DAY when
 * unknown), the months its text names, its sketch (NULL when its text
 * has no word). Both rcp_clusterer_add and rcp_clusterer_add_features
 * come here, so that a doc and its record give the same result. */
static int stream_recluster(rcp_clusterer *c);

/* The RCP__NAME_K names of the article in c->F (features flagged F_NAME:
 * capitalised words inside sentences, their bigrams) that its text
 * repeats most, ties by key, as 32-bit ids into out; 0 fills the rest.
 * A record gives the same (its terms keep their flags). */
static void top_names(const rcp_clusterer *c, uint32_t *out)
{
    const feat *best[RCP__NAME_K];
    size_t nb = 0;
    for (size_t i = 0; i < c->F.n; i++) {
        const feat *f = &c->F.f[i];
        if (!(f->flags & F_NAME))
            continue;
        size_t k = nb < RCP__NAME_K ? nb++ : RCP__NAME_K;
        for (; k > 0 && (best[k - 1]->count < f->count ||
                         (best[k - 1]->count == f->count &&
                          best[k - 1]->key > f->key));
             k--)
            if (k < RCP__NAME_K)
                best[k] = best[k - 1];
        if (k < RCP__NAME_K)
            best[k] = f;
    }
    for (size_t k = 0; k < RCP__NAME_K; k++) {
        uint32_t id = k < nb ? (uint32_t)(best[k]->key ^ best[k]->key >> 32)
                             : 0;
        out[k] = k < nb && !id ? 1 : id;
    }
}

static int add_prepared(rcp_clusterer *c, int32_t day, uint16_t months,
                        const rcp__sketch *sketch, rcp_assignment *out)
{
    if (rcp__grow(&c->arts, &c->caparts, c->n + 1, sizeof *c->arts) ||
        rcp__grow(&c->sketches, &c->capsk, c->n + 1, sizeof *c->sketches))
        return RCP_ENOMEM;
    size_t i = c->n;
    art *a = &c->arts[i];
    memset(a, 0, sizeof *a);
    a->dup = -1;
    a->day = c->no_dates ? NO_DAY : day;
    a->months = months;
    if (rcp__grow(&c->names, &c->capnames, (i + 1) * RCP__NAME_K,
                  sizeof *c->names))
        return RCP_ENOMEM;
    top_names(c, c->names + i * RCP__NAME_K);
    int rc;
    c->n++; /* the idf now counts this article */
    if ((rc = add_terms(c, a))) {
        c->n--;
        return rc;
    }

    /* near-duplicates */
    rcp__sketch *sk = &c->sketches[i];
    a->sketched = sketch != NULL;
    if (sketch) {
        *sk = *sketch;
        uint64_t band[RCP__SKETCH_BANDS]; /* its band keys, asked for */
        for (int b = 0; b < RCP__SKETCH_BANDS; b++) {
            band[b] = rcp__sketch_band(sk, b);
            rcp__map_prefetch(&c->bands, band[b]);
        }
        /* each band's first article (+ 1; 0: none before this one),
         * the band taken for this one when new: one probe a band */
        uint64_t first[RCP__SKETCH_BANDS];
        for (int b = 0; b < RCP__SKETCH_BANDS; b++) {
            uint64_t *v = rcp__map_put(&c->bands, band[b]);
            if (!v)
                return RCP_ENOMEM;
            if (!*v)
                *v = i + 1;
            first[b] = *v == i + 1 ? 0 : *v; /* two equal bands of i */
        }
        a->dup = (int32_t)find_duplicate(c, sk, first);
    }

    if (!out) { /* batch use: no streaming story */
        c->str.nmoved = 0;
        c->unplaced++;
        return 0;
    }
    size_t nv = article_vector(c, i);
    long sid = stream_place(c, (uint32_t)i, nv);
    if (sid < 0)
        return RCP_ENOMEM;
    const spart *T = &c->str.part[1];
    out->story = (size_t)sid;
    out->topic = T->st[T->a[i].story].label;
    out->duplicate_of = a->dup;
    return 0;
}

/* After an add with an out, once the article is whole (its pivot vector
 * too): every RECLUSTER_EVERY adds the last articles are clustered again
 * (stream_recluster), and out says where the article is then. */
static int stream_period(rcp_clusterer *c, rcp_assignment *out)
{
    if (!out || c->n % RECLUSTER_EVERY)
        return 0;
    if (stream_recluster(c))
        return RCP_ENOMEM;
    size_t i = c->n - 1;
    const spart *S = &c->str.part[0], *T = &c->str.part[1];
    out->story = S->st[S->a[i].story].label;
    out->topic = T->st[T->a[i].story].label;
    return 0;
}

int rcp_clusterer_add(rcp_clusterer *c, const rcp_doc *d, rcp_assignment *out)
{
    if (c->finished || c->n >= UINT32_MAX - 1)
        return RCP_EINVAL;
    uint16_t months;
    rcp__xlex *xl = XLEX ? rcp__xlex_of(d->lang) : NULL;
    rcp_doc *title = NULL;
    int rc = doc_terms(c, d, &months, xl, &title);
    size_t nxv = 0;
    if (!rc && xl)
        rc = pivot_take(c, &nxv);
    rcp_doc_free(title);
    rcp__sketch sk;
    int sketched = !rc && rcp__sketch_doc(d, &sk);
    if (!rc)
        rc = add_prepared(c, d->article ? parse_day(d->article->date) : NO_DAY,
                          months, sketched ? &sk : NULL, out);
    if (!rc) {
        art *a = &c->arts[c->n - 1];
        a->xl = d->lang_class == RCP_LC_EN ? X_EN : 0;
        if (nxv) {
            if (RCP__PUSH(c->xr, c->nxr, c->capxr)) {
                c->xr[c->nxr++] = (xrec){(uint32_t)(c->n - 1), (uint32_t)nxv,
                                         c->nxpool - nxv};
                a->xl = X_PIVOT;
            } else {
                rc = RCP_ENOMEM;
            }
        }
    } else if (nxv) {
        c->nxpool -= nxv; /* not kept */
    }
    return rc ? rc : stream_period(c, out);
}

int rcp_clusterer_add_features(rcp_clusterer *c, const rcp_features *f,
                               rcp_assignment *out)
{
    if (c->finished || c->n >= UINT32_MAX - 1)
        return RCP_EINVAL;
    if (rcp__grow(&c->F.f, &c->F.cap, f->nterms, sizeof *c->F.f))
        return RCP_ENOMEM;
    for (size_t i = 0; i < f->nterms; i++)
        c->F.f[i] = (feat){f->terms[i].key, f->terms[i].count,
                             f->terms[i].flags, 0, 0};
    c->F.n = f->nterms;
    int rc = add_prepared(c, parse_day(f->date), f->months,
                          f->sketched ? &f->sketch : NULL, out);
    return rc ? rc : stream_period(c, out);
}

int rcp_clusterer_settle(rcp_clusterer *c)
{
    if (c->finished)
        return RCP_EINVAL;
    stream *s = &c->str;
    s->nmoved = 0;
    s->adding = (uint32_t)c->n + 1; /* no article's: every move recorded */
    int rc = stream_recluster(c);
    for (size_t k = 0; k < s->nmoved; k++) /* the next add's stamp */
        s->sl[s->moved[k].art].mstamp = 0;
    return rc;
}

size_t rcp_clusterer_moves(const rcp_clusterer *c)
{
    return c ? c->str.nmoved : 0;
}

int rcp_clusterer_move_at(const rcp_clusterer *c, size_t k, rcp_move *out)
{
    if (!c || k >= c->str.nmoved)
        return 0;
    const stream *s = &c->str;
    uint32_t m = s->moved[k].art;
    out->article = m;
    const spart *S = &s->part[0], *T = &s->part[1];
    out->to.story = S->st[S->a[m].story].label;
    out->to.topic = T->st[T->a[m].story].label;
    out->to.duplicate_of = c->arts[m].dup;
    out->from = s->moved[k].from;
    return 1;
}

int rcp_features_new(const rcp_doc *d, rcp_features **out)
{
    /* only the scratch fields of features are used: the others are left
     * unset (zeroing the whole clusterer, its local linkage's tables
     * among it, was 1.4% of an add) */
    rcp_clusterer scratch;
    scratch.F.f = NULL;
    scratch.F.n = scratch.F.cap = 0;
    scratch.F.slot = NULL;
    scratch.F.capslot = 0;
    scratch.caps = NULL;
    scratch.ncaps = scratch.capcaps = 0;
    uint16_t months;
    rcp__sketch sk;
    rcp_doc *title = NULL;
    scratch.X.n = 0;
    int rc = doc_terms(&scratch, d, &months, NULL, &title);
    rcp_doc_free(title);
    if (!rc) {
        const rcp_article *ar = d->article;
        int sketched = rcp__sketch_doc(d, &sk);
        const char *date = ar && parse_day(ar->date) != NO_DAY ? ar->date : NULL;
        rc = rcp__features_make(ar && ar->id ? ar->id : "", date, months,
                                sketched ? &sk : NULL, scratch.F.n, out);
        for (size_t i = 0; !rc && i < scratch.F.n; i++)
            (*out)->terms[i] = (rcp__fterm){scratch.F.f[i].key,
                                            scratch.F.f[i].count,
                                            scratch.F.f[i].flags};
    }
    rcp__free(scratch.F.f);
    rcp__free(scratch.F.slot);
    rcp__free(scratch.caps);
    return rc;
}

/* ---- batch: the similarity graph ---- */

/*
 * Candidate j < i of article i: the articles met in the postings of i's
 * Q_TERMS heaviest terms, at most L_BATCH before i in each, ranked by the
 * summed weight of the shared terms; the EDGE_M best are scored exactly
 * and kept as edges when their cosine reaches EDGE_FLOOR.
 */
#define PREFETCH_AHEAD 4 /* candidates whose terms are asked for ahead */

/* The articles a batch links: every article (rcp_clusterer_finish), or
 * the stream's last ones (st_recluster), with their terms (ids below
 * nterms, thash by term) and sketches. */
typedef struct bset {
    const art *arts;
    const tw *pool;
    const uint32_t *thash;
    const rcp__sketch *sk;
    size_t n, npool, nterms;
} bset;

typedef struct graph {
    uint32_t *start, *end, *docs; /* CSR: term -> articles holding it,
                                     ascending; end: filled so far */
    gterm *t;                     /* by term */
    double *wi; /* by term: the compared vector's weight x idf, else 0 */
    float *inv;                   /* by article: 1 / norm */
    scand *sc;                    /* by article: candidate score, stamp */
    uint32_t *cand;
    rcp__edge *e;
    size_t ne, cape;
} graph;

/* Free all but the edges. */
static void graph_release_index(graph *g)
{
    rcp__free(g->start);
    rcp__free(g->end);
    rcp__free(g->docs);
    rcp__free(g->t);
    rcp__free(g->wi);
    rcp__free(g->inv);
    rcp__free(g->sc);
    rcp__free(g->cand);
    g->start = g->end = g->docs = g->cand = NULL;
    g->t = NULL;
    g->wi = NULL;
    g->inv = NULL;
    g->sc = NULL;
}

static void graph_release(graph *g)
{
    graph_release_index(g);
    rcp__free(g->e);
}

/* The postings of term t scanned for the article met now: its L_BATCH
 * latest, docs[*from .. end); returns end. */
static inline uint32_t scan_range(const graph *g, uint32_t t, uint32_t *from)
{
    uint32_t end = g->end[t];
    *from = end - g->start[t] > L_BATCH ? end - L_BATCH : g->start[t];
    return end;
}

static int push_edge(graph *g, uint32_t a, uint32_t b, float sim)
{
    if (!RCP__PUSH(g->e, g->ne, g->cape))
        return RCP_ENOMEM;
    g->e[g->ne++] = (rcp__edge){a, b, sim};
    return 0;
}

/* Article a's vector in the batch, into c->vec: its terms (at most
 * K_TERMS since final_terms) weighed by the idf and normalised, the
 * Q_TERMS heaviest first in article_vector's order (the others after them,
 * in no order: only those Q_TERMS find candidates); *inv = 1 / the norm of
 * its terms weighed in double, as the candidates' dot products are.
 * Returns its length. */
static size_t batch_vector(rcp_clusterer *c, const bset *b, const graph *g,
                           const art *a, float *inv)
{
    size_t n = a->nterms;
    double norm = 0, vnorm = 0;
    for (size_t k = 0; k < n; k++) {
        tw x = b->pool[a->off + k];
        float f = g->t[x.term].idf;
        double w = (double)x.w * f;
        norm += w * w;
        x.w *= f;
        vnorm += (double)x.w * x.w;
        c->vec[k] = x;
    }
    *inv = norm > 0 ? (float)(1 / sqrt(norm)) : 0;
    float vinv = vnorm > 0 ? (float)(1.0 / sqrt(vnorm)) : 0;
    for (size_t k = 0; k < n; k++)
        c->vec[k].w *= vinv;
    size_t nq = RCP_MIN(n, (size_t)Q_TERMS);
    select_first(c->vec, n, nq, b->thash);
    sort_tw(c->vec, nq, b->thash);
    return n;
}

uint32_t rcp__posting_place(const uint32_t *docs, uint32_t lo, uint32_t hi,
                            uint32_t x)
{
    uint32_t a = lo, z = hi; /* docs[< a] < x <= docs[>= z] */
    if (z - a > 16) {
        uint32_t d0 = docs[a], d1 = docs[z - 1];
        if (x <= d0)
            return a;
        if (x > d1)
            return z;
        /* d1 - d0 >= z - 1 - a (distinct), so a <= k < z - 1 */
        uint32_t k = a + (uint32_t)((uint64_t)(x - d0) * (z - 1 - a) /
                                    (d1 - d0));
        uint32_t step = 1;
        if (docs[k] < x) { /* up from k */
            a = k + 1;
            while (step <= z - a && docs[a + step - 1] < x) {
                a += step;
                step *= 2;
            }
            if (step <= z - a)
                z = a + step - 1;
        } else { /* down from k */
            z = k;
            while (z - a >= step && docs[z - step] >= x) {
                z -= step;
                step *= 2;
            }
            a = z - a >= step ? z - step + 1 : a;
        }
    }
    while (a < z) {
        uint32_t mid = a + (z - a) / 2;
        if (docs[mid] < x)
            a = mid + 1;
        else
            z = mid;
    }
    return a;
}

/* The graph (g->t made, its idf set: see rcp_clusterer_finish). */
static int build_graph(rcp_clusterer *c, const bset *bs, graph *g,
                       const uint32_t *perm, const uint32_t *rank)
{
    size_t n = bs->n, nt = bs->nterms;
    g->start = rcp__calloc(nt + 1, sizeof *g->start);
    g->end = rcp__malloc((nt ? nt : 1) * sizeof *g->end);
    g->wi = rcp__calloc(nt ? nt : 1, sizeof *g->wi);
    g->docs = rcp__malloc((bs->npool ? bs->npool : 1) * sizeof *g->docs);
    g->inv = rcp__malloc(n * sizeof *g->inv);
    g->sc = rcp__calloc(n, sizeof *g->sc);
    g->cand = rcp__malloc((size_t)Q_TERMS * L_BATCH * sizeof *g->cand);
    g->cape = n * ((size_t)EDGE_M + 1); /* at most, exactly: no regrowth */
    g->e = rcp__malloc(g->cape * sizeof *g->e);
    if (!g->e || !g->start || !g->end || !g->wi || !g->docs || !g->inv ||
        !g->sc || !g->cand)
        return RCP_ENOMEM;
    for (size_t k = 0; k < bs->npool; k++)
        g->start[bs->pool[k].term + 1]++;
    for (size_t t = 0; t < nt; t++) {
        g->start[t + 1] += g->start[t];
        g->end[t] = g->start[t];
    }

    /* The postings are filled as i advances: when article i is met,
     * docs[start[t] .. end[t]) holds the articles before it that have
     * term t, ascending; i is appended once its edges are made. The
     * order is by date, so the nearest articles before i are the nearest
     * in time (the window is applied to the EDGE_M chosen: dropping the
     * articles out of it before, as the stream does, gave the 100k
     * synthetic corpus more edges and 0.726 -> 0.724: docs/cluster.md). */
    for (size_t i = 0; i < n; i++) {
        const art *a = &bs->arts[perm[i]];
        size_t nv = batch_vector(c, bs, g, a, &g->inv[i]);
        size_t ncand = 0, nq = RCP_MIN(nv, (size_t)Q_TERMS);
        /* the postings and the candidates' scores are cache misses on a
         * large batch: ask for them all first, then read them */
        for (size_t q = 0; q < nq; q++) {
            RCP_PREFETCH(&g->start[c->vec[q].term]);
            RCP_PREFETCH(&g->end[c->vec[q].term]);
        }
        for (size_t q = 0; q < nq; q++) {
            uint32_t from, end = scan_range(g, c->vec[q].term, &from);
            for (uint32_t k = from; k < end; k += 16)
                RCP_PREFETCH(&g->docs[k]);
            if (end > from)
                RCP_PREFETCH(&g->docs[end - 1]);
        }
        for (size_t q = 0; q < nq; q++) {
            uint32_t from, end = scan_range(g, c->vec[q].term, &from);
            for (uint32_t k = end; k-- > from;)
                RCP_PREFETCH(&g->sc[g->docs[k]]);
        }
        for (size_t q = 0; q < nq; q++) {
            uint32_t from, end = scan_range(g, c->vec[q].term, &from);
            for (uint32_t k = end; k-- > from;) {
                uint32_t j = g->docs[k];
                scand *s = &g->sc[j];
                if (s->stamp != i + 1) {
                    s->stamp = (uint32_t)i + 1;
                    s->score = 0;
                    g->cand[ncand++] = j;
                }
                s->score += c->vec[q].w;
            }
        }
        select_best(g->cand, ncand, EDGE_M, g->sc);
        wi_set(g->wi, g->t, c->vec, nv);
        size_t nc = RCP_MIN(ncand, (size_t)EDGE_M);
        for (size_t k = 0; k < nc; k++)
            RCP_PREFETCH(&bs->arts[perm[g->cand[k]]]);
        for (size_t k = 0; k < nc; k++) {
            if (k + PREFETCH_AHEAD < nc) { /* the terms of a later one */
                const art *f = &bs->arts[perm[g->cand[k + PREFETCH_AHEAD]]];
                const char *p = (const char *)(bs->pool + f->off);
                for (size_t o = 0; o < f->nterms * sizeof(tw); o += 64)
                    RCP_PREFETCH(p + o);
            }
            uint32_t j = g->cand[k];
            const art *b = &bs->arts[perm[j]];
            if (a->dup == (int32_t)perm[j] || b->dup == (int32_t)perm[i])
                continue; /* a copy: tied below */
            if (too_far(c, a->day, b->day))
                continue;
            double dot = term_dot(g->wi, bs->pool + b->off, b->nterms) *
                         g->inv[j];
            if (dot >= EDGE_FLOOR && push_edge(g, j, (uint32_t)i, (float)dot))
                return RCP_ENOMEM; /* finished: g is not used again */
        }
        wi_clear(g->wi, c->vec, nv);
        for (size_t k = 0; k < a->nterms; k++) {
            uint32_t t = bs->pool[a->off + k].term;
            g->docs[g->end[t]++] = (uint32_t)i;
        }
        if (a->dup >= 0 &&
            push_edge(g, RCP_MIN(rank[a->dup], (uint32_t)i),
                      RCP_MAX(rank[a->dup], (uint32_t)i), 1.0f))
            return RCP_ENOMEM;
    }
    return 0;
}

/*
 * Rescale the cosine edges by the density of their two ends: s / sqrt(m_a
 * m_b), m the mean of an article's SCALE_K best cosines (missing ones
 * count 0), at least SCALE_FLOOR. Copies' edges (1.0) measure nothing and
 * keep their weight.
 */
/* Is edge e (between positions of perm) a copy's tie to its original? */
static int copy_edge(const bset *b, const uint32_t *perm, const rcp__edge *e)
{
    return b->arts[perm[e->a]].dup == (int32_t)perm[e->b] ||
           b->arts[perm[e->b]].dup == (int32_t)perm[e->a];
}

static int scale_edges(const rcp_clusterer *c, const bset *b, graph *g,
                       const uint32_t *perm, float **scale)
{
    float *top = rcp__calloc(b->n * (size_t)SCALE_K, sizeof *top);
    if (!top)
        return RCP_ENOMEM;
    for (size_t k = 0; k < g->ne; k++) {
        const rcp__edge *e = &g->e[k];
        if (copy_edge(b, perm, e))
            continue;
        top_insert(top + (size_t)e->a * SCALE_K, e->sim);
        top_insert(top + (size_t)e->b * SCALE_K, e->sim);
    }
    for (size_t i = 0; i < b->n; i++)
        top[i] = scale_of(top + i * SCALE_K); /* i <= i * SCALE_K */
    for (size_t k = 0; k < g->ne; k++) {
        rcp__edge *e = &g->e[k];
        if (!copy_edge(b, perm, e))
            e->sim = pair_sim(e->sim, top[e->a] * top[e->b],
                              c->no_dates ? 0 : b->arts[perm[e->a]].months,
                              c->no_dates ? 0 : b->arts[perm[e->b]].months);
    }
    if (scale) /* each position's factor, top[0 .. n) */
        *scale = top;
    else
        rcp__free(top);
    return 0;
}

/*
 * Across languages: each article with a pivot vector (its words carried
 * to English, xlex.c) against the English articles near it in the
 * postings of its Q_TERMS heaviest pivot terms (L_BATCH around its
 * position in each), the X_EDGES best by shared weight scored exactly: the
 * cosine of its pivot vector with the English article's vector, on the
 * scale the plain edges had (scale[], from scale_edges: pivot cosines do
 * not enter it), x X_WEIGHT. A pair that has a plain edge keeps the
 * larger of the two; pairs of one language are never touched, so what
 * is clustered in one language is clustered as without this.
 * xterm: by xid, its term id in b (UINT32_MAX: none), or NULL when the
 * vectors hold term ids already (pivot_final); b holds the
 * articles from `from` on (st_recluster: the last ones).
 */
static int cross_edges(rcp_clusterer *c, const bset *b, graph *g,
                       const uint32_t *perm, const uint32_t *rank,
                       const float *scale, const uint32_t *xterm,
                       size_t from)
{
    rcp__map have; /* plain edges across languages: pair -> edge + 1 */
    rcp__map_init(&have);
    int rc = RCP_ENOMEM;
    tw *v = rcp__malloc(X_TERMS * sizeof *v);
    uint8_t *xl = rcp__malloc(b->n ? b->n : 1); /* by position: art.xl */
    if (!v || !xl)
        goto out;
    for (size_t j = 0; j < b->n; j++)
        xl[j] = b->arts[perm[j]].xl;
    for (size_t k = 0; k < g->ne; k++) {
        if ((xl[g->e[k].a] | xl[g->e[k].b]) == (X_EN | X_PIVOT)) {
            uint64_t *p = rcp__map_put(&have, (uint64_t)g->e[k].a << 32 |
                                                  g->e[k].b);
            if (!p)
                goto out;
            *p = k + 1;
        }
    }
    for (size_t r = 0; r < c->nxr; r++) {
        const xrec *x = &c->xr[r];
        if (x->art < from)
            continue;
        uint32_t i = rank[x->art - from];
        size_t nv = 0;
        double norm = 0;
        for (size_t k = 0; k < x->n; k++) {
            tw y = xe_get(c, x->off + k);
            uint32_t t = xterm ? xterm[y.term] : y.term;
            if (t == UINT32_MAX || g->t[t].idf == 0)
                continue;
            v[nv] = (tw){t, y.w * g->t[t].idf};
            norm += (double)v[nv].w * v[nv].w;
            nv++;
        }
        if (!nv)
            continue;
        float inv = (float)(1 / sqrt(norm));
        for (size_t k = 0; k < nv; k++)
            v[k].w *= inv;
        size_t nq = RCP_MIN(nv, (size_t)Q_TERMS);
        select_first(v, nv, nq, b->thash);
        uint32_t stamp = (uint32_t)(b->n + 1 + r), ncand = 0;
        for (size_t q = 0; q < nq; q++) {
            uint32_t lo = g->start[v[q].term], hi = g->end[v[q].term];
            uint32_t a = rcp__posting_place(g->docs, lo, hi, i);
            uint32_t k0 = a > lo + L_BATCH / 2 ? a - L_BATCH / 2 : lo;
            uint32_t k1 = RCP_MIN(hi, k0 + L_BATCH);
            for (uint32_t k = k0; k < k1; k++) {
                uint32_t j = g->docs[k];
                if (!(xl[j] & X_EN))
                    continue;
                scand *s = &g->sc[j];
                if (s->stamp != stamp) {
                    s->stamp = stamp;
                    s->score = 0;
                    g->cand[ncand++] = j;
                }
                s->score += v[q].w;
            }
        }
        select_best(g->cand, ncand, X_EDGES, g->sc);
        wi_set(g->wi, g->t, v, nv);
        const art *ai = &b->arts[x->art - from];
        for (size_t k = 0; k < RCP_MIN((size_t)ncand, (size_t)X_EDGES); k++) {
            uint32_t j = g->cand[k];
            const art *aj = &b->arts[perm[j]];
            if (too_far(c, ai->day, aj->day))
                continue;
            double dot = term_dot(g->wi, b->pool + aj->off, aj->nterms) *
                         (g->inv[j] * X_WEIGHT);
            if (dot < EDGE_FLOOR)
                continue;
            float sim = pair_sim((float)dot, scale[i] * scale[j],
                                 c->no_dates ? 0 : ai->months,
                                 c->no_dates ? 0 : aj->months);
            uint32_t lo = RCP_MIN(i, j), hi = RCP_MAX(i, j);
            const uint64_t *p = rcp__map_get(&have, (uint64_t)lo << 32 | hi);
            if (p) {
                if (g->e[*p - 1].sim < sim)
                    g->e[*p - 1].sim = sim;
            } else if (push_edge(g, lo, hi, sim)) {
                goto out;
            }
        }
        wi_clear(g->wi, v, nv);
    }
    rc = 0;
out:
    rcp__map_release(&have);
    rcp__free(v);
    rcp__free(xl);
    return rc;
}

/* The batch's pivot vectors in term ids (xterm: by xid), without the
 * terms cross_edges skips (none of the batch's, or of one article: no
 * idf in gt), compacted as final_terms compacts the pool (a fifth of
 * them go), before the graph is built beside them. The keys go. */
static int pivot_final(rcp_clusterer *c, const uint32_t *xterm,
                       const gterm *gt)
{
    rcp__map wide; /* c->xwide at the entries' new places */
    rcp__map_init(&wide);
    size_t np = 0;
    for (size_t r = 0; r < c->nxr; r++) {
        xrec *x = &c->xr[r];
        size_t off = np;
        for (size_t k = 0; k < x->n; k++) {
            tw y = xe_get(c, x->off + k);
            uint32_t e = c->xpool[x->off + k], t = xterm[y.term];
            if (t == UINT32_MAX || gt[t].idf == 0)
                continue;
            if (xe_put(c, &wide, np++, t, e & 63, (e >> 6) & 3, y.w)) {
                rcp__map_release(&wide);
                return RCP_ENOMEM;
            }
        }
        x->off = off;
        x->n = (uint32_t)(np - off);
    }
    rcp__map_release(&c->xwide);
    c->xwide = wide;
    c->nxpool = np;
    uint32_t *p = np ? rcp__realloc(c->xpool, np * sizeof *p) : NULL;
    if (p) { /* else the larger block is kept */
        c->xpool = p;
        c->capxpool = np;
    }
    rcp__free(c->xkey);
    c->xkey = NULL;
    c->nx = c->capxkey = 0;
    return 0;
}

/* The batch's canonical order: by date (undated first), then by a hash
 * of the article's MinHash sketch, a function of its text alone; then by
 * arrival for equal texts, which are interchangeable. The graph is built
 * and linked in this order, so the stories do not depend on the order of
 * the input: the "nearest earlier articles" of a posting are the nearest
 * in time, and ties in the linkage are broken by this order. */
typedef struct okey {
    int32_t day;
    uint32_t idx;
    uint64_t h;
} okey;

static int cmp_okey(const void *a, const void *b)
{
    const okey *x = a, *y = b;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    if (x->h != y->h)
        return x->h < y->h ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int canonical_order(const bset *b, uint32_t *perm, uint32_t *rank)
{
    okey *k = rcp__malloc((b->n ? b->n : 1) * sizeof *k);
    if (!k)
        return RCP_ENOMEM;
    for (size_t i = 0; i < b->n; i++) {
        const art *a = &b->arts[i];
        k[i] = (okey){a->day, (uint32_t)i,
                      a->sketched ? rcp__hash(&b->sk[i], sizeof b->sk[i], 0)
                                  : 0};
    }
    qsort(k, b->n, sizeof *k, cmp_okey);
    for (size_t p = 0; p < b->n; p++) {
        perm[p] = k[p].idx;
        rank[k[p].idx] = (uint32_t)p;
    }
    rcp__free(k);
    return 0;
}

/* ---- the stream's last articles, clustered again by the batch ---- */

/* Is x before y: by group, then by story (st_assign's tally)? */
static int tally_before(const svote *x, const svote *y)
{
    if (x->group != y->group)
        return x->group < y->group;
    return x->story < y->story;
}

RCP__DEFINE_SORT(sort_tally, svote, tally_before)

/*
 * Articles from .. from + n of partition P go to the groups grp[0..n)
 * (any numbers below n) that the batch gave them: each group becomes the
 * story most of its articles are in (ties: the older story), one group
 * per story, the most articles first, as st_settle's vote; a group left
 * without is a new story. Each article that changes story is a move
 * (st_moved). v: room for n votes. The stream's articles before `from`
 * stay where they are. Returns 0 or RCP_ENOMEM.
 */
static int st_assign(rcp_clusterer *c, spart *P, size_t from, size_t n,
                     const uint32_t *grp, svote *v, uint32_t *keep)
{
    stream *s = &c->str;
    if (rcp__grow(&P->st, &P->capst, P->nst + n, sizeof *P->st) ||
        rcp__grow(&s->moved, &s->capmoved, s->nmoved + n, sizeof *s->moved))
        return RCP_ENOMEM;
    size_t nv = 0;
    for (size_t k = 0; k < n; k++)
        if (P->a[from + k].story != UINT32_MAX) /* else never placed */
            v[nv++] = (svote){grp[k], P->a[from + k].story, 1};
    sort_tally(v, nv);
    size_t m = 0; /* the runs of one group and story, counted */
    for (size_t k = 0; k < nv; k++)
        if (m && v[m - 1].group == v[k].group && v[m - 1].story == v[k].story)
            v[m - 1].votes++;
        else
            v[m++] = v[k];
    sort_votes(v, m);
    s->cur++;
    for (size_t k = 0; k < n; k++)
        keep[k] = UINT32_MAX;
    for (size_t k = 0; k < m; k++) {
        sstory *y = &P->st[v[k].story];
        if (keep[v[k].group] != UINT32_MAX || y->stamp == s->cur)
            continue;
        keep[v[k].group] = v[k].story;
        y->stamp = s->cur; /* claimed */
    }
    for (size_t k = 0; k < n; k++) {
        uint32_t i = (uint32_t)(from + k), o = P->a[i].story;
        if (o == UINT32_MAX)
            continue;
        uint32_t *t = &keep[grp[k]];
        if (*t == UINT32_MAX)
            *t = st_new(P);
        if (*t == o)
            continue;
        st_remove(c, P, o, i);
        st_append(c, P, *t, i);
        st_moved(s, P, i, *t);
    }
    return 0;
}

/*
 * The stream's last articles, from `from` on, clustered again as the
 * batch clusters them (rcp_clusterer_finish): their terms chosen with the
 * idf now, the graph built over them alone in their canonical order, the
 * average linkage at the batch's two cuts. The stories and topics it
 * gives become the stream's (st_assign: a group keeps the story most of
 * its articles were in), and each article that changes story is
 * reported as a move. The stream's links depend on the order of arrival
 * (each article links to the best of those before it); the batch's graph
 * does not, so after this the stories of those articles do not depend on
 * their order either. Cost: the batch's on n articles, O(n (Q_TERMS
 * L_BATCH + EDGE_M K_TERMS) + E log E); memory O(n K_TERMS + E).
 * Returns 0 or RCP_ENOMEM (the stream is then as it was, or some of the
 * moves are made and reported).
 */
static int st_recluster(rcp_clusterer *c, size_t from)
{
    stream *s = &c->str;
    size_t n = c->n - from, nl = 0, capl = 0, capgt = 0, np = 0;
    int rc = RCP_ENOMEM, hashed = 0;
    graph g = {0};
    uint32_t *lterm = NULL, *xterm = NULL;
    float *scale = NULL;
    art *la = rcp__malloc((n ? n : 1) * sizeof *la);
    tw *lp = rcp__malloc((n ? n : 1) * K_TERMS * sizeof *lp);
    uint32_t *perm = rcp__malloc((n ? n : 1) * 6 * sizeof *perm);
    uint16_t *months = rcp__malloc((n ? n : 1) * sizeof *months);
    uint32_t *names = rcp__malloc((n ? n : 1) * RCP__NAME_K * sizeof *names);
    svote *v = rcp__malloc((n ? n : 1) * sizeof *v);
    if (!la || !lp || !perm || !months || !names || !v)
        goto out;
    uint32_t *rank = perm + n, *root = rank + n, *topic = root + n,
             *grp = topic + n, *keep = grp + n;
    if (c->nterms > s->caploc) { /* new terms have no id there */
        size_t old = s->caploc;
        if (rcp__grow(&s->loc, &s->caploc, c->nterms, sizeof *s->loc))
            goto out;
        memset(s->loc + old, 0xff, (s->caploc - old) * sizeof *s->loc);
    }
    /* each article's K_TERMS heaviest shared terms by the idf now, as
     * final_terms chooses them, under ids of their own: lterm[l] is the
     * term of id l, g.t[l] its idf */
    for (size_t k = 0; k < n; k++) {
        const art *a = &c->arts[from + k];
        const tw *t = c->pool + a->off;
        size_t m = 0;
        for (size_t j = 0; j < a->nterms; j++) {
            uint32_t x = t[j].term;
            if (c->df[x] < 2)
                continue;
            if (s->loc[x] == UINT32_MAX) {
                if (rcp__grow(&lterm, &capl, nl + 1, sizeof *lterm) ||
                    rcp__grow(&g.t, &capgt, nl + 1, sizeof *g.t))
                    goto out;
                lterm[nl] = x;
                g.t[nl] = (gterm){(float)idf(c, x)};
                s->loc[x] = (uint32_t)nl++;
            }
            c->vec[m++] = (tw){x, t[j].w * g.t[s->loc[x]].idf};
        }
        size_t kept = RCP_MIN(m, (size_t)K_TERMS);
        select_first(c->vec, m, kept, c->thash);
        la[k] = *a;
        la[k].off = np;
        la[k].nterms = (uint16_t)kept;
        if (a->dup >= 0) /* a copy of an article before them: no tie */
            la[k].dup = (size_t)a->dup >= from ? (int32_t)(a->dup - from) : -1;
        for (size_t j = 0; j < kept; j++) { /* back to the boosted tf */
            uint32_t l = s->loc[c->vec[j].term];
            lp[np++] = (tw){l, c->vec[j].w / g.t[l].idf};
        }
    }
    if (c->nxr && c->xr[c->nxr - 1].art >= from) { /* pivot keys, local */
        if (!(xterm = rcp__malloc(c->nx * sizeof *xterm)))
            goto out;
        for (size_t k = 0; k < c->nx; k++) {
            const uint64_t *t = rcp__map_get(&c->terms, c->xkey[k]);
            xterm[k] = t ? s->loc[*t - 1] : UINT32_MAX;
        }
    }
    for (size_t l = 0; l < nl; l++) { /* their hashes, for ties */
        s->loc[lterm[l]] = UINT32_MAX;
        lterm[l] = c->thash[lterm[l]];
    }
    hashed = 1;
    bset b = {la, lp, lterm, c->sketches + from, n, np, nl};
    if (canonical_order(&b, perm, rank))
        goto out;
    for (size_t p = 0; p < n; p++) {
        months[p] = la[perm[p]].months;
        memcpy(names + p * RCP__NAME_K,
               c->names + (from + perm[p]) * RCP__NAME_K,
               RCP__NAME_K * sizeof *names);
    }
    if (build_graph(c, &b, &g, perm, rank) ||
        scale_edges(c, &b, &g, perm, xterm ? &scale : NULL) ||
        (xterm && cross_edges(c, &b, &g, perm, rank, scale, xterm, from)))
        goto out;
    graph_release_index(&g);
    if (rcp__avglink(n, g.e, g.ne, c->batch_threshold, EDGE_M, root,
                     c->topic_threshold, topic, c->no_dates ? NULL : months,
                     names, NULL))
        goto out;
    /* the topics first: a move's record keeps the story it leaves */
    for (size_t k = 0; k < n; k++)
        grp[k] = topic[rank[k]];
    if (st_assign(c, &s->part[1], from, n, grp, v, keep))
        goto out;
    for (size_t k = 0; k < n; k++)
        grp[k] = root[rank[k]];
    rc = st_assign(c, &s->part[0], from, n, grp, v, keep);
out:
    for (size_t l = 0; !hashed && l < nl; l++) /* a failure half-way */
        s->loc[lterm[l]] = UINT32_MAX;
    graph_release(&g);
    rcp__free(xterm);
    rcp__free(scale);
    rcp__free(lterm);
    rcp__free(la);
    rcp__free(lp);
    rcp__free(perm);
    rcp__free(months);
    rcp__free(names);
    rcp__free(v);
    return rc;
}

/* After an add of article i (c->adding: i + 1), or at the end of the
 * stream (rcp_clusterer_settle): the last RECLUSTER_N articles clustered
 * again, and the labels of the stories the moves made, in order of
 * output. */
static int stream_recluster(rcp_clusterer *c)
{
    stream *s = &c->str;
    if (c->unplaced || c->n == 0) /* some articles have no stream story */
        return 0;
    if (st_recluster(c, c->n > RECLUSTER_N ? c->n - RECLUSTER_N : 0))
        return RCP_ENOMEM;
    for (int p = 0; p < 2; p++) {
        spart *P = &s->part[p];
        if (s->adding <= c->n)
            st_label(P, P->a[s->adding - 1].story);
        for (size_t k = 0; k < s->nmoved; k++)
            st_label(P, P->a[s->moved[k].art].story);
    }
    return 0;
}

int rcp_clusterer_finish(rcp_clusterer *c, rcp_assignment *out)
{
    int rc = 0;
    graph g = {0};
    uint32_t *root = NULL, *topic = NULL, *label = NULL, *perm = NULL,
             *rank = NULL;
    uint16_t *months = NULL;
    uint32_t *names = NULL;
    uint32_t *xterm = NULL;
    float *scale = NULL;
    c->finished = 1;
    if ((c->no_refine && !c->unplaced) || c->n == 0) {
        /* the stories as they are now (articles may have moved since
         * they were written out), dense in order of first appearance */
        for (int p = 0; p < 2; p++) {
            spart *P = &c->str.part[p];
            for (size_t k = 0; k < P->nst; k++)
                P->st[k].slot = UINT32_MAX;
            uint32_t next = 0;
            for (size_t i = 0; i < c->n; i++) {
                uint32_t *l = &P->st[P->a[i].story].slot;
                if (*l == UINT32_MAX)
                    *l = next++;
                *(p ? &out[i].topic : &out[i].story) = *l;
                out[i].duplicate_of = c->arts[i].dup;
            }
        }
        return 0;
    }
    size_t n = c->n;
    root = rcp__malloc(n * sizeof *root);
    topic = rcp__malloc(n * sizeof *topic);
    label = rcp__malloc(n * sizeof *label);
    perm = rcp__malloc(n * sizeof *perm);
    rank = rcp__malloc(n * sizeof *rank);
    months = rcp__malloc(n * sizeof *months);
    names = rcp__malloc(n * RCP__NAME_K * sizeof *names);
    bset b = {c->arts, NULL, c->thash, c->sketches, n, 0, c->nterms};
    if (!root || !topic || !label || !perm || !rank || !months || !names ||
        canonical_order(&b, perm, rank)) {
        rc = RCP_ENOMEM;
        goto cleanup;
    }
    for (size_t p = 0; p < n; p++) {
        months[p] = c->arts[perm[p]].months;
        memcpy(names + p * RCP__NAME_K, c->names + perm[p] * RCP__NAME_K,
               RCP__NAME_K * sizeof *names);
    }
    rcp__free(c->names);
    c->names = NULL;
    c->capnames = 0;
    /* what only rcp_clusterer_add needs goes before the graph is built,
     * the terms once it is: the linkage takes the memory at 1M articles */
    rcp__map_release(&c->bands);
    if (c->nxr) { /* the pivot keys to term ids, while the terms are known */
        if (!(xterm = rcp__malloc(c->nx * sizeof *xterm))) {
            rc = RCP_ENOMEM;
            goto cleanup;
        }
        for (size_t k = 0; k < c->nx; k++) {
            const uint64_t *t = rcp__map_get(&c->terms, c->xkey[k]);
            xterm[k] = t ? (uint32_t)(*t - 1) : UINT32_MAX;
        }
    }
    rcp__map_release(&c->xmap);
    rcp__map_release(&c->terms);
    rcp__free(c->sketches);
    c->sketches = NULL;
    c->capsk = 0;
    /* the idf of each term, once (log1p was 3% of the batch taken per
     * article and term); a term of one article links nothing */
    if (!(g.t = rcp__calloc(c->nterms ? c->nterms : 1, sizeof *g.t))) {
        rc = RCP_ENOMEM;
        goto cleanup;
    }
    for (size_t t = 0; t < c->nterms; t++)
        if (c->df[t] >= 2)
            g.t[t].idf = (float)idf(c, (uint32_t)t);
    final_terms(c, g.t);
    if (c->nxr && (rc = pivot_final(c, xterm, g.t)))
        goto cleanup;
    b.pool = c->pool;
    b.npool = c->npool;
    if ((rc = build_graph(c, &b, &g, perm, rank)) ||
        (rc = scale_edges(c, &b, &g, perm, c->nxr ? &scale : NULL)) ||
        (c->nxr &&
         (rc = cross_edges(c, &b, &g, perm, rank, scale, NULL, 0))))
        goto cleanup;
    graph_release_index(&g);
    rcp__free(c->pool);
    c->pool = NULL;
    c->npool = c->cappool = 0;
    if ((rc = rcp__avglink(n, g.e, g.ne, c->batch_threshold, EDGE_M, root,
                           c->topic_threshold, topic,
                           c->no_dates ? NULL : months, names, NULL))) {
        rc = RCP_ENOMEM;
        goto cleanup;
    }
    /* dense labels in order of first appearance in the input (root[p]
     * and topic[p] are positions in the canonical order) */
    for (int cut = 0; cut < 2; cut++) {
        const uint32_t *r = cut ? topic : root;
        size_t next = 0;
        for (size_t p = 0; p < n; p++)
            label[p] = UINT32_MAX;
        for (size_t i = 0; i < n; i++) {
            uint32_t *l = &label[r[rank[i]]];
            if (*l == UINT32_MAX)
                *l = (uint32_t)next++;
            if (cut)
                out[i].topic = *l;
            else
                out[i].story = *l;
            out[i].duplicate_of = c->arts[i].dup;
        }
    }
cleanup:
    graph_release(&g);
    rcp__free(xterm);
    rcp__free(scale);
    rcp__free(root);
    rcp__free(topic);
    rcp__free(label);
    rcp__free(perm);
    rcp__free(rank);
    rcp__free(months);
    rcp__free(names);
    return rc;
}

void rcp_clusterer_free(rcp_clusterer *c)
{
    if (!c)
        return;
    stream_release(&c->str);
    rcp__map_release(&c->terms);
    rcp__map_release(&c->bands);
    rcp__free(c->df);
    rcp__free(c->thash);
    rcp__free(c->vec);
    rcp__free(c->arts);
    rcp__free(c->names);
    rcp__free(c->sketches);
    rcp__free(c->pool);
    rcp__free(c->F.f);
    rcp__free(c->rank);
    rcp__free(c->F.slot);
    rcp__free(c->X.f);
    rcp__free(c->X.slot);
    rcp__free(c->caps);
    rcp__free(c->dense);
    rcp__map_release(&c->xmap);
    rcp__free(c->xkey);
    rcp__free(c->xr);
    rcp__free(c->xpool);
    rcp__map_release(&c->xwide);
    rcp__free(c);
}
