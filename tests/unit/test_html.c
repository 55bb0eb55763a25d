/* test_html.c - article extraction from web pages: small pages with their
 * expected metadata and text, charsets, and hostile pages that must come
 * back quickly without a crash. */
#include "fixture.h"
#include "harness.h"
#include "ingest/html.h"

#include <stdlib.h>
#include <time.h>

#define P50 "This sentence is long enough, with a comma, to be prose. "
#define PARA "<p>" P50 P50 "</p>"
#define P3 "<p>A.</p><p>B.</p><p>C.</p>"
#define P21 P3 P3 P3 P3 P3 P3 P3 /* 21 text nodes */
#define FAQ1 "<p>How does a storm form over the warm sea in the summer?</p>"
#define FAQ4 FAQ1 FAQ1 FAQ1 FAQ1
/* a section five boxes deep, a small icon beside each */
#define NEST "<div><i>x</i><div><i>x</i><div><i>x</i><div><i>x</i><div>"
#define UNNEST "</div></div></div></div></div>"
#define W1 "The widget tells of the dishwasher, which cleans well, and more. "
#define W8 W1 W1 W1 W1 W1 W1 W1 W1
/* a Japanese sentence ("Heavy rain fell in Tokyo, and traffic is
 * disrupted.") and a paragraph of four */
#define JA1 "\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe5\xa4\xa7\xe9\x9b\xa8" \
            "\xe3\x81\x8c\xe9\x99\x8d\xe3\x82\x8a\xe3\x80\x81\xe4\xba\xa4" \
            "\xe9\x80\x9a\xe3\x81\xab\xe4\xb9\xb1\xe3\x82\x8c\xe3\x81\x8c" \
            "\xe5\x87\xba\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x80\x82"
#define JA4 "<p>" JA1 JA1 JA1 JA1 "</p>"

/* A page, then what must come out: NULL fields must be NULL ("" means do
 * not check); `has` must be in the text, `hasnt` must not. */
