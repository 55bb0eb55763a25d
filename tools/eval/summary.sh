#!/bin/sh
# tools/eval/summary.sh - can a reader use the summaries? Counts, over the
# summary items of every dev digest (rpm2-dev clusters, ecbplus-dev
# topics), those opening on a reference with no antecedent in the summary
# (a pronoun, demonstrative or connective: "He leads the outlawed...",
# "Il s'agit de son premier voyage..."), pairs of items stating the same
# claim, and fragments; per language and per half
# (tools/eval/summary_check.py says exactly how). Run by tools/eval.sh
# with RECOUPE and DATA set. Exits 0 with a message when python3 or the
# data is missing.
set -u
: "${RECOUPE:?}" "${DATA:?}"
if ! command -v python3 >/dev/null 2>&1; then
    echo "summary: python3 is needed: skipped"
    exit 0
fi
if [ ! -d "$DATA/rpm2-dev/clusters" ] || [ ! -f "$DATA/ecbplus-dev/gold-topic.tsv" ]; then
    echo "summary: no rpm2-dev or ecbplus-dev data at '$DATA': skipped"
    exit 0
fi
exec python3 "$(dirname "$0")/summary_check.py" --bin "$RECOUPE" --data "$DATA"
