#!/bin/sh
# tools/eval/claims.sh - cross-checking quality of `recoupe digest` on the
# hand-made claim gold of ../shared/data/claims-dev (4 French RPM2 clusters
# T0x, 3 English ECB+ clusters ecb_), scored by its own scorer, score.py
# (figures defined in claims-dev/README.md: claim recall, precision, link
# precision, J, conflicts shown, quotes found and with the right speaker).
#
# One line per set of clusters: all of them, each language, and the two
# halves of the development clusters (A: the 1st, 3rd... cluster of each
# language in gold order; B: the 2nd, 4th...), each half also per
# language. Thresholds are chosen over all clusters; a figure that holds on
# one half only is overfitted (the held-out check is of the same kind).
# Run by tools/eval.sh with RECOUPE and DATA set. Exits 0 with a message
# when the data or python3 is missing.
set -u
: "${RECOUPE:?}" "${DATA:?}"
DIR=$DATA/claims-dev
if [ ! -f "$DIR/gold.json" ] || [ ! -f "$DIR/score.py" ]; then
    echo "claims: no gold at '$DIR': skipped"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "claims: python3 is needed by the scorer: skipped"
    exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# gold files of each set: NAME.json holds the clusters of the set
python3 - "$DIR/gold.json" "$TMP" <<'EOF' || exit 1
import json, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
def lang(c):
    return "en" if c["cluster"].startswith("ecb_") else "fr"
rank = {}
half = {}
for c in gold["clusters"]:
    l = lang(c)
    rank[l] = rank.get(l, 0) + 1
    half[c["cluster"]] = "A" if rank[l] % 2 == 1 else "B"
sets = [("all", lambda c: True),
        ("fr", lambda c: lang(c) == "fr"),
        ("en", lambda c: lang(c) == "en"),
        ("A", lambda c: half[c["cluster"]] == "A"),
        ("B", lambda c: half[c["cluster"]] == "B")]
for h in "AB":
    for l in ("fr", "en"):
        sets.append((h + "-" + l, lambda c, h=h, l=l:
                     half[c["cluster"]] == h and lang(c) == l))
names = []
for name, keep in sets:
    cl = [c for c in gold["clusters"] if keep(c)]
    if not cl:
        continue
    json.dump({"clusters": cl}, open(f"{out}/{name}.json", "w"))
    names.append(name + ":" + ",".join(c["cluster"] for c in cl))
open(f"{out}/sets", "w").write("\n".join(names) + "\n")
EOF

status=0
echo "score.py on claims-dev (halves: A = 1st, 3rd... cluster of each language, B = the others)"
printf '%-5s %-6s %-9s %-7s %-9s %-9s %-6s %-9s %-7s %-7s %s\n' \
    set claims recall prec link_prec J conf flagged quotes speaker clusters
while IFS=: read -r name clusters; do
    line=$(python3 "$DIR/score.py" --bin "$RECOUPE" --gold "$TMP/$name.json" \
        --root "$DATA" 2>&1 | tail -n 1)
    case $line in
    claims:*) ;;
    *)
        echo "claims: $name: the scorer failed: $line" >&2
        status=1
        continue
        ;;
    esac
    # claims: clusters=N claims=f/n recall=R precision=P link_prec=L J=J
    #         conflicts=k/m flagged=F quotes=q/n speaker=s/n
    echo "$line" | awk -v set="$name" -v cl="$clusters" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%-5s %-6s %-9s %-7s %-9s %-9s %-6s %-9s %-7s %-7s %s\n", set,
            v["claims"], v["recall"], v["precision"], v["link_prec"], v["J"],
            v["conflicts"], v["flagged"], v["quotes"], v["speaker"], cl
    }'
done <"$TMP/sets"
echo "targets (held-out, each language): recall >= 0.80, link_prec >= 0.95"

# The seeds (examples/seeds, five French articles) against the claims of
# issue 10's "done when", read by hand into tools/eval/seeds-gold.json in
# claims-dev's format: the gifts, the invitation, the visit going on,
# Komsomolsk, Vostochny and the train each one fact with every article that
# states it; the drones, the vest, the bombers and the handshake unique;
# Peskov's quotes attributed; the 2023-10 / 2023-09 publication dates a
# conflict (a value of the articles' dates, not of their text, so the
# gold's --check-gold reports those two values as missing from the text).
# The claims the line names carry "strict", checked by seeds_check.py.
SEEDS=examples/seeds
if [ -d "$SEEDS" ]; then
    "$RECOUPE" extract "$SEEDS" >"$TMP/seeds.jsonl" 2>/dev/null
    line=$(python3 "$DIR/score.py" --bin "$RECOUPE" \
        --gold tools/eval/seeds-gold.json --root "$TMP" 2>&1 | tail -n 1)
    echo "seeds: ${line#claims: }"
    python3 "$DIR/score.py" --bin "$RECOUPE" --gold tools/eval/seeds-gold.json \
        --root "$TMP" --verbose 2>&1 | grep -E 'missed=.[^]]|extra=.[^]]|NOT FOUND|MISSED|WRONG|MISSING' |
        sed 's/^ *seeds /  seeds: /'
    # the line as the issue writes it: each named claim one fact with
    # exactly the articles that state it and said once in the summary,
    # the unique ones unique (score.py above is lenient: best item)
    python3 tools/eval/seeds_check.py --bin "$RECOUPE" \
        --gold tools/eval/seeds-gold.json --root "$TMP" \
        --score "$DIR/score.py" | grep -v '^  ok' || status=1
fi
exit $status
