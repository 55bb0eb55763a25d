/*
 * doc.c - the analysed document: paragraphs, sentences and tokens.
 *
 * The text is normalised (NFC), its language is taken from the hint or
 * detected, and it is cut into paragraphs at line breaks; each paragraph
 * is tokenized, then split into sentences; last, every token gets its
 * folded form, stopword flag and stem from the process-wide word cache
 * (lang.c), so that a word seen before costs one hash and one lookup.
 * Cost: linear in the text; no allocation per token (tokens, sentences
 * and paragraphs are three growing arrays, strings come from the cache or
 * the doc's arena).
 */
#include "text.h"

#include <stdlib.h>
#include <utf8proc.h>

struct rcp_doc_priv_ {
    rcp__arena arena;
    char *text; /* normalised text, rcp__malloc'd */
    size_t cap_toks, cap_sents, cap_paras;
    uint32_t *breaks; /* statement starts inside sentences, ascending: see
                         rcp__doc_statement_end */
    size_t nbreaks, cap_breaks;
};

/* An internal token flag, cleared before rcp_doc_new returns: the token
 * is lower-case ASCII, so its folded form is its text. */
#define TOK_PLAIN (1u << 15)

typedef struct builder {
    rcp_doc *d;
    struct rcp_doc_priv_ *pv;
    int slot;         /* the language's slot in the word cache */
    int french;       /* French or unknown: split dit-il */
    rcp__buf fold;    /* scratch: a folded token */
    uint32_t *qclose; /* per token of the paragraph: see mark_quotes */
    size_t qcap;
    int words;        /* the tokens alone (rcp__doc_words) */
    uint16_t lcbits;  /* the doc's class in every token's flags */
} builder;

/* ------------------------------------------------------------------------
 * Character helpers
 */

static inline int32_t cp_at(const char *p, size_t end, size_t i, int *len)
{
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    int32_t cp;
    *len = rcp__utf8_decode(p + i, end - i, &cp);
    return cp;
}

/* The code point at i, or -1 at or past end. */
static inline int32_t peek(const char *p, size_t end, size_t i)
{
    int l;
    return i < end ? cp_at(p, end, i, &l) : -1;
}

static inline int is_digit(int32_t c)
{
    return c >= '0' && c <= '9';
}

