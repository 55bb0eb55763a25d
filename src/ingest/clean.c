/*
 * clean.c - the article inside a text: boilerplate and repetitions out,
 * metadata lines read, a headline taken.
 *
 * How it works
 *
 * The text is a list of lines (after normalisation every line is a
 * paragraph). Each line is cut into sentences and every sentence is folded
 * (lower case, no accents) and cut into words, each with a 64-bit hash;
 * every rule below works on those hashes or on the folded text, so the
 * vocabulary is written once, in folded form, for every language. Nothing
 * is specific to any article: the rules look at the shape of a line
 * (length in words, final punctuation, case of its first letter, whether
 * it is one token that looks like a URL or a slug), its position (the top
 * of the article before the first body paragraph, the tail after the
 * last one), repetition, and boilerplate vocabulary in French, English,
 * German, Spanish, Italian and Portuguese. A line is dropped when:
 *
 *   1. it is a metadata line at the top: "date 2023-10 ..." (an ISO date
 *      after date/datum/fecha/data; the rest of the line stays as text),
 *      "title: ...", "author: ...", "source: ...", "url: ...", a
 *      "published on 14/09/2023" line, a "Par Jean Dupont" byline. The
 *      values go to the article when it has none.
 *   2. it is, ignoring numbers and punctuation, exactly one of a list of
 *      short interface phrases ("Partager", "Comment (0)", "Lien source",
 *      "Newsletter", "Lire la suite"); a following fragment that starts in
 *      lower case ("Partagez" / "ce contenu") goes with it.
 *   3. it starts with a "read also" cue ("À lire aussi", "Read more",
 *      "Lesen Sie auch", "Leggi anche"...) and is under 40 words.
 *   4. it carries sign-up, subscription, cookie, javascript or copyright
 *      vocabulary weighing 2 or more ("Inscrivez-vous" 2, "newsletter" +
 *      "votre email" 1 + 1) and is under 50 words: one word such as
 *      "cookies" in a real sentence never suffices.
 *   5. it is one token shaped as a URL or a slug ("en-visite-en-russie").
 *   6. it is a photo caption or credit: it ends with "Photo : X",
 *      "Crédit : X", "© X" (X at most 5 words), or is a short credit line.
 *   7. it is at the top, before the first body line, and is a section
 *      label or breadcrumb (at most 2 words, or at most 4 without any
 *      stopword, no final punctuation; or "a > b > c"). A text without
 *      any body line (a list, a table) has no top: nothing goes by 7.
 *   8. it is at the tail, after the last body line, and is either a
 *      short agency byline ("Huyen Le (D'après AFP, Reuters)") or a
 *      fragment of at most 4 words with a dropped line below it (two such
 *      fragments at most).
 *
 * A body line ends like a sentence (". ", "…", a closing quote after
 * them) with 5 words or more, or has 25 words or more.
 *
 * Headline (text inputs only, when no title is known): the first line at
 * the top that is not a label, has 3 to 30 words and at most 250 bytes,
 * starts with a capital, a digit or a quote, and does not end with '.',
 * ':' or ',', provided a body line follows. It leaves the text. When the
 * title is known, a line repeating it is dropped instead.
 *
 * Repetitions: a line whose folded text equals an earlier kept line is
 * dropped. Then sentences: one of 4 words or more equal to an earlier
 * sentence is dropped, and one of 6 words or more whose words appear in
 * order, contiguously, inside a longer sentence of the article is
 * dropped, wherever the longer one stands; so is one whose words after a
 * leading stopword ("Il"/"He") are, when they are 10 or more (a shorter
 * run, "Il a été condamné à cinq ans", may well be said of someone else). So when a sentence is repeated as a paragraph,
 * inside another paragraph and as the start of a longer sentence, only
 * the longest variant stays, at its own place: the content appears once
 * and nothing the longer variant adds is lost. Every sentence kept is
 * verbatim. The containment test looks up the first 4 words of a
 * sentence in a map from those 4-word sequences to the longest sentence
 * holding one and where, then compares the words at that place only:
 * linear in the number of words, whatever the text.
 *
 * Cost: one pass to fold and hash, phrase matching by a Bloom filter on
 * the first word of each phrase and a binary search on a hit, the "read
 * also" cues tried only on a line whose first word is a cue's, maps for
 * the repetitions: linear in the text.
 */
#include "clean.h"

#include "text/text.h"

#include <stdlib.h>

/* ---- the vocabulary, folded ---- */

enum {
    PH_WHOLE, /* the whole line, numbers and punctuation aside */
    PH_CUE1,  /* boilerplate vocabulary, weight 1 */
    PH_CUE2,  /* boilerplate vocabulary, weight 2 */
    PH_AGENCY /* a news agency, for bylines at the tail */
};

