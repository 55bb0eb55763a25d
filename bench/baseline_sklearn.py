#!/usr/bin/python3
"""baseline_sklearn.py - the comparison baseline for `recoupe cluster`.

TF-IDF vectors of each article's title and text, then agglomerative
clustering with cosine distance and average linkage, cut at a distance
threshold: two groups merge while their average cosine distance is below
it. Writes the contract's cluster output, one JSON object per article in
input order: {"id": ..., "story": "s<N>", "duplicate_of": null} (story
numbers dense, in order of first appearance).

    /usr/bin/python3 bench/baseline_sklearn.py [--threshold T] [-o OUT] IN.jsonl...
    /usr/bin/python3 bench/baseline_sklearn.py --sweep LO:HI:STEP --outdir DIR IN.jsonl...

--sweep writes DIR/t<T>.jsonl for each threshold T from LO to HI (the
vectors and distances are computed once), for tuning. Needs scikit-learn
(Debian: python3-sklearn); exits 4 with a message when it is missing.

TF-IDF settings: words of 2+ word characters, lower-cased, accents kept,
no stop list (the sets are English and French), sublinear tf, smoothed idf,
L2-normalised rows; idf is fitted on the articles being clustered.
"""
import argparse
import json
import os
import sys


def die(msg, status=2):
    sys.stderr.write("baseline_sklearn: %s\n" % msg)
    sys.exit(status)


def read_articles(paths):
    ids, docs = [], []
    seen = set()
    for path in paths:
        try:
            f = sys.stdin if path == "-" else open(path, encoding="utf-8")
        except OSError as e:
            die("cannot read '%s': %s" % (path, e.strerror))
        with f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    a = json.loads(line)
                except ValueError as e:
                    die("cannot read '%s': line %d: %s" % (path, n, e))
                if not isinstance(a, dict) or not isinstance(a.get("id"), str):
                    die("'%s': line %d: no string \"id\"" % (path, n))
                if a["id"] in seen:
                    die("'%s': line %d: duplicate id '%s'" % (path, n, a["id"]))
                seen.add(a["id"])
                ids.append(a["id"])
                docs.append("%s\n%s" % (a.get("title") or "", a.get("text") or ""))
    return ids, docs


def distances(docs):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(lowercase=True, sublinear_tf=True, norm="l2")
    x = vec.fit_transform(docs)
    # rows are unit length: cosine distance = 1 - dot product
    d = 1.0 - (x @ x.T).toarray()
    d[d < 0] = 0.0
    for i in range(d.shape[0]):
        d[i, i] = 0.0
    return d


def cluster(d, threshold):
    n = d.shape[0]
    if n == 1:
        return [0]
    from sklearn.cluster import AgglomerativeClustering

    kw = dict(n_clusters=None, distance_threshold=threshold, linkage="average")
    try:
        model = AgglomerativeClustering(metric="precomputed", **kw)
    except TypeError:  # scikit-learn < 1.2
        model = AgglomerativeClustering(affinity="precomputed", **kw)
    return list(model.fit_predict(d))


def write(ids, labels, out):
    dense = {}
    for i, lab in zip(ids, labels):
        s = dense.setdefault(lab, len(dense))
        out.write(json.dumps({"id": i, "story": "s%d" % (s + 1),
                              "duplicate_of": None}, ensure_ascii=False))
        out.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", metavar="IN.jsonl")
    ap.add_argument("--threshold", type=float, default=0.8,
                    help="cosine distance at which merging stops (0.8)")
    ap.add_argument("-o", "--output", help="output file (default: stdout)")
    ap.add_argument("--sweep", metavar="LO:HI:STEP",
                    help="one output per threshold, into --outdir")
    ap.add_argument("--outdir", help="directory for --sweep outputs")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        die("scikit-learn is not installed (apt-get install python3-sklearn)",
            4)

    ids, docs = read_articles(args.inputs)
    if not ids:
        die("no articles")
    d = distances(docs)
    if args.sweep:
        if not args.outdir:
            die("--sweep needs --outdir", 1)
        try:
            lo, hi, step = (float(v) for v in args.sweep.split(":"))
        except ValueError:
            die("--sweep wants LO:HI:STEP, e.g. 0.5:0.95:0.025", 1)
        if step <= 0 or hi < lo:
            die("--sweep wants LO <= HI and STEP > 0", 1)
        os.makedirs(args.outdir, exist_ok=True)
        k = 0
        while lo + k * step <= hi + 1e-9:
            t = lo + k * step
            with open(os.path.join(args.outdir, "t%.3f.jsonl" % t), "w",
                      encoding="utf-8") as out:
                write(ids, cluster(d, t), out)
            k += 1
        return
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            write(ids, cluster(d, args.threshold), out)
    else:
        write(ids, cluster(d, args.threshold), sys.stdout)


if __name__ == "__main__":
    main()
