"""ctypes bindings of librecoupe.so (include/recoupe.h): the structs and
functions the package uses, and where the library is found."""

import ctypes
import ctypes.util
import os

c_size = ctypes.c_size_t
c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p


class Article(ctypes.Structure):
    _fields_ = [
        ("id", c_char_p),
        ("source", c_char_p),
        ("url", c_char_p),
        ("title", c_char_p),
        ("date", c_char_p),
        ("author", c_char_p),
        ("lang", c_char_p),
        ("text", ctypes.POINTER(ctypes.c_char)),
        ("text_len", c_size),
        ("origin", c_char_p),
        ("line", c_size),
        ("index", c_size),
        ("priv_", c_void_p),
    ]


class Error(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_int),
        ("file", ctypes.c_char * 512),
        ("line", c_size),
        ("offset", c_size),
        ("message", ctypes.c_char * 256),
    ]


class ReadOpts(ctypes.Structure):
    _fields_ = [("max_article_bytes", c_size), ("raw", ctypes.c_int)]


class ClusterOpts(ctypes.Structure):
    _fields_ = [
        ("threshold", ctypes.c_double),
        ("dup_threshold", ctypes.c_double),
        ("window", ctypes.c_uint),
        ("no_dates", ctypes.c_int),
        ("no_refine", ctypes.c_int),
        ("topic_threshold", ctypes.c_double),
    ]


class Assignment(ctypes.Structure):
    _fields_ = [("story", c_size), ("topic", c_size),
                ("duplicate_of", ctypes.c_long)]


class DigestOpts(ctypes.Structure):
    _fields_ = [("words", c_size), ("id", c_char_p)]


class DigestStory(ctypes.Structure):
    _fields_ = [("id", c_char_p), ("title", c_char_p),
                ("articles", c_size), ("outlets", c_size)]


P = ctypes.POINTER
ArticleP = P(Article)

# name: (restype, argtypes)
_PROTOS = {
    "rcp_strerror": (c_char_p, [ctypes.c_int]),
    "rcp_reader_new": (c_void_p, [P(c_char_p), c_size, P(ReadOpts)]),
    "rcp_reader_next": (ctypes.c_int, [c_void_p, P(ArticleP), P(Error)]),
    "rcp_reader_free": (None, [c_void_p]),
    "rcp_article_from_json": (ctypes.c_int, [c_char_p, c_size, P(ReadOpts),
                                             P(ArticleP), P(Error)]),
    "rcp_article_free": (None, [ArticleP]),
    "rcp_doc_from_article": (c_void_p, [ArticleP]),
    "rcp_doc_free": (None, [c_void_p]),
    "rcp_clusterer_new": (c_void_p, [P(ClusterOpts)]),
    "rcp_clusterer_add": (ctypes.c_int, [c_void_p, c_void_p, P(Assignment)]),
    "rcp_clusterer_add_features": (ctypes.c_int, [c_void_p, c_void_p,
                                                  P(Assignment)]),
    "rcp_clusterer_finish": (ctypes.c_int, [c_void_p, P(Assignment)]),
    "rcp_clusterer_free": (None, [c_void_p]),
    "rcp_features_new": (ctypes.c_int, [c_void_p, P(c_void_p)]),
    "rcp_features_json": (ctypes.c_int, [c_void_p, c_char_p, c_size,
                                         P(c_size)]),
    "rcp_features_from_json": (ctypes.c_int, [c_char_p, c_size, P(c_void_p),
                                              P(Error)]),
    "rcp_features_id": (c_char_p, [c_void_p]),
    "rcp_features_free": (None, [c_void_p]),
    "rcp_digest_new": (c_void_p, [P(c_void_p), c_size, P(DigestOpts)]),
    "rcp_digest_free": (None, [c_void_p]),
    "rcp_digest_info": (None, [c_void_p, P(DigestStory)]),
    "rcp_digest_json": (ctypes.c_int, [c_void_p, ctypes.c_int, c_char_p,
                                       c_size, P(c_size)]),
}


def _candidates():
    env = os.environ.get("RECOUPE_LIBRARY")
    if env:
        yield env
        return
    here = os.path.dirname(os.path.abspath(__file__))
    yield os.path.join(here, "librecoupe.so.0")  # installed by pip
    root = os.path.dirname(os.path.dirname(here))  # a source checkout
    yield os.path.join(root, "build", "librecoupe.so.0")
    found = ctypes.util.find_library("recoupe")  # make install
    yield found or "librecoupe.so.0"


def load():
    """The library, with the prototypes set; OSError naming every path
    tried when none loads."""
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            tried.append(f"{path} ({e})")
            continue
        for name, (res, args) in _PROTOS.items():
            fn = getattr(lib, name)
            fn.restype = res
            fn.argtypes = args
        return lib
    raise OSError("librecoupe.so.0 not found; tried: " + ", ".join(tried) +
                  " (build it with 'make', or set RECOUPE_LIBRARY)")
