/*
 * test_predicates.c - the predicates of a sentence's claims
 * (analysis/claims.c) and the neighbours of a word in the lexicon
 * (rcp__lexicon_neighbours): each row a sentence and its predicate words
 * as rcp__claim_predicates marks them ("word+" used as a verb there,
 * "word" a verb form read as a noun), or two words and whether they are
 * one predicate. The lexicon's files are installed by
 * tools/install-deps.sh (test_lexicon.c checks they are there).
 */
#include "analysis/claims.h"
#include "analysis/lexicon.h"
#include "digest/digest.h"
#include "harness.h"

#include <stdlib.h>

/* The marked words of the first sentence of text, as "a+ b c+". */
static void preds_of(const char *lang, const char *text, char *out,
                     size_t cap, int moods)
{
    out[0] = 0;
    rcp_doc *d = rcp_doc_new(text, strlen(text), lang);
    if (!d || !d->nsents) {
        rcp_doc_free(d);
        return;
    }
    const rcp_sentence *s = &d->sents[0];
    uint8_t kind[256];
    if (s->ntok > sizeof kind) {
        rcp_doc_free(d);
        return;
    }
    rcp__claim_predicates(d, s->tok, s->tok + s->ntok, kind);
    size_t o = 0;
    for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
        if (!kind[t - s->tok])
            continue;
        const rcp_token *k = &d->toks[t];
        uint8_t m = kind[t - s->tok];
        if (moods && !(m & RCP__CLAIM_VERB))
            continue;
        int w = snprintf(out + o, cap - o, "%s%.*s%s%s%s%s", o ? " " : "",
                         (int)k->len, d->text + k->off,
                         m & RCP__CLAIM_VERB && !moods ? "+" : "",
                         moods && (m & RCP__CLAIM_PROSP) ? ":prosp" : "",
                         moods && (m & RCP__CLAIM_PAST) ? ":past" : "",
                         moods && (m & RCP__CLAIM_NEG) ? ":neg" : "");
        if (w < 0 || (size_t)w >= cap - o)
            break;
        o += (size_t)w;
    }
    rcp_doc_free(d);
}

TEST(predicates_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        /* the verb of the claim, not the names around it */
        {"fr", "Ingrid Betancourt, Mélanie et Lorenzo s'envolent pour les "
               "Seychelles.",
         "envolent+"},
        /* a participle after the auxiliary "a" is a verb */
        {"fr", "Le président a démissionné dimanche.", "démissionné+"},
        {"fr", "Il a repoussé l'offre de l'agence.",
         "repoussé+ offre agence"},
        /* a noun that is also a verb form, after a determiner */
        {"fr", "La marche a réuni 2000 personnes à Paris.", "marche réuni+"},
        {"fr", "L'euthanasie n'est pas un acte médical.", "euthanasie acte"},
        /* a noun made from a verb is a predicate form */
        {"fr", "Les syndicats dénoncent le fichage des mineurs.",
         "dénoncent+ fichage"},
        /* reporting verbs frame a claim: not its predicate */
        {"fr", "Le ministre a déclaré que la loi serait votée.", "votée+"},
        {"en", "The police arrested the man after the attack.",
         "police arrested+ man attack"},
        {"en", "They attack the town at night.", "attack+"},
        {"en", "The board dismissed the coach.", "board dismissed+"},
        {"en", "The injured were taken to a hospital.", "injured taken+"},
        /* an ambiguous first word is the subject; "suspect" a noun */
        {"en", "Police said the suspect fled.", "Police suspect fled+"},
        /* ... even a verb form before a verb of saying: a name */
        {"en", "Fanning said the gunman entered the party.",
         "Fanning entered+ party"},
        /* no verb: a heading, a nominal sentence */
        {"en", "A new law on the end of life.", "end"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        char got[256];
        preds_of(rows[r].lang, rows[r].text, got, sizeof got, 0);
        if (strcmp(got, rows[r].want) != 0)
            fprintf(stderr, "# row %zu: \"%s\", want \"%s\"\n", r, got,
                    rows[r].want);
        CHECK_STR(got, rows[r].want);
    }
}

