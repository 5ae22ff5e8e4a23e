"""common.py - what every eval script shares: where things are, running
build/pith on one page, token scoring, and the per-page debug dump.

Python 3 standard library only (run with /usr/bin/python3).

Each data set is scored exactly as /work/shared/data/README.md describes it;
the scoring functions live here so that every set tokenizes the same way and
so that eval/selftest.py can check them in isolation.
"""

import gzip
import json
import os
import re
import subprocess
import tempfile
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

EVAL_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(EVAL_DIR)
# The shared data sits beside the checkout (../shared/data from the root).
DATA = os.environ.get("PITH_DATA", os.path.join(REPO, "..", "shared", "data"))
PITH = os.environ.get("PITH", os.path.join(REPO, "build", "pith"))
OUT_DIR = os.path.join(EVAL_DIR, "out")

# Two workers: the machines this runs on have two cores.
WORKERS = int(os.environ.get("PITH_EVAL_WORKERS", str(min(2, os.cpu_count() or 1))))
# A page that takes longer than this is a hang: it scores as an empty result.
PAGE_TIMEOUT_S = 30


# ---- Reading pages --------------------------------------------------------

def read_page(path):
    """The page's bytes, gunzipped when the file is a .gz."""
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data


# ---- Running pith ----------------------------------------------------------

class PageRun:
    """pith's answer for one page: the parsed JSON record (or None), the
    article text, and what went wrong, if anything."""

    __slots__ = ("record", "text", "error")

    def __init__(self, record=None, text="", error=None):
        self.record = record
        self.text = text
        self.error = error


_tls = threading.local()


def _scratch_dir():
    # One scratch file per worker thread: pith reads a path, and .gz pages
    # are decompressed here first so the CLI needs no gzip support.
    d = getattr(_tls, "dir", None)
    if d is None:
        d = tempfile.mkdtemp(prefix="pith-eval-")
        _tls.dir = d
    return d


def record_text(rec):
    """The article's plain text from a JSON record."""
    if not isinstance(rec, dict):
        return ""
    for key in ("text", "main_text", "body"):
        v = rec.get(key)
        if isinstance(v, str):
            return v
    return ""


def run_pith(page_bytes, url=None, extra_args=()):
    """Runs `pith -f json [--url URL] FILE` on one page.  Never raises for a
    failing page: a crash, a timeout or unreadable output is reported in
    .error and scores as an empty result, as the data sets' rules say."""
    path = os.path.join(_scratch_dir(), "page.html")
    with open(path, "wb") as f:
        f.write(page_bytes)
    cmd = [PITH, "-f", "json"]
    if url:
        cmd += ["--url", url]
    cmd += list(extra_args) + [path]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=PAGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return PageRun(error="timeout after %ds" % PAGE_TIMEOUT_S)
    except OSError as e:
        return PageRun(error="cannot run %s: %s" % (PITH, e))
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode < 0:
        return PageRun(error="killed by signal %d %s" % (-p.returncode, err[:200]))
    out = p.stdout.decode("utf-8", "replace").strip()
    if not out:
        return PageRun(error="no output (exit %d) %s" % (p.returncode, err[:200]))
    try:
        # -f json prints one object; take the first line's object if the
        # CLI ever prints JSON Lines instead.
        try:
            rec = json.loads(out)
        except ValueError:
            rec = json.loads(out.splitlines()[0])
    except ValueError as e:
        return PageRun(error="unreadable JSON: %s" % e)
    if isinstance(rec, dict) and rec.get("error") and not record_text(rec):
        return PageRun(record=rec, error="pith: %s" % rec.get("error"))
    return PageRun(record=rec, text=record_text(rec))


def run_all(jobs, predict):
    """Runs predict(job) for every job with WORKERS threads (each runs a
    pith process), keeping the jobs' order."""
    if WORKERS <= 1:
        return [predict(j) for j in jobs]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(predict, jobs))


def check_pith():
    """An error message when build/pith is missing, else None."""
    if not os.path.exists(PITH):
        return "%s not found: run `make` (or set PITH=...)" % PITH
    return None


# ---- Scoring ---------------------------------------------------------------

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def tokens(text):
    """Runs of Unicode word characters of the lower-cased text (WCXB)."""
    if not text:
        return []
    return _WORD.findall(text.lower())


