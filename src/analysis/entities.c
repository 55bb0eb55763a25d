/*
 * entities.c - the people, organisations and places of a story: names
 * found in every doc, spellings merged across the story, a type for each.
 *
 * How it works.
 *
 * 1. Two story-wide sets come first: the words seen in lower case
 *    (a capitalised "Russe" or "Fusil" that is also written "russe" is a
 *    common word), and the words seen capitalised away from the start of a
 *    sentence (a sentence-initial "Peskov" is a name if "Peskov" appears
 *    capitalised elsewhere).
 * 2. A mention is a run of capitalised words in one sentence, which may
 *    take connectors (de, du, of, von...) when its head calls for them
 *    (Corée du Nord, Forces armées de Colombie, Bank of America) and
 *    initials (George W. Bush). Leading determiners, titles (M., Mme,
 *    President), capitalised common words and words that start a sentence
 *    and are seen in lower case elsewhere are stripped; what is left must
 *    look like a name (see keep_single). Each mention gathers evidence for
 *    a type: a title or a role before it and a common first name say
 *    person; an organisation word (Ministère, Agence, Inc, Kremlin) or an
 *    acronym says organisation; a gazetteer hit or a preposition of place
 *    (en, au, in, at) says place.
 * 3. Spellings are grouped by a phonetic key (rcp__name_key below), so
 *    Kim Jong-un, Kim Jong Un and Kim Jong-Un share one "form", and so do
 *    Vostochny / Vostotchny and Shoigu / Choïgou. Forms of several
 *    words that are two spellings of one name (rcp__name_spellings: one
 *    word a letter apart, "Latonya Brown" / "Latoya Brown") join too
 *    (join_spellings). A one-word form (Peskov,
 *    Kim) then joins the longer form whose last word (or, failing that,
 *    first word, and then only into a clear person: Kim -> Kim Jong-un,
 *    not Washington -> Washington Wizards) has the same key, when only
 *    one such entity exists in the story or one has at least three times
 *    the mentions of the rest, and their types do not clearly differ.
 * 4. An entity is a group of forms: its name is the most frequent spelling
 *    of its best form: several words rather than one, seen twice rather
 *    than once, longer rather than shorter; its type the one
 *    with the most evidence summed over all its mentions (MISC when the
 *    evidence is thin or split).
 * Cost: linear in the tokens; in step 3 each one-word form looks only at
 * the longer forms that share its key (chained by the key of their first
 * and last words).
 */
#include "analysis/lexicon.h"
#include "analysis/nlp_priv.h"

#include <stdlib.h>

/* ---- the phonetic key ----
 * Folded input (lower case, no accents). Drops everything but letters and
 * digits, then, in one left-to-right pass:
 *   tch, tsch -> ch      (Vostotchny / Vostochny)
 *   sch, sh -> ch        (Shoigu / Choïgou after ou -> u)
 *   kh -> h, ph -> f, ck -> k, dh -> d, th -> t
 *   ou -> u, oo -> u     (Choïgou / Shoigu, Poutine / Putin)
 *   gu before e/i -> g   (Sergueï / Sergei)
 *   y -> i, w -> v, j after a vowel -> i (Dmitry / Dmitri, Peskow)
 *   ie at the end -> i, a final e after a consonant is dropped
 *                         (Poutine / Putin)
 *   double letters -> one (Zelenskyy / Zelenski)
 *   l' and d' inside a name are dropped (Komsomolsk-sur-l'Amour)
 * The key is only used to group names: it is deliberately coarse, and two
 * different people rarely share one inside a single story. */
size_t rcp__name_key(const char *w, size_t n, char *out)
{
    char tmp[256];
    size_t m = 0;
    for (size_t i = 0; i < n && m < sizeof tmp - 1; i++) {
        char c = w[i];
        /* an elided article inside a name: Komsomolsk-sur-l'Amour */
        if ((c == 'l' || c == 'd') && i + 1 < n && w[i + 1] == '\'' &&
            (i == 0 || w[i - 1] == '-' || w[i - 1] == ' ')) {
            i++;
            continue;
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            tmp[m++] = c;
        else if (c >= 'A' && c <= 'Z')
            tmp[m++] = (char)(c + 32);
    }
    size_t o = 0;
    for (size_t i = 0; i < m; i++) {
        char c = tmp[i];
        char nx = i + 1 < m ? tmp[i + 1] : 0;
        char nx2 = i + 2 < m ? tmp[i + 2] : 0;
        if (c == 't' && nx == 's' && nx2 == 'c' && i + 3 < m &&
            tmp[i + 3] == 'h') {
            c = 'c', i += 3; /* tsch */
            out[o++] = 'c';
            out[o++] = 'h';
            continue;
        }
        if (c == 't' && nx == 'c' && nx2 == 'h') {
            out[o++] = 'c';
            out[o++] = 'h';
            i += 2;
            continue;
        }
        if (c == 's' && nx == 'c' && nx2 == 'h') {
            out[o++] = 'c';
            out[o++] = 'h';
            i += 2;
            continue;
        }
        if (c == 's' && nx == 'h') {
            out[o++] = 'c';
            out[o++] = 'h';
            i += 1;
            continue;
        }
        if ((c == 'k' || c == 'd' || c == 't') && nx == 'h') {
            c = c == 'k' ? 'h' : c;
            i += 1;
        } else if (c == 'p' && nx == 'h') {
            c = 'f';
            i += 1;
        } else if (c == 'c' && nx == 'k') {
            c = 'k';
            i += 1;
        } else if ((c == 'o' && nx == 'u') || (c == 'o' && nx == 'o')) {
            c = 'u';
            i += 1;
        } else if (c == 'g' && nx == 'u' && (nx2 == 'e' || nx2 == 'i')) {
            i += 1;
        } else if (c == 'y') {
            c = 'i';
        } else if (c == 'w') {
            c = 'v';
        } else if (c == 'j' && o > 0 && strchr("aeiou", out[o - 1])) {
            c = 'i';
        }
        if (o > 0 && out[o - 1] == c)
            continue; /* double letters */
        out[o++] = c;
    }
    /* final e after a consonant; ie at the end */
    if (o > 3 && out[o - 1] == 'e' && !strchr("aeiou", out[o - 2]))
        o--;
    else if (o > 3 && out[o - 1] == 'e' && out[o - 2] == 'i')
        o--;
    out[o] = 0;
    return o;
}

/* ---- two spellings of one name ----
 * Keys of two words one spelling apart: equal; one edit apart (a letter
 * added, dropped or changed, or two neighbours swapped) when both keys
 * have SPELL_MIN letters or more ("Latonya" / "Latoya", "Advisers" /
 * "Advisors", "Salahuddin" / "Salahaddin"); or the same stem of
 * SPELL_STEM letters or more with endings of at most three letters
 * ("Distribution" / "Distributors"). Not "Louis" / "Luc" (two edits),
 * nor "Commodore" / "Commander". */
#define SPELL_MIN 5
#define SPELL_STEM 7

static int keys_one_apart(const char *a, size_t x, const char *b, size_t y)
{
    if (x == y && !memcmp(a, b, x))
        return 1;
    size_t p = 0;
    while (p < x && p < y && a[p] == b[p])
        p++;
    if (p >= SPELL_STEM && x - p <= 3 && y - p <= 3)
        return 1;
    if (x < SPELL_MIN || y < SPELL_MIN)
        return 0;
    if (x == y) {
        if (!memcmp(a + p + 1, b + p + 1, x - p - 1))
            return 1; /* changed */
        return p + 1 < x && a[p] == b[p + 1] && a[p + 1] == b[p] &&
               !memcmp(a + p + 2, b + p + 2, x - p - 2); /* swapped */
    }
    if (x + 1 == y)
        return !memcmp(a + p, b + p + 1, x - p); /* added */
    if (y + 1 == x)
        return !memcmp(a + p + 1, b + p, y - p); /* dropped */
    return 0;
}

/* The phonetic keys of the words of a name (split at spaces, hyphens,
 * periods and apostrophes), each ending with a 0, into out; returns the
 * number of words, or -1 when they do not fit. */
static int name_word_keys(const char *p, size_t n, char *out, size_t cap)
{
    int k = 0;
    size_t o = 0, i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !strchr(" -.'\n", p[j]))
            j++;
        if (j > i) {
            char tmp[256];
            if (j - i >= sizeof tmp || o + (j - i) + 1 > cap)
                return -1;
            size_t m = rcp__name_key(p + i, j - i, tmp);
            memcpy(out + o, tmp, m + 1);
            o += m + 1;
            k++;
        }
        i = j + 1;
    }
    return k;
}

