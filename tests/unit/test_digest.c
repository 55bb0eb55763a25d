/*
 * test_digest.c - the digest on the five seed articles (examples/seeds:
 * the gifts Putin and Kim Jong-un exchanged, told in different words and
 * translations) and on small made-up stories. The checks are structural
 * ("the fact about the glove is backed by every article that mentions a
 * glove"), never a copy of the current output.
 */
#include "base/json.h"
#include "digest/digest.h"
#include "harness.h"

#include <stdlib.h>

#define SEEDS "examples/seeds"

typedef struct story {
    rcp_article *arts[16];
    rcp_doc *docs[16];
    size_t n;
    rcp_digest *g;
} story;

static void story_load(story *s, const char *dir, size_t words)
{
    memset(s, 0, sizeof *s);
    const char *in[] = {dir};
    rcp_reader *r = rcp_reader_new(in, 1, NULL);
    rcp_article *a;
    int rc;
    while (r && (rc = rcp_reader_next(r, &a, NULL)) != 0) {
        if (rc != 1 || s->n == 16)
            continue;
        s->arts[s->n] = a;
        s->docs[s->n] = rcp_doc_from_article(a);
        s->n++;
    }
    rcp_reader_free(r);
    rcp_digest_opts o = {words, "s1"};
    s->g = rcp_digest_new((const rcp_doc *const *)s->docs, s->n, &o);
}


/* A story of the n texts, each a doc of lang. */
static void story_of_texts(story *s, const char *lang,
                           const char *const *texts, size_t n)
{
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < n; i++)
        s->docs[s->n++] = rcp_doc_new(texts[i], strlen(texts[i]), lang);
    s->g = rcp_digest_new((const rcp_doc *const *)s->docs, s->n, NULL);
}

static void story_from_texts(story *s, const char *const *texts, size_t n)
{
    story_of_texts(s, "fr", texts, n);
}

static void story_free(story *s)
{
    rcp_digest_free(s->g);
    for (size_t i = 0; i < s->n; i++) {
        rcp_doc_free(s->docs[i]);
        rcp_article_free(s->arts[i]);
    }
}

static int has(const char *p, size_t n, const char *needle)
{
    return memmem(p, n, needle, strlen(needle)) != NULL;
}

static int unit_has(const rcp_digest *g, uint32_t u, const char *needle)
{
    const rcp__dunit *x = &g->units[u];
    return has(g->docs[x->doc]->text + x->off, x->len, needle);
}

/* The docs whose text holds `needle`, as a bit set. */
static unsigned docs_with(const rcp_digest *g, const char *needle)
{
    unsigned m = 0;
    for (size_t d = 0; d < g->ndocs; d++)
        if (has(g->docs[d]->text, g->docs[d]->len, needle))
            m |= 1u << d;
    return m;
}

static unsigned fact_docs(const rcp__dfact *f)
{
    unsigned m = 0;
    for (uint32_t k = 0; k < f->ndocs; k++)
        m |= 1u << f->docs[k];
    return m;
}

/* The union of the supports of the facts with a unit holding `needle`,
 * taking the largest support. */
static unsigned best_support(const rcp_digest *g, const char *needle)
{
    unsigned best = 0;
    int bc = -1;
    for (size_t f = 0; f < g->nfacts; f++) {
        const rcp__dfact *x = &g->facts[f];
        for (uint32_t k = 0; k < x->nunits; k++)
            if (unit_has(g, x->units[k], needle) && (int)x->ndocs > bc) {
                bc = (int)x->ndocs;
                best = fact_docs(x);
            }
    }
    return best;
}

TEST(digest_seeds_one_story_five_docs)
{
    story s;
    story_load(&s, SEEDS, 120);
    CHECK(s.g != NULL);
    CHECK_INT(s.n, 5);
    CHECK(s.g && s.g->title && s.g->title[0]);
    story_free(&s);
}

TEST(digest_seeds_glove_backed_by_every_article_with_a_glove)
{
    story s;
    story_load(&s, SEEDS, 120);
    unsigned want = docs_with(s.g, "gant");
    CHECK(__builtin_popcount(want) >= 4);
    CHECK((best_support(s.g, "gant") & want) == want);
    story_free(&s);
}

TEST(digest_seeds_rifles_backed_by_every_article_stating_them)
{
    story s;
    story_load(&s, SEEDS, 120);
    /* Putin's rifle "of the highest quality": every article that says
     * so, in whatever words (fusil / carabine, haute qualité / haut de
     * gamme) */
    unsigned want =
        docs_with(s.g, "haute qualité") | docs_with(s.g, "haut de gamme");
    CHECK(__builtin_popcount(want) >= 4);
    CHECK((best_support(s.g, "plus haute qualité") & want) == want);
    /* the mutual exchange of rifles */
    unsigned mutual = docs_with(s.g, "mutuellement");
    mutual &= ~docs_with(s.g, "mutuellement bénéfique"); /* another topic */
    mutual |= docs_with(s.g, "mutuellement offert") |
              docs_with(s.g, "mutuellement donné");
    CHECK(__builtin_popcount(mutual) >= 3);
    CHECK((best_support(s.g, "mutuellement") & mutual) == mutual);
    story_free(&s);
}

/* `needle` is stated by one article only: it is in that article's
 * `unique` and in no fact backed by two articles. */
static void check_unique(const rcp_digest *g, const char *needle)
{
    unsigned w = docs_with(g, needle);
    CHECK_INT(__builtin_popcount(w), 1);
    size_t d = (size_t)__builtin_ctz(w | 1u << 31);
    int found = 0;
    for (uint32_t k = 0; d < g->ndocs && k < g->nunique[d]; k++)
        found |= unit_has(g, g->unique[d][k], needle);
    CHECK(found);
    for (size_t i = 0; i < g->nshown; i++) {
        const rcp__dfact *f = &g->facts[g->shown[i]];
        for (uint32_t k = 0; k < f->nunits; k++)
            CHECK(!unit_has(g, f->units[k], needle));
    }
}

TEST(digest_seeds_drones_vest_bombers_unique_to_their_article)
{
    story s;
    story_load(&s, SEEDS, 120);
    check_unique(s.g, "drone de reconnaissance");
    check_unique(s.g, "gilet pare-balles");
    check_unique(s.g, "bombardiers stratégiques");
    story_free(&s);
}

TEST(digest_seeds_repeated_paragraph_counted_once)
{
    story s;
    story_load(&s, SEEDS, 120);
    const rcp_digest *g = s.g;
    const char *rep = "a visité vendredi matin des usines aéronautiques";
    /* every sentence saying it is in one fact, shown at most once */
    int fact = -1, same = 1, shown = 0;
    for (size_t i = 0; i < g->nunits; i++) {
        if (!unit_has(g, (uint32_t)i, rep))
            continue;
        if (fact < 0)
            fact = g->units[i].fact;
        same &= g->units[i].fact == fact;
    }
    CHECK(fact >= 0);
    CHECK(same);
    for (size_t d = 0; d < g->ndocs; d++)
        for (uint32_t k = 0; k < g->nunique[d]; k++)
            shown += unit_has(g, g->unique[d][k], rep);
    for (size_t i = 0; i < g->nshown; i++)
        shown += unit_has(g, g->facts[g->shown[i]].rep, rep);
    for (size_t i = 0; i < g->nsummary; i++)
        shown += unit_has(g, g->summary[i], rep);
    CHECK(shown <= 1);
    story_free(&s);
}

TEST(digest_seeds_no_boilerplate)
{
    story s;
    story_load(&s, SEEDS, 120);
    const rcp_digest *g = s.g;
    static const char *const junk[] = {
        "Partagez",    "Newsletter",  "email",       "javascript",
        "Lien source", "Comment (0)", "A lire aussi"};
    for (size_t j = 0; j < RCP_ARRAY_SIZE(junk); j++) {
        for (size_t i = 0; i < g->nsummary; i++)
            CHECK(!unit_has(g, g->summary[i], junk[j]));
        for (size_t i = 0; i < g->nshown; i++)
            CHECK(!unit_has(g, g->facts[g->shown[i]].rep, junk[j]));
        for (size_t d = 0; d < g->ndocs; d++)
            for (uint32_t k = 0; k < g->nunique[d]; k++)
                CHECK(!unit_has(g, g->unique[d][k], junk[j]));
    }
    story_free(&s);
}

TEST(digest_seeds_peskov_quotes_grouped)
{
    story s;
    story_load(&s, SEEDS, 120);
    const rcp_digest *g = s.g;
    if (g->nlp.nquotes == 0) { /* nlp not there yet: nothing to check */
        story_free(&s);
        return;
    }
    /* the glove quote, given by several articles in their own
     * translation, is one quote attributed to Dmitri Peskov */
    int found = 0;
    for (size_t i = 0; i < g->nquotes; i++) {
        const rcp__dquote *q = &g->quotes[i];
        if (!has(g->docs[q->doc]->text + q->off, q->len, "gant") &&
            !has(g->docs[q->doc]->text + q->off, q->len, "haute qualité"))
            continue;
        if (q->ndocs >= 2 && q->speaker && strstr(q->speaker, "Peskov"))
            found = 1;
    }
    CHECK(found);
    story_free(&s);
}

TEST(digest_seeds_kim_spellings_one_entity)
{
    story s;
    story_load(&s, SEEDS, 120);
    const rcp__story_nlp *nlp = &s.g->nlp;
    if (nlp->nentities == 0) {
        story_free(&s);
        return;
    }
    int holders = 0;
    for (size_t i = 0; i < nlp->nentities; i++) {
        const rcp__entity *e = &nlp->entities[i];
        int k = strstr(e->name, "Kim Jong") != NULL;
        for (size_t v = 0; v < e->nvariants; v++)
            k |= strstr(e->variants[v], "Kim Jong") != NULL &&
                 !strstr(e->variants[v], "Kim Jong-il");
        if (strstr(e->name, "Kim Jong-il"))
            k = 0;
        holders += k;
    }
    CHECK_INT(holders, 1);
    story_free(&s);
}

