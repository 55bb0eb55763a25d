/*
 * clauses.c - where the claims of a sentence begin (see clauses.h).
 *
 * The openers are grammar, not vocabulary: the coordinating and
 * subordinating conjunctions and the relative pronouns of French and
 * English (folded: lower case, no accents; French elided forms end in
 * '), and the few prepositions that open an attribution or a
 * circumstance ("according to", "selon", "after", "apres"). Languages
 * without a list are cut at punctuation only.
 */
#include "analysis/clauses.h"
#include "analysis/claims.h"
#include "analysis/lexicon.h"
#include "analysis/nlp_priv.h"
#include "text/text.h"

#include <strings.h>

#ifdef RCP_DIGEST_TUNE
#include <stdlib.h>
#endif

static const char *const openers_en[] = {
    "and",     "but",   "or",     "nor",       "yet",    "while",
    "whereas", "although", "though", "because", "since", "after",
    "before",  "when",  "where",  "which",     "who",    "whom",
    "whose",   "that",  "if",     "unless",    "until",  "as",
    "including", "according", "despite", "so", NULL};

static const char *const openers_fr[] = {
    "et",     "mais",    "ou",     "car",     "donc",     "ni",
    "qui",    "que",     "qu'",    "dont",    "lorsque",  "lorsqu'",
    "quand",  "puisque", "puisqu'", "alors",  "tandis",   "si",
    "s'",     "apres",   "avant",  "selon",   "afin",     "comme",
    "parce",  "bien",    "tout",   "malgre",  "depuis",   "pendant",
    NULL};

/* The words of a static list by their hashes, in an open-addressed table
 * of its own (for the first LISTS lists asked about; the others, and a
 * list too long for its table, are read through): a word costs a probe
 * or two, and a compare of its letters only when its hash is there. A
 * list's table is found by the list's address in `wordindex`, most at
 * the first slot looked at. (Until the fourteenth session the tables
 * were themselves found by address, 64 of them probed in turn: the
 * program asks about 98 lists, and the 34 without a table were looked
 * for in all 64 slots at every ask, then read through; asked 5M times in
 * a 3,000-article add, that was 4% of its instructions.) */
#define LISTS 256      /* tables (the program asks about 98 lists) */
#define LIST_SLOTS 128 /* a power of two: lists of up to LIST_SLOTS / 2 */
#define INDEX 1024     /* index_slot takes the top 10 bits of a product */
static struct wordset {
    const char *const *l;
    int scan;                   /* read the list through */
    uint64_t h[LIST_SLOTS];     /* a word's hash; 0: empty */
    uint8_t at[LIST_SLOTS];     /* its index in l */
} wordsets[LISTS];
static size_t nwordsets, nindexed;
static struct {
    const char *const *l; /* NULL: empty */
    struct wordset *s;    /* NULL: no table (LISTS reached): read through */
} wordindex[INDEX];

static size_t index_slot(const char *const *l)
{ /* Fibonacci hashing of the address: a multiply and a shift */
    return (size_t)(((uint64_t)(uintptr_t)l * 0x9e3779b97f4a7c15ULL) >> 54);
}

/* The table of list l, built on its first ask (NULL once LISTS tables
 * are taken), and kept in the index while it has room. */
static RCP_NOINLINE const struct wordset *wordset_new(const char *const *l)
{
    size_t j = index_slot(l);
    while (wordindex[j].l && wordindex[j].l != l)
        j = (j + 1) & (INDEX - 1);
    if (wordindex[j].l)
        return wordindex[j].s;
    struct wordset *s = nwordsets < LISTS ? &wordsets[nwordsets++] : NULL;
    if (s) {
        size_t n = 0;
        while (l[n])
            n++;
        s->scan = n > LIST_SLOTS / 2;
        for (size_t i = 0; i < n && !s->scan; i++) {
            uint64_t x = rcp__hash(l[i], strlen(l[i]), 0);
            size_t k = (size_t)x & (LIST_SLOTS - 1);
            while (s->h[k])
                k = (k + 1) & (LIST_SLOTS - 1);
            s->h[k] = x;
            s->at[k] = (uint8_t)i;
            s->scan = !x; /* 0 marks an empty slot */
        }
        s->l = l;
    }
    if (nindexed + 1 < INDEX) { /* one slot stays empty: probes end */
        wordindex[j].l = l;
        wordindex[j].s = s;
        nindexed++;
    }
    return s;
}

/* w[0..n) in l, read through */
static RCP_NOINLINE int listed_scan(const char *const *l, const char *w,
                                    size_t n)
{
    for (size_t i = 0; l[i]; i++)
        if (l[i][0] == w[0] && strlen(l[i]) == n && !memcmp(l[i], w, n))
            return 1;
    return 0;
}

/* The probe of rcp__word_listed from slot k, whose hash is h: the
 * letters compared (out of line: a hash rarely meets, and the caller's
 * fast path then keeps nothing across a call). */
static RCP_NOINLINE int listed_at(const struct wordset *s, const char *w,
                                  size_t n, uint64_t h, size_t k)
{
    for (; s->h[k]; k = (k + 1) & (LIST_SLOTS - 1))
        if (s->h[k] == h && strlen(s->l[s->at[k]]) == n &&
            !memcmp(s->l[s->at[k]], w, n))
            return 1;
    return 0;
}

int rcp__word_list_table(const char *const *l)
{
    size_t j = index_slot(l);
    const struct wordset *s =
        wordindex[j].l == l ? wordindex[j].s : wordset_new(l);
    return s && !s->scan;
}

/* rcp__word_listed with the list's table in hand (or none) */
static int listed_in(const struct wordset *s, const char *const *l,
                     const char *w, size_t n, uint64_t h)
{
    if (!s || s->scan)
        return listed_scan(l, w, n);
    size_t k = (size_t)h & (LIST_SLOTS - 1);
    while (s->h[k] && s->h[k] != h)
        k = (k + 1) & (LIST_SLOTS - 1);
    return s->h[k] ? listed_at(s, w, n, h, k) : 0;
}

/* ... the list's first ask, or one its index slot does not hold */
static RCP_NOINLINE int listed_new(const char *const *l, const char *w,
                                   size_t n, uint64_t h)
{
    return listed_in(wordset_new(l), l, w, n, h);
}

int rcp__word_listed(const char *const *l, const char *w, size_t n,
                     uint64_t h)
{
    if (!n || !l)
        return 0;
    size_t j = index_slot(l);
    if (wordindex[j].l != l)
        return listed_new(l, w, n, h);
    return listed_in(wordindex[j].s, l, w, n, h);
}

/* rcp__clause_opener with the word's hash given */
static int opener(rcp_lang_class lc, const char *w, size_t n, uint64_t h)
{
    const char *const *list = NULL;
    if (lc == RCP_LC_EN)
        list = openers_en;
    else if (lc == RCP_LC_FR)
        list = openers_fr;
    return list && n && rcp__word_listed(list, w, n, h);
}

int rcp__clause_opener(rcp_lang_class lc, const char *w, size_t n)
{
    return n && opener(lc, w, n, rcp__hash(w, n, 0));
}

int rcp__tok_opener(const rcp_doc *d, const rcp_token *k)
{
    return opener(d->lang_class, k->norm, k->norm_len, k->hnorm);
}

/* The English negative contraction of an auxiliary ("didn't", "don't",
 * "can't", "won't"): one token, which the lists of auxiliaries, verb
 * cues and negations cannot name form by form. */
int rcp__negated_aux(const rcp_doc *d, const rcp_token *k)
{
    return d->lang_class == RCP_LC_EN && (k->flags & RCP_TOK_WORD) &&
           k->norm_len > 3 && !memcmp(k->norm + k->norm_len - 3, "n't", 3);
}

/* 1 when token t of d is the French pronoun "s'" ("s'envolent", "s'appelle"),
 * not "si" elided before "il" / "ils": it opens no subordinate clause
 * (a chunk still starts there: "Le trader responsable de la perte | s'appelle
 * Boris" holds the claim of its first chunk). */
static int reflexive_s(const rcp_doc *d, uint32_t t)
{
    const rcp_token *k = &d->toks[t];
    if (k->norm_len != 2 || memcmp(k->norm, "s'", 2))
        return 0;
    const rcp_token *n = t + 1 < d->ntoks ? &d->toks[t + 1] : NULL;
    return !n || !(n->flags & RCP_TOK_WORD) ||
           !((n->norm_len == 2 && !memcmp(n->norm, "il", 2)) ||
             (n->norm_len == 3 && !memcmp(n->norm, "ils", 3)));
}