int rcp__name_spellings(const char *a, size_t al, const char *b, size_t bl)
{
    char x[512], y[512];
    int nx = name_word_keys(a, al, x, sizeof x);
    int ny = name_word_keys(b, bl, y, sizeof y);
    if (nx <= 0 || nx != ny)
        return 0;
    int apart = 0;
    for (const char *p = x, *q = y; nx-- > 0;) {
        size_t m = strlen(p), n = strlen(q);
        if (m != n || memcmp(p, q, m)) {
            if (apart++ || !keys_one_apart(p, m, q, n))
                return 0;
        }
        p += m + 1, q += n + 1;
    }
    return 1;
}

/* ---- story-wide word sets ---- */

typedef struct story_sets {
    rcp__map lower; /* hnorm of words seen in lower case */
    rcp__map cap;   /* hnorm of words seen capitalised, not sentence-first */
} story_sets;

static int is_word(const rcp_token *t)
{
    return (t->flags & RCP_TOK_WORD) != 0;
}

static int is_cap(const rcp_token *t)
{
    return (t->flags & (RCP_TOK_WORD | RCP_TOK_CAP)) ==
           (RCP_TOK_WORD | RCP_TOK_CAP);
}

/* Does the straight " at toks[k] close a quotation, however it is spaced
 * (wire text spaced as 'wrong, "King said')? When the straight marks of
 * its paragraph before it are odd in number, or when it is the first of
 * an odd number and not the paragraph's first token (a quotation that
 * the paragraph before left open). Paragraphs longer than PAR_SCAN
 * tokens are not counted (the spacing decides). */
enum { PAR_SCAN = 400 };

static int straight_closes_par(const rcp_doc *d, size_t k)
{
    const rcp_sentence *s = &d->sents[d->toks[k].sent];
    const rcp_paragraph *pg = &d->paras[s->para];
    size_t t0 = d->sents[pg->sent].tok;
    const rcp_sentence *ls = &d->sents[pg->sent + pg->nsent - 1];
    size_t t1 = ls->tok + ls->ntok;
    if (t1 - t0 > PAR_SCAN)
        return 0;
    size_t before = 0, all = 0;
    for (size_t m = t0; m < t1; m++)
        if ((d->toks[m].flags & RCP_TOK_QUOTE) && rcp__tok_cp(d, &d->toks[m]) == '"') {
            all++;
            before += m < k;
        }
    return (before & 1) || (before == 0 && k > t0 && (all & 1));
}

/* Is token k in first position: sentence start (or a sentence end inside
 * a quotation before it), after an opening quote, a colon, a dash or a
 * bracket, or first of its paragraph? */
static int initial_pos(const rcp_doc *d, size_t k)
{
    const rcp_token *t = &d->toks[k];
    if (t->flags & RCP_TOK_SSTART)
        return 1;
    if (k == 0)
        return 1;
    const rcp_token *p = &d->toks[k - 1];
    if (!(p->flags & RCP_TOK_PUNCT))
        return 0;
    int32_t cp = rcp__tok_cp(d, p);
    if (p->flags & RCP_TOK_QUOTE) {
        /* only an opening mark: « “ „ ‹, or " after a space */
        if (cp == 0xBB || cp == 0x201D || cp == 0x203A)
            return 0;
        if (cp == '"' && straight_closes_par(d, k - 1))
            return 0;
        if (cp == '"' || cp == '\'' || cp == 0x2019)
            return p->off == 0 || d->text[p->off - 1] == ' ' ||
                   d->text[p->off - 1] == '\n' || d->text[p->off - 1] == '(';
        return 1;
    }
    /* a sentence end inside a short quotation, which the splitter keeps
     * whole (« Ma lune, mes étoiles. Pardonnez-moi de dire cela »): a
     * terminator, and for a full stop one after a lower-case word or a
     * number (M. Dupont, J. Dupont, U.S. Army are no ends) */
    if (cp == '!' || cp == '?' || cp == 0x2026 || (cp == '.' && p->len > 1))
        return 1;
    if (cp == '.' && k >= 2) {
        const rcp_token *w = &d->toks[k - 2];
        return ((w->flags & RCP_TOK_NUM) ||
                (is_word(w) && !(w->flags & RCP_TOK_CAP) && w->len > 1)) &&
               !(rcp__lex_tok(w) & LX_TITLE);
    }
    /* ‘ is no RCP_TOK_QUOTE (it is also an apostrophe), but opens here */
    return cp == ':' || cp == '(' || cp == '-' || cp == 0x2013 ||
           cp == 0x2014 || cp == 0x2022 || cp == '[' || cp == '/' ||
           cp == '|' || cp == 0x2018;
}

static int build_sets(rcp__nlp_ctx *c, story_sets *s)
{
    for (size_t i = 0; i < c->n; i++) {
        const rcp_doc *d = c->docs[i];
        for (size_t k = 0; k < d->ntoks; k++) {
            const rcp_token *t = &d->toks[k];
            if (!is_word(t))
                continue;
            rcp__map *m = NULL;
            if (!(t->flags & RCP_TOK_CAP))
                m = &s->lower;
            else if (!initial_pos(d, k))
                m = &s->cap;
            if (m && !rcp__map_put(m, t->hnorm))
                return RCP_ENOMEM;
        }
    }
    return 0;
}

static int in_set(const rcp__map *m, const rcp_token *t)
{
    return rcp__map_get(m, t->hnorm) != NULL;
}

/* Seen in lower case, itself or its singular (Russes / russe)? */
static int in_lower(const story_sets *s, const rcp_token *t)
{
    if (in_set(&s->lower, t))
        return 1;
    size_t n = t->norm_len;
    return n > 3 && (t->norm[n - 1] == 's' || t->norm[n - 1] == 'x') &&
           rcp__map_get(&s->lower, rcp__hash(t->norm, n - 1, 0)) != NULL;
}

/* "à" (a folds to the same "a" as the auxiliary) */
static int is_a_grave(const rcp_doc *d, const rcp_token *t)
{
    return t->len == 2 && (memcmp(d->text + t->off, "\xC3\xA0", 2) == 0 ||
                           memcmp(d->text + t->off, "\xC3\x80", 2) == 0);
}

/* The folded words of toks[i..j) joined by one space, into buf. */
static size_t joined(const rcp_doc *d, size_t i, size_t j, char *buf,
                     size_t cap)
{
    size_t o = 0;
    for (size_t k = i; k < j; k++) {
        const rcp_token *t = &d->toks[k];
        if (t->flags & RCP_TOK_PUNCT)
            continue;
        if (o && o < cap)
            buf[o++] = ' ';
        size_t n = RCP_MIN((size_t)t->norm_len, cap - o);
        memcpy(buf + o, t->norm, n);
        o += n;
    }
    return o;
}

static uint32_t lex_span(const rcp_doc *d, size_t i, size_t j)
{
    char buf[256];
    size_t n = joined(d, i, j, buf, sizeof buf);
    return rcp__lex(d->lang_class, buf, n);
}

/* Is t a common first name, or a compound one that opens on one
 * (Anne-Colombe)? */
static int first_name(const rcp_token *t)
{
    if (rcp__lex_tok(t) & LX_FIRST)
        return 1;
    const char *h = memchr(t->norm, '-', t->norm_len);
    return h && (rcp__lex(rcp__tok_class(t), t->norm, (size_t)(h - t->norm)) &
                  LX_FIRST);
}