static const struct {
    unsigned char kind;
    const char *s;
} phrase_src[] = {
    /* share and interface prompts */
    {PH_WHOLE, "partager"}, {PH_WHOLE, "partagez"},
    {PH_WHOLE, "partagez ce contenu"}, {PH_WHOLE, "partager cet article"},
    {PH_WHOLE, "partager sur facebook"}, {PH_WHOLE, "partager sur twitter"},
    {PH_WHOLE, "imprimer"}, {PH_WHOLE, "envoyer"},
    {PH_WHOLE, "envoyer par email"}, {PH_WHOLE, "copier le lien"},
    {PH_WHOLE, "lien copie"}, {PH_WHOLE, "commenter"},
    {PH_WHOLE, "commentaire"}, {PH_WHOLE, "commentaires"},
    {PH_WHOLE, "reagir"}, {PH_WHOLE, "reagissez"},
    {PH_WHOLE, "voir les commentaires"}, {PH_WHOLE, "lien source"},
    {PH_WHOLE, "source"}, {PH_WHOLE, "sources"}, {PH_WHOLE, "newsletter"},
    {PH_WHOLE, "newsletters"}, {PH_WHOLE, "abonnez vous"},
    {PH_WHOLE, "s abonner"}, {PH_WHOLE, "se connecter"},
    {PH_WHOLE, "publicite"}, {PH_WHOLE, "lire la suite"},
    {PH_WHOLE, "lire plus"}, {PH_WHOLE, "en savoir plus"},
    {PH_WHOLE, "suivez nous"}, {PH_WHOLE, "haut de page"},
    {PH_WHOLE, "retour en haut"}, {PH_WHOLE, "sommaire"},
    {PH_WHOLE, "share"}, {PH_WHOLE, "share this"},
    {PH_WHOLE, "share this article"}, {PH_WHOLE, "share on facebook"},
    {PH_WHOLE, "share on twitter"}, {PH_WHOLE, "tweet"}, {PH_WHOLE, "print"},
    {PH_WHOLE, "email"}, {PH_WHOLE, "e mail"}, {PH_WHOLE, "copy link"},
    {PH_WHOLE, "link copied"}, {PH_WHOLE, "comment"},
    {PH_WHOLE, "comments"}, {PH_WHOLE, "leave a comment"},
    {PH_WHOLE, "view comments"}, {PH_WHOLE, "show comments"},
    {PH_WHOLE, "source link"}, {PH_WHOLE, "subscribe"},
    {PH_WHOLE, "sign up"}, {PH_WHOLE, "sign in"}, {PH_WHOLE, "log in"},
    {PH_WHOLE, "advertisement"}, {PH_WHOLE, "read more"},
    {PH_WHOLE, "continue reading"}, {PH_WHOLE, "related articles"},
    {PH_WHOLE, "back to top"}, {PH_WHOLE, "facebook"},
    {PH_WHOLE, "twitter"}, {PH_WHOLE, "whatsapp"}, {PH_WHOLE, "linkedin"},
    {PH_WHOLE, "pinterest"}, {PH_WHOLE, "telegram"}, {PH_WHOLE, "reddit"},
    {PH_WHOLE, "teilen"}, {PH_WHOLE, "drucken"}, {PH_WHOLE, "kommentare"},
    {PH_WHOLE, "kommentar"}, {PH_WHOLE, "anzeige"}, {PH_WHOLE, "werbung"},
    {PH_WHOLE, "weiterlesen"}, {PH_WHOLE, "mehr lesen"},
    {PH_WHOLE, "abonnieren"}, {PH_WHOLE, "quelle"},
    {PH_WHOLE, "compartir"}, {PH_WHOLE, "comparte"},
    {PH_WHOLE, "imprimir"}, {PH_WHOLE, "comentarios"},
    {PH_WHOLE, "comentario"}, {PH_WHOLE, "publicidad"},
    {PH_WHOLE, "leer mas"}, {PH_WHOLE, "suscribete"}, {PH_WHOLE, "fuente"},
    {PH_WHOLE, "condividi"}, {PH_WHOLE, "stampa"}, {PH_WHOLE, "commenti"},
    {PH_WHOLE, "commento"}, {PH_WHOLE, "pubblicita"},
    {PH_WHOLE, "leggi tutto"}, {PH_WHOLE, "iscriviti"}, {PH_WHOLE, "fonte"},
    {PH_WHOLE, "compartilhar"}, {PH_WHOLE, "partilhar"},
    {PH_WHOLE, "publicidade"}, {PH_WHOLE, "leia mais"},
    {PH_WHOLE, "assine"},
    /* sign-ups, cookies, javascript, rights: weight 2 alone suffices */
    {PH_CUE2, "inscrivez vous"}, {PH_CUE2, "abonnez vous"},
    {PH_CUE2, "abonnez vous a"}, {PH_CUE2, "s inscrire a"},
    {PH_CUE2, "activer le javascript"}, {PH_CUE2, "activer javascript"},
    {PH_CUE2, "nous utilisons des cookies"}, {PH_CUE2, "accepter les cookies"},
    {PH_CUE2, "tous droits reserves"}, {PH_CUE2, "cliquez ici"},
    {PH_CUE2, "suivez nous sur"}, {PH_CUE2, "cet article vous a plu"},
    {PH_CUE2, "sign up for"}, {PH_CUE2, "subscribe to our"},
    {PH_CUE2, "subscribe to the"}, {PH_CUE2, "enable javascript"},
    {PH_CUE2, "javascript is disabled"}, {PH_CUE2, "we use cookies"},
    {PH_CUE2, "accept cookies"}, {PH_CUE2, "all rights reserved"},
    {PH_CUE2, "click here"}, {PH_CUE2, "follow us on"},
    {PH_CUE2, "share this article"}, {PH_CUE2, "wir verwenden cookies"},
    {PH_CUE2, "alle rechte vorbehalten"}, {PH_CUE2, "folgen sie uns"},
    {PH_CUE2, "hier klicken"}, {PH_CUE2, "javascript aktivieren"},
    {PH_CUE2, "utilizamos cookies"}, {PH_CUE2, "suscribete a"},
    {PH_CUE2, "todos los derechos reservados"}, {PH_CUE2, "haga clic aqui"},
    {PH_CUE2, "siguenos en"}, {PH_CUE2, "utilizziamo i cookie"},
    {PH_CUE2, "tutti i diritti riservati"}, {PH_CUE2, "clicca qui"},
    {PH_CUE2, "iscriviti alla"}, {PH_CUE2, "seguici su"},
    {PH_CUE2, "todos os direitos reservados"}, {PH_CUE2, "clique aqui"},
    {PH_CUE2, "assine a nossa"}, {PH_CUE2, "siga nos"},
    /* weight 1: needs another cue on the same line */
    {PH_CUE1, "newsletter"}, {PH_CUE1, "newsletters"},
    {PH_CUE1, "lettre d information"}, {PH_CUE1, "votre email"},
    {PH_CUE1, "votre e mail"}, {PH_CUE1, "votre adresse e mail"},
    {PH_CUE1, "votre adresse email"}, {PH_CUE1, "votre adresse mail"},
    {PH_CUE1, "veuillez"}, {PH_CUE1, "saisissez"}, {PH_CUE1, "javascript"},
    {PH_CUE1, "cookies"}, {PH_CUE1, "cookie"}, {PH_CUE1, "s abonner"},
    {PH_CUE1, "abonnement"}, {PH_CUE1, "inscription"},
    {PH_CUE1, "formulaire"}, {PH_CUE1, "publicite"},
    {PH_CUE1, "en savoir plus"}, {PH_CUE1, "ci dessous"},
    {PH_CUE1, "recevez"}, {PH_CUE1, "your email"}, {PH_CUE1, "your e mail"},
    {PH_CUE1, "please"}, {PH_CUE1, "subscribe"}, {PH_CUE1, "subscription"},
    {PH_CUE1, "sign up"}, {PH_CUE1, "inbox"}, {PH_CUE1, "advertisement"},
    {PH_CUE1, "learn more"}, {PH_CUE1, "copyright"},
    {PH_CUE1, "ihre e mail"}, {PH_CUE1, "bitte"}, {PH_CUE1, "anmelden"},
    {PH_CUE1, "abonnieren"}, {PH_CUE1, "su correo"},
    {PH_CUE1, "suscribete"}, {PH_CUE1, "suscripcion"}, {PH_CUE1, "por favor"},
    {PH_CUE1, "la tua email"}, {PH_CUE1, "iscriviti"},
    {PH_CUE1, "seu email"}, {PH_CUE1, "seu e mail"}, {PH_CUE1, "assine"},
    /* agencies, for bylines at the tail */
    {PH_AGENCY, "afp"}, {PH_AGENCY, "reuters"}, {PH_AGENCY, "ap"},
    {PH_AGENCY, "dpa"}, {PH_AGENCY, "efe"}, {PH_AGENCY, "ansa"},
    {PH_AGENCY, "lusa"}, {PH_AGENCY, "belga"}, {PH_AGENCY, "ats"},
    {PH_AGENCY, "apa"}, {PH_AGENCY, "xinhua"}, {PH_AGENCY, "d apres"},
    {PH_AGENCY, "avec agences"}, {PH_AGENCY, "with agencies"},
};

/* "Read also" cues: the folded line starts with one of these. */
static const char *const read_also[] = {
    "a lire aussi", "a lire egalement", "lire aussi", "lire egalement",
    "a voir aussi", "voir aussi", "a decouvrir aussi", "sur le meme sujet",
    "read more", "read also", "also read", "see also", "read next",
    "related:", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
    "auch interessant", "siehe auch", "lea tambien", "lee tambien",
    "te puede interesar", "vea tambien", "ver tambien", "leggi anche",
    "potrebbe interessarti", "vedi anche", "leia tambem", "veja tambem",
    "saiba mais", "leia mais",
};

/* Metadata keys (rule 1), each the first word of its line. */
static const char *const title_keys[] = {"title",  "titre",  "titel",
                                         "t\xc3\xadtulo", "titolo",
                                         "headline"};
static const char *const author_keys[] = {"author", "auteur", "autor",
                                          "autore", "byline"};
static const char *const source_keys[] = {"source", "quelle", "fuente",
                                          "fonte", "outlet"};
static const char *const url_keys[] = {"url", "link", "lien"};
static const char *const by_keys[] = {"par", "by", "von", "por"};

/* Words that announce a credit when a ':' follows them. */
static const char *const credit_words[] = {
    "photo", "photos", "foto", "fotos", "bild", "image", "images",
    "credit", "credits", "illustration", "video", "copyright",
};

/* "Published on" lines. */
static const char *const date_cues[] = {
    "publie le", "publie", "mis a jour", "modifie le", "updated",
    "published", "posted", "last updated", "veroffentlicht",
    "aktualisiert", "publicado", "actualizado", "pubblicato", "aggiornato",
    "atualizado",
};

#define MAXPH 8
typedef struct phrase {
    uint64_t h[MAXPH];
    unsigned char n, kind;
} phrase;

static phrase phrases[RCP_ARRAY_SIZE(phrase_src)];
static unsigned char ascii_word[256]; /* [a-zA-Z0-9] */
static char ascii_fold[256];          /* lower case */
static uint64_t credit_h[RCP_ARRAY_SIZE(credit_words)];
/* the hash of each "read also" cue's first word, and a 64-bit filter of
 * them: a line starts with a cue only if its first word is the cue's */
static uint64_t read_also_h[RCP_ARRAY_SIZE(read_also)], read_also_mask;
/* a 64-bit filter of the metadata keys' folded hashes (all ones when a
 * key could not be folded) */
static uint64_t meta_mask;
static uint64_t bloom[1024]; /* 65536 bits on the first word's hash */
static int vocab_ready;

static int is_wordc(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
           (c >= 'A' && c <= 'Z');
}

/* The hash of a folded word: taken for every word of every article, so
 * inline and cheap (words are short); rcp__mix64 spreads it. */
static inline uint64_t hword(const char *p, size_t n)
{
    uint64_t h = 0x7265636f75706521ULL ^ (n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        h = (h ^ v) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
        p += 8, n -= 8;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)(unsigned char)p[i] << (8 * i);
    h = rcp__mix64(h ^ v);
    return h ? h : 1;
}

