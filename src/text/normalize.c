/*
 * normalize.c - Unicode normalisation (utf8proc) and folding for matching.
 *
 * Folding is on the hot path of every stage (every token is folded), so
 * the fold of each code point below FOLD_TABLE is computed once with
 * utf8proc and kept in a table; the rest go through utf8proc each time.
 */
#include "text.h"

#include <stdlib.h>
#include <utf8proc.h>

/* ---- character classes ----
 * The tokenizer asks for the class of every code point, so the classes of
 * the first RCP__CP_TAB code points (Latin, Greek, Cyrillic, punctuation:
 * nearly all of news text) are computed once with utf8proc and kept. */
unsigned char rcp__cp_tab[RCP__CP_TAB];

/* 1 when cp is unchanged by NFC whatever surrounds it: no canonical
 * decomposition, combining class 0, and not a mark or Hangul jamo that
 * composes with what precedes it (these are the "second" code points of
 * the canonical compositions). */
static int nfc_safe(int32_t cp)
{
    if (cp < 0x300)
        return 1;
    const utf8proc_property_t *pr = utf8proc_get_property(cp);
    if (pr->combining_class != 0 || pr->comp_exclusion)
        return 0;
    if (pr->decomp_seqindex != UINT16_MAX && pr->decomp_type == 0)
        return 0; /* a canonical decomposition */
    if (pr->category == UTF8PROC_CATEGORY_MN ||
        pr->category == UTF8PROC_CATEGORY_MC ||
        pr->category == UTF8PROC_CATEGORY_ME)
        return 0;
    if (cp >= 0x1100 && cp <= 0x11FF)
        return 0; /* conjoining jamo */
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return 0; /* precomposed Hangul: can take a trailing jamo */
    return 1;
}

/* Han ideographs (with 々 and 〇) and kana, including the half-width
 * katakana: the scripts that do not put spaces between words. Thai and
 * Khmer do not either, but a character of theirs is not a unit of
 * meaning: their runs stay one token. */
static int is_ideo(int32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F) ||
           (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3005 || cp == 0x3007;
}

unsigned rcp__cp_class_slow(int32_t cp)
{
    unsigned c = RCP__CP_READY;
    if (cp < 0 || cp > 0x10FFFF)
        return c;
    if (rcp__is_space_cp(cp))
        c |= RCP__CP_SPACE;
    if (rcp__is_word_cp(cp))
        c |= RCP__CP_WORD;
    if (rcp__is_upper_cp(cp))
        c |= RCP__CP_UPPER;
    if (cp >= '0' && cp <= '9')
        c |= RCP__CP_DIGIT;
    if (nfc_safe(cp))
        c |= RCP__CP_NFCSAFE;
    if (is_ideo(cp))
        c |= RCP__CP_IDEO;
    return c;
}

uint64_t rcp__ascii_run_tab[256];

void rcp__cp_tab_init(void)
{
    for (int c = 0; c < 0x80; c++) {
        unsigned k = rcp__cp_class_slow(c);
        if (k & RCP__CP_WORD)
            rcp__ascii_run_tab[c] =
                RCP__RUN_WORD | (k & RCP__CP_DIGIT ? 0 : RCP__RUN_LETTER) |
                ((k & (RCP__CP_UPPER | RCP__CP_DIGIT)) == RCP__CP_UPPER
                     ? RCP__RUN_UPPER
                     : 0);
    }
    /* entry 0 last: it says the tables are filled */
    for (int32_t cp = RCP__CP_TAB - 1; cp >= 0; cp--)
        rcp__cp_tab[cp] = (unsigned char)rcp__cp_class_slow(cp);
}

int rcp__is_space_cp(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
        cp == '\v')
        return 1;
    if (cp < 0x80)
        return 0;
    return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

int rcp__is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int rcp__is_upper_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int rcp__is_quote_cp(int32_t cp)
{
    switch (cp) {
    case '"':
    case 0xAB:   /* « */
    case 0xBB:   /* » */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x201F:
    case 0x2039: /* ‹ */
    case 0x203A: /* › */
    case 0x300C: /* 「 */
    case 0x300D:
        return 1;
    default:
        return 0;
    }
}

