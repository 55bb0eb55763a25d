#!/bin/sh
# tests/serve/run.sh RECOUPE BUILD - recoupe serve on loopback: every page,
# refusals (paths outside its pages, methods, oversized requests), escaping,
# filters, a bounded load test (50 clients for LOAD_SECONDS, default 3;
# 127.0.0.1 only), and headless Chromium screenshots at 412 and 1280 px
# kept in BUILD/screenshots/ (skipped, with a message, without chromium).
# Needs curl (skipped, with a message, without it).
set -u
RECOUPE=$1
BUILD=${2:-build}
LOAD_SECONDS=${LOAD_SECONDS:-3}
here=$(dirname "$0")
ok() { echo "ok - serve $1"; }
nok() { echo "not ok - serve $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }
if ! command -v curl >/dev/null; then
    echo "# skip: no curl, recoupe serve not tested"
    exit 0
fi
T=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT

# a store: generated stories, feeds, and a hostile title
awk -v n=400 -f "$here/../store/gen.awk" >"$T/a.jsonl"
printf '%s\n' '{"id": "evil", "source": "x<b>y", "url": "javascript:alert(1)", "title": "<script>alert(1)</script> & co", "text": "The <script> tag and the & sign are text here, said the mayor of Nowhere on Monday in a long statement."}' >>"$T/a.jsonl"
"$RECOUPE" add -q --db "$T/s.db" "$T/a.jsonl" tests/data/inputs/feeds 2>/dev/null

. "$here/start.sh"
serve_start "$RECOUPE" "$T/s.db" "$T"
check "starts on 127.0.0.1 and says where" \
    "echo '$url' | grep -q '^http://127.0.0.1:[0-9]*/$'"
get() { # get PATH FILE -> the status code
    curl -s --path-as-is -m 10 -o "$2" -w '%{http_code}' "$url${1#/}"
}

check "/ answers the index" "[ \$(get / $T/i.html) = 200 ] && grep -q 'ol class=\"stories\"' $T/i.html && grep -q 'href=\"/story/[0-9]*\"' $T/i.html"
check "the index counts articles and outlets, pages of 50" \
    "grep -q '4 articles &middot; 3 outlets' $T/i.html && [ \$(grep -o '<li>' $T/i.html | wc -l) -eq 50 ] && grep -q 'href=\"/?page=2\"' $T/i.html"
get '/?outlet=x%3Cb%3Ey' "$T/ie.html" >/dev/null
check "the index escapes what it shows" \
    "grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co' $T/ie.html && ! grep -q '<script' $T/ie.html"
check "/story/1 answers the digest" \
    "[ \$(get /story/1 $T/s.html) = 200 ] && grep -q '<h2>Summary</h2>' $T/s.html"
check "badges name outlets and link the articles" \
    "grep -q '<span class=\"badge\"><a href=\"https://reuters.example/n/0\"' $T/s.html"
evil=$(grep -o 'href="/story/[0-9]*">&lt;script' "$T/ie.html" | sed 's/[^0-9]//g')
check "a story page escapes, and links only http(s) urls" \
    "[ \$(get /story/$evil $T/e.html) = 200 ] && ! grep -q '<script\\|javascript:' $T/e.html && grep -q 'x&lt;b&gt;y' $T/e.html"
check "/search?q= finds articles with marks" \
    "[ \$(get '/search?q=bridge+tuesday' $T/q.html) = 200 ] && grep -q '<mark>' $T/q.html"
check "/search escapes the query" \
    "[ \$(get '/search?q=%22%3Cb%3E' $T/q2.html) = 200 ] && ! grep -q 'value=\"\"<b>' $T/q2.html"
check "/api/stories answers JSON" \
    "[ \$(get /api/stories $T/a.json) = 200 ] && grep -q '\"id\": \"s1\"' $T/a.json"
if command -v python3 >/dev/null; then
    check "/api/stories is valid JSON" "python3 -m json.tool $T/a.json >/dev/null"
    get /api/story/1 "$T/one.json" >/dev/null
    check "/api/story/ID is valid JSON" "python3 -m json.tool $T/one.json >/dev/null"
fi
check "/api/story/1 is the digest object" \
    "[ \$(get /api/story/1 $T/o.json) = 200 ] && grep -q '\"summary\"' $T/o.json"
check "filters: a language with no story" \
    "[ \$(get '/?lang=xx' $T/f.html) = 200 ] && grep -q 'No story' $T/f.html"
check "filters: an outlet" \
    "[ \$(get '/?outlet=reuters.example' $T/f2.html) = 200 ] && grep -q 'reuters.example' $T/f2.html && ! grep -q 'No story' $T/f2.html"
for p in /story/99999 /etc/passwd /../../etc/passwd /story/1/../../../etc/passwd \
    /story/../Makefile /api/story/x /static/style.css '/%2e%2e/%2e%2e/etc/passwd'; do
    c=$(get "$p" "$T/n.html")
    if [ "$c" = 404 ] && ! grep -q 'root:' "$T/n.html"; then
        ok "refuses $p"
    else
        nok "refuses $p (status $c)"
    fi
done
c=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X POST --data x "$url")
check "refuses POST" "[ $c = 405 ]"
big=$(head -c 40000 /dev/zero | tr '\0' a)
c=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H "X-Big: $big" "$url")
check "refuses an oversized request" "[ $c != 200 ]"
check "still answers after that" "[ \$(get / $T/i2.html) = 200 ]"

