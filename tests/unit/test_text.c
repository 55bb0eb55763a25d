/* test_text.c - normalisation, folding, tokens, sentences, languages. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "text/text.h"

#include <stdlib.h>
#include <utf8proc.h>

/*
 * Cases from a file (tests/data/text/, one file per kind): "< input" and ">
 * expected" lines, "lang: xx" for the hint of the cases after it, "#" comments,
 * and
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

/* Wrapped lines are joined in linear time: 2 MB of lines that each run
 * on into the next (a capitalised word at the end, a name going on at the
 * start, no full stop anywhere) make one paragraph, each line read once
 * (reading the paragraph back from its start at every line was
 * quadratic: minutes). */
TEST(sentence_wrapped_lines_linear)
{
    size_t n = 2u << 20, len = 0;
    char *t = malloc(n + 200);
    CHECK(t != NULL);
    if (!t)
        return;
    for (unsigned i = 0; len < n; i++)
        len += (size_t)snprintf(t + len, 200,
                                "Marc Dupont a vu les membres du conseil de "
                                "la ville qui parlaient longuement du budget "
                                "de la commune pour %u Groupe\n",
                                i);
    clock_t c0 = clock();
    rcp_doc *d = rcp_doc_new(t, len, "fr");
    double cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
    CHECK(d != NULL);
    if (d)
        CHECK_INT(d->nparas, 1);
    CHECK(cpu < 10.0);
    rcp_doc_free(d);
    free(t);
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
    {"1\xC2\xA0"
     "000 personnes, 3,5 %",
     "1000 personnes , 3,5 %"},
    {"\xC5\x92uvre \xC3\x89T\xC3\x89", "oeuvre ete"},
    {"«Oui»", "\" oui \""},
    {"\xEF\xAC\x81n \xC3\x9F", "fin ss"},
    {"\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91 "
     "\xE1\xBC\x88\xCE\xB8\xE1\xBF\x86\xCE\xBD\xCE\xB1\xCE\xB9 "
     "\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82",
     "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1 "
     "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1\xCE\xB9 "
     "\xCE\xBB\xCE\xBF\xCE\xB3\xCE\xBF\xCF\x83"},
    {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "
     "\xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0 \xD0\x99\xD0\xBE\xD0\xB4",
     "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "
     "\xD0\xB5\xD0\xBB\xD0\xBA\xD0\xB0 \xD0\xB9\xD0\xBE\xD0\xB4"},
    /* Hangul syllables whole (a final consonant is no accent), kana with
     * their voicing marks (ブ is not フ) */
    {"푸틴 김정은", "푸틴 김정은"},
    {"ブーツ", "ブ ー ツ"},
    /* the tokenizer's fast paths: words longer than eight bytes and at
     * the text's end, capitals folded eight at a time (fold_into) with
     * accents, ligatures, Cyrillic and CJK among them; a space ends a
     * word but joins the digit groups of a number (1 000), not a word's
     * digits (B52 000, 12e 000) */
    {"ANTICONSTITUTIONNELLEMENT Anticonstitutionnellement",
     "anticonstitutionnellement anticonstitutionnellement"},
    {"\xC3\x89LYS\xC3\x89" "E-MATIGNON C\xC5\x92URDELION Stra\xC3\x9F" "ENBAHN",
     "elysee-matignon coeurdelion strassenbahn"},
    {"\xD0\x94\xD0\x9C\xD0\x98\xD0\xA2\xD0\xA0\xD0\x98\xD0\x99 MEDVEDEVICH",
     "\xD0\xB4\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\xB9 medvedevich"},
    {"TOKYO\xE6\x9D\xB1\xE4\xBA\xAC" "ABCDEFGHIJ Zz",
     "tokyo \xE6\x9D\xB1 \xE4\xBA\xAC abcdefghij zz"},
    {"1 000 000 euros, 12 500 personnes, B52 000, 12e 000 fois",
     "1000000 euros , 12500 personnes , b52 000 , 12e 000 fois"},
    {"Pr\xC3\xA9sidentielle Z", "presidentielle z"},
    /* invalid UTF-8: the valid prefix */
    {"ABCDEFGHIJK mot\xFF suite", "abcdefghijk mot"},
    /* runs that end a paragraph or the text (ascii_run has no bound) */
    {"abc\nDEFGHIJKL\n\nx9\nZ", "abc defghijkl x9 z"},
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

/* One-byte tokens take the word cache's entry from rcp__wbyte: the same
 * entry rcp__word_get gives (stopword flag and stem included), lower-case
 * or folded ("A" -> "a"), for punctuation (slot 0) and words. Rows: text,
 * language, token, its folded byte. */
static const struct {
    const char *text, *lang;
    size_t tok;
    char byte;
} wbyte_cases[] = {
    {"Il y a un an, tout allait bien.", "fr", 1, 'y'},
    {"Il y a un an, tout allait bien.", "fr", 2, 'a'},
    {"Il y a un an, tout allait bien.", "fr", 5, ','},
    {"Il y a un an, tout allait bien.", "fr", 9, '.'},
    {"A man said: (x) is a plan!", "en", 0, 'a'},
    {"A man said: (x) is a plan!", "en", 3, ':'},
    {"A man said: (x) is a plan!", "en", 4, '('},
    {"A man said: (x) is a plan!", "en", 5, 'x'},
    {"A man said: (x) is a plan!", "en", 10, '!'},
};

TEST(token_one_byte_entries)
{
    for (size_t i = 0; i < sizeof wbyte_cases / sizeof wbyte_cases[0]; i++) {
        const char *t = wbyte_cases[i].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), wbyte_cases[i].lang);
        CHECK(d != NULL && wbyte_cases[i].tok < d->ntoks);
        const rcp_token *k = &d->toks[wbyte_cases[i].tok];
        int slot = (k->flags & RCP_TOK_WORD)
                       ? rcp__lang_slot(wbyte_cases[i].lang)
                       : 0;
        unsigned char c = (unsigned char)wbyte_cases[i].byte;
        const rcp__word *e = rcp__wbyte[slot][c];
        CHECK(e != NULL);
        CHECK(e == rcp__word_get(slot, &wbyte_cases[i].byte, 1, NULL));
        CHECK(k->norm == e->norm && k->stem == e->stem);
        CHECK(k->hnorm == e->hnorm && k->hstem == e->hstem);
        CHECK(!(k->flags & RCP_TOK_STOP) == !(e->stop && slot));
        rcp_doc_free(d);
    }
}

