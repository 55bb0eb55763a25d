/*
 * calendar.c - day and month words of running text, shared by the story
 * clusterer (the months an article names) and the digest's date reader.
 *
 * Months are recognised in French and English, the two languages whose
 * rules we know: full names, and the usual abbreviations only with their
 * full stop ("sept" is also French for seven, "mar" a word of several
 * languages). English month names are capitalised, so "may" and "march"
 * in lower case are the verbs; a capitalised "Mars" inside a French
 * sentence is the planet; a capitalised French month inside a sentence
 * of another language is a name ("Avril Lavigne"). Chinese and Japanese
 * write the month as its number and 月 (9月).
 *
 * Malay and Indonesian month names (Ogos, Disember; Agustus, Desember)
 * are read only in text of those languages (d->lang "ms" or "id"), and
 * only capitalised, as both languages write them: "mac" is a word of
 * several languages, and "Jun" needs no full stop there. French and
 * English text never reaches their table, so it cannot change how those
 * are read.
 */
#include "text.h"

#include <string.h>

static const char *const full[] = {
    "janvier", "fevrier",  "mars",      "avril",   "mai",      "juin",
    "juillet", "aout",     "septembre", "octobre", "novembre", "decembre",
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

static const struct {
    const char *w;
    int m;
} abbr[] = {{"janv", 1}, {"jan", 1}, {"fevr", 2}, {"fev", 2}, {"feb", 2},
            {"mar", 3},  {"avr", 4}, {"apr", 4},  {"jun", 6}, {"juil", 7},
            {"jul", 7},  {"aug", 8}, {"sept", 9}, {"sep", 9}, {"oct", 10},
            {"nov", 11}, {"dec", 12}};

/* Malay and Indonesian names where they differ from English: both
 * spellings (Mac/Maret, Julai/Juli, Ogos/Agustus, Disember/Desember). */
static const struct {
    const char *w;
    int m;
} malay[] = {{"januari", 1},   {"februari", 2}, {"mac", 3},     {"maret", 3},
             {"mei", 5},       {"jun", 6},      {"juni", 6},    {"julai", 7},
             {"juli", 7},      {"ogos", 8},     {"agustus", 8}, {"oktober", 10},
             {"disember", 12}, {"desember", 12}};

int rcp__tok_day(const rcp_token *t)
{
    if (!t || !(t->flags & RCP_TOK_NUM))
        return 0;
    const char *s = t->norm;
    size_t n = t->norm_len, k = 0;
    int v = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9')
        v = v * 10 + (s[k++] - '0');
    if (k == 0 || k > 2)
        return 0;
    if (k < n) {
        const char *sf = s + k;
        size_t l = n - k;
        if (!((l == 2 && (!memcmp(sf, "er", 2) || !memcmp(sf, "st", 2) ||
                          !memcmp(sf, "nd", 2) || !memcmp(sf, "rd", 2) ||
                          !memcmp(sf, "th", 2))) ||
              (l == 1 && sf[0] == 'e')))
            return 0;
    }
    return v >= 1 && v <= 31 ? v : 0;
}

/* Can folded w (3 bytes at least) begin a month word? The clusterer asks
 * for every word: most are turned away here. */
static int month_prefix(const char *w)
{
    /* jan fev feb mar avr apr mai may jui jun jul aou aug sep oct nov dec,
     * as one switch on the three bytes (a handful of compares) */
#define P3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
    switch (P3((unsigned char)w[0], (unsigned char)w[1], (unsigned char)w[2])) {
    case P3('j', 'a', 'n'): case P3('f', 'e', 'v'): case P3('f', 'e', 'b'):
    case P3('m', 'a', 'r'): case P3('a', 'v', 'r'): case P3('a', 'p', 'r'):
    case P3('m', 'a', 'i'): case P3('m', 'a', 'y'): case P3('j', 'u', 'i'):
    case P3('j', 'u', 'n'): case P3('j', 'u', 'l'): case P3('a', 'o', 'u'):
    case P3('a', 'u', 'g'): case P3('s', 'e', 'p'): case P3('o', 'c', 't'):
    case P3('n', 'o', 'v'): case P3('d', 'e', 'c'):
        return 1;
    default:
        return 0;
    }
#undef P3
}

/* 月 after a number 1-12 that touches it (9月): the month. */
static int ideo_month(const rcp_doc *d, const rcp_token *t)
{
    if (t == d->toks || t->len != 3 ||
        memcmp(d->text + t->off, "\xE6\x9C\x88", 3) ||
        t[-1].off + t[-1].len != t->off)
        return 0;
    int v = rcp__tok_day(t - 1); /* a number of one or two digits */
    return v <= 12 ? v : 0;
}

/* Is lang Malay or Indonesian? */
static int malay_lang(const char *lang)
{
    return strcmp(lang, "ms") == 0 || strcmp(lang, "id") == 0;
}

int rcp__tok_month(const rcp_doc *d, const rcp_token *t)
{
    if (!t)
        return 0;
    if (t->flags & RCP_TOK_IDEO)
        return ideo_month(d, t);
    if (!(t->flags & RCP_TOK_WORD) || t->norm_len < 3 || t->norm_len > 9)
        return 0;
    int upper = (t->flags & RCP_TOK_UPPER) != 0;
    /* Malay and Indonesian: capitalised names, before the prefix test,
     * which stays French and English (their "des" and "dis" would let
     * the most frequent French words through); April, September and
     * November are the English words, read below */
    if (d && (t->flags & RCP_TOK_CAP) && !upper && malay_lang(d->lang))
        for (size_t i = 0; i < RCP_ARRAY_SIZE(malay); i++)
            if (rcp__tok_is(t, malay[i].w))
                return malay[i].m;
    if (!month_prefix(t->norm))
        return 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(abbr); i++)
        if (rcp__tok_is(t, abbr[i].w)) {
            const rcp_token *n = t + 1;
            if (upper || n >= d->toks + d->ntoks ||
                !(n->flags & RCP_TOK_PUNCT) || d->text[n->off] != '.')
                return 0;
            return abbr[i].m;
        }
    int cap = (t->flags & RCP_TOK_CAP) != 0;
    int inside = cap && !(t->flags & RCP_TOK_SSTART);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(full); i++) {
        if (!rcp__tok_is(t, full[i]))
            continue;
        if (i >= 12) /* English: "may", "march" are verbs */
            return cap && !upper ? (int)i - 11 : 0;
        if (inside && (strcmp(d->lang, "fr") != 0 || i == 2))
            return 0; /* Avril Lavigne; la planète Mars */
        return (int)i + 1;
    }
    return 0;
}

int rcp__month_word(const char *w, size_t n)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(full); i++)
        if (strlen(full[i]) == n && !memcmp(full[i], w, n))
            return (int)(i % 12) + 1;
    return 0;
}

long rcp__days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void rcp__civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}