# 50 clients at once for LOAD_SECONDS: no error
end=$(($(date +%s) + LOAD_SECONDS))
w=0
while [ $w -lt 50 ]; do
    (
        n=0 bad=0
        while [ "$(date +%s)" -lt $end ]; do
            case $((n % 3)) in
            0) p=/ ;; 1) p=/story/$((n % 20 + 1)) ;; *) p=/api/stories ;;
            esac
            c=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$url${p#/}")
            [ "$c" = 200 ] || bad=$((bad + 1))
            n=$((n + 1))
        done
        echo "$n $bad" >"$T/load.$w"
    ) &
    w=$((w + 1))
done
wait_load() { # wait for the 50 clients (not for the server)
    i=0
    while [ "$(ls "$T"/load.* 2>/dev/null | wc -l)" -lt 50 ] && [ $i -lt 600 ]; do
        sleep 0.1
        i=$((i + 1))
    done
}
wait_load
total=$(cat "$T"/load.* | awk '{n += $1; b += $2} END {print n + 0}')
errors=$(cat "$T"/load.* | awk '{b += $2} END {print b + 0}')
echo "# load: 50 clients, ${LOAD_SECONDS}s, $total requests, $errors errors"
check "50 concurrent clients: no error" "[ $errors -eq 0 ] && [ $total -ge 50 ]"

# headless Chromium at phone and desktop widths
shots=$BUILD/screenshots
mkdir -p "$shots"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
    echo "# skip: no chromium, no screenshots (tools/install-deps.sh installs it with EXTRA=1)"
else
    for wdt in 412 1280; do
        for pg in index:/ story:/story/1 search:/search?q=bridge; do
            name=${pg%%:*} path=${pg#*:}
            f=$(cd "$shots" && pwd)/$name-$wdt.png
            rm -f "$f"
            timeout 60 "$chrome" --headless --no-sandbox --disable-gpu \
                --hide-scrollbars --screenshot="$f" \
                --window-size=$wdt,900 "$url${path#/}" >/dev/null 2>&1
            check "chromium renders $name at $wdt px" "[ -s '$f' ]"
        done
    done
fi

kill "$pid"
wait "$pid"
s=$?
pid=
check "stops cleanly on SIGTERM" "[ $s -eq 0 ]"

# a story merged into an older one answers a redirect to it
# (tests/data/cluster/merge.jsonl in two adds: s2 merges into s1)
merge=$here/../data/cluster/merge.jsonl
head -n 3 "$merge" >"$T/m1.jsonl"
tail -n +4 "$merge" >"$T/m2.jsonl"
"$RECOUPE" add -q --db "$T/m.db" "$T/m1.jsonl" 2>/dev/null
"$RECOUPE" add -q --db "$T/m.db" "$T/m2.jsonl" 2>/dev/null
mkdir -p "$T/m"
serve_start "$RECOUPE" "$T/m.db" "$T/m"
head_of() { # head_of PATH -> "STATUS LOCATION"
    curl -s --path-as-is -m 10 -o /dev/null \
        -w '%{http_code} %{redirect_url}' "$url${1#/}"
}
check "a merged story's page redirects to the story it went into" \
    "[ \"\$(head_of /story/2)\" = '301 ${url}story/1' ] && [ \"\$(head_of /story/s2)\" = '301 ${url}story/1' ]"
check "a merged story's JSON redirects to the story's JSON" \
    "[ \"\$(head_of /api/story/2)\" = '301 ${url}api/story/1' ]"
check "the redirect leads to the story" \
    "[ \$(curl -s -L -m 10 -o $T/m/s.html -w '%{http_code}' ${url}story/2) = 200 ] && grep -q '<h2>Summary</h2>' $T/m/s.html"
check "a story never stored is still not found" \
    "[ \"\$(head_of /story/3)\" = '404 ' ]"
kill "$pid"
wait "$pid"
pid=
