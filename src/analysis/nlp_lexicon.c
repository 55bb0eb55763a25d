/*
 * nlp_lexicon.c - the small word lists the story analysis leans on:
 * titles and roles, reporting verbs, cues of organisations and places,
 * common first names, countries, capitals and regions, month and weekday
 * names, in French and English (folded: lower case, no accents).
 *
 * The lists are curated by hand and kept short: they give evidence, the
 * text gives the rest (a capitalised word that also appears in lower case
 * in the story is a common word; a name after "M." is a person). They hold
 * no name taken from any particular corpus.
 *
 * One hash map from the folded word (or words joined by one space) to a
 * bit set of LX_* classes, built on first use. It is keyed by the same
 * hash as rcp_token.hnorm, so that a token is looked up without hashing
 * its word again.
 */
#include "analysis/nlp_priv.h"
#include "analysis/lexicon.h"

#include <assert.h>
#include <string.h>

typedef struct lex_list {
    uint32_t cls;
    unsigned langs;    /* the classes of text it holds in: FR, EN, ANY */
    const char *words; /* separated by '|' */
} lex_list;

#define FR (1u << RCP_LC_FR)
#define EN (1u << RCP_LC_EN)
#define OTHER (1u << RCP_LC_OTHER)
#define ANY (FR | EN | OTHER)

