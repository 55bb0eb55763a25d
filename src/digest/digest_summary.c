/*
 * digest_summary.c - the story in at most N words, in whole sentences.
 *
 * How it works: the summary should cover what most articles say. Its
 * units of content ("concepts") are the pairs of adjacent words of a
 * sentence, stemmed, that are not both stopwords (président russe, 14
 * otages, a libéré) -- the finer grain of Gillick and Favre's concept
 * model. A concept weighs the number of docs that contain it; a concept
 * of one doc only weighs nothing unless the story has a single doc. The
 * summary is built greedily as a budgeted maximum coverage: at each step
 * the sentence that fits in the words left and brings the most weight of
 * concepts not yet covered, per word^ALPHA, is taken, with a bonus for
 * sentences near the start of their article (news puts the essential
 * first) and for corroborated facts. Covered concepts count no more, so
 * a sentence that repeats what was chosen gains nothing (redundancy
 * removal for free), and a fact already represented is never taken again.
 * Questions, quotation fragments, captions, very short and very long
 * sentences are never taken. The sentences chosen are shown the best
 * corroborated first (most independent voices), then in the order of
 * choice.
 *
 * Cost: O(concepts) to count, then O(steps x units x concepts per unit).
 */
#include "analysis/clauses.h"
#include "digest/digest.h"
#include "text/text.h"

#include <math.h>
#include <stdlib.h>

#define ALPHA 0.8      /* length normalisation of the gain */
#define LEAD_BONUS 1.0 /* weight of position: 1 + LEAD_BONUS / (1 + k) */
#define MIN_WORDS 8    /* shorter sentences are not summary material */
#define MAX_WORDS 50
#define REDUND_DICE 0.5 /* a sentence this close to one taken repeats it */
#define REDUND_CONT 0.6 /* ... or holding this much of one taken or held by it */

/* The constants above; a tuning build (-DRCP_DIGEST_TUNE, never the
 * default) reads them from the environment instead. */
static double param(const char *name, double def)
{
#ifdef RCP_DIGEST_TUNE
    const char *v = getenv(name);
    if (v && *v)
        return atof(v);
#else
    (void)name;
#endif
    return def;
}

/* A verb of a claim (same_claim): its lemmas and its keys
 * (rcp__claim_keys: lemmas, WordNet senses, mythes-fr synonyms), each
 * >> RCP__PK_BITS, and its use (RCP__PK_* bits). */
typedef struct cverb {
    uint64_t lem[8], key[64], use;
    size_t nlem, nkey;
} cverb;

/* The verbs of unit u's main claim: its main verb (u->mtok); when its
 * main clause has no verb surely one ("se sont mutuellement donné"), the
 * words it uses as verbs that do not say who says it. At most cap;
 * returns how many. */
static size_t claim_verbs(const rcp_digest *g, const rcp__dunit *u,
                          cverb *out, size_t cap)
{
    const rcp_doc *d = g->docs[u->doc];
    const uint8_t *kind = rcp__dunit_kinds(u); /* as build_units read it */
    uint32_t n = RCP_MIN(u->ntok, 256u);
    size_t m = 0;
    for (uint32_t t = 0; t < n && m < cap; t++) {
        uint32_t tok = u->tok + t;
        if (u->mtok != UINT32_MAX ? tok != u->mtok
                                  : !(kind[t] & RCP__CLAIM_VERB) ||
                                        rcp__saying_word(&d->toks[tok]))
            continue;
        cverb *v = &out[m++];
        const rcp_token *k = &d->toks[tok];
        const uint64_t *keys;
        char low[256];
        size_t nl = rcp__lexicon_lower(d->text + k->off, k->len, low,
                                       sizeof low);
        v->nlem = nl ? rcp__lexicon_neighbours(d->lang_class, low, nl, 0,
                                               v->lem, RCP_ARRAY_SIZE(v->lem))
                     : 0;
        for (size_t q = 0; q < v->nlem; q++)
            v->lem[q] >>= RCP__PK_BITS;
        v->nkey = RCP_MIN(rcp__claim_keys(d, k, &keys), RCP_ARRAY_SIZE(v->key));
        for (size_t q = 0; q < v->nkey; q++)
            v->key[q] = keys[q] >> RCP__PK_BITS;
        v->use = u->mtok != UINT32_MAX ? u->muse : rcp__claim_use(kind[t]);
    }
    return m;
}

