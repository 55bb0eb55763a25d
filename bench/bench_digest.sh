#!/bin/sh
# bench/bench_digest.sh - milliseconds per story of rcp_digest_new (text
# analysis excluded) on the RPM2 clusters, 10 French articles each, and
# the peak memory of the run. Target: under 20 ms per story on one core.
set -u
: "${TOOLS:?}" "${DATA:?}"
DIR=$DATA/rpm2-dev/clusters
if [ ! -d "$DIR" ]; then
    echo "bench_digest: no data at '$DIR': skipped"
    exit 0
fi
"$TOOLS/bench_digest" --reps 20 "$DIR"/T??_C?.jsonl
