/*
 * values.c - the values a sentence gives: figures with their noun,
 * day-months and weekdays, timeline dates, names in their place (see
 * values.h). One reader for the aligner (a pair "linked but for its
 * values" is a dissent, never support) and for the disagreements.
 */
#include "analysis/values.h"
#include "analysis/clauses.h"
#include "analysis/lexicon.h"
#include "analysis/nlp_priv.h"
#include "text/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>


/* The tokens before t (within [t0, t)) spell words[0..n) in order. */
static int before_is(const rcp_doc *d, uint32_t t0, uint32_t t,
                     const char *const *w, size_t n)
{
    if (t < t0 + n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!rcp__tok_is(&d->toks[t - n + i], w[i]))
            return 0;
    return 1;
}

/* at least: [v, inf), more than: above v; up to: [0, v], less than:
 * below v; about: v +- 15%; nearly: up to v, within 15% */
enum { Q_NONE, Q_MIN, Q_MAX, Q_ABOUT, Q_ABOVE, Q_BELOW, Q_NEARLY };

/* Qualifiers of a figure, by the words just before it, in the folded
 * forms of rcp_token.norm; a phrase ends with the word before the
 * figure. */
static const struct {
    int q;
    const char *w[3];
} qualifiers[] = {
    {Q_MIN, {"at", "least"}},      {Q_MIN, {"au", "moins"}},
    {Q_ABOVE, {"plus", "de"}},     {Q_ABOVE, {"plus", "d'"}},
    {Q_ABOVE, {"more", "than"}},   {Q_ABOVE, {"over"}},
    {Q_ABOVE, {"upwards", "of"}},  {Q_MIN, {"minimum"}},
    {Q_BELOW, {"moins", "de"}},    {Q_BELOW, {"moins", "d'"}},
    {Q_MAX, {"up", "to"}},         {Q_MAX, {"jusqu'", "a"}},
    {Q_MAX, {"as", "many", "as"}}, {Q_MAX, {"as", "much", "as"}},
    {Q_BELOW, {"less", "than"}},   {Q_BELOW, {"fewer", "than"}},
    {Q_BELOW, {"under"}},          {Q_MAX, {"maximum"}},
    {Q_ABOUT, {"about"}},          {Q_ABOUT, {"around"}},
    {Q_ABOUT, {"environ"}},        {Q_NEARLY, {"pres", "de"}},
    {Q_NEARLY, {"pres", "d'"}},    {Q_NEARLY, {"nearly"}},
    {Q_NEARLY, {"almost"}},        {Q_ABOUT, {"some"}},
    {Q_ABOUT, {"approximately"}},  {Q_ABOUT, {"roughly"}},
    {Q_ABOUT, {"quelque"}},        {Q_ABOUT, {"quelques"}},
    {Q_NEARLY, {"presque"}},       {Q_ABOUT, {"estimated"}},
    {Q_ABOUT, {"estime"}},         {Q_ABOUT, {"estimee"}},
    {Q_ABOUT, {"une", "dizaine"}},
};

/* The qualifier of the figure at token t (Q_*); *from (when not NULL)
 * its first token, t when none. */
static int qualifier_from(const rcp_doc *d, uint32_t t0, uint32_t t,
                          uint32_t *from)
{
    if (from)
        *from = t;
    /* "about a dozen", "une douzaine": the qualifier before the article */
    if (t > t0 && (rcp__tok_is(&d->toks[t], "dozen") ||
                   rcp__tok_is(&d->toks[t], "douzaine")) &&
        (rcp__tok_is(&d->toks[t - 1], "a") ||
         rcp__tok_is(&d->toks[t - 1], "une")))
        t--;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(qualifiers); i++) {
        size_t n = 0;
        while (n < 3 && qualifiers[i].w[n])
            n++;
        if (before_is(d, t0, t, qualifiers[i].w, n)) {
            if (from)
                *from = t - (uint32_t)n;
            return qualifiers[i].q;
        }
    }
    return Q_NONE;
}

static int qualifier(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    return qualifier_from(d, t0, t, NULL);
}

/* Number words (folded), 2 to 20 and a dozen, English and French: "one"
 * and "un" are left out, they are mostly articles. */
static const struct {
    const char *w;
    int v;
} number_words[] = {
    {"two", 2},       {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},       {"seven", 7},     {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},   {"twelve", 12},   {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"dozen", 12},
    {"deux", 2},      {"trois", 3},     {"quatre", 4},    {"cinq", 5},
    {"sept", 7},      {"huit", 8},      {"neuf", 9},      {"dix", 10},
    {"onze", 11},     {"douze", 12},    {"treize", 13},   {"quatorze", 14},
    {"quinze", 15},   {"seize", 16},    {"vingt", 20},    {"douzaine", 12},
};

/* The entries of number_words by first byte and by length (a bit each:
 * a word is compared with the entries of both only, none for most):
 * built on first use (process-wide, not thread-safe, as the stemmers
 * are); number_word runs on every token of every value reading, and the
 * scan of the table was 4% of an add's instructions. An entry is then
 * told by its hash (a token's hnorm) before its letters are compared:
 * "the" meets "two" and "ten" by first byte and length (the compares
 * were 0.4% of a 9,000-article add). */
static uint64_t number_word_first[256];
static uint64_t number_word_bylen[16]; /* the entries of each length */
static uint64_t number_word_hash[RCP_ARRAY_SIZE(number_words)];
static int number_word_ready;

static void number_word_index(void)
{
    _Static_assert(RCP_ARRAY_SIZE(number_words) <= 64, "a bit per word");
    for (size_t i = 0; i < RCP_ARRAY_SIZE(number_words); i++) {
        const char *w = number_words[i].w;
        number_word_first[(unsigned char)w[0]] |= (uint64_t)1 << i;
        number_word_bylen[strlen(w)] |= (uint64_t)1 << i;
        number_word_hash[i] = rcp__hash(w, strlen(w), 0);
    }
    number_word_ready = 1;
}

/* Multipliers after a figure. */
static const struct {
    const char *stem;
    double m;
} multipliers[] = {
    {"million", 1e6},  {"millions", 1e6}, {"milliard", 1e9},
    {"billion", 1e9},  {"billions", 1e9}, {"thousand", 1e3},
    {"mill", 1e3},     {"mille", 1e3},    {"trillion", 1e12},
    {"millier", 1e3},  {"centain", 1e2},  {"hundred", 1e2},
    {"hundr", 1e2}, /* the stem of "hundred", "hundreds" */
};

/* The leading number of a token's norm: "1,000" and "120.000" are
 * thousands (a separator followed by exactly three digits), "4,9" and
 * "3.5" decimals; *rest points after it. */
static double parse_number(const char *p, size_t n, size_t *rest,
                           int *decimals)
{
    double v = 0;
    size_t i = 0;
    int any = 0;
    *decimals = 0;
    while (i < n) {
        if (p[i] >= '0' && p[i] <= '9') {
            v = v * 10 + (p[i++] - '0');
            any = 1;
        } else if ((p[i] == ',' || p[i] == '.') && any && i + 1 < n &&
                   p[i + 1] >= '0' && p[i + 1] <= '9') {
            size_t j = i + 1;
            while (j < n && p[j] >= '0' && p[j] <= '9')
                j++;
            if (j - i - 1 == 3) { /* a thousands separator */
                i++;
                continue;
            }
            double f = 0.1;
            for (size_t k = i + 1; k < j; k++, f /= 10)
                v += (p[k] - '0') * f;
            *decimals = (int)(j - i - 1);
            i = j;
            break;
        } else {
            break;
        }
    }
    *rest = i;
    return any ? v : -1;
}

/* The noun of a figure ending at token t (exclusive bound t1): skips
 * multipliers, "de", "d'", "of"; fills *mult. Returns its token or
 * UINT32_MAX. */
static uint32_t figure_noun(const rcp_doc *d, uint32_t t, uint32_t t1,
                            double *mult, int *part)
{
    *mult = 1;
    *part = 0;
    int after_mult = 0;
    for (uint32_t k = t, n = 0; k < t1 && n < 4; k++, n++) {
        const rcp_token *x = &d->toks[k];
        if (x->flags & RCP_TOK_PUNCT) {
            if (rcp__tok_is(x, "%"))
                return k;
            return UINT32_MAX;
        }
        if (!(x->flags & RCP_TOK_WORD) || (x->flags & RCP_TOK_NUM))
            return UINT32_MAX;
        double f = rcp__multiplier(x);
        if (f != 1) {
            *mult *= f;
            after_mult = 1;
            continue;
        }
        /* "millions d'euros", "millions of dollars"; but "two of the
         * vessels", "trois des traders" count a part of something else */
        int partitive = rcp__tok_is(x, "of") || rcp__tok_is(x, "de") ||
                        rcp__tok_is(x, "d'") || rcp__tok_is(x, "des") ||
                        rcp__tok_is(x, "du");
        if (partitive && after_mult)
            continue;
        /* "17 of the hijacked ships", "trois des traders", "deux de ces
         * navires": a part of the things named after it, counted on
         * their noun (rcp__value.part) */
        int det = rcp__tok_is(x, "the") || rcp__tok_is(x, "these") ||
                  rcp__tok_is(x, "those") || rcp__tok_is(x, "ces") ||
                  rcp__tok_is(x, "les");
        if (partitive && k == t && k + 1 < t1 &&
            (rcp__tok_is(x, "des") ||
             ((rcp__tok_is(x, "of") || rcp__tok_is(x, "de")) &&
              (rcp__tok_is(&d->toks[k + 1], "the") ||
               rcp__tok_is(&d->toks[k + 1], "these") ||
               rcp__tok_is(&d->toks[k + 1], "those") ||
               rcp__tok_is(&d->toks[k + 1], "ces") ||
               rcp__tok_is(&d->toks[k + 1], "les"))))) {
            *part = 1;
            continue;
        }
        if (*part && det && k == t + 1)
            continue;
        if (partitive || rcp__tok_is(x, "the") || rcp__tok_is(x, "l'"))
            return UINT32_MAX;
        /* "0845 125 2222 or Crimestoppers": a conjunction ends the
         * figure's phrase; what follows is not what it counts */
        if (rcp__tok_is(x, "or") || rcp__tok_is(x, "and") ||
            rcp__tok_is(x, "ou") || rcp__tok_is(x, "et") ||
            rcp__tok_is(x, "but") || rcp__tok_is(x, "mais"))
            return UINT32_MAX;
        /* a preposition ends the figure's phrase: "234 millions au
         * troisième trimestre", "two for the team" count no "trimestre",
         * no "team" ("$1 million in damage" does count damage) */
        static const char *const ends[] = {"au", "aux", "a", "en", "dans",
                                           "pour", "par", "sur", "at", "on",
                                           "for", "by", "to", "from",
                                           "with", "as"};
        for (size_t i = 0; i < RCP_ARRAY_SIZE(ends); i++)
            if (rcp__tok_is(x, ends[i]))
                return UINT32_MAX;
        if (x->flags & RCP_TOK_STOP) { /* "three other rifles" */
            if (rcp__tok_is(x, "other") || rcp__tok_is(x, "others") ||
                rcp__tok_is(x, "autres") || rcp__tok_is(x, "autre") ||
                rcp__tok_is(x, "more") || rcp__tok_is(x, "additional"))
                *mult = -fabs(*mult); /* others: part of a count */
            continue;
        }
        if (x->norm_len < 2)
            return UINT32_MAX;
        return k;
    }
    return UINT32_MAX;
}

/* Units of measure, in the folded forms of rcp_token.norm: a figure in
 * one is converted to its dimension's base unit (metre, day, kilogram),
 * so that "30-foot" and "10-metre", "40 miles" and "64 km", "90 days"
 * and "three months" compare. "m", "ton" and the French "mille" are
 * left out: each also means something else (million, two tons, a
 * thousand). */
enum { DIM_NONE, DIM_LENGTH, DIM_TIME, DIM_MASS };
static const struct {
    const char *w;
    int dim;
    double f;
} measure_units[] = {
    {"metre", DIM_LENGTH, 1},         {"metres", DIM_LENGTH, 1},
    {"meter", DIM_LENGTH, 1},         {"meters", DIM_LENGTH, 1},
    {"km", DIM_LENGTH, 1e3},          {"kilometre", DIM_LENGTH, 1e3},
    {"kilometres", DIM_LENGTH, 1e3},  {"kilometer", DIM_LENGTH, 1e3},
    {"kilometers", DIM_LENGTH, 1e3},  {"cm", DIM_LENGTH, 0.01},
    {"centimetre", DIM_LENGTH, 0.01}, {"centimetres", DIM_LENGTH, 0.01},
    {"centimeter", DIM_LENGTH, 0.01}, {"centimeters", DIM_LENGTH, 0.01},
    {"mile", DIM_LENGTH, 1609.344},   {"miles", DIM_LENGTH, 1609.344},
    {"foot", DIM_LENGTH, 0.3048},     {"feet", DIM_LENGTH, 0.3048},
    {"ft", DIM_LENGTH, 0.3048},       {"yard", DIM_LENGTH, 0.9144},
    {"yards", DIM_LENGTH, 0.9144},    {"inch", DIM_LENGTH, 0.0254},
    {"inches", DIM_LENGTH, 0.0254},   {"minute", DIM_TIME, 1.0 / 1440},
    {"minutes", DIM_TIME, 1.0 / 1440}, {"hour", DIM_TIME, 1.0 / 24},
    {"hours", DIM_TIME, 1.0 / 24},    {"heure", DIM_TIME, 1.0 / 24},
    {"heures", DIM_TIME, 1.0 / 24},   {"day", DIM_TIME, 1},
    {"days", DIM_TIME, 1},            {"jour", DIM_TIME, 1},
    {"jours", DIM_TIME, 1},           {"week", DIM_TIME, 7},
    {"weeks", DIM_TIME, 7},           {"semaine", DIM_TIME, 7},
    {"semaines", DIM_TIME, 7},        {"fortnight", DIM_TIME, 14},
    {"month", DIM_TIME, 30.44},       {"months", DIM_TIME, 30.44},
    {"mois", DIM_TIME, 30.44},        {"year", DIM_TIME, 365.25},
    {"years", DIM_TIME, 365.25},      {"an", DIM_TIME, 365.25},
    {"ans", DIM_TIME, 365.25},        {"annee", DIM_TIME, 365.25},
    {"annees", DIM_TIME, 365.25},     {"kg", DIM_MASS, 1},
    {"kilo", DIM_MASS, 1},            {"kilos", DIM_MASS, 1},
    {"kilogram", DIM_MASS, 1},        {"kilograms", DIM_MASS, 1},
    {"kilogramme", DIM_MASS, 1},      {"kilogrammes", DIM_MASS, 1},
    {"gram", DIM_MASS, 1e-3},         {"grams", DIM_MASS, 1e-3},
    {"gramme", DIM_MASS, 1e-3},       {"grammes", DIM_MASS, 1e-3},
    {"pound", DIM_MASS, 0.45359237},  {"pounds", DIM_MASS, 0.45359237},
    {"lb", DIM_MASS, 0.45359237},     {"lbs", DIM_MASS, 0.45359237},
    {"tonne", DIM_MASS, 1e3},         {"tonnes", DIM_MASS, 1e3},
};

