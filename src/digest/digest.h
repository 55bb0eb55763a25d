/*
 * digest.h - the inside of an rcp_digest, shared by the files that build
 * it (digest.c, digest_align.c, digest_summary.c) and those that write it
 * (digest_write.c, digest_html.c).
 *
 * Everything hangs off the digest's arena and lives until rcp_digest_free.
 * Indices: a "doc" is a position in the docs given to rcp_digest_new; a
 * "unit" is one sentence of one doc (rcp__dunit), numbered in doc order
 * then sentence order; a "fact" is a group of units stating the same
 * thing.
 */
#ifndef RCP_DIGEST_H
#define RCP_DIGEST_H

#include "analysis/claims.h"
#include "analysis/values.h"

/* Why a sentence is kept out of the summary (and of `unique`). */
enum {
    RCP__U_SHORT = 1 << 0,    /* fewer words than a statement needs */
    RCP__U_LONG = 1 << 1,     /* too long to read as one statement */
    RCP__U_QUESTION = 1 << 2, /* ends with '?' */
    RCP__U_FRAGMENT = 1 << 3, /* part of a quotation spread over sentences */
    RCP__U_NOISE = 1 << 4,    /* no verb-like content: caption, byline, url */
    RCP__U_COPY = 1 << 5,     /* repeats an earlier sentence of its doc */
    RCP__U_TERSE = 1 << 6,    /* with NOISE: a statement with an end but
                                 fewer than 3 content terms ("No one was
                                 hurt."), which a clause's claim may show */
    RCP__U_EXCLAIM = 1 << 7,  /* with NOISE: a statement but for its '!'
                                 ("... but she's not in the clear yet!"):
                                 its values are read (disagree.c) */
    RCP__U_VERBLESS = 1 << 8  /* no verb at all, not even a copula or an
                                 auxiliary: a heading, a caption, a list
                                 item ("Li Ning, dernier porteur de la
                                 flamme"), which states no claim: it
                                 supports no fact and is never shown */
};
#define RCP__U_NOSUMMARY                                                       \
    (RCP__U_SHORT | RCP__U_LONG | RCP__U_QUESTION | RCP__U_FRAGMENT |          \
     RCP__U_NOISE | RCP__U_COPY | RCP__U_VERBLESS)

/* What a term is (rcp_digest.tkind). */
enum {
    RCP__T_NUM = 1, /* a number: a value of a claim */
    RCP__T_NAME = 2, /* a name: capitalised inside a sentence somewhere */
    RCP__T_FRAME = 4, /* frames a claim: said, spokesman, Monday
                        (rcp__frame_word) */
    RCP__T_SPEC = 8   /* in a core term only (rcp__cterm): not a topic
                         term */
};

/* A claim a clause of a unit states, by its opening words (digest.c,
 * clause_claims): the hash of the words from the clause's start through
 * its first predicate surely used as a verb and the first two content
 * words after it (the actor, the predicate and what it says), or of the
 * whole clause when it ends before them ("No one was hurt"). */
typedef struct rcp__dclaim {
    uint64_t key;   /* the hash of those words */
    uint64_t pre[3]; /* shorter openings that end at or after the verb,
                        0 when none: a whole clause equal to one of them
                        states the same claim, the rest adds detail */
    uint16_t words; /* the clause's words */
    uint8_t chunk;  /* its chunk (analysis/clauses.h) */
    uint8_t whole;  /* key is the whole clause */
    uint8_t first;  /* the unit's first clause that states a claim: its
                       main claim, where a sentence may show it */
} rcp__dclaim;

/* What the words of a term are to its unit's main claim
 * (rcp__dunit.trole): the OR over its words. */
enum {
    RCP__TR_MAIN = 1,  /* in the main clause: its actor, its predicate and
                          what follows, without asides and attribution */
    RCP__TR_CLAIM = 2, /* not in the attribution (who says it) */
    RCP__TR_ACTOR = 4, /* with MAIN: its actor, the words before its verb */
    RCP__TR_MORE = 8,  /* in a clause coordinated with the main one: a
                          second claim (RCP__ROLE_MORE) */
    RCP__TR_NAME = 16  /* a name of what the main clause claims about:
                          capitalised inside the sentence, after its
                          predicate ("checked into the Betty Ford Center") */
};

/* The low bits of a predicate key (rcp__dunit.pkeys): how the words
 * that have it are used in the unit. A word used as a verb has a tense
 * (prospective, done, or neither: present) and a polarity. */