static inline int is_alpha(int32_t c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static inline int is_alnum(int32_t c)
{
    return is_digit(c) || is_alpha(c);
}

static inline int is_dash(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static inline int is_apos(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static inline int is_wordc(int32_t cp)
{
    return (rcp__cp_class(cp) & RCP__CP_WORD) != 0;
}

static size_t count_digits(const char *p, size_t end, size_t i)
{
    size_t k = i;
    while (k < end && is_digit((unsigned char)p[k]))
        k++;
    return k - i;
}

/* ------------------------------------------------------------------------
 * Special tokens: URLs, e-mail addresses, domain names, dates, times
 */

/* Longest URL taken as one token; the scans below are bounded so that a
 * long run without spaces costs linear time, not quadratic. */
#define URL_MAX 2048

/* Top-level domains that make "word.tld" a domain name rather than two
 * words with a missing space. */
static int is_tld(const char *p, size_t n)
{
    static const char *const tlds[] = {
        "com",   "org",  "net",  "fr", "uk", "de", "eu", "io", "info",
        "be",    "ch",   "ca",   "es", "it", "nl", "pt", "us", "gov",
        "edu",   "int",  "gouv", "tv", "ru", "cn", "jp", "ly", "me",
        "co",    "lu",   "mc",   "ma", "dz", "tn", "sn", "ci", "at",
        "se",    "no",   "dk",   "fi", "pl", "br", "in", "au", "news",
        "media", "html", "php",  "htm"};
    if (n < 2 || n > 5)
        return 0;
    char l[8];
    for (size_t i = 0; i < n; i++) {
        if (!is_alpha((unsigned char)p[i]))
            return 0;
        l[i] = (char)rcp__ascii_lower((unsigned char)p[i]);
    }
    for (size_t i = 0; i < RCP_ARRAY_SIZE(tlds); i++)
        if (strlen(tlds[i]) == n && memcmp(tlds[i], l, n) == 0)
            return 1;
    return 0;
}

/* May this code point stand inside a URL? */
static int url_cp(int32_t cp)
{
    if (cp < 0 || (rcp__cp_class(cp) & RCP__CP_SPACE))
        return 0;
    if (cp < 0x80)
        return cp > 0x20 && cp != '<' && cp != '>' && cp != '"' && cp != '`' &&
               cp != '{' && cp != '}' && cp != '|' && cp != '\\' && cp != '^';
    return !rcp__is_quote_cp(cp) && cp != 0x2019 && cp != 0x2026;
}

/* Drop what ends a sentence or closes a bracket from the end of a URL or
 * address p[s..e) (a ')' stays when the URL opened one). */
static size_t url_trim(const char *p, size_t s, size_t e)
{
    int paren = 0;
    for (size_t k = s; k < e; k++)
        paren += p[k] == '(';
    while (e > s) {
        unsigned char c = (unsigned char)p[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
            c == '?' || c == '\'' || c == ']' || (c == ')' && !paren))
            e--;
        else
            break;
    }
    return e;
}

static int prefix_ci(const char *p, size_t end, size_t i, const char *lit)
{
    size_t n = strlen(lit);
    if (end - i < n)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (rcp__ascii_lower((unsigned char)p[i + k]) != lit[k])
            return 0;
    return 1;
}

/* A URL starting at i ("http://", "https://", "ftp://", "www."): its end,
 * or 0. */
static size_t scan_url(const char *p, size_t end, size_t i)
{
    size_t k;
    if (end - i < 6 || ((p[i + 1] | 32) != 't' && (p[i + 1] | 32) != 'w'))
        return 0; /* not ht(tp), ft(p) nor ww(w) */
    if (prefix_ci(p, end, i, "https://"))
        k = i + 8;
    else if (prefix_ci(p, end, i, "http://") || prefix_ci(p, end, i, "ftp://"))
        k = i + (p[i] == 'f' || p[i] == 'F' ? 6 : 7);
    else if (prefix_ci(p, end, i, "www.") && i + 4 < end &&
             is_alnum((unsigned char)p[i + 4]))
        k = i + 4;
    else
        return 0;
    size_t lim = RCP_MIN(end, i + URL_MAX);
    while (k < lim) {
        int l;
        int32_t cp = cp_at(p, end, k, &l);
        if (!url_cp(cp))
            break;
        k += (size_t)l;
    }
    k = url_trim(p, i, k);
    return k > i + 8 || (k > i + 4 && (p[i] | 32) == 'w') ? k : 0;
}

/* A host name label: letters, digits, inner hyphens (at most 63). */
static size_t scan_label(const char *p, size_t end, size_t i)
{
    size_t k = i;
    end = RCP_MIN(end, i + 63);
    while (k < end && (is_alnum((unsigned char)p[k]) ||
                       (p[k] == '-' && k > i && k + 1 < end &&
                        is_alnum((unsigned char)p[k + 1]))))
        k++;
    return k;
}

/* An e-mail address starting at i: its end, or 0. */
static size_t scan_email(const char *p, size_t end, size_t i)
{
    size_t k = i, lim = RCP_MIN(end, i + 64);
    while (k < lim &&
           (is_alnum((unsigned char)p[k]) || p[k] == '.' || p[k] == '_' ||
            p[k] == '%' || p[k] == '+' || p[k] == '-'))
        k++;
    if (k == i || k >= end || p[k] != '@')
        return 0;
    size_t h = k + 1, e = scan_label(p, end, h);
    int dots = 0;
    if (e == h)
        return 0;
    while (e + 1 < end && p[e] == '.' && is_alnum((unsigned char)p[e + 1]) &&
           dots < 8) {
        e = scan_label(p, end, e + 1);
        dots++;
    }
    return dots ? e : 0;
}

/* A bare domain name starting at i ("lemonde.fr", "bbc.co.uk/news"),
 * whose last label is a known top-level domain: its end, or 0. */
static size_t scan_domain(const char *p, size_t end, size_t i)
{
    size_t e = scan_label(p, end, i), last = i;
    int dots = 0;
    if (e - i < 2)
        return 0;
    while (e + 1 < end && p[e] == '.' && is_alnum((unsigned char)p[e + 1]) &&
           dots < 8) {
        last = e + 1;
        e = scan_label(p, end, e + 1);
        dots++;
    }
    if (!dots || !is_tld(p + last, e - last))
        return 0;
    if (e < end && is_wordc(peek(p, end, e)))
        return 0;
    if (e < end && p[e] == '/') { /* a path */
        size_t lim = RCP_MIN(end, i + URL_MAX);
        while (e < lim) {
            int l;
            int32_t cp = cp_at(p, end, e, &l);
            if (!url_cp(cp))
                break;
            e += (size_t)l;
        }
        e = url_trim(p, i, e);
    }
    return e;
}

/* A numeric date starting at i (14/09/2023, 14.09.2023, 14-09-2023,
 * 2023-09-14, 2023/09/14): its end, or 0. */
static size_t scan_date(const char *p, size_t end, size_t i)
{
    size_t a = count_digits(p, end, i), k = i + a;
    if (k + 1 >= end || (a != 4 && a != 1 && a != 2))
        return 0;
    char sep = p[k];
    if (sep != '/' && sep != '.' && sep != '-')
        return 0;
    size_t b = count_digits(p, end, k + 1);
    if (b < 1 || b > 2)
        return 0;
    k += 1 + b;
    if (k + 1 >= end || p[k] != sep)
        return 0;
    size_t c = count_digits(p, end, k + 1);
    if (a == 4 ? (c < 1 || c > 2) : (c != 2 && c != 4))
        return 0;
    k += 1 + c;
    if (k < end && is_wordc(peek(p, end, k)))
        return 0;
    return k;
}

/* A time starting at i (10:30, 9:05:12): its end, or 0. */
static size_t scan_time(const char *p, size_t end, size_t i)
{
    size_t a = count_digits(p, end, i), k = i + a;
    if (a < 1 || a > 2 || k + 2 >= end || p[k] != ':' ||
        count_digits(p, end, k + 1) != 2)
        return 0;
    k += 3;
    if (k + 2 < end && p[k] == ':' && count_digits(p, end, k + 1) == 2)
        k += 3;
    if (k < end && is_wordc(peek(p, end, k)))
        return 0;
    return k;
}

/* Acronyms and initials with dots: a letter, then ". letter" (or ".-"
 * letter) one or more times: U.S, J.-M, e.g. The end (before the last
 * dot), or 0. */
static size_t scan_dotted(const char *p, size_t end, size_t i)
{
    if ((unsigned char)p[i] < 0x80 && (i + 1 >= end || p[i + 1] != '.'))
        return 0; /* the common case: not a letter and a dot (the caller
                     tests it too, inline) */
    int l;
    size_t k = i, parts = 0;
    for (;;) {
        int32_t cp = cp_at(p, end, k, &l);
        if (!(rcp__cp_class(cp) & RCP__CP_WORD) || is_digit(cp))
            break;
        size_t after = k + (size_t)l;
        if (after < end && is_wordc(peek(p, end, after)))
            break; /* more than one letter */
        parts++;
        k = after;
        if (k + 1 >= end || p[k] != '.' || parts == 16)
            break;
        size_t n = k + 1;
        if (p[n] == '-' && n + 1 < end)
            n++;
        if (!is_wordc(peek(p, end, n)))
            break;
        k = n;
    }
    /* k is just after the last letter taken */
    if (parts < 2)
        return 0;
    return k;
}

/* Is low[0..n) one of the nl words of list? Each word is compared a
 * byte at a time up to its first difference, most often its first byte
 * (the lists are asked at hyphens and apostrophes inside words; a strlen
 * a word cost more than the comparison). */
static int listed(const char *const *list, size_t nl, const char *low,
                  size_t n)
{
    for (size_t q = 0; q < nl; q++) {
        const char *w = list[q];
        size_t k = 0;
        while (k < n && w[k] && w[k] == low[k])
            k++;
        if (k == n && w[n] == 0)
            return 1;
    }
    return 0;
}

/* A French subject or object pronoun joined to its verb by a hyphen at
 * p[i] (dit-il, a-t-elle, est-ce, va-t-en, donne-moi): the length of the
 * part to split off, hyphens included, or 0. It must end the word. */
static size_t clitic_len(const char *p, size_t end, size_t i)
{
    static const char *const cl[] = {
        "il",   "ils", "elle", "elles", "on",  "je",   "tu", "nous",
        "vous", "ce",  "moi",  "toi",   "lui", "leur", "y",  "en"};
    size_t k = i + 1;
    if (k + 2 < end && (p[k] == 't' || p[k] == 'T') && p[k + 1] == '-') {
        k += 2; /* -t-: always a French inversion */
    } else {
        /* the verb ends in a vowel, t or d (dit-il, prend-elle, a-on);
         * names do not split (Kim Jong-il, Jean-Il) */
        unsigned char c =
            (unsigned char)rcp__ascii_lower((unsigned char)p[i - 1]);
        int verbish = strchr("aeiouytdc", c) != NULL && c != 0;
        if (i >= 2 && (unsigned char)p[i - 2] == 0xC3 &&
            ((unsigned char)p[i - 1] == 0xA9 ||
             (unsigned char)p[i - 1] == 0xA8))
            verbish = 1; /* é è */
        if (!verbish)
            return 0;
    }
    size_t w = k;
    while (w < end && w - k < 6 && is_alpha((unsigned char)p[w]))
        w++;
    if (w == k || (w < end && is_wordc(peek(p, end, w))) ||
        (w < end && (p[w] == '-' || p[w] == '\'')))
        return 0;
    char low[8];
    for (size_t q = k; q < w; q++)
        low[q - k] = (char)rcp__ascii_lower((unsigned char)p[q]);
    return listed(cl, RCP_ARRAY_SIZE(cl), low, w - k) ? w - i : 0;
}

/* French and Italian elisions that an apostrophe splits off (ASCII,
 * compared case-folded, without the apostrophe). */
static int is_elision(const char *p, size_t n)
{
    static const char *const el[] = {
        "l",      "d",      "j",      "m",     "n",      "s",
        "t",      "c",      "qu",     "jusqu", "lorsqu", "puisqu",
        "quoiqu", "presqu", "quelqu", "dell",  "nell",   "sull",
        "dall",   "all",    "un",     "quell", "dev",    "tutt"};
    char low[8];
    if (n == 0 || n > 6)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80)
            return 0;
        low[i] = (char)rcp__ascii_lower(c);
    }
    return listed(el, RCP_ARRAY_SIZE(el), low, n);
}

/* ------------------------------------------------------------------------
 * Tokenizer
 */

static inline int push_token(builder *b, size_t off, size_t len, uint16_t flags)
{
    rcp_doc *d = b->d;
    if (RCP_UNLIKELY(d->ntoks == b->pv->cap_toks) &&
        rcp__grow(&d->toks, &b->pv->cap_toks, d->ntoks + 1, sizeof *d->toks))
        return RCP_ENOMEM;
    rcp_token *t = &d->toks[d->ntoks++];
    t->off = (uint32_t)off;
    t->len = (uint32_t)len;
    t->sent = 0;
    t->flags = flags | b->lcbits;
    /* norm_len, norm, stem and the hashes: finish_tokens sets them for
     * every token, and nothing reads them before */
    return 0;
}

/* Is c, at k, a separator of thousands in a number begun at s: a no-break,
 * thin or plain space before exactly three digits (1 000, 12 500 000)? The
 * number so far must be groups of digits only, the first of 1-3. */
static int group_space(const char *p, size_t end, size_t s, size_t k, int32_t c,
                       int l)
{
    if (!(c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009))
        return 0;
    size_t j = k + (size_t)l;
    if (count_digits(p, end, j) != 3)
        return 0;
    int32_t after = peek(p, end, j + 3);
    if (after >= 0 && is_wordc(after))
        return 0;
    /* the number so far: 1-3 digits, then groups of 3 */
    if (k - s > 40)
        return 0;
    size_t first = count_digits(p, end, s);
    if (first < 1 || first > 3)
        return 0;
    size_t q = s + first;
    while (q < k) {
        int ql;
        int32_t sc = cp_at(p, end, q, &ql);
        if (!(sc == ' ' || sc == 0xA0 || sc == 0x202F || sc == 0x2009) ||
            count_digits(p, end, q + (size_t)ql) != 3)
            return 0;
        q += (size_t)ql + 3;
    }
    return q == k;
}

/*
 * Tokenize text[start, end) (one paragraph). How it works: one pass over
 * the code points; at each non-space one, the first rule that matches
 * makes the token:
 *   - URLs (http://, www.), e-mail addresses and domain names (lemonde.fr)
 *     are one RCP_TOK_URL token each, without trailing punctuation;
 *   - numeric dates (14/09/2023, 2023-09-14) are one NUM|DATE token, and
 *     times (10:30) one NUM token;
 *   - single letters joined by dots (U.S, J.-M, e.g) are one word; the
 *     last dot stays a token of its own, for the sentence splitter;
 *   - a word is a run of letters, marks and digits, with inner hyphens
 *     (Kim Jong-un, al-Assad), inner apostrophes (aujourd'hui, O'Brien),
 *     and for numbers inner . or , before a digit (3,5 3.5 1,000) and
 *     spaces before groups of three digits (1 000, with any space); a
 *     French or Italian elision is split after its apostrophe (l' qu'
 *     jusqu' dell'), an English 's is split off, and so is a French
 *     inverted pronoun (dit-il -> dit -il, a-t-elle -> a -t-elle); a
 *     number is a word that starts with a digit (12e, 1er, 10 in 10%:
 *     % is its own token, so that 10% and 10 % match) or with its
 *     decimal point (.357);
 *   - a run of full stops (...) is one token, and so are `` and '' (the
 *     quotation marks of wire copy, RCP_TOK_QUOTE like « » “ ”); every
 *     other character that is not a space is a token of its own (‘ and
 *     a ’ outside a word too, made RCP_TOK_QUOTE when paired: see
 *     mark_single).
 */
/* The ASCII letters and digits from p[i] on (rcp__ascii_run_tab): where
 * they end; the letters and capitals among them added to *letters and
 * *uppers. No bound: the byte that ends a paragraph (a line feed, or the
 * NUL doc_new puts after the text) ends every run. */
static inline size_t ascii_run(const char *p, size_t i, int *letters,
                               int *uppers)
{
    uint64_t sum = 0, k;
    while ((k = rcp__ascii_run_tab[(unsigned char)p[i]])) {
        sum += k;
        i++;
    }
    *letters += (int)(uint32_t)sum;
    *uppers += (int)((sum >> 32) & 0x3FFFFFFF);
    return i;
}

/* rcp__cp_class once the table is filled: no test of that for every
 * character of the text */
static inline unsigned cp_cls(int32_t cp)
{
    return cp >= 0 && cp < RCP__CP_TAB ? rcp__cp_tab[cp] : rcp__cp_class(cp);
}

static int tokenize(builder *b, size_t start, size_t end)
{
    const char *p = b->d->text;
    size_t i = start;
    (void)rcp__cp_class(0); /* the class table is filled: cp_cls reads it */
    while (i < end) {
        int l;
        int32_t cp;
        unsigned cls;
        size_t s;
        /* the lower-case ASCII letters that start no URL (f h w) */
        static const unsigned char plain_start[256] = {
            ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['g'] = 1,
            ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
            ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
            ['u'] = 1, ['v'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};
        unsigned char b0 = (unsigned char)p[i];
        if (plain_start[b0] && !(i + 1 < end && p[i + 1] == '.')) {
            /* the commonest start of a token, a lower-case ASCII letter
             * that starts no URL and no dotted abbreviation (U.S, e.g):
             * every rule before the word's fails for it */
            cp = b0;
            cls = cp_cls(cp);
            s = i;
            goto word;
        }
        if (b0 == ' ') { /* between most tokens */
            i++;
            continue;
        }
        cp = cp_at(p, end, i, &l);
        cls = cp_cls(cp);
        if (cls & RCP__CP_SPACE || cp < 0) {
            i += (size_t)l;
            continue;
        }
        if (cp == '.' && i + 1 < end && is_digit((unsigned char)p[i + 1]) &&
            (i == start || p[i - 1] == ' ' || p[i - 1] == '\t' ||
             p[i - 1] == '(')) {
            /* .357, .5: a number that starts with its decimal point */
            size_t e = i + 1;
            while (e < end && (is_digit((unsigned char)p[e]) ||
                               ((p[e] == '.' || p[e] == ',') && e + 1 < end &&
                                is_digit((unsigned char)p[e + 1]))))
                e++;
            if (e < end && is_wordc(peek(p, end, e)))
                while (e < end && is_alnum((unsigned char)p[e]))
                    e++;
            if (push_token(b, i, e - i, RCP_TOK_NUM))
                return RCP_ENOMEM;
            i = e;
            continue;
        }
        if (!(cls & RCP__CP_WORD)) {
            size_t e = i + (size_t)l;
            uint16_t f = RCP_TOK_PUNCT;
            if (cp == '.')
                while (e < end && p[e] == '.')
                    e++;
            if (rcp__is_quote_cp(cp))
                f |= RCP_TOK_QUOTE;
            else if ((cp == '`' || cp == '\'') && e < end && p[e] == cp) {
                e++; /* `` and '' of wire copy: one quotation mark */
                f |= RCP_TOK_QUOTE;
            }
            if (cp < 0x80 && e - i <= 256)
                f |= TOK_PLAIN;
            if (push_token(b, i, e - i, f))
                return RCP_ENOMEM;
            i = e;
            continue;
        }
        if (cls & RCP__CP_IDEO) {
            /* one token per character: which characters make a word is
             * a dictionary's business; readers of the tokens pair them */
            if (push_token(b, i, (size_t)l, RCP_TOK_WORD | RCP_TOK_IDEO))
                return RCP_ENOMEM;
            i += (size_t)l;
            continue;
        }
        s = i;
        size_t e;
        if (cp < 0x80) {
            /* URLs, addresses, dates, times */
            int c0 = cp | 32;
            if ((c0 == 'h' || c0 == 'w' || c0 == 'f') &&
                (e = scan_url(p, end, i))) {
                if (push_token(b, s, e - s, RCP_TOK_URL))
                    return RCP_ENOMEM;
                i = e;
                continue;
            }
            if (is_digit(cp)) {
                if ((e = scan_date(p, end, i))) {
                    if (push_token(b, s, e - s, RCP_TOK_NUM | RCP_TOK_DATE))
                        return RCP_ENOMEM;
                    i = e;
                    continue;
                }
                if ((e = scan_time(p, end, i))) {
                    if (push_token(b, s, e - s, RCP_TOK_NUM))
                        return RCP_ENOMEM;
                    i = e;
                    continue;
                }
            }
        }
        if (!is_digit(cp) && (cp >= 0x80 || (i + 1 < end && p[i + 1] == '.')) &&
            (e = scan_dotted(p, end, i))) {
            uint16_t f = RCP_TOK_WORD;
            if (cls & RCP__CP_UPPER) {
                f |= RCP_TOK_CAP;
                int all = 1;
                for (size_t k = i; k < e;) {
                    int32_t c = cp_at(p, end, k, &l);
                    if ((rcp__cp_class(c) & RCP__CP_WORD) &&
                        !(rcp__cp_class(c) & RCP__CP_UPPER))
                        all = 0;
                    k += (size_t)l;
                }
                if (all)
                    f |= RCP_TOK_UPPER;
            }
            if (push_token(b, s, e - s, f))
                return RCP_ENOMEM;
            i = e;
            continue;
        }
    word: /* a word or number */;
        int digit_start = is_digit(cp);
        int letters = 0, uppers = 0, cap = (cls & RCP__CP_UPPER) != 0;
        size_t s_split = 0; /* end of a split-off 's, when there is one */
        size_t clitic = 0;  /* length of a split-off -t-il, when there is */
        int nonascii = 0;   /* any byte >= 0x80 */
        for (;;) {
            i = ascii_run(p, i, &letters, &uppers);
            if (i >= end)
                break;
            if (p[i] == ' ' && !(digit_start && letters == 0))
                break; /* the usual end of a word: a space joins only
                          the digit groups of a number (1 000, below) */
            nonascii |= (unsigned char)p[i] >= 0x80;
            cp = cp_at(p, end, i, &l);
            cls = cp_cls(cp);
            if (cls & RCP__CP_IDEO)
                break; /* G20峰会, 9月: the Latin part is a token alone */
            if (cls & RCP__CP_WORD) {
                if (!(cls & RCP__CP_DIGIT)) {
                    letters++;
                    uppers += (cls & RCP__CP_UPPER) != 0;
                }
                i += (size_t)l;
                continue;
            }
            /* what may join two word parts */
            size_t j = i + (size_t)l;
            int32_t next = peek(p, end, j);
            unsigned ncls = cp_cls(next); /* 0 for -1 */
            int next_word = (ncls & RCP__CP_WORD) && !(ncls & RCP__CP_IDEO);
            if (is_dash(cp) && next_word) {
                size_t cl = b->french ? clitic_len(p, end, i) : 0;
                if (cl && !digit_start) {
                    clitic = cl; /* dit-il: "dit", then "-il" */
                    break;
                }
                i = j;
                continue;
            }
            if ((cp == '.' || cp == ',') && digit_start && is_digit(next)) {
                i = j; /* 3.5  3,5  1.000 */
                continue;
            }
            if (digit_start && letters == 0 &&
                group_space(p, end, s, i, cp, l)) {
                i = j; /* 1 000 */
                continue;
            }
            if (cp == '.' && !digit_start && next >= 0 && next < 0x80 &&
                is_alpha(next)) {
                size_t de = scan_domain(p, end, s);
                if (de) { /* lemonde.fr */
                    i = de;
                    s_split = (size_t)-1;
                    break;
                }
            }
            if (cp == '@' ||
                ((cp == '.' || cp == '_' || cp == '+') && next_word)) {
                size_t ee = scan_email(p, end, s);
                if (ee) {
                    i = ee;
                    s_split = (size_t)-1;
                    break;
                }
            }
            if (is_apos(cp) && next_word) {
                if (is_elision(p + s, i - s)) {
                    i = j; /* the token ends after the apostrophe */
                    break;
                }
                /* English 's: split it off as its own token */
                if ((next == 's' || next == 'S') &&
                    !(j + 1 < end && is_wordc(peek(p, end, j + 1)))) {
                    s_split = j + 1;
                    break;
                }
                i = j;
                continue;
            }
            break;
        }
        if (s_split == (size_t)-1) {
            if (push_token(b, s, i - s, RCP_TOK_URL))
                return RCP_ENOMEM;
            continue;
        }
        uint16_t f = digit_start ? RCP_TOK_NUM : RCP_TOK_WORD;
        if (cap)
            f |= RCP_TOK_CAP;
        if (letters >= 2 && uppers == letters)
            f |= RCP_TOK_UPPER;
        if (!nonascii && !uppers && !cap && !digit_start && i - s <= 256)
            f |= TOK_PLAIN;
        if (push_token(b, s, i - s, f))
            return RCP_ENOMEM;
        if (s_split) {
            if (push_token(b, i, s_split - i, RCP_TOK_WORD))
                return RCP_ENOMEM;
            i = s_split;
        }
        if (clitic) {
            if (push_token(b, i, clitic, RCP_TOK_WORD))
                return RCP_ENOMEM;
            i += clitic;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Sentences
 */

static int32_t tok_cp(const rcp_doc *d, const rcp_token *t)
{
    int32_t cp;
    rcp__utf8_decode(d->text + t->off, t->len, &cp);
    return cp;
}

int32_t rcp__tok_quote_cp(const rcp_doc *d, const rcp_token *t)
{
    if (!(t->flags & RCP_TOK_QUOTE))
        return 0;
    int32_t cp = tok_cp(d, t);
    return cp == '`' ? 0x201C : cp == '\'' ? 0x201D : cp;
}

static int terminator_cp(const rcp_doc *d, const rcp_token *t)
{
    int32_t cp = tok_cp(d, t);
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
           cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049 ||
           cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61 ||
           cp == 0x0964 || cp == 0x061F || cp == 0x06D4; /* 。！？｡ । ؟ ۔ */
}

/* Does token t end a sentence by itself (. ! ? … and the like)? Asked of
 * every token: the ASCII answer inline. */
static inline int is_terminator(const rcp_doc *d, const rcp_token *t)
{
    if (!(t->flags & RCP_TOK_PUNCT))
        return 0;
    unsigned char c = (unsigned char)d->text[t->off];
    if (c < 0x80)
        return c == '.' || c == '!' || c == '?';
    return terminator_cp(d, t);
}

/* A quotation mark that opens, or closes, a quotation (« ‹ “ „ / » › ”). */
static int opens_quote(int32_t cp)
{
    return cp == 0xAB || cp == 0x201C || cp == 0x201E || cp == 0x2039 ||
           cp == 0x2018;
}

static int closes_quote(int32_t cp)
{
    return cp == 0xBB || cp == 0x201D || cp == 0x203A || cp == 0x2019;
}

/* Can toks[k] close the sentence after a terminator? Closing brackets
 * and quotation marks can; a straight " can when it was paired as a
 * closing one (qclose says so). */
static int is_closer(builder *b, size_t t0, size_t k)
{
    const rcp_doc *d = b->d;
    const rcp_token *t = &d->toks[k];
    if (t->len > 4 || !(t->flags & RCP_TOK_PUNCT))
        return 0;
    int32_t cp = tok_cp(d, t);
    if (cp == '"')
        return b->qclose[k - t0] == UINT32_MAX;
    return cp == ')' || cp == ']' || closes_quote(cp) || cp == 0x2019 ||
           cp == '\'';
}

/* Can token t start a sentence? A quotation mark before a lower-case
 * word cannot: it closes the quotation the terminator ended ("Why did you
 * do it? "the widow read.), or opens a quoted phrase of the sentence
 * ("...will dream about! "in the film that...). */
static int starts_sentence(const rcp_doc *d, const rcp_token *t)
{
    if ((t->flags & RCP_TOK_QUOTE) && t + 1 < d->toks + d->ntoks &&
        t[1].off == t->off + t->len && (t[1].flags & RCP_TOK_WORD) &&
        utf8proc_category(tok_cp(d, t + 1)) == UTF8PROC_CATEGORY_LL)
        return 0;
    if (t->flags & (RCP_TOK_CAP | RCP_TOK_NUM | RCP_TOK_QUOTE | RCP_TOK_IDEO))
        return 1;
    int32_t cp = tok_cp(d, t);
    if ((t->flags & RCP_TOK_WORD) && cp >= 0x80 &&
        utf8proc_category(cp) == UTF8PROC_CATEGORY_LO)
        return 1; /* a script without case (Hangul, Arabic, Thai) */
    return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '(' ||
           cp == '[' || cp == 0xBF || cp == 0xA1 || cp == 0x2018 ||
           cp == 0x2022;
}

enum { AB_NONE, AB_TITLE, AB_ENDS, AB_INITIAL, AB_TIME };

/* Folded forms, each list in strcmp order (abbrev_in's binary search; the
 * test doc_abbrev_tables checks it): a word that is also an ordinary word
 * of French or English that can end a sentence (est, art, ca for ça,
 * gens, sens, pres for près) is left out, since it would hide that end. */
const char *const rcp__abbrev_titles[] = {
    "adm", "ald", "amb", "atty", "brig", "capt", "cdt", "cmdr", "cmdt",
    "cne", "col", "const", "cpl", "det", "dr", "drs", "fr", "gal", "gen",
    "gov", "govs", "hon", "insp", "lieut", "lt", "m", "maj", "me",
    "messrs", "mgr", "mlle", "mlles", "mm", "mme", "mmes", "mr", "mrs",
    "ms", "mt", "pr", "prof", "pvt", "rep", "reps", "rev", "sa", "sen",
    "sgt", "sgts", "sr", "st", "ste", "sts", "supt", "vve"};
const char *const rcp__abbrev_ends[] = {
    "al", "approx", "apr", "aug", "av", "ave", "avr", "bd", "bld", "blvd",
    "bn", "bzw", "cf", "ch", "chap", "cie", "co", "coll", "corp", "dec",
    "dept", "ed", "eds", "env", "etc", "ex", "feb", "fev", "fevr", "fig",
    "ggf", "gr", "hr", "hrs", "ibid", "id", "inc", "jan", "janv", "jr",
    "juil", "jul", "jun", "ltd", "mar", "max", "md", "mds", "min", "mio",
    "mln", "mrd", "n", "no", "nos", "nov", "nr", "oct", "op", "p", "pct",
    "pp", "pt", "pts", "rd", "resp", "sep", "sept", "sq", "suiv", "tel",
    "tr", "trad", "usw", "vgl", "vol", "vs"};
const size_t rcp__abbrev_ntitles = RCP_ARRAY_SIZE(rcp__abbrev_titles),
             rcp__abbrev_nends = RCP_ARRAY_SIZE(rcp__abbrev_ends);

/* Is w[0..n) in list[0..count), sorted in strcmp order? (A scan with
 * strlen was 0.8% of clustering 10,000 articles.) */
static int abbrev_in(const char *const *list, size_t count, const char *w,
                     size_t n)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, i = 0;
        const char *s = list[mid];
        while (i < n && s[i] && s[i] == w[i])
            i++;
        /* w against s as strcmp orders them: a prefix comes first */
        int c = i < n ? (s[i] ? (unsigned char)w[i] - (unsigned char)s[i] : 1)
                      : (s[i] ? -1 : 0);
        if (!c)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Words after which a full stop does not end the sentence (folded).
 * TITLE: always followed by a name (M. Dupont, Dr. Smith); ENDS: may end
 * a sentence as well (etc., Inc., Jan.), which it does when the next
 * word is a capitalised function word (etc. Il, Inc. The). The values
 * are text.h's (1, 2, 0). */
int rcp__abbrev_kind(const char *w, size_t n)
{
    if (abbrev_in(rcp__abbrev_titles, rcp__abbrev_ntitles, w, n))
        return AB_TITLE;
    if (abbrev_in(rcp__abbrev_ends, rcp__abbrev_nends, w, n))
        return AB_ENDS;
    return AB_NONE;
}

/* Is toks[k] a capitalised function word (Il, Le, The), of the document's
 * language or, when it is unknown, of French or English? With `names`,
 * words that also begin names (Le Pen, De Gaulle, Van Gogh) do not count. */
static int cap_function_word(builder *b, size_t k, int names)
{
    static const char *const particles[] = {
        "le",  "la",  "les",   "de",  "du", "des", "d'",    "l'",  "van",
        "von", "der", "den",   "di",  "da", "del", "della", "dos", "das",
        "do",  "y",   "e",     "al",  "el", "bin", "ben",   "ter", "ten",
        "st",  "san", "saint", "mac", "mc", "o'"};
    rcp_doc *d = b->d;
    const rcp_token *t = &d->toks[k];
    if (!(t->flags & RCP_TOK_CAP) || !(t->flags & RCP_TOK_WORD) || t->len > 24)
        return 0;
    rcp__buf_reset(&b->fold);
    if (rcp__fold(d->text + t->off, t->len, &b->fold) || !b->fold.p)
        return 0;
    const char *f = b->fold.p;
    size_t n = b->fold.len;
    if (names)
        for (size_t i = 0; i < RCP_ARRAY_SIZE(particles); i++)
            if (strlen(particles[i]) == n && memcmp(particles[i], f, n) == 0)
                return 0;
    if (d->lang[0])
        return rcp__is_stopword(d->lang, f, n);
    return rcp__is_stopword("fr", f, n) || rcp__is_stopword("en", f, n);
}

/* After "10 a.m." or "3 p.m.", a capitalised word starts a sentence
 * unless it is a time zone (EST, GMT: upper case) or names a day or
 * month (p.m. Friday, a.m. Oct. 3). */
static int time_ends_sentence(builder *b, size_t next)
{
    static const char *const when[] = {
        "local", "eastern",  "central",  "pacific",
        "mountain", "today", "tomorrow", "yesterday"};
    const unsigned en = RCP__CAL_EN | RCP__CAL_ABBR;
    const rcp_doc *d = b->d;
    const rcp_token *t = &d->toks[next];
    if (!(t->flags & RCP_TOK_CAP) || !(t->flags & RCP_TOK_WORD))
        return 0;
    if ((t->flags & RCP_TOK_UPPER) || t->len > 12)
        return 0;
    char low[16];
    for (size_t i = 0; i < t->len; i++)
        low[i] = (char)rcp__ascii_lower((unsigned char)d->text[t->off + i]);
    if (rcp__weekday_in(low, t->len, en) >= 0 ||
        rcp__month_in(low, t->len, en))
        return 0; /* the calendar's English names and short forms */
    for (size_t i = 0; i < RCP_ARRAY_SIZE(when); i++)
        if (strlen(when[i]) == t->len && memcmp(when[i], low, t->len) == 0)
            return 0;
    return 1;
}

/* Is a full stop between w (which it follows without a space) and n a
 * decimal point set apart by a space? When n begins with a digit, and w
 * ends in at most three digits ("magnitude-5. 2", "27. 5 millions",
 * "By 6. 30am", "(Dh472. 72bn)"), is an opening bracket, colon or comma
 * ("(. 538)"), a single lower-case letter ("a. 357 Magnum": a leading
 * point, as calibres and averages are written) or, in English, where a
 * sentence does not begin with figures other than a year, any lower-case
 * word ("her. 357 Magnum", "of. 09 percent"). */
static int lost_decimal_point(const rcp_doc *d, const rcp_token *w,
                              const rcp_token *n)
{
    if ((unsigned)(d->text[n->off] - '0') >= 10)
        return 0;
    size_t digits = 0;
    while (digits < w->len && digits < 4 &&
           (unsigned)(d->text[w->off + w->len - 1 - digits] - '0') < 10)
        digits++;
    if (digits)
        return digits <= 3;
    if (w->flags & RCP_TOK_PUNCT) {
        char c = d->text[w->off];
        return w->len == 1 && (c == '(' || c == ':' || c == ',');
    }
    if (!(w->flags & RCP_TOK_WORD) || (w->flags & RCP_TOK_CAP))
        return 0;
    if (w->len == 1)
        return 1;
    const char *p = d->text + n->off;
    int year = n->len == 4 && (p[0] == '1' || p[0] == '2');
    return d->lang_class == RCP_LC_EN && !year;
}

/* Does the full stop at toks[k], followed by toks[next] (which can start
 * a sentence), end the sentence begun at toks[first]? */
static int dot_ends_sentence(builder *b, size_t first, size_t k, size_t next)
{
    rcp_doc *d = b->d;
    if (k == first)
        return 1;
    const rcp_token *w = &d->toks[k - 1];
    if (w->off + w->len != d->toks[k].off)
        return 1; /* "word ." */
    if (k - 1 == first && (w->flags & (RCP_TOK_NUM | RCP_TOK_WORD)) &&
        w->len <= 3 && (w->flags & RCP_TOK_NUM || w->len == 1))
        return 0; /* a list marker: "1. ", "a. " */
    if (lost_decimal_point(d, w, &d->toks[next]))
        return 0;
    if (!(w->flags & RCP_TOK_WORD))
        return 1;
    rcp__buf_reset(&b->fold);
    if (w->len > 16 || rcp__fold(d->text + w->off, w->len, &b->fold) ||
        !b->fold.p)
        return 1;
    const char *f = b->fold.p;
    size_t n = b->fold.len;
    int letters = 0, dashes = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        dashes += f[i] == '-';
        dots += f[i] == '.';
        letters += f[i] != '.' && f[i] != '-';
    }
    int kind;
    if ((w->flags & RCP_TOK_CAP) && letters == 1)
        kind = AB_INITIAL; /* J. Smith */
    else if (dots && dashes)
        kind = AB_INITIAL; /* J.-M. Le Pen */
    else if (n >= 3 && f[n - 2] == '-' && (w->flags & RCP_TOK_CAP))
        kind = AB_INITIAL; /* Jean-P. Martin */
    else if ((n == 3 && (memcmp(f, "a.m", 3) == 0 || memcmp(f, "p.m", 3) == 0)))
        kind = AB_TIME; /* 10 a.m. */
    else if (dots)
        kind = AB_ENDS; /* U.S. e.g. */
    else
        kind = rcp__abbrev_kind(f, n);
    if (kind == AB_TITLE && !(w->flags & RCP_TOK_CAP))
        kind = AB_ENDS; /* titles are capitalised: 8 m. is metres */
    switch (kind) {
    case AB_TITLE:
        return 0;
    case AB_ENDS:
        return cap_function_word(b, next, 0);
    case AB_INITIAL:
        return cap_function_word(b, next, 1);
    case AB_TIME:
        return time_ends_sentence(b, next);
    default:
        return 1;
    }
}

/*
 * Quotations, how it works: a sentence of a digest must be verbatim and
 * make sense alone, and a quotation cut in two yields halves with an
 * unmatched « or » and a speaker in only one of them. So the quotation
 * marks of the paragraph are paired (« with », “ with ”, ‹ with ›, and
 * straight " by their neighbours or else in turn), and a sentence end
 * inside a short quotation that closes in the same paragraph (at most
 * QUOTE_MAX bytes and QUOTE_SENTS sentence ends) is not one: « Nous verrons. Il
 * faut attendre », a dit X. is one sentence, and so is "We will win. Nobody can
 * stop us," he said. The quotation's own last terminator still ends a sentence
 * when what follows the closing mark starts one: « Nous verrons. » Il s'est tu.
 * is two. Longer quotations, and quotations left open at the paragraph's end
 * (as when a quote runs over several paragraphs), are split as ordinary text.
 *
 * qclose[k - t0] is set to the index of the closing mark of the outermost
 * short quotation that holds toks[k] (0 when none), and to UINT32_MAX for
 * a straight " paired as a closing mark. Cost: linear, plus the length of
 * the quotations times their nesting (at most QUOTE_DEPTH).
 */
#define QUOTE_MAX 1000 /* bytes */
#define QUOTE_SENTS 3  /* sentence ends inside, the last one included */
#define QUOTE_DEPTH 8

/* Does the text before t, which is in a paragraph that starts at pstart,
 * leave room for an opening quotation mark (start, space, bracket)? */
static int left_open(const rcp_doc *d, const rcp_token *t, size_t pstart)
{
    if (t->off <= pstart)
        return 1;
    unsigned char c = (unsigned char)d->text[t->off - 1];
    return c == ' ' || c == '\t' || c == '(' || c == '[' || c == 0xA0 ||
           c == 0x94 /* the last byte of an em or en dash */;
}

/* Does the text after t close a quotation (end, space, punctuation)? */
static int right_close(const rcp_doc *d, const rcp_token *t, size_t pend)
{
    size_t e = t->off + t->len;
    if (e >= pend)
        return 1;
    unsigned char c = (unsigned char)d->text[e];
    return c == ' ' || c == '\t' || c == '.' || c == ',' || c == ';' ||
           c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
           c == 0xC2 /* no-break space */;
}

/* Is toks[k] a single curly mark c standing alone (a token of its own,
 * not the apostrophe inside a word: can’t, l’homme)? */
static int single_mark(const rcp_doc *d, size_t k, int32_t c)
{
    const rcp_token *t = &d->toks[k];
    return (t->flags & RCP_TOK_PUNCT) && !(t->flags & RCP_TOK_QUOTE) &&
           tok_cp(d, t) == c;
}

/*
 * Single curly quotation marks, ‘…’ (British and Australian copy, and
 * quotes inside quotes): ’ is also the apostrophe, so neither is a
 * RCP_TOK_QUOTE from the tokenizer. Here, in one paragraph toks[t0..t1),
 * a ‘ that opens (after the start, a space, a bracket, a dash or an
 * opening mark as in “‘; before a letter or digit, no space between) is
 * paired with the first ’ that closes (after a non-space; before the
 * end, a space or punctuation) before another ‘; a ’ after an s and
 * before a word may be the possessive of a plural (the players’ union)
 * and closes only when no other ’ closes later. Both marks of a pair
 * become RCP_TOK_QUOTE; a mark left unpaired stays punctuation. Linear:
 * a scan for a close stops at the next ‘, and the next opener is looked
 * for after where it stopped.
 */
static void mark_single(rcp_doc *d, size_t t0, size_t t1, size_t pstart,
                        size_t pend)
{
    if (t0 + 1 >= t1)
        return;
    /* nothing to pair without an opening mark (U+2018, E2 80 98): a
     * memchr for its first byte, not a test of every token */
    const char *p = d->text + d->toks[t0].off,
               *end = d->text + d->toks[t1 - 1].off + d->toks[t1 - 1].len;
    while ((p = memchr(p, 0xe2, (size_t)(end - p))) &&
           !(end - p >= 3 && (unsigned char)p[1] == 0x80 &&
             (unsigned char)p[2] == 0x98))
        p++;
    if (!p)
        return;
    for (size_t k = t0; k + 1 < t1; k++) {
        const rcp_token *t = &d->toks[k];
        int after_mark = k > t0 && (t[-1].flags & RCP_TOK_QUOTE) &&
                         t[-1].off + t[-1].len == t->off &&
                         opens_quote(rcp__tok_quote_cp(d, t - 1));
        if (!single_mark(d, k, 0x2018) ||
            !(after_mark || left_open(d, t, pstart)) ||
            t[1].off != t->off + t->len ||
            !(t[1].flags & (RCP_TOK_WORD | RCP_TOK_NUM)))
            continue;
        size_t cl = SIZE_MAX, m;
        for (m = k + 1; m < t1; m++) {
            const rcp_token *u = &d->toks[m];
            if (single_mark(d, m, 0x2018))
                break; /* another one opens: this one stays unpaired */
            if (!single_mark(d, m, 0x2019) || d->text[u->off - 1] == ' ' ||
                !right_close(d, u, pend))
                continue;
            unsigned char s = (unsigned char)d->text[u->off - 1];
            int plural = (s == 's' || s == 'S') && m + 1 < t1 &&
                         (d->toks[m + 1].flags & RCP_TOK_WORD);
            cl = m;
            if (!plural)
                break;
        }
        if (cl == SIZE_MAX) {
            k = m > k + 1 ? m - 1 : k;
            continue;
        }
        d->toks[k].flags |= RCP_TOK_QUOTE;
        d->toks[cl].flags |= RCP_TOK_QUOTE;
        k = cl;
    }
}

static int mark_quotes(builder *b, size_t t0, size_t t1, size_t pstart,
                       size_t pend)
{
    rcp_doc *d = b->d;
    mark_single(d, t0, t1, pstart, pend);
    size_t n = t1 - t0;
    if (n > b->qcap) {
        size_t cap = b->qcap ? b->qcap : 256;
        while (cap < n)
            cap *= 2;
        uint32_t *q = rcp__realloc(b->qclose, cap * sizeof *q);
        if (!q)
            return RCP_ENOMEM;
        b->qclose = q;
        b->qcap = cap;
    }
    memset(b->qclose, 0, n * sizeof *b->qclose);
    size_t stack[QUOTE_DEPTH];
    int32_t kinds[QUOTE_DEPTH];
    int depth = 0;
    for (size_t k = t0; k < t1; k++) {
        const rcp_token *t = &d->toks[k];
        if (!(t->flags & RCP_TOK_QUOTE))
            continue;
        int32_t cp = rcp__tok_quote_cp(d, t);
        int open = opens_quote(cp), close = closes_quote(cp);
        if (cp == '"' || cp == 0x201F) {
            /* straight quotes: by their neighbours when they tell ("x
             * opens, x" closes), else in turn */
            int inside = 0;
            for (int x = 0; x < depth; x++)
                inside |= kinds[x] == '"';
            int left = left_open(d, t, pstart), right = right_close(d, t, pend);
            if (t->off + t->len >= pend)
                open = 0, close = 1; /* nothing left to quote */
            else if (left && !right)
                open = 1, close = 0;
            else if (!left && right)
                open = 0, close = 1;
            else
                open = !inside, close = inside;
        } else if (cp == 0x201D && !(depth && kinds[depth - 1] == 0x201C) &&
                   !(depth && kinds[depth - 1] == 0x201E)) {
            /* ” also opens quotations in some typography: ”x” */
            int inside = 0;
            for (int x = 0; x < depth; x++)
                inside |= kinds[x] == 0x201D;
            open = !inside;
            close = inside;
        }
        if (open) {
            if (depth < QUOTE_DEPTH) {
                stack[depth] = k;
                kinds[depth++] = cp == 0x201F ? '"' : cp;
            }
            continue;
        }
        if (!close)
            continue;
        /* find the matching opening mark, innermost first */
        int x = depth - 1;
        for (; x >= 0; x--) {
            int32_t o = kinds[x];
            if ((cp == 0xBB && o == 0xAB) || (cp == 0x203A && o == 0x2039) ||
                (cp == 0x2019 && o == 0x2018) ||
                (cp == 0x201D && (o == 0x201C || o == 0x201E || o == 0x201D)) ||
                ((cp == '"' || cp == 0x201F) && o == '"'))
                break;
        }
        if (x < 0) {
            if (cp == '"')
                b->qclose[k - t0] = UINT32_MAX; /* closes an earlier one */
            continue;
        }
        size_t o = stack[x];
        depth = x;
        if (cp == '"')
            b->qclose[k - t0] = UINT32_MAX;
        if (t->off - d->toks[o].off > QUOTE_MAX)
            continue;
        int ends = 0;
        for (size_t m = o + 1; m < k; m++)
            ends += is_terminator(d, &d->toks[m]) &&
                    !is_terminator(d, &d->toks[m + 1]);
        if (ends > QUOTE_SENTS)
            continue;
        for (size_t m = o + 1; m < k; m++)
            if (b->qclose[m - t0] != UINT32_MAX &&
                b->qclose[m - t0] < (uint32_t)k)
                b->qclose[m - t0] = (uint32_t)k;
    }
    return 0;
}

static int push_sentence(builder *b, size_t s, size_t e, uint32_t para)
{
    rcp_doc *d = b->d;
    if (!RCP__PUSH(d->sents, d->nsents, b->pv->cap_sents))
        return RCP_ENOMEM;
    rcp_sentence *st = &d->sents[d->nsents++];
    memset(st, 0, sizeof *st);
    st->tok = (uint32_t)s;
    st->ntok = (uint32_t)(e - s);
    st->para = para;
    return 0;
}

/*
 * Split the tokens of one paragraph [t0, t1) into sentences. How it
 * works: a sentence ends after a terminator (. ! ? … and runs of them),
 * with any closing quotation marks and brackets after it, when the next
 * token can start a sentence (a capital, a digit, an opening quotation
 * mark, a dash or bracket) and the terminator is not inside a short
 * quotation (see mark_quotes); a full stop after an abbreviation or an
 * initial ends it only in the cases dot_ends_sentence allows. The end of
 * the paragraph always ends a sentence, so headlines and list items
 * without final punctuation stand alone.
 */
static int split_sentences(builder *b, size_t t0, size_t t1, uint32_t para,
                           size_t pstart, size_t pend)
{
    rcp_doc *d = b->d;
    int rc;
    if ((rc = mark_quotes(b, t0, t1, pstart, pend)))
        return rc;
    size_t s = t0, ss = t0; /* the sentence's start, the statement's */
    for (size_t k = t0; k < t1; k++) {
        if (!is_terminator(d, &d->toks[k]))
            continue;
        size_t e = k + 1; /* one past the sentence's last token */
        while (e < t1 && (is_terminator(d, &d->toks[e]) || is_closer(b, t0, e)))
            e++;
        if (e < t1) {
            /* when the run of terminators and closers does not end the
             * sentence, neither does any token of it: skip past it */
            size_t run_end = e - 1;
            uint32_t qc = b->qclose[k - t0];
            if (qc && qc != UINT32_MAX && e <= qc) {
                /* inside a short quotation: not a sentence end, but a
                 * statement ends here when a sentence would have */
                if (starts_sentence(d, &d->toks[e]) &&
                    b->qclose[e - t0] != UINT32_MAX &&
                    !(tok_cp(d, &d->toks[k]) == '.' && d->toks[k].len == 1 &&
                      e == k + 1 && !dot_ends_sentence(b, ss, k, e))) {
                    if (!RCP__PUSH(b->pv->breaks, b->pv->nbreaks,
                                   b->pv->cap_breaks))
                        return RCP_ENOMEM;
                    b->pv->breaks[b->pv->nbreaks++] = (uint32_t)e;
                    ss = e;
                }
                k = run_end;
                continue;
            }
            if (!starts_sentence(d, &d->toks[e]) ||
                b->qclose[e - t0] == UINT32_MAX) {
                k = run_end;
                continue;
            }
            if (tok_cp(d, &d->toks[k]) == '.' && d->toks[k].len == 1 &&
                e == k + 1 && !dot_ends_sentence(b, s, k, e))
                continue;
        }
        if ((rc = push_sentence(b, s, e, para)))
            return rc;
        s = ss = e;
        k = e - 1;
    }
    if (s < t1 && (rc = push_sentence(b, s, t1, para)))
        return rc;
    return 0;
}

/* ------------------------------------------------------------------------
 * Folded forms, stopwords, stems
 */

/* Fold p[0..n) into b->fold, ASCII bytes directly; p[0..avail) may be
 * read (avail >= n: the doc's text goes on past the token). */
static int fold_into(builder *b, const char *p, size_t n, size_t avail)
{
    rcp__buf *f = &b->fold;
    int rc;
    f->len = 0;
    if (RCP_UNLIKELY(n + 9 > f->cap) && (rc = rcp__buf_reserve(f, n + 8)))
        return rc;
    char *o = f->p;
    size_t len = 0, i = 0;
    for (;;) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes at a time, lower-cased whole: the ASCII ones among
         * the token's next (at most eight) count; the bytes written past
         * them are written over next or lie past the fold's end */
        while (i < n && i + 8 <= avail && len + 8 <= f->cap) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            size_t k = n - i < 8 ? n - i : 8;
            uint64_t keep = k == 8 ? ~0ULL : (1ULL << (8 * k)) - 1;
            uint64_t hi = w & 0x8080808080808080ULL & keep, up;
            size_t r = hi ? (size_t)__builtin_ctzll(hi) >> 3 : k;
            (void)rcp__alnum8(w, &up); /* its capitals */
            w |= up >> 2;              /* A-Z: + 0x20 */
            memcpy(o + len, &w, 8);
            len += r;
            i += r;
            if (r < 8)
                break;
        }
#endif
        while (i < n && (unsigned char)p[i] < 0x80) {
            o[len++] = (char)rcp__ascii_lower((unsigned char)p[i]);
            i++;
        }
        if (i >= n)
            break;
        int32_t cp;
        unsigned char c = (unsigned char)p[i];
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n &&
            ((unsigned char)p[i + 1] & 0xC0) == 0x80) {
            /* two bytes (Latin, Greek, Cyrillic): the table, inline */
            cp = (int32_t)(c & 0x1F) << 6 | ((unsigned char)p[i + 1] & 0x3F);
            i += 2;
            unsigned fl1 = rcp__fold_len[cp];
            if (fl1 && len + 8 + (n - i) + 1 <= f->cap) {
                memcpy(o + len, rcp__fold_out[cp], 8);
                len += fl1 - 1;
                continue;
            }
        } else {
            int l = rcp__utf8_decode(p + i, n - i, &cp);
            i += (size_t)l;
            if (cp < 0)
                continue;
        }
        char tmp[8];
        int fl = rcp__fold_cp(cp, tmp);
        if (len + (size_t)fl + (n - i) + 1 > f->cap) {
            f->len = len;
            if ((rc = rcp__buf_reserve(f, (size_t)fl + (n - i) + 8)))
                return rc;
            o = f->p;
        }
        memcpy(o + len, tmp, (size_t)fl);
        len += (size_t)fl;
    }
    o[len] = 0;
    f->len = len;
    return 0;
}

/* The folded form of a number drops the spaces that group its digits
 * (1 000 -> 1000), so that every spacing of it matches. */
static void squeeze_number(rcp__buf *f)
{
    size_t w = 0;
    for (size_t r = 0; r < f->len; r++)
        if (f->p[r] != ' ')
            f->p[w++] = f->p[r];
    f->len = w;
    f->p[w] = 0;
}

/* A token's folded form, stem and hashes from the word cache. */
static inline void take_word(rcp_token *t, const rcp__word *w)
{
    t->norm = w->norm;
    t->norm_len = w->norm_len;
    t->hnorm = w->hnorm;
    t->stem = w->stem;
    t->hstem = w->hstem;
    if (w->stop && (t->flags & RCP_TOK_WORD))
        t->flags |= RCP_TOK_STOP;
}

static int finish_tokens(builder *b)
{
    rcp_doc *d = b->d;
    rcp__arena *a = &b->pv->arena;
    int rc;
    /* in locals: the word cache's miss path is a call, after which the
     * fields would be read again for every token */
    rcp_token *const toks = d->toks;
    const char *const text = d->text;
    const size_t ntoks = d->ntoks;
    const int wslot = b->slot;
    for (size_t i = 0; i < ntoks; i++) {
        rcp_token *t = &toks[i];
        if (t->flags & TOK_PLAIN) {
            /* lower-case ASCII: the text is its own fold */
            t->flags &= (uint16_t)~TOK_PLAIN;
            int slot = (t->flags & RCP_TOK_WORD) ? wslot : 0;
            const char *p = text + t->off;
            const rcp__word *w =
                t->len == 1 ? rcp__wbyte[slot][(unsigned char)*p] : NULL;
            if (!w && !(w = rcp__word_get(slot, p, t->len, a)))
                return RCP_ENOMEM;
            take_word(t, w);
            continue;
        }
        if ((rc = fold_into(b, text + t->off, t->len, d->len - t->off)))
            return rc;
        if (t->flags & RCP_TOK_NUM)
            squeeze_number(&b->fold);
        size_t fl = b->fold.len;
        if (RCP_UNLIKELY(fl > UINT16_MAX)) {
            /* norm_len is 16 bits: cut, at a character boundary */
            fl = UINT16_MAX;
            while (fl > 0 && ((unsigned char)b->fold.p[fl] & 0xC0) == 0x80)
                fl--;
            b->fold.p[fl] = 0;
            b->fold.len = fl;
        }
        if (t->flags & (RCP_TOK_WORD | RCP_TOK_PUNCT)) {
            /* words and punctuation repeat: the cache has them */
            int slot = (t->flags & RCP_TOK_WORD) ? wslot : 0;
            unsigned char c0 = (unsigned char)b->fold.p[0];
            const rcp__word *w =
                fl == 1 && c0 < 0x80 ? rcp__wbyte[slot][c0] : NULL;
            if (!w && !(w = rcp__word_get(slot, b->fold.p, fl, a)))
                return RCP_ENOMEM;
            take_word(t, w);
            continue;
        }
        /* numbers, URLs: seldom twice, kept in the doc's arena */
        char *norm = rcp__arena_strndup(a, b->fold.p, fl);
        if (!norm)
            return RCP_ENOMEM;
        t->norm = t->stem = norm;
        t->norm_len = (uint16_t)fl;
        t->hnorm = t->hstem = rcp__hash(norm, fl, 0);
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Wrapped lines
 */

/* The code point ending at text[e) (the last one before e), its start in
 * *start; -1 when there is none or it is not valid UTF-8. */
static int32_t cp_before(const char *text, size_t s, size_t e, size_t *start)
{
    size_t k = e;
    while (k > s && ((unsigned char)text[k - 1] & 0xC0) == 0x80 && e - k < 3)
        k--;
    if (k == s)
        return -1;
    k--;
    int32_t cp;
    if (rcp__utf8_decode(text + k, e - k, &cp) != (int)(e - k))
        return -1;
    *start = k;
    return cp;
}

static int cp_is_lower(int32_t cp)
{
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/*
 * Does the line text[s, e) run on into the line after the break at e,
 * text[e + 1, ne)? A paragraph is one or more lines: a line break is
 * only a paragraph break when the line ends on a terminator, a closing
 * mark, a colon or a dash, or when what follows can start a new one. The
 * line runs on when it ends on a letter, digit, comma or semicolon and
 *  - the next line opens on a lower-case letter ("a été\nreporté"), or
 *  - the next line opens on a capital, the line ends on a capitalised word
 *    and the next line's first word ends on a comma or full stop or is
 *    followed by another capitalised word (a name cut in two: "du
 *    Groupe\nBanques Populaires", not "according to RussiaToday\n
 *    Brooklynites on Twitter reported"), and the line's
 *    last sentence is prose: at least 8 words, half of them lower-case,
 *    begun after a sentence end in this line or on a line of 100 bytes
 *    or more. A title ("Romero : «il faut aller plus loin» que la loi
 *    Léonetti") or a dateline before the text stays a paragraph of its own.
 * It runs on too after the full stop of a title or a company's suffix
 * that would not end a sentence there (abbrev_runs_on).
 */
static int prose_tail(const char *text, size_t s, size_t ee, size_t e);

/* Does the line text[s, ee) end on the full stop of a title or a
 * company's suffix that, by dot_ends_sentence's rule, does not end the
 * sentence before the next line's first word text[ns, ne) ("police
 * Const.\nTim Fanning", "the TallGrass Distributors Ltd.\nChristmas
 * party": "Ltd." ends one only before a capitalised function word,
 * "Inc.\nThe"), the line's last sentence being prose? */
static int abbrev_runs_on(const rcp_doc *d, size_t s, size_t ee, size_t ns,
                          size_t ne)
{
    const char *text = d->text;
    char f[24];
    size_t w = ee - 1, n = 0; /* the word before the full stop */
    while (w > s && text[w - 1] != ' ' && text[w - 1] != '\t')
        w--;
    if (ee - 1 - w == 0 || ee - 1 - w > 6)
        return 0; /* none, or longer than any title ("messrs") or suffix */
    for (size_t i = w; i < ee - 1; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return 0;
        f[n++] = (char)rcp__ascii_lower(c);
    }
    /* a title, or a company's suffix, as written capitalised: other
     * abbreviations end a name or a sentence as often ("Jr.", "chap.") */
    static const char *const company[] = {"inc", "ltd", "co", "corp", "cie"};
    if (!(text[w] >= 'A' && text[w] <= 'Z'))
        return 0; /* first: most lines end on a lower-case word */
    int kind = rcp__abbrev_kind(f, n), firm = 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(company); i++)
        firm |= strlen(company[i]) == n && !memcmp(company[i], f, n);
    if (kind != AB_TITLE && !firm)
        return 0;
    /* the next word: lower case runs on; a capitalised one unless it is
     * a function word of the language ("Inc.\nThe company") */
    int32_t c0;
    if (rcp__utf8_decode(text + ns, ne - ns, &c0) <= 0 || c0 < 0)
        return 0;
    if (cp_is_lower(c0))
        return 1;
    if (!(rcp__cp_class(c0) & RCP__CP_UPPER))
        return 0;
    if (kind != AB_TITLE) {
        size_t m = 0;
        for (size_t i = ns; i < ne && m < sizeof f; i++, m++) {
            unsigned char c = (unsigned char)text[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  c == '\''))
                break;
            f[m] = (char)rcp__ascii_lower(c);
        }
        if (m == sizeof f || m == 0)
            return 0;
        if (d->lang[0] ? rcp__is_stopword(d->lang, f, m)
                       : rcp__is_stopword("fr", f, m) ||
                             rcp__is_stopword("en", f, m))
            return 0;
    }
    return prose_tail(text, s, ee, ee);
}

static int line_runs_on(const rcp_doc *d, size_t s, size_t e, size_t ne)
{
    const char *text = d->text;
    size_t ee = e;
    while (ee > s && (text[ee - 1] == ' ' || text[ee - 1] == '\t' ||
                      text[ee - 1] == '\r'))
        ee--;
    size_t ns = e + 1;
    while (ns < ne && (text[ns] == ' ' || text[ns] == '\t'))
        ns++;
    if (ee == s || ns == ne)
        return 0;
    size_t k;
    int32_t last = cp_before(text, s, ee, &k);
    if (last < 0)
        return 0;
    unsigned lcls = rcp__cp_class(last);
    if (last == '.' && abbrev_runs_on(d, s, ee, ns, ne))
        return 1;
    if (last == '.' && ee - s >= 4 && text[ee - 3] == ' ' &&
        (rcp__cp_class((unsigned char)text[ee - 2]) & RCP__CP_UPPER) &&
        ee - s >= 5 && text[ee - 4] >= 'a' && text[ee - 4] <= 'z') {
        /* a middle initial after a first name ("comme George W.\nBush"):
         * the name goes on if the next line opens on a capital */
        int32_t c1;
        return rcp__utf8_decode(text + ns, ne - ns, &c1) > 0 &&
               (rcp__cp_class(c1) & RCP__CP_UPPER);
    }
    if (!(lcls & RCP__CP_WORD) && last != ',' && last != ';')
        return 0;
    int32_t first;
    if (rcp__utf8_decode(text + ns, ne - ns, &first) <= 0 || first < 0)
        return 0;
    if (cp_is_lower(first))
        return 1;
    if (!(rcp__cp_class(first) & RCP__CP_UPPER) || !(lcls & RCP__CP_WORD))
        return 0;
    /* the last word: capitalised, not all capitals */
    size_t w = ee;
    while (w > s && text[w - 1] != ' ' && text[w - 1] != '\t')
        w--;
    int32_t w0;
    if (rcp__utf8_decode(text + w, ee - w, &w0) <= 0 ||
        !(rcp__cp_class(w0) & RCP__CP_UPPER))
        return 0;
    int has_lower = 0;
    for (size_t i = w; i < ee && !has_lower;) {
        int32_t cp;
        int l = rcp__utf8_decode(text + i, ee - i, &cp);
        if (l <= 0)
            break;
        has_lower = cp_is_lower(cp);
        i += (size_t)l;
    }
    if (!has_lower)
        return 0;
    /* the next line goes on with the name: its first word ends on a
     * comma or full stop, or the word after it is capitalised too
     * ("Banques Populaires, du", "Christian Noyer et", "Kerviel.") --
     * not a sentence of its own ("When police approached") */
    size_t nw = ns;
    while (nw < ne && text[nw] != ' ' && text[nw] != '\t')
        nw++;
    int32_t endc = nw > ns ? (int32_t)(unsigned char)text[nw - 1] : 0;
    if (endc != ',' && endc != '.' && endc != ';') {
        while (nw < ne && (text[nw] == ' ' || text[nw] == '\t'))
            nw++;
        int32_t c2;
        if (nw == ne || rcp__utf8_decode(text + nw, ne - nw, &c2) <= 0 ||
            !(rcp__cp_class(c2) & RCP__CP_UPPER))
            return 0;
    }
    return prose_tail(text, s, ee, e);
}

/* Is the last sentence of the line text[s, ee) (e its break) prose: at
 * least 8 words, half of them lower-case, begun after a sentence end in
 * this line or on a line of 100 bytes or more? The word that ends the
 * line is counted whatever its final stop. */
static int prose_tail(const char *text, size_t s, size_t ee, size_t e)
{
    size_t words = 0, lower = 0;
    int ended = 0;
    size_t i = ee;
    while (i > s) {
        size_t ws = i; /* a word ends at i: find its start */
        while (ws > s && text[ws - 1] != ' ' && text[ws - 1] != '\t')
            ws--;
        if (ws < i) {
            /* does the word end a sentence (its last non-closer is . ! ? …)? */
            size_t j = i, cs;
            int32_t cp = cp_before(text, ws, j, &cs);
            while (cp >= 0 && (cp == '"' || cp == ')' || cp == 0xBB ||
                               cp == 0x201D || cp == 0x2019)) {
                j = cs;
                cp = cp_before(text, ws, j, &cs);
            }
            if (i < ee && (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)) {
                ended = 1;
                break;
            }
            int32_t c0;
            words++;
            if (rcp__utf8_decode(text + ws, i - ws, &c0) > 0 && cp_is_lower(c0))
                lower++;
        }
        i = ws;
        while (i > s && (text[i - 1] == ' ' || text[i - 1] == '\t'))
            i--;
    }
    return words >= 8 && 2 * lower >= words && (ended || e - s >= 100);
}

/* ------------------------------------------------------------------------
 * The document
 */

static void set_lang(rcp_doc *d, const char *lang)
{
    size_t n = 0;
    if (lang && lang[0]) {
        while (n < 3 && lang[n] && lang[n] != '-' && lang[n] != '_') {
            d->lang[n] = (char)rcp__ascii_lower((unsigned char)lang[n]);
            n++;
        }
        d->lang[n] = 0;
    } else {
        const char *l = rcp_lang_detect(d->text, d->len);
        size_t k = strlen(l);
        memcpy(d->lang, l, RCP_MIN(k, (size_t)3) + 1);
        d->lang[3] = 0;
    }
    d->lang_class = rcp_lang_class_of(d->lang);
}

static int analyze(builder *b, const char *lang)
{
    rcp_doc *d = b->d;
    int rc;
    set_lang(d, lang);
    b->slot = rcp__lang_slot(d->lang);
    b->french = !d->lang[0] || d->lang_class == RCP_LC_FR;
    b->lcbits = (uint16_t)(d->lang_class << RCP__TOK_LC_SHIFT);
    /* news text has a token every 5-6 bytes: one allocation, mostly, of
     * that size and not rounded up to a power of two, so that the tokens
     * seldom need the copy to a block of their own at the end */
    size_t guess = d->len / 5 + 16;
    if (!(d->toks = rcp__malloc(guess * sizeof *d->toks)))
        return RCP_ENOMEM;
    b->pv->cap_toks = guess;
    size_t i = 0;
    while (i < d->len) {
        const char *nl = memchr(d->text + i, '\n', d->len - i);
        size_t e = nl ? (size_t)(nl - d->text) : d->len;
        size_t ls = i; /* the last line's start: each line is read once */
        while (e < d->len) {
            /* a wrapped line: the break is a space of the paragraph */
            nl = memchr(d->text + e + 1, '\n', d->len - e - 1);
            size_t ne = nl ? (size_t)(nl - d->text) : d->len;
            if (!line_runs_on(d, ls, e, ne))
                break;
            b->pv->text[e] = ' ';
            ls = e + 1;
            e = ne;
        }
        if (e > i) {
            size_t t0 = d->ntoks, s0 = d->nsents;
            if ((rc = tokenize(b, i, e)))
                return rc;
            if (d->ntoks > t0 && !b->words) {
                uint32_t para = (uint32_t)d->nparas;
                if (!RCP__PUSH(d->paras, d->nparas, b->pv->cap_paras))
                    return RCP_ENOMEM;
                rcp_paragraph *pg = &d->paras[d->nparas++];
                pg->off = (uint32_t)i;
                pg->len = (uint32_t)(e - i);
                if ((rc = split_sentences(b, t0, d->ntoks, para, i, e)))
                    return rc;
                pg->sent = (uint32_t)s0;
                pg->nsent = (uint32_t)(d->nsents - s0);
            }
        }
        i = e + 1;
    }
    /* sentence extents and token back-references */
    for (size_t k = 0; k < d->nsents; k++) {
        rcp_sentence *st = &d->sents[k];
        const rcp_token *first = &d->toks[st->tok];
        const rcp_token *last = &d->toks[st->tok + st->ntok - 1];
        st->off = first->off;
        st->len = last->off + last->len - first->off;
        int started = 0;
        for (uint32_t t = st->tok; t < st->tok + st->ntok; t++) {
            d->toks[t].sent = (uint32_t)k;
            if (!started && (d->toks[t].flags & (RCP_TOK_WORD | RCP_TOK_NUM))) {
                d->toks[t].flags |= RCP_TOK_SSTART;
                started = 1;
            }
        }
    }
    return finish_tokens(b);
}

/* rcp_doc_new; normed: text[0..len) is valid and normalised already (see
 * rcp__normed), taken as it is; words: the tokens alone
 * (rcp__doc_words). */
static rcp_doc *doc_new(const char *text, size_t len, const char *lang,
                        int normed, int words)
{
    if (!text)
        len = 0;
    rcp_doc *d = rcp__calloc(1, sizeof *d + sizeof(struct rcp_doc_priv_));
    if (!d)
        return NULL;
    struct rcp_doc_priv_ *pv = (struct rcp_doc_priv_ *)(d + 1);
    d->priv_ = pv;
    rcp__arena_init(&pv->arena);
    rcp__buf t;
    rcp__buf_init(&t, UINT32_MAX - 1); /* offsets are 32-bit */
    builder b;
    memset(&b, 0, sizeof b);
    b.d = d;
    b.pv = pv;
    b.words = words;
    rcp__buf_init(&b.fold, 0);
    int rc;
    size_t bad;
    if (!normed && len && !rcp__utf8_valid(text, len, &bad)) {
        /* the readers reject invalid UTF-8; here keep the valid prefix */
        len = bad;
    }
    if ((rc = normed ? rcp__buf_add(&t, text, len)
                     : rcp__text_normalize(len ? text : "", len, &t)) ||
        (rc = rcp__buf_reserve(&t, 0)))
        goto cleanup;
    pv->text = rcp__buf_detach(&t, &d->len);
    pv->text[d->len] = 0; /* room reserved above; ascii_run stops here */
    d->text = pv->text;
    rc = analyze(&b, lang);
    if (!rc && pv->cap_toks > d->ntoks + d->ntoks / 8 + 16) {
        /* the tokens were reserved at a guess (a power of two above a
         * token every 5 bytes): give back the rest (8% of a 10,000-
         * article story's peak). Copied to a block of its own, not
         * shrunk in place: a realloc left the freed tail as a hole that
         * long-lived allocations filled, and a stream of a million docs
         * made and freed grew the heap by 260 bytes a doc (cluster
         * --stream, hostile 1M: 1.86 -> 2.12 GB peak) */
        rcp_token *k = rcp__malloc((d->ntoks + 1) * sizeof *k);
        if (k) {
            memcpy(k, d->toks, (d->ntoks + 1) * sizeof *k);
            rcp__free(d->toks);
            d->toks = k;
            pv->cap_toks = d->ntoks + 1;
        }
    }
cleanup:
    rcp__buf_release(&t);
    rcp__buf_release(&b.fold);
    rcp__free(b.qclose);
    if (rc) {
        rcp_doc_free(d);
        return NULL;
    }
    return d;
}

uint32_t rcp__doc_statement_end(const rcp_doc *d, uint32_t t0, uint32_t t1)
{
    const struct rcp_doc_priv_ *pv = d->priv_;
    size_t lo = 0, hi = pv->nbreaks; /* the first break > t0 */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pv->breaks[mid] <= t0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < pv->nbreaks && pv->breaks[lo] < t1 ? pv->breaks[lo] : t1;
}

rcp_doc *rcp_doc_new(const char *text, size_t len, const char *lang)
{
    return doc_new(text, len, lang, 0, 0);
}

rcp_doc *rcp__doc_words(const char *text, size_t len, const char *lang)
{
    return doc_new(text, len, lang, 0, 1);
}

rcp_doc *rcp_doc_from_article(const rcp_article *a)
{
    /* an article of the readers (ingest) whose text is still the one
     * they normalised: see rcp__normed */
    const rcp__normed *nm = (const rcp__normed *)(const void *)a->priv_;
    int normed = nm && a->text && nm->text == a->text &&
                 nm->len == a->text_len;
    rcp_doc *d =
        doc_new(a->text ? a->text : "", a->text_len, a->lang, normed, 0);
    if (d)
        d->article = a;
    return d;
}

void rcp_doc_free(rcp_doc *d)
{
    if (!d)
        return;
    rcp__arena_release(&d->priv_->arena);
    rcp__free(d->priv_->text);
    rcp__free(d->priv_->breaks);
    rcp__free(d->toks);
    rcp__free(d->sents);
    rcp__free(d->paras);
    rcp__free(d);
}