/* The unit w[0..n) (folded): its dimension and factor to the base unit,
 * or DIM_NONE. */
static int unit_of(const char *w, size_t n, double *f)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(measure_units); i++)
        if (strlen(measure_units[i].w) == n &&
            !memcmp(measure_units[i].w, w, n)) {
            *f = measure_units[i].f;
            return measure_units[i].dim;
        }
    return DIM_NONE;
}

/* A hash as a slot: moved past the reserved ones (RCP__SLOT_*, the
 * last RCP__SLOT_LAST), so that a new reserved slot is one edit. */
static uint64_t hash_slot(uint64_t h)
{
    return h > RCP__SLOT_LAST ? h : h + RCP__SLOT_LAST + 1;
}

/* The slot of a dimension. */
static uint64_t dim_slot(int dim)
{
    uint64_t h = rcp__mix64(0xd13e0000u + (uint64_t)dim);
    return hash_slot(h);
}

/* What a count of casualties counts: the dead (1) or the injured (2),
 * by the folded word's beginning (every inflection: "killed",
 * "killing", "tuées", "blessés"), or 0. The words of death and injury
 * of each language, not of a story: "the quake killed 10 people", "left
 * 13 dead", "10 personnes ont été tuées", "faisant trois morts et neuf
 * blessés". */
static const struct {
    const char *w;
    unsigned most; /* the longest word it begins: "tue", "tués", not
                      "tuesday"; "kill" to "killing" */
    int kind;
} casualty_words[] = {
    {"kill", 7, 1},    {"died", 4, 1},  {"dies", 4, 1},   {"dying", 5, 1},
    {"dead", 4, 1},    {"death", 6, 1}, {"fatalit", 10, 1}, {"tue", 5, 1},
    {"tuant", 5, 1},   {"mort", 6, 1},  {"deced", 8, 1},  {"deces", 5, 1},
    {"injur", 8, 2},   {"wound", 8, 2}, {"hurt", 4, 2},   {"bless", 7, 2},
};

static int casualty_word(const rcp_token *x)
{
    if (!(x->flags & RCP_TOK_WORD) || (x->flags & RCP_TOK_NUM))
        return 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(casualty_words); i++) {
        size_t n = strlen(casualty_words[i].w);
        if (x->norm_len >= n && x->norm_len <= casualty_words[i].most &&
            !memcmp(x->norm, casualty_words[i].w, n))
            return casualty_words[i].kind;
    }
    return 0;
}

/* The casualties a count (its first token first, its noun noun, inside
 * [t0, t1)) counts, 1 the dead, 2 the injured, 0 none: its noun is a
 * word of death or injury ("13 dead", "trois morts", "five injured"),
 * or one is the verb right before it ("killing 10 people", "killed at
 * least 10", "tuant deux personnes"), or within three words after its
 * noun, past stopwords only (auxiliaries: "10 people were killed", "10
 * people died", "deux personnes ont été tuées"; not "seven bullets
 * caused the death"). *verb is set when a verb says it. */
static int casualties(const rcp_doc *d, uint32_t t0, uint32_t t1,
                      uint32_t first, uint32_t noun, int *verb)
{
    *verb = 1;
    int c;
    if (first > t0 && (c = casualty_word(&d->toks[first - 1])))
        return c;
    for (uint32_t k = noun + 1; k < t1 && k <= noun + 3; k++) {
        const rcp_token *x = &d->toks[k];
        if (!(x->flags & RCP_TOK_WORD) || (x->flags & RCP_TOK_NUM))
            break;
        if ((c = casualty_word(x)))
            return c;
        if (!(x->flags & RCP_TOK_STOP))
            break;
    }
    *verb = 0;
    return casualty_word(&d->toks[noun]);
}

/* A toll ("toll") among the twelve words before token t, no
 * punctuation nor other number between: "the death toll rose to 19",
 * "the death toll from the quake in the villages of the island rose to
 * 19". */
static int toll_before(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    for (uint32_t k = t; k-- > t0 && k + 12 >= t;) {
        const rcp_token *x = &d->toks[k];
        if (!(x->flags & RCP_TOK_WORD) || (x->flags & RCP_TOK_NUM))
            return 0;
        if (rcp__tok_is(x, "toll"))
            return 1;
    }
    return 0;
}

/* A written figure in a unit other than the base one states it to a
 * fifth of that unit: "40 miles" is 64.05-64.70 km and meets "64 km",
 * "three months" meets "90 days", and "trois ans" still does not meet
 * "trois ans et demi". */
#define UNIT_TOLERANCE 0.2

/* Directions of the compass, as an angle (north 0, east 90, west -90,
 * south 180), in the folded forms: "west of Aden", "au nord de Paris". */
static const struct {
    const char *w;
    int angle;
} directions[] = {
    {"north", 0},        {"northeast", 45},   {"north-east", 45},
    {"east", 90},        {"southeast", 135},  {"south-east", 135},
    {"south", 180},      {"southwest", -135}, {"south-west", -135},
    {"west", -90},       {"northwest", -45},  {"north-west", -45},
    {"nord", 0},         {"nord-est", 45},    {"est", 90},
    {"sud-est", 135},    {"sud", 180},        {"sud-ouest", -135},
    {"ouest", -90},      {"nord-ouest", -45},
};

/* The words of directions[], for rcp__word_listed. */
static const char *const *direction_words(void)
{
    static const char *w[RCP_ARRAY_SIZE(directions) + 1];
    if (!w[0])
        for (size_t i = 0; i < RCP_ARRAY_SIZE(directions); i++)
            w[i] = directions[i].w;
    return w;
}

/* The name a place phrase at token t points to: "of Aden", "of the
 * Horn of Africa", "de Paris", "d'Aden", "du Caire" (capitalised words,
 * after "of", "de", "d'", "du", "from" and an article): its hash and
 * last token, or 0. */
static uint64_t place_after(const rcp_doc *d, uint32_t t, uint32_t t1,
                            uint32_t *last)
{
    if (t >= t1 ||
        !(rcp__tok_is(&d->toks[t], "of") || rcp__tok_is(&d->toks[t], "de") ||
          rcp__tok_is(&d->toks[t], "d'") || rcp__tok_is(&d->toks[t], "du") ||
          rcp__tok_is(&d->toks[t], "from")))
        return 0;
    t++;
    if (t < t1 && (rcp__tok_is(&d->toks[t], "the") ||
                   rcp__tok_is(&d->toks[t], "la") ||
                   rcp__tok_is(&d->toks[t], "l'")))
        t++;
    uint64_t h = 0;
    uint32_t e = t;
    while (e < t1 && (d->toks[e].flags & RCP_TOK_CAP) &&
           (d->toks[e].flags & RCP_TOK_WORD) &&
           !(d->toks[e].flags & RCP_TOK_NUM))
        h = rcp__mix64(h ^ d->toks[e++].hnorm);
    if (e == t)
        return 0;
    *last = e - 1;
    return h | 1;
}

/* The direction at token t of a place ("150 nautical miles west of
 * Aden", "à l'ouest d'Aden"): 1 and its angle and place, *last its last
 * token; 0 when none. */
static int direction_at(const rcp_doc *d, uint32_t t0, uint32_t t,
                        uint32_t t1, int *angle, uint64_t *place,
                        uint32_t *last)
{
    const rcp_token *k = &d->toks[t];
    /* every direction is 3 to 10 bytes and starts with n, s, e, w or o:
     * tested first, this runs on every token */
    if (!(k->flags & RCP_TOK_WORD) || k->norm_len < 3 || k->norm_len > 10 ||
        !memchr("nsewo", k->norm[0], 5))
        return 0;
    /* most tokens leave at the list's first probe */
    if (!rcp__tok_listed(direction_words(), k))
        return 0;
    int a = 1000;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(directions) && a == 1000; i++)
        if (rcp__tok_is(k, directions[i].w))
            a = directions[i].angle;
    if (a == 1000)
        return 0;
    /* French "est" is also "is": only "à l'est de" */
    if (rcp__tok_is(k, "est") &&
        !(t > t0 && rcp__tok_is(&d->toks[t - 1], "l'")))
        return 0;
    uint64_t p = place_after(d, t + 1, t1, last);
    if (!p)
        return 0;
    *angle = a;
    *place = p;
    return 1;
}

/* A folded English word that reads as a plural: ends in "s", not "ss"
 * nor "us" ("boats", "pirates"; not "grass", "bonus"). */
static int plural_s(const rcp_token *x)
{
    const char *w = x->norm;
    size_t n = x->norm_len;
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
           w[n - 2] != '\'';
}

/* In English a count of two or more counts a plural, the head of its
 * noun phrase: "two speed boats", "two small boats", "23 Somali pirates"
 * count boats and pirates, not the word before them. When the noun read
 * is not plural and the word after it is, that word is the noun (one
 * step; a measure unit or a designation stays). */
static uint32_t plural_head(const rcp_doc *d, uint32_t noun, uint32_t t1)
{
    const rcp_token *x = &d->toks[noun];
    if (d->lang_class != RCP_LC_EN || noun + 1 >= t1 || plural_s(x) ||
        rcp__tok_is(x, "%") || !(x->flags & RCP_TOK_WORD))
        return noun;
    for (uint32_t i = 0; i < x->norm_len; i++)
        if (x->norm[i] >= '0' && x->norm[i] <= '9')
            return noun; /* "AK-47" */
    double f;
    if (unit_of(x->norm, x->norm_len, &f) || rcp__tok_is(x, "nautical"))
        return noun;
    const rcp_token *y = &d->toks[noun + 1];
    if (!(y->flags & RCP_TOK_WORD) || (y->flags & (RCP_TOK_STOP | RCP_TOK_NUM)) ||
        !plural_s(y))
        return noun;
    return noun + 1;
}

/* The slot of a noun token: the hash of its stem, without an elided
 * article ("d'euros"); "%", "pour cent", "percent", "per cent" are one
 * slot. */
static uint64_t noun_slot(const rcp_doc *d, uint32_t k, uint32_t t1)
{
    const rcp_token *x = &d->toks[k];
    if (rcp__tok_is(x, "%") || rcp__tok_is(x, "percent") || rcp__tok_is(x, "pourcent") ||
        (rcp__tok_is(x, "cent") && k > 0 &&
         (rcp__tok_is(&d->toks[k - 1], "pour") ||
          rcp__tok_is(&d->toks[k - 1], "per")))) {
        /* a percentage of something names it: "83 percent of Greeks",
         * "4.5 percent margin" are two slots; "lost 6%" is the bare one */
        uint32_t n = k + 1;
        if (n < t1 && (rcp__tok_is(&d->toks[n], "of") ||
                       rcp__tok_is(&d->toks[n], "de") ||
                       rcp__tok_is(&d->toks[n], "d'") ||
                       rcp__tok_is(&d->toks[n], "des") ||
                       rcp__tok_is(&d->toks[n], "du")))
            n++;
        if (n < t1 && (d->toks[n].flags & RCP_TOK_WORD) &&
            !(d->toks[n].flags & (RCP_TOK_STOP | RCP_TOK_NUM)) &&
            d->toks[n].norm_len > 2) {
            uint64_t h = rcp__mix64(d->toks[n].hstem ^ 0x9c3u);
            return hash_slot(h);
        }
        return RCP__SLOT_PERCENT;
    }
    uint64_t h = x->hstem;
    /* "AK-47s" counts what "AK 47" does: the designation's letters */
    for (uint32_t i = 1; i + 1 < x->norm_len; i++)
        if (x->norm[i] == '-' && x->norm[i + 1] >= '0' && x->norm[i + 1] <= '9') {
            h = rcp__hash(x->norm, i, 0);
            break;
        }
    return hash_slot(h);
}


/* one word of a counted noun phrase, order-free (summed) */
static uint64_t phrase_word(const rcp_token *x)
{
    return rcp__mix64(x->hstem ^ 0x9e37u);
}

