/*
 * test_xlex.c - words of other languages carried to English by the
 * FreeDict dictionaries (src/text/xlex.c), on the tiny dictionaries of
 * tests/data/xlex/dictd (same format: .index, gzip .dict.dz), and their
 * use by the clusterer: a French article joins the English story of its
 * event and not the English story of another event of the same kind,
 * which it does not do without the dictionary.
 */
#include "harness.h"
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

#define FIXTURE "tests/data/xlex"

static char *old_lexicon;

/* The dictionaries read again from dir (NULL: as the process had it). */
static void xlex_from(const char *dir)
{
    if (dir) {
        const char *o = getenv("RECOUPE_LEXICON");
        free(old_lexicon);
        old_lexicon = o ? strdup(o) : NULL;
        setenv("RECOUPE_LEXICON", dir, 1);
    } else if (old_lexicon) {
        setenv("RECOUPE_LEXICON", old_lexicon, 1);
        free(old_lexicon);
        old_lexicon = NULL;
    } else {
        unsetenv("RECOUPE_LEXICON");
    }
    rcp__xlex_reset();
}

/* The hstem of a word in text of lang. */
static uint64_t hstem(const char *lang, const char *w)
{
    rcp_doc *d = rcp_doc_new(w, strlen(w), lang);
    uint64_t h = d && d->ntoks ? d->toks[0].hstem : 0;
    rcp_doc_free(d);
    return h;
}

/* The English keys x gives the French word fr are those of en's words
 * (space-separated; "" for none), in order. */
static void check_keys(rcp__xlex *x, const char *fr, const char *en)
{
    uint64_t k[RCP__XLEX_MAX], want[RCP__XLEX_MAX];
    size_t nw = 0;
    char buf[64];
    snprintf(buf, sizeof buf, "%s", en);
    for (char *t = strtok(buf, " "); t && nw < RCP__XLEX_MAX;
         t = strtok(NULL, " "))
        want[nw++] = hstem("en", t);
    int n = rcp__xlex_keys(x, hstem("fr", fr), k);
    CHECK_INT(n, (int)nw);
    for (size_t j = 0; j < nw && (size_t)n == nw; j++)
        CHECK(k[j] == want[j]);
}

TEST(xlex_first_sense)
{
    static const struct {
        const char *body, *want; /* the translations, joined by | */
    } rows[] = {
        {"conflagration, fire\n", "conflagration|fire"},
        {"1. hour\n2. time, o'clock\n", "hour"},
        {"warehouse, store, depot, storehouse\n", "warehouse|store|depot"},
        {"tremblement de terre, earthquake\n", "earthquake"},
        {"1. old, former (of a time before)\n2. ancient\n", "old"},
        {"\n  destroy\n", "destroy"},
        {"ruin <v>\n   Synonym: {abwirtschaften}\n", "ruin"},
        {"", ""},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        size_t out[RCP__XLEX_MAX][2];
        const char *b = rows[r].body;
        size_t n = rcp__xlex_first_sense(b, strlen(b), out);
        char got[128] = "";
        for (size_t k = 0; k < n; k++) {
            if (k)
                strcat(got, "|");
            strncat(got, b + out[k][0], out[k][1]);
        }
        CHECK_STR(got, rows[r].want);
    }
}

