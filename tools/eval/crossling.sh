#!/bin/sh
# tools/eval/crossling.sh - cross-lingual story pairs of `recoupe cluster`
# on tools/eval/crossling-dev (hand translations of ECB+ and RPM2 dev
# articles mixed with the other language's originals): pair P/R/F1 per
# direction and half, batch and --stream, and the monolingual BCubed with
# the md5 of each output (tools/eval/crossling.py). Run by tools/eval.sh
# with RECOUPE and DATA set. Exits 0 with a message when the data or
# python3 is missing.
set -u
if ! command -v python3 >/dev/null 2>&1; then
    echo "crossling: no python3: skipped"; exit 0
fi
if [ ! -f "$DATA/ecbplus-dev/articles.jsonl" ] ||
   [ ! -f "$DATA/rpm2-cluster-dev/articles.jsonl" ]; then
    echo "crossling: no ECB+ / RPM2 dev sets under $DATA: skipped"; exit 0
fi
exec python3 "$(dirname "$0")/crossling.py" --bin "$RECOUPE" --data "$DATA"