static int has_key(const uint64_t *k, size_t n, uint64_t x)
{
    for (size_t i = 0; i < n; i++)
        if (k[i] == x)
            return 1;
    return 0;
}

/* Verbs a and b are of one meaning: in English a key in common (a lemma
 * or a WordNet sense); in French the lemma of one is a key of the other
 * (itself or one of its synonyms: "offrir" / "donner"), not a third
 * word both are synonyms of ("accepter" and "donner" share "agréer"). */
static int one_meaning(rcp_lang_class lc, const cverb *a, const cverb *b)
{
    if (lc == RCP_LC_EN) {
        for (size_t i = 0; i < a->nkey; i++)
            if (has_key(b->key, b->nkey, a->key[i]))
                return 1;
        return 0;
    }
    for (size_t i = 0; i < a->nlem; i++)
        if (has_key(b->key, b->nkey, a->lem[i]))
            return 1;
    for (size_t i = 0; i < b->nlem; i++)
        if (has_key(a->key, a->nkey, b->lem[i]))
            return 1;
    return 0;
}

/* The hashes of the words unit u uses as verbs (rcp__claim_predicates:
 * "donné", not "la rencontre"), at most cap; returns how many. */
static size_t verb_words(const rcp_digest *g, const rcp__dunit *u,
                              uint64_t *out, size_t cap)
{
    const rcp_doc *d = g->docs[u->doc];
    const uint8_t *kind = rcp__dunit_kinds(u); /* as build_units read it */
    uint32_t n = RCP_MIN(u->ntok, 256u);
    size_t m = 0;
    for (uint32_t t = 0; t < n && m < cap; t++)
        if (kind[t] & RCP__CLAIM_VERB)
            out[m++] = d->toks[u->tok + t].hstem;
    return m;
}

/* 1 when term t of unit u is a word of what u claims about: outside its
 * attribution and its actor, no name, framing word or number, no word
 * used as a verb (forms: the nf hashes of verb_words) */
static int object_term(const rcp_digest *g, const rcp__dunit *u, uint32_t j,
                       const uint64_t *forms, size_t nf)
{
    uint32_t t = u->terms[j];
    if (!(u->trole[j] & RCP__TR_CLAIM) || (u->trole[j] & RCP__TR_ACTOR) ||
        (g->tkind[t] & (RCP__T_NAME | RCP__T_FRAME | RCP__T_NUM)))
        return 0;
    for (size_t i = 0; i < nf; i++)
        if (forms[i] == g->thash[t])
            return 0;
    return 1;
}

/* Units a and b say their claim of one thing: a word of what each claims
 * about (object_term) in common, or two of one meaning ("des fusils" /
 * "un fusil russe", not "un gant"). */
static int same_object(const rcp_digest *g, const rcp__dunit *a,
                       const rcp__dunit *b)
{
    uint64_t fa[64], fb[64];
    size_t na = verb_words(g, a, fa, RCP_ARRAY_SIZE(fa));
    size_t nb = verb_words(g, b, fb, RCP_ARRAY_SIZE(fb));
    for (uint32_t i = 0; i < a->nterms; i++) {
        if (!object_term(g, a, i, fa, na))
            continue;
        uint32_t t = a->terms[i], grp = g->tgroup ? g->tgroup[t] : 0;
        for (uint32_t j = 0; j < b->nterms; j++)
            if ((b->terms[j] == t ||
                 (grp && g->tgroup[b->terms[j]] == grp)) &&
                object_term(g, b, j, fb, nb))
                return 1;
    }
    return 0;
}

