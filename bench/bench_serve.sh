#!/bin/sh
# bench/bench_serve.sh RECOUPE DB [N] - the latency of `recoupe serve` on
# loopback, one client (one curl process, one connection), N requests per
# page (default 20): for each page the median and worst wall time of a
# request as curl sees it, and
# the server's CPU time per request (user+sys from /proc/PID/stat, before
# and after the N requests). Pages: /, /api/stories, /search?q=..., and
# /story/ID of the smallest, a middle and the largest stories of the
# store (read with python3's sqlite3).
set -eu
RECOUPE=$1 DB=$2 N=${3:-20}
T=$(mktemp -d)
pid=
trap 'kill $pid 2>/dev/null; rm -rf "$T"' EXIT
. "$(dirname "$0")/../tests/serve/start.sh"
serve_start "$RECOUPE" "$DB" "$T"
tck=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' /proc/$pid/stat; }
ids=$(python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
r = c.execute("SELECT id, articles FROM stories ORDER BY articles, id").fetchall()
for k in (0, len(r) // 2, len(r) - 3, len(r) - 2, len(r) - 1):
    print("%d:%d" % r[k])' "$DB")
printf '| page | articles | bytes | wall median ms | wall max ms | server CPU ms / request |\n|---|---|---|---|---|---|\n'
page() { # page PATH LABEL
    c0=$(cpu)
    # one curl for the N requests (one connection, kept alive): the
    # times are the requests', not a process start-up's
    k=0 urls=
    while [ $k -lt "$N" ]; do
        urls="$urls -o /dev/null $url${1#/}"
        k=$((k + 1))
    done
    # shellcheck disable=SC2086
    curl -s -w '%{time_total} %{size_download}\n' $urls >"$T/times"
    c1=$(cpu)
    sort -n "$T/times" | awk -v n="$N" -v label="$2" -v path="$1" \
        -v cpu="$(( (c1 - c0) ))" -v tck="$tck" '
        { t[NR] = $1 * 1000; bytes = $2 }
        END { printf "| `%s` | %s | %d | %.1f | %.1f | %.2f |\n", path, label,
              bytes, t[int((n + 1) / 2)], t[n], cpu * 1000 / tck / n }'
}
page / "-"
page /api/stories "-"
page '/search?q=bridge' "-"
for x in $ids; do
    page "/story/${x%%:*}" "${x#*:}"
done
