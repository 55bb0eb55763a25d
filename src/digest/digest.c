/*
 * digest.c - one consolidated account of a story: rcp_digest_new cuts the
 * docs into sentence units with their content terms, groups the units
 * that state the same thing into facts (digest_align.c), chooses the
 * summary (digest_summary.c), and gathers what each article adds alone,
 * the quotes, entities, dates and disagreements. The writers are in
 * digest_write.c and digest_html.c.
 *
 * Every statement the digest holds is a (doc, offset, length) range of a
 * doc's text, so whatever is written is verbatim by construction.
 */
#include "analysis/clauses.h"
#include "analysis/claims.h"
#include "digest/digest.h"
#include "text/text.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- small helpers ---- */

#ifdef RCP_DIGEST_TUNE
#define DTUNE(name, def) (getenv(#name) && *getenv(#name) ? atof(getenv(#name)) : (def))
#else
#define DTUNE(name, def) (def)
#endif

static int is_ws(int32_t c)
{ /* Unicode White_Space, as the ROUGE tokenizer counts words */
    return c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

uint32_t rcp__count_words(const char *p, size_t n)
{
    uint32_t w = 0;
    int in = 0;
    size_t i = 0;
    while (i < n) {
        int32_t c = (unsigned char)p[i];
        if (c < 0x80) /* ASCII without the decoder's call */
            i++;
        else
            i += (size_t)rcp__utf8_decode(p + i, n - i, &c);
        if (is_ws(c))
            in = 0;
        else if (!in)
            in = 1, w++;
    }
    return w;
}

uint32_t *rcp__digest_docset(rcp_digest *g, const uint32_t *docs, size_t n,
                             uint32_t *count)
{
    uint32_t *s = rcp__arena_alloc(&g->arena, (n ? n : 1) * sizeof *s);
    if (!s)
        return NULL;
    memcpy(s, docs, n * sizeof *s);
    rcp__sort_u32(s, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || s[k - 1] != s[i])
            s[k++] = s[i];
    *count = (uint32_t)k;
    return s;
}

/* Distinct outlets among docs: outlet[d] numbers the doc's source (the
 * first doc with that source), stamp[] marks those seen by this call
 * (gen, one more each call). Linear in n. */
static uint32_t count_outlets(const uint32_t *outlet, uint32_t *stamp,
                              uint32_t *gen, const uint32_t *docs, uint32_t n)
{
    uint32_t c = 0;
    ++*gen;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t o = outlet[docs[i]];
        if (stamp[o] != *gen)
            stamp[o] = *gen, c++;
    }
    return c;
}

static int32_t first_cp(const char *p, size_t n)
{
    int32_t c = -1;
    if (n)
        rcp__utf8_decode(p, n, &c);
    return c;
}

static int is_open_quote(int32_t c)
{
    return c == 0xAB || c == 0x201C || c == 0x201E || c == 0x2039;
}
static int is_close_quote(int32_t c)
{
    return c == 0xBB || c == 0x201D || c == 0x203A;
}

/* ---- units: the sentences and their content terms ---- */

#ifndef TOPIC_WEIGHT
#define TOPIC_WEIGHT 1.0f
#endif

/* An exclamation with this many content terms states what it says
 * (values read); shorter ones are calls to the reader ("Subscribe
 * now!", "Share this story!"). */
#ifndef EXCLAIM_CONTENT
#define EXCLAIM_CONTENT 8
#endif

/* How sentence s ends: its terminator ('.', '!', '?' or an ellipsis),
 * possibly followed by closing quotes or brackets, and its token in *at
 * (when at is not NULL); 0 when it has none (a heading, a caption). */
static int32_t end_mark(const rcp_doc *d, const rcp_sentence *s, uint32_t *at)
{
    for (uint32_t t = s->tok + s->ntok; t > s->tok; t--) {
        const rcp_token *k = &d->toks[t - 1];
        int32_t c = rcp__tok_quote_cp(d, k);
        if (!c)
            c = first_cp(d->text + k->off, k->len);
        if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
            if (at)
                *at = t - 1;
            return c;
        }
        if (!(k->flags & RCP_TOK_PUNCT) || !(is_close_quote(c) || c == '"' ||
                                             c == ')' || c == ']' || c == '\''))
            return 0;
    }
    return 0;
}

/* Flags of sentence s of doc d (see RCP__U_* in digest.h). */
static uint32_t unit_flags(const rcp_doc *d, const rcp_sentence *s,
                           uint32_t words, uint32_t content)
{
    uint32_t f = 0;
    const char *p = d->text;
    if (words < 6)
        f |= RCP__U_SHORT;
    if (words > 60)
        f |= RCP__U_LONG;
    int opens = 0, closes = 0, straight = 0, lower_start = 0;
    for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
        const rcp_token *k = &d->toks[t];
        if (t == s->tok && (k->flags & RCP_TOK_WORD) &&
            !(k->flags & RCP_TOK_CAP))
            lower_start = 1;
        if (!(k->flags & RCP_TOK_PUNCT))
            continue;
        /* `` and '' of wire copy count as the marks they stand for */
        int32_t c = rcp__tok_quote_cp(d, k);
        if (!c)
            c = first_cp(p + k->off, k->len);
        opens += is_open_quote(c);
        closes += is_close_quote(c);
        straight += c == '"';
    }
    /* how it ends: a terminator, possibly followed by closers */
    uint32_t at = 0;
    int32_t c = end_mark(d, s, &at);
    int end = c != 0, question = c == '?';
    int excl = c == '!' && at + 1 == s->tok + s->ntok; /* not quoted */
    if (question)
        f |= RCP__U_QUESTION;
    if (opens != closes || (straight & 1))
        f |= RCP__U_FRAGMENT;
    /* an exclamation outside quotes is a call to the reader (subscribe,
     * share), not a statement of the story */
    if (!end || excl || lower_start || content < 3)
        f |= RCP__U_NOISE;
    if (end && !excl && !lower_start && content < 3)
        f |= RCP__U_TERSE; /* a whole statement, only short */
    if (excl && !lower_start && content >= EXCLAIM_CONTENT)
        f |= RCP__U_EXCLAIM;
    /* links, addresses, photo credits */
    for (uint32_t i = s->off; i + 3 < s->off + s->len; i++)
        if (p[i] == '@' || !memcmp(p + i, "http", 4) ||
            !memcmp(p + i, "www.", 4)) {
            f |= RCP__U_NOISE;
            f &= ~(uint32_t)RCP__U_TERSE;
            break;
        }
    return f;
}

static int is_content(const rcp_token *k)
{
    if (k->flags & RCP_TOK_NUM)
        return 1;
    return (k->flags & RCP_TOK_WORD) && !(k->flags & RCP_TOK_STOP) &&
           k->norm_len >= 2;
}

/* What the bracket opening at token t (before token end) holds: 1 for
 * an aside, whose words do not make the statement (an acronym spelt out,
 * a caption's "(left)"); 0 when it gives a figure of the claim
 * ("(12 Somali and 11 Yemeni)"), read as the rest of the sentence. */
static int aside(const rcp_doc *d, uint32_t t, uint32_t end)
{
#ifdef RCP_DIGEST_TUNE
    const char *e = getenv("PAREN_KEEP");
    int mode = e ? atoi(e) : 1;
#else
    int mode = 1;
#endif
    if (mode == 0)
        return 1;
    if (mode == 2)
        return 0;
    int depth = 0, nums = 0, words = 0;
    for (uint32_t k = t; k < end; k++) {
        const rcp_token *x = &d->toks[k];
        if ((x->flags & RCP_TOK_PUNCT) && x->len == 1) {
            char c = d->text[x->off];
            depth += c == '(' || c == '[';
            if ((c == ')' || c == ']') && --depth == 0)
                break;
        }
        double num;
        if (rcp__token_number(d, k, &num))
            nums++;
        else if (is_content(x))
            words++;
    }
    /* a figure with its noun; not a note's number alone ("Romero (1)")
     * nor a year ("(2008)") */
    return !(nums && words);
}

/* The kinds of values the aligner compares (values.h): figures with their
 * noun, day-months, weekdays with their part of the day and times of day
 * (a sentence that gives the claim another day or hour, "diffusées lundi
 * soir" / "diffusé mardi soir", "struck at 5:11 p.m." / "struck at 6:40
 * p.m.", is a disagreement, never support). */
#define ALIGN_VALUES                                                           \
    (RCP__VAL_FIGURE | RCP__VAL_MDAY |                                         \
     (DTUNE(WDAY_CLASH, 1) ? RCP__VAL_WDAY : 0) |                              \
     (DTUNE(TIME_CLASH, 1) ? RCP__VAL_TIME : 0))

/* Value v of a sentence of tokens [t0, t1) (role, inaside: what each
 * token is to its main claim) is one the aligner compares: a weekday or a
 * time of day only in the main clause, where it dates the claim, not in a clause of
 * another event ("qui s'était vu refuser lundi une aide à mourir") nor
 * in the attribution ("a-t-on appris mercredi"). */
