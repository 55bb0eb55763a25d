#!/usr/bin/env python3
"""gen_cluster_hostile.py - short near-identical records from a small vocabulary:
the input that makes one giant topic, for `recoupe cluster` at scale.

    python3 bench/gen_cluster_hostile.py -n 1000000 [--vocab 30] [--words 8]
        [--templates 0] [--seed 1] -o OUT.jsonl

Each record is one of a few template sentences of `--words` words drawn
from a vocabulary of `--vocab` made-up words, with one or two words
replaced by others of the vocabulary (with --templates 0, the default,
`--words` words drawn at random): every record shares most of its
terms with a large share of all the others, so the similarity graph is
one dense component and average linkage merges most of it into a few
giant clusters (each merge into a giant used to rebuild its whole
neighbour list). No dates, no title, English. Standard library only,
deterministic for a seed.
"""
import argparse
import json
import random
import sys


def word(rng, k):
    """A pronounceable made-up word, distinct per k."""
    cons, vow = "bcdfghklmnprstvz", "aeiou"
    s = ""
    while True:
        s += cons[k % len(cons)] + vow[(k // len(cons)) % len(vow)]
        k //= len(cons) * len(vow)
        if k == 0:
            break
    return s + "ta"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=1000000)
    ap.add_argument("--vocab", type=int, default=30)
    ap.add_argument("--words", type=int, default=8)
    ap.add_argument("--templates", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    vocab = [word(rng, k) for k in range(a.vocab)]
    templates = [[rng.choice(vocab) for _ in range(a.words)]
                 for _ in range(a.templates)]
    out = sys.stdout if a.output == "-" else open(a.output, "w")
    for i in range(a.n):
        if not templates:
            w = [rng.choice(vocab) for _ in range(a.words)]
        else:
            w = list(rng.choice(templates))
            for _ in range(rng.randint(1, 2)):
                w[rng.randrange(len(w))] = rng.choice(vocab)
        out.write(json.dumps({"id": "h%d" % i, "lang": "en",
                              "text": " ".join(w) + "."}) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
