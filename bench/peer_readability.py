#!/usr/bin/python3
"""bench/peer_readability.py - readability-lxml (Debian: python3-readability),
the peer extractor named in the HTML issue, on the same pages as recoupe,
for a side-by-side run in bench/bench_html.sh.

    peer_readability.py OUT.jsonl PAGE.html...

Writes one {"id", "title", "text"} per page (recoupe extract's format, so
tools/score_extract scores both alike) and prints the pages/s of the
extraction alone (parsing included, reading and writing excluded) on
standard error. Text: the summary's block elements, one paragraph each.
"""
import json
import os
import sys
import time

try:
    from readability import Document
    import lxml.html
except ImportError:
    sys.exit("peer_readability: python3-readability is not installed")

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
          "blockquote", "td", "th", "dd", "dt", "figcaption", "section",
          "article"}


def text_of(summary_html):
    root = lxml.html.fromstring(summary_html)
    paras = []
    for el in root.iter():
        if el.tag in BLOCKS and not any(c.tag in BLOCKS for c in el):
            t = " ".join(el.text_content().split())
            if t:
                paras.append(t)
    return "\n".join(paras)


def main():
    out_path, pages = sys.argv[1], sys.argv[2:]
    spent = 0.0
    with open(out_path, "w", encoding="utf-8") as out:
        for path in pages:
            with open(path, "rb") as f:
                raw = f.read()
            name = os.path.basename(path)
            for ext in (".gz", ".html", ".htm"):
                if name.endswith(ext):
                    name = name[: -len(ext)]
            t0 = time.process_time()
            try:
                doc = Document(raw)
                title, text = doc.short_title(), text_of(doc.summary())
            except Exception:  # an extractor failing on a page scores 0
                title, text = None, ""
            spent += time.process_time() - t0
            out.write(json.dumps({"id": name, "title": title, "text": text},
                                 ensure_ascii=False) + "\n")
    n = len(pages)
    print("readability-lxml: %d pages in %.2f s of CPU: %.0f pages/s"
          % (n, spent, n / spent if spent else 0), file=sys.stderr)


if __name__ == "__main__":
    main()
