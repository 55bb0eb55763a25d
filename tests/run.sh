#!/bin/sh
# tests/run.sh BUILD - the whole suite: unit tests, command-line golden
# tests, the installed library (tests/lib), the Python package
# (tests/python), the evaluation tools' rows, fuzz-corpus replays. Every
# part prints "ok" / "not ok" lines; this script adds them up and ends
# with "N passed, M failed" (exit 1 on failure).
#
# UPDATE=1 rewrites the expected outputs of the golden tests from what the
# program prints now: review the diff before committing it.
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

# A part that dies (a crash, a sanitizer report) counts as a failure even
# when it printed no "not ok" line.
run() {
    "$@" >>"$LOG" 2>&1
    rc=$?
    [ $rc -eq 0 ] || echo "not ok - $* exited with status $rc" >>"$LOG"
}

echo "# unit tests" >>"$LOG"
run "$BUILD/unit-tests" >/dev/null

echo "# command-line tests" >>"$LOG"
run sh tests/cli/run.sh "$BUILD/recoupe"

echo "# the installed library: pkg-config, symbols, man pages" >>"$LOG"
run sh tests/lib/run.sh "$BUILD"

echo "# the Python package (pytest)" >>"$LOG"
run sh tests/python/run.sh "$BUILD"

echo "# store tests" >>"$LOG"
run sh tests/store/run.sh "$BUILD/recoupe"

echo "# server tests" >>"$LOG"
run sh tests/serve/run.sh "$BUILD/recoupe" "$BUILD"

echo "# evaluation tools' own rows" >>"$LOG"
run python3 tools/eval/sample_quotes.py --self-test

echo "# fuzz corpus replays" >>"$LOG"
for r in "$BUILD"/fuzz/replay_*; do
    [ -x "$r" ] || continue
    name=${r##*/replay_}
    if "$r" tests/fuzz/corpus/"$name" >/dev/null 2>>"$LOG"; then
        echo "ok - fuzz replay $name" >>"$LOG"
    else
        echo "not ok - fuzz replay $name" >>"$LOG"
    fi
done

grep -E '^(not ok|# .*failed:)' "$LOG"
passed=$(grep -c '^ok' "$LOG")
failed=$(grep -c '^not ok' "$LOG")
[ -n "${VERBOSE:-}" ] && cat "$LOG"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
