#!/bin/sh
# bench/bench_scale.sh - the digest has no quadratic cliff: seconds (user
# CPU and wall) and peak memory of `recoupe digest --single` on inputs
# made by bench/gen_big.py (not committed): one 3 MB and one 10 MB page,
# a story of 10,000 articles, and 3,000 six-word records over a 30-word
# vocabulary (every record shares words with hundreds of others).
# Target (issue 10): each under 10 s on one core.
set -u
: "${RECOUPE:?}" "${DATA:?}" "${OUT:?}"
if [ ! -d "$DATA/rpm2-dev/clusters" ]; then
    echo "bench_scale: no data at '$DATA': skipped"
    exit 0
fi
mkdir -p "$OUT"
GEN="python3 bench/gen_big.py --data $DATA"
[ -f "$OUT/page-3mb.jsonl" ] || $GEN article --mb 3 -o "$OUT/page-3mb.jsonl"
[ -f "$OUT/page-10mb.jsonl" ] || $GEN article --mb 10 -o "$OUT/page-10mb.jsonl"
[ -f "$OUT/story-10k.jsonl" ] || $GEN story -n 10000 -o "$OUT/story-10k.jsonl"
[ -f "$OUT/records-3k.jsonl" ] ||
    $GEN records -n 3000 --vocab 30 -o "$OUT/records-3k.jsonl"
for f in page-3mb page-10mb story-10k records-3k; do
    /usr/bin/time -f "$f: %U s user, %e s wall, %M KB peak" \
        timeout 600 "$RECOUPE" digest --single --format json \
        "$OUT/$f.jsonl" >/dev/null
done
