/*
 * text.h - text analysis shared by every later stage: normalisation and
 * folding, languages (stopwords, detection, stemming), and the analysed
 * document (rcp_doc in recoupe.h: paragraphs, sentences, tokens).
 *
 * text/ depends on base/ only.
 */
#ifndef RCP_TEXT_H
#define RCP_TEXT_H

#include "base/base.h"

/*
 * Normalise text for storage and display: drop a BOM, CR LF and lone CR
 * become LF, NFC (utf8proc), control characters other than LF and TAB and
 * soft hyphens removed, trailing blanks of each line removed, runs of
 * blank lines collapsed into one LF (a paragraph break). Spaces of other
 * kinds (no-break, thin) are kept: the text stays verbatim.
 * p must be valid UTF-8 (check with rcp__utf8_valid first).
 * Appends to out; returns 0, RCP_ENOMEM or RCP_ETOOBIG.
 */
int rcp__text_normalize(const char *p, size_t n, rcp__buf *out);

/*
 * What the readers (ingest) leave at the start of an article's private
 * part for rcp_doc_from_article: text[0..len) is valid UTF-8 that
 * rcp__text_normalize leaves as it is (the readers validate and
 * normalise, then clean, which keeps whole sentences of the normalised
 * lines). rcp_doc_from_article then takes the article's text as it is,
 * when it is still that one: validating and normalising it again was 2%
 * of clustering a million articles.
 */
typedef struct rcp__normed {
    const char *text;
    size_t len;
} rcp__normed;

/*
 * Fold one code point for matching: lower case (Unicode case folding),
 * accents removed, compatibility forms and ligatures expanded (oe, ae,
 * fi, ss, ½ -> 1⁄2), typographic apostrophes and single quotes to ',
 * double quotation marks (« » “ ” „) to ", hyphens (‐ ‑) to -, every
 * space to ' '; й stays й (a letter of its own in Russian). Writes at
 * most 8 bytes to out and returns the count (0 for a code point that
 * folds to nothing: a combining mark, a soft hyphen, an ignorable).
 * Folding is idempotent (tested for every code point of the table).
 */
int rcp__fold_cp(int32_t cp, char *out);

/* The fold table behind rcp__fold_cp, for inline use on the hot path:
 * rcp__fold_len[cp] is 1 + the length of the fold of cp, or 0 when it is
 * not computed yet (call rcp__fold_cp, which fills it). */
#define RCP__FOLD_TAB 0x3000
extern unsigned char rcp__fold_len[RCP__FOLD_TAB];
extern char rcp__fold_out[RCP__FOLD_TAB][8];

/* Fold a whole string (valid UTF-8) into out; returns 0 or an error. */
int rcp__fold(const char *p, size_t n, rcp__buf *out);

/* Character classes of the tokenizer. */
int rcp__is_space_cp(int32_t cp); /* any Unicode space, incl. NBSP */
int rcp__is_word_cp(int32_t cp);  /* letter, mark or digit */
int rcp__is_upper_cp(int32_t cp); /* upper- or title-case letter */
int rcp__is_quote_cp(int32_t cp); /* « » “ ” „ ‹ › " and the like */
int rcp__is_apos_cp(int32_t cp);  /* ' ’ ʼ */
int rcp__is_dash_cp(int32_t cp);  /* - ‐ ‑ (joins words) */

/* The quotation mark a RCP_TOK_QUOTE token stands for: its code point,
 * with the `` and '' of wire copy read as “ and ”; 0 for other tokens. */
int32_t rcp__tok_quote_cp(const rcp_doc *d, const rcp_token *t);

/*
 * The class of a code point as RCP__CP_* bits, from a table for the first
 * RCP__CP_TAB code points (filled on first use) and utf8proc beyond.
 * Invalid code points (-1) have none of the bits.
 */