uint64_t rcp__values_phrase(const rcp_doc *d, const rcp__value *v)
{
    uint64_t h = 0;
    if (v->kind != RCP__VAL_FIGURE)
        return 0;
    for (uint32_t k = v->first + 1; k <= v->last && k < d->ntoks; k++) {
        const rcp_token *x = &d->toks[k];
        if ((x->flags & RCP_TOK_WORD) &&
            !(x->flags & (RCP_TOK_STOP | RCP_TOK_NUM)) && x->norm_len >= 2 &&
            rcp__multiplier(x) == 1)
            h += phrase_word(x);
    }
    return h;
}

uint32_t rcp__values_article_phrases(const rcp_doc *d, uint32_t t0,
                                     uint32_t t1, uint64_t *out, uint32_t cap)
{
    int en = d->lang_class == RCP_LC_EN, fr = d->lang_class == RCP_LC_FR;
    uint32_t n = 0;
    if (!en && !fr)
        return 0;
    for (uint32_t t = t0; t + 1 < t1 && n < cap; t++) {
        const rcp_token *a = &d->toks[t];
        if (!(en ? rcp__tok_is(a, "a") || rcp__tok_is(a, "an")
                 : rcp__tok_is(a, "un") || rcp__tok_is(a, "une")))
            continue;
        /* its words up to the head of the noun phrase: the last of them
         * in English ("a life sentence"), the first in French ("une
         * peine de prison"); none when one is a multiplier ("a million
         * dollars" is a figure) */
        uint64_t h = 0;
        for (uint32_t k = t + 1; k < t1 && k <= t + 3; k++) {
            const rcp_token *x = &d->toks[k];
            if (!(x->flags & RCP_TOK_WORD) ||
                (x->flags & (RCP_TOK_STOP | RCP_TOK_NUM)) || x->norm_len < 2)
                break;
            if (rcp__multiplier(x) != 1) {
                h = 0;
                break;
            }
            h += phrase_word(x);
            if (fr)
                break;
        }
        if (h)
            out[n++] = h;
    }
    return n;
}

/* A timeline date of dates[0..n) covers byte off. */
static int in_date(const rcp__date *dates, size_t n, uint32_t off)
{
    for (size_t i = 0; i < n; i++)
        if (off >= dates[i].off && off < dates[i].off + dates[i].len)
            return 1;
    return 0;
}

/* The attribution of a sentence: the hash of the word after "selon",
 * "d'après", "according to" (its first content word), or 0. */
static uint64_t attribution(const rcp_doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const acc[] = {"according", "to"};
    static const char *const dap[] = {"d'", "apres"};
    for (uint32_t t = t0; t < t1; t++) {
        if (!(rcp__tok_is(&d->toks[t], "selon") ||
              before_is(d, t0, t + 1, acc, 2) ||
              before_is(d, t0, t + 1, dap, 2)))
            continue;
        for (uint32_t k = t + 1; k < t1 && k < t + 5; k++)
            if ((d->toks[k].flags & RCP_TOK_WORD) &&
                !(d->toks[k].flags & RCP_TOK_STOP) && d->toks[k].norm_len > 2)
                return d->toks[k].hstem | 1;
    }
    return 0;
}

/* The value of the number word w[0..n) with hash h (rcp__hash(w, n,
 * 0), a token's hnorm), or -1. */
static int number_word_in(const char *w, size_t n, uint64_t h)
{
    if (n < 3 || n > 9)
        return -1;
    if (!number_word_ready)
        number_word_index();
    /* the entries of its first byte and its length: none for most */
    for (uint64_t m = number_word_first[(unsigned char)w[0]] &
                      number_word_bylen[n];
         m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        if (h == number_word_hash[i] && !memcmp(w, number_words[i].w, n))
            return number_words[i].v;
    }
    return -1;
}

static inline int number_word(const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_WORD))
        return -1;
    return number_word_in(k->norm, k->norm_len, k->hnorm);
}

/* A number word joined to a unit of measure in one token ("three-month",
 * "two-year", "one-day", "dix-huit"): the number word's value and *rest
 * the byte of the '-' after it, or -1. "one" counts here, where it
 * cannot be a pronoun. */
static int number_word_joined(const rcp_token *k, size_t *rest)
{
    if (!(k->flags & RCP_TOK_WORD))
        return -1;
    const char *dash = memchr(k->norm, '-', k->norm_len);
    if (!dash || dash == k->norm || (size_t)(dash - k->norm) + 2 > k->norm_len)
        return -1;
    size_t n = (size_t)(dash - k->norm);
    *rest = n;
    if (n == 3 && !memcmp(k->norm, "one", 3))
        return 1;
    return number_word_in(k->norm, n, rcp__hash(k->norm, n, 0));
}

int rcp__number_word(const rcp_token *k, double *v)
{
    int w = number_word(k);
    if (w < 0)
        return 0;
    *v = w;
    return 1;
}

double rcp__multiplier(const rcp_token *x)
{
    if (!(x->flags & RCP_TOK_WORD))
        return 1;
    /* the first byte before strcmp: asked of every word near a number,
     * 10.7 M calls in a 9k add, nearly all of other words */
    for (size_t i = 0; i < RCP_ARRAY_SIZE(multipliers); i++)
        if (x->stem[0] == multipliers[i].stem[0] &&
            !strcmp(x->stem, multipliers[i].stem))
            return multipliers[i].m;
    return 1;
}

int rcp__token_number(const rcp_doc *d, uint32_t t, double *v)
{
    const rcp_token *k = &d->toks[t];
    if ((k->flags & RCP_TOK_NUM) && !(k->flags & RCP_TOK_DATE)) {
        size_t rest;
        int decimals;
        double x = parse_number(k->norm, k->norm_len, &rest, &decimals);
        if (x < 0 || rest != k->norm_len)
            return 0;
        *v = x;
        return 1;
    }
    /* a number word is a figure here only before a multiplier ("one
     * million", "deux milliards"): alone ("two of them", "deux autres
     * personnes") it links sentences that share no claim, measured */
    int w = number_word(k);
    size_t rest;
    /* "one-million": a number word joined to its multiplier is the
     * number "one million" and "$1 million" give ("1") */
    if (w < 0 && (w = number_word_joined(k, &rest)) >= 0) {
        for (size_t i = 0; i < RCP_ARRAY_SIZE(multipliers); i++)
            if (k->norm_len - rest - 1 == strlen(multipliers[i].stem) &&
                !memcmp(k->norm + rest + 1, multipliers[i].stem,
                        k->norm_len - rest - 1)) {
                *v = w;
                return 1;
            }
        return 0;
    }
    if (w < 0 && (rcp__tok_is(k, "one") || rcp__tok_is(k, "un") || rcp__tok_is(k, "une")))
        w = 1;
    if (w < 0 || t + 1 >= d->ntoks || rcp__multiplier(&d->toks[t + 1]) == 1)
        return 0;
    *v = w;
    return 1;
}

/* What a reading needs to know: the doc, the tokens, the kinds asked
 * for, the timeline dates of the doc, where values go. */
typedef struct vread {
    const rcp_doc *d;
    uint32_t t0, t1;
    unsigned kinds;
    const rcp__date *dates;
    size_t ndates;
    rcp__values *out;
} vread;

static int push_val(vread *r, rcp__value *x, uint32_t first, uint32_t last,
                    uint32_t ctx_end)
{
    if (!RCP__PUSH(r->out->v, r->out->n, r->out->cap))
        return RCP_ENOMEM;
    const rcp_doc *d = r->d;
    x->first = first;
    x->last = last;
    x->ctx_end = ctx_end;
    x->off = d->toks[first].off;
    x->len = d->toks[last].off + d->toks[last].len - x->off;
    r->out->v[r->out->n++] = *x;
    return 0;
}

/* The day of tokens [first, ...) dates a statement, not an event: a
 * reporting verb just before it ("police said Saturday", "a annoncé
 * lundi", "said on Friday"), or just after it ("Saturday, police
 * said" aside). */
static int says_when(const rcp_doc *d, uint32_t t0, uint32_t first)
{
    uint32_t k = first;
    if (k > t0 && (rcp__tok_is(&d->toks[k - 1], "on") ||
                   rcp__tok_is(&d->toks[k - 1], "le") ||
                   rcp__tok_is(&d->toks[k - 1], "ce")))
        k--;
    return k > t0 && (rcp__lex_tok(&d->toks[k - 1]) & LX_SAY);
}

/* A part of a month: "early December", "début octobre", "mid-October",
 * "mi-octobre", "la mi-octobre", "late November", "fin novembre",
 * "November-end": 1 and the month and the days [*a, *b] it covers (early
 * 1-10, mid 11-20, late 21-31), *first and *last its tokens; or 0. */
static int month_part(const rcp_doc *d, uint32_t t0, uint32_t t, uint32_t t1,
                      int *month, int *a, int *b, uint32_t *first,
                      uint32_t *last)
{
    static const struct {
        const char *w;
        int a, b;
    } parts[] = {{"early", 1, 10}, {"debut", 1, 10}, {"mid", 11, 20},
                 {"mi", 11, 20},   {"late", 21, 31}, {"fin", 21, 31},
                 {"end", 21, 31}};
    const rcp_token *k = &d->toks[t];
    if (!(k->flags & RCP_TOK_WORD) || k->norm_len < 4)
        return 0;
    const char *w = k->norm;
    size_t n = k->norm_len;
    const char *dash = memchr(w, '-', n);
    /* the words of parts[], for rcp__word_listed */
    static const char *part_words[RCP_ARRAY_SIZE(parts) + 1];
    if (!part_words[0])
        for (size_t i = 0; i < RCP_ARRAY_SIZE(parts); i++)
            part_words[i] = parts[i].w;
    /* a month name alone needs a part word before it */
    if (!dash && (t <= t0 || !(d->toks[t - 1].flags & RCP_TOK_WORD) ||
                  d->toks[t - 1].norm_len > 5 ||
                  !rcp__tok_listed(part_words, &d->toks[t - 1])))
        return 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(parts); i++) {
        size_t pl = strlen(parts[i].w);
        int m = 0;
        if (dash) {
            /* "mi-octobre", "mid-october"; "november-end" */
            if ((size_t)(dash - w) == pl && !memcmp(w, parts[i].w, pl))
                m = rcp__month_word(dash + 1, n - pl - 1);
            else if (n - (size_t)(dash - w) - 1 == pl &&
                     !memcmp(dash + 1, parts[i].w, pl) && parts[i].a == 21)
                m = rcp__month_word(w, (size_t)(dash - w));
            if (!m)
                continue;
            *first = *last = t;
        } else {
            /* "early December", "début octobre" */
            if (t <= t0 || !rcp__tok_is(&d->toks[t - 1], parts[i].w) ||
                !(m = rcp__month_word(w, n)) || t + 1 > t1)
                continue;
            if (!(k->flags & RCP_TOK_CAP) && d->lang_class == RCP_LC_EN)
                return 0; /* "late march" */
            *first = t - 1, *last = t;
        }
        *month = m, *a = parts[i].a, *b = parts[i].b;
        return 1;
    }
    return 0;
}

static int short_caps(const rcp_doc *d, const rcp_token *x);
static int hhmm_time(const rcp_doc *d, uint32_t t0, uint32_t t, uint32_t t1,
                     double *h, uint32_t *last);

/* The weekday at token t of d (tokens from t0) gives in brackets, after a
 * time in another zone, the day of a moment the sentence gave before:
 * "passed away at 18:41 this evening (02:41 GMT Friday)", a conversion,
 * not a day of its own. */
static int zone_conversion(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    int zone = 0;
    uint32_t k = t;
    while (k > t0 && ((d->toks[k - 1].flags & RCP_TOK_NUM) ||
                      rcp__tok_is(&d->toks[k - 1], ":") ||
                      short_caps(d, &d->toks[k - 1])))
        zone |= short_caps(d, &d->toks[--k]);
    return zone && k > t0 && rcp__tok_is(&d->toks[k - 1], "(");
}

/* A weekday, or a day and month, at token t that the timeline could not
 * date (no article date, no year): pushed (when its kind is asked for) as
 * a value of RCP__SLOT_WDAY or RCP__SLOT_MDAY, *last set to its last
 * token. Returns 1 when one was read, 0 when not, or RCP_ENOMEM. */
