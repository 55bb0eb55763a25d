/*
 * test_disagree.c - the disagreements of small made-up stories
 * (disagree.c): what is a conflict (counts, amounts, weekdays, the
 * spelling of a name given differently for the same thing), what is not
 * (compatible intervals, figures attributed to two sources, numbers
 * about two things, two different names), a name spelled two ways (kind
 * "spelling") and a revision over time. Each row is one story of JSON
 * articles; the expected values are substrings of the values shown, "" if
 * no disagreement (other than publication dates) may be shown.
 */
#include "digest/digest.h"
#include "harness.h"

#include <math.h>
#include <stdlib.h>

#define ART(id, date, lang, text)                                              \
    "{\"id\": \"" id "\", \"date\": " date ", \"lang\": \"" lang               \
    "\", \"text\": \"" text "\"}"
#define NODATE "null"

static const struct {
    const char *name;
    const char *arts[3];
    const char *want[3]; /* substrings of values of one disagreement */
    const char *kind;    /* its kind */
} rows[] = {
    {"counts with their noun",
     {ART("a", NODATE, "fr",
          "Le tremblement de terre a fait 12 morts dans la province du "
          "Sichuan mardi soir."),
      ART("b", NODATE, "fr",
          "Le tremblement de terre a fait 15 morts dans la province du "
          "Sichuan mardi soir."),
      NULL},
     {"12 morts", "15 morts", NULL},
     "conflict"},
    {"amounts with a multiplier",
     {ART("a", NODATE, "fr",
          "La banque a annoncé une perte de 600 millions d'euros sur les "
          "marchés financiers."),
      ART("b", NODATE, "fr",
          "La banque a annoncé une perte de 751 millions d'euros sur les "
          "marchés financiers."),
      NULL},
     {"600 millions", "751 millions", NULL},
     "conflict"},
    {"weekdays with the part of the day",
     {ART("a", NODATE, "en",
          "The fire broke out at the Wasilla Bible Church on Friday night, "
          "the fire chief said."),
      ART("b", NODATE, "en",
          "The fire broke out at the Wasilla Bible Church early Saturday, "
          "the fire chief said."),
      NULL},
     {"Friday night", "early Saturday", NULL},
     "conflict"},
    {"clock times of one event",
     {ART("a", NODATE, "en",
          "The earthquake struck the island at 5:11 p.m. local time, the "
          "agency said."),
      ART("b", NODATE, "en",
          "The earthquake struck the island at 6:40 p.m. local time, the "
          "agency said."),
      NULL},
     {"5:11 p.m", "6:40 p.m", NULL},
     "conflict"},
    {"heures d'un même événement",
     {ART("a", NODATE, "fr",
          "La cérémonie d'ouverture a commencé à 20h08 au stade "
          "olympique de la capitale."),
      ART("b", NODATE, "fr",
          "La cérémonie d'ouverture a commencé à 21 h 30 au stade "
          "olympique de la capitale."),
      NULL},
     {"20h08", "21 h 30", NULL},
     "conflict"},
    {"a clock time and a part of the day that is not its own",
     {ART("a", NODATE, "en",
          "The singer checked into the clinic in the morning, her "
          "spokesman said."),
      ART("b", NODATE, "en",
          "The singer checked into the clinic at 9 p.m., her spokesman "
          "said."),
      NULL},
     {"in the morning", "9 p.m", NULL},
     "conflict"},
    {"compatible times of day are no conflict",
     {ART("a", NODATE, "en",
          "The singer checked into the clinic in the morning, her "
          "spokesman said."),
      ART("b", NODATE, "en",
          "The singer checked into the clinic at 4:30 in the morning, her "
          "spokesman said."),
      NULL},
     {NULL},
     NULL},
    {"a part counted is at least the whole's count",
     {ART("a", NODATE, "en",
          "The pirates are still holding about a dozen ships and their "
          "crews for ransom off the coast."),
      ART("b", NODATE, "en",
          "The pirates are still holding 17 of the hijacked ships and their "
          "crews for ransom off the coast."),
      NULL},
     {"about a dozen ships", "17 of the hijacked ships", NULL},
     "conflict"},
    {"une partie comptée est au plus le tout",
     {ART("a", NODATE, "fr",
          "La banque a licencié trois traders de la salle des marchés "
          "après les pertes."),
      ART("b", NODATE, "fr",
          "La banque a licencié quatre des traders de la salle des marchés "
          "après les pertes."),
      NULL},
     {"trois traders", "quatre des traders", NULL},
     "conflict"},
    {"a part smaller than the whole is no conflict",
     {ART("a", NODATE, "en",
          "The navy said five vessels were sunk in the gulf during the "
          "week."),
      ART("b", NODATE, "en",
          "The navy said two of the vessels were sunk in the gulf during "
          "the week."),
      NULL},
     {NULL},
     NULL},
    {"a round time may be a rounding",
     {ART("a", NODATE, "en",
          "The first call about the fire came in at 3:30 a.m., the fire "
          "chief said."),
      ART("b", NODATE, "en",
          "The first call about the fire came in at 3:33 a.m., the fire "
          "chief said."),
      NULL},
     {NULL},
     NULL},
    {"une heure ronde peut être arrondie",
     {ART("a", NODATE, "fr",
          "Le premier appel aux pompiers est arrivé à 16h30, selon les "
          "secours."),
      ART("b", NODATE, "fr",
          "Le premier appel aux pompiers est arrivé à 16h34, selon les "
          "secours."),
      NULL},
     {NULL},
     NULL},
    {"a time about another is no conflict",
     {ART("a", NODATE, "en",
          "The singer checked into the clinic around 9 a.m., her "
          "spokesman said."),
      ART("b", NODATE, "en",
          "The singer checked into the clinic at 9:10 a.m., her "
          "spokesman said."),
      NULL},
     {NULL},
     NULL},
    {"une heure et la partie du jour qui la contient",
     {ART("a", NODATE, "fr",
          "Le suspect a été interpellé dans la soirée par les gendarmes "
          "de la brigade."),
      ART("b", NODATE, "fr",
          "Le suspect a été interpellé vers 22 heures par les gendarmes "
          "de la brigade."),
      NULL},
     {NULL},
     NULL},
    {"a night meets the small hours after its midnight",
     {ART("a", NODATE, "en",
          "The storm hit the harbour at night, officials said."),
      ART("b", NODATE, "en",
          "The storm hit the harbour at 2 a.m., officials said."),
      NULL},
     {NULL},
     NULL},
    {"a time in another zone in brackets is a conversion",
     {ART("a", NODATE, "en",
          "The quake struck at 17:06 (13:36 GMT) on Sunday, state "
          "television reported."),
      ART("b", NODATE, "en",
          "The quake struck at 5:06 p.m. on Sunday, state television "
          "reported."),
      NULL},
     {NULL},
     NULL},
    {"two parts of one weekday",
     {ART("a", NODATE, "fr",
          "Les pompiers sont intervenus vendredi matin dans l'entrepôt de la "
          "zone industrielle, selon la mairie."),
      ART("b", NODATE, "fr",
          "Les pompiers sont intervenus vendredi soir dans l'entrepôt de la "
          "zone industrielle, selon la mairie."),
      NULL},
     {"vendredi matin", "vendredi soir", NULL},
     "conflict"},
    {"a weekday and a part of it are no conflict",
     {ART("a", NODATE, "en",
          "Firefighters were called to the warehouse on Friday, the mayor "
          "said."),
      ART("b", NODATE, "en",
          "Firefighters were called to the warehouse late Friday, the mayor "
          "said."),
      NULL},
     {NULL},
     NULL},
    {"compatible intervals are no conflict",
     {ART("a", NODATE, "en",
          "At least 15 people were killed when the bridge collapsed in the "
          "city centre."),
      ART("b", NODATE, "en",
          "Up to 20 people were killed when the bridge collapsed in the "
          "city centre."),
      NULL},
     {NULL},
     NULL},
    {"figures attributed to two sources",
     {ART("a", NODATE, "fr",
          "La manifestation a réuni 32 000 personnes à Paris, selon la "
          "police."),
      ART("b", NODATE, "fr",
          "La manifestation a réuni 80 000 personnes à Paris, selon les "
          "organisateurs."),
      NULL},
     {NULL},
     NULL},
    {"one sentence gives both numbers: two things",
     {ART("a", NODATE, "en",
          "The pirates attacked the ship 150 nautical miles off Aden while "
          "the warship was 13 nautical miles away."),
      ART("b", NODATE, "en",
          "The pirates attacked the ship 150 nautical miles off Aden, the "
          "navy said."),
      NULL},
     {NULL},
     NULL},
    {"two spellings of one name in the same place",
     {ART("a", NODATE, "fr",
          "Le président de l'association, Jean-Luc Romero, a dénoncé une "
          "hypocrisie du rapport sur la fin de vie."),
      ART("b", NODATE, "fr",
          "Le président de l'association, Jean-Louis Romero, a dénoncé une "
          "hypocrisie du rapport sur la fin de vie."),
      NULL},
     {"Jean-Luc Romero", "Jean-Louis Romero", NULL},
     "conflict"},
    {"a name one letter apart: variants of one name, not a conflict",
     {ART("a", NODATE, "en",
          "Riva was treated at Beaumont Hospital, where spokeswoman Latonya "
          "Brown said the families asked for privacy."),
      ART("b", NODATE, "en",
          "Riva was treated at Beaumont Hospital, where spokeswoman Latoya "
          "Brown said the families asked for privacy."),
      NULL},
     {"Latonya Brown", "Latoya Brown", NULL},
     "spelling"},
    {"figures of two predicates are two events (left dead / buried)",
     {ART("a", NODATE, "en",
          "Officials said the quake left 12 dead in the old city of Bam in "
          "southern Iran, where houses of mud brick collapsed in the "
          "night."),
      ART("b", NODATE, "en",
          "Volunteers buried 15 dead in the old city of Bam in southern "
          "Iran."),
      NULL},
     {NULL},
     NULL},
    {"two dates of clauses with other verbs date two events (charged "
     "Saturday / opened fire Friday)",
     {ART("a", NODATE, "en",
          "A 61-year-old man was charged with first-degree murder Saturday "
          "after allegedly opening fire at his former employers' office "
          "Christmas party in Vancouver, killing one man, police said."),
      ART("b", NODATE, "en",
          "Police allege Eric Allen Kirkpatrick, 61, opened fire at a "
          "Vancouver office Christmas party Friday, killing one man."),
      ART("c", NODATE, "en",
          "The city council of Burnaby met to discuss the budget of the "
          "new public library.")},
     {NULL},
     NULL},
    {"an exclamation that states something gives its values",
     {ART("a", NODATE, "en",
          "The fire destroyed 12 houses in the old village of Aldo on "
          "Tuesday night, the mayor said."),
      ART("b", NODATE, "en",
          "The fire destroyed 15 houses in the old village of Aldo on "
          "Tuesday night, and the damage is huge!"),
      NULL},
     {"12 houses", "15 houses", NULL},
     "conflict"},
    {"two different names are not two spellings",
     {ART("a", NODATE, "en",
          "The president of the association, John Smith, denounced the "
          "report on the end of life."),
      ART("b", NODATE, "en",
          "The president of the association, Paul Martin, denounced the "
          "report on the end of life."),
      NULL},
     {NULL},
     NULL},
    {"a short and a long form of one name are not two spellings",
     {ART("a", NODATE, "en",
          "The victim, LuAnn Marie Johnson, was struck outside the store on "
          "Wednesday, police said."),
      ART("b", NODATE, "en",
          "The victim, Luann Johnson, was struck outside the store on "
          "Wednesday, police said."),
      NULL},
     {NULL},
     NULL},
    {"one name with and without its spaces",
     {ART("a", NODATE, "fr",
          "Le pape passera ses vacances à Castel Gandolfo cet été, a "
          "annoncé le Vatican."),
      ART("b", NODATE, "fr",
          "Le pape passera ses vacances à Castelgandolfo cet été, a "
          "annoncé le Vatican."),
      NULL},
     {NULL},
     NULL},
    {"an acronym with a letter dropped",
     {ART("a", NODATE, "fr",
          "Jean-Luc Romero, président de l'ADMD, a dénoncé une hypocrisie "
          "du rapport."),
      ART("b", NODATE, "fr",
          "Jean-Luc Romero, président de l'AMD, a dénoncé une hypocrisie "
          "du rapport."),
      NULL},
     {"ADMD", "AMD", NULL},
     "spelling"},
    {"two acronyms a letter apart name two bodies",
     {ART("a", NODATE, "en",
          "Klitschko retained his WBO heavyweight title in Mannheim on "
          "Saturday night."),
      ART("b", NODATE, "en",
          "Klitschko retained his WBA heavyweight title in Mannheim on "
          "Saturday night."),
      NULL},
     {NULL},
     NULL},
    {"two titles of one person, in sentences that say other things",
     {ART("a", NODATE, "en",
          "Navy spokesman Commander Nirad Sinha said the pirates were "
          "handed over to the Yemeni coast guard."),
      ART("b", NODATE, "en",
          "The warship had been patrolling since October, according to "
          "Commodore Nirad Sinha of the Indian Navy."),
      NULL},
     {"Commander Nirad Sinha", "Commodore Nirad Sinha", NULL},
     "conflict"},
    {"a first name and its short form are one name",
     {ART("a", NODATE, "en",
          "The team traded Samuel Dalembert to Sacramento on Thursday, the "
          "club said."),
      ART("b", NODATE, "en",
          "The team traded Sam Dalembert to Sacramento on Thursday, the "
          "club said."),
      NULL},
     {NULL},
     NULL},
    {"British and American spellings of one name",
     {ART("a", NODATE, "en",
          "The convoy sailed through the Internationally Recognised Transit "
          "Corridor on Friday."),
      ART("b", NODATE, "en",
          "The convoy sailed through the Internationally Recognized Transit "
          "Corridor on Friday."),
      NULL},
     {NULL},
     NULL},
    {"a figure and the same rounded are one figure",
     {ART("a", NODATE, "fr",
          "Les falsifications du trader ont coûté 4,9 milliards d'euros à "
          "la banque, selon l'enquête."),
      ART("b", NODATE, "fr",
          "Les falsifications du trader ont coûté 4,91 milliards d'euros à "
          "la banque, selon l'enquête."),
      NULL},
     {NULL},
     NULL},
    {"a figure and another figure rounded the other way conflict",
     {ART("a", NODATE, "en",
          "The 6.1-magnitude quake struck Qeshm island and the city of "
          "Bandar Abbas, state media said."),
      ART("b", NODATE, "en",
          "The 5.9-magnitude quake struck Qeshm island and the city of "
          "Bandar Abbas, state media said."),
      NULL},
     {"6.1-magnitude", "5.9-magnitude", NULL},
     "conflict"},
    {"percentages of two things",
     {ART("a", NODATE, "en",
          "The poll published on Sunday said 83.3 percent of Greeks were "
          "unhappy with the government."),
      ART("b", NODATE, "en",
          "The poll published on Sunday gave a 4.5 percent margin of error "
          "on the government."),
      NULL},
     {NULL},
     NULL},
    {"the others of a count are not the count",
     {ART("a", NODATE, "fr",
          "L'armée a libéré Ingrid Betancourt et quatorze autres otages "
          "détenus par les FARC dans la jungle."),
      ART("b", NODATE, "fr",
          "L'armée a libéré 15 otages, dont Ingrid Betancourt, détenus par "
          "les FARC dans la jungle."),
      NULL},
     {NULL},
     NULL},
    {"an article that writes both names has two people",
     {ART("a", NODATE, "en",
          "She was our mother, said Charlie Kafoury, who spoke for the "
          "family of Charlene after the hearing."),
      ART("b", NODATE, "en",
          "She was our mother, said Charlene Kafoury, who spoke for the "
          "family after the hearing."),
      NULL},
     {NULL},
     NULL},
    {"a designation's number is no figure: AK 47 and AK-47s count one thing",
     {ART("a", NODATE, "en",
          "The commandos recovered 12 AK 47 guns from the pirates' boats."),
      ART("b", NODATE, "en",
          "The commandos recovered seven AK-47s from the pirates' boats."),
      NULL},
     {"12 AK", "seven AK-47", NULL},
     "conflict"},
    {"figures of two occasions: every other figure differs too",
     {ART("a", NODATE, "en",
          "In the operation the navy seized six AK-47 rifles, 12 magazines "
          "and 300 rounds of ammunition."),
      ART("b", NODATE, "en",
          "So far the navy has seized 14 AK-47 rifles, 31 magazines and "
          "923 rounds of ammunition."),
      NULL},
     {NULL},
     NULL},
    {"a sentence that gives both figures counts two things",
     {ART("a", NODATE, "en",
          "The woman who shot three co-workers at the Kraft plant, killing "
          "two, was charged with murder."),
      ART("b", NODATE, "en",
          "The woman who shot and killed two co-workers at the Kraft plant "
          "was charged with murder."),
      NULL},
     {NULL},
     NULL},
    {"an offset from another day is not a length",
     {ART("a", NODATE, "en",
          "The new endangered species rule takes effect nine days before "
          "the inauguration."),
      ART("b", NODATE, "en",
          "The new endangered species rule takes effect in 30 days."),
      NULL},
     {NULL},
     NULL},
    {"the day a statement was made is not the day of the event",
     {ART("a", NODATE, "en",
          "The gunman opened fire at the office Christmas party on Friday, "
          "police said."),
      ART("b", NODATE, "en",
          "The gunman opened fire at the office Christmas party, police "
          "said Saturday."),
      NULL},
     {NULL},
     NULL},
    {"a conversion in brackets says what its figure says",
     {ART("a", NODATE, "en",
          "The quake struck about 58km (36 miles) south-west of Bandar "
          "Abbas."),
      ART("b", NODATE, "en",
          "The quake struck 35 miles south-west of Bandar Abbas."),
      NULL},
     {NULL},
     NULL},
    {"an item of a list in sentences that are not close",
     {ART("a", NODATE, "fr",
          "Les actions ont reculé de 7,16% chez BNP Paribas et de 9,64% "
          "pour Société générale lundi à la Bourse de Paris."),
      ART("b", NODATE, "fr",
          "Depuis janvier, les actions ont reculé de 17 % pour Société "
          "générale à la Bourse de Paris."),
      NULL},
     {NULL},
     NULL},
    {"temperatures below zero",
     {ART("a", NODATE, "en",
          "Firefighters fought the blaze in temperatures of minus 17 "
          "degrees."),
      ART("b", NODATE, "en",
          "Outside temperatures were minus 20 as firefighters battled the "
          "blaze."),
      NULL},
     {"minus 17", "minus 20", NULL},
     "conflict"},
    {"lengths in two units: a 24- to 30-foot dhow is no 10-metre dhow",
     {ART("a", NODATE, "en",
          "The larger boat of the pirates, a 24- to 30-foot dhow, was "
          "caught by the navy."),
      ART("b", NODATE, "en",
          "The larger boat, a 10-metre dhow, is named the Salahaddin by "
          "the navy."),
      NULL},
     {"30-foot", "10-metre", NULL},
     "conflict"},
    {"one distance in two units agrees: 40 miles and 64 km",
     {ART("a", NODATE, "en",
          "The church is in Wasilla, a town 40 miles north of Anchorage, "
          "where the fire broke out."),
      ART("b", NODATE, "en",
          "The church is in Wasilla, a town 64 km north of Anchorage, "
          "where the fire broke out."),
      NULL},
     {NULL},
     NULL},
    {"one duration in two units agrees: 90 days and three months",
     {ART("a", NODATE, "en",
          "The judge ordered the actress to spend 90 days in a locked "
          "rehab facility."),
      ART("b", NODATE, "en",
          "The judge ordered the actress to spend three months in a "
          "locked rehab facility."),
      NULL},
     {NULL},
     NULL},
    {"a direction from a place given two ways",
     {ART("a", NODATE, "en",
          "Pirates attacked the merchant ship 150 nautical miles west of "
          "Aden on Saturday morning."),
      ART("b", NODATE, "en",
          "Pirates attacked the merchant ship 150 nautical miles east of "
          "Aden on Saturday morning."),
      NULL},
     {"west of Aden", "east of Aden", NULL},
     "conflict"},
    {"measures an order of magnitude apart are two things",
     {ART("a", NODATE, "fr",
          "Le trader, placé en garde à vue pendant 24 heures, a été "
          "présenté au juge vendredi."),
      ART("b", NODATE, "fr",
          "Le trader, placé en garde à vue, âgé de 33 ans, a été présenté "
          "au juge vendredi."),
      NULL},
     {NULL},
     NULL},
    {"a count of one thing in sentences the aligner pairs: two speed "
     "boats / three boats",
     {ART("a", NODATE, "en",
          "The pirates, in three boats, were attempting to hijack the "
          "merchant vessel around noon, when the destroyer intervened and "
          "repulsed the attack, a navy spokesman said."),
      ART("b", NODATE, "en",
          "The pirates on two speed boats had surrounded the merchant "
          "vessel around noon, when the destroyer intervened and warded "
          "off their attack, the spokesman said."),
      NULL},
     {"two speed boats", "three boats", NULL},
     "conflict"},
    {"time elapsed when each undated article was written: after four / "
     "eight days of riots",
     {ART("a", NODATE, "en",
          "The youths smashed windows newly replaced after four days of "
          "the worst riots Greece has seen in decades."),
      ART("b", NODATE, "en",
          "The youths smashed windows newly replaced after eight days of "
          "the worst riots Greece has seen in decades."),
      NULL},
     {NULL},
     NULL},
    {"a sentence that gives the other figure with a multiplier: 234 "
     "millions au troisième trimestre",
     {ART("a", NODATE, "fr",
          "La banque a accusé une perte nette de 234 millions d'euros au "
          "troisième trimestre."),
      ART("b", NODATE, "fr",
          "La banque a accusé une perte nette de 948 millions d'euros au "
          "premier semestre et de 234 millions au troisième trimestre."),
      NULL},
     {NULL},
     NULL},
    {"where a named thing is, given two ways",
     {ART("a", NODATE, "en",
          "The actress checked into the Betty Ford Center in Rancho Mirage "
          "late on Thursday."),
      ART("b", NODATE, "en",
          "She has checked out of the Betty Ford Treatment Center in Palm "
          "Springs after a 30-day program."),
      NULL},
     {"Rancho Mirage", "Palm Springs", NULL},
     "conflict"},
    {"a place and a larger one that an article also names",
     {ART("a", NODATE, "en",
          "The actress checked into the Betty Ford Center in Rancho Mirage, "
          "near Palm Springs, late on Thursday."),
      ART("b", NODATE, "en",
          "She has checked out of the Betty Ford Treatment Center in Palm "
          "Springs after a 30-day program."),
      NULL},
     {NULL},
     NULL},
    {"a part of a month given two ways in sentences the aligner pairs, "
     "the words around the dates alike",
     {ART("a", NODATE, "en",
          "The destroyer INS Mysore, which replaced the stealth frigate INS "
          "Tabar in November-end, launched its helicopter at once."),
      ART("b", NODATE, "en",
          "The destroyer INS Mysore, which replaced the stealth frigate INS "
          "Tabar early December, may now head for Djibouti."),
      NULL},
     {"November-end", "early December", NULL},
     "conflict"},
    {"the long forms of one acronym written two ways: variants of one name",
     {ART("a", NODATE, "fr",
          "Jean-Luc Romero, président de l'Association pour le droit à "
          "mourir dans la dignité (ADMD), a dénoncé une hypocrisie."),
      ART("b", NODATE, "fr",
          "Le député s'est appuyé sur les propositions de l'Association "
          "pour le droit de mourir dans la dignité (ADMD) pour son texte."),
      NULL},
     {"droit à mourir", "droit de mourir", NULL},
     "spelling"},
    {"a short and a long form of an acronym's words: no disagreement",
     {ART("a", NODATE, "fr",
          "Une mission a été envoyée au siège de la Caisse nationale des "
          "caisses d’épargne (CNCE) vendredi."),
      ART("b", NODATE, "fr",
          "Les services de la Caisse nationale des Caisses d'Epargne et de "
          "prévoyance (CNCE) ont constaté des éléments troublants."),
      NULL},
     {NULL},
     NULL},
    {"what a count counts given two ways (whose pirates)",
     {ART("a", NODATE, "en",
          "The Indian navy said it has captured 23 Somali and Yemeni pirates "
          "in the Gulf of Aden on Saturday."),
      ART("b", NODATE, "en",
          "The Indian navy has captured 23 Somalian pirates in the Gulf of "
          "Aden."),
      NULL},
     {"23 Somali and Yemeni pirates", "23 Somalian pirates", NULL},
     "conflict"},
    {"one word two ways (Somali, Somalian) is no disagreement on a count",
     {ART("a", NODATE, "en",
          "The Indian navy said it has captured 23 Somali pirates in the "
          "Gulf of Aden on Saturday."),
      ART("b", NODATE, "en",
          "The Indian navy has captured 23 Somalian pirates in the Gulf of "
          "Aden."),
      NULL},
     {NULL},
     NULL},
    {"a period with one end in common and not the other, in sentences "
     "that share nothing else",
     {ART("a", NODATE, "fr",
          "Les opérations boursières malencontreuses ont été menées entre "
          "mi-septembre et début octobre."),
      ART("b", NODATE, "fr",
          "Il est soupçonné d'avoir pris des positions hors normes entre le "
          "15 septembre et la mi-octobre."),
      NULL},
     {"entre mi-septembre et début octobre",
      "entre le 15 septembre et la mi-octobre", NULL},
     "conflict"},
    {"two periods with no end in common are two periods",
     {ART("a", NODATE, "fr",
          "Les opérations boursières ont été menées entre le 2 mars et le "
          "5 mars."),
      ART("b", NODATE, "fr",
          "Il est soupçonné d'avoir pris des positions entre le 10 juin et "
          "le 20 juin."),
      NULL},
     {NULL},
     NULL},
    {"the same figure of two named actors with no word in common: two "
     "actors",
     {ART("a", NODATE, "en",
          "Hostess Brands has worked at the bakery plant for 37 years, on "
          "the third floor of the old building."),
      ART("b", NODATE, "en",
          "Tasty Baking, which has worked at the bakery plant for nearly 30 "
          "years, said the third floor was empty when the alarm went off."),
      NULL},
     {NULL},
     NULL},
    {"a figure followed by a span of years in brackets is of that span",
     {ART("a", NODATE, "en",
          "DiLeo has spent 19 seasons with the 76ers as a scout and a "
          "coach."),
      ART("b", NODATE, "en",
          "Prior to that, DiLeo spent four seasons as the Sixers Director "
          "of Player Personnel (1999-2003) and as a coach."),
      NULL},
     {NULL},
     NULL},
    {"a person's role in one body given two ways",
     {ART("a", NODATE, "fr",
          "Jean-Luc Romero, porte-parole de l'ADMD et ancien secrétaire "
          "national de l'UMP, a annoncé une manifestation."),
      ART("b", NODATE, "fr",
          "Jean-Luc Romero, président de l'Association pour le droit de "
          "mourir dans la dignité (ADMD), a dénoncé une hypocrisie."),
      NULL},
     {"porte-parole de l'ADMD", "président de l'Association", NULL},
     "conflict"},
    {"roles in two bodies are two roles",
     {ART("a", NODATE, "fr",
          "Jean-Luc Romero, porte-parole de l'ADMD, a annoncé une "
          "manifestation."),
      ART("b", NODATE, "fr",
          "Jean-Luc Romero, ancien secrétaire national de l'UMP, a dénoncé "
          "une hypocrisie."),
      NULL},
     {NULL},
     NULL},
    {"one event told in other sentences: a verb and the noun made from it, "
     "done to the same thing, dated two ways",
     {ART("a", NODATE, "en",
          "On March 3, the coast guard sank a drifting cargo barge that was "
          "leaking oil, in its second operation since the spring."),
      ART("b", NODATE, "en",
          "Residents of Portvale protested loudly after the March 4 sinking "
          "of a drifting cargo barge near their harbour."),
      NULL},
     {"March 3", "March 4", NULL},
     "conflict"},
    {"one event dated in a leading phrase and in a trailing one",
     {ART("a", NODATE, "en",
          "Marta Olsen checked into the Palmwood Clinic in Cedar Falls, "
          "Iowa, on Thursday night, for what is to be a long stay, her "
          "agent confirms."),
      ART("b", NODATE, "en",
          "Early Friday morning, around 2 a.m., the 30-year-old singer "
          "checked into Palmwood Clinic in Cedar Falls, Iowa."),
      NULL},
     {"Thursday night", "Early Friday morning", NULL},
     "conflict"},
    {"the same verb done to another thing: two events",
     {ART("a", NODATE, "en",
          "On March 3, the coast guard sank a drifting cargo barge that was "
          "leaking oil, in its second operation since the spring."),
      ART("b", NODATE, "en",
          "Residents of Portvale protested loudly after the March 4 sinking "
          "of an old wooden ferry near their harbour."),
      NULL},
     {NULL},
     NULL},
    {"checked into / checked out of: a verb and its particle are one "
     "predicate",
     {ART("a", NODATE, "en",
          "Marta Olsen checked into the Palmwood Clinic in Cedar Falls, "
          "Iowa, on Thursday night, for what is to be a long stay, her "
          "agent confirms."),
      ART("b", NODATE, "en",
          "Early Friday morning, around 2 a.m., the 30-year-old singer "
          "checked out of Palmwood Clinic in Cedar Falls, Iowa."),
      NULL},
     {NULL},
     NULL},
    {"one verb done to one thing by two named actors: two events",
     {ART("a", NODATE, "en",
          "On Monday, Kessler signed the new fishing treaty with Norway in "
          "a short ceremony at the harbour."),
      ART("b", NODATE, "en",
          "Critics said Tuesday that Varga signed the new fishing treaty "
          "with Norway on Tuesday, under pressure from the fleet."),
      NULL},
     {NULL},
     NULL},
    {"one verb done to one thing by a named actor and by a pronoun: two "
     "events",
     {ART("a", NODATE, "fr",
          "Le ministre Paul Arnaud et la secrétaire d'Etat Lise Morel "
          "rencontreront finalement le chef du syndicat des pêcheurs "
          "vendredi, à la veille du vote."),
      ART("b", NODATE, "fr",
          "Son entourage vient de faire savoir qu'elle rencontrera le chef "
          "du syndicat des pêcheurs samedi à Lorient."),
      NULL},
     {NULL},
     NULL},
    {"a date after a copula dates its subject, not the verb before it",
     {ART("a", NODATE, "en",
          "The last big storm to hit the island of Marova was on Saturday, "
          "when the old harbour flooded."),
      ART("b", NODATE, "en",
          "A powerful storm hit the island of Marova on Sunday, tearing "
          "roofs off dozens of homes."),
      NULL},
     {NULL},
     NULL},
    {"the date of a thing given two ways, one by a pronoun for it",
     {ART("a", NODATE, "fr",
          "Le fichier des pêcheurs a été créé par un décret du 3 mars au "
          "Journal officiel."),
      ART("b", NODATE, "fr",
          "Le gouvernement publiera lundi un nouveau décret qui remplace "
          "celui très contesté du 28 février 2009."),
      NULL},
     {"3 mars", "28 février 2009", NULL},
     "conflict"},
    {"the dates of two things are two dates",
     {ART("a", NODATE, "fr",
          "Le fichier des pêcheurs a été créé par un décret du 3 mars au "
          "Journal officiel."),
      ART("b", NODATE, "fr",
          "Le gouvernement publiera lundi une circulaire qui remplace "
          "celle très contestée du 28 février 2009."),
      NULL},
     {NULL},
     NULL},
    {"the figures of two clauses with named actors, none in common, in "
     "sentences whose own actors differ (one a speaker)",
     {ART("a", NODATE, "en",
          "Kessler's been at the bakery for 37 years and worked on the "
          "night shift with the two victims and the alleged shooter."),
      ART("b", NODATE, "en",
          "Baker Tom Varga, who has worked at the bakery for nearly 30 "
          "years, said he was on the night shift when the alarm went off."),
      NULL},
     {NULL},
     NULL},
    {"a decimal its tokens cut inside a word is one figure "
     "(magnitude-6.0)",
     {ART("a", NODATE, "en",
          "A magnitude 6 storm can cause severe damage to the old port."),
      ART("b", NODATE, "en",
          "A magnitude-6.0 storm can cause severe damage to the old port."),
      NULL},
     {NULL},
     NULL},
    {"a clause that opens on its verb is done by the actor of the clause "
     "before it (a participle: the storm, not the places it names)",
     {ART("a", NODATE, "en",
          "The storm hit a district near the town of Lorvan on Kessa "
          "island, at the mouth of the bay, injuring five people and "
          "damaging homes."),
      ART("b", NODATE, "en",
          "Marovia's state radio says the storm has injured three people, "
          "damaging homes. Rain fell on Marovia."),
      NULL},
     {"five people", "three people", NULL},
     "conflict"},
    {"counts of one thing named two ways (nouns of one WordNet sense), in "
     "sentences that count another thing alike (ships, a kind of vessel, "
     "coordinated with them, values that meet)",
     {ART("a", NODATE, "en",
          "Smugglers holding about a dozen ships and nearly 200 crewmen in "
          "hidden camps on the northern coast. The navy is searching the "
          "coast."),
      ART("b", NODATE, "en",
          "The smugglers still hold at least 14 foreign vessels and more "
          "than 200 crew members in camps for ransom. The navy said "
          "little."),
      NULL},
     {"nearly 200 crewmen", "more than 200 crew members", NULL},
     "conflict"},
    {"... not when the other counts differ too",
     {ART("a", NODATE, "en",
          "Smugglers holding about a dozen ships and nearly 200 crewmen in "
          "hidden camps on the northern coast. The navy is searching the "
          "coast."),
      ART("b", NODATE, "en",
          "The smugglers still hold at least 30 foreign vessels and more "
          "than 200 crew members in camps for ransom. The navy said "
          "little."),
      NULL},
     {NULL},
     NULL},
    {"... nor for nouns of two things",
     {ART("a", NODATE, "en",
          "Smugglers holding about a dozen ships and nearly 200 crewmen in "
          "hidden camps on the northern coast. The navy is searching the "
          "coast."),
      ART("b", NODATE, "en",
          "The smugglers still hold at least 14 foreign vessels and more "
          "than 200 passengers in camps for ransom. The navy said "
          "little."),
      NULL},
     {NULL},
     NULL},
    {"the age of a named person, wherever the articles give it",
     {ART("a", NODATE, "en",
          "Police identified the driver as Mark Ellison Dunmore, 34, a "
          "mechanic from the town. Dunmore was taken to hospital."),
      ART("b", NODATE, "en",
          "The driver, Mark Ellison Dunmore, 36, had left the garage at "
          "noon. Dunmore was not hurt, his lawyer said."),
      NULL},
     {"Dunmore, 34", "Dunmore, 36", NULL},
     "conflict"},
    {"... in other forms: 'N-year-old' before the name, 'aged N' after it",
     {ART("a", NODATE, "en",
          "Police identified the 34-year-old Mark Ellison Dunmore as the "
          "driver. Dunmore was taken to hospital."),
      ART("b", NODATE, "en",
          "The driver, Mark Ellison Dunmore, aged 36, had left the garage "
          "at noon. Dunmore was not hurt, his lawyer said."),
      NULL},
     {"34-year-old Mark Ellison Dunmore", "Dunmore, aged 36", NULL},
     "conflict"},
    {"... 'âgé de N ans' after it",
     {ART("a", NODATE, "fr",
          "Le conducteur, Marc Dunmore, âgé de 34 ans, a été hospitalisé. "
          "Marc Dunmore est mécanicien."),
      ART("b", NODATE, "fr",
          "Le conducteur, Marc Dunmore, 36 ans, avait quitté le garage à "
          "midi. Marc Dunmore n'a pas été blessé."),
      NULL},
     {"Dunmore, âgé de 34", "Dunmore, 36", NULL},
     "conflict"},
    {"... not of two persons of one family name",
     {ART("a", NODATE, "en",
          "Police identified the driver as Mark Dunmore, 34, a mechanic "
          "from the town. Mark Dunmore was taken to hospital."),
      ART("b", NODATE, "en",
          "His sister, Ellen Dunmore, 36, had left the garage at noon. "
          "Ellen Dunmore was not hurt, her lawyer said."),
      NULL},
     {NULL},
     NULL},
    {"a participle's figures are its actor's: two actors, two things",
     {ART("a", NODATE, "en",
          "Rebels loyal to Kovac attacked the border post on Monday, "
          "injuring 12 guards."),
      ART("b", NODATE, "en",
          "Rebels loyal to Brenner attacked the border post on Monday, "
          "injuring 30 guards."),
      NULL},
     {NULL},
     NULL},
    {"one event told with other words: the actors' and objects' heads "
     "agree, one predicate a kind of the other",
     {ART("a", NODATE, "en",
          "The storm devastated the harbour Friday night, and officials "
          "are counting the losses."),
      ART("b", NODATE, "en",
          "Fishermen of Port Ellen will meet in a school hall this morning "
          "after a violent storm virtually destroyed the town harbour "
          "early Saturday."),
      NULL},
     {"Friday night", "early Saturday", NULL},
     "conflict"},
    {"... not when what it is done to differs",
     {ART("a", NODATE, "en",
          "The storm devastated the harbour Friday night, and officials "
          "are counting the losses."),
      ART("b", NODATE, "en",
          "Fishermen of Port Ellen will meet in a school hall this morning "
          "after a violent storm virtually destroyed the town market "
          "early Saturday."),
      NULL},
     {NULL},
     NULL},
    {"... nor when who does it differs",
     {ART("a", NODATE, "en",
          "The storm devastated the harbour Friday night, and officials "
          "are counting the losses."),
      ART("b", NODATE, "en",
          "Fishermen of Port Ellen will meet in a school hall this morning "
          "after a violent flood virtually destroyed the town harbour "
          "early Saturday."),
      NULL},
     {NULL},
     NULL},
    {"nearly is below, more than above: the two do not meet",
     {ART("a", NODATE, "en",
          "Pirates in the gulf are holding nearly 300 sailors in safe "
          "havens on the coast."),
      ART("b", NODATE, "en",
          "Pirates in the gulf are holding more than 300 sailors in safe "
          "havens on the coast."),
      NULL},
     {"300 sailors", "300 sailors", NULL},
     "conflict"},
    {"... and nearly is compatible with the figure itself",
     {ART("a", NODATE, "en",
          "Pirates in the gulf are holding nearly 300 sailors in safe "
          "havens on the coast."),
      ART("b", NODATE, "en",
          "Pirates in the gulf are holding 300 sailors in safe havens on "
          "the coast."),
      NULL},
     {NULL},
     NULL},
    /* counts of the dead or the injured: one slot whatever the noun
     * (values.c, casualties) */
    {"a toll told with two nouns",
     {ART("a", NODATE, "en",
          "The quake killed 10 people in the villages of the island, "
          "officials said."),
      ART("b", NODATE, "en",
          "The quake left 13 dead in the villages of the island, officials "
          "said."),
      NULL},
     {"10 people", "13 dead", NULL},
     "conflict"},
    {"... in French, with a passive",
     {ART("a", NODATE, "fr",
          "Le séisme a fait 12 morts dans les villages de l'île, selon les "
          "autorités."),
      ART("b", NODATE, "fr",
          "Dans les villages de l'île, 15 personnes ont été tuées par le "
          "séisme, selon les autorités."),
      NULL},
     {"12 morts", "15 personnes", NULL},
     "conflict"},
    {"... the injured likewise",
     {ART("a", NODATE, "en",
          "The tremor struck the island on Sunday, injuring five people "
          "and damaging buildings."),
      ART("b", NODATE, "en",
          "The tremor struck the island on Sunday and left three injured, "
          "with buildings damaged."),
      NULL},
     {"five people", "three injured", NULL},
     "conflict"},
    {"... and a death toll with no noun",
     {ART("a", NODATE, "en",
          "The quake killed 10 people in the villages of the island, "
          "officials said."),
      ART("b", NODATE, "en",
          "The death toll from the quake in the villages of the island rose "
          "to 19, officials said."),
      NULL},
     {"10 people", "19", NULL},
     "conflict"},
    {"... and a count with no noun after the verb",
     {ART("a", NODATE, "en",
          "The gunman killed three and wounded four in the village before "
          "fleeing, police said."),
      ART("b", NODATE, "en",
          "The gunman killed five and wounded four in the village before "
          "fleeing, police said."),
      NULL},
     {"three", "five", NULL},
     "conflict"},
    {"... in French too",
     {ART("a", NODATE, "fr",
          "Le tireur a tué trois et en a blessé quatre autres dans le "
          "village, selon la police."),
      ART("b", NODATE, "fr",
          "Le tireur a tué cinq et en a blessé quatre autres dans le "
          "village, selon la police."),
      NULL},
     {"trois", "cinq", NULL},
     "conflict"},
    {"the toll of a past event is another one",
     {ART("a", NODATE, "en",
          "The quake killed 10 people in the villages of the island, "
          "officials said."),
      ART("b", NODATE, "en",
          "In December 2003, a quake killed 12 people in the villages of "
          "the island, officials said."),
      NULL},
     {NULL},
     NULL},
    {"... and so is a toll of another place",
     {ART("a", NODATE, "en",
          "The storm killed 10 people in the villages near Manila, "
          "officials said."),
      ART("b", NODATE, "en",
          "The storm killed 14 people in the villages near Jakarta, "
          "officials said."),
      NULL},
     {NULL},
     NULL},
    {"two ranges of one count state both their ends",
     {ART("a", NODATE, "en",
          "Between 20 and 30 volunteers searched the woods for the missing "
          "hiker on Sunday, the sheriff said."),
      ART("b", NODATE, "en",
          "The sheriff said 25 to 30 volunteers from nearby towns joined "
          "the search for the missing hiker."),
      NULL},
     {"20 and 30 volunteers", "25 to 30 volunteers", NULL},
     "conflict"},
    {"... in French too",
     {ART("a", NODATE, "fr",
          "Entre 200 et 300 manifestants se sont rassemblés devant la "
          "mairie samedi matin."),
      ART("b", NODATE, "fr",
          "De 250 à 300 manifestants venus des communes voisines se sont "
          "rassemblés devant la mairie."),
      NULL},
     {"200 et 300 manifestants", "250 à 300 manifestants", NULL},
     "conflict"},
    {"a range and a figure inside it are no conflict",
     {ART("a", NODATE, "en",
          "Between 20 and 30 volunteers searched the woods for the missing "
          "hiker on Sunday, the sheriff said."),
      ART("b", NODATE, "en",
          "About 25 volunteers searched the woods for the missing hiker on "
          "Sunday, the sheriff said."),
      NULL},
     {NULL},
     NULL},
    {"a toll revised over time",
     {ART("a", "\"2024-03-01\"", "en",
          "The earthquake in the north of the country killed 60 people, "
          "officials said."),
      ART("b", "\"2024-03-03\"", "en",
          "The earthquake in the north of the country killed 65 people, "
          "officials said."),
      NULL},
     {"60 people", "65 people", NULL},
     "revision"},
};