static int aligned(const rcp__value *v, const uint8_t *role,
                   const uint8_t *inaside, uint32_t t0, uint32_t t1)
{
    if (!(v->kind & ALIGN_VALUES) || v->part)
        return 0;
    uint32_t t = v->first;
    return !(v->kind & (RCP__VAL_WDAY | RCP__VAL_TIME)) ||
           (t >= t0 && t < t1 &&
            (role[t - t0] & (RCP__ROLE_MAIN | RCP__ROLE_ATTR)) ==
                RCP__ROLE_MAIN &&
            !inaside[t - t0]);
}

int rcp__digest_values_clash_in(const rcp__dunit *a, uint32_t ma,
                                 const rcp__dunit *b, uint32_t mb)
{
    if (!(a->smask & b->smask))
        return 0;
    for (uint32_t i = 0; i < a->nvals; i++) {
        if (!(a->vmask[i] & ma))
            continue;
        int same_what = 0, same_value = 0;
        for (uint32_t j = 0; j < b->nvals; j++)
            if ((b->vmask[j] & mb) && a->vals[i].slot == b->vals[j].slot) {
                same_what = 1;
                /* any value of a's for that thing will do */
                for (uint32_t k = 0; k < a->nvals && !same_value; k++)
                    same_value = (a->vmask[k] & ma) &&
                                 a->vals[k].slot == a->vals[i].slot &&
                                 rcp__values_meet(&a->vals[k], &b->vals[j]);
            }
        if (same_what && !same_value)
            return 1;
    }
    return 0;
}

int rcp__digest_values_clash(const rcp__dunit *a, const rcp__dunit *b)
{
    return rcp__digest_values_clash_in(a, ~0u, b, ~0u);
}

/*
 * The claims of a unit's clauses (rcp__dclaim): for each chunk [starts[c],
 * starts[c+1]) of tokens [t0, t1) of d that holds a predicate surely used
 * as a verb (kind, analysis/claims.h) after a content word or a negative
 * subject (its actor in words: not a pronoun alone, which may stand for
 * anyone), the hash of its words (folded stems, punctuation left out)
 * from its first word that is no clause opener ("but no one was injured"
 * is "no one was injured"), a perfect tense's auxiliary left out, through
 * that verb and the first CLAIM_AFTER content words after it, or the
 * whole clause when it ends before them; at least CLAIM_WORDS words, and
 * more for a whole clause. Two clauses of different articles with one key
 * open on the same actor, predicate and what is said, in the same words
 * ("Lindsay Lohan has checked into the Betty Ford", "No one was
 * injured").
 */
#define CLAIM_WORDS 3
#define CLAIM_AFTER 2

/* The auxiliary of a perfect tense: "has checked" and "checked" (or "a
 * démissionné" and "démissionne") state one claim; the key leaves it
 * out (not "will", "would", "was": a forecast, a conditional or a
 * passive is another claim). */
static const char *const perfect_aux[] = {"has", "have", "had",    "a",
                                          "ont", "avait", "avaient", NULL};

/* A negative subject names its actor: nobody ("No one was hurt",
 * "Personne n'a été blessé"), unlike a pronoun that may be anyone. */
static const char *const negative_subject[] = {
    "no", "no-one", "nobody", "none", "nothing", "personne", "aucun",
    "aucune", "rien", NULL};

int rcp__digest_negative_subject(const rcp_token *k)
{
    return rcp__tok_listed(negative_subject, k);
}

/* The lemma keys (rcp__claim_lemmas) of token t of d, each with use in
 * the low bits, appended to out[*n..cap). */
static void push_lemmas(const rcp_doc *d, uint32_t t, uint64_t use,
                        uint64_t *out, size_t *n, size_t cap)
{
    const uint64_t *k;
    size_t nk = rcp__claim_lemmas(d, &d->toks[t], &k);
    for (size_t x = 0; x < nk && *n < cap; x++)
        out[(*n)++] = (k[x] & ~((1ull << RCP__PK_BITS) - 1)) | use;
}

/* Sorts keys[0..n) and keeps each key once, its use bits OR-ed; copies
 * them to the arena at *out. How many; RCP_ENOMEM sets *out NULL. */
static uint32_t keep_keys(rcp_digest *g, uint64_t *keys, size_t n,
                          uint64_t **out)
{
    uint32_t m = 0;
    if (n > 1)
        rcp__sort_u64(keys, n);
    for (size_t x = 0; x < n; x++)
        if (m && keys[m - 1] >> RCP__PK_BITS == keys[x] >> RCP__PK_BITS)
            keys[m - 1] |= keys[x];
        else
            keys[m++] = keys[x];
    *out = rcp__arena_alloc(&g->arena, (m ? m : 1) * sizeof *keys);
    if (*out && m) /* keys is NULL when there are none */
        memcpy(*out, keys, m * sizeof *keys);
    return m;
}

/* u's ckeys and vkeys (tokens [t0, t1) of d, of kind pkind, role
 * rcp__clause_main's, aside rcp__clause_asides'): the lemmas of its
 * claims' verbs (mtok, mverb2), and of the verbs of its main claim and
 * the claims coordinated with it (not its attribution nor its asides)
 * with their use, denied after a negative subject, a negative word
 * before the first verb of its chunk ("no suspects have been taken";
 * not "we have no idea what caused it"). 0 or RCP_ENOMEM. */
static int claim_keys(rcp_digest *g, const rcp_doc *d, rcp__dunit *u,
                      uint32_t t0, uint32_t t1, const uint8_t *pkind,
                      const uint8_t *role, const uint8_t *aside)
{
    uint64_t tmp[256];
    size_t n = 0;
    if (u->mtok != UINT32_MAX && (u->muse & RCP__PK_VERB))
        push_lemmas(d, u->mtok, 0, tmp, &n, RCP_ARRAY_SIZE(tmp));
    if (u->mverb2 != UINT32_MAX && (u->muse2 & RCP__PK_VERB))
        push_lemmas(d, u->mverb2, 0, tmp, &n, RCP_ARRAY_SIZE(tmp));
    u->nckeys = keep_keys(g, tmp, n, &u->ckeys);
    n = 0;
    int nsub = 0, verb = 0;
    for (uint32_t t = t0, c = 0; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        for (; c + 1 < u->nchunks && t >= u->starts[c + 1]; c++)
            nsub = verb = 0; /* a new chunk */
        nsub |= !verb && rcp__digest_negative_subject(k);
        int v = (pkind[t - t0] & RCP__CLAIM_VERB) != 0;
        verb |= v || rcp__aux_word(d, k);
        if (!v || aside[t - t0] || (role[t - t0] & RCP__ROLE_ATTR) ||
            !(role[t - t0] & (RCP__ROLE_MAIN | RCP__ROLE_MORE)))
            continue;
        uint64_t use = rcp__claim_use(pkind[t - t0]);
        if (nsub)
            use = (use & ~(uint64_t)RCP__PK_AFF) | RCP__PK_NEG;
        push_lemmas(d, t, use, tmp, &n, RCP_ARRAY_SIZE(tmp));
    }
    u->nvkeys = keep_keys(g, tmp, n, &u->vkeys);
    const uint64_t p = RCP__PK_NEG | RCP__PK_AFF;
    u->denies = 0;
    for (uint32_t i = 0; u->vkeys && i < u->nvkeys && !u->denies; i++)
        u->denies = (u->vkeys[i] & p) == RCP__PK_NEG;
    return u->ckeys && u->vkeys ? 0 : RCP_ENOMEM;
}

static int clause_claims(rcp_digest *g, const rcp_doc *d, uint32_t t0,
                         uint32_t t1, const uint32_t *starts, uint32_t n,
                         const uint8_t *kind, rcp__dunit *u)
{
    rcp__dclaim tmp[RCP__MAX_CHUNKS];
    uint32_t m = 0;
    for (uint32_t c = 0; c < n; c++) {
        uint32_t a = starts[c], b = c + 1 < n ? starts[c + 1] : t1;
        while (a < b && ((d->toks[a].flags & RCP_TOK_PUNCT) ||
                         rcp__tok_opener(d, &d->toks[a])))
            a++;
        uint64_t h = 0x636c61696dULL;
        uint32_t words = 0, total = 0, npre = 0, after = 0;
        int verb = 0, done = 0, actor = 0;
        rcp__dclaim x = {0};
        for (uint32_t t = a; t < b; t++) {
            const rcp_token *k = &d->toks[t];
            if (!(k->flags & (RCP_TOK_WORD | RCP_TOK_NUM)))
                continue;
            total++;
            if (done || rcp__tok_listed(perfect_aux, k))
                continue;
            h = rcp__mix64(h ^ k->hstem);
            words++;
            if (verb && words >= CLAIM_WORDS && is_content(k) &&
                ++after == CLAIM_AFTER) {
                x.key = h, done = 1; /* what is said, in its first words */
                continue;
            }
            if (!verb && (kind[t - t0] & RCP__CLAIM_SURE))
                verb = 1;
            actor |= !verb &&
                     (is_content(k) || rcp__tok_listed(negative_subject, k));
            if (verb && words >= CLAIM_WORDS && npre < 3 && !after)
                x.pre[npre++] = h;
        }
        if (!verb || !actor || words < CLAIM_WORDS)
            continue;
        if (!done && words <= CLAIM_WORDS)
            continue; /* "le suicide assisté": a noun and its participle */
        if (!done) { /* the clause ends first: its last opening is it */
            x.key = h, x.whole = 1;
            if (npre && x.pre[npre - 1] == h)
                x.pre[--npre] = 0;
        }
        x.words = (uint16_t)RCP_MIN(total, 65535u);
        x.first = m == 0;
        x.chunk = (uint8_t)c;
        tmp[m++] = x;
    }
    u->nclaims = m;
    u->claims = rcp__arena_alloc(&g->arena, (m ? m : 1) * sizeof *tmp);
    if (!u->claims)
        return RCP_ENOMEM;
    memcpy(u->claims, tmp, m * sizeof *tmp);
    return 0;
}

