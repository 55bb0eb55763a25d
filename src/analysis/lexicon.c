/*
 * lexicon.c - lemmas and close synonyms from WordNet (English), verbiste
 * and mythes-fr (French), as Debian installs them. See lexicon.h.
 *
 * WordNet's index.{noun,verb,adj} and {noun,verb,adj}.exc and mythes'
 * thes_fr.idx are sorted byte-wise by their first field: a word is found
 * by binary search over the mapped file, and a synset or a thesaurus
 * entry is read at the byte offset the index gives. Verbiste's XML is
 * parsed once into two hash tables: each ending of each conjugation
 * template, and each verb with its template; a form is deconjugated by
 * trying its endings (at most 16 bytes) against the templates that have
 * them. Looked-up words are cached, so a story's words cost one search
 * each per process.
 */
#include "analysis/lexicon.h"
#include "text/text.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

const rcp__lexicon_opts rcp__lexicon_default = {0, 10, 0, 1};

typedef struct mfile {
    const char *p;
    size_t n;
    size_t start; /* first line after the licence header */
} mfile;

enum { WN_N, WN_V, WN_A, WN_POS };
static const char *const wn_name[WN_POS] = {"noun", "verb", "adj"};

typedef struct vtemplate {
    const char *suffix; /* what the radical lacks of the infinitive: "er" */
    size_t slen;
} vtemplate;

static struct {
    int en_loaded, fr_loaded;
    mfile idx[WN_POS], data[WN_POS], exc[WN_POS];
    mfile th_idx, th_dat;
    /* verbiste */
    vtemplate *tpl;
    size_t ntpl;
    rcp__map endings; /* hash of an ending -> 1 + index in elist */
    uint32_t *elist;  /* pairs (template, next) chained per ending */
    size_t nelist, elcap;
    rcp__map verbs; /* hash of an infinitive -> 1 + template */
    char *tplnames; /* the suffix strings */
    /* cache: hash of (lang, opts, word) -> (start << 16 | count) in keys */
    rcp__map cache;
    uint64_t *keys;
    size_t nkeys, keycap;
    /* find_line's answers: hash of (file, key) -> 2 + line, 1: none */
    rcp__map lines;
    /* rcp__lexicon_pos's answers: hash of (lang, word) -> 1 + index in
     * pos; each entry's word kept in posw, so that a hit is checked */
    rcp__map posmap;
    struct pos_entry {
        uint32_t off;     /* the word in posw */
        uint8_t len, lc, pos;
    } *pos;
    size_t npos, poscap;
    char *posw;
    size_t nposw, poswcap;
    char status[512];
} L;

static void map_file(mfile *f, const char *dir, const char *name)
{
    memset(f, 0, sizeof *f);
    if (strcmp(rcp__resources_root(), "off") == 0)
        return;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s/%s", rcp__resources_root(), dir, name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            f->p = p;
            f->n = (size_t)st.st_size;
        }
    }
    close(fd);
}

static void unmap_file(mfile *f)
{
    if (f->p)
        munmap((void *)f->p, f->n);
    memset(f, 0, sizeof *f);
}

static size_t line_end(const mfile *f, size_t i)
{
    const char *e = memchr(f->p + i, '\n', f->n - i);
    return e ? (size_t)(e - f->p) : f->n;
}

/* WordNet files open on a licence whose lines start with two spaces. */
static void skip_licence(mfile *f)
{
    size_t i = 0;
    while (i + 1 < f->n && f->p[i] == ' ' && f->p[i + 1] == ' ')
        i = line_end(f, i) + 1;
    f->start = RCP_MIN(i, f->n);
}

/* The line of f whose first field (up to sep) is key, or SIZE_MAX: the
 * bisection of the sorted file. */
static size_t bisect_line(const mfile *f, const char *key, size_t kn, char sep)
{
    size_t lo = f->start, hi = f->n;
    while (lo < hi) {
        size_t s = lo + (hi - lo) / 2;
        /* back to the start of its line (not before lo) */
        const char *nl = s > lo ? memrchr(f->p + lo, '\n', s - lo) : NULL;
        s = nl ? (size_t)(nl - f->p) + 1 : lo;
        /* key against the line's first field, in one pass: memcmp's
         * order, a prefix first */
        int c = 0;
        for (size_t i = 0;; i++) {
            int end = s + i >= f->n || f->p[s + i] == sep ||
                      f->p[s + i] == '\n';
            if (i == kn) {
                c = end ? 0 : -1;
                break;
            }
            if (end) {
                c = 1;
                break;
            }
            unsigned char a = (unsigned char)key[i],
                          b = (unsigned char)f->p[s + i];
            if (a != b) {
                c = a < b ? -1 : 1;
                break;
            }
        }
        if (c == 0)
            return s;
        if (c < 0)
            hi = s;
        else
            lo = line_end(f, s) + 1;
    }
    return SIZE_MAX;
}

/* bisect_line's answer, remembered: a process looks up the same words
 * again and again (up to 1M answers, then bisected each time). A found
 * line is checked to hold key; a hash collision is bisected. */
static size_t find_line(const mfile *f, const char *key, size_t kn, char sep)
{
    /* the file by its place in L, so that the answers do not hang on
     * where the linker puts L; a remembered "none" is not checked */
    uint64_t h = rcp__hash_in(key, kn,
                              (uint64_t)((const char *)f - (const char *)&L) << 8 |
                                  (uint8_t)sep);
    uint64_t *v = rcp__map_get(&L.lines, h);
    if (v) {
        size_t s = (size_t)*v - 2;
        if (*v == 1)
            return SIZE_MAX;
        if (s + kn < f->n && !memcmp(f->p + s, key, kn) &&
            (f->p[s + kn] == sep || f->p[s + kn] == '\n'))
            return s;
        return bisect_line(f, key, kn, sep);
    }
    size_t s = bisect_line(f, key, kn, sep);
    if (L.lines.n < ((size_t)1 << 20) && (v = rcp__map_put(&L.lines, h)))
        *v = s == SIZE_MAX ? 1 : (uint64_t)s + 2;
    return s;
}

static void load_en(void)
{
    if (L.en_loaded)
        return;
    L.en_loaded = 1;
    static const char *const exc[WN_POS] = {"noun.exc", "verb.exc", "adj.exc"};
    for (int p = 0; p < WN_POS; p++) {
        char name[32];
        snprintf(name, sizeof name, "index.%s", wn_name[p]);
        map_file(&L.idx[p], "wordnet", name);
        snprintf(name, sizeof name, "data.%s", wn_name[p]);
        map_file(&L.data[p], "wordnet", name);
        map_file(&L.exc[p], "wordnet", exc[p]);
        skip_licence(&L.idx[p]);
        skip_licence(&L.data[p]);
    }
}

/* ---- verbiste ---- */

static char *read_all(const char *dir, const char *name, size_t *n)
{
    mfile f;
    map_file(&f, dir, name);
    if (!f.p)
        return NULL;
    char *s = rcp__malloc(f.n + 1);
    if (s) {
        memcpy(s, f.p, f.n);
        s[f.n] = 0;
        *n = f.n;
    }
    unmap_file(&f);
    return s;
}