/*
 * Units a and b state one claim in other words, as a reader of the
 * summary sees it: the same persons (two at least, and no other: "X et
 * le dirigeant Y se sont mutuellement donné des fusils" / "X a offert à
 * Y un fusil ... et a reçu une arme"), actors that may be one (not "Y a
 * offert à X une arme"), the predicates of their main claims
 * (claim_verbs) of one meaning (one_meaning) in moods that do not oppose
 * (tense, polarity), said of one thing (same_object: not "X a donné à Y
 * un gant"), and no value given differently.
 * The word tests (rcp__digest_sim) miss such a pair: its words differ.
 */
static int same_claim(const rcp_digest *g, const rcp__dunit *a,
                      const rcp__dunit *b)
{
    /* two persons at least: more than one bit */
    if (a->people != b->people || !(a->people & (a->people - 1)) ||
        !rcp__digest_share_actor(g, a, b) || rcp__digest_values_clash(a, b) ||
        !same_object(g, a, b))
        return 0;
    cverb va[4], vb[4];
    size_t na = claim_verbs(g, a, va, RCP_ARRAY_SIZE(va));
    size_t nb = claim_verbs(g, b, vb, RCP_ARRAY_SIZE(vb));
    rcp_lang_class lc = g->docs[a->doc]->lang_class;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (one_meaning(lc, &va[i], &vb[j]) &&
                !rcp__digest_moods_oppose(va[i].use, vb[j].use))
                return 1;
    return 0;
}

/*
 * Does unit u open on a reference to what came before it in its article
 * ("He leads...", "Il s'agit de...", "That is what...", "But the...")?
 * Out of its article it has no antecedent, so it is not summary material.
 * The first word is looked up in the closed classes of each language:
 * personal and possessive pronouns, demonstratives, and the connectives
 * that continue a sentence before, and relative pronouns, first or after
 * a preposition ("Dont...", "Parmi lesquels...", "Among whom..."). French
 * "il y a" and "il faut" are impersonal and refer to nothing.
 */
static int opens_on_reference1(const rcp_digest *g, const rcp__dunit *u);

/* Is toks[t] a personal subject pronoun of lang (il, elle, ils, elles,
 * he, she, they), not an impersonal "il y a" / "il faut"? */
static int subject_pronoun(const rcp_doc *d, uint32_t t, uint32_t end)
{
    static const char *const p[] = {"il",  "elle", "ils",  "elles",
                                    "he",  "she",  "they"};
    const rcp_token *k = &d->toks[t];
    for (size_t i = 0; i < RCP_ARRAY_SIZE(p); i++)
        if (rcp__tok_is(k, p[i])) {
            if (t + 1 < end && (rcp__tok_is(&d->toks[t + 1], "y") ||
                                rcp__tok_is(&d->toks[t + 1], "faut")))
                return 0;
            return 1;
        }
    return 0;
}

/* Is toks[t] an inverted subject pronoun (a-t-il, dit-elle, or "-il" as
 * the tokenizer splits it)? */
static int inverted_pronoun(const rcp_token *k)
{
    static const char *const sfx[] = {"-t-il", "-t-elle", "-t-ils", "-t-elles",
                                      "-il",   "-elle",   "-ils",   "-elles"};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(sfx); i++) {
        size_t l = strlen(sfx[i]);
        if (k->norm && k->norm_len >= l &&
            !memcmp(k->norm + k->norm_len - l, sfx[i], l))
            return 1;
    }
    return 0;
}

/*
 * A reference further in: the subject pronoun of the main clause after an
 * opening complement ("De retour en France, elle affirme...", "On
 * Monday, he said..."), an object pronoun before the first verb
 * ("Matignon lui a donné..."), or the pronoun of the attribution of a
 * quotation ("« ... », a-t-il conclu", "\"...,\" she said"): whom it
 * stands for is in the article, not in the summary.
 */
