#!/usr/bin/env python3
"""recoupe_dask.py - the recoupe pipeline on Dask distributed, in the
three stages of docs/scale.md:

  1. map over byte ranges of the input (as Hadoop splits a file): read
     each article, clean and analyse it, and keep only its compact record
     (recoupe.features);
  2. reduce: cluster all the records, in input order, on one worker
     (recoupe.cluster_features) - the stories are exactly those of
     `recoupe cluster` on the same input;
  3. (with --digests) map over stories: the articles are shuffled by
     story and each story is digested where its articles land
     (recoupe.digest_stories).

    python3 examples/dask/recoupe_dask.py INPUT.jsonl -o stories.jsonl \\
        [--workers 2] [--partitions 8] [--digests digests.jsonl]

Runs a LocalCluster of worker processes with one thread each (the library
is single-threaded: parallelism comes from processes); --scheduler ADDR
uses a running cluster instead (every worker must be able to read INPUT
and import recoupe). Timings of each stage go to standard error.
"""

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
try:
    import recoupe  # installed with pip install .
except ImportError:  # from a checkout, after make
    sys.path.insert(0, os.path.join(ROOT, "python"))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [os.path.join(ROOT, "python"),
                      os.environ.get("PYTHONPATH")]))
    import recoupe

from dask.distributed import Client, LocalCluster, wait  # noqa: E402
import dask.bag as db  # noqa: E402


def byte_ranges(path, parts):
    """Split the file into about `parts` ranges that start and end on line
    boundaries: [(start, end)]."""
    size = os.path.getsize(path)
    cuts = [0]
    with open(path, "rb") as f:
        for k in range(1, parts):
            f.seek(max(cuts[-1], size * k // parts))
            f.readline()  # to the end of the line the cut falls in
            pos = f.tell()
            if cuts[-1] < pos < size:
                cuts.append(pos)
    cuts.append(size)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]


def read_range(path, rng):
    """The articles of one range, as dicts."""
    with open(path, "rb") as f:
        f.seek(rng[0])
        data = f.read(rng[1] - rng[0])
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def features_of_range(path, rng):
    """Stage 1, on a worker: the records of one range, and the CPU
    seconds they took."""
    t = time.process_time()
    records = list(recoupe.features(read_range(path, rng), errors="warn"))
    return records, time.process_time() - t


def cluster_records(*parts, **opts):
    """Stage 2, on one worker: every record, in input order."""
    records = (r for part, _ in parts for r in part)
    return list(recoupe.cluster_features(records, **opts))


def story_number(pair):
    """The shuffle key: an int, because Python salts the hash of a str
    differently in every worker process."""
    return int(pair[0][1:])


def digest_group(group, words):
    """Stage 3, on a worker: the digest of one story."""
    _, pairs = group
    story = pairs[0][0]
    articles = [a for _, a in pairs]
    assignments = [{"id": a["id"], "story": story} for a in articles]
    return recoupe.digest_stories(articles, assignments, words=words)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="articles, JSON Lines")
    ap.add_argument("-o", "--output", default="-",
                    help="the stories, as `recoupe cluster` writes them")
    ap.add_argument("--workers", type=int, default=2,
                    help="worker processes (with --scheduler: wait for "
                    "this many)")
    ap.add_argument("--partitions", type=int, default=0,
                    help="input ranges (default: 4 per worker)")
    ap.add_argument("--scheduler", help="address of a running scheduler")
    ap.add_argument("--digests", help="also digest every story, one JSON "
                    "object per line, into this file")
    ap.add_argument("--words", type=int, default=0)
    ap.add_argument("--features-only", action="store_true",
                    help="stop after stage 1 (to time it); writes nothing")
    ap.add_argument("--threshold", type=float, default=0)
    ap.add_argument("--no-dates", action="store_true")
    args = ap.parse_args()

    if args.scheduler:
        client = Client(args.scheduler)
        client.wait_for_workers(args.workers)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    path = os.path.abspath(args.input)
    ranges = byte_ranges(path, args.partitions or 4 * args.workers)
    timing = {}

    t = time.perf_counter()
    parts = client.map(features_of_range, [path] * len(ranges), ranges,
                       pure=False)
    wait(parts)
    timing["features"] = time.perf_counter() - t
    sizes = client.gather(client.map(lambda p: (len(p[0]), p[1]), parts))
    cpu = sum(c for _, c in sizes)
    print(f"recoupe_dask: stage 1: {sum(n for n, _ in sizes)} articles in "
          f"{timing['features']:.2f} s wall, {cpu:.2f} s CPU in the workers "
          f"(parallelism {cpu / timing['features']:.2f}, "
          f"{sum(n for n, _ in sizes) / cpu:.0f} articles per CPU second)",
          file=sys.stderr)
    if args.features_only:
        client.close()
        return

    t = time.perf_counter()
    stories = client.submit(cluster_records, *parts, pure=False,
                            threshold=args.threshold,
                            no_dates=args.no_dates).result()
    timing["cluster"] = time.perf_counter() - t
    out = sys.stdout if args.output == "-" else open(args.output, "w")
    for s in stories:
        out.write(json.dumps(s, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()

    if args.digests:
        t = time.perf_counter()
        story_of = {s["id"]: s["story"] for s in stories}
        bag = (db.from_sequence(ranges, npartitions=len(ranges))
               .map(lambda r: read_range(path, r)).flatten()
               .map(lambda a, m: (m[a["id"]], a), client.scatter(
                   story_of, broadcast=True)))
        digests = (bag.groupby(story_number)
                   .map(digest_group, args.words).flatten()
                   .compute())
        # most outlets first, then by story number, as `recoupe digest`
        digests.sort(key=lambda d: (-d["outlets"], int(d["id"][1:])))
        with open(args.digests, "w") as f:
            for d in digests:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        timing["digests"] = time.perf_counter() - t

    n = len(stories)
    print(f"recoupe_dask: {n} articles, {len(set(s['story'] for s in stories))}"
          f" stories, {len(ranges)} ranges, "
          f"{args.workers if not args.scheduler else '?'} workers; " +
          ", ".join(f"{k} {v:.2f} s" +
                    (f" ({n / v:.0f} articles/s)" if k != "digests" else "")
                    for k, v in timing.items()), file=sys.stderr)
    client.close()


if __name__ == "__main__":
    main()