static const lex_list lists[] = {
    {LX_TITLE, FR | EN, "m|mm|mme|mmes|mlle|mr|mrs|ms|pr|me|mgr|sir|dame|lord|"
               "president|presidente|premier|ministre|minister|prime|"
               "secretary|senator|senateur|senatrice|gov|governor|gouverneur|"
               "general|colonel|capitaine|captain|sgt|sergeant|lt|col|gen|"
               "sen|rep|representative|depute|deputee|maire|mayor|juge|judge|"
               "chancellor|chanceliere|chancelier|king|queen|roi|reine|prince|"
               "princesse|princess|pape|pope|father|pere|soeur|sister|"
               "professeur|professor|docteur|doctor|coach|entraineur|"
               "ambassadeur|ambassador|commissaire|inspecteur|inspector|"
               "detective|officer|agent|sheriff|chief|chef|cardinal|"
               "constable|const|cst|cpl|corporal|lieutenant|supt|"
               "superintendent|"
               "archbishop|archeveque|eveque|bishop|rabbi|imam|ayatollah|"
               "cheikh|sheikh|emir|sultan|vice|vice-president|"
               "vice-presidente|monsieur|madame|mademoiselle|maitre|"
               "speaker|leader|dirigeant|dirigeante|rev|reverend|pasteur|"
               "pastor|abbe|councilman|councilwoman|councillor|councilor|"
               "alderman|assemblyman|assemblywoman|congressman|"
               "congresswoman"},
    /* the abbreviations many languages write before a name */
    {LX_TITLE, ANY, "dr|prof"},
    {LX_ROLE, FR | EN, "president|presidente|ministre|minister|porte-parole|"
              "spokesman|spokeswoman|spokesperson|dirigeant|dirigeante|"
              "leader|chef|chief|directeur|directrice|director|secretaire|"
              "secretary|gouverneur|governor|maire|mayor|premier|"
              "chancelier|chanceliere|chancellor|ambassadeur|ambassadrice|"
              "ambassador|general|commandant|commander|patron|patronne|"
              "pdg|ceo|fondateur|fondatrice|founder|procureur|prosecutor|"
              "avocat|avocate|lawyer|attorney|juge|judge|senateur|senator|"
              "depute|deputee|conseiller|conseillere|adviser|advisor|"
              "responsable|official|representant|representante|"
              "coordinateur|coordinator|administrateur|administrator|"
              "commissaire|commissioner|roi|king|reine|queen|pape|pope|"
              "vice-president|vice-presidente|numero|entraineur|coach|"
              "capitaine|captain|officer|sheriff|chairman|chairwoman|"
              "manager|gerant|analyste|analyst|expert|experte|"
              "professeur|professor|chercheur|chercheuse|researcher|"
              "head|boss|homologue|counterpart|emir|sultan|ayatollah|"
              "guide|dictateur|dictator|candidat|candidate|rep|publicist|"
              "publiciste|agent|attache|attachee|porte-voix|parquet|"
              "pasteur|pastor|pretre|priest|cure|imam|rabbin|rabbi|"
              "eveque|bishop|policier|policiere|enqueteur|enqueteuse|"
              "investigator|detective|inspecteur|inspector|temoin|witness|"
              "medecin|doctor|infirmier|infirmiere|nurse|syndicaliste|"
              "militant|militante|activist|habitant|habitante|resident|"
              "voisin|voisine|neighbor|neighbour|employe|employee|"
              "journaliste|journalist|reporter|editor|redacteur|pere|"
              "mere|father|mother|fils|fille|daughter|frere|soeur|brother|"
              "sister|mari|epouse|husband|wife|veuve|widow|oncle|tante|"
              "uncle|aunt|councilman|councilwoman|councillor|councilor|"
              "alderman|assemblyman|assemblywoman|congressman|"
              "congresswoman"},
    {LX_SAY, FR | EN,
     "declare|ajoute|indique|precise|affirme|explique|estime|"
     "souligne|assure|confie|raconte|dit|annonce|confirme|ecrit|"
     "repondu|repond|reconnu|reconnait|admis|admet|insiste|martele|"
     "lance|poursuivi|poursuit|conclu|conclut|note|observe|releve|"
     "rappele|rappelle|averti|avertit|prevenu|previent|juge|"
     "commente|temoigne|denonce|revele|signale|salue|reagi|reagit|"
     "tweete|deplore|regrette|souhaite|promis|promet|ironise|"
     "plaide|argue|detaille|resume|nuance|tranche|glisse|lache|"
     "soutient|soutenu|interroge|demande|s'interroge|confirme|"
     "declarait|ajoutait|expliquait|disait|precisait|affirmait|"
     "estimait|soulignait|indiquait|assurait|confiait|racontait|"
     "notait|insistait|rappelait|commentait|reconnaissait|"
     "repondait|jugeait|denoncait|avertissait|martelait|"
     "brocarde|rencherit|rencheri|fustige|raille|etonne|indigne|insurge|"
     "tonne|retorque|objecte|assene|constate|predit|critique|"
     "relate|souffle|murmure|s'etonne|s'insurge|s'emporte|"
     "s'indigne|felicite|rejouit|avance|analyse|enchaine|"
     "explique|enumere|reconnait|ajoute|insiste|"
     "said|says|say|saying|told|tells|added|adds|explained|explains|stated|"
     "states|declared|noted|notes|insisted|insists|argued|argues|"
     "claimed|claims|wrote|writes|asked|replied|announced|confirmed|"
     "warned|warns|continued|acknowledged|admitted|recalled|"
     "remarked|commented|observed|testified|tweeted|posted|"
     "reported|stressed|emphasized|emphasised|suggested|predicted|"
     "conceded|vowed|promised|urged|recounted|explained|concluded|"
     "fumed|shouted|yelled|joked|quipped|cautioned|countered|maintained|"
     "complained|responded|asserted|considere|considerait|evoque|"
     "evoquait"},
    {LX_ORGCUE, FR | EN,
     "ministere|ministry|agence|agency|parti|party|universite|university|"
     "ligue|league|syndicat|confederation|coalition|alliance|collectif|"
     "observatoire|observatory|"
     "corporation|co|company|compagnie|"
     "group|groupe|bank|banque|association|conseil|council|commission|"
     "committee|comite|federation|union|front|mouvement|movement|"
     "organisation|organization|institut|institute|fondation|foundation|"
     "fund|fonds|office|bureau|department|departement|direction|"
     "tribunal|court|cour|assemblee|assembly|senat|senate|congres|congress|"
     "parlement|parliament|gouvernement|government|administration|"
     "police|gendarmerie|armee|army|navy|marine|forces|force|brigade|"
     "news|times|post|press|presse|journal|tv|radio|television|tribune|"
     "herald|gazette|magazine|airlines|airways|motors|systems|"
     "technologies|labs|laboratoire|hopital|hospital|clinic|clinique|"
     "ecole|school|college|lycee|club|fc|team|equipe|records|studios|"
     "pictures|entertainment|network|reseau|service|services|"
     "societe|society|academie|academy|centre|center|kremlin|"
     "ap|nations|ue"},
    /* company suffixes and news agencies, as any language writes them */
    {LX_ORGCUE, ANY, "inc|corp|ltd|llc|plc|sa|sas|gmbh|ag|cnn|bbc|afp|reuters|"
                     "bloomberg|otan|nato|onu|interfax|xinhua|kcna|tass|yonhap"},
    /* names, in any language; but for the ones that are also words of
     * other languages: "un" (Spanish, Italian), "eu" (Portuguese),
     * "eta" (Italian età), "who" */
    {LX_ORG, FR | EN, "un|eu|who|eta"},
    {LX_ORG, ANY, "kremlin|elysee|matignon|pentagone|pentagon|maison blanche|"
             "white house|downing street|quai d'orsay|onu|otan|nato|ue|"
             "nations unies|united nations|union europeenne|"
             "european union|fmi|imf|oms|fbi|cia|nasa|unesco|unicef|"
             "afp|reuters|ap|associated press|tass|ria novosti|kcna|"
             "yonhap|xinhua|interfax|bbc|cnn|congres|congress|"
             "hamas|hezbollah|taliban|talibans|farc|al-qaida|"
             "al-qaeda|google|apple|microsoft|facebook|amazon|twitter"},
    {LX_LOCCUE, FR | EN, "city|county|island|islands|river|valley|mountain|mountains|"
                "lake|beach|street|avenue|ave|blvd|road|park|bridge|bay|coast|"
                "peninsula|desert|canyon|falls|harbor|harbour|heights|"
                "hills|springs|township|village|ville|rue|boulevard|"
                "place|fleuve|riviere|vallee|montagne|lac|plage|pont|"
                "baie|cote|ile|iles|presqu'ile|desert|region|province|"
                "arrondissement|quartier|district|state|oblast|krai|"
                "cosmodrome|capitale|capital|aeroport|airport|town|commune|"
                "departement|canton|municipalite|faubourg|banlieue|"
                "suburb|neighborhood|neighbourhood|ocean|sea|gulf|strait|"
                "channel|oceans|mer|golfe|detroit|manche"},
    {LX_LOCPREP, FR | EN, "en|au|aux|in|at|near|vers|from|pres"},
    {LX_PREP, FR | EN, "au|aux|de|du|des|d'|pour|par|avec|sur|contre|chez|entre|"
              "to|with|for|by|from|of|on|against|about|que|qu'|that|sans|"
              "envers|vers|without|at|in|en|dans|apres|avant"},
    {LX_PRON, FR | EN, "il|elle|he|she"},
    {LX_DOCWORD, FR | EN, "statement|communique|release|declaration|letter|lettre|"
                 "rapport|report|texte"},
    {LX_AUX, FR | EN, "a|avait|aurait|ont|avaient|auraient|has|had|have|was|is|s'|"
             "est|etait|s'est|se|lui|leur|y|n'|ne|a-t-il|a-t-elle|"
             "avait-il|avait-elle|ont-ils|ont-elles|would|will|could|"
             "did|does|can|may|might"},
    {LX_ADV, FR | EN, "egalement|aussi|encore|ensuite|alors|notamment|deja|"
             "enfin|plus|tard|tot|pour|sa|part|de|son|cote|d'ailleurs|"
             "ailleurs|"
             "ce|cette|matin|soir|midi|apres-midi|hier|aujourd'hui|"
             "recemment|finalement|simplement|toutefois|cependant|pourtant|"
             "neanmoins|ainsi|publiquement|lors|d'une|conference|de|presse|"
             "also|later|then|again|recently|yesterday|today|tonight|"
             "last|night|morning|evening|afternoon|earlier|on|in|"
             "statement|interview|week|reporters|journalists|not|never"},
    {LX_ACCORD, FR | EN, "selon|d'apres|according"},
    {LX_DET, FR | EN, "le|la|l'|les|un|une|the|a|an|ce|cet|cette|son|sa|leur|its|"
             "his|her|their"},
    {LX_CONN, FR | EN, "du|des|d'|la|of|the|der|den"},
    /* the particles of names in any language (von, da, bin); not the
     * German articles "der", "den" */
    {LX_CONN, ANY, "de|von|van|di|da|del|della|dos|das|do|bin|ben|ibn|al|el"},
    {LX_JOINHEAD, FR | EN,
     "coree|republique|republic|royaume|kingdom|etats|united|emirats|"
     "conseil|council|ministere|ministry|banque|bank|universite|university|"
     "cour|court|parti|party|union|organisation|organization|fonds|fund|"
     "forces|force|front|mouvement|movement|assemblee|assembly|commission|"
     "agence|agency|institut|institute|federation|departement|department|"
     "ecole|school|college|musee|museum|palais|palace|place|rue|avenue|"
     "gulf|golfe|mer|sea|cap|cape|ile|iles|isle|island|islands|mont|mount|"
     "lac|lake|bay|baie|detroit|strait|bande|strip|province|region|"
     "comte|county|state|etat|city|ville|port|fort|saint|sainte|st|ste|"
     "tour|tower|chambre|house|office|bureau|secretary|secretaire|"
     "ministre|minister|president|haut|high|grand|great|nouvelle|new|"
     "armee|army|garde|guard|police|house|cite|club|festival|prix|prize|"
     "coupe|cup|jeux|games|championnat|championship|tribunal|centre|"
     "center|hopital|hospital|declaration|traite|treaty|accords|accord|"
     "sommet|summit|conference|federal|bureau|agence|commissariat|"
     "direction|comite|committee|guerre|war|battle|bataille|operation|"
     "loi|act|plan|projet|project|programme|program|fondation|foundation|"
     "association|syndicat|confederation|ligue|league|fbi|secretariat"},
    {LX_COMPASS, FR | EN, "nord|sud|est|ouest|north|south|east|west|orient|"
                 "occident|centre|central|centrale"},
    {LX_MONTH, FR | EN, "janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
               "septembre|octobre|novembre|decembre|janv|fevr|fev|avr|"
               "juil|sept|oct|nov|dec"},
    {LX_MONTH | LX_EN, FR | EN, "january|february|march|april|may|june|july|august|"
                       "september|october|november|december|jan|feb|mar|"
                       "apr|jun|jul|aug|sep"},
    /* capitalised words that are not names by themselves */
    {LX_NONNAME, FR | EN,
     "lien|source|comment|comments|commentaire|"
     "commentaires|partagez|partager|share|lire|read|voir|see|aussi|also|"
     "credit|credits|publicite|advertisement|"
     "mise|update|updated|edited|published|publie|international|"
     "national|politique|politics|monde|world|economie|economy|societe|"
     "culture|sport|sports|sciences|science|tech|opinion|opinions|"
     "editorial|breaking|live|direct|exclusif|exclusive|urgent|"
     "affaires|defense|interieur|exterieur|justice|sante|finances|"
     "education|travail|securite|etat|etrangeres|armees|economie|"
     "agriculture|environnement|energie|transports|logement|recherche|"
     "emploi|commerce|industrie|outre-mer|budget|sports|jeunesse|"
     "seigneur|dieu|god|lord|allah|"
     "le|la|les|un|une|des|the|a|an|this|that|these|those|mr|mrs|"
     "lors|ensuite|enfin|puis|selon|apres|avant|pendant|depuis|"
     "pourquoi|comment|quand|combien|quel|quelle|why|how|what|who|where|"
     "durant|malgre|parmi|via|outre|hormis|face|grace|contrairement|"
     "mais|donc|ainsi|alors|cependant|pourtant|but|however|yet|so|"
     "when|while|after|before|since|during|if|as|because|although|"
     "interroge|interrogee|asked|voyageant|lorsqu'on|lorsque|quand|"
     "hier|demain|aujourd'hui|yesterday|today|tomorrow|tonight|"
     "nord|sud|est|ouest|north|south|east|west|oui|non|yes|no|"
     "am|pm|cet|pst|co|mise a jour"},
    {LX_NONNAME, ANY,
     "photo|photos|video|videos|copyright|newsletter|internet|web|covid|"
     "covid-19|i|ii|iii|iv|vi|vii|viii|ix|xi|xii|ok|etc|tel|tel.|fax|email|"
     "e-mail|gmt|utc|inc|corp|ltd"},
    /* names: in any language */
    {LX_FIRST, ANY,
     "fabrice|serge|gilles|guy|herve|jean-pierre|jean-marie|jean-claude|"
     "jean-luc|jean-francois|jean-paul|jean-yves|jean-louis|jean-marc|"
     "jean-michel|jean-baptiste|jean-jacques|jean-noel|marie-france|"
     "anne-marie|marie-claire|marie-christine|bruno|cedric|damien|denis|"
     "fabien|franck|gael|gilbert|gregoire|guillaume|jeremy|jerome|joel|"
     "lionel|loic|ludovic|luc|marcel|mathieu|matthieu|maxime|pascal|"
     "regis|remi|roland|romain|sylvain|xavier|yann|yannick|benoit|arnaud|"
     "alexandre|adrien|aurelien|baptiste|clement|cyril|dimitri|emile|"
     "etienne|florian|francis|gaston|geoffroy|hubert|jules|lucien|"
     "marius|maurice|quentin|renaud|simone|agnes|beatrice|chantal|claire|"
     "colette|corinne|delphine|elisabeth|emilie|florence|genevieve|"
     "ghislaine|jacqueline|josette|karine|laurence|lucie|madeleine|"
     "marine|marion|michele|nadine|odile|pascale|rachida|roselyne|"
     "severine|solange|suzanne|therese|virginie|yvette|audrey|elodie|"
     "christiane|danielle|edith|francine|muriel|alvaro|enrique|hugo|"
     "jean|pierre|paul|jacques|michel|philippe|francois|nicolas|alain|"
     "bernard|patrick|christophe|daniel|eric|laurent|marc|olivier|"
     "thierry|stephane|david|julien|thomas|sebastien|antoine|vincent|"
     "frederic|emmanuel|louis|claude|andre|rene|henri|georges|gerard|"
     "yves|dominique|christian|didier|francoise|marie|anne|isabelle|"
     "catherine|nathalie|sylvie|christine|martine|monique|sophie|"
     "valerie|sandrine|veronique|celine|julie|aurelie|camille|lea|"
     "manon|sarah|laura|emma|chloe|ines|jeanne|helene|brigitte|segolene|"
     "ségolène|martin|hugo|lucas|leo|gabriel|arthur|raphael|adam|"
     "mohamed|mohammed|muhammad|ahmed|ali|hassan|hussein|omar|youssef|"
     "fatima|aicha|karim|rachid|said|abdel|abdelaziz|abdullah|"
     "john|james|robert|michael|william|richard|joseph|charles|"
     "christopher|matthew|anthony|mark|donald|steven|andrew|kenneth|"
     "joshua|kevin|brian|george|edward|ronald|timothy|jason|jeffrey|"
     "ryan|jacob|gary|nicholas|jonathan|stephen|larry|justin|scott|"
     "brandon|benjamin|samuel|gregory|frank|alexander|raymond|patrick|"
     "jack|dennis|jerry|tyler|aaron|jose|henry|adam|douglas|nathan|"
     "peter|zachary|kyle|walter|harold|jeremy|ethan|carl|keith|roger|"
     "gerald|christian|terry|sean|arthur|austin|noah|lawrence|jesse|"
     "joe|bryan|billy|jordan|albert|dylan|bruce|willie|gabriel|alan|"
     "juan|logan|wayne|ralph|roy|eugene|randy|vincent|russell|louis|"
     "philip|bobby|johnny|bradley|barack|hillary|bill|tony|mary|"
     "patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|"
     "karen|nancy|lisa|betty|margaret|sandra|ashley|kimberly|emily|"
     "donna|michelle|dorothy|carol|amanda|melissa|deborah|stephanie|"
     "rebecca|sharon|laura|cynthia|kathleen|amy|shirley|angela|helen|"
     "anna|brenda|pamela|nicole|emma|samantha|katherine|christine|"
     "debra|rachel|catherine|carolyn|janet|ruth|maria|heather|diane|"
     "virginia|julie|joyce|victoria|olivia|kelly|christina|lauren|joan|"
     "evelyn|judith|megan|cheryl|andrea|hannah|martha|jacqueline|"
     "frances|gloria|ann|teresa|kathryn|sara|janice|jean|alice|"
     "madison|doris|abigail|julia|judy|grace|denise|amber|marilyn|"
     "beverly|danielle|theresa|sophia|marie|diana|brittany|natalie|"
     "isabella|charlotte|rose|alexis|kayla|lindsay|tara|britney|"
     "angela|angelina|nicolas|vladimir|dmitri|dmitry|sergei|serguei|"
     "sergey|igor|ivan|alexei|alexeï|alexey|mikhail|mikhaïl|boris|"
     "nikolai|nikolaï|viktor|victor|yuri|iouri|oleg|andrei|andreï|"
     "volodymyr|olena|natalia|olga|tatiana|svetlana|irina|elena|"
     "xi|li|wang|zhang|kim|park|lee|moon|shinzo|fumio|narendra|recep|"
     "benjamin|angela|olaf|giorgia|silvio|matteo|emmanuel|pedro|"
     "luiz|jair|hugo|nicolas|fidel|raul|carlos|miguel|jorge|luis|"
     "manuel|antonio|francisco|javier|rafael|fernando|ricardo|diego|"
     "alejandro|pablo|sergio|andres|eduardo|roberto|ingrid|clara|"
     "juan|marco|giuseppe|giovanni|francesco|luca|alessandro|hans|"
     "klaus|wolfgang|helmut|gerhard|friedrich|karl|heinrich|jurgen|"
     "ursula|jens|lars|anders|erik|nils|sven|ahmad|mahmoud|bachar|"
     "bashar|recep|abdel|fatah|ismail|yahya|khaled|osama|ayman|"
     "nelson|jacob|cyril|paul|kofi|ban|antonio|tedros|jens|"
     "lindsay|mel|tom|brad|angelina|jennifer|leonardo|kanye|taylor"},
    /* countries, capitals, big cities and regions, French and English */
    {LX_LOC, ANY, "france|paris|lyon|marseille|toulouse|nice|nantes|strasbourg|"
             "bordeaux|lille|rennes|montpellier|corse|bretagne|normandie|"
             "alsace|provence|ile-de-france|europe|afrique|africa|asie|asia|"
             "amerique|america|oceanie|oceania|antarctique|antarctica|"
             "extreme-orient|moyen-orient|proche-orient|middle east|far east|"
             "occident|orient|maghreb|sahel|balkans|caucase|caucasus|"
             "allemagne|germany|berlin|munich|royaume-uni|united kingdom|uk|"
             "grande-bretagne|great britain|britain|angleterre|england|londres|"
             "london|ecosse|scotland|irlande|ireland|dublin|espagne|spain|"
             "madrid|barcelone|barcelona|portugal|lisbonne|lisbon|italie|italy|"
             "rome|milan|naples|suisse|switzerland|geneve|geneva|berne|bern|"
             "zurich|belgique|belgium|bruxelles|brussels|pays-bas|netherlands|"
             "amsterdam|la haye|the hague|luxembourg|autriche|austria|vienne|"
             "vienna|pologne|poland|varsovie|warsaw|grece|greece|athenes|"
             "athens|turquie|turkey|turkiye|ankara|istanbul|russie|russia|"
             "moscou|moscow|saint-petersbourg|st petersburg|ukraine|kiev|kyiv|"
             "kharkiv|odessa|crimee|crimea|donbass|donbas|bielorussie|belarus|"
             "minsk|suede|sweden|stockholm|norvege|norway|oslo|danemark|"
             "denmark|copenhague|copenhagen|finlande|finland|helsinki|"
             "hongrie|hungary|budapest|roumanie|romania|bucarest|bucharest|"
             "bulgarie|bulgaria|serbie|serbia|belgrade|croatie|croatia|"
             "bosnie|bosnia|kosovo|albanie|albania|tchequie|czech republic|"
             "prague|slovaquie|slovakia|moldavie|moldova|georgie|georgia|"
             "armenie|armenia|azerbaidjan|azerbaijan|kazakhstan|ouzbekistan|"
             "uzbekistan|etats-unis|united states|usa|us|u.s|amerique|"
             "washington|new york|los angeles|chicago|houston|boston|miami|"
             "san francisco|seattle|californie|california|texas|floride|"
             "florida|canada|ottawa|montreal|quebec|toronto|vancouver|"
             "mexique|mexico|bresil|brazil|brasilia|rio de janeiro|sao paulo|"
             "argentine|argentina|buenos aires|chili|chile|santiago|perou|peru|"
             "lima|colombie|colombia|bogota|venezuela|caracas|cuba|la havane|"
             "havana|haiti|bolivie|bolivia|equateur|ecuador|uruguay|paraguay|"
             "chine|china|pekin|beijing|shanghai|hong kong|taiwan|taipei|"
             "japon|japan|tokyo|coree|korea|coree du nord|north korea|"
             "coree du sud|south korea|seoul|pyongyang|rpdc|dprk|inde|india|"
             "new delhi|delhi|bombay|mumbai|pakistan|islamabad|afghanistan|"
             "kaboul|kabul|iran|teheran|tehran|irak|iraq|bagdad|baghdad|"
             "syrie|syria|damas|damascus|alep|aleppo|liban|lebanon|beyrouth|"
             "beirut|israel|jerusalem|tel-aviv|tel aviv|gaza|cisjordanie|"
             "west bank|palestine|jordanie|jordan|amman|egypte|egypt|le caire|"
             "cairo|arabie saoudite|saudi arabia|riyad|riyadh|yemen|qatar|"
             "doha|emirats arabes unis|united arab emirates|dubai|koweit|"
             "kuwait|libye|libya|tripoli|tunisie|tunisia|tunis|algerie|"
             "algeria|alger|algiers|maroc|morocco|rabat|casablanca|mali|"
             "bamako|niger|niamey|nigeria|abuja|lagos|senegal|dakar|"
             "cote d'ivoire|ivory coast|abidjan|cameroun|cameroon|tchad|chad|"
             "soudan|sudan|khartoum|ethiopie|ethiopia|kenya|nairobi|somalie|"
             "somalia|afrique du sud|south africa|congo|rwanda|kigali|"
             "madagascar|australie|australia|sydney|canberra|melbourne|"
             "nouvelle-zelande|new zealand|indonesie|indonesia|jakarta|"
             "philippines|manille|manila|vietnam|viet nam|hanoi|thailande|"
             "thailand|bangkok|malaisie|malaysia|singapour|singapore|"
             "birmanie|myanmar|cambodge|cambodia|bangladesh|sri lanka|nepal|"
             "mongolie|mongolia|siberie|siberia|vladivostok|arctique|arctic|"
             "pacifique|pacific|atlantique|atlantic|mediterranee|"
             "mediterranean|manche|alpes|alps|sahara|hawaii|alaska|guyane|"
             "martinique|guadeloupe|la reunion|reunion|nouvelle-caledonie|"
             "vatican|monaco|andorre|andorra|islande|iceland|chypre|cyprus|"
             "malte|malta|estonie|estonia|lettonie|latvia|lituanie|lithuania|"
             "slovenie|slovenia|kurdistan|tibet|xinjiang|tchetchenie|chechnya"},
};