static int opens_on_reference(const rcp_digest *g, const rcp__dunit *u)
{
    if (opens_on_reference1(g, u))
        return 1;
    const rcp_doc *d = g->docs[u->doc];
    if (d->lang_class == RCP_LC_OTHER)
        return 0;
    uint32_t end = u->tok + u->ntok, words = 0, inside = 0;
    int quotes = 0;
    for (uint32_t t = u->tok; t < end; t++) {
        const rcp_token *k = &d->toks[t];
        if (k->flags & RCP_TOK_QUOTE) {
            quotes++;
            /* the attribution after a closing mark of a quotation (four
             * words or more: not « nounou » à qui elle...), a few words
             * on */
            if (quotes % 2 == 0 && inside >= 4)
                for (uint32_t a = t + 1; a < end && a < t + 5; a++) {
                    if (subject_pronoun(d, a, end) ||
                        inverted_pronoun(&d->toks[a]))
                        return 1;
                    if (d->toks[a].flags & RCP_TOK_QUOTE)
                        break;
                }
            continue;
        }
        if (quotes % 2) {
            inside += (k->flags & RCP_TOK_WORD) != 0;
            continue; /* inside a quotation */
        }
        inside = 0;
        if (!(k->flags & RCP_TOK_WORD))
            continue;
        words++;
        /* after an opening complement and its comma (the comma first:
         * it is the rarer test) */
        if (words <= 10 && t > u->tok &&
            (d->toks[t - 1].flags & RCP_TOK_PUNCT) &&
            d->toks[t - 1].len == 1 && d->text[d->toks[t - 1].off] == ',' &&
            subject_pronoun(d, t, end))
            return 1;
        /* Matignon lui a donné: the object pronoun before the verb */
        if (words <= 4 && d->lang_class == RCP_LC_FR && rcp__tok_is(k, "lui") &&
            t + 1 < end &&
            (rcp__tok_is(&d->toks[t + 1], "a") ||
             rcp__tok_is(&d->toks[t + 1], "avait") ||
             rcp__tok_is(&d->toks[t + 1], "ont")))
            return 1;
    }
    return 0;
}

static int opens_on_reference1(const rcp_digest *g, const rcp__dunit *u)
{
    static const char *const en[] = {
        "he",        "she",         "it",           "they",     "his",
        "her",       "its",         "their",        "him",      "them",
        "this",      "these",       "those",        "that",     "such",
        "but",       "also",        "however",      "instead",  "besides",
        "yet",       "and",         "so",           "then",     "thus",
        "therefore", "meanwhile",   "moreover",     "furthermore",
        "nevertheless", "nonetheless", "otherwise", "likewise",
        "which",     "whom",        "whose"};
    static const char *const fr[] = {
        "il",      "elle",     "ils",       "elles",      "ce",
        "c'",      "cet",      "cette",     "ces",        "celui",
        "celle",   "ceux",     "celles",    "cela",       "ca",
        "ceci",    "son",      "sa",        "ses",        "leur",
        "leurs",   "lui",      "eux",       "mais",       "ensuite",
        "puis",    "or",       "donc",      "aussi",      "y",
        "et",      "cependant", "pourtant", "toutefois",  "neanmoins",
        "idem",    "alors",   "dont",     "lequel",    "laquelle",   "lesquels",
        "lesquelles", "auquel", "auxquels", "auxquelles", "duquel",
        "desquels", "desquelles"};
    const rcp_doc *d = g->docs[u->doc];
    const char *const *list;
    size_t n;
    if (d->lang_class == RCP_LC_EN)
        list = en, n = RCP_ARRAY_SIZE(en);
    else if (d->lang_class == RCP_LC_FR)
        list = fr, n = RCP_ARRAY_SIZE(fr);
    else
        return 0;
    uint32_t t = u->tok, end = u->tok + u->ntok;
    while (t < end && !(d->toks[t].flags & (RCP_TOK_WORD | RCP_TOK_NUM)))
        t++;
    if (t == end || !(d->toks[t].flags & RCP_TOK_WORD))
        return 0;
    const rcp_token *k = &d->toks[t];
    size_t l = k->norm_len;
    /* "s'agit": the folded form keeps the elided pronoun apart */
    for (size_t i = 0; i < n; i++)
        if (l && list[i][0] == k->norm[0] && strlen(list[i]) == l &&
            !memcmp(list[i], k->norm, l)) {
            if (list == fr && l == 2 && !memcmp(k->norm, "il", 2) &&
                t + 1 < end && d->toks[t + 1].norm &&
                ((d->toks[t + 1].norm_len == 1 &&
                  d->toks[t + 1].norm[0] == 'y') ||
                 (d->toks[t + 1].norm_len == 4 &&
                  !memcmp(d->toks[t + 1].norm, "faut", 4))))
                return 0; /* impersonal */
            /* "Alors que...": a subordinate clause before its main one */
            if (list == fr && l == 5 && t + 1 < end && d->toks[t + 1].norm &&
                d->toks[t + 1].norm_len >= 2 &&
                !memcmp(d->toks[t + 1].norm, "qu", 2))
                return 0;
            return 1;
        }
    /* "Parmi lesquels", "Among whom", "Pour cela": a relative or
     * demonstrative pronoun after the first word (a preposition) refers
     * back as well */
    size_t r = t + 1;
    while (r < end && !(d->toks[r].flags & (RCP_TOK_WORD | RCP_TOK_NUM)))
        r++;
    if (r < end && (d->toks[r].flags & RCP_TOK_WORD)) {
        const rcp_token *q = &d->toks[r];
        /* the relatives: the last 10 words of fr (lequel...), 3 of en */
        size_t from = list == fr ? n - 10 : n - 3;
        for (size_t i = from; i < n; i++)
            if (strlen(list[i]) == q->norm_len &&
                !memcmp(list[i], q->norm, q->norm_len))
                return 1;
        if (list == fr && (rcp__tok_is(q, "cela") || rcp__tok_is(q, "ceci") ||
                           rcp__tok_is(q, "ca")))
            return 1;
    }
    /* "Selon lui", "According to her": a source named before */
    static const char *const pro[] = {"lui", "elle", "eux", "elles",
                                      "him", "her",  "them"};
    size_t s = t + 1;
    if (rcp__tok_is(k, "according") && s < end && rcp__tok_is(&d->toks[s], "to"))
        s++;
    else if (!rcp__tok_is(k, "selon"))
        return 0;
    for (size_t i = 0; s < end && d->toks[s].norm && i < RCP_ARRAY_SIZE(pro);
         i++)
        if (rcp__tok_is(&d->toks[s], pro[i]))
            return 1;
    return 0;
}

