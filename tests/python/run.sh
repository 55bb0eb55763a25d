#!/bin/sh
# tests/python/run.sh BUILD - the Python package's pytest tests against
# the library and program of BUILD, one "ok" / "not ok" line per test.
# Under SANITIZE the sanitizer runtimes are preloaded into Python (they
# must come first), with leak detection off: the interpreter itself
# leaks by design at exit.
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
PY=
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null && "$p" -c 'import pytest' 2>/dev/null; then
        PY=$p
        break
    fi
done
if [ -z "$PY" ]; then
    echo "# skip: no python3 with pytest (python3-pytest, EXTRA=1 sh tools/install-deps.sh)"
    exit 0
fi
RECOUPE_LIBRARY=$ROOT/$BUILD/librecoupe.so.0
RECOUPE=$ROOT/$BUILD/recoupe
export RECOUPE_LIBRARY RECOUPE
if [ -n "${SANITIZE:-}" ]; then
    pre=
    for rt in asan ubsan; do
        case $SANITIZE in *address*) ;; *) [ $rt = asan ] && continue ;; esac
        case $SANITIZE in *undefined*) ;; *) [ $rt = ubsan ] && continue ;; esac
        pre="$pre $(${CC:-cc} -print-file-name=lib$rt.so)"
    done
    export LD_PRELOAD="$pre"
    export ASAN_OPTIONS=detect_leaks=0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$PY" -m pytest -v -p no:cacheprovider tests/python >"$out" 2>&1
rc=$?
sed -n 's/^tests\/python\/\([^ ]*\) PASSED.*/ok - python: \1/p' "$out"
sed -n 's/^tests\/python\/\([^ ]*\) \(FAILED\|ERROR\).*/not ok - python: \1/p' "$out"
if [ $rc -ne 0 ]; then
    grep -q ' \(FAILED\|ERROR\)' "$out" || echo "not ok - python: pytest exited with status $rc"
    sed 's/^/#   /' "$out" | tail -40
fi

# The package as a user installs it: a fresh venv with the system's
# packages, a plain `pip install .` (no network), then the
# README example from another directory. Only for the plain build (pip
# builds with `make lib`, into build/).
if [ "$BUILD" = build ] && "$PY" -c 'import venv, ensurepip' 2>/dev/null; then
    v=$(mktemp -d)
    if "$PY" -m venv --system-site-packages "$v/venv" >"$out" 2>&1 &&
        "$v/venv/bin/pip" install -q --no-index . \
            >>"$out" 2>&1 &&
        sed -n '/^```python$/,/^```$/p' python/README.md | sed '1d;$d' \
            >"$v/example.py" &&
        (cd "$v" && env -u RECOUPE_LIBRARY venv/bin/python example.py) \
            >"$v/got" 2>>"$out" &&
        awk '/^prints$/ {p = 1; next} p && /^```/ {if (p++ == 2) exit; next}
             p == 2' python/README.md | cmp -s - "$v/got"; then
        echo "ok - python: pip install . in a fresh venv, then the README example"
    else
        echo "not ok - python: pip install . in a fresh venv, then the README example"
        sed 's/^/#   /' "$out" | tail -20
    fi
    rm -rf "$v"
fi
exit 0