TEST(digest_summary_within_budget_whole_sentences)
{
    size_t budgets[] = {15, 40, 100, 120, 300};
    for (size_t b = 0; b < RCP_ARRAY_SIZE(budgets); b++) {
        story s;
        story_load(&s, SEEDS, budgets[b]);
        const rcp_digest *g = s.g;
        size_t words = 0;
        for (size_t i = 0; i < g->nsummary; i++) {
            const rcp__dunit *u = &g->units[g->summary[i]];
            const rcp_sentence *st = &g->docs[u->doc]->sents[u->sent];
            const rcp_token *tk = g->docs[u->doc]->toks;
            /* whole statements: token boundaries inside their sentence */
            CHECK(u->off >= st->off && u->off + u->len <= st->off + st->len);
            CHECK(u->off == tk[u->tok].off);
            CHECK(u->off + u->len ==
                  tk[u->tok + u->ntok - 1].off + tk[u->tok + u->ntok - 1].len);
            words += rcp__count_words(g->docs[u->doc]->text + u->off, u->len);
            for (size_t j = 0; j < i; j++) /* no fact twice */
                CHECK(u->fact != g->units[g->summary[j]].fact);
        }
        CHECK(words <= budgets[b]);
        if (budgets[b] >= 100)
            CHECK(words >= budgets[b] * 2 / 3);
        story_free(&s);
    }
}

TEST(digest_same_statement_other_values_dissents)
{
    static const char *const t[] = {
        "Le tremblement de terre a fait 12 morts dans la province de "
        "Sichuan, selon les autorités locales. La météo était clémente.",
        "Selon les autorités locales, le séisme survenu dans la province "
        "de Sichuan a fait 15 morts. Les écoles ont fermé lundi.",
        "Un match de football a eu lieu samedi au stade municipal devant "
        "deux mille spectateurs enthousiastes."};
    story s;
    story_from_texts(&s, t, 3);
    const rcp_digest *g = s.g;
    CHECK(g != NULL);
    /* 12 vs 15 deaths: the same statement with other values is no
     * corroboration (each doc dissents from the other's fact) ... */
    CHECK_INT(g->nshown, 0);
    for (size_t f = 0; f < g->nfacts; f++)
        if (unit_has(g, g->facts[f].rep, "Sichuan")) {
            CHECK_INT(g->facts[f].ndocs, 1);
            CHECK_INT(g->facts[f].ndissent, 1);
        }
    /* ... but a disagreement about that fact */
    int found = 0;
    for (size_t i = 0; i < g->ndisagree; i++) {
        const rcp__ddisagree *x = &g->disagree[i];
        if (x->nvalues == 2 && strstr(x->about, "Sichuan"))
            found = 1;
    }
    CHECK(found);
    /* the football match is the third article's own */
    CHECK_INT(g->nunique[2], 1);
    story_free(&s);
}

/* One sentence model: the digest's units are the sentences of text/, and
 * inside a short quotation kept whole the statements text/ records; no
 * unit ends at an abbreviation, initial, decimal or date. Each row: the
 * language, the text, and its units joined by '|'. */
TEST(digest_units_are_the_text_modules_statements)
{
    static const struct {
        const char *lang, *text, *units;
    } rows[] = {
        {"en",
         "\"Pinochet was arrested in London on Oct. 16. He was later "
         "freed,\" the lawyer said.",
         "\"Pinochet was arrested in London on Oct. 16.|He was later "
         "freed,\" the lawyer said."},
        {"en",
         "\"The Aug. 7 bombing of two U.S. embassies in East Africa killed "
         "224 people. We will not forget,\" he said.",
         "\"The Aug. 7 bombing of two U.S. embassies in East Africa killed "
         "224 people.|We will not forget,\" he said."},
        {"en",
         "\"Gen. Smith spoke to John F. Kennedy Jr. about it. Nothing came "
         "of it,\" she said.",
         "\"Gen. Smith spoke to John F. Kennedy Jr. about it.|Nothing came "
         "of it,\" she said."},
        {"en", "The U.S. Navy said on Dec. 13 that 23 pirates were taken.",
         "The U.S. Navy said on Dec. 13 that 23 pirates were taken."},
        {"fr",
         "« M. Dupont a payé 3.5 millions le 12 sept. 2008. Il le nie », "
         "a dit J. Martin.",
         "« M. Dupont a payé 3.5 millions le 12 sept. 2008.|Il le nie », "
         "a dit J. Martin."},
        {"fr",
         "Le Dr. Durand a vu J.-M. Le Pen. Il est reparti le 3 oct. 2008 "
         "à 10 h.",
         "Le Dr. Durand a vu J.-M. Le Pen.|Il est reparti le 3 oct. 2008 "
         "à 10 h."},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_doc *d = rcp_doc_new(rows[r].text, strlen(rows[r].text),
                                 rows[r].lang);
        const rcp_doc *docs[] = {d};
        rcp_digest *g = rcp_digest_new(docs, 1, NULL);
        CHECK(g != NULL);
        if (!g) {
            rcp_doc_free(d);
            continue;
        }
        char got[512] = "";
        for (size_t i = 0; i < g->nunits; i++) {
            size_t l = strlen(got);
            snprintf(got + l, sizeof got - l, "%s%.*s", i ? "|" : "",
                     (int)g->units[i].len, d->text + g->units[i].off);
        }
        CHECK_STR(got, rows[r].units);
        rcp_digest_free(g);
        rcp_doc_free(d);
    }
}

/* A statement whose subject pronoun follows a comma within its first ten
 * words refers back (opens_on_reference: "De retour en France, elle
 * affirme..."); one whose pronoun comes later, an impersonal "il y a", or
 * a named subject does not. */
