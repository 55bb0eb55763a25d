#!/usr/bin/env python3
"""tools/eval/loco.py - digest thresholds chosen leave-one-cluster-out on
claims-dev.

For each claims-dev cluster, the setting of the grid (every combination of
the --grid values) with the best claim recall on the OTHER six clusters is
chosen among those whose link precision stays >= 0.95 on each language half
of them (or no lower than with the --off setting, where that is already
under 0.95); ties go to the stricter setting (the later one in each --grid
list, so list values from loose to strict). The held-out cluster is then
scored with it, and the figures are summed per set (all, each language,
each language half) beside those of the --off setting. A threshold that
holds only because the cluster that shows its failure was in the tuning set
shows up here. It needs the tuning build, whose environment overrides set
the thresholds:

    make BUILD=build-tune OPT="-O2 -DRCP_DIGEST_TUNE"
    # merge_by_claim (docs/digest.md, "One claim in other words"):
    python3 tools/eval/loco.py --bin build-tune/recoupe \
        --grid PARA_CONT=0.3,0.4,0.5,0.6,0.7,2 --grid PARA_DICE=0.2,0.3,0.4 \
        --off PARA_CONT=2
    # sentence_support:
    python3 tools/eval/loco.py --bin build-tune/recoupe \
        --grid SENT_CONT=0.2,0.3,0.4,0.5,0.6 --off SENT=0

NAME=V: further overrides for every run (PARA_TERSE=0, ...).
"""
import argparse
import itertools
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="build-tune/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--grid", action="append", required=True,
                    help="NAME=V1,V2,... (loose to strict)")
    ap.add_argument("--off", default="",
                    help="NAME=V[,NAME=V]: the setting to compare with")
    ap.add_argument("env", nargs="*", help="NAME=V overrides for every run")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.data, "claims-dev"))
    from score import items_of, jac, matches, run_digest  # noqa: E402
    extra = dict(e.split("=", 1) for e in a.env)
    names = [g.split("=", 1)[0] for g in a.grid]
    values = [g.split("=", 1)[1].split(",") for g in a.grid]
    grid = list(itertools.product(*values))
    off = dict(e.split("=", 1) for e in a.off.split(",") if e)
    gold = json.load(open(os.path.join(a.data, "claims-dev", "gold.json"),
                          encoding="utf-8"))
    clusters = gold["clusters"]

    def lang(c):
        return "en" if c["cluster"].startswith("ecb_") else "fr"

    rank, half = {}, {}
    for c in clusters:  # as claims.sh: A = 1st, 3rd... of each language
        rank[lang(c)] = rank.get(lang(c), 0) + 1
        half[c["cluster"]] = "A" if rank[lang(c)] % 2 else "B"

    base = dict(os.environ)

    def stats(c, env):
        os.environ.clear()  # run_digest reads the environment
        os.environ.update(base, **env)
        items = items_of(run_digest(a.bin, os.path.join(a.data, c["file"])))
        inter = gs = xi = xp = 0
        for g in c["claims"]:
            G = set(g["support"])
            gs += len(G)
            cands = [s for t, s in items if matches(t, g["match"])]
            if not cands:
                continue
            P = max(cands, key=lambda s: (jac(s, G), -len(s)))
            inter += len(P & G)
            if len(P) > 1 and P & G:
                xi += len(P & G) - 1
                xp += len(P) - 1
        return inter, gs, xi, xp

    S, OFF = {}, {}
    for c in clusters:
        for v in grid:
            S[v, c["cluster"]] = stats(c, dict(extra, **dict(zip(names, v))))
        OFF[c["cluster"]] = stats(c, dict(extra, **off))

    def agg(rows):
        t = [sum(x) for x in zip(*rows)]
        return t[0] / t[1], (t[2] / t[3] if t[3] else 1.0)

    chosen = {}
    for held in clusters:
        rest = [c for c in clusters if c is not held]
        best = None
        for i, v in enumerate(grid):
            ok = True
            for h, l in itertools.product("AB", ("fr", "en")):
                part = [c["cluster"] for c in rest
                        if half[c["cluster"]] == h and lang(c) == l]
                if not part:
                    continue
                lp = agg([S[v, n] for n in part])[1]
                lp0 = agg([OFF[n] for n in part])[1]
                if lp < min(0.95, lp0 - 1e-9):
                    ok = False
            if not ok:
                continue
            key = (agg([S[v, c["cluster"]] for c in rest])[0], i)
            if best is None or key > best:
                best = key
        chosen[held["cluster"]] = grid[best[1]]
        print(f"{held['cluster']}: chosen " + " ".join(
            f"{n}={x}" for n, x in zip(names, grid[best[1]])))
    sets = [("all", lambda c: True),
            ("fr", lambda c: lang(c) == "fr"),
            ("en", lambda c: lang(c) == "en")]
    sets += [(h + "-" + l, lambda c, h=h, l=l: half[c["cluster"]] == h
              and lang(c) == l) for h in "AB" for l in ("fr", "en")]
    print("set    off (recall / link_prec)   leave-one-cluster-out")
    for name, keep in sets:
        sel = [c for c in clusters if keep(c)]
        r0, p0 = agg([OFF[c["cluster"]] for c in sel])
        r, p = agg([S[chosen[c["cluster"]], c["cluster"]] for c in sel])
        print(f"{name:6} {r0:.3f} / {p0:.3f}            "
              f"{r:.3f} / {p:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