static int calendar_value(vread *r, uint32_t t, uint32_t *last)
{
    const rcp_doc *d = r->d;
    uint32_t t1 = r->t1;
    const rcp_token *k = &d->toks[t];
    rcp__value x = {0};
    uint32_t end = t;
    uint32_t lx = rcp__lex_tok(k);
    {
        int m, pa, pb;
        uint32_t pf, pe;
        if (month_part(d, r->t0, t, t1, &m, &pa, &pb, &pf, &pe)) {
            if (in_date(r->dates, r->ndates, k->off))
                return 0;
            *last = pe;
            if (!(r->kinds & RCP__VAL_MDAY))
                return 1;
            x.slot = RCP__SLOT_MDAY;
            x.kind = RCP__VAL_MDAY;
            x.lo = m * 32 + pa, x.hi = m * 32 + pb;
            x.v = m * 32 + (pa + pb) / 2;
            return push_val(r, &x, pf, pe, pe + 1) ? RCP_ENOMEM : 1;
        }
    }
    if ((lx & LX_WEEKDAY) && !((lx & LX_EN) && !(k->flags & RCP_TOK_CAP))) {
        int wd = rcp__tok_weekday(k);
        if (wd < 0)
            return 0;
        if (zone_conversion(d, r->t0, t))
            return 0;
        x.slot = RCP__SLOT_WDAY;
        x.kind = RCP__VAL_WDAY;
        x.v = wd;
    } else {
        int m = 0, day = 0;
        if ((lx & LX_MONTH) && t + 1 < t1 &&
            (m = rcp__tok_month(d, k)) > 0) {
            uint32_t n = t + 1;
            if (n < t1 && rcp__tok_is(&d->toks[n], ".")) /* Nov. 18 */
                n++;
            if (n < t1 && (day = rcp__tok_day(&d->toks[n])) > 0)
                end = n;
        } else if ((k->flags & RCP_TOK_NUM) && t + 1 < t1 &&
                   (day = rcp__tok_day(k)) > 0 &&
                   (m = rcp__tok_month(d, &d->toks[t + 1])) > 0) {
            end = t + 1;
        }
        if (end == t)
            return 0;
        x.slot = RCP__SLOT_MDAY;
        x.kind = RCP__VAL_MDAY;
        x.v = m * 32 + day;
    }
    if (in_date(r->dates, r->ndates, k->off))
        return 0;
    /* the part of the day with it: "early Saturday", "Friday night",
     * "vendredi soir"; a weekday states its hours (hours of its day, a
     * night running to 5 in the morning after): "lundi soir" is not
     * "mardi soir", nor "Friday morning" "Friday night" */
    uint32_t first = t;
    static const struct {
        const char *w;
        double lo, hi;
    } before[] = {{"early", 0, 9}, {"late", 17, 29}, {"tot", 0, 9},
                  {"tard", 17, 29}};
    double hlo = 0, hhi = 29;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(before); i++)
        if (t > r->t0 && rcp__tok_is(&d->toks[t - 1], before[i].w))
            first = t - 1, hlo = before[i].lo, hhi = before[i].hi;
    /* the part after it: the calendar's, as a time of day's */
    const rcp__day_part *part =
        end + 1 < t1 ? rcp__tok_day_part(&d->toks[end + 1]) : NULL;
    if (part) {
        end++;
        /* "early Friday morning": the part's early hours */
        if (first == t)
            hlo = part->lo, hhi = part->hi;
        else if (hlo == 0) /* early */
            hhi = (part->lo + part->hi) / 2;
        else /* late */
            hlo = (part->lo + part->hi) / 2, hhi = part->hi;
    }
    x.lo = x.hi = x.v;
    if (x.kind == RCP__VAL_WDAY)
        x.lo = x.v * 100 + hlo, x.hi = x.v * 100 + hhi;
    *last = end;
    if (!(r->kinds & x.kind) || says_when(d, r->t0, first))
        return 1;
    return push_val(r, &x, first, end, end + 1) ? RCP_ENOMEM : 1;
}

/* The names of the tokens: each run of capitalised words inside the
 * sentence ("Jean-Luc Romero", "Commodore Nirad Sinha"), as two values:
 * on the slot of the token before it and on that of the token after it.
 * Two spellings of one name in the same place of close sentences are a
 * disagreement on a name ("Jean-Louis" / "Jean-Luc Romero"). */
static int read_names(vread *r)
{
    const rcp_doc *d = r->d;
    uint32_t t0 = r->t0, t1 = r->t1;
    for (uint32_t t = t0; t + 1 < t1; t++) {
        const rcp_token *k = &d->toks[t];
        if (!(k->flags & RCP_TOK_CAP) || !(k->flags & RCP_TOK_WORD) ||
            (k->flags & (RCP_TOK_STOP | RCP_TOK_NUM)))
            continue;
        /* a capital first word is a name only with another after it */
        if ((t == t0 || (k->flags & RCP_TOK_SSTART)) &&
            !(d->toks[t + 1].flags & RCP_TOK_CAP))
            continue;
        uint32_t e = t;
        uint64_t h = 1469598103934665603ull;
        while (e < t1 && (d->toks[e].flags & RCP_TOK_CAP) &&
               (d->toks[e].flags & RCP_TOK_WORD) &&
               !(d->toks[e].flags & RCP_TOK_NUM))
            h = rcp__mix64(h ^ d->toks[e++].hnorm);
        /* each word of the run before the rest of it: the rest is who
         * (or what) it names, the word a title, a role or a first name
         * ("Commodore Nirad Sinha", "Jean-Luc Romero") */
        for (uint32_t i = e > t + 4 ? e - 4 : t;
             (r->kinds & RCP__VAL_TITLE) && i + 1 < e; i++) {
            rcp__value x = {0};
            uint64_t rest = 0x51a7u;
            for (uint32_t j = i + 1; j < e; j++)
                rest = rcp__mix64(rest ^ d->toks[j].hnorm);
            x.slot = hash_slot(rest);
            x.kind = RCP__VAL_TITLE;
            x.v = x.lo = x.hi = (double)(d->toks[i].hnorm >> 12);
            if (push_val(r, &x, i, e - 1, e))
                return RCP_ENOMEM;
        }
        /* where a named thing is: "the Betty Ford Center in Rancho
         * Mirage" (the place on the slot of the thing's first two words,
         * so that "Betty Ford Treatment Center in Palm Springs" gives
         * another place of it) */
        if ((r->kinds & RCP__VAL_PLACE) && t >= t0 + 2 &&
            rcp__tok_is(&d->toks[t - 1], "in")) {
            uint32_t s0 = t - 1;
            while (s0 > t0 && s0 + 8 > t &&
                   (d->toks[s0 - 1].flags & RCP_TOK_CAP) &&
                   (d->toks[s0 - 1].flags & RCP_TOK_WORD) &&
                   !(d->toks[s0 - 1].flags & (RCP_TOK_NUM | RCP_TOK_STOP)))
                s0--;
            /* the thing's name: two words at least, not the sentence's
             * first alone */
            if (s0 + 2 < t && !(d->toks[s0].flags & RCP_TOK_SSTART)) {
                rcp__value x = {0};
                uint64_t ps = rcp__mix64(d->toks[s0].hnorm ^ 0x91aceu);
                ps = rcp__mix64(ps ^ d->toks[s0 + 1].hnorm);
                x.slot = hash_slot(ps);
                x.kind = RCP__VAL_PLACE;
                x.v = x.lo = x.hi = (double)(h >> 12);
                if (push_val(r, &x, t, e - 1, e))
                    return RCP_ENOMEM;
            }
        }
        if (e >= t1) /* the run ends the sentence: no right neighbour */
            break;
        for (int side = t > t0 ? 0 : 1; side < 2; side++) {
            rcp__value x = {0};
            const rcp_token *nb = side ? &d->toks[e] : &d->toks[t - 1];
            x.slot = rcp__mix64(nb->hnorm ^ (side ? 0x9e37u : 0x7f4au));
            x.slot = hash_slot(x.slot);
            x.kind = RCP__VAL_NAME;
            x.v = x.lo = x.hi = (double)(h >> 12);
            if (!(r->kinds & RCP__VAL_NAME))
                continue;
            if (push_val(r, &x, t, e - 1, e))
                return RCP_ENOMEM;
        }
        t = e;
    }
    return 0;
}

/* A word of one to three letters, all upper case ("AK", "F", "M"); not
 * a stopword ("A 10-metre dhow"). */
static int short_caps(const rcp_doc *d, const rcp_token *x)
{
    if (!(x->flags & RCP_TOK_WORD) || (x->flags & (RCP_TOK_NUM | RCP_TOK_STOP)) ||
        x->len < 1 || x->len > 3)
        return 0;
    for (uint32_t i = 0; i < x->len; i++) {
        char c = d->text[x->off + i];
        if (c < 'A' || c > 'Z')
            return 0;
    }
    return 1;
}

/* A temperature below zero at token t: "minus 17 degrees", "minus 20",
 * "minus-20 degree", "moins 10 degrés" (not "moins de 10"): -17 on the
 * slot of temperatures, whatever unit word follows. Pushed when figures
 * are asked for; *last set to its last token. Returns 1 when one was
 * read, 0 when not, or RCP_ENOMEM. */
static int temperature(vread *r, uint32_t t, uint32_t *last, uint64_t src)
{
    const rcp_doc *d = r->d;
    const rcp_token *k = &d->toks[t];
    size_t rest = 0;
    int decimals;
    double v = -1;
    uint32_t end = t;
    if ((rcp__tok_is(k, "minus") || rcp__tok_is(k, "moins")) && t + 1 < r->t1 &&
        (d->toks[t + 1].flags & RCP_TOK_NUM)) {
        end = t + 1;
        v = parse_number(d->toks[end].norm, d->toks[end].norm_len, &rest,
                         &decimals);
        if (rest != d->toks[end].norm_len)
            v = -1;
    } else if (k->norm_len > 6 && !memcmp(k->norm, "minus-", 6)) {
        v = parse_number(k->norm + 6, k->norm_len - 6, &rest, &decimals);
        if (rest != (size_t)k->norm_len - 6)
            v = -1;
    }
    if (v < 0)
        return 0;
    static const char *const units[] = {"degrees", "degree", "degres",
                                        "degre", "celsius", "fahrenheit"};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(units); i++)
        if (end + 1 < r->t1 && rcp__tok_is(&d->toks[end + 1], units[i])) {
            end++;
            break;
        }
    *last = end;
    if (!(r->kinds & RCP__VAL_FIGURE))
        return 1;
    rcp__value x = {0};
    x.kind = RCP__VAL_FIGURE;
    x.slot = RCP__SLOT_TEMP;
    x.v = x.lo = x.hi = -v;
    int q = qualifier(d, r->t0, t);
    if (q == Q_ABOUT || q == Q_NEARLY)
        x.lo = -v * 1.15, x.hi = -v * 0.85;
    x.source = src;
    return push_val(r, &x, t, end, end + 1) ? RCP_ENOMEM : 1;
}

/* The year token k writes (four digits, 1800 to 2100), or -1 */
static int year_of(const rcp_token *k, size_t from)
{
    if (!(k->flags & RCP_TOK_NUM) || k->norm_len < from + 4)
        return -1;
    int y = 0;
    for (size_t i = from; i < from + 4; i++) {
        if (k->norm[i] < '0' || k->norm[i] > '9')
            return -1;
        y = y * 10 + (k->norm[i] - '0');
    }
    return y >= 1800 && y <= 2100 ? y : -1;
}

/* A span of years at token t: "1951-1957" (one token or three), "de
 * 1985 à 1988", "from 1951 to 1957", "entre 1984 et 1986", "between 1984
 * and 1986" (not "the 2004 and 2005 Tony Awards", two years), the second
 * year after the first. Pushed as a figure on RCP__SLOT_YEARS when
 * figures are asked for; *last set to its last token. Returns 1 when one
 * was read, 0 when not, or RCP_ENOMEM. */
static int year_span(vread *r, uint32_t t, uint32_t *last, uint64_t src)
{
    static const char *const joins[] = {"-", "to", "a", "au"};
    static const char *const both[] = {"et", "and"};
    static const char *const between[] = {"entre", "between"};
    const rcp_doc *d = r->d;
    const rcp_token *k = &d->toks[t];
    int y1 = year_of(k, 0), y2 = -1;
    uint32_t end = t;
    if (y1 < 0)
        return 0;
    if (k->norm_len == 9 && k->norm[4] == '-')
        y2 = year_of(k, 5);
    else if (k->norm_len == 4 && t + 2 < r->t1 &&
             d->toks[t + 2].norm_len == 4) {
        int join = 0;
        for (size_t i = 0; i < RCP_ARRAY_SIZE(joins); i++)
            join |= rcp__tok_is(&d->toks[t + 1], joins[i]);
        for (size_t i = 0; i < RCP_ARRAY_SIZE(both) && t > r->t0; i++)
            join |= rcp__tok_is(&d->toks[t + 1], both[i]) &&
                    (rcp__tok_is(&d->toks[t - 1], between[0]) ||
                     rcp__tok_is(&d->toks[t - 1], between[1]));
        if (join)
            y2 = year_of(&d->toks[t + 2], 0), end = t + 2;
    }
    if (y2 <= y1 || in_date(r->dates, r->ndates, k->off))
        return 0;
    *last = end;
    if (!(r->kinds & RCP__VAL_FIGURE))
        return 1;
    rcp__value x = {0};
    x.kind = RCP__VAL_FIGURE;
    x.slot = RCP__SLOT_YEARS;
    x.v = x.lo = y1;
    x.hi = y2;
    x.source = src;
    return push_val(r, &x, t, end, end + 1) ? RCP_ENOMEM : 1;
}

/* A direction from a place at token t ("west of Aden", "au nord de
 * Lyon"): a figure on the slot of the place, its angle offset by 1000
 * (no count is read as it) +- 44 degrees, so that "north" meets
 * "northwest" and not "east". Pushed when figures are asked for; *last
 * set to the place's last token. Returns 1 when one was read, 0 when
 * not, or RCP_ENOMEM. */
static int direction(vread *r, uint32_t t, uint32_t *last, uint64_t src)
{
    int angle;
    uint64_t place;
    uint32_t e;
    if (!direction_at(r->d, r->t0, t, r->t1, &angle, &place, &e))
        return 0;
    *last = e;
    if (!(r->kinds & RCP__VAL_FIGURE))
        return 1;
    rcp__value x = {0};
    x.kind = RCP__VAL_FIGURE;
    uint64_t h = rcp__mix64(place ^ 0xd1ec7u);
    x.slot = hash_slot(h);
    x.v = 1000 + angle;
    x.lo = x.v - 44, x.hi = x.v + 44;
    x.source = src;
    return push_val(r, &x, t, e, e + 1) ? RCP_ENOMEM : 1;
}

/* Token t of d (tokens from t0) joins the two ends of a range between
 * the numbers around it: "30 to 40", "30 à 40", "30-40", "entre 30 et
 * 40"; "and" only after "between" ("between 30 and 40"; not "killed 20
 * and 30 more were hurt"). */