TEST(digest_pronoun_after_opening_complement_refers_back)
{
    static const struct {
        const char *lang, *text;
        int refers;
    } rows[] = {
        {"fr", "De retour en France, elle affirme que le projet avance.", 1},
        {"en", "On Monday, he said the plant would close in March.", 1},
        {"fr", "Selon le texte, ils devront payer une amende de 200 euros.", 1},
        {"fr", "La ministre, elle, affirme que le projet avance bien.", 1},
        {"fr", "Le conseil municipal de la ville a voté hier soir le budget "
               "annuel, il sera publié demain.", 0},
        {"fr", "Dans la ville, il y a trois écoles fermées depuis lundi.", 0},
        {"en", "On Monday, the mayor said the plant would close in March.", 0},
        {"en", "The mayor said on Monday that he would resign, sources say.", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_doc *d = rcp_doc_new(rows[r].text, strlen(rows[r].text),
                                 rows[r].lang);
        const rcp_doc *docs[] = {d};
        rcp_digest *g = rcp_digest_new(docs, 1, NULL);
        CHECK(g != NULL && g->nunits == 1);
        if (g && g->nunits == 1)
            CHECK_INT(rcp__digest_opens_on_reference(g, &g->units[0]),
                      rows[r].refers);
        rcp_digest_free(g);
        rcp_doc_free(d);
    }
}

TEST(digest_same_doc_repeat_counts_once)
{
    static const char *const t[] = {
        "Le ministre a annoncé la fermeture de la centrale nucléaire en "
        "2030.\nLe ministre a annoncé la fermeture de la centrale "
        "nucléaire en 2030.",
        "Une journée ensoleillée est attendue sur toute la côte atlantique "
        "ce week-end."};
    story s;
    story_from_texts(&s, t, 2);
    const rcp_digest *g = s.g;
    CHECK_INT(g->nshown, 0); /* one doc twice is no corroboration */
    CHECK_INT(g->nunique[0], 1);
    story_free(&s);
}

TEST(digest_empty_and_tiny_inputs)
{
    rcp_digest *g = rcp_digest_new(NULL, 0, NULL);
    CHECK(g != NULL);
    FILE *f = tmpfile();
    const rcp_digest *const one[] = {g};
    CHECK_INT(rcp_digest_write_json(f, one, 1), 0);
    CHECK_INT(rcp_digest_write_md(f, one, 1), 0);
    CHECK_INT(rcp_digest_write_html(f, one, 1), 0);
    fclose(f);
    rcp_digest_free(g);
    rcp_digest_free(NULL);
    static const char *const t[] = {"", "?", "« »"};
    story s;
    story_from_texts(&s, t, 3);
    CHECK(s.g != NULL);
    story_free(&s);
}

TEST(digest_json_parses_and_is_verbatim)
{
    story s;
    story_load(&s, SEEDS, 100);
    const rcp_digest *const one[] = {s.g};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK_INT(rcp_digest_write_json(f, one, 1), 0);
    fclose(f);
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__json *root = NULL;
    CHECK_INT(rcp__json_parse(buf, len, &a, &root, NULL, NULL), 0);
    /* the summary's sentences are those of the articles it names */
    const rcp__json *st = rcp__json_get(root, "stories");
    CHECK(st != NULL);
    for (size_t i = 0; i < s.g->nsummary; i++) {
        const rcp__dunit *u = &s.g->units[s.g->summary[i]];
        CHECK(has(buf, len, s.g->ids[u->doc]));
    }
    CHECK(has(buf, len, "\"stories\""));
    CHECK(has(buf, len, "\"disagreements\""));
    rcp__arena_release(&a);
    free(buf);
    story_free(&s);
}

/* A partial supporter (rcp__digest_partial: it states the fact's claim,
 * not every detail of the sentence shown) is named in the JSON's
 * "partial", marked "(part)" after its id in Markdown with its own
 * sentence under the fact, and in HTML beside its own sentence; the
 * accessor rcp_digest_fact_partial says the same. Row:
 * the format, then what it must hold ('@': the partial doc's id). */
/* The fact whose text holds `needle`, through the accessor: of its n
 * docs, doc `part` alone is flagged partial. */
static void only_doc_partial(const rcp_digest *g, const char *needle,
                             size_t n, size_t part)
{
    rcp_digest_item it;
    size_t i;
    int found = 0;
    for (i = 0; g && rcp_digest_fact_at(g, i, &it); i++)
        if (has(it.text, it.len, needle)) {
            found = 1;
            break;
        }
    CHECK(found);
    for (size_t k = 0; found && k < n; k++)
        CHECK_INT(rcp_digest_fact_partial(g, i, k), k == part);
}

/* A story where doc 2 states the shown claim without its reason (after
 * engineers found cracks) and is flagged partial: read by the writers'
 * table and by the memo's. */
static const char *const bridge_partial[] = {
    "Le maire a fermé le vieux pont sur la rivière lundi après que des "
    "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
    "Lundi, le maire a fermé le vieux pont sur la rivière après que des "
    "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
    "Le maire a fermé le vieux pont sur la rivière lundi, selon un "
    "porte-parole de la ville.",
    "Une fête de village a réuni trois cents personnes dimanche."};

TEST(digest_partial_written_table)
{
    static const struct {
        int (*write)(FILE *, const rcp_digest *const *, size_t);
        const char *want;
    } rows[] = {
        {rcp_digest_write_json, "\"partial\": [\"@\"]"},
        {rcp_digest_write_md, ", @ (part))\n  - @ (part): Le maire a fermé le "
                              "vieux pont sur la rivière lundi, selon un "
                              "porte-parole de la ville.\n"},
        {rcp_digest_write_html, "@</span> (part) Le maire a fermé"},
    };
    story s;
    story_from_texts(&s, bridge_partial, 4);
    CHECK(s.g != NULL);
    const rcp_digest *const one[] = {s.g};
    for (size_t r = 0; s.g && r < RCP_ARRAY_SIZE(rows); r++) {
        char *buf = NULL, want[512];
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        CHECK_INT(rows[r].write(f, one, 1), 0);
        fclose(f);
        size_t w = 0;
        for (const char *p = rows[r].want; *p && w + 64 < sizeof want; p++)
            if (*p == '@')
                w += (size_t)snprintf(want + w, sizeof want - w, "%s",
                                      s.g->ids[2]);
            else
                want[w++] = *p;
        want[w] = 0;
        if (!has(buf, len, want))
            fprintf(stderr, "# row %zu: no %s in\n%.*s\n", r, want, (int)len,
                    buf);
        CHECK(has(buf, len, want));
        free(buf);
    }
    /* the accessor says the same of the fact's support */
    only_doc_partial(s.g, "fissures", 4, 2);
    story_free(&s);
}

/* A row of a test of two sentences: the shown one, a supporter's, in
 * lang, and what the test of the pair must answer. */
typedef struct {
    const char *lang;
    const char *shown, *other;
    int want;
} pair_row;

/* Digests each row's two sentences as a story of two docs and checks
 * test(g, first unit of doc 0, first unit of doc 1) == want. */
static void check_pair_rows(const pair_row *rows, size_t n,
                            int (*test)(const rcp_digest *,
                                        const rcp__dunit *,
                                        const rcp__dunit *))
{
    for (size_t r = 0; r < n; r++) {
        const char *t[] = {rows[r].shown, rows[r].other};
        story s;
        story_of_texts(&s, rows[r].lang, t, 2);
        CHECK(s.g != NULL);
        uint32_t u[2] = {UINT32_MAX, UINT32_MAX};
        for (uint32_t k = 0; s.g && k < s.g->nunits; k++)
            if (u[s.g->units[k].doc] == UINT32_MAX)
                u[s.g->units[k].doc] = k;
        if (s.g && u[0] != UINT32_MAX && u[1] != UINT32_MAX) {
            int got = test(s.g, &s.g->units[u[0]], &s.g->units[u[1]]);
            if (got != rows[r].want)
                fprintf(stderr, "# row %zu: %d\n", r, got);
            CHECK_INT(got, rows[r].want);
        } else
            CHECK(0);
        story_free(&s);
    }
}

/* The detail test of the partial flag (rcp__digest_detail_missing): a
 * supporter's sentence that lacks a time, a day, a distance, a figure or
 * the speaker of the shown sentence lacks a detail; one that gives it
 * another way (another writing of the number, another unit, a relative
 * day, a pronoun or another speaker) does not. */
TEST(digest_detail_missing_table)
{
    static const pair_row rows[] = {
        /* a clock time the values leave unread, and its digits */
        {"en", "The referee stopped the race at 3:41 in the final lap.",
         "The referee stopped the race in the final lap.", 1},
        {"en", "The referee stopped the race at 3:41 in the final lap.",
         "The referee stopped the race at 3.41 in the final lap.", 0},
        /* a weekday, and another day */
        {"en", "On Tuesday, the board dismissed the chief executive of the "
               "company.",
         "The board dismissed the chief executive of the company.", 1},
        {"en", "On Tuesday, the board dismissed the chief executive of the "
               "company.",
         "Yesterday the board dismissed the chief executive of the company.",
         0},
        {"fr", "Le conseil a limogé mardi le directeur général de la société.",
         "Le conseil a limogé le directeur général de la société.", 1},
        {"fr", "Le conseil a limogé mardi le directeur général de la société.",
         "Le conseil a limogé hier le directeur général de la société.", 0},
        {"fr", "Le conseil a limogé mardi le directeur général de la société.",
         "Le conseil a limogé le 4 mars le directeur général de la société.",
         0},
        /* a distance, in the same or another unit */
        {"en", "The storm made landfall 40 miles south of the harbour.",
         "The storm made landfall south of the harbour.", 1},
        {"en", "The storm made landfall 40 miles south of the harbour.",
         "The storm made landfall 64km south of the harbour.", 0},
        /* a figure */
        {"en", "The crowd of at least a dozen people waited around 4 p.m. "
               "outside the hall.",
         "The crowd waited around 4 p.m. outside the hall.", 1},
        {"fr", "Le garçon, âgé de 6 ans, a été retrouvé seul dans un parc.",
         "Le garçon a été retrouvé seul dans un parc.", 1},
        {"fr", "L'État va prêter 12 milliards d'euros aux banques.",
         "L'État va prêter 12 milliards d'euros aux grandes banques.", 0},
        /* a time of day, by a clock or by the part of a weekday */
        {"fr", "Les pompiers sont arrivés à 16h30 devant l'entrepôt.",
         "Les pompiers sont arrivés devant l'entrepôt.", 1},
        {"en", "Firefighters stayed at the warehouse this morning.",
         "Firefighters stayed at the warehouse until Sunday.", 1},
        {"en", "Firefighters stayed at the warehouse this morning.",
         "Firefighters stayed at the warehouse on Sunday morning.", 0},
        /* the figure inside a time is the time's ("6 p.m." / "6:00 p.m.") */
        {"en", "The suspect surrendered to officers just after 6 p.m.",
         "The suspect surrendered to officers just after 6:00 p.m.", 0},
        /* who says it: named in the shown sentence, told of by none in
         * the other; a pronoun, another speaker or a quote tells of one */
        {"en",
         "The fire destroyed the old warehouse near the harbour, "
         "Hastings said.",
         "The fire destroyed the old warehouse near the harbour.", 1},
        {"en",
         "The fire destroyed the old warehouse near the harbour, "
         "Hastings said.",
         "The fire destroyed the old warehouse near the harbour, he said.", 0},
        {"en",
         "The fire destroyed the old warehouse near the harbour, "
         "Hastings said.",
         "The fire destroyed the old warehouse near the harbour, officials "
         "said.",
         0},
        {"en",
         "Hastings said the fire destroyed the old warehouse near the "
         "harbour.",
         "\"The fire destroyed the old warehouse near the harbour.\"", 0},
        {"fr",
         "L'incendie a détruit le vieil entrepôt du port, selon les "
         "pompiers.",
         "L'incendie a détruit le vieil entrepôt du port.", 1},
        {"fr",
         "L'incendie a détruit le vieil entrepôt du port, a déclaré "
         "Jean Martin.",
         "L'incendie a détruit le vieil entrepôt du port.", 1},
        {"fr",
         "L'incendie a détruit le vieil entrepôt du port, a déclaré "
         "Jean Martin.",
         "L'incendie a détruit le vieil entrepôt du port, a-t-il ajouté.", 0},
    };
    check_pair_rows(rows, RCP_ARRAY_SIZE(rows), rcp__digest_detail_missing);
}

static int tense_clash(const rcp_digest *g, const rcp__dunit *s,
                       const rcp__dunit *x)
{
    (void)g;
    return rcp__digest_tense_clash(s, x);
}

/* The tense clash of two sentences (rcp__digest_tense_clash), which
 * takes a supporter out of a fact a third sentence had grouped: the
 * verbs of each main claim all in one tense, a forecast in one and a
 * deed in the other, with a lemma in common. */
TEST(digest_tense_clash_table)
{
    static const pair_row rows[] = {
        {"en",
         "Maurice Dupont was officially introduced as the new head "
         "coach of the Rangers.",
         "Maurice Dupont will be introduced as the new head coach of the "
         "Rangers at a news conference.",
         1},
        {"en",
         "Maurice Dupont will be introduced as the new head coach of "
         "the Rangers at a news conference.",
         "Maurice Dupont was officially introduced as the new head coach of "
         "the Rangers.",
         1},
        /* one tense */
        {"en",
         "Maurice Dupont was officially introduced as the new head "
         "coach of the Rangers.",
         "Maurice Dupont was introduced as the new head coach of the Rangers "
         "at a news conference.",
         0},
        /* no verb in common: an announcement of what will be */
        {"en", "Maurice Dupont was named the new head coach of the Rangers.",
         "Maurice Dupont will coach the Rangers for the rest of the season.",
         0},
        {"fr",
         "Le club a présenté lundi Maurice Dupont comme nouvel "
         "entraîneur des Rangers.",
         "Le club présentera Maurice Dupont comme nouvel entraîneur des "
         "Rangers lors d'une conférence de presse.",
         1},
        {"fr",
         "Le club doit présenter Maurice Dupont comme nouvel "
         "entraîneur des Rangers lors d'une conférence de presse.",
         "Le club a présenté lundi Maurice Dupont comme nouvel entraîneur "
         "des Rangers.",
         1},
        /* a present among the verbs: no clash */
        {"fr",
         "Le club a présenté lundi Maurice Dupont, qui dirige "
         "désormais les Rangers.",
         "Le club présentera Maurice Dupont et il dirige déjà les Rangers.", 0},
    };
    check_pair_rows(rows, RCP_ARRAY_SIZE(rows), tense_clash);
}

/* Stories of two articles in other languages (RCP_LC_OTHER), whose
 * verbs no list knows: their sentences are statements (none taken for a
 * verbless caption), so the same statement is a fact both back; but a
 * sentence that negates a word the other states without negation
 * (rcp__is_negation) backs no fact with it. want: a fact is shown with
 * both articles behind it. */
TEST(digest_other_languages_table)
{
    static const struct {
        const char *lang, *a, *b;
        int want;
    } rows[] = {
        {"es", "Los bomberos tardaron seis horas en controlar las llamas.",
         "Los bomberos tardaron seis horas en controlar las llamas, según el "
         "ayuntamiento.",
         1},
        {"de", "Die Reparatur soll drei Monate dauern und 4 Millionen Euro "
               "kosten.",
         "Die Reparatur soll drei Monate dauern und 4 Millionen Euro kosten, "
         "sagte ein Sprecher der Stadt.",
         1},
        {"it", "Una scossa di magnitudo 4,2 ha colpito l'Umbria venerdì "
               "mattina alle 6:15.",
         "Un terremoto di magnitudo 4,2 ha colpito l'Umbria venerdì mattina "
         "alle 6:15.",
         1},
        {"es", "El Gobierno no subirá los impuestos sobre la gasolina este "
               "año, anunció el ministro.",
         "El Gobierno subirá los impuestos sobre la gasolina este año, "
         "anunció el ministro.",
         0},
        {"de", "Die Stadt hat die Brücke über die Elbe am Donnerstag nicht "
               "gesperrt.",
         "Die Stadt hat die Brücke über die Elbe am Donnerstag gesperrt.", 0},
        {"it", "Il sindaco non ha chiuso le scuole di Norcia dopo la scossa "
               "di venerdì.",
         "Il sindaco ha chiuso le scuole di Norcia dopo la scossa di venerdì.",
         0},
        /* the negation of another clause: "confirmó" is not in b */
        {"es", "La empresa no confirmó la causa del fuego y la policía abrió "
               "una investigación sobre el incendio.",
         "La policía abrió una investigación sobre el incendio de la "
         "fábrica.",
         1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *t[] = {rows[r].a, rows[r].b};
        story s;
        story_of_texts(&s, rows[r].lang, t, 2);
        CHECK(s.g != NULL);
        int got = 0;
        for (size_t i = 0; s.g && i < s.g->nshown; i++)
            got |= s.g->facts[s.g->shown[i]].ndocs == 2;
        if (got != rows[r].want)
            fprintf(stderr, "# row %zu: %d\n", r, got);
        CHECK_INT(got, rows[r].want);
        story_free(&s);
    }
}

/* A supporter whose sentence holds the shown one's weight but not its
 * weekday is flagged partial (the detail test), in the writers and the
 * accessor alike. */
TEST(digest_partial_detail_written)
{
    static const char *const t[] = {
        "Le maire a fermé le vieux pont sur la rivière lundi après que des "
        "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
        "Lundi, le maire a fermé le vieux pont sur la rivière après que des "
        "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
        "Le maire a fermé le vieux pont sur la rivière après que des "
        "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
        "Une fête de village a réuni trois cents personnes dimanche."};
    story s;
    story_from_texts(&s, t, 4);
    CHECK(s.g != NULL);
    only_doc_partial(s.g, "fissures", 4, 2);
    story_free(&s);
}

/* A built digest keeps each partial flag asked (g->pmemo), by fact, shown
 * unit and doc: one supporter may be partial under the fact's shown
 * sentence and not under its own. Rows, asked in order of one digest:
 * the shown unit (-1 the fact's, else doc k's sentence of the fact), the
 * doc asked, the flag (a flag kept by fact and doc alone fails row 1). */
TEST(digest_partial_kept_by_shown_unit)
{
    static const struct {
        int shown;
        uint32_t doc;
        int want;
    } rows[] = {{2, 2, 0}, {-1, 2, 1}, {2, 2, 0}, {-1, 0, 0}, {-1, 2, 1}};
    story s;
    story_from_texts(&s, bridge_partial, 4);
    CHECK(s.g != NULL && s.g->pmemo != NULL);
    const rcp__dfact *f = NULL;
    rcp_digest_item it;
    for (size_t i = 0; s.g && !f && rcp_digest_fact_at(s.g, i, &it); i++)
        if (has(it.text, it.len, "fissures"))
            f = &s.g->facts[s.g->shown[i]];
    CHECK(f != NULL);
    uint32_t own = UINT32_MAX; /* doc 2's sentence of the fact */
    for (uint32_t k = 0; f && k < f->nunits; k++)
        if (s.g->units[f->units[k]].doc == 2)
            own = f->units[k];
    CHECK(own != UINT32_MAX);
    for (size_t r = 0; own != UINT32_MAX && r < RCP_ARRAY_SIZE(rows); r++) {
        uint32_t shown = rows[r].shown < 0 ? f->rep : own;
        int got = rcp__digest_partial(s.g, f, shown, rows[r].doc);
        if (got != rows[r].want)
            fprintf(stderr, "# row %zu: %d\n", r, got);
        CHECK_INT(got, rows[r].want);
    }
    story_free(&s);
}

/* The sentence a supporter shows (rcp__digest_evidence_shown): when the
 * sentence the fact groups (here the fact is made to group doc 1's
 * sentence `grouped`) holds little of the shown sentence and does not use
 * its main predicate, the sentence of the article that uses it and holds
 * the most; else the grouped one. */
TEST(digest_evidence_shown_table)
{
    static const struct {
        const char *lang;
        const char *t[3];
        const char *grouped; /* doc 1's sentence the fact is made to group */
        const char *want;    /* doc 1's sentence shown */
    } rows[] = {
        {"en",
         {"The mayor closed the old bridge over the river on Monday after "
          "engineers found cracks in two of its pillars.",
          "The old bridge over the river is a landmark. Residents were "
          "surprised. After engineers found cracks in two of its pillars, "
          "the mayor closed the bridge on Monday.",
          "The mayor closed the old bridge over the river on Monday after "
          "engineers found cracks in two of its pillars."},
         "is a landmark",
         "After engineers"},
        {"fr",
         {"Le maire a fermé le vieux pont sur la rivière lundi après que des "
          "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
          "Le vieux pont sur la rivière est un monument. Les habitants sont "
          "surpris. Des ingénieurs avaient trouvé des fissures dans deux "
          "piliers du pont, que le maire a fermé lundi.",
          "Le maire a fermé le vieux pont sur la rivière lundi après que des "
          "ingénieurs ont trouvé des fissures dans deux de ses piliers."},
         "est un monument",
         "Des ingénieurs"},
        /* the grouped sentence uses the main predicate: kept */
        {"fr",
         {"Le maire a fermé le vieux pont sur la rivière lundi après que des "
          "ingénieurs ont trouvé des fissures dans deux de ses piliers.",
          "Le maire a fermé le pont. Les habitants sont surpris. Des "
          "ingénieurs avaient trouvé des fissures dans deux piliers du "
          "vieux pont sur la rivière, que le maire a fermé lundi.",
          "Le maire a fermé le vieux pont sur la rivière lundi après que des "
          "ingénieurs ont trouvé des fissures dans deux de ses piliers."},
         "Le maire a fermé le pont.",
         "Le maire a fermé le pont."},
        /* no other sentence uses it: kept */
        {"en",
         {"The mayor closed the old bridge over the river on Monday after "
          "engineers found cracks in two of its pillars.",
          "The old bridge over the river is a landmark. Residents were "
          "surprised. Engineers found cracks in two of its pillars on "
          "Monday.",
          "The mayor closed the old bridge over the river on Monday after "
          "engineers found cracks in two of its pillars."},
         "is a landmark",
         "is a landmark"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        story s;
        memset(&s, 0, sizeof s);
        for (size_t i = 0; i < 3; i++)
            s.docs[s.n++] =
                rcp_doc_new(rows[r].t[i], strlen(rows[r].t[i]), rows[r].lang);
        s.g = rcp_digest_new((const rcp_doc *const *)s.docs, s.n, NULL);
        CHECK(s.g != NULL);
        if (!s.g) {
            story_free(&s);
            continue;
        }
        /* the fact doc 0's sentence shows, made to group doc 1's sentence
         * rows[r].grouped */
        rcp__dfact *f = &s.g->facts[s.g->units[0].fact];
        uint32_t g1 = UINT32_MAX;
        for (uint32_t u = 0; u < s.g->nunits; u++)
            if (s.g->units[u].doc == 1 && unit_has(s.g, u, rows[r].grouped))
                g1 = u;
        CHECK(g1 != UINT32_MAX);
        uint32_t keep = 0;
        for (uint32_t a = 0; a < f->nunits; a++)
            if (s.g->units[f->units[a]].doc != 1)
                f->units[keep++] = f->units[a];
        f->nunits = keep;
        uint32_t *units = malloc((keep + 1) * sizeof *units);
        CHECK(units != NULL);
        if (!units || g1 == UINT32_MAX) {
            free(units);
            story_free(&s);
            continue;
        }
        uint32_t n = 0;
        for (uint32_t a = 0; a < keep; a++) {
            if (g1 != UINT32_MAX && s.g->units[f->units[a]].doc > 1)
                units[n++] = g1, g1 = UINT32_MAX;
            units[n++] = f->units[a];
        }
        if (g1 != UINT32_MAX)
            units[n++] = g1;
        uint32_t *old = f->units;
        f->units = units, f->nunits = n;
        CHECK(unit_has(s.g, rcp__digest_evidence(s.g, f, f->rep, 1),
                       rows[r].grouped));
        uint32_t e = rcp__digest_evidence_shown(s.g, f, f->rep, 1);
        CHECK(e != UINT32_MAX && unit_has(s.g, e, rows[r].want));
        if (e != UINT32_MAX && !unit_has(s.g, e, rows[r].want))
            fprintf(stderr, "# row %zu: shown %.*s\n", r,
                    (int)s.g->units[e].len,
                    s.g->docs[s.g->units[e].doc]->text + s.g->units[e].off);
        f->units = old, f->nunits = keep;
        free(units);
        story_free(&s);
    }
}

TEST(digest_html_escapes)
{
    static const char *const t[] = {
        "Le <script>alert(1)</script> & cie a publié un communiqué sur "
        "les résultats annuels de l'entreprise.",
        "Une autre annonce sans rapport a été faite par la mairie hier "
        "soir devant la presse."};
    story s;
    story_from_texts(&s, t, 2);
    const rcp_digest *const one[] = {s.g};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK_INT(rcp_digest_write_html(f, one, 1), 0);
    fclose(f);
    CHECK(!has(buf, len, "<script>"));
    CHECK(has(buf, len, "&lt;script&gt;"));
    CHECK(!has(buf, len, "http"));
    free(buf);
    story_free(&s);
}

/* Articles from JSON Lines records, for tests that need metadata. */
static void story_from_json(story *s, const char *const *lines, size_t n)
{
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < n; i++) {
        rcp_article *a = NULL;
        if (rcp_article_from_json(lines[i], strlen(lines[i]), NULL, &a, NULL) ==
            0) {
            s->arts[s->n] = a;
            s->docs[s->n] = rcp_doc_from_article(a);
            s->n++;
        }
    }
    s->g = rcp_digest_new((const rcp_doc *const *)s->docs, s->n, NULL);
}

static int has_pubdate_disagreement(const rcp_digest *g)
{
    for (size_t i = 0; i < g->ndisagree; i++)
        if (!strcmp(g->disagree[i].about, "publication date"))
            return 1;
    return 0;
}

TEST(digest_publication_dates)
{
    static const char *const far[] = {
        "{\"id\": \"a\", \"source\": \"x.fr\", \"date\": \"2023-09\", "
        "\"lang\": \"fr\", \"text\": \"Le sommet a eu lieu mercredi au "
        "cosmodrome de Vostotchny en Extrême-Orient.\"}",
        "{\"id\": \"b\", \"source\": \"y.fr\", \"date\": \"2023-10\", "
        "\"lang\": \"fr\", \"text\": \"Le sommet a eu lieu au cosmodrome "
        "de Vostotchny, en Extrême-Orient russe.\"}"};
    static const char *const near[] = {
        "{\"id\": \"a\", \"source\": \"x.fr\", \"date\": \"2023-09-29\", "
        "\"lang\": \"fr\", \"text\": \"Le sommet a eu lieu mercredi au "
        "cosmodrome de Vostotchny en Extrême-Orient.\"}",
        "{\"id\": \"b\", \"source\": \"x.fr\", \"date\": \"2023-10-02\", "
        "\"lang\": \"fr\", \"text\": \"Le sommet a eu lieu au cosmodrome "
        "de Vostotchny, en Extrême-Orient russe.\"}"};
    story s;
    story_from_json(&s, far, 2);
    CHECK_INT(s.n, 2);
    CHECK(has_pubdate_disagreement(s.g));
    CHECK_INT(s.g->outlets, 2);
    story_free(&s);
    story_from_json(&s, near, 2);
    CHECK(!has_pubdate_disagreement(s.g));
    CHECK_INT(s.g->outlets, 1); /* one source, two articles */
    if (s.g->nshown == 1) {
        CHECK_INT(s.g->facts[s.g->shown[0]].ndocs, 2);
        CHECK_INT(s.g->facts[s.g->shown[0]].outlets, 1);
    }
    story_free(&s);
}

static size_t count(const char *buf, size_t len, const char *needle)
{
    size_t n = 0, k = strlen(needle);
    for (const char *p = buf; (p = memmem(p, len - (size_t)(p - buf),
                                          needle, k)) != NULL;
         p += k)
        n++;
    return n;
}

/* The story template of `serve` and `digest --format html`: one badge per
 * outlet behind a fact however many of its articles state it, linked to
 * an article only through an http(s) url, every text escaped; the page
 * of several stories has an index linking to each. */
TEST(digest_html_badges_and_index)
{
    static const char *const arts[] = {
        "{\"id\": \"a\", \"source\": \"x.example\", \"url\": "
        "\"https://x.example/1\", \"title\": \"Pont <ferme>\", \"text\": "
        "\"Le pont de Tancarville a été fermé mardi après une collision "
        "entre deux camions.\"}",
        "{\"id\": \"b\", \"source\": \"x.example\", \"url\": "
        "\"https://x.example/2\", \"text\": \"Le pont de Tancarville a été "
        "fermé mardi après une collision entre deux camions.\"}",
        "{\"id\": \"c\", \"source\": \"y.example\", \"url\": "
        "\"javascript:alert(1)\", \"text\": \"Le pont de Tancarville a été "
        "fermé mardi après une collision entre deux camions. Un chauffeur "
        "a été blessé.\"}"};
    story s;
    story_from_json(&s, arts, 3);
    CHECK_INT(s.n, 3);
    size_t len = 0;
    CHECK_INT(rcp_digest_html(s.g, NULL, 0, &len), 0);
    char *buf = malloc(len + 1);
    CHECK(buf != NULL);
    size_t len2 = 0;
    CHECK_INT(rcp_digest_html(s.g, buf, len + 1, &len2), 0);
    CHECK_INT(len2, len);
    CHECK_INT(strlen(buf), len);
    CHECK(has(buf, len, "<article class=\"story\" id=\"s1\">"));
    CHECK(has(buf, len, "Pont &lt;ferme&gt;"));
    CHECK(!has(buf, len, "javascript:"));
    /* every article states the fact in the shown words: no evidence to
     * show (tests/cli/cases/digest-evidence-html shows other words) */
    CHECK(has(buf, len, "<span class=\"badge\">y.example</span>"));
    CHECK(!has(buf, len, "<details class=\"ev\">"));
    if (s.g->nshown) {
        /* the fact's badges: x.example once (two of its articles) */
        const char *f = strstr(buf, "<h2>Facts several outlets state</h2>");
        CHECK(f != NULL);
        const char *e = f ? strstr(f, "</ul>") : NULL;
        CHECK(e != NULL);
        if (f && e)
            CHECK_INT(count(f, (size_t)(e - f), "x.example</a></span>"), 1);
    }
    free(buf);
    /* two stories: an index, then each, anchored */
    char *page = NULL;
    size_t plen = 0;
    FILE *out = open_memstream(&page, &plen);
    const rcp_digest *two[] = {s.g, s.g};
    CHECK_INT(rcp_digest_write_html(out, two, 2), 0);
    fclose(out);
    CHECK(has(page, plen, "<ol class=\"stories\">"));
    CHECK_INT(count(page, plen, "<li><a href=\"#s1\">"), 2);
    CHECK_INT(count(page, plen, "<article class=\"story\" id=\"s1\">"), 2);
    CHECK(has(page, plen, "</body></html>"));
    free(page);
    story_free(&s);
}

TEST(digest_same_action_different_people_not_merged)
{
    static const char *const t[] = {
        "Mercredi, l'avocat Etienne Tête a déposé un recours devant le "
        "Conseil d'Etat contre le nouveau fichier de police.",
        "Jeudi, l'ancienne ministre Corinne Lepage a déposé un recours "
        "devant le Conseil d'Etat contre le nouveau fichier de police.",
        "Etienne Tête a déposé mercredi un recours devant le Conseil "
        "d'Etat contre le nouveau fichier de police."};
    story s;
    story_from_texts(&s, t, 3);
    const rcp_digest *g = s.g;
    int people = 0;
    for (size_t e = 0; e < g->nlp.nentities; e++)
        people += g->nlp.entities[e].type == RCP__ENT_PER;
    if (people >= 2) { /* nlp tells the two people apart */
        /* Tête's appeal: docs 0 and 2, never Lepage's */
        CHECK_INT(g->nshown, 1);
        if (g->nshown == 1)
            CHECK_INT(fact_docs(&g->facts[g->shown[0]]), 0x5);
    }
    story_free(&s);
}

/* A unit names a person (its bit in rcp__dunit.people) when one of the
 * person's spellings lies inside the unit's bytes: at its first byte, at
 * its last, by a variant; not in a unit of the same doc that does not
 * hold it, nor in the next doc's (name_people finds a doc's places once
 * and places them in its units; the rows fail when the place test is a
 * byte off at either end of a unit). */
TEST(digest_people_placed_in_units_table)
{
    static const char *const t[] = {
        "Etienne Tête a déposé un recours devant le Conseil d'Etat. "
        "Le fichier de police inquiète les avocats. "
        "Le recours vise le décret du ministère, a précisé Etienne Tête",
        "Le recours d'Etienne Tête vise le décret. "
        "Les avocats dénoncent le fichier de police. "
        "Le Conseil d'Etat examinera le recours de Tête"};
    static const struct {
        const char *in; /* a unit holding this */
        int named;
    } rows[] = {
        {"Etienne Tête a déposé", 1},      /* at the unit's first byte */
        {"inquiète les avocats", 0},
        {"a précisé Etienne Tête", 1},     /* up to its last byte */
        {"Le recours d'Etienne Tête", 1},
        {"dénoncent le fichier", 0},
        {"examinera le recours de Tête", 1}, /* a variant, at the end */
    };
    story s;
    story_from_texts(&s, t, 2);
    const rcp_digest *g = s.g;
    int bit = -1, per = 0;
    for (size_t e = 0; e < g->nlp.nentities && bit < 0; e++)
        if (g->nlp.entities[e].type == RCP__ENT_PER) {
            if (strstr(g->nlp.entities[e].name, "Tête"))
                bit = per;
            per++;
        }
    CHECK(bit >= 0);
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows) && bit >= 0; r++) {
        int found = 0;
        for (size_t u = 0; u < g->nunits; u++)
            if (unit_has(g, (uint32_t)u, rows[r].in)) {
                found = 1;
                CHECK_INT((int)(g->units[u].people >> bit & 1), rows[r].named);
            }
        CHECK(found);
    }
    story_free(&s);
}