/* The first s[0..sn) (sn >= 1) in p[0..n), or NULL: memmem's answer, by
 * memchr on its first byte and a compare of the rest, byte by byte (most
 * candidates differ at their second). The tags looked for are short and
 * close together, where memmem pays its setup at each of the 42,000
 * calls that read verbiste (8.4 M instructions, 7% of a 10-article
 * story's digest). */
static const char *find_str(const char *p, size_t n, const char *s,
                            size_t sn)
{
    while (n >= sn) {
        const char *c = memchr(p, s[0], n - sn + 1);
        if (!c)
            return NULL;
        size_t i = 1;
        while (i < sn && c[i] == s[i])
            i++;
        if (i == sn)
            return c;
        n -= (size_t)(c + 1 - p);
        p = c + 1;
    }
    return NULL;
}

/* The text of the next <tag>...</tag> from *p before end; NULL when none. */
static const char *next_elem(const char **p, const char *end, const char *open,
                             const char *close, size_t *len)
{
    const char *a = find_str(*p, (size_t)(end - *p), open, strlen(open));
    if (!a)
        return NULL;
    a += strlen(open);
    const char *b = find_str(a, (size_t)(end - a), close, strlen(close));
    if (!b)
        return NULL;
    *len = (size_t)(b - a);
    *p = b + strlen(close);
    return a;
}

/* elist's template entries: the template, and this bit when the ending
 * is one of its future or conditional forms only ("rencontreront",
 * "disputerait") */
#define ENDING_PROSP 0x80000000u

static int add_ending(uint32_t tpl, const char *e, size_t n, int prosp)
{
    uint64_t *v = rcp__map_put(&L.endings, rcp__hash(e, n, 7));
    if (!v)
        return -1;
    /* once per template and ending; prospective only if always so */
    for (uint64_t i = *v; i; i = L.elist[2 * (i - 1) + 1])
        if ((L.elist[2 * (i - 1)] & ~ENDING_PROSP) == tpl) {
            if (!prosp)
                L.elist[2 * (i - 1)] &= ~ENDING_PROSP;
            return 0;
        }
    if (prosp)
        tpl |= ENDING_PROSP;
    if (rcp__grow(&L.elist, &L.elcap, 2 * (L.nelist + 1), sizeof *L.elist))
        return -1;
    L.elist[2 * L.nelist] = tpl;
    L.elist[2 * L.nelist + 1] = (uint32_t)*v;
    *v = ++L.nelist;
    return 0;
}

static void load_verbiste(void)
{
    size_t cn = 0, vn = 0;
    char *conj = read_all("verbiste-0.1", "conjugation-fr.xml", &cn);
    char *verbs = conj ? read_all("verbiste-0.1", "verbs-fr.xml", &vn) : NULL;
    rcp__map names;
    rcp__map_init(&names);
    size_t tcap = 0, ncap = 0, nlen = 0;
    if (!conj || !verbs)
        goto done;
    /* templates: <template name="aim:er"> ... </template> */
    const char *p = conj, *end = conj + cn;
    for (;;) {
        size_t len;
        const char *name = next_elem(&p, end, "<template name=\"", "\"", &len);
        if (!name)
            break;
        const char *tend = find_str(p, (size_t)(end - p), "</template>", 11);
        if (!tend)
            break;
        const char *colon = memchr(name, ':', len);
        if (!colon)
            continue;
        if (rcp__grow(&L.tpl, &tcap, L.ntpl + 1, sizeof *L.tpl))
            break;
        size_t slen = len - (size_t)(colon + 1 - name);
        if (rcp__grow(&L.tplnames, &ncap, nlen + slen + 1, 1))
            break;
        memcpy(L.tplnames + nlen, colon + 1, slen);
        L.tplnames[nlen + slen] = 0;
        L.tpl[L.ntpl].suffix = (const char *)(uintptr_t)nlen; /* fixed below */
        L.tpl[L.ntpl].slen = slen;
        nlen += slen + 1;
        uint64_t *v = rcp__map_put(&names, rcp__hash(name, len, 0));
        if (!v)
            break;
        *v = L.ntpl + 1;
        uint32_t t = (uint32_t)L.ntpl++;
        const char *q = p;
        size_t elen;
        const char *e;
        /* the future (of the indicative) and the conditional */
        const char *fut = find_str(p, (size_t)(tend - p), "<future>", 8);
        const char *fute = fut ? find_str(fut, (size_t)(tend - fut),
                                          "</future>", 9)
                               : NULL;
        const char *cond = find_str(p, (size_t)(tend - p), "<conditional>", 13);
        const char *conde = cond ? find_str(cond, (size_t)(tend - cond),
                                            "</conditional>", 14)
                                 : NULL;
        while ((e = next_elem(&q, tend, "<i>", "</i>", &elen)) != NULL)
            if (add_ending(t, e, elen,
                           (fute && e > fut && e < fute) ||
                               (conde && e > cond && e < conde)))
                goto done;
        p = tend;
    }
    for (size_t i = 0; i < L.ntpl; i++)
        L.tpl[i].suffix = L.tplnames + (size_t)(uintptr_t)L.tpl[i].suffix;
    /* verbs: <v><i>abaisser</i><t>aim:er</t></v> */
    p = verbs;
    end = verbs + vn;
    for (;;) {
        size_t ilen, tlen;
        const char *inf = next_elem(&p, end, "<i>", "</i>", &ilen);
        const char *tn = inf ? next_elem(&p, end, "<t>", "</t>", &tlen) : NULL;
        if (!tn)
            break;
        uint64_t *t = rcp__map_get(&names, rcp__hash(tn, tlen, 0));
        if (!t)
            continue;
        uint64_t *v = rcp__map_put(&L.verbs, rcp__hash(inf, ilen, 11));
        if (!v)
            break;
        *v = *t;
    }
done:
    rcp__map_release(&names);
    rcp__free(conj);
    rcp__free(verbs);
}

static void load_fr(void)
{
    if (L.fr_loaded)
        return;
    L.fr_loaded = 1;
    map_file(&L.th_idx, "mythes", "thes_fr.idx");
    map_file(&L.th_dat, "mythes", "thes_fr.dat");
    if (L.th_idx.p) { /* "UTF-8\n36166\n" */
        size_t i = line_end(&L.th_idx, 0) + 1;
        L.th_idx.start = RCP_MIN(line_end(&L.th_idx, RCP_MIN(i, L.th_idx.n)) + 1,
                                 L.th_idx.n);
    }
    load_verbiste();
}

static unsigned generation;

unsigned rcp__lexicon_generation(void)
{
    return generation;
}

void rcp__lexicon_reset(void)
{
    generation++;
    for (int p = 0; p < WN_POS; p++) {
        unmap_file(&L.idx[p]);
        unmap_file(&L.data[p]);
        unmap_file(&L.exc[p]);
    }
    unmap_file(&L.th_idx);
    unmap_file(&L.th_dat);
    rcp__free(L.tpl);
    rcp__free(L.tplnames);
    rcp__free(L.elist);
    rcp__free(L.keys);
    rcp__map_release(&L.endings);
    rcp__map_release(&L.verbs);
    rcp__map_release(&L.cache);
    rcp__map_release(&L.lines);
    rcp__map_release(&L.posmap);
    rcp__free(L.pos);
    rcp__free(L.posw);
    memset(&L, 0, sizeof L);
}