/* The noun phrases unit u of d counts (rcp__dunit.phr): its exact
 * counts of two or more, its other figures, and what it counts as one
 * with an indefinite article, none when it has no such article. */
static int count_phrases(rcp_digest *g, const rcp_doc *d, rcp__dunit *u)
{
    uint64_t art[16], cnt[16], fig[16];
    uint32_t na = rcp__values_article_phrases(d, u->tok, u->tok + u->ntok,
                                              art, RCP_ARRAY_SIZE(art)),
             nc = 0, nf = 0;
    for (uint32_t i = 0; i < u->nvals; i++) {
        const rcp__value *x = &u->vals[i];
        uint64_t h = rcp__values_phrase(d, x);
        if (!h)
            continue;
        if (!x->dim && x->lo == x->hi && x->v >= 2 &&
            x->v == (double)(uint64_t)x->v && nc < RCP_ARRAY_SIZE(cnt))
            cnt[nc++] = h;
        else if (nf < RCP_ARRAY_SIZE(fig))
            fig[nf++] = h;
    }
    if (!na && !nc)
        return 0;
    u->phr = rcp__arena_alloc(&g->arena, (na + nc + nf) * sizeof *u->phr);
    if (!u->phr)
        return RCP_ENOMEM;
    memcpy(u->phr, cnt, nc * sizeof *cnt);
    memcpy(u->phr + nc, fig, nf * sizeof *fig);
    memcpy(u->phr + nc + nf, art, na * sizeof *art);
    u->ncounts = (uint8_t)nc;
    u->nfigs = (uint8_t)nf;
    u->narts = (uint8_t)na;
    return 0;
}

/* Keep the chunks and the predicate kinds build_units read of unit u
 * (rcp__dunit_kinds), one block in the arena. */
static int keep_kinds(rcp_digest *g, rcp__dunit *u, const uint32_t *starts,
                      const uint8_t *pkind)
{
    size_t ns = u->nchunks * sizeof *starts;
    u->starts = rcp__arena_alloc(&g->arena, ns + u->ntok + 1);
    if (!u->starts)
        return RCP_ENOMEM;
    memcpy(u->starts, starts, ns);
    memcpy((uint8_t *)u->starts + ns, pkind, u->ntok);
    return 0;
}

