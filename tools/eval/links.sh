#!/bin/sh
# tools/eval/links.sh - the supporting links people have already read: of
# the links the digests of the reading stories make (tools/eval/
# sample_facts.py's stories), how many are in tools/eval/links-judged.tsv
# and how many of those are right, per language
# (tools/eval/judged_links.py says exactly how). A dev-side estimate of
# the reading check, over judged links only: new links are read, not
# counted. Run by tools/eval.sh with RECOUPE and DATA set. Exits 0 with a
# message when python3 or the data is missing.
set -u
: "${RECOUPE:?}" "${DATA:?}"
if ! command -v python3 >/dev/null 2>&1; then
    echo "links: python3 is needed: skipped"
    exit 0
fi
if [ ! -d "$DATA/rpm2-dev/clusters" ] || [ ! -f "$DATA/ecbplus-dev/gold.tsv" ]; then
    echo "links: no rpm2-dev or ecbplus-dev data at '$DATA': skipped"
    exit 0
fi
python3 "$(dirname "$0")/judged_links.py" --bin "$RECOUPE" --data "$DATA"
