/*
 * test_lexicon.c - lemmas and close synonyms from the Debian lexical
 * packages (wordnet-base, verbiste, mythes-fr: tools/install-deps.sh
 * installs them), and their use by the digest: words that mean the same
 * thing count as one term. Without the files (RECOUPE_LEXICON pointing
 * elsewhere) everything degrades to stems, as checked here too.
 */
#include "analysis/lexicon.h"
#include "analysis/nlp_priv.h"
#include "digest/digest.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int has_lemma(const char *lang, const char *w, const char *lemma)
{
    char out[512];
    size_t k = rcp__lexicon_lemmas(rcp_lang_class_of(lang), w, strlen(w), out,
                                   sizeof out, 8);
    const char *p = out;
    for (size_t i = 0; i < k; i++, p += strlen(p) + 1)
        if (strcmp(p, lemma) == 0)
            return 1;
    return 0;
}

static int close_words(const char *lang, const char *a, const char *b,
                       const rcp__lexicon_opts *o)
{
    uint64_t ka[256], kb[256];
    size_t na = rcp__lexicon_concepts(rcp_lang_class_of(lang), a, strlen(a), o,
                                      ka, 256);
    size_t nb = rcp__lexicon_concepts(rcp_lang_class_of(lang), b, strlen(b), o,
                                      kb, 256);
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ka[i] == kb[j])
                return 1;
    return 0;
}

/* The lexicon reloaded, from no files at all when off. */
static void lexicon_switch(int off)
{
    if (off)
        setenv("RECOUPE_LEXICON", "/nonexistent", 1);
    rcp__lexicon_reset();
}

/* RECOUPE_LEXICON back to old (NULL: unset), the lexicon reloaded. */
static void restore_lexicon(const char *old)
{
    if (old)
        setenv("RECOUPE_LEXICON", old, 1);
    else
        unsetenv("RECOUPE_LEXICON");
    rcp__lexicon_reset();
}

TEST(lexicon_resources_installed)
{
    /* tools/install-deps.sh installs them; the other tests need them */
    CHECK(rcp__lexicon_ready(RCP_LC_EN));
    CHECK(rcp__lexicon_ready(RCP_LC_FR));
    CHECK(!rcp__lexicon_ready(RCP_LC_OTHER));
    CHECK(strstr(rcp__lexicon_status(), "missing") == NULL);
}

TEST(lexicon_lemma_table)
{
    static const struct {
        const char *lang, *word, *lemma;
        int yes;
    } t[] = {
        /* English: WordNet's exception lists, then morphy's rules */
        {"en", "ran", "run", 1},
        {"en", "women", "woman", 1},
        {"en", "injuries", "injury", 1},
        {"en", "better", "good", 1},
        {"en", "glasses", "glass", 1},
        {"en", "fired", "fire", 1},
        {"en", "glass", "glas", 0}, /* "ss" is no plural */
        {"en", "watches", "watch", 1}, /* each rule's own lengths */
        {"en", "finest", "fine", 1},
        {"en", "taller", "tall", 1},
        {"en", "xyzzyq", "xyzzyq", 0},
        /* the first and last lines of the sorted files, found by the
         * bisection's leftmost and rightmost paths: index.verb,
         * index.noun, noun.exc, verb.exc */
        {"en", "aahed", "aah", 1},
        {"en", "zyrians", "zyrian", 1},
        {"en", "aardwolves", "aardwolf", 1},
        {"en", "zipping", "zip", 1},
        {"en", "zzzzz", "zzzzz", 0},
        /* French: verbiste's templates, any tense, person or participle */
        {"fr", "inscrivent", "inscrire", 1},
        {"fr", "inscrit", "inscrire", 1},
        {"fr", "pris", "prendre", 1},
        {"fr", "classée", "classer", 1},
        {"fr", "meurt", "mourir", 1},
        {"fr", "démissionné", "démissionner", 1},
        {"fr", "venu", "venir", 1},
        {"fr", "pays", "payer", 0}, /* a noun the thesaurus knows */
        {"fr", "table", "tabler", 1}, /* a form of tabler too */
        {"fr", "inscrivent", "inscrivre", 0},
        /* verbiste's first and last templates and verbs, as its XML is
         * read: pla:cer's "çons", brumass:er, abaisser, zyeuter */
        {"fr", "agaçons", "agacer", 1},
        {"fr", "brumassait", "brumasser", 1},
        {"fr", "abaissons", "abaisser", 1},
        {"fr", "zyeutent", "zyeuter", 1},
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        int got = has_lemma(t[i].lang, t[i].word, t[i].lemma);
        if (got != t[i].yes)
            fprintf(stderr, "# %s %s -> %s: %d\n", t[i].lang, t[i].word,
                    t[i].lemma, got);
        CHECK_INT(got, t[i].yes);
    }
}