enum {
    RCP__PK_VERB = 1,  /* used as a verb */
    RCP__PK_PROSP = 2, /* ... in a future, conditional or with a modal */
    RCP__PK_PAST = 4,  /* ... done */
    RCP__PK_PRES = 8,  /* ... neither */
    RCP__PK_NEG = 16,  /* ... denied */
    RCP__PK_AFF = 32,  /* ... not denied */
    RCP__PK_BITS = 6
};

/* The RCP__PK_* use bits of a word of RCP__CLAIM_* kind pm: 0 when it
 * is not used as a verb. */
static inline uint64_t rcp__claim_use(uint8_t pm)
{
    return !(pm & RCP__CLAIM_VERB) ? 0
           : RCP__PK_VERB |
                 (pm & RCP__CLAIM_PROSP  ? RCP__PK_PROSP
                  : pm & RCP__CLAIM_PAST ? RCP__PK_PAST
                                         : RCP__PK_PRES) |
                 (pm & RCP__CLAIM_NEG ? RCP__PK_NEG : RCP__PK_AFF);
}

#define RCP__VROLE_ASIDE 0x80 /* rcp__dunit.vrole: a value in an aside */

typedef struct rcp__dunit {
    uint32_t doc, sent; /* doc index, sentence index in the doc */
    uint32_t tok, ntok; /* its tokens in docs[doc]->toks: the sentence, or
                           one statement of it, as text/ cuts them (one
                           sentence of a quotation the splitter kept
                           whole: rcp__doc_statement_end) */
    uint32_t off, len;  /* the verbatim statement in docs[doc]->text */
    uint32_t *terms;    /* content term ids, ascending, each once */
    uint32_t nterms;
    uint32_t words;  /* whitespace-separated words */
    uint32_t flags;  /* RCP__U_* */
    uint32_t negterm; /* another language (RCP_LC_OTHER), whose predicates
                         nothing reads: 1 + the first content term after a
                         negation of it (rcp__is_negation: "no subirá",
                         "nicht gesperrt"), 0 for none */
    uint32_t pos;    /* position among its doc's statements (units
                        neither short nor noise), from 0 */
    int32_t fact;    /* its fact */
    float weight;    /* sum of the idf of its terms */
    float cross;     /* best similarity to a sentence of another doc */
    uint64_t people; /* the persons it names: bit i for the i-th PER
                        entity of the story (the first 64) */
    uint64_t text;   /* hash of its words: the same statement verbatim */
    rcp__value *vals; /* the figures and day-months it gives (values.h),
                         which the aligner compares */
    uint32_t nvals;
    rcp__value *fvals; /* the reading vals is taken from: its figures,
                          day-months and weekdays without the timeline
                          (RCP__VAL_FIGURES), read once and taken again
                          by rcp__values_read_more; vals itself when it
                          has no weekday */
    uint32_t nfvals;
    uint64_t *phr;    /* keys of the noun phrases it counts
                         (rcp__values_phrase): first those of its exact
                         counts of two or more (ncounts), then of its other
                         figures (nfigs), then those it counts as one with
                         an indefinite article (narts,
                         rcp__values_article_phrases): "a life sentence"
                         is not "three life sentences" */
    uint8_t ncounts, nfigs, narts;
    uint32_t *vmask;  /* per value: its chunk, as a bit */
    uint8_t *vrole;   /* per value: what its first token is to the main
                         claim (RCP__ROLE_*, analysis/clauses.h), with
                         RCP__VROLE_ASIDE when in an aside */
    uint64_t smask;   /* bit (slot % 64) of each value: two units with no
                         bit in common give no value of one thing */
    uint32_t *tmask;  /* per term: the chunks that hold it, bit c for
                         chunk c (analysis/clauses.h) */
    uint64_t *gkeys;  /* its terms of a lexicon group (digest_lexicon.c):
                         group << 32 | index in terms, ascending */
    uint32_t ngkeys;
    uint64_t gmask;   /* bit (group % 64) of each of them: two units with
                         no bit in common share no group */
    uint32_t nchunks; /* its chunks: the places a claim may begin */
    uint32_t *starts; /* where they begin (rcp__clause_starts), then
                         ntok bytes: rcp__claim_predicates of its tokens,
                         as build_units read them (rcp__dunit_kinds) */
    uint64_t *pkeys;  /* the keys of its predicates (rcp__claim_keys),
                         ascending by key (pkeys >> RCP__PK_BITS), the low
                         bits RCP__PK_* of the uses of the words that
                         have it */
    uint32_t npkeys;
    uint64_t pmask;   /* bit (key % 64) of each of them: two units with no
                         bit in common share no predicate */
    uint32_t pverb;   /* 1 when one of them is used as a verb */
    uint32_t *aterms; /* the terms of its actor: the words before its first
                         predicate used as a verb, ascending (none: a
                         pronoun, or no verb) */
    uint32_t naterms;
    uint8_t *trole;   /* per term: RCP__TR_* bits, what its words are to
                         the unit's main claim (rcp__clause_main) */
    uint32_t mverb;   /* the token of its main claim's predicate
                         (rcp__clause_main), UINT32_MAX when none */
    uint32_t mverb2;  /* ... of its second claim's (RCP__TR_MORE) */
    uint32_t mpart;   /* ... of a present participle set apart after
                         its main verb (RCP__ROLE_PART: "Kim a visité des
                         usines, poursuivant sa visite"), a claim of its
                         subject that sentence_support reads */
    uint32_t *sterms; /* its terms that occur only in an aside (an
                         apposition, a relative clause about a name:
                         rcp__clause_asides), ascending */
    uint32_t nsterms;
    float sweight;    /* the sum of their idf */
    rcp__dclaim *claims; /* its clauses that state a claim */
    uint32_t nclaims;
    uint32_t mtok;    /* the verb whose claim it states, for the claim
                         tests of digest_facts.c: mverb when surely a verb
                         (RCP__CLAIM_SURE), else its first verb surely one
                         that does not say who says it; UINT32_MAX none */
    uint64_t muse;    /* its use (RCP__PK_* bits) */
    uint64_t muse2;   /* the use of mverb2, 0 when none */
    uint64_t *ckeys;  /* the lemmas of the verbs of its claims (mtok,
                         mverb2: rcp__claim_lemmas), low bits 0 (as pkeys),
                         ascending */
    uint64_t *vkeys;  /* ... of every word it uses as a verb, each lemma
                         once with the uses (RCP__PK_*) of its words OR-ed
                         in the low bits: both for rcp__digest_claim_clash */
    uint32_t nckeys, nvkeys;
    int denies;       /* 1 when a lemma of vkeys is only denied: a claim
                         clash needs one of the two units to deny */
} rcp__dunit;

