/*
 * fixture.c - helpers shared by the test files (see fixture.h).
 */
#include "fixture.h"

#include <stdlib.h>
#include <string.h>

int fixture_fields(char *line, char **f, int n)
{
    int k = 0;
    f[k++] = line;
    for (char *p = line; *p && k < n; p++)
        if (*p == '\t') {
            *p = 0;
            f[k++] = p + 1;
        }
    return k;
}

void fixture_unescape(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (p[0] == '\\' && p[1] == 'n') {
            *o++ = '\n';
            p++;
        } else {
            *o++ = *p;
        }
    }
    *o = 0;
}

void fixture_story_make(fixture_story *s, char *text, const char *lang,
                        const char *date)
{
    memset(s, 0, sizeof *s);
    char *p = text;
    while (p && s->n < 8) {
        char *sep = strstr(p, " ||| ");
        size_t len = sep ? (size_t)(sep - p) : strlen(p);
        rcp_article *a = &s->arts[s->n];
        a->date = date;
        a->lang = lang;
        a->id = "t";
        rcp_doc *d = rcp_doc_new(p, len, lang);
        if (!d)
            break;
        d->article = a;
        s->docs[s->n++] = d;
        p = sep ? sep + 5 : NULL;
    }
}

void fixture_story_free(fixture_story *s)
{
    for (size_t i = 0; i < s->n; i++)
        rcp_doc_free(s->docs[i]);
}

int fixture_nlp_run(fixture_nlp *x, char *text, const char *lang,
                    const char *date)
{
    fixture_story_make(&x->s, text, lang, date);
    rcp__arena_init(&x->a);
    memset(&x->out, 0, sizeof x->out);
    return rcp__story_nlp_run((const rcp_doc *const *)x->s.docs, x->s.n, &x->a,
                              &x->out);
}

void fixture_nlp_free(fixture_nlp *x)
{
    rcp__arena_release(&x->a);
    fixture_story_free(&x->s);
}

static long budget, live;

static void *torture_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (budget == 0)
        return NULL;
    if (budget > 0)
        budget--;
    void *q = realloc(p, n);
    if (q && !p)
        live++;
    return q;
}

static void torture_free(void *ud, void *p)
{
    (void)ud;
    if (p)
        live--;
    free(p);
}

void fixture_torture_begin(long n)
{
    static const rcp_allocator t = {torture_realloc, torture_free, NULL};
    budget = n;
    live = 0;
    rcp_set_allocator(&t);
}

long fixture_torture_end(void)
{
    rcp_set_allocator(NULL);
    return live;
}