static int build_units(rcp_digest *g)
{
    size_t total = 0, maxtok = 0;
    for (size_t i = 0; i < g->ndocs; i++) {
        const rcp_doc *d = g->docs[i];
        for (size_t s = 0; s < d->nsents; s++) {
            const rcp_sentence *st = &d->sents[s];
            maxtok = RCP_MAX(maxtok, st->ntok);
            for (uint32_t t = st->tok; t < st->tok + st->ntok;
                 t = rcp__doc_statement_end(d, t, st->tok + st->ntok))
                total++;
        }
    }
    g->units =
        rcp__arena_zalloc(&g->arena, (total ? total : 1) * sizeof *g->units);
    uint64_t *tkey = rcp__malloc((maxtok ? maxtok : 1) * sizeof *tkey);
    uint32_t *tpos = rcp__malloc((maxtok ? maxtok : 1) * sizeof *tpos);
    uint8_t *pkind = rcp__malloc(maxtok ? maxtok : 1);
    uint8_t *inaside = rcp__malloc(maxtok ? maxtok : 1);
    uint8_t *tside = rcp__malloc(maxtok ? maxtok : 1);
    uint8_t *role = rcp__malloc(maxtok ? maxtok : 1);
    uint8_t *trole = rcp__malloc(maxtok ? maxtok : 1);
    uint32_t *tterm = rcp__malloc((maxtok ? maxtok : 1) * sizeof *tterm);
    uint32_t *mterms = rcp__malloc((maxtok ? maxtok : 1) * sizeof *mterms);
    uint64_t *pkey = NULL; /* a statement's predicate keys */
    size_t npkey = 0, pkeycap = 0;
    rcp__values vals = {0};
    rcp__map vocab, seen;
    rcp__map_init(&vocab);
    rcp__map_init(&seen);
    rcp__dlex lex;
    rcp__dlex_init(&lex);
    uint32_t *sf = NULL;
    uint8_t *isnum = NULL;
    size_t sfcap = 0, isnumcap = 0, thashcap = 0;
    uint64_t *thash = NULL; /* per term: its key (rcp_digest.thash) */
    int rc = RCP_ENOMEM;
    if (!g->units || !tkey || !tpos || !pkind || !inaside || !tside ||
        !mterms || !role || !trole || !tterm)
        goto cleanup;
    for (size_t i = 0; i < g->ndocs; i++) {
        const rcp_doc *d = g->docs[i];
        uint32_t pos = 0;
        rcp__map_release(&seen);
        rcp__map_init(&seen);
        for (size_t s = 0; s < d->nsents; s++)
            for (uint32_t t0 = d->sents[s].tok, tend = t0 + d->sents[s].ntok,
                          t1 = rcp__doc_statement_end(d, t0, tend);
                 t0 < tend; t0 = t1, t1 = rcp__doc_statement_end(d, t0, tend)) {
                /* one statement: tokens [t0, t1) of sentence s */
                const rcp_token *first = &d->toks[t0], *last = &d->toks[t1 - 1];
                rcp_sentence one = d->sents[s], *st = &one;
                one.tok = t0;
                one.ntok = t1 - t0;
                one.off = first->off;
                one.len = last->off + last->len - first->off;
                rcp__dunit *u = &g->units[g->nunits];
                u->doc = (uint32_t)i;
                u->sent = (uint32_t)s;
                u->tok = t0;
                u->ntok = t1 - t0;
                u->off = st->off;
                u->len = st->len;
                u->negterm = 0;
                int negated = 0; /* a negation before the next term */
                u->fact = -1;
                u->words = rcp__count_words(d->text + st->off, st->len);
                uint32_t n = 0;
                uint64_t h = 0x9e3779b97f4a7c15ULL;
                int paren = 0;
                uint32_t starts[RCP__MAX_CHUNKS], chunk = 0;
                u->nchunks = rcp__clause_starts(d, t0, t1, starts);
                /* the predicates of its claims (analysis/claims.h) */
                rcp__claim_predicates(d, t0, t1, pkind);
                if (keep_kinds(g, u, starts, pkind))
                    goto cleanup;
                /* and the words that describe a name, not the claim */
                uint32_t nside = rcp__clause_asides(d, t0, t1, pkind, inaside);
                /* its main clause, its actor and who says it: the
                 * attribution is no part of the claim, an aside too */
                u->mverb = rcp__clause_main(d, t0, t1, starts, u->nchunks,
                                            pkind, inaside, role);
                /* no verb at all: a heading, a caption, a list item
                 * (RCP__U_VERBLESS) */
                int verbless = u->mverb == UINT32_MAX &&
                               !rcp__clause_has_verb(d, t0, t1, pkind);
                if (u->mverb != UINT32_MAX &&
                    !(pkind[u->mverb - t0] & RCP__CLAIM_VERB))
                    u->mverb = UINT32_MAX; /* an auxiliary alone: "was" */
                u->mverb2 = UINT32_MAX;
                for (uint32_t t = t0; t < t1 && u->mverb2 == UINT32_MAX; t++)
                    if ((role[t - t0] & RCP__ROLE_MORE) &&
                        (pkind[t - t0] & RCP__CLAIM_VERB))
                        u->mverb2 = t;
                u->mpart = UINT32_MAX;
                for (uint32_t t = t0; t < t1 && u->mpart == UINT32_MAX; t++)
                    if ((role[t - t0] & RCP__ROLE_PART) &&
                        (pkind[t - t0] & RCP__CLAIM_VERB))
                        u->mpart = t;
                /* the verb the claim tests read (digest_facts.c,
                 * main_verb): mverb when surely a verb, else the first
                 * verb surely one that does not say who says it */
                u->mtok = u->mverb != UINT32_MAX &&
                                  (pkind[u->mverb - t0] & RCP__CLAIM_SURE)
                              ? u->mverb
                              : UINT32_MAX;
                for (uint32_t t = t0; t < t1 && u->mtok == UINT32_MAX; t++)
                    if ((pkind[t - t0] & (RCP__CLAIM_VERB | RCP__CLAIM_SURE)) ==
                            (RCP__CLAIM_VERB | RCP__CLAIM_SURE) &&
                        !(role[t - t0] & RCP__ROLE_ATTR) &&
                        !rcp__saying_word(&d->toks[t]))
                        u->mtok = t;
                if (u->mtok != UINT32_MAX)
                    u->muse = rcp__claim_use(pkind[u->mtok - t0]);
                if (u->mverb2 != UINT32_MAX)
                    u->muse2 = rcp__claim_use(pkind[u->mverb2 - t0]);
                if (claim_keys(g, d, u, t0, t1, pkind, role, inaside))
                    goto cleanup;
                if (DTUNE(ATTR_ASIDE, 1))
                    for (uint32_t t = t0; t < t1; t++)
                        if ((role[t - t0] & RCP__ROLE_ATTR) && !inaside[t - t0] &&
                            (DTUNE(ATTR_FRAME, 0) || !rcp__saying_word(&d->toks[t])))
                            inaside[t - t0] = 1, nside++;
                for (uint32_t t = st->tok; t < st->tok + st->ntok; t++) {
                    const rcp_token *k = &d->toks[t];
                    while (chunk + 1 < u->nchunks && t >= starts[chunk + 1])
                        chunk++;
                    if (!(k->flags & RCP_TOK_PUNCT))
                        h = rcp__mix64(h ^ k->hnorm);
                    /* words in brackets are asides (an acronym spelt out, a
                     * caption's "(left)"): they do not make the statement */
                    if ((k->flags & RCP_TOK_PUNCT) && k->len == 1) {
                        char c = d->text[k->off];
                        if ((c == '(' || c == '[') && !paren)
                            paren = aside(d, t, st->tok + st->ntok);
                        else if (c == '(' || c == '[')
                            paren++;
                        paren -= paren > 0 && (c == ')' || c == ']');
                    }
                    if (d->lang_class == RCP_LC_OTHER && !u->negterm &&
                        (k->flags & RCP_TOK_WORD) &&
                        rcp__is_negation(d->lang, k->norm, k->norm_len))
                        negated = 1;
                    double num;
                    int isnumber = !paren && rcp__token_number(d, t, &num);
                    if (paren || (!isnumber && !is_content(k)))
                        continue;
                    /* a number is one term however written: its value */
                    uint64_t key = k->hstem;
                    if (isnumber) {
                        uint64_t bits;
                        memcpy(&bits, &num, sizeof bits);
                        key = rcp__mix64(bits ^ 0x6e756d626572ULL);
                    }
                    uint64_t *v = rcp__map_put(&vocab, key);
                    if (!v)
                        goto cleanup;
                    if (*v == 0) {
                        *v = ++g->nterms; /* ids from 1 in the map */
                        if (rcp__grow(&isnum, &isnumcap, g->nterms,
                                      sizeof *isnum))
                            goto cleanup;
                        isnum[g->nterms - 1] = isnumber ? RCP__T_NUM : 0;
                        if (rcp__grow(&thash, &thashcap, g->nterms,
                                      sizeof *thash))
                            goto cleanup;
                        thash[g->nterms - 1] = key;
#ifdef RCP_DIGEST_TUNE
                        g->tdbg = realloc(g->tdbg, g->nterms * sizeof *g->tdbg);
                        g->tdbg[g->nterms - 1] = (uint64_t)i << 32 | t;
#endif
                    }
                    if ((k->flags & RCP_TOK_CAP) && !(k->flags & RCP_TOK_SSTART))
                        isnum[*v - 1] |= RCP__T_NAME;
                    if (rcp__frame_word(k))
                        isnum[*v - 1] |= RCP__T_FRAME;
                    if (pkind[t - t0] && !(isnum[*v - 1] & RCP__T_NAME)) {
                        const uint64_t *pk;
                        size_t npk = rcp__claim_keys(d, k, &pk);
                        if (rcp__grow(&pkey, &pkeycap, npkey + npk + 1,
                                      sizeof *pkey))
                            goto cleanup;
                        uint64_t use = rcp__claim_use(pkind[t - t0]);
                        for (size_t x = 0; x < npk; x++)
                            pkey[npkey++] =
                                (pk[x] & ~((1ull << RCP__PK_BITS) - 1)) | use;
                    }
                    if (negated && !u->negterm)
                        u->negterm = *v;
                    tpos[n] = t;
                    tside[n] = inaside[t - t0];
                    trole[n] = (role[t - t0] & RCP__ROLE_MAIN ? RCP__TR_MAIN : 0) |
                               ((role[t - t0] & RCP__ROLE_MAIN) &&
                                        u->mtok != UINT32_MAX && t > u->mtok &&
                                        (k->flags & RCP_TOK_CAP) &&
                                        !(k->flags & RCP_TOK_SSTART) &&
                                        !rcp__frame_word(k)
                                    ? RCP__TR_NAME
                                    : 0) |
                               (role[t - t0] & RCP__ROLE_ATTR ? 0 : RCP__TR_CLAIM) |
                               (role[t - t0] & RCP__ROLE_ACTOR ? RCP__TR_ACTOR : 0) |
                               (role[t - t0] & RCP__ROLE_MORE ? RCP__TR_MORE : 0);
                    tkey[n++] = (uint64_t)(*v - 1) << 32 | (1u << chunk);
                    if (!isnumber &&
                        rcp__dlex_note(&lex, d, (uint32_t)i, t, (uint32_t)(*v - 1)))
                        goto cleanup;
                }
                /* its actor: the content terms before its first verb */
                {
                    uint32_t tv = t1;
                    for (uint32_t t = t0; t < t1 && tv == t1; t++)
                        if (pkind[t - t0] & RCP__CLAIM_VERB)
                            tv = t;
                    uint32_t na = 0;
                    u->aterms = rcp__arena_alloc(&g->arena,
                                                 (n ? n : 1) * sizeof(uint32_t));
                    if (!u->aterms)
                        goto cleanup;
                    int amain = DTUNE(ACTOR_MAIN, 1) > 0;
                    for (uint32_t j = 0; j < n && tv < t1; j++)
                        if ((amain ? (trole[j] & RCP__TR_ACTOR) != 0
                                   : tpos[j] < tv) &&
                            !(isnum[tkey[j] >> 32] & (RCP__T_FRAME | RCP__T_NUM)))
                            u->aterms[na++] = (uint32_t)(tkey[j] >> 32);
                    rcp__sort_u32(u->aterms, na);
                    uint32_t m = 0;
                    for (uint32_t j = 0; j < na; j++)
                        if (!m || u->aterms[m - 1] != u->aterms[j])
                            u->aterms[m++] = u->aterms[j];
                    u->naterms = m;
                }
                /* the terms it holds outside its asides, ascending */
                uint32_t nm = 0;
                if (nside) {
                    for (uint32_t j = 0; j < n; j++)
                        if (!tside[j])
                            mterms[nm++] = (uint32_t)(tkey[j] >> 32);
                    rcp__sort_u32(mterms, nm);
                }
                if (clause_claims(g, d, t0, t1, starts, u->nchunks, pkind, u))
                    goto cleanup;
                /* what each word is to the main claim, by its term, before
                 * the terms are sorted */
                for (uint32_t j = 0; j < n; j++)
                    tterm[j] = (uint32_t)(tkey[j] >> 32);
                /* terms ascending, each once, with the chunks holding it */
                rcp__sort_u64(tkey, n);
                u->terms =
                    rcp__arena_alloc(&g->arena, (n ? n : 1) * sizeof(uint32_t));
                u->tmask =
                    rcp__arena_alloc(&g->arena, (n ? n : 1) * sizeof(uint32_t));
                if (!u->terms || !u->tmask)
                    goto cleanup;
                uint32_t k = 0;
                for (uint32_t j = 0; j < n; j++) {
                    uint32_t term = (uint32_t)(tkey[j] >> 32);
                    if (k && u->terms[k - 1] == term) {
                        u->tmask[k - 1] |= (uint32_t)tkey[j];
                        continue;
                    }
                    u->terms[k] = term;
                    u->tmask[k++] = (uint32_t)tkey[j];
                }
                u->nterms = k;
                u->trole = rcp__arena_zalloc(&g->arena, k ? k : 1);
                if (!u->trole)
                    goto cleanup;
                for (uint32_t j = 0; j < n; j++) {
                    uint32_t lo = 0, hi = k;
                    while (lo < hi) {
                        uint32_t mid = (lo + hi) / 2;
                        if (u->terms[mid] < tterm[j])
                            lo = mid + 1;
                        else
                            hi = mid;
                    }
                    u->trole[lo] |= trole[j];
                }
                /* the terms only its asides hold */
                if (nside) {
                    uint32_t ns = 0;
                    u->sterms = rcp__arena_alloc(&g->arena,
                                                 (k ? k : 1) * sizeof(uint32_t));
                    if (!u->sterms)
                        goto cleanup;
                    for (uint32_t j = 0, m = 0; j < k; j++) {
                        while (m < nm && mterms[m] < u->terms[j])
                            m++;
                        if (m == nm || mterms[m] != u->terms[j])
                            u->sterms[ns++] = u->terms[j];
                    }
                    u->nsterms = ns;
                }
#ifdef RCP_DIGEST_TUNE
                if (getenv("PRED_WORDS")) {
                    fprintf(stderr, "PW:");
                    for (uint32_t t = t0; t < t1; t++)
                        if (pkind[t - t0]) {
                            const uint64_t *pk;
                            fprintf(stderr, " %.*s%s/%zu", (int)d->toks[t].len,
                                    d->text + d->toks[t].off,
                                    pkind[t - t0] & RCP__CLAIM_VERB ? "+" : "",
                                    rcp__claim_keys(d, &d->toks[t], &pk));
                        }
                    fprintf(stderr, "  | %.*s\n", (int)RCP_MIN(st->len, 90u),
                            d->text + st->off);
                }
                if (getenv("USE_WORDS")) { /* verbs: word/P(rosp) D(one) N(eg), * claim */
                    fprintf(stderr, "UW:");
                    for (uint32_t t = t0; t < t1; t++) {
                        uint64_t us = rcp__claim_use(pkind[t - t0]);
                        if (us)
                            fprintf(stderr, " %s%.*s/%s%s%s", t == u->mtok || t == u->mverb2 ? "*" : "",
                                    (int)d->toks[t].len, d->text + d->toks[t].off,
                                    us & RCP__PK_PROSP ? "P" : "", us & RCP__PK_PAST ? "D" : "",
                                    us & RCP__PK_NEG ? "N" : "");
                    }
                    fprintf(stderr, "  | %.*s\n", (int)RCP_MIN(st->len, 90u), d->text + st->off);
                }
                if (getenv("ROLE_WORDS")) { /* [attribution] {actor} <verb> main */
                    fprintf(stderr, "RW:");
                    for (uint32_t t = t0; t < t1; t++) {
                        uint8_t r = role[t - t0];
                        fprintf(stderr, " %s%.*s%s",
                                r & RCP__ROLE_ATTR ? "[" : r & RCP__ROLE_ACTOR ? "{" : r & RCP__ROLE_VERB ? "<" : r & RCP__ROLE_MAIN ? "_" : "",
                                (int)d->toks[t].len, d->text + d->toks[t].off,
                                r & RCP__ROLE_ATTR ? "]" : r & RCP__ROLE_ACTOR ? "}" : r & RCP__ROLE_VERB ? ">" : "");
                    }
                    fprintf(stderr, "\n");
                }
                if (getenv("ASIDE_WORDS") && nside) {
                    fprintf(stderr, "AS:");
                    for (uint32_t t = t0; t < t1; t++)
                        fprintf(stderr, "%s%.*s%s", inaside[t - t0] && (t == t0 || !inaside[t - t0 - 1]) ? " [" : " ",
                                (int)d->toks[t].len, d->text + d->toks[t].off,
                                inaside[t - t0] && (t + 1 == t1 || !inaside[t + 1 - t0]) ? "]" : "");
                    fprintf(stderr, "\n");
                }
#endif
                /* its predicates' keys, each once */
                u->npkeys = keep_keys(g, pkey, npkey, &u->pkeys);
                if (!u->pkeys)
                    goto cleanup;
                u->pmask = 0;
                u->pverb = 0;
                for (size_t x = 0; x < u->npkeys; x++) {
                    u->pmask |= (uint64_t)1 << (u->pkeys[x] >> RCP__PK_BITS & 63);
                    u->pverb |= (u->pkeys[x] & RCP__PK_VERB) != 0;
                }
                npkey = 0;
                if (rcp__grow(&sf, &sfcap, g->nterms, sizeof *sf))
                    goto cleanup;
                u->flags = unit_flags(d, st, u->words, k);
                if (verbless && DTUNE(VERBLESS, 1))
                    u->flags |= RCP__U_VERBLESS;
                /* a heading inside the text: a short paragraph of its own
                 * with no end ("Aide de court terme"), after the first
                 * paragraph (the headline, which states the story), names
                 * the section below it and states no claim, whatever verb
                 * it seems to hold */
                if (DTUNE(HEADING, 1) && (u->flags & RCP__U_SHORT) &&
                    !(u->flags & RCP__U_TERSE) && st->para > 0 &&
                    d->paras[st->para].nsent == 1 && !end_mark(d, st, NULL))
                    u->flags |= RCP__U_VERBLESS;
                /* its figures, days and weekdays, read once: the
                 * aligner compares the figures and days (vals), the
                 * disagreements and the pairs' days take the reading
                 * again (fvals) */
                vals.n = 0;
                if (rcp__values_read(d, u->tok, u->tok + u->ntok,
                                     RCP__VAL_FIGURES, NULL, 0, &vals) < 0)
                    goto cleanup;
                u->nfvals = (uint32_t)vals.n;
                u->fvals = rcp__arena_alloc(
                    &g->arena, (vals.n ? vals.n : 1) * sizeof *u->fvals);
                if (!u->fvals)
                    goto cleanup;
                if (vals.n)
                    memcpy(u->fvals, vals.v, vals.n * sizeof *u->fvals);
                size_t nw = 0; /* values the aligner leaves */
                for (size_t j = 0; j < vals.n; j++)
                    nw += !aligned(&vals.v[j], role, inaside, t0, t1);
                u->vals = u->fvals;
                u->nvals = (uint32_t)(vals.n - nw);
                if (nw) {
                    u->vals = rcp__arena_alloc(&g->arena,
                                               vals.n * sizeof *u->vals);
                    if (!u->vals)
                        goto cleanup;
                    for (size_t j = 0, w = 0; j < vals.n; j++)
                        if (aligned(&vals.v[j], role, inaside, t0, t1))
                            u->vals[w++] = vals.v[j];
                }
                if (DTUNE(ARTICLE, 1) && (rc = count_phrases(g, d, u)))
                    goto cleanup;
                rc = RCP_ENOMEM;
                /* the chunk of each value: where its first token is */
                u->vmask = rcp__arena_alloc(
                    &g->arena, (vals.n ? vals.n : 1) * sizeof *u->vmask);
                u->vrole = rcp__arena_alloc(&g->arena, vals.n ? vals.n : 1);
                if (!u->vmask || !u->vrole)
                    goto cleanup;
                for (uint32_t j = 0; j < u->nvals; j++) {
                    uint32_t vt = u->vals[j].first;
                    u->vrole[j] = vt >= t0 && vt < t1
                                      ? (uint8_t)(role[vt - t0] |
                                                  (inaside[vt - t0]
                                                       ? RCP__VROLE_ASIDE
                                                       : 0))
                                      : 0;
                    uint32_t c = 0;
                    while (c + 1 < u->nchunks &&
                           u->vals[j].first >= starts[c + 1])
                        c++;
                    u->vmask[j] = 1u << c;
                    u->smask |= (uint64_t)1 << (u->vals[j].slot & 63);
                }
                u->pos = pos;
                if (!(u->flags & (RCP__U_SHORT | RCP__U_NOISE)))
                    pos++;
                /* the same words again in this doc: a repeated paragraph */
                u->text = h ? h : 1;
                uint64_t *v = rcp__map_put(&seen, h ? h : 1);
                if (!v)
                    goto cleanup;
                if (*v)
                    u->flags |= RCP__U_COPY;
                *v = 1;
                g->nunits++;
            }
    }
    /* sentence frequency and idf */
    if (rcp__grow(&sf, &sfcap, g->nterms + 1, sizeof *sf))
        goto cleanup;
    memset(sf, 0, (g->nterms + 1) * sizeof *sf);
    for (size_t i = 0; i < g->nunits; i++)
        for (uint32_t j = 0; j < g->units[i].nterms; j++)
            sf[g->units[i].terms[j]]++;
    g->idf = rcp__arena_alloc(&g->arena, (g->nterms + 1) * sizeof(float));
    g->topic = rcp__arena_zalloc(&g->arena, g->nterms + 1);
    g->tkind = rcp__arena_zalloc(&g->arena, g->nterms + 1);
    if (g->tkind && g->nterms)
        memcpy(g->tkind, isnum, g->nterms);
    g->thash = rcp__arena_zalloc(&g->arena, (g->nterms + 1) * sizeof *thash);
    if (!g->thash)
        goto cleanup;
    if (g->nterms)
        memcpy(g->thash, thash, g->nterms * sizeof *thash);
    uint32_t *df = g->df =
        rcp__arena_zalloc(&g->arena, (g->nterms + 1) * sizeof *df);
    uint32_t *last = rcp__calloc(g->nterms + 1, sizeof *last);
    if (!g->idf || !g->topic || !g->tkind || !df || !last) {
        rcp__free(last);
        goto cleanup;
    }
    /* doc frequency: a term most docs use (the protagonists, the story's
     * subject) is a topic term; it says what the story is about, not
     * which statement a sentence makes, and weighs half */
    for (size_t i = 0; i < g->nunits; i++)
        for (uint32_t j = 0; j < g->units[i].nterms; j++) {
            uint32_t t = g->units[i].terms[j];
            if (last[t] != g->units[i].doc + 1)
                last[t] = g->units[i].doc + 1, df[t]++;
        }
    g->topic_df = (uint32_t)RCP_MAX(3.0, ceil(0.7 * (double)g->ndocs));
    for (size_t t = 0; t < g->nterms; t++) {
        g->idf[t] = (float)log((double)(g->nunits + 1) / (sf[t] ? sf[t] : 1));
        if (df[t] >= g->topic_df) {
            g->topic[t] = 1;
            g->idf[t] *= TOPIC_WEIGHT;
        }
    }
    rcp__free(last);
    for (size_t i = 0; i < g->nunits; i++) {
        float w = 0;
        for (uint32_t j = 0; j < g->units[i].nterms; j++)
            w += g->idf[g->units[i].terms[j]];
        g->units[i].weight = w;
        w = 0;
        for (uint32_t j = 0; j < g->units[i].nsterms; j++)
            w += g->idf[g->units[i].sterms[j]];
        g->units[i].sweight = w;
    }
    /* terms that mean the same thing (digest_lexicon.c) */
    if (rcp__dlex_groups(&lex, g, g->tkind) || rcp__dlex_unit_keys(g))
        goto cleanup;
    rc = 0;
cleanup:
    rcp__free(tkey);
    rcp__free(tpos);
    rcp__free(pkind);
    rcp__free(inaside);
    rcp__free(tside);
    rcp__free(role);
    rcp__free(trole);
    rcp__free(tterm);
    rcp__free(mterms);
    rcp__free(pkey);
    rcp__values_release(&vals);
    rcp__free(sf);
    rcp__free(isnum);
    rcp__free(thash);
    rcp__map_release(&vocab);
    rcp__map_release(&seen);
    rcp__dlex_release(&lex);
    return rc;
}

