/* test_text.c - normalisation, folding, tokens, sentences, languages. */
#include "harness.h"
#include "text/text.h"

#include <stdlib.h>

/*
 * Cases from a file (tests/data/text/, one file per kind): "< input" and "> expected"
 * lines, "lang: xx" for the hint of the cases after it, "#" comments, and
 * "\n" in an input for a line break. `run` gives the actual output of one
 * input; a mismatch prints both.
 */
typedef char *(*case_fn)(const char *text, const char *lang);

static void unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
}

static void run_case_file(const char *path, case_fn run)
{
    size_t len;
    char *all = rcp_test_slurp(path, &len);
    CHECK(all != NULL);
    if (!all)
        return;
    char lang[8] = "fr", *input = NULL;
    int ncases = 0;
    for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "lang:", 5) == 0) {
            const char *l = line + 5;
            while (*l == ' ')
                l++;
            snprintf(lang, sizeof lang, "%s", l);
        } else if (strncmp(line, "< ", 2) == 0) {
            input = line + 2;
            unescape(input);
        } else if (strncmp(line, "> ", 2) == 0 && input) {
            char *got = run(input, lang);
            if (!got || strcmp(got, line + 2) != 0) {
                char m[1024];
                snprintf(m, sizeof m, "%s: \"%s\"\n#   want: %s\n#   got:  %s",
                         path, input, line + 2, got ? got : "(null)");
                rcp_test_fail(__FILE__, __LINE__, m);
            }
            free(got);
            ncases++;
            input = NULL;
        }
    }
    CHECK(ncases > 10);
    free(all);
}

/* text -> its sentences joined by " | " */
static char *sentences(const char *text, const char *lang)
{
    rcp_doc *d = rcp_doc_new(text, strlen(text), lang);
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
    char *r = rcp__buf_detach(&b, NULL);
    char *copy = strdup(r ? r : "");
    rcp__free(r);
    return copy;
}

/* text -> its tokens as in the text, joined by " | " */
static char *tokens(const char *text, const char *lang)
{
    rcp_doc *d = rcp_doc_new(text, strlen(text), lang);
    if (!d)
        return NULL;
    rcp__buf b;
    rcp__buf_init(&b, 0);
    for (size_t i = 0; i < d->ntoks; i++) {
        if (i)
            rcp__buf_adds(&b, " | ");
        rcp__buf_add(&b, d->text + d->toks[i].off, d->toks[i].len);
    }
    rcp_doc_free(d);
    char *r = rcp__buf_detach(&b, NULL);
    char *copy = strdup(r ? r : "");
    rcp__free(r);
    return copy;
}

TEST(sentence_file)
{
    run_case_file("tests/data/text/sentences.txt", sentences);
}

TEST(token_file)
{
    run_case_file("tests/data/text/tokens.txt", tokens);
}

/* text -> its tokens' folded forms joined by " " */
static const struct {
    const char *text, *want;
} token_cases[] = {
    {"L'armée d'Israël", "l' armee d' israel"},
    {"Kim Jong-un", "kim jong-un"},
    {"Putin's gift", "putin 's gift"},
    {"aujourd\xE2\x80\x99hui", "aujourd'hui"},
    {"1\xC2\xA0""000 personnes, 3,5 %", "1000 personnes , 3,5 %"},
    {"\xC5\x92uvre \xC3\x89T\xC3\x89", "oeuvre ete"},
    {"«Oui»", "\" oui \""},
    {"\xEF\xAC\x81n \xC3\x9F", "fin ss"},
    {"\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91 \xE1\xBC\x88\xCE\xB8\xE1\xBF\x86\xCE\xBD\xCE\xB1\xCE\xB9 \xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82",
     "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1 \xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1\xCE\xB9 \xCE\xBB\xCE\xBF\xCE\xB3\xCE\xBF\xCF\x83"},
    {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0 \xD0\x99\xD0\xBE\xD0\xB4", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xB5\xD0\xBB\xD0\xBA\xD0\xB0 \xD0\xB9\xD0\xBE\xD0\xB4"},
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