/* Extend a run of capitalised words starting at i, inside [i, end). */
static size_t extend_span(const rcp_doc *d, size_t i, size_t end)
{
    size_t j = i + 1;
    int joinhead = (rcp__lex_tok(&d->toks[i]) & LX_JOINHEAD) != 0;
    while (j < end) {
        const rcp_token *t = &d->toks[j];
        if (is_cap(t) && !(t->flags & RCP_TOK_SSTART)) {
            joinhead |= (rcp__lex_tok(t) & LX_JOINHEAD) != 0;
            j++;
            continue;
        }
        /* an initial: George W. Bush */
        if ((t->flags & RCP_TOK_PUNCT) && t->len == 1 &&
            d->text[t->off] == '.' && j + 1 < end && is_cap(&d->toks[j + 1]) &&
            d->toks[j - 1].len == 1 && is_cap(&d->toks[j - 1]) && j - 1 > i) {
            j++;
            continue;
        }
        /* a particle: Henri de Castries, Armand de Vasselot, Anne de la
         * Taille (not after a place or an organisation: Banque de France
         * is done above) */
        uint32_t lxi = rcp__lex_tok(&d->toks[i]);
        size_t pa = j == i + 1 && j + 1 < end && first_name(&d->toks[i]) &&
                            rcp__tok_is(t, "de") &&
                            (rcp__tok_is(&d->toks[j + 1], "la") ||
                             rcp__tok_is(&d->toks[j + 1], "l'"))
                        ? 2
                        : 1; /* the particle's words (de la only after a
                                first name: not Nobel de la Paix) */
        if (((j == i + 1 &&
              ((lxi & LX_FIRST) ||
               (!(lxi & (LX_LOC | LX_ORG | LX_ORGCUE | LX_JOINHEAD | LX_TITLE |
                         LX_ROLE | LX_NONNAME | LX_MONTH | LX_WEEKDAY)) &&
                !(d->toks[i].flags & (RCP_TOK_UPPER | RCP_TOK_SSTART))))) ||
             (j > i + 1 && (rcp__lex_tok(&d->toks[j - 1]) & LX_FIRST))) &&
            j + pa < end && (rcp__tok_is(t, "de") || rcp__tok_is(t, "d'")) &&
            is_cap(&d->toks[j + pa]) &&
            !(rcp__lex_tok(&d->toks[j + pa]) & (LX_LOC | LX_FIRST)) &&
            !(lex_span(d, j + pa, j + pa + 1) & LX_LOC)) {
            j += pa + 1;
            continue;
        }
        /* connectors: at most two (de la, of the) */
        size_t k = j;
        while (k < end && k < j + 2 && is_word(&d->toks[k]) &&
               !(d->toks[k].flags & RCP_TOK_CAP) &&
               (rcp__lex_tok(&d->toks[k]) & LX_CONN))
            k++;
        if (k > j && k < end && is_cap(&d->toks[k])) {
            uint32_t lx = rcp__lex_tok(&d->toks[k]);
            size_t e = k + 1;
            if (joinhead || (lx & LX_COMPASS) ||
                (lex_span(d, i, e) & (LX_LOC | LX_ORG))) {
                j = e;
                continue;
            }
        }
        break;
    }
    return j;
}

/* Words that never open or continue a name's lower-case tail. */
enum {
    LX_FUNC = LX_DET | LX_PREP | LX_CONN | LX_ACCORD | LX_ADV | LX_PRON |
              LX_AUX | LX_SAY | LX_MONTH | LX_WEEKDAY | LX_TITLE | LX_ROLE
};

/* A lower-case word of a French organisation's name: no stopword, no
 * function word, and, unless it follows a connector (des / de la: a noun
 * comes next), no verb form by verbiste (la Commission estime). */
static int tail_word(const rcp_doc *d, const rcp_token *t, int after_conn)
{
    if (!is_word(t) || (t->flags & (RCP_TOK_CAP | RCP_TOK_STOP)) ||
        (rcp__lex_tok(t) & LX_FUNC) || t->len < 3)
        return 0;
    return after_conn ||
           !(rcp__lexicon_tok_pos(d, t) & (RCP__LEX_VERB | RCP__LEX_DEVERBAL));
}

/* The end of a French organisation written with its capitalised kind and
 * lower-case words (le Parti socialiste, le Syndicat de la magistrature,
 * la Ligue des droits de l'Homme): the kind word at i, up to two
 * adjectives, then at most two complements, each de / du / des / de la /
 * de l' and one noun with at most one adjective, or a capitalised name
 * that ends the tail. i + 1 when there is no such tail. */
static size_t org_tail(const rcp_doc *d, size_t i, size_t end)
{
    const rcp_token *h = &d->toks[i];
    if (d->lang_class != RCP_LC_FR || (h->flags & RCP_TOK_UPPER) ||
        !(rcp__lex_tok(h) & LX_ORGCUE) || !rcp__lexicon_ready(d->lang_class))
        return i + 1;
    size_t k = i + 1;
    while (k < end && k < i + 3 && tail_word(d, &d->toks[k], 0))
        k++;
    for (int cpl = 0; cpl < 2 && k < end; cpl++) {
        size_t c = k;
        if (!rcp__tok_is(&d->toks[c], "de") &&
            !rcp__tok_is(&d->toks[c], "d'") &&
            !rcp__tok_is(&d->toks[c], "du") &&
            !rcp__tok_is(&d->toks[c], "des"))
            break;
        c++;
        if (c < end && rcp__tok_is(&d->toks[c - 1], "de") &&
            (rcp__tok_is(&d->toks[c], "la") || rcp__tok_is(&d->toks[c], "l'")))
            c++;
        if (c >= end)
            break;
        if (is_cap(&d->toks[c]) && !(d->toks[c].flags & RCP_TOK_SSTART)) {
            k = extend_span(d, c, end); /* ... de l'Homme, de France */
            break;
        }
        if (!tail_word(d, &d->toks[c], 1))
            break;
        k = c + 1;
        if (k < end && tail_word(d, &d->toks[k], 0))
            k++;
    }
    return k;
}

/* Does the capitalised common word at a open a name of several words
 * rather than stand before one (Crédit Foncier, not Selon Gazprom, la
 * Défense Santos nor Photo Jean Dupont)? The story writes it capitalised
 * inside sentences, it is no function word, and what follows inside the
 * span is a capitalised common word the lexicon knows (no first name),
 * or the lower-case tail of an organisation (org_tail). */
static int opens_name(const rcp_doc *d, size_t a, size_t j, const story_sets *s)
{
    const rcp_token *t = &d->toks[a];
    if (a + 1 >= j || (t->flags & (RCP_TOK_UPPER | RCP_TOK_STOP)) ||
        (rcp__lex_tok(t) & LX_FUNC))
        return 0;
    const rcp_token *n = &d->toks[a + 1];
    if (!is_cap(n))
        return is_word(n) && (rcp__lex_tok(t) & LX_ORGCUE);
    return in_set(&s->cap, t) &&
           !(rcp__lex_tok(n) & (LX_FIRST | LX_TITLE | LX_FUNC)) &&
           rcp__lexicon_tok_pos(d, n) != 0;
}

static int has_orgcue(const rcp_doc *d, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (rcp__lex_tok(&d->toks[k]) & LX_ORGCUE)
            return 1;
    return 0;
}

typedef struct finder {
    rcp__nlp_ctx *c;
    story_sets *s;
} finder;