/* 1 when the word at token t of d opens no clause though listed: a
 * coordinator between two capitalised words, which joins the words of a
 * name or a title ("Fish and Wildlife Service", "President and General
 * Manager"). */
static int opener_not(const rcp_doc *d, uint32_t t)
{
    const rcp_token *k = &d->toks[t];
    if (t == 0 || t + 1 >= d->ntoks || k->norm_len > 3 ||
        !((k->norm_len == 3 && !memcmp(k->norm, "and", 3)) ||
          (k->norm_len == 2 && (!memcmp(k->norm, "et", 2) ||
                                !memcmp(k->norm, "or", 2) ||
                                !memcmp(k->norm, "ou", 2)))))
        return 0;
    const rcp_token *a = &d->toks[t - 1], *b = &d->toks[t + 1];
    return (a->flags & RCP_TOK_WORD) && (a->flags & RCP_TOK_CAP) &&
           !(a->flags & RCP_TOK_SSTART) && (b->flags & RCP_TOK_WORD) &&
           (b->flags & RCP_TOK_CAP);
}

/* rcp__clause_opener for the word at token t of d, in its context */
static int opener_at(const rcp_doc *d, uint32_t t)
{
    const rcp_token *k = &d->toks[t];
    return (k->flags & RCP_TOK_WORD) && rcp__tok_opener(d, k) &&
           !opener_not(d, t);
}

int rcp__clause_opens_at(const rcp_doc *d, uint32_t t)
{
    return opener_at(d, t) && !reflexive_s(d, t);
}

int rcp__clause_condition(const rcp_doc *d, uint32_t t)
{
    static const char *const cond[] = {"if", "unless", "si", "s'", NULL};
    return rcp__tok_listed(cond, &d->toks[t]) && !reflexive_s(d, t);
}

int rcp__frame_word(const rcp_token *k)
{
    if (rcp__lex_init())
        return 0;
    return (rcp__lex_tok(k) & (LX_SAY | LX_ROLE | LX_TITLE | LX_WEEKDAY |
                               LX_MONTH | LX_DOCWORD | LX_ACCORD)) != 0;
}

int rcp__saying_word(const rcp_token *k)
{
    if (rcp__lex_init())
        return 0;
    return (rcp__lex_tok(k) & (LX_SAY | LX_DOCWORD | LX_ACCORD)) != 0;
}

/* Punctuation that separates the parts of a sentence: , ; : brackets and
 * dashes (a lone hyphen between spaces is one too). */
static int is_cut_punct(const rcp_doc *d, const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_PUNCT) || (k->flags & RCP_TOK_QUOTE))
        return 0;
    int32_t c = -1;
    rcp__utf8_decode(d->text + k->off, k->len, &c);
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
           c == '[' || c == ']' || c == '-' || c == 0x2013 || c == 0x2014;
}

uint32_t rcp__clause_starts(const rcp_doc *d, uint32_t t0, uint32_t t1,
                            uint32_t *starts)
{
    uint32_t n = 0;
    if (t0 >= t1)
        return 0;
    starts[n++] = t0;
    int content = 0; /* the chunk open so far holds a word or number */
    int pending = 0; /* a separator after content: cut at the next token */
    for (uint32_t t = t0; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        if (is_cut_punct(d, k)) {
            pending |= content;
            continue;
        }
        int opener = t > t0 && opener_at(d, t);
        if ((pending || (opener && content)) && n < RCP__MAX_CHUNKS) {
            starts[n++] = t;
            content = 0;
        }
        pending = 0;
        if (k->flags & (RCP_TOK_WORD | RCP_TOK_NUM))
            content = 1;
    }
    /* a last chunk with no word or number (the final stop, a closing
     * bracket) belongs to the one before */
    if (n > 1 && !content)
        n--;
    return n;
}

/* Relative pronouns whose clause tells of the word before them. "that"
 * and "que" are left out: they also open what is said ("said that"). */
static const char *const relatives_en[] = {"who", "whom", "whose", "which",
                                           NULL};
static const char *const relatives_fr[] = {"qui", "dont", "lequel",
                                           "laquelle", "lesquels",
                                           "lesquelles", NULL};

static int in_words(const char *const *l, const rcp_token *k)
{
    return k->norm_len <= 10 && rcp__tok_listed(l, k);
}

/* The auxiliaries and modals of each language, folded: grammar, like the
 * openers (the lexicon reads no form of "être" as a verb). */
static const char *const aux_en[] = {
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had",
    "do", "does", "did", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "become", "becomes", "became", NULL};
static const char *const aux_fr[] = {
    "est", "sont", "etait", "etaient", "sera", "seront", "serait",
    "seraient", "fut", "furent", "soit", "soient", "a", "ont", "avait",
    "avaient", "aura", "auront", "aurait", "auraient", "eut", "va", "vont",
    "doit", "doivent", "peut", "peuvent", "devrait", "pourrait",
    "devraient", "pourraient", "devra", "devront", "pourra", "pourront",
    NULL};

/* in_words of the auxiliaries of d's language by form, as rcp__lex_memo:
 * the last form of each value of its key's low bits (the form's hash,
 * salted for English). rcp__aux_word is asked of nearly every word of
 * every statement (5 M asks in a 9,000-article add), of a few thousand
 * forms. */
#define AUX_MEMO 4096 /* a power of two */
static rcp__wmemo aux_memo[AUX_MEMO];

static int aux_listed(const rcp_doc *d, const rcp_token *k)
{
    if (d->lang_class == RCP_LC_OTHER)
        return 0; /* no list of its language (and the memo is keyed for
                     English and French only) */
    int en = d->lang_class == RCP_LC_EN;
    uint64_t key = k->hnorm ^ (en ? 0x9e3779b97f4a7c15ULL : 0);
    rcp__wmemo *m = rcp__wmemo_at(aux_memo, AUX_MEMO, key);
    if (m->h != key || !key)
        m->h = key, m->v = (uint32_t)in_words(en ? aux_en : aux_fr, k);
    return (int)m->v;
}

int rcp__aux_word(const rcp_doc *d, const rcp_token *k)
{
    if (k->norm_len == 1 && k->norm[0] == 'a' &&
        (d->text[k->off] != 'a' || /* "à" */
         (k > d->toks && k[-1].norm_len == 1 && k[-1].norm[0] == 'y')))
        return 0; /* "il y a deux semaines": "ago" */
    return aux_listed(d, k) || rcp__negated_aux(d, k);
}

int rcp__adverb_phrase(const rcp_doc *d, uint32_t t)
{
#ifdef RCP_DIGEST_TUNE
    if (getenv("ADV_PHRASE") && !atoi(getenv("ADV_PHRASE"))) /* off */
        return 0;
#endif
    if (d->lang_class != RCP_LC_FR || t + 1 >= d->ntoks)
        return 0;
    const rcp_token *p = &d->toks[t], *w = &d->toks[t + 1];
    return (p->flags & RCP_TOK_WORD) && (rcp__lex_tok(p) & LX_PREP) &&
           (w->flags & RCP_TOK_WORD) &&
           !(w->flags & (RCP_TOK_CAP | RCP_TOK_NUM)) &&
           !(rcp__lex_tok(w) & (LX_DET | LX_PRON | LX_PREP));
}

/* A verb of a clause: a predicate used as a verb, a reporting verb, an
 * auxiliary ("a été placée", "was shot"; not "à"). */
static int finite(const rcp_doc *d, const rcp_token *k, uint8_t kind)
{
    if (!(k->flags & RCP_TOK_WORD))
        return 0;
    if (kind & 2) /* RCP__CLAIM_VERB (analysis/claims.h) */
        return 1;
    if (rcp__lex_tok(k) & LX_SAY)
        return 1;
    return rcp__aux_word(d, k);
}

/* Verbs that are stopwords (which the lexicon does not read) besides the
 * auxiliaries, and English contractions of a pronoun and a verb: grammar,
 * like the auxiliaries. */
