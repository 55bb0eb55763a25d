/*
 * calendar.c - day and month words of running text, shared by the story
 * clusterer (the months an article names) and the digest's date reader.
 *
 * Months are recognised in French and English, the two languages whose
 * rules we know: full names, and the usual abbreviations only with their
 * full stop ("sept" is also French for seven, "mar" a word of several
 * languages). English month names are capitalised, so "may" and "march"
 * in lower case are the verbs; a capitalised "Mars" inside a French
 * sentence is the planet; a capitalised French month inside a sentence
 * of another language is a name ("Avril Lavigne"). Chinese and Japanese
 * write the month as its number and 月 (9月).
 *
 * Text of another language class (rcp_doc.lang_class OTHER) reads the
 * names of its own language only, when the table has them (German,
 * Spanish, Italian, Portuguese, Dutch, Malay and Indonesian: other_cal),
 * and no month word else: a French "mars" or an English "may" in a
 * Spanish text is no month, nor the Italian "mai" (never) a German Mai.
 * Their abbreviations need the full stop, as above. Malay and Indonesian
 * names (Ogos, Disember; Agustus, Desember) are read only capitalised,
 * as both languages write them: "mac" is a word of several languages,
 * and "Jun" needs no full stop there.
 *
 * Web pages' dates are read in every language of the same table
 * (rcp__month_at, for src/ingest/html.c): German, Spanish, Italian,
 * Portuguese, Dutch, Russian and Ukrainian too, and the other languages
 * the detector names by their script: Greek, Serbian and Macedonian,
 * Hebrew, Arabic, Hindi (Chinese, Japanese and Korean write months in
 * figures; Thai dates count Buddhist years, not read).
 */
#include "text.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

/* The month names of every language read, lower case as written (UTF-8,
 * and the folded form beside an accented one: "fevrier", "février"),
 * with the languages that write them and RCP__CAL_ABBR on short forms.
 * The entries of French, English, Malay and Indonesian come first: the
 * token reader reads only those (TOKEN_LANGS), the page reader all. */