int rcp__digest_opens_on_reference(const rcp_digest *g, const rcp__dunit *u)
{
    return opens_on_reference(g, u);
}

/* opens_on_reference of unit i, asked at every step of the greedy
 * choice: remembered in refs[i] (0: not asked yet, 1: no, 2: yes). */
static int refers_back(const rcp_digest *g, uint8_t *refs, size_t i)
{
    if (!refs[i])
        refs[i] = (uint8_t)(1 + opens_on_reference(g, &g->units[i]));
    return refs[i] - 1;
}

int rcp__digest_summarize(rcp_digest *g)
{
    size_t n = g->nunits;
    int rc = RCP_ENOMEM;
    rcp__map ids;
    rcp__map_init(&ids);
    uint32_t **concepts = rcp__calloc(n + 1, sizeof *concepts);
    uint32_t *nconc = rcp__calloc(n + 1, sizeof *nconc);
    uint32_t *tmp = NULL;
    float *weight = NULL;
    uint8_t *covered = NULL, *taken_fact = NULL, *taken = NULL, *refs = NULL;
    uint32_t *lastdoc = NULL;
    size_t nids = 0, cap = 0, tmpcap = 0;
    double alpha = param("RCP_ALPHA", ALPHA);
    double lead = param("RCP_LEAD", LEAD_BONUS);
    double minw = param("RCP_MINW", MIN_WORDS);
    double maxw = param("RCP_MAXW", MAX_WORDS);
    double corr = param("RCP_CORR", 0.0);
    double uni = param("RCP_UNI", 0.0);
    double redund = param("RCP_REDUND", REDUND_DICE);
    double redund_cont = param("RCP_REDUND_CONT", REDUND_CONT);
    if (!concepts || !nconc)
        goto cleanup;
    g->summary = rcp__arena_alloc(&g->arena, (n + 1) * sizeof(uint32_t));
    if (!g->summary)
        goto cleanup;
    /* concepts of each unit, with their doc frequency: a unit's tokens
     * bound its bigrams (and words), so the map is sized once */
    size_t ntoks = 0;
    for (size_t i = 0; i < n; i++)
        ntoks += g->units[i].ntok;
    if (rcp__map_reserve(&ids, uni > 0 ? 2 * ntoks : ntoks))
        goto cleanup;
    for (size_t i = 0; i < n; i++) {
        const rcp__dunit *u = &g->units[i];
        const rcp_doc *d = g->docs[u->doc];
        size_t nt = 0;
        if (rcp__grow(&tmp, &tmpcap, 2 * u->ntok + 1, sizeof *tmp))
            goto cleanup;
        const rcp_token *prev = NULL;
        for (uint32_t t = u->tok; t < u->tok + u->ntok; t++) {
            const rcp_token *k = &d->toks[t];
            if (k->flags & RCP_TOK_PUNCT)
                continue;
            uint64_t key = 0;
            if (uni > 0 && !(k->flags & RCP_TOK_STOP))
                key = rcp__mix64(k->hstem ^ 0x5555);
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    key = 0;
                    if (prev && !((prev->flags & RCP_TOK_STOP) &&
                                  (k->flags & RCP_TOK_STOP)))
                        key = rcp__mix64(prev->hstem * 31 + k->hstem);
                }
                if (!key)
                    continue;
                uint64_t *v = rcp__map_put(&ids, key);
                if (!v)
                    goto cleanup;
                if (*v == 0) {
                    *v = ++nids;
                    if (rcp__grow(&weight, &cap, nids + 1, sizeof *weight))
                        goto cleanup;
                    weight[nids - 1] = 0;
                }
                tmp[nt++] = (uint32_t)(*v - 1);
            }
            prev = k;
        }
        /* unique ids of the unit */
        size_t m = 0;
        for (size_t a = 0; a < nt; a++) {
            size_t b = 0;
            while (b < m && tmp[b] != tmp[a])
                b++;
            if (b == m)
                tmp[m++] = tmp[a];
        }
        concepts[i] = rcp__arena_alloc(&g->arena, (m + 1) * sizeof(uint32_t));
        if (!concepts[i])
            goto cleanup;
        memcpy(concepts[i], tmp, m * sizeof(uint32_t));
        nconc[i] = (uint32_t)m;
    }
    /* doc frequency: count each concept once per doc */
    lastdoc = rcp__malloc((nids + 1) * sizeof *lastdoc);
    covered = rcp__calloc(nids + 1, 1);
    taken_fact = rcp__calloc(g->nfacts + 1, 1);
    taken = rcp__calloc(n + 1, 1);
    refs = rcp__calloc(n + 1, 1);
    if (!lastdoc || !covered || !taken_fact || !taken || !refs)
        goto cleanup;
    for (size_t c = 0; c < nids; c++)
        lastdoc[c] = UINT32_MAX;
    for (size_t i = 0; i < n; i++)
        for (uint32_t a = 0; a < nconc[i]; a++) {
            uint32_t c = concepts[i][a];
            if (lastdoc[c] != g->units[i].doc) {
                lastdoc[c] = g->units[i].doc;
                weight[c] += 1;
            }
        }
    for (size_t c = 0; c < nids; c++)
        if (g->ndocs > 1 && weight[c] < 2)
            weight[c] = 0;
    /* greedy budgeted coverage; when nothing qualifies (a story of short
     * dispatches, of headlines), a second pass takes any sentence but
     * repeats, so that a story always has a summary if one fits */
    size_t left = g->words;
    int relaxed = 0;
    for (;;) {
        double best = 0;
        size_t bi = n;
        for (size_t i = 0; i < n; i++) {
            const rcp__dunit *u = &g->units[i];
            if (taken[i] || taken_fact[u->fact] || u->words > left ||
                u->words == 0)
                continue;
            if (!relaxed && ((u->flags & RCP__U_NOSUMMARY) || u->words < minw ||
                             u->words > maxw))
                continue;
            /* a reference needs its antecedent: the sentence before it
             * in its doc, already in the summary (shown just before it) */
            if (!relaxed && refers_back(g, refs, i) &&
                !(i > 0 && taken[i - 1] && g->units[i - 1].doc == u->doc))
                continue;
            if (relaxed && (u->flags & RCP__U_COPY))
                continue;
            /* the same claim in other words: never twice */
            int again = 0;
            for (size_t k = 0; k < g->nsummary && !again; k++) {
                double cont;
                double dice = rcp__digest_sim(g, u, &g->units[g->summary[k]],
                                              &cont, NULL);
                again = dice >= redund || cont >= redund_cont ||
                        (param("RCP_SAME_CLAIM", 1) > 0 &&
                         same_claim(g, u, &g->units[g->summary[k]]));
#ifdef RCP_DIGEST_TUNE
                if (again && getenv("SAME_DEBUG"))
                    fprintf(stderr, "SAME %.80s\n  <- %.80s\n",
                            g->docs[u->doc]->text + u->off,
                            g->docs[g->units[g->summary[k]].doc]->text +
                                g->units[g->summary[k]].off);
#endif
            }
            if (again)
                continue;
            double gain = relaxed ? 1 : 0;
            for (uint32_t a = 0; a < nconc[i]; a++)
                if (!covered[concepts[i][a]])
                    gain += weight[concepts[i][a]];
            if (gain <= 0)
                continue;
            uint32_t k = u->pos; /* position in its doc */
            gain *= 1 + lead / (1.0 + k);
            gain *= 1 + corr * (g->facts[u->fact].ndocs - 1);
            double s = gain / pow((double)u->words, alpha);
            if (s > best)
                best = s, bi = i;
        }
        if (bi == n && !relaxed && g->nsummary == 0) {
            relaxed = 1;
            continue;
        }
        if (bi == n)
            break;
        taken[bi] = 1;
        taken_fact[g->units[bi].fact] = 1;
        for (uint32_t a = 0; a < nconc[bi]; a++)
            covered[concepts[bi][a]] = 1;
        /* show the fact's representative when it is as good a fit */
        g->summary[g->nsummary++] = (uint32_t)bi;
        left -= g->units[bi].words;
    }
    /* shown best corroborated first; stable, so among equals the order of
     * choice (the most important first) stays */
    for (size_t i = 1; i < g->nsummary; i++)
        for (size_t j = i; j > 0; j--) {
            const rcp__dfact *a = &g->facts[g->units[g->summary[j - 1]].fact];
            const rcp__dfact *b = &g->facts[g->units[g->summary[j]].fact];
            if (a->voices >= b->voices)
                break;
            uint32_t t = g->summary[j];
            g->summary[j] = g->summary[j - 1];
            g->summary[j - 1] = t;
        }
    /* a reference right after its antecedent */
    for (size_t i = 0; i < g->nsummary; i++) {
        uint32_t u = g->summary[i];
        if (u == 0 || !refers_back(g, refs, u))
            continue;
        size_t p = 0;
        while (p < g->nsummary && g->summary[p] != u - 1)
            p++;
        if (p == g->nsummary || p + 1 == i)
            continue;
        /* move u from i to just after p */
        if (i > p) {
            memmove(g->summary + p + 2, g->summary + p + 1,
                    (i - p - 1) * sizeof *g->summary);
            g->summary[p + 1] = u;
        } else {
            memmove(g->summary + i, g->summary + i + 1,
                    (p - i) * sizeof *g->summary);
            g->summary[p] = u;
            i--; /* the item now at i has not been looked at */
        }
    }
    rc = 0;
cleanup:
    rcp__map_release(&ids);
    rcp__free(concepts);
    rcp__free(nconc);
    rcp__free(tmp);
    rcp__free(weight);
    rcp__free(covered);
    rcp__free(taken_fact);
    rcp__free(taken);
    rcp__free(refs);
    rcp__free(lastdoc);
    return rc;
}
