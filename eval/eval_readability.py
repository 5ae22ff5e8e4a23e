#!/usr/bin/python3
"""eval_readability.py - pith on Mozilla Readability's test pages
(../shared/data/readability/<name>/: source.html, expected.html,
expected-metadata.json), with the soft score the set's README suggests.

Scoring: the reference is the text of expected.html: parsed with Python's
html.parser, its text collected (a space stands at each block element's
start and end and at <br>, so that "<p>a</p><p>b</p>" reads "a b" as a
browser shows it; inline tags add nothing), every whitespace run collapsed to
one space.  pith's text is collapsed the same way.  Both are tokenized as
WCXB does (runs of word characters of the lower-cased text) and scored by
token precision, recall and F1 of the multiset intersection per page (an
empty prediction scores 0), then averaged over pages.  The page URL is
http://fakehost/test/page.html for every page.

Informational: the share of pages whose title equals expected-metadata.json's
title exactly (upstream's rule for `title`).

Usage: eval_readability.py [--predict pith|oracle|empty] [--limit N] [--no-dump]
"""

import json
import os
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

NAME = "readability"
SET_DIR = os.path.join(common.DATA, "readability")
PAGE_URL = "http://fakehost/test/page.html"
FLOOR_F1 = 0.93

# Elements that start a new line box in a browser (HTML Standard rendering
# section); text on both sides of them never joins into one word.
BLOCK = frozenset("""address article aside blockquote body br caption dd details dialog
dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr
html legend li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul
img iframe video audio object embed""".split())
SKIP = frozenset(("script", "style", "template", "noscript"))


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    p = _TextCollector()
    p.feed(markup)
    p.close()
    return common.collapse("".join(p.parts))


def load(limit=None):
    pages = []
    for name in sorted(os.listdir(SET_DIR)):
        d = os.path.join(SET_DIR, name)
        if not os.path.isfile(os.path.join(d, "expected.html")):
            continue
        with open(os.path.join(d, "expected.html"), encoding="utf-8") as f:
            reference = html_text(f.read())
        meta = {}
        mp = os.path.join(d, "expected-metadata.json")
        if os.path.exists(mp):
            with open(mp, encoding="utf-8") as f:
                meta = json.load(f)
        pages.append({"id": name, "file": os.path.join(d, "source.html"), "url": PAGE_URL,
                      "reference": reference, "title": meta.get("title")})
    return pages[:limit] if limit else pages


def score_page(pg, run):
    pred = common.tokens(common.collapse(run.text))
    p, r, f = common.token_prf(pred, common.tokens(pg["reference"]))
    got = (run.record or {}).get("title") if isinstance(run.record, dict) else None
    pg.update(precision=p, recall=r, f1=f,
              title_ok=pg["title"] is not None and got == pg["title"])


def predictor(mode):
    if mode == "oracle":
        return lambda pg: common.PageRun(record={"title": pg["title"]}, text=pg["reference"])
    if mode == "empty":
        return lambda pg: common.PageRun()
    return lambda pg: common.run_pith(common.read_page(pg["file"]), pg["url"])


def summarize(pages):
    errors = [pg for pg in pages if pg["run"].error]
    titled = [pg for pg in pages if pg["title"] is not None]
    return [
        common.Row(NAME, "F1 (mean per page, %d pages)" % len(pages),
                   common.mean(pg["f1"] for pg in pages), FLOOR_F1),
        common.Row(NAME, "precision", common.mean(pg["precision"] for pg in pages)),
        common.Row(NAME, "recall", common.mean(pg["recall"] for pg in pages)),
        common.Row(NAME, "title exact (%d pages)" % len(titled),
                   common.mean(1.0 if pg["title_ok"] else 0.0 for pg in titled)),
        common.Row(NAME, "pages pith failed on", len(errors), 0, higher=False, fmt="%d",
                   note=errors[0]["run"].error[:60] if errors else ""),
    ]


def details(pg):
    got = (pg["run"].record or {}).get("title") if isinstance(pg["run"].record, dict) else None
    lines = ["== %s  F1 %.3f  P %.3f  R %.3f" % (pg["id"], pg["f1"], pg["precision"],
                                                 pg["recall"])]
    if pg["run"].error:
        lines.append("error: " + pg["run"].error)
    if not pg["title_ok"]:
        lines.append("  title: got %r, expected %r" % (got, pg["title"]))
    lines.append("  expected text starts: " + pg["reference"][:300])
    lines.append("  pith text starts:     " + common.collapse(pg["run"].text)[:300])
    return "\n".join(lines)


def evaluate(mode="pith", limit=None, dump=True):
    pages = load(limit)
    runs = common.run_all(pages, predictor(mode))
    for pg, run in zip(pages, runs):
        pg["run"] = run
        score_page(pg, run)
    if dump:
        common.dump_set(NAME, pages, ["f1", "precision", "recall", "title_ok"],
                        lambda pg: (pg["f1"], pg["id"]), details)
    return summarize(pages)


def main():
    return common.set_main(__doc__, evaluate)


if __name__ == "__main__":
    sys.exit(main())
