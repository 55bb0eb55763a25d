/* test_sketch.c - MinHash sketches: copies agree, unrelated texts do not. */
#include "harness.h"
#include "story/story.h"

static const char base[] =
    "Un seisme de magnitude 6,2 a frappe mardi matin la region du sud de la "
    "Turquie, a annonce l'institut de geophysique. Les secousses ont ete "
    "ressenties jusqu'a Adana et Gaziantep, ou des habitants sont sortis dans "
    "les rues. Selon un premier bilan, au moins douze personnes ont ete "
    "blessees et plusieurs immeubles anciens se sont effondres dans le "
    "centre-ville. Les equipes de secours fouillent les decombres a la "
    "recherche de survivants. Le ministre de l'Interieur s'est rendu sur "
    "place dans l'apres-midi et a promis une aide rapide aux familles.";

static int sketch(const char *text, rcp__sketch *s)
{
    rcp_doc *d = rcp_doc_new(text, strlen(text), "fr");
    int ok = d ? rcp__sketch_doc(d, s) : -1;
    rcp_doc_free(d);
    return ok;
}

TEST(sketch_identical_texts_agree_everywhere)
{
    rcp__sketch a, b;
    CHECK_INT(sketch(base, &a), 1);
    CHECK_INT(sketch(base, &b), 1);
    CHECK(rcp__sketch_similarity(&a, &b) == 1.0);
    for (int i = 0; i < RCP__SKETCH_BANDS; i++)
        CHECK(rcp__sketch_band(&a, i) == rcp__sketch_band(&b, i));
}

TEST(sketch_near_copy_is_close)
{
    /* one word changed and a boilerplate line added */
    char copy[sizeof base + 200];
    snprintf(copy, sizeof copy, "%s\nLire aussi : notre direct.", base);
    char *w = strstr(copy, "douze");
    memcpy(w, "treize", 5); /* "treiz" */
    rcp__sketch a, b;
    sketch(base, &a);
    sketch(copy, &b);
    CHECK(rcp__sketch_similarity(&a, &b) >= 0.7);
}

TEST(sketch_unrelated_texts_are_far)
{
    rcp__sketch a, b;
    sketch(base, &a);
    sketch("Manchester United beat Aston Villa 3-1 at Old Trafford on "
           "Saturday, with Bruno Fernandes scoring twice in the second half. "
           "The win lifts United to fourth place in the Premier League.",
           &b);
    CHECK(rcp__sketch_similarity(&a, &b) < 0.2);
}

TEST(sketch_short_and_empty_texts)
{
    rcp__sketch a, b;
    CHECK_INT(sketch("Breaking news", &a), 1); /* fewer words than a shingle */
    CHECK_INT(sketch("Breaking news", &b), 1);
    CHECK(rcp__sketch_similarity(&a, &b) == 1.0);
    CHECK_INT(sketch(" ... !", &a), 0);
    CHECK_INT(sketch("", &a), 0);
}
