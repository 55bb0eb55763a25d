#!/usr/bin/env python3
"""cluster_confusions.py - the gold events `recoupe cluster` merges, half
by half: for each story that holds articles of several gold events, the
events, their dates, the words they share and the words each adds, and
how far the words tell them apart.

    python3 tools/eval/cluster_confusions.py [--recoupe build/recoupe]
        [--data ../shared/data] [--set rpm|ecb] [--stream]
        [--articles FILE --gold TSV] [--words 12]

--set rpm (default): rpm2-cluster-dev against gold-event.tsv, halves
T01-T05 / T06-T10; --set ecb: ecbplus-dev against gold.tsv, halves
topics 1-11 / 12-22 (as tools/eval/cluster_cv.py splits them). Any
other set: --articles and --gold (one half). With --stream, the stories
the stream last gave each article.

For each half: its BCubed F1 (counted within the whole run, as
cluster_cv.py does) and each story that merges gold events, largest
first. For each such story:
  - each event: its articles in the story (of its total), the span of
    their `date` fields when the input has them;
  - shared: the words at least half of the articles of every event
    hold;
  - "+ EVENT": the words at least half of that event's articles hold
    and at most one in ten of the other events' articles (the event's
    own words: its names, numbers, what happened);
  - "cos": the mean cosine of the articles' TF-IDF vectors within each
    event and across events, and "auc": the share of (same-event pair,
    cross-event pair) couples where the same-event pair is the more
    similar (0.5: the words do not tell the events apart; 1: always).
Words: runs of letters or digits of 3 characters or more, lower-cased,
less frequent than in half of the set's articles (a stop list made from
the set itself). The TF-IDF: (1 + log tf) x log(1 + (N + 1000) / df),
the clusterer's idf prior, words of one article left out. Standard
library only.
"""
import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_cv import bcubed, read_tsv, topic_num  # noqa: E402

WORD = re.compile(r"[^\W_]{3,}", re.U)


def run(recoupe, path, stream):
    cmd = [recoupe, "cluster"] + (["--stream"] if stream else [])
    if stream:
        with open(path, "rb") as f:
            res = subprocess.run(cmd, stdin=f, capture_output=True)
    else:
        res = subprocess.run(cmd + [path], capture_output=True)
    if res.returncode not in (0, 3):
        sys.exit("cluster_confusions: %s exited with status %d: %s" % (
            recoupe, res.returncode, res.stderr.decode()[:300]))
    story = {}
    for line in res.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        story[o["id"]] = o["story"]
    return story


def load(path):
    arts = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except ValueError as e:
                sys.exit("cluster_confusions: %s:%d: %s" % (path, n, e))
            arts[o["id"]] = o
    return arts


def words(art):
    text = (art.get("title") or "") + "\n" + (art.get("text") or "")
    return collections.Counter(w.lower() for w in WORD.findall(text))


def vectors(tf):
    """TF-IDF unit vectors over the whole set (the idf prior of 1000)."""
    df = collections.Counter()
    for c in tf.values():
        df.update(c.keys())
    n = len(tf)
    out = {}
    for i, c in tf.items():
        v = {w: (1 + math.log(k)) * math.log(1 + (n + 1000) / df[w])
             for w, k in c.items() if df[w] > 1}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[i] = {w: x / norm for w, x in v.items()}
    return out