enum {
    RCP__CP_WORD = 1,     /* rcp__is_word_cp */
    RCP__CP_UPPER = 2,    /* rcp__is_upper_cp */
    RCP__CP_SPACE = 4,    /* rcp__is_space_cp */
    RCP__CP_DIGIT = 8,    /* 0-9 */
    RCP__CP_NFCSAFE = 16, /* NFC leaves it alone wherever it stands */
    RCP__CP_IDEO = 32,    /* Han or kana: written without spaces */
    RCP__CP_READY = 128   /* the table entry is filled */
};
#define RCP__CP_TAB 0x3000
extern unsigned char rcp__cp_tab[RCP__CP_TAB];
void rcp__cp_tab_init(void);
/* For runs of ASCII letters and digits, filled with rcp__cp_tab: 0 for
 * any other byte, else RCP__RUN_WORD plus RCP__RUN_LETTER (a letter)
 * plus RCP__RUN_UPPER (a capital). Summed over a run (bit 63 wraps
 * away), the low 32 bits count its letters and the next 30 its capitals. */
#define RCP__RUN_WORD (1ULL << 63)
#define RCP__RUN_LETTER 1ULL
#define RCP__RUN_UPPER (1ULL << 32)
extern uint64_t rcp__ascii_run_tab[256];
unsigned rcp__cp_class_slow(int32_t cp);
static inline unsigned rcp__cp_class(int32_t cp)
{
    if (cp >= 0 && cp < RCP__CP_TAB) {
        if (RCP_UNLIKELY(!rcp__cp_tab[0]))
            rcp__cp_tab_init();
        return rcp__cp_tab[cp];
    }
    return cp < 0 ? 0 : rcp__cp_class_slow(cp);
}

/* ---- across scripts (translit.c, ICU) ---- */

/* 1 when w[0..n) begins with a Cyrillic, Greek, Arabic or Chinese (CJK
 * unified) character: the words rcp__translit_key carries to Latin. One
 * compare for a word that begins with ASCII. */
int rcp__translit_script(const char *w, size_t n);
/* The keys of w[0..n) in Latin script: keys[0] is rcp__hash(x, len, 0)
 * of x, the ASCII letters and digits of w in Latin script (ICU
 * "Any-Latin; Latin-ASCII; Lower": Путин -> putin, 习近平 -> xijinping),
 * the hnorm of a Latin word spelled x; keys[1] the hstem of x in English
 * when it differs from keys[0] (Τσίπρας -> tsipra), else 0. Returns how
 * many keys there are (0: nothing came out). Remembered per word. */
int rcp__translit_keys(const char *w, size_t n, uint64_t keys[2]);
/* The same letters into out[0..cap); their number (0: none). */
size_t rcp__translit(const char *w, size_t n, char *out, size_t cap);

/* ---- across languages (xlex.c, FreeDict) ---- */

/* Where the lexical resources are read (WordNet, mythes, verbiste, the
 * FreeDict dictionaries): $RECOUPE_LEXICON, else /usr/share; "off": none
 * (xlex.c, read by analysis/lexicon.c too). */
const char *rcp__resources_root(void);

#define RCP__XLEX_MAX 3 /* English words a word is carried to, at most */
/* The words of one language carried to English (a FreeDict dictionary). */
typedef struct rcp__xlex rcp__xlex;
/* The table of lang ("fr", "de", ...) when its words can be carried to
 * English: its FreeDict dictionary is read on the first call, once per
 * process (its absence said once on standard error). NULL for English
 * and languages without one. */
rcp__xlex *rcp__xlex_of(const char *lang);
/* The hstems, in English text, of the first translations of the word of
 * x's language whose hstem (in that language's text) is hstem: how many
 * (0: none). */
int rcp__xlex_keys(rcp__xlex *x, uint64_t hstem, uint64_t keys[RCP__XLEX_MAX]);
/* The hstem a dictionary word w[0..n) has in text of lang, as the
 * tokenizer gives it (a run of Latin letters is folded and looked up in
 * the word cache, anything else tokenized): 0 when it is not one word or
 * is a stopword. */
