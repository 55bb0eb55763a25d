#!/bin/sh
# bench/bench_html.sh - article extraction from web pages, one core: the
# 181 scrapinghub pages and the 711 wcxb-dev pages (decompressed first, so
# gunzip is not timed), each extracted ROUNDS times by tools/html_extract
# -q (rcp__html_extract alone), then once through `recoupe extract` and,
# on scrapinghub (PEER_WCXB=1: on wcxb-dev too), once through
# readability-lxml for comparison, all scored.
# Prints pages/s and MB/s per second of CPU time (user + system, one
# core: a loaded machine does not skew them), wall time, and peak RSS
# (/usr/bin/time -f %M).
set -u
ROUNDS=${ROUNDS:-5}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
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
# one set: name, its html directory, its gold, score_extract's options
bench_set() {
    name=$1 src=$2 gt=$3 opts=$4 peer=$5
    [ -d "$src" ] || { echo "bench_html: no pages at '$src'"; return; }
    D=$TMP/$name
    mkdir -p "$D"
    for f in "$src"/*.html.gz; do
        b=$(basename "$f" .gz)
        gzip -dc "$f" >"$D/$b"
    done
    pages=$(ls "$D" | wc -l)
    bytes=$(cat "$D"/*.html | wc -c)
    echo "-- $name"
    set --
    r=0
    while [ $r -lt "$ROUNDS" ]; do
        for f in "$D"/*.html; do set -- "$@" "$f"; done
        r=$((r + 1))
    done
    rounds=$ROUNDS
    run "rcp__html_extract" taskset -c 0 "$TOOLS/html_extract" -q "$@" 2>/dev/null ||
        run "rcp__html_extract" "$TOOLS/html_extract" -q "$@"
    # Side by side, on the same pages: recoupe extract (extractor +
    # cleaner) and readability-lxml (Debian's python3-readability, the
    # peer the issue names), each timed and scored with score_extract.
    ROUNDS=1
    run "recoupe extract" taskset -c 0 "$RECOUPE" extract -o "$TMP/recoupe.jsonl" "$D"
    printf '%-18s %s\n' "  quality" "$("$TOOLS/score_extract" $opts "$gt" "$TMP/recoupe.jsonl")"
    PEER=bench/peer_readability.py
    if [ "$peer" = 1 ] && /usr/bin/python3 -c 'import readability' 2>/dev/null; then
        run "readability-lxml" taskset -c 0 /usr/bin/python3 "$PEER" "$TMP/peer.jsonl" "$D"/*.html
        printf '%-18s %s\n' "  quality" "$("$TOOLS/score_extract" $opts "$gt" "$TMP/peer.jsonl")"
    elif [ "$peer" = 1 ]; then
        echo "readability-lxml: not installed (apt-get install python3-readability)"
    fi
    ROUNDS=$rounds
}
X=$DATA/extraction-dev
bench_set scrapinghub "$X/scrapinghub/html" "$X/scrapinghub/ground-truth.json" "" 1
bench_set wcxb-dev "$X/wcxb-dev/html" "$X/wcxb-dev" "-n 1" "${PEER_WCXB:-0}"