/* Evidence for the type of the mention toks[i..j) of doc d. */
static void evidence(const rcp_doc *d, size_t i, size_t j, int title,
                     const story_sets *s, int16_t ev[3])
{
    uint32_t whole = lex_span(d, i, j);
    size_t ntok = j - i;
    if (whole & LX_LOC)
        ev[EV_LOC] += 5;
    if (whole & LX_ORG)
        ev[EV_ORG] += 5;
    if (whole & LX_PERS)
        ev[EV_PER] += 5;
    int cue = 0, allalpha = 1, common = 0;
    for (size_t k = i; k < j; k++) {
        const rcp_token *t = &d->toks[k];
        uint32_t lx = rcp__lex_tok(t);
        if (k > i && (t->flags & RCP_TOK_CAP) && in_lower(s, t))
            common = 1; /* Eastern Conference, Atlantic Division */
        if ((lx & LX_LOCCUE) && k > i)
            ev[EV_LOC] += 3;
        if ((lx & LX_ORGCUE) && !(whole & LX_LOC))
            cue = 1;
        if (!(t->flags & RCP_TOK_WORD))
            allalpha = 0;
        for (size_t b = 0; b < t->len; b++)
            if (d->text[t->off + b] >= '0' && d->text[t->off + b] <= '9')
                allalpha = 0;
        /* a hyphen first: three searches a token of every name were
         * 0.24% of a 9,000-article add */
        if (t->norm_len >= 4 && memchr(t->norm, '-', t->norm_len) &&
            (memmem(t->norm, t->norm_len, "-sur-", 5) ||
             memmem(t->norm, t->norm_len, "-on-", 4) ||
             memmem(t->norm, t->norm_len, "-les-", 5)))
            ev[EV_LOC] += 3;
    }
    uint32_t lx0 = rcp__lex_tok(&d->toks[i]);
    /* a name whose head is a common noun of the story (Wasilla Bible
     * Church, the story writing "church"; Eastern Conference) names a
     * place or a body, not a person, unless a first name opens it */
    if (ntok >= 2 && !cue && !(lx0 & LX_FIRST) && !(whole & LX_LOC) &&
        (d->toks[j - 1].flags & RCP_TOK_CAP) &&
        !(d->toks[j - 1].flags & RCP_TOK_UPPER) && in_lower(s, &d->toks[j - 1]))
        cue = 1;
    /* one opened by a word that is no name alone (Crédit Foncier, Société
     * Générale, International Monetary Fund: see opens_name) names a body */
    if (ntok >= 2 && (lx0 & LX_NONNAME) &&
        !(lx0 & (LX_FIRST | LX_COMPASS | LX_FUNC)) && !(whole & LX_LOC))
        cue = 1;
    if (cue)
        ev[EV_ORG] += 3;
    if (ntok == 1 && (d->toks[i].flags & RCP_TOK_UPPER) && !(whole & LX_LOC))
        ev[EV_ORG] += 2;
    if ((lx0 & LX_FIRST) && !cue && !(whole & LX_LOC))
        ev[EV_PER] += ntok >= 2 ? 3 : 1;
    if (title)
        ev[EV_PER] += 3;
    int conn = 0;
    for (size_t k = i + 1; k + 1 < j; k++)
        conn |= (d->toks[k].flags & RCP_TOK_CAP) == 0;
    if (ntok >= 2 && ntok <= 4 && allalpha && !cue && !(whole & LX_LOC) &&
        !(d->toks[i].flags & RCP_TOK_UPPER) && (!conn || (lx0 & LX_FIRST)) &&
        !common)
        ev[EV_PER] += 1;
    if (ntok >= 2 && (lx0 & LX_JOINHEAD) && !(lx0 & LX_FIRST) && !cue)
        ev[EV_ORG] += 1; /* République de Marseille, Banque de France */
    /* what comes before (not for an acronym: le maire PS) */
    int acro = ntok == 1 && (d->toks[i].flags & RCP_TOK_UPPER);
    if (i > 0 && !acro) {
        const rcp_token *p = &d->toks[i - 1];
        uint32_t lp = rcp__lex_tok(p);
        /* la ville de X, le cosmodrome Vostotchny, the town of X */
        size_t q = i - 1;
        if (q > 0 && (rcp__tok_is(p, "de") || rcp__tok_is(p, "d'") ||
                      rcp__tok_is(p, "of")))
            q--;
        if ((rcp__lex_tok(&d->toks[q]) & LX_LOCCUE) &&
            !(d->toks[q].flags & RCP_TOK_CAP))
            ev[EV_LOC] += 2;
        if (lp & LX_LOCPREP)
            ev[EV_LOC] += 2;
        else if (is_a_grave(d, p))
            ev[EV_LOC] += 1;
        else if (lp & LX_TITLE)
            ev[EV_PER] += 3;
        /* a role, perhaps with adjectives: le dirigeant nord-coréen X */
        for (size_t k = i; k-- > 0 && k + 4 >= i;) {
            const rcp_token *t = &d->toks[k];
            /* le patron d'Axa: a role of the name, not the name's */
            if ((rcp__lex_tok(t) & (LX_PREP | LX_CONN)) || is_a_grave(d, t))
                break;
            if (!is_word(t) || (t->flags & (RCP_TOK_CAP | RCP_TOK_STOP)))
                if (!(rcp__lex_tok(t) & LX_ROLE))
                    break;
            if (rcp__lex_tok(t) & LX_ROLE) {
                ev[EV_PER] += 2;
                break;
            }
        }
    }
    /* an apposition after a role: le porte-parole du Kremlin, X, */
    if (i > 1 && d->toks[i - 1].len == 1 &&
        d->text[d->toks[i - 1].off] == ',') {
        for (size_t k = i - 1; k-- > 0 && k + 9 >= i;) {
            const rcp_token *t = &d->toks[k];
            if (t->flags & RCP_TOK_PUNCT)
                break;
            if ((rcp__lex_tok(t) & LX_ROLE) && k > 0 &&
                (rcp__lex_tok(&d->toks[k - 1]) & LX_DET)) {
                ev[EV_PER] += 2;
                break;
            }
        }
    }
    /* what comes after: X a déclaré, X said, X, a déclaré */
    size_t k = j;
    if (k < d->ntoks && d->toks[k].len == 1 && d->text[d->toks[k].off] == ',')
        k++;
    if (k < d->ntoks && (rcp__lex_tok(&d->toks[k]) & LX_AUX))
        k++;
    if (k < d->ntoks && (rcp__lex_tok(&d->toks[k]) & LX_SAY))
        ev[EV_PER] += 1;
}

/* Should a one-word mention be kept? */
static int keep_single(const rcp_doc *d, size_t i, int title,
                       const story_sets *s)
{
    const rcp_token *t = &d->toks[i];
    uint32_t lx = rcp__lex_tok(t);
    if (t->norm_len < 2 || (lx & (LX_MONTH | LX_WEEKDAY | LX_NONNAME)))
        return 0;
    /* a title or role alone, or its plural (Présidents); but a
     * capitalised one with no determiner before and no name after, and a
     * verb of saying after it, is a surname (King said), inside a
     * sentence or first in one when the story writes it capitalised
     * inside one too (Billy King ... King said) */
    if ((lx & (LX_TITLE | LX_ROLE)) && !(lx & (LX_LOC | LX_ORG | LX_FIRST))) {
        int det = i > 0 && (rcp__lex_tok(&d->toks[i - 1]) & LX_DET);
        int name_after = i + 1 < d->ntoks && is_cap(&d->toks[i + 1]);
        if (det || name_after || (initial_pos(d, i) && !in_set(&s->cap, t)) ||
            title ||
            i + 1 >= d->ntoks || rcp__tok_is(&d->toks[i + 1], ".") ||
            !(rcp__lex_tok(&d->toks[i + 1]) & LX_SAY))
            return 0;
    }
    if (t->norm_len > 3 && t->norm[t->norm_len - 1] == 's' &&
        (rcp__lex(rcp__tok_class(t), t->norm, t->norm_len - 1u) &
         (LX_TITLE | LX_ROLE)))
        return 0;
    if (lx & (LX_LOC | LX_ORG | LX_PERS))
        return 1;
    /* the head of a longer name written partly in lower case: la
     * Commission nationale de..., la Cour de cassation */
    if ((lx & LX_JOINHEAD) && !(t->flags & RCP_TOK_UPPER) && i + 1 < d->ntoks &&
        (d->toks[i + 1].flags & RCP_TOK_WORD) &&
        !(d->toks[i + 1].flags & RCP_TOK_CAP))
        return 0;
    if (t->flags & RCP_TOK_UPPER)
        return t->norm_len >= 2;
    if (in_lower(s, t))
        return 0;
    if (title)
        return 1;
    if (initial_pos(d, i) && !in_set(&s->cap, t)) {
        size_t k = i + 1;
        if (k < d->ntoks && (rcp__lex_tok(&d->toks[k]) & LX_AUX))
            k++;
        return k < d->ntoks && (rcp__lex_tok(&d->toks[k]) & LX_SAY);
    }
    return 1;
}

/* The grammatical gender the words before a name give it: M., Mr,
 * Monsieur / Mme, Mrs, Ms, Madame; le / la + a role (la ministre X, le
 * président russe X). +1, -1 or 0. */
/* Is the folded word w[0..n) a word for a person: a role or title, or a
 * French noun by a person's ending (-eur, -euse, -rice, -ien, -ienne,
 * -ier, -ière, -ant, -ante, -iste: chanteuse, avocate is a role)? */
int rcp__person_word(rcp_lang_class lc, const char *w, size_t n)
{
    static const char *const end[] = {"eur",  "euse", "rice", "ien", "ienne",
                                      "ier",  "iere", "ant",  "ante", "iste"};
    if (rcp__lex(lc, w, n) & (LX_ROLE | LX_TITLE))
        return 1;
    if (lc == RCP_LC_OTHER)
        return 0; /* the endings are French */
    for (size_t i = 0; i < RCP_ARRAY_SIZE(end); i++) {
        size_t l = strlen(end[i]);
        if (n >= l + 4 && memcmp(w + n - l, end[i], l) == 0)
            return 1;
    }
    return 0;
}