static int range_to(const rcp_doc *d, uint32_t t0, uint32_t t)
{
    const rcp_token *k = &d->toks[t];
    if (rcp__tok_is(k, "to") || rcp__tok_is(k, "a") || rcp__tok_is(k, "-") ||
        rcp__tok_is(k, "et"))
        return 1;
    return rcp__tok_is(k, "and") && t >= t0 + 2 &&
           rcp__tok_is(&d->toks[t - 2], "between");
}

/* The figures of the tokens, and their day-months and weekdays. */
/* 1 when a word token of this folded form may open a value of
 * read_figures (a calendar value, a temperature, a direction or a
 * number word); 0 when none of them reads it, whatever its neighbours:
 * not a weekday nor a month (month_part's month words pass
 * rcp__tok_month_may), no '-' (mi-octobre, minus-20), not "minus" nor
 * "moins", no direction, no number word. */
static int word_opens_value(const rcp_token *k)
{
    static const char *const minus[] = {"minus", "moins", NULL};
    return (rcp__lex_tok(k) & (LX_WEEKDAY | LX_MONTH)) ||
           rcp__tok_month_may(k) || memchr(k->norm, '-', k->norm_len) ||
           rcp__tok_listed(minus, k) ||
           rcp__tok_listed(direction_words(), k) || number_word(k) >= 0;
}

/* word_opens_value's answers by form, as rcp__lex_memo: the last word
 * of each value of the key's low bits (the form's hash, salted by the
 * language class, whose word lists say which words are weekdays and
 * months). It depends on the form and class alone, and a story asks it
 * of every token: its words repeat (an add of 9,000 articles reads about
 * 2 M tokens of some 60,000 forms). */
#define OPENS_MEMO 4096 /* a power of two */
static rcp__wmemo opens_memo[OPENS_MEMO];

/* 0 when token k opens no value of read_figures: no number and no word
 * that word_opens_value lets through (punctuation, most words). */
static int opens_value(const rcp_token *k)
{
    if (k->flags & RCP_TOK_NUM)
        return 1;
    if (!(k->flags & RCP_TOK_WORD))
        return 0;
    uint64_t h = k->hnorm ^ rcp__tok_class(k) * 0x9e3779b97f4a7c15ULL;
    rcp__wmemo *m = rcp__wmemo_at(opens_memo, OPENS_MEMO, h);
    if (m->h != h || !h)
        m->h = h, m->v = (uint32_t)word_opens_value(k);
    return (int)m->v;
}

static int read_figures(vread *r, uint64_t src)
{
    const rcp_doc *d = r->d;
    uint32_t t0 = r->t0, t1 = r->t1;
    int prev_q = Q_NONE;           /* the last figure's qualifier */
    uint32_t prev_end = UINT32_MAX; /* ... and its last token */
    for (uint32_t t = t0; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        if (!opens_value(k))
            continue; /* nothing below reads it */
        int rc = calendar_value(r, t, &t);
        if (rc < 0)
            return rc;
        if (rc)
            continue;
        if ((rc = temperature(r, t, &t, src)) < 0)
            return rc;
        if (rc)
            continue;
        if ((rc = year_span(r, t, &t, src)) < 0)
            return rc;
        if (rc)
            continue;
        if ((rc = direction(r, t, &t, src)) < 0)
            return rc;
        if (rc)
            continue;
        double v, v2 = -1;
        int decimals = 0, d2 = 0;
        size_t rest = 0;
        uint32_t after = t + 1, first = t, qfrom = t;
        uint32_t ut = t;  /* the token holding the unit ("10-metre") */
        size_t urest = 0; /* ... where the number ends in it */
        /* "6.0" cut by a sentence end, or by the tokens of
         * "magnitude-6.0": the "0" is no figure */
        if (k->off >= 2 && d->text[k->off - 1] == '.' &&
            d->text[k->off - 2] >= '0' && d->text[k->off - 2] <= '9')
            continue;
        if ((k->flags & RCP_TOK_NUM) && !(k->flags & RCP_TOK_DATE)) {
            /* "AK 47", "F 16": a number after a short upper-case word
             * is part of a designation, not a figure */
            if (t > t0 && short_caps(d, &d->toks[t - 1]))
                continue;
            /* "at 1100 hours": a time of day (read_times), no count of
             * hours */
            double hh;
            uint32_t hl;
            if (hhmm_time(d, t0, t, t1, &hh, &hl)) {
                t = hl;
                continue;
            }
            v = parse_number(k->norm, k->norm_len, &rest, &decimals);
            if (v < 0)
                continue;
            /* "35-to-40": a range in one token */
            if (rest + 4 < k->norm_len && !memcmp(k->norm + rest, "-to-", 4)) {
                size_t r2;
                v2 = parse_number(k->norm + rest + 4, k->norm_len - rest - 4,
                                  &r2, &d2);
                rest += 4 + r2;
            }
        } else {
            int w = number_word(k);
            rest = k->norm_len;
            /* "a three-month stay": a number word joined to its unit is
             * a measure as "90-day" is, and nothing else ("twenty-five";
             * nor an age, "Sixteen-year-old Kimani Gray", which describes
             * whom the sentence names) */
            if (w < 0 && (w = number_word_joined(k, &rest)) >= 0) {
                double uf;
                size_t e = rest + 1;
                while (e < k->norm_len && k->norm[e] != '-')
                    e++;
                if (!unit_of(k->norm + rest + 1, e - rest - 1, &uf) ||
                    e < k->norm_len)
                    continue;
            }
            if (w < 0)
                continue;
            v = w;
        }
        if (!(r->kinds & RCP__VAL_FIGURE) ||
            in_date(r->dates, r->ndates, k->off))
            continue;
        /* the upper end of a range read with its lower end */
        if (t >= t0 + 2 && range_to(d, t0, t - 1) &&
            (d->toks[t - 2].flags & RCP_TOK_NUM))
            continue;
        /* "24- to 30-foot": a range whose unit is written once */
        if (v2 < 0 && rest == k->norm_len && t + 3 < t1 &&
            rcp__tok_is(&d->toks[t + 1], "-") &&
            (rcp__tok_is(&d->toks[t + 2], "to") ||
             rcp__tok_is(&d->toks[t + 2], "a")) &&
            (d->toks[t + 3].flags & RCP_TOK_NUM)) {
            const rcp_token *u = &d->toks[t + 3];
            size_t r2;
            double w = parse_number(u->norm, u->norm_len, &r2, &d2);
            if (w >= 0 && r2 + 2 < u->norm_len && u->norm[r2] == '-' &&
                u->norm[r2 + 1] >= 'a' && u->norm[r2 + 1] <= 'z')
                v2 = w, ut = t + 3, urest = r2;
        }
        /* "30 to 40", "30 à 40", "entre 30 et 40", "between 30 and 40" */
        if (v2 < 0 && rest == k->norm_len && t + 2 < t1 &&
            range_to(d, t0, t + 1) && (d->toks[t + 2].flags & RCP_TOK_NUM)) {
            size_t r2;
            v2 = parse_number(d->toks[t + 2].norm, d->toks[t + 2].norm_len,
                              &r2, &d2);
            after = t + 3;
        }
        double mult = 1;
        int part = 0;
        uint32_t noun;
        if (ut != t)
            noun = ut; /* "24- to 30-foot" */
        else if (rest < k->norm_len && k->norm[rest] == '-' &&
            rest + 2 < k->norm_len && k->norm[rest + 1] >= 'a' &&
            k->norm[rest + 1] <= 'z')
            noun = t, urest = rest; /* "10-metre": the unit is in the token */
        else if (rest < k->norm_len && after == t + 1 && v2 < 0)
            continue; /* "12e", "3G": not a figure */
        else
            noun = figure_noun(d, after, t1, &mult, &part);
        /* "the death toll rose to 19": a count of the dead, no noun */
        int toll = noun == UINT32_MAX && v2 < 0 && toll_before(d, t0, t);
        /* "killed three and wounded four", "a tué trois et en a blessé
         * quatre autres", "killed at least 10 on Monday": a count with no
         * noun of its own right after a verb of death or injury (its
         * qualifier between) counts people, the dead or the injured */
        int bare = 0;
        if (noun == UINT32_MAX && v2 < 0 && !toll) {
            uint32_t qb;
            qualifier_from(d, t0, t, &qb);
            if (qb > t0)
                bare = casualty_word(&d->toks[qb - 1]);
        }
        if (toll || bare)
            noun = t;
        if (noun == UINT32_MAX)
            continue;
        /* not in "12 Somali and 11 Yemeni pirates": the parts of a
         * count, its noun written once after the last */
        if (noun != t && v * mult >= 2 &&
            !(first >= t0 + 3 &&
              (rcp__tok_is(&d->toks[first - 1], "and") ||
               rcp__tok_is(&d->toks[first - 1], "or")) &&
              (d->toks[first - 3].flags & RCP_TOK_NUM)))
            noun = plural_head(d, noun, t1);
        /* "quatorze autres otages", "two other victims": the others of
         * something named beside them, a count of its own (not of all
         * the hostages, all the victims) */
        int others = mult < 0;
        if (others)
            mult = -mult;
        rcp__value x = {0};
        x.kind = RCP__VAL_FIGURE;
        x.part = (uint8_t)part;
        /* a unit of measure: the figure in its dimension's base unit */
        double uf = 1;
        int dim = DIM_NONE;
        uint32_t uend = noun; /* the unit's last token */
        if (noun == ut && urest) {
            const rcp_token *u = &d->toks[ut];
            /* the part after the number, hashed by hand */
            uint64_t h = 1469598103934665603ull;
            for (size_t i = urest + 1; i < u->norm_len; i++)
                h = (h ^ (uint8_t)u->norm[i]) * 1099511628211ull;
            x.slot = hash_slot(h);
            /* "10-metre", "10-metre-long", "90-day"; not "30-year-old",
             * an age */
            size_t e = urest + 1;
            while (e < u->norm_len && u->norm[e] != '-')
                e++;
            if (e == u->norm_len || strcmp(u->norm + e, "-old"))
                dim = unit_of(u->norm + urest + 1, e - urest - 1, &uf);
            /* what it measures, when written after it: "a 10-metre
             * dhow" and "a 30-foot dhow" are one length */
            if (dim) {
                x.slot = dim_slot(dim);
                uint32_t m = ut + 1;
                if (m < t1 && (d->toks[m].flags & RCP_TOK_WORD) &&
                    !(d->toks[m].flags &
                      (RCP_TOK_STOP | RCP_TOK_NUM | RCP_TOK_CAP)) &&
                    d->toks[m].norm_len > 2) {
                    uint64_t g = rcp__mix64(x.slot ^ d->toks[m].hstem);
                    x.slot = hash_slot(g);
                    x.measured = 1;
                }
            }
        } else {
            x.slot = noun_slot(d, noun, t1);
            const rcp_token *u = &d->toks[noun];
            /* "150 nautical miles" */
            if (rcp__tok_is(u, "nautical") && noun + 1 < t1 &&
                (rcp__tok_is(&d->toks[noun + 1], "miles") ||
                 rcp__tok_is(&d->toks[noun + 1], "mile")))
                dim = DIM_LENGTH, uf = 1852, uend = noun + 1;
            else
                dim = unit_of(u->norm, u->norm_len, &uf);
            if (dim)
                x.slot = dim_slot(dim);
        }
        /* a distance from a place is a value of that place: "40 miles
         * north of Anchorage", "à 30 km de Lyon" */
        if (dim == DIM_LENGTH) {
            uint32_t p = uend + 1, pl;
            int angle;
            uint64_t place = 0;
            if (!direction_at(d, t0, p, t1, &angle, &place, &pl))
                place = place_after(d, p, t1, &pl);
            if (place) {
                uint64_t g = rcp__mix64(x.slot ^ place);
                x.slot = hash_slot(g);
            }
        }
        /* a count of the dead or the injured: one slot whatever its
         * noun says when it names people at large ("killed 10 people",
         * "left 13 dead", "ten were killed"), else of that noun too
         * ("killed 12 soldiers" is not "killed 15 civilians") */
        uint32_t qf = t;
        int verb = 0;
        qualifier_from(d, t0, t, &qf);
        /* not "a 59-year-old woman died" (an age), nor "a mother of two
         * died" (a number after "of" with no noun of its own; "a total
         * of 10 people had been killed" is a toll) */
        int cas = !dim && noun != t &&
                          !(qf > t0 && casualty_word(&d->toks[noun]) &&
                            (rcp__tok_is(&d->toks[qf - 1], "of") ||
                             rcp__tok_is(&d->toks[qf - 1], "de")))
                      ? casualties(d, t0, t1, qf, noun, &verb)
                      : 0;
        if (cas) {
            const rcp_token *u = &d->toks[noun];
            static const char *const people[] = {
                "people", "persons", "personnes", "gens", NULL};
            uint64_t h = RCP__SLOT_CASUALTY + (uint64_t)cas;
            if (!casualty_word(u) && !rcp__tok_listed(people, u))
                h = hash_slot(rcp__mix64(h ^ u->hstem));
            x.slot = h;
            x.casualty = (uint8_t)(verb ? 2 : 1);
        }
        if (toll)
            x.slot = RCP__SLOT_CASUALTY + 1, x.casualty = 2;
        if (bare)
            x.slot = RCP__SLOT_CASUALTY + (uint64_t)bare, x.casualty = 2;
        if (others) {
            uint64_t h = rcp__mix64(x.slot ^ 0x07e5u);
            x.slot = hash_slot(h);
        }
        v *= mult;
        if (v2 >= 0)
            v2 *= mult;
        /* "trois ans et demi", "two and a half years" */
        uint32_t end = uend;
        if (end + 2 < t1 && rcp__tok_is(&d->toks[end + 1], "et") &&
            rcp__tok_is(&d->toks[end + 2], "demi"))
            v += 0.5 * mult, end += 2;
        /* "nine days before the inauguration", "eight days ago", "il
         * y a trois ans": an offset from a point in time, not a length;
         * a slot of its own by the word that anchors it */
        {
            static const char *const offs[] = {
                "before", "after", "ago", "earlier", "later", "avant",
                "apres", "auparavant", "plus"};
            static const char *const ilya[] = {"il", "y", "a"};
            uint64_t o = 0;
            for (size_t i = 0; i < RCP_ARRAY_SIZE(offs) && end + 1 < t1; i++)
                if (rcp__tok_is(&d->toks[end + 1], offs[i]))
                    o = d->toks[end + 1].hnorm;
            if (before_is(d, t0, first, ilya, 3))
                o = d->toks[first - 1].hnorm ^ 0x11ac;
            if (o) {
                uint64_t h = rcp__mix64(x.slot ^ o ^ 0x0ff5e7u);
                x.slot = hash_slot(h);
            }
        }
        /* "after eight days of riots", "après trois semaines de grève":
         * the time elapsed when the article was written, which articles
         * of other days count differently without disagreeing; a slot of
         * the article's day (of the article itself when undated) */
        if (dim == DIM_TIME && first > t0 &&
            (rcp__tok_is(&d->toks[first - 1], "after") ||
             rcp__tok_is(&d->toks[first - 1], "apres"))) {
            const rcp_article *a = d->article;
            uint64_t w = a && a->date ? rcp__hash(a->date, strlen(a->date), 1)
                                      : rcp__hash(d->text, d->len, 2);
            uint64_t h = rcp__mix64(x.slot ^ w ^ 0xe1a95u);
            x.slot = hash_slot(h);
        }
        /* "spent four seasons as the Sixers Director (1999-2003)": a
         * figure followed by a span of years in brackets is of that span
         * (a slot of its own), not of the whole ("19 seasons with the
         * 76ers") */
        for (uint32_t k2 = end + 1; k2 + 2 < t1 && k2 <= end + 12; k2++) {
            const rcp_token *y = &d->toks[k2 + 1];
            if (d->toks[k2].flags & RCP_TOK_NUM)
                break; /* another figure first */
            if (!rcp__tok_is(&d->toks[k2], "(") ||
                !rcp__tok_is(&d->toks[k2 + 2], ")") || y->norm_len != 9 ||
                y->norm[4] != '-')
                continue;
            int years = 1;
            for (int c = 0; c < 9; c++)
                years &= c == 4 || (y->norm[c] >= '0' && y->norm[c] <= '9');
            if (years) {
                x.slot = hash_slot(rcp__mix64(x.slot ^ y->hnorm ^ 0x5ba7u));
                break;
            }
        }
        x.v = v;
        x.lo = x.hi = v;
        if (v2 >= 0) {
            x.lo = RCP_MIN(v, v2), x.hi = RCP_MAX(v, v2);
            x.range = dim == DIM_NONE;
        } else {
            int q = qualifier_from(d, t0, t, &qfrom);
            /* "about 58km (36 miles)": a conversion in brackets right
             * after a figure says what that figure says */
            if (q == Q_NONE && t >= t0 + 2 && rcp__tok_is(&d->toks[t - 1], "(")) {
                uint32_t p = t - 2;
                if (prev_end == p)
                    q = prev_q;
                else if (d->toks[p].flags & RCP_TOK_NUM) /* "58km (36" */
                    q = qualifier(d, t0, p);
                else if (p > t0 && (d->toks[p - 1].flags & RCP_TOK_NUM))
                    q = qualifier(d, t0, p - 1); /* "58 km (36" */
            }
            prev_q = q, prev_end = end;
            switch (q) {
            case Q_NONE:
                /* "4,9 milliards" is 4,91 rounded: a decimal figure
                 * states the interval of its last digit */
                if (decimals > 0) {
                    double h = 0.5 * mult;
                    for (int i = 0; i < decimals; i++)
                        h /= 10;
                    x.lo = v - h, x.hi = v + h;
                }
                break;
            case Q_MIN:
                x.hi = INFINITY;
                break;
            case Q_MAX:
                x.lo = 0;
                break;
            case Q_ABOVE: /* "more than 300" is not 300 */
                x.lo = nextafter(v * (1 + 1e-9), INFINITY), x.hi = INFINITY;
                break;
            case Q_BELOW:
                x.lo = 0, x.hi = nextafter(v * (1 - 1e-9), 0);
                break;
            case Q_NEARLY: /* "nearly 300" is below 300 */
                x.lo = v * 0.85;
                break;
            case Q_ABOUT:
                x.lo = v * 0.85, x.hi = v * 1.15;
                break;
            }
            /* "a dozen" is a round figure: 10 to 14 */
            if (v == 12 &&
                (rcp__tok_is(&d->toks[t], "dozen") ||
                 rcp__tok_is(&d->toks[t], "douzaine")) &&
                (q == Q_NONE || q == Q_ABOUT))
                x.lo = 10, x.hi = 14;
        }
        /* a part says the whole is at least as many ("17 of the
         * hijacked ships": 17 ships or more, not "about a dozen ships";
         * "two of the vessels" meets "five vessels") */
        if (part)
            x.hi = INFINITY;
        x.dim = (uint8_t)dim;
        if (dim && uf != 1) {
            if (x.lo == x.hi)
                x.lo -= UNIT_TOLERANCE * mult, x.hi += UNIT_TOLERANCE * mult;
            x.v *= uf, x.lo *= uf, x.hi *= uf;
        }
        x.source = src;
        /* the context leaves out the rest of the noun phrase ("150
         * nautical miles"): it is what the figure counts, not what it is
         * said about */
        uint32_t ce = end + 1;
        if (ce < t1 && (d->toks[ce].flags & RCP_TOK_WORD) &&
            !(d->toks[ce].flags & (RCP_TOK_STOP | RCP_TOK_CAP)))
            ce++;
        rc = push_val(r, &x, first, end, ce);
        if (rc)
            return rc;
        /* written with its qualifier ("nearly 300 crewmen", "more than
         * 300 crew members"), which says what it states */
        if (qfrom < first) {
            rcp__value *w = &r->out->v[r->out->n - 1];
            w->len += w->off - d->toks[qfrom].off;
            w->off = d->toks[qfrom].off;
        }
        /* the whole after a part is read too ("three of the seven
         * bullets": seven bullets) */
        t = part ? t : end;
    }
    return 0;
}