int rcp__is_apos_cp(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

int rcp__is_dash_cp(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* ---- folding ---- */

#define FOLD_TABLE RCP__FOLD_TAB
unsigned char rcp__fold_len[FOLD_TABLE]; /* 0: not computed; else len+1 */
char rcp__fold_out[FOLD_TABLE][8];
#define fold_len rcp__fold_len
#define fold_out rcp__fold_out

/* The folds utf8proc's decompositions do not give (ligatures without a
 * decomposition, letters with a stroke, typographic apostrophes, quotes,
 * dashes and spaces), or -1 for other code points. */
static int fold_special(int32_t cp, char *out)
{
    switch (cp) {
    case 0x0153:
        memcpy(out, "oe", 2);
        return 2; /* œ */
    case 0x0152:
        memcpy(out, "oe", 2);
        return 2;
    case 0x00E6:
        memcpy(out, "ae", 2);
        return 2; /* æ */
    case 0x00C6:
        memcpy(out, "ae", 2);
        return 2;
    case 0x00F8:
        out[0] = 'o';
        return 1; /* ø */
    case 0x00D8:
        out[0] = 'o';
        return 1;
    case 0x0142:
        out[0] = 'l';
        return 1; /* ł */
    case 0x0141:
        out[0] = 'l';
        return 1;
    case 0x0111:
        out[0] = 'd';
        return 1; /* đ */
    case 0x0110:
        out[0] = 'd';
        return 1;
    case 0x0131:
        out[0] = 'i';
        return 1; /* ı */
    case 0x00AD:
        return 0; /* soft hyphen */
    case 0x0439:
    case 0x0419: /* й: a letter of its own */
        memcpy(out, "\xD0\xB9", 2);
        return 2;
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x301D:
    case 0x301E:
        out[0] = '"'; /* « » “ ” „ */
        return 1;
    case 0x2039:
    case 0x203A:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        out[0] = '\''; /* ‹ › ‚ ‛ ′ */
        return 1;
    }
    if (rcp__is_apos_cp(cp) || cp == 0x00B4 || cp == 0x0060) {
        out[0] = '\'';
        return 1;
    }
    if (rcp__is_dash_cp(cp)) {
        out[0] = '-';
        return 1;
    }
    if (rcp__is_space_cp(cp)) {
        out[0] = ' ';
        return 1;
    }
    return -1;
}

/* Fold one code point: the special cases, else utf8proc's compatibility
 * decomposition, case folded, marks and ignorables dropped, each code
 * point of which is folded by the special cases again (U+01E2 gives æ,
 * which gives ae; U+0149 gives ʼn, which gives 'n). */
static int fold_slow(int32_t cp, char *out)
{
    int r = fold_special(cp, out);
    if (r >= 0)
        return r;
    /* Hangul syllables and kana fold to themselves: decomposed, a
     * syllable is three jamo (9 bytes: it would be cut) and the voicing
     * marks of kana are not accents (ブ and フ are different sounds). */
    if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3040 && cp <= 0x30FF))
        return rcp__utf8_encode(cp, out);
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(
        cp, buf, 8,
        UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
            UTF8PROC_STRIPMARK | UTF8PROC_IGNORE,
        &last);
    int n = 0;
    if (k < 0 || k > 8) {
        return rcp__utf8_encode(cp, out);
    }
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        char tmp[8];
        int l = fold_special(buf[i], tmp);
        if (l < 0)
            l = rcp__utf8_encode(buf[i], tmp);
        if (n + l > 8)
            break;
        memcpy(out + n, tmp, (size_t)l);
        n += l;
    }
    return n;
}

int rcp__fold_cp(int32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)rcp__ascii_lower(cp);
        return 1;
    }
    if (cp < FOLD_TABLE) {
        if (!fold_len[cp]) {
            char tmp[8];
            int n = fold_slow(cp, tmp);
            memcpy(fold_out[cp], tmp, (size_t)n);
            fold_len[cp] = (unsigned char)(n + 1);
        }
        memcpy(out, fold_out[cp], 8);
        return fold_len[cp] - 1;
    }
    return fold_slow(cp, out);
}

int rcp__fold(const char *p, size_t n, rcp__buf *out)
{
    size_t i = 0;
    int rc = rcp__buf_reserve(out, n);
    if (rc)
        return rc;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            if ((rc = rcp__buf_addc(out, (char)rcp__ascii_lower(c))))
                return rc;
            i++;
            continue;
        }
        int32_t cp;
        int l = rcp__utf8_decode(p + i, n - i, &cp);
        i += (size_t)l;
        if (cp < 0)
            continue;
        char f[8];
        int fl = rcp__fold_cp(cp, f);
        if (fl && (rc = rcp__buf_add(out, f, (size_t)fl)))
            return rc;
    }
    return 0;
}