static int cmp_phrase(const void *a, const void *b)
{
    const phrase *x = a, *y = b;
    return x->h[0] < y->h[0] ? -1 : x->h[0] > y->h[0];
}

static void vocab_init(void)
{
    if (vocab_ready)
        return;
    for (int ch = 0; ch < 256; ch++) {
        ascii_fold[ch] = (char)rcp__ascii_lower(ch);
        ascii_word[ch] = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                         (ch >= '0' && ch <= '9');
    }
    for (size_t i = 0; i < RCP_ARRAY_SIZE(phrase_src); i++) {
        const char *s = phrase_src[i].s;
        phrase *ph = &phrases[i];
        ph->kind = phrase_src[i].kind;
        ph->n = 0;
        while (*s && ph->n < MAXPH) {
            while (*s && !is_wordc((unsigned char)*s))
                s++;
            const char *b = s;
            while (*s && is_wordc((unsigned char)*s))
                s++;
            if (s > b)
                ph->h[ph->n++] = hword(b, (size_t)(s - b));
        }
        bloom[(ph->h[0] >> 6) & 1023] |= 1ULL << (ph->h[0] & 63);
    }
    qsort(phrases, RCP_ARRAY_SIZE(phrases), sizeof *phrases, cmp_phrase);
    for (size_t i = 0; i < RCP_ARRAY_SIZE(credit_words); i++)
        credit_h[i] = hword(credit_words[i], strlen(credit_words[i]));
    for (size_t i = 0; i < RCP_ARRAY_SIZE(read_also); i++) {
        const char *s = read_also[i];
        read_also_h[i] = hword(s, strcspn(s, " :"));
        read_also_mask |= 1ULL << (read_also_h[i] & 63);
    }
    const char *const *keys[] = {title_keys, author_keys, source_keys,
                                 url_keys, by_keys};
    const size_t nkeys[] = {RCP_ARRAY_SIZE(title_keys),
                            RCP_ARRAY_SIZE(author_keys),
                            RCP_ARRAY_SIZE(source_keys),
                            RCP_ARRAY_SIZE(url_keys), RCP_ARRAY_SIZE(by_keys)};
    rcp__buf f;
    rcp__buf_init(&f, 64);
    for (size_t k = 0; k < RCP_ARRAY_SIZE(keys); k++)
        for (size_t i = 0; i < nkeys[k]; i++) {
            rcp__buf_reset(&f);
            if (rcp__fold(keys[k][i], strlen(keys[k][i]), &f) || !f.len)
                meta_mask = ~0ULL;
            else
                meta_mask |= 1ULL << (hword(f.p, f.len) & 63);
        }
    rcp__buf_release(&f);
    vocab_ready = 1;
}

/* The first phrase whose first word hashes to h, or NULL. */
static const phrase *phrase_search(uint64_t h)
{
    size_t lo = 0, hi = RCP_ARRAY_SIZE(phrases);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (phrases[mid].h[0] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < RCP_ARRAY_SIZE(phrases) && phrases[lo].h[0] == h
               ? &phrases[lo]
               : NULL;
}

/* The first phrase whose first word has hash h, or NULL: the filter
 * inline (asked of every word of every line), the search out of line. */
static inline const phrase *phrase_find(uint64_t h)
{
    if (!(bloom[(h >> 6) & 1023] >> (h & 63) & 1))
        return NULL;
    return phrase_search(h);
}

#define PHRASES_END (phrases + RCP_ARRAY_SIZE(phrases))

/* ---- the article as lines, sentences and words ---- */

typedef struct word {
    uint32_t f, n; /* folded bytes */
    uint64_t h;
} word;

typedef struct sent {
    uint32_t off, len; /* bytes in p, trailing blanks included */
    uint32_t w, nw;    /* its words */
    uint32_t line;
    uint8_t drop;
    int8_t lead_stop; /* its first word is a stopword: -1 not known yet */
} sent;

enum { KEEP, DROP_META, DROP_BOILER, DROP_LABEL, DROP_TITLE, DROP_DUP };

typedef struct line {
    uint32_t off, len; /* trimmed, in p */
    uint32_t f, flen;  /* folded */
    uint32_t s, ns;    /* sentences */
    uint32_t w, nw;    /* words */
    uint8_t drop;
    uint8_t whole;     /* dropped as an interface phrase (rule 2) */
    uint8_t body;
    uint8_t stop_end;  /* ends with . … and the like */
} line;

typedef struct ctx {
    const char *p;
    size_t n;
    const rcp__clean_opts *opts;
    rcp__arena *a;
    rcp__cleaned *out;
    char *fold;
    size_t flen;
    word *w;
    size_t nw, capw;
    sent *s;
    size_t ns, caps;
    line *l;
    size_t nl, capl;
} ctx;

static int is_blank_at(const char *p, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)p[i];
    if (c == ' ' || c == '\t') {
        *len = 1;
        return 1;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xA0) {
        *len = 2;
        return 1;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
        ((unsigned char)p[i + 2] == 0xAF || (unsigned char)p[i + 2] == 0x89)) {
        *len = 3;
        return 1;
    }
    return 0;
}

#define COPY '\x01' /* what © folds to */
#define COPY_S "\x01"

/* The fold of one non-ASCII code point as fold_words writes it: f may be
 * pointed at a constant. Returns its length. */
static int fold_one(int32_t cp, char *out, const char **f)
{
    *f = out;
    if (cp == 0xA9) { /* © separates words */
        *f = COPY_S;
        return 1;
    }
    if (cp < 0 || cp == 0xD7 || cp == 0xF7 || rcp__is_space_cp(cp) ||
        rcp__is_quote_cp(cp) || (cp >= 0x2010 && cp <= 0x2027)) {
        *f = " ";
        return 1;
    }
    return rcp__fold_cp(cp, out);
}

RCP_ALWAYS_INLINE static inline int add_word(ctx *c, size_t b)
{
    if (!RCP__PUSH(c->w, c->nw, c->capw))
        return RCP_ENOMEM;
    word *w = &c->w[c->nw++];
    size_t n = c->flen - b;
    w->f = (uint32_t)b;
    w->n = (uint32_t)n;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n < 8) {
        /* most words: one 8-byte load, masked, the same value as hword's
         * byte loop (c->fold has 16 bytes of room past anything written,
         * see rcp__clean_article) */
        uint64_t v;
        memcpy(&v, c->fold + b, 8);
        v &= (1ULL << (8 * n)) - 1;
        uint64_t h = rcp__mix64(v ^ (0x7265636f75706521ULL ^
                                     (n * 0x9e3779b97f4a7c15ULL)));
        w->h = h ? h : 1;
        return 0;
    }
#endif
    w->h = hword(c->fold + b, n);
    return 0;
}

/* Fold p[0..n) to the end of c->fold and cut it into words, in one pass:
 * a word is a run of ASCII letters and digits and of non-ASCII folded
 * bytes (other scripts); © folds to COPY (a control byte, never in
 * normalised text), spaces, quotes and dashes to ' ' (see fold_one).
 * p[0..avail) may be read (avail >= n).
 */
static int fold_words(ctx *c, const char *p, size_t n, size_t avail)
{
    size_t wb = (size_t)-1; /* start of the current word in fold */
    char *fo = c->fold;
    size_t fl = c->flen;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)p[i];
        char f8[8];
        const char *f = f8;
        int len;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (ch < 0x80 && i + 8 <= avail) {
            /* eight bytes at a time, words and the bytes between them
             * alike: the ASCII ones up to the first other byte (or n)
             * are lower-cased whole and written (the bytes past them are
             * written over next: c->fold has room), and the words' edges
             * inside them read off the letters' mask, one bit an edge;
             * most of the cleaner's time went to a branch a byte here */
            const uint64_t H = 0x8080808080808080ULL;
            uint64_t w, up;
            memcpy(&w, p + i, 8);
            size_t k = n - i < 8 ? n - i : 8;
            uint64_t keep = k == 8 ? ~0ULL : (1ULL << (8 * k)) - 1;
            uint64_t hi = w & H & keep; /* the first non-ASCII byte */
            size_t r = hi ? (size_t)__builtin_ctzll(hi) >> 3 : k;
            uint64_t lim = H & (r == 8 ? ~0ULL : (1ULL << (8 * r)) - 1);
            uint64_t m = rcp__alnum8(w, &up) & lim;
            w |= up >> 2; /* A-Z: + 0x20 */
            memcpy(fo + fl, &w, 8);
            /* an edge where a byte's letter flag differs from the one
             * before it (before the first: whether a word is open) */
            uint64_t edges = (m ^ (m << 8 | (wb != (size_t)-1 ? 0x80 : 0))) &
                             lim;
            for (; edges; edges &= edges - 1) {
                size_t j = (size_t)__builtin_ctzll(edges) >> 3;
                if (wb == (size_t)-1) {
                    wb = fl + j;
                } else {
                    c->flen = fl + j;
                    if (add_word(c, wb))
                        return RCP_ENOMEM;
                    wb = (size_t)-1;
                }
            }
            fl += r;
            i += r;
            continue;
        }
