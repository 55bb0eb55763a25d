#!/usr/bin/env python3
"""gen_big.py - inputs for the digest's scaling benchmark (bench_scale.sh).

    python3 bench/gen_big.py article --mb 3 [--data ../shared/data] -o OUT.jsonl
    python3 bench/gen_big.py story -n 10000 [--data ../shared/data] -o OUT.jsonl
    python3 bench/gen_big.py records -n 3000 [--words 6] -o OUT.jsonl

article: one article of about MB megabytes made of the real sentences of
  the RPM2 and ECB+ development articles, shuffled, every number redrawn,
  in paragraphs of five sentences (a long page: a report, a live blog).
story: N articles of 3 to 10 of those sentences each (numbers redrawn),
  one story of N articles read with --single.
records: N short articles of WORDS words each, drawn from a vocabulary
  of 5,000 made-up words with Zipf frequencies (a feed of short items
  read as one story with --single).
Deterministic for a seed (--seed, default 1); standard library only.
"""
import argparse
import glob
import json
import os
import random
import re


def sentences(data):
    out = []
    files = glob.glob(os.path.join(data, "rpm2-dev/clusters/*.jsonl"))
    files += glob.glob(os.path.join(data, "claims-dev/clusters/*.jsonl"))
    for f in sorted(files):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text", "")
                for s in re.split(r"(?<=[.!?])\s+", text):
                    if len(s.split()) >= 4:
                        out.append(s.strip())
    return out


def article(args, rng):
    sents = sentences(args.data)
    target = int(args.mb * 1e6)
    paras, size, cur = [], 0, []
    while size < target:
        s = rng.choice(sents)
        s = re.sub(r"\d+", lambda m: str(rng.randrange(10 ** len(m.group()))), s)
        cur.append(s)
        size += len(s.encode("utf-8")) + 1
        if len(cur) == 5:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    rec = {"id": "big", "title": "A long page", "lang": "fr",
           "date": "2008-10-17", "text": "\n".join(paras)}
    return [rec]


def story(args, rng):
    sents = sentences(args.data)
    out = []
    for i in range(args.n):
        k = rng.randrange(3, 11)
        text = " ".join(re.sub(r"\d+", lambda m: str(rng.randrange(10 ** len(m.group()))),
                               rng.choice(sents)) for _ in range(k))
        out.append({"id": "a%05d" % i, "title": text.split(".")[0][:80],
                    "lang": "fr", "date": "2008-10-%02d" % (1 + i % 28),
                    "text": text})
    return out


def records(args, rng):
    vowels, cons = "aeiou", "bcdfghjklmnprstvz"
    vocab = set()
    while len(vocab) < args.vocab:
        n = rng.randrange(2, 5)
        vocab.add("".join(rng.choice(cons) + rng.choice(vowels) for _ in range(n)))
    vocab = sorted(vocab)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    out = []
    for i in range(args.n):
        w = rng.choices(vocab, weights, k=args.words)
        out.append({"id": "r%05d" % i, "title": w[0], "lang": "en",
                    "date": "2024-01-%02d" % (1 + i % 28),
                    "text": " ".join(w).capitalize() + "."})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["article", "story", "records"])
    ap.add_argument("--mb", type=float, default=3)
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("--words", type=int, default=6)
    ap.add_argument("--vocab", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "data"))
    ap.add_argument("-o", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    recs = {"article": article, "story": story, "records": records}[args.kind](args, rng)
    with open(args.o, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