/* The disagreement (not the publication dates) whose values hold every
 * string of want, or NULL. */
static const rcp__ddisagree *find(const rcp_digest *g,
                                  const char *const *want)
{
    for (size_t i = 0; i < g->ndisagree; i++) {
        const rcp__ddisagree *x = &g->disagree[i];
        if (!strcmp(x->kind, "publication"))
            continue;
        int all = 1;
        for (size_t w = 0; w < 3 && want[w]; w++) {
            int hit = 0;
            for (uint32_t v = 0; v < x->nvalues; v++)
                hit |= strstr(x->values[v].value, want[w]) != NULL;
            all &= hit;
        }
        if (all)
            return x;
    }
    return NULL;
}

TEST(disagree_table)
{
    for (size_t r = 0; r < RCP_ARRAY_SIZE(rows); r++) {
        rcp_article *arts[3] = {0};
        rcp_doc *docs[3] = {0};
        size_t n = 0;
        for (size_t i = 0; i < 3 && rows[r].arts[i]; i++) {
            CHECK_INT(rcp_article_from_json(rows[r].arts[i],
                                            strlen(rows[r].arts[i]), NULL,
                                            &arts[n], NULL),
                      0);
            if (arts[n]) {
                docs[n] = rcp_doc_from_article(arts[n]);
                n++;
            }
        }
        rcp_digest *g =
            rcp_digest_new((const rcp_doc *const *)docs, n, NULL);
        CHECK(g != NULL);
        if (!g)
            continue;
        size_t shown = 0;
        for (size_t i = 0; i < g->ndisagree; i++)
            shown += strcmp(g->disagree[i].kind, "publication") != 0;
        if (!rows[r].want[0]) {
            if (shown)
                fprintf(stderr, "# %s: %zu shown, want none\n", rows[r].name,
                        shown);
            CHECK_INT(shown, 0);
        } else {
            const rcp__ddisagree *x = find(g, rows[r].want);
            if (!x)
                fprintf(stderr, "# %s: not shown\n", rows[r].name);
            CHECK(x != NULL);
            if (x) {
                CHECK(!strcmp(x->kind, rows[r].kind));
                /* each value with its sentence, of an article giving it */
                for (uint32_t v = 0; v < x->nvalues; v++) {
                    const rcp__dvalue *y = &x->values[v];
                    CHECK(y->unit < g->nunits);
                    if (y->unit >= g->nunits)
                        continue;
                    const rcp__dunit *u = &g->units[y->unit];
                    int in = 0;
                    for (uint32_t k = 0; k < y->ndocs; k++)
                        in |= y->docs[k] == u->doc;
                    CHECK(in);
                    CHECK(memmem(g->docs[u->doc]->text + u->off, u->len,
                                 y->value, strlen(y->value)) != NULL);
                }
                if (!strcmp(rows[r].kind, "revision") && x->nvalues == 2)
                    CHECK(strstr(x->values[0].value, rows[r].want[0]));
            }
        }
        rcp_digest_free(g);
        for (size_t i = 0; i < n; i++) {
            rcp_doc_free(docs[i]);
            rcp_article_free(arts[i]);
        }
    }
}