TEST(digest_short_story_still_summarized)
{
    static const char *const t[] = {"Le ministre démissionne.",
                                    "Démission du ministre"};
    story s;
    story_from_texts(&s, t, 2);
    CHECK(s.g->nsummary >= 1);
    story_free(&s);
}

/* Made-up stories of random words, quotes, brackets and numbers: no
 * crash, and the invariants hold (budget, supports sorted and unique,
 * unique statements from their own doc). Deterministic. */
TEST(digest_random_stories_keep_invariants)
{
    static const char *const w[] = {
        "Le",        "ministre", "a",      "annoncé", "«",    "»",
        "(",         ")",        "[",      "]",       "12",   "15",
        "morts",     ".",        "?",      "!",       ",",    "Paris",
        "M.",        "Kim",      "\"",     "jeudi",   "2023", "le",
        "président", "Dmitri",   "Peskov", "\n",      "…",    "a-t-il",
        "déclaré",   "l'",       "accord", "fusil",   "gant"};
    uint64_t x = 42;
    for (int round = 0; round < 40; round++) {
        char texts[4][600];
        const char *t[4];
        size_t nd = 1 + (size_t)(round % 4);
        for (size_t d = 0; d < nd; d++) {
            size_t len = 0;
            int nw = (int)(x % 90);
            for (int i = 0; i < nw; i++) {
                x = x * 6364136223846793005ULL + 1442695040888963407ULL;
                const char *s = w[(x >> 33) % RCP_ARRAY_SIZE(w)];
                size_t l = strlen(s);
                if (len + l + 2 >= sizeof texts[d])
                    break;
                memcpy(texts[d] + len, s, l);
                len += l;
                texts[d][len++] = ' ';
            }
            texts[d][len] = 0;
            t[d] = texts[d];
        }
        story s;
        story_from_texts(&s, t, nd);
        const rcp_digest *g = s.g;
        CHECK(g != NULL);
        if (!g) {
            story_free(&s);
            continue;
        }
        size_t words = 0;
        for (size_t i = 0; i < g->nsummary; i++)
            words += g->units[g->summary[i]].words;
        CHECK(words <= 120);
        for (size_t f = 0; f < g->nfacts; f++)
            for (uint32_t k = 1; k < g->facts[f].ndocs; k++)
                CHECK(g->facts[f].docs[k - 1] < g->facts[f].docs[k]);
        for (size_t d = 0; d < g->ndocs; d++)
            for (uint32_t k = 0; k < g->nunique[d]; k++)
                CHECK(g->units[g->unique[d][k]].doc == d);
        FILE *f = tmpfile();
        const rcp_digest *const one[] = {g};
        CHECK_INT(rcp_digest_write_json(f, one, 1), 0);
        CHECK_INT(rcp_digest_write_md(f, one, 1), 0);
        CHECK_INT(rcp_digest_write_html(f, one, 1), 0);
        fclose(f);
        story_free(&s);
    }
}

