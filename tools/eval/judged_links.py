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
--add SAMPLE JUDGED WHO adds a reading to the list: SAMPLE is the output
of sample_facts.py, JUDGED its links judged one a line ("3.1 R", "3.2 W"),
WHO a name for the reading; a link read again takes the new judgement.
--unjudged N prints N links of the binary no one has read yet (--seed),
in sample_facts.py's format, for a reading that --add then keeps.
"""
import argparse
import os
import random
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


def add_reading(path, sample, judgements, who):
    """adds the links of a sample_facts.py output judged in judgements"""
    verdict = {}
    with open(judgements, encoding="utf-8") as fh:
        for line in fh:
            p = line.split()
            if len(p) >= 2 and p[1] in ("R", "W"):
                verdict[p[0]] = p[1]
    head = re.compile(r"^\[(\d+)\] (\S+) \(")
    link = re.compile(r"^  \+ (\d+\.\d+) (\S+): ")
    rows, story, fact = {}, None, None
    with open(sample, encoding="utf-8") as fh:
        for line in fh:
            m = head.match(line)
            if m:
                story = m.group(2)
            elif line.startswith("    FACT: "):
                fact = norm(line[len("    FACT: "):])
            else:
                m = link.match(line)
                if m and m.group(1) in verdict:
                    rows[(fact, m.group(2))] = (story, verdict[m.group(1)])
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    keep = [ln for ln in lines
            if ln.startswith("#") or
            (len(ln.split("\t")) == 5 and
             (ln.split("\t")[4], ln.split("\t")[1]) not in rows)]
    body = sorted(keep[1:] + ["\t".join([st, key[1], v, who, key[0]])
                              for key, (st, v) in rows.items()],
                  key=lambda ln: (ln.split("\t")[0], ln.split("\t")[4],
                                  ln.split("\t")[1]))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(keep[:1] + body) + "\n")
    print(f"judged_links: {len(rows)} links added from {sample}")


def links(binary, data, evidence=None):
    """{(fact sentence, article): (story, lang)} of binary's links;
    evidence, when a dict, gets each link's sentence of the article"""
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
                ev = dict(zip(fact["support"], fact.get("evidence", [])))
                for aid in fact["support"]:
                    if aid != fact.get("article"):
                        out[(text, aid)] = (name, lang)
                        if evidence is not None:
                            evidence[(text, aid)] = ev.get(aid, "")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--judged", default=os.path.join(HERE, "links-judged.tsv"))
    ap.add_argument("--wrong", action="store_true")
    ap.add_argument("--lost", metavar="OTHER_BIN")
    ap.add_argument("--add", nargs=3, metavar=("SAMPLE", "JUDGED", "WHO"))
    ap.add_argument("--unjudged", type=int, metavar="N")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.add:
        add_reading(args.judged, *args.add)
        return
    judged = load_judged(args.judged)
    evidence = {}
    mine = links(args.bin, args.data, evidence)
    if args.unjudged:
        todo = sorted(k for k in mine if k not in judged)
        pick = random.Random(args.seed).sample(todo, min(args.unjudged,
                                                         len(todo)))
        for i, key in enumerate(sorted(pick, key=lambda k: mine[k]), 1):
            name, lang = mine[key]
            print(f"[{i}] {name} ({lang})\n    FACT: {key[0]}\n"
                  f"  + {i}.1 {key[1]}: {norm(evidence[key])}\n")
        return
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
