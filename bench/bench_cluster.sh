#!/bin/sh
# bench/bench_cluster.sh - `recoupe cluster` throughput and peak memory on
# synthetic streams of 10k and 100k articles (and 1M with BENCH_BIG=1)
# built by bench/gen_corpus.py from the real articles in DATA, with the
# quality against the generator's story labels; then scikit-learn's
# TF-IDF + agglomerative baseline (bench/baseline_sklearn.py) at 10k for
# comparison; then the hostile input of bench/gen_cluster_hostile.py (short
# records from a small vocabulary: one giant topic) at 100k (and 1M with
# BENCH_BIG=1), time and memory only. Run by bench/run.sh with RECOUPE, TOOLS, DATA and OUT set.
#
# Throughput is for the whole process (reading, text analysis,
# clustering, writing): articles / wall-clock seconds, and articles / user
# CPU seconds, the figure to compare when the machine is shared. Peak memory is
# the maximum resident set size (/usr/bin/time -f %M). Generated corpora
# are kept in OUT and reused.
set -u
: "${RECOUPE:?}" "${TOOLS:?}" "${DATA:?}" "${OUT:?}"
PY=${PYTHON:-/usr/bin/python3}
SIZES="10000 100000"
[ -n "${BENCH_BIG:-}" ] && SIZES="$SIZES 1000000"
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
    echo "bench_cluster: /usr/bin/time is missing (apt-get install time): skipped"
    exit 0
fi

corpus() { # N: make $OUT/gen-N.jsonl and its gold once
    f=$OUT/gen-$1.jsonl
    if [ ! -s "$f" ] || [ ! -s "$OUT/gen-$1.tsv" ]; then
        "$PY" bench/gen_corpus.py -n "$1" --data "$DATA" -o "$f" \
            --gold "$OUT/gen-$1.tsv" --gold-dup "$OUT/gen-$1-dup.tsv" || return 1
    fi
}

# measure NAME N COMMAND...: one row (NAME "hostile ...": no quality)
measure() {
    name=$1 n=$2
    shift 2
    gold=$OUT/gen-$n.tsv
    case $name in hostile*) gold= ;; esac
    $TIME -f '%e %U %M' -o "$OUT/time" "$@" >"$OUT/result.jsonl" 2>"$OUT/stderr"
    rc=$? # 3: some articles skipped, the rest clustered
    if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
        echo "$name: failed (see $OUT/stderr)"
        sed -n '1,3s/^/  /p' "$OUT/stderr"
        return 1
    fi
    # time writes "Command exited with non-zero status 3" first
    read -r wall user rss <<EOF
$(tail -n 1 "$OUT/time")
EOF
    q=-
    if [ -n "$gold" ]; then
        # articles the reader skipped (a rewrite left with a date line
        # only) are left out of the labels, or nothing could be scored
        sed -n 's/^{"id": "\([^"]*\)".*/\1/p' "$OUT/result.jsonl" |
            awk 'NR == FNR { seen[$1] = 1; next } $1 in seen' - \
                "$gold" >"$OUT/gold.tsv"
        q=$("$TOOLS/score_cluster" "$OUT/result.jsonl" "$OUT/gold.tsv" x |
            awk '{ printf "%d/%d  %s", $4, $3, $NF }')
    fi
    awk -v name="$name" -v n="$n" -v w="$wall" -v u="$user" -v r="$rss" -v q="$q" 'BEGIN {
        printf "%-24s %9d %8.2f %8.2f %10.0f %10.0f %9.0f  %s\n", name, n, w,
               u, n / (w > 0 ? w : 0.01), n / (u > 0 ? u : 0.01), r / 1024, q }'
}

printf '%-24s %9s %8s %8s %10s %10s %9s  %s\n' system articles wall_s user_s \
    articles/s per_user_s peak_MB "stories(sys/gold)  B3-F1"
for n in $SIZES; do
    corpus "$n" || { echo "bench_cluster: cannot generate $n articles"; exit 1; }
    measure "recoupe cluster" "$n" "$RECOUPE" cluster "$OUT/gen-$n.jsonl"
    measure "recoupe cluster --stream" "$n" sh -c \
        "exec \"$RECOUPE\" cluster --stream < \"$OUT/gen-$n.jsonl\""
done
if "$PY" -c 'import sklearn' 2>/dev/null; then
    measure "sklearn tfidf+agglo" 10000 "$PY" bench/baseline_sklearn.py \
        "$OUT/gen-10000.jsonl"
else
    echo "sklearn tfidf+agglo: scikit-learn missing for $PY: skipped"
fi
HOSTILE="100000"
[ -n "${BENCH_BIG:-}" ] && HOSTILE="$HOSTILE 1000000"
for n in $HOSTILE; do
    f=$OUT/hostile-$n.jsonl
    [ -s "$f" ] || "$PY" bench/gen_cluster_hostile.py -n "$n" -o "$f" || exit 1
    measure "hostile cluster" "$n" "$RECOUPE" cluster "$f"
    measure "hostile --stream" "$n" sh -c \
        "exec \"$RECOUPE\" cluster --stream < \"$f\""
done