/* The lines found are remembered (find_line's memo): a word asked again,
 * and again after the lexicon is reloaded, gets the same answers; with
 * the files gone it gets none, whatever was remembered. */
TEST(lexicon_answers_remembered)
{
    static const struct {
        const char *lang, *word;
    } t[] = {
        {"en", "ran"},    {"en", "injuries"}, {"en", "glasses"},
        {"en", "fired"},  {"en", "xyzzyq"},   {"en", "attack"},
        {"fr", "inscrit"}, {"fr", "pays"},    {"fr", "démissionné"},
        {"fr", "zzqqx"},   {"fr", "fichage"},
    };
    const char *old = getenv("RECOUPE_LEXICON");
    char *keep = old ? strdup(old) : NULL;
    int pos[RCP_ARRAY_SIZE(t)];
    char lem[RCP_ARRAY_SIZE(t)][512];
    size_t nlem[RCP_ARRAY_SIZE(t)];
    for (int round = 0; round < 4; round++) {
        if (round == 2)
            rcp__lexicon_reset(); /* the memo forgotten with the files */
        if (round == 3)
            lexicon_switch(1);
        for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
            size_t n = strlen(t[i].word);
            char out[512] = {0};
            int p =
                rcp__lexicon_pos(rcp_lang_class_of(t[i].lang), t[i].word, n);
            size_t k = rcp__lexicon_lemmas(rcp_lang_class_of(t[i].lang),
                                           t[i].word, n, out, sizeof out, 8);
            if (round == 0) {
                pos[i] = p, nlem[i] = k;
                memcpy(lem[i], out, sizeof out);
            } else if (round < 3) {
                CHECK_INT(p, pos[i]);
                CHECK_INT(k, nlem[i]);
                CHECK(memcmp(out, lem[i], sizeof out) == 0);
            } else {
                CHECK_INT(p, 0);
                CHECK_INT(k, 0);
            }
        }
    }
    CHECK(pos[0] != 0 && pos[6] != 0 && nlem[0] > 0); /* found at all */
    restore_lexicon(keep);
    free(keep);
}

/* rcp__lexicon_pos remembers its answers by language and word: a word
 * asked in French after English (and the other way, after a reset
 * forgot them), a word and its prefix, get each their own answer. */
TEST(lexicon_pos_remembered_by_language)
{
    static const char *const w[] = {"pays",   "marche", "attack", "attacks",
                                    "killed", "kill",   "fichage", "envolent",
                                    "hospital", "xyzzyq"};
    enum { N = RCP_ARRAY_SIZE(w) };
    int en[N], fr[N], differ = 0;
    rcp__lexicon_reset();
    for (size_t i = 0; i < N; i++) {
        en[i] = rcp__lexicon_pos(RCP_LC_EN, w[i], strlen(w[i]));
        fr[i] = rcp__lexicon_pos(RCP_LC_FR, w[i], strlen(w[i]));
        differ += en[i] != fr[i];
    }
    rcp__lexicon_reset();
    for (int round = 0; round < 2; round++) /* asked, then remembered */
        for (size_t k = N; k-- > 0;) {
            CHECK_INT(rcp__lexicon_pos(RCP_LC_FR, w[k], strlen(w[k])), fr[k]);
            CHECK_INT(rcp__lexicon_pos(RCP_LC_EN, w[k], strlen(w[k])), en[k]);
        }
    CHECK(differ >= 3); /* the languages answer apart */
    CHECK(en[5] != en[4]); /* "kill" and "killed" */
}

