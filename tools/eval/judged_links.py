#!/usr/bin/env python3
"""tools/eval/judged_links.py - the reading check without reading: how many
of a binary's supporting links people have already read, and how many of
those were right.

The reading check of issue 10 (tools/eval/sample_facts.py) has people
judge random links; tools/eval/links-judged.tsv keeps every link read so
far (article, fact sentence, R or W). This digests the same development
stories as sample_facts.py and, for every supporting link of a fact with
support >= 2 (the article the fact is shown from left out), looks the
pair (fact sentence, article) up in that list: a dev-side estimate of the
reading precision, per language, over the links that are already judged,
and the count of those that are not (read a sample of them before
trusting the figure: a change that makes new links is judged by reading
them, not by this list). The held-out check still reads fresh seeds.

    python3 tools/eval/judged_links.py [--bin build/recoupe]
        [--data ../shared/data] [--wrong] [--lost OTHER_BIN]

--wrong prints the judged-wrong links the binary still makes;
--lost OTHER_BIN prints the judged links OTHER_BIN makes and --bin does
not (what a change removed, right and wrong).
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devsets  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def load_judged(path):
    judged = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) == 5:
                judged[(p[4], p[1])] = p[2]
    return judged


def links(binary, data):
    """{(fact sentence, article): (story, lang)} of binary's links"""
    skip = devsets.claims_dev(data)
    stories = devsets.rpm2(data, skip) + devsets.ecb(data, "gold.tsv", skip)
    out = {}
    for name, lang, _, dg in devsets.digests(binary, stories):
        if dg is None:
            continue
        for st in dg["stories"]:
            for fact in st.get("facts", []):
                if len(fact.get("support", [])) < 2:
                    continue
                text = norm(fact["text"])
                for aid in fact["support"]:
                    if aid != fact.get("article"):
                        out[(text, aid)] = (name, lang)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--judged", default=os.path.join(HERE, "links-judged.tsv"))
    ap.add_argument("--wrong", action="store_true")
    ap.add_argument("--lost", metavar="OTHER_BIN")
    args = ap.parse_args()
    judged = load_judged(args.judged)
    mine = links(args.bin, args.data)
    rows = []
    for lang in ("fr", "en", "all"):
        n = {"R": 0, "W": 0, None: 0}
        for key, (_, lg) in mine.items():
            if lang in ("all", lg):
                n[judged.get(key)] += 1
        r, w = n["R"], n["W"]
        prec = f"{r / (r + w):.3f}" if r + w else "-"
        rows.append(f"{lang:>4}  links {r + w + n[None]:5d}  judged {r + w:5d}"
                    f"  right {r:5d}  wrong {w:4d}  precision {prec}"
                    f"  not judged {n[None]}")
    print("\n".join(rows))
    if args.wrong:
        for key, (name, _) in sorted(mine.items(), key=lambda x: x[1]):
            if judged.get(key) == "W":
                print(f"W {name} {key[1]}: {key[0]}")
    if args.lost:
        other = links(args.lost, args.data)
        gone = [(v[0], k) for k, v in other.items()
                if k not in mine and k in judged]
        for name, key in sorted(gone):
            print(f"lost {judged[key]} {name} {key[1]}: {key[0]}")
        r = sum(1 for _, k in gone if judged[k] == "R")
        print(f"lost: {len(gone)} judged links ({r} right, "
              f"{len(gone) - r} wrong)")


if __name__ == "__main__":
    main()
