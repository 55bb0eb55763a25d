/*
 * dates.c - the dates of a story, as written and made absolute.
 *
 * How it works. One left-to-right pass over each doc's tokens recognises,
 * in French and English:
 *   full dates     mercredi 13 septembre 2023, 13 septembre, 1er mai,
 *                  September 14, 2023, Sept. 14, 14th, 2023-09-14,
 *                  14/09/2023 (day first, except 09/14/2023 where the
 *                  second number cannot be a month), 14.09.2023, 14/09/23
 *                  (the tokenizer's NUM|DATE tokens)
 *   months         juillet 2000, en octobre, in March, début mai
 *   years          en 2019, depuis 2019, in 2008, (2019), 2019.
 *   weekdays       jeudi, ce jeudi, jeudi dernier, on Thursday
 *   relative days  hier, aujourd'hui, demain, avant-hier, yesterday...
 *   relative spans la semaine dernière, le mois dernier, l'an dernier,
 *                  cette année, last week, last month, next year...
 *   a day alone    le 12 (followed by punctuation)
 * and makes each absolute against the article's date (the anchor):
 *   - a weekday is the most recent such day on or before the anchor
 *     (news convention: "jeudi" in an article of Friday 15 September 2023
 *     is the 14th), strictly before with dernier/last, after with
 *     prochain/next;
 *   - a day and month without a year take the year that puts them
 *     nearest the anchor, a day ahead counting double (news looks back);
 *     a weekday given with them picks the year where it fits;
 *   - "la semaine dernière" is the month of the day a week before the
 *     anchor, "le mois dernier" the month before, and so on.
 * An article without a date borrows its story's, cut to the month (see
 * story_anchor): enough to give "le 12 septembre" its year, never a day.
 * The value has the precision of what is known: "2023-09-14", "2023-09",
 * "2023". What needs an anchor finer than the article's date gives (a
 * weekday when the article is dated "2023-10"), or any anchor when there
 * is none, is skipped: only what is absolute in itself is kept.
 * Guards against false dates: a number is a year only next to a word of
 * time (en, depuis, in, since...) or before punctuation, never before a
 * lower-case noun ("2000 soldats"); an English month must be capitalised
 * and "May" needs a day or a year; French months are written in lower
 * case, so "Mars" (the planet) is not March.
 * "2006-07" in a text is a season or a fiscal year more often than July
 * 2006: only full ISO dates are read inside the text.
 * Cost: linear in the tokens.
 */
#include "analysis/clauses.h"
#include "analysis/nlp_priv.h"
#include "text/text.h"

#include <stdio.h>

typedef struct anchor {
    int prec; /* 0 none, 1 year, 2 month, 3 day */
    int y, m, d;
} anchor;

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return n > 0;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n && i < 9; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays(int y, int m)
{
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : md[m - 1];
}

static int valid_ymd(int y, int m, int d)
{
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 &&
           d <= mdays(y, m);
}

int rcp__parse_iso_date(const char *s, int *y, int *m, int *d)
{
    *y = *m = *d = 0;
    if (!s)
        return 0;
    size_t n = strlen(s);
    if (n < 4 || !digits(s, 4))
        return 0;
    *y = num(s, 4);
    if (*y < 1000 || (n > 4 && digits(s + 4, 1)))
        return 0;
    if (n < 7 || s[4] != '-' || !digits(s + 5, 2) ||
        (n > 7 && digits(s + 7, 1)))
        return 1;
    *m = num(s + 5, 2);
    if (*m < 1 || *m > 12)
        return (*m = 0), 1;
    if (n < 10 || s[7] != '-' || !digits(s + 8, 2) ||
        (n > 10 && digits(s + 10, 1)))
        return 2;
    *d = num(s + 8, 2);
    if (!valid_ymd(*y, *m, *d))
        return (*d = 0), 2;
    return 3;
}

