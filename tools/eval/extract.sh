#!/bin/sh
# tools/eval/extract.sh - main-text and metadata extraction from web pages.
# Run by tools/eval.sh with RECOUPE, TOOLS and DATA set.
#   scrapinghub     P, R, F1 (macro, 4-token sequences), accuracy:
#                   tools/score_extract.c
#   wcxb-dev        word F1 (WCXB's pageF1 with -n 1), title, date and
#                   author accuracy (tools/score_extract.c says how);
#                   trafilatura's with/without snippet P, R, F1
#                   (tools/eval/snippets.py)
#   readability-fr  title / author / date (day) / lang exact matches
# scrapinghub and wcxb-dev are also scored on two halves of their pages
# (half 0 and half 1: the parity of a hash of the page id), so that a rule
# tuned on one half is checked on the other.
# Pages go through `recoupe extract` when it reads HTML, else through the
# temporary driver tools/html_extract.
set -u
SH=$DATA/extraction-dev/scrapinghub
WC=$DATA/extraction-dev/wcxb-dev
RF=$DATA/extraction-dev/readability-fr
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

printf '<html><body><p>%s</p></body></html>\n' \
    "A probe page with a sentence long enough to count as an article body." \
    >"$TMP/probe.html"
if "$RECOUPE" extract "$TMP/probe.html" 2>/dev/null | grep -q '"text"'; then
    extract() { "$RECOUPE" extract "$@"; }
    echo "extractor: recoupe extract"
else
    extract() { "$TOOLS/html_extract" "$@"; }
    echo "extractor: tools/html_extract (recoupe extract does not read HTML yet)"
fi

if [ -d "$SH/html" ]; then
    extract "$SH"/html/*.html.gz >"$TMP/sh.jsonl" 2>"$TMP/sh.err"
    echo "scrapinghub: $(wc -l <"$TMP/sh.jsonl") pages extracted, $(grep -c . "$TMP/sh.err") skipped"
    "$TOOLS/score_extract" "$SH/ground-truth.json" "$TMP/sh.jsonl"
    for h in 0 1; do
        printf '  half %s: ' $h
        "$TOOLS/score_extract" -H $h "$SH/ground-truth.json" "$TMP/sh.jsonl"
    done
    # the page extractor alone, before the readers' text cleaning
    "$TOOLS/html_extract" "$SH"/html/*.html.gz >"$TMP/raw.jsonl" 2>/dev/null
    printf 'html extractor alone: '
    "$TOOLS/score_extract" "$SH/ground-truth.json" "$TMP/raw.jsonl"
fi

if [ -d "$WC/html" ]; then
    extract "$WC"/html/*.html.gz >"$TMP/wc.jsonl" 2>"$TMP/wc.err"
    echo "wcxb-dev: $(wc -l <"$TMP/wc.jsonl") pages extracted, $(grep -c . "$TMP/wc.err") skipped"
    "$TOOLS/score_extract" -n 1 "$WC" "$TMP/wc.jsonl"
    for h in 0 1; do
        printf '  half %s: ' $h
        "$TOOLS/score_extract" -n 1 -H $h "$WC" "$TMP/wc.jsonl"
    done
    printf '  4-token F1: '
    "$TOOLS/score_extract" "$WC" "$TMP/wc.jsonl"
    # trafilatura's benchmark metric (with/without snippets), per half
    if command -v python3 >/dev/null; then
        "$TOOLS/score_extract" -v -n 1 -H 0 "$WC" "$TMP/wc.jsonl" |
            awk '/ P /{print $1}' >"$TMP/half0"
        python3 "$(dirname "$0")/snippets.py" "$WC" "$TMP/wc.jsonl" "$TMP/half0" |
            sed 's/^/  /'
    fi
fi

if [ -d "$RF" ] && command -v python3 >/dev/null; then
    for d in "$RF"/*/; do
        c=$(basename "$d")
        cp "$d/source.html" "$TMP/$c.html"
    done
    extract "$TMP"/*-*.html >"$TMP/rf.jsonl" 2>/dev/null
    python3 - "$RF" "$TMP/rf.jsonl" <<'PY'
import json, os, sys
rf, out = sys.argv[1], sys.argv[2]
got = {}
for line in open(out, encoding="utf-8"):
    d = json.loads(line)
    got[d["id"]] = d
norm = lambda s: " ".join(s.split()) if isinstance(s, str) else None
import re
# Readability keeps the byline as written ("Par X (avec Y et Z)"); ours is
# cleaned ("X (avec Y, Z)"): the first name is compared
def first_author(s):
    if not isinstance(s, str):
        return None
    s = re.sub(r"^(par|by)\s+", "", norm(s), flags=re.I)
    return re.split(r",|;| et | and | & |\(", s)[0].strip()
fields = [("title", "title", norm), ("author", "byline", first_author),
          ("date", "publishedTime", lambda s: s[:10] if s else None),
          ("lang", "lang", norm)]
hits = {f: 0 for f, _, _ in fields}
cases = sorted(os.listdir(rf))
cases = [c for c in cases if os.path.isdir(os.path.join(rf, c))]
for c in cases:
    exp = json.load(open(os.path.join(rf, c, "expected-metadata.json"), encoding="utf-8"))
    g = got.get(c, {})
    for f, e, fn in fields:
        a, b = fn(g.get(f)), fn(exp.get(e))
        ok = a == b
        hits[f] += ok
        if not ok:
            print("  %s %s: got %r, expected %r" % (c, f, a, b))
print("readability-fr: %d pages  " % len(cases) +
      "  ".join("%s %d/%d" % (f, hits[f], len(cases)) for f, _, _ in fields))
PY
fi
