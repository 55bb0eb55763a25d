/*
 * avglink.c - average-linkage agglomerative clustering on a sparse graph.
 *
 * How it works: every cluster keeps an adjacency list of (neighbour, S),
 * S the summed similarity of the pairs across the two clusters, and the
 * number of the merge that last changed it (its version). Candidate merges
 * (S / (|A| |B|), A, B, the number of merges when pushed) are taken best
 * first from two sources: the edges, sorted once, and a max-heap of the
 * entries pushed after merges (a heap of every edge would cost a cache
 * miss per level of every pop). An entry whose clusters have merged since
 * (a version is later than the entry, or one is no longer a root of the
 * union-find forest) is stale and dropped. Merging B into
 * A builds A's new list from both lists, each neighbour resolved to its current
 * root and the sums of the same root added (S(X, A u B) = S(X, A) + S(X, B)),
 * then pushes a fresh entry per neighbour. Lists of the other clusters are not
 * touched: their entries for A and B resolve to the new root when they are
 * next read. Invariant: for live clusters A, X, the entries of A's list
 * that resolve to X sum to S(A, X). Missing pairs count 0, so sparsifying
 * the graph (keeping only the nearest neighbours) only lowers averages,
 * and it would keep two halves of a large cluster apart for good: with
 * at most knn neighbours per node, A and B cannot share more than
 * knn min(|A|, |B|) edges, so the mean is taken over that many pairs
 * when it is fewer than |A| |B| (knn 0: always |A| |B|).
 * Two cuts of the same hierarchy come from one run: the merges go best
 * first, so the clusters when the best remaining mean first falls below
 * `threshold` are those of the higher cut; merging then goes on down to
 * `low`.
 * Months (optional): two clusters whose months disagree (see
 * current_month) are not merged above `threshold`:
 * the merge is postponed to the lower cut. Follow-ups of an affair a
 * month later (the trial after the arrest) and two events of one kind
 * (two earthquakes) share names and vocabulary; the months their
 * articles name tell them apart, and needing several members to agree
 * keeps one article's passing mention ("depuis juillet") from vetoing.
 * A merged cluster keeps the LIST_CAP neighbours of the best means (the
 * others count 0 from then on), and the heap drops its stale entries
 * whenever it has grown by a quarter since it last did: a giant topic
 * would otherwise rebuild a list of up to N neighbours at each of its
 * merges, and fill the heap with entries gone stale.
 * Names (optional): two clusters of at least NAME_MIN members that each
 * have a name brought by at least NAME_FRAC of their members (an article
 * brings the RCP__NAME_K names it repeats most) and by none of the
 * other's (fewer than NAME_RARE of them) are not merged above `threshold`
 * either. Two events of one kind share their vocabulary and often a name
 * (a champion, a country) but not their other protagonist (his two
 * challengers). The parts of one story, rewrites of different sources,
 * often have a name nearly all of one part brings; that the other part
 * never names it is what sets two events apart. A cluster counts its
 * names in a mergeable summary of at most NAME_CAP counters (Misra and
 * Gries: when a merge leaves more, the (NAME_CAP + 1)-th largest count
 * is taken off every counter and added to the cluster's `err`), so a
 * count kept is at most `err` under the true one and a name not kept is
 * brought by at most `err` members: the test reads the lower bound for
 * "nearly all" and the upper bound for "none".
 * Cost: O(E log E + M log M) with M <= N LIST_CAP the entries pushed after
 * merges, O(NAME_CAP) a merge for the names; memory O(N + E).
 */
#include "story.h"
#include "base/sort.h"

#include <stdlib.h>

#define LIST_CAP RCP__LINK_CAP
#define NAME_FRAC 0.9 /* of a cluster's members bring its own name */
#define NAME_MIN RCP__NAME_MIN /* members each cluster has for the names' test */
#define NAME_CAP 64   /* name counters a cluster keeps */
/* "none of the other's members": fewer than this share of them, so that
 * the summary's error (at most 2 / (NAME_CAP + 1) of the members) never
 * hides a name that is there: none at all in a cluster under 20 */
