#!/bin/sh
# bench/bench_html.sh - article extraction from web pages, one core: the
# 181 scrapinghub pages (decompressed first, so gunzip is not timed), each
# extracted ROUNDS times by tools/html_extract -q (rcp__html_extract
# alone), then once through `recoupe extract` when it reads HTML.
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
    read -r wall user sys rss <"$TMP/time"
    awk -v l="$label" -v n="$((pages * ROUNDS))" -v b="$((bytes * ROUNDS))" \
        -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN {
        c = u + s
        if (c <= 0) c = 0.01
        printf "%-18s %5d pages %6.1f MB  %5.0f pages/s  %5.1f MB/s  (cpu %.2f s, wall %.2f s)  peak RSS %.0f MB\n",
               l, n, b / 1e6, n / c, b / 1e6 / c, c, w, m / 1024 }'
}
run "rcp__html_extract" taskset -c 0 "$TOOLS/html_extract" -q "$@" 2>/dev/null ||
    run "rcp__html_extract" "$TOOLS/html_extract" -q "$@"
printf '<p>%s</p>\n' "A probe page with a sentence long enough to be an article." >"$TMP/probe.htm"
if "$RECOUPE" extract "$TMP/probe.htm" 2>/dev/null | grep -q '"text"'; then
    ROUNDS=1
    run "recoupe extract" "$RECOUPE" extract "$TMP"
fi
