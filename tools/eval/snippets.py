#!/usr/bin/env python3
"""tools/eval/snippets.py - trafilatura's benchmark metric on wcxb-dev: per
page, each `with` snippet of the gold must be in the extracted text (a hit
is a true positive, a miss a false negative) and each `without` snippet
must not be (present: a false positive, absent: a true negative).
Precision, recall and F1 are from the counts over all pages, as in
trafilatura's tests/comparison.py; text and snippets are compared with
white space collapsed. Held-out "trafilatura's benchmark" figures
(issue 14) are of this kind.

    python3 tools/eval/snippets.py WCXB out.jsonl [half0-ids.txt] [-v]

With half0-ids.txt (one id a line: score_extract -v -H 0's pages), the
two halves are scored apart as well. -v lists each page's failures.
Typographic quotes are folded to straight ones on both sides (WCXB's
gold writes them straight).
"""
import json
import os
import sys


FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"',
                      "\u201d": '"', "\u00a0": " "})


def norm(s):
    # WCXB's gold writes typographic quotes straight: both sides folded
    return " ".join((s or "").translate(FOLD).split())


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    wc, out = args[0], args[1]
    half0 = set(open(args[2]).read().split()) if len(args) > 2 else None
    got = {}
    for line in open(out, encoding="utf-8"):
        d = json.loads(line)
        got[d["id"]] = norm(d.get("text"))
    counts = {}
    gdir = os.path.join(wc, "ground-truth")
    for f in sorted(os.listdir(gdir)):
        i = f.split(".")[0]
        g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        g = g["ground_truth"]
        t = got.get(i, "")
        keys = ["all"]
        if half0 is not None:
            keys.append("half 0" if i in half0 else "half 1")
        c = [0, 0, 0, 0]  # tp fn fp tn
        bad = []
        for s in g.get("with") or []:
            ok = norm(s) in t
            c[0 if ok else 1] += 1
            if not ok:
                bad.append("missing: " + norm(s)[:80])
        for s in g.get("without") or []:
            ok = norm(s) not in t
            c[3 if ok else 2] += 1
            if not ok:
                bad.append("kept: " + norm(s)[:80])
        for k in keys:
            a = counts.setdefault(k, [0, 0, 0, 0])
            for j in range(4):
                a[j] += c[j]
        if verbose and bad:
            print(i, " | ".join(bad))
    for k, (tp, fn, fp, tn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f1 = 2 * p * r / (p + r) if p + r else 0
        print("snippets %-6s P %.3f  R %.3f  F1 %.3f  accuracy %.3f"
              % (k, p, r, f1, (tp + tn) / (tp + fn + fp + tn)))


if __name__ == "__main__":
    main()
