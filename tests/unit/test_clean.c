/*
 * test_clean.c - article cleaning, table-driven: every tests/data/clean/
 * NAME.txt is cleaned and compared with NAME.expected, which holds
 *
 *     title: <the headline found, or nothing>
 *     date: <the date found, or nothing>
 *     ---
 *     <the clean text, one paragraph a line>
 *
 * A new case is a new pair of files. Short cases that need no file are in
 * the table below.
 */
#include "harness.h"
#include "ingest/clean.h"
#include "text/text.h"

#include <dirent.h>
#include <stdlib.h>

#define DIR_CLEAN "tests/data/clean"

/* Clean `in` as a text input and render the result as in .expected. */
static char *render(const char *in, size_t n, const rcp__clean_opts *o)
{
    rcp__buf norm, b;
    rcp__buf_init(&norm, 0);
    rcp__buf_init(&b, 0);
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__cleaned c;
    char *res = NULL;
    if (rcp__text_normalize(in, n, &norm) ||
        rcp__clean_article(norm.p ? norm.p : "", norm.len, o, &a, &c))
        goto done;
    rcp__buf_addf(&b, "title: %s\ndate: %s\n---\n", c.title ? c.title : "",
                  c.date ? c.date : "");
    rcp__buf_add(&b, c.text, c.len);
    rcp__buf_addc(&b, '\n');
    res = rcp__buf_detach(&b, NULL);
done:
    rcp__buf_release(&norm);
    rcp__buf_release(&b);
    rcp__arena_release(&a);
    return res;
}

static int cmp_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

TEST(clean_fixtures)
{
    DIR *d = opendir(DIR_CLEAN);
    CHECK(d != NULL);
    if (!d)
        return;
    char *names[256];
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) && nn < RCP_ARRAY_SIZE(names)) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0)
            names[nn++] = strndup(e->d_name, l - 4);
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_name);
    CHECK(nn >= 5);
    for (size_t i = 0; i < nn; i++) {
        char path[512];
        size_t n, m;
        snprintf(path, sizeof path, "%s/%s.txt", DIR_CLEAN, names[i]);
        char *in = rcp_test_slurp(path, &n);
        snprintf(path, sizeof path, "%s/%s.expected", DIR_CLEAN, names[i]);
        char *want = rcp_test_slurp(path, &m);
        CHECK(in && want);
        if (in && want) {
            char *got = render(in, n, NULL);
            if (!got || strcmp(got, want) != 0) {
                char msg[600];
                snprintf(msg, sizeof msg, "fixture %s differs:\n%s", names[i],
                         got ? got : "(null)");
                rcp_test_fail(__FILE__, __LINE__, msg);
            }
            rcp__free(got);
        }
        free(in);
        free(want);
        free(names[i]);
    }
}