static int weekday_of(long days)
{
    long w = (days + 4) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

/* ---- the pass ---- */

typedef struct dctx {
    rcp__nlp_ctx *c;
    rcp__date *v;
    size_t nv, capv;
} dctx;

static int add(dctx *x, uint32_t doc, size_t i, size_t j, int prec, int y,
               int m, int d)
{
    const rcp_doc *dc = x->c->docs[doc];
    if (prec >= 3 && !valid_ymd(y, m, d))
        return 0;
    if (y < 1000 || y > 2999)
        return 0;
    if (!RCP__PUSH(x->v, x->nv, x->capv))
        return RCP_ENOMEM;
    rcp__date *r = &x->v[x->nv++];
    memset(r, 0, sizeof *r);
    r->doc = doc;
    r->off = dc->toks[i].off;
    r->len = dc->toks[j - 1].off + dc->toks[j - 1].len - r->off;
    r->sent = dc->toks[i].sent;
    if (prec >= 3)
        snprintf(r->value, sizeof r->value, "%04d-%02d-%02d", y, m, d);
    else if (prec == 2)
        snprintf(r->value, sizeof r->value, "%04d-%02d", y, m);
    else
        snprintf(r->value, sizeof r->value, "%04d", y);
    return 0;
}

static const rcp_token *tk(const rcp_doc *d, size_t i)
{
    return i < d->ntoks ? &d->toks[i] : NULL;
}

static int is(const rcp_doc *d, size_t i, const char *w)
{
    const rcp_token *t = tk(d, i);
    return t && rcp__tok_is(t, w);
}

static int is_p(const rcp_doc *d, size_t i, int32_t cp)
{
    const rcp_token *t = tk(d, i);
    return t && (t->flags & RCP_TOK_PUNCT) && rcp__tok_cp(d, t) == cp;
}

/* In text of class OTHER, the index after the word that joins a day to
 * its month or a month to its year at i ("10 de marzo de 2024", "6 de
 * junho"; "14. März": the full stop of a German ordinal): a stopword of
 * the doc's language of three letters at most, or a full stop after a
 * number; else i. French and English dates join them by no word. */
static size_t date_join(const rcp_doc *d, size_t i)
{
    const rcp_token *t = tk(d, i);
    if (!t || d->lang_class != RCP_LC_OTHER)
        return i;
    if ((t->flags & RCP_TOK_STOP) && !(t->flags & RCP_TOK_CAP) &&
        t->norm_len <= 3)
        return i + 1;
    if (i > 0 && is_p(d, i, '.') && (d->toks[i - 1].flags & RCP_TOK_NUM) &&
        d->toks[i - 1].off + d->toks[i - 1].len == t->off)
        return i + 1;
    return i;
}

/* A four-digit year 1000-2999, or 0. */
static int year_num(const rcp_token *t)
{
    if (!t || !(t->flags & RCP_TOK_NUM) || t->norm_len != 4 || t->len != 4 ||
        !digits(t->norm, 4))
        return 0; /* not 1 500, which folds to 1500 */
    int v = num(t->norm, 4);
    return v >= 1000 && v <= 2999 ? v : 0;
}

static int weekday_tok(const rcp_token *t)
{
    if (!t || !(t->flags & RCP_TOK_WORD))
        return -1;
    uint32_t lx = rcp__lex_tok(t);
    if (!(lx & LX_WEEKDAY))
        return -1;
    if ((lx & LX_EN) && !(t->flags & RCP_TOK_CAP))
        return -1;
    return rcp__lex_weekday(t->norm, t->norm_len);
}

/* The year of day/month (or month alone, day 0) nearest the anchor, days
 * ahead counting double; wd >= 0 prefers a year where the day is that
 * weekday. 0 when there is no anchor. */
static int pick_year(const anchor *an, int m, int d, int wd)
{
    if (an->prec == 0)
        return 0;
    if (an->prec == 1)
        return an->y;
    long a = rcp__days_from_civil(an->y, an->m, an->prec >= 3 ? an->d : 15);
    int best = 0;
    long bestd = 0;
    int bestwd = 0;
    for (int y = an->y - 1; y <= an->y + 1; y++) {
        int dd = d ? d : 15;
        if (dd > mdays(y, m))
            continue;
        long t = rcp__days_from_civil(y, m, dd);
        long dist = t >= a ? 2 * (t - a) : a - t;
        int okwd = wd >= 0 && d && weekday_of(t) == wd;
        if (!best || (okwd && !bestwd) || (okwd == bestwd && dist < bestd)) {
            best = y, bestd = dist, bestwd = okwd;
        }
    }
    return best;
}

/*
 * A numeric date token (RCP_TOK_DATE: the tokenizer makes one token of
 * 2023-09-14, 2023/9/14, 14/09/2023, 14.09.2023, 14-09-2023, 14/09/23).
 * Year first is ISO order; otherwise the day comes first, except when the
 * second number cannot be a month (09/14/2023), and in English a date
 * where both could be the month (04/05/2023) is left out. A two-digit
 * year is read only after a slash (14/09/23): 20yy below 70, else 19yy.
 * Returns 1 and the date when it is a valid one, else 0.
 */
static int numeric_date(const rcp_doc *d, const rcp_token *t, int *y, int *m,
                        int *dd)
{
    const char *s = t->norm;
    size_t n = t->norm_len, k = 0;
    int v[3], len[3];
    char sep = 0;
    for (int f = 0; f < 3; f++) {
        size_t b = k;
        while (k < n && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k == b || k - b > 4)
            return 0;
        v[f] = num(s + b, k - b);
        len[f] = (int)(k - b);
        if (f < 2) {
            if (k >= n || (sep && s[k] != sep))
                return 0;
            sep = s[k++];
        }
    }
    if (k != n)
        return 0;
    if (len[0] == 4) {
        *y = v[0], *m = v[1], *dd = v[2];
    } else {
        if (len[2] == 2 && sep == '/')
            *y = (v[2] < 70 ? 2000 : 1900) + v[2];
        else if (len[2] == 4)
            *y = v[2];
        else
            return 0;
        int a = v[0], b = v[1];
        if (a <= 12 && b > 12)
            *m = a, *dd = b; /* 09/14/2023 */
        else if (b <= 12 && (a > 12 || d->lang_class != RCP_LC_EN))
            /* day first: French and every other language but English */
            *m = b, *dd = a;
        else
            return 0; /* ambiguous in English */
    }
    return valid_ymd(*y, *m, *dd);
}

/* Words before a bare year or month that make it a date. */
static int time_prep(const rcp_doc *d, size_t i)
{
    static const char *const w[] = {
        "en",     "depuis", "des",       "in",      "since",  "by",
        "until",  "till",   "jusqu'en",  "avant",   "apres",  "before",
        "after",  "during", "pendant",   "fin",     "debut",  "mi",
        "ete",    "hiver",  "printemps", "automne", "summer", "winter",
        "spring", "fall",   "autumn",    "annee",   "an",     "year",
        "of",     "de",     "du",        "d'",      "from",   "to",
        "early",  "late",   "mid",       "courant", "entre",  "between",
        "et",     "and",    "in",        "au",      "d'ici",  "vers",
        "around", "circa"};
    const rcp_token *t = tk(d, i);
    if (!t)
        return 0;
    for (size_t k = 0; k < RCP_ARRAY_SIZE(w); k++)
        if (rcp__tok_is(t, w[k]))
            return 1;
    if (t->flags & RCP_TOK_PUNCT) {
        int32_t cp = rcp__tok_cp(d, t);
        return cp == '(' || cp == ',';
    }
    return 0;
}

/* Does what follows a number say it is a count (a lower-case noun)? */
static int count_follows(const rcp_doc *d, size_t j)
{
    const rcp_token *t = tk(d, j);
    if (!t)
        return 0;
    if ((t->flags & RCP_TOK_PUNCT) &&
        (rcp__tok_cp(d, t) == '%' || rcp__tok_cp(d, t) == 0x20AC ||
         rcp__tok_cp(d, t) == '$'))
        return 1;
    return (t->flags & RCP_TOK_WORD) && !(t->flags & RCP_TOK_CAP) &&
           !(t->flags & RCP_TOK_STOP) && !(rcp__lex_tok(t) & LX_MONTH);
}

/* dernier / last / prochain / next near toks[i]: -1, +1 or 0 */
static int rel_dir(const rcp_doc *d, size_t before, size_t after)
{
    if (is(d, after, "dernier") || is(d, after, "derniere") ||
        is(d, before, "last") || is(d, before, "past"))
        return -1;
    if (is(d, after, "prochain") || is(d, after, "prochaine") ||
        is(d, before, "next") || is(d, after, "suivant"))
        return 1;
    return 0;
}

/* A month word of the patterns below; 9月 (a month after its number) is
 * not one: "9" would be read as a day. CJK dates are not read yet. */
static int word_month(const rcp_doc *d, const rcp_token *t)
{
    return t && (t->flags & RCP_TOK_IDEO) ? 0 : rcp__tok_month(d, t);
}

/* The words of relative days and their offset (hier -1), and of
 * relative spans and their unit (1 week, 2 month, 3 year). */
typedef struct dword {
    const char *w;
    int n;
} dword;
static const dword rel_days[] = {
    {"hier", -1},    {"yesterday", -1},  {"aujourd'hui", 0},
    {"today", 0},    {"tonight", 0},     {"demain", 1},
    {"tomorrow", 1}, {"avant-hier", -2}, {"apres-demain", 2}};
int rcp__relative_day(const rcp_token *t, int *off)
{
    if (!(t->flags & RCP_TOK_WORD))
        return 0;
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rel_days); r++)
        if (rcp__tok_is(t, rel_days[r].w)) {
            *off = rel_days[r].n;
            return 1;
        }
    return 0;
}
static const dword spans[] = {{"semaine", 1}, {"week", 1}, {"mois", 2},
                              {"month", 2},   {"an", 3},   {"annee", 3},
                              {"year", 3}};