#endif
        if (ch < 0x80) {
            /* the common case: a run of ASCII letters and digits */
            if (ascii_word[ch]) {
                if (wb == (size_t)-1)
                    wb = fl;
                /* eight bytes at a time, lower-cased whole (the bytes
                 * past the run are written over next: c->fold has room);
                 * the last few one at a time */
                for (;;) {
                    if (i + 8 > n) {
                        while (i < n && ascii_word[(unsigned char)p[i]])
                            fo[fl++] = ascii_fold[(unsigned char)p[i++]];
                        break;
                    }
                    uint64_t w, upper;
                    memcpy(&w, p + i, 8);
                    size_t r = rcp__run8(rcp__alnum8(w, &upper));
                    w |= upper >> 2; /* A-Z: + 0x20 */
                    memcpy(fo + fl, &w, 8);
                    fl += r;
                    i += r;
                    if (r < 8)
                        break;
                }
                continue;
            }
            if (wb != (size_t)-1) {
                c->flen = fl;
                if (add_word(c, wb))
                    return RCP_ENOMEM;
                wb = (size_t)-1;
            }
            fo[fl++] = (char)ch;
            i++;
            continue;
        }
        int32_t cp;
        if (ch == 0xC3 && i + 1 < n && ((unsigned char)p[i + 1] & 0xC0) == 0x80) {
            cp = (int32_t)(((ch & 0x1Fu) << 6) | ((unsigned char)p[i + 1] & 0x3Fu));
            i += 2; /* Latin-1 letters: no space, quote or dash here */
            len = cp == 0xD7 || cp == 0xF7 ? (f = " ", 1)
                                           : rcp__fold_cp(cp, f8);
        } else {
            i += (size_t)rcp__utf8_decode(p + i, n - i, &cp);
            len = fold_one(cp, f8, &f);
        }
        if (!len)
            continue;
        int wc = (unsigned char)f[0] >= 0x80 || ascii_word[(unsigned char)f[0]];
        if (wc && wb == (size_t)-1) {
            wb = fl;
        } else if (!wc && wb != (size_t)-1) {
            c->flen = fl;
            if (add_word(c, wb))
                return RCP_ENOMEM;
            wb = (size_t)-1;
        }
        memcpy(fo + fl, f, (size_t)len);
        fl += (size_t)len;
    }
    c->flen = fl;
    if (wb != (size_t)-1 && add_word(c, wb))
        return RCP_ENOMEM;
    return 0;
}

static int is_upper_at(const char *p, size_t n)
{
    if (!n)
        return 0;
    if ((unsigned char)p[0] < 0x80)
        return p[0] >= 'A' && p[0] <= 'Z';
    int32_t cp;
    rcp__utf8_decode(p, n, &cp);
    return rcp__is_upper_cp(cp);
}

/* The bytes that may end a sentence: . ! ? and the lead byte of an
 * ellipsis. */
static const unsigned char sentence_stop[256] = {
    ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1};

/* 0x80 in the lowest byte of w equal to c (the bytes above the lowest
 * such one may be set too). */
static inline uint64_t byte_is(uint64_t w, unsigned char c)
{
    const uint64_t L = 0x0101010101010101ULL;
    uint64_t x = w ^ (L * c);
    return (x - L) & ~x & (L * 0x80);
}

/* The first byte at or after i that sentence_stop holds, or n: eight
 * bytes at a time (most of the cleaner's time on long articles was this
 * scan, a byte at a time). */
static size_t next_stop(const char *p, size_t n, size_t i)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* (the lowest set bit is exact; the first byte in memory is the
     * lowest only in little-endian) */
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t m = byte_is(w, '.') | byte_is(w, '!') | byte_is(w, '?') |
                     byte_is(w, 0xE2);
        if (m)
            return i + ((size_t)__builtin_ctzll(m) >> 3);
        i += 8;
    }
#endif
    while (i < n && !sentence_stop[(unsigned char)p[i]])
        i++;
    return i;
}

/* Where the sentence that starts at i ends (the start of the next one).
 * A word starts after an ASCII space or where the scan restarts (`from`);
 * the abbreviation test looks back for it from the dot. */
static size_t sentence_end(const char *p, size_t n, size_t i)
{
    size_t from = i;
    while (i < n) {
        i = next_stop(p, n, i);
        if (i >= n)
            break;
        unsigned char ch = (unsigned char)p[i];
        size_t bl, j;
        int ell = ch == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
                  (unsigned char)p[i + 2] == 0xA6;
        if (ch != '.' && ch != '!' && ch != '?' && !ell) {
            i++;
            continue;
        }
        /* an abbreviation: "M." "Mr." "J.-M." "U.S." (its word starts
         * at most 3 bytes before the dot) */
        size_t ws = i;
        while (ws > from && i - ws < 4 && p[ws - 1] != ' ')
            ws--;
        if (ch == '.' && i - ws <= 3 &&
            (i == ws || is_upper_at(p + ws, n - ws))) {
            i++;
            continue;
        }
        j = i + (ell ? 3 : 1);
        /* more punctuation, closing quotes and brackets */
        for (;;) {
            if (j < n && (p[j] == '.' || p[j] == '!' || p[j] == '?' ||
                          p[j] == '"' || p[j] == ')' || p[j] == ']')) {
                j++;
            } else if (j + 1 < n && (unsigned char)p[j] == 0xC2 &&
                       (unsigned char)p[j + 1] == 0xBB) {
                j += 2; /* » */
            } else if (j + 2 < n && (unsigned char)p[j] == 0xE2 &&
                       (unsigned char)p[j + 1] == 0x80 &&
                       ((unsigned char)p[j + 2] == 0x9D ||
                        (unsigned char)p[j + 2] == 0x99)) {
                j += 3; /* ” ’ */
            } else if (j < n && is_blank_at(p, n, j, &bl) && bl > 1 &&
                       j + bl < n && (unsigned char)p[j + bl] == 0xC2) {
                j += bl; /* a no-break space before » */
            } else {
                break;
            }
        }
        size_t k = j;
        while (k < n && is_blank_at(p, n, k, &bl))
            k += bl;
        if (k == j || k >= n) {
            i = j > i ? j : i + 1;
            if (k >= n && k > j)
                return n;
            continue;
        }
        unsigned char nx = (unsigned char)p[k];
        if (is_upper_at(p + k, n - k) || (nx >= '0' && nx <= '9') ||
            nx == '"' || nx == '(' ||
            (nx == 0xC2 && k + 1 < n && (unsigned char)p[k + 1] == 0xAB) ||
            (nx == 0xE2 && k + 2 < n && (unsigned char)p[k + 1] == 0x80 &&
             ((unsigned char)p[k + 2] == 0x9C || (unsigned char)p[k + 2] == 0x98)))
            return k;
        i = k;
        from = k;
    }
    return n;
}

static long date_prefix(ctx *c, const char *p, size_t n);

