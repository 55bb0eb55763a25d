/*
 * test_nlp.c - the story analysis on the seed articles (examples/seeds):
 * the Kremlin spokesman's quotes go to Dmitri Peskov, the spellings of
 * Kim Jong-un, of Poutine and of the cosmodrome are merged; and the edge
 * cases: no docs, empty docs, marks without words.
 */
#include "harness.h"

#include "analysis/nlp.h"
#include "analysis/nlp_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const seeds[] = {"examples/seeds/000_734f158125c1b336.txt",
                                    "examples/seeds/001_208f9b7abb5c6707.txt",
                                    "examples/seeds/002_5a89bb226db9836d.txt",
                                    "examples/seeds/003_9b90b2f7d3885cef.txt",
                                    "examples/seeds/004_c8db046f7b2a35e8.txt"};

/* The entity whose name or a variant is w, or -1. */
static int entity_spelled(const rcp__story_nlp *o, const char *w)
{
    for (size_t i = 0; i < o->nentities; i++) {
        if (strcmp(o->entities[i].name, w) == 0)
            return (int)i;
        for (size_t k = 0; k < o->entities[i].nvariants; k++)
            if (strcmp(o->entities[i].variants[k], w) == 0)
                return (int)i;
    }
    return -1;
}

TEST(nlp_seeds)
{
    rcp_article *arts[5] = {0};
    rcp_doc *docs[5] = {0};
    size_t n = 0;
    for (size_t i = 0; i < 5; i++) {
        size_t len;
        char *p = rcp_test_slurp(seeds[i], &len);
        CHECK(p != NULL);
        if (!p)
            continue;
        rcp_error err;
        CHECK_INT(rcp_article_from_text("seed", p, len, NULL, &arts[n], &err),
                  0);
        free(p);
        if (!arts[n])
            continue;
        docs[n] = rcp_doc_from_article(arts[n]);
        CHECK(docs[n] != NULL);
        n++;
    }
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__story_nlp o;
    CHECK_INT(rcp__story_nlp_run((const rcp_doc *const *)docs, n, &a, &o), 0);

    /* Kim Jong-un: one entity for every spelling, a person, in all five */
    int kim = entity_spelled(&o, "Kim Jong-un");
    CHECK(kim >= 0);
    CHECK_INT(entity_spelled(&o, "Kim Jong-Un"), kim);
    CHECK_INT(entity_spelled(&o, "Kim Jong Un"), kim);
    CHECK_INT(entity_spelled(&o, "Kim"), kim);
    if (kim >= 0) {
        CHECK_STR(o.entities[kim].name, "Kim Jong-un");
        CHECK_INT(o.entities[kim].type, RCP__ENT_PER);
        CHECK_INT(o.entities[kim].ndocs, 5);
    }
    /* Kim Jong-il, his father, stays apart */
    CHECK(entity_spelled(&o, "Kim Jong-il") != kim);
    int putin = entity_spelled(&o, "Vladimir Poutine");
    CHECK(putin >= 0);
    CHECK_INT(entity_spelled(&o, "Poutine"), putin);
    if (putin >= 0)
        CHECK_INT(o.entities[putin].type, RCP__ENT_PER);
    int cosmo = entity_spelled(&o, "Vostochny");
    CHECK(cosmo >= 0);
    CHECK_INT(entity_spelled(&o, "Vostotchny"), cosmo);
    int shoigu = entity_spelled(&o, "Sergei Shoigu");
    CHECK(shoigu >= 0);
    /* "Sergueï Choïgou" is only in a photo caption of 004 ("... Photo :
     * Reuters"), which the article cleaner drops: no doc has that
     * spelling, so none may be found; entities.tsv merges the two */
    int in_text = 0;
    for (size_t i = 0; i < n; i++)
        in_text |= memmem(docs[i]->text, docs[i]->len, "Choïgou",
                          strlen("Choïgou")) != NULL;
    CHECK_INT(entity_spelled(&o, "Sergueï Choïgou"), in_text ? shoigu : -1);
    int peskov = entity_spelled(&o, "Dmitri Peskov");
    CHECK(peskov >= 0);
    CHECK_INT(entity_spelled(&o, "Peskov"), peskov);
    int kremlin = entity_spelled(&o, "Kremlin");
    CHECK(kremlin >= 0);
    if (kremlin >= 0)
        CHECK_INT(o.entities[kremlin].type, RCP__ENT_ORG);
    CHECK(entity_spelled(&o, "Russie") >= 0 &&
          o.entities[entity_spelled(&o, "Russie")].type == RCP__ENT_LOC);

    /* the spokesman's words: every quote with a known speaker that
     * contains "fusil" or "carabine" is his, and there are several */
    size_t his = 0;
    for (size_t i = 0; i < o.nquotes; i++) {
        const rcp__quote *q = &o.quotes[i];
        const char *t = docs[q->doc]->text + q->off;
        int gift =
            memmem(t, q->len, "fusil", 5) || memmem(t, q->len, "carabine", 8);
        if (gift) {
            CHECK_INT(q->speaker, peskov);
            his += q->speaker == peskov;
        }
        CHECK(q->off + q->len <= docs[q->doc]->len);
    }
    CHECK(his >= 3);
    /* a place speaks only for its government, as the subject of a verb
     * of saying ("Moscou a également confirmé jeudi que Poutine « avait
     * accepté avec gratitude l'invitation de Kim »"), never otherwise */
    for (size_t i = 0; i < o.nquotes; i++)
        if (o.quotes[i].speaker >= 0 &&
            o.entities[o.quotes[i].speaker].type == RCP__ENT_LOC) {
            CHECK(memmem(docs[o.quotes[i].doc]->text + o.quotes[i].off,
                         o.quotes[i].len, "gratitude", 9) != NULL);
            CHECK_STR(o.entities[o.quotes[i].speaker].name, "Moscou");
        }
    rcp__arena_release(&a);
    for (size_t i = 0; i < n; i++) {
        rcp_doc_free(docs[i]);
        rcp_article_free(arts[i]);
    }
}

