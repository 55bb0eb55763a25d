/*
 * claims.c - the predicates of a sentence's claims (see claims.h).
 */
#include "analysis/claims.h"

#include "analysis/clauses.h"
#include "analysis/lexicon.h"
#include "analysis/nlp_priv.h"

#include <stdlib.h>
#include <string.h>

/* Words after which an ambiguous form (a noun too) is a verb: pronouns,
 * auxiliaries and modals, negation, infinitive markers, relatives. */
static const char *const verb_cue_en[] = {
    "to", "not", "n't", "will", "would", "could", "can", "may", "might",
    "must", "should", "shall", "did", "does", "do", "has", "have", "had",
    "is", "are", "was", "were", "be", "been", "being", "he", "she", "they",
    "we", "i", "you", "it", "who", "which", "that", "also", "never", NULL};
static const char *const verb_cue_fr[] = {
    "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "qui", "ne",
    "n'", "se", "s'", "a", "ont", "avait", "avaient", "aurait", "auraient",
    "est", "sont", "etait", "etaient", "ete", "va", "vont", "peut",
    "peuvent", "doit", "doivent", "pourrait", "devrait", "y", "lui", "me",
    "m'", "te", "t'", "j'", NULL};
/* ... and after which it is a noun (besides the nlp lexicon's
 * determiners and prepositions) */
static const char *const noun_cue[] = {
    "this", "these", "those", "our", "my", "your", "no", "every", "each",
    "some", "any", "ces", "ses", "nos", "vos", "leurs", "mon", "ma", "mes",
    "aucun", "aucune", "chaque", "certains", "plusieurs", NULL};

/* The words of a verb group before its verb (folded), by what they say
 * of the verb's mood: grammar of each language, not vocabulary. */
static const char *const prosp_en[] = {"will", "would", "shall", "may",
                                       "might", "could", "should", "'ll",
                                       "must", "ought", NULL};
static const char *const perfect_en[] = {"has", "have", "had", "having",
                                         "was", "were", "been", NULL};
static const char *const present_en[] = {"is", "are", "am", "be", "being",
                                         "do", "does", NULL};
static const char *const neg_en[] = {"not", "n't", "never", "cannot",
                                     "without", NULL};
static const char *const neg_fr_words[] = {"ne", "n'", "sans", NULL};
static const char *const fr_de[] = {"de", "d'", NULL};
static const char *const prosp_fr[] = {
    "va", "vont", "allait", "allaient", "ira", "iront", "devrait",
    "devraient", "pourrait", "pourraient", "doit", "doivent", "devra",
    "devront", "pourra", "pourront", "sera", "seront", "aura", "auront",
    NULL};
static const char *const perfect_fr[] = {
    "a", "ont", "avait", "avaient", "aurait", "auraient", "eu", "avoir",
    "ayant", "est", "sont", "etait", "etaient", "ete", "etre", "etant",
    "fut", "furent", "serait", "seraient", "a-t-il", "a-t-elle",
    "ont-ils", "ont-elles", NULL};
/* what may stand between them and the verb: negation, clitics */
static const char *const between_en[] = {
    "to", "not", "n't", "never", "cannot", "without", "also", "still",
    "already", "just", "been", "being", "be", "going", "get", "got", "can",
    NULL};
static const char *const between_fr[] = {
    "ne", "n'", "pas", "plus", "jamais", "se", "s'", "y", "en", "lui",
    "leur", "l'", "le", "la", "les", "me", "m'", "te", "t'", "nous",
    "vous", "il", "elle", "ils", "elles", "on", "deja", "aussi",
    "encore", "bien", "finalement", "toujours", "sans", "pu", "pouvoir",
    "peut", "peuvent", "pouvait", "pouvaient", "puisse", "voulu",
    "vouloir", "veut", "veulent", "voulait", NULL};

/* Verbs that deny the verb they govern, by their stem ("refused to
 * comment", "declined to say", "failed to stop"; "refuse de verser",
 * "se refuse à reconnaître", "a renoncé à assister"): grammar of each
 * language, as the negations. */
#ifdef RCP_DIGEST_TUNE
#define TUNE_DENY (!getenv("DENY") || atoi(getenv("DENY")))
#else
#define TUNE_DENY 1
#endif
static const char *const deny_en[] = {"refus", "declin", "fail", NULL};
static const char *const have_en[] = {"have", "has", NULL};
#ifdef RCP_DIGEST_TUNE
#define TUNE_REQUEST (!getenv("REQUEST") || atoi(getenv("REQUEST")))
#else
#define TUNE_REQUEST 1
#endif
static const char *const deny_fr[] = {"refus", "renonc", NULL};

