/*
 * claims.h - the predicates of a sentence's claims (src/analysis/claims.c).
 *
 * A claim is who does what, with which values. Two sentences that name
 * the same people and the same places may still say different things of
 * them ("ils s'envolent pour les Seychelles" / "des vacances aux
 * Seychelles"; "declared the election valid" / "turnout was 90%"): what
 * tells the claims apart is the predicate, the verb (or the noun made
 * from it) that says what happened. rcp__claim_predicates marks, in a run
 * of tokens, the words that are a predicate there: a form of a verb in the
 * lexicon (lexicon.h: WordNet for English, verbiste's tables and mythes-fr
 * for French) that is not framing (a reporting verb, analysis/clauses.h),
 * an auxiliary or a name; a word that is also a noun or an adjective
 * ("attack", "marche", "président") is read as a verb only where its
 * context says so (after a pronoun, an auxiliary, "to", "ne", "qui"...),
 * and as a noun after a determiner or a preposition. Each such word is
 * also marked a predicate *form*, whatever its context: "the attack" /
 * "they attacked" state the same predicate.
 *
 * The actor (who) is the digest's: the persons a sentence names, with
 * pronouns and roles resolved (quotes.c); the values are values.h's.
 */
#ifndef RCP_CLAIMS_H
#define RCP_CLAIMS_H

#include "analysis/lexicon.h"
#include "base/base.h"

enum {
    RCP__CLAIM_FORM = 1, /* a form of a verb, perhaps used as a noun */
    RCP__CLAIM_VERB = 2, /* used as a verb here: a predicate */
    RCP__CLAIM_SURE = 4, /* with VERB: surely one, not a noun read as a
                            verb after another noun ("the police chief"):
                            after an auxiliary or a pronoun, a word with
                            no other reading, or an English past in -ed */
    /* with VERB, its mood, read from its form and its verb group: */
    RCP__CLAIM_PROSP = 8, /* future, conditional, modal: "rencontreront",
                             "will host", "devrait recevoir", "va être";
                             an obligation ("must", "has to"), what a verb
                             of request or plan governs ("urged them to
                             pass", "a prévu de reprendre") */
    RCP__CLAIM_PAST = 16, /* done: "ont rencontré", "hosted", "has been
                             arrested", "a été placée" */
    RCP__CLAIM_NEG = 32,  /* denied: "n'est prévue", "never regained" */
    RCP__CLAIM_NOUN = 64  /* with FORM: a noun made from a verb ("le
                             fichage", "l'allumage"), no form of the verb
                             itself */
};

/*
 * For each token t of [t0, t1) of d, writes RCP__CLAIM_* bits to
 * kind[t - t0] (0 for a word that is no predicate, punctuation, numbers).
 * Returns how many tokens are marked RCP__CLAIM_VERB. Without the lexicon
 * of d's language, nothing is marked. Lookups are cached per word form
 * (process-wide, as the lexicon; not thread-safe).
 */
uint32_t rcp__claim_predicates(const rcp_doc *d, uint32_t t0, uint32_t t1,
                               uint8_t *kind);

/* 1 when word token k of d may open a noun phrase: English, a noun or an
 * adjective of WordNet; French, no adverb ("notamment", "-ment"). */
int rcp__claim_nounlike(const rcp_doc *d, const rcp_token *k);

/*
 * The predicate keys of token k of d (a word rcp__claim_predicates marks):
 * two predicates are one when they share a key: the keys of
 * rcp__lexicon_neighbours (a lemma, a WordNet sense among the first
 * two, a mythes-fr synonym among the first twelve): "repoussé" /
 * "rejeté", "préconise" / "recommande", "fired" / "dismissed". Points
 * *keys at them (cached, valid until the next call) and returns how many.
 */
size_t rcp__claim_keys(const rcp_doc *d, const rcp_token *k,
                       const uint64_t **keys);

/* The keys of token k of d as rcp__claim_keys gives them, with more
 * senses and synonyms (the first 8 WordNet senses, the first 40 mythes-fr
 * synonyms): two words that may mean one thing, for a test that must not
 * miss a paraphrase ("checked into" / "entered", "named" / "appointed"). */
size_t rcp__claim_loose_keys(const rcp_doc *d, const rcp_token *k,
                             const uint64_t **keys);

/* The lemma keys of token k of d (rcp__lexicon_neighbours without senses
 * nor synonyms: "inscrivait" and "inscrit" share inscrire's), as
 * rcp__claim_keys gives its keys (cached per word form). */
size_t rcp__claim_lemmas(const rcp_doc *d, const rcp_token *k,
                         const uint64_t **keys);

/*
 * When word token tok of d and the word after it are one English verb of
 * WordNet ("opened fire": open_fire, whose first sense is "fire"'s;
 * "stepped down": step_down; rcp__lexicon_phrasal), that verb's keys:
 * with lemmas 0, as rcp__claim_keys gives a word's (its lemma and its
 * first senses); with lemmas 1, its lemma and the one-word verbs of its
 * first sense (rcp__lexicon_sense_words: "fire"), for comparing lemmas.
 * Writes at most cap keys to out and returns how many; 0 when the two
 * words are no such verb, or for French. Cached per pair of word forms.
 */
size_t rcp__claim_phrasal_keys(const rcp_doc *d, uint32_t tok, int lemmas,
                               uint64_t *out, size_t cap);

#endif