/* One map from the folded word's hash to its LX_* bits in each language
 * class, packed in the value: French in bits 0-23, English in 24-47,
 * OTHER in 48-63 (the classes OTHER reads are all below LX_DET, 1 << 16:
 * lex_put checks it). One map, not one a class: a word is put and found
 * once, whatever the classes it holds in (three maps cost a digest of
 * one story 0.5% more to build). */
static rcp__map lex_map;
static int lex_ready;
static const unsigned lex_shift[3] = {[RCP_LC_OTHER] = 48, [RCP_LC_EN] = 24,
                                      [RCP_LC_FR] = 0};

/* Add classes cls to word hash h for the language classes langs. */
static int lex_put(unsigned langs, uint64_t h, uint32_t cls)
{
    uint64_t *v = rcp__map_put(&lex_map, h);
    if (!v)
        return RCP_ENOMEM;
    assert(!(langs & OTHER) || cls < (1u << 16));
    for (int lc = 0; lc < 3; lc++)
        if (langs >> lc & 1)
            *v |= (uint64_t)cls << lex_shift[lc];
    return 0;
}

int rcp__lex_init(void)
{
    if (lex_ready)
        return 0;
    for (size_t i = 0; i < RCP_ARRAY_SIZE(lists); i++) {
        const char *p = lists[i].words;
        while (*p) {
            const char *e = strchr(p, '|');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (n && lex_put(lists[i].langs, rcp__hash(p, n, 0), lists[i].cls))
                return RCP_ENOMEM;
            p += n + (e ? 1 : 0);
        }
    }
    /* the weekday names of the calendar (text/): weekdays, and in French
     * and English words skipped between a verb and its subject; text of
     * another class reads the names of the other languages of the table
     * (none is a name of French or English, nor a day of two languages),
     * and their month names as LX_MONTH: which one is a month in a
     * given language rcp__tok_month says */
    for (size_t i = 0; i < rcp__nweekday_names; i++) {
        const rcp__month_name *e = &rcp__weekday_names[i];
        if (e->langs & RCP__CAL_ABBR)
            continue;
        uint64_t h = rcp__hash(e->name, strlen(e->name), 0);
        int rc = e->langs & (RCP__CAL_FR | RCP__CAL_EN)
                     ? lex_put(FR | EN, h,
                               LX_WEEKDAY | LX_ADV |
                                   (e->langs & RCP__CAL_EN ? LX_EN : 0))
                     : lex_put(OTHER, h, LX_WEEKDAY);
        if (rc)
            return rc;
    }
    const unsigned other_cal = RCP__CAL_DE | RCP__CAL_ES | RCP__CAL_IT |
                               RCP__CAL_PT | RCP__CAL_NL | RCP__CAL_MS;
    for (size_t i = 0; i < rcp__nmonth_names; i++) {
        const rcp__month_name *e = &rcp__month_names[i];
        if ((e->langs & RCP__CAL_ABBR) || !(e->langs & other_cal) ||
            (e->name[0] & 0x80))
            continue;
        if (lex_put(OTHER, rcp__hash(e->name, strlen(e->name), 0), LX_MONTH))
            return RCP_ENOMEM;
    }
    lex_ready = 1;
    return 0;
}