TEST(lexicon_close_table)
{
    rcp__lexicon_opts wide = {2, 10, 1, 1};
    static const struct {
        const char *lang, *a, *b;
        int dflt, wide; /* with the defaults; with wider limits */
    } t[] = {
        {"en", "ran", "running", 1, 1},   /* one lemma */
        {"en", "woman", "women", 1, 1},
        {"en", "foiled", "thwarted", 0, 1}, /* a synset of the first senses */
        {"en", "freight", "cargo", 0, 1},
        {"en", "apology", "apologized", 0, 1}, /* derived forms */
        {"en", "found", "launched", 0, 0},/* "found" reads as find */
        {"en", "fire", "dismissed", 0, 0},
        {"fr", "limogé", "congédié", 1, 1}, /* mythes-fr, both ways */
        {"fr", "inscrit", "inscrivent", 1, 1},
        {"fr", "prend", "pris", 1, 1},
        {"fr", "classé", "inscrit", 0, 0},
        {"fr", "classer", "dire", 0, 0},
        {"fr", "inscrire", "dire", 0, 0}, /* listed one way only */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        int d = close_words(t[i].lang, t[i].a, t[i].b, NULL);
        int w = close_words(t[i].lang, t[i].a, t[i].b, &wide);
        if (d != t[i].dflt || w != t[i].wide)
            fprintf(stderr, "# %s %s ~ %s: %d %d\n", t[i].lang, t[i].a,
                    t[i].b, d, w);
        CHECK_INT(d, t[i].dflt);
        CHECK_INT(w, t[i].wide);
    }
}

/* A French noun made from a verb shares the verb's key (lexicon.c,
 * fr_deverbal): the regular derivations, kept only when verbiste has the
 * verb. Off, none of the pairs is close. */
TEST(lexicon_fr_deverbal_table)
{
    rcp__lexicon_opts off = rcp__lexicon_default;
    off.fr_deverbal = 0;
    static const struct {
        const char *a, *b;
        int yes;
    } t[] = {
        {"révélation", "révélé", 1},     /* -ation: révéler */
        {"démission", "démissionné", 1}, /* -ion: démissionner */
        {"fichage", "fichées", 1},       /* -age: ficher */
        {"allumage", "allumé", 1},
        {"lancement", "lancée", 1},          /* -ement: lancer */
        {"investissement", "investit", 1},   /* -issement: investir */
        {"abandon", "abandonnent", 1},       /* -on: abandonner */
        {"refus", "refuse", 1},              /* + er: refuser */
        {"révélation", "relevé", 0},
        {"million", "millionner", 0}, /* no such verb */
        {"perte", "perdu", 0},        /* irregular: not derived */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        int d = close_words("fr", t[i].a, t[i].b, NULL);
        int o = close_words("fr", t[i].a, t[i].b, &off);
        if (d != t[i].yes || (t[i].yes && o))
            fprintf(stderr, "# %s ~ %s: %d (off %d)\n", t[i].a, t[i].b, d, o);
        CHECK_INT(d, t[i].yes);
        if (t[i].yes)
            CHECK_INT(o, 0);
    }
}

/* The synonyms of a French noun's noun senses (mythes-fr): a word
 * listed, or not, among the first few. */
TEST(lexicon_fr_nouns_table)
{
    static const struct {
        const char *w, *syn;
        size_t max;
        int yes;
    } t[] = {
        {"magistrat", "avocat", 12, 1},
        {"magistrat", "maire", 12, 1},
        {"texte", "loi", 12, 1},
        {"texte", "avocat", 12, 0},
        {"magistrat", "maire", 1, 0}, /* not among the first one */
        {"estimer", "juger", 12, 0},  /* a verb: no noun sense */
        {"xqzw", "loi", 12, 0},       /* unknown */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        char out[1024];
        size_t k = rcp__lexicon_fr_nouns(t[i].w, strlen(t[i].w), out,
                                         sizeof out, t[i].max);
        CHECK(k <= t[i].max);
        int found = 0;
        const char *s = out;
        for (size_t j = 0; j < k; s += strlen(s) + 1, j++)
            found |= strcmp(s, t[i].syn) == 0;
        if (found != t[i].yes)
            fprintf(stderr, "# %s: %s %d\n", t[i].w, t[i].syn, found);
        CHECK_INT(found, t[i].yes);
    }
}

