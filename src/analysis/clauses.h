/*
 * clauses.h - the claims inside a sentence (src/analysis/clauses.c).
 *
 * A sentence often makes several claims: coordinated clauses ("nobody
 * was hurt, but the fire did $1 million in damage"), a relative clause
 * ("the Betty Ford Center, where she spent time in 2010"), a list ("a
 * 15-day leave, an observatory and referent doctors"), a leading
 * subordinate ("After leaving rehab, Lohan checked into Betty Ford").
 * rcp__clause_starts cuts a sentence into *chunks* at the places where a
 * claim may begin or end: punctuation inside the sentence (, ; : ( ) and
 * dashes) and the function words that open a clause (coordinators,
 * subordinators, relative pronouns of the sentence's language). Cutting
 * too often is harmless: the digest reads runs of 1 to a few adjacent
 * chunks as the sentence's claims (a clause cut at a comma of an
 * apposition is the run of its two chunks), and a claim stated inside a
 * longer sentence is then matched against the run that states it.
 */
#ifndef RCP_CLAUSES_H
#define RCP_CLAUSES_H

#include "base/base.h"

/* Most chunks per sentence: later cuts are ignored (the last chunk runs
 * to the sentence end). Fits a 32-bit mask. */
#define RCP__MAX_CHUNKS 32

/* 1 when the folded word w[0..n) opens a clause in language lang ("and",
 * "but", "which", "where", "et", "mais", "qui", "dont", "lorsque"...). */
int rcp__clause_opener(rcp_lang_class lc, const char *w, size_t n);
/* The same of token k of d, by the hash its doc made (hnorm): no
 * hashing, for the passes that ask it of every token. */
int rcp__tok_opener(const rcp_doc *d, const rcp_token *k);

/* 1 when the word at token t of d opens a clause in its context: an
 * opener (rcp__tok_opener), not a coordinator joining the words of a
 * name ("Fish and Wildlife Service") nor the French pronoun "s'"
 * ("s'interroge"; "s'il" is "si"). */
int rcp__clause_opens_at(const rcp_doc *d, uint32_t t);

/* 1 when the word at token t of d opens a condition ("if", "unless",
 * "si", "s'il"): what follows is no claim of fact. */
int rcp__clause_condition(const rcp_doc *d, uint32_t t);

/* 1 when token k of d is a coordinator of its language ("and", "but",
 * "et", "mais"): a clause after it is a claim of its own. None in
 * another language (RCP_LC_OTHER). */
int rcp__tok_coordinator(const rcp_doc *d, const rcp_token *k);

/* 1 when the folded word w[0..n), whose hash is h (rcp__hash(w, n, 0):
 * a token's hnorm), is a word of the NULL-ended list l (a static list:
 * its filter is kept by its address). */
int rcp__word_listed(const char *const *l, const char *w, size_t n,
                     uint64_t h);

/* 1 when list l is looked up in a hash table of its own (the first
 * LISTS lists asked about, of up to LIST_SLOTS / 2 words; clauses.c),
 * 0 when it is read through: for the tests. */
int rcp__word_list_table(const char *const *l);

/* 1 when token k's folded form is a word of the NULL-ended list l (no
 * word when l is NULL). */
static inline int rcp__tok_listed(const char *const *l, const rcp_token *k)
{
    return rcp__word_listed(l, k->norm, k->norm_len, k->hnorm);
}

/* The list of d's language class: en for English, fr for French, NULL
 * (no word) for any other language (RCP_LC_OTHER), which no French or
 * English list reads. */
static inline const char *const *rcp__class_list(const rcp_doc *d,
                                                 const char *const *en,
                                                 const char *const *fr)
{
    return d->lang_class == RCP_LC_EN   ? en
           : d->lang_class == RCP_LC_FR ? fr
                                        : NULL;
}

/* 1 when the word token k frames a claim rather than makes it: a
 * reporting verb (said, a déclaré), a role or title (spokesman, ministre),
 * a weekday or month, a document word (statement), "selon"/"according".
 * Two sentences that share only such words and names share an
 * attribution ("X, chief of Y, told reporters"), not a claim. */
int rcp__frame_word(const rcp_token *k);

/* 1 when the word token k of d is an auxiliary or a modal of its
 * language (is, was, has, will; est, a, avait, va, doit): as a clause's
 * verb, a copula that says nothing of its own ("It was the pool that
 * ..."). */
int rcp__aux_word(const rcp_doc *d, const rcp_token *k);

/* 1 when French tokens t, t + 1 of d can be an adverb of two words
 * between an auxiliary and its participle ("a de nouveau exclu", "a par
 * ailleurs annoncé", "est à nouveau hospitalisé"): a preposition, then a
 * word in lower case that is no determiner, pronoun, preposition nor
 * number (not "a de quoi", "est en 2008"). Grammar, no list: the callers
 * ask for an auxiliary before and a verb after. */
int rcp__adverb_phrase(const rcp_doc *d, uint32_t t);

