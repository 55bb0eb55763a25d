"""recoupe from Python: cross-check the news with librecoupe.

Articles go in as dicts (the JSON Lines fields: id, source, url, title,
date, lang, text or html) or as paths (.txt, .html, .jsonl, any of them
.gz, or directories), or a list mixing both, read in order. A dict
without an id is named by its 1-based position among the inputs ("3").

    import recoupe
    for a in recoupe.extract("page.html"): ...      # dicts, as `extract`
    for s in recoupe.cluster("feed.jsonl"): ...     # {"id", "story", ...}
    stories = recoupe.digest([art1, art2])          # the contract's JSON

The staged pipeline, for engines (see examples/dask and docs/scale.md):
features() is the per-article map, cluster_features() the reduce that
gives the stories of cluster(), digest_stories() the map over stories.

An input that cannot be read raises RecoupeError naming it (file and line,
or the position of the dict), unless errors="warn" (a warning, the input
skipped, as the command line does) or errors="ignore".

The library is single-threaded: use processes to run it in parallel.
"""

import ctypes
import json
import os
import warnings

from . import _lib as L

__version__ = "0.1.0"
__all__ = ["RecoupeError", "extract", "cluster", "digest", "features",
           "cluster_features", "digest_stories"]

# codes of RCP_ERRNO_MAP in include/recoupe.h (minus the 1-based position)
_ENOMEM = -1
_EDUPID = -10
_lib = None


def _c():
    global _lib
    if _lib is None:
        _lib = L.load()
    return _lib


class RecoupeError(Exception):
    """An input recoupe could not read: `input` names it (a path, "-", or
    "article 3" for the third input when it is a dict, "record 7" for
    records), `line` its line (0 when none), `code` the RCP_E* code."""

    def __init__(self, input, message, line=0, code=0):
        self.input, self.line, self.code = input, line, code
        where = f"line {line}: " if line else ""
        super().__init__(f"cannot read '{input}': {where}{message}")


def _why(err, rc):
    msg = err.message.decode("utf-8", "replace")
    return msg or _c().rcp_strerror(rc).decode()


def _skip(errors, exc):
    if errors == "raise":
        raise exc
    if errors == "warn":
        warnings.warn(str(exc), stacklevel=3)
    elif errors != "ignore":
        raise ValueError(f"errors must be 'raise', 'warn' or 'ignore', "
                         f"not {errors!r}")


def _as_list(inputs):
    if isinstance(inputs, (str, bytes, os.PathLike, dict)):
        return [inputs]
    return list(inputs)


def _read_opts(max_size, raw):
    return L.ReadOpts(max_size or 0, 1 if raw else 0)


def _articles(inputs, opts, errors):
    """Yield each article (an L.ArticleP the caller frees), in order."""
    lib = _c()
    items = _as_list(inputs)
    seen = set()
    err = L.Error()

    def fresh(art, where, line):
        aid = art.contents.id
        if aid in seen:
            lib.rcp_article_free(art)
            _skip(errors, RecoupeError(where, f"duplicate id "
                                       f"'{aid.decode()}'", line, _EDUPID))
            return False
        seen.add(aid)
        return True

    i = 0
    while i < len(items):
        x = items[i]
        if isinstance(x, dict):
            if x.get("id") is None:
                x = dict(x, id=str(i + 1))
            b = json.dumps(x, ensure_ascii=False).encode()
            art = L.ArticleP()
            rc = lib.rcp_article_from_json(b, len(b), ctypes.byref(opts),
                                           ctypes.byref(art),
                                           ctypes.byref(err))
            if rc == _ENOMEM:
                raise MemoryError("recoupe: out of memory")
            if rc:
                _skip(errors, RecoupeError(f"article {i + 1}",
                                           _why(err, rc), 0, rc))
            elif fresh(art, f"article {i + 1}", 0):
                yield art
            i += 1
            continue
        j = i
        while j < len(items) and not isinstance(items[j], dict):
            j += 1
        paths = [os.fsencode(p) for p in items[i:j]]
        arr = (ctypes.c_char_p * len(paths))(*paths)
        r = lib.rcp_reader_new(arr, len(paths), ctypes.byref(opts))
        if not r:
            raise MemoryError("recoupe: out of memory")
        try:
            while True:
                art = L.ArticleP()
                rc = lib.rcp_reader_next(r, ctypes.byref(art),
                                         ctypes.byref(err))
                if rc == 0:
                    break
                if rc == _ENOMEM:
                    raise MemoryError("recoupe: out of memory")
                if rc < 0:
                    _skip(errors, RecoupeError(
                        os.fsdecode(err.file), _why(err, rc), err.line, rc))
                    continue
                if fresh(art, os.fsdecode(art.contents.origin or b"-"),
                         art.contents.line):
                    yield art
        finally:
            lib.rcp_reader_free(r)
        i = j


def _s(p):
    return None if p is None else p.decode("utf-8", "replace")