/* A verb's first sense is a kind of another verb's sense (WordNet's
 * hypernyms, as rcp__lexicon_neighbours' keys of the first two senses):
 * one way only, never a sibling. */
TEST(lexicon_hypernyms_table)
{
    static const struct {
        const char *kind, *of;
        int yes;
    } t[] = {
        {"devastated", "destroyed", 1}, /* lay waste to: a kind of ruin */
        {"destroyed", "devastated", 0}, /* not the other way */
        {"devastated", "injured", 0},
        {"xqzw", "destroyed", 0}, /* unknown */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        uint64_t h[8], k[64];
        size_t nh = rcp__lexicon_hypernyms(t[i].kind, strlen(t[i].kind), 1,
                                           h, 8);
        size_t nk = rcp__lexicon_neighbours(RCP_LC_EN, t[i].of, strlen(t[i].of),
                                            2, k, 64);
        int found = 0;
        for (size_t a = 0; a < nh; a++)
            for (size_t b = 0; b < nk; b++)
                found |= h[a] == k[b];
        if (found != t[i].yes)
            fprintf(stderr, "# %s < %s: %d\n", t[i].kind, t[i].of, found);
        CHECK_INT(found, t[i].yes);
    }
}

/* One word written two ways is one lemma (rcp__lexicon_neighbours with
 * no senses: the lemma keys): WordNet lists "apologise" and "apologize"
 * in exactly the same synsets. Two verbs of one sense that are not the
 * same word in every sense stay two lemmas. */
TEST(lexicon_spellings_table)
{
    static const struct {
        const char *a, *b;
        int same;
    } t[] = {
        {"apologised", "apologized", 1},
        {"criticised", "criticizes", 1},
        {"organising", "organized", 1},
        {"apologised", "criticized", 0},
        {"fired", "dismissed", 0}, /* one sense in common, not every one */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        uint64_t ka[64], kb[64];
        size_t na = rcp__lexicon_neighbours(RCP_LC_EN, t[i].a, strlen(t[i].a),
                                            0, ka, 64);
        size_t nb = rcp__lexicon_neighbours(RCP_LC_EN, t[i].b, strlen(t[i].b),
                                            0, kb, 64);
        int same = 0;
        for (size_t a = 0; a < na; a++)
            for (size_t b = 0; b < nb; b++)
                same |= ka[a] == kb[b];
        if (same != t[i].same)
            fprintf(stderr, "# %s / %s: %d\n", t[i].a, t[i].b, same);
        CHECK_INT(same, t[i].same);
    }
}

/* English nouns of one sense share a key of their first two senses
 * (compounds written with "_"), and a noun's first sense is a kind of
 * another's, within one lexicographer file, never of noun.Tops. */
TEST(lexicon_noun_senses_table)
{
    static const struct {
        const char *a, *b;
        int up; /* a's first sense a kind of b (else: a sense shared) */
        int yes;
    } t[] = {
        {"crewmen", "crew_members", 0, 1}, /* plural, compound */
        {"crew_members", "crewmen", 0, 1},
        {"policemen", "police_officers", 0, 1},
        {"crewmen", "members", 0, 0},
        {"ships", "vessels", 0, 0},  /* not one sense: */
        {"ships", "vessels", 1, 1},  /* a ship is a kind of vessel */
        {"vessels", "ships", 1, 0},  /* not the other way */
        {"people", "groups", 1, 0},  /* a group, of noun.Tops */
        {"xqzw", "ships", 0, 0},     /* unknown */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        uint64_t x[8], y[8];
        size_t nx = rcp__lexicon_noun_senses(t[i].a, strlen(t[i].a),
                                             t[i].up ? 1 : 2, t[i].up, x, 8);
        size_t ny = rcp__lexicon_noun_senses(t[i].b, strlen(t[i].b), 2, 0,
                                             y, 8);
        int found = 0;
        for (size_t a = 0; a < nx; a++)
            for (size_t b = 0; b < ny; b++)
                found |= x[a] == y[b];
        if (found != t[i].yes)
            fprintf(stderr, "# %s ~ %s (%d): %d\n", t[i].a, t[i].b, t[i].up,
                    found);
        CHECK_INT(found, t[i].yes);
    }
}

