#!/usr/bin/env python3
"""tools/eval/summary_check.py - can a reader use the summaries?

Digests every development story (the 20 RPM2 clusters of
../shared/data/rpm2-dev, French; the ECB+ topics of
../shared/data/ecbplus-dev/gold-topic.tsv, English) with
`recoupe digest --single --format json` and counts, over their summary
items:

  refs       items that open on a reference with no antecedent in the
             summary: a personal or possessive pronoun, a demonstrative or
             a connective that continues what came before ("He leads the
             outlawed...", "Il s'agit de son premier voyage...", "But
             ..."), unless the item shown just before it is the sentence
             before it in the same article. Impersonal openings refer to
             nothing and are not counted ("Il y a", "Il faut", "It is
             unclear whether", "It was the first time that" is counted).
  repeats    pairs of items of one summary that state the same claim:
             Dice of their content words >= 0.6
  fragments  items that do not read as a sentence: opening in lower case,
             or ending without final punctuation (a closing quotation
             mark or bracket after it is fine)
  sided      items that give one value of a disagreement the digest shows
             (their article is behind the value, and they write it or its
             number) without showing the other values ("disputed"):
             where facts conflict the summary must show the conflict
             (issue 10, item 6); "sides" counts the items that give one

The word lists here are this check's own, written from the grammar of
each language (closed classes), not from the digests: the check must not
share the code it checks. Prints one line per set (fr, en, and the halves
A = 1st, 3rd... story of each language, B = the others) and, with
--verbose, every item counted.

    python3 tools/eval/summary_check.py [--bin build/recoupe]
        [--data ../shared/data] [--verbose]
Exit status 0 (figures, not a test), 2 when recoupe fails.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devsets  # noqa: E402

# Closed classes: words that take their meaning from what came before.
REF_EN = set("""he she it they his her its their him them this these those
that such but also however instead besides yet and so then still moreover
furthermore nevertheless nonetheless thus therefore hence meanwhile
otherwise likewise similarly accordingly there's""".split())
REF_FR = set("""il elle ils elles ce cet cette ces celui celle ceux celles
cela ca ceci son sa ses leur leurs lui eux mais ensuite puis or donc aussi
et y cependant pourtant toutefois neanmoins alors enfin ainsi d'ailleurs
c'est c'etait idem""".split())
# personal subject pronouns: a reference wherever the main clause's
# subject or a quotation's speaker is one
SUBJ = {"en": {"he", "she", "they"}, "fr": {"il", "elle", "ils", "elles"}}
# two-word openings that refer back
REF2_EN = {("according", "to"): {"him", "her", "them", "it"},
           ("in", "addition"): None, ("as", "well"): None,
           ("at", "the"): {"time"}, ("on", "the"): {"other"}}
REF2_FR = {("selon", None): {"lui", "elle", "eux", "elles"},
           ("d'apres", None): {"lui", "elle", "eux", "elles"},
           ("de", None): {"plus"}, ("par", None): {"ailleurs"},
           ("en", None): {"outre", "revanche", "effet"},
           ("quant", None): {"a"}}
STOP = set("""the a an of to in on at for and or but is are was were be been
by with as from that this it its he she they his her their le la les l' un
une des du de d' et ou mais est sont a au aux en dans par pour sur avec que
qui ne pas se s' il elle ils elles ce cette ces son sa ses""".split())


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower()).replace("\u2019", "'")
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    return re.findall(r"[\w]+'?|'", fold(s))


def words(s):
    return re.findall(r"\w+(?:'\w+)?", fold(s))


def refers_further(text, lang):
    """A reference past the first word: the subject pronoun after an
    opening complement ("De retour en France, elle affirme", "On Monday,
    he said"), an object pronoun before the first verb ("Matignon lui a
    donné"), the pronoun speaker of a quotation ("« ... », a-t-il conclu",
    '"...," she said')."""
    f = fold(text)
    subj = SUBJ.get(lang, set())
    # after an opening complement: the first comma of the sentence, within
    # its first ten words, outside quotation marks
    head = re.split(r"[«“\"]", f, maxsplit=1)[0]
    m = re.match(r"([^,]*),\s*(\w+)(?:\s+(\w+))?", head)
    if m and len(m.group(1).split()) <= 10 and m.group(2) in subj and \
            m.group(3) not in ("y", "faut"):
        return True
    if lang == "fr" and re.match(r"(\S+\s+){0,3}lui\s+(a|avait|ont)\b", f):
        return True
    # the attribution of a quotation (four words or more): a pronoun
    # within four words after its closing mark
    for m in re.finditer(r"[«“]([^»”]*)[»”]|\"([^\"]*)\"", f):
        q = m.group(1) if m.group(1) is not None else m.group(2)
        if len(re.findall(r"\w+", q)) < 4:
            continue
        after = re.findall(r"[\w'-]+", f[m.end():])[:4]
        for w in after:
            if w in subj or re.search(r"-(t-)?(il|elle)s?$", w):
                return True
    return False