uint64_t rcp__xlex_hstem(const char *lang, const char *w, size_t n);
/* The first sense of a dictionary entry's body b[0..n): up to
 * RCP__XLEX_MAX one-word translations as (offset, length) into b. */
size_t rcp__xlex_first_sense(const char *b, size_t n, size_t out[][2]);
/* The reader's whole path without files (the fuzz target): the index
 * idx[0..ni) and the dictionary's text dict[0..nd) read into a table of
 * lang of their own, every entry asked for, the table freed; returns the
 * English words kept. */
size_t rcp__xlex_parse(const char *lang, const char *idx, size_t ni,
                       const char *dict, size_t nd);
/* Forget the dictionaries read (tests: another RECOUPE_LEXICON). */
void rcp__xlex_reset(void);

/* ---- languages (lang.c) ---- */

/* 1 when the folded word w[0..n) is a stopword of lang ("fr", "en", ...);
 * languages without a list have no stopwords. */
int rcp__is_stopword(const char *lang, const char *w, size_t n);

/* 1 when the folded word w[0..n) is a negation of lang (German "nicht",
 * Spanish "no", Italian "non", Portuguese "não", Dutch "niet", Malay
 * "tidak"; "id" reads as "ms"); none for English and French, which the
 * analysis reads with its own lists, nor for other languages. */
int rcp__is_negation(const char *lang, const char *w, size_t n);

/*
 * The Snowball stem of the folded word w[0..n) in `lang`. The result is
 * NUL-terminated and stays valid for the life of the process (stems are
 * cached), or, once the cache is full, is copied into `a`. Returns w
 * itself (copied into `a`) for a language Snowball does not have.
 * Not thread-safe: the stemmers and the cache are process-wide.
 */
const char *rcp__stem(const char *lang, const char *w, size_t n, rcp__arena *a,
                      size_t *len);

/*
 * The word cache: what analysis needs of a folded word in one language.
 * Words come back from rcp__word_get in this form, with strings and hashes
 * computed once per process (hnorm is rcp__hash(norm, norm_len, 0), hstem
 * the same of stem).
 */
typedef struct rcp__word {
    uint64_t hnorm, hstem;
    const char *norm, *stem; /* NUL-terminated */
    uint16_t norm_len, stem_len;
    uint8_t slot, stop; /* stop: a stopword of the slot's language */
} rcp__word;

/* The cache slot of a language (ISO 639-1 or any code sb_stemmer_new
 * knows): a small number, 0 for "" or a language without stemmer nor
 * stopwords (words are then their own stems). Never fails: past the
 * table's room, new languages share slot 0. */
int rcp__lang_slot(const char *lang);

/*
 * The cached entry of the folded word w[0..n) in language `slot`, made on
 * first use. The entry stays valid for the life of the process; once the
 * cache is full (RCP__WORD_CACHE_MAX words), new words are built in `a`
 * instead and live as long as it. slot comes from rcp__lang_slot.
 * Returns NULL only when out of memory.
 * Not thread-safe.
 */
static inline const rcp__word *rcp__word_get(int slot, const char *w,
                                             size_t n, rcp__arena *a);

/* The word cache's table (lang.c), open addressing with linear probing,
 * rcp__wcap a power of two or 0; key 0 marks an empty slot. Its hit path
 * is rcp__word_get, inline: it runs for every token of every document. */
typedef struct rcp__wslot {
    uint64_t key; /* rcp__word_key(); 0: empty */
    rcp__word *e;
} rcp__wslot;
extern rcp__wslot *rcp__wtab;
extern size_t rcp__wcap;

/* The table's entries of the one-byte (ASCII) words, by slot and byte:
 * a fifth of news tokens are a comma, a full stop or a one-letter word,
 * and finish_tokens (doc.c) reads their entry here without a hash or a
 * probe. NULL until the table has the word. */