def extract(inputs, *, raw=False, max_size=0, errors="raise"):
    """The clean article inside each input, as dicts with the fields of
    `recoupe extract` (id, source, url, title, date, author, lang, text;
    None when unknown), in input order. raw=True: no cleaning."""
    lib = _c()
    for art in _articles(inputs, _read_opts(max_size, raw), errors):
        try:
            a = art.contents
            yield {"id": _s(a.id), "source": _s(a.source), "url": _s(a.url),
                   "title": _s(a.title), "date": _s(a.date),
                   "author": _s(a.author), "lang": _s(a.lang),
                   "text": ctypes.string_at(a.text, a.text_len).decode()}
        finally:
            lib.rcp_article_free(art)


def _cluster_opts(threshold, dup_threshold, window, no_dates, stream,
                  topic_threshold):
    return L.ClusterOpts(threshold or 0, dup_threshold or 0, window or 0,
                         1 if no_dates else 0, 1 if stream else 0,
                         topic_threshold or 0)


def _assignment(aid, a, ids):
    dup = ids[a.duplicate_of] if a.duplicate_of >= 0 else None
    return {"id": aid, "story": f"s{a.story + 1}",
            "topic": f"t{a.topic + 1}", "duplicate_of": dup}


def _cluster_run(add_all, stream, opts):
    """Run a clusterer over add_all(c, one) (which adds every article and
    yields its id), yielding the lines of `recoupe cluster`."""
    lib = _c()
    c = lib.rcp_clusterer_new(ctypes.byref(opts))
    if not c:
        raise MemoryError("recoupe: out of memory")
    try:
        ids = []
        one = L.Assignment()
        for aid in add_all(c, ctypes.byref(one) if stream else None):
            ids.append(aid)
            if stream:
                yield _assignment(aid, one, ids)
        if stream or not ids:
            return
        out = (L.Assignment * len(ids))()
        if lib.rcp_clusterer_finish(c, out):
            raise MemoryError("recoupe: out of memory")
        for aid, a in zip(ids, out):
            yield _assignment(aid, a, ids)
    finally:
        lib.rcp_clusterer_free(c)


def cluster(inputs, *, stream=False, threshold=0, dup_threshold=0, window=0,
            no_dates=False, topic_threshold=0, max_size=0, errors="raise"):
    """Which articles report the same story: yields, in input order, the
    objects `recoupe cluster` writes: {"id", "story": "s3", "topic": "t2",
    "duplicate_of": id or None}. The options are those of the command
    (0: its default); stream=True yields each article as it is read."""
    lib = _c()

    def add_all(c, out):
        for art in _articles(inputs, _read_opts(max_size, False), errors):
            try:
                d = lib.rcp_doc_from_article(art)
                rc = lib.rcp_clusterer_add(c, d, out) if d else _ENOMEM
                lib.rcp_doc_free(d)
                if rc:
                    raise MemoryError("recoupe: out of memory")
                aid = _s(art.contents.id)
            finally:
                lib.rcp_article_free(art)
            yield aid

    opts = _cluster_opts(threshold, dup_threshold, window, no_dates, stream,
                         topic_threshold)
    return _cluster_run(add_all, stream, opts)


_buf = ctypes.create_string_buffer(1 << 16)


def _json_of(fn, obj, *args):
    """The text of a *_json function: into a reused 64 KB buffer, or one
    of the size it asks for when that is too small."""
    global _buf
    n = ctypes.c_size_t()
    if fn(obj, *args, _buf, len(_buf), ctypes.byref(n)):
        raise MemoryError("recoupe: out of memory")
    if n.value >= len(_buf):
        _buf = ctypes.create_string_buffer(n.value + 1)
        if fn(obj, *args, _buf, len(_buf), ctypes.byref(n)):
            raise MemoryError("recoupe: out of memory")
    return ctypes.string_at(_buf, n.value).decode()


def features(inputs, *, max_size=0, errors="raise"):
    """The per-article stage of cluster(): yields one record per article,
    in input order, as the JSON line (a str, no newline) `recoupe
    features` writes. Give the records, in the same order, to
    cluster_features() to get the stories of cluster()."""
    lib = _c()
    for art in _articles(inputs, _read_opts(max_size, False), errors):
        f = ctypes.c_void_p()
        try:
            d = lib.rcp_doc_from_article(art)
            rc = lib.rcp_features_new(d, ctypes.byref(f)) if d else _ENOMEM
            lib.rcp_doc_free(d)
            if rc:
                raise MemoryError("recoupe: out of memory")
            line = _json_of(lib.rcp_features_json, f)
        finally:
            lib.rcp_features_free(f)
            lib.rcp_article_free(art)
        yield line


