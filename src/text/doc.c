/*
 * doc.c - the analysed document: paragraphs, sentences and tokens.
 *
 * How it works: the text is normalised (NFC), cut into paragraphs at line
 * breaks, and each paragraph is tokenized in one pass over its code points:
 *   - a word is a run of letters, marks and digits, with inner hyphens
 *     (Kim Jong-un, Etats-Unis) and inner dots between single letters or
 *     digits (U.S, 3.5, 3,5); an apostrophe splits a French elision off
 *     (l', d', qu', jusqu') and an English 's, and stays inside other
 *     words (O'Brien, aujourd'hui);
 *   - a number is a word that starts with a digit; groups of three digits
 *     joined by a no-break or thin space stay one number (1 000);
 *   - everything else that is not space is a one-character token.
 * Sentences end at . ! ? or … (and any closing quotes or brackets after
 * it) when what follows starts a sentence (a capital, a digit, an opening
 * quote or dash, or the end of the paragraph), unless the full stop ends
 * an abbreviation (M., Mme, Dr., St.) or an initial (J. Smith, J.-M.).
 * Each word is folded (lower case, no accents), flagged as a stopword of
 * the document's language or not, and stemmed. Cost: linear in the text.
 */
#include "text.h"

#include <stdlib.h>

struct rcp_doc_priv_ {
    rcp__arena arena;
    char *text; /* normalised text, rcp__malloc'd */
    size_t cap_toks, cap_sents, cap_paras;
};

/* Abbreviations after which a full stop does not end a sentence (folded). */
static const char *const abbrevs[] = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "drs", "pr", "prof",
    "st", "ste", "mr", "mrs", "ms", "messrs", "jr", "sr", "gen", "gal", "col",
    "lt", "sgt", "capt", "cdt", "gov", "sen", "rep", "rev", "mgr", "me", "av",
    "bd", "vs", "cf", "p", "pp", "no", "nos", "art", "ch", "vol", "fig",
    "env", "dept", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fev",
    "avr", "juil", "sen", "mt", "ft", "est", "approx", "ca", "op", "hon"};
static rcp__map abbrev_map;
static int abbrev_ready;

static int is_abbrev(const char *w, size_t n)
{
    if (!abbrev_ready) {
        for (size_t i = 0; i < RCP_ARRAY_SIZE(abbrevs); i++) {
            uint64_t *v = rcp__map_put(
                &abbrev_map, rcp__hash(abbrevs[i], strlen(abbrevs[i]), 7));
            if (!v)
                return 0;
            *v = 1;
        }
        abbrev_ready = 1;
    }
    return rcp__map_get(&abbrev_map, rcp__hash(w, n, 7)) != NULL;
}

/* French elisions that an apostrophe splits off (folded, without '). */
static int is_elision(const char *w, size_t n)
{
    static const char *const el[] = {"l", "d", "j", "m", "n", "s", "t", "c",
                                     "qu", "jusqu", "lorsqu", "puisqu",
                                     "quoiqu", "presqu", "quelqu"};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(el); i++)
        if (strlen(el[i]) == n && memcmp(el[i], w, n) == 0)
            return 1;
    return 0;
}

static int32_t cp_at(const char *p, size_t n, size_t i, int *len)
{
    int32_t cp;
    int l = rcp__utf8_decode(p + i, n - i, &cp);
    if (len)
        *len = l;
    return cp;
}

typedef struct builder {
    rcp_doc *d;
    struct rcp_doc_priv_ *pv;
    rcp__buf fold;
} builder;

static int push_token(builder *b, uint32_t off, uint32_t len, uint16_t flags)
{
    rcp_doc *d = b->d;
    if (!RCP__PUSH(d->toks, d->ntoks, b->pv->cap_toks))
        return RCP_ENOMEM;
    rcp_token *t = &d->toks[d->ntoks++];
    memset(t, 0, sizeof *t);
    t->off = off;
    t->len = len;
    t->flags = flags;
    return 0;
}

