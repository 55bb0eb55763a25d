/*
 * test_torture.c - fail the Nth allocation, for every N, in article
 * parsing and text analysis (curl's torture tests): each run must end in
 * RCP_ENOMEM (or NULL) or succeed, never crash, and leak nothing (the
 * sanitizer build's LeakSanitizer checks the last part).
 */
#include "base/base.h"
#include "fixture.h"
#include "harness.h"

#include <stdlib.h>

static const char article_json[] =
    "{\"id\":\"t1\",\"url\":\"https://www.example.org/a\",\"title\":\"T\","
    "\"text\":\"Le porte-parole du Kremlin, Dmitri Peskov, a parl\\u00e9. "
    "\\u00ab Nous verrons. \\u00bb\\nLa suite de l'article est ici.\"}";

static const char article_text[] =
    "M. Dupont est venu le 14 septembre. Il a dit : \xC2\xAB Oui. \xC2\xBB\n"
    "The U.S. president said it would be 3.5% higher.";

TEST(torture_json_article)
{
    int ok = 0, failed = 0;
    for (long n = 0; n < 10000 && !ok; n++) {
        fixture_torture_begin(n);
        rcp_article *a = NULL;
        rcp_error err;
        int rc = rcp_article_from_json(article_json, sizeof article_json - 1,
                                       NULL, &a, &err);
        rcp_article_free(a);
        long live = fixture_torture_end();
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
    int ok = 0;
    for (long n = 0; n < 10000 && !ok; n++) {
        fixture_torture_begin(n);
        rcp_doc *d = rcp_doc_new(article_text, sizeof article_text - 1, NULL);
        ok = d != NULL;
        rcp_doc_free(d);
        fixture_torture_end();
    }
    CHECK(ok);
}