/* The one value reader (src/analysis/values.c), on single sentences:
 * each row gives the kinds asked for and the values expected in order,
 * as written, with the interval each states ("" ends the list). */
static const struct {
    const char *lang, *text;
    unsigned kinds;
    struct {
        const char *written;
        double lo, hi;
    } want[4];
} value_rows[] = {
    {"fr", "La banque a perdu 600 millions d'euros mardi.",
     RCP__VAL_FIGURE, {{"600 millions d'euros", 6e8, 6e8}, {NULL, 0, 0}}},
    /* "hundred" by its stem, "hundr" */
    {"en", "Two hundred people marched to the city hall.",
     RCP__VAL_FIGURE, {{"Two hundred people", 200, 200}, {NULL, 0, 0}}},
    {"en", "At least 15 people were killed and up to 20 people hurt.",
     RCP__VAL_FIGURE,
     {{"At least 15 people", 15, INFINITY},
      {"up to 20 people", 0, 20},
      {NULL, 0, 0}}},
    {"en", "About 40 firefighters fought the blaze for 30 to 40 minutes.",
     RCP__VAL_FIGURE,
     {{"About 40 firefighters", 34, 46},
      {"30 to 40 minutes", 30.0 / 1440, 40.0 / 1440},
      {NULL, 0, 0}}},
    {"fr", "Il a pris sa retraite il y a trois ans et demi.",
     RCP__VAL_FIGURE,
     {{"trois ans et demi", 3.3 * 365.25, 3.7 * 365.25}, {NULL, 0, 0}}},
    {"en", "The fire broke out on Friday night, about 1,000 homes.",
     RCP__VAL_FIGURE | RCP__VAL_WDAY,
     {{"Friday night", 520, 529}, {"about 1,000 homes", 850, 1150}, {NULL, 0, 0}}},
    {"en", "The fire broke out on Friday night, about 1,000 homes.",
     RCP__VAL_FIGURE, {{"about 1,000 homes", 850, 1150}, {NULL, 0, 0}}},
    {"fr", "Le décret du 17 octobre a été publié.", RCP__VAL_MDAY,
     {{"17 octobre", 10 * 32 + 17, 10 * 32 + 17}, {NULL, 0, 0}}},
    {"en", "Two of the vessels were sunk in 2008.", RCP__VAL_FIGURE,
     {{"Two of the vessels", 2, INFINITY}, {NULL, 0, 0}}},
    {"fr", "La perte atteint 4,9 milliards d'euros.", RCP__VAL_FIGURE,
     {{"4,9 milliards d'euros", 4.85e9, 4.95e9}, {NULL, 0, 0}}},
    {"en", "They seized six AK 47 rifles and 12 magazines.", RCP__VAL_FIGURE,
     {{"six AK", 6, 6}, {"12 magazines", 12, 12}, {NULL, 0, 0}}},
    {"en",
     "Anyone with information is asked to call police on 0845 125 2222 or "
     "Crimestoppers anonymously.",
     RCP__VAL_FIGURE, {{NULL, 0, 0}}},
    {"en", "It was minus 17 degrees, then minus-20 degree cold.",
     RCP__VAL_FIGURE,
     {{"minus 17 degrees", -17, -17}, {"minus-20 degree", -20, -20},
      {NULL, 0, 0}}},
    {"fr", "Il fait moins de 10 degrés.", RCP__VAL_FIGURE,
     {{"moins de 10 degrés", 0, 10}, {NULL, 0, 0}}},
    /* a part, on its noun's slot: the whole is at least as many; the
     * whole after it is read too */
    {"en", "Three of the seven bullets hit him, at least 17 of the ships.",
     RCP__VAL_FIGURE,
     {{"Three of the seven bullets", 3, INFINITY},
      {"seven bullets", 7, 7},
      {"at least 17 of the ships", 17, INFINITY},
      {NULL, 0, 0}}},
    {"fr", "Trois des traders et deux de ces navires.", RCP__VAL_FIGURE,
     {{"Trois des traders", 3, INFINITY},
      {"deux de ces navires", 2, INFINITY},
      {NULL, 0, 0}}},
    /* times of day (RCP__VAL_TIME): hours 0 to 24, a night to 29 */
    {"en", "She left at 9:40 p.m. and came back around noon.", RCP__VAL_TIME,
     {{"9:40 p.m", 21 + 37.5 / 60, 21 + 42.5 / 60},
      {"around noon", 11.75, 12.25},
      {NULL, 0, 0}}},
    {"en", "It was 4:30 in the morning, after 11 a.m. and before 10pm.",
     RCP__VAL_TIME,
     {{"4:30 in the morning", 4.375, 4.625},
      {"after 11 a.m", 11, 17},
      {"before 10pm", 16, 22},
      {NULL, 0, 0}}},
    {"en", "They met at midday and parted at midnight.", RCP__VAL_TIME,
     {{"midday", 11.75, 12.25}, {"midnight", 23.75, 24.25}, {NULL, 0, 0}}},
    {"en", "She arrived in the morning, left this evening, Friday night.",
     RCP__VAL_TIME,
     {{"in the morning", 0, 12}, {"this evening", 17, 24}, {NULL, 0, 0}}},
    {"en", "It began at 1:21 and ended at 17:06.", RCP__VAL_TIME,
     {{"17:06", 17.1, 17.1}, {NULL, 0, 0}}},
    {"en", "The score was 2:1 in John 3:16 and the morning papers said so.",
     RCP__VAL_TIME, {{NULL, 0, 0}}},
    {"fr", "Il est arrivé à 16h30, reparti vers 18 h 15, revenu à minuit.",
     RCP__VAL_TIME,
     {{"16h30", 16.375, 16.625},
      {"vers 18 h 15", 18, 18.5},
      {"minuit", 23.75, 24.25},
      {NULL, 0, 0}}},
    {"fr", "Il est arrivé hier soir, à 9 heures du matin, pendant 9 heures.",
     RCP__VAL_TIME,
     {{"hier soir", 17, 24}, {"9 heures du matin", 8.75, 9.25}, {NULL, 0, 0}}},
    {"en", "He died at 18:41 this evening (02:41 GMT Friday).", RCP__VAL_TIME,
     {{"18:41 this evening", 18 + 41 / 60.0, 18 + 41 / 60.0},
      {NULL, 0, 0}}},
    {"en", "Police said Saturday that the fire broke out Friday night.",
     RCP__VAL_WDAY, {{"Friday night", 520, 529}, {NULL, 0, 0}}},
    /* a weekday's part of the day has the hours a time of day has (one
     * table, rcp__day_parts): a morning from midnight, "soirée" too */
    {"en", "The fire broke out on Friday morning, early Saturday morning.",
     RCP__VAL_WDAY,
     {{"Friday morning", 500, 512}, {"early Saturday morning", 600, 606},
      {NULL, 0, 0}}},
    {"fr", "Il est parti lundi matin et revenu vendredi soirée.",
     RCP__VAL_WDAY,
     {{"lundi matin", 100, 112}, {"vendredi soirée", 517, 524},
      {NULL, 0, 0}}},
    {"en", "The quake was about 58km (36 miles) from the city.",
     RCP__VAL_FIGURE,
     {{"36 miles", 36 * 0.85 * 1609.344, 36 * 1.15 * 1609.344},
      {NULL, 0, 0}}},
    /* measures in their dimension's base unit (metre, day, kilogram),
     * a written figure in another unit to a fifth of that unit */
    {"en", "It was a 24- to 30-foot dhow, 40 miles north of Aden.",
     RCP__VAL_FIGURE,
     {{"24- to 30-foot", 24 * 0.3048, 30 * 0.3048},
      {"40 miles", 39.8 * 1609.344, 40.2 * 1609.344},
      {"north of Aden", 1000 - 44, 1000 + 44}}},
    {"en", "A 10-metre dhow stayed 90 days, a 30-year-old man 2 weeks.",
     RCP__VAL_FIGURE,
     {{"10-metre", 10, 10},
      {"90 days", 90, 90},
      {"30-year-old", 30, 30},
      {"2 weeks", 1.8 * 7, 2.2 * 7}}},
    /* a number word joined to its unit is a measure; to another word,
     * nothing */
    {"en", "She began a three-month stay, twenty-five days after a "
           "one-year term.",
     RCP__VAL_FIGURE,
     {{"three-month", 2.8 * 30.44, 3.2 * 30.44},
      {"one-year", 0.8 * 365.25, 1.2 * 365.25},
      {NULL, 0, 0}}},
    /* a clock time of four digits is a time of day, not hours; four
     * digits and "hours of" are hours */
    {"en", "The ship called at 1100 hours, about 0930 hrs IST, after 1100 "
           "hours of talks.",
     RCP__VAL_FIGURE | RCP__VAL_TIME,
     {{"1100 hours", 1099.8 / 24, 1100.2 / 24},
      {"1100 hours", 10.75, 11.25},
      {"about 0930 hrs", 9.25, 9.75},
      {NULL, 0, 0}}},
    {"fr", "Il a passé trois mois en prison, à 30 km de Lyon.",
     RCP__VAL_FIGURE,
     {{"trois mois", 2.8 * 30.44, 3.2 * 30.44},
      {"30 km", 29.8e3, 30.2e3},
      {NULL, 0, 0}}},
    /* directions from a place: the angle offset by 1000, +- 44 */
    {"en", "The ship was attacked 150 nautical miles west of Aden.",
     RCP__VAL_FIGURE,
     {{"150 nautical miles", 149.8 * 1852, 150.2 * 1852},
      {"west of Aden", 1000 - 90 - 44, 1000 - 90 + 44},
      {NULL, 0, 0}}},
    {"fr", "Le village est situé à l'est de Lyon, au nord-ouest d'Ain.",
     RCP__VAL_FIGURE,
     {{"est de Lyon", 1000 + 90 - 44, 1000 + 90 + 44},
      {"nord-ouest d'Ain", 1000 - 45 - 44, 1000 - 45 + 44},
      {NULL, 0, 0}}},
    {"en", "The east wing of the house is north of here.", RCP__VAL_FIGURE,
     {{NULL, 0, 0}}},
    /* parts of a month: early 1-10, mid 11-20, late 21-31 */
    {"en", "It ran from mid-October to November-end, or early December.",
     RCP__VAL_MDAY,
     {{"mid-October", 10 * 32 + 11, 10 * 32 + 20},
      {"November-end", 11 * 32 + 21, 11 * 32 + 31},
      {"early December", 12 * 32 + 1, 12 * 32 + 10},
      {NULL, 0, 0}}},
    {"fr", "Entre la mi-septembre et début octobre, puis fin novembre.",
     RCP__VAL_MDAY,
     {{"mi-septembre", 9 * 32 + 11, 9 * 32 + 20},
      {"début octobre", 10 * 32 + 1, 10 * 32 + 10},
      {"fin novembre", 11 * 32 + 21, 11 * 32 + 31},
      {NULL, 0, 0}}},
    {"en", "They march late in the year.", RCP__VAL_MDAY, {{NULL, 0, 0}}},
    /* a count of two or more counts the plural after its first word */
    {"en", "They seized two speed boats and 23 Somali pirates.",
     RCP__VAL_FIGURE,
     {{"two speed boats", 2, 2}, {"23 Somali pirates", 23, 23}, {NULL, 0, 0}}},
    /* ... not in a breakdown whose noun comes once, after its last part */
    {"en", "They held 12 Somali and 11 Yemeni pirates.", RCP__VAL_FIGURE,
     {{"12 Somali", 12, 12}, {"11 Yemeni", 11, 11}, {NULL, 0, 0}}},
    /* a preposition ends a figure's phrase; "in" after a multiplier does
     * not ("$1 million in damage") */
    {"fr", "Une perte de 948 millions au premier semestre.", RCP__VAL_FIGURE,
     {{NULL, 0, 0}}},
    {"en", "The fire did 1 million in damage.", RCP__VAL_FIGURE,
     {{"1 million in damage", 1e6, 1e6}, {NULL, 0, 0}}},
    /* the words an acronym in brackets stands for, each letter the first
     * of a word (its interval is a hash: -1 leaves it unchecked) */
    {"fr",
     "Romero, président de l'Association pour le droit de mourir dans la "
     "dignité (ADMD), a parlé.",
     RCP__VAL_EXPAND,
     {{"Association pour le droit de mourir dans la dignité", -1, -1},
      {NULL, 0, 0}}},
    {"fr",
     "Au siège de la Caisse nationale des Caisses d'épargne et de "
     "prévoyance (CNCE), hier.",
     RCP__VAL_EXPAND,
     {{"Caisse nationale des Caisses d'épargne et de prévoyance", -1, -1},
      {NULL, 0, 0}}},
    {"en", "The report was filed by the wire service (AP) on Monday.",
     RCP__VAL_EXPAND, {{NULL, 0, 0}}},
    /* capitalised words between a count and its plural noun */
    {"en", "The navy captured 23 heavily armed Somalian and Yemeni pirates.",
     RCP__VAL_QUAL,
     {{"23 heavily armed Somalian and Yemeni pirates", -1, -1},
      {NULL, 0, 0}}},
    /* "about a dozen": the qualifier before the article */
    {"en", "Pirates hold about a dozen ships.", RCP__VAL_FIGURE,
     {{"about a dozen ships", 10, 14}, {NULL, 0, 0}}}, /* round */
    {"en", "They hold nearly 300 crewmen.", RCP__VAL_FIGURE,
     {{"nearly 300 crewmen", 255, 300}, {NULL, 0, 0}}}, /* below */
    {"en", "They hold more than 300 crewmen.", RCP__VAL_FIGURE,
     {{"more than 300 crewmen", 300, INFINITY}, {NULL, 0, 0}}},
    {"fr", "Ils retiennent près de 300 marins.", RCP__VAL_FIGURE,
     {{"près de 300 marins", 255, 300}, {NULL, 0, 0}}},
    {"fr", "La prime est de moins de 50 euros.", RCP__VAL_FIGURE,
     {{"moins de 50 euros", 0, 50}, {NULL, 0, 0}}},
    /* a person's role in a body named by an acronym */
    {"fr",
     "Jean-Louis Romero, conseiller régional UMP d'Ile-de-France et "
     "président de l'Association pour le droit à mourir dans la dignité "
     "(ADMD), a dénoncé.",
     RCP__VAL_ROLE,
     {{"président de l'Association pour le droit à mourir dans la dignité",
       -1, -1},
      {NULL, 0, 0}}},
    {"en",
     "Wayne LaPierre, executive vice president of the NRA and a lawyer, "
     "spoke.",
     RCP__VAL_ROLE,
     {{"executive vice president of the NRA", -1, -1}, {NULL, 0, 0}}},
    {"en", "Andrew Arulanandam, spokesman for the NRA, said nothing.",
     RCP__VAL_ROLE, {{"spokesman for the NRA", -1, -1}, {NULL, 0, 0}}},
    {"en", "They held 12 Somali and 11 Yemeni pirates and 23 Indian Navy "
           "sailors.",
     RCP__VAL_QUAL, {{NULL, 0, 0}}},
    /* each word that opens a value (read_figures reads no other token
     * but numbers: opens_value): a temperature in words, in one token, a
     * number word, a month's part, a day and month, a direction */
    {"fr", "Il faisait moins 10 degrés.", RCP__VAL_FIGURE,
     {{"moins 10 degrés", -10, -10}, {NULL, 0, 0}}},
    {"en", "It fell to minus-20 overnight.", RCP__VAL_FIGURE,
     {{"minus-20", -20, -20}, {NULL, 0, 0}}},
    {"en", "Three ships were seized in mid-November.",
     RCP__VAL_FIGURE | RCP__VAL_MDAY,
     {{"Three ships", 3, 3}, {"mid-November", 363, 372}, {NULL, 0, 0}}},
    {"fr", "Le navire a été saisi le 18 novembre à 40 km à l'est de "
           "Mogadiscio.",
     RCP__VAL_FIGURE | RCP__VAL_MDAY,
     {{"18 novembre", 370, 370},
      {"40 km", 39800, 40200},
      {"est de Mogadiscio", 1046, 1134},
      {NULL, 0, 0}}},
};

