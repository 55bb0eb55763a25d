#!/bin/sh
# tools/eval/cluster.sh - story clustering quality: `recoupe cluster` on
# ECB+ (English, 40 events), RPM2 (French, 20 events in 10 topics), and the
# five seed articles mixed into RPM2, scored by tools/score_cluster
# (pairwise and BCubed; definitions in src/eval/score.h). Run by
# tools/eval.sh with RECOUPE, TOOLS and DATA set. Exits 0 with a message
# when `recoupe cluster` is not implemented yet; 1 when it runs but its
# output cannot be scored.
set -u
: "${RECOUPE:?}" "${TOOLS:?}" "${DATA:?}"
SEEDS=examples/seeds
[ -d "$SEEDS" ] || SEEDS=$DATA/../seeds
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
TIMEOUT=
command -v timeout >/dev/null 2>&1 && TIMEOUT="timeout 1800"

# cluster OUT INPUT...: run `recoupe cluster`; 0 when it wrote something.
# Exit status 3 (some inputs skipped) still counts as output: the scorer
# then names the missing articles.
cluster() {
    out=$1
    shift
    $TIMEOUT "$RECOUPE" cluster "$@" >"$out" 2>"$TMP/stderr"
    rc=$?
    if [ ! -s "$out" ] || { [ $rc -ne 0 ] && [ $rc -ne 3 ]; }; then
        echo "cluster: \`recoupe cluster\` is not implemented yet (exit status $rc, $(wc -l <"$out") lines of output): skipped"
        sed -n '1,3s/^/  stderr: /p' "$TMP/stderr"
        return 1
    fi
    [ $rc -eq 3 ] && sed -n '1,5s/^/  skipped: /p' "$TMP/stderr"
    return 0
}

if [ ! -x "$RECOUPE" ]; then
    echo "cluster: no program at '$RECOUPE' (run make): skipped"
    exit 0
fi

status=0
# row SYSTEM GOLD NAME TARGET: one table row with its target beside it
row() {
    if r=$("$TOOLS/score_cluster" "$1" "$2" "$3"); then
        printf '%s  %s\n' "$r" "$4"
    else
        echo "$3: cannot be scored (see above)"
        status=1
    fi
}

ecb=$DATA/ecbplus-dev
rpm=$DATA/rpm2-cluster-dev
cluster "$TMP/ecb.jsonl" "$ecb/articles.jsonl" || exit 0

# The seeds mixed into the French set: five chunks of 40 RPM2 articles,
# a seed after each, so an incremental clusterer meets them among the rest.
split -l 40 "$rpm/articles.jsonl" "$TMP/chunk."
set --
i=0
for seed in "$SEEDS"/*.txt; do
    i=$((i + 1))
    chunk=$(ls "$TMP"/chunk.* | sed -n "${i}p")
    [ -n "$chunk" ] && set -- "$@" "$chunk"
    set -- "$@" "$seed"
done
for chunk in $(ls "$TMP"/chunk.* | sed -n "$((i + 1)),\$p"); do
    set -- "$@" "$chunk"
done
# Gold: the seeds are one story of their own; RPM2 articles keep their event.
for seed in "$SEEDS"/*.txt; do
    id=$(basename "$seed" .txt)
    printf '%s\tseeds\n' "$id"
done >"$TMP/gold-mixed.tsv"
cat "$rpm/gold-event.tsv" >>"$TMP/gold-mixed.tsv"

cluster "$TMP/rpm.jsonl" "$rpm/articles.jsonl" || exit 0
cluster "$TMP/mixed.jsonl" "$@" || exit 0
cluster "$TMP/seeds.jsonl" "$SEEDS" || exit 0

"$TOOLS/score_cluster" --header | sed 's/$/  target/'
row "$TMP/ecb.jsonl" "$ecb/gold.tsv" "ecb+ dev (event)" "B3-F >= 0.90"
row "$TMP/ecb.jsonl" "$ecb/gold-topic.tsv" "ecb+ dev (topic, diagnosis)" "-"
row "$TMP/rpm.jsonl" "$rpm/gold-event.tsv" "rpm2 dev (event)" "B3-F >= 0.75"
row "$TMP/rpm.jsonl" "$rpm/gold-topic.tsv" "rpm2 dev (topic)" "B3-F >= 0.95"
row "$TMP/mixed.jsonl" "$TMP/gold-mixed.tsv" "seeds + rpm2 (event)" "-"

# The seeds on their own terms: how many stories they form, and how many
# RPM2 articles were put into those stories.
story_of() { # "id story" per line of a cluster output
    sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$1" >"$TMP/ids"
    sed -n 's/.*"story" *: *"\{0,1\}\([^",}]*\).*/\1/p' "$1" >"$TMP/stories"
    paste -d ' ' "$TMP/ids" "$TMP/stories"
}
story_of "$TMP/mixed.jsonl" >"$TMP/mixed.pairs"
for seed in "$SEEDS"/*.txt; do
    id=$(basename "$seed" .txt)
    awk -v id="$id" '$1 == id { print $2 }' "$TMP/mixed.pairs"
done | sort -u >"$TMP/seed-stories"
nseed=$(wc -l <"$TMP/seed-stories")
intruders=$(awk 'NR == FNR { s[$1] = 1; next } ($2 in s) { n++ } END { print n + 0 }' \
    "$TMP/seed-stories" "$TMP/mixed.pairs")
intruders=$((intruders - $(ls "$SEEDS"/*.txt | wc -l)))
alone=$(story_of "$TMP/seeds.jsonl" | awk '{ print $2 }' | sort -u | wc -l)
echo
printf 'seeds alone:     %d stories for the 5 seed articles (target 1)\n' "$alone"
printf 'seeds in rpm2:   %d stories for the 5 seed articles (target 1), %d RPM2 articles in them (target 0)\n' \
    "$nseed" "$intruders"
exit $status