/* rcp__doc_words gives rcp_doc_new's tokens (offsets, flags but the
 * sentence start, folds, stems, hashes) and no sentence: headlines with
 * several sentences, quotations, numbers, elisions, dit-il, URLs,
 * Chinese, a wrapped line; the language given or detected. */
static const struct {
    const char *text, *lang;
} words_cases[] = {
    {"Séisme en Turquie. Le bilan s'alourdit : « au moins 12 morts »", "fr"},
    {"« Nous reviendrons », a-t-il dit, l'an prochain", "fr"},
    {"U.S. stocks fall 3.5% as Fed's Powell speaks; 1 000 jobs cut", "en"},
    {"Read more at www.example.com/news?id=3 or mail a.b@example.org", "en"},
    {"习近平会见拜登 G20峰会 9月", "zh"},
    {"A headline\nwrapped on two lines. And a second one!", NULL},
    {"", "fr"},
};

TEST(doc_words_as_doc_new)
{
    for (size_t i = 0; i < sizeof words_cases / sizeof words_cases[0]; i++) {
        const char *t = words_cases[i].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), words_cases[i].lang);
        rcp_doc *w = rcp__doc_words(t, strlen(t), words_cases[i].lang);
        CHECK(d != NULL && w != NULL);
        CHECK_STR(w->lang, d->lang);
        CHECK_INT(w->ntoks, d->ntoks);
        CHECK_INT(w->nsents, 0);
        CHECK_INT(w->nparas, 0);
        int bad = 0;
        for (size_t k = 0; k < d->ntoks && k < w->ntoks; k++) {
            const rcp_token *x = &d->toks[k], *y = &w->toks[k];
            bad += x->off != y->off || x->len != y->len ||
                   (x->flags & ~RCP_TOK_SSTART) != y->flags ||
                   x->norm_len != y->norm_len || x->hnorm != y->hnorm ||
                   x->hstem != y->hstem || strcmp(x->norm, y->norm) != 0 ||
                   strcmp(x->stem, y->stem) != 0 || y->sent != 0;
        }
        CHECK_INT(bad, 0);
        rcp_doc_free(d);
        rcp_doc_free(w);
    }
}

/* Malay and Indonesian, detected or given: the language, then the stem
 * of each word token, "*" marking stopwords (the one ms list for both).
 * Snowball's Indonesian does not restore the k that meng- elides
 * (mengatakan: ata, not kata) and takes -i for a suffix (lelaki). */
static const struct {
    const char *text, *hint, *lang, *want;
} malay_cases[] = {
    {"Polis berkata bahawa lelaki yang ditahan itu bertukar senapang.", NULL,
     "ms", "polis kata* bahawa* lelak yang* tahan itu* tukar senapang"},
    {"Polisi mengatakan bahwa pria yang ditahan itu bertukar mobil.", NULL,
     "id", "polisi ata* bahwa* pria yang* tahan itu* tukar mobil"},
    {"Lelaki yang bertukar", "id", "id", "lelak yang* tukar"},
    {"Lelaki yang bertukar", "ms", "ms", "lelak yang* tukar"},
};

