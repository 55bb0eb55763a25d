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
  claims     pairs of items of one summary that state the same claim in
             other words (and are no word repeat): the same actors -- two
             names or more in common, one of them in the subject of both
             (the words before the first verb, past "X said that", "X a
             déclaré que"), no noun given another number or rank, a word
             of what they are about in common (no name, verb form or
             stopword: "des fusils" / "un fusil", not "un gant") -- and
             their claims' verbs (the first
             verb that is no auxiliary nor verb of saying) of one meaning
             ("se sont mutuellement donné des fusils" / "a offert à Kim
             un fusil ... et a reçu une arme"): a lemma in common, a
             WordNet synset among each verb's first two senses (English),
             a synonym among the first twelve of mythes-fr (French);
             lemmas from WordNet's morphy rules and exceptions and from
             verbiste's conjugation tables. Auxiliaries and verbs of
             saying are no claim's verb (closed classes of this check); a
             word that is also a noun or an adjective (mythes-fr's
             "(Nom)", "(Adjectif)"; WordNet's index.noun, index.adj) is a
             verb only after a subject pronoun, an auxiliary, "se", "ne",
             "to"; no word after a determiner is one.
  fragments  items that do not read as a sentence: opening in lower case,
             or ending without final punctuation (a closing quotation
             mark or bracket after it is fine)
  sided      items that give one value of a disagreement the digest shows
             (their article is behind the value, and they write it or its
             number) without showing the other values ("disputed"):
             where facts conflict the summary must show the conflict
             (issue 10, item 6); "sides" counts the items that give one

A last line gives the same counts for the seed story (examples/seeds,
digested from `recoupe extract`), outside the sets above.

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
import subprocess
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


# --- claim repeats: lexical resources read here, not the digest's code
WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
VERBISTE = os.environ.get("VERBISTE_DIR", "/usr/share/verbiste-0.1")
MYTHES = os.environ.get("MYTHES_FR", "/usr/share/mythes/th_fr_FR_v2.dat")
# auxiliaries, copulas, light and saying verbs: closed classes
NOVERB = {"en": set("""be have do will would can could may might shall should
must say tell add state report announce confirm declare explain note
indicate claim""".split()),
          "fr": set("""etre avoir faire aller pouvoir devoir vouloir falloir
dire declarer ajouter indiquer affirmer preciser souligner annoncer
confirmer expliquer rapporter assurer estimer""".split())}
# words that open a name but are no actor (capitalised at a sentence's start)
NOTNAME = set("""le la les l un une des du de d au aux en dans selon pour
par sur lors mais et il elle ils elles ce cette ces son sa ses leur leurs
the a an in on at for by of from after before but and he she they it his
her their this that these those m mr mrs ms dr mme lundi mardi mercredi
jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet
aout septembre octobre novembre decembre monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august
september october november december""".split())

# determiners (no verb after one) and the words a verb follows (subject
# pronouns, auxiliaries, clitics, negation, "to")
DET = {"en": set("the a an this that these those his her its their our my"
                 " your some any no every each".split()),
       "fr": set("le la les l un une des du au aux ce cet cette ces son sa"
                 " ses leur leurs mon ma mes ton ta tes notre nos votre vos"
                 " d de".split())}
VERBAL = {"en": set("""i you he she it we they who to will would can could
may might shall should must has have had is are was were be been being do
does did not never""".split()),
          "fr": set("""je tu il elle on nous vous ils elles qui se s ne n
lui leur y en a ont avait avaient aura auront est sont etait etaient sera
seront ete""".split())}
# prepositions of place, and the words inside a name ("Corée du Nord")
PLACE_PREP = set("en dans vers depuis in at into from near".split())
LINK = set("du de la des of the".split())
_lex = {}


def _verbiste():
    """folded French verb form -> set of folded infinitives"""
    if "fr" in _lex:
        return _lex["fr"]
    forms = {}
    try:
        tpl = {}
        conj = open(os.path.join(VERBISTE, "conjugation-fr.xml"),
                    encoding="utf-8").read()
        for m in re.finditer(r'<template name="([^"]+)">(.*?)</template>',
                             conj, re.S):
            tpl[m.group(1)] = re.findall(r"<i>([^<]*)</i>", m.group(2))
        verbs = open(os.path.join(VERBISTE, "verbs-fr.xml"),
                     encoding="utf-8").read()
        for m in re.finditer(r"<i>([^<]+)</i>\s*<t>([^<]+)</t>", verbs):
            inf, t = m.group(1), m.group(2)
            tail = t.split(":", 1)[1]
            if not inf.endswith(tail) or t not in tpl:
                continue
            root = inf[:len(inf) - len(tail)]
            for e in tpl[t]:
                forms.setdefault(fold(root + e), set()).add(fold(inf))
    except OSError:
        pass
    _lex["fr"] = forms
    return forms


def _mythes():
    """folded French verb -> its first twelve folded synonyms (Verbe)"""
    if "fr_syn" in _lex:
        return _lex["fr_syn"]
    syn = {}
    try:
        with open(MYTHES, encoding="utf-8", errors="replace") as fh:
            head = None
            for line in fh:
                line = line.rstrip("\n")
                if "|" in line and not line.startswith("("):
                    head = fold(line.split("|")[0])
                elif head and line.startswith("(Verbe)"):
                    syn.setdefault(head, set()).update(
                        fold(w) for w in line.split("|")[1:13])
                elif head and line.startswith(("(Nom)", "(Adjectif)")):
                    _lex.setdefault("fr_noun", set()).add(head)
    except OSError:
        pass
    _lex["fr_syn"] = syn
    return syn


def _wordnet():
    """(English verb lemma -> first two synsets, inflection exceptions)"""
    if "en" in _lex:
        return _lex["en"]
    idx, exc = {}, {}
    try:
        with open(os.path.join(WORDNET, "index.verb"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                p = line.split()
                n = int(p[2])
                idx[p[0]] = set(p[-n:][:2])
        nouns = set()
        for pos in ("noun", "adj"):
            with open(os.path.join(WORDNET, "index." + pos),
                      encoding="utf-8") as fh:
                nouns.update(line.split(" ", 1)[0] for line in fh
                             if not line.startswith(" "))
        _lex["en_noun"] = nouns
        with open(os.path.join(WORDNET, "verb.exc"), encoding="utf-8") as fh:
            for line in fh:
                p = line.split()
                if len(p) >= 2:
                    exc.setdefault(p[0], set()).update(p[1:])
    except OSError:
        pass
    _lex["en"] = (idx, exc)
    return _lex["en"]


def verb_meanings(text, lang):
    """each verb of the item as (its lemmas, their meanings: mythes-fr's
    synonyms, WordNet's first two synsets)"""
    out = []
    ws = words(text)
    caps = [w.split("'")[-1][:1].isupper() for w in
            re.findall(r"\w+(?:'\w+)?", text.replace("\u2019", "'"))]
    for i, w in enumerate(ws):
        w = w.split("'")[-1]
        prev = ws[i - 1].split("'")[0] if i else ""
        if prev in DET[lang] or (i and i < len(caps) and caps[i]):
            continue  # a noun after a determiner; a name
        after_verb_word = prev in VERBAL[lang] or ws[i - 1].endswith("'")
        if lang == "fr":
            _mythes()
            if w in _lex.get("fr_noun", ()) and not after_verb_word:
                continue
            lem = _verbiste().get(w, set()) - NOVERB["fr"]
            if not lem or any(x in NOVERB["fr"] for x in _verbiste().get(w)):
                continue
            keys = set()
            for x in lem:
                keys |= _mythes().get(x, set())
        else:
            idx, exc = _wordnet()
            lem = set(exc.get(w, ()))
            for suf, rep in (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""),
                             ("ed", "e"), ("ed", ""), ("ing", "e"),
                             ("ing", "")):
                if w.endswith(suf) and w[:len(w) - len(suf)] + rep in idx:
                    lem.add(w[:len(w) - len(suf)] + rep)
            if w in idx:
                lem.add(w)
            lem -= NOVERB["en"]
            if not lem or len(w) < 4 or (
                    w in _lex.get("en_noun", ()) and not after_verb_word and
                    not w.endswith("ed")):
                continue
            keys = set()
            for x in lem:
                keys |= idx.get(x, set())
        out.append((lem, keys))
    return out


def names(text):
    """the capitalised words of the item that are no determiner, month or
    weekday, folded, but those of a name after a preposition of place
    ("en Corée du Nord", "in Alaska"): its actors"""
    out = set()
    toks = re.findall(r"[\w-]+", text)
    place = False
    for i, w in enumerate(toks):
        f = fold(w)
        if not (w[0].isupper() and f not in NOTNAME and len(w) > 1):
            if f not in LINK:
                place = f in PLACE_PREP
            continue
        if not place:
            out.add(f)
    return out


def claim_repeat(a, b, lang):
    """items a and b state one claim in other words: two names or more in
    common, one of them in both subjects, no noun counted differently
    ("11th round" / "sixth round"), a word of what they are about in
    common (objects: "des fusils" / "un fusil", not "un gant"), and
    their claims' verbs (each one's first verb that is no
    auxiliary nor verb of saying) of one meaning (one's lemma the other's
    lemma or synonym, or a synset in common)"""
    if len(names(a) & names(b)) < 2 or \
            not names(subject(a, lang)) & names(subject(b, lang)):
        return False
    na, nb = counted(a), counted(b)
    if any(na[w] != nb[w] for w in na.keys() & nb.keys()):
        return False  # "in the 11th round" / "in the sixth round"
    if not objects(a, lang) & objects(b, lang):
        return False  # "un gant" / "des fusils"
    va, vb = verb_meanings(a, lang), verb_meanings(b, lang)
    if not va or not vb:
        return False
    (la, ka), (lb, kb) = va[0], vb[0]
    return bool(la & lb or la & kb or lb & ka or (lang == "en" and ka & kb))


NUMBER = re.compile(r"\b(\d+(?:[.,]\d+)?(?:st|nd|rd|th|e|er)?|one|two|three|"
                    r"four|five|six|seven|eight|nine|ten|first|second|third|"
                    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|un|une|"
                    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|premier|"
                    r"premiere|deuxieme|troisieme)\s+(\w+)")


def is_verb_form(w, lang):
    if lang == "fr":
        return w in _verbiste()
    idx, exc = _wordnet()
    return w in idx or w in exc or any(
        w.endswith(suf) and w[:len(w) - len(suf)] + rep in idx
        for suf, rep in (("s", ""), ("es", "e"), ("ed", "e"), ("ed", ""),
                         ("ing", "e"), ("ing", "")))


def objects(text, lang):
    """what the item's claim is about: its content words that are no
    name, no verb form, no stopword, a final plural s dropped"""
    out = set()
    toks = re.findall(r"\w+(?:'\w+)?", text.replace("\u2019", "'"))
    for i, w in enumerate(toks):
        w = w.split("'")[-1]
        if not w or (i and w[0].isupper()):
            continue
        f = fold(w)
        if len(f) <= 2 or f in STOP or is_verb_form(f, lang):
            continue
        out.add(f[:-1] if f.endswith("s") and len(f) > 3 else f)
    return out


def counted(text):
    """noun -> the number or rank the item gives it ("11th round")"""
    return {m.group(2): m.group(1) for m in NUMBER.finditer(fold(text))}


SAY_THAT = re.compile(r"^.{0,120}?\b(?:said|says|told|confirmed|announced|"
                      r"reported|stated|added)\b[^,]{0,60}?\bthat\s+|"
                      r"^.{0,120}?\b(?:a|ont|avait)\s+(?:\w+\s+)?"
                      r"(?:dit|déclaré|confirmé|annoncé|indiqué|affirmé|"
                      r"précisé|ajouté|souligné|rapporté)\b[^,]{0,60}?"
                      r"\bque\s+|^.{0,120}?\bqu'", re.I)


def subject(text, lang):
    """the words before the item's claim's first verb, past an opening
    "X said that" / "X a déclaré que": its actor"""
    m = SAY_THAT.match(text)
    if m:
        text = text[m.end():]
    ws = list(re.finditer(r"\w+(?:'\w+)?", text))
    for i, m in enumerate(ws):
        if verb_meanings(text[:m.end()], lang) and \
                len(verb_meanings(text[:m.end()], lang)) > 0:
            return text[:m.start()]
    return text


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


def seeds(binary):
    """the seed story (examples/seeds, French) as read by `recoupe
    extract`, or nothing when there is none"""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                        "..", "examples", "seeds")
    if not os.path.isdir(root):
        return []
    p = subprocess.run([binary, "extract", root], capture_output=True)
    lines = p.stdout.decode("utf-8").splitlines()
    return [("seeds", "fr", lines)] if p.returncode == 0 and lines else []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/recoupe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rows = []  # (lang, half, items, refs, repeats, fragments)
    rank = {}
    for name, lang, lines, dg in devsets.digests(args.bin, seeds(args.bin) +
                                                 stories(args.data)):
        if name == "seeds":
            half = "seeds"
        else:
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
        nref = nrep = nfrag = nside = nsided = nclaim = 0
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
                elif claim_repeat(it["text"], o["text"], lang):
                    nclaim += 1
                    if args.verbose:
                        print(f"  claim {name}: {it['text'][:70]} || "
                              f"{o['text'][:70]}")
            prev = it
        rows.append((lang, half, len(items), nref, nrep, nfrag, nside,
                     nsided, nclaim))
    print("summary items of the dev digests (rpm2-dev clusters, ecbplus-dev "
          "topics): unresolved references, repeats, fragments, claim repeats")
    print(f"{'set':<6}{'stories':>8}{'items':>7}{'refs':>6}{'repeats':>9}"
          f"{'fragments':>11}{'sides':>7}{'sided':>7}{'claims':>8}")
    for name, keep in (("all", lambda r: r[1] != "seeds"),
                       ("fr", lambda r: r[0] == "fr" and r[1] != "seeds"),
                       ("en", lambda r: r[0] == "en"),
                       ("A-fr", lambda r: r[0] == "fr" and r[1] == "A"),
                       ("B-fr", lambda r: r[0] == "fr" and r[1] == "B"),
                       ("A-en", lambda r: r[0] == "en" and r[1] == "A"),
                       ("B-en", lambda r: r[0] == "en" and r[1] == "B"),
                       ("seeds", lambda r: r[1] == "seeds")):
        sel = [r for r in rows if keep(r)]
        print(f"{name:<6}{len(sel):>8}{sum(r[2] for r in sel):>7}"
              f"{sum(r[3] for r in sel):>6}{sum(r[4] for r in sel):>9}"
              f"{sum(r[5] for r in sel):>11}{sum(r[6] for r in sel):>7}"
              f"{sum(r[7] for r in sel):>7}{sum(r[8] for r in sel):>8}")
    print("target: 0 refs (issue 10: no summary item opening on an "
          "unresolved reference), 0 repeats and 0 claims (no two items "
          "stating the same claim), 0 fragments, 0 sided (where facts "
          "conflict the summary shows the conflict)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