typedef struct rcp__dfact {
    uint32_t rep;    /* the unit whose sentence represents it */
    uint32_t *units; /* its units, ascending */
    uint32_t nunits;
    uint32_t *docs; /* support: doc indices, ascending, each once */
    uint32_t ndocs;
    uint32_t outlets; /* distinct sources among docs */
    uint32_t voices;  /* independent voices among docs: an outlet, or
                         copies of one text, count once (see voices.c) */
    uint32_t *dissent; /* units of other docs that state the same thing
                          with other values ("15 morts" against "12
                          morts"): a disagreement, never support; their
                          docs are not in docs (see digest_align.c) */
    uint32_t ndissent;
    uint8_t claim; /* built from a clause's claim (rcp__digest_clause_facts,
                      digest_facts.c): shown even when its sentence is
                      short ("No one was hurt.") */
    uint32_t cunit; /* the claim span: the unit it is a part of (the fact's
                       shown sentence when made), valid when clen > 0 */
    uint32_t cmask; /* ... its chunks of cunit, bit c for chunk c */
    uint32_t coff, clen; /* ... its bytes, from the unit's first byte; clen
                            0: the claim is the whole sentence (see
                            rcp__digest_claim_span) */
} rcp__dfact;

typedef struct rcp__dquote {
    uint32_t doc, off, len; /* the occurrence shown */
    const char *speaker;    /* entity name, or NULL */
    uint32_t *docs;
    uint32_t ndocs;
} rcp__dquote;

typedef struct rcp__dvalue {
    const char *value; /* as written ("600 millions d'euros", "jeudi") */
    uint32_t unit;     /* the sentence that gives it, or UINT32_MAX */
    uint32_t *docs;
    uint32_t ndocs;
} rcp__dvalue;

typedef struct rcp__ddisagree {
    const char *about;
    const char *kind; /* "conflict", "revision" or "publication" */
    rcp__dvalue *values;
    uint32_t nvalues;
} rcp__ddisagree;

typedef struct rcp__ddate {
    const char *value;      /* "2023-09-13" */
    uint32_t doc, off, len; /* one occurrence */
    uint32_t *docs;
    uint32_t ndocs;
} rcp__ddate;

struct rcp_digest {
    rcp__arena arena;
    const rcp_doc *const *docs;
    size_t ndocs;
    const char **ids;     /* article id of each doc ("d1"... without one) */
    const char **sources; /* outlet of each doc */
    const char *id;       /* the story's id */
    const char *title;
    size_t words;   /* the summary budget */
    size_t outlets; /* distinct outlets of the story */
    uint32_t *voice; /* per doc: the first doc of its voice (same source,
                        or a copy: see rcp__digest_voices) */
    size_t voices;   /* independent voices of the story */