TEST(malay_and_indonesian_tokens)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(malay_cases); i++) {
        const char *t = malay_cases[i].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), malay_cases[i].hint);
        CHECK(d != NULL);
        if (!d)
            continue;
        CHECK_STR(d->lang, malay_cases[i].lang);
        rcp__buf b;
        rcp__buf_init(&b, 0);
        for (size_t k = 0; k < d->ntoks; k++) {
            const rcp_token *tk = &d->toks[k];
            if (!(tk->flags & RCP_TOK_WORD))
                continue;
            if (b.len)
                rcp__buf_addc(&b, ' ');
            rcp__buf_adds(&b, tk->stem);
            if (tk->flags & RCP_TOK_STOP)
                rcp__buf_addc(&b, '*');
        }
        CHECK_STR(b.p ? b.p : "", malay_cases[i].want);
        rcp__buf_release(&b);
        rcp_doc_free(d);
    }
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
     "en juin, selon un communiqué publié par l'Elysée.",
     "fr"},
    {"The president said on Thursday that the elections would be held in "
     "June, according to a statement from the White House.",
     "en"},
    {"Der Präsident sagte am Donnerstag, dass die Wahlen im Juni stattfinden "
     "werden, wie aus einer Mitteilung hervorgeht.",
     "de"},
    {"El presidente dijo el jueves que las elecciones se celebrarán en junio, "
     "según un comunicado de la presidencia.",
     "es"},
    {"Президент заявил в четверг, что выборы пройдут в июне.", "ru"},
    {"Il governo ha approvato mercoledì un decreto per sostenere le famiglie "
     "colpite dall'aumento delle bollette.",
     "it"},
    {"O governo anunciou nesta quarta-feira um novo pacote de medidas para "
     "conter a alta dos preços dos combustíveis.",
     "pt"},
    {"Het kabinet heeft dinsdag een nieuw plan gepresenteerd om de stijgende "
     "energieprijzen voor huishoudens te compenseren.",
     "nl"},
    {"Ο πρόεδρος είπε την Πέμπτη ότι οι εκλογές θα γίνουν τον Ιούνιο.", "el"},
    {"Президент України заявив, що вибори відбудуться в червні.", "uk"},
    {"Председник Србије је рекао да ће избори бити одржани у јуну, "
     "а ђаци ће ићи у школу.",
     "sr"},
    /* Malay and Indonesian: one list, then the words only one writes */
    {"Perdana Menteri berkata bahawa kerajaan akan mengumumkan langkah "
     "baharu untuk membantu rakyat selepas harga minyak meningkat, kerana "
     "kos sara hidup semakin tinggi.",
     "ms"},
    {"Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong-un "
     "bertukar hadiah senapang semasa pertemuan mereka di Vostochny, kata "
     "jurucakap Kremlin.",
     "ms"},
    {"Presiden mengatakan bahwa pemerintah akan mengumumkan langkah baru "
     "untuk membantu masyarakat setelah harga minyak naik, karena biaya "
     "hidup semakin tinggi.",
     "id"},
    {"Polisi telah menangkap seorang pria yang diduga terlibat dalam "
     "kejadian itu, sementara dua tersangka lainnya masih diburu, kata juru "
     "bicara kepolisian kemarin.",
     "id"},
    /* a Malay title whose only function words are Italian "di" and
     * Dutch "dan" too: unsure, no longer Italian */
    {"Presiden Putin dan Kim Jong-un bertukar hadiah senapang di Vostochny.",
     ""},
    /* too short, or a language recoupe does not know: unsure */
    {"12345 67890", ""},
    {"Paris", ""},
    {"", ""},
    {"Regeringen fremlagde onsdag et nyt forslag om at s\xC3\xA6nke skatten "
     "for pensionister. If\xC3\xB8lge finansministeren skal forslaget "
     "tr\xC3\xA6"
     "de i kraft n\xC3\xA6ste \xC3\xA5r, men oppositionen "
     "kritiserer, at der mangler finansiering.",
     ""},
};

TEST(lang_detect_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(lang_cases); i++)
        CHECK_STR(
            rcp_lang_detect(lang_cases[i].text, strlen(lang_cases[i].text)),
            lang_cases[i].lang);
}

/* The language class: decided once from the doc's code, given (a hint
 * as "fr-FR" is cut to "fr") or detected; every code but "en" and "fr",
 * and no code, is OTHER: Spanish is no English, Finnish no French. */
static const struct {
    const char *hint, *text;
    rcp_lang_class lc;
} lang_class_cases[] = {
    {"en", "The minister said.", RCP_LC_EN},
    {"fr", "Le ministre a dit.", RCP_LC_FR},
    {"fr-FR", "Le ministre a dit.", RCP_LC_FR},
    {"EN_us", "The minister said.", RCP_LC_EN},
    {"es", "El ministro dijo que no.", RCP_LC_OTHER},
    {"ee", "Dukplɔla la gblɔ.", RCP_LC_OTHER}, /* Ewe */
    {"fi", "Ministeri sanoi.", RCP_LC_OTHER},
    {"de", "Der Minister sagte.", RCP_LC_OTHER},
    {NULL, "Paris", RCP_LC_OTHER}, /* detected: unsure, "" */
    {NULL,
     "Le gouvernement a annoncé mercredi une nouvelle réforme des "
     "retraites, que les syndicats ont aussitôt rejetée.",
     RCP_LC_FR},
    {NULL,
     "El Gobierno anunció el miércoles una nueva reforma de las "
     "pensiones, que los sindicatos rechazaron de inmediato.",
     RCP_LC_OTHER},
};

TEST(lang_class_once_per_doc)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(lang_class_cases); i++) {
        rcp_doc *d = rcp_doc_new(lang_class_cases[i].text,
                                 strlen(lang_class_cases[i].text),
                                 lang_class_cases[i].hint);
        CHECK(d != NULL);
        if (!d)
            continue;
        CHECK_INT(d->lang_class, lang_class_cases[i].lc);
        CHECK_INT(rcp_lang_class_of(d->lang), lang_class_cases[i].lc);
        rcp_doc_free(d);
    }
    CHECK_INT(rcp_lang_class_of(NULL), RCP_LC_OTHER);
    CHECK_INT(rcp_lang_class_of(""), RCP_LC_OTHER);
    CHECK_INT(rcp_lang_class_of("e"), RCP_LC_OTHER);
    CHECK_INT(rcp_lang_class_of("f"), RCP_LC_OTHER);
}