int rcp__role_word(rcp_lang_class lc, const char *w, size_t n)
{
    return rcp__person_word(lc, w, n) ||
           (lc == RCP_LC_EN && rcp__lexicon_noun_file(w, n, 18, 3));
}

int rcp__person_noun(const rcp_token *t)
{
    return rcp__person_word(rcp__tok_class(t), t->norm, t->norm_len);
}

static int gender_before(const rcp_doc *d, size_t i)
{
    static const char *const masc[] = {"m",    "mr",  "monsieur", "sir", "lord",
                                       "king", "roi", "prince",   "le"};
    static const char *const fem[] = {
        "mme",       "mlle",         "mrs",  "ms",    "miss",
        "madame",    "mademoiselle", "dame", "queen", "reine",
        "princesse", "princess",     "la"};
    size_t k = i;
    /* M. X: the title, its full stop */
    if (k >= 2 && d->toks[k - 1].len == 1 && d->text[d->toks[k - 1].off] == '.')
        k--;
    /* back over a role and its adjectives to a determiner or a title; a
     * determiner says the person's gender only over a word for a person
     * (la ministre X, la chanteuse X), not over a thing the name
     * qualifies (la loi X, l'affaire X) */
    int person = 0;
    for (size_t n = 0; k > 0 && n < 5; n++) {
        const rcp_token *t = &d->toks[k - 1];
        /* le ministre de la Défense X: "la" is the complement's */
        if (k >= 2 && (rcp__lex_tok(t) & LX_DET) &&
            (rcp__lex_tok(&d->toks[k - 2]) & (LX_PREP | LX_CONN)) &&
            !(rcp__lex_tok(&d->toks[k - 2]) & LX_DET)) {
            k -= 2;
            continue;
        }
        for (size_t w = 0; w < RCP_ARRAY_SIZE(masc); w++)
            if (rcp__tok_is(t, masc[w]))
                return w == 8 && !person ? 0 : 1; /* "le X" alone: no */
        for (size_t w = 0; w < RCP_ARRAY_SIZE(fem); w++)
            if (rcp__tok_is(t, fem[w]))
                return w == 12 && !person ? 0 : -1;
        if (!(t->flags & RCP_TOK_WORD) ||
            (rcp__lex_tok(t) & (LX_PREP | LX_CONN | LX_SAY | LX_AUX)))
            return 0;
        person |= rcp__person_noun(t);
        k--;
    }
    return 0;
}

static int add_mention(rcp__nlp_ctx *c, uint32_t doc, size_t i, size_t j,
                       int title, const story_sets *s)
{
    if (!RCP__PUSH(c->m, c->nm, c->capm))
        return RCP_ENOMEM;
    rcp__mention *m = &c->m[c->nm++];
    memset(m, 0, sizeof *m);
    m->doc = doc;
    m->tok = (uint32_t)i;
    m->ntok = (uint32_t)(j - i);
    m->ent = -1;
    evidence(c->docs[doc], i, j, title, s, m->ev);
    m->gender = (int8_t)gender_before(c->docs[doc], i);
    return 0;
}

/* Is the sentence written in capitals (a headline)? */
static int shouting(const rcp_doc *d, const rcp_sentence *st)
{
    size_t words = 0, upper = 0;
    for (size_t k = st->tok; k < st->tok + st->ntok; k++) {
        const rcp_token *t = &d->toks[k];
        if (!is_word(t))
            continue;
        words++;
        upper += (t->flags & RCP_TOK_UPPER) != 0;
    }
    return upper >= 3 && upper * 2 >= words;
}

/* Strip toks[i..j) down to the name, check it and record it; a span that
 * runs two names together (AFP Fabrice Delloye, en Colombie Ingrid
 * Betancourt) is cut before the first name of the second. */
static int take_span(rcp__nlp_ctx *c, uint32_t doc, const story_sets *s,
                     size_t i, size_t j)
{
    const rcp_doc *d = c->docs[doc];
    int title = 0;
    size_t a = i;
    if (j - i > 12)
        return 0; /* a headline in title case, not a name */
    /* strip what is not part of the name */
    while (a < j) {
        const rcp_token *t = &d->toks[a];
        uint32_t lx = rcp__lex_tok(t);
        if (t->flags & RCP_TOK_PUNCT) {
            a++;
            continue;
        }
        if ((lx & LX_TITLE) && !(lx & (LX_LOC | LX_FIRST)) &&
            !has_orgcue(d, a + 1, j)) {
            if (a + 1 == j && keep_single(d, a, 0, s))
                break; /* a surname: King said */
            title = 1;
            a++;
            continue;
        }
        /* a particle that opens a surname, capitalised: Van Rompuy,
         * Von Trier, Di Maio (not De, La, The: determiners, stopwords) */
        if ((lx & LX_CONN) && (t->flags & RCP_TOK_CAP) &&
            !(t->flags & (RCP_TOK_STOP | RCP_TOK_UPPER)) &&
            !(lx & (LX_DET | LX_PREP)) && a + 1 < j &&
            is_cap(&d->toks[a + 1]))
            break;
        if (opens_name(d, a, j, s))
            break;
        if ((t->flags & RCP_TOK_STOP) ||
            (lx & (LX_DET | LX_NONNAME | LX_MONTH | LX_WEEKDAY | LX_ACCORD)) ||
            (lx & LX_CONN)) {
            if (lx & (LX_LOC | LX_ORG))
                break;
            a++;
            continue;
        }
        if ((initial_pos(d, a) || a > i || (t->flags & RCP_TOK_UPPER)) &&
            in_lower(s, t) && !(lx & (LX_LOC | LX_ORG | LX_FIRST | LX_PERS)) &&
            (!(t->flags & RCP_TOK_UPPER) || t->norm_len > 4) &&
            !(lex_span(d, a, j) & (LX_LOC | LX_ORG))) {
            a++;
            continue;
        }
        break;
    }
    /* a title inside: Academy President Boone Isaacs */
    for (size_t k = a + 1; k + 1 < j; k++) {
        uint32_t lx = rcp__lex_tok(&d->toks[k]);
        if ((lx & LX_TITLE) && !(lx & (LX_LOC | LX_FIRST | LX_ORG)) &&
            is_cap(&d->toks[k + 1]) && !has_orgcue(d, k + 1, j)) {
            a = k + 1;
            title = 1;
        }
    }
    /* a day or a month inside: Cleveland Friday, Paris Lundi */
    for (size_t k = a + 1; k < j; k++)
        if (rcp__lex_tok(&d->toks[k]) & (LX_WEEKDAY | LX_MONTH)) {
            int rc = take_span(c, doc, s, a, k);
            if (rc || k + 1 >= j)
                return rc;
            return take_span(c, doc, s, k + 1, j);
        }
    /* two names run together: cut before a first name that follows a
     * word that is no first name */
    for (size_t k = a + 1; k + 1 < j; k++) {
        const rcp_token *t = &d->toks[k];
        const rcp_token *p = &d->toks[k - 1];
        /* an acronym before a name: AFP Fabrice Delloye, le député UMP
         * Lionnel Luca (but BNP Paribas stays whole) */
        int acro = (p->flags & RCP_TOK_UPPER) &&
                   ((rcp__lex_tok(p) & (LX_ORG | LX_LOC)) ||
                    (rcp__lex_tok(t) & LX_FIRST) ||
                    (k + 1 < j && is_cap(&d->toks[k + 1]) &&
                     !(d->toks[k + 1].flags & RCP_TOK_UPPER))) &&
                   !(t->flags & RCP_TOK_UPPER);
        int next_name =
            is_cap(&d->toks[k + 1]) || ((rcp__tok_is(&d->toks[k + 1], "de") ||
                                         rcp__tok_is(&d->toks[k + 1], "d'")) &&
                                        k + 2 < j && is_cap(&d->toks[k + 2]));
        if (acro || ((rcp__lex_tok(t) & LX_FIRST) &&
                     !(rcp__lex_tok(p) & (LX_FIRST | LX_CONN)) && is_cap(p) &&
                     next_name && p->len > 1)) {
            int rc = take_span(c, doc, s, a, k);
            if (rc)
                return rc;
            return take_span(c, doc, s, k, j);
        }
    }
    /* a title at the end belongs to the next name (Troy police Lt.) */
    while (j > a + 1 &&
           (rcp__lex_tok(&d->toks[j - 1]) & (LX_TITLE | LX_ROLE)) &&
           !(rcp__lex_tok(&d->toks[j - 1]) & (LX_LOC | LX_FIRST | LX_ORG)) &&
           j < d->ntoks && d->toks[j].sent == d->toks[j - 1].sent &&
           (is_cap(&d->toks[j]) ||
            (d->toks[j].len == 1 && d->text[d->toks[j].off] == '.')))
        j--; /* but Serge Maître, le président... keeps his name */
    /* a title just before: M. X, le président X */
    if (!title && a > 0 &&
        !(j - a == 1 && (d->toks[a].flags & RCP_TOK_UPPER))) {
        size_t p = a - 1;
        if (p > 0 && d->toks[p].len == 1 && d->text[d->toks[p].off] == '.')
            p--;
        if (rcp__lex_tok(&d->toks[p]) & LX_TITLE)
            title = 1;
    }
    size_t b = j;
    while (b > a) {
        const rcp_token *t = &d->toks[b - 1];
        uint32_t lx = rcp__lex_tok(t);
        if ((t->flags & RCP_TOK_PUNCT) ||
            ((lx & LX_CONN) && !(t->flags & RCP_TOK_CAP)))
            b--;
        else
            break;
    }
    if (a >= b)
        return 0;
    if (b - a == 1 && !keep_single(d, a, title, s))
        return 0;
    size_t caps = 0;
    for (size_t k = a; k < b; k++)
        caps += is_cap(&d->toks[k]);
    if (caps > 6)
        return 0; /* a headline in title case, not a name */
    return add_mention(c, doc, a, b, title, s);
}