static const char *const verb_stop_en[] = {
    "said", "say", "says", "told", "tell", "get", "gets", "got", "go",
    "goes", "going", "gone", "went", "make", "makes", "made", "done",
    "doing", "having", "being", "it's", "he's", "she's", "that's",
    "there's", "here's", "what's", "who's", "let's", "we're", "they're",
    "you're", "i'm", "i've", "we've", "they've", "you've", "i'll",
    "we'll", "they'll", "he'll", "she'll", "you'll", "it'll", NULL};
static const char *const verb_stop_fr[] = {
    "fait", "font", "faire", "fais", "faisait", "faisaient", "dit",
    "disait", "ai", "as", "suis", "sommes", "etes", "es", "ete", "etre",
    "avoir", "ayant", "etant", "eu", "avons", "avez", NULL};
static const char *const contraction_en[] = {"'re", "'m", "'ve", "'ll",
                                             "'d", NULL};
/* ... and "'s" after these ("It 's"; not a possessive, "Sheriff 's") */
static const char *const is_after_en[] = {"it", "he", "she", "that", "there",
                                          "here", "what", "who", "where",
                                          NULL};

/* 1 when token t (of a sentence from t0) is an English possessive "'s"
 * / "’s", glued to a name or a noun: not after the pronouns above */
static int possessive(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    return d->lang_class == RCP_LC_EN && t > t0 &&
           rcp__tok_is(&d->toks[t], "'s") &&
           !rcp__tok_listed(is_after_en, &d->toks[t - 1]);
}

/* 1 when word token k, of kind kd, goes on the noun phrase owned by a
 * possessive ("Gray's revolver", "the sheriff's new patrol car"): a word
 * no grammar word, auxiliary or verb of saying, nor surely a verb or a
 * past ("the suspect's car crashed") */
static int possessed_word(const rcp_doc *d, const rcp_token *k, uint8_t kd)
{
    return (k->flags & RCP_TOK_WORD) && !(k->flags & RCP_TOK_STOP) &&
           !(kd & (RCP__CLAIM_SURE | RCP__CLAIM_PAST)) &&
           !rcp__aux_word(d, k) && !(rcp__lex_tok(k) & LX_SAY);
}

int rcp__clause_has_verb(const rcp_doc *d, uint32_t t0, uint32_t t1,
                         const uint8_t *kind)
{
    /* another language: no list tells its verbs, so a clause may hold one
     * (no sentence of it is taken for a verbless heading or caption) */
    if (d->lang_class == RCP_LC_OTHER)
        return t1 > t0;
    int en = d->lang_class == RCP_LC_EN;
    for (uint32_t t = t0; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        /* a possessive's owner and what it owns are nouns, whatever
         * verb they may be read as ("Gray", "patrol") */
        if (t + 1 < t1 && possessive(d, t0, t + 1))
            continue;
        if (possessive(d, t0, t)) {
            while (t + 1 < t1 &&
                   possessed_word(d, &d->toks[t + 1], kind[t + 1 - t0]))
                t++;
            continue;
        }
        if (!(k->flags & RCP_TOK_WORD))
            continue;
        /* a verb, or a form of one read as a noun here ("prône" after a
         * comma); not a noun made from one ("l'allumage") */
        if (finite(d, k, kind[t - t0]) ||
            (kind[t - t0] & (RCP__CLAIM_FORM | RCP__CLAIM_NOUN)) ==
                RCP__CLAIM_FORM ||
            in_words(en ? verb_stop_en : verb_stop_fr, k) ||
            (en && t > t0 &&
             (rcp__tok_listed(contraction_en, k) ||
              (rcp__tok_is(k, "'s") &&
               rcp__tok_listed(is_after_en, &d->toks[t - 1])))))
            return 1;
    }
    return 0;
}

/* A name the words after a comma may describe: a capitalised word that is
 * no weekday or month, in a name that no preposition other than "de" /
 * "of" opens ("In Paris, the police..." is a circumstance). */
static int described_name(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    const rcp_token *k = &d->toks[t];
    if (!(k->flags & RCP_TOK_WORD) || !(k->flags & RCP_TOK_CAP) ||
        (k->flags & RCP_TOK_STOP) ||
        (rcp__lex_tok(k) & (LX_WEEKDAY | LX_MONTH)))
        return 0;
    while (t > t0 && (d->toks[t - 1].flags & RCP_TOK_WORD) &&
           (d->toks[t - 1].flags & RCP_TOK_CAP))
        t--;
    if (t == t0 || !(d->toks[t - 1].flags & RCP_TOK_WORD))
        return 1;
    uint32_t lx = rcp__lex_tok(&d->toks[t - 1]);
    return !(lx & (LX_PREP | LX_LOCPREP)) || (lx & LX_CONN);
}

/* coordinators: a clause after one is a claim of its own */
static const char *const coord_en[] = {"and", "but", "or", "nor", "yet",
                                       "so", NULL};
static const char *const coord_fr[] = {"et", "mais", "ou", "ni", "car",
                                       "donc", "puis", NULL};

int rcp__tok_coordinator(const rcp_doc *d, const rcp_token *k)
{
    return (k->flags & RCP_TOK_WORD) &&
           rcp__tok_listed(rcp__class_list(d, coord_en, coord_fr), k);
}

/* The end of an aside from token t: the next separator or quotation
 * mark; with stop_at_verb, also a verb that follows other words after the
 * aside's own verb (the main clause resumes: "le trader qui a fait
 * perdre 5 milliards serait en fuite"); with stop_at_aux, the first
 * auxiliary ("Mohamed, le garçon retrouvé seul, a été placé"). */
static uint32_t aside_end(const rcp_doc *d, uint32_t t, uint32_t t1,
                          const uint8_t *kind, uint32_t t0,
                          const char *const *rel, int stop_at_verb,
                          int stop_at_aux)
{
    int seen = 0, gap = 0, co = 0; /* co: the word before is a coordinator */
    const char *const *coord = rcp__class_list(d, coord_en, coord_fr);
    for (; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        if (is_cut_punct(d, k) || (k->flags & RCP_TOK_QUOTE))
            return t;
        int was_co = co;
        co = (k->flags & RCP_TOK_WORD) && rcp__tok_listed(coord, k);
        if (co)
            continue;
        if (stop_at_aux && (k->flags & RCP_TOK_WORD) && in_words(rel, k)) {
            /* an apposition that goes on with a relative clause */
            stop_at_aux = 0, stop_at_verb = 1, seen = gap = 0;
            continue;
        }
        int f = finite(d, k, kind[t - t0]);
        int aux = f && !(kind[t - t0] & 2) && !(rcp__lex_tok(k) & LX_SAY);
        if (stop_at_aux && aux)
            return t;
        /* a verb right after a coordinator is the aside's own second
         * one ("who opened fire ... and killed one man | has been
         * charged") */
        int sure = f && (!(kind[t - t0] & RCP__CLAIM_VERB) ||
                         (kind[t - t0] & RCP__CLAIM_SURE));
        if (f && stop_at_verb && seen && gap && !was_co && sure)
            return t;
        if (f && (sure || !seen))
            seen = 1, gap = 0;
        else if (seen && (k->flags & RCP_TOK_WORD) &&
                 !(k->flags & RCP_TOK_STOP))
            gap = 1; /* a content word (or a noun read as a verb: "one
                        man"): the aside's verb is done */
    }
    return t1;
}