/* Fold, flag and stem the word tokens (after the language is known). */
static int finish_tokens(builder *b)
{
    rcp_doc *d = b->d;
    rcp__arena *a = &b->pv->arena;
    for (size_t i = 0; i < d->ntoks; i++) {
        rcp_token *t = &d->toks[i];
        const char *s = d->text + t->off;
        rcp__buf_reset(&b->fold);
        int rc = rcp__fold(s, t->len, &b->fold);
        if (rc)
            return rc;
        size_t fl = RCP_MIN(b->fold.len, (size_t)UINT16_MAX);
        char *norm = rcp__arena_strndup(a, b->fold.p ? b->fold.p : "", fl);
        if (!norm)
            return RCP_ENOMEM;
        t->norm = norm;
        t->norm_len = (uint16_t)fl;
        t->hnorm = rcp__hash(norm, fl, 0);
        if (t->flags & RCP_TOK_WORD) {
            if (rcp__is_stopword(d->lang, norm, fl))
                t->flags |= RCP_TOK_STOP;
            size_t sl;
            const char *st = rcp__stem(d->lang, norm, fl, a, &sl);
            if (!st)
                return RCP_ENOMEM;
            t->stem = st;
            t->hstem = rcp__hash(st, sl, 0);
        } else {
            t->stem = norm;
            t->hstem = t->hnorm;
        }
    }
    return 0;
}

/* Tokenize text[start, end) (one paragraph). */
static int tokenize(builder *b, size_t start, size_t end)
{
    const char *p = b->d->text;
    size_t i = start;
    while (i < end) {
        int l;
        int32_t cp = cp_at(p, end, i, &l);
        if (rcp__is_space_cp(cp) || cp < 0) {
            i += (size_t)l;
            continue;
        }
        if (!rcp__is_word_cp(cp)) {
            uint16_t f = RCP_TOK_PUNCT;
            if (rcp__is_quote_cp(cp))
                f |= RCP_TOK_QUOTE;
            if (push_token(b, (uint32_t)i, (uint32_t)l, f))
                return RCP_ENOMEM;
            i += (size_t)l;
            continue;
        }
        /* a word or number */
        size_t s = i;
        int digit_start = cp >= '0' && cp <= '9';
        int letters = 0, uppers = 0, cap = rcp__is_upper_cp(cp);
        size_t s_split = 0; /* end of a split-off 's, when there is one */
        for (;;) {
            cp = cp_at(p, end, i, &l);
            if (i < end && rcp__is_word_cp(cp)) {
                if (!(cp >= '0' && cp <= '9') && cp >= 0x41) {
                    letters++;
                    uppers += rcp__is_upper_cp(cp);
                }
                i += (size_t)l;
                continue;
            }
            if (i >= end)
                break;
            /* what may join two word parts */
            int l2;
            size_t j = i + (size_t)l;
            int32_t next = j < end ? cp_at(p, end, j, &l2) : -1;
            int next_word = next >= 0 && rcp__is_word_cp(next);
            int next_digit = next >= '0' && next <= '9';
            if (rcp__is_dash_cp(cp) && next_word) {
                i = j;
                continue;
            }
            if ((cp == '.' || cp == ',') && digit_start && next_digit) {
                i = j; /* 3.5  3,5  1.000 */
                continue;
            }
            if ((cp == 0xA0 || cp == 0x202F || cp == 0x2009) && digit_start &&
                next_digit) {
                /* 1 000: exactly three digits after the space */
                size_t k = j;
                int nd = 0;
                while (k < end && p[k] >= '0' && p[k] <= '9')
                    k++, nd++;
                if (nd == 3) {
                    i = j;
                    continue;
                }
            }
            if (rcp__is_apos_cp(cp) && next_word) {
                rcp__buf_reset(&b->fold);
                if (rcp__fold(p + s, i - s, &b->fold))
                    return RCP_ENOMEM;
                if (is_elision(b->fold.p, b->fold.len)) {
                    i = j; /* token ends after the apostrophe */
                    break;
                }
                /* English 's: split it off as its own token */
                if ((next == 's' || next == 'S') &&
                    (j + 1 >= end ||
                     !rcp__is_word_cp(cp_at(p, end, j + 1, NULL)))) {
                    s_split = j + 1;
                    break;
                }
                i = j;
                continue;
            }
            break;
        }
        uint16_t f = digit_start ? RCP_TOK_NUM : RCP_TOK_WORD;
        if (cap)
            f |= RCP_TOK_CAP;
        if (letters >= 2 && uppers == letters)
            f |= RCP_TOK_UPPER;
        if (push_token(b, (uint32_t)s, (uint32_t)(i - s), f))
            return RCP_ENOMEM;
        if (s_split) {
            if (push_token(b, (uint32_t)i, (uint32_t)(s_split - i),
                           RCP_TOK_WORD))
                return RCP_ENOMEM;
            i = s_split;
        }
    }
    return 0;
}