TEST(values_read_table)
{
    for (size_t r = 0; r < RCP_ARRAY_SIZE(value_rows); r++) {
        const char *t = value_rows[r].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), value_rows[r].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        rcp__values v = {0};
        int n = rcp__values_read(d, 0, (uint32_t)d->ntoks,
                                 value_rows[r].kinds, NULL, 0, &v);
        size_t want = 0;
        while (want < 4 && value_rows[r].want[want].written)
            want++;
        if (n != (int)want)
            fprintf(stderr, "# values row %zu: %d values, want %zu\n", r, n,
                    want);
        CHECK_INT(n, (int)want);
        for (size_t i = 0; i < want && (int)i < n; i++) {
            const rcp__value *x = &v.v[i];
            const char *w = value_rows[r].want[i].written;
            if (x->len != strlen(w) || memcmp(t + x->off, w, x->len))
                fprintf(stderr, "# values row %zu: '%.*s', want '%s'\n", r,
                        (int)x->len, t + x->off, w);
            CHECK(x->len == strlen(w) && !memcmp(t + x->off, w, x->len));
            if (value_rows[r].want[i].lo == -1 && value_rows[r].want[i].hi == -1)
                continue; /* a name's hash */
            CHECK(fabs(x->lo - value_rows[r].want[i].lo) < 1e-6);
            CHECK(isinf(value_rows[r].want[i].hi)
                      ? isinf(x->hi)
                      : fabs(x->hi - value_rows[r].want[i].hi) < 1e-6);
        }
        rcp__values_release(&v);
        rcp_doc_free(d);
    }
}

