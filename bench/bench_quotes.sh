#!/bin/sh
# bench/bench_quotes.sh - quotes in big stories: no quadratic cliff.
#
#   sh bench/bench_quotes.sh [RECOUPE]
#
# Makes two synthetic French inputs in a temporary directory (python3):
# many.jsonl, 3,000 articles quoting the same two sentences (6,000 quotes,
# one of them the same words everywhere), and big.jsonl, one 2.1 MB
# article of 20,000 different quotes; then times `recoupe digest --single`
# on each (/usr/bin/time: wall s, peak KB) and prints the number of quotes
# and the support of the first one.
set -eu
RECOUPE=${1:-build/recoupe}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP" <<'PY'
import json, random, sys
d = sys.argv[1]
random.seed(1)
words = ("pont route école hôpital budget impôt ville région maire projet "
         "travaux conseil habitants quartier rivière forêt usine emploi "
         "salaire grève").split()
with open(d + "/many.jsonl", "w") as f:
    for i in range(3000):
        t = ("Le maire Paul Durand a parlé lundi.\n« Nous allons reconstruire "
             "le pont avant l'hiver et rouvrir la route », a déclaré Paul "
             "Durand.\n« Le budget de la ville %d sera voté en mars », "
             "a-t-il ajouté." % i)
        f.write(json.dumps({"id": "a%d" % i, "lang": "fr", "text": t},
                           ensure_ascii=False) + "\n")
paras = ["« %s numéro %d », a déclaré Paul Durand."
         % (" ".join(random.choice(words) for _ in range(8)), i)
         for i in range(20000)]
with open(d + "/big.jsonl", "w") as f:
    f.write(json.dumps({"id": "big", "lang": "fr", "text": "\n".join(paras)},
                       ensure_ascii=False) + "\n")
PY
for f in many big; do
    /usr/bin/time -f "$f: %e s wall, %M KB peak" \
        "$RECOUPE" digest --single --format json "$TMP/$f.jsonl" >"$TMP/$f.out"
    python3 -c 'import json,sys
q = json.load(open(sys.argv[1]))["stories"][0]["quotes"]
print("  %d quotes; the first: %d articles, %s" % (len(q), len(q[0]["support"]), q[0]["speaker"]))' "$TMP/$f.out"
done
