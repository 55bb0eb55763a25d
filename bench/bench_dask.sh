#!/bin/sh
# bench/bench_dask.sh INPUT.jsonl [ROUNDS] - stage 1 of the staged pipeline
# (recoupe.features on Dask, examples/dask/recoupe_dask.py --features-only)
# with 1 then 2 worker processes, ROUNDS times (default 3).
#
# Each worker runs in a session of its own (setsid), as it would on its
# own machine: with the kernel's autogroup scheduling, processes of one
# session share one slice of the CPU, so on a machine shared with other
# work a LocalCluster's workers (one session) could not show what a second
# process brings. The scheduler and workers are stopped by pid.
set -u
IN=${1:?usage: bench/bench_dask.sh INPUT.jsonl [ROUNDS]}
ROUNDS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-/usr/bin/python3}
export PYTHONPATH="$ROOT/python${PYTHONPATH:+:$PYTHONPATH}"
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
port=$((8800 + $$ % 1000))
r=0
while [ $r -lt "$ROUNDS" ]; do
    r=$((r + 1))
    for w in 1 2; do
        port=$((port + 1))
        setsid "$PY" -m distributed.cli.dask_scheduler --port $port \
            --no-dashboard >"$LOG/scheduler" 2>&1 &
        s=$!
        sleep 3
        pids=
        i=0
        while [ $i -lt $w ]; do
            i=$((i + 1))
            setsid "$PY" -m distributed.cli.dask_worker \
                tcp://127.0.0.1:$port --nworkers 1 --nthreads 1 \
                --no-dashboard >"$LOG/worker$i" 2>&1 &
            pids="$pids $!"
        done
        timeout 600 "$PY" "$ROOT/examples/dask/recoupe_dask.py" "$IN" \
            --scheduler tcp://127.0.0.1:$port --workers $w --partitions 8 \
            --features-only 2>&1 >/dev/null |
            sed -n "s/^recoupe_dask: /round $r, $w worker(s): /p"
        for p in $pids; do kill "$p"; done
        sleep 3
        kill "$s"
        sleep 2
    done
done