/* Counts of casualties (values.c, casualties): the first figure of each
 * sentence, and what its slot says: 1 the dead, 2 the injured, of
 * people at large (RCP__SLOT_CASUALTY + kind), -1 casualties of its own
 * noun (a slot of its own), 0 no casualties. */
TEST(casualty_slots_table)
{
    static const struct {
        const char *lang, *text, *written;
        int want;
    } cas[] = {
        {"en", "The quake killed 10 people on Sunday.", "10 people", 1},
        {"en", "The quake left 13 dead.", "13 dead", 1},
        {"en", "At least 15 people were killed in the blast.",
         "At least 15 people", 1},
        {"en", "Ten people have been killed.", "Ten people", 1},
        {"en", "A total of 10 people had been killed.", "10 people", 1},
        {"en", "The blast killed at least 12 soldiers.", "at least 12 soldiers",
         -1},
        {"en", "It hit the town, injuring five people.", "five people", 2},
        {"en", "The death toll rose to 19 on Monday.", "19", 1},
        {"en", "The toll stood at 19, officials said.", "19", 1},
        {"en", "The toll road was built in 19 days.", "19 days", 0},
        /* a count with no noun right after a verb of death or injury,
         * its qualifier between */
        {"en", "The gunman killed three and wounded four.", "three", 1},
        {"en", "The quake killed at least 10 on Sunday.", "at least 10", 1},
        {"en", "The blast injured almost 30, police said.", "almost 30", 2},
        {"fr", "L'attentat a tué trois et en a blessé quatre.", "trois", 1},
        {"en", "Five people were killed, police said.", "Five people", 1},
        {"en", "Five people were wounded.", "Five people", 2},
        {"fr", "Le séisme a fait 12 morts.", "12 morts", 1},
        {"fr", "Quinze personnes ont été tuées.", "Quinze personnes", 1},
        {"fr", "Deux personnes sont mortes dans l'accident.", "Deux personnes",
         1},
        {"fr", "L'attentat a fait trois blessés.", "trois blessés", 2},
        {"fr", "L'accident a tué deux personnes.", "deux personnes", 1},
        /* not casualties: an age, a number after "of" with no noun, a
         * death the count did not suffer, a date */
        {"en", "A 59-year-old woman died.", "59-year-old", 0},
        {"en", "A mother of two died when a car struck her.", "two died", 0},
        {"en", "Seven bullets caused the death of the teenager.",
         "Seven bullets", 0},
        {"en", "Police found 10 people on Tuesday.", "10 people", 0},
        {"en", "He was born on Tuesday and died later.", NULL, 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(cas); r++) {
        const char *t = cas[r].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), cas[r].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        rcp__values v = {0};
        int n = rcp__values_read(d, 0, (uint32_t)d->ntoks, RCP__VAL_FIGURE,
                                 NULL, 0, &v);
        const rcp__value *x = n > 0 ? &v.v[0] : NULL;
        const char *w = cas[r].written;
        if (!w) {
            if (x)
                fprintf(stderr, "# casualty row %zu: '%.*s', want none\n", r,
                        (int)x->len, t + x->off);
            CHECK(x == NULL);
        } else {
            CHECK(x != NULL);
            if (!x) {
                fprintf(stderr, "# casualty row %zu: no figure\n", r);
            } else {
                CHECK(x->len == strlen(w) && !memcmp(t + x->off, w, x->len));
                int k = cas[r].want;
                int got = x->slot == RCP__SLOT_CASUALTY + 1   ? 1
                          : x->slot == RCP__SLOT_CASUALTY + 2 ? 2
                          : x->casualty                       ? -1
                                                              : 0;
                if (got != k)
                    fprintf(stderr, "# casualty row %zu (%s): %d, want %d\n",
                            r, t, got, k);
                CHECK_INT(got, k);
            }
        }
        rcp__values_release(&v);
        rcp_doc_free(d);
    }
}