/* 0 when token t, no number, opens no date of scan_doc whatever its
 * neighbours: no weekday, month (rcp__tok_month_may), relative day or
 * span. Asked of every token, it answers most of them from the hash
 * filters of those words, where the patterns below were tried in turn
 * (a fifth of the story analysis's dates). */
static int date_word(const rcp_token *t)
{
    static const char *words[RCP_ARRAY_SIZE(rel_days) + RCP_ARRAY_SIZE(spans) +
                             1];
    if (rcp__tok_month_may(t))
        return 1;
    if (!(t->flags & RCP_TOK_WORD))
        return 0;
    if (!words[0]) {
        size_t n = 0;
        for (size_t r = 0; r < RCP_ARRAY_SIZE(rel_days); r++)
            words[n++] = rel_days[r].w;
        for (size_t r = 0; r < RCP_ARRAY_SIZE(spans); r++)
            words[n++] = spans[r].w;
    }
    return (rcp__lex_tok(t) & LX_WEEKDAY) || rcp__tok_listed(words, t);
}

static int scan_doc(dctx *x, uint32_t doc, const anchor *story)
{
    const rcp_doc *d = x->c->docs[doc];
    anchor an = {0, 0, 0, 0};
    if (d->article && d->article->date)
        an.prec = rcp__parse_iso_date(d->article->date, &an.y, &an.m, &an.d);
    if (an.prec == 0)
        an = *story;
    long aday = an.prec >= 3 ? rcp__days_from_civil(an.y, an.m, an.d) : 0;
    int rc = 0;
    for (size_t i = 0; i < d->ntoks && !rc; i++) {
        const rcp_token *t = &d->toks[i];
        int y, m, dd, wd;
        /* numeric dates, one NUM|DATE token: 2023-09-14, 14/09/2023 */
        if (t->flags & RCP_TOK_DATE) {
            if (numeric_date(d, t, &y, &m, &dd))
                rc = add(x, doc, i, i + 1, 3, y, m, dd);
            continue;
        }
        /* a token that can open no date (most): nothing below reads it */
        if (!(t->flags & RCP_TOK_NUM) && !date_word(t))
            continue;
        /* [weekday] day month [year] */
        size_t s0 = i;
        wd = weekday_tok(t);
        size_t k = wd >= 0 ? i + 1 : i;
        size_t km = date_join(d, k + 1);
        if ((dd = rcp__tok_day(tk(d, k))) && (m = word_month(d, tk(d, km)))) {
            size_t e = km + 1;
            if (is_p(d, e, '.') && d->toks[km].norm_len <= 4)
                e++;
            size_t ey = date_join(d, e);
            if (ey > e && (y = year_num(tk(d, ey))))
                rc = add(x, doc, s0, ey + 1, 3, y, m, dd), e = ey;
            else if ((y = year_num(tk(d, e))))
                rc = add(x, doc, s0, e + 1, 3, y, m, dd);
            else if ((y = pick_year(&an, m, dd, wd)))
                rc = add(x, doc, s0, e, an.prec >= 2 ? 3 : 3, y, m, dd);
            i = (y ? e : e - 1);
            continue;
        }
        /* [weekday,] month day[,] [year] (English) */
        k = wd >= 0 ? (is_p(d, i + 1, ',') ? i + 2 : i + 1) : i;
        if ((m = word_month(d, tk(d, k)))) {
            size_t e = k + 1;
            if (is_p(d, e, '.'))
                e++;
            if ((dd = rcp__tok_day(tk(d, e))) && !year_num(tk(d, e))) {
                size_t f = e + 1;
                size_t g = is_p(d, f, ',') ? f + 1 : f;
                if ((y = year_num(tk(d, g))))
                    rc = add(x, doc, s0, g + 1, 3, y, m, dd), i = g;
                else if ((y = pick_year(&an, m, dd, wd)))
                    rc = add(x, doc, s0, f, 3, y, m, dd), i = f - 1;
                else
                    i = f - 1;
                continue;
            }
            size_t ey = date_join(d, e);
            if ((y = year_num(tk(d, ey)))) { /* juillet 2000 */
                rc = add(x, doc, k, ey + 1, 2, y, m, 0);
                i = ey;
                continue;
            }
            /* a month alone: after a word of time; never "May" */
            if (wd < 0 && k > 0 && time_prep(d, k - 1) &&
                !rcp__tok_is(&d->toks[k], "may") && !is_p(d, k - 1, ',') &&
                !is_p(d, k - 1, '(')) {
                int dir = rel_dir(d, k - 1, k + 1);
                if (an.prec >= 2 && dir) {
                    y = an.y +
                        (dir < 0 ? (m >= an.m ? -1 : 0) : (m <= an.m ? 1 : 0));
                    rc = add(x, doc, k, k + 1, 2, y, m, 0);
                } else if ((y = pick_year(&an, m, 0, -1))) {
                    rc = add(x, doc, k, k + 1, 2, y, m, 0);
                }
            }
            i = k;
            continue;
        }
        /* a weekday alone */
        if (wd >= 0) {
            if (i > 0 && (is(d, i - 1, "chaque") || is(d, i - 1, "every") ||
                          is(d, i - 1, "tous") || is(d, i - 1, "les")))
                continue;
            if (an.prec < 3)
                continue;
            int dir = rel_dir(d, i ? i - 1 : i, i + 1);
            long back = (weekday_of(aday) - wd + 7) % 7;
            long day;
            if (dir > 0)
                day = aday + ((wd - weekday_of(aday) + 7) % 7
                                  ? (wd - weekday_of(aday) + 7) % 7
                                  : 7);
            else if (dir < 0)
                day = aday - (back ? back : 7);
            else
                day = aday - back;
            rcp__civil_from_days(day, &y, &m, &dd);
            size_t e = i + 1;
            if (dir && (is(d, e, "dernier") || is(d, e, "derniere") ||
                        is(d, e, "prochain") || is(d, e, "prochaine")))
                e++;
            size_t b = i;
            if (dir && i > 0 && (is(d, i - 1, "last") || is(d, i - 1, "next")))
                b = i - 1;
            rc = add(x, doc, b, e, 3, y, m, dd);
            i = e - 1;
            continue;
        }
        /* relative days */
        if (t->flags & RCP_TOK_WORD) {
            int rel;
            if (rcp__relative_day(t, &rel)) {
                if (an.prec >= 3) {
                    rcp__civil_from_days(aday + rel, &y, &m, &dd);
                    rc = add(x, doc, i, i + 1, 3, y, m, dd);
                }
                continue;
            }
            /* semaine dernière, last week, l'an dernier, cette année */
            int unit = 0; /* 1 week, 2 month, 3 year */
            for (size_t r = 0; r < RCP_ARRAY_SIZE(spans) && !unit; r++)
                if (rcp__tok_is(t, spans[r].w))
                    unit = spans[r].n;
            if (unit) {
                int dir = rel_dir(d, i ? i - 1 : i, i + 1);
                int cur =
                    i > 0 && (is(d, i - 1, "cette") || is(d, i - 1, "this") ||
                              (is(d, i - 1, "ce") && unit == 2));
                if (!dir && !cur)
                    continue;
                size_t b = i, e = i + 1;
                if (i > 0 && (is(d, i - 1, "last") || is(d, i - 1, "next") ||
                              is(d, i - 1, "past") || cur))
                    b = i - 1;
                else if (is(d, e, "dernier") || is(d, e, "derniere") ||
                         is(d, e, "prochain") || is(d, e, "prochaine"))
                    e++;
                if (unit == 1 && an.prec >= 3) {
                    rcp__civil_from_days(aday + 7 * dir, &y, &m, &dd);
                    rc = add(x, doc, b, e, 2, y, m, 0);
                } else if (unit == 2 && an.prec >= 2) {
                    y = an.y, m = an.m + dir;
                    if (m < 1)
                        m = 12, y--;
                    if (m > 12)
                        m = 1, y++;
                    rc = add(x, doc, b, e, 2, y, m, 0);
                } else if (unit == 3 && an.prec >= 1) {
                    rc = add(x, doc, b, e, 1, an.y + dir, 0, 0);
                }
                i = e - 1;
                continue;
            }
        }
        /* a year alone */
        if ((y = year_num(t))) {
            int ok = (i > 0 && time_prep(d, i - 1)) ||
                     (tk(d, i + 1) && (d->toks[i + 1].flags & RCP_TOK_PUNCT) &&
                      !is_p(d, i + 1, '%')) ||
                     i + 1 >= d->ntoks;
            if (ok && !count_follows(d, i + 1) &&
                !(i > 0 && is_p(d, i - 1, '-')))
                rc = add(x, doc, i, i + 1, 1, y, 0, 0);
            continue;
        }
        /* le 12, : a day of the anchor's month */
        if ((dd = rcp__tok_day(t)) && i > 0 && is(d, i - 1, "le") &&
            an.prec >= 3 && tk(d, i + 1) &&
            (d->toks[i + 1].flags & RCP_TOK_PUNCT) && !is_p(d, i + 1, '%') &&
            !is_p(d, i + 1, '/')) {
            /* this month, or the previous one when ahead of the anchor */
            y = an.y, m = an.m;
            if (dd > an.d + 2) {
                if (--m < 1)
                    m = 12, y--;
            }
            if (dd <= mdays(y, m))
                rc = add(x, doc, i - 1, i + 1, 3, y, m, dd);
        }
    }
    return rc;
}