/* input -> expected text (title and date aside) */
static const struct {
    const char *in, *want;
} text_cases[] = {
    /* a slug and a URL alone on their lines go */
    {"kim-arrive-a-moscou-en-train\nKim est arrivé à Moscou en train "
     "blindé mardi matin.\nhttps://example.org/a/b",
     "Kim est arrivé à Moscou en train blindé mardi matin."},
    /* abbreviations do not end sentences: nothing is cut or dropped */
    {"M. Dupont a rencontré Mme Durand. M. Dupont a rencontré Mme Durand "
     "hier.",
     "M. Dupont a rencontré Mme Durand hier."},
    /* "Mr." after a sentence end, "U.S." inside: neither ends a
     * sentence, so the shorter repetition is found inside the longer;
     * "Washington." (a word of more than 3 bytes) does end one */
    {"It rained all day in the city. Mr. Smith went to the U.S. Senate "
     "in Washington. Then he spoke. Mr. Smith went to the U.S. Senate.",
     "It rained all day in the city. Mr. Smith went to the U.S. Senate "
     "in Washington. Then he spoke."},
    /* a real short paragraph in the middle stays */
    {"Le match a été reporté à cause de la pluie.\nPourquoi ?\nLe terrain "
     "était impraticable selon l'arbitre.",
     "Le match a été reporté à cause de la pluie.\nPourquoi ?\nLe terrain "
     "était impraticable selon l'arbitre."},
    /* a sentence repeated by another subject is not a repetition */
    {"Biden a rencontré le président chinois Xi Jinping à Bali lundi. "
     "Macron a rencontré le président chinois Xi Jinping à Bali lundi.",
     "Biden a rencontré le président chinois Xi Jinping à Bali lundi. "
     "Macron a rencontré le président chinois Xi Jinping à Bali lundi."},
    /* "Il" + the rest of a longer sentence is a repetition */
    {"Le ministre a visité mardi l'usine de Lyon avec les syndicats et le "
     "préfet.\nIl a visité mardi l'usine de Lyon avec les syndicats et le "
     "préfet.",
     "Le ministre a visité mardi l'usine de Lyon avec les syndicats et le "
     "préfet."},
    /* ... but not a short one, which may be said of someone else */
    {"Son complice a été condamné à cinq ans de prison ferme mardi.\nIl a "
     "été condamné à cinq ans de prison.",
     "Son complice a été condamné à cinq ans de prison ferme mardi.\nIl a "
     "été condamné à cinq ans de prison."},
    /* an e-mail address is not a copyright sign; a credit line is */
    {"Les lecteurs peuvent écrire à courrier @ exemple.fr pour réagir.\n"
     "© Agence Exemple",
     "Les lecteurs peuvent écrire à courrier @ exemple.fr pour réagir."},
    /* a repetition told by the folded words: capitals and accents of
     * words longer than eight bytes (folded eight at a time) and the
     * short words that end a sentence (one at a time) */
    {"L'ANTICONSTITUTIONNALITÉ du texte a été soulevée par les députés "
     "HIER.\nL'anticonstitutionnalite du texte a ete soulevee par les "
     "deputes hier.",
     "L'ANTICONSTITUTIONNALITÉ du texte a été soulevée par les députés "
     "HIER."},
    /* "read also" lines, found by their first word (the cue's): with
     * an accent, a colon in the cue, a capital right after it; a line
     * that only starts with a cue's first word stays */
    {"Le gouvernement a présenté mardi son projet de loi sur l'énergie.\n"
     "À lire aussi : le débat sur le nucléaire\n"
     "Sur le terrain, les secours ont travaillé toute la nuit.\n"
     "A lire aussiEn visite à Moscou, le ministre\n"
     "Lire aussi la tribune de notre correspondant\n"
     "Les députés voteront la semaine prochaine sur le texte.",
     "Le gouvernement a présenté mardi son projet de loi sur l'énergie.\n"
     "Sur le terrain, les secours ont travaillé toute la nuit.\n"
     "Les députés voteront la semaine prochaine sur le texte."},
    {"The council approved the budget for next year on Monday night.\n"
     "Related: Council delays vote on the new bus lanes\n"
     "Related questions were raised by the committee on Monday.\n"
     "Also read our guide to the new parking rules\n"
     "The vote was seven to two, with one member absent.",
     "The council approved the budget for next year on Monday night.\n"
     "Related questions were raised by the committee on Monday.\n"
     "The vote was seven to two, with one member absent."},
    /* nothing at all */
    {"", ""},
    {"\n\n", ""},
};

TEST(clean_table)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(text_cases); i++) {
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__cleaned c;
        const char *in = text_cases[i].in;
        rcp__clean_opts o = {"fr", NULL, 0};
        CHECK_INT(rcp__clean_article(in, strlen(in), &o, &a, &c), 0);
        CHECK_STR(c.text, text_cases[i].want);
        CHECK_INT(c.len, strlen(text_cases[i].want));
        rcp__arena_release(&a);
    }
}

/* A known title repeated at the top goes (its words hashed as a line's:
 * folded, accents, case and apostrophes aside), once a line at the top
 * is compared with it, also after lines dropped before it; elsewhere,
 * or with a word changed, the line stays. Title, text, text kept. */