/* 1 when the two words share a neighbour key (one predicate). */
static int one_predicate(const char *lang, const char *a, const char *b)
{
    uint64_t ka[64], kb[64];
    size_t na = rcp__lexicon_neighbours(rcp_lang_class_of(lang), a, strlen(a),
                                        12, ka, 64);
    size_t nb = rcp__lexicon_neighbours(rcp_lang_class_of(lang), b, strlen(b),
                                        12, kb, 64);
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ka[i] == kb[j])
                return 1;
    return 0;
}

TEST(predicates_neighbours_table)
{
    static const struct {
        const char *lang, *a, *b;
        int same;
    } rows[] = {
        /* forms of one verb */
        {"fr", "démissionné", "démissionnent", 1},
        {"en", "killed", "kills", 1},
        /* synonyms, or verbs that list a common synonym */
        {"fr", "recommande", "suggère", 1},
        {"fr", "préconise", "recommande", 1},
        /* a noun made from a verb and the verb */
        {"fr", "fichage", "ficher", 1},
        {"fr", "opération", "remercié", 0},
        {"en", "fired", "dismissed", 1},
        /* other predicates over the same names */
        {"fr", "envolent", "passer", 0},
        {"fr", "remercié", "lancée", 0},
        {"en", "killed", "visited", 0},
        {"en", "declared", "voted", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        int got = one_predicate(rows[r].lang, rows[r].a, rows[r].b);
        if (got != rows[r].same)
            fprintf(stderr, "# row %zu: %s / %s: %d, want %d\n", r,
                    rows[r].a, rows[r].b, got, rows[r].same);
        CHECK_INT(got, rows[r].same);
    }
}

/* The parts of speech the predicates rest on. */
TEST(predicates_lexicon_pos_table)
{
    static const struct {
        const char *lang, *w;
        int pos;
    } rows[] = {
        {"en", "killed", RCP__LEX_VERB | RCP__LEX_PAST},
        {"en", "kills", RCP__LEX_VERB | RCP__LEX_OTHER},
        {"fr", "rencontreront", RCP__LEX_VERB | RCP__LEX_PROSP},
        {"fr", "disputerait", RCP__LEX_VERB | RCP__LEX_PROSP},
        {"en", "attack", RCP__LEX_VERB | RCP__LEX_OTHER},
        {"en", "hospital", RCP__LEX_OTHER},
        {"fr", "envolent", RCP__LEX_VERB},
        {"fr", "marche", RCP__LEX_VERB | RCP__LEX_OTHER},
        {"fr", "seychelles", 0},
        {"fr", "fichage", RCP__LEX_DEVERBAL},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        int got = rcp__lexicon_pos(rcp_lang_class_of(rows[r].lang), rows[r].w,
                                   strlen(rows[r].w));
        if (got != rows[r].pos)
            fprintf(stderr, "# row %zu: %s: %d, want %d\n", r, rows[r].w, got,
                    rows[r].pos);
        CHECK_INT(got, rows[r].pos);
    }
}

/* The mood of each verb (rcp__claim_predicates): ":prosp" a future, a
 * conditional, a modal or "is to"; ":past" done (a past form, an
 * auxiliary of the perfect); ":neg" denied; a present has none. */
TEST(predicates_mood_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        {"fr", "Les deux dirigeants rencontreront le pape.",
         "rencontreront:prosp"},
        {"fr", "Les deux dirigeants ont rencontré le pape.",
         "rencontré:past"},
        {"fr", "Des tests ADN vont être pratiqués.", "pratiqués:prosp"},
        {"fr", "Le président devrait recevoir le dalaï-lama.",
         "recevoir:prosp"},
        {"fr", "Sa mère n'a pas été placée en détention.",
         "placée:past:neg"},
        {"en", "Kim visits the factory.", "visits"},
        {"fr", "Il ne fait que passer.", "passer"},
        {"fr", "Il est parti sans emmener son fils.",
         "parti:past emmener:neg"},
        {"en", "Jackman will host the Oscars.", "host:prosp"},
        {"en", "Jackman hosted the Oscars.", "hosted:past"},
        {"en", "Jackman is to host the Oscars.", "host:prosp"},
        {"en", "He was the fifth coach to be fired this season.",
         "fired"},
        {"en", "She never regained consciousness.", "regained:past:neg"},
        {"en", "The police have arrested him.", "arrested:past"},
        /* a verb of refusal denies the infinitive it governs */
        {"fr", "La mission refuse de reconnaître un droit nouveau.",
         "refuse reconnaître:neg"},
        {"fr", "Le rapport se refuse à reconnaître un droit nouveau.",
         "refuse reconnaître:neg"},
        {"fr", "Il a renoncé à assister à la présentation.",
         "renoncé:past assister:neg"},
        {"en", "The mayor refused to sign the decree.",
         "refused:past sign:neg"},
        {"en", "The mayor wanted to sign the decree.", "wanted:past sign"},
        /* "sans" denies the infinitive after it */
        {"fr", "Le parquet s'interroge, sans exclure une adoption.",
         "interroge exclure:neg"},
        /* an obligation is not done: "must", "have to" */
        {"en", "The court must decide on Tuesday.", "decide:prosp"},
        {"en", "Agencies will once again have to consult biologists.",
         "consult:prosp"},
        {"en", "Agencies have to consult biologists.", "consult:prosp"},
        /* a request, a plan, a promise: what is asked is not done */
        {"en", "Merkel urged parliament to quickly pass the bailout.",
         "pass:prosp"},
        {"en", "Critics called on the president to overturn the rule.",
         "called:past overturn:prosp"},
        {"en", "Summit is about to hire a director.", "hire:prosp"},
        {"fr", "Le syndicat appelle le gouvernement à retirer le décret.",
         "appelle retirer:prosp"},
        {"fr", "Pékin a demandé à la France d'annuler la rencontre.",
         "annuler:prosp"},
        {"fr", "Armstrong a prévu de reprendre en janvier.",
         "prévu:past reprendre:prosp"},
        /* a verb coordinated with a prospective one shares its mood */
        {"en", "Those responsible would be found and brought to justice.",
         "found:prosp brought:prosp"},
        {"fr", "Les coupables seront retrouvés et jugés à Athènes.",
         "retrouvés:prosp jugés:prosp"},
        {"en", "He went to Portsmouth in order to meet the mayor.",
         "meet"},
        /* what one managed or began to do is done */
        {"en", "Two of them managed to escape.", "managed:past escape"},
    };
    char got[256];
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        preds_of(rows[r].lang, rows[r].text, got, sizeof got, 1);
        if (strcmp(got, rows[r].want))
            fprintf(stderr, "# row %zu: got [%s]\n", r, got);
        CHECK_STR(got, rows[r].want);
    }
}

