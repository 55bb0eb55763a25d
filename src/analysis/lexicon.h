/*
 * lexicon.h - words that mean the same thing, from the lexical resources
 * Debian packages: WordNet (package wordnet-base, /usr/share/wordnet) for
 * English, verbiste's conjugation tables (verbiste, /usr/share/verbiste-0.1)
 * and the mythes-fr thesaurus (mythes-fr, /usr/share/mythes) for French.
 * docs/digest.md ("Words that mean the same thing") says why these and
 * how the limits were measured.
 *
 * Nothing is loaded before a word of the language is looked up. WordNet's
 * and mythes' files are sorted: they are mapped (mmap) and searched in
 * place. Verbiste's two XML files (about 530 KB) are read once, on the
 * first French word, into a table of endings. A resource whose files are
 * missing or unreadable is simply absent: its words get no concept but
 * their own lemma (or nothing), and rcp__lexicon_status says which are
 * there.
 *
 * The environment variable RECOUPE_LEXICON, when set, replaces /usr/share
 * as the directory holding wordnet/, mythes/ and verbiste-0.1/; set to
 * "off" (or a directory without them), the lexicon is empty and the digest
 * compares words by their stems only, as without these packages.
 *
 * Process-wide, loaded once; not thread-safe (as the stemmer cache).
 */
#ifndef RCP_LEXICON_H
#define RCP_LEXICON_H

#include "base/base.h"

/* How close two words must be (see rcp__lexicon_concepts). */
typedef struct rcp__lexicon_opts {
    unsigned senses; /* WordNet: a synset counts among the first `senses`
                        senses of a lemma in each part of speech */
    unsigned syns;   /* mythes-fr: a synonym counts among the first `syns`
                        of the entry (each must list the other) */
    unsigned derived; /* WordNet: derivationally related forms ("+"
                         pointers) of the first `derived` senses */
    unsigned fr_deverbal; /* French: a noun made from a verb shares the
                             verb's key (la démission / a démissionné) */
} rcp__lexicon_opts;

/* The limits chosen on the development sets (docs/digest.md). */
extern const rcp__lexicon_opts rcp__lexicon_default;

/*
 * Concept keys of the word w[0..n) (lower case, accents kept, as written)
 * in class lc (English or French; others have none): two words share a
 * key exactly when they have a lemma in common (English inflections and
 * WordNet's exception lists, "ran" / "run"; French conjugations,
 * "inscrit" / "inscrivent" / "inscrire"), or are close synonyms: in
 * English, a WordNet synset among the first o->senses senses of both
 * ("hurt" / "injure"); in French, each among the first o->syns synonyms
 * that mythes-fr lists for the other. Writes at most cap keys to out and
 * returns how many (0 when the word is unknown or the resource absent).
 */
size_t rcp__lexicon_concepts(rcp_lang_class lc, const char *w, size_t n,
                             const rcp__lexicon_opts *o, uint64_t *out,
                             size_t cap);

/*
 * The lemmas of w[0..n) in class lc, each NUL-terminated, one after the
 * other in out (room for cap bytes), at most max of them; returns the
 * count. English: WordNet's morphy (exception lists, then the detachment
 * rules, a result kept only when WordNet has it), nouns, verbs and
 * adjectives. French: the infinitives verbiste's tables make the word a
 * form of. A word that is its own lemma is listed too.
 */
size_t rcp__lexicon_lemmas(rcp_lang_class lc, const char *w, size_t n,
                           char *out, size_t cap, size_t max);

/*
 * 1 when a verb lemma of the English word w[0..n) (lower case; WordNet's
 * morphy) has its first sense, the most frequent, in WordNet's
 * lexicographer file `lexfile` (32: verb.communication, verbs of telling,
 * asking, ordering, singing); 0 otherwise, and without WordNet.
 */
int rcp__lexicon_verb_file(const char *w, size_t n, int lexfile);

/*
 * 1 when one of the first `senses` senses (in WordNet's order, the most
 * frequent first) of a noun lemma of the English word w[0..n) (lower
 * case; morphy: "jurors" -> juror) is in the lexicographer file `lexfile`
 * (18: noun.person: juror, nephew, official, source as an informant); 0
 * otherwise, and without WordNet. At most 8 senses are looked at.
 */
int rcp__lexicon_noun_file(const char *w, size_t n, int lexfile,
                           unsigned senses);

/*
 * The parts of speech of the word w[0..n) (lower case, accents kept) in
 * class lc: RCP__LEX_VERB when it is a form of a verb (English: WordNet's
 * morphy finds a verb lemma, "killed" -> kill; French: a conjugated form
 * of verbiste's tables), RCP__LEX_OTHER when it is also a noun or an
 * adjective (WordNet's noun or adjective index; a mythes-fr entry marked
 * "Nom" or "Adjectif", or with no verb meaning: "attack", "marche",
 * "pays", "averti"); RCP__LEX_DEVERBAL for a French noun made from a
 * verb verbiste has ("fichage": ficher, "refus": refuser), which is no
 * verb form itself; RCP__LEX_PROSP and RCP__LEX_PAST for the tense of a
 * verb form (below). 0 when unknown or without the resources.
 */