/* rcp__values_read_more: the reading of all kinds with the timeline's
 * dates, given the figures read once without them, is the reading made
 * whole (the same values in the same order). A date among the tokens
 * changes the figures (none is read inside a date), so there they are
 * read again; a date elsewhere changes nothing. `date` is the timeline
 * date's text (NULL: none), `from` the word the tokens start at. */
static const struct {
    const char *lang, *text, *date, *from;
} more_rows[] = {
    {"en", "Police said 12 people died on Monday near Boston.", NULL, NULL},
    {"en", "Police said 12 people died on Monday near Boston.", "Monday",
     NULL},
    /* the date holds a figure: 2008 is no figure with it */
    {"en", "On March 3, 2008, 12 people died in 3 towns.", "March 3, 2008",
     NULL},
    {"en", "On March 3, 2008, 12 people died in 3 towns.", "March 3, 2008",
     "12"},
    {"fr", "Le 12 mars, 300 marins ont quitté le port vendredi soir.",
     "12 mars", NULL},
    {"fr", "Le 12 mars, 300 marins ont quitté le port vendredi soir.",
     "12 mars", "300"},
    {"fr", "Jean-Louis Romero, président de l'ADMD, a reçu 40 lettres le "
           "17 octobre.",
     NULL, NULL},
    {"en", "Between 1984 and 1986, 35-to-40 ships carried 10-metre dhows.",
     "1986", NULL},
};