TEST(lexicon_lower_keeps_accents)
{
    char out[64];
    size_t n = rcp__lexicon_lower("Été’S", strlen("Été’S"), out, sizeof out);
    CHECK_INT(n, strlen("été's"));
    CHECK(n && memcmp(out, "été's", n) == 0);
    CHECK_INT(rcp__lexicon_lower("ABCDEFGH", 8, out, 4), 0); /* no room */
    /* every ASCII byte as utf8proc lowers it (the fast path) */
    for (int c = 1; c < 0x80; c++) {
        char w[2] = {(char)c, 'x'}, want[8];
        CHECK_INT(rcp__lexicon_lower(w, 2, out, sizeof out), 2);
        int len = (int)utf8proc_encode_char(utf8proc_tolower(c),
                                          (utf8proc_uint8_t *)want);
        CHECK_INT(len, 1);
        CHECK(out[0] == want[0] && out[1] == 'x');
    }
    CHECK_INT(rcp__lexicon_lower("Ab", 2, out, 4), 0); /* room is 4 a char */
}

/* The terms two sentences of two docs share, per the digest's
 * similarity (a term matched by another of the same meaning counts). */
static uint32_t shared_terms(const char *lang, const char *a, const char *b)
{
    rcp_doc *d[2] = {rcp_doc_new(a, strlen(a), lang),
                     rcp_doc_new(b, strlen(b), lang)};
    rcp_digest *g = rcp_digest_new((const rcp_doc *const *)d, 2, NULL);
    uint32_t shared = 0;
    if (g && g->nunits == 2) {
        double cont;
        rcp__digest_sim(g, &g->units[0], &g->units[1], &cont, &shared);
    }
    rcp_digest_free(g);
    rcp_doc_free(d[0]);
    rcp_doc_free(d[1]);
    return shared;
}

TEST(lexicon_digest_terms_and_missing_files)
{
    static const struct {
        const char *lang, *a, *b;
        uint32_t with, without;
    } t[] = {
        {"fr", "Le gouvernement a limogé le préfet de la région.",
         "Le préfet de la région a été congédié par le gouvernement.", 4, 3},
        {"fr", "Le comité inscrit la cathédrale au patrimoine mondial.",
         "Le comité inscrivait la cathédrale au patrimoine mondial.", 5, 4},
        {"en", "Five women were inside the church.",
         "One woman was inside the church.", 2, 1},
    };
    const char *old = getenv("RECOUPE_LEXICON");
    for (int off = 0; off < 2; off++) {
        lexicon_switch(off);
        for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
            uint32_t s = shared_terms(t[i].lang, t[i].a, t[i].b);
            if (s != (off ? t[i].without : t[i].with))
                fprintf(stderr, "# %zu off=%d: %u\n", i, off, s);
            CHECK_INT(s, off ? t[i].without : t[i].with);
        }
        if (off) {
            CHECK(!rcp__lexicon_ready(RCP_LC_EN));
            CHECK(strstr(rcp__lexicon_status(), "missing") != NULL);
        }
    }
    restore_lexicon(old);
}

/* Reporting verbs beyond the hand list: any French form of a verb of
 * saying (verbiste), an English past whose verb's first WordNet sense is
 * in verb.communication; nothing without the resources. */
TEST(lexicon_reporting_verbs_table)
{
    static const struct {
        const char *lang, *w;
        int says;
    } t[] = {
        {"fr", "supputait", 1}, {"fr", "concède", 1},   {"fr", "évoquant", 1},
        {"fr", "s'exclame", 1}, {"fr", "confiait", 1},  {"fr", "mangeait", 0},
        {"fr", "pays", 0},      {"fr", "construit", 0}, {"en", "boasted", 1},
        {"en", "reported", 1},  {"en", "walked", 0},    {"en", "killed", 0},
        {"de", "sagte", 0},
    };
    const char *old = getenv("RECOUPE_LEXICON");
    for (int off = 0; off < 2; off++) {
        lexicon_switch(off);
        for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
            int want = off ? 0 : t[i].says;
            int s = rcp__say_lexicon(rcp_lang_class_of(t[i].lang), t[i].w,
                                     strlen(t[i].w));
            if (s != want)
                fprintf(stderr, "# %s off=%d: %d\n", t[i].w, off, s);
            CHECK_INT(s, want);
        }
    }
    restore_lexicon(old);
}