static const struct {
    const char *html;
    const char *title, *date, *author, *lang, *url;
    const char *has, *hasnt;
} cases[] = {
    /* og:title wins; <title> suffix; canonical; lang from <html> */
    {"<html lang='en-GB'><head><title>Big news - The Paper</title>"
     "<meta property='og:title' content='Big news'>"
     "<link rel='canonical' href='https://ex.com/a'></head><body>"
     "<h1>Big news</h1>" PARA PARA "</body></html>",
     "Big news", NULL, NULL, "en", "https://ex.com/a", P50, "Big news"},
    /* <title> without its site part when nothing better exists */
    {"<title>Storm hits the coast tonight | Daily Planet</title>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, NULL, P50, NULL},
    /* og:title with the site's name, which the <h1> lacks */
    {"<meta property='og:title' content='Big storm hits the coast - Daily "
     "News'><meta property='og:title' content='ignored, the first wins'>"
     "<h1>Big storm hits the coast</h1>" PARA,
     "Big storm hits the coast", NULL, NULL, NULL, NULL, P50, NULL},
    {"<meta property='og:title' content='Opinion | Why storms get worse'>"
     "<h1>Why storms get worse</h1>" PARA,
     "Why storms get worse", NULL, NULL, NULL, NULL, P50, NULL},
    /* the site's name from the host; a section label in <h1> passed over;
     * a site name after "_" */
    {"<link rel='canonical' href='https://www.dailyplanet.co.uk/a'>"
     "<meta property='og:title' content='Storm hits the coast - Daily "
     "Planet'>" PARA,
     "Storm hits the coast", NULL, NULL, NULL, "", P50, NULL},
    {"<meta property='og:title' content='Storm hits the coast tonight'>"
     "<h1>Latest News</h1>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, NULL, P50, NULL},
    {"<meta property='og:site_name' content='Xinhua'>"
     "<title>Storm hits the coast_English_Xinhua</title>" PARA,
     "Storm hits the coast", NULL, NULL, NULL, NULL, P50, NULL},
    /* the full-width bar of Chinese and Japanese titles parts them as
     * " | " does, with or without spaces, the site named or not
     * (FW_PIPE) */
    {"<meta property='og:site_name' content='\xe6\xaf\x8e\xe6\x97\xa5'>"
     "<title>\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe5\xa4\xa7\xe9"
     "\x9b\xa8\xef\xbd\x9c\xe6\xaf\x8e\xe6\x97\xa5</title>" PARA,
     "\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe5\xa4\xa7\xe9\x9b\xa8",
     NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe5\xa4\xa7\xe9"
     "\x9b\xa8\xe3\x80\x81\xe4\xba\xa4\xe9\x80\x9a\xe3\x81\xab\xe4"
     "\xb9\xb1\xe3\x82\x8c \xef\xbd\x9c \xe6\xaf\x8e\xe6\x97\xa5"
     "\xe3\x83\x8b\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\xb9</title>" PARA,
     "\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe5\xa4\xa7\xe9\x9b\xa8"
     "\xe3\x80\x81\xe4\xba\xa4\xe9\x80\x9a\xe3\x81\xab\xe4\xb9\xb1"
     "\xe3\x82\x8c", NULL, NULL, NULL, NULL, P50, NULL},
    /* a headline of one word is cut from the site's name too (the name
     * as og:site_name gives it, or capitals spelling the host's), not
     * from another tail */
    {"<meta property='og:site_name' content='Daily Planet'><title>Coffee - "
     "Daily Planet</title>" PARA,
     "Coffee", NULL, NULL, NULL, NULL, P50, NULL},
    {"<link rel='canonical' href='https://www.uwsp.edu/a'><title>Coffee - "
     "University of Wisconsin-Stevens Point</title>" PARA,
     "Coffee", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='https://www.uwsp.edu/a'><title>Coffee - "
     "Growing and Roasting</title>" PARA,
     "Coffee - Growing and Roasting", NULL, NULL, NULL, "", P50, NULL},
    /* the site's name with its gloss in brackets; after a site part, a
     * one-word tail at another separator */
    {"<meta property='og:site_name' content='ABC News'><title>Storm hits "
     "the coast - ABC News (Australian Broadcasting Corporation)</title>"
     PARA, "Storm hits the coast", NULL, NULL, NULL, NULL, P50, NULL},
    {"<meta property='og:title' content='Storm hits the coast - Xinhua | "
     "English.news.cn'>" PARA,
     "Storm hits the coast", NULL, NULL, NULL, NULL, P50, NULL},
    /* the host's own short name under a country's domain (www.cbc.ca:
     * "cbc", not "www"), a registry's second level passed over
     * (news.bbc.co.uk: "bbc") (SUFFIX2) */
    {"<link rel='canonical' href='http://www.cbc.ca/world/1.html'>"
     "<meta property='og:title' content='Storm hits the coast tonight - "
     "CBC News'>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='http://news.bbc.co.uk/2/hi/1.stm'>"
     "<meta property='og:title' content='Storm hits the coast tonight - "
     "BBC News'>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    /* the site's name in front, in capitals, and the sections after it
     * at the same separator: the headline is the last part; not a
     * headline naming the site (SITE_FRONT, SUFFIX2) */
    {"<link rel='canonical' href='http://news.bbc.co.uk/2/hi/1.stm'>"
     "<title>BBC NEWS | UK | Storm hits the coast tonight</title>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='http://news.bbc.co.uk/2/hi/1.stm'>"
     "<title>BBC SPORT | Football | Premier League | Storm hits the "
     "coast tonight</title>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='http://www.cbc.ca/world/1.html'>"
     "<title>CBC News - World - Storm hits the coast tonight</title>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='http://news.bbc.co.uk/2/hi/1.stm'>"
     "<title>BBC presenter quits over pay | UK | News</title>" PARA,
     "BBC presenter quits over pay", NULL, NULL, NULL, "", P50, NULL},
    /* a dash typed as two hyphens parts a title as a dash does (DASH2):
     * the site's part and a short tail go, a longer one stays */
    {"<link rel='canonical' href='http://www.reuters.com/1'><title>Storm "
     "hits the coast tonight -- Page 1 -- Reuters.com</title>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    {"<title>Storm hits -- and floods -- the coast of the island tonight"
     "</title>" PARA,
     "Storm hits -- and floods -- the coast of the island tonight", NULL,
     NULL, NULL, NULL, P50, NULL},
    /* a meta title of a few words the <h1> does not share is a section */
    {"<title>Opinion | Daily Planet</title><meta property='og:title' "
     "content='Opinion'><h1>Why storms get worse</h1>" PARA,
     "Why storms get worse", NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>Entertainment - Wire</title><h1>Actor wins award at festival"
     "</h1>" PARA,
     "Actor wins award at festival", NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>Klatch Coffee</title><h1>Get that stack Klatch Coffee</h1>"
     PARA, "Klatch Coffee", NULL, NULL, NULL, NULL, P50, NULL},
    /* an <h1> with the section or site part the meta title drops; not a
     * subtitle, not a quotation */
    {"<meta property='og:title' content='How meditation rewires brains | "
     "Opinion'><h1>How meditation rewires brains | Opinion</h1>" PARA,
     "How meditation rewires brains", NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>Mobile UX Design: The Ultimate Guide | Site</title>"
     "<h1>Mobile UX Design: The Ultimate Guide</h1>" PARA,
     "Mobile UX Design: The Ultimate Guide", NULL, NULL, NULL, NULL, P50,
     NULL},
    {"<title>Plague in China as panic begins \xe2\x80\x93 \xe2\x80\x98It "
     "is coming\xe2\x80\x99 | World | Express</title><h1>Plague in China "
     "as panic begins \xe2\x80\x93 \xe2\x80\x98It is coming\xe2\x80\x99"
     "</h1>" PARA,
     "Plague in China as panic begins \xe2\x80\x93 \xe2\x80\x98It is "
     "coming\xe2\x80\x99", NULL, NULL, NULL, NULL, P50, NULL},
    /* the <title> alone: a subtitle after ": " stays, a " : " part goes;
     * what follows " | " is never the headline's, however long, nor a
     * part of one or two words before it ("Opinion | ..."); a <title>
     * the browser moved into <body> is still read */
    {"<title>Rust GCC backend: Why and how</title>" PARA,
     "Rust GCC backend: Why and how", NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>Opinion | Why storms get worse every year</title>" PARA,
     "Why storms get worse every year", NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>How to Make Furniture : 21 Steps</title>" PARA,
     "How to Make Furniture", NULL, NULL, NULL, NULL, P50, NULL},
    {"<title>Book reviews for the season | The Center for Writing and "
     "Reading at the University</title>" PARA,
     "Book reviews for the season", NULL, NULL, NULL, NULL, P50, NULL},
    {"<body><div>menu</div><title>Storm hits the coast tonight</title>"
     PARA "</body>",
     "Storm hits the coast tonight", NULL, NULL, NULL, NULL, P50, NULL},
    /* the site's names from the links to its home page: their text, the
     * start of a logo's alt; not a link to another site's */
    {"<link rel='canonical' href='https://www.ex.com/a'><title>Storm hits "
     "the coast tonight - The Center for Writing and Reading</title>"
     "<a href='https://ex.com/'><img alt='The Center for Writing and "
     "Reading logo: a pen'></a>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, "", P50, NULL},
    {"<title>Notes of the Week: Storm hits the coast tonight</title>"
     "<a href='/'>Notes of the Week</a>" PARA,
     "Storm hits the coast tonight", NULL, NULL, NULL, NULL, P50, NULL},
    {"<meta property='og:title' content='The Daily Notes of Ann'>"
     "<a href='/'>The Daily Notes of Ann</a><h1>How to write a good "
     "newsletter</h1>" PARA,
     "How to write a good newsletter", NULL, NULL, NULL, NULL, P50, NULL},
    {"<link rel='canonical' href='https://www.ex.com/a'><title>Storm hits "
     "the coast tonight - The Center for Writing and Reading</title>"
     "<a href='https://other.org/'>The Center for Writing and Reading</a>"
     PARA,
     "Storm hits the coast tonight - The Center for Writing and Reading",
     NULL, NULL, NULL, "", P50, NULL},
    /* an <h1> with a long part after " | " keeps it: it is the
     * headline's, not a site's or a section's */
    {"<title>Design Week | A light installation for the city hall</title>"
     "<meta property='og:title' content='Design Week'>"
     "<h1>Design Week | A light installation for the city hall</h1>" PARA,
     "Design Week | A light installation for the city hall", NULL, NULL,
     NULL, NULL, P50, NULL},
    /* the visible headline when the meta title is another wording of it */
    {"<meta property='og:title' content='Coast storm: what we know'>"
     "<h1>What we know about the storm on the coast</h1>" PARA,
     "What we know about the storm on the coast", NULL, NULL, NULL, NULL,
     P50, NULL},
    /* dates: the line under the headline, not the "updated" one; a meta
     * name of the page's own; numeric CJK and Russian dates */
    {"<article><h1>Storm hits the coast</h1><p>Updated June 3, 2024</p>"
     "<p>By Ann Lee - March 27, 2024</p>" PARA "</article>",
     "", "2024-03-27", "Ann Lee", NULL, NULL, P50, NULL},
    {"<meta name='w-published-date' content='2025-05-27T06:03:43Z'>"
     "<meta name='publisher' content='2001-01-01'>" PARA,
     "", "2025-05-27T06:03:43Z", NULL, NULL, NULL, P50, NULL},
    {"<meta name='published-time' content='2026-03-09T08:45:32Z'>"
     "<meta name='published-date' content='2021-02-16'>" PARA,
     "", "2021-02-16", NULL, NULL, NULL, P50, NULL},
    {"<h1>\xe6\x96\xb0\xe9\x97\xbb</h1><p>2025\xe5\xb9\xb4" "3\xe6\x9c\x88"
     "14\xe6\x97\xa5</p>" PARA, "", "2025-03-14", NULL, NULL, NULL, P50, NULL},
    {"<h1>T</h1><p>14 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0 2025</p>" PARA,
     "", "2025-03-14", NULL, NULL, NULL, P50, NULL},
    /* the labels of modification and publication in the other languages
     * the project detects, capitalised ("Обновлено", "Δημοσιεύθηκε") */
    {"<h1>T</h1><p>\xd0\x9e\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5"
     "\xd0\xbd\xd0\xbe 21.12.2025</p><p>20.12.2025</p>" PARA,
     "", "2025-12-20", NULL, NULL, NULL, P50, NULL},
    {"<h1>T</h1>" PARA P21 "<p>\xce\x94\xce\xb7\xce\xbc\xce\xbf\xcf\x83\xce\xb9"
     "\xce\xb5\xcf\x8d\xce\xb8\xce\xb7\xce\xba\xce\xb5 20/12/2025</p>",
     "", "2025-12-20", NULL, NULL, NULL, P50, NULL},
    /* Greek, capitalised; Hebrew with its preposition */
    {"<h1>T</h1><p>14 \xce\x9c\xce\xb1\xcf\x81\xcf\x84\xce\xaf\xce\xbf\xcf\x85 "
     "2025</p>" PARA, "", "2025-03-14", NULL, NULL, NULL, P50, NULL},
    {"<h1>T</h1><p>14 \xd7\x91\xd7\x9e\xd7\xa8\xd7\xa5 2025</p>" PARA,
     "", "2025-03-14", NULL, NULL, NULL, P50, NULL},
    /* the byline's date before the metadata's: the first publication */
    {"<meta property='article:published_time' content='2025-06-24T10:00Z'>"
     "<h1>Storm hits the coast</h1><p>August 25, 2024</p>" PARA,
     "", "2024-08-25", NULL, NULL, NULL, P50, NULL},
    /* ... but not a later one, nor the modification date */
    {"<meta property='article:published_time' content='2024-06-24'>"
     "<h1>Storm hits the coast</h1><p>August 25, 2025</p>" PARA,
     "", "2024-06-24", NULL, NULL, NULL, P50, NULL},
    {"<meta property='article:published_time' content='2024-06-24'>"
     "<meta property='article:modified_time' content='2024-03-01'>"
     "<h1>Storm hits the coast</h1><p>March 1, 2024</p>" PARA,
     "", "2024-06-24", NULL, NULL, NULL, P50, NULL},
    /* "Updated" in its own element before the date, or around a <time> */
    {"<h1>Storm hits the coast</h1><p><span>Last updated:</span> <span>"
     "June 3, 2024</span></p><p>By Ann Lee, March 27, 2024</p>" PARA,
     "", "2024-03-27", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p>Updated <time datetime='2024-06-03'>"
     "June 3</time></p><p>By Ann Lee, March 27, 2024</p>" PARA,
     "", "2024-03-27", "Ann Lee", NULL, NULL, P50, NULL},
    /* a date in a date-ish element after some other text */
    {"<h1>Storm hits the coast</h1><div class='post-meta'><p>By Ann Lee</p>"
     "<p>Posted in Weather</p><p>Updated May 5, 2024</p><p>April 2, 2024"
     "</p></div>" PARA, "", "2024-04-02", "", NULL, NULL, P50, NULL},
    /* the metadata's modification date alone is no publication date */
    {"<meta property='article:modified_time' content='2024-03-01'>"
     "<h1>Storm hits the coast</h1>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* only an update date shown: better than none */
    {"<h1>Storm hits the coast</h1><p>Last updated on 17 December 2025</p>"
     PARA, "", "2025-12-17", NULL, NULL, NULL, P50, NULL},
    /* a date in prose after the headline is not its dateline */
    {"<h1>Tax season</h1><p>The tax season ends on April 15, 2025 for most "
     "people, and an extension gives six months more.</p>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* a date in an author box, on a page without a headline date */
    {"<div class='resource-author-details'><p>Luke Kim</p><small>December "
     "17, 2025</small></div>" PARA,
     "", "2025-12-17", "", NULL, NULL, P50, NULL},
    /* the first publication, said so, beats the metadata */
    {"<meta property='article:published_time' content='2022-09-30'>"
     "<h1>Storm</h1>" PARA P21 "<p>This article was originally published on "
     "26 Sep 2019 and has been updated.</p>",
     "", "2019-09-26", NULL, NULL, NULL, P50, NULL},
    {"<html lang='de'><meta property='article:published_time' "
     "content='2022-09-30'><h1>Sturm</h1>" PARA P21 "<p>Erstmals ver\xc3\xb6"
     "ffentlicht am 3. Mai 2018.</p>",
     "", "2018-05-03", NULL, "de", NULL, P50, NULL},
    /* a date labelled as the day's ("Today's Hours", in pieces at the
     * character reference; "Open Today, ...") is no publication date;
     * "USA TODAY" before a dateline is a name, not that label */
    {"<h3>Today&#039;s Hours</h3><div class='hours-date'>March 14, 2026"
     "</div><h1>Indoor plants</h1>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    {"<h1>Indoor plants</h1><p>Open Today, March 14, 2026</p>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    {"<html lang='fr'><h1>Plantes</h1><p>Aujourd'hui</p><p>14 mars 2026"
     "</p>" PARA, "", NULL, NULL, "fr", NULL, P50, NULL},
    {"<h1>Guards charged</h1><p>USA TODAY</p><p>Published 7:07 PM EST Nov "
     "19, 2019</p>" PARA, "", "2019-11-19", NULL, NULL, NULL, P50, NULL},
    /* slash dates that read one way only, whatever the language */
    {"<h1>Storm</h1><p class='date'>2/24/2026</p>" PARA,
     "", "2026-02-24", NULL, NULL, NULL, P50, NULL},
    {"<h1>Storm</h1><p class='date'>15/12/2025</p>" PARA,
     "", "2025-12-15", NULL, NULL, NULL, P50, NULL},
    {"<h1>Storm</h1><p class='date'>05/10/2018</p>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    {"<html lang='pt'><h1>Tempestade</h1><p class='date'>05/10/2018</p>"
     PARA, "", "2018-10-05", NULL, "pt", NULL, P50, NULL},
    /* a <time datetime> just before the headline, its text ambiguous,
     * beats a comment's date in an author box */
    {"<p><time datetime='2023-10-12T19:38:01Z'>10/12/2023</time></p>"
     "<h1>Skiplagging</h1>" PARA P21 "<div class='comment-author'><p>Bo "
     "Kim</p><p>December 18, 2025</p></div>", "", "2023-10-12T19:38:01Z",
     NULL, NULL, NULL, P50, NULL},
    /* the JSON-LD publisher's name is the site's when no og:site_name
     * gives it: a long tail naming it is cut */
    {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
     "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily "
     "Planet of Metropolis City\"}}</script><title>Storm hits the coast "
     "tonight - The Daily Planet of Metropolis City</title>" PARA,
     "Storm hits the coast tonight", "", NULL, NULL, NULL, P50, NULL},
    /* no <h1>: the visible line that agrees best with <title> is the
     * headline, in its own wording; its inline parts are one line; a
     * site's name or a date after a separator is cut from it; a line
     * agreeing less (a menu's) loses (seen_headline) */
    {"<title>Storm hits coast: what to know | Daily Planet</title><ul><li>"
     "<a href='/s'>Storm coast news</a></li></ul><div class='hero'><p>What"
     " to know as the storm hits the coast</p></div>" PARA,
     "What to know as the storm hits the coast", "", NULL, NULL, NULL, P50,
     NULL},
    {"<title>Storm hits the coast tonight</title><div><p>Storm hits the "
     "coast tonight / Dec 2025</p></div>" PARA,
     "Storm hits the coast tonight", "", NULL, NULL, NULL, P50, NULL},
    {"<title>Storm hits the coast tonight</title><div><p>Storm hits the "
     "coast tonight / Storm Dec 2025</p></div>" PARA,
     "Storm hits the coast tonight / Storm Dec 2025", "", NULL, NULL, NULL,
     P50, NULL},
    /* a byte-order mark inside a word is deleted */
    {"<title>The B\xef\xbb\xbf" "est storm of the decade hits the coast"
     "</title>" PARA,
     "The Best storm of the decade hits the coast", "", NULL, NULL, NULL,
     P50, NULL},
    /* a label of one or two words before a headline that is otherwise
     * the meta title is cut; a longer head is the headline's */
    {"<meta property='og:site_name' content='Daily Planet'><meta property="
     "'og:title' content='Storm hits the coast tonight | Daily Planet'><h1>"
     "<strong>Blog:</strong> Storm hits the coast tonight"
     "</h1>" PARA,
     "Storm hits the coast tonight", "", NULL, NULL, NULL, P50, NULL},
    {"<meta property='og:title' content='Storm hits the coast tonight'><h1>"
     "<span>Title:</span>Storm hits the coast tonight</h1>" PARA,
     "Storm hits the coast tonight", "", NULL, NULL, NULL, P50, NULL},
    {"<meta property='og:title' content='Storm hits the coast tonight'><h1>"
     "After three weeks: Storm hits the coast tonight</h1>" PARA,
     "After three weeks: Storm hits the coast tonight", "", NULL, NULL,
     NULL, P50, NULL},
    /* an <h1> of more than 25 words agreeing with no meta title is a
     * standfirst: the meta title is the headline */
    {"<meta property='og:title' content='The ten best storm shelters'><h1>"
     "Learn which shelters keep you safe? Get tips from experts on how to "
     "choose one. We will help you learn all you need to know about the "
     "shelter you buy.</h1>" PARA,
     "The ten best storm shelters", "", NULL, NULL, NULL, P50, NULL},
    {"<title>How to win at chess: five tips | Daily Planet</title><div><p>"
     "How to win at chess: <em>five tips for the weekend</em></p></div>"
     PARA, "How to win at chess: five tips for the weekend", "", NULL, NULL,
     NULL, P50, NULL},
    {"<link rel='canonical' href='https://www.dailyplanet.com/a'><title>"
     "Storm hits the coast tonight, again</title><div><p>Storm hits the "
     "coast tonight | Daily Planet</p></div>" PARA,
     "Storm hits the coast tonight", "", NULL, NULL,
     "https://www.dailyplanet.com/a", P50, NULL},
    /* an <h1> that disagrees keeps the rules of <h1>s; a footer's line
     * is not the headline */
    {"<title>Storm hits coast: what to know</title><h1>Weather</h1><div><p>"
     "What to know as the storm hits the coast</p></div>" PARA,
     "Storm hits coast: what to know", "", NULL, NULL, NULL, P50, NULL},
    {"<title>Storm hits coast: what to know</title>" PARA "<footer><p>What"
     " to know as the storm hits the coast</p></footer>",
     "Storm hits coast: what to know", "", NULL, NULL, NULL, P50, NULL},
    /* no line agrees with <title>: the first element named a headline by
     * its class or id, sharing a word with it, before the article's text
     * (NAMED_HEAD); not one after a long paragraph (NAMED_BEFORE), nor a
     * section's, nor one sharing no word */
    {"<title>Disney glitches blamed on heavy demand says executive</title>"
     "<div class='ArticlePage-headline'>We had some issues, exec says on "
     "Disney glitches</div>" PARA,
     "We had some issues, exec says on Disney glitches", "", NULL, NULL,
     NULL, P50, NULL},
    {"<title>Storm hits the coast tonight</title><p>" P50 P50 P50 P50
     "</p><div class='cta-title'>Call the storm desk for help now</div>",
     "Storm hits the coast tonight", "", NULL, NULL, NULL, P50, NULL},
    {"<title>Storm hits the coast tonight</title><div class='section-title'>"
     "Storm news and weather</div><div class='promo-box-title'>Win a trip"
     " to the sea</div>" PARA,
     "Storm hits the coast tonight", "", NULL, NULL, NULL, P50, NULL},
    /* the article given whole in <noscript> (a page drawn by a script);
     * a short <noscript> notice stays out */
    {"<div id='app'></div><noscript><h1>Storm hits the coast</h1>" PARA
     "</noscript>",
     "Storm hits the coast", NULL, NULL, NULL, NULL, P50, NULL},
    {"<noscript><p>Please enable JavaScript to read the comments.</p>"
     "</noscript>" PARA PARA,
     "", NULL, NULL, NULL, NULL, P50, "JavaScript"},
    /* ... or in a <template> a script copies into the page; a small
     * <template> (a widget's) stays out; a declarative shadow root's
     * <template shadowrootmode> is shown where it stands */
    {"<div id='app'></div><template id='page'><article><h1>Storm hits the "
     "coast</h1>" PARA "</article></template><script>app.append(page."
     "content)</script>",
     "Storm hits the coast", NULL, NULL, NULL, NULL, P50, NULL},
    {"<template id='row'><p>Reply to this comment in the box below.</p>"
     "</template>" PARA PARA,
     "", NULL, NULL, NULL, NULL, P50, "Reply"},
    {"<article><h1>Storm hits the coast</h1>" PARA "<div><template "
     "shadowrootmode='open'><p>Storm words in the shadow root.</p></template>"
     "</div>" PARA "</article>",
     "Storm hits the coast", NULL, NULL, NULL, NULL, "in the shadow root",
     NULL},
    /* a page streamed in parts (React): each <div hidden id="S:n"> goes
     * where its empty <template id="B:n"> or "P:n" stands, in the
     * placeholder's order; a part inside its own placeholder stays
     * hidden, and so does a part with no placeholder */
    {"<article><h1>Storm hits the coast</h1><template id='B:0'></template>"
     "<div><template id='P:a'></template></div><template id='B:1'>"
     "</template></article><div hidden id='S:1'><p>" P50 "Third part.</p>"
     "</div><div hidden id='S:0'><p>" P50 "First part.</p></div><div "
     "hidden id='S:a'><p>" P50 "Second part. Third</p></div><div hidden "
     "id='S:2'><p>Not placed, " P50 "</p><template id='P:2'></template>"
     "</div>",
     "Storm hits the coast", NULL, NULL, NULL, NULL,
     "First part.\nThis sentence is long enough, with a comma, to be prose. "
     "Second part. Third", "Not placed"},
    {"<article><h1>Storm hits the coast</h1><template id='B:0'></template>"
     "</article><div hidden id='S:0'><p>" P50 "First part.</p></div><div "
     "hidden id='S:1'><p>" P50 "Second part.</p></div>",
     "Storm hits the coast", NULL, NULL, NULL, NULL, "First part.",
     "Second part."},
    /* a boundary's fallback (between its placeholder and React's
     * <!--/$-->, nested boundaries inside) goes when its part comes */
    {"<article><h1>Storm hits the coast</h1><!--$?--><template id='B:0'>"
     "</template><div><!--$--><span>Loading</span><!--/$--> paragraph..."
     "</div><!--/$--><!--$--><p>" P50 "Kept part.</p><!--/$--></article>"
     "<div hidden id='S:0'><p>" P50 "First part.</p></div>",
     "Storm hits the coast", NULL, NULL, NULL, NULL,
     "First part.\nThis sentence is long enough, with a comma, to be prose. "
     "Kept part.", "Loading"},
    /* an article written as a run of like sections (the same tag and
     * class, each in the same nest of boxes) is climbed to as a near
     * ancestor is, at 1.4 times the text; an unlike box beside it, at the
     * same share, stays out */
    {"<div class='col'><section class='blk'>" NEST "<p>" P50 P50 "</p><p>"
     P50 P50 "</p><p>" P50 P50 "First part.</p>" UNNEST "</section><section "
     "class='blk'>" NEST "<p>" P50 P50 "</p><p>" P50 P50 "Second part.</p>"
     UNNEST "</section></div>",
     "", NULL, NULL, NULL, NULL, "Second part.", NULL},
    {"<div class='col'><section class='blk'>" NEST "<p>" P50 P50 "</p><p>"
     P50 P50 "</p><p>" P50 P50 "First part.</p>" UNNEST "</section><section "
     "class='other'>" NEST "<p>" P50 P50 "</p><p>" P50 P50 "Second part.</p>"
     UNNEST "</section></div>",
     "", NULL, NULL, NULL, NULL, "First part.", "Second part."},
    /* a syntax highlighter's classes inside <pre> are code, not a
     * comment section; a comment box outside it still goes */
    {"<article>" PARA "<pre><code><span class='hljs-comment'># clone the "
     "repository</span>\ngit clone url</code></pre>" PARA "<div class="
     "'comment-body'>Great post, thanks!</div></article>",
     "", NULL, NULL, NULL, NULL, "# clone the repository git clone",
     "Great post"},
    /* a boilerplate tag whose class names content and nothing else holds
     * the article (a page builder's <header>), beside a longer FAQ of
     * short questions; a site's header does not */
    {"<div><header class='section_blog-post5-content'><p>" P50 P50 P50
     "Storm ends.</p><p>" P50 P50 P50 "Storm ends.</p><p>" P50 P50 P50
     "Storm ends.</p></header><div class='faq'>" FAQ4 FAQ4 FAQ4 "</div>"
     "</div>",
     "", NULL, NULL, NULL, NULL, "Storm ends.", NULL},
    {"<div><header class='site-header'><p>" P50 P50 P50 "Storm ends.</p><p>"
     P50 P50 P50 "Storm ends.</p><p>" P50 P50 P50 "Storm ends.</p></header>"
     "<div class='faq'>" FAQ4 FAQ4 FAQ4 "</div></div>",
     "", NULL, NULL, NULL, NULL, "How does a storm", "Storm ends."},
    /* no <h1>, a meta title naming a section or the site: the heading
     * that opens the article is the title, unless it shares a word with
     * the meta title (a short title of the page's own) */
    {"<title>Latest News</title><div><h2>Storm hits the coast tonight</h2>"
     PARA "</div>",
     "Storm hits the coast tonight", NULL, NULL, NULL, NULL, P50,
     "Storm hits"},
    {"<title>Wine Regions</title><div><h2>An Intro to Wine Regions of the "
     "World</h2>" PARA "</div>",
     "Wine Regions", NULL, NULL, NULL, NULL, P50, NULL},
    /* of the <h1>s agreeing with a meta title, the one agreeing best */
    {"<meta property='og:title' content='Defer, Panic, and Recover - The Go "
     "Programming Language'><h1><a href='/blog/'>The Go Blog</a></h1><h1>"
     "Defer, Panic, and Recover</h1>" PARA,
     "Defer, Panic, and Recover", "", NULL, NULL, NULL, P50, NULL},
    /* no <h1>: a part of <title> the page shows as its line, when the
     * cut title agrees with none ("Site | Section | Headline"); not a
     * part shorter than what the cut kept (the site's name in a footer) */
    {"<title>BBC NEWS | Business | Oil prices hit a record high</title>"
     "<table><tr><td><a href='/'>Home</a></td></tr><tr><td><b>Oil prices "
     "hit a record high</b><br>" PARA "</td></tr></table>",
     "Oil prices hit a record high", "", NULL, NULL, NULL, P50, NULL},
    {"<title>A guide to wine types and styles | Wine and Spirit Education "
     "Trust</title>" PARA "<div><p>Wine and Spirit Education Trust</p>"
     "</div>",
     "A guide to wine types and styles", "", NULL, NULL, NULL, P50, NULL},
    /* an <h1> sharing no word with the title is a section's heading: the
     * date is by the line that reads as the title, before it */
    {"<meta property='og:title' content='Advent of Code week 2'><div><h1>"
     "<a href='/'>Notes of Ann</a></h1></div><fieldset><legend>Advent of "
     "Code week 2</legend>20 December 2025<div>" PARA P21 "<h1>Day 7</h1>"
     PARA P21 "<p>Posted 3 March 2024</p></div></fieldset>",
     "Advent of Code week 2", "2025-12-20", NULL, NULL, NULL, P50, NULL},
    /* no <h1>: the line that reads as the title is the headline */
    {"<meta property='og:title' content='Top 5 HR tools in 2026'>"
     "<div class='hero'><p>Top 5 HR tools in 2026</p><p>Team</p><p>Feb 16, "
     "2026</p></div>" PARA P21 "<p>Feb 18, 2026</p>",
     "Top 5 HR tools in 2026", "2026-02-16", NULL, NULL, NULL, P50, NULL},
    /* "Posted on" anywhere, when nothing else dates the page */
    {"<h1>Rust GCC backend</h1>" PARA P21 "<div>Posted on the 15/12/2025 at"
     " 19:00 by Guillaume</div>", "", "2025-12-15", NULL, NULL, NULL, P50,
     NULL},
    {"<html lang='fr'><h1>Orage</h1>" PARA P21 "<p>Publi\xc3\xa9 le 3 mai "
     "2024 par Ann Lee</p>", "", "2024-05-03", NULL, "fr", NULL, P50, NULL},
    /* bylines cleaned: label, role, date cut; several names kept */
    {"<article><h1>Storm hits the coast</h1><p class='byline'>By Phil "
     "Collin, Staff Writer - May 2, 2024</p>" PARA "</article>",
     "", "2024-05-02", "Phil Collin", NULL, NULL, P50, NULL},
    {"<article><p class='auteur'>Par Ann Lee et Bo Kim</p>" PARA
     "</article>", "", NULL, "Ann Lee, Bo Kim", NULL, NULL, P50, NULL},
    {"<article><p class='author'>Rachel MacDonald Senior Reporter</p>" PARA
     "</article>", "", NULL, "Rachel MacDonald", NULL, NULL, P50, NULL},
    /* a time, a place or a category after " at " or " in " and a capital
     * or a digit is cut (BY_TAIL); a script's placeholder and a label
     * with an empty name are no author (BY_EMPTY) */
    {"<article><h1>Storm hits the coast</h1><p class='byline'>Posted by "
     "David at December 16, 2025 11:15 AM</p>" PARA "</article>",
     "", "2025-12-16", "David", NULL, NULL, P50, NULL},
    {"<article><p class='byline'>By AnnLee in Workshop Tools</p>" PARA
     "</article>", "", NULL, "AnnLee", NULL, NULL, P50, NULL},
    {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
     "\"author\":{\"@type\":\"Person\",\"name\":\"undefined\"}}</script>"
     "<article><h1>Storm hits the coast</h1>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, P50, NULL},
    {"<article><h1>Storm hits the coast</h1><div class='byline'><time>Jun"
     " 2</time> Written By <a href='/a'></a></div>" PARA "</article>",
     "", "", NULL, NULL, NULL, P50, NULL},
    /* bylines: a role after a comma, even when name_end would cut it
     * ("AP Auto"); an outlet of one word or holding the site's name; the
     * outlet after a full stop; several names in capitals kept whole */
    {"<article><p class='byline'>By TOM LEE, AP Auto Writer</p>" PARA
     "</article>", "", NULL, "TOM LEE", NULL, NULL, P50, NULL},
    {"<meta name='author' content='Victor Tang, Futurism'>" PARA,
     "", NULL, "Victor Tang", NULL, NULL, P50, NULL},
    {"<meta name='author' content='Linny, Peter'>" PARA,
     "", NULL, "Linny, Peter", NULL, NULL, P50, NULL},
    {"<link rel='canonical' href='https://edition.cnn.com/a'>"
     "<meta name='author' content='Jill Dee, CNN Business'>" PARA,
     "", NULL, "Jill Dee", NULL, "", P50, NULL},
    {"<meta property='og:site_name' content='Sputnik International'>"
     "<meta name='author' content='Finn Cole. Sputnik International'>" PARA,
     "", NULL, "Finn Cole", NULL, NULL, P50, NULL},
    /* a byline inside a teaser of another article (a list item holding
     * its heading) is not the page's */
    {"<h1>Materials</h1><ul><li><h3>Estamos aqui</h3><div><p>By:&nbsp;</p>"
     "<p>Ann Lee, Bo Kim</p></div>" PARA "</li><li><h3>Modules</h3><div>"
     "<p class='byline'>By Cy Diaz</p></div>" PARA "</li></ul>",
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* the outlet's first word opens the host's name (no og:site_name) */
    {"<link rel='canonical' href='https://sputniknews.com/a'>"
     "<meta name='author' content='Finn Cole, Sputnik International'>" PARA,
     "", NULL, "Finn Cole", NULL, "", P50, NULL},
    {"<article><p class='byline'>By LISA MASCARO, MARY CLARE JALONICK and "
     "ERIC TUCKER</p>" PARA "</article>",
     "", NULL, "LISA MASCARO, MARY CLARE JALONICK, ERIC TUCKER", NULL, NULL,
     P50, NULL},
    /* a byline ends at the edge of the element after the name (a role, a
     * badge, a bio), unless what follows joins another name */
    {"<article><div class='byline'>By <a href='/a/ann'>Ann Lee</a><span>"
     "Content Marketing Coordinator</span></div>" PARA "</article>",
     "", NULL, "Ann Lee", NULL, NULL, P50, NULL},
    {"<article><div class='byline'>Recipe by <a href='/a/ann'>Ann Lee</a>"
     "<span>Verified</span></div>" PARA "</article>",
     "", NULL, "Ann Lee", NULL, NULL, P50, NULL},
    {"<article><div class='byline'>By <a href='/a/ann'>Ann Lee</a> and "
     "<a href='/a/bo'>Bo Kim</a><span>Gardeners</span></div>" PARA
     "</article>", "", NULL, "Ann Lee, Bo Kim", NULL, NULL, P50, NULL},
    /* the site's name after the name, without a comma */
    {"<meta property='og:site_name' content='Daily Planet'>"
     "<article><p class='author'>Ann Lee Daily Planet</p>" PARA "</article>",
     "", NULL, "Ann Lee", NULL, NULL, P50, NULL},
    /* the author element inside a byline box, not the box's outlet */
    {"<article><div class='byline-section'><span class='author'>Tom Davies"
     "</span> <span class='publication'>Associated Press</span></div>" PARA
     "</article>", "", NULL, "Tom Davies", NULL, NULL, P50, NULL},
    {"<article><div class='author-box'><span class='author-avatar'>TD</span>"
     "<span class='author-name'>Tom Davies</span></div>" PARA "</article>",
     "", NULL, "Tom Davies", NULL, NULL, P50, NULL},
    /* the link-preview pair "Written by" / the name */
    {"<meta name='twitter:label1' content='Written by'>"
     "<meta name='twitter:data1' content='Nawaz Dhan'>"
     "<meta name='twitter:label2' content='Est. reading time'>"
     "<meta name='twitter:data2' content='5 minutes'>" PARA,
     "", NULL, "Nawaz Dhan", NULL, NULL, P50, NULL},
    {"<meta name='twitter:label1' content='Est. reading time'>"
     "<meta name='twitter:data1' content='5 minutes'>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* a strongly negative class on <body> describes the page, not the
     * byline ("footer-on-bottom", "breadcrumbs-hidden") */
    {"<body class='single footer-on-bottom'><article><div class='entry-meta'>"
     "<span class='author vcard'>Angela Carpenter</span></div>" PARA
     "</article></body>", "", NULL, "Angela Carpenter", NULL, NULL, P50,
     NULL},
    {"<article><div class='author-box'>About Alexa Smith</div>" PARA
     "</article>", "", NULL, "Alexa Smith", NULL, NULL, P50, NULL},
    /* a heading "Written by Ann Lee"; labels in other languages */
    {"<article>" PARA "<h3>Written by Cass Horton</h3>" PARA "</article>",
     "", NULL, "Cass Horton", NULL, NULL, P50, NULL},
    {"<article><span itemprop='author'>\xd0\xa2\xd0\xb5\xd0\xba\xd1\x81"
     "\xd1\x82: \xd0\x92\xd0\xb5\xd0\xbd\xd0\xb5\xd1\x80\xd0\xb0 "
     "\xd0\x95\xd1\x80\xd0\xbe\xd1\x84\xd0\xb5\xd0\xb5\xd0\xb2\xd0"
     "\xb0</span>" PARA "</article>", "", NULL,
     "\xd0\x92\xd0\xb5\xd0\xbd\xd0\xb5\xd1\x80\xd0\xb0 \xd0\x95\xd1"
     "\x80\xd0\xbe\xd1\x84\xd0\xb5\xd0\xb5\xd0\xb2\xd0\xb0",
     NULL, NULL, P50, NULL},
    {"<article><div><strong>Contributors:</strong> Janet Lough</div>" PARA
     "</article>", "", NULL, "Janet Lough", NULL, NULL, P50, NULL},
    /* references left in metadata escaped twice */
    {"<script type='application/ld+json'>{\"@type\":\"BlogPosting\","
     "\"author\":{\"name\":\"Maria &amp; Kat Lee\"}}</script>"
     "<meta property='og:title' content='Python, SQL &amp;#x26; AI tools'>"
     PARA, "Python, SQL & AI tools", NULL, "Maria, Kat Lee", NULL, NULL, P50,
     NULL},
    /* a byline without a class: a label, then the name */
    {"<article><h1>Storm hits the coast</h1><div><p>Written by</p>"
     "<p>Edzel Tabing</p></div>" PARA "</article>",
     "", NULL, "Edzel Tabing", NULL, NULL, P50, NULL},
    /* an organisation as JSON-LD author is the outlet: the byline wins */
    {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
     "\"author\":{\"@type\":\"Organization\",\"name\":\"Daily "
     "Planet\"}}</script><article><p class='byline'>By Ann Lee</p>" PARA
     "</article>", "", NULL, "Ann Lee", NULL, NULL, P50, NULL},
    /* JSON-LD: date, authors, headline */
    {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
     "\"headline\":\"LD title\",\"datePublished\":\"2023-09-14T10:00:00+02:00\","
     "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
     "{\"name\":\"Bo Kim\"}]}</script>" PARA,
     "LD title", "2023-09-14T10:00:00+02:00", "Ann Lee, Bo Kim", NULL, NULL,
     P50, "LD title"},
    /* a plain WebPage's datePublished alone, on a page that shows no
     * date, is the CMS's stamp of the page: no date; kept beside a
     * story's, another publication date of the metadata, or a date the
     * page shows */
#define LD_PAGE(t) "<script type='application/ld+json'>{\"@graph\":[{" \
    "\"@type\":\"" t "\",\"datePublished\":\"2019-12-12T10:00:00Z\"}]}" \
    "</script>"
    {LD_PAGE("WebPage") "<h1>Storm hits the coast</h1>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    {LD_PAGE("BlogPosting") "<h1>Storm hits the coast</h1>" PARA,
     "", "2019-12-12T10:00:00Z", NULL, NULL, NULL, P50, NULL},
    {LD_PAGE("WebPage") "<meta property='article:published_time' "
     "content='2019-12-12'><h1>Storm hits the coast</h1>" PARA,
     "", "2019-12-12T10:00:00Z", NULL, NULL, NULL, P50, NULL},
    {LD_PAGE("WebPage") "<h1>Storm hits the coast</h1>" PARA "<ul>" P21
     "</ul><p class='date'>June 3, 2024</p>",
     "", "2019-12-12T10:00:00Z", NULL, NULL, NULL, P50, NULL},
    {"<script type='application/ld+json'>{\"@graph\":[{\"@type\":"
     "\"WebPage\",\"datePublished\":\"2019-12-12\"},{\"@type\":"
     "\"Article\",\"datePublished\":\"2019-12-11\"}]}</script>"
     "<h1>Storm hits the coast</h1>" PARA,
     "", "2019-12-12", NULL, NULL, NULL, P50, NULL},
#undef LD_PAGE
    /* a date-ish element's date far from the headline followed by more
     * than LISTING_DATES (6) other dates is a listing's item's: the page
     * has none; with 6, the first is the page's */
#define EV(d) "<li><span class='date'>" d " 2026</span> An event</li>"
#define EV6 EV("March 16") EV("March 17") EV("March 18") EV("March 19") \
    EV("March 20") EV("March 21")
    {"<h1>Events in the city</h1>" PARA "<ul>" P21 EV6 EV("March 22") "</ul>",
     "", NULL, NULL, NULL, NULL, P50, NULL},
    {"<h1>Events in the city</h1>" PARA "<ul>" P21 EV6 "</ul>",
     "", "2026-03-16", NULL, NULL, NULL, P50, NULL},
#undef EV6
#undef EV
    /* a page whose body is mostly in its JSON-LD (paywall, script) */
    {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
     "\"articleBody\":\"" P50 P50 "\\n" P50 "Only in the JSON-LD body. "
     P50 P50 "\"}</script><p>A teaser, long enough to be a paragraph.</p>",
     "", NULL, NULL, NULL, NULL, "Only in the JSON-LD body.", NULL},
    /* meta published time beats <time>; og:locale gives the language */
    {"<meta property='article:published_time' content='2015-04-30 07:19:58'>"
     "<meta property='og:locale' content='fr_FR'>"
     "<time datetime='2001-01-01'>x</time>" PARA,
     "", "2015-04-30T07:19:58", NULL, "fr", NULL, P50, NULL},
    /* <time itemprop=datePublished>, itemprop=author, byline "Par" */
    {"<article><h1>T</h1><p class='byline'>Par <span itemprop='author'>"
     "Marie Dupont</span></p><time itemprop='datePublished' "
     "datetime='2019-03-01T15:20:00Z'>1 mars</time>" PARA PARA "</article>",
     "T", "2019-03-01T15:20:00Z", "Marie Dupont", NULL, NULL, P50,
     "Marie Dupont"},
    /* three-letter language codes */
    {"<html lang='fra'>" PARA, "", NULL, NULL, "fr", NULL, P50, NULL},
    {"<html lang='english'>" PARA, "", NULL, NULL, NULL, NULL, P50, NULL},
    /* a date written in French in a date element */
    {"<div class='date'>Publi\xc3\xa9 le 30 avril 2015 \xc3\xa0 07:19</div>"
     PARA,
     "", "2015-04-30", NULL, NULL, NULL, P50, NULL},
    /* ... in Spanish and German */
    {"<p class='fecha'>Publicado el 3 de mayo de 2022</p>"
     "<div class='meta-date'>x</div>" PARA,
     "", "2022-05-03", NULL, NULL, NULL, P50, "Publicado"},
    {"<span class='datum'>x</span><div class='article-date'>3. M\xc3\xa4rz "
     "2020</div>" PARA,
     "", "2020-03-03", NULL, NULL, NULL, P50, NULL},
    /* ... and in English */
    {"<span class='timestamp'>Updated: April 3, 2021</span>" PARA, "",
     "2021-04-03", NULL, NULL, NULL, P50, NULL},
    /* boilerplate around and inside the article goes */
    {"<nav><a href=/>Home</a> <a href=/w>World news section</a></nav>"
     "<article><div class='content'>" PARA
     "<div class='share-buttons'>Share on Facebook, Twitter, Email and "
     "more social networks today</div>" PARA
     "<div class='related-articles'><ul><li><a href=/1>Another long story "
     "about something, else</a></li></ul></div>" PARA
     "<figure><img src=x><figcaption>Photo credit: somebody, Reuters, "
     "AFP</figcaption></figure></div></article>"
     "<footer>Copyright 2024 The Paper, all rights reserved</footer>"
     "<div id='comments'><p>Great article, I loved it, thanks a lot!!</p>"
     "</div>",
     "", NULL, NULL, NULL, NULL, P50, "Share on"},
    {"<article>" PARA "<p>Lire aussi : un autre article tr\xc3\xa8s int\xc3\xa9"
     "ressant</p>" PARA "<p>Advertisement</p>" PARA "</article>"
     "<footer>Copyright 2024</footer>",
     "", NULL, NULL, NULL, NULL, P50, "Lire aussi"},
    /* attributes the extractor does not read are dropped before the
     * parse: those it reads still count after a valueless one, with no
     * space after a quoted value, and "/>" still closes at once */
    {"<link data-x rel='canonical' href='https://ex.com/b'><article "
     "data-y>" PARA "<div data-z aria-hidden='true'>Hidden words here</div>"
     "<div data-elastic-exclude src=x.png class=\"share-buttons\"id='s'>"
     "Share on Facebook, Twitter, Email and more social networks today</div>"
     "<span data-a='1'/><p hidden/>" PARA "</article>",
     "", NULL, NULL, NULL, "https://ex.com/b", P50, "Share on"},
    {"<div data-a hidden>Hidden words here</div>" PARA, "", NULL, NULL,
     NULL, NULL, P50, "Hidden words"},
    /* the site's own name as author gives way to a person named by the
     * page's markup, not to a name in the text; kept when alone */
    {"<meta property='og:site_name' content='Daily Planet'>"
     "<meta name='author' content='Daily Planet'><h1>Storm</h1>"
     "<p class='byline'><span class='author'>Ann Lee</span></p>" PARA,
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<meta property='og:site_name' content='Ann Lee'>"
     "<meta name='author' content='Ann Lee'><h1>Storm</h1>"
     "<p>By Bob Smith</p>" PARA,
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<meta property='og:site_name' content='Daily Planet'>"
     "<meta name='author' content='Daily Planet'><h1>Storm</h1>"
     "<span class='author'>Daily Planet Sponsored</span>" PARA,
     "", "", "Daily Planet", NULL, NULL, P50, NULL},
    /* dates: a two-digit year before the time of day; a dotted date
     * that reads month first only; short month names; a label alone
     * with the date in the next line; an <h1> holding the site's logo is
     * not the headline (the date is by the line that reads as the title) */
    {"<h1>Governor doubles down on campaign</h1><p>By Tess Bonn - 11/19/19 "
     "06:56 AM EST</p>" PARA,
     "", "2019-11-19", "", NULL, NULL, P50, NULL},
    {"<h1>Governor doubles down on campaign</h1><p>Score 11/19/19 today</p>"
     PARA, "", NULL, "", NULL, NULL, P50, NULL},
    {"<h1>Why my friend became a grocery store</h1><p>11.15.2019 10:09 AM"
     "</p>" PARA, "", "2019-11-15", "", NULL, NULL, P50, NULL},
    {"<html lang='it'><h1>Remake serie animata</h1><p>Cartoni</p><p>02 Ago "
     "2017</p>" PARA, "", "2017-08-02", "", "it", NULL, P50, NULL},
    {"<html lang='es'><div class='x'><b>Publicado:</b></div><div>3 de mayo "
     "de 2024</div>" PARA, "", "2024-05-03", "", "es", NULL, P50, NULL},
    {"<html lang='ko'><title>\xeb\xb0\x94\xeb\x9e\x8c\xec\x9d\xb4 "
     "\xeb\xb6\x88\xeb\x8b\xa4 \xea\xb0\x95\xed\x95\x98\xea\xb2\x8c - "
     "Entermedia</title><h1><a href='/'>Entermedia</a></h1><ul>" P21 "</ul>"
     "<dl><dt>\xeb\xb0"
     "\x94\xeb\x9e\x8c\xec\x9d\xb4 \xeb\xb6\x88\xeb\x8b\xa4 \xea\xb0"
     "\x95\xed\x95\x98\xea\xb2\x8c</dt></dl>\xea\xb8\xb0\xec\x82\xac"
     "\xec\x9e\x85\xeb\xa0\xa5 :[ 2018-08-25 15:24 ]" PARA,
     "", "2018-08-25", "", "ko", NULL, P50, NULL},
    {"<html lang='ja'><h1>Kindle for PC</h1><p>\xe6\x9b\xb4\xe6\x96\xb0"
     "\xe6\x97\xa5 2019-02-01</p><p>2018-08-16</p>" PARA,
     "", "2018-08-16", "", "ja", NULL, P50, NULL},
    /* dates written with an ordinal day, dashes, a full stop after the
     * day; the date in the lines after the page's byline in text */
    {"<h1>Storm hits the coast</h1><p>Fri, 19th Dec 2025</p>" PARA,
     "", "2025-12-19", "", NULL, NULL, P50, NULL},
    {"<html lang='es'><h1>Tormenta</h1><p>on 04-ago-2021 5:11:10</p>" PARA,
     "", "2021-08-04", "", "es", NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p>19-Dec 2025</p>" PARA,
     "", NULL, "", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p>Jul. 11. 2025</p>" PARA,
     "", "2025-07-11", "", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><ul>" P21 "</ul><p>Written by <a>Ann "
     "Lee</a></p><p>April 8, 2024</p>" PARA,
     "", "2024-04-08", "", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><ul>" P21 "</ul><p>Written by</p><p>Ann "
     "Lee</p><p>Share</p><p>Print</p><p>Save</p><p>April 8, 2024</p>" PARA,
     "", NULL, "", NULL, NULL, P50, NULL},
    /* the modification date by the headline before a date-ish element
     * far from it; the lines before the headline are lines with ink */
    {"<h1>Storm hits the coast</h1><p>Last updated:</p><p>August 19, 2025"
     "</p>" PARA "<ul>" P21 "</ul><span class='date'>April 20, 2024</span>",
     "", "2025-08-19", "", NULL, NULL, P50, NULL},
    {"<div><p>9 min read</p><p>19/12/2025</p><a>Share</a> <b></b> <b></b> "
     "<b></b> <b></b> <b></b> <b></b></div><h1>Storm hits the coast</h1>"
     PARA,
     "", "2025-12-19", "", NULL, NULL, P50, NULL},
    /* a byline box holding a phrase ("Cite this Webpage") names no
     * person: a later byline does; the particles of names pass */
    {"<h1>Storm hits the coast</h1><div class='byline'>Cite this Webpage"
     "</div><p>By Ann Lee</p>" PARA,
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><div class='byline'>Andrea della Robbia"
     "</div><p>By Ann Lee</p>" PARA,
     "", "", "Andrea della Robbia", NULL, NULL, P50, NULL},
    /* "by" after a date in other languages: lower case, then a capital */
    {"<h1>Storm hits the coast</h1><div class='entry-meta'>Publi\xc3\xa9 le "
     "3 mars 2025 par Jean Dupont</div>" PARA,
     "", "2025-03-03", "Jean Dupont", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><div class='entry-meta'>Ver\xc3\xb6"
     "ffentlicht am 3. M\xc3\xa4rz 2025 von Hans M\xc3\xbcller</div>" PARA,
     "", "2025-03-03", "Hans M\xc3\xbcller", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><div class='entry-meta'>Publicado el 3 "
     "de marzo de 2025 por Juan P\xc3\xa9rez</div>" PARA,
     "", "2025-03-03", "Juan P\xc3\xa9rez", NULL, NULL, P50, NULL},
    /* the headline's own text: not a <time> inside the <h1>, nor a line
     * of its own left open inside it */
    {"<h1><a href='/a'><time datetime='2025-12-18'>Dec 18 2025</time> "
     "Preparing a transition in Debusine</a></h1>" PARA,
     "Preparing a transition in Debusine", "2025-12-18", NULL, NULL, NULL,
     P50, NULL},
    {"<h1>Top strategies for faster blockchains<div class='divider'></div>"
     "<h3>Posted on July 1, 2024 by infuy</h3></h1>" PARA,
     "Top strategies for faster blockchains", "", NULL, NULL, NULL, P50,
     NULL},
    /* the part a <title> loses as a section's is cut from the <h1> too */
    {"<title>The full impact of meditation on the mind | Opinion</title>"
     "<h1>How meditation rewires brains and improves health | Opinion</h1>"
     PARA, "How meditation rewires brains and improves health", "", NULL,
     NULL, NULL, P50, NULL},
    /* a long site part named by the host: its capitals spell it, or, a
     * tail of capitalised words, it opens with it; a headline that opens
     * with the host's name keeps it */
    {"<link rel='canonical' href='https://www.nasa.gov/a'><title>Webb finds"
     " water on a far planet - National Aeronautics and Space "
     "Administration</title>" PARA,
     "Webb finds water on a far planet", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='https://www.bluelinebikelab.com/a'><title>"
     "Local trails we ride - Blue Line Bike Lab Houston Texas</title>" PARA,
     "Local trails we ride", NULL, NULL, NULL, "", P50, NULL},
    {"<link rel='canonical' href='https://www.theguardian.com/a'><title>"
     "The Guardian view on Hong Kong: a city on the brink</title>" PARA,
     "The Guardian view on Hong Kong: a city on the brink", NULL, NULL, NULL,
     "", P50, NULL},
    {"<link rel='canonical' href='https://comwrap.com/a'><title>Take C.A.R.E."
     " now - comwrap auf der DMEXCO 2018</title>" PARA,
     "Take C.A.R.E. now - comwrap auf der DMEXCO 2018", NULL, NULL, NULL,
     "", P50, NULL},
    /* Chinese and Japanese titles counted by characters: the part after
     * " | " is cut as for a headline in words */
    {"<title>\xe5\x95\x86\xe5\x93\x81\xe3\x81\xae\xe6\x94\xb9"
     "\xe9\x80\xa0\xe3\x81\x8c\xe5\x95\x86\xe6\xa8\x99\xe6\xb3\x95"
     "\xe9\x81\x95\xe5\x8f\x8d\xe3\x81\xab\xef\xbc\x81 | \xe7\x89"
     "\xb9\xe8\xa8\xb1\xe4\xba\x8b\xe5\x8b\x99\xe6\x89\x80</title>"
     PARA, "\xe5\x95\x86\xe5\x93\x81\xe3\x81\xae\xe6\x94\xb9"
     "\xe9\x80\xa0\xe3\x81\x8c\xe5\x95\x86\xe6\xa8\x99\xe6\xb3\x95"
     "\xe9\x81\x95\xe5\x8f\x8d\xe3\x81\xab\xef\xbc\x81", NULL, NULL,
     NULL, NULL, P50, NULL},
    /* a byline's name ends before the outlet after a name in capitals,
     * and before "in" and the place */
    {"<article><p class='byline'>By ANN LEE Associated Press WASHINGTON "
     "(AP)</p>" PARA "</article>", "", "", "ANN LEE", NULL, NULL, P50, NULL},
    {"<article><p class='byline'>By Ann Lee in Washington</p>" PARA
     "</article>", "", "", "Ann Lee", NULL, NULL, P50, NULL},
    /* a byline without a mark beside the dateline: the name just before
     * the date, else in the date's own line, else just after it; never a
     * label ("Filed Under:"), a phrase in lower case or a sign-off */
    {"<h1>Storm hits the coast</h1><div><span>Ann Lee</span><span>|</span>"
     "<span>March 27, 2024</span></div>" PARA,
     "", "2024-03-27", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p>Ann Lee \xc2\xb7 March 27, 2024</p>"
     PARA, "", "2024-03-27", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p><time datetime='2024-03-27'>March 27"
     "</time></p><p>\xe2\x80\xa2</p><p>Julian K. Arni</p>" PARA,
     "", "2024-03-27", "Julian K. Arni", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p><time datetime='2024-03-27'>March 27"
     "</time></p><p><strong>Filed Under:</strong><a>Coastal Storms</a></p>"
     PARA, "", "2024-03-27", NULL, NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p>Internet of Things</p><p>March 27, "
     "2024</p><p>Link Copied!</p>" PARA,
     "", "2024-03-27", NULL, NULL, NULL, P50, NULL},
    /* a one-word byline the page marks beats a name by the date */
    {"<h1>Storm hits the coast</h1><p>Ann Lee</p><p>March 27, 2024</p>"
     "<p class='author'>annlee</p>" PARA,
     "", "2024-03-27", "annlee", NULL, NULL, P50, NULL},
    /* a byline box inside another strongly negative box (a share group,
     * a "...HeaderAccreditation" box) is still read; a footer's is not */
    {"<article><div class='meta-share-group'><p class='author'>Patrick "
     "Smart</p></div>" PARA "</article>",
     "", "", "Patrick Smart", NULL, NULL, P50, NULL},
    {"<article><div class='content-header__accreditation'><span "
     "class='byline'>By Sara Coughlin</span></div>" PARA "</article>",
     "", "", "Sara Coughlin", NULL, NULL, P50, NULL},
    {"<article>" PARA "</article><div class='site-footer'><span "
     "class='author'>Web Team Two</span></div>",
     "", "", NULL, NULL, NULL, P50, NULL},
    /* "Written by Ann Lee | Edited by Bo Kim": the name after the label,
     * not the one after a later " by" */
    {"<article><div class='byline'>Written by <cite>Ann Lee, CEPF</cite> | "
     "Edited by <cite>Bo Kim</cite></div>" PARA "</article>",
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    /* "by Ann Lee" in lower case opening its element is a byline; after
     * an italic title it goes on a sentence (a citation) */
    {"<h1>Storm hits the coast</h1><span class='meta'>by Ann Lee |</span>"
     PARA, "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><div><i>Wakoku</i> by Kan Chu Sen, "
     "1721.</div>" PARA, "", "", NULL, NULL, NULL, P50, NULL},
    /* the byline in text after the headline, not a teaser's before it
     * (a menu's featured article) */
    {"<div><p><a>Other story of the week</a></p><p>By The Web Team</p>"
     "</div><h1>Storm hits the coast</h1><p>by</p><p><b>Ann Lee</b></p>"
     PARA, "", "", "Ann Lee", NULL, NULL, P50, NULL},
    /* a label alone inside a share box, the name after an empty line;
     * not a label in a menu */
    {"<h1>Storm hits the coast</h1><div class='js-social-share'><span>"
     "Author:</span> <span> </span><a>Ann Lee</a></div>" PARA,
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<nav><a>Contributors</a> <a>Online Services</a></nav>"
     "<h1>Storm hits the coast</h1>" PARA,
     "", "", NULL, NULL, NULL, P50, NULL},
    /* a page that streams its article in a hidden part (shown by a
     * script): its byline is read; a small hidden part's is not */
    {"<div>Loading</div><div hidden><h1>Storm hits the coast</h1><p>"
     "Written by</p><div>Ann Lee</div>" PARA "</div>",
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><div hidden><p>Written by</p><div>Ann "
     "Lee</div></div>" PARA,
     "", "", NULL, NULL, NULL, P50, NULL},
    /* a full-width solidus ends the name */
    {"<h1>Storm hits the coast</h1><p>By Ann Lee \xef\xbc\x8f "
     "2016.12.01</p>" PARA, "", "", "Ann Lee", NULL, NULL, P50, NULL},
    /* a link's label in an author box ("Full Bio") or a weekday alone
     * names no one: the next byline does */
    {"<h1>Storm hits the coast</h1><p>By</p><p><a>Ann Lee</a></p><div "
     "class='author-tooltip'><a>Full Bio</a></div>" PARA,
     "", "", "Ann Lee", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><div class='byline'>Sat, 20 Dec, 2025"
     "</div>" PARA, "", "2025-12-20", NULL, NULL, NULL, P50, NULL},
    /* a byline in text holding a phrase is a sentence; a label that ends
     * "written by" */
    {"<h1>Storm hits the coast</h1><p>By</p><p>Understanding which rules "
     "apply</p>" PARA, "", "", NULL, NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1>" PARA "<h2>Article written by:</h2>"
     "<h3>Ann Lee, MD, FOMA</h3>", "", "", "Ann Lee", NULL, NULL, P50, NULL},
    /* a comment's date in its author box is not the page's */
    {"<div><time datetime='2021-02-27'>February 27, 2021</time></div><p>a"
     "</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><h1>Storm hits the coast"
     "</h1>" PARA "<ul>" P21 "</ul><div class='comment-author'>Bo Kim "
     "<span>March 8, 2021</span></div>",
     "", "2021-02-27", "", NULL, NULL, P50, NULL},
    /* a domain name in front of a <title> is the site's, and so is an
     * <h1> that holds it alone (a logo) */
    {"<title>example.com Vibe Coding</title><h1>example.com</h1>" PARA,
     "Vibe Coding", "", "", NULL, NULL, P50, NULL},
    /* a dateline without its year ("Jan 4") still marks the byline */
    {"<h1>Storm hits the coast</h1><ul><li><span>Ann Lee</span></li><li>"
     "<span>Jan 4</span></li><li>2 min read</li></ul>" PARA,
     "", NULL, "Ann Lee", NULL, NULL, P50, NULL},
    /* the dateline, a mark, then the name */
    {"<h1>Storm hits the coast</h1><p>Dec. 19, 2025 \xc2\xb7 Ann Lee on "
     "behalf of the team</p>" PARA,
     "", "2025-12-19", "Ann Lee", NULL, NULL, P50, NULL},
    /* a link to an author's page ("/authors/ann-lee") is a byline, not
     * one in a menu (AUTHOR_HREF) */
    {"<h1>Storm hits the coast</h1><div class='c-x'><span><a href='"
     "/authors/ann-lee'>Ann Lee</a></span></div>" PARA,
     "", NULL, "Ann Lee", NULL, NULL, P50, NULL},
    {"<ul class='site-menu'><li><a href='https://ex.com/author/bo-kim/'>Bo "
     "Kim</a></li></ul><h1>Storm hits the coast</h1>" PARA,
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* after the first name, a part opening with an article names an
     * outlet, not another author (BY_OUTLET) */
    {"<h1>Storm hits the coast</h1><p class='byline'>By Ann Lee and Bo "
     "Kim, The Daily Planet</p>" PARA,
     "", NULL, "Ann Lee, Bo Kim", NULL, NULL, P50, NULL},
    {"<h1>Storm hits the coast</h1><p class='byline'>Par Jean Dupont et "
     "Marie Martin, Le Monde</p>" PARA,
     "", NULL, "Jean Dupont, Marie Martin", NULL, NULL, P50, NULL},
    /* a long article whose sections each sit deep in their own nest of
     * boxes: all of them, not the first alone */
    {"<body><div class='c'>"
     NEST "<h2>One</h2>" PARA PARA
     "<p>Section one ends here, said the writer, at length.</p>" UNNEST
     NEST "<h2>Two</h2>" PARA PARA
     "<p>Section two goes on, said the writer, at length.</p>" UNNEST
     NEST "<h2>Three</h2>" PARA PARA
     "<p>Section three closes it, said the writer, at length.</p>" UNNEST
     "</div></body>",
     "", NULL, NULL, NULL, NULL, "Section three closes it", NULL},
    /* a "widget" box of prose inside the article stays, a short one
     * goes */
    {"<article>" PARA PARA PARA PARA PARA PARA PARA PARA PARA PARA
     "<div class='c-product-widget'><p>" W8 "</p><p>" W8 "</p></div>"
     "<div class='c-product-widget'><p>Buy it now at the store, a good "
     "deal for everyone today</p></div></article>",
     "", NULL, NULL, NULL, NULL, "The widget tells", "Buy it now"},
    /* a layout box ("elementor-widget-wrap") of paragraphs inside the
     * article stays (layout_box); a tab's panel hidden until clicked
     * stays, another hidden box goes (PANEL_SHOWN); a box a quarter in
     * links stays (DC_LD_MAX) */
    {"<article>" PARA PARA PARA PARA "<div class='elementor-widget-wrap'>"
     "<p>" W1 W1 "</p></div></article>",
     "", NULL, NULL, NULL, NULL, "The widget tells", NULL},
    /* ... and one of a list of prose items (LIST_PROSE); a layout box
     * of short items (a menu's) goes */
    {"<article><p>" P50 "One.</p><p>" P50 "Two.</p><p>" P50 "Three.</p><p>"
     P50 "Four.</p><p>" P50 "Five.</p><div class='elementor-widget-"
     "container'><ul><li>" W1 "</li><li>Items of prose, " W1 "</li></ul>"
     "</div><div class='elementor-widget-container'><ul><li>Home page</li>"
     "<li>About us</li><li>Contact the team</li></ul></div></article>",
     "", NULL, NULL, NULL, NULL, "Items of prose", "About us"},
    /* a table in a <figure> (WordPress's table block) is the article's;
     * a photo's <figure> is not */
    {"<article>" PARA "<figure class='wp-block-table'><table><tr><td>State "
     "Farm Group</td><td>107,764,591</td></tr></table><figcaption>Premiums"
     "</figcaption></figure><figure><img src='a.jpg'><figcaption>A photo of "
     "the storm</figcaption></figure>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, "State Farm Group 107,764,591", "A photo"},
    {"<article>" PARA PARA PARA PARA "<div role='tabpanel' style='display:"
     "none'><p>The panel answers the question, with a comma, at length.</p>"
     "</div><div style='display:none'><p>A box hidden for good, with a "
     "comma, at length.</p></div></article>",
     "", NULL, NULL, NULL, NULL, "The panel answers", "hidden for good"},
    {"<article>" PARA PARA PARA PARA "<div><p>The study, with a comma, was "
     "read by many people this year, as the <a href='/r'>report on it "
     "says today</a>.</p></div></article>",
     "", NULL, NULL, NULL, NULL, "The study, with a comma", NULL},
    /* a box opened by a heading whose class names related posts or
     * comments is that part, in an <article> of the post's own classes
     * and with more text than the post (TITLED_BOX); a box opened by a
     * heading hidden for screen readers is not */
    {"<body><article class='post hentry'>" PARA PARA "</article><article "
     "class='post hentry'><h3 class='relatedpoststitle'>You may like</h3>"
     "<article class='post hentry'><p>" W8 "</p></article><article "
     "class='post hentry'><p>" W8 "</p></article></article></body>",
     "", NULL, NULL, NULL, NULL, P50, "The widget tells"},
    {"<body><div class='story'>" PARA PARA PARA "<section><h2 class='"
     "comments-title'>3 comments</h2><p>" W8 "</p><p>" W8 "</p></section>"
     "</div></body>",
     "", NULL, NULL, NULL, NULL, P50, "The widget tells"},
    {"<body><section class='list'><h2 class='sr-only'>The list</h2><p>" W8
     "</p><p>" W8 "</p></section></body>",
     "", NULL, NULL, NULL, NULL, "The widget tells", NULL},
    /* a short paragraph beside the article's box joins it when it ends
     * with a full stop, the ideographic one too (SCRIPT_STOP) */
    {"<body><div class='post'>" JA4 JA4 JA4 "</div><p>\xe6\xb0\x97\xe8\xb1"
     "\xa1\xe5\xba\x81\xe3\x81\xaf\xe6\xb3\xa8\xe6\x84\x8f\xe3\x82\x92"
     "\xe5\x91\xbc\xe3\x81\xb3\xe3\x81\x8b\xe3\x81\x91\xe3\x81\x9f\xe3"
     "\x80\x82</p><p>Menu</p></body>",
     "", NULL, NULL, NULL, NULL, "\xe6\xb0\x97\xe8\xb1\xa1\xe5\xba\x81", "Menu"},
    /* a line of a few hundred bytes all in links is not prose
     * (LONE_LINK) */
    {"<article>" PARA PARA PARA "<p><a href='/x'>" W1 W1 W1 W1 "</a></p>" PARA
     "</article>", "", NULL, NULL, NULL, NULL, P50, "The widget tells"},
    {"<article>" PARA "<p>Advertisement</p>" PARA "</article>", "", NULL,
     NULL, NULL, NULL, P50, "Advertisement"},
    {"<body><div id='comments'><p>" P50 "</p><p>" P50 "</p></div>"
     "<div class='story'>" PARA PARA PARA "</div></body>",
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* headings inside the body stay, the h1 goes; <br> splits */
    {"<article><h1>Headline here</h1>" PARA "<h2>A subheading</h2>" PARA
     "<p>" P50 "<br>Second line after a break, long enough.</p></article>",
     "Headline here", NULL, NULL, NULL, NULL, "A subheading\nThis sentence",
     "Headline here"},
    /* a repeated paragraph appears once (checked below) */
    {"<div>" PARA PARA "</div>", "", NULL, NULL, NULL, NULL, P50, NULL},
    /* entities and NBSP */
    {"<p>Caf&eacute; cr&egrave;me &amp; th&eacute;&nbsp;: "
     "&laquo;&#160;oui&#x202F;&raquo;, " P50 "</p>",
     "", NULL, NULL, NULL, NULL, "Caf\xc3\xa9 cr\xc3\xa8me & th\xc3\xa9 : "
     "\xc2\xab oui \xc2\xbb", NULL},
    /* lists and tables inside the article */
    {"<article>" PARA "<ul><li>First point of the list, made long enough"
     "</li><li>Second point</li></ul><table><tr><td>cell one</td><td>cell"
     " two</td></tr></table>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, "First point of the list", NULL},
    /* script, style and comment bodies are never text, whatever they
     * hold; <scripts> is not <script> */
    {"<SCRIPT type='text/javascript'>var s = \"<p>Fake paragraph, long "
     "enough to count as text</p>\";</script ><style>p{}</style><!-- <p>"
     "Fake commented paragraph, long enough to count</p> -->" PARA
     "<scripts>Real words in an unknown element.</scripts>",
     "", NULL, NULL, NULL, NULL, "Real words in an unknown element.", "Fake"},
    /* an embedded post stays, even in a <figure> */
    {"<article>" PARA "<figure class='embed-twitter'><blockquote "
     "class='twitter-tweet'><p>What a day for the city, truly.</p>&mdash; "
     "Mayor (@mayor) May 2, 2021</blockquote></figure>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, "What a day for the city", NULL},
    /* "commentary" and "subscriber" are not "comment" and "subscribe" */
    {"<div class='nav'><a href=/>Home</a></div><div class='commentary-body'>"
     PARA "</div><div class='subscriber-only'>" P50 "More text only for "
     "subscribers.</div><div class='comments'><p>" P50 "</p></div>",
     "", NULL, NULL, NULL, NULL, "More text only for subscribers.", NULL},
    /* the standfirst in the article's <header> stays, its byline not */
    {"<article><header><h1>Head</h1><p class='standfirst'>The lede of the "
     "story, which says in one long sentence what happened, where it "
     "happened and why it matters.</p><p>By Ann</p></header>" PARA PARA "</article>",
     "Head", NULL, NULL, NULL, NULL, "The lede of the story", "Head"},
    /* hidden parts */
    {"<article>" PARA "<div style='display: none'>Hidden text here</div>"
     "<p hidden>Also hidden</p>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, P50, "idden"},
    /* a <div> left open inside a <figure> or a <section>: the end tag
     * closes it, as browsers do (libxml2 alone ignores the end tag and
     * the figure swallows the article); not across a table cell */
    {"<article>" PARA PARA PARA "<figure><div><table><tr><td>A</td></tr>"
     "</table></figure><section><div><p>In the section, sentence one, "
     "which is long enough.</p></section><p>" P50 "</p><div "
     "class='comments'><p>Reader says.</p></div></article>",
     "", NULL, NULL, NULL, NULL, "In the section, sentence one,", "Reader"},
    {"<article>" PARA "<table><tr><td><figure><div>x</td></tr></table>"
     "</figure>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, P50, NULL},
    /* long class, id and style values are read beside the parse
     * (side_value): as written, with a reference decoded by the parser,
     * with a CR, in double quotes, and a key forged by the page */
    {"<article>" PARA "<div class='user-comments-section wrapper'><p>Reader "
     "one says hello there.</p></div><div style='color: red; display:none'>"
     "Hidden text here</div><div class=\"x\" id=\"comment-list-box\"><p>"
     "Reader two says hi.</p></div>" PARA "</article>",
     "", NULL, NULL, NULL, NULL, P50, "Reader"},
    {"<article>" PARA "<div class='user&#45;comments&#45;box'><p>Reader one "
     "says hello.</p></div><div class='user-comments\r\nbox'><p>Reader two."
     "</p></div><div class='&#127;99999999'><div class='&#127;1'>" PARA
     "</div></div></article>",
     "", NULL, NULL, NULL, NULL, P50, "Reader"},
};

static int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
        n++;
    return n;
}

/* a line said again in the article: a short one is the article's own
 * (a recipe's labels given twice), a long one a copy (DEDUPE_MIN) */
static const struct {
    const char *html, *line;
    int count;
} repeats[] = {
    {"<article><h3>Before the morning workout</h3>" PARA "<h3>Before the "
     "morning workout</h3>" PARA "</article>",
     "Before the morning workout", 2},
    {"<article><p>The long paragraph is said twice on the page, with a "
     "comma, as a copy.</p>" PARA "<p>The long paragraph is said twice on "
     "the page, with a comma, as a copy.</p></article>",
     "The long paragraph", 1},
};

TEST(html_repeated_lines)
{
    for (size_t i = 0; i < sizeof repeats / sizeof repeats[0]; i++) {
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        rcp_error err;
        CHECK_INT(rcp__html_extract(repeats[i].html, strlen(repeats[i].html),
                                    &a, &pg, &err), 0);
        CHECK_INT(count_of(pg.text, repeats[i].line), repeats[i].count);
        rcp__arena_release(&a);
    }
}

TEST(html_table)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        rcp_error err;
        int rc = rcp__html_extract(cases[i].html, strlen(cases[i].html), &a,
                                   &pg, &err);
        if (rc) {
            printf("# case %zu: %s\n", i, err.message);
            CHECK_INT(rc, 0);
            rcp__arena_release(&a);
            continue;
        }
        const char *want[] = {cases[i].title, cases[i].date, cases[i].author,
                              cases[i].lang, cases[i].url};
        const char *got[] = {pg.title, pg.date, pg.author, pg.lang, pg.url};
        for (size_t k = 0; k < 5; k++) {
            if (!want[k]) {
                if (got[k])
                    printf("# case %zu field %zu: \"%s\"\n", i, k, got[k]);
                CHECK(got[k] == NULL);
            } else if (*want[k]) {
                CHECK_STR(got[k], want[k]);
            }
        }
        CHECK(pg.text && strlen(pg.text) == pg.text_len);
        CHECK(rcp__utf8_valid(pg.text, pg.text_len, NULL));
        if (cases[i].has && !strstr(pg.text, cases[i].has)) {
            printf("# case %zu text: %s\n", i, pg.text);
            CHECK(!"text has the expected fragment");
        }
        if (cases[i].hasnt && strstr(pg.text, cases[i].hasnt)) {
            printf("# case %zu text: %s\n", i, pg.text);
            CHECK(!"text lacks the boilerplate");
        }
        if (!strcmp(cases[i].html, "<div>" PARA PARA "</div>"))
            CHECK_INT(count_of(pg.text, "to be prose."), 2); /* one <p> */
        rcp__arena_release(&a);
    }
}

/* raw bytes, and a fragment the text must hold */
static const struct {
    const char *bytes;
    const char *has;
} charsets[] = {
    /* UTF-8, no declaration */
    {"<p>caf\xc3\xa9 cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e, " P50 "</p>",
     "caf\xc3\xa9 cr\xc3\xa8me"},
    /* declared latin-1 and so it is */
    {"<meta charset='iso-8859-1'><p>caf\xe9 cr\xe8me, " P50 "</p>",
     "caf\xc3\xa9 cr\xc3\xa8me"},
    /* http-equiv windows-1252 with curly quotes and euro */
    {"<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
     "<p>\x93quoted\x94 \x80" "5, " P50 "</p>",
     "\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac" "5"},
    /* declared UTF-8 but latin-1 bytes: a lying charset */
    {"<meta charset=utf-8><p>caf\xe9 cr\xe8me, " P50 "</p>",
     "caf\xc3\xa9 cr\xc3\xa8me"},
    /* declared latin-1 but valid UTF-8 */
    {"<meta charset=iso-8859-1><p>caf\xc3\xa9 cr\xc3\xa8me, " P50 "</p>",
     "caf\xc3\xa9 cr\xc3\xa8me"},
    /* BOM */
    {"\xef\xbb\xbf<p>caf\xc3\xa9, " P50 "</p>", "caf\xc3\xa9, "},
    /* KOI8-R */
    {"<meta charset=koi8-r><p>\xd0\xd2\xc9\xd7\xc5\xd4, " P50 "</p>",
     "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"},
    /* UTF-8 with one broken byte among many good ones */
    {"<p>\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
     "\xc3\xa9\xc3\xa9\xc3\xa9 \xff " P50 "</p>",
     "\xc3\xa9\xc3\xa9 \xef\xbf\xbd "},
    /* an unknown charset label: read as Windows-1252 */
    {"<meta charset=x-nonsense-8><p>caf\xe9, " P50 "</p>", "caf\xc3\xa9"},
    /* UTF-8 encoded twice, through Latin-1 and through Windows-1252
     * ("Investor\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s"): decoded once more */
    {"<p>Investor\xc3\xa2\xc2\x80\xc2\x99s caf\xc3\x83\xc2\xa9 cr\xc3\x83\xc2"
     "\xa8me, " P50 "</p>", "Investor\xe2\x80\x99s caf\xc3\xa9 cr\xc3\xa8me"},
    {"<p>Investor\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s caf\xc3\x83\xc2\xa9 cr"
     "\xc3\x83\xc2\xa8me, " P50 "</p>",
     "Investor\xe2\x80\x99s caf\xc3\xa9 cr\xc3\xa8me"},
    /* ... not a page of Latin-1 letters where a few pairs read as UTF-8
     * ("\xc3\x89T\xc3\x89" and a no-break space) */
    {"<p>\xc3\x89T\xc3\x89\xc2\xa0: caf\xc3\xa9 cr\xc3\xa8me, \xc3\x89T\xc3\x89"
     "\xc2\xa0; \xc3\x89T\xc3\x89\xc2\xa0! " P50 "</p>", "\xc3\x89T\xc3\x89"},
};

TEST(html_charsets)
{
    for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++) {
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        int rc = rcp__html_extract(charsets[i].bytes, strlen(charsets[i].bytes),
                                   &a, &pg, NULL);
        CHECK_INT(rc, 0);
        if (rc == 0 && !strstr(pg.text, charsets[i].has)) {
            printf("# charset case %zu: %s\n", i, pg.text);
            CHECK(!"decoded text");
        }
        rcp__arena_release(&a);
    }
    /* UTF-16LE with BOM */
    const char *s = "<p>caf\xc3\xa9, " P50 "</p>";
    size_t n = strlen(s);
    char *u = malloc(2 * n + 2);
    size_t k = 0;
    u[k++] = (char)0xFF;
    u[k++] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        int32_t cp;
        int l = rcp__utf8_decode(s + i, n - i, &cp);
        u[k++] = (char)(cp & 0xFF);
        u[k++] = (char)(cp >> 8);
        i += (size_t)l - 1;
    }
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__page pg;
    CHECK_INT(rcp__html_extract(u, k, &a, &pg, NULL), 0);
    CHECK(pg.text && strstr(pg.text, "caf\xc3\xa9, "));
    rcp__arena_release(&a);
    free(u);
}

/* seconds a hostile page may take (sanitizers slow everything down) */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
#define SLOW 20.0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define SLOW 20.0
#endif
#endif
#ifndef SLOW
#define SLOW 2.0
#endif

/* CPU time, so that a loaded machine does not fail the bound */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* repeat `unit` until n bytes, then `tail` */
static char *make(const char *head, const char *unit, size_t n,
                  const char *tail, size_t *len)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *p = malloc(hl + n + ul + tl + 1);
    memcpy(p, head, hl);
    size_t k = hl;
    while (k < hl + n) {
        memcpy(p + k, unit, ul);
        k += ul;
    }
    memcpy(p + k, tail, tl);
    k += tl;
    p[k] = 0;
    *len = k;
    return p;
}

TEST(html_hostile_pages)
{
    static const struct {
        const char *head, *unit, *tail;
        size_t n;
        int ok; /* 1: an article must come out; 0: either way */
    } h[] = {
        {"", "<div>", "<p>" P50 "</p>", 5000000, 0},   /* 1M nested */
        {"<i>", "<b>", "", 6000000, 0},                 /* 2M nested */
        {"<p>x</p>", "</q>", "", 8000000, 0},           /* stray end tags */
        {"<p>" P50, "<!--", "", 1000000, 1},            /* open comments */
        {"<p>" P50 "</p><!--", "x", "", 3000000, 1},    /* one comment */
        {"<p>" P50 "</p><script>", "x<", "", 2000000, 1}, /* open script */
        {"<p>" P50 "</p><style>", "}{", "", 2000000, 1},
        {"<p>" P50 "</p><title>", "t", "", 2000000, 1},
        {"", "<table><tr><td>", "", 2000000, 0},
        {"", "&#", "", 2000000, 0},
        {"", "<a href='", "", 2000000, 0},
        {"<p>" P50, "<p x=\"", "", 2000000, 1},
        {"", "\xf0\x9f", "", 1000000, 0},               /* truncated UTF-8 */
        {"", "<p>" P50 "</p>\n", "", (size_t)110 << 20, 1},     /* 110 MB */
    };
    for (size_t i = 0; i < sizeof h / sizeof h[0]; i++) {
        size_t n;
        char *p = make(h[i].head, h[i].unit, h[i].n, h[i].tail, &n);
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        double t0 = now();
        int rc = rcp__html_extract(p, n, &a, &pg, NULL);
        double dt = now() - t0;
        if (getenv("RCP_TEST_TIMES") || dt > 0.5)
            printf("# hostile case %zu took %.2f s\n", i, dt);
        CHECK(dt < SLOW);
        CHECK(rc == 0 || rc == RCP_EHTML);
        if (h[i].ok) {
            CHECK_INT(rc, 0);
        }
        if (rc == 0)
            CHECK(rcp__utf8_valid(pg.text, pg.text_len, NULL));
        rcp__arena_release(&a);
        free(p);
    }
    /* nested bylines and dates over a sea of empty elements: the
     * metadata search must stay linear-ish */
    {
        size_t n = 0, cap = 4u << 20;
        char *p = malloc(cap);
        for (int i = 0; i < 400; i++)
            n += (size_t)sprintf(p + n, "<div class='author date'>");
        while (n + 20 < cap - 200)
            n += (size_t)sprintf(p + n, "<i></i>");
        n += (size_t)sprintf(p + n, "<p>" P50 "</p>");
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        double t0 = now();
        int rc = rcp__html_extract(p, n, &a, &pg, NULL);
        double dt = now() - t0;
        if (getenv("RCP_TEST_TIMES") || dt > 0.5)
            printf("# nested bylines took %.2f s\n", dt);
        CHECK(dt < SLOW);
        CHECK(rc == 0 || rc == RCP_EHTML);
        rcp__arena_release(&a);
        free(p);
    }
    /* binary garbage */
    size_t n = 3000000;
    unsigned char *g = malloc(n);
    uint64_t x = 88172645463325252ULL;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        g[i] = (unsigned char)x;
    }
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__page pg;
    rcp_error err;
    CHECK_INT(rcp__html_extract((char *)g, n, &a, &pg, &err), RCP_EHTML);
    rcp__arena_release(&a);
    /* an empty page holds no article */
    rcp__arena_init(&a);
    CHECK_INT(rcp__html_extract("", 0, &a, &pg, &err), RCP_EHTML);
    CHECK(err.message[0] != 0);
    CHECK_INT(rcp__html_extract("<html><body><nav>x</nav></body>", 31, &a,
                                &pg, NULL),
              RCP_EHTML);
    rcp__arena_release(&a);
    free(g);
}

/* Each limit of the parse triggers on a page made to reach it, says so in
 * pg.limit, and the article read before the cut is kept. No timing: what
 * is checked is that the limit was hit, not how long the page took. */
#define AFTER "<p>Another sentence, after the element, long enough too.</p>"
TEST(html_limits)
{
    static const struct {
        const char *unit, *tail;
        size_t n;
        const char *says; /* in pg.limit; NULL: no limit hit */
    } h[] = {
        {"<div>", "", 600 * 5, "nested deeper than 512"},
        {"<b>x</b>", "", 5000000, "text nodes"},
        {"</q>", "", 100000, "parse errors"},
        {"x", "</p>", (size_t)9 << 20, "over 8 MiB"},
        /* 200,000 attributes, then more article after the element */
        {" a=1", ">x</div>" AFTER, 800000, "more than 64 attributes"},
        {" a=1", ">x</div>" AFTER, 64 * 4, NULL},  /* 64: the cap, kept */
        {" a=1", ">x</div>" AFTER, 65 * 4, "more than 64 attributes"},
        {" t='a > b'", ">x</div>" AFTER, 65 * 10, "more than 64 attributes"},
        {" t='a > b'", ">x</div>" AFTER, 64 * 10, NULL},
    };
    for (size_t i = 0; i < sizeof h / sizeof h[0]; i++) {
        int attrs = h[i].unit[0] == ' ';
        size_t n;
        char *p = make(attrs ? PARA "<div" : PARA "<p>", h[i].unit, h[i].n,
                       h[i].tail, &n);
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        CHECK_INT(rcp__html_extract(p, n, &a, &pg, NULL), 0);
        if (h[i].says) {
            CHECK(pg.limit && strstr(pg.limit, h[i].says));
        } else {
            CHECK(pg.limit == NULL);
        }
        CHECK(pg.text && strstr(pg.text, "to be prose"));
        /* after the element with too many attributes, the page goes on */
        if (attrs)
            CHECK(strstr(pg.text, "after the element"));
        if (pg.limit && !h[i].says)
            printf("# limits case %zu: %s\n", i, pg.limit);
        rcp__arena_release(&a);
        free(p);
    }
    /* the open tags of script, style and svg, whose bodies are cut out
     * before the parse, are capped too */
    static const char *const raw[] = {"<script", "<style", "<svg"};
    for (size_t i = 0; i < sizeof raw / sizeof raw[0]; i++) {
        char close[16];
        snprintf(close, sizeof close, ">x</%s>" , raw[i] + 1);
        rcp__buf b;
        rcp__buf_init(&b, 0);
        rcp__buf_adds(&b, PARA);
        rcp__buf_adds(&b, raw[i]);
        for (int k = 0; k < 100; k++)
            rcp__buf_adds(&b, " a=1");
        rcp__buf_adds(&b, close);
        rcp__buf_adds(&b, AFTER);
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        CHECK_INT(rcp__html_extract(b.p, b.len, &a, &pg, NULL), 0);
        CHECK(pg.limit && strstr(pg.limit, "more than 64 attributes"));
        CHECK(pg.text && strstr(pg.text, "after the element"));
        rcp__arena_release(&a);
        rcp__buf_release(&b);
    }
}

/* ---- fail the Nth allocation (curl's torture tests) ---- */

TEST(html_torture)
{
    static const char page[] =
        "<html lang=fr><head><title>T - S</title><meta charset=latin1>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        "\"author\":{\"name\":\"A\"},\"datePublished\":\"2020-01-02\"}"
        "</script></head><body><nav>n</nav><article><h1>T</h1>"
        "<p class=byline>Par <span itemprop=author>A</span></p>"
        "<p>caf\xe9, " P50 "</p><p>" P50 "</p><div class=share>s</div>"
        "<p>" P50 "</p></article></body></html>";
    int ok = 0;
    for (long n = 0; n < 5000 && !ok; n++) {
        fixture_torture_begin(n);
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        rcp_error err;
        int rc = rcp__html_extract(page, sizeof page - 1, &a, &pg, &err);
        if (rc == 0)
            ok = pg.text_len > 0;
        else
            CHECK(rc == RCP_ENOMEM || rc == RCP_EHTML);
        rcp__arena_release(&a);
        long live = fixture_torture_end();
        CHECK_INT(live, 0);
    }
    CHECK(ok);
}
