/*
 * test_claims.c - which articles support a claim: values that must agree,
 * a claim stated inside a longer sentence, independent voices. Small
 * made-up stories, each check structural (which docs back the fact that
 * holds a given phrase), never a copy of the current output.
 */
#include "analysis/lexicon.h"
#include "digest/digest.h"
#include "harness.h"

#include <stdlib.h>

typedef struct claims_story {
    rcp_doc *docs[16];
    size_t n;
    rcp_digest *g;
} claims_story;

static void cs_new(claims_story *s, const char *lang,
                   const char *const *texts, size_t n)
{
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < n && i < 16; i++)
        s->docs[s->n++] = rcp_doc_new(texts[i], strlen(texts[i]), lang);
    s->g = rcp_digest_new((const rcp_doc *const *)s->docs, s->n, NULL);
}

static void cs_free(claims_story *s)
{
    rcp_digest_free(s->g);
    for (size_t i = 0; i < s->n; i++)
        rcp_doc_free(s->docs[i]);
}

/* The story of texts (NULL-ended), as cs_new. */
static void cs_new_texts(claims_story *s, const char *lang,
                         const char *const *texts)
{
    size_t n = 0;
    while (texts[n])
        n++;
    cs_new(s, lang, texts, n);
}

/* The index of the fact with the most docs among those whose shown
 * sentence holds needle; SIZE_MAX when none. */
static size_t fact_shown(const rcp_digest *g, const char *needle)
{
    size_t fi = SIZE_MAX;
    for (size_t i = 0; g && i < g->nfacts; i++) {
        const rcp__dunit *u = &g->units[g->facts[i].rep];
        if (memmem(g->docs[u->doc]->text + u->off, u->len, needle,
                   strlen(needle)) &&
            (fi == SIZE_MAX || g->facts[i].ndocs > g->facts[fi].ndocs))
            fi = i;
    }
    return fi;
}

/* The support (bit set of docs) of the fact with the most docs among
 * those whose units hold `needle`. */
static unsigned support_of(const rcp_digest *g, const char *needle)
{
    unsigned best = 0;
    uint32_t bn = 0;
    for (size_t f = 0; f < g->nfacts; f++) {
        const rcp__dfact *x = &g->facts[f];
        int hit = 0;
        for (uint32_t k = 0; k < x->nunits && !hit; k++) {
            const rcp__dunit *u = &g->units[x->units[k]];
            hit = memmem(g->docs[u->doc]->text + u->off, u->len, needle,
                         strlen(needle)) != NULL;
        }
        if (hit && x->ndocs > bn) {
            bn = x->ndocs;
            best = 0;
            for (uint32_t k = 0; k < x->ndocs; k++)
                best |= 1u << x->docs[k];
        }
    }
    return best;
}

static unsigned shown_support(const rcp_digest *g, const char *needle);

/* Row r of a support table: the digest of texts (NULL-ended) has the
 * fact holding needle (shown: the fact shown by a sentence holding it)
 * backed by exactly the docs of the bit set want. */
static void check_support_of(size_t r, const char *lang,
                             const char *const *texts, const char *needle,
                             unsigned want, int shown)
{
    size_t n = 0;
    while (texts[n])
        n++;
    claims_story s;
    cs_new(&s, lang, texts, n);
    CHECK(s.g != NULL);
    if (s.g) {
        unsigned got = shown ? shown_support(s.g, needle)
                             : support_of(s.g, needle);
        if (got != want)
            fprintf(stderr, "# row %zu: support %#x\n", r, got);
        CHECK_INT(got, want);
    }
    cs_free(&s);
}

static void check_support(size_t r, const char *lang,
                          const char *const *texts, const char *needle,
                          unsigned want)
{
    check_support_of(r, lang, texts, needle, want, 0);
}

/* A table of stories (texts, NULL-ended), each with the phrase of a
 * fact and its support (a bit per doc). */
typedef struct support_row {
    const char *lang;
    const char *const *texts;
    const char *needle;
    unsigned support;
} support_row;

static void check_support_rows(const support_row *rows, size_t n, int shown)
{
    for (size_t r = 0; r < n; r++)
        check_support_of(r, rows[r].lang, rows[r].texts, rows[r].needle,
                         rows[r].support, shown);
}

/* Row r of a clash table: the first units of the two docs a and b clash
 * by test (rcp__digest_values_clash, rcp__digest_other_clash) as want
 * says, both ways. */
static void check_clash(size_t r, const char *lang, const char *a0,
                        const char *b0,
                        int (*test)(const rcp__dunit *, const rcp__dunit *),
                        int want)
{
    const char *t[] = {a0, b0};
    claims_story s;
    cs_new(&s, lang, t, 2);
    CHECK(s.g != NULL);
    const rcp__dunit *a = NULL, *b = NULL;
    for (size_t i = 0; s.g && i < s.g->nunits; i++) {
        if (s.g->units[i].doc == 0 && !a)
            a = &s.g->units[i];
        if (s.g->units[i].doc == 1 && !b)
            b = &s.g->units[i];
    }
    CHECK(a && b);
    if (a && b) {
        int got = test(a, b);
        if (got != want)
            fprintf(stderr, "# row %zu: clash %d, want %d\n", r, got, want);
        CHECK_INT(got, want);
        CHECK_INT(test(b, a), want);
    }
    cs_free(&s);
}

/* Two sentences that give different values for the same thing disagree:
 * rcp__digest_values_clash says so, and only then. */