uint32_t rcp__lex(rcp_lang_class lc, const char *w, size_t n)
{
    if (!n)
        return 0;
    return rcp__lex_hash(lc, rcp__hash(w, n, 0));
}

rcp__wmemo rcp__lex_memo[3][RCP__LEX_MEMO];

uint32_t rcp__lex_hash_slow(rcp_lang_class lc, uint64_t h)
{
    if (!lex_ready)
        return 0; /* nothing is remembered before: the memo stays empty */
    rcp__wmemo *m = rcp__wmemo_at(rcp__lex_memo[lc], RCP__LEX_MEMO, h);
    const uint64_t *v = rcp__map_get(&lex_map, h);
    m->h = h;
    m->v = v ? (uint32_t)(*v >> lex_shift[lc]) & 0xffffffu : 0;
    return m->v;
}

/* Any language's name: the class's table decides which words are
 * weekdays (LX_WEEKDAY), and no two languages name days alike. */
int rcp__lex_weekday(const char *w, size_t n)
{
    return rcp__weekday_in(w, n, ~(unsigned)RCP__CAL_ABBR);
}

/* ---- reporting verbs beyond the list: WordNet and verbiste ----
 *
 * French: the infinitives of the verbs of saying (the general class of
 * "verbes introducteurs de discours", not words met in any corpus), any
 * form of which verbiste's conjugation tables lead back to (concède,
 * supputait, évoquant, confiait). English: a verb whose most frequent
 * sense is in WordNet's verb.communication. */
