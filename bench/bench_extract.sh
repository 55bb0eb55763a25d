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
# one core; CPU time (user + system) as well as wall time, since the
# machine may be shared: MB/s is given for both
/usr/bin/time -f '%e %U %S %M' -o "$OUT/extract.time" \
    taskset -c 0 "$RECOUPE" extract "$IN" >"$OUT/extract.jsonl" \
    2>"$OUT/extract.err" || true
out=$(wc -l <"$OUT/extract.jsonl")
skipped=$(wc -l <"$OUT/extract.err")
tail -n 1 "$OUT/extract.time" | awk -v b="$bytes" -v n="$n" -v o="$out" \
    -v sk="$skipped" '{
    cpu = $2 + $3
    printf "extract: %d records, %d written, %d reported; %.1f MB\n", n, o, sk, b / 1e6
    printf "  wall %.2f s: %.1f MB/s; cpu %.2f s: %.1f MB/s, %.0f articles/s; peak RSS %.1f MB\n",
           $1, b / 1e6 / $1, cpu, b / 1e6 / cpu, n / cpu, $4 / 1024
}'