    rcp__dunit *units;
    size_t nunits;
    size_t nterms;
    float *idf;     /* per term */
    uint8_t *topic; /* per term: 1 when most docs use it (see align) */
    uint32_t topic_df; /* how many docs "most" is: max(3, ceil(0.7 n)) */
    uint8_t *tkind; /* per term: RCP__T_* bits */
    uint32_t *df;   /* per term: the docs that use it */
    uint64_t *pwords; /* the hashes (rcp__hash) of the words of the
                         persons' names and spellings, ascending
                         (digest_facts.c, person_token); NULL until made */
    size_t npwords;
    uint8_t *akind; /* per unit: actor_kind of its main verb + 1, 0 when
                       not asked yet (digest_facts.c) */
    struct rcp__fclaims *claims; /* the claims merge_by_claim read, when it
                                    merged no fact: sentence_support's
                                    (digest_facts.c); NULL otherwise */
    uint64_t *thash; /* per term: the hash of its tokens (rcp_token.hstem;
                        a number's: of its value) */
    uint32_t *tgroup; /* per term: 1 + its group of terms that mean the
                         same thing, 0 alone; NULL when none (see
                         digest_lexicon.c) */
#ifdef RCP_DIGEST_TUNE
    uint64_t *tdbg; /* per term: doc << 32 | token of its first use */
#endif

    rcp__dfact *facts; /* every group, singletons included, in unit order */
    size_t nfacts;
    uint32_t *shown; /* facts with support >= 2: most outlets first */
    size_t nshown;

    uint32_t *summary; /* units, in the order chosen */
    size_t nsummary;

    uint32_t **unique; /* per doc: its unique facts' units, in doc order */
    uint32_t *nunique;

    rcp__dquote *quotes;
    size_t nquotes;
    rcp__story_nlp nlp;
    rcp__ddate *dates; /* by value */
    size_t ndates;
    rcp__ddisagree *disagree;
    size_t ndisagree;
    /* the partial flags and the supporters' sentences the writers asked
     * (rcp__digest_partial, rcp__digest_evidence_shown), by fact, shown
     * unit and doc: each of the three writers of a stored story asks the
     * same ones. NULL while the digest is built (its facts change). */
    rcp__map *pmemo;
};

/* digest_align.c: group the units into facts (fills facts, fact, cross). */
int rcp__digest_align(rcp_digest *g);
/* A scored pair of units or of facts; rcp__dedge_before orders by score
 * descending, then a, then b (a total order: the same result whatever
 * qsort does with ties). */
typedef struct rcp__dedge {
    uint32_t a, b;
    float score;
} rcp__dedge;
static inline int rcp__dedge_before(const rcp__dedge *x, const rcp__dedge *y)
{
    if (x->score != y->score)
        return x->score > y->score;
    return x->a != y->a ? x->a < y->a : x->b < y->b;
}
/* Sorts a[0..n) in rcp__dedge_before's order (stable, inline: qsort's
 * result without its call per comparison; base/sort.h). */
void rcp__dedge_sort(rcp__dedge *a, size_t n);
/* Sentences of a group read by a merge check (spread over the group):
 * the checks stay linear in the story. */
#define RCP__GROUP_SAMPLE 48
/* Fact f's docs (ascending) hold d / take d in (arena-allocated; 0 or
 * RCP_ENOMEM). */
int rcp__dfact_has_doc(const rcp__dfact *f, uint32_t d);
int rcp__dfact_add_doc(rcp_digest *g, rcp__dfact *f, uint32_t d);
/* x into the ascending array *a of *n (each once; a new copy in the
 * arena when it is added): 0 or RCP_ENOMEM. */
int rcp__dsorted_add(rcp_digest *g, uint32_t **a, uint32_t *n, uint32_t x);
/* Units a and b cannot state one claim but for the values they compare:
 * they name different people, one asks what the other states, one counts
 * what the other gives with an article, or one has no verb
 * (RCP__U_VERBLESS). */
int rcp__digest_other_clash(const rcp__dunit *a, const rcp__dunit *b);
/* Units a and b state different claims: the lemma of the verb of a
 * claim of one (rcp__dunit.ckeys) is used in the claims of both
 * (rcp__dunit.vkeys), only denied in one and only affirmed in the other:
 * "has not formally overturned it" / "it was overturning a rule change",
 * "no suspects have been taken" / "the suspect was taken". */