static int find_mentions(rcp__nlp_ctx *c, uint32_t doc, const story_sets *s)
{
    const rcp_doc *d = c->docs[doc];
    for (size_t si = 0; si < d->nsents; si++) {
        const rcp_sentence *st = &d->sents[si];
        size_t end = st->tok + st->ntok;
        int shout = shouting(d, st);
        for (size_t i = st->tok; i < end; i++) {
            const rcp_token *t = &d->toks[i];
            if (!is_cap(t))
                continue;
            int rc;
            if (shout) {
                /* a headline in capitals: only words known as names */
                if ((rcp__lex_tok(t) & (LX_LOC | LX_ORG)) ||
                    (in_set(&s->cap, t) && !in_lower(s, t) &&
                     !(t->flags & RCP_TOK_STOP)))
                    if ((rc = add_mention(c, doc, i, i + 1, 0, s)))
                        return rc;
                continue;
            }
            size_t j = extend_span(d, i, end), h = i;
            while (h + 1 < j && (rcp__lex_tok(&d->toks[h]) & LX_DET))
                h++; /* L'Agence française */
            if (h + 1 == j)
                j = org_tail(d, h, end);
            if ((rc = take_span(c, doc, s, i, j)))
                return rc;
            i = j - 1;
        }
    }
    return 0;
}

/* ---- grouping ---- */

typedef struct form {
    uint64_t key, first, last; /* hashes of the keys: whole, first, last */
    uint32_t ntok, keylen, count, parent, firstm;
    int32_t ev[3];
} form;

typedef struct surface {
    const char *s;
    uint32_t len, count, form;
} surface;

static uint32_t find_root(form *f, uint32_t x)
{
    while (f[x].parent != x) {
        f[x].parent = f[f[x].parent].parent;
        x = f[x].parent;
    }
    return x;
}

static int form_type(const int32_t ev[3])
{
    int best = -1, bv = 1, tie = 0;
    for (int t = 0; t < 3; t++) {
        if (ev[t] > bv)
            best = t, bv = ev[t], tie = 0;
        else if (ev[t] == bv && best >= 0)
            tie = 1;
    }
    if (best < 0 || tie)
        return RCP__ENT_MISC;
    return best == EV_PER   ? RCP__ENT_PER
           : best == EV_ORG ? RCP__ENT_ORG
                            : RCP__ENT_LOC;
}

/* A clear type: evidence of at least 3 and twice any other. */
static int strong_type(const int32_t ev[3])
{
    for (int t = 0; t < 3; t++) {
        int ok = ev[t] >= 3;
        for (int u = 0; u < 3; u++)
            if (u != t && ev[u] * 2 > ev[t])
                ok = 0;
        if (ok)
            return t;
    }
    return -1;
}

typedef struct grouping {
    form *f;
    size_t nf, capf;
    surface *s;
    size_t ns, caps;
    rcp__map fmap, smap;
} grouping;

static uint64_t key_hash(const char *k, size_t n)
{
    uint64_t h = rcp__hash(k, n, 23);
    return h ? h : 1;
}

static int key_mention(rcp__nlp_ctx *c, grouping *g, rcp__mention *m)
{
    const rcp_doc *d = c->docs[m->doc];
    char key[512], part[520];
    size_t kl = 0;
    uint64_t first = 0, last = 0;
    uint32_t nw = 0;
    for (uint32_t k = m->tok; k < m->tok + m->ntok; k++) {
        const rcp_token *t = &d->toks[k];
        if (!is_word(t) && !(t->flags & RCP_TOK_NUM))
            continue;
        size_t pn = RCP_MIN((size_t)t->norm_len, 255);
        size_t pl = rcp__name_key(t->norm, pn, part);
        uint64_t h = key_hash(part, pl);
        if (!nw)
            first = h;
        last = h;
        nw++;
        size_t take = RCP_MIN(pl, sizeof key - 1 - kl);
        memcpy(key + kl, part, take);
        kl += take;
    }
    uint64_t kh = key_hash(key, kl);
    uint64_t *v = rcp__map_put(&g->fmap, kh);
    if (!v)
        return RCP_ENOMEM;
    if (!*v) {
        if (!RCP__PUSH(g->f, g->nf, g->capf))
            return RCP_ENOMEM;
        form *f = &g->f[g->nf];
        memset(f, 0, sizeof *f);
        f->key = kh;
        f->first = first;
        f->last = last;
        f->ntok = nw;
        f->keylen = (uint32_t)kl;
        f->parent = (uint32_t)g->nf;
        f->firstm = (uint32_t)(m - c->m);
        *v = ++g->nf;
    }
    form *f = &g->f[*v - 1];
    m->form = (uint32_t)(*v - 1);
    f->count++;
    for (int t = 0; t < 3; t++)
        f->ev[t] += m->ev[t];
    /* the exact spelling */
    const rcp_token *t0 = &d->toks[m->tok];
    const rcp_token *t1 = &d->toks[m->tok + m->ntok - 1];
    const char *sp = d->text + t0->off;
    uint32_t sl = t1->off + t1->len - t0->off;
    uint64_t sh = rcp__hash(sp, sl, 29) ^ (kh * 31);
    v = rcp__map_put(&g->smap, sh ? sh : 1);
    if (!v)
        return RCP_ENOMEM;
    if (!*v) {
        if (!RCP__PUSH(g->s, g->ns, g->caps))
            return RCP_ENOMEM;
        surface *s = &g->s[g->ns];
        s->s = sp;
        s->len = sl;
        s->count = 0;
        s->form = m->form;
        *v = ++g->ns;
    }
    m->surface = (uint32_t)(*v - 1);
    g->s[*v - 1].count++;
    return 0;
}

/* Join two forms of several words that are spellings of one name
 * (rcp__name_spellings: "Latonya Brown" / "Latoya Brown", "Gordon
 * Advisers" / "Gordon Advisors"): one entity, both spellings its
 * variants, unless their types clearly differ. Each form looks at the
 * forms before it that share its first or its last word's key, at most
 * SPELL_LOOK of each. */
#define SPELL_LOOK 64

