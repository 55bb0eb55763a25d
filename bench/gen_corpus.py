#!/usr/bin/env python3
"""gen_corpus.py - a synthetic news stream of any size built from real
articles, with a known story per article, for `recoupe cluster` at scale.

    python3 bench/gen_corpus.py -n 100000 [--seed 1] [--no-dates]
        [--data ../shared/data] -o OUT.jsonl [--gold OUT.tsv]
        [--gold-dup OUT-dup.tsv]

How it is built (standard library only, deterministic for a seed):
  - The real events: the articles of ../shared/data/ecbplus-dev (English,
    by gold.tsv event) and rpm2-cluster-dev (French, by gold-event.tsv).
  - A story is one real event re-told with its own names and numbers:
    every capitalised word inside a sentence and every number of the
    event's sentences is replaced, consistently across the story, by one
    drawn from a pool of the names (numbers of the same length) seen in
    all the articles; a story also loses a quarter of the event's
    sentences. Two stories from the same event are thus two events of
    the same kind (two earthquakes, two arrests): the hard case.
  - Story sizes follow a power law (1 to 300 articles, mean about 8);
    one article in ten is noise: a story of its own made of sentences of
    several events.
  - An article of a story is a rewrite of one of the event's articles:
    sentences dropped (each with p 0.3), two neighbours swapped, a few
    words replaced, sometimes a boilerplate line ("Read also...").
    One article in eight (after the first of its story) is instead a
    near-copy of an earlier article of the story: the same text with a new
    headline, a boilerplate line and one or two words changed; its
    duplicate_of is written to --gold-dup.
  - Articles are ordered by time: a story starts at a random moment of
    the year and its articles follow over a few days; each gets a `date`
    (unless --no-dates).
Output: JSON Lines (id, title, lang, date, text); --gold: "id<TAB>story";
--gold-dup: "id<TAB>id of the earlier article it copies" (near-copies only).
"""
import argparse
import json
import os
import random
import re
import sys
import zlib

BOILER = {
    "en": ["Read also: our live coverage of the day's events.",
           "Subscribe to our newsletter for the latest news.",
           "(Reporting by staff; editing by the desk)",
           "Copyright 2024. All rights reserved."],
    "fr": ["Lire aussi : notre direct sur les événements du jour.",
           "Abonnez-vous à notre lettre d'information.",
           "(Avec AFP)",
           "Tous droits réservés."],
}

NOISE = 0.45  # of stories: about one article in ten with mean size ~8
TOKEN = re.compile(r"\w+|[^\w]+", re.UNICODE)