TEST(nlp_edge_cases)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__story_nlp o;
    CHECK_INT(rcp__story_nlp_run(NULL, 0, &a, &o), 0);
    CHECK_INT(o.nentities + o.nquotes + o.ndates, 0);
    static const char *const texts[] = {
        "",
        "«»",
        "« »  “ ” \" \" ‹ ›",
        "»« ”“",
        "M. . M. Mme",
        "le 32 septembre 2023, le 0 mai, 2023-13-45, 99/99/2023",
        "A-t-il ajouté, a-t-il, -t-il",
        "Selon",
        "« a b c d e f »",
        "Kim Kim Kim Kim Kim Kim Kim Kim"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rcp_article art;
        memset(&art, 0, sizeof art);
        art.date = i % 2 ? "2023-09-15" : "2023";
        rcp_doc *d = rcp_doc_new(texts[i], strlen(texts[i]), "fr");
        CHECK(d != NULL);
        if (!d)
            continue;
        d->article = &art;
        CHECK_INT(rcp__story_nlp_run((const rcp_doc *const *)&d, 1, &a, &o), 0);
        for (size_t k = 0; k < o.nquotes; k++)
            CHECK(o.quotes[k].off + o.quotes[k].len <= d->len);
        for (size_t k = 0; k < o.ndates; k++)
            CHECK(o.dates[k].off + o.dates[k].len <= d->len);
        rcp_doc_free(d);
    }
    rcp__arena_release(&a);
}

/* ---- out of memory: fail the Nth allocation, for every N ---- */

static long fail_at, allocs;

static void *failing_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (++allocs == fail_at)
        return NULL;
    return realloc(p, n);
}

static void failing_free(void *ud, void *p)
{
    (void)ud;
    free(p);
}