static const char say_fr[] =
    "accuser|affirmer|ajouter|alarmer|analyser|annoncer|arguer|argumenter|"
    "asséner|assurer|attester|avancer|avertir|avouer|brocarder|certifier|"
    "clamer|claironner|commenter|concéder|conclure|condamner|confesser|"
    "confier|confirmer|considérer|constater|contester|critiquer|décrire|"
    "déclarer|démentir|dénoncer|déplorer|détailler|dire|écrire|écrier|"
    "enchaîner|énoncer|énumérer|estimer|étonner|évoquer|exclamer|exhorter|"
    "expliquer|exposer|féliciter|fustiger|garantir|glisser|implorer|"
    "indiquer|indigner|inquiéter|insister|insurger|interroger|ironiser|"
    "jurer|lâcher|marteler|mentionner|menacer|murmurer|narrer|nier|noter|"
    "nuancer|objecter|observer|offusquer|opiner|plaider|plaindre|"
    "plaisanter|préciser|prédire|prévenir|proclamer|promettre|pronostiquer|"
    "proposer|protester|raconter|railler|rappeler|rapporter|réagir|"
    "réclamer|reconnaître|regretter|réjouir|relater|relever|renchérir|"
    "répéter|répliquer|répondre|résumer|rétorquer|révéler|rugir|saluer|"
    "signaler|souffler|souhaiter|souligner|soupirer|soutenir|suggérer|"
    "supplier|supputer|témoigner|tempérer|tonner|trancher|tweeter";

