/*
 * nlp.h - the analysis of a story (src/analysis/, between text/ and
 * digest/): what the digest needs to know about the people, places and
 * organisations of a story, who is quoted, and when things happen.
 *
 * One call analyses all the docs of a story together, so that names are
 * resolved across articles (Peskov, M. Peskov -> Dmitri Peskov) and
 * spellings merged (Kim Jong-un / Kim Jong Un / Kim Jong-Un).
 */
#ifndef RCP_NLP_H
#define RCP_NLP_H

#include "base/base.h"

enum { RCP__ENT_PER, RCP__ENT_ORG, RCP__ENT_LOC, RCP__ENT_MISC };

typedef struct rcp__entity {
    const char *name;      /* the canonical spelling: the fullest, then the
                              most frequent */
    int type;              /* RCP__ENT_* */
    const char **variants; /* the other spellings seen (not `name`) */
    size_t nvariants;
    uint32_t *docs; /* indices of the docs that mention it,
                       ascending, each once */
    size_t ndocs;
    size_t mentions; /* mentions in all docs */
} rcp__entity;

typedef struct rcp__quote {
    uint32_t doc;      /* index of the doc */
    uint32_t off, len; /* the words between the quotation marks, in bytes
                          of docs[doc]->text (marks excluded) */
    uint32_t sent;     /* the sentence where it starts */
    int speaker;       /* index in entities, or -1 when unknown */
    uint32_t role_off, role_len; /* with speaker -1: the role the quote is
                                    attributed to, as written, when no one
                                    in the story is named with it ("parquet
                                    de Paris", "fire chief"); else 0 */
} rcp__quote;

/* One quotation, however many articles quote it, in part or in other
 * words (quotes.c says how they are grouped). */
typedef struct rcp__quote_group {
    uint32_t shown;  /* index in quotes of the occurrence shown */
    int speaker;     /* index in entities, or -1 */
    uint32_t role;   /* with speaker -1: index in quotes of one whose role
                        names the speaker, or UINT32_MAX */
    uint32_t *docs;  /* the docs that carry it (most of its words), each
                        once, ascending */
    uint32_t ndocs;
} rcp__quote_group;

typedef struct rcp__date {
    uint32_t doc;
    uint32_t off, len; /* the expression as written ("mercredi 13 septembre") */
    uint32_t sent;
    char value[11]; /* absolute: "2023-09-13", "2023-09" or "2023" */
} rcp__date;

typedef struct rcp__story_nlp {
    rcp__entity *entities; /* most mentioned first */
    size_t nentities;
    rcp__quote *quotes; /* by doc, then by position */
    size_t nquotes;
    rcp__quote_group *qgroups; /* in order of their first quote */
    size_t nqgroups;
    rcp__date *dates; /* by doc, then by position */
    size_t ndates;
    int32_t **actors; /* per doc, per sentence: the person (index in
                         entities) the sentence is told of when it opens
                         on a pronoun or a role resolved to a named
                         person ("il", "le maire de Paris"), else -1 */
    int32_t **role_actors; /* per doc, per sentence: the person a role
                              past its first word resolves to ("X et le
                              dirigeant nord-coréen s'étaient ..."), the
                              first one, else -1 */
} rcp__story_nlp;

/*
 * Analyse the n docs of one story. A doc's publication date, when its
 * article has one (docs[i]->article->date), anchors its relative dates
 * (jeudi, hier, last week). Everything lives in `a`. Returns 0 or
 * RCP_ENOMEM (out is then empty).
 *
 * What comes out, precisely:
 *   - entities: every capitalised name that survives the filters (see
 *     entities.c), spellings grouped; `variants` are ordered most seen
 *     first and include short forms (Kim, Peskov). Type MISC when the
 *     evidence is thin.
 *   - quotes: every pair of quotation marks (« » “ ” „ “ ‹ › " " and the
 *     `` '' of wire copy) with at least four words between them, or two
 *     or three with a verb of saying; quotations that run over
 *     paragraphs; not an interviewer's question (quotes.c). `speaker` is
 *     a person, an organisation ("le Kremlin a précisé") or an untyped
 *     name, never a place; -1 when no attribution is certain enough, and
 *     then role_off/role_len may give the role as written.
 *   - qgroups: the quotations, each with the articles that carry most of
 *     its words (a short phrase of it does not count) and one speaker.
 *   - dates: only what can be made absolute: without an article date,
 *     only expressions that carry their year ("juillet 2000", "2019",
 *     "14/09/2023"); with a month-only date ("2023-10"), also day-month
 *     and month expressions, not weekdays or hier/demain.
 * The analysis is linear in the text (about 1 ms for ten articles).
 * Not thread-safe (process-wide word tables, as the stemmer cache).
 */
/* Two names are spellings of one: the same words but one, whose
 * phonetic keys (entities.c) are equal, one letter added, dropped,
 * changed or swapped apart (both five letters or more), or one stem of
 * seven letters or more with other endings of up to three letters:
 * "Ilene Wolfe" / "Ilene Wolff", "Latonya Brown" / "Latoya Brown",
 * "Salahuddin" / "Salahaddin", "Gordon Advisers" / "Gordon Advisors";
 * not "Jean-Luc" / "Jean-Louis Romero", "Commodore" / "Commander". */
int rcp__name_spellings(const char *a, size_t al, const char *b, size_t bl);

/* 1 when the folded word w[0..n) of language lang names a person by
 * what the person is or does, not by a name: a role or title, a French
 * noun by a person's ending (entities.c), or in English a noun with a
 * WordNet noun.person sense among its first three ("actress",
 * "governor", "officials"). */
int rcp__role_word(rcp_lang_class lc, const char *w, size_t n);

/* 1 and *off, the days from the day of writing, when token t is a word
 * of a relative day ("hier" -1, "today" 0, "tomorrow" 1: dates.c, which
 * dates them from the article's day); else 0. */
int rcp__relative_day(const rcp_token *t, int *off);

int rcp__story_nlp_run(const rcp_doc *const *docs, size_t n, rcp__arena *a,
                       rcp__story_nlp *out);

#endif