TEST(claims_values_clash_table)
{
    static const struct {
        const char *lang, *a, *b;
        int clash;
    } rows[] = {
        {"fr", "L'accident a fait 2 morts et 9 blessés samedi.",
         "L'accident a fait 2 morts et 7 blessés samedi.", 1},
        {"fr", "La banque a perdu 600 millions d'euros.",
         "La banque a perdu 751 millions d'euros.", 1},
        /* a count with no noun after a verb of death counts the dead */
        {"en", "The gunman killed three and wounded four on Monday.",
         "The gunman killed five and wounded four on Monday.", 1},
        {"fr", "Le tireur a tué trois personnes lundi.",
         "Le tireur a tué trois lundi.", 0},
        {"fr", "Le tireur a tué trois lundi.",
         "Le tireur a blessé cinq lundi.", 0},
        {"fr", "La banque a perdu 600 millions d'euros.",
         "La perte de 600 millions d'euros a été confirmée.", 0},
        {"en", "The fire caused $1 million in damage on Friday.",
         "Damage was estimated at $1 million by the fire chief.", 0},
        {"en", "The meeting will be held on December 10.",
         "The meeting will be held on December 6.", 1},
        {"en", "Seven people were hurt and 12 cars burned.",
         "Twelve cars burned, officials said.", 0},
        {"en", "There were 12 Somalis and 11 Yemenis aboard.",
         "There were 12 Somalis aboard, and 11 Yemenis.", 0},
        /* "per cent" is "percent" (a British spelling) */
        {"en", "Shares in the bank closed down 3.9 percent on Monday.",
         "Shares in the bank closed down 5.4 per cent on Monday.", 1},
        {"en", "Shares in the bank closed down 3.9 percent on Monday.",
         "Shares in the bank closed down 3.9 per cent on Monday.", 0},
        /* a span of years states both its ends */
        {"fr", "Elle a vécu aux Seychelles de 1985 à 1988, selon ses proches.",
         "Elle a vécu aux Seychelles entre 1984 et 1986, selon ses proches.",
         1},
        {"fr", "Elle a vécu aux Seychelles de 1985 à 1988, selon ses proches.",
         "Elle a vécu aux Seychelles entre 1985 et 1988, selon ses proches.",
         0},
        {"en", "He served in Paris between 1984 and 1986 as a diplomat.",
         "He served in Paris from 1985 to 1988 as a diplomat.", 1},
        {"en", "Her pin-up days lasted from 1951 to 1957 in New York.",
         "Her pin-up days lasted from 1951-1957 in New York.", 0},
        /* two years are no span */
        {"en", "He hosted the Tony Awards in 2004 and 2005 on CBS.",
         "He hosted the Tony Awards between 2004 and 2006 on CBS.", 0},
        /* a range states both its ends; a figure inside it meets it */
        {"en", "Between 20 and 30 volunteers searched the woods.",
         "From 25 to 30 volunteers searched the woods.", 1},
        {"en", "Between 20 and 30 volunteers searched the woods.",
         "About 25 volunteers searched the woods.", 0},
        {"fr", "De 200 à 300 manifestants ont défilé dans la ville.",
         "Entre 200 et 300 manifestants ont défilé dans la ville.", 0},
        /* another weekday, or another part of the same day, for the
         * main claim: a disagreement, never support */
        {"fr", "Les images ont été diffusées lundi soir par la chaîne.",
         "La chaîne a diffusé les images mardi soir.", 1},
        {"en", "The plane landed in Paris on Friday morning.",
         "The plane landed in Paris on Friday night.", 1},
        {"en", "The plane landed in Paris late Friday.",
         "The plane landed in Paris on Friday night.", 0},
        {"en", "The plane landed in Paris on Friday.",
         "The plane landed in Paris on Friday evening.", 0},
        {"fr", "L'avion s'est posé à Paris jeudi matin.",
         "L'avion s'est posé à Paris jeudi.", 0},
        /* another time of day for the main claim, likewise; a round
         * time may be a rounding, a part of the day holds its hours */
        {"en", "The earthquake struck the island at 5:11 p.m. local time.",
         "The earthquake struck the island at 6:40 p.m. local time.", 1},
        {"en", "The earthquake struck the island at 5:30 p.m. local time.",
         "The earthquake struck the island at 5:33 p.m. local time.", 0},
        {"fr", "La cérémonie a commencé à 20h08 dans le stade.",
         "La cérémonie a commencé à 21 h 30 dans le stade.", 1},
        {"fr", "Le suspect a été interpellé dans la soirée à son domicile.",
         "Le suspect a été interpellé vers 22 heures à son domicile.", 0},
        {"en", "The singer checked into the clinic in the morning.",
         "The singer checked into the clinic at 9 p.m.", 1},
        /* ... but not a time of another clause */
        {"en", "The singer, who had left at 9 p.m., checked into the clinic.",
         "The singer checked into the clinic at 11 a.m.", 0},
        /* a weekday of another clause, or of a conversion in brackets,
         * does not date the claim */
        {"fr", "Le corps de la femme, qui s'était vu refuser lundi une aide, "
               "a été retrouvé mercredi.",
         "Le corps de la femme a été retrouvé mercredi à son domicile.", 0},
        {"en", "She died at 18:41 this evening (02:41 GMT Friday) in a "
               "hospital.",
         "She died on Thursday in a hospital.", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_clash(r, rows[r].lang, rows[r].a, rows[r].b,
                    rcp__digest_values_clash, rows[r].clash);
}

/* Two sentences that cannot state one claim but for the values they
 * compare (rcp__digest_other_clash): a count of two or more against an
 * indefinite article with the same noun ("three life sentences" / "a
 * life sentence"; not "a million dollars", a figure), and a sentence with
 * no verb at all (a heading, a caption), which states nothing. Each row:
 * the first units of two docs and the clash expected, both ways. */
TEST(claims_other_clash_table)
{
    static const struct {
        const char *lang, *a, *b;
        int clash;
    } rows[] = {
        {"en", "The fugitive is serving three life sentences in Texas.",
         "The fugitive is serving a life sentence in Texas.", 1},
        {"en", "The fugitive is serving three life sentences in Texas.",
         "The fugitive is serving three life sentences in a Texas jail.", 0},
        {"en", "Two suspects were arrested at the scene on Friday.",
         "A suspect was arrested at the scene on Friday.", 1},
        {"en", "The fire caused $1 million in damage to the church.",
         "The fire did a million dollars in damage to the church.", 0},
        {"fr", "Le détenu purge trois peines de prison à vie au Texas.",
         "Le détenu purge une peine de prison à vie au Texas.", 1},
        {"fr", "Le détenu purge trois peines de prison à vie au Texas.",
         "Le détenu purge ses trois peines de prison au Texas.", 0},
        /* no verb: a heading, a fragment */
        {"fr", "Le gymnaste, dernier porteur de la flamme olympique",
         "Le gymnaste a allumé la flamme olympique dans le stade.", 1},
        {"fr", "Avant l'allumage de la flamme olympique par le gymnaste.",
         "Le gymnaste a allumé la flamme olympique dans le stade.", 1},
        {"en", "County Sheriff's Department, California",
         "The County Sheriff's Department in California said a deputy "
         "died.", 1},
        {"en", "It's just the nature of the beast.",
         "It's just the nature of the beast.", 0},
        {"en", "It makes me sad.", "It makes me sad.", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_clash(r, rows[r].lang, rows[r].a, rows[r].b,
                    rcp__digest_other_clash, rows[r].clash);
}

/* A claim denied in one sentence and affirmed in the other is two
 * claims, whatever they share (rcp__digest_claim_clash): the verb of a
 * claim of one, by its lemma, denied in the main or a coordinated clause
 * of the other, by a negation or a negative subject; not a verb of an
 * attribution, nor a negative word after the verb ("no idea"), nor two
 * denials in two tenses. */
TEST(claims_claim_clash_table)
{
    static const struct {
        const char *lang, *a, *b;
        int clash;
    } rows[] = {
        {"en", "The administration said it was overturning the rule change.",
         "The administration has addressed the rule change, but has not "
         "formally overturned it.",
         1},
        {"en", "The administration said it was overturning the rule change.",
         "The administration has addressed the rule change and has "
         "formally overturned it.",
         0},
        {"en", "The regulations don't require agencies to consult the "
               "wildlife service.",
         "The regulations require agencies to consult the wildlife "
         "service.",
         1},
        {"en", "No suspects have been taken into custody after the shooting.",
         "The suspect was taken into custody after the shooting.", 1},
        {"en", "Luckily no-one has been hurt in the fire at the store.",
         "A spokesperson said no one was hurt in the fire at the store.", 0},
        {"en", "Luckily no-one has been hurt in the fire at the store.",
         "A spokesperson said two people were hurt in the fire at the store.",
         1},
        {"en", "We have no idea what caused the fire at the church.",
         "An electrical fault caused the fire at the church.", 0},
        {"en", "He would not specify how many people were in the church.",
         "It was not specified how many people were in the church.", 0},
        {"fr", "Hier, la mère n'était toujours pas rentrée chez elle.",
         "La mère est rentrée chez elle hier soir.", 1},
        {"fr", "Le parquet n'a pas placé la mère en garde à vue.",
         "Le parquet a placé la mère en garde à vue mardi.", 1},
        {"fr", "Aucun blessé n'a été hospitalisé après l'incendie du magasin.",
         "Trois blessés ont été hospitalisés après l'incendie du magasin.", 1},
        {"fr", "Le parquet a placé la mère en garde à vue.",
         "Le parquet a placé la mère en garde à vue mardi soir.", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_clash(r, rows[r].lang, rows[r].a, rows[r].b,
                    rcp__digest_claim_clash, rows[r].clash);
}

/* A count against an article is no support: the articles that say "a
 * life sentence" do not back "three life sentences"; a heading backs no
 * fact. Each row: the texts, the phrase of the fact, its support. */
TEST(claims_count_article_support_table)
{
    static const char *const life[] = {
        "The escaped inmate is serving three life sentences for crimes in "
        "two Texas counties.",
        "The escaped inmate is serving three life sentences for crimes in "
        "two Texas counties, officials said.",
        "The escaped inmate is serving a life sentence for crimes in two "
        "Texas counties.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const torch[] = {
        "Le gymnaste chinois a allumé la vasque du stade olympique.",
        "Le gymnaste chinois a allumé la vasque du stade olympique vendredi.",
        "Le gymnaste chinois, dernier porteur de la flamme du stade "
        "olympique",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const support_row rows[] = {
        {"en", life, "three life sentences for crimes in two Texas counties.",
         3u},
        {"fr", torch, "a allumé la vasque du stade olympique.", 3u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 0);
}

/* Two sentences that share who says something, not what is said, state
 * no claim in common: the words they share must be, for MAIN_SHARE of
 * their weight, in the main claim of one of them (digest_align.c,
 * main_share), in the grouping and in the extension by a pair
 * (extend_support). Each row: the texts, the phrase of the fact, its
 * support. */
TEST(claims_main_share_table)
{
    static const char *const other[] = {
        "\"The agency is using this to go after the last wild rivers and "
        "kick them when they are down,\" said Mary Stone, the Greenwatch "
        "director in Portland, on Tuesday.",
        "Mary Stone, the Greenwatch director in Portland, said on Tuesday "
        "that the agency was \"using the drought as a stalking horse to undo "
        "river protections on a broad scale.\"",
        "The agency is using new rules for the rivers. The agency said it "
        "was using the rules on Monday.",
        "The agency has been using the rules since May. Officials of the "
        "agency are using maps.",
        NULL};
    static const char *const same[] = {
        "\"The agency is using this to go after the last wild rivers and "
        "kick them when they are down,\" said Mary Stone, the Greenwatch "
        "director in Portland, on Tuesday.",
        "Mary Stone, the Greenwatch director in Portland, said on Tuesday "
        "that the agency is using the drought to go after the last wild "
        "rivers.",
        "The agency is using new rules for the rivers. The agency said it "
        "was using the rules on Monday.",
        "The agency has been using the rules since May. Officials of the "
        "agency are using maps.",
        NULL};
    static const support_row rows[] = {
        {"en", other, "go after the last wild rivers and kick them", 1u},
        {"en", same, "go after the last wild rivers and kick them", 3u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 0);
}

/* Values compared within chunks (rcp__digest_values_clash_in): a date
 * in another clause of the sentence is about something else. Each row:
 * two sentences, the chunk masks compared, and the clash expected. */
TEST(claims_values_clash_in_chunks_table)
{
    static const struct {
        const char *a, *b;
        uint32_t ma, mb;
        int clash;
    } rows[] = {
        /* the loss agrees; the dates are of other things */
        {"La banque a perdu 600 millions d'euros, après le krach du 6 "
         "octobre.",
         "La banque a perdu 600 millions d'euros, a-t-elle dit le 17 "
         "octobre.",
         1u, 1u, 0},
        {"La banque a perdu 600 millions d'euros, après le krach du 6 "
         "octobre.",
         "La banque a perdu 600 millions d'euros, avant la réunion du 17 "
         "octobre.",
         ~0u, ~0u, 1},
        /* the loss itself differs, whatever the chunks */
        {"La banque a perdu 600 millions d'euros, après le krach.",
         "La banque a perdu 751 millions d'euros, a-t-elle dit.", 1u, 1u,
         1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *t[] = {rows[r].a, rows[r].b};
        claims_story s;
        cs_new(&s, "fr", t, 2);
        CHECK(s.g != NULL && s.g->nunits == 2);
        if (s.g && s.g->nunits == 2) {
            int got = rcp__digest_values_clash_in(
                &s.g->units[0], rows[r].ma, &s.g->units[1], rows[r].mb);
            if (got != rows[r].clash)
                fprintf(stderr, "# row %zu: clash %d\n", r, got);
            CHECK_INT(got, rows[r].clash);
        }
        cs_free(&s);
    }
}

/* Which docs support a claim, in small stories. Each row: the language,
 * the texts, a phrase of the claim, and the docs (bit set) that must be
 * exactly the support of the largest fact holding that phrase.
 *  - conflicting figures never support each other: the 9 and the 7
 *    wounded stay apart;
 *  - a claim that three docs state alone and a fourth inside a long
 *    sentence with other clauses: the fourth supports it;
 *  - a question supports nothing: asked in one doc, stated in two;
 *  - a claim stated inside a long sentence with other clauses around it
 *    (a leading subordinate, a participle) supports it, and a sentence
 *    that names the same place but makes another claim does not. */
TEST(claims_support_table)
{
    static const char *const wounded[] = {
        "L'explosion dans l'usine chimique de Lyon a fait 2 morts et 9 "
        "blessés samedi matin.",
        "Samedi matin, l'explosion dans l'usine chimique de Lyon a fait 2 "
        "morts et 9 blessés.",
        "L'explosion dans l'usine chimique de Lyon a fait samedi matin 2 "
        "morts et 7 blessés.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const char *const bridge[] = {
        "Le conseil municipal a voté jeudi la construction d'un nouveau "
        "pont sur la Loire à Orléans.",
        "Jeudi, le conseil municipal d'Orléans a voté la construction d'un "
        "nouveau pont sur la Loire.",
        "La construction d'un nouveau pont sur la Loire a été votée jeudi "
        "par le conseil municipal d'Orléans.",
        "Après trois heures d'un débat houleux entre les élus de "
        "l'opposition et ceux de la majorité, qui se sont longuement "
        "affrontés sur le budget des écoles, des crèches et des piscines "
        "municipales, le conseil a voté jeudi un nouveau pont sur la Loire, "
        "dont le coût reste inconnu.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const char *const question[] = {
        "Le gouvernement va-t-il supprimer la taxe d'habitation sur les "
        "résidences secondaires l'an prochain ?",
        "Le gouvernement va supprimer la taxe d'habitation sur les "
        "résidences secondaires l'an prochain.",
        "L'an prochain, le gouvernement va supprimer la taxe d'habitation "
        "sur les résidences secondaires.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    /* one claim stated plainly by two docs and inside a long sentence
     * with other clauses around it by a third; a fourth names the same
     * place but makes another claim */
    static const char *const inside[] = {
        "The actress checked into the Betty Ford Center in Rancho Mirage "
        "on Thursday night.",
        "On Thursday night the actress checked into the Betty Ford Center "
        "in Rancho Mirage.",
        "After leaving a clinic in Newport Beach less than an hour after "
        "arriving, and after her lawyer had told the judge in Los Angeles "
        "that she was there in treatment, the actress checked into the "
        "Betty Ford Center in Rancho Mirage, dodging arrest after a whole "
        "day of confusion about her whereabouts.",
        "The actress spent time at the Betty Ford Center in 2010, where a "
        "member of the staff accused her of assault.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* a figure given in brackets is part of the claim ("23 pirates (12
     * Somali and 11 Yemeni)"); a sentence without the figures does not
     * state it */
    static const char *const brackets[] = {
        "Of the 23 pirates arrested on Saturday, 12 are Somali and 11 are "
        "Yemeni, the navy said.",
        "Of the 23 pirates arrested on Saturday, 12 are Somali and 11 "
        "Yemeni, officials said.",
        "The arrest of the 23 pirates (12 Somali and 11 Yemeni) on Saturday "
        "is the largest such seizure of the year.",
        "The navy arrested 23 Somali and Yemeni pirates on Saturday, "
        "officials said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* the same short statement in the same words in two docs is one
     * fact of both, though it shares one term (linked and grouped) */
    static const char *const verbatim[] = {
        "The storm hit the coast on Monday night. No one was hurt.",
        "Officials counted the damage to the harbour on Tuesday. No one "
        "was hurt.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* a fact is backed by the articles that state its main claim
     * (digest_align.c, main_support; analysis/clauses.h,
     * rcp__clause_main): who says it is no part of the claim, so two
     * statements of one speaker are two facts */
    static const char *const speaker[] = {
        "The fire destroyed the old warehouse on Friday night, fire chief "
        "John Miller told reporters.",
        "The warehouse had no working sprinkler system, fire chief John "
        "Miller told reporters.",
        "Flames destroyed the old warehouse on Friday night, officials "
        "said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* two sentences alike but for a figure of their second clause:
     * the clause they share ("a fait deux morts", "killed two people")
     * does not make the one support the other (digest_facts.c,
     * clause_facts: the values of the whole sentences) */
    static const char *const toll_fr[] = {
        "L'explosion d'une usine chimique à Toulouse a fait deux morts et "
        "neuf blessés mardi, selon la préfecture.",
        "L'explosion d'une usine chimique à Toulouse a fait deux morts et "
        "sept blessés mardi, selon la préfecture.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const char *const toll_en[] = {
        "The explosion at a chemical plant in Houston killed two people "
        "and injured nine people on Tuesday, police said.",
        "The explosion at a chemical plant in Houston killed two people "
        "and injured seven people on Tuesday, police said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const support_row rows[] = {
        {"fr", toll_fr, "neuf blessés", 1u},
        {"fr", toll_fr, "sept blessés", 2u},
        {"en", toll_en, "injured nine", 1u},
        {"en", toll_en, "injured seven", 2u},
        {"en", speaker, "destroyed the old warehouse", 5u},
        {"en", speaker, "sprinkler", 2u},
        {"en", verbatim, "No one was hurt", 3u},
        {"en", brackets, "12 are Somali", 7u},
        {"en", inside, "on Thursday night.", 7u},
        {"en", inside, "accused her", 8u},
        {"fr", wounded, "9 blessés", 3u},
        {"fr", wounded, "7 blessés", 4u},
        {"fr", bridge, "pont sur la Loire", 0xFu},
        {"fr", question, "supprimer la taxe", 6u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 0);
}

/* The support (bit set of docs) of the fact with the most docs among
 * those shown by a sentence holding `needle`. */
static unsigned shown_support(const rcp_digest *g, const char *needle)
{
    unsigned best = 0;
    uint32_t bn = 0;
    for (size_t f = 0; f < g->nfacts; f++) {
        const rcp__dfact *x = &g->facts[f];
        const rcp__dunit *u = &g->units[x->rep];
        if (x->ndocs > bn &&
            memmem(g->docs[u->doc]->text + u->off, u->len, needle,
                   strlen(needle))) {
            bn = x->ndocs;
            best = 0;
            for (uint32_t k = 0; k < x->ndocs; k++)
                best |= 1u << x->docs[k];
        }
    }
    return best;
}

/*
 * A fact shown by a sentence that states two claims (a clause with a
 * verb of its own after a coordinator: digest_facts.c, main_support) is
 * backed by the docs that state both; a doc that states only the first
 * backs a fact of its own shown by its sentence, which the docs of both
 * claims back too. A fact of one of the claims is not merged with the
 * fact of both (merge_by_claim). Row: the story, the words of the shown
 * sentence, its support.
 */
TEST(claims_two_claims_table)
{
    static const char *const guard[] = {
        "The gunman fired at the guard, hitting him in the chest, and left "
        "the building through the back door, police said.",
        "The gunman shot the guard in the chest and then left the building "
        "through the back door.",
        "The gunman fired at the guard, hitting him in the chest, police "
        "said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const bridge[] = {
        "Le maire a fermé le vieux pont sur la rivière jeudi et la "
        "circulation a été détournée par le centre-ville.",
        "Le maire a fermé jeudi le vieux pont sur la rivière, puis la "
        "circulation a été détournée par le centre-ville.",
        "Le maire a fermé jeudi le vieux pont sur la rivière.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const char *const teen[] = {
        "The teen was rushed to the county hospital on Sunday but he later "
        "died.",
        "The teen was rushed to the county hospital on Sunday and listed "
        "in stable condition later.",
        "The teen was rushed to the county hospital on Sunday but later "
        "died, police said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const jeune[] = {
        "Le jeune homme a été transporté à l'hôpital de la ville dimanche "
        "mais il a succombé dans la soirée.",
        "Le jeune homme a été transporté à l'hôpital de la ville dimanche "
        "et son état était jugé stable dans la soirée.",
        "Le jeune homme a été transporté à l'hôpital de la ville dimanche "
        "mais il a succombé dans la soirée, selon la police.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const support_row rows[] = {
        {"en", guard, "and left the building through the back door, police",
         3u},
        {"en", guard, "hitting him in the chest, police said.", 7u},
        {"fr", bridge, "jeudi et la circulation", 3u},
        {"fr", bridge, "sur la rivière.", 7u},
        /* a second claim is said with its verb: "listed in stable
         * condition later" does not state "he later died"; the fact of
         * that part takes only the docs that state all of it */
        {"en", teen, "but he later died.", 5u},
        {"fr", jeune, "mais il a succombé dans la soirée.", 5u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 1);
}

/*
 * How much of a sentence another holds (rcp__digest_held_share, which
 * show_shared and the evidence shown beside a fact read): the share of
 * its weight, words of one meaning counted, and none when a number of it
 * is missing. Row: the sentence, the one that holds it or not, whether
 * it holds SHOW_HOLD (0.7) of it.
 */
TEST(claims_held_share_table)
{
    static const struct {
        const char *lang, *u, *x;
        int held;
    } rows[] = {
        {"en", "Ellen DeGeneres will host the Oscars.",
         "We are thrilled to have Ellen DeGeneres host the Oscars, the "
         "producers said.",
         1},
        {"en", "Mills was born in Leeds, England.",
         "Mills was born on May 3, 1930, in Leeds, England.", 1},
        /* a number missing: the date is not given */
        {"en", "Mills was born on May 3, 1930, in Leeds, England.",
         "Mills was born in Leeds, England.", 0},
        {"en", "The fire caused an estimated $1 million in damage.",
         "The fire caused heavy damage to the church.", 0},
        {"fr", "Le club a nommé Marc Durand entraîneur par intérim.",
         "Marc Durand a été nommé entraîneur par intérim du club lundi, a "
         "annoncé le président.",
         1},
        /* another claim about the same man */
        {"fr", "Le club a nommé Marc Durand entraîneur par intérim.",
         "Marc Durand avait joué dix saisons au club avant sa retraite.", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {rows[r].u, rows[r].x};
        claims_story s;
        cs_new(&s, rows[r].lang, texts, 2);
        CHECK(s.g != NULL && s.g->nunits >= 2);
        if (s.g && s.g->nunits >= 2) {
            const rcp__dunit *u = &s.g->units[0], *x = &s.g->units[1];
            int got = rcp__digest_held_share(s.g, u, x) >= 0.7;
            if (got != rows[r].held)
                fprintf(stderr, "# row %zu: held %.3f\n", r,
                        rcp__digest_held_share(s.g, u, x));
            CHECK_INT(got, rows[r].held);
        }
        cs_free(&s);
    }
}

/*
 * The evidence shown for a doc with no sentence in the fact
 * (rcp__digest_evidence) is a sentence of it that holds the one shown
 * (rcp__digest_held_share), before one merely close to it: "DeGeneres
 * first hosted the Oscars in 2007" shares more of its words with
 * "Ellen DeGeneres will host the Oscars" for its length, but does not
 * state it. Row: the shown sentence (doc 0), the doc's text, the words
 * of the evidence.
 */
TEST(claims_evidence_held_table)
{
    static const struct {
        const char *lang, *shown, *doc, *want;
    } rows[] = {
        {"en", "Ellen DeGeneres will host the Oscars.",
         "DeGeneres first hosted the Oscars in 2007. The producers said on "
         "Friday that Ellen DeGeneres would host the Oscars again next "
         "year, after a poorly received show.",
         "would host the Oscars again"},
        {"fr", "Marc Durand a été nommé entraîneur par intérim.",
         "Durand a été entraîneur en 2001. Le club a annoncé lundi que "
         "Marc Durand avait été nommé entraîneur par intérim jusqu'à la "
         "fin de la saison prochaine.",
         "avait été nommé entraîneur par intérim"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {rows[r].shown, rows[r].doc};
        claims_story s;
        cs_new(&s, rows[r].lang, texts, 2);
        CHECK(s.g != NULL && s.g->nunits >= 3);
        if (s.g && s.g->nunits >= 3) {
            rcp__dfact f = {0}; /* a fact with no sentence of doc 1 */
            uint32_t e = rcp__digest_evidence(s.g, &f, 0, 1);
            const rcp__dunit *u = e == UINT32_MAX ? NULL : &s.g->units[e];
            int hit = u && memmem(s.docs[1]->text + u->off, u->len,
                                  rows[r].want, strlen(rows[r].want));
            if (!hit)
                fprintf(stderr, "# row %zu: evidence %.*s\n", r,
                        u ? (int)u->len : 0, u ? s.docs[1]->text + u->off : "");
            CHECK(hit);
        }
        cs_free(&s);
    }
}

/* A life told whole by one article, in parts by the others (the
 * claims_shown_shared and claims_part_facts tables). */
static const char *const miners[] = {
    "She was born Anna Mills on May 3, 1930, in Leeds, England, into a "
    "family of miners with six children.",
    "Mills was born in Leeds, England, into a family of miners.",
    "Anna Mills was born in Leeds, England, into a family of miners.",
    "Mills was born into a family of miners in Leeds, England, on May 3, "
    "1930.",
    "Born on May 3, 1930 in Leeds, England, Anna Mills was one of six "
    "children of a family of miners.",
    "A village fair brought together three hundred people on Sunday.",
    NULL};

/*
 * The sentence a fact shows is one its articles state whole
 * (digest_facts.c, show_shared): not the sentence that gathers what all
 * of them say (a birth date, a place, a family of six children) and so
 * is stated whole by none, but one that the most of the others hold,
 * with the values of the sentence it replaces (the date stays). The
 * support does not change. Row: the story, the words of the shown
 * sentence, its support.
 */
TEST(claims_shown_shared_table)
{
    static const char *const born[] = {
        "She was born Anna Mills on May 3, 1930, in Leeds, England, into a "
        "family of miners with six children.",
        "Mills was born on May 3, 1930, in Leeds, England.",
        "Anna Mills was born on May 3, 1930, in Leeds, England.",
        "Mills was born into a family of miners in England on May 3, 1930.",
        "Born in 1930 in Leeds, England, Anna Mills was one of six children "
        "of a family of miners.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const nee[] = {
        "Elle est née Anne Morel le 3 mai 1930 à Lille, dans une famille de "
        "mineurs de six enfants.",
        "Anne Morel est née le 3 mai 1930 à Lille.",
        "Morel est née le 3 mai 1930 à Lille, dans le Nord.",
        "Morel est née dans une famille de mineurs du Nord le 3 mai 1930.",
        "Née en 1930 à Lille, Anne Morel était l'une des six enfants d'une "
        "famille de mineurs.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const support_row rows[] = {
        {"en", born, "Mills was born on May 3, 1930, in Leeds, England.",
         0x1fu},
        {"fr", nee, "Morel est née le 3 mai 1930 à Lille.", 0x1fu},
        /* the date the fact gives stays shown: not "born in Leeds"; the
         * docs that do not give it back the part they state
         * (claims_part_facts_table) */
        {"en", miners,
         "Mills was born into a family of miners in Leeds, England, on May "
         "3, 1930.",
         0x19u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 1);
}

/*
 * Part facts (digest_facts.c, part_facts): the articles that state only
 * a part of the sentence a fact shows (born in Leeds into a family of
 * miners, not on which day; no one hurt in the fire, not when it was set
 * nor who was inside) leave it for a fact of that part, shown by one of
 * their sentences and backed by every article of the fact (the whole
 * states the part); the sentence of the whole keeps the articles that
 * state it whole. A part has the predicate of its own sentence in the
 * whole (pred_stated). And the other way: the sentence that show_shared
 * leaves for one held by more docs is a fact of the docs that state it
 * whole. Row: the story, the words of a shown sentence, its support.
 */
TEST(claims_part_facts_table)
{
    static const char *const feu[] = {
        "Personne n'a été blessé dans l'incendie, qui a été allumé vendredi "
        "soir alors que deux enfants étaient dans l'église, selon les "
        "pompiers.",
        "Personne n'a été blessé dans l'incendie, qui a été allumé vendredi "
        "soir alors que deux enfants étaient dans l'église.",
        "Personne n'a été blessé dans l'incendie, allumé vendredi soir alors "
        "que deux enfants se trouvaient dans l'église, selon les pompiers.",
        "Personne n'a été blessé dans l'incendie de l'église.",
        "Personne n'a été blessé dans l'incendie de l'église, selon la "
        "police.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    /* "walking" is not said by the sentence that says she was struck:
     * no part of it, whatever words they share */
    static const char *const walk[] = {
        "Johnson was with her husband when she was struck by a car in the "
        "crosswalk outside the store around 7 p.m. Wednesday.",
        "Johnson was with her husband when she was struck by a car in the "
        "crosswalk outside the store around 7 p.m. Wednesday, police said.",
        "On Wednesday Johnson was with her husband when she was struck by a "
        "car in the crosswalk outside the store around 7 p.m.",
        "Johnson was walking with her husband outside the store around 7 "
        "p.m. Wednesday.",
        "Johnson was walking with her husband outside the store around 7 "
        "p.m. Wednesday, police said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const bridge[] = {
        "The mayor closed the old bridge over the river on Monday after "
        "engineers found deep cracks in two of its pillars.",
        "The mayor closed the old bridge over the river on Monday after "
        "engineers found deep cracks in two of its pillars, officials said.",
        "On Monday the mayor closed the old bridge over the river after "
        "engineers found deep cracks in two of its pillars.",
        "The mayor closed the old bridge over the river on Monday.",
        "The mayor closed the old bridge over the river on Monday, a "
        "spokesman said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const support_row rows[] = {
        {"en", miners, "on May 3, 1930.", 0x19u},
        {"en", miners, "Mills was born in Leeds, England, into a family of "
                       "miners.", 0x1fu},
        {"fr", feu, "deux enfants étaient", 0x7u},
        {"fr", feu, "Personne n'a été blessé dans l'incendie de l'église.",
         0x1fu},
        {"en", walk, "struck by a car", 0x1fu},
        /* the sentence shown before show_shared, stated whole by another
         * doc: a fact of their own (the six children) */
        {"en", miners, "with six children.", 0x11u},
        /* a sentence holding the one shown and more, stated by three */
        {"en", bridge, "engineers found deep cracks", 0x7u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 1);
}

/*
 * Contained support (digest_facts.c, contain_support): an article whose
 * sentence states the whole of the sentence a fact shows inside a longer
 * one (after a participle clause, with more words about the star)
 * supports the fact; a question does not. Row: the
 * story, the words of the shown sentence, its support (with CONTAIN=0
 * in a tuning build, the first row gives 0x3).
 */
TEST(claims_contain_support_table)
{
#define TREATED(x)                                                            \
    "Ketsoyan would not say what the star was being treated for.",            \
        "Ketsoyan would not say what the star was being treated for, the "    \
        "newspaper reported.",                                                \
        x, "A village fair brought together three hundred people on Sunday.", \
        NULL
    static const char *const reveal[] = {TREATED(
        "Asking to respect her and her family's privacy, Ketsoyan did not "
        "reveal what the star of the film was being treated for.")};
    static const char *const asked[] = {TREATED(
        "Asking to respect her and her family's privacy, did Ketsoyan not "
        "reveal what the star of the film was being treated for?")};
#undef TREATED
    static const support_row rows[] = {
        {"en", reveal, "Ketsoyan would not say", 0x7u},
        {"en", asked, "Ketsoyan would not say", 0x3u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 1);
}

/*
 * Value facts (digest_facts.c, value_facts): sentences of different
 * articles that give one value (a count with its noun) as an argument of
 * one predicate (a form of one verb near it, in one mood) back a fact of
 * it, shown by the sentence whose main claim gives it, though the rest
 * of their words differ; a denial ("never detected") or a forecast ("will
 * detect") of it does not. Row: the story, the words of the shown
 * sentence, its support (with VALUE=0 in a tuning build the first row
 * gives 0x1; without the mood in the predicate's key rows 1-2 give 0x3).
 * Rows 3, 5 and 6 give 0x1 with VALUE_INTERVAL=0 (a measure keyed by its
 * exact value, no clock time keyed): "three months" and "90 days",
 * "1100 hours" and "around 11 a.m." are one value.
 */
TEST(claims_value_facts_table)
{
#define BOATS(x)                                                              \
    "Officers on the frigate detected five boats near the convoy late in "  \
    "the morning.",                                                          \
        x, "A village fair brought together three hundred people on Sunday.", \
        NULL
    static const char *const detected[] = {BOATS(
        "A helicopter was launched from the deck after lookouts detected "
        "five boats, and the pirates fled toward the coast before marines "
        "could board them.")};
    static const char *const denied[] = {BOATS(
        "A helicopter was launched from the deck although lookouts never "
        "detected five boats, and the pirates fled toward the coast before "
        "marines could board them.")};
    static const char *const later[] = {BOATS(
        "A helicopter will be launched from the deck when lookouts will "
        "detect five boats, and the pirates will flee toward the coast "
        "before marines can board them.")};
#undef BOATS
    /* a measure and a clock time are one value when their intervals
     * meet, in whatever unit or way they are written (value_sweep) */
#define GUARD(x, y)                                                               "Officers on the frigate guarded the convoy for " x " in the gulf.",             "A helicopter was launched from the deck while sailors guarded the "         "convoy for " y ", and the pirates fled toward the coast before "            "marines could board them.",                                                 "A village fair brought together three hundred people on Sunday.",           NULL
    static const char *const months[] = {GUARD("for three months",
                                                  "for 90 days")};
    static const char *const halfyear[] = {GUARD("for six months",
                                                    "for 90 days")};
    static const char *const fr_mois[] = {
        "Les officiers de la frégate ont escorté le convoi pendant trois "
        "mois dans le golfe.",
        "Un hélicoptère a décollé du pont pendant que les marins escortaient "
        "le convoi pendant 90 jours, et les pirates ont fui vers la côte "
        "avant l'abordage.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const char *const clock[] = {GUARD("at 1100 hours",
                                              "around 11 a.m.")};
    static const char *const otherclock[] = {GUARD("at 1100 hours",
                                                   "around 2 p.m.")};
#undef GUARD
    static const support_row rows[] = {
        {"en", detected, "near the convoy", 0x3u},
        {"en", denied, "near the convoy", 0x1u},
        {"en", later, "near the convoy", 0x1u},
        {"en", months, "in the gulf", 0x3u},
        {"en", halfyear, "in the gulf", 0x1u},
        {"fr", fr_mois, "dans le golfe", 0x3u},
        {"en", clock, "in the gulf", 0x3u},
        {"en", otherclock, "in the gulf", 0x1u},
    };
    check_support_rows(rows, RCP_ARRAY_SIZE(rows), 1);
}

/*
 * Another claim (digest_facts.c, other_claims): a supporter whose own
 * sentence says another thing of the same person than the fact's shown
 * sentence (another main predicate, none of its words of the shown
 * one's meaning, little of its weight; or the shown one's predicate in
 * the other tense, a forecast under a past fact) leaves the fact; a paraphrase of
 * the predicate (WordNet's or mythes-fr's wider senses), a sentence about
 * no person of the shown one, or one holding half of it stays. Row: the
 * story, the words of the shown sentence, the doc linked to that fact
 * (as the aligner may link it: the doc alone, or with its sentence among
 * the fact's units), and whether the pass takes it out (rows 0, 3, 5 and
 * 6 fail with OTHER=0 in a tuning build, 5 and 6 with OTHER_TENSE=0).
 * A French doc joined alone (a supporter by a guess, guessed_apart) whose
 * sentence holds less than OTHER_GUESS of the shown one leaves, whatever
 * its predicate: rows 8 and 9 fail with OTHER_GUESS=0; row 4 is the same
 * paraphrase joined with its sentence, which stays. A fact whose claim is
 * a span of its sentence keeps its supporters (rows 10 and 11).
 */
TEST(claims_other_claims_table)
{
    static const char *const coach[] = {
        "Assistant manager Paul Ferris was named interim coach of the Hawks "
        "on Saturday after the team fired Mark Dunn.",
        "Paul Ferris was named interim coach of the Hawks on Saturday, the "
        "team said.",
        "Paul Ferris was promoted to assistant manager in 2003.",
        "The Hawks appointed Ferris on Saturday.",
        "The old arena was sold to a bank in 2003.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const char *const dalai[] = {
        "Le lauréat du prix Nobel a aussi rencontré vendredi le maire de "
        "Nantes, Jean-Marc Durand, et la présidente de la région.",
        "Le lauréat du prix Nobel a rencontré vendredi le maire de Nantes, "
        "Jean-Marc Durand.",
        "Jean-Marc Durand déroulera le tapis rouge au lauréat.",
        "Jean-Marc Durand a reçu le lauréat vendredi.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    /* the predicate in the other tense: a forecast under a past fact */
    static const char *const arrive[] = {
        "Le ministre a déclaré que Marie Durand arriverait vendredi "
        "après-midi à Paris, où le président devrait l'accueillir avant un "
        "dîner officiel à l'Elysée.",
        "Marie Durand arriverait vendredi après-midi à Paris, où le "
        "président devrait l'accueillir avant un dîner officiel à "
        "l'Elysée, a déclaré le ministre.",
        "Après six ans de captivité, Marie Durand est arrivée vendredi à "
        "Paris.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const char *const intro[] = {
        "Maurice Lane was introduced as the new head coach of the Hawks at "
        "a news conference on Tuesday.",
        "On Tuesday Maurice Lane was introduced as the new head coach of "
        "the Hawks at a news conference.",
        "Lane will be introduced as head coach at a Tuesday news "
        "conference, the team said in a statement.",
        "Lane was introduced to reporters on Tuesday by the team's owner, "
        "who praised his record.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* a doc joined without a sentence of its own in the fact (a
     * supporter by a guess), its closest sentence sharing only a name */
    static const char *const club[] = {
        "Le comité régional de natation ouvre un site internet pour ses "
        "licenciés et leurs familles.",
        "Le comité régional de natation ouvre un site internet destiné à "
        "ses licenciés et à leurs familles.",
        "Paul Martin, trésorier du comité régional de natation, a quitté "
        "ses fonctions lundi après dix ans de mandat.",
        "Une fête de village a réuni trois cents personnes dimanche.", NULL};
    static const struct {
        const char *lang;
        const char *const *texts;
        const char *needle;
        uint32_t doc;
        int leaves;
        int by_sentence; /* the doc joins with its sentence, as the
                            aligner links it; else the doc alone */
        int span;        /* the fact's claim is a span of its sentence
                            (its first chunk), as value_facts makes it */
    } rows[] = {
        {"en", coach, "named interim coach", 2, 1, 0, 0},
        {"en", coach, "named interim coach", 3, 0, 0, 0}, /* appointed: named */
        {"en", coach, "named interim coach", 4, 0, 0, 0}, /* no person */
        {"fr", dalai, "rencontré vendredi le maire", 2, 1, 0, 0},
        {"fr", dalai, "rencontré vendredi le maire", 3, 0, 1, 0}, /* reçu */
        {"fr", arrive, "arriverait vendredi", 2, 1, 0, 0},
        {"en", intro, "was introduced as the new head coach", 2, 1, 0, 0},
        {"en", intro, "was introduced as the new head coach", 3, 0, 0, 0},
        /* a French doc by a guess that holds little of the sentence,
         * a paraphrase too (guessed_apart) */
        {"fr", club, "ouvre un site internet", 2, 1, 0, 0},
        {"fr", dalai, "rencontré vendredi le maire", 3, 1, 0, 0},
        /* a span's supporters were paired with the span: they stay
         * (session 20; these two fail with OTHER_SPAN=0) */
        {"en", coach, "named interim coach", 2, 0, 0, 1},
        {"fr", arrive, "arriverait vendredi", 2, 0, 0, 1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        claims_story s;
        cs_new_texts(&s, rows[r].lang, rows[r].texts);
        CHECK(s.g != NULL);
        size_t fi = fact_shown(s.g, rows[r].needle);
        if (fi == SIZE_MAX || s.g->facts[fi].ndocs < 2)
            fprintf(stderr, "# row %zu: no fact of two docs\n", r);
        CHECK(fi != SIZE_MAX);
        if (fi != SIZE_MAX) {
            rcp__dfact *f = &s.g->facts[fi];
            CHECK_INT(rcp__dfact_add_doc(s.g, f, rows[r].doc), 0);
            if (rows[r].span) {
                f->cunit = f->rep;
                f->cmask = 1;
                f->coff = 0;
                f->clen = 1;
            }
            for (uint32_t u = 0; rows[r].by_sentence && u < s.g->nunits; u++)
                if (s.g->units[u].doc == rows[r].doc) {
                    CHECK_INT(rcp__dsorted_add(s.g, &f->units, &f->nunits, u),
                              0);
                    break;
                }
            CHECK_INT(rcp__digest_other_claims(s.g), 0);
            int left = !rcp__dfact_has_doc(&s.g->facts[fi], rows[r].doc);
            if (left != rows[r].leaves)
                fprintf(stderr, "# row %zu: left %d\n", r, left);
            CHECK_INT(left, rows[r].leaves);
        }
        cs_free(&s);
    }
}

/*
 * What a fact shows (rcp__digest_partial, digest.c): a supporter is
 * partial when its sentence that states the fact (its evidence) holds
 * less than RCP__SHOW_HOLD of the shown sentence's words: it states the
 * fact's claim, not every detail of the sentence. The writers mark it:
 * the JSON's "partial", "(part)" after its id in Markdown with its own
 * sentence under the fact. Row: the story, the words of the shown
 * sentence, the fact's support and its partial supporters (bits per doc).
 */
TEST(claims_partial_table)
{
    static const char *const bridge[] = {
        "The mayor closed the old bridge over the river on Monday after "
        "engineers found deep cracks in two of its pillars.",
        "On Monday the mayor closed the old bridge over the river after "
        "engineers found deep cracks in two of its pillars.",
        "The mayor closed the old bridge over the river on Monday, a "
        "spokesman said.",
        "The mayor closed the old bridge over the river on Monday after "
        "engineers found deep cracks in two of its pillars, officials said.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* "a donné" states it whole, the third leaves details out */
    static const char *const gant[] = {
        "Vladimir Poutine a offert à Kim Jong-un un gant de scaphandre qui "
        "a voyagé dans l'espace et une carabine russe de haute qualité.",
        "Vladimir Poutine a donné à Kim Jong-un un gant de scaphandre qui "
        "a voyagé dans l'espace et une carabine russe de haute qualité.",
        "Vladimir Poutine a offert à Kim Jong-un un gant de scaphandre et "
        "une carabine, selon le Kremlin.",
        "Une fête de village a réuni trois cents personnes dimanche.",
        NULL};
    static const struct {
        const char *lang;
        const char *const *texts;
        const char *needle;
        unsigned support, partial;
    } rows[] = {
        {"en", bridge, "engineers found deep cracks", 0xFu, 0x4u},
        {"fr", gant, "une carabine russe", 0x7u, 0x4u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        claims_story s;
        cs_new_texts(&s, rows[r].lang, rows[r].texts);
        CHECK(s.g != NULL);
        size_t fi = fact_shown(s.g, rows[r].needle);
        const rcp__dfact *f = fi == SIZE_MAX ? NULL : &s.g->facts[fi];
        CHECK(f != NULL);
        unsigned sup = 0, part = 0;
        for (uint32_t k = 0; f && k < f->ndocs; k++) {
            sup |= 1u << f->docs[k];
            if (rcp__digest_partial(s.g, f, f->rep, f->docs[k]))
                part |= 1u << f->docs[k];
        }
        if (sup != rows[r].support || part != rows[r].partial)
            fprintf(stderr, "# row %zu: support %#x, partial %#x\n", r, sup,
                    part);
        CHECK_INT(sup, rows[r].support);
        CHECK_INT(part, rows[r].partial);
        cs_free(&s);
    }
}

/*
 * Claims, not sentences (digest_align.c, clause_facts): a clause that
 * states a claim in the same opening words as another article's
 * ("No one was injured" after "but", before "when" or a relative clause)
 * supports the fact of that claim, shown by the sentence whose main
 * claim it is (here the short "No one was injured."), while its sentence
 * stays in the fact of its other claim. Another actor ("One firefighter
 * was injured"), a pronoun ("He was injured": anyone) or a noun with its
 * participle ("the injured firefighter") is no such clause.
 */
TEST(claims_clause_facts_table)
{
    static const char *const church[] = {
        "No one was injured, but several people, including two children, "
        "were inside the church when the blaze started.",
        "The alarm was raised by a neighbour shortly after midnight, but no "
        "one was injured.",
        "No one was injured in the fire, which destroyed the old wooden "
        "church on the hill.",
        "No one was injured.",
        "One firefighter was injured, and the roof of the church collapsed "
        "during the night.",
        "He was injured, and the roof of the old church collapsed during "
        "the storm.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    /* "has closed" and "closed": one claim (a perfect tense's auxiliary
     * is left out of the key) */
    static const char *const bridge[] = {
        "The mayor closed the old bridge over the river, and traffic was "
        "diverted through the town centre.",
        "The mayor has closed the old bridge over the river after "
        "engineers found cracks in two of its pillars.",
        "The mayor has closed the old bridge over the river.",
        "A village fair brought together three hundred people on Sunday.",
        NULL};
    static const struct {
        const char *const *texts;
        const char *needle;
        unsigned support;
    } rows[] = {
        /* docs 4 and 5 not in it (they share another claim) */
        {church, "No one was injured.", 0xFu},
        {church, "but no one was injured", 0xFu},
        {bridge, "has closed the old bridge over the river.", 7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_support(r, "en", rows[r].texts, rows[r].needle,
                      rows[r].support);
}

/* Facts that state one claim in other words merge (merge_by_claim in
 * digest_align.c): two facts of two articles or more whose shown
 * sentences' main verbs are each a predicate most articles of the other
 * use, in the same polarity, and whose cores agree. Words every article
 * uses (topic terms) do not link two sentences, so "would be handed over
 * to the authorities ashore" and "are likely to be handed over next week
 * to the authorities in Djibouti" are two facts until their claims are
 * compared; "destroyed" is another claim, "No seized weapons ..." its
 * denial. Row: the second wording (docs 3 and 4), then the support of
 * the fact that holds needle. */
TEST(claims_paraphrase_merge_table)
{
    static const struct {
        const char *other, *needle;
        unsigned support;
    } rows[] = {
        {"The seized weapons are likely to be handed over next week to the "
         "authorities in Djibouti, officials said.",
         "next week", 0x1Fu},
        {"The seized weapons are likely to be handed over next week to the "
         "authorities in Djibouti, officials said.",
         "ashore", 0x1Fu},
        {"The seized weapons are likely to be destroyed next week by the "
         "authorities in Djibouti, officials said.",
         "destroyed", 0x18u},
        {"No seized weapons are likely to be handed over next week to the "
         "authorities in Djibouti, officials said.",
         "No seized", 0x18u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "The seized weapons would be handed over to the authorities "
            "ashore.",
            "The seized weapons would be handed over to the authorities "
            "ashore.",
            "The seized weapons would be handed over to the authorities "
            "ashore.",
            rows[r].other,
            rows[r].other,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support(r, "en", texts, rows[r].needle, rows[r].support);
    }
}

/* Two wordings of one claim merge only when the larger fact's shown
 * sentence names no place or thing the other names none of
 * (merge_by_claim, other_object): "in Berbera" is another object, and a
 * wording that names none ("ashore") does not state "in Djibouti". Row:
 * the second wording (docs 3 and 4), then the support of the fact of
 * docs 0-2. */
TEST(claims_paraphrase_object_table)
{
    static const struct {
        const char *other;
        unsigned support;
    } rows[] = {
        {"The seized weapons are likely to be handed over next week to the "
         "authorities in Djibouti, officials said.",
         0x1Fu},
        {"The seized weapons are likely to be handed over next week to the "
         "authorities in Berbera, officials said.",
         7u},
        {"The seized weapons are likely to be handed over next week to the "
         "authorities ashore, officials said.",
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "The seized weapons would be handed over to the authorities in "
            "Djibouti.",
            "The seized weapons would be handed over to the authorities in "
            "Djibouti.",
            "The seized weapons would be handed over to the authorities in "
            "Djibouti.",
            rows[r].other,
            rows[r].other,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support(r, "en", texts, "would be handed over",
                      rows[r].support);
    }
}

/* A claim that is a negative subject and its verb alone ("No one was
 * hurt.") joins the fact whose main clause denies the same of no one
 * with a verb of one WordNet sense with it (hurt / injure), not another
 * verb (killed) nor an assertion (One firefighter was hurt). Row: the
 * last sentence of docs 3 and 4, the support of the fact holding it. */
TEST(claims_paraphrase_terse_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"No one was hurt.", 0x1Fu},
        {"No one was killed.", 0x18u},
        {"One firefighter was hurt.", 0x18u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        char d3[128], d4[128];
        snprintf(d3, sizeof d3, "The barn burned down. %s", rows[r].said);
        snprintf(d4, sizeof d4, "Neighbours called the firefighters. %s",
                 rows[r].said);
        const char *const texts[] = {
            "No one was injured in the fire, which destroyed the old barn on "
            "Friday night.",
            "No one was injured in the fire, which destroyed the old barn on "
            "Friday night, the police said.",
            "No one was injured in the fire, which destroyed the old barn "
            "late on Friday.",
            d3,
            d4,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support(r, "en", texts, rows[r].said, rows[r].support);
    }
}

/* A sentence that states a fact's claim in other words, beside a claim
 * of its own, makes its doc support the fact (digest_facts.c,
 * sentence_support): the same main verb (a lemma in common), actor,
 * mood and polarity, most of the fact's core, the place the fact names.
 * Another place, a denial, a forecast, another verb or a speaker's
 * "we" does not. So for the claim a coordinator adds to the main one
 * ("..., and it then sank the mother ship": second_verb), when its
 * subject is a pronoun or none and it holds what the fact says of its
 * actor: not another verb, object ("a fishing boat") or actor ("the
 * coastguard"). Row: the sentence of doc 3, then the support of the
 * fact of docs 0-2. */
TEST(claims_sentence_support_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"The Tabor sank a pirate vessel off Socotra after a battle before "
         "dawn, and its crew then rescued the sailors of two cargo ships and "
         "brought them home.",
         0xFu},
        {"The frigate Tabor sank a pirate vessel off Berbera before dawn, and "
         "its crew then rescued the sailors of two cargo ships and brought "
         "them home.",
         7u},
        {"The Tabor did not sink a pirate vessel off Socotra before dawn, and "
         "its crew then rescued the sailors of two cargo ships and brought "
         "them home.",
         7u},
        {"The Tabor will sink a pirate vessel off Socotra before dawn, and its "
         "crew will then rescue the sailors of two cargo ships and bring them "
         "home.",
         7u},
        {"The Tabor chased a pirate vessel off Socotra before dawn, and its "
         "crew then rescued the sailors of two cargo ships and brought them "
         "home.",
         7u},
        {"We sank a pirate vessel off Socotra before dawn, and our crew then "
         "rescued the sailors of two cargo ships and brought them home.",
         7u},
        /* the claim coordinated with the main one (second_verb): its
         * subject a pronoun, what the fact says of its actor held */
        {"Heavy seas had slowed the escort for days, and it then sank the "
         "mother ship used by the pirates, officers said after the gun battle "
         "off Socotra.",
         0xFu},
        {"Heavy seas had slowed the escort for days, and it then chased the "
         "mother ship used by the pirates, officers said after the gun battle "
         "off Socotra.",
         7u},
        {"Heavy seas had slowed the escort for days, and it then sank a "
         "fishing boat used by the pirates, officers said after the gun "
         "battle off Socotra.",
         7u},
        {"Heavy seas had slowed the escort for days, and the coastguard then "
         "sank the mother ship used by the pirates, officers said after the "
         "gun battle off Socotra.",
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "The frigate Tabor sank a pirate mother ship off Socotra after a "
            "long gun battle.",
            "The frigate Tabor sank a pirate mother ship off Socotra after a "
            "gun battle, officials said.",
            "The frigate Tabor sank a pirate mother ship off Socotra after a "
            "long gun battle on Friday.",
            rows[r].said,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support(r, "en", texts, "mother ship off Socotra",
                      rows[r].support);
    }
}

/* The claim a coordinator adds holds what the fact says of its actor
 * when it holds it of the fact's shown sentence or of another sentence
 * of the fact, which may state the claim in fewer words (digest_facts.c,
 * fact_object_held; session 20): a long shown sentence does not keep
 * out "..., and it then sank the pirate mother ship near Socotra".
 * Another object still does. The fact of docs 0-3 is shown by its
 * longest sentence, doc 4 taken out of it, before sentence_support runs
 * again. Row: the sentence of doc 4, whether it joins (row 0 fails with
 * SENT_MORE_UNITS=0). */
TEST(claims_second_claim_units_table)
{
    static const struct {
        const char *said;
        int joins;
    } rows[] = {
        {"Gales had slowed the whole escort group off the coast "
         "for three long days, and it then sank the pirate mother ship near "
         "Socotra.",
         1},
        {"Gales had slowed the whole escort group off the coast "
         "for three long days, and it then sank a fishing boat near "
         "Socotra.",
         0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "The frigate Tabor sank the rusty pirate mother ship near Socotra "
            "with rockets and heavy machine guns in a storm on Friday night.",
            "The frigate Tabor sank the pirate mother ship near Socotra, "
            "officials said.",
            "The frigate Tabor sank the pirate mother ship near Socotra.",
            "The Tabor sank the pirate mother ship near Socotra, the navy "
            "said.",
            rows[r].said,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        claims_story s;
        cs_new_texts(&s, "en", texts);
        CHECK(s.g != NULL);
        size_t fi = fact_shown(s.g, "mother ship near Socotra");
        CHECK(fi != SIZE_MAX);
        if (fi != SIZE_MAX) {
            rcp__dfact *f = &s.g->facts[fi];
            uint32_t nd = 0, nu = 0;
            for (uint32_t k = 0; k < f->ndocs; k++)
                if (f->docs[k] != 4)
                    f->docs[nd++] = f->docs[k];
            f->ndocs = nd;
            for (uint32_t k = 0; k < f->nunits; k++)
                if (s.g->units[f->units[k]].doc != 4)
                    f->units[nu++] = f->units[k];
            f->nunits = nu;
            for (uint32_t k = 0; k < f->nunits; k++)
                if (s.g->units[f->units[k]].doc == 0)
                    f->rep = f->units[k];
            CHECK_INT(s.g->units[f->rep].doc, 0);
            CHECK_INT(rcp__digest_sentence_support(s.g), 0);
            int joined = rcp__dfact_has_doc(&s.g->facts[fi], 4);
            if (joined != rows[r].joins)
                fprintf(stderr, "# row %zu: joined %d\n", r, joined);
            CHECK_INT(joined, rows[r].joins);
        }
        cs_free(&s);
    }
}

/* A French present participle set apart after the main verb tells what
 * the subject also does (RCP__ROLE_PART, digest_facts.c part_verb): its
 * doc supports the fact whose main verb has a lemma in common with it
 * and whose core it holds, the sentence staying where its own claim is.
 * Not another verb, nor a verb of saying. Row: the sentence of doc 3,
 * then the support of the fact shown by a sentence holding "se
 * poursuit". */
TEST(claims_participle_support_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"Le ministre Paul Durand a visité vendredi matin une usine "
         "d'avions de combat près de Pékin, notamment une chaîne de "
         "production de moteurs, poursuivant son séjour officiel en "
         "territoire chinois, qu'il connaît bien.",
         0xFu},
        {"Le ministre Paul Durand a visité vendredi matin une usine "
         "d'avions de combat près de Pékin, notamment une chaîne de "
         "production de moteurs, terminant sa visite officielle en "
         "territoire chinois, qu'il connaît bien.",
         7u},
        {"Le ministre Paul Durand a visité vendredi matin une usine "
         "d'avions de combat près de Pékin, notamment une chaîne de "
         "production de moteurs, disant apprécier sa visite officielle en "
         "territoire chinois, qu'il connaît bien.",
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "Le séjour du ministre Paul Durand en territoire chinois se "
            "poursuit encore quelques jours, selon son cabinet.",
            "Selon son cabinet, le séjour du ministre Paul Durand en "
            "territoire chinois se poursuit encore quelques jours.",
            "Le séjour de Paul Durand en territoire chinois se poursuit "
            "encore quelques jours, selon le ministère.",
            rows[r].said,
            "Une fête de village a réuni trois cents personnes dimanche.",
            NULL};
        check_support_of(r, "fr", texts, "se poursuit", rows[r].support, 1);
    }
}

/* A fact dated to the day takes only sentences that give the day
 * (digest_facts.c, core_in_unit: day_dated), but a day told in an aside
 * about a name ("Le fichier Edvige, créé le 1er juillet, permet ...") is
 * the day of that description, not of the claim: a sentence of the
 * claim without it supports the fact. A day in the claim itself still
 * asks for one. Row: the fact's sentence (docs 0-2), the sentence of doc
 * 3, then the support of the fact shown by a sentence holding
 * "permet". */
TEST(claims_aside_day_support_table)
{
    static const char *const said =
        "Edvige, qui fait l'objet de nombreux recours en Conseil d'Etat, "
        "permet notamment la collecte d'informations sur des mineurs âgés "
        "d'au moins 13 ans et susceptibles d'infractions, ainsi que sur les "
        "responsables politiques.";
    static const struct {
        const char *fact[3];
        unsigned support;
    } rows[] = {
        {{"Le fichier Edvige, créé le 1er juillet, permet la collecte d'un "
          "large éventail d'informations sur toute personne susceptible de "
          "porter atteinte à l'ordre public, dès l'âge de 13 ans, ainsi que "
          "sur les responsables politiques, syndicaux et économiques.",
          "Créé par un décret paru le 1er juillet au Journal officiel, le "
          "fichier Edvige permet de recenser dès 13 ans, avec de nombreux "
          "renseignements, les personnes susceptibles de porter atteinte à "
          "l'ordre public.",
          "Le fichier Edvige, créé le 1er juillet, permet la collecte "
          "d'informations sur toute personne susceptible de porter atteinte "
          "à l'ordre public dès l'âge de 13 ans."},
         0xFu},
        {{"Le fichier Edvige permet depuis le 1er juillet la collecte d'un "
          "large éventail d'informations sur toute personne susceptible de "
          "porter atteinte à l'ordre public, dès l'âge de 13 ans, ainsi que "
          "sur les responsables politiques, syndicaux et économiques.",
          "Au Journal officiel, le fichier Edvige permet depuis le 1er "
          "juillet de recenser dès 13 ans, avec de nombreux renseignements, "
          "les personnes susceptibles de porter atteinte à l'ordre public.",
          "Le fichier Edvige permet depuis le 1er juillet la collecte "
          "d'informations sur toute personne susceptible de porter atteinte "
          "à l'ordre public dès l'âge de 13 ans."},
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            rows[r].fact[0],
            rows[r].fact[1],
            rows[r].fact[2],
            said,
            "Une fête de village a réuni trois cents personnes dimanche.",
            NULL};
        check_support_of(r, "fr", texts, "permet", rows[r].support, 1);
    }
}

/* A sentence states a fact's claim when it holds the claim as the
 * fact's shown sentence makes it in its main clause, though not what the
 * other articles add around it (digest_facts.c, core_in_unit: main_word;
 * "which drew sharp criticism from shipowners" is no part of "the navy
 * sank a pirate mother vessel"), with 3 words of it: not another verb,
 * nor another object ("a fishing boat", "a pirate boat"). Row: the
 * sentence of doc 3, then the support of the fact of docs 0-2. */
TEST(claims_main_claim_support_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"On November 19, the navy sank a Somali pirate mother vessel after "
         "being threatened with disastrous consequences.",
         0xFu},
        {"On November 19, the navy chased a Somali pirate mother vessel after "
         "being threatened with disastrous consequences.",
         7u},
        {"On November 19, the navy sank a Somali fishing boat after being "
         "threatened with disastrous consequences.",
         7u},
        {"On November 19, the navy sank a Somali pirate boat after being "
         "threatened with disastrous consequences.",
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "Last month, the navy said it had sunk a pirate mother vessel "
            "near the coast.",
            "Last month the navy sank a pirate mother vessel, which drew "
            "sharp criticism from shipowners and a maritime watchdog.",
            "The navy sank a pirate mother vessel last month, which drew "
            "sharp criticism from shipowners and a maritime watchdog.",
            rows[r].said,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support(r, "en", texts, "sank a pirate mother vessel",
                      rows[r].support);
    }
}

/* A fact shown by a sentence of two claims, the second of which is what
 * most of its articles state ("stopped by the church ... and told an
 * assistant pastor that she apologizes if ..."), is shown by one of its
 * sentences that states that claim alone (digest_facts.c, agreed_claim),
 * and then takes the sentences that state it ("Smith has apologised
 * if ...", a spelling of "apologized": lexicon_spellings_table); not
 * another verb nor another person. Row: the sentence of doc 4, then the
 * support of the fact shown by a sentence holding "apologized if". */
TEST(claims_agreed_claim_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"Smith has apologised if the fire was connected to her campaign due "
         "to undeserved attention.",
         0x1Fu},
        {"Smith has denied that the fire was connected to her campaign due "
         "to undeserved attention.",
         0xFu},
        {"Jones has apologised if the fire was connected to her campaign due "
         "to undeserved attention.",
         0xFu},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "Governor Smith stopped by the church this morning and told an "
            "assistant pastor that she apologizes if the fire is in any way "
            "connected to the undeserved attention the church received.",
            "Governor Smith stopped by the church this morning and told an "
            "assistant pastor that she apologizes if the fire is in any way "
            "connected to the undeserved attention the church received, a "
            "spokesman said.",
            "Smith apologized if the fire was in any way connected to the "
            "undeserved attention the church received during the campaign, "
            "her spokesman said.",
            "On Saturday, Governor Smith said she apologizes if the fire was "
            "in any way connected to undeserved attention brought on by her "
            "failed campaign.",
            rows[r].said,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support_of(r, "en", texts, "apologized if", rows[r].support, 1);
    }
}

/* A sentence whose actor is a role, unnamed ("the 26-year-old actress"),
 * states the claim of a fact whose actor is a person the story names,
 * and a claim about a named place or thing holds its name as a word of
 * the claim ("checked into the Betty Ford Center": one word besides the
 * names); a role with a named person of its own, another place or a
 * denial does not (digest_facts.c, sentence_support: one_actor,
 * claim_word). Row: the sentence of doc 3, then the support of the fact
 * of docs 0-2. */
TEST(claims_role_actor_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"Early in the morning, around 1:30 a.m., the 26-year-old actress "
         "checked into Betty Ford Center in Rancho Mirage, Calif.",
         0xFu},
        {"Early in the morning, around 1:30 a.m., her lawyer Mark Heller "
         "checked into Betty Ford Center in Rancho Mirage, Calif.",
         7u},
        {"Early in the morning, around 1:30 a.m., the 26-year-old actress "
         "checked into Morningside Recovery in Newport Beach, Calif.",
         7u},
        {"Early in the morning, around 1:30 a.m., the 26-year-old actress "
         "had not checked into Betty Ford Center in Rancho Mirage, Calif.",
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "After she abruptly left a rehab facility in Newport Beach, "
            "Lindsay Lohan has checked into the Betty Ford Center in Rancho "
            "Mirage.",
            "Lindsay Lohan checked into the Betty Ford Center in Rancho "
            "Mirage, dodging arrest, sources said.",
            "Lindsay Lohan has checked into the Betty Ford Center in Rancho "
            "Mirage, her publicist confirmed.",
            rows[r].said,
            "A village fair brought together three hundred people on Sunday.",
            NULL};
        check_support(r, "en", texts, "Lindsay Lohan has checked into the "
                      "Betty Ford", rows[r].support);
    }
}

/* A claim inside a long sentence is grouped with its plain statements:
 * the run of chunks that states it ("the actress checked into the Betty
 * Ford Center in Rancho Mirage", between a leading subordinate and a
 * participle) is linked to them, though the whole sentence is not close
 * to them (analysis/clauses.h, digest_align.c clause_dice). */
TEST(claims_clause_grouped)
{
    static const char *const texts[] = {
        "The actress checked into the Betty Ford Center in Rancho Mirage "
        "on Thursday night.",
        "After leaving a clinic in Newport Beach less than an hour after "
        "arriving, and after her lawyer had told the judge in Los Angeles "
        "that she was there in treatment, the actress checked into the "
        "Betty Ford Center in Rancho Mirage, dodging arrest after a whole "
        "day of confusion about her whereabouts.",
        "On Thursday night the actress checked into the Betty Ford Center "
        "in Rancho Mirage.",
        "The actress spent time at the Betty Ford Center in 2010, where a "
        "member of the staff accused her of assault.",
        "A village fair brought together three hundred people on Sunday."};
    claims_story s;
    cs_new(&s, "en", texts, RCP_ARRAY_SIZE(texts));
    CHECK(s.g != NULL);
    if (s.g) {
        int32_t f[5] = {-1, -1, -1, -1, -1};
        for (size_t i = 0; i < s.g->nunits; i++)
            if (s.g->units[i].doc < 5 && f[s.g->units[i].doc] < 0)
                f[s.g->units[i].doc] = s.g->units[i].fact;
        CHECK_INT(f[1], f[0]);
        CHECK_INT(f[2], f[0]);
        CHECK(f[3] != f[0]);
        CHECK(s.g->units[s.g->nunits - 1].fact != f[0]);
    }
    cs_free(&s);
}

/* Independent voices: pages of one outlet, and copies of one dispatch
 * (sharing long sentences verbatim), count once; independent reporters
 * who write the same short sentence do not. Each row: the JSON records of
 * a story, then the voices of the story and of its fact holding `needle`
 * with the number of articles behind it. */
TEST(claims_voices_table)
{
    static const struct {
        const char *recs[4];
        size_t n, story_voices;
        const char *needle;
        uint32_t fact_voices, fact_docs;
    } rows[] = {
        /* one outlet, two pages; a third outlet */
        {{"{\"id\": \"a\", \"source\": \"x.fr\", \"lang\": \"fr\", \"text\": "
          "\"Le conseil municipal a voté jeudi la construction d'un nouveau "
          "pont sur la Loire.\"}",
          "{\"id\": \"b\", \"source\": \"x.fr\", \"lang\": \"fr\", \"text\": "
          "\"Jeudi, le conseil municipal a voté la construction d'un nouveau "
          "pont sur la Loire.\"}",
          "{\"id\": \"c\", \"source\": \"y.fr\", \"lang\": \"fr\", \"text\": "
          "\"Le conseil municipal a voté jeudi soir la construction d'un "
          "nouveau pont sur la Loire.\"}"},
         3, 2, "pont", 2, 3},
        /* c and d: the same dispatch (two long sentences verbatim) */
        {{"{\"id\": \"a\", \"source\": \"x.fr\", \"lang\": \"fr\", \"text\": "
          "\"Le conseil municipal a voté jeudi la construction d'un nouveau "
          "pont sur la Loire.\"}",
          "{\"id\": \"c\", \"source\": \"y.fr\", \"lang\": \"fr\", \"text\": "
          "\"Le conseil municipal d'Orléans a voté jeudi soir la construction "
          "d'un nouveau pont sur la Loire. Les travaux commenceront au "
          "printemps prochain et dureront au moins trois longues années.\"}",
          "{\"id\": \"d\", \"source\": \"z.fr\", \"lang\": \"fr\", \"text\": "
          "\"Le conseil municipal d'Orléans a voté jeudi soir la construction "
          "d'un nouveau pont sur la Loire. Les travaux commenceront au "
          "printemps prochain et dureront au moins trois longues années.\"}"},
         3, 2, "pont", 2, 3},
        /* the same short sentence from independent outlets */
        {{"{\"id\": \"a\", \"source\": \"x.fr\", \"lang\": \"en\", \"text\": "
          "\"No one was hurt in the fire. The church was built in 1979 by "
          "its first members.\"}",
          "{\"id\": \"b\", \"source\": \"y.fr\", \"lang\": \"en\", \"text\": "
          "\"No one was hurt in the fire. Firefighters came from three "
          "neighbouring towns to fight it.\"}"},
         2, 2, "No one was hurt", 2, 2},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_article *arts[4] = {0};
        rcp_doc *docs[4] = {0};
        size_t n = 0;
        for (size_t i = 0; i < rows[r].n; i++)
            if (rcp_article_from_json(rows[r].recs[i], strlen(rows[r].recs[i]),
                                      NULL, &arts[n], NULL) == 0) {
                docs[n] = rcp_doc_from_article(arts[n]);
                n++;
            }
        CHECK_INT(n, rows[r].n);
        rcp_digest *g = rcp_digest_new((const rcp_doc *const *)docs, n, NULL);
        CHECK(g != NULL);
        if (g) {
            CHECK_INT(g->voices, rows[r].story_voices);
            const rcp__dfact *best = NULL;
            for (size_t f = 0; f < g->nfacts; f++) {
                const rcp__dunit *u = &g->units[g->facts[f].rep];
                if (memmem(docs[u->doc]->text + u->off, u->len, rows[r].needle,
                           strlen(rows[r].needle)) &&
                    (!best || g->facts[f].ndocs > best->ndocs))
                    best = &g->facts[f];
            }
            CHECK(best != NULL);
            if (best) {
                if (best->voices != rows[r].fact_voices)
                    fprintf(stderr, "# row %zu\n", r);
                CHECK_INT(best->voices, rows[r].fact_voices);
                CHECK_INT(best->ndocs, rows[r].fact_docs);
            }
        }
        rcp_digest_free(g);
        for (size_t i = 0; i < n; i++) {
            rcp_doc_free(docs[i]);
            rcp_article_free(arts[i]);
        }
    }
}

/* The summary: no item opens on a reference ("Il s'agit de...", "He
 * leads...") unless the sentence before it in its article, its
 * antecedent, is the item just before; no two items state the same
 * claim. Checked on the seed story and on made-up ones, at several
 * budgets. */
static int opens_with(const rcp_digest *g, uint32_t u, const char *const *w)
{
    const rcp__dunit *x = &g->units[u];
    const char *p = g->docs[x->doc]->text + x->off;
    for (size_t i = 0; w[i]; i++) {
        size_t l = strlen(w[i]);
        if (x->len > l && !memcmp(p, w[i], l) && p[l] == ' ')
            return 1;
    }
    return 0;
}

TEST(claims_summary_references_and_repeats)
{
    static const char *const refs[] = {"Il", "Elle", "Ils", "Elles", "Ce",
                                       "Cette", "Cela", "He", "She", "It",
                                       "They", "This", "That", "But", NULL};
    static const char *const made[] = {
        "Le maire de Lyon a inauguré samedi le nouveau pont sur le Rhône "
        "devant une foule nombreuse. Il s'agit du troisième pont construit "
        "sur le Rhône dans la ville depuis dix ans, pour quarante millions "
        "d'euros.",
        "Samedi, le maire de Lyon a inauguré le nouveau pont sur le Rhône. "
        "Le troisième pont construit sur le Rhône dans la ville depuis dix "
        "ans a coûté quarante millions d'euros.",
        "Le nouveau pont sur le Rhône a été inauguré samedi par le maire. "
        "Il est le troisième pont construit sur le Rhône dans la ville "
        "depuis dix ans, pour quarante millions d'euros."};
    static const size_t budgets[] = {20, 40, 60, 120};
    rcp_reader *r = NULL;
    rcp_article *arts[16] = {0};
    rcp_doc *docs[16] = {0};
    size_t n = 0;
    const char *in[] = {"examples/seeds"};
    r = rcp_reader_new(in, 1, NULL);
    rcp_article *a;
    int rc;
    while (r && (rc = rcp_reader_next(r, &a, NULL)) != 0) {
        if (rc != 1 || n == 16)
            continue;
        arts[n] = a;
        docs[n] = rcp_doc_from_article(a);
        n++;
    }
    rcp_reader_free(r);
    CHECK(n >= 5);
    for (int set = 0; set < 2; set++) {
        rcp_doc *own[3] = {0};
        if (set == 1)
            for (size_t i = 0; i < 3; i++)
                own[i] = rcp_doc_new(made[i], strlen(made[i]), "fr");
        for (size_t b = 0; b < RCP_ARRAY_SIZE(budgets); b++) {
            rcp_digest_opts o = {budgets[b], "s1"};
            rcp_digest *g =
                set == 0 ? rcp_digest_new((const rcp_doc *const *)docs, n, &o)
                         : rcp_digest_new((const rcp_doc *const *)own, 3, &o);
            CHECK(g != NULL);
            if (!g)
                continue;
            for (size_t i = 0; i < g->nsummary; i++) {
                uint32_t u = g->summary[i];
                if (opens_with(g, u, refs)) {
                    CHECK(i > 0 && g->summary[i - 1] + 1 == u &&
                          g->units[u - 1].doc == g->units[u].doc);
                }
                for (size_t j = 0; j < i; j++) {
                    double cont;
                    double dice = rcp__digest_sim(
                        g, &g->units[u], &g->units[g->summary[j]], &cont, NULL);
                    CHECK(dice < 0.5 && cont < 0.6);
                    CHECK(g->units[u].fact != g->units[g->summary[j]].fact);
                }
            }
            rcp_digest_free(g);
        }
        for (size_t i = 0; i < 3; i++)
            rcp_doc_free(own[i]);
    }
    for (size_t i = 0; i < n; i++) {
        rcp_doc_free(docs[i]);
        rcp_article_free(arts[i]);
    }
}

/* 1 when unit u's text holds needle */
static int unit_text_has(const rcp_digest *g, uint32_t u, const char *needle)
{
    const rcp__dunit *x = &g->units[u];
    return memmem(g->docs[x->doc]->text + x->off, x->len, needle,
                  strlen(needle)) != NULL;
}

/* The bit (rcp__dunit.people) of the person named `name`, or 0. */
static uint64_t person_bit(const rcp_digest *g, const char *name)
{
    int bit = 0;
    for (size_t e = 0; e < g->nlp.nentities && bit < 64; e++) {
        if (g->nlp.entities[e].type != RCP__ENT_PER)
            continue;
        if (!strcmp(g->nlp.entities[e].name, name))
            return (uint64_t)1 << bit;
        bit++;
    }
    return 0;
}

/* A role coordinated with a named person names the person the story
 * names with it (quotes.c, find_role_actors): "Par ailleurs, Claire
 * Dubois et le dirigeant syndical ont signé" names Paul Girard, "le
 * dirigeant syndical Paul Girard" earlier; with no one else in the story
 * it names no one, not Claire Dubois (named: 2, her alone). */
TEST(claims_role_inside_subject_table)
{
    static const struct {
        const char *text, *needle, *who;
        int named;
    } rows[] = {
        {"Le ministre Jean Martin a reçu mardi le dirigeant syndical Paul "
         "Girard. Par ailleurs, mercredi, Claire Dubois et le dirigeant "
         "syndical ont signé un accord sur les salaires.",
         "ont signé", "Paul Girard", 1},
        {"Le ministre Jean Martin a reçu mardi le dirigeant syndical Paul "
         "Girard. Par ailleurs, mercredi, Claire Dubois et le dirigeant "
         "syndical ont signé un accord sur les salaires.",
         "ont signé", "Claire Dubois", 1},
        /* no one else in the story: the role is no one (not Dubois) */
        {"Par ailleurs, mercredi, Claire Dubois et le dirigeant syndical ont "
         "signé un accord sur les salaires.",
         "ont signé", "Claire Dubois", 2},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *texts[1] = {rows[r].text};
        claims_story s;
        cs_new(&s, "fr", texts, 1);
        CHECK(s.g != NULL);
        int named = -1;
        uint64_t bit = s.g ? person_bit(s.g, rows[r].who) : 0;
        for (size_t u = 0; s.g && u < s.g->nunits; u++)
            if (unit_text_has(s.g, (uint32_t)u, rows[r].needle))
                named = s.g->units[u].people == bit && bit ? 2
                        : (s.g->units[u].people & bit) != 0;
        if (rows[r].named == 1 && named == 2)
            named = 1;
        if (named != rows[r].named)
            fprintf(stderr, "  row %zu: %s named=%d (bit %llx)\n", r,
                    rows[r].who, named, (unsigned long long)bit);
        CHECK(named == rows[r].named);
        cs_free(&s);
    }
}

/* The summary says a claim once, in whatever words (digest_summary.c,
 * same_claim): two wordings of one claim with the same two persons, a
 * predicate of one meaning and one thing ("se sont mutuellement offert
 * des stylos" / "a donné à X un stylo ... et a reçu un carnet"), each a
 * fact of two articles, give one item; the same persons and predicate
 * with another thing (a vase) are two claims, two items. */
TEST(claims_summary_same_claim_table)
{
    static const struct {
        const char *a, *b; /* the two wordings, each in two articles */
        int both;          /* 1: two claims, both may be shown */
        const char *na, *nb; /* words of a and of b only */
    } rows[] = {
        {"Le président Jean Martin et la ministre Claire Dubois se sont "
         "mutuellement offert des stylos lors de leur rencontre à Lyon.",
         "Jean Martin a donné à Claire Dubois un stylo ancien et a reçu un "
         "carnet en retour.",
         0, "mutuellement", "carnet"},
        {"Le président Jean Martin et la ministre Claire Dubois se sont "
         "mutuellement offert des stylos lors de leur rencontre à Lyon.",
         "Jean Martin a donné à Claire Dubois un vase ancien et une "
         "lampe de cuivre.",
         1, "mutuellement", "vase"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        char t[4][512];
        const char *texts[4];
        for (int i = 0; i < 4; i++) {
            snprintf(t[i], sizeof t[i], "%s Le temps était %s à Lyon.",
                     i < 2 ? rows[r].a : rows[r].b,
                     i % 2 ? "gris" : "clair");
            texts[i] = t[i];
        }
        claims_story s;
        cs_new(&s, "fr", texts, 4);
        CHECK(s.g != NULL);
        int na = 0, nb = 0;
        for (size_t i = 0; s.g && i < s.g->nsummary; i++) {
            na += unit_text_has(s.g, s.g->summary[i], rows[r].na);
            nb += unit_text_has(s.g, s.g->summary[i], rows[r].nb);
        }
        if (rows[r].both) {
            CHECK(na == 1 && nb == 1);
        } else {
            CHECK(na + nb == 1);
        }
        if (rows[r].both ? !(na == 1 && nb == 1) : na + nb != 1)
            fprintf(stderr, "  row %zu: %d + %d items\n", r, na, nb);
        cs_free(&s);
    }
}

/* The representative of a fact holds what its wordings agree on: of five
 * lists of the same haul, each item named by three of them, the sentence
 * shown is the one that names the most of those items (the fifth: the
 * grenade launcher, the 13 loaded magazines, the two speedboats, the
 * weapons), not merely the one closest to the others (digest_align.c,
 * the representative). */
TEST(claims_representative_holds_core)
{
    static const char *const texts[] = {
        "The pirates had a cache of weapons including a grenade launcher, "
        "two speedboats, grenades and three machine guns.",
        "Commandos seized a GPS receiver, mobile phones and seven AK-47 "
        "rifles from the pirates.",
        "Commandos seized 13 loaded magazines, grenades, a grenade launcher "
        "and three machine guns from the pirates.",
        "Commandos seized mobile phones and three machine guns from the "
        "pirates.",
        "Among the weapons found were 13 loaded magazines, two speedboats "
        "and three machine guns.",
        "The pirates had a cache of weapons including mobile phones, a "
        "grenade launcher, 13 loaded magazines and two speedboats.",
        "A village fair brought together three hundred people on Sunday.",
        "The weather in Mumbai was fine all week."};
    claims_story s;
    cs_new(&s, "en", texts, RCP_ARRAY_SIZE(texts));
    CHECK(s.g != NULL);
    if (s.g) {
        const rcp__dfact *f = NULL;
        for (size_t i = 0; i < s.g->nfacts; i++)
            if (s.g->facts[i].ndocs >= 5)
                f = &s.g->facts[i];
        CHECK(f != NULL);
        if (f)
            CHECK_INT(s.g->units[f->rep].doc, 5);
    }
    cs_free(&s);
}

/* A link between sentences that are not near-copies needs a claim in
 * common (digest_align.c, analysis/claims.h): a predicate of one meaning
 * or one actor. The same names with another predicate of another actor
 * are no corroboration ("Betancourt a remercié ... Villepin" / "une
 * opération lancée par Villepin, ami de Betancourt": Dice 0.32, linked
 * without the test); two synonyms of two actors are ("le rapport
 * préconise" / "la mission recommande"). */
TEST(claims_shared_predicate_or_actor)
{
    static const char *const t[] = {
        "Ingrid Betancourt a aussi remercié le président français Nicolas "
        "Sarkozy, son prédécesseur Jacques Chirac et son «ami» l'ancien "
        "premier ministre Dominique de Villepin. Le rapport préconise la "
        "création d'un observatoire des soins palliatifs.",
        "Une opération lancée alors en solo par Dominique de Villepin, "
        "ancien professeur et ami d'Ingrid Betancourt. La mission "
        "parlementaire recommande aussi un observatoire des soins "
        "palliatifs dans chaque région, avec des moyens nouveaux.",
        "Ingrid Betancourt a été libérée en juillet après six ans de "
        "captivité. Elle rencontrera le pape à Castel Gandolfo.",
        "L'ex-otage Ingrid Betancourt prépare un livre sur sa détention. Le "
        "pape recevra Ingrid Betancourt lundi prochain.",
    };
    claims_story s;
    cs_new(&s, "fr", t, 4);
    CHECK(s.g != NULL);
    if (s.g) {
        CHECK_INT(support_of(s.g, "remercié"), 1u);
        CHECK_INT(support_of(s.g, "lancée alors"), 2u);
        CHECK_INT(support_of(s.g, "préconise"), 3u);
    }
    cs_free(&s);
}

/* Two facts whose cores (what each one's articles agree on) state one
 * claim merge (digest_align.c, merge_by_core): rcp__digest_cores_agree
 * on made-up cores. Each core is "term:idf[:kinds]" words, kinds N (a
 * number), P (a name), F (a framing word), S (specific: not a topic
 * term); the row says whether the two may merge. */
static size_t parse_core(const char *spec, rcp__cterm *out, size_t cap)
{
    size_t n = 0;
    char buf[512];
    snprintf(buf, sizeof buf, "%s", spec);
    for (char *save = NULL, *w = strtok_r(buf, " ", &save); w && n < cap;
         w = strtok_r(NULL, " ", &save)) {
        char *c1 = strchr(w, ':');
        if (!c1)
            continue;
        *c1 = 0;
        char *c2 = strchr(c1 + 1, ':');
        uint32_t key = 2166136261u; /* FNV-1a of the term */
        for (const char *p = w; *p; p++)
            key = (key ^ (uint8_t)*p) * 16777619u;
        out[n].key = key;
        out[n].w = (float)atof(c1 + 1);
        out[n].kind = 0;
        for (const char *p = c2 ? c2 + 1 : ""; *p; p++)
            out[n].kind |= *p == 'N'   ? RCP__T_NUM
                           : *p == 'P' ? RCP__T_NAME
                           : *p == 'F' ? RCP__T_FRAME
                           : *p == 'S' ? RCP__T_SPEC
                                       : 0;
        n++;
    }
    for (size_t i = 1; i < n; i++) /* keys ascending */
        for (size_t j = i; j > 0 && out[j - 1].key > out[j].key; j--) {
            rcp__cterm t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return n;
}

TEST(claims_cores_agree_table)
{
    static const struct {
        const char *a, *b;
        int merge;
    } rows[] = {
        /* the damage in two wordings: one names the chapel, the other
         * adds the fire, the arson and the home */
        {"estim:2.5 damag:1.9 caus:2.6 2000000:2.4:N chapel:1.8:P",
         "fire:0.9 caus:2.6 estim:2.5 damag:1.9 2000000:2.4:N arson:2.8:S "
         "home:3.3:S",
         1},
        /* another figure: the values disagree */
        {"estim:2.5 damag:1.9 caus:2.6 2000000:2.4:N chapel:1.8:P",
         "fire:0.9 caus:2.6 estim:2.5 damag:1.9 3000000:2.4:N arson:2.8:S "
         "home:3.3:S",
         0},
        /* the story's subject alone: names and one word */
        {"kim:1:P putin:1:P meet:1.2 russia:1:P",
         "kim:1:P putin:1:P meet:1.2 russia:1:P leav:3:S", 0},
        /* topic words only, no number: no claim of their own */
        {"estim:0.5 damag:0.5 caus:0.5 church:0.5",
         "estim:0.5 damag:0.5 caus:0.5 church:0.5 night:2:S", 0},
        /* an attribution and a figure shared, one claim word */
        {"polic:1:F two:2 hour:2",
         "polic:1:F two:2 hour:2 apart:3:S spent:3:S", 0},
        /* the lighter core mostly elsewhere: two claims */
        {"estim:2.5:S damag:1.9 caus:2.6 offic:3:S blaze:3:S",
         "estim:2.5:S damag:1.9 caus:2.6 reward:3:S arrest:3:S suspect:3:S",
         0},
        /* a long core of its own takes no short one in */
        {"apolog:2.6:S connect:2.3 attent:2.5",
         "apolog:2.6:S connect:2.3 attent:2.5 pastor:2.6:S stop:3.6:S "
         "assist:3.2:S campaign:3:S vice:2.7 presid:2.8 candid:2.6 "
         "morning:3:S",
         0},
        {"apolog:2.6:S connect:2.3 attent:2.5 undeserv:2.7 negat:2.8",
         "apolog:2.6:S connect:2.3 attent:2.5 undeserv:2.7 negat:2.8 "
         "pastor:2.6:S stop:3.6:S",
         1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp__cterm a[32], b[32];
        size_t na = parse_core(rows[r].a, a, 32);
        size_t nb = parse_core(rows[r].b, b, 32);
        double s = rcp__digest_cores_agree(a, na, b, nb);
        double t = rcp__digest_cores_agree(b, nb, a, na);
        if ((s > 0) != rows[r].merge)
            fprintf(stderr, "# row %zu: %.3f\n", r, s);
        CHECK_INT(s > 0, rows[r].merge);
        CHECK(s == t); /* symmetric */
    }
}

/* 1 when doc d's unique list holds a sentence containing needle. */
static int unique_holds(const rcp_digest *g, uint32_t d, const char *needle)
{
    for (uint32_t k = 0; k < g->nunique[d]; k++) {
        const rcp__dunit *u = &g->units[g->unique[d][k]];
        if (memmem(g->docs[u->doc]->text + u->off, u->len, needle,
                   strlen(needle)))
            return 1;
    }
    return 0;
}

/* A clause that only one article states, at the end of a sentence the
 * other articles state without it, is what that article adds: the
 * sentence is listed in its `unique` (digest.c, own_clause), though its
 * main claim is corroborated. A sentence whose extra clause holds only
 * words other articles use too (an attribution) is not. */
TEST(claims_unique_own_clause)
{
    static const char *const texts[] = {
        "Le dirigeant est arrivé mercredi à Vladivostok à bord d'un train "
        "blindé. Le port abrite la flotte du Pacifique.",
        "Le dirigeant est arrivé mercredi à Vladivostok à bord d'un train "
        "blindé, où les deux hommes se sont chaleureusement salués avec "
        "une poignée de main de quarante secondes.",
        "Mercredi, le dirigeant est arrivé à Vladivostok à bord d'un train "
        "blindé, a indiqué le Kremlin.",
        "Le Kremlin a indiqué que la flotte du Pacifique était à quai "
        "mercredi."};
    claims_story s;
    cs_new(&s, "fr", texts, RCP_ARRAY_SIZE(texts));
    CHECK(s.g != NULL);
    if (s.g) {
        CHECK_INT(s.g->units[0].doc, 0);
        CHECK((support_of(s.g, "train") & 7u) == 7u);
        CHECK(unique_holds(s.g, 1, "poignée de main"));
        CHECK(!unique_holds(s.g, 2, "train"));
        CHECK(!unique_holds(s.g, 0, "train"));
    }
    cs_free(&s);
}

/* A noun made from a verb states what the verb states (lexicon.c,
 * fr_deverbal): "le fichage des mineurs" and "ficher les mineurs" make
 * one fact. Off (no lexicon files), the two stay apart. */
TEST(claims_deverbal_noun_grouped)
{
    static const char *const texts[] = {
        "Le nouveau décret permettra aux policiers de ficher les "
        "mineurs dès treize ans.",
        "Les syndicats dénoncent le fichage des mineurs de treize ans "
        "par la police.",
        "Le ministre a reçu les syndicats de policiers lundi matin.",
        "La commission rendra son avis sur le décret en octobre."};
    const char *old = getenv("RECOUPE_LEXICON");
    for (int off = 0; off < 2; off++) {
        if (off)
            setenv("RECOUPE_LEXICON", "/nonexistent", 1);
        rcp__lexicon_reset();
        claims_story s;
        cs_new(&s, "fr", texts, RCP_ARRAY_SIZE(texts));
        CHECK(s.g != NULL);
        if (s.g)
            CHECK_INT((int)((support_of(s.g, "ficher") & 3u) == 3u), !off);
        cs_free(&s);
    }
    if (old)
        setenv("RECOUPE_LEXICON", old, 1);
    else
        unsetenv("RECOUPE_LEXICON");
    rcp__lexicon_reset();
}

/* Two sentences of different articles, each stated by no other article,
 * state one claim in other words when their predicates share a meaning
 * (a lemma, a synonym, or the main verb of one and the infinitive of
 * purpose of the other: "est arrivé ... pour rencontrer"), they name the
 * same persons, the same place or day, and a word of the claim besides
 * the verb (digest_pairs.c). Another place, other persons, no place nor
 * day, another verb, a forecast against a deed, or a second claim the
 * other does not state keep them apart. Row: the sentence of doc 1 and
 * the support of the fact of doc 0's sentence. */
TEST(claims_pair_singletons_table)
{
#define FR_OPEN "Mardi, lors de son premier déplacement officiel depuis les " \
                "élections régionales, Jean Dupont avait "
#define FR_TAIL ", dans l'objectif de renforcer les liens entre leurs deux " \
                "administrations, notamment financiers."
#define EN_OPEN "On Tuesday, on his first official trip since the regional " \
                "elections, John Miller had "
#define EN_TAIL ", seeking closer ties between their two administrations, " \
                "notably financial ones, after months of quarrels over the " \
                "cost of the new docks."
    static const struct {
        const char *lang, *said;
        unsigned support;
    } rows[] = {
        {"fr", FR_OPEN "retrouvé Marie Leroux sur le port de Saint-Nazaire"
                FR_TAIL, 3u},
        {"fr", "Mardi, après un long voyage en train depuis la capitale et "
               "une escale à Nantes, Jean Dupont est arrivé dans la ville de "
               "Saint-Nazaire, sur la côte atlantique, pour retrouver Marie "
               "Leroux sur le port" FR_TAIL, 3u},
        {"fr", FR_OPEN "retrouvé Marie Leroux sur le port de Lorient" FR_TAIL,
         1u},
        {"fr", FR_OPEN "retrouvé Paul Girard sur le port de Saint-Nazaire"
                FR_TAIL, 1u},
        {"fr", "Lors de son premier déplacement officiel depuis les élections "
               "régionales, Jean Dupont avait retrouvé Marie Leroux sur un port "
               "de la côte" FR_TAIL, 1u},
        {"fr", FR_OPEN "critiqué Marie Leroux sur le port de Saint-Nazaire"
                FR_TAIL, 1u},
        {"fr", "Mardi, lors de son premier déplacement officiel depuis les "
               "élections régionales, Jean Dupont retrouvera Marie Leroux sur "
               "le port de Saint-Nazaire" FR_TAIL, 1u},
        {"en", EN_OPEN "met Mary Baker in the harbour of Portsmouth" EN_TAIL,
         3u},
        {"en", EN_OPEN "met Mary Baker in the harbour of Plymouth" EN_TAIL,
         1u},
        {"en", EN_OPEN "encountered Mary Baker in the harbour of Portsmouth"
                EN_TAIL, 3u},
        {"en", "On Tuesday, after a long drive from the capital and a stop in "
               "Bristol, John Miller went down to Portsmouth in order to encounter "
               "Mary Baker at the harbour" EN_TAIL, 3u},
        {"en", EN_OPEN "met Peter Wood in the harbour of Portsmouth" EN_TAIL,
         1u},
    };
#undef FR_OPEN
#undef FR_TAIL
#undef EN_OPEN
#undef EN_TAIL
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        int fr = rows[r].lang[0] == 'f';
        const char *const texts[] = {
            fr ? "Le ministre Jean Dupont a rencontré mardi la présidente "
                 "Marie Leroux au port de Saint-Nazaire, où les chantiers "
                 "attendent une commande. La région a voté un budget de "
                 "soutien aux entreprises du littoral."
               : "Minister John Miller met chairwoman Mary Baker on Tuesday "
                 "in the harbour of Portsmouth, where the yards await an "
                 "order. The region voted a budget to support the firms of "
                 "the coast.",
            rows[r].said,
            fr ? "Les syndicats ont appelé à une grève des dockers la semaine "
                 "prochaine dans plusieurs villes."
               : "The unions called a strike of the dockers next week in "
                 "several towns.",
            NULL};
        check_support(r, rows[r].lang, texts,
                      fr ? "les chantiers attendent" : "the yards await",
                      rows[r].support);
    }
}

/* A sentence joins a fact by its core (extend_core, digest_align.c) only
 * with a core term that is no topic term, or with a key of the main verb
 * of the fact's shown sentence: "Jean Dupont a quitté la Bretagne après
 * plusieurs jours de visite" holds the story's words of "la visite de
 * Jean Dupont en Bretagne se poursuit pour quelques jours", not its
 * claim. Row: the sentence of doc 2 and the support of the fact of doc
 * 0's sentence (doc 3 holds the topic words with another verb too). */
TEST(claims_core_topic_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"Ce dimanche, après une ultime rencontre avec les maires du "
         "littoral et une conférence de presse, Jean Dupont a quitté la "
         "Bretagne après plusieurs jours de visite officielle.",
         3u},
        {"Ce dimanche, après une ultime rencontre avec les maires du "
         "littoral et une conférence de presse, Jean Dupont poursuivait "
         "toujours sa visite en Bretagne pour plusieurs jours.",
         7u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        /* the story's words are topic terms (in most docs), each doc
         * about other things besides (so that those words weigh) */
        const char *const texts[] = {
            "La visite de Jean Dupont en Bretagne se poursuit pour quelques "
            "jours. Le marché de Noël ouvre samedi place de la mairie. Les "
            "commerçants attendent une hausse des ventes. La pluie devrait "
            "cesser en fin de semaine. Un concert gratuit aura lieu à la "
            "cathédrale. Le musée prolonge son exposition de peinture.",
            "Selon la préfecture, Jean Dupont poursuit sa visite en Bretagne "
            "durant plusieurs jours. La ligne de bus numéro quatre change "
            "d'horaires. Un nouveau boulanger s'installe rue Victor-Hugo. Le "
            "club de football a gagné son dernier match. La bibliothèque "
            "recrute des bénévoles. Les travaux du pont durent jusqu'en mars.",
            rows[r].said,
            "Jean Dupont a consacré deux jours de sa visite en Bretagne aux "
            "éleveurs de porcs et aux producteurs de légumes du Léon, inquiets "
            "des nouvelles normes. Les agriculteurs manifestent contre le prix "
            "du lait. Une école de musique fête ses cent ans. Le tribunal a "
            "jugé une affaire de fraude fiscale. Le parc zoologique accueille "
            "deux pandas. La mairie rénove le gymnase municipal.",
            NULL};
        check_support(r, "fr", texts, "se poursuit pour quelques jours",
                      rows[r].support);
    }
}

/* Two facts whose shown sentences are close and state one claim, the one
 * with a verb, the other with the noun made from it ("un congé parental
 * pourrait être créé" / "la création d'un congé parental"), are one fact
 * even when the claim's other words are too few for their cores to agree
 * (digest_facts.c, merge_by_claim: lemma_outside_shared); another noun
 * ("la suppression d'un congé parental") keeps them apart. Row: the
 * noun, then the support of the fact shown by doc 0's sentence. */
TEST(claims_merge_by_shown_lemma_table)
{
    static const struct {
        const char *noun;
        unsigned support;
    } rows[] = {
        {"création", 0xFu},
        {"suppression", 0x3u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        char third[512];
        snprintf(third, sizeof third,
                 "Autre proposition, la %s d'un congé parental d'une durée "
                 "de quinze jours, qui pourrait être mis à l'étude à titre "
                 "expérimental, sous la forme de congés payés.",
                 rows[r].noun);
        const char *const texts[] = {
            "Pour aider les familles, un congé parental de quinze jours à "
            "domicile pourrait être créé sous forme de congés payés.",
            "Selon le rapport, un congé parental de quinze jours à domicile "
            "pourrait être créé sous forme de congés payés pour des parents.",
            third,
            "La mission propose en outre de mettre à l'étude l'institution "
            "d'un congé parental à titre expérimental.",
            "Le débat a été relancé en mars par une affaire très médiatisée.",
            "Les associations ont jugé le rapport trop timide sur plusieurs "
            "points.",
            NULL};
        check_support_of(r, "fr", texts, "Pour aider les familles",
                         rows[r].support, 0);
    }
}

/* Two facts whose shown sentences' main verbs share a lemma are one
 * claim when the main verb of one is a core predicate of the other, even
 * though the smaller fact's articles word it otherwise too ("she was
 * sorry": its core predicates lack "apologize"); another verb keeps them
 * apart (digest_facts.c, merge_by_claim, knob PARA_LEMMA). Row: the
 * sentence of doc 4, then the support of the fact of docs 0-3. */
TEST(claims_merge_by_main_lemma_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"Smith apologized to the assistant pastor Saturday if the fire "
         "was connected to her candidacy, a statement from her office said.",
         0x3Fu},
        {"Smith denied to the assistant pastor Saturday that the fire was "
         "connected to her candidacy, a statement from her office said.",
         0xFu},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "Governor Smith stopped by the church and told an assistant "
            "pastor that she apologizes if the fire is in any way connected "
            "to the undeserved attention the church received.",
            "Smith told an assistant pastor she apologizes if the fire was "
            "in any way connected to the undeserved attention the church has "
            "received, her spokesman said.",
            "Smith, who was also a candidate, apologized if the fire was in "
            "any way connected to the attention the church received during "
            "the campaign.",
            "On Saturday, Smith said she apologizes if the fire was in any "
            "way connected to undeserved attention brought on by her "
            "campaign.",
            rows[r].said,
            "Her spokesman said in a statement that the governor told an "
            "assistant pastor she was sorry if the fire was connected to her "
            "candidacy.",
            "A village fair brought together three hundred people on Sunday.",
            "The fire department sent twenty trucks to the scene overnight.",
            NULL};
        check_support_of(r, "en", texts, "stopped by the church",
                         rows[r].support, 0);
    }
}

/*
 * A heading inside the text (digest.c, unit_flags' caller): a short
 * paragraph of its own with no end, after the first paragraph, names the
 * section below it and states no claim (RCP__U_VERBLESS: it supports no
 * fact), whatever verb it seems to hold ("Aide" of aider). The first
 * paragraph (the headline) and a short statement with its end stay
 * statements. Row: the text, the unit, whether it is a heading.
 */
TEST(claims_heading_states_nothing_table)
{
    static const struct {
        const char *lang, *text, *unit;
        int heading;
    } rows[] = {
        {"fr",
         "Les banques obtiennent un nouveau prêt de l'Etat.\n"
         "Aide de court terme\n"
         "La nouvelle enveloppe de 5 milliards apporte un peu d'oxygène "
         "aux établissements de crédit.",
         "Aide de court terme", 1},
        {"en",
         "The council approved the budget on Monday night.\n"
         "Police use force\n"
         "Officers used a Taser to subdue the driver after a chase.",
         "Police use force", 1},
        {"en",
         "Police use Taser to arrest hit-and-run suspect\n"
         "Officers used a Taser to subdue the driver after a chase.",
         "Police use Taser", 0},
        {"fr",
         "Le conseil a voté le budget lundi soir.\n"
         "Le maire a démissionné mardi.\n"
         "Son adjoint assure l'intérim jusqu'aux élections.",
         "Le maire a démissionné", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {rows[r].text};
        claims_story s;
        cs_new(&s, rows[r].lang, texts, 1);
        CHECK(s.g != NULL);
        int found = 0, got = -1;
        for (size_t i = 0; s.g && i < s.g->nunits; i++) {
            const rcp__dunit *u = &s.g->units[i];
            size_t n = strlen(rows[r].unit);
            if (u->len >= n && !memcmp(s.docs[0]->text + u->off,
                                       rows[r].unit, n)) {
                found = 1;
                got = (u->flags & RCP__U_VERBLESS) != 0;
            }
        }
        CHECK(found);
        if (got != rows[r].heading)
            fprintf(stderr, "# row %zu: heading %d\n", r, got);
        CHECK_INT(got, rows[r].heading);
        cs_free(&s);
    }
}

/* The main clause decides where a sentence supports (digest_facts.c,
 * rcp__digest_main_pairs): two sentences grouped into the fact of the
 * report's delivery for their subject's participle or relative ("le
 * rapport remis par Jean Leonetti ... a exclu ...") state a claim of their
 * own when their main clauses agree, and make a fact of it; not when
 * their main clauses say other things. Row: the sentence of doc 3, then
 * the support of the fact shown by a sentence holding "a exclu". */
TEST(claims_main_pair_table)
{
    static const struct {
        const char *said;
        unsigned support;
    } rows[] = {
        {"Il n'y aura pas de légalisation de l'euthanasie en France : "
         "c'est en tout cas la recommandation prônée par le rapport "
         "Leonetti qui a été remis hier au Premier ministre François "
         "Fillon.",
         0xCu},
        {"Le rapport Leonetti, qui a été remis hier au Premier ministre "
         "François Fillon, propose un congé d'accompagnement de quinze "
         "jours.",
         0u},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        const char *const texts[] = {
            "Ainsi s'ouvre le rapport d'évaluation de la loi sur la fin de "
            "vie remis le 2 décembre au premier ministre par le député UMP "
            "des Alpes-Maritimes Jean Leonetti.",
            "Remis hier au Premier ministre, le rapport d'évaluation de la "
            "loi sur la fin de vie du député Leonetti suscite déjà la "
            "polémique.",
            "Aujourd'hui, le rapport remis par Jean Leonetti (UMP) sur la "
            "fin de vie a exclu dans ses conclusions toute légalisation de "
            "l'euthanasie.",
            rows[r].said,
            /* sentences of another story: the claim's words are rare */
            "Une fête de village a réuni trois cents personnes dimanche. "
            "Le maire a remercié les bénévoles du comité. La météo était "
            "clémente toute la journée. Les enfants ont participé à une "
            "course en sac. Un orchestre a joué jusqu'à minuit sur la "
            "place. Les commerçants ont tenu des stands de crêpes. La "
            "prochaine édition aura lieu en juin.",
            NULL};
        check_support_of(r, "fr", texts, "a exclu", rows[r].support, 1);
    }
}