/* 1 when k, before the particle that governs an infinitive ("to"; "de",
 * "d'", "à"), is a verb that denies it (deny_en, deny_fr). */
static int denies(const rcp_doc *d, const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_WORD) || !k->stem)
        return 0;
    const char *const *l = d->lang_class == RCP_LC_EN ? deny_en : deny_fr;
    for (size_t i = 0; l[i]; i++)
        if (!strcmp(k->stem, l[i]))
            return 1;
    return 0;
}

/* Verbs whose infinitive is asked, planned, promised or awaited, not
 * done ("urged parliament to pass", "called on X to overturn", "is
 * expected to be charged", "is about to hire"; "appelle le gouvernement
 * à retirer", "a demandé à la France d'annuler", "a prévu de reprendre"):
 * grammar of each language, as the verbs of refusal. English by the
 * stem, French by the start of the folded form (its verbs' stems vary
 * with the person: "demande" / "demandent"). */
static const char *const request_en[] = {
    "urg",    "call",   "ask",     "demand", "request", "plan",  "promis",
    "vow",    "pledg",  "intend",  "expect", "threaten", "seek", "sought",
    "prepar", "order",  "hope",    "aim",    "propos",  "appeal", "about",
    "due",    "schedul", "slate",  "pois",   NULL};
static const char *const request_fr[] = {
    "appel", "demand", "exhort", "invit",  "prevoi", "prevu", "envisag",
    "promet", "promi", "menac",  "appret", "enjoi",  "incit", "reclam",
    NULL};

/* 1 when one of the (at most 4) words before the particle at token p
 * (its object between: "urged parliament to", "called on the president
 * to", "a demandé à la France d'") is a verb of request (request_en,
 * request_fr); not past punctuation or a clause opener */
static int requests(const rcp_doc *d, uint32_t t0, uint32_t p)
{
    int en = d->lang_class == RCP_LC_EN;
    for (uint32_t b = p, n = 0; b > t0 && n < 4; n++) {
        const rcp_token *k = &d->toks[--b];
        if (!(k->flags & RCP_TOK_WORD) || rcp__tok_opener(d, k))
            return 0;
        if (en) {
            /* "in order to" tells why, not what is asked */
            if (!k->stem ||
                (b > t0 && d->toks[b - 1].norm_len == 2 &&
                 !memcmp(d->toks[b - 1].norm, "in", 2)))
                continue;
            for (size_t i = 0; request_en[i]; i++)
                if (!strcmp(k->stem, request_en[i]))
                    return 1;
        } else {
            for (size_t i = 0; request_fr[i]; i++) {
                size_t l = strlen(request_fr[i]);
                if (k->norm_len >= l && !memcmp(k->norm, request_fr[i], l))
                    return 1;
            }
        }
    }
    return 0;
}

/* An adverb by its suffix: "-ment" in French, "-ly" in English. */
static int adverb(const rcp_doc *d, const rcp_token *k)
{
    return d->lang_class == RCP_LC_EN
               ? k->norm_len > 4 && !memcmp(k->norm + k->norm_len - 2, "ly", 2)
               : k->norm_len > 5 &&
                     !memcmp(k->norm + k->norm_len - 4, "ment", 4);
}

/* The mood of the predicate at token t of d (tokens from t0): its form's
 * tense (pos: rcp__lexicon_pos) and the auxiliaries, modals and negation
 * of its verb group (at most 5 words before it, to the first other
 * word). */
