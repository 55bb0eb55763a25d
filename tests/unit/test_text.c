/* test_text.c - normalisation, folding, tokens, sentences, languages. */
#include "harness.h"
#include "text/text.h"

#include <stdlib.h>

/* text -> its sentences joined by " | " */
static const struct {
    const char *text, *want;
} sentence_cases[] = {
    {"Il pleut. Il neige.", "Il pleut. | Il neige."},
    {"M. Dupont est venu. Mme Durand aussi.",
     "M. Dupont est venu. | Mme Durand aussi."},
    {"J.-M. Le Pen a parlé. Puis il est parti.",
     "J.-M. Le Pen a parlé. | Puis il est parti."},
    {"Le taux est de 3,5 %. Il était de 2.5 en 2020.",
     "Le taux est de 3,5 %. | Il était de 2.5 en 2020."},
    {"« Nous verrons. » Il s'est tu.", "« Nous verrons. » | Il s'est tu."},
    {"What? Really! Yes.", "What? | Really! | Yes."},
    {"Dr. Smith met Mr. Jones in the U.S. yesterday.",
     "Dr. Smith met Mr. Jones in the U.S. yesterday."},
    {"Il attend… Rien ne vient.", "Il attend… | Rien ne vient."},
    {"Première ligne\nSeconde ligne", "Première ligne | Seconde ligne"},
    {"version 2.0 is out. next", "version 2.0 is out. next"},
};

static char *sentences(const char *text)
{
    rcp_doc *d = rcp_doc_new(text, strlen(text), "fr");
    if (!d)
        return NULL;
    rcp__buf b;
    rcp__buf_init(&b, 0);
    for (size_t i = 0; i < d->nsents; i++) {
        if (i)
            rcp__buf_adds(&b, " | ");
        rcp__buf_add(&b, d->text + d->sents[i].off, d->sents[i].len);
    }
    rcp_doc_free(d);
    return rcp__buf_detach(&b, NULL);
}

TEST(sentence_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(sentence_cases); i++) {
        char *got = sentences(sentence_cases[i].text);
        CHECK_STR(got, sentence_cases[i].want);
        rcp__free(got);
    }
}

/* text -> its tokens' folded forms joined by " " */
static const struct {
    const char *text, *want;
} token_cases[] = {
    {"L'armée d'Israël", "l' armee d' israel"},
    {"Kim Jong-un", "kim jong-un"},
    {"Putin's gift", "putin 's gift"},
    {"aujourd\xE2\x80\x99hui", "aujourd'hui"},
    {"1\xC2\xA0""000 personnes, 3,5 %", "1 000 personnes , 3,5 %"},
    {"\xC5\x92uvre \xC3\x89T\xC3\x89", "oeuvre ete"},
    {"«Oui»", "\xC2\xAB oui \xC2\xBB"},
};

TEST(token_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(token_cases); i++) {
        const char *t = token_cases[i].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), "fr");
        CHECK(d != NULL);
        if (!d)
            continue;
        rcp__buf b;
        rcp__buf_init(&b, 0);
        for (size_t k = 0; k < d->ntoks; k++) {
            if (k)
                rcp__buf_addc(&b, ' ');
            rcp__buf_add(&b, d->toks[k].norm, d->toks[k].norm_len);
        }
        CHECK_STR(b.p, token_cases[i].want);
        rcp__buf_release(&b);
        rcp_doc_free(d);
    }
}

TEST(token_flags_and_stems)
{
    const char *t = "Les présidents NASA visitent";
    rcp_doc *d = rcp_doc_new(t, strlen(t), "fr");
    CHECK_INT(d->ntoks, 4);
    CHECK(d->toks[0].flags & RCP_TOK_STOP);
    CHECK(d->toks[0].flags & RCP_TOK_CAP);
    CHECK(d->toks[0].flags & RCP_TOK_SSTART);
    CHECK(d->toks[2].flags & RCP_TOK_UPPER);
    CHECK_STR(d->toks[1].stem, "president");
    CHECK_STR(d->toks[3].stem, "visitent");
    rcp_doc_free(d);
}

TEST(normalize_line_ends_bom_and_blank_lines)
{
    const char *in = "\xEF\xBB\xBFOne  \r\n\r\n\r\nTwo\rThree\xC2\xAD!\n\n";
    rcp__buf b;
    rcp__buf_init(&b, 0);
    CHECK_INT(rcp__text_normalize(in, strlen(in), &b), 0);
    CHECK_STR(b.p, "One\nTwo\nThree!");
    rcp__buf_release(&b);
    /* NFC: e + combining acute becomes é */
    rcp__buf_init(&b, 0);
    CHECK_INT(rcp__text_normalize("e\xCC\x81t\xC3\xA9", 6, &b), 0);
    CHECK_STR(b.p, "\xC3\xA9t\xC3\xA9");
    rcp__buf_release(&b);
}

static const struct {
    const char *text, *lang;
} lang_cases[] = {
    {"Le président de la République a annoncé que les élections auront lieu "
     "en juin, selon un communiqué publié par l'Elysée.", "fr"},
    {"The president said on Thursday that the elections would be held in "
     "June, according to a statement from the White House.", "en"},
    {"Der Präsident sagte am Donnerstag, dass die Wahlen im Juni stattfinden "
     "werden, wie aus einer Mitteilung hervorgeht.", "de"},
    {"El presidente dijo el jueves que las elecciones se celebrarán en junio, "
     "según un comunicado de la presidencia.", "es"},
    {"Президент заявил в четверг, что выборы пройдут в июне.", "ru"},
    {"12345 67890", ""},
};

TEST(lang_detect_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(lang_cases); i++)
        CHECK_STR(rcp_lang_detect(lang_cases[i].text,
                                  strlen(lang_cases[i].text)),
                  lang_cases[i].lang);
}