def cluster_features(records, *, stream=False, threshold=0, dup_threshold=0,
                     window=0, no_dates=False, topic_threshold=0,
                     errors="raise"):
    """The reduce: cluster the records of features() (JSON lines, str or
    bytes, in the order of their articles) and yield what cluster() yields
    for those articles. A malformed record, or a repeated id, is named as
    "record N" (1-based)."""
    lib = _c()

    def add_all(c, out):
        seen = set()
        err = L.Error()
        for k, rec in enumerate(records, 1):
            b = rec.encode() if isinstance(rec, str) else bytes(rec)
            f = ctypes.c_void_p()
            rc = lib.rcp_features_from_json(b, len(b), ctypes.byref(f),
                                            ctypes.byref(err))
            if rc == _ENOMEM:
                raise MemoryError("recoupe: out of memory")
            if rc:
                _skip(errors, RecoupeError(f"record {k}", _why(err, rc), 0,
                                           rc))
                continue
            try:
                aid = _s(lib.rcp_features_id(f))
                if aid in seen:
                    _skip(errors, RecoupeError(f"record {k}",
                                               f"duplicate id '{aid}'", 0,
                                               _EDUPID))
                    continue
                seen.add(aid)
                if lib.rcp_clusterer_add_features(c, f, out):
                    raise MemoryError("recoupe: out of memory")
            finally:
                lib.rcp_features_free(f)
            yield aid

    opts = _cluster_opts(threshold, dup_threshold, window, no_dates, stream,
                         topic_threshold)
    return _cluster_run(add_all, stream, opts)


def _digest_groups(groups, words, name):
    """Digest each group of docs; name(k, group) gives the story's id.
    Returns [(info, dict)] in the order given."""
    lib = _c()
    out = []
    for k, docs in enumerate(groups):
        arr = (ctypes.c_void_p * len(docs))(*docs)
        sid = name(k).encode()
        opts = L.DigestOpts(words or 0, sid)
        g = lib.rcp_digest_new(arr, len(docs), ctypes.byref(opts))
        if not g:
            raise MemoryError("recoupe: out of memory")
        try:
            info = L.DigestStory()
            lib.rcp_digest_info(g, ctypes.byref(info))
            out.append((info.outlets, json.loads(
                _json_of(lib.rcp_digest_json, g, 0))))
        finally:
            lib.rcp_digest_free(g)
    return out


def _with_docs(inputs, errors, max_size, body):
    """Read every article and its doc, call body(ids, docs), free all."""
    lib = _c()
    arts, docs = [], []
    try:
        for art in _articles(inputs, _read_opts(max_size, False), errors):
            arts.append(art)
            d = lib.rcp_doc_from_article(art)
            if not d:
                raise MemoryError("recoupe: out of memory")
            docs.append(d)
        return body([_s(a.contents.id) for a in arts], docs)
    finally:
        for d in docs:
            lib.rcp_doc_free(d)
        for a in arts:
            lib.rcp_article_free(a)


def digest(inputs, *, words=0, single=False, max_size=0, errors="raise"):
    """One digest per story, as `recoupe digest --format json` gives them:
    the list of its "stories" (dicts with id, title, articles, summary,
    facts, unique, quotes, entities, dates, disagreements, each with its
    support), stories backed by the most outlets first. words: summary
    budget (0: 120); single=True: all the inputs are one story."""
    lib = _c()

    def body(ids, docs):
        if not docs:
            return []
        if single:
            story = [0] * len(docs)
        else:
            c = lib.rcp_clusterer_new(None)
            if not c:
                raise MemoryError("recoupe: out of memory")
            try:
                one = L.Assignment()
                for d in docs:
                    if lib.rcp_clusterer_add(c, d, ctypes.byref(one)):
                        raise MemoryError("recoupe: out of memory")
                out = (L.Assignment * len(docs))()
                if lib.rcp_clusterer_finish(c, out):
                    raise MemoryError("recoupe: out of memory")
                story = [a.story for a in out]
            finally:
                lib.rcp_clusterer_free(c)
        groups = {}
        for i, s in enumerate(story):
            groups.setdefault(s, []).append(i)
        # most outlets first, then by first article, as the command
        first = sorted(groups, key=lambda s: groups[s][0])
        outlets = {s: len({_source(docs, i) for i in groups[s]})
                   for s in first}
        order = sorted(first, key=lambda s: -outlets[s])
        res = _digest_groups([[docs[i] for i in groups[s]] for s in order],
                             words, lambda k: f"s{k + 1}")
        return [d for _, d in res]

    return _with_docs(inputs, errors, max_size, body)


def _source(docs, i):
    art = ctypes.cast(docs[i], ctypes.POINTER(L.ArticleP)).contents
    return art.contents.source or art.contents.id


def digest_stories(inputs, assignments, *, words=0, max_size=0,
                   errors="raise"):
    """The map over stories: the digest of every story of `assignments`
    (the dicts cluster() or cluster_features() yield, or any with "id"
    and "story") that has articles among the inputs, in order of each
    story's first article, each with the story's label as its id. Give
    every article of a story to the same call."""
    story_of = {a["id"]: a["story"] for a in assignments}

    def body(ids, docs):
        groups = {}
        for i, aid in enumerate(ids):
            if aid not in story_of:
                _skip(errors, RecoupeError(aid, "no story in the "
                                           "assignments"))
                continue
            groups.setdefault(story_of[aid], []).append(docs[i])
        labels = list(groups)
        res = _digest_groups([groups[s] for s in labels], words,
                             lambda k: labels[k])
        return [d for _, d in res]

    return _with_docs(inputs, errors, max_size, body)