static rcp__map say_cache; /* hash of lang + word -> 1 + answer */
static rcp__map say_fr_set;
static int say_ready;

int rcp__say_lexicon(rcp_lang_class lc, const char *w, size_t n)
{
    int en = lc == RCP_LC_EN;
    if (lc == RCP_LC_OTHER || n == 0 || n > 64)
        return 0;
    if (!say_ready) {
        say_ready = 1;
        rcp__map_init(&say_cache);
        rcp__map_init(&say_fr_set);
        for (const char *a = say_fr; *a;) {
            const char *b = strchr(a, '|');
            size_t l = b ? (size_t)(b - a) : strlen(a);
            if (!rcp__map_put(&say_fr_set, rcp__hash(a, l, 0)))
                return 0;
            a += l + (b != NULL);
        }
    }
    /* the answers of another lexicon (RECOUPE_LEXICON changed, tests)
     * are other keys */
    uint64_t h = rcp__hash_in(w, n, en ? 21 : 22) ^
                 rcp__mix64(rcp__lexicon_generation() + 1);
    uint64_t *v = rcp__map_get(&say_cache, h);
    if (v)
        return (int)*v - 1;
    int says = 0;
    if (en)
        says = rcp__lexicon_verb_file(w, n, 32);
    else {
        /* s'exclame, s’écrie: the verb after the pronoun */
        if (n > 2 && w[0] == 's' && w[1] == '\'')
            w += 2, n -= 2;
        char buf[512];
        size_t k = rcp__lexicon_lemmas(RCP_LC_FR, w, n, buf, sizeof buf, 8);
        const char *l = buf;
        for (size_t i = 0; i < k && !says; i++) {
            size_t ll = strlen(l);
            says = rcp__map_get(&say_fr_set, rcp__hash(l, ll, 0)) != NULL;
            l += ll + 1;
        }
    }
    v = rcp__map_put(&say_cache, h);
    if (v)
        *v = (uint64_t)says + 1;
    return says;
}