/*
 * The anchor an undated article borrows from its story: the earliest
 * publication date of the story's dated articles, cut to the month. Cut,
 * so that it only ever chooses the year of "le 12 septembre" or the month
 * of "en octobre"; a weekday or "hier" needs the article's own day, and
 * another article's day would put it wrong by as much as they differ.
 */
static anchor story_anchor(const rcp__nlp_ctx *c)
{
    anchor best = {0, 0, 0, 0};
    for (size_t i = 0; i < c->n; i++) {
        const rcp_doc *d = c->docs[i];
        anchor an = {0, 0, 0, 0};
        if (!d->article || !d->article->date)
            continue;
        an.prec = rcp__parse_iso_date(d->article->date, &an.y, &an.m, &an.d);
        if (an.prec < 2)
            continue;
        if (!best.prec || an.y < best.y || (an.y == best.y && an.m < best.m))
            best = an;
    }
    if (best.prec > 2)
        best.prec = 2, best.d = 0;
    return best;
}

int rcp__nlp_dates(rcp__nlp_ctx *c)
{
    dctx x;
    memset(&x, 0, sizeof x);
    x.c = c;
    int rc = 0;
    anchor story = story_anchor(c);
    for (size_t i = 0; i < c->n && !rc; i++)
        rc = scan_doc(&x, (uint32_t)i, &story);
    if (!rc && x.nv) {
        c->out->dates = rcp__arena_alloc(c->a, x.nv * sizeof *x.v);
        if (!c->out->dates)
            rc = RCP_ENOMEM;
        else {
            memcpy(c->out->dates, x.v, x.nv * sizeof *x.v);
            c->out->ndates = x.nv;
        }
    }
    rcp__free(x.v);
    return rc;
}