#define RCP__WORD_SLOTS 32 /* language slots (rcp__lang_slot), at most */
extern const rcp__word *rcp__wbyte[RCP__WORD_SLOTS][128];

/* The miss path: build the entry of w (key: rcp__word_key) and keep it. */
const rcp__word *rcp__word_add(int slot, const char *w, size_t n,
                               uint64_t key, rcp__arena *a);

/* The table's own hash of (slot, word): inline and cheap, because it is
 * computed for every token; hnorm (rcp__hash) is computed once a word. */
static inline uint64_t rcp__word_key(int slot, const char *w, size_t n)
{
    uint64_t h = (uint64_t)(slot + 1) * 0x9E3779B97F4A7C15ULL ^ n;
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, w, 8);
        h = (h ^ v) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 29;
        w += 8;
        n -= 8;
    }
    if (n >= 4) { /* the first and last four bytes, which may overlap */
        uint32_t lo, hi;
        memcpy(&lo, w, 4);
        memcpy(&hi, w + n - 4, 4);
        h = (h ^ ((uint64_t)hi << 32 | lo)) * 0x94d049bb133111ebULL;
    } else if (n) {
        uint64_t v = (uint64_t)(unsigned char)w[0] << 16 |
                     (uint64_t)(unsigned char)w[n / 2] << 8 |
                     (unsigned char)w[n - 1];
        h = (h ^ v) * 0x94d049bb133111ebULL;
    }
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h | 1;
}

/* a[0..n) == b[0..n), with loads that never pass either end */
static inline int rcp__same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            uint64_t x, y;
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return 0;
        }
        uint64_t x, y; /* the last eight, which may overlap */
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x1, y1, x2, y2;
        memcpy(&x1, a, 4);
        memcpy(&y1, b, 4);
        memcpy(&x2, a + n - 4, 4);
        memcpy(&y2, b + n - 4, 4);
        return x1 == y1 && x2 == y2;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* (inlined even where gcc would call it: 0.6% of clustering 3,000
 * articles was the call) */
RCP_ALWAYS_INLINE static inline const rcp__word *
rcp__word_get(int slot, const char *w, size_t n, rcp__arena *a)
{
    if (RCP_UNLIKELY(n > UINT16_MAX))
        n = UINT16_MAX;
    uint64_t key = rcp__word_key(slot, w, n);
    if (rcp__wcap) {
        size_t mask = rcp__wcap - 1;
        for (size_t i = (size_t)key & mask; rcp__wtab[i].key;
             i = (i + 1) & mask) {
            const rcp__word *e = rcp__wtab[i].e;
            if (rcp__wtab[i].key == key && e->norm_len == n &&
                e->slot == slot && rcp__same_bytes(e->norm, w, n))
                return e;
        }
    }
    return rcp__word_add(slot, w, n, key, a);
}

/*
 * Statements: a sentence is usually one statement, but a short quotation
 * of several sentences is kept in one sentence (see rcp_doc_new), and each
 * of its sentences may be reported by other articles on its own. The
 * splitter records where, inside such a quotation, a sentence would have
 * ended by its own rules (abbreviations, initials, decimals and dates do
 * not end one: "on Oct. 7", "M. Dupont", "3.5"). rcp__doc_statement_end
 * returns the end (one past) of the statement that starts at token t0 of
 * the sentence ending before token t1: the first such point after t0, or
 * t1. Walk a sentence with t = t0; t < t1; t = rcp__doc_statement_end(d,
 * t, t1). Cost: a binary search.
 */
uint32_t rcp__doc_statement_end(const rcp_doc *d, uint32_t t0, uint32_t t1);

