/*
 * test_clauses.c - where the claims of a sentence begin
 * (analysis/clauses.c): each row a sentence and its chunks, written
 * " | " between them, as rcp__clause_starts cuts them.
 */
#include "analysis/claims.h"
#include "analysis/clauses.h"
#include "harness.h"

#include <stdlib.h>

/* The chunks of the first sentence of text, as "a | b | c". */
static void chunks_of(const char *lang, const char *text, char *out,
                      size_t cap)
{
    out[0] = 0;
    rcp_doc *d = rcp_doc_new(text, strlen(text), lang);
    if (!d || !d->nsents) {
        rcp_doc_free(d);
        return;
    }
    const rcp_sentence *s = &d->sents[0];
    uint32_t starts[RCP__MAX_CHUNKS];
    uint32_t n = rcp__clause_starts(d, s->tok, s->tok + s->ntok, starts);
    size_t o = 0;
    for (uint32_t c = 0; c < n; c++) {
        uint32_t t0 = starts[c];
        uint32_t t1 = c + 1 < n ? starts[c + 1] : s->tok + s->ntok;
        const rcp_token *a = &d->toks[t0], *b = &d->toks[t1 - 1];
        int w = snprintf(out + o, cap - o, "%s%.*s", c ? " | " : "",
                         (int)(b->off + b->len - a->off), d->text + a->off);
        if (w < 0 || (size_t)w >= cap - o)
            break;
        o += (size_t)w;
    }
    rcp_doc_free(d);
}

TEST(clauses_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        /* coordinated clauses, the second with its own subject */
        {"en",
         "Nobody was injured, but the fire did $1 million in damage.",
         "Nobody was injured, | but the fire did $1 million in damage."},
        /* a leading subordinate and an attribution */
        {"en",
         "After leaving rehab in Newport Beach, Lohan checked into the "
         "Betty Ford Center, according to TMZ.",
         "After leaving rehab in Newport Beach, | Lohan checked into the "
         "Betty Ford Center, | according to TMZ."},
        /* a relative clause without a comma; a list */
        {"en",
         "The navy seized seven rifles and a launcher which the pirates "
         "carried.",
         "The navy seized seven rifles | and a launcher | which the "
         "pirates carried."},
        /* French: que, qui, dont, lorsque (elided), a dash */
        {"fr",
         "Il a annoncé qu'il disputerait le Giro, lorsqu'il sera prêt.",
         "Il a annoncé | qu'il disputerait le Giro, | lorsqu'il sera "
         "prêt."},
        {"fr",
         "Le rapport, dont la presse a parlé, propose un congé de quinze "
         "jours — payé par l'employeur.",
         "Le rapport, | dont la presse a parlé, | propose un congé de "
         "quinze jours — | payé par l'employeur."},
        /* separators with nothing between them make one cut; a number's
         * own separators (1 000, 3,5) are not cuts */
        {"fr", "Il y avait 1 000 personnes, ; 3,5 % de plus.",
         "Il y avait 1 000 personnes, ; | 3,5 % de plus."},
        /* the first word is never a cut; a language without openers is
         * cut at punctuation only */
        {"en", "And then it rained all day.", "And then it rained all day."},
        {"de", "Er kam und sah, und siegte.", "Er kam und sah, | und siegte."},
    };
    char got[512];
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        chunks_of(rows[r].lang, rows[r].text, got, sizeof got);
        if (strcmp(got, rows[r].want))
            fprintf(stderr, "# row %zu: got [%s]\n", r, got);
        CHECK_STR(got, rows[r].want);
    }
}