def token_prf(pred_tokens, ref_tokens):
    """Precision, recall, F1 of the multiset intersection.  An empty
    reference scores 1 for an empty prediction and 0 otherwise; an empty
    prediction scores 0 (WCXB's rules)."""
    if not ref_tokens:
        return (1.0, 1.0, 1.0) if not pred_tokens else (0.0, 0.0, 0.0)
    if not pred_tokens:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(pred_tokens) & Counter(ref_tokens)).values())
    p = overlap / len(pred_tokens)
    r = overlap / len(ref_tokens)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (p, r, f)


def collapse(text):
    """Every whitespace run becomes one space; ends trimmed."""
    return _SPACE.sub(" ", text or "").strip()


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


# ---- Results ---------------------------------------------------------------

class Row:
    """One line of the score table.  floor None: informational.  higher
    False: the floor is a ceiling (lower is better)."""

    def __init__(self, dataset, metric, value, floor=None, higher=True, fmt="%.4f", note="",
                 ok=None):
        self.ok = ok  # overrides the floor comparison when not None
        self.dataset = dataset
        self.metric = metric
        self.value = value
        self.floor = floor
        self.higher = higher
        self.fmt = fmt
        self.note = note

    @property
    def passed(self):
        if self.ok is not None:
            return self.ok
        if self.floor is None:
            return None
        if self.value is None:
            return False
        return self.value >= self.floor if self.higher else self.value <= self.floor

    def cells(self):
        v = "-" if self.value is None else (self.fmt % self.value)
        if self.ok is not None:
            floor, verdict = "", "pass" if self.ok else "FAIL"
        elif self.floor is None:
            floor, verdict = "", ""
        else:
            floor = ("≥ " if self.higher else "≤ ") + (self.fmt % self.floor)
            verdict = "pass" if self.passed else "FAIL"
        return [self.dataset, self.metric, v, floor, verdict, self.note]


def print_rows(rows, out=None):
    import sys
    out = out or sys.stdout
    header = ["set", "metric", "value", "floor", "result", "note"]
    table = [header] + [r.cells() for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for i, row in enumerate(table):
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
        if i == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def markdown_rows(rows):
    lines = ["| set | metric | value | floor | result | note |",
             "| --- | --- | ---: | --- | --- | --- |"]
    for r in rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in r.cells()) + " |")
    return "\n".join(lines) + "\n"


# ---- Per-page debug dump ----------------------------------------------------

def safe_name(s):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", s)[:120]


def dump_set(name, pages, columns, sort_key, details=None):
    """Writes eval/out/<name>/: pages/<id>.txt (pith's text), pages/<id>.json
    (pith's whole record), and worst.tsv, the pages sorted worst first with
    their scores, plus report.txt with `details(page)` for each page in that
    order (missing and unwanted snippets and the like).

    `pages`: dicts with at least 'id', 'run' (PageRun) and the columns."""
    root = os.path.join(OUT_DIR, name)
    pdir = os.path.join(root, "pages")
    os.makedirs(pdir, exist_ok=True)
    for old in os.listdir(pdir):
        os.unlink(os.path.join(pdir, old))
    for pg in pages:
        base = os.path.join(pdir, safe_name(pg["id"]))
        run = pg["run"]
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write(run.text)
        if run.record is not None:
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump(run.record, f, ensure_ascii=False, indent=1)
    ordered = sorted(pages, key=sort_key)
    with open(os.path.join(root, "worst.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(["id"] + columns + ["error"]) + "\n")
        for pg in ordered:
            cells = [pg["id"]]
            for c in columns:
                v = pg.get(c, "")
                cells.append("%.4f" % v if isinstance(v, float) else str(v))
            cells.append(pg["run"].error or "")
            f.write("\t".join(cells) + "\n")
    if details:
        with open(os.path.join(root, "report.txt"), "w", encoding="utf-8") as f:
            for pg in ordered:
                f.write(details(pg).rstrip() + "\n\n")
    return root


def set_main(doc, evaluate):
    """The command line every set script shares: score one set with pith
    (or an oracle/empty predictor, to check the scorer), print its rows and
    return 1 when a floor fails."""
    import argparse
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--predict", choices=["pith", "oracle", "empty"], default="pith")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-dump", action="store_true")
    a = ap.parse_args()
    if a.predict == "pith" and check_pith():
        return check_pith()
    rows = evaluate(a.predict, a.limit, not a.no_dump)
    print_rows(rows)
    return 1 if any(r.passed is False for r in rows) else 0