/* A French verb after an adverb after an auxiliary or a pronoun is
 * surely one ("a également donné", "se sont mutuellement offert"), as
 * right after them; not after a noun ("le sujet largement donné"). A
 * verb of saying after the reflexive "se" is a predicate ("le séjour se
 * poursuit"), not in an incise ("», poursuit le ministre").
 * Each row: a sentence, a word of it, 1 when RCP__CLAIM_SURE. */
TEST(predicates_sure_after_adverb_table)
{
    static const struct {
        const char *lang, *text, *word;
        int sure;
    } rows[] = {
        {"fr", "Le ministre a également donné un livre au maire.", "donné",
         1},
        {"fr", "Les deux présidents se sont mutuellement donné des stylos.",
         "donné", 1},
        {"fr", "Le ministre a donné un livre au maire.", "donné", 1},
        {"fr", "Il a aussi signé le texte hier.", "signé", 1},
        {"fr", "Le sujet largement donné en exemple est connu.", "donné", 0},
        /* a verb of saying after "se" says nothing: a predicate */
        {"fr", "Le séjour du ministre se poursuit encore.", "poursuit", 1},
        {"fr", "« Nous partirons demain », poursuit le ministre.",
         "poursuit", 0},
        /* a present participle set apart by a comma, before what it
         * governs, is a verb; a noun of that form is not */
        {"fr", "Le ministre a visité une usine, poursuivant sa tournée.",
         "poursuivant", 1},
        {"fr", "Le ministre a rencontré Paul, représentant du syndicat.",
         "représentant", 0},
        {"fr", "Le ministre a rencontré Paul, représentant des salariés.",
         "représentant", 0},
        {"fr", "Le ministre a visité le port, dirigeant de la région.",
         "dirigeant", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_doc *d = rcp_doc_new(rows[r].text, strlen(rows[r].text),
                                 rows[r].lang);
        CHECK(d != NULL && d->nsents >= 1);
        if (!d || !d->nsents) {
            rcp_doc_free(d);
            continue;
        }
        const rcp_sentence *s = &d->sents[0];
        uint8_t kind[256] = {0};
        int sure = -1;
        if (s->ntok <= sizeof kind) {
            rcp__claim_predicates(d, s->tok, s->tok + s->ntok, kind);
            for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
                const rcp_token *k = &d->toks[t];
                if (k->len == strlen(rows[r].word) &&
                    !memcmp(d->text + k->off, rows[r].word, k->len))
                    sure = (kind[t - s->tok] & RCP__CLAIM_SURE) != 0;
            }
        }
        if (sure != rows[r].sure)
            fprintf(stderr, "# row %zu: %s sure=%d\n", r, rows[r].word, sure);
        CHECK(sure == rows[r].sure);
        rcp_doc_free(d);
    }
}