/* ---- allocation failures: every one is reported, nothing leaks ---- */

static long dg_budget, dg_live;

static void *dg_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (dg_budget-- <= 0)
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        dg_live++;
    return q;
}

static void dg_free(void *ud, void *p)
{
    (void)ud;
    if (p)
        dg_live--;
    free(p);
}

TEST(digest_torture_allocation_failures)
{
    story s;
    story_load(&s, SEEDS, 100);
    CHECK(s.g != NULL); /* warms the process-wide caches of nlp */
    rcp_allocator t = {dg_realloc, dg_free, NULL};
    int ok = 0, leaks = 0;
    for (long n = 0; n < 20000 && !ok; n += 1 + n / 8) {
        dg_budget = n;
        dg_live = 0;
        rcp_set_allocator(&t);
        rcp_digest_opts o = {100, "s1"};
        rcp_digest *g = rcp_digest_new((const rcp_doc *const *)s.docs, s.n, &o);
        if (g) {
            ok = g->nsummary == s.g->nsummary && g->nshown == s.g->nshown;
            FILE *f = tmpfile();
            const rcp_digest *const one[] = {g};
            int rc = rcp_digest_write_json(f, one, 1);
            CHECK(rc == 0 || rc == RCP_ENOMEM);
            fclose(f);
        }
        rcp_digest_free(g);
        rcp_set_allocator(NULL);
        leaks += dg_live != 0;
    }
    CHECK(ok);
    CHECK_INT(leaks, 0);
    story_free(&s);
}

