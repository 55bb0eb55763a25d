#!/usr/bin/env python3
"""tools/eval/sample_facts.py - a reading check of corroboration links.

Samples N random facts with support >= 2 (fixed seed) from the digests of
development clusters that are NOT in claims-dev (RPM2 clusters of
../shared/data/rpm2-dev, ECB+ event clusters of ../shared/data/ecbplus-dev/
gold.tsv), and prints, for each, the fact's sentence and, for every
supporting article, the sentence of that article that best matches it
(most shared words). A person reads them and counts the links that are
right (the article states the fact) and wrong; the held-out check of
issue 10 reads 40 such facts and wants >= 90% of the links right.

    python3 tools/eval/sample_facts.py [--bin build/recoupe] [--data DIR]
        [-n 40] [--seed 10] [--lang fr|en]

Each link is printed with a number (fact.link) so that judgements can be
written down as a list. The article the digest shows the fact from is
marked "=" (it is the fact's own sentence); the others, the links to
judge, are marked "+".
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return {w for w in re.findall(r"\w+", fold(s)) if len(w) > 2 or w.isdigit()}


SPLIT = re.compile(r"(?<=[.!?»”\"'])\s+(?=[«“\"'A-ZÀ-Ý0-9])")


def sentences(text):
    out = []
    for para in text.split("\n"):
        for s in SPLIT.split(para.strip()):
            if s:
                out.append(s)
    return out


def best_sentence(text, fact):
    fw = words(fact)
    best, score = "", -1.0
    for s in sentences(text):
        sw = words(s)
        if not sw:
            continue
        sc = len(fw & sw) / (len(fw | sw) ** 0.5 or 1)
        if sc > score:
            best, score = s, sc
    return best


def clusters(data):
    """(name, lang, [json lines]) of every development cluster not in
    claims-dev, in name order."""
    gold = json.load(open(os.path.join(data, "claims-dev", "gold.json"),
                          encoding="utf-8"))
    taken = {c["cluster"] for c in gold["clusters"]}
    out = []
    rdir = os.path.join(data, "rpm2-dev", "clusters")
    for f in sorted(os.listdir(rdir)):
        name = f[:-len(".jsonl")]
        if f.endswith(".jsonl") and name not in taken:
            out.append((name, "fr",
                        open(os.path.join(rdir, f), encoding="utf-8")
                        .read().splitlines()))
    edir = os.path.join(data, "ecbplus-dev")
    label = {}
    for line in open(os.path.join(edir, "gold.tsv"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 2:
            label[p[0]] = p[1]
    groups = {}
    for line in open(os.path.join(edir, "articles.jsonl"), encoding="utf-8"):
        if not line.strip():
            continue
        a = json.loads(line)
        lab = label.get(a["id"])
        if lab and "ecb_" + lab not in taken:
            groups.setdefault(lab, []).append(line.rstrip("\n"))
    for lab in sorted(groups):
        if len(groups[lab]) >= 2:
            out.append(("ecb_" + lab, "en", groups[lab]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--lang", choices=("fr", "en"))
    args = ap.parse_args()
    pool = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, lang, lines in clusters(args.data):
            if args.lang and lang != args.lang:
                continue
            path = os.path.join(tmp, name + ".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            r = subprocess.run([args.bin, "digest", "--single", "--format",
                                "json", path], capture_output=True)
            if r.returncode != 0:
                print(f"sample_facts: {name}: recoupe failed "
                      f"({r.returncode})", file=sys.stderr)
                continue
            text = {}
            for line in lines:
                a = json.loads(line)
                text[a["id"]] = (a.get("title") or "") + "\n" + a.get("text", "")
            for st in json.loads(r.stdout)["stories"]:
                for fact in st.get("facts", []):
                    if len(fact.get("support", [])) >= 2:
                        pool.append((name, lang, fact, text))
    rng = random.Random(args.seed)
    pick = rng.sample(pool, min(args.n, len(pool)))
    nlinks = 0
    for i, (name, lang, fact, text) in enumerate(pick, 1):
        print(f"[{i}] {name} ({lang}) {len(fact['support'])} articles")
        print(f"    FACT: {fact['text']}")
        j = 0
        for aid in fact["support"]:
            if aid == fact.get("article"):
                continue
            j += 1
            nlinks += 1
            print(f"  + {i}.{j} {aid}: {best_sentence(text.get(aid, ''), fact['text'])}")
        print()
    print(f"sample_facts: {len(pick)} facts of {len(pool)}, {nlinks} links "
          f"to judge (seed {args.seed})")


if __name__ == "__main__":
    main()