static int join_spellings(grouping *g)
{
    uint32_t *rep = rcp__malloc(3 * (g->nf ? g->nf : 1) * sizeof *rep);
    if (!rep)
        return RCP_ENOMEM;
    uint32_t *next = rep + g->nf; /* two chains per form */
    for (size_t k = 0; k < g->nf; k++)
        rep[k] = UINT32_MAX;
    for (size_t i = 0; i < g->ns; i++)
        if (rep[g->s[i].form] == UINT32_MAX)
            rep[g->s[i].form] = (uint32_t)i;
    rcp__map heads;
    rcp__map_init(&heads);
    int rc = 0;
    for (size_t k = 0; k < g->nf && !rc; k++) {
        form *f = &g->f[k];
        next[2 * k] = next[2 * k + 1] = UINT32_MAX;
        if (f->ntok < 2 || rep[k] == UINT32_MAX)
            continue;
        const surface *a = &g->s[rep[k]];
        int fs = strong_type(f->ev);
        for (int pass = 0; pass < 2; pass++) {
            uint64_t key = (pass ? f->first : f->last) * 2 + (uint64_t)pass;
            uint64_t *v = rcp__map_put(&heads, key ? key : 1);
            if (!v) {
                rc = RCP_ENOMEM;
                break;
            }
            int look = 0;
            for (uint32_t j = *v ? (uint32_t)(*v - 1) : UINT32_MAX;
                 j != UINT32_MAX && look < SPELL_LOOK;
                 j = next[2 * (size_t)j + (size_t)pass], look++) {
                const form *h = &g->f[j];
                const surface *b = &g->s[rep[j]];
                int hs = strong_type(h->ev);
                if (h->ntok != f->ntok || (fs >= 0 && hs >= 0 && fs != hs) ||
                    !rcp__name_spellings(a->s, a->len, b->s, b->len))
                    continue;
                uint32_t r = find_root(g->f, (uint32_t)k);
                uint32_t q = find_root(g->f, j);
                if (r != q)
                    g->f[r].parent = q;
            }
            next[2 * k + (size_t)pass] = *v ? (uint32_t)(*v - 1) : UINT32_MAX;
            *v = k + 1;
        }
    }
    rcp__free(rep);
    rcp__map_release(&heads);
    return rc;
}

/* Is the one-word mention a the acronym of the mention n: its letters
 * the initials of n's words in order, a lower-case function word left
 * out at will (Afub: Association française des usagers des banques)? */
static int acronym_of(const rcp_doc *d, const rcp__mention *a,
                      const rcp__mention *n)
{
    const rcp_token *t = &d->toks[a->tok];
    size_t l = 0, w = n->tok, end = n->tok + n->ntok;
    if (a->ntok != 1 || t->norm_len < 2 || n->ntok < 2)
        return 0;
    for (; w < end && l < t->norm_len; w++) {
        const rcp_token *u = &d->toks[w];
        if (!is_word(u))
            continue;
        if (u->norm[0] == t->norm[l])
            l++;
        else if ((u->flags & RCP_TOK_CAP) || !(rcp__lex_tok(u) & LX_FUNC))
            return 0;
    }
    return l == t->norm_len && w == end;
}

/* Join a name and its acronym given in brackets after it, or the other
 * way round: la Fédération bancaire française (FBF), l'Afub
 * (Association française des usagers des banques). */
static void join_acronyms(rcp__nlp_ctx *c, grouping *g)
{
    for (size_t i = 0; i + 1 < c->nm; i++) {
        const rcp__mention *m = &c->m[i], *n = &c->m[i + 1];
        const rcp_doc *d = c->docs[m->doc];
        size_t p = m->tok + m->ntok;
        if (n->doc != m->doc || n->tok != p + 1 ||
            rcp__tok_cp(d, &d->toks[p]) != '(' ||
            n->tok + n->ntok >= d->ntoks ||
            rcp__tok_cp(d, &d->toks[n->tok + n->ntok]) != ')')
            continue;
        if (!acronym_of(d, n, m) && !acronym_of(d, m, n))
            continue;
        uint32_t r = find_root(g->f, m->form), q = find_root(g->f, n->form);
        if (r != q)
            g->f[r].parent = q;
    }
}

/* Join each one-word form to the one longer entity it abbreviates. */
static int join_short_forms(grouping *g)
{
    /* chains of the longer forms by the key of their last and first
     * words, so that each one-word form looks only at its candidates */
    rcp__map heads;
    rcp__map_init(&heads);
    uint32_t *next = rcp__malloc(2 * (g->nf ? g->nf : 1) * sizeof *next);
    if (!next)
        return RCP_ENOMEM;
    for (size_t k = g->nf; k-- > 0;) {
        const form *h = &g->f[k];
        next[2 * k] = next[2 * k + 1] = UINT32_MAX;
        if (h->ntok < 2)
            continue;
        for (int pass = 0; pass < 2; pass++) {
            uint64_t key =
                (pass == 0 ? h->last : h->first) * 2 + (uint64_t)pass;
            uint64_t *v = rcp__map_put(&heads, key ? key : 1);
            if (!v) {
                rcp__free(next);
                rcp__map_release(&heads);
                return RCP_ENOMEM;
            }
            next[2 * k + (size_t)pass] = *v ? (uint32_t)(*v - 1) : UINT32_MAX;
            *v = k + 1;
        }
    }
    for (size_t i = 0; i < g->nf; i++) {
        form *f = &g->f[i];
        if (f->ntok != 1)
            continue;
        int fs = strong_type(f->ev);
        for (int pass = 0; pass < 2; pass++) {
            uint32_t best = UINT32_MAX, second_root = UINT32_MAX;
            uint32_t bestc = 0, otherc = 0;
            uint64_t key = f->key * 2 + (uint64_t)pass;
            const uint64_t *v = rcp__map_get(&heads, key ? key : 1);
            for (uint32_t k = v ? (uint32_t)(*v - 1) : UINT32_MAX;
                 k != UINT32_MAX; k = next[2 * (size_t)k + (size_t)pass]) {
                form *h = &g->f[k];
                if (h->ntok < 2 || (pass == 0 ? h->last : h->first) != f->key)
                    continue;
                int hs = strong_type(h->ev);
                if (fs >= 0 && hs >= 0 && fs != hs)
                    continue;
                /* by the first word only into a person (Kim -> Kim
                 * Jong-un), never Washington -> Washington Wizards */
                if (pass == 1 && (hs != EV_PER || (fs >= 0 && fs != EV_PER)))
                    continue;
                uint32_t r = find_root(g->f, (uint32_t)k);
                /* the count of the whole entity of r so far */
                uint32_t cnt = h->count;
                if (best == UINT32_MAX || r == best) {
                    if (best == r)
                        bestc += cnt;
                    else
                        best = r, bestc = cnt;
                } else if (cnt > bestc) {
                    otherc += bestc;
                    second_root = best;
                    best = r, bestc = cnt;
                } else {
                    otherc += cnt;
                    second_root = r;
                }
            }
            (void)second_root;
            if (best == UINT32_MAX)
                continue;
            if (otherc == 0 || bestc >= 3 * otherc) {
                uint32_t r = find_root(g->f, (uint32_t)i);
                g->f[r].parent = best;
                break;
            }
            break; /* ambiguous: keep it apart */
        }
    }
    rcp__free(next);
    rcp__map_release(&heads);
    return 0;
}

typedef struct ent_tmp {
    uint32_t root, mentions, first;
    int32_t ev[3];
} ent_tmp;