int rcp__date_interval(const char *s, double *lo, double *hi)
{
    int y, m = 0, d = 0;
    int n = sscanf(s, "%4d-%2d-%2d", &y, &m, &d);
    if (n == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        *lo = *hi = (double)rcp__days_from_civil(y, m, d);
    } else if (n == 2 && m >= 1 && m <= 12) {
        *lo = (double)rcp__days_from_civil(y, m, 1);
        *hi = (double)(m == 12 ? rcp__days_from_civil(y + 1, 1, 1)
                               : rcp__days_from_civil(y, m + 1, 1)) -
              1;
    } else if (n >= 1) {
        *lo = (double)rcp__days_from_civil(y, 1, 1);
        *hi = (double)rcp__days_from_civil(y + 1, 1, 1) - 1;
    } else {
        return 0;
    }
    return 1;
}

/* The timeline dates inside the tokens, with a month's precision at
 * least: a year alone is background ("en 1999", "since 2005"), rarely a
 * disputed date. */
static int read_dates(vread *r)
{
    const rcp_doc *d = r->d;
    uint32_t lo = d->toks[r->t0].off;
    uint32_t hi = d->toks[r->t1 - 1].off + d->toks[r->t1 - 1].len;
    uint32_t a = r->t0;
    for (size_t i = 0; i < r->ndates; i++) {
        const rcp__date *x = &r->dates[i];
        if (x->off < lo || x->off >= hi)
            continue;
        rcp__value v = {0};
        char s[sizeof x->value + 1];
        memcpy(s, x->value, sizeof x->value);
        s[sizeof x->value] = 0;
        if (!rcp__date_interval(s, &v.lo, &v.hi) || v.hi - v.lo > 31)
            continue;
        v.v = v.lo;
        v.slot = RCP__SLOT_DATE;
        v.kind = RCP__VAL_DATE;
        while (a < r->t1 && d->toks[a].off < x->off)
            a++;
        uint32_t b = a;
        while (b < r->t1 && d->toks[b].off < x->off + x->len)
            b++;
        /* "today", "hier": a day relative to when each article was
         * written, which names no day of its own to disagree on */
        if (b == a + 1 && !(d->toks[a].flags & RCP_TOK_NUM) &&
            !(rcp__lex_tok(&d->toks[a]) & (LX_WEEKDAY | LX_MONTH)))
            continue;
        if (says_when(d, r->t0, a))
            continue;
        if (!RCP__PUSH(r->out->v, r->out->n, r->out->cap))
            return RCP_ENOMEM;
        v.first = a;
        v.last = b > a ? b - 1 : a;
        v.ctx_end = b;
        v.off = x->off;
        v.len = x->len;
        r->out->v[r->out->n++] = v;
    }
    return 0;
}

int rcp__tok_weekday(const rcp_token *k)
{
    uint32_t lx = rcp__lex_tok(k);
    if (!(lx & LX_WEEKDAY) || ((lx & LX_EN) && !(k->flags & RCP_TOK_CAP)))
        return -1;
    return rcp__lex_weekday(k->norm, k->norm_len);
}

/* A clock time in token k's folded form: "9:40", "16h30", "16h", "10am",
 * "10:30pm" (the hour, the minutes, and *ampm 1 for am, 2 for pm, 0 for
 * neither): 1 and the hours, or 0. A bare number is no clock time. */
static int clock_token(const rcp_token *k, double *h, int *ampm, int *sep)
{
    const char *w = k->norm;
    size_t n = k->norm_len, i = 0;
    int hh = 0, mm = 0;
    while (i < n && i < 2 && w[i] >= '0' && w[i] <= '9')
        hh = hh * 10 + (w[i++] - '0');
    if (!i || i == n)
        return 0;
    *sep = w[i];
    *ampm = 0;
    if ((w[i] == ':' || w[i] == 'h' || w[i] == '.') && i + 1 < n &&
        w[i + 1] >= '0' && w[i + 1] <= '9') {
        if (i + 3 > n || w[i + 2] < '0' || w[i + 2] > '9')
            return 0;
        mm = (w[i + 1] - '0') * 10 + (w[i + 2] - '0');
        i += 3;
    } else if (w[i] == 'h') {
        i++; /* "16h" */
    } else if (w[i] == ':' || w[i] == '.')
        return 0;
    if (i < n) {
        if (n - i == 2 && (w[i] == 'a' || w[i] == 'p') && w[i + 1] == 'm')
            *ampm = w[i] == 'a' ? 1 : 2;
        else
            return 0;
    }
    /* "3.5" is a figure: a dot only with am/pm after it */
    if (*sep == '.' && !*ampm)
        return 0;
    if (hh > 24 || mm > 59 || (*ampm && (hh < 1 || hh > 12)))
        return 0;
    *h = hh + mm / 60.0;
    return 1;
}

/* A clock time of four digits at token t of d (tokens [t0, t1)), the
 * military and naval way: "at 1100 hours", "about 1100 hrs IST", "by
 * 0530 GMT": hours 00 to 23 and minutes, after a preposition of time
 * and before "hours" / "hrs" / "hr" (not "of": "after 2000 hours of
 * talks" is a duration) or a zone. 1, its hours and *last its last
 * token; or 0. */
static int hhmm_time(const rcp_doc *d, uint32_t t0, uint32_t t, uint32_t t1,
                     double *h, uint32_t *last)
{
    static const char *const preps[] = {"at",     "about", "around", "by",
                                        "before", "after", "until",  "from",
                                        "since",  "till",  NULL};
    static const char *const hrs[] = {"hours", "hrs", "hr", NULL};
    const rcp_token *k = &d->toks[t];
    if (!(k->flags & RCP_TOK_NUM) || k->norm_len != 4 || t == t0 ||
        t + 1 >= t1 || !rcp__tok_listed(preps, &d->toks[t - 1]))
        return 0;
    for (int i = 0; i < 4; i++)
        if (k->norm[i] < '0' || k->norm[i] > '9')
            return 0;
    int hh = (k->norm[0] - '0') * 10 + (k->norm[1] - '0');
    int mm = (k->norm[2] - '0') * 10 + (k->norm[3] - '0');
    if (hh > 23 || mm > 59)
        return 0;
    const rcp_token *n = &d->toks[t + 1];
    if (rcp__tok_listed(hrs, n)) {
        if (t + 2 < t1 && rcp__tok_is(&d->toks[t + 2], "of"))
            return 0;
        *last = t + 1;
    } else if (short_caps(d, n))
        *last = t;
    else
        return 0;
    *h = hh + mm / 60.0;
    return 1;
}

/* The hours of a clock time, 0 to 24, from its half of the day. */
static double day_hours(double h, int ampm)
{
    if (ampm == 2 && h < 12)
        h += 12;
    else if (ampm == 1 && h >= 12)
        h -= 12;
    return h;
}

/* The words of times of day (rcp__day_parts, noon, midnight...), by the low
 * byte of their hash: a bit each, built on first use (as number_words'
 * index), so that read_times looks at most tokens once. */
static uint64_t time_word_bits[4];
static int time_word_ready;

static const char *const time_words[] = {"noon",     "midday", "midi",
                                         "midnight", "minuit", NULL};