/* A summary item that opens on a reference to what came before it in its
 * article (a connective, "C'est", "Selon lui", a pronoun) is shown only
 * right after its antecedent, the sentence before it: here the openers'
 * sentences are what the articles share most, their antecedents are not,
 * so none of them may be in the summary alone. */
/* The pronoun speaker of a quotation is a reference too: the sentence
 * « ... », a-t-il conclu or "...," she said is shown only after the one
 * before it. */
TEST(digest_summary_no_unresolved_speaker)
{
    static const struct {
        const char *lang, *target, *common;
        const char *first[3];
    } rows[] = {
        {"fr",
         "« Les ouvriers de l'usine de Villeurbanne ont repris le travail "
         "lundi après trois semaines de grève », a-t-il conclu.",
         "Les syndicats de l'usine de Villeurbanne ont signé un accord avec "
         "la direction mardi soir.",
         {"Un orage violent a frappé Grenoble pendant la nuit dernière.",
          "Le préfet du Rhône publiera bientôt son rapport annuel détaillé.",
          "Trois nouveaux commerces ouvrent rue Garibaldi ce printemps-ci."}},
        {"en",
         "\"The workers of the Springfield plant went back to work on Monday "
         "after three weeks on strike,\" she said.",
         "The unions of the Springfield plant signed a deal with the "
         "management on Tuesday night.",
         {"A violent storm hit Denver during the night.",
          "The county sheriff will soon publish his detailed yearly report.",
          "Three new shops open on Elm Street this spring."}},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        char buf[3][512];
        story s;
        memset(&s, 0, sizeof s);
        for (int i = 0; i < 3; i++) {
            snprintf(buf[i], sizeof buf[i], "%s\n%s\n%s", rows[r].first[i],
                     rows[r].target, rows[r].common);
            s.docs[s.n++] = rcp_doc_new(buf[i], strlen(buf[i]), rows[r].lang);
        }
        s.g = rcp_digest_new((const rcp_doc *const *)s.docs, s.n, NULL);
        const rcp_digest *g = s.g;
        CHECK(g != NULL && g->nsummary >= 1);
        for (size_t i = 0; g && i < g->nsummary; i++) {
            const rcp__dunit *u = &g->units[g->summary[i]];
            const char *txt = g->docs[u->doc]->text + u->off;
            if (strncmp(txt, rows[r].target, 12) != 0)
                continue;
            CHECK(i > 0 && g->summary[i - 1] + 1 == g->summary[i] &&
                  g->units[g->summary[i - 1]].doc == u->doc);
        }
        story_free(&s);
    }
}

TEST(digest_summary_no_unresolved_reference)
{
    static const char *const openers[] = {
        "Cependant,", "C'est pourquoi", "Selon lui,", "Pourtant,",
        "Et",         "Ils",            "Mais",       "Parmi lesquels",
        "Dont",       "Pour cela,",     "Idem pour",  "Lundi soir, ils",
        "Le maire lui a annoncé que"};
    for (size_t o = 0; o < RCP_ARRAY_SIZE(openers); o++) {
        /* antecedents that share no word pair: worth nothing */
        static const char *const first[] = {
            "Un orage violent a frappé Grenoble pendant la nuit dernière.",
            "Le préfet du Rhône publiera bientôt son rapport annuel détaillé.",
            "Trois nouveaux commerces ouvrent rue Garibaldi ce printemps-ci."};
        char buf[3][512];
        const char *t[3];
        for (int i = 0; i < 3; i++) {
            snprintf(buf[i], sizeof buf[i],
                     "%s\n%s les ouvriers de l'usine de Villeurbanne ont "
                     "repris le travail lundi après trois semaines de "
                     "grève.\nLes syndicats de l'usine de Villeurbanne ont "
                     "signé un accord avec la direction mardi soir.",
                     first[i], openers[o]);
            t[i] = buf[i];
        }
        story s;
        story_from_texts(&s, t, 3);
        const rcp_digest *g = s.g;
        CHECK(g != NULL && g->nsummary >= 1);
        for (size_t i = 0; g && i < g->nsummary; i++) {
            const rcp__dunit *u = &g->units[g->summary[i]];
            const char *txt = g->docs[u->doc]->text + u->off;
            if (strncmp(txt, openers[o], strlen(openers[o])) != 0)
                continue;
            /* shown right after the sentence before it */
            CHECK(i > 0 && g->summary[i - 1] + 1 == g->summary[i] &&
                  g->units[g->summary[i - 1]].doc == u->doc);
        }
        story_free(&s);
    }
}

/* ---- terms in more than POST_CAP sentences (digest_align.c) ---- */

/* A story of 300 articles whose filler sentences name 10 of 40 common
 * words at random (each word in some 400 sentences: more than POST_CAP,
 * so it makes no candidates and is counted from the candidates' own
 * capped terms), articles 0 and 1 opening on a and b: 1 when a and b are
 * in one fact. */
static int capped_story_one_fact(const char *a, const char *b)
{
    static const char *const w[] = {
        "gouvernement", "réforme",   "budget",    "économie",    "croissance",
        "entreprise",   "salaire",   "emploi",    "impôt",       "dépense",
        "ministère",    "parlement", "débat",     "projet",      "secteur",
        "marché",       "prix",      "énergie",   "transport",   "logement",
        "santé",        "hôpital",   "école",     "université",  "recherche",
        "industrie",    "commerce",  "agriculture", "région",    "commune",
        "syndicat",     "grève",     "retraite",  "pension",     "chômage",
        "inflation",    "banque",    "crédit",    "dette",       "déficit"};
    enum { ND = 300, NS = 6, NW = 10 };
    static char texts[ND][2000];
    rcp_doc **docs = calloc(ND, sizeof *docs);
    uint64_t x = 7;
    for (size_t d = 0; d < ND && docs; d++) {
        size_t len = 0;
        if (d < 2)
            len = (size_t)snprintf(texts[d], sizeof texts[d], "%s ",
                                   d ? b : a);
        for (int s = 0; s < NS; s++) {
            len += (size_t)snprintf(texts[d] + len, sizeof texts[d] - len,
                                    "Le rapport %zu cite", d * NS + s);
            for (int i = 0; i < NW; i++) {
                x = x * 6364136223846793005ULL + 1442695040888963407ULL;
                len += (size_t)snprintf(texts[d] + len, sizeof texts[d] - len,
                                        " le %s", w[(x >> 33) % 40]);
            }
            len += (size_t)snprintf(texts[d] + len, sizeof texts[d] - len,
                                    ". ");
        }
        docs[d] = rcp_doc_new(texts[d], len, "fr");
    }
    rcp_digest *g =
        docs ? rcp_digest_new((const rcp_doc *const *)docs, ND, NULL) : NULL;
    CHECK(g != NULL);
    int32_t fa = -1, fb = -2;
    for (size_t u = 0; g && u < g->nunits; u++) {
        if (g->units[u].doc == 0 && unit_has(g, (uint32_t)u, a))
            fa = g->units[u].fact;
        if (g->units[u].doc == 1 && unit_has(g, (uint32_t)u, b))
            fb = g->units[u].fact;
    }
    rcp_digest_free(g);
    for (size_t d = 0; d < ND && docs; d++)
        rcp_doc_free(docs[d]);
    free(docs);
    return fa == fb;
}

