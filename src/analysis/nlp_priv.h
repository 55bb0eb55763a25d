/*
 * nlp_priv.h - what the parts of the story analysis share: the word lists
 * (nlp_lexicon.c), the mentions found by entities.c, and the context that
 * nlp.c hands to entities.c, quotes.c and dates.c in turn.
 *
 * Everything here lives in the story's arena or in memory that nlp.c frees
 * before rcp__story_nlp_run returns.
 */
#ifndef RCP_NLP_PRIV_H
#define RCP_NLP_PRIV_H

#include "analysis/nlp.h"
#include "text/text.h"

/* ---- word lists (nlp_lexicon.c) ----
 * Classes of folded words (lower case, no accents, ' for the apostrophe).
 * A word may be in several classes. Multi-word entries (gazetteer names)
 * are looked up as the folded words joined by one space. */
enum {
    LX_TITLE = 1u << 0,     /* M, Mme, Mr, Dr: a person follows */
    LX_ROLE = 1u << 1,      /* president, porte-parole, spokesman */
    LX_SAY = 1u << 2,       /* reporting verbs: declare, ajoute, said */
    LX_ORGCUE = 1u << 3,    /* a word that makes a name an organisation */
    LX_LOCPREP = 1u << 4,   /* en, au, in, at: a place often follows */
    LX_FIRST = 1u << 5,     /* a common first name */
    LX_LOC = 1u << 6,       /* a country, capital, region (gazetteer) */
    LX_NONNAME = 1u << 7,   /* capitalised but not a name: Photo, Lundi */
    LX_PRON = 1u << 8,      /* il, elle, he, she */
    LX_CONN = 1u << 9,      /* de, du, of: may join two parts of a name */
    LX_ORG = 1u << 10,      /* a known organisation (gazetteer) */
    LX_AUX = 1u << 11,      /* a, avait, has, had: before a participle */
    LX_ADV = 1u << 12,      /* words skipped between verb and subject */
    LX_ACCORD = 1u << 13,   /* selon, d'apres: a source follows */
    LX_WEEKDAY = 1u << 14,  /* lundi, monday */
    LX_MONTH = 1u << 15,    /* janvier, january */
    LX_DET = 1u << 16,      /* le, la, l', the */
    LX_PREP = 1u << 17,     /* a, to, with: what follows is no subject */
    LX_JOINHEAD = 1u << 18, /* Corée, République: may take "du Nord" */
    LX_COMPASS = 1u << 19,  /* Nord, Sud: joins after a connector */
    LX_EN = 1u << 20,       /* the word is English (months, weekdays) */
    LX_PERS = 1u << 21,     /* a known person name (gazetteer) */
    LX_LOCCUE = 1u << 22,   /* City, Island, River: makes a name a place */
    LX_DOCWORD = 1u << 23   /* statement, communiqué: says for its author */
};

/* Build the tables once (process-wide; not thread-safe, as the stemmer
 * cache). Returns 0 or RCP_ENOMEM. */
int rcp__lex_init(void);
/* The classes of folded word w[0..n) in text of class lc; 0 when
 * unknown. Each entry of the lists carries the language classes it
 * holds in (French, English, or any: names, company suffixes), so that
 * one table per class is read: an English "the" has no class in a
 * French text, a French "les" none in an English one, and a German
 * "die" or a Spanish "con" none in text of another language. */
uint32_t rcp__lex(rcp_lang_class lc, const char *w, size_t n);
/* The same by the word's hash, rcp__hash(w, n, 0) (rcp_token.hnorm):
 * the last answers by the hash's low bits, in front of the map (a story
 * asks for the same few hundred words again and again, and the map,
 * built once, never changes after); inline, as it is asked of nearly
 * every token several times (7M asks in a 3,000-article add: the call
 * was 0.8% of its instructions). One memo per class. */