/* The abbreviations the sentence splitter knows (doc.c), folded: of the
 * word w[0..n), 1 a title (always followed by a name: M. Dupont, Dr.
 * Smith), 2 one that may also end a sentence (etc., Inc., Jan.), 0
 * neither. Each list is in strcmp order (a binary search). */
int rcp__abbrev_kind(const char *w, size_t n);
extern const char *const rcp__abbrev_titles[], *const rcp__abbrev_ends[];
extern const size_t rcp__abbrev_ntitles, rcp__abbrev_nends;

/* rcp_doc_new's tokens alone, as rcp_doc_new makes them, but with no
 * sentence, paragraph or statement break: every token's sent is 0 and
 * none is RCP_TOK_SSTART. For a reader of words only (the clusterer's
 * titles), which is spared the sentence splitter. */
rcp_doc *rcp__doc_words(const char *text, size_t len, const char *lang);

/* The Snowball algorithm of an ISO 639-1 code ("french"), or NULL. */
const char *rcp__snowball_name(const char *lang);

/*
 * Calendar words of running text (calendar.c). rcp__tok_day: the day of
 * the month a number token gives (12, 1er, 1st, 2nd, 3rd, 14th, 12e), or
 * 0. rcp__tok_month: the month (1-12) word token t of d names, with the
 * capitalisation rules of French and English (English months capitalised,
 * abbreviations only with their full stop); in text of class OTHER the
 * names of its own language only (German, Spanish, Italian, Portuguese,
 * Dutch; Malay and Indonesian capitalised), none else; or 0; also 月 after a
 * number 1-12 (9月, Chinese and Japanese), which is the month and not a
 * day and month: the digest's date reader leaves RCP_TOK_IDEO months
 * alone. Both take NULL.
 */
int rcp__tok_day(const rcp_token *t);
/* The language class of the doc a token is of: the tokenizer writes
 * rcp_doc.lang_class into the top two bits of every token's flags, so
 * that a reader that holds the token alone (the story analysis's word
 * lists: rcp__lex_tok, asked at some 250 places) reads the lists of the
 * token's own language without the doc being passed to each. */
#define RCP__TOK_LC_SHIFT 12
static inline rcp_lang_class rcp__tok_class(const rcp_token *t)
{
    return (rcp_lang_class)(t->flags >> RCP__TOK_LC_SHIFT & 3);
}
/* The token's folded form is the word w (the words of a table are
 * mostly told apart by their first byte, tested first). */
static inline int rcp__tok_is(const rcp_token *t, const char *w)
{
    if (!t->norm_len || t->norm[0] != w[0])
        return 0;
    size_t n = strlen(w);
    return t->norm_len == n && memcmp(t->norm, w, n) == 0;
}
int rcp__tok_month(const rcp_doc *d, const rcp_token *t);
/* The month (1-12) the folded full French or English name w[0..n)
 * ("octobre", "november") names, whatever its case was; or 0. For the
 * parts of compounds ("mi-octobre", "November-end"). */
int rcp__month_word(const char *w, size_t n);
/* The month names of every language read (calendar.c): lower case as
 * written in UTF-8, the month, the languages that write them and
 * RCP__CAL_ABBR on short forms ("sept", "ago"). */
enum {
    RCP__CAL_FR = 1 << 0, RCP__CAL_EN = 1 << 1, RCP__CAL_DE = 1 << 2,
    RCP__CAL_ES = 1 << 3, RCP__CAL_IT = 1 << 4, RCP__CAL_PT = 1 << 5,
    RCP__CAL_NL = 1 << 6, RCP__CAL_MS = 1 << 7, RCP__CAL_RU = 1 << 8,
    RCP__CAL_UK = 1 << 9, RCP__CAL_EL = 1 << 10, RCP__CAL_SR = 1 << 11,
    RCP__CAL_MK = 1 << 12, RCP__CAL_HE = 1 << 13, RCP__CAL_AR = 1 << 14,
    RCP__CAL_ABBR = 1 << 15, RCP__CAL_HI = 1 << 16
};
typedef struct rcp__month_name {
    const char *name;
    unsigned char month;
    unsigned langs;
} rcp__month_name;
extern const rcp__month_name rcp__month_names[];
extern const size_t rcp__nmonth_names;
/* The weekday names, in the same shape (`month` holds the day: 0 Sunday
 * .. 6 Saturday). */