static int is_closer(const char *p, const rcp_token *t)
{
    if (t->len > 4)
        return 0;
    int32_t cp;
    rcp__utf8_decode(p + t->off, t->len, &cp);
    return cp == ')' || cp == ']' || cp == 0xBB || cp == 0x201D ||
           cp == '"' || cp == '\'' || cp == 0x2019 || cp == 0x203A;
}

static int is_terminator(const char *p, const rcp_token *t)
{
    if (!(t->flags & RCP_TOK_PUNCT))
        return 0;
    int32_t cp;
    rcp__utf8_decode(p + t->off, t->len, &cp);
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* Can token t start a sentence? */
static int starts_sentence(const char *p, const rcp_token *t)
{
    if (t->flags & (RCP_TOK_CAP | RCP_TOK_NUM | RCP_TOK_QUOTE))
        return 1;
    int32_t cp;
    rcp__utf8_decode(p + t->off, t->len, &cp);
    return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '(' ||
           cp == '[' || cp == 0xBF || cp == 0xA1 || cp == 0x2018;
}

/* Does the full stop at toks[k] end an abbreviation or initial? */
static int dot_is_abbrev(builder *b, size_t first, size_t k)
{
    rcp_doc *d = b->d;
    if (k == first)
        return 0;
    const rcp_token *w = &d->toks[k - 1];
    if (!(w->flags & RCP_TOK_WORD) || w->off + w->len != d->toks[k].off)
        return 0;
    rcp__buf_reset(&b->fold);
    if (rcp__fold(d->text + w->off, w->len, &b->fold))
        return 0;
    const char *f = b->fold.p;
    size_t n = b->fold.len;
    /* J.-M. : the folded word is "j.-m" or the like; single letters */
    int letters = 0;
    for (size_t i = 0; i < n; i++)
        letters += f[i] != '.' && f[i] != '-';
    if ((w->flags & RCP_TOK_CAP) && letters <= 1)
        return 1;
    if (n >= 3 && f[n - 2] == '-' && (w->flags & RCP_TOK_CAP))
        return 1; /* Jean-P. */
    return is_abbrev(f, n);
}

/* Split the tokens of one paragraph [t0, t1) into sentences. */
static int split_sentences(builder *b, size_t t0, size_t t1, uint32_t para)
{
    rcp_doc *d = b->d;
    const char *p = d->text;
    size_t s = t0;
    for (size_t k = t0; k < t1; k++) {
        if (!is_terminator(p, &d->toks[k]))
            continue;
        size_t e = k + 1; /* one past the sentence's last token */
        while (e < t1 && (is_terminator(p, &d->toks[e]) ||
                          is_closer(p, &d->toks[e])))
            e++;
        if (e < t1) {
            if (!starts_sentence(p, &d->toks[e]))
                continue;
            int32_t cp;
            rcp__utf8_decode(p + d->toks[k].off, d->toks[k].len, &cp);
            if (cp == '.' && e == k + 1 && dot_is_abbrev(b, s, k))
                continue;
        }
        if (!RCP__PUSH(d->sents, d->nsents, b->pv->cap_sents))
            return RCP_ENOMEM;
        rcp_sentence *st = &d->sents[d->nsents++];
        st->tok = (uint32_t)s;
        st->ntok = (uint32_t)(e - s);
        st->para = para;
        s = e;
        k = e - 1;
    }
    if (s < t1) {
        if (!RCP__PUSH(d->sents, d->nsents, b->pv->cap_sents))
            return RCP_ENOMEM;
        rcp_sentence *st = &d->sents[d->nsents++];
        st->tok = (uint32_t)s;
        st->ntok = (uint32_t)(t1 - s);
        st->para = para;
    }
    return 0;
}

static int analyze(builder *b, const char *lang)
{
    rcp_doc *d = b->d;
    int rc;
    size_t i = 0;
    while (i < d->len) {
        size_t e = i;
        while (e < d->len && d->text[e] != '\n')
            e++;
        if (e > i) {
            size_t t0 = d->ntoks, s0 = d->nsents;
            if ((rc = tokenize(b, i, e)))
                return rc;
            if (d->ntoks > t0) {
                uint32_t para = (uint32_t)d->nparas;
                if (!RCP__PUSH(d->paras, d->nparas, b->pv->cap_paras))
                    return RCP_ENOMEM;
                rcp_paragraph *pg = &d->paras[d->nparas++];
                pg->off = (uint32_t)i;
                pg->len = (uint32_t)(e - i);
                if ((rc = split_sentences(b, t0, d->ntoks, para)))
                    return rc;
                pg->sent = (uint32_t)s0;
                pg->nsent = (uint32_t)(d->nsents - s0);
            }
        }
        i = e + 1;
    }
    /* sentence extents and token back-references */
    for (size_t k = 0; k < d->nsents; k++) {
        rcp_sentence *st = &d->sents[k];
        const rcp_token *first = &d->toks[st->tok];
        const rcp_token *last = &d->toks[st->tok + st->ntok - 1];
        st->off = first->off;
        st->len = last->off + last->len - first->off;
        for (uint32_t t = st->tok; t < st->tok + st->ntok; t++)
            d->toks[t].sent = (uint32_t)k;
        for (uint32_t t = st->tok; t < st->tok + st->ntok; t++)
            if (d->toks[t].flags & (RCP_TOK_WORD | RCP_TOK_NUM)) {
                d->toks[t].flags |= RCP_TOK_SSTART;
                break;
            }
    }
    if (lang && lang[0]) {
        size_t n = 0;
        while (n < 3 && lang[n] && lang[n] != '-' && lang[n] != '_') {
            d->lang[n] = (char)rcp__ascii_lower((unsigned char)lang[n]);
            n++;
        }
        d->lang[n] = 0;
    } else {
        strcpy(d->lang, rcp_lang_detect(d->text, d->len));
    }
    return finish_tokens(b);
}

rcp_doc *rcp_doc_new(const char *text, size_t len, const char *lang)
{
    rcp_doc *d = rcp__calloc(1, sizeof *d + sizeof(struct rcp_doc_priv_));
    if (!d)
        return NULL;
    struct rcp_doc_priv_ *pv = (struct rcp_doc_priv_ *)(d + 1);
    d->priv_ = pv;
    rcp__arena_init(&pv->arena);
    rcp__buf t;
    rcp__buf_init(&t, UINT32_MAX - 1); /* offsets are 32-bit */
    builder b = {d, pv, {0}};
    rcp__buf_init(&b.fold, 0);
    int rc;
    size_t bad;
    if (!rcp__utf8_valid(text, len, &bad)) {
        /* the readers reject invalid UTF-8; here keep the valid prefix */
        len = bad;
    }
    if ((rc = rcp__text_normalize(text, len, &t)) ||
        (rc = rcp__buf_reserve(&t, 0)))
        goto cleanup;
    pv->text = rcp__buf_detach(&t, &d->len);
    d->text = pv->text;
    rc = analyze(&b, lang);
cleanup:
    rcp__buf_release(&t);
    rcp__buf_release(&b.fold);
    if (rc) {
        rcp_doc_free(d);
        return NULL;
    }
    return d;
}

rcp_doc *rcp_doc_from_article(const rcp_article *a)
{
    rcp_doc *d = rcp_doc_new(a->text ? a->text : "", a->text_len, a->lang);
    if (d)
        d->article = a;
    return d;
}

void rcp_doc_free(rcp_doc *d)
{
    if (!d)
        return;
    rcp__arena_release(&d->priv_->arena);
    rcp__free(d->priv_->text);
    rcp__free(d->toks);
    rcp__free(d->sents);
    rcp__free(d->paras);
    rcp__free(d);
}