/* The lemmas of the verb token spelt w in text (rcp__digest_verb_lemmas). */
static size_t lemmas_at(const char *text, const char *w, uint64_t *out)
{
    rcp_doc *d = rcp_doc_new(text, strlen(text), "en");
    size_t n = 0;
    for (uint32_t t = 0; d && t < d->ntoks && !n; t++)
        if (d->toks[t].len == strlen(w) &&
            !memcmp(d->text + d->toks[t].off, w, d->toks[t].len))
            n = rcp__digest_verb_lemmas(d, t, out);
    rcp_doc_free(d);
    return n;
}

/* A verb and the word after it that WordNet lists as one verb are that
 * verb, and the one-word verbs of its first sense ("opened fire" is
 * open_fire, {open_fire, fire}: "fired"; "stepped down" {leave_office,
 * quit, step_down, resign}; "passed away" "died"); a word after it that
 * makes no such verb changes nothing ("opened the"), nor a French one. */
TEST(predicates_phrasal_table)
{
    static const struct {
        const char *a, *wa, *b, *wb;
        int same;
    } rows[] = {
        {"The warship opened fire on the dhow.", "opened",
         "The warship fired warning shots.", "fired", 1},
        {"The chairman stepped down on Sunday.", "stepped",
         "The chairman resigned on Sunday.", "resigned", 1},
        {"Her father passed away in June.", "passed",
         "Her father died in June.", "died", 1},
        {"The police opened the door.", "opened",
         "The police fired warning shots.", "fired", 0},
        {"The chairman stepped in on Sunday.", "stepped",
         "The chairman resigned on Sunday.", "resigned", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        uint64_t la[8], lb[8];
        size_t na = lemmas_at(rows[r].a, rows[r].wa, la);
        size_t nb = lemmas_at(rows[r].b, rows[r].wb, lb);
        int same = 0;
        for (size_t i = 0; i < na; i++)
            for (size_t j = 0; j < nb; j++)
                same |= la[i] == lb[j];
        if (same != rows[r].same)
            fprintf(stderr, "# row %zu: %s / %s: %d\n", r, rows[r].wa,
                    rows[r].wb, same);
        CHECK_INT(same, rows[r].same);
    }
}
