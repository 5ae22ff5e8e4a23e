#!/usr/bin/python3
"""run_eval.py - runs every evaluation set, prints one score table, writes
it to eval/results.md, and exits non-zero when a floor fails.

Sets (each scored as ../shared/data/README.md describes it; see the scripts'
headers): seed, readability, trafilatura-eval, wcxb-dev.  The metadata
scripts eval/eval_dates.py and eval/eval_meta.py, when present, run as
subprocesses; their output goes into results.md as they print it, and a
non-zero exit counts as a failed floor.

Per-page predictions and scores, worst pages first, land in eval/out/<set>/
(worst.tsv, report.txt, pages/) for studying failures.

Usage: run_eval.py [--report-only | --gate] [--sets seed,readability,...]
                   [--limit N] [--no-write]
  --report-only  always exit 0 (make eval-report)
  --gate         fail only on floors that are not listed in
                 eval/below-floor.txt (make test: a regression guard while
                 an issue's floor is still unmet; make eval stays strict)
  --limit N      only the first N pages of each set (quick look; results.md
                 is not written)
"""

import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import eval_readability  # noqa: E402
import eval_seed  # noqa: E402
import eval_trafilatura  # noqa: E402
import eval_wcxb  # noqa: E402

SETS = {
    "seed": eval_seed,
    "readability": eval_readability,
    "trafilatura": eval_trafilatura,
    "wcxb": eval_wcxb,
}
# Written by the metadata work; run when they exist.
EXTERNAL = ["eval_dates.py", "eval_meta.py"]
# They run pages in-process (ctypes), so a page that hangs pith hangs them.
EXTERNAL_TIMEOUT_S = 900
RESULTS = os.path.join(common.EVAL_DIR, "results.md")
BELOW_FLOOR = os.path.join(common.EVAL_DIR, "below-floor.txt")


def failed_floors(row, out):
    """Names of the floors that failed: 'set metric' for a table row; for a
    metadata script, each item of its 'FAIL: a; b' line, cut before the
    first number ('eval_meta wcxb title 0.804 < 0.9' -> 'eval_meta wcxb
    title')."""
    if row.passed is not False:
        return []
    # The metric without its page counts: 'F1 article (793)' -> 'F1 article'.
    plain = "%s %s" % (row.dataset, re.sub(r"\s*\([^)]*\)", "", row.metric))
    if out is None:
        return [plain]
    names = []
    for line in out.splitlines():
        if line.startswith("FAIL:"):
            for item in line[5:].split(";"):
                words = []
                for w in item.split():
                    if any(c.isdigit() for c in w):
                        break
                    words.append(w)
                names.append(" ".join([row.dataset] + words))
    return names or [plain]


def known_below_floor():
    """The floors eval/below-floor.txt names (one a line, '#' comments)."""
    try:
        with open(BELOW_FLOOR, encoding="utf-8") as f:
            return {l.split("#")[0].strip() for l in f} - {""}
    except FileNotFoundError:
        return set()


def run_external(script):
    """Runs one of the metadata scripts; returns (row, its output)."""
    path = os.path.join(common.EVAL_DIR, script)
    try:
        p = subprocess.run([sys.executable, path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=EXTERNAL_TIMEOUT_S, cwd=common.REPO)
        out, rc = p.stdout.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired:
        out, rc = "timed out after %ds" % EXTERNAL_TIMEOUT_S, -1
    # The script judges its own floors; exit 0 means they hold.
    row = common.Row(script[:-3], "exit status (0: its floors hold)", rc, fmt="%d", ok=rc == 0,
                     note="output below" if out.strip() else "")
    return row, out


def write_results(rows, externals):
    with open(RESULTS, "w", encoding="utf-8") as f:
        f.write("# Evaluation results\n\n")
        f.write("Written by `make eval` (eval/run_eval.py); each set is scored as "
                "../shared/data/README.md describes it (details in each eval/eval_*.py "
                "header). A change in these figures should be explained by the commit "
                "that makes it.\n\n")
        f.write(common.markdown_rows(rows))
        for script, out in externals:
            f.write("\n## %s\n\n```\n%s\n```\n" % (script, out.rstrip()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report-only", action="store_true")
    ap.add_argument("--gate", action="store_true")
    ap.add_argument("--sets", default=",".join(list(SETS) + ["external"]))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    err = common.check_pith()
    if err:
        print("run_eval: " + err, file=sys.stderr)
        return 0 if a.report_only else 2
    wanted = [s.strip() for s in a.sets.split(",") if s.strip()]
    rows, externals = [], []
    for name in wanted:
        if name == "external":
            continue
        if name not in SETS:
            print("run_eval: unknown set %r (have %s)" % (name, ", ".join(SETS)), file=sys.stderr)
            return 2
        t = time.time()
        rows += SETS[name].evaluate("pith", a.limit, dump=True)
        print("run_eval: %s done in %.1fs" % (name, time.time() - t), file=sys.stderr)
    if "external" in wanted and not a.limit:
        for script in EXTERNAL:
            if os.path.exists(os.path.join(common.EVAL_DIR, script)):
                t = time.time()
                row, out = run_external(script)
                rows.append(row)
                externals.append((script, out))
                print("run_eval: %s done in %.1fs" % (script, time.time() - t), file=sys.stderr)
    common.print_rows(rows)
    for script, out in externals:
        print("\n--- %s ---\n%s" % (script, out.rstrip()))
    if not a.limit and not a.no_write and set(SETS) <= set(wanted):
        write_results(rows, externals)
        print("\nrun_eval: wrote %s; per-page dumps in %s" %
              (os.path.relpath(RESULTS, common.REPO), os.path.relpath(common.OUT_DIR, common.REPO)))
    outputs = dict((script[:-3], out) for script, out in externals)
    failed = [name for r in rows for name in failed_floors(r, outputs.get(r.dataset))]
    if failed:
        print("run_eval: %d floor(s) failed: %s" % (len(failed), "; ".join(failed)))
    if a.gate:
        known = known_below_floor()
        ran = {r.dataset for r in rows}
        now_met = sorted(k for k in known - set(failed) if k.split()[0] in ran)
        if now_met:
            print("run_eval: now met, remove from %s: %s" % (
                os.path.relpath(BELOW_FLOOR, common.REPO), "; ".join(now_met)))
        failed = [name for name in failed if name not in known]
        if failed:
            print("run_eval: regression below a floor: %s" % "; ".join(failed))
    return 0 if a.report_only or not failed else 1

if __name__ == "__main__":
    sys.exit(main())