TEST(xlex_reads_a_dictionary)
{
    xlex_from(FIXTURE);
    CHECK_INT(rcp__xlex_of("fr") != NULL, 1);
    CHECK_INT(rcp__xlex_of("en") != NULL, 0); /* English is the pivot */
    CHECK_INT(rcp__xlex_of("de") != NULL, 0); /* no file here: said once */
    static const struct {
        const char *fr, *en; /* en: the translations, space-separated */
    } rows[] = {
        {"incendie", "conflagration fire"},
        {"incendies", "conflagration fire"}, /* the stem meets */
        {"Pompiers", "firefighter"},
        {"heure", "hour"},        /* first sense only */
        {"entrepôt", "warehouse store depot"},
        {"bâtiment", "building"}, /* eng-fra inverted */
        {"feu", "fire"},          /* inverted: the first sense of fire */
        {"personne", ""},         /* a stopword: not carried */
        {"maison", ""},           /* in neither */
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_keys(rcp__xlex_of("fr"), rows[r].fr, rows[r].en);
    xlex_from(NULL);
}

TEST(xlex_absent_files)
{
    xlex_from("/nonexistent");
    CHECK_INT(rcp__xlex_of("fr") != NULL, 0);
    uint64_t k[RCP__XLEX_MAX];
    CHECK_INT(rcp__xlex_keys(rcp__xlex_of("fr"), hstem("fr", "incendie"), k), 0);
    xlex_from("off");
    CHECK_INT(rcp__xlex_of("fr") != NULL, 0);
    xlex_from(NULL);
}

/* Damaged lines of an .index (no tabs, not base64, beyond the .dict.dz)
 * are skipped and said (on standard error); the rest is read. */
TEST(xlex_damaged_index_lines)
{
    static const struct {
        const char *fr, *en; /* en: the translations, space-separated */
    } rows[] = {
        {"incendie", "conflagration fire"}, /* before an empty line */
        {"entrepôt", "warehouse store depot"},
        {"toit", "roof"}, /* after the damaged lines */
        {"pompier", ""},  /* no tabs */
        {"heure", ""},    /* its offset is not base64 */
        {"flamme", ""},   /* beyond the .dict.dz */
    };
    xlex_from("tests/data/xlex-damaged");
    rcp__xlex *x = rcp__xlex_of("fr");
    CHECK(x != NULL);
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_keys(x, rows[r].fr, rows[r].en);
    xlex_from(NULL);
}

/* A dictionary word's hstem is the one the tokenizer gives the word alone
 * in a text of its language (0: not one word, or a stopword), whether it
 * is read as a run of Latin letters or tokenized. */
TEST(xlex_word_hstem_as_tokenizer)
{
    static const struct {
        const char *lang, *w;
        int one; /* 1: one word, not a stopword */
    } rows[] = {
        {"fr", "incendie", 1},    {"fr", "Forêts", 1},
        {"fr", "ÉCONOMIE", 1},    {"fr", "cœur", 1},
        {"fr", "naïveté", 1},     {"fr", "façade", 1},
        {"de", "Straße", 1},      {"de", "Ökonomie", 1},
        {"es", "año", 1},         {"pl", "Łódź", 1},
        {"fr", "le", 0},          {"en", "the", 0}, /* stopwords */
        {"fr", "l'eau", 0},       {"fr", "porte-monnaie", 1}, /* one word */
        {"fr", "pomme de terre", 0},
        {"fr", "1er", 0},         {"fr", "2×3", 0},
        {"fr", "", 0},            {"en", "Moscow", 1},
        {"ru", "Москва", 1},      {"el", "Ελλάδα", 1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *w = rows[r].w;
        rcp_doc *d = rcp_doc_new(w, strlen(w), rows[r].lang);
        uint64_t want = d && d->ntoks == 1 &&
                                (d->toks[0].flags &
                                 (RCP_TOK_WORD | RCP_TOK_STOP)) == RCP_TOK_WORD
                            ? d->toks[0].hstem
                            : 0;
        rcp_doc_free(d);
        uint64_t got = rcp__xlex_hstem(rows[r].lang, w, strlen(w));
        CHECK(got == want);
        CHECK_INT(got != 0, rows[r].one);
    }
}

/* Two fires of one kind, each told twice in English; each also told in
 * French with few names in common. With the dictionary each French text
 * joins its own event's story; without it, it shares too little. */
static void cluster_fires(rcp_assignment *b)
{
    static const struct {
        const char *lang, *text;
    } arts[] = {
        {"en", "Firefighters fought the flames at the old dairy warehouse "
               "in Palmer for hours on Tuesday morning. The empty warehouse "
               "was destroyed by the fire, the Palmer fire chief said."},
        {"en", "The old dairy warehouse in Palmer was destroyed by a fire "
               "early on Tuesday morning. Firefighters fought the flames "
               "for hours. The warehouse had been empty for years."},
        {"en", "Police arrested a man after a fire at a supermarket in "
               "Wellington on Sunday. The roof of the supermarket "
               "collapsed. The man was arrested near the supermarket."},
        {"en", "A man was arrested by police in Wellington after a fire at "
               "the supermarket. Half of the supermarket roof collapsed, "
               "police said on Sunday."},
        {"fr", "Un incendie a détruit mardi matin l'ancien entrepôt de la "
               "laiterie à Palmer. Les pompiers ont combattu les flammes "
               "pendant des heures. L'entrepôt était vide."},
        {"fr", "La police a arrêté un homme après un incendie dans un "
               "supermarché de Wellington. Le toit du supermarché s'est "
               "effondré."},
    };
    rcp_assignment s;
    rcp_clusterer *c = rcp_clusterer_new(NULL);
    CHECK(c != NULL);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(arts); i++) {
        rcp_article a = {0};
        a.id = "x";
        rcp_doc *d = rcp_doc_new(arts[i].text, strlen(arts[i].text),
                                 arts[i].lang);
        d->article = &a;
        CHECK_INT(rcp_clusterer_add(c, d, &s), 0);
        rcp_doc_free(d);
    }
    CHECK_INT(rcp_clusterer_finish(c, b), 0);
    rcp_clusterer_free(c);
}

TEST(cluster_across_languages_by_dictionary)
{
    rcp_assignment b[6];
    xlex_from(FIXTURE);
    cluster_fires(b);
    CHECK(b[0].story == b[1].story);
    CHECK(b[2].story == b[3].story);
    CHECK(b[0].story != b[2].story); /* two fires kept apart */
    CHECK(b[4].story == b[0].story); /* the French Palmer fire */
    CHECK(b[5].story == b[2].story); /* the French Wellington fire */
    xlex_from("/nonexistent");
    cluster_fires(b);
    CHECK(b[4].story != b[0].story || b[5].story != b[2].story);
    xlex_from(NULL);
}
