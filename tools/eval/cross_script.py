#!/usr/bin/env python3
"""tools/eval/cross_script.py - a small synthetic check of names carried
across scripts (issue 11 item 5): there is no cross-lingual development
set here, so one is made from ECB+ dev.

    python3 tools/eval/cross_script.py RECOUPE [RECOUPE_WITHOUT] \
        [--data ../shared/data] [--seed 1]

Every other article of ECB+ dev (by a seeded draw) is "translated" into
Cyrillic, Greek or Arabic script (one script per event, drawn): its names
(capitalised words inside a sentence) are written in that script by a
letter table of this file (not ICU's, whose inverse recoupe uses), its
other words replaced by made-up words of that script, the same English
word always by the same made-up word (a perfect, consistent translation
of the vocabulary, sharing nothing with English); numbers are kept.
Then `recoupe cluster` runs on the mixed set and the pairs across scripts
(one article Latin, the other not) are scored against the ECB+ events:
precision, recall and F1 of "same story", with BCubed F1 of the whole.

What it can and cannot tell: whether names written in another script meet
their Latin spelling in the clusterer. It says nothing of real translated
news: there the other words share nothing either, but names are spelled
the other language's way (Лохан, inflected: Лохан/Лохана), the text
names fewer of the same people, and Arabic writes no short vowels (the
table here drops them too, as the script does).
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

CYR = {"shch": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": "ц",
       "ya": "я", "yu": "ю", "a": "а", "b": "б", "c": "к", "d": "д",
       "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
       "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
       "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
       "w": "у", "x": "кс", "y": "й", "z": "з"}
GRK = {"th": "θ", "ch": "χ", "ps": "ψ", "ou": "ου", "a": "α", "b": "μπ",
       "c": "κ", "d": "ντ", "e": "ε", "f": "φ", "g": "γκ", "h": "χ",
       "i": "ι", "j": "τζ", "k": "κ", "l": "λ", "m": "μ", "n": "ν",
       "o": "ο", "p": "π", "q": "κ", "r": "ρ", "s": "σ", "t": "τ",
       "u": "ου", "v": "β", "w": "ου", "x": "ξ", "y": "ι", "z": "ζ"}
ARB = {"sh": "ش", "th": "ث", "kh": "خ", "a": "ا", "b": "ب", "c": "ك",
       "d": "د", "e": "", "f": "ف", "g": "غ", "h": "ه", "i": "ي",
       "j": "ج", "k": "ك", "l": "ل", "m": "م", "n": "ن", "o": "و",
       "p": "ب", "q": "ق", "r": "ر", "s": "س", "t": "ت", "u": "و",
       "v": "ف", "w": "و", "x": "كس", "y": "ي", "z": "ز"}
SCRIPTS = {"ru": CYR, "el": GRK, "ar": ARB}


def spell(word, table):
    w, out, i = word.lower(), [], 0
    while i < len(w):
        for k in (4, 2, 1):
            if w[i:i + k] in table:
                out.append(table[w[i:i + k]])
                i += k
                break
        else:
            i += 1  # accents, apostrophes: dropped
    s = "".join(out)
    if table is ARB and word[:1].lower() in "aeiou" and s[:1] != "ا":
        s = "ا" + s  # a word-initial vowel is written
    return s


def made_up(word, table):
    """A word of the script that shares nothing with English."""
    h = hashlib.sha1(word.lower().encode()).digest()
    letters = [v for v in table.values() if v]
    return "".join(letters[b % len(letters)] for b in h[:3 + h[3] % 4])


TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*|[^\sA-Za-z\d]+|\s+")


def translate(text, lang):
    table, out, start = SCRIPTS[lang], [], True
    for m in TOKEN.finditer(text):
        t = m.group(0)
        if t[0].isalpha():
            name = t[0].isupper() and not start
            out.append(spell(t, table) if name else made_up(t, table))
            start = False
        else:
            out.append(t)
            if re.search(r"[.!?\n]", t):
                start = True
    return "".join(out)


def pairs_score(assign, gold, foreign):
    ids = [i for i in assign if i in gold]
    tp = fp = fn = 0
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            x, y = ids[a], ids[b]
            if (x in foreign) == (y in foreign):
                continue
            same_s = assign[x] == assign[y]
            same_g = gold[x] == gold[y]
            tp += same_s and same_g
            fp += same_s and not same_g
            fn += same_g and not same_s
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(assign, gold):
    ids = [i for i in assign if i in gold]
    by_s, by_g = {}, {}
    for i in ids:
        by_s.setdefault(assign[i], set()).add(i)
        by_g.setdefault(gold[i], set()).add(i)
    p = sum(len(by_s[assign[i]] & by_g[gold[i]]) / len(by_s[assign[i]])
            for i in ids) / len(ids)
    r = sum(len(by_s[assign[i]] & by_g[gold[i]]) / len(by_g[gold[i]])
            for i in ids) / len(ids)
    return 2 * p * r / (p + r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recoupe", nargs="+")
    ap.add_argument("--data", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threshold", help="passed to recoupe cluster")
    ap.add_argument("--field", default="story",
                    help="story (default) or topic: which grouping is scored")
    o = ap.parse_args()
    d = os.path.join(o.data, "ecbplus-dev")
    gold = dict(l.rstrip("\n").split("\t")
                for l in open(os.path.join(d, "gold.tsv")) if l.strip())
    arts = [json.loads(l) for l in open(os.path.join(d, "articles.jsonl"))]
    rnd = random.Random(o.seed)
    events = sorted(set(gold.values()))
    script = {e: rnd.choice(sorted(SCRIPTS)) for e in events}
    foreign, rows = {}, []
    for a in arts:
        if a["id"] in gold and rnd.random() < 0.5:
            lang = script[gold[a["id"]]]
            foreign[a["id"]] = lang
            a = dict(a, lang=lang, text=translate(a["text"], lang),
                     title=translate(a.get("title") or "", lang))
        rows.append(a)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for a in rows:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
        path = f.name
    print(f"{len(rows)} articles, {len(foreign)} in another script "
          f"({', '.join(f'{k} {sum(v == k for v in foreign.values())}' for k in sorted(SCRIPTS))})")
    print(f"field: {o.field}")
    print(f"{'binary':<40} {'cross P':>8} {'cross R':>8} {'cross F1':>8} "
          f"{'B3 F1':>7}  cross F1 by script")
    for exe in o.recoupe:
        opts = ["--threshold", o.threshold] if o.threshold else []
        out = subprocess.run([exe, "cluster", path] + opts,
                             capture_output=True, text=True).stdout
        assign = {}
        for l in out.splitlines():
            j = json.loads(l)
            assign[j["id"]] = j[o.field]
        p, r, f1 = pairs_score(assign, gold, foreign)
        per = []
        for lang in sorted(SCRIPTS):
            sub = {i: s for i, s in assign.items()
                   if i not in foreign or foreign[i] == lang}
            per.append(f"{lang} {pairs_score(sub, gold, {i for i in foreign if foreign[i] == lang})[2]:.3f}")
        print(f"{exe[-40:]:<40} {p:8.3f} {r:8.3f} {f1:8.3f} "
              f"{bcubed(assign, gold):7.3f}  {', '.join(per)}")
    os.unlink(path)


if __name__ == "__main__":
    sys.exit(main())