int rcp__lexicon_ready(rcp_lang_class lc)
{
    if (lc == RCP_LC_EN) {
        load_en();
        return L.idx[WN_N].p && L.data[WN_N].p;
    }
    if (lc == RCP_LC_FR) {
        load_fr();
        return L.th_idx.p || L.ntpl;
    }
    return 0;
}

const char *rcp__lexicon_status(void)
{
    load_en();
    load_fr();
    snprintf(L.status, sizeof L.status,
             "wordnet: %s; verbiste: %s (%zu templates); mythes-fr: %s "
             "(from %s)",
             L.idx[WN_N].p && L.data[WN_N].p ? "yes" : "missing",
             L.ntpl ? "yes" : "missing", L.ntpl,
             L.th_idx.p && L.th_dat.p ? "yes" : "missing", rcp__resources_root());
    return L.status;
}

size_t rcp__lexicon_lower(const char *w, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80) { /* ASCII: what utf8proc gives, without its calls */
            if (o + 4 > cap)
                return 0;
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)w + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return 0;
        i += (size_t)k;
        cp = utf8proc_tolower(cp);
        if (cp == 0x2019 || cp == 0x02BC)
            cp = '\'';
        if (o + 4 > cap)
            return 0;
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
    }
    return o;
}

/* ---- English: WordNet ---- */

/* The synset offsets of lemma in index p, the first max in sense order. */
static size_t wn_offsets_use(int p, const char *w, size_t n, uint32_t *off,
                             size_t max, long *use)
{
    const mfile *f = &L.idx[p];
    if (!f->p)
        return 0;
    size_t s = find_line(f, w, n, ' ');
    if (s == SIZE_MAX)
        return 0;
    size_t e = line_end(f, s);
    /* lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
     * synset_offset... */
    const char *q = f->p + s, *end = f->p + e;
    size_t k = 0, got = 0;
    long nsyn = 0, nptr = 0;
    while (q < end) {
        while (q < end && *q == ' ')
            q++;
        const char *t = q;
        while (q < end && *q != ' ')
            q++;
        if (q == t)
            break;
        if (k == 2)
            nsyn = strtol(t, NULL, 10);
        else if (k == 3)
            nptr = strtol(t, NULL, 10);
        else if (k == (size_t)(5 + nptr)) {
            if (use) /* how often its senses were tagged, plus how many */
                *use = strtol(t, NULL, 10) * 1000 + nsyn;
        } else if (k >= (size_t)(6 + nptr) && got < max &&
                 (long)got < nsyn) {
            off[got++] = (uint32_t)strtoul(t, NULL, 10);
        }
        k++;
    }
    return got;
}

static size_t wn_offsets(int p, const char *w, size_t n, uint32_t *off,
                         size_t max)
{
    return wn_offsets_use(p, w, n, off, max, NULL);
}

static int wn_has(int p, const char *w, size_t n)
{
    return L.idx[p].p && find_line(&L.idx[p], w, n, ' ') != SIZE_MAX;
}

typedef struct lemmas {
    char buf[512];
    size_t len, n;
    const char *w[16];
    size_t wl[16];
} lemmas;

static void lemma_add(lemmas *l, const char *w, size_t n)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->wl[i] == n && memcmp(l->w[i], w, n) == 0)
            return;
    if (l->n == RCP_ARRAY_SIZE(l->w) || l->len + n + 1 > sizeof l->buf)
        return;
    memcpy(l->buf + l->len, w, n);
    l->buf[l->len + n] = 0;
    l->w[l->n] = l->buf + l->len;
    l->wl[l->n++] = n;
    l->len += n + 1;
}

/* WordNet's morphy for one part of speech: the exception list, the word
 * itself, then the detachment rules; a base counts when WordNet has it. */
static void morphy(int p, const char *w, size_t n, lemmas *out)
{
    /* the rules, with their lengths (a strlen of each, at each call, was
     * 0.1% of a 9,000-article add) */
    static const struct {
        const char *s, *r;
        uint8_t sl, rl;
    } rules[WN_POS][9] = {
#define R(s, r) {s, r, sizeof s - 1, sizeof r - 1}
        {R("s", ""), R("ses", "s"), R("xes", "x"), R("zes", "z"),
         R("ches", "ch"), R("shes", "sh"), R("men", "man"), R("ies", "y")},
        {R("s", ""), R("ies", "y"), R("es", "e"), R("es", ""), R("ed", "e"),
         R("ed", ""), R("ing", "e"), R("ing", "")},
        {R("er", ""), R("est", ""), R("er", "e"), R("est", "e")},
#undef R
    };
    const mfile *x = &L.exc[p];
    if (x->p) {
        size_t s = find_line(x, w, n, ' ');
        if (s != SIZE_MAX) {
            size_t e = line_end(x, s);
            const char *q = x->p + s + n;
            while (q < x->p + e) {
                while (q < x->p + e && *q == ' ')
                    q++;
                const char *t = q;
                while (q < x->p + e && *q != ' ')
                    q++;
                if (q > t && wn_has(p, t, (size_t)(q - t)))
                    lemma_add(out, t, (size_t)(q - t));
            }
        }
    }
    if (wn_has(p, w, n))
        lemma_add(out, w, n);
    /* a noun ending in "ss" is not a plural (glass) */
    if (p == WN_N && n > 2 && w[n - 1] == 's' && w[n - 2] == 's')
        return;
    for (int r = 0; rules[p][r].s; r++) {
        size_t sl = rules[p][r].sl, rl = rules[p][r].rl;
        if (n <= sl + 1 || memcmp(w + n - sl, rules[p][r].s, sl) != 0)
            continue;
        char b[128];
        if (n - sl + rl >= sizeof b)
            continue;
        memcpy(b, w, n - sl);
        memcpy(b + n - sl, rules[p][r].r, rl);
        if (wn_has(p, b, n - sl + rl))
            lemma_add(out, b, n - sl + rl);
    }
}

/* ---- French: verbiste and mythes ---- */

/* The readings of the French form w as a form of a verb of verbiste's
 * tables: fn(ctx, infinitive, its length, 1 for a future or conditional
 * form) for each, stopping at the first nonzero answer, which is returned
 * (0 when every reading was seen). */
typedef int (*reading_fn)(void *ctx, const char *inf, size_t n, int prosp);

static int fr_readings(const char *w, size_t n, reading_fn fn, void *ctx)
{
    for (size_t cut = n > 16 ? n - 16 : 1; cut <= n; cut++) {
        if (cut < n && (w[cut] & 0xC0) == 0x80)
            continue; /* inside a character */
        uint64_t *v = rcp__map_get(&L.endings, rcp__hash(w + cut, n - cut, 7));
        if (!v)
            continue;
        for (uint64_t i = *v; i; i = L.elist[2 * (i - 1) + 1]) {
            uint32_t e = L.elist[2 * (i - 1)], t = e & ~ENDING_PROSP;
            char b[128];
            size_t bl = cut + L.tpl[t].slen;
            if (bl >= sizeof b)
                continue;
            memcpy(b, w, cut);
            memcpy(b + cut, L.tpl[t].suffix, L.tpl[t].slen);
            uint64_t *vt = rcp__map_get(&L.verbs, rcp__hash(b, bl, 11));
            if (!vt || *vt != t + 1)
                continue;
            int r = fn(ctx, b, bl, (e & ENDING_PROSP) != 0);
            if (r)
                return r;
        }
    }
    return 0;
}

