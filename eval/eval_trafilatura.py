#!/usr/bin/python3
"""eval_trafilatura.py - pith on trafilatura's evaluation set
(../shared/data/trafilatura-eval: evaldata.json + html/<file>.gz).

Scoring (the set's README, as upstream's comparison does it): the main text
without comments, with tables, as plain text.  Whitespace runs collapse to
one space (trimmed) in the output and in every snippet.  A `with` snippet
found as a case-sensitive substring is a TP, one not found a FN; a `without`
snippet found is a FP, one not found a TN.  A crash or empty result counts
every `with` snippet as FN and every `without` snippet as TN.  The counts are
summed over all pages; precision = TP/(TP+FP), recall = TP/(TP+FN),
accuracy = (TP+TN)/total, F1 = 2TP/(2TP+FP+FN).  The page URL is the entry's
key.

Usage: eval_trafilatura.py [--predict pith|oracle|empty] [--limit N] [--no-dump]
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

NAME = "trafilatura-eval"
SET_DIR = os.path.join(common.DATA, "trafilatura-eval")
FLOOR_F1 = 0.93


def load(limit=None):
    with open(os.path.join(SET_DIR, "evaldata.json"), encoding="utf-8") as f:
        data = json.load(f)
    pages = []
    for url in sorted(data):
        e = data[url]
        pages.append({
            "id": e["file"],
            "file": os.path.join(SET_DIR, "html", e["file"] + ".gz"),
            "url": url,
            "with": [common.collapse(s) for s in e.get("with") or []],
            "without": [common.collapse(s) for s in e.get("without") or []],
        })
    return pages[:limit] if limit else pages


def score_page(pg, text):
    out = common.collapse(text)
    if not out:
        pg.update(tp=0, fn=len(pg["with"]), fp=0, tn=len(pg["without"]))
    else:
        tp = sum(1 for s in pg["with"] if s in out)
        fp = sum(1 for s in pg["without"] if s in out)
        pg.update(tp=tp, fn=len(pg["with"]) - tp, fp=fp, tn=len(pg["without"]) - fp)
    # For the worst-first dump: errors per snippet on this page.
    n = len(pg["with"]) + len(pg["without"])
    pg["page_accuracy"] = (pg["tp"] + pg["tn"]) / n if n else 1.0


def predictor(mode):
    if mode == "oracle":
        # The `with` snippets alone, one per paragraph: a perfect extraction.
        return lambda pg: common.PageRun(text="\n\n".join(pg["with"]))
    if mode == "empty":
        return lambda pg: common.PageRun()
    return lambda pg: common.run_pith(common.read_page(pg["file"]), pg["url"])


def metrics(tp, fn, fp, tn):
    total = tp + fn + fp + tn
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
    }


def summarize(pages):
    c = {k: sum(pg[k] for pg in pages) for k in ("tp", "fn", "fp", "tn")}
    m = metrics(**c)
    counts = "TP %(tp)d FN %(fn)d FP %(fp)d TN %(tn)d" % c
    errors = [pg for pg in pages if pg["run"].error]
    return [
        common.Row(NAME, "F1 (%d pages)" % len(pages), m["f1"], FLOOR_F1, note=counts),
        common.Row(NAME, "precision", m["precision"]),
        common.Row(NAME, "recall", m["recall"]),
        common.Row(NAME, "accuracy", m["accuracy"]),
        common.Row(NAME, "pages pith failed on", len(errors), 0, higher=False, fmt="%d",
                   note=errors[0]["run"].error[:60] if errors else ""),
    ]


def details(pg):
    out = common.collapse(pg["run"].text)
    lines = ["== %s  TP %d FN %d FP %d TN %d  %s" % (pg["id"], pg["tp"], pg["fn"], pg["fp"],
                                                    pg["tn"], pg["url"])]
    if pg["run"].error:
        lines.append("error: " + pg["run"].error)
    for s in pg["with"]:
        if not out or s not in out:
            lines.append("  missing: " + s[:200])
    for s in pg["without"]:
        if out and s in out:
            lines.append("  unwanted: " + s[:200])
    return "\n".join(lines)


def evaluate(mode="pith", limit=None, dump=True):
    pages = load(limit)
    runs = common.run_all(pages, predictor(mode))
    for pg, run in zip(pages, runs):
        pg["run"] = run
        score_page(pg, run.text)
    if dump:
        common.dump_set(NAME, pages, ["page_accuracy", "tp", "fn", "fp", "tn", "url"],
                        lambda pg: (pg["page_accuracy"], pg["id"]), details)
    return summarize(pages)


def main():
    return common.set_main(__doc__, evaluate)


if __name__ == "__main__":
    sys.exit(main())
