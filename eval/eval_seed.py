#!/usr/bin/python3
"""eval_seed.py - the seed page (../shared/data/seed/csto-withdrawal.html)
must come out as ../shared/data/seed/expected.json says.

Checked, each a pass/fail row:
  - text: pith's text equals the expected text exactly (leading and
    trailing whitespace of the whole text aside): the eight paragraphs,
    separated by one blank line, and nothing else;
  - title: exactly equal;
  - "Latest news": among the record's `lists`, the one headed "Latest news"
    (case-insensitive) holds exactly the expected ten items in order, each
    with the expected title (exact) and date (its YYYY-MM-DD part).
Informational (metadata is judged by the metadata helper's scripts): date,
site_name, language, url and tags, compared exactly.

Usage: eval_seed.py [--predict pith|oracle|empty]
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

NAME = "seed"
SEED_DIR = os.path.join(common.DATA, "seed")
PAGE = os.path.join(SEED_DIR, "csto-withdrawal.html")


def load_expected():
    with open(os.path.join(SEED_DIR, "expected.json"), encoding="utf-8") as f:
        return json.load(f)


def first(rec, *keys):
    """The first of `keys` present in the record (field names as the JSON
    writer spells them; a few spellings accepted)."""
    for k in keys:
        if isinstance(rec, dict) and rec.get(k) is not None:
            return rec[k]
    return None


def find_list(rec, heading):
    lists = first(rec, "lists", "side_lists") or []
    for lst in lists if isinstance(lists, list) else []:
        if not isinstance(lst, dict):
            continue
        h = first(lst, "heading", "name", "title")
        if isinstance(h, str) and common.collapse(h).lower() == heading.lower():
            return lst
    return None


def list_items(lst):
    items = first(lst, "items", "entries") or []
    out = []
    for it in items if isinstance(items, list) else []:
        if not isinstance(it, dict):
            continue
        date = first(it, "date", "date_published") or ""
        out.append((first(it, "title", "text") or "", date[:10] if isinstance(date, str) else ""))
    return out


def predict(mode, exp):
    if mode == "oracle":
        rec = {"title": exp["title"], "text": exp["text"], "date": exp["date"],
               "site_name": exp["site_name"], "language": exp["language"], "url": exp["url"],
               "tags": exp["tags"],
               "lists": [{"heading": "Latest news", "items": exp["latest_news"]}]}
        return common.PageRun(record=rec, text=exp["text"])
    if mode == "empty":
        return common.PageRun()
    with open(PAGE, "rb") as f:
        return common.run_pith(f.read())


def evaluate(mode="pith", limit=None, dump=True):
    exp = load_expected()
    run = predict(mode, exp)
    rec = run.record if isinstance(run.record, dict) else {}
    rows = []

    text = (run.text or "").strip()
    text_ok = text == exp["text"].strip()
    note = run.error or ""
    if not text_ok and not note:
        got = text.split("\n\n")
        want = exp["paragraphs"]
        bad = next((i for i in range(max(len(got), len(want)))
                    if i >= len(got) or i >= len(want) or got[i] != want[i]), None)
        note = "%d paragraphs (want %d); first difference at paragraph %s" % (
            len(got), len(want), bad + 1 if bad is not None else "?")
    rows.append(common.Row(NAME, "text exact", 1.0 if text_ok else 0.0, 1.0, fmt="%.0f",
                           note=note))
    _, _, f1 = common.token_prf(common.tokens(text), common.tokens(exp["text"]))
    rows.append(common.Row(NAME, "text token F1", f1))
    title = first(rec, "title")
    rows.append(common.Row(NAME, "title exact", 1.0 if title == exp["title"] else 0.0, 1.0,
                           fmt="%.0f", note="" if title == exp["title"] else "got %r" % title))

    want = [(it["title"], it["date"]) for it in exp["latest_news"]]
    lst = find_list(rec, "Latest news")
    got = list_items(lst) if lst else []
    matched = sum(1 for a, b in zip(got, want) if a == b)
    if lst is None:
        note = "no list headed 'Latest news' in `lists`"
    elif got != want:
        note = "%d items, %d of %d match in order" % (len(got), matched, len(want))
    else:
        note = ""
    rows.append(common.Row(NAME, "'Latest news' list exact", 1.0 if got == want else 0.0, 1.0,
                           fmt="%.0f", note=note))

    meta = {
        "date": first(rec, "date", "date_published"),
        "site_name": first(rec, "site_name", "sitename"),
        "language": first(rec, "language", "lang"),
        "url": first(rec, "url"),
        "tags": first(rec, "tags"),
    }
    for k, v in meta.items():
        if k == "date" and isinstance(v, str):
            v = v[:10]
        if k == "tags" and isinstance(v, str):
            v = [t.strip() for t in v.split(";") if t.strip()]
        ok = v == exp[k]
        rows.append(common.Row(NAME, "%s (info)" % k, 1.0 if ok else 0.0, fmt="%.0f",
                               note="" if ok else "got %r" % (v,)))
    if dump and mode == "pith":
        d = os.path.join(common.OUT_DIR, NAME)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "seed.json"), "w", encoding="utf-8") as f:
            json.dump(run.record, f, ensure_ascii=False, indent=1)
        with open(os.path.join(d, "seed.txt"), "w", encoding="utf-8") as f:
            f.write(run.text)
    return rows


def main():
    return common.set_main(__doc__, evaluate)


if __name__ == "__main__":
    sys.exit(main())