TEST(values_read_more_table)
{
    for (size_t r = 0; r < RCP_ARRAY_SIZE(more_rows); r++) {
        const char *t = more_rows[r].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), more_rows[r].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        rcp__date date = {0};
        size_t nd = 0;
        if (more_rows[r].date) {
            date.off = (uint32_t)(strstr(t, more_rows[r].date) - t);
            date.len = (uint32_t)strlen(more_rows[r].date);
            nd = 1;
        }
        uint32_t t0 = 0;
        if (more_rows[r].from) {
            uint32_t at = (uint32_t)(strstr(t, more_rows[r].from) - t);
            while (t0 < d->ntoks && d->toks[t0].off < at)
                t0++;
        }
        uint32_t t1 = (uint32_t)d->ntoks;
        rcp__values figs = {0}, whole = {0}, more = {0};
        int nf = rcp__values_read(d, t0, t1, RCP__VAL_FIGURES, NULL, 0, &figs);
        int nw = rcp__values_read(d, t0, t1, RCP__VAL_ALL, &date, nd, &whole);
        int nm = rcp__values_read_more(d, t0, t1, RCP__VAL_ALL, figs.v,
                                       figs.n, &date, nd, &more);
        CHECK(nf >= 0 && nw > 0);
        if (nm != nw)
            fprintf(stderr, "# read_more row %zu: %d values, want %d\n", r,
                    nm, nw);
        CHECK_INT(nm, nw);
        for (int i = 0; i < nw && i < nm; i++) {
            const rcp__value *a = &whole.v[i], *b = &more.v[i];
            int same = a->kind == b->kind && a->slot == b->slot &&
                       a->first == b->first && a->last == b->last &&
                       a->off == b->off && a->len == b->len && a->v == b->v &&
                       a->lo == b->lo && a->hi == b->hi &&
                       a->source == b->source && a->ctx_end == b->ctx_end;
            if (!same)
                fprintf(stderr, "# read_more row %zu value %d: '%.*s', want "
                        "'%.*s'\n", r, i, (int)b->len, t + b->off,
                        (int)a->len, t + a->off);
            CHECK(same);
        }
        rcp__values_release(&figs);
        rcp__values_release(&whole);
        rcp__values_release(&more);
        rcp_doc_free(d);
    }
}

