#!/bin/sh
# bench/bench_html.sh - article extraction from web pages, one core: the
# 181 scrapinghub pages (decompressed first, so gunzip is not timed), each
# extracted ROUNDS times by tools/html_extract -q (rcp__html_extract
# alone), then once through `recoupe extract` and once through
# readability-lxml for comparison, both scored.
# Prints pages/s and MB/s per second of CPU time (user + system, one
# core: a loaded machine does not skew them), wall time, and peak RSS
# (/usr/bin/time -f %M).
set -u
SH=$DATA/extraction-dev/scrapinghub/html
ROUNDS=${ROUNDS:-5}
[ -d "$SH" ] || { echo "bench_html: no pages at '$SH'"; exit 0; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for f in "$SH"/*.html.gz; do
    b=$(basename "$f" .gz)
    gzip -dc "$f" >"$TMP/$b"
done
pages=$(ls "$TMP" | wc -l)
bytes=$(cat "$TMP"/*.html | wc -c)
set --
r=0
while [ $r -lt "$ROUNDS" ]; do
    for f in "$TMP"/*.html; do set -- "$@" "$f"; done
    r=$((r + 1))
done
run() { # label, command...
    label=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" >/dev/null 2>&1
    # the last line: GNU time puts "Command exited with non-zero status"
    # before it when some page was skipped
    read -r wall user sys rss <<EOF
$(tail -n 1 "$TMP/time")
EOF
    awk -v l="$label" -v n="$((pages * ROUNDS))" -v b="$((bytes * ROUNDS))" \
        -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN {
        c = u + s
        if (c <= 0) c = 0.01
        printf "%-18s %5d pages %6.1f MB  %5.0f pages/s  %5.1f MB/s  (cpu %.2f s, wall %.2f s)  peak RSS %.0f MB\n",
               l, n, b / 1e6, n / c, b / 1e6 / c, c, w, m / 1024 }'
}
run "rcp__html_extract" taskset -c 0 "$TOOLS/html_extract" -q "$@" 2>/dev/null ||
    run "rcp__html_extract" "$TOOLS/html_extract" -q "$@"
# Side by side, on the same pages: recoupe extract (extractor + cleaner)
# and readability-lxml (Debian's python3-readability, the peer the issue
# names), each timed and scored with tools/score_extract.
GT=$DATA/extraction-dev/scrapinghub/ground-truth.json
ROUNDS=1
run "recoupe extract" taskset -c 0 "$RECOUPE" extract -o "$TMP/recoupe.jsonl" "$TMP"
printf '%-18s %s\n' "  quality" "$("$TOOLS/score_extract" "$GT" "$TMP/recoupe.jsonl")"
PEER=bench/peer_readability.py
if /usr/bin/python3 -c 'import readability' 2>/dev/null; then
    run "readability-lxml" taskset -c 0 /usr/bin/python3 "$PEER" "$TMP/peer.jsonl" "$TMP"/*.html
    printf '%-18s %s\n' "  quality" "$("$TOOLS/score_extract" "$GT" "$TMP/peer.jsonl")"
else
    echo "readability-lxml: not installed (apt-get install python3-readability)"
fi
