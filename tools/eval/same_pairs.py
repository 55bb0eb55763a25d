#!/usr/bin/env python3
"""same_pairs.py - how many same-story pairs two `recoupe cluster` runs on
the same articles share (in any order, e.g. one on a shuffled copy).

    python3 tools/eval/same_pairs.py A.jsonl B.jsonl [--field story]

Prints "pairs_a pairs_b shared agreement": the same-story pairs of each
run, those in both, and shared / max(pairs_a, pairs_b) (1: the same
stories). A later line for the same id (the moves of `cluster --stream`)
replaces the earlier one. Counted per cell of the A x B contingency
table: linear in the articles. Standard library only.
"""
import argparse
import collections
import json


def labels(path, field):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            out[o["id"]] = o[field]
    return out


def pairs(counts):
    return sum(n * (n - 1) // 2 for n in counts.values())


def agreement(a, b):
    """(pairs_a, pairs_b, shared, agreement) of two {id: label} maps."""
    ids = a.keys() & b.keys()
    pa = pairs(collections.Counter(a[i] for i in ids))
    pb = pairs(collections.Counter(b[i] for i in ids))
    both = pairs(collections.Counter((a[i], b[i]) for i in ids))
    return pa, pb, both, both / max(pa, pb) if max(pa, pb) else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--field", default="story")
    args = ap.parse_args()
    a, b = labels(args.a, args.field), labels(args.b, args.field)
    print("%d %d %d %.4f" % agreement(a, b))


if __name__ == "__main__":
    main()