/* A token that is a number by itself, however written: the aligner makes
 * one term of its value ("1,000" and "1000", "one million" and "$1
 * million"). A number word is one only before a multiplier. */
TEST(token_number_table)
{
    static const struct {
        const char *lang, *text, *word;
        int is;
        double v;
    } numbers[] = {
        {"en", "Seven firefighters came.", "Seven", 0, 0},
        {"en", "It cost two million dollars.", "two", 1, 2},
        {"en", "About 1,000 homes burned.", "1,000", 1, 1000},
        {"en", "It cost one million dollars.", "one", 1, 1},
        {"en", "No one was hurt.", "one", 0, 0},
        /* a number word joined to its multiplier, not to another word */
        {"en", "Damage is estimated at one-million dollars.", "one-million", 1,
         1},
        {"en", "It was a one-day strike.", "one-day", 0, 0},
        {"fr", "Il a fait 4,9 milliards de pertes.", "4,9", 1, 4.9},
        {"fr", "Trois traders sont en cause.", "Trois", 0, 0},
        {"fr", "Une perte de deux milliards d'euros.", "deux", 1, 2},
        {"fr", "Un homme a été arrêté.", "Un", 0, 0},
        {"en", "The fire broke out on 14/09/2023.", "14/09/2023", 0, 0},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(numbers); r++) {
        const char *t = numbers[r].text;
        rcp_doc *d = rcp_doc_new(t, strlen(t), numbers[r].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        const char *at = strstr(t, numbers[r].word);
        int found = 0;
        for (uint32_t k = 0; k < d->ntoks; k++)
            if (t + d->toks[k].off == at) {
                double v = -1;
                int is = rcp__token_number(d, k, &v);
                if (is != numbers[r].is)
                    fprintf(stderr, "# token_number row %zu: %d\n", r, is);
                CHECK_INT(is, numbers[r].is);
                if (is)
                    CHECK(fabs(v - numbers[r].v) < 1e-9);
                found = 1;
            }
        CHECK(found);
        rcp_doc_free(d);
    }
}

/* Every number word is read as one, whatever its length and first letter
 * (number_word rejects a token on those first, then tells an entry by its
 * hash, the token's hnorm, before its letters), and words near them are
 * not. */
TEST(number_words_table)
{
    static const struct {
        const char *w, *lang;
        double v; /* -1: not a number word */
    } words[] = {
        {"two", "en", 2},        {"three", "en", 3},      {"four", "en", 4},
        {"five", "en", 5},       {"six", "en", 6},        {"seven", "en", 7},
        {"eight", "en", 8},      {"nine", "en", 9},       {"ten", "en", 10},
        {"eleven", "en", 11},    {"twelve", "en", 12},    {"thirteen", "en", 13},
        {"fourteen", "en", 14},  {"fifteen", "en", 15},   {"sixteen", "en", 16},
        {"seventeen", "en", 17}, {"eighteen", "en", 18},  {"nineteen", "en", 19},
        {"twenty", "en", 20},    {"dozen", "en", 12},     {"deux", "fr", 2},
        {"trois", "fr", 3},      {"quatre", "fr", 4},     {"cinq", "fr", 5},
        {"sept", "fr", 7},       {"huit", "fr", 8},       {"neuf", "fr", 9},
        {"dix", "fr", 10},       {"onze", "fr", 11},      {"douze", "fr", 12},
        {"treize", "fr", 13},    {"quatorze", "fr", 14},  {"quinze", "fr", 15},
        {"seize", "fr", 16},     {"vingt", "fr", 20},     {"douzaine", "fr", 12},
        {"Seventeen", "en", 17}, {"one", "en", -1},       {"un", "fr", -1},
        {"tw", "en", -1},        {"twos", "en", -1},      {"seventeens", "en", -1},
        {"anyone", "en", -1},    {"xix", "en", -1},
        /* an entry's first byte and length, not its hash nor letters */
        {"the", "en", -1},       {"sixty", "en", -1},     {"dux", "fr", -1},
        {"quatro", "fr", -1},    {"DIX", "fr", 10},       {"Douze", "fr", 12},
    };
    for (size_t r = 0; r < RCP_ARRAY_SIZE(words); r++) {
        const char *t = words[r].w;
        rcp_doc *d = rcp_doc_new(t, strlen(t), words[r].lang);
        CHECK(d != NULL);
        if (!d)
            continue;
        CHECK(d->ntoks >= 1);
        double v = -1;
        int is = d->ntoks ? rcp__number_word(&d->toks[0], &v) : 0;
        if (is != (words[r].v >= 0))
            fprintf(stderr, "# number_words row %zu (%s): %d\n", r, t, is);
        CHECK_INT(is, words[r].v >= 0);
        if (is)
            CHECK(fabs(v - words[r].v) < 1e-9);
        rcp_doc_free(d);
    }
}
