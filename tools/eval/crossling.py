#!/usr/bin/env python3
"""tools/eval/crossling.py - cross-lingual story pairs (issue 11: "articles
in two languages about the same real-world event fall in one story, a
different event of the same kind kept apart").

    python3 tools/eval/crossling.py --bin build/recoupe [--data ../shared/data]
        [--opts "--threshold 0.2"] [--no-stream]

The set (tools/eval/crossling-dev/README.md): 20 ECB+ dev articles
translated by hand into French (both events of ten topics) and 20 RPM2
articles translated into English (C1 and C2 of the ten topics), mixed with
the other-language originals of those stories: all of ECB+ dev (English)
and all of rpm2-cluster-dev (French), each translated article's own
original LEFT OUT (it would be a near-copy). One `recoupe cluster` run on
the mix (batch, and `--stream` on the same lines), then:

- cross-language pairs: a translation and an article of the other language
  (an original or the other direction's translation); a pair is "same" in
  the gold when both belong to the same event (ECB+ tNN_ecb / tNN_ecbplus,
  RPM2 Tnn_Ck). Pair precision, recall and F1 of "same story", in all, per
  direction (en->fr: the French translations of English articles; fr->en:
  the English translations of French ones) and per half by topic (ECB+
  topics 1-11 / 12-22, RPM2 T01-05 / T06-10: a pair counts in the half of
  its translation). The same against the coarser topics (`topic` field
  against ECB+ tNN / RPM2 Tnn) as a second view.
- monolingual: BCubed F1 of ECB+ dev and RPM2 events (and the `topic`
  field against RPM2 topics) clustered alone, as cluster_cv.py scores them,
  with the md5 of each output, so a change meant only for pairs of
  different languages can be seen to leave them unchanged.
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_cv import bcubed, read_tsv, topic_num  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    "crossling-dev")


def run(binary, path, opts, stream):
    """{id: (story, topic)} (the last line of an id counts) and the md5
    of the output."""
    cmd = [binary, "cluster"] + opts
    if stream:
        with open(path, "rb") as f:
            res = subprocess.run(cmd + ["--stream"], stdin=f,
                                 capture_output=True)
    else:
        res = subprocess.run(cmd + [path], capture_output=True)
    if res.returncode != 0:
        sys.exit("crossling.py: %s failed (%d): %s" %
                 (" ".join(cmd), res.returncode, res.stderr.decode()[:500]))
    out = {}
    for line in res.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        out[o["id"]] = (o["story"], o.get("topic", o["story"]))
    return out, hashlib.md5(res.stdout).hexdigest()


def prf(tp, nsys, ngold):
    p = tp / nsys if nsys else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--opts", default="",
                    help="extra options for recoupe cluster (one string)")
    ap.add_argument("--no-stream", action="store_true")
    ap.add_argument("--no-mono", action="store_true",
                    help="skip the monolingual figures")
    a = ap.parse_args()
    opts = a.opts.split()
    D = a.data
    ecb_in = os.path.join(D, "ecbplus-dev/articles.jsonl")
    rpm_in = os.path.join(D, "rpm2-cluster-dev/articles.jsonl")
    ecb_gold = read_tsv(os.path.join(D, "ecbplus-dev/gold.tsv"))
    rpm_gold = read_tsv(os.path.join(D, "rpm2-cluster-dev/gold-event.tsv"))
    rpm_topic = read_tsv(os.path.join(D, "rpm2-cluster-dev/gold-topic.tsv"))

    # the translations: id -> (event, original id)
    trans = {}
    with open(os.path.join(HERE, "gold.tsv"), encoding="utf-8") as f:
        for line in f:
            tid, label, _src, orig = line.rstrip("\n").split("\t")
            trans[tid] = (label, orig)
    left_out = {orig for _, orig in trans.values()}

    event, lang, half, is_trans = {}, {}, {}, set()
    lines = []
    for path, gold, lg, cut in ((ecb_in, ecb_gold, "en", 11),
                                (rpm_in, rpm_gold, "fr", 5)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                i = json.loads(line)["id"]
                if i in left_out:
                    continue
                lines.append(line if line.endswith("\n") else line + "\n")
                event[i], lang[i] = gold[i], lg
                half[i] = 0 if topic_num(gold[i]) <= cut else 1
    with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            o = json.loads(line)
            i = o["id"]
            label = trans[i][0]
            cut = 11 if label.startswith("t") else 5
            lines.append(line if line.endswith("\n") else line + "\n")
            event[i], lang[i] = label, o["lang"]
            half[i] = 0 if topic_num(label) <= cut else 1
            is_trans.add(i)

    def coarse(label):
        return label.split("_")[0]

    # cross-language pairs: (translation, article of the other language),
    # each unordered pair once; direction by the translation's language
    pairs = []
    ids = sorted(event)
    for t in sorted(is_trans):
        for o in ids:
            if lang[o] == lang[t] or (o in is_trans and o < t):
                continue
            pairs.append((t, o))

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as f:
        f.writelines(lines)
        mix = f.name
    try:
        modes = [False] if a.no_stream else [False, True]
        print("crossling set: %d articles (%d translations: %d en->fr, "
              "%d fr->en), %d cross-language pairs, %d same-event" %
              (len(lines), len(is_trans),
               sum(lang[t] == "fr" for t in is_trans),
               sum(lang[t] == "en" for t in is_trans), len(pairs),
               sum(event[t] == event[o] for t, o in pairs)))
        for stream in modes:
            res, _ = run(a.bin, mix, opts, stream)
            for field, gl in ((0, lambda x: x), (1, coarse)):
                cnt = collections.defaultdict(lambda: [0, 0, 0])
                for t, o in pairs:
                    same_s = res[t][field] == res[o][field]
                    same_g = gl(event[t]) == gl(event[o])
                    keys = ["all", "h%d" % (half[t] + 1),
                            "en->fr" if lang[t] == "fr" else "fr->en"]
                    if o in is_trans:  # both translations: both directions
                        keys += ["h%d" % (half[o] + 1),
                                 "en->fr" if lang[o] == "fr" else "fr->en"]
                    for k in set(keys):
                        c = cnt[k]
                        c[0] += same_s and same_g
                        c[1] += same_s
                        c[2] += same_g
                cells = []
                for k in ("all", "h1", "h2", "en->fr", "fr->en"):
                    p, r, f1 = prf(*cnt[k])
                    cells.append("%s P %.3f R %.3f F1 %.3f" % (k, p, r, f1))
                print("%-6s %-6s cross pairs  %s" %
                      ("stream" if stream else "batch",
                       "story" if field == 0 else "topic",
                       "  |  ".join(cells)))
            sys.stdout.flush()
        if a.no_mono:
            return
        for stream in modes:
            for name, path, gold, cut, tgold in (
                    ("ECB+", ecb_in, ecb_gold, 11, None),
                    ("RPM2", rpm_in, rpm_gold, 5, rpm_topic)):
                res, md5 = run(a.bin, path, opts, stream)
                s = {i: v[0] for i, v in res.items()}
                hs = [[i for i in gold if (topic_num(gold[i]) <= cut) == (h == 0)]
                      for h in (0, 1)]
                txt = "B3 %.4f (h1 %.4f h2 %.4f)" % (
                    bcubed(s, gold, list(gold)), bcubed(s, gold, hs[0]),
                    bcubed(s, gold, hs[1]))
                if tgold:
                    tp = {i: v[1] for i, v in res.items()}
                    txt += "  topic B3 %.4f" % bcubed(tp, tgold, list(tgold))
                print("%-6s mono %-4s %s  md5 %s" %
                      ("stream" if stream else "batch", name, txt, md5))
    finally:
        os.unlink(mix)


if __name__ == "__main__":
    main()
