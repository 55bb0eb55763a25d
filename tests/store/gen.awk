# gen.awk - N synthetic articles as JSON Lines, for the store tests:
# awk -v n=600 -v seed=1 -f gen.awk. Article i reports event i % (n/4):
# each event has its own names, place, figure and day; its articles
# retell it in different words from different outlets, and every tenth
# is a near copy of the first of its event (its text and a credit line).
function pick(a, k) { return a[1 + int(rand() * k)] }
BEGIN {
    srand(seed ? seed : 1)
    split("Alvarez Brennan Castillo Dubois Eriksen Fontaine Garnier Hoffmann Ivanova Jansen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quintana Rossi Schmidt Takahashi", fam, " ")
    split("Lyon Porto Gdansk Tampere Ghent Bilbao Brno Cork Split Graz Aarhus Bologna Lille Malmo Turku Utrecht Varna Zadar Kaunas Tartu", town, " ")
    split("bridge tunnel harbour stadium library hospital station museum dam airport", thing, " ")
    split("collapsed flooded reopened burned closed", verb, " ")
    split("reuters.example apnews.example lemonde.example bbc.example elpais.example spiegel.example", outlet, " ")
    nev = int(n / 4); if (nev < 1) nev = 1
    for (e = 0; e < nev; e++) {
        P[e] = fam[1 + (e * 7) % 20] "-" fam[1 + (e * 13 + 3) % 20] e
        T[e] = town[1 + (e * 3) % 20] e
        O[e] = thing[1 + e % 10]
        V[e] = verb[1 + e % 5]
        F[e] = 10 + (e * 37) % 900
        D[e] = sprintf("2024-%02d-%02d", 1 + (e % 12), 1 + (e * 5) % 28)
    }
    for (i = 0; i < n; i++) {
        e = i % nev
        if (i >= nev && i % 10 == 0) {
            text = first[e] "(Copyright AFP " i ".)"
        } else {
            text = sprintf("The %s in %s %s on Tuesday, officials said, and %d people were moved to safety. Mayor %s told reporters that engineers from %s would inspect the %s before any decision. ", O[e], T[e], V[e], F[e], P[e], T[e], O[e])
            text = text sprintf("Witnesses in %s described the scene to our reporter number %d-%d. %s said the city council of %s will meet again on Friday to discuss the %s. ", T[e], seed, i, P[e], T[e], O[e])
            if (!(e in first)) first[e] = text
        }
        printf("{\"id\": \"a%05d\", \"source\": \"%s\", \"url\": \"https://%s/n/%d\", \"date\": \"%s\", \"title\": \"%s: the %s %s\", \"text\": \"%s\"}\n", i, outlet[1 + i % 6], outlet[1 + i % 6], i, D[e], T[e], O[e], V[e], text)
    }
}