/* ---- normalisation ---- */

/* 1 when NFC would leave p[0..n) (valid UTF-8) as it is because every
 * code point is NFC-safe alone (see nfc_safe): a quick check that spares
 * utf8proc's full pass on nearly every article. 0 means "maybe not". */
static int is_nfc_quick(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        i = rcp__skip_ascii(p, n, i);
        if (i >= n)
            break;
        int32_t cp;
        int l = rcp__utf8_decode(p + i, n - i, &cp);
        if (cp < 0 || !(rcp__cp_class(cp) & RCP__CP_NFCSAFE))
            return 0;
        i += (size_t)l;
    }
    return 1;
}

int rcp__text_normalize(const char *p, size_t n, rcp__buf *out)
{
    int rc = 0;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3, n -= 3;
    /* Clean first, then NFC: removing a control character or a soft
     * hyphen can bring a letter and a combining mark together, which NFC
     * must then see (so that normalising twice changes nothing). */
    size_t start = out->len;
    utf8proc_uint8_t *nfc = NULL;
    if ((rc = rcp__buf_reserve(out, n)))
        goto cleanup;
    size_t line_start = out->len; /* where the current line began */
    for (size_t i = 0; i < n;) {
        /* runs of plain bytes (not controls, not the lead bytes of soft
         * hyphen, C1 controls and BOM) are copied as they are; plain
         * ASCII is found eight bytes at a time */
        size_t r = i;
        for (;;) {
            while (r + 8 <= n) {
                uint64_t w;
                memcpy(&w, p + r, 8);
                if ((w & 0x8080808080808080ULL) ||
                    ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL))
                    break;
                r += 8;
            }
            if (r >= n)
                break;
            unsigned char b = (unsigned char)p[r];
            if (b < 0x20 || b == 0xC2 || b == 0xEF)
                break;
            r++;
        }
        if (r > i) {
            memcpy(out->p + out->len, p + i, r - i);
            out->len += r - i;
            i = r;
            if (i >= n)
                break;
        }
        unsigned char c = (unsigned char)p[i];
        if (c == '\r' || c == '\n') {
            i += (c == '\r' && i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
            /* trim the line's trailing blanks */
            while (out->len > line_start && (out->p[out->len - 1] == ' ' ||
                                             out->p[out->len - 1] == '\t'))
                out->len--;
            if (out->len > line_start)
                out->p[out->len++] = '\n';
            line_start = out->len;
            continue;
        }
        if (c < 0x20 && c != '\t') {
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xAD) {
            i += 2; /* soft hyphen */
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] >= 0x80 &&
            (unsigned char)p[i + 1] <= 0x9F) {
            i += 2; /* C1 control */
            continue;
        }
        if (c == 0xEF && i + 2 < n && (unsigned char)p[i + 1] == 0xBB &&
            (unsigned char)p[i + 2] == 0xBF) {
            i += 3; /* a BOM inside the text */
            continue;
        }
        out->p[out->len++] = (char)c;
        i++;
    }
    while (out->len > line_start &&
           (out->p[out->len - 1] == ' ' || out->p[out->len - 1] == '\t'))
        out->len--;
    /* no trailing line break */
    while (out->len > start && out->p[out->len - 1] == '\n')
        out->len--;
    out->p[out->len] = 0;
    /* NFC (most news text is already NFC, and ASCII always is) */
    if (!is_nfc_quick(out->p + start, out->len - start)) {
        utf8proc_ssize_t m =
            utf8proc_map((const utf8proc_uint8_t *)out->p + start,
                         (utf8proc_ssize_t)(out->len - start), &nfc,
                         UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (m < 0) {
            rc = m == UTF8PROC_ERROR_NOMEM ? RCP_ENOMEM : RCP_EUTF8;
            out->len = start;
            out->p[start] = 0;
            goto cleanup;
        }
        out->len = start;
        if ((rc = rcp__buf_add(out, nfc, (size_t)m)))
            goto cleanup;
    }
cleanup:
    free(nfc); /* utf8proc allocates with malloc */
    return rc;
}