#define NAME_RARE 0.05

typedef struct adj {
    uint32_t node;
    float s;
} adj;

typedef struct alist {
    adj *p;
    uint32_t n, cap;
} alist;

/* What a merge reads of a cluster met in a list, together: on a large
 * graph each is a cache miss, one line for all instead of one an array. */
typedef struct anode {
    uint32_t parent; /* union-find; a root is its cluster's minimum */
    uint32_t size;   /* articles, valid at a root */
    uint32_t ver;    /* the merge that last changed its list */
    uint32_t mark, pos; /* scratch of a merge: met at merge mark, where */
} anode;

typedef struct hent {
    float avg;
    uint32_t a, b, t; /* t: the merge count when pushed (16 bytes) */
} hent;

typedef struct heap {
    hent *p;
    size_t n, cap;
} heap;

static int before(const hent *x, const hent *y)
{
    if (x->avg != y->avg)
        return x->avg > y->avg;
    if (x->a != y->a)
        return x->a < y->a;
    return x->b < y->b;
}

/* The edges, best first (ties by their nodes, a < b), read in order
 * as the first entries (versions 0): is edge p before edge q? */
static inline int edge_before(const rcp__edge *p, const rcp__edge *q)
{
    if (p->sim != q->sim)
        return p->sim > q->sim;
    if (p->a != q->a)
        return p->a < q->a;
    return p->b < q->b;
}

/* The edges sorted in place by edge_before (base/sort.h: the order is
 * total, so the result is qsort's; qsort's merge sort took a copy of the
 * edges: 360 MB at a million hostile records). */
RCP__DEFINE_SORT(sort_edges, rcp__edge, edge_before)

static int heap_push(heap *h, hent e)
{
    if (!RCP__PUSH(h->p, h->n, h->cap))
        return RCP_ENOMEM;
    size_t i = h->n++;
    while (i && before(&e, &h->p[(i - 1) / 2])) {
        h->p[i] = h->p[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->p[i] = e;
    return 0;
}

/* Put e at slot i of h->p[0 .. h->n), moving it down below the entries
 * that come before it. */
static void sift_down(heap *h, size_t i, hent e)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        const hent *best = &e;
        if (l < h->n && before(&h->p[l], best))
            m = l, best = &h->p[l];
        if (r < h->n && before(&h->p[r], best))
            m = r;
        if (m == i)
            break;
        h->p[i] = h->p[m];
        i = m;
    }
    h->p[i] = e;
}

static hent heap_pop(heap *h)
{
    hent top = h->p[0], e = h->p[--h->n];
    if (h->n)
        sift_down(h, 0, e);
    return top;
}

static int list_add(alist *l, uint32_t node, float s)
{
    size_t cap = l->cap;
    if (!RCP__PUSH(l->p, l->n, cap))
        return RCP_ENOMEM;
    l->cap = (uint32_t)cap;
    l->p[l->n++] = (adj){node, s};
    return 0;
}

/* The pairs across clusters of sizes a and b that the graph can hold:
 * every pair, or at most knn per member of the smaller cluster. */
static double pairs(uint32_t a, uint32_t b, size_t knn)
{
    double all = (double)a * b, some = (double)knn * RCP_MIN(a, b);
    return knn && some < all ? some : all;
}

/* The current month of a cluster (1-12): of the months named by at least
 * VETO_FRAC of its members that name any month, the latest, in the
 * circular order where the longest run of unnamed months follows it
 * (December, January: January); 0 when fewer than VETO_MIN members name
 * a month, or none is named that often. cnt[m] counts the members that
 * name month m + 1, cnt[12] those that name any. Two clusters disagree
 * when their current months differ and fewer than VETO_CROSS of the
 * members of each name the other's: a follow-up that recalls the first
 * event's month is left to the similarities. */
#define VETO_FRAC 0.6
#define VETO_MIN 3
#define VETO_CROSS 0.3