/* ---- who each sentence names ---- */

/*
 * The persons a sentence names: the PER entities any spelling of which
 * (name or variant, as nlp merged them) occurs in its text. Matching whole
 * spellings as substrings is generous -- "Vladimir Poutine" also holds
 * "Poutine" -- so that two wordings of one statement rarely look as if
 * they named different people. Alignment uses it to keep apart the same
 * action told of different people ("X filed an appeal" / "Y filed an
 * appeal"). Cost: entities x spellings x docs substring searches (each
 * doc's places of an entity's spellings found once, then placed in its
 * units: a search in each unit's text was 0.9% of a 9,000-article add).
 */
/* The byte trigrams of a text, hashed into TRI_BITS bits: a string none
 * of whose trigrams is set is not in the text (a cheap "no" before
 * memmem). */
#define TRI_BITS 4096
static uint32_t tri_hash(const unsigned char *p)
{
    uint32_t x = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
    return (x * 2654435761u) >> (32 - 12);
}
static void tri_fill(uint64_t *bits, const char *t, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        uint32_t h = tri_hash((const unsigned char *)t + i);
        bits[h >> 6] |= (uint64_t)1 << (h & 63);
    }
}
static int tri_may(const uint64_t *bits, const char *s, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        uint32_t h = tri_hash((const unsigned char *)s + i);
        if (!(bits[h >> 6] >> (h & 63) & 1))
            return 0;
    }
    return 1;
}