static const struct {
    const char *title, *in, *want;
} title_cases[] = {
    {"Un séisme frappe le sud du pays",
     "Un séisme frappe le sud du pays\nUn séisme de magnitude 6,1 a frappé "
     "le sud du pays dans la nuit.",
     "Un séisme de magnitude 6,1 a frappé le sud du pays dans la nuit."},
    {"Storm hits the coast",
     "STORM HITS THE COAST\nThe storm hit the coast on Monday night, the "
     "weather service said.",
     "The storm hit the coast on Monday night, the weather service said."},
    {"L'Élysée dément « tout accord »",
     "Par Jean Dupont\nL\u2019ELYSEE dément \u201ctout accord\u201d\n"
     "Monde\nLa présidence a démenti mardi tout accord avec le parti.",
     "La présidence a démenti mardi tout accord avec le parti."},
    {"Un séisme frappe le sud du pays",
     "Un séisme frappe le nord du pays\nUn séisme de magnitude 6,1 a "
     "frappé le nord du pays dans la nuit.",
     "Un séisme frappe le nord du pays\nUn séisme de magnitude 6,1 a "
     "frappé le nord du pays dans la nuit."},
    {"Storm hits the coast",
     "The storm hit the coast on Monday night, the weather service said.\n"
     "Storm hits the coast\nRoads were closed across the county on "
     "Tuesday morning.",
     "The storm hit the coast on Monday night, the weather service said.\n"
     "Storm hits the coast\nRoads were closed across the county on "
     "Tuesday morning."},
};

TEST(clean_known_title_repeated)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__cleaned c;
    rcp__clean_opts o = {NULL, NULL, 0};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(title_cases); i++) {
        const char *in = title_cases[i].in;
        o.title = title_cases[i].title;
        CHECK_INT(rcp__clean_article(in, strlen(in), &o, &a, &c), 0);
        CHECK_STR(c.text, title_cases[i].want);
        CHECK(c.title == NULL); /* already known: not taken again */
    }
    const char *in = title_cases[0].in;
    /* from a page: no headline is looked for */
    o.title = NULL;
    o.from_html = 1;
    CHECK_INT(rcp__clean_article(in, strlen(in), &o, &a, &c), 0);
    CHECK(c.title == NULL);
    CHECK(strncmp(c.text, "Un séisme frappe", 16) == 0);
    rcp__arena_release(&a);
}

/* a metadata or "published" line at the top -> the date read from it */
static const struct {
    const char *line, *date;
} date_cases[] = {
    {" date 2023-10 ", "2023-10"},
    {"Date: 2023-09-14T10:00:00Z", "2023-09-14T10:00:00Z"},
    {"Publié le 14 septembre 2023 à 10h05", "2023-09-14"},
    {"Publié le 1er mai 2024", "2024-05-01"},
    {"Mis à jour le 14.09.2023", "2023-09-14"},
    {"Published April 11, 2007", "2007-04-11"},
    {"Posted: Sept 22nd 2013 11:10 am EDT", "2013-09-22"},
    {"Updated 4/9/2007 6:04 PM", NULL}, /* day or month first? */
    {"Updated 4/19/2007 6:04 PM", "2007-04-19"},
    {"Veröffentlicht am 3. März 2021", "2021-03-03"},
    {"Publicado el 5 de junio de 2022", NULL}, /* "de": not read yet */
};

TEST(clean_dates)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(date_cases); i++) {
        char in[256];
        snprintf(in, sizeof in,
                 "%s\nLe conseil municipal a voté mardi soir la gratuité des "
                 "transports.",
                 date_cases[i].line);
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__cleaned c;
        CHECK_INT(rcp__clean_article(in, strlen(in), NULL, &a, &c), 0);
        if (date_cases[i].date)
            CHECK_STR(c.date, date_cases[i].date);
        else
            CHECK(c.date == NULL);
        /* the line is gone either way */
        CHECK_STR(c.text, "Le conseil municipal a voté mardi soir la "
                          "gratuité des transports.");
        rcp__arena_release(&a);
    }
}

