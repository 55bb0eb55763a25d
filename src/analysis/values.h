/*
 * values.h - the values a sentence gives (src/analysis/values.c), the one
 * reader behind both the aligner's test "these two sentences give
 * different values for the same thing, so neither supports the other"
 * (digest.c, digest_align.c) and the disagreements (disagree.c).
 *
 * A value fills a *slot*: what it is a value of. Two values of one slot
 * are comparable; the intervals [lo, hi] say what each one states, so
 * that "at least 15" and "up to 20" meet and 12 and 15 do not.
 *
 *   - RCP__VAL_FIGURE: a number (or a number word, "trois", "seven") with
 *     its noun, the first content word after it once multipliers and,
 *     after them, "de"/"of" are skipped ("600 millions d'euros": 6e8 on
 *     "euro"; "10 %": 10 on the percent slot; "10-metre": 10 on "metre");
 *     ranges ("30 to 40", "35-to-40", "30 à 40"); a qualifier before it
 *     makes it an interval (at least / au moins / plus de: [v, inf); up
 *     to / jusqu'à / moins de: [0, v]; about / environ / près de: v +-
 *     15%).
 *     A part ("17 of the hijacked ships", "trois des traders", "deux
 *     de ces navires") is on the slot of the noun after it, [v, inf):
 *     the whole is at least that many (rcp__value.part); the whole after
 *     it ("three of the seven bullets") is read too.
 *     A count of the dead or the injured ("killed 10 people", "13
 *     dead", "15 personnes ont été tuées", "trois blessés") is on
 *     RCP__SLOT_CASUALTY + 1 or + 2 whatever its noun says of people at
 *     large (rcp__value.casualty); so is a count with no noun of its own
 *     right after a verb of death or injury, its qualifier between
 *     ("killed three and wounded four", "a tué trois", "injured almost
 *     30").
 *     A span of years ("de 1985 à 1988", "entre 1984 et 1986", "from
 *     1951 to 1957", "between 1984 and 1986", "1951-1957") is a figure
 *     on RCP__SLOT_YEARS, its interval the span.
 *     A measure in a unit (values.c, measure_units: "90 days", "a
 *     90-day stay", "a three-month stay", a number word joined to its
 *     unit as digits are; not "Sixteen-year-old", an age) is in its
 *     dimension's base unit (rcp__value.dim), its interval a fifth of
 *     the unit it is written in each side, so that "three months" meets
 *     "90 days".
 *   - RCP__VAL_MDAY: a day and month the timeline could not date ("17
 *     octobre", "Nov. 18"); RCP__VAL_WDAY: a weekday so, with the part of
 *     the day ("Friday night", "early Saturday"): v the weekday (0 =
 *     Sunday), [lo, hi] its hours as v * 100 + the hours of that day (the
 *     part's, rcp__day_parts of the calendar, as a time of day's: a
 *     night runs to 29, 5 in the morning after; a weekday alone is 0 to
 *     29), so that "Friday morning" and "Friday night" do not meet.
 *   - RCP__VAL_DATE: a date of the story's timeline (nlp.h) inside the
 *     sentence, with at least a month's precision, as the interval of
 *     days (since 1970-01-01) it covers.
 *   - RCP__VAL_NAME: a run of capitalised words inside the sentence,
 *     twice: on the slot of the token before it and on that of the token
 *     after it (the same place in two sentences: "identified as X").
 *   - RCP__VAL_TITLE: each word of such a run (of its last four) before
 *     the rest of the run, on the slot of the rest: a title, a role or a
 *     first name of whom the rest names ("Commodore" on "Nirad Sinha",
 *     "Jean-Luc" on "Romero"); written as the word through the run's end.
 *   - RCP__VAL_PLACE: a run of capitalised words after "in" that follows
 *     another ("the Betty Ford Center in Rancho Mirage"), on the slot of
 *     the first two words of that other run: where it is.
 *   - RCP__VAL_EXPAND: the words an acronym in brackets stands for, its
 *     letters the first letters of those words in order ("Association
 *     pour le droit de mourir dans la dignité (ADMD)"), on the slot of the
 *     acronym: how a body's name is written.
 *   - RCP__VAL_QUAL: the capitalised words between an English count and
 *     its noun ("23 Somali pirates", "23 Somali and Yemeni pirates"), on
 *     the slot of the count and its noun: what (whose) the things counted
 *     are; the value is the set of those words, each by its first six
 *     letters ("Somali" / "Somalian" are one).
 *   - RCP__VAL_ROLE: the role a named person holds in a body named by an
 *     acronym, in the apposition after the name ("Jean-Luc Romero,
 *     porte-parole de l'ADMD"; "..., président de l'Association pour le
 *     droit de mourir dans la dignité (ADMD)"), on the slot of the
 *     person's last name and the acronym.
 *   - RCP__VAL_TIME: a time of day, on RCP__SLOT_TIME (or, with a zone
 *     after it, "10:30 GMT", on a slot of that zone): a clock time ("9:40
 *     p.m.", "11 a.m.", "10am", "16h30", "16 h 30", "à 9 heures", "4:30
 *     in the morning", "9 heures du soir", "noon", "midi", "midnight")
 *     in hours 0 to 24 (a clock time of four digits, the military way,
 *     after a preposition of time and before "hours" / "hrs" or a zone:
 *     "at 1100 hours", "about 0930 hrs IST"; not "after 2000 hours of
 *     talks", a duration), [v, v] or, a round time that may be a rounding,
 *     v +- a quarter of an hour (a whole hour), an eighth (a quarter) or
 *     2.5 minutes (five minutes) (about / around / vers: +- a quarter of
 *     an hour; before / avant / by: the six hours up to it; after /
 *     après / since: the six after it), or a part of the day said as
 *     the time of a statement ("in the morning", "this evening", "at
 *     night", "last night", "tonight", "ce matin", "le soir", "dans la
 *     soirée", "hier soir"): its hours (rcp__day_parts, text.h), a
 *     morning 0 to 12, an afternoon 12 to 18, an evening 17 to 24, a
 *     night 20 to 29 (5 in the morning after). Times of day meet round the clock (rcp__values_meet). Not
 *     read: a time in brackets (a conversion, "(02:41 GMT)"), a clock
 *     time with a colon and neither a preposition of time nor its half
 *     of the day ("2:1", "3:16"), an English clock time of 1 to 12 with
 *     no half of the day or zone ("at 1:21": a.m. or p.m.), the part of
 *     a weekday ("Friday night",
 *     RCP__VAL_WDAY).
 *
 * A figure inside a date expression (a timeline date, or a numeric date
 * token) is left to the date. A sentence's attribution ("selon X",
 * "d'après X", "according to X") is kept with each of its values.
 */
