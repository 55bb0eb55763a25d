/*
 * fixture.h - what several test files share: reading table files of
 * cases, building a small story of docs, and an allocator that fails on
 * demand (curl's torture tests).
 */
#ifndef RCP_FIXTURE_H
#define RCP_FIXTURE_H

#include "recoupe.h"

#include "analysis/nlp.h"

/* Split a TSV line into at most n fields in place; returns the count. */
int fixture_fields(char *line, char **f, int n);

/* Turn the two characters \n into a line break, in place. */
void fixture_unescape(char *s);

/* The docs of "a ||| b ||| c" (at most 8), each with an article of the
 * given language and date (NULL for none). Free with fixture_story_free. */
typedef struct fixture_story {
    rcp_doc *docs[8];
    rcp_article arts[8];
    size_t n;
} fixture_story;

void fixture_story_make(fixture_story *s, char *text, const char *lang,
                        const char *date);
void fixture_story_free(fixture_story *s);

/* A small story with its entities, quotes and dates: the docs of `text`
 * as fixture_story_make makes them, and rcp__story_nlp_run's answer in
 * `out`. Returns what rcp__story_nlp_run returned; free with
 * fixture_nlp_free whatever it returned. */
typedef struct fixture_nlp {
    fixture_story s;
    rcp__arena a;
    rcp__story_nlp out;
} fixture_nlp;

int fixture_nlp_run(fixture_nlp *x, char *text, const char *lang,
                    const char *date);
void fixture_nlp_free(fixture_nlp *x);

/* Install an allocator that fails once `budget` allocations have
 * succeeded (budget < 0: never), counting the blocks that stay live;
 * fixture_torture_end() restores the default and returns that count. */
void fixture_torture_begin(long budget);
long fixture_torture_end(void);

#endif