def cos(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def auc(pos, neg):
    """Share of (pos, neg) couples with pos > neg, ties counting half."""
    if not pos or not neg:
        return float("nan")
    neg = sorted(neg)
    s = 0.0
    for p in pos:
        below, upto = _bisect(neg, p, False), _bisect(neg, p, True)
        s += below + 0.5 * (upto - below)
    return s / (len(pos) * len(neg))


def _bisect(xs, v, right):
    """How many of the sorted xs are below v (right: at most v)."""
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < v or (right and xs[mid] == v):
            lo = mid + 1
        else:
            hi = mid
    return lo


def dates(arts, ids):
    ds = sorted(arts[i]["date"][:10] for i in ids if arts[i].get("date"))
    if not ds:
        return "no dates"
    return ds[0] if ds[0] == ds[-1] else "%s to %s" % (ds[0], ds[-1])


def confusion(sid, members, gold, total, arts, sets, vec, stop, nwords):
    by = collections.defaultdict(list)
    for i in members:
        by[gold[i]].append(i)
    events = sorted(by, key=lambda e: (-len(by[e]), e))
    print("  story %s: %d articles, %d events" % (sid, len(members),
                                                  len(events)))

    def frac(ids):
        c = collections.Counter()
        for i in ids:
            c.update(w for w in sets[i] if w not in stop)
        return {w: k / len(ids) for w, k in c.items()}

    fr = {e: frac(by[e]) for e in events}
    shared = [w for w in fr[events[0]]
              if all(fr[e].get(w, 0) >= 0.5 for e in events)]
    shared.sort(key=lambda w: (-min(fr[e][w] for e in events), w))
    for e in events:
        print("    %-14s %2d of %2d  %s" % (e, len(by[e]), total[e],
                                          dates(arts, by[e])))
    print("    shared: %s" % " ".join(shared[:nwords]))
    for e in events:
        rest = [i for f in events if f != e for i in by[f]]
        fo = frac(rest)
        own = [w for w, x in fr[e].items()
               if x >= 0.5 and fo.get(w, 0) <= 0.1]
        own.sort(key=lambda w: (-fr[e][w], w))
        print("    + %-12s %s" % (e, " ".join(own[:nwords])))
    pos, neg = [], []
    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            x, y = members[a], members[b]
            (pos if gold[x] == gold[y] else neg).append(cos(vec[x], vec[y]))
    within = " ".join(e + (" %.3f" % _mean([cos(vec[x], vec[y])
                                            for x in by[e] for y in by[e]
                                            if x < y])
                           if len(by[e]) > 1 else " -") for e in events)
    print("    cos within %s, across %.3f; auc %s" % (
        within, _mean(neg), "%.2f" % auc(pos, neg) if pos else "-"))


def _mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--recoupe", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--set", choices=("rpm", "ecb"), default="rpm")
    ap.add_argument("--articles")
    ap.add_argument("--gold")
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--words", type=int, default=12)
    a = ap.parse_args()
    if bool(a.articles) != bool(a.gold):
        ap.error("--articles and --gold go together")
    if a.articles:
        path, gpath = a.articles, a.gold
    elif a.set == "rpm":
        path = os.path.join(a.data, "rpm2-cluster-dev/articles.jsonl")
        gpath = os.path.join(a.data, "rpm2-cluster-dev/gold-event.tsv")
    else:
        path = os.path.join(a.data, "ecbplus-dev/articles.jsonl")
        gpath = os.path.join(a.data, "ecbplus-dev/gold.tsv")
    for f in (path, gpath, a.recoupe):
        if not os.path.isfile(f):
            sys.exit("cluster_confusions: %s: no such file" % f)
    gold = read_tsv(gpath)
    if a.articles:
        half = lambda i: 0  # noqa: E731
    else:
        last = 5 if a.set == "rpm" else 11
        half = lambda i: 0 if topic_num(gold[i]) <= last else 1  # noqa: E731
    arts = load(path)
    story = run(a.recoupe, path, a.stream)
    if not gold:
        sys.exit("cluster_confusions: no gold labels read")
    ids = [i for i in arts if i in gold and i in story]
    tf = {i: words(arts[i]) for i in ids}
    df = collections.Counter()
    for c in tf.values():
        df.update(c.keys())
    stop = {w for w, k in df.items() if k > len(ids) / 2}
    sets = {i: set(c) for i, c in tf.items()}
    vec = vectors(tf)
    total = collections.Counter(gold[i] for i in ids)
    halves = sorted({half(i) for i in ids})
    for h in halves:
        hid = [i for i in ids if half(i) == h]
        print("half %d: %d articles, BCubed F1 %.3f" % (
            h + 1, len(hid), bcubed(story, gold, hid)))
        members = collections.defaultdict(list)
        for i in hid:
            members[story[i]].append(i)
        mixed = [(s, m) for s, m in members.items()
                 if len({gold[i] for i in m}) > 1]
        mixed.sort(key=lambda x: (-len(x[1]), x[0]))
        if not mixed:
            print("  no story merges two gold events")
        for s, m in mixed:
            confusion(s, sorted(m), gold, total, arts, sets, vec, stop,
                      a.words)


if __name__ == "__main__":
    main()