static int cmp_ent(const void *a, const void *b)
{
    const ent_tmp *x = a, *y = b;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* qsort has no context argument; the story analysis is single-threaded */
static const surface *sort_surfaces;

static int cmp_surface(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    uint32_t cx = sort_surfaces[x].count, cy = sort_surfaces[y].count;
    if (cx != cy)
        return cx > cy ? -1 : 1;
    return x < y ? -1 : x > y;
}

static int build_entities(rcp__nlp_ctx *c, grouping *g)
{
    rcp__arena *a = c->a;
    /* roots in order of first mention */
    uint32_t *rootent = rcp__malloc((g->nf ? g->nf : 1) * sizeof *rootent);
    ent_tmp *e = rcp__malloc((g->nf ? g->nf : 1) * sizeof *e);
    int rc = RCP_ENOMEM;
    if (!rootent || !e)
        goto cleanup;
    for (size_t i = 0; i < g->nf; i++)
        rootent[i] = UINT32_MAX;
    size_t ne = 0;
    for (size_t i = 0; i < c->nm; i++) {
        uint32_t r = find_root(g->f, c->m[i].form);
        if (rootent[r] == UINT32_MAX) {
            rootent[r] = (uint32_t)ne;
            memset(&e[ne], 0, sizeof e[ne]);
            e[ne].root = r;
            e[ne].first = (uint32_t)i;
            ne++;
        }
        ent_tmp *t = &e[rootent[r]];
        t->mentions++;
        for (int k = 0; k < 3; k++)
            t->ev[k] += c->m[i].ev[k];
    }
    qsort(e, ne, sizeof *e, cmp_ent);
    for (size_t i = 0; i < ne; i++)
        rootent[e[i].root] = (uint32_t)i;
    rcp__entity *ents = rcp__arena_zalloc(a, (ne ? ne : 1) * sizeof *ents);
    c->ent_type = rcp__arena_zalloc(a, (ne ? ne : 1) * sizeof(int));
    c->ent_gender = rcp__arena_zalloc(a, (ne ? ne : 1) * sizeof(int));
    if (!ents || !c->ent_type || !c->ent_gender)
        goto cleanup;
    for (size_t i = 0; i < c->nm; i++) {
        c->m[i].ent = (int)rootent[find_root(g->f, c->m[i].form)];
        c->ent_gender[c->m[i].ent] += c->m[i].gender;
    }
    /* names: the best form (seen twice if any, longest key, most seen),
     * then its most frequent spelling */
    uint32_t *bestf = rcp__malloc((ne ? ne : 1) * sizeof *bestf);
    uint32_t *bests = rcp__malloc((ne ? ne : 1) * sizeof *bests);
    uint32_t *nvar = rcp__calloc(ne ? ne : 1, sizeof *nvar);
    if (!bestf || !bests || !nvar) {
        rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
        goto cleanup;
    }
    for (size_t i = 0; i < ne; i++)
        bestf[i] = bests[i] = UINT32_MAX;
    for (size_t i = 0; i < g->nf; i++) {
        uint32_t en = rootent[find_root(g->f, (uint32_t)i)];
        if (en == UINT32_MAX)
            continue;
        const form *f = &g->f[i];
        if (bestf[en] == UINT32_MAX) {
            bestf[en] = (uint32_t)i;
            continue;
        }
        const form *b = &g->f[bestf[en]];
        int fm = f->ntok >= 2, bm = b->ntok >= 2;
        int fr = fm && f->count >= 2, br = bm && b->count >= 2;
        if (fm != bm                 ? fm > bm
            : fr != br               ? fr > br
            : f->keylen != b->keylen ? f->keylen > b->keylen
                                     : f->count > b->count)
            bestf[en] = (uint32_t)i;
    }
    for (size_t i = 0; i < g->ns; i++) {
        uint32_t en = rootent[find_root(g->f, g->s[i].form)];
        if (en == UINT32_MAX)
            continue;
        nvar[en]++;
        if (g->s[i].form != bestf[en])
            continue;
        if (bests[en] == UINT32_MAX || g->s[i].count > g->s[bests[en]].count)
            bests[en] = (uint32_t)i;
    }
    for (size_t i = 0; i < ne; i++) {
        rcp__entity *en = &ents[i];
        const surface *s = &g->s[bests[i]];
        en->name = rcp__arena_strndup(a, s->s, s->len);
        en->type = form_type(e[i].ev);
        c->ent_type[i] = en->type;
        en->mentions = e[i].mentions;
        en->variants =
            rcp__arena_alloc(a, (nvar[i] ? nvar[i] : 1) * sizeof *en->variants);
        if (!en->name || !en->variants) {
            rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
            goto cleanup;
        }
    }
    /* variants: every other spelling, most seen first */
    uint32_t *order = rcp__malloc((g->ns ? g->ns : 1) * sizeof *order);
    if (!order) {
        rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
        goto cleanup;
    }
    for (size_t i = 0; i < g->ns; i++)
        order[i] = (uint32_t)i;
    sort_surfaces = g->s;
    qsort(order, g->ns, sizeof *order, cmp_surface);
    for (size_t oi = 0; oi < g->ns; oi++) {
        size_t i = order[oi];
        uint32_t en = rootent[find_root(g->f, g->s[i].form)];
        if (en == UINT32_MAX || i == bests[en])
            continue;
        rcp__entity *E = &ents[en];
        if (strlen(E->name) == g->s[i].len &&
            memcmp(E->name, g->s[i].s, g->s[i].len) == 0)
            continue;
        char *v = rcp__arena_strndup(a, g->s[i].s, g->s[i].len);
        if (!v) {
            rcp__free(order);
            rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
            goto cleanup;
        }
        E->variants[E->nvariants++] = v;
    }
    rcp__free(order);
    /* docs: counted first (mentions come by doc), then filled, so that
     * memory stays linear in the mentions, not entities x docs */
    uint32_t *lastdoc = rcp__malloc((ne ? ne : 1) * sizeof *lastdoc);
    if (!lastdoc) {
        rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
        goto cleanup;
    }
    for (size_t i = 0; i < ne; i++)
        lastdoc[i] = UINT32_MAX;
    for (size_t i = 0; i < c->nm; i++) {
        int en = c->m[i].ent;
        if (lastdoc[en] != c->m[i].doc) {
            lastdoc[en] = c->m[i].doc;
            ents[en].ndocs++;
        }
    }
    for (size_t i = 0; i < ne; i++) {
        ents[i].docs = rcp__arena_alloc(a, ents[i].ndocs * sizeof(uint32_t));
        if (!ents[i].docs) {
            rcp__free(lastdoc);
            rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
            goto cleanup;
        }
        ents[i].ndocs = 0;
    }
    for (size_t i = 0; i < c->nm; i++) {
        rcp__entity *E = &ents[c->m[i].ent];
        if (!E->ndocs || E->docs[E->ndocs - 1] != c->m[i].doc)
            E->docs[E->ndocs++] = c->m[i].doc;
    }
    rcp__free(lastdoc);
    rcp__free(bestf), rcp__free(bests), rcp__free(nvar);
    c->out->entities = ents;
    c->out->nentities = ne;
    rc = 0;
cleanup:
    rcp__free(rootent);
    rcp__free(e);
    return rc;
}

int rcp__nlp_entities(rcp__nlp_ctx *c)
{
    story_sets s;
    grouping g;
    memset(&g, 0, sizeof g);
    rcp__map_init(&s.lower);
    rcp__map_init(&s.cap);
    rcp__map_init(&g.fmap);
    rcp__map_init(&g.smap);
    int rc = build_sets(c, &s);
    if (rc)
        goto cleanup;
    c->doc_m = rcp__arena_alloc(c->a, (c->n + 1) * sizeof *c->doc_m);
    c->tok_m = rcp__arena_alloc(c->a, (c->n ? c->n : 1) * sizeof *c->tok_m);
    c->tok_in = rcp__arena_alloc(c->a, (c->n ? c->n : 1) * sizeof *c->tok_in);
    rc = RCP_ENOMEM;
    if (!c->doc_m || !c->tok_m || !c->tok_in)
        goto cleanup;
    for (size_t i = 0; i < c->n; i++) {
        c->doc_m[i] = (uint32_t)c->nm;
        if ((rc = find_mentions(c, (uint32_t)i, &s)))
            goto cleanup;
    }
    c->doc_m[c->n] = (uint32_t)c->nm;
    for (size_t i = 0; i < c->n; i++) {
        size_t nt = c->docs[i]->ntoks;
        c->tok_m[i] = rcp__arena_alloc(c->a, (nt ? nt : 1) * sizeof(int32_t));
        c->tok_in[i] = rcp__arena_alloc(c->a, (nt ? nt : 1) * sizeof(int32_t));
        rc = RCP_ENOMEM;
        if (!c->tok_m[i] || !c->tok_in[i])
            goto cleanup;
        memset(c->tok_m[i], 0xff, nt * sizeof(int32_t));
        memset(c->tok_in[i], 0xff, nt * sizeof(int32_t));
        for (uint32_t k = c->doc_m[i]; k < c->doc_m[i + 1]; k++) {
            const rcp__mention *m = &c->m[k];
            c->tok_m[i][m->tok] = (int32_t)k;
            for (uint32_t t = m->tok; t < m->tok + m->ntok; t++)
                c->tok_in[i][t] = (int32_t)k;
        }
    }
    for (size_t i = 0; i < c->nm; i++)
        if ((rc = key_mention(c, &g, &c->m[i])))
            goto cleanup;
    if ((rc = join_spellings(&g)) || (rc = join_short_forms(&g)))
        goto cleanup;
    join_acronyms(c, &g);
    rc = build_entities(c, &g);
cleanup:
    rcp__map_release(&s.lower);
    rcp__map_release(&s.cap);
    rcp__map_release(&g.fmap);
    rcp__map_release(&g.smap);
    rcp__free(g.f);
    rcp__free(g.s);
    return rc;
}