/* Negations of the languages whose predicates nothing reads: whole
 * folded words; none for English and French (their own lists, with
 * scope), "id" as "ms", unknown languages none. */
TEST(negation_words_table)
{
    static const struct {
        const char *lang, *w;
        int want;
    } rows[] = {
        {"es", "no", 1},    {"es", "nunca", 1},  {"es", "nadie", 1},
        {"es", "noche", 0}, {"de", "nicht", 1},  {"de", "keine", 1},
        {"de", "nichts", 1}, {"de", "nichte", 0}, {"it", "non", 1},
        {"it", "nessuno", 1}, {"pt", "nao", 1},  {"nl", "niet", 1},
        {"ms", "tidak", 1}, {"id", "tidak", 1},  {"en", "not", 0},
        {"fr", "pas", 0},   {"xx", "no", 0},     {"", "no", 0},
        {"es", "", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        CHECK_INT(rcp__is_negation(rows[r].lang, rows[r].w,
                                   strlen(rows[r].w)),
                  rows[r].want);
}

TEST(stopword_lists)
{
    /* folded forms, elided forms without their apostrophe */
    CHECK(rcp__is_stopword("fr", "etaient", 7));
    CHECK(rcp__is_stopword("fr", "jusqu", 5));
    CHECK(rcp__is_stopword("en", "themselves", 10));
    CHECK(rcp__is_stopword("de", "uber", 4));
    CHECK(rcp__is_stopword("nl", "omdat", 5));
    CHECK(rcp__is_stopword("ms", "yang", 4));
    CHECK(rcp__is_stopword("id", "bahwa", 5)); /* Indonesian: the ms list */
    CHECK(rcp__is_stopword("id-ID", "kerana", 6));
    CHECK(!rcp__is_stopword("ms", "kerajaan", 8));
    CHECK(!rcp__is_stopword("fr", "president", 9));
    CHECK(!rcp__is_stopword("xx", "de", 2));
    /* tokens: elisions and 's are stopwords through their word */
    const char *t = "L'homme qu'il voit";
    rcp_doc *d = rcp_doc_new(t, strlen(t), "fr");
    CHECK(d && d->ntoks == 5);
    if (d && d->ntoks == 5) {
        CHECK(d->toks[0].flags & RCP_TOK_STOP);
        CHECK(!(d->toks[1].flags & RCP_TOK_STOP));
        CHECK(d->toks[2].flags & RCP_TOK_STOP);
    }
    rcp_doc_free(d);
}

TEST(stemmers_for_every_snowball_language)
{
    /* every ISO 639-1 code of the table names an algorithm libstemmer
     * has, and stems a word through rcp__stem */
    static const char *const codes[] = {
        "ar", "hy", "eu", "ca", "da", "nl", "en", "fi", "fr", "de", "el",
        "hi", "hu", "id", "ga", "it", "lt", "ms", "ne", "no", "nb", "nn",
        "pt", "ro", "ru", "sr", "es", "sv", "ta", "tr", "yi"};
    rcp__arena a;
    rcp__arena_init(&a);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(codes); i++) {
        CHECK(rcp__snowball_name(codes[i]) != NULL);
        CHECK(rcp__lang_slot(codes[i]) > 0);
    }
    size_t len;
    CHECK_STR(rcp__stem("fr", "presidents", 10, &a, &len), "president");
    CHECK_STR(rcp__stem("en", "running", 7, &a, &len), "run");
    CHECK_STR(rcp__stem("de", "hauser", 6, &a, &len), "haus");
    CHECK_STR(rcp__stem("nb", "bilene", 6, &a, &len), "bil");
    /* Malay through the Indonesian stemmer: ber-, per- -an, meng- -kan */
    CHECK_STR(rcp__stem("ms", "bertukar", 8, &a, &len), "tukar");
    CHECK_STR(rcp__stem("ms", "perbincangan", 12, &a, &len), "bincang");
    CHECK_STR(rcp__stem("id", "dikatakan", 9, &a, &len), "kata");
    CHECK_STR(rcp__stem("xx", "words", 5, &a, &len), "words");
    CHECK_STR(rcp__stem("", "words", 5, &a, &len), "words");
    rcp__arena_release(&a);
}

TEST(doc_invariants_and_edge_inputs)
{
    static const char *const inputs[] = {"",
                                         "\n\n\n",
                                         "...",
                                         "\xC2\xAB",
                                         "a",
                                         "https://",
                                         "1 000 000 000",
                                         "x\xE2\x80\x99",
                                         "\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9C",
                                         "J.-",
                                         "U.S.",
                                         "bad \xFF utf8",
                                         "e\xCC\x81",
                                         "@@@ a@b.c .@. www.",
                                         "1/2/3 12:3"};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(inputs); i++) {
        rcp_doc *d = rcp_doc_new(inputs[i], strlen(inputs[i]), NULL);
        CHECK(d != NULL);
        if (!d)
            continue;
        size_t next = 0;
        for (size_t s = 0; s < d->nsents; s++) {
            CHECK_INT(d->sents[s].tok, next);
            CHECK(d->sents[s].ntok > 0);
            next += d->sents[s].ntok;
        }
        CHECK_INT(next, d->ntoks);
        for (size_t k = 0; k < d->ntoks; k++) {
            CHECK(d->toks[k].off + d->toks[k].len <= d->len);
            CHECK(d->toks[k].len > 0);
        }
        rcp_doc_free(d);
    }
}

