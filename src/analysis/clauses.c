/*
 * clauses.c - where the claims of a sentence begin (see clauses.h).
 *
 * The openers are grammar, not vocabulary: the coordinating and
 * subordinating conjunctions and the relative pronouns of French and
 * English (folded: lower case, no accents; French elided forms end in
 * '), and the few prepositions that open an attribution or a
 * circumstance ("according to", "selon", "after", "apres"). Languages
 * without a list are cut at punctuation only.
 */
#include "analysis/clauses.h"
#include "analysis/nlp_priv.h"
#include "text/text.h"

static const char *const openers_en[] = {
    "and",     "but",   "or",     "nor",       "yet",    "while",
    "whereas", "although", "though", "because", "since", "after",
    "before",  "when",  "where",  "which",     "who",    "whom",
    "whose",   "that",  "if",     "unless",    "until",  "as",
    "including", "according", "despite", "so", NULL};

static const char *const openers_fr[] = {
    "et",     "mais",    "ou",     "car",     "donc",     "ni",
    "qui",    "que",     "qu'",    "dont",    "lorsque",  "lorsqu'",
    "quand",  "puisque", "puisqu'", "alors",  "tandis",   "si",
    "s'",     "apres",   "avant",  "selon",   "afin",     "comme",
    "parce",  "bien",    "tout",   "malgre",  "depuis",   "pendant",
    NULL};

int rcp__clause_opener(const char *lang, const char *w, size_t n)
{
    const char *const *list = NULL;
    if (lang && !strcmp(lang, "en"))
        list = openers_en;
    else if (lang && !strcmp(lang, "fr"))
        list = openers_fr;
    if (!list || !n)
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == w[0] && strlen(list[i]) == n &&
            !memcmp(list[i], w, n))
            return 1;
    return 0;
}

int rcp__frame_word(const rcp_token *k)
{
    if (rcp__lex_init())
        return 0;
    return (rcp__lex_tok(k) & (LX_SAY | LX_ROLE | LX_TITLE | LX_WEEKDAY |
                               LX_MONTH | LX_DOCWORD | LX_ACCORD)) != 0;
}

/* Punctuation that separates the parts of a sentence: , ; : brackets and
 * dashes (a lone hyphen between spaces is one too). */
static int is_cut_punct(const rcp_doc *d, const rcp_token *k)
{
    if (!(k->flags & RCP_TOK_PUNCT) || (k->flags & RCP_TOK_QUOTE))
        return 0;
    int32_t c = -1;
    rcp__utf8_decode(d->text + k->off, k->len, &c);
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
           c == '[' || c == ']' || c == '-' || c == 0x2013 || c == 0x2014;
}

uint32_t rcp__clause_starts(const rcp_doc *d, uint32_t t0, uint32_t t1,
                            uint32_t *starts)
{
    uint32_t n = 0;
    if (t0 >= t1)
        return 0;
    starts[n++] = t0;
    int content = 0; /* the chunk open so far holds a word or number */
    int pending = 0; /* a separator after content: cut at the next token */
    for (uint32_t t = t0; t < t1; t++) {
        const rcp_token *k = &d->toks[t];
        if (is_cut_punct(d, k)) {
            pending |= content;
            continue;
        }
        int opener = (k->flags & RCP_TOK_WORD) && t > t0 &&
                     rcp__clause_opener(d->lang, k->norm, k->norm_len);
        if ((pending || (opener && content)) && n < RCP__MAX_CHUNKS) {
            starts[n++] = t;
            content = 0;
        }
        pending = 0;
        if (k->flags & (RCP_TOK_WORD | RCP_TOK_NUM))
            content = 1;
    }
    /* a last chunk with no word or number (the final stop, a closing
     * bracket) belongs to the one before */
    if (n > 1 && !content)
        n--;
    return n;
}
