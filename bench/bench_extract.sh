#!/bin/sh
# bench/bench_extract.sh - throughput and peak memory of 'recoupe extract'
# on a large mixed French/English JSON Lines file (bench/make_mixed.sh),
# one core. Needs RECOUPE, DATA, OUT (set by bench/run.sh). BENCH_MB sets
# the size of the input (default 150).
set -eu
: "${RECOUPE:?}" "${DATA:?}" "${OUT:?}"
MB=${BENCH_MB:-150}
mkdir -p "$OUT"
IN=$OUT/mixed-$MB.jsonl
[ -s "$IN" ] || sh "$(dirname "$0")/make_mixed.sh" "$DATA" "$IN" "$MB"
bytes=$(wc -c <"$IN")
n=$(wc -l <"$IN")
# warm the page cache so the figure is the program, not the disk
cat "$IN" >/dev/null
t0=$(date +%s.%N)
/usr/bin/time -f %M -o "$OUT/extract.rss" taskset -c 0 "$RECOUPE" extract "$IN" >"$OUT/extract.jsonl" 2>"$OUT/extract.err" || true
t1=$(date +%s.%N)
rss=$(cat "$OUT/extract.rss")
out=$(wc -l <"$OUT/extract.jsonl")
awk -v b="$bytes" -v n="$n" -v o="$out" -v t0="$t0" -v t1="$t1" -v rss="$rss" 'BEGIN {
    s = t1 - t0
    printf "extract: %d articles (%d written), %.1f MB in %.2f s: %.1f MB/s, %.0f articles/s, peak RSS %.1f MB\n",
           n, o, b / 1e6, s, b / 1e6 / s, n / s, rss / 1024
}'