static int current_month(const uint32_t *cnt)
{
    uint32_t n = cnt[12];
    if (n < VETO_MIN)
        return 0;
    unsigned named = 0;
    for (int m = 0; m < 12; m++)
        if (cnt[m] >= VETO_FRAC * n)
            named |= 1u << m;
    int best = 0, bestgap = -1;
    for (int m = 0; m < 12; m++) {
        if (!(named >> m & 1))
            continue;
        int gap = 0;
        while (gap < 11 && !(named >> ((m + 1 + gap) % 12) & 1))
            gap++;
        if (gap > bestgap)
            best = m + 1, bestgap = gap;
    }
    return best;
}

int rcp__current_month(const uint32_t *cnt)
{
    return current_month(cnt);
}

int rcp__months_disagree_at(const uint32_t *a, int ma, const uint32_t *b,
                            int mb)
{
    return ma && mb && ma != mb && a[mb - 1] < VETO_CROSS * a[12] &&
           b[ma - 1] < VETO_CROSS * b[12];
}

int rcp__months_disagree(const uint32_t *a, const uint32_t *b)
{
    return rcp__months_disagree_at(a, current_month(a), b, current_month(b));
}

/* A cluster's names: counters sorted by name (see the top of the file),
 * in a block of its own once it has merged; a single node has none, its
 * names are read from the input (nview_of). */
typedef rcp__nent nent;
typedef rcp__nview nview;

typedef struct nblock {
    uint32_t n, err;
    nent e[];
} nblock;

/* The names of cluster i: its block, or node i's names, sorted and
 * distinct in tmp. */
static nview nview_of(nblock *const *nl, const uint32_t *names, size_t i,
                      nent *tmp)
{
    if (nl[i])
        return (nview){nl[i]->e, nl[i]->n, nl[i]->err};
    uint32_t m = 0;
    for (int k = 0; k < RCP__NAME_K; k++) {
        uint32_t x = names[i * RCP__NAME_K + k], q = m;
        int seen = 0;
        for (uint32_t j = 0; j < m; j++)
            seen |= tmp[j].name == x;
        if (!x || seen)
            continue;
        for (; q && tmp[q - 1].name > x; q--)
            tmp[q] = tmp[q - 1];
        tmp[q] = (nent){x, 1};
        m++;
    }
    return (nview){tmp, m, 0};
}

/* The count kept for `name` in l (0 when not kept). */
static uint32_t name_count(const nview *l, uint32_t name)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->p[mid].name < name)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < l->n && l->p[lo].name == name ? l->p[lo].cnt : 0;
}

/* Has the cluster of a (na members) a name that at least NAME_FRAC of
 * them bring and fewer than NAME_RARE of the nb of b's cluster (by the
 * upper bound its summary gives)? */
static int name_own(const nview *a, uint32_t na, const nview *b, uint32_t nb)
{
    for (uint32_t k = 0; k < a->n; k++)
        if (a->p[k].cnt >= NAME_FRAC * na &&
            name_count(b, a->p[k].name) + b->err < NAME_RARE * nb)
            return 1;
    return 0;
}

int rcp__names_disagree_at(const nview *a, uint32_t na, const nview *b,
                           uint32_t nb)
{
    return na >= NAME_MIN && nb >= NAME_MIN && name_own(a, na, b, nb) &&
           name_own(b, nb, a, na);
}

static int names_disagree(nblock *const *nl, const uint32_t *names,
                          uint32_t a, uint32_t na, uint32_t b, uint32_t nb)
{
    if (na < NAME_MIN || nb < NAME_MIN)
        return 0;
    nent ta[RCP__NAME_K], tb[RCP__NAME_K];
    nview va = nview_of(nl, names, a, ta), vb = nview_of(nl, names, b, tb);
    return rcp__names_disagree_at(&va, na, &vb, nb);
}

/* The counters of a and b added, cut to NAME_CAP as the top of the file
 * says: a new block, or NULL when out of memory. */