static int add_reading(void *out, const char *inf, size_t n, int prosp)
{
    (void)prosp;
    lemma_add(out, inf, n);
    return 0;
}

static void deconjugate(const char *w, size_t n, lemmas *out)
{
    if (L.ntpl)
        fr_readings(w, n, add_reading, out);
}

static int prosp_reading(void *any, const char *inf, size_t n, int prosp)
{
    (void)inf, (void)n;
    if (!prosp)
        return -1; /* a reading that is neither future nor conditional */
    *(int *)any = 1;
    return 0;
}

/* 1 when every reading of the French form w as a form of a verb of
 * verbiste's tables is a future or a conditional ("rencontreront",
 * "disputerait"; not "rencontrera" read also as... nothing else). */
static int fr_prospective(const char *w, size_t n)
{
    int any = 0;
    return fr_readings(w, n, prosp_reading, &any) < 0 ? 0 : any;
}

/* The mythes entry of w: its first line of meanings at *s..*e, or 0. */
static int th_entry(const char *w, size_t n, size_t *s, size_t *e)
{
    if (!L.th_idx.p || !L.th_dat.p)
        return 0;
    size_t i = find_line(&L.th_idx, w, n, '|');
    if (i == SIZE_MAX)
        return 0;
    unsigned long off = strtoul(L.th_idx.p + i + n + 1, NULL, 10);
    if (off >= L.th_dat.n)
        return 0;
    size_t h = (size_t)off, he = line_end(&L.th_dat, h);
    if (he - h <= n || memcmp(L.th_dat.p + h, w, n) != 0 ||
        L.th_dat.p[h + n] != '|')
        return 0;
    long lines = strtol(L.th_dat.p + h + n + 1, NULL, 10);
    *s = he + 1;
    *e = *s;
    for (long k = 0; k < lines && *e < L.th_dat.n; k++)
        *e = line_end(&L.th_dat, *e) + 1;
    *e = RCP_MIN(*e, L.th_dat.n);
    return *s < *e;
}

/* 1 when the thesaurus entry at s..e has a meaning marked as a verb. */
static int th_verb(size_t s, size_t e)
{
    for (size_t i = s; i < e; i = line_end(&L.th_dat, i) + 1) {
        size_t le = line_end(&L.th_dat, i);
        if (L.th_dat.p[i] == '(' && memmem(L.th_dat.p + i, le - i, "Verbe)", 6))
            return 1;
        if (L.th_dat.p[i] == '(') {
            const char *c = memchr(L.th_dat.p + i, ')', le - i);
            if (c && memmem(L.th_dat.p + i, (size_t)(c - L.th_dat.p - i), "Verbe", 5))
                return 1;
        }
    }
    return 0;
}

static void fr_lemmas(const char *w, size_t n, lemmas *out)
{
    size_t s, e;
    int own = th_entry(w, n, &s, &e);
    /* a word the thesaurus knows as no verb is not a verb form ("pays"
     * is a country, not "tu pays") */
    if (!own || th_verb(s, e))
        deconjugate(w, n, out);
    if (own || out->n == 0)
        lemma_add(out, w, n);
    /* a plural the thesaurus has in the singular */
    if (out->n == 1 && n > 3 && (w[n - 1] == 's' || w[n - 1] == 'x') &&
        !th_entry(w, n, &s, &e) && th_entry(w, n - 1, &s, &e))
        lemma_add(out, w, n - 1);
}

/*
 * A noun made from a verb ("la révélation" / "a révélé", "la démission" /
 * "ont démissionné", "le fichage" / "fichées", "le refus" / "refuse"):
 * the infinitives that the regular derivations of French lead back to,
 * kept only when verbiste conjugates that verb. The suffixes: -ation,
 * -ement and -age from -er (révélation, lancement, débouclage), -issement
 * from -ir (investissement); -ion and -on nouns add -ner (démission,
 * abandon, don); a noun ending in another consonant adds -er (refus,
 * appel). Nouns that are verb forms themselves (annonce, visite) are
 * verbiste's already. Writes the infinitives to out; returns how many.
 */
static size_t fr_deverbal(const char *w, size_t n, char out[][128], size_t max)
{
    static const struct {
        const char *suf, *inf;
    } rules[] = {{"issement", "ir"}, {"ation", "er"}, {"ement", "er"},
                 {"age", "er"},      {"ion", "ionner"}, {"on", "onner"}};
    size_t k = 0;
    if (!L.ntpl || n < 4 || n > 100)
        return 0;
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rules) && k < max; r++) {
        size_t sl = strlen(rules[r].suf), il = strlen(rules[r].inf);
        if (n < sl + 2 || memcmp(w + n - sl, rules[r].suf, sl) != 0 ||
            n - sl + il >= 128)
            continue;
        memcpy(out[k], w, n - sl);
        memcpy(out[k] + n - sl, rules[r].inf, il);
        size_t bl = n - sl + il;
        out[k][bl] = 0;
        if (rcp__map_get(&L.verbs, rcp__hash(out[k], bl, 11)))
            k++;
    }
    /* refus -> refuser, appel -> appeler */
    unsigned char c = (unsigned char)w[n - 1];
    if (k < max && k == 0 && c >= 'a' && c <= 'z' && !strchr("aeiouy", c) &&
        n + 2 < 128) {
        memcpy(out[k], w, n);
        memcpy(out[k] + n, "er", 3);
        if (rcp__map_get(&L.verbs, rcp__hash(out[k], n + 2, 11)))
            k++;
    }
    return k;
}

static uint64_t pair_key(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, RCP_MIN(an, bn));
    if (c > 0 || (c == 0 && an > bn)) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    return rcp__mix64(rcp__hash(a, an, 3) ^ rcp__mix64(rcp__hash(b, bn, 5)));
}

size_t rcp__lexicon_lemmas(rcp_lang_class lc, const char *w, size_t n,
                           char *out, size_t cap, size_t max)
{
    lemmas l;
    l.len = l.n = 0;
    if (!rcp__lexicon_ready(lc) || n == 0 || n > 100)
        return 0;
    if (lc == RCP_LC_EN)
        for (int p = 0; p < WN_POS; p++)
            morphy(p, w, n, &l);
    else
        fr_lemmas(w, n, &l);
    size_t k = 0, o = 0;
    for (size_t i = 0; i < l.n && k < max; i++) {
        if (o + l.wl[i] + 1 > cap)
            break;
        memcpy(out + o, l.w[i], l.wl[i] + 1);
        o += l.wl[i] + 1;
        k++;
    }
    return k;
}