def opens_on_reference(text, lang):
    if refers_further(text, lang):
        return True
    w = words(text.lstrip("\"'«“‘`([- \u00a0"))
    if not w:
        return False
    w0 = w[0]
    w1 = w[1] if len(w) > 1 else ""
    if lang == "en":
        if w0 == "it" and w1 in ("is", "was", "has", "had", "will", "would",
                                 "remains", "remained", "seems", "appears"):
            # "It is unclear whether / It was not immediately known": an
            # impersonal it with its subject extraposed after it
            rest = w[2:8]
            if any(x in ("whether", "if", "how", "why", "who", "what", "to")
                   for x in rest):
                return False
        if w0 == "that" and w1 in ("is", "was"):
            return True
        if w0 in REF_EN:
            return True
        for (a, b), nxt in REF2_EN.items():
            if w0 == a and w1 == b:
                return nxt is None or (len(w) > 2 and w[2] in nxt)
        return False
    if w0 == "il" and w1 in ("y", "faut", "pleut"):
        return False  # impersonal
    if w0.startswith("c'") or w0.startswith("s'"):
        return w0 in REF_FR or w0.startswith("c'")
    if w0 == "alors" and w1.startswith("qu"):
        return False  # "Alors que...": a subordinate clause, no reference
    if w0 in REF_FR:
        return True
    for (a, _), nxt in REF2_FR.items():
        if w0 == a and w1 in nxt:
            return True
    return False


def antecedent_shown(prev, item, arts):
    """Is prev (the item shown before) the sentence just before item in
    item's article?"""
    if prev is None or prev.get("article") != item.get("article"):
        return False
    text = arts.get(item["article"], "")
    i = text.find(prev["text"])
    j = text.find(item["text"])
    if i < 0 or j < 0:
        return False
    gap = text[i + len(prev["text"]):j]
    return j > i and len(gap.strip(" \n\t\"'»”’)")) == 0


def fragment(text):
    t = text.strip()
    if not t:
        return True
    first = t.lstrip("\"'«“‘`([- \u00a0")
    if first and first[0].isalpha() and first[0].islower():
        return True
    end = t.rstrip("\"'»”’`) \u00a0")
    return not end or end[-1] not in ".!?…:;"


def content(text):
    return {w for w in words(text) if w not in STOP and len(w) > 2}


def dice(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def one_side(it, dis):
    """the item gives one value of a (non-publication) disagreement"""
    t = fold(it["text"])
    for d in dis:
        if d.get("kind") == "publication":
            continue
        for v in d.get("values") or []:
            if it.get("article") not in (v.get("support") or []):
                continue
            val = fold(v.get("value", ""))
            head = val.split(" ")[0]
            if re.search(r"(?<!\w)" + re.escape(val) + r"(?!\w)", t) or (
                    any(c.isdigit() for c in head) and
                    re.search(r"(?<!\w)" + re.escape(head) + r"(?!\w)", t)):
                return True
    return False


def stories(data):
    """(name, lang, [json lines]) of every development story, name order"""
    return devsets.rpm2(data) + devsets.ecb(data, "gold-topic.tsv")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rows = []  # (lang, half, items, refs, repeats, fragments)
    rank = {}
    for name, lang, lines, dg in devsets.digests(args.bin,
                                                 stories(args.data)):
        rank[lang] = rank.get(lang, 0) + 1
        half = "A" if rank[lang] % 2 else "B"
        if dg is None:
            return 2
        arts = {}
        for line in lines:
            a = json.loads(line)
            arts[a["id"]] = unicodedata.normalize("NFC", a.get("text", ""))
        items = [it for st in dg["stories"]
                 for it in st.get("summary", [])]
        nref = nrep = nfrag = nside = nsided = 0
        dis = [d for st in dg["stories"] for d in st.get("disagreements") or []]
        prev = None
        for k, it in enumerate(items):
            if one_side(it, dis):
                nside += 1
                if not it.get("disputed"):
                    nsided += 1
                    if args.verbose:
                        print(f"  sided {name}: {it['text'][:110]}")
            if opens_on_reference(it["text"], lang) and \
                    not antecedent_shown(prev, it, arts):
                nref += 1
                if args.verbose:
                    print(f"  ref   {name}: {it['text'][:110]}")
            if fragment(it["text"]):
                nfrag += 1
                if args.verbose:
                    print(f"  frag  {name}: {it['text'][:110]}")
            for o in items[:k]:
                if dice(content(it["text"]), content(o["text"])) >= 0.6:
                    nrep += 1
                    if args.verbose:
                        print(f"  again {name}: {it['text'][:70]} || "
                              f"{o['text'][:70]}")
            prev = it
        rows.append((lang, half, len(items), nref, nrep, nfrag, nside,
                     nsided))
    print("summary items of the dev digests (rpm2-dev clusters, ecbplus-dev "
          "topics): unresolved references, repeats, fragments")
    print(f"{'set':<6}{'stories':>8}{'items':>7}{'refs':>6}{'repeats':>9}"
          f"{'fragments':>11}{'sides':>7}{'sided':>7}")
    for name, keep in (("all", lambda r: True),
                       ("fr", lambda r: r[0] == "fr"),
                       ("en", lambda r: r[0] == "en"),
                       ("A-fr", lambda r: r[0] == "fr" and r[1] == "A"),
                       ("B-fr", lambda r: r[0] == "fr" and r[1] == "B"),
                       ("A-en", lambda r: r[0] == "en" and r[1] == "A"),
                       ("B-en", lambda r: r[0] == "en" and r[1] == "B")):
        sel = [r for r in rows if keep(r)]
        print(f"{name:<6}{len(sel):>8}{sum(r[2] for r in sel):>7}"
              f"{sum(r[3] for r in sel):>6}{sum(r[4] for r in sel):>9}"
              f"{sum(r[5] for r in sel):>11}{sum(r[6] for r in sel):>7}"
              f"{sum(r[7] for r in sel):>7}")
    print("target: 0 refs (issue 10: no summary item opening on an "
          "unresolved reference), 0 repeats, 0 fragments, 0 sided (where "
          "facts conflict the summary shows the conflict)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