#ifndef RCP_VALUES_H
#define RCP_VALUES_H

#include "analysis/nlp.h"

enum {
    RCP__VAL_FIGURE = 1 << 0,
    RCP__VAL_MDAY = 1 << 1,
    RCP__VAL_WDAY = 1 << 2,
    RCP__VAL_DATE = 1 << 3,
    RCP__VAL_NAME = 1 << 4,
    RCP__VAL_TITLE = 1 << 5,
    RCP__VAL_PLACE = 1 << 6,
    RCP__VAL_EXPAND = 1 << 7,
    RCP__VAL_QUAL = 1 << 8,
    RCP__VAL_ROLE = 1 << 9,
    RCP__VAL_TIME = 1 << 10,
    RCP__VAL_ALL = 2047
};

/* Slots that are not a noun's hash (a noun's slot is always above
 * RCP__SLOT_LAST). */
#define RCP__SLOT_DATE 1    /* timeline dates */
#define RCP__SLOT_PERCENT 2 /* %, pour cent, percent */
#define RCP__SLOT_MDAY 3    /* day and month with no year known */
#define RCP__SLOT_WDAY 4    /* a weekday alone, with no date known */
#define RCP__SLOT_TEMP 5    /* a temperature below zero ("minus 17") */
#define RCP__SLOT_YEARS 6   /* a span of years ("de 1985 à 1988",
                               "between 1984 and 1986", "1951-1957") */
#define RCP__SLOT_CASUALTY 6 /* + 1: the dead, + 2: the injured, counted
                               of people at large ("killed 10 people",
                               "13 dead", "trois blessés") */
#define RCP__SLOT_TIME 9    /* a time of day ("9:40 p.m.", "16h30",
                               "noon", "in the morning") */
#define RCP__SLOT_LAST 9 /* the last reserved slot */