static nblock *names_merge(const nview *a, const nview *b)
{
    nblock *out = rcp__malloc(sizeof *out + (a->n + b->n) * sizeof(nent));
    if (!out)
        return NULL;
    uint32_t i = 0, j = 0, k = 0;
    while (i < a->n || j < b->n) {
        if (j >= b->n || (i < a->n && a->p[i].name < b->p[j].name))
            out->e[k++] = a->p[i++];
        else if (i >= a->n || b->p[j].name < a->p[i].name)
            out->e[k++] = b->p[j++];
        else {
            out->e[k] = a->p[i++];
            out->e[k++].cnt += b->p[j++].cnt;
        }
    }
    out->err = a->err + b->err;
    out->n = k;
    if (k <= NAME_CAP)
        return out;
    /* cut: the (NAME_CAP + 1)-th largest count, by bisection */
    uint32_t lo = 1, hi = 0, cut = 0;
    for (uint32_t q = 0; q < k; q++)
        hi = RCP_MAX(hi, out->e[q].cnt);
    while (lo <= hi) {
        uint32_t mid = lo + (hi - lo) / 2, above = 0;
        for (uint32_t q = 0; q < k; q++)
            above += out->e[q].cnt >= mid;
        if (above > NAME_CAP)
            cut = mid, lo = mid + 1;
        else
            hi = mid - 1;
    }
    uint32_t m = 0;
    for (uint32_t q = 0; q < k; q++)
        if (out->e[q].cnt > cut)
            out->e[m++] = (nent){out->e[q].name, out->e[q].cnt - cut};
    out->n = m;
    out->err += cut;
    return out;
}

/* Keep in l the LIST_CAP entries of the best means with cluster A (sizes
 * in nd), in their order; quickselect on the means, O(l->n). Ties
 * are broken by node, so the kept set does not depend on the list's
 * order. */
static double entry_avg(const alist *l, uint32_t k, const anode *nd,
                        uint32_t A, size_t knn)
{
    return l->p[k].s / pairs(nd[A].size, nd[l->p[k].node].size, knn);
}

static int entry_before(double x, uint32_t nx, double y, uint32_t ny)
{
    return x > y || (x == y && nx < ny);
}

static void keep_best(alist *l, const anode *nd, uint32_t A, size_t knn)
{
    size_t lo = 0, hi = l->n, k = LIST_CAP;
    while (lo + 1 < hi) {
        size_t mid = lo + (hi - lo) / 2, store = lo;
        adj pivot = l->p[mid], t;
        double pv = pivot.s / pairs(nd[A].size, nd[pivot.node].size, knn);
        l->p[mid] = l->p[hi - 1];
        l->p[hi - 1] = pivot;
        for (size_t i = lo; i + 1 < hi; i++)
            if (entry_before(entry_avg(l, (uint32_t)i, nd, A, knn),
                             l->p[i].node, pv, pivot.node)) {
                t = l->p[i];
                l->p[i] = l->p[store];
                l->p[store++] = t;
            }
        l->p[hi - 1] = l->p[store];
        l->p[store] = pivot;
        if (store == k)
            break;
        if (store < k)
            lo = store + 1;
        else
            hi = store;
    }
    l->n = LIST_CAP;
}

/* Drop the stale entries of h (see the loop of rcp__avglink) and restore
 * the heap order, bottom-up: O(h->n). */
/* Is e stale: has a cluster of it merged since it was pushed? */
static int stale(const anode *nd, const hent *e)
{
    return nd[e->a].parent != e->a || nd[e->b].parent != e->b ||
           nd[e->a].ver > e->t || nd[e->b].ver > e->t;
}

static void heap_compact(heap *h, const anode *nd)
{
    size_t m = 0;
    for (size_t i = 0; i < h->n; i++)
        if (!stale(nd, &h->p[i]))
            h->p[m++] = h->p[i];
    h->n = m;
    for (size_t i = m / 2; i-- > 0;)
        sift_down(h, i, h->p[i]);
}

static uint32_t find(anode *nd, uint32_t x)
{
    while (nd[x].parent != x) {
        nd[x].parent = nd[nd[x].parent].parent;
        x = nd[x].parent;
    }
    return x;
}