/* The aligner reads a candidate's capped terms from its record in the
 * candidate loop (up to HOT_CAPS of them) or from a list beside (more),
 * and decides a pair that shares fewer than LINK_MIN_SHARED terms from
 * that record alone: each way, two sentences that state one claim,
 * whose shared terms are mostly capped, make one fact; two that share
 * only capped words do not. */
TEST(digest_capped_terms_counted_in_every_path)
{
    static const struct {
        const char *a, *b;
        int one;
    } t[] = {
        /* 24 capped words and a rare one: the capped beyond the record */
        {"Le scaphandre a examiné le gouvernement, la réforme, le budget, "
         "l'économie, la croissance, l'entreprise, le salaire, l'emploi, "
         "l'impôt, la dépense, le ministère, le parlement, le débat, le "
         "projet, le secteur, le marché, le prix, l'énergie, le transport, "
         "le logement, la santé, l'hôpital, l'école et l'université.",
         "Le scaphandre a examiné le gouvernement, la réforme, le budget, "
         "l'économie, la croissance, l'entreprise, le salaire, l'emploi, "
         "l'impôt, la dépense, le ministère, le parlement, le débat, le "
         "projet, le secteur, le marché, le prix, l'énergie, le transport, "
         "le logement, la santé, l'hôpital, l'école et l'université hier.",
         1},
        /* 8 capped words and a rare one: in the record */
        {"Le scaphandre a examiné le gouvernement, la réforme, le budget, "
         "l'économie, la croissance, l'entreprise, le salaire et l'emploi.",
         "Le scaphandre a examiné le gouvernement, la réforme, le budget, "
         "l'économie, la croissance, l'entreprise, le salaire et l'emploi "
         "hier.",
         1},
        /* two terms, the same words: linked however short */
        {"Le scaphandre pleuvait.", "Le scaphandre pleuvait.", 1},
        /* only capped words shared: never compared */
        {"Le scaphandre a inspecté le gouvernement, la réforme et le budget.",
         "La carabine a examiné le gouvernement, la réforme et le budget.",
         0},
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(t); i++) {
        int one = capped_story_one_fact(t[i].a, t[i].b);
        if (one != t[i].one)
            fprintf(stderr, "row %zu: one fact %d, expected %d\n", i, one,
                    t[i].one);
        CHECK(one == t[i].one);
    }
}

/* s: the digest of the story texts (NULL-terminated) in lang */
static void digest_texts(story *s, const char *lang, const char *const *texts)
{
    memset(s, 0, sizeof *s);
    for (const char *const *t = texts; *t; t++)
        s->docs[s->n++] = rcp_doc_new(*t, strlen(*t), lang);
    s->g = rcp_digest_new((const rcp_doc *const *)s->docs, s->n, NULL);
    CHECK(s->g != NULL);
}

/* Row r of a table of written digests: the digest of the story texts
 * (NULL-terminated) in lang, written by write, holds want and not not
 * (when given). */
static void check_written(size_t r, const char *lang,
                          const char *const *texts,
                          int (*write)(FILE *, const rcp_digest *const *,
                                       size_t),
                          const char *want, const char *not)
{
    story s;
    digest_texts(&s, lang, texts);
    const rcp_digest *const one[] = {s.g};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK_INT(write(f, one, 1), 0);
    fclose(f);
    int ok = has(buf, len, want) && (!not || !has(buf, len, not));
    if (!ok)
        fprintf(stderr, "# row %zu: want %s, not %s, in\n%.*s\n", r, want,
                not ? not : "-", (int)len, buf);
    CHECK(ok);
    free(buf);
    story_free(&s);
}

/* A row of a table of JSON digests: the story texts in lang, what the
 * digest must hold and what not (when given) */
typedef struct {
    const char *lang;
    const char *const *texts;
    const char *want, *not;
} written_row;

static void check_written_rows(const written_row *rows, size_t n)
{
    for (size_t r = 0; r < n; r++)
        check_written(r, rows[r].lang, rows[r].texts, rcp_digest_write_json,
                      rows[r].want, rows[r].not);
}

/* Side spans (digest_facts.c, rcp__digest_side_spans): a fact whose
 * supporter states only a clause beside the shown sentence's main claim
 * (a subordinate or relative clause, the clause coordinated with it) is
 * shown with that clause as its claim span, and the link is read (and
 * flagged) against it; a supporter that states the main claim with a
 * detail missing leaves the whole sentence the claim; a condition ("if",
 * "si") is no claim span. Row: language, the story, what the JSON must
 * hold and what not (with SIDE=0 in a tuning build rows 0 and 1 fail). */
TEST(digest_side_span_table)
{
#define STORY(first, second)                                                  \
    {first, second,                                                           \
     "A village fair brought together three hundred people on Sunday.", NULL}
    static const char *const en[] = STORY(
        "The museum closed its north wing on Friday after a water pipe burst "
        "above the main gallery.",
        "Staff moved the paintings to storage when a water pipe burst above "
        "the main gallery.");
    static const char *const fr[] = STORY(
        "Le musée a fermé son aile nord vendredi après qu'une canalisation "
        "s'est rompue au-dessus de la grande galerie.",
        "Le personnel a déplacé les tableaux quand une canalisation s'est "
        "rompue au-dessus de la grande galerie.");
    static const char *const main_only[] = STORY(
        "The museum closed its north wing on Friday after a water pipe burst "
        "above the main gallery.",
        "The museum closed its north wing on Friday.");
    static const char *const cond[] = STORY(
        "The museum will close its north wing on Friday if a water pipe "
        "bursts above the main gallery.",
        "Staff will move the paintings to storage if a water pipe bursts "
        "above the main gallery.");
#undef STORY
    static const written_row rows[] = {
        {"en", en,
         "\"text\": \"after a water pipe burst above the main gallery\"}",
         NULL},
        {"fr", fr,
         "\"text\": \"après qu'une canalisation s'est rompue au-dessus de la "
         "grande galerie\"}",
         NULL},
        {"en", main_only, "The museum closed its north wing on Friday",
         "\"claim\""},
        {"en", cond, "\"facts\": [", "\"claim\""},
    };
    check_written_rows(rows, RCP_ARRAY_SIZE(rows));
}

/* Split facts (digest_facts.c, rcp__digest_split_sides): a partial
 * supporter that states only a clause beside the main claim of a fact's
 * shown sentence, while another supporter states the main claim, leaves
 * the fact for a second one shown by the same sentence with that clause
 * as its claim span. Each row's story makes a fact of its shown sentence
 * (doc 0) and of doc 1, which states it; doc 2 is then in that fact's
 * support (added, as the passes before it may add a doc, when not there
 * already) and the pass runs again: the row says whether
 * doc 2 leaves for a fact of span `span` (its text), or stays (it
 * states the main predicate, or only something else). With SPLIT=0 in a
 * tuning build rows 0 and 1 fail. */
static void check_split(size_t r, const char *lang, const char *const *texts,
                        const char *span)
{
    story s;
    digest_texts(&s, lang, texts);
    rcp_digest *g = s.g;
    int32_t fi = -1;
    for (size_t u = 0; g && u < g->nunits && fi < 0; u++)
        if (g->units[u].doc == 0 && unit_has(g, (uint32_t)u, texts[0]))
            fi = g->units[u].fact;
    CHECK(fi >= 0);
    rcp__dfact *f = fi >= 0 ? &g->facts[fi] : NULL;
    int ok = f && f->ndocs >= 2 && f->docs[0] == 0 && f->docs[1] == 1 &&
             g->units[f->rep].doc == 0 && !f->clen;
    if (ok) { /* doc 2 joins the fact (if not in it), the pass runs again */
        uint32_t *docs = rcp__arena_alloc(&g->arena, 3 * sizeof *docs);
        CHECK(docs != NULL);
        docs[0] = 0, docs[1] = 1, docs[2] = 2;
        f->docs = docs, f->ndocs = 3;
        size_t n0 = g->nfacts;
        CHECK_INT(rcp__digest_split_sides(g), 0);
        f = &g->facts[fi];
        const rcp__dfact *x = g->nfacts > n0 ? &g->facts[n0] : NULL;
        const rcp__dunit *u = &g->units[f->rep];
        if (span)
            ok = x && g->nfacts == n0 + 1 && x->rep == f->rep &&
                 x->ndocs == 2 && x->docs[1] == 2 && f->ndocs == 2 &&
                 x->clen == strlen(span) &&
                 !memcmp(g->docs[0]->text + u->off + x->coff, span,
                         x->clen);
        else
            ok = !x && f->ndocs == 3;
    }
    if (!ok)
        fprintf(stderr, "# row %zu: split wrong (span %s)\n", r,
                span ? span : "none");
    CHECK(ok);
    story_free(&s);
}