static uint8_t mood_of(const rcp_doc *d, uint32_t t0, uint32_t t, int pos)
{
    int en = d->lang_class == RCP_LC_EN;
    int prosp = (pos & RCP__LEX_PROSP) != 0, past = (pos & RCP__LEX_PAST) != 0;
    int neg = 0, perfect = 0, present = 0, to = 0, beto = 0;
    for (uint32_t b = t, n = 0; b > t0 && n < 5; n++) {
        const rcp_token *k = &d->toks[--b];
        if (!(k->flags & RCP_TOK_WORD))
            break;
        /* an infinitive a verb of refusal governs is denied: "refused
         * to comment", "refuse de verser", "se refuse à reconnaître" */
        int particle = en ? k->norm_len == 2 && !memcmp(k->norm, "to", 2)
                          : (k->norm_len == 1 && k->norm[0] == 'a' &&
                             d->text[k->off] != 'a') ||
                                rcp__tok_listed(fr_de, k);
        if (particle && b > t0 && TUNE_DENY && denies(d, &d->toks[b - 1])) {
            neg = 1;
            break;
        }
        /* what is asked or planned is not done; nor what one has to do
         * ("has to consult"; "had to be evacuated" was) */
        if (particle && TUNE_REQUEST &&
            (requests(d, t0, b) ||
             (en && b > t0 && rcp__tok_listed(have_en, &d->toks[b - 1])))) {
            prosp = 1;
            break;
        }
        if (k->norm_len == 1 && k->norm[0] == 'a' && d->text[k->off] != 'a')
            break; /* "à" */
        if (rcp__negated_aux(d, k))
            neg = 1; /* "didn't", "won't": its tense read as the base's */
        else if (rcp__tok_listed(en ? prosp_en : prosp_fr, k))
            prosp = 1;
        else if (rcp__tok_listed(en ? perfect_en : perfect_fr, k))
            perfect = 1;
        else if (en && rcp__tok_listed(present_en, k))
            present = 1, beto |= to; /* "is to return", not "to be" */
        else if (!rcp__tok_listed(en ? between_en : between_fr, k) &&
                 !(rcp__lex_tok(k) & LX_ADV) && !adverb(d, k))
            break;
        if (rcp__tok_listed(en ? neg_en : neg_fr_words, k))
            neg = 1;
        if (en && k->norm_len == 2 && !memcmp(k->norm, "to", 2))
            to = 1;
    }
    if (beto)
        prosp = 1;
    uint8_t m = 0;
    if (prosp)
        m |= RCP__CLAIM_PROSP;
    else if (perfect || (past && !present))
        m |= RCP__CLAIM_PAST;
    /* "ne ... que" restricts, it does not deny */
    if (neg && !en && t + 1 < d->ntoks &&
        (d->toks[t + 1].flags & RCP_TOK_WORD) &&
        (d->toks[t + 1].norm[0] == 'q' && d->toks[t + 1].norm_len <= 3 &&
         d->toks[t + 1].norm_len >= 2 && d->toks[t + 1].norm[1] == 'u'))
        neg = 0;
    if (neg)
        m |= RCP__CLAIM_NEG;
    return m;
}

/* The lexicon's answer for a word form, cached by the hash of its form
 * and the lexicon's generation. */
static rcp__map cache;
static int cache_ready;

/* The key of token k's form in the language of d and the lexicon's
 * generation, salted by the cache's own en, fr and gen; the cache's map
 * *m made on first use. */
static uint64_t form_key(rcp__map *m, int *ready, const rcp_doc *d,
                         const rcp_token *k, uint64_t en, uint64_t fr,
                         uint64_t gen)
{
    if (!*ready) {
        rcp__map_init(m);
        *ready = 1;
    }
    return rcp__mix64(k->hnorm ^ (d->lang_class == RCP_LC_EN ? en : fr)) ^
           rcp__mix64(rcp__lexicon_generation() + gen);
}

static int pos_of(const rcp_doc *d, const rcp_token *k)
{
    uint64_t h = form_key(&cache, &cache_ready, d, k, 0x656eULL, 0x6672ULL, 7);
    uint64_t *v = rcp__map_get(&cache, h);
    if (v)
        return (int)*v - 1;
    int pos = rcp__lexicon_tok_pos(d, k);
    v = rcp__map_put(&cache, h);
    if (v) /* out of memory: only uncached */
        *v = (uint64_t)pos + 1;
    return pos;
}

int rcp__claim_nounlike(const rcp_doc *d, const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_WORD) || !rcp__lexicon_ready(d->lang_class) ||
        rcp__lex_init())
        return 0;
    if (d->lang_class != RCP_LC_EN) /* mythes-fr marks adverbs as no verb too */
        return !(rcp__lex_tok(k) & LX_ADV) && !adverb(d, k);
    return (pos_of(d, k) & RCP__LEX_OTHER) != 0;
}

/* 1 when k is the French reflexive pronoun "se" / "s'": a verb of
 * saying after it says nothing ("le séjour se poursuit", "s'ajoute"). */