extern const rcp__month_name rcp__weekday_names[];
extern const size_t rcp__nweekday_names;
/* The day (0 Sunday .. 6 Saturday) the lower-case name w[0..n) gives in
 * one of the languages langs (RCP__CAL_*; short forms, "sat", only when
 * langs holds RCP__CAL_ABBR), or -1. */
int rcp__weekday_in(const char *w, size_t n, unsigned langs);
/* The month (1-12) of lower-case name w[0..n) in one of langs, as
 * rcp__weekday_in; 0 when none. */
int rcp__month_in(const char *w, size_t n, unsigned langs);
/* The month (1-12) a name of the table at p[0..n) gives, in any of its
 * languages: the run of letters there (case-folded: ASCII, and the
 * capitals of other scripts, "Δεκεμβρίου") must be a whole name; its
 * length in *len. 0 when none. For raw text (web pages), where
 * rcp__tok_month reads tokens. */
int rcp__month_at(const char *p, size_t n, size_t *len);
/* 0 when rcp__tok_month(d, t) is 0 whatever d, inline, for a caller that
 * asks of every token (the clusterer): a word token's hnorm against a
 * filter of the hashes of the month words rcp__tok_month reads in text
 * of the token's class (rcp__tok_class: [0] French and English, [1] the
 * other languages of the table; a token equal to one of them has its
 * hash; about one other word in twenty passes). rcp__month_hbits[0]'s
 * bit 0 says the filters are filled (its words' bit 0 is set too: a word
 * whose hash falls there passes). */
#define RCP__MONTH_HBITS 16
extern uint64_t rcp__month_hbits[2][RCP__MONTH_HBITS];
void rcp__month_hbits_init(void);
static inline int rcp__tok_month_may(const rcp_token *t)
{
    if (t->flags & RCP_TOK_IDEO)
        return 1;
    if (!(t->flags & RCP_TOK_WORD))
        return 0;
    if (RCP_UNLIKELY(!(rcp__month_hbits[0][0] & 1)))
        rcp__month_hbits_init();
    const uint64_t *b = rcp__month_hbits[rcp__tok_class(t) == RCP_LC_OTHER];
    uint64_t h = t->hnorm;
    return b[(h >> 6) & (RCP__MONTH_HBITS - 1)] >> (h & 63) & 1;
}

/* The parts of a day (calendar.c): the folded word ("morning", "matin",
 * "soiree", "tonight") and its hours, [lo, hi] of 0 to 24, a night
 * running to 29 (5 in the morning after), a morning from midnight. One
 * table for the time of day and the part of a weekday (values.c).
 * rcp__tok_day_part: the part token t names, or NULL. */
typedef struct rcp__day_part {
    const char *word;
    double lo, hi;
} rcp__day_part;
extern const rcp__day_part rcp__day_parts[];
extern const size_t rcp__nday_parts;
const rcp__day_part *rcp__tok_day_part(const rcp_token *t);

/* Days since 1970-01-01 of year y, month m (1-12), day d (Howard
 * Hinnant's days_from_civil; proleptic Gregorian). */
long rcp__days_from_civil(int y, int m, int d);

/* The year, month (1-12) and day of day z since 1970-01-01 (the inverse
 * of rcp__days_from_civil). */
void rcp__civil_from_days(long z, int *y, int *m, int *d);

/* Languages known to detection, stopwords and stemming, as ISO 639-1;
 * "ms" stands for Indonesian ("id") too, which shares its list. */
extern const char *const rcp__langs[];

#endif
