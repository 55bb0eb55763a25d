#!/bin/sh
# bench/run.sh BUILD - every benchmark part bench/bench_*.sh in turn, with
# RECOUPE, TOOLS, DATA and OUT (a scratch directory) set. Each part prints
# throughput and peak memory; record results in BENCHMARKS.md.
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RECOUPE=$ROOT/$BUILD/recoupe TOOLS=$ROOT/$BUILD/tools
DATA=${DATA:-$ROOT/../shared/data}
OUT=${OUT:-$ROOT/bench/out}
mkdir -p "$OUT"
export RECOUPE TOOLS DATA OUT
cd "$ROOT" || exit 2
echo "# $(date -u +%Y-%m-%d) $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for part in bench/bench_*.sh; do
    [ -f "$part" ] || continue
    echo "== $(basename "$part" .sh)"
    sh "$part"
done