uint32_t rcp__clause_asides(const rcp_doc *d, uint32_t t0, uint32_t t1,
                            const uint8_t *kind, uint8_t *aside)
{
    if (t1 <= t0)
        return 0;
    memset(aside, 0, t1 - t0);
    const char *const *rel = NULL;
    if (d->lang_class == RCP_LC_EN)
        rel = relatives_en;
    else if (d->lang_class == RCP_LC_FR)
        rel = relatives_fr;
    if (!rel || rcp__lex_init())
        return 0;
    /* most sentences have no relative pronoun and no comma after a
     * capitalised word: nothing to read */
    int any = (rcp__lex_tok(&d->toks[t0]) & LX_DET) != 0;
    for (uint32_t t = t0 + 1; t < t1 && !any; t++) {
        const rcp_token *k = &d->toks[t];
        any = (k->flags & RCP_TOK_WORD)
                  ? in_words(rel, k)
                  : k->len == 1 && d->text[k->off] == ',' &&
                        (d->toks[t - 1].flags & RCP_TOK_CAP);
    }
    if (!any)
        return 0;
    uint32_t n = 0;
    int mainverb = 0; /* the verb of the clause read seen */
    /* a sentence that opens on a complement ("Depuis New Delhi, le chef
     * de l'Etat a ...", "In Paris, the police ..."): its first comma
     * opens the main clause, no apposition */
    const rcp_token *k0 = &d->toks[t0];
    int opening = !(k0->flags & RCP_TOK_CAP) || !(k0->flags & RCP_TOK_WORD) ||
                  (rcp__lex_tok(k0) & (LX_PREP | LX_LOCPREP | LX_ACCORD)) ||
                  opener_at(d, t0);
    opening = opening && !(rcp__lex_tok(k0) & LX_DET);
    /* a leading apposition: "A 15-year veteran, Ortiz had hoped..." */
    if (rcp__lex_tok(&d->toks[t0]) & LX_DET) {
        uint32_t t = t0;
        int common = 0; /* a common noun: no list of names */
        while (t < t1 && !is_cut_punct(d, &d->toks[t]) &&
               !finite(d, &d->toks[t], kind[t - t0]) &&
               !(d->toks[t].flags & RCP_TOK_QUOTE)) {
            common |= (d->toks[t].flags & RCP_TOK_WORD) &&
                      !(d->toks[t].flags & (RCP_TOK_CAP | RCP_TOK_STOP));
            t++;
        }
        if (common && t + 1 < t1 && t > t0 + 1 &&
            d->text[d->toks[t].off] == ',' &&
            described_name(d, t + 1, t + 1))
            for (; n < t - t0; n++)
                aside[n] = 1;
    }
    for (uint32_t t = t0 + n; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        uint32_t start = t1, end = t1;
        int verb = 0, aux = 0;
        if ((k->flags & RCP_TOK_WORD) && t > t0 && in_words(rel, k)) {
            /* a relative clause about the noun or name before it */
            uint32_t p = t - 1;
            if (p > t0 && d->toks[p].len == 1 && d->text[d->toks[p].off] == ',')
                p--;
            const rcp_token *pk = &d->toks[p];
            /* of a name, or of the subject of its clause ("le trader
             * qui ... serait"), not of an object ("des positions qui
             * ont conduit à une perte": that may be the claim) */
            if ((pk->flags & RCP_TOK_WORD) && !(pk->flags & RCP_TOK_STOP) &&
                !(rcp__lex_tok(pk) & (LX_PREP | LX_DET | LX_PRON)) &&
                !finite(d, pk, kind[p - t0]) &&
                (!mainverb || ((pk->flags & RCP_TOK_CAP) &&
                               !(pk->flags & RCP_TOK_SSTART))))
                start = t, verb = !mainverb;
        } else if ((k->flags & RCP_TOK_PUNCT) && k->len == 1 &&
                   d->text[k->off] == ',' && t > t0 && t + 1 < t1 &&
                   !(opening && !mainverb) && described_name(d, t0, t - 1)) {
            /* an apposition: "Ortiz, a 15-year veteran", "Kerviel, le
             * trader qui...", "Ortiz, 35," (not a list of names, not a
             * verb: "Obama, saying...") */
            const rcp_token *nx = &d->toks[t + 1];
            uint32_t lx = rcp__lex_tok(nx);
            if ((nx->flags & RCP_TOK_NUM) ||
                ((nx->flags & RCP_TOK_WORD) && !(nx->flags & RCP_TOK_CAP) &&
                 !finite(d, nx, kind[t + 1 - t0]) &&
                 !(lx & (LX_PREP | LX_PRON | LX_ACCORD)) &&
                 !opener_at(d, t + 1) &&
                 ((lx & LX_DET) || (!(nx->flags & RCP_TOK_STOP) &&
                                    rcp__claim_nounlike(d, nx)))))
                start = t + 1, aux = 1;
        }
        if (start < t1) {
            end = aside_end(d, start + 1, t1, kind, t0, rel, verb, aux);
            uint32_t v = start + 1;
            while (!aux && v < end && !finite(d, &d->toks[v], kind[v - t0]))
                v++;
            if (!aux && v == end) { /* no verb: "dont son président X" (among
                               them), no clause */
                if (finite(d, k, kind[t - t0]))
                    mainverb = 1, opening = 0;
                continue;
            }
            for (uint32_t x = start; x < end; x++)
                aside[x - t0] = 1;
            n += end - start;
            t = end - 1;
            continue;
        }
        if (finite(d, k, kind[t - t0]))
            mainverb = 1, opening = 0;
        else if (t > t0 && opener_at(d, t))
            mainverb = 0; /* a clause of its own: "affirment que le ..." */
        else if ((k->flags & RCP_TOK_PUNCT) && k->len == 1 &&
                 (d->text[k->off] == ':' || d->text[k->off] == ';'))
            mainverb = 0;
    }
    return n;
}

/* ---- the main clause and its actor ---- */

/* Words that open a subordinate clause, whose claim is not the
 * sentence's main one ("After hitting her, the suspect sideswiped..."):
 * the subordinators of each language, folded. Relative pronouns are the
 * lists above. */
static const char *const subord_en[] = {
    "after", "before", "when", "while", "although", "though", "because",
    "since", "if", "unless", "until", "as", "whereas", "despite", "once",
    "including", "whether", NULL};
static const char *const subord_fr[] = {
    "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "si", "s'",
    "apres", "avant", "comme", "parce", "alors", "tandis", "afin",
    "malgre", "depuis", "pendant", "quoique", NULL};
/* "that" / "que" after a verb of saying: what is said follows */
static const char *const that_words[] = {"that", "que", "qu'", NULL};

/* A verb of saying: the lexicon's reporting verbs (the lexical
 * resources' wider class, rcp__say_lexicon, takes in "convicted",
 * "called", "notified": claims, not attributions). */
static int says(const rcp_token *k)
{
    return (k->flags & RCP_TOK_WORD) && !(k->flags & RCP_TOK_CAP) &&
           (rcp__lex_tok(k) & LX_SAY);
}

/* The verbs of learning of an impersonal attribution ("a-t-on appris",
 * "sait-on"), by their infinitive */
static const char *const learn_fr[] = {"apprendre", "savoir", NULL};

/* 1 when word token k is a verb of saying (the lexicon's or the lexical
 * resources') or of learning, whatever its form */
static int says_or_learns(const rcp_doc *d, const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_WORD) || (k->flags & RCP_TOK_CAP))
        return 0;
    if (says(k) || rcp__say_lexicon(d->lang_class, k->norm, k->norm_len))
        return 1;
    char buf[512];
    size_t n = rcp__lexicon_lemmas(d->lang_class, k->norm, k->norm_len, buf,
                                   sizeof buf, 8);
    const char *l = buf;
    for (size_t i = 0; i < n; i++, l += strlen(l) + 1)
        for (const char *const *w = learn_fr; *w; w++)
            if (!strcmp(l, *w))
                return 1;
    return 0;
}

/* The French impersonal attribution that opens the chunk from t to e,
 * its verb inverted before "on" (", apprend-on", ", a-t-on appris
 * mercredi", like ", a-t-il dit"): the token of its verb of saying or
 * learning, else UINT32_MAX */
static uint32_t on_incise(const rcp_doc *d, uint32_t t, uint32_t e)
{
    while (t < e && !(d->toks[t].flags & RCP_TOK_WORD))
        t++;
    if (d->lang_class != RCP_LC_FR || t + 1 >= e)
        return UINT32_MAX;
    const rcp_token *on = &d->toks[t + 1];
    if (!((on->norm_len == 3 && !memcmp(on->norm, "-on", 3)) ||
          (on->norm_len == 5 && !memcmp(on->norm, "-t-on", 5))))
        return UINT32_MAX;
    if (says_or_learns(d, &d->toks[t]))
        return t;
    if (rcp__aux_word(d, &d->toks[t]) && t + 2 < e &&
        says_or_learns(d, &d->toks[t + 2]))
        return t + 2;
    return UINT32_MAX;
}

/* The end of an attribution whose verb of saying is at token s, in the
 * chunk ending at e: the speaker, roles, titles, names, the time and the
 * outlet ("a déclaré jeudi à l'AFP le procureur X", "said Sgt. X"), up
 * to the first other word ("a-t-il souligné à propos de l'Observatoire":
 * what it is about is no attribution). */
