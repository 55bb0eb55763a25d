#!/usr/bin/env python3
"""tools/eval/sentence_cuts.py - are the digest's items whole sentences?

Digests every development story (the 20 RPM2 clusters of rpm2-dev and the
events of rpm2-cluster-dev, French; the ECB+ events of ecbplus-dev and the
English clusters of claims-dev, English; the seeds, French) with
`recoupe digest --single --format json`, finds each item (the facts and
the unique sentences) in its article's text, and flags the items whose
cut looks wrong, by what is on each side of the cut in the article:

  abbrev   the item ends at a full stop that closes an abbreviation, an
           initial, an ordinal or a month ("... in London on Oct.",
           "... said J."), and the article's paragraph goes on after it;
           or the item begins right after such a stop
  number   the item ends at a full stop and its paragraph goes on with a
           number (a lost decimal point: "a." before "357 Magnum", "5."
           before "2 quake"), or begins with a number after a full stop
  lower    the item begins, inside a paragraph, with a lower-case word,
           a closing quotation mark or a comma ("said X", "a-t-il dit")
  colon    the item ends at a colon (a lead-in taken as a sentence)

The abbreviation and month lists here are this check's own, written from
the grammar of English and French (titles, months, the usual Latin and
business abbreviations), not from the digests nor from src/text/. Prints
the items, the flagged ones and their rate per language and per half
(A = 1st, 3rd... story of each set, B = the others), and, with
--verbose, each flagged item with the text around its cut.

With --split ours|icu the same flags are counted over every sentence of
every development article, as recoupe's splitter or ICU's sentence break
iterator (with its abbreviation suppressions) cuts them
(build/tools/sentences), with one more:

  joined   the sentence holds a sentence end it missed: a word, a full
           stop, ! or ?, and a capitalised pronoun or article of the
           language ("... on Monday. The ...", "... lundi. Il ..."),
           outside quotation marks (a short quotation is kept whole)

    python3 tools/eval/sentence_cuts.py [--bin build/recoupe]
        [--data ../shared/data] [--verbose] [--sample N --seed S]
        [--split ours|icu [--tools build/tools]]
Exit status 0 (figures, not a test), 2 when recoupe fails.
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

# Words a full stop follows without ending the sentence, when the text
# goes on with a name or a number (folded, without the stop).
TITLES = set("""mr mrs ms dr prof gen col lt sgt capt gov sen rep rev hon st
maj adm cpl pvt supt det jr sr messrs mme mmes mlle mgr pr me
m mm""".split())
MONTHS = set("""jan feb mar apr jun jul aug sep sept oct nov dec janv fev
fevr avr juil""".split())
OTHER = set("""no nos vs etc inc ltd co corp cf al approx dept est fig vol
pp p ch art av bd ave blvd rd""".split())
# capitalised words that open a sentence and rarely a name
OPEN = {"en": set("The He She It They We I This That There But".split()),
        "fr": set("Le La Les Il Elle Ils Elles Nous Je Ce Cette Mais "
                  "On".split())}
CLOSERS = "\u00bb\u201d\u2019\u203a'\")]"
OPENERS = "\u00ab\u201c\u201e\u2018\u2039\"'(["


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def stories(data, binary, skip_claims=False):
    out = []
    for name, lang, lines in devsets.rpm2(data):
        out.append(("rpm2", name, lang, lines))
    ev = {}
    with open(os.path.join(data, "rpm2-cluster-dev", "gold-event.tsv")) as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) == 2:
                ev[p[0]] = p[1]
    groups = {}
    with open(os.path.join(data, "rpm2-cluster-dev", "articles.jsonl"),
              encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                a = json.loads(line)
                if a["id"] in ev:
                    groups.setdefault(ev[a["id"]], []).append(line.rstrip("\n"))
    for lab in sorted(groups):
        if len(groups[lab]) >= 2:
            out.append(("rpm2-cluster", "rc_" + lab, "fr", groups[lab]))
    for name, lang, lines in devsets.ecb(data, "gold.tsv"):
        out.append(("ecbplus", name, lang, lines))
    cdir = os.path.join(data, "claims-dev", "clusters")
    for f in sorted(os.listdir(cdir)):
        if f.endswith(".jsonl"):
            with open(os.path.join(cdir, f), encoding="utf-8") as fh:
                out.append(("claims", f[:-6], "en", fh.read().splitlines()))
    if os.path.isdir("examples/seeds"):
        r = subprocess.run([binary, "extract", "examples/seeds"],
                           capture_output=True, text=True)
        if r.returncode == 0:
            out.append(("seeds", "seeds", "fr", r.stdout.splitlines()))
    return out


def locate(text, item):
    """(start, end) of item in text, spaces matched loosely, or None"""
    i = text.find(item)
    if i >= 0:
        return i, i + len(item)
    pat = r"\s+".join(re.escape(w) for w in item.split())
    m = re.search(pat, text)
    return (m.start(), m.end()) if m else None


def last_word(s):
    m = re.search(r"([^\W_]+(?:[.'\u2019-][^\W_]+)*)\.$", s)
    return m.group(1) if m else None


def abbrev_word(w):
    if w is None:
        return False
    f = fold(w)
    if f in TITLES or f in MONTHS or f in OTHER:
        return True
    if len(w) == 1 and w.isalpha() and w.isupper():
        return True  # an initial
    return False


def judge(text, s, e, item):
    """the flags of one item at text[s:e]"""
    flags = []
    ps = text.rfind("\n", 0, s) + 1
    pe = text.find("\n", e)
    pe = len(text) if pe < 0 else pe
    before = text[ps:s].rstrip()
    after = text[e:pe].lstrip()
    body = item.rstrip(CLOSERS + " ")
    # the end
    if after:
        w = last_word(body)
        if body.endswith(".") and abbrev_word(w):
            flags.append("abbrev")
        elif body.endswith(".") and after[:1].isdigit():
            flags.append("number")
    if body.endswith(":"):
        flags.append("colon")
    # the start
    if before:
        w = last_word(before.rstrip(CLOSERS))
        head = item.lstrip(OPENERS + " ")
        if before.endswith(".") and abbrev_word(w) and "abbrev" not in flags:
            flags.append("abbrev")
        elif before.endswith(".") and item[:1].isdigit():
            if "number" not in flags:
                flags.append("number")
        elif (head[:1].islower() or item[:1] in "\u00bb\u201d\u203a)],;:"):
            flags.append("lower")
    return flags


def joined(sent, lang):
    for m in re.finditer(r"[a-z\u00e0-\u00ff]{3,}[.!?] +([A-Z]\w*)", sent):
        head = sent[:m.start()]
        inside = (head.count('"') % 2 or head.count("\u00ab") >
                  head.count("\u00bb") or head.count("\u201c") >
                  head.count("\u201d"))
        if m.group(1) in OPEN.get(lang, ()) and not inside:
            return True
    return False


def split_mode(a):
    """every sentence of every development article, by one splitter"""
    files = [os.path.join(a.data, "ecbplus-dev", "articles.jsonl"),
             os.path.join(a.data, "rpm2-cluster-dev", "articles.jsonl")]
    seen = set()
    tally, flagged = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        seeds = os.path.join(tmp, "seeds.jsonl")
        r = subprocess.run([a.bin, "extract", "examples/seeds"],
                           capture_output=True, text=True)
        if r.returncode == 0 and os.path.isdir("examples/seeds"):
            with open(seeds, "w", encoding="utf-8") as f:
                f.write(r.stdout)
            files.append(seeds)
        rdir = os.path.join(a.data, "rpm2-dev", "clusters")
        files += [os.path.join(rdir, f) for f in sorted(os.listdir(rdir))]
        cmd = [os.path.join(a.tools, "sentences")]
        if a.split == "icu":
            cmd.append("--icu")
        r = subprocess.run(cmd + files, capture_output=True, text=True)
        if r.returncode != 0:
            print("sentences failed", file=sys.stderr)
            sys.exit(2)
    for n, line in enumerate(r.stdout.splitlines()):
        o = json.loads(line)
        if o["text"] in seen:
            continue
        seen.add(o["text"])
        lang = o["lang"] if o["lang"] in ("fr", "en") else "other"
        half = "A" if len(seen) % 2 else "B"
        raw = o["text"].encode("utf-8")
        text = o["text"]
        for bs, be in o["sents"]:
            s0 = len(raw[:bs].decode("utf-8", "replace"))
            s1 = s0 + len(raw[bs:be].decode("utf-8", "replace"))
            it = text[s0:s1]
            fl = judge(text, s0, s1, it)
            if joined(it, lang):
                fl.append("joined")
            for key in (lang, lang + half, "all"):
                t = tally.setdefault(key, {"items": 0})
                t["items"] += 1
                if fl:
                    t["cut"] = t.get("cut", 0) + 1
                for x in fl:
                    t[x] = t.get(x, 0) + 1
            if fl:
                flagged.append((o["id"], o["id"], fl, text, (s0, s1), it))
    return tally, flagged


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--sample", type=int, default=0,
                    help="print N flagged items at random (with --seed)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split", choices=("ours", "icu"))
    ap.add_argument("--tools", default="build/tools")
    a = ap.parse_args()
    tally = {}
    flagged = []
    seen_set = {}
    if a.split:
        tally, flagged = split_mode(a)
    with tempfile.TemporaryDirectory() as tmp:
        for dset, name, lang, lines in ([] if a.split else
                                        stories(a.data, a.bin)):
            k = seen_set.get((dset, lang), 0)
            seen_set[(dset, lang)] = k + 1
            half = "A" if k % 2 == 0 else "B"
            arts = {}
            for line in lines:
                if line.strip():
                    o = json.loads(line)
                    arts[o["id"]] = unicodedata.normalize(
                        "NFC", o.get("text", ""))
            path = os.path.join(tmp, "s.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            r = subprocess.run([a.bin, "digest", "--single", "--format",
                                "json", path], capture_output=True)
            if r.returncode != 0:
                print(f"{name}: recoupe failed", file=sys.stderr)
                sys.exit(2)
            items = []
            for st in json.loads(r.stdout)["stories"]:
                for f in st.get("facts", []):
                    items.append((f["article"], f["text"]))
                for u in st.get("unique", []):
                    for t in u.get("facts", []):
                        items.append((u["article"], t))
            for art, it in items:
                for key in (lang, lang + half, "all"):
                    t = tally.setdefault(key, {"items": 0})
                    t["items"] += 1
                text = arts.get(art, "")
                loc = locate(text, it)
                if loc is None:
                    for key in (lang, lang + half, "all"):
                        t = tally[key]
                        t["lost"] = t.get("lost", 0) + 1
                    continue
                fl = judge(text, loc[0], loc[1], it)
                if not fl:
                    continue
                for key in (lang, lang + half, "all"):
                    t = tally[key]
                    t["cut"] = t.get("cut", 0) + 1
                    for x in fl:
                        t[x] = t.get(x, 0) + 1
                flagged.append((name, art, fl, text, loc, it))
    for key in ("fr", "frA", "frB", "en", "enA", "enB", "all"):
        t = tally.get(key, {"items": 0})
        n, c = t["items"], t.get("cut", 0)
        kinds = " ".join(f"{x} {t.get(x, 0)}" for x in
                         ("abbrev", "number", "lower", "colon") +
                         (("joined",) if a.split else ()))
        print(f"{key:4} items {n:6}  flagged {c:5} ({100.0 * c / max(n, 1):.2f}%)"
              f"  {kinds}  not found {t.get('lost', 0)}")
    show = flagged
    if a.sample:
        random.Random(a.seed).shuffle(show)
        show = show[:a.sample]
    if a.verbose or a.sample:
        for name, art, fl, text, (s, e), it in show:
            print(f"\n[{','.join(fl)}] {name} {art}")
            print("  ..." + text[max(0, s - 60):s].replace("\n", "/")
                  + " [[" + it + "]] " + text[e:e + 60].replace("\n", "/"))


if __name__ == "__main__":
    main()
