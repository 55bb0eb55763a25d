/*
 * disagree.c - the disagreements of a story: a count, amount, percentage,
 * date or name that sentences of different articles give differently for
 * the same thing, each value with the articles behind it and one sentence
 * that gives it; and publication dates that cannot all be right.
 *
 * How it works. Every sentence is read for its values (the one reader
 * of src/analysis/values.c, which the aligner uses too):
 *
 *   - a figure (a number token, or a number word: "trois", "seven") with
 *     its noun, the first content word after it once multipliers
 *     ("millions", "milliards", "thousand") and, after them, "de"/"of"
 *     are skipped: "600 millions d'euros" is 6e8 on the slot "euro", "10
 *     %" 10 on the slot "%", "10-metre" 10 on "metre"; "two of the
 *     vessels", a part, says the vessels are two or more; "30 to 40", "35-to-40", "30 à
 *     40" are ranges; a qualifier before it makes it an interval: at
 *     least / au moins: [v, inf); more than / plus de: above v; up to /
 *     jusqu'à / as many as: [0, v]; less than / moins de: below v; about
 *     / environ / some: v +- 15%; nearly / près de: [0.85 v, v]; "a
 *     dozen": 10 to 14;
 *   - a name: a run of capitalised words, on the slots of its two
 *     neighbours (two spellings of one name in the same place);
 *   - a date of the story's timeline (nlp.h: "mercredi 22 octobre",
 *     "jeudi" read against the article's date) with at least a month's
 *     precision, on the slot "date", as the interval of the days it
 *     covers; where the timeline could not date them, a day and month
 *     ("November 18") or a weekday with the part of the day ("Friday
 *     night", "early Saturday") on slots of their own.
 *
 * A figure inside a date expression is left to the date. A sentence's
 * attribution ("selon X", "d'après X", "according to X") is kept with its
 * values.
 *
 * Two values of a slot, from sentences of different docs, conflict when
 * their intervals do not meet ("at least 15" and "up to 20" do), they are
 * not attributed to two different sources (32 000 "selon la police",
 * 80 000 "selon les organisateurs"), neither sentence also gives the
 * other value (then they are two things), two names are two spellings of
 * one (names_alike), and the two are said of the same thing
 * (same_context: the aligner's dissent, close sentences, or for figures
 * the same words around them; never two sentences with no predicate in
 * common, unless the aligner dissents, nor two dates of clauses whose
 * verbs differ: two events). Equal values in sentences as close agree.
 * Values joined by conflicts and agreements form one group; a group with
 * a conflict is one disagreement, its values grouped by value, each with
 * its docs and the sentence most of them write it as. A doc that gives
 * two conflicting values in one group takes no side.
 *
 * When the docs behind each value are dated and every doc of one value
 * was published before every doc of the next, the disagreement is a
 * revision over time ("toll revised from 60 to 65"): kind "revision".
 * Names each a spelling of another ("Salahuddin" / "Salahaddin"): kind
 * "spelling", variants of one name shown as such. Otherwise kind
 * "conflict". Publication dates: kind "publication".
 *
 * Cost: values are sorted by slot; each is compared with at most
 * DIS_WINDOW values of its slot (those of the nearest docs), so the work
 * is linear in the story.
 */
#include "digest/digest.h"
#include "analysis/claims.h"
#include "analysis/clauses.h"
#include "analysis/values.h"
#include "text/text.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Chosen on the claims-dev clusters, both halves of each language
 * (docs/digest.md); -D on the command line to try others. */
#ifndef DIS_SENT
#define DIS_SENT 0.45 /* sentence similarity: the same statement */
#endif
#ifndef DIS_LOCAL
#define DIS_LOCAL 0.6 /* share of the words around the values */
#endif
#ifndef DIS_SENT_MIN
#define DIS_SENT_MIN 0.2 /* ... in sentences at least this close */
#endif
#ifndef DIS_TITLE_SENT
#define DIS_TITLE_SENT 0 /* titles of one person: sentences this close */
#endif
#ifndef DIS_DISSENT_LOCAL
#define DIS_DISSENT_LOCAL 0.5 /* a dissent's figures: their words agree */
#endif
#ifndef DIS_DISSENT_SENT
#define DIS_DISSENT_SENT 0.4 /* ... or, alone on their slot, in sentences
                                 this close */
#endif
#ifdef RCP_DIGEST_TUNE
#include <stdlib.h>
static double dissent_sent(void) /* the tuning build reads it from the env */
{
    const char *v = getenv("DIS_DISSENT_SENT");
    return v && *v ? atof(v) : DIS_DISSENT_SENT;
}
#else
#define dissent_sent() (DIS_DISSENT_SENT)
#endif
#define DIS_WINDOW 64    /* values of a slot compared with each one */
#define DIS_PERIOD_SLOT 0x9e110d0000000000ull /* + the kind of its ends */
#define DIS_DATEOF_SLOT 0xda7e0f0000000000ull /* ^ a noun */
#define DIS_MAXVALUES 8  /* distinct values shown per disagreement */
#define NAME_PREFIX 3    /* two spellings of a name share this many bytes */
#define NAME_MIN 5       /* shorter words differ by inflection (Navy/Naval) */
#define DIS_CTX 12       /* context words kept per value */
#define DIS_EVENT_KEYS 8 /* predicate keys kept per date */
#define DIS_WHAT 4       /* lemma keys of the predicate a date dates */
#define DIS_WHO 4        /* names of who does it */
#define DIS_WHOM 8       /* words of what it is done to */
#define DIS_CTX_SPAN 6   /* ... from this many tokens on each side */
#define DIS_PRONOUN 2    /* a clause's actor said by a pronoun (dval.who;
                            even: no key32) */

/* One value as a sentence gives it. */
typedef struct dval {
    uint64_t slot;     /* rcp__value.slot */
    uint64_t source;   /* hash of its attribution's first word, or 0 */
    double lo, hi;     /* the interval it states */
    double v;          /* the value itself (for grouping) */
    uint32_t unit, doc;
    uint32_t off, len; /* the value as written (number through noun) */
    uint32_t ctx[DIS_CTX]; /* stems of the content words around it (key32),
                              ascending, 0 for none */
    int name;              /* a name (its slot: a neighbour of it); 2 a
                              title, 3 a place, 4 the long form of an
                              acronym, 5 what a count counts, 6 a role in
                              a body (values.h), 7 the date of a thing
                              (rcp__values_date_of), 8 the age of a
                              person (person_ages) */
    int period;            /* the end [lo, hi] of a period that begins in
                              [slo, shi] ("entre mi-septembre et début
                              octobre") */
    double slo, shi;
    int dim;               /* rcp__value.dim */
    int measured;          /* rcp__value.measured */
    int casualty;          /* rcp__value.casualty */
    int range;             /* rcp__value.range */
    int list;              /* its sentence gives another value on its
                              slot that it does not meet: an item of a
                              list ("7,16 % chez BNP, 9,19 % pour ...") */
    uint32_t event[DIS_EVENT_KEYS]; /* a date's event: the predicate keys
                                       of its clause, 0 for none */
    uint32_t what[DIS_WHAT]; /* ... the predicate keys of the clause
                                      it dates (value_clause) */
    uint32_t whom[DIS_WHOM];       /* ... the stems of the words after
                                      that predicate: what the event is
                                      done to, ascending */
    uint32_t who[DIS_WHO];         /* a date's or a figure's clause: the
                                      names of who does it, or
                                      DIS_PRONOUN (value_clause) */
    int acted;                     /* who was read before the verb of the
                                      value's own clause */
    uint32_t obj, act;             /* a date's: the stems (key32) of the
                                      heads of the object and of the actor
                                      of the predicate it dates
                                      (phrase_head), 0 for none */
    uint32_t ptok;                 /* ... that predicate's token (with
                                      obj) */
    uint32_t noun;                 /* a count's noun: its index in dnouns
                                      + 1, 0 for none */
    uint32_t kind;                 /* a value read (rcp__value.kind), 0
                                      for a period, the date of a thing,
                                      an age */
    uint32_t first, last;          /* ... its tokens (rcp__value) */
} dval;

/* A 64-bit key folded to 32 bits, never 0 (0 ends a list of keys):
 * the keys of a value are compared among a few, where a collision of 32
 * bits does not matter, and a story holds many values. */
static uint32_t key32(uint64_t k)
{
    return (uint32_t)(k ^ k >> 32) | 1;
}

#define DIS_NOUN_KEYS 4 /* keys kept per noun and kind */
#define DIS_COORD_GAP 16 /* bytes between two coordinated counts ("and
                            more than ") */

/* A noun that counts of English sentences count (rcp__values_noun), or
 * a compound of it and the word before it that WordNet knows ("crew
 * members"): one per slot and compound in the story. */
typedef struct dnoun {
    uint64_t key;                /* its slot, mixed with the first word
                                    of a compound */
    uint32_t own[DIS_NOUN_KEYS]; /* its first two senses (key32), 0 ends */
    uint32_t up[DIS_NOUN_KEYS];  /* what its first sense is a kind of */
} dnoun;

typedef struct dnouns {
    dnoun *v;
    size_t n, cap;
    rcp__map at; /* key (and a compound's key) -> index + 1 */
} dnouns;

/* The entry of dnouns for the noun of a count, its token t of d and the
 * token before it, prev (UINT32_MAX for none); its index + 1, 0 when
 * WordNet does not know it, or RCP_ENOMEM. */
static int noun_entry(dnouns *ns, const rcp_doc *d, uint64_t slot,
                      uint32_t t, uint32_t prev)
{
    const rcp_token *k = &d->toks[t], *q = NULL;
    if (prev != UINT32_MAX && (d->toks[prev].flags & RCP_TOK_WORD) &&
        !(d->toks[prev].flags &
          (RCP_TOK_CAP | RCP_TOK_STOP | RCP_TOK_NUM)) &&
        d->toks[prev].norm_len >= 3)
        q = &d->toks[prev];
    for (int pass = q ? 0 : 1; pass < 2; pass++) {
        uint64_t key = pass ? slot : rcp__mix64(slot ^ q->hstem ^ 0xc0u);
        uint64_t *at = rcp__map_get(&ns->at, key);
        if (at)
            return (int)*at;
        char w[256];
        size_t n = 0;
        if (!pass) {
            if ((size_t)q->norm_len + k->norm_len + 2 > sizeof w)
                continue;
            memcpy(w, q->norm, q->norm_len);
            w[q->norm_len] = '_';
            n = q->norm_len + 1;
        }
        if (n + k->norm_len + 1 > sizeof w)
            return 0;
        memcpy(w + n, k->norm, k->norm_len);
        n += k->norm_len;
        uint64_t own[8], up[8];
        size_t no = rcp__lexicon_noun_senses(w, n, 2, 0, own, 8);
        int idx = 0;
        if (no) {
            if (!RCP__PUSH(ns->v, ns->n, ns->cap))
                return RCP_ENOMEM;
            dnoun *x = &ns->v[ns->n++];
            memset(x, 0, sizeof *x);
            x->key = key;
            size_t nu = rcp__lexicon_noun_senses(w, n, 1, 1, up, 8);
            for (size_t i = 0; i < RCP_MIN(no, DIS_NOUN_KEYS); i++)
                x->own[i] = key32(own[i]);
            for (size_t i = 0; i < RCP_MIN(nu, DIS_NOUN_KEYS); i++)
                x->up[i] = key32(up[i]);
            idx = (int)ns->n;
        }
        if (!pass && !idx)
            continue; /* not a compound WordNet knows */
        uint64_t *v = rcp__map_put(&ns->at, key);
        if (!v)
            return RCP_ENOMEM;
        *v = (uint64_t)idx;
        return idx;
    }
    return 0;
}

