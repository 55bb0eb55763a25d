#!/bin/sh
# bench/bench_hostile.sh - time per hostile page of at most 8 MiB, one
# core: bench/gen_hostile.py writes the pages (generated here, never
# committed), tools/html_extract reads each one alone. Prints the CPU time
# (user + system) of each page and the worst; the issue's bound is 1 s.
set -u
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 bench/gen_hostile.py "$TMP" || exit 2
worst=0
for f in "$TMP"/*.html; do
    /usr/bin/time -f '%U %S' -o "$TMP/time" \
        taskset -c 0 "$TOOLS/html_extract" -q "$f" 2>"$TMP/err" >/dev/null
    read -r u s <"$TMP/time" 2>/dev/null || { u=0; s=0; }
    lim=$(grep -o 'warning: .*' "$TMP/err" | sed "s|'[^']*': ||" | head -1)
    t=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    printf '%-14s %6.1f MB  cpu %5s s  %s\n' "$(basename "$f" .html)" \
        "$(($(wc -c <"$f") / 1000))e-3" "$t" "${lim:-(no limit hit)}"
    worst=$(awk -v a="$worst" -v b="$t" 'BEGIN { print (b > a) ? b : a }')
done
echo "worst page: $worst s of CPU"
