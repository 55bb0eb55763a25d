# tests/serve/start.sh - sourced: serve_start RECOUPE DB DIR starts
# `recoupe serve` on a free port of 127.0.0.1 in the background, its
# output in DIR/out and DIR/err, and sets pid and url (empty when it did
# not say where within 30 s). Used by tests/serve/run.sh and
# bench/bench_serve.sh.
serve_start() {
    : >"$3/out"
    "$1" serve --db "$2" --port 0 >"$3/out" 2>"$3/err" &
    pid=$!
    _i=0
    while ! grep -q 'http://' "$3/out" && [ $_i -lt 300 ]; do
        sleep 0.1
        _i=$((_i + 1))
    done
    url=$(sed -n 's/.*\(http:[^ ]*\).*/\1/p' "$3/out")
}