/* The content words (not numbers) within DIS_CTX_SPAN tokens of the
 * value's tokens [a, b), inside the unit [t0, t1): what the figure is
 * about locally ("perte de 600 millions", "a fait perdre 751 millions"). */
static void value_context(const rcp_doc *d, uint32_t t0, uint32_t t1,
                          uint32_t a, uint32_t b, dval *x)
{
    uint32_t n = 0;
    uint32_t lo = a > t0 + DIS_CTX_SPAN ? a - DIS_CTX_SPAN : t0;
    uint32_t hi = b + DIS_CTX_SPAN < t1 ? b + DIS_CTX_SPAN : t1;
    for (uint32_t k = lo; k < hi && n < DIS_CTX; k++) {
        const rcp_token *t = &d->toks[k];
        if (k >= a && k < b)
            continue;
        if (!(t->flags & RCP_TOK_WORD) || (t->flags & RCP_TOK_NUM) ||
            (t->flags & RCP_TOK_STOP) || t->norm_len < 3)
            continue;
        x->ctx[n++] = key32(t->hstem);
    }
    rcp__sort_u32(x->ctx, n);
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
        if (!m || x->ctx[m - 1] != x->ctx[i])
            x->ctx[m++] = x->ctx[i];
    while (m < DIS_CTX)
        x->ctx[m++] = 0;
}

/* How many entries two ascending arrays of n keys (0 ends one early)
 * have in common. */