TEST(fold_table_against_utf8proc)
{
    /* for every code point of the fold table and a sample beyond it: the
     * fold is valid UTF-8, holds no upper-case letter and no combining
     * mark (what utf8proc says of each of its code points), and folding
     * it again changes nothing */
    int bad = 0;
    for (int32_t cp = 1; cp < 0x11000 && bad < 5; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        if (cp >= 0x3000 && cp % 7)
            continue;
        char out[8];
        int n = rcp__fold_cp(cp, out);
        CHECK(n >= 0 && n <= 8);
        if (!rcp__utf8_valid(out, (size_t)n, NULL)) {
            bad++;
            CHECK_INT(cp, -1);
            continue;
        }
        for (int i = 0; i < n;) {
            int32_t c;
            i += rcp__utf8_decode(out + i, (size_t)(n - i), &c);
            /* Unicode case folds Cherokee to its capitals */
            int cherokee =
                (c >= 0x13A0 && c <= 0x13FF) || (c >= 0xAB70 && c <= 0xABBF);
            if ((rcp__is_upper_cp(c) && !cherokee) ||
                utf8proc_category(c) == UTF8PROC_CATEGORY_MN) {
                char m[64];
                snprintf(m, sizeof m, "fold of U+%04X holds U+%04X",
                         (unsigned)cp, (unsigned)c);
                rcp_test_fail(__FILE__, __LINE__, m);
                bad++;
            }
        }
        rcp__buf b;
        rcp__buf_init(&b, 0);
        CHECK_INT(rcp__fold(out, (size_t)n, &b), 0);
        if (n && (b.len != (size_t)n || memcmp(b.p, out, (size_t)n) != 0)) {
            char m[64];
            snprintf(m, sizeof m, "fold of U+%04X is not stable", (unsigned)cp);
            rcp_test_fail(__FILE__, __LINE__, m);
            bad++;
        }
        rcp__buf_release(&b);
    }
}

TEST(nfc_quick_check)
{
    /* text that NFC changes is caught by the quick check: a combining
     * accent, a singleton (Angstrom sign), Hangul jamo */
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"caf\xC3\xA9 \xE2\x80\x99 \xC2\xAB \xE2\x80\xA6",
         "caf\xC3\xA9 \xE2\x80\x99 \xC2\xAB \xE2\x80\xA6"},
        {"cafe\xCC\x81", "caf\xC3\xA9"},
        {"\xE2\x84\xAB", "\xC3\x85"},
        {"\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},
        {"\xEA\xB0\x80\xE1\x86\xA8", "\xEA\xB0\x81"},
    };
    for (size_t i = 0; i < RCP_ARRAY_SIZE(cases); i++) {
        rcp__buf b;
        rcp__buf_init(&b, 0);
        CHECK_INT(rcp__text_normalize(cases[i].in, strlen(cases[i].in), &b), 0);
        CHECK_STR(b.p, cases[i].want);
        rcp__buf_release(&b);
    }
}

/* An allocator that fails from the Nth call on (curl's torture tests). */
static long alloc_left;
static void *nth_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (alloc_left-- <= 0)
        return NULL;
    return realloc(p, n);
}
static void nth_free(void *ud, void *p)
{
    (void)ud;
    free(p);
}

TEST(doc_new_survives_every_failed_allocation)
{
    /* each round fails one allocation later, with words the process has
     * not seen yet, so that the word cache grows under failure too; a
     * failed rcp_doc_new returns NULL and leaks nothing (the sanitizer
     * build checks), and the cache stays usable */
    rcp_allocator a = {nth_realloc, nth_free, NULL};
    int built = 0;
    for (long n = 0; n < 60; n++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Le ministre%ld a dit-il : « Zorglub%ld est venu. » "
                 "M. Quux%ld l'a vu à www.ex%ld.fr le 14/09/2023.\n"
                 "Second paragraphe%ld, 1 000 mots.",
                 n, n, n, n, n);
        alloc_left = n;
        rcp_set_allocator(&a);
        rcp_doc *d = rcp_doc_new(text, strlen(text), "fr");
        rcp_set_allocator(NULL);
        if (d) {
            built++;
            CHECK(d->nsents == 3);
            CHECK(d->nparas == 2);
        }
        rcp_doc_free(d);
    }
    CHECK(built > 0);
    const char *t = "Le ministre a dit.";
    rcp_doc *d = rcp_doc_new(t, strlen(t), "fr");
    CHECK(d && d->ntoks == 5 && strcmp(d->toks[1].stem, "ministr") == 0);
    rcp_doc_free(d);
}

TEST(lang_detect_titles)
{
    CHECK_STR(rcp_lang_detect("Ingrid Betancourt est libre", 27), "fr");
    CHECK_STR(rcp_lang_detect("Police arrest suspect in the shooting", 37),
              "en");
    /* a capitalised word that is a function word elsewhere is no proof */
    CHECK_STR(rcp_lang_detect("Texas Lifer Escapes Prison Van", 30), "");
}

