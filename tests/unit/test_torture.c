/*
 * test_torture.c - fail the Nth allocation, for every N, in article
 * parsing and text analysis (curl's torture tests): each run must end in
 * RCP_ENOMEM (or NULL) or succeed, never crash, and leak nothing (the
 * sanitizer build's LeakSanitizer checks the last part).
 */
#include "base/base.h"
#include "harness.h"

#include <stdlib.h>

static long budget; /* allocations left before failing; < 0: never fail */
static long live;   /* blocks allocated and not freed */

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

static const char article_json[] =
    "{\"id\":\"t1\",\"url\":\"https://www.example.org/a\",\"title\":\"T\","
    "\"text\":\"Le porte-parole du Kremlin, Dmitri Peskov, a parl\\u00e9. "
    "\\u00ab Nous verrons. \\u00bb\\nLa suite de l'article est ici.\"}";

static const char article_text[] =
    "M. Dupont est venu le 14 septembre. Il a dit : \xC2\xAB Oui. \xC2\xBB\n"
    "The U.S. president said it would be 3.5% higher.";

TEST(torture_json_article)
{
    rcp_allocator t = {torture_realloc, torture_free, NULL};
    int ok = 0, failed = 0;
    for (long n = 0; n < 10000 && !ok; n++) {
        budget = n;
        live = 0;
        rcp_set_allocator(&t);
        rcp_article *a = NULL;
        rcp_error err;
        int rc = rcp_article_from_json(article_json, sizeof article_json - 1,
                                       NULL, &a, &err);
        rcp_article_free(a);
        rcp_set_allocator(NULL);
        if (rc == 0)
            ok = 1;
        else if (rc != RCP_ENOMEM)
            failed++;
        /* process-wide caches (stopwords, stems) may keep blocks */
        if (live < 0)
            failed++;
    }
    CHECK(ok);
    CHECK_INT(failed, 0);
}

TEST(torture_doc_analysis)
{
    rcp_allocator t = {torture_realloc, torture_free, NULL};
    int ok = 0;
    for (long n = 0; n < 10000 && !ok; n++) {
        budget = n;
        rcp_set_allocator(&t);
        rcp_doc *d = rcp_doc_new(article_text, sizeof article_text - 1, NULL);
        ok = d != NULL;
        rcp_doc_free(d);
        rcp_set_allocator(NULL);
    }
    CHECK(ok);
}