size_t rcp__lexicon_fr_nouns(const char *w, size_t n, char *out, size_t cap,
                             size_t max)
{
    size_t s, e, k = 0, o = 0;
    if (!rcp__lexicon_ready(RCP_LC_FR) || n == 0 || n > 100 ||
        !th_entry(w, n, &s, &e))
        return 0;
    for (size_t i = s; i < e && k < max; i = line_end(&L.th_dat, i) + 1) {
        const char *p = L.th_dat.p + i, *le = L.th_dat.p + line_end(&L.th_dat, i);
        const char *c = *p == '(' ? memchr(p, ')', (size_t)(le - p)) : NULL;
        if (!c || !memmem(p, (size_t)(c - p), "Nom", 3))
            continue;
        /* (Nom)|a|b|c */
        for (const char *q = memchr(c, '|', (size_t)(le - c)); q && k < max;) {
            q++;
            const char *z = memchr(q, '|', (size_t)(le - q));
            size_t l = (size_t)((z ? z : le) - q);
            if (l && o + l + 1 <= cap) {
                memcpy(out + o, q, l);
                out[o + l] = 0;
                o += l + 1;
                k++;
            }
            q = z;
        }
    }
    return k;
}

static int word_pos(rcp_lang_class lc, const char *w, size_t n)
{
    lemmas l;
    int pos = 0;
    if (lc == RCP_LC_EN) {
        l.len = l.n = 0;
        morphy(WN_V, w, n, &l);
        if (l.n)
            pos |= RCP__LEX_VERB;
        /* a past or a participle: a verb form that is none of its lemmas
         * and no third person ("-s") or gerund ("-ing"): "hosted", "met" */
        int past = l.n > 0 && !(n > 1 && w[n - 1] == 's') &&
                   !(n > 3 && !memcmp(w + n - 3, "ing", 3));
        for (size_t i = 0; i < l.n && past; i++)
            past = !(l.wl[i] == n && !memcmp(l.w[i], w, n));
        if (past)
            pos |= RCP__LEX_PAST;
        l.len = l.n = 0;
        morphy(WN_N, w, n, &l);
        if (!l.n)
            morphy(WN_A, w, n, &l);
        if (l.n)
            pos |= RCP__LEX_OTHER;
        return pos;
    }
    /* French: a form of a verb of verbiste's tables, unless the
     * thesaurus knows the word as no verb ("pays"); a thesaurus entry
     * marked noun or adjective makes it another word too */
    size_t s, e;
    int own = th_entry(w, n, &s, &e);
    l.len = l.n = 0;
    deconjugate(w, n, &l);
    if (l.n)
        pos |= RCP__LEX_VERB;
    if (l.n && fr_prospective(w, n))
        pos |= RCP__LEX_PROSP;
    if (own && !th_verb(s, e))
        pos |= RCP__LEX_OTHER; /* "pays", "averti": the context says */
    char inf[4][128];
    if (!(pos & RCP__LEX_VERB) && fr_deverbal(w, n, inf, 4))
        pos |= RCP__LEX_DEVERBAL; /* "fichage": ficher */
    if (own)
        for (size_t i = s; i < e; i = line_end(&L.th_dat, i) + 1) {
            size_t le = line_end(&L.th_dat, i);
            const char *c = L.th_dat.p[i] == '('
                                ? memchr(L.th_dat.p + i, ')', le - i)
                                : NULL;
            if (c && (memmem(L.th_dat.p + i, (size_t)(c - L.th_dat.p - i),
                             "Nom", 3) ||
                      memmem(L.th_dat.p + i, (size_t)(c - L.th_dat.p - i),
                             "Adjectif", 8)))
                pos |= RCP__LEX_OTHER;
        }
    return pos;
}

/* word_pos's answer, remembered: the digest asks it of the same words
 * again and again (in claims, quotes and values: 5,800 instructions an
 * answer, 4% of a 3,000-article add), up to 1M words, then asked again
 * each time. A hit is the same language and the same bytes. */
int rcp__lexicon_pos(rcp_lang_class lc, const char *w, size_t n)
{
    if (!rcp__lexicon_ready(lc) || n == 0 || n > 100)
        return 0;
    uint64_t h = rcp__hash(w, n, (uint8_t)lc);
    uint64_t *v = rcp__map_get(&L.posmap, h);
    if (v) {
        const struct pos_entry *e = &L.pos[*v - 1];
        if (e->len == n && e->lc == (uint8_t)lc &&
            !memcmp(L.posw + e->off, w, n))
            return e->pos;
        return word_pos(lc, w, n); /* another word of the same hash */
    }
    int pos = word_pos(lc, w, n);
    if (L.npos < ((size_t)1 << 20) &&
        !rcp__grow(&L.posw, &L.poswcap, L.nposw + n, 1) &&
        RCP__PUSH(L.pos, L.npos, L.poscap) &&
        (v = rcp__map_put(&L.posmap, h))) {
        memcpy(L.posw + L.nposw, w, n);
        L.pos[L.npos] = (struct pos_entry){(uint32_t)L.nposw, (uint8_t)n,
                                           (uint8_t)lc, (uint8_t)pos};
        L.nposw += n;
        *v = ++L.npos;
    }
    return pos;
}

int rcp__lexicon_tok_pos(const rcp_doc *d, const rcp_token *t)
{
    char low[128]; /* rcp__lexicon_pos looks up no word over 100 bytes */
    size_t n = rcp__lexicon_lower(d->text + t->off, t->len, low, sizeof low);
    return n ? rcp__lexicon_pos(d->lang_class, low, n) : 0;
}

/* Is one of the first `senses` senses of a lemma of w[0..n) in part of
 * speech p (morphy) in WordNet's lexicographer file `lexfile`? */
static int wn_in_file(int p, const char *w, size_t n, int lexfile,
                      size_t senses)
{
    enum { SENSES_MAX = 8 };
    lemmas l;
    l.len = l.n = 0;
    if (!rcp__lexicon_ready(RCP_LC_EN) || !L.data[p].p || n == 0 || n > 100)
        return 0;
    if (senses > SENSES_MAX)
        senses = SENSES_MAX;
    morphy(p, w, n, &l);
    const mfile *f = &L.data[p];
    for (size_t i = 0; i < l.n; i++) {
        uint32_t off[SENSES_MAX];
        size_t k = wn_offsets(p, l.w[i], l.wl[i], off, senses);
        for (size_t j = 0; j < k; j++) {
            if ((size_t)off[j] >= f->n)
                continue;
            /* synset_offset lex_filenum ss_type ... */
            const char *q = f->p + off[j], *end = f->p + line_end(f, off[j]);
            while (q < end && *q != ' ')
                q++;
            if (q < end && strtol(q, NULL, 10) == lexfile)
                return 1;
        }
    }
    return 0;
}

int rcp__lexicon_verb_file(const char *w, size_t n, int lexfile)
{
    return wn_in_file(WN_V, w, n, lexfile, 1);
}

int rcp__lexicon_noun_file(const char *w, size_t n, int lexfile,
                           unsigned senses)
{
    return wn_in_file(WN_N, w, n, lexfile, senses);
}

/* The fields of the data line at byte offset off of data file p: its
 * words (w[i], wl[i], at most max) and where its pointers start; returns
 * the word count, 0 when the line is not there. */