typedef struct rcp__value {
    uint64_t slot;     /* what it is a value of (see above) */
    uint64_t source;   /* hash of its sentence's attribution, or 0 */
    double v, lo, hi;  /* the value (MDAY: month * 32 + day; WDAY: 0 =
                          Sunday, its interval v * 100 + its hours; DATE:
                          first day; NAME: a hash of its words) and the
                          interval it states */
    uint32_t first, last; /* its tokens as written, last included */
    uint32_t ctx_end;  /* tokens [first, ctx_end) are the value itself,
                          left out of what it is said about (the rest of a
                          noun phrase: "150 nautical miles") */
    uint32_t off, len; /* the value as written, in bytes of the text (a
                          timeline date: its expression) */
    uint16_t kind;     /* RCP__VAL_* */
    uint8_t dim;       /* a measure in a unit (values.c: 1 length, 2
                          time, 3 mass), its value in the base unit
                          (metre, day, kilogram); 0 for none */
    uint8_t measured;  /* the slot names what the measure is of ("a
                          10-metre dhow": the length of a dhow) */
    uint8_t casualty;  /* a count of the dead or the injured (values.c,
                          casualties): 1 said by its noun ("13 dead",
                          "trois blessés"), 2 by a verb ("killed 10
                          people", "15 personnes ont été tuées"); its
                          slot says which, RCP__SLOT_CASUALTY + 1 or + 2
                          for people at large */
    uint8_t part;      /* a count of a part of the things its noun
                          names ("17 of the hijacked ships", "trois des
                          traders"), on the slot of that noun: its
                          interval says the whole is at least as many
                          ([v, inf)); not compared by the aligner */
    uint8_t range;     /* a count written as a range ("30 to 40", "35-to-40
                          firefighters"), which states both its ends */
} rcp__value;

/* A growable array of values (rcp__malloc'd; release with
 * rcp__values_release). */
typedef struct rcp__values {
    rcp__value *v;
    size_t n, cap;
} rcp__values;

/*
 * Append to out the values of the kinds in `kinds` that tokens [t0, t1)
 * of d give. dates[0..ndates) are the timeline dates of this doc (by
 * position; NULL, 0 when not known yet): those inside the tokens are
 * read as RCP__VAL_DATE values, and no figure, day-month or weekday is
 * read inside one. Returns the number of values appended, or RCP_ENOMEM.
 * Linear in t1 - t0 (plus ndates).
 */
int rcp__values_read(const rcp_doc *d, uint32_t t0, uint32_t t1,
                     unsigned kinds, const rcp__date *dates, size_t ndates,
                     rcp__values *out);

/* The kinds a statement's values are read for once (build_units) and
 * taken again (rcp__values_read_more): the figures, with the days,
 * weekdays and times of day that are no figure. */
#define RCP__VAL_FIGURES                                                       \
    (RCP__VAL_FIGURE | RCP__VAL_MDAY | RCP__VAL_WDAY | RCP__VAL_TIME)

/*
 * rcp__values_read(d, t0, t1, kinds, dates, ndates, out) for tokens whose
 * figures were read already: figs[0..nfigs) is what rcp__values_read(d,
 * t0, t1, RCP__VAL_FIGURES, NULL, 0, ...) gave. Where no date of dates
 * falls among the tokens, the timeline changes nothing of that reading
 * (no figure, day or weekday is inside a date), so the figures of the
 * kinds asked for are taken from it and only the other kinds are read;
 * elsewhere all are read. The same values, in the same order.
 */
int rcp__values_read_more(const rcp_doc *d, uint32_t t0, uint32_t t1,
                          unsigned kinds, const rcp__value *figs,
                          size_t nfigs, const rcp__date *dates, size_t ndates,
                          rcp__values *out);

void rcp__values_release(rcp__values *x);

/* Values a and b of d (read by rcp__values_read from tokens [t0, t1);
 * a before b, both timeline dates or both day-months) are the two ends
 * of one period: "entre mi-septembre et début octobre", "between
 * September 15 and mid-October", "from May 2 to May 9", "du 15 septembre
 * au 10 octobre"): 1 and *first, the token that opens the period
 * ("entre"), or 0. */
int rcp__values_period(const rcp_doc *d, uint32_t t0, const rcp__value *a,
                       const rcp__value *b, uint32_t *first);

/* The token of the noun that figure v of d counts and whose slot it is
 * on ("nearly 300 crewmen": crewmen; "300 crew members": members), or
 * UINT32_MAX when its slot is not its noun's own (a measure, a
 * percentage, a designation, a figure with no noun). */
uint32_t rcp__values_noun(const rcp_doc *d, const rcp__value *v);

