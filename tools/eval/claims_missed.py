#!/usr/bin/env python3
"""tools/eval/claims_missed.py - the claims-dev links the digest misses, to read.

score.py (claims-dev) says, per gold claim, which supporting articles the
best-matching digest item lacks ("missed=[...]"). This prints each such
(claim, article) with what is needed to see why: the item the claim was
matched to (its support and sentence), the article's sentences that match
the claim's keywords (score.py's own sentence split and matching rule),
and where each of them is in the digest:

  fact N   the sentence is the article's evidence for a fact of another
           claim, or shows one (N: that fact's support)
  unique   the sentence is listed among the article's own
  nowhere  neither: a sentence that another article comes close to (so not
           unique) but that no fact of two articles holds

and ends with the count of missed links by where their sentences are (the
best place of each link's sentences: a fact, else unique, else nowhere).
The causes behind them (a claim inside another claim's sentence, words
the lexicon does not relate, a value read differently...) are for a person
to read; docs/digest.md ("Why claims are missed") has the last reading.

    python3 tools/eval/claims_missed.py --bin build/recoupe
    python3 tools/eval/claims_missed.py --bin build/recoupe \\
        --gold tools/eval/seeds-gold.json --root DIR   # DIR/seeds.jsonl:
                                                       # recoupe extract examples/seeds
"""
import argparse
import collections
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data",
                    help="the shared data (claims-dev/score.py is read there)")
    ap.add_argument("--gold", help="default: DATA/claims-dev/gold.json")
    ap.add_argument("--root", help="where the gold's files are (default: DATA)")
    ap.add_argument("--match", help="only clusters whose name contains this")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.data, "claims-dev"))
    from score import items_of, jac, matches, run_digest, sentences  # noqa: E402
    gold = json.load(open(a.gold or os.path.join(a.data, "claims-dev",
                                                 "gold.json"), encoding="utf-8"))
    root = a.root or a.data
    where_count = collections.Counter()
    nmiss = ngold = 0
    for c in gold["clusters"]:
        if a.match and a.match not in c["cluster"]:
            continue
        path = os.path.join(root, c["file"])
        arts = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                arts[o["id"]] = o.get("text", "")
        st = run_digest(a.bin, path)
        items = items_of(st)
        # where each article's sentence is: (article, text) -> places
        place = collections.defaultdict(list)
        for f in st.get("facts") or []:
            n = len(f.get("support") or [])
            place[(f.get("article"), f.get("text", ""))].append(f"fact {n}")
            for art, ev in zip(f.get("support") or [], f.get("evidence") or []):
                place[(art, ev)].append(f"fact {n}")
        for u in st.get("unique") or []:
            for t in u.get("facts") or []:
                txt = t if isinstance(t, str) else t.get("text", "")
                place[(u.get("article"), txt)].append("unique")
        for g in c.get("claims", []):
            G = set(g["support"])
            ngold += len(G)
            cands = [(t, s) for t, s in items if matches(t, g["match"])]
            if cands:
                T, P = max(cands, key=lambda x: (jac(x[1], G), -len(x[1])))
            else:
                T, P = "", set()
            miss = sorted(G - P)
            if not miss:
                continue
            nmiss += len(miss)
            head = (f"item of {len(P)} ({len(P & G)} of gold {len(G)}): {T[:200]}"
                    if cands else f"NOT FOUND (gold {len(G)})")
            print(f"== {c['cluster']} | {g['name']} | {head}")
            for art in miss:
                best = "nowhere"
                print(f"  -- {art}")
                for s in sentences(arts.get(art, "")):
                    if not matches(s, g["match"]):
                        continue
                    # the digest's sentence of art holding s (its cut may
                    # differ from score.py's split)
                    where = sorted({p for (x, t), ps in place.items()
                                    if x == art and (s.strip() in t or t in s)
                                    for p in ps})
                    w = ", ".join(where) if where else "nowhere"
                    if any(p.startswith("fact") for p in where):
                        best = "fact"
                    elif where and best == "nowhere":
                        best = "unique"
                    print(f"     [{w}] {s.strip()[:300]}")
                where_count[best] += 1
    print(f"# missed {nmiss} of {ngold} gold links; their sentences: " +
          ", ".join(f"{k} {v}" for k, v in sorted(where_count.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