static void time_word_index(void)
{
    for (size_t i = 0; i < rcp__nday_parts; i++) {
        const char *w = rcp__day_parts[i].word;
        uint64_t h = rcp__hash(w, strlen(w), 0);
        time_word_bits[(h >> 6) & 3] |= (uint64_t)1 << (h & 63);
    }
    for (size_t i = 0; time_words[i]; i++) {
        uint64_t h = rcp__hash(time_words[i], strlen(time_words[i]), 0);
        time_word_bits[(h >> 6) & 3] |= (uint64_t)1 << (h & 63);
    }
    time_word_ready = 1;
}

/* A part of the day written after a clock time that ends at token last
 * ("4:30 in the morning", "18:41 this evening", "9 heures du soir"): its
 * last token, *ampm set from it when not known; or 0. */
static uint32_t part_after(const rcp_doc *d, uint32_t last, uint32_t t1,
                           int *ampm)
{
    if (last + 2 >= t1)
        return 0;
    const rcp_token *a = &d->toks[last + 1], *p = &d->toks[last + 2];
    uint32_t e = 0;
    if (rcp__tok_is(a, "du") || rcp__tok_is(a, "this") ||
        rcp__tok_is(a, "ce"))
        e = last + 2;
    else if (last + 3 < t1 && rcp__tok_is(a, "in") && rcp__tok_is(p, "the"))
        p = &d->toks[last + 3], e = last + 3;
    const rcp__day_part *part = e ? rcp__tok_day_part(p) : NULL;
    if (!part)
        return 0;
    if (!*ampm)
        *ampm = part->lo >= 12 ? 2 : 1;
    return e;
}

/* The times of day tokens [t0, t1) give (RCP__VAL_TIME, on RCP__SLOT_TIME
 * or, with a zone after it, on a slot of that zone): a clock time ("9:40
 * p.m.", "11 a.m.", "10am", "16h30", "16 h 30", "à 9 heures", "noon",
 * "midi", "minuit"), its interval [v, v] in a day's hours (day_hours),
 * about / around / vers +- a quarter of an hour, before / avant the six
 * hours up to it, after / après the six after it; a part of the day
 * named as the time of the statement ("in the morning", "this evening",
 * "at night", "last night", "ce matin", "le soir", "dans la soirée",
 * "hier soir"), its hours. A time in brackets (a conversion: "(02:41
 * GMT)") is none; the part of a weekday ("Friday night") is the
 * weekday's (calendar_value). */
static int read_times(vread *r, uint64_t src)
{
    const rcp_doc *d = r->d;
    uint32_t t0 = r->t0, t1 = r->t1;
    if (!time_word_ready)
        time_word_index();
    for (uint32_t t = t0; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        if (!(k->flags & RCP_TOK_NUM) &&
            !(time_word_bits[(k->hnorm >> 6) & 3] >> (k->hnorm & 63) & 1))
            continue;
        double h = -1, lo, hi;
        int ampm = 0, sep = 0, time_prep = 0;
        uint32_t first = t, last = t;
        if (k->flags & RCP_TOK_NUM) {
            if (in_date(r->dates, r->ndates, k->off))
                continue;
            const rcp_token *n = t + 1 < t1 ? &d->toks[t + 1] : NULL;
            if (hhmm_time(d, t0, t, t1, &h, &last)) {
                ampm = 3; /* its own day's hours: no half to read */
                sep = ':';
            } else if (clock_token(k, &h, &ampm, &sep)) {
                /* "9:40" alone: a clock time after a preposition of
                 * time, or with its half of the day after it */
                const rcp_token *b = t > t0 ? &d->toks[t - 1] : NULL;
                time_prep = b && (rcp__tok_is(b, "at") || rcp__tok_is(b, "a") ||
                                  rcp__tok_is(b, "vers") ||
                                  rcp__tok_is(b, "around") ||
                                  rcp__tok_is(b, "about") ||
                                  rcp__tok_is(b, "des"));
            } else if (n && k->norm_len <= 2) {
                size_t rest;
                int dec;
                h = parse_number(k->norm, k->norm_len, &rest, &dec);
                if (h < 0 || rest != k->norm_len || h > 24)
                    continue;
                /* "16 h 30", "à 9 heures (30)": French clock times */
                if (rcp__tok_is(n, "h") ||
                    ((rcp__tok_is(n, "heures") || rcp__tok_is(n, "heure")) &&
                     t > t0 && (rcp__tok_is(&d->toks[t - 1], "a") ||
                                rcp__tok_is(&d->toks[t - 1], "vers")))) {
                    last = t + 1;
                    if (t + 2 < t1 && (d->toks[t + 2].flags & RCP_TOK_NUM) &&
                        d->toks[t + 2].norm_len == 2) {
                        double mm = parse_number(d->toks[t + 2].norm, 2,
                                                 &rest, &dec);
                        if (mm >= 0 && mm < 60)
                            h += mm / 60, last = t + 2;
                    }
                } else if (h < 1 || h > 12)
                    continue;
            } else
                continue;
            if (last == t && t + 1 < t1) {
                const rcp_token *m = &d->toks[t + 1];
                if (rcp__tok_is(m, "a.m") || rcp__tok_is(m, "am"))
                    ampm = 1, last = t + 1;
                else if (rcp__tok_is(m, "p.m") || rcp__tok_is(m, "pm"))
                    ampm = 2, last = t + 1;
                else if (!ampm && sep != ':' && sep != 'h' &&
                         !part_after(d, last, t1, &ampm))
                    continue; /* "11" alone */
            }
            /* "4:30 in the morning", "18:41 this evening", "9 heures du
             * soir": the part of the day says which half */
            uint32_t e = part_after(d, last, t1, &ampm);
            if (e)
                last = e;
            else if (sep == ':' && !ampm && !time_prep)
                continue; /* "2:1", "John 3:16" */
            /* English "at 1:21" with no half of the day is either
             * (a zone's clock counts 24 hours: "10:30 GMT") */
            if (!ampm && h >= 1 && h < 13 && d->lang_class == RCP_LC_EN &&
                !(last + 1 < t1 && short_caps(d, &d->toks[last + 1])))
                continue;
            h = day_hours(h, ampm);
        } else if (rcp__tok_listed(time_words, k)) {
            h = rcp__tok_is(k, "midnight") || rcp__tok_is(k, "minuit") ? 24
                                                                      : 12;
        } else {
            /* a part of the day after the words that make it a time */
            const rcp__day_part *part = rcp__tok_day_part(k);
            if (!part || t == t0)
                continue;
            const rcp_token *p = &d->toks[t - 1];
            const rcp_token *pp = t >= t0 + 2 ? &d->toks[t - 2] : NULL;
            if (rcp__tok_is(k, "tonight") || rcp__tok_is(k, "overnight"))
                ; /* a time by themselves */
            else if (rcp__tok_is(p, "this") || rcp__tok_is(p, "yesterday") ||
                     rcp__tok_is(p, "ce") || rcp__tok_is(p, "cet") ||
                     rcp__tok_is(p, "cette") || rcp__tok_is(p, "hier"))
                first = t - 1;
            else if ((rcp__tok_is(p, "last") || rcp__tok_is(p, "at")) &&
                     (rcp__tok_is(k, "night")))
                first = t - 1;
            else if (pp && rcp__tok_is(p, "the") && rcp__tok_is(pp, "in"))
                first = t - 2;
            else if (pp && (rcp__tok_is(p, "la") || rcp__tok_is(p, "l'")) &&
                     rcp__tok_is(pp, "dans"))
                first = t - 2;
            else if (rcp__tok_is(p, "le"))
                first = t - 1;
            else
                continue;
            /* no weekday or date before it ("vendredi soir" is the
             * weekday's), no noun after it ("the morning papers") */
            if (first > t0 && (rcp__lex_tok(&d->toks[first - 1]) &
                               (LX_WEEKDAY | LX_MONTH)))
                continue;
            if (t + 1 < t1 && (d->toks[t + 1].flags & RCP_TOK_WORD) &&
                !(d->toks[t + 1].flags & RCP_TOK_STOP) &&
                d->lang_class == RCP_LC_EN)
                continue;
            lo = part->lo, hi = part->hi;
            goto push;
        }
        {
            /* the qualifier before it ("around noon", "vers 18 h 15",
             * "after 11 a.m.", "about 9:40 p.m.", "around 4 p.m.") */
            uint32_t q = first;
            if (q > t0 && (rcp__tok_is(&d->toks[q - 1], "a") ||
                           rcp__tok_is(&d->toks[q - 1], "at")))
                q--;
            const rcp_token *b = q > t0 ? &d->toks[q - 1] : NULL;
            /* a round time may be rounded: a whole hour by a quarter of
             * an hour, a quarter by half of one, five minutes by half of
             * them ("3:30 a.m." meets "3:33 a.m."; "5:11 p.m." is not
             * "5:06 p.m.") */
            int mins = (int)lround((h - floor(h)) * 60) % 60;
            double round = mins == 0 ? 0.25 : mins % 15 == 0 ? 0.125
                           : mins % 5 == 0 ? 2.5 / 60 : 0;
            lo = h - round, hi = h + round;
            if (!b)
                ;
            else if (rcp__tok_is(b, "about") || rcp__tok_is(b, "around") ||
                     rcp__tok_is(b, "vers") || rcp__tok_is(b, "environ") ||
                     rcp__tok_is(b, "approximately") ||
                     rcp__tok_is(b, "roughly"))
                lo = h - 0.25, hi = h + 0.25, first = q - 1;
            else if (rcp__tok_is(b, "before") || rcp__tok_is(b, "avant") ||
                     rcp__tok_is(b, "by") || rcp__tok_is(b, "until"))
                lo = h - 6, hi = h, first = q - 1;
            else if (rcp__tok_is(b, "after") || rcp__tok_is(b, "apres") ||
                     rcp__tok_is(b, "since") || rcp__tok_is(b, "depuis") ||
                     rcp__tok_is(b, "from"))
                lo = h, hi = h + 6, first = q - 1;
        }
    push:
        /* a conversion in brackets, "(02:41 GMT)" */
        if (first > t0 && rcp__tok_is(&d->toks[first - 1], "("))
            continue;
        rcp__value x = {0};
        x.kind = RCP__VAL_TIME;
        x.slot = RCP__SLOT_TIME;
        if (last + 1 < t1 && short_caps(d, &d->toks[last + 1]))
            x.slot = hash_slot(d->toks[last + 1].hnorm ^ 0x71e5ull);
        x.source = src;
        x.v = (lo + hi) / 2;
        x.lo = lo, x.hi = hi;
        if (push_val(r, &x, first, last, last + 1))
            return RCP_ENOMEM;
        t = last;
    }
    return 0;
}

/* The words an acronym in brackets stands for (Schwartz and Hearst's
 * matching, on the folded tokens, word by word): each letter of the
 * acronym, from its last, is the first letter of a word going back
 * through the words before the bracket; the word of its first letter,
 * capitalised and no stopword, begins the long form ("Association pour le droit de mourir
 * dans la dignité (ADMD)", "National Rifle Association (NRA)"). At most
 * twice as many words as letters, and four more; no punctuation inside.
 * Pushed on the slot of the acronym: two ways of writing one body's
 * name. */
static int read_expansions(vread *r)
{
    const rcp_doc *d = r->d;
    for (uint32_t t = r->t0 + 2; t + 1 < r->t1; t++) {
        const rcp_token *a = &d->toks[t];
        if (!(a->flags & RCP_TOK_UPPER) || a->norm_len < 2 ||
            a->norm_len > 10 || !rcp__tok_is(&d->toks[t - 1], "(") ||
            !rcp__tok_is(&d->toks[t + 1], ")"))
            continue;
        uint32_t e = t - 2, k = e + 1;
        uint32_t lim = a->norm_len * 2 + 4;
        uint32_t low = e + 1 > r->t0 + lim ? e + 1 - lim : r->t0;
        int ok = 1;
        for (size_t s = a->norm_len; s-- > 0 && ok;) {
            char c = a->norm[s];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                continue;
            /* the nearest word before k that begins with the letter
             * (Schwartz and Hearst ask it of the first letter only:
             * "Caisses d'épargne et de prévoyance (CNCE)" would end the
             * long form there) */
            do {
                if (k == low || !(d->toks[k - 1].flags & RCP_TOK_WORD)) {
                    ok = 0;
                    break;
                }
                k--;
            } while (d->toks[k].norm[0] != c);
        }
        const rcp_token *f = &d->toks[k];
        if (!ok || k >= e || !(f->flags & RCP_TOK_CAP) ||
            (f->flags & RCP_TOK_STOP) || !(d->toks[e].flags & RCP_TOK_WORD))
            continue;
        rcp__value x = {0};
        uint64_t h = 0xe8a4d5u;
        for (uint32_t i = k; i <= e; i++)
            h = rcp__mix64(h ^ d->toks[i].hnorm);
        x.slot = hash_slot(rcp__mix64(a->hnorm ^ 0xac40u));
        x.kind = RCP__VAL_EXPAND;
        x.v = x.lo = x.hi = (double)(h >> 12);
        if (push_val(r, &x, k, e, e + 1))
            return RCP_ENOMEM;
    }
    return 0;
}

/* What (whose) the things an English count counts are: the capitalised
 * words between the count and its plural noun, one word each, alone or
 * joined by "and" or commas ("23 Somali pirates", "23 heavily armed
 * Somalian and Yemeni pirates"; not "23 Indian Navy sailors", a name, nor
 * "12 Somali and 11 Yemeni pirates", a breakdown). On the slot of the
 * count and its noun; the value is the set of the words, each by its
 * first six letters ("Somali" and "Somalian" are one word). */
