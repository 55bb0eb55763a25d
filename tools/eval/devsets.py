"""tools/eval/devsets.py - the development stories that the reading and
summary checks digest (shared by sample_facts.py, sample_quotes.py and
summary_check.py).

rpm2(data, skip): the RPM2 clusters of DATA/rpm2-dev/clusters (French).
ecb(data, tsv, skip): the ECB+ articles of DATA/ecbplus-dev grouped by the
labels of DATA/ecbplus-dev/TSV (gold.tsv: events; gold-topic.tsv: topics),
named "ecb_" + label (English), groups of one article left out.
digests(bin, stories): each story with its `recoupe digest --single
--format json` output, parsed; a failed run is reported on standard error
and yields None.
fact_key(fact), split_key(key): a fact's sentence with its claim span, as
links-judged.tsv keys it (judged_links.py, sample_facts.py).
Each story is (name, lang, [JSON lines]), in name order.
"""
import json
import os
import re
import subprocess
import sys
import tempfile


def rpm2(data, skip=()):
    rdir = os.path.join(data, "rpm2-dev", "clusters")
    out = []
    for f in sorted(os.listdir(rdir)):
        name = f[:-len(".jsonl")]
        if f.endswith(".jsonl") and name not in skip:
            with open(os.path.join(rdir, f), encoding="utf-8") as fh:
                out.append((name, "fr", fh.read().splitlines()))
    return out


def ecb(data, tsv, skip=()):
    edir = os.path.join(data, "ecbplus-dev")
    label = {}
    with open(os.path.join(edir, tsv), encoding="utf-8") as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) == 2:
                label[p[0]] = p[1]
    groups = {}
    with open(os.path.join(edir, "articles.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            lab = label.get(json.loads(line)["id"])
            if lab and "ecb_" + lab not in skip:
                groups.setdefault(lab, []).append(line.rstrip("\n"))
    return [("ecb_" + lab, "en", groups[lab]) for lab in sorted(groups)
            if len(groups[lab]) >= 2]


def claims_dev(data):
    """the names of the claims-dev clusters (to be left out)"""
    with open(os.path.join(data, "claims-dev", "gold.json"),
              encoding="utf-8") as fh:
        return {c["cluster"] for c in json.load(fh)["clusters"]}


def digests(binary, stories):
    with tempfile.TemporaryDirectory() as tmp:
        for name, lang, lines in stories:
            path = os.path.join(tmp, name + ".jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            r = subprocess.run([binary, "digest", "--single", "--format",
                                "json", path], capture_output=True)
            if r.returncode != 0:
                print(f"{name}: recoupe failed (exit status {r.returncode})",
                      file=sys.stderr)
                yield name, lang, lines, None
                continue
            yield name, lang, lines, json.loads(r.stdout)


CLAIM_MARK = " [claim: "


def fact_key(fact):
    """a fact's sentence as judged links key it: with its claim span
    (the digest's "claim", docs/digest.md "What a fact shows") appended
    as " [claim: SPAN]" when the claim is a part of the sentence, so that
    a link read against the whole sentence is not taken for one read
    against a span"""
    text = re.sub(r"\s+", " ", fact["text"]).strip()
    c = fact.get("claim")
    if c:
        text += CLAIM_MARK + re.sub(r"\s+", " ", c["text"]).strip() + "]"
    return text


def split_key(key):
    """(sentence, claim span or None) of a fact_key"""
    i = key.find(CLAIM_MARK)
    if i < 0 or not key.endswith("]"):
        return key, None
    return key[:i], key[i + len(CLAIM_MARK):-1]