TEST(digest_split_side_table)
{
#define STORY(second, third)                                                  \
    {"The museum closed its north wing on Friday after a water pipe burst "   \
     "above the main gallery.",                                               \
     second, third,                                                           \
     "A village fair brought together three hundred people on Sunday.", NULL}
#define STORY_FR(second, third)                                               \
    {"Le musée a évacué son aile nord vendredi après qu'une canalisation "     \
     "s'est rompue au-dessus de la grande galerie.",                          \
     second, third,                                                           \
     "Une fête de village a réuni trois cents personnes dimanche.", NULL}
    static const char *const en[] = STORY(
        "The museum closed its north wing on Friday after a water pipe burst "
        "above the main gallery, a spokesman said on Saturday.",
        "Staff moved the paintings to storage when a water pipe burst above "
        "the main gallery.");
    static const char *const fr[] = STORY_FR(
        "Le musée a évacué son aile nord vendredi après qu'une canalisation "
        "s'est rompue au-dessus de la grande galerie, a indiqué samedi un "
        "porte-parole.",
        "Le personnel a déplacé les tableaux quand une canalisation s'est "
        "rompue au-dessus de la grande galerie.");
    static const char *const main_pred[] = STORY(
        "The museum closed its north wing on Friday after a water pipe burst "
        "above the main gallery, a spokesman said on Saturday.",
        "The museum closed its doors when a water pipe burst above the main "
        "gallery.");
    static const char *const other[] = STORY(
        "The museum closed its north wing on Friday after a water pipe burst "
        "above the main gallery, a spokesman said on Saturday.",
        "Staff moved the paintings of the north wing to storage on Friday.");
#undef STORY
#undef STORY_FR
    static const struct {
        const char *lang;
        const char *const *texts;
        const char *span;
    } rows[] = {
        {"en", en, "after a water pipe burst above the main gallery"},
        {"fr", fr,
         "après qu'une canalisation s'est rompue au-dessus de la grande "
         "galerie"},
        {"en", main_pred, NULL},
        {"en", other, NULL},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_split(r, rows[r].lang, rows[r].texts, rows[r].span);
}

/* The claim of a value fact as a span of its shown sentence
 * (digest_facts.c, value_span; rcp__digest_claim_span): the chunks of the
 * value, of the main predicate the supporters share and of its actor.
 * JSON gives it as "claim" (byte offsets into the fact's text, and the
 * text), Markdown in bold (the text's own '*' escaped), HTML in <mark>
 * (escaped); a fact whose claim is its whole sentence has none and is
 * written as before. Row: language, the story, the format, what the
 * output must hold and what it must not (with CLAIM_SPAN=0 in a tuning
 * build rows 0-5 fail; row 5 also without the test of a chunk the
 * next goes on with). */
TEST(digest_claim_span_table)
{
    static const char *const en[] = {
        "Officers on the frigate detected five boats near the *R&D* convoy, "
        "and the escort turned north at noon.",
        "A helicopter was launched from the deck after lookouts detected "
        "five boats, and the pirates fled toward the coast before marines "
        "could board them.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const fr[] = {
        "Les gendarmes ont saisi trois fusils dans la voiture, et le "
        "conducteur est resté muet jeudi soir.",
        "Un hélicoptère a survolé la forêt après que des policiers ont saisi "
        "trois fusils, et les suspects ont fui vers la frontière avant "
        "l'arrivée des renforts.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    /* a chunk with no verb that the next goes on with is not the
     * claim's ("contre lequel de nombreux voisins | et ...") */
    static const char *const rel[] = {
        "Les gendarmes ont saisi trois fusils dans la voiture du suspect, "
        "contre lequel de nombreux voisins et commerçants ont porté plainte.",
        "Un hélicoptère a survolé la forêt après que des policiers ont saisi "
        "trois fusils, et les suspects ont fui vers la frontière avant "
        "l'arrivée des renforts.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    /* the claim is the whole sentence: written as before */
    static const char *const whole[] = {
        "Officers on the frigate detected five boats near the convoy late "
        "in the morning.",
        "A helicopter was launched from the deck after lookouts detected "
        "five boats, and the pirates fled toward the coast before marines "
        "could board them.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const struct {
        const char *lang;
        const char *const *texts;
        int (*write)(FILE *, const rcp_digest *const *, size_t);
        const char *want, *not;
    } rows[] = {
        {"en", en, rcp_digest_write_json,
         "\"claim\": {\"start\": 0, \"end\": 65, \"text\": \"Officers on the "
         "frigate detected five boats near the *R&D* convoy\"}",
         NULL},
        {"en", en, rcp_digest_write_md,
         "**Officers on the frigate detected five boats near the \\*R&D\\* "
         "convoy**, and the escort",
         NULL},
        {"en", en, rcp_digest_write_html,
         "<mark class=\"claim\">Officers on the frigate detected five boats "
         "near the *R&amp;D* convoy</mark>, and the escort",
         "R&D"},
        {"fr", fr, rcp_digest_write_json,
         "\"claim\": {\"start\": 0, \"end\": 52, \"text\": \"Les gendarmes ont "
         "saisi trois fusils dans la voiture\"}",
         NULL},
        {"fr", fr, rcp_digest_write_md,
         "**Les gendarmes ont saisi trois fusils dans la voiture**, et le",
         NULL},
        {"fr", rel, rcp_digest_write_json,
         "\"text\": \"Les gendarmes ont saisi trois fusils dans la voiture du "
         "suspect\"}",
         NULL},
        {"en", whole, rcp_digest_write_json, "detected five boats near the "
         "convoy late", "\"claim\""},
        {"en", whole, rcp_digest_write_md, "detected five boats near the "
         "convoy late", "**Officers"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_written(r, rows[r].lang, rows[r].texts, rows[r].write,
                      rows[r].want, rows[r].not);
}

/* A value stated only in a clause of sentences of other claims
 * (digest_facts.c, rcp__digest_value_facts: session 18's clause facts):
 * two articles giving it with a predicate of one meaning used as a verb
 * in the value's own chunks make a fact of it, shown as the claim span of
 * one of the sentences; a noun of the predicate ("the flooding of"),
 * another predicate, or two sentences one fact already shows whole make
 * none. Row: language, the story, what the JSON must hold and what not
 * (with VALUE_CLAUSE=0 in a tuning build rows 0 and 1 fail). */
TEST(digest_clause_value_fact_table)
{
#define STORY(first, second, filler)                                          \
    {first, second, filler, NULL}
    static const char *const en[] = STORY(
        "The storm closed the coastal road on Monday, and the river flooded "
        "twelve houses near the old mill.",
        "Rescue teams worked through the night after the river flooded "
        "twelve houses in the valley, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    static const char *const fr[] = STORY(
        "La tempête a fermé la route côtière lundi, et la rivière a inondé "
        "douze maisons près du vieux moulin.",
        "Les secours ont travaillé toute la nuit après que la rivière a "
        "inondé douze maisons de la vallée, selon la préfecture.",
        "Une fête de village a réuni trois cents personnes dimanche.");
    static const char *const noun[] = STORY(
        "The storm closed the coastal road on Monday, and the river flooded "
        "twelve houses near the old mill.",
        "Rescue teams worked through the night after the flooding of twelve "
        "houses in the valley, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    static const char *const fr_noun[] = STORY(
        "La tempête a fermé la route côtière lundi, et la rivière a inondé "
        "douze maisons près du vieux moulin.",
        "Les secours ont travaillé toute la nuit après l'inondation de douze "
        "maisons de la vallée, selon la préfecture.",
        "Une fête de village a réuni trois cents personnes dimanche.");
    static const char *const other[] = STORY(
        "The storm closed the coastal road on Monday, and the river flooded "
        "twelve houses near the old mill.",
        "Rescue teams worked through the night after the fire destroyed "
        "twelve houses in the valley, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    static const char *const same[] = STORY(
        "The storm closed the coastal road on Monday, and the river flooded "
        "twelve houses near the old mill.",
        "The storm closed the coastal road on Monday, and the river flooded "
        "twelve houses near the old mill.",
        "A village fair brought together three hundred people on Sunday.");
    /* one measure of one thing: the nouns it measures of one meaning */
    static const char *const measure[] = STORY(
        "The storm closed the coastal road on Monday, and the town began a "
        "three-month repair of the bridge near the old mill.",
        "Rescue teams worked through the night while engineers planned a "
        "90-day repair of the bridge, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    static const char *const fr_measure[] = STORY(
        "La tempête a fermé la route côtière lundi, et la ville a lancé "
        "trois mois de réparation du pont près du vieux moulin.",
        "Les secours ont travaillé toute la nuit pendant que les ingénieurs "
        "préparaient 90 jours de réparation du pont, selon la préfecture.",
        "Une fête de village a réuni trois cents personnes dimanche.");
    static const char *const other_measure[] = STORY(
        "The storm closed the coastal road on Monday, and the town began a "
        "three-month repair of the bridge near the old mill.",
        "Rescue teams worked through the night while engineers planned a "
        "90-day strike at the bridge, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    /* a noun that is no verb's form, measured by the same value (session
     * 20): what the lexicon cannot compare, the measure does; not a
     * measure that says no amount ("more than"), nor one in an aside */
    static const char *const plain[] = STORY(
        "The storm closed the coastal road on Monday, and the town began a "
        "three-month repair of the bridge near the old mill.",
        "Rescue teams worked through the night while engineers planned a "
        "90-day shutdown of the bridge, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    static const char *const plain_open[] = STORY(
        "The storm closed the coastal road on Monday, and the town began a "
        "three-month repair of the bridge near the old mill.",
        "Rescue teams worked through the night while engineers planned more "
        "than 90 days of shutdown at the bridge, officials said.",
        "A village fair brought together three hundred people on Sunday.");
    static const char *const plain_aside[] = STORY(
        "The storm closed the coastal road on Monday, and the town began a "
        "three-month repair of the bridge near the old mill.",
        "Rescue teams, veterans of a 90-day shutdown of the bridge, worked "
        "through the night, officials said.",
        "A village fair brought together three hundred people on Sunday.");
#undef STORY
    static const written_row rows[] = {
        {"en", en,
         "\"text\": \"after the river flooded twelve houses in the valley\"}",
         NULL},
        {"en", measure, "\"claim\"", NULL},
        {"fr", fr_measure, "\"claim\"", NULL},
        {"en", other_measure, "\"facts\": []", "\"claim\""},
        {"en", plain, "\"claim\"", NULL},
        {"en", plain_open, "\"facts\": []", "\"claim\""},
        {"en", plain_aside, "\"facts\": []", "\"claim\""},
        {"fr", fr,
         "\"text\": \"et la rivière a inondé douze maisons près du vieux "
         "moulin\"}",
         NULL},
        {"en", noun, "\"facts\": []", "\"claim\""},
        {"fr", fr_noun, "\"facts\": []", "\"claim\""},
        {"en", other, "\"facts\": []", "\"claim\""},
        {"en", same, "flooded twelve houses near the old mill", "\"claim\""},
    };
    check_written_rows(rows, RCP_ARRAY_SIZE(rows));
}