/* Calendar words: text, language, then per token "month/day" (0 when
 * neither) of every token, in order. */
static const struct {
    const char *text, *lang, *want;
} calendar_cases[] = {
    {"le 1er juillet et le 14 août", "fr", "0 -1 7 0 0 -14 8"},
    {"Juillet fut chaud. Mars aussi, pas Mars", "fr", "7 0 0 0 3 0 0 0 0"},
    {"On a vu Mars hier", "fr", "0 0 0 0 0"}, /* the planet */
    {"Singer Avril Lavigne", "en", "0 0 0"},  /* a name in English */
    {"On May 2nd you may march in March", "en", "0 5 -2 0 0 0 0 3"},
    {"MAY DAY in JUILLET", "en", "0 0 0 0"},
    {"le 3 sept. et sept jours", "fr", "0 -3 9 0 0 0 0"},
    {"le 2 février, fév. 3, Feb. 4, le 5 novembre", "fr",
     "0 -2 2 0 2 0 -3 0 2 0 -4 0 0 -5 11"},
    {"Aug. 4th, Oct 5", "en", "8 0 -4 0 0 -5"}, /* abbreviations: a dot */
    {"32 mai, 0 juin, 12e jour", "fr", "0 5 0 0 6 0 -12 0"},
    /* 9月: the month after its number; 13月 and 月 alone are not */
    {"9月13日 13月 月", "zh", "-9 9 -13 0 -13 0 0"},
    /* Malay and Indonesian: capitalised, in text of those languages */
    {"pada 13 Ogos dan 1 Disember", "ms", "0 -13 8 0 -1 12"},
    {"Jun lalu, Mac ini; mac itu, MEI", "ms", "6 0 0 3 0 0 0 0 0 0"},
    {"April, September, November", "ms", "4 0 9 0 11"},
    {"17 Agustus, Desember, Maret, Mei", "id", "-17 8 0 12 0 3 0 5"},
    {"Ogos Disember Mac Mei Jun", "en", "0 0 0 0 0"},
    {"Ogos Disember Mac Mei", "fr", "0 0 0 0"},
    /* text of class OTHER: its own language's names alone */
    {"am 14. März 2024, im Mai, may", "de", "0 -14 0 3 0 0 0 5 0 0"},
    {"el 10 de marzo, mars, May", "es", "0 -10 0 3 0 0 0 0"},
    {"non è mai successo a maggio", "it", "0 0 0 0 0 5"},
    {"6 de junho, março, mar.", "pt", "-6 0 6 0 3 0 0 0"},
    {"3 okt. 2023 en 5 maart", "nl", "-3 10 0 0 0 -5 3"},
    {"14 Mai, juni, March, Ogos", "ru", "-14 0 0 0 0 0 0 0"},
    {"Mac mars May", "ms", "3 0 0"},
};

TEST(calendar_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(calendar_cases); i++) {
        const char *t = calendar_cases[i].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), calendar_cases[i].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        char got[128] = "";
        for (size_t k = 0; k < d->ntoks; k++) {
            int m = rcp__tok_month(d, &d->toks[k]),
                day = rcp__tok_day(&d->toks[k]);
            if (m) /* the cheap filter lets every month through */
                CHECK(rcp__tok_month_may(&d->toks[k]));
            snprintf(got + strlen(got), sizeof got - strlen(got), "%s%d",
                     k ? " " : "", day ? -day : m);
        }
        CHECK_STR(got, calendar_cases[i].want);
        rcp_doc_free(d);
    }
    CHECK_INT(rcp__tok_month(NULL, NULL), 0);
    CHECK_INT(rcp__tok_day(NULL), 0);
}

/* rcp__tok_month_may's filter on hashes: every month word rcp__tok_month
 * reads, in text of each language whose names it reads (French and
 * English; German, Spanish, Italian, Portuguese, Dutch, Malay: the
 * filter of class OTHER), lower case or capitalised, passes; and few
 * other words do (the filter is no test that lets all through). */