int rcp__digest_claim_clash(const rcp__dunit *a, const rcp__dunit *b);
/* The uses (RCP__PK_* bits) of the verbs of lemma key k (>> RCP__PK_BITS)
 * in u (rcp__dunit.vkeys), 0 when u uses no verb of it. */
uint64_t rcp__digest_lemma_use(const rcp__dunit *u, uint64_t k);
/* Two uses of one predicate (rcp__dunit predicate-key bits) in opposed
 * moods: only prospective against only done, only denied against only
 * affirmed. */
int rcp__digest_moods_oppose(uint64_t a, uint64_t b);
/* The persons at least need of a group's docs name (units ascending),
 * as bits of rcp__dunit.people. */
uint64_t rcp__digest_group_people(const rcp_digest *g, const uint32_t *units,
                                  uint32_t nu, uint32_t need);
/* The alignment's thresholds: constants, or read from the environment
 * in a tuning build (make OPT="-O2 -DRCP_DIGEST_TUNE", docs/digest.md). */
#ifdef RCP_DIGEST_TUNE
double rcp__digest_tune(const char *name, double def);
#define TUNE(name, def) rcp__digest_tune(#name, def)
#else
#define TUNE(name, def) (def)
#endif
/* digest_facts.c: the passes over the grouped facts, run by
 * rcp__digest_align in this order. clause_facts: a sentence's other
 * claims, stated by other articles in the same words, become facts of
 * their own. main_support: a fact's support is the articles whose main
 * claim it is. agreed_claim: a fact shown by a sentence of two claims
 * is shown by a sentence of the one most of its articles state.
 * merge_by_claim: facts that state one claim (actor,
 * predicate and values) in other words merge. Each returns 0 or a
 * negative RCP_E* code. */
int rcp__digest_clause_facts(rcp_digest *g);
/* main_pairs, after clause_facts: two linked sentences (edges e, ne of
 * them) of different articles, each in a fact for other words than its
 * main claim's or in none, whose main claims agree, make a fact of their
 * own, staying in their facts. */
int rcp__digest_main_pairs(rcp_digest *g, const rcp__dedge *e, size_t ne);
int rcp__digest_main_support(rcp_digest *g);
int rcp__digest_agreed_claim(rcp_digest *g);
int rcp__digest_merge_by_claim(rcp_digest *g);
/* sentence_support, after merge_by_claim: a sentence that states a
 * fact's claim (its main verb, actor, polarity, mood and values) in
 * other words, alone or beside other claims, makes its doc support the
 * fact. */
int rcp__digest_sentence_support(rcp_digest *g);
/* Frees g->claims, when sentence_support did not take them. */
void rcp__digest_claims_free(rcp_digest *g);
/* show_shared, after the links: each fact is shown by the one of its
 * sentences that the most of its docs' sentences state whole; the
 * sentence it showed before, or one holding the new one and more, stays
 * a fact of the docs that state it whole (digest_facts.c). */
int rcp__digest_show_shared(rcp_digest *g);
/* part_facts, after show_shared: the docs of a fact that state only a
 * part of its sentence leave it for a fact of that part, shown by one of
 * their sentences, with every doc of the fact that states the part
 * (digest_facts.c). */
int rcp__digest_part_facts(rcp_digest *g);
/* contain_support, after part_facts: a doc whose sentence states the
 * whole of a fact's shown sentence inside a longer one (a clause, an
 * apposition, a list member) supports the fact (digest_facts.c). */
int rcp__digest_contain_support(rcp_digest *g);
/* value_facts, after contain_support: statements of different docs that
 * give one value of one thing (a figure with its noun, a measure, a day
 * and month) back a fact of it, shown by the one that gives it in the
 * fewest words, or the fact such a statement already shows
 * (digest_facts.c). */
int rcp__digest_value_facts(rcp_digest *g);
/* other_claims, after contain_support: a supporter of a fact whose
 * sentence says another thing of the same person (another main
 * predicate, none of its words of the shown sentence's predicate's
 * meaning, less than half its weight; or that predicate in the other
 * tense) leaves it; not in a fact whose claim is a span of its sentence,
 * whose supporters were paired with the span (digest_facts.c). */
int rcp__digest_other_claims(rcp_digest *g);
/* side_spans, after other_claims: a fact whose supporters all hold one
 * other clause of its sentence than the main one, one of them not
 * stating the main claim, is shown with that clause as its claim span
 * (digest_facts.c). */