TEST(nlp_out_of_memory)
{
    static const char text[] =
        "Le porte-parole du Kremlin, Dmitri Peskov, a parlé jeudi.\n"
        "« Kim a invité Poutine à se rendre en Corée du Nord », a déclaré "
        "M. Peskov. « Il viendra bientôt, très bientôt », a-t-il ajouté le "
        "14 septembre 2023.";
    rcp_article art;
    memset(&art, 0, sizeof art);
    art.date = "2023-09-15";
    rcp_doc *d = rcp_doc_new(text, strlen(text), "fr");
    CHECK(d != NULL);
    if (!d)
        return;
    d->article = &art;
    rcp__arena a;
    rcp__story_nlp o;
    /* a first run builds the process-wide tables */
    rcp__arena_init(&a);
    CHECK_INT(rcp__story_nlp_run((const rcp_doc *const *)&d, 1, &a, &o), 0);
    size_t nq = o.nquotes, ne = o.nentities;
    rcp__arena_release(&a);
    rcp_allocator al = {failing_realloc, failing_free, NULL};
    int ok_runs = 0;
    for (fail_at = 1; fail_at < 400; fail_at++) {
        allocs = 0;
        rcp_set_allocator(&al);
        rcp__arena_init(&a);
        int rc = rcp__story_nlp_run((const rcp_doc *const *)&d, 1, &a, &o);
        rcp__arena_release(&a);
        rcp_set_allocator(NULL);
        CHECK(rc == 0 || rc == RCP_ENOMEM);
        if (rc == 0) {
            CHECK_INT(o.nquotes, nq);
            CHECK_INT(o.nentities, ne);
            ok_runs++;
        }
        if (allocs < fail_at)
            break; /* every allocation has been failed once */
    }
    CHECK(ok_runs >= 1);
    rcp_doc_free(d);
}

/* The person a sentence is told of through a pronoun or a role
 * (rcp__story_nlp.actors): the named holder of the role in the story, the
 * last compatible subject for a pronoun, and no one when unsure. */
TEST(nlp_actors_table)
{
    static const struct {
        const char *lang, *text;
        int sent;        /* sentence index */
        const char *who; /* the entity's spelling, or NULL for none */
    } t[] = {
        {"fr",
         "M. Bertrand Delanoë, le maire de Paris, a inauguré la piscine. "
         "Le maire de Paris a annoncé un nouveau plan.",
         1, "Bertrand Delanoë"},
        {"fr",
         "M. Bertrand Delanoë a inauguré la piscine lundi. "
         "Il a annoncé un nouveau plan pour les écoles.",
         1, "Bertrand Delanoë"},
        {"fr",
         "Bertrand Delanoë a inauguré la piscine lundi. "
         "Elle a annoncé un nouveau plan pour les écoles.",
         1, NULL}, /* no woman named: no one */
        {"en",
         "Governor Sarah Palin spoke in Wasilla on Friday. "
         "She said the church would be rebuilt.",
         1, "Sarah Palin"},
        {"en",
         "Senator John McCain spoke in Wasilla on Friday. "
         "He said the church would be rebuilt.",
         1, "John McCain"},
        {"en",
         "Senator John McCain met Senator Joe Biden in Wasilla on Friday. "
         "He said the church would be rebuilt.",
         1, NULL}, /* two men named: unsure */
        {"fr",
         "Bertrand Delanoë a inauguré la piscine lundi. "
         "Bertrand Delanoë a annoncé un nouveau plan.",
         1, NULL}, /* a name: left to the reader of names */
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        rcp_doc *d = rcp_doc_new(t[i].text, strlen(t[i].text), t[i].lang);
        const rcp_doc *docs[1] = {d};
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__story_nlp o;
        CHECK_INT(rcp__story_nlp_run(docs, 1, &a, &o), 0);
        CHECK(o.actors != NULL && d->nsents > (size_t)t[i].sent);
        if (o.actors && d->nsents > (size_t)t[i].sent) {
            int got = o.actors[0][t[i].sent];
            int want = t[i].who ? entity_spelled(&o, t[i].who) : -1;
            if (t[i].who)
                CHECK(want >= 0);
            if (got != want)
                fprintf(stderr, "# row %zu: actor %d (%s), want %d (type %d)\n", i, got,
                        got >= 0 ? o.entities[got].name : "-", want, want >= 0 ? o.entities[want].type : -9);
            CHECK_INT(got, want);
        }
        rcp__arena_release(&a);
        rcp_doc_free(d);
    }
}

