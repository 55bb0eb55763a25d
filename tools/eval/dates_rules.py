#!/usr/bin/env python3
"""tools/eval/dates_rules.py - how the page-date rules of src/ingest/html.c
were chosen: replays them, and variants, on every date candidate of every
wcxb-dev page and scores each variant on the two halves of the set.

    make BUILD=build-dates OPT="-O2 -DRCP_DATES_DEBUG" build-dates/tools/html_extract
    build-dates/tools/html_extract WCXB/html/*.html.gz 2>dates.txt >/dev/null
    python3 tools/eval/dates_rules.py dates.txt WCXB [build/tools/score_extract]

dates.txt holds, per page, a "FILE path" line and a "DATES {json}" line
(page_date's candidates: the metadata's publication date `pm`, its
modification date `pmod`, the first <time datetime> `ptime`, the URL's
date `purl`, and every text node or <time> holding a date, with its
position counted in text nodes, whether it is labelled as an update, and
whether a date-ish element or <time> holds it). The halves are
score_extract's (-H 0 / -H 1). A replay is close to, not exactly, the C
code (within a page or two): the figures to quote are `make eval`'s.
"""
import json
import os
import subprocess
import sys


def load(path, wc):
    pages, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("FILE "):
            cur = os.path.basename(line.split()[1]).split(".")[0]
        elif line.startswith("DATES ") and cur:
            d = json.loads(line[6:])
            g = json.load(open(os.path.join(wc, "ground-truth", cur + ".json")))
            d["gold"] = (g["ground_truth"].get("publish_date") or "")[:10]
            pages[cur] = d
    return pages


def near(p, n_after=20, n_before=5, short=0):
    """the date by the headline: (date, 'T'|'X'|'B') or (None, updated);
    short > 0: only text nodes after it of fewer bytes (the dump keeps
    100 of each)"""
    h, upd = p["h1"], None
    if h < 0:
        return None, None
    for x in p["nodes"]:
        if x[1] == "T" and h <= x[0] < h + n_after and not x[3]:
            return x[2][:10], "T"
        if x[1] == "X" and h < x[0] <= h + n_after and (
                not short or len(x[7].strip()) < short):
            if not x[3]:
                return x[2], "X"
            upd = upd or x[2]
    for x in reversed([x for x in p["nodes"]
                       if x[1] == "X" and h - n_before < x[0] <= h]):
        if not x[3]:
            return x[2], "B"
        upd = upd or x[2]
    return None, upd


FIRST = ("originally published", "first published")


def rule(p, older=True, mod_fallback=False, n_after=20, short=0,
         author=False, first=False):
    pm = p["pm"][:10]
    if first:
        for x in p["nodes"]:
            if x[1] == "X" and any(w in x[7].lower() for w in FIRST):
                return x[2]
    v, src = near(p, n_after, short=short)
    if pm:
        if older and v and src in ("X", "B") and v < pm and v != p["pmod"][:10]:
            return v
        return pm
    if v:
        return v
    upd = src if src and len(src) == 10 else None
    if author:  # a short date in an author box
        for x in p["nodes"]:
            if x[1] == "X" and x[6] and not x[3] and len(x[7].strip()) < 80:
                return x[2]
    for x in p["nodes"]:
        if x[1] == "X" and x[4]:
            if not x[3]:
                return x[2]
            upd = upd or x[2]
    r = p["ptime"][:10] or p["purl"][:10]
    if r:
        return r
    if upd:
        return upd
    return p["pmod"][:10] if mod_fallback else ""


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    dump, wc = sys.argv[1], sys.argv[2]
    score = sys.argv[3] if len(sys.argv) > 3 else "build/tools/score_extract"
    pages = load(dump, wc)
    # half 0's ids, from score_extract -v (each page's line: "id  P x  R y")
    fake = os.path.join(os.path.dirname(dump) or ".", "dates_rules.jsonl")
    with open(fake, "w") as f:
        for i in pages:
            f.write(json.dumps({"id": i, "text": ""}) + "\n")
    out = subprocess.run([score, "-v", "-n", "1", "-H", "0", wc, fake],
                         capture_output=True, text=True).stdout
    half0 = {l.split()[0] for l in out.splitlines() if " P " in l}
    os.remove(fake)
    variants = [
        ("before this pass (+ meta modification date)",
         dict(older=False, mod_fallback=True)),
        ("no modification date alone", dict(older=False)),
        ("+ earlier byline date wins", dict()),
        ("  the same, 25 text nodes after <h1>", dict(n_after=25)),
        ("+ short datelines (< 80 bytes)", dict(short=80)),
        ("+ a date in an author box", dict(short=80, author=True)),
        ("+ 'originally published' (html.c now)",
         dict(short=80, author=True, first=True)),
        ("  the same, short = 40", dict(short=40, author=True, first=True)),
    ]
    for name, kw in variants:
        right, n = [0, 0], [0, 0]
        for i, p in pages.items():
            h = 0 if i in half0 else 1
            right[h] += rule(p, **kw) == p["gold"]
            n[h] += 1
        print("%-46s %.3f / %.3f" % (name, right[0] / n[0], right[1] / n[1]))


if __name__ == "__main__":
    main()