static int split(ctx *c)
{
    const char *p = c->p;
    size_t n = c->n;
    for (size_t i = 0, top = 0; i < n;) {
        size_t e = i;
        const char *nl = memchr(p + i, '\n', n - i);
        e = nl ? (size_t)(nl - p) : n;
        size_t b = i, bl;
        while (b < e && is_blank_at(p, e, b, &bl))
            b += bl;
        size_t t = e;
        while (t > b && (p[t - 1] == ' ' || p[t - 1] == '\t'))
            t--;
        if (t > b && top++ < 6) {
            long cut = date_prefix(c, p + b, t - b);
            if (cut < 0)
                return (int)cut;
            b += (size_t)cut;
        }
        if (t > b) {
            if (!RCP__PUSH(c->l, c->nl, c->capl))
                return RCP_ENOMEM;
            line *L = &c->l[c->nl++];
            memset(L, 0, sizeof *L);
            L->off = (uint32_t)b;
            L->len = (uint32_t)(t - b);
            L->s = (uint32_t)c->ns;
            L->w = (uint32_t)c->nw;
            L->f = (uint32_t)c->flen;
            for (size_t s = b; s < t;) {
                size_t se = s + sentence_end(p + s, t - s, 0);
                if (!RCP__PUSH(c->s, c->ns, c->caps))
                    return RCP_ENOMEM;
                sent *S = &c->s[c->ns++];
                S->off = (uint32_t)s;
                S->len = (uint32_t)(se - s);
                S->w = (uint32_t)c->nw;
                S->line = (uint32_t)(c->nl - 1);
                S->drop = 0;
                S->lead_stop = -1;
                int rc = fold_words(c, p + s, se - s, n - s);
                if (rc)
                    return rc;
                S->nw = (uint32_t)(c->nw - S->w);
                s = se;
            }
            L->ns = (uint32_t)(c->ns - L->s);
            L->nw = (uint32_t)(c->nw - L->w);
            L->flen = (uint32_t)(c->flen - L->f);
            /* how it ends */
            const char *q = p + t;
            size_t k = t - b;
            while (k) {
                unsigned char ch = (unsigned char)q[-1];
                if (ch == '"' || ch == ')' || ch == ' ') {
                    q--, k--;
                } else if (k >= 2 && ch == 0xBB && (unsigned char)q[-2] == 0xC2) {
                    q -= 2, k -= 2;
                } else if (k >= 2 && ch == 0xA0 && (unsigned char)q[-2] == 0xC2) {
                    q -= 2, k -= 2;
                } else if (k >= 3 && (unsigned char)q[-3] == 0xE2 &&
                           (unsigned char)q[-2] == 0x80 &&
                           (ch == 0x9D || ch == 0x99 || ch == 0xAF)) {
                    q -= 3, k -= 3;
                } else {
                    break;
                }
            }
            if (k && (q[-1] == '.' ||
                      (k >= 3 && (unsigned char)q[-3] == 0xE2 &&
                       (unsigned char)q[-2] == 0x80 &&
                       (unsigned char)q[-1] == 0xA6)))
                L->stop_end = 1;
            L->body = (L->stop_end && L->nw >= 5) || L->nw >= 25;
        }
        i = e + 1;
    }
    return 0;
}

/* ---- helpers over a line ---- */

static const char *ltext(const ctx *c, const line *L)
{
    return c->p + L->off;
}

static const char *lfold(const ctx *c, const line *L)
{
    return c->fold + L->f;
}

static int is_num_word(const ctx *c, const word *w)
{
    for (uint32_t i = 0; i < w->n; i++)
        if (c->fold[w->f + i] < '0' || c->fold[w->f + i] > '9')
            return 0;
    return 1;
}

/* Does the folded line start with `cue` (then not a letter, or a capital
 * in the original: "A lire aussiEn visite")? Leading symbols skipped. */
static int starts_with_cue(const ctx *c, const line *L, const char *cue)
{
    const char *f = lfold(c, L);
    size_t n = L->flen, i = 0, k = strlen(cue);
    while (i < n && !is_wordc((unsigned char)f[i]))
        i++;
    if (n - i < k || memcmp(f + i, cue, k) != 0)
        return 0;
    if (i + k == n || !is_wordc((unsigned char)f[i + k]))
        return 1;
    /* the same place in the original text: fold code points until k
     * folded bytes are consumed, then look at the next one's case */
    const char *p = ltext(c, L);
    size_t j = 0, got = 0, target = i + k;
    while (j < L->len && got < target) {
        int32_t cp;
        int l = rcp__utf8_decode(p + j, L->len - j, &cp);
        char tmp[8];
        const char *f8;
        got += (unsigned char)p[j] < 0x80 ? 1 : (size_t)fold_one(cp, tmp, &f8);
        j += (size_t)l;
    }
    return got == target && is_upper_at(p + j, L->len - j);
}

/* A stopword of the article's language, or of any of the six languages
 * whose boilerplate we know when the language is not known. */
static int is_stop(const ctx *c, const word *w)
{
    static const char *const langs[] = {"fr", "en", "de", "es", "it", "pt"};
    const char *s = c->fold + w->f, *lang = c->opts->lang;
    if (lang && lang[0])
        return rcp__is_stopword(lang, s, w->n);
    for (size_t k = 0; k < RCP_ARRAY_SIZE(langs); k++)
        if (rcp__is_stopword(langs[k], s, w->n))
            return 1;
    return 0;
}

static int has_stopword(const ctx *c, const line *L)
{
    for (uint32_t i = 0; i < L->nw; i++)
        if (is_stop(c, &c->w[L->w + i]))
            return 1;
    return 0;
}

/* 1 when the line's words, numbers aside, are exactly an interface
 * phrase. */
static int is_whole_phrase(const ctx *c, const line *L)
{
    uint64_t h[MAXPH];
    size_t k = 0;
    for (uint32_t i = 0; i < L->nw; i++) {
        const word *w = &c->w[L->w + i];
        if (is_num_word(c, w))
            continue;
        if (k == MAXPH)
            return 0;
        h[k++] = w->h;
    }
    if (!k)
        return 0;
    for (const phrase *ph = phrase_find(h[0]); ph && ph < PHRASES_END &&
                                               ph->h[0] == h[0];
         ph++)
        if (ph->kind == PH_WHOLE && ph->n == k &&
            memcmp(ph->h, h, k * sizeof *h) == 0)
            return 1;
    return 0;
}

/* The boilerplate weight of a line (rule 4) and whether it names an
 * agency. */
static int cue_weight(const ctx *c, const line *L, int *agency)
{
    int weight = 0;
    *agency = 0;
    for (uint32_t i = 0; i < L->nw; i++) {
        uint64_t h = c->w[L->w + i].h;
        const phrase *ph = phrase_find(h);
        int best = 0;
        for (; ph && ph < PHRASES_END && ph->h[0] == h; ph++) {
            if (ph->kind == PH_WHOLE || ph->n > L->nw - i)
                continue;
            size_t k = 1;
            while (k < ph->n && c->w[L->w + i + k].h == ph->h[k])
                k++;
            if (k < ph->n)
                continue;
            if (ph->kind == PH_AGENCY)
                *agency = 1;
            else
                best = RCP_MAX(best, ph->kind == PH_CUE2 ? 2 : 1);
        }
        weight += best;
    }
    return weight;
}

/* A photo caption or credit (rule 6). */
static int is_credit(const ctx *c, const line *L)
{
    const char *f = lfold(c, L);
    if (L->nw > 60 || (!memchr(f, ':', L->flen) && !memchr(f, COPY, L->flen)))
        return 0;
    for (uint32_t i = 0; i < L->nw; i++) {
        const word *w = &c->w[L->w + i];
        size_t k = w->f + w->n - L->f;
        int is_cw = 0;
        for (size_t j = 0; j < RCP_ARRAY_SIZE(credit_h); j++)
            is_cw |= credit_h[j] == w->h;
        if (!is_cw)
            continue;
        while (k < L->flen && f[k] == ' ')
            k++;
        if (k < L->flen && f[k] == ':' && L->nw - i - 1 <= 5 &&
            L->nw - i - 1 >= 1)
            return 1;
    }
    /* "© X" at the end, or a short line with © in it */
    const char *cp = memchr(f, COPY, L->flen);
    if (cp) {
        uint32_t after = 0;
        for (uint32_t i = 0; i < L->nw; i++)
            after += c->w[L->w + i].f > (uint32_t)(cp - c->fold);
        if (after <= 5)
            return 1;
    }
    return 0;
}

/* One token that is a URL or a slug (rule 5). */
static int is_url_or_slug(const ctx *c, const line *L)
{
    const char *p = ltext(c, L);
    if (memchr(p, ' ', L->len))
        return 0;
    if ((L->len > 7 && memcmp(p, "http://", 7) == 0) ||
        (L->len > 8 && memcmp(p, "https://", 8) == 0) ||
        (L->len > 4 && memcmp(p, "www.", 4) == 0))
        return 1;
    size_t dashes = 0;
    for (size_t i = 0; i < L->len; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (ch == '-' || ch == '_') {
            if (i == 0 || p[i - 1] == '-' || p[i - 1] == '_')
                return 0;
            dashes++;
        } else if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
            return 0;
        }
    }
    return dashes >= 3;
}