static int reflexive(const rcp_doc *d, const rcp_token *k)
{
    static const char *const se[] = {"se", "s'", NULL};
#ifdef RCP_DIGEST_TUNE
    if (getenv("REFLEX") && !atoi(getenv("REFLEX"))) /* off */
        return 0;
#endif
    return k && d->lang_class == RCP_LC_FR && (k->flags & RCP_TOK_WORD) &&
           rcp__tok_listed(se, k);
}

/* The word before token t of d (tokens from t0) that tells whether a
 * French word is a verb, past at most two adverbs between an auxiliary
 * or a pronoun and its verb ("a également donné", "se sont mutuellement
 * offert"); NULL when none is a word. (English, where a past in -ed is
 * sure anyway, measured: "she abruptly left" read as a verb regrouped
 * ecb_t01's Betty Ford fact, B-en recall 0.487 -> 0.436.) */
static const rcp_token *adverb_cue(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    /* an adverb of two words after an auxiliary: "a de nouveau exclu" */
    if (t >= t0 + 3 && rcp__adverb_phrase(d, t - 2) &&
        rcp__aux_word(d, &d->toks[t - 3]))
        return &d->toks[t - 3];
    for (uint32_t b = t, n = 0; b > t0 && n < 3; n++) {
        const rcp_token *k = &d->toks[--b];
        if (!(k->flags & RCP_TOK_WORD))
            return NULL;
        if (n == 2 || !((rcp__lex_tok(k) & LX_ADV) || adverb(d, k)) ||
            (pos_of(d, k) & RCP__LEX_VERB) || b == t0)
            return k;
    }
    return NULL;
}

/* 1 when the French word at token t (of tokens [t0, t1) of d) is a
 * present participle set apart by a comma, which tells what the subject
 * of the sentence also does ("..., poursuivant son déplacement", "...,
 * ajoutant que"): its form ends in -ant and a determiner, a pronoun or
 * "que" follows it; not a noun of that form ("..., dirigeant de
 * l'entreprise", "..., représentant du parquet") */
static int detached_participle(const rcp_doc *d, uint32_t t0, uint32_t t1,
                               uint32_t t)
{
    static const char *const que[] = {"que", "qu'", NULL};
#ifdef RCP_DIGEST_TUNE
    if (getenv("DETACHED") && !atoi(getenv("DETACHED"))) /* off */
        return 0;
#endif
    const rcp_token *k = &d->toks[t];
    if (d->lang_class != RCP_LC_FR || t == t0 || t + 1 >= t1 ||
        k->norm_len < 5 || memcmp(k->norm + k->norm_len - 3, "ant", 3) ||
        (d->toks[t - 1].flags & RCP_TOK_WORD) ||
        d->text[d->toks[t - 1].off] != ',')
        return 0;
    const rcp_token *n = &d->toks[t + 1];
    return (n->flags & RCP_TOK_WORD) &&
           ((rcp__lex_tok(n) & (LX_DET | LX_PRON)) ||
            rcp__tok_listed(noun_cue, n) || rcp__tok_listed(que, n));
}