static int read_quals(vread *r)
{
    const rcp_doc *d = r->d;
    if (d->lang_class != RCP_LC_EN)
        return 0;
    for (uint32_t t = r->t0; t + 2 < r->t1; t++) {
        const rcp_token *k = &d->toks[t];
        double v;
        size_t rest = 0;
        int dec;
        if ((k->flags & RCP_TOK_NUM) && !(k->flags & RCP_TOK_DATE)) {
            v = parse_number(k->norm, k->norm_len, &rest, &dec);
            if (v < 2 || rest != k->norm_len)
                continue;
        } else {
            int w = number_word(k);
            if (w < 2)
                continue;
            v = w;
        }
        if (in_date(r->dates, r->ndates, k->off))
            continue;
        /* "12 Somali and 11 Yemeni pirates": a breakdown, not its parts */
        if (t >= r->t0 + 3 && (rcp__tok_is(&d->toks[t - 1], "and") ||
                               rcp__tok_is(&d->toks[t - 1], "or")) &&
            (d->toks[t - 3].flags & RCP_TOK_NUM))
            continue;
        uint32_t i = t + 1;
        for (int m = 0; m < 2 && i < r->t1; m++, i++) { /* "heavily armed" */
            const rcp_token *x = &d->toks[i];
            if (!(x->flags & RCP_TOK_WORD) ||
                (x->flags & (RCP_TOK_CAP | RCP_TOK_STOP | RCP_TOK_NUM)) ||
                plural_s(x))
                break;
        }
        uint64_t set = 0;
        int n = 0;
        while (i < r->t1) {
            const rcp_token *x = &d->toks[i];
            if (!(x->flags & RCP_TOK_CAP) || !(x->flags & RCP_TOK_WORD) ||
                (x->flags & (RCP_TOK_STOP | RCP_TOK_NUM)))
                break;
            set += rcp__mix64(rcp__hash(x->norm, RCP_MIN(x->norm_len, 6), 7));
            n++, i++;
            if (i + 1 < r->t1 && (rcp__tok_is(&d->toks[i], "and") ||
                                  rcp__tok_is(&d->toks[i], ",")) &&
                (d->toks[i + 1].flags & RCP_TOK_CAP))
                i++;
            else
                break;
        }
        const rcp_token *noun = i < r->t1 ? &d->toks[i] : NULL;
        if (!n || !noun || !(noun->flags & RCP_TOK_WORD) ||
            (noun->flags & (RCP_TOK_CAP | RCP_TOK_STOP | RCP_TOK_NUM)) ||
            !plural_s(noun))
            continue;
        rcp__value x = {0};
        x.slot = hash_slot(
            rcp__mix64(noun->hstem ^ rcp__mix64((uint64_t)v ^ 0x9a11u)));
        x.kind = RCP__VAL_QUAL;
        x.v = x.lo = x.hi = (double)(set >> 12);
        if (push_val(r, &x, t, i, i + 1))
            return RCP_ENOMEM;
        t = i;
    }
    return 0;
}

/* A word of one of the tables (folded forms). */
static int tok_in(const rcp_token *x, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (rcp__tok_is(x, w[i]))
            return 1;
    return 0;
}

/* The role a named person holds in a body named by an acronym, in the
 * apposition after the name (to the next comma): "Jean-Luc Romero,
 * porte-parole de l'ADMD", "Jean-Louis Romero, conseiller régional UMP
 * d'Ile-de-France et président de l'Association pour le droit à mourir
 * dans la dignité (ADMD)", "Wayne LaPierre, executive vice president of
 * the National Rifle Association (NRA)": one to three lower-case words
 * (after the comma, an article, "et" or "and") before "de" / "of" / "for"
 * and a body that is an acronym or ends with one in brackets. On the slot of
 * the person's last name and the acronym; the value is the role's
 * words, written through the body's name. */
static int read_roles(vread *r)
{
    static const char *const arts[] = {"le", "la", "l'", "the"};
    static const char *const ofs[] = {"de", "d'", "du", "of", "for"};
    const rcp_doc *d = r->d;
    for (uint32_t t = r->t0 + 1; t + 3 < r->t1; t++) {
        const rcp_token *k = &d->toks[t], *p = &d->toks[t - 1];
        if (!rcp__tok_is(&d->toks[t + 1], ",") ||
            (k->flags & (RCP_TOK_STOP | RCP_TOK_NUM | RCP_TOK_UPPER)) ||
            !(k->flags & RCP_TOK_CAP) || !(k->flags & RCP_TOK_WORD) ||
            !(p->flags & RCP_TOK_CAP) || !(p->flags & RCP_TOK_WORD))
            continue; /* a name of two words at least, then a comma */
        uint32_t a = t + 2, end = a;
        while (end < r->t1 && end < a + 30 && !rcp__tok_is(&d->toks[end], ","))
            end++;
        uint32_t rs = a; /* where the role being read begins */
        for (uint32_t i = a; i < end; i++) {
            const rcp_token *x = &d->toks[i];
            if (rcp__tok_is(x, "et") || rcp__tok_is(x, "and")) {
                rs = i + 1;
                continue;
            }
            if (i == rs && tok_in(x, arts, RCP_ARRAY_SIZE(arts))) {
                rs = i + 1;
                continue;
            }
            if (!tok_in(x, ofs, RCP_ARRAY_SIZE(ofs)))
                continue;
            int ok = i > rs && i <= rs + 3;
            for (uint32_t j = rs; j < i && ok; j++)
                ok = (d->toks[j].flags & RCP_TOK_WORD) &&
                     !(d->toks[j].flags &
                       (RCP_TOK_CAP | RCP_TOK_NUM | RCP_TOK_STOP));
            uint32_t b = i + 1;
            if (b < end && tok_in(&d->toks[b], arts, RCP_ARRAY_SIZE(arts)))
                b++;
            uint32_t acr = UINT32_MAX, last = b;
            if (ok && b < end && (d->toks[b].flags & RCP_TOK_UPPER)) {
                acr = last = b;
            } else if (ok && b < end && (d->toks[b].flags & RCP_TOK_CAP)) {
                for (uint32_t j = b + 1; j + 2 < r->t1 && j < end; j++)
                    if (rcp__tok_is(&d->toks[j], "(") &&
                        (d->toks[j + 1].flags & RCP_TOK_UPPER) &&
                        rcp__tok_is(&d->toks[j + 2], ")")) {
                        acr = j + 1, last = j - 1;
                        break;
                    }
            }
            if (acr == UINT32_MAX || d->toks[acr].norm_len < 2 ||
                d->toks[acr].norm_len > 10) {
                rs = i + 1;
                continue;
            }
            rcp__value v = {0};
            uint64_t h = 0x401eu;
            for (uint32_t j = rs; j < i; j++)
                h = rcp__mix64(h ^ d->toks[j].hnorm);
            v.slot = hash_slot(
                rcp__mix64(k->hnorm ^ rcp__mix64(d->toks[acr].hnorm ^ 0x201eu)));
            v.kind = RCP__VAL_ROLE;
            v.v = v.lo = v.hi = (double)(h >> 12);
            if (push_val(r, &v, rs, last, last + 1))
                return RCP_ENOMEM;
            i = acr;
            rs = i + 1;
        }
        t = end;
    }
    return 0;
}

int rcp__values_period(const rcp_doc *d, uint32_t t0, const rcp__value *a,
                       const rcp__value *b, uint32_t *first)
{
    static const char *const opens[] = {"entre", "between", "from", "du",
                                        "de", "depuis"};
    static const char *const links[] = {"et", "and", "to", "au", "a",
                                        "until", "till", "through"};
    static const char *const arts[] = {"le", "la", "l'", "the"};
    if (a->kind != b->kind ||
        !(a->kind & (RCP__VAL_DATE | RCP__VAL_MDAY)) ||
        b->first <= a->last + 1 || b->first > a->last + 3)
        return 0;
    uint32_t k = a->last + 1;
    int ok = 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(links) && !ok; i++)
        ok = rcp__tok_is(&d->toks[k], links[i]);
    if (!ok)
        return 0;
    if (++k < b->first) {
        ok = 0;
        for (size_t i = 0; i < RCP_ARRAY_SIZE(arts) && !ok; i++)
            ok = rcp__tok_is(&d->toks[k], arts[i]);
        if (!ok || k + 1 != b->first)
            return 0;
    }
    uint32_t o = a->first;
    if (o > t0)
        for (size_t i = 0; i < RCP_ARRAY_SIZE(arts); i++)
            if (rcp__tok_is(&d->toks[o - 1], arts[i])) {
                o--;
                break;
            }
    if (o <= t0)
        return 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(opens); i++)
        if (rcp__tok_is(&d->toks[o - 1], opens[i])) {
            *first = o - 1;
            return 1;
        }
    return 0;
}

/* A lower-case word of three letters or more that is no stopword and,
 * by the lexicon, no verb only: a noun a date may be of. */
static int noun_word(const rcp_doc *d, const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_WORD) || (k->flags & (RCP_TOK_STOP | RCP_TOK_NUM)) ||
        k->norm_len < 3 || (unsigned char)d->text[k->off] < 'a' ||
        (unsigned char)d->text[k->off] > 'z')
        return 0;
    int pos = rcp__lexicon_tok_pos(d, k);
    return !(pos & RCP__LEX_VERB) || (pos & RCP__LEX_OTHER);
}

uint32_t rcp__values_noun(const rcp_doc *d, const rcp__value *v)
{
    if (v->kind != RCP__VAL_FIGURE || v->dim || v->measured ||
        v->last == v->first)
        return UINT32_MAX;
    return v->slot == hash_slot(d->toks[v->last].hstem) ? v->last
                                                         : UINT32_MAX;
}

uint32_t rcp__values_date_of(const rcp_doc *d, uint32_t t0,
                             const rcp__value *v)
{
    static const char *const of[] = {"du", "of"};
    static const char *const that[] = {"celui", "celle", "ceux", "celles"};
    if (!(v->kind & (RCP__VAL_DATE | RCP__VAL_MDAY)) || v->first < t0 + 2)
        return UINT32_MAX;
    uint32_t k = v->first - 1;
    if (!rcp__tok_is(&d->toks[k], of[0]) && !rcp__tok_is(&d->toks[k], of[1]))
        return UINT32_MAX;
    uint32_t before = --k;
    /* "celui (très polémique) du 27 juin": the noun before it */
    for (uint32_t i = 0; i < 3 && k > t0; i++, k--) {
        const rcp_token *x = &d->toks[k];
        if (!(x->flags & RCP_TOK_WORD))
            break;
        if (rcp__tok_is(x, that[0]) || rcp__tok_is(x, that[1]) ||
            rcp__tok_is(x, that[2]) || rcp__tok_is(x, that[3])) {
            for (uint32_t j = k; j-- > t0 && k - j <= 4;)
                if (noun_word(d, &d->toks[j]))
                    return j;
            return UINT32_MAX;
        }
    }
    return noun_word(d, &d->toks[before]) ? before : UINT32_MAX;
}

int rcp__values_read(const rcp_doc *d, uint32_t t0, uint32_t t1,
                     unsigned kinds, const rcp__date *dates, size_t ndates,
                     rcp__values *out)
{
    if (t0 >= t1 || t1 > d->ntoks)
        return 0;
    size_t n0 = out->n;
    vread r = {d, t0, t1, kinds, dates, ndates, out};
    uint64_t src = attribution(d, t0, t1);
    int rc = 0;
    if ((kinds & (RCP__VAL_FIGURE | RCP__VAL_MDAY | RCP__VAL_WDAY)) &&
        (rc = read_figures(&r, src)))
        return rc;
    if ((kinds & (RCP__VAL_NAME | RCP__VAL_TITLE | RCP__VAL_PLACE)) &&
        (rc = read_names(&r)))
        return rc;
    if ((kinds & RCP__VAL_DATE) && (rc = read_dates(&r)))
        return rc;
    if ((kinds & RCP__VAL_EXPAND) && (rc = read_expansions(&r)))
        return rc;
    if ((kinds & RCP__VAL_QUAL) && (rc = read_quals(&r)))
        return rc;
    if ((kinds & RCP__VAL_ROLE) && (rc = read_roles(&r)))
        return rc;
    if ((kinds & RCP__VAL_TIME) && (rc = read_times(&r, src)))
        return rc;
    return (int)(out->n - n0);
}

int rcp__values_read_more(const rcp_doc *d, uint32_t t0, uint32_t t1,
                          unsigned kinds, const rcp__value *figs,
                          size_t nfigs, const rcp__date *dates, size_t ndates,
                          rcp__values *out)
{
    if (t0 >= t1 || t1 > d->ntoks)
        return 0;
    /* a date among the tokens (read_figures asks in_date of their
     * offsets, from the first token's to the last one's) */
    uint32_t lo = d->toks[t0].off, hi = d->toks[t1 - 1].off;
    for (size_t i = 0; i < ndates; i++)
        if (dates[i].off <= hi && dates[i].off + dates[i].len > lo)
            return rcp__values_read(d, t0, t1, kinds, dates, ndates, out);
    size_t n0 = out->n;
    for (size_t i = 0; i < nfigs; i++) {
        if (!(figs[i].kind & kinds))
            continue;
        if (!RCP__PUSH(out->v, out->n, out->cap))
            return RCP_ENOMEM;
        out->v[out->n++] = figs[i];
    }
    int rc = rcp__values_read(d, t0, t1, kinds & ~(unsigned)RCP__VAL_FIGURES,
                              dates, ndates, out);
    return rc < 0 ? rc : (int)(out->n - n0);
}

void rcp__values_release(rcp__values *x)
{
    rcp__free(x->v);
    x->v = NULL;
    x->n = x->cap = 0;
}