/* The places in d's text of entity en's spellings (of 3 bytes or more;
 * lens: the first 16 spellings' lengths), appended to *occ as offset <<
 * 32 | length, overlapping ones included, and sorted (a string none of
 * whose trigrams the doc has is not looked for). */
static int spelled_at(const rcp_doc *d, const rcp__entity *en,
                      const size_t *lens, const uint64_t *bits,
                      uint64_t **occ, size_t *n, size_t *cap)
{
    size_t n0 = *n;
    for (size_t v = 0; v <= en->nvariants; v++) {
        const char *sp = v == 0 ? en->name : en->variants[v - 1];
        size_t l = v < 16 ? lens[v] : sp ? strlen(sp) : 0;
        if (l < 3 || !tri_may(bits, sp, l))
            continue;
        for (const char *p = d->text, *e = d->text + d->len, *q;
             (q = memmem(p, (size_t)(e - p), sp, l)); p = q + 1) {
            if (!RCP__PUSH(*occ, *n, *cap))
                return RCP_ENOMEM;
            (*occ)[(*n)++] = (uint64_t)(q - d->text) << 32 | l;
        }
    }
    rcp__sort_u64(*occ + n0, *n - n0);
    return 0;
}

/* 1 when one of the places o[0..n) (spelled_at's) lies inside unit u */
static int placed_in(const uint64_t *o, size_t n, const rcp__dunit *u)
{
    size_t lo = 0, hi = n; /* the first place from u's start on */
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (o[m] >> 32 < u->off)
            lo = m + 1;
        else
            hi = m;
    }
    uint64_t end = (uint64_t)u->off + u->len;
    for (; lo < n && o[lo] >> 32 < end; lo++)
        if ((o[lo] >> 32) + (o[lo] & 0xffffffff) <= end)
            return 1;
    return 0;
}

static int name_people(rcp_digest *g)
{
    int bit = 0, rc = RCP_ENOMEM;
    /* per doc, for the current entity: where its spellings are in the
     * doc's text, occ[ob[doc] .. oe[doc]) (spelled_at), found once a doc;
     * ob[doc] == SIZE_MAX: not looked at yet */
    size_t *ob = g->ndocs ? rcp__malloc(g->ndocs * sizeof *ob) : NULL;
    size_t *oe = g->ndocs ? rcp__malloc(g->ndocs * sizeof *oe) : NULL;
    uint64_t *occ = NULL;
    size_t nocc = 0, occcap = 0;
    /* each doc's trigrams, made when first needed (tri_done) */
    uint64_t *tri = g->ndocs ? rcp__calloc(g->ndocs, TRI_BITS / 8) : NULL;
    uint8_t *tri_done = g->ndocs ? rcp__calloc(g->ndocs, 1) : NULL;
    if (g->ndocs && (!ob || !oe || !tri || !tri_done))
        goto out;
    for (size_t e = 0; e < g->nlp.nentities && bit < 64; e++) {
        const rcp__entity *en = &g->nlp.entities[e];
        if (en->type != RCP__ENT_PER)
            continue;
        size_t lens[16]; /* the spellings' lengths, the first 16 */
        for (size_t v = 0; v <= en->nvariants && v < 16; v++) {
            const char *sp = v == 0 ? en->name : en->variants[v - 1];
            lens[v] = sp ? strlen(sp) : 0;
        }
        for (size_t d = 0; d < g->ndocs; d++)
            ob[d] = SIZE_MAX;
        nocc = 0;
        for (size_t i = 0; i < g->nunits; i++) {
            rcp__dunit *u = &g->units[i];
            const rcp_doc *d = g->docs[u->doc];
            if (ob[u->doc] == SIZE_MAX) {
                uint64_t *bits = tri + (size_t)u->doc * (TRI_BITS / 64);
                if (!tri_done[u->doc])
                    tri_fill(bits, d->text, d->len), tri_done[u->doc] = 1;
                ob[u->doc] = nocc;
                if (spelled_at(d, en, lens, bits, &occ, &nocc, &occcap))
                    goto out;
                oe[u->doc] = nocc;
            }
            int hit = placed_in(occ + ob[u->doc], oe[u->doc] - ob[u->doc], u);
            /* or told of through a pronoun or a role ("il", "le maire
             * de Paris": see rcp__story_nlp.actors), in the sentence's
             * first statement */
            if (!hit && g->nlp.actors &&
                g->nlp.actors[u->doc][u->sent] == (int32_t)e &&
                u->tok == g->docs[u->doc]->sents[u->sent].tok)
                hit = 1;
            /* or by a role further in ("X et le dirigeant nord-coréen") */
            if (!hit && g->nlp.role_actors && DTUNE(ROLE_ACTORS, 1) > 0 &&
                g->nlp.role_actors[u->doc][u->sent] == (int32_t)e)
                hit = 1;
            if (hit)
                u->people |= (uint64_t)1 << bit;
        }
        bit++;
    }
    rc = 0;
out:
    rcp__free(ob);
    rcp__free(oe);
    rcp__free(occ);
    rcp__free(tri);
    rcp__free(tri_done);
    return rc;
}