uint32_t rcp__claim_predicates(const rcp_doc *d, uint32_t t0, uint32_t t1,
                               uint8_t *kind)
{
    memset(kind, 0, t1 > t0 ? t1 - t0 : 0);
    /* another language has no lexicon: nothing marked, so the tests of
     * mood, refusal and request below (French or else English) never
     * read a doc of class OTHER */
    if (t1 <= t0 || d->lang_class == RCP_LC_OTHER ||
        !rcp__lexicon_ready(d->lang_class) || rcp__lex_init())
        return 0;
    int en = d->lang_class == RCP_LC_EN;
    uint32_t nverbs = 0;
    const rcp_token *prev = NULL; /* the word before */
    for (uint32_t t = t0; t < t1; prev = &d->toks[t], t++) {
        const rcp_token *k = &d->toks[t];
        if (!(k->flags & RCP_TOK_WORD) || (k->flags & (RCP_TOK_NUM | RCP_TOK_STOP)) ||
            k->norm_len < 2 ||
            ((k->flags & RCP_TOK_CAP) && !(k->flags & RCP_TOK_SSTART)))
            continue;
        uint32_t lx = rcp__lex_tok(k);
        if ((lx & (LX_AUX | LX_DET | LX_PRON)) ||
            ((lx & LX_SAY) && !reflexive(d, prev)) ||
            (rcp__frame_word(k) && !reflexive(d, prev)) ||
            rcp__tok_listed(en ? verb_cue_en : verb_cue_fr, k))
            continue;
        int pos = pos_of(d, k);
        if (pos & RCP__LEX_DEVERBAL) { /* "le fichage": a predicate form */
            kind[t - t0] = RCP__CLAIM_FORM | RCP__CLAIM_NOUN;
            continue;
        }
        if (!(pos & RCP__LEX_VERB))
            continue;
        uint8_t m = RCP__CLAIM_FORM;
        /* the capitalised first word of the sentence before a verb of
         * saying or an auxiliary is its subject: "Fanning said" */
        if ((k->flags & RCP_TOK_CAP) && t + 1 < t1 &&
            (d->toks[t + 1].flags & RCP_TOK_WORD) &&
            ((rcp__lex_tok(&d->toks[t + 1]) & LX_SAY) ||
             rcp__aux_word(d, &d->toks[t + 1]))) {
            kind[t - t0] = m;
            continue;
        }
        uint32_t pl = prev && (prev->flags & RCP_TOK_WORD) ? rcp__lex_tok(prev)
                                                           : 0;
        const rcp_token *cue = en ? prev : adverb_cue(d, t0, t);
#ifdef RCP_DIGEST_TUNE
        if (getenv("ADV_CUE") && !atoi(getenv("ADV_CUE"))) /* off */
            cue = prev;
#endif
        if ((cue && (cue->flags & RCP_TOK_WORD) &&
             (rcp__tok_listed(en ? verb_cue_en : verb_cue_fr, cue) ||
              rcp__negated_aux(d, cue) || (rcp__lex_tok(cue) & LX_PRON))) ||
            detached_participle(d, t0, t1, t))
            m |= RCP__CLAIM_VERB | RCP__CLAIM_SURE; /* "a démissionné",
                                                        "they attack",
                                                        ", poursuivant son" */
        else if ((pl & LX_DET) || (prev && rcp__tok_listed(noun_cue, prev)))
            ; /* after a determiner, a noun: "l'euthanasie", "the injured" */
        else if (!(pos & RCP__LEX_OTHER))
            m |= RCP__CLAIM_VERB | RCP__CLAIM_SURE;
        else if (prev && (prev->flags & RCP_TOK_WORD) && !(pl & LX_PREP))
            m |= RCP__CLAIM_VERB | /* after a noun or a name: its verb */
                 (en && k->norm_len > 3 && k->norm[k->norm_len - 2] == 'e' &&
                          k->norm[k->norm_len - 1] == 'd'
                      ? RCP__CLAIM_SURE
                      : 0);
        if (m & RCP__CLAIM_VERB) {
            uint8_t mm = mood_of(d, t0, t, pos);
            /* a verb coordinated with a prospective one shares its
             * auxiliary: "would be found and brought to justice" */
            if (!(mm & RCP__CLAIM_PROSP) && t >= t0 + 2 &&
                (kind[t - 2 - t0] & RCP__CLAIM_PROSP) &&
                rcp__tok_coordinator(d, &d->toks[t - 1]))
                mm = (uint8_t)((mm & ~RCP__CLAIM_PAST) | RCP__CLAIM_PROSP);
            m |= mm;
        }
        kind[t - t0] = m;
        nverbs += (m & RCP__CLAIM_VERB) != 0;
    }
    return nverbs;
}

/* Looser than the digest's terms (lexicon.c's rcp__lexicon_default): a
 * predicate is compared only with the predicates of the other sentence,
 * so a wider sense does not join unrelated words of the story. */
#ifndef CLAIM_SENSES
#define CLAIM_SENSES 2
#endif
#ifndef CLAIM_SYNS
#define CLAIM_SYNS 12
#endif

/* keys of each word form: kcache maps the form to 1 + its first key's
 * index in kpool << 8 | the number of keys */
static rcp__map kcache;
static int kcache_ready;
static uint64_t *kpool;
static size_t nkpool, ckpool;

/* rcp__claim_keys and rcp__claim_lemmas: the keys of k's form that
 * rcp__lexicon_neighbours gives with max senses or synonyms, cached in
 * kcache (salted by max) */
