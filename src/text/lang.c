/*
 * lang.c - stopwords, language identification and Snowball stemming.
 *
 * Detection, how it works: the function words of a language (articles,
 * pronouns, prepositions, auxiliaries) make up 30-50% of running text, and
 * the lists of two languages overlap little. So we fold each word of the
 * first few kilobytes of the text, look it up in every language's list,
 * and take the language with the most hits, provided it has enough of
 * them and clearly more than the runner-up. Scripts other than Latin are
 * recognised by their letters (Cyrillic, Greek, Arabic, Hebrew, CJK,
 * Hangul, kana, Thai, Devanagari). Cost: one hash lookup per word.
 *
 * Stemming: Debian's libstemmer (Snowball), one stemmer per language,
 * created on first use. Stems are cached in a process-wide table because
 * the same few thousand words make up most of the news.
 */
#include "text.h"

#include <libstemmer.h>
#include <utf8proc.h>

const char *const rcp__langs[] = {"fr", "en", "de", "es", "it", "pt", "nl",
                                  NULL};
#define NLANGS 7

/* Folded (lower case, no accents) function words, space separated. */
static const char *const stopwords[NLANGS] = {
    /* fr */
    "a au aux avec ce ces cet cette c ca d dans de des du elle elles en et "
    "etaient etait etre eu il ils j je l la le les leur leurs lui m ma mais "
    "me meme mes moi mon n ne nos notre nous on ont ou par pas plus pour "
    "qu que qui s sa se ses si son sont sur ta te tes toi ton tu un une vos "
    "votre vous y ete est sera seront avait avaient ai as avons avez aussi "
    "apres avant comme dont donc entre lors alors sans selon sous tres tout "
    "tous toute toutes cela celle celui ceux deja encore ici la ou quand "
    "depuis pendant contre vers chez aupres ainsi car puis fait faire peut "
    "doit ont aura auront etes sommes suis qu lorsqu puisqu jusqu quelque",
    /* en */
    "a about after all also an and any are as at be been before being but "
    "by can could did do does during for from had has have he her hers him "
    "his how i if in into is it its itself me more most my no nor not of on "
    "once only or other our out over own said same she should so some such "
    "than that the their them then there these they this those through to "
    "too under until up very was we were what when where which while who "
    "whom why will with would you your yours will there s t would",
    /* de */
    "aber alle als also am an auch auf aus bei bin bis bist da dann das "
    "dass dem den der des die dies diese dieser doch dort du durch ein eine "
    "einem einen einer eines er es fur hat hatte ich ihr im in ist ja kann "
    "mit nach nicht noch nur ob oder sehr sein seine sich sie sind so uber "
    "um und uns unter vom von vor war waren was weil wenn werden wie wir "
    "wird wurde zu zum zur",
    /* es */
    "a al algo ante como con contra cual cuando de del desde donde durante "
    "e el ella ellos en entre era es esa ese eso esta este esto fue fueron "
    "ha han hasta hay la las le les lo los mas me mi muy ni no nos o para "
    "pero por que quien se sea segun ser si sin sobre son su sus tambien "
    "te tiene todo tras tu un una uno y ya",
    /* it */
    "a ad al alla alle anche ai che chi ci come con da dal dalla dei del "
    "della delle di e ed era gli ha hanno i il in la le lo loro ma mi ne "
    "nel nella non o per perche piu quando questa questo se si sono su sua "
    "sue suo sulla tra tutti un una uno",
    /* pt */
    "a ao aos as com como da das de do dos e ela ele eles em entre era foi "
    "ha isso ja lhe mais mas me mesmo muito na nao nas no nos o os ou para "
    "pela pelo por quando que se sem ser seu seus sua suas tambem tem um "
    "uma voce",
    /* nl */
    "aan al alles als bij dan dat de der deze die dit door een en er ge "
    "geen had heb heeft het hij hoe hun ik in is ja je kan maar me meer "
    "men met mij na naar niet nog nu of om omdat ons ook op over te tot "
    "uit van veel voor was wat we wel werd wie wij worden zal ze zich zij "
    "zijn zo zou",
};

static rcp__map stop_map; /* hash(word, seed=lang) -> bit mask of langs */
static int stop_ready;

static int lang_index(const char *lang)
{
    if (!lang || !lang[0])
        return -1;
    for (int i = 0; rcp__langs[i]; i++)
        if (lang[0] == rcp__langs[i][0] && lang[1] == rcp__langs[i][1] &&
            (lang[2] == 0 || lang[2] == '-' || lang[2] == '_'))
            return i;
    return -1;
}

static int stop_init(void)
{
    if (stop_ready)
        return 0;
    for (int l = 0; l < NLANGS; l++) {
        const char *s = stopwords[l];
        while (*s) {
            const char *e = strchr(s, ' ');
            size_t n = e ? (size_t)(e - s) : strlen(s);
            uint64_t *v = rcp__map_put(&stop_map, rcp__hash(s, n, 0));
            if (!v)
                return RCP_ENOMEM;
            *v |= 1u << l;
            s += n;
            while (*s == ' ')
                s++;
        }
    }
    stop_ready = 1;
    return 0;
}

static unsigned stop_mask(const char *w, size_t n)
{
    if (stop_init())
        return 0;
    uint64_t *v = rcp__map_get(&stop_map, rcp__hash(w, n, 0));
    return v ? (unsigned)*v : 0;
}

int rcp__is_stopword(const char *lang, const char *w, size_t n)
{
    int l = lang_index(lang);
    return l >= 0 && (stop_mask(w, n) >> l & 1);
}