/* The word classes by hash: the inline memo answers as the map does,
 * a word asked first or again, and after another word took its memo
 * slot; the slot holds the last answer. */
/* The word classes by language class: each entry of the lists holds in
 * the classes it is written for, so that a French or English closed
 * class never fires on text of another language, which keeps the names
 * (any language), the particles of names and its own calendar words.
 * Class, word, bits it has, bits it lacks. */
static const struct {
    rcp_lang_class lc;
    const char *w;
    uint32_t has, lacks;
} lex_class_rows[] = {
    {RCP_LC_OTHER, "the", 0, LX_DET | LX_CONN | LX_NONNAME},
    {RCP_LC_OTHER, "les", 0, LX_DET | LX_NONNAME},
    {RCP_LC_OTHER, "son", 0, LX_DET | LX_ADV},
    {RCP_LC_OTHER, "a", 0, LX_DET | LX_AUX},
    {RCP_LC_OTHER, "en", 0, LX_PREP | LX_LOCPREP},
    {RCP_LC_OTHER, "in", 0, LX_PREP | LX_LOCPREP | LX_ADV},
    {RCP_LC_OTHER, "est", 0, LX_AUX | LX_COMPASS | LX_NONNAME},
    {RCP_LC_OTHER, "said", LX_FIRST, LX_SAY},
    {RCP_LC_OTHER, "selon", 0, LX_ACCORD},
    {RCP_LC_OTHER, "il", 0, LX_PRON},
    {RCP_LC_OTHER, "un", 0, LX_ORG | LX_DET | LX_NONNAME},
    {RCP_LC_OTHER, "der", 0, LX_CONN},
    {RCP_LC_OTHER, "mai", LX_MONTH, LX_ADV},
    {RCP_LC_OTHER, "may", 0, LX_MONTH | LX_AUX},
    {RCP_LC_OTHER, "mars", 0, LX_MONTH},
    {RCP_LC_OTHER, "lundi", 0, LX_WEEKDAY | LX_ADV},
    {RCP_LC_OTHER, "montag", LX_WEEKDAY, LX_ADV | LX_EN},
    {RCP_LC_OTHER, "miercoles", LX_WEEKDAY, 0},
    {RCP_LC_OTHER, "lunedi", LX_WEEKDAY, 0},
    {RCP_LC_OTHER, "mayo", LX_MONTH, 0},
    {RCP_LC_OTHER, "president", 0, LX_TITLE | LX_ROLE},
    {RCP_LC_OTHER, "von", LX_CONN, 0},
    {RCP_LC_OTHER, "da", LX_CONN, 0},
    {RCP_LC_OTHER, "dr", LX_TITLE, 0},
    {RCP_LC_OTHER, "gmbh", LX_ORGCUE, 0},
    {RCP_LC_OTHER, "onu", LX_ORG | LX_ORGCUE, 0},
    {RCP_LC_OTHER, "berlin", LX_LOC, 0},
    {RCP_LC_OTHER, "photo", LX_NONNAME, 0},
    {RCP_LC_FR, "les", LX_DET, 0},
    {RCP_LC_FR, "lundi", LX_WEEKDAY | LX_ADV, LX_EN},
    {RCP_LC_FR, "montag", 0, LX_WEEKDAY},
    {RCP_LC_FR, "mayo", 0, LX_MONTH},
    {RCP_LC_FR, "un", LX_DET | LX_ORG, 0},
    {RCP_LC_EN, "monday", LX_WEEKDAY | LX_EN, 0},
    {RCP_LC_EN, "said", LX_SAY | LX_FIRST, 0},
    {RCP_LC_EN, "der", LX_CONN, 0},
};

TEST(lex_classes_by_language_class)
{
    CHECK_INT(rcp__lex_init(), 0);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(lex_class_rows); i++) {
        const char *w = lex_class_rows[i].w;
        uint32_t v = rcp__lex(lex_class_rows[i].lc, w, strlen(w));
        if ((v & lex_class_rows[i].has) != lex_class_rows[i].has ||
            (v & lex_class_rows[i].lacks)) {
            char m[128];
            snprintf(m, sizeof m, "row %zu '%s' (class %d): 0x%x", i, w,
                     (int)lex_class_rows[i].lc, (unsigned)v);
            rcp_test_fail(__FILE__, __LINE__, m);
        }
    }
}

