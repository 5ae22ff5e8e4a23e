#!/usr/bin/python3
"""eval_wcxb.py - pith on the WCXB development split (../shared/data/wcxb-dev).

Scoring (the set's README, as upstream's evaluate.py does it):
  - tokens: runs of Unicode word characters of the lower-cased text;
  - per page: precision = |pred ∩ ref| / |pred|, recall = |pred ∩ ref| / |ref|
    (multiset intersection), F1 their harmonic mean; an empty reference
    scores 1 for an empty prediction and 0 otherwise, an empty prediction 0;
    a page whose ground truth has no main_content has an empty reference;
  - the set's P/R/F1: means of the per-page values, overall and per page
    type (_internal.page_type.primary; "category" counts as "collection");
  - snippet rates: share of `with` (higher is better) and `without` (lower is
    better) snippets found case-insensitively in the prediction, averaged
    per page.  A page with no snippets of a kind is left out of that kind's
    average (upstream's script counts it as 1.0 for both kinds, which for
    `without` would charge the extractor for boilerplate that isn't listed).

Usage: eval_wcxb.py [--predict pith|oracle|empty] [--limit N] [--no-dump]
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

NAME = "wcxb-dev"
SET_DIR = os.path.join(common.DATA, "wcxb-dev")
TYPES = ["article", "forum", "product", "collection", "listing", "documentation", "service"]
FLOOR_F1 = 0.83
FLOOR_ARTICLE_F1 = 0.93


def load(limit=None):
    gt_dir = os.path.join(SET_DIR, "ground-truth")
    pages = []
    for fn in sorted(os.listdir(gt_dir)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(gt_dir, fn), encoding="utf-8") as f:
            d = json.load(f)
        gt = d.get("ground_truth") or {}
        pt = ((d.get("_internal") or {}).get("page_type") or {})
        ptype = pt.get("primary", "article") if isinstance(pt, dict) else (pt or "article")
        if ptype == "category":
            ptype = "collection"
        pid = fn[:-5]
        pages.append({
            "id": pid,
            "file": os.path.join(SET_DIR, "html", pid + ".html.gz"),
            "url": d.get("url") or None,
            "type": ptype,
            "reference": gt.get("main_content") or "",
            "with": gt.get("with") or [],
            "without": gt.get("without") or [],
        })
    return pages[:limit] if limit else pages


def snippet_rate(text_lower, snippets):
    """Share of snippets found case-insensitively; None when there are none."""
    if not snippets:
        return None
    return sum(1 for s in snippets if s.lower() in text_lower) / len(snippets)


def score_page(pg, text):
    p, r, f = common.token_prf(common.tokens(text), common.tokens(pg["reference"]))
    low = text.lower()
    pg.update(precision=p, recall=r, f1=f,
              with_rate=snippet_rate(low, pg["with"]),
              without_rate=snippet_rate(low, pg["without"]))


def predictor(mode):
    if mode == "oracle":
        return lambda pg: common.PageRun(text=pg["reference"])
    if mode == "empty":
        return lambda pg: common.PageRun()
    return lambda pg: common.run_pith(common.read_page(pg["file"]), pg["url"])


def summarize(pages):
    rows = []
    f1 = common.mean(pg["f1"] for pg in pages)
    rows.append(common.Row(NAME, "F1 (mean per page, %d pages)" % len(pages), f1, FLOOR_F1))
    rows.append(common.Row(NAME, "precision", common.mean(pg["precision"] for pg in pages)))
    rows.append(common.Row(NAME, "recall", common.mean(pg["recall"] for pg in pages)))
    w = [pg["with_rate"] for pg in pages if pg["with_rate"] is not None]
    wo = [pg["without_rate"] for pg in pages if pg["without_rate"] is not None]
    rows.append(common.Row(NAME, "with-snippets found (%d pages)" % len(w), common.mean(w)))
    rows.append(common.Row(NAME, "without-snippets found (%d pages, lower is better)" % len(wo),
                           common.mean(wo)))
    for t in TYPES + sorted({pg["type"] for pg in pages} - set(TYPES)):
        tp = [pg for pg in pages if pg["type"] == t]
        if not tp:
            continue
        tf = common.mean(pg["f1"] for pg in tp)
        note = "P %.3f R %.3f" % (common.mean(pg["precision"] for pg in tp),
                                  common.mean(pg["recall"] for pg in tp))
        rows.append(common.Row(NAME, "F1 %s (%d)" % (t, len(tp)), tf,
                               FLOOR_ARTICLE_F1 if t == "article" else None, note=note))
    errors = [pg for pg in pages if pg["run"].error]
    rows.append(common.Row(NAME, "pages pith failed on", len(errors), 0, higher=False, fmt="%d",
                           note=errors[0]["run"].error[:60] if errors else ""))
    return rows


def details(pg):
    low = pg["run"].text.lower()
    lines = ["== %s  %s  F1 %.3f  P %.3f  R %.3f  %s" % (pg["id"], pg["type"], pg["f1"],
                                                        pg["precision"], pg["recall"],
                                                        pg["url"] or "")]
    if pg["run"].error:
        lines.append("error: " + pg["run"].error)
    for s in pg["with"]:
        if s.lower() not in low:
            lines.append("  missing: " + s[:200])
    for s in pg["without"]:
        if s.lower() in low:
            lines.append("  unwanted: " + s[:200])
    return "\n".join(lines)


def evaluate(mode="pith", limit=None, dump=True):
    pages = load(limit)
    runs = common.run_all(pages, predictor(mode))
    for pg, run in zip(pages, runs):
        pg["run"] = run
        score_page(pg, run.text)
    if dump:
        common.dump_set(NAME, pages, ["type", "f1", "precision", "recall", "url"],
                        lambda pg: (pg["f1"], pg["id"]), details)
    return summarize(pages)


def main():
    return common.set_main(__doc__, evaluate)


if __name__ == "__main__":
    sys.exit(main())
