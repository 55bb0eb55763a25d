#!/usr/bin/env python3
"""tools/eval/judged_links.py - the reading check without reading: how many
of a binary's supporting links people have already read, and how many of
those were right.

The reading check of issue 10 (tools/eval/sample_facts.py) has people
judge random links; tools/eval/links-judged.tsv keeps every link read so
far (article, fact sentence, R or W). This digests the same development
stories as sample_facts.py and, for every supporting link of a fact with
support >= 2 (the article the fact is shown from left out), looks the
pair (fact sentence, article) up in that list (a fact whose claim is a
span of its sentence, the digest's "claim", is keyed by the sentence and
" [claim: SPAN]", devsets.fact_key: its links are read against the span): a dev-side estimate of the
reading precision, per language, over the links that are already judged,
and the count of those that are not (read a sample of them before
trusting the figure: a change that makes new links is judged by reading
them, not by this list). The held-out check still reads fresh seeds.

    python3 tools/eval/judged_links.py [--bin build/recoupe]
        [--data ../shared/data] [--wrong] [--lost OTHER_BIN]

--wrong prints the judged-wrong links the binary still makes;
--lost OTHER_BIN prints the judged links OTHER_BIN makes and --bin does
not (what a change removed, right and wrong three-way: a P link is right
when OTHER_BIN flagged it partial).
The last four lines give three-way per half of each language's stories
(in name order, alternately A and B), for choosing by both halves.
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
            if len(p) >= 2 and p[1] in ("R", "P", "W"):
                verdict[p[0]] = p[1]
    head = re.compile(r"^\[(\d+)\] (\S+) \(")
    link = re.compile(r"^  \+ (\d+\.\d+) (\S+?)(?: \(part\))?: ")
    rows, story, fact = {}, None, None
    with open(sample, encoding="utf-8") as fh:
        for line in fh:
            m = head.match(line)
            if m:
                story = m.group(2)
            elif line.startswith("    FACT: "):
                fact = norm(line[len("    FACT: "):])
            elif line.startswith("    CLAIM: "):
                fact += devsets.CLAIM_MARK + norm(line[len("    CLAIM: "):]) + "]"
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


def links(binary, data, evidence=None, partial=None):
    """{(fact sentence, article): (story, lang)} of binary's links;
    evidence, when a dict, gets each link's sentence of the article;
    partial, when a set, gets the links the digest flags partial"""
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
                text = devsets.fact_key(fact)
                ev = dict(zip(fact["support"], fact.get("evidence", [])))
                part = set(fact.get("partial", []))
                for aid in fact["support"]:
                    if aid != fact.get("article"):
                        out[(text, aid)] = (name, lang)
                        if evidence is not None:
                            evidence[(text, aid)] = ev.get(aid, "")
                        if partial is not None and aid in part:
                            partial.add((text, aid))
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
    evidence, partial = {}, set()
    mine = links(args.bin, args.data, evidence, partial)
    if args.unjudged:
        todo = sorted(k for k in mine if k not in judged)
        pick = random.Random(args.seed).sample(todo, min(args.unjudged,
                                                         len(todo)))
        for i, key in enumerate(sorted(pick, key=lambda k: mine[k]), 1):
            name, lang = mine[key]
            mark = " (part)" if key in partial else ""
            text, claim = devsets.split_key(key[0])
            claim = f"    CLAIM: {claim}\n" if claim else ""
            print(f"[{i}] {name} ({lang})\n    FACT: {text}\n{claim}"
                  f"  + {i}.1 {key[1]}{mark}: {norm(evidence[key])}\n")
        return
    rows = []
    # halves by story: the stories of each language in name order,
    # alternately A and B (the split claims.sh makes of claims-dev)
    names = {lg: sorted({nm for nm, l2 in mine.values() if l2 == lg})
             for lg in ("fr", "en")}
    half = {nm: "AB"[i % 2] for lg in names for i, nm in enumerate(names[lg])}
    for lang in ("fr", "en", "all"):
        # judgement x flag: "R" / "P" / "W" / None, flagged partial or not
        n = {(v, p): 0 for v in ("R", "P", "W", None) for p in (0, 1)}
        for key, (_, lg) in mine.items():
            if lang in ("all", lg):
                n[(judged.get(key), int(key in partial))] += 1
        r = n[("R", 0)] + n[("R", 1)]
        p = n[("P", 0)] + n[("P", 1)]
        w = n[("W", 0)] + n[("W", 1)]
        j = r + p + w
        three = r + n[("P", 1)]
        strict = f"{r / j:.3f}" if j else "-"
        prec = f"{three / j:.3f}" if j else "-"
        rows.append(f"{lang:>4}  links {j + n[(None, 0)] + n[(None, 1)]:5d}"
                    f"  judged {j:5d}  right {r:5d}  part {p:4d}"
                    f"  wrong {w:4d}  strict {strict}  three-way {prec}"
                    f" ({three})  not judged {n[(None, 0)] + n[(None, 1)]}")
        rows.append(f"{'':>4}  flagged partial: {sum(n[(v, 1)] for v in ('R', 'P', 'W', None))}"
                    f" (R {n[('R', 1)]}, P {n[('P', 1)]}, W {n[('W', 1)]},"
                    f" not judged {n[(None, 1)]}); flagged whole: R"
                    f" {n[('R', 0)]}, P {n[('P', 0)]}, W {n[('W', 0)]}")
    for lang in ("fr", "en"):
        for h in "AB":
            j = three = 0
            for key, (nm, lg) in mine.items():
                v = judged.get(key)
                if lg == lang and half[nm] == h and v:
                    j += 1
                    three += v == "R" or (v == "P" and key in partial)
            rows.append(f"{h}-{lang}  judged {j:5d}  three-way "
                        f"{three / j if j else 0:.3f} ({three})")
    print("\n".join(rows))
    if args.wrong:
        for key, (name, _) in sorted(mine.items(), key=lambda x: x[1]):
            v = judged.get(key)
            if v == "W" or (v == "P" and key not in partial):
                mark = " (part)" if key in partial else ""
                print(f"{v} {name} {key[1]}{mark}: {key[0]}\n"
                      f"    EVIDENCE: {norm(evidence[key])}")
    if args.lost:
        opart = set()
        other = links(args.lost, args.data, partial=opart)
        gone = [(v[0], k) for k, v in other.items()
                if k not in mine and k in judged]
        for name, key in sorted(gone):
            mark = " (part)" if key in opart else ""
            print(f"lost {judged[key]} {name} {key[1]}{mark}: {key[0]}")
        # right three-way as OTHER_BIN showed them: R, or P flagged
        r = sum(1 for _, k in gone
                if judged[k] == "R" or (judged[k] == "P" and k in opart))
        print(f"lost: {len(gone)} judged links ({r} right three-way, "
              f"{len(gone) - r} wrong)")


if __name__ == "__main__":
    main()