def read_events(data):
    """[(lang, [article, ...])] grouped by gold event."""
    events = {}
    for sub, gold in (("ecbplus-dev", "gold.tsv"),
                      ("rpm2-cluster-dev", "gold-event.tsv")):
        d = os.path.join(data, sub)
        labels = {}
        with open(os.path.join(d, gold), encoding="utf-8") as f:
            for line in f:
                i, lab = line.rstrip("\n").split("\t")
                labels[i] = sub + "/" + lab
        with open(os.path.join(d, "articles.jsonl"), encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                events.setdefault(labels[a["id"]], []).append(a)
    return [(arts[0].get("lang") or "en", arts)
            for _, arts in sorted(events.items())]


def prepare(text):
    """Sentences (lines) as token lists, with the slots (names, numbers)."""
    out = []
    for line in text.split("\n"):
        toks = TOKEN.findall(line)
        if not toks:
            continue
        slots = []
        first = True
        for k, t in enumerate(toks):
            if not t[0].isalnum():
                continue
            if t[0].isdigit():
                slots.append((k, 1, zlib.crc32(t.encode())))
            elif t[0].isupper() and not first and len(t) > 1:
                slots.append((k, 0, zlib.crc32(t.encode())))
            first = False
        out.append((toks, slots))
    return out


class Corpus:
    def __init__(self, data, seed):
        self.rng = random.Random(seed)
        self.events = []
        names, words = set(), set()
        for lang, arts in read_events(data):
            prepped = []
            for a in arts:
                sents = prepare(a["text"])
                title = prepare(a.get("title") or "")
                prepped.append((title, sents))
                for toks, slots in sents:
                    for k, kind, _ in slots:
                        if kind == 0:
                            names.add(toks[k])
                    for t in toks:
                        if t.isalpha() and t.islower() and len(t) > 3:
                            words.add(t)
            self.events.append((lang, prepped))
        self.names = sorted(names)
        self.words = sorted(words)

    def render(self, toks, slots, sseed, rng, edits):
        toks = list(toks)
        for k, kind, crc in slots:
            h = (crc * 2654435761 ^ sseed) & 0xFFFFFFFF
            if kind == 0:
                toks[k] = self.names[h % len(self.names)]
            else:
                n = len(toks[k])
                toks[k] = str(h % (10 ** min(n, 9))).zfill(1)
        for _ in range(edits):
            words = [k for k, t in enumerate(toks) if t.isalpha()]
            if words:
                toks[rng.choice(words)] = rng.choice(self.words)
        return "".join(toks)


def story_size(rng):
    # discrete power law P(s) ~ s^-1.9 on 1..300
    while True:
        s = int((1 - rng.random()) ** (-1 / 0.9))
        if s <= 300:
            return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, required=True, help="articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
        "data"))
    ap.add_argument("--no-dates", action="store_true")
    ap.add_argument("-o", required=True)
    ap.add_argument("--gold")
    ap.add_argument("--gold-dup")
    args = ap.parse_args()
    c = Corpus(args.data, args.seed)
    rng = c.rng

    # the plan: (time, story, k) for every article, stories with sizes
    plan = []
    stories = []  # (event index, story seed, noise)
    total = 0
    while total < args.n:
        sid = len(stories)
        noise = rng.random() < NOISE
        size = 1 if noise else min(story_size(rng), args.n - total)
        stories.append((rng.randrange(len(c.events)), rng.getrandbits(32),
                        noise))
        start = rng.random() * 365 * 86400
        for k in range(size):
            t = start + (0 if k == 0 else rng.expovariate(1 / 86400.0) * 1.5)
            plan.append((t, sid, k))
        total += size
    plan.sort()

    out = open(args.o, "w", encoding="utf-8")
    gold = open(args.gold, "w") if args.gold else None
    gdup = open(args.gold_dup, "w") if args.gold_dup else None
    left = [0] * len(stories)  # articles still to come, by story
    for _, sid, _ in plan:
        left[sid] += 1
    done = {}  # live story -> [(id, title, text)] of its first articles
    for n, (t, sid, k) in enumerate(plan):
        ev, sseed, noise = stories[sid]
        lang, arts = c.events[ev]
        arng = random.Random(sseed * 1000003 + k)
        aid = "g%07d" % n
        prev = done.setdefault(sid, [])
        dup_of = None
        if prev and arng.random() < 0.125:
            dup_of, title, text = arng.choice(prev)
            lines = text.split("\n")
            words = [i for i, l in enumerate(lines) if l]
            i = arng.choice(words)
            toks = TOKEN.findall(lines[i])
            for _ in range(arng.randint(1, 2)):
                w = [j for j, x in enumerate(toks) if x.isalpha()]
                if w:
                    toks[arng.choice(w)] = arng.choice(c.words)
            lines[i] = "".join(toks)
            lines.append(arng.choice(BOILER[lang]))
            text = "\n".join(lines)
            title = "Update: " + title if lang == "en" else "Direct : " + title
        else:
            if noise:
                sents = []
                for _ in range(arng.randint(4, 12)):
                    _, a2 = c.events[arng.randrange(len(c.events))]
                    _, s2 = arng.choice(a2)
                    if s2:
                        sents.append(arng.choice(s2))
                title_toks = sents[0] if sents else None
            else:
                title_p, sents = arng.choice(arts)
                title_toks = title_p[0] if title_p else None
                # the story's own subset of sentences (a quarter dropped)
                keep = random.Random(sseed)
                sents = [s for s in sents if keep.random() >= 0.25 or
                         s is sents[0]]
                sents = [s for s in sents if arng.random() >= 0.3] or sents[:1]
                if len(sents) > 2 and arng.random() < 0.5:
                    i = arng.randrange(len(sents) - 1)
                    sents[i], sents[i + 1] = sents[i + 1], sents[i]
            lines = [c.render(toks, slots, sseed, arng,
                              1 if arng.random() < 0.1 else 0)
                     for toks, slots in sents]
            if arng.random() < 0.3:
                lines.append(arng.choice(BOILER[lang]))
            text = "\n".join(lines)
            title = c.render(title_toks[0], title_toks[1], sseed, arng, 0) \
                if title_toks else ""
        rec = {"id": aid, "title": title, "lang": lang, "text": text}
        if not args.no_dates:
            d = int(t // 86400)
            m = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            mo = 0
            while mo < 11 and d >= m[mo]:
                d -= m[mo]
                mo += 1
            rec["date"] = "2023-%02d-%02d" % (mo + 1, min(d, m[mo] - 1) + 1)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if len(prev) < 2:
            prev.append((dup_of or aid, title, text))
        left[sid] -= 1
        if not left[sid]:
            del done[sid]
        if gold:
            gold.write("%s\ts%d\n" % (aid, sid))
        if gdup and dup_of:
            gdup.write("%s\t%s\n" % (aid, dup_of))
    out.close()
    for f in (gold, gdup):
        if f:
            f.close()


if __name__ == "__main__":
    main()