int rcp__digest_side_spans(rcp_digest *g);
/* split_sides, after side_spans: the partial supporters of a fact that
 * state only a clause beside its main claim make a fact of their own,
 * shown by the same sentence with that clause as its claim span
 * (digest_facts.c). */
int rcp__digest_split_sides(rcp_digest *g);
/* mood_links, after split_sides: a supporter whose sentence shown
 * clashes in tense with the shown one (rcp__digest_tense_clash) leaves
 * the fact, which a third sentence linked to both had joined
 * (digest_facts.c) */
int rcp__digest_mood_links(rcp_digest *g);
/* 1 when the verbs of the main claims of s and x (and the claims
 * coordinated with them: vkeys) are each all in one tense, prospective
 * in one and done in the other, and share a lemma ("will be introduced"
 * / "was introduced", "présentera" / "a présenté"); 0 when either mixes
 * tenses or uses a present */
int rcp__digest_tense_clash(const rcp__dunit *s, const rcp__dunit *x);
/* How much of unit u unit x holds: the share of u's weight in x (words
 * of one meaning count, as in rcp__digest_sim), 0 when x misses one of
 * u's numbers (digest_facts.c). x states u when it holds RCP__SHOW_HOLD
 * of it (show_shared and the evidence, rcp__digest_evidence). */
#define RCP__SHOW_HOLD 0.7
double rcp__digest_held_share(const rcp_digest *g, const rcp__dunit *u,
                              const rcp__dunit *x);
/* The same share, numbers or not (digest_facts.c). */
double rcp__digest_words_held(const rcp_digest *g, const rcp__dunit *u,
                              const rcp__dunit *x);
/* Units r and u may have one actor: they share an actor's term, or one
 * tells of a person by a role where the other names a person as the
 * actor of its verb (digest_facts.c; 0 also when out of memory). */
int rcp__digest_one_actor(rcp_digest *g, const rcp__dunit *r,
                          const rcp__dunit *u);
/* The lemmas of word token tok of d (rcp__lexicon_neighbours without
 * senses nor synonyms), at most 8, in out (digest_facts.c). */
size_t rcp__digest_verb_lemmas(const rcp_doc *d, uint32_t tok, uint64_t *out);
/* 1 when word token ta of da and tb of db share a lemma
 * (rcp__digest_verb_lemmas). */
int rcp__digest_same_lemma(const rcp_doc *da, uint32_t ta,
                           const rcp_doc *db, uint32_t tb);
/* digest_pairs.c, after sentence_support: two sentences of different
 * articles, each a fact of its own, that state one claim in other words
 * (a predicate of one meaning, persons in common, the same place or day,
 * a word of the claim in common) make one fact. 0 or RCP_ENOMEM. */
int rcp__digest_pair_singletons(rcp_digest *g);
/* Units a and b state a claim with one predicate: a key of a predicate
 * form in both, a verb in one at least; true when either has no verb of
 * its own (digest_align.c). */
int rcp__digest_share_predicate(const rcp__dunit *a, const rcp__dunit *b);
/* Units a and b may have one actor: either is unknown (no verb, or a
 * pronoun), or their actors (rcp__dunit.aterms) share a term or two
 * terms of one meaning (digest_align.c). */
int rcp__digest_share_actor(const rcp_digest *g, const rcp__dunit *a,
                            const rcp__dunit *b);
/* 1 when units a and b give different values for the same thing (12
 * morts / 15 morts), none in common for it: they disagree, so neither
 * supports the other. */
int rcp__digest_values_clash(const rcp__dunit *a, const rcp__dunit *b);
/* The same for the values of a in chunks ma and of b in chunks mb (bit c
 * for chunk c): the claims two runs of chunks state, whatever values the
 * rest of each sentence gives about other things. */
int rcp__digest_values_clash_in(const rcp__dunit *a, uint32_t ma,
                                const rcp__dunit *b, uint32_t mb);
/* A term of a fact's core (digest_align.c, merge_by_core): a term, or
 * a group of terms of one meaning, with its idf and kind. */
typedef struct rcp__cterm {
    uint32_t key;
    float w;
    uint8_t kind; /* RCP__T_* bits, RCP__T_SPEC included */
} rcp__cterm;
/* How far two cores (keys ascending) state one claim: the share of the
 * lighter one's weight in the other when the two facts may merge, else
 * 0 (digest_align.c). */
double rcp__digest_cores_agree(const rcp__cterm *a, size_t na,
                               const rcp__cterm *b, size_t nb);
/* Sorts core terms by key ascending, those of one key in the order they
 * came (stable, as qsort's merge sort). */