/* Metadata lines at the top (rule 1), their key the line's first word
 * in any case, "título" with its accent: text, then the title, author,
 * source and url read ("-": none), then the text kept. A first word that
 * only starts like a key, or a key unaccented, is text. */
static const struct {
    const char *in, *title, *author, *source, *url, *want;
} meta_cases[] = {
    {"source: journal-exemple.fr\nurl: https://journal-exemple.fr/a/1\n"
     "Par Claire Martin\nLe tribunal a rendu sa décision mardi après trois "
     "semaines d'audience.",
     "-", "Claire Martin", "journal-exemple.fr",
     "https://journal-exemple.fr/a/1",
     "Le tribunal a rendu sa décision mardi après trois semaines "
     "d'audience."},
    {"TITLE: Storm hits the coast\nBY Jane Smith Doe\nLink: "
     "https://example.org/storm\nThe storm hit the coast on Monday "
     "night, the weather service said.",
     "Storm hits the coast", "Jane Smith Doe", "-",
     "https://example.org/storm",
     "The storm hit the coast on Monday night, the weather service said."},
    {"Título: Las lluvias cortan las carreteras\nFuente: Agencia Ejemplo\n"
     "Las lluvias cortaron el lunes varias carreteras del norte del país.",
     "Las lluvias cortan las carreteras", "-", "Agencia Ejemplo", "-",
     "Las lluvias cortaron el lunes varias carreteras del norte del país."},
    {"Titulo: las lluvias cortaron el lunes el norte del país.\nParmi les "
     "blessés figure un enfant de six ans, selon les secours.",
     "-", "-", "-", "-",
     "Titulo: las lluvias cortaron el lunes el norte del país.\nParmi les "
     "blessés figure un enfant de six ans, selon les secours."},
};

TEST(clean_author_source_url)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__cleaned c;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(meta_cases); i++) {
        const char *in = meta_cases[i].in;
        CHECK_INT(rcp__clean_article(in, strlen(in), NULL, &a, &c), 0);
        CHECK_STR(c.title ? c.title : "-", meta_cases[i].title);
        CHECK_STR(c.author ? c.author : "-", meta_cases[i].author);
        CHECK_STR(c.source ? c.source : "-", meta_cases[i].source);
        CHECK_STR(c.url ? c.url : "-", meta_cases[i].url);
        CHECK_STR(c.text, meta_cases[i].want);
    }
    rcp__arena_release(&a);
}

/* Does the text of `in`, cleaned (language lang), still hold s? -1 when
 * cleaning fails. */
static int still_has(const char *in, const char *lang, const char *s)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__cleaned c;
    rcp__clean_opts o = {lang, NULL, 0};
    int r = rcp__clean_article(in, strlen(in), &o, &a, &c)
                ? -1
                : strstr(c.text, s) != NULL;
    rcp__arena_release(&a);
    return r;
}

/* The cleaner's words, wherever they fall in the eight-byte blocks that
 * fold_words reads: a paragraph whose words, folded (case, accents,
 * punctuation aside), are an earlier paragraph's goes; one word changed,
 * joined or split, it stays. Each row is tried behind 0 to 11 bytes of
 * '-' (every place a word can start in a block), and at the text's end,
 * where fewer than eight bytes are left. */
static const struct {
    const char *first, *again;
    int dropped;
} word_edge_cases[] = {
    {"The mayor said the bridge will reopen on Monday.",
     "THE MAYOR SAID: the bridge -- will reopen on monday!", 1},
    {"The mayor said the bridge will reopen on Monday.",
     "The mayor said the bridge will reopen on Mondays.", 0},
    {"The mayor said the bridge will reopen on Monday.",
     "The mayor said the bridge will re open on Monday.", 0},
    {"Flights 2023 and 747 were cancelled at Heathrow airport.",
     "flights 2023 AND 747 WERE CANCELLED AT HEATHROW AIRPORT", 1},
    {"Flights 2023 and 747 were cancelled at Heathrow airport.",
     "Flights 20 23 and 747 were cancelled at Heathrow airport.", 0},
    {"Le président a annoncé l'été dernier une réforme.",
     "LE PRÉSIDENT A ANNONCÉ L’ÉTÉ DERNIER UNE RÉFORME", 1},
    {"Le président a annoncé l'été dernier une réforme.",
     "Le president a annonce l ete dernier une reforme...", 1},
    {"Le président a annoncé l'été dernier une réforme.",
     "Le président a annoncé lété dernier une réforme.", 0},
    {"Żółć i gęślą jaźń w Łodzi były tematem debaty.",
     "ŻÓŁĆ I GĘŚLĄ JAŹŃ W ŁODZI BYŁY TEMATEM DEBATY.", 1},
    {"Der Bürgermeister sagte, die Brücke öffne am Montag.",
     "Der Bürgermeister sagte, die Brückeöffne am Montag.", 0},
};

