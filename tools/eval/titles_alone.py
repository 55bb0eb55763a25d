#!/usr/bin/env python3
"""tools/eval/titles_alone.py - a held-out-style check of the title, date
and author rules: the development pages stripped of what modern pages give
and older or plainer pages lack, so that each field must come from fewer
sources.

    python3 tools/eval/titles_alone.py [--bin build/tools/html_extract]
        [--score build/tools/score_extract] [--data ../shared/data] [-v]
        [--dump FILE]

Variants of every page (the gold is the same):
  full        the page as it is;
  no-meta     the JSON-LD blocks and the <meta> tags of titles, authors
              and dates (og:title, author, article:published_time,
              twitter:data1...) removed: each field comes from the page's
              visible parts (<h1>, the byline, the date by the headline)
              and <title>;
  title-only  as no-meta, and the <h1>s made <div>s: the title comes from
              <title> alone, whose site and section parts must be cut;
  bare        as title-only, and og:site_name / application-name removed:
              the site's name is known from the host and the page alone.
Sets: wcxb-dev (gold titles, dates, authors) and scrapinghub (no gold
upstream: tools/eval/scrapinghub-titles.tsv holds each page's headline,
read by eye; its dates are scored against the date found on the full
page, from its metadata mostly: a silver gold, 1.000 on "full" by
construction). Prints each field's accuracy per variant and set, on all
pages and on the halves of tools/eval/extract.sh (score_extract -H) as
"all (half 0/half 1)". -v lists the wrong titles of the last variant,
--list FIELD:VARIANT the wrong values of any (author:no-meta);
--dump FILE writes every title found (to compare two builds). Fields are
compared as score_extract compares them: titles by word tokens,
case-folded; dates by their first 10 characters; authors by the first
name.
"""
import argparse
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

META = re.compile(r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"']?"
                  r"[^\"' >]*(?:title|author|date|time|published|modified|"
                  r"creator|twitter:data|twitter:label)[^\"' >]*[\"' >][^>]*>",
                  re.I)
LD = re.compile(r"<script\b[^>]*ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
H1 = re.compile(r"<(/?)h1\b", re.I)
SITE = re.compile(r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"']?"
                  r"(?:og:site_name|application-name)[\"' >][^>]*>", re.I)


def variant(html, level):
    if level >= 1:
        html = LD.sub("", META.sub("", html))
    if level >= 2:
        html = H1.sub(lambda m: "<" + m.group(1) + "div", html)
    if level >= 3:
        html = SITE.sub("", html)
    return html


def norm(s):
    return " ".join(re.findall(r"[^\W_]+", (s or "").lower()))


def first_author(s):
    """score_extract's: the text before the first , ; & | or " and " """
    s = re.split(r"[,;&|]| and ", s or "")[0]
    s = norm(s)
    return s[3:] if s.startswith("by ") else s


SAME = {"title": lambda a, b: norm(a) == norm(b),
        "date": lambda a, b: (a or "")[:10] == (b or "")[:10] if a and b
        else not a and not b,
        "author": lambda a, b: first_author(a) == first_author(b)}
KEY = {"title": "title", "date": "publish_date", "author": "author"}


def halves_of(score, gold):
    """the ids of each half, as score_extract splits them"""
    empty = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    empty.close()
    out = []
    for h in (0, 1):
        r = subprocess.run([score, "-v", "-n", "1", "-H", str(h), gold,
                            empty.name], capture_output=True, text=True)
        out.append({l.split()[0] for l in r.stdout.splitlines()
                    if " P " in l and not l.startswith("pages")})
    os.unlink(empty.name)
    return out


def load_sets(data):
    here = os.path.dirname(os.path.abspath(__file__))
    wc = os.path.join(data, "extraction-dev", "wcxb-dev")
    sh = os.path.join(data, "extraction-dev", "scrapinghub")
    sets = []
    if os.path.isdir(wc):
        gold = {}
        for f in glob.glob(os.path.join(wc, "ground-truth", "*.json")):
            g = json.load(open(f, encoding="utf-8"))["ground_truth"]
            gold[os.path.basename(f)[:-5]] = g
        sets.append(("wcxb-dev", os.path.join(wc, "html"), gold, wc))
    if os.path.isdir(sh):
        gold = {}
        for line in open(os.path.join(here, "scrapinghub-titles.tsv"),
                         encoding="utf-8"):
            if not line.startswith("#"):
                pid, t = line.rstrip("\n").split("\t", 1)
                gold[pid] = {"title": t or None}
        sets.append(("scrapinghub", os.path.join(sh, "html"), gold,
                     os.path.join(sh, "ground-truth.json")))
    return sets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/tools/html_extract")
    ap.add_argument("--score", default="build/tools/score_extract")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--dump", help="write every title found, as JSON")
    ap.add_argument("--list", metavar="FIELD:VARIANT",
                    help="list the wrong values of one field in one variant "
                    "(e.g. author:no-meta); -v is title:bare")
    o = ap.parse_args()
    dump = {}
    names = ["full", "no-meta", "title-only", "bare"]
    for setname, hdir, gold, scored in load_sets(o.data):
        raw = {}
        for p in sorted(glob.glob(os.path.join(hdir, "*.html.gz"))):
            raw[os.path.basename(p).split(".")[0]] = \
                gzip.open(p).read().decode("utf-8", "replace")
        halves = halves_of(o.score, scored)
        with tempfile.TemporaryDirectory() as tmp:
            for level, name in enumerate(names):
                files = []
                for pid, html in raw.items():
                    path = os.path.join(tmp, pid + ".html")
                    with open(path, "w", encoding="utf-8") as fh:
                        fh.write(variant(html, level))
                    files.append(path)
                r = subprocess.run([o.bin] + files, capture_output=True,
                                   text=True)
                got = {}
                for line in r.stdout.splitlines():
                    d = json.loads(line)
                    got[d["id"]] = d
                dump["%s %s" % (setname, name)] = {
                    pid: (got.get(pid) or {}).get("title") for pid in raw}
                if setname == "scrapinghub" and level == 0:
                    # no date gold: the full page's date (its metadata,
                    # mostly) is the silver gold of the stripped variants
                    for pid in raw:
                        gold.setdefault(pid, {})["publish_date"] = \
                            (got.get(pid) or {}).get("date")
                fields = [f for f in ("title", "date", "author")
                          if any(KEY[f] in g for g in gold.values())]
                line = []
                for f in fields:
                    ok = {pid: SAME[f]((got.get(pid) or {}).get(f),
                                       (gold.get(pid) or {}).get(KEY[f]))
                          for pid in raw}
                    parts = [f, "%.3f" % (sum(ok.values()) / len(ok))]
                    for ids in halves:
                        ids = [i for i in ids if i in ok]
                        parts.append("%.3f" % (
                            sum(ok[i] for i in ids) / max(1, len(ids))))
                    line.append("%s %s (%s/%s)" % tuple(parts))
                    if (o.list == "%s:%s" % (f, name) or o.v and
                            f == "title" and level == len(names) - 1):
                        for pid in sorted(ok):
                            if not ok[pid]:
                                print("  %s got %r gold %r" % (
                                    pid, (got.get(pid) or {}).get(f),
                                    (gold.get(pid) or {}).get(KEY[f])))
                print("%-12s %-11s %s" % (setname, name, "  ".join(line)))
    if o.dump:
        with open(o.dump, "w", encoding="utf-8") as fh:
            json.dump(dump, fh, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    sys.exit(main())
