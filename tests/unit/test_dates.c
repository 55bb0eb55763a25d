/*
 * test_dates.c - dates made absolute against the article's date, from the
 * hand-written cases of tests/data/nlp/dates.tsv, plus the ISO parser.
 */
#include "fixture.h"
#include "harness.h"

#include "analysis/nlp.h"
#include "analysis/nlp_priv.h"
#include "text/text.h"

#include <stdlib.h>

TEST(dates_table)
{
    size_t len;
    char *buf = rcp_test_slurp("tests/data/nlp/dates.tsv", &len);
    CHECK(buf != NULL);
    if (!buf)
        return;
    int cases = 0;
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0])
            continue;
        char *f[4];
        if (fixture_fields(line, f, 4) < 4)
            continue;
        fixture_unescape(f[2]);
        fixture_nlp nl;
        const char *date = strcmp(f[1], "-") ? f[1] : NULL;
        CHECK_INT(fixture_nlp_run(&nl, f[2], f[0], date), 0);
        cases++;
        char got[512] = "";
        size_t o = 0;
        for (size_t i = 0; i < nl.out.ndates && o < sizeof got - 1; i++) {
            const rcp__date *dt = &nl.out.dates[i];
            int w = snprintf(got + o, sizeof got - o, "%s%s=%.*s", i ? ";" : "",
                             dt->value, (int)dt->len,
                             nl.s.docs[dt->doc]->text + dt->off);
            if (w < 0)
                break;
            o += (size_t)w;
        }
        if (!nl.out.ndates)
            strcpy(got, "-");
        if (strcmp(got, f[3]) != 0) {
            char m[1024];
            snprintf(m, sizeof m, "'%.200s' (%s): got '%s', want '%s'", f[2],
                     f[1], got, f[3]);
            rcp_test_fail(__FILE__, __LINE__, m);
        }
        fixture_nlp_free(&nl);
    }
    CHECK(cases >= 25);
    free(buf);
}

TEST(dates_iso_anchor)
{
    int y, m, d;
    CHECK_INT(rcp__parse_iso_date("2023-09-14", &y, &m, &d), 3);
    CHECK_INT(y * 10000 + m * 100 + d, 20230914);
    CHECK_INT(rcp__parse_iso_date("2023-09-14T10:00:00Z", &y, &m, &d), 3);
    CHECK_INT(rcp__parse_iso_date("2023-10", &y, &m, &d), 2);
    CHECK_INT(m, 10);
    CHECK_INT(rcp__parse_iso_date("2023", &y, &m, &d), 1);
    CHECK_INT(rcp__parse_iso_date("2023-02-30", &y, &m, &d), 2);
    CHECK_INT(rcp__parse_iso_date("20230914", &y, &m, &d), 0);
    CHECK_INT(rcp__parse_iso_date("hier", &y, &m, &d), 0);
    CHECK_INT(rcp__parse_iso_date(NULL, &y, &m, &d), 0);
    CHECK_INT(rcp__parse_iso_date("2024-02-29", &y, &m, &d), 3);
}

/* An undated article borrows the story's date, cut to the month: enough
 * for the year of a day-month, never for a weekday or "hier". */
TEST(dates_story_anchor_for_undated_articles)
{
    char text[] = "Le sommet a eu lieu le 12 septembre, selon Moscou. "
                  "Il est reparti jeudi. Hier, il pleuvait."
                  " ||| Un autre article sur le sommet.";
    fixture_story s;
    fixture_story_make(&s, text, "fr", NULL);
    CHECK_INT(s.n, 2);
    s.arts[1].date = "2023-09-20"; /* only the second article is dated */
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__story_nlp out;
    CHECK_INT(rcp__story_nlp_run((const rcp_doc *const *)s.docs, s.n, &a, &out),
              0);
    int found = 0, bad = 0;
    for (size_t i = 0; i < out.ndates; i++) {
        if (out.dates[i].doc != 0)
            continue;
        if (strcmp(out.dates[i].value, "2023-09-12") == 0)
            found++;
        else
            bad++; /* jeudi or hier resolved against another article */
    }
    CHECK_INT(found, 1);
    CHECK_INT(bad, 0);
    rcp__arena_release(&a);
    fixture_story_free(&s);
}

/* Days since 1970-01-01 and back: rcp__civil_from_days inverts
 * rcp__days_from_civil (leap days, turns of a century, before 1970). */
TEST(dates_civil_round_trip)
{
    static const struct {
        int y, m, d;
        long days;
    } rows[] = {
        {1970, 1, 1, 0},     {2008, 6, 27, 14057}, {2000, 2, 29, 11016},
        {1900, 3, 1, -25508}, {1969, 12, 31, -1}, {2100, 12, 31, 47846},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        CHECK_INT(rcp__days_from_civil(rows[i].y, rows[i].m, rows[i].d),
                  rows[i].days);
        int y, m, d;
        rcp__civil_from_days(rows[i].days, &y, &m, &d);
        CHECK_INT(y, rows[i].y);
        CHECK_INT(m, rows[i].m);
        CHECK_INT(d, rows[i].d);
    }
}