static uint32_t attr_end(const rcp_doc *d, uint32_t s, uint32_t e)
{
    uint32_t t = s + 1, last = s + 1;
    for (; t < e; t++) {
        const rcp_token *k = &d->toks[t];
        if (!(k->flags & RCP_TOK_WORD)) {
            if (k->flags & (RCP_TOK_NUM))
                break;
            continue; /* punctuation: the end if nothing follows */
        }
        uint32_t lx = rcp__lex_tok(k);
        if (!(k->flags & RCP_TOK_CAP) &&
            !(k->norm_len && k->norm[0] == '-') && /* -on */
            !(lx & (LX_DET | LX_PRON | LX_ROLE | LX_TITLE | LX_PREP |
                    LX_WEEKDAY | LX_MONTH | LX_AUX | LX_SAY | LX_DOCWORD)))
            break;
        last = t + 1;
    }
    /* a preposition left at the end is of what follows */
    while (last > s + 1 && (d->toks[last - 1].flags & RCP_TOK_WORD) &&
           !(d->toks[last - 1].flags & RCP_TOK_CAP) &&
           (rcp__lex_tok(&d->toks[last - 1]) & (LX_PREP | LX_DET)))
        last--;
    return t == e ? e : last;
}

/* The words before an infinitive */
static const char *const infinitive_marks[] = {"to", "de", "d", "d'", "à",
                                               "pour", "a", NULL};

/* 1 when word token k ends in -ing (an English gerund or participle) */
static int ing_form(const rcp_token *k)
{
    return k->norm_len > 4 && !memcmp(k->norm + k->norm_len - 3, "ing", 3);
}

static int participle_form(const rcp_doc *d, const rcp_token *w, uint8_t k);

/* 1 when the word at token x (of a sentence from t0) is the participle
 * of a French active past infinitive: "avoir" right before it, or with
 * one adverb between ("a annoncé avoir perdu 600 millions", "affirme
 * avoir déjà payé"). Such a verb is no finite one of a clause (the claim
 * of "X a annoncé avoir perdu" is X's loss), and "avoir" before it is no
 * noun. Not a passive ("avoir été chargé par Y": Y's act, whose actor
 * the sentence does not make its subject), nor "être parti". */
static int past_infinitive(const rcp_doc *d, uint32_t t0, uint32_t x)
{
#ifdef RCP_DIGEST_TUNE
    if (getenv("PAST_INF") && !atoi(getenv("PAST_INF"))) /* off */
        return 0;
#endif
    const rcp_token *k = &d->toks[x];
    if (d->lang_class != RCP_LC_FR || x == t0 || !participle_form(d, k, 0) ||
        (k->norm_len == 3 && !memcmp(k->norm, "ete", 3)))
        return 0;
    uint32_t p = x - 1;
    if (p > t0 && (d->toks[p].flags & RCP_TOK_WORD) &&
        (rcp__lex_tok(&d->toks[p]) & LX_ADV))
        p--;
    k = &d->toks[p];
    return (k->flags & RCP_TOK_WORD) && k->norm_len == 5 &&
           !memcmp(k->norm, "avoir", 5);
}

/* 1 when the verb at token x (of a sentence from t0) is no finite verb
 * of a clause: an infinitive ("to attend", "de rendre", "à
 * recapitaliser"; not the auxiliary "a"), a French past infinitive
 * ("avoir perdu") or an English -ing form that opens the sentence
 * ("Rescinding a rule would require", "Speaking to reporters, ...") */
static int nonfinite(const rcp_doc *d, uint32_t t0, uint32_t x)
{
    const rcp_token *k = &d->toks[x];
    if (x == t0)
        return d->lang_class == RCP_LC_EN && ing_form(k);
    if (past_infinitive(d, t0, x))
        return 1;
    const rcp_token *p = &d->toks[x - 1];
    return (p->flags & RCP_TOK_WORD) && !rcp__aux_word(d, p) &&
           rcp__tok_listed(infinitive_marks, p);
}

/* 1 when word token w of d ends as a past participle: English, a past
 * by its form in -ed (RCP__CLAIM_PAST, kind k); French, -é(e)(s),
 * -i(s), -u(e)(s) as written ("remis", "paru", "présidée"; not
 * "décide", "oublie", "pratique") */
static int participle_form(const rcp_doc *d, const rcp_token *w, uint8_t k)
{
    if (d->lang_class == RCP_LC_EN)
        return (k & RCP__CLAIM_PAST) != 0 && w->norm_len > 2 &&
               !memcmp(w->norm + w->norm_len - 2, "ed", 2);
    const char *t = d->text + w->off;
    size_t n = w->len, e = 0;
    if (n > 1 && t[n - 1] == 's')
        n--;
    if (n > 1 && t[n - 1] == 'e')
        n--, e = 1;
    if (n > 2 && (unsigned char)t[n - 2] == 0xC3 &&
        (unsigned char)t[n - 1] == 0xA9)
        return n > 3; /* -é */
    /* -i, -is ("remis"; not -ie, "oublie"), -u(e)(s) ("paru"; not
     * "pratique", "distingue") */
    return n > 2 && ((t[n - 1] == 'i' && !e) ||
                     (t[n - 1] == 'u' && t[n - 2] != 'q' && t[n - 2] != 'g'));
}

#ifdef RCP_DIGEST_TUNE
#define NOUNVERB_ON() (!getenv("NOUNVERB") || atoi(getenv("NOUNVERB")))
#else
#define NOUNVERB_ON() 1
#endif

/* 1 when the word at token x (of a sentence from t0, in a chunk ending
 * at e), read as a verb, is a noun of the subject before the clause's
 * verb: only nouns follow it up to an auxiliary or a word surely a verb
 * ("An Indian navy ship sent", "two speed boats had surrounded"); not a
 * past in -ed, an auxiliary or a verb of saying */
static int noun_before_verb(const rcp_doc *d, uint32_t t0, uint32_t x,
                            uint32_t e, const uint8_t *kind)
{
    if (!NOUNVERB_ON())
        return 0;
    const rcp_token *k = &d->toks[x];
    if (!(kind[x - t0] & RCP__CLAIM_VERB) || rcp__aux_word(d, k) ||
        (rcp__lex_tok(k) & LX_SAY) || participle_form(d, k, kind[x - t0]) ||
        !rcp__claim_nounlike(d, k))
        return 0;
    for (uint32_t y = x + 1; y < e; y++) {
        const rcp_token *v = &d->toks[y];
        if (!(v->flags & RCP_TOK_WORD))
            return 0;
        uint8_t ky = kind[y - t0];
        if (rcp__aux_word(d, v) ||
            ((ky & RCP__CLAIM_VERB) && (ky & (RCP__CLAIM_SURE | RCP__CLAIM_PAST)) &&
             !ing_form(v)))
            return 1;
        if ((ky & RCP__CLAIM_SURE) || (v->flags & RCP_TOK_STOP) ||
            (rcp__lex_tok(v) & (LX_PRON | LX_DET | LX_PREP | LX_ADV)) ||
            !rcp__claim_nounlike(d, v))
            return 0;
    }
    return 0;
}

/* 1 when token t is the adjective of a French superlative ("les plus
 * complexes", "le moins cher"), which no clitic "les" makes a verb */
static int superlative(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    static const char *const degree[] = {"plus", "moins", NULL};
    static const char *const det[] = {"le", "la", "les", "l'", NULL};
    return d->lang_class == RCP_LC_FR && t >= t0 + 2 &&
           rcp__tok_listed(degree, &d->toks[t - 1]) &&
           rcp__tok_listed(det, &d->toks[t - 2]);
}

/* 1 when token t, the first word of chunk c0 of the French sentence of
 * tokens [t0, t1) (chunks starts[0 .. n)), is "des" or "du" that is the
 * article of the clause's subject ("Des perquisitions ont eu lieu
 * mercredi", "Du sang a été retrouvé", "Vendredi soir, des milliers de
 * personnes ont manifesté", "Des images inédites ..., dont X, ont été
 * diffusées lundi soir"), not "de les" / "de le" opening a complement
 * ("Du côté des syndicats, on a salué ...", "Des deux côtés de la
 * frontière, les habitants ont fui"): a verb follows in its chunk (the
 * noun right after the article aside: "images" is also a form of
 * "imager"), or opens the first chunk after it that no relative pronoun
 * opens (the relatives tell of the subject). The main clause's verb is
 * then never that noun. */