enum {
    RCP__LEX_VERB = 1,
    RCP__LEX_OTHER = 2,
    RCP__LEX_DEVERBAL = 4,
    RCP__LEX_PROSP = 8, /* French: a future or conditional form only
                           (verbiste's tables): "rencontreront" */
    RCP__LEX_PAST = 16  /* English: a past or participle (no lemma, no
                           "-s", no "-ing"): "hosted", "met" */
};
int rcp__lexicon_pos(rcp_lang_class lc, const char *w, size_t n);

/* rcp__lexicon_pos of token t of d, in d's language, as written but in
 * lower case: 0 for an unknown word or one too long to look up. */
struct rcp_doc;
struct rcp_token;
int rcp__lexicon_tok_pos(const struct rcp_doc *d, const struct rcp_token *t);

/*
 * The neighbours of the word w[0..n) in class lc, as keys: two words are
 * neighbours when they share one. English: each lemma (WordNet's morphy,
 * every part of speech) and its first `max` synsets (two verbs of one
 * sense: "fire" / "dismiss"). French: each lemma (verbiste's infinitives,
 * the word itself, and the verb a noun is made from: "fichage" has
 * "ficher") and the first `max` synonyms mythes-fr lists for
 * it, so that two verbs that list a common synonym meet ("recommander" /
 * "suggérer", both "conseiller"). Looser than rcp__lexicon_concepts: for
 * comparing a few words (the predicates of two sentences), not for
 * joining the words of a story. Returns the number of keys written.
 */
size_t rcp__lexicon_neighbours(rcp_lang_class lc, const char *w, size_t n,
                               unsigned max, uint64_t *out, size_t cap);

/* The English verb that the verb form w[0..n) makes with the word after
 * it, p[0..pn) (lower case, letters only), when WordNet lists the two as
 * one verb of their own ("opened" "fire": open_fire; "stepped" "down":
 * step_down; "ruled" "out": rule_out): written NUL-terminated into out
 * (cap bytes, "open_fire"); returns its length, 0 when WordNet lists no
 * such verb or is missing. */
size_t rcp__lexicon_phrasal(const char *w, size_t n, const char *p,
                            size_t pn, char *out, size_t cap);

/* The one-word verbs of the first sense of the English verb lemma
 * w[0..n) (lower case, WordNet's spelling: "open_fire" is {open_fire,
 * fire}), as lemma keys of rcp__lexicon_neighbours ("fire"); returns how
 * many were written, 0 without WordNet. */
size_t rcp__lexicon_sense_words(const char *w, size_t n, uint64_t *out,
                                size_t cap);

/* The verb senses that the first `senses` senses of the English verb
 * w[0..n) (lower case; morphy) are kinds of (WordNet's hypernyms, "@"),
 * as keys of rcp__lexicon_neighbours: "devastate" (lay waste to) is a
 * kind of "destroy" (ruin), whose second sense's key it gets. Returns the
 * number of keys written; 0 without WordNet or for another language. */
size_t rcp__lexicon_hypernyms(const char *w, size_t n, unsigned senses,
                              uint64_t *out, size_t cap);

/* The English noun w[0..n) (lower case; a compound with "_" between its
 * words, "crew_member"; morphy): the keys of its first `senses` senses,
 * as rcp__lexicon_neighbours writes them, so that two nouns of one sense
 * share one ("crewmen" / "crew members"); with up, the keys of what those
 * senses are kinds of, in their own lexicographer file ("ship": a
 * vessel; "people" is a kind of group, of noun.Tops, so nothing). Returns
 * the number of keys written; 0 without WordNet. */
size_t rcp__lexicon_noun_senses(const char *w, size_t n, unsigned senses,
                                int up, uint64_t *out, size_t cap);

/* The first `max` synonyms mythes-fr gives the French word w[0..n) in
 * its senses marked as a noun, written NUL-terminated one after the
 * other into out (cap bytes); returns how many. */
size_t rcp__lexicon_fr_nouns(const char *w, size_t n, char *out, size_t cap,
                             size_t max);

/* Lower-case w[0..n) (valid UTF-8), accents kept, into out (cap bytes;
 * lower case may be longer); returns the length, or 0 when it does not
 * fit. */
size_t rcp__lexicon_lower(const char *w, size_t n, char *out, size_t cap);

/* Which resources are there, as one line ("wordnet: /usr/share/wordnet;
 * verbiste: missing; ..."), for a note. */
const char *rcp__lexicon_status(void);

/* 1 when the lexicon of class lc has at least one resource (English
 * or French). */
int rcp__lexicon_ready(rcp_lang_class lc);

/* Forget what was loaded (tests switch RECOUPE_LEXICON with it). */
void rcp__lexicon_reset(void);

/* How many times rcp__lexicon_reset was called: caches of answers drawn
 * from the lexicon key them by it. */
unsigned rcp__lexicon_generation(void);

#endif