#define FR RCP__CAL_FR
#define EN RCP__CAL_EN
#define DE RCP__CAL_DE
#define ES RCP__CAL_ES
#define IT RCP__CAL_IT
#define PT RCP__CAL_PT
#define NL RCP__CAL_NL
#define MS RCP__CAL_MS
#define RU RCP__CAL_RU
#define UK RCP__CAL_UK
#define EL RCP__CAL_EL
#define SR RCP__CAL_SR
#define MK RCP__CAL_MK
#define HE RCP__CAL_HE
#define AR RCP__CAL_AR
#define HI RCP__CAL_HI
#define AB RCP__CAL_ABBR
const rcp__month_name rcp__month_names[] = {
    {"january", 1, EN}, {"february", 2, EN}, {"march", 3, EN},
    {"april", 4, EN | DE | NL | MS}, {"may", 5, EN}, {"june", 6, EN},
    {"july", 7, EN}, {"august", 8, EN | DE}, {"september", 9, EN | DE | NL | MS},
    {"october", 10, EN}, {"november", 11, EN | DE | NL | MS},
    {"december", 12, EN | NL},
    {"jan", 1, EN | AB}, {"feb", 2, EN | AB}, {"mar", 3, EN | FR | AB},
    {"apr", 4, EN | AB}, {"jun", 6, EN | MS | AB}, {"jul", 7, EN | AB},
    {"aug", 8, EN | AB}, {"sept", 9, EN | FR | AB}, {"sep", 9, EN | AB},
    {"oct", 10, EN | FR | AB}, {"nov", 11, EN | FR | AB},
    {"dec", 12, EN | FR | AB},
    {"janvier", 1, FR}, {"f\xc3\xa9vrier", 2, FR}, {"fevrier", 2, FR},
    {"mars", 3, FR}, {"avril", 4, FR}, {"mai", 5, FR | DE}, {"juin", 6, FR},
    {"juillet", 7, FR}, {"ao\xc3\xbbt", 8, FR}, {"aout", 8, FR},
    {"septembre", 9, FR}, {"octobre", 10, FR}, {"novembre", 11, FR | IT},
    {"d\xc3\xa9" "cembre", 12, FR}, {"decembre", 12, FR},
    {"janv", 1, FR | AB}, {"f\xc3\xa9vr", 2, FR | AB}, {"fevr", 2, FR | AB},
    {"fev", 2, FR | PT | AB}, {"avr", 4, FR | AB}, {"juil", 7, FR | AB},
    /* Malay and Indonesian where they differ from English: both
     * spellings (Mac/Maret, Julai/Juli, Ogos/Agustus, Disember/Desember) */
    {"januari", 1, NL | MS}, {"februari", 2, NL | MS}, {"mac", 3, MS},
    {"maret", 3, MS}, {"mei", 5, NL | MS}, {"juni", 6, DE | NL | MS},
    {"julai", 7, MS}, {"juli", 7, DE | NL | MS}, {"ogos", 8, MS},
    {"agustus", 8, MS}, {"oktober", 10, DE | NL | MS},
    {"disember", 12, MS}, {"desember", 12, MS},
    /* German, Spanish, Italian, Portuguese: the names not above */
    {"januar", 1, DE}, {"februar", 2, DE}, {"m\xc3\xa4rz", 3, DE},
    {"maerz", 3, DE}, {"dezember", 12, DE},
    {"enero", 1, ES}, {"febrero", 2, ES}, {"marzo", 3, ES | IT},
    {"abril", 4, ES | PT}, {"mayo", 5, ES}, {"junio", 6, ES},
    {"julio", 7, ES}, {"agosto", 8, ES | IT | PT}, {"septiembre", 9, ES},
    {"setiembre", 9, ES}, {"octubre", 10, ES}, {"noviembre", 11, ES},
    {"diciembre", 12, ES},
    {"gennaio", 1, IT}, {"febbraio", 2, IT}, {"aprile", 4, IT},
    {"maggio", 5, IT}, {"giugno", 6, IT}, {"luglio", 7, IT},
    {"settembre", 9, IT}, {"ottobre", 10, IT}, {"dicembre", 12, IT},
    {"janeiro", 1, PT}, {"fevereiro", 2, PT}, {"mar\xc3\xa7o", 3, PT},
    {"maio", 5, PT}, {"junho", 6, PT}, {"julho", 7, PT},
    {"setembro", 9, PT}, {"outubro", 10, PT}, {"novembro", 11, PT},
    {"dezembro", 12, PT},
    /* the short forms dates write in Spanish, Italian, Portuguese,
     * German and Dutch ("02 Ago 2017", "5 dic. 2024", "3. Okt. 2023") */
    {"ene", 1, ES | AB}, {"gen", 1, IT | AB}, {"abr", 4, ES | PT | AB},
    {"mag", 5, IT | AB}, {"giu", 6, IT | AB}, {"lug", 7, IT | AB},
    {"ago", 8, ES | IT | PT | AB}, {"set", 9, IT | PT | AB},
    {"ott", 10, IT | AB}, {"out", 10, PT | AB}, {"okt", 10, DE | NL | AB},
    {"dic", 12, ES | IT | AB}, {"dez", 12, DE | PT | AB},
    {"mrt", 3, NL | AB}, {"m\xc3\xa4r", 3, DE | AB},
    /* Dutch: the names not above */
    {"maart", 3, NL}, {"augustus", 8, NL},
    /* Russian and Ukrainian, as dates write them (genitive) */
    {"\xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd1\x8f", 1, RU},
    {"\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f", 2, RU},
    {"\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", 3, RU},
    {"\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8f", 4, RU},
    {"\xd0\xbc\xd0\xb0\xd1\x8f", 5, RU},
    {"\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f", 6, RU},
    {"\xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f", 7, RU},
    {"\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0", 8, RU},
    {"\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 9, RU},
    {"\xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 10, RU},
    {"\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 11, RU},
    {"\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f", 12, RU},
    {"\xd1\x81\xd1\x96\xd1\x87\xd0\xbd\xd1\x8f", 1, UK},
    {"\xd0\xbb\xd1\x8e\xd1\x82\xd0\xbe\xd0\xb3\xd0\xbe", 2, UK},
    {"\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb7\xd0\xbd\xd1\x8f", 3, UK},
    {"\xd0\xba\xd0\xb2\xd1\x96\xd1\x82\xd0\xbd\xd1\x8f", 4, UK},
    {"\xd1\x82\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbd\xd1\x8f", 5, UK},
    {"\xd1\x87\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8f", 6, UK},
    {"\xd0\xbb\xd0\xb8\xd0\xbf\xd0\xbd\xd1\x8f", 7, UK},
    {"\xd1\x81\xd0\xb5\xd1\x80\xd0\xbf\xd0\xbd\xd1\x8f", 8, UK},
    {"\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x81\xd0\xbd\xd1\x8f", 9, UK},
    {"\xd0\xb6\xd0\xbe\xd0\xb2\xd1\x82\xd0\xbd\xd1\x8f", 10, UK},
    {"\xd0\xbb\xd0\xb8\xd1\x81\xd1\x82\xd0\xbe\xd0\xbf\xd0\xb0\xd0\xb4\xd0\xb0", 11, UK},
    {"\xd0\xb3\xd1\x80\xd1\x83\xd0\xb4\xd0\xbd\xd1\x8f", 12, UK},
    /* Greek (genitive, as dates write them: "20 Δεκεμβρίου 2025") */
    {"\xce\xb9\xce\xb1\xce\xbd\xce\xbf\xcf\x85\xce\xb1\xcf\x81\xce\xaf\xce\xbf\xcf\x85", 1, EL},
    {"\xcf\x86\xce\xb5\xce\xb2\xcf\x81\xce\xbf\xcf\x85\xce\xb1\xcf\x81\xce\xaf\xce\xbf\xcf\x85", 2, EL},
    {"\xce\xbc\xce\xb1\xcf\x81\xcf\x84\xce\xaf\xce\xbf\xcf\x85", 3, EL},
    {"\xce\xb1\xcf\x80\xcf\x81\xce\xb9\xce\xbb\xce\xaf\xce\xbf\xcf\x85", 4, EL},
    {"\xce\xbc\xce\xb1\xce\x90\xce\xbf\xcf\x85", 5, EL},
    {"\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xce\xaf\xce\xbf\xcf\x85", 6, EL},
    {"\xce\xb9\xce\xbf\xcf\x85\xce\xbb\xce\xaf\xce\xbf\xcf\x85", 7, EL},
    {"\xce\xb1\xcf\x85\xce\xb3\xce\xbf\xcf\x8d\xcf\x83\xcf\x84\xce\xbf\xcf\x85", 8, EL},
    {"\xcf\x83\xce\xb5\xcf\x80\xcf\x84\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xaf\xce\xbf\xcf\x85", 9, EL},
    {"\xce\xbf\xce\xba\xcf\x84\xcf\x89\xce\xb2\xcf\x81\xce\xaf\xce\xbf\xcf\x85", 10, EL},
    {"\xce\xbd\xce\xbf\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xaf\xce\xbf\xcf\x85", 11, EL},
    {"\xce\xb4\xce\xb5\xce\xba\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xaf\xce\xbf\xcf\x85", 12, EL},
    /* Serbian (Cyrillic, then Latin) and Macedonian */
    {"\xd1\x98\xd0\xb0\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80", 1, SR},
    {"\xd1\x84\xd0\xb5\xd0\xb1\xd1\x80\xd1\x83\xd0\xb0\xd1\x80", 2, SR},
    {"\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82", 3, SR | MK},
    {"\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb", 4, SR | MK},
    {"\xd0\xbc\xd0\xb0\xd1\x98", 5, SR | MK},
    {"\xd1\x98\xd1\x83\xd0\xbd", 6, SR}, {"\xd1\x98\xd1\x83\xd0\xbb", 7, SR},
    {"\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82", 8, SR | MK},
    {"\xd1\x81\xd0\xb5\xd0\xbf\xd1\x82\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80", 9, SR},
    {"\xd0\xbe\xd0\xba\xd1\x82\xd0\xbe\xd0\xb1\xd0\xb0\xd1\x80", 10, SR},
    {"\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80", 11, SR},
    {"\xd0\xb4\xd0\xb5\xd1\x86\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80", 12, SR},
    {"mart", 3, SR}, {"maj", 5, SR}, {"avgust", 8, SR}, {"septembar", 9, SR},
    {"oktobar", 10, SR}, {"novembar", 11, SR}, {"decembar", 12, SR},
    {"\xd1\x98\xd0\xb0\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80\xd0\xb8", 1, MK},
    {"\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd1\x83\xd0\xb0\xd1\x80\xd0\xb8", 2, MK},
    {"\xd1\x98\xd1\x83\xd0\xbd\xd0\xb8", 6, MK},
    {"\xd1\x98\xd1\x83\xd0\xbb\xd0\xb8", 7, MK},
    {"\xd1\x81\xd0\xb5\xd0\xbf\xd1\x82\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 9, MK},
    {"\xd0\xbe\xd0\xba\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 10, MK},
    {"\xd0\xbd\xd0\xbe\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 11, MK},
    {"\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 12, MK},
    /* Hebrew, alone and with the preposition a date glues to it
     * ("20 בדצמבר 2025") */
    {"\xd7\x99\xd7\xa0\xd7\x95\xd7\x90\xd7\xa8", 1, HE},
    {"\xd7\xa4\xd7\x91\xd7\xa8\xd7\x95\xd7\x90\xd7\xa8", 2, HE},
    {"\xd7\x9e\xd7\xa8\xd7\xa5", 3, HE},
    {"\xd7\x90\xd7\xa4\xd7\xa8\xd7\x99\xd7\x9c", 4, HE},
    {"\xd7\x9e\xd7\x90\xd7\x99", 5, HE},
    {"\xd7\x99\xd7\x95\xd7\xa0\xd7\x99", 6, HE},
    {"\xd7\x99\xd7\x95\xd7\x9c\xd7\x99", 7, HE},
    {"\xd7\x90\xd7\x95\xd7\x92\xd7\x95\xd7\xa1\xd7\x98", 8, HE},
    {"\xd7\xa1\xd7\xa4\xd7\x98\xd7\x9e\xd7\x91\xd7\xa8", 9, HE},
    {"\xd7\x90\xd7\x95\xd7\xa7\xd7\x98\xd7\x95\xd7\x91\xd7\xa8", 10, HE},
    {"\xd7\xa0\xd7\x95\xd7\x91\xd7\x9e\xd7\x91\xd7\xa8", 11, HE},
    {"\xd7\x93\xd7\xa6\xd7\x9e\xd7\x91\xd7\xa8", 12, HE},
    {"\xd7\x91\xd7\x99\xd7\xa0\xd7\x95\xd7\x90\xd7\xa8", 1, HE},
    {"\xd7\x91\xd7\xa4\xd7\x91\xd7\xa8\xd7\x95\xd7\x90\xd7\xa8", 2, HE},
    {"\xd7\x91\xd7\x9e\xd7\xa8\xd7\xa5", 3, HE},
    {"\xd7\x91\xd7\x90\xd7\xa4\xd7\xa8\xd7\x99\xd7\x9c", 4, HE},
    {"\xd7\x91\xd7\x9e\xd7\x90\xd7\x99", 5, HE},
    {"\xd7\x91\xd7\x99\xd7\x95\xd7\xa0\xd7\x99", 6, HE},
    {"\xd7\x91\xd7\x99\xd7\x95\xd7\x9c\xd7\x99", 7, HE},
    {"\xd7\x91\xd7\x90\xd7\x95\xd7\x92\xd7\x95\xd7\xa1\xd7\x98", 8, HE},
    {"\xd7\x91\xd7\xa1\xd7\xa4\xd7\x98\xd7\x9e\xd7\x91\xd7\xa8", 9, HE},
    {"\xd7\x91\xd7\x90\xd7\x95\xd7\xa7\xd7\x98\xd7\x95\xd7\x91\xd7\xa8", 10, HE},
    {"\xd7\x91\xd7\xa0\xd7\x95\xd7\x91\xd7\x9e\xd7\x91\xd7\xa8", 11, HE},
    {"\xd7\x91\xd7\x93\xd7\xa6\xd7\x9e\xd7\x91\xd7\xa8", 12, HE},
    /* Arabic: the names of Egypt and the Gulf (with and without hamza),
     * and the Levant's one-word names */
    {"\xd9\x8a\xd9\x86\xd8\xa7\xd9\x8a\xd8\xb1", 1, AR},
    {"\xd9\x81\xd8\xa8\xd8\xb1\xd8\xa7\xd9\x8a\xd8\xb1", 2, AR},
    {"\xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3", 3, AR},
    {"\xd8\xa3\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84", 4, AR},
    {"\xd8\xa7\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84", 4, AR},
    {"\xd8\xa5\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84", 4, AR},
    {"\xd9\x85\xd8\xa7\xd9\x8a\xd9\x88", 5, AR},
    {"\xd9\x8a\xd9\x88\xd9\x86\xd9\x8a\xd9\x88", 6, AR},
    {"\xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd9\x88", 7, AR},
    {"\xd8\xa3\xd8\xba\xd8\xb3\xd8\xb7\xd8\xb3", 8, AR},
    {"\xd8\xa7\xd8\xba\xd8\xb3\xd8\xb7\xd8\xb3", 8, AR},
    {"\xd8\xb3\xd8\xa8\xd8\xaa\xd9\x85\xd8\xa8\xd8\xb1", 9, AR},
    {"\xd8\xa3\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1", 10, AR},
    {"\xd8\xa7\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1", 10, AR},
    {"\xd9\x86\xd9\x88\xd9\x81\xd9\x85\xd8\xa8\xd8\xb1", 11, AR},
    {"\xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1", 12, AR},
    {"\xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7", 2, AR},
    {"\xd8\xa2\xd8\xb0\xd8\xa7\xd8\xb1", 3, AR},
    {"\xd9\x86\xd9\x8a\xd8\xb3\xd8\xa7\xd9\x86", 4, AR},
    {"\xd8\xa3\xd9\x8a\xd8\xa7\xd8\xb1", 5, AR},
    {"\xd8\xad\xd8\xb2\xd9\x8a\xd8\xb1\xd8\xa7\xd9\x86", 6, AR},
    {"\xd8\xaa\xd9\x85\xd9\x88\xd8\xb2", 7, AR},
    {"\xd8\xa3\xd9\x8a\xd9\x84\xd9\x88\xd9\x84", 9, AR},
    /* Hindi, in both spellings of the nasal ("सितंबर", "सितम्बर") */
    {"\xe0\xa4\x9c\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x80", 1, HI},
    {"\xe0\xa4\xab\xe0\xa4\xbc\xe0\xa4\xb0\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x80", 2, HI},
    {"\xe0\xa4\xab\xe0\xa4\xb0\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x80", 2, HI},
    {"\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\x9a", 3, HI},
    {"\xe0\xa4\x85\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x88\xe0\xa4\xb2", 4, HI},
    {"\xe0\xa4\xae\xe0\xa4\x88", 5, HI},
    {"\xe0\xa4\x9c\xe0\xa5\x82\xe0\xa4\xa8", 6, HI},
    {"\xe0\xa4\x9c\xe0\xa5\x81\xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\x88", 7, HI},
    {"\xe0\xa4\x85\xe0\xa4\x97\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4", 8, HI},
    {"\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xa4\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0", 9, HI},
    {"\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xa4\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xb0", 9, HI},
    {"\xe0\xa4\x85\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa5\x82\xe0\xa4\xac\xe0\xa4\xb0", 10, HI},
    {"\xe0\xa4\x85\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x82\xe0\xa4\xac\xe0\xa4\xb0", 10, HI},
    {"\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0", 11, HI},
    {"\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xb0", 11, HI},
    {"\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0", 12, HI},
    {"\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xb0", 12, HI},
};
const size_t rcp__nmonth_names = RCP_ARRAY_SIZE(rcp__month_names);

/* The weekday names (0 Sunday .. 6 Saturday), lower case as written,
 * with the languages that write them and RCP__CAL_ABBR on short forms.
 * Read by the lexicon (French and English names: LX_WEEKDAY), the
 * sentence splitter (after "p.m.": English names and short forms) and
 * web pages' bylines (a weekday alone is no author's name). */
const rcp__month_name rcp__weekday_names[] = {
    {"sunday", 0, EN}, {"monday", 1, EN}, {"tuesday", 2, EN},
    {"wednesday", 3, EN}, {"thursday", 4, EN}, {"friday", 5, EN},
    {"saturday", 6, EN},
    {"dimanche", 0, FR}, {"lundi", 1, FR}, {"mardi", 2, FR},
    {"mercredi", 3, FR}, {"jeudi", 4, FR}, {"vendredi", 5, FR},
    {"samedi", 6, FR},
    {"sun", 0, EN | AB}, {"mon", 1, EN | AB}, {"tue", 2, EN | AB},
    {"tues", 2, EN | AB}, {"wed", 3, EN | AB}, {"thu", 4, EN | AB},
    {"thurs", 4, EN | AB}, {"fri", 5, EN | AB}, {"sat", 6, EN | AB},
    {"sonntag", 0, DE}, {"montag", 1, DE}, {"dienstag", 2, DE},
    {"mittwoch", 3, DE}, {"donnerstag", 4, DE}, {"freitag", 5, DE},
    {"samstag", 6, DE}, {"sonnabend", 6, DE},
    {"domingo", 0, ES | PT}, {"lunes", 1, ES}, {"martes", 2, ES},
    {"mi\xc3\xa9rcoles", 3, ES}, {"miercoles", 3, ES}, {"jueves", 4, ES},
    {"viernes", 5, ES}, {"s\xc3\xa1" "bado", 6, ES | PT}, {"sabado", 6, ES | PT},
    {"domenica", 0, IT}, {"luned\xc3\xac", 1, IT}, {"marted\xc3\xac", 2, IT},
    {"mercoled\xc3\xac", 3, IT}, {"gioved\xc3\xac", 4, IT},
    {"venerd\xc3\xac", 5, IT}, {"sabato", 6, IT},
    {"lunedi", 1, IT}, {"martedi", 2, IT}, {"mercoledi", 3, IT},
    {"giovedi", 4, IT}, {"venerdi", 5, IT},
    {"segunda-feira", 1, PT}, {"ter\xc3\xa7" "a-feira", 2, PT},
    {"terca-feira", 2, PT},
    {"quarta-feira", 3, PT}, {"quinta-feira", 4, PT}, {"sexta-feira", 5, PT},
    {"zondag", 0, NL}, {"maandag", 1, NL}, {"dinsdag", 2, NL},
    {"woensdag", 3, NL}, {"donderdag", 4, NL}, {"vrijdag", 5, NL},
    {"zaterdag", 6, NL},
};
const size_t rcp__nweekday_names = RCP_ARRAY_SIZE(rcp__weekday_names);
#undef FR
#undef EN
#undef DE
#undef ES
#undef IT
#undef PT
#undef NL
#undef MS
#undef RU
#undef UK
#undef EL
#undef SR
#undef MK
#undef HE
#undef AR
#undef HI
#undef AB

/* the languages the token reader knows in French and English text (the
 * table's first entries) */
#define TOKEN_LANGS (RCP__CAL_FR | RCP__CAL_EN)

int rcp__tok_day(const rcp_token *t)
{
    if (!t || !(t->flags & RCP_TOK_NUM))
        return 0;
    const char *s = t->norm;
    size_t n = t->norm_len, k = 0;
    int v = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9')
        v = v * 10 + (s[k++] - '0');
    if (k == 0 || k > 2)
        return 0;
    if (k < n) {
        const char *sf = s + k;
        size_t l = n - k;
        if (!((l == 2 && (!memcmp(sf, "er", 2) || !memcmp(sf, "st", 2) ||
                          !memcmp(sf, "nd", 2) || !memcmp(sf, "rd", 2) ||
                          !memcmp(sf, "th", 2))) ||
              (l == 1 && sf[0] == 'e')))
            return 0;
    }
    return v >= 1 && v <= 31 ? v : 0;
}

/* Can folded w (3 bytes at least) begin a month word? The clusterer asks
 * for every word: most are turned away here. */
static int month_prefix(const char *w)
{
    /* jan fev feb mar avr apr mai may jui jun jul aou aug sep oct nov dec,
     * as one switch on the three bytes (a handful of compares) */
#define P3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
    switch (P3((unsigned char)w[0], (unsigned char)w[1], (unsigned char)w[2])) {
    case P3('j', 'a', 'n'): case P3('f', 'e', 'v'): case P3('f', 'e', 'b'):
    case P3('m', 'a', 'r'): case P3('a', 'v', 'r'): case P3('a', 'p', 'r'):
    case P3('m', 'a', 'i'): case P3('m', 'a', 'y'): case P3('j', 'u', 'i'):
    case P3('j', 'u', 'n'): case P3('j', 'u', 'l'): case P3('a', 'o', 'u'):
    case P3('a', 'u', 'g'): case P3('s', 'e', 'p'): case P3('o', 'c', 't'):
    case P3('n', 'o', 'v'): case P3('d', 'e', 'c'):
        return 1;
    default:
        return 0;
    }
#undef P3
}

/* 月 after a number 1-12 that touches it (9月): the month. */
static int ideo_month(const rcp_doc *d, const rcp_token *t)
{
    if (t == d->toks || t->len != 3 ||
        memcmp(d->text + t->off, "\xE6\x9C\x88", 3) ||
        t[-1].off + t[-1].len != t->off)
        return 0;
    int v = rcp__tok_day(t - 1); /* a number of one or two digits */
    return v <= 12 ? v : 0;
}

/* The languages of the table (RCP__CAL_*) whose month names text in the
 * language of code lang reads, for text of class OTHER: its own, or 0
 * (numeric dates only). */
static unsigned other_cal(const char *lang)
{
    static const struct {
        char code[3];
        unsigned cal;
    } codes[] = {{"de", RCP__CAL_DE}, {"es", RCP__CAL_ES},
                 {"it", RCP__CAL_IT}, {"pt", RCP__CAL_PT},
                 {"nl", RCP__CAL_NL}, {"ms", RCP__CAL_MS},
                 {"id", RCP__CAL_MS}};
    for (size_t i = 0; i < RCP_ARRAY_SIZE(codes); i++)
        if (lang[0] == codes[i].code[0] && lang[1] == codes[i].code[1] &&
            !lang[2])
            return codes[i].cal;
    return 0;
}

/* Is word token t the name w of the table: its folded form, or its text
 * with the first letter in lower case ("März", "março": the table
 * writes accented names as they are written)? */
static int tok_names(const rcp_doc *d, const rcp_token *t, const char *w)
{
    if (rcp__tok_is(t, w))
        return 1;
    const char *p = d->text + t->off;
    size_t n = strlen(w);
    return t->len == n && n &&
           rcp__ascii_lower((unsigned char)p[0]) == (unsigned char)w[0] &&
           memcmp(p + 1, w + 1, n - 1) == 0;
}

/* Is token t followed by a full stop? */
static int stop_after(const rcp_doc *d, const rcp_token *t)
{
    const rcp_token *n = t + 1;
    return n < d->toks + d->ntoks && (n->flags & RCP_TOK_PUNCT) &&
           d->text[n->off] == '.';
}

/* rcp__tok_month for text of class OTHER: the names of its language. */
static int other_month(const rcp_doc *d, const rcp_token *t)
{
    unsigned langs = other_cal(d->lang);
    int upper = (t->flags & RCP_TOK_UPPER) != 0;
    if (!langs || t->norm_len < 3 || upper)
        return 0;
    int ms = langs == RCP__CAL_MS;
    if (ms && !(t->flags & RCP_TOK_CAP))
        return 0;
    const rcp__month_name *e = rcp__month_names;
    for (size_t i = 0; i < rcp__nmonth_names; i++) {
        if (!(e[i].langs & langs) || !tok_names(d, t, e[i].name))
            continue;
        if ((e[i].langs & RCP__CAL_ABBR) && !ms && !stop_after(d, t))
            return 0;
        return e[i].month;
    }
    return 0;
}

uint64_t rcp__month_hbits[2][RCP__MONTH_HBITS];

void rcp__month_hbits_init(void)
{
    uint64_t bits[2][RCP__MONTH_HBITS] = {{1}, {1}};
    const unsigned other = RCP__CAL_DE | RCP__CAL_ES | RCP__CAL_IT |
                           RCP__CAL_PT | RCP__CAL_NL | RCP__CAL_MS;
    rcp__buf f;
    rcp__buf_init(&f, 64);
    for (size_t i = 0; i < rcp__nmonth_names; i++) {
        const rcp__month_name *e = &rcp__month_names[i];
        /* the hash of the folded form, as rcp_token.hnorm ("märz":
         * "marz"); a name too long to fold here is read by no token */
        rcp__buf_reset(&f);
        if (rcp__fold(e->name, strlen(e->name), &f))
            continue;
        uint64_t h = rcp__hash(f.p, f.len, 0);
        for (int o = 0; o < 2; o++)
            if (e->langs & (o ? other : RCP__CAL_FR | RCP__CAL_EN))
                bits[o][(h >> 6) & (RCP__MONTH_HBITS - 1)] |= 1ULL
                                                               << (h & 63);
    }
    rcp__buf_release(&f);
    /* word 0 of the first filter last: its bit 0 says the rest is there */
    memcpy(rcp__month_hbits[1], bits[1], sizeof bits[1]);
    for (size_t k = RCP__MONTH_HBITS; k-- > 0;)
        rcp__month_hbits[0][k] = bits[0][k];
}

int rcp__tok_month(const rcp_doc *d, const rcp_token *t)
{
    if (!t)
        return 0;
    if (t->flags & RCP_TOK_IDEO)
        return ideo_month(d, t);
    if (!(t->flags & RCP_TOK_WORD))
        return 0;
    if (d && d->lang_class == RCP_LC_OTHER)
        return other_month(d, t);
    if (t->norm_len < 3 || t->norm_len > 9)
        return 0;
    int upper = (t->flags & RCP_TOK_UPPER) != 0;
    const rcp__month_name *e = rcp__month_names;
    if (!month_prefix(t->norm))
        return 0;
    int cap = (t->flags & RCP_TOK_CAP) != 0;
    int inside = cap && !(t->flags & RCP_TOK_SSTART);
    for (size_t i = 0; e[i].langs & TOKEN_LANGS; i++) {
        if (!(e[i].langs & (RCP__CAL_FR | RCP__CAL_EN)) ||
            !rcp__tok_is(t, e[i].name))
            continue;
        if (e[i].langs & RCP__CAL_ABBR) /* only with its full stop */
            return !upper && d && stop_after(d, t) ? e[i].month : 0;
        if (e[i].langs & RCP__CAL_EN) /* "may", "march" are verbs */
            return cap && !upper ? e[i].month : 0;
        if (inside && (d->lang_class != RCP_LC_FR || e[i].month == 3))
            return 0; /* Avril Lavigne; la planète Mars */
        return e[i].month;
    }
    return 0;
}

int rcp__month_word(const char *w, size_t n)
{
    const rcp__month_name *e = rcp__month_names;
    for (size_t i = 0; e[i].langs & TOKEN_LANGS; i++)
        if ((e[i].langs & (RCP__CAL_FR | RCP__CAL_EN)) &&
            !(e[i].langs & RCP__CAL_ABBR) && strlen(e[i].name) == n &&
            !memcmp(e[i].name, w, n))
            return e[i].month;
    return 0;
}

/* the value of the entry of tab named w[0..n) in one of langs (short
 * forms only when langs holds RCP__CAL_ABBR), or -1 */
static int cal_in(const rcp__month_name *tab, size_t ntab, const char *w,
                  size_t n, unsigned langs)
{
    for (size_t i = 0; i < ntab; i++)
        if ((tab[i].langs & langs & ~(unsigned)RCP__CAL_ABBR) &&
            (!(tab[i].langs & RCP__CAL_ABBR) || (langs & RCP__CAL_ABBR)) &&
            strlen(tab[i].name) == n && !memcmp(tab[i].name, w, n))
            return tab[i].month;
    return -1;
}

int rcp__weekday_in(const char *w, size_t n, unsigned langs)
{
    return cal_in(rcp__weekday_names, rcp__nweekday_names, w, n, langs);
}

int rcp__month_in(const char *w, size_t n, unsigned langs)
{
    int m = cal_in(rcp__month_names, rcp__nmonth_names, w, n, langs);
    return m < 0 ? 0 : m;
}

/* bit c0 << 8 | c1 set when a month name opens with the bytes c0 c1 */
static uint64_t month_pairs[1024];

static void build_pairs(void)
{
    for (size_t i = 0; i < rcp__nmonth_names; i++) {
        unsigned b = (unsigned char)rcp__month_names[i].name[0] << 8 |
                     (unsigned char)rcp__month_names[i].name[1];
        month_pairs[b >> 6] |= 1ULL << (b & 63);
    }
}

int rcp__month_at(const char *p, size_t n, size_t *len)
{
    size_t w = 0;
    while (w < n && (((unsigned char)p[w] >= 'A' && (unsigned char)p[w] <= 'Z') ||
                     ((unsigned char)p[w] >= 'a' && (unsigned char)p[w] <= 'z') ||
                     (unsigned char)p[w] >= 0x80))
        w++;
    if (w < 3 || w > 24)
        return 0;
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    (void)pthread_once(&once, build_pairs);
    char low[64];
    size_t lw = 0;
    if ((unsigned char)p[0] < 0x80) {
        unsigned b = (unsigned)rcp__ascii_lower((unsigned char)p[0]) << 8 |
                     (unsigned)rcp__ascii_lower((unsigned char)p[1]);
        if (!(month_pairs[b >> 6] >> (b & 63) & 1))
            return 0; /* most words */
        for (; lw < w; lw++)
            low[lw] = (char)rcp__ascii_lower((unsigned char)p[lw]);
    } else {
        /* other scripts: each letter lower-cased ("Δεκεμβρίου") */
        for (size_t i = 0; i < w;) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate(
                (const utf8proc_uint8_t *)p + i, (utf8proc_ssize_t)(w - i), &cp);
            if (k <= 0)
                return 0;
            utf8proc_uint8_t e[4];
            utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_tolower(cp), e);
            if (lw + (size_t)el >= sizeof low)
                return 0;
            memcpy(low + lw, e, (size_t)el);
            lw += (size_t)el;
            i += (size_t)k;
        }
        unsigned b = (unsigned char)low[0] << 8 | (unsigned char)low[1];
        if (!(month_pairs[b >> 6] >> (b & 63) & 1))
            return 0;
    }
    low[lw] = 0;
    for (size_t i = 0; i < rcp__nmonth_names; i++) {
        const char *m = rcp__month_names[i].name;
        if (m[0] == low[0] && m[1] == low[1] && !strcmp(low, m)) {
            *len = w;
            return rcp__month_names[i].month;
        }
    }
    return 0;
}

long rcp__days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void rcp__civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The parts of a day and their hours, read by the values module both
 * for a time of day ("in the morning", "ce soir": values.c read_times)
 * and for the part of a weekday ("Friday morning", "lundi soir":
 * read_day), so that the two cannot differ. A morning runs from
 * midnight ("4:30 in the morning" is one), a night to 29, 5 in the
 * morning after. */
const rcp__day_part rcp__day_parts[] = {
    {"morning", 0, 12},     {"afternoon", 12, 18}, {"evening", 17, 24},
    {"night", 20, 29},      {"matin", 0, 12},      {"matinee", 0, 12},
    {"apres-midi", 12, 18}, {"soir", 17, 24},      {"soiree", 17, 24},
    {"nuit", 20, 29},       {"tonight", 17, 29},   {"overnight", 20, 29},
};
const size_t rcp__nday_parts = sizeof rcp__day_parts / sizeof *rcp__day_parts;

const rcp__day_part *rcp__tok_day_part(const rcp_token *t)
{
    if (!(t->flags & RCP_TOK_WORD))
        return NULL;
    for (size_t i = 0; i < rcp__nday_parts; i++)
        if (rcp__tok_is(t, rcp__day_parts[i].word))
            return &rcp__day_parts[i];
    return NULL;
}