/* ---- facts shown, unique ---- */

/* Facts shown: most independent voices, then outlets, then most docs,
 * then text order. */
static int shown_before(const rcp_digest *g, uint32_t a, uint32_t b)
{
    const rcp__dfact *x = &g->facts[a], *y = &g->facts[b];
    if (x->voices != y->voices)
        return x->voices > y->voices;
    if (x->outlets != y->outlets)
        return x->outlets > y->outlets;
    if (x->ndocs != y->ndocs)
        return x->ndocs > y->ndocs;
    return x->units[0] < y->units[0];
}

/*
 * A unit is unique to its doc when its fact has one doc and no sentence
 * of another doc comes even loosely close to it: cross, the best over
 * other docs' sentences of max(dice, 0.8 x the share of the unit's weight
 * they hold), stays under UNIQUE_MAX -- a much weaker bar than the one to
 * merge, so that "only this article says it" is claimed with the same
 * care as a corroboration.
 */
#define UNIQUE_MAX 0.25f

/*
 * A sentence that other articles state in part (it sits in a fact, or
 * comes close to another article's sentence) may still hold a clause
 * that only its article states: "..., where the two leaders shook hands
 * for 40 seconds" at the end of a sentence the others give without it.
 * Its article adds that clause, so the sentence is listed in `unique`
 * too when one of its chunks (analysis/clauses.h) holds OWN_TERMS terms
 * that no other doc uses at all (two of them words of a claim, not names
 * or framing words), making OWN_SHARE of the chunk's weight.
 */
#ifndef OWN_TERMS
#define OWN_TERMS 3
#endif
#ifndef OWN_SHARE
#define OWN_SHARE 0.6
#endif

static int own_clause(const rcp_digest *g, const rcp__dunit *u)
{
    if (u->nchunks < 2)
        return 0;
    for (uint32_t c = 0; c < u->nchunks && c < 32; c++) {
        double w = 0, wo = 0;
        uint32_t n = 0, words = 0;
        for (uint32_t j = 0; j < u->nterms; j++) {
            if (!(u->tmask[j] >> c & 1))
                continue;
            uint32_t t = u->terms[j];
            w += g->idf[t];
            if (g->df[t] == 1) {
                wo += g->idf[t];
                n++;
                words += !(g->tkind[t] & (RCP__T_NAME | RCP__T_FRAME |
                                          RCP__T_NUM));
            }
        }
        if (n >= OWN_TERMS && words >= 2 && w > 0 && wo >= OWN_SHARE * w)
            return 1;
    }
    return 0;
}

/* The first of units [lo, hi) (of g->units, or of a fact's list when
 * list is not NULL) whose doc is at least d: units are in doc order. */
uint32_t rcp__digest_first_of_doc(const rcp_digest *g, const uint32_t *list,
                                  uint32_t lo, uint32_t hi, uint32_t d)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (g->units[list ? list[mid] : mid].doc < d)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

uint32_t rcp__digest_evidence(const rcp_digest *g, const rcp__dfact *f,
                              uint32_t shown, uint32_t d)
{
    const rcp__dunit *s = &g->units[shown];
    if (s->doc == d)
        return shown;
    /* the fact's own units of d, else every unit of d */
    const uint32_t *list = f->units;
    uint32_t i = rcp__digest_first_of_doc(g, list, 0, f->nunits, d),
             end = f->nunits;
    if (i == end || g->units[list[i]].doc != d) {
        list = NULL;
        end = (uint32_t)g->nunits;
        i = rcp__digest_first_of_doc(g, NULL, 0, end, d);
    } else if (i + 1 == end || g->units[list[i + 1]].doc != d) {
        return list[i]; /* its one sentence of the group */
    }
    uint32_t best = UINT32_MAX;
    double top = -1;
    for (; i < end; i++) {
        uint32_t u = list ? list[i] : i;
        if (g->units[u].doc != d)
            break;
        double sim = rcp__digest_sim(g, s, &g->units[u], NULL, NULL);
        /* a sentence that states the one shown whole first */
        double held = DTUNE(EV_HELD, 1) > 0
                          ? rcp__digest_held_share(g, s, &g->units[u]) : 0;
        if (held >= DTUNE(SHOW_HOLD, RCP__SHOW_HOLD))
            sim += 1 + held;
        if (sim > top) /* ties: the first in the article */
            top = sim, best = u;
    }
    return best;
}

static int facts_and_unique(rcp_digest *g)
{
    g->shown = rcp__arena_alloc(&g->arena, (g->nfacts + 1) * sizeof(uint32_t));
    g->unique =
        rcp__arena_zalloc(&g->arena, (g->ndocs + 1) * sizeof(uint32_t *));
    g->nunique =
        rcp__arena_zalloc(&g->arena, (g->ndocs + 1) * sizeof(uint32_t));
    if (!g->shown || !g->unique || !g->nunique)
        return RCP_ENOMEM;
    /* shown: corroborated facts that read as statements (not datelines,
     * captions or headings, which agree across articles without saying
     * anything) */
    for (size_t f = 0; f < g->nfacts; f++)
        if (g->facts[f].ndocs >= 2 &&
            !(g->units[g->facts[f].rep].flags &
              ((g->facts[f].claim ? 0 : RCP__U_SHORT | RCP__U_NOISE) |
               RCP__U_VERBLESS)))
            g->shown[g->nshown++] = (uint32_t)f;
    for (size_t i = 1; i < g->nshown; i++) /* few: insertion sort */
        for (size_t j = i;
             j > 0 && shown_before(g, g->shown[j], g->shown[j - 1]); j--) {
            uint32_t t = g->shown[j];
            g->shown[j] = g->shown[j - 1];
            g->shown[j - 1] = t;
        }
    size_t u0 = 0;
    for (size_t d = 0; d < g->ndocs; d++) {
        size_t u1 = u0;
        while (u1 < g->nunits && g->units[u1].doc == d)
            u1++;
        g->unique[d] =
            rcp__arena_alloc(&g->arena, (u1 - u0 + 1) * sizeof(uint32_t));
        if (!g->unique[d])
            return RCP_ENOMEM;
        for (size_t i = u0; i < u1; i++) {
            const rcp__dunit *u = &g->units[i];
            const rcp__dfact *f = &g->facts[u->fact];
            if (u->flags &
                (RCP__U_SHORT | RCP__U_QUESTION | RCP__U_NOISE | RCP__U_COPY |
                 RCP__U_VERBLESS))
                continue;
            if ((f->ndocs != 1 || f->units[0] != i ||
                 u->cross >= UNIQUE_MAX) &&
                !(g->ndocs > 1 && !(f->ndocs > 1 && f->rep == i) &&
                  own_clause(g, u)))
                continue;
            g->unique[d][g->nunique[d]++] = (uint32_t)i;
        }
        u0 = u1;
    }
    return 0;
}

/* ---- quotes: the quotations of the story (grouped by quotes.c) ---- */

static int group_quotes(rcp_digest *g)
{
    const rcp__story_nlp *nlp = &g->nlp;
    if (!nlp->nqgroups)
        return 0;
    g->quotes = rcp__arena_zalloc(&g->arena, nlp->nqgroups * sizeof *g->quotes);
    if (!g->quotes)
        return RCP_ENOMEM;
    for (size_t i = 0; i < nlp->nqgroups; i++) {
        const rcp__quote_group *qg = &nlp->qgroups[i];
        const rcp__quote *s = &nlp->quotes[qg->shown];
        rcp__dquote *o = &g->quotes[g->nquotes++];
        o->doc = s->doc;
        o->off = s->off;
        o->len = s->len;
        if (qg->speaker >= 0 && (size_t)qg->speaker < nlp->nentities)
            o->speaker = nlp->entities[qg->speaker].name;
        else if (qg->role != UINT32_MAX) {
            /* a role no one is named with: as written */
            const rcp__quote *r = &nlp->quotes[qg->role];
            char *t = rcp__arena_alloc(&g->arena, r->role_len + 1);
            if (!t)
                return RCP_ENOMEM;
            memcpy(t, g->docs[r->doc]->text + r->role_off, r->role_len);
            t[r->role_len] = 0;
            o->speaker = t;
        }
        o->docs = rcp__digest_docset(g, qg->docs, qg->ndocs, &o->ndocs);
        if (!o->docs)
            return RCP_ENOMEM;
    }
    /* most supported first; stable, so ties stay in text order */
    for (size_t i = 1; i < g->nquotes; i++)
        for (size_t j = i; j > 0 && g->quotes[j - 1].ndocs < g->quotes[j].ndocs;
             j--) {
            rcp__dquote t = g->quotes[j];
            g->quotes[j] = g->quotes[j - 1];
            g->quotes[j - 1] = t;
        }
    return 0;
}

/* ---- dates: a timeline, one entry per value ---- */

