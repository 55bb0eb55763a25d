#!/usr/bin/env python3
"""cluster_cv.py - choose `recoupe cluster`'s thresholds on one half of
all the development data, report them on the other half (and the reverse).

    python3 tools/eval/cluster_cv.py [--recoupe build/recoupe]
        [--data ../shared/data] [--synth gen-10000.jsonl --synth-gold g.tsv]
        [--grid 0.18,0.2,...] [--topic-grid 0.4,0.5,0.6] [--stream]
        [--stream-first]

The sets, each split in two halves by topic (leave-topics-out):
  ecb     ecbplus-dev, BCubed F1 against the gold events; topics 1-11 / 12-22
  rpm     rpm2-cluster-dev, against the gold events; T01-05 / T06-10
  rpmtop  the same run's `topic` field against the gold topics
  alone   each claims-dev cluster and each rpm2-dev cluster (one event)
          clustered on its own: BCubed F1 against "one story" (a cluster
          digested alone should stay one story); halves by topic
  synth   (with --synth) the synthetic corpus of bench/gen_corpus.py;
          halves by the parity of a hash of the gold story
Each half is scored on its articles within one run on the whole set
(their precision and recall counted over the whole run). The
objective is the mean over the sets. For each half, the configuration
with the best objective on the OTHER half is reported on it: the
held-out figure. --stream also scores `--stream` at each configuration:
the stories the stream last gave each article (a line written again
when a later article moves it, "moved_from"); with --stream-first, the
lines written at arrival only.
Standard library only.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import zlib


def bcubed(sys_lab, gold, ids):
    """BCubed F1 of labels sys_lab against gold, the per-article precision
    and recall averaged over ids, each counted within the whole run (a
    story that mixes both halves costs precision to both)."""
    every = [i for i in sys_lab if i in gold]
    ids = [i for i in ids if i in sys_lab and i in gold]
    if not ids:
        return float("nan")
    cell = collections.Counter((sys_lab[i], gold[i]) for i in every)
    ns = collections.Counter(sys_lab[i] for i in every)
    ng = collections.Counter(gold[i] for i in every)
    p = r = 0.0
    for i in ids:
        c = cell[(sys_lab[i], gold[i])]
        p += c / ns[sys_lab[i]]
        r += c / ng[gold[i]]
    p, r = p / len(ids), r / len(ids)
    return 2 * p * r / (p + r) if p + r else 0.0


def read_tsv(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                out[parts[0]] = parts[1]
    return out


def run(recoupe, inputs, opts, stream, first=False):
    cmd = [recoupe, "cluster"] + opts
    if stream:
        data = b"".join(open(p, "rb").read() for p in inputs)
        res = subprocess.run(cmd + ["--stream"], input=data,
                             capture_output=True)
    else:
        res = subprocess.run(cmd + inputs, capture_output=True)
    story, topic = {}, {}
    for line in res.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        if first and "moved_from" in o:
            continue
        story[o["id"]] = o["story"]
        topic[o["id"]] = o.get("topic", o["story"])
    return story, topic


def ids_of(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l)["id"] for l in f if l.strip()]


def topic_num(label):
    """1-22 from t09_ecbplus / t09, 1-10 from T03_C1 / T03."""
    digits = "".join(ch for ch in label[1:3] if ch.isdigit())
    return int(digits) if digits else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--recoupe", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--synth")
    ap.add_argument("--synth-gold")
    ap.add_argument("--grid", default="0.18,0.2,0.215,0.225,0.24,0.26,0.28")
    ap.add_argument("--topic-grid", default="0.5")
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--stream-first", action="store_true")
    a = ap.parse_args()
    a.stream = a.stream or a.stream_first
    D = a.data
    ecb_in = os.path.join(D, "ecbplus-dev/articles.jsonl")
    rpm_in = os.path.join(D, "rpm2-cluster-dev/articles.jsonl")
    ecb_gold = read_tsv(os.path.join(D, "ecbplus-dev/gold.tsv"))
    rpm_gold = read_tsv(os.path.join(D, "rpm2-cluster-dev/gold-event.tsv"))
    rpm_topic = read_tsv(os.path.join(D, "rpm2-cluster-dev/gold-topic.tsv"))
    halves = {
        "ecb": lambda i: 0 if topic_num(ecb_gold[i]) <= 11 else 1,
        "rpm": lambda i: 0 if topic_num(rpm_gold[i]) <= 5 else 1,
    }
    alone = sorted(glob.glob(os.path.join(D, "claims-dev/clusters/*.jsonl")) +
                   glob.glob(os.path.join(D, "rpm2-dev/clusters/*.jsonl")))
    synth_gold = read_tsv(a.synth_gold) if a.synth else None

    def score(opts, stream):
        """{set: (half0, half1)} for one configuration."""
        out = {}
        s, t = run(a.recoupe, [ecb_in], opts, stream, a.stream_first)
        ids = list(ecb_gold)
        out["ecb"] = tuple(bcubed(s, ecb_gold, [i for i in ids
                                                if halves["ecb"](i) == h])
                           for h in (0, 1))
        s, t = run(a.recoupe, [rpm_in], opts, stream, a.stream_first)
        ids = list(rpm_gold)
        out["rpm"] = tuple(bcubed(s, rpm_gold, [i for i in ids
                                                if halves["rpm"](i) == h])
                           for h in (0, 1))
        out["rpmtop"] = tuple(bcubed(t, rpm_topic, [i for i in ids
                                                    if halves["rpm"](i) == h])
                              for h in (0, 1))
        per = ([], [])
        for path in alone:
            name = os.path.basename(path)
            h = 0 if topic_num(name.replace("ecb_", "")) <= (
                11 if name.startswith("ecb_") else 5) else 1
            s, _ = run(a.recoupe, [path], opts, stream, a.stream_first)
            one = {i: "one" for i in s}
            per[h].append(bcubed(s, one, list(s)))
        out["alone"] = tuple(sum(p) / len(p) if p else float("nan")
                             for p in per)
        if a.synth:
            s, _ = run(a.recoupe, [a.synth], opts, stream, a.stream_first)
            ids = [i for i in s if i in synth_gold]
            out["synth"] = tuple(
                bcubed(s, synth_gold,
                       [i for i in ids
                        if zlib.crc32(synth_gold[i].encode()) % 2 == h])
                for h in (0, 1))
        return out

    def objective(res, h):
        return sum(v[h] for v in res.values()) / len(res)

    configs = []
    for th in [float(x) for x in a.grid.split(",")]:
        for tf in [float(x) for x in a.topic_grid.split(",")]:
            opts = ["--threshold", str(th), "--topic-threshold",
                    str(round(th * tf, 4))]
            configs.append(((th, tf), opts))
    results = {}
    modes = [False, True] if a.stream else [False]
    for key, opts in configs:
        for stream in modes:
            res = score(opts, stream)
            results[(key, stream)] = res
            cells = "  ".join("%s %.3f/%.3f" % (k, v[0], v[1])
                              for k, v in res.items())
            print("th %.3f topic x%.2f %-6s %s  mean %.3f/%.3f" %
                  (key[0], key[1], "stream" if stream else "batch", cells,
                   objective(res, 0), objective(res, 1)))
            sys.stdout.flush()
    print()
    for h in (0, 1):
        other = 1 - h
        best = max((k for k, _ in configs),
                   key=lambda k: objective(results[(k, False)], other))
        res = results[(best, False)]
        print("half %d held out: chosen on half %d: th %.3f topic x%.2f; "
              "on half %d: %s  mean %.3f" %
              (h, other, best[0], best[1], h,
               "  ".join("%s %.3f" % (k, v[h]) for k, v in res.items()),
               objective(res, h)))
    best = max((k for k, _ in configs),
               key=lambda k: objective(results[(k, False)], 0) +
               objective(results[(k, False)], 1))
    print("best on all: th %.3f topic x%.2f" % best)


if __name__ == "__main__":
    main()