static uint32_t common_sorted(const uint32_t *a, const uint32_t *b,
                              uint32_t n)
{
    uint32_t i = 0, j = 0, k = 0;
    while (i < n && j < n && a[i] && b[j]) {
        if (a[i] == b[j])
            k++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return k;
}

/* Two arrays of n keys (0 ends one early), in any order, share one. */
static int any_common(const uint32_t *a, const uint32_t *b, uint32_t n)
{
    for (uint32_t i = 0; i < n && a[i]; i++)
        for (uint32_t j = 0; j < n && b[j]; j++)
            if (a[i] == b[j])
                return 1;
    return 0;
}

/* Shared context words over the smaller context. */
static double context_overlap(const dval *a, const dval *b)
{
    uint32_t na = 0, nb = 0;
    while (na < DIS_CTX && a->ctx[na])
        na++;
    while (nb < DIS_CTX && b->ctx[nb])
        nb++;
    return na && nb ? (double)common_sorted(a->ctx, b->ctx, DIS_CTX) /
                          RCP_MIN(na, nb)
                    : 0;
}

typedef struct dvals {
    dval *v;
    size_t n, cap;
} dvals;

/* A date, a day-month or a weekday. */
static int is_when(const dval *a)
{
    return a->slot == RCP__SLOT_DATE || a->slot == RCP__SLOT_MDAY ||
           a->slot == RCP__SLOT_WDAY || a->kind == RCP__VAL_TIME;
}

/* The event of a date: the keys (rcp__claim_keys) of the verbs of the
 * clause that holds it (rcp__clause_starts), tokens [c0, c1) of d whose
 * predicate bits from t0 are kind: "charged" in "was charged with
 * first-degree murder Saturday", "opened" in "opened fire at a Vancouver
 * office party Friday". */
static void date_event(const rcp_doc *d, uint32_t t0, const uint8_t *kind,
                       uint32_t c0, uint32_t c1, dval *x)
{
    int n = 0;
    for (uint32_t t = c0; t < c1 && n < DIS_EVENT_KEYS; t++) {
        if (!(kind[t - t0] & RCP__CLAIM_VERB))
            continue;
        const uint64_t *pk;
        size_t m = rcp__claim_keys(d, &d->toks[t], &pk);
        for (size_t i = 0; i < m && n < DIS_EVENT_KEYS; i++)
            x->event[n++] = key32(pk[i]);
    }
}

/* A predicate of an event: a word used as a verb, or a noun made from a
 * verb in -ing before "of" ("the November 18 sinking of a trawler"). */
static int event_word(const rcp_doc *d, uint32_t t, uint32_t t1,
                      const uint8_t *kind, uint32_t t0, int sure)
{
    const rcp_token *k = &d->toks[t];
    uint8_t m = kind[t - t0];
    if (m & RCP__CLAIM_VERB)
        return !sure || (m & RCP__CLAIM_SURE);
    return (m & RCP__CLAIM_FORM) && k->norm_len > 5 &&
           !memcmp(k->norm + k->norm_len - 3, "ing", 3) && t + 1 < t1 &&
           d->toks[t + 1].norm_len == 2 && !memcmp(d->toks[t + 1].norm, "of", 2);
}

/* The predicate (event_word) nearest tokens [first, last] within [b, f),
 * on either side, not past a clause opener ("during a hearing Thursday
 * morning that Lohan had checked in": the date is not the check-in's),
 * nor, before the date, past a copula ("the last quake to hit Iran was
 * in February" dates that quake, not this hit); UINT32_MAX if none. */
static uint32_t nearest_event(const rcp_doc *d, uint32_t t0,
                              const uint8_t *kind, uint32_t b, uint32_t f,
                              uint32_t first, uint32_t last, int sure)
{
    static const char *const copula[] = {"is", "was", "were", "are",
                                         "est", "etait", "etaient",
                                         "sont", "fut", NULL};
    uint32_t p = UINT32_MAX, pd = UINT32_MAX;
    for (uint32_t t = first; t-- > b;) {
        if (event_word(d, t, f, kind, t0, sure)) {
            p = t, pd = first - t;
            break;
        }
        if (rcp__tok_opener(d, &d->toks[t]) ||
            rcp__tok_listed(copula, &d->toks[t]))
            break;
    }
    for (uint32_t t = last + 1; t < f && t - last < pd; t++) {
        if (rcp__tok_opener(d, &d->toks[t]))
            break;
        if (event_word(d, t, f, kind, t0, sure))
            return t;
    }
    return p;
}

/* The head of a noun phrase next to predicate p, inside [b, f): after
 * it (dir 1), the last of the first run of content words once the words
 * of the phrase's start ("into the") are passed ("devastated the church
 * Friday night": church; "destroyed the Wasilla Bible Church": church);
 * before it (dir -1), the nearest word that may be a noun, adverbs passed
 * ("a suspicious fire virtually destroyed": fire). Values (skip), numbers,
 * frame words and clause openers end it. Its stem as key32, 0 for none. */
static uint32_t phrase_head(const rcp_doc *d, uint32_t t0, const uint8_t *skip,
                           const uint8_t *kind, uint32_t b, uint32_t f,
                           uint32_t p, int dir)
{
    uint32_t head = 0;
    for (uint32_t t = p + (uint32_t)dir; t >= b && t < f; t += (uint32_t)dir) {
        const rcp_token *k = &d->toks[t];
        int content = (k->flags & RCP_TOK_WORD) &&
                      !(k->flags & (RCP_TOK_NUM | RCP_TOK_STOP)) &&
                      !skip[t - t0] && !rcp__frame_word(k) &&
                      (kind[t - t0] & (RCP__CLAIM_VERB | RCP__CLAIM_SURE)) !=
                          (RCP__CLAIM_VERB | RCP__CLAIM_SURE);
        if (dir < 0) {
            if (content && rcp__claim_nounlike(d, k))
                return key32(k->hstem);
            if (!(k->flags & RCP_TOK_WORD) || skip[t - t0] ||
                rcp__tok_opener(d, k))
                return 0;
            continue;
        }
        if (content)
            head = key32(k->hstem);
        else if (head || !(k->flags & RCP_TOK_WORD) || skip[t - t0] ||
                 !(k->flags & RCP_TOK_STOP))
            break;
    }
    return head;
}

/* The clause of value x (tokens [first, last]): its chunk c of starts[0
 * .. n) (tokens t0 to t1), or, when that chunk has no verb, the chunks
 * from the nearest one before it with a verb ("Lohan checked into the
 * Betty Ford Clinic in Rancho Mirage, Calif., on Thursday night"), else
 * through the nearest one after it ("Early Friday morning, around 1:30
 * a.m., the actress checked into Betty Ford Center"). Writes who does it
 * to x->who (below), and, for a date (when), the event it dates: the
 * predicate nearest it (event_word), its keys to x->what, and the stems
 * of the content words after it (to the next verb), values
 * (skip[t - t0]), frame words and numbers aside, to x->whom: what the
 * event is done to. */
static void value_clause(const rcp_doc *d, uint32_t t0, uint32_t t1,
                        const uint8_t *kind, const uint8_t *skip,
                        const uint32_t *starts, uint32_t n, uint32_t c,
                        uint32_t first, uint32_t last, int when, dval *x)
{
    uint32_t s = c, e = c;
    uint8_t verb[RCP__MAX_CHUNKS] = {0};
    for (uint32_t k = 0; k < n; k++) {
        uint32_t b = starts[k], f = k + 1 < n ? starts[k + 1] : t1;
        for (uint32_t t = b; t < f && !verb[k]; t++)
            verb[k] = (kind[t - t0] & RCP__CLAIM_VERB) != 0;
    }
    if (!verb[c]) {
        while (s > 0 && !verb[s])
            s--;
        if (!verb[s]) {
            s = c;
            while (e + 1 < n && !verb[e])
                e++;
            if (!verb[e])
                return;
        }
    }
    uint32_t b = starts[s], f = e + 1 < n ? starts[e + 1] : t1;
    /* the nearest predicate (one surely a verb first: not "the coast
     * guard sank") */
    uint32_t p = nearest_event(d, t0, kind, b, f, first, last, 1);
    if (p == UINT32_MAX)
        p = nearest_event(d, t0, kind, b, f, first, last, 0);
    if (p == UINT32_MAX && when)
        return;
    /* who: the capitalised words before it in the clause (the
     * sentence's first word only when the lexicon does not know it:
     * "Dorsey's been", not "Pirates holding"), those of the chunk before
     * a relative pronoun that opens the clause ("Andy Ryan, who has
     * worked ..."), or, with none, a personal pronoun (DIS_PRONOUN:
     * someone named elsewhere) */
    static const char *const pronoun[] = {
        "he", "she", "they", "il", "elle", "ils", "elles", NULL};
    static const char *const relative[] = {"who", "which", "qui", NULL};
    uint32_t w0 = b, pe = p == UINT32_MAX ? first : p;
    if (p == b && s > 0) {
        /* a clause that opens on its verb (a participle, a gerund:
         * "The tremor struck ..., injuring five people") is done by the
         * actor of the clause before it with a verb: the words before
         * that verb */
        uint32_t k = s;
        while (k-- > 0 && !verb[k])
            ;
        if (k != UINT32_MAX) {
            w0 = starts[k];
            for (pe = w0; !(kind[pe - t0] & RCP__CLAIM_VERB); pe++)
                ;
        }
    } else if (b > t0 && rcp__tok_listed(relative, &d->toks[b])) {
        /* the capitalised run right before it, a comma aside */
        uint32_t t = b - 1;
        if (t > t0 && !(d->toks[t].flags & RCP_TOK_WORD))
            t--;
        while (t >= t0 && (d->toks[t].flags & RCP_TOK_WORD) &&
               (unsigned char)d->text[d->toks[t].off] >= 'A' &&
               (unsigned char)d->text[d->toks[t].off] <= 'Z') {
            w0 = t;
            if (t-- == t0)
                break;
        }
    }
    uint32_t m = 0;
    int pron = 0;
    for (uint32_t t = w0; t < pe && m < DIS_WHO; t++) {
        const rcp_token *k = &d->toks[t];
        pron |= rcp__tok_listed(pronoun, k);
        if (skip[t - t0] || !(k->flags & RCP_TOK_WORD) ||
            (k->flags & (RCP_TOK_NUM | RCP_TOK_STOP)) ||
            (unsigned char)d->text[k->off] < 'A' ||
            (unsigned char)d->text[k->off] > 'Z')
            continue;
        if (t == t0) {
            char low[64];
            size_t ln = rcp__lexicon_lower(d->text + k->off, k->len, low,
                                           sizeof low);
            if (!ln || rcp__lexicon_pos(d->lang_class, low, ln))
                continue;
        }
        x->who[m++] = key32(k->hstem);
    }
    if (!m && pron)
        x->who[0] = DIS_PRONOUN;
    x->acted = p != UINT32_MAX;
#ifdef DIS_TRACE
    fprintf(stderr, "CLAUSE\t%u\t%.*s\t%.*s\n", m, (int)d->toks[pe].len,
            d->text + d->toks[pe].off,
            (int)(d->toks[f - 1].off + d->toks[f - 1].len - d->toks[w0].off),
            d->text + d->toks[w0].off);
#endif
    if (!when)
        return; /* a figure: its actor only */
    x->ptok = p;
    x->obj = phrase_head(d, t0, skip, kind, b, f, p, 1);
    x->act = phrase_head(d, t0, skip, kind, w0, f, p, -1);
    /* its lemmas: one verb, not synonyms ("confronté" / "examiner") */
    char low[256];
    size_t ln = rcp__lexicon_lower(d->text + d->toks[p].off, d->toks[p].len,
                                   low, sizeof low);
    uint64_t what[DIS_WHAT];
    size_t q =
        ln ? rcp__lexicon_neighbours(d->lang_class, low, ln, 0, what, DIS_WHAT)
           : 0;
    /* an English verb and its particle are one predicate: "checked
     * into" / "checked in" is not "checked out of" */
    uint64_t part = 0;
    if (p + 1 < f && d->lang_class == RCP_LC_EN) {
        static const char *const particles[] = {
            "in", "into", "out", "up", "down", "off", "away", "back",
            NULL};
        const rcp_token *k = &d->toks[p + 1];
        if (rcp__tok_listed(particles, k))
            part = rcp__hash(k->norm, k->norm_len >= 2 ? 2 : k->norm_len, 0);
    }
    for (size_t i = 0; i < q; i++)
        x->what[i] = key32(what[i] ^ part);
    int nw = 0;
    for (uint32_t t = p + 1; t < f && nw < DIS_WHOM; t++) {
        const rcp_token *k = &d->toks[t];
        if ((kind[t - t0] & (RCP__CLAIM_VERB | RCP__CLAIM_SURE)) ==
            (RCP__CLAIM_VERB | RCP__CLAIM_SURE))
            break; /* the next claim ("Thai fishing trawler": a noun) */
        if (skip[t - t0] || !(k->flags & RCP_TOK_WORD) ||
            (k->flags & RCP_TOK_NUM) || (k->flags & RCP_TOK_STOP) ||
            k->norm_len < 3 || rcp__frame_word(k))
            continue;
        x->whom[nw++] = key32(k->hstem);
    }
    rcp__sort_u32(x->whom, (size_t)nw);
}

/* Two dates of one event: the predicates they date are one, and what it
 * is done to shares two words ("sunk a fishing trawler" / "the sinking
 * of a Thai fishing trawler"; not "ouvert une enquête" / "ouvert une
 * enquête préliminaire", which may be two). */
static int one_event(const dval *a, const dval *b)
{
#ifdef DIS_NO_EVENT
    return 0;
#endif
    if (!is_when(a) || !any_common(a->what, b->what, DIS_WHAT))
        return 0;
    /* two named actors with no name in common, or one named and one
     * said by a pronoun ("Kouchner et Yade rencontreront le dalaï lama
     * vendredi" / "elle rencontrera le dalaï lama samedi"): two events */
    if (a->who[0] && b->who[0] && !any_common(a->who, b->who, DIS_WHO))
        return 0;
    return common_sorted(a->whom, b->whom, DIS_WHOM) >= 2;
}

/* The predicates of dates x and y (ptok) have a meaning in common: a key
 * of rcp__claim_keys (a lemma, a close synonym), or a WordNet hypernym of
 * the first sense of one is a sense of the other ("devastated" is a kind
 * of "destroyed"). */
static int meanings_meet(const rcp_digest *g, const dval *x, const dval *y)
{
    uint64_t k[2][64], h[2][8];
    size_t nk[2], nh[2];
    const dval *v[2] = {x, y};
    for (int i = 0; i < 2; i++) {
        const rcp_doc *d = g->docs[v[i]->doc];
        const rcp_token *t = &d->toks[v[i]->ptok];
        const uint64_t *pk;
        nk[i] = RCP_MIN(rcp__claim_keys(d, t, &pk), 64);
        memcpy(k[i], pk, nk[i] * sizeof *pk);
        char low[128];
        size_t ln =
            d->lang_class == RCP_LC_EN
                ? rcp__lexicon_lower(d->text + t->off, t->len, low, sizeof low)
                : 0;
        nh[i] = ln ? rcp__lexicon_hypernyms(low, ln, 1, h[i], 8) : 0;
    }
    return rcp__keys_meet(k[0], nk[0], k[1], nk[1]) ||
           rcp__keys_meet(k[0], nk[0], h[1], nh[1]) ||
           rcp__keys_meet(h[0], nh[0], k[1], nk[1]);
}

/* Two dates of one event told with other words: the heads of the
 * actors agree, and of the objects, and the predicates' meanings meet
 * ("The suspicious fire devastated the church Friday night" / "a
 * suspicious fire virtually destroyed the Wasilla Bible Church early
 * Saturday"); no two named actors. */
static int event_by_meaning(const rcp_digest *g, const dval *a,
                            const dval *b)
{
#ifdef DIS_NO_EVENT
    return 0;
#endif
    if (!is_when(a) || !a->obj || a->obj != b->obj || !a->act ||
        a->act != b->act)
        return 0;
    if (a->who[0] && b->who[0] && !any_common(a->who, b->who, DIS_WHO))
        return 0;
    return meanings_meet(g, a, b);
}

/* Two dates of two events: both clauses have a verb, none in common
 * ("charged ... Saturday" / "opened fire ... Friday"). */
static int other_events(const dval *a, const dval *b)
{
    return a->event[0] && b->event[0] &&
           !any_common(a->event, b->event, DIS_EVENT_KEYS);
}

/* The persons of the story (nlp entities of type PER) by the hash of
 * each spelling (rcp__hash of its bytes): index + 1. */
static int person_names(const rcp_digest *g, rcp__map *at)
{
    for (size_t i = 0; i < g->nlp.nentities; i++) {
        const rcp__entity *e = &g->nlp.entities[i];
        if (e->type != RCP__ENT_PER)
            continue;
        for (size_t k = 0; k <= e->nvariants; k++) {
            const char *w = k ? e->variants[k - 1] : e->name;
            uint64_t *v = rcp__map_put(at, rcp__hash(w, strlen(w), 0xa9e));
            if (!v)
                return RCP_ENOMEM;
            if (!*v)
                *v = i + 1;
        }
    }
    return 0;
}

/* The person (PER entity index + 1, people) named by the longest run of
 * at most four capitalised words of d that ends at token e (dir -1,
 * back to t0) or begins at it (dir 1, up to t1); *from and *to its
 * first and last token. 0 for none. */
static uint32_t person_run(const rcp__map *people, const rcp_doc *d,
                           uint32_t e, int dir, uint32_t t0, uint32_t t1,
                           uint32_t *from, uint32_t *to)
{
    uint32_t n = 0;
    while (n < 4 && e + n * (uint32_t)dir >= t0 &&
           e + n * (uint32_t)dir < t1 &&
           (d->toks[e + n * (uint32_t)dir].flags & RCP_TOK_CAP) &&
           (d->toks[e + n * (uint32_t)dir].flags & RCP_TOK_WORD))
        n++;
    for (; n > 0; n--) {
        uint32_t a = dir < 0 ? e - (n - 1) : e, z = dir < 0 ? e : e + n - 1;
        const char *p = d->text + d->toks[a].off;
        size_t len = d->toks[z].off + d->toks[z].len - d->toks[a].off;
        const uint64_t *x = rcp__map_get(people, rcp__hash(p, len, 0xa9e));
        if (x) {
            *from = a, *to = z;
            return (uint32_t)*x;
        }
    }
    return 0;
}

/* The ages of named persons in tokens [t0, t1) of d: a person's name (a
 * spelling of a PER entity, people) then a comma and a whole number of
 * 1 to 110, then a comma, a bracket, the sentence's end or "ans" ("Jose
 * Luis Orozco, 27, was arrested", "Orozco, 29, was found guilty",
 * "Boris Picano-Nacci, 33 ans, a été"), or "aged" / "âgé de" before the
 * number ("Robert Pitman, aged 24"); or "N-year-old" right before the
 * name ("the 16-year-old Kimani Gray"): a value on a slot of that
 * person's age, which says whose it is, so that two such ages conflict
 * wherever the two articles give them. */
static int person_ages(const rcp__map *people, const rcp_doc *d,
                       uint32_t ui, uint32_t doc, uint32_t t0, uint32_t t1,
                       dvals *out)
{
    for (uint32_t t = t0; t + 1 < t1; t++) {
        const rcp_token *k = &d->toks[t];
        double v = -1;
        uint32_t from = t, to = t, num = t, ent = 0;
        if (k->norm_len > 9 && (k->flags & RCP_TOK_NUM) &&
            !strcmp(k->norm + k->norm_len - 9, "-year-old")) {
            /* "16-year-old Kimani Gray" */
            char *end;
            v = strtod(k->norm, &end);
            if (end != k->norm + k->norm_len - 9)
                continue;
            ent = person_run(people, d, t + 1, 1, t0, t1, &from, &to);
            from = t;
        } else if ((k->flags & RCP_TOK_CAP) && rcp__tok_is(&d->toks[t + 1], ",")) {
            /* "Orozco, 29,", "Robert Pitman, aged 24", "X, âgé de 33 ans" */
            num = t + 2;
            if (num + 1 < t1 && (rcp__tok_is(&d->toks[num], "age") ||
                                 rcp__tok_is(&d->toks[num], "agee")) &&
                rcp__tok_is(&d->toks[num + 1], "de"))
                num += 2;
            else if (num < t1 && rcp__tok_is(&d->toks[num], "aged"))
                num++;
            if (num >= t1 || !(d->toks[num].flags & RCP_TOK_NUM) ||
                d->toks[num].len > 3 || !rcp__token_number(d, num, &v))
                continue;
            const rcp_token *n = num + 1 < t1 ? &d->toks[num + 1] : NULL;
            if (n && !rcp__tok_is(n, ",") && !rcp__tok_is(n, ")") &&
                !rcp__tok_is(n, ".") && !rcp__tok_is(n, "ans"))
                continue;
            ent = person_run(people, d, t, -1, t0, t1, &from, &to);
            to = num;
        }
        if (!ent || v < 1 || v > 110 || v != floor(v))
            continue;
        if (!RCP__PUSH(out->v, out->n, out->cap))
            return RCP_ENOMEM;
        dval *x = &out->v[out->n++];
        memset(x, 0, sizeof *x);
        uint64_t h = rcp__mix64(0xa9e5107ull ^ ((uint64_t)ent << 20));
        x->slot = h > RCP__SLOT_LAST ? h : h + RCP__SLOT_LAST + 1;
        x->name = 8;
        x->v = x->lo = x->hi = v;
        x->unit = ui;
        x->doc = doc;
        x->off = d->toks[from].off;
        x->len = d->toks[to].off + d->toks[to].len - x->off;
    }
    return 0;
}

/* Figure v is a clock time of vals ("11 a.m.", "à 9 heures"): the time
 * of day, not a count of hours. */
static int in_time(const rcp__values *vals, const rcp__value *v)
{
    for (size_t i = 0; i < vals->n; i++)
        if (vals->v[i].kind == RCP__VAL_TIME && v->first >= vals->v[i].first &&
            v->first <= vals->v[i].last)
            return 1;
    return 0;
}

static int unit_values(const rcp_digest *g, uint32_t ui,
                       const uint32_t *dstart, rcp__values *tmp, dvals *out,
                       dnouns *ns, const rcp__map *people)
{
    const rcp__dunit *u = &g->units[ui];
    const rcp_doc *d = g->docs[u->doc];
    tmp->n = 0;
    uint8_t pkind[512], skip[512];
    uint32_t starts[RCP__MAX_CHUNKS], nchunks = 0;
    int n = rcp__values_read_more(d, u->tok, u->tok + u->ntok, RCP__VAL_ALL,
                                  u->fvals, u->nfvals,
                                  g->nlp.dates + dstart[u->doc],
                                  dstart[u->doc + 1] - dstart[u->doc], tmp);
    if (n < 0)
        return n;
    for (size_t i = 0; i < tmp->n; i++) {
        const rcp__value *v = &tmp->v[i];
        if (v->kind == RCP__VAL_FIGURE && in_time(tmp, v))
            continue;
        if (!RCP__PUSH(out->v, out->n, out->cap))
            return RCP_ENOMEM;
        dval *x = &out->v[out->n++];
        memset(x, 0, sizeof *x);
        x->slot = v->slot;
        x->source = v->source;
        x->lo = v->lo, x->hi = v->hi, x->v = v->v;
        x->dim = v->dim;
        x->measured = v->measured;
        x->casualty = v->casualty;
        x->range = v->range;
        x->unit = ui;
        x->doc = u->doc;
        x->off = v->off, x->len = v->len;
        x->kind = v->kind;
        x->first = v->first, x->last = v->last;
        x->name = v->kind == RCP__VAL_NAME     ? 1
                  : v->kind == RCP__VAL_TITLE  ? 2
                  : v->kind == RCP__VAL_PLACE  ? 3
                  : v->kind == RCP__VAL_EXPAND ? 4
                  : v->kind == RCP__VAL_QUAL   ? 5
                  : v->kind == RCP__VAL_ROLE   ? 6
                                               : 0;
        value_context(d, u->tok, u->tok + u->ntok, v->first, v->ctx_end, x);
        int fig = v->kind == RCP__VAL_FIGURE;
        uint32_t nt = fig && d->lang_class == RCP_LC_EN ? rcp__values_noun(d, v)
                                                        : UINT32_MAX;
        if (nt != UINT32_MAX) {
            int e = noun_entry(ns, d, v->slot, nt,
                               nt - 1 > v->first ? nt - 1 : UINT32_MAX);
            if (e < 0)
                return e;
            x->noun = (uint32_t)e;
        }
        if ((is_when(x) || fig) && u->ntok <= sizeof pkind) {
            if (!nchunks) { /* as build_units read them */
                memcpy(pkind, rcp__dunit_kinds(u), u->ntok);
                nchunks = u->nchunks;
                memcpy(starts, u->starts, nchunks * sizeof *starts);
                memset(skip, 0, u->ntok);
                for (size_t k = 0; k < tmp->n; k++)
                    for (uint32_t t = tmp->v[k].first;
                         (tmp->v[k].kind &
                          (RCP__VAL_FIGURE | RCP__VAL_MDAY |
                           RCP__VAL_WDAY | RCP__VAL_DATE | RCP__VAL_TIME)) &&
                         t <= tmp->v[k].last && t < u->tok + u->ntok; t++)
                        if (t >= u->tok)
                            skip[t - u->tok] = 1;
            }
            uint32_t c = 0;
            while (c + 1 < nchunks && v->first >= starts[c + 1])
                c++;
            if (!fig)
                date_event(d, u->tok, pkind, starts[c],
                           c + 1 < nchunks ? starts[c + 1]
                                           : u->tok + u->ntok,
                           x);
            value_clause(d, u->tok, u->tok + u->ntok, pkind, skip, starts,
                        nchunks, c, v->first, v->last, !fig, x);
        }
        for (size_t k = 0; k < tmp->n && !x->name; k++)
            x->list |= tmp->v[k].slot == v->slot &&
                       !rcp__values_meet(&tmp->v[k], v);
    }
    /* periods: two dates, the ends of one ("entre mi-septembre et début
     * octobre"), on a slot of periods; [lo, hi] their end, [slo, shi]
     * their beginning */
    for (size_t i = 0; i < tmp->n; i++)
        for (size_t j = 0; j < tmp->n; j++) {
            const rcp__value *a = &tmp->v[i], *b = &tmp->v[j];
            uint32_t open;
            if (!rcp__values_period(d, u->tok, a, b, &open))
                continue;
            if (!RCP__PUSH(out->v, out->n, out->cap))
                return RCP_ENOMEM;
            dval *x = &out->v[out->n++];
            memset(x, 0, sizeof *x);
            x->slot = DIS_PERIOD_SLOT + a->kind;
            x->period = 1;
            x->slo = a->lo, x->shi = a->hi;
            x->lo = b->lo, x->hi = b->hi;
            x->v = a->v * 65536 + b->v;
            x->unit = ui;
            x->doc = u->doc;
            x->off = d->toks[open].off;
            x->len = b->off + b->len - x->off;
            value_context(d, u->tok, u->tok + u->ntok, open, b->last + 1, x);
        }
    /* the date of a thing ("le décret du 1er juillet", "celui ... du
     * 27 juin 2008"): also on a slot of that thing's noun */
    for (size_t i = 0; i < tmp->n; i++) {
        const rcp__value *a = &tmp->v[i];
        uint32_t k = rcp__values_date_of(d, u->tok, a);
        if (k == UINT32_MAX)
            continue;
        /* as a day-month (month * 32 + day), so that "du 1er juillet"
         * in an undated article meets "du 27 juin 2008" */
        double lo = a->lo, hi = a->hi;
        if (a->kind == RCP__VAL_DATE) {
            int y0, m0, d0, y1, m1, d1;
            rcp__civil_from_days((long)a->lo, &y0, &m0, &d0);
            rcp__civil_from_days((long)a->hi, &y1, &m1, &d1);
            if (y0 != y1)
                continue;
            lo = m0 * 32 + d0, hi = m1 * 32 + d1;
        }
        if (!RCP__PUSH(out->v, out->n, out->cap))
            return RCP_ENOMEM;
        dval *x = &out->v[out->n++];
        memset(x, 0, sizeof *x);
        x->slot = rcp__mix64(d->toks[k].hstem ^ DIS_DATEOF_SLOT);
        x->name = 7;
        x->lo = lo, x->hi = hi, x->v = lo * 1024 + hi;
        x->unit = ui;
        x->doc = u->doc;
        x->off = a->off, x->len = a->len;
    }
    int rc = person_ages(people, d, ui, u->doc, u->tok, u->tok + u->ntok,
                         out);
    if (rc)
        return rc;
    return 0;
}


/* The words of a name, folded to lower case (ASCII letters), split at
 * spaces, hyphens, periods and apostrophes: into w (room for n bytes),
 * each word ending with a 0; returns the number of words. */
static int name_words(const char *p, uint32_t len, char *w, size_t n)
{
    int k = 0;
    size_t o = 0;
    int in = 0;
    for (uint32_t i = 0; i < len && o + 2 < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '-' || c == '.' || c == '\'' || c == '\n') {
            if (in)
                w[o++] = 0, in = 0;
            continue;
        }
        if (!in)
            k++, in = 1;
        w[o++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    if (in)
        w[o++] = 0;
    return k;
}

/* Two words are one word inflected, shortened or spelt the British or
 * the American way: equal, one the other with a final "s" ("Banque" /
 * "Banques"), one a beginning of the other of three letters or more
 * ("Sam" / "Samuel", "Grand" / "Grande"), or equal once "z" is read "s",
 * a final "re" "er" and "our" "or" ("Recognised" / "Recognized",
 * "Centre" / "Center"). */
static int word_same(const char *a, const char *b)
{
    size_t x = strlen(a), y = strlen(b);
    if (x > y) {
        const char *t = a;
        a = b, b = t;
        size_t u = x;
        x = y, y = u;
    }
    if (!strncmp(a, b, x) && (y == x || x >= 3))
        return 1;
    /* regional spellings */
    char p[64], q[64];
    const char *in[2] = {a, b};
    char *out[2] = {p, q};
    for (int k = 0; k < 2; k++) {
        size_t n = strlen(in[k]);
        if (n >= sizeof p)
            return 0;
        for (size_t i = 0; i < n; i++)
            out[k][i] = in[k][i] == 'z' ? 's' : in[k][i];
        out[k][n] = 0;
        if (n >= 3 && !strcmp(out[k] + n - 2, "re"))
            out[k][n - 2] = 'e', out[k][n - 1] = 'r';
        if (n >= 4 && !strcmp(out[k] + n - 3, "our"))
            out[k][n - 2] = 'r', out[k][n - 1] = 0;
        for (char *c = strstr(out[k], "our"); c; c = strstr(c + 1, "our"))
            memmove(c + 1, c + 2, strlen(c + 2) + 1); /* "colour" */
    }
    return !strcmp(p, q);
}

/* Two names are forms of one name rather than two spellings: the same
 * letters once spaces and hyphens go ("Castel Gandolfo" /
 * "Castelgandolfo"), the same words inflected ("Banque Populaire" /
 * "Banques Populaires"), or the words of one among those of the other in
 * order ("Luann Johnson" / "LuAnn Marie Johnson", "Carla Sarkozy" /
 * "Carla Bruni-Sarkozy"): a short and a long form. */
static int name_forms(const char *p, uint32_t pl, const char *q, uint32_t ql)
{
    char a[256], b[256];
    /* folded (accents, typographic apostrophes): "Caisses d'Epargne" /
     * "caisses d’épargne" */
    rcp__buf fp, fq;
    rcp__buf_init(&fp, sizeof a), rcp__buf_init(&fq, sizeof b);
    if (!rcp__fold(p, pl, &fp) && !rcp__fold(q, ql, &fq) && fp.p && fq.p)
        p = fp.p, pl = (uint32_t)fp.len, q = fq.p, ql = (uint32_t)fq.len;
    int na = name_words(p, pl, a, sizeof a);
    int nb = name_words(q, ql, b, sizeof b);
    rcp__buf_release(&fp), rcp__buf_release(&fq);
    if (!na || !nb)
        return 0;
    /* joined */
    {
        size_t i = 0, j = 0, ea = 0, eb = 0;
        const char *x = a, *y = b;
        int wa = na, wb = nb;
        for (;;) {
            while (wa && !x[i])
                i++, wa--; /* skip word ends */
            while (wb && !y[j])
                j++, wb--;
            if (!wa || !wb) {
                ea = !wa, eb = !wb;
                break;
            }
            if (x[i] != y[j])
                break;
            i++, j++;
        }
        if (ea && eb)
            return 1;
    }
    /* one's words in order among the other's */
    const char *x = a, *y = b;
    int nx = na, ny = nb;
    if (na > nb)
        x = b, y = a, nx = nb, ny = na;
    const char *wy = y;
    int k = 0, m = 0;
    for (const char *wx = x; k < nx; k++, wx += strlen(wx) + 1) {
        while (m < ny && !word_same(wx, wy))
            wy += strlen(wy) + 1, m++;
        if (m == ny)
            return 0;
        wy += strlen(wy) + 1, m++;
    }
    return 1;
}

/* Two acronyms one letter apart ("AMD" / "ADMD"): both upper case, three
 * letters or more, one letter added or dropped (one changed makes
 * another body as often as a misspelling: WBA / WBO). */
static int acronyms_alike(const char *p, uint32_t pl, const char *q,
                          uint32_t ql)
{
    if (pl < 3 || ql < 3 || pl > 12 || ql > 12)
        return 0;
    for (uint32_t i = 0; i < pl; i++)
        if (p[i] < 'A' || p[i] > 'Z')
            return 0;
    for (uint32_t i = 0; i < ql; i++)
        if (q[i] < 'A' || q[i] > 'Z')
            return 0;
    if (pl > ql) {
        const char *t = p;
        p = q, q = t;
        uint32_t u = pl;
        pl = ql, ql = u;
    }
    if (ql - pl != 1)
        return 0;
    uint32_t i = 0;
    while (i < pl && p[i] == q[i])
        i++;
    return !memcmp(p + i, q + i + 1, pl - i); /* one added */
}

/* Two names are spellings of one (they share NAME_PREFIX bytes, folded)
 * and differ inside a word before either ends: "Jean-Louis" /
 * "Jean-Luc", "Salahuddin" / "Salahaddin", not "Obama" / "Barack Obama
 * Jr" nor "Los Angeles Angels" / "Los Angeles Times"; both NAME_MIN
 * bytes long at least; or two acronyms one letter apart. Two forms of one
 * name (name_forms) are not two spellings. */
static int names_alike(const rcp_digest *g, const dval *a, const dval *b)
{
    const char *p = g->docs[a->doc]->text + a->off;
    const char *q = g->docs[b->doc]->text + b->off;
    if (acronyms_alike(p, a->len, q, b->len))
        return 1;
    uint32_t i = 0;
    while (i < a->len && i < b->len &&
           (p[i] | 0x20) == (q[i] | 0x20))
        i++;
    return i >= NAME_PREFIX && i < a->len && i < b->len &&
           p[i - 1] != ' ' && p[i - 1] != '-' && a->len >= NAME_MIN &&
           b->len >= NAME_MIN && !name_forms(p, a->len, q, b->len);
}

/* The article of a or of b writes the other's spelling too: the word
 * where the two names differ ("Charlie Kafoury, Charlene's brother": to
 * that article they are two people, not two spellings). */
static int writes_both(const rcp_digest *g, const dval *a, const dval *b)
{
    const rcp_doc *x = g->docs[a->doc], *y = g->docs[b->doc];
    const char *p = x->text + a->off, *q = y->text + b->off;
    uint32_t i = 0;
    while (i < a->len && i < b->len && (p[i] | 0x20) == (q[i] | 0x20))
        i++;
    uint32_t s0 = i; /* the word holding the first difference */
    while (s0 > 0 && p[s0 - 1] != ' ')
        s0--;
    uint32_t pe = i, qe = i;
    while (pe < a->len && p[pe] != ' ')
        pe++;
    while (qe < b->len && q[qe] != ' ')
        qe++;
    return memmem(x->text, x->len, q + s0, qe - s0) != NULL ||
           memmem(y->text, y->len, p + s0, pe - s0) != NULL;
}

/* The article of a names b's place anywhere, or that of b a's: to one
 * of them both places hold ("Rancho Mirage, near Palm Springs"). */
static int writes_place(const rcp_digest *g, const dval *a, const dval *b)
{
    const rcp_doc *x = g->docs[a->doc], *y = g->docs[b->doc];
    return memmem(x->text, x->len, y->text + b->off, b->len) != NULL ||
           memmem(y->text, y->len, x->text + a->off, a->len) != NULL;
}

/* Days since 1970-01-01 of "YYYY-MM-DD...", or LONG_MIN without a full
 * date. */
static long day_number(const char *s)
{
    int y, m, d;
    if (strlen(s) < 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return LONG_MIN;
    return rcp__days_from_civil(y, m, d);
}


/* Counts of one thing named with two nouns ("nearly 300 crewmen" /
 * "more than 300 crew members"): nouns of the story that share a sense
 * among their first two (dnouns) are one class, and the counts of a
 * class of two nouns or more are put on one slot of their own. */
static int noun_slots(const dnouns *ns, dvals *vals)
{
    if (ns->n < 2)
        return 0;
    int rc = RCP_ENOMEM;
    rcp__map by;
    rcp__map_init(&by);
    uint32_t *parent = rcp__malloc(ns->n * sizeof *parent);
    uint8_t *many = rcp__calloc(ns->n, 1);
    if (!parent || !many)
        goto out;
    for (size_t i = 0; i < ns->n; i++)
        parent[i] = (uint32_t)i;
    for (size_t i = 0; i < ns->n; i++)
        for (int k = 0; k < DIS_NOUN_KEYS && ns->v[i].own[k]; k++) {
            uint64_t *at = rcp__map_get(&by, ns->v[i].own[k]);
            if (!at) {
                if (!(at = rcp__map_put(&by, ns->v[i].own[k])))
                    goto out;
                *at = i;
                continue;
            }
            uint32_t ra = rcp__uf_root(parent, (uint32_t)i);
            uint32_t rb = rcp__uf_root(parent, (uint32_t)*at);
            if (ra != rb) {
                parent[RCP_MAX(ra, rb)] = RCP_MIN(ra, rb);
                many[RCP_MIN(ra, rb)] = 1;
            }
        }
    for (size_t i = 0; i < vals->n; i++) {
        dval *x = &vals->v[i];
        if (!x->noun)
            continue;
        uint32_t r = rcp__uf_root(parent, x->noun - 1);
        if (!many[r])
            continue;
        uint64_t h = rcp__mix64(ns->v[r].key ^ 0xc1a55u);
        x->slot = h > RCP__SLOT_LAST ? h : h + RCP__SLOT_LAST + 1;
    }
    rc = 0;
out:
    rcp__free(parent);
    rcp__free(many);
    rcp__map_release(&by);
    return rc;
}

/* Two counts count things of one kind: they are on one slot, or the
 * noun of one is a kind of the other's ("about a dozen ships" / "at
 * least 14 foreign vessels"). */
static int same_kind(const dnouns *ns, const dval *p, const dval *q)
{
    if (p->slot == q->slot)
        return 1;
    if (!p->noun || !q->noun)
        return 0;
    const dnoun *x = &ns->v[p->noun - 1], *y = &ns->v[q->noun - 1];
    return any_common(x->up, y->own, DIS_NOUN_KEYS) ||
           any_common(y->up, x->own, DIS_NOUN_KEYS);
}

/* ---- pairing ---- */

static int cmp_dval(const void *a, const void *b)
{
    const dval *x = a, *y = b;
    if (x->slot != y->slot)
        return x->slot < y->slot ? -1 : 1;
    if (x->doc != y->doc)
        return x->doc < y->doc ? -1 : 1;
    return (x->off > y->off) - (x->off < y->off);
}

/* Two periods that begin apart. */
static int begins_apart(const dval *a, const dval *b)
{
    return a->period && (a->slo > b->shi || b->slo > a->shi);
}

static int meet(const dval *a, const dval *b)
{
    if (begins_apart(a, b))
        return 0;
    if (a->kind == RCP__VAL_TIME && b->kind == RCP__VAL_TIME)
        return rcp__values_hours_meet(a->lo, a->hi, b->lo, b->hi);
    if (a->range && b->range) /* both ends stated (rcp__values_meet) */
        return a->lo == b->lo && a->hi == b->hi;
    return (a->lo <= b->hi && b->lo <= a->hi) ||
           (a->dim && a->dim == b->dim &&
            rcp__values_apart(a->lo, a->hi, b->lo, b->hi));
}

/* Another value of vals[i]'s sentence on its slot (its neighbours in
 * slot, doc order) meets x: that sentence also gives x's value ("150
 * nautical miles off Aden ... 13 nautical miles away"), so the two
 * values are about two things, not a disagreement. */
static int unit_also_gives(const dval *vals, size_t n, size_t i,
                           const dval *x)
{
    const dval *a = &vals[i];
    for (size_t k = i; k-- > 0;) {
        const dval *y = &vals[k];
        if (y->slot != a->slot || y->doc != a->doc)
            break;
        if (y->unit == a->unit && meet(y, x))
            return 1;
    }
    for (size_t k = i + 1; k < n; k++) {
        const dval *y = &vals[k];
        if (y->slot != a->slot || y->doc != a->doc)
            break;
        if (y->unit == a->unit && meet(y, x))
            return 1;
    }
    return 0;
}

/* Unit b dissents from the fact of unit a: the aligner found it states
 * the same thing with other values (digest_align.c). */
static int dissents(const rcp_digest *g, uint32_t a, uint32_t b)
{
    const rcp__dfact *f = &g->facts[g->units[a].fact];
    for (uint32_t k = 0; k < f->ndissent; k++)
        if (f->dissent[k] == b)
            return 1;
    return 0;
}


/* The numbers each sentence writes with no noun read ("killing two",
 * "for seven"), read when a conflict first asks them of it (few
 * sentences are asked): unit u's are v[beg[u] .. beg[u] + cnt[u]),
 * beg[u] UINT32_MAX until read. */
typedef struct dbare {
    double *v;
    size_t n, cap;
    uint32_t *beg, *cnt;
} dbare;

/* Unit ui writes x's value as a number of its own, with no noun read
 * ("shot three co-workers, killing two"; "played 11 seasons and coached
 * for seven"): the sentence gives both figures, so they count two
 * things. The unit's values are vals[uidx[ubeg[ui] .. ubeg[ui + 1])].
 * 1, 0, or RCP_ENOMEM. */
static int unit_says_number(const rcp_digest *g, dbare *bare,
                            const dval *vals, const uint32_t *uidx,
                            const uint32_t *ubeg, uint32_t ui, const dval *x)
{
    if (x->lo != x->hi)
        return 0;
    if (bare->beg[ui] == UINT32_MAX) {
        const rcp__dunit *u = &g->units[ui];
        const rcp_doc *d = g->docs[u->doc];
        bare->beg[ui] = (uint32_t)bare->n;
        for (uint32_t t = u->tok; t < u->tok + u->ntok; t++) {
            double v;
            if (!rcp__token_number(d, t, &v) &&
                !rcp__number_word(&d->toks[t], &v))
                continue;
            /* a number outside every value read */
            int read = 0;
            for (uint32_t k = ubeg[ui]; k < ubeg[ui + 1] && !read; k++) {
                const dval *y = &vals[uidx[k]];
                read = y->kind && t >= y->first && t <= y->last;
            }
            if (read)
                continue;
            /* "de 234 millions au troisième trimestre" */
            if (t + 1 < u->tok + u->ntok)
                v *= rcp__multiplier(&d->toks[t + 1]);
            if (!RCP__PUSH(bare->v, bare->n, bare->cap))
                return RCP_ENOMEM;
            bare->v[bare->n++] = v;
        }
        bare->cnt[ui] = (uint32_t)bare->n - bare->beg[ui];
    }
    for (uint32_t i = 0; i < bare->cnt[ui]; i++)
        if (bare->v[bare->beg[ui] + i] == x->v)
            return 1;
    return 0;
}

/* The sentences of a and b give other figures on at least two slots in
 * common, and differ on every one of them: they count things of two
 * occasions ("six AK-47 rifles, 12 magazines and about 300 rounds" in one
 * operation, "14 AK-47 rifles, 31 magazines and 923 rounds" in all of
 * them), not one thing two ways. */
static int other_occasion(const dval *vals, const uint32_t *uidx,
                          const uint32_t *ubeg, const dval *a, const dval *b)
{
    if (ubeg[a->unit + 1] - ubeg[a->unit] < 3 ||
        ubeg[b->unit + 1] - ubeg[b->unit] < 3)
        return 0;
    uint32_t common = 0;
    for (uint32_t i = ubeg[a->unit]; i < ubeg[a->unit + 1]; i++) {
        const dval *x = &vals[uidx[i]];
        if (x->slot == a->slot || x->name || is_when(x))
            continue;
        int any = 0, agree = 0;
        for (uint32_t j = ubeg[b->unit]; j < ubeg[b->unit + 1]; j++) {
            const dval *y = &vals[uidx[j]];
            if (y->slot != x->slot)
                continue;
            any = 1;
            agree |= meet(x, y);
        }
        if (agree)
            return 0;
        common += any;
    }
    return common >= 2;
}

/* A count of casualties (values.c, rcp__value.casualty: its slot says
 * of whom, and whether dead or injured). */
static int casualty(const dval *a)
{
    return a->casualty != 0;
}

/* Two counts of casualties, one said by a verb ("killed 10 people",
 * "15 personnes ont été tuées"): the verb is the predicate, which the
 * other says with its noun or another verb ("left 13 dead", "a fait 12
 * morts", "died"); two said by their nouns ("the quake left 12 dead" /
 * "volunteers buried 15 dead") still need a predicate in common. */
static int casualty_said(const dval *a, const dval *b)
{
    return a->casualty && b->casualty && (a->casualty == 2 || b->casualty == 2);
}

/* Casualties of two events: both sentences name things (RCP__VAL_NAME
 * runs), none in common ("10 people were killed", the governor of
 * Qeshm told AFP / "the southeastern city of Bam was razed by a 6.7
 * degree quake that left more than 31,000 people dead"): a toll is of
 * an event at a place. */
static int other_places(const dval *vals, const uint32_t *uidx,
                        const uint32_t *ubeg, const dval *a, const dval *b)
{
    int na = 0, nb = 0;
    for (uint32_t i = ubeg[a->unit]; i < ubeg[a->unit + 1]; i++) {
        const dval *x = &vals[uidx[i]];
        if (x->name != 1)
            continue;
        na = 1;
        for (uint32_t j = ubeg[b->unit]; j < ubeg[b->unit + 1]; j++) {
            const dval *y = &vals[uidx[j]];
            if (y->name != 1)
                continue;
            nb = 1;
            if (y->v == x->v)
                return 0;
        }
    }
    return na && nb;
}

/* Unit u names a month or a year with no day ("In February, a quake
 * ... killing 612 people", "in December 2003, in which more than 31,000
 * people were killed"): a time of its own, which a story's news tells
 * by the day. */
static int names_period(const rcp_digest *g, uint32_t ui)
{
    const rcp__dunit *u = &g->units[ui];
    const rcp_doc *d = g->docs[u->doc];
    for (uint32_t t = u->tok; t < u->tok + u->ntok; t++) {
        const rcp_token *k = &d->toks[t];
        if ((k->flags & RCP_TOK_NUM) && k->norm_len == 4) {
            double y;
            if (rcp__token_number(d, t, &y) && y >= 1900 && y <= 2100)
                return 1;
            continue;
        }
        if (!rcp__tok_month_may(k) || rcp__tok_month(d, k) <= 0)
            continue;
        if (!(t > u->tok && rcp__tok_day(&d->toks[t - 1]) > 0) &&
            !(t + 1 < u->tok + u->ntok && rcp__tok_day(&d->toks[t + 1]) > 0))
            return 1;
    }
    return 0;
}

/* Two counts of casualties (casualty) of two events: their sentences
 * name things and none in common (other_places); or either names a
 * month or a year with no day (names_period: a past event, "In
 * December 2003, ... more than 31,000 people were killed"); or the
 * counts are ten times apart or more ("It killed 612 people", the
 * quake of February, / "killing 10 people"), as two measures are
 * (rcp__values_meet). */
static int other_tolls(const rcp_digest *g, const dval *vals,
                       const uint32_t *uidx, const uint32_t *ubeg,
                       const dval *a, const dval *b)
{
    return other_places(vals, uidx, ubeg, a, b) ||
           names_period(g, a->unit) || names_period(g, b->unit) ||
           a->hi * 10 <= b->lo || b->hi * 10 <= a->lo;
}

/* Counts x and y of one sentence are coordinated, x first: only "and"
 * (or "et", a comma) and a qualifier are between them ("about a dozen
 * ships and nearly 300 crewmen"). */
static int coordinated(const rcp_digest *g, const dval *x, const dval *y)
{
    const char *t = g->docs[x->doc]->text;
    uint32_t e = x->off + x->len;
    if (y->off < e || y->off - e > DIS_COORD_GAP)
        return 0;
    char gap[DIS_COORD_GAP + 3] = " ";
    memcpy(gap + 1, t + e, y->off - e);
    gap[y->off - e + 1] = ' ';
    return memchr(gap, ',', y->off - e + 2) || strstr(gap, " and ") ||
           strstr(gap, " et ");
}

/* The sentences of a and b count another thing alike, in the same
 * coordination: a figure of each coordinated with a and b in the same
 * order, on another slot, of one kind (same_kind), whose values meet
 * ("about a dozen ships and nearly 300 crewmen" / "at least 14 foreign
 * vessels and more than 300 crew members"): two sentences that count
 * the same two things, one the same way, count the other of the same
 * occasion. */
static int counts_alike(const rcp_digest *g, const dnouns *ns,
                        const dval *vals, const uint32_t *uidx,
                        const uint32_t *ubeg, const dval *a, const dval *b)
{
    for (uint32_t i = ubeg[a->unit]; i < ubeg[a->unit + 1]; i++) {
        const dval *x = &vals[uidx[i]];
        if (x->slot == a->slot || x->name || x->period || is_when(x))
            continue;
        int before = coordinated(g, x, a);
        if (!before && !coordinated(g, a, x))
            continue;
        for (uint32_t j = ubeg[b->unit]; j < ubeg[b->unit + 1]; j++) {
            const dval *y = &vals[uidx[j]];
            if (y->slot != a->slot && !y->name && !y->period &&
                !is_when(y) &&
                (before ? coordinated(g, y, b) : coordinated(g, b, y)) &&
                same_kind(ns, x, y) && meet(x, y)) {
#ifdef DIS_TRACE
                fprintf(stderr, "ALIKE\t%.*s\t%.*s\n", (int)x->len,
                        g->docs[x->doc]->text + x->off, (int)y->len,
                        g->docs[y->doc]->text + y->off);
#endif
                return 1;
            }
        }
    }
    return 0;
}

/* The actor of unit u (the words before its verb) holds a name. */
static int named_actor(const rcp_digest *g, const rcp__dunit *u)
{
    for (uint32_t i = 0; i < u->naterms; i++)
        if (g->tkind[u->aterms[i]] & RCP__T_NAME)
            return 1;
    return 0;
}

/* rcp__digest_sim of the units of two values, remembered: the pairs
 * below ask it of the same two sentences once for each pair of their
 * values (a sentence gives several), up to three times a pair. A
 * direct-mapped table of SIM_MEMO entries keyed by the two units. */
#define SIM_MEMO 1024
typedef struct simmemo {
    uint64_t key[SIM_MEMO]; /* (a + 1) << 32 | (b + 1); 0: empty */
    double sim[SIM_MEMO];
} simmemo;

static double unit_sim(const rcp_digest *g, simmemo *m, uint32_t a,
                       uint32_t b)
{
    uint64_t key = (uint64_t)(a + 1) << 32 | (b + 1);
    size_t at = (size_t)(a * 0x9e3779b1u ^ b) & (SIM_MEMO - 1);
    if (m->key[at] != key) {
        m->key[at] = key;
        m->sim[at] = rcp__digest_sim(g, &g->units[a], &g->units[b], NULL, NULL);
    }
    return m->sim[at];
}

/* a and b are said of the same thing: their sentences are close
 * (DIS_SENT), or the words around them are mostly the same (DIS_LOCAL)
 * in sentences not far apart (DIS_SENT_MIN), or, there, the sentences
 * count another thing alike (alike: counts_alike). */
static int same_context(const rcp_digest *g, simmemo *m, const dval *a,
                        const dval *b, int alike)
{
    const rcp__dunit *x = &g->units[a->unit], *y = &g->units[b->unit];
    if ((x->flags | y->flags) & RCP__U_QUESTION)
        return 0;
    /* two periods of the story with one end in common and not the
     * other are one period told two ways ("opérations menées entre
     * mi-septembre et début octobre" / "des positions prises entre le 15
     * septembre et la mi-octobre"), wherever they are said: rare (five
     * periods on the 23 French and claims-dev clusters), and two of them
     * sharing an end date the same run of events */
    if (a->period)
        return 1;
    int dissent =
        dissents(g, a->unit, b->unit) || dissents(g, b->unit, a->unit);
    int when = is_when(a);
    /* two dates of one event (the clauses they date share a predicate
     * and what it is done to), told in sentences that share little else
     * ("On November 19, INS Tabar sunk a fishing trawler" / "the
     * November 18 sinking of a Thai fishing trawler") */
    int event = one_event(a, b) || event_by_meaning(g, a, b);
    /* a date is said of the event of its clause: two clauses whose
     * verbs differ date two events */
    if (when && !event && other_events(a, b))
        return 0;
    /* one claim has one predicate: unless the aligner found the two
     * sentences state one claim but for their values, a figure or date
     * of sentences with no predicate in common is of two events ("a
     * perdu 1,2 milliard sur neuf mois" / "une perte de 948 millions au
     * premier semestre"; names aside: a name is the same whatever is
     * said of it) */
    if (!dissent && !event && !a->name && !casualty_said(a, b) &&
        !rcp__digest_share_predicate(x, y))
        return 0;
    /* the clauses the figures are in have named actors, none in common
     * (the sentence's actor may be a speaker's: "Dough mixer Andy Ryan,
     * who has worked at the plant for nearly 30 years, said he ..." /
     * "Dorsey's been at the plant for 37 years") */
    if (!a->name && !when && a->who[0] && b->who[0] &&
        !any_common(a->who, b->who, DIS_WHO))
        return 0;
    /* the aligner's dissent (the sentences would state one claim but for
     * their values) names the sentences, not which of their values
     * differ: a name, or a figure whose own words agree, is the one */
    if (dissent && (a->name || (!when && context_overlap(a, b) >=
                                             DIS_DISSENT_LOCAL)))
        return 1;
    /* ... or a figure that is the one value of its slot in each sentence
     * ("The pirates, in three boats, ..." / "The pirates on two speed
     * boats ...") */
    /* ... or a date whose own words agree too ("which replaced stealth
     * frigate INS Tabar in November-end" / "... early December") */
    if (dissent && when && context_overlap(a, b) >= DIS_LOCAL)
        return 1;
    if (dissent && !when && !a->list && !b->list &&
        unit_sim(g, m, a->unit, b->unit) >= dissent_sent())
        return 1;
#ifndef DIS_NO_ACTOR
    /* the same thing said of different people is two things: both
     * sentences name persons, none in common (names themselves aside:
     * two spellings make two persons) */
    if (!a->name && x->people && y->people && !(x->people & y->people))
        return 0;
#endif
    if (event) /* the actor of the dated clause was compared (one_event),
                  not the sentence's */
        return 1;
#ifndef DIS_NO_ACTOR
    /* ... and so when both actors (the words before the verb) hold a
     * name, and have no term in common ("Dorsey's been at the plant for
     * 37 years" / "Dough mixer Andy Ryan, who has worked at the plant
     * for nearly 30 years") */
    if (!a->name && !(a->acted && b->acted) && named_actor(g, x) &&
        named_actor(g, y) && !rcp__digest_share_actor(g, x, y))
        return 0;
#endif
    double sent = unit_sim(g, m, a->unit, b->unit);
    if (a->name == 5) /* the slot says which count: "23 ... pirates" */
        return sent >= DIS_SENT_MIN;
    if (a->name >= 2) /* the slot says who: the title or first name of
                         one person, or where a named thing is, wherever
                         it is said */
        return sent >= DIS_TITLE_SENT;
    if ((a->measured && b->measured) || (casualty(a) && casualty(b)) ||
        (a->range && b->range))
        return sent >= DIS_SENT_MIN; /* the slot says what: "a 10-metre
                                        dhow", "a 30-foot dhow"; the dead
                                        or the injured; or two estimates
                                        of one count, each written as a
                                        range ("30 to 40 volunteer
                                        firefighters" / "35 to 40 ...") */
    double ds = DIS_SENT, dl = DIS_LOCAL, dm = DIS_SENT_MIN;
    if (when || a->name)
        dl = 1.01; /* the words around a date are its event's actors, not
                      the event itself, and those around a name often
                      name it again ("Betty Ford Clinic" / "Center"): the
                      sentences must be close */
    /* in sentences not far apart, the words around the figures agree,
     * or the sentences count another thing alike (counts_alike) */
    return sent >= ds ||
           (sent >= dm && ((alike && !a->name && !when) ||
                           context_overlap(a, b) >= dl));
}

#ifdef DIS_TRACE
/* The terms of unit u that say what it is about: neither numbers nor
 * frame words (said, Monday), each as its lexicon group when it has one
 * ("sank" / "sunk" / "sinking"), into k (room for cap); sorted. */
static uint32_t event_keys(const rcp_digest *g, const rcp__dunit *u,
                           uint64_t *k, uint32_t cap, int nontopic)
{
    uint32_t n = 0;
    for (uint32_t j = 0; j < u->nterms && n < cap; j++) {
        uint32_t t = u->terms[j];
        if (g->tkind[t] & (RCP__T_NUM | RCP__T_FRAME))
            continue;
        if (nontopic && g->topic[t])
            continue;
        k[n++] = g->tgroup && g->tgroup[t] ? (uint64_t)g->tgroup[t] << 32
                                           : (uint64_t)t + 1;
    }
    rcp__sort_u64(k, n);
    return n;
}

/* Terms that units x and y share (event_keys). */
static uint32_t event_shared(const rcp_digest *g, const rcp__dunit *x,
                             const rcp__dunit *y, int nontopic)
{
    uint64_t a[128], b[128];
    uint32_t na = event_keys(g, x, a, 128, nontopic);
    uint32_t nb = event_keys(g, y, b, 128, nontopic);
    uint32_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            k++;
            uint64_t v = a[i];
            while (i < na && a[i] == v)
                i++;
            while (j < nb && b[j] == v)
                j++;
        } else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return k;
}
#endif

/* Docs of one value of a disagreement, first occurrence shown. */
typedef struct vgroup {
    uint32_t founder; /* index in vals of its first value: the others are
                         the same value (same_value) */
    uint32_t first; /* index in vals of the occurrence shown */
    uint32_t *docs;
    uint32_t ndocs;
    uint64_t source;
} vgroup;

/* Add a disagreement of nv values: value i is text[i], given by the
 * docs of vg[i] and shown in unit[i] (UINT32_MAX: none). */
static int add_disagreement(rcp_digest *g, size_t *cap, const char *about,
                            const char *kind, const vgroup *vg,
                            const char *const *text, const uint32_t *unit,
                            uint32_t nv)
{
    if (!RCP__PUSH(g->disagree, g->ndisagree, *cap))
        return RCP_ENOMEM;
    rcp__ddisagree *o = &g->disagree[g->ndisagree];
    o->about = about;
    o->kind = kind;
    o->values = rcp__arena_zalloc(&g->arena, nv * sizeof *o->values);
    if (!o->values)
        return RCP_ENOMEM;
    for (uint32_t i = 0; i < nv; i++) {
        rcp__dvalue *x = &o->values[i];
        x->value = text[i];
        x->unit = unit[i];
        x->docs = rcp__digest_docset(g, vg[i].docs, vg[i].ndocs, &x->ndocs);
        if (!x->value || !x->docs)
            return RCP_ENOMEM;
    }
    o->nvalues = nv;
    g->ndisagree++;
    return 0;
}

/* The publication day of a doc, or LONG_MIN. */
static long pub_day(const rcp_digest *g, uint32_t doc)
{
    const rcp_article *a = g->docs[doc]->article;
    return a && a->date ? day_number(a->date) : LONG_MIN;
}

/* Values ordered by publication: every doc of value i published before
 * every doc of value i+1 (all dated). Sorts vg by first publication. */
static int is_revision(const rcp_digest *g, vgroup *vg, uint32_t nv)
{
    long first[DIS_MAXVALUES], last[DIS_MAXVALUES];
    for (uint32_t i = 0; i < nv; i++) {
        first[i] = LONG_MAX, last[i] = LONG_MIN;
        for (uint32_t k = 0; k < vg[i].ndocs; k++) {
            long d = pub_day(g, vg[i].docs[k]);
            if (d == LONG_MIN)
                return 0;
            first[i] = RCP_MIN(first[i], d);
            last[i] = RCP_MAX(last[i], d);
        }
    }
    for (uint32_t i = 1; i < nv; i++) /* few: insertion sort */
        for (uint32_t j = i; j > 0 && first[j] < first[j - 1]; j--) {
            vgroup t = vg[j];
            vg[j] = vg[j - 1], vg[j - 1] = t;
            long a = first[j], b = last[j];
            first[j] = first[j - 1], last[j] = last[j - 1];
            first[j - 1] = a, last[j - 1] = b;
        }
    for (uint32_t i = 1; i < nv; i++)
        if (last[i - 1] >= first[i])
            return 0;
    return 1;
}

/* Names each a spelling of another of them (rcp__name_spellings, or two
 * acronyms one letter apart): variants of one name ("Salahuddin" /
 * "Salahaddin" / "Salaluddin"), not a conflict. */
static int spellings(const char *const *text, uint32_t nv)
{
    for (uint32_t i = 0; i < nv; i++) {
        int any = 0;
        size_t li = strlen(text[i]);
        for (uint32_t j = 0; j < nv && !any; j++) {
            size_t lj = strlen(text[j]);
            any = j != i && (rcp__name_spellings(text[i], li, text[j], lj) ||
                             acronyms_alike(text[i], (uint32_t)li, text[j],
                                            (uint32_t)lj));
        }
        if (!any)
            return 0;
    }
    return 1;
}

/* Two statements of one value: the same figure, and their intervals
 * meet ("at least 10" and "10" are one; "nearly 300" and "more than 300"
 * are two). */
static int same_value(const dval *a, const dval *b)
{
    return a->v == b->v && meet(a, b);
}

/* One component of conflicting values (indices into vals): group by
 * value, drop docs that take several sides, emit when two values stay
 * that do not meet. */
static int emit_component(rcp_digest *g, size_t *cap, rcp__map *seen,
                          const dval *vals,
                          const uint32_t *idx, size_t n)
{
    vgroup vg[DIS_MAXVALUES];
    uint32_t nv = 0;
    for (size_t i = 0; i < n; i++) {
        const dval *x = &vals[idx[i]];
        uint32_t j = 0;
        while (j < nv && !same_value(&vals[vg[j].founder], x))
            j++;
        if (j == nv) {
            if (nv == DIS_MAXVALUES)
                continue;
            vg[nv].first = vg[nv].founder = idx[i];
            vg[nv].source = x->source;
            vg[nv].docs = rcp__arena_alloc(&g->arena, n * sizeof(uint32_t));
            if (!vg[nv].docs)
                return RCP_ENOMEM;
            vg[nv].ndocs = 0;
            nv++;
        }
        if (vg[j].source != x->source)
            vg[j].source = 0;
        uint32_t k = 0;
        while (k < vg[j].ndocs && vg[j].docs[k] != x->doc)
            k++;
        if (k == vg[j].ndocs)
            vg[j].docs[vg[j].ndocs++] = x->doc;
    }
    /* a doc giving two values (two groups: values that are not one,
     * same_value) takes no side; whether the values the groups show meet
     * depends on which of them each group shows ("at least 10 people",
     * "10 people" and "612 people"). Its docs marked first, then
     * dropped. */
    uint32_t *drop = rcp__arena_alloc(&g->arena, n * sizeof *drop);
    uint32_t ndrop = 0;
    if (!drop)
        return RCP_ENOMEM;
    for (uint32_t i = 0; i < nv; i++)
        for (uint32_t k = 0; k < vg[i].ndocs; k++)
            for (uint32_t j = i + 1; j < nv; j++)
                for (uint32_t m = 0; m < vg[j].ndocs; m++)
                    if (vg[j].docs[m] == vg[i].docs[k] && ndrop < n)
                        drop[ndrop++] = vg[i].docs[k];
    for (uint32_t i = 0; i < nv; i++)
        for (uint32_t k = 0; k < vg[i].ndocs; k++)
            for (uint32_t m = 0; m < ndrop; m++)
                if (drop[m] == vg[i].docs[k])
                    vg[i].docs[k] = UINT32_MAX;
    uint32_t w = 0;
    for (uint32_t i = 0; i < nv; i++) {
        uint32_t m = 0;
        for (uint32_t k = 0; k < vg[i].ndocs; k++)
            if (vg[i].docs[k] != UINT32_MAX)
                vg[i].docs[m++] = vg[i].docs[k];
        vg[i].ndocs = m;
        if (m)
            vg[w++] = vg[i];
    }
    nv = w;
    /* each value as most of its sentences write it ("Friday night"
     * rather than "Friday evening"), among its first DIS_WINDOW */
    for (uint32_t i = 0; i < nv; i++) {
        uint32_t best = 0, m = 0;
        for (size_t a = 0; a < n && m < DIS_WINDOW; a++) {
            const dval *x = &vals[idx[a]];
            if (!same_value(&vals[vg[i].founder], x))
                continue;
            m++;
            uint32_t c = 0;
            const char *tx = g->docs[x->doc]->text + x->off;
            for (size_t b = 0; b < n; b++) {
                const dval *y = &vals[idx[b]];
                c += same_value(y, x) && y->len == x->len &&
                     !memcmp(g->docs[y->doc]->text + y->off, tx, x->len);
            }
            if (c > best)
                best = c, vg[i].first = idx[a];
        }
    }
    int conflict = 0;
    for (uint32_t i = 0; i < nv; i++)
        for (uint32_t j = i + 1; j < nv; j++)
            conflict |= !meet(&vals[vg[i].first], &vals[vg[j].first]);
    if (!conflict)
        return 0;
    /* about: the sentence of the most supported value */
    uint32_t best = 0;
    for (uint32_t i = 1; i < nv; i++)
        if (vg[i].ndocs > vg[best].ndocs)
            best = i;
    const char *about = rcp__digest_unit_text(g, vals[vg[best].first].unit);
    if (!about)
        return RCP_ENOMEM;
    const char *kind = is_revision(g, vg, nv) ? "revision" : "conflict";
    const char *text[DIS_MAXVALUES];
    uint32_t unit[DIS_MAXVALUES];
    for (uint32_t i = 0; i < nv; i++) {
        const dval *f = &vals[vg[i].first];
        text[i] = rcp__arena_strndup(&g->arena, g->docs[f->doc]->text + f->off,
                                     f->len);
        unit[i] = f->unit;
    }
    /* the long forms of one acronym are variants of one name */
    if (vals[vg[0].first].name == 4 ||
        (vals[vg[0].first].name && vals[vg[0].first].name <= 3 &&
         spellings(text, nv)))
        kind = "spelling";
    /* the same values from the same docs again (a name on the slots of
     * both its neighbours): shown once */
    uint64_t key = 0;
    for (uint32_t i = 0; i < nv; i++)
        key += rcp__mix64(rcp__hash(text[i], strlen(text[i]), vg[i].ndocs));
    uint64_t *seenv = rcp__map_put(seen, key ? key : 1);
    if (!seenv)
        return RCP_ENOMEM;
    if (*seenv)
        return 0;
    *seenv = 1;
    return add_disagreement(g, cap, about, kind, vg, text, unit, nv);
}

/* ---- publication dates ---- */

/* Publication dates that cannot all be right: different years or
 * months, unless all are full dates within a fortnight. */
static int publication_dates(rcp_digest *g, size_t *cap)
{
    const char *month[DIS_MAXVALUES], *text[DIS_MAXVALUES];
    uint32_t unit[DIS_MAXVALUES];
    vgroup vg[DIS_MAXVALUES];
    uint32_t nv = 0;
    long lo = LONG_MAX, hi = LONG_MIN;
    int all_days = 1;
    for (size_t d = 0; d < g->ndocs; d++) {
        const rcp_article *a = g->docs[d]->article;
        if (!a || !a->date || strlen(a->date) < 7)
            continue;
        long day = day_number(a->date);
        if (day == LONG_MIN)
            all_days = 0;
        else
            lo = RCP_MIN(lo, day), hi = RCP_MAX(hi, day);
        uint32_t i = 0;
        while (i < nv && strncmp(month[i], a->date, 7))
            i++;
        if (i == nv) {
            if (nv == DIS_MAXVALUES)
                continue;
            month[i] = a->date;
            vg[i].docs =
                rcp__arena_alloc(&g->arena, g->ndocs * sizeof(uint32_t));
            if (!vg[i].docs)
                return RCP_ENOMEM;
            vg[i].ndocs = 0;
            nv++;
        }
        vg[i].docs[vg[i].ndocs++] = (uint32_t)d;
    }
    /* full dates a fortnight apart or less are a story's coverage over
     * time, even across the turn of a month */
    if (nv < 2 || (all_days && hi - lo <= 14))
        return 0;
    for (uint32_t i = 0; i < nv; i++) {
        /* the date as given when all its docs give the same, else the
         * month */
        const char *v = month[i];
        int same = 1;
        for (uint32_t k = 1; k < vg[i].ndocs; k++)
            same &= !strcmp(g->docs[vg[i].docs[k]]->article->date, v);
        v = rcp__arena_strndup(&g->arena, v, same ? strlen(v) : 7);
        text[i] = v;
        unit[i] = UINT32_MAX;
    }
    return add_disagreement(g, cap, "publication date", "publication", vg,
                            text, unit, nv);
}

int rcp__digest_disagreements(rcp_digest *g)
{
#ifdef DIS_OFF
    return 0;
#endif
    size_t cap = 0;
    int rc = RCP_ENOMEM;
    dvals vals = {0};
    rcp__values tmp = {0};
    rcp__map seen;
    rcp__map_init(&seen);
    uint32_t *parent = NULL, *idx = NULL, *comp = NULL, *dstart = NULL;
    uint32_t *ubeg = NULL, *uidx = NULL;
    dbare bare = {0};
    simmemo *memo = NULL;
    dnouns nouns = {0};
    rcp__map_init(&nouns.at);
    rcp__map people;
    rcp__map_init(&people);
    /* the timeline's dates by doc (nlp.dates are by doc, then position) */
    dstart = rcp__calloc(g->ndocs + 2, sizeof *dstart);
    if (!dstart)
        goto out;
    for (size_t i = 0; i < g->nlp.ndates; i++)
        dstart[g->nlp.dates[i].doc + 1]++;
    for (size_t d = 0; d < g->ndocs; d++)
        dstart[d + 1] += dstart[d];
    /* 1. values of every statement: figures, names, dates (none to
     *    compare in a story of one article: values differ between
     *    articles only) */
    ubeg = rcp__calloc(g->nunits + 2, sizeof *ubeg);
    if (!ubeg || (g->ndocs > 1 && person_names(g, &people)))
        goto out;
    for (size_t u = 0; u < g->nunits && g->ndocs > 1; u++) {
        if ((g->units[u].flags & (RCP__U_NOISE | RCP__U_EXCLAIM)) ==
            RCP__U_NOISE)
            continue;
        if ((rc = unit_values(g, (uint32_t)u, dstart, &tmp, &vals, &nouns,
                              &people)))
            goto out;
    }
    if ((rc = noun_slots(&nouns, &vals)))
        goto out;
    rc = RCP_ENOMEM;
    size_t n = vals.n;
    if (n) {
        qsort(vals.v, n, sizeof *vals.v, cmp_dval);
        /* each unit's values (their places in vals), for the pair tests:
         * uidx[ubeg[u] .. ubeg[u + 1]) */
        uidx = rcp__malloc(n * sizeof *uidx);
        if (!uidx)
            goto out;
        for (size_t i = 0; i < n; i++)
            ubeg[vals.v[i].unit + 2]++;
        for (size_t u = 0; u < g->nunits; u++)
            ubeg[u + 2] += ubeg[u + 1];
        for (size_t i = 0; i < n; i++)
            uidx[ubeg[vals.v[i].unit + 1]++] = (uint32_t)i;
#ifdef DIS_TRACE
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "VAL\t%016llx\t%s\t%g\t%g\t%.*s\n",
                    (unsigned long long)vals.v[i].slot, g->ids[vals.v[i].doc],
                    vals.v[i].lo, vals.v[i].hi, (int)vals.v[i].len,
                    g->docs[vals.v[i].doc]->text + vals.v[i].off);
#endif
        parent = rcp__malloc(n * sizeof *parent);
        uint8_t *hot = rcp__calloc(n, 1);
        bare.beg = rcp__malloc(g->nunits * sizeof *bare.beg);
        bare.cnt = rcp__malloc(g->nunits * sizeof *bare.cnt);
        if (!parent || !hot || !bare.beg || !bare.cnt ||
            !(memo = rcp__calloc(1, sizeof *memo))) {
            rcp__free(hot);
            goto out;
        }
        for (size_t i = 0; i < n; i++)
            parent[i] = (uint32_t)i;
        memset(bare.beg, 0xff, g->nunits * sizeof *bare.beg);
        /* 2. pairs of one slot, different docs, close sentences: a
         *    conflict when the values do not meet, an agreement when they
         *    are equal */
        for (size_t i = 0; i < n; i++) {
            const dval *a = &vals.v[i];
            for (size_t j = i + 1; j < n && j <= i + DIS_WINDOW; j++) {
                const dval *b = &vals.v[j];
                if (b->slot != a->slot)
                    break;
                if (b->doc == a->doc)
                    continue;
                int conflict = !meet(a, b);
                int agree = a->v == b->v;
                if (!conflict && !agree)
                    continue;
                if (conflict && a->source && b->source &&
                    a->source != b->source)
                    continue; /* attributed to two sources */
                /* two periods with neither end in common are two */
                if (conflict && begins_apart(a, b) &&
                    (a->lo > b->hi || b->lo > a->hi))
                    continue;
                if (conflict && (a->name == 1 || a->name == 2) &&
                    !names_alike(g, a, b))
                    continue; /* two names, not two spellings of one */
                if (conflict && (a->name == 3 || a->name == 4) &&
                    (name_forms(g->docs[a->doc]->text + a->off, a->len,
                                g->docs[b->doc]->text + b->off, b->len) ||
                     (a->name == 3 && writes_place(g, a, b))))
                    continue; /* one place or body named two ways (a short
                                 and a long form), or a place and a
                                 larger one the article also names */
                if (conflict && (unit_also_gives(vals.v, n, i, b) ||
                                 unit_also_gives(vals.v, n, j, a)))
                    continue;
                if (conflict && !a->name && !is_when(a)) {
                    int says = unit_says_number(g, &bare, vals.v, uidx, ubeg,
                                                a->unit, b);
                    if (!says)
                        says = unit_says_number(g, &bare, vals.v, uidx, ubeg,
                                                b->unit, a);
                    if (says < 0) {
                        rcp__free(hot);
                        goto out;
                    }
                    if (says || other_occasion(vals.v, uidx, ubeg, a, b) ||
                        (casualty(a) &&
                         other_tolls(g, vals.v, uidx, ubeg, a, b)))
                        continue;
                }
                if (conflict && !a->name && (a->list || b->list) &&
                    !one_event(a, b) &&
                    unit_sim(g, memo, a->unit, b->unit) < DIS_SENT)
                    continue; /* an item of a list: only in close
                                 sentences is it the same item */
                int alike = conflict && !a->name && !is_when(a) &&
                            counts_alike(g, &nouns, vals.v, uidx, ubeg, a, b);
#ifdef DIS_TRACE /* -DDIS_TRACE: every conflicting pair, for tuning */
                if (conflict)
                    fprintf(stderr, "PAIR%d\t%d\t%.3f\t%.3f\t%.*s\t%.*s\t%s\t%s\t%.*s\t%.*s\t%016llx\t%d\t%u\t%u\n",
                            dissents(g, a->unit, b->unit) * 1 +
                                dissents(g, b->unit, a->unit) * 2,
                            same_context(g, memo, a, b, alike),
                            rcp__digest_sim(g, &g->units[a->unit],
                                            &g->units[b->unit], NULL, NULL),
                            context_overlap(a, b), (int)a->len,
                            g->docs[a->doc]->text + a->off, (int)b->len,
                            g->docs[b->doc]->text + b->off, g->ids[a->doc],
                            g->ids[b->doc],
                            (int)g->units[a->unit].len,
                            g->docs[a->doc]->text + g->units[a->unit].off,
                            (int)g->units[b->unit].len,
                            g->docs[b->doc]->text + g->units[b->unit].off,
                            (unsigned long long)a->slot, a->name,
                            event_shared(g, &g->units[a->unit], &g->units[b->unit], 0),
                            event_shared(g, &g->units[a->unit], &g->units[b->unit], 1));
#endif
                if (!same_context(g, memo, a, b, alike))
                    continue;
                if (conflict && (a->name == 1 || a->name == 2) &&
                    writes_both(g, a, b))
                    continue; /* two people to one of the articles */
                if (conflict)
                    hot[i] = hot[j] = 1;
                uint32_t ra = rcp__uf_root(parent, (uint32_t)i);
                uint32_t rb = rcp__uf_root(parent, (uint32_t)j);
                if (ra != rb)
                    parent[RCP_MAX(ra, rb)] = RCP_MIN(ra, rb);
            }
        }
        /* 3. components holding a conflict, in order of their root */
        idx = rcp__malloc(n * sizeof *idx);
        comp = rcp__malloc((n + 1) * sizeof *comp);
        if (!idx || !comp) {
            rcp__free(hot);
            goto out;
        }
        /* counting sort of the values by root */
        memset(comp, 0, (n + 1) * sizeof *comp);
        for (size_t i = 0; i < n; i++)
            comp[rcp__uf_root(parent, (uint32_t)i) + 1]++;
        for (size_t i = 0; i < n; i++)
            comp[i + 1] += comp[i];
        uint32_t *fill = rcp__calloc(n + 1, sizeof *fill);
        if (!fill) {
            rcp__free(hot);
            goto out;
        }
        for (size_t i = 0; i < n; i++) {
            uint32_t r = rcp__uf_root(parent, (uint32_t)i);
            idx[comp[r] + fill[r]++] = (uint32_t)i;
        }
        rcp__free(fill);
        for (size_t r = 0; r < n; r++) {
            size_t c0 = comp[r], c1 = comp[r + 1];
            int any = 0;
            for (size_t k = c0; k < c1; k++)
                any |= hot[idx[k]];
            if (c1 - c0 >= 2 && any &&
                (rc = emit_component(g, &cap, &seen, vals.v, idx + c0,
                                     c1 - c0))) {
                rcp__free(hot);
                goto out;
            }
        }
        rcp__free(hot);
    }
    rc = publication_dates(g, &cap);
out:
    rcp__free(vals.v);
    rcp__values_release(&tmp);
    rcp__map_release(&seen);
    rcp__free(parent);
    rcp__free(idx);
    rcp__free(comp);
    rcp__free(dstart);
    rcp__free(ubeg);
    rcp__free(uidx);
    rcp__free(memo);
    rcp__free(bare.v);
    rcp__free(bare.beg);
    rcp__free(bare.cnt);
    rcp__free(nouns.v);
    rcp__map_release(&nouns.at);
    rcp__map_release(&people);
    return rc;
}