TEST(clean_word_edges)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(word_edge_cases); i++)
        for (int pad = 0; pad < 12; pad++) {
            char in[512];
            snprintf(in, sizeof in, "%s\n%.*s%s", word_edge_cases[i].first,
                     pad, "------------", word_edge_cases[i].again);
            CHECK_INT(still_has(in, "fr", word_edge_cases[i].again),
                      !word_edge_cases[i].dropped);
        }
}

/* Boilerplate read from the folded words at every alignment: a sign-up
 * line (weight 2), an interface phrase alone, a "read also" cue; and the
 * same words inside a sentence that is news, kept. */
static const struct {
    const char *line;
    int dropped;
} word_edge_boiler[] = {
    {"INSCRIVEZ-VOUS à notre newsletter pour recevoir nos articles", 1},
    {"Partagez ce contenu", 1},
    {"Lire aussi: la réforme des retraites adoptée", 1},
    {"Sign up for our newsletter to get the news in your inbox", 1},
    {"The council voted to sign the agreement with the union on Monday.", 0},
};

TEST(clean_word_edges_boilerplate)
{
    for (size_t i = 0; i < RCP_ARRAY_SIZE(word_edge_boiler); i++)
        for (int pad = 0; pad < 12; pad++) {
            char in[512];
            snprintf(in, sizeof in,
                     "La réunion a eu lieu mardi soir à la mairie de Lyon.\n"
                     "%.*s%s\nLes élus ont ensuite voté le budget de la "
                     "ville pour l'année prochaine.",
                     pad, "************", word_edge_boiler[i].line);
            CHECK_INT(still_has(in, NULL, word_edge_boiler[i].line),
                      !word_edge_boiler[i].dropped);
        }
}

/* A sentence inside a longer one of the article goes, wherever either
 * stands (the 4-gram of its first words looked up where its first word
 * stands in the longer one: at its start, its middle, its end, after a
 * leading stopword); one word changed after its first, it stays. */
static const struct {
    const char *shorter;
    int dropped;
} contained_cases[] = {
    {"Le maire de Lyon a annoncé mardi.", 1},
    {"Le pont rouvrira lundi prochain après les travaux.", 1},
    {"Les travaux du pont sont terminés, selon lui.", 1},
    {"Il a annoncé mardi que le pont rouvrira lundi prochain après les "
     "travaux.", 1},
    {"Le pont rouvrira mardi prochain après les travaux.", 0},
    {"Les travaux du pont sont terminés, selon elle.", 0},
    {"Le maire de Lyon a annoncé lundi.", 0},
};

TEST(clean_contained_sentences)
{
    static const char *const longer =
        "Le maire de Lyon a annoncé mardi que le pont rouvrira lundi "
        "prochain après les travaux du pont sont terminés, selon lui.";
    for (size_t i = 0; i < RCP_ARRAY_SIZE(contained_cases); i++)
        for (int before = 0; before <= 1; before++) {
            char in[512];
            snprintf(in, sizeof in, "%s\n%s",
                     before ? contained_cases[i].shorter : longer,
                     before ? longer : contained_cases[i].shorter);
            CHECK_INT(still_has(in, "fr", longer), 1);
            CHECK_INT(still_has(in, "fr", contained_cases[i].shorter),
                      !contained_cases[i].dropped);
        }
}
