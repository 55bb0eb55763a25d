#!/bin/sh
# tools/eval.sh BUILD - quality figures against ../shared/data. Runs every
# part tools/eval/*.sh in turn with RECOUPE, TOOLS and DATA set; each part
# prints its own table. Nothing here is part of the test suite.
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${DATA:-$ROOT/../shared/data}
if [ ! -d "$DATA" ]; then
    echo "eval: no data at '$DATA': nothing to evaluate" >&2
    exit 0
fi
RECOUPE=$ROOT/$BUILD/recoupe TOOLS=$ROOT/$BUILD/tools DATA=$(cd "$DATA" && pwd)
export RECOUPE TOOLS DATA
cd "$ROOT" || exit 2
status=0
for part in tools/eval/*.sh; do
    [ -f "$part" ] || continue
    echo "== $(basename "$part" .sh)"
    sh "$part" || status=1
    echo
done
exit $status