/* Every token carries its doc's language class, and rcp__lex_tok reads
 * the table of that class: "the" in a German text is no determiner,
 * "Montag" a weekday; the same words in English text the reverse. */
TEST(lex_tok_reads_the_tokens_class)
{
    static const struct {
        const char *lang, *text;
        rcp_lang_class lc;
        uint32_t first, second; /* bits of the first two tokens */
    } rows[] = {
        {"de", "the Montag", RCP_LC_OTHER, 0, LX_WEEKDAY},
        {"en", "the Montag", RCP_LC_EN, LX_DET | LX_CONN, 0},
        {"fr", "les lundi", RCP_LC_FR, LX_DET, LX_WEEKDAY | LX_ADV},
        {"es", "les lunes", RCP_LC_OTHER, 0, LX_WEEKDAY},
        {"", "Der Minister sagte am Montag, die Brücke sei sicher.",
         RCP_LC_OTHER, 0, 0},
    };
    CHECK_INT(rcp__lex_init(), 0);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(rows); i++) {
        rcp_doc *d = rcp_doc_new(rows[i].text, strlen(rows[i].text),
                                 rows[i].lang);
        CHECK(d != NULL && d->ntoks >= 2);
        if (!d || d->ntoks < 2) {
            rcp_doc_free(d);
            continue;
        }
        CHECK_INT((int)d->lang_class, (int)rows[i].lc);
        for (size_t k = 0; k < d->ntoks; k++)
            CHECK_INT((int)rcp__tok_class(&d->toks[k]), (int)rows[i].lc);
        CHECK_INT((int)(rcp__lex_tok(&d->toks[0]) & ~(uint32_t)LX_NONNAME),
                  (int)rows[i].first);
        CHECK_INT((int)rcp__lex_tok(&d->toks[1]), (int)rows[i].second);
        rcp_doc_free(d);
    }
}

TEST(lex_memo_answers_as_the_map)
{
    static const struct {
        rcp_lang_class lc;
        const char *w;
        uint32_t has; /* bits the word has */
    } rows[] = {{RCP_LC_FR, "janvier", LX_MONTH},
                {RCP_LC_EN, "monday", LX_WEEKDAY | LX_EN},
                {RCP_LC_EN, "said", LX_SAY},
                {RCP_LC_FR, "selon", LX_ACCORD},
                {RCP_LC_EN, "the", LX_DET},
                {RCP_LC_OTHER, "paris", LX_LOC},
                {RCP_LC_EN, "xyzzyq", 0}};
    CHECK_INT(rcp__lex_init(), 0);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(rows); i++) {
        const char *w = rows[i].w;
        rcp_lang_class lc = rows[i].lc;
        uint64_t h = rcp__hash(w, strlen(w), 0);
        /* another word on the same memo slot */
        char other[16];
        uint64_t oh = 0;
        for (int k = 0; k < 100000; k++) {
            snprintf(other, sizeof other, "q%d", k);
            oh = rcp__hash(other, strlen(other), 0);
            if (oh != h && !((oh ^ h) & (RCP__LEX_MEMO - 1)))
                break;
        }
        CHECK(((oh ^ h) & (RCP__LEX_MEMO - 1)) == 0 && oh != h);
        uint32_t v = rcp__lex(lc, w, strlen(w));
        CHECK((v & rows[i].has) == rows[i].has);
        CHECK(rows[i].has || v == 0);
        const rcp__wmemo *m = &rcp__lex_memo[lc][h & (RCP__LEX_MEMO - 1)];
        CHECK(m->h == h && m->v == v);
        CHECK_INT(rcp__lex_hash(lc, h), v); /* remembered */
        CHECK_INT(rcp__lex_hash(lc, oh), rcp__lex(lc, other, strlen(other)));
        CHECK(m->h == oh); /* the slot taken */
        CHECK_INT(rcp__lex_hash(lc, h), v); /* from the map again */
    }
}