TEST(calendar_month_filter)
{
    static const char *const codes[] = {"fr", "en", "de", "es",
                                        "it", "pt", "nl", "ms"};
    size_t read = 0;
    for (size_t l = 0; l < RCP_ARRAY_SIZE(codes); l++)
        for (size_t i = 0; i < rcp__nmonth_names; i++) {
            const char *w = rcp__month_names[i].name;
            if (w[0] & 0x80)
                continue;
            char t[64];
            snprintf(t, sizeof t, "%s %c%s.", w, w[0] - 'a' + 'A', w + 1);
            rcp_doc *d = rcp_doc_new(t, strlen(t), codes[l]);
            CHECK(d != NULL && d->ntoks == 3);
            if (d && d->ntoks == 3)
                for (size_t k = 0; k < 2; k++)
                    if (rcp__tok_month(d, &d->toks[k]) > 0) {
                        CHECK(rcp__tok_month_may(&d->toks[k]));
                        read++;
                    }
            rcp_doc_free(d);
        }
    CHECK(read > 150);
    static const char *const others =
        "le la les de des du un une et est il elle dans pour sur pas plus "
        "the of and to in is was that for on with as by at from said "
        "gouvernement president minister police year people country "
        "marche mardi mais moins monde nouveau octobre2 janvierx";
    static const char *const others_de =
        "der die das und ist nicht mit von den zu im auf sich dem ein eine "
        "es hat auch als nach wie aus bei sie wird sind noch wurde mehr "
        "zum kann einen vor gegen nur bis durch schon unter jahr jahren "
        "prozent regierung stadt polizei montag marz2";
    rcp_doc *d = rcp_doc_new(others, strlen(others), "fr");
    size_t pass = 0;
    for (size_t k = 0; k < d->ntoks; k++)
        pass += (size_t)rcp__tok_month_may(&d->toks[k]);
    CHECK(d->ntoks == 48 && pass <= 5);
    rcp_doc_free(d);
    d = rcp_doc_new(others_de, strlen(others_de), "de");
    pass = 0;
    for (size_t k = 0; k < d->ntoks; k++)
        pass += (size_t)rcp__tok_month_may(&d->toks[k]);
    CHECK(d->ntoks == 48 && pass <= 5);
    rcp_doc_free(d);
}

/* The sentence splitter's abbreviations (doc.c): each list strictly in
 * strcmp order (its binary search finds nothing else), every word found
 * as its kind, and the words around them, longer, shorter, capitalised,
 * accented or with their dot, not found. Word, then kind. */
static const struct {
    const char *w;
    int kind;
} abbrev_cases[] = {
    {"m", 1},       {"messrs", 1}, {"mme", 1},     {"vve", 1},
    {"adm", 1},     {"lieut", 1},  {"etc", 2},     {"al", 2},
    {"vs", 2},      {"approx", 2}, {"n", 2},       {"p", 2},
    {"", 0},        {"M", 0},      {"mmex", 0},    {"messr", 0},
    {"messrsx", 0}, {"et", 0},     {"etc.", 0},    {"a", 0},
    {"z", 0},       {"vz", 0},     {"est", 0},     {"pres", 0},
    {"m\xc3\xa9", 0}, {"\xc3\xa9tc", 0}, {"d\xc3\xa9" "c", 0}, {"zzzzzzz", 0},
};

TEST(doc_abbrev_tables)
{
    const char *const *lists[] = {rcp__abbrev_titles, rcp__abbrev_ends};
    const size_t counts[] = {rcp__abbrev_ntitles, rcp__abbrev_nends};
    for (int k = 0; k < 2; k++) {
        CHECK(counts[k] > 40);
        for (size_t i = 0; i < counts[k]; i++) {
            const char *w = lists[k][i];
            CHECK(i == 0 || strcmp(lists[k][i - 1], w) < 0);
            CHECK_INT(rcp__abbrev_kind(w, strlen(w)), k + 1);
        }
    }
    for (size_t i = 0; i < RCP_ARRAY_SIZE(abbrev_cases); i++) {
        const char *w = abbrev_cases[i].w;
        CHECK_INT(rcp__abbrev_kind(w, strlen(w)), abbrev_cases[i].kind);
    }
    /* the length counts, not a NUL: "mmes" cut to "mme", "etc" to "et" */
    CHECK_INT(rcp__abbrev_kind("mmes", 3), 1);
    CHECK_INT(rcp__abbrev_kind("etc", 2), 0);
}

/* The one month table (calendar.c) as web pages read it: any language,
 * any case, a whole run of letters */
static const struct {
    const char *text;
    int month;
    size_t len;
} month_at_cases[] = {
    {"Okt. 2023", 10, 3},
    {"d\xc3\xa9" "cembre 2024", 12, 9},
    {"DEC 5", 12, 3},
    {"Sept", 9, 4},
    {"fevr. 2024", 2, 4},
    {"marzo de 2024", 3, 5},
    {"\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f", 12, 14},
    {"Agustus", 8, 7},
    /* the other languages the detector names: Greek (capitals lowered),
     * Serbian and Macedonian, Hebrew (alone and glued to its
     * preposition), Arabic, Hindi */
    {"\xce\x94\xce\xb5\xce\xba\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xaf"
     "\xce\xbf\xcf\x85 2025", 12, 20},
    {"\xd0\x94\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f", 12, 14},
    {"\xd0\xb4\xd0\xb5\xd1\x86\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80 2025",
     12, 16},
    {"Decembar", 12, 8},
    {"\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 12,
     16},
    {"\xd7\x91\xd7\x93\xd7\xa6\xd7\x9e\xd7\x91\xd7\xa8 2025", 12, 12},
    {"\xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1", 12, 12},
    {"\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0",
     12, 18},
    {"\xce\x94\xce\xb5\xce\xba\xce\xb1", 0, 0},
    {"Mayor", 0, 0},
    {"decembers", 0, 0},
    {"ma", 0, 0},
};

