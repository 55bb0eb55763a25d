#!/bin/sh
# tests/cli/run.sh RECOUPE - golden tests of the command-line program
# (zstd's cli-tests). Each case is a directory tests/cli/cases/NAME with
#   cmd       a shell command line; $RECOUPE is the program, the working
#             directory is the repository root
#   stdout    the exact expected standard output
#   stderr    (optional) the exact expected standard error
#   status    (optional) the expected exit status, default 0
# UPDATE=1 rewrites stdout/stderr/status from the program's current output.
set -u
RECOUPE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export RECOUPE
cd "$(dirname "$0")/../.." || exit 2
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
n=0
for c in tests/cli/cases/*/; do
    [ -f "$c/cmd" ] || continue
    name=$(basename "$c")
    n=$((n + 1))
    sh -c "$(cat "$c/cmd")" >"$out" 2>"$err" </dev/null
    rc=$?
    want_rc=$(cat "$c/status" 2>/dev/null || echo 0)
    if [ -n "${UPDATE:-}" ]; then
        cp "$out" "$c/stdout"
        [ -f "$c/stderr" ] && cp "$err" "$c/stderr"
        [ "$rc" -ne 0 ] && echo "$rc" >"$c/status"
        [ "$rc" -eq 0 ] && rm -f "$c/status"
    fi
    ok=1
    cmp -s "$out" "$c/stdout" || { ok=0; diff "$c/stdout" "$out" | head -20 | sed 's/^/# /'; }
    if [ -f "$c/stderr" ] && ! cmp -s "$err" "$c/stderr"; then
        ok=0
        diff "$c/stderr" "$err" | head -20 | sed 's/^/# /'
    fi
    [ "$rc" = "$want_rc" ] || { ok=0; echo "# exit status $rc, expected $want_rc"; }
    if [ $ok -eq 1 ]; then echo "ok $n - cli $name"; else echo "not ok $n - cli $name"; fi
done