static size_t wn_synset(int p, uint32_t off, const char **w, size_t *wl,
                        size_t max, const char **ptrs, const char **end)
{
    const mfile *f = &L.data[p];
    if (!f->p || off < f->start || off >= f->n ||
        (off > 0 && f->p[off - 1] != '\n'))
        return 0;
    const char *q = f->p + off, *e = f->p + line_end(f, off);
    /* offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptrs */
    for (int skip = 0; skip < 3; skip++) {
        while (q < e && *q != ' ')
            q++;
        q += q < e;
    }
    unsigned long nw = strtoul(q, NULL, 16);
    while (q < e && *q != ' ')
        q++;
    size_t k = 0;
    for (unsigned long i = 0; i < nw && q < e; i++) {
        q++;
        const char *t = q;
        while (q < e && *q != ' ')
            q++;
        size_t tl = (size_t)(q - t);
        const char *par = memchr(t, '(', tl); /* "big(a)" */
        if (par)
            tl = (size_t)(par - t);
        if (k < max) {
            w[k] = t;
            wl[k++] = tl;
        }
        q++; /* the lex_id */
        while (q < e && *q != ' ')
            q++;
    }
    *ptrs = q;
    *end = e;
    return k;
}

static int wn_pos_of(char c)
{
    return c == 'n' ? WN_N : c == 'v' ? WN_V : (c == 'a' || c == 's') ? WN_A : -1;
}