/* 1 when tokens [t0, t1) of d, with kind (rcp__claim_predicates), hold
 * a verb of any kind: a predicate, a form of a verb read as a noun (not a
 * noun made from one), a reporting verb, an auxiliary, a verb that is a
 * stopword ("makes", "fait") or an English contraction ("it's", "we're",
 * "It 's"). 0 for a heading, a caption, a list item, a dateline ("Li
 * Ning, dernier porteur de la flamme"; "Avant la proclamation ... et
 * l'allumage de la flamme par ... Li Ning."), which state no claim.
 * Another language (RCP_LC_OTHER), whose verbs no list tells: 1 for
 * any clause. */
int rcp__clause_has_verb(const rcp_doc *d, uint32_t t0, uint32_t t1,
                         const uint8_t *kind);

/* 1 when token k of d is an English negative contraction of an
 * auxiliary ("didn't", "can't", "won't"): an auxiliary and a negation. */
int rcp__negated_aux(const rcp_doc *d, const rcp_token *k);

/* 1 when the word token k says that something is said rather than who
 * says it: a reporting verb (said, a déclaré), a document word
 * (statement, déclaration), "selon" / "according". */
int rcp__saying_word(const rcp_token *k);

/*
 * The chunks of tokens [t0, t1) of d: writes the first token of each
 * chunk to starts (starts[0] = t0; room for RCP__MAX_CHUNKS) and returns
 * how many. A chunk starts after , ; : ( ) [ ] and dashes, and at a
 * clause opener; a chunk holds at least one word or number (cuts with
 * nothing between them make one cut).
 */
uint32_t rcp__clause_starts(const rcp_doc *d, uint32_t t0, uint32_t t1,
                            uint32_t *starts);

/*
 * The words of [t0, t1) of d that tell of a name or noun rather than make
 * the sentence's claim: an apposition after a name ("Ortiz, a 15-year
 * veteran, ..."; "Kerviel, le trader qui a fait perdre 5 milliards ...";
 * a leading one: "A 15-year veteran, Ortiz had hoped ..."), and a
 * relative clause about the word before it ("le trader qui a fait perdre
 * 5 milliards à la banque serait en fuite": up to the next separator, or
 * to the verb where the main clause resumes). kind is
 * rcp__claim_predicates' marking of the same tokens (analysis/claims.h),
 * which tells verbs. Sets aside[t - t0] to 1 for each such token, 0 for
 * the others; returns how many. French and English; other languages have
 * none.
 */
uint32_t rcp__clause_asides(const rcp_doc *d, uint32_t t0, uint32_t t1,
                            const uint8_t *kind, uint8_t *aside);

#endif

/* What each token of a sentence is to its main claim (rcp__clause_main). */
enum {
    RCP__ROLE_ATTR = 1,  /* the attribution: who says it ("police said",
                            "selon le parquet", "X said that") */
    RCP__ROLE_MAIN = 2,  /* the main clause, asides and attribution out */
    RCP__ROLE_ACTOR = 4, /* with MAIN: its actor, the words before its verb */
    RCP__ROLE_VERB = 8,  /* with MAIN: its predicate */
    RCP__ROLE_MORE = 16, /* a clause with a verb of its own coordinated
                            with the main one: a second claim ("Page
                            suffered a heart attack | and never regained
                            consciousness") */
    RCP__ROLE_PART = 32  /* a French present participle set apart after
                            the main verb, with what follows it in its
                            chunk: what the subject also does ("Kim a
                            visité des usines, | poursuivant sa visite
                            en Russie"); its words keep their role */
};

/*
 * The main claim of tokens [t0, t1) of d, cut into chunks starts[0..
 * nstarts) (rcp__clause_starts), with kind (rcp__claim_predicates) and
 * aside (rcp__clause_asides) of the same tokens: writes RCP__ROLE_* bits
 * to role[t - t0] and returns the main predicate's token (UINT32_MAX when
 * none). The attribution of reported speech is no part of the claim: "A,
 * X said" and "X said A" state A, whose actor is A's subject, not X. The
 * main clause is the first clause with a verb that no subordinator or
 * relative pronoun opens ("After hitting her, the suspect sideswiped a
 * car" states that the suspect sideswiped a car; nor a participle that
 * opens the sentence, "Remis hier au Premier ministre, le rapport ...");
 * its verb is not a participle that tells of the noun before it ("le
 * rapport remis mardi au ministre recommande ...": "recommande"). It
 * runs through the chunks after it up to a coordinator, a relative
 * pronoun, or a subordinate clause with a verb of its own that tells
 * when or why ("..., as officers searched the house"; not after a
 * progressive or a copula, "was patrolling ... when it received a call",
 * nor "if", "while", "including"); "..., and never regained
 * consciousness" is a second claim: RCP__ROLE_MORE, as each clause with
 * a finite verb of its own that a coordinator adds after it, up to the
 * attribution or, once it has its verb, a clause opener. French and
 * English.
 */
uint32_t rcp__clause_main(const rcp_doc *d, uint32_t t0, uint32_t t1,
                          const uint32_t *starts, uint32_t nstarts,
                          const uint8_t *kind, const uint8_t *aside,
                          uint8_t *role);