/* Openers are whole folded words of the language. */
TEST(clauses_opener_table)
{
    static const struct {
        const char *lang, *w;
        int want;
    } rows[] = {
        {"en", "which", 1}, {"en", "but", 1},   {"en", "fire", 0},
        {"en", "whichever", 0}, {"fr", "dont", 1}, {"fr", "qu'", 1},
        {"fr", "lorsqu'", 1},   {"fr", "which", 0}, {"en", "dont", 0},
        {"", "and", 0},         {NULL, "et", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        CHECK_INT(rcp__clause_opener(rcp_lang_class_of(rows[r].lang), rows[r].w,
                                     strlen(rows[r].w)),
                  rows[r].want);
}

/* Each token of text, in a doc of lang, answers f as the digit of want
 * at its place. */
static void check_tokens(const char *lang, const char *text, const char *want,
                         int (*f)(const rcp_doc *, const rcp_token *))
{
    rcp_doc *d = rcp_doc_new(text, strlen(text), lang);
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT((int)d->ntoks, (int)strlen(want));
    for (size_t t = 0; t < d->ntoks && want[t]; t++)
        CHECK_INT(f(d, &d->toks[t]), want[t] - '0');
    rcp_doc_free(d);
}

/* The auxiliaries by language, asked in turn of the same forms in both
 * languages (rcp__aux_word remembers its answers by form and language:
 * a memo by form alone would answer the second language as the first). */
TEST(clauses_aux_word_by_language)
{
    static const struct {
        const char *lang, *text;
        const char *aux; /* 1 for each token that is an auxiliary */
    } rows[] = {
        {"en", "est sont was will", "0011"},
        {"fr", "est sont was will", "1100"},
        {"en", "est sont was will", "0011"},
        {"fr", "il y a deux ans, elle a dit", "000000010"},
        {"en", "they didn't go", "010"},
        {"fr", "they didn't go", "000"},
        /* other languages have no list: Italian and Portuguese "a" (to)
         * and Spanish "es" are no French or English auxiliary, nor is
         * a form the memo holds for French */
        {"it", "il sindaco a Norcia est", "00000"},
        {"pt", "vai a Lisboa", "000"},
        {"es", "es muy tarde y can", "00000"},
        {"fr", "a est", "11"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_tokens(rows[r].lang, rows[r].text, rows[r].aux, rcp__aux_word);
}

/* The token form (by the doc's hash of the word) answers as the word
 * form, token by token, openers and others, in both languages. */
TEST(clauses_token_opener_is_the_word_opener)
{
    static const struct {
        const char *lang, *text;
        int openers; /* how many of its tokens open a clause */
    } rows[] = {
        {"en", "The mayor, who spoke after the vote, said that it held "
               "but the bridge, which is old, will close.", 5},
        {"fr", "Le maire, qui a parl\xc3\xa9 apr\xc3\xa8s le vote, a dit "
               "qu'il tiendrait mais que le pont, dont on parle, fermera.", 6},
        {"de", "Der Mann, der und aber sagte.", 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_doc *d = rcp_doc_new(rows[r].text, strlen(rows[r].text),
                                 rows[r].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        int n = 0;
        for (size_t t = 0; t < d->ntoks; t++) {
            const rcp_token *k = &d->toks[t];
            int w = rcp__clause_opener(d->lang_class, k->norm, k->norm_len);
            CHECK_INT(rcp__tok_opener(d, k), w);
            n += w;
        }
        CHECK_INT(n, rows[r].openers);
        rcp_doc_free(d);
    }
}

/* The first sentence of text in language lang, parsed into *d (freed by
 * the caller), or NULL when there is none or it is longer than 256
 * tokens. */
static const rcp_sentence *first_sentence(const char *lang,
                                          const char *text, rcp_doc **d)
{
    *d = rcp_doc_new(text, strlen(text), lang);
    if (!*d || !(*d)->nsents || (*d)->sents[0].ntok > 256)
        return NULL;
    return &(*d)->sents[0];
}

/* The asides of the first sentence of text (rcp__clause_asides), as
 * "[...]" around each run of aside tokens, tokens joined by spaces. */
static void asides_of(const char *lang, const char *text, char *out,
                      size_t cap)
{
    out[0] = 0;
    rcp_doc *d;
    const rcp_sentence *s = first_sentence(lang, text, &d);
    uint8_t kind[256], aside[256];
    if (s) {
        rcp__claim_predicates(d, s->tok, s->tok + s->ntok, kind);
        rcp__clause_asides(d, s->tok, s->tok + s->ntok, kind, aside);
        size_t o = 0;
        for (uint32_t i = 0; i < s->ntok; i++) {
            const rcp_token *k = &d->toks[s->tok + i];
            int open = aside[i] && (!i || !aside[i - 1]);
            int close = aside[i] && (i + 1 == s->ntok || !aside[i + 1]);
            int w = snprintf(out + o, cap - o, "%s%s%.*s%s", i ? " " : "",
                             open ? "[" : "", (int)k->len, d->text + k->off,
                             close ? "]" : "");
            if (w < 0 || (size_t)w >= cap - o)
                break;
            o += (size_t)w;
        }
    }
    rcp_doc_free(d);
}

/* What describes a name, not the claim: appositions after a name (not
 * after a complement that opens the sentence, not a verb or a list of
 * names), leading ones, relative clauses about a name or about the
 * subject (to where the main clause resumes), not about an object nor
 * without a verb ("dont son président X"). */
TEST(clauses_asides_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        {"en", "The sheriff praised Ortiz, a 15-year department veteran.",
         "The sheriff praised Ortiz , [a 15-year department veteran .]"},
        {"en", "A 15-year department veteran, Ortiz had hoped to become a "
               "detective.",
         "[A 15-year department veteran] , Ortiz had hoped to become a "
         "detective ."},
        {"en", "Ortiz, 35, was a 15-year member of the department.",
         "Ortiz , [35] , was a 15-year member of the department ."},
        {"en", "Esther Williams, the swimming champion turned actress who "
               "starred in musicals, has died.",
         "Esther Williams , [the swimming champion turned actress who "
         "starred in musicals] , has died ."},
        {"fr", "Personne ne sait où est Jérôme Kerviel : le trader qui a "
               "fait perdre 5 milliards d'euros à la banque serait en "
               "fuite.",
         "Personne ne sait où est Jérôme Kerviel : le trader [qui a fait "
         "perdre 5 milliards d' euros à la banque] serait en fuite ."},
        {"fr", "La mère de Mohamed, le garçon retrouvé seul à Marseille, a "
               "été placée en garde à vue.",
         "La mère de Mohamed , [le garçon retrouvé seul à Marseille] , a "
         "été placée en garde à vue ."},
        /* none: a complement opening the sentence, a list of names, an
         * adverb before the verb, a relative about an object, "dont"
         * without a verb */
        {"fr", "Depuis New Delhi, le chef de l'Etat a fustigé le système.",
         "Depuis New Delhi , le chef de l' Etat a fustigé le système ."},
        {"en", "Greenpeace, Defenders of Wildlife and the Center filed "
               "suit.",
         "Greenpeace , Defenders of Wildlife and the Center filed suit ."},
        {"en", "Congress, in the act, specifically authorized the "
               "secretaries to revoke the regulation.",
         "Congress , in the act , specifically authorized the secretaries "
         "to revoke the regulation ."},
        {"fr", "Il est soupçonné d'avoir pris des positions qui ont conduit "
               "à une perte de 751 millions d'euros.",
         "Il est soupçonné d' avoir pris des positions qui ont conduit à "
         "une perte de 751 millions d' euros ."},
        {"fr", "Les trois dirigeants de la Caisse, dont son président "
               "Charles Milhaud, ont dû quitter leur poste.",
         "Les trois dirigeants de la Caisse , dont son président Charles "
         "Milhaud , ont dû quitter leur poste ."},
    };
    char got[512];
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        asides_of(rows[r].lang, rows[r].text, got, sizeof got);
        if (strcmp(got, rows[r].want))
            fprintf(stderr, "# row %zu: got [%s]\n", r, got);
        CHECK_STR(got, rows[r].want);
    }
}

/* The main claim of the first sentence of text (rcp__clause_main), each
 * run of tokens marked by what it is: [attribution], {actor}, <verb>,
 * (outside the main clause), the rest of the main clause as it is. */
/* The first sentence of text, its doc in *d (to free), and the
 * RCP__ROLE_* of its tokens in role (rcp__clause_main); NULL when none. */
static const rcp_sentence *roles_of(const char *lang, const char *text,
                                    rcp_doc **d, uint8_t *role)
{
    const rcp_sentence *s = first_sentence(lang, text, d);
    uint8_t kind[256], aside[256];
    uint32_t starts[RCP__MAX_CHUNKS];
    if (s) {
        uint32_t t0 = s->tok, t1 = s->tok + s->ntok;
        uint32_t n = rcp__clause_starts(*d, t0, t1, starts);
        rcp__claim_predicates(*d, t0, t1, kind);
        rcp__clause_asides(*d, t0, t1, kind, aside);
        rcp__clause_main(*d, t0, t1, starts, n, kind, aside, role);
    }
    return s;
}

static void main_of(const char *lang, const char *text, char *out,
                    size_t cap)
{
    out[0] = 0;
    rcp_doc *d;
    uint8_t role[256];
    const rcp_sentence *s = roles_of(lang, text, &d, role);
    if (s) {
        uint32_t t0 = s->tok;
        size_t o = 0;
        int prev = 0;
        for (uint32_t i = 0; i <= s->ntok; i++) {
            int c = 0; /* 1 attribution, 2 actor, 3 verb, 4 outside */
            if (i < s->ntok)
                c = role[i] & RCP__ROLE_ATTR    ? 1
                    : role[i] & RCP__ROLE_ACTOR ? 2
                    : role[i] & RCP__ROLE_VERB  ? 3
                    : role[i] & RCP__ROLE_MAIN  ? 5
                                                : 4;
            const char *close = prev == 1 ? "]" : prev == 2 ? "}"
                                : prev == 3 ? ">" : prev == 4 ? ")" : "";
            const char *open = c == 1 ? "[" : c == 2 ? "{" : c == 3 ? "<"
                               : c == 4 ? "(" : "";
            if (c == prev)
                close = open = "";
            int w = i < s->ntok
                        ? snprintf(out + o, cap - o, "%s%s%s%.*s", close,
                                   i ? " " : "", open,
                                   (int)d->toks[t0 + i].len,
                                   d->text + d->toks[t0 + i].off)
                        : snprintf(out + o, cap - o, "%s", close);
            if (w < 0 || (size_t)w >= cap - o)
                break;
            o += (size_t)w;
            prev = c;
        }
    }
    rcp_doc_free(d);
}

/* The actor of a sentence's main claim, and its attribution: who says it
 * is not who does it ("X said A": A's subject), a leading subordinate is
 * no main clause, a coordinated clause is a claim of its own, a relative
 * about the subject an aside; "added to" is no verb of saying. */
TEST(clauses_main_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        {"en", "Officers found a gun in the vehicle, police said.",
         "{Officers} <found> a gun in the vehicle , [police said .]"},
        {"en", "Undersheriff Larry Waldie said Ortiz had arrived for work "
               "early.",
         "[Undersheriff Larry Waldie said] {Ortiz} had <arrived> for work "
         "early ."},
        {"en", "After hitting her, the suspect sideswiped a parked vehicle "
               "and drove away.",
         "(After hitting her ,) {the suspect} <sideswiped> a parked vehicle "
         "(and drove away .)"},
        {"en", "Page suffered a heart attack nine days earlier and never "
               "regained consciousness.",
         "{Page} <suffered> a heart attack nine days earlier (and never "
         "regained consciousness .)"},
        {"en", "Bettie Page, whose photos made her a cult favorite, died "
               "on Thursday.",
         "{Bettie Page ,} (whose photos made her a cult favorite ,) <died> "
         "on Thursday ."},
        {"en", "The Marshals have added the man to their list of "
               "fugitives.",
         "{The Marshals} <have> added the man to their list of fugitives "
         "."},
        {"fr", "Le parquet a ouvert une enquête, selon une source "
               "judiciaire.",
         "{Le parquet} a <ouvert> une enquête , [selon une source "
         "judiciaire .]"},
        {"fr", "Le ministre a déclaré que la banque avait perdu 5 milliards "
               "d'euros.",
         "[Le ministre a déclaré que] {la banque} avait <perdu> 5 "
         "milliards d' euros ."},
        /* the impersonal attribution with "on", inverted: ", a-t-on
         * appris", ", apprend-on", like ", a-t-il dit" */
        {"fr", "Le suspect a été arrêté, a-t-on appris mercredi de source "
               "policière.",
         "{Le suspect} a été <arrêté> , [a -t-on appris mercredi] (de "
         "source policière .)"},
        {"fr", "Le suspect a été arrêté, apprend-on de source policière.",
         "{Le suspect} a été <arrêté> , [apprend -on] (de source "
         "policière .)"},
        {"fr", "Le suspect a été arrêté, a-t-il dit.",
         "{Le suspect} a été <arrêté> , [a -t-il dit .]"},
        /* the pronoun "s'" is no "si" */
        {"fr", "Le 21 juillet, Ingrid Betancourt et ses enfants s'envolent "
               "pour les Seychelles.",
         "(Le 21 juillet ,) {Ingrid Betancourt et ses enfants s'} <envolent> "
         "pour les Seychelles ."},
        /* a French sentence that opens on "Des" / "Du" and a verb, in
         * its chunk or after the subject's relatives, opens on its
         * subject's article, not on "de les" / "de le" (its noun no
         * verb: "images", of "imager"); a complement's "Des" stays one */
        {"fr", "Des perquisitions ont eu lieu vendredi soir au siège.",
         "{Des perquisitions} <ont> eu lieu vendredi soir au siège ."},
        {"fr", "Du sang a été retrouvé sur place.",
         "{Du sang} a été <retrouvé> sur place ."},
        {"fr", "Des images inédites de la libération, dont une vidéo, ont "
               "été diffusées lundi soir.",
         "{Des images inédites de la libération ,} (dont une vidéo ,) ont "
         "été <diffusées> lundi soir ."},
        /* ... and so does a chunk after an opening complement or an
         * attribution */
        {"fr", "Selon la police, des manifestants ont été arrêtés mardi.",
         "[Selon la police ,] {des manifestants} ont été <arrêtés> mardi ."},
        {"fr", "Vendredi soir, des milliers de personnes ont manifesté.",
         "{Vendredi soir , des milliers de personnes} ont <manifesté> ."},
        {"fr", "Des deux côtés de la frontière, les habitants ont fui.",
         "(Des deux côtés de la frontière ,) {les habitants} ont <fui> ."},
        /* "il y a deux semaines": "a" is no auxiliary */
        {"fr", "La mère de Mohamed, le garçonnet trouvé seul dans une cité "
               "de Marseille il y a deux semaines, a été placée en garde à "
               "vue hier soir.",
         "{La mère de Mohamed ,} (le garçonnet trouvé seul dans une cité de "
         "Marseille il y a deux semaines) {,} a été <placée> en garde à vue "
         "hier soir ."},
        /* an adverb of two words between the auxiliary and its
         * participle ("de nouveau", "en effet", "d'ailleurs"): the
         * participle is the predicate; not "en train de", whose third
         * word is no verb */
        {"fr", "La mission a de nouveau exclu toute légalisation de "
               "l'euthanasie.",
         "{La mission} a de nouveau <exclu> toute légalisation de l' "
         "euthanasie ."},
        {"fr", "Ces dernières avaient d'ailleurs brandi la menace de "
               "sanctions.",
         "{Ces dernières} avaient d' ailleurs <brandi> la menace de "
         "sanctions ."},
        {"fr", "Le trader était en train de perdre des milliards.",
         "{Le trader} <était> en train de perdre des milliards ."},
        /* a negative contraction is an auxiliary; "became" a copula */
        {"en", "He didn't want to make a snap decision.",
         "{He} didn't <want> to make a snap decision ."},
        {"en", "He became president in 2006 after the death of Niyazov.",
         "{He} <became> president in 2006 after the death of Niyazov ."},
        /* "and" between capitalised words is in a name */
        {"en", "The rules don't require agencies to consult the Fish and "
               "Wildlife Service, the lawsuit said.",
         "{The rules} don't <require> agencies to consult the Fish and "
         "Wildlife Service , (the lawsuit said .)"},
        /* a relative clause goes on over "and" and a verb; the main
         * clause resumes at a sure verb, not at a noun read as one */
        {"en", "A former employee who opened fire at an office Christmas "
               "party and killed one man has been charged with murder.",
         "{A former employee} (who opened fire at an office Christmas party "
         "and killed one man) has been <charged> with murder ."},
        /* an infinitive, or an -ing form that opens the sentence, is no
         * finite verb of the clause */
        {"en", "A grandmother crossing a street to attend a service was "
               "struck by a car.",
         "{A grandmother crossing a street to attend a service} was "
         "<struck> by a car ."},
        {"en", "Rescinding a rule would require the administration to "
               "restart the process.",
         "{Rescinding a rule} would <require> the administration to "
         "restart the process ."},
        /* the first word before a verb of saying is its subject */
        {"en", "Fanning said the gunman entered the party around 4 p.m.",
         "[Fanning said] {the gunman} <entered> the party around 4 p.m ."},
        /* what the main clause claims, not when or why (session 13): a
         * subordinate clause after it with a verb of its own tells when
         * or why ("as ...", "when ...", "lorsque ..."; not after a noun
         * phrase, nor "if": what is claimed); a participle after a noun,
         * before the clause's own verb, tells of that noun; a
         * participle that opens the sentence is no main clause */
        {"en", "Police arrested the man as officers searched the house.",
         "{Police} <arrested> the man (as officers searched the house .)"},
        {"en", "The ship turned back when it received a distress call.",
         "{The ship} <turned> back (when it received a distress call .)"},
        /* ... but what a progressive or a copula sets the scene for is
         * the claim ("was patrolling ... when it received") */
        {"en", "The ship was patrolling the waters when it received a "
               "distress call.",
         "{The ship} was <patrolling> the waters when it received a "
         "distress call ."},
        /* a noun read as a verb makes no clause */
        {"en", "He has experience as an awards show host.",
         "{He} has <experience> as an awards show host ."},
        {"fr", "Le trader a été arrêté lorsqu'il a quitté la banque.",
         "{Le trader} a été <arrêté> (lorsqu' il a quitté la banque .)"},
        /* no verb after the subordinator; "if" opens the claim */
        {"en", "He died after a long illness.",
         "{He} <died> after a long illness ."},
        {"en", "Palin apologized if the fire was linked to her campaign.",
         "{Palin} <apologized> if the fire was linked to her campaign ."},
        /* a participle that tells of the noun before it */
        {"fr", "Le rapport remis mardi au Premier ministre recommande un "
               "observatoire.",
         "{Le rapport remis mardi au Premier ministre} <recommande> un "
         "observatoire ."},
        {"en", "The vessel destroyed by the navy was a Thai trawler.",
         "{The vessel destroyed by the navy} <was> a Thai trawler ."},
        /* ... past a bracket: the aside does not end its clause */
        {"fr", "Le rapport remis par Jean Leonetti (UMP) sur la fin de vie "
               "a exclu toute légalisation.",
         "{Le rapport remis par Jean Leonetti ( UMP ) sur la fin de vie} "
         "a <exclu> toute légalisation ."},
        {"en", "The man arrested by police (a local baker) was released.",
         "{The man arrested by police ( a local baker )} was <released> ."},
        /* ... not the verb of its clause */
        {"fr", "Le trader aurait enfreint l'interdiction.",
         "{Le trader} aurait <enfreint> l' interdiction ."},
        {"en", "The navy seized seven rifles.",
         "{The navy} <seized> seven rifles ."},
        /* a noun read as a verb before the clause's verb; a noun after
         * a copula and a preposition is no participle */
        {"en", "An Indian navy ship sent its commandos.",
         "{An Indian navy ship} <sent> its commandos ."},
        {"en", "The pirates on two speed boats had surrounded the vessel.",
         "{The pirates on two speed boats} had <surrounded> the vessel ."},
        {"en", "The ship was on anti-piracy patrol when it received a "
               "distress call.",
         "{The ship} <was> on anti-piracy patrol when it received a "
         "distress call ."},
        /* a participle that opens the sentence */
        {"fr", "Remis hier au Premier ministre, le rapport suscite la "
               "polémique.",
         "(Remis hier au Premier ministre ,) {le rapport} <suscite> la "
         "polémique ."},
        /* a French past infinitive after a verb of saying states what
         * its subject did, not what another did ("avoir" is no noun) */
        {"fr", "L'entreprise a annoncé avoir perdu deux millions d'euros.",
         "{L' entreprise} a annoncé avoir <perdu> deux millions d' euros ."},
        {"fr", "Le club avait affirmé lundi avoir déjà payé la somme.",
         "{Le club} avait affirmé lundi avoir déjà <payé> la somme ."},
        {"fr", "Le maire affirme avoir reçu des menaces.",
         "{Le maire} affirme avoir <reçu> des menaces ."},
    };
    char got[512];
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        main_of(rows[r].lang, rows[r].text, got, sizeof got);
        if (strcmp(got, rows[r].want))
            fprintf(stderr, "# row %zu: got [%s]\n", r, got);
        CHECK_STR(got, rows[r].want);
    }
}

/* Row r of a marking table: the words of text whose role has bit are
 * want (space-separated, "" for none). */
static void check_marked(size_t r, const char *lang, const char *text,
                         uint8_t bit, const char *want)
{
    char out[256];
    size_t cap = sizeof out;
    out[0] = 0;
    rcp_doc *d;
    uint8_t role[256];
    const rcp_sentence *s = roles_of(lang, text, &d, role);
    if (s) {
        size_t o = 0;
        for (uint32_t i = 0; i < s->ntok; i++) {
            const rcp_token *k = &d->toks[s->tok + i];
            if (!(role[i] & bit) || !(k->flags & RCP_TOK_WORD))
                continue;
            int w = snprintf(out + o, cap - o, "%s%.*s", o ? " " : "",
                             (int)k->len, d->text + k->off);
            if (w < 0 || (size_t)w >= cap - o)
                break;
            o += (size_t)w;
        }
    }
    rcp_doc_free(d);
    if (strcmp(out, want))
        fprintf(stderr, "# row %zu: got [%s]\n", r, out);
    CHECK_STR(out, want);
}

/* The clauses coordinated with the main one that state a second claim
 * (RCP__ROLE_MORE): a coordinator and a finite verb of their own, up to
 * the attribution; not a list of nouns, an infinitive or a noun read as
 * a verb. Row: the words so marked. */
TEST(clauses_more_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        {"en", "The gunman fired at the guard, hitting him in the chest, "
               "and left the building, police said.",
         "and left the building"},
        {"en", "Page suffered a heart attack nine days earlier and never "
               "regained consciousness.",
         "and never regained consciousness"},
        {"en", "She suffered a nervous breakdown and soon after moved to "
               "California.",
         "and soon after moved to California"},
        {"en", "The navy has arrested 23 Somali and Yemeni pirates who "
               "tried to storm a ship.",
         ""},
        {"en", "He ran into the shop and in what seemed like minutes, "
               "police were on the scene.",
         "and in what seemed like minutes police were on the scene"},
        {"fr", "La mission suggère la création d'un observatoire chargé de "
               "faire connaître la loi et d'étudier la réalité des "
               "situations médicales.",
         ""},
        {"fr", "Des médecins pourraient intervenir dans les cas litigieux "
               "ou les plus complexes.",
         ""},
        {"fr", "La nourrice a menti pendant douze jours et l'enfant a été "
               "retrouvé seul dans une cité.",
         "et l' enfant a été retrouvé seul dans une cité"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_marked(r, rows[r].lang, rows[r].text, RCP__ROLE_MORE,
                     rows[r].want);
}

/* A French present participle set apart after the main verb
 * (RCP__ROLE_PART): what the subject also does, through the end of its
 * chunk; not a verb of saying, nor a noun of that form, nor a participle
 * before the main verb. Row: the words so marked. */
TEST(clauses_participle_table)
{
    static const struct {
        const char *lang, *text, *want;
    } rows[] = {
        {"fr", "Le ministre a visité une usine vendredi, poursuivant sa "
               "tournée en Asie, selon son cabinet.",
         "poursuivant sa tournée en Asie"},
        {"fr", "Le ministre a visité une usine, ajoutant que sa tournée se "
               "poursuivrait.",
         ""},
        {"fr", "Le ministre a rencontré Paul, dirigeant de la région.", ""},
        {"fr", "Poursuivant sa tournée, le ministre a visité une usine.", ""},
        {"en", "The minister visited a plant, continuing his tour of Asia.",
         ""},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_marked(r, rows[r].lang, rows[r].text, RCP__ROLE_PART,
                     rows[r].want);
}

/* A sentence with a verb of any kind (rcp__clause_has_verb): a predicate,
 * an auxiliary, a stopword verb, a contraction; none in a heading, a
 * caption or a fragment, whose nouns made from verbs are no verb. */
TEST(clauses_has_verb_table)
{
    static const struct {
        const char *lang, *text;
        int verb;
    } rows[] = {
        {"fr", "Le gymnaste, dernier porteur de la flamme olympique", 0},
        {"fr", "Avant la proclamation officielle et l'allumage de la flamme "
               "par l'ancien gymnaste.", 0},
        {"en", "County Sheriff's Department, California", 0},
        {"en", "Besides the film and her reality show.", 1},
        {"fr", "Le rapport, comme les précédents d'ailleurs, prône le "
               "développement des soins palliatifs.", 1},
        {"fr", "Il est vice-président de l'association.", 1},
        {"fr", "Cela fait deux semaines.", 1},
        {"en", "She was 85.", 1},
        /* a possessive "'s" glued to a name or a noun is no verb */
        {"en", "Gray's revolver", 0},
        {"en", "the sheriff’s new patrol car", 0},
        {"en", "Officer Gray's gun and the suspect's knife", 0},
        {"en", "The suspect's car crashed.", 1},
        {"en", "The sheriff's office says so.", 1},
        {"en", "It's Gray's.", 1},
        {"en", "It's tough.", 1},
        {"en", "If we're in a lockdown, at least we have beers.", 1},
        {"en", "It makes me sad.", 1},
        {"en", "The gunman fired at the guard.", 1},
        /* another language: no list tells its verbs, so no clause of it
         * is taken for verbless (a heading, a caption) */
        {"es", "Los bomberos tardaron seis horas en controlar las llamas.", 1},
        {"de", "Die Reparatur soll drei Monate dauern.", 1},
        {"it", "Una scossa ha colpito l'Umbria venerdì.", 1},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_doc *d;
        const rcp_sentence *s = first_sentence(rows[r].lang, rows[r].text, &d);
        CHECK(s != NULL);
        if (s) {
            uint8_t kind[256];
            rcp__claim_predicates(d, s->tok, s->tok + s->ntok, kind);
            int got = rcp__clause_has_verb(d, s->tok, s->tok + s->ntok, kind);
            if (got != rows[r].verb)
                fprintf(stderr, "# row %zu: verb %d\n", r, got);
            CHECK_INT(got, rows[r].verb);
        }
        rcp_doc_free(d);
    }
}

/* Coordinators are words of the doc's own language: no French or English
 * one splits a clause of another language (Portuguese "mais" is "more",
 * "ou" "or"; Spanish "so" is "under"), and a NULL list holds no word. */
TEST(clauses_coordinator_by_language)
{
    static const struct {
        const char *lang, *text;
        const char *coord; /* 1 for each token that is a coordinator */
    } rows[] = {
        {"fr", "mais ou et and", "1110"},
        {"en", "mais ou et and", "0001"},
        {"pt", "mais ou et and", "0000"},
        {"es", "so y and pero", "0000"},
        {"de", "und aber et and", "0000"},
        {"", "and et", "00"},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++)
        check_tokens(rows[r].lang, rows[r].text, rows[r].coord,
                     rcp__tok_coordinator);
    CHECK(!rcp__word_listed(NULL, "and", 3, rcp__hash("and", 3, 0)));
}

/* rcp__word_listed finds each word of a static list, and no other word,
 * whether the list sits in its hash table or is read through: a list
 * longer than a table holds (LIST_SLOTS / 2 words) is read through; the
 * first LISTS lists asked about (256) have tables. */
static const char *const listed_short[] = {"and", "mais", "qu'", "a", NULL};
static const char *listed_long[100];
static char listed_long_words[100][8];
static const char *listed_many[80][2];

static int listed(const char *const *l, const char *w)
{
    return rcp__word_listed(l, w, strlen(w), rcp__hash(w, strlen(w), 0));
}

TEST(word_listed_table)
{
    static const struct {
        const char *w;
        int in;
    } rows[] = {{"and", 1}, {"mais", 1}, {"qu'", 1}, {"a", 1},
                {"an", 0},  {"mai", 0},  {"maiss", 0}, {"qu", 0},
                {"b", 0},   {"And", 0}};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(rows); i++)
        CHECK_INT(listed(listed_short, rows[i].w), rows[i].in);
    CHECK_INT(rcp__word_listed(listed_short, "and", 0, 0), 0);
    for (int i = 0; i < 99; i++) {
        snprintf(listed_long_words[i], sizeof listed_long_words[i], "w%d", i);
        listed_long[i] = listed_long_words[i];
    }
    for (int i = 0; i < 99; i++)
        CHECK(listed(listed_long, listed_long_words[i]));
    CHECK(!listed(listed_long, "w99"));
    CHECK(!listed(listed_long, "w"));
    for (size_t i = 0; i < RCP_ARRAY_SIZE(listed_many); i++) {
        listed_many[i][0] = listed_long_words[i];
        CHECK(listed(listed_many[i], listed_long_words[i]));
        CHECK(!listed(listed_many[i], listed_long_words[i + 1]));
    }
    /* asked again, from their tables */
    for (size_t i = 0; i < RCP_ARRAY_SIZE(rows); i++)
        CHECK_INT(listed(listed_short, rows[i].w), rows[i].in);
    /* each short list has a table of its own, the 80 after the others
     * the program asks about (98) too; the long one is read through */
    CHECK(rcp__word_list_table(listed_short));
    for (size_t i = 0; i < RCP_ARRAY_SIZE(listed_many); i++)
        CHECK(rcp__word_list_table(listed_many[i]));
    CHECK(!rcp__word_list_table(listed_long));
}