TEST(calendar_month_names)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(month_at_cases); i++) {
        size_t len = 0;
        const char *t = month_at_cases[i].text;
        CHECK_INT(rcp__month_at(t, strlen(t), &len), month_at_cases[i].month);
        CHECK_INT((int)len, (int)month_at_cases[i].len);
    }
    /* the table: lower case, months 1-12, each name once; the token
     * reader's languages first (it stops at the first other entry) */
    const unsigned tok = RCP__CAL_FR | RCP__CAL_EN | RCP__CAL_MS;
    int others = 0;
    for (size_t i = 0; i < rcp__nmonth_names; i++) {
        const rcp__month_name *e = &rcp__month_names[i];
        CHECK(e->month >= 1 && e->month <= 12);
        for (const char *c = e->name; *c; c++)
            CHECK(!(*c >= 'A' && *c <= 'Z'));
        for (size_t j = 0; j < i; j++)
            CHECK(strcmp(rcp__month_names[j].name, e->name) != 0);
        if (!(e->langs & tok))
            others = 1;
        CHECK(!(others && (e->langs & tok)));
    }
}

/* The weekday names (calendar.c): the day of a name in the languages
 * asked, short forms only when asked; the months by language too. */
static const struct {
    const char *w;
    unsigned langs;
    int day;
} weekday_cases[] = {
    {"sunday", RCP__CAL_EN, 0},
    {"jeudi", RCP__CAL_FR | RCP__CAL_EN, 4},
    {"jeudi", RCP__CAL_EN, -1},
    {"sat", RCP__CAL_EN, -1},
    {"sat", RCP__CAL_EN | RCP__CAL_ABBR, 6},
    {"thurs", RCP__CAL_EN | RCP__CAL_ABBR, 4},
    {"freitag", RCP__CAL_DE, 5},
    {"s\xc3\xa1" "bado", RCP__CAL_PT, 6},
    {"satur", RCP__CAL_EN | RCP__CAL_ABBR, -1},
};

TEST(calendar_weekday_names)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(weekday_cases); i++) {
        const char *w = weekday_cases[i].w;
        CHECK_INT(rcp__weekday_in(w, strlen(w), weekday_cases[i].langs),
                  weekday_cases[i].day);
    }
    CHECK_INT(rcp__month_in("sept", 4, RCP__CAL_EN | RCP__CAL_ABBR), 9);
    CHECK_INT(rcp__month_in("sept", 4, RCP__CAL_EN), 0);
    CHECK_INT(rcp__month_in("juni", 4, RCP__CAL_EN | RCP__CAL_ABBR), 0);
    CHECK_INT(rcp__month_in("juni", 4, RCP__CAL_DE), 6);
    /* the table: lower case, days 0-6, each name once; every language
     * names all seven days */
    for (size_t i = 0; i < rcp__nweekday_names; i++) {
        const rcp__month_name *e = &rcp__weekday_names[i];
        CHECK(e->month <= 6);
        for (const char *c = e->name; *c; c++)
            CHECK(!(*c >= 'A' && *c <= 'Z'));
        for (size_t j = 0; j < i; j++)
            CHECK(strcmp(rcp__weekday_names[j].name, e->name) != 0);
    }
    const unsigned langs[] = {RCP__CAL_FR, RCP__CAL_EN, RCP__CAL_DE,
                              RCP__CAL_ES, RCP__CAL_IT, RCP__CAL_PT,
                              RCP__CAL_NL};
    for (size_t l = 0; l < RCP_ARRAY_SIZE(langs); l++) {
        unsigned days = 0;
        for (size_t i = 0; i < rcp__nweekday_names; i++)
            if ((rcp__weekday_names[i].langs & langs[l]) &&
                !(rcp__weekday_names[i].langs & RCP__CAL_ABBR))
                days |= 1u << rcp__weekday_names[i].month;
        CHECK_INT((int)days, 0x7f);
    }
}

/* Names across scripts (translit.c): each word, its letters in Latin
 * script; ASCII and Latin words are not of the scripts carried. */
static const struct {
    const char *w, *latin, *en_stem; /* en_stem: NULL when the same */
    int script;
} translit_cases[] = {
    {"путин", "putin", NULL, 1},
    {"москва", "moskva", NULL, 1},
    {"τσίπρας", "tsipras", "tsipra", 1},
    {"αθήνα", "athena", NULL, 1},
    {"القاهرة", "alqahrt", NULL, 1},
    {"近平", "jinping", "jinp", 1},
    {"北京", "beijing", "beij", 1},
    {"putin", NULL, NULL, 0},
    {"zürich", NULL, NULL, 0},
    {"ひらがな", NULL, NULL, 0},
};

TEST(translit_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(translit_cases); i++) {
        const char *w = translit_cases[i].w;
        size_t n = strlen(w);
        CHECK_INT(rcp__translit_script(w, n), translit_cases[i].script);
        if (!translit_cases[i].script)
            continue;
        char out[64];
        size_t k = rcp__translit(w, n, out, sizeof out - 1);
        out[k] = 0;
        CHECK_STR(out, translit_cases[i].latin);
        uint64_t keys[2];
        const char *st = translit_cases[i].en_stem;
        CHECK_INT(rcp__translit_keys(w, n, keys), st ? 2 : 1);
        CHECK(keys[0] == rcp__hash(out, k, 0));
        if (st)
            CHECK(keys[1] == rcp__hash(st, strlen(st), 0));
        /* the second time from the table, the same */
        uint64_t again[2];
        CHECK_INT(rcp__translit_keys(w, n, again), st ? 2 : 1);
        CHECK(again[0] == keys[0] && again[1] == keys[1]);
    }
}