static int same_ci(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return 0;
    for (size_t i = 0; i < an; i++)
        if (rcp__ascii_lower((unsigned char)a[i]) != rcp__ascii_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

static uint64_t pair_key(const char *a, size_t an, const char *b, size_t bn);

/* Keys for the words WordNet derives lemma l from or into ("+" pointers
 * of its first `senses` senses in part of speech p: injure / injury,
 * dismiss / dismissal): the pair (l, other), the same from either side. */
static size_t wn_derived(int p, const char *l, size_t ln, unsigned senses,
                         uint64_t *out, size_t k, size_t cap);

static size_t push_key(uint64_t *out, size_t k, size_t cap, uint64_t key)
{
    for (size_t i = 0; i < k; i++)
        if (out[i] == key)
            return k;
    if (k < cap)
        out[k++] = key;
    return k;
}

static size_t wn_derived(int p, const char *l, size_t ln, unsigned senses,
                         uint64_t *out, size_t k, size_t cap)
{
    uint32_t off[64];
    size_t m = wn_offsets(p, l, ln, off, RCP_MIN(senses, 64));
    for (size_t j = 0; j < m; j++) {
        const char *w[64], *q, *e;
        size_t wl[64];
        size_t nw = wn_synset(p, off[j], w, wl, 64, &q, &e);
        size_t me = 0; /* l's number in the synset, from 1 */
        for (size_t i = 0; i < nw && !me; i++)
            if (same_ci(w[i], wl[i], l, ln))
                me = i + 1;
        if (!me)
            continue;
        long np = strtol(q, NULL, 10);
        q++;
        while (q < e && *q != ' ')
            q++;
        for (long i = 0; i < np && q < e; i++) {
            /* " sym offset pos srctgt" */
            char sym[4] = {0};
            q++;
            const char *t = q;
            while (q < e && *q != ' ')
                q++;
            memcpy(sym, t, RCP_MIN((size_t)(q - t), sizeof sym - 1));
            uint32_t to = (uint32_t)strtoul(q, NULL, 10);
            q++;
            while (q < e && *q != ' ')
                q++;
            int tp = q + 1 < e ? wn_pos_of(q[1]) : -1;
            q += 2;
            while (q < e && *q != ' ')
                q++;
            unsigned long st = strtoul(q + 1, NULL, 16);
            q++;
            while (q < e && *q != ' ')
                q++;
            if (strcmp(sym, "+") != 0 || tp < 0 || (st >> 8) != me)
                continue;
            const char *tw[64], *tq, *te;
            size_t twl[64];
            size_t ntw = wn_synset(tp, to, tw, twl, 64, &tq, &te);
            size_t tn = st & 0xff;
            if (tn >= 1 && tn <= ntw)
                k = push_key(out, k, cap, pair_key(l, ln, tw[tn - 1], twl[tn - 1]));
        }
    }
    return k;
}

/* The next synonym of a mythes-fr entry's lines at *q..end, lower-cased
 * into b (*bl bytes, 0 when it does not fit): 1, or 0 when there is none
 * left. A part of speech "(Verbe)", a gloss and several words are
 * skipped. */
static int th_next_syn(const char **q, const char *end, char *b, size_t cap,
                       size_t *bl)
{
    while (*q < end) {
        const char *t = *q;
        while (*q < end && **q != '|' && **q != '\n')
            (*q)++;
        size_t tl = (size_t)(*q - t);
        int sep = *q < end ? **q : '\n';
        *q += *q < end;
        if (tl == 0 || t[0] == '(')
            continue; /* the part of speech */
        if (sep == '\n' && t[tl - 1] == '\r')
            tl--;
        if (memchr(t, ' ', tl) || memchr(t, '(', tl))
            continue; /* several words, or a gloss */
        *bl = rcp__lexicon_lower(t, tl, b, cap);
        return 1;
    }
    return 0;
}

#ifdef RCP_DIGEST_TUNE
static size_t wn_sense_keys(int p, const char *w, size_t n, unsigned senses,
                            char rel, uint64_t *out, size_t cap);
#endif

static size_t concepts(rcp_lang_class lc, const char *w, size_t n,
                       const rcp__lexicon_opts *o, uint64_t *out, size_t cap)
{
    lemmas l;
    l.len = l.n = 0;
    size_t k = 0;
    if (lc == RCP_LC_EN) {
        /* one reading of the word: the lemma and part of speech whose
         * senses WordNet's corpus tagged most ("found" is find, not
         * found; "state" the noun, not the verb) */
        int bp = -1;
        size_t bi = 0;
        long best = 0;
        for (int p = 0; p < WN_POS; p++) {
            lemmas one;
            one.len = one.n = 0;
            morphy(p, w, n, &one);
            for (size_t i = 0; i < one.n; i++) {
                long use = 0;
                uint32_t off[1];
                if (wn_offsets_use(p, one.w[i], one.wl[i], off, 1, &use) &&
                    use > best) {
                    best = use;
                    bp = p;
                    lemma_add(&l, one.w[i], one.wl[i]);
                    for (bi = 0; bi < l.n; bi++)
                        if (l.wl[bi] == one.wl[i] &&
                            memcmp(l.w[bi], one.w[i], one.wl[i]) == 0)
                            break;
                }
            }
        }
        if (bp < 0)
            return 0;
        uint32_t off[64];
        size_t m = wn_offsets(bp, l.w[bi], l.wl[bi], off, RCP_MIN(o->senses, 64));
        for (size_t j = 0; j < m; j++)
            k = push_key(out, k, cap,
                         rcp__mix64(((uint64_t)(bp + 1) << 32) | off[j]));
        k = wn_derived(bp, l.w[bi], l.wl[bi], o->derived, out, k, cap);
#ifdef RCP_DIGEST_TUNE
        /* measured and not kept (docs/digest.md, "English, session
         * 21"): EN_REL_SENSES=N adds the synsets of
         * the first N senses of the word's part of speech when its bit
         * (1 noun, 2 verb, 4 adjective) is in EN_REL_POS (default all),
         * and EN_REL the synsets they point to by each of its symbols */
        const char *rel = getenv("EN_REL"), *rs = getenv("EN_REL_SENSES");
        const char *rp = getenv("EN_REL_POS");
        if (rs && (!rp || (atoi(rp) >> bp & 1))) {
            unsigned sn = (unsigned)atoi(rs);
            k += wn_sense_keys(bp, w, n, sn, 0, out + k, cap - k);
            for (; rel && *rel; rel++)
                k += wn_sense_keys(bp, w, n, sn, *rel, out + k, cap - k);
        }
#endif
        return push_key(out, k, cap, rcp__hash(l.w[bi], l.wl[bi], 0x1e));
    } else {
        fr_lemmas(w, n, &l);
        /* synonyms of the word's own entry when it has one ("gare" is a
         * station, not a form of garer; "inscrit" an adjective of its
         * own), else of its lemmas' */
        size_t s, e;
        int own = th_entry(w, n, &s, &e);
        for (size_t i = 0; i < l.n; i++) {
            if (own && !(l.wl[i] == n && memcmp(l.w[i], w, n) == 0))
                continue;
            if (!th_entry(l.w[i], l.wl[i], &s, &e))
                continue;
            /* "(Verbe)|archiver|stocker|..." lines: the synonyms in order */
            const char *q = L.th_dat.p + s, *end = L.th_dat.p + e;
            char b[128];
            size_t bl;
            for (unsigned taken = 0;
                 taken < o->syns && th_next_syn(&q, end, b, sizeof b, &bl);
                 taken++)
                if (bl && !(bl == l.wl[i] && memcmp(b, l.w[i], bl) == 0))
                    k = push_key(out, k, cap, pair_key(l.w[i], l.wl[i], b, bl));
        }
    }
    /* the lemmas themselves */
    for (size_t i = 0; i < l.n; i++)
        k = push_key(out, k, cap, rcp__hash(l.w[i], l.wl[i], 0x1e));
    if (lc == RCP_LC_FR && o->fr_deverbal) {
        /* the verb a noun is made from: the key of its infinitive */
        char inf[4][128];
        size_t m = fr_deverbal(w, n, inf, 4);
        for (size_t i = 0; i < m; i++)
            k = push_key(out, k, cap, rcp__hash(inf[i], strlen(inf[i]), 0x1e));
    }
    return k;
}

/* The lexicographer file of the data line at byte offset off of data
 * file p, or -1. */
static int wn_file_of(int p, uint32_t off)
{
    const mfile *f = &L.data[p];
    if (!f->p || off >= f->n)
        return -1;
    const char *q = f->p + off, *end = f->p + line_end(f, off);
    while (q < end && *q != ' ')
        q++;
    return q < end ? (int)strtol(q, NULL, 10) : -1;
}

/* The keys (as rcp__lexicon_neighbours writes them) of the first
 * `senses` senses of the lemmas of w[0..n) in part of speech p (morphy),
 * or, with rel (a WordNet pointer symbol of one character), of the
 * synsets of part of speech p those senses point to by it: '@' what they
 * are kinds of (hypernyms; for a noun only those of its own
 * lexicographer file, not of noun.Tops: "ship" is a kind of "vessel",
 * both artifacts; "people" is a group, but "group" says nothing of
 * what), '$' a verb group, '*' what a verb entails, '&' a similar
 * adjective. */
static size_t wn_sense_keys(int p, const char *w, size_t n, unsigned senses,
                            char rel, uint64_t *out, size_t cap)
{
    enum { NOUN_TOPS = 3 };
    size_t k = 0;
    if (!rcp__lexicon_ready(RCP_LC_EN) || n == 0 || n > 100)
        return 0;
    lemmas l;
    l.len = l.n = 0;
    morphy(p, w, n, &l);
    for (size_t i = 0; i < l.n; i++) {
        uint32_t off[8];
        size_t m = wn_offsets(p, l.w[i], l.wl[i], off, RCP_MIN(senses, 8));
        for (size_t j = 0; j < m; j++) {
            if (!rel) {
                k = push_key(out, k, cap,
                             rcp__mix64(((uint64_t)(p + 1) << 32) | off[j]));
                continue;
            }
            const char *sw[1], *q, *e;
            size_t swl[1];
            if (!wn_synset(p, off[j], sw, swl, 1, &q, &e))
                continue;
            int file = p == WN_N ? wn_file_of(p, off[j]) : -1;
            /* " p_cnt" then " sym offset pos source/target" each */
            long np = strtol(q, NULL, 10);
            q++;
            while (q < e && *q != ' ')
                q++;
            for (long x = 0; x < np && q < e; x++) {
                const char *f[4];
                for (int c = 0; c < 4; c++) {
                    q += q < e;
                    f[c] = q;
                    while (q < e && *q != ' ')
                        q++;
                }
                if (f[0][0] != rel || f[1] - f[0] != 2 ||
                    wn_pos_of(*f[2]) != p)
                    continue;
                uint32_t h = (uint32_t)strtoul(f[1], NULL, 10);
                if (p == WN_N && rel == '@' &&
                    (file == NOUN_TOPS || wn_file_of(p, h) != file))
                    continue;
                k = push_key(out, k, cap,
                             rcp__mix64(((uint64_t)(p + 1) << 32) | h));
            }
        }
    }
    return k;
}

/* 1 when a[0..an) and b[0..bn) (at most 100 bytes) are at most two
 * edits apart (Levenshtein: insert, delete, replace a byte). */
static int two_edits(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > 100 || bn > 100 || (an > bn ? an - bn : bn - an) > 2)
        return 0;
    unsigned row[101];
    for (size_t j = 0; j <= bn; j++)
        row[j] = (unsigned)j;
    for (size_t i = 1; i <= an; i++) {
        unsigned diag = row[0], best;
        row[0] = best = (unsigned)i;
        for (size_t j = 1; j <= bn; j++) {
            unsigned up = row[j];
            unsigned v = diag + (rcp__ascii_lower((unsigned char)a[i - 1]) !=
                                 rcp__ascii_lower((unsigned char)b[j - 1]));
            v = RCP_MIN(v, up + 1);
            v = RCP_MIN(v, row[j - 1] + 1);
            row[j] = v;
            diag = up;
            best = RCP_MIN(best, v);
        }
        if (best > 2)
            return 0;
    }
    return row[bn] <= 2;
}

/* Keys of the spellings of English lemma l (part of speech p): the words
 * of its first synset, at most two letters apart from l, that WordNet
 * lists in exactly the synsets l is in, every sense ("apologise" /
 * "apologize", "criticise" / "criticize"): one word written two ways,
 * one lemma. Synonyms ("fired" / "dismissed", each one adjective sense)
 * are not written alike. */
static size_t wn_spellings(int p, const char *l, size_t ln, uint64_t *out,
                           size_t k, size_t cap)
{
    uint32_t off[64], o2[64];
    size_t m = wn_offsets(p, l, ln, off, 64);
    const char *w[64], *q, *e;
    size_t wl[64];
    size_t nw = m ? wn_synset(p, off[0], w, wl, 64, &q, &e) : 0;
    for (size_t i = 0; i < nw; i++) {
        if (wl[i] > 100 || same_ci(w[i], wl[i], l, ln) ||
            !two_edits(w[i], wl[i], l, ln))
            continue;
        char low[101];
        for (size_t c = 0; c < wl[i]; c++)
            low[c] = (char)rcp__ascii_lower((unsigned char)w[i][c]);
        if (wn_offsets(p, low, wl[i], o2, 64) != m)
            continue;
        size_t same = 0;
        for (size_t a = 0; a < m; a++)
            for (size_t b = 0; b < m; b++)
                same += off[a] == o2[b];
        if (same == m)
            k = push_key(out, k, cap, rcp__hash(low, wl[i], 0x1e));
    }
    return k;
}

size_t rcp__lexicon_hypernyms(const char *w, size_t n, unsigned senses,
                              uint64_t *out, size_t cap)
{
    return wn_sense_keys(WN_V, w, n, senses, '@', out, cap);
}

size_t rcp__lexicon_noun_senses(const char *w, size_t n, unsigned senses,
                                int up, uint64_t *out, size_t cap)
{
    return wn_sense_keys(WN_N, w, n, senses, up ? '@' : 0, out, cap);
}

size_t rcp__lexicon_neighbours(rcp_lang_class lc, const char *w, size_t n,
                               unsigned max, uint64_t *out, size_t cap)
{
    lemmas l;
    l.len = l.n = 0;
    size_t k = 0;
    if (!rcp__lexicon_ready(lc) || n == 0 || n > 100)
        return 0;
    if (lc == RCP_LC_EN) {
        for (int p = 0; p < WN_POS; p++) {
            lemmas one;
            one.len = one.n = 0;
            morphy(p, w, n, &one);
            for (size_t i = 0; i < one.n; i++) {
                k = push_key(out, k, cap, rcp__hash(one.w[i], one.wl[i], 0x1e));
                k = wn_spellings(p, one.w[i], one.wl[i], out, k, cap);
                uint32_t off[64];
                size_t m = wn_offsets(p, one.w[i], one.wl[i], off,
                                      RCP_MIN(max, 64));
                for (size_t j = 0; j < m; j++)
                    k = push_key(out, k, cap,
                                 rcp__mix64(((uint64_t)(p + 1) << 32) | off[j]));
            }
        }
        return k;
    }
    deconjugate(w, n, &l);
    /* a noun made from a verb stands for the verb ("fichage": ficher),
     * not for its own synonyms as a noun */
    char inf[4][128];
    size_t m = l.n ? 0 : fr_deverbal(w, n, inf, 4);
    for (size_t i = 0; i < m; i++)
        lemma_add(&l, inf[i], strlen(inf[i]));
    if (!m)
        lemma_add(&l, w, n);
    for (size_t i = 0; i < l.n; i++) {
        k = push_key(out, k, cap, rcp__hash(l.w[i], l.wl[i], 0x1e));
        size_t s, e;
        if (!th_entry(l.w[i], l.wl[i], &s, &e))
            continue;
        const char *q = L.th_dat.p + s, *end = L.th_dat.p + e;
        char b[128];
        size_t bl;
        for (unsigned taken = 0;
             taken < max && th_next_syn(&q, end, b, sizeof b, &bl); taken++)
            if (bl)
                k = push_key(out, k, cap, rcp__hash(b, bl, 0x1e));
    }
    return k;
}

size_t rcp__lexicon_phrasal(const char *w, size_t n, const char *p,
                            size_t pn, char *out, size_t cap)
{
    if (!rcp__lexicon_ready(RCP_LC_EN) || n == 0 || n > 100 || pn == 0 ||
        pn > 100)
        return 0;
    for (size_t i = 0; i < pn; i++)
        if (p[i] < 'a' || p[i] > 'z')
            return 0;
    lemmas l;
    l.len = l.n = 0;
    morphy(WN_V, w, n, &l);
    for (size_t i = 0; i < l.n; i++) {
        size_t m = l.wl[i] + 1 + pn;
        if (m >= cap)
            continue;
        memcpy(out, l.w[i], l.wl[i]);
        out[l.wl[i]] = '_';
        memcpy(out + l.wl[i] + 1, p, pn);
        out[m] = 0;
        if (wn_has(WN_V, out, m))
            return m;
    }
    return 0;
}

size_t rcp__lexicon_sense_words(const char *w, size_t n, uint64_t *out,
                                size_t cap)
{
    uint32_t off[1];
    if (!rcp__lexicon_ready(RCP_LC_EN) || n == 0 || n > 100 ||
        !wn_offsets(WN_V, w, n, off, 1))
        return 0;
    const char *sw[32], *q, *e;
    size_t swl[32], k = 0;
    size_t nw = wn_synset(WN_V, off[0], sw, swl, 32, &q, &e);
    for (size_t i = 0; i < nw; i++) {
        if (swl[i] > 100 || memchr(sw[i], '_', swl[i]))
            continue;
        char low[101];
        for (size_t c = 0; c < swl[i]; c++)
            low[c] = (char)rcp__ascii_lower((unsigned char)sw[i][c]);
        k = push_key(out, k, cap, rcp__hash(low, swl[i], 0x1e));
    }
    return k;
}

size_t rcp__lexicon_concepts(rcp_lang_class lc, const char *w, size_t n,
                             const rcp__lexicon_opts *o, uint64_t *out,
                             size_t cap)
{
    if (!o)
        o = &rcp__lexicon_default;
#ifdef RCP_DIGEST_TUNE
    rcp__lexicon_opts tuned = *o;
    if (getenv("FR_DERIV_OFF"))
        tuned.fr_deverbal = 0, o = &tuned;
#endif
    if (n == 0 || n > 100 || !rcp__lexicon_ready(lc))
        return 0;
    uint64_t h = rcp__hash_in(w, n,
                              ((uint64_t)o->senses << 40) ^
                                  ((uint64_t)o->derived << 50) ^
                                  ((uint64_t)o->fr_deverbal << 60) ^
                                  ((uint64_t)o->syns << 20) ^ (uint64_t)lc);
    uint64_t *c = rcp__map_get(&L.cache, h);
    if (c) {
        size_t start = (size_t)(*c >> 16), cnt = (size_t)(*c & 0xffff);
        cnt = RCP_MIN(cnt, cap);
        memcpy(out, L.keys + start, cnt * sizeof *out);
        return cnt;
    }
    uint64_t tmp[256];
    size_t k = concepts(lc, w, n, o, tmp, RCP_ARRAY_SIZE(tmp));
    /* cache it (up to 4M keys per process: then looked up each time) */
    if (L.nkeys + k < ((size_t)1 << 22) &&
        rcp__grow(&L.keys, &L.keycap, L.nkeys + k + 1, sizeof *L.keys) == 0) {
        uint64_t *v = rcp__map_put(&L.cache, h);
        if (v) {
            memcpy(L.keys + L.nkeys, tmp, k * sizeof *tmp);
            *v = ((uint64_t)L.nkeys << 16) | k;
            L.nkeys += k;
        }
    }
    k = RCP_MIN(k, cap);
    memcpy(out, tmp, k * sizeof *out);
    return k;
}
