#!/usr/bin/env python3
"""tools/eval/sample_quotes.py - a reading check of quote speakers.

Samples N random quotations (fixed seed, half French, half English) from
the digests of the development clusters NOT in claims-dev (the same
clusters as sample_facts.py: RPM2 clusters of rpm2-dev, ECB+ event
clusters of ecbplus-dev/gold.tsv), and prints each with the speaker the
digest gives and the text around the occurrence shown, so that a person
can judge the speaker: right, wrong (another person, or none where the
text names one), or none where the text names none.

    python3 tools/eval/sample_quotes.py [--bin build/recoupe]
        [--data ../shared/data] [-n 50] [--seed 10]
        [--save KEYS | --load KEYS]

--save writes the sampled quotes (cluster, article, text) to KEYS;
--load prints those same quotes again, with the speaker the current
build gives them (the digest quote that holds the same words, or MISSING),
so that a reading before a change can be compared with one after it on
the very same quotes.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devsets  # noqa: E402
from sample_facts import clusters  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--context", type=int, default=300)
    ap.add_argument("--save")
    ap.add_argument("--load")
    args = ap.parse_args()
    pool = {"fr": [], "en": []}
    for name, lang, lines, dg in devsets.digests(args.bin,
                                                 clusters(args.data)):
        if dg is None:
            continue
        text = {}
        for line in lines:
            a = json.loads(line)
            text[a["id"]] = a.get("text", "")
        for st in dg["stories"]:
            for q in st.get("quotes", []):
                pool[lang].append((name, q, text.get(q["article"], "")))
    rng = random.Random(args.seed)
    pick = []
    if args.load:
        for line in open(args.load, encoding="utf-8"):
            key = json.loads(line)
            cands = [p for p in pool[key["lang"]] if p[0] == key["cluster"]
                     and (key["text"][:60] in p[1]["text"] or
                          p[1]["text"][:60] in key["text"])]
            same = [p for p in cands if p[1]["article"] == key["article"]]
            p = (same or cands or [None])[0]
            if p is None:
                p = (key["cluster"], {"text": key["text"], "speaker":
                                      "MISSING", "article": key["article"]},
                     key.get("context", ""))
            pick.append((key["lang"],) + p)
    else:
        for lang in ("fr", "en"):
            k = min(len(pool[lang]), (args.n + (lang == "fr")) // 2)
            pick += [(lang,) + p for p in rng.sample(pool[lang], k)]
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for lang, name, q, _ in pick:
                f.write(json.dumps({"lang": lang, "cluster": name,
                                    "article": q["article"],
                                    "text": q["text"]},
                                   ensure_ascii=False) + "\n")
    for i, (lang, name, q, text) in enumerate(pick, 1):
        first = q["text"].split("\n")[0]
        at = text.find(first)
        c = args.context
        before = text[max(0, at - c):at] if at >= 0 else "?"
        after = text[at + len(first):at + len(first) + c // 2] if at >= 0 else ""
        print(f"[{i}] {name} ({lang}) speaker: {q.get('speaker') or 'NONE'}"
              f"  ({len(q.get('support', []))} articles)")
        print(f"    ...{before}[[{q['text']}]]{after}...".replace("\n", " / "))
        print()
    print(f"sample_quotes: {len(pick)} quotes of {len(pool['fr'])} fr + "
          f"{len(pool['en'])} en (seed {args.seed})")


if __name__ == "__main__":
    main()
