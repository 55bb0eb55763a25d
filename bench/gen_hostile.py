#!/usr/bin/env python3
"""bench/gen_hostile.py DIR - write hostile web pages of at most 8 MiB into
DIR (generated, never committed), each a real paragraph of article text
around a construct that costs a parser more than its size suggests:
bench/bench_hostile.sh times recoupe's extractor on each.

  attrs_one      one element with 200,000 attributes (libxml2 checks each
                 new attribute against all the earlier ones: quadratic)
  attrs_many     elements of 2,000 attributes each, to 8 MiB
  attrs_64       elements of 64 short attributes each (the cap), to 8 MiB
  attrs_script   a <script> open tag with 200,000 attributes
  attrs_dup      one element with the same attribute 500,000 times
  attrs_quoted   one element, 100,000 attributes with quoted values
  deep           1.6 million nested <div>
  stray_end      2 million stray end tags
  unclosed_p     2 million <p> never closed, each with a word
  inline_soup    a million <b>x</b> (the node limit)
  tables         nested tables, 500,000 levels deep
  entities       8 MiB of numeric character references
  one_word       one 8 MiB word in a paragraph
  comments       a million unterminated comment openers
  templates      8 MiB of <template> boxes of 400 paragraphs (read as
                 hidden boxes, shown when one holds most of the text)
  template_deep  <template> nested 1.6 million deep
  fallbacks      streamed boundaries (React's <!--$?--> ... <!--/$-->),
                 each placeholder with its fallback and 31 empty siblings
                 before the end mark, the parts at the end
  fallback_nest  a million boundary openers, nested, then their closers
"""
import os
import sys

MIB = 1 << 20
P = ("<p>The committee met on Tuesday, and its members agreed, after a long "
     "debate, that the new rules would take effect next spring.</p>\n")
HEAD = "<html><head><title>A hostile page</title></head><body><article>" + P
TAIL = P + "</article></body></html>\n"


def fill(unit, budget):
    return unit * max(1, budget // len(unit))


def attrs(n, fmt):
    return "".join(fmt % i for i in range(n))


def pages():
    b = 8 * MIB - len(HEAD) - len(TAIL) - 64
    yield "attrs_one", "<div" + attrs(200000, " a%d=1") + ">x</div>"
    el = "<span" + attrs(2000, " a%d=1") + ">x</span>"
    yield "attrs_many", fill(el, b)
    el = "<i" + attrs(64, " a%x") + ">x</i>"
    yield "attrs_64", fill(el, b)
    yield "attrs_script", "<script" + attrs(200000, " a%d=1") + ">x</script>"
    yield "attrs_dup", "<div" + " a=1" * 500000 + ">x</div>"
    yield "attrs_quoted", "<div" + attrs(100000, ' a%d="x > y"') + ">x</div>"
    yield "deep", fill("<div>", b)
    yield "stray_end", fill("</q>", b)
    yield "unclosed_p", fill("<p>w ", b)
    yield "inline_soup", fill("<b>x</b>", b)
    yield "tables", fill("<table><tr><td>", b)
    yield "entities", fill("&#233;", b)
    yield "one_word", "<p>" + "x" * (b - 8) + "</p>"
    yield "comments", fill("<!--", b)
    el = "<template>" + "<p>Reply to this.</p>" * 400 + "</template>"
    yield "templates", fill(el, b)
    yield "template_deep", fill("<template>", b)
    # a streamed page's parts (React's), each placeholder 400 levels deep
    # (in <span>s: libxml2 2.9 counts each <template> a parse error, and
    # the error cap would stop the page before its parts)
    n = (b - 400 * 11) // 70
    yield "streamed", ("<div>" * 400 +
                       attrs(n, '<span id="P:%x"></span>') +
                       "</div>" * 400 +
                       attrs(n, '<div hidden id="S:%x"><p>x</p></div>'))
    # parts holding each other's placeholders, 400 deep
    el = "".join('<div hidden id="S:%x"><template id="P:%x"></template>'
                 % (i, (i + 1) % 400) for i in range(400))
    yield "streamed_nest", fill(el + "</div>" * 400, b)
    # boundaries' fallbacks: the end mark 32 siblings past the placeholder
    # (looked for that far, no further), every part present
    el = ('<!--$?--><span id="B:%x"></span><i>Loading...</i>' + "<b></b>" * 31
          + "<!--/$-->")
    n = (b // 2) // len(el % 0xfffff)
    yield "fallbacks", ("<div>" + attrs(n, el) + "</div>" +
                        attrs(n, '<div hidden id="S:%x"><p>x</p></div>'))
    half = b // 2 // 9
    yield "fallback_nest", "<!--$?-->" * half + "<!--/$-->" * half


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "hostile"
    os.makedirs(out, exist_ok=True)
    for name, body in pages():
        page = (HEAD + body + TAIL).encode()
        assert len(page) <= 8 * MIB, name
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(page)


if __name__ == "__main__":
    main()