/* A breadcrumb: "Accueil > Monde > Asie". */
static int is_breadcrumb(const ctx *c, const line *L)
{
    const char *p = ltext(c, L);
    size_t seps = 0;
    for (size_t i = 0; i + 2 < L->len; i++)
        if (p[i] == ' ' &&
            (p[i + 1] == '>' || p[i + 1] == '|' ||
             (i + 3 < L->len && (unsigned char)p[i + 1] == 0xE2 &&
              (unsigned char)p[i + 2] == 0x80 &&
              (unsigned char)p[i + 3] == 0xBA)))
            seps++;
    return seps >= 1 && L->nw <= 3 * (seps + 1);
}

/* ---- metadata ---- */

static const char *dupz(ctx *c, const char *s, size_t n)
{
    return rcp__arena_strndup(c->a, s, n);
}

/* An ISO date at s: YYYY-MM, YYYY-MM-DD, with an optional time. Returns
 * its length, 0 when there is none. */
static size_t iso_date(const char *s, size_t n)
{
#define D(i) ((i) < n && s[i] >= '0' && s[i] <= '9')
    if (!(D(0) && D(1) && D(2) && D(3) && 4 < n && s[4] == '-' && D(5) &&
          D(6)))
        return 0;
    size_t k = 7;
    if (k < n && s[k] == '-' && D(k + 1) && D(k + 2)) {
        k += 3;
        if (k < n && (s[k] == 'T' || s[k] == ' ') && D(k + 1) && D(k + 2) &&
            k + 3 < n && s[k + 3] == ':' && D(k + 4) && D(k + 5)) {
            k += 6;
            if (k < n && s[k] == ':' && D(k + 1) && D(k + 2))
                k += 3;
            if (k < n && s[k] == 'Z')
                k++;
            else if (k < n && (s[k] == '+' || s[k] == '-') && D(k + 1) &&
                     D(k + 2)) {
                k += 3;
                if (k < n && s[k] == ':')
                    k++;
                if (D(k) && D(k + 1))
                    k += 2;
            }
        }
    }
    if (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '-'))
        return 0;
    return k;
#undef D
}

/* The month (1-12) named by the folded word f[0..n), in any of the six
 * languages, or its English three-letter abbreviation; 0 if none. */