#define RCP__LEX_MEMO 2048 /* a power of two */
extern rcp__wmemo rcp__lex_memo[3][RCP__LEX_MEMO];
uint32_t rcp__lex_hash_slow(rcp_lang_class lc, uint64_t h);
static inline uint32_t rcp__lex_hash(rcp_lang_class lc, uint64_t h)
{
    const rcp__wmemo *m = rcp__wmemo_at(rcp__lex_memo[lc], RCP__LEX_MEMO, h);
    return m->h == h && h ? m->v : rcp__lex_hash_slow(lc, h);
}
/* 1 when w[0..n) (lower case, accents kept) is a reporting verb by the
 * lexical resources: in French a form of a verb of saying (verbiste), in
 * English a verb whose first WordNet sense is in verb.communication.
 * Cached per word; 0 without the resources. */
int rcp__say_lexicon(rcp_lang_class lc, const char *w, size_t n);
/* Is t a word for a person: a role or title, or a French noun by a
 * person's ending (chanteuse, policier; entities.c)? */
int rcp__person_noun(const rcp_token *t);
/* The same for a folded word w[0..n) of text of class lc. */
int rcp__person_word(rcp_lang_class lc, const char *w, size_t n);
/* The weekday (0 = Sunday .. 6) of folded w, or -1. */
int rcp__lex_weekday(const char *w, size_t n);

/* The classes of token t, in the class of its doc (rcp__tok_class: the
 * tokenizer wrote it in the token, so the 250 callers pass the token
 * alone, and a story that mixes languages reads each doc's own). */
static inline uint32_t rcp__lex_tok(const rcp_token *t)
{
    return (t->flags & RCP_TOK_WORD) && t->norm_len
               ? rcp__lex_hash(rcp__tok_class(t), t->hnorm)
               : 0;
}
/* The first code point of a token. */
static inline int32_t rcp__tok_cp(const rcp_doc *d, const rcp_token *t)
{
    int32_t cp;
    rcp__utf8_decode(d->text + t->off, t->len, &cp);
    return cp;
}

/* ---- mentions (entities.c) ---- */
enum { EV_PER, EV_ORG, EV_LOC };

typedef struct rcp__mention {
    uint32_t doc, tok, ntok; /* the name's tokens (titles left out) */
    uint32_t form;           /* index of its spelling key in the story */
    uint32_t surface;        /* index of its exact spelling */
    int ent;                 /* entity after clustering, -1 before */
    int16_t ev[3];           /* evidence for PER, ORG, LOC */
    int8_t gender;           /* +1 masculine (M., le ministre), -1
                                feminine (Mme, la ministre), 0 unknown */
} rcp__mention;

typedef struct rcp__nlp_ctx {
    const rcp_doc *const *docs;
    size_t n;
    rcp__arena *a;
    rcp__story_nlp *out;
    rcp__mention *m; /* by doc, then by position */
    size_t nm, capm;
    uint32_t *doc_m;  /* doc_m[i]..doc_m[i+1]: the mentions of doc i */
    int32_t **tok_m;  /* tok_m[doc][tok]: mention starting there, or -1 */
    int32_t **tok_in; /* tok_in[doc][tok]: mention covering it, or -1 */
    int *ent_type;    /* type of each entity (== out->entities[i].type) */
    int *ent_gender;  /* sum of its mentions' genders */
} rcp__nlp_ctx;

/* Find the names of every doc and group them into entities; fills
 * ctx->m, doc_m, tok_m, tok_in and out->entities. */
int rcp__nlp_entities(rcp__nlp_ctx *c);
/* Quotes and their speakers (needs the entities). */
int rcp__nlp_quotes(rcp__nlp_ctx *c);
/* Date expressions made absolute. */
int rcp__nlp_dates(rcp__nlp_ctx *c);

/* The phonetic key of a folded name part (entities.c), into out (room for
 * 2 * n + 1 bytes); returns its length. Exposed for the tests. */
size_t rcp__name_key(const char *w, size_t n, char *out);

/* Parse an ISO date "YYYY[-MM[-DD]]..." ; returns the precision (1 year,
 * 2 month, 3 day) or 0, and fills y, m, d (dates.c). */
int rcp__parse_iso_date(const char *s, int *y, int *m, int *d);

#endif