void rcp__cterm_sort(rcp__cterm *a, size_t n);
/* Similarity of two units: the idf-weighted Dice of their terms. */
double rcp__digest_sim(const rcp_digest *g, const rcp__dunit *a,
                       const rcp__dunit *b, double *containment,
                       uint32_t *shared);

/* digest_lexicon.c: terms that mean the same thing. While the units are
 * built, rcp__dlex_note records each distinct word form with its term;
 * rcp__dlex_groups then groups the terms whose forms share a concept of
 * the lexicon (src/analysis/lexicon.h), every two of a group close, and
 * fills tgroup. Terms and their weights do not change: rcp__dlex_bonus
 * is what two units share beyond their common terms, a term of one
 * matched by another of its group in the other (the lesser idf of the
 * two), counted in *k (and *ks when not both topic terms);
 * rcp__dlex_unit_keys, once tgroup is known, lists each unit's grouped
 * terms by group (gkeys) so that the bonus is a merge of two short lists,
 * not a search of one unit's terms for each of the other's. */
typedef struct rcp__dlex_form {
    uint32_t doc, tok, term;
} rcp__dlex_form;
typedef struct rcp__dlex {
    rcp__map seen; /* word forms already noted */
    rcp__dlex_form *forms;
    size_t nforms, cap;
} rcp__dlex;
void rcp__dlex_init(rcp__dlex *x);
void rcp__dlex_release(rcp__dlex *x);
int rcp__dlex_note(rcp__dlex *x, const rcp_doc *d, uint32_t doc, uint32_t tok,
                   uint32_t term);
int rcp__dlex_groups(rcp__dlex *x, rcp_digest *g, const uint8_t *tkind);
int rcp__dlex_unit_keys(rcp_digest *g);
double rcp__dlex_bonus(const rcp_digest *g, const rcp__dunit *a,
                       const rcp__dunit *b, uint32_t *k, uint32_t *ks);
/* The units that can get a bonus from unit a hold a term of a's groups
 * that a lacks: rcp__dlex_probe_set lists them (other), for the aligner
 * to ask the bonus only of those units. */
typedef struct rcp__dlex_probe {
    uint32_t stamp;
    uint32_t *tstamp;           /* per term: a has it */
    uint32_t *members, *mterms; /* each group's terms */
    uint32_t *other, nother;    /* the terms of a's groups a lacks */
} rcp__dlex_probe;
int rcp__dlex_probe_init(rcp__dlex_probe *p, const rcp_digest *g);
void rcp__dlex_probe_free(rcp__dlex_probe *p);
void rcp__dlex_probe_set(rcp__dlex_probe *p, const rcp__dunit *a);

/* voices.c: who speaks independently. Fills voice, voices and each
 * fact's voices; needs units and facts. */
int rcp__digest_voices(rcp_digest *g);

/* digest_summary.c: choose the summary (fills summary). */
int rcp__digest_summarize(rcp_digest *g);
/* 1 when unit u opens on a reference to what came before it in its
 * article ("He then walked...", "Il s'agit de..."): no sentence to show
 * out of it. */
int rcp__digest_opens_on_reference(const rcp_digest *g, const rcp__dunit *u);

/* disagree.c: values the docs give differently (fills disagree). */
int rcp__digest_disagreements(rcp_digest *g);

/* Two short lists of keys share one (lexicon keys of two words). */
static inline int rcp__keys_meet(const uint64_t *a, size_t na,
                                 const uint64_t *b, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (a[i] == b[j])
                return 1;
    return 0;
}

/* What build_units read of unit u's tokens, so that no pass reads it
 * again: rcp__claim_predicates' kinds (u->ntok bytes) and
 * rcp__clause_starts' chunks (u->nchunks of them). */
static inline const uint8_t *rcp__dunit_kinds(const rcp__dunit *u)
{
    return (const uint8_t *)(u->starts + u->nchunks);
}

/* The chunk of unit u (rcp__clause_starts) that holds token t. */
static inline uint32_t rcp__dunit_chunk(const rcp__dunit *u, uint32_t t)
{
    uint32_t c = 0;
    while (c + 1 < u->nchunks && u->starts[c + 1] <= t)
        c++;
    return c;
}

/* The end of chunk c of unit u: the next chunk's first token, or the
 * unit's end. */
static inline uint32_t rcp__dunit_chunk_end(const rcp__dunit *u, uint32_t c)
{
    return c + 1 < u->nchunks ? u->starts[c + 1] : u->tok + u->ntok;
}

/* The walk of two units' sorted terms: the next term a and b both hold
 * from *i in a's terms and *j in b's, 1 with a->terms[*i] ==
 * b->terms[*j] (the caller steps both past it), 0 when none is left. */
