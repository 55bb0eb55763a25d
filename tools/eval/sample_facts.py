#!/usr/bin/env python3
"""tools/eval/sample_facts.py - a reading check of corroboration links.

Samples N random facts with support >= 2 (fixed seed) from the digests of
development clusters that are NOT in claims-dev (RPM2 clusters of
../shared/data/rpm2-dev, ECB+ event clusters of ../shared/data/ecbplus-dev/
gold.tsv), and prints, for each, the fact's sentence and, for every
supporting article, the sentence of that article that states it by the
digest (its "evidence"; with a digest that has none, the sentence that
best matches it, most shared words). A person reads them and counts the links that are
right (the article states the fact) and wrong; the held-out check of
issue 10 reads 40 such facts and wants >= 90% of the links right.

    python3 tools/eval/sample_facts.py [--bin build/recoupe] [--data DIR]
        [-n 40] [--seed 10] [--lang fr|en]

Without evidence, the sentences are recoupe's own (build/tools/sentences
beside --bin, the splitter every stage reads); without that tool, a rough
regex split is used instead and says so. Each link is printed with a number (fact.link) so that judgements can be
written down as a list. The article the digest shows the fact from is
marked "=" (it is the fact's own sentence); the others, the links to
judge, are marked "+", and "(part)" after the article's id when the digest
flags it partial (the fact's "partial": its article states the fact's
claim but not every detail of the sentence shown). A fact whose claim is
a part of its sentence (the digest's "claim", docs/digest.md "What a fact
shows": a value fact's clause) prints that span on a "CLAIM:" line under
the sentence: its links are read against the span, not the whole
sentence.

Each link is judged three ways: R (the article states the whole of the
fact's sentence, in any wording), P (it states the fact's main claim:
actor, predicate and values agree, but not every detail), W (another
claim on the same subject, another actor, a conflicting value, a
question, forecast or conditional). A link reads right strictly when R;
three-way when R, or P and flagged "(part)" (a P flagged whole, or a
link flagged partial that does not state the main claim, is wrong).
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devsets  # noqa: E402


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


def recoupe_sentences(tool, lines):
    """{article id: [sentences]} by recoupe's splitter (tools/sentences
    prints the normalised text and byte offsets); None without the tool."""
    if not os.access(tool, os.X_OK):
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as f:
        f.write("\n".join(lines) + "\n")
        f.flush()
        out = subprocess.run([tool, f.name], capture_output=True,
                             text=True).stdout
    sents = {}
    for line in out.splitlines():
        a = json.loads(line)
        b = a["text"].encode("utf-8")
        sents[a["id"]] = [b[x:y].decode("utf-8", "replace").strip()
                          for x, y in a["sents"]]
    return sents


def best_sentence(cands, fact):
    fw = words(fact)
    best, score = "", -1.0
    for s in cands:
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
    skip = devsets.claims_dev(data)
    return devsets.rpm2(data, skip) + devsets.ecb(data, "gold.tsv", skip)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--lang", choices=("fr", "en"))
    args = ap.parse_args()
    tool = os.path.join(os.path.dirname(args.bin), "tools", "sentences")
    if not os.access(tool, os.X_OK):
        print(f"sample_facts: no {tool}: sentences split by a regex",
              file=sys.stderr)
    pool = []
    stories = [c for c in clusters(args.data)
               if not args.lang or c[1] == args.lang]
    for name, lang, lines, dg in devsets.digests(args.bin, stories):
        if dg is None:
            continue
        split = recoupe_sentences(tool, lines)
        text = {}
        for line in lines:
            a = json.loads(line)
            title = a.get("title") or ""
            if split is not None:
                text[a["id"]] = [title] + split.get(a["id"], [])
            else:
                text[a["id"]] = sentences(title + "\n" + a.get("text", ""))
        for st in dg["stories"]:
            for fact in st.get("facts", []):
                if len(fact.get("support", [])) >= 2:
                    pool.append((name, lang, fact, text))
    rng = random.Random(args.seed)
    pick = rng.sample(pool, min(args.n, len(pool)))
    nlinks = 0
    for i, (name, lang, fact, text) in enumerate(pick, 1):
        print(f"[{i}] {name} ({lang}) {len(fact['support'])} articles")
        print(f"    FACT: {fact['text']}")
        if fact.get("claim"):
            print(f"    CLAIM: {fact['claim']['text']}")
        j = 0
        ev = dict(zip(fact["support"], fact.get("evidence", [])))
        part = set(fact.get("partial", []))
        for aid in fact["support"]:
            if aid == fact.get("article"):
                continue
            j += 1
            nlinks += 1
            said = ev.get(aid) or best_sentence(text.get(aid, []),
                                                fact['text'])
            mark = " (part)" if aid in part else ""
            print(f"  + {i}.{j} {aid}{mark}: {said}")
        print()
    print(f"sample_facts: {len(pick)} facts of {len(pool)}, {nlinks} links "
          f"to judge (seed {args.seed})")


if __name__ == "__main__":
    main()