/* The noun that date v of d (read from tokens from t0; a timeline date
 * or a day-month) is the date of: the word before "du" / "of" right
 * before it ("le décret du 1er juillet"), or the noun a "celui" /
 * "celle" stands for ("ce nouveau décret qui remplace celui très
 * polémique du 27 juin 2008": décret, the nearest noun within four
 * words before it); its token, or UINT32_MAX. */
uint32_t rcp__values_date_of(const rcp_doc *d, uint32_t t0,
                             const rcp__value *v);

/* The value of token t of d when it is a number by itself: digits
 * ("1,000", "4,9"; not a date) or a number word before a multiplier
 * ("one million", "deux milliards") or joined to it ("one-million"). Returns 1 and *v, or 0. So that the
 * aligner's terms take "1,000" and "1000", "one million" and "$1
 * million" for one term. */
int rcp__token_number(const rcp_doc *d, uint32_t t, double *v);

/* A key of the words of the noun phrase a figure v of d counts (its
 * words after the number through its noun, stemmed, in any order:
 * "three life sentences" is life + sentenc), 0 for other values or none.
 * The same key as rcp__values_article_phrases gives "a life sentence". */
uint64_t rcp__values_phrase(const rcp_doc *d, const rcp__value *v);

/* The keys (as rcp__values_phrase) of the noun phrases that tokens [t0,
 * t1) of d count as one with an indefinite article (English "a", "an",
 * French "un", "une"): the (up to three) content words after it, up to
 * a punctuation mark, a stopword or a number, through the head of the
 * phrase (the last word in English, the first in French: "une peine de
 * prison" is peine); none when one is a multiplier ("a million dollars"
 * is a figure). Writes at most cap keys to out and returns how many. A
 * count of two or more of the same phrase is another value ("three life
 * sentences" / "a life sentence"; not "two cargo ships" / "a mother
 * ship"): the digest's support test, rcp__digest_other_clash. */
uint32_t rcp__values_article_phrases(const rcp_doc *d, uint32_t t0,
                                     uint32_t t1, uint64_t *out,
                                     uint32_t cap);

/* The factor of a multiplier token ("millions", "milliard",
 * "thousand"), or 1. */
double rcp__multiplier(const rcp_token *k);

/* The weekday (0 = Sunday) token k names ("mardi", "Friday": an English
 * one capitalised), or -1; the weekdays values read. */
int rcp__tok_weekday(const rcp_token *k);

/* The value of a number word ("seven", "douze", "dozen"; not "one",
 * "un"): 1 and *v, or 0. */
int rcp__number_word(const rcp_token *k, double *v);

/* The days since 1970-01-01 a timeline value covers ("2023-09-13",
 * "2023-09", "2023"): 1 and [*lo, *hi], or 0 when s is no date. */
int rcp__date_interval(const char *s, double *lo, double *hi);

/* Two measures of one dimension an order of magnitude apart or more
 * ("24 heures" of custody, "33 ans" of age) are two things, not one
 * given two ways. */
static inline int rcp__values_apart(double alo, double ahi, double blo,
                                    double bhi)
{
    return alo > 10 * bhi || blo > 10 * ahi;
}

/* Two times of day meet: their hours overlap round the clock (a night's
 * 20 to 29 meets 2 a.m.). */
static inline int rcp__values_hours_meet(double alo, double ahi, double blo,
                                         double bhi)
{
    for (int s = -24; s <= 24; s += 24)
        if (alo <= bhi + s && blo + s <= ahi)
            return 1;
    return 0;
}

/* Two values meet: their intervals overlap (spans of years: the same
 * span; times of day: round the clock); or, measures, they are too far
 * apart to be one thing (rcp__values_apart): then neither clashes with
 * the other. */
static inline int rcp__values_meet(const rcp__value *a, const rcp__value *b)
{
    if (a->kind == RCP__VAL_TIME && b->kind == RCP__VAL_TIME)
        return rcp__values_hours_meet(a->lo, a->hi, b->lo, b->hi);
    /* a span of years states both its ends: 1984-1986 is not 1985-1988;
     * so does a count written as a range: "30 to 40 firefighters" is not
     * "35 to 40 firefighters" (each meets "about 40") */
    if ((a->slot == RCP__SLOT_YEARS && b->slot == RCP__SLOT_YEARS) ||
        (a->range && b->range))
        return a->lo == b->lo && a->hi == b->hi;
    return (a->lo <= b->hi && b->lo <= a->hi) ||
           (a->dim && a->dim == b->dim &&
            rcp__values_apart(a->lo, a->hi, b->lo, b->hi));
}

#endif