int rcp__avglink(size_t n, rcp__edge *edges, size_t ne, double threshold,
                 size_t knn, uint32_t *root, double low, uint32_t *low_root,
                 const uint16_t *months, const uint32_t *names,
                 rcp__link_stats *st)
{
    uint32_t(*mc)[13] = NULL; /* by cluster: months named, see above */
    nblock **nl = NULL;       /* by cluster: names, see above */
    heap later = {0};         /* merges postponed to the low cut */
    int rc = RCP_ENOMEM;
    int cut = 0; /* 1 once root holds the cut at threshold */
    if (!low_root || low > threshold)
        low = threshold;
    uint32_t *out = low_root ? low_root : root; /* the last cut */
    alist *lists = rcp__calloc(n ? n : 1, sizeof *lists);
    anode *nd = rcp__calloc(n ? n : 1, sizeof *nd);
    heap h = {0};
    rcp__edge *first = edges; /* sorted in place: the entries, best first */
    size_t nfirst = 0;
    alist merged = {0};
    uint32_t stamp = 0;
    size_t listed = 2 * ne; /* entries in the lists of the live clusters */
    size_t hlive = 0;       /* entries in the heap after its last compaction */
    if (st)
        *st = (rcp__link_stats){0};
    if (!lists || !nd)
        goto cleanup;
    if (months && !(mc = rcp__calloc(n ? n : 1, sizeof *mc)))
        goto cleanup;
    if (names && !(nl = rcp__calloc(n ? n : 1, sizeof *nl)))
        goto cleanup;
    for (size_t i = 0; i < n; i++) {
        nd[i].parent = (uint32_t)i;
        nd[i].size = 1;
        if (mc && months[i]) {
            mc[i][12] = 1;
            for (int m = 0; m < 12; m++)
                mc[i][m] = months[i] >> m & 1;
        }
    }
    /* every list at its exact size: no regrowth */
    for (size_t k = 0; k < ne; k++) {
        rcp__edge *e = &edges[k];
        if (e->a > e->b) {
            uint32_t t = e->a;
            e->a = e->b;
            e->b = t;
        }
        lists[e->a].cap++;
        lists[e->b].cap++;
        nfirst += e->sim >= low;
    }
    for (size_t i = 0; i < n; i++)
        if (lists[i].cap &&
            !(lists[i].p = rcp__malloc(lists[i].cap * sizeof *lists[i].p)))
            goto cleanup;
    for (size_t k = 0; k < ne; k++) {
        const rcp__edge *e = &edges[k];
        if (list_add(&lists[e->a], e->b, e->sim) ||
            list_add(&lists[e->b], e->a, e->sim))
            goto cleanup;
    }
    /* The edges of at least low, sorted once, are read in order (those
     * below are never read from here: they are moved after them first,
     * and only the others sorted); only the entries pushed after merges
     * go through the heap, which stays small: popping from a heap of
     * every edge cost a cache miss per level. */
    for (size_t k = 0, m = 0; k < ne && m < nfirst; k++)
        if (edges[k].sim >= low) {
            rcp__edge t = edges[m];
            edges[m++] = edges[k];
            edges[k] = t;
        }
    sort_edges(first, nfirst);
    size_t next = 0;
    for (;;) {
        int more = next < nfirst || h.n;
        hent e = {0};
        if (next < nfirst) {
            const rcp__edge *f = &first[next];
            e = (hent){f->sim, f->a, f->b, 0};
        }
        if (next < nfirst && (!h.n || before(&e, &h.p[0])))
            next++;
        else if (h.n)
            e = heap_pop(&h);
        if ((!more || e.avg < threshold) && !cut && low_root) {
            for (size_t i = 0; i < n; i++)
                root[i] = find(nd, (uint32_t)i);
            cut = 1;
            if (later.n) { /* the postponed merges come back */
                for (size_t k = 0; k < later.n; k++)
                    if (heap_push(&h, later.p[k]))
                        goto cleanup;
                later.n = 0;
                if (more && heap_push(&h, e))
                    goto cleanup;
                continue;
            }
        }
        if (!more || e.avg < low)
            break;
        if (stale(nd, &e))
            continue;
        if (!cut && ((mc && rcp__months_disagree(mc[e.a], mc[e.b])) ||
                     (nl && names_disagree(nl, names, e.a, nd[e.a].size, e.b,
                                           nd[e.b].size)))) {
            if (low_root && heap_push(&later, e))
                goto cleanup;
            continue;
        }
        /* survivor: the smaller id, so a root is its cluster's minimum */
        uint32_t A = e.a, B = e.b;
        if (nl) { /* A's names: both added */
            nent ta[RCP__NAME_K], tb[RCP__NAME_K];
            nview va = nview_of(nl, names, A, ta),
                  vb = nview_of(nl, names, B, tb);
            nblock *m = names_merge(&va, &vb);
            if (!m)
                goto cleanup;
            rcp__free(nl[A]);
            rcp__free(nl[B]);
            nl[A] = m;
            nl[B] = NULL;
        }
        nd[B].parent = A;
        nd[A].size += nd[B].size;
        if (mc)
            for (int m = 0; m < 13; m++)
                mc[A][m] += mc[B][m];
        nd[A].ver = stamp + 1; /* its last merge: older entries are stale */
        stamp++;
        merged.n = 0;
        for (int side = 0; side < 2; side++) {
            alist *l = &lists[side ? B : A];
            for (uint32_t k = 0; k < l->n; k++) {
                uint32_t x = find(nd, l->p[k].node);
                if (x == A)
                    continue;
                if (nd[x].mark == stamp) {
                    merged.p[nd[x].pos].s += l->p[k].s;
                } else {
                    nd[x].mark = stamp;
                    nd[x].pos = merged.n;
                    if (list_add(&merged, x, l->p[k].s))
                        goto cleanup;
                }
            }
        }
        /* a cluster keeps its LIST_CAP best neighbours: the others (the
         * weakest means) count 0 from now on, which only lowers means */
        if (merged.n > LIST_CAP)
            keep_best(&merged, nd, A, knn);
        listed -= lists[A].n + lists[B].n;
        listed += merged.n;
        if (st) {
            st->merges++;
            st->max_list = RCP_MAX(st->max_list, (size_t)merged.n);
        }
        /* A takes the merged list; its old list becomes the scratch */
        alist old = lists[A];
        lists[A] = merged;
        merged = old;
        rcp__free(lists[B].p);
        lists[B] = (alist){0};
        for (uint32_t k = 0; k < lists[A].n; k++) {
            uint32_t x = lists[A].p[k].node;
            double avg =
                lists[A].p[k].s / pairs(nd[A].size, nd[x].size, knn);
            if (avg >= low &&
                heap_push(&h, (hent){(float)avg, RCP_MIN(A, x), RCP_MAX(A, x),
                                     stamp}))
                goto cleanup;
        }
        /* an entry is valid only while the cluster whose list pushed it
         * has not merged again: at most `listed` are. The stale ones are
         * dropped when the heap has grown by a quarter since the last
         * compaction left `hlive` (or passes 1.5 times `listed`): each
         * compaction scans at most five times the pushes since the last
         * one (amortised O(1) per push). On a giant topic most entries
         * go stale fast: the heap stays near its live entries, pops
         * skip fewer stale ones (a million hostile records: 20% less
         * memory, 40% less time than compacting past 1.5 listed only). */
        if (st)
            st->max_heap = RCP_MAX(st->max_heap, h.n);
        if (h.n > listed + listed / 2 + 4096 ||
            h.n > hlive + hlive / 4 + 4096) {
            heap_compact(&h, nd);
            hlive = h.n;
        }
    }
    for (size_t i = 0; i < n; i++)
        out[i] = find(nd, (uint32_t)i);
    if (low_root && !cut)
        memcpy(root, low_root, n * sizeof *root);
    rc = 0;
cleanup:
    if (lists)
        for (size_t i = 0; i < n; i++)
            rcp__free(lists[i].p);
    rcp__free(lists);
    rcp__free(nd);
    rcp__free(h.p);
    rcp__free(merged.p);
    rcp__free(mc);
    if (nl)
        for (size_t i = 0; i < n; i++)
            rcp__free(nl[i]);
    rcp__free(nl);
    rcp__free(later.p);
    return rc;
}
