#!/bin/sh
# bench/make_mixed.sh DATA OUT [MB] - a large JSON Lines file for the
# extract benchmark: the French (rpm2, rpm2-cluster) and English (ecb+)
# articles of DATA, repeated until OUT holds about MB megabytes (default
# 150). Each copy gets a fresh id ("<id>~<n>") and the "lang" field is
# dropped from every other copy, so both the given-language and the
# detection paths are measured. The articles themselves are not changed.
set -eu
DATA=$1 OUT=$2 MB=${3:-150}
SRC=$(mktemp)
trap 'rm -f "$SRC"' EXIT
cat "$DATA"/rpm2-dev/clusters/*.jsonl "$DATA"/rpm2-cluster-dev/articles.jsonl \
    "$DATA"/ecbplus-dev/articles.jsonl >"$SRC"
size=$(wc -c <"$SRC")
reps=$(( (MB * 1048576 + size - 1) / size ))
awk -v reps="$reps" '
    { line[NR] = $0 }
    END {
        for (r = 1; r <= reps; r++)
            for (i = 1; i <= NR; i++) {
                s = line[i]
                sub(/"id": *"[^"]*/, "&~" r, s)
                if ((r + i) % 2) sub(/"lang": *"[a-z]*", */, "", s)
                print s
            }
    }' "$SRC" >"$OUT"