static inline int rcp__dunit_next_shared(const rcp__dunit *a,
                                         const rcp__dunit *b, uint32_t *i,
                                         uint32_t *j)
{
    while (*i < a->nterms && *j < b->nterms) {
        uint32_t x = a->terms[*i], y = b->terms[*j];
        if (x == y)
            return 1;
        if (x < y)
            ++*i;
        else
            ++*j;
    }
    return 0;
}

/* 1 when token k is a negative subject ("no one", "nobody", "personne",
 * "aucun"): its clause denies what it states (digest.c). */
int rcp__digest_negative_subject(const rcp_token *k);

/* The sentence (unit) of doc d that states fact f as unit shown does:
 * shown itself in its own doc; else, of f's units in d, or of all d's
 * units when f has none there (d supports f through its main claim or
 * a sentence of another fact), the one closest to shown by
 * rcp__digest_sim. UINT32_MAX when d has no unit (digest.c). */
uint32_t rcp__digest_evidence(const rcp_digest *g, const rcp__dfact *f,
                              uint32_t shown, uint32_t d);

/* The first of list[lo..hi) (units, or all units when list is NULL, in
 * doc order) whose doc is d or after it (digest.c). */
uint32_t rcp__digest_first_of_doc(const rcp_digest *g, const uint32_t *list,
                                  uint32_t lo, uint32_t hi, uint32_t d);

/* The sentence of doc d that the writers show as its evidence for fact f
 * shown by unit shown: rcp__digest_evidence's, unless that one holds less
 * than RCP__SHOW_HOLD of the shown sentence (rcp__digest_words_held) and
 * does not use its main predicate: then the sentence of d that uses it
 * and holds the most of the shown sentence, if it holds more
 * (digest_facts.c). Asked of a built digest, each answer is kept
 * (g->pmemo). */
uint32_t rcp__digest_evidence_shown(const rcp_digest *g, const rcp__dfact *f,
                                    uint32_t shown, uint32_t d);

/* 1 when doc d, a supporter of fact f shown by unit shown, is partial:
 * its sentence that states the fact (rcp__digest_evidence_shown) holds less
 * than RCP__SHOW_HOLD of the shown sentence's words (words of one meaning
 * count, numbers written otherwise too: rcp__digest_words_held), so that
 * it states the fact's claim but not every detail of the sentence, or
 * lacks one of its details (rcp__digest_detail_missing); 0 for the shown
 * sentence's own doc. Part facts read the weight test alone
 * (digest_facts.c). Asked of a built digest, each answer is kept
 * (g->pmemo). */
int rcp__digest_partial(const rcp_digest *g, const rcp__dfact *f,
                        uint32_t shown, uint32_t d);

/* 1 when unit x, a supporter's sentence, lacks a detail of the shown
 * sentence s that the weight test may not see: a weekday s names and x
 * does not (nor any other day: a day and month, "yesterday", "hier"), a
 * figure, day and month or time of day of s (its values) that no value
 * of x meets and x does not write as a number, or a number s's values
 * leave unread ("at 2:56") whose digits no token of x has. A supporter
 * whose sentence holds RCP__SHOW_HOLD of the shown one but lacks such a
 * detail is partial too (digest_facts.c). */
int rcp__digest_detail_missing(const rcp_digest *g, const rcp__dunit *s,
                               const rcp__dunit *x);

/* The claim of fact f when shown by unit shown, as a span of that unit:
 * 1 and its bytes [*off, *off + *len) from the unit's first byte when
 * the fact's claim is a part of the sentence (a value fact's clause:
 * rcp__digest_value_facts), 0 when it is the whole sentence
 * (digest_facts.c). */
int rcp__digest_claim_span(const rcp_digest *g, const rcp__dfact *f,
                           uint32_t shown, uint32_t *off, uint32_t *len);

/* A unit's verbatim text, copied into the digest's arena (digest.c). */
const char *rcp__digest_unit_text(rcp_digest *g, uint32_t u);

/* digest_write.c: one story's JSON object, indented as in the {"stories":
 * [...]} document, without a final newline. */
int rcp__digest_json_story(rcp__buf *b, const rcp_digest *g);

/* Count whitespace-separated words (Unicode White_Space) in p[0..n). */
uint32_t rcp__count_words(const char *p, size_t n);

/* Copy doc ranges into sorted unique arrays (helpers of digest.c). */
uint32_t *rcp__digest_docset(rcp_digest *g, const uint32_t *docs, size_t n,
                             uint32_t *count);

#endif