static unsigned month_of(const char *f, size_t n)
{
    static const char *const months[] = {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
        "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
        "januar", "februar", "marz", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "dezember",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
        "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho",
        "agosto", "setembro", "outubro", "novembro", "dezembro",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    if (n == 4 && memcmp(f, "sept", 4) == 0)
        return 9;
    for (size_t k = 0; k < RCP_ARRAY_SIZE(months); k++)
        if (strlen(months[k]) == n && memcmp(months[k], f, n) == 0)
            return (unsigned)(k % 12) + 1;
    return 0;
}

/* The value of a word of at most maxlen digits, or -1. A day may carry
 * an ordinal suffix: "1er", "1st", "2nd", "3rd", "14th". */
static long num_of(const ctx *c, const word *w, size_t maxlen)
{
    const char *p = c->fold + w->f;
    size_t n = w->n;
    if (maxlen == 2 && n >= 3 &&
        (memcmp(p + n - 2, "er", 2) == 0 || memcmp(p + n - 2, "st", 2) == 0 ||
         memcmp(p + n - 2, "nd", 2) == 0 || memcmp(p + n - 2, "rd", 2) == 0 ||
         memcmp(p + n - 2, "th", 2) == 0))
        n -= 2;
    if (!n || n > maxlen)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/*
 * A date in a "published" line: ISO ("2023-09-14"), numeric ("14/09/2023";
 * "04/09/2023" is ambiguous between day and month first, and skipped
 * unless the two are equal), "14 septembre 2023", "1er mai 2024",
 * "September 14, 2023", "Sep 14 2023". The first one found, as ISO.
 */
static const char *loose_date(ctx *c, const line *L)
{
    const char *f = lfold(c, L);
    for (size_t i = 0; i < L->flen; i++) {
        if (f[i] < '0' || f[i] > '9' || (i && f[i - 1] >= '0' && f[i - 1] <= '9'))
            continue;
        size_t k = iso_date(f + i, L->flen - i);
        if (k)
            return dupz(c, f + i, k);
    }
    for (uint32_t i = 0; i + 2 < L->nw + 1 && i < L->nw; i++) {
        const word *w = &c->w[L->w + i];
        unsigned d = 0, m = 0;
        long y = -1, a, b;
        /* numeric: d sep m sep yyyy, the separators being one of / . - */
        if (i + 2 < L->nw && (a = num_of(c, w, 2)) > 0 &&
            (b = num_of(c, w + 1, 2)) > 0 && w[1].f == w->f + w->n + 1 &&
            w[2].f == w[1].f + w[1].n + 1 &&
            (f[w->f + w->n - L->f] == '/' || f[w->f + w->n - L->f] == '.') &&
            (y = num_of(c, w + 2, 4)) >= 1800 && w[2].n == 4) {
            if (a > 12 && b <= 12)
                d = (unsigned)a, m = (unsigned)b;
            else if (b > 12 && a <= 12)
                d = (unsigned)b, m = (unsigned)a;
            else if (a == b)
                d = m = (unsigned)a;
            else
                continue;
        } else if ((a = num_of(c, w, 2)) > 0 && i + 2 < L->nw) {
            /* 14 septembre 2023, 1er mai 2024 */
            uint32_t j = i + 1;
            if (c->w[L->w + j].n == 2 &&
                memcmp(c->fold + c->w[L->w + j].f, "er", 2) == 0)
                j++;
            if (j + 1 >= L->nw)
                continue;
            m = month_of(c->fold + c->w[L->w + j].f, c->w[L->w + j].n);
            y = num_of(c, &c->w[L->w + j + 1], 4);
            if (!m || c->w[L->w + j + 1].n != 4)
                continue;
            d = (unsigned)a;
        } else if (i + 2 < L->nw && (m = month_of(c->fold + w->f, w->n))) {
            /* September 14, 2023 */
            a = num_of(c, w + 1, 2);
            y = num_of(c, w + 2, 4);
            if (a <= 0 || w[2].n != 4)
                continue;
            d = (unsigned)a;
        } else {
            continue;
        }
        if (d < 1 || d > 31 || m < 1 || m > 12 || y < 1800 || y > 2999)
            continue;
        char buf[16];
        int len = snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
        return dupz(c, buf, (size_t)len);
    }
    return NULL;
}

/* key_is past the first letter */
static int key_rest(const char *p, size_t n, const char *key, size_t *after)
{
    size_t k = strlen(key);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (rcp__ascii_lower((unsigned char)p[i]) != (unsigned char)key[i])
            return 0;
    if (k < n && is_wordc((unsigned char)p[k]))
        return 0;
    *after = k;
    return 1;
}

/* Does the line p[0..n) start with the word `key` (ASCII case folded)?
 * Its length in *after. */
static inline int key_is(const char *p, size_t n, const char *key,
                         size_t *after)
{
    /* most lines differ from most keys at the first letter: inline */
    if (n == 0 || rcp__ascii_lower((unsigned char)p[0]) != (unsigned char)key[0])
        return 0;
    return key_rest(p, n, key, after);
}

/* The value after "key" and optional ':' / '=': its start, or 0 when the
 * separator is required and missing. */
static size_t meta_value(const char *p, size_t n, size_t k, int need_sep)
{
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        k++;
    int sep = k < n && (p[k] == ':' || p[k] == '=');
    if (sep)
        k++;
    else if (need_sep)
        return 0;
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        k++;
    return k < n ? k : 0;
}

/* Rule 1 for dates: "date 2023-10 ..." at the start of a top line. Returns
 * how many bytes of the line the key and the date take (the rest, if
 * any, is text), 0 when there is none, RCP_ENOMEM. */
static long date_prefix(ctx *c, const char *p, size_t n)
{
    static const char *const keys[] = {"date", "datum", "fecha", "data",
                                       "dateline"};
    size_t k, v;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(keys); i++) {
        if (!key_is(p, n, keys[i], &k) || !(v = meta_value(p, n, k, 0)))
            continue;
        size_t dl = iso_date(p + v, n - v);
        if (!dl)
            continue;
        if (!c->out->date && !(c->out->date = dupz(c, p + v, dl)))
            return RCP_ENOMEM;
        size_t rest = v + dl;
        size_t bl;
        while (rest < n && is_blank_at(p, n, rest, &bl))
            rest += bl;
        return (long)rest;
    }
    return 0;
}

/* Rule 1: a metadata line at the top. */
static int meta_line(ctx *c, line *L)
{
    const char *p = ltext(c, L);
    size_t n = L->len, k, v;
    rcp__cleaned *o = c->out;
    struct {
        const char *const *keys;
        size_t n;
        const char **dst;
    } kinds[] = {
        {title_keys, RCP_ARRAY_SIZE(title_keys), &o->title},
        {author_keys, RCP_ARRAY_SIZE(author_keys), &o->author},
        {source_keys, RCP_ARRAY_SIZE(source_keys), &o->source},
        {url_keys, RCP_ARRAY_SIZE(url_keys), &o->url},
    };
    /* a key is the line's first word, folded: the others are not tried */
    int keyed = L->nw && (meta_mask >> (c->w[L->w].h & 63) & 1);
    for (size_t t = 0; keyed && t < RCP_ARRAY_SIZE(kinds); t++)
        for (size_t i = 0; i < kinds[t].n; i++) {
            if (!key_is(p, n, kinds[t].keys[i], &k) ||
                !(v = meta_value(p, n, k, 1)))
                continue;
            if (kinds[t].dst == &o->url && !(n - v > 4 &&
                                             memcmp(p + v, "http", 4) == 0))
                continue;
            if (!*kinds[t].dst && !(*kinds[t].dst = dupz(c, p + v, n - v)))
                return RCP_ENOMEM;
            L->drop = DROP_META;
            return 1;
        }
    /* "Publié le 14 septembre 2023 à 10h05", "Updated: 2023-09-14" */
    if (L->nw <= 14 && !L->stop_end)
        for (size_t i = 0; i < RCP_ARRAY_SIZE(date_cues); i++)
            if (starts_with_cue(c, L, date_cues[i])) {
                /* a date line even when its date is ambiguous (4/9/2007) */
                const char *f = lfold(c, L), *e = f + L->flen;
                while (f < e && (*f < '0' || *f > '9'))
                    f++;
                if (f == e)
                    break;
                if (!o->date)
                    o->date = loose_date(c, L);
                L->drop = DROP_META;
                return 1;
            }
    /* "Par Jean Dupont", "By Jane Smith" */
    for (size_t i = 0; keyed && i < RCP_ARRAY_SIZE(by_keys); i++) {
        if (!key_is(p, n, by_keys[i], &k) || L->nw < 3 || L->nw > 6 ||
            L->stop_end)
            continue;
        v = meta_value(p, n, k, 0);
        /* every word a capitalised name or a particle (de, du, da, van,
         * von, el, al, ...): "Par Jean de La Fontaine", not "Par ailleurs
         * le ministre" */
        int names = 1;
        for (size_t j = v; j < n && names; j++)
            if (j == v || p[j - 1] == ' ')
                names = is_upper_at(p + j, n - j) || p[j] == 'e' ||
                        p[j] == 'd' || p[j] == 'a' || p[j] == 'v';
        if (!v || !names || !is_upper_at(p + v, n - v))
            continue;
        if (!o->author && !(o->author = dupz(c, p + v, n - v)))
            return RCP_ENOMEM;
        L->drop = DROP_META;
        return 1;
    }
    return 0;
}

/* The words of the title t folded and hashed as one, as a line's are
 * (classify compares them), into *h. */
static int title_hash(ctx *c, const char *t, uint64_t *h)
{
    size_t w0 = c->nw, f0 = c->flen, tl = strlen(t);
    char *save = c->fold;
    char *tmp = rcp__malloc(tl * 4 + 16);
    if (!tmp)
        return RCP_ENOMEM;
    c->fold = tmp;
    c->flen = 0;
    int rc = fold_words(c, t, tl, tl);
    *h = 0;
    for (size_t i = w0; !rc && i < c->nw; i++)
        *h = rcp__mix64(*h ^ c->w[i].h);
    rcp__free(tmp);
    c->fold = save;
    c->flen = f0;
    c->nw = w0;
    return rc;
}

/* ---- the rules ---- */

static int classify(ctx *c)
{
    const rcp__clean_opts *op = c->opts;
    /* rules 2-6 on every line, 1 on the top ones */
    size_t seen = 0;
    for (size_t i = 0; i < c->nl; i++) {
        line *L = &c->l[i];
        if (seen < 6) {
            seen++;
            int rc = meta_line(c, L);
            if (rc < 0)
                return rc;
            if (L->drop)
                continue;
        }
        if (L->nw == 0) {
            if (!L->stop_end && L->len <= 8) /* "•", "***", "--" */
                L->drop = DROP_BOILER;
            continue;
        }
        if (L->nw <= 8 && is_whole_phrase(c, L)) {
            L->drop = DROP_BOILER;
            L->whole = 1;
            continue;
        }
        /* a cue's first word ends at a space or its ':', so it is the
         * line's first word: only the cues with that word are tried */
        uint64_t h0 = c->w[L->w].h;
        if (L->nw <= 40 && (read_also_mask >> (h0 & 63) & 1))
            for (size_t k = 0; k < RCP_ARRAY_SIZE(read_also); k++)
                if (read_also_h[k] == h0 &&
                    starts_with_cue(c, L, read_also[k])) {
                    L->drop = DROP_BOILER;
                    break;
                }
        if (L->drop)
            continue;
        int agency;
        if (L->nw <= 50 && cue_weight(c, L, &agency) >= 2) {
            L->drop = DROP_BOILER;
            continue;
        }
        if (is_url_or_slug(c, L) || is_credit(c, L))
            L->drop = DROP_BOILER;
    }

    /* the known title, hashed (title_hash) when a line at the top is
     * compared with it: most articles have none */
    const char *known = op->title ? op->title : c->out->title;
    int have_title = known != NULL, title_hashed = 0;
    uint64_t title_h = 0;

    /* a fragment continuing an interface phrase: "Partagez" "ce contenu" */
    for (size_t i = 1; i < c->nl; i++) {
        line *L = &c->l[i];
        if (!L->drop && c->l[i - 1].whole && L->nw <= 4 && !L->stop_end &&
            !is_upper_at(ltext(c, L), L->len) &&
            (unsigned char)ltext(c, L)[0] >= 'a')
            L->drop = DROP_BOILER;
    }

    /* the top: labels, the headline, the title repeated (rule 7) */
    size_t first_body = c->nl;
    for (size_t i = 0; i < c->nl; i++)
        if (!c->l[i].drop && c->l[i].body) {
            first_body = i;
            break;
        }
    /* no body line at all (a list, a table): the top is not told apart */
    for (size_t i = 0; first_body < c->nl && i < first_body && i < 8; i++) {
        line *L = &c->l[i];
        if (L->drop)
            continue;
        if (known) {
            if (!title_hashed) {
                int rc = title_hash(c, known, &title_h);
                if (rc)
                    return rc;
                title_hashed = 1;
            }
            uint64_t h = 0;
            for (uint32_t k = 0; k < L->nw; k++)
                h = rcp__mix64(h ^ c->w[L->w + k].h);
            if (h == title_h) {
                L->drop = DROP_DUP;
                continue;
            }
        }
        const char *t = ltext(c, L);
        unsigned char last = (unsigned char)t[L->len - 1];
        int final_punct = last == '.' || last == ':' || last == ',' ||
                          last == ';';
        if (is_breadcrumb(c, L) ||
            (!final_punct && (L->nw <= 2 ||
                              (L->nw <= 4 && !has_stopword(c, L))))) {
            L->drop = DROP_LABEL;
            continue;
        }
        if (!have_title && !op->from_html && first_body < c->nl &&
            L->nw >= 3 && L->nw <= 30 && L->len <= 250 && !final_punct &&
            (is_upper_at(t, L->len) || (t[0] >= '0' && t[0] <= '9') ||
             t[0] == '"' || (unsigned char)t[0] == 0xC2 ||
             (unsigned char)t[0] == 0xE2)) {
            c->out->title = dupz(c, t, L->len);
            if (!c->out->title)
                return RCP_ENOMEM;
            L->drop = DROP_TITLE;
            have_title = 1;
        }
    }
    /* the tail: bylines, and fragments above dropped lines (rule 8) */
    int below = 0, fragments = 0;
    for (size_t i = c->nl, swept = 0; i-- > 0 && swept < 12; swept++) {
        line *L = &c->l[i];
        if (L->drop) {
            below = 1;
            continue;
        }
        if (L->body)
            break;
        int agency = 0;
        if (L->nw <= 12 && !L->stop_end)
            cue_weight(c, L, &agency);
        if (agency || (below && L->nw <= 4 && !L->stop_end && fragments < 2)) {
            fragments += !agency;
            L->drop = DROP_BOILER;
            below = 1;
            continue;
        }
        break;
    }
    return 0;
}

/* ---- repetitions ---- */

static uint64_t seq_hash(const word *w, size_t n)
{
    /* only equality is asked of it (the map scrambles its keys), and the
     * word hashes are scrambled already: each step a bijection of h */
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
    for (size_t i = 0; i < n; i++)
        h = (h ^ w[i].h) * 0xbf58476d1ce4e5b9ULL;
    return h ? h : 1;
}

#define GRAM 4

/* The hash of the 4 words at w: cheaper than seq_hash, as it is taken at
 * every word of the article. */
static inline uint64_t gram_hash(const word *w)
{
    uint64_t h = w[0].h ^ (w[1].h << 17 | w[1].h >> 47) ^
                 (w[2].h << 34 | w[2].h >> 30) ^ (w[3].h << 51 | w[3].h >> 13);
    h = rcp__mix64(h);
    return h ? h : 1;
}

/* Do the words b[0..nb) stand at a[at..at+nb)? Checked at the one place
 * the map gives, never searched for: a hostile text of one endless
 * sentence and many short ones stays linear. */
static int run_at(const word *a, size_t na, size_t at, const word *b,
                  size_t nb)
{
    if (at + nb > na)
        return 0;
    for (size_t k = 0; k < nb; k++)
        if (a[at + k].h != b[k].h)
            return 0;
    return 1;
}

/* The words of S that must be found in a longer sentence: all of them,
 * or (skip 1) all but a leading stopword. 0 when there is no such run. */
static size_t probe(const ctx *c, sent *S, int skip, const word **w)
{
    *w = c->w + S->w;
    if (!skip)
        return S->nw;
    if (S->nw < 11) /* "Il" + 10 words: shorter runs are too common */
        return 0;
    if (S->lead_stop < 0)
        S->lead_stop = (int8_t)is_stop(c, *w);
    if (!S->lead_stop)
        return 0;
    (*w)++;
    return S->nw - 1;
}

static int dedup(ctx *c)
{
    rcp__map m;
    rcp__map_init(&m);
    uint64_t filter[64] = {0}; /* 4096 bits on the probed 4-grams */
    uint64_t first[64] = {0};  /* and on their first words */
    int rc = 0, probes = 0;
    /* a key a line, a sentence and two probes of a sentence at most */
    if (rcp__map_reserve(&m, c->nl + 3 * c->ns))
        return RCP_ENOMEM;
    /* whole lines */
    for (size_t i = 0; i < c->nl; i++) {
        line *L = &c->l[i];
        if (L->drop || !L->nw)
            continue;
        uint64_t *v = rcp__map_put(&m, seq_hash(c->w + L->w, L->nw) ^ 1);
        if (!v)
            goto nomem;
        if (*v)
            L->drop = DROP_DUP;
        *v = 1;
    }
    /* sentences equal to an earlier one */
    for (size_t i = 0; i < c->ns; i++) {
        sent *S = &c->s[i];
        if (c->l[S->line].drop || S->nw < 4)
            continue;
        uint64_t *v = rcp__map_put(&m, seq_hash(c->w + S->w, S->nw) ^ 2);
        if (!v)
            goto nomem;
        if (*v)
            S->drop = 1;
        *v = 1;
    }
    /* the first 4 words of every sentence that could be inside another:
     * those 4-grams alone are looked for (a filter, then the map) */
    for (size_t i = 0; i < c->ns; i++) {
        sent *S = &c->s[i];
        if (c->l[S->line].drop || S->drop || S->nw < 6)
            continue;
        for (int skip = 0; skip <= 1; skip++) {
            const word *w;
            if (!probe(c, S, skip, &w))
                continue;
            uint64_t h = gram_hash(w);
            filter[(h >> 6) & 63] |= 1ULL << (h & 63);
            first[(w->h >> 6) & 63] |= 1ULL << (w->h & 63);
            uint64_t *v = rcp__map_put(&m, h);
            if (!v)
                goto nomem;
            probes = 1;
        }
    }
    if (!probes)
        goto done;
    /* each of them -> the longest kept sentence holding it and where:
     * (index + 1) << 32 | position of its first occurrence there */
    for (size_t i = 0; i < c->ns; i++) {
        const sent *S = &c->s[i];
        if (c->l[S->line].drop || S->drop || S->nw < 7)
            continue;
        for (size_t k = 0; k + GRAM <= S->nw; k++) {
            /* a probe's 4-gram starts with its first word: the 4-gram
             * is hashed only where a probe's first word stands */
            uint64_t h0 = c->w[S->w + k].h;
            if (!(first[(h0 >> 6) & 63] >> (h0 & 63) & 1))
                continue;
            uint64_t h = gram_hash(c->w + S->w + k);
            if (!(filter[(h >> 6) & 63] >> (h & 63) & 1))
                continue;
            uint64_t *v = rcp__map_get(&m, h);
            if (v && (!*v || c->s[(*v >> 32) - 1].nw < S->nw))
                *v = (uint64_t)(i + 1) << 32 | k;
        }
    }
    /* sentences inside a longer one */
    for (size_t i = 0; i < c->ns; i++) {
        sent *S = &c->s[i];
        if (c->l[S->line].drop || S->drop || S->nw < 6)
            continue;
        for (int skip = 0; skip <= 1; skip++) {
            const word *w;
            size_t nw = probe(c, S, skip, &w);
            if (!nw)
                continue;
            uint64_t *v = rcp__map_get(&m, gram_hash(w));
            if (!v || !*v || (*v >> 32) - 1 == i)
                continue;
            const sent *T = &c->s[(*v >> 32) - 1];
            if (T->nw > S->nw &&
                run_at(c->w + T->w, T->nw, (size_t)(*v & 0xffffffffu), w,
                       nw)) {
                S->drop = 1;
                break;
            }
        }
    }
done:
    rcp__map_release(&m);
    return rc;
nomem:
    rcp__map_release(&m);
    return RCP_ENOMEM;
}

/* ---- output ---- */

static int emit(ctx *c)
{
    char *o = rcp__arena_alloc(c->a, c->n + 1);
    if (!o)
        return RCP_ENOMEM;
    size_t len = 0;
    for (size_t i = 0; i < c->nl; i++) {
        line *L = &c->l[i];
        if (L->drop)
            continue;
        size_t start = len;
        if (len)
            o[len++] = '\n';
        size_t body = len;
        for (uint32_t k = 0; k < L->ns; k++) {
            const sent *S = &c->s[L->s + k];
            if (S->drop || !S->len)
                continue;
            memcpy(o + len, c->p + S->off, S->len);
            len += S->len;
        }
        while (len > body && (o[len - 1] == ' ' || o[len - 1] == '\t'))
            len--;
        if (len == body)
            len = start; /* every sentence went */
    }
    o[len] = 0;
    c->out->text = o;
    c->out->len = len;
    return 0;
}

int rcp__clean_article(const char *p, size_t n, const rcp__clean_opts *opts,
                       rcp__arena *a, rcp__cleaned *out)
{
    static const rcp__clean_opts none = {0};
    memset(out, 0, sizeof *out);
    vocab_init();
    ctx c = {0};
    c.p = p;
    c.n = n;
    c.opts = opts ? opts : &none;
    c.a = a;
    c.out = out;
    int rc = RCP_ENOMEM;
    if (n > UINT32_MAX / 8)
        return RCP_ETOOBIG;
    c.fold = rcp__malloc(n * 4 + 16);
    if (!c.fold)
        goto cleanup;
    /* room for a typical article at once (about 6 bytes a word, 40 a
     * sentence, 60 a line); more is grown as needed */
    if (rcp__grow(&c.w, &c.capw, n / 6 + 16, sizeof *c.w) ||
        rcp__grow(&c.s, &c.caps, n / 40 + 8, sizeof *c.s) ||
        rcp__grow(&c.l, &c.capl, n / 60 + 8, sizeof *c.l))
        goto cleanup;
    if ((rc = split(&c)) || (rc = classify(&c)) || (rc = dedup(&c)) ||
        (rc = emit(&c)))
        goto cleanup;
cleanup:
    rcp__free(c.fold);
    rcp__free(c.w);
    rcp__free(c.s);
    rcp__free(c.l);
    return rc;
}

int rcp__clean_text(const char *p, size_t n, const char *lang, int from_html,
                    rcp__arena *a, rcp__cleaned *out)
{
    rcp__clean_opts o = {0};
    o.lang = lang;
    o.from_html = from_html;
    return rcp__clean_article(p, n, &o, a, out);
}
