#!/usr/bin/env python3
"""store_placement.py GOLD NEW.jsonl EXPORT.jsonl... - how well an add
placed its new articles: pairwise precision, recall and F1, against a
gold story per article (bench/gen_corpus.py --gold), over the pairs of a
new article (an id of NEW.jsonl) and any other article of the store's
export (`recoupe export`). Used to compare replay windows (BENCHMARKS.md,
"The store, incremental")."""
import collections
import json
import sys


def pairs(assign, new):
    by = collections.defaultdict(list)
    for i, s in assign.items():
        by[s].append(i)
    out = set()
    for members in by.values():
        for a in members:
            if a not in new:
                continue
            for b in members:
                if b != a:
                    out.add((a, b) if a < b else (b, a))
    return out


def main():
    gold = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip())
    new = {json.loads(l)["id"] for l in open(sys.argv[2]) if l.strip()}
    for path in sys.argv[3:]:
        got = {o["id"]: o["story"] for o in map(json.loads, open(path))}
        want = {i: gold[i] for i in got}
        a, g = pairs(got, new), pairs(want, new)
        tp = len(a & g)
        p = tp / len(a) if a else 0.0
        r = tp / len(g) if g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print("%s: %d new articles, P %.3f R %.3f F1 %.3f"
              % (path, sum(1 for i in got if i in new), p, r, f))


if __name__ == "__main__":
    main()