/* Scripts that name their language outright (first match wins). */
static const char *script_lang(int32_t cp)
{
    if (cp >= 0x0400 && cp <= 0x04FF)
        return "ru";
    if (cp >= 0x0370 && cp <= 0x03FF)
        return "el";
    if (cp >= 0x0590 && cp <= 0x05FF)
        return "he";
    if (cp >= 0x0600 && cp <= 0x06FF)
        return "ar";
    if (cp >= 0x0900 && cp <= 0x097F)
        return "hi";
    if (cp >= 0x0E00 && cp <= 0x0E7F)
        return "th";
    if (cp >= 0xAC00 && cp <= 0xD7AF)
        return "ko";
    if (cp >= 0x3040 && cp <= 0x30FF)
        return "ja";
    if (cp >= 0x4E00 && cp <= 0x9FFF)
        return "zh";
    return NULL;
}

#define DETECT_BYTES 8192

const char *rcp_lang_detect(const char *p, size_t len)
{
    int hits[NLANGS] = {0}, words = 0, latin = 0, other = 0;
    int script_count[9] = {0};
    static const char *const script_names[9] = {"ru", "el", "he", "ar", "hi",
                                                "th", "ko", "ja", "zh"};
    size_t n = RCP_MIN(len, (size_t)DETECT_BYTES), i = 0;
    char w[64];
    while (i < n) {
        int32_t cp;
        int l = rcp__utf8_decode(p + i, n - i, &cp);
        if (!rcp__is_word_cp(cp)) {
            i += (size_t)l;
            continue;
        }
        size_t wl = 0;
        int has_latin = 0;
        while (i < n) {
            l = rcp__utf8_decode(p + i, n - i, &cp);
            if (!rcp__is_word_cp(cp))
                break;
            const char *s = script_lang(cp);
            if (s) {
                for (int k = 0; k < 9; k++)
                    if (s == script_names[k] ||
                        strcmp(s, script_names[k]) == 0) {
                        script_count[k]++;
                        break;
                    }
                other++;
            } else if (cp < 0x250 && !(cp >= '0' && cp <= '9')) {
                has_latin = 1;
                latin++;
            }
            char f[8];
            int fl = rcp__fold_cp(cp, f);
            if (wl + (size_t)fl < sizeof w) {
                memcpy(w + wl, f, (size_t)fl);
                wl += (size_t)fl;
            }
            i += (size_t)l;
        }
        if (!has_latin)
            continue;
        words++;
        unsigned m = stop_mask(w, wl);
        for (int k = 0; k < NLANGS; k++)
            hits[k] += (int)(m >> k & 1);
    }
    if (other > latin) {
        int best = 0;
        for (int k = 1; k < 9; k++)
            if (script_count[k] > script_count[best])
                best = k;
        /* kana among CJK ideographs means Japanese */
        if (best == 8 && script_count[7] * 10 > script_count[8])
            best = 7;
        return script_names[best];
    }
    int best = -1, second = 0;
    for (int k = 0; k < NLANGS; k++) {
        if (best < 0 || hits[k] > hits[best]) {
            if (best >= 0)
                second = RCP_MAX(second, hits[best]);
            best = k;
        } else {
            second = RCP_MAX(second, hits[k]);
        }
    }
    if (best < 0 || hits[best] < 2 || hits[best] * 10 < words ||
        hits[best] * 4 < second * 5)
        return "";
    return rcp__langs[best];
}

/* ---- stemming ---- */

#define STEM_CACHE_MAX 4000000

static struct {
    char lang[4];
    struct sb_stemmer *sb;
    int tried;
} stemmers[16];
static rcp__map stem_cache; /* hash(word, seed=lang slot) -> const char * */
static rcp__arena stem_arena; /* never released: the cached stems */

static struct sb_stemmer *stemmer_for(const char *lang, int *slot)
{
    if (!lang || !lang[0] || strlen(lang) > 3)
        return NULL;
    for (int i = 0; i < 16; i++) {
        if (stemmers[i].tried && strcmp(stemmers[i].lang, lang) == 0) {
            *slot = i;
            return stemmers[i].sb;
        }
        if (!stemmers[i].tried) {
            strcpy(stemmers[i].lang, lang);
            stemmers[i].tried = 1;
            stemmers[i].sb = sb_stemmer_new(lang, "UTF_8");
            *slot = i;
            return stemmers[i].sb;
        }
    }
    return NULL;
}

const char *rcp__stem(const char *lang, const char *w, size_t n,
                      rcp__arena *a, size_t *len)
{
    int slot = 0;
    struct sb_stemmer *sb = stemmer_for(lang, &slot);
    if (!sb || n > 64) {
        *len = n;
        return rcp__arena_strndup(a, w, n);
    }
    uint64_t key = rcp__hash(w, n, (uint64_t)slot + 1);
    uint64_t *v = rcp__map_get(&stem_cache, key);
    if (v) {
        const char *s = (const char *)(uintptr_t)*v;
        *len = strlen(s);
        return s;
    }
    const sb_symbol *s = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)n);
    size_t sl = s ? (size_t)sb_stemmer_length(sb) : n;
    const char *src = s ? (const char *)s : w;
    char *copy;
    if (stem_cache.n < STEM_CACHE_MAX &&
        (copy = rcp__arena_strndup(&stem_arena, src, sl)) &&
        (v = rcp__map_put(&stem_cache, key))) {
        *v = (uint64_t)(uintptr_t)copy;
        *len = sl;
        return copy;
    }
    *len = sl;
    return rcp__arena_strndup(a, src, sl);
}