static int cmp_date(const void *a, const void *b)
{
    const rcp__date *x = a, *y = b;
    int c = strcmp(x->value, y->value);
    if (c)
        return c;
    if (x->doc != y->doc)
        return x->doc < y->doc ? -1 : 1;
    return (x->off > y->off) - (x->off < y->off);
}

static int build_dates(rcp_digest *g)
{
    size_t n = g->nlp.ndates;
    if (!n)
        return 0;
    rcp__date *s = rcp__arena_alloc(&g->arena, n * sizeof *s);
    g->dates = rcp__arena_zalloc(&g->arena, n * sizeof *g->dates);
    uint32_t *docs = rcp__arena_alloc(&g->arena, n * sizeof *docs);
    if (!s || !g->dates || !docs)
        return RCP_ENOMEM;
    memcpy(s, g->nlp.dates, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_date);
    for (size_t i = 0; i < n;) {
        size_t j = i, nd = 0;
        while (j < n && !strcmp(s[j].value, s[i].value))
            docs[nd++] = s[j++].doc;
        rcp__ddate *o = &g->dates[g->ndates++];
        o->value = rcp__arena_strndup(&g->arena, s[i].value,
                                      strnlen(s[i].value, sizeof s[i].value));
        o->doc = s[i].doc;
        o->off = s[i].off;
        o->len = s[i].len;
        o->docs = rcp__digest_docset(g, docs, nd, &o->ndocs);
        if (!o->value || !o->docs)
            return RCP_ENOMEM;
        i = j;
    }
    return 0;
}

/* A unit's verbatim text, copied into the arena. */
const char *rcp__digest_unit_text(rcp_digest *g, uint32_t u)
{
    const rcp__dunit *x = &g->units[u];
    return rcp__arena_strndup(&g->arena, g->docs[x->doc]->text + x->off,
                              x->len);
}

/* ---- title ---- */

static void choose_title(rcp_digest *g)
{
    /* the most central article: its statements carry the most support,
     * a long article counting for the square root of its length */
    double best = -1;
    size_t bd = 0;
    size_t i0 = 0; /* units are in doc order */
    for (size_t d = 0; d < g->ndocs; d++) {
        double s = 0, n = 0;
        for (; i0 < g->nunits && g->units[i0].doc == d; i0++)
            if (!(g->units[i0].flags & (RCP__U_SHORT | RCP__U_NOISE))) {
                s += g->facts[g->units[i0].fact].ndocs - 1;
                n++;
            }
        s /= sqrt(n + 1);
        if (s > best)
            best = s, bd = d;
    }
    g->title = NULL;
    if (!g->ndocs)
        return;
    const rcp_article *a = g->docs[bd]->article;
    if (a && a->title && a->title[0]) {
        g->title = a->title;
        return;
    }
    for (size_t i = 0; i < g->nunits; i++)
        if (g->units[i].doc == bd &&
            !(g->units[i].flags & (RCP__U_NOISE | RCP__U_SHORT))) {
            g->title = rcp__digest_unit_text(g, (uint32_t)i);
            return;
        }
    for (size_t i = 0; i < g->nunits; i++)
        if (g->units[i].doc == bd) {
            g->title = rcp__digest_unit_text(g, (uint32_t)i);
            return;
        }
}

/* ---- the digest ---- */

rcp_digest *rcp_digest_new(const rcp_doc *const *docs, size_t n,
                           const rcp_digest_opts *opts)
{
    rcp_digest *g = rcp__calloc(1, sizeof *g);
    if (!g)
        return NULL;
    rcp__arena_init(&g->arena);
    g->ndocs = n;
    g->words = opts && opts->words ? opts->words : 120;
    const char *id = opts && opts->id ? opts->id : "s1";
    int rc = RCP_ENOMEM;
    /* the array is copied: only the docs themselves are borrowed */
    const rcp_doc **copy = rcp__arena_zalloc(&g->arena, (n + 1) * sizeof *copy);
    if (!copy)
        goto cleanup;
    if (n)
        memcpy(copy, docs, n * sizeof *copy);
    g->docs = copy;
    g->id = rcp__arena_strndup(&g->arena, id, strlen(id));
    g->ids = rcp__arena_zalloc(&g->arena, (n + 1) * sizeof *g->ids);
    g->sources = rcp__arena_zalloc(&g->arena, (n + 1) * sizeof *g->sources);
    if (!g->id || !g->ids || !g->sources)
        goto cleanup;
    for (size_t i = 0; i < n; i++) {
        const rcp_article *a = docs[i]->article;
        if (a && a->id) {
            g->ids[i] = a->id;
        } else {
            char b[32];
            snprintf(b, sizeof b, "d%zu", i + 1);
            if (!(g->ids[i] = rcp__arena_strndup(&g->arena, b, strlen(b))))
                goto cleanup;
        }
        g->sources[i] = a && a->source ? a->source : g->ids[i];
    }
    /* each doc's outlet: the first doc with its source (a map by the
     * source's hash, the strings compared on a hit) */
    uint32_t *outlet = rcp__arena_alloc(&g->arena, (n + 1) * sizeof *outlet);
    uint32_t *stamp = rcp__arena_zalloc(&g->arena, (n + 1) * sizeof *stamp);
    uint32_t gen = 0;
    {
        uint32_t *all = rcp__arena_alloc(&g->arena, (n + 1) * sizeof *all);
        rcp__map srcs;
        rcp__map_init(&srcs);
        if (!all || !outlet || !stamp)
            goto cleanup;
        for (size_t i = 0; i < n; i++) {
            all[i] = (uint32_t)i;
            const char *src = g->sources[i];
            uint64_t h = rcp__hash(src, strlen(src), 0);
            uint64_t *v = rcp__map_put(&srcs, h ? h : 1);
            if (!v) {
                rcp__map_release(&srcs);
                goto cleanup;
            }
            if (!*v || strcmp(g->sources[*v - 1], src))
                *v = i + 1; /* new (or a hash collision: its own outlet) */
            outlet[i] = (uint32_t)(*v - 1);
        }
        rcp__map_release(&srcs);
        g->outlets = count_outlets(outlet, stamp, &gen, all, (uint32_t)n);
    }
    if ((rc = build_units(g)) ||
        (rc = rcp__story_nlp_run(docs, n, &g->arena, &g->nlp)))
        goto cleanup;
    if ((rc = name_people(g)) || (rc = rcp__digest_align(g)) || (rc = rcp__digest_show_shared(g)) ||
        (rc = rcp__digest_part_facts(g)) ||
        (rc = rcp__digest_contain_support(g)) ||
        (rc = rcp__digest_value_facts(g)) ||
        (rc = rcp__digest_other_claims(g)) ||
        (rc = rcp__digest_side_spans(g)) ||
        (rc = rcp__digest_split_sides(g)) ||
        (rc = rcp__digest_mood_links(g)))
        goto cleanup;
    for (size_t f = 0; f < g->nfacts; f++)
        g->facts[f].outlets =
            count_outlets(outlet, stamp, &gen, g->facts[f].docs,
                          g->facts[f].ndocs);
    if ((rc = rcp__digest_voices(g)))
        goto cleanup;
#ifdef RCP_DIGEST_TUNE
    if (getenv("FACT_DUMP")) /* every fact with its units, for reading */
        for (size_t f = 0; f < g->nfacts; f++) {
            const rcp__dfact *x = &g->facts[f];
            fprintf(stderr, "FACT %zu docs %u rep %u\n", f, x->ndocs, x->rep);
            for (uint32_t a = 0; a < x->nunits; a++) {
                const rcp__dunit *u = &g->units[x->units[a]];
                fprintf(stderr, "  %c %s\t%.*s\n",
                        x->units[a] == x->rep ? '*' : ' ', g->ids[u->doc],
                        (int)u->len, g->docs[u->doc]->text + u->off);
            }
            for (uint32_t a = 0; a < x->ndocs; a++)
                fprintf(stderr, "  + %s\n", g->ids[x->docs[a]]);
        }
#endif
    if ((rc = facts_and_unique(g)) || (rc = rcp__digest_summarize(g)))
        goto cleanup;
    if ((rc = group_quotes(g)) || (rc = build_dates(g)) ||
        (rc = rcp__digest_disagreements(g)))
        goto cleanup;
    choose_title(g);
    if (!(g->pmemo = rcp__arena_alloc(&g->arena, sizeof *g->pmemo)))
        goto cleanup;
    rcp__map_init(g->pmemo);
    rc = 0;
cleanup:
    if (rc) {
        rcp_digest_free(g);
        return NULL;
    }
    return g;
}

void rcp_digest_free(rcp_digest *g)
{
    if (!g)
        return;
    rcp__free(g->disagree);
    rcp__digest_claims_free(g);
    if (g->pmemo)
        rcp__map_release(g->pmemo);
#ifdef RCP_DIGEST_TUNE
    free(g->tdbg);
#endif
    rcp__arena_release(&g->arena);
    rcp__free(g);
}
