#!/usr/bin/env python3
"""tools/eval/disagreements.py - every disagreement `recoupe digest` shows
on the development clusters that have no conflict gold (the RPM2 clusters
and ECB+ event labels outside claims-dev), for reading, and the share of
them judged real.

Each disagreement (publication dates aside) gets a key: its story and its
values, sorted. Judgments read by hand are kept in
tools/eval/disagreements-judged.tsv, one line each: KEY <tab> real|same|noise
<tab> why (real: a true conflict; same: two spellings of one name; noise:
values about different things). The script prints each disagreement with
its judgment (or "?" when not judged yet) and the totals, per language and
per half (A: 1st, 3rd... story of each language in name order; B: the
others). Disagreements of kind "spelling" (variants of one name, shown as
such) are counted apart: `flagged` and `real%` are over the others, the
conflicts a reader is shown; `spellings` counts the variants shown and how
many of them are judged two spellings of one name (`same`).

  python3 tools/eval/disagreements.py --bin build/recoupe --data ../shared/data
      [--all] (claims-dev clusters too) [--unjudged] (print only those)
      [--brief] (totals only)
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devsets  # noqa: E402

JUDGED = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "disagreements-judged.tsv")


def key(name, d):
    vals = sorted(v.get("value", "") for v in d.get("values") or [])
    return name + ":" + " | ".join(vals)


def load_judged():
    out = {}
    if os.path.exists(JUDGED):
        with open(JUDGED, encoding="utf-8") as fh:
            for line in fh:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 2 and not line.startswith("#"):
                    out[p[0]] = (p[1], p[2] if len(p) > 2 else "")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--unjudged", action="store_true")
    ap.add_argument("--brief", action="store_true")
    a = ap.parse_args()
    skip = () if a.all else devsets.claims_dev(a.data)
    stories = devsets.rpm2(a.data, skip) + devsets.ecb(a.data, "gold.tsv",
                                                       skip)
    judged = load_judged()
    rank = {}
    tot = {}
    for name, lang, _lines, out in devsets.digests(a.bin, stories):
        rank[lang] = rank.get(lang, 0) + 1
        half = "A" if rank[lang] % 2 else "B"
        if out is None:
            continue
        for st in out.get("stories", []):
            for d in st.get("disagreements") or []:
                if d.get("kind") == "publication":
                    continue
                k = key(name, d)
                j, why = judged.get(k, ("?", ""))
                sp = "sp-" if d.get("kind") == "spelling" else ""
                for s in ("all", lang, half + "-" + lang):
                    t = tot.setdefault(s, {})
                    t[sp + j] = t.get(sp + j, 0) + 1
                if a.brief or (a.unjudged and j != "?"):
                    continue
                print(f"{k}\t{j}\t{why}")
                for v in d.get("values") or []:
                    print(f"    {v.get('value')!r} {len(v.get('support') or [])}: "
                          f"{v.get('sentence', '')[:300]}")
    for s in ("all", "fr", "en", "A-fr", "B-fr", "A-en", "B-en"):
        t = tot.get(s, {})
        n = sum(v for j, v in t.items() if not j.startswith("sp-"))
        r = t.get("real", 0)
        ns = sum(v for j, v in t.items() if j.startswith("sp-"))
        print(f"{s:5} flagged={n} real={r} same-name={t.get('same', 0)} "
              f"noise={t.get('noise', 0)} unjudged={t.get('?', 0)} "
              f"real+same%={100 * (r + t.get('same', 0)) / n if n else 0:.0f} "
              f"real%={100 * r / n if n else 0:.0f} "
              f"spellings={ns} (same {t.get('sp-same', 0)}, "
              f"other {ns - t.get('sp-same', 0)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
