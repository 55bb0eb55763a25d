#!/bin/sh
# tools/eval/sentences.sh - are the digest's items whole sentences? The
# items of every development digest cut at an abbreviation, an initial, a
# number or a colon, or opening in lower case (sentence_cuts.py; issue 10
# wants <= 0.5% cut at an abbreviation), per language and half.
set -u
: "${RECOUPE:?}" "${DATA:?}"
if [ ! -d "$DATA/rpm2-dev/clusters" ] || [ ! -f "$DATA/ecbplus-dev/gold.tsv" ]; then
    echo "sentences: no rpm2-dev or ecbplus-dev data at '$DATA': skipped"
    exit 0
fi
exec python3 "$(dirname "$0")/sentence_cuts.py" --bin "$RECOUPE" --data "$DATA"