static int subject_article(const rcp_doc *d, uint32_t t0, uint32_t t1,
                           const uint32_t *starts, uint32_t n, uint32_t c0,
                           uint32_t t, const uint8_t *kind)
{
    const rcp_token *k = &d->toks[t];
    /* as written: "dès" folds to "des" */
    if (d->lang_class != RCP_LC_FR || !(k->len == 2 || k->len == 3) ||
        strncasecmp(d->text + k->off, k->len == 3 ? "des" : "du", k->len))
        return 0;
    for (uint32_t c = c0; c < n; c++) {
        uint32_t b = c > c0 ? starts[c] : t + 2,
                 e = c + 1 < n ? starts[c + 1] : t1;
        while (c > c0 && b < e && !(d->toks[b].flags & RCP_TOK_WORD))
            b++; /* the comma */
        if (c > c0 && b < e && in_words(relatives_fr, &d->toks[b]))
            continue;
        if (c > c0) /* the subject's verb opens the chunk after its
                       relatives */
            return b < e && finite(d, &d->toks[b], kind[b - t0]);
        for (uint32_t x = b; x < e; x++)
            if (finite(d, &d->toks[x], kind[x - t0]))
                return 1;
    }
    return 0;
}

/* 1 when the sentence from t0 opens at token t on a past participle
 * ("Créé par un décret paru le 1er juillet, le fichier ...", "Remis hier
 * au Premier ministre, le rapport ..."): a complement of the subject
 * that follows, as an English -ing form there is (nonfinite) */
static int leading_participle(const rcp_doc *d, uint32_t t0, uint32_t t,
                              const uint8_t *kind)
{
#ifdef RCP_DIGEST_TUNE
    if (getenv("REDREL") && !atoi(getenv("REDREL"))) /* off */
        return 0;
#endif
    return t == t0 && (kind[0] & RCP__CLAIM_VERB) &&
           !rcp__aux_word(d, &d->toks[t]) &&
           participle_form(d, &d->toks[t], kind[0]);
}

/* reduced_relative looks at most this many tokens past its chunk */
#define BRACKET_SPAN 24

#ifdef RCP_DIGEST_TUNE
#define BRACKET_ON() (!getenv("REDREL_BRACKET") || atoi(getenv("REDREL_BRACKET")))
#else
#define BRACKET_ON() 1
#endif

/* 1 when token k is a bracket, which is_cut_punct cuts at */
static int bracket(const rcp_doc *d, const rcp_token *k)
{
    int32_t c = -1;
    rcp__utf8_decode(d->text + k->off, k->len, &c);
    return c == '(' || c == ')' || c == '[' || c == ']';
}

/* 1 when the verb at token x (of a sentence from t0 to t1, in a chunk
 * ending at e) is a participle that tells of the noun before it, and the
 * clause's own verb follows: "le rapport remis mardi au Premier ministre
 * recommande ...", "A man accused of running down a woman had ...", "the
 * vessel destroyed by the navy was ...". No auxiliary before it, a noun
 * or a name right before it, and a finite verb after it in the chunk, or
 * in the chunks after it that only a bracket cuts off (an auxiliary, or
 * a sure predicate that is not an -ing form or an infinitive) */
static int reduced_relative(const rcp_doc *d, uint32_t t0, uint32_t x,
                            uint32_t e, uint32_t t1, const uint8_t *kind,
                            const uint8_t *aside)
{
#ifdef RCP_DIGEST_TUNE
    if (getenv("REDREL") && !atoi(getenv("REDREL"))) /* off */
        return 0;
#endif
    const rcp_token *k = &d->toks[x];
    if (x == t0 || !(kind[x - t0] & RCP__CLAIM_VERB) || rcp__aux_word(d, k) ||
        !participle_form(d, k, kind[x - t0]))
        return 0;
    const rcp_token *p = &d->toks[x - 1];
    if (!(p->flags & RCP_TOK_WORD) || (kind[x - 1 - t0] & RCP__CLAIM_VERB) ||
        rcp__aux_word(d, p) ||
        (rcp__lex_tok(p) & (LX_PRON | LX_ADV | LX_PREP | LX_DET | LX_SAY)) ||
        (!(p->flags & RCP_TOK_CAP) && !rcp__claim_nounlike(d, p)))
        return 0;
    for (uint32_t y = x + 1; y < t1; y++) {
        const rcp_token *v = &d->toks[y];
        /* past the chunk only through brackets: "le rapport remis par
         * Jean Leonetti (UMP) sur la fin de vie a exclu" */
        if (y >= e && (!BRACKET_ON() || y >= e + BRACKET_SPAN))
            return 0; /* a bounded look past the chunk: cost stays linear */
        if (y >= e && (v->flags & RCP_TOK_WORD) && opener_at(d, y))
            return 0;
        if (y >= e && is_cut_punct(d, v) && !bracket(d, v))
            return 0;
        if (aside[y - t0] || !(v->flags & RCP_TOK_WORD))
            continue;
        if (rcp__aux_word(d, v))
            return 1;
        if ((kind[y - t0] & (RCP__CLAIM_VERB | RCP__CLAIM_SURE)) ==
                (RCP__CLAIM_VERB | RCP__CLAIM_SURE) &&
            !nonfinite(d, t0, y) && !participle_form(d, v, kind[y - t0]) &&
            !ing_form(v) &&
            !(d->lang_class == RCP_LC_FR && v->norm_len > 3 &&
              !memcmp(v->norm + v->norm_len - 3, "ant", 3)))
            return 1;
    }
    return 0;
}

/* The participle of the French past infinitive that the verb at token v
 * (of a sentence from t0, in a chunk ending at e) reports, when v is a
 * verb of saying or an auxiliary right before one ("a annoncé le 17
 * octobre avoir perdu 600 millions", "affirme avoir vu"): what the
 * sentence claims of its subject; UINT32_MAX when none comes before
 * "que" or another verb. */
