#!/usr/bin/python3
"""pagetype_confusion.py - how well pith guesses the WCXB page type.

Compares the record's `page_type` with the ground truth's
`_internal.page_type.primary` ("category" counts as "collection") and
prints the confusion matrix (rows: truth, columns: pith), per-type recall
and precision, the overall accuracy and, when the per-page scores are
there, the mean word F1 of each (truth, guess) cell.

By default it reads the records of the last WCXB run (eval/out/wcxb-dev/,
written by `run_eval.py --sets wcxb` or eval_wcxb.py); --run runs build/pith
on every page itself (no text scoring then).

Usage: pagetype_confusion.py [--run] [--limit N]
"""

import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import eval_wcxb  # noqa: E402

TYPES = eval_wcxb.TYPES + ["other"]


def from_dump(pages):
    root = os.path.join(common.OUT_DIR, eval_wcxb.NAME)
    f1 = {}
    tsv = os.path.join(root, "worst.tsv")
    if os.path.exists(tsv):
        with open(tsv, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split("\t")
            for line in f:
                cells = dict(zip(head, line.rstrip("\n").split("\t")))
                try:
                    f1[cells["id"]] = float(cells["f1"])
                except (KeyError, ValueError):
                    pass
    for pg in pages:
        path = os.path.join(root, "pages", common.safe_name(pg["id"]) + ".json")
        rec = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                rec = json.load(f)
        pg["guess"] = (rec or {}).get("page_type") or "none"
        pg["f1"] = f1.get(pg["id"])


def from_run(pages):
    runs = common.run_all(pages, lambda pg: common.run_pith(common.read_page(pg["file"]), pg["url"]))
    for pg, run in zip(pages, runs):
        pg["guess"] = (run.record or {}).get("page_type") or "none"
        pg["f1"] = None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    pages = eval_wcxb.load(a.limit)
    if a.run:
        if common.check_pith():
            return common.check_pith()
        from_run(pages)
    else:
        from_dump(pages)
    cols = TYPES + sorted({pg["guess"] for pg in pages} - set(TYPES))
    m = collections.Counter((pg["type"], pg["guess"]) for pg in pages)
    w = max(len(t) for t in cols) + 1
    print("confusion (rows: WCXB label, columns: pith page_type)")
    print("".ljust(w) + "".join(c[:6].rjust(7) for c in cols) + "   recall")
    for t in eval_wcxb.TYPES:
        n = sum(m[(t, c)] for c in cols)
        rec = m[(t, t)] / n if n else 0
        print(t.ljust(w) + "".join(str(m[(t, c)]).rjust(7) for c in cols) + "   %.3f" % rec)
    prec = []
    for c in eval_wcxb.TYPES:
        n = sum(m[(t, c)] for t in eval_wcxb.TYPES)
        prec.append("%s %.3f" % (c[:6], m[(c, c)] / n if n else 0))
    print("precision: " + "  ".join(prec))
    acc = sum(m[(t, t)] for t in eval_wcxb.TYPES) / max(1, len(pages))
    print("accuracy %.3f over %d pages" % (acc, len(pages)))
    if any(pg["f1"] is not None for pg in pages):
        print("\nmean word F1 per cell (pages)")
        print("".ljust(w) + "".join(c[:6].rjust(12) for c in cols))
        for t in eval_wcxb.TYPES:
            cells = []
            for c in cols:
                v = [pg["f1"] for pg in pages if pg["type"] == t and pg["guess"] == c
                     and pg["f1"] is not None]
                cells.append(("%.2f (%d)" % (sum(v) / len(v), len(v))) if v else "-")
            print(t.ljust(w) + "".join(x.rjust(12) for x in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
