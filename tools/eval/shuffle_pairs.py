#!/usr/bin/env python3
"""shuffle_pairs.py - how much `recoupe cluster` depends on the order of
its input: each file clustered as it is and shuffled, and the share of
same-story pairs the two runs agree on (tools/eval/same_pairs.py).

    python3 tools/eval/shuffle_pairs.py [--recoupe build/recoupe]
        [--stream] [--seeds 1,2,3] FILE...

Each seed shuffles the file's lines with random.Random(seed).shuffle.
With --stream, the stories the stream last gave each article (a line
written again when a later article moves it replaces the earlier one).
Prints one line per file: its name and the agreement for each seed (1:
the same stories; target >= 0.99, issue 11). Standard library only.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import same_pairs  # noqa: E402


def cluster(recoupe, path, stream, out):
    cmd = [recoupe, "cluster"] + (["--stream"] if stream else []) + [path]
    with open(out, "wb") as f:
        subprocess.run(cmd, stdout=f, stderr=subprocess.DEVNULL)
    return same_pairs.labels(out, "story")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--recoupe", default="build/recoupe")
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        for path in a.files:
            base = cluster(a.recoupe, path, a.stream, out)
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
            cells = []
            for seed in [int(s) for s in a.seeds.split(",")]:
                mixed = lines[:]
                random.Random(seed).shuffle(mixed)
                shuf = os.path.join(tmp, "shuffled.jsonl")
                with open(shuf, "w", encoding="utf-8") as f:
                    f.writelines(mixed)
                other = cluster(a.recoupe, shuf, a.stream, out)
                cells.append("%.4f" % same_pairs.agreement(base, other)[3])
            print(path, " ".join(cells))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