static uint32_t said_past_infinitive(const rcp_doc *d, uint32_t t0,
                                     uint32_t v, uint32_t e)
{
    if (d->lang_class != RCP_LC_FR)
        return UINT32_MAX;
    if (!says(&d->toks[v]) && rcp__aux_word(d, &d->toks[v]) && v + 1 < e)
        v++;
    if (!says(&d->toks[v]))
        return UINT32_MAX;
    for (uint32_t t = v + 1; t < e; t++) {
        const rcp_token *k = &d->toks[t];
        if (!(k->flags & RCP_TOK_WORD))
            continue;
        if (past_infinitive(d, t0, t))
            return t;
        if (rcp__tok_listed(that_words, k) || rcp__aux_word(d, k) ||
            says(k))
            return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* 1 when the main predicate at token p sets a scene for what a clause
 * after it tells ("was patrolling the waters when it received a distress
 * call", "was with her husband when she was struck", "patrouillait
 * lorsque"): an English -ing form, a copula, a French imperfect */
static int background(const rcp_doc *d, uint32_t p)
{
    const rcp_token *k = &d->toks[p];
    size_t n = k->norm_len;
    if (rcp__aux_word(d, k))
        return 1;
    if (d->lang_class == RCP_LC_EN)
        return ing_form(k);
    return (n > 4 && !memcmp(k->norm + n - 3, "ait", 3)) ||
           (n > 5 && !memcmp(k->norm + n - 5, "aient", 5));
}

/* Subordinators that open what the main verb claims rather than when or
 * why ("apologized if the fire was linked to her candidacy", "asked
 * whether"): the clause stays in the main claim */
static const char *const cond_words[] = {
    "if", "whether", "si", "s'", "unless",
    /* ... or a second claim set against the first, or a list */
    "while", "whereas", "tandis", "alors", "including", "despite", NULL};

/* 1 when the chunk [s, e) of a sentence from t0, after the main verb,
 * is an adverbial clause of its own: a subordinator (sub) followed by an
 * auxiliary or a word surely a verb ("..., when it received a distress
 * call", "as police searched", "lorsqu'il a appris"), which tells when
 * or why, not what the main clause claims; a subordinator before a noun
 * phrase ("after a long illness", "après plusieurs jours") is a
 * complement of the main clause and stays in it */
static int trailing_sub(const rcp_doc *d, uint32_t t0, uint32_t s,
                        uint32_t e, const char *const *sub,
                        const uint8_t *kind, const uint8_t *aside,
                        uint32_t pred)
{
#ifdef RCP_DIGEST_TUNE
    if (getenv("MAIN_SUB") && !atoi(getenv("MAIN_SUB"))) /* off */
        return 0;
#endif
    if (!rcp__tok_listed(sub, &d->toks[s]) || reflexive_s(d, s) ||
        rcp__tok_listed(cond_words, &d->toks[s]))
        return 0;
    if (background(d, pred))
        return 0;
    for (uint32_t t = s + 1; t < e; t++)
        if (!aside[t - t0] && (d->toks[t].flags & RCP_TOK_WORD) &&
            (rcp__aux_word(d, &d->toks[t]) ||
             (kind[t - t0] & (RCP__CLAIM_VERB | RCP__CLAIM_SURE)) ==
                 (RCP__CLAIM_VERB | RCP__CLAIM_SURE)))
            return 1;
    return 0;
}

/* 1 when the chunk from token s (of a sentence from t0) opens on a
 * French present participle set apart, read as a verb ("..., poursuivant
 * son déplacement en Russie": rcp__claim_predicates): what the subject
 * also does, a claim of its own after the main one; not a verb of
 * saying ("..., ajoutant que", "disant attendre"), which tells what is
 * said, not what is done */
static int participle_clause(const rcp_doc *d, uint32_t t0, uint32_t s,
                             const uint8_t *kind)
{
    const rcp_token *k = &d->toks[s];
    return d->lang_class == RCP_LC_FR && (k->flags & RCP_TOK_WORD) &&
           (kind[s - t0] & RCP__CLAIM_VERB) && k->norm_len > 4 &&
           !memcmp(k->norm + k->norm_len - 3, "ant", 3) &&
           !says_or_learns(d, k); /* "..., disant attendre": who says */
}

uint32_t rcp__clause_main(const rcp_doc *d, uint32_t t0, uint32_t t1,
                          const uint32_t *starts, uint32_t nstarts,
                          const uint8_t *kind, const uint8_t *aside,
                          uint8_t *role)
{
    if (t1 <= t0)
        return UINT32_MAX;
    memset(role, 0, t1 - t0);
    const char *const *sub = NULL, *const *rel = NULL, *const *coord = NULL;
    if (d->lang_class == RCP_LC_EN)
        sub = subord_en, rel = relatives_en, coord = coord_en;
    else if (d->lang_class == RCP_LC_FR)
        sub = subord_fr, rel = relatives_fr, coord = coord_fr;
    if (!sub || !nstarts || rcp__lex_init())
        return UINT32_MAX;
#define CEND(c) ((c) + 1 < nstarts ? starts[(c) + 1] : t1)
    /* the verbs of each chunk outside the asides: finite ones (with
     * auxiliaries), predicates, and its first verb of saying */
    uint32_t verbs[RCP__MAX_CHUNKS], preds[RCP__MAX_CHUNKS],
        sayat[RCP__MAX_CHUNKS];
    for (uint32_t c = 0; c < nstarts; c++) {
        verbs[c] = preds[c] = 0;
        sayat[c] = on_incise(d, starts[c], CEND(c));
        for (uint32_t t = sayat[c] == UINT32_MAX ? starts[c] : sayat[c] + 1;
             t < CEND(c); t++) {
            const rcp_token *k = &d->toks[t];
            if (aside[t - t0] || !(k->flags & RCP_TOK_WORD))
                continue;
            if (says(k)) {
                if (sayat[c] == UINT32_MAX)
                    sayat[c] = t;
                continue;
            }
            verbs[c] += finite(d, k, kind[t - t0]);
            preds[c] += (kind[t - t0] & RCP__CLAIM_VERB) != 0;
            if (sayat[c] != UINT32_MAX && rcp__tok_listed(that_words, k))
                preds[c]++; /* "..., he said that ...": what is said */
        }
    }
    /* the attribution: a chunk that opens on "according to" / "selon";
     * a chunk whose only verb is one of saying, after a chunk with a verb
     * ("..., police said.", "», a déclaré le ministre."); the opening of
     * the first content chunk through its verb of saying when what is
     * said follows with a verb of its own ("X said [that] ...") */
    int before = 0; /* a chunk before with a verb */
    for (uint32_t c = 0; c < nstarts; c++) {
        const rcp_token *k = &d->toks[starts[c]];
        int accord = (k->flags & RCP_TOK_WORD) &&
                     (rcp__lex_tok(k) & LX_ACCORD);
        int tail = before && sayat[c] != UINT32_MAX && !preds[c] &&
                   !opener_at(d, starts[c]);
        if (accord || tail)
            for (uint32_t t = starts[c], e = tail ? attr_end(d, sayat[c],
                                                             CEND(c))
                                                  : CEND(c);
                 t < e; t++)
                role[t - t0] |= RCP__ROLE_ATTR;
        else
            before |= verbs[c] > 0;
    }
    for (uint32_t c = 0; c < nstarts; c++) {
        if (role[starts[c] - t0] & RCP__ROLE_ATTR)
            continue;
        uint32_t s = sayat[c];
        if (s == UINT32_MAX && !verbs[c])
            continue; /* an opening complement: "On Friday," */
        if (s == UINT32_MAX)
            break;
        /* no verb before it but auxiliaries */
        int pre = 0;
        for (uint32_t t = starts[c]; t < s; t++)
            pre |= (kind[t - t0] & RCP__CLAIM_VERB) != 0;
        if (pre)
            break;
        uint32_t e = s + 1;
        for (uint32_t t = s + 1; t < t1 && t < s + 5; t++)
            if ((d->toks[t].flags & RCP_TOK_WORD) &&
                rcp__tok_listed(that_words, &d->toks[t])) {
                e = t + 1;
                break;
            }
        /* not "added to the list": a preposition after the verb, but
         * for the "that" looked for above, makes it no verb of saying */
        if (e == s + 1 && s + 1 < t1 &&
            (d->toks[s + 1].flags & RCP_TOK_WORD) &&
            (rcp__lex_tok(&d->toks[s + 1]) & LX_PREP))
            break;
        /* what is said is no past infinitive, whose subject is the
         * speaker's ("X a annoncé avoir perdu": X's loss) */
        if (e == s + 1 && said_past_infinitive(d, t0, s, t1) != UINT32_MAX)
            break;
        /* what is said has a verb of its own */
        int after = 0;
        for (uint32_t t = e; t < t1 && !after; t++)
            after = !aside[t - t0] && !(role[t - t0] & RCP__ROLE_ATTR) &&
                    finite(d, &d->toks[t], kind[t - t0]) &&
                    !says(&d->toks[t]) && !nonfinite(d, t0, t);
        if (!after)
            break;
        for (uint32_t t = starts[c]; t < e; t++)
            role[t - t0] |= RCP__ROLE_ATTR;
        break;
    }
    /* the main clause: the first chunk with a verb outside the
     * attribution and the asides that no subordinator, relative pronoun
     * or preposition opens ("After hitting her,", "who was fired",
     * "Upon arrest,"); its verb, the first sure one (an auxiliary, a
     * predicate surely used as a verb: not "man" in "A Michigan man
     * shot"), else the first; its actor, the words before the verb in
     * its chunk, else the chunk before it when that has no verb and
     * opens on none of those ("Bettie Page, whose hair ..., died") */
    uint32_t verb = UINT32_MAX, vc = 0, a0 = UINT32_MAX, first = UINT32_MAX,
             fc = 0, fa0 = UINT32_MAX;
    int insub = 0; /* in a subordinate clause that opened before */
    uint32_t article = UINT32_MAX; /* the subject's "des" / "du" */
    uint32_t sub_chunk = 0; /* chunks of subordinate and relative clauses */
    int relative_open = 0; /* a participle of the subject, its clause's
                              verb after a bracket (reduced_relative) */
    for (uint32_t c = 0; c < nstarts && verb == UINT32_MAX; c++) {
        uint32_t t = starts[c];
        while (t < CEND(c) && ((role[t - t0] & RCP__ROLE_ATTR) ||
                               aside[t - t0] ||
                               !(d->toks[t].flags & RCP_TOK_WORD))) {
            if (role[t - t0] & RCP__ROLE_ATTR)
                a0 = UINT32_MAX; /* the actor is after who says it */
            t++;
        }
        if (t == CEND(c))
            continue;
        const rcp_token *k = &d->toks[t];
        /* a chunk after an opener word, not after punctuation, goes on
         * with the clause before ("Alors | que la justice a rejeté") */
        int opened = starts[c] > t0 && opener_at(d, starts[c]);
        /* ... and so does "et que", "and when" */
        if (insub && opened &&
            (!rcp__tok_listed(coord, k) ||
             (t + 1 < CEND(c) &&
              (rcp__tok_listed(that_words, &d->toks[t + 1]) ||
               rcp__tok_listed(sub, &d->toks[t + 1]))))) {
            sub_chunk |= 1u << c;
            continue;
        }
        sub_chunk &= ~(1u << c);
        insub = 0;
        int art = subject_article(d, t0, t1, starts, nstarts, c, t, kind);
        if (art)
            article = t;
        /* the subject's participle goes on past a bracket: "le rapport
         * remis par Jean Leonetti (UMP) | sur la fin de vie a exclu" */
        int goes_on = relative_open && starts[c] > t0 &&
                      bracket(d, &d->toks[starts[c] - 1]);
        relative_open = goes_on;
        if (!goes_on &&
            ((rcp__tok_listed(sub, k) && !reflexive_s(d, t)) ||
             in_words(rel, k) || leading_participle(d, t0, t, kind) ||
             ((rcp__lex_tok(k) & (LX_PREP | LX_LOCPREP)) &&
              /* "a" is a determiner in English, "A" is "À" in French */
              (!(rcp__lex_tok(k) & LX_DET) || d->lang_class == RCP_LC_FR) &&
              !rcp__tok_listed(that_words, k) && !art))) {
            if (first == UINT32_MAX && !in_words(rel, k))
                a0 = UINT32_MAX; /* a complement before the subject (a
                                    relative tells of it) */
            insub = 1;
            sub_chunk |= 1u << c;
            continue;
        }
        if (a0 == UINT32_MAX)
            a0 = t;
        for (uint32_t x = t; x < CEND(c) && verb == UINT32_MAX; x++) {
            if (role[x - t0] & RCP__ROLE_ATTR) {
                a0 = UINT32_MAX;
                continue;
            }
            if (a0 == UINT32_MAX)
                a0 = x;
            if (aside[x - t0] || (article != UINT32_MAX && x == article + 1) ||
                !finite(d, &d->toks[x], kind[x - t0]) ||
                nonfinite(d, t0, x) ||
                noun_before_verb(d, t0, x, CEND(c), kind))
                continue;
            if (reduced_relative(d, t0, x, CEND(c), t1, kind, aside)) {
                relative_open = 1;
                continue;
            }
            if (first == UINT32_MAX)
                first = x, fc = c, fa0 = a0;
            if (!(kind[x - t0] & RCP__CLAIM_VERB) ||
                (kind[x - t0] & RCP__CLAIM_SURE))
                verb = x, vc = c;
        }
    }
    if (verb == UINT32_MAX) /* no sure verb: the first one */
        verb = first, vc = fc, a0 = fa0;
    if (verb == UINT32_MAX)
        return UINT32_MAX;
    /* "a annoncé le 17 octobre avoir perdu": the loss is the claim */
    uint32_t said = said_past_infinitive(d, t0, verb, CEND(vc));
    /* the predicate: an auxiliary's participle ("was rushed", "a été
     * placé") when one follows in the chunk */
    uint32_t pred = verb;
    if (!(kind[verb - t0] & RCP__CLAIM_VERB))
        for (uint32_t t = verb + 1; t < CEND(vc) && t < verb + 4; t++) {
            if (kind[t - t0] & RCP__CLAIM_VERB) {
                pred = t;
                break;
            }
            /* an adverb of two words between them: "a de nouveau exclu",
             * "a par ailleurs annoncé" (a French preposition and a word
             * that is no determiner, pronoun nor preposition, then the
             * participle) */
            if (t == verb + 1 && t + 2 < CEND(vc) &&
                rcp__adverb_phrase(d, t) &&
                (kind[t + 2 - t0] & RCP__CLAIM_VERB)) {
                pred = t + 2;
                break;
            }
            /* not a noun after a preposition or a determiner: "were on
             * anti-piracy patrol" has no participle */
            if ((d->toks[t].flags & RCP_TOK_WORD) &&
                (rcp__lex_tok(&d->toks[t]) & (LX_PREP | LX_DET)) &&
                NOUNVERB_ON())
                break;
        }
    if (said != UINT32_MAX)
        pred = said;
    for (uint32_t t = a0, c = 0; t < verb; t++) {
        while (c + 1 < nstarts && t >= starts[c + 1])
            c++;
        if (!aside[t - t0] && !(role[t - t0] & RCP__ROLE_ATTR) &&
            !(sub_chunk >> c & 1))
            role[t - t0] |= RCP__ROLE_MAIN | RCP__ROLE_ACTOR;
    }
    uint32_t end = CEND(vc);
    for (uint32_t c = vc + 1; c < nstarts; c++) {
        const rcp_token *k = &d->toks[starts[c]];
        if ((role[starts[c] - t0] & RCP__ROLE_ATTR) ||
            ((k->flags & RCP_TOK_WORD) &&
             (rcp__tok_listed(coord, k) || in_words(rel, k) ||
              trailing_sub(d, t0, starts[c], CEND(c), sub, kind, aside,
                           pred))))
            break;
        end = CEND(c);
    }
    for (uint32_t t = verb; t < end; t++)
        if (!aside[t - t0] && !(role[t - t0] & RCP__ROLE_ATTR))
            role[t - t0] |= RCP__ROLE_MAIN;
    role[pred - t0] |= RCP__ROLE_VERB;
    /* the present participles set apart after it: what the subject also
     * does */
    for (uint32_t c = vc + 1; c < nstarts; c++)
        if (!(role[starts[c] - t0] & RCP__ROLE_ATTR) &&
            participle_clause(d, t0, starts[c], kind))
            for (uint32_t t = starts[c]; t < CEND(c); t++)
                if (!aside[t - t0] && !(role[t - t0] & RCP__ROLE_ATTR))
                    role[t - t0] |= RCP__ROLE_PART;
    /* the clauses coordinated with it that have a verb of their own:
     * from a coordinator through the chunks after it, up to the
     * attribution or a clause opener once it has its verb ("and in |
     * what seemed like minutes, | police were on the scene"); a verb in
     * a clause an opener starts is that clause's, not this one's (but
     * "and soon | after became ...": the opener right before a verb is
     * an adverb) */
    for (uint32_t c = vc + 1; c < nstarts; c++) {
        const rcp_token *k = &d->toks[starts[c]];
        if (starts[c] < end)
            continue;
        if ((role[starts[c] - t0] & RCP__ROLE_ATTR) ||
            !(k->flags & RCP_TOK_WORD) || !rcp__tok_listed(coord, k))
            break;
        uint32_t e = c, hasverb = 0;
        for (; e < nstarts; e++) {
            const rcp_token *n = &d->toks[starts[e]];
            int opened = e > c && opener_at(d, starts[e]);
            if (e > c && ((role[starts[e] - t0] & RCP__ROLE_ATTR) ||
                          (hasverb && opened)))
                break;
            /* a finite verb: an auxiliary, a sure predicate or the word
             * right after the coordinator ("and left the building"); not an infinitive ("chargé de faire ... et
             * d'étudier"), nor a noun read as a verb ("ou les plus
             * complexes") */
            for (uint32_t t = starts[e] + (uint32_t)opened; t < CEND(e); t++) {
                int v = !aside[t - t0] && !(role[t - t0] & RCP__ROLE_ATTR) &&
                        finite(d, &d->toks[t], kind[t - t0]) &&
                        (!(kind[t - t0] & RCP__CLAIM_VERB) ||
                         (kind[t - t0] & RCP__CLAIM_SURE) ||
                         t == starts[c] + 1) &&
                        !(t > t0 && rcp__tok_listed(infinitive_marks,
                                                    &d->toks[t - 1])) &&
                        !superlative(d, t0, t);
                if (opened && (t > starts[e] + 1 || in_words(rel, n)))
                    break;
                hasverb |= v;
            }
        }
        if (!hasverb)
            break;
        for (uint32_t t = starts[c]; t < CEND(e - 1); t++)
            if (!aside[t - t0] && !(role[t - t0] & RCP__ROLE_ATTR))
                role[t - t0] |= RCP__ROLE_MORE;
        c = e - 1;
    }
#undef CEND
    return pred;
}
