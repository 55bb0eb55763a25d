#!/usr/bin/env python3
"""tools/eval/link_changes.py - the supporting links a setting adds, to read.

A threshold or a rule that raises claims-dev recall can add many wrong
links on other stories (lowering CORE_CONT to 0.65 raised English recall
by 0.025 and added 59 links on the other dev clusters, about 63% of them
right). This prints, for the development clusters NOT in claims-dev (as
sample_facts.py), every article that supports a fact under setting B but
not under setting A, with the fact's sentence and the article's closest
sentence, so that a person reads them before a change lands.

Facts are matched by their group of sentences (the units the aligner put
together), not by their shown sentence, so a change of representative is
not a new link. It needs the tuning build, whose FACT_DUMP=1 lists each
fact's units and support on standard error, and settings given as the
environment overrides of that build:

    make BUILD=build-tune OPT="-O2 -DRCP_DIGEST_TUNE"
    python3 tools/eval/link_changes.py --bin build-tune/recoupe \\
        --a "CORE_CONT=0.75" --b "CORE_CONT=0.65" [--lang en]

A group of B made of whole groups of A (two facts merged into one) adds
the links of its articles beyond the A group with the most articles,
printed against that group's sentence. Other groups that exist under B
only are counted (their links are new too, but need reading as whole
facts: sample_facts.py); --new prints them, each sentence with its
article.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devsets  # noqa: E402
from sample_facts import best_sentence, sentences  # noqa: E402


def env_of(setting):
    env = dict(os.environ)
    env["FACT_DUMP"] = "1"
    for kv in setting.split():
        k, _, v = kv.partition("=")
        env[k] = v
    return env


def groups(binary, setting, path):
    """{frozenset of (article, sentence)}: {"rep": text, "docs": set}"""
    r = subprocess.run([binary, "digest", "--single", "--format", "json", path],
                       capture_output=True, env=env_of(setting))
    out, cur = {}, None
    for line in r.stderr.decode("utf-8", "replace").split("\n") + ["FACT"]:
        if line.startswith("FACT"):
            if cur and cur["units"]:
                out[frozenset(cur["units"])] = cur
            cur = {"units": [], "docs": set(), "rep": ""}
        elif line.startswith("  + ") and cur is not None:
            cur["docs"].add(line[4:].strip())
        elif line.startswith("  ") and "\t" in line and cur is not None:
            art, text = line[4:].split("\t", 1)
            cur["units"].append((art, text))
            if line[2] == "*":
                cur["rep"] = text
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build-tune/recoupe")
    ap.add_argument("--data", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
        "shared", "data"))
    ap.add_argument("--a", required=True, help='setting A, "NAME=V ..."')
    ap.add_argument("--b", required=True, help="setting B")
    ap.add_argument("--lang", choices=("fr", "en"))
    ap.add_argument("--new", action="store_true",
                    help="also print the groups of support >= 2 under B "
                         "only, each sentence with its article")
    args = ap.parse_args()
    skip = devsets.claims_dev(args.data)
    stories = (devsets.rpm2(args.data, skip) +
               devsets.ecb(args.data, "gold.tsv", skip))
    added = new_groups = merged = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, lang, lines in stories:
            if args.lang and lang != args.lang:
                continue
            path = os.path.join(tmp, name + ".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            ga = groups(args.bin, args.a, path)
            gb = groups(args.bin, args.b, path)
            texts = {}
            for line in lines:
                o = json.loads(line)
                texts[o["id"]] = o.get("text", "")
            unit_of = {}
            for key, fa in ga.items():
                for u in key:
                    unit_of[u] = key
            for key, fb in gb.items():
                fa = ga.get(key)
                if fa is None:
                    # groups of A merged into this one (merge_by_core):
                    # its links beyond the A group with the most docs
                    parts = {unit_of[u] for u in key if u in unit_of}
                    if (len(parts) < 2 or
                            sum(len(k) for k in parts) != len(key)):
                        if len(fb["docs"]) > 1:
                            new_groups += 1
                            if args.new:
                                print(f"[new {new_groups}] {name}: "
                                      f"{fb['rep'][:300]}\n" + "".join(
                                          f"    {a}: {t[:300]}\n"
                                          for a, t in fb["units"]))
                        continue
                    fa = max((ga[k] for k in parts),
                             key=lambda f: (len(f["docs"]), f["rep"]))
                    merged += 1
                for art in sorted(fb["docs"] - fa["docs"]):
                    added += 1
                    # the article's own sentence in the group, else its
                    # closest one (a doc that joined by extension)
                    own = [t for a, t in fb["units"] if a == art]
                    sent = own[0] if own else best_sentence(
                        sentences(texts[art]), fa["rep"])
                    print(f"[{added}] {name}: {fa['rep'][:300]}\n"
                          f"    + {art}: {sent[:300]}\n")
    print(f"link_changes: {added} links added to the same groups "
          f"or to the largest of the groups of A merged into one "
          f"({merged} merged groups, read against that group's sentence); "
          f"{new_groups} other groups of support >= 2 under B only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