static size_t form_keys(const rcp_doc *d, const rcp_token *k, unsigned max,
                        const uint64_t **keys)
{
    static uint64_t one[64];
    *keys = one;
    uint64_t h = form_key(&kcache, &kcache_ready, d, k, 0x6b656eULL,
                          0x6b6672ULL, 11 + 64 * (uint64_t)max);
    uint64_t *v = rcp__map_get(&kcache, h);
    if (v) {
        size_t first = (size_t)(*v >> 8) - 1, n = (size_t)(*v & 0xff);
        *keys = kpool + first;
        return n;
    }
    char low[256];
    size_t n = rcp__lexicon_lower(d->text + k->off, k->len, low, sizeof low);
    size_t nk = n ? rcp__lexicon_neighbours(d->lang_class, low, n, max, one,
                                            RCP_ARRAY_SIZE(one))
                  : 0;
    if (rcp__grow(&kpool, &ckpool, nkpool + nk + 1, sizeof *kpool))
        return nk; /* uncached */
    memcpy(kpool + nkpool, one, nk * sizeof *one);
    v = rcp__map_put(&kcache, h);
    if (v) {
        *v = (uint64_t)(nkpool + 1) << 8 | nk;
        *keys = kpool + nkpool;
        nkpool += nk;
    }
    return nk;
}

size_t rcp__claim_keys(const rcp_doc *d, const rcp_token *k,
                       const uint64_t **keys)
{
    return form_keys(
        d, k, d->lang_class == RCP_LC_EN ? CLAIM_SENSES : CLAIM_SYNS, keys);
}

#ifndef LOOSE_SENSES
#define LOOSE_SENSES 8
#endif
#ifndef LOOSE_SYNS
#define LOOSE_SYNS 40
#endif

size_t rcp__claim_loose_keys(const rcp_doc *d, const rcp_token *k,
                             const uint64_t **keys)
{
    return form_keys(
        d, k, d->lang_class == RCP_LC_EN ? LOOSE_SENSES : LOOSE_SYNS, keys);
}

size_t rcp__claim_lemmas(const rcp_doc *d, const rcp_token *k,
                         const uint64_t **keys)
{
    return form_keys(d, k, 0, keys);
}

/* the phrasal verbs of (verb form, next word form) pairs: pcache maps
 * the pair to 1 + its first key's index in ppool << 16 | its sense keys'
 * count << 8 | its lemma keys' count (0 and 0: none) */
static rcp__map pcache;
static int pcache_ready;
static uint64_t *ppool;
static size_t nppool, cppool;

size_t rcp__claim_phrasal_keys(const rcp_doc *d, uint32_t tok, int lemmas,
                               uint64_t *out, size_t cap)
{
    if (d->lang_class != RCP_LC_EN || tok + 1 >= d->ntoks)
        return 0;
    const rcp_token *k = &d->toks[tok], *p = &d->toks[tok + 1];
    if (!(p->flags & RCP_TOK_WORD))
        return 0;
    uint64_t h = form_key(&pcache, &pcache_ready, d, k, 0x7068ULL, 0x7068ULL,
                          13) ^
                 rcp__mix64(p->hnorm + 0x9e37);
    uint64_t *v = rcp__map_get(&pcache, h);
    uint64_t tmp[72];
    size_t nk = 0, nl = 0;
    if (v) {
        size_t first = (size_t)(*v >> 16) - 1;
        nk = (size_t)(*v >> 8 & 0xff), nl = (size_t)(*v & 0xff);
        memcpy(tmp, ppool + first, (nk + nl) * sizeof *tmp);
    } else {
        char low[256], pl[128], ph[256];
        size_t n = rcp__lexicon_lower(d->text + k->off, k->len, low, sizeof low);
        size_t pn = rcp__lexicon_lower(d->text + p->off, p->len, pl, sizeof pl);
        size_t m = n && pn ? rcp__lexicon_phrasal(low, n, pl, pn, ph, sizeof ph)
                           : 0;
        if (m) {
            nk = rcp__lexicon_neighbours(RCP_LC_EN, ph, m, CLAIM_SENSES, tmp,
                                         56);
            nl = rcp__lexicon_neighbours(RCP_LC_EN, ph, m, 0, tmp + nk, 8);
            nl += rcp__lexicon_sense_words(ph, m, tmp + nk + nl, 16 - nl);
        }
        if (!rcp__grow(&ppool, &cppool, nppool + nk + nl + 1, sizeof *ppool) &&
            (v = rcp__map_put(&pcache, h))) {
            memcpy(ppool + nppool, tmp, (nk + nl) * sizeof *tmp);
            *v = (uint64_t)(nppool + 1) << 16 | nk << 8 | nl;
            nppool += nk + nl;
        }
    }
    const uint64_t *src = lemmas ? tmp + nk : tmp;
    size_t n = RCP_MIN(lemmas ? nl : nk, cap);
    memcpy(out, src, n * sizeof *out);
    return n;
}
